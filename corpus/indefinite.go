package corpus

import "strings"

// This file reads the unnamed people a story brings in as the subject of a
// clause ("one jihadist addresses the camera", "a masked man stepped
// forward", "one of the gunmen shouted"): a later "he says" means that
// person, the nearest one, not an official named paragraphs before.

// indefiniteDeterminers open a phrase about someone not named: "a man",
// "an officer", "one militant".
var indefiniteDeterminers = fieldSet(`a an one`)

// maxIndefiniteModifiers bounds the lower-case words between the
// determiner and the person noun: "a masked young man".
const maxIndefiniteModifiers = 3

// indefinitePersonNoun reports whether lower-case token k names one
// person by its class or by an ending that only people's nouns have
// ("jihadist", "gunman", "Libyan"); the "-er" and "-or" endings are left
// out here, as "a letter", "a monitor" and "a computer" are no one.
func (a *attributor) indefinitePersonNoun(k int) bool {
	t := a.toks[k]
	if t.kind != tokWord || t.upper || t.is(wPlural) || possessive(a.word(k)) {
		return false
	}
	if t.is(wPerson) {
		return true
	}
	w := strings.ToLower(a.word(k))
	for _, suffix := range []string{"man", "woman", "ist", "ian", "person"} {
		if len(w) > len(suffix)+2 && strings.HasSuffix(w, suffix) {
			return true
		}
	}
	return false
}

// indefinitePeopleNoun reports whether lower-case token k names people in
// the plural: "militants", "gunmen", "jihadists".
func (a *attributor) indefinitePeopleNoun(k int) bool {
	t := a.toks[k]
	if t.kind != tokWord || t.upper || possessive(a.word(k)) {
		return false
	}
	if t.is(wPlural) && t.is(wRole) {
		return true
	}
	w := strings.ToLower(a.word(k))
	for _, suffix := range []string{"men", "women", "ists", "ians"} {
		if len(w) > len(suffix)+2 && strings.HasSuffix(w, suffix) {
			return true
		}
	}
	return false
}

// sequenceAdverbs stand between a subject and its verb: "a man then
// stepped forward", "one guard also shouted".
var sequenceAdverbs = fieldSet(`then also later just still again once already first initially repeatedly reportedly`)

// verbAfterSubject reports whether token k reads as the finite verb of
// the clause a subject before it opens, in the active voice: a modal, a
// "has" or "had" not before "been", or a lower-case word ending in "s" or
// "ed" that is no preposition, determiner, time or pronoun ("addresses",
// "stepped"). A form of "be" is none: "a man was arrested" is done to.
func (a *attributor) verbAfterSubject(k, hi int) bool {
	for k < hi && a.toks[k].kind == tokWord && !a.toks[k].upper && (a.toks[k].adverb || sequenceAdverbs[strings.ToLower(a.word(k))]) {
		k++ // "one jihadist then addresses"
	}
	if k >= hi || a.toks[k].kind != tokWord || a.toks[k].upper {
		return false
	}
	w := strings.ToLower(a.word(k))
	switch w {
	case "would", "will", "could", "can", "did", "does":
		return true
	case "is", "was", "are", "were":
		// "A man was arrested", "a soldier was killed", "a man is in
		// critical condition": what happens to someone, or a state, does
		// not bring in a speaker.
		return false
	case "has", "had":
		return k+1 < hi && !a.lowerWordIs(k+1, "been") // "a man had fired", not "had been wounded"
	}
	if a.toks[k].is(wPrep|wDet|wTime|wPronoun|wLeadIn|wRole) || possessive(w) || strings.HasSuffix(w, "ss") {
		return false
	}
	return strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed")
}

