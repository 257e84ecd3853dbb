package corpus

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strings"
)

// DuplicateThreshold is the word 5-gram Jaccard similarity at or above which
// two inputs are one article (FRAMING.md: >= 0.8).
const DuplicateThreshold = 0.8

// FoldDuplicates merges near-identical documents into one article each. The
// cleaner copy (the one cleaning had to remove least from) is kept; its
// missing metadata is filled from the others, and all sources are listed.
// Documents of different known outlets are never folded: syndicated copies
// in two outlets are two outlets' choices.
func FoldDuplicates(docs []*document) ([]*Article, int) {
	keeps, sourceLists, folded := foldDocuments(docs, duplicatePairs(docShingles(docs)))
	// Structure (sentences, quotes) is the costly part: build the articles
	// on all cores.
	out := make([]*Article, len(keeps))
	parallel(len(keeps), func(i int) {
		out[i] = keeps[i].article()
		out[i].Sources = sourceLists[i]
	})
	return out, folded
}

// foldDocuments merges each group of documents the pairs join into the
// one FoldDuplicates keeps, with its sources, in input order.
func foldDocuments(docs []*document, pairs [][2]int) (keeps []document, sourceLists [][]string, folded int) {
	groups := duplicateGroups(len(docs), pairs)
	keeps = make([]document, 0, len(groups))
	sourceLists = make([][]string, 0, len(groups))
	for _, g := range groups {
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
	return keeps, sourceLists, folded
}

// duplicateGroups joins the n documents the pairs link (transitively)
// into groups: each lists its members in input order, and the groups come
// in the order of their first members, which is the order a fold keeps.
func duplicateGroups(n int, pairs [][2]int) [][]int {
	parent := make([]int, n)
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
	for _, pr := range pairs {
		parent[find(pr[1])] = find(pr[0])
	}
	at := map[int]int{} // a root's place in groups
	var groups [][]int
	for i := range n {
		r := find(i)
		k, ok := at[r]
		if !ok {
			k = len(groups)
			at[r] = k
			groups = append(groups, nil)
		}
		groups[k] = append(groups[k], i)
	}
	return groups
}

// removedBytes is how much of a document cleaning removed, not counting
// what it kept as metadata: the lower, the cleaner the copy.
func removedBytes(d *document) int {
	if d.packed.n > 0 {
		return d.packedRemoved
	}
	n := 0
	for _, r := range d.removed {
		if !strings.HasSuffix(r.Reason, "(kept as metadata)") {
			n += len(r.Text)
		}
	}
	return n
}

// prefixLen is how many of the smallest shingles of a set of n a pair
// with Jaccard similarity >= DuplicateThreshold must share one of: the
// prefix filter's |x| - ceil(t*|x|) + 1.
func prefixLen(n int) int {
	return min(n, n-int(math.Ceil(DuplicateThreshold*float64(n)-1e-9))+1)
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
func duplicatePairs(sh shingleSets) [][2]int {
	// Documents of two different known outlets never fold, so each known
	// outlet is searched on its own with the documents of no known outlet:
	// the index then holds one outlet's prefixes at a time, not the
	// corpus's. Pairs of two unknown-outlet documents are searched once,
	// among those alone.
	var keys []string
	byKey := map[string][]int{}
	var unknown []int
	for i, k := range sh.keys {
		if k == "" {
			unknown = append(unknown, i)
			continue
		}
		if _, ok := byKey[k]; !ok {
			keys = append(keys, k)
		}
		byKey[k] = append(byKey[k], i)
	}
	if len(keys) <= 1 {
		return pairsInBands(sh, foldBandPostings)
	}
	var pairs [][2]int
	for _, k := range keys {
		part := append(slices.Clone(byKey[k]), unknown...)
		slices.Sort(part)
		for _, p := range pairsInBands(sh.subset(part), foldBandPostings) {
			i, j := part[p[0]], part[p[1]]
			if sh.keys[i] != "" || sh.keys[j] != "" {
				pairs = append(pairs, [2]int{i, j})
			}
		}
	}
	if len(unknown) > 1 {
		for _, p := range pairsInBands(sh.subset(unknown), foldBandPostings) {
			pairs = append(pairs, [2]int{unknown[p[0]], unknown[p[1]]})
		}
	}
	slices.SortFunc(pairs, comparePairs)
	return pairs
}

// comparePairs orders document pairs by their first index, then their
// second: the order duplicatePairs returns them in.
func comparePairs(a, b [2]int) int { return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1])) }

