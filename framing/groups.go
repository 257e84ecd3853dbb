package framing

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/gazetteer"
	"github.com/framediff/framediff/lexicon"
	"github.com/framediff/framediff/text"
)

// A quotation's actor group is found from the names in its speaker phrase
// alone (mapQuotes): a bare surname of a rule file ("Lieberman") or the
// body a speaker is accredited to ("U.N. Ambassador") names the group. The
// story knows more once its speakers are joined (resolveActors): the
// speaker's affiliation and full name. settleGroups weighs the group
// against them, so that the rule file's guess does not outvote what the
// text says.

// groupSides says which side each actor group of the rule files speaks
// for: the affiliations the gazetteer gives the group's names ("Israel"
// for "Israeli", "United States" for "Washington").
type groupSides struct {
	// of maps a group id to the affiliations of its names.
	of map[string]map[string]bool
	// owner maps an affiliation to the one group whose side it is, ""
	// when two groups share it.
	owner  map[string]string
	labels map[string]string
	// fullNames maps a group id to its names of two words or more, in
	// lower case, by their last word: the given names a bare surname of
	// the group stands for ("lieberman" -> "avigdor lieberman").
	fullNames map[string]map[string][]string
}

// newGroupSides reads the groups' names with the gazetteer.
func newGroupSides(g *gazetteer.Gazetteer, groups []*lexicon.ActorGroup) *groupSides {
	s := &groupSides{of: map[string]map[string]bool{}, owner: map[string]string{}, labels: map[string]string{}, fullNames: map[string]map[string][]string{}}
	shared := map[string]bool{}
	for _, gr := range groups {
		s.labels[gr.ID] = gr.Label
		for _, name := range gr.Names {
			name = strings.TrimLeft(name, "=") // "==US": a case-sensitive name
			if words := strings.Fields(name); len(words) >= 2 {
				if s.fullNames[gr.ID] == nil {
					s.fullNames[gr.ID] = map[string][]string{}
				}
				last := strings.ToLower(words[len(words)-1])
				s.fullNames[gr.ID][last] = append(s.fullNames[gr.ID][last], strings.ToLower(name))
			}
			e, ok := g.Lookup(name)
			if !ok || e.Ambiguous || e.Affiliation == "" {
				continue
			}
			if s.of[gr.ID] == nil {
				s.of[gr.ID] = map[string]bool{}
			}
			s.of[gr.ID][e.Affiliation] = true
			if o, ok := s.owner[e.Affiliation]; ok && o != gr.ID {
				shared[e.Affiliation] = true
			}
			s.owner[e.Affiliation] = gr.ID
		}
	}
	for aff := range shared {
		s.owner[aff] = ""
	}
	return s
}

// groupSides returns the sides of the comparison's voice groups, read
// once per comparison: each group name is a gazetteer look-up.
func (c *Comparison) groupSides(set *lexicon.Set, g *gazetteer.Gazetteer) *groupSides {
	if c.sides == nil {
		c.sides = newGroupSides(g, set.Lexicon().ActorGroups())
	}
	return c.sides
}

// contradicts reports whether a speaker's affiliation is another side
// than the group's: another group's ("Palestine" for a speaker the words
// "U.N. Ambassador" put among the international organisations), or a
// country none of the group's names stands for.
func (s *groupSides) contradicts(g *gazetteer.Gazetteer, group, affiliation string) bool {
	if affiliation == "" || len(s.of[group]) == 0 || s.of[group][affiliation] {
		return false
	}
	if o := s.owner[affiliation]; o != "" && o != group {
		return true
	}
	e, ok := g.Lookup(affiliation)
	return ok && e.Kind == gazetteer.Country
}

