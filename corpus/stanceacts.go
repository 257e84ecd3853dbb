package corpus

import (
	"strings"

	"github.com/framediff/framediff/text"
)

// outrageWords are the states a speaker declares to condemn what caused
// them: "I'm outraged by the attacks", "he was appalled at the verdict".
// Shock and sorrow ("shocked", "saddened") are left out: they meet a
// death or a disaster as often as a deed someone is blamed for.
var outrageWords = fieldSet(`outraged appalled horrified disgusted sickened incensed infuriated angered furious`)

// outrageCauses open what caused an outrage word's state, its target:
// "outraged by", "appalled at", "furious over", "disgusted with", or a
// clause, "appalled that".
var outrageCauses = fieldSet(`by at over with that`)

// disgraceWords judge a deed beyond the pale: "It's disgraceful that",
// "the raid was unacceptable". Said of something by a speaker, they
// condemn it as plainly as "condemned" would.
var disgraceWords = fieldSet(`disgraceful outrageous unacceptable shameful reprehensible despicable deplorable abhorrent appalling disgusting inexcusable unconscionable`)

// stanceIntensifiers may stand between the verb "be" and a stance word:
// "I am deeply outraged", "it is simply unacceptable". Words in -ly are
// taken as well; "not" and "never" are not, so a denied stance makes no act.
var stanceIntensifiers = fieldSet(`so very just truly quite really also too`)

// stanceBe are the forms of "be" a stance is declared with, contracted
// onto the subject or not; a modal ("would be unacceptable") makes it a
// hypothesis, and is left out.
var stanceBe = fieldSet(`am is are was were`)

// stanceSubjectContractions are a subject and "be" written as one word:
// "I'm", "it's", "that's".
var stanceSubjectContractions = map[string]string{
	"i'm": "i", "we're": "we", "he's": "he", "she's": "she", "they're": "they", "it's": "it", "that's": "that",
}

// maxStanceSubject bounds the words of a noun-phrase subject of a disgrace
// word ("the raid on the port was unacceptable"): a longer one is rarely
// the clause's subject alone.
const maxStanceSubject = 6

// stanceAct reads a condemnation carried by the words of a neutral saying
// rather than by its cue: the speaker declares outrage at something ("I'm
// outraged by the attacks", reported as "he was outraged by the attacks")
// or judges it disgraceful ("It's disgraceful that ...", "the raid was
// unacceptable"). Only the opening clause counts: a stance later in the
// words may be someone else's or hedged. first says the words are the
// speaker's own (a direct quotation), where the outraged subject must be
// "I" or "we"; in reported words it may be the speaker's pronoun ("he was
// outraged"). It returns the index of the token after the stance word, so
// that the caller can read a target there.
func stanceAct(content string, ts []text.Token, first bool) (int, bool) {
	word := func(k int) string {
		return strings.ReplaceAll(text.Lower(content[ts[k].Start:ts[k].End]), "’", "'")
	}
	// next skips quotation marks: 'he was "outraged" by'.
	next := func(k int) int {
		for k < len(ts) && ts[k].Kind == text.Quote {
			k++
		}
		return k
	}
	k := next(0)
	if k >= len(ts) || ts[k].Kind != text.Word {
		return 0, false
	}
	subj := word(k)
	be := false
	if s, ok := stanceSubjectContractions[subj]; ok {
		subj, be = s, true
	}
	k = next(k + 1)
	personal := subj == "i" || subj == "we" || !first && (subj == "he" || subj == "she" || subj == "they")
	expletive := subj == "it" || subj == "this" || subj == "that"
	if !personal && !expletive {
		// A noun phrase judged disgraceful: "the raid on the port was
		// unacceptable". Only a disgrace word follows it.
		if first || !nounPhraseOpener(word(0), content[ts[0].Start:ts[0].End]) {
			return 0, false
		}
		n := 1
		for k < len(ts) && ts[k].Kind == text.Word && !stanceBe[word(k)] && n < maxStanceSubject {
			w := word(k)
			if finiteAux[w] || modalWords[w] || beForms[w] || stanceSubjectEnders[w] || clauseOpeners[w] || classOf(w)&(wVerb|wThatClause|wPronoun) != 0 {
				return 0, false // "the raid that they said was unacceptable": another clause
			}
			k, n = next(k+1), n+1
		}
	}
	if !be {
		if k >= len(ts) || ts[k].Kind != text.Word || !stanceBe[word(k)] {
			return 0, false
		}
		k = next(k + 1)
	}
	for n := 0; n < 2 && k < len(ts) && ts[k].Kind == text.Word && (stanceIntensifiers[word(k)] || strings.HasSuffix(word(k), "ly")); n++ {
		k = next(k + 1)
	}
	if k >= len(ts) || ts[k].Kind != text.Word {
		return 0, false
	}
	w := word(k)
	after := next(k + 1)
	if outrageWords[w] && after+1 < len(ts) && word(after) == "and" {
		// "outraged and furious by the admission": the cause follows the pair.
		if k2 := next(after + 1); k2 < len(ts) && ts[k2].Kind == text.Word && outrageWords[word(k2)] {
			after = next(k2 + 1)
		}
	}
	switch {
	case outrageWords[w] && personal:
		// The state needs its cause: "I'm furious" alone may be at anyone.
		if after >= len(ts) || ts[after].Kind != text.Word || !outrageCauses[word(after)] {
			return 0, false
		}
	case disgraceWords[w] && !personal:
	default:
		return 0, false
	}
	if firstSentenceAsks(content, ts[k].End) {
		return 0, false // "Isn't it disgraceful?" would open otherwise; "It is unacceptable?" asks
	}
	return after, true
}

