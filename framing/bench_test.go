package framing

import (
	"testing"

	"github.com/framediff/framediff/corpus"
)

// BenchmarkCompareSeedStory compares the demo story: three seed files,
// folded to two articles. Target: under 20 ms per comparison.
func BenchmarkCompareSeedStory(b *testing.B) {
	set := defaultSet(b)
	res, err := corpus.Load([]string{"../testdata/seeds"}, corpus.Options{KeepDuplicates: true})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		Compare(res.Articles, set)
	}
}