// otherGivenName reports whether a person's full name shares only its
// surname with the group's names: the group lists "Avigdor Lieberman",
// and "Joe Lieberman" is someone else. A group that lists the surname
// alone ("Soleimani") means the person the story names most by it in
// full (storyGiven: "Qassem Soleimani"), and his daughter "Zeinab
// Soleimani" is someone else. A speaker phrase that names the group by
// other words too ("Israeli minister Avi Cohen") keeps it.
func (s *groupSides) otherGivenName(m *lexicon.Matcher, q *Quotation, storyGiven func(surname string) string) bool {
	words := strings.Fields(strings.ToLower(q.Actor))
	if q.surname == "" && !strings.Contains(q.Actor, " ") || len(words) < 2 {
		return false
	}
	last := words[len(words)-1]
	full := s.fullNames[q.Group][last]
	if len(full) == 0 && q.surname == last {
		// A person's name only: "Members of Congress" names no one.
		if given := storyGiven(last); given != "" {
			full = []string{given + " " + last}
		}
	}
	if len(full) == 0 {
		return false
	}
	for _, f := range full {
		if strings.Fields(f)[0] == words[0] {
			return false // "Benjamin Netanyahu", "Hillary Rodham Clinton"
		}
	}
	for _, mt := range m.Match(q.Speaker) {
		if mt.Category != lexicon.Actor || mt.Group == nil || mt.Group.ID != q.Group {
			continue
		}
		sw := strings.Fields(strings.ToLower(mt.Surface))
		if len(sw) == 0 || sw[len(sw)-1] != last && strings.TrimSuffix(strings.TrimSuffix(sw[len(sw)-1], "'s"), "’s") != last {
			return false // another name of the group in the phrase
		}
	}
	return true
}

// publicQuantifiers stand before a plural demonym that names a country's
// people: "many Israelis", "most Americans".
var publicQuantifiers = map[string]bool{
	"many": true, "most": true, "some": true, "few": true, "ordinary": true, "average": true,
	"young": true, "older": true, "all": true, "other": true, "fellow": true, "millions": true, "thousands": true, "of": true,
	"majority": true, "minority": true, "percent": true, "half": true, "number": true, "lot": true, "bulk": true,
	// a count or a share with its lead: "More than half of", "six in 10", "about a third of"
	"more": true, "less": true, "fewer": true, "than": true, "about": true, "nearly": true, "almost": true, "roughly": true,
	"around": true, "in": true, "out": true, "third": true, "thirds": true, "quarter": true, "quarters": true, "fifth": true,
	"plurality": true, "dozen": true, "dozens": true, "hundreds": true, "a": true, "one": true,
}

// publicSpeaker reports whether a speaker phrase is a country's people,
// not its government: a plural demonym with no article ("Israelis
// understand that ...", "many Americans believe ...", "a majority of
// Iraqis", "59 percent of Americans"). "The Israelis" is
// left alone: diplomatic prose says it for the government.
func publicSpeaker(g *gazetteer.Gazetteer, phrase string) bool {
	words := speakerWords(phrase)
	k := 0
	if len(words) > 1 && isArticle(words[0]) && publicQuantifiers[strings.ToLower(words[1])] {
		k = 1 // "a majority of Iraqis", "the bulk of Iranians"
	}
	for k < len(words) && (publicQuantifiers[strings.ToLower(words[k])] || isDigits(words[k]) || numberWords[strings.ToLower(words[k])] != "" || k < len(words)-1 && describesPeople(g, words, k)) {
		k++
	}
	if k != len(words)-1 {
		return false
	}
	w := words[k]
	if !strings.HasSuffix(w, "s") {
		return false
	}
	e, n, ok := g.Match(words, k)
	return ok && n == 1 && e.Kind == gazetteer.Demonym
}

// describesPeople reports whether word k of a speaker phrase is a plain
// description of the people a demonym names ("prominent Iranians",
// "hardline Israelis", "Prominent" opening a sentence, the origin in
// "Iranian Americans"): a demonym, or a word of letters that is no
// article, title or name (a capitalised word past the first, or another
// name the gazetteer knows).
func describesPeople(g *gazetteer.Gazetteer, words []string, k int) bool {
	if e, n, ok := g.Match(words, k); ok {
		return n == 1 && e.Kind == gazetteer.Demonym
	}
	w := words[k]
	if strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 || isArticle(w) || isTitle(strings.ToLower(w)) || titleWord(w) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return k == 0 || !unicode.IsUpper(r)
}

