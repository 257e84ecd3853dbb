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

// BenchmarkProfileABP groups the 859 abp-middle-east articles into stories
// and profiles every comparable one (loading excluded). Target: under 3 s.
func BenchmarkProfileABP(b *testing.B) {
	const dir = "../../shared/eval/abp-middle-east"
	res, err := corpus.Load([]string{dir}, corpus.Options{})
	if err != nil || len(res.Articles) == 0 {
		b.Skipf("abp-middle-east not found at %s (it lives in ../shared/eval beside a checkout)", dir)
	}
	set := defaultSet(b)
	b.ResetTimer()
	for b.Loop() {
		groups := corpus.GroupStories(res.Articles, 0).Comparable()
		ProfileStories(res.Articles, groups, set)
	}
}
