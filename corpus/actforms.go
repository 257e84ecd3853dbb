package corpus

import (
	"slices"
	"strings"

	"github.com/framediff/framediff/text"
)

// settingOnlyTag reports whether the words after the cue at token v, from
// c to the sentence's end at hi, say only where, when or to whom something
// was said ("Roe asked in a radio interview.", "she said during a visit to
// the port."): such a sentence is the tag of words reported elsewhere,
// most often the quotation before it that a question or exclamation mark
// closed, and reports nothing of its own. Each phrase of the setting opens
// with a preposition or a time word and holds only its noun phrase; a
// determiner anywhere else opens a new phrase ("said in Paris the union
// would strike"), and an auxiliary, a question word or a topic preposition
// ("warned on Sunday of a strike", "asked in Paris whether ...") makes the
// words the cue's own.
func (a *attributor) settingOnlyTag(v, c, hi int) bool {
	if c != v+1 || a.titleCase || a.toks[v].is(wNotSpeech) || onTopicVerbs[strings.ToLower(a.word(v))] || !a.trailingSetting(v, hi) {
		return false // (a headline's "Thinks About Trump"; "called with an offer" is a call; "commented on the visit")
	}
	end := trimEndPunct(a.toks, hi)
	for i := c; i < end; i++ {
		t := a.toks[i]
		w := strings.ToLower(a.word(i))
		if settingTopicWords[w] {
			return false
		}
		if t.upper {
			continue // a name: "in a CNN interview", "on Fox News Sunday"
		}
		if finiteAux[w] || beForms[w] || modalWords[w] || questionWords[w] {
			return false
		}
		if t.is(wDet) && i > c && !a.toks[i-1].is(wPrep) {
			return false
		}
	}
	return true
}

// onTopicVerbs take what they are about after "on": "has not commented on
// the visit", "declined to elaborate on the plan".
var onTopicVerbs = fieldSet(`comment comments commented commenting elaborate elaborates elaborated reflect reflects reflected remark remarks remarked weigh weighs weighed`)

// settingTopicWords name what was said about, not where it was said: "asked
// about the plan", "warned of a strike", "argued for a ban".
var settingTopicWords = fieldSet(`of about against over for regarding concerning whether`)

// agentActNouns name an act whose agent follows the noun after "from",
// with no "that" clause of words ("criticism from Republicans over the
// pullout", "calls from Democrats for an inquiry"), mapped to the cue the
// attribution records: a call is a demand only with "for", so it is
// recorded as "calls for". "Threats from Norland" are as often a danger
// the country poses as words it said, and are left out.
var agentActNouns = map[string]string{
	"criticism": "criticism", "condemnation": "condemnation", "condemnations": "condemnations",
	"denunciations": "denunciations", "calls": "calls for", "demands": "demands",
	"warnings": "warnings", "accusations": "accusations", "allegations": "allegations", "denials": "denials",
}

// demandNouns are the agentActNouns whose words are what is demanded,
// after "for": "calls from Democrats for more action".
var demandNouns = fieldSet(`calls demands`)

// agentTopicWords open what an act named by a noun is about, after its
// agent: "criticism from Republicans over the pullout", "warnings from
// engineers about the dam".
var agentTopicWords = fieldSet(`over about for against of`)

// agentEnders end the agent of a noun act besides a comma: a topic
// preposition, or a relative word opening a clause about the agent.
var agentEnders = fieldSet(`over about for against who which whose that amid after as`)

// nounActEnders open a clause or phrase of the writer's after what a noun
// act is about: "calls for more action amid a growing consensus that ...".
var nounActEnders = fieldSet(`amid while because despite although though following after since when as who which`)

// drawVerbs take a noun act as the object of what its subject did or
// said: "the move drew swift criticism from Republicans", "the plan
// faced calls from ...". The subject is then what the act is about.
var drawVerbs = fieldSet(`drew draws draw drawn drawing sparked sparks prompted prompts triggered triggers provoked provokes attracted attracts faced faces facing received receives earned earns`)

