package corpus

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/gazetteer"
	"github.com/framediff/framediff/text"
)

// Attribution works on tokens, not on regular expressions: each paragraph
// is split once into words, punctuation and quotation marks (package
// text's stream, seen through tokenize), every word is looked up once in a
// table of the roles it can play (reporting verb, speaker head noun,
// title, pronoun, preposition...), and the patterns of news attribution
// ("X said", "said X", "according to X", "X, the minister, said that",
// "..., adding that") are walked over those tokens. A hand-made scanner
// because no library does English attribution.

// wordClass is the set of roles a word can play in an attribution.
type wordClass uint32

const (
	wPronoun    wordClass = 1 << iota // he she they it we i
	wHeShe                            // he she: resolved to the last person named
	wDet                              // the a an: starts a speaker phrase
	wConnector                        // of for and de al bin: inside names
	wRole                             // speaker head nouns: spokesman, officials, ministry, critics
	wPerson                           // singular person roles: a he/she can refer to them
	wTime                             // Tuesday, January, today: never a speaker
	wAux                              // has, had, also, later: between speaker and verb
	wPrep                             // in, at, from: a name after one is not the subject
	wLeadIn                           // but, however, meanwhile: not part of a speaker
	wVerb                             // a reporting verb
	wParticiple                       // adding, saying: ", adding that ..."
	wNotSpeech                        // called, described, thought: speech only with a quotation
	wNeedsThat                        // found, concluded: speech only before "that"
	wPlural                           // they-like speakers: officials, critics, groups
	wAccording                        // "according" (to X): looked for in every sentence
	wObject                           // endorsed, wants, thinks: a stance whose object is the content, never a quotation's verb
	// wTopic marks the verbs that report speech by its topic, with
	// "about" or "of" after them: "spoke of the mediatory role", "talked
	// about the economy".
	wTopic
	// wThatClause marks the verbs WordNet gives a that-clause (acknowledged,
	// predicts): a cue only right before "that". It is kept apart from
	// wVerb, which also stops a name ("U.S. State Department" is no verb).
	wThatClause
	// wPhrasal marks the verbs that report speech or a stance with their
	// particle: "called for", "pointed to", "voted against", "railed
	// against" (see phrasalCues).
	wPhrasal
	// wSeem marks "seem" and "appear": an impression the writer reports
	// without a source ("she appeared to step on her own momentum").
	wSeem
	// wAttitude marks the adjectives of belief, feeling and stance that
	// take a complement after a form of "be": "is confident that", "was
	// critical of the plan", "are eager to vote" (see attitudeWords).
	wAttitude
)

// attitudeWords are the adjectives of certainty, feeling and stance that
// report their subject's mind when a complement follows them: what a
// careful reader counts as a voice ("Democrats are confident that ...",
// "she was critical of the deal").
const attitudeWords = `confident convinced sure certain unsure uncertain doubtful aware unaware adamant insistent ` +
	`worried concerned fearful anxious nervous hopeful optimistic pessimistic angry furious upset frustrated disappointed dismayed ` +
	`critical supportive skeptical sceptical wary dismissive suspicious ` +
	`eager willing unwilling reluctant determined keen afraid pleased glad happy unhappy proud ashamed excited enthusiastic`

const (
	pronounWords = `he she they it we i`
	detWords     = `the a an`
	connectWords = `of for and de al el bin ibn abu van von der da di du la le`
	personRoles  = `person spokesman spokeswoman spokesperson minister secretary director adviser advisor official president chief head leader ambassador envoy general commander chairman chairwoman chair member senator lawmaker analyst professor mayor governor king prince queen judge prosecutor lawyer attorney diplomat officer premier chancellor negotiator representative correspondent editor expert researcher scientist economist author source witness resident activist candidate emir sheikh cleric imam rabbi bishop pope envoy coordinator aide deputy counsel strategist pollster governor nominee contender ruler monarch dictator founder executive manager owner officer captain colonel major sergeant lieutenant admiral marshal soldier doctor teacher student father mother son daughter brother sister wife husband man woman boy girl protester demonstrator militant rebel fighter settler refugee villager survivor victim passenger driver farmer worker employee colleague friend relative neighbor neighbour organizer organiser supporter opponent critic observer investigator inspector medic paramedic nurse physician surgeon journalist reporter photographer blogger commentator columnist historian lecturer insider staffer veteran mediator broker trader banker investor specialist consultant`
	groupRoles   = `officials candidates nominees contenders spokespeople ministers leaders lawmakers senators analysts experts researchers scientists economists sources witnesses residents activists diplomats investigators observers critics officers prosecutors lawyers protesters demonstrators students organizers organisers supporters opponents militants rebels fighters troops soldiers police authorities people sides parties countries nations states groups allies members negotiators representatives doctors medics rescuers monitors inspectors citizens voters settlers families relatives neighbors neighbours villagers survivors refugees delegates participants republicans democrats conservatives liberals advisers advisors aides spokesmen strategists consultants staffers insiders operatives donors backers respondents others many some most few several percent majority majorities half`
	orgRoles     = `ministry government army military administration union company agency statement report campaign group office council committee parliament court cabinet authority department house embassy consulate mission forces force media newspaper paper daily network channel broadcaster website outlet agency service services organization organisation movement party coalition alliance regime junta board commission bureau center centre institute foundation monitor observatory unit command corps navy guard militia brigade brigades faction spokesmen tweet post letter memo document communique release resolution study survey poll panel board ruling decree declaration message email ad ads editorial op-ed article affidavit lawsuit indictment`
	timeWordList = `monday tuesday wednesday thursday friday saturday sunday today yesterday tonight tomorrow january february march april may june july august september october november december week weekend month year morning afternoon evening night earlier`
	auxWords     = `has had have also just then later previously repeatedly further again once already would will could did does do not never still even first recently subsequently initially reportedly publicly privately separately himself herself themselves itself`
	prepWords    = `in at on from to with by into over under about against after before during since near across between without within through toward towards among around behind beyond inside outside upon via like than as including regarding concerning excluding despite amid amidst ahead`
	leadInWords  = `according but and however meanwhile separately similarly still yet so even also while when although though because if after before since as now then earlier later last this that these those there here in on at for with by from but nor or instead indeed moreover furthermore besides thus hence otherwise regardless today yesterday likewise nevertheless nonetheless additionally conversely consequently accordingly`
	verbWords    = `said says say told tells tell added adds add stated explained explains noted notes stressed stresses stress insisted insists insist claimed claims claim warned warns warn wrote writes asked asks argued argues argue confirmed confirms confirm denied denies deny indicated indicates emphasized emphasised emphasizes emphasises acknowledged acknowledges admitted admits admit alleged alleges allege asserted asserts replied replies responded responds suggested suggests urged urges vowed vows tweeted tweets posted advised advises recalled recalls recounted recounts remarked commented cautioned cautions conceded concedes accused accuses accuse reiterated reiterates underlined underscored affirmed reported reports estimated estimates predicted predicts believes believed believe thinks contended contends complained complains countered observed mentioned assured boasted speculated lamented quipped feared fears worried worries hoped hopes pointed point points wondered`
	participles  = `pointing saying adding noting insisting stressing arguing warning claiming asserting explaining telling denying accusing suggesting calling describing urging vowing declaring maintaining citing`
	notSpeech    = `called calls calling described describes describing continued continues keeps ` + namingVerbs + ` ` + regardVerbs
	// namingVerbs give their object a name of the subject's, a cue before a
	// quotation only ('dubbed the race "the yuca primary"', 'labeled him
	// "unfit"'); without one they are mostly passives ("a group dubbed
	// the Squad").
	namingVerbs = `dubbed dubs labeled labels labelled branded brands nicknamed termed terms`
	// regardVerbs report a view of their object with "as": "Democrats see
	// Sanders as a spoiler", "voters viewed the deal as a betrayal".
	// Without "as" they are perception ("saw the crowd").
	regardVerbs = `see sees saw view views viewed regard regards regarded portray portrays portrayed`
	objectVerbs = `proposed proposes cited cites wants want wanted thinks think thought expects expected know knows hope fear sought seeks`
	// stanceVerbs take a side for or against someone or something, named
	// by their object: what a careful reader counts as a voice too
	// ("Collins backed Bush", "the senator blasted the plan"). The bare
	// "support", "back" and "backing" are left out: mostly nouns and adverbs;
	// so are "hailing", "slamming" and "blasting", as often ships hailing
	// from a port, a truck slamming into a crowd or music blasting.
	stanceVerbs = `endorsed endorses endorse endorsing supported supports supporting criticized criticised criticizes criticises criticizing criticising praised praises praising defended defends defending opposed opposes oppose opposing backed backs blamed blames blaming condemned condemns condemning denounced denounces denouncing slammed slams blasted blasts decried decries touted touts championed champions applauded applauds hailed hails lauded lauds mocked mocks ridiculed expressed expresses expressing voiced questioned welcomed faulted assailed congratulated ` + rebukeVerbs + ` ` +
		`thanked referenced bemoaned likened knocked encouraged touting lauding mocking championing applauding decrying lambasting`
	// rebukeVerbs reprove their object for what it did, named after "for"
	// ("chastised Norland for its role in the raid"): a condemnation of
	// the object, the same act as "criticized" or "condemned" in other
	// words. Only the past and "-s" forms that are seldom nouns are listed
	// ("a rebuke", "reprimands", "the censure vote", "the deficit scolds"
	// are nouns), and no "-ing" forms ("a scolding").
	rebukeVerbs = `rebuked rebukes chastised chastises chastized castigated castigates berated berates scolded ` +
		`chided reprimanded excoriated excoriates lambasted lambasts censured upbraided upbraids admonished admonishes reproached reproaches pilloried`
	// intentVerbs report an intention when "to" follows: "promised to
	// cut taxes", "declined to comment", "threatened to leave".
	intentVerbs = `promised promises pledged pledges vowed vows agreed agrees refused refuses declined declines threatened threatens offered offers planned plans intends intended hopes hoped ` + intentOnly
	// intentOnly are the intent verbs that are cues only before "to" and
	// a verb: "is seeking to overturn", "hoping to win", "is planning to
	// run" ("the planning for the meeting" has no "to" and a verb). "plan"
	// is left out: mostly the noun, "a plan to cut taxes". "promising",
	// "pledging", "refusing" and "threatening" were right less than nine
	// times in ten as participles; they count only after a form of "be"
	// ("is promising to cut taxes"; see progressiveOnly).
	intentOnly      = `hoping seeking seeks seek intend intending planning ` + progressiveOnly
	progressiveOnly = `promising pledging refusing threatening`
	needsThatList   = `declared declares announced announces revealed disclosed demanded demands promised promises pledged pledges threatened found finds concluded concludes showed shows show shown agreed agrees rejected rejects reject dismissed dismisses dismiss disputed rebuffed rebuffs rebuff refuted refutes refute charged maintained maintains maintain testified hinted signaled signalled knew learned realized realised read reads refused refuses declined declines offered offers intends intended`
)

// wordClasses maps a lower-case word to its roles.
var wordClasses = func() map[string]wordClass {
	m := map[string]wordClass{}
	add := func(words string, c wordClass) {
		for _, w := range strings.Fields(words) {
			m[w] |= c
		}
	}
	add(pronounWords, wPronoun)
	add(`he she`, wHeShe)
	add(`they we`, wPlural)
	add(detWords, wDet)
	add(connectWords, wConnector)
	add(personRoles, wRole|wPerson)
	// "House Speaker Ann Roe": a parliament's speaker is a person's
	// office, so the name after it is a person's, not the House's.
	add(`speaker`, wRole|wPerson)
	add(groupRoles, wRole|wPlural)
	add(orgRoles, wRole)
	add(timeWordList, wTime)
	add(auxWords, wAux)
	add(prepWords, wPrep)
	add(leadInWords, wLeadIn)
	add(verbWords, wVerb)
	add(participles, wVerb|wParticiple)
	add(notSpeech, wVerb|wNotSpeech)
	add(needsThatList, wVerb|wNeedsThat)
	add(`plans planned `+intentOnly, wVerb|wNeedsThat)
	// "Some observers worry that ...": the plural present is a fear
	// reported before "that" only ("they worry about costs" is a topic).
	add(`worry`, wVerb|wNeedsThat)
	add(objectVerbs, wVerb|wObject)
	add(stanceVerbs, wVerb|wObject)
	add("according", wAccording)
	add(`spoke speaks speak speaking spoken talked talks talk talking`, wVerb|wTopic)
	// The reporting and belief verbs WordNet knows to take a that-clause
	// ("acknowledged that", "predicts that") are cues before "that" only;
	// a word the lists above give a class keeps the class it has.
	for form := range cueVerbs {
		if m[form] != 0 {
			continue
		}
		m[form] = wThatClause
		if strings.HasSuffix(form, "ing") {
			m[form] |= wParticiple // ", acknowledging that ..."
		}
	}
	add(`seems seemed appears appeared`, wSeem)
	// "Make" reports a stance or a saying only in the frames makeFrame
	// reads ("made it clear that", "made the case that"); like the
	// WordNet cue verbs, it is a cue only before "that".
	for form := range makeForms {
		m[form] |= wThatClause
	}
	add(attitudeWords, wAttitude)
	for form := range phrasalCues {
		m[form] |= wPhrasal
	}
	// Words that look like verbs or roles in the lists above but are
	// mostly something else in news text.
	m["may"] = wAux // the month, but mostly the modal: keep it out of speakers
	return m
}()

// phrasalCues maps the forms of the verbs that are cues with a particle
// to their particles: a demand ("called for a ban", "called on Congress
// to act", "pushed for"), a reference ("referring to the senator",
// "pointed to the polls"), a vote or a campaign ("voted against the
// bill", "advocates for"), an attack ("railed against trade deals").
// Their content is what follows the particle.
var phrasalCues = func() map[string]string {
	m := map[string]string{}
	add := func(particles string, forms string) {
		for _, f := range strings.Fields(forms) {
			m[f] = strings.TrimSpace(m[f] + " " + particles)
		}
	}
	add("for on", `call calls called calling`)
	add("to", `refer refers referred referring point points pointed pointing`)
	add("for against", `vote votes voted voting argue argues argued arguing lobby lobbies lobbied lobbying campaigned campaigning advocate advocates advocated advocating`)
	add("for", `push pushes pushed pushing plead pleads pleaded pleading appealed appealing`)
	add("against", `rail rails railed railing warn warns warned warning speak speaks spoke speaking`)
	add("about", `complain complains complained complaining`)
	return m
}()

// phrasal reports whether the verb at token i is a phrasal cue with its
// particle right after it.
func (a *attributor) phrasal(i int) bool {
	if !a.toks[i].is(wPhrasal) || i+1 >= len(a.toks) || a.toks[i+1].kind != tokWord {
		return false
	}
	if i > 0 && (a.toks[i-1].is(wDet) || possessivePronouns[strings.ToLower(a.word(i-1))] || possessive(a.word(i-1))) {
		return false // "a call for calm", "his push for": the noun
	}
	p := strings.ToLower(a.word(i + 1))
	for f := range strings.FieldsSeq(phrasalCues[strings.ToLower(a.word(i))]) {
		if f == p {
			return true
		}
	}
	return false
}

// cueVerbsFile is generated by scripts/cueverbs from WordNet 3.1; its
// licence is in cueverbs-LICENSE.txt beside it.
//
//go:embed cueverbs.txt
var cueVerbsFile string

// cueVerbs maps each inflected form the cue verb file lists to whether its
// lemma is a verb of cognition (believing, knowing) rather than of
// communication: "reckoned that" reports a belief, "stipulated that" speech.
var cueVerbs = parseCueVerbs(cueVerbsFile)

// parseCueVerbs reads a cue verb file: "form lemma lexicographer-file"
// lines and # comments.
func parseCueVerbs(file string) map[string]bool {
	m := map[string]bool{}
	for line := range strings.Lines(file) {
		f := strings.Fields(line)
		if len(f) == 3 && !strings.HasPrefix(f[0], "#") {
			m[f[0]] = m[f[0]] || f[2] == "cognition"
		}
	}
	return m
}

// tokenKind distinguishes the tokens of a paragraph.
type tokenKind uint8

const (
	tokWord tokenKind = iota
	tokPunct
	tokOpen  // an opening quotation mark
	tokClose // a closing quotation mark
)

// token is one word, punctuation rune or quotation mark of a paragraph, as
// attribution sees the text package's stream: a hyphenated compound is one
// word here ("Amir-Abdollahian" names one person), and only the marks
// scanMarks found are quotation marks.
type token struct {
	start, end int // byte offsets into the text
	mark       int // for quotation marks: the index in the paragraph's marks
	class      wordClass
	kind       tokenKind
	upper      bool // starts with an upper-case letter or a digit: part of a name
	adverb     bool // a lower-case word ending in -ly ("repeatedly")
}

func (t token) is(c wordClass) bool { return t.kind == tokWord && t.class&c != 0 }

// punct reports whether t is the punctuation rune r.
func (t token) punct(text string, r byte) bool {
	return t.kind == tokPunct && t.end-t.start == 1 && text[t.start] == r
}

