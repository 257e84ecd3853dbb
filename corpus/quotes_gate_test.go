package corpus

// Checks that the shortcuts the quotation finder takes on a sentence's
// word classes skip only searches that cannot succeed.

import (
	"slices"
	"testing"
)

// FuzzReportedGate runs reported over every sentence of a paragraph twice,
// once given the union of the sentence's word classes (as paragraph does,
// which lets it skip the search for "according to") and once told that
// every class may be there, and checks that both record the same quotes
// and remember the same speakers.
func FuzzReportedGate(f *testing.F) {
	for _, s := range structureSeeds {
		f.Add(s)
	}
	f.Add("According to officials, the talks failed. The minister said on Tuesday that the talks would resume next week, according to Reuters.")
	f.Add("The talks failed, according to two officials briefed on the matter. Price said the two sides met, but Lavrov argued that nothing changed.")
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 4000 {
			return
		}
		p := Span{0, len(s)}
		sents := splitSentences(s, []Span{p})
		run := func(gated bool) *quoteFinder {
			f := &quoteFinder{text: s, quoteScratch: &quoteScratch{persons: map[string]bool{}}}
			f.toks = tokenize(s, p, nil, nil)
			a := &attributor{text: s, toks: f.toks}
			ti := 0
			for _, sent := range sents {
				for ti < len(a.toks) && a.from(ti) < sent.Start {
					ti++
				}
				lo := ti
				var c wordClass
				for ti < len(a.toks) && a.from(ti) < sent.End {
					c |= a.toks[ti].class
					ti++
				}
				if !gated {
					c = ^wordClass(0)
				}
				f.mention(a, lo, ti)
				f.reported(a, lo, ti, c)
			}
			return f
		}
		got, want := run(true), run(false)
		if !slices.Equal(got.quotes, want.quotes) {
			t.Fatalf("%q: gated quotes %+v, want %+v", s, got.quotes, want.quotes)
		}
		if got.lastSpeaker != want.lastSpeaker || got.lastPerson != want.lastPerson || got.lastGroup != want.lastGroup || got.lastPlural != want.lastPlural {
			t.Fatalf("%q: gated finder remembers %q %q %q %q, want %q %q %q %q", s,
				got.lastSpeaker, got.lastPerson, got.lastGroup, got.lastPlural,
				want.lastSpeaker, want.lastPerson, want.lastGroup, want.lastPlural)
		}
	})
}
