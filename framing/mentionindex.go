package framing

import (
	"cmp"
	"slices"
	"sort"
	"strings"
)

// mentionIndex answers the questions the resolution of a description asks
// about one article's mentions (does a mention cross this phrase, when was
// this actor last mentioned) in time logarithmic in the article: a long
// article asks them at thousands of phrases, and a scan of every mention
// at each would grow with the square of its length.
type mentionIndex struct {
	byStart []*rawMention // in order of Start, ties in the order given
	maxEnd  []int         // maxEnd[k] is the largest End of byStart[:k+1]
	given   []*rawMention
	byKey   map[string]*keyMentions // built on first use: crosses needs none
}

// keyMentions are one actor's mentions in order of End.
type keyMentions struct {
	ends []int
	at   []mentionAt // the mention each end is of
	// latest[j] is, of the mentions ends[:j+1] belongs to, the one that
	// starts last; of those starting together, the first given.
	latest []mentionAt
}

// mentionAt is a mention's start and its place in the list indexed.
type mentionAt struct{ start, order int }

// newMentionIndex indexes mentions, in the order given.
func newMentionIndex(mentions []*rawMention) *mentionIndex {
	ix := &mentionIndex{byStart: slices.Clone(mentions), given: mentions}
	slices.SortStableFunc(ix.byStart, func(x, y *rawMention) int { return cmp.Compare(x.Start, y.Start) })
	ix.maxEnd = make([]int, len(ix.byStart))
	for k, m := range ix.byStart {
		ix.maxEnd[k] = m.End
		if k > 0 {
			ix.maxEnd[k] = max(m.End, ix.maxEnd[k-1])
		}
	}
	return ix
}

// mentionsOf returns an actor's mentions, nil when it has none.
func (ix *mentionIndex) mentionsOf(key string) *keyMentions {
	if ix.byKey != nil {
		return ix.byKey[key]
	}
	ix.byKey = map[string]*keyMentions{}
	type ordered struct {
		end int
		at  mentionAt
	}
	perKey := map[string][]ordered{}
	for k, m := range ix.given {
		perKey[m.key] = append(perKey[m.key], ordered{m.End, mentionAt{m.Start, k}})
	}
	for key, ms := range perKey {
		slices.SortStableFunc(ms, func(x, y ordered) int { return cmp.Compare(x.end, y.end) })
		km := &keyMentions{ends: make([]int, len(ms)), at: make([]mentionAt, len(ms)), latest: make([]mentionAt, len(ms))}
		for j, o := range ms {
			km.ends[j], km.at[j], km.latest[j] = o.end, o.at, o.at
			if j > 0 && !later(o.at, km.latest[j-1]) {
				km.latest[j] = km.latest[j-1]
			}
		}
		ix.byKey[key] = km
	}
	return ix.byKey[key]
}

// later reports whether mention a comes after b in the sense of
// mostRecent: it starts later, or starts together and is listed first.
func later(a, b mentionAt) bool {
	return a.start > b.start || a.start == b.start && a.order < b.order
}

// crosses reports whether a mention overlaps the bytes [start, end) and
// either starts before start or, starting inside, is one that within
// accepts. A mention that starts before the phrase and overlaps it is
// found from the largest end before start, with no scan.
func (ix *mentionIndex) crosses(start, end int, within func(m *rawMention) bool) bool {
	if start >= end { // no phrase is empty; kept exact all the same
		return slices.ContainsFunc(ix.byStart, func(m *rawMention) bool {
			return m.Start < end && start < m.End && (m.Start < start || within(m))
		})
	}
	lo := sort.Search(len(ix.byStart), func(k int) bool { return ix.byStart[k].Start >= start })
	if lo > 0 && ix.maxEnd[lo-1] > start {
		return true
	}
	for _, m := range ix.byStart[lo:] {
		if m.Start >= end {
			break
		}
		if start < m.End && within(m) {
			return true
		}
	}
	return false
}

// latestBefore returns, of an actor's mentions that end at or before
// byte offset at, the one that starts last.
func (ix *mentionIndex) latestBefore(key string, at int) (mentionAt, bool) {
	km := ix.mentionsOf(key)
	if km == nil {
		return mentionAt{}, false
	}
	j := sort.SearchInts(km.ends, at+1) // the mentions ends[:j] end at or before at
	if j == 0 {
		return mentionAt{}, false
	}
	return km.latest[j-1], true
}

