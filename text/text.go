// Package text turns text into the one token stream that framediff's
// cleaner, sentence and quotation finder and lexicon matcher share, so that
// a rule phrase matches exactly where the structure code sees its words.
//
// A token is a word, a number, a punctuation rune or a quotation-mark rune,
// with its byte offsets; whitespace separates tokens and is no token. The
// rules, each for a reason news text gives:
//
//   - Words are runs of letters, digits and combining marks (Unicode L, N
//     and M). Anything else is one punctuation token per rune, except the
//     quotation marks below; invalid UTF-8 is one punctuation token per byte.
//   - An apostrophe (' or the curly ’) between a word rune and a letter
//     stays inside the word: "Israel's", "didn't", "don’t". The stemmer
//     expects the possessive and the contraction as one word. An apostrophe
//     anywhere else (a closing single quote, "the officials' statement") is
//     a quotation-mark token.
//   - A full stop between two word runes stays inside the word: "U.S",
//     "a.m", "3.5", "e.g", "example.com"; but not before a capitalised
//     word ("said.McCain"): that is a sentence end whose space the page
//     lost, so a word, a stop and a word.
//   - A word keeps a full stop that follows it when it is an abbreviation:
//     it has an inner stop ("U.S." "a.m."), it is one capital letter (the
//     initial in "Michael J. Fox"), or it is a capitalised word on the
//     Abbreviation list ("Gen.", "Mr.", "No."). Any other stop is
//     punctuation: "Kurilla." is a word and a stop. So a rule "U.S." is one
//     word, and a phrase "U.S. officials" does not cross a sentence's end.
//   - A hyphen splits words: "Iranian-made" is "Iranian", "-", "made", so
//     a rule for "made" or "Iranian" finds them inside compounds, and a rule
//     phrase written with a hyphen matches the same three tokens. Code that
//     needs compounds (a name like "Amir-Abdollahian") joins the words
//     around a hyphen that touches both (Joined).
//   - A comma splits digits too: "1,000" is "1", ",", "000", as both the
//     quotation finder and the lexicon have always read it.
//   - A number is a word whose first rune is a digit ("2016", "3.5",
//     "1990s"); it is Kind Number, otherwise like a word.
//   - Quotation marks (" “ ” ‘ ’ « » „ ` and the apostrophe outside words)
//     are Kind Quote, one rune each; which of them quote something is the
//     quotation finder's decision, not the tokenizer's.
//
// Lower-case forms fold the curly apostrophe to the straight one, so "don’t"
// and "don't" are one word for rules. Stems are snowball stems of the
// lower-case form in an Analyzer's language, cached per word form by the
// Analyzer.
package text

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind says what a token is.
type Kind uint8

// The kinds of tokens.
const (
	Word   Kind = iota + 1 // letters, digits and marks, led by a letter or mark
	Number                 // a word led by a digit
	Punct                  // one rune of punctuation or a symbol
	Quote                  // one quotation-mark rune
)

// String names the kind for tests and explanations.
func (k Kind) String() string {
	switch k {
	case Word:
		return "word"
	case Number:
		return "number"
	case Punct:
		return "punct"
	case Quote:
		return "quote"
	}
	return "none"
}

// Token is one token of a text. Form is always set; Lower and Stem are set
// on words and numbers by an Analyzer (Tokens leaves them empty).
type Token struct {
	Start, End int    // byte offsets: Form is text[Start:End]
	Kind       Kind   // word, number, punctuation or quotation mark
	Form       string // the token as written (a substring of the text)
	Lower      string // lower-case form, curly apostrophe folded (Analyzer only)
	Stem       string // snowball stem of Lower (Analyzer only)
}

// IsWord reports whether the token is a word or a number.
func (t Token) IsWord() bool { return t.Kind == Word || t.Kind == Number }

// Joined reports whether tokens a, b and c are one hyphenated compound:
// words a and c with the hyphen b between them, touching both
// ("Amir-Abdollahian"). Neither word may be an abbreviation with its stop
// ("U.S.-backed" stays apart).
func Joined(a, b, c Token) bool {
	return a.IsWord() && c.IsWord() && b.Kind == Punct && a.End == b.Start && b.End == c.Start &&
		(b.Form == "-" || b.Form == "‐") && !strings.HasSuffix(a.Form, ".")
}