// agentActNoun records the acts named by a noun with their agent after
// "from" in tokens [lo, hi) ("the move drew swift criticism from
// Republicans and Democrats in Congress", "there are calls, both from
// Democrats and Republicans, for more action"): the agent makes the
// noun's act, and its words are what the act is about, after "for",
// "over", "about" or "of" past the agent, or else the subject of the verb
// that drew the act. A noun inside an attribution already found is that
// speaker's word, and a noun followed by "that" is left to nounCue.
func (f *quoteFinder) agentActNoun(a *attributor, lo, hi int) {
	end := trimEndPunct(a.toks, hi)
	stop := func(j int) bool {
		return j >= end || a.toks[j].punct(a.text, ',') || a.toks[j].punct(a.text, ';') || !a.toks[j].upper && agentEnders[strings.ToLower(a.word(j))]
	}
	for k := lo; k+2 < end; k++ {
		if t := a.toks[k]; t.kind != tokWord || t.upper {
			continue
		}
		verb, ok := agentActNouns[a.word(k)]
		cue := Span{a.from(k), a.to(k)}
		fire := !ok && a.word(k) == "fire"
		if fire {
			if ok = a.criticalFire(k, lo); ok {
				cue.Start = a.from(k - 1)
				verb = a.text[cue.Start:cue.End] // "under fire", "drew fire"
			}
		}
		if !ok || a.nounActWithheld(k, lo) {
			continue
		}
		sp, j, ok := a.nounAgentTo(k, hi, stop)
		if !ok || a.lowerWordIs(j, "that") {
			continue
		}
		words := a.nounActWords(k, j, lo, end)
		if words.empty() || fire && !a.fireReason(words.from) {
			continue
		}
		span := Span{a.from(words.from), a.to(words.to - 1)}
		if slices.ContainsFunc(f.quotes, func(q Quote) bool {
			return q.Span.Overlaps(span) || q.Span.Contains(a.from(k)) || q.Span.Overlaps(a.span(sp))
		}) {
			continue
		}
		f.quotes = append(f.quotes, Quote{Kind: QuoteIndirect, Span: span, Speaker: a.str(sp), SpeakerSpan: a.span(sp),
			Verb: verb, VerbSpan: cue})
		k = words.to
	}
}

// fireVerbs take "fire" as criticism aimed at their subject: "came under
// fire from Democrats for ...", "the plan drew fire from unions for ...".
// "Under" alone stands for the phrasal "come under".
var fireVerbs = fieldSet(`under drew draws draw drawn drawing`)

// criticalFire reports whether "fire" at token k is criticism drawn by
// the subject ("came under fire", "drew fire"), by the word before it.
// Whether it is gunfire instead is left to fireReason.
func (a *attributor) criticalFire(k, lo int) bool {
	return k > lo && a.toks[k-1].kind == tokWord && !a.toks[k-1].upper && fireVerbs[strings.ToLower(a.word(k-1))]
}

// fireReasonOpeners are the possessives that open what criticism was for:
// "for his remarks", "for their handling of the crisis".
var fireReasonOpeners = fieldSet(`his her its their our my your`)

// fireReason reports whether the words after "for" at token c, what the
// fire drawn is about, give a reason for criticism: a gerund ("for
// politicizing the issue") or a possessed deed ("for his remarks").
// Gunfire is drawn "for hours" or "for the second time", which is no
// reason, so a convoy under fire makes no act.
func (a *attributor) fireReason(c int) bool {
	if c < 1 || !a.lowerWordIs(c-1, "for") || a.toks[c].kind != tokWord {
		return false
	}
	w := strings.ToLower(a.word(c))
	return fireReasonOpeners[w] || len(w) > 5 && strings.HasSuffix(w, "ing")
}

// withholdingWords before a noun act say the act was not made, or hardly:
// "drew little criticism from", "no denials from", "without criticism
// from", "a lack of calls from".
var withholdingWords = fieldSet(`no little few without lack absence scant hardly barely never`)

// nounActWithheld reports whether the word before the noun act at token
// k, or the one before a modifier or "of" ("no swift criticism", "a lack
// of criticism"), withholds it.
func (a *attributor) nounActWithheld(k, lo int) bool {
	for j := k - 1; j >= lo && j >= k-3; j-- {
		if a.toks[j].kind != tokWord {
			return false
		}
		w := strings.ToLower(a.word(j))
		if withholdingWords[w] {
			return true
		}
		if w == "of" {
			continue
		}
		if j < k-1 {
			return false // "drew swift criticism": a modifier, then the verb
		}
	}
	return false
}

