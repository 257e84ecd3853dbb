package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/gazetteer"
	"github.com/framediff/framediff/text"
)

// Act is what a speaker does with the words an attribution reports: a
// denial carried by one outlet and left out by another is a framing
// difference, a plain "said" rarely is.
type Act string

// The speech acts, from the cue and the content of an attribution.
const (
	ActSay      Act = "say"      // neutral reporting: said, told, according to
	ActClaim    Act = "claim"    // asserted against doubt: claimed, insisted, argued
	ActDeny     Act = "deny"     // denied, rejected the claims, said it was baseless
	ActAccuse   Act = "accuse"   // accused, alleged, blamed
	ActAdmit    Act = "admit"    // admitted, acknowledged, conceded
	ActConfirm  Act = "confirm"  // confirmed, verified
	ActWarn     Act = "warn"     // warned, cautioned
	ActThreaten Act = "threaten" // threatened
	ActCondemn  Act = "condemn"  // condemned, denounced, criticised
	ActDemand   Act = "demand"   // demanded, urged, called for
	ActPromise  Act = "promise"  // promised, pledged, vowed
	ActQuestion Act = "question" // asked, questioned, wondered
	ActOther    Act = "other"    // believes, hopes, feared; and every negated act
)

// actVerbs maps the lower-case reporting words to their act. Words not
// listed (said, told, added, "according to") are ActSay.
var actVerbs = func() map[string]Act {
	m := map[string]Act{}
	add := func(act Act, words string) {
		for _, w := range strings.Fields(words) {
			m[w] = act
		}
	}
	add(ActClaim, `claimed claims claim claiming insisted insists insist insisting argued argues argue arguing asserted asserts asserting contended contends maintained maintains maintain maintaining boasted`)
	add(ActDeny, `denied denies deny denying rejected rejects reject rejecting dismissed dismisses dismiss dismissing disputed disputes dispute disputing refuted refutes refute rebuffed rebuffs rebuff`)
	add(ActAccuse, `accused accuses accuse accusing alleged alleges allege blame blamed blames blaming charged`)
	add(ActAdmit, `admitted admits admit admitting acknowledged acknowledges acknowledging conceded concedes conceding confessed`)
	add(ActConfirm, `confirmed confirms confirm confirming verified affirmed affirms reaffirmed`)
	add(ActWarn, `warned warns warn warning cautioned cautions`)
	add(ActThreaten, `threatened threatens threaten threatening`)
	add(ActCondemn, `condemned condemns condemn condemning denounced denounces denouncing criticized criticised criticizes criticises criticize criticise denounce slammed slams blasted blasts decried`)
	add(ActCondemn, rebukeVerbs) // "chastised Norland for its role": a reproof is a condemnation
	add(ActDemand, `demanded demands demand demanding urged urges urge urging`)
	add(ActPromise, `promised promises pledged pledges pledging vowed vows vowing promising`)
	add(ActQuestion, `asked asks questioned questions wondered`)
	add(ActOther, `believes believed believe thinks thought hoped hopes hoping feared fears worry worried worries predicted predicts estimated estimates speculated expects expected plans planned planning wants wanted seem seems seemed appear appears appeared`)
	// A stance on the object: thanked, brought up, compared, lamented,
	// urged on; "knocked" attacks it.
	add(ActOther, `thanked referenced likened bemoaned encouraged`)
	// The nouns that name an act ("Iran's denial of", "his vow to", "the
	// board's accusation that"): the act is the same as the verb's.
	add(ActDeny, `denial denials`)
	add(ActPromise, `vow pledge promise`)
	add(ActAccuse, `accusation accusations allegation allegations`)
	add(ActClaim, `assertion assertions contention insistence`)
	add(ActWarn, `warnings`)
	add(ActCondemn, `criticism condemnation condemnations denunciations`) // "criticism from Republicans over ...
	add(ActThreaten, `threat threats`)
	add(ActCondemn, `knocked`)
	add(ActOther, attitudeWords) // "confident that", "critical of": a state of mind, not a saying
	add(ActOther, regardVerbs)   // "see Sanders as a spoiler": a view
	return m
}()

// VerbAct is the act a reporting word makes before any negation ("deny"
// for "did not deny", whose Quote.Act is ActOther): a reader of a negated
// cue can tell a withheld denial, which leaves the matter standing, from a
// withheld saying. Words not listed are ActSay.
func VerbAct(verb string) Act {
	verb = strings.ToLower(strings.TrimSpace(verb))
	if act, ok := phrasalActs[strings.TrimSuffix(verb, " that")]; ok {
		return act
	}
	if i := strings.IndexByte(verb, ' '); i >= 0 {
		verb = verb[:i]
	}
	if act, ok := actVerbs[verb]; ok {
		return act
	}
	return ActSay
}

// phrasalActs are the acts of the phrasal cues whose verb alone says
// something else: "called for" demands, "railed against" condemns, "voted
// for" acts.
var phrasalActs = func() map[string]Act {
	m := map[string]Act{}
	add := func(act Act, particles, forms string) {
		for _, f := range strings.Fields(forms) {
			for _, p := range strings.Fields(particles) {
				m[f+" "+p] = act
			}
		}
	}
	add(ActDemand, "for on", `call calls called calling`)
	add(ActDemand, "for", `push pushes pushed pushing plead pleads pleaded pleading appeal appeals appealed appealing`)
	add(ActCondemn, "against", `rail rails railed railing speak speaks spoke speaking`)
	add(ActCondemn, "fire", `under drew draws draw drawn drawing`) // "came under fire from X for ...": X's criticism (agentActNoun)
	add(ActOther, "for against", `vote votes voted voting lobby lobbies lobbied lobbying campaign campaigns campaigned campaigning advocate advocates advocated advocating`)
	// "Made the case that" argues what "made clear that" only says.
	for f := range makeForms {
		for _, frame := range []string{"the case", "the argument", "his case", "her case", "their case"} {
			m[f+" "+frame] = ActClaim
		}
	}
	return m
}()

// dismissForms are the forms of "dismiss", a denial when a speaker waves
// off what is said and a ruling when a court throws out a case.
var dismissForms = fieldSet(`dismiss dismisses dismissed dismissing`)

// courtWords head the speaker phrases of courts and judges.
var courtWords = fieldSet(`court courts judge judges tribunal justices jury`)

// courtSpeaker reports whether a speaker phrase names a court or a judge
// by its last word ("Egypt court", "a federal judge").
func courtSpeaker(speaker string) bool {
	f := strings.Fields(strings.ToLower(speaker))
	return len(f) > 0 && courtWords[strings.Trim(f[len(f)-1], ".,'’")]
}

// denialWords in the reported words make a neutral "said" a denial: "said
// the reports were baseless", "said Kyiv had failed to provide evidence".
var denialWords = fieldSet(`baseless unfounded groundless fabricated fabrication untrue false inaccurate incorrect lies lie nonsense absurd ridiculous fake categorically exaggerated overblown`)

