package wcleval

import (
	"cmp"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
)

// goldTypes are NewsWCL50's concept types in the order the tables list them.
var goldTypes = []string{"ACTOR", "ACTOR-I", "COUNTRY", "GROUP", "OBJECT", "EVENT", "ACTION", "MISC"}

// cell escapes a table cell.
func cell(s string) string { return strings.ReplaceAll(excerpt(s), "|", `\|`) }

func pct(a, b int) string { return fmt.Sprintf("%.1f%% (%d/%d)", 100*ratio(a, b), a, b) }

// WriteTable writes the scores with their raw counts: overall, per event,
// per gold type and per outlet.
func (r *Result) WriteTable(w io.Writer) {
	c, l := r.Total, r.Labels
	fmt.Fprintf(w, "NewsWCL50: %d events, %d documents, %d gold mentions, %d tool actor mentions\n\n", r.Events, r.Docs, c.Gold, c.Tool)
	fmt.Fprintln(w, "| measure | score | count |")
	fmt.Fprintln(w, "|---|---|---|")
	row := func(name string, a, b int) {
		fmt.Fprintf(w, "| %s | %.1f%% | %d/%d |\n", name, 100*ratio(a, b), a, b)
	}
	row("mention coverage (overlap >= 50% of the shorter span)", c.Covered, c.Gold)
	row("mention coverage, strict (one tool mention overlaps >= 50% of the gold mention)", c.Strict, c.Gold)
	row("mention coverage by the tool actor matching the chain best", c.ByBest, c.Gold)
	row("mention precision (>= 50% inside one gold mention)", c.Inside, c.Tool)
	row("tool mentions outside the gold, of an actor matching a gold chain", c.OfChainActor, c.Tool-c.Inside)
	row("outlet-specific labels found", l.Found, l.Specific)
	row("outlet-specific labels their outlet uses twice or more, found", l.RepeatedFound, l.Repeated)
	row("chains with an outlet-specific label, one or more found", l.ChainsFound, l.WithLabel)
	row("chains in two or more outlets with an outlet-specific label", l.WithLabel, l.Chains)

	fmt.Fprintln(w, "\n| event | coverage | precision | labels found |")
	fmt.Fprintln(w, "|---|---|---|---|")
	for _, ev := range slices.Sorted(maps.Keys(r.ByEvent)) {
		ec, el := r.ByEvent[ev], r.LabelsBy[ev]
		fmt.Fprintf(w, "| %s | %s | %s | %s |\n", cell(ev), pct(ec.Covered, ec.Gold), pct(ec.Inside, ec.Tool), pct(el.Found, el.Specific))
	}

	fmt.Fprintln(w, "\n| gold type | coverage | strict | by the best actor | precision (tool mentions by the type they overlap most) | labels found |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|")
	types := slices.Clone(goldTypes)
	for _, t := range slices.Sorted(maps.Keys(r.ByType)) {
		if !slices.Contains(types, t) && t != noType {
			types = append(types, t)
		}
	}
	for _, t := range append(types, noType) {
		tc, tl := r.ByType[t], r.LabelsByType[t]
		if tc.Gold == 0 && tc.Tool == 0 {
			continue
		}
		if t == noType {
			fmt.Fprintf(w, "| %s | | | | %s | |\n", t, pct(tc.Inside, tc.Tool))
			continue
		}
		fmt.Fprintf(w, "| %s | %s | %s | %s | %s | %s |\n", cell(t), pct(tc.Covered, tc.Gold), pct(tc.Strict, tc.Gold), pct(tc.ByBest, tc.Gold),
			pct(tc.Inside, tc.Tool), pct(tl.Found, tl.Specific))
	}

	fmt.Fprintln(w, "\n| outlet | coverage | precision |")
	fmt.Fprintln(w, "|---|---|---|")
	for _, o := range slices.Sorted(maps.Keys(r.ByOutlet)) {
		oc := r.ByOutlet[o]
		fmt.Fprintf(w, "| %s | %s | %s |\n", cell(o), pct(oc.Covered, oc.Gold), pct(oc.Inside, oc.Tool))
	}
	for _, p := range r.Problems {
		fmt.Fprintln(w, "\nproblem: "+p)
	}
}

