package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/text"
)

// fieldSet makes a set of the space-separated words of s.
func fieldSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// sentenceStarters after "U.S." or "a.m." make the full stop a sentence end.
var sentenceStarters = fieldSet(`the he she it they we i but and in a an this that these those there his her their
its our on at as if when after before however meanwhile still yet so`)

func splitSentences(text string, paras []Span) []Span {
	out := make([]Span, 0, len(text)/120+len(paras)) // news sentences run 20-25 words
	for _, p := range paras {
		start := p.Start
		for start < p.End && text[start] == ' ' {
			start++
		}
		i := start
		for i < p.End {
			// Only '.', '!', '?' and '…' (lead byte 0xE2) end sentences.
			for i < p.End && !mayEndSentence(text[i]) {
				i++
			}
			if i >= p.End {
				break
			}
			r, size := utf8.DecodeRuneInString(text[i:])
			if r == '.' || r == '!' || r == '?' || r == '…' {
				end := i + size
				for end < p.End {
					// Closing marks: one of the bytes .!?"')] or a
					// whole ” or ’ inside the paragraph.
					if c := text[end]; strings.IndexByte(`.!?"')]`, c) >= 0 {
						end++
					} else if c == 0xE2 && end+2 < p.End && (strings.HasPrefix(text[end:], "”") || strings.HasPrefix(text[end:], "’")) {
						end += len("”")
					} else {
						break
					}
				}
				if end < p.End && text[end] == ' ' && isSentenceBoundary(text, start, i, end, p.End) {
					out = append(out, Span{start, end})
					start = end
					for start < p.End && text[start] == ' ' {
						start++
					}
					i = start
					continue
				}
				i = end
				continue
			}
			i += size
		}
		if start < p.End {
			out = append(out, Span{start, p.End})
		}
	}
	return out
}

// isSentenceBoundary decides whether the stop at text[dot] (followed by
// closing marks up to end, then a space) ends the sentence.
func isSentenceBoundary(s string, sentStart, dot, end, limit int) bool {
	next := end + 1
	for next < limit && s[next] == ' ' {
		next++
	}
	if next >= limit {
		return true
	}
	nr, _ := utf8.DecodeRuneInString(s[next:])
	if !(unicode.IsUpper(nr) || unicode.IsDigit(nr) || strings.ContainsRune("\"“‘'([", nr)) {
		return false
	}
	if s[dot] != '.' || end > dot+1 {
		return true // "?", "!" or a stop inside closing quotes
	}
	if strayStopAfterCue(s, sentStart, dot) {
		return false // '"...," said. Rep. Ann Roe': a slip, read as '," said Rep. Ann Roe'
	}
	// The word before the stop.
	ws := dot
	for ws > sentStart {
		r, size := utf8.DecodeLastRuneInString(s[:ws])
		if !(unicode.IsLetter(r) || r == '.') {
			break
		}
		ws -= size
	}
	word := s[ws:dot]
	if word == "" {
		return true
	}
	if first, size := utf8.DecodeRuneInString(word); size == len(word) && unicode.IsUpper(first) {
		return false // an initial: "Michael J. Fox"
	}
	if dotted := strings.Contains(word, "."); dotted || text.Abbreviation(word) {
		// "U.S. The ..." ends a sentence; "U.S. officials" and "Gen. Kurilla" do not.
		return (dotted || lowerIs(word, "am") || lowerIs(word, "pm") || lowerIs(word, "etc")) && sentenceStarters[strings.ToLower(firstWord(s[next:limit]))]
	}
	return true
}

// strayStopCues are the reporting verbs that stand right after a
// quotation with their speaker after them ('"...," said Ann Roe').
var strayStopCues = fieldSet(`said says added adds asked asks wrote writes replied explained continued noted`)

