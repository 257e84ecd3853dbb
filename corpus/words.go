package corpus

import (
	"iter"
	"maps"
	"math"
	"math/bits"
	"slices"
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

// wordHash is the hash of w as appendLowerWord writes it (lower case,
// "'" for "’"), computed without building that string: hashChunks of
// those bytes.
func wordHash(w string) uint64 {
	var buf [64]byte
	low := buf[:0]
	for _, r := range w {
		switch {
		case r < utf8.RuneSelf:
			low = append(low, byte(r)|asciiLowerBit[byte(r)])
		case r == '’':
			low = append(low, '\'')
		default:
			low = utf8.AppendRune(low, unicode.ToLower(r))
		}
	}
	h := uint64(wordHashSeed)
	for len(low) >= 8 {
		h = hashChunk(h, le64(low[:8]))
		low = low[8:]
	}
	if len(low) > 0 {
		var last uint64
		for i, c := range low {
			last |= uint64(c) << (8 * i)
		}
		h = hashChunk(h, last)
	}
	return hashFinish(h)
}

// A word's hash takes its bytes eight at a time, as a little-endian
// uint64 (the last one padded with zero bytes, which no word holds), so
// that scanWords can hash the eight bytes it loads at once to find where
// a word ends: hashChunk mixes one chunk in, hashFinish spreads the result.
// Words of different lengths differ in their bytes, since padding is
// zeros and words hold none, so the length need not be mixed in.
const wordHashSeed = 0x243f6a8885a308d3

func hashChunk(h, chunk uint64) uint64 {
	h = (h ^ chunk) * 0x9e3779b97f4a7c15
	return h ^ h>>29
}

func hashFinish(h uint64) uint64 {
	h ^= h >> 32
	h *= 0xd6e8feb86659fd93
	return h ^ h>>32
}

// scanWords appends the wordHash of each word of s (the words rawWords
// yields) to dst, and counts the letters of s and the Latin ones among
// them (latinCounts) into its wordStats. With lc not nil it also gathers
// the language evidence of s into lc, as lc.addUpTo(s, math.MaxInt) does,
// and the letter counts are lc's (which start at lc's own).
//
// It is the cleaner's one pass over a paragraph's words: the classifier,
// the language detector and the near-duplicate shingles all read these
// hashes and counts, rather than each scanning the text again. Every
// letter is inside a word, and a run of letters (the detector's word) never
// crosses a word's edge, so the counts come word by word: a word of ASCII
// letters only, the common case, is looked up by the lower-cased bytes
// the scan has loaded (asciiWord); any other is handed to the general
// counters.
//
// It reads eight bytes at a time: asciiAlnum finds how many of them
// continue the word, and the same eight bytes, lower-cased and cut to
// the word, are the word's next hash chunk. Only a word that goes on with
// an apostrophe or a non-ASCII letter is hashed again the general way.
func scanWords(dst []uint64, s string, lc *langCounter) ([]uint64, wordStats) {
	var st wordStats
	first := len(dst)
	var stops, langs byteCounters // into st.stops and lc.counts
	letters, latin := 0, 0
	// next is where the next word starts when the end of the last one
	// showed it (one space, then a letter or digit), or -1.
	next := -1
	for i := 0; i < len(s); {
		if next >= 0 {
			i, next = next, -1
		} else {
			// Skip to the next word: to the first ASCII letter or digit,
			// or byte outside ASCII, eight bytes at a time. load8 is too
			// big to inline, and a call for every word costs what the
			// eight-byte test saves, so its usual case is written out.
			for i < len(s) {
				var x uint64
				if i+8 <= len(s) {
					x = le64(s[i : i+8])
				} else {
					x = load8(s, i)
				}
				alnum, _ := asciiAlnum(x)
				// Lanes up to the first byte outside ASCII are marked right.
				stop := (alnum | x) & lanes80
				if stop != 0 {
					i += bits.TrailingZeros64(stop) / 8
					break
				}
				i += 8
			}
			if i >= len(s) {
				break
			}
		}
		start := i
		if s[i] >= utf8.RuneSelf {
			if start, _ = nextWord(s, i); start == len(s) {
				break
			}
			if s[start] >= utf8.RuneSelf {
				// A word that starts with a non-ASCII letter.
				end := wordEnd(s, start)
				h := wordHash(s[start:end])
				addBits(&stops, functionWords.lookup(h), &st.stops)
				dst = append(dst, h)
				letters, latin = countWordLetters(s[start:end], lc, letters, latin)
				i = end
				continue
			}
			i = start
		}
		// chunk keeps the first eight bytes, lower-cased: the whole word
		// when it is no longer. after is the byte that ends the word's
		// ASCII letters and digits (0 at the end of s), and afterNext
		// says that it is a space followed by a letter or digit: both are
		// read from the eight bytes the scan has loaded.
		h, alpha, chunk := uint64(wordHashSeed), 0, uint64(0)
		var after byte
		afterNext := false
		for {
			var x uint64
			if i+8 <= len(s) {
				x = le64(s[i : i+8]) // load8, inlined
			} else {
				x = load8(s, i)
			}
			alnum, letter := asciiAlnum(x)
			run := bits.TrailingZeros64(^alnum&lanes80) / 8
			if run == 8 {
				if i == start {
					chunk = x | letter>>2
				}
				h = hashChunk(h, x|letter>>2)
				alpha += bits.OnesCount64(letter)
				i += 8
				continue
			}
			if run > 0 {
				keep := uint64(1)<<(8*run) - 1
				if i == start {
					chunk = (x | letter>>2) & keep
				}
				h = hashChunk(h, (x|letter>>2)&keep)
				alpha += bits.OnesCount64(letter & keep)
				i += run
			}
			after = byte(x >> (8 * run))
			// The lane after a space is marked right: every byte before
			// it is ASCII.
			afterNext = after == ' ' && run < 7 && alnum>>(8*run+8)&0x80 != 0
			break
		}
		h = hashFinish(h)
		var sets uint8 // the word's functionWords sets
		looked := false
		// The word's first five bytes, lower case (zeros past a shorter
		// word), tested before the byte in front of it, which most words
		// would load for nothing.
		if head := chunk & (1<<40 - 1); (head == captionImage || head == captionPhoto) && start > 0 && s[start-1] == ' ' {
			st.captionWord = true
		}
		end := i
		if after >= utf8.RuneSelf || after == '\'' {
			end = wordEnd(s, i)
		}
		switch {
		case end > i: // an apostrophe or a non-ASCII letter follows
			h = wordHash(s[start:end])
			letters, latin = countWordLetters(s[start:end], lc, letters, latin)
			i = end
			afterNext = false
		case lc != nil && alpha == i-start:
			// An ASCII word of letters only: its sets below
			// englishStopBit are its profileBits.
			sets = functionWords.lookup(h)
			looked = true
			// lc.asciiWord, with the languages counted in lanes.
			lc.letters += i - start
			lc.latin += i - start
			lc.words++
			addBits(&langs, sets&^(1<<englishStopBit), &lc.counts)
		case lc != nil && alpha > 0: // letters and digits
			lc.addUpTo(s[start:i], math.MaxInt)
		default:
			letters, latin = letters+alpha, latin+alpha
		}
		if !looked {
			sets = functionWords.lookup(h)
		}
		addBits(&stops, sets, &st.stops)
		dst = append(dst, h)
		if afterNext {
			next = i + 1
		}
	}
	if len(dst) > first {
		// Looked up again here rather than tested for on every word.
		st.firstWordSets = functionWords.lookup(dst[first])
	}
	flushBits(&stops, &st.stops)
	st.letters, st.latin = letters, latin
	if lc != nil {
		flushBits(&langs, &lc.counts)
		st.letters, st.latin = lc.letters, lc.latin
	}
	return dst, st
}

// wordStats is what scanWords counts in a paragraph besides its words.
type wordStats struct {
	// letters and latin count the letters and the Latin ones among them
	// (latinCounts).
	letters, latin int
	// captionWord says that a word right after a space starts with
	// "image" or "photo" in any case: the second word of the caption cues
	// "getty images" and "file photo", without which hasSpacedCaptionCue
	// cannot match.
	captionWord bool
	// stops counts the words in each set of functionWords (by bit), and
	// firstWordSets holds the sets of the first word.
	stops         [englishStopBit + 1]int32
	firstWordSets uint8
}

// byteCounters counts, for each of eight bits, how many of the bytes added
// had it set: in eight 8-bit lanes of one integer, one addition a byte,
// where a loop over a byte's set bits, taken zero to three times in no
// predictable pattern (about every other word of prose is a function
// word), was mispredicted about every other word. Lanes are flushed into
// wider counters before they can overflow.
type byteCounters struct {
	lanes uint64
	n     int // bytes added since the last flush
}

// spreadBits puts bit i of a byte in the low bit of lane (byte) i.
var spreadBits = func() (t [256]uint64) {
	for b := range t {
		for i := range 8 {
			t[b] |= uint64(b>>i&1) << (8 * i)
		}
	}
	return t
}()

// add counts the set bits of b, flushing into into every 255 bytes.
func addBits[T int | int32](c *byteCounters, b uint8, into *[8]T) {
	c.lanes += spreadBits[b]
	if c.n++; c.n == 255 {
		flushBits(c, into)
	}
}

// flushBits adds the lanes to into and empties them.
func flushBits[T int | int32](c *byteCounters, into *[8]T) {
	for i := range into {
		into[i] += T(c.lanes >> (8 * i) & 0xff)
	}
	c.lanes, c.n = 0, 0
}

// captionImage and captionPhoto are "image" and "photo" as the low five
// bytes of a little-endian chunk.
const (
	captionImage = uint64('i') | uint64('m')<<8 | uint64('a')<<16 | uint64('g')<<24 | uint64('e')<<32
	captionPhoto = uint64('p') | uint64('h')<<8 | uint64('o')<<16 | uint64('t')<<24 | uint64('o')<<32
)

// countWordLetters adds a word's letters to letters and latin, or to lc's
// evidence when lc is not nil.
func countWordLetters(w string, lc *langCounter, letters, latin int) (int, int) {
	if lc != nil {
		lc.addUpTo(w, math.MaxInt)
		return letters, latin
	}
	l, la := latinCounts(w)
	return letters + l, latin + la
}

// load8 returns the eight bytes of s from i as a little-endian uint64,
// with zero bytes past the end of s.
func load8(s string, i int) uint64 {
	if i+8 <= len(s) {
		return le64(s[i : i+8])
	}
	var x uint64
	for k := 0; i+k < len(s); k++ {
		x |= uint64(s[i+k]) << (8 * k)
	}
	return x
}

// asciiAlnum marks, with the high bit of each byte, the bytes of x that
// are ASCII letters or digits (alnum) and those that are letters (letter),
// from the lowest byte up to the first byte that is neither: past it the
// marks may be wrong. Each test adds a constant to every byte at once, so
// that the high bit says whether the byte reached a bound; an ASCII byte
// never carries into the next, and a byte of 0x80 or more, which may, is
// marked neither and so ends the run first.
func asciiAlnum(x uint64) (alnum, letter uint64) {
	l := x | 0x20*lanes01 // ASCII letters to lower case (and some other bytes moved)
	letter = (l + (0x80-'a')*lanes01) &^ (l + (0x80-'z'-1)*lanes01) & lanes80
	digit := (x + (0x80-'0')*lanes01) &^ (x + (0x80-'9'-1)*lanes01) & lanes80
	return letter | digit, letter
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

// isWordRune reports whether r is a letter, digit or mark: a rune of a word.
// The General Punctuation block (U+2000-U+206F: dashes, curly quotes,
// ellipsis, spaces), common in news text, holds none, and is answered
// without the three table searches (TestIsWordRunePunctuation).
func isWordRune(r rune) bool {
	if r >= 0x2000 && r <= 0x206f {
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func nextIsLetter(s string) bool {
	if len(s) > 0 && s[0] < utf8.RuneSelf {
		c := s[0]
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// stopwordDensity is the share of a paragraph's words that are function
// words of the set stop, from the counts scanWords kept.
func stopwordDensity(p *para, stop stopWords) float64 {
	if len(p.words) == 0 {
		return 0
	}
	return float64(p.stops[stop]) / float64(len(p.words))
}

// stopwordDensityAfterFirst is stopwordDensity over the paragraph's words
// but its first.
func stopwordDensityAfterFirst(p *para, stop stopWords) float64 {
	if len(p.words) <= 1 {
		return 0
	}
	n := int(p.stops[stop]) - int(p.firstWordSets>>stop&1)
	return float64(n) / float64(len(p.words)-1)
}

// wordBitsTable maps word hashes (wordHash) to a byte of bits: the sets of
// words holding each. It is a perfect hash table (displacements): a word's
// hash, rotated by a seed the builder picks, chooses a bucket and a home
// slot, and the bucket's displacement the slot, the only one the word can
// be in. A look-up reads that slot and masks its bits without a branch:
// about every other word of prose is a function word, in no order a
// processor can predict.
type wordBitsTable struct {
	slots []wordBitsSlot // a slot with key 0 is empty (no set word hashes to 0)
	shift uint           // 64 - log2(len(slots))
	mask  uint32         // len(slots) - 1
	rot   int            // the seed: how far hashes are rotated
	disp  [wordBitsBuckets]uint32
}

// wordBitsBuckets is the number of displacement buckets: for the few
// hundred function words one or two a bucket.
const wordBitsBuckets = 512

type wordBitsSlot struct {
	key  uint64
	bits uint8
}

// newWordBitsTable gives each word of sets[i] bit i.
func newWordBitsTable(sets []map[string]bool) *wordBitsTable {
	all := map[uint64]uint8{}
	for i, set := range sets {
		for w := range set {
			all[wordHash(w)] |= 1 << i
		}
	}
	keys := slices.Sorted(maps.Keys(all)) // the same table on every run
	if len(keys) > 0 && keys[0] == 0 {
		panic("corpus: a function word hashes to 0, the empty slot's key")
	}
	// Two slots a word at least: at that load the first seed or one of
	// the next few places every bucket.
	for logSize := uint(4); ; logSize++ {
		if 1<<logSize < 2*len(keys) {
			continue
		}
		for rot := range 64 {
			rotated := make([]uint64, len(keys))
			for i, h := range keys {
				rotated[i] = bits.RotateLeft64(h, rot)
			}
			disp := displacements(rotated, logSize, wordBitsBuckets)
			if disp == nil {
				continue
			}
			t := &wordBitsTable{slots: make([]wordBitsSlot, 1<<logSize), shift: 64 - logSize, mask: 1<<logSize - 1, rot: rot}
			copy(t.disp[:], disp)
			for i, h := range keys {
				t.slots[t.slot(rotated[i])] = wordBitsSlot{h, all[h]}
			}
			return t
		}
	}
}

// slot is where the word whose rotated hash is x can be.
func (t *wordBitsTable) slot(x uint64) uint32 {
	return (uint32(x>>t.shift) ^ t.disp[x%wordBitsBuckets]) & t.mask
}

// lookup returns the bits of the word of hash h: 0 for a word in no set.
func (t *wordBitsTable) lookup(h uint64) uint8 {
	s := &t.slots[t.slot(bits.RotateLeft64(h, t.rot))]
	diff := s.key ^ h
	// (diff | -diff) has its top bit set unless diff is 0: the mask is all
	// ones for the slot's word and 0 for any other.
	return s.bits & (uint8((diff|-diff)>>63) - 1)
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
