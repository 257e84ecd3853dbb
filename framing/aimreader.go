package framing

import (
	"cmp"
	"slices"
	"strings"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/text"
)

// An evaluative word is aimed at the actor it describes, read from the
// grammar of its sentence, not from what is nearest: in "angry protesters
// marched toward the embassy of Egypt" the word describes the protesters,
// and Egypt, a few words on, is no target. The readings, in order of
// precedence:
//
//   - inside a mention, before its head: the mention ("the phony Mueller
//     investigation");
//   - an attributive word: the mention that heads its noun phrase ("the
//     reckless President Jacob Zuma"), or the phrase's possessor
//     ("Trump's bombastic speech");
//   - a predicate word: the subject of its clause ("the regime is
//     brutal", "Israel was slammed by its allies");
//   - a verb: its object, when that is a mention ("Hamas taunted the
//     Kurds"), never its subject;
//   - an adverb: only the aim of the evaluative word it modifies ("a
//     brutally repressive regime").
//
// A word none of these reads is left unaimed: a wrong aim reports an
// evaluation no outlet made, a missing one only leaves a finding out.

// aimReader reads the sentences of one article around its evaluative
// words. It keeps the tokens of the last sentence read, since an
// article's hits come in order and often several to a sentence.
type aimReader struct {
	az       *text.Analyzer
	art      *corpus.Article
	ms       []aimCandidate // the article's aimable mentions, by start
	sentence int            // the sentence toks holds, or -1
	toks     []text.Token   // its tokens, at article offsets
	near     []aimCandidate // its mentions, by start
	longest  int            // the byte length of its longest mention
	words    []int          // the starts of the article's evaluative words, sorted
}

// load reads the sentence of a hit into toks and near.
func (r *aimReader) load(h Hit) bool {
	sents := r.art.Sentences
	si := h.Sentence
	if si < 0 || si >= len(sents) || !sents[si].Contains(h.Start) {
		si = r.art.SentenceAt(h.Start)
	}
	if si < 0 {
		return false
	}
	if si == r.sentence {
		return true
	}
	st, en := max(0, sents[si].Start), min(len(r.art.Text), sents[si].End)
	if st >= en {
		return false
	}
	r.toks = r.az.Tokens(r.toks[:0], r.art.Text[st:en])
	for k := range r.toks {
		r.toks[k].Start += st
		r.toks[k].End += st
	}
	lo, _ := slices.BinarySearchFunc(r.ms, st, func(a aimCandidate, at int) int { return cmp.Compare(a.m.Start, at) })
	hi, _ := slices.BinarySearchFunc(r.ms, en, func(a aimCandidate, at int) int { return cmp.Compare(a.m.Start, at) })
	r.near, r.sentence = r.ms[lo:hi], si
	r.longest = 0
	for k := range r.near {
		r.longest = max(r.longest, r.near[k].m.End-r.near[k].m.Start)
	}
	return true
}

// startingFrom returns the index of the first mention of the sentence
// that starts at or after byte at. The mentions are sorted by start, so
// a word looks only at those that may hold it or begin at it, and a long
// sentence of many mentions is not rescanned for each of its words.
func (r *aimReader) startingFrom(at int) int {
	i, _ := slices.BinarySearchFunc(r.near, at, func(a aimCandidate, at int) int { return cmp.Compare(a.m.Start, at) })
	return i
}

// endingIn returns the sentence's mentions that may end after byte lo
// and at or before byte hi: those that start before hi, and no further
// back from lo than the longest mention's length.
func (r *aimReader) endingIn(lo, hi int) []aimCandidate {
	return r.near[r.startingFrom(lo+1-r.longest):r.startingFrom(hi)]
}

// span returns the first and last token of a hit, which must start and end
// on token bounds.
func (r *aimReader) span(h Hit) (int, int, bool) {
	hs, found := slices.BinarySearchFunc(r.toks, h.Start, func(t text.Token, at int) int { return cmp.Compare(t.Start, at) })
	if !found {
		return 0, 0, false
	}
	he := hs
	for he+1 < len(r.toks) && r.toks[he+1].End <= h.End {
		he++
	}
	return hs, he, r.toks[he].End == h.End
}

