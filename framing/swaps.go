package framing

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/framediff/framediff/gazetteer"
	"github.com/framediff/framediff/text"
)

// KindSwap is a word or phrase two outlets exchange in the same sentence:
// "Hamas militants fired" against "Hamas terrorists fired", "the
// explosion" against "the airstrike". The sentence around it is the same,
// so the swap is the outlets' choice of words, for actors and events alike.
const KindSwap Kind = "word swap"

// baseSwap ranks a word swap with the naming differences it evidences.
const baseSwap = 0.4

// swapSentence is a sentence in an outlet's own words, as the swap search
// reads it.
type swapSentence struct {
	ai, si int
	words  []string // lower-case word forms, in order
	stems  []string // their stems
	forms  []string // as written
}

// wordSwaps finds the words outlets exchange in sentences that are
// otherwise the same (at least four shared content stems, 70% of the words
// matching, and two matching words on either side of the swap).
func (c *Comparison) wordSwaps() []Difference {
	if len(c.Outlets) < 2 {
		return nil
	}
	facts := c.storySentences()
	var sents []swapSentence
	postings := map[string][]int{}
	var toks []text.Token
	// The sets of one sentence at a time, emptied for the next: every
	// sentence of the story is read.
	seen := map[string]bool{}
	shared := map[int]int{}
	for _, sf := range facts {
		if !sf.voice.OutletsWords() {
			continue
		}
		a := c.Articles[sf.ai].Article
		az := c.analyzer(a.Language)
		ss := swapSentence{ai: sf.ai, si: sf.si}
		toks = az.Tokens(toks[:0], a.Slice(a.Sentences[sf.si]))
		n := 0
		for _, t := range toks {
			if t.IsWord() {
				n++
			}
		}
		if n < 6 || n > 80 {
			continue
		}
		// The three lists share one array, made at their size: grown
		// word by word they took three times the room.
		lists := make([]string, 3*n)
		ss.words, ss.stems, ss.forms = lists[:0:n], lists[n:n:2*n], lists[2*n:2*n:3*n]
		for _, t := range toks {
			if t.IsWord() {
				ss.words, ss.stems, ss.forms = append(ss.words, t.Lower), append(ss.stems, t.Stem), append(ss.forms, t.Form)
			}
		}
		k := len(sents)
		sents = append(sents, ss)
		clear(seen)
		for i, st := range ss.stems {
			if !stopwords[ss.words[i]] && !seen[st] {
				seen[st] = true
				postings[st] = append(postings[st], k)
			}
		}
	}
	type swapKey struct{ a, b string } // outlet:words, ordered by outlet
	type swapUse struct {
		outletA, outletB string
		wordsA, wordsB   string
		ev               []Evidence
	}
	uses := map[swapKey]*swapUse{}
	var order []swapKey
	for k, s := range sents {
		clear(shared)
		clear(seen)
		for i, st := range s.stems {
			if stopwords[s.words[i]] || seen[st] {
				continue
			}
			seen[st] = true
			if len(postings[st]) > 50 {
				continue // a stem in every sentence aligns nothing
			}
			for _, other := range postings[st] {
				if other > k && c.Articles[sents[other].ai].Outlet != c.Articles[s.ai].Outlet {
					shared[other]++
				}
			}
		}
		others := make([]int, 0, len(shared))
		for other, n := range shared {
			if n >= 4 {
				others = append(others, other)
			}
		}
		slices.Sort(others) // in text order, so the list is the same on every run
		for _, other := range others {
			t := sents[other]
			for _, h := range swapHunks(s, t) {
				oa, ob := c.Articles[s.ai].Outlet, c.Articles[t.ai].Outlet
				wa, wb := strings.Join(s.forms[h[0]:h[1]], " "), strings.Join(t.forms[h[2]:h[3]], " ")
				if sameActor(strings.TrimPrefix(wa, "the "), strings.TrimPrefix(wb, "the ")) || c.isOutletName(wa) || c.isOutletName(wb) {
					continue // "E.U." and "the European Union": one name spelled two ways; "told The Tribune": the outlet itself
				}
				if sameLetters(wa, wb) || h[0] > 0 && h[2] > 0 && allNames(s.forms[h[0]:h[1]]) && allNames(t.forms[h[2]:h[3]]) {
					continue // "hardliners" and "hard liners": one word spelled two ways; "Democrats" and "Nancy Pelosi": two referents, no wording
				}
				if allNames(s.forms[h[0]:h[1]]) && movedWords(s.words[h[0]:h[1]], t) || allNames(t.forms[h[2]:h[3]]) && movedWords(t.words[h[2]:h[3]], s) {
					continue // "Jane Roe, the deputy secretary" and "Deputy Secretary Jane Roe": a name moved, no word swapped
				}
				if plainVariants(lastWord(wa), lastWord(wb)) && sameBeforeHead(wa, wb) {
					continue // "talks" and "negotiations", "the agency's chief" and "the agency's director": a plain synonym frames nothing
				}
				if c.outletIndex(oa) > c.outletIndex(ob) {
					oa, ob, wa, wb = ob, oa, wb, wa
				}
				key := swapKey{oa + ":" + strings.ToLower(wa), ob + ":" + strings.ToLower(wb)}
				u := uses[key]
				if u == nil {
					u = &swapUse{outletA: oa, outletB: ob, wordsA: wa, wordsB: wb}
					uses[key] = u
					order = append(order, key)
				}
				u.ev = append(u.ev, c.sentenceEvidenceAt(s.ai, s.si, Voice{Kind: Own}), c.sentenceEvidenceAt(t.ai, t.si, Voice{Kind: Own}))
			}
		}
	}
	var out []Difference
	for _, key := range order {
		u := uses[key]
		n := len(u.ev) / 2
		out = append(out, Difference{Kind: KindSwap, Key: "swap:" + strings.ToLower(u.wordsA) + "|" + strings.ToLower(u.wordsB),
			Outlets: []string{u.outletA, u.outletB},
			Summary: fmt.Sprintf("In the same sentence, %s says %q where %s says %q (%s).", u.outletA, u.wordsA, u.outletB, u.wordsB,
				plural(n, "sentence pair", "sentence pairs")),
			Salience: baseSwap + 0.2*saturate(float64(n), 2), Evidence: u.ev})
	}
	return out
}

