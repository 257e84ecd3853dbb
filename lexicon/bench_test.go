package lexicon

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// demoText is the embedded demo corpus, a few real news articles, repeated
// to about a megabyte so a run measures matching rather than set-up.
func demoText(b *testing.B) string {
	b.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "demo", "*.txt"))
	if err != nil || len(paths) == 0 {
		b.Fatalf("demo articles: %v", err)
	}
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			sb.Write(data)
			sb.WriteString("\n\n")
		}
	}
	return sb.String()
}

// BenchmarkMatch is Matcher.Match with every default pack on news text; its
// MB/s is the matcher's throughput on one core.
func BenchmarkMatch(b *testing.B) {
	set, err := DefaultSet()
	if err != nil {
		b.Fatal(err)
	}
	m := set.For("english")
	text := demoText(b)
	m.Match(text) // warm the word-form cache, as a long run does
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		m.Match(text)
	}
}

// BenchmarkDefaultSet is what every start of framediff pays for the
// lexicon: parsing, validating and compiling the default packs.
func BenchmarkDefaultSet(b *testing.B) {
	for b.Loop() {
		if _, err := DefaultSet(); err != nil {
			b.Fatal(err)
		}
	}
}