// aim returns the mention an evaluative word (not an adverb) describes, or
// nil.
func (r *aimReader) aim(h Hit) *aimCandidate {
	if !r.load(h) {
		return nil
	}
	hs, he, ok := r.span(h)
	if !ok {
		return nil
	}
	if r.negated(hs) {
		return nil
	}
	l := r.toks[hs].Lower
	if (pastForm(l) || strings.HasSuffix(l, "ing")) && corpus.IsCueWord(l) && !judgingVerbs[r.toks[hs].Stem] && !r.verbAt(hs) {
		// A reported act before its noun ("a threatened offensive", "the
		// alleged plot") says what was said of it, not what it is.
		return nil
	}
	// A noun before a noun forms a compound ("corruption charges"): it
	// names a kind of the head, it does not describe it.
	compound := hs == he && nounShaped(l)
	if m, inside := r.within(h); inside {
		if compound {
			return nil
		}
		return m
	}
	// A capitalised word inside its sentence is part of a name or title
	// ("Rear Admiral", "Radical Islamic Terrorism"), no description.
	if hs > 0 && text.Capitalised(r.toks[hs].Form) && slices.ContainsFunc(r.toks[:hs], text.Token.IsWord) {
		return nil
	}
	if r.verbAt(hs) {
		// A verb that judges its object ("slammed", "taunting") aims at
		// it, and in the passive at the subject ("Israel was slammed");
		// one that acts on it ("threatened", "murdered") judges no one.
		if !judgingVerbs[r.toks[hs].Stem] {
			return nil
		}
		// Only a past participle after a linking verb is a passive; a
		// progressive ("Chile is mocking Egypt") judges its object.
		if pastForm(l) {
			if m := r.subjectOfPredicate(hs); m != nil {
				return m
			}
		}
		return r.object(he + 1)
	}
	if !compound && !r.afterCopula(hs) {
		if m := r.headAfter(he + 1); m != nil {
			return m
		}
	}
	if m := r.possessorBefore(hs); m != nil && !r.possessesPerson(he) {
		return m
	}
	return r.subjectOfPredicate(hs)
}

// adverbAim returns the aim of the evaluative word an adverb modifies: the
// word right after it ("brutally repressive"). An adverb of a verb or a
// clause ("sharply criticised", "freely") describes how something was
// done, no actor.
func (r *aimReader) adverbAim(h Hit, aimed map[int]*aimCandidate) *aimCandidate {
	if !r.load(h) {
		return nil
	}
	_, he, ok := r.span(h)
	if !ok || he+1 >= len(r.toks) || r.verbAt(he+1) {
		// Before a verb ("Chile savagely mocked Egypt") the adverb tells
		// how the subject acted, and the verb's object is no target.
		return nil
	}
	return aimed[r.toks[he+1].Start]
}

// within reports whether the word lies inside a mention and, when it
// modifies the mention's head, returns the mention. A word that ends a
// mention is its head or name ("acts of aggression", "the regime"): the
// label the naming tables count, aimed at no one.
func (r *aimReader) within(h Hit) (*aimCandidate, bool) {
	var in *aimCandidate
	near := r.near[r.startingFrom(min(h.Start, h.End-r.longest)):r.startingFrom(h.Start+1)]
	for k := range near {
		m := near[k].m
		if m.Start > h.Start || h.End > m.End {
			continue
		}
		if h.End == m.End || text.Capitalised(h.Surface) && text.Capitalised(m.Surface) {
			return nil, true // a head, or a word of a name ("Steadfast Iron")
		}
		if in == nil && !m.Part {
			in = &near[k]
		}
	}
	return in, in != nil
}

// startingAt returns a mention starting at the token k that ends its noun
// phrase, or nil.
func (r *aimReader) startingAt(k int) *aimCandidate {
	if k < 0 || k >= len(r.toks) {
		return nil
	}
	at := r.toks[k].Start
	for i := r.startingFrom(at); i < len(r.near) && r.near[i].m.Start == at; i++ {
		if m := r.near[i].m; !m.Part && r.endsPhrase(m.End) {
			return &r.near[i]
		}
	}
	return nil
}

// endingAt returns a mention ending where token k ends, or nil.
func (r *aimReader) endingAt(k int) *aimCandidate {
	near := r.endingIn(r.toks[k].End-1, r.toks[k].End)
	for i := range near {
		if m := near[i].m; m.End == r.toks[k].End && !m.Part {
			return &near[i]
		}
	}
	return nil
}

