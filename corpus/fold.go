package corpus

import (
	"math"
	"math/bits"
	"slices"
	"strings"
	"sync"
)

// DuplicateThreshold is the word 5-gram Jaccard similarity at or above which
// two inputs are one article (FRAMING.md: >= 0.8).
const DuplicateThreshold = 0.8

// Similarity is the word 5-gram Jaccard similarity of two texts.
func Similarity(a, b string) float64 {
	return jaccardSorted(sortedShingles([]string{a}), sortedShingles([]string{b}))
}

// FoldDuplicates merges near-identical documents into one article each. The
// cleaner copy (the one cleaning had to remove least from) is kept; its
// missing metadata is filled from the others, and all sources are listed.
// Documents of different known outlets are never folded: syndicated copies
// in two outlets are two outlets' choices.
func FoldDuplicates(docs []*document) ([]*Article, int) {
	parent := make([]int, len(docs))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for _, pr := range duplicatePairs(docs) {
		parent[find(pr[1])] = find(pr[0])
	}
	groups := map[int][]int{}
	var order []int
	for i := range docs {
		r := find(i)
		if _, ok := groups[r]; !ok {
			order = append(order, r)
		}
		groups[r] = append(groups[r], i)
	}
	keeps := make([]document, 0, len(order))
	sourceLists := make([][]string, 0, len(order))
	folded := 0
	for _, r := range order {
		g := groups[r]
		best := g[0]
		for _, i := range g[1:] {
			if removedBytes(docs[i]) < removedBytes(docs[best]) {
				best = i
			}
		}
		keep := *docs[best]
		var sources []string
		sources = append(sources, keep.source)
		for _, i := range g {
			if i == best {
				continue
			}
			o := docs[i]
			sources = append(sources, o.source)
			if rank(o.outletFrom) > rank(keep.outletFrom) {
				keep.outlet, keep.outletFrom = o.outlet, o.outletFrom
			}
			if keep.title == "" && o.title != "" {
				keep.title, keep.titleFrom = o.title, o.titleFrom
			}
			if keep.standfirst == "" {
				keep.standfirst = o.standfirst
			}
			if keep.byline == "" {
				keep.byline = o.byline
			}
			if keep.date.IsZero() {
				keep.date, keep.dateFrom = o.date, o.dateFrom
			}
			if keep.url == "" {
				keep.url = o.url
			}
			folded++
		}
		keeps = append(keeps, keep)
		sourceLists = append(sourceLists, sources)
	}
	// Structure (sentences, quotes) is the costly part: build the articles
	// on all cores.
	out := make([]*Article, len(keeps))
	parallel(len(keeps), func(i int) {
		out[i] = keeps[i].article()
		out[i].Sources = sourceLists[i]
	})
	return out, folded
}

func removedBytes(d *document) int {
	n := 0
	for _, r := range d.removed {
		if !strings.HasSuffix(r.Reason, "(kept as metadata)") {
			n += len(r.Text)
		}
	}
	return n
}

// sortedShingles hashes the word 5-grams of a text, its paragraphs read as
// one run of words, into a sorted slice without duplicates: the form the
// pair search works on. A text of one to four words is one shingle.
//
// A shingle's hash combines its words' hashes (wordHash), so no word or
// 5-gram string is built.
func sortedShingles(paras []string) []uint64 {
	sc := shingleScratchPool.Get().(*shingleScratch)
	defer shingleScratchPool.Put(sc)
	return slices.Clone(sc.textSet(paras))
}

// sortedShinglesOf is sortedShingles for paragraphs given as their words'
// hashes.
func sortedShinglesOf(paras [][]uint64) []uint64 {
	sc := shingleScratchPool.Get().(*shingleScratch)
	defer shingleScratchPool.Put(sc)
	return slices.Clone(sc.set(paras))
}

// shingleSketch is what the near-duplicate search keeps of a document's
// shingle set: its size and its prefix, the prefixLen(size) smallest
// shingles in ascending order, which is all the prefix filter indexes. The
// full set is built again only for the few pairs that the filters leave to
// compare, so a load keeps a fifth of the shingles, not all of them.
type shingleSketch struct {
	size   int
	prefix []uint64
}

