package corpus

import (
	"regexp"
	"strings"
)

// An embedded post signs its words on their own line: "Many dead, ... SICK!
// — Donald J. Trump (@realDonaldTrump) April 8, 2018". The text before
// the dash is the account holder's, quoted whole, not the outlet's own
// words. A page may leave a link's word or two after the date ("...
// January 10, 2020 Report").
var embedSignature = regexp.MustCompile(`\s*(?:—|–|--|-)\s*([^()\n—–]{1,60}?)\s*\(@(\w{1,30})\)\s*(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2},? \d{4}\.?(?:\s+\p{Lu}\p{Ll}+){0,2}\s*$`)

// embedLead is the line a page opens an embedded post with for screen
// readers ("Skip Twitter post by @janeroe", "Skip Instagram post, 2"): the
// page's, not the post's words.
var embedLead = regexp.MustCompile(`^\s*Skip (?:Twitter|X|Instagram|Facebook|YouTube|TikTok) post(?: by @?\w{1,30}|,? \d+)?\s+`)

// maxEmbedLen bounds an embedded post's paragraph: a post and its
// signature, never an article's paragraph of prose.
const maxEmbedLen = 1200

// embeddedPost reads a paragraph that is an embedded post and its
// signature, and records the post as a direct quotation of the account's
// holder (its name, else its handle), reporting whether it did.
func (f *quoteFinder) embeddedPost(p Span) bool {
	if p.Len() > maxEmbedLen || p.Len() < 10 || !strings.Contains(f.text[p.Start:p.End], "(@") {
		return false
	}
	para := f.text[p.Start:p.End]
	m := embedSignature.FindStringSubmatchIndex(para)
	if m == nil {
		return false
	}
	const marks = " \t\"“”'‘’"
	raw := para[:m[0]]
	skip := 0
	if l := embedLead.FindStringIndex(raw); l != nil {
		skip = l[1]
		raw = raw[skip:]
	}
	trimmed := strings.TrimRight(strings.TrimLeft(raw, marks), marks)
	lead := len(raw) - len(strings.TrimLeft(raw, marks))
	body := Span{Start: p.Start + skip + lead, End: p.Start + skip + lead + len(trimmed)}
	if body.Len() == 0 {
		return false
	}
	speaker := Span{Start: p.Start + m[2], End: p.Start + m[3]}
	if strings.TrimSpace(f.text[speaker.Start:speaker.End]) == "" {
		speaker = Span{Start: p.Start + m[4] - 1, End: p.Start + m[5]} // "@handle"
	}
	f.quotes = append(f.quotes, Quote{Kind: QuoteDirect, Span: body, Speaker: f.text[speaker.Start:speaker.End], SpeakerSpan: speaker})
	return true
}
