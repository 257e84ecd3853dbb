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
	// ids copies word.ids so the scanner's hot loop reads the token only.
	ids [numKeyed]int32
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
	hash    uint64 // FNV-1a of surface
	// ids are the form's stem, lower-case and surface ids in the
	// matcher's vocabulary (0: in no phrase).
	ids [numKeyed]int32
}

// negators reverse a following predicate ("did not deny").
var negators = map[string]bool{"not": true, "no": true, "never": true, "without": true, "nor": true, "neither": true, "hardly": true}

// isWordRune: letters, digits and combining marks make words; everything
// else separates them (hyphens too: "Iranian-made" is two words, in rules as
// in text).
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// asciiWord marks the ASCII bytes that make words: a table lookup is the
// cheapest test in the tokenizer's innermost loop.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range utf8.RuneSelf {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return t
}()

// FNV-1a, computed byte by byte while the tokenizer reads a word, so the
// form cache needs no second pass over it.
const (
	fnvOffset uint64 = 14695981039346656037
	fnvPrime  uint64 = 1099511628211
)

// tokenize appends the tokens of text to dst. An apostrophe between letters
// stays inside the word ("Israel's", "didn't"), as the stemmer expects.
func tokenize(dst []Token, text string, cache *formCache) []Token {
	start := -1
	h := fnvOffset
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if asciiWord[c] {
				if start < 0 {
					start, h = i, fnvOffset
				}
				h = (h ^ uint64(c)) * fnvPrime
				i++
				continue
			}
			if start >= 0 && c == '\'' && i+1 < len(text) {
				if nr, _ := utf8.DecodeRuneInString(text[i+1:]); unicode.IsLetter(nr) {
					h = (h ^ uint64(c)) * fnvPrime
					i++
					continue
				}
			}
			if start >= 0 {
				dst = append(dst, cache.token(text, start, i, h))
				start = -1
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		inWord := isWordRune(r)
		if !inWord && start >= 0 && r == '’' && i+size < len(text) {
			nr, _ := utf8.DecodeRuneInString(text[i+size:])
			inWord = unicode.IsLetter(nr)
		}
		if inWord {
			if start < 0 {
				start, h = i, fnvOffset
			}
			for k := range size {
				h = (h ^ uint64(text[i+k])) * fnvPrime
			}
		} else if start >= 0 {
			dst = append(dst, cache.token(text, start, i, h))
			start = -1
		}
		i += size
	}
	if start >= 0 {
		dst = append(dst, cache.token(text, start, len(text), h))
	}
	return dst
}

// formCache maps surface forms to their lower-case form and stem for one
// language. It is owned by one scanner at a time (not safe for concurrent
// use). It is an open-addressing table keyed by the hash the tokenizer
// computes anyway: a lookup is one probe and one string comparison.
type formCache struct {
	language string
	slots    []formSlot // len is a power of two
	n        int
	vocab    *vocab // nil while compiling phrases
}

func newFormCache(language string, v *vocab) *formCache {
	size := 16
	if v != nil {
		size = 8192
	}
	return &formCache{language: language, slots: make([]formSlot, size), vocab: v}
}

// formSlot keeps the hash, the surface and the vocabulary ids beside the
// pointer: on large corpora the cache outgrows the CPU caches, and a
// lookup that touches only its slot (and the compared bytes) is what keeps
// the scanner fast; the wordForm itself is read only for matched words.
type formSlot struct {
	hash uint64
	w    *wordForm
	ids  [numKeyed]int32
	// n and inline hold a short surface form in the slot itself, so the
	// comparison on a hit reads no other memory; n is inlineNone for
	// longer forms, which compare against w.surface.
	n      uint8
	inline [inlineLen]byte
}

// inlineLen makes a slot 48 bytes; almost all words are shorter.
const (
	inlineLen  = 19
	inlineNone = 255
)

// is reports whether the slot holds surface.
func (sl *formSlot) is(surface string) bool {
	if sl.n != inlineNone {
		return int(sl.n) == len(surface) && string(sl.inline[:sl.n]) == surface
	}
	return sl.w.surface == surface
}

// maxCachedForms bounds the cache on huge corpora; past it the cache is
// dropped and rebuilt, which costs a little time and no correctness.
const maxCachedForms = 1 << 18

// form returns the cached form of a surface word.
func (c *formCache) form(surface string) *wordForm {
	h := fnvOffset
	for i := 0; i < len(surface); i++ {
		h = (h ^ uint64(surface[i])) * fnvPrime
	}
	return c.lookup(surface, h).w
}

// token makes the token of text[start:end], whose hash is h.
func (c *formCache) token(text string, start, end int, h uint64) Token {
	sl := c.lookup(text[start:end], h)
	return Token{Start: start, End: end, word: sl.w, ids: sl.ids}
}

// lookup returns the cache slot of surface, whose FNV-1a hash is h.
func (c *formCache) lookup(surface string, h uint64) *formSlot {
	mask := uint64(len(c.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		sl := &c.slots[i]
		if sl.w == nil {
			break
		}
		if sl.hash == h && sl.is(surface) {
			return sl
		}
	}
	if c.n >= maxCachedForms {
		clear(c.slots)
		c.n = 0
	}
	if 2*(c.n+1) > len(c.slots) {
		c.grow()
	}
	surface = strings.Clone(surface) // do not pin the caller's whole text
	lower := foldWord(surface)
	w := &wordForm{surface: surface, lower: lower, stem: stemWord(lower, c.language), hash: h,
		negator: negators[lower] || strings.HasSuffix(lower, "n't")}
	if c.vocab != nil {
		w.ids = [numKeyed]int32{
			elemStem:  c.vocab.id(elemStem, w.stem, false),
			elemExact: c.vocab.id(elemExact, w.lower, false),
			elemCase:  c.vocab.id(elemCase, w.surface, false),
		}
	}
	c.n++
	return c.insert(w)
}

func (c *formCache) insert(w *wordForm) *formSlot {
	mask := uint64(len(c.slots) - 1)
	i := w.hash & mask
	for c.slots[i].w != nil {
		i = (i + 1) & mask
	}
	sl := &c.slots[i]
	*sl = formSlot{hash: w.hash, w: w, ids: w.ids, n: inlineNone}
	if len(w.surface) <= inlineLen {
		sl.n = uint8(copy(sl.inline[:], w.surface))
	}
	return sl
}

// grow doubles the table, keeping it at most half full so probes stay short.
func (c *formCache) grow() {
	old := c.slots
	c.slots = make([]formSlot, 2*len(old))
	for _, sl := range old {
		if sl.w != nil {
			c.insert(sl.w)
		}
	}
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
func stemWord(lower, language string) (stem string) {
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

// supportedLanguages are the stemmer's languages, the values of a rule
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
