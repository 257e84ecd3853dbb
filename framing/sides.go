package framing

import (
	"fmt"
	"iter"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/gazetteer"
	"github.com/framediff/framediff/lexicon"
	"github.com/framediff/framediff/text"
)

// One side's act is often reported under several names: the person
// ("special counsel Robert Mueller"), his staff ("Mueller's team", "Peter
// Carr, a spokesman for the special counsel"), a body by its kind noun
// ("the airline" for "Ukraine International Airlines") or a coordination
// of the side's people ("King Salman and Crown Prince Mohammed bin
// Salman"). Act clusters key on the side (actSide), so each of these
// names must come to the side it speaks for, or one act is split into
// clusters each saying the other outlets leave it out. The readings here
// run once the story's people are joined (resolveActors), because the
// side is often named in full only in another article.

// agentNouns are the people and offices who speak for another and are
// named by whom they serve: "a spokesman for X", "X's lawyers", "a
// BuzzFeed spokesman". Representatives are left out: "Texas Representative
// Jane Roe" is a lawmaker, not an agent of Texas.
var agentNouns = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true, "spokesmen": true,
	"spokeswomen": true, "spokespeople": true, "lawyer": true, "lawyers": true, "attorney": true, "attorneys": true}

// campaignRoles are the posts of a candidate's campaign whose holders
// speak for the candidate: "campaign chairman", "campaign manager".
var campaignRoles = map[string]bool{"chairman": true, "chairwoman": true, "chair": true, "manager": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "adviser": true, "advisor": true, "aide": true, "director": true, "strategist": true}

// spokenForInPhrase reads, from a speaker phrase, the words for the person
// or body the speaker speaks for as an agent: "a spokesman for the special
// counsel" and "lawyers for Mr. Roe" give what follows "for"; "BuzzFeed
// spokesman Matt Roe" and "a Boeing spokeswoman" give the capitalised name
// before the agent noun. A title before the agent noun ("Deputy
// spokesman") or a lone institution word ("Agency spokeswoman", which may
// open its sentence) names no one.
func spokenForInPhrase(phrase string) string {
	words := speakerWords(phrase)
	for i, w := range words {
		if strings.EqualFold(w, "campaign") && i+1 < len(words) && campaignRoles[strings.ToLower(words[i+1])] {
			// "Moore campaign chairman Bill Armistead", "Trump campaign
			// manager Ann Roe": the campaign's people speak for its
			// candidate, named before it.
			// Only a surname alone, the style of the press ("Trump campaign
			// manager"): "Former Halvorsen campaign aide" serves no one now,
			// and "Stop Halvorsen" or "Anti-Halvorsen" is a campaign against
			// the name.
			if i == 0 || !text.Capitalised(words[i-1]) || strings.ContainsAny(words[i-1], "-‐") || i >= 2 && !isArticle(words[i-2]) {
				return ""
			}
			owner := words[i-1]
			return owner[:len(owner)-text.PossessiveLen(owner)]
		}
		if !agentNouns[strings.ToLower(w)] {
			continue
		}
		if i+2 < len(words) && strings.EqualFold(words[i+1], "for") {
			return strings.Join(words[i+2:], " ")
		}
		k := i
		for k > 0 && text.Capitalised(words[k-1]) && !isTitle(strings.ToLower(words[k-1])) && text.PossessiveLen(words[k-1]) == 0 {
			k--
		}
		if k == i || k == i-1 && isOrgWord(words[k]) {
			return ""
		}
		if k > 0 && text.Capitalised(words[k-1]) && text.PossessiveLen(words[k-1]) > 0 {
			// "the Islamic Republic's Atomic Energy Organization
			// spokesman": whose body it is.
			for k--; k > 0 && text.Capitalised(words[k-1]) && !isTitle(strings.ToLower(words[k-1])); k-- {
			}
		}
		return strings.Join(words[k:i], " ")
	}
	return ""
}

// appositiveSpokenFor reads whom a person speaker speaks for from an agent
// appositive right after the name: "Peter Roe, a spokesman for the special
// counsel, said" gives "the special counsel"; "Jane Roe, the senator's
// lawyer," gives "the senator" and "Jane Roe, Doe's lawyer," "Doe"; "Jane Roe, a spokeswoman for Doe's office,"
// gives "Doe's office", read further by sideOwner. Anything but an article
// and lower-case modifiers before the agent noun ("a former spokesman",
// which serves no one now, is left) makes it no agent appositive.
func appositiveSpokenFor(txt string, end int) string {
	if end <= 0 || end >= len(txt) {
		return ""
	}
	rest, ok := strings.CutPrefix(txt[end:min(len(txt), end+100)], ", ")
	if !ok {
		return ""
	}
	clause, _, ok := strings.Cut(rest, ",")
	if !ok {
		return ""
	}
	words := strings.Fields(clause)
	if len(words) < 2 || len(words) > 8 {
		return ""
	}
	first := 0 // "Jane Roe, Doe's lawyer,": a possessive owner may open it
	if isArticle(words[0]) {
		first = 1
	}
	for i := first; i < len(words); i++ {
		w, lw := words[i], strings.ToLower(words[i])
		switch {
		case agentNouns[lw] && w == lw:
			if i+2 < len(words) && words[i+1] == "for" {
				return strings.Join(words[i+2:], " ") // "a spokesman for the special counsel"
			}
			if i == len(words)-1 && i > first && stateNouns[words[i-1]] {
				return "the " + words[i-1] // "a government spokesman": whose, the text around says
			}
			return ""
		case text.PossessiveLen(w) > 0:
			if i+2 != len(words) || !agentNouns[words[i+1]] {
				return ""
			}
			owner := strings.Join(words[:i+1], " ") // "the senator's lawyer"
			return owner[:len(owner)-text.PossessiveLen(w)]
		case w != lw || formerWords[lw] || timeModifiers[lw]:
			return ""
		}
	}
	return ""
}

