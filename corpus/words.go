package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/text"
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

// wordFields returns the words and numbers of s as package text tokenizes
// them, in their lower-case forms ("u.s.", "don't", "3.5"): the unit of the
// classifier, shingles and overlap measures, the same words the lexicon and
// the sentence finder see.
func wordFields(s string) []string {
	// A token never spans a line break, so the lines are tokenized one at
	// a time in one buffer rather than the whole text's tokens at once.
	words := make([]string, 0, strings.Count(s, " ")+1)
	toks := make([]text.Token, 0, 256) // most lines have fewer
	for line := range strings.SplitSeq(s, "\n") {
		words, toks = appendWords(words, line, toks)
	}
	return words
}

// appendWords appends the lower-case forms of the words of s to dst. toks is
// a buffer for the tokens, which the caller may pass again for the next
// text.
func appendWords(dst []string, s string, toks []text.Token) ([]string, []text.Token) {
	toks = text.Tokens(toks[:0], s)
	for _, t := range toks {
		if t.IsWord() {
			dst = append(dst, text.Lower(t.Form))
		}
	}
	return dst, toks
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

// letterCount is the number of letters in w: "u.s." has two.
func letterCount(w string) int {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}