// prefixLen is how many of the smallest shingles of a set of n a pair
// with Jaccard similarity >= DuplicateThreshold must share one of: the
// prefix filter's |x| - ceil(t*|x|) + 1.
func prefixLen(n int) int {
	return min(n, n-int(math.Ceil(DuplicateThreshold*float64(n)-1e-9))+1)
}

// sketchText sketches the shingle set of a text given as paragraphs.
func sketchText(paras []string) *shingleSketch {
	sc := shingleScratchPool.Get().(*shingleScratch)
	defer shingleScratchPool.Put(sc)
	return sketchOf(sc.textSet(paras))
}

func sketchOf(set []uint64) *shingleSketch {
	return &shingleSketch{size: len(set), prefix: slices.Clone(set[:prefixLen(len(set))])}
}

// shingleScratch holds the buffers a shingle set is built in: the words'
// hashes (for a text), the shingles in text order, and the sorted ones.
// They are reused from text to text, since only a sketch or a copy of the
// set is kept.
type shingleScratch struct {
	words, run, grams, sorted []uint64
	sorter                    hashSorter
}

var shingleScratchPool = sync.Pool{New: func() any { return new(shingleScratch) }}

// textSet is set for paragraphs of text: the shingles run on from one
// paragraph into the next, so the words can be one run.
func (sc *shingleScratch) textSet(paras []string) []uint64 {
	words := sc.words[:0]
	for _, p := range paras {
		words, _ = scanWords(words, p, nil)
	}
	sc.words = words
	return sc.set([][]uint64{words})
}

// set returns the sorted, duplicate-free shingles of paragraphs given as
// their words' hashes, in sc's buffer: valid until sc is used again.
func (sc *shingleScratch) set(paras [][]uint64) []uint64 {
	return sc.setOfGrams(sc.hashGrams(paras))
}

// setOfGrams returns the sorted, duplicate-free values of grams, in sc's
// buffer: valid until sc is used again.
func (sc *shingleScratch) setOfGrams(grams []uint64) []uint64 {
	sc.sorted = sc.sorter.sort(sc.sorted, grams)
	return slices.Compact(sc.sorted)
}

// hashGrams returns the shingles of paragraphs given as their words'
// hashes, in text order, in sc's buffer. The shingles run on from one
// paragraph into the next, so the paragraphs' words are made one run.
func (sc *shingleScratch) hashGrams(paras [][]uint64) []uint64 {
	var words []uint64
	switch len(paras) {
	case 0:
	case 1:
		words = paras[0]
	default:
		run := sc.run[:0]
		for _, p := range paras {
			run = append(run, p...)
		}
		sc.run = run
		words = run
	}
	grams := sc.grams[:0]
	if n := len(words); n > 0 && n < 5 {
		// A text of one to four words is one shingle.
		var h uint64
		for _, w := range words {
			h = bits.RotateLeft64(h, 1) ^ w
		}
		grams = append(grams, gramSum(h, n))
	}
	grams = appendGrams(grams, words, true)
	sc.grams = grams
	return grams
}

// appendGrams appends to dst the hash of each run of five consecutive words
// (their words' hashes given), as gramSum spreads it when spread, or raw.
// It is a cyclic polynomial (buzhash): a word's hash, rotated once more
// with each word that follows, is XORed in, and out again five words
// later, rotated five times, so that the hash rolls on at two rotations
// and three XORs a word, where mixing the five again cost five dependent
// multiplications. The word leaving is read from words itself, which is
// why the paragraphs of a text are first made one run.
func appendGrams(dst, words []uint64, spread bool) []uint64 {
	var h uint64 // rotl^4(w[k-4]) ^ rotl^3(w[k-3]) ^ ... ^ w[k]
	for k, w := range words {
		h = bits.RotateLeft64(h, 1) ^ w
		if k >= 5 {
			h ^= bits.RotateLeft64(words[k-5], 5) // the word that left, rotated five times since
		}
		if k < 4 {
			continue
		}
		if spread {
			dst = append(dst, gramSum(h, 5))
		} else {
			dst = append(dst, h)
		}
	}
	return dst
}

