package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Pages repeat their headline, often in a shorter form, right after a
// photo's caption and credit or after the standfirst, and a scrape joins it
// to that paragraph: "Senate aides are drafting new language. | REUTERS
// Uphill battle for Obama on Syria". Left in, the echo reads as a sentence
// of the outlet's own voice that no other outlet carries.

// reasonHeadlineEcho is the reason given for a headline echo cut from the
// end of a paragraph.
const reasonHeadlineEcho = "the headline repeated after a caption or standfirst"

// Bounds of a headline echo: a headline's length in words, its content
// words (three at least, or a short line of another kind could pass), and
// how much of it must be the headline's words. Most of its content words
// are the headline's (a shortened headline drops some and rewords few); at
// least two are, so that one shared name never makes one.
const (
	echoMinWords    = 3
	echoMaxWords    = 16
	echoMinContent  = 3
	echoMinShared   = 2
	echoMinFraction = 0.6
)

// cutHeadlineEcho returns p without a headline echo at its end, and the
// echo ("" when there is none). The echo is the paragraph's last part
// after a sentence's end or a " | " credit separator: a run of words with
// no closing punctuation of its own (a sentence, a colon's lead-in to a
// quotation, a list's comma), whose last words are mostly the headline's.
// The part before it must be a sentence or a credit, so that an
// unpunctuated paragraph of prose is never cut, and the echo holds no
// quotation, inner sentence or link.
func cutHeadlineEcho(p, headline string, stop map[string]bool) (string, string) {
	if headline == "" || p == "" {
		return p, ""
	}
	// A headline ends in a word, or in the closing mark of a quoted word
	// or a bracket; a sentence, quoted or not, ends in its stop.
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(p, "'’\"”)"))
	if !unicode.IsLetter(last) && !unicode.IsDigit(last) {
		return p, ""
	}
	cut, credited := -1, false
	if k := strings.LastIndex(p, " | "); k > 0 {
		cut, credited = k+len(" | "), true
	}
	if sents := splitSentences(p, []Span{{0, len(p)}}); len(sents) >= 2 {
		if s := sents[len(sents)-1].Start; s > cut {
			cut, credited = s, false
		}
	}
	if cut <= 0 {
		return p, ""
	}
	echo := p[cut:]
	if strings.ContainsAny(echo, "\"“”") || len(splitSentences(echo, []Span{{0, len(echo)}})) > 1 || strings.Contains(echo, "/") && !credited || linkLike(echo) {
		return p, "" // a quotation, a sentence or a link, not a headline
	}
	words := wordFields(echo)
	if len(words) < echoMinWords || len(words) > echoMaxWords || !endsWithHeadlineWords(words, siteless(headline), stop, credited) {
		return p, ""
	}
	keep := strings.TrimRight(p[:cut], " |")
	if len(wordFields(keep)) < echoMinWords {
		return p, "" // "2. Body measurements", "UPDATE 2. Strike ends": a numbered heading
	}
	return keep, echo
}

// linkLike reports whether s holds a web address or a social post's link
// ("pic.twitter.com/...", "www.", "https://").
func linkLike(s string) bool {
	l := strings.ToLower(s)
	return strings.Contains(l, "http") || strings.Contains(l, "www.") || strings.Contains(l, ".com/") || strings.Contains(l, "pic.twitter")
}

// siteless returns a page title without the site's name after its last
// " | " or " - " ("Homo Brandenburgensis | Landeszentrale für politische
// Bildung"): those are not the headline's words.
func siteless(title string) string {
	for _, sep := range []string{" | ", " - ", " — ", " – "} {
		if k := strings.LastIndex(title, sep); k > 0 {
			title = title[:k]
		}
	}
	return title
}

// endsWithHeadlineWords reports whether the last words of words are mostly
// the headline's content words: at least echoMinShared of them and
// echoMinFraction of the content words in the run. After a credit
// separator the run may start past a credit ("AP Photo/The White House
// Why Obama acted on Iraq"), if it holds half the content words at least;
// otherwise it is all of words, since a line after a sentence that shares
// a few of the headline's words may be a subheading of the outlet's own
// ("Update at 3:50 p.m. ET. Egypt calls for a no-fly zone"). A word
// matches a headline word it is a stem of or that is a stem of it
// ("Syria", "Syrian").
func endsWithHeadlineWords(words []string, headline string, stop map[string]bool, credited bool) bool {
	var head []string
	for _, w := range wordFields(headline) {
		if !stop[w] {
			head = append(head, w)
		}
	}
	inHeadline := func(w string) bool {
		for _, h := range head {
			if w == h || len(w) >= 4 && len(h) >= 4 && (strings.HasPrefix(w, h) || strings.HasPrefix(h, w)) {
				return true
			}
		}
		return false
	}
	all, lettered := 0, 0
	for _, w := range words {
		if !stop[w] {
			all++
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsLetter(r) {
				lettered++
			}
		}
	}
	if lettered < echoMinContent {
		return false // "War by euphemism", "10, Halle/Saale": too few words to tell
	}
	content, shared := 0, 0
	for i := len(words) - 1; i >= 0; i-- {
		if stop[words[i]] {
			continue
		}
		content++
		if inHeadline(words[i]) {
			shared++
		}
		if (credited && 2*content >= all || content == all) && shared >= echoMinShared && float64(shared) >= echoMinFraction*float64(content) {
			return true
		}
	}
	return false
}

// echoParagraphs is how many of the body's first paragraphs may end in a
// headline echo: the page's head (a photo and its caption, a standfirst)
// stands before the article, and a later paragraph's last line is the
// article's own.
const echoParagraphs = 2

// cutHeadlineEchoes cuts headline echoes from the ends of the body's first
// paragraphs and the standfirst, once every source of the headline (a
// header, a record's field, a manifest, the page's layout) has been read.
// The body's shingles, made before, are dropped to be made again.
func (d *document) cutHeadlineEchoes() {
	if d.title == "" {
		return
	}
	stop := stopwordsFor(d.language)
	for i, p := range d.body[:min(len(d.body), echoParagraphs)] {
		if keep, echo := cutHeadlineEcho(p, d.title, stop); echo != "" {
			d.body[i] = keep
			d.removed = append(d.removed, Removed{Text: echo, Reason: reasonHeadlineEcho})
			d.shingles = nil
		}
	}
	if keep, echo := cutHeadlineEcho(d.standfirst, d.title, stop); echo != "" {
		d.standfirst = keep
		d.removed = append(d.removed, Removed{Text: echo, Reason: reasonHeadlineEcho})
	}
}