// classOf returns the classes of a word in any case. Class words are ASCII
// and at most 15 bytes, so a word is lower-cased into a small buffer, which
// a map look-up reads without making a string of it.
func classOf(w string) wordClass {
	var buf [16]byte
	if len(w) > len(buf) {
		return 0
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return wordClasses[string(buf[:len(w)])]
}

// tokenizer turns paragraphs into attribution tokens; it keeps its buffer
// of the text package's tokens from paragraph to paragraph.
type tokenizer struct {
	stream []text.Token
}

// tokenize appends the tokens of the paragraph p to toks[:0]. The marks
// (from scanMarks, in text order) become quotation-mark tokens; every
// other quotation-mark rune is left out, but for the apostrophe and the
// backquote, which are punctuation.
func (tz *tokenizer) tokenize(s string, p Span, marks []quoteMark, toks []token) []token {
	toks = toks[:0]
	st := text.Tokens(tz.stream[:0], s[p.Start:p.End])
	tz.stream = st
	// The buffer is pooled: its tokens' forms must not keep this text alive.
	defer clear(st)
	mi := 0
	for k := 0; k < len(st); k++ {
		t := st[k]
		start, end := p.Start+t.Start, p.Start+t.End
		if mi < len(marks) && marks[mi].pos == start {
			kind := tokClose
			if marks[mi].open {
				kind = tokOpen
			}
			end = start + marks[mi].size
			toks = append(toks, token{start: start, end: end, kind: kind, mark: mi})
			for k+1 < len(st) && p.Start+st[k+1].Start < end {
				k++ // the second rune of a doubled mark ('' or ``)
			}
			mi++
			continue
		}
		switch {
		case t.IsWord():
			class := classOf(t.Form)
			for k+2 < len(st) && st[k+1].Kind == text.Punct && text.Joined(st[k], st[k+1], st[k+2]) {
				k += 2
				end, class = p.Start+st[k].End, 0 // no compound is a class word
			}
			for k+2 < len(st) && digitGroup(st[k], st[k+1], st[k+2]) {
				k += 2
				end = p.Start + st[k].End // "2,521 shootings": a comma inside a number ends no clause
			}
			r, _ := utf8.DecodeRuneInString(t.Form)
			upper := r < utf8.RuneSelf && r <= 'Z' || unicode.IsUpper(r) // A-Z or a digit: the lower-case letters come after
			if !upper && end > p.Start+t.End {
				// "al-Assad", "el-Sisi", "bin-Laden": a name that opens
				// with a lower-case particle is a name word all the same.
				r, _ = utf8.DecodeRuneInString(s[p.Start+t.End+1:])
				upper = hyphenParticles[t.Form] && unicode.IsUpper(r)
			}
			toks = append(toks, token{start: start, end: end, class: class, kind: tokWord, upper: upper,
				adverb: lyAdverb(s, start, end, upper, class)})
		case t.Form == "." && strayStopAfterCue(s, p.Start, start):
			// '"...," said. Rep. Ann Roe': the slip is read as if it were
			// not there, as the sentence splitter reads it.
		case t.Kind == text.Punct || t.Form == "'" || t.Form == "`":
			toks = append(toks, token{start: start, end: end, kind: tokPunct})
		}
	}
	framedCensure(s, toks)
	return toks
}

// framedOnlyCues are the bare forms of the verbs of censure and demand.
// Alone they are as often imperatives, hypotheses or nouns ("Don't blame
// Bush", "rather than criticize", "laid the blame on", "the demand for")
// as acts, so they are cues only in an infinitive after a frame that
// hands it its subject: "went on to blame", "continued to condemn", "was
// quick to denounce", "continue to demand more documents".
var framedOnlyCues = fieldSet(`condemn criticize criticise denounce blame demand urge`)

// framedCensure gives a bare verb of censure (framedOnlyCues) in toks the
// class of the stance verbs when a frame stands before its "to" (see
// aspectFrame), or "onto" after a form of "go", a common slip for "on to"
// ("went onto blame").
func framedCensure(s string, toks []token) {
	lower := func(i int) string {
		if i < 0 || toks[i].kind != tokWord {
			return ""
		}
		return strings.ToLower(s[toks[i].start:toks[i].end])
	}
	for i := 2; i < len(toks); i++ {
		if toks[i].kind != tokWord || toks[i].upper || !framedOnlyCues[lower(i)] {
			continue
		}
		before, frame := lower(i-1), lower(i-2)
		framed := before == "onto" && goForms[frame] ||
			before == "to" && (goOnFrames[frame] || frame == "on" && goForms[lower(i-3)] || readinessWords[frame] && beForms[lower(i-3)])
		if framed {
			toks[i].class = wVerb | wObject
		}
	}
}

// digitGroup reports whether the tokens a, b and c are a number, a comma
// and a group of three digits written together ("2,521"): one number,
// whose comma no clause or list ends at.
func digitGroup(a, b, c text.Token) bool {
	return a.Kind == text.Number && c.Kind == text.Number && b.Form == "," && a.End == b.Start && b.End == c.Start && len(c.Form) == 3
}

// hyphenParticles open Arabic names joined to them by a hyphen.
var hyphenParticles = fieldSet(`al el ad ar as ash at az an bin ibn abu abd`)

// lyAdverb reports whether the word text[i:j] is a lower-case adverb in
// -ly: one of more than four letters in no class. The last letter is
// tested first: a test of the class, which is as likely set as not, would
// wait for the look-up and then often be mispredicted, and one of the
// length, as likely true as not, would be too.
func lyAdverb(text string, i, j int, upper bool, class wordClass) bool {
	return text[j-1] == 'y' && j-i > 4 && text[j-2] == 'l' && !upper && class == 0 && !lyNouns[text[i:j]]
}

// lyNouns are the nouns in -ly that lyAdverb would take for adverbs: "the
// family said", "the assembly voted". Only lower-case forms are looked up,
// as lyAdverb reads lower-case words only.
var lyNouns = fieldSet(`family assembly rally supply monopoly anomaly homily tally bully folly`)

// phrase is a run of tokens [from, to) naming a speaker.
type phrase struct{ from, to int }

func (p phrase) empty() bool { return p.to <= p.from }

// attributor finds speakers in one paragraph's tokens.
type attributor struct {
	text string
	toks []token
	// titleCase is set for a paragraph whose words are nearly all
	// capitalised, a headline ("Former Pollster Says Clinton Is In
	// Trouble"): a capital there does not make a verb part of a name.
	titleCase bool
	// headline is set for the article's first paragraph in title case,
	// where a stance verb's object is what the headline says was said.
	headline bool
}

// markTitleCase sets titleCase for a paragraph of at least four words of
// which at most one in five starts lower-case, holding a capitalised
// function word ("Is", "In", "The" after the first word).
func (a *attributor) markTitleCase() {
	words, lower, function := 0, 0, false
	for i, t := range a.toks {
		if t.kind != tokWord {
			continue
		}
		words++
		switch {
		case !t.upper:
			// A lower-case preposition or article ("Calls for Inquiry
			// after Report") is how many headlines write them.
			if words == 1 || !t.is(wPrep|wDet|wConnector) || t.is(wVerb|wThatClause|wPhrasal) {
				lower++
			}
		case words > 1 && (t.is(wPrep|wDet|wConnector|wAux) || a.lowerWordIs(i, "is") || a.lowerWordIs(i, "are")):
			function = true
		}
	}
	// The article's first paragraph is where its headline stands, which
	// needs no capitalised function word to be one ("Bellwether County Says
	// Trump Should Win GOP Nomination").
	headline := len(a.toks) > 0 && a.toks[0].start == 0
	a.titleCase = words >= 4 && (function || headline) && 5*lower <= words
	a.headline = headline && a.titleCase
}

func (a *attributor) span(p phrase) Span {
	return Span{a.toks[p.from].start, a.toks[p.to-1].end}
}

func (a *attributor) str(p phrase) string {
	s := a.span(p)
	return a.text[s.Start:s.End]
}

// word is token i's text, or "" past either end of the paragraph's tokens:
// the rules look a word or two ahead and behind, and a paragraph that ends
// where a rule expects more (found by the fuzzers: "... called", "Most 0")
// must read as no word, not stop the load.
func (a *attributor) word(i int) string {
	if i < 0 || i >= len(a.toks) {
		return ""
	}
	return a.text[a.toks[i].start:a.toks[i].end]
}

// from and to are the byte offsets where token i starts and ends.
func (a *attributor) from(i int) int { return a.toks[i].start }
func (a *attributor) to(i int) int   { return a.toks[i].end }

// lowerWordIs reports whether token i is the word w (w in lower case).
func (a *attributor) lowerWordIs(i int, w string) bool {
	if i < 0 || i >= len(a.toks) {
		return false
	}
	t := a.toks[i]
	return t.kind == tokWord && t.end-t.start == len(w) && strings.EqualFold(w, a.text[t.start:t.end])
}

// speechVerb reports whether token i is a reporting verb usable without a
// quotation (indirect) or with one (quoted). Only words have classes.
func (a *attributor) speechVerb(i int, quoted bool) bool {
	return a.toks[i].class&(wVerb|wThatClause|wPhrasal) != 0 && a.isSpeechVerb(i, quoted)
}

func (a *attributor) isSpeechVerb(i int, quoted bool) bool {
	t := a.toks[i]
	if !t.is(wVerb|wThatClause|wPhrasal) || t.upper && i > 0 && a.toks[i-1].kind == tokWord && (!a.titleCase || a.toks[i-1].is(wDet|wConnector|wPrep)) {
		return false // "Said" inside a name ("the Said Business School", also in a headline)
	}
	if i > 0 && a.timePossessor(i-1) {
		return false // "Tuesday's talk of a cease-fire": a noun, and a day speaks for no one
	}
	if a.phrasal(i) {
		return true // "called for a ban": the particle makes the verb a cue
	}
	if !t.is(wVerb | wThatClause) {
		return false
	}
	if a.determinedNoun(i) {
		return false // "reacting to the latest claims, said": the noun
	}
	if nounBeforeOf[strings.ToLower(a.word(i))] && a.lowerWordIs(i+1, "of") && a.passiveReportAfter(i+2) {
		// "The Facebook claim of involvement was denied by the group":
		// the noun ("of" follows no such verb), the matter of the
		// passive's report, which is the sentence's speech.
		return false
	}
	if a.citingAside(i) {
		return false // "X, citing Israeli sources, reported that ...": the aside names X's source; "reported" is the cue
	}
	if a.writersAside(i) {
		return false // "It is worth noting that ...", "One would think ...": the writer's
	}
	if a.pastVerbObject(i) {
		return false // "Rebels gave various estimates of the toll": the noun
	}
	if i > 0 && a.possessorBefore(i) && !a.lowerWordIs(i+1, "that") && !((a.lowerWordIs(i+1, "is") || a.lowerWordIs(i+1, "was")) && a.lowerWordIs(i+2, "that")) {
		return false // "their claims could not be verified", "its reports": the noun; "his claims that ...", "their fear is that ..." report them
	}
	if !quoted && t.is(wNotSpeech) && !a.namingFollows(i) && !a.continuedAside(i) || quoted && (t.is(wObject) || regards[strings.ToLower(a.word(i))]) {
		return false
	}
	if quoted && namingForms[strings.ToLower(a.word(i))] && !a.nameQuotedAfter(i) {
		return false // "a sailor that state TV dubbed as the commander, said: "..."": the name is no quotation
	}
	if quoted && (namingForms[strings.ToLower(a.word(i))] || a.lowerWordIs(i, "called")) && i+1 < len(a.toks) && a.toks[i+1].kind == tokOpen && (!a.namedByRelative(i) || a.agentAfterName(i+1)) {
		return false // "a group dubbed "the Squad"": a passive, the group named by no one the sentence names
	}
	if a.lowerWordIs(i, "worry") && !a.thatNext(i) {
		return false // "causing some worry at the committee": the noun
	}
	if t.is(wNotSpeech) && a.lowerWordIs(i+1, "to") {
		return false // "the deal continues to exist", "called to order": no saying
	}
	if quoted && continueForms[strings.ToLower(a.word(i))] && i+1 < len(a.toks) && (a.toks[i+1].is(wDet) || possessivePronouns[strings.ToLower(a.word(i+1))]) {
		// '"...," he continued' and "continued that ..." go on speaking;
		// "the army continues its march" takes an object and goes on
		// doing, whatever quotation the sentence holds later.
		return false
	}
	if t.is(wTopic) && a.topicParticle(i) < 0 {
		return false // "spoke to reporters" is an act; "spoke of the role", "talked about taxes" report speech
	}
	if t.is(wThatClause) && !a.thatNext(i) && a.hearerThat(i) < 0 {
		return false // WordNet gives these verbs a that-clause, and only that frame is read
	}
	if !quoted && t.is(wNeedsThat) && !a.headlineStance(i) && !a.thatFollows(i) && !a.speechObject(i) && !a.dataSubject(i) && !a.intentFollows(i) && !a.clauseFollows(i) && !a.announcement(i) && !a.actObject(i) {
		return false // "declared a freeze" is an act; "declared that", 'declared: "' and "rejected the claims" are speech
	}
	if a.lowerWordIs(i, "shown") && !(a.perfectBefore(i) && (a.dataSubject(i) || a.thatFollows(i))) {
		return false // "polls have shown him trailing" reports; "the biases shown in the report", "had shown bad judgment" do not
	}
	if (a.lowerWordIs(i, "claimed") || a.lowerWordIs(i, "claims") || a.lowerWordIs(i, "claim")) && (a.lowerWordIs(i+1, "responsibility") || a.lowerWordIs(i+1, "credit")) {
		return false // "claimed responsibility for the attack" is an act
	}
	if (a.lowerWordIs(i, "claimed") || a.lowerWordIs(i, "claims") || a.lowerWordIs(i, "claim")) && a.livesTaken(i) {
		return false // "the war claimed the lives of 67 soldiers": a toll, no saying
	}
	if !quoted && questionedForms[strings.ToLower(a.word(i))] && a.describesAsked(i) {
		return false // "Americans asked about the strike said no": those polled, the saying theirs later
	}
	if !quoted && addForms[strings.ToLower(a.word(i))] && a.addsToSomething(i) {
		return false // "These details add credibility to his account": an act, no saying
	}
	if adviseForms[strings.ToLower(a.word(i))] && !a.adviceFollows(i) {
		return false // "advised the president on trade" is a role; "advised reporters to wait" reports advice
	}
	if a.lowerWordIs(i, "tweets") && (!quoted && !a.lowerWordIs(i+1, "that") || a.nounAfterDeterminer(i)) {
		return false // "her latest tweets suggest", "Her tweets that mocked him": the noun, but for "Roe tweets that" or beside a quotation
	}
	if pointForms[strings.ToLower(a.word(i))] && (!a.lowerWordIs(i+1, "out") || !a.lowerWordIs(i, "pointed") && !quoted && !a.lowerWordIs(i+2, "that")) {
		// "point out" is the cue; "the point", "20 points out of 30" are
		// not. Its other forms than "pointed" are read before "that" or a
		// quotation only: "pointing out where the store used to be" shows.
		return false
	}
	if stance[strings.ToLower(a.word(i))] && i+1 < len(a.toks) && stanceParticles[strings.ToLower(a.word(i+1))] &&
		!(a.lowerWordIs(i+1, "on") && i+2 < len(a.toks) && a.toks[i+2].is(wTime)) {
		return false // "knocked out a pillar", "backed off": a verb of its own, no stance; "condemned on Sunday" is one
	}
	if !quoted && strings.HasPrefix(strings.ToLower(a.word(i)), "respond") && (a.lowerWordIs(i+1, "by") || a.lowerWordIs(i+1, "with")) {
		return false // "responded by helping to build a force", "responded with ads": an act
	}
	return true
}

// perfectBefore reports whether a form of "have" stands right before the
// participle at token i, past adverbs: "has shown", "have similarly shown".
func (a *attributor) perfectBefore(i int) bool {
	j := i - 1
	for j >= 0 && j >= i-3 && a.toks[j].kind == tokWord && !a.toks[j].upper && (a.toks[j].adverb || strings.HasSuffix(a.word(j), "ly") || a.lowerWordIs(j, "also")) {
		j--
	}
	return j >= 0 && a.toks[j].kind == tokWord && haveForms[strings.ToLower(a.word(j))]
}

// determinedNoun reports whether the cue word at token i is a noun after
// a determiner, with a post-determiner at most between them: "the
// claims", "the latest claims", "a new report". A verb does not follow
// "the"; after a noun it may ("the airline added").
func (a *attributor) determinedNoun(i int) bool {
	if i > 0 && a.toks[i-1].is(wDet) {
		return true
	}
	if i > 1 && a.toks[i].class&wThatClause != 0 && a.toks[i].class&wVerb == 0 && quantityDeterminers[strings.ToLower(a.word(i-1))] && (beForms[strings.ToLower(a.word(i-2))] || haveForms[strings.ToLower(a.word(i-2))]) {
		// "there was some evidence that", "has no indication that": a word
		// WordNet also lists as a cue verb is the noun here; "Some say
		// that" has no verb before, and "have no plans to" is an intent.
		return true
	}
	return i > 1 && a.toks[i-2].is(wDet) && postDeterminers[strings.ToLower(a.word(i-1))]
}

// pastVerbObject reports whether the cue word at token i, in its "-s"
// form, is the plural noun object of a past verb right before it, or
// before one lower-case modifier: "gave estimates of the toll", "offered
// conflicting accounts." As a noun it ends its phrase or takes "of",
// "about", "on" or "over"; a clause after it ("the memo he signed warns
// the plan will fail", "the woman who was injured says she saw") makes it
// a verb after a relative clause, and "says" is never a noun.
func (a *attributor) pastVerbObject(i int) bool {
	w := strings.ToLower(a.word(i))
	if i < 1 || !strings.HasSuffix(w, "s") || w == "says" || a.toks[i].upper || i+1 < len(a.toks) && a.toks[i+1].kind == tokWord && !nounObjectPreps[strings.ToLower(a.word(i+1))] || i+1 < len(a.toks) && a.toks[i+1].kind == tokOpen {
		return false
	}
	v := i - 1
	if m := a.toks[v]; v > 0 && m.kind == tokWord && !m.upper && m.class == 0 && !m.adverb && !pastShaped(a, v) {
		v-- // "various", "conflicting": a modifier of the noun
	}
	return a.toks[v].kind == tokWord && !a.toks[v].is(wAux) && pastShaped(a, v)
}

// nounBeforeOf are the cue words that are nouns whenever "of" follows
// them: the verbs take their matter as an object or a clause ("claimed
// involvement", "reports that"), never with "of". Read as nouns they
// still report, their premodifier taken for the claimant ("Republican
// claims of progress"), unless a passive report follows.
var nounBeforeOf = fieldSet(`claim claims report reports`)

// passiveReportReach is how far after a noun's "of" passiveReportAfter
// looks for the passive's verb.
const passiveReportReach = 12

// passiveReportAfter reports whether a passive report verb with its agent
// (a form of "be", maybe adverbs, a reportPassives participle, "by")
// stands within passiveReportReach words from token k, with no clause
// punctuation between: "(claim of) involvement was subsequently denied by
// the group".
func (a *attributor) passiveReportAfter(k int) bool {
	for i := k; i < len(a.toks) && i < k+passiveReportReach; i++ {
		t := a.toks[i]
		if t.kind != tokWord {
			if t.punct(a.text, '-') || t.punct(a.text, '\'') {
				continue
			}
			return false
		}
		if !beForms[strings.ToLower(a.word(i))] {
			continue
		}
		v := i + 1
		for v < len(a.toks) && v < i+4 && a.toks[v].kind == tokWord && (a.toks[v].adverb || a.toks[v].is(wAux)) {
			v++
		}
		return v+1 < len(a.toks) && reportPassives[strings.ToLower(a.word(v))] && a.lowerWordIs(v+1, "by")
	}
	return false
}

// nounObjectPreps take the object of a noun of saying: "estimates of the
// toll", "accounts about the night", "reports on the crash".
var nounObjectPreps = fieldSet(`of about on over`)

// quantityDeterminers quantify a noun after a form of "be" or "have":
// "was some evidence", "had no indication".
var quantityDeterminers = fieldSet(`some no any little much more enough`)

// postDeterminers stand between a determiner and its noun, and never head
// a noun phrase that a verb could follow.
var postDeterminers = fieldSet(`latest new recent earlier initial previous original same other further`)

// passiveParticiples take their charge after an object when active
// ("accused the president of", "blamed Hamas for"): the preposition right
// after them marks the passive, whose subject is the one charged.
var passiveParticiples = map[string]string{
	"accused": "of", "blamed": "for", "charged": "with", "criticized": "for", "criticised": "for",
	"condemned": "for", "faulted": "for", "suspected": "of", "praised": "for",
}

// passiveCue reports whether a cue is a passive participle with its
// charge right after it ("accused of", "blamed for"), so that the noun
// phrase before it is charged, not speaking: "Republican senators accused
// of appeasing the president", "the groups blamed for the assault". The
// accuser is not named. A time after the preposition ("condemned for the
// second time") keeps the verb active.
func (a *attributor) passiveCue(c cue) bool {
	prep, ok := passiveParticiples[strings.ToLower(c.text)]
	if !ok {
		return false
	}
	words := strings.Fields(a.text[c.span.End:min(len(a.text), c.span.End+40)])
	if len(words) == 0 || !strings.EqualFold(words[0], prep) {
		return false
	}
	return !(len(words) >= 4 && strings.EqualFold(words[1], "the") && strings.HasPrefix(strings.ToLower(words[3]), "time"))
}

// continueForms are the forms of "continue" read as a cue: speech when
// the speaker goes on ("he continued:", "continued that"), not when an
// object follows.
var continueForms = fieldSet(`continued continues`)

// continuedAside reports whether the verb at token i is "continued" set
// off by commas after its subject inside the reported words
// ("Practically speaking, he continued, the plan would fail"): the
// speaker going on, as ", he said," would. The words after it must go on
// with a clause: "continued" before an aside and its own object or "to"
// ("Israel continued, despite warnings, to strike", "Russia continued,
// unabated, its shelling") is the verb of the sentence.
func (a *attributor) continuedAside(i int) bool {
	w := strings.ToLower(a.word(i))
	if w != "continued" && w != "continues" || i < 2 || i+1 >= len(a.toks) || !a.toks[i+1].punct(a.text, ',') {
		return false
	}
	s := a.toks[i-1]
	return s.kind == tokWord && (s.is(wPronoun) || s.upper) && a.toks[i-2].punct(a.text, ',') && a.clauseGoesOn(i+2)
}

// clauseGoesOn reports whether the words at token j go on with a clause
// rather than an aside or an object: a subject opens them ("the levy
// would", "she will", "Okafor said") or a finite verb comes within a few
// words, before any comma ("would never be collected" after "The levy,
// she continued,").
func (a *attributor) clauseGoesOn(j int) bool {
	if j >= len(a.toks) || a.toks[j].kind != tokWord {
		return false
	}
	w := strings.ToLower(a.word(j))
	if a.toks[j].is(wPrep) || w == "to" || subjectConjunctions[w] {
		return false // "despite warnings", "to strike", "as it had for weeks"
	}
	if a.toks[j].is(wDet) || subjectPronouns[w] || possessivePronouns[w] || a.toks[j].upper && !a.toks[j].is(wLeadIn) {
		return true
	}
	for k := j; k < len(a.toks) && k < j+4 && a.toks[k].kind == tokWord; k++ {
		v := strings.ToLower(a.word(k))
		if finiteAux[v] || beForms[v] && v != "be" && v != "been" && v != "being" {
			return true
		}
	}
	return false
}

// possessorBefore reports whether a possessive pronoun stands right before
// token i, so that the word is a noun ("their claims", "its reports"). A
// "her" after a verb or a preposition is an object ("told her", "asked
// her"), not a possessor.
func (a *attributor) possessorBefore(i int) bool {
	w := strings.ToLower(a.word(i - 1))
	if a.toks[i-1].kind != tokWord || !possessivePronouns[w] {
		return false
	}
	return w != "her" || i < 2 || a.toks[i-2].kind != tokWord || a.toks[i-2].is(wConnector)
}

// livesTaken reports whether the verb at token i takes a toll for its
// object: "claimed the lives of", "claimed a life", "claimed 1,200 lives",
// "claimed more than 300 lives". Any other word after it ("claimed his
// life was in danger", "claimed he had saved lives") opens what was
// claimed.
func (a *attributor) livesTaken(i int) bool {
	if w := strings.ToLower(a.word(max(i-1, 0))); i > 0 && w != "it" && subjectPronouns[w] {
		return false // "He claimed the lives of the hostages were at risk": a person claims
	}
	j := i + 1
	if a.lowerWordIs(j, "more") && a.lowerWordIs(j+1, "than") {
		j += 2
	}
	switch {
	case a.lowerWordIs(j, "the") && a.lowerWordIs(j+1, "lives") && a.lowerWordIs(j+2, "of"):
		return true
	case a.lowerWordIs(j, "a") || a.lowerWordIs(j, "another"):
		return a.lowerWordIs(j+1, "life")
	case j < len(a.toks) && startsWithDigit(a.word(j)):
		for j < len(a.toks) && (a.toks[j].kind == tokWord && startsWithDigit(a.word(j)) || a.toks[j].punct(a.text, ',')) {
			j++ // "1,200" may be three tokens
		}
		return a.lowerWordIs(j, "lives")
	}
	return false
}

// headlineStance reports whether token i is the first verb of a
// headline, whose object is what the headline says its subject said
// ("Bernie Sanders Promises Action On Immigration", "Panel Dismissed
// Sanders' Tax Plan"): a headline has room for no other report. A verb
// after another ("Trump Says He Never Pledged ...") is inside the report.
func (a *attributor) headlineStance(i int) bool {
	if !a.headline {
		return false
	}
	for k := range i {
		if a.toks[k].is(wVerb | wThatClause | wPhrasal) {
			return false
		}
	}
	return true
}

// accordingTo reports whether tokens k and k+1 are "according to".
func (a *attributor) accordingTo(k int) bool {
	return a.toks[k].is(wAccording) && a.lowerWordIs(k+1, "to")
}

// thatFollows reports whether "that" comes within a few words after token
// i ("announced on Thursday that").
func (a *attributor) thatFollows(i int) bool {
	for k := i + 1; k < len(a.toks) && k <= i+4; k++ {
		if a.lowerWordIs(k, "that") {
			return true
		}
		if a.toks[k].kind != tokWord {
			return false
		}
	}
	return false
}

// thatNext reports whether "that" opens the clause right after the verb
// at token i, past a time or an adverb ("acknowledged on Tuesday that",
// "predicted privately that"): the frame WordNet gives the cue verbs.
// After a form of "make" the words of its frame come first ("made it
// clear on Monday that"), and without them there is no cue ("the
// mistakes they made that year").
func (a *attributor) thatNext(i int) bool {
	from := i + 1
	if makeForms[strings.ToLower(a.word(i))] {
		n := a.makeFrame(i)
		if n == 0 {
			return false
		}
		from += n
		if a.clarityClause(i, from) {
			return true
		}
	}
	for k := from; k < len(a.toks) && k <= from+3; k++ {
		t := a.toks[k]
		switch {
		case a.lowerWordIs(k, "that"):
			return from == i+1 || !a.subjectGap(k+1) // "the case that won them the trial": a relative clause
		case t.is(wTime) || t.adverb || t.punct(a.text, ','):
		case a.lowerWordIs(k, "on") && k+1 < len(a.toks) && a.toks[k+1].is(wTime):
		case timeDeterminers[strings.ToLower(a.word(k))] && k+1 < len(a.toks) && a.toks[k+1].is(wTime):
			// "implied last week that", "hinted earlier this month that"
		default:
			return false
		}
	}
	return false
}

// clarityClause reports whether the frame of clarity after the form of
// "make" at token i ("made clear", "made it plain"), ending before token
// from, takes a clause with no "that": a subject pronoun and a verb or an
// adverb after it ("Republicans have made clear they still have
// questions"). Only clarity leaves its "that" out so: "made the case
// they ..." is rarer than "made the case they lost".
func (a *attributor) clarityClause(i, from int) bool {
	if w := strings.ToLower(a.word(from - 1)); w != "clear" && w != "plain" || from+1 >= len(a.toks) {
		return false
	}
	s, next := a.toks[from], a.toks[from+1]
	if s.kind != tokWord || !subjectPronouns[strings.ToLower(a.word(from))] || next.kind != tokWord || next.upper {
		return false
	}
	w := strings.ToLower(a.word(from + 1))
	return next.adverb || finiteAux[w] || beForms[w] || modalWords[w] || narrationAdverbs[w] || w == "wo" ||
		strings.HasSuffix(w, "ed") || strings.HasPrefix(w, "won") || strings.HasPrefix(w, "don") || strings.HasPrefix(w, "didn")
}

// timeDeterminers open a time phrase between a cue and its "that": "last
// week", "this month".
var timeDeterminers = fieldSet(`last this next past`)

// subjectGap reports whether token k, right after "that", is a verb: the
// "that" is then the subject of a relative clause ("made the case that
// won them the trial"), not the start of a that-clause with a subject of
// its own ("made the case that the levy would pay").
func (a *attributor) subjectGap(k int) bool {
	if k >= len(a.toks) || a.toks[k].kind != tokWord || a.toks[k].upper {
		return false
	}
	w := strings.ToLower(a.word(k))
	return a.toks[k].is(wVerb|wThatClause) || beForms[w] || finiteAux[w] || negatedAux(w) || pastVerbs[w] || strings.HasSuffix(w, "ed")
}

// makeForms are the forms of "make", which reports what its subject
// said or thinks when a frame of clarity or argument follows it (see
// makeFrame).
var makeForms = fieldSet(`make makes made making`)

// makeFrames are the words after "make" that turn it into a cue before a
// that-clause: general English for saying something plainly ("made clear
// that", "made it plain that") or arguing it ("made the case that",
// "makes the point that", "made the argument that").
//
// "a point" is left out: "made a point that nobody else had raised" is
// mostly a relative clause, whose gap after its verb is not seen.
var makeFrames = fieldSet2(`clear|plain|it clear|it plain|the case|the point|the argument|his case|her case|their case`)

// makeFrame returns how many words after the form of "make" at token i
// make up a frame of makeFrames, or 0 when none does.
func (a *attributor) makeFrame(i int) int {
	for n := 2; n >= 1; n-- {
		if i+n >= len(a.toks) {
			continue
		}
		words := make([]string, 0, n)
		for k := i + 1; k <= i+n; k++ {
			if a.toks[k].kind != tokWord {
				break
			}
			words = append(words, strings.ToLower(a.word(k)))
		}
		if len(words) == n && makeFrames[strings.Join(words, " ")] {
			return n
		}
	}
	return 0
}

// intentFollows reports whether the verb at token i reports an intention:
// an intent verb before "to" ("promised to cut taxes", "declined to
// comment").
func (a *attributor) intentFollows(i int) bool {
	to := i + 1
	if to+1 < len(a.toks) && a.lowerWordIs(to, "on") && a.toks[to+1].is(wTime) && a.toks[to+1].upper {
		to++ // "threatened on Monday to close"
	}
	if to < len(a.toks) && a.toks[to].is(wTime) && a.toks[to].upper {
		to++ // "promised Monday to begin"
	}
	if !intentWords[strings.ToLower(a.word(i))] || !a.lowerWordIs(to, "to") || to+1 >= len(a.toks) {
		return false
	}
	if i > 0 && (a.toks[i-1].is(wDet) || possessivePronouns[strings.ToLower(a.word(i-1))] || possessive(a.word(i-1))) {
		return false // "his plans to build": the noun
	}
	if (a.lowerWordIs(i, "planning") || progressiveOnlyWords[strings.ToLower(a.word(i))]) && !a.progressiveMain(i) {
		return false // "Candidates planning to run must file", "the governor, who is planning to run, said"
	}
	next := a.toks[to+1]
	return next.kind == tokWord && !next.upper && !next.is(wDet|wPronoun|wTime) // "to" and a verb, not "to the voters"
}

// progressiveMain reports whether the participle at token i makes a
// progressive with a form of "be" before it ("is planning to run", "are
// still hoping to"), outside a restrictive relative clause: without "be"
// the participle qualifies a noun ("Firms planning to expand face higher
// taxes"), and after "who is" with no comma before "who" the clause
// picks out its subject, whose own verb comes later ("The governor who is
// planning to run declined to comment"). A relative set off by a comma
// reports an intention ("the chamber, which is planning to ...").
func (a *attributor) progressiveMain(i int) bool {
	k := i - 1
	for k >= 0 && a.toks[k].kind == tokWord && (a.toks[k].adverb || a.lowerWordIs(k, "not")) {
		k--
	}
	if k < 0 || a.toks[k].kind != tokWord {
		return false
	}
	w := strings.ReplaceAll(strings.ToLower(a.word(k)), "’", "'")
	if !beForms[w] && !negatedAux(w) && !strings.HasSuffix(w, "'re") && !strings.HasSuffix(w, "'s") && w != "i'm" {
		return false // "isn't planning", "they're now planning" are progressives too
	}
	return k == 0 || !relativeOpeners[strings.ToLower(a.word(k-1))] || k >= 2 && a.toks[k-2].punct(a.text, ',')
}

// progressiveOnlyWords are the intent participles read only in a
// progressive ("is promising to"); "a promising start" and "threatening
// to close, the union ..." are no cues of their own.
var progressiveOnlyWords = fieldSet(progressiveOnly)

// relativeOpeners open a relative clause before its verb ("who is
// planning", "which was seeking").
var relativeOpeners = fieldSet(`who which that whom`)

// namingFollows reports whether the verb at token i names or describes
// its object: "called Trump a fascist", "calling it an attack on
// democracy", "described the plan as reckless". Without the second noun
// phrase, "called the police" and "described the scene" are acts.
func (a *attributor) namingFollows(i int) bool {
	w := strings.ToLower(a.word(i))
	describe := strings.HasPrefix(w, "describ") || regards[w]
	if !describe && !strings.HasPrefix(w, "call") {
		return false
	}
	if !describe && a.complementAfterObject(i) {
		return true
	}
	if !describe && i+1 < len(a.toks) && callParticles[strings.ToLower(a.word(i+1))] {
		return false // "called off a deal", "called up a reserve unit": an act
	}
	for k := i + 2; k < len(a.toks) && k <= i+6; k++ {
		t := a.toks[k]
		if describe && t.punct(a.text, ',') {
			if e := a.participleAsideEnd(k); e > 0 && a.lowerWordIs(e+1, "as") {
				return true // "described the emails, written by aides, as a mundane set"
			}
		}
		if t.kind != tokWord {
			return false
		}
		if describe && a.lowerWordIs(k, "as") {
			return true
		}
		if !describe && (a.lowerWordIs(k, "a") || a.lowerWordIs(k, "an")) {
			return a.articleOpensComplement(k)
		}
		if t.is(wVerb|wPrep) && !(a.toks[k-1].is(wDet) && strings.HasSuffix(strings.ToLower(a.word(k)), "ed")) {
			return !describe && a.longObjectComplement(i) // "calling the proposed plan a ...": a participle after "the" modifies the object
		}
	}
	return !describe && a.longObjectComplement(i)
}

// maxParticipleAside bounds the words of a participle phrase set off by
// commas inside an object: "the emails, written by officials ranging
// from career staff to the director,".
const maxParticipleAside = 20

// participleAsideEnd returns the token of the comma closing a participle
// phrase that the comma at token k opens ("the emails, written by aides,
// as ..."), or -1: a past participle in -ed or "written", "made", "sent",
// "given", "taken" follows the comma, and the closing comma comes within
// maxParticipleAside tokens of words, with no quotation mark or other
// punctuation between.
func (a *attributor) participleAsideEnd(k int) int {
	if k+1 >= len(a.toks) || a.toks[k+1].kind != tokWord || a.toks[k+1].upper {
		return -1
	}
	w := strings.ToLower(a.word(k + 1))
	if !(len(w) > 4 && strings.HasSuffix(w, "ed")) && !asideParticiples[w] {
		return -1
	}
	for e := k + 2; e < len(a.toks) && e <= k+1+maxParticipleAside; e++ {
		t := a.toks[e]
		if t.punct(a.text, ',') {
			return e
		}
		if t.kind != tokWord && !t.punct(a.text, '-') && !t.punct(a.text, '.') {
			return -1
		}
	}
	return -1
}

// asideParticiples are irregular past participles that open a phrase
// set off by commas: "the emails, written by aides, ...".
var asideParticiples = fieldSet(`written made sent given taken drawn known seen held built`)

// longObjectComplement reports whether the "call" verb at token i takes
// a long object, held together by prepositions and "and", then a
// complement opened by an article straight after a noun: "called her
// vote in favor of the Iraq War a mistake", "called the citation and the
// demand for his appearance a political ploy". The object opens with a
// determiner or possessive; an article after a preposition or a verb
// opens a phrase of its own ("called the police after a shooting",
// "called the office to report a fire"), and a count or a time is no
// complement ("called the hotline a dozen times", "a day later").
func (a *attributor) longObjectComplement(i int) bool {
	if i+1 >= len(a.toks) || !a.toks[i+1].is(wDet) && !possessivePronouns[strings.ToLower(a.word(i+1))] {
		return false
	}
	for k := i + 3; k < len(a.toks) && k <= i+16; k++ {
		t := a.toks[k]
		if t.kind != tokWord {
			return false
		}
		prev := a.toks[k-1]
		if a.lowerWordIs(k, "a") || a.lowerWordIs(k, "an") {
			if prev.kind != tokWord || prev.adverb || prev.is(wPrep|wDet|wVerb|wAux|wConnector|wPronoun|wThatClause) || a.lowerWordIs(k-1, "and") || a.lowerWordIs(k-1, "or") {
				return false
			}
			return a.articleOpensComplement(k)
		}
		afterDet := prev.is(wDet) || possessivePronouns[strings.ToLower(a.word(k-1))]
		if !t.upper && !afterDet && (t.is(wVerb|wAux|wThatClause|wPronoun) || strings.HasSuffix(strings.ToLower(a.word(k)), "ing")) && !t.is(wDet) {
			return false // "the demand for": a verb's form after a determiner is a noun
		}
	}
	return false
}

// articleOpensComplement reports whether the article at token k opens a
// naming complement rather than a count or a time: "a liar", not "a
// day later" or "a dozen times".
func (a *attributor) articleOpensComplement(k int) bool {
	if k+1 >= len(a.toks) || a.toks[k+1].kind != tokWord {
		return false
	}
	next := strings.ToLower(a.word(k + 1))
	return !a.toks[k+1].is(wTime) && !timeUnits[next] && !callNonComplements[next] && !quantityNouns[next]
}

// quantityNouns follow an article as a count, not a complement: "a
// dozen times", "a couple of times", "a number of times".
var quantityNouns = fieldSet(`dozen couple number lot few bit second third half total amount share portion majority minority`)

// complementAfterObject reports whether the "call" verb at token i takes
// an object and then a complement with no article, which names or judges
// the object: a pronoun then a lower-case word that is no particle,
// preposition, time or adverb ("called him divisive", "called her
// fallen son her hero", "called themselves very conservative"), or a
// short noun phrase then a word shaped as an adjective that ends the
// clause ("called the charges unsubstantiated", "called the actions
// lawful,"). "called him back", "called her on Tuesday", "called them
// repeatedly" and "called the police station" are acts.
func (a *attributor) complementAfterObject(i int) bool {
	if i+2 >= len(a.toks) || a.toks[i+1].kind != tokWord || a.toks[i+1].upper {
		return false
	}
	if namedObjects[strings.ToLower(a.word(i+1))] {
		c := i + 2
		if possessivePronouns[strings.ToLower(a.word(i+1))] {
			// "called her fallen son her hero": "her" owns the object, a
			// noun or two, and the complement opens with a possessive too.
			for c < len(a.toks) && c <= i+4 && !possessivePronouns[strings.ToLower(a.word(c))] {
				if a.toks[c].kind != tokWord || a.toks[c].upper || a.toks[c].class&^(wRole|wPerson|wPlural) != 0 || a.toks[c].adverb {
					c = len(a.toks)
					break
				}
				c++
			}
			if c < len(a.toks) && c > i+2 && c+1 < len(a.toks) && a.toks[c+1].kind == tokWord && !a.toks[c+1].upper {
				return true
			}
		}
		if a.lowerWordIs(i+1, "her") {
			// "called her friends", "called her office": "her" owns the
			// object; only a complement shaped as one ends the clause.
			return adjectiveShaped(strings.ToLower(a.word(i+2))) && a.clauseEndsAt(i+3)
		}
		return a.complementWord(i + 2)
	}
	if !a.toks[i+1].is(wDet) && !possessivePronouns[strings.ToLower(a.word(i+1))] {
		return false
	}
	for k := i + 2; k < len(a.toks) && k <= i+4; k++ {
		t := a.toks[k]
		if t.kind != tokWord || t.upper || t.class&^(wRole|wPerson|wPlural) != 0 || t.adverb {
			return false
		}
		if k > i+2 && adjectiveShaped(strings.ToLower(a.word(k))) && a.clauseEndsAt(k+1) {
			return true
		}
	}
	return false
}

// namedObjects are the object pronouns a naming verb's complement may
// follow at once.
var namedObjects = fieldSet(`him her them it us me himself herself themselves itself`)

// complementWord reports whether the word at token k, right after the
// object pronoun of a naming verb, opens its complement: a lower-case
// word that is no particle, preposition, time, auxiliary, connector or
// adverb ("back", "on", "Tuesday", "again", "and", "repeatedly"). An
// article opens the complement namingFollows reads ("called him a liar").
func (a *attributor) complementWord(k int) bool {
	t := a.toks[k]
	if t.adverb && k+1 < len(a.toks) && adjectiveShaped(strings.ToLower(a.word(k+1))) {
		return true // "called themselves fairly hopeful": an adverb of degree before the complement
	}
	w := strings.ToLower(a.word(k))
	if t.kind != tokWord || t.upper || t.adverb || t.is(wPrep|wTime|wAux|wConnector|wLeadIn|wVerb|wPronoun|wRole|wDet) || callParticles[w] ||
		callNonComplements[w] || startsWithDigit(w) {
		return false
	}
	if k+1 < len(a.toks) && a.toks[k+1].kind == tokWord && a.toks[k+1].is(wPronoun) {
		return false
	}
	// The complement is known by its shape or by where it ends: a word
	// shaped as an adjective, or a word or two that end the clause or
	// stand before a time ("called them idiots on Tuesday"). A phone call
	// goes on with a count, a time or a purpose ("called him hours later
	// to apologize").
	if adjectiveShaped(w) {
		return true
	}
	for e := k + 1; e <= k+2; e++ {
		if a.clauseEndsAt(e) || a.timeAt(e) {
			return true
		}
		if e >= len(a.toks) || a.toks[e].upper || a.toks[e].adverb || a.toks[e].is(wPrep|wTime|wAux|wConnector|wLeadIn|wVerb|wPronoun|wDet) {
			return false
		}
	}
	return false
}

// callNonComplements follow the object of a call that is an act, not a
// naming: a count, a span of time, or a word of place or manner ("called
// him three times", "called them dozens of times", "called him right
// away", "called them all in", "called them forward").
var callNonComplements = fieldSet(`all both each right afterward afterwards forward later again often hours minutes days weeks months years times dozens hundreds thousands one two three four five six seven eight nine ten several many few`)

// timeAt reports whether a time opens at token k: a time word, or a
// preposition before one ("on Tuesday", "last week").
func (a *attributor) timeAt(k int) bool {
	if k >= len(a.toks) || a.toks[k].kind != tokWord {
		return false
	}
	if a.toks[k].is(wTime) {
		return true
	}
	return k+1 < len(a.toks) && (a.toks[k].is(wPrep) || timeDeterminers[strings.ToLower(a.word(k))]) && a.toks[k+1].kind == tokWord && a.toks[k+1].is(wTime)
}

// callParticles make "call" a verb of its own after an object: "called
// him back", "called it off", "called it quits", "called them home".
var callParticles = fieldSet(`back up out off down away over twice once names quits home together early late first last`)

// adjectiveShaped reports whether a lower-case word has an ending that
// marks most adjectives: "lawful", "divisive", "dangerous", "reckless",
// "unacceptable", "unsubstantiated" (a negative past participle). The
// framing package keeps a like list of endings for its own reading
// (framing/aimreader.go).
func adjectiveShaped(w string) bool {
	for _, suffix := range []string{"ful", "ive", "ous", "less", "able", "ible", "ic", "ical"} {
		if len(w) > len(suffix)+2 && strings.HasSuffix(w, suffix) {
			return true
		}
	}
	return len(w) > 6 && strings.HasPrefix(w, "un") && strings.HasSuffix(w, "ed")
}

// clauseEndsAt reports whether a clause ends at token k: the paragraph's
// end, punctuation, or a joining "and" or "or" ("unsubstantiated and
// fabricated").
func (a *attributor) clauseEndsAt(k int) bool {
	return k >= len(a.toks) || a.toks[k].kind != tokWord || a.lowerWordIs(k, "and") || a.lowerWordIs(k, "or")
}

// nameQuotedAfter reports whether a quotation opens within a few words
// after the naming verb at token i, with no punctuation between ('dubbed
// the race "the yuca primary"', 'labeled as "unconvincing"').
func (a *attributor) nameQuotedAfter(i int) bool {
	for k := i + 1; k < len(a.toks) && k <= i+8; k++ {
		if a.toks[k].kind == tokOpen {
			return true
		}
		if a.toks[k].kind != tokWord {
			return false
		}
	}
	return false
}

// agentAfterName reports whether the quotation opening at token open is
// followed by "by" ('that were labeled "secret" by the agency'): a
// passive, whose namer is the agent.
func (a *attributor) agentAfterName(open int) bool {
	for k := open + 1; k < len(a.toks) && k <= open+12; k++ {
		if a.toks[k].kind == tokClose {
			return a.lowerWordIs(k+1, "by")
		}
	}
	return false
}

// namingForms are the namingVerbs, looked up.
var namingForms = fieldSet(namingVerbs)

// namedByRelative reports whether the naming verb at token i, right before
// the name it gives, has its object before its subject ("whom the mayor
// dubbed", "what Ann Roe, a pollster, dubbed", "a move he called", with
// the relative left out before a pronoun or a name) or an auxiliary that makes it
// active ("has dubbed"): its subject names, where "a group dubbed" is a
// passive, and so is "chains on the server labeled": a preposition ends
// the search.
func (a *attributor) namedByRelative(i int) bool {
	if i > 0 && a.toks[i-1].kind == tokWord && (subjectPronouns[strings.ToLower(a.word(i-1))] || a.toks[i-1].upper && i > 1 && !a.toks[i-2].is(wDet)) {
		return true // "a move he called "...", "the plan Roe dubbed "...": the relative left out
	}
	for k := i - 1; k >= 0 && k >= i-10 && (a.toks[k].kind == tokWord && !a.toks[k].is(wPrep) || a.toks[k].punct(a.text, ',')); k-- {
		switch strings.ToLower(a.word(k)) {
		case "what", "who", "whom", "which", "that", "has", "have", "had":
			return true
		}
	}
	return false
}

// plainSay reports whether the verb at token i is a plain saying verb
// ("say", "says", "said", "told"): a verb that needs no object or frame
// to report speech.
func (a *attributor) plainSay(i int) bool {
	return sayForms[strings.ToLower(a.word(i))] && !a.toks[i].upper
}

// untilAux ends the phrase p before its first auxiliary, form of "be" or
// modal ("Mrs. Clinton has since said": "Mrs. Clinton"), and empties it
// when no name or role is left ("Would you say").
func (a *attributor) untilAux(p phrase) phrase {
	for i := p.from; i < p.to; i++ {
		if w := strings.ToLower(a.word(i)); a.toks[i].is(wAux) || beForms[w] || negatedAux(w) || w == "may" || w == "might" || w == "can" || w == "should" || w == "must" {
			return a.trimPhrase(phrase{p.from, i})
		}
	}
	return p
}

// sayForms are the plain saying verbs.
var sayForms = fieldSet(`say says said`)

// regards holds the regard verbs, which name their object's view with "as".
var regards = fieldSet(regardVerbs)

// clauseFollows reports whether a clause with a pronoun subject follows
// the verb at token i without "that", past a time: "announced Sunday she
// will resign", "found it was too late".
func (a *attributor) clauseFollows(i int) bool {
	k := i + 1
	for k < len(a.toks) && k <= i+4 && (a.toks[k].is(wTime) || a.toks[k].adverb || a.lowerWordIs(k, "on") && k+1 < len(a.toks) && a.toks[k+1].is(wTime)) {
		k++
	}
	return k+1 < len(a.toks) && subjectPronouns[strings.ToLower(a.word(k))] && a.toks[k+1].kind == tokWord && !a.toks[k+1].is(wPrep)
}

// announcement reports whether the verb at token i announces something it
// names: "announced his resignation", "announced a series of steps".
func (a *attributor) announcement(i int) bool {
	if !announceVerbs[strings.ToLower(a.word(i))] {
		return false
	}
	k := i + 1
	for k < len(a.toks) && k <= i+3 && (a.toks[k].is(wTime) || a.toks[k].adverb || a.timeAt(k)) {
		k++ // "announced Friday", "announced on Friday the arrest of"
	}
	return k < len(a.toks) && a.toks[k].kind == tokWord && (a.toks[k].is(wDet) || possessivePronouns[strings.ToLower(a.word(k))] || a.toks[k].upper && !a.toks[k].is(wTime))
}

// announceVerbs make public what their object names.
var announceVerbs = fieldSet(`announced announces announce announcing`)

// intentWords are the intent verbs, by lower-case form.
var intentWords = fieldSet(intentVerbs)

// dataSubject reports whether the subject of the verb at token i is data
// that speaks for itself: "polls show Clinton ahead", "the study found".
func (a *attributor) dataSubject(i int) bool {
	j := a.skipBack(i-1, max(0, i-4))
	if j >= 0 && a.toks[j].kind == tokWord && (dataNouns[strings.ToLower(a.word(j))] || a.footageShows(j, i)) {
		return true
	}
	return !a.dataPhrase(i).empty()
}

// footageNouns are the recordings that show as data does, with "show"
// only: "Video of the incident shows him ...". They are no source of
// their own elsewhere ("In the video, she ...").
var footageNouns = fieldSet(`video videos footage`)

// footageShows reports whether the word at token k is a recording and the
// verb at token i a form of "show".
func (a *attributor) footageShows(k, i int) bool {
	return footageNouns[strings.ToLower(a.word(k))] && showForms[strings.ToLower(a.word(i))]
}

// showForms are the forms of "show" a recording shows with.
var showForms = fieldSet(`show shows showed`)

// withoutAuxiliaries returns a subject phrase without the auxiliaries,
// modals and adverbs that end it before its verb ("Recent polls have
// similarly"), keeping its first word.
func (a *attributor) withoutAuxiliaries(np phrase) phrase {
	for np.to-1 > np.from && a.toks[np.to-1].kind == tokWord {
		w := strings.ToLower(a.word(np.to - 1))
		if !a.toks[np.to-1].adverb && !(len(w) > 4 && strings.HasSuffix(w, "ly") && !a.toks[np.to-1].upper) && !finiteAux[w] && !beForms[w] && !modalWords[w] {
			break
		}
		np.to--
	}
	return np
}

// dataPhrase returns the subject of the verb at token i when a data noun
// heads it and it opens its clause, before its first preposition (or
// after "of"): "Polls in New Hampshire (show)", "A review by The Times
// (shows)", "An average of recent polls by RealClearPolitics (shows)".
// The phrase runs from the clause's start to the verb.
func (a *attributor) dataPhrase(i int) phrase {
	j := a.skipBack(i-1, max(0, i-4))
	if j < 0 || a.toks[j].kind != tokWord {
		return phrase{}
	}
	start := j
	for start > 0 && j-start < 16 && !subjectConjunctions[strings.ToLower(a.word(start-1))] {
		if t := a.toks[start-1]; t.kind == tokWord && !t.is(wVerb|wThatClause|wPronoun) {
			start--
		} else if start > 1 && a.slashInName(start-1, 0) {
			start -= 2 // "The latest Reuters/Ipsos poll": a slash inside a name
		} else {
			break
		}
	}
	// The subject opens its clause: after punctuation, or after the
	// conjunction of a subordinate clause ("after leaked documents show").
	if start > 0 && !(a.toks[start-1].kind == tokPunct && strings.ContainsAny(a.word(start-1), ",;:(—–.")) && !subjectConjunctions[strings.ToLower(a.word(start-1))] {
		return phrase{} // the clause runs further back than the subject can
	}
	for start < j && a.toks[start].is(wLeadIn) && !a.toks[start].is(wDet) {
		start++ // "And a projection from ..."
	}
	for k := start; k <= j; k++ {
		w := strings.ToLower(a.word(k))
		if dataNouns[w] || dataHeads[w] || a.footageShows(k, i) {
			if k == j || a.participleShows(k, j) {
				return phrase{}
			}
			if np, ok := a.dataBeforeRelative(start, k, j); ok {
				return np // "ISIS released a video that appeared to (show)": the video shows
			}
			if a.lowerWordIs(j, "to") && j-1 > k && a.toks[j-1].kind == tokWord && !a.toks[j-1].upper && verbShaped(strings.ToLower(a.word(j-1))) {
				// "New video appeared to (show)": the subject ends before
				// its verb, and before a relative word ("a video that
				// appeared to").
				end := j - 1
				if end-1 > k && relativeWords[strings.ToLower(a.word(end-1))] {
					end--
				}
				return phrase{start, end}
			}
			// "Recent polls ... have similarly (shown)": the subject,
			// without its auxiliary.
			return a.withoutAuxiliaries(phrase{start, j + 1})
		}
		if a.toks[k].is(wPrep) && !a.lowerWordIs(k, "of") {
			return phrase{}
		}
	}
	return phrase{}
}

// participleShows reports whether the data verb at token i is the
// infinitive of a participle after the data noun at token k, ending at
// token j ("to"): "The video purporting to show the killings was
// released ...", a noun phrase whose clause goes on past the words shown.
func (a *attributor) participleShows(k, j int) bool {
	return a.lowerWordIs(j, "to") && j-1 > k && strings.HasSuffix(strings.ToLower(a.word(j-1)), "ing")
}

// dataHeads are nouns that speak for data in a subject that opens with
// them: "an average of recent polls", "a projection from the Cook
// Political Report", "a review by The Times".
var dataHeads = fieldSet(`average projection projections review tally count analyses`)

// dataNouns are the sources that show and find without speaking.
// Records and emails show as polls do ("leaked emails showed",
// "FEC records show").
var dataNouns = fieldSet(`poll polls polling survey surveys data study studies research report reports analysis numbers figures results records statistics census review audit investigation ` +
	`emails documents filings memo memos transcript transcripts tallies estimates projections findings`)

// speechObject reports whether the object of the verb at token i is
// someone's words: "rejected the claims", "dismissed Kyiv's allegations".
//
// A court or a judge that dismisses or rejects charges or a case rules on
// it ("Egypt court dismisses murder charges against Mubarak"): no one's
// words are the object.
func (a *attributor) speechObject(i int) bool {
	for k := i + 1; k < len(a.toks) && k <= i+3; k++ {
		if a.toks[k].kind != tokWord {
			return false
		}
		if w := strings.ToLower(a.word(k)); speechNouns[w] {
			return !(caseNouns[w] && a.courtBefore(i))
		}
	}
	return false
}

// denyForms are the forms of "deny", whose object may be the matter
// denied (deniedMatter): "Iran has denied any involvement" is short but
// complete, "denied entry to the reporters" is no saying.
var denyForms = fieldSet(`denied denies deny`)

// courtBefore reports whether the word right before the verb at token i,
// past auxiliaries and adverbs, names a court or a judge.
func (a *attributor) courtBefore(i int) bool {
	j := a.beforeAuxiliaries(i, 0, 3)
	return j >= 0 && a.toks[j].kind == tokWord && courtWords[strings.ToLower(a.word(j))]
}

// beforeAuxiliaries returns the token before the verb at token i past
// its auxiliaries and adverbs ("has demanded", "also rejected"), reading
// back at most reach tokens and to lo at the earliest; lo-1 when all of
// them are.
func (a *attributor) beforeAuxiliaries(i, lo, reach int) int {
	j := i - 1
	for j >= lo && i-j <= reach && a.toks[j].kind == tokWord && (a.toks[j].is(wAux) && !a.toks[j].upper || a.toks[j].adverb) {
		j--
	}
	return j
}

// actObject reports whether the demand or rejection verb at token i takes
// a noun phrase as its object and a speaker as its subject: "The Security
// Council demanded an immediate cease-fire", "U.N. Security Council
// demands humanitarian cease-fire in Gaza", "Hamas rejected the proposal".
// A speaker makes the demand or the rejection in words, and the object is
// what it demands or rejects; condemn, accuse, deny and urge read such an
// object already, but demand and reject are cues only before "that" or a
// speech noun, since most of their subjects speak no words ("the job
// demands patience", "the body rejected the organ").
// The subject is the word right before the verb (past an auxiliary or an
// adverb): a name, a role ("the ministry", "protesters") or a pronoun for
// people. The object opens with a determiner or a possessive, or is at
// least two words before any preposition or punctuation ("humanitarian
// cease-fire"): a bare noun ("demanded attention") and a count ("rejected
// 40 applicants") are left alone.
func (a *attributor) actObject(i int) bool {
	if !actObjectVerbs[strings.ToLower(a.word(i))] || i+2 >= len(a.toks) {
		return false
	}
	j := a.beforeAuxiliaries(i, 0, 3) // "has demanded", "also rejected"
	for k := j + 1; k < i; k++ {
		if modals[strings.ToLower(a.word(k))] {
			return false // "voters would reject": no act made yet
		}
	}
	if j < 0 || a.toks[j].kind != tokWord || a.toks[j].is(wDet|wPrep|wConnector|wTime|wVerb|wThatClause) {
		return false
	}
	if s := a.toks[j]; !(s.upper || s.is(wRole) || a.lowerWordIs(j, "he") || a.lowerWordIs(j, "she") || a.lowerWordIs(j, "they") || a.lowerWordIs(j, "we")) {
		return false
	}
	if a.objectBeforeVerb(j) {
		return false // "The gang that kidnapped Ann Lee demanded ...": the name is an object, not the subject
	}
	for k := j - 1; k >= 0 && k >= j-6 && a.toks[k].kind == tokWord; k-- {
		w := strings.ToLower(a.word(k))
		if supposedActWords[w] {
			return false // "If Congress rejects the resolution": a condition, no act made
		}
	}
	o := a.toks[i+1]
	w := strings.ToLower(a.word(i + 1))
	if o.kind != tokWord || startsWithDigit(w) || closingStops[w] || o.is(wPrep|wTime|wPronoun|wAux|wVerb|wThatClause) && !o.is(wDet) && !possessivePronouns[w] {
		return false
	}
	if o.is(wDet) || possessivePronouns[w] || possessive(a.word(i+1)) {
		return true // "demanded an immediate cease-fire", "rejected Israel's offer"
	}
	n := a.toks[i+2]
	return n.kind == tokWord && !n.is(wPrep|wDet|wTime|wConnector|wAux) && !a.lowerWordIs(i+2, "and") && !a.lowerWordIs(i+2, "that")
}

// objectBeforeVerb reports whether the noun phrase ending at token j is
// the object of a clause before it rather than the subject of the verb
// after it: a past verb runs straight into it ("that kidnapped the
// businessman Ann Lee"), or a relative word does, or stands one word
// before it ("who met Ann Lee"). A "that" after a reporting verb opens its
// clause ("Officials said that Hamas demanded").
func (a *attributor) objectBeforeVerb(j int) bool {
	s := j
	for s > 0 && j-s < 5 && !a.toks[s].is(wDet) && a.toks[s-1].kind == tokWord && (a.toks[s-1].upper || a.toks[s-1].is(wDet|wRole) || a.plainModifier(s-1)) &&
		!relativeWords[strings.ToLower(a.word(s-1))] && !a.lowerWordIs(s-1, "and") && !pastShaped(a, s-1) {
		s-- // back over the phrase to its determiner: "the businessman Ann Lee"
	}
	if k := s - 1; k >= 0 && a.lowerWordIs(k, "and") && !a.nounsBefore(k) {
		return true // "Protesters gathered outside and the union demanded": whose clause is not sure
	}
	for k := s - 1; k >= 0 && k >= s-2 && a.toks[k].kind == tokWord; k-- {
		w := strings.ToLower(a.word(k))
		if relativeWords[w] {
			return !(w == "that" && k > 0 && a.speechVerb(k-1, false))
		}
		if k == s-1 && pastShaped(a, k) {
			return true
		}
	}
	return false
}

// nounsBefore reports whether the words before token k, back to the
// sentence's start or a comma (at most a few), are all a noun phrase's:
// names, determiners, roles, possessive pronouns and plural nouns
// ("Western governments and rights groups"). "and" then joins two
// subjects ("Britain and France", "The mayor and the union"); after
// anything else ("Protesters gather outside and", "Prices have risen for
// a year and") it joins two clauses, and whose the second is is not sure.
func (a *attributor) nounsBefore(k int) bool {
	n := 0
	for i := k - 1; i >= 0 && a.toks[i].kind == tokWord; i-- {
		w := strings.ToLower(a.word(i))
		if n++; n > 6 || !(a.toks[i].upper || a.toks[i].is(wDet|wRole) || possessivePronouns[w] || pluralNoun(w) && !a.toks[i].is(wVerb|wAux)) {
			return false
		}
	}
	return n > 0
}

// pastShaped reports whether the lower-case word at token k has the shape
// of a past verb: "-ed" or an irregular past.
func pastShaped(a *attributor, k int) bool {
	w := strings.ToLower(a.word(k))
	if k > 0 && a.toks[k-1].is(wDet) {
		return false // "the embattled mayor": an adjective
	}
	return !a.toks[k].upper && (len(w) > 4 && strings.HasSuffix(w, "ed") || pastVerbs[w])
}

// supposedActWords open a clause whose act is only supposed: "if the
// council rejects the plan", "unless the union demands a vote".
var supposedActWords = fieldSet(`if unless whether should`)

// actObjectVerbs are the demand verbs actObject reads with a noun-phrase
// object. A rejection takes one as speech only when it names words
// (speechNouns: "rejected the claims"): "rejected the bill", "rejected the
// nomination" and "rejected the offer" are votes and refusals, no words
// denied.
var actObjectVerbs = fieldSet(`demanded demands demand`)

// speechNouns name someone's words; as the object of "rejected" or
// "denied" they make the verb a speech act.
var speechNouns = fieldSet(`claim claims allegation allegations accusation accusations charge charges report reports assertion assertions statement statements suggestion suggestions criticism criticisms`)

// quotedAs reports whether the participle at token i closes "was quoted as
// saying", which works as a main verb.
func (a *attributor) quotedAs(i int) bool {
	return a.lowerWordIs(i-1, "as") && (a.lowerWordIs(i-2, "quoted") || a.quotedObject(i-1) || a.quotedInAs(i-1) >= 0)
}

// quotedObject reports whether "as" at token j closes "quoted <someone>
// as", the wire form of reported speech ("Israeli media quoted Defense
// Minister Ehud Barak as telling reporters"): the one quoted, a few words
// without punctuation, is the speaker; the medium quoting is a channel.
func (a *attributor) quotedObject(j int) bool {
	for k := j - 2; k >= 0 && k >= j-8; k-- {
		if a.toks[k].kind != tokWord {
			return false
		}
		if a.lowerWordIs(k, "quoted") {
			return a.quotedInAs(j) < 0
		}
	}
	return false
}

// quotedInAs returns the token of "quoted" when "as" at token j closes
// "quoted in <medium> as" or "quoted by <medium> as", the passive with
// its channel ("Schumer was quoted in The Hill as saying"): the subject
// before "was" speaks. -1 when j closes no such phrase.
func (a *attributor) quotedInAs(j int) int {
	for k := j - 2; k >= 1 && k >= j-8; k-- {
		if a.toks[k].kind != tokWord {
			return -1
		}
		if a.lowerWordIs(k-1, "quoted") && (a.lowerWordIs(k, "in") || a.lowerWordIs(k, "by")) {
			return k - 1
		}
	}
	return -1
}

// finite reports whether token i is a reporting verb with its own subject:
// not a participle hanging off a clause (", adding that"), except in "was
// quoted as saying".
func (a *attributor) finite(i int, quoted bool) bool {
	return a.speechVerb(i, quoted) && (!a.toks[i].is(wParticiple) || a.quotedAs(i) || a.progressiveBe(i) >= 0)
}

// progressiveBe returns the form of "be" that makes the participle at
// token i the verb of its clause ("Clinton is calling for", "aides were
// saying", "he has been arguing that"), past an adverb or "also", "not",
// "still"; -1 when there is none. "Being" is left out: "being asked" opens
// a participle clause of its own.
func (a *attributor) progressiveBe(i int) int {
	if w := a.word(i); len(w) < 5 || !strings.EqualFold(w[len(w)-3:], "ing") {
		return -1
	}
	j := i - 1
	for j >= 0 && j >= i-3 && a.toks[j].kind == tokWord && !a.toks[j].upper && (a.toks[j].adverb || progressiveAdverbs[strings.ToLower(a.word(j))]) {
		j--
	}
	if j >= 0 && a.toks[j].kind == tokWord && !a.toks[j].upper && progressiveBeForms[strings.ToLower(a.word(j))] {
		return j
	}
	if j >= 0 && a.toks[j].kind == tokWord && a.contractedBe(j) {
		return j // "he's predicting", "they're saying"
	}
	return -1
}

// contractedBe reports whether the token at j is a subject pronoun with
// "be" contracted onto it ("he's", "they’re", "I'm"): the pronoun and the
// auxiliary are one token, so the pronoun is the subject of the
// participle after it.
func (a *attributor) contractedBe(j int) bool {
	w := strings.ReplaceAll(strings.ToLower(a.word(j)), "’", "'")
	if w == "i'm" {
		return true
	}
	for _, aux := range []string{"'s", "'re"} {
		if p, ok := strings.CutSuffix(w, aux); ok && subjectPronouns[p] && p != "i" {
			return true
		}
	}
	return false
}

// progressiveBeForms make a progressive with an -ing form; progressiveAdverbs
// may stand between them.
var (
	progressiveBeForms = fieldSet(`is are was were been am`)
	progressiveAdverbs = fieldSet(`also not still now already again increasingly openly publicly privately`)
)

// adviseForms report advice only with what is advised after them (see
// adviceFollows).
var adviseForms = fieldSet(`advised advises`)

// adviceFollows reports whether the advice verb at token i has what it
// advises after it: "that", or an object of at most four words and "to"
// with a verb or "against" ("advised reporters to wait", "advised him
// against running").
func (a *attributor) adviceFollows(i int) bool {
	if a.lowerWordIs(i+1, "that") {
		return true
	}
	for k := i + 2; k < len(a.toks) && k <= i+5; k++ {
		t := a.toks[k]
		if t.kind != tokWord {
			return false
		}
		if a.lowerWordIs(k, "against") || a.lowerWordIs(k, "to") && k+1 < len(a.toks) && a.toks[k+1].kind == tokWord && !a.toks[k+1].upper && !a.toks[k+1].is(wDet) {
			return a.toks[i+1].kind == tokWord && !a.toks[i+1].is(wPrep)
		}
	}
	return false
}

// questionedForms are the past forms of asking that also describe those
// asked: "people questioned", "Americans asked about the strike".
var questionedForms = fieldSet(`asked questioned polled surveyed interviewed`)

// describesAsked reports whether the participle at token i describes the
// noun before it rather than reporting its act: a noun right before it,
// and a reporting verb later in the sentence before any comma, whose
// subject the noun and participle are ("Fifty-nine percent of people
// questioned say ...", "Americans asked about the strike said no").
func (a *attributor) describesAsked(i int) bool {
	if i == 0 || a.toks[i-1].kind != tokWord || a.toks[i-1].is(wPronoun|wAux|wDet) {
		return false
	}
	if prev := strings.ToLower(a.word(i - 1)); prev != "people" && !strings.HasSuffix(prev, "s") || a.toks[i-1].upper && !isNationalityPlural(a.word(i-1)) {
		return false // the polled are many: "people", "voters", "Americans"
	}
	for k := i + 1; k < len(a.toks) && k <= i+12; k++ {
		t := a.toks[k]
		if t.kind == tokPunct && (t.punct(a.text, ',') || t.punct(a.text, '.') || t.punct(a.text, ';')) || t.kind == tokOpen || a.lowerWordIs(k, "and") || a.lowerWordIs(k, "but") {
			return false
		}
		if w := strings.ToLower(a.word(k)); w == "say" || w == "says" || w == "said" || w == "told" {
			return true
		}
	}
	return false
}

// isNationalityPlural reports whether w is a capitalised plural of people
// ("Americans", "Britons"): the noun of "Americans asked about it said".
func isNationalityPlural(w string) bool {
	return len(w) > 3 && w[0] >= 'A' && w[0] <= 'Z' && (strings.HasSuffix(w, "ans") || strings.HasSuffix(w, "ons") || strings.HasSuffix(w, "ers"))
}

// addForms report speech only with what is said after them: "added that
// ...", "he added." (see addsToSomething).
var addForms = fieldSet(`add adds added adding`)

// addsToSomething reports whether the "add" at token i adds a thing to
// another, no words: "to" right after it or after an object of at most
// four words before any verb, modal, "that" or punctuation ("These
// details add credibility to his account", "added to the confusion").
// "He added the plan would fail to win votes" has a modal first, and
// "added to reporters that ..." a "that" soon after "to": both report
// speech.
func (a *attributor) addsToSomething(i int) bool {
	for k := i + 1; k < len(a.toks) && k <= i+5; k++ {
		t := a.toks[k]
		if t.kind != tokWord || a.lowerWordIs(k, "that") || t.is(wVerb|wAux) && !a.lowerWordIs(k, "to") || clauseVerbs[strings.ToLower(a.word(k))] {
			return false
		}
		if a.lowerWordIs(k, "to") {
			return !a.toAudience(k + 1) // "added to reporters that ...", "added to his remarks that ...": speech
		}
	}
	return false
}

// toAudience reports whether the words from token k name whom a speaker
// adds words to, or the words added to, or a saying begins there: "added
// to reporters that", "to his earlier remarks that", a colon or a
// quotation mark. "added to fears that the deal would collapse" adds to a
// thing.
func (a *attributor) toAudience(k int) bool {
	for j := k; j < len(a.toks) && j < k+5; j++ {
		t := a.toks[j]
		if t.kind == tokOpen || t.punct(a.text, ':') {
			return true
		}
		if t.kind != tokWord {
			return false
		}
		if addAudiences[strings.ToLower(a.word(j))] {
			return true
		}
	}
	return false
}

// hearerThat returns the token of the "that" after the hearer a telling
// participle names ("by telling his hosts that", "assuring reporters
// that"), or -1. The hearer is a short noun phrase ending in a person, a
// group, a name or a pronoun: "telling stories that nobody believed" names
// no hearer and reports nothing.
func (a *attributor) hearerThat(v int) int {
	if !hearerParticiples[strings.ToLower(a.word(v))] || v > 0 && a.lowerWordIs(v-1, "of") {
		return -1 // "the risks of telling voters that ...": a gerund named, not a report
	}
	for k := v + 1; k < len(a.toks) && k <= v+5; k++ {
		t := a.toks[k]
		if t.kind != tokWord {
			return -1
		}
		if a.lowerWordIs(k, "that") {
			if k == v+1 || a.subjectGap(k+1) {
				return -1
			}
			h := a.toks[k-1]
			w := strings.ToLower(a.word(k - 1))
			if h.is(wRole|wPerson|wPlural) && !h.is(wPronoun) || h.upper || addAudiences[w] || hearerPronouns[w] {
				return k
			}
			return -1
		}
		if t.is(wVerb|wPrep|wTime|wAux) && !t.upper {
			return -1
		}
	}
	return -1
}

// hearerParticiples are the -ing cues that name their hearer before the
// reported clause: "telling reporters that", "warning allies that".
var hearerParticiples = fieldSet(`telling assuring warning cautioning informing notifying`)

// hearerPronouns are the object pronouns a hearer may be.
var hearerPronouns = fieldSet(`him her them us me you`)

// addAudiences are the hearers and the remarks a speaker adds words to.
var addAudiences = fieldSet(`reporters journalists press reporter audience crowd lawmakers senators committee hosts listeners viewers remarks comments statement statements testimony interview`)

// pointForms are the forms of "point", a cue only with "out" ("points out
// that", "was quick to point out"); with "to" it is a phrasal cue.
var pointForms = fieldSet(`point points pointed pointing`)

// cue is the words that mark an attribution ("said", "pointed out",
// "according to") and where they are, so that the words before it can be
// read for negation ("did not deny") and the words after it for a target.
type cue struct {
	text string
	span Span
}

// cueAt returns tokens [i, j] as a cue.
func (a *attributor) cueAt(i, j int) cue {
	return cue{a.text[a.from(i):a.to(j)], Span{a.from(i), a.to(j)}}
}

// verbPhrase returns the reporting verb as written, with the word that
// makes it a phrase ("pointed out", "told reporters").
func (a *attributor) verbPhrase(i int) cue {
	if makeForms[strings.ToLower(a.word(i))] {
		if n := a.makeFrame(i); n > 0 {
			return a.cueAt(i, i+n) // "made it clear", "made the case"
		}
	}
	if p := a.topicParticle(i); p > i+1 {
		return a.cueAt(i, p) // "spoke briefly about"
	}
	if pointForms[strings.ToLower(a.word(i))] && a.lowerWordIs(i+1, "out") || a.phrasal(i) || a.toks[i].is(wTopic) && (a.lowerWordIs(i+1, "about") || a.lowerWordIs(i+1, "of")) ||
		(a.lowerWordIs(i, "told") || a.lowerWordIs(i, "tells")) && (a.lowerWordIs(i+1, "reporters") || a.lowerWordIs(i+1, "journalists")) {
		return a.cueAt(i, i+1)
	}
	if q := a.quotedInAs(i - 1); a.lowerWordIs(i, "saying") && a.lowerWordIs(i-1, "as") && (a.lowerWordIs(i-2, "quoted") || q >= 0) {
		from := i - 2
		if q >= 0 {
			from = q // "was quoted in The Hill as saying"
		}
		if a.lowerWordIs(from-1, "was") || a.lowerWordIs(from-1, "is") || a.lowerWordIs(from-1, "were") {
			from--
		}
		return a.cueAt(from, i)
	}
	if i > 0 && a.toks[i-1].punct(a.text, ',') && a.toks[i].is(wParticiple) && a.lowerWordIs(i+1, "that") {
		return a.cueAt(i, i+1)
	}
	return a.cueAt(i, i)
}

// topicParticle returns the token of "about" or "of" after a verb of
// speaking by topic at token i ("spoke of", "talked about"), past one
// adverb in -ly ("spoke briefly about", "talked openly of"); -1 when none
// follows.
func (a *attributor) topicParticle(i int) int {
	if !a.toks[i].is(wTopic) {
		return -1
	}
	k := i + 1
	if k+1 < len(a.toks) && a.toks[k].kind == tokWord && !a.toks[k].upper && strings.HasSuffix(a.word(k), "ly") {
		k++
	}
	if a.lowerWordIs(k, "about") || a.lowerWordIs(k, "of") {
		return k
	}
	return -1
}

// accordingCue is the cue of "according to" at tokens k, k+1.
func (a *attributor) accordingCue(k int) cue { return a.cueAt(k, k+1) }

// skipBack steps left from j over what stands between a speaker and its
// verb: auxiliaries and adverbs ("has also repeatedly"), a time ("on
// Saturday"), "was quoted as".
// midClauseAdverbs stand between a subject and its verb without commas:
// "Carter however said", "he often says".
var midClauseAdverbs = fieldSet(`however though meanwhile instead too often sometimes always usually`)

// perfectAdverbs stand between a perfect's auxiliary (perfectAux) and its
// participle without ending in -ly: "has since said", "have long argued".
// "Ever" is left out: "nobody has ever claimed" reports no claim.
var (
	perfectAdverbs = fieldSet(`since long`)
	perfectAux     = fieldSet(`has have had`)
)

// headlineAdverbs stand between a headline's subject and its verb.
var headlineAdverbs = fieldSet(`just also now finally still already`)

// placeAfterTag returns the token of the closing parenthesis before "of
// <Place>" ending at token j ("(R) of South Carolina"), or -1: the place
// a speaker comes from, written after the party tag that follows the name.
func (a *attributor) placeAfterTag(j, lo int) int {
	k := j
	for k > lo && k > j-4 && a.toks[k].kind == tokWord && a.toks[k].upper {
		k--
	}
	if k == j || k-1 < lo || !a.lowerWordIs(k, "of") || !a.toks[k-1].punct(a.text, ')') {
		return -1
	}
	return k - 1
}

func (a *attributor) skipBack(j, lo int) int {
	for j >= lo {
		t := a.toks[j]
		switch {
		case t.punct(a.text, ',') && j-2 >= lo && a.toks[j-2].punct(a.text, ',') && a.toks[j-1].kind == tokWord &&
			(a.toks[j-1].is(wLeadIn) && !a.toks[j-1].is(wDet|wPrep) || a.toks[j-1].adverb):
			j -= 3 // "Proponents of the bill, however, say": a lead-in set off by commas
		case t.punct(a.text, ',') && j-3 >= lo && a.toks[j-3].punct(a.text, ',') && a.toks[j-2].kind == tokWord && a.toks[j-1].kind == tokWord &&
			twoWordLeadIns[strings.ToLower(a.word(j-2))+" "+strings.ToLower(a.word(j-1))]:
			j -= 4 // "Cement makers, for instance, argue"
		case t.punct(a.text, ',') && a.prepositionAside(j, lo) >= lo:
			j = a.prepositionAside(j, lo) - 1 // "Supporters of the bill, on the other hand, argue"
		case !t.upper && floatingQuantifiers[strings.ToLower(a.word(j))] && j > lo && a.toks[j-1].kind == tokWord && !a.toks[j-1].is(wLeadIn|wConnector|wPrep|wDet) &&
			(a.toks[j-1].is(wAux) || !a.toks[j-1].is(wVerb) && !strings.HasSuffix(strings.ToLower(a.word(j-1)), "ed") || a.toks[j-1].upper) && !a.lowerWordIs(j+2, "and") &&
			(!a.lowerWordIs(j, "all") || a.pluralBefore(j)):
			// "Roe and Hale have both argued", "the members each say"; not
			// "which he both defended and minimized", whose "both" pairs
			// two verbs, nor "Kerry disputed both claims", where "both"
			// follows a verb as its object's.
			j--
		case t.upper && t.kind == tokWord && a.placeAfterTag(j, lo) >= lo:
			j = a.placeAfterTag(j, lo) // "Sen. Jane Roe (R) of South Carolina said": where she is from, after her tag
		case t.punct(a.text, ')'):
			// "Sen. Bernie Sanders (I-Vt.) said": a short parenthesis
			// after the speaker.
			k := j - 1
			for k >= lo && k > j-8 && !a.toks[k].punct(a.text, '(') && !a.toks[k].punct(a.text, ')') {
				k--
			}
			if k < lo || k <= j-8 || !a.toks[k].punct(a.text, '(') || k == lo {
				return j
			}
			j = k - 1
		case t.kind != tokWord:
			return j
		case t.is(wAux) && !t.upper || t.adverb || !t.upper && negatedAux(a.word(j)) || !t.upper && midClauseAdverbs[strings.ToLower(a.word(j))]:
			j-- // "has also repeatedly", "Carter however said"
		case a.titleCase && t.upper && headlineAdverbs[strings.ToLower(a.word(j))]:
			j-- // "Kasich Just Revealed": a headline capitalises its adverbs too
		case !t.upper && perfectAdverbs[strings.ToLower(a.word(j))] && j-2 >= lo && perfectAux[strings.ToLower(a.word(j-1))] &&
			!a.toks[j-2].is(wLeadIn) && !a.lowerWordIs(j-2, "and") && !refusals[strings.ToLower(a.word(j+1))]:
			// "She has since said", "Ryan has long argued", "officials --
			// ... -- have long argued"; not "but has since said", whose
			// subject lies beyond the coordination, nor
			// "have since refused to back down", a refusal to act.
			j -= 2
		case yearShaped(a.word(j)) && j-1 >= lo && (a.lowerWordIs(j-1, "in") || a.lowerWordIs(j-1, "since")):
			j -= 2 // "who in 2010 said": a year set before the verb, as "last year" is
		case t.is(wTime):
			j--
			// "on Monday", "last week", and "in July" as "in 2010" above:
			// "A Ledger poll in July found" is the poll's finding.
			if j >= lo && (a.lowerWordIs(j, "on") || a.lowerWordIs(j, "last") || a.lowerWordIs(j, "this") || a.lowerWordIs(j, "late") || a.lowerWordIs(j, "early") || a.lowerWordIs(j, "in")) {
				j--
			}
		case a.lowerWordIs(j, "to") && j > lo && refusals[strings.ToLower(a.word(j-1))]:
			j -= 2 // "refused to confirm": the act is negated, the speaker is the same
		case a.lowerWordIs(j, "to") && a.aspectFrame(j-1, lo) >= lo:
			j = a.aspectFrame(j-1, lo) - 1 // "went on to say", "was quick to point out": the frame's subject speaks
		case a.lowerWordIs(j, "onto") && j > lo && goForms[strings.ToLower(a.word(j-1))] && !a.toks[j-1].upper:
			j -= 2 // "went onto blame": "on to" run together, a common slip
		case a.lowerWordIs(j, "as") && a.quotedInAs(j) >= 0:
			j = a.quotedInAs(j) - 1 // "was quoted in The Hill as saying": the subject before "was" speaks
			if j >= lo && (a.lowerWordIs(j, "was") || a.lowerWordIs(j, "is") || a.lowerWordIs(j, "were")) {
				j--
			}
		case a.lowerWordIs(j, "as") && a.quotedObject(j):
			return j - 1 // "quoted Ehud Barak as telling": Barak speaks
		case a.lowerWordIs(j, "as") && a.lowerWordIs(j-1, "quoted"):
			j -= 2
			if a.lowerWordIs(j, "was") || a.lowerWordIs(j, "is") || a.lowerWordIs(j, "were") {
				j--
			}
		default:
			return j
		}
	}
	return j
}

// aspectFrame returns the first token of the frame ending at token k that
// hands its subject to an infinitive after it ("went on to say", "continued
// to insist", "was quick to point out", "took pains to stress"), or -1. The
// frame says when or how the subject spoke, not that it did something
// else: the saying is the subject's own, as in "Roe said".
func (a *attributor) aspectFrame(k, lo int) int {
	if k < lo || a.toks[k].kind != tokWord || a.toks[k].upper {
		return -1
	}
	w := strings.ToLower(a.word(k))
	switch {
	case goOnFrames[w]:
		return k
	case w == "on" && k > lo && goForms[strings.ToLower(a.word(k-1))] && !a.toks[k-1].upper:
		return k - 1 // "went on to add"
	case readinessWords[w] && k > lo && beForms[strings.ToLower(a.word(k-1))]:
		return k - 1 // "was quick to note"
	case (w == "pains" || w == "care") && k > lo && takeForms[strings.ToLower(a.word(k-1))]:
		return k - 1 // "took pains to stress"
	}
	return -1
}

// framedInfinitive returns the token of the cue verb in an infinitive
// that the frame opening at token v hands its subject to ("went on to
// blame", "went onto blame", a common slip, "continued to condemn"), or
// -1. aspectFrame reads the same frames from the infinitive back.
func (a *attributor) framedInfinitive(v, end int) int {
	if v >= end || a.toks[v].kind != tokWord || a.toks[v].upper {
		return -1
	}
	w := strings.ToLower(a.word(v))
	c := v + 1
	switch {
	case goForms[w] && a.lowerWordIs(c, "onto"):
	case goForms[w] && a.lowerWordIs(c, "on") && c+1 < end && a.lowerWordIs(c+1, "to"):
		c++
	case goOnFrames[w] && a.lowerWordIs(c, "to"):
	default:
		return -1
	}
	if c+1 >= end {
		return -1
	}
	n := a.toks[c+1]
	if n.kind != tokWord || n.upper || !n.is(wVerb|wThatClause) || n.is(wPrep|wDet|wTime|wPronoun) {
		return -1
	}
	return c + 1
}

// goOnFrames, goForms (with "on"), readinessWords (after a form of "be")
// and takeForms (with "pains" or "care") make the frames aspectFrame reads.
var (
	goOnFrames     = fieldSet(`continued continues continue continuing proceeded proceeds hastened hastens`)
	goForms        = fieldSet(`went goes go going`)
	readinessWords = fieldSet(`quick careful eager`)
	takeForms      = fieldSet(`took takes take taking`)
)

// twoWordLeadIns are the lead-ins of two words that a comma on each side
// sets off between a subject and its verb.
var twoWordLeadIns = fieldSet2(`for instance|for example|in fact|of course|in turn|in particular|at least|in addition|by contrast|in response|for now|so far`)

// floatingQuantifiers stand between a plural subject (or its auxiliary)
// and the verb: "have both argued", "each say". ("All" is left out: "the
// Trump we all knew" is no attribution.)
var floatingQuantifiers = fieldSet(`both each all`)

// pluralBefore reports whether the word before token j names a plural
// subject a floating "all" may follow: a plural noun or name ("the
// senators all said", "Democrats all agree"), "they" or "we". After
// anything else "all" is the subject itself ("To varying degrees, all
// agreed").
func (a *attributor) pluralBefore(j int) bool {
	w := strings.ToLower(a.word(j - 1))
	// "Perhaps all agree", "We all know": an adverb is no plural, and a
	// writer's "we" is the outlet's own voice.
	return w == "they" || pluralNoun(w) && !a.toks[j-1].is(wVerb|wAux) && !a.toks[j-1].adverb && w != "perhaps"
}

// asideWords is the most words of an aside set off by commas between a
// subject and its verb that prepositionAside skips.
const asideWords = 6

// prepositionAside returns the comma that opens an aside ending with the
// comma at token j when the aside opens with a preposition or "including"
// and is short: "on the other hand", "in a statement", "including the
// Harbor Times", when no comma stands before it in the clause from token
// lo. It is -1 for anything else; an appositive ("the mayor, a former
// teacher,") is the subject's, read elsewhere.
func (a *attributor) prepositionAside(j, lo int) int {
	for k := j - 1; k >= lo && k >= j-1-asideWords; k-- {
		t := a.toks[k]
		if t.punct(a.text, ',') {
			if k+1 >= j || k <= lo || !(a.toks[k+1].is(wPrep) || a.lowerWordIs(k+1, "including")) || a.toks[k+1].upper || a.toks[k-1].kind != tokWord {
				return -1
			}
			for _, u := range a.toks[lo:k] {
				if u.punct(a.text, ',') {
					return -1 // "Phillips, who lost her daughter in Aurora, Colorado, in July, said": the aside ends a clause of the subject's
				}
			}
			return k
		}
		if t.kind != tokWord && !t.punct(a.text, '\'') && !t.punct(a.text, '.') {
			return -1
		}
	}
	return -1
}

// fieldSet2 makes a set of the phrases in s separated by "|".
func fieldSet2(s string) map[string]bool {
	m := map[string]bool{}
	for _, p := range strings.Split(s, "|") {
		m[p] = true
	}
	return m
}

// negatedAux reports whether a word is a contracted negation ("didn't",
// "won’t"), which stands between a speaker and its verb like "not".
func negatedAux(w string) bool {
	return strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t")
}

// nameBackward collects the speaker phrase that ends at token j: capitalised
// words and the words that join them ("Iranian Foreign Minister Hossein
// Amir-Abdollahian", "Bank of Israel"), a role noun with up to two words
// before it ("the Iranian foreign ministry", "a senior official"), led by an
// optional determiner.
func (a *attributor) nameBackward(j, lo int) phrase {
	if j < lo || a.toks[j].kind != tokWord {
		return phrase{}
	}
	head := a.toks[j]
	if head.is(wPronoun) {
		return phrase{j, j + 1}
	}
	if negatedAux(strings.ToLower(a.word(j))) {
		return phrase{} // "Don't Believe the Saudi Lies": a headline's capitals make no name of a verb
	}
	if !(head.upper || head.is(wRole)) || head.is(wTime|wVerb) {
		return a.roleOfPhrase(j, lo)
	}
	from := j + 1
	lowers := 0
	for i := j; i >= lo; i-- {
		t := a.toks[i]
		if t.kind != tokWord {
			if a.slashInName(i, lo) && from == i+1 {
				continue // "Reuters/Ipsos", "CNN/ORC": a slash inside a name
			}
			if a.percentAt(i, lo) && a.lowerWordIs(i+1, "of") && from == i+2 {
				from = i - 1 // "85% of Democrats": the share is the speaker phrase's head
			}
			break
		}
		switch {
		case t.is(wDet) && i < j:
			return a.trimPhrase(phrase{i, j + 1})
		case t.upper && !t.is(wVerb|wPronoun) && !negatedAux(strings.ToLower(a.word(i))):
			from, lowers = i, 0
			continue
		case t.upper && t.is(wVerb) && !t.is(wPronoun) && !a.titleCase && from == i+1 && a.toks[from].upper && !a.toks[from].is(wRole):
			from, lowers = i, 0 // "Hope Hicks", "Mark Warner": a first name that is also a verb
			continue
		case t.is(wRole):
			from, lowers = i, 0
			continue
		case t.is(wConnector) && i < j && !t.is(wDet):
			continue // kept only if a name word comes before it
		case !t.upper && t.class&(wVerb|wPrep|wAux|wPronoun|wTime) == 0 && !t.adverb && lowers < 2 && !indirectQuestion(strings.ToLower(a.word(i))) && (a.toks[from].is(wRole) || a.possessiveRole(from) || lowers > 0 && t.class == 0 && !relativeWords[strings.ToLower(a.word(i))] && !questionWords[strings.ToLower(a.word(i))] && a.opensModifiers(i, lo)):
			// "the central bank governor", "the Union's foreign policy
			// chief": up to two modifiers before a role belong to it
			// when a determiner or an owner's name opens them.
			from, lowers = i, lowers+1
			continue
		case !t.upper && i < j && from == i+1 && possessive(a.word(i)) && a.toks[j].is(wRole):
			from, lowers = i, 0 // "the state's largest union": the possessor qualifies the role
			continue
		}
		break
	}
	return a.trimPhrase(phrase{from, j + 1})
}

// opensModifiers reports whether the word before token i opens a noun
// phrase, so that token i is its first modifier: a determiner, a
// capitalised or possessive word, "and", or the start of the clause.
func (a *attributor) opensModifiers(i, lo int) bool {
	p := i - 1
	if p < lo {
		return true
	}
	t := a.toks[p]
	return t.kind == tokWord && (t.is(wDet) || t.upper || possessive(a.word(p)) || a.lowerWordIs(p, "and"))
}

// slashInName reports whether token i is a slash with no space on either
// side between two capitalised words: "Reuters/Ipsos", "USA TODAY/Suffolk".
func (a *attributor) slashInName(i, lo int) bool {
	if i-1 < lo || i+1 >= len(a.toks) || a.word(i) != "/" {
		return false
	}
	l, r := a.toks[i-1], a.toks[i+1]
	return l.kind == tokWord && r.kind == tokWord && l.upper && r.upper && l.end == a.toks[i].start && a.toks[i].end == r.start
}

// percentAt reports whether token i is a percent sign after a number
// ("85%"), a share of the people a poll counts.
func (a *attributor) percentAt(i, lo int) bool {
	return i-1 >= lo && a.toks[i].punct(a.text, '%') && a.toks[i-1].kind == tokWord && startsWithDigit(a.word(i-1))
}

// indirectQuestion reports whether w opens an indirect question whose
// subject follows it ("details on how sources say", "what scientists
// think"); "which" is left to the relative-clause reading ("which critics
// said").
func indirectQuestion(w string) bool {
	return questionWords[w] && w != "which"
}

// possessiveRole reports whether token i is a role noun with a possessive
// "'s": the "minister's" of "the prime minister's spokesman", whose
// modifiers belong to the speaker phrase too.
func (a *attributor) possessiveRole(i int) bool {
	w := a.word(i)
	n := text.PossessiveLen(w)
	return n > 0 && a.toks[i].kind == tokWord && classOf(w[:len(w)-n])&wRole != 0
}

// roleOfPhrase reads a speaker phrase whose last words are lower-case
// ones after a role and "of": "several supporters of reform", "56 percent
// of Cuban-Americans polled".
func (a *attributor) roleOfPhrase(j, lo int) phrase {
	for k := j - 1; k > lo && k >= j-4; k-- {
		t := a.toks[k]
		if t.kind != tokWord || t.class&(wVerb|wPronoun|wAux|wTime) != 0 || t.is(wPrep) && !a.lowerWordIs(k, "of") {
			return phrase{}
		}
		if a.lowerWordIs(k, "of") {
			np := a.nameBackward(k-1, lo)
			if np.empty() || !a.toks[np.to-1].is(wRole) {
				return phrase{}
			}
			return phrase{np.from, j + 1}
		}
	}
	return phrase{}
}

// nameForward collects the speaker phrase that starts at token i (after
// "said" or "according to").
func (a *attributor) nameForward(i, hi int) phrase {
	if i >= hi || a.toks[i].kind != tokWord {
		return phrase{}
	}
	if a.toks[i].is(wPronoun) {
		return phrase{i, i + 1}
	}
	from := i
	if a.toks[i].is(wDet) {
		i++
	}
	to := from
	for ; i < hi; i++ {
		t := a.toks[i]
		if t.kind != tokWord || t.is(wTime) {
			break
		}
		if t.upper && !t.is(wVerb) || t.is(wRole) {
			to = i + 1
			continue
		}
		if t.is(wConnector) && !t.is(wDet) {
			continue
		}
		// "senior Israeli official", "Iran's foreign ministry", "former
		// senior law enforcement official": a few lower-case words before
		// a name word or a role.
		if a.plainModifier(i) || a.modifierBeforeRole(i) {
			if a.modifiersToHead(i+1, hi) {
				continue
			}
		}
		break
	}
	if to == from || to == from+1 && a.toks[from].is(wDet) {
		return phrase{}
	}
	return a.trimPhrase(phrase{from, to})
}

// maxModifiers is the most lower-case words that may stand together before
// the name word or role heading a speaker phrase: "former senior law
// enforcement official".
const maxModifiers = 4

// plainModifier reports whether the lower-case word at token i may modify
// a name or a role after it: no verb, preposition, auxiliary, pronoun,
// determiner or adverb, no past-tense verb after a name, and no form of
// "be" ("Tom Reese is trailing Clinton" is a clause, not a name).
func (a *attributor) plainModifier(i int) bool {
	t := a.toks[i]
	return t.kind == tokWord && t.class&(wVerb|wThatClause|wPrep|wAux|wPronoun|wDet) == 0 && !t.adverb && !a.verbAfterName(i) &&
		!beForms[strings.ToLower(a.word(i))]
}

// modifiersToHead reports whether a name word or a role stands at token i,
// or at i+1 after any word ("Iran's foreign ministry"), or after more
// plain modifiers from i on ("former senior law enforcement official"), so
// that the modifier before i belongs to a speaker phrase.
func (a *attributor) modifiersToHead(i, hi int) bool {
	head := func(j int) bool {
		return j < hi && a.toks[j].kind == tokWord && (a.toks[j].upper || a.toks[j].is(wRole))
	}
	if head(i) || i < hi && a.toks[i].kind == tokWord && head(i+1) {
		return true
	}
	// Past those two, only a lower-case role heads the phrase, and every
	// word before it is a plain modifier that no verb form or pronoun
	// could be: "Jane Holt is pulling out her New York credentials" is a
	// clause, not a name.
	for j := i; j < hi && j < i+maxModifiers-1; j++ {
		w := strings.ToLower(a.word(j))
		if !a.plainModifier(j) || a.toks[j].upper || strings.HasSuffix(w, "ing") || beForms[w] || possessivePronouns[w] {
			return false
		}
		if n := j + 1; n < hi && a.toks[n].kind == tokWord && !a.toks[n].upper && a.toks[n].is(wRole) {
			return true
		}
	}
	return false
}

// timeSpans are nouns of time that a count may lead ("three years ago"),
// and modals are verbs a count may stand before ("one can argue"): neither
// heads a speaker phrase.
var (
	timeSpans = fieldSet(`ago years decades months weeks days hours minutes centuries times`)
	modals    = fieldSet(`can could may might must shall should will would`)
)

// capitalisedModifier reports whether the word at token k is capitalised
// and may name an owner inside a noun phrase ("the State Department
// notice"): no lead-in, preposition, conjunction, pronoun, auxiliary,
// determiner or time, which a capital at a sentence's start may be
// ("While advocates say", "But critics argue").
func (a *attributor) capitalisedModifier(k int) bool {
	t := a.toks[k]
	w := strings.ToLower(a.word(k))
	return t.kind == tokWord && t.upper && t.class&(wLeadIn|wPrep|wConnector|wPronoun|wAux|wDet|wTime) == 0 &&
		!subordinators[w] && !clauseOpeners[w] && !coordinators[w]
}

// verbAfterName reports whether the lower-case word at token i, right
// after a capitalised word or a role that is no possessive, reads as a
// past-tense verb: "President Barack Obama met survivors", "Trump
// purchased Doral", "the administration joined Israeli officials". A
// name's modifiers come before it, not after: such a word ends it.
func (a *attributor) verbAfterName(i int) bool {
	if i == 0 || a.toks[i-1].kind != tokWord || !a.toks[i-1].upper && !a.toks[i-1].is(wRole) || possessive(a.word(i-1)) {
		return false
	}
	if a.modifierBeforeRole(i) {
		return false // "Tehran based analyst", "Hamas armed wing spokesman": a modifier of the role
	}
	w := strings.ToLower(a.word(i))
	return len(w) > 4 && strings.HasSuffix(w, "ed") || pastVerbs[w]
}

// modifierBeforeRole reports whether the word at token i is an unhyphenated
// modifier participle between a capitalised word and a role ("Tehran based
// analyst", "Moscow backed separatist leader"). The list is closed: any
// other past-tense verb there takes an object ("Netanyahu sacked defence
// minister Yoav Gallant", "Biden met President Zelensky").
func (a *attributor) modifierBeforeRole(i int) bool {
	if i == 0 || a.toks[i-1].kind != tokWord || !a.toks[i-1].upper || possessive(a.word(i-1)) || a.toks[i].upper {
		return false
	}
	return modifierParticiples[strings.ToLower(a.word(i))] && a.roleWithin(i+1, 2)
}

// modifierParticiples are the participles that news writes unhyphenated
// between a place or group and a role.
var modifierParticiples = fieldSet(`based backed led armed linked affiliated controlled installed trained run funded allied`)

// roleWithin reports whether a singular role word ("analyst", "militia")
// stands at token i or after lower-case words of no class, within n
// tokens: a plural ("met families", "met party leaders") or a word after
// a determiner ("led his campaign") is a verb's object.
func (a *attributor) roleWithin(i, n int) bool {
	for k := i; k < i+n && k < len(a.toks) && a.toks[k].kind == tokWord; k++ {
		t := a.toks[k]
		if t.upper {
			return false // a title starts a name: the verb's object
		}
		if t.is(wRole) && !t.is(wPlural) {
			return k+1 >= len(a.toks) || !a.toks[k+1].is(wPlural) // "met party leaders"
		}
		if t.class != 0 || possessivePronouns[strings.ToLower(a.word(k))] {
			return false
		}
	}
	return false
}

// pastVerbs are common irregular past-tense verbs of news text.
var pastVerbs = fieldSet(`met led won lost took gave made sent saw beat hit left ran held brought bought kept began found got came went spent sold cost drew fell rose grew`)

// trimPhrase drops clause lead-ins ("But", "Meanwhile"), joining words at
// either end, and times; it returns an empty phrase when no name or role
// is left.
func (a *attributor) trimPhrase(p phrase) phrase {
	for p.from < p.to {
		t := a.toks[p.from]
		if t.is(wLeadIn|wConnector|wTime) && !t.is(wDet) && !a.nameParticle(p.from) || t.is(wDet) && p.to-p.from == 1 {
			p.from++
			continue
		}
		break
	}
	for p.from < p.to && a.toks[p.to-1].is(wConnector|wDet|wTime) {
		p.to--
	}
	for i := p.from; i < p.to; i++ {
		if t := a.toks[i]; t.upper || t.is(wRole) {
			return p
		}
	}
	return phrase{}
}

// nameParticle reports whether the token at i is a capitalised surname
// particle opening a name ("Abu Bakr", "Van Hollen", "De Blasio", "Al
// Sharpton"), which a phrase keeps though the particle alone connects.
func (a *attributor) nameParticle(i int) bool {
	return a.toks[i].upper && surnameParticles[strings.ToLower(a.word(i))] && i+1 < len(a.toks) && a.toks[i+1].kind == tokWord && a.toks[i+1].upper
}

// openingNameAppositive returns the name opening tokens [lo, j) when an
// appositive or relative clause with commas of its own follows it up to
// the comma at j: "Sandy Phillips, who lost her daughter in Aurora,
// Colorado, in July 2012, said", "Giovanni Maria Vian, the editor in chief
// of the Vatican's newspaper, L'Osservatore Romano, said".
func (a *attributor) openingNameAppositive(lo, j int) phrase {
	np := a.nameForward(lo, j)
	if np.empty() || np.from != lo || np.to >= j-2 || !a.toks[np.to].punct(a.text, ',') || !a.toks[np.to-1].upper || !a.allNameWords(np) ||
		!(a.lowerWordIs(np.to+1, "who") || a.lowerWordIs(np.to+1, "the") || a.lowerWordIs(np.to+1, "a")) || j-np.to > 30 {
		return phrase{}
	}
	commas := 0
	for k := np.to + 1; k < j; k++ {
		if a.toks[k].kind == tokOpen || a.toks[k].kind == tokClose || a.toks[k].punct(a.text, ';') {
			return phrase{}
		}
		if a.toks[k].punct(a.text, ',') {
			commas++
		}
	}
	if commas == 0 {
		return phrase{} // "NAME, the foreign minister, said": the appositive rule reads it
	}
	return np
}

// subject finds the speaker of the reporting verb at token v, looking left
// no further than lo: "Price (has also) said", "Lavrov, the foreign
// minister, said", "The leader of a panel investigating the attack in
// Benghazi said". A cue in its base form after "a" or "an" and a word
// or two is a noun, not a verb with that subject: "a good bet that", "an
// NBC show", "a controversial comment"; a list the subject ends is read
// whole (listSubject).
func (a *attributor) subject(v, lo int) phrase {
	np := a.subjectPhrase(v, lo)
	if np.empty() || a.indefiniteBeforeBase(np, v) {
		return phrase{}
	}
	return a.listSubject(np, lo)
}

// indefiniteBeforeBase reports whether np is "a" or "an" with one or two
// words that name no person or share, right before the word at v in its
// base form ("a good bet", "an hourlong show"): a singular subject would
// take "bets" or "bet" in the past, so the word is the phrase's noun.
func (a *attributor) indefiniteBeforeBase(np phrase, v int) bool {
	if np.empty() || np.to != v || np.to-np.from < 2 || np.to-np.from > 3 || !(a.lowerWordIs(np.from, "a") || a.lowerWordIs(np.from, "an")) {
		return false
	}
	w := strings.ToLower(a.word(v))
	if len(w) < 3 || a.toks[v].upper || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || pastVerbs[w] || irregularPasts[w] || auxVerbs[w] || modalWords[w] {
		return false
	}
	last := strings.ToLower(a.word(np.to - 1))
	return !a.toks[np.to-1].is(wRole|wPerson) && !quantityNouns[last] && !pollShares[last] && !personNoun(last)
}

// subjectPhrase reads the subject of the verb at v as subject does, before
// the check for a noun read as the verb.
func (a *attributor) subjectPhrase(v, lo int) phrase {
	if next := strings.ToLower(a.word(v + 1)); v-1 >= lo && a.toks[v-1].upper && possessive(a.word(v-1)) && !beForms[next] && !finiteAux[next] && !modalWords[next] && !(len(a.word(v)) > 4 && strings.HasSuffix(strings.ToLower(a.word(v)), "ed") || pastVerbs[strings.ToLower(a.word(v))]) {
		// "a fact-check on Donald Trump's claim that ...": the cue is a
		// noun and its possessor speaks, whatever opens the sentence. A
		// past participle after "'s" is "has" ("Trump's said"); a noun
		// before a verb of its own is the sentence's subject ("Mr.
		// Ibrahim's claims were disputed by ..."), whose words are not
		// given.
		if np := a.nameBackward(v-1, lo); !np.empty() {
			return np
		}
	}
	if w := v - 1; w > lo && speechNounCues[strings.ToLower(a.word(v))] && !a.toks[w].upper {
		if w-1 > lo && a.toks[w].kind == tokWord && a.toks[w].class == 0 && nounTakingVerbs[strings.ToLower(a.word(w-1))] {
			w-- // "made similar claims that": an adjective between
		}
		if nounTakingVerbs[strings.ToLower(a.word(w))] {
			// "Democrats made claims that": the cue is the noun the
			// support verb takes; its subject speaks. "Amid renewed
			// claims that" has no such subject.
			if a.lowerWordIs(v+1, "to") && a.infinitiveAt(v+1) && !infinitiveNouns[strings.ToLower(a.word(v))] && !a.lowerWordIs(v+2, "have") && !a.lowerWordIs(v+2, "be") {
				// "groups make false claims to seek publicity": the
				// infinitive after a noun of saying tells why they make
				// them, not what they say ("made threats to leave" does,
				// and so does "made claims to have shot down" or "to be
				// holding": a claim's content as an infinitive).
				return phrase{}
			}
			if np := a.subject(w, lo); !np.empty() && !a.toks[np.from].is(wPrep) && !a.toks[np.from].is(wLeadIn) {
				return np
			}
			return phrase{}
		}
	}
	j := a.skipBack(v-1, lo)
	if j < lo {
		return phrase{}
	}
	if j+1 < v && a.lowerWordIs(j+1, "as") && a.quotedObject(j+1) {
		// "Israeli media quoted Mayor Ann Lee as saying": the one quoted,
		// between "quoted" and "as", not the medium before.
		for k := j; k > lo; k-- {
			if a.lowerWordIs(k-1, "quoted") {
				return phrase{k, j + 1}
			}
		}
	}
	if np := a.ratioBefore(j, lo); !np.empty() {
		return np // "nine in 10 said", "about one out of five say"
	}
	if a.percentAt(j, lo) && (j-2 < lo || !a.toks[j-2].is(wPrep|wVerb)) {
		return phrase{j - 1, j + 1} // "26% said": a poll's share; not "rose by 5% said"
	}
	if j-1 >= lo && questionedForms[strings.ToLower(a.word(j))] && !a.toks[j].upper && a.lowerWordIs(j-1, "those") && !(j-2 >= lo && a.lowerWordIs(j-2, "of")) {
		return phrase{j - 1, j + 1} // "those surveyed say": the people polled
	}
	if a.toks[j].punct(a.text, ',') {
		if np := a.openingNameAppositive(lo, j); !np.empty() {
			return np
		}
		// An appositive: "NAME, the foreign minister, said", "the
		// defence minister, Hossein Dehghan, said".
		for k := j - 1; k >= lo && k >= j-24; k-- {
			t := a.toks[k]
			if t.punct(a.text, ',') {
				if name := a.nameBeforeTag(k, lo); !name.empty() {
					if a.afterPreposition(name, lo) {
						// "An aide to Sen. Tom Hale, R-Ky., who asked not
						// to be named, said": the aide speaks, not the senator.
						return a.clauseSubject(name.from, name.to-1, lo)
					}
					return name // "Mitch Roe, R-Ky., who backed the bill, said": the relative clause follows the tag
				}
				np := a.nameBackward(k-1, lo)
				if share := (phrase{k + 1, j}); a.share(share) {
					return share // "Just over a quarter, 26 percent, say"
				}
				if np.empty() || !(a.toks[np.to-1].upper || a.toks[np.to-1].is(wRole)) || a.toks[np.from].is(wPronoun) {
					// "The author of the book, Mitchell Zuckoff, said": a
					// name set off by commas speaks whatever comes before.
					if name := (phrase{k + 1, j}); a.allNameWords(name) && !a.toks[k+1].is(wTime) && k > lo && a.toks[k-1].kind == tokWord {
						return name
					}
					if name := (phrase{k + 2, j}); k+2 < j && a.lowerWordIs(k+1, "the") && a.allNameWords(name) && !a.toks[k+2].is(wTime) && k > lo && a.toks[k-1].kind == tokWord {
						// "The nuclear watchdog, the IAEA, said": a body
						// described, then named with its article.
						return phrase{k + 1, j}
					}
					return a.setOffSubject(lo, j)
				}
				if a.afterPreposition(np, lo) {
					// "the attack in Benghazi, Libya, said"
					if cs := a.clauseSubject(np.from, np.to-1, lo); !cs.empty() {
						return cs
					}
					return a.setOffSubject(lo, j)
				}
				if name := (phrase{k + 1, j}); !a.toks[np.to-1].upper && a.allNameWords(name) {
					return name
				}
				return np
			}
			if t.kind != tokWord && !t.punct(a.text, '-') && !t.punct(a.text, '&') && !t.punct(a.text, '.') && !t.punct(a.text, '\'') {
				return a.setOffSubject(lo, j)
			}
		}
		return a.setOffSubject(lo, j)
	}
	if open := a.openingDash(j, lo); open > lo && a.subjectBeforeAside(v) {
		// "The justice -- who has been in a scuffle with the nominee --
		// said", "Three in five insiders — and two-thirds in New
		// Hampshire — said": the subject stands before the aside.
		return a.subject(open, lo)
	}
	if (a.lowerWordIs(j, "who") || a.lowerWordIs(j, "which")) && j-1 > lo && a.toks[j-1].punct(a.text, ',') {
		// "Charles Barkley, who said he ...", "The union, which endorsed
		// Clinton, ...": the relative clause's speaker is the name it
		// hangs from.
		if np := a.nameBackward(j-2, lo); !np.empty() && !a.toks[np.from].is(wPronoun) {
			return np
		}
		if np := a.bracketTagged(j-1, lo); !np.empty() {
			return np // "that of Rep. Ann Roe (D-Ore.), who said": the party tag ends the name
		}
		return phrase{}
	}
	if a.lowerWordIs(j, "who") && j-1 >= lo && a.toks[j-1].kind == tokWord {
		// "Democrats who say the law ...": the relative clause's speaker is
		// the noun phrase it hangs from.
		np := a.nameBackward(j-1, lo)
		if np.empty() {
			np = a.commonNounSubject(j-1, lo)
		}
		if np.empty() || a.toks[np.from].is(wPronoun) {
			return phrase{}
		}
		if a.afterPreposition(np, lo) {
			// "workers who were interns at the time who claimed": the
			// noun is a preposition's object inside an earlier relative
			// clause, whose head speaks.
			for k := np.from - 2; k > lo && a.toks[k].kind == tokWord; k-- {
				if a.lowerWordIs(k, "who") {
					return a.subject(k+1, lo)
				}
			}
		}
		return np
	}
	if a.lowerWordIs(j, "who") && j-2 >= lo && a.toks[j-1].punct(a.text, '%') && startsWithDigit(a.word(j-2)) {
		return phrase{j - 2, j} // "including 18% who say they would be dissatisfied"
	}
	if a.toks[j].punct(a.text, '%') && j-1 >= lo && startsWithDigit(a.word(j-1)) {
		// "42% say they are liberal": a share of those polled.
		from := j - 1
		if from-1 >= lo && quantityLeads[strings.ToLower(a.word(from-1))] {
			from-- // "about 42%"
		}
		return phrase{from, j + 1}
	}
	if a.lowerWordIs(j, "and") || a.lowerWordIs(j, "but") {
		// "Kurilla spoke with reporters and explained that": the verb
		// shares the sentence's subject, or the subject of the clause it
		// is coordinated in ("... after Silva criticized him and warned").
		if np := a.subordinateSubject(lo, j); !np.empty() {
			return np
		}
		if np := a.sentenceSubject(lo, j); !a.nameModifiesNoun(np, v, j) {
			return np
		}
		return phrase{}
	}
	if np := a.pollGroup(j, lo); !np.empty() {
		return np // "majorities in all five states say"
	}
	if np := a.qualifiedSourceEnding(j, lo); !np.empty() {
		return np // "those close to the senator said": not the senator
	}
	np := a.nameBackward(j, lo)
	if np.empty() {
		np = a.commonNounSubject(j, lo)
	}
	if np.empty() && indefinitePersons[strings.ToLower(a.word(j))] && !a.toks[j].upper && !(j-1 >= lo && a.toks[j-1].is(wPrep|wVerb)) {
		return phrase{j, j + 1} // "Then someone asked how ...": an unnamed person speaks
	}
	if np.empty() {
		return a.anonymousSource(j, lo)
	}
	np.from = a.countedFrom(np.from, lo)
	// "a lawsuit in which Democrats argued": the phrase after a relative
	// word is its clause's subject, whatever preposition comes before.
	relative := np.to-np.from > 1 && relativeWords[a.word(np.from)] && !a.trimPhrase(phrase{np.from + 1, np.to}).empty()
	if !relative && np.to-np.from > 1 && relativeWords[a.word(np.from)] && np.from-1 >= lo && a.toks[np.from-1].is(wPrep) && a.pluralNounHead(np.to-1) {
		// "a chess game in which companies seek": a plural common noun
		// after "in which" is its clause's subject, as a name is; the
		// noun phrase before the preposition is not.
		return phrase{np.from + 1, np.to}
	}
	if !relative && a.afterPreposition(np, lo) {
		if from := a.documentIssuer(np, lo); from >= 0 {
			// "A statement from the prime minister's office said": the
			// office speaks through it, and the phrase names both.
			return phrase{from, np.to}
		}
		// The name is the object of a preposition ("the attack in
		// Benghazi said"): the subject is the clause's opening noun phrase.
		return a.clauseSubject(np.from, j, lo)
	}
	if before := np.from - 1; before >= lo && a.toks[before].kind == tokWord && a.toks[before].is(wVerb) &&
		!(strings.HasSuffix(strings.ToLower(a.word(before)), "ing") && !a.toks[np.from].upper && a.toks[np.from].is(wRole)) {
		return phrase{} // "he told Price said": not a subject; "policy planning director X said" is one
	}
	if possessive(a.word(np.to - 1)) {
		return phrase{} // "Trump's claim that": a possessor, and "claim" a noun
	}
	if head := a.relativeHead(np, lo); !head.empty() {
		return head // "Officials planning to attend the summit said": the officials speak
	}
	return np
}

// pluralNounHead reports whether token k is a lower-case plural noun that
// may head a speaker phrase: a word listed as plural ("officials") or an
// unclassed word ending in "s" ("companies", "traders"), not "news" or
// "class".
func (a *attributor) pluralNounHead(k int) bool {
	t := a.toks[k]
	if t.kind != tokWord || t.upper || t.adverb {
		return false
	}
	w := strings.ToLower(a.word(k))
	return t.is(wPlural) || t.class == 0 && pluralNoun(w) && !strings.HasSuffix(w, "ics") && w != "news"
}

// nameModifiesNoun reports whether the name np opening a sentence is only
// a modifier of the noun after it, so that it is no subject of the verb
// at token v coordinated by the "and" at token j: "Rebel gains in the
// north and pleas for help contributed to the delay and underscored ...".
// The word after the name is in the present ("gains") while v and another
// verb before the "and" are in the past ("contributed"): the past verb is
// the one v shares a subject with, and the name does not reach it.
func (a *attributor) nameModifiesNoun(np phrase, v, j int) bool {
	if np.empty() || np.to >= j || !a.allNameWords(np) || a.toks[np.to].kind != tokWord || a.toks[np.to].upper || a.toks[np.to].adverb ||
		a.toks[np.to].class != 0 || verbTense(strings.ToLower(a.word(v))) != 'p' {
		return false
	}
	if w := strings.ToLower(a.word(np.to)); verbTense(w) != 's' || beForms[w] || finiteAux[w] || len(w) < 4 {
		return false // "Perez is experienced and lauded": the verb itself
	}
	for k := np.to + 1; k < j; k++ {
		if w := strings.ToLower(a.word(k)); a.toks[k].kind == tokWord && !a.toks[k].upper && strings.HasSuffix(w, "ed") && len(w) > 4 {
			return true
		}
	}
	return false
}

// pollGroup returns the share of a poll's respondents that ends at token
// j right before a reporting verb: "majorities in all five states say",
// "a third of independents say", "about half of Democrats say". A share word opens its
// clause (after a comma, a conjunction or the sentence's start) and no
// verb stands between it and j; empty when there is none.
func (a *attributor) pollGroup(j, lo int) phrase {
	for k := j; k >= lo && k >= j-6; k-- {
		t := a.toks[k]
		if t.kind != tokWord {
			return phrase{}
		}
		if !pollShares[strings.ToLower(a.word(k))] {
			if t.is(wVerb|wPronoun|wThatClause) && !t.upper {
				return phrase{}
			}
			continue
		}
		from := k
		if from-2 >= lo && a.lowerWordIs(from-1, "than") && (a.lowerWordIs(from-2, "more") || a.lowerWordIs(from-2, "less") || a.lowerWordIs(from-2, "fewer")) {
			from -= 2 // "more than half"
		} else if from-1 >= lo && (a.lowerWordIs(from-1, "a") || quantityLeads[strings.ToLower(a.word(from-1))]) {
			from-- // "a third", "about half"
		}
		if from-1 >= lo && (a.lowerWordIs(from-1, "a") || a.lowerWordIs(from-1, "the")) {
			from-- // "about a third", "the majority"
		}
		if b := from - 1; b >= lo && !(a.toks[b].kind == tokPunct && strings.ContainsAny(a.word(b), ",;:(—–")) && !a.lowerWordIs(b, "and") && !a.lowerWordIs(b, "but") {
			return phrase{}
		}
		return phrase{from, j + 1}
	}
	return phrase{}
}

// pollShares are the words for a share of a poll's respondents.
var pollShares = fieldSet(`majority majorities plurality half third thirds quarter quarters fifth fifths`)

// relativeHead returns the noun phrase that a relative clause, reduced
// to a participle or opened by "who", hangs from when np is that clause's
// object, right before the reporting verb: "Officials planning to attend
// the summit said", "Residents fleeing the city said", "Officials who plan
// to attend the summit said". The head is a role, a group or a name; with
// none, np stays the subject.
func (a *attributor) relativeHead(np phrase, lo int) phrase {
	for k := np.from - 1; k > lo && k >= np.from-4; k-- {
		t := a.toks[k]
		if t.kind != tokWord || t.upper || t.is(wDet|wPrep|wConnector) && !a.lowerWordIs(k, "to") {
			return phrase{}
		}
		w := strings.ToLower(a.word(k))
		if w != "who" && (!strings.HasSuffix(w, "ing") || len(w) < 5) {
			continue
		}
		head := a.nameBackward(k-1, lo)
		if head.empty() {
			head = a.commonNounSubject(k-1, lo)
		}
		if head.empty() || a.toks[head.from].is(wPronoun) || !(a.toks[head.to-1].is(wRole|wPlural) || a.toks[head.to-1].upper) || a.afterPreposition(head, lo) {
			return phrase{}
		}
		return head
	}
	return phrase{}
}

// subjectBeforeAside reports whether the noun phrase before an aside set
// off by dashes may be the subject of the reporting verb at token v right
// after the aside: not when the speaker follows the verb, nor when the
// verb is a passive of hearsay ("The wall -- 20 feet high -- said to be
// the most expensive").
func (a *attributor) subjectBeforeAside(v int) bool {
	return !a.speakerAfterVerb(v) && !a.raisingPassive(v)
}

// raisingPassive reports whether the verb at token v is a passive
// before "to be" or "to have" ("said to be the most expensive", "believed
// to have fled"): its subject is what is said about, not a speaker.
func (a *attributor) raisingPassive(v int) bool {
	return raisingVerbs[strings.ToLower(a.word(v))] && a.lowerWordIs(v+1, "to") && (a.lowerWordIs(v+2, "be") || a.lowerWordIs(v+2, "have"))
}

// raisingVerbs report hearsay in the passive before "to be": "said to
// be", "believed to have".
var raisingVerbs = fieldSet(`said says reported believed thought alleged rumored rumoured`)

// speakerAfterVerb reports whether a name or role right after the verb at
// token v ends its clause ("— the deadliest this year — said the health
// ministry.", "-- said Ahmed Ali, a spokesman."): the speaker follows the
// verb, and the words before it are what was said, not its subject. A
// name after "told" or "asked" is the one spoken to.
func (a *attributor) speakerAfterVerb(v int) bool {
	if !invertingVerbs[strings.ToLower(a.word(v))] {
		return false
	}
	np := a.nameForward(v+1, len(a.toks))
	return !np.empty() && np.from == v+1 && !a.lowerWordIs(v+1, "that") &&
		(a.toks[np.to-1].upper || a.toks[np.to-1].is(wRole)) && a.invertedNameEnds(np, len(a.toks))
}

// invertedNameEnds reports whether the name np after an inverting verb
// ends the sentence, or only an appositive, a prepositional phrase or a
// time with no verb of its own follows it ("said Ahmed Ali, a spokesman.",
// "said a spokesman for the ministry."). In "said Russia, not China, was
// behind it" or "said Biden, who arrived Monday, would meet" the name is
// the subject of the reported clause, not its speaker.
func (a *attributor) invertedNameEnds(np phrase, hi int) bool {
	if np.to >= hi {
		return true
	}
	switch next := a.toks[np.to]; {
	case next.punct(a.text, ','):
	case next.is(wPrep|wTime) || a.lowerWordIs(np.to, "for") || a.lowerWordIs(np.to, "of") || a.lowerWordIs(np.to, "who"):
		if !a.toks[np.from].upper && !a.toks[np.from].is(wDet) && !countLeads[strings.ToLower(a.word(np.from))] && !a.holdsRole(np) {
			// "said having Trump at the top ... puts": a clause, not a
			// name; "said one GOP source in the room", "says political
			// scientist Ann Lee in Almaty" open with a count or a
			// modifier of the role they name.
			return false
		}
	case next.kind == tokPunct:
		return true
	default:
		return false
	}
	// A verb inside a relative clause of the appositive is its own ("said
	// David Autor, a professor at M.I.T., who is ..."); one after the comma
	// that closes it is the reported clause's.
	relative := false
	for k := np.to; k < hi; k++ {
		t := a.toks[k]
		if t.punct(a.text, '.') || t.punct(a.text, '?') || t.punct(a.text, '!') || t.punct(a.text, ';') {
			break
		}
		if t.punct(a.text, ',') {
			relative = false
		}
		if t.kind != tokWord {
			continue
		}
		w := a.word(k)
		lw := strings.ToLower(w)
		if relativeWords[w] || w == "whose" {
			relative = true
			continue
		}
		if !relative && (beForms[lw] || negatedAux(lw) || finiteAux[lw] ||
			!t.upper && (pastVerbs[lw] || len(lw) > 4 && strings.HasSuffix(lw, "ed") && !a.toks[k-1].is(wDet))) {
			return false
		}
	}
	return true
}

// holdsRole reports whether a word of the phrase np is a speaker role
// ("scientist", "source"): a phrase that opens with a lower-case modifier
// names a speaker only so.
func (a *attributor) holdsRole(np phrase) bool {
	for k := np.from; k < np.to; k++ {
		if a.toks[k].kind == tokWord && !a.toks[k].upper && a.toks[k].is(wRole) {
			return true
		}
	}
	return false
}

// finiteAux are the auxiliaries and modals that make a clause finite.
var finiteAux = fieldSet(`has had have would will could did does do may might can should must shall`)

// invertingVerbs are the reporting verbs that put their speaker after
// them ("said the ministry", "added Smith").
var invertingVerbs = fieldSet(`said says added adds wrote writes noted notes explained replied`)

// dashAsideWords is the most tokens an aside set off by dashes between a
// subject and its verb may have.
const dashAsideWords = 30

// dashAt returns the first token of a dash ending at token j ("—", "–",
// " - " or "--"), or -1 when there is none.
func (a *attributor) dashAt(j, lo int) int {
	if j < lo || j >= len(a.toks) || a.toks[j].kind != tokPunct {
		return -1
	}
	if w := a.word(j); w == "—" || w == "–" || w == "--" {
		return j
	}
	if !a.toks[j].punct(a.text, '-') {
		return -1
	}
	if j-1 >= lo && a.toks[j-1].punct(a.text, '-') && a.toks[j-1].end == a.toks[j].start {
		return j - 1 // "--"
	}
	if j+1 < len(a.toks) && a.toks[j+1].start == a.toks[j].end || j-1 >= 0 && a.toks[j-1].end == a.toks[j].start {
		return -1 // a hyphen
	}
	return j
}

// openingDash returns the first token of the dash that opens an aside
// closed by the dash at token j, when the aside holds only words, commas
// and the marks of names; -1 when j closes no such aside.
func (a *attributor) openingDash(j, lo int) int {
	d := a.dashAt(j, lo)
	if d < 0 {
		return -1
	}
	for k := d - 1; k > lo && k >= d-dashAsideWords; k-- {
		if o := a.dashAt(k, lo); o >= 0 {
			if k == d-1 || o <= lo {
				return -1
			}
			return o
		}
		if t := a.toks[k]; t.kind != tokWord && !t.punct(a.text, ',') && !t.punct(a.text, '.') && !t.punct(a.text, '\'') && !t.punct(a.text, '&') {
			return -1
		}
	}
	return -1
}

// subordinateSubject returns the subject of a subordinate clause that
// runs up to token j, with no comma between ("after union leader Ana Silva
// criticized him and warned"): a conjunction, then a name or pronoun, its
// verb and the verb's object. An empty phrase when the words before j are
// the main clause's, or when the clause's verb has no object ("after Putin
// left and warned" is the main subject's warning).
func (a *attributor) subordinateSubject(lo, j int) phrase {
	for k := j - 1; k >= lo; k-- {
		t := a.toks[k]
		if t.kind != tokWord {
			return phrase{} // a comma or a quotation ends the clause
		}
		if !subjectConjunctions[strings.ToLower(a.word(k))] || t.upper {
			continue
		}
		np := a.nameForward(k+1, j)
		if np.empty() || np.from != k+1 || np.to >= j || a.toks[np.to].kind != tokWord || a.toks[np.to].upper ||
			!(a.toks[np.to-1].upper || a.toks[np.from].is(wPronoun)) {
			return phrase{}
		}
		if !a.objectAfterVerb(np.to, j) {
			// "after Putin left and warned", "after Putin had left
			// quickly and warned": a verb with no object before "and"
			// ends the clause, and the coordinated verb goes back to the
			// main clause's subject.
			return phrase{}
		}
		return np
	}
	return phrase{}
}

// objectAfterVerb reports whether tokens [from, to), a clause after its
// subject, hold an object after the verb: auxiliaries ("had left") and the
// verb are passed over, and so are -ly adverbs ("left quickly").
func (a *attributor) objectAfterVerb(from, to int) bool {
	verb := false
	for k := from; k < to; k++ {
		t := a.toks[k]
		switch {
		case t.kind != tokWord || t.is(wAux):
		case !verb:
			verb = true
		case !strings.HasSuffix(strings.ToLower(a.word(k)), "ly"):
			return true
		}
	}
	return false
}

// subjectConjunctions open a subordinate clause whose subject follows them.
var subjectConjunctions = fieldSet(`after before as when while because since although though until whereas once`)

// setOffSubject reads the subject of a verb after a long stretch set off
// by commas, the comma before the verb at token j: a name opening the
// sentence, then a parenthesis or a comma ("Rep. Bobby Scott (D-Va.),
// ranking member of the committee and one of its chief negotiators,
// said", "Sen. Chuck Grassley, facing a spirited challenge in Iowa, a
// swing state, said"). What stands between holds no quotation mark, no
// clause's punctuation and no other reporting verb.
func (a *attributor) setOffSubject(lo, j int) phrase {
	k := lo
	for k < j && a.toks[k].is(wLeadIn) && !a.toks[k].is(wDet) {
		k++ // "And Sen. Rob Portman (R-Ohio), ..."
	}
	np := a.nameForward(k, j)
	if np.empty() || strings.HasSuffix(a.word(np.from), "ing") || np.from != k && !(np.from == k+1 && a.toks[k].is(wDet)) || a.toks[np.from].is(wPronoun) {
		return phrase{}
	}
	if np.to < j && (a.allNameWords(phrase{np.to - 1, np.to}) || a.toks[np.to-1].is(wRole) && a.toks[np.from].is(wDet)) && a.settingBeforeComma(np.to, j) {
		// "Obama in his first press conference Wednesday, called", "The
		// mayor at a rally on Friday, said": a setting whose opening comma
		// the writer left out.
		return np
	}
	if !a.allNameWords(phrase{np.to - 1, np.to}) {
		return phrase{}
	}
	if np.to >= j || !a.toks[np.to].punct(a.text, ',') && !a.toks[np.to].punct(a.text, '(') || j-np.to > 30 {
		return phrase{}
	}
	for i := np.to; i < j; i++ {
		t := a.toks[i]
		if t.kind == tokOpen || t.kind == tokClose || t.kind == tokPunct && strings.ContainsAny(a.word(i), ";:—–") ||
			t.kind == tokWord && a.finite(i, false) {
			return phrase{}
		}
	}
	return np
}

// settingPrepositions open a setting of time or place that may stand
// between a subject and its verb: "Obama in his press conference
// Wednesday", "the mayor at a rally on Friday".
var settingPrepositions = fieldSet(`in at on during after before from`)

// settingBeforeComma reports whether the tokens from k up to the comma at
// token j are a setting of the name before k whose opening comma the
// writer left out: a preposition of time or place, a determiner, a
// possessive, a time or a number after it, then words alone, none of them
// shaped as a verb ("in his first post-election press conference
// Wednesday,", "at a rally on Friday,"). A clause between ("in Ohio was
// low,") makes the name no subject of the verb after the comma, and a
// preposition inside a name ("Ban on Face Coverings") opens no setting.
// At most 16 tokens are read.
func (a *attributor) settingBeforeComma(k, j int) bool {
	if j-k < 2 || j-k > 16 || a.toks[k].kind != tokWord || a.toks[k].upper || !settingPrepositions[a.word(k)] {
		return false
	}
	if n := a.toks[k+1]; n.kind != tokWord || !(n.is(wDet) && !n.is(wPronoun) || possessivePronouns[strings.ToLower(a.word(k+1))] || n.is(wTime) || startsWithDigit(a.word(k+1))) {
		return false // "The SVP's Ban on Face Coverings initiative, seeks": a name's words, no setting
	}
	for i := k + 1; i < j; i++ {
		t := a.toks[i]
		if t.kind != tokWord {
			if t.punct(a.text, '-') || t.punct(a.text, '.') || t.punct(a.text, '\'') {
				continue
			}
			return false
		}
		w := strings.ToLower(a.word(i))
		if !t.upper && (t.is(wVerb|wPronoun|wThatClause) && !t.is(wDet) || beForms[w] || finiteAux[w] || modalWords[w] || relativeWords[w] || pastShaped(a, i) || irregularPasts[w] || strings.HasSuffix(w, "ing")) {
			return false
		}
	}
	return true
}

// nameBeforeTag returns the name before a party-state tag set off by
// commas that ends at the comma at token k ("Sen. Jane Roe, R-Ky.,"), or
// an empty phrase when no tag ends there. The tag's own full stop ("Ky.")
// is a token of its own, which pastTagOrAge does not read past.
func (a *attributor) nameBeforeTag(k, lo int) phrase {
	if name := a.nameBeforeBracketTag(k, lo); !name.empty() {
		return name
	}
	t := k - 1
	if t > lo && a.toks[t].punct(a.text, '.') {
		t--
	}
	if t-2 < lo || a.toks[t].kind != tokWord || !partyTag(a.word(t)) || !a.toks[t-1].punct(a.text, ',') {
		return phrase{}
	}
	if name := a.nameBackward(t-2, lo); !name.empty() && name.to == t-1 && a.toks[name.to-1].upper && !a.cannotSpeak(name) {
		return name
	}
	return phrase{}
}

// nameBeforeBracketTag returns the name before a party-state tag in
// brackets that ends right before the comma at token k ("Sen. Jane Roe
// (R-Ky.),"), or an empty phrase: like a tag set off by commas, it ends
// the name, and a relative clause may follow it ("..., who backed the
// bill, said").
func (a *attributor) nameBeforeBracketTag(k, lo int) phrase {
	// A name after a preposition ("who worked for Sen. Lamar Alexander
	// (R-Tenn.),") is left to the readings that went before: the speaker
	// is further back.
	if name := a.bracketTagged(k, lo); !name.empty() && !a.afterPreposition(name, lo) {
		return name
	}
	return phrase{}
}

// bracketTagged returns the name before a party-state tag in brackets
// that ends right before the comma at token k, wherever the name stands:
// a relative clause after the comma ("from that of Rep. Ann Roe (D-Ore.),
// who said") hangs from it even after a preposition.
func (a *attributor) bracketTagged(k, lo int) phrase {
	c := k - 1
	if c-3 < lo || !a.toks[c].punct(a.text, ')') {
		return phrase{}
	}
	o := c - 1
	for o > lo && o > c-6 && !a.toks[o].punct(a.text, '(') && !a.toks[o].punct(a.text, ')') {
		o--
	}
	if o <= lo || !a.toks[o].punct(a.text, '(') || a.toks[o+1].kind != tokWord || !partyTag(a.word(o+1)) {
		return phrase{}
	}
	if name := a.nameBackward(o-1, lo); !name.empty() && name.to == o && a.toks[name.to-1].upper && !a.cannotSpeak(name) {
		return name
	}
	return phrase{}
}

// share reports whether the phrase p is nothing but a share of those
// polled: "26 percent", "67%".
func (a *attributor) share(p phrase) bool {
	if p.to-p.from != 2 || !startsWithDigit(a.word(p.from)) {
		return false
	}
	return a.lowerWordIs(p.to-1, "percent") || a.toks[p.to-1].punct(a.text, '%')
}

// ratioBefore returns the ratio that ends at token j and stands for the
// people it counts, as a poll's subject does: "nine in 10", "one out of
// five", "about 4 in 10", "more than six in 10"; empty when there is none.
// The denominator is a small count, not a year ("turned 65 in 2020"), and
// the ratio opens its clause: after a verb, a preposition or "to" it is
// a score or a range's end ("who scored 3 in 10", "aged 18 to 24 in").
func (a *attributor) ratioBefore(j, lo int) phrase {
	if j-2 < lo || !countWord(a, j) || startsWithDigit(a.word(j)) && len(a.word(j)) > 3 {
		return phrase{}
	}
	k := j - 1
	switch {
	case a.lowerWordIs(k, "in"):
	case a.lowerWordIs(k, "of") && a.lowerWordIs(k-1, "out") && k-2 >= lo:
		k--
	default:
		return phrase{}
	}
	from := k - 1
	if from < lo || !countWord(a, from) {
		return phrase{}
	}
	if from-1 >= lo && a.toks[from-1].kind == tokWord && quantityLeads[strings.ToLower(a.word(from-1))] {
		from-- // "about nine in 10"
	} else if from-2 >= lo && a.lowerWordIs(from-1, "than") && (a.lowerWordIs(from-2, "more") || a.lowerWordIs(from-2, "fewer")) {
		from -= 2 // "more than six in 10"
	}
	if b := from - 1; b >= 0 && a.toks[b].kind == tokWord && !a.toks[b].upper {
		w := strings.ToLower(a.word(b))
		if a.toks[b].is(wPrep|wVerb|wAux) || w == "to" || beForms[w] || finiteAux[w] || irregularPasts[w] || len(w) > 4 && strings.HasSuffix(w, "ed") {
			return phrase{}
		}
	}
	return phrase{from, j + 1}
}

// countWord reports whether token i is a small count: digits or a number
// word ("nine", "10").
func countWord(a *attributor, i int) bool {
	if i < 0 || i >= len(a.toks) || a.toks[i].kind != tokWord {
		return false
	}
	w := strings.ToLower(a.word(i))
	return startsWithDigit(w) && strings.Trim(w, "0123456789") == "" || numberWords[w]
}

// numberWords are the counts a ratio spells out.
var numberWords = fieldSet(`one two three four five six seven eight nine ten`)

// quantityLeads open a noun phrase that counts people: "about half of
// voters", "nearly two-thirds of Democrats".
var quantityLeads = fieldSet(`about nearly almost roughly some most more fewer over under only just`)

// infinitiveNouns are the speech nouns whose "to" infinitive is what they
// promise, threaten or ask for: "made threats to leave", "made a pledge
// to cut taxes". After the other nouns of saying the infinitive is a
// purpose ("made claims to seek publicity").
var infinitiveNouns = fieldSet(`demand demands request proposal promise promises pledge pledges vow vows threat threats warning warnings`)

// nounTakingVerbs take a speech noun for their object and say no more than
// the noun does: "made claims that", "leveled charges that".
var nounTakingVerbs = fieldSet(`made make makes leveled levelled levels lobbed hurled lodged`)

// countedFrom returns where a speaker phrase starting at token from
// begins once the count before it is read with it: "three dozen House
// Democrats" after "dozen House Democrats", "More than 30 lawmakers",
// "Close to three dozen House Democrats", "At least 30", "About six in 10
// Republicans". The words of a count are no preposition whose object the
// speaker would be.
func (a *attributor) countedFrom(from, lo int) int {
	if w := strings.ToLower(a.word(from)); (w == "dozen" || w == "dozens" || w == "hundred" || w == "hundreds" || w == "thousand" || w == "thousands") && from-1 >= lo && countWord(a, from-1) {
		from-- // "three dozen"
	}
	if from-1 >= lo && countWord(a, from-1) && !countWord(a, from) && !(len(a.word(from-1)) == 4 && startsWithDigit(a.word(from-1))) {
		from-- // "10 Americans", "six Republicans"; not a year ("In 2010 lawmakers")
	}
	if !countWord(a, from) {
		return from
	}
	if from-2 >= lo && a.lowerWordIs(from-1, "in") && countWord(a, from-2) {
		from -= 2 // "Six in 10 Americans": a ratio of them
	} else if from-3 >= lo && a.lowerWordIs(from-1, "of") && a.lowerWordIs(from-2, "out") && countWord(a, from-3) {
		from -= 3 // "one out of five voters"
	}
	switch {
	case from-2 >= lo && a.countLead(from-2) == 2:
		return from - 2 // "more than 30", "close to three dozen"
	case from-1 >= lo && a.countLead(from-1) == 1:
		return from - 1 // "nearly three dozen", "about 30"
	}
	return from
}

// countLead returns how many tokens from k lead a count: two for "more
// than", "fewer than", "less than", "close to", "up to", "at least", "at
// most", one for a quantity word ("nearly", "about"), none otherwise.
func (a *attributor) countLead(k int) int {
	switch {
	case a.lowerWordIs(k+1, "than") && (a.lowerWordIs(k, "more") || a.lowerWordIs(k, "fewer") || a.lowerWordIs(k, "less")),
		a.lowerWordIs(k+1, "to") && (a.lowerWordIs(k, "close") || a.lowerWordIs(k, "up")),
		a.lowerWordIs(k, "at") && (a.lowerWordIs(k+1, "least") || a.lowerWordIs(k+1, "most")):
		return 2
	case k >= 0 && k < len(a.toks) && a.toks[k].kind == tokWord && quantityLeads[strings.ToLower(a.word(k))]:
		return 1
	}
	return 0
}

// timeWords are the time words (timeWordList) as a set.
var timeWords = fieldSet(timeWordList)

// timePossessor reports whether token k is a time word in the possessive
// ("Tuesday's", "last week's"): what is said of a day is said by no one.
func (a *attributor) timePossessor(k int) bool {
	if a.toks[k].kind != tokWord {
		return false
	}
	w := a.word(k)
	n := text.PossessiveLen(w)
	return n > 0 && timeWords[strings.ToLower(w[:len(w)-n])]
}

// possessive reports whether a word ends in a possessive "'s": "Trump's",
// not the "'s" of "he's said" or "who's argued", which is "has" or "is".
func possessive(w string) bool {
	n := text.PossessiveLen(w)
	return n > 0 && !contractedSubjects[strings.ToLower(w[:len(w)-n])]
}

// contractedSubjects are the words whose "'s" is a verb.
var contractedSubjects = fieldSet(`he she it who that there what let here where how`)

// anonymousSource reads the news convention for an unnamed source, a role
// and what qualifies it to speak, ending at token j before the verb: "a
// person familiar with the planning for the meeting (said)", "two
// officials briefed on the talks", "sources close to the campaign".
func (a *attributor) anonymousSource(j, lo int) phrase {
	for r := j - 1; r >= lo && r >= j-12; r-- {
		t := a.toks[r]
		if t.kind != tokWord && !t.punct(a.text, '\'') || t.is(wVerb|wThatClause) && !(r > lo && a.toks[r-1].is(wDet)) || t.is(wPronoun) {
			return phrase{} // a verb form after "the" is a noun: "familiar with the planning"
		}
		if !t.is(wRole) || !sourceQualifiers[strings.ToLower(a.word(r+1))] {
			continue
		}
		np := a.nameBackward(r, lo)
		if np.empty() || np.to != r+1 {
			return phrase{}
		}
		return phrase{np.from, j + 1}
	}
	return phrase{}
}

// indefinitePersons are the pronouns for a person not named, which speak
// as a common noun does: "someone asked". "everyone" and "everybody" are
// left out: "everyone knew he meant it" after a quotation tells how the
// words were taken, and would take them from their speaker.
var indefinitePersons = fieldSet(`someone somebody anyone anybody`)

// qualifiedSourceEnding returns the unnamed source "those" named by what
// it knows (qualifiedSource) that ends at token j, right before a
// reporting verb: "those close to the senator", "those briefed on the
// talks". The name or role inside it ("the senator") is what the source
// knows, not the speaker. A role head ("a senior official familiar with
// the talks") is read by anonymousSource, with its modifiers. It is empty
// when no such phrase ends there.
func (a *attributor) qualifiedSourceEnding(j, lo int) phrase {
	for k := j - 2; k >= lo && k >= j-closingWords; k-- {
		if a.toks[k].kind != tokWord {
			return phrase{}
		}
		if !a.lowerWordIs(k, "those") || !sourceQualifiers[strings.ToLower(a.word(k+1))] {
			continue
		}
		if a.qualifiedSource(phrase{k, j + 1}) {
			return phrase{k, j + 1}
		}
		return phrase{}
	}
	return phrase{}
}

// sourceQualifiers follow a role to say why an unnamed source knows:
// "familiar with", "close to", "briefed on".
var sourceQualifiers = fieldSet(`familiar close knowledgeable briefed involved privy`)

// commonNounSubject reads a speaker named by a common noun the role lists
// lack, right before its reporting verb: "the actress said", "Iowa
// biofuels advocates say", "the candidates say". The head must be a plain
// word (no verb, adverb or function word) that is plural or follows a
// determiner or a capitalised word; the phrase runs back to that
// determiner or over up to two modifiers.
func (a *attributor) commonNounSubject(j, lo int) phrase {
	if j < lo || j < 1 {
		return phrase{}
	}
	head := a.toks[j]
	w := strings.ToLower(a.word(j))
	// A word WordNet lists as a cue verb may be a noun here ("advocates",
	// "reports"): only the hand-made classes rule a head out.
	// Data nouns are heads whatever else they look like: "the reports
	// show", "exit polling showed".
	// An -ing head is a noun only after a determiner that opens the
	// clause ("the Web posting said", "the court filing says"), checked
	// below.
	ing := strings.HasSuffix(w, "ing")
	if !dataNouns[w] && (head.kind != tokWord || head.class&^(wThatClause|wPhrasal) != 0 || head.adverb || head.upper || len(w) < 3 ||
		strings.HasSuffix(w, "ed") || notNounHeads[w] || negatedAux(w)) {
		return phrase{}
	}
	from := j
	// Three modifiers at most, or four after an article: "The billionaire
	// real estate developer says" is one noun phrase, the article showing
	// where it starts.
	reach := j - 3
	if j-4 >= lo && a.toks[j-4].is(wDet) && !a.toks[j-4].is(wPronoun) && a.plainModifiers(j-3, j) {
		reach = j - 4
	}
	for k := j - 1; k >= lo && k >= reach; k-- {
		t := a.toks[k]
		if t.kind != tokWord {
			break
		}
		if t.is(wDet) || !t.upper && countLeads[strings.ToLower(a.word(k))] {
			from = k // "the actress", "one user", "another reader"
			if k-1 >= lo && !t.is(wDet) && a.toks[k-1].kind == tokWord && a.toks[k-1].is(wDet) {
				from = k - 1 // "the two unions"
			}
			break
		}
		// A capitalised modifier names whose the thing is, whatever its
		// class: "the State Department notice said".
		if (t.class&^(wThatClause|wPhrasal) != 0 || t.adverb) && !(a.capitalisedModifier(k) && (k == j-1 || a.toks[k+1].upper)) {
			break
		}
		from = k
	}
	if ing && !dataNouns[w] && (from == j || !a.toks[from].is(wDet) || from > lo && a.toks[from-1].kind == tokWord || !documentIngs[w]) {
		// "a person familiar with the planning said": the -ing noun is a
		// preposition's object; "the Israeli shelling showed": an event
		// shows what it shows, no one says it.
		return phrase{}
	}
	plural := strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
	if countLeads[strings.ToLower(a.word(from))] && (timeSpans[w] || modals[w]) {
		return phrase{} // "who three years ago urged", "no one can argue": a time or a modal, no one speaking
	}
	lead := a.toks[from].is(wDet) || countLeads[strings.ToLower(a.word(from))]
	if from == j && !plural || from < j && !lead && !a.toks[from].upper && !plural {
		return phrase{}
	}
	return phrase{from, j + 1}
}

// plainModifiers reports whether tokens from..to-1 are words with no
// participle among them: "billionaire real estate", "former East German",
// not "intensifying Middle East", an event's modifiers rather than a
// person's.
func (a *attributor) plainModifiers(from, to int) bool {
	for i := from; i < to; i++ {
		t := a.toks[i]
		w := strings.ToLower(a.word(i))
		if t.kind != tokWord || t.adverb || !t.upper && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) {
			return false
		}
	}
	return true
}

