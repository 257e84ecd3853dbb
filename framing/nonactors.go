package framing

import (
	"cmp"
	"maps"
	"slices"
	"strings"

	"github.com/framediff/framediff/gazetteer"
	"github.com/framediff/framediff/text"
)

// Not every capitalised name an article writes is an actor of its story.
// Four uses name something else, and an actor the story names only so is
// left out:
//
//   - a channel the news went through: "wrote on Twitter", "told Sky
//     News", "reported by Bloomberg", "The Times reported";
//   - a setting: "met in Davos", "near Aberdeen, Scotland", "in London,
//     Glasgow, Birmingham", "will visit Buckingham Palace";
//   - the title of a work or a section: "his memoir, "A Higher Loyalty"",
//     "a briefing for "Take Your Daughters and Sons to Work Day"", "The
//     Bubble: ...";
//   - a modifier of a noun: "anti-Muslim hatred", "a Facebook event",
//     "largely Muslim countries", "the Great Lakes region".
//
// Countries, capitals, demonyms and persons named with a title are never
// dropped: they stand for governments and people even as a setting ("in
// Tehran") or a modifier ("U.S. officials"). An actor of any kind that the story
// names only as one item of lists of three or more names ("agreements with
// Argentina, Australia and Brazil") is a member of a set the story talks
// about, not an actor of its own (listedOnly). A country or region that
// fewer than a third of the outlets name, a few times in passing, is
// background to the story, not one of its actors (passingPlaces).

// nonActors returns the keys of the actors the story names only as a
// channel, a setting, a work's title or a noun's modifier, and the kind
// some names' uses give them: "place" for a name used mostly as a setting
// ("fighting in Douma", "flew to Milwaukee"), a place the gazetteer does
// not know; "organisation" for a name someone works at ("a partner at
// Goldman Sachs"), an employer, no person. keyOf gives the story-wide key
// of a raw mention.
func nonActors(raws []rawMention, toksOf [][]text.Token, keyOf func(rawMention) string) (out map[string]bool, kinds map[string]string) {
	type use struct {
		keep, title                       bool
		other, channel, setting, employer int
	}
	uses := map[string]*use{}
	titles := titleNames(toksOf)
	for _, r := range raws {
		k := keyOf(r)
		u := uses[k]
		if u == nil {
			u = &use{}
			uses[k] = u
		}
		if !droppable(r) {
			u.keep = true // a titled person, a country: an actor however else it is named
			continue
		}
		toks := toksOf[r.Article]
		first, last := tokenSpan(toks, r.Start, r.End)
		if first < 0 {
			u.other++
			continue
		}
		switch {
		case channelUse(toks, first, last, r.kind):
			u.channel++
		case namedWorkUse(toks, first):
			// a word of a title given unquoted ("a book, Higher Ground:
			// Faith, Doubt, and Duty"): no use as an actor, but the name
			// may be one elsewhere
		case titles.holds(r.name) || headingUse(toks, first, last):
			u.title = true
		case r.kind != "person" && visitedUse(toks, first, last):
			u.setting++ // "visit Buckingham Palace": where a visitor goes, as "a trip to" it is
		case settingUse(toks, first):
			// "at" after a job or a worker is where one works ("worked
			// at Goldman Sachs", "workers at Acme"): a setting, but no
			// sign of a place; "met at Chequers" is one.
			if workplaceUse(toks, settingLocative(toks, first)) {
				u.employer++
			} else {
				u.setting++
			}
		case modifierUse(toks, first, last, r), timeZoneUse(toks, first, last):
		default:
			u.other++
		}
	}
	out, kinds = map[string]bool{}, map[string]string{}
	for k, u := range uses {
		switch {
		case u.keep || u.title:
		case 2*u.setting > u.setting+u.employer+u.other+u.channel:
			kinds[k] = "place"
		case u.employer > 0 && u.employer >= u.setting:
			kinds[k] = "organisation"
		}
		// A medium the story also makes an actor more often than it
		// cites ("BuzzFeed published the story", "disputed BuzzFeed's
		// report") stays one.
		if !u.keep && (u.channel > 0 && u.channel >= u.other || u.title || u.other == 0) {
			out[k] = true
		}
	}
	return out, kinds
}

// droppable reports whether a mention may name a non-actor: a capitalised
// name the gazetteer does not hold as a country or an institution, or a
// region; a person only when named bare, without a title.
func droppable(r rawMention) bool {
	switch {
	case r.kind == "thing" || r.bound:
		return false
	case strings.HasPrefix(r.key, "g:"):
		return r.kind == "place"
	case r.kind == "person":
		return r.Label == nameLabel && len(r.Descriptors) == 0
	}
	return true
}

