package corpus

import (
	"encoding/json"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
)

// crossFileCopies is a folder whose near-duplicates sit in different
// files: a copy with page chrome and the metadata, a cleaner copy without
// them (kept, with the metadata filled in), a record in a JSONL file, and
// the same text under another outlet, which never folds.
func crossFileCopies() fstest.MapFS {
	body := strings.Join([]string{
		"A pedestrian footbridge over the Mill River collapsed during the morning rush hour on Monday, injuring four commuters who fell into the shallow water below.",
		`"We heard a crack like thunder and then the whole span dropped," said Maria Lopez, a nurse who was crossing the footbridge when it gave way.`,
		"City engineer Tom Adler said the footbridge had passed its last inspection in 2022. Critics claim the council ignored repeated warnings about corroded steel cables.",
		"The mayor called the collapse a disgrace and promised a full inquiry. Police closed the riverside path while divers searched the river for debris.",
	}, "\n\n")
	other := "Councillors passed the budget after a stormy late-night vote on Wednesday, cutting library hours and raising parking fees across the city centre to close a gap of four million."
	file := func(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s), Mode: 0o444} }
	record, _ := json.Marshal(map[string]string{"outlet": "Harbour Herald", "title": "Bridge falls",
		"text": strings.Replace(body, "Monday", "Monday morning", 1)})
	return fstest.MapFS{
		"Harbour Herald/a-bridge.txt": file("Title: Footbridge collapses over Mill River\nDate: 2024-03-04\n\n" + strings.Replace(body, "\n\nCity", "\n\nAdvertisement\n\nCity", 1)),
		"Harbour Herald/b-copy.txt":   file(body),
		"Harbour Herald/c-budget.txt": file("Title: Budget passes\nDate: 2024-03-20\n\n" + other),
		"Valley Gazette/bridge.txt":   file("Title: Mill River footbridge collapses\nDate: 2024-03-04\n\n" + body),
		"wire/records.jsonl":          file(string(record) + "\n"),
	}
}

// TestFoldArticlesEqualsLoadingTogether loads every file on its own,
// keeping duplicates, folds the lot with FoldArticles, and checks the
// result against loading the folder at once, article for article.
func TestFoldArticlesEqualsLoadingTogether(t *testing.T) {
	view := crossFileCopies()
	whole, err := LoadFS(view, ".", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if whole.Folded != 2 {
		t.Fatalf("loading the folder folded %d copies, want 2: the fixture no longer tests a fold", whole.Folded)
	}
	var apart []*Article
	names, _ := fs.Glob(view, "*/*")
	for _, name := range names {
		res, err := LoadFS(fstest.MapFS{name: view[name]}, ".", Options{KeepDuplicates: true})
		if err != nil {
			t.Fatal(err)
		}
		apart = append(apart, res.Articles...)
	}
	into, merged, folded := FoldArticles(apart)
	if folded != whole.Folded {
		t.Errorf("FoldArticles folded %d, loading together %d", folded, whole.Folded)
	}
	var got []*Article
	for i, a := range apart {
		switch {
		case into[i] != i:
			continue
		case merged[i] != nil:
			got = append(got, merged[i])
		default:
			got = append(got, a)
		}
	}
	if len(got) != len(whole.Articles) {
		t.Fatalf("%d articles after FoldArticles, %d loading together", len(got), len(whole.Articles))
	}
	for i := range got {
		g, _ := json.Marshal(got[i])
		w, _ := json.Marshal(whole.Articles[i])
		if string(g) != string(w) {
			t.Errorf("article %d differs:\n got %s\nwant %s", i, g, w)
		}
	}
	// The kept copy is the clean one, with the headline and date of the
	// copy it absorbed.
	if k := whole.Articles[0]; !strings.HasSuffix(k.Source, "b-copy.txt") || k.Title == "" || k.Date.IsZero() || len(k.Sources) != 3 {
		t.Errorf("kept %s titled %q dated %v from %v; want b-copy.txt with a-bridge.txt's headline and date, three sources", k.Source, k.Title, k.Date, k.Sources)
	}
}
