package report

import (
	"strings"
	"testing"
	"time"

	"github.com/framediff/framediff/corpus"
)

func TestWriteStoryList(t *testing.T) {
	arts := []*corpus.Article{{Title: ""}, {Title: "Levees breached"}, {Title: "Quake"}, {Title: ""}}
	day := time.Date(2023, 1, 4, 0, 0, 0, 0, time.UTC)
	stories := []corpus.Story{
		{Members: []int{0, 1}, Outlets: []string{"Planet", "Gazette"}, Start: day},
		{Members: []int{2, 3}, Outlets: []string{"Herald", "Planet"}},
	}
	var b strings.Builder
	if err := WriteStoryList(&b, "4 articles", arts, stories); err != nil {
		t.Fatal(err)
	}
	want := "4 articles: 2 stories with two or more outlets\n" +
		"  1. 2023-01-04 · 2 articles · Planet, Gazette: Levees breached\n" +
		"  2. undated · 2 articles · Herald, Planet: Quake\n"
	if b.String() != want {
		t.Errorf("story list:\n%s\nwant:\n%s", b.String(), want)
	}
	if got := StoryLines(arts, stories, 1); len(got) != 1 || !strings.HasSuffix(got[0], "Levees breached") {
		t.Errorf("StoryLines(n=1) = %q", got)
	}
}

// TestGroupingNote: a story says how many members joined by content only
// and where grouping read the dates of others; a story of dated members
// says nothing.
func TestGroupingNote(t *testing.T) {
	day := time.Date(2023, 1, 4, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		s    corpus.Story
		want string
	}{
		{corpus.Story{}, ""},
		{corpus.Story{Undated: 1}, "1 article undated, grouped by content only"},
		{corpus.Story{Undated: 2}, "2 articles undated, grouped by content only"},
		{corpus.Story{DatesFound: []corpus.FoundDate{{Member: 1, Date: day, From: corpus.DateFromAddress}}}, "1 date read from its address"},
		{corpus.Story{Undated: 1, DatesFound: []corpus.FoundDate{{Member: 1, Date: day, From: corpus.DateFromDateline}, {Member: 2, Date: day, From: corpus.DateFromDateline}}},
			"1 article undated, grouped by content only; 2 dates read from their datelines"},
	}
	for _, tt := range tests {
		if got := GroupingNote(tt.s); got != tt.want {
			t.Errorf("GroupingNote(%+v) = %q, want %q", tt.s, got, tt.want)
		}
	}
	arts := []*corpus.Article{{Title: "Quake"}, {}}
	line := StoryLine(arts, corpus.Story{Members: []int{0, 1}, Outlets: []string{"Herald", "Planet"}, Start: day, Undated: 1})
	if want := "2023-01-04 · 2 articles · Herald, Planet: Quake (1 article undated, grouped by content only)"; line != want {
		t.Errorf("StoryLine = %q, want %q", line, want)
	}
}