// tokenSpan returns the first and last token of the byte span [start,
// end), a leading "the" skipped; -1 when the span does not start on a
// token.
func tokenSpan(toks []text.Token, start, end int) (int, int) {
	first, ok := slices.BinarySearchFunc(toks, start, func(t text.Token, at int) int { return cmp.Compare(t.Start, at) })
	if !ok {
		return -1, -1
	}
	last := first
	for last+1 < len(toks) && toks[last].End < end {
		last++
	}
	if toks[first].Lower == "the" && last > first {
		first++
	}
	return first, last
}

// word returns the lower-case form of token k, "" outside the text or for
// punctuation.
func word(toks []text.Token, k int) string {
	if k < 0 || k >= len(toks) || !toks[k].IsWord() {
		return ""
	}
	return toks[k].Lower
}

// channelVerbs write or say something on a medium: "wrote on Twitter",
// "reacted on Twitter", "broadcast on Fox Business".
var channelVerbs = map[string]bool{"wrote": true, "writing": true, "posted": true, "posting": true, "tweeted": true, "reacted": true,
	"broadcast": true, "aired": true, "appeared": true, "commented": true}

// channelUse reports whether the name at tokens first..last is the medium
// that carried the news: the object of "wrote on", "took to", "reported
// by", "published by", "an interview with", "told" or "speaking to" (not
// a person's name), the subject of "reported", or a name before "news" or "radio"
// ("Bloomberg news", "LBC radio").
func channelUse(toks []text.Token, first, last int, kind string) bool {
	p := first - 1
	if word(toks, p) == "the" {
		p--
	}
	prev, prev2, next := word(toks, p), word(toks, p-1), word(toks, last+1)
	if timeNames[strings.TrimSuffix(prev2, ".")] || prev2 == "today" {
		prev2 = word(toks, p-2) // "broadcast Monday on Fox Business"
	}
	switch {
	case prev == "on" && channelVerbs[prev2], prev == "to" && prev2 == "took",
		prev == "by" && (prev2 == "reported" || prev2 == "published"),
		next == "news" || next == "radio" || next == "television":
		return true
	case kind == "person":
		return false // "an interview with Comey", "told Trump", "Comey reported"
	}
	return prev == "with" && prev2 == "interview" || prev == "told" || prev == "to" && speakingTo[prev2] || next == "reported" || next == "reports"
}

// speakingTo are the forms of speaking to a medium as a source does:
// "speaking to the Journal on condition of anonymity", "told" said
// otherwise.
var speakingTo = map[string]bool{"speaking": true, "spoke": true, "talking": true, "talked": true}

// locatives open a phrase that says where something happened.
var locatives = map[string]bool{"in": true, "at": true, "near": true, "outside": true, "inside": true, "throughout": true, "across": true, "around": true}

// placeParts before "of" make the name after it a place: "the outskirts
// of Cairo", "a town southwest of Tehran".
var placeParts = map[string]bool{"outskirts": true, "suburb": true, "suburbs": true, "centre": true, "center": true, "streets": true, "heart": true,
	"north": true, "south": true, "east": true, "west": true, "northeast": true, "northwest": true, "southeast": true, "southwest": true}

// distanceUnits before "from" make the name after it a place: "200 miles
// from Tehran".
var distanceUnits = map[string]bool{"miles": true, "kilometers": true, "kilometres": true, "km": true}

// journeyWords shortly before "to" make the name after it a destination:
// "flew to Ankara", "dispatched Pence to Ankara", "a trip to Moscow" ("sent a letter to Moscow" writes to the
// government, and stays a naming).
var journeyWords = map[string]bool{"flew": true, "fly": true, "flying": true, "traveled": true, "travelled": true, "travel": true, "traveling": true, "travelling": true,
	"dispatched": true, "headed": true, "returned": true, "trip": true, "visit": true, "journey": true, "flight": true, "flights": true, "moved": true}

// journeyBefore reports whether a journeyWords word stands within three
// words before the "to" at token p ("dispatched Mike Pence to"), with no
// punctuation between and only a person between them: a name, a pronoun
// or "back". A thing sent ("dispatched a letter to", "flew aid to") or a
// degree ("moved closer to") makes the name after "to" an addressee or a
// side, not a destination.
func journeyBefore(toks []text.Token, p int) bool {
	for k := p - 1; k >= 0 && k >= p-3; k-- {
		if !toks[k].IsWord() {
			return false
		}
		if journeyWords[toks[k].Lower] {
			return true
		}
		if !text.Capitalised(toks[k].Form) && !journeyObjects[toks[k].Lower] {
			return false
		}
	}
	return false
}

// journeyObjects may stand between a journey verb and "to" besides a
// name: "flew him to", "headed back to".
var journeyObjects = map[string]bool{"him": true, "her": true, "them": true, "us": true, "me": true, "back": true, "home": true}

