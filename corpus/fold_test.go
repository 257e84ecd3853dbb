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
		// The check on the sets' beginnings may leave a pair open, but
		// never turns away one that reaches the threshold.
		for _, n := range []int{0, 1, 5, 20, 60, 200} {
			if !mayOverlap(a[:min(n, len(a))], b[:min(n, len(b))], len(a), len(b), need) && want {
				t.Errorf("mayOverlap over the first %d of (%d..., %d...) turns away a pair with Jaccard %.3f", n, len(a), len(b), jaccardSorted(a, b))
			}
		}
	}
}

// TestCleanedHashesMatchBody checks that the shingle sketch the cleaner
// makes from its word hashes is that of the document's body, so that the
// duplicate search may use it in place of hashing the body again.
func TestCleanedHashesMatchBody(t *testing.T) {
	for f, d := range fixtureDocuments(t) {
		if d.sketch == nil {
			t.Fatalf("%s: the cleaner made no shingle sketch", f)
		}
		want := sketchText(d.body)
		if d.sketch.size != want.size || !slices.Equal(d.sketch.prefix, want.prefix) {
			t.Errorf("%s: the sketch from the cleaner's hashes (%d shingles) differs from the body's (%d)", f, d.sketch.size, want.size)
		}
	}
}

// TestDuplicatePairsMatchAllPairs checks the filtered pair search, which
// keeps only sketches and builds full sets for the pairs it compares,
// against the definition: every pair of documents, not of two different
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
	slices.SortFunc(want, func(a, b [2]int) int {
		if a[0] != b[0] {
			return a[0] - b[0]
		}
		return a[1] - b[1]
	})
	got := duplicatePairs(docs)
	if !slices.Equal(got, want) {
		t.Errorf("duplicatePairs found %d pairs %v, all-pairs search %d %v", len(got), got, len(want), want)
	}
	// Again on the second half alone, and on all again: the index arrays
	// come back from the pool holding the keys of the search before, which
	// must count for nothing.
	half := len(docs) / 2
	var wantHalf [][2]int
	for _, pr := range want {
		if pr[0] >= half {
			wantHalf = append(wantHalf, [2]int{pr[0] - half, pr[1] - half})
		}
	}
	if got := duplicatePairs(docs[half:]); !slices.Equal(got, wantHalf) {
		t.Errorf("on the second half, after a search on all: %v, want %v", got, wantHalf)
	}
	if got := duplicatePairs(docs); !slices.Equal(got, want) {
		t.Errorf("on all again, after a search on half: %v, want %v", got, want)
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

// TestSketchGoodMatchesShingles checks the sketch the cleaner makes from
// markContainedParagraphs' raw grams against the one made from the good
// paragraphs' words as one run, on the fixtures' paragraphs as classify
// leaves them and with other choices of good paragraphs: all, every
// other one, runs of short ones between long ones (shingles that reach
// across several paragraphs), repeated paragraphs (shingles that occur
// twice), texts of one to five words and no paragraphs at all. One
// scratch serves every case, as the pool's does, so that grams left by
// one text cannot pass for the next one's.
func TestSketchGoodMatchesShingles(t *testing.T) {
	var cs containScratch
	files, _ := filepath.Glob("../testdata/seeds/*.txt")
	more, _ := filepath.Glob("../testdata/corpus/*/*.txt")
	for _, f := range append(files, more...) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text, _ := Sanitize(data)
		ps := splitParagraphs(text)
		classify(ps, stopWordsFor("english"), true, &cs)
		checkSketchGood(t, f+" (classified)", ps, &cs)
		for i, p := range ps {
			p.class = classBad
			if i%2 == 0 {
				p.class = classGood
			}
		}
		checkSketchGood(t, f+" (every other paragraph)", ps, &cs)
		for _, p := range ps {
			p.class = classGood
		}
		checkSketchGood(t, f+" (every paragraph)", ps, &cs)
		twice := append(slices.Clone(ps), ps...)
		checkSketchGood(t, f+" (twice)", twice, &cs)
		// Each paragraph cut into pieces of one to six words, so that
		// shingles span two, three and more of them.
		var pieces []*para
		for _, p := range ps {
			for w, k := p.words, 1; len(w) > 0; k = k%6 + 1 {
				n := min(k, len(w))
				pieces = append(pieces, &para{words: w[:n:n], class: classGood})
				w = w[n:]
			}
		}
		checkSketchGood(t, f+" (pieces)", pieces, &cs)
		for i, p := range pieces {
			if i%5 == 3 {
				p.class = classShort
			}
		}
		checkSketchGood(t, f+" (pieces, some left out)", pieces, &cs)
	}
	words := func(ws ...uint64) *para { return &para{words: ws, class: classGood} }
	bad := func(ws ...uint64) *para { return &para{words: ws, class: classBad} }
	cases := map[string][]*para{
		"no paragraphs":          nil,
		"one empty paragraph":    {words()},
		"one word":               {words(1)},
		"four words":             {words(1, 2, 3, 4)},
		"five words":             {words(1, 2, 3, 4, 5)},
		"four words in three":    {words(1), bad(9, 9, 9, 9, 9, 9), words(2, 3), words(), words(4)},
		"five words in five":     {words(1), words(2), words(3), words(4), words(5)},
		"one good of four":       {bad(1, 2, 3, 4, 5, 6, 7), words(8, 9, 10, 11), bad(12, 13, 14, 15, 16)},
		"repeated words":         {words(7, 7, 7, 7, 7, 7, 7), words(7, 7), words(7, 7, 7, 7, 7, 7)},
		"a run across a bad one": {words(1, 2, 3, 4, 5, 6), bad(1, 2, 3, 4, 5, 6), words(1, 2, 3, 4, 5, 6)},
	}
	for name, ps := range cases {
		checkSketchGood(t, name, ps, &cs)
	}
}

