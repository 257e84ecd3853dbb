package corpus

import (
	"slices"
	"strings"
	"testing"
)

func TestSplitParagraphs(t *testing.T) {
	wrapped := "The minister said on Tuesday that the talks would go\n" +
		"on next week in Cairo, where both delegations have been\n" +
		"meeting since the start of the month to settle terms.\n" +
		"Last line."
	tests := []struct {
		name, text string
		want       []string
	}{
		{"blank lines", "One.\n\n\nTwo  words.\n", []string{"One.", "Two words."}},
		{"single newlines", "Headline\nBy Jane Doe\nThe text.", []string{"Headline", "By Jane Doe", "The text."}},
		{"hard-wrapped block", wrapped, []string{strings.Join(strings.Fields(wrapped), " ")}},
		{"a line broken mid-sentence", "The minister said on Tuesday that the talks\nwould go on.\nNext.",
			[]string{"The minister said on Tuesday that the talks would go on.", "Next."}},
		{"a sentence set in blocks of its own", "Ada Lind,\n\nthe mayor of\n\nthe harbour town,\n\ntold the radio: 'We will reopen.'\n\nNext.",
			[]string{"Ada Lind, the mayor of the harbour town, told the radio: 'We will reopen.'", "Next."}},
		{"a headline and a caption stay apart", "Ferry Line Closes After Storm\n\ntoggle caption Jane Roe/Agency\n\nImage 1 of 2\n\nnext image\n\nThe line closed.\n\nit said.",
			[]string{"Ferry Line Closes After Storm", "toggle caption Jane Roe/Agency", "Image 1 of 2", "next image", "The line closed.", "it said."}},
		{"a name in lower case after a headline stays apart", "Port chief meets union in secret\n\nbin Rashid told reporters the talks went well.",
			[]string{"Port chief meets union in secret", "bin Rashid told reporters the talks went well."}},
		{"a brand in mixed case after a headline stays apart", "Shares slide as buyers flee\n\nmyTaxi shares fell on Monday.",
			[]string{"Shares slide as buyers flee", "myTaxi shares fell on Monday."}},
		{"the document's first block stays apart", "Photo by the staff photographer\n\nsales fell on Monday.\n\nNext.",
			[]string{"Photo by the staff photographer", "sales fell on Monday.", "Next."}},
		{"a particle before a name after a byline stays apart", "Story by Ada Lind\n\nThe port shut.\n\nUpdated an hour ago\n\nvan Dijk said the port would open.",
			[]string{"Story by Ada Lind", "The port shut.", "Updated an hour ago", "van Dijk said the port would open."}},
		{"white space only", " \n\t\n", nil},
	}
	for _, tc := range tests {
		var got []string
		for _, p := range splitParagraphs(tc.text, false) {
			got = append(got, p.text)
			if !slices.Equal(p.words, wordFields(p.text)) {
				t.Errorf("%s: paragraph %q has words %q", tc.name, p.text, p.words)
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: splitParagraphs = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestFirstBlockJoinsUnderATitleHeader: when a header gives the title, the
// body's first block is no headline, and a sentence broken after it goes
// on in the next block, as it would anywhere else in the body.
func TestFirstBlockJoinsUnderATitleHeader(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"title header", "Title: Ferry line to resume\nOutlet: Harbour Post\n\nThe harbour master said the\n\nferry would sail again on Friday.\n\nTickets are on sale.",
			"The harbour master said the ferry would sail again on Friday."},
		{"headline header", "Headline: Ferry line to resume\n\nThe harbour master said the\n\nferry would sail again on Friday.",
			"The harbour master said the ferry would sail again on Friday."},
	}
	for _, tc := range tests {
		c := cleanText(tc.text)
		if len(c.body) == 0 || c.body[0] != tc.want {
			t.Errorf("%s: body %q, want it to open with %q", tc.name, c.body, tc.want)
		}
	}
}