// indefiniteActor returns the last phrase in sentence [lo, hi) that names
// one unnamed person as the subject of a clause: "one jihadist" in "They
// kneel as one jihadist addresses the camera", "One of the militants" in
// "One of the militants in the video makes ...". It is empty when there
// is none, when the sentence holds a reporting verb (the phrase is inside
// what someone reports, "Roe said a guard had fired", or the saying's own
// speaker reading remembers whom it finds), when it stands inside quotation
// marks, and when a person named by name follows it in the sentence ("A
// reporter asked Senator Roe ...": the one asked answers).
func (f *quoteFinder) indefiniteActor(a *attributor, lo, hi int) phrase {
	var found phrase
	for k := lo; k < hi; k++ {
		t := a.toks[k]
		if t.kind != tokWord {
			continue
		}
		if a.speechVerb(k, false) {
			// What follows is reported; a saying after the phrase has a
			// speaker reading of its own, which remembers whom it finds.
			return phrase{}
		}
		if !found.empty() && k >= found.to && t.upper && k > lo && (f.persons[personKey(a.word(k))] || a.namedPersonAt(k, hi)) {
			return phrase{}
		}
		if !indefiniteDeterminers[strings.ToLower(a.word(k))] || !a.subjectSlotAt(k, lo) {
			continue
		}
		if np := a.indefinitePhraseAt(k, hi); !np.empty() && !f.insideQuote(f.pairs, a.span(np)) {
			found = np
			k = np.to - 1
		}
	}
	return found
}

// clauseJoiners open a clause whose subject follows them: "They kneel as
// one jihadist addresses the camera", "and a man shouted".
var clauseJoiners = fieldSet(`and but as while when whereas because after before since until then so`)

// subjectSlotAt reports whether token k, in the sentence from lo, may open
// a clause's subject: the sentence's start, a token after punctuation, or
// one after a word that joins a clause ("as", "and", "while"). After a
// preposition or a verb ("regarding one of the critics", "saw a man") it
// is an object.
func (a *attributor) subjectSlotAt(k, lo int) bool {
	if k == lo || a.toks[k-1].kind != tokWord {
		return true
	}
	return clauseJoiners[strings.ToLower(a.word(k-1))]
}

// namedPersonAt reports whether capitalised token k opens a name of two
// or more words that reads as a person's ("Senator Tom Roe").
func (a *attributor) namedPersonAt(k, hi int) bool {
	np := a.nameForward(k, hi)
	return np.from == k && np.to-np.from >= 2 && a.toks[np.to-1].upper && a.isPersonLike(np)
}

// indefinitePhraseAt reads the phrase an indefinite determiner at token k
// opens when it names one person who is a clause's subject: "a masked
// man" before "stepped", "one of the militants" (past a short place, "in
// the video") before "makes". Empty otherwise.
func (a *attributor) indefinitePhraseAt(k, hi int) phrase {
	j := k + 1
	if a.lowerWordIs(k, "one") && j+1 < hi && a.lowerWordIs(j, "of") && a.lowerWordIs(j+1, "the") {
		// "One of the militants (in the video) makes"
		e := j + 2
		for e < hi && e < j+2+maxIndefiniteModifiers && a.toks[e].kind == tokWord && !a.toks[e].upper && !a.indefinitePeopleNoun(e) && !a.toks[e].is(wPrep|wDet|wPronoun) {
			e++
		}
		if e >= hi || !a.indefinitePeopleNoun(e) {
			return phrase{}
		}
		np := phrase{k, e + 1}
		v := e + 1
		if v < hi && a.toks[v].is(wPrep) && !a.toks[v].upper {
			// a short place after the group: "in the video", "on the beach"
			p := v + 1
			for p < hi && p <= v+3 && a.toks[p].kind == tokWord && !a.toks[p].upper && !a.verbAfterSubject(p, hi) {
				p++
			}
			v = p
		}
		if !a.verbAfterSubject(v, hi) {
			return phrase{}
		}
		return np
	}
	for e := j; e < hi && e <= j+maxIndefiniteModifiers; e++ {
		if a.toks[e].kind != tokWord || a.toks[e].upper || a.toks[e].is(wPrep|wDet|wPronoun|wAux|wLeadIn) {
			return phrase{}
		}
		if a.indefinitePersonNoun(e) && a.verbAfterSubject(e+1, hi) {
			return phrase{k, e + 1}
		}
	}
	return phrase{}
}

// unnamedSubject makes the unnamed person a sentence brings in as a
// clause's subject (indefiniteActor) the person a later "he" or "she"
// means: "They kneel as one jihadist addresses the camera. '...,' he
// says" is the jihadist's, not the president's named in the lead.
func (f *quoteFinder) unnamedSubject(a *attributor, lo, hi int) {
	if np := f.indefiniteActor(a, lo, hi); !np.empty() {
		f.lastPerson, f.lastPersonSpan = a.str(np), a.span(np)
	}
}