// describedActors finds the actors a definite description may refer to
// in one article. The actors that fit a description are those the article
// mentions that carry its head as a label (and one of its modifiers, if
// it has any); a story may hold thousands of them, and the description
// resolves to the one mentioned last, so they are gathered once per head
// and modifier into one list of their mentions in order of end, not
// compared one by one at each description.
type describedActors struct {
	ix       *mentionIndex
	profiles map[string]*actorProfile
	count    map[string]int
	byLabel  map[string][]string // label -> actors mentioned in the article that carry it
	byMod    map[string][]string // modifier -> the same, for modifiers
	groups   map[holderKey]*holderGroup
	heads    map[string][]string // modifier -> the actors carrying it who head a state or government (soleHead)
}

// holderKey names a group of actors: those that carry a label ("" for
// any) and a modifier ("" for any), persons only or of any kind.
type holderKey struct {
	label, mod string
	persons    bool
}

// holderGroup is what resolving a description needs to know of a group of
// actors.
type holderGroup struct {
	top       []string // up to two persons, the most mentioned first (ties by key)
	firstEnds []int    // the other actors' first mentions' ends, in order
	firstKeys []string
	ends      []int // the ends of all their mentions, in order
	latest    []keyedAt
}

// keyedAt is a mention's start and place, and its actor.
type keyedAt struct {
	mentionAt
	key string
}

// newDescribedActors indexes the profiles of the actors count lists.
func newDescribedActors(ix *mentionIndex, profiles map[string]*actorProfile, count map[string]int) *describedActors {
	d := &describedActors{ix: ix, profiles: profiles, count: count, byLabel: map[string][]string{}, byMod: map[string][]string{}, groups: map[holderKey]*holderGroup{}}
	for key, p := range profiles {
		if count[key] == 0 {
			continue
		}
		for l := range p.labels {
			d.byLabel[l] = append(d.byLabel[l], key)
		}
		for m := range p.mods {
			d.byMod[m] = append(d.byMod[m], key)
		}
	}
	return d
}

// labelled reports whether an actor the article mentions carries label.
func (d *describedActors) labelled(label string) bool { return len(d.byLabel[label]) > 0 }

// group returns the group k names, built on first use.
func (d *describedActors) group(k holderKey) *holderGroup {
	if g := d.groups[k]; g != nil {
		return g
	}
	keys := d.byLabel[k.label]
	if k.label == "" || k.mod != "" && len(d.byMod[k.mod]) < len(keys) {
		keys = d.byMod[k.mod]
	}
	g := &holderGroup{}
	var persons []string
	type firstMention struct {
		end int
		key string
	}
	var firsts []firstMention
	var all []struct {
		end int
		at  keyedAt
	}
	for _, key := range keys {
		p := d.profiles[key]
		if k.label != "" && !p.labels[k.label] || k.mod != "" && !p.mods[k.mod] || k.persons && p.kind != "person" {
			continue
		}
		km := d.ix.mentionsOf(key)
		if p.kind == "person" {
			persons = append(persons, key)
		} else if km != nil {
			firsts = append(firsts, firstMention{km.ends[0], key})
		}
		if km == nil {
			continue
		}
		for j, e := range km.ends {
			all = append(all, struct {
				end int
				at  keyedAt
			}{e, keyedAt{km.at[j], key}})
		}
	}
	slices.SortFunc(persons, d.byCount)
	g.top = persons[:min(2, len(persons))]
	slices.SortFunc(firsts, func(x, y firstMention) int { return cmp.Or(cmp.Compare(x.end, y.end), strings.Compare(x.key, y.key)) })
	for _, f := range firsts {
		g.firstEnds = append(g.firstEnds, f.end)
		g.firstKeys = append(g.firstKeys, f.key)
	}
	slices.SortFunc(all, func(x, y struct {
		end int
		at  keyedAt
	}) int {
		return cmp.Compare(x.end, y.end)
	})
	g.ends = make([]int, len(all))
	g.latest = make([]keyedAt, len(all))
	for j, a := range all {
		g.ends[j], g.latest[j] = a.end, a.at
		if j > 0 && !later(a.at.mentionAt, g.latest[j-1].mentionAt) {
			g.latest[j] = g.latest[j-1]
		}
	}
	d.groups[k] = g
	return g
}

// byCount orders persons by how often the article mentions them, most
// first, ties by key.
func (d *describedActors) byCount(x, y string) int {
	return cmp.Or(cmp.Compare(d.count[y], d.count[x]), strings.Compare(x, y))
}

