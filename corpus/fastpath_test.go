package corpus

import (
	"bytes"
	"maps"
	"math"
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// normalizeWord lower-cases a word and spells its apostrophes "'".
func normalizeWord(w string) string {
	return strings.ReplaceAll(strings.ToLower(w), "’", "'")
}

// wordFieldsSimple is the plain statement of wordFields (one rune at a
// time, every word through normalizeWord) that the fast tokenizer must
// match.
func wordFieldsSimple(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		if isWordRune(r) || (start >= 0 && (r == '\'' || r == '’') && i+1 < len(s) && nextIsLetter(s[i+utf8.RuneLen(r):])) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, normalizeWord(s[start:i]))
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, normalizeWord(s[start:]))
	}
	return out
}

var wordSamples = []string{
	"", " ", "a", "The U.S. State Department's spokesman said: \"No.\"",
	"don't can’t rock'n'roll 'quoted' ’tis o’", "İSTANBUL Kelvin K ǅemal ΣΊΣΥΦΟΣ Ⱥ",
	"naïve café déjà-vu 42nd 3.14 ١٢٣ \ufeffBOM", "Москва заявила, что США", "abc\xffdef \xe2\x80", "x'", "x’",
	"end’", "a' b", strings.Repeat("Word ", 50),
}

func TestWordFieldsMatchesSimple(t *testing.T) {
	for _, s := range wordSamples {
		if got, want := wordFields(s), wordFieldsSimple(s); !slices.Equal(got, want) {
			t.Errorf("wordFields(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzWordFields(f *testing.F) {
	for _, s := range wordSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := wordFields(s), wordFieldsSimple(s); !slices.Equal(got, want) {
			t.Errorf("wordFields(%q) = %q, want %q", s, got, want)
		}
	})
}

var collapseSamples = []string{
	"", " ", "a", " a  b ", "a\tb", "a\u00a0b", "a\u2003 b", "a b c", "a\nb", "\u3000x\u3000", "a  ", "é ü",
	"“quoted” — ©", "a\u0085b", "a\u1680b", "a\u2028b", "a\u205fb", "\xc2", "a\xe2\x80", "x\u1681y", "a\rb\vc\fd",
	"abcdefg  hijklmno", "abcdefgh ijklmnop  q", "1234567 \u00a0xxxxxxxx", "abcdefghijklmno pqrstuvw", "abcdefg\thijklmnop",
	"the minister said “we will”  go", "seven77 eight888 nine9999  ten",
}

func TestCollapseSpace(t *testing.T) {
	for _, s := range collapseSamples {
		if got, want := collapseSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzCollapseSpace(f *testing.F) {
	for _, s := range collapseSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := collapseSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
	})
}

// sanitizeRuneByRune is Sanitize as it was first written, one rune at a
// time: the statement the run-copying Sanitize must match.
func sanitizeRuneByRune(raw []byte) (string, SanitizeReport) {
	var rep SanitizeReport
	var b strings.Builder
	b.Grow(len(raw))
	col := 0
	for i := 0; i < len(raw); {
		r, size := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && size <= 1 {
			rep.InvalidUTF8++
			b.WriteRune('\uFFFD')
			col++
			i++
			continue
		}
		switch {
		case r == 0x1b: // ESC
			i += skipEscape(string(raw[i+1:])) + 1
			rep.Escapes++
			continue
		case r == 0x9b || r == 0x9d || r == 0x90 || r == 0x98 || r == 0x9e || r == 0x9f:
			// 8-bit C1 introducers of CSI, OSC, DCS, SOS, PM, APC.
			i += size + skipSequenceBody(string(raw[i+size:]), r == 0x9b)
			rep.Escapes++
			continue
		case r == '\n':
			b.WriteByte('\n')
			col = 0
		case r == '\r':
			if i+1 < len(raw) && raw[i+1] == '\n' {
				i++
			}
			b.WriteByte('\n')
			col = 0
		case r == '\t':
			n := tabWidth - col%tabWidth
			b.WriteString(strings.Repeat(" ", n))
			col += n
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
			rep.Controls++
		case isBidiControl(r):
			rep.Bidi++
		case r == '\uFEFF' || r == '\u200B' || r == '\u2060' || r == '\u00AD':
			// BOM, zero-width space, word joiner, soft hyphen: invisible and
			// they split words the reader sees as one.
		case r == '\u00A0' || r == '\u2007' || r == '\u202F' || (r >= '\u2000' && r <= '\u200A') || r == '\u3000':
			b.WriteByte(' ')
			col++
		case r == '\u2028' || r == '\u2029':
			b.WriteByte('\n')
			col = 0
		default:
			b.WriteRune(r)
			col++
		}
		i += size
	}
	return norm.NFC.String(b.String()), rep
}

// FuzzSanitizeFastPath checks that copying runs of plain text whole gives
// what sanitizing rune by rune gives.
func FuzzSanitizeFastPath(f *testing.F) {
	for _, s := range append(wordSamples, "a\tb\tc", "ab\x1b[31mred\x1b[0m", "x\u00a0y", "tab\tafter é\tx", "\r\n", "e\u0301", "abcdefghijklmno\x7fpqrstuvwxyz0123", "0123456789abcdef\x01ghij", "long ascii line then\nnewline and more text") {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		got, grep := Sanitize(raw)
		want, wrep := sanitizeRuneByRune(raw)
		if got != want || grep != wrep {
			t.Errorf("Sanitize(%q) = %q, %+v; rune by rune %q, %+v", raw, got, grep, want, wrep)
		}
	})
}