// gramSum spreads the raw hash h of n words (five, or all of a shorter
// text) with the splitmix64 finaliser, for the prefix filter of
// duplicatePairs, which orders shingles by it, and sortHashes, which
// buckets them by their top bits.
func gramSum(h uint64, n int) uint64 {
	x := h + uint64(n)*0x9e3779b97f4a7c15
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// jaccardSorted is Jaccard similarity of two sorted, duplicate-free slices.
func jaccardSorted(a, b []uint64) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	inter := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			inter++
			i++
			j++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}

// duplicatePairs finds every pair i < j of documents, not of two different
// known outlets, whose shingle Jaccard similarity is at least
// DuplicateThreshold. It is exact but avoids comparing all pairs, using
// prefix filtering (Chaudhuri et al. 2006; Bayardo et al., "Scaling up all
// pairs similarity search", 2007): order every set by one global order (the
// hash values themselves); two sets with Jaccard >= t must share one of the
// first |x| - ceil(t*|x|) + 1 elements of each, so only pairs that meet in
// an index of those prefixes are compared. A length filter (|y| >= t*|x|)
// and a positional one (Xiao et al., "Efficient similarity joins for near
// duplicate detection", 2008: the elements after the first shared one
// must hold enough of the overlap) prune the rest, and the comparison
// stops as soon as the overlap cannot be reached.
func duplicatePairs(docs []*document) [][2]int {
	sketches := make([]*shingleSketch, len(docs))
	keys := make([]string, len(docs))
	parallel(len(docs), func(i int) {
		if sketches[i] = docs[i].sketch; sketches[i] == nil {
			sketches[i] = sketchText(docs[i].body)
		}
		keys[i] = OutletKey(docs[i].outlet)
	})
	// The full sets, built for the pairs that get as far as a comparison.
	sets := make([][]uint64, len(docs))
	set := func(i int) []uint64 {
		if sets[i] == nil {
			sets[i] = sortedShingles(docs[i].body)
		}
		return sets[i]
	}
	indexed := 0
	for _, s := range sketches {
		indexed += len(s.prefix)
	}
	index := newPrefixIndex(indexed)
	defer index.release()
	var pairs [][2]int
	seen := make([]int, len(docs)) // seen[i] == j+1: pair (i, j) handled
	for j := range docs {
		nj := sketches[j].size
		for pj, h := range sketches[j].prefix {
			slot := index.slot(h)
			for k := index.head[slot]; k >= 0; k = index.postings[k].next {
				i, pi := int(index.postings[k].doc), int(index.postings[k].pos)
				if seen[i] == j+1 {
					continue
				}
				seen[i] = j + 1
				if ki, kj := keys[i], keys[j]; ki != "" && kj != "" && ki != kj {
					continue
				}
				ni := sketches[i].size
				if lo, hi := min(ni, nj), max(ni, nj); float64(lo) < DuplicateThreshold*float64(hi)-1e-9 {
					continue
				}
				// h is the first shingle the two share (an earlier shared
				// one would be in both prefixes and have met first).
				need := minOverlap(ni, nj)
				if 1+min(ni-pi-1, nj-pj-1) < need {
					continue
				}
				if !mayOverlap(sketches[i].prefix[pi:], sketches[j].prefix[pj:], ni-pi, nj-pj, need) {
					continue
				}
				if overlapAtLeast(set(i)[pi:], set(j)[pj:], need) {
					pairs = append(pairs, [2]int{i, j})
				}
			}
			index.add(slot, h, int32(j), int32(pj))
		}
	}
	slices.SortFunc(pairs, func(a, b [2]int) int {
		if a[0] != b[0] {
			return a[0] - b[0]
		}
		return a[1] - b[1]
	})
	return pairs
}

// prefixIndex maps the shingles of the documents' prefixes to the
// documents and positions that hold them: an open-addressed table of the
// shingles, each with a list of postings. It does the work of a
// map[uint64][]posting without a slice per shingle, and the shingles,
// being hashes, need no further hashing. The pair search only asks which
// documents share a shingle, so a list's order does not matter and each
// new posting goes to its front.
type prefixIndex struct {
	keys     []uint64
	head     []int32 // first posting of the slot's shingle; -1 for an empty slot
	postings []prefixPosting
}

