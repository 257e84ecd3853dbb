package framing

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/internal/scalecorpus"
	"github.com/framediff/framediff/lexicon"
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
		profileShelved(b, abpDir, set)
	}
}

// profileShelved is the profile job as `framediff stories --profile` runs
// it: shelve the corpus, group it, compare story by story.
func profileShelved(b *testing.B, dir string, set *lexicon.Set) *Profile {
	s, err := corpus.Shelve([]string{dir}, corpus.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if s.Len() < 800 {
		b.Fatalf("shelved %d articles from %s, want at least 800", s.Len(), dir)
	}
	return ProfileStories(s, s.Stories(0).Comparable(), set)
}

// BenchmarkUserProfileScaled is the profile job on abp-middle-east copied
// 2 and 8 times (internal/scalecorpus: shifted dates, a quarter of the
// words changed), reporting the peak heap in use: how memory grows with a
// corpus. Two copies stay under the shelf's unpacked budget; eight keep
// most texts in the shelf's temporary file, as a large corpus does, so
// the two figures should differ by little. The figures for the issue's
// 37,554 files come from the same corpus copied 44 times with
// `/usr/bin/time framediff stories --profile` (README, "Corpora").
func BenchmarkUserProfileScaled(b *testing.B) {
	if _, err := os.Stat(abpDir); err != nil {
		b.Fatalf("this benchmark needs the abp-middle-east articles at %s, beside the checkout: %v", abpDir, err)
	}
	set := defaultSet(b)
	for _, copies := range []int{2, 8} {
		b.Run(fmt.Sprintf("copies=%d", copies), func(b *testing.B) {
			dir := filepath.Join(b.TempDir(), "corpus")
			if _, err := scalecorpus.Write(abpDir, dir, copies); err != nil {
				b.Fatal(err)
			}
			var peak uint64
			for b.Loop() {
				runtime.GC()
				stop := sampleHeap(&peak)
				profileShelved(b, dir, set)
				stop()
			}
			b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MiB")
		})
	}
}

// sampleHeap records the largest heap in use into peak every 10 ms until
// the returned function is called.
func sampleHeap(peak *uint64) (stop func()) {
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		t := time.NewTicker(10 * time.Millisecond)
		defer t.Stop()
		for {
			var m runtime.MemStats
			runtime.ReadMemStats(&m)
			*peak = max(*peak, m.HeapInuse)
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() {
		close(done)
		<-finished
	}
}