// TestDetectBodyLanguageJoins checks that reading a body paragraph by
// paragraph weighs what reading the paragraphs joined does.
func TestDetectBodyLanguageJoins(t *testing.T) {
	body := []string{"Le président a dit que la France", "ne serait pas", "dans la guerre.", strings.Repeat("The war is not over, he said. ", 900)}
	for n := 1; n <= len(body); n++ {
		if got, want := detectBodyLanguage(body[:n]), DetectLanguage(strings.Join(body[:n], "\n")); got != want {
			t.Errorf("detectBodyLanguage(%d paragraphs) = %q, want %q", n, got, want)
		}
	}
	if got := detectBodyLanguage(nil); got != "" {
		t.Errorf("detectBodyLanguage(nil) = %q", got)
	}
}

func TestWordHashes(t *testing.T) {
	for _, s := range wordSamples {
		checkWordHashes(t, s)
	}
}

func FuzzWordHashes(f *testing.F) {
	for _, s := range wordSamples {
		f.Add(s)
	}
	f.Fuzz(checkWordHashes)
}

// checkWordHashes checks scanWords' hashes against wordHash of each word
// rawWords yields, and wordHash against the plain statement of its hash.
func checkWordHashes(t *testing.T, s string) {
	var want []uint64
	for w := range rawWords(s) {
		want = append(want, wordHash(w))
		if got, want := wordHash(w), wordHashSimple(normalizeWord(w)); got != want {
			t.Errorf("wordHash(%q) = %x, want %x", w, got, want)
		}
	}
	if got, _ := scanWords(nil, s, nil); !slices.Equal(got, want) {
		t.Errorf("scanWords(%q) hashes = %x, want %x", s, got, want)
	}
}

// wordHashSimple is the plain statement of the word hash: the bytes of the
// lower-cased word in little-endian chunks of eight, the last padded with
// zeros.
func wordHashSimple(low string) uint64 {
	h := uint64(wordHashSeed)
	for i := 0; i < len(low); i += 8 {
		var chunk uint64
		for k := 0; k < 8 && i+k < len(low); k++ {
			chunk |= uint64(low[i+k]) << (8 * k)
		}
		h = hashChunk(h, chunk)
	}
	return hashFinish(h)
}

// containsAnyReference is the search phraseSet replaced: one
// bytes.Contains per phrase.
func containsAnyReference(s []byte, subs []string) bool {
	for _, x := range subs {
		if bytes.Contains(s, []byte(x)) {
			return true
		}
	}
	return false
}