// maxModifiers is how many words may stand between an attributive word and
// the head of its phrase ("the reckless former Iraqi Prime Minister").
const maxModifiers = 3

// headAfter returns the mention heading the noun phrase an attributive
// word opens, reading from token k: modifiers, then a mention that ends
// the phrase. A mention that only modifies the head ("the savage Hamas
// rockets") or a phrase broken by a verb or preposition ("angry
// protesters marched toward Egypt") gives nil.
func (r *aimReader) headAfter(k int) *aimCandidate {
	if k >= len(r.toks) || r.toks[k].IsWord() && closedWord(r.toks[k].Lower) {
		return nil // "malign the deal": a verb before its object, no modifier
	}
	for j := k; j < len(r.toks) && j <= k+maxModifiers; j++ {
		if m := r.startingAt(j); m != nil {
			if j > k && !r.leadsName(j-1, m) {
				return nil
			}
			return m
		}
		if !r.modifierAt(j) {
			return nil
		}
	}
	return nil
}

// leadsName reports whether token k, between an attributive word and a
// mention, belongs to the mention's phrase: a capitalised word ("the
// reckless former Iraqi Prime Minister"), a title or role ("the reckless
// former dictator Kim"), a title's "former", or a compound's hyphen. Any
// other lower-case word may be a verb that ends the phrase of the word
// ("the brutal junta threatens Chile", "brutal storms shook Chile"), and
// no list of verb forms is complete, so the word is left unaimed.
//
// A role noun of a group or organisation passes too ("the extremist
// group Islamic State"), as does an adjective in -ic, -ical or -ous ("harsh
// economic sanctions"), and before a mention that opens with a
// lower-case title any word but a verb's form does, as it is most
// likely part of the title ("embattled prime minister Nouri al-Maliki").
func (r *aimReader) leadsName(k int, m *aimCandidate) bool {
	t := r.toks[k]
	if t.Kind == text.Punct || text.Capitalised(t.Form) {
		return true
	}
	l := strings.TrimSuffix(t.Lower, ".")
	if k > 0 && r.toks[k-1].Kind == text.Punct && r.toks[k-1].End == t.Start {
		return true // "Iran-backed"
	}
	if isTitle(l) || titlePrefixes[l] || l == "former" || corpus.IsRoleNoun(l) {
		return true
	}
	for _, suf := range []string{"ic", "ical", "ous"} {
		if len(l) > len(suf)+3 && strings.HasSuffix(l, suf) {
			return true // an adjective's ending no verb has ("harsh economic sanctions", "barbaric chemical weapons")
		}
	}
	if k+1 < len(r.toks) && r.toks[k+1].Start == m.m.Start {
		if first := r.toks[k+1]; !text.Capitalised(first.Form) && isTitle(strings.TrimSuffix(first.Lower, ".")) {
			return !pastForm(l) && !pluralShaped(l)
		}
	}
	return false
}

// modifierAt reports whether token k may stand inside a noun phrase
// before its head: a content word, or the hyphen of a compound
// ("U.S.-backed").
func (r *aimReader) modifierAt(k int) bool {
	t := r.toks[k]
	if t.Kind == text.Punct {
		return k > 0 && k+1 < len(r.toks) && text.Joined(r.toks[k-1], t, r.toks[k+1])
	}
	if !t.IsWord() || closedWord(t.Lower) || adverbShaped(t.Lower) {
		return false
	}
	// A past form opens the clause of the phrase before it, unless a
	// hyphen joins it to a modifier ("Iran-backed").
	return !pastForm(t.Lower) || k > 0 && r.toks[k-1].Kind == text.Punct
}

// endsPhrase reports whether a mention ending at byte e ends its noun
// phrase: what follows is punctuation, a function word or a verb, not a
// possessive, a compound's hyphen or another noun ("the Assad regime").
func (r *aimReader) endsPhrase(e int) bool {
	k, _ := slices.BinarySearchFunc(r.toks, e, func(t text.Token, at int) int { return cmp.Compare(t.Start, at) })
	if k > 0 && (r.toks[k-1].End > e || strings.HasSuffix(r.toks[k-1].Lower, "'s")) {
		return false // the mention ends in a possessive: a possessor ("Trump's")
	}
	if k >= len(r.toks) {
		return true
	}
	t := r.toks[k]
	switch t.Kind {
	case text.Punct:
		return !(k > 0 && k+1 < len(r.toks) && text.Joined(r.toks[k-1], t, r.toks[k+1]))
	case text.Quote:
		// An apostrophe on a plural makes it a possessor ("the Kurds’").
		return !(t.Start == e && (t.Form == "'" || t.Form == "’") && strings.HasSuffix(r.toks[k-1].Lower, "s"))
	}
	if text.Capitalised(t.Form) {
		return false
	}
	l := t.Lower
	return closedWord(l) || clauseVerbs[l] || verbAdverbs[l] || pastForm(l) || adverbShaped(l)
}

