package corpus

// Reference copies of the structure step's scanners as they were before
// they were made faster (commit 5719879), for the fuzz targets in
// structure_speed_test.go that check the new ones give the same results.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// refWordClasses is the FNV-hashed class table tokenize looked words up
// in, built from the same word lists.
var refWordClasses = newRefClassTable(func() map[string]wordClass {
	m := map[string]wordClass{}
	add := func(words string, c wordClass) {
		for _, w := range strings.Fields(words) {
			m[w] |= c
		}
	}
	add(pronounWords, wPronoun)
	add(`he she`, wHeShe)
	add(`they we`, wPlural)
	add(detWords, wDet)
	add(connectWords, wConnector)
	add(personRoles, wRole|wPerson)
	add(groupRoles, wRole|wPlural)
	add(orgRoles, wRole)
	add(timeWordList, wTime)
	add(auxWords, wAux)
	add(prepWords, wPrep)
	add(leadInWords, wLeadIn)
	add(verbWords, wVerb)
	add(participles, wVerb|wParticiple)
	add(notSpeech, wVerb|wNotSpeech)
	add(needsThatList, wVerb|wNeedsThat)
	add("according", wAccording)
	// Words that look like verbs or roles in the lists above but are
	// mostly something else in news text.
	m["may"] = wAux // the month, but mostly the modal: keep it out of speakers
	return m
}())

// refClassTable is an open-addressing hash table from lower-case ASCII words to
// their classes. Every word of every paragraph is looked up, and a Go map
// keyed by string spent a seventh of the structuring time; here the hash is
// computed while the word is scanned for case, the probe compares hashes
// held in a small array first, and the word is compared without lowering
// it.
type refClassTable struct {
	hashes  []uint32 // 0: empty slot
	words   []string
	classes []wordClass
	mask    uint32
	longest int // longer words are in no class
}

const (
	refFNVOffset uint32 = 2166136261
	refFNVPrime  uint32 = 16777619
)

// refFNVLower is the FNV-1a hash of the ASCII word w in lower case, never 0,
// and ok false when w is not ASCII.
func refFNVLower(w string) (h uint32, ok bool) {
	h = refFNVOffset
	for i := 0; i < len(w); i++ {
		b := w[i]
		if b >= utf8.RuneSelf {
			return 0, false
		}
		if b >= 'A' && b <= 'Z' {
			b += 'a' - 'A'
		}
		h = (h ^ uint32(b)) * refFNVPrime
	}
	return h | 1, true
}

