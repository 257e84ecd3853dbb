package polneareval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
)

const miniDir = "testdata/mini"

// TestEvaluateMini scores the made-up article, whose gold has a direct quote
// split around "Alvarez said" (found only by both halves together), a
// speaker named "The mayor", a "she said" that the tool resolves to
// Alvarez, speech the tool calls a scare quote (a passive "has been
// called" whose speaker follows as its agent), and a
// claim by "Engineers" that the gold leaves out (a false positive). A
// second document's file is missing.
func TestEvaluateMini(t *testing.T) {
	g, err := LoadGold(miniDir, "dev")
	if err != nil {
		t.Fatal(err)
	}
	res, err := Evaluate(miniDir, g)
	if err != nil {
		t.Fatal(err)
	}
	c := res.Total
	for _, tt := range []struct {
		name      string
		got, want int
	}{
		{"documents", c.Docs, 1},
		{"gold", c.Gold, 6},
		{"gold direct", c.GoldDirect, 3},
		{"found", c.Found, 5},
		{"found direct", c.FoundDirect, 2},
		{"found by direct quotations", c.FoundByKind[corpus.QuoteDirect], 2},
		{"speaker right", c.SpeakerRight, 5}, // "she said": the tool marks the pronoun, the gold's source
		{"speaker right, pronouns resolved", c.SpeakerResolved, 5},
		{"wrong speaker, gold pronoun", c.WrongPronoun, 0},
		{"tool attributions", c.Tool, 7},
		{"tool right", c.ToolRight, 6},
		{"indirect right", c.RightByKind[corpus.QuoteIndirect], 3},
		{"scare quotes", c.Scare, 1},
		{"scare quotes that were speech", c.ScareSpeech, 1},
		{"missed cue called", res.MissedCues["called"], 1},
		{"found in the outlet's table", res.ByOutlet["The Daily Planet"].Found, 5},
		{"speakerless tool quotations", c.ToolNoSpeaker, 0},
		{"gold with a pronoun source", res.Breakdown["source"]["pronoun"], 1},
		{"missed with the cue before the content", res.MissBreakdown["cue side"]["cue before content"], 1},
		{"misses untouched", res.MissBreakdown["coverage of misses"]["untouched"], 1},
	} {
		if tt.got != tt.want {
			t.Errorf("%s = %d, want %d", tt.name, tt.got, tt.want)
		}
	}
	if len(res.Problems) != 1 || !strings.Contains(res.Problems[0], "planet_2016-09-21_gone.txt is missing") {
		t.Errorf("problems %q, want the missing file", res.Problems)
	}
	if len(res.FalsePositives) != 1 || res.FalsePositives[0].Speaker != "Engineers" {
		t.Errorf("false positives %+v, want the engineers' claim", res.FalsePositives)
	}
	var b strings.Builder
	res.WriteTable(&b)
	res.WriteCases(&b, 5)
	res.WriteCues(&b, 5)
	res.WriteBreakdown(&b, 5)
	for _, want := range []string{"| cue before content | 3 | 1 | 0 |", "| recall (content covered >= 50%) | 83.3% | 5/6 |", "| precision, indirect | 75.0% | 3/4 |", `"“a hazard to everyone”"`, "| called | 1 | 1 |"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, b.String())
		}
	}
}

// TestOffsetMap checks that tool spans land on the same words in the file,
// across a no-break space, a line break inside a paragraph, a dropped
// control character and a letter the sanitizer composes (e + U+0301).
func TestOffsetMap(t *testing.T) {
	file := "outlet: X\ndate: 2016-01-02\n\nTitle here\n\nMayor\u00a0Jane said the caf" + "e\u0301 will\nopen,\x07 and Jo\u00a0added more."
	a, m, header, err := buildArticle("f.txt", file)
	if err != nil {
		t.Fatal(err)
	}
	if header != len("outlet: X\ndate: 2016-01-02\n\n") || a.Title != "Title here" || a.Outlet != "X" {
		t.Fatalf("header %d, title %q, outlet %q", header, a.Title, a.Outlet)
	}
	for _, words := range []string{"Title here", "Mayor\u00a0Jane", "open,", "Jo\u00a0added more.", "will\nopen,\x07 and"} {
		start := strings.Index(file, words)
		artWords := strings.Join(strings.Fields(strings.ReplaceAll(words, "\x07", "")), " ")
		as := strings.Index(a.Text, artWords)
		if start < 0 || as < 0 {
			t.Fatalf("%q not in the file or %q not in the article %q", words, artWords, a.Text)
		}
		got := m.span(corpus.Span{Start: as, End: as + len(artWords)})
		if got != (fileSpan{start, start + len(words)}) {
			t.Errorf("%q maps to [%d, %d) %q, want [%d, %d)", artWords, got.start, got.end, file[got.start:got.end], start, start+len(words))
		}
	}
	if got := m.span(corpus.Span{}); got.len() != 0 {
		t.Errorf("an empty span maps to %+v", got)
	}
}

