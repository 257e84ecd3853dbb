package framing

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/gazetteer"
	"github.com/framediff/framediff/lexicon"
	"github.com/framediff/framediff/text"
)

// Speakers become actors in two steps. Each article's speaker phrases are
// read on their own (Analyze): the person's name at the end of the phrase
// ("US State Department spokesman Ned Price" -> "Ned Price"), a place or
// institution the gazetteer knows ("the Kremlin", "Iran"), and the first
// name in the phrase that says whom the speaker speaks for ("Iranian",
// "Iran's", "a Hamas official"). Then the story's articles are read
// together (Compare): a surname alone ("Kanaani") is the person named in
// full elsewhere ("Nasser Kanaani"), and a person's affiliation known from
// one mention holds for all.

// Quotation is one attribution of an article as the report and the TUI
// show it: where the words are, who says them, for whom and with what act.
type Quotation struct {
	Kind         corpus.QuoteKind `json:"kind"`
	Start        int              `json:"start"`
	End          int              `json:"end"`
	Speaker      string           `json:"speaker"`
	SpeakerStart int              `json:"speaker_start"`
	SpeakerEnd   int              `json:"speaker_end"`
	Verb         string           `json:"verb"`
	// Actor is the speaker as one actor of the story: the fullest name
	// used for the person anywhere in the story, or the institution.
	Actor string `json:"actor"`
	// Affiliation is the country or organisation the speaker speaks for,
	// and AffiliationVia the words that say so.
	Affiliation    string     `json:"affiliation"`
	AffiliationVia string     `json:"affiliation_via,omitempty"`
	Act            corpus.Act `json:"act"`
	Negated        bool       `json:"negated,omitempty"`
	Target         string     `json:"target"`
	// Group and Label are the speaker's actor group from the rule files.
	Group string `json:"group,omitempty"`
	Label string `json:"group_label,omitempty"`
	Words int    `json:"words"`
	// Sentence is the index of the sentence the words start in.
	Sentence int `json:"sentence"`
	// Unasserted marks the inner layer of a report whose outer speaker
	// denies or negates the saying itself ("The governor denied that the
	// police chief said ...", "did not say that the chief believed ..."; see
	// rejectsSaying): the outlet
	// reports the inner words only as what the outer speaker rejects, so
	// they count as no saying of the inner speaker's (no voice, no act).
	Unasserted bool `json:"unasserted,omitempty"`
	// Within is the index, among the article's quotations, of the
	// attribution whose words hold this one's cue and words in a layered
	// report ("Reuters reports that [the union said [...]]"), nil when none
	// does. The holding quotation's span and Words include this one's.
	Within *int `json:"within,omitempty"`
	// inner marks a partial quotation inside reported speech of the same
	// speaker: its words, but not an attribution of its own.
	inner bool
	// outer is 1 + the index of the attribution whose words hold this one,
	// cue and words ("Reuters reports that [the union said [...]]"), or 0:
	// a layered report, in which the inner speaker is a voice of its own
	// but is carried by the outer one (voicedByOuter).
	outer int
	// cue is where the attribution's reporting words stand ("said",
	// "according to"), for QuotationOfCue.
	cue corpus.Span
	// voice and voiceLabel are the row of the voices table the quotation
	// counts in (voicesTable): its actor group, or its affiliation.
	voice, voiceLabel string
	// coSides are the sides of a coordinated speaker phrase with no one
	// affiliation ("France and the U.K."), and coVoices the voices table's
	// rows it counts in beside voice, one for each side after the first.
	coSides, coVoices []string
	// placeSide is set when the affiliation is only the country of the
	// speaker's state or province (speakerActor.fromPlace).
	placeSide bool
	// civil is set when the speaker is a non-governmental body of a
	// country ("an Egyptian rights group", or a name with the appositive
	// ", a human rights group,"): no voice of its state (settleGroups).
	civil bool
	// placeOnly is set when the speaker phrase is only where the speaker
	// is ("speaking from Jeddah, [Saudi Arabia]", placeNameTail): no
	// voice of the country it names (settleGroups).
	placeOnly bool
	// surname is the lower-case surname when the speaker phrase names a
	// person, read once by quotations for resolveActors.
	surname string
	// spokenFor is the speaker phrase's or an appositive's words for the
	// person or body the speaker speaks for as an agent or staff ("the
	// special counsel" of "Peter Roe, a spokesman for the special
	// counsel,"), read once by quotations; side is that one as the story
	// names it (resolveSides), the act's side when no affiliation is
	// known (actSide).
	spokenFor, side string
}

// voicedByOuter reports whether quotation qi is the inner attribution of a
// layered report whose outer attribution counts in the same row of the
// voices table ("the Pentagon" inside "Adm. Kirby told reporters that the
// Pentagon confirmed ..."): the voice is heard once in that sentence, and
// the outer attribution, holding the inner words, counts it.
func (an *Analysis) voicedByOuter(qi int) bool {
	q := an.Quotations[qi]
	if q.outer <= 0 || q.outer-1 >= qi {
		return false
	}
	return q.voice != "" && an.Quotations[q.outer-1].voice == q.voice
}

// rejectsSaying reports whether the outer attribution denies or negates
// the inner one's saying itself, whose speaker opens its that-clause: "The
// governor denied that the police chief said ...", "did not say (that) the
// chief believed ...". A denied noun ("denied US claims that ..."), a
// withheld denial ("did not deny that the chief said ...", which lets the
// saying stand) or a saying elsewhere in the words ("..., which witnesses
// said ...") is still the inner speaker's, reported as made.
func rejectsSaying(text string, outer, inner corpus.Quote) bool {
	if outer.Negated && corpus.VerbAct(outer.Verb) == corpus.ActDeny {
		return false // "did not deny that the chief said ...": the saying stands
	}
	if !outer.Negated && outer.Act != corpus.ActDeny || inner.SpeakerSpan.End <= inner.SpeakerSpan.Start ||
		outer.VerbSpan.End > inner.SpeakerSpan.Start || inner.SpeakerSpan.Start > len(text) {
		return false
	}
	switch strings.ToLower(strings.TrimSpace(text[outer.VerbSpan.End:inner.SpeakerSpan.Start])) {
	case "that":
		return true
	case "":
		return outer.Negated && outer.Act != corpus.ActDeny // (a denial's bare object is a noun: "denied US claims")
	}
	return false
}

// QuotationAt returns the innermost attribution holding the byte offset,
// or nil: what a view shows about the words under a highlight.
func (an *Analysis) QuotationAt(off int) *Quotation {
	var best *Quotation
	for i := range an.Quotations {
		q := &an.Quotations[i]
		if q.Start <= off && off < q.End && (best == nil || q.End-q.Start < best.End-best.Start) {
			best = q
		}
	}
	return best
}

// QuotationOfCue is the attribution that a reporting cue at bytes [start,
// end) of the article introduces ("said", "denied", "according to"), so
// that the cue can say who speaks, for whom and with what act; of the
// attributions sharing a cue, the reported words rather than a quoted
// fragment inside them. Nil when the cue introduces none that was found.
func (an *Analysis) QuotationOfCue(start, end int) *Quotation {
	var best *Quotation
	for i := range an.Quotations {
		q := &an.Quotations[i]
		if q.cue.Start >= q.cue.End || q.cue.End <= start || end <= q.cue.Start {
			continue
		}
		if best == nil || best.inner && !q.inner {
			best = q
		}
	}
	return best
}

// Describe says who speaks, for whom and with what act, in a few words:
// "Mohammad-Reza Ashtiani (for Iran, via "Iranian" ...) · deny".
func (q *Quotation) Describe() string {
	who := q.Actor
	if who == "" {
		who = q.Speaker
	}
	if who == "" {
		who = "speaker not found"
	}
	s := "said by " + who
	if q.Affiliation != "" {
		s += ", for " + q.Affiliation
	}
	act := string(q.Act)
	if q.Negated {
		act += " (negated cue)"
	}
	if q.Verb != "" {
		act += fmt.Sprintf(" (%q)", q.Verb)
	}
	s += " · act: " + act
	if q.Target != "" {
		s += " · aimed at " + q.Target
	}
	return s
}

// speakerActor reads a speaker phrase: the actor it names and the
// affiliation the phrase states.
type speakerActor struct {
	actor, affiliation, via string
	person                  bool
	surname                 string // lower case, for a person
	// sides are the sides of a coordination of speakers of several
	// ("France and the U.K."), which has no one affiliation.
	sides []string
	// fromPlace is set when the affiliation is the country of a state or
	// province the phrase names ("Sen. Jane Roe of Texas"): where the
	// speaker comes from, which any side the text states outranks.
	fromPlace bool
	// national is set when the affiliation is a country's, read from its
	// name or people's adjective ("the Egyptian ..."), not from a body
	// the gazetteer knows: a civil body the text calls the phrase
	// (civilBody) then speaks for no state.
	national bool
	// civil is set when the phrase names a country's non-governmental
	// body ("an Egyptian rights group"), whose side readSpeaker drops.
	civil bool
}

// relationNouns end a speaker phrase whose country or group is the one
// the speakers stand beside or against: "American allies", "Iran's
// rivals". Critics, opponents and partners are left out: "Republican
// critics", "Ukrainian partners" are of the party or country named.
var relationNouns = map[string]bool{
	"allies": true, "ally": true, "rivals": true, "rival": true,
	"enemies": true, "enemy": true, "foes": true, "adversaries": true,
}

// againstNouns, before "of", name speakers by whom they oppose: "critics
// of the Saudis" are no Saudi voice.
var againstNouns = map[string]bool{"critics": true, "critic": true, "opponents": true, "opponent": true, "detractors": true}

// relationOf reports whether a speaker phrase opens with a relation or an
// opposition and "of" ("critics of the Saudis", "allies of Iran").
func relationOf(words []string) bool {
	if len(words) < 3 || !strings.EqualFold(words[1], "of") {
		return false
	}
	w := strings.ToLower(words[0])
	return relationNouns[w] || againstNouns[w] || kinNouns[w] // "the daughter of Gen. Roe" speaks for a family, no state
}

// relatedSpeaker reports whether a speaker phrase names its speakers by
// their relation to someone named after "of", with an article or "some"
// before it or not: "critics of the Saudis", "some allies of Iran", "the
// daughter of Gen. Roe".
func relatedSpeaker(words []string) bool {
	return relationOf(words) || len(words) > 1 && (isArticle(words[0]) || strings.EqualFold(words[0], "some")) && relationOf(words[1:]) || followersOf(words) || familiarWith(words)
}

// familiarWith reports whether a speaker phrase is an anonymous source
// described only by what it knows: "one person familiar with Mr. Cohen's
// testimony", "officials familiar with Iran's plans". The name after
// "with" is what they know of, not whom they speak for; a name before
// "familiar" ("a senior U.S. official familiar with ...") still is.
func familiarWith(words []string) bool {
	for i := 0; i+1 < len(words); i++ {
		if strings.EqualFold(words[i], "familiar") && strings.EqualFold(words[i+1], "with") {
			return true
		}
		if lw := strings.ToLower(words[i]); text.Capitalised(words[i]) && !(i == 0 && (isArticle(words[i]) || publicQuantifiers[lw] || numberWords[lw] != "" || sourceNouns[lw])) {
			return false // "a senior U.S. official familiar with the details" is a US official
		}
	}
	return false
}

// followersOf reports whether a speaker phrase names people by whom they
// follow, a possessor and a follower noun: "Mr. Trump's adoring fans",
// "Sanders's supporters". They speak for themselves, not for the one
// they follow, whatever group a rule file lists his name under.
func followersOf(words []string) bool {
	if len(words) < 2 || !followerNouns[strings.ToLower(words[len(words)-1])] {
		return false
	}
	for _, w := range words[:len(words)-1] {
		if text.PossessiveLen(w) > 0 && text.Capitalised(w) {
			return true
		}
	}
	return false
}

// sourceNouns open an anonymous source's phrase, capitalised only at a
// sentence's start: "Officials familiar with ...", "Sources close to ...".
var sourceNouns = map[string]bool{"officials": true, "official": true, "people": true, "person": true, "sources": true, "source": true,
	"aides": true, "aide": true, "advisers": true, "diplomats": true, "analysts": true, "experts": true, "several": true, "those": true}

// followerNouns name people by whom they follow or support.
var followerNouns = map[string]bool{"fans": true, "supporters": true, "admirers": true, "followers": true, "backers": true,
	"loyalists": true, "voters": true, "base": true, "devotees": true}

// demonymInName reports whether the demonym at word i of a speaker phrase
// is part of a person's name: a surname after a given name that is no
// title ("Najib Danish"), or a given name between an honorific or title's
// abbreviation and a surname ("Rep. Dutch Ruppersberger"). "Iranian
// President Hassan Rouhani" and "the Syrian Arab Army" are not.
func demonymInName(words []string, i int) bool {
	if text.PossessiveLen(words[i]) > 0 {
		return false // "Danish's": a name's possessive is read as the name
	}
	nameWord := func(k int) bool {
		if k < 0 || k >= len(words) || !text.Capitalised(words[k]) || isAcronym(words[k]) {
			return false
		}
		lw := strings.ToLower(words[k])
		return !stopwords[lw] && !isTitle(lw) && !isTitle(strings.TrimSuffix(lw, ".")) && !officeQualifier(lw) && !orgWords[lw] && !stateBodies[lw] && !stateModifiers[lw]
	}
	abbreviated := func(k int) bool {
		return k >= 0 && strings.HasSuffix(words[k], ".") && isTitle(strings.ToLower(strings.TrimSuffix(words[k], ".")))
	}
	last := i+1 >= len(words) || !text.Capitalised(words[i+1])
	return last && nameWord(i-1) && !abbreviated(i-1) || abbreviated(i-1) && nameWord(i+1)
}

