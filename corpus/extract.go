package corpus

import (
	"cmp"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	copyrightRe = regexp.MustCompile(`(?i)(?:copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4}\s*(?:-\s*\d{4})?\s*)?([^.•|]{2,60})`)
	siteSplitRe = regexp.MustCompile(`\s+[-|–—:]\s+`)
)

// looksLikeHeadline: a line of a few words, not a sentence with a full stop,
// with some function words (navigation has none). opening says the line
// opens the text right above the article (opensArticle): there the full
// stop that some newsroom exports put after a headline is allowed, and a
// Title Case line that ends a sentence is a headline, not navigation.
func looksLikeHeadline(p *para, stop map[string]bool, opening bool) bool {
	n := len(p.words)
	if n < 3 || n > 30 || utf8.RuneCountInString(p.text) > 200 {
		return false
	}
	if !opening && strings.HasSuffix(strings.TrimSpace(p.text), ".") {
		return false
	}
	if stopwordDensity(p, stop) >= 0.08 || opening && endsSentence(p.text) {
		// A run of labels does not end a sentence.
		return true
	}
	// Headlines often drop function words ("US, Israeli advisors discuss
	// Russia-Iran cooperation"); navigation is a run of capitalised labels.
	lower := 0
	for _, w := range strings.Fields(p.text) {
		if !isUpperInitial(w) {
			lower++
		}
	}
	return float64(lower) >= 0.2*float64(n)
}

// reasonBeforeArticle is the reason for removing a line of the page's head
// that is not its headline, standfirst, byline or date.
const reasonBeforeArticle = "before the article (site header or navigation)"

// opensArticle reports whether the text's first paragraph stands right
// above the article's first prose paragraph, body, with nothing between
// them but byline and date lines: where a headline stands. A line there is
// weighed as a headline even when it ends with a full stop or has the few
// function words that make the classifier call a line navigation, since
// headlines are written that way; navigation at the top of a scraped page
// is followed by more of the page's head, not at once by the article.
func opensArticle(ps []*para, body int) bool {
	if body < 1 || body > len(ps) {
		return false
	}
	for _, p := range ps[1:body] {
		if p.meta == "" {
			return false
		}
	}
	return true
}

