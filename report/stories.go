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
	line := fmt.Sprintf("%s · %d articles · %s: %s", date, len(s.Members), strings.Join(s.Outlets, ", "), s.Title(arts))
	if note := GroupingNote(s); note != "" {
		line += " (" + note + ")"
	}
	return line
}

// GroupingNote says what a story's grouping rests on beyond the members'
// own dates, "" when nothing: how many members are undated and so joined
// by content only ("1 article undated, grouped by content only"), and how
// many dates grouping read from addresses or datelines.
func GroupingNote(s corpus.Story) string {
	var parts []string
	if s.Undated > 0 {
		parts = append(parts, fmt.Sprintf("%s undated, grouped by content only", plural(s.Undated, "article", "articles")))
	}
	from := map[corpus.DateSource]int{}
	for _, f := range s.DatesFound {
		from[f.From]++
	}
	for _, src := range []corpus.DateSource{corpus.DateFromAddress, corpus.DateFromDateline} {
		switch n := from[src]; {
		case n == 1:
			parts = append(parts, fmt.Sprintf("1 date read from its %s", src))
		case n > 1:
			parts = append(parts, fmt.Sprintf("%d dates read from their %s", n, map[corpus.DateSource]string{corpus.DateFromAddress: "addresses", corpus.DateFromDateline: "datelines"}[src]))
		}
	}
	return strings.Join(parts, "; ")
}

// plural is n with the noun in the singular or the plural.
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
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
