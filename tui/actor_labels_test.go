package tui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/framediff/framediff/framing"
)

// labelItem is the detail line's text for one outlet's row of a label
// table, as the counts say it should read.
func labelItem(t framing.LabelTable, outlet, shown, verb string) string {
	var cs []string
	for _, l := range t.Labels {
		if vc := t.Counts[outlet][l]; vc != nil {
			cs = append(cs, fmt.Sprintf("%s %d", l, vc.Total()))
		}
	}
	if cs == nil {
		return ""
	}
	// unwrapDetail turns the no-break space of "Outlet A" into a space.
	return strings.Join(strings.Fields(shown+verb+strings.Join(cs, ", ")), " ")
}

// TestActorDetailKeepsPartsApart: with an actor selected, the detail line
// says how each outlet names it, and then, apart and first to go when space
// runs short, the parts of it each mentions.
func TestActorDetailKeepsPartsApart(t *testing.T) {
	c := demoComparison(t)
	for _, tc := range []struct {
		name      string
		width     int
		wantParts bool
		blind     bool
	}{
		{"wide: namings, parts and the legend", 400, true, false},
		{"narrow: namings before parts", 110, false, false},
		{"blind: outlets by letter, in letter order", 400, true, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := sized(t, c, tc.width, 30)
			press(m, "a")
			if tc.blind {
				press(m, "b")
			}
			act := m.actors[m.actor]
			naming, parts := c.LabelTables(&act)
			if len(parts.Labels) == 0 {
				t.Fatalf("%s has no parts: the test checks nothing", act.Name)
			}
			d := unwrapDetail(m.detailLines())
			if !strings.HasPrefix(d, act.Name+" ("+act.Kind) {
				t.Fatalf("detail line does not start with %s:\n%s", act.Name, d)
			}
			lastNaming := 0
			for _, o := range c.Outlets {
				if want := labelItem(naming, o, m.outletName(o), " calls it: "); want != "" {
					at := strings.Index(d, want)
					if at < 0 && tc.wantParts {
						t.Errorf("detail line lacks %q:\n%s", want, d)
					}
					lastNaming = max(lastNaming, at)
				}
			}
			shown := 0
			for _, o := range c.Outlets {
				want := labelItem(parts, o, m.outletName(o), " mentions its parts or groups: ")
				if want == "" {
					continue
				}
				at := strings.Index(d, want)
				switch {
				case at >= 0 && at < lastNaming:
					t.Errorf("parts %q before the namings:\n%s", want, d)
				case at >= 0:
					shown++
				}
			}
			if tc.blind {
				for _, o := range c.Outlets {
					if strings.Contains(d, o) {
						t.Errorf("blind detail line names %s:\n%s", o, d)
					}
				}
				if a, b := strings.Index(d, "Outlet A calls"), strings.Index(d, "Outlet B calls"); a < 0 || b < a {
					t.Errorf("blind detail line does not list Outlet A, then B:\n%s", d)
				}
			}
			if tc.wantParts && (shown == 0 || !strings.Contains(d, "(counts are uses in every voice)")) {
				t.Errorf("wide detail line lacks the parts or the legend:\n%s", d)
			}
			if !tc.wantParts && shown > 0 {
				for _, o := range c.Outlets {
					if want := labelItem(naming, o, m.outletName(o), " calls it: "); want != "" && !strings.Contains(d, want) {
						t.Errorf("narrow detail line keeps parts but drops %q:\n%s", want, d)
					}
				}
			}
		})
	}
}
