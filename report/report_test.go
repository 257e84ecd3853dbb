package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
	"github.com/framediff/framediff/lexicon"
)

func demoInput(t testing.TB) Input {
	t.Helper()
	res, err := corpus.Load([]string{"../testdata/seeds"}, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	set, err := lexicon.DefaultSet()
	if err != nil {
		t.Fatal(err)
	}
	return Input{Comparison: framing.Compare(res.Articles, set), Corpus: "seeds", Load: res, Lexicon: "default packs"}
}

func TestMarkdownGolden(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, demoInput(t), "md"); err != nil {
		t.Fatal(err)
	}
	golden.RequireEqual(t, b.Bytes())
}

func TestJSONSchema(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, demoInput(t), "json"); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Schema        string `json:"schema"`
		SchemaVersion int    `json:"schema_version"`
		Differences   []struct {
			Kind     string  `json:"kind"`
			Summary  string  `json:"summary"`
			Salience float64 `json:"salience"`
			Key      string  `json:"key"`
			Evidence []struct {
				Start, End int
				Text       string
			} `json:"evidence"`
		} `json:"differences"`
		Naming   []any `json:"naming"`
		Voices   []any `json:"voices"`
		Claims   []any `json:"claims"`
		Acts     []any `json:"acts"`
		Unique   []any `json:"unique_content"`
		Keyness  []any `json:"keyness"`
		Articles []struct {
			Text       string `json:"text"`
			Quotations []struct {
				Start, End                int
				Kind, Speaker, Act, Actor string
				Affiliation               string
				SpeakerStart              int `json:"speaker_start"`
				SpeakerEnd                int `json:"speaker_end"`
			} `json:"quotations"`
		} `json:"articles"`
	}
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Schema != "framediff-report" || doc.SchemaVersion != SchemaVersion {
		t.Fatalf("schema %q v%d", doc.Schema, doc.SchemaVersion)
	}
	if len(doc.Differences) < 2 || doc.Differences[0].Key != "Israel" || doc.Differences[1].Key != "act:iran|deny|" {
		t.Fatalf("headline differences not first: %+v", doc.Differences[:min(2, len(doc.Differences))])
	}
	for _, tbl := range [][]any{doc.Naming, doc.Voices, doc.Acts, doc.Unique, doc.Keyness} {
		if len(tbl) == 0 {
			t.Fatal("a table is empty in the JSON report")
		}
	}
	if doc.Claims == nil {
		t.Error("claims is missing; with no claim rules it must be an empty list")
	}
	// Every quotation's offsets index its article's text, and the
	// Iranian denial is Ashtiani's, for Iran.
	denials := 0
	for _, a := range doc.Articles {
		if a.Quotations == nil {
			t.Fatal("an article has no quotations list")
		}
		for _, q := range a.Quotations {
			if q.Start < 0 || q.End > len(a.Text) || q.Start >= q.End || q.SpeakerEnd > len(a.Text) {
				t.Fatalf("quotation %+v outside its text (%d bytes)", q, len(a.Text))
			}
			if q.Speaker != "" && q.SpeakerEnd <= q.SpeakerStart {
				t.Errorf("quotation by %q has no speaker span", q.Speaker)
			}
			if q.Act == "deny" && q.Affiliation == "Iran" && q.Actor == "Mohammad-Reza Ashtiani" {
				denials++
			}
		}
	}
	if denials != 2 {
		t.Errorf("%d denials by Ashtiani for Iran, want 2", denials)
	}
	for _, d := range doc.Differences {
		for _, e := range d.Evidence {
			if e.End <= e.Start || e.Text == "" {
				t.Fatalf("bad evidence in %s: %+v", d.Kind, e)
			}
		}
	}
}

func TestCSVAndHTMLEscapeUntrustedText(t *testing.T) {
	in := demoInput(t)
	// An outlet name that is markup and a spreadsheet formula.
	in.Comparison.Outlets[0] = `=HYPERLINK("x")<script>alert(1)</script>`
	for i := range in.Comparison.Differences {
		in.Comparison.Differences[i].Outlets = in.Comparison.Outlets
		in.Comparison.Differences[i].Summary = in.Comparison.Outlets[0] + " " + in.Comparison.Differences[i].Summary
	}
	var h bytes.Buffer
	if err := Write(&h, in, "html"); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(h.String(), "<script>") {
		t.Fatal("HTML report carries a raw <script> from untrusted text")
	}
	var c bytes.Buffer
	if err := Write(&c, in, "csv"); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&c).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != len(in.Comparison.Differences)+1 {
		t.Fatalf("%d CSV records for %d differences", len(recs), len(in.Comparison.Differences))
	}
	for _, r := range recs[1:] {
		for _, cell := range r {
			if strings.HasPrefix(cell, "=") {
				t.Fatalf("formula cell %q", cell)
			}
		}
	}
}

func TestWriteFileIsAtomic(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "report.json")
	if err := os.WriteFile(out, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	// A failing write (unknown format) leaves the old file as it was and no temporary files.
	if err := WriteFile(out, demoInput(t), "pdf", nil); err == nil {
		t.Fatal("unknown format accepted")
	}
	if b, _ := os.ReadFile(out); string(b) != "old" {
		t.Fatalf("failed write damaged the old report: %q", b)
	}
	if err := WriteFile(out, demoInput(t), "json", nil); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(out)
	if !json.Valid(b) {
		t.Fatal("written report is not JSON")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("temporary files left behind: %v", entries)
	}
}

