package corpus

import "testing"

// TestEchoedScareQuotes checks which scare quotes repeat an attributed
// quotation's words: two words or more, in order, inside a quotation with
// a speaker, before or after it.
func TestEchoedScareQuotes(t *testing.T) {
	tests := []struct {
		paragraphs []string
		scare      string
		want       bool
	}{
		{[]string{`Uproar Over "Reckless Ferry" Plan`, `"We reject this reckless ferry plan outright," the board said in a statement.`}, "Reckless Ferry", true},
		{[]string{`The mayor said the levee plan was "a total disgrace to the town."`, `Residents gathered on Friday to protest the "total disgrace" near the river.`}, "total disgrace", true},
		// One word, words in another order, or words no speaker said.
		{[]string{`"The plan is reckless," the board said.`, `Residents protested the "reckless" plan near the river on Friday.`}, "reckless", false},
		{[]string{`The mayor said the levee plan was "a total disgrace to the town."`, `Residents gathered on Friday to protest the "disgrace total" near the river.`}, "disgrace total", false},
		{[]string{`The council met on Monday to discuss the levee.`, `Residents gathered on Friday to protest the "total disgrace" near the river.`}, "total disgrace", false},
	}
	for _, tc := range tests {
		a := structured(tc.paragraphs...)
		echoed := EchoedScareQuotes(a.Text, a.Quotes)
		found := false
		for i, q := range a.Quotes {
			if a.Slice(q.Span) != tc.scare || q.Kind != QuoteScare {
				continue
			}
			found = true
			if got := echoed != nil && echoed[i]; got != tc.want {
				t.Errorf("%q: scare quote %q echoed %v, want %v; quotes: %s", tc.paragraphs, tc.scare, got, tc.want, describeQuotes(a))
			}
		}
		if !found {
			t.Errorf("%q: no scare quote %q; quotes: %s", tc.paragraphs, tc.scare, describeQuotes(a))
		}
	}
}