// ownerOfStaff reads the owner of a staff speaker as sideOwner needs it:
// "Mueller's office" gives "Mueller", and, unlike staffOwner, a definite
// lower-case owner too: "the special counsel's office" gives "the special
// counsel", left to the story to name (titledHolder, namedBody).
func ownerOfStaff(phrase string) (string, bool) {
	if owner, ok := staffOwner(phrase); ok {
		return owner, true
	}
	words := speakerWords(phrase)
	if len(words) < 3 || len(words) > 5 || !strings.EqualFold(words[0], "the") {
		return "", false
	}
	for i, w := range words[1:] {
		k := i + 1
		n := text.PossessiveLen(w)
		if n == 0 {
			if w != strings.ToLower(w) {
				return "", false
			}
			continue
		}
		if k+1 >= len(words) || !staffNouns[strings.ToLower(words[k+1])] || w != strings.ToLower(w) {
			return "", false
		}
		return strings.Join(append(append([]string{"the"}, words[1:k]...), w[:len(w)-n]), " "), true
	}
	return "", false
}

// resolvedSide is the person or body a speaker speaks for, as the story
// names it, and the side that one speaks for in turn.
type resolvedSide struct {
	name, affiliation, via string
}

// sideOwner resolves the words for whom a speaker speaks ("the special
// counsel", "Mueller's office", "BuzzFeed") to the story's actor: a person
// by the story's people (the fullest name, their affiliation), a role by
// the one person the story titles so (titledHolder), a body's kind noun by
// the one body of that kind the story names (namedBody), any other name as
// readSpeaker reads it.
func (c *Comparison) sideOwner(g *gazetteer.Gazetteer, people map[string]*storyPerson, surnameOf func(string) string, phrase string, article int) resolvedSide {
	for range 2 {
		owner, ok := ownerOfStaff(phrase)
		if !ok {
			break
		}
		phrase = owner // "Mueller's office" is Mueller's
	}
	words := speakerWords(phrase)
	if len(words) > 0 && isArticle(words[0]) {
		words = words[1:]
	}
	if len(words) == 0 || len(words) > 5 {
		return resolvedSide{}
	}
	lower := true
	for _, w := range words {
		lower = lower && w == strings.ToLower(w)
	}
	person := func(name, phrase, surname string) resolvedSide {
		if p := people[surnameOf(surname)]; p != nil && !p.ambiguous && (endsWithName(p.full, name) || endsWithName(name, p.full) || sameBesideInitials(p.full, name)) {
			return resolvedSide{p.full, p.affiliation, p.via}
		}
		sa := readSpeaker(g, phrase)
		if !slices.ContainsFunc(strings.Fields(strings.ToLower(phrase)), isTitle) {
			// "the leftist Egyptian Popular Current", read as a name: a
			// demonym in it is no side unless a title makes it a
			// person's ("Norwegian Foreign Minister Jane Roe").
			sa.affiliation, sa.via = "", ""
		}
		return resolvedSide{sa.actor, sa.affiliation, sa.via}
	}
	if lower {
		if rs, ok := c.namedBody(g, words, article); ok {
			return rs
		}
		if name, surname, ok := c.titledHolder(g, strings.Join(words, " "), surnameOf); ok {
			rs := person(name, name, surname) // "the special counsel" is the one the story titles so
			if rs.affiliation == "" {
				// A holder no speaker of the story is serves whom the
				// title's qualifier says: "British Prime Minister Jane
				// Roe" makes "the prime minister's office" British.
				for _, h := range titledNames(g, c.Articles, strings.Join(words, " "), surnameOf) {
					if h.surname == surname && h.affiliation != "" {
						rs.affiliation, rs.via = h.affiliation, h.via
						break
					}
				}
			}
			return rs
		}
		return resolvedSide{}
	}
	name := strings.Join(words, " ")
	if len(words) == 1 {
		// "Moore campaign chairman Bill Armistead": a bare surname is the
		// story's person of that surname, when it has one.
		if p := people[surnameOf(surnameKey(name))]; p != nil && !p.ambiguous && endsWithName(p.full, name) {
			return resolvedSide{p.full, p.affiliation, p.via}
		}
	}
	sa := readSpeaker(g, name)
	if sa.person {
		return person(sa.actor, name, surnameKey(sa.surname))
	}
	if sa.actor == "" || !text.Capitalised(sa.actor) {
		return resolvedSide{}
	}
	if e, ok := g.Lookup(name); (!ok || e.Ambiguous) && !stateBody(sa.actor) {
		// "the Egyptian Popular Current": a demonym inside a movement's
		// name is no side its spokesman speaks for, as appositiveSide
		// reads it; a state's ministry is its state's.
		sa.affiliation, sa.via = "", ""
	}
	return resolvedSide{sa.actor, sa.affiliation, sa.via}
}

// titledHolder finds the one person the story's articles name right after
// a lower-case role, in any case and after a comma or not ("special
// counsel Robert Roe", "Special Counsel Robert Roe's team", "the special
// counsel, Robert S. Roe III"): the name and its surname key. A role
// after a time modifier ("the former special counsel") is another
// holder's; two holders, or none, give nothing.
func (c *Comparison) titledHolder(g *gazetteer.Gazetteer, role string, surnameOf func(string) string) (string, string, bool) {
	if a, ok := c.holders[role]; ok {
		return a.name, a.key, a.ok
	}
	name, key, ok := c.readTitledHolder(g, role, surnameOf)
	if c.holders == nil {
		c.holders = map[string]holderAnswer{}
	}
	c.holders[role] = holderAnswer{name, key, ok}
	return name, key, ok
}

// holderAnswer is one titledHolder answer, kept.
type holderAnswer struct {
	name, key string
	ok        bool
}

// bodyAnswer is one namedBody answer, kept.
type bodyAnswer struct {
	side resolvedSide
	ok   bool
}

