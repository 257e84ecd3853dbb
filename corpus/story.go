package corpus

import (
	"encoding/binary"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"time"
)

// DefaultStoryWindow is how far apart in time two dated articles may be
// and still report one event.
const DefaultStoryWindow = 3 * 24 * time.Hour

// Story grouping thresholds on the TF-IDF cosine of two articles' content
// words: linkSimilarity joins two articles dated within the window;
// strongSimilarity joins articles when either is undated; a group's
// members must on average reach groupSimilarity with each other.
const (
	linkSimilarity   = 0.22
	strongSimilarity = 0.50
	groupSimilarity  = 0.17
)

// Story is a group of articles about one event.
type Story struct {
	// Members are indices into the articles passed to GroupStories, in
	// ascending order.
	Members []int
	// Outlets are the distinct outlets of the members (by OutletKey),
	// as first written, in member order.
	Outlets []string
	// Start and End bound the members' dates (zero when none is dated).
	Start, End time.Time
	// Cohesion is the mean pairwise similarity of the members.
	Cohesion float64
	// Undated counts the members with no date, neither their own nor one
	// found in their address or a dateline: they joined by content alone
	// (within the years their text speaks of as past), so a reader should
	// judge whether they report the same event.
	Undated int
	// DatesFound lists the members without a date of their own whose date
	// grouping found in their address or a dateline, and where.
	DatesFound []FoundDate
}

// Comparable reports whether the story has at least two distinct outlets,
// which is what makes it worth comparing.
func (s Story) Comparable() bool { return len(s.Outlets) >= 2 }

// StoryGroups is the result of GroupStories.
type StoryGroups struct {
	// Stories are groups of two or more articles, comparable ones (two or
	// more outlets) first, then by size, then by first member.
	Stories []Story
	// Alone lists the articles that joined no group, ascending.
	Alone []int
}

// Comparable returns the stories with two or more outlets.
func (g StoryGroups) Comparable() []Story {
	var out []Story
	for _, s := range g.Stories {
		if s.Comparable() {
			out = append(out, s)
		}
	}
	return out
}

// GroupStories groups articles that report the same event, so that
// framing can compare outlets on like material. Two articles are linked
// when the cosine similarity of their TF-IDF vectors over content words
// (function words of their language removed, weights 1+log tf times
// log(N/df)) is at least 0.22 and their dates lie within window (0 means
// DefaultStoryWindow); an undated article is linked by every strong
// similarity (0.50) and by its one most similar article above 0.22. Links
// are merged strongest first (average linkage): two groups join when the
// merged group's dates still fit in the window and the mean similarity
// between them is at least 0.17, which keeps a chain of look-alike
// articles over weeks from becoming one story.
//
// An article without a date is first given what its address and text
// say of its date (see undatedEvidence): a date in its URL path or a
// dateline makes it dated; a month in its URL path, or a year its text
// speaks of as past, bounds its date, and it joins no article or story
// its bounds cannot fit in the window with.
//
// It compares only pairs of articles that share a word (an inverted index
// over each article's highest-weighted terms) and, when both are dated,
// lie within the window of each other (see similarPairs), so its time
// grows with the corpus, not with the square of it.
func GroupStories(arts []*Article, window time.Duration) StoryGroups {
	store := newSpill(false)
	defer store.Close()
	return groupStories(factsOf(arts), func(i int) string { return arts[i].Text }, window, store)
}

// storyFacts is what grouping reads of an article besides its text: a
// shelf hands these over without building its articles.
type storyFacts struct {
	outlet, language, url string
	date                  time.Time
}

// factsOf returns the articles' storyFacts.
func factsOf(arts []*Article) []storyFacts {
	out := make([]storyFacts, len(arts))
	for i, a := range arts {
		out[i] = storyFacts{a.Outlet, a.Language, a.URL, a.Date}
	}
	return out
}