// checkSketchGood checks sketchGood on ps, with the raw grams
// markContainedParagraphs leaves in cs, against the sketch of
// sortedShinglesOf the good paragraphs' words.
func checkSketchGood(t *testing.T, name string, ps []*para, cs *containScratch) {
	t.Helper()
	markContainedParagraphs(ps, cs)
	var good [][]uint64
	for _, p := range ps {
		if p.class == classGood {
			good = append(good, p.words)
		}
	}
	got, want := sketchGood(ps, cs.grams), sketchOf(sortedShinglesOf(good))
	if got.size != want.size || !slices.Equal(got.prefix, want.prefix) {
		t.Errorf("%s: sketch from the raw grams has %d shingles, prefix %x; from the words, %d, prefix %x", name, got.size, got.prefix, want.size, want.prefix)
	}
}

// FuzzShingleSketch checks sketchGood against the sketch of the good
// paragraphs' words as one run, on word sequences split into paragraphs.
// Each byte is a word, of 48 (so that 5-grams repeat), or, from 0xd0 on,
// the start of a paragraph, good when the byte is even.
func FuzzShingleSketch(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{1, 2, 3})
	f.Add([]byte{0xd0, 1, 2, 0xd1, 3, 4, 5, 6, 7, 0xd2, 8})
	f.Add([]byte{0xd0, 1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 0xd2, 1, 2, 3, 4, 5})
	f.Add([]byte{0xd0, 1, 0xd2, 2, 0xd4, 0xd6, 3, 0xd3, 4, 5, 6, 7, 8, 0xd8, 4})
	var cs containScratch // shared, as the pool's is
	f.Fuzz(func(t *testing.T, data []byte) {
		var ps []*para
		for i, b := range data {
			switch {
			case b >= 0xd0:
				class := classBad
				if b%2 == 0 {
					class = classGood
				}
				ps = append(ps, &para{class: class})
			case i == 0:
				ps = append(ps, &para{class: classGood})
				fallthrough
			default:
				p := ps[len(ps)-1]
				p.words = append(p.words, gramSum(uint64(b%48), 1))
			}
		}
		checkSketchGood(t, "fuzz", ps, &cs)
	})
}
