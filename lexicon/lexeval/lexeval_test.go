package lexeval

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
	"github.com/framediff/framediff/lexicon"
)

func defaultSet(t *testing.T) *lexicon.Set {
	t.Helper()
	lx, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	set, err := lexicon.Compile(lx)
	if err != nil {
		t.Fatal(err)
	}
	return set
}

func TestRunMini(t *testing.T) {
	tab, err := Run(filepath.Join("..", "..", "testdata", "lexicon", "basil-mini"), defaultSet(t))
	if err != nil {
		t.Fatal(err)
	}
	if tab.Articles != 1 || tab.Sentences != 4 || tab.LexSpans != 5 || tab.Skipped != 1 {
		t.Errorf("table %+v", tab)
	}
	want := map[string]int{"any": 4, "evaluative": 3, "distancing": 1, "attribution": 1, "naming": 0, "hedging": 0}
	for _, r := range tab.Rows {
		if w, ok := want[r.Category]; !ok || r.Covered != w {
			t.Errorf("%s covers %d, want %d", r.Category, r.Covered, w)
		}
		if r.InLex > r.Highlights {
			t.Errorf("%s: %d of %d highlights in lex spans", r.Category, r.InLex, r.Highlights)
		}
	}
	if len(tab.Rows) != len(want) {
		t.Errorf("%d rows", len(tab.Rows))
	}
	golden.RequireEqual(t, tab.String())
}

func TestRunErrors(t *testing.T) {
	dir := t.TempDir()
	if _, err := Run(dir, defaultSet(t)); err == nil {
		t.Error("no error for a folder without annotations")
	}
	for _, d := range []string{"articles/2020", "annotations/2020"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "annotations/2020/x_ann.json"), []byte(`{"uuid": "missing"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Run(dir, defaultSet(t)); err == nil {
		t.Error("no error for an annotation without its article")
	}
	if err := os.WriteFile(filepath.Join(dir, "articles/2020/x.json"), []byte(`{not json`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Run(dir, defaultSet(t)); err == nil {
		t.Error("no error for a broken article")
	}
}
