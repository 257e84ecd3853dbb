package corpus

import (
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func recordsPath(name string) string {
	return filepath.Join("..", "testdata", "corpus", "records", name)
}

func TestRecordFiles(t *testing.T) {
	day := func(s string) time.Time {
		d, err := time.Parse("2006-01-02", s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	type want struct {
		id, source, outlet, title, byline, url, textHas string
		date                                            time.Time
		warning                                         string
	}
	tests := []struct {
		name   string
		file   string
		opt    Options
		want   []want
		probs  int
		nTitle string // a text that must not be in any Text (the junk "content" copy)
	}{
		{
			name: "json array with aliases", file: "articles.json", probs: 2, nTitle: "negotiators say .",
			want: []want{
				{id: "a1", source: "articles.json#1", outlet: "Daily Planet", title: "Talks resume in Geneva", byline: "Lois Lane, Clark Kent",
					url: "https://planet.example/talks", textHas: "Negotiators from both countries", date: day("2023-01-04")},
				{id: "articles#2", source: "articles.json#2", outlet: "The Gazette", title: "Storm hits the coast",
					textHas: "Crews were working through the night", date: day("2023-01-05")},
			},
		},
		{
			name: "jsonl", file: "articles.jsonl", probs: 2,
			want: []want{
				{id: "j1", source: "articles.jsonl#1", outlet: "Metro News", title: "Budget passes", textHas: "passed the budget", date: day("2023-02-01")},
				{id: "j3", source: "articles.jsonl#3", outlet: "Metro News", title: "Bridge reopens", textHas: "old bridge", warning: "not understood"},
			},
		},
		{
			name: "csv", file: "articles.csv", probs: 1,
			want: []want{
				{id: "c1", source: "articles.csv#1", outlet: "Coast Times", title: "Harbour expands", byline: "Ann Writer", textHas: "harbour authority", date: day("2023-03-01")},
				{id: "c3", source: "articles.csv#3", outlet: "Coast Times", title: "Ferry strike ends", textHas: "ferry workers", date: day("2023-03-02")},
			},
		},
		{
			name: "csv with explicit mapping", file: "mapped.csv",
			opt:  Options{Fields: map[string]string{"text": "maincol", "title": "headline_text", "outlet": "paper", "id": "docid"}},
			want: []want{{id: "m1", source: "mapped.csv#1", outlet: "Rural Herald", title: "Farmers protest prices", textHas: "tractors"}},
		},
		{
			name: "news API wrapper", file: "newsapi.json",
			want: []want{{id: "newsapi#1", source: "newsapi.json#1", outlet: "Wire Service", title: "Rates held steady", byline: "Staff",
				url: "https://wire.example/rates", textHas: "main interest rate", date: day("2023-04-01")}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.opt.KeepDuplicates = true
			res, err := Load([]string{recordsPath(tc.file)}, tc.opt)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Problems) != tc.probs {
				t.Errorf("problems = %v, want %d", res.Problems, tc.probs)
			}
			for _, p := range res.Problems {
				if p.Path != recordsPath(tc.file) || p.Line == 0 && !strings.Contains(p.Error(), "record") {
					t.Errorf("problem %q names neither the file and line nor the record", p.Error())
				}
			}
			if len(res.Articles) != len(tc.want) {
				t.Fatalf("got %d articles, want %d", len(res.Articles), len(tc.want))
			}
			for i, w := range tc.want {
				a := res.Articles[i]
				assertArticleInvariants(t, a)
				if a.ID != w.id || !strings.HasSuffix(a.Source, w.source) {
					t.Errorf("article %d: id %q source %q, want %q %q", i, a.ID, a.Source, w.id, w.source)
				}
				if a.Outlet != w.outlet || a.OutletFrom != FromRecord {
					t.Errorf("article %d: outlet %q from %q, want %q from record", i, a.Outlet, a.OutletFrom, w.outlet)
				}
				if a.Title != w.title || a.TitleFrom != FromRecord {
					t.Errorf("article %d: title %q from %q, want %q from record", i, a.Title, a.TitleFrom, w.title)
				}
				if a.Byline != w.byline || a.URL != w.url {
					t.Errorf("article %d: byline %q url %q, want %q %q", i, a.Byline, a.URL, w.byline, w.url)
				}
				if !a.Date.Equal(w.date) || (!w.date.IsZero() && a.DateFrom != FromRecord) {
					t.Errorf("article %d: date %v from %q, want %v", i, a.Date, a.DateFrom, w.date)
				}
				if !strings.Contains(a.Text, w.textHas) {
					t.Errorf("article %d: text %q lacks %q", i, a.Text, w.textHas)
				}
				if !strings.HasPrefix(a.Text, w.title+"\n\n") {
					t.Errorf("article %d: text does not open with the title paragraph: %q", i, a.Text)
				}
				if tc.nTitle != "" && strings.Contains(a.Text, tc.nTitle) {
					t.Errorf("article %d: text uses the tokenised content field", i)
				}
				if w.warning != "" && !strings.Contains(strings.Join(a.Warnings, "\n"), w.warning) {
					t.Errorf("article %d: warnings %q lack %q", i, a.Warnings, w.warning)
				}
				if a.Language != "english" || a.LanguageFrom != FromDetected {
					t.Errorf("article %d: language %q from %q, want english detected", i, a.Language, a.LanguageFrom)
				}
			}
		})
	}
}

func TestRecordProblemLines(t *testing.T) {
	tests := []struct {
		file      string
		wantLines []int
		wantText  []string
	}{
		{"articles.json", []int{8, 9}, []string{"record 3: record is a JSON number", "record 4: no text field"}},
		{"articles.jsonl", []int{2, 5}, []string{"record 2: malformed JSON", "record 4: record is a JSON array"}},
		{"articles.csv", []int{3}, []string{"record 2: row has 3 fields"}},
		{"broken.json", []int{3}, []string{"record 2: malformed JSON"}},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			res, err := Load([]string{recordsPath(tc.file)}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Problems) != len(tc.wantLines) {
				t.Fatalf("problems = %v, want %d", res.Problems, len(tc.wantLines))
			}
			for i, p := range res.Problems {
				if p.Line != tc.wantLines[i] || !strings.Contains(p.Error(), tc.wantText[i]) {
					t.Errorf("problem %d = %q (line %d), want line %d with %q", i, p.Error(), p.Line, tc.wantLines[i], tc.wantText[i])
				}
			}
		})
	}
}