// possessiveName reports whether the run of capitalised words from token
// first ends in a possessive ("Tehran's demands", "Abu Dhabi's"): the
// name owns what follows, so it is no place a preposition points to.
func possessiveName(toks []text.Token, first int) bool {
	k := first
	for k+1 < len(toks) && toks[k+1].Kind == text.Word && text.Capitalised(toks[k+1].Form) && toks[k+1].Start == toks[k].End+1 {
		k++
	}
	if k < len(toks) && text.PossessiveLen(toks[k].Form) > 0 {
		return true
	}
	return k+1 < len(toks) && toks[k+1].Start == toks[k].End && text.PossessiveLen(toks[k+1].Form) == len(toks[k+1].Form)
}

// settingUse reports whether the name at token first says where: after
// "in", "at", "near" and the like, or in a list that one opens ("in
// London, Glasgow, Birmingham"), or after a setting and a comma ("near
// Aberdeen, Scotland").
func settingUse(toks []text.Token, first int) bool { return settingLocative(toks, first) >= 0 }

// settingLocative returns the token of the word that makes the name at
// token first a setting ("in", "at"), or -1 when it is none.
func settingLocative(toks []text.Token, first int) int {
	p := first - 1
	for steps := 0; p >= 0 && steps < 8; steps++ {
		w := word(toks, p)
		switch {
		case locatives[w]:
			return p
		case w == "of" && placeParts[word(toks, p-1)], w == "from" && distanceUnits[word(toks, p-1)], w == "to" && journeyBefore(toks, p):
			if possessiveName(toks, first) {
				return -1 // "the heart of Tehran's demands", "returned to Tehran's position"
			}
			return p // "the outskirts of Cairo", "200 miles from Tehran", "flew to Ankara"
		case w == "the":
			p--
		case toks[p].Form == "," || w == "and":
			p-- // a list: look at what opened it
			for p >= 0 && toks[p].IsWord() && text.Capitalised(toks[p].Form) {
				p--
			}
		default:
			return -1
		}
	}
	return -1
}

// visitVerbs are the forms of the verbs whose object is a place one goes
// to and sees: "visit Buckingham Palace", "toured Chequers".
var visitVerbs = map[string]bool{"visit": true, "visits": true, "visited": true, "visiting": true,
	"tour": true, "tours": true, "toured": true, "touring": true}

// visitedUse reports whether the name at token first (after an optional
// "the") is the object of a visit verb: a destination, so a setting. The
// verb must be one ("to visit", "will visit"): after a determiner or a
// possessive "visit" is a noun and the name after it may open a clause
// ("the visit Acme organised"). Persons are left out by the caller: one
// visits them to meet them.
func visitedUse(toks []text.Token, first, last int) bool {
	p := first - 1
	if word(toks, p) == "the" {
		p--
	}
	v := word(toks, p)
	if !visitVerbs[v] {
		return false
	}
	if v == "visit" || v == "visits" || v == "tour" || v == "tours" {
		// a noun after an article, an owner or a modifier ("a two-day
		// visit", "the state visit", "our visit", "the U.S.' visit")
		for k := p - 1; k >= 0 && k >= p-4; k-- {
			w := word(toks, k)
			if determiners[w] || ownerDeterminers[w] || text.PossessiveLen(toks[k].Form) > 0 || toks[k].Form == "'" || toks[k].Form == "’" {
				return false
			}
			if w == "" && toks[k].Form != "-" || stopwords[w] && w != "a" && w != "an" {
				break
			}
		}
	}
	// The name must end the noun phrase: "visiting Acme officials",
	// "toured the Acme plant", "visited NBC's Today" visit something else.
	if possessiveName(toks, first) {
		return false
	}
	return last+1 >= len(toks) || outsideNounPhrase(toks[last+1])
}

// seatStreetUse reports whether the seat of government named at token
// first stands after "on" as a place, as a hill or a street is walked on
// ("lawmakers on Capitol Hill", "the incident on Downing Street"), not
// after a word whose object "on" brings ("pressure on Capitol Hill",
// "an attack on Downing Street"), where the seat names the body.
func seatStreetUse(toks []text.Token, first int) bool {
	p := first - 1
	if word(toks, p) == "the" {
		p--
	}
	if word(toks, p) != "on" {
		return false
	}
	w := word(toks, p-1)
	return !onTargets[w] && !onTargets[singularNoun(w)]
}

