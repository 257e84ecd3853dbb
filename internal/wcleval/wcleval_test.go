package wcleval

import (
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/framediff/framediff/lexicon"
)

const miniDir = "testdata/mini"

func defaultSet(t testing.TB) *lexicon.Set {
	t.Helper()
	set, err := lexicon.DefaultSet()
	if err != nil {
		t.Fatal(err)
	}
	return set
}

// TestEvaluateMini scores three made-up articles about a bridge closure
// (odd spacing, a line break inside a paragraph, a curly apostrophe, one
// article without a date) whose gold has four chains: the mayor (named in
// every outlet, "the mayor" twice in one, "the city's boss" in another),
// the bridge (named, "the bridge", "the crumbling span"), the closure
// (which the tool finds as a thing all three outlets name) and the
// commuters (which it does not find). The tool's mentions of an
// engineering firm, of France and of the bridge in a headline are outside
// the gold. A fourth document's file is missing.
func TestEvaluateMini(t *testing.T) {
	g, err := LoadGold(miniDir)
	if err != nil {
		t.Fatal(err)
	}
	res, err := Evaluate(miniDir, g, defaultSet(t))
	if err != nil {
		t.Fatal(err)
	}
	c, l := res.Total, res.Labels
	for _, tt := range []struct {
		name      string
		got, want int
	}{
		{"events", res.Events, 1},
		{"documents", res.Docs, 3},
		{"gold mentions", c.Gold, 24},
		{"covered", c.Covered, 15},
		{"covered strictly", c.Strict, 15}, // "Jane Alvarez, the city's boss": the owned appositive its own mention
		{"covered by the chain's best actor", c.ByBest, 15},
		{"actor gold covered strictly", res.ByType["ACTOR"].Strict, 9},
		{"tool mentions", c.Tool, 19},
		{"inside gold", c.Inside, 16},
		{"outside gold, of a chain's actor", c.OfChainActor, 1}, // the bridge in a headline the gold leaves out
		{"actor gold covered", res.ByType["ACTOR"].Covered, 9},
		{"object gold", res.ByType["OBJECT"].Gold, 6},
		{"object covered", res.ByType["OBJECT"].Covered, 3},
		{"event covered", res.ByType["EVENT"].Covered, 3},
		{"tool mentions outside gold", res.ByType[noType].Tool, 3},
		{"chains in two or more outlets", l.Chains, 4},
		{"chains with an outlet-specific label", l.WithLabel, 2},
		{"outlet-specific labels", l.Specific, 4},
		{"found", l.Found, 2},
		{"used twice", l.Repeated, 1},
		{"used twice, found", l.RepeatedFound, 1},
		{"missed 'commuters'", res.MissedTexts["commuters"], 4},
		{"false 'france'", res.FalseSurfaces["france"], 1},
		{"Gotham Gazette gold", res.ByOutlet["Gotham Gazette"].Gold, 8},
	} {
		if tt.got != tt.want {
			t.Errorf("%s = %d, want %d", tt.name, tt.got, tt.want)
		}
	}
	if len(res.Problems) != 1 || !strings.Contains(res.Problems[0], "1_D.txt is missing") {
		t.Errorf("problems %q, want the missing file", res.Problems)
	}
	var mayor *ChainMatch
	for i := range res.Chains {
		if res.Chains[i].Chain == "1_Alvarez_ACTOR" {
			mayor = &res.Chains[i]
		}
	}
	if mayor == nil || mayor.Actor != "Jane Alvarez" || mayor.Covered != 9 || len(mayor.Labels) != 2 ||
		!reflect.DeepEqual(mayor.Labels[0], SpecificLabel{Outlet: "Gotham Gazette", Label: "mayor", Uses: 2, Found: true, Tool: []string{"mayor"}}) ||
		mayor.Labels[1].Label != "boss" || !mayor.Labels[1].Found {
		t.Errorf("the mayor's chain is matched as %+v", mayor)
	}
	var b strings.Builder
	res.WriteTable(&b)
	res.WriteChains(&b)
	res.WriteCases(&b, 5)
	res.WriteTexts(&b, 3)
	for _, want := range []string{
		"| mention coverage (overlap >= 50% of the shorter span) | 62.5% | 15/24 |",
		"| 1_HarborBridge | 62.5% (15/24) | 84.2% (16/19) | 50.0% (2/4) |",
		"+Gotham Gazette: mayor x2 [tool: mayor]; +Metro Weekly: boss x1 [tool: (name), boss]",
		`1_B.txt: "the crumbling span" OBJECT (1_Bridge_OBJECT)`,
		"| commuters | 4 | 4 |",
		"| harbor bridge | 1 | 4 |",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, b.String())
		}
	}
	if strings.Contains(b.String(), "| ACTION |") {
		t.Errorf("the type table lists a type with no mentions:\n%s", b.String())
	}
}