// nounActWords returns what the noun act at token k is about, its agent
// ending at token j: the noun phrase after a topic word there, to the next
// comma, a word in nounActEnders or the sentence's end (end); for a demand only one after "for".
// Without one, a noun that is the object of a draw verb is about that
// verb's subject, a plain noun phrase after a comma or the sentence's
// opening ("At a time of ..., the move drew criticism"). Empty when there
// is neither.
func (a *attributor) nounActWords(k, j, lo, end int) phrase {
	if j < end && a.toks[j].punct(a.text, ',') && j+1 < end && agentTopicWords[strings.ToLower(a.word(j+1))] {
		j++ // "calls, both from Democrats and Republicans, for more action"
	}
	demand := demandNouns[strings.ToLower(a.word(k))]
	if j < end && (demand && a.lowerWordIs(j, "for") || !demand && agentTopicWords[strings.ToLower(a.word(j))]) {
		c := j + 1
		e := c
		for e < end && !a.toks[e].punct(a.text, ',') && !a.toks[e].punct(a.text, ';') && a.toks[e].kind != tokOpen && !(e > c && nounActEnders[strings.ToLower(a.word(e))]) {
			e++
		}
		if cappedWords(a.toks[c:e]) < 2 {
			return phrase{}
		}
		return phrase{c, e}
	}
	if demand {
		return phrase{}
	}
	d := k - 1
	for d > lo && d >= k-3 && a.toks[d].kind == tokWord && !a.toks[d].upper && !drawVerbs[strings.ToLower(a.word(d))] && !a.toks[d].is(wDet|wPrep|wVerb) {
		d-- // "drew swift, bipartisan criticism": adjectives before the noun
	}
	if d < lo || !drawVerbs[strings.ToLower(a.word(d))] || a.toks[d].upper {
		return phrase{}
	}
	s := d
	for s > lo && d-s < 6 && a.toks[s-1].kind == tokWord && !a.toks[s-1].is(wPrep|wVerb|wPronoun) && !beForms[strings.ToLower(a.word(s-1))] && !finiteAux[strings.ToLower(a.word(s-1))] {
		s--
		if a.toks[s].is(wDet) {
			break
		}
	}
	if s == d || s > lo && !a.toks[s-1].punct(a.text, ',') || !a.toks[s].is(wDet) && !a.toks[s].upper {
		return phrase{} // "the decision by the council drew": the subject runs back past a preposition
	}
	return phrase{s, d}
}

// relativeActVerbs are the finite forms of the act verbs whose subject may
// be a relative pronoun standing for a name before it: "Norland, which
// denies any role in the fire", "the union, which blames the board". Plain
// saying is left out: "which says" most often reports a document's
// contents, not an act a reader would miss.
var relativeActVerbs = fieldSet(`denies denied rejects rejected disputes disputed ` +
	`accuses accused blames blamed alleges alleged ` +
	`condemns condemned denounces denounced criticizes criticized criticises criticised ` +
	`demands demanded urges urged warns warned threatens threatened insists insisted ` + rebukeVerbs)

// rareAdverbs deny or hedge the act of the verb they stand before: "who
// has rarely criticized", "which never denied".
var rareAdverbs = fieldSet(`rarely seldom never not hardly barely scarcely`)