// onTargets are words whose object "on" introduces: what they press,
// strike or fall on is their target, not where they are.
var onTargets = map[string]bool{
	"pressure": true, "attack": true, "assault": true, "focus": true, "focused": true, "focusing": true,
	"spotlight": true, "impact": true, "effect": true, "influence": true, "sanction": true, "war": true,
	"crackdown": true, "blame": true, "blamed": true, "call": true, "called": true, "calling": true, "depend": true, "depends": true, "depended": true, "rely": true, "relies": true, "relied": true, "weigh": true,
	"weighs": true, "weighed": true, "pressed": true, "press": true, "turned": true, "turn": true, "lean": true,
	"leaned": true, "count": true, "counts": true, "counting": true, "counted": true, "down": true, "demand": true, "demands": true,
	"hold": true, "grip": true, "slap": true, "siege": true, "raid": true, "strike": true, "strikes": true,
}

// workplaceUse reports whether the locative at token at is "at" after a
// job or a worker ("worked at Goldman Sachs", "a former partner at", "an
// economist at"): what follows is an employer, not a place.
func workplaceUse(toks []text.Token, at int) bool {
	if word(toks, at) != "at" {
		return false
	}
	w := word(toks, at-1)
	return workWords[w] || workWords[singularNoun(w)]
}

// workWords name a job or its holders, whose "at" is the employer;
// titles and roles in general do not ("the president at Camp David",
// "soldiers at Beit Hanoun": where they are, not who employs them).
var workWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`work works worked working job employee worker staff staffer partner intern executive
		career stint tenure employed economist analyst researcher professor scientist fellow lecturer banker trader engineer
		strategist consultant associate director manager editor reporter correspondent developer programmer`) {
		m[w] = true
	}
	return m
}()

// timeZoneUse reports whether the name at tokens first..last is the time
// zone of a clock time: one short word in capitals after "6:55 p.m.",
// "10am" or "noon" ("ET", "GMT", "EST"), which live blogs stamp on every
// update.
func timeZoneUse(toks []text.Token, first, last int) bool {
	if first != last || first == 0 || len(toks[first].Form) > 4 || strings.ToUpper(toks[first].Form) != toks[first].Form {
		return false
	}
	p := strings.ToLower(toks[first-1].Form)
	switch p {
	case "noon", "midnight":
		return true
	case "a.m.", "p.m.", "a.m", "p.m", "am", "pm":
		return first >= 2 && toks[first-2].Form[0] >= '0' && toks[first-2].Form[0] <= '9'
	}
	digits := strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(p, "am"), "pm"), "0123456789")
	return digits == "" && len(p) > 2 && (strings.HasSuffix(p, "am") || strings.HasSuffix(p, "pm"))
}

// headingUse reports whether the name at tokens first..last labels a
// section: alone at a sentence's start (a "The" aside) and followed by a
// colon ("The Bubble: ...").
func headingUse(toks []text.Token, first, last int) bool {
	start := first
	if word(toks, start-1) == "the" {
		start--
	}
	return sentenceInitial(toks, start) && last+1 < len(toks) && toks[last+1].Form == ":"
}

// modifierUse reports whether a one-word name at tokens first..last
// modifies a noun instead of naming an actor: joined to a prefix ("anti-
// Muslim"), or between an indefinite article, an adverb or "most" and a
// lower-case word ("a Facebook event", "largely Muslim countries", "Most
// Asian markets"), or an adjective in -ic ("Islamic militants"); and
// whether a name of any length stands before a noun of land ("the Great
// Lakes region"), which it places.
func modifierUse(toks []text.Token, first, last int, r rawMention) bool {
	if next := word(toks, last+1); next != "" && lowerWord(toks, last+1) && placeNouns[singularNoun(next)] {
		return true // "the Great Lakes region", "the Tigris valley": the name places a place
	}
	if first != last || r.kind == "person" {
		return false
	}
	if lower := toks[first].Lower; nonPersonHeads[lower] == "group" && !strings.HasSuffix(lower, "s") && last+1 < len(toks) && lowerWord(toks, last+1) {
		return true // "Hispanic voters", "the Sunni minority": a group's adjective, not the group
	}
	if lower := toks[first].Lower; len(lower) > 4 && strings.HasSuffix(lower, "ic") {
		// "Islamic militants", "Islamic and humanitarian principles": an
		// adjective before a plural noun; "Vucic says", "met Vucic on
		// Monday" stay names.
		k := last + 1
		if w := word(toks, k); w == "and" || w == "or" {
			k += 2 // the other adjective
		}
		w := word(toks, k)
		return k < len(toks) && toks[k].Kind == text.Word && !text.Capitalised(toks[k].Form) && !stopwords[w] &&
			strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && w != "says"
	}
	if first >= 2 && text.Joined(toks[first-2], toks[first-1], toks[first]) && !text.Capitalised(toks[first-2].Form) {
		return true
	}
	if last+2 < len(toks) && text.Joined(toks[last], toks[last+1], toks[last+2]) &&
		(nameModifiers[toks[last+2].Lower] || strings.HasSuffix(toks[last+2].Lower, "ed")) {
		return true // "an Obama-era program", "a Trump-backed candidate": a modifier made of the name
	}
	if regionAdjectives[toks[first].Lower] && last+1 < len(toks) && lowerWord(toks, last+1) {
		return true // "Western allegations", "Northern towns": a region's adjective before its noun
	}
	next := word(toks, last+1)
	if next == "" || toks[last+1].Kind != text.Word || text.Capitalised(toks[last+1].Form) || stopwords[next] || postModifiers[next] || strings.HasSuffix(next, "ed") {
		return false // "Congress passed", "Brexit, Syria", "Davos in January"
	}
	prev := word(toks, first-1)
	// Not after "the": "The Administration spoke" is a subject and its verb;
	// after an owner's possessive, "Cohen's Congressional testimony".
	return prev == "a" || prev == "an" || strings.HasSuffix(prev, "ly") || prev == "most" || prev == "alleged" ||
		first > 0 && text.PossessiveLen(toks[first-1].Form) > 0
}

