package framing

import (
	"fmt"
	"slices"
	"testing"
)

// cells lists a label table's cells as "outlet: label total", sorted.
func cells(t LabelTable) []string {
	var out []string
	for o, ls := range t.Counts {
		for l, vc := range ls {
			out = append(out, fmt.Sprintf("%s: %s %d", o, l, vc.Total()))
		}
	}
	slices.Sort(out)
	return out
}

// TestLabelTables checks that an actor's label counts split into how each
// outlet names it and the parts of it each mentions, and that the two
// tables together count every mention Actor.Labels counts.
func TestLabelTables(t *testing.T) {
	set := defaultSet(t)
	for _, tc := range []struct {
		name          string
		texts         []string
		actor         string
		naming, parts []string
	}{
		{"a demonym before a noun is a part of the country",
			[]string{filler + "Russian officials met on Monday. Later, Moscow said no.", filler + "Russia said no on Monday. Later, Russian diplomats left."},
			"Russia", []string{"Outlet A: moscow 1", "Outlet B: (name) 1"}, []string{"Outlet A: officials 1", "Outlet B: diplomats 1"}},
		{"a capital names its country when it acts, and is a city of it where things happen",
			[]string{filler + "Protests spread in Tehran on Monday. Later, Tehran said the protests were over.", filler + "Iran said on Monday that protests were over. Later, Iranian students left."},
			"Iran", []string{"Outlet A: tehran 1", "Outlet B: (name) 1"}, []string{"Outlet A: tehran 1", "Outlet B: students 1"}},
		{"a demonym's occupation or regime names the state, its government is a part",
			[]string{filler + "The Harbour Post said the Israeli occupation shelled the camp. Later, Israeli officials said no.", filler + "Israel said on Monday that the Israeli government would reply."},
			"Israel", []string{"Outlet A: occupation 1", "Outlet B: (name) 1"}, []string{"Outlet A: officials 1", "Outlet B: government 1"}},
		{"an occupation of a place is the act, a part",
			[]string{filler + "The Russian occupation of Crimea began in 2014. Later, Russia said no.", filler + "Russia said no on Monday. Later, Russian diplomats left."},
			"Russia", []string{"Outlet A: (name) 1", "Outlet B: (name) 1"}, []string{"Outlet A: occupation 1", "Outlet B: diplomats 1"}},
		{"a regime names its head and an administration is a part",
			[]string{filler + "Officials said the Maduro regime jailed critics. Later, the Maduro administration denied it, and Nicolas Maduro spoke.", filler + "Officials said Nicolas Maduro jailed critics. Later, the Maduro administration denied it."},
			"Nicolas Maduro", []string{"Outlet A: (name) 1", "Outlet A: regime 1", "Outlet B: (name) 1"}, []string{"Outlet A: administration 1", "Outlet B: administration 1"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := compareOutlets(tc.texts, set)
			for i := range c.Actors {
				a := &c.Actors[i]
				naming, parts := c.LabelTables(a)
				if a.Name == tc.actor {
					if got := cells(naming); !slices.Equal(got, tc.naming) {
						t.Errorf("%s named as %q, want %q", a.Name, got, tc.naming)
					}
					if got := cells(parts); !slices.Equal(got, tc.parts) {
						t.Errorf("%s parts %q, want %q", a.Name, got, tc.parts)
					}
				}
				// Every actor: the two tables add up to Actor.Labels, label by label and voice by voice.
				for o, ls := range a.Labels {
					for l, vc := range ls {
						var sum VoiceCounts
						for _, tb := range []LabelTable{naming, parts} {
							if p := tb.Counts[o][l]; p != nil {
								sum = VoiceCounts{sum.Own + p.Own, sum.Paraphrase + p.Paraphrase, sum.Quoted + p.Quoted, sum.Scare + p.Scare}
							}
						}
						if sum != *vc {
							t.Errorf("%s, %s, %q: tables count %+v, Labels %+v", a.Name, o, l, sum, *vc)
						}
					}
				}
				for _, tb := range []LabelTable{naming, parts} {
					for o, ls := range tb.Counts {
						for l := range ls {
							if a.Labels[o][l] == nil {
								t.Errorf("%s, %s: the tables count %q, which Labels never does", a.Name, o, l)
							}
						}
					}
				}
			}
		})
	}
}
