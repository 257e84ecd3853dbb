package corpus

import (
	"strings"
	"testing"
)

// TestExtractHeadline checks where the extractor finds a headline: the
// first headline-like line before the body, and the text's first line right
// above the body even when it ends with a full stop or is in Title Case.
func TestExtractHeadline(t *testing.T) {
	body := "The foreign minister said on Tuesday that the talks with the delegation would go on for as long as they were needed, and that he was hopeful of a deal.\n\n" +
		"Officials in the capital said that the meeting had been arranged by the two sides in the last week, and that it would be held in the city at the end of the week.\n\n" +
		"Neither side has said what is on the table, but diplomats expect the border and the prisoners to be discussed first, with trade left for a later round."
	tests := []struct {
		name, head, title string
	}{
		{"headline", "Talks on the border to go on, minister says", "Talks on the border to go on, minister says"},
		{"headline with a full stop", "Talks on the border to go on, minister says.", "Talks on the border to go on, minister says."},
		{"Title Case headline with a full stop", "Conservative Icon Morton Blackwell Endorses Ted Cruz.", "Conservative Icon Morton Blackwell Endorses Ted Cruz."},
		{"headline and byline", "Talks on the border to go on.\n\nBy Jane Doe", "Talks on the border to go on."},
		{"navigation, then the headline", "Home News World Sport Business\n\nTalks on the border to go on, minister says", "Talks on the border to go on, minister says"},
		{"navigation, then a sentence", "Home News World Sport Business\n\nTalks on the border will go on.", ""},
		{"navigation right above the body", "Home News World Sport Business", ""},
	}
	for _, tc := range tests {
		c := cleanText(tc.head + "\n\n" + body)
		if c.title != tc.title {
			t.Errorf("%s: title %q, want %q", tc.name, c.title, tc.title)
		}
		if len(c.body) != 3 || !strings.HasPrefix(c.body[0], "The foreign minister") {
			t.Errorf("%s: body %q, want the three paragraphs", tc.name, c.body)
		}
	}
}

// TestHeaderTitleOverridesOpeningLine checks that a line taken for the
// headline only for its place goes back to the removed text, as page
// chrome, when the header names another headline; one that looks like a
// headline anyway is dropped for the header's.
func TestHeaderTitleOverridesOpeningLine(t *testing.T) {
	body := "The foreign minister said on Tuesday that the talks with the delegation would go on for as long as they were needed, and that he was hopeful of a deal.\n\n" +
		"Officials in the capital said that the meeting had been arranged by the two sides in the last week, and that it would be held in the city at the end of the week.\n"
	tests := []struct {
		name, first string
		removed     bool
	}{
		{"a sentence in the headline's place", "A daily summary of the world's news.", true},
		{"a headline", "Talks on the border to go on, minister says", false},
	}
	for _, tc := range tests {
		d, err := parseText([]byte("title: Border talks go on\n\n" + tc.first + "\n\n" + body))
		if err != nil {
			t.Fatal(err)
		}
		if d.title != "Border talks go on" || len(d.body) != 2 {
			t.Errorf("%s: title %q, body %q", tc.name, d.title, d.body)
		}
		removed := len(d.removed) > 0 && d.removed[0].Text == tc.first && d.removed[0].Reason == reasonBeforeArticle
		if removed != tc.removed {
			t.Errorf("%s: removed %v, want the first line removed: %v", tc.name, d.removed, tc.removed)
		}
	}
}
