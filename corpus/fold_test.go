package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestShinglesCountDistinctGrams checks the string-free shingle hashes
// against the definition: one per distinct word 5-gram (one for a text
// of one to four words), across paragraph boundaries.
func TestShinglesCountDistinctGrams(t *testing.T) {
	texts := [][]string{
		nil, {""}, {"One"}, {"one two three four"}, {"One two", "three four five"},
		{"a b c d e a b c d e a b c d e"}, {"The President’s men said THE president's men said"},
	}
	seeds, _ := filepath.Glob("../testdata/seeds/*.txt")
	for _, f := range seeds {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(data), "\n\n"))
	}
	for _, paras := range texts {
		words := wordFields(strings.Join(paras, " "))
		grams := map[string]bool{}
		for i := 0; i+5 <= len(words); i++ {
			grams[strings.Join(words[i:i+5], " ")] = true
		}
		if len(words) > 0 && len(words) < 5 {
			grams[strings.Join(words, " ")] = true
		}
		if got := len(sortedShingles(paras)); got != len(grams) {
			t.Errorf("%d shingles for %.60q, want %d", got, paras, len(grams))
		}
	}
	if s := Similarity("The quick brown fox jumps over it", "the QUICK brown fox jumps over it"); s != 1 {
		t.Errorf("Similarity of texts differing in case = %v, want 1", s)
	}
}
