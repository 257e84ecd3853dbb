package corpus

import "strings"

// labelAgentVerbs are the participles that pass a label on from the one
// named after "by": 'described by the council as "a clean sweep"'. The
// label is that agent's words, a partial quotation, not the outlet's
// distance.
var labelAgentVerbs = fieldSet(`described labeled labelled dubbed branded termed called characterized characterised portrayed nicknamed hailed denounced`)

// labelAgent returns the agent named after "by" of a labelling participle
// before the short quotation whose opening mark is at token open, in the
// sentence from lo, with the participle as its cue: 'was described by the
// palace as a "..."'. The agent must run up to the "as" and hold no
// pronoun. An agent after the quotation ('dubbed a "..." by the union') is
// not read: the attribution scorers' fixtures hold that form as a miss.
func (a *attributor) labelAgent(lo, open int) (phrase, cue) {
	// Before: participle, "by", agent, "as", an optional determiner, mark.
	k := open - 1
	if k > lo && a.toks[k].is(wDet) && !a.toks[k].is(wPronoun) {
		k--
	}
	if k > lo && a.lowerWordIs(k, "as") {
		for by := k - 2; by > lo && by >= k-8; by-- {
			if !a.lowerWordIs(by, "by") {
				continue
			}
			if np, ok := a.labelAgentPhrase(by, k); ok && a.labelVerbAt(by-1, lo) {
				return np, a.cueAt(by-1, by-1)
			}
			break
		}
	}
	return phrase{}, cue{}
}

// labelVerbAt reports whether token v, inside the sentence from lo, is a
// lower-case labelling participle.
func (a *attributor) labelVerbAt(v, lo int) bool {
	return v >= lo && a.toks[v].kind == tokWord && !a.toks[v].upper && labelAgentVerbs[strings.ToLower(a.word(v))]
}

// maxLabelAgentWords bounds the plain noun phrase read as the agent of
// "described by ... as": a determiner and a few words.
const maxLabelAgentWords = 5

// labelAgentPhrase returns the agent between "by" at token by and "as" at
// token as, when a name or role phrase fills that stretch exactly, or a
// determiner and a few plain words do.
func (a *attributor) labelAgentPhrase(by, as int) (phrase, bool) {
	np := a.nameForward(by+1, as)
	if !np.empty() && np.from == by+1 && np.to == as && !a.toks[np.from].is(wPronoun) && (a.toks[np.to-1].upper || a.toks[np.to-1].is(wRole)) {
		return np, true
	}
	// "described by the presidential palace as": between "by" and "as"
	// a few plain words after a determiner name the one who describes.
	if as-by-1 < 2 || as-by-1 > maxLabelAgentWords || !a.toks[by+1].is(wDet) || a.toks[by+1].is(wPronoun) {
		return phrase{}, false
	}
	for k := by + 2; k < as; k++ {
		if t := a.toks[k]; t.kind != tokWord || t.is(wVerb|wPronoun|wPrep|wAux) || t.adverb {
			return phrase{}, false
		}
	}
	return phrase{by + 1, as}, true
}

// passiveEcho reports whether the cue read after a quotation is a passive
// participle with its agent after "by" ('a sentiment echoed by Berlin', 'a
// view shared by many'): the phrase before it is no speaker but a noun
// the participle modifies. A speaker phrase that names someone ('a
// spokesman added by email') is left alone.
func (a *attributor) passiveEcho(sp phrase, verb cue, hi int) bool {
	if verb.span.End <= verb.span.Start || sp.empty() || a.toks[sp.to-1].upper || a.toks[sp.to-1].is(wRole) || a.toks[sp.to-1].is(wPronoun) {
		return false
	}
	v := a.tokenAt(verb.span.End-1, [2]int{0, len(a.toks)})
	if v < 0 || v+1 >= len(a.toks) || v+1 >= hi && hi > 0 || !a.lowerWordIs(v+1, "by") {
		return false
	}
	return strings.HasSuffix(strings.ToLower(a.word(v)), "ed") && !a.toks[v].upper
}