// documentIngs are the -ing nouns that name a text someone put out, which
// may say what its author says: "the Web posting said", "the court filing
// says", "the ruling found".
var documentIngs = fieldSet(`posting postings filing filings ruling rulings briefing briefings listing listings recording recordings writing writings reading warning warnings`)

// notNounHeads are words with no class that end a noun phrase never:
// forms of be and do ("she was asked" has no speaker "was"), determiners
// and quantifiers.
var notNounHeads = fieldSet(`was were is are be been being am does did this these those its his her their our your many much more most such very only even just what which whose whom there here`)

// beForms make a participle after them passive.
var beForms = fieldSet(`was were is are be been being am`)

// allNameWords reports whether a phrase is a bare name: capitalised
// words, possibly joined by "of", "bin"...
func (a *attributor) allNameWords(p phrase) bool {
	if p.empty() || !a.toks[p.from].upper {
		return false
	}
	for i := p.from; i < p.to; i++ {
		if t := a.toks[i]; t.kind != tokWord || !t.upper && !t.is(wConnector) || t.is(wDet) {
			return false
		}
	}
	return true
}

// afterPreposition reports whether the phrase is the object of a
// preposition ("in Benghazi"), so not the subject of what follows.
func (a *attributor) afterPreposition(np phrase, lo int) bool {
	before := np.from - 1
	if a.toks[np.from].is(wPronoun) {
		return false // "... computers and she accused": no preposition takes "she"
	}
	if before >= lo && !a.toks[before].is(wPrep) && (a.lowerWordIs(before, "and") || a.lowerWordIs(before, "but") || a.lowerWordIs(before, "or")) &&
		(before == lo || a.toks[before-1].punct(a.text, ';') || a.toks[before-1].punct(a.text, ',') && !a.listBefore(before-1, lo)) {
		// "And officials say", "..., and experts say": a conjunction
		// opening the sentence, or a clause after a comma, joins no noun
		// to this one.
		return false
	}
	if before >= lo && clauseConjunctions[strings.ToLower(a.word(before))] && a.verbRightAfter(np) {
		return false // "as columnist Josh Barro noted", "as he noted": a conjunction opens the clause whose subject this is
	}
	if before-1 >= lo && a.lowerWordIs(before, "and") && a.toks[before-1].kind == tokWord && !a.toks[before-1].upper &&
		!a.toks[before-1].is(wRole|wDet|wPrep) && a.toks[np.from].upper && a.verbRightAfter(np) && a.clauseVerbBefore(before) {
		// "... copied on the questions and Gates said", "the provision
		// Democrats opposed and Obama said": after a lower-case word that
		// ends a clause, "and" opens a clause whose subject the name is.
		// Without a verb before "and" the two are one subject: "Two
		// teachers and Ortiz said".
		return false
	}
	return before >= lo && a.toks[before].kind == tokWord && a.toks[before].is(wPrep|wConnector) && !a.toks[before].is(wDet)
}

