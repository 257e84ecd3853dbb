package framing

import (
	"testing"

	"github.com/framediff/framediff/corpus"
)

// The benchmarks are the two user jobs, end to end: what a user waits for,
// not one stage of it.

// BenchmarkLoadCompareSeedStory loads the demo story (three seed files,
// folded to two articles) and compares it, as `framediff report` does.
func BenchmarkLoadCompareSeedStory(b *testing.B) {
	set := defaultSet(b)
	b.ReportAllocs()
	for b.Loop() {
		res, err := corpus.Load([]string{"../testdata/seeds"}, corpus.Options{KeepDuplicates: true})
		if err != nil {
			b.Fatal(err)
		}
		Compare(res.Articles, set)
	}
}

// BenchmarkLoadProfileABP loads the 859 abp-middle-east articles, groups
// them into stories and profiles every comparable one, as `framediff
// stories --profile` does.
func BenchmarkLoadProfileABP(b *testing.B) {
	const dir = "../../shared/eval/abp-middle-east"
	set := defaultSet(b)
	b.ReportAllocs()
	for b.Loop() {
		res, err := corpus.Load([]string{dir}, corpus.Options{})
		if err != nil || len(res.Articles) == 0 {
			b.Fatalf("loading %s (it lives in ../shared/eval beside a checkout): %v", dir, err)
		}
		groups := corpus.GroupStories(res.Articles, 0).Comparable()
		ProfileStories(res.Articles, groups, set)
	}
}