// readSpeaker reads one speaker phrase with the gazetteer.
func readSpeaker(g *gazetteer.Gazetteer, phrase string) speakerActor {
	var sa speakerActor
	words := speakerWords(phrase)
	if len(words) == 0 {
		return sa
	}
	// The phrase's first gazetteer name that speaks for someone gives the
	// affiliation; a name that fills the whole phrase is the actor. A
	// state or province gives it only when nothing else does: "South
	// Carolina Republican Sen. Lindsey Graham" speaks for his party.
	fromPlace, mixed := false, false
	var affKind gazetteer.Kind
	var seen []string // every side a name of the phrase gives, for a coordination
	places := coordinatedPlaces(g, words)
	for i := 0; i < len(words); i++ {
		e, n, ok := g.Match(words, i)
		if !ok || e.Ambiguous && len(words) > 1 && !places {
			continue
		}
		if e.Kind == gazetteer.Subdivision && text.PossessiveLen(words[i+n-1]) == 0 && i+n < len(words) && text.Capitalised(words[i+n]) && !isTitle(strings.ToLower(words[i+n])) {
			i += n - 1 // "The New York Times", "Kansas City": the place opens a longer name
			continue
		}
		if hostOfEnvoy(words, i) {
			i += n - 1 // "Ambassador to the U.N.", "envoy to Iran": the host, not the side
			continue
		}
		if lexicon.MembersOf(words[i+n:]) {
			i += n - 1 // "U.N. member states": states that speak for themselves
			continue
		}
		if e.Kind == gazetteer.Demonym && n == 1 && demonymInName(words, i) {
			continue // "Najib Danish", "Rep. Dutch Ruppersberger": a person's name
		}
		if e.Affiliation != "" && e.Kind != gazetteer.Subdivision && !slices.Contains(seen, e.Affiliation) {
			seen = append(seen, e.Affiliation)
		}
		if e.Affiliation != "" && sa.affiliation != "" && e.Affiliation != sa.affiliation && e.Kind != gazetteer.Subdivision && !fromPlace && coordinated(words, i) {
			// "Republican and Democratic senators", "American and British
			// officials", "Israeli and US officials": speakers of two sides
			// joined speak for neither. A state gives way to any other
			// side ("Ohio and Republican officials") as it does alone.
			sa.affiliation, sa.via, mixed = "", "", true
		}
		if e.Affiliation != "" && !mixed && (sa.affiliation == "" || fromPlace && e.Kind != gazetteer.Subdivision) {
			sa.affiliation, sa.via = e.Affiliation, fmt.Sprintf("%q in %q (%s)", strings.Join(words[i:i+n], " "), phrase, e.Via)
			fromPlace, affKind = e.Kind == gazetteer.Subdivision, e.Kind
			sa.fromPlace = fromPlace
			sa.national = e.Kind == gazetteer.Demonym || e.Kind == gazetteer.Country
		}
		if i == 0 && n == len(words) || i == 1 && n == len(words)-1 && strings.EqualFold(words[0], "the") {
			sa.actor = e.Canonical
			return sa
		}
		i += n - 1
	}
	if mixed && len(seen) >= 2 {
		// "France and the U.K.": each side speaks, though the phrase
		// speaks for neither alone (voicesTable counts it for each).
		sa.sides = seen
	}
	if affKind != gazetteer.Party && lexicon.CivilSpeaker(phrase) {
		// "Syrian rebels", "a Syrian rebel group", "the Iranian
		// opposition": they speak against or apart from the state their
		// demonym names, not for it. A party's critics are its members.
		sa.affiliation, sa.via, sa.sides = "", "", nil
	}
	if (affKind == gazetteer.Demonym || affKind == gazetteer.Country) && civilBody(words) {
		// "an Egyptian human rights group", "American aid groups": a
		// non-governmental body of the country, no voice of its state.
		sa.affiliation, sa.via, sa.sides, sa.civil = "", "", nil, true
	}
	if (affKind == gazetteer.Demonym || affKind == gazetteer.Country) && (nationalMedia(words) || privateInstitution(words)) {
		// "Israeli television", "the Egyptian press": the country's
		// media report, and are no voice of its state; nor is "the U.S.
		// hospital" or "a British university".
		sa.affiliation, sa.via, sa.sides, sa.civil = "", "", nil, true
	}
	if affKind == gazetteer.Demonym && publicSpeaker(g, phrase) {
		// "More than half of Americans", "six in 10 Iranians": a share of
		// a people polled is its public, no voice of its state.
		sa.affiliation, sa.via, sa.sides = "", "", nil
	}
	if affKind != gazetteer.Party && formerOffice(words) {
		// "Former U.S. diplomat Jane Roe": an office she held speaks
		// for no one now; a party she still belongs to does.
		sa.affiliation, sa.via, sa.sides = "", "", nil
	}
	if splitFromSide(words) {
		// "The Al Qaeda breakaway group", "an offshoot of Hamas", "the
		// country's breakaway region": a body that split from the side
		// named speaks against it, not for it.
		sa.affiliation, sa.via, sa.sides = "", "", nil
	}
	if ownNamedGroup(g, words) {
		// "the Syrian Electronic Army": a group's own name with a
		// demonym inside is no state's body.
		sa.affiliation, sa.via, sa.sides = "", "", nil
	}
	if relationNouns[strings.ToLower(words[len(words)-1])] && affKind != gazetteer.Party {
		// "American allies", "Iran's rivals": the country names whom the
		// speakers stand beside or against, not whom they speak for.
		sa.affiliation, sa.via, sa.sides = "", "", nil
	}
	related := relatedSpeaker(words)
	if related {
		// "Critics of the Saudis", "some allies of Iran": whom the
		// speakers stand against or beside follows "of"; they do not
		// speak for it.
		sa.affiliation, sa.via, sa.sides = "", "", nil
	}
	name := trailingName(g, words)
	if related {
		// "The daughter of Gen. Omar Roe" is not Gen. Roe, whose
		// affiliation the story would give her: the phrase is the actor.
		name = nil
	}
	for k := 2; k < len(words)-1; k++ {
		// "Speaker John A. Boehner of Ohio", "Sen. Kristen Gillibrand of
		// New York": a person's name of two words or more, then "of" and
		// where they come from to the end of the phrase. The person is the
		// name, not the place. A title or a name after the place ("Joint
		// Chiefs of Staff Chairman Gen. Martin Dempsey") makes the words
		// before "of" an institution's.
		if strings.EqualFold(words[k], "of") {
			if placeTail(words[k+1:]) {
				if before := trailingName(g, words[:k]); len(before) >= 2 {
					name = before
				}
			}
			break
		}
	}
	if len(name) > 0 {
		sa.actor, sa.person = strings.Join(name, " "), true
		sa.surname = speakerSurname(name)
		return sa
	}
	// A role phrase ("Iranian officials", "the foreign ministry"): the
	// phrase is the actor, without its article.
	if len(words) > 1 && isArticle(words[0]) {
		words = words[1:]
	}
	sa.actor = strings.Join(words, " ")
	return sa
}

// breakawayWords name a body by the side it split from. "Separatist"
// is left out: "the separatist PKK" is the PKK, describing itself.
var breakawayWords = map[string]bool{"breakaway": true, "offshoot": true, "offshoots": true, "splinter": true,
	"spinoff": true, "spin-off": true, "breakaways": true}

// splitFromSide reports whether a speaker phrase names a body by the side
// it split from: "The Al Qaeda breakaway group", "an offshoot of Hamas".
func splitFromSide(words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return breakawayWords[strings.ToLower(w)] })
}

// formerOffice reports whether a speaker phrase names an office its
// holder has left: a former word before its last word ("Former U.S.
// diplomat Jane Roe", "ex-minister Tom Doe", "the retired general"). A
// former word after "and" qualifies a second office only ("Israeli
// government minister and former ambassador"): the first is held now.
func formerOffice(words []string) bool {
	for _, w := range words[:max(0, len(words)-1)] {
		lw := strings.ToLower(w)
		if lw == "and" || lw == "or" {
			return false
		}
		if formerWords[lw] || strings.HasPrefix(lw, "ex-") {
			return true
		}
	}
	return false
}

// stateModifiers qualify the head of a state's own body in its name:
// "Israeli Air Force", "Syrian Arab Army", "Iraqi Special Operations
// Forces", "Lebanese Internal Security Forces".
var stateModifiers = map[string]bool{"air": true, "armed": true, "naval": true, "special": true, "operations": true, "state": true,
	"general": true, "revolutionary": true, "republican": true, "royal": true, "national": true, "supreme": true, "presidential": true,
	"central": true, "federal": true, "joint": true, "military": true, "border": true, "coast": true, "internal": true, "counter": true,
	"terrorism": true, "civil": true, "public": true, "ground": true, "land": true, "marine": true, "space": true}

// groupHeads end the name of a movement or armed group, beside the
// institution words: "Popular Front", "Martyrs Brigades".
var groupHeads = map[string]bool{"movement": true, "front": true, "current": true, "brigade": true, "brigades": true,
	"battalion": true, "battalions": true, "militia": true, "group": true}

// ownNamedGroup reports whether a speaker phrase is a group's own proper
// name with a country's demonym inside ("the Syrian Electronic Army", "the
// Norwegian Popular Current"): the demonym opens a run of capitalised
// words ending with a movement's or an army's head, and a word between is none a
// state's body is qualified by (stateModifiers, portfolio and institution
// words, other gazetteer names). Such a group names itself after the
// country it claims to stand for; it is no body of that state. A name the
// gazetteer knows whole keeps its entry.
func ownNamedGroup(g *gazetteer.Gazetteer, words []string) bool {
	if len(words) > 0 && isArticle(words[0]) {
		words = words[1:]
	}
	if len(words) < 3 || len(words) > 6 {
		return false
	}
	for _, w := range words {
		if !text.Capitalised(w) || text.PossessiveLen(w) > 0 {
			return false
		}
	}
	if e, n, ok := g.Match(words, 0); !ok || n != 1 || e.Kind != gazetteer.Demonym || e.Affiliation == "" {
		return false
	}
	if _, n, ok := g.Match(words, 0); ok && n == len(words) {
		return false
	}
	head := strings.ToLower(words[len(words)-1])
	if !groupHeads[head] && head != "army" {
		// An organisation, agency or government with a demonym ("the
		// Iranian Atomic Energy Organization", "the Iraqi Kurdistan
		// Regional Government") is as often the state's own body.
		return false
	}
	for i := 1; i < len(words)-1; i++ {
		lw := strings.ToLower(words[i])
		if _, _, ok := g.Match(words, i); ok || stateModifiers[lw] || portfolioWords[lw] || orgWords[lw] || isTitle(lw) {
			continue
		}
		return true
	}
	return false
}

// hostOfEnvoy reports whether word i of a speaker phrase opens the host
// of an envoy ("Ambassador to the U.N. Nikki Haley", "envoy to Iran"); an
// adviser or aide "to" someone serves that side, and is no envoy.
func hostOfEnvoy(words []string, i int) bool { return lexicon.EnvoyHost(words[:i]) }

// envoyPhrase gives the whole phrase of a speaker whose phrase opens at
// an envoy's host ("U.S. Ambassador to [the U.N. Susan Rice], who
// said"): the envoy title before "to" and the capitalised words that
// qualify it ("U.S.", "Norway's") are whom the envoy speaks for, which
// the host alone would hide. The span may be a relative "who" after the
// phrase. A word that ends the sentence before ("Benghazi.") is no
// qualifier; an abbreviation ("U.S.") is.
func envoyPhrase(txt, speaker string, sp corpus.Span) (string, bool) {
	if sp.Start < 0 || sp.End > len(txt) || sp.Start >= sp.End || speaker == "" {
		return "", false
	}
	if txt[sp.Start:sp.End] != speaker {
		// "..., who said": the phrase the relative word follows.
		before := strings.TrimSuffix(strings.TrimRight(txt[:sp.Start], " "), ",")
		if !strings.HasSuffix(before, speaker) {
			return "", false
		}
		sp = corpus.Span{Start: len(before) - len(speaker), End: len(before)}
	}
	if sp.Start < 4 || !strings.HasSuffix(txt[:sp.Start], " to ") {
		return "", false
	}
	before := strings.Fields(txt[max(0, sp.Start-80) : sp.Start-4])
	if len(before) == 0 || !lexicon.EnvoyTitle(before[len(before)-1]) {
		return "", false
	}
	k := len(before) - 1
	for n := 0; n < 3 && k > 0; n++ {
		w := before[k-1]
		if !text.Capitalised(w) || strings.ContainsAny(w, ",;:()\"“”") || strings.HasSuffix(w, ".") && !strings.Contains(strings.TrimSuffix(w, "."), ".") {
			break
		}
		k--
	}
	if k == len(before)-1 && !text.Capitalised(before[k]) {
		return "", false // "sent an envoy to": no title before the name
	}
	return strings.Join(before[k:], " ") + " to " + txt[sp.Start:sp.End], true
}

// coordinated reports whether the word before word i of a speaker phrase
// joins it to a like word before ("and", "or", "&"): "Republican and
// Democratic".
// coordinatedPlaces reports whether a speaker phrase is only gazetteer
// names joined by "and", one of them sure ("Washington and Riyadh",
// "Paris and the U.K."): each name then speaks for its
// country, though alone "Washington" may be a state or a surname.
func coordinatedPlaces(g *gazetteer.Gazetteer, words []string) bool {
	segments, sure := 0, false
	for i := 0; i < len(words); {
		if isArticle(words[i]) {
			i++
		}
		e, n, ok := g.Match(words, i)
		if !ok || e.Affiliation == "" {
			return false
		}
		sure = sure || !e.Ambiguous
		segments++
		i += n
		if i == len(words) {
			break
		}
		if !strings.EqualFold(words[i], "and") || i+1 == len(words) {
			return false
		}
		i++
	}
	return segments >= 2 && sure
}

func coordinated(words []string, i int) bool {
	if i < 1 {
		return false
	}
	w := strings.ToLower(words[i-1])
	if isArticle(w) && i >= 2 {
		w = strings.ToLower(words[i-2]) // "France and the U.K."
	}
	return w == "and" || w == "or" || w == "&"
}

// placeTail reports whether the words after "of" in a speaker phrase are
// only where the speaker comes from: capitalised, none a title.
func placeTail(words []string) bool {
	for _, w := range words {
		if !text.Capitalised(w) || titleWords[strings.ToLower(w)] {
			return false
		}
	}
	return len(words) > 0 && len(words) <= 3
}

// speakerWords splits a speaker phrase into word forms, joining a
// hyphenated name ("Amir-Abdollahian") into one.
func speakerWords(phrase string) []string {
	// A speaker phrase is short: its tokens fit a buffer on the stack,
	// and the words are counted to fill one list, as every speaker's
	// phrase is read this way several times.
	var buf [24]text.Token
	toks := text.Tokens(buf[:0], phrase)
	n := 0
	for _, t := range toks {
		if t.Kind == text.Word || t.Kind == text.Number {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]string, 0, n)
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.Kind != text.Word && t.Kind != text.Number {
			continue
		}
		w := phrase[t.Start:t.End]
		for i+2 < len(toks) && text.Joined(toks[i], toks[i+1], toks[i+2]) {
			w += phrase[toks[i+1].Start:toks[i+2].End]
			i += 2
		}
		out = append(out, w)
	}
	return out
}

// trailingName is the run of capitalised words that ends a speaker phrase
// when it names a person: not a gazetteer name, not led by "the".
func trailingName(g *gazetteer.Gazetteer, words []string) []string {
	for _, w := range words {
		if strings.EqualFold(w, "and") {
			return nil // "Sullivan and Hulata": two people, no one actor
		}
	}
	i := len(words)
	if titleSurname(g, words) {
		i-- // "Rep. Peter King", "Mr. King": the title word is his surname
	}
	for i > 0 && !titleWord(words[i-1]) &&
		(text.Capitalised(words[i-1]) || particleName(words[i-1]) || i < len(words) && i >= 2 && nameParticles[words[i-1]] && (text.Capitalised(words[i-2]) || nameParticles[words[i-2]]) ||
			i >= 2 && particleSurname(words[i-1]) && text.Capitalised(words[i-2])) {
		i-- // "Ursula von der Leyen", "Mohammed bin Salman": particles inside a name
	}
	name := words[i:]
	if len(name) == 0 {
		return nil
	}
	of := i - 1
	if i > 0 && isArticle(words[i-1]) {
		of = i - 2 // "Head of the Iranian Atomic Energy Organization Ali Akbar Salehi"
	}
	switch {
	case of >= 0 && strings.EqualFold(words[of], "of"):
		if of < 1 || !titleWords[strings.ToLower(words[of-1])] {
			// "University of Maine", "Residents of Brell": the name is
			// the complement of a noun, and the phrase is the actor.
			return nil
		}
		// "Minister of Water Ilse Dorren", "Director of National
		// Intelligence James Clapper": the title's complement is no part
		// of the name.
		k := complementLen(g, name)
		if k >= len(name) {
			return nil
		}
		name = name[k:]
	case i > 0 && isArticle(words[i-1]):
		if e, n, ok := g.Match(name, 0); ok && n < len(name) && e.Kind != gazetteer.Subdivision && hostOfEnvoy(words, i) {
			// "Ambassador to the U.N. Nikki Haley": the host, then the
			// envoy's name.
			name = name[n:]
			break
		}
		return nil
	}
	if _, n, ok := g.Match(name, 0); ok && n == len(name) {
		return nil
	}
	for _, w := range name {
		if isOrgWord(w) {
			return nil
		}
	}
	return name
}

// nameHonorifics stand only before a person's name, never before a
// role: "Rep. Peter King", "Mr. King" (honorifics and lawmakers' titles,
// without their full stops).
var nameHonorifics = map[string]bool{"rep": true, "sen": true, "gov": true, "representative": true, "senator": true,
	"congressman": true, "congresswoman": true}

// nameHonorific reports whether a word is one of nameHonorifics or
// honorifics, with or without its full stop.
func nameHonorific(w string) bool {
	w = strings.TrimSuffix(strings.ToLower(w), ".")
	return honorifics[w] || nameHonorifics[w]
}

