package corpus

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// addFixtures seeds a fuzz target with the files of testdata folders.
func addFixtures(f *testing.F, dirs ...string) {
	f.Helper()
	for _, d := range dirs {
		files, err := filepath.Glob(filepath.Join("..", "testdata", d, "*"))
		if err != nil {
			f.Fatal(err)
		}
		for _, p := range files {
			data, err := os.ReadFile(p)
			if err != nil {
				continue // a folder
			}
			f.Add(data)
		}
	}
}

func FuzzParseText(f *testing.F) {
	addFixtures(f, "seeds", "corpus/hostile", "corpus/lang")
	f.Add([]byte("Title: x\nDate: 2023-01-04\n\n\"Quote,\" he said. “Curly,” she said.\n\nBy A B\nMost read\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<16 {
			return
		}
		d, err := parseText(data)
		if err != nil {
			return
		}
		d.id, d.source = "fuzz", "fuzz"
		assertArticleInvariants(t, d.article())
	})
}

func FuzzParseManifest(f *testing.F) {
	f.Add([]byte("path,outlet,url\na.txt,Outlet,https://x\n"))
	f.Add([]byte("# comment\npath,date\nb.txt,2023-01-04\n"))
	f.Add([]byte("path,bogus\n"))
	f.Add([]byte("file,title\n\"a\nb.txt\",\"T\"\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, probs, err := ParseManifest("m.csv", data, "dir")
		for _, p := range probs {
			if p.Path != "m.csv" || p.Line < 1 {
				t.Errorf("problem %q does not name the manifest's line", p.Error())
			}
		}
		if err != nil {
			if !strings.HasPrefix(err.Error(), "m.csv") {
				t.Errorf("error %q does not name the manifest", err)
			}
			return
		}
		for k, e := range m {
			if k == "" || e == nil || e.Path == "" {
				t.Errorf("bad entry %q: %+v", k, e)
			}
			for _, s := range []string{e.Outlet, e.Title, e.URL, e.Language} {
				assertSafeText(t, "manifest field", s)
			}
		}
	})
}

func FuzzParseRecords(f *testing.F) {
	for _, name := range []string{"articles.json", "articles.jsonl", "articles.csv", "newsapi.json", "broken.json", "badquote.csv"} {
		data, err := os.ReadFile(recordsPath(name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, uint8(recordFormatOf(name)))
	}
	f.Add([]byte(`{"text": ["a", ["b", 1, null]], "source": {"name": 3}}`), uint8(formatJSON))
	f.Fuzz(func(t *testing.T, data []byte, format uint8) {
		if len(data) > 1<<16 {
			return
		}
		rf := recordFormat(format%4 + 1)
		recs, probs := parseRecords(data, rf)
		for _, p := range probs {
			if p.err == nil || p.line < 0 || p.num < 0 {
				t.Errorf("bad problem %+v", p)
			}
		}
		lines := strings.Count(string(data), "\n") + 1
		for _, r := range recs {
			if r.line > lines || r.num < 1 {
				t.Errorf("record at line %d (of %d), number %d", r.line, lines, r.num)
			}
			d, err := recordDocument(r, nil)
			if err != nil {
				continue
			}
			d.source = "fuzz"
			a := d.article()
			if a.ID == "" && d.id != "" {
				t.Errorf("id lost")
			}
			assertArticleInvariants(t, a)
		}
	})
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2023-01-04", "2023-01-04T13:45:00Z", "January 4, 2023", "JAN. 4 2023", "4 January 2023", "2023/01/04", "2023-02-30", "99999-01-01"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := ParseDate(s)
		if !ok {
			if !d.IsZero() {
				t.Errorf("ParseDate(%q) failed but returned %v", s, d)
			}
			return
		}
		if d.Year() < 1800 || d.Year() > 2200 || d.Hour() != 0 || d.Location().String() != "UTC" {
			t.Errorf("ParseDate(%q) = %v", s, d)
		}
	})
}

func FuzzHTML(f *testing.F) {
	addFixtures(f, "corpus/html")
	f.Add([]byte("<p>\x1b]52;c;AAAA\x07 text</p>"))
	f.Add([]byte("<html><head><title>T</title><meta property=\"og:site_name\" content=\"\u202eS\"></head><body><p>" + strings.Repeat("word ", 80) + "</p></body></html>"))
	f.Add([]byte(`<html><head><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"H","author":[{"name":"A"}],"datePublished":"2021-03-04"}]}</script></head><body><article><p>` + strings.Repeat("word ", 80) + `</p><figure><figcaption>Credit</figcaption></figure><time datetime="2020-01-02">x</time></article></body></html>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<16 {
			return
		}
		d, err := parseHTML(data, "")
		if err != nil {
			return
		}
		d.id, d.source = "fuzz", "fuzz"
		assertArticleInvariants(t, d.article())
	})
}

// FuzzQuotes runs the quotation finder and the attribution scanner over
// arbitrary paragraphs: no panic, and every quote, speaker and verb lies in
// the text.
func FuzzQuotes(f *testing.F) {
	for _, s := range []string{
		`"We are ready to talk to anyone," Price said.`,
		"The deal, which Smith said was fair, Jones also told reporters that it was over.",
		"Arkady Mil-Man, former Israeli Ambassador to Moscow, indicated that the talks failed.",
		"US State Department spokesman Ned Price said on Tuesday: \u201cWe will not.\u201d",
		"He told reporters, \"",
		"Lavrov said the missiles were \"entirely defensive\", adding that ''nothing'' changed.",
		"according to",
		", said",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 4000 {
			return
		}
		assertArticleInvariants(t, FromParagraphs(Meta{ID: "fuzz", Source: "fuzz"}, strings.Split(s, "\n")))
	})
}

// FuzzDatePrefilter checks that hasYearDigits, the cheap test ParseDate
// runs first, never rejects a line one of its regular expressions matches.
func FuzzDatePrefilter(f *testing.F) {
	for _, s := range []string{
		"Published: Jan. 4, 2023", "2023/1/4", "12th March 1999 09:00", "Copyright 2022 The Times", " 12. ",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 4000 {
			return
		}
		if anyDateRe(s) && !hasYearDigits(s) {
			t.Errorf("a date expression matches %q but hasYearDigits says it cannot", s)
		}
	})
}

// anyDateRe reports whether one of ParseDate's regular expressions matches s.
func anyDateRe(s string) bool {
	for _, re := range []*regexp.Regexp{isoDateRe, monthDayRe, dayMonthRe, slashDateRe} {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}
