package polneareval

import (
	"cmp"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/text"
)

// attributionKinds are the tool's quotation kinds that count as attributions.
var attributionKinds = []corpus.QuoteKind{corpus.QuoteDirect, corpus.QuotePartial, corpus.QuoteIndirect}

// WriteTable writes the scores with their raw counts.
func (r *Result) WriteTable(w io.Writer) {
	c := r.Total
	fmt.Fprintf(w, "PolNeAR %s: %d documents, %d gold attributions (%d direct), %d tool attributions\n\n",
		r.Split, c.Docs, c.Gold, c.GoldDirect, c.Tool)
	fmt.Fprintln(w, "| measure | score | count |")
	fmt.Fprintln(w, "|---|---|---|")
	row := func(name string, a, b int) {
		fmt.Fprintf(w, "| %s | %.1f%% | %d/%d |\n", name, 100*ratio(a, b), a, b)
	}
	row("recall (content covered >= 50%)", c.Found, c.Gold)
	row("recall, direct gold", c.FoundDirect, c.GoldDirect)
	row("recall, indirect gold", c.Found-c.FoundDirect, c.Gold-c.GoldDirect)
	for _, k := range attributionKinds {
		row("found by a tool "+string(k)+" quotation", c.FoundByKind[k], c.Gold)
	}
	row("precision (>= 50% inside one gold content)", c.ToolRight, c.Tool)
	for _, k := range attributionKinds {
		row("precision, "+string(k), c.RightByKind[k], c.ToolByKind[k])
	}
	row("precision, tool attributions without a speaker", c.RightNoSpeaker, c.ToolNoSpeaker)
	row("speaker right, of all gold", c.SpeakerRight, c.Gold)
	row("speaker right, of found", c.SpeakerRight, c.Found)
	row("speaker right, gold pronouns read as the previous named source", c.SpeakerResolved, c.Gold)
	row("wrong speaker: gold has no source, tool names one", c.WrongNoSource, c.Found)
	row("wrong speaker: tool has no speaker", c.WrongNoSpeaker, c.Found)
	row("wrong speaker: gold source a pronoun", c.WrongPronoun, c.Found)
	row("he/she the tool names as the previous named gold source", c.PronounAgrees, c.PersonPronouns)
	row("wrong speaker: gold source a relative pronoun", c.WrongRelative, c.Found)
	row("speaker right, also counting relative pronouns read as what they stand for", c.SpeakerRight+c.RelativeResolved, c.Gold)
	row("tool scare quotes that were speech", c.ScareSpeech, c.Scare)
	fmt.Fprintln(w, "\n| outlet | documents | recall | precision | speaker right |")
	fmt.Fprintln(w, "|---|---|---|---|---|")
	for _, o := range slices.Sorted(maps.Keys(r.ByOutlet)) {
		oc := r.ByOutlet[o]
		fmt.Fprintf(w, "| %s | %d | %.1f%% (%d/%d) | %.1f%% (%d/%d) | %.1f%% (%d/%d) |\n", strings.ReplaceAll(excerpt(o), "|", `\|`), oc.Docs,
			100*oc.Recall(), oc.Found, oc.Gold, 100*oc.Precision(), oc.ToolRight, oc.Tool, 100*oc.SpeakerRecall(), oc.SpeakerRight, oc.Gold)
	}
	for _, p := range r.Problems {
		fmt.Fprintln(w, "\nproblem: "+p)
	}
}

// WriteCases writes up to n misses, n false positives and n wrong speakers,
// taken evenly through the split so that they span its outlets.
func (r *Result) WriteCases(w io.Writer, n int) {
	section := func(title string, cases []Case) {
		fmt.Fprintf(w, "\n## %s (%d of %d)\n\n", title, min(n, len(cases)), len(cases))
		for _, cs := range sample(cases, n) {
			fmt.Fprintf(w, "- %s: %q (%d%% covered)\n", cs.File, cs.Excerpt, cs.Covered)
			if cs.GoldSource != "" || cs.GoldCue != "" {
				fmt.Fprintf(w, "  gold: source %q, cue %q\n", excerpt(cs.GoldSource), excerpt(cs.GoldCue))
			}
			if cs.Kind != "" {
				fmt.Fprintf(w, "  tool: %s, speaker %q, verb %q\n", cs.Kind, excerpt(cs.Speaker), excerpt(cs.Verb))
			}
			if cs.Context != "" {
				fmt.Fprintf(w, "  context: %s (gold %s)\n", cs.Context, cs.GoldID)
			}
		}
	}
	section("missed gold attributions", r.Misses)
	section("false positives", r.FalsePositives)
	section("found with the wrong speaker", r.WrongSpeakers)
}