// extract picks the headline, standfirst, byline and date out of the part
// before the body, and collects the body and what was removed.
func (c *cleaned) extract(ps []*para) {
	first := -1
	for i, p := range ps {
		if p.class == classGood {
			first = i
			break
		}
	}
	if first < 0 {
		// No prose at all: keep every non-chrome paragraph rather than lose
		// a short article, and say nothing was recognised as a headline.
		for _, p := range ps {
			if p.class != classBad {
				p.class = classGood
			}
		}
		first = len(ps)
		for i, p := range ps {
			if p.class == classGood {
				first = i
				break
			}
		}
	}
	opening := opensArticle(ps, first)
	titleIdx := -1
	// Metadata anywhere before the end of the article.
	for _, p := range ps {
		switch p.meta {
		case "byline":
			if c.byline == "" {
				c.byline = titleCaseIfShouting(bylineRe.FindStringSubmatch(p.text)[1])
			}
		case "date":
			if d, ok := ParseDate(p.text); ok && c.date.IsZero() {
				c.date, c.dateFrom = d, FromPageText
			}
		}
	}
	// The headline is the first headline-like line before the body; a
	// standfirst sits between it and the byline, or directly after it when
	// it summarises what follows.
	// A byline or date line close after the first prose-like paragraph ends
	// the page's head: what stands between it and the headline is a
	// standfirst, not body.
	metaIdx := -1
	for i := 0; i < len(ps) && i <= first+3; i++ {
		if ps[i].meta != "" {
			metaIdx = i
			break
		}
	}
	if metaIdx > first {
		first = metaIdx
	}
	for i := 0; i < first && i < len(ps); i++ {
		p := ps[i]
		if p.meta != "" || p.class == classBad && !(i == 0 && opening && p.reason == reasonFewFunctionWords) {
			continue
		}
		if titleIdx < 0 && looksLikeHeadline(p, c.stop, i == 0 && opening) {
			titleIdx = i
			c.title = p.text
			if p.class == classBad || !looksLikeHeadline(p, c.stop, false) {
				// Only its place made the line a headline: if the
				// metadata names another, it was page chrome after all.
				c.titleRemoved = cmp.Or(p.reason, reasonBeforeArticle)
			}
			p.class, p.reason = classBad, ""
			continue
		}
		if titleIdx >= 0 && c.standfirst == "" && metaIdx > i && len(p.words) >= 6 {
			c.standfirst = p.text
			p.class, p.reason = classBad, ""
		}
	}
	if titleIdx >= 0 && c.standfirst == "" && titleIdx+1 < len(ps) {
		next := ps[titleIdx+1]
		if next.class == classGood && next.meta == "" && len(next.words) <= 60 && summarises(next, ps[titleIdx+2:], c.stop) {
			c.standfirst = next.text
			next.class, next.reason = classBad, ""
			if first == titleIdx+1 {
				first++
			}
		}
	}
	// The site name: the first chrome line's leading segment ("The
	// Jerusalem Post - Israel News ...") or a copyright holder.
	for i, p := range ps {
		if i >= first || p.class != classBad || p.meta != "" || i == titleIdx {
			break
		}
		if parts := siteSplitRe.Split(p.text, 2); len(parts) == 2 && looksLikeName(parts[0]) {
			c.outlet = strings.TrimSpace(parts[0])
			break
		}
	}
	if c.outlet == "" {
		for _, p := range ps {
			if p.class != classBad {
				continue
			}
			if m := copyrightRe.FindStringSubmatch(p.text); m != nil {
				if name := strings.TrimSpace(m[1]); looksLikeName(name) {
					c.outlet = name
					break
				}
			}
		}
	}
	good := 0
	for _, p := range ps {
		if p.class == classGood {
			good++
		}
	}
	if good > 0 {
		c.body = make([]string, 0, good) // kept until the article is built: sized, not grown
	}
	for i, p := range ps {
		switch {
		case p.class == classGood:
			c.body = append(c.body, p.text)
		case i == titleIdx || p.text == c.standfirst && c.standfirst != "":
		case p.meta != "":
			c.removed = append(c.removed, Removed{Text: p.text, Reason: p.meta + " (kept as metadata)"})
		default:
			reason := p.reason
			if reason == "" {
				if i < first {
					reason = reasonBeforeArticle
				} else {
					reason = "short line outside the article body"
				}
			}
			c.removed = append(c.removed, Removed{Text: p.text, Reason: reason})
		}
	}
}

// summarises: most content words of p recur in the next two paragraphs, as a
// standfirst's do; a lede paragraph's mostly do not.
func summarises(p *para, next []*para, stop map[string]bool) bool {
	if len(next) < 2 {
		return false
	}
	seen := map[string]bool{}
	for _, q := range next[:2] {
		for _, w := range q.words {
			seen[w] = true
		}
	}
	content, hit := 0, 0
	for _, w := range p.words {
		if stop[w] {
			continue
		}
		content++
		if seen[w] {
			hit++
		}
	}
	return content >= 4 && float64(hit) >= 0.6*float64(content)
}

// looksLikeName: one to six words, capitalised (allowing "The", "of", "&").
func looksLikeName(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 6 {
		return false
	}
	for _, w := range f {
		if !isUpperInitial(w) && w != "of" && w != "&" && w != "the" && w != "and" {
			return false
		}
	}
	return true
}

// titleCaseIfShouting turns "TOVAH LAZAROFF" into "Tovah Lazaroff" and leaves
// mixed-case names alone.
func titleCaseIfShouting(s string) string {
	s = strings.TrimSpace(s)
	if strings.ToUpper(s) != s {
		return s
	}
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	return strings.Join(words, " ")
}
