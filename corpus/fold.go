package corpus

import (
	"hash/fnv"
	"math"
	"slices"
	"strings"
)

// DuplicateThreshold is the word 5-gram Jaccard similarity at or above which
// two inputs are one article (FRAMING.md: >= 0.8).
const DuplicateThreshold = 0.8

// shingleSet hashes the word 5-grams of a text.
func shingleSet(paras []string) map[uint64]struct{} {
	words := wordFields(strings.Join(paras, " "))
	set := make(map[uint64]struct{}, len(words))
	h := fnv.New64a()
	for i := 0; i+5 <= len(words); i++ {
		h.Reset()
		for _, w := range words[i : i+5] {
			h.Write([]byte(w))
			h.Write([]byte{0})
		}
		set[h.Sum64()] = struct{}{}
	}
	if len(words) < 5 && len(words) > 0 {
		h.Reset()
		h.Write([]byte(strings.Join(words, " ")))
		set[h.Sum64()] = struct{}{}
	}
	return set
}

// Jaccard is |a ∩ b| / |a ∪ b|.
func jaccard(a, b map[uint64]struct{}) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	inter := 0
	for k := range a {
		if _, ok := b[k]; ok {
			inter++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}

// Similarity is the word 5-gram Jaccard similarity of two texts.
func Similarity(a, b string) float64 {
	return jaccard(shingleSet([]string{a}), shingleSet([]string{b}))
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
	var find func(int) int
	find = func(i int) int {
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

// sortedShingles is shingleSet as a sorted slice, the form the pair search
// works on; it hashes the same bytes with the same FNV-1a, inline, so the
// values are shingleSet's without its map and per-word allocations.
func sortedShingles(paras []string) []uint64 {
	var words []string
	for _, p := range paras {
		words = append(words, wordFields(p)...)
	}
	if len(words) < 5 {
		return sortedShinglesShort(paras)
	}
	const offset64, prime64 = 14695981039346656037, 1099511628211
	out := make([]uint64, 0, len(words)-4)
	for i := 0; i+5 <= len(words); i++ {
		h := uint64(offset64)
		for _, w := range words[i : i+5] {
			for j := 0; j < len(w); j++ {
				h ^= uint64(w[j])
				h *= prime64
			}
			h *= prime64 // the zero separator byte: h ^= 0 is a no-op
		}
		out = append(out, h)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func sortedShinglesShort(paras []string) []uint64 {
	set := shingleSet(paras)
	out := make([]uint64, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
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
// prunes the rest.
func duplicatePairs(docs []*document) [][2]int {
	sets := make([][]uint64, len(docs))
	keys := make([]string, len(docs))
	for i, d := range docs {
		sets[i] = sortedShingles(d.body)
		keys[i] = OutletKey(d.outlet)
	}
	prefix := func(n int) int {
		return n - int(math.Ceil(DuplicateThreshold*float64(n)-1e-9)) + 1
	}
	index := map[uint64][]int{}
	var pairs [][2]int
	seen := map[int]bool{}
	for j := range docs {
		clear(seen)
		sj := sets[j]
		for _, h := range sj[:min(len(sj), prefix(len(sj)))] {
			for _, i := range index[h] {
				if seen[i] {
					continue
				}
				seen[i] = true
				if ki, kj := keys[i], keys[j]; ki != "" && kj != "" && ki != kj {
					continue
				}
				si := sets[i]
				if lo, hi := min(len(si), len(sj)), max(len(si), len(sj)); float64(lo) < DuplicateThreshold*float64(hi)-1e-9 {
					continue
				}
				if jaccardSorted(si, sj) >= DuplicateThreshold {
					pairs = append(pairs, [2]int{i, j})
				}
			}
			index[h] = append(index[h], j)
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
