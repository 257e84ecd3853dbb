package corpus

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
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

func TestPageDate(t *testing.T) {
	tests := []struct {
		in   string
		want string // YYYY-MM-DD, empty for none
	}{
		{"2019-10-19T13:07:47+00:00", "2019-10-19"},
		{"Veröffentlicht am 06.08.2009", "2009-08-06"},
		{"19. Oktober 2019 15:07", "2019-10-19"},
		{"6. Mär. 2014", "2014-03-06"},
		{"January 4, 2023", "2023-01-04"},
		{"31.02.2020", ""},
		{"Preis 12.50 Euro", ""},
		{"no date", ""},
	}
	for _, tc := range tests {
		got, ok := pageDate(tc.in)
		s := ""
		if ok {
			s = got.Format(time.DateOnly)
		}
		if s != tc.want {
			t.Errorf("pageDate(%q) = %q, want %q", tc.in, s, tc.want)
		}
	}
}

func TestWithoutSiteName(t *testing.T) {
	tests := []struct{ title, site, want string }{
		{"Council approves park | The Valley Courier", "The Valley Courier", "Council approves park"},
		{"The Valley Courier - Council approves park", "The Valley Courier", "Council approves park"},
		{"Council approves new park - Courier", "", "Council approves new park"},
		{"Left - right politics in a divided country explained", "", "Left - right politics in a divided country explained"},
		{"Just a headline", "Site", "Just a headline"},
		{"Germany debates pension reform | DW | 19.01.2020", "DW", "Germany debates pension reform"},
		{"Germany debates pension reform | DW | 19.01.2020", "", "Germany debates pension reform"},
		{"Council approves park - The New York Times", "The New York Times", "Council approves park"},
	}
	for _, tc := range tests {
		if got := withoutSiteName(tc.title, tc.site); got != tc.want {
			t.Errorf("withoutSiteName(%q, %q) = %q, want %q", tc.title, tc.site, got, tc.want)
		}
	}
}

func TestReadPageMeta(t *testing.T) {
	tests := []struct {
		name, page, pageURL            string
		title, site, author, date, url string
	}{
		{
			name: "json-ld graph",
			page: `<html><head><title>T | S</title><script type="application/ld+json">{"@graph":[
				{"@type":"WebSite","name":"Daily Example"},
				{"@type":["NewsArticle"],"headline":"Storm hits coast","datePublished":"2021-03-04T05:06:07Z",
				 "author":[{"@type":"Person","name":"A. Writer"},{"name":"B. Writer"}],"publisher":{"name":"Example News"}}]}</script></head><body></body></html>`,
			title: "Storm hits coast", site: "Example News", author: "A. Writer; B. Writer", date: "2021-03-04",
		},
		{
			name: "open graph and meta",
			page: `<html><head><title>ignored</title><meta property="og:title" content="Park opens | Courier">
				<meta property="og:site_name" content="Courier"><meta name="author" content="https://example.org/jane">
				<meta name="author" content="Jane Doe"><meta property="article:published_time" content="2020-01-02">
				<link rel="canonical" href="https://courier.example/park"></head><body></body></html>`,
			title: "Park opens", site: "Courier", author: "Jane Doe", date: "2020-01-02", url: "https://courier.example/park",
		},
		{
			name: "title tag, time element and broken json-ld",
			page: `<html><head><title>Mayor resigns after vote - Gazette</title><script type="application/ld+json">{not json</script></head>
				<body><svg><title>icon</title></svg><p>x <time datetime="2019-05-06T10:00">May 6</time></p></body></html>`,
			title: "Mayor resigns after vote", date: "2019-05-06",
		},
		{
			name: "date in the address the user gave", pageURL: "https://blog.example/2018/10/09/pair-with-me/",
			page:  `<html><head><title>Pair with me</title></head><body><p>Text.</p></body></html>`,
			title: "Pair with me", date: "2018-10-09",
		},
		{
			name:  "dateline under the headline",
			page:  `<html><head><title>Kurz</title></head><body><p>Menu 01.01.1999</p><h1>Kurz</h1><p>Erstellt am Dienstag 6. Mai 2014</p><p>Text.</p></body></html>`,
			title: "Kurz", date: "2014-05-06",
		},
		{
			name:  "dateline in a date element",
			page:  `<html><head><title>Kurz</title></head><body><span class="entry-date">19. Oktober 2019 15:07</span></body></html>`,
			title: "Kurz", date: "2019-10-19",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(tc.page))
			if err != nil {
				t.Fatal(err)
			}
			m := readPageMeta(doc, tc.pageURL)
			date := ""
			if !m.date.IsZero() {
				date = m.date.Format(time.DateOnly)
			}
			if m.title != tc.title || m.site != tc.site || m.author != tc.author || date != tc.date || m.url != tc.url {
				t.Errorf("got title %q site %q author %q date %q url %q,\nwant title %q site %q author %q date %q url %q",
					m.title, m.site, m.author, date, m.url, tc.title, tc.site, tc.author, tc.date, tc.url)
			}
		})
	}
}