// relativeAct records an act made in a relative clause whose subject is
// the relative pronoun, set off by a comma after a name or a speaker's
// role noun: "... short of war with Norland, which denies any role in the
// fire", "Ana Roe, who blamed the board for the delays, said ...". The
// speaker is the name; the words run from after the verb to the next
// comma or the sentence's end. The clause is the writer's aside and may
// stand inside another speaker's words, which it leaves as they are. "the
// claims, which deny ..." names no one and is left alone, as is a verb
// another attribution already reads.
func (f *quoteFinder) relativeAct(a *attributor, lo, hi int, quoted []quotePair) {
	inQuotes := insideQuoted(quoted)
	end := trimEndPunct(a.toks, hi)
	for r := lo + 2; r+2 < end; r++ {
		if w := a.word(r); w != "which" && w != "who" || !a.toks[r-1].punct(a.text, ',') || inQuotes(a.from(r)) {
			continue
		}
		v := r + 1
		if haveForms[a.word(v)] && v+1 < end {
			v++ // "which has denied"
		}
		if a.toks[v].adverb && v+1 < end {
			if rareAdverbs[a.word(v)] {
				continue // "who has rarely criticized Lee": an act seldom or never made
			}
			v++ // "which strongly denies"
		}
		if a.toks[v].kind != tokWord || a.toks[v].upper || !relativeActVerbs[a.word(v)] {
			continue
		}
		verb := a.verbPhrase(v)
		if slices.ContainsFunc(f.quotes, func(q Quote) bool { return q.VerbSpan.Overlaps(verb.span) }) {
			continue
		}
		np := a.nameBackward(r-2, lo)
		if np.empty() || np.to != r-1 || a.toks[np.from].is(wPronoun) || !a.toks[np.to-1].upper && !a.toks[np.to-1].is(wRole) || a.toks[np.to-1].is(wTime) {
			continue
		}
		c := v + 1
		e := c
		for e < end && !a.toks[e].punct(a.text, ',') && !a.toks[e].punct(a.text, ';') && a.toks[e].kind != tokOpen &&
			!(a.lowerWordIs(e, "and") && e+1 < end && pastShaped(a, e+1)) {
			e++ // (to "and" before a second verb: "who rejected him and handed Lee the lead")
		}
		if cappedWords(a.toks[c:e]) < 2 {
			continue
		}
		f.addIndirect(a, Span{a.from(c), a.to(e - 1)}, np, verb)
		r = e
	}
}

// attachingPreps join a phrase to the noun before it: "a fire at the
// pier", "an attack on the refinery", "the loss of the ferry".
var attachingPreps = fieldSet(`at on of in near`)

// blamedThing returns where the noun phrase before the relative word at
// token r begins, after lo: back to its determiner, past one phrase
// attached by attachingPreps ("a fire at the north pier"), or to the word
// after another preposition ("after attacks on oil tankers"). -1 when a
// verb, a pronoun or a mark comes first, or no noun stands there.
func (a *attributor) blamedThing(lo, r int) int {
	attached := false
	for s := r - 1; s > lo && r-s <= 10; s-- {
		t := a.toks[s]
		switch {
		case t.kind != tokWord || t.is(wVerb|wPronoun):
			return -1
		case t.is(wDet) && !attached && attachingPreps[a.word(s-1)] && s-1 > lo:
			attached = true
			s-- // on to the noun the attached phrase follows
		case t.is(wDet):
			return s
		case t.is(wPrep) && !attachingPreps[a.word(s)]:
			if s+1 >= r {
				return -1
			}
			return s + 1
		}
	}
	return -1
}

// blameForms are the forms of "blame", whose "on" names the one blamed:
// "an attack which Paris blames on Norland".
var blameForms = fieldSet(`blame blames blamed`)

// blamedOn records the accusation in a relative clause whose object is
// the relative pronoun, "blame X on Y" with X the thing before it: "an
// attack on the refinery which Paris and Berlin blame on Norland". The
// speaker is the clause's subject, one or a few names; the words are the
// noun phrase the relative pronoun follows, from its determiner; the one
// blamed, after "on", is the act's target (see target).
func (f *quoteFinder) blamedOn(a *attributor, lo, hi int, quoted []quotePair) {
	inQuotes := insideQuoted(quoted)
	end := trimEndPunct(a.toks, hi)
	for r := lo + 2; r+3 < end; r++ {
		if w := a.word(r); w != "which" && w != "that" || inQuotes(a.from(r)) {
			continue
		}
		v := r + 1
		for v < end && v <= r+5 && a.toks[v].kind == tokWord && (a.toks[v].upper || a.lowerWordIs(v, "and")) {
			v++
		}
		if v == r+1 || v+2 >= end || !blameForms[a.word(v)] || !a.lowerWordIs(v+1, "on") || !a.toks[v+2].upper || a.lowerWordIs(v-1, "and") {
			continue
		}
		verb := a.verbPhrase(v)
		if slices.ContainsFunc(f.quotes, func(q Quote) bool { return q.VerbSpan.Overlaps(verb.span) }) {
			continue
		}
		s := a.blamedThing(lo, r)
		if s < 0 {
			continue
		}
		q := Quote{Kind: QuoteIndirect, Span: Span{a.from(s), a.to(r - 1)}, Speaker: a.str(phrase{r + 1, v}),
			SpeakerSpan: a.span(phrase{r + 1, v}), Verb: verb.text, VerbSpan: verb.span}
		// The words come before the cue, where speechAct reads no target.
		after := a.text[verb.span.End:min(len(a.text), a.to(end-1))]
		if name, sp, ok := blamedOnTarget(a.text, verb.span.End, text.Tokens(nil, after)); ok {
			q.Target, q.TargetSpan = name, sp
		}
		f.quotes = append(f.quotes, q)
		r = v
	}
}