// prefixPosting is a document whose prefix holds a shingle, and where.
type prefixPosting struct {
	doc, pos int32
	next     int32 // the next posting of the same shingle, or -1
}

// newPrefixIndex makes an index for n postings, with at least half as
// many slots again, so that probe runs stay short (most shingles are in
// one prefix only, so a load of at most two thirds is reached only by the
// few sets that share none). Its arrays come from prefixIndexPool when a
// load before left big enough ones there: at about 30 bytes a posting the
// index is a fifth of what a load allocates, and the garbage collector's
// cycles come with the bytes allocated. release gives them back.
func newPrefixIndex(n int) *prefixIndex {
	size := 1 << bits.Len(uint(n+n/2))
	x, _ := prefixIndexPool.Get().(*prefixIndex)
	if x == nil || cap(x.keys) < size || cap(x.postings) < n {
		x = &prefixIndex{keys: make([]uint64, size), head: make([]int32, size), postings: make([]prefixPosting, 0, n)}
	}
	// A slot is empty by its head alone, so the keys need no clearing.
	x.keys, x.head, x.postings = x.keys[:size], x.head[:size], x.postings[:0]
	for i := range x.head {
		x.head[i] = -1
	}
	return x
}

// prefixIndexPool keeps the last load's index arrays for the next.
var prefixIndexPool sync.Pool

// release puts x back in prefixIndexPool; x must not be used after.
func (x *prefixIndex) release() { prefixIndexPool.Put(x) }

// slot returns the slot of shingle h: where it is, or where it goes.
func (x *prefixIndex) slot(h uint64) int {
	mask := len(x.keys) - 1
	i := int(h) & mask
	for x.head[i] >= 0 && x.keys[i] != h {
		i = (i + 1) & mask
	}
	return i
}

// add records that document doc holds shingle h, found in slot, at pos.
func (x *prefixIndex) add(slot int, h uint64, doc, pos int32) {
	x.keys[slot] = h
	x.postings = append(x.postings, prefixPosting{doc: doc, pos: pos, next: x.head[slot]})
	x.head[slot] = int32(len(x.postings) - 1)
}

// minOverlap is the least overlap of two sets of sizes a and b (not both
// empty) at which jaccardSorted reaches DuplicateThreshold, computed with
// the same floating-point expression, or min(a, b)+1 when none does. The
// expression grows with the overlap, so an overlap is enough exactly when
// it is at least this.
func minOverlap(a, b int) int {
	reaches := func(k int) bool { return float64(k)/float64(a+b-k) >= DuplicateThreshold }
	k := max(0, int(DuplicateThreshold/(1+DuplicateThreshold)*float64(a+b))-2)
	for k > 0 && reaches(k-1) {
		k--
	}
	for k <= min(a, b) && !reaches(k) {
		k++
	}
	return k
}

// mayOverlap is overlapAtLeast(a', b', need) for sets a' and b' of sizes
// lenA and lenB that begin with a and b, run as far as a and b go: false
// when too many elements are missing before either ends, which settles
// the comparison without the rest of the sets (the merge's first steps are
// the same); true when it is still open. Two unrelated articles part
// within a few dozen shingles, well inside their prefixes.
func mayOverlap(a, b []uint64, lenA, lenB, need int) bool {
	_, ok := mergeOverlap(a, b, lenA-need, lenB-need)
	return ok
}

// overlapAtLeast reports whether two sorted, duplicate-free slices share at
// least need elements; it gives up once too many elements of either are
// missing from the other.
func overlapAtLeast(a, b []uint64, need int) bool {
	inter, ok := mergeOverlap(a, b, len(a)-need, len(b)-need)
	return ok && inter >= need
}

// mergeOverlap merges two sorted, duplicate-free slices until one ends,
// counting the elements they share (inter); ok is false once more than
// missA elements of a, or missB of b, are missing from the other.
func mergeOverlap(a, b []uint64, missA, missB int) (inter int, ok bool) {
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
			if missA--; missA < 0 {
				return inter, false
			}
		case a[i] > b[j]:
			j++
			if missB--; missB < 0 {
				return inter, false
			}
		default:
			inter++
			i++
			j++
		}
	}
	return inter, true
}
