package htmleval

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// tagRe strips tags: the test extractor keeps every text of the page, so
// the expected outcomes follow from the fixture by hand.
var tagRe = regexp.MustCompile(`<[^>]*>`)

func testExtractor(p Page) (Extraction, error) {
	if filepath.Base(p.Path) == "c.html" {
		return Extraction{}, errors.New("no article")
	}
	b, err := os.ReadFile(p.Path)
	if err != nil {
		return Extraction{}, err
	}
	text := tagRe.ReplaceAllString(string(b), " ")
	ex := Extraction{Text: text}
	if strings.HasSuffix(p.URL, "/a") {
		ex.Title = "Council  votes for park"
		ex.Author = "Jane Reporter; Sam Writer"
		ex.Date = time.Date(2023, 5, 6, 0, 0, 0, 0, time.UTC)
	} else {
		ex.Title = "Weather today"
		ex.Sitename = "Example Weather"
		ex.Date = time.Date(2023, 5, 7, 0, 0, 0, 0, time.UTC)
	}
	return ex, nil
}

func TestScore(t *testing.T) {
	res, err := Score("testdata", testExtractor)
	if err != nil {
		t.Fatal(err)
	}
	// a: both "with" found (whitespace folded), both "without" kept;
	// b: "with" found, "without" absent; c: failed, both "with" missed.
	want := Counts{TP: 3, FN: 2, FP: 2, TN: 2}
	if res.Counts != want {
		t.Errorf("counts %+v, want %+v", res.Counts, want)
	}
	if res.Failed != 1 || len(res.Pages) != 3 {
		t.Errorf("failed %d of %d pages, want 1 of 3", res.Failed, len(res.Pages))
	}
	if got, want := res.F1(), 6.0/10.0; got != want {
		t.Errorf("F1 %v, want %v", got, want)
	}
	if got, want := res.Precision(), 3.0/5.0; got != want {
		t.Errorf("precision %v, want %v", got, want)
	}
	if got, want := res.Accuracy(), 5.0/9.0; got != want {
		t.Errorf("accuracy %v, want %v", got, want)
	}
	wantMeta := []MetaCount{{"title", 1, 2}, {"sitename", 1, 1}, {"author", 1, 1}, {"date", 1, 1}}
	for i, m := range wantMeta {
		if i >= len(res.Meta) || res.Meta[i] != m {
			t.Errorf("metadata %+v, want %+v", res.Meta, wantMeta)
			break
		}
	}
	table := res.String()
	for _, s := range []string{"| 3 | 1 | 0.600 | 0.600 | 0.600 | 0.556 | 3 | 2 | 2 | 2 |", "| title | 1 | 2 |"} {
		if !strings.Contains(table, s) {
			t.Errorf("table lacks %q:\n%s", s, table)
		}
	}
}

func TestScoreErrors(t *testing.T) {
	if _, err := Score(t.TempDir(), testExtractor); err == nil {
		t.Error("a folder without expected.json scored without error")
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "expected.json"), []byte(`{"u": {"with": ["x"]}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Score(dir, testExtractor); err == nil || !strings.Contains(err.Error(), "names no file") {
		t.Errorf("an entry without a file: error %v", err)
	}
}

func TestCorpusArticle(t *testing.T) {
	ex, err := CorpusArticle(Page{URL: "https://example.org/a", Path: filepath.Join("testdata", "pages", "a.html")})
	if err != nil {
		t.Fatal(err)
	}
	if ex.Title != "Council votes for park" {
		t.Errorf("title %q", ex.Title)
	}
	if !strings.Contains(ex.Text, "The council voted on Monday to build the park.") || strings.Contains(ex.Text, "Subscribe now") {
		t.Errorf("text %q: want the paragraph without the menu", ex.Text)
	}
}