// groupStories is GroupStories over articles whose text is read through
// text(i) and whose outlet, date and language are arts. The articles'
// term counts and vectors are kept in store between the passes that need
// them.
func groupStories(arts []storyFacts, text func(i int) string, window time.Duration, store *spill) StoryGroups {
	if window <= 0 {
		window = DefaultStoryWindow
	}
	// The time evidence of the undated articles is read from their texts
	// as the vectors are built, each text once (ev[i] is written by the
	// goroutine reading text i only).
	ev := make([]timeEvidence, len(arts))
	vecs := tfidfVectors(arts, func(i int) string {
		t := text(i)
		if arts[i].date.IsZero() {
			ev[i] = undatedEvidence(arts[i].url, t)
		}
		return t
	}, store)
	arts = slices.Clone(arts)
	spans := make([]dateSpan, len(arts))
	dates := make([]time.Time, len(arts))
	for i := range arts {
		if e := ev[i]; !e.date.IsZero() {
			arts[i].date = e.date
		}
		if d := arts[i].date; !d.IsZero() {
			spans[i] = dateSpan{d, d}
		} else {
			spans[i] = dateSpan{ev[i].notBefore, ev[i].notAfter}
		}
		dates[i] = arts[i].date
	}
	sims := similarPairs(vecs, dates, window)

	var links []pair
	// An undated article has no window to search; it joins by content
	// alone: through every strong link, and through its one best link
	// above the ordinary threshold (a bounded search, so an undated
	// article cannot chain stories together).
	best := map[int]pair{}
	for k, sim := range sims {
		i, j := int(k>>32), int(k&0xffffffff)
		di, dj := arts[i].date, arts[j].date
		switch {
		case di.IsZero() || dj.IsZero():
			if !spansFit(spans, []int{i, j}, nil, window) {
				continue // the undated one's bounds rule the other out
			}
			if sim >= linkSimilarity {
				for _, u := range []int{i, j} {
					if arts[u].date.IsZero() && (sim > best[u].sim || sim == best[u].sim && pairLess(pair{i, j, sim}, best[u])) {
						best[u] = pair{i, j, sim}
					}
				}
			}
			if sim < strongSimilarity {
				continue
			}
		case absDuration(di.Sub(dj)) > window || sim < linkSimilarity:
			continue
		}
		links = append(links, pair{i, j, sim})
	}
	for _, b := range best {
		if b.sim < strongSimilarity { // strong links are in already
			links = append(links, b)
		}
	}
	sort.Slice(links, func(a, b int) bool { return pairLess(links[a], links[b]) })
	links = slices.CompactFunc(links, func(a, b pair) bool { return a.i == b.i && a.j == b.j })

	group := make([]int, len(arts)) // group id of each article
	members := make(map[int][]int, len(arts))
	for i := range arts {
		group[i] = i
		members[i] = []int{i}
	}
	simOf := func(i, j int) float64 {
		if i > j {
			i, j = j, i
		}
		return sims[uint64(i)<<32|uint64(j)]
	}
	for _, l := range links {
		gi, gj := group[l.i], group[l.j]
		if gi == gj {
			continue
		}
		a, b := members[gi], members[gj]
		if !spansFit(spans, a, b, window) {
			continue
		}
		total := 0.0
		for _, x := range a {
			for _, y := range b {
				total += simOf(x, y)
			}
		}
		if total/float64(len(a)*len(b)) < groupSimilarity {
			continue
		}
		for _, y := range b {
			group[y] = gi
		}
		members[gi] = append(a, b...)
		delete(members, gj)
	}

	var out StoryGroups
	for gid, ms := range members {
		if len(ms) == 1 {
			out.Alone = append(out.Alone, ms[0])
			continue
		}
		_ = gid
		slices.Sort(ms)
		s := makeStory(arts, ms, simOf)
		for _, m := range ms {
			switch {
			case !ev[m].date.IsZero():
				s.DatesFound = append(s.DatesFound, FoundDate{Member: m, Date: ev[m].date, From: ev[m].from})
			case arts[m].date.IsZero():
				s.Undated++
			}
		}
		out.Stories = append(out.Stories, s)
	}
	slices.Sort(out.Alone)
	sort.Slice(out.Stories, func(a, b int) bool {
		sa, sb := out.Stories[a], out.Stories[b]
		if sa.Comparable() != sb.Comparable() {
			return sa.Comparable()
		}
		if len(sa.Members) != len(sb.Members) {
			return len(sa.Members) > len(sb.Members)
		}
		return sa.Members[0] < sb.Members[0]
	})
	return out
}

// pair is a link between articles i < j of similarity sim.
type pair struct {
	i, j int
	sim  float64
}

// pairLess orders links strongest first, then by articles.
func pairLess(a, b pair) bool {
	if a.sim != b.sim {
		return a.sim > b.sim
	}
	if a.i != b.i {
		return a.i < b.i
	}
	return a.j < b.j
}