// readTitledHolder is titledHolder's reading of the articles.
func (c *Comparison) readTitledHolder(g *gazetteer.Gazetteer, role string, surnameOf func(string) string) (string, string, bool) {
	holder, key := "", ""
	for _, an := range c.Articles {
		txt := an.Article.Text
		lower := strings.ToLower(txt)
		if len(lower) != len(txt) {
			continue // a case change altered the bytes: offsets would not line up
		}
		for from := 0; from < len(lower); {
			i := strings.Index(lower[from:], role)
			if i < 0 {
				break
			}
			start, end := from+i, from+i+len(role)
			from = end
			if start > 0 && isWordByte(txt[start-1]) || end >= len(txt) || isWordByte(txt[end]) {
				continue
			}
			if prev := strings.Fields(lower[max(0, start-20):start]); len(prev) > 0 && (timeModifiers[prev[len(prev)-1]] || formerWords[prev[len(prev)-1]]) {
				continue
			}
			rest := strings.TrimPrefix(strings.TrimPrefix(txt[end:], ","), " ")
			var name []string
			for _, w := range strings.Fields(rest[:min(len(rest), 60)]) {
				raw := w
				w = strings.TrimRight(w, ",;:)\"”’")
				if len(w) > 2 && strings.HasSuffix(w, ".") {
					w = strings.TrimSuffix(w, ".") // the sentence ends; "S." is an initial
				}
				if p := text.PossessiveLen(w); p > 0 {
					w, raw = w[:len(w)-p], w[:len(w)-p]+","
				}
				lw := strings.ToLower(strings.TrimSuffix(w, "."))
				if w == "" || !text.Capitalised(w) && !nameParticles[w] || isTitle(lw) || timeNames[lw] || generationSuffixes[lw] {
					break
				}
				name = append(name, w) // up to a generation suffix: "Robert S. Roe III" is "Robert S. Roe"
				if len(name) == 4 || w != raw && len(w) > 2 {
					break
				}
			}
			if len(name) < 2 {
				continue // a lone capitalised word may open the next clause
			}
			sa := readSpeaker(g, strings.Join(name, " "))
			if !sa.person {
				continue
			}
			k := surnameOf(surnameKey(sa.surname))
			if key != "" && k != key && !nearSurnames(k, key) {
				return "", "", false // two holders
			}
			if key == "" || len(sa.actor) > len(holder) {
				holder = sa.actor
			}
			key = k
		}
	}
	return holder, key, key != ""
}

// bodyKinds map a kind noun that refers back to a named body ("the
// airline said") to the heads such bodies' names end with.
var bodyKinds = map[string][]string{
	"airline":  {"Airlines", "Airline", "Airways"},
	"agency":   {"Agency"},
	"company":  {"Company", "Corporation", "Corp", "Inc"},
	"ministry": {"Ministry"},
	"network":  {"Network"},
}

// ownedKinds are kind nouns that news writes after the owner's name in
// lower case: "the Obama administration", "the Assad regime", "Egypt's
// military". Such a body is named by its owner, so "the regime" is the
// side every one its article names speaks for: only its own article, as
// a story of two countries names a regime or a government of each.
var ownedKinds = map[string]bool{"administration": true, "regime": true, "military": true, "government": true, "army": true,
	"embassy": true, "consulate": true}

// capitalisedKinds are owned kinds news also writes capitalised in a
// body's name: "the U.S. Embassy", "the Embassy of the United States in
// Cairo".
var capitalisedKinds = map[string]string{"embassy": "Embassy", "consulate": "Consulate"}

// namedBody resolves a definite kind noun ("the airline", "the state
// airline", "the regime") to the bodies of that kind the story's articles
// name: a run of capitalised words ending with one of the kind's heads
// ("Ukraine International Airlines"), or opening with it before "of"
// ("Ministry of Defense"), or for an owned kind the owner's capitalised
// name before the lower-case noun ("the Assad regime", "Egypt's
// military"). Names of which one ends the other ("Foreign Ministry",
// "Iranian Foreign Ministry") are one body, the longer name kept. One
// body gives its name and side; several give the side they all speak for,
// with no name; none, or several sides, give nothing, since then the
// kind noun may mean either.
func (c *Comparison) namedBody(g *gazetteer.Gazetteer, words []string, article int) (resolvedSide, bool) {
	if len(words) == 0 || len(words) > 3 {
		return resolvedSide{}, false
	}
	kind := words[len(words)-1]
	heads := bodyKinds[kind]
	if heads == nil && !ownedKinds[kind] {
		return resolvedSide{}, false
	}
	if heads != nil {
		article = -1 // an airline is named once in a story and referred to in every article
	}
	key := kind + "|" + strconv.Itoa(article)
	if a, ok := c.bodies[key]; ok {
		return a.side, a.ok
	}
	side, ok := c.readNamedBody(g, kind, heads, article)
	if c.bodies == nil {
		c.bodies = map[string]bodyAnswer{}
	}
	c.bodies[key] = bodyAnswer{side, ok}
	return side, ok
}

