package basil

import (
	"bytes"
	"math"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/lexicon"
)

func TestEvaluateMiniCorpus(t *testing.T) {
	ts, err := Load("../../testdata/basil-mini")
	if err != nil {
		t.Fatal(err)
	}
	if len(ts) != 1 || len(ts[0].Articles) != 2 || len(ts[0].Spans) != 2 {
		t.Fatalf("loaded %+v", ts)
	}
	a := ts[0].Articles[0]
	for _, s := range ts[0].Spans {
		got := a.Text[s.Start:s.End]
		want := map[string]string{"inf": "Critics called the plan a reckless giveaway to developers.", "lex": "reckless"}[s.Bias]
		if got != want {
			t.Errorf("%s span located at %q, want %q", s.Bias, got, want)
		}
	}
	if ts[0].Articles[1].Outlet != "Fox News" {
		t.Errorf("source case not folded: %q", ts[0].Articles[1].Outlet)
	}
	lx, _ := lexicon.Default()
	set, err := lexicon.Compile(lx)
	if err != nil {
		t.Fatal(err)
	}
	r := Evaluate(ts, set)
	// The critics' sentence is the only content one outlet carries, and it holds the inf span.
	if r.Inf != 1 || r.InfInUnique != 1 || r.UniqueListed != 1 || r.UniqueWithInf != 1 {
		t.Fatalf("result %+v", r)
	}
	var b bytes.Buffer
	r.WriteTable(&b)
	if !strings.Contains(b.String(), "| 100.0% | 1 / 1 |") {
		t.Fatalf("table:\n%s", b.String())
	}
}

func TestChance(t *testing.T) {
	spans := []corpus.Span{{Start: 10, End: 20}, {Start: 15, End: 30}, {Start: 90, End: 100}}
	tests := []struct {
		name    string
		size, n int
		want    float64
	}{
		// starts 6..29 overlap the first two spans (merged), 86..95 the last: 24+10 of 96 starts
		{"length 5", 100, 5, 34.0 / 96},
		// starts 10..29 and 90..99 of 100
		{"length 1", 100, 1, 30.0 / 100},
		{"longer than the text", 10, 11, 0},
		{"whole text", 100, 100, 1},
	}
	for _, tt := range tests {
		if got := chance(spans, tt.size, tt.n); math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("%s: chance %v, want %v", tt.name, got, tt.want)
		}
	}
	if got := chance(nil, 100, 5); got != 0 {
		t.Errorf("no spans: chance %v", got)
	}
}

func TestHighlightPrecisionMiniCorpus(t *testing.T) {
	ts, err := Load("../../testdata/basil-mini")
	if err != nil {
		t.Fatal(err)
	}
	set, err := lexicon.DefaultSet()
	if err != nil {
		t.Fatal(err)
	}
	r := Evaluate(ts, set)
	// "reckless" is the one lex span; the threat rule highlights it.
	if r.LexCovered[lexicon.Evaluative] != 1 || r.InLex[lexicon.Evaluative] < 1 || r.Highlights[lexicon.Evaluative] < r.InLex[lexicon.Evaluative] {
		t.Fatalf("evaluative: covered %d, highlights %d, in lex %d", r.LexCovered[lexicon.Evaluative], r.Highlights[lexicon.Evaluative], r.InLex[lexicon.Evaluative])
	}
	if r.Random[lexicon.Evaluative] <= 0 || r.Random[lexicon.Evaluative] >= float64(r.InLex[lexicon.Evaluative]) {
		t.Errorf("random placement expects %v evaluative highlights in lex spans", r.Random[lexicon.Evaluative])
	}
	// Cues are counted on their own row, never in "any".
	if r.Highlights["any"] != r.Highlights[lexicon.Naming]+r.Highlights[lexicon.Evaluative]+r.Highlights[lexicon.Attribution]+r.Highlights[lexicon.Distancing]+r.Highlights[lexicon.Hedging] {
		t.Errorf("any counts %d highlights, not the sum of the categories: %v", r.Highlights["any"], r.Highlights)
	}
	var b bytes.Buffer
	r.WriteTable(&b)
	if !strings.Contains(b.String(), "| evaluative | 1 / 1 (100.0%) |") {
		t.Errorf("table:\n%s", b.String())
	}
}