// documentIssuer reads a clause opened by a document and its issuer
// after a preposition, the phrase np: "A statement from the prime
// minister's office said", "a letter by 40 senators argued". The issuer
// speaks and the document only carries the words, as with "In a
// statement, the ministry said", so the speaker is the whole phrase, from
// the token it returns (-1 when np is no such issuer). The issuer must be
// a name or a role: "A video from the scene showed" names no one.
func (a *attributor) documentIssuer(np phrase, lo int) int {
	p := np.from - 1
	if p-2 < lo || !a.lowerWordIs(p, "from") && !a.lowerWordIs(p, "by") || !documentNouns[strings.ToLower(a.word(p-1))] ||
		!a.toks[np.to-1].upper && !a.toks[np.to-1].is(wRole) {
		return -1
	}
	for k := p - 2; k >= lo; k-- {
		if a.toks[k].is(wDet) {
			if k == lo || a.toks[k-1].kind != tokWord {
				return k // the document opens the clause
			}
			return -1
		}
		if a.toks[k].kind != tokWord || a.toks[k].upper || k < p-4 {
			return -1
		}
	}
	return -1
}

// listSubject widens a coordinated subject ("Civil Defense and the
// mayor") to the list it ends when the list opens the clause at lo: in
// "The police, the fire service and the mayor blamed ..." all three
// speak, not the last two. Each earlier item is a short run of words with
// no verb or preposition; a phrase that opens the clause otherwise ("On
// Monday, Lee and Ortiz said") leaves the subject as it is.
func (a *attributor) listSubject(np phrase, lo int) phrase {
	comma := np.from - 1
	if comma <= lo || !a.toks[comma].punct(a.text, ',') {
		return np
	}
	coordinated := false
	for k := np.from + 1; k < np.to-1 && !coordinated; k++ {
		if a.toks[k].is(wPrep) || a.lowerWordIs(k, "for") || a.lowerWordIs(k, "of") {
			return np // "Ann Lee, a spokesman for the Freedom and Justice Party": the "and" is the object's
		}
		coordinated = a.lowerWordIs(k, "and") || a.lowerWordIs(k, "or")
	}
	if !coordinated {
		return np
	}
	for k := comma - 1; ; k-- {
		if k < lo || a.toks[k].punct(a.text, ',') {
			item := phrase{k + 1, comma}
			if item.empty() || item.to-item.from > 6 || a.toks[item.from].is(wConnector|wLeadIn) || !a.namesSomeone(item, lo) {
				return np // "For weeks, the White House and ...", "True, Hamas and Fatah announced"
			}
			if k < lo {
				return phrase{lo, np.to}
			}
			comma = k
			continue
		}
		t := a.toks[k]
		w := strings.ToLower(a.word(k))
		if t.kind != tokWord || t.is(wPrep|wPronoun|wTime) && !possessive(w) || beForms[w] || finiteAux[w] || t.is(wVerb) && !t.upper || strings.HasSuffix(w, "ing") {
			return np
		}
	}
}

