package polneareval

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
)

// A breakdown sorts gold attributions into categories along a few axes, so
// that a developer sees which kinds of attribution the finder misses and
// whose speakers it gets wrong: a missed "said" is a span or speaker
// problem, a missed "hopes" a lexicon one, a missed "in a statement" a
// noun cue.
type breakdown map[string]map[string]int

func (b breakdown) add(axis, category string) {
	m, ok := b[axis]
	if !ok {
		m = map[string]int{}
		b[axis] = m
	}
	m[category]++
}

// cueAuxiliaries come before the word that carries a cue ("has said", "is
// expected", "did not deny"); the cue's head is the first word after them.
var cueAuxiliaries = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true, "am": true,
	"has": true, "have": true, "had": true, "having": true, "to": true, "will": true, "would": true, "could": true,
	"can": true, "may": true, "might": true, "should": true, "must": true, "did": true, "does": true, "do": true,
	"not": true, "n't": true, "also": true, "never": true, "the": true, "a": true, "an": true, "it": true,
	"now": true, "still": true, "just": true, "even": true, "often": true, "first": true, "more": true, "all": true,
	"s": true, "'s": true, "ve": true, "ll": true, "don": true, "long": true, "that": true, "then": true, "later": true,
	"he": true, "she": true, "they": true, "we": true, "i": true, "you": true, "who": true, "which": true,
}

// cueHead returns the lower-case word that carries a gold cue.
func cueHead(cue string) string {
	for _, w := range strings.FieldsFunc(strings.ToLower(cue), func(r rune) bool {
		return !(unicode.IsLetter(r) || r == '-' || r == '\'')
	}) {
		if w = strings.Trim(w, "'"); w != "" && !cueAuxiliaries[w] && !(strings.HasSuffix(w, "ly") && len(w) > 4) {
			return w
		}
	}
	return ""
}

// cueKind sorts a gold cue: none, punctuation only, "according to", a word
// the finder reads as a cue, or one it does not.
func cueKind(cue string) string {
	cue = strings.TrimSpace(cue)
	head := cueHead(cue)
	switch {
	case cue == "":
		return "no cue"
	case head == "":
		return "punctuation (: ― -)"
	case head == "according":
		return "according to"
	case corpus.IsCueWord(head):
		return "cue word the finder knows"
	case strings.Contains(strings.ToLower(cue), "reportedly") || strings.Contains(strings.ToLower(cue), "allegedly"):
		return "adverb (reportedly)"
	default:
		return "cue word the finder lacks"
	}
}

// sourceKind sorts a gold source: none, a pronoun, a phrase with a
// capitalised word (a name), or a common noun phrase ("the campaign").
func sourceKind(a Attribution) string {
	src := strings.TrimSpace(a.SourceText)
	switch {
	case src == "":
		return "no source"
	case pronouns[strings.ToLower(src)]:
		return "pronoun"
	}
	for i, w := range nameWords(src) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) && !(i == 0 && notNames[strings.ToLower(w)]) {
			return "named"
		}
	}
	return "common noun"
}

// cueSide says where the cue stands: before the content, after it, or
// inside it (a content the cue interrupts).
func cueSide(a Attribution) string {
	if len(a.CueSpans) == 0 || len(a.ContentSpans) == 0 {
		return "no cue"
	}
	cs, ce := a.ContentSpans[0][0], a.ContentSpans[len(a.ContentSpans)-1][1]
	switch c := a.CueSpans[0][0]; {
	case c < cs:
		return "cue before content"
	case c >= ce:
		return "cue after content"
	default:
		return "cue inside content"
	}
}

// coverage sorts a miss by how much of it the tool covered.
func coverage(pct int) string {
	if pct == 0 {
		return "untouched"
	}
	return "partly covered (1-49%)"
}

// WriteBreakdown writes, for each axis, how many gold attributions of each
// category there are, how many were missed, and how many were found with
// the wrong speaker; then the n cue words the finder lacks that are most
// often missed.
func (r *Result) WriteBreakdown(w io.Writer, n int) {
	for _, axis := range []string{"kind", "cue", "cue side", "source", "coverage of misses"} {
		fmt.Fprintf(w, "\n| %s | gold | missed | found, speaker wrong |\n|---|---|---|---|\n", axis)
		gold := r.Breakdown[axis]
		for _, cat := range slices.Sorted(maps.Keys(gold)) {
			fmt.Fprintf(w, "| %s | %d | %d | %d |\n", cat, gold[cat], r.MissBreakdown[axis][cat], r.WrongBreakdown[axis][cat])
		}
	}
	type headCount struct {
		head   string
		missed int
	}
	var heads []headCount
	for h, m := range r.LackedCues {
		heads = append(heads, headCount{h, m})
	}
	slices.SortFunc(heads, func(a, b headCount) int {
		if a.missed != b.missed {
			return b.missed - a.missed
		}
		return strings.Compare(a.head, b.head)
	})
	fmt.Fprintf(w, "\n| missed cue word the finder lacks | missed |\n|---|---|\n")
	for _, h := range heads[:min(n, len(heads))] {
		fmt.Fprintf(w, "| %s | %d |\n", h.head, h.missed)
	}
}

// categorize adds gold attribution g to the breakdowns: to gold always,
// and to missed (with the share covered) or to wrong-speaker.
func (r *Result) categorize(g Attribution, missed bool, coveredPct int, wrongSpeaker bool) {
	kind := "indirect"
	if g.Direct {
		kind = "direct"
	}
	cats := map[string]string{"kind": kind, "cue": cueKind(g.CueText), "cue side": cueSide(g), "source": sourceKind(g)}
	for axis, cat := range cats {
		r.Breakdown.add(axis, cat)
		if missed {
			r.MissBreakdown.add(axis, cat)
		}
		if wrongSpeaker {
			r.WrongBreakdown.add(axis, cat)
		}
	}
	if missed {
		r.Breakdown.add("coverage of misses", coverage(coveredPct))
		r.MissBreakdown.add("coverage of misses", coverage(coveredPct))
		if cats["cue"] == "cue word the finder lacks" {
			r.LackedCues[cueHead(g.CueText)]++
		}
	}
}