// FuzzPhraseSet checks phraseSet against a search for each phrase, on the
// chrome phrases and on phrases taken from the input itself.
func FuzzPhraseSet(f *testing.F) {
	for _, s := range []string{"all rights reserved", "read our privacy policy.", "cookie", "log", "termsofuse", "xx", "Read our Privacy Policy", "COO\u212Aie", "Sign Up\u00e9", "\u00e9 Log In", "\u201cSIGN\u00c9 UP\u201d", "sign\u00a0up", "\u0130cookie", "cook\xffie"} {
		f.Add(s, "ab")
	}
	f.Fuzz(func(t *testing.T, s, extra string) {
		low := appendLower(nil, s)
		want := containsAnyReference(low, chromePhrases)
		if got := chromePhraseSet.in(low); got != want {
			t.Errorf("chrome phrases in %q: phraseSet %v, bytes.Contains %v", low, got, want)
		}
		if got, settled := chromePhraseSet.inASCIIFold(s); settled && got != want {
			t.Errorf("chrome phrases in %q: inASCIIFold %v, bytes.Contains on the lower case %v", s, got, want)
		} else if !settled && !strings.Contains(s, asciiLowerings[0]) && !strings.Contains(s, asciiLowerings[1]) {
			t.Errorf("inASCIIFold(%q) leaves unsettled a text with no rune lower-casing into ASCII", s)
		}
		if len(extra) < 2 {
			return
		}
		phrases := []string{extra, "zz"}
		if got, want := newPhraseSet(phrases).in([]byte(s)), containsAnyReference([]byte(s), phrases); got != want {
			t.Errorf("%q in %q: phraseSet %v, bytes.Contains %v", phrases, s, got, want)
		}
		if !isASCII(extra) {
			return
		}
		// inASCIIFold with byte-pair filtering (a two-byte phrase) and
		// with four-byte filtering (none shorter than four bytes).
		for _, phrases := range [][]string{{extra, "zz"}, {extra + "zzzz", "zzzz"}} {
			want := containsAnyReference(appendLower(nil, s), phrases)
			if got, settled := newPhraseSet(phrases).inASCIIFold(s); settled && got != want {
				t.Errorf("%q in %q: inASCIIFold %v, bytes.Contains on the lower case %v", phrases, s, got, want)
			}
		}
	})
}

// FuzzScanWords checks the cleaner's one pass over a paragraph against the
// scanners it stands for: rawWords and wordHash for the hashes, latinCounts for the
// letters, and langCounter.addUpTo for the language evidence.
func FuzzScanWords(f *testing.F) {
	for _, s := range []string{"The war isn’t over, he said in 2023.", "Le président a dit", "Getty Images", "a FILE PHOTO", "getty imageſ", "и в не на что", "x9y ab'c don't 3rd", "ǅemal Ölçer", "Smoke rises (Getty Images) over Gaza", "File photo: the port / AFP)", "(photo) a file photo", "Credit: getty images"} {
		f.Add(s)
	}
	f.Fuzz(checkScanWords)
}

// TestScanWordsLongParagraph checks scanWords on paragraphs long enough
// for its function-word counters to be flushed on the way.
func TestScanWordsLongParagraph(t *testing.T) {
	for _, n := range []int{254, 255, 256, 511, 2000} {
		checkScanWords(t, strings.Repeat("the de och az minister ", n))
	}
}

// checkScanWords is FuzzScanWords' check of one paragraph.
func checkScanWords(t *testing.T, s string) {
	var want []uint64
	for w := range rawWords(s) {
		want = append(want, wordHash(w))
	}
	letters, latin := latinCounts(s)
	got, st := scanWords(nil, s, nil)
	if !slices.Equal(got, want) || st.letters != letters || st.latin != latin {
		t.Errorf("scanWords(%q) = %v, %+v; want %v, %d letters, %d Latin", s, got, st, want, letters, latin)
	}
	if !st.captionWord && hasSpacedCaptionCue(s) {
		t.Errorf("scanWords(%q) says no caption word, but hasSpacedCaptionCue matches", s)
	}
	if got, want := hasCaptionCueHinted(s, st.captionWord), hasCaptionCue(s); got != want {
		t.Errorf("hasCaptionCueHinted(%q, %v) = %v, hasCaptionCue %v", s, st.captionWord, got, want)
	}
	// The function-word counts, set by set, as hashSets find them.
	var stops [englishStopBit + 1]int32
	var firstSets uint8
	for b, set := range stopSetsReference {
		for k, h := range want {
			if set.has(h) {
				stops[b]++
				if k == 0 {
					firstSets |= 1 << b
				}
			}
		}
	}
	if st.stops != stops || st.firstWordSets != firstSets {
		t.Errorf("scanWords(%q) counts function words %v (first word %b), want %v (%b)", s, st.stops, st.firstWordSets, stops, firstSets)
	}
	var lc, wantLC langCounter
	wantLC.addUpTo(s, math.MaxInt)
	got, st = scanWords(nil, s, &lc)
	if !slices.Equal(got, want) || lc != wantLC || st.letters != wantLC.letters || st.latin != wantLC.latin || st.stops != stops || st.firstWordSets != firstSets {
		t.Errorf("scanWords(%q, lc) = %v, %+v; want %v, %+v", s, got, lc, want, wantLC)
	}
}

