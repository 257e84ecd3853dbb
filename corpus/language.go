package corpus

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// FromDetected marks a language guessed from the article's own words.
const FromDetected Provenance = "detected"

// Languages lists the languages framediff analyses: those of its snowball
// stemmer. Language names are the stemmer's ("english", "spanish", ...).
var Languages = []string{"english", "spanish", "french", "russian", "swedish", "norwegian", "hungarian"}

// languageCodes maps ISO 639 codes and native names to the stemmer's names.
var languageCodes = map[string]string{
	"en": "english", "eng": "english", "en-us": "english", "en-gb": "english",
	"es": "spanish", "spa": "spanish", "español": "spanish", "espanol": "spanish",
	"fr": "french", "fra": "french", "fre": "french", "français": "french", "francais": "french",
	"ru": "russian", "rus": "russian", "русский": "russian",
	"sv": "swedish", "swe": "swedish", "svenska": "swedish",
	"no": "norwegian", "nb": "norwegian", "nn": "norwegian", "nor": "norwegian", "nob": "norwegian", "norsk": "norwegian",
	"hu": "hungarian", "hun": "hungarian", "magyar": "hungarian",
}

// languageName turns a language tag or name ("en", "en-US", "English") into
// the name the rest of framediff uses; an unknown value comes back lower-cased.
func languageName(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if n, ok := languageCodes[s]; ok {
		return n
	}
	if base, _, ok := strings.Cut(s, "-"); ok {
		if n, ok := languageCodes[base]; ok {
			return n
		}
	}
	if base, _, ok := strings.Cut(s, "_"); ok {
		if n, ok := languageCodes[base]; ok {
			return n
		}
	}
	return s
}

// languageProfiles are the commonest function words of each language,
// chosen so that the words two languages share (Spanish and French "de",
// "la"; Swedish and Norwegian "det", "som") only tie and the words they do
// not share decide. A hand-written stop-word profile is enough here and
// needs no dependency: the set of languages is closed (the stemmer's), news
// prose is long, and function words are its most frequent tokens, so a
// few hundred words separate these seven languages reliably. Words shared
// with English that would mislead on English text ("a", "is", "be" in
// Hungarian) are left out of the other profiles.
var languageProfiles = []struct {
	name  string
	words map[string]bool
}{
	{"english", toSet(`the of and to in is that for it on was with as he be by at from his have are this but not
they which were has been an had will would their said who what there we she her its or than after about`)},
	{"spanish", toSet(`el la los las de del que y en un una es por con para se no su al lo como más pero sus le ya
fue este ha porque esta entre cuando muy sin sobre también hasta hay donde han desde todo nos durante todos
uno les ni contra otros ese eso ante ellos esto antes algunos qué unos otro otras otra él tanto esa estos
mucho quienes nada muchos cual poco ella estar estas algunas algo nosotros dijo según`)},
	{"french", toSet(`le la les de des du et en un une est que qui dans pour pas sur au aux ce il elle ne se par plus
avec son sa ses sont été ont mais ou où cette comme nous vous leur être fait aussi entre dont même tout lui
selon après avait était ces`)},
	{"russian", toSet(`и в не на что с по как это он она они к из у за от о для же но то так все бы был была его ее
её их мы вы я также было были который которые при после только еще ещё`)},
	{"swedish", toSet(`och att det som en är för på med av till den har de inte om ett var men så jag hade vi kan
när från sin skulle efter också hon han mot eller vid alla då nu detta finns sig blev kommer mycket sade
enligt än här`)},
	{"norwegian", toSet(`og å det som en er for på med av til den har de ikke om et var men så jeg hadde vi kan
når fra sin skulle etter også hun han mot eller ved alle da nå dette finnes seg ble blir kommer mye sa
ifølge enn her`)},
	{"hungarian", toSet(`az és hogy nem egy meg de van volt csak már még ez azt mint ki fel sem kell lesz lehet
után pedig vagy szerint amely között így mert most nagyon minden ezt sok őket akkor amit aki ami valamint
illetve ahol amikor mely szintén`)},
}

// profileBits maps each profile word to the set of languages (bit i for
// languageProfiles[i]) whose profile holds it: one lookup per word.
var profileBits = func() map[string]uint8 {
	m := map[string]uint8{}
	for i, p := range languageProfiles {
		for w := range p.words {
			m[w] |= 1 << i
		}
	}
	return m
}()

// detectWords caps how many words the detector reads: a few hundred
// function words settle it, and the cap keeps long inputs cheap.
const detectWords = 2000

