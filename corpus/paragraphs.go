package corpus

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/text"
)

// para is one paragraph of a text being cleaned, with what the stages after
// the splitter read of it.
type para struct {
	text   string
	words  []string // wordFields(text)
	hashes []uint64 // wordHash of each word, for the shingles
	// lang is the paragraph's language evidence, with no cap on the words
	// read: its letters and their scripts too.
	lang   langCounter
	class  paraClass
	reason string // why it was removed, when it was
	meta   string // "byline", "date" when the line is page metadata
}

// newPara makes a paragraph of s, its runs of white space folded. toks is
// a buffer for its tokens, which the caller may pass again for the next
// paragraph.
func newPara(s string, toks []text.Token) (*para, []text.Token) {
	p := &para{text: s}
	p.words, toks = appendWords(make([]string, 0, strings.Count(s, " ")+1), s, toks)
	p.hashes = wordHashes(p.words)
	// Every letter is in a word, and a run of letters (the language
	// detector's word) never crosses a word's edge, so the words give the
	// paragraph's language evidence; in lower case they need no
	// lower-casing of their own for the function-word look-ups.
	for _, w := range p.words {
		p.lang.addUpTo(w, math.MaxInt)
	}
	return p, toks
}

// splitParagraphs splits on blank lines, and on single newlines unless the
// lines of a block look hard-wrapped or a line breaks off mid-sentence (then
// they are joined back). Each paragraph's text has its runs of white space
// folded to one space. titled says a header already gave the document's
// title, so that its first block is body, not a possible headline.
func splitParagraphs(s string, titled bool) []*para {
	var out []*para
	toks := make([]text.Token, 0, 256) // most paragraphs have fewer

	for _, block := range joinBrokenBlocks(strings.Split(s, "\n\n"), titled) {
		lines := strings.Split(block, "\n")
		wrapped := looksHardWrapped(lines)
		start := 0 // the first line of the paragraph being gathered
		for i, ln := range lines {
			if i+1 < len(lines) && (wrapped || continuesLine(ln, lines[i+1])) {
				continue
			}
			if s := collapseSpace(strings.Join(lines[start:i+1], " ")); s != "" {
				var p *para
				p, toks = newPara(s, toks)
				out = append(out, p)
			}
			start = i + 1
		}
	}
	return out
}

// joinBrokenBlocks joins a block that breaks off mid-sentence to the next
// when that one goes on in lower case: a page that sets a name, a role and
// a verb in elements of their own ("Mazloum Abdi," / "the commander of" /
// "told Kurdish TV: ...") gives one sentence, not fragments whose
// quotation loses its speaker. A block ending in a full stop, a colon, a
// quotation mark, a digit or a capitalised word (a headline, "Image 1 of
// 2") stays apart, as does a web address. The document's first block, a
// headline in sentence case, is joined only after a comma or a hyphen,
// unless titled: a header gave the title, and the first block is body.
func joinBrokenBlocks(blocks []string, titled bool) []string {
	out := blocks[:0:0]
	first := -1 // the document's first block in out, while it stands alone
	if titled {
		first = -2 // no headline to keep apart
	}
	for _, b := range blocks {
		if n := len(out); n > 0 && breaksOff(out[n-1], b, n-1 == first) {
			out[n-1] += " " + b
			first = -2 // joined: a sentence, no headline
			continue
		}
		if first == -1 && strings.TrimSpace(b) != "" {
			first = len(out)
		}
		out = append(out, b)
	}
	return out
}

// breaksOff reports whether block stops mid-sentence (after a comma, a
// hyphen or a lower-case word; only the first two when block opens the
// document) and next goes on with a lower-case common word: not a name
// in mixed case ("eBay", "iPhone") nor a particle before a name ("bin
// Salman", "de Mistura"), which a headline or a caption may precede.
func breaksOff(block, next string, opening bool) bool {
	block, next = strings.TrimSpace(block), strings.TrimSpace(next)
	if block == "" || next == "" || strings.Contains(block, "://") || strings.HasPrefix(next, "http") {
		return false
	}
	if !commonWordOpens(next) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(block)
	if last == ',' || last == '-' {
		return true
	}
	if opening || !unicode.IsLower(last) {
		return false
	}
	w := block[strings.LastIndexAny(block, " \n")+1:]
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r) // "the commander of", not "Syria Strikes"
}

// commonWordOpens reports whether s opens with a common word in lower
// case: all its letters lower case, and no name particle before a
// capitalised word ("bin Salman", "al Thani", "van Dijk").
func commonWordOpens(s string) bool {
	w, rest, _ := strings.Cut(s, " ")
	first, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsLower(first) || strings.IndexFunc(w, unicode.IsUpper) >= 0 {
		return false // "eBay", "al-Assad"
	}
	if nameParticles[w] {
		r, _ := utf8.DecodeRuneInString(rest)
		return !unicode.IsUpper(r)
	}
	return true
}

// nameParticles open names in lower case: "bin Salman", "de Mistura".
var nameParticles = fieldSet(`al el bin ibn abu de van von der da di du la le`)

// collapseSpace trims s and folds its runs of white space to one space. A
// line that is so already, as most are, is returned as it is.
func collapseSpace(s string) string {
	s = strings.TrimSpace(s)
	prevSpace := false
	for _, r := range s {
		if r == ' ' && !prevSpace {
			prevSpace = true
			continue
		}
		if unicode.IsSpace(r) {
			return strings.Join(strings.Fields(s), " ")
		}
		prevSpace = false
	}
	return s
}

// looksHardWrapped: every line but the last is of similar, moderate length.
func looksHardWrapped(lines []string) bool {
	if len(lines) < 3 {
		return false
	}
	lo, hi := 1<<30, 0
	for _, l := range lines[:len(lines)-1] {
		n := utf8.RuneCountInString(strings.TrimSpace(l))
		lo, hi = min(lo, n), max(hi, n)
	}
	return lo >= 45 && hi <= 110 && hi-lo <= 30
}

// continuesLine: a line that stops mid-sentence and a next line that starts
// in lower case are one paragraph broken by a wrap.
func continuesLine(line, next string) bool {
	line, next = strings.TrimSpace(line), strings.TrimSpace(next)
	if line == "" || next == "" || len(line) < 40 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	first, _ := utf8.DecodeRuneInString(next)
	return !strings.ContainsRune(".!?:;\"”’)", last) && unicode.IsLower(first)
}