// readNamedBody is namedBody's reading of the articles: all of them, or
// only the article at index article (not -1).
func (c *Comparison) readNamedBody(g *gazetteer.Gazetteer, kind string, heads []string, article int) (resolvedSide, bool) {
	var names []string
	add := func(name string) {
		for k, n := range names {
			switch {
			case n == name || strings.HasSuffix(n, " "+name):
				return
			case strings.HasSuffix(name, " "+n):
				names[k] = name
				return
			}
		}
		names = append(names, name)
	}
	for ai, an := range c.Articles {
		if article >= 0 && ai != article {
			continue
		}
		txt := an.Article.Text
		toks := text.Tokens(nil, txt)
		for i, t := range toks {
			capital := capitalisedKinds[kind] != "" && t.Form == capitalisedKinds[kind]
			if !t.IsWord() || !isHead(t.Form, heads) && !(ownedKinds[kind] && (t.Form == kind || capital)) {
				continue
			}
			if i+2 < len(toks) && toks[i+1].Form == "of" && text.Capitalised(toks[i+2].Form) && t.Form != kind {
				// "Ministry of Foreign Affairs": the capitalised run after
				// "of"; a possessive owner before it ("Qatar's Ministry of
				// Foreign Affairs") says whose, which its name does not.
				e := capitalisedRunEnd(txt, toks, i+2, i+4)
				from := t.Start
				if p := i - 1; p >= 0 && toks[p].IsWord() && text.Capitalised(toks[p].Form) && text.PossessiveLen(toks[p].Form) > 0 && txt[toks[p].End:t.Start] == " " {
					from = toks[p].Start
				}
				add(txt[from:toks[e].End])
				continue
			}
			if capital && i+3 < len(toks) && toks[i+1].Form == "of" && toks[i+2].Form == "the" && text.Capitalised(toks[i+3].Form) {
				// "the Embassy of the United States in Cairo": the
				// capitalised run after "of the" owns it.
				e := capitalisedRunEnd(txt, toks, i+3, i+5)
				add(txt[t.Start:toks[e].End])
				continue
			}
			k := i
			for k > 0 {
				p := toks[k-1]
				if !p.IsWord() || !text.Capitalised(p.Form) || strings.EqualFold(p.Form, "the") || timeNames[strings.ToLower(p.Form)] || txt[p.End:toks[k].Start] != " " {
					break
				}
				if text.PossessiveLen(p.Form) > 0 {
					if k == i && (t.Form == kind || capital) || k < i && heads != nil {
						// "Egypt's military": the owner names it; "Qatar's
						// Foreign Ministry": the owner says whose, which
						// "Foreign Ministry" does not.
						k--
					}
					break
				}
				k--
			}
			if k == i {
				continue // "Airlines" alone, or at a sentence's start
			}
			add(txt[toks[k].Start:t.End])
		}
	}
	switch {
	case len(names) == 1:
		sa := readSpeaker(g, names[0])
		return resolvedSide{sa.actor, sa.affiliation, sa.via}, true
	case len(names) > 1:
		side := resolvedSide{}
		for _, n := range names {
			sa := readSpeaker(g, n)
			if sa.affiliation == "" || side.affiliation != "" && sa.affiliation != side.affiliation {
				return resolvedSide{}, false
			}
			side.affiliation, side.via = sa.affiliation, fmt.Sprintf("every %s the story names speaks for it (%s)", kind, sa.via)
		}
		return side, true
	}
	return resolvedSide{}, false
}

// capitalisedRunEnd is the last token of the capitalised run that opens at
// token e ("Foreign" of "Ministry of Foreign Affairs"): the capitalised
// words that follow it one space apart, up to token limit.
func capitalisedRunEnd(txt string, toks []text.Token, e, limit int) int {
	for e+1 < len(toks) && e < limit && toks[e+1].IsWord() && text.Capitalised(toks[e+1].Form) && txt[toks[e].End:toks[e+1].Start] == " " {
		e++
	}
	return e
}

// isHead reports whether a word is one of a body kind's name heads.
func isHead(w string, heads []string) bool {
	for _, h := range heads {
		if w == h {
			return true
		}
	}
	return false
}

// definiteKind reads a speaker phrase that names a body by its kind noun
// alone: "the airline", "the state airline". Its words after the
// article, or false.
func definiteKind(phrase string) ([]string, bool) {
	words := speakerWords(phrase)
	if len(words) < 2 || len(words) > 3 || !strings.EqualFold(words[0], "the") {
		return nil, false
	}
	for _, w := range words[1:] {
		if w != strings.ToLower(w) || timeModifiers[w] || formerWords[w] {
			return nil, false
		}
	}
	_, ok := bodyKinds[words[len(words)-1]]
	return words[1:], ok || ownedKinds[words[len(words)-1]]
}

// coordinatedSide reads the side of a speaker phrase that joins named
// people or bodies ("King Roe and Crown Prince Tom Roe", "Roe and Doe"):
// the side every member speaks for, by the gazetteer, the story's people
// or a mention in the story that qualifies the member ("Norway's King
// Roe"); "" when any member has none, or two have different ones.
func (c *Comparison) coordinatedSide(g *gazetteer.Gazetteer, people map[string]*storyPerson, surnameOf func(string) string, phrase string) (string, string) {
	parts := strings.Split(strings.ReplaceAll(phrase, ", ", " and "), " and ")
	if len(parts) < 2 || len(parts) > 4 {
		return "", ""
	}
	side := ""
	for _, part := range parts {
		part = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(part), "both "))
		words := speakerWords(part)
		if len(words) == 0 || !text.Capitalised(words[len(words)-1]) {
			return "", "" // "the White House and lawyers": a role, not a named member
		}
		sa := readSpeaker(g, part)
		aff := sa.affiliation
		if aff == "" && sa.person {
			if p := people[surnameOf(surnameKey(sa.surname))]; p != nil && !p.ambiguous && endsWithName(p.full, sa.actor) {
				aff = p.affiliation
			}
		}
		if aff == "" {
			aff = c.mentionSide(g, part)
		}
		if aff == "" || side != "" && aff != side {
			return "", ""
		}
		side = aff
	}
	return side, fmt.Sprintf("each of %q speaks for %s", phrase, side)
}

// mentionSide reads the side of a named member from a mention in the
// story that qualifies it: up to three capitalised words right before it
// in the same clause ("Saudi Crown Prince ...", "Norway's King Roe"), the
// first mention that gives one.
func (c *Comparison) mentionSide(g *gazetteer.Gazetteer, name string) string {
	if side, ok := c.mentionSides[name]; ok {
		return side
	}
	side := c.readMentionSide(g, name)
	if c.mentionSides == nil {
		c.mentionSides = map[string]string{}
	}
	c.mentionSides[name] = side
	return side
}

// mentionStarts yields where name stands in txt as whole tells a mention
// from a part of a longer word, at most maxNameMentions times.
func mentionStarts(txt, name string, whole func(start, end int) bool) iter.Seq[int] {
	return func(yield func(int) bool) {
		read := 0
		for from := 0; from < len(txt) && read < maxNameMentions; {
			i := strings.Index(txt[from:], name)
			if i < 0 {
				return
			}
			start := from + i
			from = start + len(name)
			if !whole(start, from) {
				continue
			}
			read++
			if !yield(start) {
				return
			}
		}
	}
}

