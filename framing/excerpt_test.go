package framing

import (
	"fmt"
	"strings"
	"testing"
)

func TestExcerpt(t *testing.T) {
	text := "Officials met in the capital on Monday to discuss the talks. The occupation state expanded its operations in the north. Talks resume next week."
	a := article(t, "Outlet A", text)
	c := &Comparison{Articles: []*Analysis{{Article: a, Outlet: "Outlet A"}}}
	second := "The occupation state expanded its operations in the north."
	at := func(s string) int {
		i := strings.Index(a.Text, s)
		if i < 0 {
			t.Fatalf("%q not in the article text %q", s, a.Text)
		}
		return i
	}
	words := at("occupation state")
	tests := []struct {
		name       string
		e          Evidence
		want       string
		start, end int
	}{
		{"words inside a sentence", Evidence{Article: 0, Start: words, End: words + len("occupation state"), Text: "occupation state"},
			second, len("The "), len("The occupation state")},
		{"the whole sentence", Evidence{Article: 0, Start: at(second), End: at(second) + len(second), Text: second},
			second, 0, len(second)},
		{"running past its sentence", Evidence{Article: 0, Start: words, End: at("Talks resume") + 5, Text: "x"},
			second, 0, 0},
		{"no such article", Evidence{Article: 3, Start: 0, End: 4, Text: "kept as given"},
			"kept as given", 0, 0},
		{"negative article", Evidence{Article: -1, Text: "kept"}, "kept", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := c.Excerpt(tt.e)
			if got.Text != tt.want || got.Start != tt.start || got.End != tt.end {
				t.Errorf("Excerpt = %q [%d:%d], want %q [%d:%d]", got.Text, got.Start, got.End, tt.want, tt.start, tt.end)
			}
		})
	}
}

func TestOnePerSentence(t *testing.T) {
	text := "The occupation state expanded its operations. Israeli troops entered the town. Talks resume next week."
	a := article(t, "Outlet A", text)
	b := article(t, "Outlet B", text)
	c := &Comparison{Articles: []*Analysis{{Article: a, Outlet: "Outlet A"}, {Article: b, Outlet: "Outlet B"}}}
	ev := func(art int, word string) Evidence {
		i := strings.Index(text, word)
		return Evidence{Article: art, Start: i, End: i + len(word), Text: word}
	}
	all := []Evidence{
		ev(0, "occupation"), ev(0, "state"), // one sentence: one piece
		ev(1, "occupation"), // the same sentence in another article still counts
		ev(0, "troops"), ev(0, "Talks"),
	}
	for _, tt := range []struct {
		n    int
		want []string
	}{
		{5, []string{"0 occupation", "1 occupation", "0 troops", "0 Talks"}},
		{2, []string{"0 occupation", "1 occupation"}},
		{0, nil},
	} {
		var got []string
		for _, e := range c.OnePerSentence(all, tt.n) {
			got = append(got, fmt.Sprintf("%d %s", e.Article, e.Text))
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("OnePerSentence(n=%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}

// Two sentences of one article with the same text are one thing to read,
// wherever they stand; evidence in no known article is told apart by its
// own text.
func TestOnePerSentenceSameTextElsewhere(t *testing.T) {
	text := "Troops entered the town. Talks resume next week. Troops entered the town."
	a := article(t, "Outlet A", text)
	if len(a.Sentences) < 3 {
		t.Fatalf("the article has %d sentences, want 3", len(a.Sentences))
	}
	first, last := a.Sentences[0], a.Sentences[len(a.Sentences)-1]
	c := &Comparison{Articles: []*Analysis{{Article: a, Outlet: "Outlet A"}}}
	all := []Evidence{
		{Article: 0, Start: first.Start, End: first.Start + 6, Text: "first"},
		{Article: 0, Start: last.Start, End: last.Start + 6, Text: "last"},
		{Article: 5, Text: "elsewhere"},
		{Article: 5, Text: "elsewhere"},
		{Article: 5, Text: "other"},
	}
	var got []string
	for _, e := range c.OnePerSentence(all, 5) {
		got = append(got, e.Text)
	}
	if want := "first|elsewhere|other"; strings.Join(got, "|") != want {
		t.Errorf("OnePerSentence = %q, want %q", got, want)
	}
}
