// Package framing compares articles about one story and finds how their
// framing differs: naming, voices, claims, evaluative and distancing words,
// content only one outlet carries, and keyness. Every finding carries its
// evidence; views (tui, report) only render what this package computes.
package framing

import (
	"strings"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/lexicon"
)

// VoiceKind says whose words a span of an article is.
type VoiceKind string

// The voices of a text.
const (
	// Own is the outlet's narration.
	Own VoiceKind = "own"
	// Paraphrase is reported speech without quotation marks ("according to
	// X, ...", "X said that ..."): the outlet's words for someone's claim.
	Paraphrase VoiceKind = "paraphrase"
	// Quoted is a direct or partial quotation: the speaker's words.
	Quoted VoiceKind = "quoted"
	// Scare is a short quotation with no speaker: the outlet holds the words
	// at a distance.
	Scare VoiceKind = "scare quote"
)

// Voice is whose words a span is, with the speaker and actor group when known.
type Voice struct {
	Kind    VoiceKind `json:"kind"`
	Speaker string    `json:"speaker,omitempty"`
	Group   string    `json:"group,omitempty"`       // actor group id
	Label   string    `json:"group_label,omitempty"` // actor group label
}

// OutletsWords reports whether the words are the outlet's choice: its
// narration or its paraphrase of someone (no quotation marks).
func (v Voice) OutletsWords() bool { return v.Kind == Own || v.Kind == Paraphrase }

// String renders the voice for a person: "own voice", "quoting Ned Price (US officials)".
func (v Voice) String() string {
	who := v.Speaker
	if v.Label != "" && who != "" {
		who += " (" + v.Label + ")"
	}
	switch v.Kind {
	case Own:
		return "outlet's own voice"
	case Paraphrase:
		if who == "" {
			return "paraphrase"
		}
		return "paraphrasing " + who
	case Quoted:
		if who == "" {
			return "quotation, speaker not found"
		}
		return "quoting " + who
	case Scare:
		return "scare quote (no speaker)"
	}
	return string(v.Kind)
}

// voiceOf finds the voice at a byte offset: the innermost quotation holding
// it (a quotation inside a paraphrase is the speaker's own words).
func voiceOf(a *corpus.Article, qs []quoteInfo, start, end int) Voice {
	best := -1
	for i, q := range qs {
		if q.Span.Start <= start && end <= q.Span.End {
			if best < 0 || q.Span.Len() < qs[best].Span.Len() {
				best = i
			}
		}
	}
	if best < 0 {
		return Voice{Kind: Own}
	}
	q := qs[best]
	v := Voice{Speaker: q.Speaker, Group: q.Group, Label: q.Label}
	switch q.Kind {
	case corpus.QuoteIndirect:
		v.Kind = Paraphrase
	case corpus.QuoteScare:
		v.Kind = Scare
	default:
		v.Kind = Quoted
	}
	return v
}

// quoteInfo is a corpus quote with its speaker's actor group.
type quoteInfo struct {
	corpus.Quote
	Group string
	Label string
	Words int
}

func mapQuotes(a *corpus.Article, m *lexicon.Matcher) []quoteInfo {
	out := make([]quoteInfo, 0, len(a.Quotes))
	for _, q := range a.Quotes {
		qi := quoteInfo{Quote: q, Words: len(strings.Fields(a.Slice(q.Span)))}
		if q.Speaker != "" {
			if g := m.ActorGroupOf(q.Speaker); g != nil {
				qi.Group, qi.Label = g.ID, g.Label
			}
		}
		out = append(out, qi)
	}
	return out
}