// readMentionSide is mentionSide's reading of the articles: at most
// maxNameMentions mentions of the name in each, as mentionParty reads.
func (c *Comparison) readMentionSide(g *gazetteer.Gazetteer, name string) string {
	for _, an := range c.Articles {
		txt := an.Article.Text
		whole := func(start, end int) bool {
			return !(start > 0 && isWordByte(txt[start-1]) || end < len(txt) && isWordByte(txt[end]) && txt[end] != '\'')
		}
		for start := range mentionStarts(txt, name, whole) {
			before := strings.Fields(txt[max(0, start-40):start])
			k := len(before)
			for k > 0 && len(before)-k < 3 && text.Capitalised(before[k-1]) && !strings.ContainsAny(before[k-1], ",.;:\"“”") {
				k--
			}
			if k == len(before) {
				continue
			}
			if sa := readSpeaker(g, strings.Join(before[k:], " ")+" "+name); sa.affiliation != "" {
				return sa.affiliation
			}
		}
	}
	return ""
}

// resolveSides gives each quotation the side its speaker speaks for when
// the speaker names it only by agent, kind or coordination (see the top of
// this file), with the story's people joined. A person speaker's side,
// once read, holds for all their mentions in the story: "Peter Roe, a
// spokesman for the special counsel" in one article makes "the spokesman,
// Peter Roe" in another speak for him too.
func (c *Comparison) resolveSides(set *lexicon.Set, g *gazetteer.Gazetteer, people map[string]*storyPerson, surnameOf func(string) string) {
	type personSide struct{ side resolvedSide }
	// By the person's name as the story's people joined it: two people
	// who share a surname ("Tom Berg", "Anna Berg") keep their own sides.
	persons := map[string]*personSide{}
	dominant := map[int]string{} // by article: the country it names most, read once
	setting := map[int]string{}  // by article: the country it is set in, for office holders (settingCountry)
	reported := map[int][]int{}  // by article: where its quotations start, sorted, for officeCountry
	defer func() { c.bodies, c.holders, c.mentionSides, c.shortNames = nil, nil, nil, nil }()
	// takeSide gives a speaker a side read from its own phrase or article,
	// and the person the side, for their other quotations, if none yet.
	takeSide := func(q *Quotation, rs resolvedSide) {
		q.Affiliation, q.AffiliationVia = rs.affiliation, rs.via
		if persons[q.Actor] == nil {
			persons[q.Actor] = &personSide{rs}
		}
	}
	for ai, an := range c.Articles {
		for i := range an.Quotations {
			q := &an.Quotations[i]
			switch {
			case q.Affiliation != "" || q.Speaker == "":
				continue
			case stateSpeaker(q.Speaker):
				// "authorities", "the government": the body the article
				// names by its owner ("the Assad regime"), else whose
				// state, from the sentence or the article ("Authorities"
				// opening a sentence is read as a name, and lands here
				// too).
				// A body named by a person of no known side ("the Dahl
				// regime") is still a state's government: whose, the
				// story's word on its owner says, else the sentence or
				// the article, as for "the regime" alone.
				if c.kindNounSide(g, q, ai) {
					if q.Affiliation != "" || c.ownedBodySide(set, g, people, surnameOf, q, ai, dominant) {
						continue
					}
				}
				if aff, via := c.stateSide(g, ai, q, dominant); aff != "" {
					q.Affiliation, q.AffiliationVia = aff, via
				}
				continue
			case q.surname == "":
				if c.kindNounSide(g, q, ai) {
					continue
				}
				if actor, aff, via, ok := statementOfEarlierSpeaker(an, i); ok {
					// "X said in a statement. ... the statement added"
					q.Actor, q.Affiliation, q.AffiliationVia = actor, aff, via
					continue
				}
				if actor, aff, via, ok := antecedentSide(g, an.Article, q); ok {
					// "A TV news outlet run by Hamas ... The channel blamed"
					q.Actor, q.Affiliation, q.AffiliationVia = actor, aff, via
					continue
				}
				if aff, via, ok := definiteRoleSide(an, i); ok {
					// "a Turkish security official said ... the security official said"
					q.Affiliation, q.AffiliationVia = aff, via
					continue
				}
				if strings.Contains(q.Speaker, " and ") {
					if aff, via := c.coordinatedSide(g, people, surnameOf, q.Speaker); aff != "" {
						q.Affiliation, q.AffiliationVia = aff, via
						continue
					}
				}
			}
			if q.spokenFor == "" {
				if w, ok := memberOfShortName(g, q); ok {
					// "Brotherhood leader Jane Roe": a member of the
					// movement the story names in full.
					if rs, ok := c.shortNameSide(g, w); ok {
						takeSide(q, rs)
					}
				} else if q.surname != "" && q.Group == "" && stateOffice(speakerWords(q.Speaker)) {
					// "Minister of Health Jane Roe", "District Police Chief
					// Ali Roe": an office of a state whose country the
					// title leaves out: the one its sentence or the one
					// before names ("Italy insists ... Foreign Minister
					// Jane Roe said"), else the country the article is
					// set in.
					if reported[ai] == nil {
						reported[ai] = make([]int, 0, len(an.Quotations))
						for _, o := range an.Quotations {
							reported[ai] = append(reported[ai], o.Start)
						}
						slices.Sort(reported[ai])
					}
					aff, via, named := officeCountry(g, an.Article.Text, reported[ai], q)
					if !named {
						if _, ok := setting[ai]; !ok {
							setting[ai] = settingCountry(g, an.Article.Text)
						}
						aff, via = setting[ai], fmt.Sprintf("a state office in the country the article names most, for %q", q.Speaker)
					}
					if aff != "" {
						takeSide(q, resolvedSide{aff, aff, via})
					}
				}
				continue
			}
			rs := c.sideOwner(g, people, surnameOf, q.spokenFor, ai)
			if rs.name == "" && stateSpeaker(q.spokenFor) {
				// "Ali Roe, a government spokesman,": whose government,
				// as for "the government said" (stateSide).
				sq := *q
				sq.Speaker = q.spokenFor
				if aff, via := c.stateSide(g, ai, &sq, dominant); aff != "" {
					rs = resolvedSide{aff, aff, via}
				}
			}
			if rs.name == "" || rs.name == q.Actor {
				continue
			}
			q.side = rs.name
			if rs.affiliation != "" {
				q.Affiliation, q.AffiliationVia = rs.affiliation, fmt.Sprintf("speaks for %s (%s)", rs.name, rs.via)
			}
			if q.surname != "" && persons[q.Actor] == nil {
				persons[q.Actor] = &personSide{rs}
			}
		}
	}
	for _, an := range c.Articles {
		for i := range an.Quotations {
			q := &an.Quotations[i]
			ps := persons[q.Actor]
			if q.surname == "" || ps == nil || q.side != "" || q.Affiliation != "" {
				continue
			}
			q.side = ps.side.name
			if ps.side.affiliation != "" {
				q.Affiliation, q.AffiliationVia = ps.side.affiliation, fmt.Sprintf("speaks for %s (%s)", ps.side.name, ps.side.via)
			}
		}
	}
}

