package corpus

import "testing"

// TestPersonSex checks what a speaker phrase shows of the person's sex:
// an honorific or a sexed noun, else a given name the list gives one sex,
// never a place or a title that is also a given name.
func TestPersonSex(t *testing.T) {
	for _, tc := range []struct {
		phrase string
		want   byte
	}{
		{"Ambassador Samantha Power", 'f'},
		{"President-elect Donald Trump", 'm'},
		{"Mrs. Clinton", 'f'},
		{"Mr. Berg", 'm'},
		{"State Department spokesman Victoria Nuland", 'f'}, // the given name outweighs a generic "-man" noun
		{"the spokesman", 'm'},
		{"the wife of Senator Tom Hale", 'f'},
		{"Clinton's spokesman Nick Merrill", 'm'},
		{"South Carolina", 0},
		{"Georgia Gov. Brian Kemp", 'm'},
		{"Iranian Foreign Minister Javad Zarif", 0},
		{"Sen. Jordan Reyes", 0}, // a name given to both
		{"Major Ana Lund", 'f'},
		{"Berg", 0},
		{"King", 0},
		{"King Harald", 'm'},
		{"South Carolina Republican Sen. Lindsey Graham", 0},
		{"Virginia Gov. Tom Hale", 'm'},
		{"Helena Lund, a spokeswoman", 'f'},
	} {
		if got := personSex(tc.phrase); got != tc.want {
			t.Errorf("personSex(%q) = %q, want %q", tc.phrase, got, tc.want)
		}
	}
}

// TestPronounTakesAPersonOfItsSex checks that a "she" or "he" after a
// person of the other sex means the nearest person named before who fits,
// and that with no sex known the last person named stays the one meant.
func TestPronounTakesAPersonOfItsSex(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{paragraph: `Ambassador Helena Lund abstained. Prime Minister Tomas Berg spoke first. Then, at the session, the ambassador read a letter she said was from the old king.`, content: "was from the old king", speaker: "Ambassador Helena Lund"},
		{paragraph: `Ambassador Helena Lund abstained. Prime Minister Tomas Berg spoke first. Later, Lund said she would resign.`, content: "she would resign", speaker: "Lund"},
		{paragraph: `Ambassador Helena Lund abstained. Prime Minister Tomas Berg spoke first. Later, he said the vote was a mistake.`, content: "the vote was a mistake", speaker: "Prime Minister Tomas Berg"},
		{paragraph: `Minister Ngozi Okafor abstained. Prime Minister Tomas Berg spoke first. Later, she said the vote was a mistake.`, content: "the vote was a mistake", speaker: "Prime Minister Tomas Berg"},
	})
	// A pronoun in a clause hanging from its sentence's subject is that
	// subject's, when the subject is of the pronoun's sex and the last
	// person named is not known to be.
	checkSpeakers(t, []attributionCase{
		{paragraph: `Ambassador Helena Lund abstained. Berg tweeted, "Things will change." At the session, the ambassador read aloud a letter she said was from the old king.`, content: "was from the old king", speaker: "Ambassador Helena Lund"},
		{paragraph: `Ambassador Peter Hale abstained. Berg tweeted, "We will see." At the session, the ambassador read aloud a letter he said was from the old king.`, content: "was from the old king", speaker: "Ambassador Peter Hale"},
		{paragraph: `Ambassador Peter Hale abstained. Berg tweeted, "We will see." At the session, the ambassador read aloud a letter she said was from the old king.`, content: "was from the old king", speaker: "Berg"},
		// An opening phrase too long for the subject reader: the clause
		// after its comma has the subject.
		{paragraph: `Ambassador Helena Lund abstained. Berg tweeted, "Things will change." At the start of Lund's remarks explaining the harbor council's position on the new pier, the ambassador read aloud a letter she said was from the old king.`, content: "was from the old king", speaker: "Ambassador Helena Lund"},
	})
}
