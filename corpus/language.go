package corpus

import (
	"fmt"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// FromDetected marks a language guessed from the article's own words.
const FromDetected Provenance = "detected"

// Languages lists the languages framediff analyses: those of its snowball
// stemmer. Language names are the stemmer's ("english", "spanish", ...).
var Languages = []string{"english", "spanish", "french", "russian", "swedish", "norwegian", "hungarian"}

// RecognisedLanguages are the languages detected without a stemmer, so
// that a German page is called German and not read with English rules.
var RecognisedLanguages = []string{"german", "dutch", "italian", "portuguese"}

// languageCodes maps ISO 639 codes and native names to the stemmer's names.
var languageCodes = map[string]string{
	"en": "english", "eng": "english", "en-us": "english", "en-gb": "english",
	"es": "spanish", "spa": "spanish", "español": "spanish", "espanol": "spanish",
	"fr": "french", "fra": "french", "fre": "french", "français": "french", "francais": "french",
	"ru": "russian", "rus": "russian", "русский": "russian",
	"sv": "swedish", "swe": "swedish", "svenska": "swedish",
	"no": "norwegian", "nb": "norwegian", "nn": "norwegian", "nor": "norwegian", "nob": "norwegian", "norsk": "norwegian",
	"hu": "hungarian", "hun": "hungarian", "magyar": "hungarian",
	"de": "german", "deu": "german", "ger": "german", "deutsch": "german",
	"nl": "dutch", "nld": "dutch", "dut": "dutch", "nederlands": "dutch",
	"it": "italian", "ita": "italian", "italiano": "italian",
	"pt": "portuguese", "por": "portuguese", "português": "portuguese", "portugues": "portuguese",
}

// ParseLanguage reads a language a user names ("English", "en", "es-MX")
// as the name the rest of framediff uses, and refuses one framediff neither
// analyses nor recognises, so that a typo in a flag is not read as a
// language without a lexicon, which would silently turn highlights off.
func ParseLanguage(s string) (string, error) {
	name := languageName(s)
	if slices.Contains(Languages, name) || slices.Contains(RecognisedLanguages, name) {
		return name, nil
	}
	return "", fmt.Errorf("not a language framediff knows (analysed: %s; recognised, without highlights: %s)",
		strings.Join(Languages, ", "), strings.Join(RecognisedLanguages, ", "))
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
	{"german", toSet(`der die und das den ist nicht ein eine zu von mit sich des auf für im dem auch es an werden
aus er hat dass sie nach wird bei einer um noch wie einem über einen so zum war haben nur oder aber vor zur
bis mehr durch man sein wurde sei sagte laut`)},
	{"dutch", toSet(`de het een van en in is dat op te zijn met voor niet aan er om ook als bij door maar nog
naar uit dan over wordt worden tot hij zij ze werd heeft hebben deze dit wel geen kan zou volgens zei`)},
	{"italian", toSet(`il lo gli della di che e è per un una non con sono si dei delle nel nella alla al anche
come ma più ha questo questa stato essere da dal ed loro lui lei secondo ha detto tra fra dopo quando`)},
	{"portuguese", toSet(`o os as de do da dos das que e é em um uma para com não por se na no mais como mas foi ao
ele ela seu sua ou ser quando muito há nos já está também só pelo pela até isso entre depois sem segundo disse`)},
}

// profileBits maps each profile word to the set of languages (bit i for
// languageProfiles[i]) whose profile holds it: one lookup per word.
var profileBits = func() map[string]uint16 {
	m := map[string]uint16{}
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

// DetectLanguage guesses the language of a text among Languages and
// RecognisedLanguages from its function words (and its script, for
// Russian). It returns "" when the text
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
	counts [16]int // profile words seen, per languageProfiles index
	// letters counts the letters, cyr and latin the Cyrillic and Latin
	// ones among them.
	letters, cyr, latin int
	words               int
}

// add reads the words (runs of letters) of text, until detectWords words
// have been read in all.
func (lc *langCounter) add(text string) { lc.addUpTo(text, detectWords) }

// addUpTo is add with another cap on the words read in all.
func (lc *langCounter) addUpTo(text string, limit int) {
	start := -1 // where the current run of letters starts
	for i, r := range text {
		if lc.words >= limit {
			return
		}
		ascii := r < utf8.RuneSelf
		if ascii && !('a' <= r|0x20 && r|0x20 <= 'z') || !ascii && !unicode.IsLetter(r) {
			if start >= 0 {
				lc.word(text[start:i])
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
		lc.letters++
		switch {
		case ascii || unicode.Is(unicode.Latin, r):
			lc.latin++
		case unicode.Is(unicode.Cyrillic, r):
			lc.cyr++
		}
	}
	if start >= 0 && lc.words < limit {
		lc.word(text[start:])
	}
}

// addCounted adds the evidence of a piece of text, counted alone (with no
// cap) in piece, as lc.add of the piece's text would: by adding the counts
// while the cap is not reached, by reading the text again when it is.
func (lc *langCounter) addCounted(piece *langCounter, text string) {
	if lc.words+piece.words > detectWords {
		lc.add(text)
		return
	}
	for i := range lc.counts {
		lc.counts[i] += piece.counts[i]
	}
	lc.letters += piece.letters
	lc.latin += piece.latin
	lc.cyr += piece.cyr
	lc.words += piece.words
}

// word counts one word and the profile languages it belongs to.
func (lc *langCounter) word(w string) {
	lc.words++
	for langs := profileBits[strings.ToLower(w)]; langs != 0; langs &= langs - 1 {
		lc.counts[bits.TrailingZeros16(langs)]++
	}
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
func detectBodyLanguage(body []string) string {
	return bodyLanguage(body, func(i int, lc *langCounter) { lc.add(body[i]) })
}

// bodyLanguage is detectBodyLanguage with the evidence of body[i] added to
// the counter by add, which may have counted it already.
func bodyLanguage(body []string, add func(i int, lc *langCounter)) string {
	if len(body) == 0 {
		return ""
	}
	var lc langCounter
	n := 0
	for i, p := range body {
		add(i, &lc)
		if n += len(p) + 1; n > detectWords*8 {
			break
		}
	}
	return lc.language()
}

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