// attributiveOnThing reports whether the denial word at token k stands
// before a noun that is no one's words ("this absurd resolution" calls a
// thing names, where "the reports were baseless" and "baseless
// accusations" deny what someone said), or is the verb "lie".
func attributiveOnThing(content string, ts []text.Token, k int) bool {
	j := k - 1 // the word before, past quotation marks: would "lie"
	for j >= 0 && ts[j].Kind != text.Word && strings.ContainsAny(content[ts[j].Start:ts[j].End], "\"“”'‘’") {
		j--
	}
	if w := text.Lower(content[ts[k].Start:ts[k].End]); (w == "lie" || w == "lies") && j >= 0 && ts[j].Kind == text.Word {
		// "the forces of evil will lie, cheat, steal": the verb, which
		// accuses, where "these are lies" denies.
		prev := text.Lower(content[ts[j].Start:ts[j].End])
		if verbLieBefore[prev] || subjectPronouns[prev] {
			return true
		}
	}
	if k+1 >= len(ts) || ts[k+1].Kind != text.Word {
		return false
	}
	var before []string // the two words before, past quotation marks
	for j := k - 1; j >= 0 && len(before) < 2; j-- {
		if ts[j].Kind == text.Word {
			before = append(before, text.Lower(content[ts[j].Start:ts[j].End]))
		} else if !strings.ContainsAny(content[ts[j].Start:ts[j].End], "\"“”'‘’") {
			break
		}
	}
	if len(before) == 2 && (before[0] == "a" || before[0] == "an") && (beForms[before[1]] || strings.HasSuffix(before[1], "'s")) {
		return false // "that is a false choice", "it's a "false choice"": a rejection of what someone put forward
	}
	next := text.Lower(content[ts[k+1].Start:ts[k+1].End])
	return !speechNouns[next] && !reportNouns[next] && classOf(next)&(wDet|wPrep|wAux|wConnector|wLeadIn|wPronoun|wVerb) == 0 && !negators[next] && len(next) > 3
}

// reportNouns beside speechNouns are what a denial word calls false: "fake
// news", "a false story", "baseless attacks on my character", "ridiculous
// conspiracy theories".
var reportNouns = fieldSet(`news story stories narrative narratives rumor rumors rumour rumours information proposition propositions idea ideas notion notions theory theories premise premises ` +
	`reporting report reports conspiracy smear smears attack attacks lawsuit lawsuits suit charge charges`)

// verbLieBefore come before "lie" the verb: "will lie", "not going to lie".
var verbLieBefore = fieldSet(`will would could can may might must should shall did do does to`)

// denialPhrases are the denials of two or three words, lower case.
var denialPhrases = []string{"not true", "not accurate", "not correct", "no evidence", "no proof", "without evidence", "failed to provide", "no basis", "no truth", "no role", "not involved", "nothing to do with"}

// conditionWords open a clause that sets a case or a place rather than
// stating a fact: "companies ... where there is no proof of a policy", "if
// there is no evidence", "unless there is no basis".
var conditionWords = fieldSet(`where if when whenever unless wherever`)

// conditionedPhrase reports whether a denial phrase, after the words
// before it (lower case, space-separated), stands in a conditional or
// relative clause: one of conditionWords within the three words before
// it, or "cases in which". Such a phrase describes a case; the speaker
// denies nothing by it.
func conditionedPhrase(before string) bool {
	ws := strings.Fields(before)
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-3; k-- {
		if conditionWords[ws[k]] || ws[k] == "which" && k > 0 && ws[k-1] == "in" {
			return true
		}
	}
	return false
}

// negators before a cue cancel its act: "Iran did not deny", "declined to
// confirm", "never admitted".
var negators = fieldSet(`not never no`)

// refusals before "to" and a cue cancel it: "refused to condemn".
var refusals = fieldSet(`refused declined failed refuses declines fails`)

// passiveAsk reports whether the word before an "asked" at byte at makes
// the speaker the one asked ("was asked to", "when asked to"): a request
// made of them, not theirs.
func passiveAsk(txt string, at int) bool {
	before := strings.TrimRight(txt[:at], " ")
	w := text.Lower(before[strings.LastIndexAny(before, " \n\t(\"“")+1:])
	if w == "also" || w == "repeatedly" || w == "then" {
		// "were also asked to": the adverb stands between.
		before = strings.TrimRight(before[:len(before)-len(w)], " ")
		w = text.Lower(before[strings.LastIndexAny(before, " \n\t(\"“")+1:])
	}
	return beForms[w] || w == "when" || w == "if" || w == "after" || w == "once" || w == "get" || w == "got"
}

// maxActContent is the most bytes of reported words read for their act:
// several sentences of a quotation, far more than a denial or a blamed
// party needs to show itself in.
const maxActContent = 2000

// classifyActs gives each attribution of an article its act and target.
func classifyActs(txt string, quotes []Quote) {
	var toks []text.Token
	var held []Span
	for i := range quotes {
		held = heldReports(quotes, i, held[:0])
		toks = speechAct(txt, &quotes[i], toks, held)
	}
}

// maxHeldLookAhead is how many attributions before and after one are
// looked at for the reports its words hold: a layered report's inner
// layers come right beside the outer one, and a sentence of thousands of
// attributions is not searched for each.
const maxHeldLookAhead = 8

// heldReports appends to held where the words of attribution i hold
// another speaker's attribution whole, from its speaker or cue to the end
// of its words ("The president said the claims are nonsense," inside
// Roe's quotation; "the ministry said ..." inside "Reuters reported that
// ..."): what is said there is the inner speaker's act, which the outer
// speaker only reports. A partial quotation lying inside another
// speaker's report is held whole: its words are the quoting speaker's
// wording of that report.
func heldReports(quotes []Quote, i int, held []Span) []Span {
	q := quotes[i]
	if q.Kind == QuoteScare {
		return held
	}
	// The inner report comes after the outer one, or before it when the
	// outer attribution closes the sentence ("The president said X, an
	// aide told reporters": the inner words are read first).
	for k := max(0, i-maxHeldLookAhead); k < len(quotes) && k <= i+maxHeldLookAhead; k++ {
		in := quotes[k]
		if k == i {
			continue
		}
		if q.Kind == QuotePartial && in.Kind == QuoteIndirect && in.Speaker != "" && !strings.EqualFold(in.Speaker, q.Speaker) &&
			in.Span.Start <= q.Span.Start && q.Span.End <= in.Span.End && in.VerbSpan.End > in.VerbSpan.Start && in.VerbSpan.End <= q.Span.Start {
			// 'Roe wrote that the mayor believed the report was "a
			// lie"': the quoted words are Roe's, inside the mayor's
			// belief, and make no act of Roe's.
			held = append(held, q.Span)
			continue
		}
		if in.Kind != QuoteIndirect || in.Speaker == "" || strings.EqualFold(in.Speaker, q.Speaker) || in.VerbSpan.End <= in.VerbSpan.Start ||
			!q.Span.Contains(in.VerbSpan.Start) || in.VerbSpan.End > q.Span.End || in.Span.Start < q.Span.Start || in.Span.End > q.Span.End {
			continue
		}
		start := in.VerbSpan.Start
		if in.SpeakerSpan.End > in.SpeakerSpan.Start && in.SpeakerSpan.Start >= q.Span.Start {
			start = min(start, in.SpeakerSpan.Start)
		}
		held = append(held, Span{start, in.Span.End})
	}
	return held
}

// blankHeld returns content, the words of an attribution starting at byte
// start, with the spans of held reports (heldReports) blanked out byte for
// byte, so that offsets into it still hold; content itself when none lies
// in it.
func blankHeld(content string, start int, held []Span) string {
	var b []byte
	for _, h := range held {
		s, e := max(0, h.Start-start), min(len(content), h.End-start)
		if s >= e {
			continue
		}
		if b == nil {
			b = []byte(content)
		}
		for j := s; j < e; j++ {
			b[j] = ' '
		}
	}
	if b == nil {
		return content
	}
	return string(b)
}

