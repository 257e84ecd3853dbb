package framing

import (
	"cmp"
	"slices"
	"strings"
)

// LabelTable counts the labels of some of an actor's mentions per outlet
// and voice: one row per label, one column per outlet.
type LabelTable struct {
	// Labels are the rows, most used first.
	Labels []string
	// Counts counts, per outlet, each label by voice; an outlet that never
	// uses a label has no entry for it.
	Counts map[string]map[string]*VoiceCounts
}

// LabelTables splits an actor's label counts (Actor.Labels) in two: how
// each outlet names the actor, and the parts of it or sets it belongs to
// that each outlet mentions ("Iranian airspace", "those countries"), so
// that a table of what each outlet calls the actor is not crowded by what
// the outlet says of its parts. A label can be in both: "Tehran" names Iran
// in "Tehran said" and is a city of it in "protests in Tehran".
func (c *Comparison) LabelTables(a *Actor) (naming, parts LabelTable) {
	naming.Counts, parts.Counts = map[string]map[string]*VoiceCounts{}, map[string]map[string]*VoiceCounts{}
	for _, m := range a.Mentions {
		t := &naming
		if m.Part {
			t = &parts
		}
		o := c.Articles[m.Article].Outlet
		if t.Counts[o] == nil {
			t.Counts[o] = map[string]*VoiceCounts{}
		}
		vc := t.Counts[o][m.Label]
		if vc == nil {
			vc = &VoiceCounts{}
			t.Counts[o][m.Label] = vc
		}
		vc.add(m.Voice.Kind)
	}
	naming.Labels, parts.Labels = mostUsed(naming.Counts), mostUsed(parts.Counts)
	return naming, parts
}

// mostUsed returns the labels of per-outlet counts, most used first and
// alphabetically among equals.
func mostUsed(counts map[string]map[string]*VoiceCounts) []string {
	total := map[string]int{}
	for _, ls := range counts {
		for l, vc := range ls {
			total[l] += vc.Total()
		}
	}
	labels := make([]string, 0, len(total))
	for l := range total {
		labels = append(labels, l)
	}
	slices.SortFunc(labels, func(x, y string) int { return cmp.Or(cmp.Compare(total[y], total[x]), strings.Compare(x, y)) })
	return labels
}