// possessorBefore returns the mention that owns the noun phrase a word
// stands in: "Trump's" in "Trump's latest bombastic speech".
func (r *aimReader) possessorBefore(hs int) *aimCandidate {
	for j := hs - 1; j >= 0 && j >= hs-1-maxModifiers; j-- {
		t := r.toks[j]
		if t.Kind == text.Quote && (t.Form == "'" || t.Form == "’") && j > 0 && r.toks[j-1].End == t.Start && strings.HasSuffix(r.toks[j-1].Lower, "s") {
			return r.endingAt(j - 1)
		}
		if t.IsWord() && (strings.HasSuffix(t.Lower, "'s")) {
			near := r.endingIn(t.Start, t.End) // the mention may end before the "'s"
			for i := range near {
				if m := near[i].m; m.End > t.Start && m.End <= t.End && !m.Part {
					return &near[i]
				}
			}
			return nil
		}
		if !r.modifierAt(j) || !r.adjectiveAt(j) {
			return nil
		}
	}
	return nil
}

// adjectiveAt reports whether token k, between a possessive and an
// evaluative word, reads as an adjective or adverb of the possessed
// phrase ("Trump's latest bombastic speech", "Iran's increasingly brutal
// crackdown"). A noun there is the possessed phrase's head, and the word
// opens another phrase ("In Chile's capital brutal riots continued"); a
// bare noun has no telling shape, so only words of an adjective's or
// adverb's shape, evaluative words, a compound's hyphen and its parts pass.
func (r *aimReader) adjectiveAt(k int) bool {
	t := r.toks[k]
	if t.Kind == text.Punct || k > 0 && r.toks[k-1].Kind == text.Punct && r.toks[k-1].End == t.Start ||
		k+1 < len(r.toks) && r.toks[k+1].Kind == text.Punct && r.toks[k+1].Start == t.End {
		return true // "so-called", "U.S.-backed"
	}
	l := t.Lower
	if adverbShaped(l) || degreeAdverbs[l] || possessedModifiers[l] || pastForm(l) {
		return true
	}
	if _, found := slices.BinarySearch(r.words, t.Start); found {
		return true // another evaluative word: "Iran's brutal crackdown"
	}
	for _, suf := range []string{"est", "ous", "ful", "ive", "less", "ish", "able", "ible", "ical", "ic"} {
		if len(l) > len(suf)+2 && strings.HasSuffix(l, suf) {
			return true
		}
	}
	return false
}

// possessedModifiers are adjectives without a telling ending that often
// stand between a possessive and the rest of its phrase ("Iran's own
// brutal crackdown", "Trump's new reckless plan").
var possessedModifiers = map[string]bool{"new": true, "own": true, "old": true, "latest": true, "recent": true, "former": true,
	"current": true, "last": true, "first": true, "next": true, "long": true, "ongoing": true, "continued": true, "renewed": true}

// possessesPerson reports whether the noun phrase whose word is token k
// names a person or group: the word itself or one of the modifiers and
// head after it ("Trump's corrupt former lawyer Michael Cohen").
// Without a tagger the head is not known for sure, and a verb may
// follow it ("Maria Okafor's corrupt brother fled"), so any person noun
// among those words keeps the possessor out.
func (r *aimReader) possessesPerson(k int) bool {
	if personHead(r.toks[k].Lower) {
		return true
	}
	for j := k + 1; j < len(r.toks) && j <= k+maxModifiers && r.modifierAt(j); j++ {
		if r.toks[j].IsWord() && personHead(r.toks[j].Lower) {
			return true
		}
	}
	return false
}