// speechAct classifies one attribution: its act, whether its cue is
// negated, and the actor it is aimed at when the text names one. Its words
// inside the held reports are another speaker's and say nothing of its act.
func speechAct(txt string, q *Quote, toks []text.Token, held []Span) []text.Token {
	q.Act = ActSay
	if q.Kind == QuoteScare {
		q.Act = ""
		return toks
	}
	verb := strings.ToLower(q.Verb)
	if i := strings.LastIndexByte(verb, ' '); i >= 0 && strings.HasSuffix(verb, " that") {
		verb = verb[:i]
	}
	phrasalAct, phrasal := phrasalActs[verb]
	if i := strings.IndexByte(verb, ' '); i >= 0 && !strings.HasPrefix(verb, "was ") && !strings.HasPrefix(verb, "is ") {
		verb = verb[:i] // "pointed out", "told reporters"
	}
	if phrasal {
		q.Act = phrasalAct
	} else if act, ok := actVerbs[verb]; ok {
		q.Act = act
	} else if cueVerbs[verb] && classOf(verb)&wThatClause != 0 {
		q.Act = ActOther // a belief only WordNet lists: "reckoned that"
	} else if q.Kind == QuotePartial && !cueVerbs[verb] && classOf(verb) == 0 && plainWord(verb) {
		q.Act = ActOther // the quotation's speaker does something else with it: "thanked Obama for "...""
	}
	if q.Act == ActDeny && dismissForms[verb] && courtSpeaker(q.Speaker) {
		q.Act = ActOther // "the court dismissed the charges": a ruling, no denial of what someone said
	}
	if q.VerbSpan.End > q.VerbSpan.Start && negatedCue(txt, q.VerbSpan.Start, &toks) {
		q.Negated, q.Act = true, ActOther
		return toks
	}
	content := txt[q.Span.Start:q.Span.End]
	if len(content) > maxActContent {
		// Reported words that run on for pages (a sentence with no full
		// stop holds thousands of attributions, each to its end) are read
		// for their act in their opening only, so that each costs a
		// bounded read instead of the rest of the sentence.
		cut := maxActContent
		for cut > 0 && !utf8.RuneStart(content[cut]) {
			cut--
		}
		content = content[:cut]
	}
	content = blankHeld(content, q.Span.Start, held)
	// The words' tokens serve every test of them below: each read them
	// afresh once, and on a sentence of thousands of fragments that was
	// most of the time spent classifying.
	toks = text.Tokens(toks[:0], content)
	if q.Act == ActQuestion && askForms[verb] && q.VerbSpan.End <= q.Span.Start && strings.HasPrefix(strings.ToLower(txt[q.VerbSpan.End:q.Span.Start]), " for") {
		q.Act = ActDemand // "asked for armored carriers": a request, not a question
	}
	if q.Act == ActQuestion && askForms[verb] && strings.HasPrefix(content, "to ") && !passiveAsk(txt, q.VerbSpan.Start) {
		q.Act = ActDemand // "asked the office to clarify": a request, not a question
	}
	// A "that" between the cue and the words makes them a clause. Only the
	// gap after a cue that precedes the words is read: with no cue before
	// them, the gap would be all the text before the quotation, lower-cased
	// once per quotation (minutes on a long article).
	thatClause := strings.HasSuffix(strings.ToLower(q.Verb), " that") ||
		q.VerbSpan.End > q.VerbSpan.Start && q.VerbSpan.End <= q.Span.Start && strings.Contains(text.Lower(txt[q.VerbSpan.End:q.Span.Start]), "that")
	if q.Act == ActDeny && !thatClause && deniesPermission(content, toks) {
		q.Act = ActOther // "denied a request to hand over the papers": a refusal, no denial of a fact
	}
	if (q.Act == ActSay || q.Act == ActClaim) && denies(content, toks) && !relaysSpeech(content, toks) {
		q.Act = ActDeny
	}
	if q.Act == ActSay || q.Act == ActClaim {
		// "The IDF said an Islamic Jihad rocket misfired": the speaker
		// lays the cause on another party.
		if act, party, ok := blameShift(content, toks); ok && !q.SpeakerSpan.Contains(q.Span.Start+party.Start) {
			q.Act, q.Target, q.TargetSpan = act, content[party.Start:party.End], Span{q.Span.Start + party.Start, q.Span.Start + party.End}
			return toks
		}
		if party, ok := tiedToParty(content, toks); ok && !q.SpeakerSpan.Contains(q.Span.Start+party.Start) {
			// "Israel says the cell's members are all affiliated with
			// Hamas": the charge is the tie.
			q.Act, q.Target, q.TargetSpan = ActAccuse, content[party.Start:party.End], Span{q.Span.Start + party.Start, q.Span.Start + party.End}
			return toks
		}
	}
	if q.Act == ActSay && q.Kind == QuoteDirect {
		if act, ok := firstPersonAct(content, toks); ok {
			q.Act = act // ""We condemn this vicious attack," Obama said": the words make the act
		}
	}
	if q.Act == ActSay && q.Kind != QuoteDirect && labelledDisgrace(verb, content, toks, q.Kind == QuotePartial) {
		q.Act = ActCondemn // "called the response "disgraceful"": the label condemns the object
	}
	if q.Act == ActSay && (q.Kind == QuoteDirect || q.Kind == QuoteIndirect) {
		if after, ok := stanceAct(content, toks, q.Kind == QuoteDirect); ok {
			// "I'm outraged by the attacks," Roe said: the words condemn.
			q.Act = ActCondemn
			q.Target, q.TargetSpan = stanceTarget(txt, q, content, toks, after, &toks)
			return toks
		}
	}
	switch q.Act {
	case ActDeny, ActAccuse, ActCondemn, ActThreaten, ActWarn, ActDemand:
		if q.Target == "" && q.VerbSpan.End > q.VerbSpan.Start && q.VerbSpan.End <= q.Span.Start {
			// The cue comes before the words ("accused Israel of ..."):
			// its object may name the target.
			q.Target, q.TargetSpan = target(txt, q, &toks)
			if q.TargetSpan.Overlaps(q.SpeakerSpan) {
				q.Target, q.TargetSpan = "", Span{} // "said X", "according to X": X speaks
			}
		}
	}
	return toks
}

// permissionNouns are what is denied when a request is refused, or
// rejected when an offer is: "denied the request", "was denied entry",
// "rejected his application", "rejected the offer of a truce", "rejected a
// question from a reporter". A refusal denies no fact.
var permissionNouns = fieldSet(`request requests access entry permission permissions visa visas bail application applications petition petitions appeal appeals asylum clearance licence license permit permits passage admission
	offer offers proposal proposals invitation invitations question questions demand demands ultimatum overture overtures plan plans truce ceasefire cease-fire`)

