// Package lexicon compiles human-written rule files (TOML) into a Matcher
// that finds framing-relevant words and phrases in text. Rule phrases and
// article text go through one tokenizer and one snowball stemmer (package
// text), so a phrase matches exactly where its words occur.
package lexicon

import (
	"slices"
	"strings"

	"github.com/framediff/framediff/text"
)

// words returns the word and number tokens of s, with their forms, in
// buf's storage: rules are made of words, and the punctuation between them
// only matters for whether a phrase may cross it (breaksPhrase).
func words(buf []text.Token, s string, an *text.Analyzer) []text.Token {
	toks := an.Tokens(buf[:0], s)
	out := toks[:0]
	for _, t := range toks {
		if t.IsWord() {
			out = append(out, t)
		}
	}
	return out
}

// negators reverse a following predicate ("did not deny").
var negators = map[string]bool{"not": true, "no": true, "never": true, "without": true, "nor": true, "neither": true, "hardly": true}

// isNegator reports whether a word negates what follows it: "not",
// "never", "didn't"...
func isNegator(t text.Token) bool {
	return negators[t.Lower] || strings.HasSuffix(t.Lower, "n't")
}

// supportedLanguages are the stemmer's languages, the values of a rule
// file's language key.
var supportedLanguages = []string{"english", "spanish", "french", "russian", "swedish", "norwegian", "hungarian"}

// SupportedLanguages lists the languages rule files may declare.
func SupportedLanguages() []string { return append([]string(nil), supportedLanguages...) }

func isSupported(lang string) bool {
	return slices.Contains(supportedLanguages, lang)
}