// titleSurname reports whether the title word that ends a speaker phrase
// is a person's surname ("King", "Judge", "Major"): an honorific comes
// right before it ("Mr. King") or before a given name and initials that
// come before it ("Rep. Peter T. King"). A role after another title
// ("Deputy Crown Prince", "Deputy Prime Minister") is left a role: only
// an honorific vouches for a name.
func titleSurname(g *gazetteer.Gazetteer, words []string) bool {
	n := len(words)
	if n < 2 {
		return false
	}
	last := words[n-1]
	if !titleWords[strings.ToLower(last)] || !text.Capitalised(last) || strings.Contains(last, ".") {
		return false
	}
	k := n - 2
	for k > 0 && isNameInitial(words[k]) {
		k-- // "Peter T. King"
	}
	if nameHonorific(words[k]) {
		return k == n-2 // "Mr. King"; "Rep. T. King" is no name
	}
	given := words[k]
	if k == 0 || !nameHonorific(words[k-1]) || !text.Capitalised(given) || isTitle(strings.ToLower(given)) ||
		isOrgWord(given) || portfolioWords[strings.ToLower(given)] || text.PossessiveLen(given) > 0 {
		return false
	}
	_, _, known := g.Match(words, k)
	return !known // "Sen. Saudi King" is no name
}

// isNameInitial reports whether a word is a name's initial: "T.".
func isNameInitial(w string) bool {
	return len(w) == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z'
}

// particleSurname reports whether a word is a surname joined to a
// lower-case particle, written after a given name: "al-Maliki" of "Nouri
// al-Maliki", "el-Sisi".
func particleSurname(w string) bool {
	particle, rest, ok := strings.Cut(w, "-")
	return ok && nameParticles[particle] && text.Capitalised(rest)
}

// nameParticles stand in lower case inside a person's name.
var nameParticles = map[string]bool{"von": true, "van": true, "der": true, "den": true, "de": true, "da": true, "di": true, "du": true, "bin": true, "ibn": true, "al": true, "el": true, "abu": true, "dos": true, "das": true}

// portfolioWords name what a title is "of" before the person's name:
// "Secretary of State", "Director of National Intelligence", "Minister of
// Foreign Affairs", "Chief of Staff".
var portfolioWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`state defense defence energy commerce treasury justice interior finance health education labor labour agriculture transportation transport housing veterans homeland security national intelligence foreign affairs home trade economy culture tourism environment water information communications staff war`) {
		m[w] = true
	}
	return m
}()

// complementLen is how many words of a capitalised run after "Title of"
// are the title's complement rather than the person's name: a name the
// gazetteer knows ("NATO"), portfolio words ("National Intelligence"), up
// to the last institution word ("Atomic Energy Organization"), and one
// word at least.
func complementLen(g *gazetteer.Gazetteer, run []string) int {
	k := 0
	if _, n, ok := g.Match(run, 0); ok {
		k = n
	}
	for k < len(run) && portfolioWords[strings.ToLower(run[k])] {
		k++
	}
	for j := len(run) - 2; j >= k; j-- {
		if isOrgWord(run[j]) {
			k = j + 1
			break
		}
	}
	return max(k, 1)
}

// titleWords stand before a person's name and are no part of it
// ("Defense Minister Mohammad-Reza Ashtiani", "Gen. Michael Kurilla").
var titleWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`president minister secretary director spokesman spokeswoman spokesperson general gen. gen adviser advisor ambassador chief head leader senator sen. sen representative rep. rep governor gov. gov mayor commander chairman chairwoman chair premier chancellor king queen prince emir sheikh judge justice attorney prosecutor officer colonel col. major lieutenant lt. captain capt. admiral sergeant sgt. dr. dr mr. mr mrs. mrs ms. ms professor prof. deputy envoy correspondent analyst candidate nominee pope rabbi imam cleric speaker whip ceo brigadier brig. brig secretary-general director-general`) {
		m[w] = true
	}
	return m
}()

// orgWords in a capitalised run make it an institution, not a person
// ("Foreign Ministry", "Revolutionary Guard").
var orgWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`ministry department office house council committee agency army forces force command guard guards corps party union court parliament government administration authority commission bureau institute foundation center centre university times post news press agency network daily journal tribune herald radio television
		agreement partnership treaty exchange federation summit association organization organisation coalition alliance bank fund company corporation palace tower board service embassy consulate mission delegation`) {
		m[w] = true
	}
	return m
}()

func isOrgWord(w string) bool { return orgWords[strings.ToLower(w)] }

// titleWord reports whether w is one of titleWords, also as an office
// not yet taken up: "President-elect", "Prime Minister-designate".
func titleWord(w string) bool {
	w = strings.ToLower(w)
	for _, suffix := range []string{"-elect", "-designate"} {
		w = strings.TrimSuffix(w, suffix)
	}
	return titleWords[w]
}

func isArticle(w string) bool {
	return strings.EqualFold(w, "the") || strings.EqualFold(w, "a") || strings.EqualFold(w, "an")
}

// holds reports whether the words at span hold the attribution q whole:
// its cue and its words from start to end, as an outer report's words
// hold the inner report ("Reuters reports that [the union said [...]]").
func holds(span corpus.Span, q corpus.Quote) bool {
	return span.Start <= q.Span.Start && span.Start <= q.VerbSpan.Start &&
		q.Span.End <= span.End && q.VerbSpan.End <= span.End
}

// maxLayerLookBack is how many attributions back a layered report's holder
// is looked for: "X said Y believed Z" puts the holder right before, with
// at most a partial quotation or two between.
const maxLayerLookBack = 8

// quotations turns an article's attributions into Quotations, reading
// each speaker on its own; resolveActors later joins them across the story.
func quotations(g *gazetteer.Gazetteer, a *corpus.Article, qs []quoteInfo) []Quotation {
	var out []Quotation
	if len(qs) > 0 {
		out = make([]Quotation, 0, len(qs)) // at most one each, without regrowing a long article's
	}
	at := make([]int, len(qs)) // each quotation's index in out, -1 for a scare quote
	lowered := newLoweredText(a.Text)
	for i, q := range qs {
		at[i] = -1
		if q.Kind == corpus.QuoteScare {
			continue // (the outlet naming itself, "Fox News has learned", mapQuotes has left out already)
		}
		at[i] = len(out)
		qt := Quotation{Kind: q.Kind, Start: q.Span.Start, End: q.Span.End, Speaker: q.Speaker,
			SpeakerStart: q.SpeakerSpan.Start, SpeakerEnd: q.SpeakerSpan.End, Verb: q.Verb, cue: q.VerbSpan,
			Act: q.Act, Negated: q.Negated, Target: q.Target, Group: q.Group, Label: q.Label, Words: q.Words,
			Sentence: a.SentenceAt(q.Span.Start)}
		if q.Kind == corpus.QuotePartial {
			// A partial quotation inside reported speech of the same
			// speaker, which comes before it (other partials between).
			for k := i - 1; k >= 0 && qs[k].Span.End >= q.Span.Start; k-- {
				if p := qs[k]; p.Kind == corpus.QuoteIndirect && p.Speaker == q.Speaker && p.Span.Contains(q.Span.Start) {
					qt.inner = true
					break
				}
			}
		}
		if q.Kind == corpus.QuoteIndirect && q.VerbSpan.End > q.VerbSpan.Start {
			// A layered report: an attribution before it, of another
			// speaker, holds this one's cue and words. The holder is a
			// few attributions back at most, so the search stops there:
			// a long article's sentence with no full stop holds
			// thousands of attributions. The holder's words must hold
			// this one's cue and the start and end of its words: a tag
			// after the words ("Israel says ..., Reuters reports") makes
			// the later attribution the wider one, not the held one.
			// A direct quotation holds reported speech the same way:
			// '"The president said the claims are nonsense," Roe wrote.'
			for k := i - 1; k >= 0 && k >= i-maxLayerLookBack; k-- {
				if p := qs[k]; (p.Kind == corpus.QuoteIndirect || p.Kind == corpus.QuoteDirect) && at[k] >= 0 && p.Speaker != q.Speaker &&
					holds(p.Span, q.Quote) {
					qt.outer = at[k] + 1
					within := at[k]
					qt.Within = &within
					qt.Unasserted = out[at[k]].Unasserted || rejectsSaying(a.Text, p.Quote, q.Quote)
					break
				}
			}
		}
		if q.Speaker != "" {
			sa := readSpeaker(g, q.Speaker)
			if phrase, ok := envoyPhrase(a.Text, q.Speaker, q.SpeakerSpan); ok {
				sa = readSpeaker(g, phrase) // "U.S. Ambassador to [the U.N. Susan Rice]"
			}
			if owner, ok := staffOwner(q.Speaker); ok {
				// "Trump's team", "Mueller's lawyers": they speak for the
				// person whose staff they are, one side with him.
				if os := readSpeaker(g, owner); os.person {
					sa = os
				}
			}
			if !sa.person && sa.affiliation != "" && placeNameTail(g, a.Text, q.Speaker, q.SpeakerSpan.Start) {
				// "The Embassy of Norway in Washington, [D.C.] said": the
				// speaker phrase is the end of where the speaker is, not
				// who speaks.
				sa.affiliation, sa.via = "", ""
				qt.placeOnly = true
			}
			if sa.national && civilAppositive(a.Text, q.SpeakerSpan.End) {
				// "The Egyptian Initiative for Personal Rights, a human
				// rights group, said": the appositive says it is no body
				// of the state its demonym names.
				sa.affiliation, sa.via = "", ""
				qt.civil = true
			}
			qt.civil = qt.civil || sa.civil
			if sa.person && sa.affiliation == "" {
				sa.affiliation, sa.via = precedingRole(g, a.Text, q.SpeakerSpan.Start)
			}
			if sa.person && (sa.affiliation == "" || sa.fromPlace) {
				// "Sen. Jane Roe of Texas, the second-ranking Republican":
				// the party outranks the country of her state, as a party
				// before the name does ("Texas Republican Sen. Jane Roe").
				if aff, via := appositiveParty(g, a.Text, q.SpeakerSpan.End); aff != "" {
					sa.affiliation, sa.via, sa.fromPlace = aff, via, false
				}
			}
			if sa.person && sa.affiliation == "" {
				sa.affiliation, sa.via = appositiveSide(g, a.Text, q.SpeakerSpan.End)
			}
			if end := pastPlaceTag(a.Text, q.SpeakerSpan.End); sa.person && sa.affiliation == "" && end > q.SpeakerSpan.End {
				// "Rep. Adam Roe (Calif.), the ranking Democrat,": the
				// appositive after the state's bracket.
				sa.affiliation, sa.via = appositiveParty(g, a.Text, end)
				if sa.affiliation == "" {
					sa.affiliation, sa.via = appositiveSide(g, a.Text, end)
				}
			}
			if sa.person && sa.affiliation == "" {
				sa.affiliation, sa.via = roleReference(g, lowered, q.Speaker, sa.actor, q.SpeakerSpan)
			}
			qt.Actor, qt.Affiliation, qt.AffiliationVia = sa.actor, sa.affiliation, sa.via
			qt.placeSide = sa.fromPlace && sa.affiliation != ""
			if sa.affiliation == "" {
				qt.coSides = sa.sides
			}
			if sa.affiliation == "" {
				// Whom an agent or staff speaks for, resolved once the
				// story's people are known (resolveSides).
				if owner, ok := ownerOfStaff(q.Speaker); ok {
					qt.spokenFor = owner
				} else if x := spokenForInPhrase(q.Speaker); x != "" {
					qt.spokenFor = x
				} else if sa.person {
					qt.spokenFor = appositiveSpokenFor(a.Text, q.SpeakerSpan.End)
				}
			}
			if sa.person {
				qt.surname = surnameKey(sa.surname) // "Al-Maliki" is "Maliki"
			}
		}
		if q.Target != "" {
			if e, ok := g.Lookup(q.Target); ok && !e.Ambiguous {
				qt.Target = e.Canonical
			} else if side := targetSide(g, q.Target); side != "" {
				qt.Target = side
			}
		}
		out = append(out, qt)
	}
	if len(out) == 0 {
		return nil // no quotations reads as none, not an empty list
	}
	return out
}

// pastPlaceTag returns the offset after a short bracketed place right
// after a name ("Adam Roe (Calif.)", "Jane Doe (Ohio)"), or end when none
// stands there. A bracket with a hyphen is a party tag ("(D-Calif.)"),
// which appositiveParty reads itself.
func pastPlaceTag(txt string, end int) int {
	rest := txt[end:]
	if !strings.HasPrefix(rest, " (") {
		return end
	}
	k := strings.IndexByte(rest, ')')
	if k < 0 || k > 16 {
		return end
	}
	inner := rest[2:k]
	if inner == "" || strings.ContainsAny(inner, "-–,") || !text.Capitalised(inner) {
		return end
	}
	return end + k + 1
}

// staffNouns are the people and bodies who speak for a person: "Trump's
// team", "Mueller's spokesman", "the senator's lawyers".
var staffNouns = map[string]bool{"team": true, "office": true, "campaign": true, "camp": true, "staff": true, "lawyer": true, "lawyers": true,
	"attorney": true, "attorneys": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "aide": true, "aides": true,
	"representative": true, "representatives": true, "legal": true}

// staffOwner reads the person a staff speaker speaks for: "Trump's team"
// gives "Trump", "Mueller's legal team" "Mueller". The owner must be
// capitalised (a name, read further by readSpeaker); "the agency's
// spokesman" names no person.
func staffOwner(speaker string) (string, bool) {
	words := speakerWords(speaker)
	for i, w := range words {
		n := text.PossessiveLen(w)
		if n == 0 {
			continue
		}
		if i+1 >= len(words) || !staffNouns[strings.ToLower(words[len(words)-1])] {
			// "Trump's lawyers": the staff speak for him; "Trump's lawyer
			// Michael Cohen" is a person of his own.
			return "", false
		}
		for _, w := range words[i+1 : len(words)-1] {
			if text.Capitalised(w) {
				return "", false
			}
		}
		owner := words[:i+1]
		if isArticle(owner[0]) {
			owner = owner[1:]
		}
		if len(owner) == 0 || len(owner) > 4 {
			return "", false
		}
		last := owner[len(owner)-1]
		owner[len(owner)-1] = last[:len(last)-n]
		for _, o := range owner {
			if !text.Capitalised(o) {
				return "", false
			}
		}
		return strings.Join(owner, " "), true
	}
	return "", false
}

// precedingRole reads a person speaker's affiliation from a definite role
// set before the name between commas: "...," the White House press
// secretary, Sarah Huckabee Sanders, told reporters". The role must open
// its clause (after a quotation, a comma or a sentence's start) and end
// in a title.
func precedingRole(g *gazetteer.Gazetteer, txt string, start int) (string, string) {
	if start < 4 || start > len(txt) || !strings.HasSuffix(txt[:start], ", ") {
		return "", ""
	}
	before := txt[max(0, start-2-80) : start-2]
	role := before
	if k := strings.LastIndexAny(before, ",;:\"“”\n"); k >= 0 {
		_, n := utf8.DecodeRuneInString(before[k:])
		role = before[k+n:] // past a curly quotation mark's three bytes
	}
	for _, end := range []string{". ", "! ", "? "} {
		if k := strings.LastIndex(role, end); k >= 0 {
			role = role[k+2:] // the sentence before ends there
		}
	}
	role = strings.TrimSpace(role)
	words := strings.Fields(role)
	if len(words) < 2 || len(words) > 10 || !strings.EqualFold(words[0], "the") || !titleWords[strings.ToLower(words[len(words)-1])] && !envoyHostTail(words) {
		return "", ""
	}
	sa := readSpeaker(g, role) // an envoy's host after "to" is skipped there (hostOfEnvoy)
	if sa.affiliation == "" {
		return "", ""
	}
	return sa.affiliation, sa.via
}

