package corpus

import (
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
			// sentence: step over every other byte without decoding.
			if c := text[i]; c != '.' && c != '!' && c != '?' && c != 0xE2 {
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(text[i:])
			if r == '.' || r == '!' || r == '?' || r == '…' {
				end := i + size
				for end < p.End && strings.ContainsRune(".!?\"”’')]", rune(text[end])) || end+2 < p.End && (strings.HasPrefix(text[end:], "”") || strings.HasPrefix(text[end:], "’")) {
					if strings.HasPrefix(text[end:], "”") || strings.HasPrefix(text[end:], "’") {
						end += len("”")
					} else {
						end++
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
	word := strings.ToLower(text[ws:dot])
	if word == "" {
		return true
	}
	nextWord := strings.ToLower(firstWord(text[next:limit]))
	if utf8.RuneCountInString(word) == 1 && unicode.IsUpper([]rune(text[ws:dot])[0]) {
		return false // an initial: "Michael J. Fox"
	}
	if abbreviations[word] || strings.Count(word, ".") > 0 {
		// "U.S. The ..." ends a sentence; "U.S. officials" and "Gen. Kurilla" do not.
		return (strings.Contains(word, ".") || word == "am" || word == "pm" || word == "etc") && sentenceStarters[nextWord]
	}
	return true
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
func scanMarks(text string, p Span) []quoteMark {
	var marks []quoteMark
	for i := p.Start; i < p.End; {
		// Every mark starts with one of these bytes: '"', '\'', '`', the
		// lead byte 0xE2 of “ ” „ ‘ ’, or 0xC2 of « ».
		c := text[i]
		if c != '"' && c != '\'' && c != '`' && c != 0xE2 && c != 0xC2 {
			i++
			continue
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

func hasOpenSingle(marks []quoteMark) bool {
	for i := len(marks) - 1; i >= 0; i-- {
		if !marks[i].double {
			return marks[i].open
		}
	}
	return false
}