// Tokens appends the tokens of s to dst, with Lower and Stem left empty.
func Tokens(dst []Token, s string) []Token {
	// A buffer with room for news text's token every five bytes is
	// filled as it is; otherwise the tokens are counted first, since a
	// long article's stream is the largest thing its analysis holds and
	// its count varies too much with the text for an estimate to fit.
	if cap(dst)-len(dst) < len(s)/5 {
		dst = slices.Grow(dst, countTokens(s))
	}
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf { // most of the text: the same cases, without decoding
			switch {
			case isASCIIWordByte(c):
				end := wordEnd(s, i, i+1)
				kind := Word
				if c <= '9' { // the digits come before the letters
					kind = Number
				}
				dst = append(dst, Token{Start: i, End: end, Kind: kind, Form: s[i:end]})
				i = end
			case isASCIISpace(c):
				i++
			default:
				kind := Punct
				if isQuoteRune(rune(c)) {
					kind = Quote
				}
				dst = append(dst, Token{Start: i, End: i + 1, Kind: kind, Form: s[i : i+1]})
				i++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case IsWordRune(r):
			end := wordEnd(s, i, i+size)
			kind := Word
			if unicode.IsDigit(r) {
				kind = Number
			}
			dst = append(dst, Token{Start: i, End: end, Kind: kind, Form: s[i:end]})
			i = end
		default:
			kind := Punct
			if isQuoteRune(r) {
				kind = Quote
			}
			dst = append(dst, Token{Start: i, End: i + size, Kind: kind, Form: s[i : i+size]})
			i += size
		}
	}
	return dst
}

// countTokens returns how many tokens Tokens finds in s: the same scan,
// without making the tokens.
func countTokens(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			switch {
			case isASCIIWordByte(c):
				i = wordEnd(s, i, i+1)
			case isASCIISpace(c):
				i++
				continue
			default:
				i++
			}
			n++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
			continue
		case IsWordRune(r):
			i = wordEnd(s, i, i+size)
		default:
			i += size
		}
		n++
	}
	return n
}

// isASCIISpace reports whether c is one of the ASCII spaces
// unicode.IsSpace knows.
func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f'
}

// wordEnd returns where the word that starts at s[start] ends; i is just
// past its first rune. The rules are the package doc's.
func wordEnd(s string, start, i int) int {
	dotted := false
	for i < len(s) {
		c := s[i]
		if isASCIIWordByte(c) {
			i++
			continue
		}
		if c != '\'' && c != '.' && c < utf8.RuneSelf {
			break // a space or punctuation: most words end so
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if IsWordRune(r) {
			i += size
			continue
		}
		if r == '\'' || r == '’' {
			if next, _ := utf8.DecodeRuneInString(s[i+size:]); unicode.IsLetter(next) {
				i += size
				continue
			}
		}
		if r == '.' {
			if next, _ := utf8.DecodeRuneInString(s[i+1:]); IsWordRune(next) && !capitalisedWordAt(s[i+1:]) {
				dotted = true
				i++
				continue
			}
		}
		break
	}
	if i < len(s) && s[i] == '.' && (dotted || isInitial(s[start:i]) || isAbbreviation(s[start:i])) {
		i++ // "U.S.", "J.", "Gen.": the stop belongs to the word
	}
	return i
}

// capitalisedWordAt reports whether s starts with an upper-case letter and
// a lower-case one: the next sentence's first word after a stop that lost
// its space ("said.McCain").
func capitalisedWordAt(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	next, _ := utf8.DecodeRuneInString(s[size:])
	return unicode.IsUpper(r) && unicode.IsLower(next)
}

// isInitial reports whether w is one capital letter.
func isInitial(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && unicode.IsUpper(r)
}

// isAbbreviation reports whether w is a capitalised word of at most six
// bytes on the Abbreviation list ("Gen", "No", "Mr").
func isAbbreviation(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if len(w) > 6 || !unicode.IsUpper(r) {
		return false
	}
	// Lower-cased in place: every capitalised word before a stop asks.
	var lower [6]byte
	allCaps := true
	for i := range len(w) {
		c := w[i]
		if c >= utf8.RuneSelf {
			return Abbreviation(w)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		} else {
			allCaps = false
		}
		lower[i] = c
	}
	key := lower[:len(w)]
	return abbreviations[string(key)] && !(allCaps && notAllCaps[string(key)])
}

// IsWordRune reports whether r is a letter, digit or combining mark: a
// rune of a word.
func IsWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIWordByte(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func isASCIIWordByte(c byte) bool { return asciiWord[c] }

// asciiWord marks the ASCII letters and digits; a table is the cheapest
// test in the loop every byte of every text goes through.
var asciiWord = func() (t [256]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

func isQuoteRune(r rune) bool {
	switch r {
	case '"', '\'', '`', '“', '”', '‘', '’', '«', '»', '„':
		return true
	}
	return false
}
