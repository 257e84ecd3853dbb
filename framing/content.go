package framing

import (
	"cmp"
	"fmt"
	"hash/fnv"
	"iter"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/lexicon"
	"github.com/framediff/framediff/text"
)

// stopwords are left out of sentence alignment and keyness: they carry
// style, not content.
var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a about above after again against all also am an and any are as at be because been
before being below between both but by can could did do does doing down during each few for from further had has have
having he her here hers him his how i if in into is it its itself just me more most my no nor not now of off on once only
or other our out over own same she should so some such than that the their them then there these they this those through
to too under until up very was we were what when where which while who whom why will with would you your said says say
told s t one two new also last first year years could would may might must shall us we're it's that's he's she's they
week month day monday tuesday wednesday thursday friday saturday sunday mr ms mrs a.m p.m already still even yet ever soon ago`) {
		m[w] = true
	}
	return m
}()

// sentenceFeatures are the stemmed content words and names of one sentence.
type sentenceFeatures struct {
	stems    map[string]float64
	norm     float64
	entities map[string]bool
	// para are the features of the paraphrase test (paraphrase): the
	// stems with a word of a synonym group counted as its group
	// ("probe" as "investigation") and numbers as their figures ("two"
	// as "2"), so that two outlets' wordings of one fact share them.
	para map[string]float64
	// nameKeys are the para keys of names (capitalized past the first
	// word): a paraphrase must share more than its participants.
	nameKeys map[string]bool
	// negated is whether the sentence negates or denies ("not",
	// "never", "denied"): "X denied launching attacks" and "X launched
	// attacks" share their rare words but report opposite facts.
	negated bool
}

// features are the features of one sentence read alone, with no
// comparison's spellings to join (sentenceFeaturesOf).
func features(m *lexicon.Matcher, text string) sentenceFeatures {
	return featuresOf(m.Tokens(text), text)
}

// sentenceFeaturesOf are the features of every sentence of a comparison,
// by article, with the hyphenated compounds the comparison also writes
// closed read as the closed word (joinHyphenated).
func sentenceFeaturesOf(c *Comparison, set *lexicon.Set) [][]sentenceFeatures {
	toks := make([][][]lexicon.TokenInfo, len(c.Articles))
	closed := map[string]bool{}
	for ai, an := range c.Articles {
		m := set.For(an.Article.Language)
		toks[ai] = make([][]lexicon.TokenInfo, len(an.Article.Sentences))
		for si, s := range an.Article.Sentences {
			toks[ai][si] = m.Tokens(an.Article.Slice(s))
			for _, t := range toks[ai][si] {
				closed[t.Stem] = true
			}
		}
	}
	out := make([][]sentenceFeatures, len(c.Articles))
	for ai, an := range c.Articles {
		lang := set.For(an.Article.Language).Language()
		out[ai] = make([]sentenceFeatures, len(an.Article.Sentences))
		for si, s := range an.Article.Sentences {
			sentence := an.Article.Slice(s)
			out[ai][si] = featuresOf(joinHyphenated(toks[ai][si], sentence, lang, closed), sentence)
		}
	}
	return out
}

// joinHyphenated reads two words joined by a hyphen as one word when the
// comparison writes that word closed, its stem being among closed: one
// outlet's "e-mails" and "fund-raiser" are another's "emails" and
// "fundraiser", and split they share no word with them ("e" is too short
// to count, "raiser" is not "fundraiser"). The joined word keeps the
// hyphen in its surface form, by which featuresOf weighs it as its parts
// weighed together. Splitting the closed word instead would tie
// "airstrikes" to "Air Force" and "ongoing" to "going". A compound no one
// writes closed keeps its parts, which is how it meets the same words
// written apart ("long-range" and "long range", "al-Qaeda" and "al Qaeda").
func joinHyphenated(toks []lexicon.TokenInfo, sentence, lang string, closed map[string]bool) []lexicon.TokenInfo {
	return rejoin(toks, func(i int) (lexicon.TokenInfo, int, bool) {
		if i+1 >= len(toks) {
			return lexicon.TokenInfo{}, 0, false
		}
		t, n := toks[i], toks[i+1]
		if t.End+1 != n.Start || n.Start > len(sentence) || sentence[t.End] != '-' {
			return lexicon.TokenInfo{}, 0, false
		}
		lower := t.Lower + n.Lower
		stem := text.Stem(lower, lang)
		if !closed[stem] {
			return lexicon.TokenInfo{}, 0, false
		}
		return lexicon.TokenInfo{Span: lexicon.Span{Start: t.Start, End: n.End}, Surface: sentence[t.Start:n.End], Lower: lower, Stem: stem}, i + 1, true
	})
}

// joinDigitGroups reads a number written with digit groups ("1,050",
// which the tokenizer splits at the comma) as one token: the figure is
// 1050, and read apart "1,050" and "2,050" would share the figure "050".
func joinDigitGroups(toks []lexicon.TokenInfo, sentence string) []lexicon.TokenInfo {
	return rejoin(toks, func(i int) (lexicon.TokenInfo, int, bool) {
		j := i
		for j+1 < len(toks) && allDigits(toks[j].Lower) && len(toks[j+1].Lower) == 3 && allDigits(toks[j+1].Lower) &&
			toks[j].End+1 == toks[j+1].Start && toks[j+1].Start <= len(sentence) && sentence[toks[j].End] == ',' {
			j++
		}
		if j == i {
			return lexicon.TokenInfo{}, 0, false
		}
		surface := sentence[toks[i].Start:toks[j].End]
		lower := strings.ReplaceAll(surface, ",", "")
		return lexicon.TokenInfo{Span: lexicon.Span{Start: toks[i].Start, End: toks[j].End}, Surface: surface, Lower: lower, Stem: lower}, j, true
	})
}

// rejoin returns toks with runs of tokens read as one: join(i) gives the
// token that tokens i to last make, and whether they make one. The
// tokens are copied only once a run is joined, so a sentence with none
// costs nothing.
func rejoin(toks []lexicon.TokenInfo, join func(i int) (tok lexicon.TokenInfo, last int, ok bool)) []lexicon.TokenInfo {
	var out []lexicon.TokenInfo // nil until a run is joined
	for i := 0; i < len(toks); i++ {
		if t, last, ok := join(i); ok {
			if out == nil {
				out = append(make([]lexicon.TokenInfo, 0, len(toks)), toks[:i]...)
			}
			out = append(out, t)
			i = last
			continue
		}
		if out != nil {
			out = append(out, toks[i])
		}
	}
	if out == nil {
		return toks
	}
	return out
}

// allDigits reports whether s is digits only.
func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// featuresOf are the features of a sentence's tokens.
func featuresOf(toks []lexicon.TokenInfo, sentence string) sentenceFeatures {
	toks = joinDigitGroups(toks, sentence)
	f := sentenceFeatures{stems: map[string]float64{}, entities: map[string]bool{}, para: map[string]float64{}, nameKeys: map[string]bool{}}
	negations := 0
	for i, t := range toks {
		key := paraphraseKey(t.Lower, t.Stem)
		switch base, ok := negatedAdjectives[t.Lower]; {
		case ok:
			// "denied that he was unwilling" says he was willing: the
			// word negates its base, and cancels a negation before it.
			key = paraphraseKey(base, text.Stem(base, "english"))
			if negations > 0 {
				negations--
			} else {
				negations++
			}
		case negation(t.Lower, t.Stem):
			negations++
		}
		if declinedRefusal(toks, i, sentence) {
			key = "=refusal"
		}
		// A compound joinHyphenated made weighs as its parts did
		// together, so that two sentences both writing "cease-fire" are
		// as close as when its parts were two words.
		w := math.Sqrt(float64(strings.Count(t.Surface, "-") + 1))
		if key != "" {
			f.para[key] += w
			if r, _ := utf8.DecodeRuneInString(t.Surface); i > 0 && unicode.IsUpper(r) {
				f.nameKeys[key] = true
			}
		}
		if stopwords[t.Lower] || utf8.RuneCountInString(t.Lower) < 3 {
			continue
		}
		f.stems[t.Stem] += w
		r, _ := utf8.DecodeRuneInString(t.Surface)
		if i > 0 && unicode.IsUpper(r) {
			f.entities[t.Lower] = true
		}
	}
	f.negated = negations > 0
	for _, v := range f.stems {
		f.norm += v * v
	}
	f.norm = math.Sqrt(f.norm)
	return f
}

// paraphraseKey is what a word counts as in the paraphrase test: a number
// as its figure behind "#" ("two" and "2" both "#2"), a word of a synonym
// group as the group behind "=" ("probe" and "inquiry" both
// "=investigation"), any other content word as its stem; "" for function
// words and words under three letters, which say nothing of content. The
// plain alignment keeps the words apart: weighed all alike, "the pact"
// and "the agreement" would join every sentence that mentions the deal.
func paraphraseKey(lower, stem string) string {
	if isNumber(lower) {
		return figureKey(strings.ReplaceAll(lower, ",", ""))
	}
	if n, ok := numberWords[lower]; ok {
		return figureKey(n)
	}
	if stopwords[lower] || utf8.RuneCountInString(lower) < 3 {
		return ""
	}
	if g, ok := synonymGroup[lower]; ok {
		return "=" + g
	}
	if g, ok := factWords[stem]; ok {
		return "=" + g
	}
	return stem
}

// factWords are stems that report one fact whichever is used, by group:
// "two people died" and "2 killed", "the first fatalities" and "the first
// deaths"; "apologized" and "said he was sorry"; "the remarks" and "the
// comments"; "wounded" and "injured"; "denied" and "a denial"; "refused"
// and "declined" (to act); "pledged to veto" and "a promised veto";
// "released photos" and "released images". They join only in the
// paraphrase test, where a story that reports deaths throughout makes them
// common and weigh little. ("Admitted" and "acknowledged", "threatened"
// and "a threat" were tried and tied other facts more often than one.)
var factWords = map[string]string{
	"die": "death", "death": "death", "dead": "death", "kill": "death", "fatal": "death",
	"apolog": "apology", "sorri": "apology",
	"remark": "remark", "comment": "remark",
	"wound": "injury", "injur": "injury",
	"deni": "denial", "denial": "denial",
	"refus":  "refusal", // and "declined" where it means refusing (declinedRefusal)
	"promis": "pledge", "pledg": "pledge", "vow": "pledge",
	"photo": "image", "photograph": "image", "imag": "image",
}

// declinedRefusal reports whether token i of a sentence is "declined" in
// the sense of refusing ("both banks declined, citing the risk", "he
// declined to comment"), which reports what "refused" does: the verb
// followed by punctuation, or by "to" and no figure. "Exports declined 3
// percent" and "declined to 40 percent" are a fall, and keep their stem.
func declinedRefusal(toks []lexicon.TokenInfo, i int, sentence string) bool {
	switch toks[i].Lower {
	case "declined", "declines", "declining":
	default:
		return false
	}
	if i+1 == len(toks) {
		return true
	}
	n := toks[i+1]
	if toks[i].End <= n.Start && n.Start <= len(sentence) && strings.TrimSpace(sentence[toks[i].End:n.Start]) != "" {
		return true
	}
	return n.Lower == "to" && (i+2 == len(toks) || !isNumber(toks[i+2].Lower))
}

// figureKey is a figure's paraphrase key, "" for 1 to 3: counts that
// small ("three questions", "a three-day visit", "two officials") name
// too many different things in one story to tie two sentences together.
func figureKey(n string) string {
	switch n {
	case "0", "1", "2", "3":
		return ""
	}
	return "#" + n
}

// negation reports whether a word negates or denies what its sentence
// reports, for the paraphrase test's polarity guard.
func negation(lower, stem string) bool {
	switch lower {
	case "not", "never", "no", "nor", "neither", "n't":
		return true
	}
	return strings.HasSuffix(lower, "n't") || stem == "deni" || stem == "denial"
}

// negatedAdjectives are words that say "not" and their base ("unwilling"
// is "not willing"), by their base: for the paraphrase test "he was
// unwilling to appear" and "he was not willing to appear" share the base
// and are both negated, and "he denied that he was unwilling" and "he
// said he was willing" report one fact. Words whose base is no opposite
// in news ("unrest", "unveil", "uncover", "unless") are not among them.
var negatedAdjectives = map[string]string{
	"unwilling": "willing", "unable": "able", "unaware": "aware", "unlikely": "likely", "unclear": "clear",
	"unsuccessful": "successful", "untrue": "true", "unprepared": "prepared", "unknown": "known",
	"unwelcome": "welcome", "unacceptable": "acceptable", "unhappy": "happy", "unsure": "sure",
	"unconvinced": "convinced", "unsafe": "safe", "unfair": "fair", "unlawful": "lawful", "unnecessary": "necessary",
}

// predicateKey reports whether a feature two sentences share says what
// happens rather than who takes part: neither a figure nor a name in
// either sentence.
func predicateKey(key string, a, b sentenceFeatures) bool {
	return !isFigure(key) && !a.nameKeys[key] && !b.nameKeys[key]
}

// isFigure reports whether a feature key is a number's.
func isFigure(key string) bool { return strings.HasPrefix(key, "#") }

// numberWords are the counts news spells out, as figures. "One" is left
// out: it is more often a pronoun ("one of the ...") than a count.
var numberWords = map[string]string{
	"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
	"nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "fifteen": "15", "twenty": "20",
	"thirty": "30", "forty": "40", "fifty": "50", "hundred": "100", "dozen": "12",
}

// Two sentences report the same content (align) when the cosine of their
// stem counts is at least alignSimilarity, or at least alignWithNames and
// they share two or more names: enough shared content words, or a fair
// share plus the same named actors.
const (
	alignSimilarity = 0.35
	alignWithNames  = 0.2
)

// Two sentences that word one fact differently (a paraphrase: "the court
// ordered a retrial of the officers" and "the officers will be tried
// again, a judge ruled") share few words, but the ones they share are the
// story's rare ones. So they also align when the cosine of their counts
// weighted by inverse sentence frequency in the comparison (a word in
// every other sentence of the story weighs next to nothing, a word in two
// weighs most) is at least paraphraseSimilarity, and they share at least
// paraphraseShared features (two when one is a figure: "67 Israelis" and
// "Israel has lost 67 people" give the same count), each of them at least
// paraphraseMinFeatures long (a headline of three words shares two with
// too many sentences). Two sentences that both give figures and
// share none report different facts ("three were killed" and "twelve
// were wounded") and do not align this way.
const (
	paraphraseSimilarity  = 0.30
	paraphraseShared      = 3
	paraphraseMinFeatures = 4
)

// paraphrase reports whether two sentences with weighted cosine wcs,
// sharing n features, align as a paraphrase; sameFigure is whether they
// share a figure, otherFigures whether both give figures and share none,
// predicate whether they share a word that is neither a name nor a
// figure (the same participants doing different things, "the team
// arrived" and "snipers fired on the team", are not one fact), and
// samePolarity whether both or neither negate or deny.
func paraphrase(wcs float64, n int, sameFigure, otherFigures, predicate, samePolarity bool) bool {
	return wcs >= paraphraseSimilarity && (n >= paraphraseShared || sameFigure && n >= 2) && !otherFigures && predicate && samePolarity
}

// A sentence shares rareFeaturesShared features with one sentence of
// another outlet, each no figure and written in at most rareSentences of
// the comparison's sentences, and one of them no name: the two may tell
// one fact in other words.
const rareFeaturesShared = 3

// rareSentences is in how many of a comparison's n sentences a feature
// may be written and still be rare: three in a story of sixty sentences
// or more, two (the pair's own) in a shorter one; none below
// minRareSentences, where every word a pair shares is in those two alone
// and says nothing of the pair.
func rareSentences(n int) int {
	if n < minRareSentences {
		return 0
	}
	return min(3, max(2, n/20))
}

// minRareSentences is the fewest sentences a comparison needs for its rare
// words to tie two sentences.
const minRareSentences = 30

// distinctiveFigure reports whether a figure's key names a count that
// two sentences hardly share by chance: 100 or more, and no year (a
// figure from 1900 to 2100 dates more often than it counts).
func distinctiveFigure(key string) bool {
	n, err := strconv.ParseFloat(strings.TrimPrefix(key, "#"), 64)
	return err == nil && n >= 100 && !(n >= 1900 && n <= 2100 && n == math.Trunc(n))
}

// countedNouns are the stems of the nouns any count of people or times
// goes with ("300 people", "5,000 troops"): shared beside a figure they
// tie no two facts.
var countedNouns = func() map[string]bool {
	az := text.NewAnalyzer("english")
	m := map[string]bool{}
	for _, w := range strings.Fields(`people persons men women children troops soldiers protesters demonstrators civilians members residents workers students refugees times years days months hours dollars percent families villagers fighters`) {
		_, stem := az.Forms(w)
		m[stem] = true
	}
	return m
}()

// dayStems are the stems of the days of the week and the months, which
// date a sentence and tie it to no other: "on Friday" is in many facts.
var dayStems = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"januari": true, "februari": true, "march": true, "april": true, "june": true, "juli": true, "august": true,
	"septemb": true, "octob": true, "novemb": true, "decemb": true,
}

// idfWeight is the weight of a feature found in df of n sentences.
func idfWeight(df, n int) float64 {
	return math.Log(float64(n+1) / float64(df))
}

// UniqueGroup is content only one outlet carries, grouped by whose voice it is in.
type UniqueGroup struct {
	Outlet string `json:"outlet"`
	// Voice says whose words these sentences are ("outlet's own voice",
	// "paraphrasing Iranian officials").
	Voice     string     `json:"voice"`
	Group     string     `json:"group,omitempty"`
	Sentences []Evidence `json:"sentences"`
	// PossibleParaphrases counts the last of Sentences: those another
	// outlet may say in other words (its rare words and a shared
	// predicate, no shared sentence), a lead for the reader to check
	// rather than content only this outlet carries.
	PossibleParaphrases int `json:"possible_paraphrases"`
	maybe               []Evidence
}

// commonStemSentences is how many sentences of a comparison a stem may be
// in and still count in sentence alignment. A stem in more is as common
// there as a function word: it says nothing about two sentences reporting
// the same thing, and following it would compare nearly every pair of
// sentences. No story of up to a hundred articles comes near it, so only
// comparisons of whole folders of unrelated articles see the difference.
const commonStemSentences = 4096

// stemCount is a feature's counts in a sentence, n in the plain
// alignment (stems) and pn in the paraphrase test (para): in
// postings, item is the sentence (and outlet its outlet, kept here
// because looking it up is most of the work); in a sentence's
// terms, item is the feature.
type stemCount struct {
	item, outlet int32
	n, pn        float64
}

// uniqueContent aligns every sentence with the sentences of the other
// outlets and collects those with no counterpart.
//
// Two sentences can only align when they share a stem (their cosine is
// zero otherwise), so each sentence is compared only with the sentences
// of other outlets found through an index from stems to sentences, its
// dot products summed along the way: articles that share no words cost
// nothing, where comparing every pair cost the square of the corpus.
func (c *Comparison) uniqueContent(set *lexicon.Set) []UniqueGroup {
	return c.uniqueContentUpTo(set, commonStemSentences)
}

// uniqueContentUpTo is uniqueContent with stems in more than common
// sentences left out of the alignment.
func (c *Comparison) uniqueContentUpTo(set *lexicon.Set, common int) []UniqueGroup {
	if len(c.Outlets) < 2 {
		return nil
	}
	type sent struct {
		ai, si int
		outlet int
		f      sentenceFeatures
	}
	outletIDs := map[string]int{}
	var all []sent
	for ai, fs := range sentenceFeaturesOf(c, set) {
		an := c.Articles[ai]
		o, ok := outletIDs[an.Outlet]
		if !ok {
			o = len(outletIDs)
			outletIDs[an.Outlet] = o
		}
		for si, f := range fs {
			all = append(all, sent{ai, si, o, f})
		}
	}
	stemIDs := map[string]int32{}
	var postings [][]stemCount
	terms := make([][]stemCount, len(all))
	for k, s := range all {
		terms[k] = make([]stemCount, 0, len(s.f.para))
		add := func(stem string, n, pn float64) {
			id, ok := stemIDs[stem]
			if !ok {
				id = int32(len(postings))
				stemIDs[stem] = id
				postings = append(postings, nil)
			}
			postings[id] = append(postings[id], stemCount{int32(k), int32(s.outlet), n, pn})
			terms[k] = append(terms[k], stemCount{id, 0, n, pn})
		}
		for stem, n := range s.f.stems {
			add(stem, n, s.f.para[stem])
		}
		for key, pn := range s.f.para {
			if _, ok := s.f.stems[key]; !ok {
				add(key, 0, pn)
			}
		}
	}
	// The names of each sentence, as sorted ids, for counting shared ones.
	nameIDs := map[string]int32{}
	names := make([][]int32, len(all))
	for k, s := range all {
		for name := range s.f.entities {
			id, ok := nameIDs[name]
			if !ok {
				id = int32(len(nameIDs))
				nameIDs[name] = id
			}
			names[k] = append(names[k], id)
		}
		slices.Sort(names[k])
	}
	// A sentence's norm over the stems that count: its own norm unless
	// it holds a stem too common to count.
	norm := make([]float64, len(all))
	for k, s := range all {
		norm[k] = s.f.norm
		sq, dropped := 0.0, false
		for _, t := range terms[k] {
			if len(postings[t.item]) > common {
				dropped = true
			} else {
				sq += t.n * t.n
			}
		}
		if dropped {
			norm[k] = math.Sqrt(sq)
		}
	}
	// The paraphrase test's norms, each feature weighted by its rarity
	// in the comparison (idfWeight), and whether the sentence gives a
	// figure.
	weight := make([]float64, len(postings))
	figureStem := make([]bool, len(postings))
	keyOf := make([]string, len(postings))
	for stem, id := range stemIDs {
		keyOf[id] = stem
		df := 0
		for _, p := range postings[id] {
			if p.pn > 0 {
				df++
			}
		}
		weight[id] = idfWeight(df, len(all))
		figureStem[id] = isFigure(stem)
	}
	// Which outlets write each feature: its first outlet, and whether a
	// second writes it too.
	firstOutlet := make([]int32, len(postings))
	manyOutlets := make([]bool, len(postings))
	for id, ps := range postings {
		firstOutlet[id] = -1
		for _, p := range ps {
			switch {
			case p.pn == 0:
			case firstOutlet[id] < 0:
				firstOutlet[id] = p.outlet
			case p.outlet != firstOutlet[id]:
				manyOutlets[id] = true
			}
		}
	}
	wnorm := make([]float64, len(all))
	figures := make([]bool, len(all))
	paraFeatures := make([]int, len(all))
	for k, s := range all {
		paraFeatures[k] = len(s.f.para)
		sq := 0.0
		for _, t := range terms[k] {
			if len(postings[t.item]) <= common && t.pn > 0 {
				w := weight[t.item] * t.pn
				sq += w * w
				figures[k] = figures[k] || figureStem[t.item]
			}
		}
		wnorm[k] = math.Sqrt(sq)
	}
	dot := make([]float64, len(all))     // with the sentence being aligned
	seen := make([]bool, len(all))       // touched: sharing a feature with it
	wdot := make([]float64, len(all))    // the same, weighted
	shared := make([]int32, len(all))    // features shared with it
	sameFigure := make([]bool, len(all)) // a figure shared with it
	predicate := make([]bool, len(all))  // a word past names and figures shared with it
	entities := make([]int8, len(all))   // 1 when known to share too few names with it
	rare := make([]int32, len(all))      // rare features shared with it (rareSentences)
	rareFigure := make([]bool, len(all)) // a rare distinctive figure shared with it (distinctiveFigure)
	specific := make([]bool, len(all))   // a word past names, figures and countedNouns shared with it
	rareIn := rareSentences(len(all))
	var touched []int32
	var groups uniqueGroups
	var echoed map[[2]int]bool // sentences whose quoted words another outlet quotes (quotedElsewhere), read when first needed
	sharedActs := c.actsCarriedElsewhere()
	stamp, tick := make([]int, len(outletIDs)), 0 // writtenElsewhere's outlets seen, per feature
	byOutlet := map[int32]float64{}               // writtenElsewhere's weight per outlet, reused
	voices := make([][]int, len(c.Articles))      // per article, its sentences' quotations (sentenceQuotes)
	for k, s := range all {
		an := c.Articles[s.ai]
		if len(s.f.stems) < 4 || sourcingNote(an.Article.Slice(an.Article.Sentences[s.si])) || headingLine(an.Article.Text, an.Article.Sentences[s.si]) || leadLine(an.Article.Text, an.Article.Sentences[s.si]) {
			continue // too short to say anything about (headline fragments, "he said."), a note on the sources, or a heading or caption
		}
		// Rarest stems first: a counterpart usually shares one, and the
		// search stops at the first counterpart, before the long lists
		// of common words. A partial dot product only grows, so a pair
		// that aligns on part of it aligns on all of it.
		slices.SortFunc(terms[k], func(a, b stemCount) int {
			return cmp.Or(cmp.Compare(len(postings[a.item]), len(postings[b.item])), cmp.Compare(a.item, b.item))
		})
		touched = touched[:0]
		found, maybe := false, false
		if echoed == nil {
			echoed = c.quotedElsewhere()
		}
		if echoed[[2]int{s.ai, s.si}] {
			continue // the same words quoted in another outlet
		}
	search:
		for _, t := range terms[k] {
			if len(postings[t.item]) > common {
				break // this stem and the rest are too common to count
			}
			for _, p := range postings[t.item] {
				if int(p.outlet) == s.outlet {
					continue
				}
				o := p.item
				if !seen[o] {
					seen[o] = true
					touched = append(touched, o)
				}
				dot[o] += t.n * p.n // counts: the sum is exact in any order
				if t.pn > 0 && p.pn > 0 {
					w := weight[t.item]
					wdot[o] += w * w * t.pn * p.pn
					shared[o]++
					sameFigure[o] = sameFigure[o] || figureStem[t.item]
					predicate[o] = predicate[o] || predicateKey(keyOf[t.item], s.f, all[o].f)
					if len(postings[t.item]) <= rareIn && !figureStem[t.item] && !dayStems[keyOf[t.item]] {
						rare[o]++
					}
					rareFigure[o] = rareFigure[o] || figureStem[t.item] && len(postings[t.item]) <= rareIn && distinctiveFigure(keyOf[t.item])
					specific[o] = specific[o] || predicateKey(keyOf[t.item], s.f, all[o].f) && !countedNouns[keyOf[t.item]]
				}
				cs := dot[o] / (norm[k] * norm[o])
				if cs >= alignSimilarity || cs >= alignWithNames && entities[o] == 0 && sharedNames(names[k], names[o]) >= 2 {
					found = true
					break search
				}
				otherFigures := figures[k] && figures[o] && !sameFigure[o]
				if !maybe && paraFeatures[o] >= paraphraseMinFeatures && paraphrase(wdot[o]/(wnorm[k]*wnorm[o]), int(shared[o]), sameFigure[o], otherFigures, predicate[o], s.f.negated == all[o].f.negated) {
					maybe = true // said in other words there, perhaps: the search goes on for a counterpart
				}
				if !maybe && rareFigure[o] && specific[o] && s.f.negated == all[o].f.negated {
					// "about 37,000 patients annually" and "It sees 37,000
					// patients a year": a large figure the story writes
					// almost nowhere else, with a word of what it counts,
					// is one fact; "300 people" injured and "300 people"
					// at a funeral are not (countedNouns).
					maybe = true
				}
				if !maybe && rare[o] >= rareFeaturesShared && predicate[o] && s.f.negated == all[o].f.negated && !otherFigures {
					// "including orange juice, cranberries, motorcycles" and
					// "motorcycles, orange juice and bourbon": words the story
					// writes almost nowhere else, shared by one sentence of
					// another outlet, tell one fact in two sentences.
					maybe = true
				}
				if cs >= alignWithNames {
					entities[o] = 1 // fewer than two names shared: no need to count again
				}
			}
		}
		for _, o := range touched {
			dot[o], wdot[o], shared[o], sameFigure[o], predicate[o], entities[o], seen[o], rare[o], rareFigure[o], specific[o] = 0, 0, 0, false, false, 0, false, 0, false, false
		}
		if found {
			continue
		}
		if !maybe && writtenElsewhere(terms[k], func(id int32) bool { return len(postings[id]) <= common }, func(id int32, each func(int32)) {
			if !manyOutlets[id] && (firstOutlet[id] < 0 || int(firstOutlet[id]) == s.outlet) {
				return // no other outlet writes it: the postings need no reading
			}
			tick++
			for _, p := range postings[id] {
				if p.pn > 0 && int(p.outlet) != s.outlet && stamp[p.outlet] != tick {
					stamp[p.outlet] = tick // each outlet once per feature
					each(p.outlet)
				}
			}
		}, weight, figureStem, byOutlet) {
			// Its rare words are in the other outlets, in other sentences:
			// the same fact told in other words or over two sentences.
			maybe = true
		}
		if !maybe && sharedActs.holds(s.ai, an.Article.Sentences[s.si]) {
			// The act clusters found the same speech act in another outlet
			// ("Earnest denied ..." beside "Kirby said ... was not"): said
			// there in other words, perhaps by another voice of the side.
			maybe = true
		}
		if voices[s.ai] == nil {
			voices[s.ai] = sentenceQuotes(an.Article.Text, an.quotes, an.Article.Sentences)
		}
		groups.add(c, s.ai, s.si, voices[s.ai][s.si], maybe)
	}
	return groups.result()
}

// headingLine reports whether sentence sp of txt is a paragraph of its own
// with no full stop, question or exclamation mark at its end: a headline,
// a subhead, a teaser for another story ("W.H. in political bind over
// Syria") or a photo caption ("Smoke rises above the city on Friday").
// Such a line labels content rather than reporting it: another outlet's
// counterpart is a sentence of its body, worded otherwise, and a line no
// other outlet "carries" says nothing of what the outlet left in or out.
func headingLine(txt string, sp corpus.Span) bool {
	if !ownLine(txt, sp) {
		return false
	}
	line := strings.TrimRight(txt[sp.Start:sp.End], " \t\"'\u201d\u2019)")
	return line != "" && !strings.ContainsAny(line[len(line)-1:], ".!?:;") && !strings.HasSuffix(line, "\u2026")
}

// leadLineWords is the most words of a lead line: "NPR's Michele Kelemen
// reports for our Newscast unit:" is one; a colon after a reported clause
// ("Maliki fears he could be arrested, the correspondent reported:")
// carries content of its own.
const leadLineWords = 8

// leadLine reports whether sentence sp of txt is a short sentence ending
// with a colon that closes its paragraph ("The Wall Street Journal
// reports:", "Here is the statement:", alone or after a sentence of its
// own): it introduces the passage after it, whose sentences carry the
// content, and says nothing another outlet could leave out.
func leadLine(txt string, sp corpus.Span) bool {
	if sp.Start < 0 || sp.End > len(txt) || sp.Start >= sp.End || sp.End < len(txt) && txt[sp.End] != '\n' {
		return false
	}
	line := strings.TrimSpace(txt[sp.Start:sp.End])
	return strings.HasSuffix(line, ":") && len(strings.Fields(line)) <= leadLineWords
}

// ownLine reports whether sentence sp of txt is a paragraph of its own.
func ownLine(txt string, sp corpus.Span) bool {
	if sp.Start < 0 || sp.End > len(txt) || sp.Start >= sp.End {
		return false
	}
	return (sp.Start == 0 || txt[sp.Start-1] == '\n') && (sp.End == len(txt) || txt[sp.End] == '\n')
}

// elsewhereShare is the share of a sentence's paraphrase features, each
// weighed by its rarity in the story, that the other outlets write
// somewhere in the story at which the sentence may be said there in other
// words; elsewhereOneOutlet the share one of them must write alone, so
// that words scattered over the many outlets of a large story do not add
// up to a counterpart. Hand-labelled unique sentences of nine development
// stories of abp-middle-east put them here: of the sentences past both,
// three in four had a counterpart there in full or in part, against one
// in nine of those truly carried by one outlet alone.
const (
	elsewhereShare     = 0.55
	elsewhereOneOutlet = 0.35
)

// writtenElsewhere reports whether a sentence with the features terms
// (item: the feature's id) reaches elsewhereShare of its weight in
// features the other outlets write, and elsewhereOneOutlet in one of them,
// of the features that count in the alignment (counted). writers calls
// back with each other outlet that writes a feature, once each; byOutlet
// is scratch space the caller keeps from sentence to sentence. A figure
// no other outlet writes is a fact of its own ("forty villagers" where the
// others count twelve), whatever the words around it.
func writtenElsewhere(terms []stemCount, counted func(int32) bool, writers func(id int32, each func(outlet int32)), weight []float64, figure []bool, byOutlet map[int32]float64) bool {
	var all, there float64
	clear(byOutlet)
	for _, t := range terms {
		if t.pn == 0 || !counted(t.item) {
			continue
		}
		w := weight[t.item]
		all += w
		written := false
		writers(t.item, func(o int32) {
			written = true
			byOutlet[o] += w
		})
		switch {
		case written:
			there += w
		case figure[t.item]:
			return false
		}
	}
	if all == 0 || there < elsewhereShare*all {
		return false
	}
	for _, w := range byOutlet {
		if w >= elsewhereOneOutlet*all {
			return true
		}
	}
	return false
}

// uniqueGroups gathers the sentences no other outlet carries by outlet and
// voice, in the order first seen.
type uniqueGroups struct {
	byKey map[string]*UniqueGroup
	order []string
}

// add files sentence si of article ai, spoken in quotation qi of the
// article (-1: in the outlet's own voice); maybe marks a sentence another
// outlet may say in other words.
func (u *uniqueGroups) add(c *Comparison, ai, si, qi int, maybe bool) {
	an := c.Articles[ai]
	sp := an.Article.Sentences[si]
	v := Voice{Kind: Own}
	if qi >= 0 && voicesNothing(an.Article, &Quotation{Kind: an.quotes[qi].Kind, Start: an.quotes[qi].Span.Start, End: an.quotes[qi].Span.End,
		Speaker: an.quotes[qi].Speaker, Verb: an.quotes[qi].Verb, Act: an.quotes[qi].Act, Negated: an.quotes[qi].Negated}) {
		qi = -1 // "Smith wants to be credited ...", "The changes seemed small": the outlet's own words about someone
	}
	if qi >= 0 {
		q := an.quotes[qi]
		v = Voice{Speaker: q.Speaker, Group: q.Group, Label: q.Label, Kind: Quoted}
		if q.Kind == corpus.QuoteIndirect {
			v.Kind = Paraphrase
		}
	}
	label := v.Kind.describe(v.Label)
	key := an.Outlet + "\x00" + label
	g, ok := u.byKey[key]
	if !ok {
		if u.byKey == nil {
			u.byKey = map[string]*UniqueGroup{}
		}
		g = &UniqueGroup{Outlet: an.Outlet, Voice: label, Group: v.Group}
		u.byKey[key] = g
		u.order = append(u.order, key)
	}
	e := c.evidence(ai, sp.Start, sp.End, v)
	if maybe {
		g.maybe = append(g.maybe, e)
		return
	}
	g.Sentences = append(g.Sentences, e)
}

// result is the groups, the largest first, each with the sentences that
// may be said in other words elsewhere after the others.
func (u *uniqueGroups) result() []UniqueGroup {
	out := make([]UniqueGroup, 0, len(u.order))
	for _, k := range u.order {
		g := *u.byKey[k]
		g.PossibleParaphrases = len(g.maybe)
		g.Sentences = append(g.Sentences, g.maybe...)
		g.maybe = nil
		out = append(out, g)
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].Sentences) > len(out[j].Sentences) })
	return out
}

// sharedNames counts the ids two sorted lists share.
func sharedNames(a, b []int32) int {
	n := 0
	for len(a) > 0 && len(b) > 0 {
		switch {
		case a[0] < b[0]:
			a = a[1:]
		case a[0] > b[0]:
			b = b[1:]
		default:
			n++
			a, b = a[1:], b[1:]
		}
	}
	return n
}

// sentenceQuotes finds, for each sentence, the quotation covering most of
// it (the first of equals), or -1 when none covers half of it: the voice a
// sentence is in. A quotation with no speaker (the question in "Asked
// whether ..., Roe said ...") yields to one whose speaker the sentence
// names. A sentence that names a quotation's speaker is that
// speaker's when the quotation covers a third of it: the rest is the
// attribution, the speaker and who they are ('"...," wrote Josh Blackman,
// a law professor who writes about the court.'), not the outlet's voice. A quotation overlaps a run of sentences of which only
// the first and the last can be partly covered, so in sentences that are
// ordered and disjoint (as corpus makes them) each quotation is weighed
// against at most two sentences and paints the ones it holds whole,
// instead of every quotation being weighed against every sentence.
func sentenceQuotes(txt string, qs []quoteInfo, sents []corpus.Span) []int {
	out := make([]int, len(sents))
	for i := range out {
		out[i] = -1
	}
	if len(qs) == 0 {
		return out
	}
	for i, s := range sents {
		if s.Start > s.End || i > 0 && sents[i-1].End > s.Start {
			for i, s := range sents {
				out[i] = mostOverlap(txt, qs, s)
			}
			return out
		}
	}
	whole := make([]int, len(sents)) // the first quotation holding the sentence whole, -1 if none
	part := make([]int, len(sents))  // the longest partial overlap and its quotation
	partQuote := make([]int, len(sents))
	named := make([]int, len(sents)) // the longest partial overlap of a quotation that speaks the sentence (speaksSentence)
	namedQuote := make([]int, len(sents))
	next := make([]int, len(sents)+1) // the next sentence not yet painted whole, path-compressed
	for i := range sents {
		whole[i], partQuote[i], namedQuote[i], next[i] = -1, -1, -1, i
	}
	next[len(sents)] = len(sents)
	unpainted := func(i int) int {
		for next[i] != i {
			next[i] = next[next[i]]
			i = next[i]
		}
		return i
	}
	for qi, q := range qs {
		first := sort.Search(len(sents), func(k int) bool { return sents[k].End > q.Span.Start })
		last := sort.Search(len(sents), func(k int) bool { return sents[k].Start >= q.Span.End }) - 1
		if first > last {
			continue
		}
		holds := func(k int) bool { return q.Span.Start <= sents[k].Start && sents[k].End <= q.Span.End }
		lo, hi := first, last
		for _, k := range []int{first, last} {
			if holds(k) {
				continue
			}
			if k == first {
				lo = first + 1
			} else {
				hi = last - 1
			}
			ov := min(q.Span.End, sents[k].End) - max(q.Span.Start, sents[k].Start)
			if ov > part[k] {
				part[k], partQuote[k] = ov, qi
			}
			if ov > named[k] && speaksSentence(txt, q, sents[k], ov) {
				named[k], namedQuote[k] = ov, qi
			}
		}
		for k := unpainted(lo); k <= hi; k = unpainted(k + 1) {
			whole[k] = qi
			next[k] = k + 1
		}
	}
	for k, s := range sents {
		switch {
		case s.Len() == 0:
		case whole[k] >= 0:
			out[k] = whole[k]
		case partQuote[k] >= 0 && part[k]*2 >= s.Len() && (namedQuote[k] < 0 || qs[partQuote[k]].Speaker != ""):
			out[k] = partQuote[k]
		case namedQuote[k] >= 0:
			out[k] = namedQuote[k]
		}
	}
	return out
}

// speaksSentence reports whether sentence s, which quotation q overlaps
// by ov bytes, is the speaker's although q covers less than half of it:
// the sentence names q's speaker (q being someone's words, not a scare
// quote), and q covers a third of it, or opens it with the cue and the
// speaker right after, or q with its speaker and cue covers half ('Dmitry Bam, a law professor who has written on recusals,
// said "there is little question."'). "Trump, who said the deal was dead,
// signed the bill on Tuesday in the Oval Office" stays the outlet's. So is
// a sentence that the quotation and its attribution close after a comma
// (closingSpeech): the words before are the setting of the speech.
func speaksSentence(txt string, q quoteInfo, s corpus.Span, ov int) bool {
	sp := q.SpeakerSpan
	if q.Speaker == "" || q.Kind == corpus.QuoteScare || sp.Start >= sp.End || sp.Start < s.Start || sp.End > s.End {
		return false
	}
	if ov*3 >= s.Len() {
		return true
	}
	if v := q.VerbSpan; q.Kind == corpus.QuoteDirect && q.Span.Start-s.Start <= 4 && v.Start >= q.Span.End && v.Start-q.Span.End <= 4 && sp.Start >= v.End && sp.Start-v.End <= 2 {
		// '"He's venting," said Aaron Miller, a former negotiator for
		// presidents of both parties.': the sentence opens with the
		// quotation, and its attribution and who the speaker is follow.
		return true
	}
	if v := q.VerbSpan; q.Kind == corpus.QuoteDirect && q.Span.Start-s.Start <= 4 && v.Start < v.End && sp.Start >= q.Span.End && sp.Start-q.Span.End <= 4 && v.Start >= sp.End && v.Start-sp.End <= 2 &&
		s.End <= len(txt) && v.End <= s.End && !newClause(txt[v.End:s.End]) {
		// '"Yikes," one former official told colleagues in an email, as
		// the report described it.': the same with the speaker before
		// the cue; the rest is where and to whom it was said.
		return true
	}
	lo, hi := min(q.Span.Start, sp.Start), max(q.Span.End, sp.End)
	if v := q.VerbSpan; v.Start < v.End {
		lo, hi = min(lo, v.Start), max(hi, v.End)
	}
	return (min(hi, s.End)-max(lo, s.Start))*2 >= s.Len() || closingSpeech(txt, q, s, lo, hi)
}

// closingSpeech reports whether quotation q, with its speaker and cue
// spanning lo to hi, closes sentence s after a comma, colon or dash: 'Asked
// later whether the remark was fair, the press secretary said, "Yeah, I
// think it is."' and 'There was a note under the figures, "Totals are
// rounded," it read.' The words before are the setting of the speech (a
// question put, a document shown), not a statement of the outlet's, and a
// reader takes the sentence for a report of what was said. The cue must
// stand next to the quotation (or "that" between them), so a sentence
// that only ends on someone's words ("... and left, saying later she was
// tired") is not read so. An attribution right after its quotation
// closes the sentence whatever comes before it, a partial quotation's
// too: the sentence is reported up to it ("That's a big mistake, Roe
// told the station's political correspondent Ann Lee.").
func closingSpeech(txt string, q quoteInfo, s corpus.Span, lo, hi int) bool {
	v := q.VerbSpan
	if s.Start < 0 || s.End > len(txt) || lo < s.Start || hi > s.End || v.Start >= v.End {
		return false
	}
	sp := q.SpeakerSpan
	attrStart, attrEnd := min(v.Start, sp.Start), max(v.End, sp.End) // the cue and the speaker
	var between string
	switch {
	case attrEnd <= q.Span.Start && q.Kind != corpus.QuotePartial:
		between = txt[attrEnd:q.Span.Start] // cue first: 'said, "'
	case attrStart >= q.Span.End:
		between = txt[q.Span.End:attrStart] // quotation first: '," it read'
		if w := strings.Trim(between, " ,:\"'“”‘’"); w == "" && !strings.ContainsAny(txt[hi:s.End], "\"“”;") && !newClause(txt[hi:s.End]) &&
			!strings.Contains(txt[s.Start:q.Span.Start], "(") && (hi-lo)*3 >= s.Len() {
			// The attribution closes the sentence, with where and to
			// whom it was said after it ("tells our news desk"): all
			// before it is reported, a partial quotation's frame too
			// ('He must either "deal" with them "or step aside," Roe
			// tells our desk'). Not when the quotation is an aside in
			// brackets, nor when the quotation and its attribution are
			// under a third of the sentence: 'The regime slaughtered
			// hundreds last spring ("we had no choice," its envoy said).'
			// is the outlet's account with a speaker's words beside it.
			return true
		}
	default:
		return false
	}
	if strings.TrimRight(txt[hi:s.End], " .!?\"'”’)") != "" {
		return false // words after the attribution: the sentence goes on
	}
	if w := strings.Trim(between, " ,:\"'“”‘’"); w != "" && (q.Kind != corpus.QuoteIndirect || w != "that") {
		return false
	}
	if lo == s.Start {
		return false // the cue opens the sentence: the reading by halves decides
	}
	before := strings.TrimRight(txt[s.Start:lo], " \"'“‘")
	if attrStart >= q.Span.End && (strings.HasSuffix(before, ":") || strings.Contains(before, "(") || (hi-lo)*3 < s.Len()) {
		// The quotation first: the words before are a setting when short
		// ('There was a note under the figures, "..."'), the outlet's own
		// account when long or set before a colon.
		return false
	}
	return strings.HasSuffix(before, ",") || strings.HasSuffix(before, ":") || strings.HasSuffix(before, "—")
}

// newClause reports whether the words after an attribution open a clause
// of the outlet's own with a comma and a conjunction ('"No," she said,
// and the council voted on Monday.'), a semicolon, or a comma and a
// clause of time ('"No," Roe said, as thousands of protesters stormed the
// palace.') that is no manner of the saying (', as the report described
// it').
func newClause(tail string) bool {
	if strings.Contains(tail, ";") {
		return true
	}
	for _, c := range []string{", and ", ", but ", ", while ", ", whereas ", ", so "} {
		if strings.Contains(tail, c) {
			return true
		}
	}
	for _, c := range []string{", as ", ", after ", ", before ", ", when "} {
		if _, rest, ok := strings.Cut(tail, c); ok && !sayingManner.MatchString(rest) {
			return true
		}
	}
	return false
}

// sayingManner is a clause of how the words were put ("as the report
// described it", "as she put it"), which closes an attribution.
var sayingManner = regexp.MustCompile(`(?i)^[^,;]{0,60}\b(?:described|put|reported|said|wrote|noted|recalled|told|quoted)(?: it| them| him| her)?[.!?"'”’]*\s*$`)

// mostOverlap is sentenceQuotes for one sentence, by weighing every
// quotation: for sentences out of order.
func mostOverlap(txt string, qs []quoteInfo, s corpus.Span) int {
	best, bestLen, named, namedLen := -1, 0, -1, 0
	for i, q := range qs {
		ov := min(q.Span.End, s.End) - max(q.Span.Start, s.Start)
		if ov > bestLen {
			best, bestLen = i, ov
		}
		if ov > namedLen && speaksSentence(txt, q, s, ov) {
			named, namedLen = i, ov
		}
	}
	switch {
	case best >= 0 && bestLen*2 >= s.Len() && (named < 0 || qs[best].Speaker != "" || bestLen >= s.Len()):
		return best
	case named >= 0:
		return named
	}
	return -1
}

// describe names a voice for grouping sentences: the outlet's own, or
// quoting an actor group. Speakers in no actor group are named, just not
// grouped ("House Speaker Nancy Pelosi" when the packs list no Congress
// group), so they are "other speakers", not unidentified ones.
func (k VoiceKind) describe(group string) string {
	switch {
	case k == Own:
		return "the outlet's own voice"
	case group == "":
		return "quoting or paraphrasing other speakers"
	default:
		return "quoting or paraphrasing " + group
	}
}

// KeyTerm is one word's keyness for an outlet against the rest.
type KeyTerm struct {
	Term      string  `json:"term"`
	Stem      string  `json:"stem"`
	Count     int     `json:"count"`      // in the outlet
	RestCount int     `json:"rest_count"` // in the other outlets
	Z         float64 `json:"z"`          // Fightin' Words z (informative Dirichlet prior)
	G2        float64 `json:"g2"`         // log-likelihood
	P         string  `json:"p"`          // "<.05", "<.01", "<.001", "<.0001" or "n.s."
	LogRatio  float64 `json:"log_ratio"`  // log2 of the ratio of relative frequencies
}

// KeynessTable is one outlet's most distinctive words against the rest.
type KeynessTable struct {
	Outlet string `json:"outlet"`
	// Against names the other side: "the other outlets", or one outlet
	// in a pairwise table.
	Against   string    `json:"against"`
	Words     int       `json:"words"`
	RestWords int       `json:"rest_words"`
	Terms     []KeyTerm `json:"terms"`
	Warning   string    `json:"warning,omitempty"`
}

// minKeynessWords is the size below which keyness tests have too little
// data to separate words from chance (Hardie 2014; Rayson 2008 guidance).
const minKeynessWords = 2000

// wordCounts are the content-word counts of each outlet, the input of
// every keyness table.
type wordCounts struct {
	counts  map[string]map[string]int // outlet -> stem -> count
	totals  map[string]int
	surface map[string]map[string]int // stem -> lower-case form -> count
	pooled  map[string]int
	pooledN int
}

func (c *Comparison) countWords(set *lexicon.Set) wordCounts {
	wc := wordCounts{counts: map[string]map[string]int{}, totals: map[string]int{}, surface: map[string]map[string]int{}, pooled: map[string]int{}}
	for _, an := range c.Articles {
		m := set.For(an.Article.Language)
		if wc.counts[an.Outlet] == nil {
			wc.counts[an.Outlet] = map[string]int{}
		}
		for _, t := range m.Tokens(an.Article.Text) {
			if stopwords[t.Lower] || utf8.RuneCountInString(t.Lower) < 3 || isNumber(t.Lower) {
				continue
			}
			wc.counts[an.Outlet][t.Stem]++
			wc.totals[an.Outlet]++
			wc.pooled[t.Stem]++
			wc.pooledN++
			if wc.surface[t.Stem] == nil {
				wc.surface[t.Stem] = map[string]int{}
			}
			wc.surface[t.Stem][t.Lower]++
		}
	}
	return wc
}

// keynessTable ranks the words of side A against side B (counts and sizes
// given per stem by the two functions). The prior is the pooled corpus.
func (wc wordCounts) keynessTable(label, against string, a map[string]int, n1 int, b func(string) int, n2 int) KeynessTable {
	kt := KeynessTable{Outlet: label, Against: against, Words: n1, RestWords: n2}
	if n1 < minKeynessWords || n2 < minKeynessWords {
		kt.Warning = fmt.Sprintf("only %d words here and %d in %s: below %d words a side, few differences in word frequency can be told from chance; read these as leads, not findings", n1, n2, against, minKeynessWords)
	}
	for stem, y1 := range a {
		kt.Terms = append(kt.Terms, keyTerm(stem, y1, b(stem), n1, n2, wc.pooled[stem], wc.pooledN, mostCommon(wc.surface[stem])))
	}
	sort.Slice(kt.Terms, func(i, j int) bool {
		if kt.Terms[i].Z != kt.Terms[j].Z {
			return kt.Terms[i].Z > kt.Terms[j].Z
		}
		return kt.Terms[i].Stem < kt.Terms[j].Stem
	})
	if len(kt.Terms) > 15 {
		kt.Terms = kt.Terms[:15]
	}
	return kt
}

// keyness compares each outlet with the rest; with three or more outlets it
// also compares every pair (Pairwise).
func (c *Comparison) keyness(set *lexicon.Set) []KeynessTable {
	if len(c.Outlets) < 2 {
		return nil
	}
	wc := c.countWords(set)
	var out []KeynessTable
	for _, o := range c.Outlets {
		n1 := wc.totals[o]
		out = append(out, wc.keynessTable(o, "the other outlets", wc.counts[o], n1, func(stem string) int { return wc.pooled[stem] - wc.counts[o][stem] }, wc.pooledN-n1))
	}
	if len(c.Outlets) >= 3 {
		for i, a := range c.Outlets {
			for _, b := range c.Outlets[i+1:] {
				c.Pairwise = append(c.Pairwise, wc.keynessTable(a, b, wc.counts[a], wc.totals[a], func(stem string) int { return wc.counts[b][stem] }, wc.totals[b]))
			}
		}
	}
	return out
}

// isNumber reports whether a word is a number ("2012", "3.5"): numbers are
// no outlet's choice of words, so keyness leaves them out. A decimal is one
// word since the token stream keeps "3.5" together.
func isNumber(s string) bool {
	for i, r := range s {
		if !unicode.IsDigit(r) && !((r == '.' || r == ',') && i > 0 && i < len(s)-1) {
			return false
		}
	}
	return s != ""
}

func mostCommon(m map[string]int) string {
	best, bn := "", -1
	for k, v := range m {
		if v > bn || v == bn && k < best {
			best, bn = k, v
		}
	}
	return best
}

// keyTerm computes Fightin' Words z (Monroe et al. 2008, prior = pooled
// counts), Dunning's G2 and Hardie's Log Ratio for one word.
func keyTerm(stem string, y1, y2, n1, n2, pw, pn int, term string) KeyTerm {
	aw, a0 := float64(pw), float64(pn)
	f1, f2 := float64(y1), float64(y2)
	d := math.Log((f1+aw)/(float64(n1)+a0-f1-aw)) - math.Log((f2+aw)/(float64(n2)+a0-f2-aw))
	v := 1/(f1+aw) + 1/(f2+aw)
	z := d / math.Sqrt(v)
	g2 := G2(y1, y2, n1, n2)
	lr := math.Log2(((f1 + 0.5) / float64(n1)) / ((f2 + 0.5) / float64(max(n2, 1))))
	return KeyTerm{Term: term, Stem: stem, Count: y1, RestCount: y2, Z: round2(z), G2: round2(g2), P: pOf(g2), LogRatio: round2(lr)}
}

// G2 is Dunning's log-likelihood for a word seen a times in a corpus of c
// words and b times in one of d words.
func G2(a, b, c, d int) float64 {
	fa, fb, fc, fd := float64(a), float64(b), float64(c), float64(d)
	if fc == 0 || fd == 0 {
		return 0
	}
	e1 := fc * (fa + fb) / (fc + fd)
	e2 := fd * (fa + fb) / (fc + fd)
	g := 0.0
	if fa > 0 {
		g += fa * math.Log(fa/e1)
	}
	if fb > 0 {
		g += fb * math.Log(fb/e2)
	}
	return 2 * g
}

func pOf(g2 float64) string {
	switch {
	case g2 >= 15.13:
		return "<.0001"
	case g2 >= 10.83:
		return "<.001"
	case g2 >= 6.63:
		return "<.01"
	case g2 >= 3.84:
		return "<.05"
	}
	return "n.s."
}

func round2(f float64) float64 {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	return math.Round(f*100) / 100
}

// actSentences maps an article to the starts of the act evidence in it
// whose act another outlet carries too, sorted.
type actSentences map[int][]int

// pointedActs are the acts specific enough that two outlets carrying one
// of a side report one thing: a denial, an accusation. A side's sayings
// and claims are many things, one cluster each only by their words.
var pointedActs = map[corpus.Act]bool{corpus.ActDeny: true, corpus.ActAccuse: true, corpus.ActAdmit: true, corpus.ActConfirm: true,
	corpus.ActCondemn: true, corpus.ActWarn: true, corpus.ActThreaten: true, corpus.ActDemand: true, corpus.ActPromise: true}

// actsCarriedElsewhere gathers, from the story's act clusters, the
// evidence of every pointed act that two or more outlets carry.
func (c *Comparison) actsCarriedElsewhere() actSentences {
	out := actSentences{}
	for _, cl := range c.Acts {
		if len(cl.Present) < 2 || !pointedActs[cl.Act] {
			continue
		}
		for _, evs := range cl.Present {
			for _, e := range evs {
				out[e.Article] = append(out[e.Article], e.Start)
			}
		}
	}
	for _, starts := range out {
		slices.Sort(starts)
	}
	return out
}

// holds reports whether sentence s of article ai holds the evidence of an
// act another outlet carries.
func (as actSentences) holds(ai int, s corpus.Span) bool {
	starts := as[ai]
	k, _ := slices.BinarySearch(starts, s.Start)
	return k < len(starts) && starts[k] < s.End
}

// sourcingNote reports whether a sentence only says why its sources are
// not named ("The officials spoke on condition of anonymity because they
// were not authorized to discuss the matter."): a note on the reporting,
// which every outlet words its own way, no content one outlet carries. A
// sentence with a quotation in it says more, and stays.
func sourcingNote(sentence string) bool {
	if len(sentence) > 300 || strings.ContainsAny(sentence, "\"“”") {
		return false
	}
	low := strings.ToLower(sentence)
	return strings.Contains(low, "condition of anonymity") || strings.Contains(low, "insisted on anonymity") || strings.Contains(low, "requested anonymity")
}

// sharedQuoteRun is how many words in a row two outlets' quotations must
// share to quote the same words: "just as soon not use this" in "Frankly,
// I'd just as soon not use this," and in he would "just as soon not use
// this then". Five words of a speaker's own phrasing rarely repeat by
// chance, and a quotation short in content words ("use", "soon") aligns
// on nothing else.
const sharedQuoteRun = 5

// quotedElsewhere marks, per article and sentence, the sentences that hold
// sharedQuoteRun words in a row of a direct or partial quotation that a
// quotation of another outlet shares, from the same speaker: the same words
// quoted there, a counterpart whatever the words around them. Only the
// sentences the shared words stand in are marked: a long statement quoted
// whole may share one phrase and nothing else. A stock phrase two speakers
// both use ("at the end of the day") is no counterpart, nor is a name
// ("the Islamic Republic of Iran"): the run must hold a plain word.
func (c *Comparison) quotedElsewhere() map[[2]int]bool {
	type quoteRun struct {
		wordRun
		ai  int
		who string
	}
	type quoter struct{ outlet, who string }
	quoters := map[uint64][]quoter{} // each run of words: who quotes it, in which outlet (a few)
	var runs []quoteRun
	var toks []text.Token
	for ai, an := range c.Articles {
		for _, q := range an.Quotations {
			if q.Kind != corpus.QuoteDirect && q.Kind != corpus.QuotePartial || q.Start < 0 || q.End > len(an.Article.Text) || q.Start > q.End {
				continue
			}
			who := quotationSource(q)
			toks = text.Tokens(toks[:0], an.Article.Text[q.Start:q.End])
			for r := range wordRuns(toks, sharedQuoteRun) {
				if r.plain == 0 {
					continue // "the Islamic Republic of Iran": a name and function words
				}
				qs := quoters[r.hash]
				if len(qs) < maxRunQuoters && !slices.Contains(qs, quoter{an.Outlet, who}) {
					quoters[r.hash] = append(qs, quoter{an.Outlet, who})
				}
				r.start += q.Start
				r.end += q.Start
				runs = append(runs, quoteRun{r, ai, who})
			}
		}
	}
	out := map[[2]int]bool{}
	for _, r := range runs {
		an := c.Articles[r.ai]
		if !slices.ContainsFunc(quoters[r.hash], func(q quoter) bool {
			return q.outlet != an.Outlet && sameSource(q.who, r.who)
		}) {
			continue // no other outlet quotes these words from this speaker
		}
		sents := an.Article.Sentences
		for si := sort.Search(len(sents), func(i int) bool { return sents[i].End > r.start }); si < len(sents) && sents[si].Start < r.end; si++ {
			out[[2]int{r.ai, si}] = true
		}
	}
	return out
}

// maxRunQuoters bounds how many quoters of one run of words are kept: a
// phrase every paragraph of a hostile text repeats costs no more.
const maxRunQuoters = 8

// quotationSource is whom a quotation's words are from, as far as
// comparing two outlets' quotations needs: the side it speaks for, its
// actor group and its actor's last word (a surname), each when known, as
// one string; "" when no one is named. Two sources are one when they
// share any of these (sameSource): Britain and its foreign secretary, or
// Kerry read with his side in one outlet and without it in another.
func quotationSource(q Quotation) string {
	var keys []string
	if q.Affiliation != "" {
		keys = append(keys, "side:"+q.Affiliation)
	}
	if q.Group != "" {
		keys = append(keys, "group:"+q.Group)
	}
	if f := strings.Fields(q.Actor); len(f) > 0 {
		keys = append(keys, "name:"+strings.ToLower(f[len(f)-1]))
	}
	return strings.Join(keys, "|")
}

// sameSource reports whether two quotationSource strings may be one
// source: either names no one, or they share a key.
func sameSource(a, b string) bool {
	if a == "" || b == "" || a == b {
		return true
	}
	for k := range strings.SplitSeq(a, "|") {
		for l := range strings.SplitSeq(b, "|") {
			if k == l {
				return true
			}
		}
	}
	return false
}

// wordRun is a run of words in a row: a hash of its words and where it
// starts and ends.
type wordRun struct {
	hash       uint64
	start, end int
	plain      int // its lower-case words that are no function words
}

// wordRuns yields each run of n words in a row among toks, its words
// lower-cased and apostrophes of either kind alike, with how many of them
// are plain words (lower case, no function word).
func wordRuns(toks []text.Token, n int) iter.Seq[wordRun] {
	return func(yield func(wordRun) bool) {
		var words []text.Token
		var forms [][]byte
		for _, t := range toks {
			if t.IsWord() {
				words = append(words, t)
				forms = append(forms, []byte(strings.ReplaceAll(strings.ToLower(t.Form), "\u2019", "'")))
			}
		}
		h := fnv.New64a()
		for i := 0; i+n <= len(words); i++ {
			h.Reset()
			for _, f := range forms[i : i+n] {
				h.Write(f)
				h.Write([]byte{0})
			}
			plain := 0
			for k, w := range words[i : i+n] {
				if !text.Capitalised(w.Form) && !stopwords[string(forms[i+k])] {
					plain++
				}
			}
			if !yield(wordRun{h.Sum64(), words[i].Start, words[i+n-1].End, plain}) {
				return
			}
		}
	}
}