// fits returns the actors of the groups' union that fit a description at
// byte offset at, the persons and the other actors the article mentions
// before it, or, when more than one fits, two of them that resolve it as
// all of them would: the one mentioned last before at and another, or
// with none mentioned before, the two mentioned most.
func (d *describedActors) fits(groups []*holderGroup, at int) []string {
	var some []string
	for _, g := range groups {
		for _, key := range g.top {
			if !slices.Contains(some, key) {
				some = append(some, key)
			}
		}
		n := sort.SearchInts(g.firstEnds, at+1) // mentioned before at
		for _, key := range g.firstKeys[:min(2, n)] {
			if !slices.Contains(some, key) {
				some = append(some, key)
			}
		}
	}
	if len(some) < 2 {
		return some
	}
	best, found := keyedAt{}, false
	for _, g := range groups {
		if j := sort.SearchInts(g.ends, at+1); j > 0 && (!found || later(g.latest[j-1].mentionAt, best.mentionAt)) {
			best, found = g.latest[j-1], true
		}
	}
	if found {
		for _, key := range some {
			if key != best.key {
				return []string{best.key, key}
			}
		}
	}
	// No one that fits is mentioned before at: they are all persons, and
	// each group's two most mentioned hold the union's two.
	var top []string
	for _, g := range groups {
		for _, key := range g.top {
			if !slices.Contains(top, key) {
				top = append(top, key)
			}
		}
	}
	slices.SortFunc(top, d.byCount)
	return top[:2]
}

// mostRecent picks, of the persons that fit a description at byte offset
// at, the one mentioned last before it, else the one mentioned most; ""
// when none or a tie.
func (ix *mentionIndex) mostRecent(fits []string, count map[string]int, at int) string {
	if len(fits) == 0 {
		return ""
	}
	if len(fits) == 1 {
		return fits[0]
	}
	best, bestAt := "", mentionAt{}
	for _, key := range fits {
		if m, ok := ix.latestBefore(key, at); ok && (best == "" || later(m, bestAt)) {
			best, bestAt = key, m
		}
	}
	if best != "" {
		return best
	}
	slices.SortFunc(fits, func(x, y string) int { return cmp.Or(cmp.Compare(count[y], count[x]), strings.Compare(x, y)) })
	if count[fits[0]] == count[fits[1]] {
		return ""
	}
	return fits[0]
}

// disjointSpans are byte spans that do not overlap, kept in order so that
// a new span is checked against its neighbours only.
type disjointSpans struct {
	starts, ends []int
	empty        [][2]int // spans that end where or before they start: none from a phrase, kept apart all the same
}

// overlaps reports whether [start, end) overlaps a span held.
func (d *disjointSpans) overlaps(start, end int) bool {
	crosses := func(s, e int) bool { return s < end && start < e }
	for _, sp := range d.empty {
		if crosses(sp[0], sp[1]) {
			return true
		}
	}
	if start >= end {
		for k := range d.starts {
			if crosses(d.starts[k], d.ends[k]) {
				return true
			}
		}
		return false
	}
	// Of the spans that start before end, the last ends last.
	k := sort.SearchInts(d.starts, end)
	return k > 0 && d.ends[k-1] > start
}

// add holds [start, end), which overlaps no span held.
func (d *disjointSpans) add(start, end int) {
	if start >= end {
		d.empty = append(d.empty, [2]int{start, end})
		return
	}
	k := sort.SearchInts(d.starts, start)
	d.starts = slices.Insert(d.starts, k, start)
	d.ends = slices.Insert(d.ends, k, end)
}

// soleHead returns the one person carrying one of the modifiers mods that
// the article mentions before byte offset at and who heads a state or
// government, or false when none or several do.
func (d *describedActors) soleHead(mods []string, at int) (string, bool) {
	found := ""
	for _, m := range mods {
		heads, ok := d.heads[m]
		if !ok {
			// The heads of a modifier, gathered once: an article may
			// name thousands of its people and describe its leader as
			// often.
			for _, key := range d.byMod[m] {
				if headsGovernment(d.profiles[key]) {
					heads = append(heads, key)
				}
			}
			if d.heads == nil {
				d.heads = map[string][]string{}
			}
			d.heads[m] = heads
		}
		for _, key := range heads {
			if key == found {
				continue
			}
			if _, ok := d.ix.latestBefore(key, at); !ok {
				continue
			}
			if found != "" {
				return "", false
			}
			found = key
		}
	}
	return found, found != ""
}