// placeNouns name a stretch of land: after a name ("the Great Lakes
// region", "the Eastern Ghouta area") they make a place, no actor.
var placeNouns = map[string]bool{"region": true, "area": true, "basin": true, "valley": true, "coast": true, "coastline": true,
	"peninsula": true, "corridor": true, "countryside": true}

// settlementNouns name one place to live or stay in, or a coast: after a
// demonym ("a Scottish golf resort", "the Syrian town of Douma", "the
// Libyan coast") they make a place in the country, no part of its state.
// A plural ("Israeli cities" under fire) and a region ("the Kurdish
// region", a self-ruled body) stay parts.
var settlementNouns = map[string]bool{"city": true, "town": true, "village": true, "coast": true, "coastline": true,
	"resort": true, "hotel": true, "estate": true}

// regionAdjectives are the adjectives of compass regions that no
// gazetteer entry holds; before a noun they describe it and name no actor.
// A continent's ("European officials") may stand for a union of states,
// and stays.
var regionAdjectives = map[string]bool{"western": true, "eastern": true, "northern": true, "southern": true, "mideast": true}

// workNouns are the kinds of work whose title an appositive may give
// unquoted: "a book, Higher Ground: Faith, Doubt, and Duty, in which".
var workNouns = map[string]bool{"book": true, "memoir": true, "novel": true, "biography": true, "autobiography": true, "film": true,
	"movie": true, "documentary": true, "album": true, "song": true, "podcast": true, "essay": true, "poem": true}

// namedWorkUse reports whether the name opening at token first stands in
// the unquoted title of a work, given in an appositive after the work's
// noun: the capitalised words, small title words, colons and commas
// between "book," and the name ("a book, Higher Ground: Faith, Doubt, and
// Duty": "Doubt"). A title's words, read back to the noun, end at any
// other word or mark.
func namedWorkUse(toks []text.Token, first int) bool {
	titleToken := func(t text.Token) bool {
		return t.Form == "," || t.Form == ":" || t.IsWord() && (text.Capitalised(t.Form) || smallTitleWords[t.Lower])
	}
	for j := first - 1; j >= 1 && j >= first-16; j-- {
		t := toks[j]
		if t.Form == "," && toks[j-1].IsWord() && workNouns[toks[j-1].Lower] && ownWork(toks, j-1) {
			// The appositive opens with a capital and closes: a comma
			// before a word in lower case, or the sentence's end ("After
			// the film, Jane Alvarez spoke" opens a clause, as does a
			// phrase opening the sentence).
			if j+1 >= len(toks) || !toks[j+1].IsWord() || !text.Capitalised(toks[j+1].Form) || closesOpening(toks, j-1) {
				return false
			}
			for k := first; k < len(toks) && k < first+16; k++ {
				switch {
				case toks[k].Form == "," && k+1 < len(toks) && personAppositive(toks[k+1]):
					return false // "a documentary, Ann Lee, its chief executive, said": a person
				case toks[k].Form == "." || toks[k].Form == "," && k+1 < len(toks) && lowerWord(toks, k+1):
					return true
				case !titleToken(toks[k]):
					return false
				}
			}
			return false
		}
		if !titleToken(t) {
			return false
		}
	}
	return false
}

// personAppositive reports whether the word after a name's comma opens
// what is said of a person ("Ann Lee, its chief executive,", "Ann Lee,
// 45,", "Ann Lee, said"), not the rest of a sentence about a work.
func personAppositive(t text.Token) bool {
	switch t.Lower {
	case "its", "his", "her", "their", "our", "said", "says", "told", "who":
		return true
	}
	return t.Kind == text.Number
}