// deniesPermission reports whether a denial's words open with what it
// withholds, a request or a permission within the first few words
// ("a request to voluntarily turn over documents", "the panel's request"):
// the verb then refuses something asked rather than denying a claim. A
// noun that opens a clause of its own ("the application was ever
// received", "asylum seekers were mistreated") or follows a gerund
// ("receiving a request") is what the speaker denies happened, a fact.
func deniesPermission(content string, ts []text.Token) bool {
	n := 0
	for k, t := range ts {
		if t.Kind != text.Word {
			continue
		}
		w := text.Lower(content[t.Start:t.End])
		if permissionNouns[w] {
			return !clauseFollows(content, ts[k+1:])
		}
		if n == 0 && strings.HasSuffix(w, "ing") && len(w) > 5 && k+1 < len(ts) && gerundObjects[text.Lower(content[ts[k+1].Start:ts[k+1].End])] {
			return false // "denied receiving a request": a denied act
		}
		if n++; n == 4 || w == "that" || speechNouns[w] {
			return false
		}
	}
	return false
}

// gerundObjects are the words that open a gerund's object or its
// auxiliary's participle: "receiving a request", "having been asked".
var gerundObjects = fieldSet(`a an the any his her their its our my your this these those been`)

// clauseFollows reports whether a finite verb follows a noun within a few
// words, before any punctuation, preposition or relative word: the noun
// (or the noun it modifies) is then a clause's subject ("access had been
// blocked", "visa applicants were turned away"), not the object refused
// ("entry to", "a request for comment", "a request that").
func clauseFollows(content string, ts []text.Token) bool {
	for k, t := range ts {
		if k == 3 || t.Kind != text.Word {
			return false
		}
		w := text.Lower(content[t.Start:t.End])
		switch {
		case finiteAux[w] || beForms[w] && w != "be" && w != "been" && w != "being":
			return true
		case phrasePrepositions[w] || relativeOpeners[w] || w == "to":
			return false
		}
	}
	return false
}

// negatedCue reports whether the words right before a cue negate it
// ("did not deny", "never admitted", "refused to condemn").
func negatedCue(txt string, at int, toks *[]text.Token) bool {
	from := max(0, at-40)
	for from > 0 && from < at && txt[from]&0xC0 == 0x80 {
		from--
	}
	*toks = text.Tokens((*toks)[:0], txt[from:at])
	ts := *toks
	for k, n := len(ts)-1, 0; k >= 0 && n < 3; k-- {
		t := ts[k]
		if t.Kind != text.Word {
			return false
		}
		w := text.Lower(txt[from+t.Start : from+t.End])
		switch {
		case negators[w], strings.HasSuffix(w, "n't"):
			return true
		case w == "to" && k > 0 && refusals[text.Lower(txt[from+ts[k-1].Start:from+ts[k-1].End])]:
			return true
		}
		n++
	}
	return false
}

// denies reports whether reported words deny something: a denial word or
// phrase among them ("baseless", "no evidence"), a denial the speaker goes
// on to make (", denying all claims"), or a clause whose pronoun subject
// opens it negated ("it will not side").
func denies(content string, ts []text.Token) bool {
	if deniesByWords(content, ts) {
		return true
	}
	subject, ok := negatedSubjectClause(content, ts)
	if ok && contrastAfterNegation(content) {
		return false // "It is not to defend our race ... but to defend the nation": a contrast, no denial
	}
	return ok && len(subject) == 1 && subjectPronouns[text.Lower(subject[0])]
}

// maxRelaySubject bounds the words before a relayed cue: a subject and
// its modifiers ("the crown prince of U.S. ally Saudi Arabia has").
const maxRelaySubject = 12

// relaysSpeech reports whether reported words relay another speaker's
// own saying: they open with a subject other than I or we and a cue verb
// before "that" ("the crown prince has told him directly that he had
// nothing to do with it"). A denial inside is the relayed speaker's, not
// the reporter's, even where the finder reads no speaker in it. "We told
// them that we had nothing to do with it" is the speaker's own.
func relaysSpeech(content string, ts []text.Token) bool {
	words := 0
	last := "" // the word before this one
	for k, t := range ts {
		if t.Kind != text.Word {
			if k > 0 && content[t.Start:t.End] != "." && content[t.Start:t.End] != "'" && content[t.Start:t.End] != "’" && content[t.Start:t.End] != "-" {
				return false // a clause ends before any cue
			}
			continue
		}
		w := text.Lower(content[t.Start:t.End])
		if words == 0 && (w == "i" || w == "we") {
			return false
		}
		words++
		if words > maxRelaySubject || w == "that" {
			return false
		}
		if c := classOf(w); words > 1 && c&(wVerb|wThatClause) != 0 && c&(wNotSpeech|wObject) == 0 && finiteCue(w, last, ts[k-1], content) {
			for _, u := range ts[k+1 : min(len(ts), k+5)] {
				if u.Kind == text.Word && text.Lower(content[u.Start:u.End]) == "that" {
					return true
				}
			}
		}
		last = w
	}
	return false
}

// finiteCue reports whether a cue word stands as a clause's verb after
// the word before it: a past form ("told", "assured"), a form after an
// auxiliary ("has told"), or an -s form after a name or a pronoun ("Iran
// insists"). "The claims that", "no evidence that" and "the report
// claiming that" hold a noun or a modifier, not a saying.
func finiteCue(w, before string, prev text.Token, content string) bool {
	switch {
	case nounDeterminers[before] || quantityDeterminers[before]:
		return false
	case finiteAux[before]:
		return !strings.HasSuffix(w, "ing")
	case strings.HasSuffix(w, "ed") || irregularPasts[w]:
		return true
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return subjectPronouns[before] || prev.Kind == text.Word && text.Capitalised(content[prev.Start:prev.End])
	}
	return false
}

// contrastWords open the two halves of "not X but Y" when both start with
// the same one: "not to ... but to", "not about ... but about".
var contrastWords = fieldSet(`to about because for`)

// contrastAfterNegation reports whether reported words set what they
// negate against what they assert in the same form, "not to X but to Y" ("it
// is not about money, but about trust", "not to defend our race but to
// defend the nation"): the negation frames a claim and denies nothing
// said. "We did not do it, but we understand" and "he was not a member,
// but rather the commander" still deny.
func contrastAfterNegation(content string) bool {
	low := text.Lower(content)
	neg := " not "
	n := strings.Index(low, neg)
	if n < 0 {
		neg = "n't "
		n = strings.Index(low, neg) // "it isn't about money, but about trust"
	}
	if n < 0 {
		return false
	}
	after := strings.Fields(low[n+len(neg):])
	if len(after) == 0 || !contrastWords[after[0]] {
		return false
	}
	// The same word after "but": "not to defend ... but to defend", not
	// "did not take any money, but to be honest".
	return strings.Contains(low[n:], " but "+after[0]+" ")
}

// DeniesByWords reports whether reported words deny by a denial word or
// phrase ("baseless", "no evidence") or a denial the speaker goes on to
// make (", denying all claims"): a denial whatever the story, where a
// negated clause ("they did not ...") denies only what someone claims.
func DeniesByWords(content string) bool {
	if len(content) > maxActContent {
		// Read as the act was: its opening only (see maxActContent).
		cut := maxActContent
		for cut > 0 && !utf8.RuneStart(content[cut]) {
			cut--
		}
		content = content[:cut]
	}
	return deniesByWords(content, text.Tokens(nil, content))
}