// blamedOnTarget returns the name after "on" within a few words after a
// form of "blame" whose tokens ts start at byte from of txt, in the same
// clause: "blamed the fire on Norland", "which Paris blames on Norland".
// A time after "on" ("blamed Roe on Monday") is no one blamed.
func blamedOnTarget(txt string, from int, ts []text.Token) (string, Span, bool) {
	word := func(i int) string { return txt[from+ts[i].Start : from+ts[i].End] }
	found := -1 // the last "on" before a name: "blamed the attack on Saudi Arabia on Norland"
	for i := 0; i+1 < len(ts) && i < 10; i++ {
		if ts[i].Kind != text.Word {
			break // a comma or a stop ends the clause
		}
		if k := i + 1; text.Lower(word(i)) == "on" && ts[k].Kind == text.Word && text.Capitalised(word(k)) && classOf(text.Lower(word(k)))&wTime == 0 {
			found = k
		}
	}
	if found < 0 {
		return "", Span{}, false
	}
	e := found
	for e+1 < len(ts) && ts[e+1].Kind == text.Word && text.Capitalised(word(e+1)) && !titleCaseStop(text.Lower(word(e+1))) {
		e++
	}
	sp := Span{from + ts[found].Start, from + ts[e].End}
	sp.End -= text.PossessiveLen(txt[sp.Start:sp.End])
	return txt[sp.Start:sp.End], sp, true
}

// labelParticiples give their subject a name or a standing in someone's
// view: "is considered", "was seen as", "is called".
var labelParticiples = fieldSet(`considered deemed regarded seen viewed called described labeled labelled dubbed branded termed known`)

// passiveLabel reports whether the cue before a quotation, read in tokens
// [lo, open), is a passive participle of labelParticiples after a form of
// "be" ("Norland is considered "the leading sponsor of piracy"", "was
// widely seen as "a spoiler""): its subject is the one labelled, not
// whoever labels it, so the quotation has no speaker there.
func (a *attributor) passiveLabel(verb cue, lo, open int) bool {
	if verb.span.End <= verb.span.Start {
		return false
	}
	v := a.tokenAt(verb.span.Start, [2]int{lo, open})
	if v <= lo || v >= open || !labelParticiples[strings.ToLower(a.word(v))] {
		return false
	}
	b := v - 1
	if b > lo && a.toks[b].adverb {
		b-- // "is widely seen as"
	}
	return beForms[strings.ToLower(a.word(b))]
}

// dataBeforeRelative returns the data noun phrase around the data noun at
// token k when a relative word stands between it and the end of the
// subject at token j: in "ISIS released a video that appeared to show",
// "the ministry published a report which showed", the relative clause's
// subject is the noun it follows, from its determiner ("a video", "a
// report"), not the clause from start that holds it; without a
// determiner within a few words, the noun alone ("polls that show"). ok
// is false when no relative word stands there.
func (a *attributor) dataBeforeRelative(start, k, j int) (phrase, bool) {
	r := -1
	for m := k + 1; m <= j && m <= k+3; m++ {
		if w := a.word(m); w == "that" || w == "which" {
			r = m
			break
		}
	}
	if r < 0 || r == start+1 {
		return phrase{}, false
	}
	e := r
	for e-1 > k && a.toks[e-1].is(wTime) {
		e-- // "a video Sunday that": when it was released
	}
	for s := k; s >= start && s >= k-3; s-- {
		if a.toks[s].kind != tokWord {
			break
		}
		if a.toks[s].is(wDet) {
			return phrase{s, e}, true
		}
	}
	return phrase{k, e}, true // "Sanders highlighted polls that show": the bare noun
}