// movedWords reports whether every content word of a hunk stands in the
// other sentence too: a name that moved there ("Jane Roe" before or
// after her title), where a common word found elsewhere in the other
// sentence ("farmers" beside "protesters") may still be swapped.
func movedWords(hunk []string, other swapSentence) bool {
	content := 0
	for _, w := range hunk {
		if stopwords[w] {
			continue
		}
		content++
		if !slices.Contains(other.words, w) {
			return false
		}
	}
	return content > 0
}

// lastWord is the lower-case last word of a swapped phrase, its head:
// "secretary" of "press secretary".
func lastWord(s string) string {
	return strings.ToLower(s[strings.LastIndexByte(s, ' ')+1:])
}

// sameBeforeHead reports whether two swapped phrases have the same words
// before their heads: "a Western diplomat" and "the Iranian ambassador"
// differ in more than a plain synonym; articles do not count.
func sameBeforeHead(a, b string) bool {
	cut := func(s string) string {
		words := strings.Fields(strings.ToLower(s))
		words = words[:len(words)-1]
		return strings.Join(slices.DeleteFunc(words, func(w string) bool { return w == "a" || w == "an" || w == "the" }), " ")
	}
	return cut(a) == cut(b) // "a diplomat" and "an envoy" alike
}

// sameLetters reports whether two phrases differ only in case, spaces
// and hyphens ("hard-liners", "hard liners", "hardliners").
func sameLetters(a, b string) bool {
	squeeze := func(s string) string {
		return strings.Map(func(r rune) rune {
			if r == ' ' || r == '-' || r == '\u2010' || r == '\u2011' {
				return -1
			}
			return unicode.ToLower(r)
		}, s)
	}
	return squeeze(a) == squeeze(b)
}

