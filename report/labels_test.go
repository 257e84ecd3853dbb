package report

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// TestActorLabelTablesKeepPartsApart checks, in each format with label
// tables, that an actor's section lists how the outlets name it first and
// the parts of it they mention after the parts title, and says what the
// counts are.
func TestActorLabelTablesKeepPartsApart(t *testing.T) {
	in := demoInput(t)
	c := in.Comparison
	for _, tc := range []struct {
		format, heading, partsTitle, legend string
	}{
		{"md", "### %s (", "| Part or group |", "(- for none)"},
		{"html", "<h3>%s (", "<th>Part or group</th>", "(- for none)"},
	} {
		t.Run(tc.format, func(t *testing.T) {
			var b bytes.Buffer
			if err := Write(&b, in, tc.format); err != nil {
				t.Fatal(err)
			}
			out := b.String()
			if !strings.Contains(out, tc.legend) {
				t.Errorf("no legend %q saying what the counts are", tc.legend)
			}
			checked := 0
			for _, a := range c.ShownActors(shownActors) {
				naming, parts := c.LabelTables(&a)
				start := strings.Index(out, strings.Replace(tc.heading, "%s", a.Name, 1))
				if start < 0 {
					t.Fatalf("no section for %s", a.Name)
				}
				section := out[start+1:]
				if end := strings.Index(section, tc.heading[:3]); end >= 0 {
					section = section[:end] // up to the next actor's heading
				}
				named, partsPart, hasParts := strings.Cut(section, tc.partsTitle)
				if hasParts != (len(parts.Labels) > 0) {
					t.Errorf("%s: parts table shown %v, with %d part labels", a.Name, hasParts, len(parts.Labels))
				}
				row := func(text, l string) bool {
					return strings.Contains(text, "<td>"+l+"</td>") || strings.Contains(text, "| "+l+" |")
				}
				for _, l := range naming.Labels {
					if !row(named, l) {
						t.Errorf("%s: naming %q missing before the parts table", a.Name, l)
					}
				}
				for _, l := range parts.Labels {
					if !row(partsPart, l) {
						t.Errorf("%s: part %q missing from the parts table", a.Name, l)
					}
					if !slices.Contains(naming.Labels, l) && row(named, l) {
						t.Errorf("%s: part %q listed among the namings", a.Name, l)
					}
					checked++
				}
			}
			if checked == 0 {
				t.Fatal("no shown actor has a part: the test checks nothing")
			}
		})
	}
}

// TestJSONMentionsMarkParts checks that the JSON report marks each mention
// of a part of an actor, and still counts every mention in labels.
func TestJSONMentionsMarkParts(t *testing.T) {
	in := demoInput(t)
	var b bytes.Buffer
	if err := Write(&b, in, "json"); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Actors []struct {
			Name     string `json:"name"`
			Mentions []struct {
				Surface string `json:"surface"`
				Part    bool   `json:"part"`
			} `json:"mentions"`
			Labels map[string]map[string]struct{ Own, Paraphrase, Quoted, Scare int } `json:"labels"`
		} `json:"actors"`
	}
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Actors) != len(in.Comparison.Actors) {
		t.Fatalf("%d actors in the JSON report, %d in the comparison", len(doc.Actors), len(in.Comparison.Actors))
	}
	marked := 0
	for i, a := range doc.Actors {
		counted := 0
		for _, ls := range a.Labels {
			for _, vc := range ls {
				counted += vc.Own + vc.Paraphrase + vc.Quoted + vc.Scare
			}
		}
		if counted != len(a.Mentions) {
			t.Errorf("%s: labels count %d mentions of %d", a.Name, counted, len(a.Mentions))
		}
		for k, m := range a.Mentions {
			if want := in.Comparison.Actors[i].Mentions[k].Part; m.Part != want {
				t.Errorf("%s, %q: part %v, want %v", a.Name, m.Surface, m.Part, want)
			}
			if m.Part {
				marked++
			}
		}
	}
	if marked == 0 {
		t.Fatal("no mention is marked a part: the test checks nothing")
	}
}

// TestActorNamedOnlyByParts checks that an actor every outlet mentions
// only by its parts gets a sentence saying so, not an empty naming table.
func TestActorNamedOnlyByParts(t *testing.T) {
	in := demoInput(t)
	a := &in.Comparison.Actors[0]
	for k := range a.Mentions {
		a.Mentions[k].Part = true // as if every outlet wrote only "Russian officials"
	}
	for _, tc := range []struct{ format, want, notWant string }{
		{"md", "No outlet names " + a.Name + " itself", "| Named as |"},
		{"html", "<p>No outlet names " + a.Name + " itself", "<th>Named as</th>"},
	} {
		t.Run(tc.format, func(t *testing.T) {
			var b bytes.Buffer
			if err := Write(&b, in, tc.format); err != nil {
				t.Fatal(err)
			}
			out := b.String()
			heading := strings.Index(out, a.Name+" ("+a.Kind)
			if heading < 0 {
				t.Fatalf("no section for %s", a.Name)
			}
			section, _, found := strings.Cut(out[heading:], "Parts and groups mentioned")
			if !found {
				t.Fatalf("%s has no parts table", a.Name)
			}
			if !strings.Contains(section, tc.want) {
				t.Errorf("%s: no %q before its parts table", a.Name, tc.want)
			}
			if strings.Contains(section, tc.notWant) {
				t.Errorf("%s: an empty naming table before its parts table", a.Name)
			}
		})
	}
}