// deniesByWords is DeniesByWords on the words' tokens.
func deniesByWords(content string, ts []text.Token) bool {
	var words strings.Builder
	words.WriteByte(' ')
	for k, t := range ts {
		if t.Kind != text.Word {
			continue
		}
		w := text.Lower(content[t.Start:t.End])
		if denialWords[w] && !attributiveOnThing(content, ts, k) || k > 0 && ts[k-1].Kind == text.Punct && content[ts[k-1].Start:ts[k-1].End] == "," && denyingWords[w] {
			return true
		}
		words.WriteString(w)
		words.WriteByte(' ')
	}
	joined := words.String()
	for _, p := range denialPhrases {
		for from := 0; ; {
			i := strings.Index(joined[from:], " "+p+" ")
			if i < 0 {
				break
			}
			if !conditionedPhrase(joined[:from+i]) {
				return true
			}
			from += i + 1
		}
	}
	return false
}

// blameShift reads reported words that lay the cause of something on a
// named party: a subject naming the party, then within a few words a
// predicate of failure ("an Islamic Jihad rocket misfired": the speaker's
// counter-explanation, a denial of its own part) or of responsibility
// ("Hamas was behind the attack": an accusation). It returns the act and
// the party's span in content: the first run of capitalised words of the
// subject. A pronoun subject ("it was responsible") is the speaker's own
// side, and a subject with no capitalised word names no party.
func blameShift(content string, ts []text.Token) (Act, Span, bool) {
	word := func(i int) string { return text.Lower(content[ts[i].Start:ts[i].End]) }
	party := Span{}
	for k := 0; k < len(ts) && k < 10; k++ {
		t := ts[k]
		if t.Kind != text.Word {
			if party.End > 0 && content[t.Start:t.End] != "-" {
				return "", Span{}, false
			}
			continue
		}
		w := word(k)
		if k == 0 && subjectPronouns[w] {
			return "", Span{}, false
		}
		if act, ok := blamePredicate(ts, k, word); ok {
			if party.End == 0 {
				return "", Span{}, false
			}
			return act, party, true
		}
		capital := text.Capitalised(content[t.Start:t.End]) && !(k == 0 && (w == "the" || w == "an" || w == "a"))
		switch {
		case capital && (party.End == 0 || party.End == ts[k-1].End && k > 0):
			if party.End == 0 {
				party.Start = t.Start
			}
			party.End = t.End
		case clauseAux[w] || negators[w]:
			return "", Span{}, false // a verb before any predicate: another clause
		}
	}
	return "", Span{}, false
}

// tieWords, after a form of "be", tie the clause's subject to a party
// ("are affiliated with Hamas", "was linked to al-Qaida").
var tieWords = map[string]string{"affiliated": "with", "linked": "to", "tied": "to", "connected": "to"}

// perpetratorNouns name those who did a deed; tied to a party, they make
// the party's part in it the charge.
var perpetratorNouns = fieldSet(`cell cells gunman gunmen attacker attackers assailant assailants bomber bombers suspect suspects ` +
	`kidnapper kidnappers abductor abductors perpetrator perpetrators shooter shooters hijacker hijackers killer killers plotters militants`)

// memberNouns name the members of a group of perpetrators: "the cell's
// members", "the gang's operatives".
var memberNouns = fieldSet(`members member operatives leaders leader fighters`)

// tiedToParty reads reported words whose opening clause ties a common
// noun subject naming perpetrators (perpetratorNouns) to a named party: "the cell's members are all affiliated
// with Hamas", "the gunman was linked to al-Qaida". It returns the
// party's span in content, the run of capitalised words after the
// preposition. A pronoun or a name opening the words is the speaker's own
// side or a person described ("he is affiliated with the university"),
// and a negation before the tie makes it no charge.
func tiedToParty(content string, ts []text.Token) (Span, bool) {
	word := func(i int) string { return text.Lower(content[ts[i].Start:ts[i].End]) }
	k := 0
	for k < len(ts) && ts[k].Kind != text.Word {
		k++
	}
	if k >= len(ts) || !nounSubjectOpeners[word(k)] {
		return Span{}, false
	}
	// The subject names those who did a deed: its head is a perpetrator
	// noun ("the gunman"), or the members of one ("the cell's members");
	// "the gunman's wife" is someone else.
	perpetrator, owner := false, false
	for j := k + 1; j < len(ts) && j < k+8; j++ {
		if ts[j].Kind != text.Word {
			if content[ts[j].Start:ts[j].End] != "'" && content[ts[j].Start:ts[j].End] != "’" {
				return Span{}, false
			}
			continue
		}
		w := word(j)
		if negators[w] || strings.HasSuffix(w, "n't") {
			return Span{}, false
		}
		if w != "is" && w != "are" && w != "was" && w != "were" {
			bare := strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
			possessive := bare != w || j+1 < len(ts) && ts[j+1].Kind != text.Word
			switch {
			case perpetratorNouns[bare] && possessive:
				perpetrator, owner = false, true // "the cell's ...": its members may follow
			case perpetratorNouns[bare]:
				perpetrator = true
			default:
				perpetrator = owner && memberNouns[w]
			}
			continue
		}
		if !perpetrator {
			return Span{}, false // "the clinic is affiliated with Harvard": a tie, no charge
		}
		t := j + 1
		for t < len(ts) && ts[t].Kind == text.Word && (word(t) == "all" || word(t) == "also" || word(t) == "both") {
			t++
		}
		if t+2 >= len(ts) || ts[t].Kind != text.Word || tieWords[word(t)] == "" || ts[t+1].Kind != text.Word || word(t+1) != tieWords[word(t)] {
			return Span{}, false
		}
		p := t + 2
		if p < len(ts) && ts[p].Kind == text.Word && word(p) == "the" {
			p++
		}
		party := Span{}
		for ; p < len(ts) && ts[p].Kind == text.Word && text.Capitalised(content[ts[p].Start:ts[p].End]); p++ {
			if party.End == 0 {
				party.Start = ts[p].Start
			}
			party.End = ts[p].End
		}
		return party, party.End > 0
	}
	return Span{}, false
}

// blamePredicate reports whether the words from token k lay a cause:
// failure ("misfired", "fell short", "malfunctioned") is a denial,
// responsibility ("was behind", "was responsible for", "carried out") an
// accusation.
func blamePredicate(ts []text.Token, k int, word func(int) string) (Act, bool) {
	w := word(k)
	next := func(n int) string {
		if k+n < len(ts) && ts[k+n].Kind == text.Word {
			return word(k + n)
		}
		return ""
	}
	switch {
	case failureWords[w], w == "fell" && next(1) == "short":
		return ActDeny, true
	case (w == "was" || w == "were" || w == "is" || w == "are") && (next(1) == "behind" || next(1) == "responsible"),
		w == "carried" && next(1) == "out":
		return ActAccuse, true
	}
	return "", false
}

// failureWords say that a thing failed by itself: the cause of the harm is
// its own side's.
var failureWords = fieldSet(`misfired misfire misfires malfunctioned`)

// denyingWords go on to deny after a comma: "..., denying all claims".
var denyingWords = fieldSet(`denying rejecting dismissing`)

// stanceNotFact are verbs of wanting, knowing and ability: negated, they
// say what the subject does not wish, know or can do ("they don't want to
// get it wrong", "we do not know"), which denies no fact. Belief is left
// out: "we don't think Iran sent drones" is how diplomats deny.
var stanceNotFact = fieldSet(`want wants wanted wish wishes hope hopes expect expects know knows knew ` +
	`need needs like likes care cares mind minds hesitate hesitates intend intends plan plans ` +
	`say see understand remember recall rule`)

