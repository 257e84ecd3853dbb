// Package lexicon compiles human-written rule files (TOML) into a Matcher
// that finds framing-relevant words and phrases in text. Rule phrases and
// article text go through one tokenizer and one snowball stemmer, so a
// phrase matches exactly where its words occur.
package lexicon

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball"
)

// Token is one word of a text.
type Token struct {
	Start, End int       // byte offsets into the text
	word       *wordForm // shared per distinct surface form
}

// Surface is the token as written.
func (t Token) Surface(text string) string { return text[t.Start:t.End] }

// Lower is the lower-cased form (curly apostrophes folded to straight).
func (t Token) Lower() string { return t.word.lower }

// Stem is the snowball stem of the lower-cased form.
func (t Token) Stem() string { return t.word.stem }

// wordForm caches what is known about one surface form, so each distinct
// word is lower-cased and stemmed once per scanner, not once per occurrence.
type wordForm struct {
	surface string
	lower   string
	stem    string
	negator bool
}

// negators reverse a following predicate ("did not deny").
var negators = map[string]bool{"not": true, "no": true, "never": true, "without": true, "nor": true, "neither": true, "hardly": true}

// isWordRune: letters, digits and combining marks make words; everything
// else separates them (hyphens too: "Iranian-made" is two words, in rules as
// in text).
func isWordRune(r rune) bool {
	return r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') ||
		r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r))
}

// tokenize appends the tokens of text to dst. An apostrophe between letters
// stays inside the word ("Israel's", "didn't"), as the stemmer expects.
func tokenize(dst []Token, text string, cache *formCache) []Token {
	start := -1
	for i := 0; i < len(text); {
		c := text[i]
		var r rune
		size := 1
		if c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
			i += size
			continue
		}
		if start >= 0 && (r == '\'' || r == '’') && i+size < len(text) {
			nr, _ := utf8.DecodeRuneInString(text[i+size:])
			if unicode.IsLetter(nr) {
				i += size
				continue
			}
		}
		if start >= 0 {
			dst = append(dst, Token{Start: start, End: i, word: cache.form(text[start:i])})
			start = -1
		}
		i += size
	}
	if start >= 0 {
		dst = append(dst, Token{Start: start, End: len(text), word: cache.form(text[start:])})
	}
	return dst
}

// formCache maps surface forms to their lower-case form and stem for one
// language. It is owned by one scanner at a time (not safe for concurrent use).
type formCache struct {
	language string
	forms    map[string]*wordForm
}

func newFormCache(language string) *formCache {
	return &formCache{language: language, forms: make(map[string]*wordForm, 4096)}
}

// maxCachedForms bounds the cache on huge corpora; past it the cache is
// dropped and rebuilt, which costs a little time and no correctness.
const maxCachedForms = 1 << 18

func (c *formCache) form(surface string) *wordForm {
	if w, ok := c.forms[surface]; ok {
		return w
	}
	if len(c.forms) >= maxCachedForms {
		clear(c.forms)
	}
	surface = strings.Clone(surface) // do not pin the caller's whole text
	lower := foldWord(surface)
	w := &wordForm{surface: surface, lower: lower, stem: stemWord(lower, c.language), negator: negators[lower] || strings.HasSuffix(lower, "n't")}
	c.forms[surface] = w
	return w
}

// foldWord lower-cases and folds the curly apostrophe.
func foldWord(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf || s[i] >= 'A' && s[i] <= 'Z' {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	return strings.ReplaceAll(strings.ToLower(s), "’", "'")
}

// stemWord stems with snowball; an unsupported language or a stemmer error
// leaves the word as it is (Load rejects unsupported languages up front).
func stemWord(lower, language string) string {
	if language == "" || len(lower) > 64 {
		return lower
	}
	s, err := snowball.Stem(lower, language, true)
	if err != nil || s == "" {
		return lower
	}
	return s
}

// SupportedLanguages are the stemmer's languages, the values of a rule
// file's language key.
var supportedLanguages = []string{"english", "spanish", "french", "russian", "swedish", "norwegian", "hungarian"}

// SupportedLanguages lists the languages rule files may declare.
func SupportedLanguages() []string { return append([]string(nil), supportedLanguages...) }

func isSupported(lang string) bool {
	for _, l := range supportedLanguages {
		if l == lang {
			return true
		}
	}
	return false
}