func TestDecodePage(t *testing.T) {
	tests := []struct {
		name, page, want string
	}{
		{"utf-8 kept whatever it declares", "<meta charset=iso-8859-1><p>Tübingen</p>", "<meta charset=iso-8859-1><p>Tübingen</p>"},
		{"declared latin-1", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>T\xfcbingen</p>", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>Tübingen</p>"},
		{"declared late, after a script", "<script>" + strings.Repeat("x", 3000) + "</script><meta charset='windows-1250'><p>\xa3\xf3d\x9f</p>", "<script>" + strings.Repeat("x", 3000) + "</script><meta charset='windows-1250'><p>Łódź</p>"},
		{"undeclared falls back to windows-1252", "<p>\x93quoted\x94 caf\xe9</p>", "<p>\u201cquoted\u201d café</p>"},
		{"unknown charset falls back to windows-1252", "<meta charset=klingon><p>caf\xe9</p>", "<meta charset=klingon><p>café</p>"},
	}
	for _, tc := range tests {
		if got := string(decodePage([]byte(tc.page))); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got[max(0, len(got)-60):], tc.want[max(0, len(tc.want)-60):])
		}
	}
}

func TestParseHTMLBody(t *testing.T) {
	long := strings.Repeat("The council met again on Tuesday to discuss the budget for the coming year. ", 6)
	tests := []struct {
		name       string
		page       string
		paragraphs []string // the body, in order
		notInBody  []string
	}{
		{
			name:       "source line breaks stay inside a paragraph",
			page:       "<html><body><article><p>First line\nof the same\n  paragraph. " + long + "</p><p>Second paragraph. " + long + "</p></article></body></html>",
			paragraphs: []string{"First line of the same paragraph. " + strings.TrimSpace(long), "Second paragraph. " + strings.TrimSpace(long)},
		},
		{
			name: "captions, credits and sharing go; long captions stay",
			page: `<html><body><article><p>` + long + `</p><figure><img src=x.jpg><figcaption>Photo: AP</figcaption></figure>
				<div class="share-tools">Share this on Facebook</div><p>` + long + `</p>
				<figure><figcaption>Members of the council listen as the mayor presents the budget plan to the public on Tuesday evening.</figcaption></figure></article></body></html>`,
			paragraphs: []string{strings.TrimSpace(long), strings.TrimSpace(long), "Members of the council listen as the mayor presents the budget plan to the public on Tuesday evening."},
			notInBody:  []string{"Photo: AP", "Share this"},
		},
		{
			name:       "a link teaser among the paragraphs goes",
			page:       `<html><body><article><p>` + long + `</p><p>More: Harbour board votes to close the quay</p><p>` + long + `</p></article></body></html>`,
			paragraphs: []string{strings.TrimSpace(long), strings.TrimSpace(long)},
			notInBody:  []string{"More:"},
		},
		{
			name:       "an article shipped as a script template",
			page:       `<html><body><div class="post-body"><script type="text/template"><p>` + long + `</p><p>Templated ending.</p></script></div></body></html>`,
			paragraphs: []string{strings.TrimSpace(long), "Templated ending."},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := parseHTML([]byte(tc.page), "")
			if err != nil {
				t.Fatal(err)
			}
			if strings.Join(d.body, "\n") != strings.Join(tc.paragraphs, "\n") {
				t.Errorf("body\n%q\nwant\n%q", d.body, tc.paragraphs)
			}
			for _, s := range tc.notInBody {
				if strings.Contains(strings.Join(d.body, "\n"), s) {
					t.Errorf("body keeps %q", s)
				}
			}
		})
	}
}

// TestNavigationTitle: a title candidate that is navigation or promotion
// text is passed over for the next one.
func TestNavigationTitle(t *testing.T) {
	tests := []struct {
		candidates []string
		want       string
	}{
		{[]string{"Haaretz - back to home page", "Israel strikes Gaza after rocket fire"}, "Israel strikes Gaza after rocket fire"},
		{[]string{"Mohammad Ali (@someone) Published…", "Council approves park"}, "Council approves park"},
		{[]string{"", "Council approves park"}, "Council approves park"},
		{[]string{"Back to the future of the city's tram plan"}, "Back to the future of the city's tram plan"},
	}
	for _, tc := range tests {
		if got := firstTitle(tc.candidates...); got != tc.want {
			t.Errorf("firstTitle(%q) = %q, want %q", tc.candidates, got, tc.want)
		}
	}
}

func TestCleanAuthor(t *testing.T) {
	tests := []struct{ in, site, want string }{
		{"By Jane Doe", "", "Jane Doe"},
		{"Von: Wolfgang Schmale", "", "Wolfgang Schmale"},
		{"Posted on September 21, 2020 by Adi Tzlil", "", "Adi Tzlil"},
		{"Eingestellt von der Michel", "", "der Michel"},
		{"Cortyn; Cortyn", "", "Cortyn"},
		{"Amelie Siekmann,", "", "Amelie Siekmann"},
		{"finanztreff.de", "", ""},
		{"cipha[at]cipha.net", "", ""},
		{"The Courier", "The Courier", ""},
		{"Dr. Anna Berg; Byron Smith", "", "Dr. Anna Berg; Byron Smith"},
		{"SPIEGEL ONLINE; Hamburg; Germany", "", ""},
		{"Jane Doe; The Courier", "The Courier", "Jane Doe"},
		{"JF", "", "JF"},
		{"孔德明", "", "孔德明"},
	}
	for _, tc := range tests {
		if got := cleanAuthor(tc.in, tc.site); got != tc.want {
			t.Errorf("cleanAuthor(%q, %q) = %q, want %q", tc.in, tc.site, got, tc.want)
		}
	}
}
