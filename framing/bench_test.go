package framing

import (
	"os"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// The benchmarks here time whole user jobs, loading included, since a fast
// path inside one stage is only worth keeping when a job the user runs
// feels it. Run them with
//
//	go test ./framing -run '^$' -bench User -benchtime 10x -count 5 -cpu 1

// BenchmarkUserCompareStory is `framediff` on the seed story: the three seed
// articles loaded (cleaned, folded, structured) and compared with the
// default lexicon (read once, outside the loop).
func BenchmarkUserCompareStory(b *testing.B) {
	set := defaultSet(b)
	b.ReportAllocs()
	for b.Loop() {
		res, err := corpus.Load([]string{"../testdata/seeds"}, corpus.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if len(res.Articles) < 2 {
			b.Fatalf("the seed story loaded %d articles, want at least 2", len(res.Articles))
		}
		Compare(res.Articles, set)
	}
}

// abpDir is the Article-Bias-Prediction Middle East slice (859 articles),
// kept beside a development checkout, never inside the repository.
const abpDir = "../../shared/eval/abp-middle-east"

// BenchmarkUserProfileABP is `framediff stories --profile` on the 859
// abp-middle-east articles: load them, group them into stories and profile
// every comparable one.
func BenchmarkUserProfileABP(b *testing.B) {
	if _, err := os.Stat(abpDir); err != nil {
		b.Fatalf("this benchmark needs the abp-middle-east articles at %s, beside the checkout: %v", abpDir, err)
	}
	set := defaultSet(b)
	b.ReportAllocs()
	for b.Loop() {
		res, err := corpus.Load([]string{abpDir}, corpus.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if len(res.Articles) < 800 {
			b.Fatalf("loaded %d articles from %s, want at least 800", len(res.Articles), abpDir)
		}
		groups := corpus.GroupStories(res.Articles, 0).Comparable()
		ProfileStories(corpus.Articles(res.Articles), groups, set)
	}
}