// ownWork reports whether the work's noun at token n is someone's or a
// new one, "his book," "a new memoir," — the phrases a title follows —
// and not a work already known, "the director of the film, Ann Lee,",
// where a person's name follows in apposition to the phrase before.
func ownWork(toks []text.Token, n int) bool {
	for k := n - 1; k >= 0 && k >= n-3; k-- {
		if !toks[k].IsWord() {
			return false
		}
		switch w := toks[k].Lower; {
		case w == "a" || w == "an" || w == "his" || w == "her" || w == "their" || w == "its" || w == "my" || w == "our" || w == "your":
			return k == 0 || toks[k-1].Lower != "of"
		case w == "the" || w == "of" || w == "this" || w == "that":
			return false
		}
	}
	return false
}

// smallTitleWords stay lower case in a title written in title case.
var smallTitleWords = map[string]bool{"a": true, "an": true, "the": true, "and": true, "or": true, "of": true, "to": true, "for": true, "in": true, "on": true, "at": true, "with": true}

// titleWords holds, for each title of a work the story quotes, its
// capitalised words.
type workTitles []map[string]bool

// holds reports whether every word of a name is a word of one title.
func (ts workTitles) holds(name string) bool {
	words := strings.Fields(strings.ToLower(name))
	for _, t := range ts {
		if len(words) > 0 && !slices.ContainsFunc(words, func(w string) bool { return !t[w] }) {
			return true
		}
	}
	return false
}

// titleNames returns the titles of works the story quotes: quotations of
// three or more words written in title case ("A Higher Loyalty", "Take
// Your Daughters and Sons to Work Day"); the names inside them are no
// actors.
func titleNames(toksOf [][]text.Token) workTitles {
	var out workTitles
	for _, toks := range toksOf {
		for i := 0; i < len(toks); i++ {
			if toks[i].Kind != text.Quote || toks[i].Form == "”" {
				continue // a closing mark opens no title: "...emails.” According to BuzzFeed, “Cohen ..."
			}
			j, caps := i+1, 0
			for ; j < len(toks) && toks[j].IsWord(); j++ {
				if text.Capitalised(toks[j].Form) {
					caps++
				} else if !smallTitleWords[toks[j].Lower] {
					break
				}
			}
			words := toks[i+1 : j]
			if j < len(toks) && (toks[j].Form == "." || toks[j].Form == ",") {
				j++ // a full stop or comma inside the closing mark: "A Higher Loyalty."
			}
			if caps < 2 || len(words) < 3 || j >= len(toks) || toks[j].Kind != text.Quote || toks[j].Form == "“" {
				continue
			}
			t := map[string]bool{}
			for _, w := range words {
				t[w.Lower] = true
			}
			out = append(out, t)
			i = j
		}
	}
	return out
}

// listedOnly returns the keys of the actors every mention of which is one
// item of a list of three or more names ("agreements with Argentina,
// Australia and Brazil", "exemptions to Canada, Mexico, the EU and
// others"): the story names them as members of a set it talks about, not
// as actors of their own. A name the story also uses outside such a list
// ("Canada said ...") is an actor, and so is every description bound to
// one. keyOf gives the story-wide key of a raw mention.
func listedOnly(raws []rawMention, texts []string, keyOf func(rawMention) string) map[string]bool {
	// Indexes into raws, not copies: a long article has many mentions.
	byArticle := make([][]int, len(texts))
	for k := range raws {
		if r := &raws[k]; r.kind != "thing" && !r.set {
			byArticle[r.Article] = append(byArticle[r.Article], k) // "those countries" names the listed as a set again
		}
	}
	inList := map[string]bool{}
	outside := map[string]bool{}
	for ai, idx := range byArticle {
		slices.SortFunc(idx, func(i, j int) int {
			a, b := &raws[i], &raws[j]
			return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(b.End, a.End))
		})
		ms := func(k int) *rawMention { return &raws[idx[k]] }
		// runs[k] is the first mention of the list mention k belongs to.
		for from := 0; from < len(idx); {
			to := from + 1
			for to < len(idx) && listSeparator(texts[ai], ms(to-1).End, ms(to).Start) {
				to++
			}
			first := from // the list's first item
			if to-from >= 3 && appositiveHead(texts[ai], ms(from), ms(from+1)) {
				outside[keyOf(*ms(from))] = true
				first++
			}
			for k := first; k < to; k++ {
				key := keyOf(*ms(k))
				if to-first >= 3 && !ms(k).bound {
					inList[key] = true
				} else {
					outside[key] = true
				}
			}
			from = to
		}
	}
	out := map[string]bool{}
	for key := range inList {
		if !outside[key] {
			out[key] = true
		}
	}
	return out
}

// appositiveHead reports whether mention m, a part of a country or a
// party ("Two Republican senators", "Russian diplomats"), is followed by
// a comma and a person's name: the people it names come after it in
// apposition ("Two Republican senators, John Roe and Jane Doe,"), and it
// is their head, no item of their list.
func appositiveHead(txt string, m, next *rawMention) bool {
	return m.Part && m.kind != "person" && next.kind == "person" && m.End < next.Start && next.Start <= len(txt) &&
		strings.TrimSpace(txt[m.End:next.Start]) == ","
}

