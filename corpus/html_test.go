package corpus

import (
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestHTMLPages(t *testing.T) {
	dir := filepath.Join("..", "testdata", "corpus", "html")
	tests := []struct {
		file                       string
		title, outlet, byline, url string
		date                       time.Time
		has, hasNot                []string
		titleFrom                  Provenance
	}{
		{
			file: "article.html", title: "Council approves new park", outlet: "The Valley Courier", byline: "Jane Reporter",
			url: "https://courier.example/news/park", date: time.Date(2023, 5, 6, 0, 0, 0, 0, time.UTC), titleFrom: FromHTMLMeta,
			has:    []string{"old railway yard", "according to the council's plan"},
			hasNot: []string{"Subscribe", "Privacy policy", "document.title", "All rights reserved"},
		},
		{
			file: "hostile.html", title: "Hostile page", titleFrom: FromHTMLMeta,
			has:    []string{"negotiations will continue", "cleared screen"},
			hasNot: []string{"ZXZpbA", "[2J", "\u202e"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			res, err := Load([]string{filepath.Join(dir, tc.file)}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Articles) != 1 {
				t.Fatalf("got %d articles, problems %v", len(res.Articles), res.Problems)
			}
			a := res.Articles[0]
			assertArticleInvariants(t, a)
			if a.Title != tc.title || a.TitleFrom != tc.titleFrom {
				t.Errorf("title %q from %q, want %q from %q", a.Title, a.TitleFrom, tc.title, tc.titleFrom)
			}
			if a.Outlet != tc.outlet || (tc.outlet != "" && a.OutletFrom != FromHTMLMeta) {
				t.Errorf("outlet %q from %q, want %q", a.Outlet, a.OutletFrom, tc.outlet)
			}
			if a.Byline != tc.byline || a.URL != tc.url {
				t.Errorf("byline %q url %q, want %q %q", a.Byline, a.URL, tc.byline, tc.url)
			}
			if !a.Date.Equal(tc.date) {
				t.Errorf("date %v, want %v", a.Date, tc.date)
			}
			for _, h := range tc.has {
				if !strings.Contains(a.Text, h) {
					t.Errorf("text lacks %q: %q", h, a.Text)
				}
			}
			for _, h := range tc.hasNot {
				if strings.Contains(a.Text, h) {
					t.Errorf("text keeps %q: %q", h, a.Text)
				}
			}
			if strings.Count(a.Text, tc.title) != 1 {
				t.Errorf("title appears %d times in the text, want once", strings.Count(a.Text, tc.title))
			}
			if a.Language != "english" {
				t.Errorf("language %q, want english", a.Language)
			}
		})
	}
}

func TestHTMLQuotesAttributed(t *testing.T) {
	res, err := Load([]string{filepath.Join("..", "testdata", "corpus", "html", "article.html")}, Options{})
	if err != nil || len(res.Articles) != 1 {
		t.Fatalf("load: %v %v", err, res)
	}
	a := res.Articles[0]
	for _, q := range a.Quotes {
		if strings.HasPrefix(a.Slice(q.Span), "This is a good day") {
			if q.Speaker != "Mayor Anna Berg" || q.Verb != "said" || q.Kind != QuoteDirect {
				t.Errorf("quote %+v, want direct, said by the mayor", q)
			}
			return
		}
	}
	t.Errorf("the mayor's quote was not found among %+v", a.Quotes)
}