func TestSpeakerRight(t *testing.T) {
	tests := []struct {
		name        string
		source      string
		sourceSpan  [2]int
		speaker     string
		speakerSpan fileSpan
		want        bool
	}{
		{"spans overlap", "he", [2]int{10, 12}, "Obama", fileSpan{10, 12}, true},
		{"a name word", "President Barack Obama", [2]int{0, 22}, "Obama", fileSpan{50, 55}, true},
		{"a possessive name", "Clinton’s campaign", [2]int{0, 20}, "Clinton's aides", fileSpan{50, 55}, true},
		{"the same pronoun", "he", [2]int{0, 2}, "He", fileSpan{50, 52}, true},
		{"the same last word", "the campaign", [2]int{0, 12}, "Trump's campaign", fileSpan{50, 60}, true},
		{"only a title shared", "Mr. Trump", [2]int{0, 9}, "Mr. Obama", fileSpan{50, 59}, false},
		{"only the article shared", "The Post", [2]int{0, 8}, "The campaign", fileSpan{50, 62}, false},
		{"no tool speaker", "Trump", [2]int{0, 5}, "", fileSpan{}, false},
		{"no source, no speaker", "", [2]int{}, "", fileSpan{}, true},
		{"no source, a speaker", "", [2]int{}, "Trump", fileSpan{50, 55}, false},
	}
	for _, tt := range tests {
		g := Attribution{SourceText: tt.source}
		if tt.source != "" {
			g.SourceSpans = [][2]int{tt.sourceSpan}
		}
		tq := toolQuote{q: corpus.Quote{Speaker: tt.speaker}, speaker: tt.speakerSpan}
		if got := speakerRight(g, tq); got != tt.want {
			t.Errorf("%s: speakerRight(%q, %q) = %v, want %v", tt.name, tt.source, tt.speaker, got, tt.want)
		}
	}
}

// TestBadInput checks that broken data gives an error naming the file.
func TestBadInput(t *testing.T) {
	article, err := os.ReadFile(filepath.Join(miniDir, "dev", "planet_2016-09-20_bridge.txt"))
	if err != nil {
		t.Fatal(err)
	}
	doc := func(header, span string) string {
		return `{"split": "dev", "docs": [{"path": "dev/a.txt", "header_bytes": ` + header +
			`, "attributions": [{"id": "E1", "type": "Attribution", "content_spans": [` + span + `]}]}]}`
	}
	tests := []struct {
		name, gold, text, want string
	}{
		{"bad JSON", `{"docs": [`, "", "gold/dev.json is not a PolNeAR gold file"},
		{"no documents", `{"docs": []}`, "", "gold/dev.json lists no documents"},
		{"span past the end", doc("43", "[50, 99999]"), string(article), "a.txt: gold attribution E1 has the span [50, 99999)"},
		{"header of another length", doc("40", "[50, 60]"), string(article), "a.txt: the header is 43 bytes long, the gold says 40"},
		{"no header", doc("0", "[0, 1]"), "just text", "a.txt has no outlet:/date: header"},
		{"every file missing", doc("43", "[50, 60]"), "", "none of the 1 documents of dev was found"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, data := range map[string]string{"gold/dev.json": tt.gold, "dev/a.txt": tt.text} {
				if data == "" {
					continue
				}
				if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			g, err := LoadGold(dir, "dev")
			if err == nil {
				_, err = Evaluate(dir, g)
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want one holding %q", err, tt.want)
			}
		})
	}
}

// TestPolNeARDev builds the real dev split from ../shared beside the
// checkout: every document loads and the map pairs every rune of the
// article text with the same character in the file.
func TestPolNeARDev(t *testing.T) {
	dir := "../../../shared/eval/polnear-dev"
	g, err := LoadGold(dir, "dev")
	if err != nil {
		t.Fatal(err)
	}
	attributions := 0
	for _, d := range g.Docs {
		attributions += len(d.Attributions)
		path := filepath.Join(dir, d.Path)
		file, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		a, m, _, err := buildArticle(path, string(file))
		if err != nil {
			t.Fatal(err)
		}
		if total := m.m.Runes(); m.m.Unpaired() > total/500 {
			t.Errorf("%s: %d of %d article runes not paired with the file", path, m.m.Unpaired(), total)
		}
		for art, raw := range m.m.Pairs() {
			if a.Text[art] != file[raw] {
				t.Fatalf("%s: article byte %d paired with file byte %d, a different character", path, art, raw)
			}
		}
	}
	res, err := Evaluate(dir, g)
	if err != nil {
		t.Fatal(err)
	}
	if c := res.Total; c.Docs != len(g.Docs) || c.Gold != attributions || len(res.Problems) > 0 || c.Found == 0 || c.ToolRight == 0 {
		t.Errorf("scored %d of %d documents, %d of %d attributions (problems %q), found %d, right %d",
			c.Docs, len(g.Docs), c.Gold, attributions, res.Problems, c.Found, c.ToolRight)
	}
}

// FuzzBuildArticle checks that any file builds without a panic and maps
// every tool span inside the file.
func FuzzBuildArticle(f *testing.F) {
	seed, err := os.ReadFile(filepath.Join(miniDir, "dev", "planet_2016-09-20_bridge.txt"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(seed))
	f.Add("outlet: X\n\n\u00a0\n")
	f.Fuzz(func(t *testing.T, file string) {
		a, m, _, err := buildArticle("f.txt", file)
		if err != nil {
			return
		}
		for _, q := range a.Quotes {
			for _, s := range []fileSpan{m.span(q.Span), m.span(q.SpeakerSpan)} {
				if s.start < 0 || s.start > s.end || s.end > len(file) {
					t.Fatalf("span %+v outside the %d-byte file", s, len(file))
				}
			}
		}
	})
}

func TestCueKind(t *testing.T) {
	for _, tt := range []struct{ cue, head, kind string }{
		{"said", "said", "cue word the finder knows"},
		{"has also said", "said", "cue word the finder knows"},
		{"According to", "according", "according to"},
		{"is expected", "expected", "cue word the finder knows"},
		{"seemed", "seemed", "cue word the finder lacks"},
		{":", "", "punctuation (: ― -)"},
		{"", "", "no cue"},
	} {
		if got := cueHead(tt.cue); got != tt.head {
			t.Errorf("cueHead(%q) = %q, want %q", tt.cue, got, tt.head)
		}
		if got := cueKind(tt.cue); got != tt.kind {
			t.Errorf("cueKind(%q) = %q, want %q", tt.cue, got, tt.kind)
		}
	}
}
