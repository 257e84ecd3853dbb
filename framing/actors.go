package framing

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/gazetteer"
	"github.com/framediff/framediff/text"
)

// Actors are found from the articles themselves, with no topic pack:
//
//   - names the gazetteer knows (countries, capitals, demonyms used as
//     nouns, seats of government, agencies, organisations, groups), each
//     mention labelled with the name the outlet used ("Tehran", "Iran",
//     "the Kremlin"), or by the noun that names its rulers ("the regime
//     in Tehran": "regime");
//   - runs of capitalised words, with the titles and descriptors before
//     them ("North Korean dictator Kim Jong Un": label "dictator",
//     descriptors "North Korean"), joined within an article by surname
//     ("Kim") and across the story by the fullest name; "the Obama
//     administration" is Obama, labelled "administration";
//   - descriptions bound to a name: appositives ("Sadiq Khan, a
//     self-confessed fan of ...", "the deputy attorney general, Rod
//     Rosenstein,") and copulas at a clause's start ("Canada is the
//     largest exporter"), each a mention labelled by its head noun;
//   - definite descriptions that a title introduced ("the president" after
//     "President Trump", when one person of the article holds the title),
//     and those whose noun the story gives a person of the article anywhere,
//     in any outlet ("the tycoon" after "Trump, the tycoon," elsewhere), or
//     whose capitalised modifiers the person's titles carry ("the former
//     FBI chief" for "FBI Director James Comey"): the most recently
//     mentioned such person, else the most mentioned; a role no one holds
//     ("the billionaire tycoon") is the article's protagonist, if any;
//     "the bloc" and "the alliance" are a union of states the article
//     named, and "his country" is the country named just before it, itself
//     or as a person's ("Justin Trudeau of Canada");
//   - a demonym before a noun: a part of its country ("Russian officials",
//     "Chinese producers"), labelled by the noun, which names no country
//     in a naming difference;
//   - things and events the story keeps naming: noun phrases whose head
//     recurs in three outlets (both, in a story of two) ("the memos", "the tariffs", "a state
//     visit", "Trump's visit", "no collusion"), bare plurals of such a head ("tariffs on steel"),
//     abstract nouns written without a determiner ("alleged collusion"), a
//     demonym before such a noun ("Russian interference", no longer a part
//     of Russia once the story keeps naming the interference), and
//     synonyms of a common news event joined ("the trip", "the visit";
//     synonyms.go).
//
// Names used only as a medium, a setting, a work's title, a heading or a
// modifier, and the story's own outlets, are no actors (nonactors.go).
// Pronouns are not mentions: they carry no label.

// Actor is someone or something the story's articles talk about.
type Actor struct {
	ID string `json:"id"`
	// Name is the fullest name the story uses ("Donald Trump", "Iran",
	// "memos").
	Name string `json:"name"`
	// Kind is person, country, organisation, group, place or thing.
	Kind        string `json:"kind"`
	Affiliation string `json:"affiliation"`
	// Via says why the mentions are one actor ("capital of Iran").
	Via      string    `json:"via,omitempty"`
	Mentions []Mention `json:"mentions"`
	// Labels counts, per outlet, each label by voice, over every mention,
	// parts included; Comparison.LabelTables splits namings from parts.
	Labels map[string]map[string]*VoiceCounts `json:"labels"`
}