func absDuration(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// dateSpan is what is known of an article's date: from and to are the
// date itself for a dated article, the bounds of an undated one's date
// (each zero when open).
type dateSpan struct{ from, to time.Time }

// spansFit reports whether the members of two groups can together lie
// within the window: the latest of their earliest possible dates is no
// more than the window after the earliest of their latest ones. For dated
// members that is their span fitting in the window; an undated member
// with no bounds fits anywhere.
func spansFit(spans []dateSpan, a, b []int, window time.Duration) bool {
	var from, to time.Time // latest start, earliest end
	for _, ms := range [][]int{a, b} {
		for _, m := range ms {
			sp := spans[m]
			if !sp.from.IsZero() && (from.IsZero() || sp.from.After(from)) {
				from = sp.from
			}
			if !sp.to.IsZero() && (to.IsZero() || sp.to.Before(to)) {
				to = sp.to
			}
		}
	}
	return from.IsZero() || to.IsZero() || from.Sub(to) <= window
}

func makeStory(arts []storyFacts, ms []int, simOf func(i, j int) float64) Story {
	s := Story{Members: ms}
	seen := map[string]bool{}
	for _, m := range ms {
		a := arts[m]
		if k := OutletKey(a.outlet); k != "" && !seen[k] {
			seen[k] = true
			s.Outlets = append(s.Outlets, NormalizeOutlet(a.outlet))
		}
		if d := a.date; !d.IsZero() {
			if s.Start.IsZero() || d.Before(s.Start) {
				s.Start = d
			}
			if s.End.IsZero() || d.After(s.End) {
				s.End = d
			}
		}
	}
	total, n := 0.0, 0
	for x := 0; x < len(ms); x++ {
		for y := x + 1; y < len(ms); y++ {
			total += simOf(ms[x], ms[y])
			n++
		}
	}
	if n > 0 {
		s.Cohesion = total / float64(n)
	}
	return s
}

// termWeight is one entry of a sparse, L2-normalised TF-IDF vector.
type termWeight struct {
	term int
	w    float64
}

// maxStoryTerms caps each article's vector at its highest-weighted terms:
// the words that say what the story is about, and a bound on the work.
const maxStoryTerms = 150

// vectorSet is the articles' TF-IDF vectors, kept encoded in a spill
// (12 bytes a term) and decoded one at a time, so that grouping holds the
// vectors of the articles it is comparing, not the corpus's.
type vectorSet struct {
	store *spill
	refs  []blobRef
	read  []byte // a buffer for vector
}

func (vs *vectorSet) len() int { return len(vs.refs) }

// vector decodes article i's vector; one that cannot be read back (see
// spill.Close) is empty.
func (vs *vectorSet) vector(i int) []termWeight {
	b, err := vs.store.get(vs.refs[i], vs.read)
	if err != nil {
		return nil
	}
	if vs.refs[i].at >= 0 {
		vs.read = b // read from the file into the buffer, which is kept
	}
	v := make([]termWeight, len(b)/12)
	for k := range v {
		v[k] = termWeight{int(binary.LittleEndian.Uint32(b[12*k:])), math.Float64frombits(binary.LittleEndian.Uint64(b[12*k+4:]))}
	}
	return v
}

// put encodes v as article i's vector. Several goroutines may put
// different articles' vectors at once.
func (vs *vectorSet) put(i int, v []termWeight) {
	b := make([]byte, 0, 12*len(v))
	for _, t := range v {
		b = binary.LittleEndian.AppendUint32(b, uint32(t.term))
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(t.w))
	}
	vs.refs[i] = vs.store.put(b)
}

