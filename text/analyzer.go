package text

import (
	"strings"
	"unicode/utf8"

	"github.com/kljensen/snowball"
)

// Analyzer tokenizes text of one language and gives its words their
// lower-case forms and stems. Each distinct word form is lower-cased and
// stemmed once per Analyzer, which is why an Analyzer is kept for many
// texts; it is not safe for concurrent use.
type Analyzer struct {
	language string
	forms    map[string]wordForms
}

// wordForms are the cached forms of one word as written.
type wordForms struct{ lower, stem string }

// maxForms bounds an Analyzer's cache on huge corpora; past it the cache
// starts again, which costs some stemming and no correctness.
const maxForms = 1 << 18

// NewAnalyzer returns an Analyzer for a snowball language ("english",
// "spanish", ...). With "" or a language snowball does not know, the stem
// of a word is its lower-case form.
func NewAnalyzer(language string) *Analyzer {
	return &Analyzer{language: language, forms: map[string]wordForms{}}
}

// Language is the Analyzer's stemming language.
func (a *Analyzer) Language() string { return a.language }

// Tokens appends the tokens of s to dst, with the lower-case form and the
// stem of every word and number.
func (a *Analyzer) Tokens(dst []Token, s string) []Token {
	n := len(dst)
	dst = Tokens(dst, s)
	for i := n; i < len(dst); i++ {
		if t := &dst[i]; t.IsWord() {
			t.Lower, t.Stem = a.Forms(t.Form)
		}
	}
	return dst
}

// Forms returns the lower-case form and the stem of a word as written.
func (a *Analyzer) Forms(word string) (lower, stem string) {
	if f, ok := a.forms[word]; ok {
		return f.lower, f.stem
	}
	if len(a.forms) >= maxForms {
		clear(a.forms)
	}
	word = strings.Clone(word) // do not pin the caller's whole text
	lower = Lower(word)
	stem = Stem(lower, a.language)
	a.forms[word] = wordForms{lower, stem}
	return lower, stem
}

// Lower returns the lower-case form of a word, with the curly apostrophe
// folded to the straight one ("Don’t" is "don't").
func Lower(word string) string {
	for i := 0; i < len(word); i++ {
		if c := word[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return strings.ReplaceAll(strings.ToLower(word), "’", "'")
		}
	}
	return word
}

// Stem returns the snowball stem of a lower-case word in a language. A word
// longer than 64 bytes, a language snowball does not know and a stemmer
// failure leave the word as it is.
func Stem(lower, language string) (stem string) {
	if language == "" || len(lower) > 64 {
		return lower
	}
	defer func() {
		// A stemmer bug on some odd word must not take the program down:
		// the word is then compared as it is.
		if recover() != nil {
			stem = lower
		}
	}()
	s, err := snowball.Stem(lower, language, true)
	if err != nil || s == "" {
		return lower
	}
	return s
}