// ownOutlet reports whether a speaker is the outlet that publishes the
// article ("Fox News" or "FOX NEWS" in a Fox News article; "The New York
// Times" in one of "New York Times - News"): an attribution to it is the
// outlet's own reporting, in its own voice, and no voice it quotes.
func ownOutlet(outlet, speaker string) bool {
	name := func(s string) (string, bool) {
		s = strings.ToLower(strings.TrimSpace(s))
		for _, sep := range []string{" (", " - "} {
			if i := strings.Index(s, sep); i > 0 {
				s = s[:i] // "cnn (web news)", "new york times - news"
			}
		}
		rest, the := strings.CutPrefix(s, "the ")
		return rest, the
	}
	o, oThe := name(outlet)
	sp, spThe := name(speaker)
	// "The Hill" and "The Nation" are mastheads with "the"; without it
	// "Hill said" is a person, Christopher Hill. "The New York Times",
	// often written "the Times", keeps its "the" either way.
	return o != "" && sp == o && (spThe || !oThe || strings.Count(o, " ") > 0)
}

// windowTokens is room for the tokens of the text read after a speaker's
// name (appositiveParty, appositiveSide): news prose holds a token every
// four or five bytes, so 160 bytes fill about 35 and this room is left
// only by a window of punctuation, whose tokens then grow on the heap.
const windowTokens = 64

// placeNameTail reports whether a speaker phrase starting at start is
// only a place's name that ends a place written "City, Region" after a
// preposition that follows someone or something named: "The Embassy of
// Yemen in Washington, D.C.", "Pompeo, speaking from Jeddah, Saudi
// Arabia, added". The phrase then says where the speaker is, and speaks
// for no one. A setting that opens the sentence or a clause names no
// place of the speaker's: in "In Vienna, Iran said", "Speaking in
// Geneva, Russia said" and "In March, Iran said" the country speaks.
func placeNameTail(g *gazetteer.Gazetteer, txt, speaker string, start int) bool {
	e, ok := g.Lookup(speaker)
	if !ok || e.Kind != gazetteer.Capital && e.Kind != gazetteer.Place && e.Kind != gazetteer.Subdivision && e.Kind != gazetteer.Country {
		return false
	}
	if start < 4 || start > len(txt) || !strings.HasSuffix(txt[:start], ", ") {
		return false
	}
	words := strings.Fields(txt[max(0, start-2-80) : start-2])
	n := len(words)
	if n < 3 || !text.Capitalised(words[n-1]) || timeNames[strings.ToLower(words[n-1])] {
		return false
	}
	switch strings.ToLower(words[n-2]) {
	case "in", "at", "from", "near", "of":
	default:
		return false
	}
	// opens reports whether word k opens a sentence or a clause.
	opens := func(k int) bool {
		if k < 0 {
			return true
		}
		prev := words[k]
		return strings.ContainsAny(prev[len(prev)-1:], ".!?;:") || clauseConjunctions[strings.ToLower(prev)]
	}
	before := n - 3 // the word before the preposition
	if opens(before) || clauseConjunctions[strings.ToLower(words[before])] {
		return false // "In Vienna, Iran said", "..., and in Vienna, Iran said"
	}
	if w := strings.ToLower(words[before]); strings.HasSuffix(w, "ing") && opens(before-1) {
		return false // "Speaking in Geneva, Russia said"
	}
	return true
}

// clauseConjunctions open a clause, after which a setting names no
// place of a speaker's ("and in Vienna, Iran said").
var clauseConjunctions = map[string]bool{"and": true, "but": true, "while": true, "when": true, "as": true, "after": true, "before": true, "then": true}

// envoyHostTail reports whether a role ends in an envoy's title and its
// host ("the Iranian ambassador to the UK", "the Norwegian envoy to the
// United Nations"): the title is held for the side named before it, so
// the role is whole though no title ends it. The host is one to three
// capitalised words after "to" and an optional "the".
func envoyHostTail(words []string) bool {
	for k := len(words) - 2; k >= 2 && k >= len(words)-5; k-- {
		if !strings.EqualFold(words[k], "to") {
			continue
		}
		host := words[k+1:]
		if strings.EqualFold(host[0], "the") {
			host = host[1:]
		}
		if len(host) == 0 || len(host) > 3 || !lexicon.EnvoyTitle(words[k-1]) {
			return false
		}
		for _, w := range host {
			if !text.Capitalised(w) {
				return false
			}
		}
		return true
	}
	return false
}

// appositiveParty reads the party a person speaker belongs to from an
// appositive after the speaker's name, which the speaker phrase leaves out
// ("Rep. Jane Roe, a Nevada Democrat, said"; "said Sen. Tom Doe (R-Ohio)"):
// the party and why, or nothing.
func appositiveParty(g *gazetteer.Gazetteer, txt string, end int) (string, string) {
	if end <= 0 || end >= len(txt) {
		return "", ""
	}
	window := txt[end:min(len(txt), end+120)]
	var buf [windowTokens]text.Token // a window's tokens fit on the stack: every speaker's is read
	toks := text.Tokens(buf[:0], window)
	for k := range toks {
		if toks[k].IsWord() {
			toks[k].Lower = strings.ToLower(toks[k].Form)
		}
	}
	e, ok := partyAfterName(g, toks, 0)
	if !ok || e.Affiliation == "" || joinedToAnotherName(toks) {
		return "", ""
	}
	return e.Affiliation, fmt.Sprintf("appositive after the speaker's name (%s)", e.Via)
}

// appositiveSide reads the side a person speaker speaks for from a role
// set off by commas after the name, which the speaker phrase leaves out:
// "Ali Aujali, the Libyan ambassador to the United States, said" is
// Libya's; "Sayed Seddiqi, spokesperson for Afghanistan's intelligence
// agency, said" Afghanistan's. The appositive must hold a role word; the
// side is the first country, people or body it names before a word that
// turns to another ("to", "in", "against": the host or the adversary).
func appositiveSide(g *gazetteer.Gazetteer, txt string, end int) (string, string) {
	if end <= 0 || end >= len(txt) || txt[end] != ',' {
		return "", ""
	}
	window := txt[end:min(len(txt), end+160)]
	var buf [windowTokens]text.Token // a window's tokens fit on the stack: every speaker's is read
	toks := text.Tokens(buf[:0], window)
	for k := range toks {
		if toks[k].IsWord() {
			toks[k].Lower = text.Lower(toks[k].Form) // "U.S." as the gazetteer keys it
		}
	}
	if len(toks) < 2 || !toks[1].IsWord() || !appositiveOpeners[toks[1].Lower] && !text.Capitalised(toks[1].Form) && !isTitle(toks[1].Lower) {
		return "", "" // ", there's word from ...": no appositive
	}
	role := false
	var before, after gazetteer.Entry // the side named before the role, and after it
	k := 1
	for ; k < len(toks) && k < 16; k++ {
		t := toks[k]
		if !t.IsWord() {
			if t.Form == "," || t.Form == ";" || sentenceStop(toks, k) {
				break // the appositive's end, or its sentence's: "said Jane Roe, Afghan minister of health."
			}
			if t.Form == "(" || t.Form == ")" || t.Kind == text.Quote {
				return "", ""
			}
			continue
		}
		if appositiveStops[t.Lower] {
			if t.Lower == "who" || t.Lower == "which" || t.Lower == "said" || t.Lower == "says" || t.Lower == "told" {
				return "", "" // a clause, not an appositive
			}
			break // "ambassador to the United States": the host, not the side
		}
		if formerWords[t.Lower] || t.Lower == "time" && k >= 2 && toks[k-1].Form == "-" && toks[k-2].Lower == "one" {
			return "", "" // "a former head of the agency": no side now
		}
		if topicRoles[t.Lower] || unofficialRoles[t.Lower] {
			// "an Iraq expert": the country is the topic; "a Syrian
			// rebel commander", "the wife of the Iranian ambassador":
			// the country is not whom the speaker speaks for.
			return "", ""
		}
		if isTitle(t.Lower) {
			role = true
			continue
		}
		e, n, ok := g.MatchTokens(toks, k)
		if !ok {
			continue
		}
		last := k + n - 1
		k = last
		if last+1 < len(toks) && toks[last+1].Start == toks[last].End && (toks[last+1].Form == "-" || toks[last+1].Form == "‐") {
			continue // "the Iranian-backed Houthi spokesman", "a U.S.-trained commander": a patron, no side
		}
		if e.Ambiguous || e.Affiliation == "" || e.Kind == gazetteer.Place || e.Kind == gazetteer.Subdivision {
			continue
		}
		// Before the role a country or its people's adjective says whose
		// ("the Libyan ambassador", "the U.S. envoy"), but a country's
		// own name written out before a role is its topic ("the Syria
		// envoy", "the Israel bureau chief"). After the role only a
		// possessed country or a body does ("spokesperson for
		// Afghanistan's intelligence agency", "head of the Revolutionary
		// Guard"), not an adjective of something else ("director of the
		// Turkish program"); the employer after the role outranks a
		// nationality before it ("the Palestinian spokesman for the
		// Israeli army").
		possessed := last+1 < len(toks) && toks[last+1].Start == toks[last].End && toks[last+1].Form == "'" ||
			text.PossessiveLen(toks[last].Form) > 0
		body := e.Kind == gazetteer.Seat || e.Kind == gazetteer.Agency || e.Kind == gazetteer.Organisation || e.Kind == gazetteer.Group || e.Kind == gazetteer.Party
		switch {
		case !role && before.Canonical == "":
			if e.Kind == gazetteer.Country && !possessed && !strings.Contains(toks[k].Form, ".") && strings.ToUpper(toks[k].Form) != toks[k].Form &&
				k+1 < len(toks) && toks[k+1].IsWord() && isTitle(toks[k+1].Lower) {
				continue // "the Syria envoy": the topic
			}
			before = e
		case role && after.Canonical == "" && (possessed || body || namesBody(toks, last)):
			after = e
		}
	}
	if joinedToAnotherName(toks) {
		return "", "" // "X, the Israeli PM, and Y, the Iranian FM, said": both speak
	}
	side := after
	if side.Canonical == "" {
		side = before
	}
	if !role || side.Canonical == "" {
		return "", ""
	}
	return side.Affiliation, fmt.Sprintf("role after the speaker's name (%s)", side.Via)
}

// namesBody reports whether the country or demonym ending at token last
// opens the name of one of its state's bodies: capitalised words follow
// it, up to three, the last a state body or a force's unit ("for the
// Iraqi Interior Ministry", "of the U.S. Sixth Fleet"). A name of
// anything else ("the Turkish Program", "the Egyptian Popular Current")
// is no state's.
func namesBody(toks []text.Token, last int) bool {
	for k := last + 1; k < len(toks) && k <= last+3; k++ {
		if !toks[k].IsWord() || !text.Capitalised(toks[k].Form) || isTitle(toks[k].Lower) {
			return false
		}
		if stateBodies[toks[k].Lower] || forceUnits[toks[k].Lower] {
			return true
		}
	}
	return false
}

// forceUnits name the units of a state's armed forces.
var forceUnits = map[string]bool{"fleet": true, "command": true, "corps": true, "division": true, "brigade": true, "battalion": true,
	"regiment": true, "guard": true, "forces": true}

// sentenceStop reports whether token k is a full stop that ends a
// sentence: after a lower-case word, not an abbreviation's ("Gen.",
// "Mr.").
func sentenceStop(toks []text.Token, k int) bool {
	if toks[k].Form != "." || k == 0 || !toks[k-1].IsWord() || toks[k-1].End != toks[k].Start {
		return false
	}
	w := toks[k-1].Form
	return !text.Capitalised(w) && len(w) > 1
}

// unofficialRoles speak for no state or body whose country an appositive
// names: opponents of it, its press and its people, and relatives of
// its officials.
var unofficialRoles = map[string]bool{"rebel": true, "rebels": true, "dissident": true, "opposition": true, "activist": true,
	"journalist": true, "lawyer": true, "attorney": true, "protest": true, "protester": true, "exiled": true, "exile": true,
	"peace": true, "rights": true, "student": true, "resident": true, "citizen": true, "refugee": true, "prisoner": true,
	"detainee": true, "hostage": true, "wife": true, "husband": true, "son": true, "daughter": true, "mother": true,
	"father": true, "brother": true, "sister": true, "widow": true, "cousin": true, "relative": true, "friend": true,
	"victim": true, "survivor": true, "witness": true, "defector": true}

// appositiveOpeners open a role appositive before its role or name.
var appositiveOpeners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "his": true, "her": true, "their": true}

// topicRoles are roles whose country is what the speaker studies or
// reports on, not whom they speak for: "an Iraq expert", "a Middle East
// analyst", "the Iran correspondent".
var topicRoles = map[string]bool{"expert": true, "analyst": true, "specialist": true, "scholar": true, "researcher": true, "historian": true,
	"professor": true, "correspondent": true, "reporter": true, "editor": true, "watcher": true, "observer": true, "commentator": true, "columnist": true}

// formerWords mark a role the speaker no longer holds.
var formerWords = map[string]bool{"former": true, "ex": true, "onetime": true, "retired": true}

// appositiveStops end the part of a role appositive that names the
// speaker's side: a preposition turning to another country ("ambassador
// to Israel", "a critic of Iran", "talks with Hamas"), or a verb or
// relative word showing a clause, not an appositive.
var appositiveStops = map[string]bool{"to": true, "in": true, "against": true, "with": true, "on": true, "at": true, "toward": true, "towards": true,
	"over": true, "critic": true, "opponent": true, "who": true, "which": true, "said": true, "says": true, "told": true}

// joinedToAnotherName reports whether the appositive or tag that opens
// toks (its comma or bracket first) is followed by "and" or "or" and a
// capitalised name: "Rep. Jane Roe, a Democrat, and Sen. Tom Doe, a
// Republican, said" is spoken by both, so one appositive's party is not
// the speakers'.
func joinedToAnotherName(toks []text.Token) bool {
	closer := ","
	if toks[0].Form == "(" {
		closer = ")"
	}
	for k := 1; k+2 < len(toks); k++ {
		switch f := toks[k].Form; {
		case f == closer:
			w := strings.ToLower(toks[k+1].Form)
			return (w == "and" || w == "or") && toks[k+2].IsWord() && text.Capitalised(toks[k+2].Form)
		case f == "." && closer == "," || f == ";" || f == ":" || f == "(" || f == "\"" || f == "“" || f == "”":
			return false // the sentence or the speaker's phrase ends first ("D-Nev." holds a stop)
		}
	}
	return false
}

// roleReference reads a person speaker's affiliation from an earlier
// mention of their role in the article, when the role is named without
// whom it serves: "department spokeswoman Heather Nauert" after "the State
// Department", "Jane Roe, the ambassador," after "Iran's ambassador to the
// United Nations". The role's lower-case words before the name, or a
// definite role in an appositive after it, are looked for back from the
// speaker, nearest first, and the words that qualify an earlier use ("State
// Department", "Iran's ambassador") give the affiliation. lt holds the
// article's text.
func roleReference(g *gazetteer.Gazetteer, lt *loweredText, phrase, name string, sp corpus.Span) (string, string) {
	txt := lt.txt
	if sp.Start <= 0 || sp.End > len(txt) || sp.Start >= sp.End {
		return "", ""
	}
	var roles []string
	words := speakerWords(phrase)
	role := words[:max(0, len(words)-len(strings.Fields(name)))]
	for _, w := range role {
		lw := strings.ToLower(w)
		if w != lw && !titleWords[lw] {
			// "Agency spokeswoman", "Obama campaign press secretary": a
			// capitalised word names whom the role serves, or opens the
			// sentence and may; no earlier mention is looked for.
			return "", ""
		}
		if w == lw && !isArticle(w) && (titleWords[lw] || isOrgWord(lw)) {
			roles = append(roles, lw)
		}
	}
	if len(role) > 0 && !titleWords[strings.ToLower(role[len(role)-1])] {
		return "", "" // "news website Al-Sumaria": the name is no person's title
	}
	if len(roles) == 0 {
		roles = appositiveRole(txt[sp.End:min(len(txt), sp.End+60)])
	}
	for _, role := range roles {
		if aff, via := earlierRole(g, txt[:sp.Start], lt.prefix(sp.Start), role); aff != "" {
			return aff, via
		}
	}
	return "", ""
}