// settleGroups corrects each quotation's actor group and affiliation with
// what the story knows of its speaker: a country's people speak for no
// one; a speaker whose affiliation is another side than the group's
// speaks for that side ("former Sen. Joe Lieberman of Connecticut" is no
// Israeli official, "Palestinian U.N. Ambassador" no voice of the UN);
// and a full name that shares only the surname with the group's names is
// someone else.
func (c *Comparison) settleGroups(set *lexicon.Set, g *gazetteer.Gazetteer) {
	s := c.groupSides(set, g)
	candidates := &storyCandidates{c: c, known: map[string]bool{}}
	storyGiven := c.storyGivenNames(g)
	for _, an := range c.Articles {
		m := set.For(an.Article.Language)
		changed := false
		for i := range an.Quotations {
			q := &an.Quotations[i]
			group := q.Group
			owner := ownerGroup(m, q.Actor)
			switch {
			case q.Speaker != "" && publicSpeaker(g, q.Speaker):
				group = ""
				q.Affiliation, q.AffiliationVia = "", ""
				q.Actor = q.Speaker
			case q.placeOnly:
				group = "" // "speaking from Jeddah, [Saudi Arabia]": where someone is, not who speaks
			case group == "" && owner != nil:
				// "the administration" of "the Obama administration": the
				// group its owner's name is listed in. A side the story
				// gives the body that is another group's is the wrong
				// country's, not the owner's.
				group = owner.ID
				if s.contradicts(g, group, q.Affiliation) {
					q.Affiliation, q.AffiliationVia = "", ""
				}
			case group == "":
				continue
			case q.Speaker != "" && splitFromSide(speakerWords(q.Speaker)):
				group = "" // "a Hamas splinter group" is no voice of Hamas
			case q.civil:
				group = "" // "an Egyptian rights group" is no Egyptian official
			case q.Speaker != "" && ownNamedGroup(g, speakerWords(q.Speaker)):
				group = "" // "the Syrian Electronic Army" is no Syrian official
			case q.Speaker != "" && relatedSpeaker(speakerWords(q.Speaker)):
				group = "" // "the daughter of Iran's Gen. Roe" is no Iranian official
			case q.Actor != "" && candidates.is(q.Actor, q.Speaker):
				// "GOP front-runner Donald Trump" is a candidate for an
				// office, no official of it, whatever a rule file lists
				// his name under: the side the story gives him, if any.
				group = s.owner[q.Affiliation]
			case q.Speaker != "" && formerOffice(speakerWords(q.Speaker)):
				// "Former U.S. diplomat Jane Roe" is no US official: the
				// side the story gives her now, if any.
				group = s.owner[q.Affiliation]
			case s.contradicts(g, group, q.Affiliation):
				group = s.owner[q.Affiliation]
			case s.otherGivenName(m, q, storyGiven):
				group = s.owner[q.Affiliation]
			}
			if group != q.Group {
				changed = true
				q.Group, q.Label = group, s.labels[group]
			}
		}
		if changed {
			an.syncQuoteGroups()
		}
	}
	c.shareGroupsByActor(g)
}

// storyGivenNames returns a look-up of the given name the story writes
// most often before a lower-case surname ("qassem" before "Soleimani"):
// the person a rule file's bare surname means. A tie, or no given name,
// gives "". Each surname asked for is counted over the story's texts
// once; most stories ask for none.
func (c *Comparison) storyGivenNames(g *gazetteer.Gazetteer) func(surname string) string {
	known := map[string]string{}
	return func(surname string) string {
		if given, ok := known[surname]; ok {
			return given
		}
		count := map[string]int{}
		var toks []text.Token
		for _, an := range c.Articles {
			var prev text.Token
			for t := range sentenceTokens(an.Article, &toks) {
				if t.IsWord() && prev.IsWord() && strings.EqualFold(t.Form, surname) && text.Capitalised(prev.Form) && t.Start == prev.End+1 {
					lw := strings.ToLower(prev.Form)
					if _, known := g.Lookup(prev.Form); !known && !isTitle(lw) && !titleWord(lw) {
						count[lw]++ // "Qassem Soleimani", not "Iranian Soleimani" or "Gen. Soleimani"
					}
				}
				prev = t
			}
		}
		given, best, tie := "", 0, false
		for w, n := range count {
			switch {
			case n > best:
				given, best, tie = w, n, false
			case n == best:
				tie = true
			}
		}
		if tie {
			given = ""
		}
		known[surname] = given
		return given
	}
}