// notToldWords, negated after "been", say the speaker was not told
// something ("I haven't been briefed on this yet"): like "we do not know",
// no denial of a fact.
var notToldWords = fieldSet(`briefed informed notified told consulted updated`)

// clauseAux are the words between a clause's subject and its negation.
var clauseAux = fieldSet(`has have had is are was were will would could can did does do should may might must also`)

// NegatedSubject returns the subject of reported words that open negated,
// a pronoun or a run of names joined by "and" followed (past auxiliaries)
// by a negation: "it will not side" gives [it]; "Iran and Russia have never
// discussed" gives [Iran and Russia]. A denial when the subject is the
// speaker's own side: the corpus decides it for pronouns, framing for
// names, once it knows whom the speaker speaks for.
func NegatedSubject(content string) ([]string, bool) {
	return negatedSubjectClause(content, text.Tokens(nil, content))
}

func negatedSubjectClause(content string, ts []text.Token) ([]string, bool) {
	subject, _, ok := negatedClause(content, ts)
	return subject, ok
}

// nounSubjectOpeners open a common noun subject: "a missile", "the
// plane", "this jet".
var nounSubjectOpeners = fieldSet(`a an the this that these those`)

// NegatedNounClause returns the subject of reported words that open
// (after "that", and a few words of manner before it) with a common noun
// subject of up to three words and a negated clause that denies a fact,
// as NegatedSubject reads one of a pronoun: "a missile had not caused the
// crash" gives [a missile], "the plane was not hit" [the plane]. Whether that denies
// a charge is no matter of the words alone: framing asks whether the
// speaker's side denies the same matter elsewhere in the story.
func NegatedNounClause(content string) ([]string, bool) {
	ts := text.Tokens(nil, content)
	word := func(i int) string { return text.Lower(content[ts[i].Start:ts[i].End]) }
	k := 0
	for k < len(ts) && ts[k].Kind != text.Word {
		k++ // an opening quotation mark
	}
	for j := k; j < len(ts) && j < k+6; j++ {
		if ts[j].Kind == text.Word && word(j) == "that" {
			k = j + 1 // "“with certainty” that a missile had not ...": a manner before the clause
			break
		}
	}
	if k >= len(ts) || ts[k].Kind != text.Word || !nounSubjectOpeners[word(k)] {
		return nil, false
	}
	j := k + 1
	for j < len(ts) && j <= k+3 && ts[j].Kind == text.Word && !clauseAux[word(j)] && !negators[word(j)] && !strings.HasSuffix(word(j), "n't") &&
		word(j) != "and" && word(j) != "or" && word(j) != "who" && word(j) != "which" && word(j) != "that" {
		j++
	}
	if j == k+1 || j >= len(ts) || ts[j].Kind != text.Word {
		return nil, false
	}
	if _, ok := NegatedSubject("it " + content[ts[j].Start:]); !ok {
		return nil, false
	}
	subject := make([]string, 0, j-k)
	for i := k; i < j; i++ {
		subject = append(subject, content[ts[i].Start:ts[i].End])
	}
	return subject, true
}

// NegatedPredicate returns the words a negated clause of reported words
// denies, past the negation's adverbs and auxiliaries: "it did not fire
// the rocket" gives [fire], "we have never been behind it" gives
// [behind], and a predicate governing a gerund or an infinitive gives
// both ("they have never discussed supplying drones" gives [discussed
// supplying]). A reader asks whether the story says the speaker's side
// did that very thing ("Hamas fired", "fired by Hamas"): a negated
// clause answering it is a denial.
func NegatedPredicate(content string) ([]string, bool) {
	_, predicate, ok := negatedClause(content, text.Tokens(nil, content))
	if !ok || predicate == "" {
		return nil, false
	}
	return strings.Fields(predicate), true
}

// negatedClause is negatedSubjectClause with the negated clause's
// predicate word (see NegatedPredicate).
func negatedClause(content string, ts []text.Token) (subject []string, predicate string, ok bool) {
	// The clause may open the words or follow "but": "Iran and Russia
	// have a long history, but they have never discussed ...". Once a
	// negated clause turns out to deny nothing ("it is not clear why they
	// lie", "we have not decided"), a clause after ";" or "and" may still
	// deny: "...; we did not shoot anyone".
	subject, predicate, ok, open := negatedClauseAt(content, ts, 0)
	if ok {
		return subject, predicate, true
	}
	for k, t := range ts {
		w := text.Lower(content[t.Start:t.End])
		if w != "but" && !(open && (w == "and" || w == ";")) {
			continue
		}
		subject, predicate, ok, undenied := negatedClauseAt(content, ts, k+1)
		if ok {
			return subject, predicate, true
		}
		open = open || undenied
	}
	return nil, "", false
}

// negatedClauseAt is negatedSubjectClause for a clause opening at token k;
// undenied reports a negation there that denies nothing ("we can't do
// it", "it is not clear").
func negatedClauseAt(content string, ts []text.Token, k int) (subject []string, predicate string, ok, undenied bool) {
	from := k
	word := func(i int) string { return text.Lower(content[ts[i].Start:ts[i].End]) }
	switch {
	case k < len(ts) && ts[k].Kind == text.Word && subjectPronouns[word(k)]:
		k++
	case k < len(ts) && ts[k].Kind == text.Word && text.Capitalised(content[ts[k].Start:ts[k].End]):
		for k < len(ts) && ts[k].Kind == text.Word && (text.Capitalised(content[ts[k].Start:ts[k].End]) || word(k) == "and") {
			k++
		}
	default:
		return nil, "", false, false
	}
	subject = make([]string, 0, k-from)
	for i := from; i < k; i++ {
		subject = append(subject, content[ts[i].Start:ts[i].End])
	}
	modal := "" // the auxiliary before the negation
	for n := 0; k < len(ts) && ts[k].Kind == text.Word && n < 3; k, n = k+1, n+1 {
		w := word(k)
		switch {
		case negators[w] || strings.HasSuffix(w, "n't"):
			if before, ok := strings.CutSuffix(w, "n't"); ok {
				modal = contractedModals[before] // "won't", "can't"
			}
			next := ""
			if k+1 < len(ts) && ts[k+1].Kind == text.Word {
				next = word(k + 1)
			}
			verb := next // the verb after any adverbs: "could not possibly have"
			for j := k + 1; j < len(ts) && j < k+4 && ts[j].Kind == text.Word && (negationAdverbs[word(j)] || strings.HasSuffix(word(j), "ly")); j++ {
				verb = ""
				if j+1 < len(ts) && ts[j+1].Kind == text.Word {
					verb = word(j + 1)
				}
			}
			switch {
			case stanceNotFact[next]:
				return nil, "", false, true // "he does not want to jump to conclusions"
			case next == "been" && k+2 < len(ts) && ts[k+2].Kind == text.Word && notToldWords[word(k+2)]:
				return nil, "", false, true // "I haven't been briefed": not knowing yet, no denial
			case classOf(next)&wAttitude != 0:
				return nil, "", false, true // "he is not afraid to act", "we are not happy": a state of mind
			case intentModals[modal]:
				return nil, "", false, true // "he will not meet them": a refusal or an intention, which denies no fact
			case modal == "can" && (next == "believe" || next == "imagine"):
				return nil, "", false, true // "I can't believe it is more important": disbelief, not a denial
			case (modal == "can" || modal == "could") && verb != "" && verb != "be" && verb != "have":
				return nil, "", false, true // "we can't do it for them": what the subject is unable or unwilling to do denies no fact
			case unsettledStatus(ts, k+1, word):
				return nil, "", false, true // "it has not been confirmed yet", "it is not ruled out": a matter left open, not denied
			case notYet(ts, k+1, word):
				return nil, "", false, true // "it is not done yet", "we have not yet decided": a matter still to come, not denied
			case next == "believe" && k+2 < len(ts) && word(k+2) == "in":
				return nil, "", false, true // "he did not believe in torture": a stance
			case w == "no" && (next == "longer" || next == "doubt" || next == "idea" || next == "comment"):
				return nil, "", false, true // "we are no longer a country that ...", "it is no doubt true", "he had no idea": no denial
			case perceptionVerbs[next] && k+3 < len(ts) && (word(k+2) == "anything" && word(k+3) == "like" || word(k+2) == "such"):
				return nil, "", false, true // "I never saw anything like this": astonishment, not a denial
			case doForms[modal] && next == "have" && !involvementAfter(ts, k+2, word):
				return nil, "", false, true // "we don't have chain of custody": a lack, as "we have no" one is
			case w == "no" && haveForms[modal] && !involvementNouns[next] && !(k+2 < len(ts) && involvementNouns[word(k+2)]) && !(k+3 < len(ts) && involvementNouns[word(k+3)]):
				// "he has no consistency": a lack the speaker describes,
				// where "it had no part in it" and "we have no nuclear
				// weapons" deny (the noun within two modifiers).
				return nil, "", false, true
			}
			return subject, negatedPredicate(ts, k+1, word), true, false
		case !clauseAux[w]:
			return nil, "", false, false
		}
		modal = w
	}
	return nil, "", false, false
}

