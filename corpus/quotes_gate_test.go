package corpus

// Checks that the shortcuts the quotation finder takes on a sentence's
// word classes skip only searches that cannot succeed.

import (
	"slices"
	"strings"
	"testing"
)

// structureSeeds are fuzz seeds with what the quotation finder must get
// right: quotation marks of every kind, abbreviations, inner apostrophes,
// dots and hyphens, non-ASCII words, class words in any case, and words at
// the very end of the text.
var structureSeeds = []string{
	`"We are ready to talk to anyone," Price said.`,
	"US State Department spokesman Ned Price said on Tuesday: \u201cWe will not.\u201d",
	"General Michael \u201cErik\u201d Kurilla told CNN\u2019s \u201cState of the Union\u201d that ``it's over'' and 'maybe' so.",
	"Lavrov said the missiles were \"entirely defensive\", adding that ''nothing'' changed.",
	"The U.S. envoy, Gen. J. Smith, met Dr. Amir-Abdollahian at 3.5 p.m. Tuesday. He said so. Mr. X left.",
	"ACCORDING to Officials, SPOKESPERSON representatives Representatives said-so Israel's boys' rock'n'roll 1990's",
	"caf\u00e9 na\u00efve \u00c9lys\u00e9e \u0130nc. \u212ao. Stra\u00dfe \u2018quoted\u2019 \u00abguillemets\u00bb \u201eGerman\u201c \u2026 dash\u2010word",
	"What?! \"No.\" (Really.) [Yes!] It ended\u2026 Then \u201cit began.\u201d Next\u2019s turn. e.g. The end. U.S. The",
	"said", "Said.", "a", "according to", ", said", "He told reporters, \"", "x\u2019", "\u2019s", "'", "``", "''",
	"\xff\xfe invalid \xe2\x80 utf8 \xc2", "tab\tsep\vvert\fform\rcr\nnl",
}

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
			f.toks = f.tokenize(s, p, nil, nil)
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

// refFindQuotes is findQuotes as it was before its buffers were pooled and
// its paragraph loop took shortcuts (commit 4c79161): fresh buffers for each
// article, and every reader that a sentence's word classes gate called on
// every sentence. It runs the same paragraph loop as findQuotes, so that a
// reader added to the loop is checked without a mirror to keep up.
func refFindQuotes(text string, paras, sents []Span) []Quote {
	f := &quoteFinder{text: text, quoteScratch: &quoteScratch{persons: map[string]bool{}}, ungated: true}
	return f.find(paras, sents)
}

// FuzzFindQuotes checks findQuotes against refFindQuotes on texts split
// into paragraphs at newlines, twice in a row so that the second run reuses
// the first's pooled buffers.
func FuzzFindQuotes(f *testing.F) {
	for _, s := range structureSeeds {
		f.Add(s)
	}
	f.Add("\u201cWe will not,\u201d he said.\nAccording to officials, the talks failed.\n\"It is over. We go home.\nAnd we stay there,\" Price said on Tuesday, adding that the US would wait.")
	f.Add("Ann Roe told the council, \"The ferry is late!\" Roe went on. She said:\n\"In every port, the tides decide. You cannot argue with the moon.\"")
	f.Add("Ann Roe said:\n\"We will win. Nobody doubts it.\" Tom Lee disagreed, saying the polls were wrong. \"They are lying.\"")
	f.Add("Ned Price spoke. \u201cNo.\u201d\nThe so-called \u201cpeace process\u201d ended, according to Reuters. Lavrov said the missiles were \u201centirely defensive\u201d.")
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 4000 {
			return
		}
		paras := newlineParagraphs(s)
		sents := splitSentences(s, paras)
		want := refFindQuotes(s, paras, sents)
		for range 2 {
			if got := findQuotes(s, paras, sents); !slices.Equal(got, want) {
				t.Fatalf("findQuotes(%q) = %+v, want %+v", s, got, want)
			}
		}
	})
}

// newlineParagraphs splits s into paragraphs at newlines.
func newlineParagraphs(s string) []Span {
	var paras []Span
	for i := 0; i <= len(s); {
		j := strings.IndexByte(s[i:], '\n')
		if j < 0 {
			j = len(s) - i
		}
		if j > 0 {
			paras = append(paras, Span{i, i + j})
		}
		i += j + 1
	}
	return paras
}