// WriteCases writes up to n missed gold mentions and n false tool
// mentions, taken evenly through the data so that they span its events
// and outlets.
func (r *Result) WriteCases(w io.Writer, n int) {
	fmt.Fprintf(w, "\n## missed gold mentions (%d of %d)\n\n", min(n, len(r.Misses)), len(r.Misses))
	for _, cs := range sample(r.Misses, n) {
		fmt.Fprintf(w, "- %s: %q %s (%s)", cs.File, cs.Text, cs.Type, cs.Chain)
		if cs.Actor != "" {
			fmt.Fprintf(w, "; nearest tool mention %q of %s, label %q", cs.Surface, excerpt(cs.Actor), excerpt(cs.Label))
		}
		fmt.Fprintf(w, "\n  %s\n", cs.Context)
	}
	fmt.Fprintf(w, "\n## false tool mentions (%d of %d)\n\n", min(n, len(r.False)), len(r.False))
	for _, cs := range sample(r.False, n) {
		fmt.Fprintf(w, "- %s: %q of %s, label %q", cs.File, cs.Text, excerpt(cs.Actor), excerpt(cs.Label))
		if cs.Chain != "" {
			fmt.Fprintf(w, "; overlaps gold %s (%s)", cs.Type, cs.Chain)
		}
		fmt.Fprintf(w, "\n  %s\n", cs.Context)
	}
}

func sample(cases []MentionCase, n int) []MentionCase {
	if n >= len(cases) {
		return cases
	}
	out := make([]MentionCase, 0, n)
	for k := range n {
		out = append(out, cases[k*len(cases)/n])
	}
	return out
}

// WriteTexts writes the n gold mention texts (lower-cased) most often
// missed, with how many gold mentions have them, the list to read when
// deciding what the actor finder should learn, and the n surfaces most
// often false.
func (r *Result) WriteTexts(w io.Writer, n int) {
	type textCount struct {
		text       string
		bad, total int
	}
	table := func(title string, bad, total map[string]int) {
		var rows []textCount
		for t, b := range bad {
			rows = append(rows, textCount{t, b, total[t]})
		}
		slices.SortFunc(rows, func(a, b textCount) int { return cmp.Or(b.bad-a.bad, cmp.Compare(a.text, b.text)) })
		fmt.Fprintf(w, "\n| %s | count | of all |\n|---|---|---|\n", title)
		for _, row := range rows[:min(n, len(rows))] {
			fmt.Fprintf(w, "| %s | %d | %d |\n", cell(row.text), row.bad, row.total)
		}
	}
	table("missed gold mention text", r.MissedTexts, r.GoldTexts)
	table("false tool mention surface", r.FalseSurfaces, r.ToolSurfaces)
}

// WriteChains writes each chain mentioned by two or more outlets, the tool
// actor matching it best with how many of its mentions that actor covers,
// and its outlet-specific labels, found or not.
func (r *Result) WriteChains(w io.Writer) {
	fmt.Fprintln(w, "\n| chain | type | gold mentions | outlets | best tool actor | covered by it | outlet-specific labels (found marked +) |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|")
	for _, cm := range r.Chains {
		actor := "(none)"
		if cm.Actor != "" {
			actor = cell(cm.Actor) + " (" + cell(cm.Kind) + ")"
		}
		var labels []string
		for _, sl := range cm.Labels {
			mark := "-"
			if sl.Found {
				mark = "+"
			}
			labels = append(labels, fmt.Sprintf("%s%s: %s x%d [tool: %s]", mark, cell(sl.Outlet), cell(sl.Label), sl.Uses, cell(strings.Join(sl.Tool, ", "))))
		}
		fmt.Fprintf(w, "| %s | %s | %d | %d | %s | %d/%d | %s |\n", cell(cm.Chain), cell(cm.Type), cm.Mentions, cm.Outlets,
			actor, cm.Covered, cm.Mentions, strings.Join(labels, "; "))
	}
}