// negatedPredicate is the word from token k on that a negation denies,
// past adverbs and the auxiliaries of tense and voice ("not ever have
// been"), with the gerund or infinitive it governs after a space
// ("discussed supplying", "tried to fire").
func negatedPredicate(ts []text.Token, k int, word func(int) string) string {
	for ; k < len(ts) && ts[k].Kind == text.Word; k++ {
		w := word(k)
		if negationAdverbs[w] || strings.HasSuffix(w, "ly") || predicateAux[w] {
			continue
		}
		switch next := k + 1; {
		case next < len(ts) && ts[next].Kind == text.Word && strings.HasSuffix(word(next), "ing") && len(word(next)) > 5:
			return w + " " + word(next)
		case next+1 < len(ts) && ts[next].Kind == text.Word && word(next) == "to" && ts[next+1].Kind == text.Word:
			return w + " " + word(next+1)
		}
		return w
	}
	return ""
}

// predicateAux stand between a negation and the word it denies: "did not
// have any part", "has never been behind", "was not a member".
var predicateAux = fieldSet(`be been being have had a an the any`)

// negationAdverbs stand between a negation and its verb without changing
// what is negated: "could not possibly have", "could not ever have".
var negationAdverbs = fieldSet(`possibly even ever really actually conceivably`)

// settledWords, negated, say a matter is not yet settled ("it has not
// been confirmed", "it is not ruled out", "it is not clear"): the speaker
// leaves it open, which is no denial of it.
var settledWords = fieldSet(`confirmed verified determined established ruled decided clear known settled finalized finalised identified`)

// unsettledStatus reports whether the words from token k on, past "yet",
// "been" or "be" and an adverb in -ly, are a settledWords word.
func unsettledStatus(ts []text.Token, k int, word func(int) string) bool {
	for n := 0; k < len(ts) && ts[k].Kind == text.Word && n < 4; k, n = k+1, n+1 {
		w := word(k)
		switch {
		case settledWords[w]:
			return true
		case w == "yet" || w == "been" || w == "be" || strings.HasSuffix(w, "ly"):
		default:
			return false
		}
	}
	return false
}

// notYet reports whether "yet" follows a negation within its next three
// words, before any punctuation ("not yet paid", "not done yet", "isn't
// over yet"): the speaker says a thing has still to happen, which denies
// no charge that it did.
func notYet(ts []text.Token, k int, word func(int) string) bool {
	for n := 0; k < len(ts) && ts[k].Kind == text.Word && n < 3; k, n = k+1, n+1 {
		if word(k) == "yet" {
			return true
		}
	}
	return false
}

// perceptionVerbs, negated before "anything like", say how unheard-of a
// thing is: "I have never seen anything like it".
var perceptionVerbs = fieldSet(`saw seen heard witnessed experienced felt`)

// haveForms before "no" are the main verb of having: "he has no X" says X
// is lacking, a description rather than a denial.
var haveForms = fieldSet(`has have had`)

// doForms before a negation and "have" make "have" the main verb of
// having: "we don't have", "he did not have".
var doForms = fieldSet(`do does did`)

// involvementNouns after "has no" deny a part in something or the holding
// of arms and forces: "it had no involvement", "we have no links to them",
// "Iran has no intention of", "we have no troops there".
var involvementNouns = fieldSet(`involvement part link links connection connections ties contact contacts conversation conversations talks dealings discussions knowledge intention intentions plan plans hand
	weapons weapon troops forces soldiers presence bases base fighters hostages prisoners missiles drones role`)

// involvementAfter reports whether the object of a negated "have" from
// token k on denies a part in something: an involvementNouns word within
// two modifiers ("we don't have any troops there"), or "anything to do
// with" ("we don't have anything to do with it"), as "had nothing to do
// with" does.
func involvementAfter(ts []text.Token, k int, word func(int) string) bool {
	for j := k; j < len(ts) && j < k+3; j++ {
		if involvementNouns[word(j)] {
			return true
		}
		if word(j) == "anything" && j+3 < len(ts) && word(j+1) == "to" && word(j+2) == "do" && word(j+3) == "with" {
			return true
		}
	}
	return false
}

// intentModals before a negation make it a refusal or an intention ("it
// will not attend", "he would not change his mind"), not a denial of
// something done.
var intentModals = fieldSet(`will would shall`)

// contractedModals are the auxiliaries of the contracted negations, by
// the word before "n't": "won't" is "will not", "can't" "can not".
var contractedModals = map[string]string{"wo": "will", "would": "would", "ca": "can", "can": "can", "could": "can", "do": "do", "does": "does", "did": "did"}

// subjectPronouns open a clause as its subject.
var subjectPronouns = fieldSet(`it they we he she i`)

// ambiguousTimeWords are month names that are also names or nouns: "May"
// after a cue is more often Theresa May than the month.
var ambiguousTimeWords = fieldSet(`may march`)

// titleCaseStops end a target's run of capitalised words: in a title-case
// headline ("Issa Denies Benghazi Probe Is Out To Get Hillary") the
// grammatical words are capitalised too, and a name does not run past
// them.
var titleCaseStops = fieldSet(`is are was were be been has have had would and or that not of for`)

// titleCaseStop reports whether the lower-case word w ends a target's
// run: a grammatical word, a preposition or a determiner ("Warns Iran
// Against Revenge Attack").
func titleCaseStop(w string) bool {
	return titleCaseStops[w] || classOf(w)&(wPrep|wDet) != 0
}