// shareGroupsByActor gives a person's quotations with no group the one
// group the story's other quotations of that actor share: Townhall's
// "Obama said" is the voice of the US officials Politico's "President
// Barack Obama said" is, though Townhall never gives him his title; a
// later "Vale added" is the voice its "US Secretary of State Tom Vale"
// was. An actor with two groups or affiliations in the story, a speaker
// of another side, or a speaker phrase of a former office or of someone
// speaking for no one, keeps its own.
func (c *Comparison) shareGroupsByActor(g *gazetteer.Gazetteer) {
	type found struct {
		group, label, affiliation string
		several                   bool
	}
	byActor := map[string]*found{}
	for _, an := range c.Articles {
		for _, q := range an.Quotations {
			if q.Group == "" || q.Actor == "" {
				continue
			}
			f := byActor[q.Actor]
			switch {
			case f == nil:
				byActor[q.Actor] = &found{group: q.Group, label: q.Label, affiliation: q.Affiliation}
			case f.group != q.Group || f.affiliation != q.Affiliation:
				f.several = true
			}
		}
	}
	for _, an := range c.Articles {
		changed := false
		for i := range an.Quotations {
			q := &an.Quotations[i]
			f := byActor[q.Actor]
			if q.Group != "" || f == nil || f.several || q.Affiliation != "" && q.Affiliation != f.affiliation || q.placeOnly || q.civil ||
				q.Speaker != "" && (publicSpeaker(g, q.Speaker) || formerOffice(speakerWords(q.Speaker))) {
				continue
			}
			q.Group, q.Label = f.group, f.label
			changed = true
		}
		if changed {
			an.syncQuoteGroups()
		}
	}
}

// ownerGroup is the actor group of the owner of a body named by its
// owner and an owned kind ("Obama administration", "Assad regime"), as
// namedBody names it, when the rule files list the owner's name; nil
// otherwise.
func ownerGroup(m *lexicon.Matcher, actor string) *lexicon.ActorGroup {
	words := strings.Fields(actor)
	if len(words) < 2 || !ownedKinds[words[len(words)-1]] {
		return nil
	}
	owner := strings.Join(words[:len(words)-1], " ")
	for _, mt := range m.Match(owner) {
		if mt.Category == lexicon.Actor && mt.Group != nil && mt.Surface == owner {
			return mt.Group
		}
	}
	return nil
}

// syncQuoteGroups copies the quotations' settled groups to the quotes the
// highlights' voices are read from, matched by span and speaker.
func (an *Analysis) syncQuoteGroups() {
	type key struct {
		span    corpus.Span
		speaker string
	}
	by := make(map[key]*Quotation, len(an.Quotations))
	for i := range an.Quotations {
		q := &an.Quotations[i]
		by[key{corpus.Span{Start: q.Start, End: q.End}, q.Speaker}] = q
	}
	for i := range an.quotes {
		qi := &an.quotes[i]
		if q, ok := by[key{qi.Span, qi.Speaker}]; ok {
			qi.Group, qi.Label = q.Group, q.Label
		}
	}
}

// isDigits reports whether w is written in digits only: "59" in "59
// percent of Americans".
func isDigits(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != ""
}

// storyCandidates tells which speakers a story calls candidates for an
// office ("GOP front-runner Donald Trump", "Democratic presidential
// candidate Hillary Clinton"), read once per actor.
type storyCandidates struct {
	c     *Comparison
	known map[string]bool
}

// candidateNouns name someone running for an office.
var candidateNouns = []string{"candidate", "front-runner", "frontrunner", "nominee", "hopeful", "contender"}

// maxCandidateLead bounds the words read before a name for a candidate
// noun: "Republican presidential front-runner" and a title.
const maxCandidateLead = 48

// is reports whether the story calls the actor a candidate: the speaker
// phrase does ("GOP front-runner Donald Trump said"), or any article puts
// a candidate noun, not after "former", right before the actor's full
// name.
func (sc *storyCandidates) is(actor, speaker string) bool {
	if k := strings.LastIndex(speaker, actor); k > 0 && hasCandidateNoun(speaker[:k]) || actor != speaker && hasCandidateNoun(speaker+" ") {
		return true
	}
	if v, ok := sc.known[actor]; ok {
		return v
	}
	found := false
	if strings.Contains(actor, " ") {
		surname := actor[strings.LastIndexByte(actor, ' ')+1:]
		for _, an := range sc.c.Articles {
			txt := an.Article.Text
			for at := 0; !found; {
				k := strings.Index(txt[at:], actor)
				if k < 0 {
					break
				}
				k += at
				found = hasCandidateNoun(txt[max(0, k-maxCandidateLead):k])
				at = k + len(actor)
			}
			// "Mr. Trump, the presumptive Republican nominee, said": the
			// noun in an appositive after the name or its surname.
			for at := 0; !found; {
				k := strings.Index(txt[at:], surname)
				if k < 0 {
					break
				}
				k += at
				at = k + len(surname)
				if k > 0 && isWordByte(txt[k-1]) {
					continue
				}
				if full := k - (len(actor) - len(surname)); !(full >= 0 && txt[full:at] == actor) && givenNameBefore(txt[:k]) {
					continue // "Sen. Bob Kerry, a presidential hopeful," is not John Kerry
				}
				if m := candidateAppositive.FindString(txt[at:min(len(txt), at+80)]); m != "" && !strings.Contains(strings.ToLower(m), "former") {
					found = true
				}
			}
			if found {
				break
			}
		}
	}
	sc.known[actor] = found
	return found
}

