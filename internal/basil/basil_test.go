package basil

import (
	"bytes"
	"strings"
	"testing"

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