// target returns the actor an act is aimed at: a capitalised name as the
// cue's object ("accused Israel of", "rejected Kyiv's claims", "condemned
// the Israeli strike"), without its possessive.
func target(txt string, q *Quote, toks *[]text.Token) (string, Span) {
	from := q.VerbSpan.End
	to := min(len(txt), from+80)
	for to < len(txt) && txt[to]&0xC0 == 0x80 {
		to++
	}
	*toks = text.Tokens((*toks)[:0], txt[from:to])
	ts := *toks
	// The target is the cue's object: the first word after it, or after
	// "the". "denied supplying drones to Russia" has none.
	k := 0
	if k < len(ts) && ts[k].Kind == text.Word && text.Lower(txt[from+ts[k].Start:from+ts[k].End]) == "the" {
		k++
	}
	if k >= len(ts) || ts[k].Kind != text.Word || !text.Capitalised(txt[from+ts[k].Start:from+ts[k].End]) {
		if blameForms[text.Lower(txt[q.VerbSpan.Start:q.VerbSpan.End])] {
			if name, sp, ok := blamedOnTarget(txt, from, ts); ok {
				return name, sp // "blamed the fire on Norland": the one blamed follows "on"
			}
		}
		return "", Span{}
	}
	first := text.Lower(txt[from+ts[k].Start : from+ts[k].End])
	first = first[:len(first)-text.PossessiveLen(first)] // "condemned Sunday's attack"
	if subjectPronouns[first] || classOf(first)&wTime != 0 && !ambiguousTimeWords[first] {
		return "", Span{} // "charged Sunday that ...": a time, not whom the act is aimed at
	}
	if speechNouns[first] {
		return "", Span{} // "Rebuffs Claims It Bombed ...": the words denied, not an actor
	}
	end := k
	for end+1 < len(ts) && ts[end+1].Kind == text.Word && text.PossessiveLen(txt[from+ts[end].Start:from+ts[end].End]) == 0 &&
		text.Capitalised(txt[from+ts[end+1].Start:from+ts[end+1].End]) &&
		!strings.Contains(txt[from+ts[end].End:from+ts[end+1].Start], "\n") &&
		!titleCaseStop(text.Lower(txt[from+ts[end+1].Start:from+ts[end+1].End])) {
		end++
	}
	if end > k && gerundInTitleCase(txt, q.VerbSpan, first) {
		return "", Span{} // "Iran Denies Shooting Down Ukraine Flight": a headline's deed, no actor
	}
	if name, sp, ok := appositiveNames(txt, from, ts, end); ok {
		return name, sp // "chastised Syria's two main allies, Russia and Iran,": the allies
	}
	sp := Span{from + ts[k].Start, from + ts[end].End}
	sp.End -= text.PossessiveLen(txt[sp.Start:sp.End])
	return txt[sp.Start:sp.End], sp
}

// maxOwnedWords bounds the lower-case words of a possessed object before
// the names set off after it: "Syria's two main allies".
const maxOwnedWords = 4

// appositiveNames reads the names set off after a possessed object that
// opens at the name ending at token end: "Syria's two main allies,
// Russia and Iran," names Russia and Iran, not Syria. It returns the run
// of capitalised words and "and" after the comma.
func appositiveNames(txt string, from int, ts []text.Token, end int) (string, Span, bool) {
	word := func(j int) string { return txt[from+ts[j].Start : from+ts[j].End] }
	if text.PossessiveLen(word(end)) == 0 {
		return "", Span{}, false
	}
	j := end + 1
	for j < len(ts) && j <= end+maxOwnedWords && ts[j].Kind == text.Word && !text.Capitalised(word(j)) {
		j++
	}
	if j == end+1 || j+1 >= len(ts) || word(j) != "," || ts[j+1].Kind != text.Word || !text.Capitalised(word(j+1)) {
		return "", Span{}, false
	}
	last := j + 1
	for n := j + 2; n < len(ts) && ts[n].Kind == text.Word && (text.Capitalised(word(n)) || word(n) == "and" && n+1 < len(ts) && text.Capitalised(word(n+1))); n++ {
		last = n
	}
	sp := Span{from + ts[j+1].Start, from + ts[last].End}
	return txt[sp.Start:sp.End], sp, true
}

// gerundInTitleCase reports whether a target's first word, lower-cased,
// is a gerund after a cue in title case: a headline's "Denies Shooting
// Down ..." or "Denies Supplying Drones" names a deed, not an actor. A
// place the gazetteer knows ("Condemns Beijing Crackdown") stays a name.
func gerundInTitleCase(txt string, cue Span, first string) bool {
	if len(first) <= 5 || !strings.HasSuffix(first, "ing") || !text.Capitalised(txt[cue.Start:cue.End]) {
		return false
	}
	_, known := gazetteer.Default().Lookup(first)
	return !known
}

// plainWord reports whether w is a word of letters only, not a mark such
// as ":" or a marker such as "(continued)".
func plainWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}

// firstPersonAct reads the act a direct quotation performs in its own
// first words: "I strongly condemn the attack", "We reject these
// accusations", "We demand an inquiry". The speaker says the act in the
// first person, so a plain "said" reports it; an act verb later in the
// quotation ("... and we will not condemn anyone"), after a modal or a
// negation ("I cannot confirm", "We do not deny"), or with another
// subject ("They condemn") makes none.
func firstPersonAct(content string, ts []text.Token) (Act, bool) {
	k := 0
	for k < len(ts) && ts[k].Kind != text.Word {
		k++ // an opening quotation mark or dash
	}
	if k >= len(ts) {
		return "", false
	}
	if w := strings.ToLower(ts[k].Form); w != "i" && w != "we" {
		return "", false
	}
	// The subject, then at most two adverbs ("strongly", "categorically"),
	// with nothing but words between: "We, the families, ..." is no act.
	for n := 0; n < 3; n++ {
		k++
		if k >= len(ts) || ts[k].Kind != text.Word {
			return "", false
		}
		w := strings.ToLower(ts[k].Form)
		if act, ok := firstPersonActs[w]; ok {
			if k+1 < len(ts) && emptyObjects[strings.ToLower(ts[k+1].Form)] || firstSentenceAsks(content, ts[k].End) {
				return "", false // "We deny nothing", "I admit it?": no act made
			}
			return act, true
		}
		if !strings.HasSuffix(w, "ly") {
			return "", false
		}
	}
	return "", false
}

// emptyObjects after a first-person act verb take the act back: "We deny
// nothing", "I promise nothing".
var emptyObjects = fieldSet(`nothing none`)

// firstSentenceAsks reports whether the sentence of content that holds
// byte at ends in a question mark: "We condemn this attack?" asks.
func firstSentenceAsks(content string, at int) bool {
	for _, sp := range splitSentences(content, []Span{{0, len(content)}}) {
		if sp.End > at {
			return strings.HasSuffix(strings.TrimRight(content[sp.Start:sp.End], `"'”’ `), "?")
		}
	}
	return false
}

// firstPersonActs are the act verbs as "I" or "we" perform them.
var firstPersonActs = map[string]Act{
	"condemn": ActCondemn, "denounce": ActCondemn, "deny": ActDeny, "reject": ActDeny, "refute": ActDeny, "dispute": ActDeny,
	"accuse": ActAccuse, "blame": ActAccuse, "admit": ActAdmit, "acknowledge": ActAdmit, "confirm": ActConfirm,
	"warn": ActWarn, "demand": ActDemand, "urge": ActDemand, "promise": ActPromise, "pledge": ActPromise, "vow": ActPromise,
}