// namesSomeone reports whether the words of item, an earlier item of a
// list of speakers, read as a noun phrase naming someone: opened by a
// determiner, a possessive or a number ("the fire service", "Gaza's
// police"), holding a capital that does not only open the sentence
// ("the Red Crescent"), an acronym ("U.S."), or ending in a plural or a
// role ("Kurds", "dockers", "Police"). A word that only ends a clause
// ("... altered, White House officials say", "True, Hamas and Fatah
// announced") is none.
func (a *attributor) namesSomeone(item phrase, lo int) bool {
	first := strings.ToLower(a.word(item.from))
	if a.toks[item.from].is(wDet) || possessivePronouns[first] || possessive(first) || startsWithDigit(first) || strings.Contains(a.word(item.from), ".") {
		return true
	}
	for k := item.from; k < item.to; k++ {
		if a.toks[k].upper && (k > lo || k > item.from) {
			return true
		}
	}
	last := item.to - 1
	w := strings.ToLower(a.word(last))
	if a.toks[last].is(wRole|wPlural|wPerson) || pluralNoun(w) {
		return true
	}
	// A capital at the clause's start says nothing, but a country, a
	// capital or a body the gazetteer knows names a side: "Egypt,
	// Bahrain and Tunisia also condemned the killing" ("True, the union
	// and ..." is no item).
	_, known := gazetteer.Default().Lookup(a.str(item))
	return known && a.toks[item.from].upper
}

