package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// highlightsLabels open a block of summary points a page sets above the
// article ("Story highlights", "Key points"): each point says again, in
// short, what the body says in full.
var highlightsLabels = []string{"story highlights", "key points", "highlights"}

// maxHighlightWords is the most words a summary point has.
const maxHighlightWords = 30

// markHighlights marks the block of summary points that opens with a
// highlights label: the label's paragraph (which may hold the first point
// after it) and the short paragraphs after it that end with no full stop,
// as points do. Read as text, the points counted each quotation and fact
// of the body twice.
func markHighlights(ps []*para) {
	for i, p := range ps {
		if p.reason != "" || !opensHighlights(p.text) {
			continue
		}
		p.reason = reasonHighlights
		for _, q := range ps[i+1:] {
			if q.reason != "" || len(q.words) == 0 || len(q.words) > maxHighlightWords || endsSentence(q.text) {
				break
			}
			q.reason = reasonHighlights
		}
		return
	}
}

// reasonHighlights is why summary points are removed.
const reasonHighlights = "story highlights (a summary of the article)"

// opensHighlights reports whether a paragraph is a highlights label, alone
// or followed by a first point that starts with a capital and ends with
// no full stop: "Story highlights", "Story highlights Clinton says ...".
// "Highlights of the speech included ..." is prose.
func opensHighlights(s string) bool {
	s = strings.TrimSpace(s)
	low := strings.ToLower(s)
	for _, label := range highlightsLabels {
		if !strings.HasPrefix(low, label) {
			continue
		}
		if len(s) > len(label) && s[len(label)] != ' ' && s[len(label)] != ':' {
			return false // "Highlightsville"
		}
		rest := strings.TrimLeft(s[len(label):], " :")
		if rest == "" {
			return true
		}
		r, _ := utf8.DecodeRuneInString(rest)
		return unicode.IsUpper(r) && len(strings.Fields(rest)) <= maxHighlightWords && !endsSentence(rest)
	}
	return false
}
