package polneareval

import (
	"cmp"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"unicode/utf8"
)

// SpeakerError is a found gold attribution whose speaker the tool got
// wrong, with what a developer needs to tell why: both speakers in their
// context, and a first guess at the cause.
type SpeakerError struct {
	Case
	// Cause is the guessed cause (see speakerCause).
	Cause string
	// GoldContext and ToolContext show the gold source and the tool's
	// speaker span in the text around them, each marked with [[ ]];
	// ToolContext is empty when the tool has no speaker span or its span
	// lies inside GoldContext's window.
	GoldContext, ToolContext string
	// SpeakerText is the text at the tool's speaker span ("he" for a
	// pronoun the tool resolved to a name).
	SpeakerText string
}

// The speaker-error causes, in the order the listing writes them.
const (
	causeNoSource     = "gold has no source, tool names one"
	causeNoSpeaker    = "tool has no speaker"
	causeGoldPronoun  = "gold source a pronoun, tool names another"
	causeToolPronoun  = "tool speaker a pronoun left unresolved"
	causeResolved     = "tool resolved a pronoun to someone else"
	causeSharedWord   = "a word in common (span, title or role noun)"
	causeEarlier      = "tool speaker named in an earlier sentence"
	causeOtherSpeaker = "tool names another phrase nearby"
)

var causeOrder = []string{causeNoSource, causeNoSpeaker, causeGoldPronoun, causeToolPronoun, causeResolved, causeSharedWord, causeEarlier, causeOtherSpeaker}

// speakerCause guesses why a found attribution's speaker is wrong, from the
// gold source, the tool's speaker and where each stands. It is a first
// sort for reading, not a verdict.
func speakerCause(file string, g Attribution, t toolQuote) string {
	switch {
	case len(g.SourceSpans) == 0:
		return causeNoSource
	case t.q.Speaker == "":
		return causeNoSpeaker
	case pronouns[strings.ToLower(strings.TrimSpace(g.SourceText))]:
		return causeGoldPronoun
	}
	said := ""
	if t.speaker.len() > 0 && t.speaker.end <= len(file) {
		said = strings.ToLower(strings.TrimSpace(file[t.speaker.start:t.speaker.end]))
	}
	switch {
	case pronouns[strings.ToLower(t.q.Speaker)] || possessives[strings.ToLower(t.q.Speaker)]:
		return causeToolPronoun
	case pronouns[said] && !strings.EqualFold(said, t.q.Speaker):
		return causeResolved
	case sharesWord(g.SourceText, t.q.Speaker):
		return causeSharedWord
	}
	if t.speaker.len() > 0 && t.speaker.end <= g.SourceSpans[0][0] && strings.ContainsAny(file[t.speaker.end:g.SourceSpans[0][0]], ".!?") {
		return causeEarlier
	}
	return causeOtherSpeaker
}

// possessives are the possessive pronouns a tool speaker may wrongly be.
var possessives = map[string]bool{"his": true, "her": true, "their": true, "its": true, "my": true, "our": true}

// sharesWord reports whether two speaker strings share a word that is no
// function word, in any case: "the fact-checker" and "the Washington Post
// fact checker" do not, "the spokesman" and "a White House spokesman" do.
func sharesWord(a, b string) bool {
	aw := nameWords(strings.ReplaceAll(a, "-", " "))
	for _, w := range nameWords(strings.ReplaceAll(b, "-", " ")) {
		if notNames[strings.ToLower(w)] || len(w) < 3 {
			continue
		}
		if slices.ContainsFunc(aw, func(x string) bool { return strings.EqualFold(x, w) }) {
			return true
		}
	}
	return false
}

// marked returns the text around span s of file, about width bytes either
// side, with s in [[ ]], on one line.
func marked(file string, s fileSpan, width int) string {
	if s.len() == 0 || s.end > len(file) {
		return ""
	}
	lo, hi := runeStart(file, max(0, s.start-width)), runeStart(file, min(len(file), s.end+width))
	out := file[lo:s.start] + "[[" + file[s.start:s.end] + "]]" + file[s.end:hi]
	return strings.Join(strings.Fields(out), " ")
}

// runeStart moves i back to the start of the rune it falls in.
func runeStart(s string, i int) int {
	for i > 0 && i < len(s) && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}