// subset is the shingleSets of the documents part (ascending indices),
// numbered from 0 in that order.
func (sh shingleSets) subset(part []int) shingleSets {
	out := shingleSets{sizes: make([]int, len(part)), keys: make([]string, len(part)),
		prefix: func(i int) []uint64 { return sh.prefix(part[i]) },
		full:   func(i int) []uint64 { return sh.full(part[i]) }}
	for n, i := range part {
		out.sizes[n], out.keys[n] = sh.sizes[i], sh.keys[i]
	}
	return out
}

// foldBandPostings is how many prefix shingles one index of pairsIn
// holds at most (unless the documents of about one size hold more; see
// pairsInBands): the index takes about 40 bytes a shingle.
const foldBandPostings = 1 << 18

// pairsInBands is pairsIn searched in bands of document sizes, each of at
// most budget prefix shingles, so that the index holds one band's, not
// the corpus's. Two documents can be duplicates only when the smaller has
// at least DuplicateThreshold of the larger's shingles, so the pairs
// whose larger document lies in a band are all found among that band and
// the documents a little smaller; each pair is searched in the band of
// its larger document only. The pairs are those pairsIn finds, sorted.
func pairsInBands(sh shingleSets, budget int) [][2]int {
	n := len(sh.sizes)
	bySize := make([]int, n) // document numbers by size, then number
	for i := range bySize {
		bySize[i] = i
	}
	slices.SortStableFunc(bySize, func(a, b int) int { return sh.sizes[a] - sh.sizes[b] })
	rank := make([]int, n)
	held := make([]int, n+1) // held[k]: prefix shingles of bySize[:k]
	for k, i := range bySize {
		rank[i] = k
		held[k+1] = held[k] + prefixLen(sh.sizes[i])
	}
	type band struct{ first, start, end int }
	var bands []band
	for start := 0; start < n; {
		// The band's own documents are bySize[start:end]; those from
		// first on are searched with them.
		least := DuplicateThreshold*float64(sh.sizes[bySize[start]]) - 1e-9
		first := sort.Search(start, func(k int) bool { return float64(sh.sizes[bySize[k]]) >= least })
		// A band takes budget prefix shingles, and at least as many of
		// its own as of the smaller documents searched with it, so that
		// no document is indexed more than twice, however many documents
		// are of about one size.
		end := start + 1
		for end < n && (held[end+1]-held[first] <= budget || held[end]-held[start] < held[start]-held[first]) {
			end++
		}
		bands = append(bands, band{first, start, end})
		start = end
	}
	if len(bands) <= 1 {
		return pairsIn(sh, nil) // one band: the whole search
	}
	// One band at a time: the search takes little time once the index is
	// a band's, and each band's index is then the only one held.
	var pairs [][2]int
	for _, bd := range bands {
		part := slices.Clone(bySize[bd.first:bd.end])
		slices.Sort(part)
		own := make([]bool, len(part))
		for k, i := range part {
			own[k] = rank[i] >= bd.start
		}
		for _, p := range pairsIn(sh.subset(part), own) {
			pairs = append(pairs, [2]int{part[p[0]], part[p[1]]})
		}
	}
	slices.SortFunc(pairs, comparePairs)
	return pairs
}

