package framing

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// innermostByScan is innermostQuotes stated plainly: every quotation
// weighed against every span.
func innermostByScan(qs []quoteInfo, spans []corpus.Span) []int {
	out := make([]int, len(spans))
	for k, sp := range spans {
		best := -1
		for i, q := range qs {
			if q.Span.Start <= sp.Start && sp.End <= q.Span.End && (best < 0 || q.Span.Len() < qs[best].Span.Len()) {
				best = i
			}
		}
		out[k] = best
	}
	return out
}

// randomQuotes makes n quotations in a text of size bytes: nested,
// overlapping, equal and empty ones among them.
func randomQuotes(rng *rand.Rand, n, size int) []quoteInfo {
	qs := make([]quoteInfo, n)
	for i := range qs {
		st := rng.IntN(size)
		en := min(size, st+rng.IntN(size/4+1))
		if i > 0 && rng.IntN(5) == 0 {
			qs[i].Span = qs[rng.IntN(i)].Span // the same span twice: the first wins
			continue
		}
		qs[i].Span = corpus.Span{Start: st, End: en}
	}
	return qs
}

func TestInnermostQuotesMatchesScan(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for round := range 300 {
		size := 20 + rng.IntN(400)
		qs := randomQuotes(rng, rng.IntN(30), size)
		spans := make([]corpus.Span, rng.IntN(40))
		for k := range spans {
			st := rng.IntN(size)
			spans[k] = corpus.Span{Start: st, End: min(size, st+rng.IntN(12))}
		}
		got, want := innermostQuotes(qs, spans), innermostByScan(qs, spans)
		if !slices.Equal(got, want) {
			t.Fatalf("round %d: quotes %v spans %v: got %v, want %v", round, qs, spans, got, want)
		}
	}
}

// randomSentences cuts a text of size bytes into ordered, disjoint
// sentences with gaps between some, and some empty.
func randomSentences(rng *rand.Rand, size int) []corpus.Span {
	var out []corpus.Span
	for at := 0; at < size; {
		st := at + rng.IntN(3)
		en := min(size, st+rng.IntN(40))
		if st > en {
			break
		}
		out = append(out, corpus.Span{Start: st, End: en})
		at = en
	}
	return out
}

func TestSentenceQuotesMatchesScan(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for round := range 300 {
		size := 20 + rng.IntN(600)
		qs := randomQuotes(rng, rng.IntN(25), size)
		sents := randomSentences(rng, size)
		if round%10 == 0 && len(sents) > 2 {
			sents[0], sents[1] = sents[1], sents[0] // out of order: the plain scan answers
		}
		got := sentenceQuotes(qs, sents)
		for k, s := range sents {
			if want := mostOverlap(qs, s); got[k] != want {
				t.Fatalf("round %d: sentence %d %v of %v, quotes %v: got %d, want %d", round, k, s, sents, qs, got[k], want)
			}
		}
	}
}

func TestCountFieldsIsLenFields(t *testing.T) {
	for _, s := range []string{"", " ", "one", " two  words ", "tab\tand\nnewline", "no\u00a0break\u0085next", "bad \xff byte", "\u2003em\u2003space\u2003"} {
		if got, want := countFields(s), len(strings.Fields(s)); got != want {
			t.Errorf("countFields(%q) = %d, want %d", s, got, want)
		}
	}
}
