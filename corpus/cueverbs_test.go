package corpus

import (
	"strings"
	"testing"
)

// TestCueVerbFile checks the embedded WordNet cue verbs: the file parses,
// holds inflected forms of both lexicographer files, and leaves out the
// lemmas the generator excludes.
func TestCueVerbFile(t *testing.T) {
	if len(cueVerbs) < 1000 {
		t.Fatalf("%d cue verb forms, want the generated file's more than 1000", len(cueVerbs))
	}
	for form, cognition := range map[string]bool{"reckoned": true, "doubts": true, "stipulated": false, "divulging": false} {
		if got, ok := cueVerbs[form]; !ok || got != cognition {
			t.Errorf("cueVerbs[%q] = %v, %v; want %v, true", form, got, ok, cognition)
		}
	}
	for _, form := range []string{"set", "will", "pipe"} {
		if _, ok := cueVerbs[form]; ok {
			t.Errorf("%q is a cue verb; the generator excludes it", form)
		}
	}
	if got := parseCueVerbs("# comment\nsaid say communication\nbad line\n"); len(got) != 1 || got["said"] {
		t.Errorf("parseCueVerbs = %v, want said (communication) only", got)
	}
}

// TestCueVerbsBeforeThat checks that a WordNet cue verb the hand lists
// lack reports speech or belief right before "that", and nothing without
// it, and that a cue word inside a name leaves the name whole.
func TestCueVerbsBeforeThat(t *testing.T) {
	tests := []struct {
		name, text, in string // in: a word inside the attribution's content, "" for none
		speaker        string
		act            Act
	}{
		{"cognition verb", `The economist reckoned that the deficit would grow next year.`, "deficit", "The economist", ActOther},
		{"communication verb", `The lawyer stipulated on Monday that the contract would end in May.`, "contract", "The lawyer", ActSay},
		{"doubt", `Many analysts doubt that the ceasefire will hold through the winter.`, "ceasefire", "Many analysts", ActOther},
		{"no that, no attribution", `The company reckoned the costs of the new plant at two billion.`, "", "", ""},
		{"object, no attribution", `The lawyer stipulated the terms of the new rules for the border crossings.`, "", "", ""},
		{"a cue word inside a name", `A U.S. State Department official told reporters that the talks would resume in Geneva.`, "talks", "A U.S. State Department official", ActSay},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := FromParagraphs(Meta{ID: "t"}, []string{tt.text})
			if tt.in == "" {
				if len(a.Quotes) != 0 {
					t.Fatalf("quotes %+v, want none", a.Quotes)
				}
				return
			}
			at := strings.Index(a.Text, tt.in)
			for _, q := range a.Quotes {
				if q.Span.Contains(at) {
					if q.Speaker != tt.speaker || q.Act != tt.act {
						t.Fatalf("attribution %q: speaker %q act %q; want %q %q", a.Slice(q.Span), q.Speaker, q.Act, tt.speaker, tt.act)
					}
					return
				}
			}
			t.Fatalf("no attribution holds %q; quotes: %+v", tt.in, a.Quotes)
		})
	}
}