// DetectLanguage guesses the language of a text among Languages from its
// function words (and its script, for Russian). It returns "" when the text
// gives too little evidence.
func DetectLanguage(text string) string {
	var lc langCounter
	lc.add(text)
	return lc.language()
}

// langCounter holds the evidence DetectLanguage weighs, gathered over one
// text or several pieces of one (words never run from one piece into the
// next), up to detectWords words.
type langCounter struct {
	counts [8]int // profile words seen, per languageProfiles index
	// letters counts the letters, cyr and latin the Cyrillic and Latin
	// ones among them.
	letters, cyr, latin int
	words               int
}

// add reads the words (runs of letters) of text, until detectWords words
// have been read in all. It goes a word at a time: a tight loop over the
// word's ASCII letters (asciiProfiles looks those words up by value), then
// the general one for any letters beyond; the counts live in local
// variables until the end.
func (lc *langCounter) add(text string) { lc.addUpTo(text, detectWords) }

// addUpTo is add with another cap on the words read in all.
func (lc *langCounter) addUpTo(text string, limit int) {
	letters, latin, cyr, words := lc.letters, lc.latin, lc.cyr, lc.words
	for i := 0; i < len(text) && words < limit; {
		// Skip to the next letter.
		if c := text[i]; c < utf8.RuneSelf {
			if l := c | 0x20; l < 'a' || l > 'z' {
				i++
				continue
			}
		} else if r, size := utf8.DecodeRuneInString(text[i:]); !unicode.IsLetter(r) {
			i += size
			continue
		}
		start := i
		lower := true
		for ; i < len(text); i++ {
			c := text[i]
			l := c | 0x20
			if l < 'a' || l > 'z' {
				break
			}
			lower = lower && c == l
		}
		letters += i - start
		latin += i - start
		ascii := true
		for i < len(text) {
			c := text[i]
			if c < utf8.RuneSelf {
				if l := c | 0x20; l < 'a' || l > 'z' {
					break
				}
				letters++
				latin++
				lower = lower && c >= 'a'
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(text[i:])
			if !unicode.IsLetter(r) {
				break
			}
			ascii = false
			letters++
			if unicode.Is(unicode.Latin, r) {
				latin++
			} else if unicode.Is(unicode.Cyrillic, r) {
				cyr++
			}
			lower = lower && unicode.IsLower(r)
			i += size
		}
		words++
		lc.word(text[start:i], ascii, lower)
	}
	lc.letters, lc.latin, lc.cyr, lc.words = letters, latin, cyr, words
}

// merge adds the evidence of a piece of text, which alone holds (counted
// with no cap), as lc.add(piece) would: by adding the counts when the cap
// is not reached, by reading the piece again when it is.
func (lc *langCounter) merge(piece string, alone *langCounter) {
	if lc.words+alone.words > detectWords {
		lc.add(piece)
		return
	}
	for i := range lc.counts {
		lc.counts[i] += alone.counts[i]
	}
	lc.letters += alone.letters
	lc.latin += alone.latin
	lc.cyr += alone.cyr
	lc.words += alone.words
}

// word counts the profile languages of one word. ascii says it is all
// ASCII letters; lower says it has no upper-case letter.
func (lc *langCounter) word(w string, ascii, lower bool) {
	var bits uint8
	switch {
	case ascii:
		bits = asciiProfiles.lookup(w)
	case lower:
		bits = profileBits[w]
	default:
		bits = profileBits[strings.ToLower(w)]
	}
	lc.count(bits)
}

// count adds one to the counts of the languages in bits.
func (lc *langCounter) count(langs uint8) {
	for ; langs != 0; langs &= langs - 1 {
		lc.counts[bits.TrailingZeros8(langs)]++
	}
}

// asciiTable holds the all-ASCII profile words and their profileBits for
// the words of Latin-script text: no map lookup and no lower-cased string.
// Profile words are short, so nearly all fit a chunk: their lower-case
// bytes as one little-endian uint64 (as hashChunk reads words), which is
// the key of an open-addressed table that compares keys as integers. The
// few longer words, if any, are in long.
type asciiTable struct {
	chunks [1 << asciiTableBits]uint64 // 0 for an empty slot
	bits   [1 << asciiTableBits]uint8
	long   map[string]uint8
}

// asciiTableBits sizes the table well above the few hundred ASCII profile
// words, so that probes are short.
const asciiTableBits = 10

var asciiProfiles = func() *asciiTable {
	t := &asciiTable{long: map[string]uint8{}}
	for w, bits := range profileBits {
		switch {
		case !isASCII(w):
		case len(w) > 8:
			t.long[w] = bits
		default:
			c := lowerChunk(w)
			i := t.slot(c)
			for t.chunks[i] != 0 {
				i = (i + 1) % len(t.chunks)
			}
			t.chunks[i], t.bits[i] = c, bits
		}
	}
	return t
}()

// lowerChunk is the chunk of a word of at most eight ASCII letters, lower
// case.
func lowerChunk(w string) uint64 {
	var c uint64
	for i := 0; i < len(w); i++ {
		c |= uint64(w[i]|0x20) << (8 * i)
	}
	return c
}

func (t *asciiTable) slot(c uint64) int { return int(c * 0x9e3779b97f4a7c15 >> (64 - asciiTableBits)) }

// lookupChunk returns profileBits of the word of at most eight ASCII
// letters whose lower-case chunk is c.
func (t *asciiTable) lookupChunk(c uint64) uint8 {
	for i := t.slot(c); ; i = (i + 1) % len(t.chunks) {
		switch t.chunks[i] {
		case c:
			return t.bits[i]
		case 0:
			return 0
		}
	}
}

// lookup returns profileBits[strings.ToLower(w)] for a word w of ASCII
// letters.
func (t *asciiTable) lookup(w string) uint8 {
	if len(w) > 8 {
		if len(t.long) == 0 {
			return 0
		}
		return t.long[strings.ToLower(w)]
	}
	return t.lookupChunk(lowerChunk(w))
}

// language weighs the evidence: the language, or "" when it is too thin.
func (lc *langCounter) language() string {
	if lc.cyr > lc.latin && lc.cyr >= 20 {
		return "russian"
	}
	best, bestN, second := -1, 0, 0
	for i, p := range languageProfiles {
		if p.name == "russian" {
			continue
		}
		switch n := lc.counts[i]; {
		case n > bestN:
			best, bestN, second = i, n, bestN
		case n > second:
			second = n
		}
	}
	// Evidence: a few function words, and a clear lead over the runner-up
	// (Swedish and Norwegian share most of theirs, so their lead is the
	// words that differ).
	if best < 0 || bestN < 3 || bestN*20 < lc.words || bestN == second {
		return ""
	}
	return languageProfiles[best].name
}

// detectBodyLanguage runs DetectLanguage over the first paragraphs of a
// body, enough for detectWords words, without joining them.
func detectBodyLanguage(body []string) string { return bodyLanguage(body, nil) }

// bodyLanguage is detectBodyLanguage; evidence, when not nil, holds the
// paragraphs' evidence counted alone, which spares reading them again (a
// nil entry: read that one).
func bodyLanguage(body []string, evidence []*langCounter) string {
	var lc langCounter
	n := 0
	for i, p := range body {
		if evidence != nil && evidence[i] != nil {
			lc.merge(p, evidence[i])
		} else {
			lc.add(p)
		}
		if n += len(p) + 1; n > detectWords*8 {
			break
		}
	}
	if len(body) == 0 {
		return ""
	}
	return lc.language()
}

// englishStopBit is the functionWords bit of englishStopwords, the
// classifier's English list; the bits below it are languageProfiles'.
const englishStopBit = 7

// functionWords holds every word of the stop-word sets, by wordHash, with
// the sets that hold it: bit i for languageProfiles[i], englishStopBit for
// englishStopwords. scanWords looks each word up once in it and counts the
// paragraph's function words for every language at once, since the
// document's language is known only after the scan; the same look-up
// gives the language evidence of a word.
var functionWords = func() *wordBitsTable {
	if len(languageProfiles) > englishStopBit {
		panic("corpus: more language profiles than functionWords has bits for")
	}
	sets := make([]map[string]bool, englishStopBit+1)
	for i, p := range languageProfiles {
		sets[i] = p.words
	}
	sets[englishStopBit] = englishStopwords
	return newWordBitsTable(sets)
}()

// stopWords names the stop-word set of a language: its functionWords bit.
type stopWords uint8

// stopWordsFor is stopwordsFor(lang) as a functionWords bit.
func stopWordsFor(lang string) stopWords {
	for i, p := range languageProfiles {
		if p.name == lang && lang != "english" {
			return stopWords(i)
		}
	}
	return englishStopBit
}

// has reports whether the word of hash h is in the set.
func (s stopWords) has(h uint64) bool { return functionWords.lookup(h)>>s&1 != 0 }

// stopwordsFor returns the function words of a language: the classifier's
// English list for English (and unknown languages), the detector's profile
// otherwise.
func stopwordsFor(lang string) map[string]bool {
	for _, p := range languageProfiles {
		if p.name == lang && lang != "english" {
			return p.words
		}
	}
	return englishStopwords
}
