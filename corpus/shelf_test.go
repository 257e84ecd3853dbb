package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"
)

// shelfCorpus writes a corpus that exercises what a shelf must reproduce:
// near-duplicates in one outlet (folded, metadata merged), the same text
// in two outlets (not folded), an alias, an undated article, records, a
// scraped page with removed chrome, and an unreadable file.
func shelfCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	body := "The river rose through the night and the levees at %s gave way before dawn, officials said. " +
		"Hundreds of families were moved to schools on higher ground as water reached the market square. " +
		"\"We have never seen the water this high,\" said Maria Lopez, the mayor, who asked residents to stay away from the banks."
	files := map[string]string{
		"planet/a.txt":   "outlet: Daily Planet\ntitle: Levees fail\ndate: 2023-05-01\n\n" + fmt.Sprintf(body, "Millbrook"),
		"planet/a2.txt":  "outlet: Daily Planet\ndate: 2023-05-01\nurl: https://planet.example/a\n\n" + fmt.Sprintf(body, "Millbrook"),
		"gazette/b.txt":  "outlet: Morning Gazette Online\ntitle: Floods in Millbrook\ndate: 2023-05-02\n\n" + fmt.Sprintf(body, "Millbrook"),
		"herald/c.txt":   "outlet: Evening Herald\ntitle: Water everywhere\n\n" + fmt.Sprintf(body, "the old mill") + " Volunteers filled sandbags.",
		"courier/d.html": "<html><head><title>Flood | City Courier</title></head><body><nav>Home | World | Sport</nav><article><h1>Millbrook floods</h1><p>" + fmt.Sprintf(body, "Millbrook") + "</p><p>Schools stay shut on Monday.</p></article><footer>Subscribe now</footer></body></html>",
		"wire.jsonl": `{"title":"Quake shakes the coast","outlet":"Wire One","date":"2023-06-10","text":"A strong earthquake struck the coast on Saturday, collapsing buildings in two towns, rescuers said."}` + "\n" +
			`{"title":"Coast quake","outlet":"Wire Two","date":"2023-06-10","text":"A strong earthquake struck the coast on Saturday and collapsed buildings in two towns, according to rescuers."}` + "\n" +
			"{not json}\n",
		"broken.txt": "\xff\xfe\x00\x00binary",
	}
	for name, s := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestShelfMatchesLoad: a shelf gives back exactly the articles Load
// gives, in the same order, and groups them into the same stories.
func TestShelfMatchesLoad(t *testing.T) {
	dir := shelfCorpus(t)
	aliases, err := ParseAliases("aliases.csv", []byte("alias,outlet\nMorning Gazette Online,Morning Gazette\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name  string
		paths []string
		opt   Options
	}{
		{"made-up corpus", []string{dir}, Options{}},
		{"with aliases", []string{dir}, Options{Aliases: aliases}},
		{"keeping duplicates", []string{dir}, Options{KeepDuplicates: true}},
		{"seeds", []string{"../testdata/seeds"}, Options{}},
		{"demo (scraped pages, removed chrome)", []string{"../demo"}, Options{}},
		{"records", []string{"../testdata/corpus/records"}, Options{}},
		{"html", []string{"../testdata/corpus/html"}, Options{}},
		{"hostile", []string{"../testdata/hostile", "../testdata/corpus/hostile"}, Options{}},
		{"languages", []string{"../testdata/corpus/lang", "../testdata/corpus/lang-html"}, Options{}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			want, err := Load(tt.paths, tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			if len(want.Articles) == 0 {
				t.Fatal("the fixture has no articles")
			}
			// Every document packed, some, and none: a small corpus
			// stays as read (unpackedBudget), a large one is packed.
			for _, budget := range []int64{0, 2000, unpackedBudget} {
				s, err := shelve(fileSource{}, tt.paths, tt.opt, "", budget)
				if err != nil {
					t.Fatal(err)
				}
				checkShelf(t, s, want)
			}
		})
	}
}

// checkShelf compares a shelf with what Load returned.
func checkShelf(t *testing.T, s *Shelf, want *Result) {
	t.Helper()
	got := s.Result()
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("the shelf's articles differ from Load's:\n got %s\nwant %s", got.Summary(), want.Summary())
	}
	if s.Summary() != want.Summary() {
		t.Errorf("Summary = %q, want %q", s.Summary(), want.Summary())
	}
	for i, a := range want.Articles {
		m := s.Meta(i)
		if m.Outlet != a.Outlet || m.Title != a.Title || !m.Date.Equal(a.Date) || m.Language != a.Language || !reflect.DeepEqual(m.Sources, a.Sources) || m.Text != "" {
			t.Errorf("Meta(%d) = %+v, want the metadata of %s", i, m, a.Source)
		}
	}
	if g, w := s.Stories(0), GroupStories(want.Articles, 0); !reflect.DeepEqual(g, w) {
		t.Errorf("stories differ:\n got %+v\nwant %+v", g, w)
	}
}