func TestHeadLabel(t *testing.T) {
	tests := []struct{ mention, want string }{
		{"former F.B.I. director James Comey", "director"},
		{"President Trump", "(name)"},
		{"The President", "(name)"},
		{"the United States", "(name)"},
		{"Secretary of State Mike Pompeo", "(name)"},
		{"the president's first national security adviser", "adviser"},
		{"Mr. Comey's closely guarded memos", "memo"},
		{"the leader of North Korea", "leader"},
		{"tariffs on steel and aluminum", "tariff"},
		{"The 25 percent tariffs", "tariff"},
		{"the city’s boss", "boss"},
		{"the president’s", "president"},
		{"the press", "press"},
		{"a welcome.", "welcome"},
		{"the U.S.", "(name)"},
		{"the two countries", "countrie"},
		{"he", ""},
		{"his", ""},
		{"“the caravan”", "caravan"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := HeadLabel(tt.mention); got != tt.want {
			t.Errorf("HeadLabel(%q) = %q, want %q", tt.mention, got, tt.want)
		}
	}
}

// TestBadInput checks that broken data gives an error naming the file.
func TestBadInput(t *testing.T) {
	article, err := os.ReadFile(filepath.Join(miniDir, "1_HarborBridge", "1_A.txt"))
	if err != nil {
		t.Fatal(err)
	}
	gold := func(header int, mention string) string {
		return `{"docs": {"1_A": {"event": "1", "path": "a.txt", "header_chars": ` + strconv.Itoa(header) + `}}, "mentions": [` + mention + `]}`
	}
	good := `{"doc": "1_A", "chain": "c", "type": "ACTOR", "text": "Mayor Jane Alvarez", "start_byte": 89, "end_byte": 107}`
	tests := []struct {
		name, gold, text, want string
	}{
		{"bad JSON", `{"docs": {`, "", "mentions.json is not a NewsWCL50 mentions file"},
		{"no documents", `{"docs": {}}`, "", "mentions.json lists no documents"},
		{"a mention of no document", `{"docs": {"1_A": {}}, "mentions": [{"doc": "1_Z", "text": "x"}]}`, "", `belongs to document "1_Z"`},
		{"bytes past the end", gold(89, `{"doc": "1_A", "text": "x", "start_byte": 50, "end_byte": 99999}`), string(article), `a.txt: gold mention "x" has the bytes [50, 99999), outside the file's`},
		{"bytes of other text", gold(89, `{"doc": "1_A", "text": "Mayor", "start_byte": 90, "end_byte": 95}`), string(article), `a.txt: gold mention "Mayor" has the bytes [90, 95), which hold "ayor"`},
		{"header of another length", gold(88, good), string(article), "a.txt: the header is 89 characters long, the gold says 88"},
		{"no header", gold(0, good), "just text", "a.txt has no outlet:/date:/url: header"},
		{"no outlet", gold(0, good), "date: 2026-01-01\n\nText.\n", "a.txt names no outlet"},
		{"nothing after the header", gold(0, good), "outlet: X\n\n\n", "a.txt has no text after its header"},
		{"every file missing", gold(89, good), "", "none of the 1 documents listed in mentions.json was found"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, data := range map[string]string{"mentions.json": tt.gold, "a.txt": tt.text} {
				if data == "" {
					continue
				}
				if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			g, err := LoadGold(dir)
			if err == nil {
				_, err = Evaluate(dir, g, defaultSet(t))
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want one holding %q", err, tt.want)
			}
		})
	}
}

// TestNewsWCLDev scores the real development events from ../shared beside
// the checkout: every document builds, the map pairs every rune of each
// article text with the same character in the file, and every tool
// mention maps back to its own words.
func TestNewsWCLDev(t *testing.T) {
	dir := "../../../shared/eval/newswcl50-dev"
	g, err := LoadGold(dir)
	if err != nil {
		t.Fatal(err)
	}
	for key, d := range g.Docs {
		path := filepath.Join(dir, d.Path)
		file, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		bd, err := buildDoc(key, path, string(file), d, nil)
		if err != nil {
			t.Fatal(err)
		}
		if bd.offsets.Unpaired() > 0 {
			t.Errorf("%s: %d of %d article runes not paired with the file", path, bd.offsets.Unpaired(), bd.offsets.Runes())
		}
		for art, raw := range bd.offsets.Pairs() {
			if bd.article.Text[art] != file[raw] {
				t.Fatalf("%s: article byte %d paired with file byte %d, a different character", path, art, raw)
			}
		}
	}
	start := time.Now()
	res, err := Evaluate(dir, g, defaultSet(t))
	if err != nil {
		t.Fatal(err)
	}
	if c := res.Total; c.Strict > c.Covered || c.ByBest > c.Covered || c.Inside > c.Tool || res.Labels.Found > res.Labels.Specific {
		t.Errorf("a part exceeds its whole: %+v, %+v", c, res.Labels)
	}
	if c := res.Total; res.Docs != len(g.Docs) || c.Gold != len(g.Mentions) || len(res.Problems) > 0 || c.Covered == 0 || c.Inside == 0 || res.Labels.Chains == 0 {
		t.Errorf("scored %d of %d documents, %d of %d mentions (problems %q), covered %d, inside %d, %d chains",
			res.Docs, len(g.Docs), c.Gold, len(g.Mentions), res.Problems, c.Covered, c.Inside, res.Labels.Chains)
	}
	t.Logf("evaluated in %v", time.Since(start))
}

// FuzzBuildArticle checks that any file builds without a panic and maps
// every span of its article text inside the file, past the header.
func FuzzBuildArticle(f *testing.F) {
	seed, err := os.ReadFile(filepath.Join(miniDir, "1_HarborBridge", "1_A.txt"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(seed), 0, 20)
	f.Add("outlet: X\n\n\u00a0\n", 0, 3)
	f.Add("outlet: X\nurl: https://a.example/x\n\nTitle\n\nBody  text\r\nmore.", 5, 12)
	f.Fuzz(func(t *testing.T, file string, start, end int) {
		a, m, header, err := buildArticle("x", "f.txt", file)
		if err != nil {
			return
		}
		if a.Outlet == "" || header > len(file) {
			t.Fatalf("built with outlet %q and a %d-byte header of a %d-byte file", a.Outlet, header, len(file))
		}
		s, e := m.Span(start, end)
		if (s != 0 || e != 0) && (s < header || s > e || e > len(file)) {
			t.Fatalf("[%d, %d) maps to [%d, %d), outside the %d-byte file after its %d-byte header", start, end, s, e, len(file), header)
		}
	})
}

// FuzzHeadLabel checks that any mention text gives no label, "(name)" or a
// lower-cased word.
func FuzzHeadLabel(f *testing.F) {
	f.Add("former F.B.I. director James Comey")
	f.Add("the city’s boss")
	f.Add("'s .'")
	f.Fuzz(func(t *testing.T, mention string) {
		l := HeadLabel(mention)
		if l != "" && l != nameLabel && (strings.ContainsAny(l, " \t\n") || strings.ToLower(l) != l) {
			t.Fatalf("HeadLabel(%q) = %q", mention, l)
		}
	})
}
