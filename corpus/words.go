package corpus

import (
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"
)

// englishStopwords drive the jusText-style chrome classifier: running prose
// is dense in function words, navigation and lists are not.
var englishStopwords = toSet(`a about above after again against all also am an and any are as at be
because been before being below between both but by can could did do does doing down during each
few for from further had has have having he her here hers herself him himself his how i if in into
is it its itself just me more most my myself no nor not now of off on once only or other our ours
ourselves out over own same she should so some such than that the their theirs them themselves then
there these they this those through to too under until up very was we were what when where which
while who whom why will with would you your yours yourself yourselves said says we're it's that's
there's he's she's they're i'm don't didn't won't can't isn't aren't wasn't weren't has been would`)

func toSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// wordFields splits text into lower-cased words (letters, digits, marks and
// inner apostrophes, spelt "'"), the unit of the classifier, shingles and
// overlap measures.
func wordFields(s string) []string {
	// Lower-casing maps letters to letters, so the words of the lower-cased
	// text are the lower-cased words; they share its one allocation.
	low := lowerWord(s)
	return appendRawWords(make([]string, 0, strings.Count(low, " ")+1), low)
}

// appendRawWords appends the words of s (rawWords) to dst.
func appendRawWords(dst []string, s string) []string {
	for w := range rawWords(s) {
		dst = append(dst, w)
	}
	return dst
}

// rawWords yields the words of s as written: runs of letters, digits and
// marks, with an apostrophe (' or ’) inside a word when a letter follows it
// ("don't", "Israel’s"), so that a closing quotation mark is not a word's.
func rawWords(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		start := -1 // where the current word starts, or -1 between words
		for i, r := range s {
			switch {
			case isWordRune(r):
				if start < 0 {
					start = i
				}
			case start >= 0 && (r == '\'' || r == '’') && nextIsLetter(s[i+utf8.RuneLen(r):]):
			default:
				if start >= 0 {
					if !yield(s[start:i]) {
						return
					}
					start = -1
				}
			}
		}
		if start >= 0 {
			yield(s[start:])
		}
	}
}

// lowerWord is a text as wordFields gives its words: lower case, with "'"
// for "’".
func lowerWord(w string) string {
	return strings.ReplaceAll(strings.ToLower(w), "’", "'")
}

// isWordRune reports whether r is a letter, digit or mark: a rune of a word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r|0x20 && r|0x20 <= 'z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// nextIsLetter reports whether s starts with a letter.
func nextIsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// isUpperInitial reports whether the word starts with an upper-case letter.
func isUpperInitial(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// latinRatio is the share of Latin letters among letters (0 with none).
func latinRatio(letters, latin int) float64 {
	if letters == 0 {
		return 0
	}
	return float64(latin) / float64(letters)
}