// listSeparator reports whether the text between two mentions only
// separates the items of a list: a comma, "and" or "or", or a comma and
// either ("Canada, Mexico and the EU"; a leading "the" is part of the
// next mention).
func listSeparator(txt string, end, start int) bool {
	if end >= start || start > len(txt) {
		return false
	}
	// At most two words, read in place: the gap may be long.
	var words [2]string
	n := 0
	for w := range strings.FieldsSeq(txt[end:start]) {
		if n == len(words) {
			return false
		}
		words[n] = w
		n++
	}
	switch n {
	case 1:
		return words[0] == "," || words[0] == "and" || words[0] == "or"
	case 2:
		return words[0] == "," && (words[1] == "and" || words[1] == "or")
	}
	return false
}

// passingPlaces returns the keys of the countries and regions the story
// names only in passing: fewer than a third of its outlets name them, at
// most three times in all and never in a headline ("former dictators like
// Nicolae Ceausescu of Romania", "met in Davos, Switzerland"). They are
// background to the story, an aside or a comparison, not one of the
// parties its outlets cover; a story of three outlets or fewer has none.
// One that two outlets name stays an actor when an outlet gives it one
// label twice, which may be a naming difference. outletOf gives the outlet
// of an article.
func passingPlaces(raws []rawMention, keyOf func(rawMention) string, outletOf func(int) string, outlets int) map[string]bool {
	type use struct {
		mentions int
		labels   map[[2]string]int // (outlet, label) -> uses
		outlets  map[string]bool
		headline bool
	}
	uses := map[string]*use{}
	for _, r := range raws {
		if r.kind != "country" && r.kind != "place" {
			continue
		}
		k := keyOf(r)
		u := uses[k]
		if u == nil {
			u = &use{labels: map[[2]string]int{}, outlets: map[string]bool{}}
			uses[k] = u
		}
		o := outletOf(r.Article)
		u.mentions++
		u.labels[[2]string{o, r.Label}]++
		u.outlets[o] = true
		u.headline = u.headline || r.Headline
	}
	out := map[string]bool{}
	for k, u := range uses {
		if 3*len(u.outlets) >= outlets || u.mentions > maxPassingMentions || u.headline {
			continue
		}
		if len(u.outlets) > 1 && slices.ContainsFunc(slices.Collect(maps.Values(u.labels)), func(n int) bool { return n > 1 }) {
			continue
		}
		if slices.ContainsFunc(slices.Collect(maps.Keys(u.labels)), func(ol [2]string) bool { return ol[1] != nameLabel }) {
			continue // "the regime in Tehran": a place an outlet labels is framed, not passed
		}
		out[k] = true
	}
	return out
}

// maxPassingMentions is the most a story names a country in passing.
const maxPassingMentions = 3

// timeOnly returns the keys of the things the story names only to date
// something else: every mention follows "after", "before", "since",
// "until", "following", "ahead of" or "prior to" ("shortly after the
// inauguration", "hours before the midnight deadline"). Such a thing is a
// point in time, not an actor; one the story also names otherwise ("the
// strike killed ...", and then "after the strike") stays, with every
// mention. keyOf gives the story-wide key of a raw mention.
func timeOnly(raws []rawMention, toksOf [][]text.Token, keyOf func(rawMention) string) map[string]bool {
	anchored := map[string]bool{}
	other := map[string]bool{}
	for _, r := range raws {
		if r.kind != "thing" {
			continue
		}
		k := keyOf(r)
		toks := toksOf[r.Article]
		first, ok := slices.BinarySearchFunc(toks, r.Start, func(t text.Token, at int) int { return cmp.Compare(t.Start, at) })
		if ok && timeAnchor(toks, first) {
			anchored[k] = true
		} else {
			other[k] = true
		}
	}
	out := map[string]bool{}
	for k := range anchored {
		if !other[k] {
			out[k] = true
		}
	}
	return out
}

// timeAnchors are the prepositions that date an event by another.
var timeAnchors = map[string]bool{"after": true, "before": true, "since": true, "until": true, "following": true}

// timeAnchor reports whether the phrase at token first follows a
// preposition that dates by it.
func timeAnchor(toks []text.Token, first int) bool {
	w := word(toks, first-1)
	if timeAnchors[w] {
		return true
	}
	two := word(toks, first-2) + " " + w
	return two == "ahead of" || two == "prior to"
}