func TestFieldMappingErrors(t *testing.T) {
	tests := []struct {
		fields map[string]string
		ok     bool
	}{
		{map[string]string{"text": "maincol"}, true},
		{map[string]string{"Title": "h"}, true},
		{map[string]string{"body": "maincol"}, false},
		{map[string]string{"text": " "}, false},
	}
	for _, tc := range tests {
		_, err := Load([]string{recordsPath("mapped.csv")}, Options{Fields: tc.fields})
		if (err == nil) != tc.ok {
			t.Errorf("Fields %v: err = %v, want ok=%v", tc.fields, err, tc.ok)
		}
	}
}

func TestParseRecordsValues(t *testing.T) {
	tests := []struct {
		name   string
		data   string
		format recordFormat
		field  string
		want   string
	}{
		{"source object", `{"source": {"id": "x", "name": "Outlet Name"}, "text": "t"}`, formatJSON, "outlet", "Outlet Name"},
		{"authors array", `{"authors": ["A", "B", ""], "text": "t"}`, formatJSON, "author", "A, B"},
		{"number id", `{"id": 12, "text": "t"}`, formatJSON, "id", "12"},
		{"content_original wins", `{"content": "junk", "content_original": "good", "text": "x"}`, formatJSON, "text", "good"},
		{"nested paragraphs", `{"body-paragraphs": [["One.", "Two."], ["Three."]]}`, formatJSON, "text", "One. Two.\n\nThree."},
		{"case-insensitive keys", `{"TITLE": "Upper", "text": "t"}`, formatJSON, "title", "Upper"},
		{"tsv", "title\ttext\nTabbed\tbody\n", formatTSV, "title", "Tabbed"},
		{"csv bom", "\ufefftitle,text\nBOM,body\n", formatCSV, "title", "BOM"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			recs, probs := parseRecords([]byte(tc.data), tc.format)
			if len(probs) != 0 || len(recs) != 1 {
				t.Fatalf("records %v problems %v", recs, probs)
			}
			v, _ := lookupField(recs[0].fields, tc.field, nil)
			got := valueString(v)
			if tc.field == "text" {
				got = textValue(v)
			}
			if got != tc.want {
				t.Errorf("%s = %q, want %q", tc.field, got, tc.want)
			}
		})
	}
}

func TestWalkFindsRecordAndHTMLFiles(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"a.json", true}, {"a.JSONL", true}, {"a.csv", true}, {"a.tsv", true}, {"a.html", true}, {"a.htm", true},
		{"a.txt", true}, {"a.md", true}, {"a.png", false}, {"a.pdf", false}, {"a", false},
	}
	for _, tc := range tests {
		if got := IsArticleFile(tc.name); got != tc.want {
			t.Errorf("IsArticleFile(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
	res, err := Load([]string{filepath.Join("..", "testdata", "corpus", "records")}, Options{KeepDuplicates: true})
	if err != nil {
		t.Fatal(err)
	}
	// 2 + 2 + 2 + 1 good records and broken.json's first; mapped.csv
	// needs its field mapping.
	if len(res.Articles) != 8 {
		t.Errorf("walking the records folder gave %d articles, want 8", len(res.Articles))
	}
}