// personHead reports whether the head of a possessed phrase names a
// person or a group: in "Trump's corrupt lawyer" or "Iran's brutal
// proxies" the word describes the lawyer or the proxies, and only an act
// or thing of the possessor ("Iran's brutal crackdown", "Trump's
// bombastic speech") passes the word on to it. A person noun no list
// holds is read by its ending ("gunmen", "extremist", "politician").
func personHead(w string) bool {
	if governmentNouns[w] {
		return false // "Iran's brutal regime" is Iran's, whatever its people
	}
	one := singularNoun(w)
	for _, x := range []string{w, one} {
		if relationalNouns[x] || isTitle(x) || memberNouns[x] || armedForceNouns[x] || corpus.IsPersonNoun(x) {
			return true
		}
	}
	for _, suf := range []string{"man", "men", "woman", "women", "ist", "ists", "ian", "ians"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// relationalNouns name a person by a relation to another: in "Israel's
// greatest ally" or "Assad's harshest critics" the word describes the
// ally or the critics, not the possessor.
var relationalNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`ally allies critic critics enemy enemies friend friends partner partners rival rivals
		supporter supporters opponent opponents foe foes backer backers adversary adversaries detractor detractors
		successor predecessor neighbor neighbors neighbour neighbours victim victims proxy proxies puppet puppets
		henchman henchmen minion minions`) {
		relationalNouns[w] = true
	}
}

// maxPredicateFill is how many words may stand between a linking verb and
// the evaluative word of its predicate ("is not a very brutal").
const maxPredicateFill = 4

// subjectOfPredicate returns the subject of the clause whose predicate the
// word at token hs stands in: "the regime" in "the regime has been
// increasingly brutal", "Israel" in "Israel was slammed by its allies".
// The subject must open its clause: in "attacks on Israeli civilians are
// outrageous" the civilians are no subject.
func (r *aimReader) subjectOfPredicate(hs int) *aimCandidate {
	j, content := hs-1, 0
	for ; j >= 0 && hs-1-j < maxPredicateFill; j-- {
		l := r.toks[j].Lower
		if !r.toks[j].IsWord() {
			return nil
		}
		if predicateLeads[l] || degreeAdverbs[l] || adverbShaped(l) {
			continue
		}
		if closedWord(l) || copulas[l] || pastForm(l) || strings.HasSuffix(l, "ing") || content == 2 {
			break
		}
		content++
	}
	if j < 0 || !copulas[r.toks[j].Lower] {
		return nil
	}
	for j--; j >= 0 && linkingAuxiliaries[r.toks[j].Lower]; j-- {
	}
	if j < 0 {
		return nil
	}
	m := r.endingAt(j)
	if m == nil {
		return nil
	}
	k, found := slices.BinarySearchFunc(r.toks, m.m.Start, func(t text.Token, at int) int { return cmp.Compare(t.Start, at) })
	if !found {
		return nil
	}
	for n := 0; k > 0 && n < maxModifiers; n++ {
		l := r.toks[k-1].Lower
		if r.toks[k-1].IsWord() && (determiners[l] || !closedWord(l) && !text.Capitalised(r.toks[k-1].Form) && !pastForm(l)) {
			k--
			continue
		}
		break
	}
	if k == 0 {
		return m
	}
	t := r.toks[k-1]
	if t.Kind == text.Punct || t.Kind == text.Quote {
		return m
	}
	if t.Lower == "and" || t.Lower == "or" {
		// A coordinator opens a clause after a comma or a verb ("the
		// talks failed, and Egypt was reckless"); after a noun it joins
		// two of them into one subject ("Chile and Egypt were
		// reckless", "the talks between Chile and Egypt were reckless"),
		// which no one actor is.
		if k < 2 {
			return nil
		}
		p := r.toks[k-2]
		if p.Kind == text.Punct && (p.Form == "," || p.Form == ";") || p.IsWord() && pastForm(p.Lower) && !text.Capitalised(p.Form) {
			return m
		}
		return nil
	}
	if t.Lower == "that" && k >= 3 && r.toks[k-2].IsWord() {
		// The clause of a noun or an adjective ("the claim that ...",
		// "it is false that ...") is a thought held or judged, often to
		// deny it, not the outlet's own description; that of a verb
		// ("critics said that ...") is a report, read as the outlet's.
		if p := r.toks[k-3].Lower; determiners[p] || strings.HasSuffix(p, "'s") || copulas[p] || degreeAdverbs[p] {
			return nil
		}
	}
	if clauseOpeners[t.Lower] {
		return m
	}
	return nil
}

