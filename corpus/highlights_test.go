package corpus

import (
	"strings"
	"testing"
)

// TestStoryHighlights checks that a block of summary points under a
// highlights label is removed, the label's paragraph with its first point
// and each short point after it that ends with no full stop, while the
// article's prose after the block, and prose that only begins with the
// word "Highlights", stay.
func TestStoryHighlights(t *testing.T) {
	for _, tc := range []struct {
		para string
		want bool
	}{
		{"Story highlights", true},
		{"Story highlights The harbour board says the quay will close", true},
		{"Key points: Mayor vows to appeal the ruling", true},
		{"Highlights of the mayor's speech included a promise to reopen the quay.", false},
		{"Story highlights the board's plans for the quay.", false},
		{"Highlightsville council met on Monday", false},
	} {
		if got := opensHighlights(tc.para); got != tc.want {
			t.Errorf("opensHighlights(%q) = %v, want %v", tc.para, got, tc.want)
		}
	}
	points := []string{
		"Story highlights Harbour board chairman Tom Hale says \"the quay must close\"",
		"The mayor says the town was not consulted",
		"The quay was built in 1902",
	}
	prose := []string{
		"The harbour board voted on Tuesday to close the old quay, its chairman, Tom Hale, said, after a winter of storms that cracked the sea wall in three places.",
		"The mayor said the town had not been consulted, and that she would ask the regional court to stop the closure before the summer season began.",
		"Officials in the capital said that the cost of a new quay had risen by a third since the plan was first drawn up two years ago.",
	}
	c := cleanText(strings.Join(append(append([]string{}, points...), prose...), "\n\n"))
	body := strings.Join(c.body, "\n")
	for _, p := range prose {
		if !strings.Contains(body, p) {
			t.Errorf("lost: %q\nbody:\n%s", p, body)
		}
	}
	for _, p := range points {
		if strings.Contains(body, p) {
			t.Errorf("kept the summary point %q\nbody:\n%s", p, body)
		}
	}
}