// tfidfVectors builds each article's vector over its content words
// (lower-cased words of three or more letters that are not function words
// of the article's language nor numbers) into store. text(i) is article
// i's text, called from several goroutines at once; a few texts are read
// at a time, and the term counts kept until the document frequencies are
// known go to store too.
//
// The texts are read and counted on all cores and handed over in article
// order, so that the terms get their ids in the order they first occur in
// the corpus whatever the cores: the ids break ties between equal weights,
// and so decide which terms a vector keeps.
func tfidfVectors(arts []storyFacts, text func(i int) string, store *spill) *vectorSet {
	ids := map[string]int{}
	// counts[i] is where article i's term counts are kept until the
	// document frequencies are known, as ascending term ids,
	// delta-encoded, each with its count, in varints: a few bytes a term.
	counts := make([]blobRef, len(arts))
	var enc []byte
	var idCounts []termCount
	var df []int
	inOrder(len(arts), func(i int) contentTerms { return countContentTerms(text(i), arts[i].language) },
		func(i int, ct contentTerms) {
			idCounts = idCounts[:0]
			for k, w := range ct.words {
				id, ok := ids[w]
				if !ok {
					id = len(ids)
					// A clone: w is a piece of the article's text, which
					// the vocabulary must not keep alive.
					ids[strings.Clone(w)] = id
					df = append(df, 0)
				}
				df[id]++
				idCounts = append(idCounts, termCount{id, ct.counts[k]})
			}
			slices.SortFunc(idCounts, func(a, b termCount) int { return a.term - b.term })
			enc = enc[:0]
			prev := 0
			for _, c := range idCounts {
				enc = binary.AppendUvarint(enc, uint64(c.term-prev))
				enc = binary.AppendUvarint(enc, uint64(c.n))
				prev = c.term
			}
			counts[i] = store.put(enc)
		})
	clear(ids)
	n := float64(len(arts))
	vecs := &vectorSet{store: store, refs: make([]blobRef, len(arts))}
	// Each vector depends on its counts and the document frequencies
	// only, so they are weighed on all cores in any order.
	parallel(len(arts), func(i int) {
		c, err := store.get(counts[i], nil)
		if err != nil {
			c = nil // an article that cannot be read back links nothing
		}
		var v []termWeight
		for id := 0; len(c) > 0; {
			delta, k := binary.Uvarint(c)
			tf, l := binary.Uvarint(c[k:])
			c = c[k+l:]
			id += int(delta)
			if df[id] < 2 {
				continue // a word in one article links nothing
			}
			v = append(v, termWeight{id, (1 + math.Log(float64(tf))) * math.Log(n/float64(df[id]))})
		}
		sort.Slice(v, func(a, b int) bool {
			if v[a].w != v[b].w {
				return v[a].w > v[b].w
			}
			return v[a].term < v[b].term
		})
		top := v[:min(len(v), maxStoryTerms)]
		norm := 0.0
		for _, t := range top {
			norm += t.w * t.w
		}
		norm = math.Sqrt(norm)
		for k := range top {
			if norm > 0 {
				top[k].w /= norm
			}
		}
		vecs.put(i, top)
	})
	return vecs
}

// termCount is a term id with its count in one article.
type termCount struct{ term, n int }

// contentTerms are an article's distinct content words, in the order they
// first occur in it, with their counts.
type contentTerms struct {
	words  []string
	counts []int
}

// countContentTerms counts the content words of an article's text in its
// language (see tfidfVectors).
func countContentTerms(text, language string) contentTerms {
	stop := stopwordsFor(language)
	var ct contentTerms
	index := map[string]int{}
	for _, w := range wordFields(text) {
		if letterCount(w) < 3 || stop[w] || isNumber(w) {
			continue
		}
		k, ok := index[w]
		if !ok {
			k = len(ct.words)
			index[w] = k
			ct.words = append(ct.words, w)
			ct.counts = append(ct.counts, 0)
		}
		ct.counts[k]++
	}
	return ct
}

// similarPairs computes the cosine similarity of the pairs of articles
// that grouping can use, keyed i<<32|j with i < j, keeping those above a
// floor that no grouping rule can use.
//
// Two dated articles further apart than the window never meet in a story
// (a group's dated members must fit in it), so dated articles are
// compared only with those in their window: a date-ordered inverted index
// where each posting list is entered by binary search at the window's
// start. The work then grows with the articles per window, not with the
// square of the corpus. An undated article has no window; it is compared
// by content through a bounded candidate search (undatedPairs).
func similarPairs(vecs *vectorSet, dates []time.Time, window time.Duration) map[uint64]float64 {
	return similarPairsCut(vecs, dates, window, minPostingsCut)
}