// WritePartial writes up to n of the partly covered misses (1-49% of the
// gold content covered), taken evenly through the split: the whole gold
// content, each overlapping tool content with the bytes it shares, and the
// gold's context, so that a span rule's cut (too short, too long, split in
// two) shows without opening the file.
func (r *Result) WritePartial(w io.Writer, n int) {
	var partial []Case
	for _, cs := range r.Misses {
		if cs.Covered > 0 {
			partial = append(partial, cs)
		}
	}
	fmt.Fprintf(w, "\n## partly covered misses (%d of %d)\n\n", min(n, len(partial)), len(partial))
	line := func(s string) string { return strings.Join(strings.Fields(text.SanitizeLine(s)), " ") }
	for _, cs := range sample(partial, n) {
		fmt.Fprintf(w, "- %s %s (%d%% covered), source %q, cue %q\n", cs.File, cs.GoldID, cs.Covered, excerpt(cs.GoldSource), excerpt(cs.GoldCue))
		fmt.Fprintf(w, "  context: %s\n", cs.Context)
		fmt.Fprintf(w, "  gold content: %s\n", line(cs.Content))
		for _, t := range cs.ToolSpans {
			fmt.Fprintf(w, "  tool %s %q: %d of its %d bytes shared: %s\n", t.Kind, excerpt(t.Verb), t.Overlap, t.Len, line(t.Text))
		}
	}
}

// WriteScare writes up to n of the tool scare quotes that lie inside a gold
// content, taken evenly through the split: the quoted words, the gold
// attribution's source, cue and context, and whether the gold attribution
// was missed, so that a quotation the finder keeps voiceless although it
// was someone's words can be sorted by sentence shape.
func (r *Result) WriteScare(w io.Writer, n int) {
	missed := 0
	for _, cs := range r.ScareSpeech {
		if cs.Covered == 0 {
			missed++
		}
	}
	fmt.Fprintf(w, "\n## scare quotes inside gold speech (%d of %d; gold missed for %d)\n\n", min(n, len(r.ScareSpeech)), len(r.ScareSpeech), missed)
	line := func(s string) string { return strings.Join(strings.Fields(text.SanitizeLine(s)), " ") }
	for _, cs := range sample(r.ScareSpeech, n) {
		state := "gold found"
		if cs.Covered == 0 {
			state = "gold missed"
		}
		share := 0
		if len(cs.ToolSpans) > 0 {
			share = 100 * cs.ToolSpans[0].Overlap / max(1, cs.ToolSpans[0].Len)
		}
		fmt.Fprintf(w, "- %s %s: %q (%s, %s; the quote is %d%% of the gold content), source %q, cue %q\n", cs.File, cs.GoldID, cs.Excerpt, state, cs.CueSide, share, excerpt(cs.GoldSource), excerpt(cs.GoldCue))
		fmt.Fprintf(w, "  context: %s\n", line(cs.Context))
	}
}

// KeepMissesBySide keeps only the misses whose gold cue stands where side
// says ("before", "after", "inside": contained in the breakdown's "cue
// after content"), so that --errors lists the misses of one sentence shape.
func (r *Result) KeepMissesBySide(side string) {
	r.Misses = slices.DeleteFunc(r.Misses, func(cs Case) bool { return !strings.Contains(cs.CueSide, side) })
}

// KeepMisses keeps only the misses whose gold cue kind (as the breakdown
// names it: "cue word the finder knows", "according to", ...) contains
// kind, so that --errors lists the misses of one cause family.
func (r *Result) KeepMisses(kind string) {
	r.Misses = slices.DeleteFunc(r.Misses, func(cs Case) bool { return !strings.Contains(cs.CueKind, kind) })
}

func sample(cases []Case, n int) []Case {
	if n >= len(cases) {
		return cases
	}
	out := make([]Case, 0, n)
	for k := range n {
		out = append(out, cases[k*len(cases)/n])
	}
	return out
}

// WriteCues writes the n cues (lower-cased) most often missed, with how
// many gold attributions have them: the list to read when deciding which
// cues the finder should learn.
func (r *Result) WriteCues(w io.Writer, n int) {
	type cueCount struct {
		cue          string
		missed, gold int
	}
	var cues []cueCount
	for cue, m := range r.MissedCues {
		cues = append(cues, cueCount{cue, m, r.GoldCues[cue]})
	}
	slices.SortFunc(cues, func(a, b cueCount) int {
		return cmp.Or(b.missed-a.missed, cmp.Compare(a.cue, b.cue))
	})
	fmt.Fprintf(w, "\n| cue of missed gold | missed | gold |\n|---|---|---|\n")
	for _, c := range cues[:min(n, len(cues))] {
		fmt.Fprintf(w, "| %s | %d | %d |\n", strings.ReplaceAll(excerpt(c.cue), "|", `\|`), c.missed, c.gold)
	}
}