// TestLanguageWithoutLexicon loads a German page (<html lang="de">): it is
// loaded and shown, called German, gets no highlights from the English
// rules ("massiv" is no "massive", "Was" no "what"), and the report says so.
func TestLanguageWithoutLexicon(t *testing.T) {
	res, err := corpus.Load([]string{filepath.Join("..", "testdata", "corpus", "lang-html", "zeitung.html")}, corpus.Options{})
	if err != nil || len(res.Articles) != 1 {
		t.Fatalf("load: %v %v", err, res.Problems)
	}
	a := res.Articles[0]
	if a.Language != "german" || a.LanguageFrom != corpus.FromHTMLMeta {
		t.Fatalf("language %q from %q, want german from html meta", a.Language, a.LanguageFrom)
	}
	set, err := lexicon.DefaultSet()
	if err != nil {
		t.Fatal(err)
	}
	c := framing.Compare([]*corpus.Article{a}, set)
	for _, h := range c.Articles[0].Hits {
		if h.RuleID != "scare-quote" {
			t.Errorf("an English rule fired on German text: %s %q", h.RuleID, h.Surface)
		}
	}
	var b bytes.Buffer
	if err := Write(&b, Input{Comparison: c, Corpus: "test"}, "md"); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "German: no lexicon for this language, highlights off") {
		t.Errorf("the report does not say the highlights are off:\n%s", b.String())
	}
}

// TestOpinionPieceNoted: an opinion piece is named as such under the
// articles table, in Markdown, HTML and JSON.
func TestOpinionPieceNoted(t *testing.T) {
	dir := t.TempDir()
	rec := `{"url": "https://example.com/2013/09/12/opinion/a-plea.html", "title": "A Plea for Caution", "authors": "Jane Roe", "source": "The Daily Example", "content_original": "The strike would widen the war and help no one."}`
	if err := os.WriteFile(filepath.Join(dir, "op.json"), []byte(rec), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := corpus.Load([]string{filepath.Join(dir, "op.json")}, corpus.Options{})
	if err != nil || len(res.Articles) != 1 {
		t.Fatalf("load: %v %v", err, res.Problems)
	}
	set, err := lexicon.DefaultSet()
	if err != nil {
		t.Fatal(err)
	}
	c := framing.Compare(res.Articles, set)
	for format, want := range map[string]string{
		"md":   "an opinion piece (its address is in an opinion section (/opinion/)), by Jane Roe",
		"html": "an opinion piece (its address is in an opinion section (/opinion/)), by Jane Roe",
		"json": `"opinion": "its address is in an opinion section (/opinion/)"`,
	} {
		var b bytes.Buffer
		if err := Write(&b, Input{Comparison: c, Corpus: "test"}, format); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(b.String(), want) {
			t.Errorf("%s report does not say %q", format, want)
		}
	}
}

// TestCorpusReport writes a corpus report in every format from the seed
// story: the index links its story, the CSV is tidy (one count with its
// denominator per row), the HTML draws its charts as inline SVG with no
// script, and JSON carries the stories and the profile.
func TestCorpusReport(t *testing.T) {
	res, err := corpus.Load([]string{filepath.Join("..", "testdata", "seeds")}, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	set, err := lexicon.DefaultSet()
	if err != nil {
		t.Fatal(err)
	}
	// The seed story, as grouping would give it (one of its articles is
	// undated, which grouping leaves out).
	groups := []corpus.Story{{Members: []int{0, 1}, Outlets: []string{res.Articles[0].Outlet, res.Articles[1].Outlet}}}
	profile, stories := framing.CompareCorpus(corpus.Articles(res.Articles), groups, set, 5)
	if len(stories) != 1 || len(stories[0].Differences) != 5 || stories[0].Number != 1 {
		t.Fatalf("stories %+v", stories)
	}
	in := CorpusInput{Corpus: "seeds", Lexicon: "default", Stories: stories, Profile: profile, Load: res}
	out := map[string]string{}
	for _, f := range []string{"md", "json", "csv", "html"} {
		var b bytes.Buffer
		if err := WriteCorpus(&b, in, f); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out[f] = b.String()
	}
	if !strings.Contains(out["md"], "| [1](#story-1) |") || !strings.Contains(out["md"], "## Story 1") || !strings.Contains(out["md"], "Naming of Israel") {
		t.Errorf("markdown:\n%s", out["md"][:min(len(out["md"]), 1500)])
	}
	rows, err := csv.NewReader(strings.NewReader(out["csv"])).ReadAll()
	if err != nil || len(rows) < 10 || strings.Join(rows[0], ",") != "story,date,outlet,measure,voice,count,denominator" {
		t.Fatalf("csv: %v %q", err, rows[:min(len(rows), 3)])
	}
	for _, r := range rows[1:] {
		if r[0] != "1" || r[6] == "0" && r[3] != "quotations" {
			t.Errorf("csv row %q", r)
		}
	}
	if !strings.Contains(out["html"], "<svg") || !strings.Contains(out["html"], `<table id="stories">`) || strings.Contains(out["html"], "<script") {
		t.Errorf("html lacks its charts or index, or holds a script")
	}
	var doc struct {
		Schema  string          `json:"schema"`
		Stories []any           `json:"stories"`
		Profile json.RawMessage `json:"profile"`
	}
	if err := json.Unmarshal([]byte(out["json"]), &doc); err != nil || doc.Schema != "framediff-corpus-report" || len(doc.Stories) != 1 || len(doc.Profile) < 10 {
		t.Errorf("json: %v %+v", err, doc.Schema)
	}
}
