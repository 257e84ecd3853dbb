package corpus

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/framediff/framediff/text"
)

// assertSafeText fails when s holds anything Sanitize must remove: ESC,
// C0 controls other than newline, C1 controls, bidi controls, or invalid
// UTF-8.
func assertSafeText(t *testing.T, what, s string) {
	t.Helper()
	if i := text.UnsafeAt(s); i >= 0 {
		t.Errorf("%s: unsafe text at byte %d: %q", what, i, s[i:min(len(s), i+8)])
	}
}

// assertArticleInvariants checks that every span of an article lies inside
// its text, in order, on rune boundaries, and that all its text is safe.
func assertArticleInvariants(t *testing.T, a *Article) {
	t.Helper()
	assertSafeText(t, a.ID+" text", a.Text)
	for _, f := range []string{a.Title, a.Outlet, a.Byline, a.Standfirst, a.URL, a.ID} {
		assertSafeText(t, a.ID+" metadata", f)
	}
	inText := func(kind string, s Span) {
		if s.Start < 0 || s.End > len(a.Text) || s.Start > s.End {
			t.Errorf("%s: %s span %v outside text of %d bytes", a.ID, kind, s, len(a.Text))
			return
		}
		if s.Start < len(a.Text) && !utf8.RuneStart(a.Text[s.Start]) || s.End < len(a.Text) && !utf8.RuneStart(a.Text[s.End]) {
			t.Errorf("%s: %s span %v splits a character", a.ID, kind, s)
		}
	}
	for _, l := range [][]Span{a.Paragraphs, a.Sentences} {
		prev := 0
		for _, s := range l {
			inText("paragraph/sentence", s)
			if s.Start < prev {
				t.Errorf("%s: span %v starts before the previous one ended (%d)", a.ID, s, prev)
			}
			prev = s.End
		}
	}
	for _, q := range a.Quotes {
		inText("quote", q.Span)
		if q.Speaker != "" {
			inText("speaker", q.SpeakerSpan)
		}
	}
	if len(a.Paragraphs) > 0 && strings.Contains(a.Text, "\n\n\n") {
		t.Errorf("%s: paragraphs separated by more than one blank line", a.ID)
	}
}

// attributionCase is a paragraph, words one of its attributions covers
// (exactly, for checkExactAttributions), and who says them.
type attributionCase struct{ paragraph, content, speaker string }

// checkExactAttributions checks that each paragraph has an attribution
// covering exactly the case's words, by the case's speaker.
func checkExactAttributions(t *testing.T, cases []attributionCase) {
	t.Helper()
	for _, tc := range cases {
		a := structured(tc.paragraph)
		q := findQuote(a, tc.content)
		if q == nil || a.Slice(q.Span) != tc.content || q.Speaker != tc.speaker {
			t.Errorf("%q: want %q by %q; quotes: %s", tc.paragraph, tc.content, tc.speaker, describeQuotes(a))
		}
	}
}

// checkSpeakers checks that each paragraph has an attribution holding the
// case's words, by the case's speaker.
func checkSpeakers(t *testing.T, cases []attributionCase) {
	t.Helper()
	for _, tc := range cases {
		a := structured(tc.paragraph)
		if q := findQuote(a, tc.content); q == nil || q.Speaker != tc.speaker {
			t.Errorf("%q: want %q by %q; quotes: %s", tc.paragraph, tc.content, tc.speaker, describeQuotes(a))
		}
	}
}

// checkNoAttribution checks that each paragraph, read alone, holds no
// attribution at all.
func checkNoAttribution(t *testing.T, paragraphs ...string) {
	t.Helper()
	for _, p := range paragraphs {
		if a := structured(p); len(a.Quotes) > 0 {
			t.Errorf("%q: want no attribution; quotes: %s", p, describeQuotes(a))
		}
	}
}

// checkNoIndirect checks that no paragraph, read alone, holds reported
// speech: its quotations, if any, stand as they are.
func checkNoIndirect(t *testing.T, paragraphs ...string) {
	t.Helper()
	for _, p := range paragraphs {
		a := structured(p)
		for _, q := range a.Quotes {
			if q.Kind == QuoteIndirect {
				t.Errorf("%q: want no indirect attribution, got %q", p, a.Slice(q.Span))
			}
		}
	}
}

// checkNoWordsFrom checks that no attribution of the paragraph, read
// alone, covers words starting with prefix: an opening phrase or a
// setting that is no one's words.
func checkNoWordsFrom(t *testing.T, paragraph, prefix string) {
	t.Helper()
	if a := structured(paragraph); findQuote(a, prefix) != nil {
		t.Errorf("%q: %q read as someone's words; quotes: %s", paragraph, prefix, describeQuotes(a))
	}
}

// checkNoSpeakers asserts that no quotation of each paragraph, read as
// one article, has a speaker.
func checkNoSpeakers(t *testing.T, paragraphs ...string) {
	t.Helper()
	for _, p := range paragraphs {
		a := structured(p)
		for _, q := range a.Quotes {
			if q.Speaker != "" {
				t.Errorf("%q: want no speaker; quotes: %s", p, describeQuotes(a))
				break
			}
		}
	}
}