// allNames reports whether every word of a phrase is capitalised: a name
// (inside a sentence, where a capital says so), which another name in its
// place makes another referent, not another wording of one.
func allNames(forms []string) bool {
	for _, f := range forms {
		if !text.Capitalised(f) {
			return false
		}
	}
	return len(forms) > 0
}

// sameActor reports whether two names are one gazetteer actor.
func sameActor(a, b string) bool {
	g := gazetteer.Default()
	ea, okA := g.Lookup(a)
	eb, okB := g.Lookup(b)
	return okA && okB && ea.Canonical == eb.Canonical
}

// isOutletName reports whether words name one of the compared outlets.
func (c *Comparison) isOutletName(w string) bool {
	w = strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(w, "The "), "the "))
	for _, o := range c.Outlets {
		o = strings.ToLower(strings.TrimPrefix(o, "The "))
		if w != "" && (w == o || strings.Contains(w, o) || len(w) > 6 && strings.Contains(o, w)) {
			return true
		}
	}
	return false
}

// outletIndex is an outlet's place in the comparison's order.
func (c *Comparison) outletIndex(o string) int {
	for i, x := range c.Outlets {
		if x == o {
			return i
		}
	}
	return len(c.Outlets)
}

// swapHunks aligns two sentences word by word (longest common
// subsequence) and returns the exchanges: [a0, a1, b0, b1) word ranges of
// one to three words on each side (lengths within one), with two matching
// words on either side, holding a content word, and not the same word
// inflected, in sentences that match in 70% of their words.
func swapHunks(s, t swapSentence) [][4]int {
	n, m := len(s.words), len(t.words)
	lcs := make([][]int, n+1)
	for i := range lcs {
		lcs[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if s.words[i] == t.words[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	// The matching pairs in order.
	var pairs [][2]int
	for i, j := 0, 0; i < n && j < m; {
		switch {
		case s.words[i] == t.words[j]:
			pairs = append(pairs, [2]int{i, j})
			i++
			j++
		case lcs[i+1][j] >= lcs[i][j+1]:
			i++
		default:
			j++
		}
	}
	if len(pairs)*10 < min(n, m)*7 {
		return nil // too little in common (under 70%) to read the rest as swaps
	}
	var out [][4]int
	for k := 1; k < len(pairs); k++ {
		a0, b0 := pairs[k-1][0]+1, pairs[k-1][1]+1
		a1, b1 := pairs[k][0], pairs[k][1]
		if a1-a0 < 1 || b1-b0 < 1 || a1-a0 > 3 || b1-b0 > 3 || a1-a0-(b1-b0) > 1 || b1-b0-(a1-a0) > 1 {
			continue
		}
		// Two matching words before and after.
		if k < 2 || k+1 >= len(pairs) || pairs[k-2][0] != a0-2 || pairs[k-2][1] != b0-2 || pairs[k+1][0] != a1+1 || pairs[k+1][1] != b1+1 {
			continue
		}
		if !contentSpan(s, a0, a1) || !contentSpan(t, b0, b1) || sameStems(s.stems[a0:a1], t.stems[b0:b1]) {
			continue
		}
		out = append(out, [4]int{a0, a1, b0, b1})
	}
	return out
}

// contentSpan reports whether words [i, j) hold a content word and no
// number.
func contentSpan(s swapSentence, i, j int) bool {
	content := false
	for k := i; k < j; k++ {
		if r := []rune(s.words[k]); len(r) > 0 && unicode.IsDigit(r[0]) {
			return false
		}
		if !stopwords[s.words[k]] {
			content = true
		}
	}
	return content
}

func sameStems(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
