package corpus

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations end with a full stop that does not end a sentence.
var abbreviations = toSet(`mr mrs ms dr prof gen lt col sgt capt cpt adm maj cmdr gov sen rep rev st jr sr
hon pres amb atty supt insp det fr messrs mt ft no nos vol vs etc al inc corp co ltd llc dept univ est approx
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
u.s u.k u.n e.u u.s.a d.c a.m p.m i.e e.g`)

// sentenceStarters after "U.S." or "a.m." make the full stop a sentence end.
var sentenceStarters = toSet(`the he she it they we i but and in a an this that these those there his her their
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
			// Only '.', '!', '?' and '…' (lead byte 0xE2) can end a
			// sentence: step over every other byte, eight at a time.
			if i = nextStopByte(text, i, p.End); i >= p.End {
				break
			}
			r, size := utf8.DecodeRuneInString(text[i:])
			if r == '.' || r == '!' || r == '?' || r == '…' {
				end := i + size
				for end < p.End {
					// Closing marks: one of the bytes .!?"')] or a
					// whole ” or ’ inside the paragraph.
					if c := text[end]; closingByte[c] {
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
func isSentenceBoundary(text string, sentStart, dot, end, limit int) bool {
	next := end + 1
	for next < limit && text[next] == ' ' {
		next++
	}
	if next >= limit {
		return true
	}
	nr, _ := utf8.DecodeRuneInString(text[next:])
	if !(unicode.IsUpper(nr) || unicode.IsDigit(nr) || strings.ContainsRune("\"“‘'([", nr)) {
		return false
	}
	if text[dot] != '.' || end > dot+1 {
		return true // "?", "!" or a stop inside closing quotes
	}
	// The word before the stop.
	ws := dot
	for ws > sentStart {
		r, size := utf8.DecodeLastRuneInString(text[:ws])
		if !(unicode.IsLetter(r) || r == '.') {
			break
		}
		ws -= size
	}
	// The word is looked up in lower case (lowerIn, lowerIs) without
	// building the lower-case string; lower-casing keeps every '.'.
	word := text[ws:dot]
	if word == "" {
		return true
	}
	if first, size := utf8.DecodeRuneInString(word); size == len(word) && unicode.IsUpper(first) {
		return false // an initial: "Michael J. Fox"
	}
	if dotted := strings.Contains(word, "."); dotted || lowerIn(abbreviations, word) {
		// "U.S. The ..." ends a sentence; "U.S. officials" and "Gen. Kurilla" do not.
		return (dotted || lowerIs(word, "am") || lowerIs(word, "pm") || lowerIs(word, "etc")) && lowerIn(sentenceStarters, firstWord(text[next:limit]))
	}
	return true
}

// lowerIs reports whether strings.ToLower(w) == lower, without building the
// lower-case string when w is ASCII.
func lowerIs(w, lower string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return strings.ToLower(w) == lower // 'K' (Kelvin) lowers to 'k'
		}
	}
	return asciiEqualFold(lower, w)
}

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
		// lead byte 0xE2 of “ ” „ ‘ ’, or 0xC2 of « ». Step over the
		// others eight at a time.
		if i = nextMarkByte(text, i, p.End); i >= p.End {
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
		if r == '`' || r == '\'' {
			if i+1 < p.End && text[i+1] == byte(r) {
				marks = append(marks, quoteMark{i, 2, r == '`', true})
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
			marks = append(marks, quoteMark{i, size, false, true})
		case '"':
			marks = append(marks, quoteMark{i, size, atStart, true})
		case '‘':
			marks = append(marks, quoteMark{i, size, true, false})
		case '’', '\'':
			// An apostrophe inside a word ("Israel's") is not a quote mark.
			if unicode.IsLetter(prev) && unicode.IsLetter(nextR) {
				break
			}
			if atStart && unicode.IsLetter(nextR) {
				marks = append(marks, quoteMark{i, size, true, false})
			} else if !atStart && (unicode.IsLetter(prev) || unicode.IsPunct(prev)) && !unicode.IsLetter(nextR) && prev != 's' {
				marks = append(marks, quoteMark{i, size, false, false})
			} else if !atStart && prev == 's' && !unicode.IsLetter(nextR) && hasOpenSingle(marks) {
				marks = append(marks, quoteMark{i, size, false, false})
			}
		}
		i += size
	}
	return marks
}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

func hasOpenSingle(marks []quoteMark) bool {
	for i := len(marks) - 1; i >= 0; i-- {
		if !marks[i].double {
			return marks[i].open
		}
	}
	return false
}

// closingByte marks the one-byte closing marks that a sentence's stop
// takes with it: .!?"')]
var closingByte = func() (t [256]bool) {
	for _, c := range []byte(".!?\"')]") {
		t[c] = true
	}
	return t
}()

// SWAR ("SIMD within a register") scans: a paragraph's bytes are read eight
// at a time, and a byte sought is found by XOR-ing it out of each lane and
// looking for a zero lane. In zeroLanes(x) the lowest lane with its top bit
// set is x's lowest zero byte (a borrow only runs upwards from a zero
// lane, so lanes above it may be set too), and no top bit is set when x has
// no zero byte; the lowest set lane is all these scans use.
const (
	lanes01 = 0x0101010101010101
	lanes80 = 0x8080808080808080
)

func zeroLanes(x uint64) uint64 { return (x - lanes01) &^ x }

// nextStopByte returns the index of the first byte in text[i:end] that may
// end a sentence ('.', '!', '?' or 0xE2, the lead byte of '…'), or end.
func nextStopByte(text string, i, end int) int {
	for ; i+8 <= end; i += 8 {
		x := le64(text[i : i+8])
		if m := (zeroLanes(x^'.'*lanes01) | zeroLanes(x^'!'*lanes01) | zeroLanes(x^'?'*lanes01) | zeroLanes(x^0xE2*lanes01)) & lanes80; m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < end; i++ {
		if c := text[i]; c == '.' || c == '!' || c == '?' || c == 0xE2 {
			return i
		}
	}
	return end
}

// nextMarkByte returns the index of the first byte in text[i:end] that may
// start a quotation mark (a straight double quote, an apostrophe, a
// backquote, or the lead bytes 0xE2 and 0xC2), or end. 0xC2 and 0xE2
// differ only in bit 5, so setting it finds both.
func nextMarkByte(text string, i, end int) int {
	for ; i+8 <= end; i += 8 {
		x := le64(text[i : i+8])
		if m := (zeroLanes(x^'"'*lanes01) | zeroLanes(x^'\''*lanes01) | zeroLanes(x^'`'*lanes01) | zeroLanes(x|0x20*lanes01^0xE2*lanes01)) & lanes80; m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < end; i++ {
		if c := text[i]; c == '"' || c == '\'' || c == '`' || c == 0xE2 || c == 0xC2 {
			return i
		}
	}
	return end
}