// speakerError builds the listing entry for a found gold attribution g
// whose best tool attribution t has the wrong speaker.
func speakerError(file string, cs Case, g Attribution, t toolQuote) SpeakerError {
	const width = 160
	e := SpeakerError{Case: cs, Cause: speakerCause(file, g, t)}
	var src fileSpan
	switch {
	case len(g.SourceSpans) > 0:
		src = fileSpan{g.SourceSpans[0][0], g.SourceSpans[len(g.SourceSpans)-1][1]}
	case len(g.CueSpans) > 0:
		src = fileSpan{g.CueSpans[0][0], g.CueSpans[0][1]}
	case len(g.ContentSpans) > 0:
		src = fileSpan{g.ContentSpans[0][0], g.ContentSpans[0][0] + 1}
	}
	e.GoldContext = marked(file, src, width)
	if t.speaker.len() > 0 && t.speaker.end <= len(file) {
		e.SpeakerText = strings.Join(strings.Fields(file[t.speaker.start:t.speaker.end]), " ")
		if t.speaker.end < src.start-width || t.speaker.start > src.end+width {
			e.ToolContext = marked(file, t.speaker, width/2)
		}
	}
	return e
}

// WriteSpeakerErrors writes how many found attributions have the wrong
// speaker for each guessed cause, then up to n of each, taken evenly
// through the split, with the gold source and the tool's speaker marked
// in their context.
func (r *Result) WriteSpeakerErrors(w io.Writer, n int) {
	by := map[string][]SpeakerError{}
	for _, e := range r.SpeakerErrors {
		by[e.Cause] = append(by[e.Cause], e)
	}
	causes := slices.Collect(maps.Keys(by))
	slices.SortFunc(causes, func(a, b string) int {
		return cmp.Compare(slices.Index(causeOrder, a), slices.Index(causeOrder, b))
	})
	fmt.Fprintf(w, "\n| wrong speaker, guessed cause | found |\n|---|---|\n")
	for _, c := range causes {
		fmt.Fprintf(w, "| %s | %d |\n", c, len(by[c]))
	}
	if len(r.PronounCases) > 0 {
		by["he or she read as another than the previous named gold source"] = r.PronounCases
		causes = append(causes, "he or she read as another than the previous named gold source")
	}
	for _, c := range causes {
		es := by[c]
		fmt.Fprintf(w, "\n## wrong speaker: %s (%d of %d)\n\n", c, min(n, len(es)), len(es))
		for k := range min(n, len(es)) {
			e := es[k*len(es)/min(n, len(es))]
			fmt.Fprintf(w, "- %s: %q\n  gold source %q; tool speaker %q (at %q), verb %q\n  gold: %s\n", e.File, e.Excerpt,
				e.GoldSource, e.Speaker, e.SpeakerText, e.Verb, e.GoldContext)
			if strings.HasPrefix(e.Cause, "pronoun read") {
				fmt.Fprintf(w, "  why: %s\n", e.Cause)
			}
			if e.ToolContext != "" {
				fmt.Fprintf(w, "  tool: %s\n", e.ToolContext)
			}
		}
	}
}

// checkPronoun counts, for found gold attribution i of gold, whether a "he"
// or "she" source the tool read as a name names the previous named gold
// source, and keeps the case when it does not.
func (r *Result) checkPronoun(c *Counts, file string, cs Case, gold []Attribution, i int, t toolQuote) {
	g := gold[i]
	if src := strings.ToLower(strings.TrimSpace(g.SourceText)); src != "he" && src != "she" || len(g.SourceSpans) == 0 {
		return
	}
	if pronouns[strings.ToLower(t.q.Speaker)] {
		return
	}
	named := previousNamedSource(gold, i)
	if named == "" {
		return
	}
	c.PersonPronouns++
	if sameName(named, t.q.Speaker) {
		c.PronounAgrees++
		return
	}
	e := speakerError(file, cs, g, t)
	e.Cause = "pronoun read as another than the previous named source (" + named + ")"
	r.PronounCases = append(r.PronounCases, e)
}

// relativeWords are the relative pronouns PolNeAR marks as sources.
var relativeWords = map[string]bool{"who": true, "which": true, "that": true, "whom": true, "whose": true}

// relativeSource reports whether a gold attribution's source is a relative
// pronoun ("..., who said", "the group, which argued").
func relativeSource(g Attribution) bool {
	return len(g.SourceSpans) > 0 && relativeWords[strings.ToLower(strings.TrimSpace(g.SourceText))]
}

// antecedentSpeaks reports whether the tool's speaker is the phrase that
// the gold relative-pronoun source stands for: its span ends at most a
// comma and a space before the pronoun, or its last word is among the
// few words right before it ("Ann Roe, a senator from Ohio who said").
func antecedentSpeaks(file string, g Attribution, t toolQuote) bool {
	at := g.SourceSpans[0][0]
	if t.speaker.len() > 0 && t.speaker.end <= at && at-t.speaker.end <= 3 {
		return true
	}
	words := nameWords(t.q.Speaker)
	if len(words) == 0 {
		return false
	}
	before := nameWords(file[max(0, at-80):at])
	if len(before) > 8 {
		before = before[len(before)-8:]
	}
	return slices.ContainsFunc(before, func(w string) bool { return strings.EqualFold(w, words[len(words)-1]) })
}