// pairsIn is duplicatePairs over one index of every document's prefix.
// When own is not nil, only pairs with at least one document i of own[i]
// are searched.
func pairsIn(sh shingleSets, own []bool) [][2]int {
	sizes, keys := sh.sizes, sh.keys
	prefixes := make([][]uint64, len(sizes))
	for i := range prefixes {
		prefixes[i] = sh.prefix(i)
	}
	// full returns a document's whole set, for the one being indexed (j)
	// and the candidates it meets: the index holds prefixes only.
	var fullJ []uint64
	fullOf := func(j int) []uint64 {
		if fullJ == nil {
			fullJ = sh.full(j)
		}
		return fullJ
	}
	// The index of the prefixes seen so far: head maps a shingle to its
	// latest posting, and each posting links to the one before, so that a
	// shingle's postings need no slice of their own. Its numbers are
	// 32-bit, which halves the index of a large outlet: a search of more
	// than 2^31 prefix shingles would take hundreds of gigabytes of text.
	type posting struct{ doc, pos, next int32 }
	n := 0
	for _, p := range prefixes {
		n += len(p)
	}
	head := make(map[uint64]int32, n)
	postings := make([]posting, 0, n)
	var pairs [][2]int
	seen := make([]int, len(prefixes)) // seen[i] == j+1: pair (i, j) handled
	for j := range prefixes {
		nj := sizes[j]
		fullJ = nil
		for pj, h := range prefixes[j] {
			k, ok := head[h]
			for ; ok && k >= 0; k = postings[k].next {
				i, pi := int(postings[k].doc), int(postings[k].pos)
				if seen[i] == j+1 {
					continue
				}
				seen[i] = j + 1
				if own != nil && !own[i] && !own[j] {
					continue // searched in a band of smaller documents
				}
				if ki, kj := keys[i], keys[j]; ki != "" && kj != "" && ki != kj {
					continue
				}
				ni := sizes[i]
				if lo, hi := min(ni, nj), max(ni, nj); float64(lo) < DuplicateThreshold*float64(hi)-1e-9 {
					continue
				}
				// h is the first shingle the two share (an earlier shared
				// one would be in both prefixes and have met first), so
				// the overlap is in the elements from h on.
				need := minOverlap(ni, nj)
				if 1+min(ni-pi-1, nj-pj-1) < need {
					continue
				}
				if !prefixesAllow(prefixes[i], prefixes[j], ni, nj, need) {
					continue
				}
				if overlapAtLeast(sh.full(i)[pi:], fullOf(j)[pj:], need) {
					pairs = append(pairs, [2]int{i, j})
				}
			}
			next, ok := head[h]
			if !ok {
				next = -1
			}
			postings = append(postings, posting{int32(j), int32(pj), next})
			head[h] = int32(len(postings) - 1)
		}
	}
	slices.SortFunc(pairs, comparePairs)
	return pairs
}

// prefixesAllow reports whether two sets of sizes nx and ny, of which px
// and py are the prefixes (their smallest elements), can share need
// elements. Every element of either set up to m, the smaller of the two
// prefixes' last elements, lies in its prefix, so the overlap up to m is
// known exactly; beyond m at most the smaller remainder can be shared.
// An exact filter: it rejects only pairs that cannot reach need, before
// their whole sets are compared.
func prefixesAllow(px, py []uint64, nx, ny, need int) bool {
	if len(px) == 0 || len(py) == 0 || len(px) == nx || len(py) == ny {
		return true // a whole set is at hand: nothing to save
	}
	m := min(px[len(px)-1], py[len(py)-1])
	inter, a, b := 0, 0, 0
	for a < len(px) && b < len(py) && px[a] <= m && py[b] <= m {
		switch {
		case px[a] < py[b]:
			a++
		case px[a] > py[b]:
			b++
		default:
			inter++
			a++
			b++
		}
	}
	for a < len(px) && px[a] <= m {
		a++
	}
	for b < len(py) && py[b] <= m {
		b++
	}
	cx, cy := a, b // the elements of each set up to m
	return inter+min(nx-cx, ny-cy) >= need
}

// shingleSets is what duplicatePairs reads of each document: the set's
// size, its outlet key, prefix, which returns the prefix of its sorted
// shingle set (prefixLen of it), and full, which returns the whole set of
// one document for the pairs that pass every filter. Prefixes are read
// for one search at a time (see duplicatePairs), so that a shelf can keep
// them out of memory between searches.
type shingleSets struct {
	sizes  []int
	keys   []string
	prefix func(i int) []uint64
	full   func(i int) []uint64
}

// docShingles is the shingleSets of documents held whole.
func docShingles(docs []*document) shingleSets {
	sets := make([][]uint64, len(docs))
	sh := shingleSets{sizes: make([]int, len(docs)), keys: make([]string, len(docs)),
		prefix: func(i int) []uint64 { return sets[i][:prefixLen(len(sets[i]))] },
		full:   func(i int) []uint64 { return sets[i] }}
	parallel(len(docs), func(i int) {
		if sets[i] = docs[i].shingles; sets[i] == nil {
			sets[i] = sortedShingles(docs[i].body)
		}
		sh.sizes[i] = len(sets[i])
		sh.keys[i] = OutletKey(docs[i].outlet)
	})
	return sh
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
