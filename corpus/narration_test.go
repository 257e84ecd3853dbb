package corpus

import (
	"strings"
	"testing"
)

// TestEndAtNarration checks that reported words end before ", but" or ";"
// when a he or she fitting the speaker and a verb in the simple past
// follow there (the outlet telling of the speaker), and that they run on
// when the pronoun may mean someone in the words, does not fit the
// speaker, or comes with a backshifted verb.
func TestEndAtNarration(t *testing.T) {
	tests := []struct {
		name, text, speaker, want string // want: the reported words
	}{
		{"but she with a regular past", `Mayor Ana Roe told reporters on Monday that the harbour is safe for ferries, but she avoided taking a position on the dock strike.`,
			"Mayor Ana Roe", "the harbour is safe for ferries"},
		{"but he with an irregular past", `Harbour Master Tom Lee said the north pier would reopen in May, but he gave no date for the south pier.`,
			"Harbour Master Tom Lee", "the north pier would reopen in May"},
		{"a semicolon and an adverb", `Harbour Master Tom Lee said the north pier would reopen in May; he then left the briefing early.`,
			"Harbour Master Tom Lee", "the north pier would reopen in May"},
		// The words run on.
		{"a backshifted verb", `Mayor Ana Roe said the board had broken its word, but she had no plans to sue.`,
			"Mayor Ana Roe", "the board had broken its word, but she had no plans to sue."},
		{"another woman in the words", `Mayor Ana Roe said Lisa Park had promised to act, but she ignored the vote.`,
			"Mayor Ana Roe", "Lisa Park had promised to act, but she ignored the vote."},
		{"a pronoun of the other sex", `Mayor Ana Roe said the board was wrong, but he ignored the vote.`,
			"Mayor Ana Roe", "the board was wrong, but he ignored the vote."},
		{"a person's role in the words", `Mayor Ana Roe said the minister was wrong, but she ignored the vote.`,
			"Mayor Ana Roe", "the minister was wrong, but she ignored the vote."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := FromParagraphs(Meta{ID: "t"}, []string{tt.text})
			var got []string
			for _, q := range a.Quotes {
				if q.Kind == QuoteIndirect && q.Speaker == tt.speaker {
					if a.Slice(q.Span) == tt.want {
						return
					}
					got = append(got, a.Slice(q.Span))
				}
			}
			t.Fatalf("words of %q: %q; want %q", tt.speaker, strings.Join(got, " | "), tt.want)
		})
	}
}
