package corpus

import (
	"hash/fnv"
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
	sets := make([]map[uint64]struct{}, len(docs))
	for i, d := range docs {
		sets[i] = shingleSet(d.body)
	}
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
	for i := range docs {
		for j := i + 1; j < len(docs); j++ {
			if oi, oj := OutletKey(docs[i].outlet), OutletKey(docs[j].outlet); oi != "" && oj != "" && oi != oj {
				continue
			}
			if jaccard(sets[i], sets[j]) >= DuplicateThreshold {
				parent[find(j)] = find(i)
			}
		}
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
	var out []*Article
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
		a := keep.article()
		a.Sources = sources
		out = append(out, a)
	}
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