// appositiveRole is the role of a definite appositive right after a
// person's name (", the ambassador," ", the bank's chairman,"): its
// lower-case title or institution words.
func appositiveRole(after string) []string {
	rest, ok := strings.CutPrefix(after, ", ")
	if !ok {
		return nil
	}
	clause, _, ok := strings.Cut(rest, ",")
	if !ok {
		return nil
	}
	words := strings.Fields(clause)
	if len(words) < 2 || len(words) > 4 || !strings.EqualFold(words[0], "the") {
		return nil
	}
	var roles []string
	for _, w := range words[1:] {
		lw := strings.ToLower(w)
		if w != lw {
			return nil // "the Iranian ambassador" states whom it serves itself
		}
		if titleWords[lw] || isOrgWord(lw) {
			roles = append(roles, lw)
		}
	}
	return roles
}

// maxRoleLookBack bounds how many earlier uses of a role word are read.
const maxRoleLookBack = 4

// earlierRole finds the role word in text before the speaker, nearest
// first, and reads the words that qualify it there ("State Department",
// "Iran's ambassador") for an affiliation. lower is before in lower case.
func earlierRole(g *gazetteer.Gazetteer, before, lower, role string) (string, string) {
	end := len(lower)
	for range maxRoleLookBack {
		i := strings.LastIndex(lower[:end], role)
		if i < 0 {
			return "", ""
		}
		end = i
		j := i + len(role)
		if i > 0 && isWordByte(lower[i-1]) || j < len(lower) && isWordByte(lower[j]) {
			continue // inside another word ("departments", "ambassadors")
		}
		// The qualifiers: up to four words before, within the sentence
		// and the clause.
		k := i
		for n := 0; n < 4 && k > 0; n++ {
			p := strings.LastIndexAny(before[:max(0, k-1)], " \n") + 1
			w := before[p:max(p, k-1)]
			if w == "" || strings.ContainsAny(w, ",;:()\"“”") || k-1 < 0 || before[k-1] != ' ' {
				break
			}
			k = p
			if p > 1 && strings.ContainsAny(before[p-2:p-1], ".!?") && !strings.HasSuffix(before[:p-1], "U.S.") {
				break // the word opens its sentence
			}
		}
		sa := readSpeaker(g, strings.TrimSpace(before[k:j]))
		if sa.affiliation != "" {
			return sa.affiliation, fmt.Sprintf("the %s named earlier: %s", role, sa.via)
		}
	}
	return "", ""
}

// maxNameMentions bounds how many mentions of a name mentionParty reads.
const maxNameMentions = 8

// mentionParty reads the party of a person from a party appositive after
// a mention of their name anywhere in the article, the first that has
// one: the name where the party is given need not be a speaker's ("Rep.
// Jane Roe, D-Nev., toured ..." for "Roe said").
func mentionParty(g *gazetteer.Gazetteer, txt, name string, idx nameIndex) (string, string) {
	if name == "" {
		return "", ""
	}
	first := leadingLetters(name)
	starts, indexed := idx[first]
	from, n := 0, 0
	for n < maxNameMentions {
		start := -1
		if indexed {
			// The name's first word's places, read in order: the text is
			// not searched whole for each of an article's names.
			for len(starts) > 0 && start < 0 {
				if strings.HasPrefix(txt[starts[0]:], name) {
					start = starts[0]
				}
				starts = starts[1:]
			}
		} else if !idx.covers(first) {
			if i := strings.Index(txt[from:], name); i >= 0 {
				start = from + i
			}
		}
		if start < 0 {
			break
		}
		n++
		end := start + len(name)
		from = end
		if start > 0 && isWordByte(txt[start-1]) || end < len(txt) && isWordByte(txt[end]) {
			continue // inside another word
		}
		if aff, via := appositiveParty(g, txt, end); aff != "" {
			return aff, via
		}
	}
	return "", ""
}

// nameIndex holds where each capitalised run of letters of an article's
// text starts, by the run ("Vale" of "Vale's", "O" of "O'Neill"):
// mentionParty finds a name's mentions at the places of its first run
// instead of searching the text once per name, which for thousands of
// names in a long article read it thousands of times.
type nameIndex map[string][]int

// newNameIndex indexes the capitalised runs of letters of txt that start
// after a byte that is no part of a word.
func newNameIndex(txt string) nameIndex {
	idx := nameIndex{}
	for i := 0; i < len(txt); {
		r, size := utf8.DecodeRuneInString(txt[i:])
		if !unicode.IsUpper(r) || i > 0 && isWordByte(txt[i-1]) {
			i += size
			continue
		}
		run := leadingLetters(txt[i:])
		idx[run] = append(idx[run], i)
		i += len(run)
	}
	return idx
}

// leadingLetters is the run of letters s opens with.
func leadingLetters(s string) string {
	for i, r := range s {
		if !unicode.IsLetter(r) {
			return s[:i]
		}
	}
	return s
}

// covers reports whether the index can answer for a name whose first run
// of letters is first: one opening with a capital, which newNameIndex
// reads wherever it stands at a word's start. Any other name is searched
// in the text.
func (idx nameIndex) covers(first string) bool {
	r, _ := utf8.DecodeRuneInString(first)
	return idx != nil && unicode.IsUpper(r)
}

// storyPerson is a person speaker of a story as resolveActors joins
// them: the fullest name, an affiliation any mention states, and whether
// two people share the surname.
type storyPerson struct {
	full        string
	affiliation string
	via         string
	// placeSide is set while the affiliation is only the country of the
	// person's state ("Sen. Jane Roe of Texas"), which a party any
	// mention gives outranks.
	placeSide bool
	ambiguous bool
}

// resolveActors joins the speakers of a story's articles: a person named
// by surname only becomes the one person of the story with that surname
// named in full, and takes the affiliation any of their mentions states.
func (c *Comparison) resolveActors(set *lexicon.Set, g *gazetteer.Gazetteer) {
	people := map[string]*storyPerson{}      // by lower-case surname
	tried := map[*Analysis]map[string]bool{} // names looked for in an article's text
	indexes := map[*Analysis]nameIndex{}     // each article's capitalised words, built when a name is looked for
	for _, an := range c.Articles {
		for i := range an.Quotations {
			// "The statement calls for ...": the body that issued it.
			if q := &an.Quotations[i]; (q.surname == "" || endsInDocument(q.Speaker)) && q.Affiliation == "" && q.Speaker != "" {
				if sa, ok := documentIssuer(g, an.Article, q.Speaker, q.SpeakerStart); ok {
					q.Actor, q.Affiliation, q.AffiliationVia, q.surname = sa.actor, sa.affiliation, sa.via, ""
					if sa.person {
						q.surname = surnameKey(sa.surname)
					}
				}
			}
		}
	}
	c.shareDocumentIssuers()
	c.shareOrganisationAffiliations(g)
	for _, an := range c.Articles {
		for _, q := range an.Quotations {
			if q.surname == "" {
				continue
			}
			p := people[q.surname]
			if p == nil {
				p = &storyPerson{full: q.Actor}
				people[q.surname] = p
			}
			switch {
			case strings.Count(q.Actor, " ") > strings.Count(p.full, " ") && (endsWithName(q.Actor, p.full) || sameBesideInitials(q.Actor, p.full)):
				p.full = q.Actor
			case !endsWithName(p.full, q.Actor) && !endsWithName(q.Actor, p.full) && !sameBesideInitials(q.Actor, p.full):
				p.ambiguous = true // two people share the surname: leave both as written
			}
			if q.Affiliation != "" && (p.affiliation == "" || p.placeSide && !q.placeSide && speaksForParty(g, q.Affiliation)) {
				p.affiliation, p.via, p.placeSide = q.Affiliation, q.AffiliationVia, q.placeSide
			}
			if (p.affiliation == "" || p.placeSide) && !tried[an][q.Actor] {
				// "Rep. Jane Roe, D-Nev., toured the site": the party may
				// be given where the person is named but does not speak.
				if tried[an] == nil {
					tried[an] = map[string]bool{}
				}
				tried[an][q.Actor] = true
				idx, ok := indexes[an]
				if !ok {
					idx = newNameIndex(an.Article.Text)
					indexes[an] = idx
				}
				if aff, via := mentionParty(g, an.Article.Text, q.Actor, idx); aff != "" {
					p.affiliation, p.via, p.placeSide = aff, via, false
				}
			}
		}
	}
	for _, an := range c.Articles {
		for i := range an.Quotations {
			// "said King" after "Rep. Peter King": a title word alone is
			// the surname of the one person the story names with it.
			// "Holland said" after "Polling Director Keating Holland" in
			// the same article: a place's name alone is the surname too.
			q := &an.Quotations[i]
			if q.surname != "" {
				continue
			}
			words := speakerWords(q.Speaker)
			if len(words) != 1 || !text.Capitalised(words[0]) || strings.Contains(words[0], ".") {
				continue
			}
			key := surnameKey(words[0])
			p := people[key]
			if p == nil || p.ambiguous || !strings.Contains(p.full, " ") || !endsWithName(p.full, words[0]) {
				continue
			}
			switch {
			case q.Affiliation == "" && titleWords[strings.ToLower(words[0])]:
				q.surname = key
			case q.Actor != q.Speaker && strings.Contains(an.Article.Text, p.full) && alsoASurname(g, words[0]):
				q.surname, q.Actor, q.Affiliation, q.AffiliationVia = key, p.full, p.affiliation, p.via
			}
		}
	}
	// One man spelt variously by the story's outlets ("Khattalah",
	// "Khattala", "Khatallah") is one speaker: the less used spellings
	// take the most used one's person.
	spellings := map[string]*surnameSpelling{}
	var spelledAs map[string]string // a less used spelling -> the most used
	for ai, an := range c.Articles {
		for _, q := range an.Quotations {
			if p := people[q.surname]; p != nil && !p.ambiguous {
				sp := spellings[q.surname]
				if sp == nil {
					sp = &surnameSpelling{articles: map[int]bool{}, given: givenNames(p.full)}
					spellings[q.surname] = sp
				}
				sp.articles[ai] = true
				sp.uses++
			}
		}
	}
	if len(spellings) > 1 {
		ww := &wordWriter{texts: func(ai int) string { return c.Articles[ai].Article.Text }, folded: map[int]string{}}
		texts := func(ai int) string { return c.Articles[ai].Article.Text }
		spelledAs = joinSpellings(spellings, ww.writes, newSpellingDescriptions(g, texts, spellings).apart)
		for _, s := range slices.Sorted(maps.Keys(spelledAs)) {
			ps, ph := people[s], people[spelledAs[s]]
			if ph.affiliation == "" {
				ph.affiliation, ph.via = ps.affiliation, ps.via
			}
			people[s] = ph
		}
	}
	surnameOf := func(s string) string {
		if h := spelledAs[s]; h != "" {
			return h
		}
		return s
	}
	// "Mr. Abu Khattalah" in one outlet, "Khattalah" in the others: one
	// man, when the story shows it (particleJoins).
	keys := make(map[string]bool, len(people))
	for k, p := range people {
		if !p.ambiguous {
			keys[k] = true
		}
	}
	if joins := c.particleJoins(g, keys, surnameOf); len(joins) > 0 {
		if spelledAs == nil {
			spelledAs = map[string]string{}
		}
		for _, k := range slices.Sorted(maps.Keys(joins)) {
			ps, ph := people[k], people[joins[k]]
			if ph == nil || ph.ambiguous {
				continue
			}
			if ph.affiliation == "" {
				ph.affiliation, ph.via = ps.affiliation, ps.via
			}
			people[k] = ph
			spelledAs[k] = joins[k]
		}
	}
	c.resolveRoles(g, people, surnameOf)
	for _, an := range c.Articles {
		for i := range an.Quotations {
			q := &an.Quotations[i]
			if q.surname == "" {
				continue
			}
			p := people[q.surname]
			if p == nil || p.ambiguous {
				continue
			}
			q.Actor = p.full
			if p.affiliation != "" && (q.Affiliation == "" || q.placeSide && !p.placeSide && speaksForParty(g, p.affiliation)) {
				// "Sen. Jane Roe of Texas" here, "Sen. Jane Roe, R-Texas"
				// elsewhere: the party wins over her state's country.
				q.Affiliation, q.AffiliationVia = p.affiliation, p.via
			}
		}
	}
	c.resolveSides(set, g, people, surnameOf)
	for _, an := range c.Articles {
		for i := range an.Quotations {
			if q := &an.Quotations[i]; q.Act == corpus.ActSay && q.Affiliation != "" && deniesForOwnSide(g, an.Article, q) {
				q.Act = corpus.ActDeny
			}
		}
	}
}

// endsWithName reports whether name long ends with the words of name
// short, surnames compared without their particles and case ("Nouri
// al-Maliki" ends with "Al-Maliki" and with "Maliki").
func endsWithName(long, short string) bool {
	l, s := nameWords(long), nameWords(short)
	return len(s) <= len(l) && slices.Equal(l[len(l)-len(s):], s)
}

// sameBesideInitials reports whether two names differ only by middle
// initials that one of them leaves out: "John A. Boehner" and "John
// Boehner" are one person; "George H. W. Bush" and "George W. Bush" are
// two.
func sameBesideInitials(a, b string) bool {
	split := func(name string) (rest, initials string) {
		var kept, ini []string
		for i, w := range strings.Fields(name) {
			if i > 0 && len(strings.TrimSuffix(w, ".")) == 1 {
				ini = append(ini, strings.TrimSuffix(w, "."))
				continue
			}
			kept = append(kept, w)
		}
		return strings.Join(kept, " "), strings.Join(ini, " ")
	}
	ra, ia := split(a)
	rb, ib := split(b)
	return ra == rb && (ia == "" || ib == "" || ia == ib)
}

// deniesForOwnSide reports whether reported words open with the speaker's
// own side negated: "Iran and Russia have never discussed ..." said by an
// Iranian minister is a denial; "Iran can never acquire ..." said by the
// White House is not.
func deniesForOwnSide(g *gazetteer.Gazetteer, a *corpus.Article, q *Quotation) bool {
	subject, ok := corpus.NegatedSubject(a.Slice(corpus.Span{Start: q.Start, End: q.End}))
	if !ok {
		return false
	}
	for i := range subject {
		if e, _, ok := g.Match(subject, i); ok && !e.Ambiguous && (e.Affiliation == q.Affiliation || e.Canonical == q.Affiliation) {
			return true
		}
	}
	return false
}

// ActCluster is one speech act made in a story, gathered across its
// articles: who (an affiliation, or an actor without one), the act, its
// target, and per outlet the sentences that carry it.
type ActCluster struct {
	Key    string     `json:"key"`
	Who    string     `json:"who"`
	Act    corpus.Act `json:"act"`
	Target string     `json:"target,omitempty"`
	// Words are the content words most of its attributions share, to
	// say what the act is about.
	Words []string `json:"words"`
	Label string   `json:"label"`
	// Speakers lists the actors who make the act, most frequent first.
	Speakers []string `json:"speakers"`
	// Present maps an outlet to the sentences that carry the act; an
	// outlet missing from it does not carry it.
	Present map[string][]Evidence `json:"present"`
	// Status says what every outlet does with the act's matter: carries
	// the act, reports the same side on it in other words, leaves it out,
	// or (for denials, accusations, admissions and confirmations) asserts
	// or hedges it in its own voice or attributes it to someone else.
	Status map[string]ClaimStatus `json:"status,omitempty"`
	// stems are the content stems of its attributions, past its side's,
	// its target's and the names': what the act is about, to find a
	// kindred act of its side on the same matter (claimStatus).
	stems map[string]bool
	// subsumed is set when a kindred act the same sentences tie it to is
	// carried wherever it is and elsewhere too (kindredActs): its own
	// difference would repeat that act's.
	subsumed bool
	// leads are the stems its attributions share most (each in two or
	// more), past names: the matter the act keeps returning to,
	// "settlement" in a resolution's demands on settlements.
	leads map[string]bool
}

