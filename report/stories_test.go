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