// stateOffice reports whether a person's speaker phrase holds the title
// of a state office that names no country by itself ("Minister of Health
// Jane Roe", "Interior Ministry spokesman Ali Roe", "District Police Chief
// Ali Roe"), held now. Offices of one country's system ("Sen.",
// "Secretary", "Gov.") and military ranks are left out: they stand in any
// article, whatever country it is set in.
func stateOffice(words []string) bool {
	if len(words) < 2 || formerOffice(words) {
		return false // "Police said": a body, read as a state noun's, not a person's office
	}
	office := false
	for _, w := range words {
		lw := strings.ToLower(w)
		if unofficialRoles[lw] || nonStateMinistry[lw] {
			return false // "the opposition's foreign minister", "Baptist minister Jane Roe": no state's office
		}
		office = office || stateOfficeWords[lw]
	}
	return office
}

// nonStateMinistry are words that make a minister a church's, or an
// office a shadow of the state's.
var nonStateMinistry = map[string]bool{"baptist": true, "methodist": true, "lutheran": true, "presbyterian": true, "anglican": true,
	"evangelical": true, "episcopal": true, "pentecostal": true, "church": true, "parish": true, "congregation": true,
	"catholic": true, "protestant": true, "reverend": true, "rev.": true, "pastor": true, "shadow": true}

// stateOfficeWords are the words of such titles.
var stateOfficeWords = map[string]bool{"minister": true, "ministry": true, "police": true, "deputy-minister": true}

// ownedBodySide gives a state speaker read as a body named by its owner,
// whose name gives no side ("the Assad regime"), its owner's side, and
// reports whether the owner settled it. The side the story gives the
// owner comes first: as a person of the story ("Norway's Prime Minister
// Erik Dahl said"), or a mention that qualifies the name. An owner the
// rule files list in an actor group speaks for that group: a country its
// sentence or article names is taken only when it is one of the group's
// sides, for a story of a regime names its backers and foes ("As Russia
// blocked a vote, the regime denied") more than the regime's own country.
// An owner of neither is left to the sentence or the article.
func (c *Comparison) ownedBodySide(set *lexicon.Set, g *gazetteer.Gazetteer, people map[string]*storyPerson, surnameOf func(string) string, q *Quotation, ai int, dominant map[int]string) bool {
	words := strings.Fields(q.Actor)
	if len(words) < 2 || !ownedKinds[words[len(words)-1]] {
		return false
	}
	owner := strings.Join(words[:len(words)-1], " ")
	aff := ""
	if p := people[surnameOf(surnameKey(words[len(words)-2]))]; p != nil && !p.ambiguous && endsWithName(p.full, owner) {
		aff = p.affiliation // "Norway's Prime Minister Erik Dahl said"
	}
	if aff == "" {
		aff = c.mentionSide(g, owner)
	}
	if aff != "" {
		q.Affiliation, q.AffiliationVia = aff, fmt.Sprintf("the side the story gives %s, whose %s it is", owner, words[len(words)-1])
		return true
	}
	grp := ownerGroup(set.For(c.Articles[ai].Article.Language), q.Actor)
	if grp == nil {
		return false
	}
	if aff, via := c.stateSide(g, ai, q, dominant); aff != "" && c.groupSides(set, g).of[grp.ID][aff] {
		q.Affiliation, q.AffiliationVia = aff, via
	}
	return true
}

// kindNounSide gives a speaker named by a kind noun alone ("the airline",
// "the regime") the body of that kind the story or its article names, and
// its side, reporting whether it did.
func (c *Comparison) kindNounSide(g *gazetteer.Gazetteer, q *Quotation, ai int) bool {
	words, ok := definiteKind(q.Speaker)
	if !ok {
		return false
	}
	rs, ok := c.namedBody(g, words, ai)
	if !ok {
		return false
	}
	if rs.name != "" {
		q.Actor = rs.name
	}
	q.Affiliation, q.AffiliationVia = rs.affiliation, rs.via
	return true
}

// anaphorKinds group the nouns one body is called by in successive
// sentences: "A TV news outlet run by Hamas showed live footage. The
// channel blamed ..." calls one broadcaster an outlet and a channel. A
// definite noun of a group refers back to an indefinite noun of the same
// group.
var anaphorKinds = map[string]string{
	"channel": "media", "station": "media", "outlet": "media", "network": "media", "broadcaster": "media",
	"newspaper": "media", "paper": "media", "website": "media", "television": "media",
	"group": "group", "militia": "group", "faction": "group", "movement": "group", "organization": "group", "organisation": "group",
}

// ownerLinks say whose a body described by its kind is: "a TV station run
// by Hamas", "a newspaper owned by the state". A body backed, funded or
// affiliated with a state or group is not its voice ("a rights group
// funded by the European Union").
var ownerLinks = map[string]bool{"run": true, "owned": true, "operated": true, "controlled": true}

// maxAntecedentWords bounds the words of the indefinite phrase read back
// from its kind noun: "a pro-government TV news outlet".
const maxAntecedentWords = 5

