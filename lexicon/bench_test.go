package lexicon

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// benchSet compiles the default lexicon once per benchmark.
func benchSet(b *testing.B) *Matcher {
	b.Helper()
	lx, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	set, err := Compile(lx)
	if err != nil {
		b.Fatal(err)
	}
	return set.For("english")
}

// benchMatch matches every text once per iteration; bytes are the sum of
// the texts so MB/s is the matcher's throughput on news prose.
func benchMatch(b *testing.B, texts []string) {
	m := benchSet(b)
	var n int64
	for _, t := range texts {
		n += int64(len(t))
		m.Match(t) // warm the scanner's form cache: steady state is what counts
	}
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			m.Match(t)
		}
	}
}

// BenchmarkMatch runs the default lexicon over the seed articles, which
// are always in the repository.
func BenchmarkMatch(b *testing.B) {
	paths, err := filepath.Glob("../testdata/seeds/*.txt")
	if err != nil || len(paths) == 0 {
		b.Fatalf("no seed articles: %v", err)
	}
	var texts []string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	benchMatch(b, texts)
}

// abpDir holds the Article-Bias-Prediction Middle East slice when the
// shared evaluation data is checked out beside the repository.
const abpDir = "../../shared/eval/abp-middle-east"

// BenchmarkMatchABP runs the default lexicon over the 859 articles of the
// abp-middle-east slice (about 5 MB of news text).
func BenchmarkMatchABP(b *testing.B) {
	texts := loadABP(b, 0)
	if len(texts) == 0 {
		b.Skip("no " + abpDir)
	}
	benchMatch(b, texts)
}

// loadABP reads the content_original of up to limit abp-middle-east
// articles (all when limit is 0).
func loadABP(tb testing.TB, limit int) []string {
	paths, _ := filepath.Glob(filepath.Join(abpDir, "*.json"))
	var texts []string
	for _, p := range paths {
		if limit > 0 && len(texts) == limit {
			break
		}
		data, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		var a struct {
			Content string `json:"content_original"`
		}
		if err := json.Unmarshal(data, &a); err != nil {
			tb.Fatalf("%s: %v", p, err)
		}
		texts = append(texts, a.Content)
	}
	return texts
}
