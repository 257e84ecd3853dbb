package framing

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/internal/hostilecorpus"
)

func TestEvidenceWindow(t *testing.T) {
	long := strings.Repeat("word ", 2000) // 10,000 bytes, one sentence
	sentence := corpus.Span{Start: 0, End: len(long)}
	tests := []struct {
		name     string
		text     string
		s, w     corpus.Span
		want     corpus.Span // zero: check only the bounds
		wantSame bool        // the window is the whole sentence
	}{
		{name: "short sentence kept whole", text: "The president said so.", s: corpus.Span{Start: 0, End: 22}, w: corpus.Span{Start: 4, End: 13}, wantSame: true},
		{name: "words at the start", text: long, s: sentence, w: corpus.Span{Start: 0, End: 4}},
		{name: "words in the middle", text: long, s: sentence, w: corpus.Span{Start: 5000, End: 5004}},
		{name: "words at the end", text: long, s: sentence, w: corpus.Span{Start: len(long) - 5, End: len(long) - 1}},
		{name: "words longer than the cap", text: long, s: sentence, w: corpus.Span{Start: 10, End: 9000}, want: corpus.Span{Start: 10, End: 9000}},
		{name: "words outside the sentence", text: long, s: corpus.Span{Start: 0, End: 5000}, w: corpus.Span{Start: 6000, End: 6004}, wantSame: true},
		{name: "multi-byte letters", text: strings.Repeat("éé ", 3000), s: corpus.Span{Start: 0, End: 15000}, w: corpus.Span{Start: 7500, End: 7504}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := evidenceWindow(tt.text, tt.s, tt.w)
			switch {
			case tt.wantSame:
				if got != tt.s {
					t.Fatalf("window %v, want the sentence %v", got, tt.s)
				}
				return
			case tt.want != (corpus.Span{}):
				if got != tt.want {
					t.Fatalf("window %v, want %v", got, tt.want)
				}
				return
			}
			if got.Start > tt.w.Start || got.End < tt.w.End || got.Start < tt.s.Start || got.End > tt.s.End {
				t.Fatalf("window %v does not hold the words %v inside the sentence %v", got, tt.w, tt.s)
			}
			if n := got.End - got.Start; n > maxEvidenceText || n < maxEvidenceText-16 {
				t.Fatalf("window of %d bytes, want at most %d and not much less", n, maxEvidenceText)
			}
			if got.Start > tt.s.Start && tt.text[got.Start-1] != ' ' {
				t.Errorf("window opens inside a word: %q", tt.text[got.Start-1:got.Start+5])
			}
			if got.End < tt.s.End && tt.text[got.End] != ' ' {
				t.Errorf("window ends inside a word: %q", tt.text[got.End-5:got.End+1])
			}
		})
	}
}

// A hostile article with no full stop is one sentence; its evidence must
// not carry that sentence whole, while the views still show it through
// Excerpt.
func TestEvidenceOfOneSentenceArticle(t *testing.T) {
	var sb strings.Builder
	for n := 0; sb.Len() < 64<<10; n++ {
		sb.WriteString(" that President Jane Roe met the regime's envoy in " + hostilecorpus.Name(n) + " and the terrorists agreed")
	}
	a := article(t, "The Test Post", "title: Talks\n\nOfficials said"+sb.String()+".\n")
	b := article(t, "The Test Times", "title: Talks\n\nOfficials said President Jane Roe met the government's envoy and the militants agreed. The militants left the talks on Monday. The militants returned on Tuesday.\n")
	c := Compare([]*corpus.Article{a, b}, defaultSet(t))
	checked := 0
	for _, d := range c.Differences {
		for _, e := range d.Evidence {
			if e.Article != 0 {
				continue
			}
			if len(e.Text) > maxEvidenceText {
				t.Fatalf("%s evidence carries %d bytes, want at most %d", d.Kind, len(e.Text), maxEvidenceText)
			}
			if words := a.Text[e.Start:e.End]; !strings.Contains(e.Text, words) {
				t.Fatalf("%s evidence text does not hold its words %q", d.Kind, words)
			}
			if ex := c.Excerpt(e); len(ex.Text) < 64<<10 {
				t.Fatalf("the excerpt of %s evidence has %d bytes, want the whole sentence", d.Kind, len(ex.Text))
			}
			checked++
		}
	}
	if checked == 0 {
		t.Fatal("no evidence from the one-sentence article")
	}
}

func FuzzEvidenceWindow(f *testing.F) {
	f.Add(strings.Repeat("the talks would go on ", 400), 0, 8800, 4400, 4409)
	f.Add(strings.Repeat("é\u2028 ", 2000), 3, 11000, 5000, 5003)
	f.Fuzz(func(t *testing.T, text string, ss, se, ws, we int) {
		if len(text) == 0 {
			return
		}
		clamp := func(n int) int { return (n%len(text) + len(text)) % (len(text) + 1) }
		s := corpus.Span{Start: clamp(ss), End: clamp(se)}
		w := corpus.Span{Start: clamp(ws), End: clamp(we)}
		if s.Start > s.End {
			s.Start, s.End = s.End, s.Start
		}
		got := evidenceWindow(text, s, w)
		inside := w.Start >= s.Start && w.End <= s.End && w.Start <= w.End
		switch {
		case !inside || s.End-s.Start <= maxEvidenceText:
			if got != s {
				t.Fatalf("window %v of sentence %v, words %v: want the sentence", got, s, w)
			}
		case w.End-w.Start >= maxEvidenceText:
			if got != w {
				t.Fatalf("window %v, want the words %v", got, w)
			}
		default:
			if got.Start < s.Start || got.End > s.End || got.Start > w.Start || got.End < w.End {
				t.Fatalf("window %v leaves the sentence %v or the words %v", got, s, w)
			}
			if got.End-got.Start > maxEvidenceText {
				t.Fatalf("window of %d bytes", got.End-got.Start)
			}
		}
	})
}

// A quotation longer than maxEvidenceText, shown whole as evidence of a
// voice or a unique sentence, carries only its first maxEvidenceText
// bytes, cut between words and whole runes.
func TestEvidenceOfLongQuotation(t *testing.T) {
	long := strings.Repeat("the harbour will stay shut and the ferries will wait é ", 120) // about 6.6 KB, no full stop
	a := article(t, "The Test Post", "title: Talks\n\nThe port was closed on Monday.\n\n\"We are ready, "+long+"\" Harbour Minister Jane Roe said on Monday.\n\n\"We will talk,\" Jane Roe said.\n")
	b := article(t, "The Test Times", "title: Talks\n\nThe port was closed on Monday after a storm.\n")
	c := Compare([]*corpus.Article{a, b}, defaultSet(t))
	var all []Evidence
	for _, d := range c.Differences {
		all = append(all, d.Evidence...)
	}
	for _, g := range c.Unique {
		all = append(all, g.Sentences...)
	}
	longest := 0
	for _, e := range all {
		if len(e.Text) > maxEvidenceText || !utf8.ValidString(e.Text) {
			t.Fatalf("evidence at %d..%d carries %d bytes (valid UTF-8 %v), want at most %d", e.Start, e.End, len(e.Text), utf8.ValidString(e.Text), maxEvidenceText)
		}
		longest = max(longest, e.End-e.Start)
	}
	if longest <= maxEvidenceText {
		t.Fatalf("no evidence spans the long quotation (longest %d bytes); the test checks nothing", longest)
	}
}