// Mention is one place an article names an actor.
type Mention struct {
	Article   int    `json:"article"`
	ArticleID string `json:"article_id"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Surface   string `json:"surface"`
	// Label is how the mention names the actor: its title or common-noun
	// head ("president", "dictator", "regime"), the place name as written
	// ("tehran"), or "(name)" for a bare personal name.
	Label       string   `json:"label"`
	Descriptors []string `json:"descriptors,omitempty"`
	Voice       Voice    `json:"voice"`
	Headline    bool     `json:"headline,omitempty"`
	// Part marks a mention of a part of the actor ("Russian officials"
	// of Russia), or of a set it belongs to ("those countries"): its label
	// says what part or set, not how the outlet names the actor, so it
	// makes no naming difference and the reports list it apart.
	Part bool `json:"part,omitempty"`
	// alias marks a label that is another name of the actor in house
	// style (houseStyleName): the label tables count it, but it makes no
	// naming difference.
	alias bool
}

// houseStyleName reports whether a gazetteer name other than the actor's
// canonical one is a matter of house style: an undisputed capital
// ("Tehran" for Iran's government), a short form the gazetteer marks so
// ("America", "Britain"), or another spelling of the canonical name ("al
// Qaida" for al-Qaeda, "Houthi" for Houthis). Former, formal and contested
// names ("Burma", "Persia", "Daesh", "DPRK"), and a capital whose status
// is disputed ("Jerusalem"), are a choice that frames.
func houseStyleName(e gazetteer.Entry, label string) bool {
	switch {
	case e.Kind == gazetteer.Capital:
		return !e.Ambiguous
	case strings.HasPrefix(e.Via, "short name of"):
		return true
	}
	return nearSpelling(squashLabel(label), squashLabel(strings.ToLower(e.Canonical)))
}

// nearSpelling reports whether two squashed names differ by at most one
// letter added, dropped or changed, or a plural "s", in names of five
// letters or more.
func nearSpelling(a, b string) bool {
	if a == b || a+"s" == b || b+"s" == a {
		return true
	}
	if len(a) < 5 || len(b) < 5 || len(a)-len(b) > 1 || len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	j, k := len(a), len(b)
	for j > i && k > i && a[j-1] == b[k-1] {
		j--
		k--
	}
	return j-i <= 1 && k-i <= 1
}

// bodyParts are titles that are also parts of the body, which "in the" or
// "on the" before them make the body's: "shot in the head" ("complained
// to the head" is the person).
var bodyParts = map[string]bool{"head": true}

// nameLabel is the label of a mention that is only a person's name.
const nameLabel = "(name)"

// actorKinds maps gazetteer kinds to actor kinds.
var actorKinds = map[gazetteer.Kind]string{
	gazetteer.Country: "country", gazetteer.Capital: "country", gazetteer.Demonym: "country",
	gazetteer.Seat: "organisation", gazetteer.Agency: "organisation", gazetteer.Organisation: "organisation",
	gazetteer.Group: "group", gazetteer.Party: "group", gazetteer.Place: "place", gazetteer.Subdivision: "place",
}

// ShownActors returns the actors a report's table shows: those mentioned by two
// or more outlets, most mentioned first, at most n of them.
func (c *Comparison) ShownActors(n int) []Actor {
	var out []Actor
	for _, a := range c.Actors {
		if len(a.Labels) >= 2 && len(out) < n {
			out = append(out, a)
		}
	}
	return out
}

// MentionAt returns the actor mentioned at a byte offset of an article of
// the comparison, and the mention; nil when none is.
func (c *Comparison) MentionAt(an *Analysis, off int) (*Actor, *Mention) {
	ai := slices.Index(c.Articles, an)
	for i := range c.Actors {
		for k := range c.Actors[i].Mentions {
			if mt := &c.Actors[i].Mentions[k]; mt.Article == ai && mt.Start <= off && off < mt.End {
				return &c.Actors[i], mt
			}
		}
	}
	return nil, nil
}

// SortedLabels returns an actor's labels, most used first.
func (a *Actor) SortedLabels() []string { return mostUsed(a.Labels) }

// rawMention is a mention before the story's actors are joined.
type rawMention struct {
	Mention
	key         string // actor key within the article: "p:surname", "g:canonical", "t:head stem"
	name        string
	kind        string
	affiliation string
	via         string
	// bound marks a description an appositive or copula binds to a name.
	bound bool
	// set marks a member of a set a plural phrase names ("those
	// countries"): no use of the name outside a list.
	set bool
	// office marks a country's office read from a demonym and a title
	// ("a Russian ambassador"): a part of the country that gives way to
	// a description naming the office's holder ("the French president"
	// for Macron).
	office bool
}

// articleMentions appends the mentions in one article to dst.
// owners are the capitalised words the story writes only in the
// possessive ("Martha's").
func articleMentions(dst []rawMention, g *gazetteer.Gazetteer, an *Analysis, ai int, toks []text.Token, owners map[string]bool) []rawMention {
	a := an.Article
	base := len(dst)
	out := dst
	titles := map[string][]string{} // title (lower) -> person keys holding it in this article
	persons := map[string]string{}  // surname -> fullest name
	// Words capitalised inside sentences are names wherever they stand;
	// a capitalised word only at a sentence's start may be any word.
	// starts[i] marks a token that opens a sentence: a long article has
	// one lookup per token, cheaper in a slice than in a map of offsets.
	starts := make([]bool, len(toks))
	for _, s := range a.Sentences {
		if k, ok := lastToken(toks, s.Start, false); ok {
			starts[k] = true
		}
	}
	initial := func(i int) bool { return starts[i] || sentenceInitial(toks, i) }
	// skips[i] is the token after a run that names no actor, opening a
	// paragraph at token i. A dateline is one: the place the story was
	// filed from; it opens the body, after a headline and a standfirst at
	// most.
	skips := map[int]int{}
	for _, p := range a.Paragraphs[:min(len(a.Paragraphs), 3)] {
		if k, ok := lastToken(toks, p.Start, false); ok {
			if end := datelineEnd(g, toks, k); end > k {
				skips[k] = end
			}
		}
	}
	// A paragraph a link's label opens ("More: ...", "Related: ...") is a
	// link to another story that the page set among the paragraphs: its
	// names are that story's, and it is skipped as a dateline is.
	for _, p := range a.Paragraphs {
		if k, ok := lastToken(toks, p.Start, false); ok {
			if corpus.IsLinkTeaser(a.Slice(p)) {
				skips[k] = paragraphEnd(toks, k, p.End)
			}
		}
	}
	titleCase := isTitleCase(a.Slice(a.TitleSpan))
	// midCaps maps the words capitalised inside sentences to whether one
	// of them stood there alone, not within a longer name: "May visited"
	// is the name alone, "Majestic Steel USA" holds "Steel" only.
	midCaps := map[string]bool{}
	lowered := map[string]bool{} // words the article writes in lower case
	capWord := func(k int) bool { return k >= 0 && k < len(toks) && toks[k].IsWord() && text.Capitalised(toks[k].Form) }
	// surnames are the words that end a person's name written in full
	// inside a sentence ("Secretary of State Condoleezza Rice met"): the
	// same word opening a sentence is the person even before a noun ("Rice
	// aides disagreed"), though the article writes "rice" too.
	surnames := map[string]bool{}
	for i, t := range toks {
		// The speaker after a quotation cut by a comma ('"We are done,"
		// Rice said') stands inside the sentence.
		if t.IsWord() && text.Capitalised(t.Form) && (!initial(i) || afterCutQuotation(toks, i)) {
			midCaps[t.Lower] = midCaps[t.Lower] || !capWord(i-1) && !capWord(i+1)
			if fullNameEnd(toks, i, capWord) {
				surnames[t.Lower[:len(t.Lower)-text.PossessiveLen(t.Lower)]] = true
			}
		} else if t.IsWord() && !text.Capitalised(t.Form) && !(i > 0 && toks[i-1].End == t.Start && (toks[i-1].Form == "@" || toks[i-1].Form == "#")) {
			lowered[t.Lower] = true // a handle or a hashtag ("@baeidinejad") is no word in lower case
		}
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !t.IsWord() {
			continue
		}
		if end, ok := skips[i]; ok {
			i = end - 1 // "CAIRO (AP) —", "Damascus, Syria (CNN) --": where the story was filed; a link's paragraph
			continue
		}
		sentStart := initial(i)
		if partyStateTag(toks, i) {
			continue // "R-Va.", "D-Calif.": a party and a state after a lawmaker's name
		}
		// A gazetteer name, unless it only describes a person named next
		// ("FBI Director James Comey", "Iranian Foreign Minister ...").
		if e, n, ok := g.MatchTokens(toks, i); ok && !e.Ambiguous && !(opensLongerName(g, e, toks, i+n, initial) && !(titleCase && a.TitleSpan.Contains(t.Start))) {
			// In a headline in title case the capitals after the name say
			// nothing: "White House Responds To Critics" is no person.
			if describes(g, toks, i+n) && !initial(i+n) && !(titleCase && a.TitleSpan.Contains(t.Start)) &&
				!(e.Kind != gazetteer.Demonym && officeComplement(toks, i)) { // a demonym after "to" opens a body's name ("the Libyan Transitional National Council")
				if m, j, ok := personAt(g, toks, i, a.Text, initial, owners); ok {
					out = append(out, m)
					i = j - 1
					continue
				}
			}
			if partyAdjective(e) && (!namesParty(e, toks, i+n) || capitalAt(g, toks, i+n)) {
				i += n - 1 // "Democratic norms are eroding", "Republican Rome": the plain adjective
				continue
			}
			if head := partyMemberHead(toks, i+n); head >= 0 && partyAdjective(e) {
				// "Republican lawmakers", "Democratic political
				// committees": members or bodies of the party, a part of
				// it labelled by their noun as a demonym's part is; the
				// adjective alone would label them "republican". Any of
				// them may be a person's description ("the Democratic
				// nominee"), to which the part gives way.
				out = append(out, partMention(g, e, a.Text, toks, i, head, false, true))
				i = head
				continue
			}
			if e.Kind == gazetteer.Demonym && gradedAt(toks, i) {
				i += n - 1 // "a very British affair", "so American": a quality, no country
				continue
			}
			if e.Kind == gazetteer.Demonym && !strings.HasSuffix(toks[i+n-1].Lower, "s") || initialsAsDemonym(g, e, toks, i, n, initial(i) || a.TitleSpan.Contains(t.Start)) {
				// An adjective before a noun: "Russian officials", "Chinese
				// producers" name a part of the country, labelled by their
				// noun; "the French president" is a person, and a
				// description names him.
				if head := demonymHead(toks, i+n); head >= 0 {
					if settlementNouns[toks[head].Lower] {
						i = head // "a Scottish golf retreat", "a Russian town": a place in the country, no part of it
						continue
					}
					if relationNouns[toks[head].Lower] && !ownedBefore(toks, i) && !ofName(toks, head+1) && !otherStateBefore(out[base:], toks, i, "g:"+strings.ToLower(e.Canonical), initial) {
						// "key American allies", "Russian rivals": the
						// countries beside or against it, no part of it;
						// "our Israeli allies", "the Kurdish allies" are
						// the Israelis and the Kurds, someone's allies, as
						// are "Kurdish allies of the United States" and,
						// after another state in the sentence, "the
						// United States evacuated Afghan allies".
						i = head
						continue
					}
					// "the Israeli occupation shelled the camp" names the
					// state by its rulers: no part of it; "the Russian
					// occupation of Crimea" is the act.
					noun := strings.ToLower(a.Text[toks[head].Start : toks[head].End-text.PossessiveLen(toks[head].Form)])
					names := statePowerNouns[noun] && !(head+1 < len(toks) && toks[head+1].Lower == "of")
					out = append(out, partMention(g, e, a.Text, toks, i, head, names, isTitle(toks[head].Lower)))
					i = head
					continue
				}
				i += n - 1 // "a British-born ...": a descriptor, no mention
				continue
			}
			start := t.Start
			if i > 0 && toks[i-1].Lower == "the" && !partyAdjective(e) { // "the Democratic nominee": "the" is the nominee's
				start = toks[i-1].Start
			}
			end := toks[i+n-1].End
			label := gazetteerLabel(toks[i : i+n])
			if f := toks[i].Form; label == strings.ToLower(e.Canonical) || isAcronym(f[:len(f)-text.PossessiveLen(f)]) {
				label = nameLabel // the actor's own name, or its initials ("ISIS's" too): no label
			}
			alias, ruled := label != nameLabel && houseStyleName(e, label), false
			if noun, from := governmentOf(toks, i); from >= 0 && (e.Kind == gazetteer.Country || e.Kind == gazetteer.Capital) {
				start, label, alias, ruled = toks[from].Start, noun, false, true // "the regime in Tehran": the country, named by its rulers
			}
			surface := a.Text[start:end]
			// A capital where something happens ("protests in Tehran",
			// "Yemen's capital, Sanaa") is the city, a part of the country,
			// not the outlet's name for its government; "the regime in
			// Tehran" names the government. So is a seat of government
			// named by its place ("the incident at Capitol Hill", "lawmakers
			// on Capitol Hill"); "pressure on Capitol Hill" names Congress.
			city := (e.Kind == gazetteer.Capital || e.Kind == gazetteer.Seat) && label != nameLabel && !ruled &&
				(settingUse(toks, i) || capitalApposition(toks, i) || capitalModifier(toks, i, i+n) || e.Kind == gazetteer.Seat && seatStreetUse(toks, i))
			// "Iranians", "Republicans", "a Tory": the people of the
			// country, the members of the party, not the outlet's name for
			// the state or the party.
			members := (e.Kind == gazetteer.Demonym || e.Kind == gazetteer.Party) && label != nameLabel
			out = append(out, rawMention{Mention: Mention{Start: start, End: end, Surface: surface, Label: label, Part: city || members, alias: alias},
				key: "g:" + strings.ToLower(e.Canonical), name: e.Canonical, kind: entryKind(g, e), affiliation: e.Affiliation, via: e.Via})
			i += n - 1
			continue
		}
		// A title and a name, or a name.
		if titleCase && a.TitleSpan.Contains(t.Start) {
			continue // a headline in title case: its capitals name nothing
		}
		if titleAt(t) && text.Capitalised(t.Form) || roleBeforeName(toks, i) || text.Capitalised(t.Form) && nameStart(toks, i, sentStart, midCaps, lowered, surnames) {
			if m, j, ok := personAt(g, toks, i, a.Text, initial, owners); ok {
				if j < len(toks) && governmentNouns[toks[j].Lower] && i > 0 && toks[i-1].Lower == "the" && m.Label == nameLabel {
					// "the Kim regime", "the Trump administration": the
					// person, named by the government he heads. Only a
					// loaded noun names him; "administration" is a part.
					m.Start, m.End, m.Label = toks[i-1].Start, toks[j].End, toks[j].Lower
					m.Surface = a.Text[m.Start:m.End]
					m.Part = !loadedGovernmentNouns[m.Label]
					if m.kind == "name" && personalGovernmentNouns[m.Label] && strings.HasPrefix(m.key, "p:") && rulerName(g, m.name, lowered) {
						// A one-word name the story never writes in full is
						// a person still when an administration or a
						// regime is named after it: parties and bodies
						// form governments, not administrations.
						m.kind = "person"
					}
					j++
				}
				if m.kind == "person" && m.affiliation == "" {
					if e, ok := partyAfterName(g, toks, j); ok {
						m.affiliation, m.via = e.Affiliation, e.Via // "Ted Cruz, a Republican from Texas", "Nancy Pelosi, D-Calif."
					}
				}
				if m.kind == "person" {
					surname := m.key[2:]
					if len(m.name) > len(persons[surname]) {
						persons[surname] = m.name
					}
					if m.Label != nameLabel && len(titles[m.Label]) < 2 {
						// Two holders are enough to leave "the president"
						// unread, so the list stays short on any article.
						titles[m.Label] = appendUnique(titles[m.Label], m.key)
					}
				}
				out = append(out, m)
				i = j - 1
				continue
			} else if j > i {
				i = j - 1 // "the Secretary of State" with no name: its complement names no one
				continue
			}
		}
		// "the president": a title one person of the article holds.
		if t.Lower == "the" {
			j := i + 1
			var desc []string
			for j < len(toks) && toks[j].IsWord() && !text.Capitalised(toks[j].Form) && !isTitle(toks[j].Lower) && j < i+3 && !stopwords[toks[j].Lower] {
				desc = append(desc, toks[j].Lower)
				j++
			}
			if j < len(toks) && toks[j].IsWord() && titleAt(toks[j]) {
				title := toks[j].Lower
				if len(desc) > 0 && officePrefixes[desc[len(desc)-1]] {
					title = desc[len(desc)-1] + "-" + title // "the vice president": the vice president, not the president
					desc = desc[:len(desc)-1]
				}
				// "The leader of Lebanon's Hezbollah", "the president of
				// the Alliance": what follows "of" says whose, and no
				// body is the office the article's one holder has; "the
				// President of the United States" is a state's office.
				of := j + 1
				if of < len(toks) && toks[of].Lower == "and" {
					// "the president and chief executive of Acme": the
					// "of" after the second title says whose the first is.
					of++
					for of < len(toks) && of < j+5 && toks[of].IsWord() && !text.Capitalised(toks[of].Form) && !stopwords[toks[of].Lower] && !postModifiers[toks[of].Lower] {
						of++
					}
				}
				// "and" then "of" joins no second title: "the president and of".
				ofWhom := of < len(toks) && toks[of].Lower == "of" && (of == j+1 || of > j+2) && text.PossessiveLen(toks[j].Form) == 0 && !ofCountry(g, toks, of)
				if keys := titles[title]; len(keys) == 1 && !ofWhom && !appositiveNameAfter(toks, j, persons[strings.TrimPrefix(keys[0], "p:")]) {
					out = append(out, rawMention{Mention: Mention{Start: t.Start, End: toks[j].End, Surface: a.Text[t.Start:toks[j].End], Label: title, Descriptors: desc},
						key: keys[0], kind: "person"})
					i = j
					continue
				}
			}
		}
	}
	// The outlet naming itself ("in an interview with USA TODAY") is the
	// teller, not an actor of the story.
	// A surname after its holder's full name is the person, though an
	// outlet share it ("Anita Hill" then "Hill" in The Hill).
	out = out[:base+len(slices.DeleteFunc(out[base:], func(m rawMention) bool {
		if full := persons[strings.TrimPrefix(m.key, "p:")]; strings.HasPrefix(m.key, "p:") && strings.Contains(full, " ") && !sameName(full, an.Outlet) {
			return false
		}
		return sameName(m.Surface, an.Outlet)
	}))]
	for k := base; k < len(out); k++ {
		out[k].Article, out[k].ArticleID = ai, a.ID
		out[k].Headline = a.TitleSpan.Len() > 0 && a.TitleSpan.Contains(out[k].Start)
		if out[k].kind == "person" && !strings.Contains(out[k].name, " ") {
			if full := persons[out[k].key[2:]]; full != "" {
				out[k].name = full // a bare surname: the article's fullest name for it
			}
		}
	}
	return out
}

// institutionConnector reports whether the lower-case word conn after an
// institution's noun goes on with its name: "for" after most ("the
// Center for American Progress"), "on" after a deliberative body's ("the
// Council on Foreign Relations"); a legislature's "for" is a seat ("the
// Parliament for Tooting") and a medium's "on" a channel ("Daily on
// SiriusXM").
func institutionConnector(noun, conn string) bool {
	switch conn {
	case "for":
		return isOrgWord(noun) && !legislatureNouns[noun]
	case "on":
		return deliberativeNouns[noun]
	}
	return false
}

// legislatureNouns are institution nouns whose members sit "for" a seat.
var legislatureNouns = map[string]bool{"parliament": true, "house": true, "assembly": true, "senate": true, "congress": true}

// deliberativeNouns are the bodies named after the matter they sit "on".
var deliberativeNouns = map[string]bool{"committee": true, "subcommittee": true, "council": true, "commission": true, "panel": true}

// institutionComplement reports whether the capitalised words at token k
// complete an institution's name after "for" or "on" ("American
// Manufacturing", "Foreign Relations"): no time ("the Court on Monday"),
// no state or party ("the Commission on Iran"), no possessive ("the
// Court on Trump's ban"), no demonym before a lower-case noun ("the
// Security Council on Syrian chemical weapons": a demonym ends no name)
// and no numbered document ("the Council on Resolution 2334"), which are
// what the institution acts on or when.
func institutionComplement(g *gazetteer.Gazetteer, toks []text.Token, k int) bool {
	if k >= len(toks) || !toks[k].IsWord() || !text.Capitalised(toks[k].Form) {
		return false
	}
	if e, _, ok := g.MatchTokens(toks, k); ok && e.Kind != gazetteer.Demonym {
		return false
	}
	last := k // the run's last word
	for k < len(toks) {
		if toks[k].IsWord() && text.Capitalised(toks[k].Form) {
			if timeNames[toks[k].Lower] || text.PossessiveLen(toks[k].Form) > 0 {
				return false
			}
			last = k
		} else if !(k+1 < len(toks) && text.Joined(toks[k-1], toks[k], toks[k+1]) && text.Capitalised(toks[k+1].Form)) {
			break // a hyphen goes on: "American-Islamic Relations"
		}
		k++
	}
	if e, n, ok := g.MatchTokens(toks, last); ok && n == 1 && e.Kind == gazetteer.Demonym {
		return false
	}
	return k >= len(toks) || toks[k].Kind != text.Number && (toks[k].Kind != text.Quote || !strings.HasPrefix(toks[k].Form, "'"))
}

// ofCountry reports whether the "of" at token k opens a country's name
// and nothing more ("of the United States", not "of Lebanon's Hezbollah").
func ofCountry(g *gazetteer.Gazetteer, toks []text.Token, k int) bool {
	m := k + 1
	if m < len(toks) && toks[m].Lower == "the" {
		m++
	}
	if m >= len(toks) {
		return false
	}
	e, n, ok := g.MatchTokens(toks, m)
	return ok && !e.Ambiguous && e.Kind == gazetteer.Country && text.PossessiveLen(toks[m+n-1].Form) == 0
}

// appositiveNameAfter reports whether a comma and a capitalised word
// other than a word of the holder's full name follow the title at token j
// ("replaced the former president, Sam Cook"): the title is that name's
// appositive, which the description rules bind, and no mention of the
// article's one holder of the title.
func appositiveNameAfter(toks []text.Token, j int, holder string) bool {
	if j+2 >= len(toks) || toks[j+1].Form != "," || !toks[j+2].IsWord() || !text.Capitalised(toks[j+2].Form) {
		return false
	}
	return !slices.Contains(strings.Fields(holder), toks[j+2].Form) && !speechTagAfter(toks, j+2)
}

// speechTagAfter reports whether the capitalised name opening at token k
// is followed by a reporting verb ("the president, Mr. Cook said, was
// tired"): a parenthetical speech tag, whose speaker the phrase before
// the comma is not.
func speechTagAfter(toks []text.Token, k int) bool {
	for n := 0; k < len(toks) && n < 6; k, n = k+1, n+1 {
		switch t := toks[k]; {
		case t.IsWord() && text.Capitalised(t.Form), t.Form == "." && k > 0 && toks[k-1].End == t.Start:
			continue // "Mr. Sam Cook"
		case t.IsWord():
			return corpus.IsCueWord(t.Lower)
		default:
			return false
		}
	}
	return false
}

// ownedBefore reports whether the phrase a demonym opens at token i has
// a determiner or a possessive before it, over at most two lower-case
// modifiers: "our Israeli allies", "his close Russian allies", "the
// Kurdish allies", "Assad's Russian allies" are the demonym's people as
// someone's allies; a bare "key American allies" are America's.
func ownedBefore(toks []text.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		t := toks[k]
		if (t.Form == "'" || t.Form == "’") && k > 0 && toks[k-1].End == t.Start {
			return true // "the U.S.' Kurdish allies": a possessive apostrophe alone
		}
		if !t.IsWord() {
			return false
		}
		if ownerDeterminers[t.Lower] || text.PossessiveLen(t.Form) > 0 {
			return true
		}
		if text.Capitalised(t.Form) || stopwords[t.Lower] {
			return false
		}
	}
	return false
}

// ofName reports whether "of" and a name start at token k ("of the United
// States", "of Kyiv"): the one whose allies or rivals the phrase before
// names ("Kurdish allies of the United States" are Kurds). "Rivals of the
// plan" name no one's.
func ofName(toks []text.Token, k int) bool {
	if k >= len(toks) || toks[k].Lower != "of" {
		return false
	}
	k++
	if k < len(toks) && toks[k].Lower == "the" {
		k++
	}
	return k < len(toks) && toks[k].IsWord() && text.Capitalised(toks[k].Form)
}

// otherStateBefore reports whether the sentence holding token i names,
// before it, a country other than the one keyed own, with a verb of care
// or abandonment between: that state is then the one whose allies or
// rivals the demonym's people are ("The United States evacuated Afghan
// allies": Afghans). mentions are the article's
// mentions so far, in order; initial reports a sentence's first token.
func otherStateBefore(mentions []rawMention, toks []text.Token, i int, own string, initial func(int) bool) bool {
	from := i
	for from > 0 && !initial(from) {
		from--
	}
	start := toks[from].Start
	for k := len(mentions) - 1; k >= 0 && mentions[k].Start >= start; k-- {
		if m := mentions[k]; m.kind == "country" && m.key != own && !m.Part && m.End <= toks[i].Start {
			return careVerbBetween(toks, m.End, i)
		}
	}
	return false
}

// careVerbBetween reports whether a verb by which a state treats its own
// allies (evacuating, sheltering, arming, abandoning them) stands between
// text offset end and token i: "The United States evacuated Afghan
// allies" are the United States' allies, the Afghans; after a blow
// ("Israel struck Iranian allies") they are the demonym's state's allies.
func careVerbBetween(toks []text.Token, end, i int) bool {
	for k := i - 1; k >= 0 && toks[k].Start >= end; k-- {
		if allyCareVerbs[toks[k].Lower] {
			return true
		}
	}
	return false
}

// allyCareVerbs are what a state does to its own allies: carry them out,
// shelter, arm or pay them, or leave them behind.
var allyCareVerbs = map[string]bool{"evacuated": true, "evacuates": true, "evacuate": true, "evacuating": true, "flew": true, "airlifted": true,
	"rescued": true, "protected": true, "protects": true, "protect": true, "sheltered": true, "resettled": true, "relocated": true, "admitted": true,
	"armed": true, "arms": true, "trained": true, "trains": true, "funded": true, "paid": true, "supplied": true, "backed": true, "supported": true,
	"abandoned": true, "abandons": true, "betrayed": true, "betrays": true, "deserted": true}

// ownerDeterminers say whose the noun after them is, or that the reader
// knows it.
var ownerDeterminers = map[string]bool{"the": true, "our": true, "my": true, "your": true, "his": true, "her": true, "its": true, "their": true}

// degreeAdverbs grade the adjective after them: a demonym so graded
// ("very British", "quintessentially American") says what something is
// like, not whose it is. "More" and "most" also count people ("most
// Iraqi officials"), so they are left out.
var degreeAdverbs = map[string]bool{"very": true, "so": true, "too": true, "quite": true, "truly": true, "typically": true,
	"quintessentially": true, "distinctly": true, "thoroughly": true, "uniquely": true, "utterly": true, "deeply": true, "rather": true}

// gradedAt reports whether a degree adverb grades the word at token i.
// "So" and "too" are also conjunctions and additions ("Talks failed, so
// Iranian officials walked out"): they grade only after a form of "be"
// or an article ("was so British", "a too American idea").
func gradedAt(toks []text.Token, i int) bool {
	if i < 1 || !degreeAdverbs[toks[i-1].Lower] {
		return false
	}
	if w := toks[i-1].Lower; w != "so" && w != "too" {
		return true
	}
	return i >= 2 && toks[i-2].IsWord() && gradingLeads[toks[i-2].Lower]
}

// gradingLeads are the words after which "so" and "too" grade an
// adjective: forms of "be" and of the linking verbs, and articles.
var gradingLeads = map[string]bool{"is": true, "was": true, "are": true, "were": true, "be": true, "been": true, "being": true,
	"seems": true, "seemed": true, "looks": true, "looked": true, "feels": true, "felt": true, "sounds": true, "sounded": true,
	"became": true, "become": true, "a": true, "an": true, "the": true, "not": true}

// entryKind is the actor kind of a gazetteer entry: a demonym's is that of
// what it is the demonym of, so that "European" is of Europe, a place, as
// "Europe" is, and "Iranian" of Iran, a country.
func entryKind(g *gazetteer.Gazetteer, e gazetteer.Entry) string {
	if e.Kind == gazetteer.Demonym {
		if ce, ok := g.Lookup(e.Canonical); ok && ce.Kind != gazetteer.Demonym && actorKinds[ce.Kind] != "" {
			return actorKinds[ce.Kind]
		}
	}
	return actorKinds[e.Kind]
}

// capitalApposition reports whether the name at token i is the
// apposition of "capital" ("Yemen's capital, Sanaa", "the Iranian
// capital, Tehran"): the city itself.
func capitalApposition(toks []text.Token, i int) bool {
	return i >= 2 && toks[i-1].Form == "," && toks[i-2].Lower == "capital"
}

// capitalModifier reports whether the capital at tokens i..end-1 modifies
// the common noun after it, after a determiner ("the Moscow project", "a
// Tehran court"): a thing in or of the city, not the outlet's name for the
// government; "the Tehran regime" names the rulers.
func capitalModifier(toks []text.Token, i, end int) bool {
	if end >= len(toks) || !toks[end].IsWord() || text.Capitalised(toks[end].Form) {
		return false
	}
	w := toks[end].Lower
	if i == 0 || !determiners[toks[i-1].Lower] {
		// With no determiner only a noun of places or dwellers shows the
		// capital a modifier ("leaves Cairo prison", "said Cairo resident
		// Jane Roe", "Tehran streets"); any other word may be a verb whose
		// subject the capital is ("Tehran denied").
		if cityNouns[w] && strings.HasSuffix(w, "s") && objectAfter(toks, end+1) {
			return false // "Tehran jails dissidents", "Moscow markets its gas": a verb and its object
		}
		return cityNouns[w] || placeParts[w] || roleNouns[w] && !governmentNouns[w]
	}
	return !governmentNouns[w] && !stopwords[w] && !strings.HasSuffix(w, "ed")
}

// objectAfter reports whether token k opens the object of a present verb
// before it: a determiner or an object pronoun ("markets its gas",
// "schools the region"), a bare plural noun ("jails dissidents") or the
// particles of "homes in on".
func objectAfter(toks []text.Token, k int) bool {
	if k >= len(toks) || !toks[k].IsWord() || text.Capitalised(toks[k].Form) {
		return false
	}
	w := toks[k].Lower
	return presentObjectWords[w] && w != "that" && w != "this" || pluralNoun(toks[k]) && !stopwords[w] || w == "in" && word(toks, k+1) == "on"
}

// cityNouns are places in a city and the people who live there: after a
// capital's name with no determiner ("Cairo prison", "Tehran residents")
// the capital says where, and names no government.
var cityNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`prison prisons jail jails hospital hospitals airport airports street streets square squares
		neighborhood neighbourhood neighborhoods neighbourhoods district districts suburb suburbs court courts courthouse
		university universities school schools mosque mosques church churches synagogue market markets bazaar hotel hotels
		station stations home homes apartment apartments office offices headquarters stadium cafe cafes restaurant restaurants
		resident residents native natives dweller dwellers shopkeeper shopkeepers man woman men women youth youths family families
		crowd crowds`) {
		cityNouns[w] = true
	}
}

// afterOf reports whether the name opening at token first follows "of"
// ("of Iran", "of the Taliban").
func afterOf(toks []text.Token, first int) bool {
	k := first - 1
	if word(toks, k) == "the" {
		k--
	}
	return word(toks, k) == "of"
}

// governmentNouns name the rulers of a country, and how an outlet calls
// them is a label of the country: "the government in Seoul", "the regime
// in Tehran".
var governmentNouns = map[string]bool{"government": true, "regime": true, "administration": true, "leadership": true, "authorities": true, "junta": true}

// personalGovernmentNouns are the governments news names after the one
// person who heads them ("the Obama administration", "the Assad regime").
var personalGovernmentNouns = map[string]bool{"administration": true, "regime": true}

// statePowerNouns after a demonym name the state by a judgement of the
// power that rules it ("the Israeli occupation", "the Burmese junta"), as
// the loaded government nouns name a leader; "the Iranian government"
// stays a part, what the state has, as "the Obama administration" is.
var statePowerNouns = map[string]bool{"regime": true, "junta": true, "occupation": true}

// loadedGovernmentNouns judge the rulers they name: "the Kim regime" is
// how an outlet calls Kim, "the Obama administration" only what he heads.
var loadedGovernmentNouns = map[string]bool{"regime": true, "junta": true}

// governmentOf reads "the <government noun> in|of" before token i: the
// noun and the token of "the"; -1 when the name is not so introduced.
func governmentOf(toks []text.Token, i int) (string, int) {
	if i < 3 || toks[i-1].Lower != "in" && toks[i-1].Lower != "of" || !governmentNouns[toks[i-2].Lower] || toks[i-3].Lower != "the" {
		return "", -1
	}
	return toks[i-2].Lower, i - 3
}

// initialsAsDemonym reports whether a country written in initials at
// tokens i..i+n-1 stands before a plural noun as its demonym would, with
// no determiner before it: "U.S. exports", "UK officials" are American
// exports and British officials, a part of the country labelled by the
// noun; "the U.S. economy" and "U.S. production" stay the country's name.
// demonymHead reads the noun phrase as it does after a demonym. opening
// says the name opens a sentence or stands in the headline, where it is
// as often the subject of a verb in -s ("U.S. sends troops", "US calls
// for talks").
func initialsAsDemonym(g *gazetteer.Gazetteer, e gazetteer.Entry, toks []text.Token, i, n int, opening bool) bool {
	if e.Kind != gazetteer.Country || n != 1 || !isAcronym(strings.ReplaceAll(toks[i].Form, ".", "")) || text.PossessiveLen(toks[i].Form) > 0 {
		return false
	}
	if i > 0 && (determiners[toks[i-1].Lower] || text.PossessiveLen(toks[i-1].Form) > 0) {
		return false
	}
	if i > 0 && toks[i-1].End == toks[i].Start && (toks[i-1].Form == "-" || toks[i-1].Form == "‐") {
		return false // "anti-U.S. militias", "Israel-U.S. ties": a modifier's word, no people of the country
	}
	if i+1 < len(toks) && toks[i+1].Form == "-" && toks[i+1].Start == toks[i].End {
		return false // "US-UK talks"
	}
	if i > 0 && subordinators[toks[i-1].Lower] {
		return false // "as U.S. pushes for sanctions", "after U.S. warns of strikes": the subject of a clause
	}
	// "U.S. allies", "U.S. trading partners" are other countries, beside
	// the one named: the name stays the country's.
	head := demonymHead(toks, i+1)
	if head < 0 || !pluralNoun(toks[head]) || text.PossessiveLen(toks[head].Form) > 0 || relationNouns[toks[head].Lower] || toks[head].Lower != strings.TrimSuffix(toks[head].Lower, "partners") {
		return false
	}
	// The word in -s is read as a plural noun only when what follows
	// cannot be a verb's object or complement: after an opening name, a
	// verb of the clause ("U.S. officials said"); inside a sentence, also
	// a mark, a conjunction or a preposition ("U.S. troops in Iraq"), but
	// no "to" or "that" ("U.S. law states that ...").
	k := head + 1
	if k < len(toks) && finiteVerbAt(toks, k) {
		return true
	}
	if opening || k < len(toks) && (toks[k].Form == ":" || toks[k].Lower == "to" || toks[k].Lower == "that") {
		return false
	}
	return k >= len(toks) || !toks[k].IsWord() || postModifiers[toks[k].Lower] || toks[k].Lower == "and" || toks[k].Lower == "or"
}

// subordinators open a clause whose subject follows: the word in -s after
// a country's initials there is its verb.
var subordinators = map[string]bool{"as": true, "after": true, "before": true, "when": true, "while": true, "because": true,
	"if": true, "since": true, "until": true, "unless": true, "though": true, "although": true, "once": true}

// partMention is the mention of a part of a gazetteer entry that a
// demonym or a party's adjective at token i opens and token head ends
// ("Russian officials", "Republican lawmakers"): labelled by the head
// noun, the words before it its descriptors. names marks a noun that
// names the whole by its rulers ("the Israeli occupation"): no part;
// office marks a part that gives way to a description naming its holder
// (rawMention.office).
func partMention(g *gazetteer.Gazetteer, e gazetteer.Entry, txt string, toks []text.Token, i, head int, names, office bool) rawMention {
	start, end := toks[i].Start, toks[head].End-text.PossessiveLen(toks[head].Form)
	var desc []string
	for _, w := range toks[i:head] {
		if w.IsWord() {
			desc = append(desc, w.Form)
		}
	}
	return rawMention{Mention: Mention{Start: start, End: end, Surface: txt[start:end], Label: strings.ToLower(txt[toks[head].Start:end]), Descriptors: desc, Part: !names},
		key: "g:" + strings.ToLower(e.Canonical), name: e.Canonical, kind: entryKind(g, e), affiliation: e.Affiliation, via: e.Via,
		office: office}
}

// partyMemberHead returns the head of the noun phrase after a party's
// adjective at token k when it names the party's people or one of its
// bodies ("lawmakers" in "Republican lawmakers", "committees" in
// "Democratic political committees", "senator" in "a Democratic senator
// said"); -1 for anything else ("the Republican tax bill", "Democratic
// norms"), where the adjective stays the mention. The phrase is read as a
// demonym's is, but a title ends it only as a head: before a name or "of"
// it is a person's office ("Republican senator John Roe") and no part,
// and before a noun it is a modifier ("Republican general election
// opponents").
func partyMemberHead(toks []text.Token, k int) int {
	head := -1
	for j := k; j < len(toks) && j < k+3; j++ {
		t := toks[j]
		if outsideNounPhrase(t) {
			break
		}
		if n := j + 1; isTitle(t.Lower) && n < len(toks) && (toks[n].IsWord() && text.Capitalised(toks[n].Form) || toks[n].Lower == "of") {
			return -1
		}
		if j > k && verbForm(t.Lower) || notInNounPhrase[t.Lower] {
			break
		}
		if n := j + 1; j > k && pluralNoun(t) && titleVerbs[singularNoun(t.Lower)] && n < len(toks) && (phrasePrepositions[toks[n].Lower] || determiners[toks[n].Lower]) {
			break // "the Republican nomination heads to a convention": a verb
		}
		head = j
		if closesPhrase(toks, j) {
			break
		}
	}
	if head < 0 {
		return -1
	}
	// Members, bodies, offices and the roles of politics ("Republican
	// hopefuls", "a Democratic aide") are the party's people; protesters,
	// victims or fighters only come from it.
	one := singularNoun(toks[head].Lower[:len(toks[head].Lower)-text.PossessiveLen(toks[head].Form)])
	if memberNouns[one] || institutionNouns[one] || isTitle(one) && !bystanderRoles[one] {
		return head
	}
	return -1
}

// phrasePrepositions open a phrase after a noun or a verb: after a title
// that is also a verb and follows another noun ("nomination heads to")
// they mark the verb.
var phrasePrepositions = map[string]bool{"of": true, "to": true, "in": true, "on": true, "for": true, "with": true, "from": true, "at": true,
	"by": true, "into": true, "toward": true, "towards": true}

// titleVerbs are titles whose plural is also a verb's third person
// ("heads", "chairs", "leads").
var titleVerbs = map[string]bool{"head": true, "chair": true, "lead": true, "judge": true, "whip": true, "host": true, "anchor": true,
	"counsel": true, "star": true, "boss": true}

// bystanderRoles are roles (roleNouns) of people a party's adjective
// places but who do not act for it: "Democratic protesters" march
// against or beside it, as "refugees from Norway" are no state's agents.
var bystanderRoles = map[string]bool{"protester": true, "demonstrator": true, "suspect": true, "gunman": true, "attacker": true,
	"shooter": true, "killer": true, "victim": true, "survivor": true, "witness": true, "migrant": true, "refugee": true, "militant": true,
	"terrorist": true, "rebel": true, "insurgent": true, "extremist": true, "jihadist": true, "fighter": true}

// demonymHead returns the head of the noun phrase a demonym opens at
// token k ("officials" in "Russian officials", "producers" in "Chinese
// steel producers"): up to three lower-case words, ending at the first
// plural or before a function word; -1 when none follows.
func demonymHead(toks []text.Token, k int) int {
	head := -1
	for j := k; j < len(toks) && j < k+3; j++ {
		t := toks[j]
		if outsideNounPhrase(t) {
			break
		}
		if isTitle(t.Lower) {
			// "a Russian ambassador", "the Russian envoy to the US": one
			// who acts for the country, a part of it like "Russian
			// diplomats"; a description that names a person ("the French
			// president" for Macron) holds it, and the part is dropped
			// (dropModifiersOfPersons). Before a name ("British spy
			// Christopher Steele") the title is the person's; before "of"
			// it opens a longer office ("the Irish head of state"); "the
			// largest American ally" is another state.
			if n := j + 1; n < len(toks) && (toks[n].IsWord() && text.Capitalised(toks[n].Form) || toks[n].Lower == "of") || relationNouns[t.Lower] {
				return -1
			}
			return j
		}
		if j > k && verbForm(t.Lower) || notInNounPhrase[t.Lower] {
			break // "an Israeli airstrike hit ...", "a Saudi national working for", "the Iranian government meanwhile": no noun after the head
		}
		head = j
		if closesPhrase(toks, j) {
			break // "Pakistani police detain ...": a verb after a plural
		}
	}
	return head
}

// outsideNounPhrase reports whether token t can be no word of the noun
// phrase a demonym or a party's adjective opens: no word, a capitalised
// word (a name), a function word or a word that follows a noun.
func outsideNounPhrase(t text.Token) bool {
	return t.Kind != text.Word || text.Capitalised(t.Form) || stopwords[t.Lower] || postModifiers[t.Lower]
}

// verbForm reports whether a word after such a phrase's first one reads
// as a verb ("an Israeli airstrike hit", "a Saudi national working for").
func verbForm(w string) bool {
	return pastForm(w) || len(w) > 5 && strings.HasSuffix(w, "ing")
}

// closesPhrase reports whether token j is the last word of such a
// phrase: a plural, a possessive, or a singular before a verb.
func closesPhrase(toks []text.Token, j int) bool {
	t := toks[j]
	return pluralNoun(t) || pluralWithoutS(t.Lower) || text.PossessiveLen(t.Form) > 0 || singularBeforeVerb(toks, j)
}

// personAt reads a person's mention starting at token i: descriptors and
// titles, then the name ("North Korean dictator Kim Jong Un", "President
// Donald Trump", "Mr. Comey", "National Security Advisor Jake Sullivan").
// It returns the mention and the token after it. A capitalised run that
// names no person (an institution the gazetteer lacks, an acronym) is a
// mention of kind "organisation" or "name"; an office and its complement
// with no name ("the Secretary of State") and a picture's label ("Hide
// Caption") are no mention, and the token after them is returned, so that
// none of their words is read as a name.
func personAt(g *gazetteer.Gazetteer, toks []text.Token, i int, txt string, initial func(int) bool, owners map[string]bool) (rawMention, int, bool) {
	j := i
	affiliation, via := "", ""
	var desc []string
	possessor := false // a describing name in the possessive: "Russia's Putin", "America's Voice"
	// Gazetteer names that describe what follows ("Iranian", "FBI").
	for j < len(toks) && toks[j].IsWord() {
		e, n, ok := g.MatchTokens(toks, j)
		if !ok || e.Ambiguous || !describes(g, toks, j+n) || j+n < len(toks) && initial(j+n) || opensLongerName(g, e, toks, j+n, initial) {
			break
		}
		desc = append(desc, txt[toks[j].Start:toks[j+n-1].End])
		possessor = possessor || text.PossessiveLen(toks[j+n-1].Form) > 0
		if affiliation == "" {
			affiliation, via = e.Affiliation, e.Via
		}
		j += n
		if o := afterOfficeAdjectives(toks, j); o > j {
			desc = append(desc, txt[toks[j].Start:toks[o-1].End]) // "Republican presidential"
			j = o
		}
	}
	// The run of titles and capitalised words, hyphenated names joined.
	type word struct {
		form, lower string
		end         int // byte offset after it
	}
	var run []word
	// namesPerson reports whether a run already holds a person's name:
	// two capitalised words after its last title, or one after a title
	// ("King Abdullah"), not a title alone ("Secretary" of State).
	namesPerson := func(run []word) bool {
		k := 0
		for k < len(run) && !isTitle(run[len(run)-1-k].lower) && text.Capitalised(run[len(run)-1-k].form) {
			k++
		}
		if slices.ContainsFunc(run, func(w word) bool { return isOrgWord(w.form) }) {
			return false // "Royal Bank of Canada": an institution's whole name
		}
		return k >= 2 || k >= 1 && k < len(run)
	}
	for j < len(toks) {
		t := toks[j]
		if t.Kind == text.Quote && len(run) > 0 && j+3 < len(toks) && toks[j+1].IsWord() && text.Capitalised(toks[j+1].Form) &&
			toks[j+2].Kind == text.Quote && toks[j+3].IsWord() && text.Capitalised(toks[j+3].Form) {
			j += 3 // a nickname: General Michael "Erik" Kurilla
			continue
		}
		if !t.IsWord() || j > i && initial(j) {
			break
		}
		switch {
		case len(run) > 0 && governmentNouns[t.Lower] && !text.Capitalised(t.Form):
			goto done // "the Kim regime": the name ends before what it rules
		case t.Lower == "of" && countryAt(g, toks, j+1) && namesPerson(run):
			// "Prime Minister Shinzo Abe of Japan": the person, then his
			// country, a mention of its own and the person's affiliation.
			if affiliation == "" {
				e, _, _ := g.MatchTokens(toks, j+1)
				affiliation = e.Affiliation // a country's is itself; a state's its country
			}
			goto done
		case t.Lower == "of" && j+1 < len(toks) && text.Capitalised(toks[j+1].Form) && namesPerson(run):
			// "Senator Amy Klobuchar of Minnesota", "Jane Roe of Acme
			// Corp.": a full name, then where the person comes from or
			// works; the name ends before it, so that it is the same
			// person as "Amy Klobuchar".
			goto done
		case text.Capitalised(t.Form) || titleAt(t):
		case len(run) > 0 && institutionConnector(run[len(run)-1].lower, t.Lower) && institutionComplement(g, toks, j+1):
			// "the Alliance for American Manufacturing", "the Council on
			// Foreign Relations": an institution's name goes on after its
			// noun, or its words are read as a person ("American
			// Manufacturing") and a bare noun ("Alliance").
		case len(run) > 0 && nameConnectors[t.Lower] && j+2 < len(toks) && text.Joined(t, toks[j+1], toks[j+2]) && text.Capitalised(toks[j+2].Form):
			// "al-Assad", "el-Sisi": a particle joined to the surname.
		case roleBeforeName(toks, j):
		case len(run) > 0 && nameConnectors[t.Lower] && j+1 < len(toks) && text.Capitalised(toks[j+1].Form):
		default:
			goto done
		}
		w := word{t.Form, t.Lower, t.End}
		for j+2 < len(toks) && text.Joined(toks[j], toks[j+1], toks[j+2]) && (text.Capitalised(toks[j+2].Form) ||
			isTitle(w.lower+"-"+toks[j+2].Lower) || joinedNamePart(len(run), toks[j], toks[j+2]) ||
			toks[j+2].Lower == "in" && isTitle(w.lower)) { // "Editor-in-Chief", "commander-in-chief"
			w.form += txt[toks[j+1].Start:toks[j+2].End]
			w.lower = strings.ToLower(w.form)
			w.end = toks[j+2].End
			j += 2
		}
		run = append(run, w)
		j++
		if text.PossessiveLen(w.form) > 0 && !possessiveNamePart(w.lower) && !(j < len(toks) && text.Capitalised(toks[j].Form) && isOrgWord(toks[j].Form)) &&
			!possessiveCompound(g, toks, j, run[0].lower, len(run), initial, owners) {
			// "Fusion's Jorge Ramos", "Mitt Romney's Medicare": the owner's
			// name ends at its possessive; "the Special Counsel's Office"
			// is one institution's name.
			break
		}
	}
done:
	for len(run) > 0 && nameConnectors[run[len(run)-1].lower] {
		run = run[:len(run)-1]
		j--
	}
	// "a European Council Official said": a staff word in capitals after
	// an institution's name is one of its people, no word of the name.
	// The caller goes on after it (j stays), so that it names nothing.
	for len(run) > 1 && staffWords[run[len(run)-1].lower] && isOrgWord(run[len(run)-2].form) {
		run = run[:len(run)-1]
	}
	if len(run) == 0 || slices.ContainsFunc(run, func(w word) bool { return isShouted(w.form) }) {
		return rawMention{}, i, false // "NO COLLUSION": a shouted phrase, no name
	}
	small := 0
	for _, w := range run[1:] {
		if smallTitleWords[w.lower] && text.Capitalised(w.form) {
			small++
		}
	}
	if small >= 2 {
		return rawMention{}, j, false // "Dozens Of Diplomats Call For Pressure On Syria": a headline in title case, read whole
	}
	// The last title splits the run: titles and descriptors before it,
	// the name after it.
	last := -1
	orgConnector := func(k int) bool { // "for" in "Alliance for American Manufacturing"
		return k > 0 && institutionConnector(run[k-1].lower, run[k].lower)
	}
	conn := -1 // the connector's index in the run, if any
	for k := range run {
		if orgConnector(k) {
			conn = k
			break
		}
	}
	for k, w := range run {
		if conn >= 0 && k > conn && text.Capitalised(w.form) && len(run)-1-k < 2 {
			// "the Brennan Center for Justice": a capitalised title after
			// the connector is a word of the institution's name unless a
			// person's full name follows it ("the Institute for Justice
			// President Jane Roe").
			continue
		}
		if isTitle(w.lower) && !(capitalisedOnly[strings.TrimSuffix(w.lower, ".")] && !text.Capitalised(w.form)) || !text.Capitalised(w.form) && !nameConnectors[w.lower] && !particleName(w.lower) && !orgConnector(k) {
			last = k
		}
	}
	name := run[last+1:]
	if len(name) == 0 {
		return rawMention{}, i, false // a title alone ("the President"): no name here
	}
	// "Secretary of State Hillary Clinton": the title's complement is no
	// part of the name.
	for last >= 0 && len(name) > 2 && nameConnectors[name[0].lower] {
		// "Director of National Intelligence Dan Coats": the words of a
		// government's domain go with the office; an unknown complement
		// is one word ("Prime Minister of Gondor Jane Roe").
		name = name[1:]
		n := len(name)
		for len(name) > 2 && officeDomains[name[0].lower] {
			name = name[1:]
		}
		if len(name) == n {
			name = name[1:]
		}
	}
	if name[0].lower == "of" {
		return rawMention{}, j, false // "the governor of Michigan": an office and its complement, no name
	}
	label := nameLabel
	if last >= 0 {
		label = strings.TrimSuffix(run[last].lower, ".")
		if honorifics[label] {
			label = nameLabel // "Mr. Comey": a house style, not a label
		}
		label = fullTitle(label)
		if label == "general" && last > 0 {
			// "Secretary General", "Attorney General", "Lt. Gen.": the
			// office is the pair, the same label as "secretary-general";
			// "Chairman Gen. Joseph Dunford" is a general who chairs.
			if office := fullTitle(strings.TrimSuffix(run[last-1].lower, ".")); generalOffices[office] {
				label = office + "-general"
				last--
			}
		}
		if last > 0 && officePrefixes[strings.ToLower(run[last-1].form)] {
			// "Vice President Mike Pence": another office than the
			// president's, the same label as "vice-president".
			label = strings.ToLower(run[last-1].form) + "-" + label
			last--
		} else if last == 0 && i > 0 && toks[i-1].IsWord() && officePrefixes[toks[i-1].Lower] && text.Capitalised(toks[i-1].Form) {
			// "Vice President Joe Biden" opening a sentence, where "Vice",
			// written lower case elsewhere, starts no name of its own.
			label, i = toks[i-1].Lower+"-"+label, i-1
		}
		for _, w := range run[:last] {
			desc = append(desc, w.form)
		}
	}
	names := make([]string, len(name))
	for k, w := range name {
		names[k] = w.form
	}
	end := name[len(name)-1].end
	if p := text.PossessiveLen(names[len(names)-1]); p > 0 {
		names[len(names)-1] = names[len(names)-1][:len(names[len(names)-1])-p]
		end -= p
	}
	surname, generation := len(names)-1, ""
	for len(names) > 1 {
		suffix := strings.TrimSuffix(strings.ToLower(names[len(names)-1]), ".")
		if suffix == "jr" || suffix == "sr" {
			surname, generation = len(names)-2, " "+suffix // "Donald Trump Jr." is the son, never "Donald Trump"
			break
		}
		if !generationSuffixes[suffix] {
			break
		}
		names = names[:len(names)-1] // "Robert S. Mueller III" is "Robert Mueller"
		surname = len(names) - 1
	}
	full := strings.Join(names, " ")
	if e, ok := g.Lookup(full); ok && !e.Ambiguous && last >= 0 {
		// "the chief U.S. diplomat": a title before a country's name,
		// which is no person's; the country is read from its own token.
		for k := i; k < j; k++ {
			if toks[k].End == name[0].end || toks[k].End > name[0].end {
				return rawMention{}, k, false
			}
		}
	}
	s := txt[toks[i].Start:end]
	if slices.ContainsFunc(names, func(w string) bool { return captionWords[strings.ToLower(w)] }) || j < len(toks) && captionWords[toks[j].Lower] && !text.Capitalised(toks[j].Form) {
		return rawMention{}, j, false // "Hide Caption", "Media caption", "Getty Images": a web page's furniture, read whole
	}
	if prefix, _, ok := strings.Cut(strings.ToLower(names[0]), "-"); ok && stancePrefixes[prefix] {
		return rawMention{}, i, false // "Anti-U.S." protests, "Pro-Kremlin" media: a stance, no name
	}
	// "Kansas City", "the Jobs Act", "Senate Democrats", "The Hill": a
	// name whose last word is a common noun of places, laws, bodies or
	// groups, or that opens with "The", names no person.
	headKind, named := nonPersonHeads[strings.ToLower(names[len(names)-1])]
	if !named && len(names) > 1 && names[0] == "The" {
		headKind, named = "organisation", true
	}
	if len(names) == 1 && commonAcronyms[names[0]] {
		return rawMention{}, j, false // "said on TV": a medium or a thing, no actor
	}
	if !named && len(names) > 1 && last < 0 && names[len(names)-1] == "Day" && holidayName(names) {
		return rawMention{}, j, false // "Memorial Day", "Election Day": a time, as "Tuesday" is
	}
	if k := slices.IndexFunc(names, func(w string) bool { return w == "for" || w == "on" }); !named && k > 0 && institutionConnector(strings.ToLower(names[k-1]), names[k]) {
		headKind, named = "organisation", true // "the Council on Foreign Relations": the institution's noun heads it
	}
	if of := slices.Index(names, "of"); !named && of > 0 {
		headKind, named = nonPersonHeads[strings.ToLower(names[of-1])] // "Code of Conduct", "Act of Congress": the head before "of"
		if e, ok := g.Lookup(strings.Join(names[of+1:], " ")); !named && of == 1 && last < 0 && ok && e.Kind == gazetteer.Country {
			// "the Economy of Turkey", "Bank of Canada": one word, then a
			// country; with no title before it, a thing or body of that
			// country, no person whose surname the country's name becomes.
			headKind, named = "organisation", true
		}
	}
	if !named && len(names) > 1 && last < 0 && placePrefixes[strings.ToLower(names[0])] {
		// "Des Moines", "Los Angeles", "Fort Worth"; after a person's title
		// ("Defence Secretary Des Browne") a person. A plural after the
		// town's name makes a team or a paper ("San Antonio Spurs").
		headKind, named = "place", true
		if last := names[len(names)-1]; len(names) > 2 && strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") {
			headKind = "organisation"
		}
	}
	if e, ok := g.Lookup(names[len(names)-1]); !named && ok && e.Kind == gazetteer.Demonym && strings.HasSuffix(names[len(names)-1], "s") {
		headKind, named = "group", true // "Jewish Israelis", "Arab Americans": people, no person
	}
	if named && (len(names) > 1 || len(desc) > 0 || last >= 0) {
		if last >= 0 && headKind != "place" {
			full = run[last].form + " " + full // "General Assembly": "general" is no title of an assembly
		}
		return rawMention{Mention: Mention{Start: toks[i].Start, End: end, Surface: s, Label: nameLabel, Descriptors: desc},
			key: "o:" + strings.ToLower(full), name: full, kind: headKind, affiliation: affiliation, via: via}, j, true
	}
	for _, w := range names {
		if isOrgWord(w) {
			// "Justice Department", "Foreign Ministry": an institution.
			return rawMention{Mention: Mention{Start: toks[i].Start, End: end, Surface: s, Label: strings.ToLower(full)},
				key: "o:" + strings.ToLower(full), name: full, kind: "organisation", affiliation: affiliation, via: via}, j, true
		}
	}
	if len(names) > 1 && text.PossessiveLen(names[0]) > 0 {
		// "Martha's Vineyard", "Hell's Kitchen": no person's name holds a
		// possessive; a place or an organisation, as the story uses it.
		return rawMention{Mention: Mention{Start: toks[i].Start, End: end, Surface: s, Label: label, Descriptors: desc},
			key: "n:" + strings.ToLower(full), name: full, kind: "name", affiliation: affiliation, via: via}, j, true
	}
	kind := "person"
	if last < 0 && len(names) == 1 && (len(desc) == 0 || isAcronym(names[0]) || possessor) {
		// "Brexit", "Congress", "UAV": a person only if named in full
		// elsewhere; so is a word after an owner's name ("Russia's
		// Putin", but "America's Voice").
		kind = "name"
	}
	start := toks[i].Start
	if last >= 0 && label != nameLabel {
		// "former national security adviser Michael Flynn": the office's
		// words before the title are the person's descriptors.
		if k := officeWordsBefore(toks, i); k < i {
			start, s = toks[k].Start, txt[toks[k].Start:end]
			before := i
			if p := i - 1; officePrefixes[toks[p].Lower] && !strings.Contains(label, "-") {
				// "deputy counsel Jane Roe": another office than the
				// counsel's, as "Deputy Counsel Jane Roe" is.
				label, before = toks[p].Lower+"-"+label, p
			}
			if before > k {
				words := strings.TrimRight(txt[toks[k].Start:toks[before-1].End], "-‐")
				desc = append(strings.Fields(strings.ToLower(words)), desc...)
			}
		}
	}
	return rawMention{Mention: Mention{Start: start, End: end, Surface: s, Label: label, Descriptors: desc},
		key: "p:" + personKey(names[surname]) + generation, name: full, kind: kind, affiliation: affiliation, via: via}, j, true
}

// officeWordsBefore returns the first of the lower-case words of an
// office and of its tenure that stand right before token i, which opens a
// title and a name ("former national security" before "adviser Michael
// Flynn", "then-national security", "special" before "counsel Robert
// Mueller", "former" before "FBI Director James Comey"); i when none do.
// Other words before a title ("discuss", "the") are no part of it.
func officeWordsBefore(toks []text.Token, i int) int {
	k := i
	officeWord := func(t text.Token) bool {
		return t.Kind == text.Word && !text.Capitalised(t.Form) && (officeQualifier(t.Lower) || tenureWords[t.Lower])
	}
	for k > 0 && officeWord(toks[k-1]) {
		k--
		for k >= 2 && text.Joined(toks[k-2], toks[k-1], toks[k]) && officeWord(toks[k-2]) {
			k -= 2 // "then-national", "ex-deputy"
		}
	}
	return k
}

// tenureWords say when or how long someone holds an office: "former",
// "then-", "acting", "longtime".
var tenureWords = map[string]bool{"former": true, "then": true, "acting": true, "outgoing": true, "incoming": true, "interim": true,
	"longtime": true, "late": true, "top": true}

// possessiveCompound reports whether the one capitalised word before token
// j, in the possessive, and the one capitalised word at j are one name
// ("Martha's Vineyard", "Hell's Kitchen"): the owner is a word the article
// writes only so (owners), and no title, person's full name, name the
// gazetteer knows or time follows it; "Acme's Tom Vale", "Trump's Medicare
// plan" beside a bare "Trump", and "Tuesday's Nevada vote" are an owner
// and what it has.
func possessiveCompound(g *gazetteer.Gazetteer, toks []text.Token, j int, owner string, run int, initial func(int) bool, owners map[string]bool) bool {
	owner = owner[:len(owner)-text.PossessiveLen(owner)]
	if run != 1 || !owners[owner] || timeNames[owner] || j >= len(toks) || !toks[j].IsWord() || !text.Capitalised(toks[j].Form) ||
		initial(j) || titleAt(toks[j]) || text.PossessiveLen(toks[j].Form) > 0 || timeNames[toks[j].Lower] {
		return false
	}
	if j+1 < len(toks) && toks[j+1].IsWord() && text.Capitalised(toks[j+1].Form) {
		return false // "Acme's Tom Vale": a person's full name
	}
	_, _, known := g.MatchTokens(toks, j)
	return !known
}

// holidayName reports whether a name ending in "Day" is a day of the
// calendar ("Memorial Day", "New Year's Day", "International Women's
// Day"), not a person surnamed Day ("Doris Day", "Kevin Day"): its first
// word is a holiday's or it holds a possessive.
func holidayName(names []string) bool {
	if holidayWords[strings.ToLower(names[0])] {
		return true
	}
	return slices.ContainsFunc(names[:len(names)-1], func(w string) bool { return text.PossessiveLen(w) > 0 })
}

// holidayWords open the names of days of the calendar.
var holidayWords = map[string]bool{"memorial": true, "election": true, "veterans": true, "labor": true, "labour": true,
	"independence": true, "thanksgiving": true, "christmas": true, "new": true, "inauguration": true, "remembrance": true,
	"armistice": true, "victory": true, "earth": true, "may": true, "easter": true, "boxing": true, "columbus": true,
	"presidents": true, "anzac": true, "bastille": true, "nakba": true, "quds": true, "jerusalem": true, "world": true,
	"international": true, "national": true, "polling": true, "voting": true, "primary": true, "opening": true, "d": true}

// generationSuffixes end a name without being its surname, and are
// dropped from it, since news names the man with and without them. "Jr."
// and "Sr." stay in the name and its key: they tell a son from his
// father, whom the same story often names too.
var generationSuffixes = map[string]bool{"ii": true, "iii": true, "iv": true}

// possessiveNamePart reports whether a word in the possessive is part of
// the name after it ("People's Liberation Army", "Children's Hospital"):
// a plural of people, whose possessive makes a name; any other possessive
// ends the name of the owner.
func possessiveNamePart(lower string) bool {
	switch lower[:len(lower)-text.PossessiveLen(lower)] {
	case "people", "children", "women", "men", "workers", "veterans":
		return true
	}
	return false
}

// captionWords end or follow the labels a web page puts on its pictures
// ("Hide Caption", "Image copyright", "Getty Images"), which name no actor.
var captionWords = map[string]bool{"caption": true, "copyright": true, "image": true, "images": true, "photo": true, "photos": true, "video": true, "videos": true}

// stancePrefixes open an adjective from a name ("anti-American",
// "pro-Western", "non-Muslim"), which names no actor.
var stancePrefixes = map[string]bool{"anti": true, "pro": true, "non": true, "post": true, "pre": true, "neo": true}

// nonPersonHeads are common nouns that end the names of places, laws,
// bodies and groups, and no person's name, with the kind of actor they
// make.
var nonPersonHeads = func() map[string]string {
	m := map[string]string{}
	for kind, words := range map[string]string{
		"place": `city square street avenue road bridge river lake bay gulf sea ocean island islands valley county province district
			airport port harbor harbour station stadium park rim fairgrounds coast peninsula strait desert mountains`,
		"organisation": `consulate embassy assembly caucus senate chamber airlines airways co co. inc inc. corp corp. llc l.l.p. ltd
			monitor club team brigade battalion regiment fleet navy hospital school college church mosque museum prison trust
			register gazette chronicle subcommittee examiner observer telegraph guardian inquirer courier review report blog magazine online`,
		"group": `democrats republicans democrat republican democratic socialists socialist communists communist muslims muslim christians jews sunnis sunni shiites shiite shia catholics protestants partiers members
			hispanics hispanic latinos latino latinas latina evangelicals evangelical mormons mormon hindus hindu sikhs sikh buddhists buddhist`,
		"thing": `act amendment assistance action law doctrine accord accords protocol charter declaration constitution initiative
			program programme war depression recession revolution code policy convention memo memos memorandum dossier`,
	} {
		for _, w := range strings.Fields(words) {
			m[w] = kind
		}
	}
	return m
}()

// commonAcronyms are common nouns written in capitals ("TV", "GDP"),
// which name no actor.
var commonAcronyms = map[string]bool{"TV": true, "TVs": true, "GDP": true, "DNA": true, "IQ": true, "SUV": true, "ATM": true, "HIV": true,
	"IPO": true, "VAT": true, "GPS": true, "PDF": true, "URL": true, "DVD": true, "CD": true, "PC": true, "ID": true, "OK": true}

// documentNoun reports whether w, in any case, ends the name of a
// document ("the Mueller Report", "the Nunes Memo").
func documentNoun(w string) bool {
	for _, d := range [...]string{"report", "memo", "memos", "memorandum", "dossier", "letter"} {
		if strings.EqualFold(w, d) {
			return true
		}
	}
	return false
}

// placePrefixes open the names of towns ("Des Moines", "San Diego", "Fort
// Worth", "Port Said"), and no person's.
var placePrefixes = map[string]bool{"des": true, "los": true, "las": true, "san": true, "santa": true, "fort": true, "port": true, "mount": true, "lake": true}

// countryAt reports whether token k opens the name of a country or a
// capital the gazetteer knows unambiguously.
func countryAt(g *gazetteer.Gazetteer, toks []text.Token, k int) bool {
	e, _, ok := g.MatchTokens(toks, k)
	return ok && !e.Ambiguous && (e.Kind == gazetteer.Country || e.Kind == gazetteer.Capital || e.Kind == gazetteer.Subdivision)
}

// capitalAt reports whether token k opens the name of a capital the
// gazetteer knows unambiguously: a city, whose era ("Republican Rome") a
// party's adjective does not name, as it does a state ("heavily
// Democratic Connecticut").
func capitalAt(g *gazetteer.Gazetteer, toks []text.Token, k int) bool {
	e, _, ok := g.MatchTokens(toks, k)
	return ok && !e.Ambiguous && e.Kind == gazetteer.Capital
}

// isTitle reports whether a lower-case word is a title or role that
// stands before a name ("president", "dictator", "gen.").
func isTitle(w string) bool {
	if titleWords[w] || titleWords[strings.TrimSuffix(w, ".")] || roleNouns[w] {
		return true
	}
	// A hyphenated title: "secretary-general", "commander-in-chief",
	// "vice-president", "ex-minister".
	first, rest, ok := strings.Cut(w, "-")
	if !ok {
		return false
	}
	last := rest[strings.LastIndexByte(rest, '-')+1:]
	return isTitle(last) && (isTitle(first) || titlePrefixes[first])
}

// fullTitle spells out the abbreviated parts of a title label, so that
// "Gen." and "General", "Brig-Gen" and "Brigadier-General" are one label
// and no naming difference.
func fullTitle(label string) string {
	parts := strings.Split(label, "-")
	for k, p := range parts {
		if full, ok := titleAbbreviations[strings.TrimSuffix(p, ".")]; ok {
			parts[k] = full
		}
	}
	return strings.Join(parts, "-")
}

// generalOffices are the titles that "General" follows to name one office
// ("Attorney General", "Lieutenant General").
var generalOffices = map[string]bool{"attorney": true, "secretary": true, "solicitor": true, "inspector": true, "surgeon": true, "director": true,
	"governor": true, "postmaster": true, "comptroller": true, "consul": true, "lieutenant": true, "major": true, "brigadier": true}

// titleAbbreviations are the short forms of titles news writes.
var titleAbbreviations = map[string]string{"gen": "general", "brig": "brigadier", "sen": "senator", "rep": "representative", "gov": "governor",
	"lt": "lieutenant", "col": "colonel", "capt": "captain", "sgt": "sergeant", "maj": "major", "adm": "admiral", "cmdr": "commander", "prof": "professor",
	"sens": "senator", "reps": "representative"} // "Sens. Scott Brown and Dean Heller": a title of each

// officeDomains are the words of a government's domains that follow an
// office and "of" ("Secretary of Homeland Security", "Director of National
// Intelligence") and start no person's name.
var officeDomains = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`state defense defence homeland security national intelligence health human services energy
		justice treasury commerce labor labour education transportation agriculture interior veterans affairs housing urban
		development foreign home finance trade culture information war navy army air staff public management budget`) {
		officeDomains[w] = true
	}
}

// officePrefixes make another office of the title they open: the vice
// president is not the president, nor the assistant secretary the
// secretary, while an acting or former secretary is still a secretary.
var officePrefixes = map[string]bool{"vice": true, "deputy": true, "under": true, "assistant": true}

// officeQualifier reports whether a lower-case word opens the name of an
// office before a title ("prime" in "Prime Minister", "foreign" in
// "Foreign Secretary"): in capitals it is part of the title, no name.
func officeQualifier(w string) bool {
	return officePrefixes[w] || titlePrefixes[w] || officeDomains[w] || officeOpeners[w]
}

// officeOpeners are the words, beyond the government's domains, that open
// an office's name.
var officeOpeners = map[string]bool{"prime": true, "chief": true, "supreme": true, "crown": true, "first": true, "majority": true, "minority": true,
	"special": true, "senior": true, "press": true}

// titlePrefixes make a title of the title they are joined to.
var titlePrefixes = map[string]bool{"vice": true, "deputy": true, "ex": true, "co": true, "under": true, "acting": true}

// joinedNamePart reports whether the lower-case word after a hyphen
// belongs to the name word before it: the second syllable of a given name
// written with a hyphen after the surname ("Ban Ki-moon", "Kim Jong-un",
// "Moon Jae-in"), which a short capitalised syllable opens. Modifiers
// joined to a name ("Trump-backed", "Iran-made", "Obama-era") are not.
func joinedNamePart(run int, before, after text.Token) bool {
	if run == 0 || len(before.Form) > 4 || !text.Capitalised(before.Form) || len(after.Form) > 4 || text.Capitalised(after.Form) {
		return false
	}
	for _, r := range after.Form {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return !strings.HasSuffix(after.Form, "ed") && !nameModifiers[after.Form]
}

// nameModifiers are short words joined to a name that make a modifier of
// it ("Obama-era", "Iran-made", "Hamas-run").
var nameModifiers = map[string]bool{"era": true, "made": true, "run": true, "born": true, "like": true, "wide": true, "type": true, "free": true, "held": true, "bound": true, "only": true, "bred": true}

// capitalisedOnly are titles that are titles only when capitalised:
// written lower case they are other words ("a major reason", "the general
// election").
var capitalisedOnly = map[string]bool{"major": true, "general": true, "speaker": true, "whip": true, "rep": true, "sen": true, "gov": true,
	"col": true, "lt": true, "capt": true, "sgt": true, "dr": true, "mr": true, "mrs": true, "ms": true, "prof": true, "justice": true, "king": true, "queen": true, "brig": true,
	"sens": true, "reps": true}

// titleAt reports whether token t is a title as written.
func titleAt(t text.Token) bool {
	lower := strings.TrimSuffix(t.Lower, ".")
	return isTitle(t.Lower) && (text.Capitalised(t.Form) || !capitalisedOnly[lower])
}

// roleNouns are the labels news puts before a name beyond formal titles.
var roleNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`dictator strongman tyrant despot autocrat leader boss tycoon billionaire mogul magnate businessman businesswoman
		activist militant terrorist rebel insurgent extremist jihadist fighter commander warlord kingpin cleric preacher
		lawmaker legislator politician congressman congresswoman councilman councilwoman chairman chairwoman founder
		ally rival challenger frontrunner front-runner nominee candidate hopeful incumbent
		journalist reporter columnist editor publisher producer commentator pundit blogger anchor host author writer filmmaker actor actress singer rapper star celebrity
		lawyer attorney counsel prosecutor investigator detective officer agent spy whistleblower leaker
		economist scientist researcher professor expert analyst strategist pollster adviser advisor aide operative
		protester demonstrator organizer suspect gunman attacker shooter killer victim survivor witness migrant refugee
		monarch king queen prince princess emperor chancellor premier ayatollah regime sens. reps. sens reps`) {
		roleNouns[w] = true
	}
}

// roleBeforeName reports whether the lower-case word at token j is a role
// noun right before a capitalised name ("dictator Kim", "activist Jane").
func roleBeforeName(toks []text.Token, j int) bool {
	if !titleAt(toks[j]) {
		return false
	}
	for j+2 < len(toks) && text.Joined(toks[j], toks[j+1], toks[j+2]) {
		j += 2 // "secretary-general Ban Ki-moon"
	}
	return j+1 < len(toks) && toks[j+1].IsWord() && text.Capitalised(toks[j+1].Form)
}

// honorifics are titles every person may carry.
var honorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "sir": true, "madam": true}

// isShouted reports whether a word is a common word in capitals
// ("OBSTRUCTION", "TODAY"): longer than initials and without their full
// stops. Names in capitals the gazetteer knows ("UNESCO") match before.
func isShouted(w string) bool { return isAcronym(w) && len(w) > 4 && !strings.Contains(w, ".") }

// officeComplement reports whether the gazetteer name at token i is what
// an office before "to" is held towards: "Ambassador to China Terry
// Branstad", "envoy to the U.N. Susan Rice". The name then ends the
// office and describes no one; the person's name follows it.
func officeComplement(toks []text.Token, i int) bool {
	k := i - 1
	if toks[i].Lower != "the" && k >= 0 && toks[k].Lower == "the" {
		k--
	}
	return k >= 1 && toks[k].Lower == "to" && toks[k-1].IsWord() && isTitle(toks[k-1].Lower)
}

// opensLongerName reports whether a place or a party's adjective the
// gazetteer matched, ending before token end, opens a longer name that
// the name rules read whole: "Kansas City", "Ohio Democrat", "Texas
// Rangers" are a city, a lawmaker and a team, not the state; the
// "Democratic Unionist Party" and "Taiwan's Democratic Progressive Party"
// are no US Democrats. A title after it ("Ohio Gov. John Kasich",
// "Democratic Sen. Chuck Schumer") makes it the person's description
// instead, and a party's adjective before a name the gazetteer knows
// ("heavily Democratic Connecticut") is the party.
func opensLongerName(g *gazetteer.Gazetteer, e gazetteer.Entry, toks []text.Token, end int, initial func(int) bool) bool {
	party := partyAdjective(e)
	if continentInstitution(g, e, toks, end) || demonymMovement(g, e, toks, end) {
		return true
	}
	if e.Kind != gazetteer.Subdivision && !party || end >= len(toks) || text.PossessiveLen(toks[end-1].Form) > 0 ||
		!toks[end].IsWord() || !text.Capitalised(toks[end].Form) || initial(end) || titleAt(toks[end]) {
		return false
	}
	if party {
		if partyNouns[singularNoun(toks[end].Lower)] {
			return false // "Democratic House Speaker Nancy Pelosi": the party's chamber or office, no longer name
		}
		_, _, known := g.MatchTokens(toks, end)
		return !known
	}
	return true
}

// demonymMovement reports whether the demonym e, ending before token end,
// opens a movement's or an armed group's name: a party's adjective, then a
// capitalised word ("Irish Republican Army", "Kurdish Democratic Party"),
// which neither the state nor the US party is.
func demonymMovement(g *gazetteer.Gazetteer, e gazetteer.Entry, toks []text.Token, end int) bool {
	if e.Kind != gazetteer.Demonym || end+1 >= len(toks) || text.PossessiveLen(toks[end-1].Form) > 0 || !toks[end+1].IsWord() || !text.Capitalised(toks[end+1].Form) {
		return false
	}
	if titleAt(toks[end+1]) {
		return false // "American Republican Senator Tom Doe": the party's member, by title
	}
	pe, n, ok := g.MatchTokens(toks, end)
	return ok && n == 1 && partyAdjective(pe) && text.PossessiveLen(toks[end].Form) == 0
}

// continentInstitution reports whether the demonym e, ending before token
// end, opens the name of an institution: the demonym is of a place that
// is no state ("European", of Europe), and capitalised words holding an
// organisation noun follow ("European Central Bank", "European Court of
// Human Rights", "European Space Agency"). A continent has no government
// whose bank or court it would be, so the name is read whole; "Russian
// Foreign Ministry" stays Russia's ministry.
func continentInstitution(g *gazetteer.Gazetteer, e gazetteer.Entry, toks []text.Token, end int) bool {
	if e.Kind != gazetteer.Demonym || end >= len(toks) || text.PossessiveLen(toks[end-1].Form) > 0 {
		return false
	}
	if ce, ok := g.Lookup(e.Canonical); !ok || ce.Kind != gazetteer.Place {
		return false
	}
	for k := end; k < len(toks) && k < end+4 && toks[k].IsWord() && text.Capitalised(toks[k].Form); k++ {
		if isOrgWord(toks[k].Lower) {
			return true
		}
	}
	return false
}

// partyAdjective reports whether a gazetteer entry is a party's adjective
// ("Democratic", "Republican"): its name with "Party" is the party.
func partyAdjective(e gazetteer.Entry) bool {
	return e.Kind == gazetteer.Party && e.Canonical == e.Name+" Party"
}

// namesParty reports whether a party's adjective before token k names the
// party: before a member, an office or a thing of party politics ("the
// Democratic nominee", "Republican lawmakers", "Democratic presidential
// hopefuls"), a hyphen ("Democratic-led"), a function word ("a Republican
// from Texas") or no word at all ("voted Republican."); "Democratic norms"
// and "Democratic institutions" are the plain adjective. "Republican"
// capitalised is the party before any noun but an armed force's: the
// plain adjective of republics is rare in the news and written lower
// case, but "Republican forces" and "Republican troops" fight for a
// republic in a civil war, as no party does.
func namesParty(e gazetteer.Entry, toks []text.Token, k int) bool {
	if e.Name == "Republican" {
		return k >= len(toks) || !armedForceNouns[toks[k].Lower]
	}
	if k >= len(toks) || !toks[k].IsWord() || text.Capitalised(toks[k].Form) || stopwords[toks[k].Lower] {
		return true // "a Republican from Texas": the adjective as a noun, a member
	}
	for j := k; j < len(toks) && j < k+2 && toks[j].IsWord() && !text.Capitalised(toks[j].Form); j++ {
		if one := singularNoun(toks[j].Lower); partyNouns[one] || isTitle(one) {
			return true
		}
	}
	return false
}

// armedForceNouns after "Republican" make it a republic's side in a war,
// no party.
var armedForceNouns = map[string]bool{"forces": true, "troops": true, "army": true, "armies": true, "soldiers": true, "fighters": true,
	"militia": true, "militias": true, "units": true, "brigade": true, "brigades": true, "guerrillas": true, "rebels": true, "militiamen": true}

// singularNoun is a lower-case English noun in the singular, for the
// regular plurals and "-men" ("primaries", "caucuses", "congressmen").
func singularNoun(w string) string {
	switch {
	case strings.HasSuffix(w, "men"):
		return w[:len(w)-3] + "man"
	case strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ses") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "ches"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us"):
		return w[:len(w)-1]
	}
	return w
}

// partyNouns, in the singular, name a party's people, offices, contests
// and acts ("the Republican tax bill", "Democratic opposition"), which a party's adjective before them makes the party's.
var partyNouns = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`lawmaker legislator leader leadership member congressman congresswoman representative politician
		nominee candidate hopeful challenger contender incumbent primary caucus party voter base donor strategist operative
		aide staffer official colleague counterpart committee chairman ally critic opponent rival activist majority minority control whip
		establishment convention platform ticket side field race campaign seat district state stronghold wave sweep victory win
		lawyer consultant pollster fundraiser senate house chamber administration president presidency governor mayor
		bill agenda plan proposal effort opposition support vote response legislation measure policy position`) {
		m[w] = true
	}
	return m
}()

// partyAfterName returns the party a person named before token j belongs
// to by what follows the name: an appositive that names the party's member
// ("Ted Cruz, a Republican from Texas", "Mark Warner, the committee's top
// Democrat") or a party and state tag
// ("Nancy Pelosi, D-Calif."), so that the party's modifier fits him as it
// fits "Democratic Sen. Chuck Schumer".
func partyAfterName(g *gazetteer.Gazetteer, toks []text.Token, j int) (gazetteer.Entry, bool) {
	if j+2 >= len(toks) || toks[j].Form != "," && toks[j].Form != "(" {
		return gazetteer.Entry{}, false
	}
	if party, ok := partyTags[toks[j+1].Form]; ok && j+3 < len(toks) && partyStateTag(toks, j+3) {
		return g.Lookup(party)
	}
	if e, ok := statePartyAppositive(g, toks, j+1); ok {
		return e, true
	}
	if w := word(toks, j+1); w != "a" && w != "an" && w != "the" && w != "another" {
		return gazetteer.Entry{}, false // ("another Democratic member")
	}
	// The appositive's head is the party's member: "a Democrat", "a
	// California Democrat", "the committee's top Democrat", "a Republican
	// from Ohio", "a Democratic lawmaker"; a party met after a preposition
	// ("a critic of the Republican plan") is no membership, nor is a party
	// the person has left ("a former Republican").
	for k := j + 2; k < len(toks) && k < j+8 && (toks[k].IsWord() || k+1 < len(toks) && text.Joined(toks[k-1], toks[k], toks[k+1])); k++ {
		if !toks[k].IsWord() {
			continue // "the second-ranking Republican": a hyphenated modifier
		}
		if postModifiers[toks[k].Lower] || pastMemberWords[toks[k].Lower] {
			break
		}
		e, n, ok := g.MatchTokens(toks, k)
		if !ok {
			continue
		}
		if e.Kind != gazetteer.Party {
			k += n - 1 // "a California Democrat": the state the member is from
			continue
		}
		if e.Ambiguous {
			// "a Democratic Party official": the full name is many
			// countries' party, its capitalised adjective the one the
			// gazetteer reads as the party ("a Democratic official").
			short, ok := g.Lookup(toks[k].Form)
			if n < 2 || !ok || short.Ambiguous || short.Kind != gazetteer.Party || short.Canonical != e.Canonical {
				break
			}
			e = short
		}
		end := k + n
		if end < len(toks) && toks[end].Start == toks[end-1].End && (toks[end].Form == "-" || toks[end].Form == "‐") {
			break // "a Republican-leaning analyst", "a Republican-turned-independent": no member
		}
		if end < len(toks) && (toks[end].Form == "'" || toks[end].Form == "’") {
			// "the Democrats' nominee" is the party's member; "the
			// Democrats' top critic" is the party's opponent.
			if end+1 < len(toks) && toks[end+1].IsWord() && memberNouns[toks[end+1].Lower] &&
				(end+2 >= len(toks) || !toks[end+2].IsWord() || postModifiers[toks[end+2].Lower]) {
				return e, true
			}
			break
		}
		if end < len(toks) && toks[end].IsWord() && memberNouns[toks[end].Lower] {
			end++ // "a Democratic lawmaker"
		}
		if end >= len(toks) || !toks[end].IsWord() || postModifiers[toks[end].Lower] {
			return e, true
		}
		if k == j+2 && (word(toks, j+1) == "a" || word(toks, j+1) == "an") {
			// The party's adjective opens the appositive: "a Democratic
			// state senator", "a Republican former governor".
			return e, true
		}
		break
	}
	return gazetteer.Entry{}, false
}

// pastMemberWords before a party in an appositive say the person has left
// it ("a former Republican", "an ex Democratic donor").
var pastMemberWords = map[string]bool{"former": true, "ex": true, "onetime": true, "one-time": true, "erstwhile": true}

// rulerName reports whether a one-word name an administration or a regime
// is named after may be the surname of the person who heads it ("the
// Varga administration"): no party's name ("the Labour administration"),
// no word of a movement or a system of rule ("the Communist regime", "the
// Sandinista regime", "the Apartheid regime") and no word the article
// writes in lower case.
func rulerName(g *gazetteer.Gazetteer, name string, lowered map[string]bool) bool {
	w := strings.ToLower(name)
	if lowered[w] || systemWords[w] {
		return false
	}
	if _, ok := g.Lookup(name); ok {
		return false
	}
	for _, suffix := range []string{"ist", "ista", "ive", "ism"} {
		if strings.HasSuffix(w, suffix) {
			return false // "Communist", "Sandinista", "Conservative": a movement's adjective
		}
	}
	return true
}

// systemWords name a system of rule a regime is named after, which the
// suffixes of movements do not show.
var systemWords = map[string]bool{"apartheid": true, "nazi": true, "soviet": true, "military": true, "colonial": true, "imperial": true,
	"clerical": true, "theocratic": true, "monarchist": true, "royalist": true, "junta": true, "revolutionary": true}

// memberNouns after a party's adjective in an appositive make the person
// the party's member ("Jane Roe, a Democratic lawmaker,").
var memberNouns = map[string]bool{"lawmaker": true, "legislator": true, "congressman": true, "congresswoman": true, "senator": true,
	"representative": true, "member": true, "politician": true, "nominee": true, "candidate": true, "governor": true, "mayor": true,
	"leader": true, "strategist": true, "operative": true, "activist": true, "donor": true, "official": true}

// partyTags are the letters of US party tags ("R-Texas", "D-Calif.") and
// a name of the party each stands for.
var partyTags = map[string]string{"R": "Republicans", "D": "Democrats"}

// statePartyAppositive reads an appositive with no article that is a
// state and a party's member, the Washington Times style ("Rep. Jane
// Roe, California Republican, said"): token k opens the state, the party
// follows and the appositive ends right after it, or goes on with "and"
// and a lower-case role ("California Republican and chairman of the
// committee"). A longer phrase ("Texas Republican Party chairman") is
// someone's office, not a membership.
func statePartyAppositive(g *gazetteer.Gazetteer, toks []text.Token, k int) (gazetteer.Entry, bool) {
	if e, ok := partyOfState(g, toks, k); ok {
		return e, true
	}
	s, n, ok := g.MatchTokens(toks, k)
	if !ok || s.Kind != gazetteer.Subdivision || k+n >= len(toks) || !toks[k+n].IsWord() {
		return gazetteer.Entry{}, false
	}
	e, m, ok := g.MatchTokens(toks, k+n)
	if !ok || e.Ambiguous || e.Kind != gazetteer.Party || m != 1 {
		return gazetteer.Entry{}, false
	}
	end := k + n + 1
	if end < len(toks) {
		f := toks[end].Form
		if f == "and" && end+1 < len(toks) && toks[end+1].IsWord() && !text.Capitalised(toks[end+1].Form) {
			return e, true // "California Republican and chairman of the committee"
		}
		if f != "," && f != ")" && f != "." && f != ";" {
			return gazetteer.Entry{}, false
		}
	}
	return e, true
}

// partyOfState reads the house style "Democrat of Massachusetts",
// "Republican of Ohio" at token k: a party's member, "of", and the state
// the member represents, ending the appositive.
func partyOfState(g *gazetteer.Gazetteer, toks []text.Token, k int) (gazetteer.Entry, bool) {
	e, m, ok := g.MatchTokens(toks, k)
	if !ok || e.Ambiguous || e.Kind != gazetteer.Party || m != 1 || k+2 >= len(toks) || toks[k+1].Form != "of" {
		return gazetteer.Entry{}, false
	}
	s, n, ok := g.MatchTokens(toks, k+2)
	if !ok || s.Kind != gazetteer.Subdivision && s.Kind != gazetteer.Capital && s.Kind != gazetteer.Country {
		return gazetteer.Entry{}, false // ("Georgia" and "Washington" are states the gazetteer also knows as a country and a capital)
	}
	if end := k + 2 + n; end < len(toks) && !strings.Contains(",).;", toks[end].Form) {
		return gazetteer.Entry{}, false // "Democrat of Massachusetts descent"
	}
	return e, true
}

// partyStateTag reports whether token i is the state of a lawmaker's
// party tag ("Va" in "R-Va.", "Calif" in "D-Calif.").
func partyStateTag(toks []text.Token, i int) bool {
	if i < 2 || !text.Capitalised(toks[i].Form) {
		return false
	}
	d, p := toks[i-2], toks[i-1]
	return (p.Form == "-" || p.Form == "‐") && p.Start == d.End && toks[i].Start == p.End && (d.Form == "D" || d.Form == "R" || d.Form == "I")
}

// namesOutlet reports whether a mention names one of the story's outlets,
// which tell the story rather than act in it: the outlet's name starts
// there ("USA TODAY" read as "USA" and a word, "comments to Fox News" in
// another outlet's article), or a name that is no gazetteer's starts with
// the first word of an outlet's name ("Fox Business", "Breitbart
// London"). A person the story names in full (fullName, "" for no
// person) is no outlet, though the surname alone be an outlet's name,
// unless a medium's preposition comes before it ("aired on Fox"); a place
// the gazetteer knows stays the place ("tariffs on China" beside China
// Daily).
func namesOutlet(txt string, r rawMention, outlets []string, fullName string) bool {
	if fullName != "" && !strings.HasPrefix(r.key, "g:") && mediumBefore(txt, r.Start) && slices.ContainsFunc(outlets, func(o string) bool {
		first, _, _ := strings.Cut(strings.TrimPrefix(o, "The "), " ")
		return r.name == first
	}) {
		return true // "aired on Fox", "told Fox": the network, though "Vicente Fox" be in the story
	}
	if strings.Contains(fullName, " ") && !slices.ContainsFunc(outlets, func(o string) bool {
		first, _, _ := strings.Cut(strings.TrimPrefix(o, "The "), " ")
		return strings.HasPrefix(fullName, first+" ") || strings.EqualFold(fullName, o)
	}) {
		return false // "Fox said" after "Vicente Fox": his surname, whatever outlet shares it
	}
	start := r.Start
	if strings.EqualFold(txt[start:min(len(txt), start+4)], "the ") {
		start += 4
	}
	for _, o := range outlets {
		o = strings.TrimPrefix(o, "The ")
		if end := start + len(o); end <= len(txt) && strings.EqualFold(txt[start:end], o) && (end == len(txt) || !isWordByte(txt[end])) {
			return true
		}
		first, _, _ := strings.Cut(o, " ")
		if r.kind != "thing" && !strings.HasPrefix(r.key, "g:") && len(first) > 2 && text.Capitalised(first) && !stopwords[strings.ToLower(first)] &&
			(r.name == first || strings.HasPrefix(r.name, first+" ")) {
			return true
		}
	}
	return false
}

// mediumBefore reports whether the word before offset at puts a medium
// after it ("aired on", "spoke to", "told"), as news writes of a network.
func mediumBefore(txt string, at int) bool {
	before := strings.Fields(txt[max(0, at-8):at])
	if len(before) == 0 || !strings.HasSuffix(txt[:at], " ") {
		return false
	}
	switch before[len(before)-1] {
	case "on", "to", "told":
		return true
	}
	return false
}

// isWordByte reports whether an ASCII byte is a letter or a digit.
func isWordByte(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9'
}

// sameName reports whether a mention's surface is a name, ignoring case,
// a leading "the" and a possessive ("USA TODAY's" is "USA Today").
func sameName(surface, name string) bool {
	norm := func(s string) string {
		s = strings.ToLower(strings.TrimSpace(s))
		s = strings.TrimPrefix(s, "the ")
		return s[:len(s)-text.PossessiveLen(s)]
	}
	return name != "" && norm(surface) == norm(name)
}

// isAcronym reports whether a word is in capitals ("UAV", "NATO").
func isAcronym(w string) bool { return len(w) > 1 && strings.ToUpper(w) == w }

// describes reports whether token k goes on a noun phrase that a
// gazetteer name before it describes: a title, or a capitalised word that
// is no gazetteer name of its own ("FBI Director", "Iranian Foreign
// Minister", but not "U.S. State Department") or an ambiguous one before
// such a word.
func describes(g *gazetteer.Gazetteer, toks []text.Token, k int) bool {
	if k >= len(toks) || !toks[k].IsWord() {
		return false
	}
	if isTitle(toks[k].Lower) && (text.Capitalised(toks[k].Form) || roleBeforeName(toks, k) || titleWords[toks[k].Lower]) {
		return true
	}
	if o := afterOfficeAdjectives(toks, k); o > k {
		// "Republican presidential nominee Mitt Romney": the office's
		// adjective belongs to the title after it.
		return o < len(toks) && isTitle(toks[o].Lower) && describes(g, toks, o)
	}
	if !text.Capitalised(toks[k].Form) {
		return false
	}
	// "Senate" of "Republican Senate Majority Leader": a name the
	// gazetteer holds for many bodies, itself describing what follows.
	e, n, ok := g.MatchTokens(toks, k)
	return !ok || e.Ambiguous && describes(g, toks, k+n)
}

// officeAdjectives name the kind of office a title after them holds:
// "presidential nominee", "gubernatorial candidate".
var officeAdjectives = map[string]bool{"presidential": true, "vice-presidential": true, "gubernatorial": true, "senatorial": true,
	"mayoral": true, "congressional": true, "parliamentary": true}

// afterOfficeAdjectives returns the token after the office adjectives
// from token k ("vice presidential" read as one), or k when none stands
// there.
func afterOfficeAdjectives(toks []text.Token, k int) int {
	for k < len(toks) && toks[k].IsWord() {
		switch {
		case officeAdjectives[toks[k].Lower]:
			k++
		case toks[k].Lower == "vice" && k+1 < len(toks) && officeAdjectives[toks[k+1].Lower]:
			k += 2
		default:
			return k
		}
	}
	return k
}

// isTitleCase reports whether a headline capitalises most of its words
// ("Obama Condemns Bus Attack"), so that its capitals say nothing of names.
func isTitleCase(s string) bool {
	words, caps := 0, 0
	for _, w := range strings.Fields(s) {
		if len(w) < 4 {
			continue // "of", "the", "a" stay lower case in title case
		}
		words++
		if text.Capitalised(w) {
			caps++
		}
	}
	return words >= 3 && caps*10 >= words*7
}

// sentenceInitial reports whether token i opens a sentence or a
// quotation: the first token, or after a sentence's end, a colon, a
// quotation mark or a paragraph break.
func sentenceInitial(toks []text.Token, i int) bool {
	if i == 0 {
		return true
	}
	p := toks[i-1]
	if p.Kind == text.Quote {
		return true
	}
	if p.Kind == text.Punct {
		switch p.Form {
		case ".", "!", "?", ":", "—", "–", "(", "…":
			return true
		}
	}
	return false
}

// nameStart reports whether the capitalised word at token i may start a
// name: inside a sentence always (a time word aside), at a sentence's start
// only when the word is capitalised inside some sentence too or a
// capitalised word follows and the article never writes the word in lower
// case ("Tuesday" and "Separately" are not names, nor "Later" in "Later
// Boris Johnson left" when "later" appears elsewhere).
func nameStart(toks []text.Token, i int, sentStart bool, midCaps, lowered, surnames map[string]bool) bool {
	t := toks[i]
	if timeNames[strings.TrimSuffix(t.Lower[:len(t.Lower)-text.PossessiveLen(t.Lower)], ".")] || stopwords[t.Lower] && sentStart && !surnameSubject(toks, i, surnames) || len(t.Form) == 1 || strings.HasPrefix(t.Lower, "i'") {
		return false // a time, a function word, "I" ("I'm") or an initial alone
	}
	if isAcronym(t.Form) && len(t.Form) > 4 && !strings.Contains(t.Form, ".") {
		return false // a shouted word ("OBSTRUCTION", a dateline's "WASHINGTON"): names come in capitals only as initials
	}
	if t.Lower == "may" && monthOfMay(toks, i) {
		return false // "by the end of May", "on May 1": the month, not Theresa May
	}
	if !sentStart {
		return true
	}
	if sentenceOpeners[t.Lower] {
		return false // "Despite Democrats' objections", "Like Governor Romney", "Earlier Friday": no name opens there
	}
	if _, mid := midCaps[t.Lower]; strings.HasSuffix(t.Lower, "ing") && !mid {
		return false // "Praising London's history, Khan said": a participle opens the sentence
	}
	// A word the article also writes in lower case opens a name unless a
	// lower-case noun follows it and the story names no person by it:
	// "Steel pipes lie in a yard" is the metal, though "Majestic Steel
	// USA" is named elsewhere; "Rice said", "Rice also said", "Rice,
	// a former professor," and, after "Condoleezza Rice", "Rice aides
	// disagreed" are the person.
	alone, mid := midCaps[t.Lower]
	if bare := t.Lower[:len(t.Lower)-text.PossessiveLen(t.Lower)]; !mid {
		alone, mid = midCaps[bare] // "Rice's office": the name Rice with its possessive
	}
	capitalAt := func(k int) bool { return k < len(toks) && toks[k].IsWord() && text.Capitalised(toks[k].Form) }
	capitalNext := capitalAt(i + 1)
	// "Al-Muallim said": the name goes on after the hyphen.
	joinedNext := i+2 < len(toks) && text.Joined(toks[i], toks[i+1], toks[i+2]) && capitalAt(i+2)
	return mid && (alone || capitalNext || joinedNext || !lowered[t.Lower] || surnames[t.Lower[:len(t.Lower)-text.PossessiveLen(t.Lower)]] && ownedNounAfter(toks, i) || !nounAfterOpening(toks, i)) || capitalNext && !stopwords[t.Lower] && !lowered[t.Lower]
}

// surnameSubject reports whether a function word opening a sentence is a
// surname the article writes in full, the subject of the verb after it:
// "May has repeatedly come under fire" after "Theresa May", where "May
// God bless" and "May I" are the verb.
func surnameSubject(toks []text.Token, i int, surnames map[string]bool) bool {
	if !surnames[toks[i].Lower] || i+1 >= len(toks) {
		return false
	}
	next := toks[i+1].Lower
	if toks[i].Lower == "may" {
		// The month opens sentences as often ("May brought floods", "May
		// has been the wettest month"): only a person's verb, or an
		// auxiliary before an adverb of manner, makes it the surname.
		return personVerbs[next] || (next == "has" || next == "had" || next == "was" || next == "is") && i+2 < len(toks) && strings.HasSuffix(toks[i+2].Lower, "ly")
	}
	return finiteVerbAt(toks, i+1) && next != "have" && !modalVerbs[next]
}

// personVerbs are verbs only a person does: what makes "May" of "May
// said" the surname, not the month.
var personVerbs = map[string]bool{"said": true, "says": true, "told": true, "added": true, "insisted": true, "argued": true, "warned": true,
	"announced": true, "met": true, "visited": true, "spoke": true, "wrote": true, "replied": true, "responded": true, "urged": true,
	"praised": true, "vowed": true, "promised": true, "declined": true, "refused": true}

// modalVerbs are the verbs that never follow a subject's other verb.
var modalVerbs = map[string]bool{"will": true, "would": true, "can": true, "could": true, "may": true, "might": true, "must": true, "should": true, "shall": true}

// afterCutQuotation reports whether token i follows a quotation cut by a
// comma ('"We are done," Rice said'): inside the sentence, though a
// quotation mark precedes it.
func afterCutQuotation(toks []text.Token, i int) bool {
	return i >= 2 && toks[i-1].Kind == text.Quote && toks[i-2].Kind == text.Punct && toks[i-2].Form == ","
}

// fullNameEnd reports whether the capitalised word at token i ends a
// person's name written in full: the last of a run of capitalised words,
// neither it nor the word before it a function, title or organisation
// word, and the run not led by "the" ("the Majestic Steel"). "Corlan
// Steel USA" holds "Steel" mid-run, so it names no person "Steel".
func fullNameEnd(toks []text.Token, i int, capWord func(int) bool) bool {
	if !capWord(i-1) || capWord(i+1) || i+1 < len(toks) && toks[i+1].Kind == text.Punct && toks[i+1].Form == "-" {
		return false
	}
	prev := toks[i-1].Lower
	if stopwords[prev] || isOrgWord(prev) || isOrgWord(toks[i].Lower) || isTitle(toks[i].Lower) {
		return false
	}
	k := i - 1
	for k > 0 && capWord(k-1) {
		k--
	}
	return k == 0 || toks[k-1].Lower != "the"
}

// nounAfterOpening reports whether the word opening a sentence at token i
// stands before a lower-case noun, as a common word does ("Steel pipes
// lie", "Price rises hit"), rather than before what follows a subject: a
// comma or a possessive, a function word ("also", "on", "and"), an adverb
// ("later", "quickly"), a reflexive ("herself"), or a present verb with
// its object ("warns that", "wants a deal").
func nounAfterOpening(toks []text.Token, i int) bool {
	if text.PossessiveLen(toks[i].Lower) > 0 || i+1 >= len(toks) || !toks[i+1].IsWord() {
		return false
	}
	w := toks[i+1].Lower
	if text.Capitalised(toks[i+1].Form) || stopwords[w] || finiteVerbAt(toks, i+1) || strings.HasSuffix(w, "ly") || w == "later" ||
		strings.HasSuffix(w, "self") || strings.HasSuffix(w, "selves") {
		return false
	}
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && i+2 < len(toks) && presentObjectWords[toks[i+2].Lower] {
		return false // "Rice warns that", "Bush signs the bill"
	}
	return true
}

// staffWords name an institution's people after its name: "Council
// Official", "Bank Spokesman".
var staffWords = map[string]bool{"official": true, "officials": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "spokespeople": true}

// ownedNounAfter reports whether the word after token i is a noun for
// what a person has about them ("Rice aides", "Rice's office", "Rice
// campaign"): after a known surname it makes the surname the person,
// where any other noun ("Green energy", "Rice fields") makes the opening
// word the common word.
func ownedNounAfter(toks []text.Token, i int) bool {
	return i+1 < len(toks) && personOwnedNouns[toks[i+1].Lower]
}

// personOwnedNouns are the people and things a public person has.
var personOwnedNouns = map[string]bool{"aide": true, "aides": true, "adviser": true, "advisers": true, "advisor": true, "advisors": true,
	"office": true, "campaign": true, "allies": true, "ally": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"staff": true, "staffers": true, "supporters": true, "loyalists": true, "camp": true, "team": true, "family": true, "administration": true}

// presentObjectWords open what follows a present verb but not a plural
// noun used as a subject ("warns that", "wants a deal", "signs the bill"
// against "pipes lie").
var presentObjectWords = map[string]bool{"that": true, "a": true, "an": true, "the": true, "his": true, "her": true, "their": true,
	"its": true, "it": true, "him": true, "them": true, "this": true}

// sentenceOpeners are prepositions, conjunctions, adverbs and numbers
// that open sentences, capitalised there and never the first word of a
// name, though a name may follow them at once ("Despite Democrats'
// objections", "Since September", "Earlier Friday", "Six Jewish Israelis").
var sentenceOpeners = map[string]bool{"despite": true, "like": true, "unlike": true, "since": true, "amid": true, "among": true,
	"although": true, "though": true, "earlier": true, "meanwhile": true, "however": true, "instead": true, "following": true,
	"per": true, "via": true, "toward": true, "towards": true, "without": true, "within": true, "beyond": true, "besides": true,
	"unless": true, "whether": true, "yet": true, "still": true, "even": true, "perhaps": true, "indeed": true, "already": true,
	"today": true, "yesterday": true, "tonight": true, "tomorrow": true, "including": true, "regarding": true, "across": true,
	"throughout": true, "except": true, "upon": true, "asked": true,
	// Numbers and quantities: "Six Jewish Israelis", "Many Democrats".
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true, "ten": true,
	"eleven": true, "twelve": true, "twenty": true, "thirty": true, "fifty": true, "hundred": true, "hundreds": true, "dozens": true,
	"thousands": true, "millions": true, "several": true, "many": true, "numerous": true}

// monthOfMay reports whether "May" at token i is the month: after a word
// that opens a time ("in", "of", "since", "until", "early", "late", "next",
// "last") or before a day's number ("May 1"). "By May" is left alone: it is
// as often who did something.
func monthOfMay(toks []text.Token, i int) bool {
	switch word(toks, i-1) {
	case "in", "of", "since", "until", "till", "early", "late", "mid", "next", "last", "during":
		return true
	}
	return i+1 < len(toks) && toks[i+1].Kind == text.Number
}

// personKey is the key of a person named with last word w: its last
// syllable when a given name is hyphenated, so that "Kim Jong-un" and
// "Kim Jong Un" share the key the full names then decide on.
func personKey(w string) string {
	if syllable, ok := lastSyllable(w); ok {
		return syllable
	}
	return surnameKey(w)
}

// surnameKey is how a surname is compared: lower case, an article
// particle dropped, so that "el-Haddad" and "Haddad", "al-Assad" and
// "Assad" are one person. Only the Arabic article ("al-", "el-" and its
// assimilated forms) is dropped: "bin", "ibn" and "abu" say whose son or
// father a man is, so "bin Salman" is not "Salman".
func surnameKey(w string) string {
	w = foldAccents(strings.ToLower(w))
	if particle, rest, ok := strings.Cut(w, "-"); ok && rest != "" && articleParticles[particle] {
		w = rest
	}
	return w
}

// articleParticles are the forms of the Arabic article written before a
// surname: a surname with or without one is the same name.
var articleParticles = map[string]bool{"al": true, "el": true, "ad": true, "as": true, "ash": true, "at": true}

// speakerSurname is the surname key of a person's name as its words are
// written: the last word's key (surnameKey), with a patronym word before
// it kept, so that "Mohammed bin Salman" and "Bin Salman" are keyed "bin
// salman", another man than King Salman, and "Abu Nasir" is not "Nasser".
// A capitalised "Ben" opens an English given name ("Ben Roe"), so only a
// lower-case "ben" is a patronym.
func speakerSurname(name []string) string {
	key := surnameKey(name[len(name)-1])
	if n := len(name); n >= 2 {
		w := name[n-2]
		if lw := strings.ToLower(w); patronymParticles[lw] || lw == "abu" || w == "ben" {
			return lw + " " + key
		}
	}
	return key
}

// foldAccents takes the accents off a name's Latin letters, as the
// gazetteer matches names, so that one outlet's "Calderón" and another's
// "Calderon" are one person. A rune the gazetteer folds to no plain
// letter stays as it is.
func foldAccents(w string) string {
	ascii := true
	for k := 0; k < len(w); k++ {
		ascii = ascii && w[k] < utf8.RuneSelf
	}
	if ascii {
		return w
	}
	var b strings.Builder
	for _, r := range w {
		if f := gazetteer.Key(string(r)); r >= utf8.RuneSelf && f != "" && len(f) <= 2 && f[0] < utf8.RuneSelf {
			b.WriteString(f)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// particleName reports whether a lower-case word is a surname led by a
// particle ("al-assad", "el-sisi").
func particleName(w string) bool {
	particle, rest, ok := strings.Cut(w, "-")
	return ok && nameConnectors[particle] && rest != ""
}

// timeNames are capitalised words that name times, not actors.
var timeNames = map[string]bool{"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true}

// nameConnectors join the words of a name ("Bank of England", "bin Salman").
var nameConnectors = map[string]bool{"of": true, "de": true, "al": true, "bin": true, "van": true, "von": true, "der": true, "da": true, "di": true, "la": true, "le": true, "du": true, "el": true, "ibn": true, "abu": true}

// gazetteerLabel is the label of a gazetteer mention: the name as
// written, lower case, without a possessive ("tehran", "north korea").
func gazetteerLabel(toks []text.Token) string {
	parts := make([]string, 0, len(toks))
	for _, t := range toks {
		if t.IsWord() {
			w := t.Lower
			w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
			parts = append(parts, w)
		}
	}
	return strings.Join(parts, " ")
}

// withRoom returns s with room for n more elements, and no more: the
// mentions are the largest list a long story holds, and append's growth
// by a quarter at a time would leave as much as a quarter of it unused.
func withRoom[E any](s []E, n int) []E {
	if cap(s)-len(s) >= n {
		return s
	}
	grown := make([]E, len(s), len(s)+n)
	copy(grown, s)
	return grown
}

func appendUnique(s []string, v string) []string {
	if slices.Contains(s, v) {
		return s
	}
	return append(s, v)
}

// possessiveOwners returns the capitalised words the story's articles
// write only in the possessive ("Martha's" of "Martha's Vineyard"): a word
// any article also writes bare ("Trump" beside "Trump's Medicare plan",
// "Musk" of "Elon Musk" beside "Musk's Tesla") is a name of its own.
func possessiveOwners(toksOf [][]text.Token) map[string]bool {
	owners := map[string]bool{}
	for _, toks := range toksOf {
		for _, t := range toks {
			if p := text.PossessiveLen(t.Lower); p > 0 && t.IsWord() && text.Capitalised(t.Form) {
				owners[t.Lower[:len(t.Lower)-p]] = true
			}
		}
	}
	if len(owners) == 0 {
		return owners
	}
	for _, toks := range toksOf {
		for _, t := range toks {
			if t.IsWord() && owners[t.Lower] && text.Capitalised(t.Form) {
				delete(owners, t.Lower)
			}
		}
	}
	return owners
}

// storyActors joins the mentions of the story's articles into actors: a
// person's surname is one key across the story (a one-word "name" joins a
// person with that surname), and recurring things are added.
func (c *Comparison) storyActors(g *gazetteer.Gazetteer) []Actor {
	var raws []rawMention
	toksOf := make([][]text.Token, len(c.Articles))
	// The names are found article by article: byArticle[ai] is a window
	// on raws, not a copy, since a long article has many mentions.
	byArticle := make([][]rawMention, len(c.Articles))
	from := make([]int, len(c.Articles)+1)
	for ai, an := range c.Articles {
		toksOf[ai] = c.analyzer(an.Article.Language).Tokens(nil, an.Article.Text)
		// News prose has a mention every ten tokens or so: room for them
		// up front saves copying a long article's mentions as they grow.
		raws = slices.Grow(raws, len(toksOf[ai])/8)
	}
	owners := possessiveOwners(toksOf)
	for ai, an := range c.Articles {
		raws = articleMentions(raws, g, an, ai, toksOf[ai], owners)
		from[ai+1] = len(raws)
	}
	splitSurnames(raws)
	joinSurnames(raws)
	joinSpelledSurnames(g, raws, func(ai int) string { return c.Articles[ai].Article.Text })
	splitPatronyms(raws, func(ai int) string { return c.Articles[ai].Article.Text })
	joinDottedAcronyms(g, raws)
	for ai := range c.Articles {
		byArticle[ai] = raws[from[ai]:from[ai+1]:from[ai+1]]
	}
	// Descriptors bound to a name (appositives, copulas), then the
	// definite descriptions those and the titles resolve.
	named := len(raws)
	bound := make([]int, len(c.Articles)+1)
	for ai, an := range c.Articles {
		raws = append(raws, boundDescriptions(g, an, ai, toksOf[ai], byArticle[ai])...)
		bound[ai+1] = len(raws)
	}
	bound[0] = named
	profiles := actorProfiles(g, raws)
	// Each article's names, then its bound descriptions: pointers into
	// raws, which grows only once the articles are read.
	known := make([][]*rawMention, len(c.Articles))
	for ai := range c.Articles {
		known[ai] = make([]*rawMention, 0, from[ai+1]-from[ai]+bound[ai+1]-bound[ai])
		for k := from[ai]; k < from[ai+1]; k++ {
			known[ai] = append(known[ai], &raws[k])
		}
		for k := bound[ai]; k < bound[ai+1]; k++ {
			known[ai] = append(known[ai], &raws[k])
		}
	}
	// The descriptions join raws in one growth, sized by their count: a
	// list of them grown on its own held twice their size at once.
	described := make([][]rawMention, 0, 3*len(c.Articles))
	more := 0
	for ai, an := range c.Articles {
		described = append(described,
			definiteDescriptions(g, an, ai, toksOf[ai], known[ai], profiles),
			possessedCountries(g, an, ai, toksOf[ai], known[ai]),
			setMentions(an, ai, toksOf[ai], known[ai]))
		for _, d := range described[len(described)-3:] {
			more += len(d)
		}
	}
	raws = withRoom(raws, more)
	for k, d := range described {
		raws = append(raws, d...)
		described[k] = nil // each list is garbage once copied
	}
	raws = dropModifiersOfPersons(raws)
	peopleOfBodies(raws, toksOf, func(ai int) string { return c.Articles[ai].Article.Text })
	persons := map[string]bool{}
	for _, r := range raws {
		if r.kind == "person" {
			persons[r.key] = true
		}
	}
	for k := range raws {
		// "the Mueller Report": a document a person of the story wrote,
		// no organisation, though a newspaper may be called a "Report".
		r := &raws[k]
		if r.kind != "organisation" {
			continue
		}
		if owner, head, ok := strings.Cut(r.name, " "); ok && documentNoun(head) && persons["p:"+personKey(owner)] {
			r.kind = "thing"
		}
	}
	things, converted := c.recurringThings(toksOf, raws)
	raws = slices.DeleteFunc(raws, func(r rawMention) bool { return r.Part && converted[[2]int{r.Article, r.Start}] })
	raws = append(withRoom(raws, len(things)), things...)
	// A one-word name no person of the story holds is an organisation or
	// a place of its own, unless it is the very name of an actor the
	// gazetteer found in the story: "Turkey", which alone may be the bird,
	// is the country that "Turkish" and "Ankara" name; "Congress" is the
	// Congress of "Capitol Hill".
	type gazetteerActor struct{ kind, affiliation, via string }
	gazetteerActors := map[string]*gazetteerActor{}
	for k := range raws {
		if r := &raws[k]; strings.HasPrefix(r.key, "g:") && r.key == "g:"+strings.ToLower(r.name) && gazetteerActors[r.key] == nil {
			gazetteerActors[r.key] = &gazetteerActor{r.kind, r.affiliation, r.via}
		}
	}
	for k := range raws {
		// "The Democratic Party criticised ...": a name the gazetteer
		// leaves in doubt (other states have Democratic Parties) is the
		// party that "Democrats" named elsewhere in the story, one actor.
		r := &raws[k]
		if r.kind != "organisation" || !strings.HasPrefix(r.key, "o:") {
			continue
		}
		if ga := gazetteerActors["g:"+r.key[2:]]; ga != nil {
			r.key, r.kind, r.affiliation, r.via = "g:"+r.key[2:], ga.kind, ga.affiliation, ga.via
			if r.Label == r.key[2:] {
				r.Label = nameLabel // the actor's own name: no label
			}
		}
	}
	keyOf := func(r rawMention) string {
		if r.kind == "name" && !persons[r.key] {
			if g := "g:" + strings.ToLower(r.name); gazetteerActors[g] != nil {
				return g
			}
			return "n:" + strings.ToLower(r.name)
		}
		return r.key
	}
	notActors, usedAs := nonActors(raws, toksOf, keyOf)
	for k := range commonWordsAsNames(raws, toksOf, persons) {
		notActors[k] = true
	}
	for k := range timeOnly(raws, toksOf, keyOf) {
		notActors[k] = true
	}
	texts := make([]string, len(c.Articles))
	for ai, an := range c.Articles {
		texts[ai] = an.Article.Text
	}
	listed := listedOnly(raws, texts, keyOf)
	// A person's fullest name in each article: a bare "Fox" is Vicente Fox
	// only where his article names him, not in the next outlet's, whose
	// "Fox reported" may be Fox News.
	type personInArticle struct {
		article int
		key     string
	}
	fullNames := map[personInArticle]string{}
	for _, r := range raws {
		if at := (personInArticle{r.Article, r.key}); r.kind == "person" && len(r.name) > len(fullNames[at]) {
			fullNames[at] = r.name
		}
	}
	raws = slices.DeleteFunc(raws, func(r rawMention) bool {
		full := ""
		if persons[r.key] {
			full = fullNames[personInArticle{r.Article, r.key}]
		}
		return notActors[keyOf(r)] || listed[keyOf(r)] || namesOutlet(c.Articles[r.Article].Article.Text, r, c.Outlets, full)
	})
	passing := passingPlaces(raws, keyOf, func(ai int) string { return c.Articles[ai].Outlet }, len(c.Outlets))
	raws = slices.DeleteFunc(raws, func(r rawMention) bool { return passing[keyOf(r)] })
	// The voice of every mention, one sweep per article.
	spans := make([][]corpus.Span, len(c.Articles))
	for _, r := range raws {
		spans[r.Article] = append(spans[r.Article], corpus.Span{Start: r.Start, End: r.End})
	}
	inside := make([][]int, len(c.Articles))
	for ai, an := range c.Articles {
		inside[ai] = innermostQuotes(an.quotes, spans[ai])
	}
	// Each actor's mentions are counted first, so that a long article's
	// actors get their mention lists at full size, not by regrowing them.
	mentions := map[string]int{}
	for k := range raws {
		r := &raws[k]
		if r.kind == "name" && !persons[r.key] {
			kind := "organisation"
			if nonPersonHeads[strings.ToLower(r.name)] == "group" {
				kind = "group" // "Hispanics", "Evangelicals": people, no organisation
			} else if usedAs[keyOf(*r)] == "place" {
				kind = "place" // "fighting in Douma": a town the gazetteer does not know
			}
			r.key, r.kind = keyOf(*r), kind
			if g := gazetteerActors[r.key]; g != nil {
				r.kind, r.affiliation, r.via = g.kind, g.affiliation, g.via
			}
		}
		mentions[r.key]++
	}
	seen := make([]int, len(c.Articles))
	byKey := map[string]*Actor{}
	var order []string
	for k := range raws {
		r := &raws[k]
		act := byKey[r.key]
		if act == nil {
			act = &Actor{ID: r.key, Kind: r.kind, Labels: map[string]map[string]*VoiceCounts{}, Mentions: make([]Mention, 0, mentions[r.key])}
			byKey[r.key] = act
			order = append(order, r.key)
		}
		if r.kind == "person" {
			act.Kind = "person"
			if kind := usedAs[r.key]; kind != "" {
				// "in Beit Hanoun": two capitalised words, a town's name;
				// "worked at Goldman Sachs": an employer's.
				act.Kind = kind
			}
		}
		if len(r.name) > len(act.Name) {
			act.Name = r.name
		}
		if act.Affiliation == "" && r.affiliation != "" {
			act.Affiliation, act.Via = r.affiliation, r.via
		}
		m := r.Mention
		an := c.Articles[m.Article]
		m.Voice = voiceOf(an.quotes, inside[m.Article][seen[m.Article]])
		seen[m.Article]++
		act.Mentions = append(act.Mentions, m)
		byOutlet := act.Labels[an.Outlet]
		if byOutlet == nil {
			byOutlet = map[string]*VoiceCounts{}
			act.Labels[an.Outlet] = byOutlet
		}
		vc := byOutlet[m.Label]
		if vc == nil {
			vc = &VoiceCounts{}
			byOutlet[m.Label] = vc
		}
		vc.add(m.Voice.Kind)
	}
	out := make([]Actor, 0, len(order))
	for _, k := range order {
		act := byKey[k]
		// Descriptions are found after names: put each actor's mentions
		// back in reading order.
		slices.SortStableFunc(act.Mentions, func(a, b Mention) int {
			return cmp.Or(cmp.Compare(a.Article, b.Article), cmp.Compare(a.Start, b.Start))
		})
		if act.Kind == "thing" && strings.HasPrefix(act.ID, "t:") {
			act.Name = act.SortedLabels()[0] // "visit", not the longest synonym, "stopover"
		}
		out = append(out, *act)
	}
	slices.SortStableFunc(out, func(a, b Actor) int { return cmp.Compare(len(b.Mentions), len(a.Mentions)) })
	return out
}

// dropModifiersOfPersons drops the mentions of a party or a country that
// are modifiers inside a person's mention: "the Democratic senator",
// bound to Chuck Schumer, is his mention, and "Democratic" in it no mention
// of the party's members besides.
func dropModifiersOfPersons(raws []rawMention) []rawMention {
	modifiers := false
	for _, r := range raws {
		modifiers = modifiers || r.Part && strings.HasPrefix(r.key, "g:")
	}
	if !modifiers {
		return raws
	}
	persons := map[int][][2]int{} // article -> its person mentions' spans, by start
	for _, r := range raws {
		if r.kind == "person" && strings.HasPrefix(r.key, "p:") {
			persons[r.Article] = append(persons[r.Article], [2]int{r.Start, r.End})
		}
	}
	for _, spans := range persons {
		slices.SortFunc(spans, func(a, b [2]int) int { return cmp.Compare(a[0], b[0]) })
	}
	return slices.DeleteFunc(raws, func(r rawMention) bool {
		if !r.Part || !strings.HasPrefix(r.key, "g:") {
			return false
		}
		// The person's mention that starts last at or before this one
		// holds it, if any does: person mentions do not nest.
		spans := persons[r.Article]
		k, _ := slices.BinarySearchFunc(spans, r.Start+1, func(s [2]int, start int) int { return cmp.Compare(s[0], start) })
		return k > 0 && spans[k-1][1] >= r.End
	})
}

// peopleOfBodies extends a mention of a state or an organisation to the
// people a plural noun before "of" or "from" says act for it ("officials
// from the two countries", "diplomats of Iran", "the leaders of the
// House"): like "Iranian diplomats", a part of it labelled by the noun,
// not the outlet's name for it. Only nouns of office and agency qualify
// ("imports from China", "citizens of Mexico" stay the name).
func peopleOfBodies(raws []rawMention, toksOf [][]text.Token, textOf func(ai int) string) {
	for k := range raws {
		r := &raws[k]
		if r.kind != "country" && r.kind != "organisation" || r.Part && !r.set || text.PossessiveLen(r.Surface) > 0 {
			// "members of the Syrian opposition", "members of Iran's
			// Guards": what follows is no body's name; "officials from
			// the two countries" are each country's.
			continue
		}
		toks := toksOf[r.Article]
		at, ok := slices.BinarySearchFunc(toks, r.Start, func(t text.Token, start int) int { return cmp.Compare(t.Start, start) })
		if !ok {
			continue
		}
		if rest := strings.TrimLeft(textOf(r.Article)[r.End:], " "); strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
			continue // "members of Iran 's Guards", the possessive written apart
		}
		if at > 0 && toks[at-1].Lower == "the" {
			at--
		}
		if at < 2 || toks[at-1].Lower != "of" && toks[at-1].Lower != "from" || !agentPlural(toks, at-2) {
			continue
		}
		if toks[at-1].Lower == "from" && movedFrom(toks, at-2) {
			continue // "withdrew its diplomats from Cuba": where they leave, not whose they are
		}
		noun := toks[at-2]
		r.Start, r.Label, r.Part, r.Descriptors = noun.Start, noun.Lower, true, nil
		r.Surface = textOf(r.Article)[r.Start:r.End]
	}
}

// movedFrom reports whether the plural at token k, before "from", names
// people whom a verb of removal moves or a possessive determiner gives
// another owner ("withdrew diplomats from Cuba", "recalled their
// ambassadors from Qatar"): "from" says where they leave, not whose they
// are. Up to three words before the noun are read ("pulled all 30 of
// its"), back to a clause's or a phrase's break.
func movedFrom(toks []text.Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		w := toks[j]
		if w.Kind == text.Number {
			continue
		}
		if !w.IsWord() || clauseBreakWords[w.Lower] {
			return false
		}
		if removalVerbs[w.Lower] || thirdPersonPossessives[w.Lower] || w.Lower == "our" || w.Lower == "my" || w.Lower == "your" {
			return true
		}
	}
	return false
}

// removalVerbs are the forms of the verbs by which a state or a body
// moves its own people out of a place. "Expel" is left out: "expelled
// diplomats from Russia" are as often Russia's own.
var removalVerbs = map[string]bool{"withdraw": true, "withdraws": true, "withdrew": true, "withdrawn": true, "withdrawing": true,
	"recall": true, "recalls": true, "recalled": true, "recalling": true, "evacuate": true, "evacuates": true, "evacuated": true, "evacuating": true,
	"pull": true, "pulls": true, "pulled": true, "pulling": true, "remove": true, "removes": true, "removed": true, "removing": true}

// clauseBreakWords end the look-back of movedFrom: what stands before
// them is another clause's or phrase's ("recalled that officials from
// Iran").
var clauseBreakWords = map[string]bool{"that": true, "and": true, "or": true, "but": true, "as": true, "when": true, "who": true, "which": true, "while": true}

// agentPlural reports whether token k is a plural, lower case unless it
// opens a sentence, naming people who act for a body: its officials,
// leaders, members, ministers, envoys, diplomats, aides or lawmakers.
// Those who merely come from a place ("refugees", "fighters",
// "reporters") do not act for its state.
func agentPlural(toks []text.Token, k int) bool {
	t := toks[k]
	if !t.IsWord() || text.Capitalised(t.Form) && !sentenceInitial(toks, k) || !pluralNoun(t) {
		return false
	}
	one := singularNoun(t.Lower)
	return memberNouns[one] || bodyAgentNouns[one]
}

// bodyAgentNouns, besides memberNouns, name people who act for a state
// or a body.
var bodyAgentNouns = map[string]bool{"diplomat": true, "envoy": true, "ambassador": true, "delegate": true, "negotiator": true,
	"minister": true, "spokesman": true, "spokeswoman": true, "aide": true, "adviser": true, "advisor": true}

// commonWordsAsNames returns the keys of one-word names that no person
// holds and that the story writes in lower case at least as often as
// capitalised: "Protesters" at the head of every caption of a gallery is
// the protesters, no organisation. "House" and "Senate", rarely written in
// lower case, stay.
func commonWordsAsNames(raws []rawMention, toksOf [][]text.Token, persons map[string]bool) map[string]bool {
	capitalised := map[string]int{}
	acronym := map[string]bool{} // "IS" beside "Is": the acronym keeps the name
	for _, r := range raws {
		if r.kind == "name" && !persons[r.key] && !strings.Contains(r.name, " ") {
			if isAcronym(r.name) {
				acronym[strings.ToLower(r.name)] = true
			} else {
				capitalised[strings.ToLower(r.name)]++
			}
		}
	}
	out := map[string]bool{}
	if len(capitalised) == 0 {
		return out
	}
	lower := map[string]int{}
	for _, toks := range toksOf {
		for _, t := range toks {
			if t.IsWord() && !text.Capitalised(t.Form) && capitalised[t.Lower] > 0 {
				lower[t.Lower]++
			}
		}
	}
	for w, n := range capitalised {
		if lower[w] >= n && !acronym[w] {
			out["n:"+w] = true
		}
	}
	return out
}

// recurringThings finds the things and events a story keeps naming: noun
// phrases after a determiner or possessive whose head recurs in three
// outlets' articles (both, in a story of two), at least three times in all.
// Abstract nouns that stand without a determiner ("collusion",
// "interference") count like those with one, and so does a phrase a
// demonym opens ("Russian interference"): that phrase, found first as a
// part of its country, becomes a mention of the thing when the thing
// recurs; the second result holds the (article, start) of those parts.
func (c *Comparison) recurringThings(toksOf [][]text.Token, named []rawMention) ([]rawMention, map[[2]int]bool) {
	// The streams are the caller's: joined in place for this search, and
	// restored for the searches after it.
	joined, compounds := joinCompounds(toksOf)
	defer restoreCompounds(toksOf, compounds)
	toksOf = joined
	taken := make(map[[2]int]bool, len(named)) // (article, token start) inside a named mention
	spans := make([][][2]int, len(toksOf))
	demonymParts := map[[2]int]int{} // (article, start) -> index in named of "Russian interference"
	// nameEnds maps where a bare name starts to where it ends: after a
	// determiner it may modify a thing's noun ("the Flynn investigation",
	// "the Steele dossier").
	nameEnds := map[[2]int]int{}
	for k := range named {
		r := &named[k]
		taken[[2]int{r.Article, r.Start}] = true
		if r.Label == nameLabel && !r.Part && r.kind != "thing" && text.PossessiveLen(r.Surface) == 0 {
			nameEnds[[2]int{r.Article, r.Start}] = r.End
		}
		if r.Part && r.kind == "country" && !strings.Contains(r.Label, " ") && (massNoun(r.Label) || synonymGroup[r.Label] != "") {
			demonymParts[[2]int{r.Article, r.Start}] = k
			continue
		}
		spans[r.Article] = append(spans[r.Article], [2]int{r.Start, r.End})
	}
	for ai := range spans {
		spans[ai] = mergeSpans(spans[ai])
	}
	within := func(ai, at int) bool {
		// The first merged span ending after at holds it if it starts at or before it.
		k, _ := slices.BinarySearchFunc(spans[ai], at, func(s [2]int, at int) int { return cmp.Compare(s[1], at+1) })
		return k < len(spans[ai]) && spans[ai][k][0] <= at
	}
	// bare marks a plural without a determiner, which counts only for a
	// thing named with one too.
	type occ struct {
		ai, from, head int
		bare           bool
		part           *rawMention
		name           string // the name modifying the noun ("flynn" in "the Flynn investigation")
		after          int    // the token after that name
		cut            bool   // the phrase is read from after the name
		predicate      bool   // the phrase is an indefinite predicate: "was a "bad deal""
		subject        string // the key of the thing the predicate describes, if any
	}
	var occs []occ
	for ai, toks := range toksOf {
		for i := 0; i < len(toks); i++ {
			if k, ok := demonymParts[[2]int{ai, toks[i].Start}]; ok {
				r := &named[k]
				head := i
				for head < len(toks) && toks[head].End < r.End {
					head++
				}
				if head < len(toks) {
					occs = append(occs, occ{ai: ai, from: i, head: head, part: r})
					i = head
				}
				continue
			}
			if barePlural(toks, i) && !within(ai, toks[i].Start) {
				occs = append(occs, occ{ai: ai, from: i, head: i, bare: true}) // "tariffs", "mass protests": a plural needs no determiner
				continue
			}
			if bareMassNoun(toks, i) && !within(ai, toks[i].Start) {
				occs = append(occs, occ{ai: ai, from: i, head: i}) // "collusion", "alleged collusion": an abstract noun needs none either
				continue
			}
			if !toks[i].IsWord() || !determiners[toks[i].Lower] && toks[i].Lower != "no" && !strings.HasSuffix(toks[i].Lower, "'s") {
				continue
			}
			if contractedIs(toks[i].Lower) {
				continue // "it's going", "he's disputing": "is", no possessive
			}
			// det (adj)* noun: the head is the last lower-case word before
			// something that is not one, or the first plural ("the
			// agreements reflect ...": a verb follows a plural head).
			j, limit, name, after := i+1, i+4, "", 0
			if end, ok := nameEnds[[2]int{ai, toks[min(j, len(toks)-1)].Start}]; ok && j < len(toks) {
				// "the Flynn investigation": the name modifies the noun after it.
				k := j
				for k < len(toks) && toks[k].End <= end {
					k++
				}
				if k < len(toks) && toks[k].Start > end && lowerWord(toks, k) && !stopwords[toks[k].Lower] {
					name, after = strings.ToLower(c.Articles[ai].Article.Text[toks[j].Start:end]), k
					j, limit = k, limit+k-j
				}
			}
			for j < len(toks) && j < limit {
				if skip := phraseMarks(toks, j, j == i+1); skip > 0 {
					j, limit = j+skip, limit+skip // a "state visit", the 25% tariff: marks inside the phrase
					continue
				}
				if !lowerWord(toks, j) || stopwords[toks[j].Lower] && !phraseAdjectives[toks[j].Lower] || titleWords[toks[j].Lower] {
					break
				}
				if j > i+1 && (pastForm(toks[j].Lower) || timeAdverbial(toks, j)) || notInNounPhrase[toks[j].Lower] {
					break // "the probe began", "the visit planned for July", "his visit next month": no noun after the head
				}
				j++
				if pluralNoun(toks[j-1]) || pluralWithoutS(toks[j-1].Lower) || singularBeforeVerb(toks, j-1) {
					break
				}
			}
			head := j - 1
			if head <= i || !toks[head].IsWord() || len(toks[head].Lower) < 4 || genericHeads[toks[head].Lower] || phraseAdjectives[toks[head].Lower] {
				continue
			}
			if head+2 < len(toks) && text.Joined(toks[head], toks[head+1], toks[head+2]) {
				continue // "an anti-Islam film": a prefix joined to a name, no head
			}
			if taken[[2]int{ai, toks[i].Start}] && text.PossessiveLen(toks[i].Form) == 0 {
				continue // a name's possessive opens a thing's phrase ("Trump's visit"); a name otherwise is no determiner
			}
			if toks[i].Lower == "no" && !massNoun(toks[head].Lower) && !pluralNoun(toks[head]) {
				continue // "no longer", "no doubt": no thing denied
			}
			if j < len(toks) && toks[j].IsWord() && (text.Capitalised(toks[j].Form) || titleWords[toks[j].Lower]) {
				continue // "the former FBI director": a modifier of a name, no head
			}
			o := occ{ai: ai, from: i, head: head, name: name, after: after}
			if verb := copulaBefore(toks, i); verb >= 0 && (toks[i].Lower == "a" || toks[i].Lower == "an") {
				// "The visit is a firmly structured event", "the building
				// was a "bad deal"": an indefinite predicate says what its
				// subject is and names nothing of its own; after a thing,
				// it is a label of that thing.
				if n := len(occs); n > 0 && occs[n-1].ai == ai && occs[n-1].head == verb-1 && !occs[n-1].predicate && clauseSubject(toks, occs[n-1].from, occs[n-1].head, verb) {
					if h := predicateHead(toks, i); h > 0 {
						o.predicate, o.head, o.subject = true, h, thingKey(toks[occs[n-1].head])
						head = max(head, h)
					}
				}
			}
			occs = append(occs, o)
			i = head
		}
	}
	// Demonyms of several countries before one noun ("the Palestinian
	// delegation", "the Israeli delegation") name several referents: those
	// phrases stay parts of their countries.
	demonymsOf := map[string]map[string]bool{}
	for _, o := range occs {
		if o.part != nil {
			key := thingKey(toksOf[o.ai][o.head])
			if demonymsOf[key] == nil {
				demonymsOf[key] = map[string]bool{}
			}
			demonymsOf[key][o.part.key] = true
		}
	}
	occs = slices.DeleteFunc(occs, func(o occ) bool { return o.part != nil && len(demonymsOf[thingKey(toksOf[o.ai][o.head])]) > 1 })
	// So do names: "the Trump campaign" and "the Clinton campaign" are two
	// campaigns, no mention of one "campaign"; an abstract noun after the
	// name is read as it stands ("the Flynn investigation" against "the
	// Mueller investigation": "investigation").
	namesOf := map[string]map[string]bool{}
	for _, o := range occs {
		if o.name != "" {
			key := thingKey(toksOf[o.ai][o.head])
			if namesOf[key] == nil {
				namesOf[key] = map[string]bool{}
			}
			namesOf[key][o.name] = true
		}
	}
	occs = slices.DeleteFunc(occs, func(o occ) bool {
		if o.name == "" || len(namesOf[thingKey(toksOf[o.ai][o.head])]) < 2 {
			return false
		}
		return o.after != o.head || !bareMassNoun(toksOf[o.ai], o.head)
	})
	for k := range occs {
		if o := &occs[k]; o.name != "" && len(namesOf[thingKey(toksOf[o.ai][o.head])]) > 1 {
			o.cut = true
		}
	}
	outlets := map[string]map[string]bool{}
	bareOutlets := map[string]map[string]bool{}
	count := map[string]int{}
	for _, o := range occs {
		key := thingKey(toksOf[o.ai][o.head])
		if o.predicate {
			continue // a description of its subject, no naming of a thing
		}
		if o.bare {
			if bareOutlets[key] == nil {
				bareOutlets[key] = map[string]bool{}
			}
			bareOutlets[key][c.Articles[o.ai].Outlet] = true
			continue
		}
		if outlets[key] == nil {
			outlets[key] = map[string]bool{}
		}
		outlets[key][c.Articles[o.ai].Outlet] = true
		count[key]++
	}
	// A bare plural makes no thing, but an outlet that names a thing only
	// so ("mass protests") counts among those that name it.
	for key, os := range outlets {
		if len(os) >= 2 {
			for o := range bareOutlets[key] {
				os[o] = true
			}
		}
	}
	// A thing's label is its head as the story most often writes it, so
	// that "memo" and "memos" are one label and "probe" another.
	forms := map[string]map[string]int{} // stem -> lower-case form -> uses
	for _, o := range occs {
		t := toksOf[o.ai][o.head]
		st := thingStem(t)
		if forms[st] == nil {
			forms[st] = map[string]int{}
		}
		forms[st][t.Lower]++
	}
	labelOf := func(t text.Token) string {
		best, st := t.Lower, thingStem(t)
		for f, n := range forms[st] {
			if n > forms[st][best] || n == forms[st][best] && f < best {
				best = f
			}
		}
		return best
	}
	var out []rawMention
	converted := map[[2]int]bool{}
	for _, o := range occs {
		toks := toksOf[o.ai]
		key := thingKey(toks[o.head])
		if o.predicate {
			key = o.subject
		}
		if len(outlets[key]) < min(3, len(c.Outlets)) || count[key] < 3 || len(c.Outlets) < 2 {
			continue
		}
		a := c.Articles[o.ai].Article
		var desc []string
		start, end, first := toks[o.from].Start, toks[o.head].End, o.from+1
		if o.cut {
			start, first = toks[o.after].Start, o.after
		}
		for k := first; k < o.head; k++ {
			switch {
			case toks[k].Kind == text.Quote:
				// a "state visit", the "intense strikes": the quoted words
				// are the mention, so that its voice is the quotation's.
				start = toks[k+1].Start
			case toks[k].Form == "%" && len(desc) > 0:
				desc[len(desc)-1] += "%" // "25%"
			case toks[k].IsWord() && text.Capitalised(toks[k].Form):
				desc = append(desc, toks[k].Form) // the name before the noun: "Flynn"
			case toks[k].IsWord():
				desc = append(desc, toks[k].Lower)
			}
		}
		m := rawMention{Mention: Mention{Article: o.ai, ArticleID: a.ID, Start: start, End: end, Surface: a.Text[start:end],
			Label: labelOf(toks[o.head]), Descriptors: desc, Headline: a.TitleSpan.Len() > 0 && a.TitleSpan.Contains(start)},
			key: "t:" + key, name: labelOf(toks[o.head]), kind: "thing"}
		if o.part != nil {
			// "Russian interference": the country's, said by its demonym.
			m.Start, m.End, m.Descriptors = o.part.Start, o.part.End, o.part.Descriptors
			if k := o.from - 1; k >= 0 && determiners[toks[k].Lower] {
				m.Start = toks[k].Start // "an Israeli airstrike", read with its determiner like "the strike"
			}
			m.Surface = a.Text[m.Start:m.End]
			converted[[2]int{o.ai, o.part.Start}] = true
		}
		out = append(out, m)
	}
	return out, converted
}

// copulaBefore returns the first token of the linking verb group that
// ends right before token i ("is", "was not", "has been", "would be"), or
// -1 when no form of "be" or linking verb stands there.
func copulaBefore(toks []text.Token, i int) int {
	first, linked := -1, false
	for k := i - 1; k >= 0 && k >= i-4 && toks[k].IsWord(); k-- {
		switch l := toks[k].Lower; {
		case copulas[l]:
			first, linked = k, true
		case linkingAuxiliaries[l] && linked:
			first = k
		case l == "not" || l == "also" || l == "never" || l == "still":
			continue // "is not a", before the verb is reached
		default:
			if linked {
				return first
			}
			return -1
		}
	}
	if linked {
		return first
	}
	return -1
}

// degreeNouns open an indefinite phrase that grades an adjective or an
// adverb after it: "a bit late", "a lot worse", "a little different".
var degreeNouns = map[string]bool{"bit": true, "lot": true, "little": true, "tad": true, "touch": true, "notch": true}

// adverbParticles end a phrase whose noun comes before them: "a step
// forward", "a long way off", "a long time coming".
var adverbParticles = map[string]bool{"forward": true, "forwards": true, "back": true, "backward": true, "backwards": true, "ahead": true,
	"away": true, "down": true, "off": true, "over": true, "along": true, "aside": true, "apart": true, "around": true, "coming": true}

// answerNouns before "to" relate their subject to what follows ("a
// response to the strike"), as "a result of" does.
var answerNouns = map[string]bool{"response": true, "reaction": true, "answer": true, "reply": true, "prelude": true, "sequel": true}

// predicateHead returns the head of the indefinite noun phrase that the
// article at token i opens as a predicate: the last of its lower-case
// words before a function word or a mark ("event" in "a firmly structured
// event over four days", "deal" in "a "bad deal""), or -1 when the phrase
// ends in an adverb or a pro-form ("a state one") or holds no noun.
func predicateHead(toks []text.Token, i int) int {
	head := -1
	for j := i + 1; j < len(toks) && j <= i+6; j++ {
		if skip := phraseMarks(toks, j, j == i+1); skip > 0 {
			j += skip - 1
			continue
		}
		if !lowerWord(toks, j) || stopwords[toks[j].Lower] {
			if toks[j].IsWord() && (toks[j].Lower == "one" || toks[j].Lower == "ones") {
				return -1 // "a state one": the noun is elsewhere
			}
			break
		}
		head = j
	}
	if head < 0 || strings.HasSuffix(toks[head].Lower, "ly") || len(toks[head].Lower) < 4 || genericHeads[toks[head].Lower] {
		return -1
	}
	if degreeNouns[word(toks, i+1)] || adverbParticles[toks[head].Lower] {
		return -1 // "a bit late", "a lot worse", "a step forward": a degree or a direction, no label
	}
	if word(toks, head+1) == "to" && answerNouns[toks[head].Lower] {
		return -1 // "a response to the strike": a relation to what follows, no label
	}
	if word(toks, head+1) == "of" {
		return -1 // "a result of the video", "an example of": a relation to what follows, no label
	}
	return head
}

// clauseSubject reports whether the phrase at tokens from..head is the
// subject of the linking verb group opening at token verb: opened by a
// determiner or a possessive ("the attack", "Iran's admission"), not the
// object of a preposition ("the use of chemical weapons is", "the mere
// signing of an agreement was": the subject is the phrase before), nor
// the subject of an infinitive ("There needs to be").
func clauseSubject(toks []text.Token, from, head, verb int) bool {
	if from >= head || word(toks, verb) == "to" {
		return false
	}
	w := word(toks, from-1)
	return !prepositions[w] && !(postModifiers[w] && !relativeWords[w])
}

// relativeWords open a clause, not a prepositional phrase: "said that
// the attack was", "when the strike was".
var relativeWords = map[string]bool{"who": true, "whom": true, "whose": true, "which": true, "that": true, "where": true, "when": true}

// phraseAdjectives are words of the stopword list that modify a noun
// inside its phrase: "his first memo", "the new embassy", "other memos".
var phraseAdjectives = map[string]bool{"first": true, "second": true, "third": true, "last": true, "latest": true, "new": true, "other": true}

// phraseMarks returns how many tokens at j are marks inside a noun
// phrase, before a lower-case word or number of it: an opening quotation
// mark after the determiner or a hyphenated modifier (a "state visit",
// the full-blown "state visit"; in "keep the city "open"" the noun came
// before it), or the per cent sign after a number ("the 25% tariff"); 0
// when none are. first says whether j follows the determiner.
func phraseMarks(toks []text.Token, j int, first bool) int {
	if toks[j].Kind == text.Quote && j+1 < len(toks) && toks[j+1].Start == toks[j].End && lowerWord(toks, j+1) &&
		(first || strings.Contains(toks[j-1].Form, "-")) {
		return 1
	}
	if toks[j].Kind == text.Number && j+2 < len(toks) && toks[j+1].Form == "%" && toks[j+1].Start == toks[j].End && lowerWord(toks, j+2) {
		return 2
	}
	return 0
}

// timeAdverbial reports whether token j opens a time phrase after a noun
// ("his visit next month", "the vote last week"), which ends its phrase.
func timeAdverbial(toks []text.Token, j int) bool {
	switch toks[j].Lower {
	case "next", "last", "this":
		return j+1 < len(toks) && timeUnits[toks[j+1].Lower]
	}
	return false
}

// contractedIs reports whether a word ending in "'s" is a pronoun, a
// question word or "there" with "is" or "has" contracted ("it's", "he's",
// "what's", "there's"), which open no noun phrase.
func contractedIs(lower string) bool {
	w, ok := strings.CutSuffix(lower, "'s")
	if !ok {
		return false
	}
	switch w {
	case "it", "he", "she", "that", "this", "there", "here", "what", "who", "where", "when", "why", "how", "let":
		return true
	}
	return false
}

// mergeSpans sorts byte spans [start, end) and merges those that overlap,
// so that whether an offset lies in any of them is one binary search: a
// long article's mentions are not scanned once per word.
func mergeSpans(spans [][2]int) [][2]int {
	slices.SortFunc(spans, func(a, b [2]int) int { return cmp.Compare(a[0], b[0]) })
	out := spans[:0]
	for _, s := range spans {
		if n := len(out); n > 0 && s[0] < out[n-1][1] {
			out[n-1][1] = max(out[n-1][1], s[1])
			continue
		}
		out = append(out, s)
	}
	return out
}

// joinCompounds joins, in place, each lower-case hyphenated compound of
// the token streams into one word ("cease-fire", "self-defense"), so that
// a thing named by one is labelled by the whole compound, not by its first
// part; its stem is the compound with its last part stemmed, so that
// "cease-fires" is "cease-fire". It returns the shortened streams, which
// share the callers' arrays (a long article's stream is not copied), and
// the parts it replaced, which restoreCompounds puts back.
func joinCompounds(toksOf [][]text.Token) ([][]text.Token, [][]compoundParts) {
	out := make([][]text.Token, len(toksOf))
	parts := make([][]compoundParts, len(toksOf))
	for ai, toks := range toksOf {
		w := 0 // toks[:w] is the joined stream so far; w never passes i
		for i := 0; i < len(toks); i++ {
			j := i
			for j+2 < len(toks) && toks[j+1].Kind == text.Punct && text.Joined(toks[j], toks[j+1], toks[j+2]) && lowerWord(toks, j) && lowerWord(toks, j+2) {
				j += 2
			}
			if j == i {
				if w < i {
					toks[w] = toks[i]
				}
				w++
				continue
			}
			last := toks[j]
			var form, lower strings.Builder
			for k := i; k <= j; k++ {
				form.WriteString(toks[k].Form)
				if toks[k].IsWord() {
					lower.WriteString(toks[k].Lower)
				} else {
					lower.WriteString(toks[k].Form) // the hyphen
				}
			}
			l := lower.String()
			parts[ai] = append(parts[ai], compoundParts{at: w, toks: slices.Clone(toks[i : j+1])})
			toks[w] = text.Token{Start: toks[i].Start, End: last.End, Kind: text.Word,
				Form: form.String(), Lower: l, Stem: l[:len(l)-len(last.Lower)] + last.Stem}
			w++
			i = j
		}
		out[ai] = toks[:w]
	}
	return out, parts
}

// compoundParts are the tokens a joined compound at index at of its
// joined stream replaced.
type compoundParts struct {
	at   int
	toks []text.Token
}

// restoreCompounds undoes joinCompounds on the original streams toksOf,
// from their end so that no token is overwritten before it is moved.
func restoreCompounds(toksOf [][]text.Token, parts [][]compoundParts) {
	for ai, toks := range toksOf {
		ps := parts[ai]
		if len(ps) == 0 {
			continue
		}
		joined := len(toks)
		for _, p := range ps {
			joined -= len(p.toks) - 1
		}
		w := len(toks) // toks[w:] is restored
		// Before the first compound the streams agree: the loop ends there.
		for k, rd := len(ps)-1, joined-1; k >= 0; rd-- {
			if ps[k].at == rd {
				w -= len(ps[k].toks)
				copy(toks[w:], ps[k].toks)
				k--
				continue
			}
			w--
			toks[w] = toks[rd]
		}
	}
}

// barePlural reports whether token i is a plural noun standing without a
// determiner, the head of its phrase ("tariffs on steel", "mass protests",
// "officials said"): a lower-case word whose stem drops a final "s", not
// a function, title or generic word, and not followed by a lower-case word
// that it would modify or that would make it a verb ("protests erupted" is
// left out with "he protests loudly").
func barePlural(toks []text.Token, i int) bool {
	t := toks[i]
	if !t.IsWord() || text.Capitalised(t.Form) || len(t.Lower) < 5 || !pluralNoun(t) || stopwords[t.Lower] || titleWords[t.Lower] || genericHeads[t.Lower] {
		return false
	}
	if i > 0 && toks[i-1].IsWord() && (determiners[toks[i-1].Lower] || subjectPronouns[toks[i-1].Lower]) {
		return false // "the tariffs" is read with its determiner; "he protests", "it counts": a verb
	}
	if k := i + 1; k < len(toks) && toks[k].IsWord() && !text.Capitalised(toks[k].Form) && !stopwords[toks[k].Lower] && !postModifiers[toks[k].Lower] {
		return false
	}
	return true
}

// bareMassNoun reports whether token i is an abstract noun standing
// without a determiner, the head of its phrase ("allegations of
// collusion", "alleged collusion leading up to"): a lower-case (or
// shouted: "NO COLLUSION") word of an abstract noun's shape, not after a
// determiner and not followed by a lower-case word it would modify
// ("immigration policy"), though a participle may follow it.
func bareMassNoun(toks []text.Token, i int) bool {
	t := toks[i]
	if !lowerWord(toks, i) || !massNoun(t.Lower) || stopwords[t.Lower] || titleWords[t.Lower] || genericHeads[t.Lower] {
		return false
	}
	if i > 0 && toks[i-1].IsWord() && (determiners[toks[i-1].Lower] || toks[i-1].Lower == "no" || text.PossessiveLen(toks[i-1].Form) > 0) {
		return false // read with its determiner
	}
	if i > 0 && toks[i-1].Lower == "to" && i+1 < len(toks) && objectWords[toks[i+1].Lower] && !nounOnlySuffix(toks[i].Lower) && !(i+2 < len(toks) && timeUnits[toks[i+2].Lower]) {
		return false // "right to document it", "to implement the plan": a verb and its object
	}
	if k := i + 1; k < len(toks) && lowerWord(toks, k) && !stopwords[toks[k].Lower] && !postModifiers[toks[k].Lower] &&
		!strings.HasSuffix(toks[k].Lower, "ing") && !strings.HasSuffix(toks[k].Lower, "ed") {
		return false
	}
	return true
}

// nounOnlySuffix reports whether a word of an abstract noun's shape ends
// in a suffix that makes nouns only: "-ism" ("a drift to nationalism the
// critics feared"). "-tion" and "-ence" words are also verbs ("to question
// him", "to influence the vote").
func nounOnlySuffix(w string) bool {
	return strings.HasSuffix(w, "ism")
}

// timeUnits end a time phrase after "this", "a" or "the" ("this week", "a
// year after"): after "to" and an abstract noun they are no object, so
// the noun is no verb ("a return to violence this week").
var timeUnits = map[string]bool{"week": true, "weekend": true, "month": true, "year": true, "day": true, "morning": true,
	"afternoon": true, "evening": true, "night": true, "decade": true, "summer": true, "winter": true, "spring": true, "autumn": true,
	"fall": true, "time": true, "century": true}

// objectWords open a verb's object: after "to" and a word of an abstract
// noun's shape, they make that word a verb.
// "That" is left out: it also opens a relative clause ("to legislation
// that would ...").
var objectWords = map[string]bool{"it": true, "them": true, "him": true, "her": true, "us": true, "me": true, "this": true,
	"these": true, "those": true, "the": true, "a": true, "an": true, "his": true, "their": true, "its": true}

// massNoun reports whether a word has the shape of a singular abstract
// noun, one that news writes without a determiner: "collusion",
// "interference", "meddling" is not (an "-ing" form is as often a verb),
// "obstruction", "harassment", "terrorism".
func massNoun(w string) bool {
	if len(w) < 7 || strings.Contains(w, "'") || governmentNouns[w] || notAbstract[w] {
		return false // "the Egyptian government" names the country's rulers, a label of the country
	}
	for _, suf := range []string{"tion", "sion", "ence", "ance", "ment", "ism"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// notAbstract are words of an abstract noun's shape that name no thing
// of a story: they live in set phrases ("in advance", "for instance", "in
// addition", "pay attention", "with the exception of").
var notAbstract = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`advance instance distance balance sentence audience addition attention accordance comparison
		mention consideration exception conjunction reference`) {
		m[w] = true
	}
	return m
}()

// lowerWord reports whether token k is a word written in lower case, or
// shouted among shouted words ("NO COLLUSION and NO OBSTRUCTION"), which
// is the same word raised.
func lowerWord(toks []text.Token, k int) bool {
	t := toks[k]
	if !t.IsWord() {
		return false
	}
	if !text.Capitalised(t.Form) {
		return true
	}
	return isAcronym(t.Form) && len(t.Form) > 4 && !strings.Contains(t.Form, ".")
}

// pluralNoun reports whether a word looks like a plural noun: it ends in "s"
// (not "ss", nor "us" or "is", the endings of adjectives and singular
// nouns: "salacious", "status", "crisis") and its stem drops the ending
// ("tariffs", "memos").
func pluralNoun(t text.Token) bool {
	w := t.Lower
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && t.Stem != w
}

// singularBeforeVerb reports whether token k is a singular noun ending in
// "is" or "us" ("crisis", "analysis", "consensus", not the adjectives in
// "-ous") before a lower-case word in "s": a present verb after its
// subject ("the crisis deepens", "the analysis finds"), so the phrase
// ends at the noun. A verb right after the word in "s" makes that word
// the plural head of a compound instead ("crisis talks resumed").
func singularBeforeVerb(toks []text.Token, k int) bool {
	w := toks[k].Lower
	if !strings.HasSuffix(w, "is") && !(strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "ous")) || k+1 >= len(toks) {
		return false
	}
	n := toks[k+1]
	if finiteVerbAt(toks, k+2) && !clauseVerbs[n.Lower] {
		return false // "crisis talks resumed", "census figures were": a plural head before its own verb
	}
	return n.IsWord() && !text.Capitalised(n.Form) && len(n.Lower) > 3 && strings.HasSuffix(n.Lower, "s") && !strings.HasSuffix(n.Lower, "ss") && !stopwords[n.Lower]
}

// notInNounPhrase are adverbs and prepositions, which a noun phrase
// never holds before its head: after "the Iranian government meanwhile"
// or "American policy without" the head is already read.
var notInNounPhrase = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`near since without despite amid amidst toward towards around across among amongst via including like
		unlike within beyond inside outside along upon onto ago instead already still yet even ever never alone abroad overseas
		meanwhile however though today tonight yesterday tomorrow often always later soon reportedly allegedly recently`) {
		notInNounPhrase[w] = true
	}
}

// pluralWithoutS reports whether a word is a plural that does not end in
// "s" ("people", "police", "policemen", "children"): a verb after it is no
// part of the phrase it heads ("Pakistani police detain ...").
func pluralWithoutS(w string) bool {
	switch w {
	case "people", "police", "children", "personnel":
		return true
	}
	if w == "men" || strings.HasSuffix(w, "women") {
		return true
	}
	// "policemen", "gunmen", "militiamen", but not "specimen", "abdomen", "acumen".
	return len(w) > 4 && strings.HasSuffix(w, "men") && !strings.HasSuffix(w, "imen") && !strings.HasSuffix(w, "omen") && !strings.HasSuffix(w, "umen")
}

// pastForm reports whether a word looks like a verb's past form: a
// regular "-ed" ending or a common irregular one ("began", "came").
// Read after a noun, it opens the clause the noun is the subject of.
func pastForm(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") || irregularPast[w]
}

// irregularPast are common irregular past forms of English verbs.
var irregularPast = map[string]bool{}

func init() {
	// Read after a noun that opens a phrase ("the closure left ..."), so
	// a form that is also a noun matters only in compounds; "cut" is left
	// out for "the tax cut".
	for _, w := range strings.Fields(`began begun came went took taken made gave given got rose risen fell fallen won lost met left found saw seen
		brought bought caught thought sought held kept led meant sent spent stood struck understood wrote written spoke spoken broke
		chose chosen drew drawn drove driven flew flown grew grown knew known ran sat threw thrown wore became told sold paid heard felt dealt
		hit put let shot built read`) {
		irregularPast[w] = true
	}
}

// subjectPronouns before a word ending in "s" make it a verb.
var subjectPronouns = map[string]bool{"he": true, "she": true, "it": true, "who": true, "which": true}

// genericHeads are nouns every story uses about its own telling or its
// time (a statement, an announcement, the time, this week, the deadline),
// that point at a different referent each time ("the country", "other
// countries", "the world", "a decision", "the relationship"), or that
// name a person by kin ("his wife"): no thing of the story.
var genericHeads = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`statement statements interview interviews remarks comments comment news conference report reports tweet tweets post posts
		release video email emails letter call calls question questions answer time times way ways thing things part fact
		announcement announcements week weeks year years month months today weekend morning afternoon evening night moment period deadline deadlines
		people person number numbers lot kind sort issue issues case cases point points end start
		world country countries others decision decisions relationship relationships
		wife wives husband husbands son sons daughter daughters mother father brother brothers sister sisters`) {
		genericHeads[w] = true
	}
}

// determiners open a noun phrase that names a thing of the story.
var determiners = map[string]bool{"the": true, "a": true, "an": true, "this": true, "these": true, "those": true, "its": true, "their": true, "his": true, "her": true}

// splitSurnames gives people who share a surname but not a name their own
// keys: "Woody Johnson" and "Boris Johnson", "Melania Trump" and "Donald
// Trump". Names whose words one holds all of the other's ("Donald J.
// Trump", "Donald Trump") are one person. A given name in two spellings
// (spellingVariant) is one person only when no article writes both: one
// outlet spells one person one way, so two spellings in one article are
// two people, as relatives sharing the surname are. A bare surname keeps
// the shared key unless its article named one of them in full.
func splitSurnames(raws []rawMention) {
	names := map[string][]string{}        // key -> full names, longest first
	articles := map[string]map[int]bool{} // key and full name -> the articles writing it
	for _, r := range raws {
		if r.kind != "person" || !strings.Contains(r.name, " ") {
			continue
		}
		if !slices.Contains(names[r.key], r.name) {
			names[r.key] = append(names[r.key], r.name)
		}
		kn := r.key + "\x00" + r.name
		if articles[kn] == nil {
			articles[kn] = map[int]bool{}
		}
		articles[kn][r.Article] = true
	}
	together := func(key, a, b string) bool { // an article writes both names
		for ai := range articles[key+"\x00"+a] {
			if articles[key+"\x00"+b][ai] {
				return true
			}
		}
		return false
	}
	heads := map[string]string{} // full name -> the name it is one person with
	for key, ns := range names {
		slices.SortStableFunc(ns, func(a, b string) int {
			return cmp.Or(cmp.Compare(len(strings.Fields(b)), len(strings.Fields(a))), strings.Compare(a, b))
		})
		var hs []string
		for _, n := range ns {
			h := n
			for _, x := range hs {
				if apart := !together(key, n, x); wordsWithin(n, x, apart) || apart && sameGivenAndSurname(n, x) {
					h = x
					break
				}
			}
			if h == n {
				hs = append(hs, n)
			}
			heads[key+"\x00"+n] = h
		}
		if len(hs) < 2 {
			for _, n := range ns {
				delete(heads, key+"\x00"+n)
			}
		}
	}
	for k := range raws {
		r := &raws[k]
		if h, ok := heads[r.key+"\x00"+r.name]; ok {
			r.key = "p:" + strings.ToLower(h)
		}
	}
}

// sameGivenAndSurname reports whether two names of three words or more
// end in the same two words, a given name and the surname ("Abd Rabbo
// Mansour Hadi" and "Abdrabbuh Mansour Hadi"), and their leading words are
// one name transliterated two ways: outlets spell a leading name so
// differently ("Abd Rabbo", "Abdrabbuh") that no word-by-word spelling
// rule joins them. A particle before the surname ("Mohammed bin Salman",
// "Khalid bin Salman") names the father, whom brothers share, so it joins
// nothing.
func sameGivenAndSurname(a, b string) bool {
	aw, bw := nameWords(a), nameWords(b)
	if len(aw) < 3 || len(bw) < 3 {
		return false
	}
	given := aw[len(aw)-2]
	if given != bw[len(bw)-2] || aw[len(aw)-1] != bw[len(bw)-1] || nameConnectors[given] || len(given) <= 2 {
		return false
	}
	// The leading words must be one name spelt two ways, as one word in
	// one name and two in the other ("Abd Rabbo", "Abdrabbuh"): "Andrés
	// Ruiz Ortega" and "Pablo Ruiz Ortega" are brothers, and so are
	// "Khaled Omar Dashti" and "Ahmed Omar Dashti".
	if len(aw) == len(bw) {
		return false
	}
	return transliterated(strings.Join(aw[:len(aw)-2], ""), strings.Join(bw[:len(bw)-2], ""))
}

// transliterated reports whether two spellings of a leading name, their
// words run together, are one Arabic compound name written two ways:
// "Abd Rabbo" and "Abdrabbuh", "Abd Rahim" and "Abdelrahim". Both open
// with "Abd" (or "Abdel", "Abdul") or "Abu", and their consonants agree
// but for a final "h"; "Abdel Rahim" and "Abdelrahman" do not.
func transliterated(a, b string) bool {
	na, oka := compoundName(a)
	nb, okb := compoundName(b)
	if !oka || !okb {
		return false
	}
	sa, _ := vowelGroups(na)
	sb, _ := vowelGroups(nb)
	sa = strings.TrimSuffix(strings.ReplaceAll(sa, "v", ""), "h")
	sb = strings.TrimSuffix(strings.ReplaceAll(sb, "v", ""), "h")
	return len(sa) >= 3 && sa == sb
}

// compoundName writes an Arabic compound name's servant prefix one way
// ("abdel", "abdul" and "abd" as "abd"; "abou" as "abu") and reports
// whether the name opens with one.
func compoundName(n string) (string, bool) {
	for _, p := range [][2]string{{"abdel", "abd"}, {"abdul", "abd"}, {"abdol", "abd"}, {"abd", "abd"}, {"abou", "abu"}, {"abu", "abu"}} {
		if rest, ok := strings.CutPrefix(n, p[0]); ok && rest != "" {
			return p[1] + rest, true
		}
	}
	return n, false
}

// patronymParticles join a given name to the father's ("Mohammed bin
// Salman", "Ahmad ibn Hanbal").
var patronymParticles = map[string]bool{"bin": true, "ibn": true, "bint": true}

// splitPatronyms separates from a person named with a patronym the one
// named by the father's name alone: "King Salman" is not "Crown Prince
// Mohammed bin Salman", though both end in the key word "salman" and the
// article gave the bare name its fullest holder's; "bin Salman" and
// "Prince Mohammed" still are him.
func splitPatronyms(raws []rawMention, textOf func(int) string) {
	fathers := map[string]bool{} // "salman": a father's name in a patronym of the story
	for _, r := range raws {
		if words := strings.Fields(strings.ToLower(r.name)); r.kind == "person" && len(words) > 2 && patronymParticles[words[len(words)-2]] {
			fathers[words[len(words)-1]] = true
		}
	}
	if len(fathers) == 0 {
		return
	}
	for k := range raws {
		r := &raws[k]
		words := strings.Fields(r.name)
		if r.kind != "person" || !fathers[strings.ToLower(words[len(words)-1])] {
			continue
		}
		if len(words) > 1 && (!patronymParticles[strings.ToLower(words[len(words)-2])] ||
			slices.ContainsFunc(words[:len(words)-1], func(w string) bool { return containsWord(r.Surface, w) })) {
			continue // "Mohammed bin Salman", "Prince Mohammed": his own name
		}
		before := strings.Fields(textOf(r.Article)[max(0, r.Start-6):r.Start])
		if len(before) > 0 && patronymParticles[strings.ToLower(before[len(before)-1])] {
			continue // "bin Salman": the son, by his patronym
		}
		r.name = words[len(words)-1]
		r.key = "p:" + strings.ToLower(r.name) + " (by name alone)"
	}
}

// containsWord reports whether s holds w as a whole word.
func containsWord(s, w string) bool {
	return slices.Contains(strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '.' }), w)
}

// wordsWithin reports whether every word of name a is a word of name b,
// or, when variants are allowed, a spelling of it (spellingVariant).
func wordsWithin(a, b string, variants bool) bool {
	bw := nameWords(b)
	for _, w := range nameWords(a) {
		if !slices.ContainsFunc(bw, func(x string) bool { return x == w || variants && spellingVariant(x, w) }) {
			return false
		}
	}
	return true
}

// spellingVariant reports whether two lower-case name words are one name
// written in two transliterations: names from Arabic, Persian or Russian
// reach English with their vowels spelt variously ("Mohammad" and
// "Mohammed", "Ahmad" and "Ahmed"), so words of five letters or more with
// the same first letter and consonants, and vowel groups differing in one
// place only, are one word. Two vowel changes ("Hassan", "Hussein") make
// another name, and so does a change of the final vowel alone ("Antonio",
// "Antonia"; "Paulo", "Paula"): it marks a name's gender, not its spelling.
func spellingVariant(a, b string) bool {
	if a == b || len(a) < 5 || len(b) < 5 || a[0] != b[0] {
		return false
	}
	sa, va := vowelGroups(a)
	sb, vb := vowelGroups(b)
	if sa != sb || len(va) != len(vb) {
		return false
	}
	diff := 0
	for k := range va {
		if va[k] != vb[k] {
			diff++
			if k == len(va)-1 && strings.HasSuffix(sa, "v") {
				return false // the word's final vowel: another person's name
			}
		}
	}
	return diff <= 1
}

// vowelGroups splits a word into its skeleton, doubled letters single and
// each run of vowels one "v" ("mohammad": "mvhvmvd"), and the vowel runs
// themselves.
func vowelGroups(w string) (string, []string) {
	var skel strings.Builder
	var groups []string
	for k := 0; k < len(w); {
		if strings.IndexByte("aeiouy", w[k]) >= 0 {
			j := k
			for j < len(w) && strings.IndexByte("aeiouy", w[j]) >= 0 {
				j++
			}
			groups = append(groups, w[k:j])
			skel.WriteByte('v')
			k = j
			continue
		}
		if k == 0 || w[k] != w[k-1] {
			skel.WriteByte(w[k])
		}
		k++
	}
	return skel.String(), groups
}

// nameWords are the words of a name as names are compared: surname keys
// ("Bashar Assad" is "Bashar al-Assad"), with a hyphenated given name in
// its syllables, since outlets write "Kim Jong-un" and "Kim Jong Un" for
// one man, and without a final stop, since "Donald Trump Jr." and "Donald
// Trump Jr" are one man too.
func nameWords(name string) []string {
	var out []string
	for _, w := range strings.Fields(name) {
		if len(w) > 1 {
			w = strings.TrimSuffix(w, ".")
		}
		if syllable, ok := lastSyllable(w); ok {
			out = append(out, strings.ToLower(w[:len(w)-len(syllable)-1]), syllable)
			continue
		}
		w = surnameKey(w)
		if formal, ok := givenNameForms[w]; ok {
			w = formal // "Chuck Grassley" is "Charles E. Grassley"
		}
		out = append(out, w)
	}
	return out
}

// givenNameForms map common English short forms of given names to the
// full name, where the short form stands for one name only: "Jim Mattis"
// and "James N. Mattis" are one person, as "Dick Durbin" and "Richard J.
// Durbin" are.
var givenNameForms = map[string]string{
	"bill": "william", "billy": "william", "will": "william", "bob": "robert", "bobby": "robert", "rob": "robert",
	"dick": "richard", "rick": "richard", "jim": "james", "jimmy": "james", "mike": "michael", "joe": "joseph",
	"tom": "thomas", "tommy": "thomas", "chuck": "charles", "charlie": "charles", "chris": "christopher",
	"dan": "daniel", "danny": "daniel", "dave": "david", "tony": "anthony", "andy": "andrew", "nick": "nicholas",
	"matt": "matthew", "ron": "ronald", "don": "donald", "larry": "lawrence", "sam": "samuel", "ben": "benjamin",
	"alex": "alexander", "greg": "gregory", "jeff": "jeffrey", "ken": "kenneth", "tim": "timothy", "liz": "elizabeth",
	"kate": "katherine", "jen": "jennifer", "sue": "susan", "peggy": "margaret", "hank": "henry", "ed": "edward",
}

// lastSyllable returns the lower-case syllable after the hyphen of a
// hyphenated given name ("un" of "Jong-un"); a double-barrelled surname
// ("Smith-Jones") or a particle ("al-Assad") has none.
func lastSyllable(w string) (string, bool) {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 || i+1 >= len(w) || w[i+1] < 'a' || w[i+1] > 'z' {
		return "", false
	}
	return w[i+1:], true
}

// nearSurnames reports whether two surname keys (lower case, accents and
// the article particle off: surnameKey) may be one surname in two
// transliterations: "Khattalah", "Khattala" and "Khatallah", "Morsi" and
// "Morsy", "Gadhafi" and "Qaddafi", "Zelensky" and "Zelenskiy". Names
// from Arabic, Persian or Russian reach English with a consonant doubled
// or not, an "h" after a consonant or at the end written or not, "y" for
// "i", a vowel spelt variously and a "q" (Arabic qaf) also written "g",
// "k" or "kh"; once those are written one way (spellingForm), the
// consonants must be the same. A vowel of a short name is no spelling:
// "Karami" and "Karimi", "Nasser" and "Nasir", "Hadid" and "Haddad" are
// distinct names, so the vowels may differ only when a spelling has eight
// letters or more, in one place ("Zawahri", "Zawahiri"), or two when both
// have. The last letter must be the same: "Ivanov" and "Ivanova" are
// husband and wife. Names under five letters are never near; nor are
// names whose consonants differ ("Mahdi", "Magdi"), which are other
// names, not other spellings.
func nearSurnames(a, b string) bool {
	if a == b || len(a) < 5 || len(b) < 5 || !isLetters(a) || !isLetters(b) {
		return false
	}
	limit := 0
	switch {
	case min(len(a), len(b)) >= 8:
		limit = 2
	case max(len(a), len(b)) >= 8:
		limit = 1
	}
	fa, fb := spellingForm(qafInitial(a, b)), spellingForm(qafInitial(b, a))
	if fa[0] != fb[0] || fa[len(fa)-1] != fb[len(fb)-1] {
		return false
	}
	return vowelEdits(fa, fb, limit) <= limit
}

// isLetters reports whether w is all lower-case ASCII letters: a name
// with a hyphen, a digit or a letter no plain one folds to is compared
// as written only.
func isLetters(w string) bool {
	for k := 0; k < len(w); k++ {
		if w[k] < 'a' || w[k] > 'z' {
			return false
		}
	}
	return true
}

// qafInitial writes the first letter of a as "q" when the other word
// opens with "q" and a with "g", "k" or "kh": the spellings of one Arabic
// letter ("Qaddafi", "Gaddafi", "Khaddafi").
func qafInitial(a, other string) string {
	if other[0] != 'q' {
		return a
	}
	switch {
	case strings.HasPrefix(a, "kh"):
		return "q" + a[2:]
	case a[0] == 'g' || a[0] == 'k':
		return "q" + a[1:]
	}
	return a
}

// spellingForm writes a surname's letters the way transliterations vary
// them, one way: "y" as "i", no "h" after a consonant or at the end after
// a vowel ("kh", "dh"; "Khattalah"), and a doubled letter single
// ("Massoum", "Morrell"). "khattalah", "khattala" and "khatallah" are all
// "katala".
func spellingForm(w string) string {
	b := make([]byte, 0, len(w))
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c == 'y' {
			c = 'i'
		}
		if c == 'h' && k > 0 && (!isVowel(w[k-1]) || k == len(w)-1) {
			continue
		}
		if n := len(b); n > 0 && b[n-1] == c {
			continue
		}
		b = append(b, c)
	}
	return string(b)
}

// isVowel reports whether a lower-case letter is a vowel, "y" among them.
func isVowel(c byte) bool { return strings.IndexByte("aeiouy", c) >= 0 }

// vowelEdits is how many vowels must be added, dropped or changed to
// make spelling form a into b, or limit+1 once that exceeds limit or a
// consonant would have to change.
func vowelEdits(a, b string, limit int) int {
	never := limit + 1
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := 1; j <= len(b); j++ {
		prev[j] = never
		if isVowel(b[j-1]) {
			prev[j] = min(never, prev[j-1]+1)
		}
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = never
		if isVowel(a[i-1]) {
			cur[0] = min(never, prev[0]+1)
		}
		best := cur[0]
		for j := 1; j <= len(b); j++ {
			c := never
			switch {
			case a[i-1] == b[j-1]:
				c = prev[j-1]
			case isVowel(a[i-1]) && isVowel(b[j-1]):
				c = prev[j-1] + 1
			}
			if isVowel(a[i-1]) {
				c = min(c, prev[j]+1)
			}
			if isVowel(b[j-1]) {
				c = min(c, cur[j-1]+1)
			}
			cur[j] = min(c, never)
			best = min(best, cur[j])
		}
		if best >= never {
			return never
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// surnameSpelling is one spelling of a surname in a story: the articles
// that write it, the given names written with it and how often the
// story names its bearer.
type surnameSpelling struct {
	articles map[int]bool
	given    []string
	uses     int
}

// joinSpellings maps each surname spelling of a story that is another
// spelling of a more used one to that one: outlets transliterate a name
// each its own way ("Abu Khattalah", "Khattala", "Khatallah"), and one
// man under three spellings would be three speakers, each "carried" by
// one outlet only. A spelling joins a group when it is near every
// spelling of the group (nearSurnames), so that near spellings do not
// chain into one person two edits at a time; their given names must
// agree or one have none, and no article may write both: an outlet keeps
// to one spelling of one man, so an article naming "Hamadi" and
// "Hamadani" names two people. writes reports whether article ai writes
// a surname as a word anywhere, named as a person or not. apart, when
// given, reports two spellings whose bearers the articles describe as two
// people (spellingDescriptions).
func joinSpellings(spellings map[string]*surnameSpelling, writes func(ai int, surname string) bool, apart func(a, b string) bool) map[string]string {
	names := make([]string, 0, len(spellings))
	for s := range spellings {
		if len(s) >= 5 {
			names = append(names, s)
		}
	}
	if len(names) < 2 {
		return nil
	}
	slices.SortFunc(names, func(a, b string) int {
		return cmp.Or(cmp.Compare(spellings[b].uses, spellings[a].uses), strings.Compare(a, b))
	})
	out := map[string]string{}
	heads := map[string][]string{} // by spellingBucket, the heads in the order they came
	group := map[string][]string{} // head -> its spellings, itself first
	for _, s := range names {
		joined := false
		bucket := spellingBucket(s)
		for _, h := range heads[bucket] {
			members := group[h]
			if slices.ContainsFunc(members, func(x string) bool { return !nearSurnames(s, x) }) ||
				slices.ContainsFunc(members, func(x string) bool { return !givenAgree(spellings[s].given, spellings[x].given) }) ||
				slices.ContainsFunc(members, func(x string) bool { return writtenTogether(spellings[s], spellings[x], s, x, writes) }) ||
				apart != nil && slices.ContainsFunc(members, func(x string) bool { return apart(s, x) }) {
				continue
			}
			group[h] = append(members, s)
			out[s] = h
			joined = true
			break
		}
		if !joined {
			heads[bucket] = append(heads[bucket], s)
			group[s] = []string{s}
		}
	}
	return out
}

// spellingBucket is what two spellings nearSurnames joins always share:
// the consonants of their spelling forms in order (vowelEdits changes
// vowels only), an initial g, k and q taken as one (an initial qaf is
// spelt all three ways). joinSpellings weighs a spelling against the
// heads of its bucket only, so that an article of thousands of distinct
// names is not read pair by pair.
func spellingBucket(s string) string {
	f := []byte(spellingForm(s))
	if len(f) > 0 && (f[0] == 'g' || f[0] == 'q') {
		f[0] = 'k'
	}
	out := f[:0]
	for _, c := range f {
		if !isVowel(c) {
			out = append(out, c)
		}
	}
	return string(out)
}

// writtenTogether reports whether an article writes both spellings a
// and b: one of a's articles writes b, or one of b's writes a.
func writtenTogether(sa, sb *surnameSpelling, a, b string, writes func(int, string) bool) bool {
	for ai := range sa.articles {
		if sb.articles[ai] || writes(ai, b) {
			return true
		}
	}
	for ai := range sb.articles {
		if writes(ai, a) {
			return true
		}
	}
	return false
}

// spellingDescriptions reads how a story's articles describe the bearer
// of each surname spelling where they name them: the side a title phrase
// states and its role word ("Lebanese Prime Minister Omar Karami":
// Lebanon, minister). Two spellings whose bearers are given different
// sides or different roles are two people, however near the spellings:
// "Lebanese Prime Minister Karami" and "Iranian envoy Karimi". Each
// spelling is read once, when first asked about.
type spellingDescriptions struct {
	g         *gazetteer.Gazetteer
	texts     func(ai int) string
	spellings map[string]*surnameSpelling
	toks      map[int][]text.Token
	read      map[string]spellingDescription
}

// spellingDescription is what the articles state about one spelling's
// bearer: the affiliations and role words of the phrases naming them.
type spellingDescription struct {
	affiliations, roles []string
}

// newSpellingDescriptions prepares to read the descriptions of the
// spellings in the articles textOf gives.
func newSpellingDescriptions(g *gazetteer.Gazetteer, textOf func(ai int) string, spellings map[string]*surnameSpelling) *spellingDescriptions {
	return &spellingDescriptions{g: g, texts: textOf, spellings: spellings, toks: map[int][]text.Token{}, read: map[string]spellingDescription{}}
}

// loneRoles are title words that tell no office apart: "leader Roe" and
// "President Roe" may be one man.
var loneRoles = map[string]bool{"mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true, "dr": true, "dr.": true,
	"leader": true, "head": true, "chief": true, "officer": true, "deputy": true}

// apart reports whether the articles describe the bearers of spellings a
// and b as two people: both are given a side and no side is the same, or
// both are given a role and no role is the same.
func (sd *spellingDescriptions) apart(a, b string) bool {
	da, db := sd.describe(a), sd.describe(b)
	disjoint := func(x, y []string) bool {
		return len(x) > 0 && len(y) > 0 && !slices.ContainsFunc(x, func(v string) bool { return slices.Contains(y, v) })
	}
	return disjoint(da.affiliations, db.affiliations) || disjoint(da.roles, db.roles)
}

// describe reads the phrases before each place the spelling's articles
// write it: the capitalised words and title words right before it
// ("Iranian envoy Karimi").
func (sd *spellingDescriptions) describe(s string) spellingDescription {
	if d, ok := sd.read[s]; ok {
		return d
	}
	var d spellingDescription
	sp := sd.spellings[s]
	if sp == nil {
		sd.read[s] = d
		return d
	}
	for _, ai := range slices.Sorted(maps.Keys(sp.articles)) {
		txt := sd.texts(ai)
		toks, ok := sd.toks[ai]
		if !ok {
			toks = text.Tokens(nil, txt)
			sd.toks[ai] = toks
		}
		for k, t := range toks {
			if !t.IsWord() || len(t.Form) < len(s) || surnameKey(t.Form) != s {
				continue
			}
			j := k
			for j > 0 && k-j < 6 && toks[j-1].IsWord() && (text.Capitalised(toks[j-1].Form) || titleWords[strings.ToLower(toks[j-1].Form)]) {
				j--
			}
			if j == k {
				continue
			}
			for m := k - 1; m >= j; m-- {
				if w := strings.ToLower(toks[m].Form); titleWords[w] {
					if !loneRoles[w] {
						d.roles = appendUnique(d.roles, strings.TrimSuffix(w, "."))
					}
					break
				}
			}
			if sa := readSpeaker(sd.g, txt[toks[j].Start:t.End]); sa.affiliation != "" {
				d.affiliations = appendUnique(d.affiliations, sa.affiliation)
			}
		}
	}
	sd.read[s] = d
	return d
}

// givenAgree reports whether two persons' given names may be one man's:
// either has none, or a given name of one is a given name of the other or
// a spelling of it ("Ahmed", "Ahmad").
func givenAgree(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	for _, x := range a {
		if slices.ContainsFunc(b, func(y string) bool { return x == y || spellingVariant(x, y) }) {
			return true
		}
	}
	return false
}

// wordWriter reports whether an article's text writes a word, in any
// case and without accents, as a whole word: the texts are folded once,
// when first asked about.
type wordWriter struct {
	texts  func(ai int) string
	folded map[int]string
}

// writes reports whether article ai writes the lower-case word w.
func (ww *wordWriter) writes(ai int, w string) bool {
	t, ok := ww.folded[ai]
	if !ok {
		t = foldAccents(strings.ToLower(ww.texts(ai)))
		ww.folded[ai] = t
	}
	for from := 0; ; {
		i := strings.Index(t[from:], w)
		if i < 0 {
			return false
		}
		start, end := from+i, from+i+len(w)
		if (start == 0 || !isLetterByte(t[start-1])) && (end == len(t) || !isLetterByte(t[end])) {
			return true
		}
		from = start + 1
	}
}

// isLetterByte reports whether b is an ASCII letter or a byte of a
// multibyte rune, which may be a letter too.
func isLetterByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= utf8.RuneSelf
}

// joinSpelledSurnames keys the persons whose surnames the story's
// articles spell variously to one person (joinSpellings): "Ahmed Abu
// Khattalah" of one outlet is "Ahmed Khatallah" of another. Only persons
// keyed by their surname alone take part: a surname splitSurnames or
// splitPatronyms keyed by full names is two persons' of the story.
func joinSpelledSurnames(g *gazetteer.Gazetteer, raws []rawMention, textOf func(ai int) string) {
	spellings := map[string]*surnameSpelling{}
	shared := map[string]bool{} // surnames two persons of the story hold
	for _, r := range raws {
		s, ok := strings.CutPrefix(r.key, "p:")
		if r.kind != "person" || !ok {
			continue
		}
		if name, _, _ := strings.Cut(s, " ("); strings.Contains(s, " ") {
			words := strings.Fields(name)
			shared[surnameKey(words[len(words)-1])] = true
			continue
		}
		sp := spellings[s]
		if sp == nil {
			sp = &surnameSpelling{articles: map[int]bool{}}
			spellings[s] = sp
		}
		sp.articles[r.Article] = true
		sp.uses++
		for _, w := range givenNames(r.name) {
			sp.given = appendUnique(sp.given, w)
		}
	}
	for s := range shared {
		// "Mohammed Morsi" and "Mohammad Morsi", keyed apart: which of
		// them another spelling names cannot be told.
		delete(spellings, s)
	}
	if len(spellings) < 2 {
		return
	}
	ww := &wordWriter{texts: textOf, folded: map[int]string{}}
	to := joinSpellings(spellings, ww.writes, newSpellingDescriptions(g, textOf, spellings).apart)
	for k := range raws {
		if s, ok := strings.CutPrefix(raws[k].key, "p:"); ok && to[s] != "" {
			raws[k].key = "p:" + to[s]
		}
	}
}

// givenNames are the given names of a person's name as names are
// compared (nameWords): the words before the surname, without initials
// and particles ("Abu" of "Ahmed Abu Khattalah").
func givenNames(name string) []string {
	words := nameWords(name)
	if len(words) < 2 {
		return nil
	}
	var out []string
	for _, w := range words[:len(words)-1] {
		if len(w) > 1 && !nameConnectors[w] && !strings.ContainsAny(w, "'’") { // not "Egypt's" of "Egypt's Morsy"
			out = append(out, w)
		}
	}
	return out
}

// joinSurnames keys a one-word name to the one person of the story whose
// full name holds it: "Kim" is "Kim Jong Un" (keyed by "Un"), "Assad" is
// "Bashar al-Assad". A bare surname whose own key one holder has stays
// with that holder, however often the others are named.
func joinSurnames(raws []rawMention) {
	holders := map[string][]string{}
	for _, r := range raws {
		if r.kind == "person" && strings.Contains(r.name, " ") {
			for _, w := range strings.Fields(strings.ToLower(r.name)) {
				holders[w] = appendUnique(holders[w], r.key)
				if k := surnameKey(w); k != w {
					holders[k] = appendUnique(holders[k], r.key)
				}
			}
		}
	}
	mentions := map[string]int{}
	for _, r := range raws {
		if r.kind == "person" {
			mentions[r.key]++
		}
	}
	for k := range raws {
		r := &raws[k]
		if (r.kind == "person" || r.kind == "name") && !strings.Contains(r.name, " ") {
			if slices.Contains(holders[strings.ToLower(r.name)], r.key) {
				// "Trump" beside "Donald Trump" and "Donald Trump Jr.": the
				// holder keyed by the bare surname itself; the son is named
				// only with his suffix.
				r.kind = "person"
				continue
			}
			if hs := holders[strings.ToLower(r.name)]; len(hs) > 0 {
				// A surname the story's persons hold: one of them, or,
				// among holders of like weight, a person still, never an
				// organisation.
				r.kind = "person"
				if h := dominantHolder(hs, mentions); h != "" {
					r.key = h
				}
			}
		}
	}
}

// dominantHolder picks the person a bare surname names among the story's
// persons whose full names hold it: the only one, or one named at least
// three times as often as all the others together ("Clinton" is
// "Hillary Rodham Clinton" beside a one-off "SecState Clinton"). Holders
// of like weight ("Donald Trump", "Melania Trump") leave it unjoined.
func dominantHolder(holders []string, mentions map[string]int) string {
	if len(holders) == 1 {
		return holders[0]
	}
	best, total := "", 0
	for _, h := range holders {
		total += mentions[h]
		if best == "" || mentions[h] > mentions[best] {
			best = h
		}
	}
	if best != "" && mentions[best] >= 3*(total-mentions[best]) {
		return best
	}
	return ""
}

// phraseWord is one word of a noun phrase, hyphenated parts joined.
type phraseWord struct {
	first, last int    // token indexes
	lower       string // lower case, possessive stripped
	possessive  bool
	capital     bool
	mod         string // a capitalised modifier's key: the gazetteer's actor ("united states" for "US"), or the word
	country     bool   // the modifier names a country ("US", "British"), which many people share
}

// phraseWords reads the words of a noun phrase after the determiner at
// token i: lower-case words and capitalised modifiers the gazetteer knows
// or that are initials ("the former FBI chief", "a self-confessed "big
// fan""), up to five, ending at punctuation, a function word, another
// capitalised word or a possessive. Quotation marks inside are skipped.
func phraseWords(g *gazetteer.Gazetteer, toks []text.Token, i int) []phraseWord {
	var out []phraseWord
	j := i + 1
	for j < len(toks) && len(out) < 5 {
		t := toks[j]
		if t.Kind == text.Quote && j+1 < len(toks) && toks[j+1].IsWord() && toks[j+1].Start == t.End {
			j++ // an opening quotation mark: "big fan"
			continue
		}
		if t.Kind == text.Quote && len(out) > 0 && out[len(out)-1].last == j-1 && t.Start == toks[j-1].End {
			j++ // a closing one
			continue
		}
		if !t.IsWord() || !text.Capitalised(t.Form) && (stopwords[t.Lower] || postModifiers[t.Lower]) {
			break // "US" is a country, "us" a pronoun
		}
		w := phraseWord{first: j, last: j, capital: text.Capitalised(t.Form)}
		for w.last+2 < len(toks) && text.Joined(toks[w.last], toks[w.last+1], toks[w.last+2]) {
			w.last += 2
		}
		last := toks[w.last]
		if w.last > j {
			w.capital = false // "London-headquartered", "self-confessed": a modifier like any other
		}
		form := strings.ToLower(last.Form)
		if p := text.PossessiveLen(form); p > 0 {
			form, w.possessive = form[:len(form)-p], true
		}
		w.lower = form
		if w.last > j {
			w.lower = strings.ToLower(strings.Join(tokenForms(toks[j:w.last+1]), ""))
			if w.possessive {
				w.lower = w.lower[:len(w.lower)-text.PossessiveLen(last.Form)]
			}
		}
		if w.last > j && text.Capitalised(t.Form) {
			// "the Mexican-born journalist", "the Iranian-American
			// scholar": a modifier that says the person's country, which
			// must fit whoever the description names.
			if e, n, ok := g.MatchTokens(toks, j); ok && !e.Ambiguous && j+n-1 < w.last && actorKinds[e.Kind] == "country" {
				w.mod, w.country = strings.ToLower(e.Canonical), true
			}
		}
		if w.capital && isTitle(w.lower) && !capitalisedOnly[strings.TrimSuffix(w.lower, ".")] && !honorifics[strings.TrimSuffix(w.lower, ".")] {
			w.capital = false // a title in capitals: "the US President"
		}
		if w.capital && w.last == j && officeQualifier(w.lower) && j+1 < len(toks) && toks[j+1].IsWord() && text.Capitalised(toks[j+1].Form) && isTitle(toks[j+1].Lower) {
			w.capital = false // the office's first word in capitals: "the Prime Minister", "the Foreign Secretary"
		}
		if !w.capital && len(out) > 0 && w.last == j && len(w.lower) > 4 && (strings.HasSuffix(w.lower, "ed") || strings.HasSuffix(w.lower, "ing")) {
			break // a participle after the noun opens a clause: "a source quoted by SPA", "a Saudi national working for"
		}
		if w.capital {
			if e, n, ok := g.MatchTokens(toks, j); ok && !e.Ambiguous {
				w.last = j + n - 1
				w.mod = strings.ToLower(e.Canonical)
				// A country's or a party's modifier fits too many people
				// to pick one by it ("the Republican senator").
				w.country = actorKinds[e.Kind] == "country" || e.Kind == gazetteer.Party
				w.possessive = text.PossessiveLen(toks[w.last].Form) > 0
			} else if isAcronym(strings.ReplaceAll(t.Form, ".", "")) {
				w.mod = modifierKey(g, t.Form)
			} else {
				break // a name: "the Trump administration" is no description
			}
		}
		out = append(out, w)
		j = w.last + 1
		if w.possessive {
			break
		}
	}
	return out
}

func tokenForms(toks []text.Token) []string {
	out := make([]string, len(toks))
	for k, t := range toks {
		out[k] = t.Form
	}
	return out
}

// postModifiers end a noun phrase: "the leader of North Korea", "an aide
// who spoke", "the leader since 2011".
var postModifiers = map[string]bool{"of": true, "to": true, "in": true, "on": true, "for": true, "with": true, "from": true, "at": true,
	"by": true, "who": true, "whom": true, "whose": true, "which": true, "that": true, "where": true, "when": true, "since": true}

// describingHead says whether a word may head a description of a person:
// not a function, time or generic word, at least three letters.
func describingHead(w phraseWord) bool {
	return !w.capital && len(w.lower) >= 3 && !genericHeads[w.lower] && !timeNames[w.lower] && w.lower != "former"
}

// closesAppositive reports whether token k ends an appositive: a comma,
// a full stop or dash, a post-modifier ("of", "who"), or the end.
func closesAppositive(toks []text.Token, k int) bool {
	for k < len(toks) && toks[k].Kind == text.Quote {
		k++
	}
	if k >= len(toks) {
		return true
	}
	t := toks[k]
	if t.Kind == text.Punct {
		switch t.Form {
		case ",", ".", ";", "—", "–", ")":
			return true
		case "-":
			return k+1 < len(toks) && toks[k+1].Form == "-" // "--", a dash typed as two hyphens
		}
		return false
	}
	return t.IsWord() && postModifiers[t.Lower]
}

// boundDescriptions finds the descriptions an article binds to a name it
// mentions: an appositive after the name ("Sadiq Khan, a self-confessed
// fan of ...,"), one before it ("the deputy attorney general, Rod
// Rosenstein,"), and a copula ("Comey was the director of ..."). Each is
// a mention of the named actor, labelled by its head noun; the labels
// then resolve definite descriptions across the story.
func boundDescriptions(g *gazetteer.Gazetteer, an *Analysis, ai int, toks []text.Token, mentions []rawMention) []rawMention {
	a := an.Article
	var out []rawMention
	var ix *mentionIndex
	var emitted disjointSpans
	taken := func(start, end int) bool {
		if ix == nil {
			ptrs := make([]*rawMention, len(mentions))
			for k := range mentions {
				ptrs[k] = &mentions[k]
			}
			ix = newMentionIndex(ptrs)
		}
		// overlapping a mention without holding it, the very span of one
		// ("The president, Lee," which the title already made his), or a
		// description found before
		return ix.crosses(start, end, func(m *rawMention) bool { return m.End > end || m.Start == start && m.End == end }) || emitted.overlaps(start, end)
	}
	emit := func(m *rawMention, from int, words []phraseWord) {
		head := words[len(words)-1]
		start, end := toks[from].Start, toks[head.last].End-text.PossessiveLen(toks[head.last].Form)
		quotes := 0
		for _, t := range toks[from:head.last] {
			if t.Kind == text.Quote {
				quotes++
			}
		}
		if k := head.last + 1; quotes%2 == 1 && k < len(toks) && toks[k].Kind == text.Quote && toks[k].Start == end {
			end = toks[k].End // close the quotation the phrase opened: a "big fan"
		}
		if taken(start, end) {
			return
		}
		emitted.add(start, end)
		label, mods := head.lower, words[:len(words)-1]
		if n := len(mods); n > 0 && isTitle(label) && officePrefixes[mods[n-1].lower] {
			// "Abadi, the deputy speaker": another office than the
			// speaker's, the same label as "the deputy speaker" read alone.
			label, mods = mods[n-1].lower+"-"+label, mods[:n-1]
		}
		var desc []string
		for _, w := range mods {
			desc = append(desc, a.Text[toks[w.first].Start:toks[w.last].End])
		}
		out = append(out, rawMention{Mention: Mention{Article: ai, ArticleID: a.ID, Start: start, End: end, Surface: a.Text[start:end], Label: label, Descriptors: desc,
			Headline: a.TitleSpan.Len() > 0 && a.TitleSpan.Contains(start)},
			key: m.key, name: m.name, kind: m.kind, affiliation: m.affiliation, via: m.via, bound: true})
	}
	// emitTitles emits an appositive's phrase when it closes the
	// appositive, and each of two titles "and" joins there ("the
	// president and chief executive of Acme", "head and founder of the
	// Front").
	emitTitles := func(m *rawMention, from int, words []phraseWord) {
		if closesAppositive(toks, words[len(words)-1].last+1) {
			emit(m, from, words)
		} else if and, second := coordinatedTitle(g, toks, words); second != nil {
			emit(m, from, words)
			emit(m, and+1, second)
		}
	}
	placeEnds := map[int]bool{} // where a country or place mention ends
	for _, m := range mentions {
		if m.kind == "country" || m.kind == "place" {
			placeEnds[m.End] = true
		}
	}
	for k := range mentions {
		m := &mentions[k]
		if m.kind == "thing" || m.kind == "" || m.Part && m.Label != nameLabel {
			// "an American bank, an investigation by ...": a part of the
			// actor ("bank") is what an appositive after it describes.
			continue
		}
		last, ok := lastToken(toks, m.End, true)
		if !ok || last+2 >= len(toks) {
			continue
		}
		next := toks[last+1]
		// "X, the Y," and "X is a Y".
		first, ok := lastToken(toks, m.Start, false)
		if !ok {
			continue
		}
		// A copula's subject opens its clause: "Canada is the largest
		// exporter", not "parts of New York is the risk".
		copula := next.IsWord() && (next.Lower == "is" || next.Lower == "was") && (sentenceInitial(toks, first) || precededByClauseBreak(toks, first))
		det := last + 2
		// A dash opens an appositive as a comma does ("Ayman Haddad —
		// the Front's leader since 2011 —"), written "—", "–" or "--".
		dash := next.Form == "—" || next.Form == "–" || next.Form == "-" && toks[last+2].Form == "-" && toks[last+2].Start == next.End
		if next.Form == "-" && dash {
			det++
		}
		comma := next.Form == "," || dash
		if comma && det+2 < len(toks) && toks[det].Lower == "who" && (toks[det+1].Lower == "is" || toks[det+1].Lower == "was") {
			det += 2 // "X, who is a Y": a copula in a relative clause
		}
		if det >= len(toks) {
			continue
		}
		if next.Form == "," && !copula && placeAfterPlace(toks, m, first, placeEnds) {
			continue
		}
		// "the deal struck with Republicans, an agreement that ...": after a
		// preposition, a group's or a country's name ends a longer phrase,
		// which the appositive describes; a person's name does not, nor a
		// name after "of" ("the leader of Islamic Jihad, a party to ...").
		nested := next.Form == "," && m.kind != "person" && afterPreposition(toks, m.Start) && !afterOf(toks, first)
		if (comma || copula) && !nested {
			d := toks[det]
			owner := possessiveOwnerEnd(toks, det)
			switch {
			case owner >= 0 && m.kind != "place":
				// "X, Hamas's political chief," "X — the Front's leader
				// since 2011 —": a phrase after its owner's possessive. A
				// place's ("Mosul, Iraq's second city") names the place,
				// and a plural ("Mecca and Medina, Islam's holiest
				// sites") a list.
				words := phraseWords(g, toks, owner)
				if len(words) > 0 && describingHead(words[len(words)-1]) && !words[len(words)-1].possessive && !pluralNoun(toks[words[len(words)-1].last]) {
					emitTitles(m, det, words)
				}
			case d.IsWord() && (d.Lower == "the" || d.Lower == "a" || d.Lower == "an"):
				words := phraseWords(g, toks, det)
				if len(words) > 0 && describingHead(words[len(words)-1]) && !words[len(words)-1].possessive {
					emitTitles(m, det, words)
				}
			case comma && m.kind == "person" && d.IsWord() && !text.Capitalised(d.Form) && isTitle(d.Lower):
				// "Nasir Omar, head of the Front," "Ann Lee, spokeswoman
				// for the ministry,": a title with no determiner.
				words := phraseWords(g, toks, det-1)
				if len(words) > 0 && isTitle(words[len(words)-1].lower) && !words[len(words)-1].possessive {
					emitTitles(m, det, words)
				}
			}
		}
		// "the Y, X,": a title before the name, the name closed by a comma.
		if first < 3 || toks[first-1].Form != "," || next.Form != "," || m.kind != "person" {
			continue
		}
		for from := first - 2; from >= max(0, first-8); from-- {
			if toks[from].IsWord() && from < first-2 && text.Capitalised(toks[from].Form) && text.PossessiveLen(toks[from].Form) > 0 {
				// "Britain's foreign secretary, Boris Johnson,": a name's
				// possessive determines the title as "the" would.
				words := phraseWords(g, toks, from)
				if len(words) > 0 && words[len(words)-1].last == first-2 && isTitle(words[len(words)-1].lower) && !words[len(words)-1].possessive {
					emit(m, from, words)
				}
				break
			}
			if !toks[from].IsWord() || toks[from].Lower != "the" {
				continue
			}
			words := phraseWords(g, toks, from)
			if len(words) > 0 && words[len(words)-1].last == first-2 && isTitle(words[len(words)-1].lower) {
				emit(m, from, words)
			}
			break
		}
	}
	return out
}

// coordinatedTitle reads a second title joined to a first by "and" in
// an appositive ("Ann Lowe, the president and chief executive of Acme,"):
// one determiner opens both, so each is the person's title. It returns
// the index of "and" and the second title's words, or nil when the first
// head is no title, the words after "and" are no singular description of
// one person, or the appositive goes on after them ("the president and his
// wife", "the chairman and members of the board").
func coordinatedTitle(g *gazetteer.Gazetteer, toks []text.Token, words []phraseWord) (int, []phraseWord) {
	head := words[len(words)-1]
	and := head.last + 1
	if !isTitle(head.lower) || and+1 >= len(toks) || !toks[and].IsWord() || toks[and].Lower != "and" {
		return 0, nil
	}
	second := phraseWords(g, toks, and)
	if len(second) == 0 || second[0].first != and+1 {
		return 0, nil
	}
	h := second[len(second)-1]
	if !describingHead(h) || otherThanHolder[h.lower] || h.possessive || pluralNoun(toks[h.last]) || !closesAppositive(toks, h.last+1) {
		return 0, nil // "Ann Lee, the mayor and staff,": the second noun is no office of hers
	}
	return and, second
}

// otherThanHolder are nouns that, joined to a title by "and", name a body
// or another person beside its holder ("the mayor and staff", "the king
// and queen", "the president and government"), not a second office.
var otherThanHolder = map[string]bool{"staff": true, "government": true, "board": true, "police": true, "team": true, "family": true,
	"council": true, "committee": true, "cabinet": true, "party": true, "administration": true, "army": true, "military": true,
	"crew": true, "wife": true, "husband": true, "queen": true, "king": true, "consort": true, "spouse": true, "aides": true}

// possessiveOwnerEnd returns the token that ends the owner of a phrase
// opening at token from ("Hamas's", "al-Qaida's", "the Front's", "the
// group's"): capitalised words, their hyphens and name particles, or
// "the" and up to two lower-case words, the last with a possessive; -1
// when the phrase opens no such owner.
func possessiveOwnerEnd(toks []text.Token, from int) int {
	j, lower := from, 0
	if j < len(toks) && toks[j].Lower == "the" {
		j++
		lower = 2
	}
	for ; j < len(toks) && j < from+8; j++ {
		t := toks[j]
		switch {
		case t.Form == "-" && j > from && j+1 < len(toks) && text.Joined(toks[j-1], t, toks[j+1]):
			continue
		case !t.IsWord():
			return -1
		case text.Capitalised(t.Form) || nameConnectors[t.Lower]:
		case lower > 0:
			lower--
		default:
			return -1
		}
		if text.PossessiveLen(t.Form) > 0 {
			return j
		}
	}
	return -1
}

// placeAfterPlace reports whether the mention m, starting at token first,
// is a country or place written after another place's mention and a
// comma: in "the mission in Benghazi, Libya, a government e-mail said" the
// comma after Libya closes the place, and what follows is no appositive of
// it. placeEnds holds the offsets where the article's country and place
// mentions end.
func placeAfterPlace(toks []text.Token, m *rawMention, first int, placeEnds map[int]bool) bool {
	if (m.kind != "country" && m.kind != "place") || first < 2 || toks[first-1].Form != "," {
		return false
	}
	before := toks[first-2]
	if placeEnds[before.End] {
		return true
	}
	// A town the story names once is no mention, so a capitalised word
	// inside the sentence that is no time ("in Brell, Canada,") is taken
	// for one; an opening word ("Meanwhile, Canada,") or a day ("On
	// Monday, Canada,") is not.
	return before.IsWord() && text.Capitalised(before.Form) && !sentenceInitial(toks, first-2) && !timeNames[before.Lower]
}

// paragraphEnd returns the index of the first token at or after byte end,
// from token k on: the token after the paragraph that ends there.
func paragraphEnd(toks []text.Token, k, end int) int {
	for k < len(toks) && toks[k].Start < end {
		k++
	}
	return k
}

// lastToken returns the index of the last token whose offset (its start
// or, with byEnd, its end) is at, by binary search: the tokens are
// in reading order, so both offsets only grow.
func lastToken(toks []text.Token, at int, byEnd bool) (int, bool) {
	offset := func(k int) int {
		if byEnd {
			return toks[k].End
		}
		return toks[k].Start
	}
	lo, hi := 0, len(toks) // the first token past at lies in [lo, hi]
	for lo < hi {
		if m := int(uint(lo+hi) >> 1); offset(m) <= at {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == 0 || offset(lo-1) != at {
		return 0, false
	}
	return lo - 1, true
}

// precededByClauseBreak reports whether token i follows a comma: a
// description the name then closes stands at a clause's start.
func precededByClauseBreak(toks []text.Token, i int) bool {
	return i > 0 && toks[i-1].Form == ","
}

// joinDottedAcronyms reads an acronym written with full stops as the
// same name without them: "C.I.A." is the CIA, "N.A.A.C.P." the NAACP,
// one name in two house styles. It runs before the descriptions are
// resolved, so that "the bureau" after "the F.B.I." finds the bureau as
// it does after "the FBI".
func joinDottedAcronyms(g *gazetteer.Gazetteer, raws []rawMention) {
	for k := range raws {
		if r := &raws[k]; r.kind == "name" && isAcronym(r.name) && strings.Contains(r.name, ".") {
			r.name = strings.ReplaceAll(r.name, ".", "")
			if e, ok := g.Lookup(r.name); ok && !e.Ambiguous {
				r.key, r.name, r.kind, r.affiliation, r.via = "g:"+strings.ToLower(e.Canonical), e.Canonical, actorKinds[e.Kind], e.Affiliation, e.Via
			} else {
				r.key = "p:" + personKey(r.name)
			}
		}
	}
}

// actorProfile is what the story says a person, country or organisation
// is: the labels its mentions carry ("president", "fan", "ally") and the
// modifiers of its titles ("fbi", "united states").
type actorProfile struct {
	kind   string
	labels map[string]bool
	mods   map[string]bool
	// short holds the labels that are a short form of the actor's name
	// ("department" of the Justice Department): another name, no label
	// that frames it.
	short map[string]bool
}

// profiledKinds are the kinds of actor a description may refer to.
var profiledKinds = map[string]bool{"person": true, "country": true, "organisation": true, "group": true}

// modifierKey is how a capitalised modifier is compared: the actor the
// gazetteer says it names ("united states" for "U.S." and "US"), else the
// word without full stops ("fbi" for "F.B.I.").
func modifierKey(g *gazetteer.Gazetteer, w string) string {
	if e, ok := g.Lookup(w); ok {
		return strings.ToLower(e.Canonical)
	}
	return strings.ToLower(strings.ReplaceAll(w, ".", ""))
}

// actorProfiles gathers the profile of every named actor of the story.
func actorProfiles(g *gazetteer.Gazetteer, raws []rawMention) map[string]*actorProfile {
	out := map[string]*actorProfile{}
	for _, r := range raws {
		if !profiledKinds[r.kind] {
			continue
		}
		p := out[r.key]
		if p == nil {
			p = &actorProfile{kind: r.kind, labels: map[string]bool{}, mods: map[string]bool{}}
			out[r.key] = p
		}
		if r.kind == "person" {
			p.kind = "person"
		}
		// A person's titles describe it; an institution's or a country's
		// labels are its names, so only what an appositive or copula says
		// of it describes it.
		if r.Label != nameLabel && r.Label != "" && !r.Part && (r.kind == "person" || r.bound) {
			p.labels[r.Label] = true
		}
		if statesBloc(r.via) {
			for _, l := range blocNouns {
				p.labels[l] = true
			}
		}
		if n := bodyNoun(g, r.name); n != "" && r.kind == "organisation" && !r.Part {
			// "the department" after "the Justice Department"
			if p.short == nil {
				p.short = map[string]bool{}
			}
			p.labels[n], p.short[n] = true, true
		}
		if r.affiliation != "" {
			p.mods[strings.ToLower(r.affiliation)] = true
		}
		for _, d := range r.Descriptors {
			if text.Capitalised(d) {
				p.mods[modifierKey(g, d)] = true
			}
		}
	}
	return out
}

// blocNouns are the common nouns that name a union or alliance of states
// ("the bloc" for the European Union, "the alliance" for NATO). "The
// union" is left out: as often a trade union.
var blocNouns = []string{"bloc", "alliance"}

// institutionNouns end the names of institutions and say what kind of
// body each is: "the department" after "the Justice Department", "the
// committee" after "the House Oversight Committee". Nouns that also name
// things or places ("house", "tower", "union") are left out.
var institutionNouns = map[string]bool{"department": true, "ministry": true, "committee": true, "subcommittee": true, "agency": true,
	"bureau": true, "commission": true, "council": true, "court": true, "company": true, "corporation": true, "federation": true,
	"association": true, "organization": true, "organisation": true, "institute": true, "foundation": true}

// institutionNoun returns the institution noun that heads a name of two
// or more words: the one that ends it ("department" for "Justice
// Department"), else the one before the "for" or "on" its name goes on
// after ("committee" for "Senate Committee on Armed Services"), so that
// "the committee" still refers to it; "" when none does.
func institutionNoun(name string) string {
	words := strings.Fields(name)
	if len(words) < 2 {
		return ""
	}
	if w := strings.ToLower(words[len(words)-1]); institutionNouns[w] {
		return w
	}
	for k := 1; k+1 < len(words); k++ {
		if w := strings.ToLower(words[k-1]); institutionNouns[w] && institutionConnector(w, strings.ToLower(words[k])) {
			return w
		}
	}
	return ""
}

// bodyNoun returns the institution noun by which an article may refer
// back to an organisation: the one its name holds ("department" for the
// Justice Department) or, for an acronym, the one a longer name the
// gazetteer holds for it does ("bureau" for the FBI, the Federal Bureau of
// Investigation; "organization" for NATO), since a writer who writes only
// "F.B.I." still calls it "the bureau". "" when none does.
func bodyNoun(g *gazetteer.Gazetteer, name string) string {
	if n := institutionNoun(name); n != "" || !isAcronym(name) {
		return n
	}
	found := ""
	for _, full := range g.Names(name) {
		n := institutionNoun(full)
		if n == "" {
			n = institutionOf(full)
		}
		if genericBodyNouns[n] {
			n = ""
		}
		if n != "" && found != "" && n != found {
			return "" // two longer names, two kinds of body: none is sure
		}
		if n != "" {
			found = n
		}
	}
	return found
}

// genericBodyNouns are institution nouns writers use for any public body
// ("shield the agency" of the State Department): an acronym's spelled-out
// name holding one is too weak a sign that the noun means that body, when
// the article never spelled it out.
var genericBodyNouns = map[string]bool{"agency": true}

// institutionOf returns the institution noun that opens a name going on
// with "of" ("bureau" for "Federal Bureau of Investigation", "ministry"
// for "Ministry of Defence"), "" when none does.
func institutionOf(name string) string {
	words := strings.Fields(name)
	for k := 1; k+1 < len(words); k++ {
		if words[k] == "of" {
			if w := strings.ToLower(words[k-1]); institutionNouns[w] {
				return w
			}
			return ""
		}
	}
	return ""
}

// statesBloc reports whether the gazetteer's note on a name says it is a
// union or alliance of states ("union of European states", "military
// alliance"), not a part of one ("executive of the European Union").
func statesBloc(via string) bool {
	return strings.HasPrefix(via, "union of ") || strings.HasPrefix(via, "bloc of ") || strings.HasSuffix(via, "alliance")
}

// definiteDescriptions resolves "the <noun>" and "this <noun>" to a person
// the article mentions: the noun must be a label the story gives the
// person (a title before the name, an appositive, a copula, in any
// outlet), or a title whose institution's modifier the person's titles
// carry ("the former FBI chief" for "FBI Director James Comey"). A title
// with only a country's modifier ("the US leader"), or a role no one of the
// story holds ("the billionaire tycoon"), is the article's protagonist,
// when it has one. Of the persons that fit, the one the article mentioned
// last before the description wins, else the one it mentions most; a tie
// resolves nothing. Capitalised titles are read as titles ("the US
// President").
func definiteDescriptions(g *gazetteer.Gazetteer, an *Analysis, ai int, toks []text.Token, mentions []*rawMention, profiles map[string]*actorProfile) []rawMention {
	a := an.Article
	count := map[string]int{} // mentions of each actor in the article, a bare surname included
	for _, m := range mentions {
		if m.kind != "thing" {
			count[m.key]++
		}
	}
	ix := newMentionIndex(mentions)
	described := newDescribedActors(ix, profiles, count)
	// endsAt maps where a name ends to whose it is: a description right
	// after that name and a comma is its appositive.
	endsAt := make(map[int]string, len(mentions))
	for _, m := range mentions {
		if m.kind != "thing" {
			endsAt[m.End] = m.key
		}
	}
	// startsAt maps where a person's name starts to whose it is: a
	// description, a comma and that name is the name's appositive.
	startsAt := make(map[int]*rawMention, len(mentions))
	for _, m := range mentions {
		if m.kind == "person" {
			startsAt[m.Start] = m
		}
	}
	protagonistOnce := sync.OnceValue(func() string { return protagonist(count, profiles) })
	var out []rawMention
	for i := 0; i < len(toks); i++ {
		if !toks[i].IsWord() || toks[i].Lower != "the" && toks[i].Lower != "this" && toks[i].Lower != "that" {
			continue
		}
		// "this man" points at someone the reader knows; "the man" may be
		// anyone.
		demonstrative := toks[i].Lower != "the"
		words := phraseWords(g, toks, i)
		// The head: the last of the first run of words that are labels or
		// titles ("the deputy attorney general"), the words before it
		// modifiers; a word after it is a verb or another phrase.
		headAt := -1
		for k, w := range words {
			known := describingHead(w) && (isTitle(w.lower) || described.labelled(w.lower) || demonstrative && plainPersons[w.lower])
			if known {
				headAt = k
			} else if headAt >= 0 {
				break
			}
		}
		if headAt < 0 {
			continue
		}
		words = words[:headAt+1]
		head := words[headAt]
		modsEnd := headAt // the words before the head that describe it
		if headAt > 0 && officePrefixes[words[headAt-1].lower] {
			// "the assistant secretary": not the secretary, and
			// "assistant" is the office's word, no descriptor.
			head.lower = words[headAt-1].lower + "-" + head.lower
			modsEnd--
		}
		if k := head.last + 1; k < len(toks) && toks[k].IsWord() && text.Capitalised(toks[k].Form) && !head.possessive {
			continue // a name follows: "the former FBI director James Comey"
		}
		if k := head.last + 1; k < len(toks) && toks[k].Lower == "of" && !head.possessive {
			continue // "the governing party of Gaza": what follows says who, and is not read
		}
		if k := head.last + 1; k < len(toks) && toks[k].IsWord() && groupNouns[toks[k].Lower] {
			continue // "this activist group", "the rebel movement": the role names the group, no person
		}
		if bodyParts[head.lower] && headAt == 0 && i > 0 && (toks[i-1].Lower == "in" || toks[i-1].Lower == "on") {
			continue // "shot in the head": the body, no head of anything
		}
		start, end := toks[i].Start, toks[head.last].End-text.PossessiveLen(toks[head.last].Form)
		headStart := toks[head.first].Start
		if ix.crosses(start, end, func(m *rawMention) bool { return !m.office && (m.End > end || m.End > headStart) }) {
			i = head.last
			continue // already a mention, or the head is inside one
		}
		if k := head.last + 2; k < len(toks) && toks[k-1].Form == "," && !head.possessive {
			if m := startsAt[toks[k].Start]; m != nil && !speechTagAfter(toks, k) {
				// "replaced the former president, Sam Cook": a comma and a
				// name after the phrase make it that person's appositive,
				// never a label of another person who fits it; "the former
				// president, Sam Cook said," is a speech tag.
				if word(toks, lastTokenAt(toks, k, m.End)+1) != "and" {
					var desc []string
					for _, w := range words[:modsEnd] {
						desc = append(desc, a.Text[toks[w.first].Start:toks[w.last].End])
					}
					out = append(out, rawMention{Mention: Mention{Article: ai, ArticleID: a.ID, Start: start, End: end, Surface: a.Text[start:end], Label: head.lower, Descriptors: desc,
						Headline: a.TitleSpan.Len() > 0 && a.TitleSpan.Contains(start)}, key: m.key, kind: m.kind})
				}
				i = head.last
				continue
			}
		}
		// The capitalised modifiers must fit too: "the French president"
		// is not the American one.
		var mods, specific []string
		for _, w := range words[:headAt] {
			if w.mod != "" {
				mods = append(mods, w.mod)
				if !w.country {
					specific = append(specific, w.mod)
				}
			}
		}
		modsFit := func(p *actorProfile) bool {
			return len(mods) == 0 || slices.ContainsFunc(mods, func(m string) bool { return p.mods[m] })
		}
		// A country or an institution is described only after the
		// article has named it.
		var groups []*holderGroup
		if len(mods) == 0 {
			groups = append(groups, described.group(holderKey{label: head.lower}))
		}
		for _, m := range mods {
			groups = append(groups, described.group(holderKey{label: head.lower, mod: m}))
		}
		fits := described.fits(groups, start)
		// A title no one holds, with an institution's modifier, is whoever
		// that institution's titles name ("the former FBI chief"); a
		// country's modifier fits too many people to choose, but the
		// article's protagonist ("the US leader"). A role no one of the
		// story holds ("the billionaire tycoon"), and "this man", are the
		// protagonist too.
		if len(fits) == 0 && len(specific) > 0 && isTitle(head.lower) {
			groups = groups[:0]
			for _, m := range specific {
				groups = append(groups, described.group(holderKey{mod: m, persons: true}))
			}
			fits = described.fits(groups, start)
		}
		// A leader with only a country's modifier ("the Israeli leader")
		// is the one person of that country the article has named who
		// heads its state or government ("Israeli Prime Minister Dan
		// Avner"), whoever the protagonist is; a president and a prime
		// minister of one country leave it unresolved.
		if len(fits) == 0 && len(mods) > 0 && len(specific) == 0 && leaderNouns[head.lower] {
			if key, ok := described.soleHead(mods, start); ok {
				fits = []string{key}
			}
		}
		if len(fits) == 0 && len(specific) == 0 && (len(mods) > 0 && isTitle(head.lower) ||
			roleNouns[head.lower] && !titleWords[head.lower] && !roleModifier(toks, head.last) || demonstrative && plainPersons[head.lower]) {
			if p := protagonistOnce(); p != "" && modsFit(profiles[p]) {
				fits = []string{p}
			}
		}
		key := ix.mostRecent(fits, count, start)
		if key == "" {
			continue
		}
		if other, ok := appositiveOf(toks, i, endsAt); ok && other != key && !head.possessive && appositiveCloses(toks, head.last) && !closesOpening(toks, i-2) {
			// "talks with Japan, the largest American ally to be left
			// off": the phrase describes the name before the comma, which
			// the appositive rule binds when the phrase closes; it never
			// names another actor, however well it fits one. A possessive
			// ("Flynn, the president's adviser") opens a longer phrase,
			// the appositive, and names whom it says; a verb after the
			// phrase makes it a clause's subject ("Chile, the president
			// and his aides met"), as does a comma that closes an opening
			// phrase ("In Iraq and Syria, the president resists ...").
			i = head.last
			continue
		}
		var desc []string
		for _, w := range words[:modsEnd] {
			desc = append(desc, a.Text[toks[w.first].Start:toks[w.last].End])
		}
		out = append(out, rawMention{Mention: Mention{Article: ai, ArticleID: a.ID, Start: start, End: end, Surface: a.Text[start:end], Label: head.lower, Descriptors: desc,
			Headline: a.TitleSpan.Len() > 0 && a.TitleSpan.Contains(start), alias: profiles[key].short[head.lower]}, key: key, kind: profiles[key].kind})
		i = head.last
	}
	return out
}

// lastTokenAt returns the index of the token, from k on, that ends at byte
// offset end, or k when none does.
func lastTokenAt(toks []text.Token, k, end int) int {
	for j := k; j < len(toks) && toks[j].Start < end; j++ {
		if toks[j].End == end {
			return j
		}
	}
	return k
}

// roleModifier reports whether the role noun at token k modifies a plural
// noun after it ("the rebel forces with", "the rebel movements."): the
// phrase names a group, no person the protagonist might be. A plural
// before an object ("the tycoon says that", "wants a") is a verb.
func roleModifier(toks []text.Token, k int) bool {
	n := k + 1
	if n >= len(toks) || !toks[n].IsWord() || text.Capitalised(toks[n].Form) || stopwords[toks[n].Lower] || !pluralNoun(toks[n]) {
		return false
	}
	return n+1 >= len(toks) || !presentObjectWords[toks[n+1].Lower]
}

// appositiveOf returns the key of the name that ends right before a
// comma and the phrase opening at token i ("Japan, the largest ally"), if
// one does. endsAt maps the byte offsets where the article's names end to
// their keys.
func appositiveOf(toks []text.Token, i int, endsAt map[int]string) (string, bool) {
	if i < 2 || toks[i-1].Form != "," {
		return "", false
	}
	prev := toks[i-2]
	key, ok := endsAt[prev.End]
	if !ok {
		key, ok = endsAt[prev.End-text.PossessiveLen(prev.Form)]
	}
	return key, ok
}

// appositiveCloses reports whether the phrase whose head is token k
// closes without a verb of its own, as an appositive does: at a comma, a
// full stop or any other punctuation, past words that qualify it ("the
// largest ally to be left off", "the leader who won"). A finite verb, or
// a present verb after the head ("the president resists", "the president
// again refused"), makes the phrase a clause's subject.
func appositiveCloses(toks []text.Token, k int) bool {
	adverbsOnly := true
	for j := k + 1; j < len(toks); j++ {
		t := toks[j]
		if !t.IsWord() {
			if t.Form == "-" && t.Start == toks[j-1].End {
				continue // a hyphenated word goes on
			}
			return true
		}
		switch w := t.Lower; {
		case w == "who" || w == "which" || w == "that":
			return true // the verbs after it are the relative clause's
		case toks[j-1].Lower == "to" || toks[j-1].Lower == "be" || toks[j-1].Lower == "been":
			// "to be left off": an infinitive or a participle qualifies the phrase
		case finiteVerbAt(toks, j):
			return false
		case adverbsOnly && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && !text.Capitalised(t.Form):
			return false // "the president resists calls"
		}
		adverbsOnly = adverbsOnly && (strings.HasSuffix(t.Lower, "ly") || verbAdverbs[t.Lower])
	}
	return true
}

// verbAdverbs are adverbs that stand between a subject and its verb
// ("the president again refused", "the minister also said").
var verbAdverbs = map[string]bool{"also": true, "again": true, "still": true, "then": true, "now": true, "later": true, "already": true, "never": true, "once": true, "first": true}

// closesOpening reports whether the name ending at token k ends an
// opening phrase of its sentence ("In Lima and Quito, the president ...",
// "After talks with Chile, ..."): a sentence opened by a preposition or a
// subordinating word, with no comma before the name's. The phrase after
// the comma is then the main clause's subject, not the name's appositive.
func closesOpening(toks []text.Token, k int) bool {
	for j := k; j >= 0; j-- {
		if toks[j].Form == "," {
			return false
		}
		if sentenceInitial(toks, j) {
			return toks[j].IsWord() && (sentenceOpeners[toks[j].Lower] || openingPrepositions[toks[j].Lower])
		}
	}
	return false
}

// openingPrepositions open an adverbial phrase or clause at a sentence's
// start that a comma closes ("In talks with Chile, the president ...").
var openingPrepositions = map[string]bool{"in": true, "at": true, "on": true, "after": true, "before": true, "during": true, "with": true,
	"from": true, "for": true, "under": true, "over": true, "by": true, "through": true, "across": true, "throughout": true, "when": true,
	"while": true, "as": true, "if": true, "because": true, "once": true, "outside": true, "inside": true, "near": true, "to": true}

// finiteVerbAt reports whether token k is an auxiliary, a reporting verb
// or a past form: a verb, so the noun phrase before it is the subject of
// its clause.
func finiteVerbAt(toks []text.Token, k int) bool {
	if k >= len(toks) || !toks[k].IsWord() {
		return false
	}
	return clauseVerbs[toks[k].Lower] || pastForm(toks[k].Lower)
}

// clauseVerbs are the auxiliaries and reporting verbs that most often
// follow a clause's subject.
var clauseVerbs = map[string]bool{"is": true, "was": true, "are": true, "were": true, "has": true, "had": true, "have": true,
	"will": true, "would": true, "can": true, "could": true, "may": true, "might": true, "must": true, "should": true,
	"did": true, "does": true, "said": true, "says": true, "told": true}

// possessiveLookback is how many mentions before "his country" may name
// the country: more than news puts in two sentences, and few enough that
// a sentence of thousands of names costs each phrase no more.
const possessiveLookback = 64

// thirdPersonPossessives open a phrase that names something of someone
// the text has already named.
var thirdPersonPossessives = map[string]bool{"his": true, "her": true, "its": true, "their": true}

// possessedCountries resolves "his country", "their nation" to the country
// the article names last before it, in the same sentence or the one
// before, itself or as a person's ("Justin Trudeau of Canada said ... that
// his country would ...", "British officials see their country"), but not
// after a preposition ("Iran's ambassador to the UK ... his country").
// "Our country" and "this country" point at the speaker's, which the
// article may never name, and "the country" is as often any country
// ("loyalty to the country"), so neither is read.
func possessedCountries(g *gazetteer.Gazetteer, an *Analysis, ai int, toks []text.Token, mentions []*rawMention) []rawMention {
	a := an.Article
	// countryOf is the country a mention names or a person's speaks for.
	countryOf := func(m *rawMention) (gazetteer.Entry, bool) {
		var name string
		switch {
		case m.kind == "country":
			name = m.name
		case m.kind == "person" && m.affiliation != "":
			name = m.affiliation
		case m.kind == "person" && strings.Contains(m.name, " of "):
			name = m.name[strings.LastIndex(m.name, " of ")+4:] // "Justin Trudeau of Canada"
		default:
			return gazetteer.Entry{}, false
		}
		e, ok := g.Lookup(name)
		return e, ok && e.Kind == gazetteer.Country
	}
	byStart := slices.Clone(mentions)
	slices.SortStableFunc(byStart, func(x, y *rawMention) int { return cmp.Compare(x.Start, y.Start) })
	personCountry := map[string]gazetteer.Entry{} // a person's country, from any of his mentions ("Israeli Prime Minister Benjamin Netanyahu")
	for _, m := range byStart {
		if e, ok := countryOf(m); ok && m.kind == "person" {
			if _, seen := personCountry[m.key]; !seen {
				personCountry[m.key] = e
			}
		}
	}
	var out []rawMention
	for i := 0; i+1 < len(toks); i++ {
		if !toks[i].IsWord() || !thirdPersonPossessives[toks[i].Lower] || toks[i+1].Lower != "country" && toks[i+1].Lower != "nation" {
			continue
		}
		start, end := toks[i].Start, toks[i+1].End
		from := start
		if k := a.SentenceAt(start); k >= 0 {
			from = a.Sentences[max(0, k-1)].Start
		}
		lo, _ := slices.BinarySearchFunc(byStart, from, func(m *rawMention, at int) int { return cmp.Compare(m.Start, at) })
		hi, _ := slices.BinarySearchFunc(byStart, start, func(m *rawMention, at int) int { return cmp.Compare(m.Start, at) })
		lo = max(lo, hi-possessiveLookback)
		var country gazetteer.Entry
		lastAt, person := -1, ""
		for _, m := range byStart[lo:hi] {
			if m.End > start || afterPreposition(toks, m.Start) {
				continue
			}
			if e, ok := countryOf(m); ok && m.Start > lastAt {
				country, lastAt = e, m.Start
			}
			if m.kind == "person" && !m.Part {
				person = m.key
			}
		}
		// "his"/"her" is a person's: the nearest person named before
		// decides ("Netanyahu met Putin. Netanyahu said his country"), and
		// one whose country is unknown leaves the phrase unread rather
		// than handing it to a country named near him ("Alvarez
		// threatened Mexico. Alvarez said her country").
		if (toks[i].Lower == "his" || toks[i].Lower == "her") && person != "" {
			e, ok := personCountry[person]
			if !ok {
				continue
			}
			country, lastAt = e, start
		}
		if lastAt < 0 {
			continue
		}
		out = append(out, rawMention{Mention: Mention{Article: ai, ArticleID: a.ID, Start: start, End: end, Surface: a.Text[start:end], Label: toks[i+1].Lower,
			Headline: a.TitleSpan.Len() > 0 && a.TitleSpan.Contains(start)},
			key: "g:" + strings.ToLower(country.Canonical), name: country.Canonical, kind: "country", affiliation: country.Affiliation, via: country.Via})
		i++
	}
	return out
}

// afterPreposition reports whether the word before byte offset at, a
// leading "the" skipped, is a preposition: a country there is where
// someone goes or is ("Iran's ambassador to the UK ... his country" is
// Iran), not whose.
func afterPreposition(toks []text.Token, at int) bool {
	k, _ := slices.BinarySearchFunc(toks, at, func(t text.Token, at int) int { return cmp.Compare(t.Start, at) })
	k--
	if word(toks, k) == "the" {
		k--
	}
	return postModifiers[word(toks, k)] || locatives[word(toks, k)]
}

// groupNouns are the singular nouns of a group that a role noun before
// them modifies ("activist group", "rebel movement").
var groupNouns = map[string]bool{"group": true, "movement": true, "organization": true, "organisation": true, "network": true, "faction": true,
	"cell": true, "militia": true, "coalition": true, "alliance": true, "camp": true, "wing": true}

// leaderNouns are the nouns that name whoever leads a country ("the
// Israeli leader", "the ousted strongman"), whatever office the person
// holds.
var leaderNouns = map[string]bool{"leader": true, "ruler": true, "strongman": true, "dictator": true, "autocrat": true, "despot": true,
	"tyrant": true, "monarch": true, "premier": true}

// headLabels are the titles of persons who head a state or government;
// "minister" does only with "Prime" among the title's words, and "leader"
// only with "Supreme" ("the Israeli opposition leader" heads nothing).
var headLabels = map[string]bool{"president": true, "king": true, "queen": true, "emir": true, "sultan": true, "shah": true, "monarch": true,
	"chancellor": true, "premier": true, "ruler": true, "dictator": true, "strongman": true, "autocrat": true, "despot": true, "tyrant": true}

// headsGovernment reports whether a person's titles make the person the
// head of a state or government ("President", "Prime Minister", "King").
func headsGovernment(p *actorProfile) bool {
	if p == nil || p.kind != "person" {
		return false
	}
	for l := range p.labels {
		if headLabels[l] || l == "minister" && p.mods["prime"] || l == "leader" && p.mods["supreme"] {
			return true
		}
	}
	return false
}

// plainPersons are nouns that say only that someone is a person: with a
// demonstrative ("this man") they point at the article's protagonist.
var plainPersons = map[string]bool{"man": true, "woman": true, "guy": true}

// protagonist is the person an article mentions most, at least three
// times and twice as often as anyone else; "" when it has none.
func protagonist(count map[string]int, profiles map[string]*actorProfile) string {
	return clearlyFirst(count, func(key string) bool {
		p := profiles[key]
		return p != nil && p.kind == "person"
	})
}

// clearlyFirst returns the key of count, among those eligible, counted at
// least three times and twice as often as any other eligible key (ties
// by key); "" when none stands out so.
func clearlyFirst(count map[string]int, eligible func(string) bool) string {
	best, first, second := leading(count, eligible)
	if first < 3 || first < 2*second {
		return ""
	}
	return best
}

// leading returns the eligible key counted most (the first in order on
// a tie), its count and the next count.
func leading(count map[string]int, eligible func(string) bool) (best string, first, second int) {
	for key, n := range count {
		if !eligible(key) {
			continue
		}
		switch {
		case n > first || n == first && key < best:
			best, first, second = key, n, max(first, second)
		case n > second:
			second = n
		}
	}
	return best, first, second
}
