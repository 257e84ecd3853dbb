package main

import (
	"math"
	"slices"
	"strings"
	"testing"
)

func TestParseVADER(t *testing.T) {
	got, err := parseVADER([]byte("$:\t-1.5\t0.80623\t[-1, -1]\nphony\t-2.1\t0.9\t[-2, -2]\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := []vaderEntry{{"$:", -1.5, 0.80623}, {"phony", -2.1, 0.9}}
	if !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	if _, err := parseVADER([]byte("word\tmuch\t1\n")); err == nil || !strings.Contains(err.Error(), "vader_lexicon.txt:1") {
		t.Fatalf("bad line: error %v", err)
	}
}

func TestParseLists(t *testing.T) {
	js := "/**\n * List of *supposed* hedges.\n */\nexport const hedges = [\n  'a bit',\n  \"don't know\",\n  'maybe'\n]\n"
	if got, want := parseList([]byte(js)), []string{"a bit", "don't know", "maybe"}; !slices.Equal(got, want) {
		t.Errorf("parseList: %q, want %q", got, want)
	}
	ratings := parseRatings([]byte("export const cuss = {\n  abbo: 1,\n  'b-word': 2,\n  adult: 0\n}\n"))
	if len(ratings) != 3 || ratings["b-word"] != 2 || ratings["adult"] != 0 {
		t.Errorf("parseRatings: %v", ratings)
	}
}

// miniWordNet is a WordNet of a few lines in the real files' layout.
func miniWordNet(t *testing.T) *wordNet {
	t.Helper()
	files := map[string][]byte{
		"package/dict/index.adj": []byte("  1 licence line\n" +
			"phony a 1 2 & + 1 1 00000001  \n" +
			"fraudulent a 1 1 & 1 1 00000002  \n" +
			"frosty a 2 1 & 2 0 00000003 00000004  \n"),
		"package/dict/data.adj": []byte("  1 licence line\n" +
			"00000001 00 s 02 bogus 0 phony 0 001 & 00000002 a 0000 | fraudulent; having a misleading appearance  \n" +
			"00000002 00 a 01 fraudulent 0 000 | intended to deceive; \"fraudulent accounts\"  \n" +
			"00000003 00 s 01 frosty 0 000 | devoid of warmth and cordiality  \n" +
			"00000004 00 s 01 frosty 0 000 | covered with frost  \n"),
		"package/dict/index.verb": []byte("agree v 1 1 @ 1 5 00000005  \n"),
		"package/dict/data.verb":  []byte("00000005 31 v 01 agree 0 000 00 | be in accord  \n"),
		"package/dict/index.noun": []byte(""), "package/dict/data.noun": []byte(""),
		"package/dict/index.adv": []byte(""), "package/dict/data.adv": []byte(""),
	}
	wn, err := parseWordNet(files)
	if err != nil {
		t.Fatal(err)
	}
	return wn
}

func TestWordNet(t *testing.T) {
	wn := miniWordNet(t)
	if got := wn.dominantPOS("phony"); got != "adj" {
		t.Errorf("dominantPOS(phony) = %q", got)
	}
	if got := wn.senses("frosty"); got != 2 {
		t.Errorf("senses(frosty) = %d", got)
	}
	s := wn.firstSynset("phony", "adj")
	if s == nil || !slices.Equal(s.words, []string{"bogus", "phony"}) || s.gloss != "fraudulent; having a misleading appearance" {
		t.Fatalf("first synset of phony: %+v", s)
	}
	if g := wn.firstSynset("fraudulent", "adj").gloss; g != "intended to deceive;" {
		t.Errorf("gloss without its examples: %q", g)
	}
	if lemma, ok := verbForm(wn, "agreed"); !ok || lemma != "agree" {
		t.Errorf("verbForm(agreed) = %q, %v", lemma, ok)
	}
	if _, ok := verbForm(wn, "phony"); ok {
		t.Error("phony taken for a verb form")
	}
}

func TestGlossScore(t *testing.T) {
	rated := map[string]float64{"fraudulent": -2.2, "warmth": 2.0, "cordiality": 1.6, "clever": 1.2, "misleading": -1.0}
	tests := []struct {
		gloss string
		want  float64 // 0: does not hold
	}{
		{"fraudulent; having a misleading appearance", -1.6}, // two agreeing rated words
		{"devoid of warmth and cordiality", -1.8},            // turned around by "devoid"
		{"clever", 0},                // one word, too weak
		{"fraudulent but clever", 0}, // the rated words disagree
		{"a kind of tree", 0},
	}
	for _, tt := range tests {
		got, _, ok := glossScore(tt.gloss, rated)
		if ok != (tt.want != 0) || math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("%q: score %v, %v; want %v", tt.gloss, got, ok, tt.want)
		}
	}
}

func TestExactPhrase(t *testing.T) {
	for in, want := range map[string]string{"phony": "=phony", "ill-fated": "=ill =fated", "more or less": "=more =or =less"} {
		if got := exactPhrase(in); got != want {
			t.Errorf("exactPhrase(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRenderIsStable(t *testing.T) {
	es := []*entry{{id: "loaded.phony", category: "evaluative", forms: []string{"phony"}, polarity: "negative", strength: 1.6, pos: "adj", source: "wordnet",
		cur: &curatedWord{Unless: []string{"_ baloney"}, Examples: []string{"a phony war"}}}}
	a, b := render(es), render(es)
	if string(a) != string(b) {
		t.Fatal("two renders differ")
	}
	for _, want := range []string{`phrases = ["=phony"]`, `strength = 1.6`, `pos = "adj"`, `unless = ["_ baloney"]`, `examples = ["a phony war"]`} {
		if !strings.Contains(string(a), want) {
			t.Errorf("render lacks %s:\n%s", want, a)
		}
	}
}

func FuzzParsers(f *testing.F) {
	f.Add([]byte("phony\t-2.1\t0.9\t[-2]\n"))
	f.Add([]byte("export const x = [\n  'a',\n]\n  abbo: 1,\n"))
	f.Add([]byte("00000001 00 s 02 bogus 0 phony 0 001 & 00000002 a 0000 | gloss\nphony a 1 2 & + 1 1 00000001\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, _ = parseVADER(data)
		parseList(data)
		parseRatings(data)
		files := map[string][]byte{}
		for _, p := range []string{"adj", "adv", "noun", "verb"} {
			files["package/dict/index."+p] = data
			files["package/dict/data."+p] = data
		}
		if wn, err := parseWordNet(files); err == nil {
			for w := range wn.lemmas {
				wn.dominantPOS(w)
				wn.firstSynset(w, "adj")
			}
		}
	})
}