// listBefore reports whether the comma at token c ends an item of a list
// of short items ("Teachers, nurses, and firefighters"): another comma
// stands at most four words before it, with only words between and no
// verb among them (", is closed, and" ends a clause).
func (a *attributor) listBefore(c, lo int) bool {
	for k := c - 1; k >= lo && k >= c-5; k-- {
		if a.toks[k].punct(a.text, ',') {
			return k < c-1
		}
		w := strings.ToLower(a.word(k))
		if a.toks[k].kind != tokWord || beForms[w] || finiteAux[w] || a.toks[k].is(wVerb) && !a.toks[k].upper {
			return false
		}
	}
	return false
}

// clauseVerbBefore reports whether the words before the "and" at token
// and, back to the sentence's start (lo may lie past an earlier verb),
// hold a finite verb, so that they make a clause of their own: an
// auxiliary, a form of "be" ("was copied") or a reporting verb ("wants the
// votes", "broke down"), or an -ed form that no noun follows ("the
// tenants opposed", "asked for a photo"), unlike the adjective of "retired
// farmers".
func (a *attributor) clauseVerbBefore(and int) bool {
	for k := and - 1; k >= 0; k-- {
		t := a.toks[k]
		if t.kind == tokOpen || t.kind == tokClose || t.kind == tokPunct && strings.ContainsAny(a.text[t.start:t.end], ".;:!?") {
			return false
		}
		if t.kind != tokWord || t.upper {
			continue
		}
		w := strings.ToLower(a.word(k))
		if beForms[w] || finiteAux[w] || irregularPasts[w] || a.speechVerb(k, false) {
			return true
		}
		if len(w) <= 4 || !strings.HasSuffix(w, "ed") {
			continue
		}
		if n := a.toks[k+1]; k+1 == and || n.kind != tokWord || n.is(wPrep|wDet|wPronoun|wTime) || n.adverb || clauseParticles[strings.ToLower(a.word(k+1))] {
			return true
		}
	}
	return false
}