// datelineEnd returns the token after a dateline opening at token i, or i
// when none does. A dateline is a place, the story's filing place, in
// capitals or followed by the agency in brackets, then a dash: "CAIRO
// (AP) —", "DAMASCUS, Syria (AP) —", "Cairo (CNN) --", "WASHINGTON —",
// "WASHINGTON, Dec. 8 (UPI) —". A name in mixed case before a dash with
// no agency ("Trump — who ...") is no dateline, nor is an actor the
// gazetteer knows ("NATO —", "EU —", "Hezbollah (Lebanon) —"), nor a name
// in mixed case before a bracket that holds no news agency unless the name
// is a place ("Angela Merkel (CDU) —"), nor a name in capitals a dash
// aside in lower case follows ("IRAN — the country at the centre of the
// crisis — denied").
func datelineEnd(g *gazetteer.Gazetteer, toks []text.Token, i int) int {
	k, shouted := i, true
	if i >= len(toks) || len(toks[i].Form) < 2 || stopwords[toks[i].Lower] {
		return i // "A GOP-led inquiry", "The EU —": no place
	}
	for k < len(toks) && k < i+4 && toks[k].Kind == text.Word && text.Capitalised(toks[k].Form) {
		shouted = shouted && strings.ToUpper(toks[k].Form) == toks[k].Form
		k++
	}
	if k == i || k >= len(toks) {
		return i
	}
	place := false
	if e, n, ok := g.MatchTokens(toks, i); ok && n == k-i {
		if !datelinePlaceKinds[e.Kind] {
			return i // "NATO —", "Islamic State (ISIS) —": an actor opens the sentence
		}
		place = true
	}
	qualified := false // a country or date after the place marks a dateline
	if toks[k].Form == "," {
		// the country or state after the city, or the date
		qualified = true
		j := k + 1
		for j < len(toks) && j < k+6 && (toks[j].IsWord() && (text.Capitalised(toks[j].Form) || toks[j].Kind == text.Number) || toks[j].Form == "." || toks[j].Form == ",") {
			j++
		}
		if j == k+1 {
			return i
		}
		k = j
	}
	agency := false
	if k < len(toks) && toks[k].Form == "(" {
		j := k + 1
		for j < len(toks) && j < k+6 && toks[j].Form != ")" {
			if !toks[j].IsWord() || !text.Capitalised(toks[j].Form) {
				return i
			}
			j++
		}
		if j >= len(toks) || toks[j].Form != ")" || j == k+1 {
			return i
		}
		if !place && !shouted && !(j == k+2 && newsAgencies[toks[k+1].Lower]) {
			return i // "Angela Merkel (CDU) —": a party, not an agency, in the brackets
		}
		k, agency = j+1, true
	}
	dashes := k
	if k < len(toks) && k > 0 && toks[k].Start == toks[k-1].End && toks[k].Form == "-" {
		return i // a hyphen joins a word ("GOP-led"): no dash after a place
	}
	for k < len(toks) && k < dashes+2 && toks[k].Kind == text.Punct && strings.ContainsAny(toks[k].Form, "-—–") {
		k++
	}
	if k == dashes || !agency && !shouted {
		return i
	}
	if agency || qualified || k >= len(toks) || toks[k].Kind != text.Word || text.Capitalised(toks[k].Form) {
		// The agency, the country or date after the place, or a body that
		// opens a new sentence in capitals mark a dateline; a later dash
		// sits inside the story's lead ("CAIRO (AP) — The strike — the
		// third this week — killed 12").
		return k
	}
	for j := k; j < len(toks); j++ {
		if toks[j].Kind != text.Punct {
			continue
		}
		if strings.ContainsAny(toks[j].Form, ".!?") {
			break
		}
		if strings.ContainsAny(toks[j].Form, "—–") || toks[j].Form == "--" || toks[j].Form == "-" && j > 0 && toks[j].Start > toks[j-1].End {
			return i // a second dash closes an aside about the name: "IRAN — the country ... — denied"
		}
	}
	return k
}

// datelinePlaceKinds are the gazetteer kinds a dateline's place may be.
var datelinePlaceKinds = map[gazetteer.Kind]bool{gazetteer.Country: true, gazetteer.Capital: true, gazetteer.Place: true, gazetteer.Subdivision: true}

// newsAgencies are the wire services and broadcasters whose names stand in
// brackets in a dateline ("CAIRO (AP) —", "Lima (CNN) --"): a closed
// class of the trade, read only after a name in mixed case that the
// gazetteer does not know as a place.
var newsAgencies = map[string]bool{"ap": true, "reuters": true, "afp": true, "upi": true, "cnn": true, "xinhua": true, "dpa": true,
	"bloomberg": true, "ansa": true, "efe": true, "tass": true, "irna": true, "bbc": true, "nbc": true, "cbs": true, "abc": true,
	"anadolu": true, "yonhap": true, "kyodo": true, "pti": true, "jta": true, "rns": true, "wafa": true, "interfax": true, "sputnik": true, "cnbc": true}
