package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// para is one paragraph of a text being cleaned, with what the stages after
// the splitter read of it.
type para struct {
	text  string
	words []string // wordFields(text)
	// letters and latin count the letters and the Latin ones among them.
	letters, latin int
	class          paraClass
	reason         string // why it was removed, when it was
	meta           string // "byline", "date" when the line is page metadata
}

// newPara makes a paragraph of text, its runs of white space folded.
func newPara(text string) *para {
	letters, latin := latinCounts(text)
	return &para{text: text, words: wordFields(text), letters: letters, latin: latin}
}

// splitParagraphs splits on blank lines, and on single newlines unless the
// lines of a block look hard-wrapped or a line breaks off mid-sentence (then
// they are joined back). Each paragraph's text has its runs of white space
// folded to one space.
func splitParagraphs(text string) []*para {
	var out []*para
	for _, block := range strings.Split(text, "\n\n") {
		lines := strings.Split(block, "\n")
		wrapped := looksHardWrapped(lines)
		start := 0 // the first line of the paragraph being gathered
		for i, ln := range lines {
			if i+1 < len(lines) && (wrapped || continuesLine(ln, lines[i+1])) {
				continue
			}
			if s := strings.Join(strings.Fields(strings.Join(lines[start:i+1], " ")), " "); s != "" {
				out = append(out, newPara(s))
			}
			start = i + 1
		}
	}
	return out
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
