package corpus

import (
	"os"
	"path/filepath"
	"slices"
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

// TestOverlapFilterMatchesJaccard checks the pruned comparison against the
// Jaccard threshold it stands for.
func TestOverlapFilterMatchesJaccard(t *testing.T) {
	for a := 1; a <= 60; a++ {
		for b := 1; b <= 60; b++ {
			need := minOverlap(a, b)
			for k := 0; k <= min(a, b); k++ {
				if reaches := float64(k)/float64(a+b-k) >= DuplicateThreshold; reaches != (k >= need) {
					t.Fatalf("minOverlap(%d, %d) = %d, but overlap %d reaches: %v", a, b, need, k, reaches)
				}
			}
		}
	}
	set := func(lo, hi, step uint64) []uint64 {
		var s []uint64
		for v := lo; v < hi; v += step {
			s = append(s, v)
		}
		return s
	}
	for _, c := range [][2][]uint64{
		{set(0, 100, 1), set(0, 100, 1)}, {set(0, 100, 1), set(5, 100, 1)}, {set(0, 100, 1), set(0, 100, 2)},
		{set(0, 100, 1), set(10, 110, 1)}, {set(0, 100, 1), set(30, 125, 1)}, {set(0, 90, 1), set(0, 100, 1)},
	} {
		a, b := c[0], c[1]
		want := jaccardSorted(a, b) >= DuplicateThreshold
		if got := overlapAtLeast(a, b, minOverlap(len(a), len(b))); got != want {
			t.Errorf("overlapAtLeast(%d..., %d...) = %v, Jaccard %.3f", len(a), len(b), got, jaccardSorted(a, b))
		}
	}
}

// TestCleanedHashesMatchBody checks that the word hashes the cleaner hands
// on with a document are those of its body, so that the duplicate search
// may use them in place of hashing the body again.
func TestCleanedHashesMatchBody(t *testing.T) {
	files, _ := filepath.Glob("../testdata/seeds/*.txt")
	more, _ := filepath.Glob("../testdata/corpus/*/*.txt")
	for _, f := range append(files, more...) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d, err := parseText(data)
		if err != nil {
			continue // a bad-input fixture
		}
		if len(d.bodyHashes) != len(d.body) {
			t.Fatalf("%s: %d paragraphs but %d hash lists", f, len(d.body), len(d.bodyHashes))
		}
		if got, want := sortedShinglesOf(d.bodyHashes), sortedShingles(d.body); !slices.Equal(got, want) {
			t.Errorf("%s: shingles from the cleaner's hashes differ from the body's", f)
		}
	}
}