// similarPairsCut is similarPairs cutting its index to the window first
// when it holds minCut postings.
func similarPairsCut(vecs *vectorSet, dates []time.Time, window time.Duration, minCut int) map[uint64]float64 {
	var order, undated []int // dated articles by date, then index; undated ones
	for i := range vecs.len() {
		if dates[i].IsZero() {
			undated = append(undated, i)
		} else {
			order = append(order, i)
		}
	}
	sort.SliceStable(order, func(a, b int) bool { return dates[order[a]].Before(dates[order[b]]) })
	// postings: term -> (position in order, weight) of the articles
	// already passed, in date order. Each list is cut at the window's
	// start whenever its term comes up, and every list is cut when the
	// index has doubled since the last cut, so what is kept is the
	// window's, not the corpus's.
	postings := map[int][]termWeight{}
	indexed, cutAt := 0, minCut
	// inWindow holds the vectors of the articles from lo on: those in
	// the window of the article being compared.
	inWindow := make([][]termWeight, len(order))
	lo := 0
	sims := map[uint64]float64{}
	acc := make([]float64, len(order))
	var touched []int
	for pos, j := range order {
		from := dates[j].Add(-window)
		inWindow[pos] = vecs.vector(j)
		for ; dates[order[lo]].Before(from); lo++ {
			inWindow[lo] = nil
		}
		touched = touched[:0]
		for _, t := range inWindow[pos] {
			list := postings[t.term]
			start := sort.Search(len(list), func(k int) bool { return !dates[order[list[k].term]].Before(from) })
			list = list[start:]
			for _, p := range list {
				if acc[p.term] == 0 {
					touched = append(touched, p.term)
				}
				acc[p.term] += p.w * t.w
			}
			postings[t.term] = append(list, termWeight{pos, t.w})
		}
		var lookup map[int]float64
		for _, q := range touched {
			sim := acc[q]
			acc[q] = 0
			if sim < similarityFloor {
				continue
			}
			if i := order[q]; i > j {
				// Sum in the order of the higher-numbered article, as
				// undatedPairs does, so a pair's similarity does not
				// depend on which of the two was found from the other.
				if lookup == nil {
					lookup = weights(inWindow[pos])
				}
				sim = dot(inWindow[q], lookup)
			}
			sims[pairKey(order[q], j)] = sim
		}
		if indexed += len(inWindow[pos]); indexed >= cutAt {
			postings, indexed = cutPostings(postings, lo)
			cutAt = max(minCut, 2*indexed)
		}
	}
	if len(undated) > 0 {
		undatedPairs(vecs, undated, sims)
	}
	return sims
}

// minPostingsCut is how many postings the date-ordered index takes
// before it is first cut to the window: cutting costs a pass over it.
const minPostingsCut = 1 << 16

// cutPostings drops the postings before position lo (the window's start)
// from every list, and the lists left empty, into a new map, since a map
// never gives back the room of deleted keys. It returns the new index
// and how many postings it holds.
func cutPostings(postings map[int][]termWeight, lo int) (map[int][]termWeight, int) {
	out := make(map[int][]termWeight, len(postings)/2)
	n := 0
	for term, list := range postings {
		start := sort.Search(len(list), func(k int) bool { return list[k].term >= lo })
		if start == len(list) {
			continue
		}
		if start > 0 {
			list = slices.Clone(list[start:])
		}
		out[term] = list
		n += len(list)
	}
	return out, n
}

// similarityFloor is the least similarity any grouping rule can use.
const similarityFloor = 0.05

// pairKey keys the pair of articles i and j, in either order.
func pairKey(i, j int) uint64 {
	if i > j {
		i, j = j, i
	}
	return uint64(i)<<32 | uint64(j)
}

// Bounds of the candidate search for undated articles: a term in more
// than undatedMaxPostings articles is too common to propose candidates
// (it still counts in the similarity of those proposed), and only the
// undatedCandidates best-scoring candidates are compared in full.
const (
	undatedMaxPostings = 256
	undatedCandidates  = 64
)