func newRefClassTable(m map[string]wordClass) *refClassTable {
	size := 1
	for size < 4*len(m) {
		size *= 2
	}
	t := &refClassTable{hashes: make([]uint32, size), words: make([]string, size), classes: make([]wordClass, size), mask: uint32(size - 1)}
	for w, c := range m {
		h, _ := refFNVLower(w)
		i := h & t.mask
		for t.hashes[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.hashes[i], t.words[i], t.classes[i] = h, w, c
		t.longest = max(t.longest, len(w))
	}
	return t
}

// classOf returns the classes of a word in any case.
func (t *refClassTable) classOf(w string) wordClass {
	if len(w) > t.longest {
		return 0
	}
	h, ok := refFNVLower(w)
	if !ok {
		return 0
	}
	return t.lookup(w, h)
}

// lookup returns the classes of the ASCII word w, whose lower-case hash
// (from refFNVLower) is h.
func (t *refClassTable) lookup(w string, h uint32) wordClass {
	for i := h & t.mask; t.hashes[i] != 0; i = (i + 1) & t.mask {
		if t.hashes[i] == h && asciiEqualFold(t.words[i], w) {
			return t.classes[i]
		}
	}
	return 0
}

// refTokenize is tokenize as it was before the packed-key class table: it splits the paragraph p into tokens; marks (from scanMarks) become
// quotation-mark tokens, every other apostrophe stays inside its word.
func refTokenize(text string, p Span, marks []quoteMark, toks []token) []token {
	toks = toks[:0]
	mi := 0
	nextMark := p.End // where the next quotation mark is
	if len(marks) > 0 {
		nextMark = marks[0].pos
	}
	for i := p.Start; i < p.End; {
		if i == nextMark {
			k := tokClose
			if marks[mi].open {
				k = tokOpen
			}
			toks = append(toks, token{start: int32(i), end: int32(i + marks[mi].size), kind: k, mark: int32(mi)})
			i += marks[mi].size
			mi++
			nextMark = p.End
			if mi < len(marks) {
				nextMark = marks[mi].pos
			}
			continue
		}
		c := text[i]
		var r rune
		size := 1
		if c < utf8.RuneSelf {
			if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' {
				i++
				continue
			}
			r = rune(c)
		} else {
			r, size = utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				i += size
				continue
			}
		}
		if c == '"' || c >= utf8.RuneSelf && isQuoteRune(r) {
			i += size // a mark that quotes nothing (a nickname's, a title's, a stray one)
			continue
		}
		if !(c < utf8.RuneSelf && asciiWordClass[c] == wordLetter || c >= utf8.RuneSelf && isWordRune(r)) {
			toks = append(toks, token{start: int32(i), end: int32(i + size), kind: tokPunct})
			i += size
			continue
		}
		j := i + size
		dots := false
		// The word's FNV-1a hash in lower case is taken as it is scanned,
		// for the class look-up; a non-ASCII word is in no class.
		h, ascii := refFNVOffset, c < utf8.RuneSelf
		if ascii {
			h = (h ^ uint32(c|asciiLowerBit[c])) * refFNVPrime
		}
		for j < nextMark {
			c2 := text[j]
			if c2 < utf8.RuneSelf {
				if asciiWordClass[c2] == wordLetter {
					h = (h ^ uint32(c2|asciiLowerBit[c2])) * refFNVPrime
					j++
					continue
				}
				if (c2 == '\'' || c2 == '.' || c2 == '-') && wordRuneAt(text, j+1, nextMark) {
					dots = dots || c2 == '.'
					h = (h ^ uint32(c2)) * refFNVPrime
					j++
					continue
				}
				break
			}
			r2, s2 := utf8.DecodeRuneInString(text[j:])
			if isWordRune(r2) || (r2 == '’' || r2 == '‐') && wordRuneAt(text, j+s2, nextMark) {
				ascii = false
				j += s2
				continue
			}
			break
		}
		t := token{start: int32(i), end: int32(j), kind: tokWord}
		w := text[i:j]
		t.upper = c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= utf8.RuneSelf && unicode.IsUpper(r)
		if ascii && len(w) <= refWordClasses.longest {
			t.class = refWordClasses.lookup(w, h|1)
		}
		t.adverb = !t.upper && t.class == 0 && len(w) > 4 && strings.HasSuffix(w, "ly")
		// An abbreviation keeps its full stop: "U.S.", "Gen.", "J.".
		if j < nextMark && text[j] == '.' && (dots || t.upper && (j-i == 1 || j-i <= 6 && abbreviations[strings.ToLower(w)])) {
			t.end = int32(j + 1)
			j++
		}
		toks = append(toks, t)
		i = j
	}
	return toks
}

// refSplitSentences is splitSentences as it was, stepping over the bytes
// that cannot end a sentence one at a time.
func refSplitSentences(text string, paras []Span) []Span {
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
				if end < p.End && text[end] == ' ' && refIsSentenceBoundary(text, start, i, end, p.End) {
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

// refIsSentenceBoundary decides whether the stop at text[dot] (followed by
// closing marks up to end, then a space) ends the sentence.
func refIsSentenceBoundary(text string, sentStart, dot, end, limit int) bool {
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

// refScanMarks finds quotation marks in a paragraph and decides, for the
// ambiguous straight ones, whether each opens or closes. The doubled
// backquotes and apostrophes of tokenised research text count as double
// marks.
func refScanMarks(text string, p Span) []quoteMark {
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

// refIsTitle reports whether s reads as the title of a work: one to six
// words, each capitalised but for short joining words.
func refIsTitle(s string) bool {
	words := strings.Fields(strings.TrimRight(s, ".,;:!?"))
	if len(words) == 0 || len(words) > 6 || !isCapitalisedWord(words[0]) {
		return false
	}
	for _, w := range words {
		if !isCapitalisedWord(w) && !titleSmallWords[w] {
			return false
		}
	}
	return true
}

// refTitleCue reports whether the word before a quotation announces a title.
func refTitleCue(w string) bool {
	l := strings.ToLower(w)
	return strings.HasSuffix(l, "'s") || strings.HasSuffix(l, "’s") || titleCues[l]
}