// clauseConjunctions are prepositions that also open a clause: "as he
// noted", "since Barro said". "after" and "before" are left out: they
// mostly open a time clause whose content runs into the main clause.
var clauseConjunctions = fieldSet(`as since until after before`)

// verbRightAfter reports whether a reporting verb (or one putting a
// document out) follows the phrase np,
// past auxiliaries and adverbs ("Barro has noted") and a short
// parenthesis after a name ("after Rep. Jane Roe (R-Ohio) threatened"),
// the one skipBack passes going the other way: np is its subject.
func (a *attributor) verbRightAfter(np phrase) bool {
	k := np.to
	if k < len(a.toks) && a.toks[k].punct(a.text, '(') {
		for e := k + 1; e < len(a.toks) && e < k+8; e++ {
			if a.toks[e].punct(a.text, ')') {
				k = e + 1
				break
			}
			if a.toks[e].punct(a.text, '(') {
				break
			}
		}
	}
	k = a.asideAfter(k)
	for k < len(a.toks) && a.toks[k].kind == tokWord && (a.toks[k].is(wAux) && !a.toks[k].upper || a.toks[k].adverb) {
		k++
	}
	// A verb putting a document out is a clause's too: "after Mayor Lee
	// issued a statement calling for ...".
	return k < len(a.toks) && a.toks[k].kind == tokWord && (a.toks[k].class&(wVerb|wThatClause|wPhrasal) != 0 || !a.toks[k].upper && issueVerbs[strings.ToLower(a.word(k))])
}