// object returns the mention that is the object of a verb, reading from
// token k after it: "Israel" in "threatened Israel", "the Kurds" in
// "taunting the Kurds". The subject is no target: the verb tells what it
// did, not what it is.
func (r *aimReader) object(k int) *aimCandidate {
	if k < len(r.toks) && (r.toks[k].Lower == "the" || r.toks[k].Lower == "a" || r.toks[k].Lower == "an") {
		if m := r.startingAt(k); m != nil {
			return m
		}
		k++
	}
	return r.startingAt(k)
}

// verbAt reports whether the evaluative word at token k reads as a verb:
// a past or present participle or a present form ending in "s" after its
// subject, with no article or possessive before it ("the embattled
// governor" is attributive).
func (r *aimReader) verbAt(k int) bool {
	l := r.toks[k].Lower
	if k > 0 {
		p := r.toks[k-1]
		if p.IsWord() && (determiners[p.Lower] || strings.HasSuffix(p.Lower, "'s") || p.Lower == "our" || p.Lower == "my" || p.Lower == "your") {
			return false
		}
		if p.Kind == text.Quote && (p.Form == "'" || p.Form == "’") {
			return false
		}
	}
	if pastForm(l) || len(l) > 5 && strings.HasSuffix(l, "ing") {
		return true
	}
	if k > 0 && verbLeads[r.toks[k-1].Lower] {
		return true // "to punish Syria", "could complicate", "we deplore"
	}
	// A word in "s" before an article or a name is a present verb ("the
	// video threatens Egypt"): adjectives seldom end so.
	if pluralShaped(l) && k+1 < len(r.toks) && (determiners[r.toks[k+1].Lower] || r.startingAt(k+1) != nil) {
		return true
	}
	if judgingVerbs[r.toks[k].Stem] && k+1 < len(r.toks) && (determiners[r.toks[k+1].Lower] || r.startingAt(k+1) != nil) {
		return true // "malign the deal", "mock Iran"
	}
	return pluralShaped(l) && k > 0 && (subjectPronouns[r.toks[k-1].Lower] || r.endingAt(k-1) != nil)
}

// afterCopula reports whether the word at token hs follows a linking
// verb with no article between ("the talks were brutal", "is more
// reckless"): a predicate word, which heads no noun phrase, so a name
// after it opens another clause ("The talks were brutal Chile said").
func (r *aimReader) afterCopula(hs int) bool {
	j := hs - 1
	for ; j >= 0 && hs-1-j < maxPredicateFill; j-- {
		l := r.toks[j].Lower
		if !r.toks[j].IsWord() || !(degreeAdverbs[l] || adverbShaped(l) || l == "more" || l == "most" || l == "also" || l == "still") {
			break
		}
	}
	return j >= 0 && r.toks[j].IsWord() && copulas[r.toks[j].Lower]
}

// maxNegationReach is how many words may stand between a negator and
// the word it denies ("was not at all a very reckless").
const maxNegationReach = 5

// negated reports whether a negator stands before the word at token hs
// in its clause, across auxiliaries, linking verbs, articles and
// adverbs: "Chile did not mock Egypt", "Venezuela is no longer reckless",
// "was hardly a reckless nation", "less reckless than before". A denied
// or lessened word says the outlet does not hold the actor so, and is
// left unaimed.
func (r *aimReader) negated(hs int) bool {
	for j := hs - 1; j >= 0 && j >= hs-maxNegationReach; j-- {
		t := r.toks[j]
		if !t.IsWord() {
			return false
		}
		l := t.Lower
		if negators[l] || strings.HasSuffix(l, "n't") {
			return true
		}
		if !(predicateLeads[l] || linkingAuxiliaries[l] || copulas[l] || degreeAdverbs[l] || determiners[l] ||
			adverbShaped(l) || l == "longer" || l == "do" || l == "does" || l == "did") {
			return false
		}
	}
	return false
}

// negators deny or lessen the word after them.
var negators = map[string]bool{"not": true, "never": true, "no": true, "hardly": true, "barely": true, "scarcely": true,
	"neither": true, "nor": true, "less": true, "least": true}

