package corpus

import (
	"regexp"
	"strings"

	"github.com/framediff/framediff/gazetteer"
)

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

// bodyNamedBefore resolves a bare "the group", "the organization" or
// "the movement" to the last body named by its name in the sentences
// just before: "The biggest criticism came from the Nonaligned Movement
// ... the group said" is the Nonaligned Movement's, as "the minister"
// is the minister named before. A body's name is a run of capitalised
// words ending in a body's kind ("Movement", "Group", "Front", "Watch").
func (f *quoteFinder) bodyNamedBefore(a *attributor, np phrase) (string, bool) {
	if np.to-np.from != 2 || !a.lowerWordIs(np.from, "the") || !genericBodies[a.word(np.from+1)] {
		return "", false
	}
	start := a.from(np.from)
	lo := max(0, start-maxBodyLookBack)
	ms := bodyNameRe.FindAllStringIndex(f.text[lo:start], -1)
	if len(ms) == 0 {
		return "", false
	}
	m := ms[len(ms)-1]
	if otherGroupNamed(f.text[lo:start], m) {
		return "", false // "Hamas rejected the plan drafted by the Arab League. The group said": either
	}
	words := strings.Fields(f.text[lo+m[0] : lo+m[1]])
	for len(words) > 1 && (classOf(words[0])&(wDet|wLeadIn|wPrep) != 0 || !isUpperInitial(words[0])) {
		words = words[1:] // "Then the Arab League": the name starts after the sentence's opener
	}
	if len(words) < 2 {
		return "", false // "Group" alone, a word opening a sentence
	}
	return strings.Join(words, " "), true
}

// otherGroupNamed reports whether the stretch before "the group" names an
// armed or political group or an organisation outside the body's name
// at m: "the group" may then be either. Countries do not count: no one
// calls a state "the group" ("In a statement released by Iran, ... the
// group said" is the movement's).
func otherGroupNamed(stretch string, m []int) bool {
	g := gazetteer.Default()
	var words []string
	var starts []int
	for i := 0; i < len(stretch); {
		j := i
		for j < len(stretch) && stretch[j] != ' ' && stretch[j] != '\n' {
			j++
		}
		if j > i {
			words = append(words, strings.Trim(stretch[i:j], ",.;:()\"“”’'"))
			starts = append(starts, i)
		}
		i = j + 1
	}
	for k := 0; k < len(words); k++ {
		if words[k] == "" || !isUpperInitial(words[k]) {
			continue
		}
		e, n, ok := g.Match(words, k)
		if !ok {
			continue
		}
		if (e.Kind == gazetteer.Group || e.Kind == gazetteer.Organisation || e.Kind == gazetteer.Party) && (starts[k] < m[0] || starts[k] >= m[1]) {
			return true
		}
		k += n - 1
	}
	return false
}

// genericBodies are the nouns a body is called by after its name.
var genericBodies = fieldSet(`group organization organisation movement`)

// maxBodyLookBack bounds, in bytes, how far back bodyNamedBefore looks: a
// sentence or two.
const maxBodyLookBack = 400

// bodyNameRe matches a body's name: up to four capitalised words (or
// "of", "for", "the" inside) ending in a noun naming a body's kind.
var bodyNameRe = regexp.MustCompile(`\b(?:[A-Z][\w'’.-]*\s+(?:(?:of|for|the|and)\s+)?){1,4}(?:Movement|Group|Organization|Organisation|Front|Brigades|Alliance|League|Council|Committee|Coalition|Watch|Initiative|Institute|Foundation|Forum|Federation|Association|Network)\b`)

// documentFrom is the author named after a document that speaks: "A
// second statement, from Secretary of State Ann Roe, said ...", "The
// letter, from the harbor board, warned ...". The document carries its
// author's words, as "Roe said in a statement" does. Empty when np is no
// document or no ", from X," follows it.
func (a *attributor) documentFrom(np phrase) phrase {
	if np.empty() || !speakingDocuments[strings.ToLower(a.word(np.to-1))] {
		return phrase{}
	}
	k := np.to
	if k+3 >= len(a.toks) || !a.toks[k].punct(a.text, ',') || !a.lowerWordIs(k+1, "from") {
		return phrase{}
	}
	name := a.nameForward(k+2, len(a.toks))
	if name.from != k+2 || name.to >= len(a.toks) || !a.toks[name.to].punct(a.text, ',') || a.toks[name.to-1].kind != tokWord || !a.toks[name.to-1].upper && !a.toks[name.to-1].is(wRole) {
		return phrase{}
	}
	return name
}

// speakingDocuments are the documents that "say" their author's words.
var speakingDocuments = fieldSet(`statement statements letter message memo note email communique release`)

// citingAside reports whether "citing" at token i opens an aside set off
// by commas that names who the speaker's report comes from, before the
// sentence's own reporting verb: "CNN's Tom Hale, citing Israeli sources,
// reported that ...". The aside names people, a body or a name
// ("sources", "two senior officials", "the ministry", "Ann Roe"), no
// content: "citing the long delays" or "citing internal documents" is
// what the speaker cites, read as its own attribution.
func (a *attributor) citingAside(i int) bool {
	return !a.citedPeople(i).empty()
}

// citedPeople is the phrase after "citing" at token i that citingAside
// reads, empty when the aside is none.
func (a *attributor) citedPeople(i int) phrase {
	if !a.lowerWordIs(i, "citing") || i == 0 || !a.toks[i-1].punct(a.text, ',') {
		return phrase{}
	}
	c := i + 1
	for c < len(a.toks) && c <= i+maxCitedWords && a.toks[c].kind == tokWord {
		c++
	}
	if c == i+1 || c >= len(a.toks) || !a.toks[c].punct(a.text, ',') {
		return phrase{}
	}
	v := c + 1
	for v < len(a.toks) && a.toks[v].kind == tokWord && (a.toks[v].is(wAux) || a.toks[v].adverb) {
		v++
	}
	if v >= len(a.toks) || a.toks[v].kind != tokWord || !a.toks[v].is(wVerb|wThatClause) || a.toks[v].upper {
		return phrase{}
	}
	src := phrase{i + 1, c}
	last := a.toks[c-1]
	if !(last.is(wRole|wPerson) && (last.is(wPlural) || a.lowerWordIs(src.from, "the")) || last.upper && a.isPersonLike(src)) {
		return phrase{}
	}
	for j := src.from; j < src.to; j++ {
		if w := strings.ToLower(a.word(j)); speakingDocuments[w] || w == "report" || w == "reports" || w == "data" || w == "documents" {
			return phrase{} // "citing a report by Ann Roe": the report, what is cited
		}
	}
	return src
}

// maxCitedWords bounds the source named in a "citing" aside.
const maxCitedWords = 8

// citedSource is the source a speaker cites in an aside before the
// reporting verb, "CNN's Tom Hale, citing Israeli sources, reported that
// ...": the words are the sources', relayed by the speaker, and so the
// voice a reader hears is theirs. Empty unless np is followed by such an
// aside (citingAside).
func (a *attributor) citedSource(np phrase) phrase {
	k := np.to
	if np.empty() || k+3 >= len(a.toks) || !a.toks[k].punct(a.text, ',') {
		return phrase{}
	}
	return a.citedPeople(k + 1)
}