// nounPhraseOpener reports whether a clause's first word opens a noun
// phrase that may be judged: a determiner or a name ("the raid", "Norland's
// decision").
func nounPhraseOpener(lower, form string) bool {
	return classOf(lower)&wDet != 0 || text.Capitalised(form) && !subjectPronouns[lower]
}

// stanceSubjectEnders open a relative or content clause inside what
// would be a stance's subject: "the claim that the raid was unacceptable"
// judges no raid.
var stanceSubjectEnders = fieldSet(`that which who whom whose whether if`)

// stanceTarget returns the actor a stance is aimed at when a name follows
// its cause word ("outraged by Norland's decision"): the target of a cue
// standing where the cause word stands.
func stanceTarget(txt string, q *Quote, content string, ts []text.Token, after int, toks *[]text.Token) (string, Span) {
	if after >= len(ts) || ts[after].Kind != text.Word {
		return "", Span{}
	}
	at := *q
	at.VerbSpan = Span{q.Span.Start + ts[after].Start, q.Span.Start + ts[after].End}
	if strings.EqualFold(content[ts[after].Start:ts[after].End], "that") {
		return "", Span{} // a clause: what it blames is its own subject's deed, not read here
	}
	return target(txt, &at, toks)
}

// labelVerbs name or describe their object with a complement: "called
// the response disgraceful", "described the raid as outrageous",
// "labelled the rota "unacceptable"".
var labelVerbs = fieldSet(`called calls call calling labeled labelled labels labeling labelling branded brands branding described describes describing termed terms`)

// maxLabelReach bounds the words read into a label verb's words for its
// complement: the object and the complement open them, and a disgrace
// word further on is in a clause of its own.
const maxLabelReach = 12

// labelledDisgrace reports whether the words of a label verb (verb, lower
// case) give its object a disgrace word as its complement ("called the
// response "disgraceful"", "described the decision as outrageous"): a
// condemnation of the object. The word must come within the first few
// words, before any comma, "that" or "and", and not after "not" or
// "never"; a partial quotation's words are the complement alone.
func labelledDisgrace(verb, content string, ts []text.Token, partial bool) bool {
	if !labelVerbs[verb] {
		return false
	}
	// "described the raid as outrageous": a description gives its
	// complement after "as"; "described an outrageous attack" only tells
	// of one. In a partial quotation the words are the complement alone.
	as := !strings.HasPrefix(verb, "describ") || partial
	n := 0
	prev := ""
	for _, t := range ts {
		if t.Kind != text.Word {
			if t.Kind == text.Quote {
				continue
			}
			if f := content[t.Start:t.End]; f == "," || f == ";" || f == "." || f == ":" {
				return false
			}
			continue
		}
		w := text.Lower(content[t.Start:t.End])
		if disgraceWords[w] {
			return as && prev != "not" && prev != "never"
		}
		as = as || w == "as"
		if w == "that" || w == "and" || w == "but" || w == "which" || w == "who" {
			return false
		}
		if n++; n >= maxLabelReach {
			return false
		}
		prev = w
	}
	return false
}
