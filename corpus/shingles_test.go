package corpus

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestMarkContainedParagraphs checks that a paragraph repeated inside a
// longer one (a pull quote) or identical to an earlier one is marked, and that
// the longer one, the first copy and unrelated paragraphs are not.
func TestMarkContainedParagraphs(t *testing.T) {
	quote := "We will not give up on the talks, the minister said"
	texts := []string{
		quote,
		"Officials met in Cairo on Tuesday. " + quote + " after the meeting.",
		"A photo caption of the two delegations in Cairo",
		"Unrelated words about the weather in the north today",
		"A photo caption of the two delegations in Cairo",
		"Four words only here",
		"Four words only here and more",
	}
	want := []bool{true, false, false, false, true, false, false}
	var ps []*para
	for _, s := range texts {
		ps = append(ps, testPara(s))
	}
	markContainedParagraphs(ps)
	for i, p := range ps {
		if got := p.reason != ""; got != want[i] {
			t.Errorf("%q: marked %v, want %v", p.text, got, want[i])
		}
	}
}

// TestMarkContainedParagraphsAsDefined checks the index against the plain
// definition on random pages whose paragraphs share openings and repeat
// one another: p is marked when some other paragraph holds p's words in a
// row and is longer, or is identical and comes first.
func TestMarkContainedParagraphsAsDefined(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	vocab := strings.Fields("the talks in Cairo resumed on Monday officials said after a long pause")
	for page := range 200 {
		var texts []string
		for range 2 + rng.IntN(12) {
			var w []string
			if rng.IntN(2) == 0 { // a shared opening
				w = append(w, vocab[:5]...)
			}
			for range rng.IntN(12) {
				w = append(w, vocab[rng.IntN(len(vocab))])
			}
			if len(texts) > 0 && rng.IntN(3) == 0 { // a repeat of an earlier paragraph, or part of one
				prev := strings.Fields(texts[rng.IntN(len(texts))])
				from := rng.IntN(len(prev) + 1)
				w = append(w, prev[from:]...)
			}
			texts = append(texts, strings.Join(w, " "))
		}
		var ps []*para
		for _, s := range texts {
			ps = append(ps, testPara(s))
		}
		markContainedParagraphs(ps)
		for i, p := range ps {
			want := false
			for j, q := range ps {
				if i == j || len(p.words) < shingleSize || len(q.words) < len(p.words) || len(q.words) == len(p.words) && j > i {
					continue
				}
				for s := 0; s+len(p.words) <= len(q.words); s++ {
					if slices.Equal(q.words[s:s+len(p.words)], p.words) {
						want = true
					}
				}
			}
			if got := p.reason != ""; got != want {
				t.Fatalf("page %d, paragraph %d %q: marked %v, want %v\n%q", page, i, p.text, got, want, texts)
			}
		}
	}
}