// clusteredActs are the acts that make a claim worth following across
// outlets; "say" and beliefs are everyone's words and are counted as
// voices instead.
var clusteredActs = map[corpus.Act]bool{
	corpus.ActClaim: true, corpus.ActDeny: true, corpus.ActAccuse: true, corpus.ActAdmit: true,
	corpus.ActConfirm: true, corpus.ActWarn: true, corpus.ActThreaten: true, corpus.ActCondemn: true,
	corpus.ActDemand: true, corpus.ActPromise: true, corpus.ActQuestion: true,
}

// actClusters gathers the story's speech acts by who makes them, the act
// and its target. Who is the affiliation when the text states one, so
// that "Iran's foreign minister" and "Tehran" deny together.
func (c *Comparison) actClusters(g *gazetteer.Gazetteer) []ActCluster {
	// Acts gather by side, act and target first ...
	type part struct {
		who    string
		act    corpus.Act
		target string // lower case
		ms     []actMember
		stems  map[string]bool // the content stems of its attributions
		// group is its speakers' actor group when they all have the same
		// one, and affiliation the country or body its side is, if known.
		group, affiliation string
	}
	var parts []*part
	byPart := map[string]*part{}
	words := map[actMember][]contentWord{} // each attribution's content words, read once for both steps
	for ai, an := range c.Articles {
		for qi, q := range an.Quotations {
			if q.inner || q.Negated || q.Unasserted || !clusteredActs[q.Act] {
				continue
			}
			who := actSide(q)
			if who == "" || unresolvedPronoun(who) {
				continue // "Claim by he": no one a reader could tell the other outlet leaves out
			}
			if unownedTerms(who) {
				continue // "The agreement calls for Israel to halt ...": a text's terms, no side's act
			}
			if reciprocal(an.Article.Slice(corpus.Span{Start: q.Start, End: q.End})) {
				continue // "Israel and Hamas accused each other of ...": two acts aimed at each other, not one side's
			}
			sides := []string{who}
			if q.Affiliation == "" && q.side == "" && len(q.coSides) > 1 {
				sides = q.coSides // "which Washington and Riyadh blame on Tehran": each side's act
			}
			m := actMember{ai, qi}
			words[m] = contentWords(c.analyzer(an.Article.Language), an.Article.Slice(corpus.Span{Start: q.Start, End: q.End}))
			for _, who := range sides {
				affiliation := q.Affiliation
				if len(sides) > 1 {
					affiliation = who
				}
				k := strings.ToLower(who) + "|" + string(q.Act) + "|" + strings.ToLower(q.Target)
				p := byPart[k]
				if p == nil {
					p = &part{who: who, act: q.Act, target: strings.ToLower(q.Target), stems: map[string]bool{}, group: q.Group, affiliation: affiliation}
					byPart[k] = p
					parts = append(parts, p)
				} else if p.group != q.Group {
					p.group = ""
				}
				p.ms = append(p.ms, m)
				for _, cw := range words[m] {
					p.stems[cw.stem] = true
				}
			}
		}
	}
	// ... then one side's act is one cluster across targets when it is one
	// act: "Iran denied the accusations" and "Iran denied Israel's claims
	// that it sent drones" report one denial, and kept apart each would say
	// the other outlet leaves it out. Two named targets join when their
	// words share two stems (Israel's and the US's accusations of one
	// supply); an act with no target joins the side's only targeted one,
	// or of several the one whose words it shares most. Denials of two
	// matters answering two accusers stay two.
	join := make([]int, len(parts)) // each part's cluster, as the index of its first part
	for i := range join {
		join[i] = i
	}
	root := func(i int) int {
		for join[i] != i {
			i = join[i]
		}
		return i
	}
	shared := func(a, b map[string]bool) int {
		n := 0
		for st := range a {
			if b[st] {
				n++
			}
		}
		return n
	}
	sameAct := func(a, b *part) bool { return strings.EqualFold(a.who, b.who) && a.act == b.act }
	// Two sides of one actor group ("The Obama administration accused the
	// Assad regime of ..." and "Assad, who has been accused by the White
	// House of ...") make one act when they aim it at the same target in
	// shared words: an outlet that names the government's act by another
	// of its voices still carries it. Sides of two different countries or
	// bodies in one group (two Arab governments) stay apart.
	groupAct := func(a, b *part) bool {
		return a.act == b.act && a.target != "" && a.target == b.target && a.group != "" && a.group == b.group &&
			(a.affiliation == "" || b.affiliation == "" || strings.EqualFold(a.affiliation, b.affiliation))
	}
	for i, p := range parts {
		for j := range i {
			if q := parts[j]; p.target != "" && q.target != "" && (sameAct(p, q) || groupAct(p, q)) && shared(p.stems, q.stems) >= 2 {
				join[root(i)] = root(j)
			}
		}
	}
	for i, p := range parts {
		if p.target != "" {
			continue
		}
		best, bestShared, targeted := -1, 0, map[int]bool{}
		for j, q := range parts {
			if q.target == "" || !sameAct(p, q) {
				continue
			}
			targeted[root(j)] = true
			if n := shared(p.stems, q.stems); n > bestShared || best < 0 {
				best, bestShared = root(j), n
			}
		}
		if len(targeted) == 1 || bestShared > 0 {
			join[i] = best
		}
	}
	byKey := map[string]*ActCluster{}
	members := map[string][]actMember{}
	var order []string
	for i, p := range parts {
		k := strconv.Itoa(root(i))
		cl := byKey[k]
		if cl == nil {
			first := parts[root(i)]
			cl = &ActCluster{Who: first.who, Act: first.act, Present: map[string][]Evidence{}}
			byKey[k] = cl
			order = append(order, k)
		}
		members[k] = append(members[k], p.ms...)
	}
	for _, ms := range members {
		slices.SortFunc(ms, func(a, b actMember) int { return cmp.Or(cmp.Compare(a.ai, b.ai), cmp.Compare(a.qi, b.qi)) })
	}
	keys := map[string]int{} // cluster keys given, to tell apart two clusters of one side, act and target
	out := make([]ActCluster, 0, len(order))
	for _, key := range order {
		cl := byKey[key]
		cl.Target = c.clusterTarget(members[key])
		cl.Key = strings.ToLower(cl.Who) + "|" + string(cl.Act) + "|" + strings.ToLower(cl.Target)
		if keys[cl.Key]++; keys[cl.Key] > 1 {
			cl.Key += "#" + strconv.Itoa(keys[cl.Key])
		}
		speakers := map[string]int{}
		stems := map[string]int{}
		// plain holds the stems written in lower case at least once; the
		// others are written as names, which tie no two acts as one
		// statement. One capitalized use is no name: a title-case headline
		// ("Council Condemns Israeli Settlements") or a sentence's first
		// word capitalizes any noun.
		plain := map[string]bool{}
		surface := map[string]string{}
		first := map[string]int{} // order of first use, to break ties
		seen := map[[2]int]bool{} // one piece of evidence per sentence
		persons := true           // every speaker of the act a named person
		for _, m := range members[key] {
			an := c.Articles[m.ai]
			q := an.Quotations[m.qi]
			speakers[q.Actor]++
			persons = persons && q.surname != "" && !namesAnActor(g, q.Actor)
			for _, cw := range words[m] {
				stems[cw.stem]++
				plain[cw.stem] = plain[cw.stem] || !cw.name
				if _, ok := surface[cw.stem]; !ok {
					surface[cw.stem], first[cw.stem] = cw.word, len(first)
				}
			}
			if seen[[2]int{m.ai, q.Sentence}] {
				continue
			}
			seen[[2]int{m.ai, q.Sentence}] = true
			ev := c.quotationEvidence(m.ai, q)
			cl.Present[an.Outlet] = append(cl.Present[an.Outlet], ev)
		}
		cl.Speakers = rankedKeys(speakers, 5)
		for _, w := range strings.Fields(strings.ToLower(cl.Who + " " + cl.Target)) {
			_, stem := c.analyzer("english").Forms(w)
			delete(stems, stem)
		}
		set := make(map[string]bool, len(stems))
		for st := range stems {
			if plain[st] {
				set[st] = true
			}
		}
		words := slices.Collect(maps.Keys(stems))
		slices.SortFunc(words, func(a, b string) int {
			return cmp.Or(cmp.Compare(stems[b], stems[a]), cmp.Compare(first[a], first[b]))
		})
		for _, s := range words[:min(4, len(words))] {
			cl.Words = append(cl.Words, surface[s])
		}
		top := 0 // the count of the most shared stem past names (words runs from most to fewest)
		for _, w := range words {
			if !set[w] || stems[w] < 2 {
				continue
			}
			if top == 0 {
				top, cl.leads = stems[w], map[string]bool{}
			}
			if stems[w] < top {
				break
			}
			cl.leads[w] = true
		}
		by := cl.Who
		if persons && len(cl.Speakers) == 1 && cl.Speakers[0] != cl.Who && speaksForParty(g, cl.Who) {
			// One senator's denial is no denial by the party: the
			// person is named, the party beside.
			by = cl.Speakers[0] + " (" + cl.Who + ")"
		}
		if strings.EqualFold(cl.Target, cl.Who) && len(cl.Speakers) == 1 && cl.Speakers[0] != cl.Who {
			// "Condemnation by Iraq against Iraq" says nothing: one of a
			// side's people condemns another, so the speaker is named.
			// Two speakers of the side may be condemning each other, and
			// one label naming both would read as a joint act.
			by = cl.Speakers[0] + " (" + cl.Who + ")"
		}
		cl.Label = clusterLabel(cl, by)
		cl.stems = set
		out = append(out, *cl)
	}
	c.carriedInOtherForms(out)
	return out
}

// carriedInOtherForms marks an act as carried by an outlet that carries
// another act of the same side on the same matter: "Obama's repeated vows
// that the use of nerve agents would be a "red line"" (a promise) in one
// outlet and Obama's "a red line for us is ..." (a warning) in the other
// are one statement read as two acts, and each alone would say the other
// outlet leaves it out. The two acts' words must share sharedFormStems
// stems that are rare in the story (in at most rareFormShare of its
// sentences, or in two) and are no names: a side's acts on the story's
// topic share its common words, and a threat to close the Strait of
// Hormuz and a vow to keep it open share only the place. Acts aimed at
// two different targets stay two. Each act then lists the other's sentences as its evidence
// in the outlets that carry only the other.
func (c *Comparison) carriedInOtherForms(acts []ActCluster) {
	var pairs [][2]int
	for i := range acts {
		for j := range acts {
			a, b := &acts[i], &acts[j]
			if i != j && strings.EqualFold(a.Who, b.Who) && !(a.Act == b.Act && strings.EqualFold(a.Target, b.Target)) && actFamily[a.Act] != "" && actFamily[a.Act] == actFamily[b.Act] &&
				(a.Target == "" || b.Target == "" || strings.EqualFold(a.Target, b.Target)) {
				pairs = append(pairs, [2]int{i, j})
			}
		}
	}
	if len(pairs) == 0 {
		return // (the story's sentences are read only when a side has two such acts)
	}
	rarity := newStemRarity(c.storySentences())
	add := map[int]map[string][]Evidence{} // per act, the outlets and sentences it gains
	var linked [][2]int                    // the pairs found to be one statement
	for _, p := range pairs {
		i, j := p[0], p[1]
		a, b := &acts[i], &acts[j]
		share := rareFormShare
		if slices.ContainsFunc(a.Speakers, func(sp string) bool { return slices.Contains(b.Speakers, sp) }) {
			share = rareFormShareOneSpeaker // the same speaker, not only the same side: a commoner word may tie them
		}
		shared := 0
		for st := range a.stems {
			if b.stems[st] && rarity.rare(st, share) {
				shared++
			}
		}
		if shared < sharedFormStems {
			continue
		}
		linked = append(linked, p)
		for o, ev := range b.Present {
			if _, ok := a.Present[o]; ok {
				continue
			}
			if add[i] == nil {
				add[i] = map[string][]Evidence{}
			}
			add[i][o] = append(add[i][o], ev...)
		}
	}
	carried := make([]int, len(acts)) // each act's outlets before it gains the other's
	for i := range acts {
		carried[i] = len(acts[i].Present)
	}
	for i, m := range add {
		for o, ev := range m {
			acts[i].Present[o] = ev
		}
	}
	// Two acts read as one statement that now have the same outlets are
	// one difference: "Accusation by Republicans" and "Condemnation by
	// Republicans", each carried by the outlets of the other, would say
	// the same outlet leaves it out twice. The act its own attributions
	// carry in more outlets (or, of equals, the one found first) keeps
	// the difference.
	for _, p := range linked {
		i, j := p[0], p[1]
		a, b := &acts[i], &acts[j]
		if a.subsumed || b.subsumed || len(a.Present) != len(b.Present) || !carriedWherever(a, b) {
			continue
		}
		if carried[i] < carried[j] || carried[i] == carried[j] && i > j {
			a.subsumed = true
		} else {
			b.subsumed = true
		}
	}
}

// actFamily joins the acts one statement is read as in different words:
// a vow, a warning and a threat of what will happen ("vowed that the use
// of gas would be a red line", "warned that it would be a red line"); an
// accusation and a condemnation of what someone did, and a demand that
// they stop or undo it ("a resolution condemning settlement expansion",
// "the resolution demands a halt to settlement activity"). A denial, an
// admission, a confirmation or a claim is no other act's form: a denial
// and an admission of one matter are the contrast itself.
var actFamily = map[corpus.Act]string{
	corpus.ActPromise: "ahead", corpus.ActWarn: "ahead", corpus.ActThreaten: "ahead",
	corpus.ActAccuse: "blame", corpus.ActCondemn: "blame", corpus.ActDemand: "blame",
}

// sharedFormStems and rareFormShare bound carriedInOtherForms: two acts of
// a side are one statement when their words share this many stems, each
// in no more than this share of the story's sentences; when one speaker
// makes both (Obama's "red line" in a vow and in a warning, in a story
// about it), in no more than rareFormShareOneSpeaker.
const (
	sharedFormStems         = 2
	rareFormShare           = 0.1
	rareFormShareOneSpeaker = 0.2
)

// actMember is an attribution of an act cluster: article ai's
// quotation qi.
type actMember struct{ ai, qi int }

// targetSide is the side a target phrase opened by a demonym aims the act
// at: "condemning Israeli settlements" and "accused Russian forces" aim at
// Israel and Russia, as "condemning Israel" does, so the two outlets' acts
// make one cluster. A person ("Israeli Prime Minister Benjamin Netanyahu")
// stays the target; "" when the phrase opens with no demonym.
func targetSide(g *gazetteer.Gazetteer, target string) string {
	words := strings.Fields(target)
	i := 0
	if len(words) > 0 && strings.EqualFold(words[0], "the") {
		i = 1
	}
	e, n, ok := g.Match(words, i)
	if !ok || e.Kind != gazetteer.Demonym || e.Ambiguous || e.Affiliation == "" || i+n >= len(words) || lexicon.CivilSpeaker(target) {
		return "" // "Syrian rebels", "Palestinian civilians": people of the country, not its side
	}
	if sa := readSpeaker(g, target); sa.person && sa.actor != target || len(sa.sides) > 0 {
		return "" // a name after the demonym; a whole phrase read as a name is a headline's capitals ("Israeli Settlements")
	}
	return e.Affiliation
}

// clusterTarget is the target of an act cluster: the one named by more
// than half of its members, "" when no target is ("Denial by Iran against
// Israel" when most of its denials answer Israel; "Denial by Iran" when
// they answer Israel and the US alike, or most name no one).
func (c *Comparison) clusterTarget(members []actMember) string {
	counts := map[string]int{}
	surface := map[string]string{}
	for _, m := range members {
		t := c.Articles[m.ai].Quotations[m.qi].Target
		if t == "" {
			continue
		}
		k := strings.ToLower(t)
		if _, ok := surface[k]; !ok {
			surface[k] = t
		}
		counts[k]++
	}
	for k, n := range counts {
		if 2*n > len(members) {
			return surface[k]
		}
	}
	return ""
}

