package corpus

import (
	"strings"
	"testing"
)

// TestMentionedWordsNoScare checks that words in quotation marks after
// "the term", "the words" or "the phrase", alone or listed with others,
// are mentions and no scare quotes, and that quoted words without such a
// noun, or after "his words", still are.
func TestMentionedWordsNoScare(t *testing.T) {
	tests := []struct {
		name, text string
		scare      []string // the scare quotes wanted, in order
	}{
		{"two terms listed", `The terms "blockade" and "siege" were struck from the harbour report by noon.`, nil},
		{"one word", `The word "sabotage" never appears in the ferry inquiry's findings.`, nil},
		{"three phrases, a comma inside the marks", `The phrases "dead port," "lost cause" and "final tide" were cut from the mayor's speech.`, nil},
		{"a modifier before the noun", `The loaded term "pirate fleet" was dropped from the navy's statement.`, nil},
		// Still scare quotes.
		{"no mention noun", `The board's plan was a "clean sweep" and a "fresh start" for the port.`, []string{"clean sweep", "fresh start"}},
		{"someone's words", `His words "no retreat" were printed on every ferry ticket.`, []string{"no retreat"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := FromParagraphs(Meta{ID: "t"}, []string{tt.text})
			var got []string
			for _, q := range a.Quotes {
				if q.Kind == QuoteScare {
					got = append(got, strings.Trim(a.Slice(q.Span), `",. `))
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.scare, "|") {
				t.Fatalf("scare quotes %q; want %q", got, tt.scare)
			}
		})
	}
}
