package corpus

import (
	"strings"
	"testing"
)

// TestStripHoverCards: a linked name's pop-up of headlines, run into the
// sentence between the full name and "MORE", is removed and listed; a
// glued word with no "MORE" after it, a "MORE" with no full name before,
// and an all-caps word that only starts with MORE are text.
func TestStripHoverCards(t *testing.T) {
	tests := []struct {
		name, in, want string
		removed        int
	}{
		{"a pop-up after the link's own text",
			"President Vale Anna Maria ValeHarbour bridge reopens after storm Vale signs budget MORE on Sunday defended the plan.",
			"President Vale on Sunday defended the plan.", 1},
		{"a pop-up of a two-word name",
			"Senator Olin Ruud Olin RuudFerry strike ends Ruud backs port deal MORE said the vote would wait.",
			"Senator Olin Ruud said the vote would wait.", 1},
		{"a pop-up of a four-word name with a nickname",
			"Senator Dahl Anna (Kari) Marie DahlFerry strike ends MORE (R-Ohio) said the vote would wait.",
			"Senator Dahl (R-Ohio) said the vote would wait.", 1},
		{"two pop-ups in one paragraph",
			"Mayor Dahl Eva Lise DahlCouncil votes on tram MORE met Governor Berg Nils Ove BergFlood aid passes MORE on Friday.",
			"Mayor Dahl met Governor Berg on Friday.", 2},
		{"a glued word with no MORE: text", "The McDonald family met Anna Vale on Friday.", "The McDonald family met Anna Vale on Friday.", 0},
		{"MORE with no glued name: text", "READ MORE about the vote in Anna Vale's column.", "READ MORE about the vote in Anna Vale's column.", 0},
		{"MOREOVER is a word", "Anna Maria ValeHarbour plans MOREOVER the rest.", "Anna Maria ValeHarbour plans MOREOVER the rest.", 0},
		{"a name with a capital inside and a shouted MORE: text",
			`Senate leader Anna McVale said the bill was dead. Outside, marchers held signs reading "NO MORE WARS" on Friday.`,
			`Senate leader Anna McVale said the bill was dead. Outside, marchers held signs reading "NO MORE WARS" on Friday.`, 0},
		{"a brand before a MORE later in the sentence: text",
			"Fans of the new PlayStation said they wanted MORE games on Friday.",
			"Fans of the new PlayStation said they wanted MORE games on Friday.", 0},
		{"a full name with no link text before it: text",
			"Officials met Anna Maria ValeHarbour plans MORE on Sunday.",
			"Officials met Anna Maria ValeHarbour plans MORE on Sunday.", 0},
		{"MORE in the next paragraph is not the pop-up's end", "Anna Maria ValeHarbour plans.\n\nREAD MORE below.", "Anna Maria ValeHarbour plans.\n\nREAD MORE below.", 0},
	}
	for _, tt := range tests {
		got, removed := stripHoverCards(tt.in)
		if got != tt.want || len(removed) != tt.removed {
			t.Errorf("%s: got %q with %d removed, want %q with %d", tt.name, got, len(removed), tt.want, tt.removed)
		}
		for _, r := range removed {
			if r.Reason != hoverCardReason {
				t.Errorf("%s: removed %q for %q", tt.name, r.Text, r.Reason)
			}
		}
	}
}

// FuzzStripHoverCards: any text comes back no longer than it went in,
// every removed piece was in it, and nothing is removed from a text with
// no " MORE".
func FuzzStripHoverCards(f *testing.F) {
	f.Add("President Vale Anna Maria ValeHarbour bridge reopens MORE on Sunday.")
	f.Add("aB MORE")
	f.Add(" Ab CdEf MORE")
	f.Fuzz(func(t *testing.T, in string) {
		out, removed := stripHoverCards(in)
		if len(out) > len(in) {
			t.Fatalf("%q grew to %q", in, out)
		}
		for _, r := range removed {
			if !strings.Contains(in, r.Text) {
				t.Fatalf("removed %q is not in %q", r.Text, in)
			}
		}
		if !strings.Contains(in, " MORE") && (out != in || removed != nil) {
			t.Fatalf("%q changed with no MORE: %q", in, out)
		}
	})
}