// strayStopAfterCue reports whether the full stop at s[dot] is a slip
// right after an inverted reporting verb: in '"...," said. Rep. Ann Roe,
// R-Ore.' the verb has no subject before it, so the words after the stop
// are its speaker and the sentence goes on. Only a verb that follows a
// quotation closed by a comma, "?" or "!" counts: '"...," he said.' and
// '"... ended." Roe said.' end where they stop. The look back is bounded
// by one word and a mark.
func strayStopAfterCue(s string, sentStart, dot int) bool {
	if dot <= sentStart || s[dot] != '.' || dot+2 >= len(s) || s[dot+1] != ' ' {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(s[dot+2:]); !unicode.IsUpper(r) {
		return false
	}
	ws := dot
	for ws > sentStart && ws > dot-12 && 'a' <= s[ws-1] && s[ws-1] <= 'z' {
		ws--
	}
	if !strayStopCues[s[ws:dot]] || ws-1 <= sentStart || s[ws-1] != ' ' {
		return false
	}
	before := s[sentStart : ws-1]
	switch {
	case strings.HasSuffix(before, `"`), strings.HasSuffix(before, "'"):
		before = before[:len(before)-1]
	case strings.HasSuffix(before, "”"), strings.HasSuffix(before, "’"):
		before = before[:len(before)-len("”")]
	default:
		return false
	}
	return strings.HasSuffix(before, ",") || strings.HasSuffix(before, "?") || strings.HasSuffix(before, "!")
}

// lowerIs reports whether w in lower case is lower.
func lowerIs(w, lower string) bool { return strings.ToLower(w) == lower }

func firstWord(s string) string {
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
	if end < 0 {
		return s
	}
	return s[:end]
}

// scanMarks finds quotation marks in a paragraph and decides, for the
// ambiguous straight ones, whether each opens or closes. The doubled
// backquotes and apostrophes of tokenised research text count as double
// marks.
//
// The marks are appended to marks[:0], a buffer reused from paragraph to
// paragraph.
func scanMarks(text string, p Span, marks []quoteMark) []quoteMark {
	marks = marks[:0]
	for i := p.Start; i < p.End; {
		// Every mark starts with one of these bytes: '"', '\'', '`', the
		// lead byte 0xE2 of “ ” „ ‘ ’, or 0xC2 of « ».
		for i < p.End && !mayStartMark(text[i]) {
			i++
		}
		if i >= p.End {
			break
		}
		// Most of the bytes found are apostrophes inside words ("Israel's",
		// "don’t"), which are no marks: between two ASCII letters they
		// are stepped over before any rune is decoded.
		if i > 0 && isASCIILetter(text[i-1]) {
			if text[i] == '\'' && i+1 < len(text) && isASCIILetter(text[i+1]) {
				i++
				continue
			}
			if i+3 < len(text) && text[i:i+3] == "’" && isASCIILetter(text[i+3]) {
				i += 3
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == '\'' && i+2 < p.End && text[i+1] == '\'' && text[i+2] == '\'' && i > p.Start && !unicode.IsSpace(rune(text[i-1])) && hasOpenSingle(marks) {
			// "the word 'old-school,''' said": three apostrophes after a
			// word close the single quotation inside a doubled-apostrophe
			// one first, then the outer one; read from the left, the
			// doubled mark would close early and leave an apostrophe.
			marks = append(marks, quoteMark{i, 1, false, false}, quoteMark{i + 1, 2, false, true})
			i += 3
			continue
		}
		if r == '`' || r == '\'' {
			if i+1 < p.End && text[i+1] == byte(r) {
				// ``TeX'' quotes, and the ''doubled apostrophes'' of
				// newspaper archives (The New York Times' text), whose
				// opening mark is known by the space before it.
				open := r == '`'
				if !open {
					prev, _ := utf8.DecodeLastRuneInString(text[:i])
					open = i == p.Start || unicode.IsSpace(prev) || strings.ContainsRune("([{—–-/", prev)
				}
				marks = append(marks, quoteMark{i, 2, open, true})
				i += 2
				continue
			}
			if r == '`' {
				i++
				continue
			}
		}
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		nextR, _ := utf8.DecodeRuneInString(text[min(i+size, len(text)):])
		atStart := i == p.Start || unicode.IsSpace(prev) || strings.ContainsRune("([{—–-/", prev)
		switch r {
		case '“', '«', '„':
			marks = append(marks, quoteMark{i, size, true, true})
		case '”', '»':
			// A right mark typed where a quotation opens: at the start of
			// a paragraph or after a space, before a word, with no double
			// quotation open ("”Fear. I am truly afraid ...” ― Ann Lee").
			open := r == '”' && atStart && (unicode.IsLetter(nextR) || unicode.IsDigit(nextR) || nextR == '…' || strings.HasPrefix(text[min(i+size, len(text)):], " …")) && !hasOpenDouble(marks)
			marks = append(marks, quoteMark{i, size, open, true})
		case '"':
			open := atStart
			if open && i > p.Start && unicode.IsSpace(prev) && (i+size >= p.End || unicode.IsSpace(nextR)) && closesSingleThenDouble(text, i, marks) {
				// `the term 'African American outreach,' " he told`: a
				// mark with space on both sides, after a closed single
				// quotation inside an open double one, closes it.
				open = false
			}
			marks = append(marks, quoteMark{i, size, open, true})
		case '‘':
			marks = append(marks, quoteMark{i, size, true, false})
		case '’', '\'':
			// An apostrophe inside a word ("Israel's") is not a quote mark.
			if unicode.IsLetter(prev) && unicode.IsLetter(nextR) {
				break
			}
			if atStart && (unicode.IsLetter(nextR) || bracketedLetter(text, i+size)) {
				marks = append(marks, quoteMark{i, size, true, false})
			} else if !atStart && (unicode.IsLetter(prev) || unicode.IsPunct(prev)) && !unicode.IsLetter(nextR) && prev != 's' && prev != 'S' {
				marks = append(marks, quoteMark{i, size, false, false})
			} else if !atStart && (prev == 's' || prev == 'S') && !unicode.IsLetter(nextR) && hasOpenSingle(marks) {
				// A plural's or an s-name's possessive ("the rebels'",
				// "ISIS' stronghold") closes a quotation only when one is open.
				marks = append(marks, quoteMark{i, size, false, false})
			}
		}
		i += size
	}
	return marks
}

// bracketedLetter reports whether the text at i opens with an editor's
// bracketed letter or word ("[I]f", "[The plan]"): a single mark before it
// opens a quotation whose first letter the editor changed, as a mark
// before a letter does.
func bracketedLetter(text string, i int) bool {
	if i+1 >= len(text) || text[i] != '[' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i+1:])
	return unicode.IsLetter(r)
}

// mayEndSentence reports whether a sentence's end may start with byte c:
// '.', '!', '?', or the lead byte 0xE2 of '…'.
func mayEndSentence(c byte) bool {
	return c == '.' || c == '!' || c == '?' || c == 0xE2
}

// mayStartMark reports whether a quotation mark may start with byte c:
// '"', '\”, '`', the lead byte 0xE2 of “ ” „ ‘ ’, or 0xC2 of « ».
func mayStartMark(c byte) bool {
	return c == '"' || c == '\'' || c == '`' || c == 0xE2 || c == 0xC2
}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// closesSingleThenDouble reports whether the marks before position i
// end with a single quotation closed just before i (past one space)
// inside a double quotation still open.
func closesSingleThenDouble(text string, i int, marks []quoteMark) bool {
	n := len(marks)
	if n < 2 {
		return false
	}
	last := marks[n-1]
	if last.double || last.open || last.pos+last.size+1 != i {
		return false
	}
	return hasOpenDouble(marks[:n-1])
}

// hasOpenDouble reports whether the last double mark before opened a
// quotation.
func hasOpenDouble(marks []quoteMark) bool {
	for i := len(marks) - 1; i >= 0; i-- {
		if marks[i].double {
			return marks[i].open
		}
	}
	return false
}

func hasOpenSingle(marks []quoteMark) bool {
	for i := len(marks) - 1; i >= 0; i-- {
		if !marks[i].double {
			return marks[i].open
		}
	}
	return false
}