// antecedentSide gives a speaker named by a definite kind noun alone ("The
// channel blamed ...") the side of the one body of its kind group
// (anaphorKinds) the sentence before describes with an indefinite article
// and its owner: "A TV news outlet run by Hamas" or "a Hamas-run
// station". A reader takes the channel for that outlet, and its words for
// its owner's side. A sentence before with no such body, or two, or an
// owner of no known side, leaves the speaker as it is.
func antecedentSide(g *gazetteer.Gazetteer, a *corpus.Article, q *Quotation) (actor, affiliation, via string, ok bool) {
	words := speakerWords(q.Speaker)
	if len(words) != 2 || !strings.EqualFold(words[0], "the") || anaphorKinds[words[1]] == "" {
		return "", "", "", false
	}
	family := anaphorKinds[words[1]]
	ss := a.Sentences
	si := sort.Search(len(ss), func(i int) bool { return ss[i].End > q.SpeakerStart })
	if si == 0 || si >= len(ss) || q.SpeakerStart < ss[si].Start {
		return "", "", "", false
	}
	prev := a.Slice(ss[si-1])
	toks := text.Tokens(nil, prev)
	lower := func(i int) string { return strings.ToLower(toks[i].Form) }
	indefinite := func(i int) bool { return toks[i].IsWord() && (lower(i) == "a" || lower(i) == "an") }
	found := 0
	for i, t := range toks {
		if !t.IsWord() || anaphorKinds[lower(i)] != family {
			continue
		}
		// Back to the indefinite article over the modifiers ("TV news",
		// "pro-government"), noting an owner compound ("Hamas-run").
		k, owner := i, ""
		for k > 0 && i-k < 2*maxAntecedentWords && !indefinite(k-1) && (toks[k-1].IsWord() || toks[k-1].Form == "-") {
			if k >= 3 && text.Joined(toks[k-3], toks[k-2], toks[k-1]) && ownerLinks[lower(k-1)] && text.Capitalised(toks[k-3].Form) {
				owner = toks[k-3].Form // "a Hamas-run station"
			}
			k--
		}
		if k == 0 || !indefinite(k-1) {
			continue
		}
		end := t.End
		if owner == "" && i+3 < len(toks) && ownerLinks[lower(i+1)] && lower(i+2) == "by" {
			// "run by Hamas", "controlled by the Muslim Brotherhood": the
			// capitalised run after it.
			j := i + 3
			if lower(j) == "the" && j+1 < len(toks) {
				j++
			}
			e := j
			for e < len(toks) && toks[e].IsWord() && text.Capitalised(toks[e].Form) && e-j < 4 {
				e++
			}
			if e > j {
				owner, end = prev[toks[j].Start:toks[e-1].End], toks[e-1].End
			}
		}
		if owner == "" {
			continue
		}
		sa := readSpeaker(g, owner)
		if sa.affiliation == "" {
			continue
		}
		if found++; found > 1 {
			return "", "", "", false // two bodies of the kind: either
		}
		actor = prev[toks[k].Start:end]
		affiliation, via = sa.affiliation, fmt.Sprintf("%q in the sentence before (%s)", prev[toks[k-1].Start:end], sa.via)
	}
	return actor, affiliation, via, found == 1
}

// maxStatementLookBack bounds how far back, in bytes, "the statement"
// looks for the statement its article last named.
const maxStatementLookBack = 2000

// statementOfEarlierSpeaker gives a document speaking with no issuer ("the
// statement said") the speaker who issued the one its article last named:
// the document noun's last use before it is either a speaker's own cue
// ("..., Prime Minister Erik Dahl said in a statement") or a quotation of
// "the statement" already given to someone. A reader takes the statement
// for the one just named. A joint statement, a last use of the noun
// that is neither ("a statement from the opposition"), or a speaker of no
// known side leave it as it is.
func statementOfEarlierSpeaker(an *Analysis, i int) (actor, affiliation, via string, ok bool) {
	q := &an.Quotations[i]
	words := speakerWords(q.Speaker)
	if len(words) != 2 || !strings.EqualFold(words[0], "the") || words[1] != strings.ToLower(words[1]) || !issuedDocuments[words[1]] {
		return "", "", "", false
	}
	txt := an.Article.Text
	if q.SpeakerStart <= 0 || q.SpeakerStart > len(txt) {
		return "", "", "", false
	}
	from := max(0, q.SpeakerStart-maxStatementLookBack)
	at := -1 // the noun's last whole-word use before the speaker
	for end := q.SpeakerStart; ; {
		k := strings.LastIndex(txt[from:end], words[1])
		if k < 0 {
			return "", "", "", false
		}
		k += from
		e := k + len(words[1])
		if (k == 0 || !isWordByte(txt[k-1])) && (e >= len(txt) || !isWordByte(txt[e])) {
			at = k
			break
		}
		end = k
	}
	for k := i - 1; k >= 0; k-- {
		p := &an.Quotations[k]
		if p.Affiliation == "" {
			continue
		}
		if p.SpeakerStart <= at && at < p.SpeakerEnd && strings.EqualFold(p.Speaker, q.Speaker) {
			return p.Actor, p.Affiliation, p.AffiliationVia, true // "the statement said ... the statement added"
		}
		cueEnd := max(p.SpeakerEnd, p.cue.End)
		if cueEnd <= 0 || cueEnd >= at || at-cueEnd > 40 {
			continue
		}
		between := strings.Fields(strings.ToLower(txt[cueEnd:at]))
		if len(between) < 2 || len(between) > 4 || between[0] != "in" || between[1] != "a" && between[1] != "an" || slices.Contains(between, "joint") {
			continue // "said in a statement", "said in a written statement"
		}
		return p.Actor, p.Affiliation, fmt.Sprintf("the %s %s issued, named before (%s)", words[1], p.Actor, p.AffiliationVia), true
	}
	return "", "", "", false
}

// movementRoles are the roles a person holds in a movement or body named
// right before them: "Brotherhood leader", "Taliban commander".
var movementRoles = map[string]bool{"leader": true, "leaders": true, "official": true, "officials": true, "member": true,
	"members": true, "commander": true, "chief": true, "figure": true, "founder": true, "cleric": true}

// memberOfShortName reads a person speaker phrase that opens with one
// capitalised word the gazetteer does not know and a member noun
// ("Brotherhood leader Jane Roe"): the word, which may be the short name
// of a movement ("Muslim Brotherhood"), and true. A common word of
// institutions ("Committee", "Forces") names none in particular.
func memberOfShortName(g *gazetteer.Gazetteer, q *Quotation) (string, bool) {
	if q.surname == "" {
		return "", false
	}
	words := speakerWords(q.Speaker)
	if len(words) < 3 || !movementRoles[words[1]] {
		return "", false
	}
	w := words[0]
	if !text.Capitalised(w) || w == strings.ToUpper(w) || isTitle(strings.ToLower(w)) || text.PossessiveLen(w) > 0 || isOrgWord(w) {
		return "", false // "Committee member", "Forces commander": any committee's, any forces'
	}
	if _, ok := g.Lookup(w); ok {
		return "", false // a name readSpeaker reads itself
	}
	return w, true
}