// headerKVReference is the regexp parseHeader matched each header line
// with, value and all, before it matched the key only.
var headerKVReference = regexp.MustCompile(`^\s*(?i)(title|headline|outlet|source|site|publisher|url|link|byline|author|authors|date|published|language|lang|standfirst|subtitle|description)\s*:\s*(.*?)\s*$`)

// parseHeaderReference is parseHeader as it was: every line through
// headerKVReference, the date prefix tried on every text.
func parseHeaderReference(text string, meta map[string]string) string {
	for {
		if m := headerDateRe.FindStringSubmatchIndex(text); m != nil {
			meta["date"] = text[m[2]:m[3]]
			text = text[m[1]:]
			continue
		}
		line, rest, _ := strings.Cut(text, "\n")
		m := headerKVReference.FindStringSubmatch(line)
		if m == nil || m[2] == "" || len(line) > 500 {
			break
		}
		key := strings.ToLower(m[1])
		if _, dup := meta[key]; dup {
			break
		}
		meta[key] = m[2]
		text = rest
	}
	return text
}

func FuzzParseHeader(f *testing.F) {
	for _, s := range []string{"title: A\nOutlet :  B \t\n\nbody", " date 2023-01-04 body", "LINK: x\nlink: y", "ſite: x", "title:\t\f \nx", "date: \u00a0x\r\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, want := map[string]string{}, map[string]string{}
		gotRest, wantRest := parseHeader(s, got), parseHeaderReference(s, want)
		if gotRest != wantRest || !maps.Equal(got, want) {
			t.Errorf("parseHeader(%q) = %q, %v; want %q, %v", s, gotRest, got, wantRest, want)
		}
	})
}

// TestNFCInert checks the table sanitizeString trusts to skip NFC: an inert
// rune is NFC next to ASCII letters on either side, and so is a run of
// inert runes (every inert rune once, in a few shuffled orders).
func TestNFCInert(t *testing.T) {
	var inert []rune
	for r := rune(0x80); r < inertLimit+10; r++ {
		if nfcInert(r) {
			inert = append(inert, r)
		}
	}
	if len(inert) < 1000 || !nfcInert('’') || !nfcInert('é') || nfcInert('\u0301') || nfcInert('\u212b') || nfcInert('\u1161') {
		t.Fatalf("inert table looks wrong: %d runes", len(inert))
	}
	for _, r := range inert {
		for _, a := range "aeoiuAEOIU nN" {
			for _, s := range []string{string(a) + string(r), string(r) + string(a)} {
				if !norm.NFC.IsNormalString(s) {
					t.Errorf("%q (U+%04X) is inert but %q is not NFC", r, r, s)
				}
			}
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 4 {
		rng.Shuffle(len(inert), func(i, j int) { inert[i], inert[j] = inert[j], inert[i] })
		if s := string(inert); !norm.NFC.IsNormalString(s) {
			t.Errorf("a run of inert runes is not NFC")
		}
	}
}

// hashSet is a set of word hashes (wordHash): how the cleaner looked its
// function words up before scanWords counted them through functionWords,
// kept as the reference FuzzScanWords checks those counts against. Two distinct words share a 64-bit word hash with a chance of
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

func (s *hashSet) slot(h uint64) int {
	return int((h * 0x9e3779b97f4a7c15) >> 32 & uint64(len(s.slots)-1))
}

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

// stopSetsReference holds the stop-word sets as hashSets, by their
// functionWords bit.
var stopSetsReference = func() []*hashSet {
	sets := make([]*hashSet, englishStopBit+1)
	for i := range sets {
		sets[i] = newHashSet(nil)
	}
	for i, p := range languageProfiles {
		sets[i] = newHashSet(p.words)
	}
	sets[englishStopBit] = newHashSet(englishStopwords)
	return sets
}()

// FuzzRuneCountValid checks the classifier's rune count against
// utf8.RuneCountInString on valid UTF-8 (what sanitizing leaves).
func FuzzRuneCountValid(f *testing.F) {
	for _, s := range []string{"", "abc", "“Quoted” — text, naïve café", "日本語のテキスト", "\U0001F600 emoji"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = strings.ToValidUTF8(s, "\uFFFD")
		if got, want := runeCountValid(s), utf8.RuneCountInString(s); got != want {
			t.Errorf("runeCountValid(%q) = %d, want %d", s, got, want)
		}
	})
}
