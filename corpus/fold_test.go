package corpus

import (
	"iter"
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
		need := minOverlap(len(a), len(b))
		if got := overlapAtLeast(a, b, need); got != want {
			t.Errorf("overlapAtLeast(%d..., %d...) = %v, Jaccard %.3f", len(a), len(b), got, jaccardSorted(a, b))
		}
	}
}

// TestCleanedShinglesMatchBody checks that the shingle set the cleaner
// makes from its paragraphs' words is that of the document's body, so that
// the duplicate search may use it in place of splitting the body again.
func TestCleanedShinglesMatchBody(t *testing.T) {
	for f, d := range fixtureDocuments(t) {
		if d.shingles == nil {
			t.Fatalf("%s: the cleaner made no shingle set", f)
		}
		if want := sortedShingles(d.body); !slices.Equal(d.shingles, want) {
			t.Errorf("%s: the cleaner's shingles (%d) differ from the body's (%d)", f, len(d.shingles), len(want))
		}
	}
}

// TestDuplicatePairsMatchAllPairs checks the filtered pair search against the definition: every pair of documents, not of two different
// known outlets, whose shingle sets have Jaccard similarity >= the
// threshold. The documents are the fixtures' articles and copies of them
// edited more and less (a word changed every k words), so that pairs fall
// on both sides of the threshold.
func TestDuplicatePairsMatchAllPairs(t *testing.T) {
	var docs []*document
	var alike, unlike [][2]int // pairs that must and must not fold
	for _, d := range fixtureDocuments(t) {
		docs = append(docs, d)
		orig := len(docs) - 1
		for _, k := range []int{15, 30, 60, 120, 400} {
			edited := &document{outlet: d.outlet}
			if k == 60 {
				edited.outlet = "Another Outlet" // never folded with d
			}
			n := 0
			for _, p := range d.body {
				words := strings.Fields(p)
				for i := range words {
					if n++; n%k == 0 {
						words[i] = "changed"
					}
				}
				edited.body = append(edited.body, strings.Join(words, " "))
			}
			docs = append(docs, edited)
			switch k {
			case 15: // a third of the shingles changed: a different text
				if n < 150 {
					break // too short for the edit rate to hold
				}
				unlike = append(unlike, [2]int{orig, len(docs) - 1})
			case 400: // one in eighty: the same article
				alike = append(alike, [2]int{orig, len(docs) - 1})
			}
		}
	}
	var want [][2]int
	for j := range docs {
		for i := range j {
			ki, kj := OutletKey(docs[i].outlet), OutletKey(docs[j].outlet)
			if ki != "" && kj != "" && ki != kj {
				continue
			}
			if jaccardSorted(sortedShingles(docs[i].body), sortedShingles(docs[j].body)) >= DuplicateThreshold {
				want = append(want, [2]int{i, j})
			}
		}
	}
	slices.SortFunc(want, comparePairs)
	got := duplicatePairs(docShingles(docs))
	if !slices.Equal(got, want) {
		t.Errorf("duplicatePairs found %d pairs %v, all-pairs search %d %v", len(got), got, len(want), want)
	}
	// Searched in bands of document sizes, down to a document a band, it
	// finds the same pairs.
	for _, budget := range []int{1, 500, 5000} {
		if got := pairsInBands(docShingles(docs), budget); !slices.Equal(got, want) {
			t.Errorf("in bands of %d prefix shingles: %d pairs %v, want %d %v", budget, len(got), got, len(want), want)
		}
	}
	// The search on the second half alone finds the pairs inside it.
	half := len(docs) / 2
	var wantHalf [][2]int
	for _, pr := range want {
		if pr[0] >= half {
			wantHalf = append(wantHalf, [2]int{pr[0] - half, pr[1] - half})
		}
	}
	if got := duplicatePairs(docShingles(docs[half:])); !slices.Equal(got, wantHalf) {
		t.Errorf("on the second half: %v, want %v", got, wantHalf)
	}
	for _, pr := range alike {
		if !slices.Contains(want, pr) {
			t.Errorf("an article and its copy with one word in 400 changed do not fold: %v", pr)
		}
	}
	for _, pr := range unlike {
		if slices.Contains(want, pr) {
			t.Errorf("an article and its copy with one word in 15 changed fold: %v", pr)
		}
	}
}

// fixtureDocuments yields the text fixtures (seeds and testdata/corpus) as
// cleaned documents, by file name, in name order, leaving out the
// bad-input fixtures that do not load.
func fixtureDocuments(t *testing.T) iter.Seq2[string, *document] {
	t.Helper()
	files, _ := filepath.Glob("../testdata/seeds/*.txt")
	more, _ := filepath.Glob("../testdata/corpus/*/*.txt")
	return func(yield func(string, *document) bool) {
		for _, f := range append(files, more...) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			d, err := parseText(data)
			if err != nil {
				continue // a bad-input fixture
			}
			if !yield(f, d) {
				return
			}
		}
	}
}