// candidateAppositive matches an appositive right after a name that calls
// the person a candidate: ", the presumptive Republican nominee,", ", a
// Democratic presidential hopeful.". "former" in it makes it a past run.
var candidateAppositive = regexp.MustCompile(`^, (?:the|a|an) (?:[A-Za-z-]+ ){0,4}?(?:candidate|front-runner|frontrunner|nominee|hopeful|contender)[,.;]`)

// givenNameBefore reports whether the text before a surname ends with a
// capitalised word that may be another given name ("Michelle " before
// "Obama"): not an abbreviated title or honorific ("Sen. ", "Mr. ",
// "Miss "), a title word nor the start of a sentence or a line.
func givenNameBefore(before string) bool {
	b := strings.TrimRight(before, " ")
	if len(b) == len(before) {
		return false // no space: a line's start or a mark right before
	}
	w := b[strings.LastIndexAny(b, " \n\t\"“(")+1:]
	lw := strings.ToLower(w)
	return w != "" && text.Capitalised(w) && !strings.HasSuffix(w, ".") && !isTitle(lw) && !honorifics[lw] && !sentenceLeadWords[lw]
}

// sentenceLeadWords open a sentence before a name and are no given name:
// "But Clinton, the front-runner, ...".
var sentenceLeadWords = map[string]bool{"but": true, "and": true, "or": true, "so": true, "yet": true, "then": true, "also": true,
	"when": true, "while": true, "after": true, "before": true, "as": true, "if": true, "because": true, "though": true,
	"although": true, "still": true, "now": true, "meanwhile": true, "however": true, "said": true, "says": true}

// hasCandidateNoun reports whether a phrase ends with a candidate noun
// and at most a title or a given name after it ("GOP front-runner",
// "presidential candidate Sen."), the noun not held before ("former
// nominee"): the noun is the name's title, not a word of the sentence
// before ("remained hopeful. Barack Obama").
func hasCandidateNoun(lead string) bool {
	low := strings.ToLower(lead)
	for _, n := range candidateNouns {
		k := strings.LastIndex(low, n)
		if k < 0 || strings.Contains(low[max(0, k-10):k], "former") {
			continue
		}
		if titleRun.MatchString(lead[k+len(n):]) {
			return true
		}
	}
	return false
}

// titleRun is what may stand between a candidate noun and the name it
// titles: nothing, a comma, or up to three capitalised words ("Sen.",
// "Donald" before "Trump").
var titleRun = regexp.MustCompile(`^\s*,?\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$`)

// civilBodyHeads name a body by its kind; civilBodyKinds before one make
// it a non-governmental body: "a human rights group", "an aid
// organisation", "advocacy groups".
var civilBodyHeads = map[string]bool{"group": true, "groups": true, "organization": true, "organizations": true,
	"organisation": true, "organisations": true, "ngo": true, "ngos": true, "charity": true, "charities": true}

// civilBodyKinds say what a civil body works for (see civilBodyHeads).
var civilBodyKinds = map[string]bool{"rights": true, "advocacy": true, "nongovernmental": true, "non-governmental": true,
	"nonprofit": true, "non-profit": true, "humanitarian": true, "aid": true, "relief": true, "campaign": true, "campaigning": true}

