package corpus

import (
	"fmt"
	"slices"
	"testing"
	"time"
)

// storyArticle makes an article about topic (a few distinctive words) with
// filler that every article shares, so that only the topic words link.
func storyArticle(id, outlet, date, topic string) *Article {
	var d time.Time
	if date != "" {
		var err error
		if d, err = time.Parse("2006-01-02", date); err != nil {
			panic(err)
		}
	}
	body := fmt.Sprintf("%s. Officials in the capital spoke about %s on the day. The report on %s was published by the ministry, and %s dominated the news.", topic, topic, topic, topic)
	doc := &document{id: id, source: id, outlet: outlet, date: d, language: "english", body: []string{body, "Reporters asked questions and the government answered them in the usual way."}}
	return doc.article()
}

func TestGroupStories(t *testing.T) {
	flood := "river flood Danube levees breached villages evacuated"
	quake := "earthquake magnitude tremor Anatolia collapsed buildings rescuers"
	vote := "parliament budget vote coalition deficit taxes"
	arts := []*Article{
		storyArticle("f1", "Planet", "2023-01-04", flood),  // 0
		storyArticle("f2", "Gazette", "2023-01-05", flood), // 1
		storyArticle("f3", "Courier", "2023-01-06", flood), // 2
		storyArticle("q1", "Planet", "2023-01-05", quake),  // 3
		storyArticle("q2", "Gazette", "2023-01-05", quake), // 4
		storyArticle("f4", "Herald", "2023-03-20", flood),  // 5: same words, months later
		storyArticle("v1", "Planet", "2023-01-05", vote),   // 6: only one outlet
		storyArticle("v2", "Planet", "2023-01-05", vote),   // 7
		storyArticle("q3", "Herald", "", quake),            // 8: undated, strongly similar
	}
	g := GroupStories(arts, 0)
	want := [][]int{{0, 1, 2}, {3, 4, 8}, {6, 7}}
	var got [][]int
	for _, s := range g.Stories {
		got = append(got, s.Members)
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("stories = %v, want %v", got, want)
	}
	if !slices.Equal(g.Alone, []int{5}) {
		t.Errorf("alone = %v, want [5]", g.Alone)
	}
	comp := g.Comparable()
	if len(comp) != 2 {
		t.Errorf("comparable stories = %d, want 2 (the vote story has one outlet)", len(comp))
	}
	if s := g.Stories[0]; !slices.Equal(s.Outlets, []string{"Planet", "Gazette", "Courier"}) ||
		s.Start.Format("2006-01-02") != "2023-01-04" || s.End.Format("2006-01-02") != "2023-01-06" || s.Cohesion <= 0.2 {
		t.Errorf("flood story = %+v", s)
	}
	if g.Stories[2].Comparable() {
		t.Error("a one-outlet story is marked comparable")
	}
	// A narrower window splits the flood story.
	g = GroupStories(arts, 24*time.Hour)
	for _, s := range g.Stories {
		if slices.Contains(s.Members, 0) && slices.Contains(s.Members, 2) {
			t.Errorf("a 1-day window still joins articles two days apart: %v", s.Members)
		}
	}
}

func TestGroupStoriesEmpty(t *testing.T) {
	g := GroupStories(nil, 0)
	if len(g.Stories) != 0 || len(g.Alone) != 0 {
		t.Errorf("GroupStories(nil) = %+v", g)
	}
	one := []*Article{storyArticle("a", "X", "2023-01-01", "alpha beta gamma")}
	if g := GroupStories(one, 0); !slices.Equal(g.Alone, []int{0}) {
		t.Errorf("single article: %+v", g)
	}
}