// nounShaped reports whether a word has a suffix only nouns have.
func nounShaped(w string) bool {
	for _, suf := range []string{"tion", "sion", "ment", "ness", "ity", "ism", "ship", "ance", "ence", "dom"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// pluralShaped reports whether a word ends in "s" as plurals and present
// verbs do, not as "-ss", "-us" and "-ous" words do.
func pluralShaped(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

// verbLeads come before a verb's bare form: the infinitive's "to", a
// modal, a negation, a personal pronoun as subject.
var verbLeads = map[string]bool{}

// adverbShaped reports whether an evaluative word is an adverb: it ends in
// "-ly" and is no noun or adjective of that ending.
func adverbShaped(w string) bool {
	w = strings.ToLower(w)
	if len(w) < 5 || !strings.HasSuffix(w, "ly") || notAdverbs[w] {
		return false
	}
	// "rally", "family", "assembly": nouns of the ending.
	return !(strings.HasSuffix(w, "ally") && len(w) < 7) && !strings.HasSuffix(w, "mily") &&
		!(strings.HasSuffix(w, "bly") && !strings.HasSuffix(w, "ably") && !strings.HasSuffix(w, "ibly"))
}

// notAdverbs are words in "-ly" that are adjectives or nouns.
var notAdverbs = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`deadly costly cowardly friendly unfriendly lonely lovely ugly elderly unlikely likely
		holy jolly silly surly burly curly early daily weekly monthly yearly orderly disorderly kindly manly womanly
		scholarly stately homely sickly worldly unworldly ghastly beastly dastardly miserly leisurely lively bully monopoly supply reply`) {
		notAdverbs[w] = true
	}
}

// closedWord reports whether a word is a function word or an adverb a
// noun phrase never holds before its head.
func closedWord(w string) bool {
	return stopwords[w] || notInNounPhrase[w] || postModifiers[w] || prepositions[w] || conjunctions[w]
}

// conjunctions join clauses or phrases: a noun phrase ends before one.
var conjunctions = map[string]bool{}

// prepositions open a phrase after a noun phrase, so none stands between
// an adjective and its head ("innocent people throughout the region").
var prepositions = map[string]bool{}

// judgingVerbs are the stems of verbs that judge their object, in words
// or in public: to slam, mock or praise someone says what the speaker
// thinks of them. A verb that acts on its object (threaten, attack,
// mislead) says nothing of what the object is.
var judgingVerbs = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`throughout across against over under into onto upon toward towards beside behind between beyond
		near amid amidst within without via per versus about along around inside outside despite except like unlike past
		following regarding concerning including among amongst through during until since`) {
		prepositions[w] = true
	}
	for _, w := range strings.Fields(`whether although though unless whereas yet nor either neither thus hence therefore as`) {
		conjunctions[w] = true
	}
	for _, w := range strings.Fields(`slam blast lambast bash hammer skewer mock deride ridicule taunt jeer rebuke chastise
		castigate denounce condemn criticize criticise decry scold berate excoriate assail malign vilify demonize demonise
		smear disparage belittle insult humiliate shame applaud praise hail laud commend salute bless absolve congratulate
		lionize lionise glorify deplore`) {
		judgingVerbs[text.Stem(w, "english")] = true
	}
}

// copulas link a subject to a predicate that describes it: a form of
// "be" or a linking verb.
var copulas = map[string]bool{}

// linkingAuxiliaries stand between a subject and its linking verb ("has
// been", "would be", "seems to be", "is not").
var linkingAuxiliaries = map[string]bool{}

// predicateLeads stand between a linking verb and its predicate's word
// ("is not a", "was the most").
var predicateLeads = map[string]bool{}

// clauseOpeners may stand before a clause's subject: conjunctions,
// relative and complement words, a reporting verb.
var clauseOpeners = map[string]bool{}

func init() {
	fill := func(set map[string]bool, words string) {
		for _, w := range strings.Fields(words) {
			set[w] = true
		}
	}
	fill(copulas, `is are was were be been being remain remains remained seem seems seemed appear appears appeared
		become becomes became look looks looked sound sounds sounded`)
	fill(linkingAuxiliaries, `has have had will would could can may might must should shall not never also still now to
		seems seemed appears appeared already always often again hasn't haven't won't wouldn't isn't wasn't`)
	fill(predicateLeads, `a an the not never more most less least no also still very increasingly`)
	fill(verbLeads, `to will would could can may might must should shall not never do does did we they i you`)
	fill(clauseOpeners, `and but or that because while although though since when if as so whether said says believes thinks where yet`)
}
