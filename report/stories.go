package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/framediff/framediff/corpus"
)

// StoryLine describes a story in one line: its first date, size, outlets
// and headline, for the story list and the profile's orientation.
func StoryLine(arts []*corpus.Article, s corpus.Story) string {
	date := "undated"
	if !s.Start.IsZero() {
		date = s.Start.Format("2006-01-02")
	}
	return fmt.Sprintf("%s · %d articles · %s: %s", date, len(s.Members), strings.Join(s.Outlets, ", "), s.Title(arts))
}

// StoryLines describes up to n stories, one line each (all when n < 0).
func StoryLines(arts []*corpus.Article, stories []corpus.Story, n int) []string {
	if n >= 0 && n < len(stories) {
		stories = stories[:n]
	}
	out := make([]string, 0, len(stories))
	for _, s := range stories {
		out = append(out, StoryLine(arts, s))
	}
	return out
}

// WriteStoryList writes the numbered list of comparable stories that
// `framediff --story N` picks from, under a line saying what was loaded.
func WriteStoryList(w io.Writer, summary string, arts []*corpus.Article, stories []corpus.Story) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d stories with two or more outlets\n", summary, len(stories))
	for i, line := range StoryLines(arts, stories, -1) {
		fmt.Fprintf(&b, "%3d. %s\n", i+1, line)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