// shortNameSide reads a word as the short name of a movement, group or
// body the story names in full, ending with it ("Brotherhood" for the
// "Muslim Brotherhood"): up to three capitalised words before the word
// make a name the gazetteer knows, not a country's. Every such name the
// story gives must speak for one side; none, or two ("Muslim
// Brotherhood", "Republican Brotherhood"), give nothing.
func (c *Comparison) shortNameSide(g *gazetteer.Gazetteer, word string) (resolvedSide, bool) {
	if rs, ok := c.shortNames[word]; ok {
		return rs, rs.affiliation != ""
	}
	rs := c.readShortNameSide(g, word)
	if c.shortNames == nil {
		c.shortNames = map[string]resolvedSide{}
	}
	c.shortNames[word] = rs
	return rs, rs.affiliation != ""
}

// readShortNameSide is shortNameSide's reading of the articles: at most
// maxNameMentions mentions of the word in each.
func (c *Comparison) readShortNameSide(g *gazetteer.Gazetteer, word string) resolvedSide {
	var found resolvedSide
	for _, an := range c.Articles {
		txt := an.Article.Text
		whole := func(start, end int) bool {
			return start > 0 && txt[start-1] == ' ' && !(end < len(txt) && isWordByte(txt[end]))
		}
		for start := range mentionStarts(txt, word, whole) {
			before := strings.Fields(txt[max(0, start-40):start])
			for k := len(before) - 1; k >= 0 && len(before)-k <= 3; k-- {
				w := before[k]
				if !text.Capitalised(w) || strings.ContainsAny(w, ",.;:\"“”") || text.PossessiveLen(w) > 0 {
					break
				}
				name := strings.Join(before[k:], " ") + " " + word
				e, ok := g.Lookup(name)
				if !ok || e.Ambiguous || e.Affiliation == "" || actorKinds[e.Kind] == "country" || !strings.HasSuffix(e.Canonical, " "+word) {
					continue
				}
				if found.affiliation != "" && found.affiliation != e.Affiliation {
					return resolvedSide{}
				}
				found = resolvedSide{e.Canonical, e.Affiliation, fmt.Sprintf("%q is the short name of %s, named in full in the story", word, e.Canonical)}
				break
			}
		}
	}
	return found
}

// maxDefiniteRoleLookBack bounds how many quotations back definiteRoleSide looks
// for the speaker a definite role means: a reader's "the official" is one
// introduced a few paragraphs before, and an article of thousands of
// unresolved "the official said" stays linear.
const maxDefiniteRoleLookBack = 40

// definiteRoleHeads are the roles a speaker is introduced by with an
// indefinite article and then called by with the definite one: "a Turkish
// official said ... the official added".
var definiteRoleHeads = map[string]bool{"official": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"source": true, "diplomat": true, "officer": true, "commander": true, "aide": true, "adviser": true, "advisor": true,
	"negotiator": true, "envoy": true, "lawmaker": true, "analyst": true}

// indefiniteOpeners open the phrase that introduces an unnamed speaker.
var indefiniteOpeners = map[string]bool{"a": true, "an": true, "one": true}

// definiteRoleSide gives a speaker named by a definite role alone ("the
// official", "the security official") the side of the nearest earlier
// speaker of its article introduced by an indefinite phrase with the same
// role and every word of its modifiers ("a Turkish security official
// said"), or for a plural ("the officials") by the same plural with no
// article ("Iraqi intelligence officials said"): a reader takes "the
// official" for the one just introduced. The
// nearest such speaker decides, with no side or with one; an earlier one
// whose modifiers differ ("a U.S. official" before "the security
// official") is someone else. A definite phrase already given a side
// this way passes it on.
func definiteRoleSide(an *Analysis, i int) (affiliation, via string, ok bool) {
	words := speakerWords(an.Quotations[i].Speaker)
	if len(words) < 2 || len(words) > 4 || !strings.EqualFold(words[0], "the") {
		return "", "", false
	}
	for k := range words {
		words[k] = strings.ToLower(words[k])
	}
	head := words[len(words)-1]
	plural := strings.HasSuffix(head, "s") && definiteRoleHeads[strings.TrimSuffix(head, "s")]
	if !definiteRoleHeads[head] && !plural {
		return "", "", false
	}
	mods := words[1 : len(words)-1]
	for j := i - 1; j >= 0 && j >= i-maxDefiniteRoleLookBack; j-- {
		p := an.Quotations[j]
		pw := speakerWords(p.Speaker)
		if len(pw) < 2 || !strings.EqualFold(pw[len(pw)-1], head) {
			continue
		}
		first := strings.ToLower(pw[0])
		if first == "the" {
			if p.Affiliation != "" && strings.EqualFold(strings.Join(pw, " "), strings.Join(words, " ")) {
				return p.Affiliation, p.AffiliationVia, true // the same definite phrase, already resolved
			}
			continue
		}
		switch {
		case plural && (first == "these" || first == "those" || !hasAllFold(pw[:len(pw)-1], mods)):
			continue // "Iraqi intelligence officials said ... the officials added": a plural comes with no article
		case !plural && (!indefiniteOpeners[first] || !hasAllFold(pw[1:len(pw)-1], mods)):
			continue
		}
		if p.Affiliation == "" {
			return "", "", false
		}
		return p.Affiliation, fmt.Sprintf("%q before it in the article (%s)", p.Speaker, p.AffiliationVia), true
	}
	return "", "", false
}

// hasAllFold reports whether every word of want is among words, case
// folded.
func hasAllFold(words, want []string) bool {
	for _, w := range want {
		if !slices.ContainsFunc(words, func(x string) bool { return strings.EqualFold(x, w) }) {
			return false
		}
	}
	return true
}