// undatedPairs adds to sims the similarities of each undated article with
// the articles it is most like. Candidates come from the undated
// article's less common terms, scored by their share of the dot product;
// the best of them get their exact cosine. The search is bounded per
// article, so a corpus of many undated articles takes time linear in its
// size; on small corpora (no term in more than undatedMaxPostings
// articles, at most undatedCandidates candidates) it is exhaustive.
func undatedPairs(vecs *vectorSet, undated []int, sims map[uint64]float64) {
	// postings: term -> (article, weight), for the terms of undated
	// articles only, and for each no more than one past the bound (which
	// marks the term too common to propose candidates).
	postings := map[int][]termWeight{}
	for _, u := range undated {
		for _, t := range vecs.vector(u) {
			postings[t.term] = nil
		}
	}
	for i := range vecs.len() {
		for _, t := range vecs.vector(i) {
			if list, ok := postings[t.term]; ok && len(list) <= undatedMaxPostings {
				postings[t.term] = append(list, termWeight{i, t.w})
			}
		}
	}
	isUndated := make(map[int]bool, len(undated))
	for _, u := range undated {
		isUndated[u] = true
	}
	acc := make([]float64, vecs.len())
	var touched []int
	for _, u := range undated {
		touched = touched[:0]
		vu := vecs.vector(u)
		for _, t := range vu {
			list := postings[t.term]
			if len(list) > undatedMaxPostings {
				continue
			}
			for _, p := range list {
				// An undated pair is found from its later article only.
				if p.term == u || isUndated[p.term] && p.term > u {
					continue
				}
				if acc[p.term] == 0 {
					touched = append(touched, p.term)
				}
				acc[p.term] += p.w * t.w
			}
		}
		sort.Slice(touched, func(a, b int) bool {
			if acc[touched[a]] != acc[touched[b]] {
				return acc[touched[a]] > acc[touched[b]]
			}
			return touched[a] < touched[b]
		})
		own := weights(vu)
		for k, c := range touched {
			acc[c] = 0
			if k >= undatedCandidates {
				continue
			}
			var sim float64
			if c > u {
				sim = dot(vecs.vector(c), own)
			} else {
				sim = dot(vu, weights(vecs.vector(c)))
			}
			if sim >= similarityFloor {
				sims[pairKey(u, c)] = sim
			}
		}
	}
}

// weights maps a vector's terms to their weights.
func weights(v []termWeight) map[int]float64 {
	m := make(map[int]float64, len(v))
	for _, t := range v {
		m[t.term] = t.w
	}
	return m
}

// dot is the dot product of v and the vector whose weights are w, summed
// in v's order.
func dot(v []termWeight, w map[int]float64) float64 {
	sim := 0.0
	for _, t := range v {
		if x, ok := w[t.term]; ok {
			sim += x * t.w
		}
	}
	return sim
}

func isNumber(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// WholeCorpusLimit is how many articles are compared as one story without
// grouping: a handful of files is one story; a folder of hundreds is many.
const WholeCorpusLimit = 12

// Selection is the articles chosen for one comparison, and which story
// they are.
type Selection struct {
	Articles []*Article
	// Story is the 1-based number of the chosen story among Stories; 0
	// when the articles are compared whole, without grouping.
	Story int
	// Stories are the comparable stories the corpus was grouped into (nil
	// when it was not grouped).
	Stories []Story
	// Largest is set when the corpus was too large to compare whole and
	// no story was asked for, so the largest story was taken: the user
	// should hear that the rest exist.
	Largest bool
}

// PickStory chooses what to compare. story is the 1-based number of a
// comparable story (as GroupStories orders them); 0 lets the corpus
// decide: up to WholeCorpusLimit articles are compared whole, a larger
// corpus by its largest comparable story, and a corpus in which no story
// has two outlets whole again, since there is nothing better to offer.
func PickStory(arts []*Article, story int) (Selection, error) {
	if story < 0 {
		return Selection{}, fmt.Errorf("story numbers start at 1, not %d", story)
	}
	if story == 0 && len(arts) <= WholeCorpusLimit {
		return Selection{Articles: arts}, nil
	}
	groups := GroupStories(arts, 0).Comparable()
	if len(groups) == 0 {
		if story > 0 {
			return Selection{}, fmt.Errorf("no story with two or more outlets was found, so there is no story %d", story)
		}
		return Selection{Articles: arts}, nil
	}
	if story > len(groups) {
		return Selection{}, fmt.Errorf("there are %d stories with two or more outlets; story %d does not exist", len(groups), story)
	}
	sel := Selection{Story: max(1, story), Stories: groups, Largest: story == 0}
	sel.Articles = groups[sel.Story-1].Articles(arts)
	return sel, nil
}

// Articles returns the story's members from the articles it was grouped from.
func (s Story) Articles(arts []*Article) []*Article {
	out := make([]*Article, len(s.Members))
	for i, m := range s.Members {
		out[i] = arts[m]
	}
	return out
}

// Title is the headline of the story's first member that has one, or ""
// when none has: a name for the story in a list.
func (s Story) Title(arts []*Article) string {
	for _, m := range s.Members {
		if t := arts[m].Title; t != "" {
			return t
		}
	}
	return ""
}
