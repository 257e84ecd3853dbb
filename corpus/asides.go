package corpus

import "strings"

// writersAside reports whether the reporting verb at token i is the
// writer's own aside, which reports no one's speech: "It is worth noting
// that ...", "It bears repeating that ...", "One would think this was a
// joke". The "it" of such a sentence is
// no antecedent's, and "one" or "you" no speaker.
func (a *attributor) writersAside(i int) bool {
	j := i - 1
	for j >= 0 && a.toks[j].kind == tokWord && a.toks[j].adverb {
		j-- // "worth noting", "well worth noting", "would surely think"
	}
	if j < 0 || a.toks[j].kind != tokWord {
		return false
	}
	switch w := strings.ToLower(a.word(j)); {
	case w == "worth" || w == "bears" || w == "bear":
		return strings.HasSuffix(strings.ToLower(a.word(i)), "ing")
	case genericModals[w]:
		k := j - 1
		return k >= 0 && a.toks[k].kind == tokWord && genericSubjects[strings.ToLower(a.word(k))] && (k == 0 || a.toks[k-1].kind != tokWord || a.toks[k-1].is(wConnector))
	}
	return false
}

// genericModals and genericSubjects make the generic "one would think":
// a way of putting the writer's point, said by no one. "You could say"
// is left alone: in an interview it is the speaker's own imagined voice.
var (
	genericModals   = fieldSet(`would might could may can should must`)
	genericSubjects = fieldSet(`one`)
)

// imperativeOpener reports whether a one-word speaker phrase is a verb
// in the imperative opening its sentence, addressed to the reader: "Note
// his big concerns: ...", "Consider the words of ...", "Remember what
// she said". The word is read as a capitalised name only because it
// opens the sentence; the words after it are the object's.
func (a *attributor) imperativeOpener(np phrase) bool {
	if np.to-np.from != 1 || np.to >= len(a.toks) || !imperativeVerbs[strings.ToLower(a.word(np.from))] {
		return false
	}
	if np.from > 0 && a.toks[np.from-1].kind == tokWord {
		return false // not at a sentence's start: "Sen. Read his ..."
	}
	next := strings.ToLower(a.word(np.to))
	return a.toks[np.to].kind == tokWord && (a.toks[np.to].is(wDet) || possessivePronouns[next] || questionWords[next] || next == "this" || next == "these" || next == "that" || next == "how")
}

// imperativeVerbs are the verbs a writer opens a sentence with to point
// the reader at a passage; none is a common name.
var imperativeVerbs = fieldSet(`note consider remember recall notice read look take watch listen see imagine compare`)

// titleAbbrev reports whether token k is an abbreviated title before a
// name ("Gen.", "Adm.", "Sec."), which the role words, whole words, miss.
func (a *attributor) titleAbbrev(k int) bool {
	w := a.word(k)
	return a.toks[k].kind == tokWord && a.toks[k].upper && strings.HasSuffix(w, ".") && titleAbbrevs[strings.ToLower(strings.TrimSuffix(w, "."))]
}

// titleAbbrevs are the abbreviated titles of offices and ranks.
var titleAbbrevs = fieldSet(`gen lt col sgt capt cpl pvt adm maj cmdr cdr brig gov sen rep amb sec atty supt insp dr prof`)
