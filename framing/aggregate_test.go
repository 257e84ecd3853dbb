package framing

import (
	"encoding/json"
	"runtime"
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

// TestProfileSameOnAnyCores: the stories and the articles in none are
// counted on all cores in whatever order they finish, but the profile
// must be what counting them one by one, in order, gives.
func TestProfileSameOnAnyCores(t *testing.T) {
	set := defaultSet(t)
	res, err := corpus.Load([]string{"../testdata/seeds", "../testdata/corpus/records", "../testdata/hostile"}, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	arts := corpus.Articles(res.Articles)
	// Every pair of neighbours as a story, so that there are several
	// stories and articles in none.
	var stories []corpus.Story
	for i := 0; i+1 < len(arts); i += 3 {
		stories = append(stories, corpus.Story{Members: []int{i, i + 1}, Outlets: []string{arts[i].Outlet, arts[i+1].Outlet}})
	}
	want := NewProfile()
	for _, s := range stories {
		if s.Comparable() {
			want.AddStory(s.Articles(arts), set)
		}
	}
	for _, i := range aloneArticles(len(arts), stories) {
		want.AddArticle(Analyze(arts[i], set))
	}
	if want.Stories < 2 || len(want.Outlets) < 3 {
		t.Fatalf("%d articles make %d comparable stories of %d outlets; want a test with more", len(arts), want.Stories, len(want.Outlets))
	}
	wantJSON, _ := json.Marshal(want)
	for _, procs := range []int{1, 2, 8} {
		func() {
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
			got, _ := json.Marshal(ProfileStories(arts, stories, set))
			if string(got) != string(wantJSON) {
				t.Errorf("with %d cores the profile is\n%s\nwant\n%s", procs, got, wantJSON)
			}
		}()
	}
}
