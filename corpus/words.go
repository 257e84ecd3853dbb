package corpus

import (
	"iter"
	"math"
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

// wordFields splits text into lower-cased words (letters, digits and inner
// apostrophes), the unit of the classifier, shingles and overlap measures.
func wordFields(s string) []string {
	var low strings.Builder
	return appendWords(nil, s, &low)
}

// appendWords appends the words of s, as wordFields splits them, to dst.
// Words that are already lower case are substrings of s; the others are
// lower-cased into low, which the caller may share between texts (a
// Builder only appends, so the strings it returned earlier stay valid when
// it grows): so words cost no allocation besides dst and low's growth.
func appendWords(dst []string, s string, low *strings.Builder) []string {
	for w := range rawWords(s) {
		if isLowerASCII(w) {
			dst = append(dst, w)
			continue
		}
		if low.Cap() == 0 {
			low.Grow(len(s))
		}
		st := low.Len()
		appendLowerWord(low, w)
		dst = append(dst, low.String()[st:])
	}
	return dst
}

// rawWords yields the words of s as written: runs of letters, digits and
// marks, with apostrophes between a word and a letter. wordFields
// lower-cases them and spells their apostrophes "'".
func rawWords(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for i := 0; i < len(s); {
			start, ascii := nextWord(s, i)
			if start == len(s) {
				return
			}
			// A tight loop over the letters and digits the word starts
			// with, then the general one for what may follow.
			for i = start + ascii; i < len(s) && asciiWordClass[s[i]] == wordLetter; i++ {
			}
			i = wordEnd(s, i)
			if !yield(s[start:i]) {
				return
			}
		}
	}
}

// nextWord returns where the first word of s[i:] starts (len(s) when
// there is none), and 1 when it starts with an ASCII letter or digit, 0
// otherwise.
func nextWord(s string, i int) (start, ascii int) {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiWordClass[c] == wordLetter {
				return i, 1
			}
			i++ // an apostrophe never starts a word
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if isWordRune(r) {
			return i, 0
		}
		i += size
	}
	return len(s), 0
}

// wordEnd returns where a word that has reached s[i] ends: at i, or
// further on past more letters, digits, marks and inner apostrophes.
func wordEnd(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if class := asciiWordClass[c]; class == wordLetter || class == wordApostrophe && i+1 < len(s) && nextIsLetter(s[i+1:]) {
				i++
				continue
			}
			return i
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) && (r != '’' || !nextIsLetter(s[i+size:])) {
			return i
		}
		i += size
	}
	return i
}

// isLowerASCII reports whether w is ASCII without upper-case letters, the
// words wordFields leaves as they are.
func isLowerASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}

// appendLowerWord writes w lower-cased, with "'" for "’", to b: what
// strings.ReplaceAll(strings.ToLower(w), "’", "'") gives, without the
// intermediate strings.
func appendLowerWord(b *strings.Builder, w string) {
	for _, r := range w {
		switch {
		case 'A' <= r && r <= 'Z':
			b.WriteByte(byte(r) + 'a' - 'A')
		case r < utf8.RuneSelf:
			b.WriteByte(byte(r))
		case r == '’':
			b.WriteByte('\'')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
}

// FNV-1a (64-bit) constants: words are hashed with it.
const fnvOffset64, fnvPrime64 = 14695981039346656037, 1099511628211

// wordHash is the FNV-1a hash of w as appendLowerWord writes it, computed
// without building that string.
func wordHash(w string) uint64 {
	h := uint64(fnvOffset64)
	for i, c := range []byte(w) {
		if c >= utf8.RuneSelf {
			var buf [utf8.UTFMax]byte
			for _, r := range w[i:] {
				if r = unicode.ToLower(r); r == '’' {
					r = '\''
				}
				for _, c := range utf8.AppendRune(buf[:0], r) {
					h ^= uint64(c)
					h *= fnvPrime64
				}
			}
			return h
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= fnvPrime64
	}
	return h
}

// wordHashes yields wordHash of each word of s, as rawWords splits them,
// hashing the letters and digits a word starts with as it scans them:
// what the shingles need, without going over most words twice.
func wordHashes(s string) iter.Seq[uint64] {
	return func(yield func(uint64) bool) {
		for i := 0; i < len(s); {
			start, _ := nextWord(s, i)
			if start == len(s) {
				return
			}
			h := uint64(fnvOffset64)
			for i = start; i < len(s) && asciiWordClass[s[i]] == wordLetter; i++ {
				c := s[i]
				h = (h ^ uint64(c|asciiLowerBit[c])) * fnvPrime64
			}
			// An apostrophe or a non-ASCII letter: hash the whole word the
			// general way.
			if end := wordEnd(s, i); end > i {
				i = end
				h = wordHash(s[start:end])
			}
			if !yield(h) {
				return
			}
		}
	}
}

// scanWords appends the wordHash of each word of s (as wordHashes yields
// them) to dst, and counts the letters of s and the Latin ones among them
// (latinCounts). With lc not nil it also gathers the language evidence
// of s into lc, as lc.addUpTo(s, math.MaxInt) does, and the letter counts
// are lc's (which start at lc's own).
//
// It is the cleaner's one pass over a paragraph's words: the classifier,
// the language detector and the near-duplicate shingles all read these
// hashes and counts, rather than each scanning the text again. Every
// letter is inside a word, and a run of letters (the detector's word) never
// crosses a word's edge, so the counts come word by word: a word of ASCII
// letters only, the common case, is counted from its hash; any other is
// handed to the general counters.
func scanWords(dst []uint64, s string, lc *langCounter) (hashes []uint64, letters, latin int) {
	for i := 0; i < len(s); {
		start, _ := nextWord(s, i)
		if start == len(s) {
			break
		}
		h, alpha := uint64(fnvOffset64), 0
		for i = start; i < len(s) && asciiWordClass[s[i]] == wordLetter; i++ {
			c := s[i]
			alpha += int(asciiAlpha[c])
			h = (h ^ uint64(c|asciiLowerBit[c])) * fnvPrime64
		}
		switch end := wordEnd(s, i); {
		case end > i: // an apostrophe or a non-ASCII letter follows
			h = wordHash(s[start:end])
			if lc != nil {
				lc.addUpTo(s[start:end], math.MaxInt)
			} else {
				l, la := latinCounts(s[start:end])
				letters, latin = letters+l, latin+la
			}
			i = end
		case lc != nil && alpha == i-start:
			lc.asciiWord(s[start:i], h)
		case lc != nil && alpha > 0: // letters and digits
			lc.addUpTo(s[start:i], math.MaxInt)
		default:
			letters, latin = letters+alpha, latin+alpha
		}
		dst = append(dst, h)
	}
	if lc != nil {
		letters, latin = lc.letters, lc.latin
	}
	return dst, letters, latin
}

// asciiAlpha is 1 for the ASCII letters and 0 for the other bytes.
var asciiAlpha = func() (t [256]uint8) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c], t[c+'a'-'A'] = 1, 1
	}
	return t
}()