// nationalMedia reports whether words name a country's media by their
// kind ("Israeli television", "the Iranian press", "Egyptian
// newspapers", "a Turkish news agency"): the phrase ends in a media noun
// and holds no word making the outlet the state's own ("state
// television", "the official news agency", "Army Radio"), which speaks
// for its state.
func nationalMedia(words []string) bool {
	n := len(words)
	if n >= 2 && strings.EqualFold(words[n-1], "agency") && strings.EqualFold(words[n-2], "news") {
		return endsInKind(words[:n-1], newsHead, isStateMediaWord) // "a Turkish news agency"
	}
	return endsInKind(words, mediaHeads, isStateMediaWord)
}

// newsHead is the head of "news agency" read without "agency".
var newsHead = map[string]bool{"news": true}

// isStateMediaWord reports whether a lower-case word makes media the state's.
func isStateMediaWord(w string) bool { return stateMediaWords[w] }

// privateInstitution reports whether words name an institution of a
// country that is no part of its state ("the U.S. hospital", "a British
// university", "an Israeli company"): the phrase ends in such a noun and
// holds no word making it the state's own ("a state-owned company", "the
// Russian Defense Ministry website").
func privateInstitution(words []string) bool {
	return endsInKind(words, privateHeads, func(w string) bool { return stateMediaWords[w] || stateBodies[w] || stateSeats[w] })
}

// endsInKind reports whether a phrase of two words or more ends in a noun
// of heads and holds, before it, no word owned says makes it the state's.
func endsInKind(words []string, heads map[string]bool, owned func(string) bool) bool {
	n := len(words)
	if n < 2 || !heads[strings.ToLower(words[n-1])] {
		return false
	}
	for _, w := range words[:n-1] {
		if owned(strings.ToLower(w)) {
			return false
		}
	}
	return true
}

// stateSeats are the state bodies, beside stateBodies, whose website or
// school is the state's.
var stateSeats = map[string]bool{"embassy": true, "consulate": true, "department": true, "office": true, "agency": true, "council": true}

// privateHeads are the nouns of the hospitals, schools, firms, churches
// and websites that act apart from the state of the country that
// qualifies them.
var privateHeads = map[string]bool{"hospital": true, "hospitals": true, "clinic": true, "university": true, "universities": true,
	"college": true, "school": true, "company": true, "companies": true, "firm": true, "firms": true, "corporation": true,
	"church": true, "website": true, "blog": true}

// mediaHeads are the nouns that name media by their kind.
var mediaHeads = map[string]bool{"television": true, "tv": true, "radio": true, "newspaper": true, "newspapers": true,
	"media": true, "press": true, "daily": true, "dailies": true, "broadcaster": true, "broadcasters": true,
	"footage": true, "broadcast": true, "broadcasts": true}

// stateMediaWords make media the state's own.
var stateMediaWords = map[string]bool{"state": true, "state-run": true, "state-owned": true, "state-controlled": true,
	"official": true, "semiofficial": true, "semi-official": true, "government": true, "government-run": true, "government-controlled": true, "army": true, "military": true}

// civilBody reports whether words name a non-governmental body: a
// civil kind within two words before a body's head ("Egyptian rights
// group", "a human rights organization", "aid groups"). A state's aid
// agency ("the U.S. aid agency") has no such head.
func civilBody(words []string) bool {
	for i, w := range words {
		if !civilBodyHeads[strings.ToLower(w)] {
			continue
		}
		for k := max(0, i-2); k < i; k++ {
			if civilBodyKinds[strings.ToLower(words[k])] {
				return true
			}
		}
	}
	return false
}

// maxCivilAppositive bounds the bytes of an appositive read by
// civilAppositive.
const maxCivilAppositive = 80

// civilAppositive reports whether an appositive right after a speaker
// phrase ending at end calls it a civil body: ", a human rights group,"
// or ", an aid organisation that ...". The appositive opens with an
// indefinite article and ends at the next comma, stop or the bound.
func civilAppositive(txt string, end int) bool {
	if end <= 0 || end >= len(txt) {
		return false
	}
	rest, ok := strings.CutPrefix(txt[end:min(len(txt), end+maxCivilAppositive)], ", ")
	if !ok {
		return false
	}
	if k := strings.IndexAny(rest, ",;.()\n"); k >= 0 {
		rest = rest[:k]
	}
	words := strings.Fields(rest)
	if len(words) < 2 || !strings.EqualFold(words[0], "a") && !strings.EqualFold(words[0], "an") {
		return false
	}
	return civilBody(words[1:min(len(words), 6)])
}