// TestShelfMadeUpCorpus pins what the made-up corpus must exercise, so
// that TestShelfMatchesLoad cannot pass on a corpus that folds nothing.
func TestShelfMadeUpCorpus(t *testing.T) {
	s, err := shelve(fileSource{}, []string{shelfCorpus(t)}, Options{}, "", 0)
	if err != nil {
		t.Fatal(err)
	}
	if s.Folded != 1 || len(s.Problems) == 0 || s.Len() != 7 {
		t.Fatalf("folded %d, problems %v, %d articles; want 1 folded, problems, 7 articles", s.Folded, s.Problems, s.Len())
	}
	sources := false
	for i := range s.Len() {
		a := s.Article(i)
		sources = sources || len(a.Sources) == 2
		if len(a.Sentences) == 0 {
			t.Errorf("%s has no sentences", a.Source)
		}
	}
	if !sources {
		t.Error("the folded copy is not listed among the sources")
	}
	demo, err := Shelve([]string{"../demo"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(demo.Article(0).Removed) == 0 {
		t.Error("the demo's first page lost its removed chrome on the shelf")
	}
	if len(s.Stories(0).Comparable()) != 2 {
		t.Errorf("stories = %+v, want the flood and the quake", s.Stories(0).Stories)
	}
}

func TestDecodePackedRejectsTruncation(t *testing.T) {
	d := &document{body: []string{"One paragraph.", "Two paragraphs."}, removed: []Removed{{Text: "Home | World", Reason: "navigation"}}}
	sp := newSpill(true)
	defer sp.Close()
	packDocument(d, new(sync.Pool), sp)
	u := *d
	unpackDocument(&u, sp)
	if strings.Join(u.body, "|") != "One paragraph.|Two paragraphs." || len(u.removed) != 1 || u.removed[0].Reason != "navigation" {
		t.Fatalf("round trip gave %q %v", u.body, u.removed)
	}
	raw := []byte{2, 5, 'a'}
	if _, _, err := decodePacked(raw); err == nil {
		t.Error("a truncated packing decoded")
	}
}

// TestDecodeMetaRejectsTruncation: a packed document's metadata comes
// back whole, and every cut of it is an error, not a panic or a
// document with fields missing.
func TestDecodeMetaRejectsTruncation(t *testing.T) {
	d := &document{source: "a/b.txt", id: "7", outlet: "Planet", outletFrom: FromFolder, title: "Floods", titleFrom: FromRecord,
		byline: "By A. Writer", date: time.Date(2023, 1, 4, 0, 0, 0, 0, time.UTC), dateFrom: FromRecord, url: "https://example.org/x",
		language: "english", langFrom: FromFlag, warnings: []string{"one", "two"}, rawBytes: 1234, packedRemoved: 56, packed: blobRef{at: 789, n: 1011}}
	sources := []string{"a/b.txt", "a/c.txt"}
	b := encodeMeta(d, sources)
	got, gotSources, err := decodeMeta(b)
	if err != nil || !reflect.DeepEqual(got, *d) || !reflect.DeepEqual(gotSources, sources) {
		t.Fatalf("round trip gave %+v %v (%v), want %+v %v", got, gotSources, err, *d, sources)
	}
	for n := range len(b) {
		if _, _, err := decodeMeta(b[:n]); err == nil {
			t.Errorf("the metadata cut to %d of its %d bytes decoded", n, len(b))
		}
	}
}

// TestShelfLeavesNoFile: a shelf large enough to keep its texts in a
// temporary file (every document packed) makes it in TMPDIR, and once
// closed, nothing of it is left there; with no usable TMPDIR it keeps
// the texts in memory and still gives back Load's articles.
func TestShelfLeavesNoFile(t *testing.T) {
	for _, tt := range []struct {
		name     string
		tmp      func(t *testing.T) string
		wantFile bool
	}{
		{"usable TMPDIR", func(t *testing.T) string { return t.TempDir() }, true},
		{"missing TMPDIR", func(t *testing.T) string { return filepath.Join(t.TempDir(), "missing") }, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			tmp := tt.tmp(t)
			t.Setenv("TMPDIR", tmp)
			paths := []string{shelfCorpus(t)}
			want, err := Load(paths, Options{})
			if err != nil {
				t.Fatal(err)
			}
			s, err := shelve(fileSource{}, paths, Options{}, "", 0)
			if err != nil {
				t.Fatal(err)
			}
			if s.spill.fileSeen != tt.wantFile {
				t.Errorf("made a temporary file: %v, want %v", s.spill.fileSeen, tt.wantFile)
			}
			checkShelf(t, s, want)
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			left, _ := os.ReadDir(tmp)
			for _, e := range left {
				t.Errorf("the closed shelf left %s in TMPDIR", e.Name())
			}
		})
	}
}
