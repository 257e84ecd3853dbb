package corpus

import "slices"

// Near-duplicate shingles: a text's shingles are the hashes of its word
// 5-grams (FRAMING.md), its paragraphs read as one run of words; a text of
// one to four words is one shingle. Two texts' shingle sets give their
// Jaccard similarity (Similarity) and, in one text, show a paragraph that
// repeats inside another (markContainedParagraphs).

// shingleSize is how many words a shingle spans.
const shingleSize = 5

// Similarity is the word 5-gram Jaccard similarity of two texts.
func Similarity(a, b string) float64 {
	return jaccardSorted(sortedShingles([]string{a}), sortedShingles([]string{b}))
}

// sortedShingles returns the shingles of a text given as paragraphs, sorted
// and without duplicates: the form the pair search works on.
func sortedShingles(paras []string) []uint64 {
	var words []string
	for _, p := range paras {
		words = append(words, wordFields(p)...)
	}
	return shingleSet(words)
}

// shingleSet returns the sorted, duplicate-free shingles of a run of words.
func shingleSet(words []string) []uint64 { return shingleSetOfHashes(wordHashes(words)) }

// shingleSetOfHashes is shingleSet for words given as their wordHash.
func shingleSetOfHashes(hashes []uint64) []uint64 {
	set := make([]uint64, 0, max(1, len(hashes)-shingleSize+1))
	if n := len(hashes); n > 0 && n < shingleSize {
		set = append(set, gramHash(hashes))
	}
	for k := 0; k+shingleSize <= len(hashes); k++ {
		set = append(set, gramHash(hashes[k:k+shingleSize]))
	}
	slices.Sort(set)
	return slices.Compact(set)
}

// FNV-1a's 64-bit parameters.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// wordHash is the FNV-1a hash of a word.
func wordHash(w string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint64(w[i])) * fnvPrime
	}
	return h
}

// gramHash combines the hashes of a run of words into the run's hash,
// spread with the splitmix64 finaliser so that the pair search's prefix
// order (the values themselves) is a fair sample of the set.
func gramHash(words []uint64) uint64 {
	x := uint64(fnvOffset)
	for _, w := range words {
		x = (x ^ w) * fnvPrime
	}
	x += uint64(len(words)) * 0x9e3779b97f4a7c15
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ x>>31
}

// jaccardSorted is Jaccard similarity of two sorted, duplicate-free slices.
func jaccardSorted(a, b []uint64) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	inter, _ := mergeOverlap(a, b, len(a), len(b))
	return float64(inter) / float64(len(a)+len(b)-inter)
}

// markContainedParagraphs marks as duplicates the paragraphs whose words
// repeat inside a longer (or an earlier identical) paragraph: a caption, pull
// quote or teaser. A paragraph q can contain p only where q holds p's
// first five words, so an index of those first 5-grams, probed with every
// 5-gram of every paragraph, finds the places to compare.
func markContainedParagraphs(ps []*para) {
	// Candidates are indexed by their opening 5-gram, then by length and
	// a hash of all their words, so each place in a paragraph costs one
	// look-up per length that opens there, however many paragraphs share
	// the opening (a page can repeat one lead-in a thousand times).
	type run struct {
		opening uint64 // hash of the first five words
		length  int
		hash    uint64 // polynomial hash of all the words
	}
	candidates := map[run][]int{}
	lengths := map[uint64][]int{} // per opening, its candidates' lengths
	for i, p := range ps {
		if len(p.words) < shingleSize || p.reason != "" {
			continue
		}
		r := run{gramHash(p.hashes[:shingleSize]), len(p.words), 0}
		for _, w := range p.hashes {
			r.hash = r.hash*runBase + w
		}
		if !slices.Contains(lengths[r.opening], r.length) {
			lengths[r.opening] = append(lengths[r.opening], r.length)
		}
		candidates[r] = append(candidates[r], i)
	}
	if len(candidates) == 0 {
		return
	}
	longest := 0
	for _, p := range ps {
		longest = max(longest, len(p.hashes))
	}
	pow := runPowers(longest)
	var prefixBuf []uint64
	for j, q := range ps {
		hashes := q.hashes
		var prefix []uint64
		for start := 0; start+shingleSize <= len(hashes); start++ { // where p would start in q
			open := gramHash(hashes[start : start+shingleSize])
			if lengths[open] == nil {
				continue
			}
			if prefix == nil {
				prefixBuf = prefixHashes(prefixBuf, hashes)
				prefix = prefixBuf
			}
			for _, n := range lengths[open] {
				if start+n > len(hashes) {
					continue
				}
				for _, i := range candidates[run{open, n, runHash(prefix, pow, start, start+n)}] {
					p := ps[i]
					if i == j || p.reason != "" || len(q.words) == len(p.words) && j > i {
						continue // of two identical copies, the first stays
					}
					if slices.Equal(q.words[start:start+n], p.words) {
						p.reason = "duplicate of another paragraph (caption or pull quote)"
					}
				}
			}
		}
	}
}

// runBase is the multiplier of the polynomial hash of a run of words.
const runBase = 0x100000001b3

// prefixHashes returns h (in dst's storage) with h[k] the polynomial hash
// of the first k word hashes, so that runHash gives any run's hash in
// constant time.
func prefixHashes(dst, hashes []uint64) []uint64 {
	h := append(dst[:0], 0)
	for _, w := range hashes {
		h = append(h, h[len(h)-1]*runBase+w)
	}
	return h
}

// runPowers returns runBase to the powers 0..n.
func runPowers(n int) []uint64 {
	pow := make([]uint64, n+1)
	pow[0] = 1
	for k := 1; k <= n; k++ {
		pow[k] = pow[k-1] * runBase
	}
	return pow
}

// runHash is the polynomial hash of words from..to-1, from prefix hashes
// and the powers of runBase.
func runHash(prefix, pow []uint64, from, to int) uint64 {
	return prefix[to] - prefix[from]*pow[to-from]
}

// wordHashes is the wordHash of each word.
func wordHashes(words []string) []uint64 {
	out := make([]uint64, len(words))
	for i, w := range words {
		out[i] = wordHash(w)
	}
	return out
}