// plainNounPhrase reports whether the tokens from..to-1 read as a noun
// phrase with no verb: determiners, names, possessives, "and" and plain
// lower-case words, the last a noun (a name, a role, a plural or a plain
// word).
func (a *attributor) plainNounPhrase(from, to int) bool {
	if to <= from {
		return false
	}
	for i := from; i < to; i++ {
		t := a.toks[i]
		w := strings.ToLower(a.word(i))
		if t.kind != tokWord || t.adverb || w == "to" || !t.upper && (t.is(wVerb|wAux|wPrep|wPronoun|wTime) || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) && !t.is(wRole|wPlural) {
			return false
		}
	}
	last := a.toks[to-1]
	return last.upper || last.is(wRole|wPlural) || a.pluralNounHead(to-1)
}

// objectBetween reports whether a determiner stands among the tokens
// from..to-1: after an auxiliary, a noun phrase of its own before the
// preposition ("may be another aspect of", "may not enforce the subpoena
// because of") makes the words before the auxiliary a clause with an
// object, whose subject is no speaker of the verb after the preposition's
// object.
func (a *attributor) objectBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if a.toks[k].is(wDet) || clauseObjectDeterminers[strings.ToLower(a.word(k))] || a.toks[k].upper {
			return true // "were condemning Damascus over": a name is an object too
		}
	}
	return false
}

// clauseObjectDeterminers open a noun phrase as an article does, though
// the word classes leave them out: "may be another aspect of".
var clauseObjectDeterminers = fieldSet(`another any some each every no such`)

// asideAfter returns the token after a short aside opened by a
// preposition and set off by commas that starts at token k ("since Lee,
// at Monday's debate, cited"), the way prepositionAside reads one before
// a verb; k itself when none starts there.
func (a *attributor) asideAfter(k int) int {
	if k+2 >= len(a.toks) || !a.toks[k].punct(a.text, ',') || !a.toks[k+1].is(wPrep) || a.toks[k+1].upper {
		return k
	}
	for e := k + 2; e < len(a.toks) && e <= k+1+asideWords; e++ {
		t := a.toks[e]
		if t.punct(a.text, ',') {
			return e + 1
		}
		if t.kind != tokWord && !t.punct(a.text, '\'') && !t.punct(a.text, '.') {
			return k
		}
	}
	return k
}

// contactClause reports whether a relative clause with no relative word
// opens at token i: a personal pronoun as its subject right after a role
// or plural noun, "Several voters I spoke with said", "people we
// interviewed say". The clause says which ones; its verb is not the
// sentence's.
func (a *attributor) contactClause(i int) bool {
	w := strings.ReplaceAll(strings.ToLower(a.word(i)), "’", "'")
	if i < 1 || a.toks[i].kind != tokWord || !contactPronouns[w] {
		return false
	}
	p := a.toks[i-1]
	return p.kind == tokWord && (p.is(wRole) || p.is(wPlural)) && !p.is(wPronoun|wVerb)
}

// contactPronouns open a relative clause with no relative word after a
// noun: "the voters I met", "officials we spoke to", "people I've
// talked to".
var contactPronouns = fieldSet(`i i've i'd we we've they they've`)

// clauseSubject returns the words from the start of the clause holding
// token from up to token j, when they read as one noun phrase with its
// modifiers (led by a determiner or a name, at most 12 words, no verb).
func (a *attributor) clauseSubject(from, j, lo int) phrase {
	cs := from
	for cs > lo && a.toks[cs-1].kind == tokWord {
		cs--
	}
	start := cs // where the clause starts, before its lead-ins ("But")
	for cs < from && a.toks[cs].is(wLeadIn) && !a.toks[cs].is(wDet) {
		cs++
	}
	if j+1-cs > 14 {
		return phrase{}
	}
	first := a.toks[cs]
	// A plain lower-case noun may lead too: "protest organizers in
	// Cleveland say".
	plain := first.kind == tokWord && first.class&^(wThatClause|wPhrasal) == 0 && !first.adverb && !first.upper
	// A quantity may lead too: "about half of Democratic voters say".
	// (A bare role, "experts on the region say", was tried: little more
	// than half of those were right.)
	quantity := quantityLeads[strings.ToLower(a.word(cs))]
	// So may a role with a relative clause right after it, past a plain
	// modifier or two: "But executives who have worked with him say",
	// "progressive groups that have endorsed him say"; the clause says
	// which executives, as "on the region" does not.
	roleRelative := false
	for h := cs; h < j && h < cs+3 && !roleRelative; h++ {
		t := a.toks[h]
		if t.kind != tokWord || t.upper || t.adverb || h > cs && !t.is(wRole) && t.class&^(wThatClause|wPhrasal) != 0 {
			break // "progressive organizations that": plain modifiers before the role only
		}
		roleRelative = t.is(wRole) && !t.is(wPronoun) && (a.lowerWordIs(h+1, "who") || a.lowerWordIs(h+1, "that"))
	}
	// And a role that a source qualifier says more of: "sources close to
	// the mayor say", "officials briefed on the talks said".
	qualified := first.is(wRole) && !first.is(wPronoun) && cs+1 <= j && sourceQualifiers[strings.ToLower(a.word(cs+1))]
	if !(first.is(wDet) || first.upper && !first.is(wPronoun) || plain || quantity || roleRelative || qualified) {
		return phrase{}
	}
	if start > lo && !(a.toks[start-1].kind == tokPunct && strings.ContainsAny(a.word(start-1), ",;:(—–")) {
		return phrase{} // "$5.7 billion in assets": not a clause's start
	}
	// A relative clause ends the phrase, and its verb is not the
	// sentence's: "officials who spoke with The Huffington Post said".
	rel := j + 1
	for i := cs + 1; i <= j; i++ {
		if a.lowerWordIs(i, "who") || a.lowerWordIs(i, "that") || a.lowerWordIs(i, "which") || a.lowerWordIs(i, "whose") || a.contactClause(i) {
			rel = i
			break
		}
	}
	for i := cs; i < rel; i++ {
		if t := a.toks[i]; t.is(wVerb) && !t.is(wNeedsThat) && !t.upper {
			return phrase{}
		}
		// A form of "be" or an auxiliary before the preposition's object
		// ends the subject: "Allies of the mayor have in the past said",
		// "Two lawsuits being considered in Ohio have accused". The words
		// before it are the subject only when they read as a noun phrase;
		// otherwise they are a clause ("Roe has been attacking Lee since
		// ..."), and no subject is read. Nor is one after "be" or a modal
		// with a noun phrase of its own ("may be another aspect of"); "has
		// the gall to go on television and say" keeps its subject.
		if w := strings.ToLower(a.word(i)); i > cs && i < from && !a.toks[i].upper && (beForms[w] || finiteAux[w]) {
			if !a.plainNounPhrase(cs, i) || (beForms[w] || modalWords[w] || w == "would" || w == "will" || w == "could") && a.objectBetween(i+1, from-1) {
				return phrase{}
			}
			rel = i
			break
		}
	}
	j = rel - 1
	// Keep the head and its "of" phrase: "The leader of a panel (charged
	// with reviewing the attack in Benghazi)"; and what qualifies an
	// unnamed source: "a person familiar with the talks".
	end := j + 1
	for i := cs + 1; i <= j; i++ {
		t := a.toks[i]
		w := a.word(i)
		if t.is(wPrep) && !a.lowerWordIs(i, "of") && !sourceQualifiers[strings.ToLower(a.word(i-1))] || !t.upper && (t.class == 0 || t.is(wNeedsThat)) && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) || t.is(wPronoun) {
			end = i
			break
		}
	}
	// The head must be someone: a role or a name, not "5.7 billion"; or a
	// plain noun that a relative clause describes as acting ("executives
	// who have worked with him", "organizations that have endorsed him"),
	// but not the "that" of a clause ("the fact that voters say").
	// A cut at a participle may leave its article and "of" behind:
	// "Customers of the (retired captain)" is "Customers".
	for end-1 > cs && (a.toks[end-1].is(wDet) && !a.toks[end-1].is(wPronoun) || a.lowerWordIs(end-1, "of")) && end <= j {
		end--
	}
	for i := cs; i < end; i++ {
		if t := a.toks[i]; t.is(wRole) || t.upper && !startsWithDigit(a.word(i)) && !t.is(wDet|wLeadIn) {
			return phrase{cs, end}
		}
	}
	if rel == end && a.relativeActs(rel) {
		if h := a.toks[rel-1]; h.kind == tokWord && !h.upper && h.class == 0 && !h.adverb && strings.HasSuffix(strings.ToLower(a.word(rel-1)), "s") {
			return phrase{cs, end}
		}
	}
	return phrase{}
}

// relativeActs reports whether the "who" or "that" at token rel opens a
// relative clause whose subject is the noun before it: "who" always, "that"
// when an auxiliary or a past form follows ("that have endorsed", "that
// backed"), not a subject of its own ("that voters").
func (a *attributor) relativeActs(rel int) bool {
	if a.lowerWordIs(rel, "who") {
		return true
	}
	if !a.lowerWordIs(rel, "that") || rel+1 >= len(a.toks) || a.toks[rel+1].kind != tokWord || a.toks[rel+1].upper {
		return false
	}
	w := strings.ToLower(a.word(rel + 1))
	return a.toks[rel+1].is(wAux) && !a.toks[rel+1].is(wPronoun) || irregularPasts[w] || len(w) > 4 && strings.HasSuffix(w, "ed")
}

// findVerbBefore looks left from hi (exclusive) for a reporting verb no
// more than reach tokens away with only words between: the verb of "Price
// said on Tuesday in a statement:" before a quotation.
//
// With introduced set (a colon or comma stands between the words and the
// quotation), a verb only WordNet lists counts too: 'Trump boomed: "'.
func (a *attributor) verbBefore(lo, hi, reach int, introduced bool) int {
	for i := hi - 1; i >= lo && i >= hi-reach; i-- {
		t := a.toks[i]
		if t.kind != tokWord {
			return -1
		}
		if a.finite(i, true) || introduced && a.nextToQuote(i) {
			return i
		}
	}
	return -1
}

// nextToQuote reports whether token i is a reporting verb right beside a
// quotation ('"...," Carson answered', 'Trump boomed: "..."'): any finite
// cue, or a verb WordNet lists as one, since the quotation is what it
// reports. A form of "make" reports only in one of its frames ('"...,"
// she made clear'); otherwise the quotation is what "made" someone
// something ('"Jobs first" made the mayor a household name').
func (a *attributor) nextToQuote(i int) bool {
	if a.finite(i, true) {
		return true
	}
	t := a.toks[i]
	if makeForms[strings.ToLower(a.word(i))] && a.makeFrame(i) == 0 {
		return false
	}
	return t.is(wThatClause) && !t.is(wParticiple) && !(t.upper && i > 0 && a.toks[i-1].kind == tokWord && !a.titleCase)
}

// styleTitles follow a possessive pronoun in the forms of address of
// monarchs and clergy: "Her Majesty", "His Holiness", "His Royal
// Highness", "His All-Holiness".
var styleTitles = fieldSet(`majesty holiness all-holiness excellency highness eminence grace lordship ladyship beatitude`)

// styleOfAddress reports whether the phrase opens with a possessive
// pronoun and a style of address, within its first two words after the
// pronoun ("His Holiness Pope Leo", "Her Royal Highness Princess Anne").
func (a *attributor) styleOfAddress(p phrase) bool {
	for k := p.from + 1; k < p.to && k <= p.from+2; k++ {
		if styleTitles[strings.ToLower(a.word(k))] {
			return true
		}
	}
	return false
}

// plainRolePlural reports whether np ends in the plural of a person's
// role that the role lists give only in the singular ("Specialists",
// "Nurses" for "specialist", "nurse"): capitalised as a sentence opens,
// it is no bare name, and a later "he" means someone else. Only a word
// the lists do not know is read so, and only with no capitalised word
// before it ("Jonathan Majors" is a name).
func (a *attributor) plainRolePlural(np phrase) bool {
	if np.empty() || a.toks[np.to-1].class != 0 {
		return false
	}
	if k := np.to - 2; k >= np.from && a.toks[k].kind == tokWord && a.toks[k].upper {
		return false // "Jonathan Majors": a capitalised word before it makes it a surname
	}
	w := strings.ToLower(a.word(np.to - 1))
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && wordClasses[w[:len(w)-1]]&wPerson != 0
}

// isPersonLike reports whether a speaker phrase names a person (so "he"
// or "she" can refer to it) rather than an organisation or a group.
func (a *attributor) isPersonLike(p phrase) bool {
	if p.empty() {
		return false
	}
	last := a.toks[p.to-1]
	if last.is(wPerson) {
		return true
	}
	if a.plainRolePlural(p) {
		return false // "Specialists doubt that ...": people, but never a "he"
	}
	// "The head of the agency", "the commander of Iran's navy": a person
	// role before "of" is the head of the phrase, whatever it heads.
	for i := p.from + 1; i < p.to; i++ {
		if a.lowerWordIs(i, "of") {
			if a.toks[i-1].is(wPerson) {
				return true
			}
			break
		}
	}
	if last.is(wRole) || last.is(wPronoun) || questionOpeners[strings.ToLower(a.word(p.from))] {
		return false // "What Congress could do ...": a headline's question, no one's name
	}
	if possessivePronouns[strings.ToLower(a.word(p.from))] && !a.styleOfAddress(p) {
		// "His Shiite-dominated bloc won": capitalised words after a
		// possessive pronoun describe what someone owns; only a style
		// ("His Holiness Pope Francis") names a person so.
		return false
	}
	// "Media Research Center's Bozell", "The Post's Dana Milbank": the
	// capitalised name after an owner's possessive is a person's.
	for i := p.to - 1; i > p.from && a.toks[i].upper && !a.toks[i].is(wRole|wPerson); i-- {
		if possessive(a.word(i - 1)) {
			return true
		}
	}
	// A run of capitalised words: a person unless led by "the" ("the
	// White House") or holding an organisation word ("Foreign Ministry"),
	// but for a name after a person's role ("the US ambassador Woody
	// Johnson").
	if a.toks[p.from].is(wDet) {
		k := p.to - 1
		for k > p.from && a.toks[k].upper && !a.toks[k].is(wRole|wPerson) {
			if namedPlaceHeads[strings.ToLower(a.word(k))] {
				return false // "the President Hotel", "the Governor Square"
			}
			k--
		}
		return k < p.to-1 && a.toks[k].is(wPerson)
	}
	// Read from the name back: a person role before the name makes a
	// person ("Foreign Ministry spokesman Nasser Kanaani"), an organisation
	// word an organisation.
	for i := p.to - 1; i >= p.from; i-- {
		switch {
		case a.toks[i].is(wPerson):
			return true
		case a.toks[i].is(wRole):
			return false
		}
	}
	return true
}

// questionOpeners open a question or a headline's promise of an answer
// ("What Congress could do", "How Tehran Sees It"), never a name; "who"
// is left out, since in capitals it is the World Health Organization.
var questionOpeners = fieldSet(`what why how when where which whose`)

// namedPlaceHeads end the names of places and bodies that open with a
// title: "the President Hotel", "the Senator Theatre". Words that are
// also common surnames (Hall, Park, Bank, Street, Tower) are left out:
// "the Senator Tony Hall" is a person.
var namedPlaceHeads = fieldSet(`hotel hospital center centre building avenue bridge airport stadium palace university college museum theatre theater company`)

// isPlural reports whether a speaker phrase names several people ("Israeli
// officials", "Sullivan and Hulata"), what a later "they" refers to.
func (a *attributor) isPlural(p phrase) bool {
	if p.empty() {
		return false
	}
	if a.toks[p.to-1].is(wPlural) && !a.toks[p.to-1].is(wPronoun) {
		return true
	}
	for i := p.from + 1; i < p.to-1; i++ {
		if a.lowerWordIs(i, "and") {
			return true
		}
	}
	return false
}

// startsWithDigit reports whether a word is a number ("5.7", "2016").
func startsWithDigit(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// yearShaped reports whether w is a year of the last two centuries or
// this one, written as four digits ("1998", "2016").
func yearShaped(w string) bool {
	if len(w) != 4 || !(strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) {
		return false
	}
	for _, c := range w[2:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// IsPersonNoun reports whether a lower-case noun names a person or a
// group of persons by role or relation, as the attribution word classes
// hold them ("lawyer", "husband", "envoy", "soldiers", "police"), not an
// organisation or a document: the test that tells a possessor's person
// from its act or thing.
func IsPersonNoun(w string) bool {
	c := classOf(w)
	return c&wPerson != 0 || c&(wRole|wPlural) == wRole|wPlural
}

// IsRoleNoun reports whether a lower-case noun is a role the attribution
// word classes hold before or for a name: a person's, a group's or an
// organisation's ("envoy", "officials", "group", "militia").
func IsRoleNoun(w string) bool {
	return classOf(w)&wRole != 0
}

// IsCueWord reports whether the finder reads a word (any case, any
// inflection it lists) as a reporting cue: the test an evaluation uses to
// tell a missed attribution whose cue the finder knows from one whose cue
// it lacks.
func IsCueWord(w string) bool {
	return classOf(w)&(wVerb|wThatClause|wAccording) != 0
}

// nounAfterDeterminer reports whether the word at token i follows a
// determiner or a possessive ("her tweets", "the tweets", "Roe's
// tweets", "his latest tweets"): a noun, not the verb of a subject.
func (a *attributor) nounAfterDeterminer(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if a.toks[k].kind != tokWord {
			return false
		}
		w := strings.ToLower(a.word(k))
		if nounDeterminers[w] || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			return true
		}
		if k < i-1 || !strings.HasSuffix(w, "est") && !strings.HasSuffix(w, "ous") && w != "recent" && w != "early" && w != "new" && w != "old" {
			return false // only an adjective may stand between: "her latest tweets"
		}
	}
	return false
}

// nounDeterminers open a noun phrase.
var nounDeterminers = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "their": true, "its": true, "my": true,
	"our": true, "your": true, "these": true, "those": true, "this": true, "that": true, "whose": true}
