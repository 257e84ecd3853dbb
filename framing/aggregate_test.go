package framing

import (
	"testing"

	"github.com/framediff/framediff/corpus"
)

// TestProfileCountsArticlesInNoStory: an article in no comparable story
// still counts towards its outlet's words and highlights, so a corpus
// where no two outlets meet has a per-outlet profile; the same articles
// as one story are counted once, as the story's.
func TestProfileCountsArticlesInNoStory(t *testing.T) {
	set := defaultSet(t)
	res, err := corpus.Load([]string{"../testdata/seeds"}, corpus.Options{})
	if err != nil || len(res.Articles) != 2 || res.Articles[0].Outlet == res.Articles[1].Outlet {
		t.Fatalf("load the seeds: %v, %d articles; want two of two outlets", err, len(res.Articles))
	}
	arts := corpus.Articles(res.Articles)
	story := corpus.Story{Members: []int{0, 1}, Outlets: []string{arts[0].Outlet, arts[1].Outlet}}
	for _, tt := range []struct {
		name                string
		stories             []corpus.Story
		wantStories, perOut int // comparable stories; stories per outlet
		wantAlone           int // articles in no story, per outlet
	}{
		{"no story", nil, 0, 0, 1},
		{"one story of both", []corpus.Story{story}, 1, 1, 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := ProfileStories(arts, tt.stories, set)
			if p.Stories != tt.wantStories || len(p.Outlets) != 2 {
				t.Fatalf("stories %d, outlets %d; want %d stories, 2 outlets", p.Stories, len(p.Outlets), tt.wantStories)
			}
			highlights := 0
			for _, o := range p.Outlets {
				if o.Articles != 1 || o.Alone != tt.wantAlone || o.Stories != tt.perOut || o.Words < 100 {
					t.Errorf("%s: articles %d, alone %d, stories %d, words %d", o.Outlet, o.Articles, o.Alone, o.Stories, o.Words)
				}
				for _, n := range o.OwnWords {
					highlights += n
				}
			}
			if highlights == 0 {
				t.Error("no highlight was counted")
			}
		})
	}
}