// quotationEvidence is the sentence holding an attribution, pointing at
// its words, in its voice.
func (c *Comparison) quotationEvidence(ai int, q Quotation) Evidence {
	a := c.Articles[ai].Article
	v := Voice{Kind: Paraphrase, Speaker: q.Speaker, Group: q.Group, Label: q.Label}
	if q.Kind != corpus.QuoteIndirect {
		v.Kind = Quoted
	}
	start, end := q.Start, q.End
	if q.Sentence >= 0 && q.Sentence < len(a.Sentences) {
		s := a.Sentences[q.Sentence]
		start, end = min(start, s.Start), max(end, s.End)
	}
	e := c.evidence(ai, start, end, v)
	e.Start, e.End = q.Start, q.End
	return e
}

// contentWord is a content word of an attribution and its stem.
type contentWord struct {
	stem, word string
	name       bool // written with a capital: a name ("Hormuz"), not what is said of it
}

// contentWords are an attribution's content words in text order, each
// stem once, with the first form it was written in.
func contentWords(az *text.Analyzer, s string) []contentWord {
	var out []contentWord
	seen := map[string]bool{}
	for _, t := range az.Tokens(nil, s) {
		if t.Kind != text.Word || stopwords[t.Lower] || utf8.RuneCountInString(t.Lower) < 3 || talkWords[t.Lower] || matterlessPrepositions[t.Lower] {
			continue
		}
		if n := text.PossessiveLen(t.Lower); n > 0 && n < len(t.Lower) {
			// "Israel's" is Israel: the word a target or a side is
			// removed as, and one word with "Israel" in the list.
			t.Lower, t.Stem = az.Forms(t.Lower[:len(t.Lower)-n])
		} else if contraction(t.Lower) {
			continue // "don't", "I'd", "we're": the grammar of the words, not what they are about
		}
		if !seen[t.Stem] {
			seen[t.Stem] = true
			r, _ := utf8.DecodeRuneInString(t.Form)
			out = append(out, contentWord{t.Stem, t.Lower, unicode.IsUpper(r)})
		}
	}
	return out
}

// matterlessPrepositions are prepositions the alignment stopwords lack
// that say nothing of what an act is about: a matter "three, american,
// doctors, including" found any sentence listing three Americans.
var matterlessPrepositions = map[string]bool{"including": true, "among": true, "amid": true, "amidst": true, "across": true,
	"around": true, "toward": true, "towards": true, "despite": true, "within": true, "without": true, "via": true, "upon": true}