// asciiWordClass sorts the bytes for the word scanners: ASCII letters and
// digits, the apostrophe (in a word only before a letter), and the rest
// (with every byte of a multi-byte character).
var asciiWordClass = func() (t [256]uint8) {
	for c := range t {
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
			t[c] = wordLetter
		case c == '\'':
			t[c] = wordApostrophe
		}
	}
	return t
}()

const (
	wordOther uint8 = iota
	wordLetter
	wordApostrophe
)

// asciiLowerBit is 0x20 for the ASCII upper-case letters and 0 for the
// other bytes: c|asciiLowerBit[c] lower-cases c.
var asciiLowerBit = func() (t [256]uint8) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = 0x20
	}
	return t
}()

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

func nextIsLetter(s string) bool {
	if len(s) > 0 && s[0] < utf8.RuneSelf {
		c := s[0]
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// stopwordDensity is the share of words (by wordHash) that are function
// words (in stop).
func stopwordDensity(words []uint64, stop *hashSet) float64 {
	if len(words) == 0 {
		return 0
	}
	n := 0
	for _, h := range words {
		if stop.has(h) {
			n++
		}
	}
	return float64(n) / float64(len(words))
}

// hashSet is a set of word hashes (wordHash): the cleaner's function
// words, looked up by the hashes scanWords gives without a string per
// word. Two distinct words share a 64-bit FNV-1a hash with a chance of
// about one in 2^64 per pair, far below any error the classifier's
// thresholds could notice. It is open-addressed; 0 marks an empty slot,
// and a word hashing to 0 is kept aside.
type hashSet struct {
	slots []uint64
	zero  bool
}

// newHashSet holds the wordHash of each word of words.
func newHashSet(words map[string]bool) *hashSet {
	size := 16
	for size < 4*len(words) {
		size *= 2
	}
	s := &hashSet{slots: make([]uint64, size)}
	for w := range words {
		h := wordHash(w)
		if h == 0 {
			s.zero = true
			continue
		}
		i := s.slot(h)
		for s.slots[i] != 0 && s.slots[i] != h {
			i = (i + 1) & (len(s.slots) - 1)
		}
		s.slots[i] = h
	}
	return s
}

func (s *hashSet) slot(h uint64) int { return int((h * 0x9e3779b97f4a7c15) >> 32 & uint64(len(s.slots)-1)) }

func (s *hashSet) has(h uint64) bool {
	if h == 0 {
		return s.zero
	}
	for i := s.slot(h); ; i = (i + 1) & (len(s.slots) - 1) {
		switch s.slots[i] {
		case h:
			return true
		case 0:
			return false
		}
	}
}

// isUpperInitial reports whether the word starts with an upper-case letter.
func isUpperInitial(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// latinCounts counts the letters of s and, among them, the Latin-script
// ones: a line in another script inside an English page is almost always
// chrome.
func latinCounts(s string) (letters, latin int) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
				letters++
				latin++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size - 1
		if unicode.IsLetter(r) {
			letters++
			if unicode.Is(unicode.Latin, r) {
				latin++
			}
		}
	}
	return letters, latin
}

// latinRatio is the share of Latin letters among letters (0 with none).
func latinRatio(letters, latin int) float64 {
	if letters == 0 {
		return 0
	}
	return float64(latin) / float64(letters)
}