// contraction reports whether a word ends in a contracted verb or "not"
// ("don't", "I'd", "we're", "they've", "it'll", "I'm"); "Shi'ite",
// "Sana'a" and "Ya'alon" are names.
func contraction(w string) bool {
	w = strings.ReplaceAll(w, "’", "'")
	for _, end := range []string{"n't", "'re", "'ve", "'ll", "'d", "'m"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// talkWords are the words of speech itself that say nothing of what an
// act is about: "I think", "frankly", "ever", "saying", and the act verbs
// a quotation performs its act with in the first person and their
// adverbs ("I strongly condemn", "We categorically deny"), which name the
// act, not its matter; verbs that are nouns of a matter as often ("the
// blame", "a border dispute", "their demand") stay.
var talkWords = map[string]bool{"think": true, "thinks": true, "frankly": true, "ever": true, "really": true, "just": true,
	"saying": true, "said": true, "says": true, "told": true, "going": true, "know": true, "want": true, "actually": true, "certainly": true,
	"condemn": true, "denounce": true, "deny": true, "reject": true, "refute": true, "accuse": true,
	"admit": true, "acknowledge": true, "confirm": true, "urge": true,
	"strongly": true, "categorically": true, "vehemently": true, "firmly": true, "flatly": true, "unequivocally": true}

// rankedKeys returns up to n keys, the most counted first, ties by name.
func rankedKeys(m map[string]int, n int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		if k != "" {
			keys = append(keys, k)
		}
	}
	slices.SortFunc(keys, func(a, b string) int {
		if c := cmp.Compare(m[b], m[a]); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	if len(keys) > n {
		keys = keys[:n]
	}
	return keys
}

// actNouns name the acts; a noun needs no agreement with who makes it
// ("Tea party organizers" and "Iran" alike).
var actNouns = map[corpus.Act]string{
	corpus.ActClaim: "Claim", corpus.ActDeny: "Denial", corpus.ActAccuse: "Accusation", corpus.ActAdmit: "Admission",
	corpus.ActConfirm: "Confirmation", corpus.ActWarn: "Warning", corpus.ActThreaten: "Threat", corpus.ActCondemn: "Condemnation",
	corpus.ActDemand: "Demand", corpus.ActPromise: "Promise", corpus.ActQuestion: "Question",
}

// namesAnActor reports whether a speaker's name read as a person's holds
// a party's word or ends in a name the gazetteer knows: "Senate
// Republicans", "Democratic staff" are the party's people, no one person,
// though written in capitals; "Dutch Ruppersberger" is one.
func namesAnActor(g *gazetteer.Gazetteer, name string) bool {
	words := strings.Fields(name)
	for k, w := range words {
		if e, ok := g.Lookup(w); ok && (e.Kind == gazetteer.Party || k == len(words)-1) {
			return true
		}
	}
	return false
}

// speaksForParty reports whether an affiliation is a political party's,
// whose one member speaks for himself more than for it; a government's
// official speaks for the government.
func speaksForParty(g *gazetteer.Gazetteer, affiliation string) bool {
	e, ok := g.Lookup(affiliation)
	return ok && e.Kind == gazetteer.Party
}

// unresolvedPronoun reports whether a speaker is a personal pronoun that
// no name before it resolved ("he", "They").
func unresolvedPronoun(who string) bool {
	switch strings.ToLower(who) {
	case "he", "she", "they", "it", "we", "i", "you":
		return true
	}
	return false
}

// termsNouns are texts whose terms are reported as if they spoke ("the
// agreement calls for", "the resolution demands"): with no one named who
// made them, their terms are facts of the story, not a side's speech act.
var termsNouns = map[string]bool{"agreement": true, "accord": true, "deal": true, "truce": true, "ceasefire": true, "cease-fire": true,
	"treaty": true, "pact": true, "resolution": true, "plan": true, "proposal": true, "draft": true, "bill": true, "law": true,
	"text": true, "document": true, "memo": true, "decree": true, "constitution": true, "framework": true, "deadline": true}

// unownedTerms reports whether an act's side is a bare terms noun ("The
// agreement"), owned by no one named.
func unownedTerms(who string) bool {
	w := strings.Fields(strings.ToLower(who))
	if len(w) == 2 && (w[0] == "the" || w[0] == "a" || w[0] == "an" || w[0] == "this" || w[0] == "that") {
		w = w[1:]
	}
	return len(w) == 1 && termsNouns[w[0]]
}

// reciprocal reports whether an act's words open with "each other" or
// "one another": its speakers act on one another, so the act is no one
// side's and, gathered as one, would stand for a side made of both.
func reciprocal(content string) bool {
	w := strings.Fields(strings.ToLower(content))
	return len(w) >= 2 && (w[0] == "each" && strings.HasPrefix(w[1], "other") || w[0] == "one" && strings.HasPrefix(w[1], "another"))
}

// clusterLabel says an act in a few words, made by by: "Denial by Iran
// (words: supplying, drones, evidence)", "Accusation by Ukraine against
// Iran (words: drones)".
func clusterLabel(cl *ActCluster, by string) string {
	s := actNouns[cl.Act] + " by " + by
	if cl.Target != "" {
		s += " against " + cl.Target
	}
	if len(cl.Words) > 0 {
		s += " (words: " + strings.Join(cl.Words, ", ") + ")"
	}
	return s
}

// resolveRoles makes a definite role speaker ("the prime minister", "the
// embattled prime minister") the one person the story names with that
// title ("Prime Minister Jane Roe"), when the story names exactly one
// holder of it and the role's own article writes that person's name: one
// outlet's "the embattled prime minister accused ..." is then the same
// speaker as another's "Roe accused ...". A role with a modifier of time
// ("the former prime minister", "the new president") may be another
// holder, and a longer office ("Deputy Prime Minister") is another
// title. people are the story's person speakers by surname, joined by
// surnameOf (a spelling to the story's most used one).
func (c *Comparison) resolveRoles(g *gazetteer.Gazetteer, people map[string]*storyPerson, surnameOf func(string) string) {
	texts := func(ai int) string { return c.Articles[ai].Article.Text }
	ww := &wordWriter{texts: texts, folded: map[int]string{}}
	holdersOf := map[string][]titledName{} // title -> the story's names after it
	for ai, an := range c.Articles {
		for i := range an.Quotations {
			q := &an.Quotations[i]
			if q.surname != "" || q.Speaker == "" {
				continue
			}
			role, ok := definiteRole(an.Article.Text, q.Speaker, q.SpeakerStart)
			if !ok {
				continue
			}
			for k := range role {
				title := strings.Join(role[k:], " ")
				hs, ok := holdersOf[title]
				if !ok {
					hs = titledNames(g, c.Articles, title, surnameOf)
					holdersOf[title] = hs
				}
				if len(hs) == 0 {
					continue // "embattled prime minister" is no title: "prime minister" may be
				}
				// The holder a speaker of the story, if one is; one name
				// spelt two ways after one title ("Prime Minister Maliki",
				// "Prime Minister Malaki") is one holder still.
				h := hs[0]
				if k := slices.IndexFunc(hs, func(x titledName) bool { return people[x.surname] != nil }); k > 0 {
					h = hs[k]
				}
				if slices.ContainsFunc(hs, func(x titledName) bool {
					return x.surname != h.surname && !nearSurnames(x.surname, h.surname) && !holderSlip(hs, x.surname, h.surname)
				}) ||
					!ww.writes(ai, h.written) {
					break // two holders, or the article names none of them
				}
				// The title's holder serves whom a qualifier of the title
				// says ("Iraqi Prime Minister Jane Roe"), where any is.
				aff, via := h.affiliation, h.via
				for _, x := range hs {
					if aff == "" && x.affiliation != "" {
						aff, via = x.affiliation, x.via
					}
				}
				if p := people[h.surname]; p != nil && !p.ambiguous {
					q.Actor, q.surname = p.full, h.surname
					if p.affiliation == "" {
						p.affiliation, p.via = aff, via
					}
				} else {
					q.Actor = h.name
				}
				if q.Affiliation == "" {
					q.Affiliation, q.AffiliationVia = aff, via
				}
				break
			}
		}
	}
}

// holderSlip reports whether surname x after a title is a slip of the
// pen for the title's holder h: written once in the story, where h is
// written more often, and one vowel from it ("Prime Minister Malaki"
// once beside "Prime Minister Maliki" many times). Two holders of one
// office are each named more than once, or by names further apart; a
// one-vowel spelling of a short name is no spelling nearSurnames joins,
// since two people may bear such names, but a single stray one is no
// second holder.
func holderSlip(hs []titledName, x, h string) bool {
	nx, nh := 0, 0
	for _, t := range hs {
		switch t.surname {
		case x:
			nx++
		case h:
			nh++
		}
	}
	if nx != 1 || nh < 2 || len(x) < 5 || len(x) != len(h) || !isLetters(x) || !isLetters(h) || x[0] != h[0] || x[len(x)-1] != h[len(h)-1] {
		return false
	}
	return vowelEdits(spellingForm(x), spellingForm(h), 1) <= 1
}

// alsoASurname reports whether the gazetteer notes that a place's name is
// also a surname ("Holland", "Jordan", "Washington"): only such a name,
// alone, may be the person the article names in full.
func alsoASurname(g *gazetteer.Gazetteer, name string) bool {
	e, ok := g.Lookup(name)
	return ok && strings.Contains(e.Via, "surname")
}

// titledName is a person named after a title in a story's text: the
// name, its surname as the story's persons are keyed, the surname as
// written and the affiliation the title phrase states ("Iraqi Prime
// Minister").
type titledName struct {
	name, surname, written string
	affiliation, via       string
}

// timeModifiers before a role make it another holder's, or no one's yet:
// "the former president", "the new prime minister", "the acting mayor".
var timeModifiers = map[string]bool{"former": true, "late": true, "then": true, "ex": true, "outgoing": true, "incoming": true,
	"new": true, "next": true, "future": true, "previous": true, "past": true, "interim": true, "acting": true, "caretaker": true,
	"designate": true, "elect": true, "would-be": true, "vice": true, "deputy": true, "assistant": true, "under": true, "associate": true}

// noOffices are title words that name no office one person holds: "the
// doctor" of "Dr. Roe", "the analyst".
var noOffices = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "professor": true,
	"correspondent": true, "analyst": true, "officer": true, "candidate": true, "nominee": true}

// definiteRole reads a speaker phrase that is a definite role, all lower
// case after "the" ("the prime minister", or "prime minister" after "The
// embattled" in the text): its words, modifiers and title, or false.
func definiteRole(txt, phrase string, start int) ([]string, bool) {
	words := speakerWords(phrase)
	definite := len(words) > 0 && strings.EqualFold(words[0], "the")
	if definite {
		words = words[1:]
	}
	if len(words) == 0 || len(words) > 4 {
		return nil, false
	}
	for _, w := range words {
		if w != strings.ToLower(w) || !isLetters(strings.ReplaceAll(w, "-", "")) {
			return nil, false
		}
	}
	if !definite && start > 0 && start <= len(txt) {
		before := strings.Fields(txt[max(0, start-40):start])
		for k := len(before) - 1; k >= 0 && k >= len(before)-3; k-- {
			w := before[k]
			if strings.EqualFold(w, "the") {
				definite = true
				break
			}
			if w != strings.ToLower(w) || !isLetters(strings.ReplaceAll(w, "-", "")) {
				break
			}
			words = append([]string{w}, words...)
		}
	}
	head := words[len(words)-1]
	if !definite || !titleWords[head] || noOffices[head] {
		return nil, false
	}
	for _, w := range words {
		if timeModifiers[w] {
			return nil, false
		}
	}
	return words, true
}

// titledNames finds the names the story's articles write right after a
// title in title case ("Prime Minister Jane Roe"), each with its surname
// keyed by surnameOf. A capitalised word before the title other than a
// place or a possessive makes it a longer title ("Deputy Prime
// Minister"), which is another office.
func titledNames(g *gazetteer.Gazetteer, arts []*Analysis, title string, surnameOf func(string) string) []titledName {
	words := strings.Fields(title)
	for k, w := range words {
		words[k] = strings.ToUpper(w[:1]) + w[1:]
	}
	cased := strings.Join(words, " ")
	var out []titledName
	for _, an := range arts {
		txt := an.Article.Text
		for from := 0; from < len(txt); {
			i := strings.Index(txt[from:], cased)
			if i < 0 {
				break
			}
			start, end := from+i, from+i+len(cased)
			from = end
			if start > 0 && isWordByte(txt[start-1]) || end >= len(txt) || txt[end] != ' ' {
				continue
			}
			qualifier := "" // "Iraqi" of "Iraqi Prime Minister", which says whom the holder serves
			if prev := strings.Fields(txt[max(0, start-30):start]); len(prev) > 0 && start > 0 && txt[start-1] == ' ' {
				p := prev[len(prev)-1]
				if text.Capitalised(p) && !strings.HasSuffix(p, ".") {
					if _, _, ok := g.Match([]string{p}, 0); !ok && text.PossessiveLen(p) == 0 {
						continue // "Deputy Prime Minister": another office
					}
					qualifier = p + " "
				}
			}
			var name []string
			for _, w := range strings.Fields(txt[end:min(len(txt), end+60)]) {
				raw := w
				w = strings.TrimRight(w, ",.;:)\"”’")
				closes := w != raw && len(w) > 1 // "Roe," or "Roe.": the name ends; "J." goes on
				if p := text.PossessiveLen(w); p > 0 {
					w = w[:len(w)-p]
				}
				if w == "" || !text.Capitalised(w) && !particleName(strings.ToLower(w)) && !nameConnectors[w] || isTitle(strings.ToLower(w)) || timeNames[strings.ToLower(w)] {
					break
				}
				name = append(name, w)
				if len(name) == 4 || closes {
					break
				}
			}
			for len(name) > 0 && nameConnectors[name[len(name)-1]] {
				name = name[:len(name)-1]
			}
			if len(name) == 0 || nameConnectors[name[0]] {
				continue // "Secretary of State John Roe": another title
			}
			last := name[len(name)-1]
			sa := readSpeaker(g, qualifier+cased+" "+strings.Join(name, " "))
			out = append(out, titledName{name: strings.Join(name, " "), surname: surnameOf(surnameKey(last)),
				written: foldAccents(strings.ToLower(surnameKey(last))), affiliation: sa.affiliation, via: sa.via})
		}
	}
	return out
}

// issuedDocuments are the nouns of documents a body issues and that news
// then quotes as the speaker: "The statement calls for ...".
var issuedDocuments = map[string]bool{"statement": true, "resolution": true, "report": true, "communique": true, "communiqué": true, "declaration": true}

// issueVerbs say that a body issued a document: "the council adopted a
// statement".
var issueVerbs = map[string]bool{"issued": true, "adopted": true, "released": true, "approved": true, "passed": true, "published": true, "unveiled": true}

// documentIssuer reads the body that issued a document quoted as a
// speaker: "The statement calls for ..." after "The Security Council
// adopted a presidential statement" in the same or the sentence before is
// the Security Council's; "the council's statement" is the Council the
// article last named. A joint statement has several issuers and is left.
func documentIssuer(g *gazetteer.Gazetteer, a *corpus.Article, phrase string, start int) (speakerActor, bool) {
	words := speakerWords(phrase)
	if len(words) > 0 && (strings.EqualFold(words[0], "the") || strings.EqualFold(words[0], "a") || strings.EqualFold(words[0], "an")) {
		words = words[1:]
	}
	if n := len(words); n > 3 && strings.EqualFold(words[n-3], "of") && strings.EqualFold(words[n-1], "own") {
		words = words[:n-3] // "a resolution of its own"
	}
	if len(words) == 0 || len(words) > 4 || !issuedDocuments[strings.ToLower(words[len(words)-1])] {
		return speakerActor{}, false
	}
	if n := len(words); n > 1 && text.Capitalised(words[n-1]) && allCapitalised(strings.Join(words[:n-1], " ")) {
		// "NAACP Resolution Calls on ...": a title-case headline names the
		// body before its document.
		owner := strings.Join(words[:n-1], " ")
		if sa := readSpeaker(g, owner); sa.actor != "" && (!sa.person || isAcronym(owner)) {
			sa.person, sa.surname = false, "" // "NAACP" is no one's surname
			return sa, true
		}
		return speakerActor{}, false
	}
	owner := ""
	for k, w := range words {
		if w != strings.ToLower(w) || w == "joint" {
			return speakerActor{}, false
		}
		if p := text.PossessiveLen(w); p > 0 {
			if k != 0 {
				return speakerActor{}, false
			}
			owner = w[:len(w)-p] // "the council's statement"
		}
	}
	head := strings.ToLower(words[len(words)-1])
	if start <= 0 || start > len(a.Text) {
		return speakerActor{}, false
	}
	if sa, ok := issuerAfter(g, a, min(len(a.Text), start+len(phrase))); ok {
		return sa, true
	}
	if owner != "" {
		return lastNamedOwner(g, a.Text[:start], owner)
	}
	si := a.SentenceAt(start)
	if si < 0 {
		return speakerActor{}, false
	}
	from := a.Sentences[max(0, si-1)].Start
	// The window ends with the phrase itself: "The council adopted a
	// resolution condemning ...", where the document is the speaker.
	window := a.Text[from:min(len(a.Text), start+len(phrase))]
	toks := text.Tokens(nil, window)
	lower := func(k int) string { return strings.ToLower(toks[k].Form) }
	// The last "<body> issued (a|the) (modifiers) <head>" in the window.
	for k := len(toks) - 1; k >= 0; k-- {
		if !toks[k].IsWord() || lower(k) != head && lower(k) != head+"s" {
			continue
		}
		v := k - 1
		for v >= 0 && k-v <= 4 && toks[v].IsWord() && !issueVerbs[lower(v)] {
			v--
		}
		if v < 0 || k-v > 4 || !issueVerbs[lower(v)] {
			continue
		}
		// The subject: the words before the verb back to a clause break.
		s := v
		for s > 0 && toks[s-1].IsWord() {
			s--
		}
		for k := v - 1; k > s; k-- {
			if lower(k) == "the" {
				s = k // "On Sunday the council adopted": the subject opens with "the"
				break
			}
		}
		if s == v {
			continue
		}
		e := v - 1
		for e > s && issuerAuxiliaries[lower(e)] {
			e-- // "the U.N. Security Council has adopted": the body, without its auxiliary
		}
		subject := window[toks[s].Start:toks[e].End]
		if rest, ok := strings.CutPrefix(subject, "The "); ok && text.Capitalised(rest) {
			subject = rest // "The NAACP adopted": the body is "NAACP", as elsewhere
		}
		sa := readSpeaker(g, subject)
		if sa.actor == "" || !strings.ContainsFunc(strings.TrimPrefix(subject, "The"), unicode.IsUpper) || sa.actor != strings.TrimPrefix(strings.TrimPrefix(subject, "the "), "The ") && !sa.person && sa.affiliation == "" {
			continue
		}
		return sa, true
	}
	return speakerActor{}, false
}

// shareDocumentIssuers gives a story's one-of-a-kind document speaking
// with no issuer ("The resolution calls on Israel to ...") the issuer
// another of its quotations names for a document of that kind ("the
// Security Council adopted a resolution condemning ..."), when all that
// name one name the same: a story is about its resolution, and an outlet
// that says "the resolution" means the one the others say the U.N.
// adopted. Statements and reports are many in a story and are left.
func (c *Comparison) shareDocumentIssuers() {
	type issuer struct{ actor, affiliation, via string }
	found := map[string]issuer{}
	mixed := map[string]bool{}
	head := func(q *Quotation) string {
		words := speakerWords(q.Speaker)
		if len(words) == 0 || len(words) > 3 || !storyDocuments[strings.ToLower(words[len(words)-1])] {
			return ""
		}
		return strings.ToLower(words[len(words)-1])
	}
	for _, an := range c.Articles {
		for i := range an.Quotations {
			q := &an.Quotations[i]
			h := head(q)
			if h == "" {
				h = issuedBefore(an.Article.Text, q) // "the Security Council has approved a resolution condemning ..."
			}
			if h != "" && q.Affiliation != "" {
				if f, ok := found[h]; ok && f.affiliation != q.Affiliation {
					mixed[h] = true
				}
				found[h] = issuer{q.Actor, q.Affiliation, q.AffiliationVia}
			}
		}
	}
	for _, an := range c.Articles {
		for i := range an.Quotations {
			q := &an.Quotations[i]
			if h := head(q); h != "" && q.Affiliation == "" && !mixed[h] {
				if f, ok := found[h]; ok {
					q.Actor, q.Affiliation, q.AffiliationVia = f.actor, f.affiliation, "the "+h+" the story's other reports name"
				}
			}
		}
	}
}

// issuedBefore gives the kind of one-of-a-kind document (storyDocuments)
// a speaker issues right before the cue of its words ("The U.N. Security
// Council has approved [a resolution] condemning ..."): the speaker is
// that document's issuer. "" when the words between them are no such
// issue.
func issuedBefore(txt string, q *Quotation) string {
	if q.SpeakerEnd <= 0 || q.cue.Start <= q.SpeakerEnd || q.cue.Start > len(txt) || q.cue.Start-q.SpeakerEnd > maxIssuedGap {
		return ""
	}
	words := strings.Fields(txt[q.SpeakerEnd:q.cue.Start])
	n := len(words)
	if n < 3 || !storyDocuments[strings.ToLower(words[n-1])] {
		return ""
	}
	for k := n - 2; k >= 1 && k >= n-3; k-- {
		if isArticle(words[k]) && issueVerbs[strings.ToLower(words[k-1])] {
			return strings.ToLower(words[n-1])
		}
	}
	return ""
}

// maxIssuedGap bounds the words between an issuer and the cue of its
// document's words: an auxiliary, a day, the verb and the document.
const maxIssuedGap = 80

// issuerAuxiliaries stand between a body and the verb issuing its
// document ("has adopted", "was expected to release").
var issuerAuxiliaries = map[string]bool{"has": true, "have": true, "had": true, "was": true, "were": true, "is": true, "are": true, "will": true, "would": true, "also": true, "unanimously": true}

// storyDocuments are the documents a story has one of: a resolution, a
// communique, a declaration.
var storyDocuments = map[string]bool{"resolution": true, "communique": true, "communiqué": true, "declaration": true}

// issuerAfter reads the issuer a document speaker names right after it:
// "a statement posted on the Embassy's Twitter page", "a statement
// issued by the Foreign Ministry", "a letter from the White House". The
// issuer is a body (a person's document is theirs by "Roe's letter",
// read elsewhere); a short name ("the Embassy") is the one the article
// named in full before ("The U.S. Embassy in Afghanistan").
func issuerAfter(g *gazetteer.Gazetteer, a *corpus.Article, end int) (speakerActor, bool) {
	tail := a.Text[end:min(len(a.Text), end+120)]
	if i := strings.IndexByte(tail, '\n'); i >= 0 {
		tail = tail[:i]
	}
	toks := text.Tokens(nil, tail)
	k := 0
	lower := func(k int) string { return strings.ToLower(toks[k].Form) }
	if k < len(toks) && toks[k].IsWord() && (issueVerbs[lower(k)] || issuerParticiples[lower(k)]) {
		k++ // "posted", "issued"
	}
	if k >= len(toks) || !toks[k].IsWord() || lower(k) != "by" && lower(k) != "from" && lower(k) != "on" {
		return speakerActor{}, false
	}
	k++
	if k < len(toks) && lower(k) == "the" {
		k++
	}
	var run []string
	for ; k < len(toks) && toks[k].IsWord() && text.Capitalised(toks[k].Form); k++ {
		w := toks[k].Form
		if p := text.PossessiveLen(w); p > 0 {
			run = append(run, w[:len(w)-p])
			break // "the Embassy's Twitter page": the owner ends at its possessive
		}
		run = append(run, w)
	}
	if len(run) == 0 || len(run) > 4 {
		return speakerActor{}, false
	}
	owner := strings.Join(run, " ")
	if sa := readSpeaker(g, owner); sa.actor != "" && !sa.person && sa.affiliation != "" {
		return sa, true
	}
	return lastNamedOwner(g, a.Text[:end], run[len(run)-1])
}

// issuerParticiples put a document out before its issuer, beside
// issueVerbs ("issued by ...", "adopted by ..."): "a statement posted on
// ...", "a letter signed by ...".
var issuerParticiples = map[string]bool{"posted": true, "sent": true, "signed": true, "written": true}

// endsInDocument reports whether a speaker phrase ends in a document the
// text may give as the speaker ("NAACP Resolution", which a name reading
// takes for a person called Resolution).
func endsInDocument(phrase string) bool {
	words := speakerWords(phrase)
	return len(words) > 1 && issuedDocuments[strings.ToLower(words[len(words)-1])]
}

// lastNamedOwner finds the body a possessive owner noun ("council" of "the
// council's statement") refers to: the last capitalised name in the text
// before that ends in the noun ("the U.N. Security Council").
func lastNamedOwner(g *gazetteer.Gazetteer, before, owner string) (speakerActor, bool) {
	word := strings.ToUpper(owner[:1]) + owner[1:]
	for end := len(before); ; {
		i := strings.LastIndex(before[:end], word)
		if i <= 0 {
			return speakerActor{}, false
		}
		end = i
		j := i + len(word)
		if isWordByte(before[i-1]) || j < len(before) && isWordByte(before[j]) && before[j] != '\'' {
			continue
		}
		fields := strings.Fields(before[max(0, i-40):j])
		k := len(fields) - 1
		for k > 0 && text.Capitalised(fields[k-1]) && !strings.HasSuffix(fields[k-1], ",") && !strings.EqualFold(fields[k-1], "the") {
			k--
		}
		if k == len(fields)-1 {
			return speakerActor{}, false // "Council" alone names no one body
		}
		sa := readSpeaker(g, strings.Join(fields[k:], " "))
		if sa.actor == "" || sa.person {
			return speakerActor{}, false
		}
		return sa, true
	}
}

// shareOrganisationAffiliations gives a body named without whom it serves
// ("the Security Council") the affiliation of the one longer name of the
// story that ends with its name and states one ("UN Security Council"):
// one outlet's "Security Council" and another's "U.N. Security Council"
// are one speaker. Two longer names with other affiliations ("Iranian
// Foreign Ministry", "Russian Foreign Ministry") leave it as it is. The
// longer name may add to the short one only words that say whose body it
// is (ownerQualifier): "Israeli National Security Council" is another
// body than the Security Council. A body every state has ("Foreign
// Ministry", "Army": stateBody) is usually the outlet's own country's
// when the article names no other, so it takes a side only from a longer
// name its own article writes.
func (c *Comparison) shareOrganisationAffiliations(g *gazetteer.Gazetteer) {
	type named struct {
		name, affiliation, via string
		article                int
	}
	var longer []named
	for ai, an := range c.Articles {
		for _, q := range an.Quotations {
			if q.surname == "" && q.Affiliation != "" && strings.Contains(q.Actor, " ") {
				longer = append(longer, named{q.Actor, q.Affiliation, q.AffiliationVia, ai})
			}
		}
	}
	if len(longer) == 0 {
		return
	}
	for ai, an := range c.Articles {
		for i := range an.Quotations {
			q := &an.Quotations[i]
			if q.surname != "" || q.Affiliation != "" || !strings.Contains(q.Actor, " ") || !allCapitalised(q.Actor) {
				continue
			}
			own := stateBody(q.Actor)
			found := -1
			for k, n := range longer {
				qualifier, ok := strings.CutSuffix(n.name, " "+q.Actor)
				if !ok || own && n.article != ai || !ownerQualifier(g, qualifier) {
					continue
				}
				if found >= 0 && longer[found].affiliation != n.affiliation {
					found = -2
					break
				}
				found = k
			}
			if found >= 0 {
				q.Affiliation, q.AffiliationVia = longer[found].affiliation, longer[found].via+" (named in full elsewhere: "+longer[found].name+")"
			}
		}
	}
}

// ownerQualifier reports whether the words before a body's name say only
// whose body it is: places, demonyms or organisations the gazetteer
// knows, possessive or not ("UN", "U.N.", "Iranian", "Israel's"), not a
// word of another name ("Israeli National").
func ownerQualifier(g *gazetteer.Gazetteer, qualifier string) bool {
	words := strings.Fields(qualifier)
	if len(words) == 0 {
		return false
	}
	for k, w := range words {
		if p := text.PossessiveLen(w); p > 0 {
			words[k] = w[:len(w)-p]
		}
	}
	for i := 0; i < len(words); {
		_, end, ok := g.Match(words, i)
		if !ok || end <= i {
			return false
		}
		i = end
	}
	return true
}

// stateBodies are the heads of bodies every state has: a bare "Foreign
// Ministry" or "Army" names no one state's.
var stateBodies = map[string]bool{"ministry": true, "army": true, "parliament": true, "military": true, "police": true,
	"navy": true, "cabinet": true, "government": true, "presidency": true, "judiciary": true, "legislature": true}

// stateBody reports whether a body's name is one every state has: its
// head is a state body ("Foreign Ministry", "Defense Ministry"), or it
// opens with one ("Ministry of Defense").
func stateBody(name string) bool {
	words := strings.Fields(strings.ToLower(name))
	return len(words) > 0 && (stateBodies[words[len(words)-1]] || len(words) > 2 && stateBodies[words[0]] && words[1] == "of")
}

// allCapitalised reports whether every word of a name is capitalised: a
// proper name ("Security Council"), not a role ("security officials").
func allCapitalised(name string) bool {
	for _, w := range strings.Fields(name) {
		if !text.Capitalised(w) {
			return false
		}
	}
	return true
}
