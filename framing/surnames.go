package framing

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/gazetteer"
	"github.com/framediff/framediff/lexicon"
	"github.com/framediff/framediff/text"
)

// News prose names a person in full once, with the title and the country
// ("Iraqi Prime Minister Nouri al-Maliki"), and by surname after that;
// the speaker phrases may all be the surname ("Maliki said ..."), and the
// full mention no one's speaker phrase. surnameAffiliations reads the full
// mentions in the story's texts, so a bare surname takes the affiliation
// its person is named with.

// maxSurnameMentions bounds how many mentions of a surname are read in
// one article.
const maxSurnameMentions = 16

// maxNameRun bounds how many words before a surname a full mention's
// titles and names may take.
const maxNameRun = 8

// maxRunWordLen bounds the length of a word read back from a name.
const maxRunWordLen = 40

// runWords may stand in lower case inside the title run before a name:
// "Iraqi prime minister Nouri al-Maliki", "former foreign minister ...".
var runWords = map[string]bool{"prime": true, "vice": true, "former": true, "foreign": true, "deputy": true, "acting": true, "interim": true, "caretaker": true}

// nameRunStart is where the run of titles and names that ends at pos
// starts: capitalised words, titles and name particles, back to the
// clause; pos when there is none.
func nameRunStart(txt string, pos int) int {
	return nameRunStartWith(txt, pos, nil)
}

// nameRunStartWith is nameRunStart with the lower-case words also for
// which also(word) holds in the run ("government" in "Norwegian
// government minister").
func nameRunStartWith(txt string, pos int, also func(string) bool) int {
	start := pos
	for n := 0; n < maxNameRun; n++ {
		if start < 2 || txt[start-1] != ' ' {
			break
		}
		k := start - 1
		for k > 0 && txt[k-1] != ' ' && txt[k-1] != '\n' && start-1-k < maxRunWordLen {
			k--
		}
		if k > 0 && txt[k-1] != ' ' && txt[k-1] != '\n' {
			break // no word of a name is this long
		}
		w := txt[k : start-1]
		lw := strings.ToLower(w)
		if strings.ContainsAny(w, ",;:()\"“”") {
			break
		}
		if strings.HasSuffix(w, ".") && !titleWords[lw] && !strings.Contains(strings.TrimSuffix(w, "."), ".") {
			break // the sentence before ends there
		}
		if !text.Capitalised(w) && !titleWords[lw] && !portfolioWords[lw] && !runWords[lw] && !officeAdjectives[lw] && !nameParticles[lw] && (also == nil || !also(lw)) {
			break
		}
		start = k
	}
	return start
}

// hostPrepositions join a title to the place where it is held, not the
// side it is held for: "Ambassador to Israel", "Envoy for Syria",
// "commander in Iraq".
var hostPrepositions = map[string]bool{"to": true, "for": true, "in": true, "at": true}

// articleHostPrepositions are the host prepositions after which "the"
// still opens a host: an ambassador or envoy "to the United States", "for
// the United Nations".
var articleHostPrepositions = map[string]bool{"to": true, "for": true}

// hostedTitle reports whether the name run at rs follows a title and a
// host preposition ("Ambassador to [Israel Tom Nides]"), and returns
// where the preposition starts: the run that ends there, title included,
// names the title holder's side. A host named with its article after "to"
// or "for" ("the Egyptian ambassador to the [United States Sami Roe]") is
// one too: the article stops the run, so it stands between the
// preposition and the run. After "in" or "at" the article leads the body
// the title is held in ("commander in the Egyptian Army Gen. Roe"), which
// names the holder's side, not a host.
func hostedTitle(txt string, rs int) (int, bool) {
	if rs < 2 || txt[rs-1] != ' ' {
		return 0, false
	}
	article := false
	if rs >= 5 && strings.EqualFold(txt[rs-4:rs-1], "the") && txt[rs-5] == ' ' {
		rs -= 4
		article = true
	}
	k := rs - 1
	for k > 0 && txt[k-1] != ' ' && rs-1-k <= 3 {
		k--
	}
	if k < 2 || txt[k-1] != ' ' || !hostPrepositions[txt[k:rs-1]] || article && !articleHostPrepositions[txt[k:rs-1]] {
		return 0, false
	}
	end := k - 1
	j := end
	for j > 0 && txt[j-1] != ' ' && txt[j-1] != '\n' && end-j < maxRunWordLen {
		j--
	}
	if !titleWords[strings.ToLower(txt[j:end])] {
		return 0, false
	}
	return k, true
}

// coordinatedRoleStart is where an office held now starts when it is
// joined by "and" to the envoy's title run that starts at ts: "Israeli
// government minister and [former ambassador] to the U.S. Michael Oren"
// holds the minister's office for the side its demonym names, and
// readSpeaker reads a former word after "and" as the second office's
// only. The office is a title run as nameRunStart reads one, which may
// also hold "government" or "cabinet" in lower case ("Norwegian
// government minister"); ts when no "and" or no title run stands there.
func coordinatedRoleStart(txt string, ts int) int {
	if ts < 6 || txt[ts-5:ts] != " and " {
		return ts
	}
	end := ts - 5 // the office's end, before " and "
	start := nameRunStartWith(txt, end+1, func(lw string) bool { return officeBodyWords[lw] })
	if start >= end {
		return ts
	}
	fields := strings.Fields(txt[start:end])
	if !titleWords[strings.ToLower(fields[len(fields)-1])] {
		return ts // "Ann Roe and former ambassador": no office before "and"
	}
	return start
}

// officeBodyWords may stand in lower case in an office's title run
// before "and": "Norwegian government minister", "a cabinet minister".
var officeBodyWords = map[string]bool{"government": true, "cabinet": true}

// surnameAffiliations gives a person speaker with no affiliation the one
// the story names them with in full elsewhere: "Maliki said ..." after
// "Iraqi Prime Minister Nouri al-Maliki" in any article. Full mentions of
// the surname that name another person (another given name) are not
// read, and a surname takes the affiliation most of its full mentions
// give, none when two tie. A bare surname the story gives two people or
// more, of a side or not, takes none.
func (c *Comparison) surnameAffiliations(set *lexicon.Set, g *gazetteer.Gazetteer) {
	want := map[string]bool{}
	for _, an := range c.Articles {
		for _, q := range an.Quotations {
			if q.surname != "" && q.Affiliation == "" {
				want[q.surname] = true
			}
		}
	}
	if len(want) == 0 {
		return
	}
	// A surname wanted may be written another way in another article
	// ("el-Sissi", "al-Sisi"): each key of the text is looked up once
	// among the wanted ones' spellings.
	wantedSpellings := newSpellingIndex(maps.Keys(want))
	alike := map[string]bool{}
	wanted := func(s string) bool {
		if want[s] {
			return true
		}
		known, ok := alike[s]
		if !ok {
			known = len(wantedSpellings.alike(s)) > 0
			alike[s] = known
		}
		return known
	}
	// group and label are the rule files' actor group the full mention
	// names ("White House" of "White House spokesman Jay Carney"), which
	// the bare surname's quotations join as they would had the speaker
	// been named so.
	type fullMention struct{ actor, affiliation, via, group, label string }
	found := map[string][]fullMention{}
	// sided are the spellings the story gives a side in some mention,
	// in full or not: such a spelling is its own person, not another
	// spelling's ("Iranian envoy Karami" beside "Lebanese Prime Minister
	// Omar Karrami").
	sided := map[string]bool{}
	// people are the full names each surname is given, with a side or
	// not: a bare surname two people share speaks for neither.
	people := map[string][][]string{}
	sides := c.groupSides(set, g)
	for _, an := range c.Articles {
		m := set.For(an.Article.Language)
		txt := an.Article.Text
		// Each word of the text is looked up once among the surnames
		// wanted: a long article with many speakers is read in one pass.
		seen := map[string]int{}
		// Sentence by sentence into one buffer: the whole text's tokens
		// at once would be the largest thing a long article's analysis
		// allocates.
		var toks []text.Token
		for t := range sentenceTokens(an.Article, &toks) {
			if !t.IsWord() {
				continue
			}
			s := surnameKey(t.Form) // "al-Maliki" as "maliki"
			if seen[s] >= maxSurnameMentions || !wanted(s) {
				continue
			}
			seen[s]++
			start, end := t.Start, t.End
			if start > 1 && txt[start-1] == '-' {
				k := start - 1
				for k > 0 && isWordByte(txt[k-1]) {
					k--
				}
				if !nameParticles[strings.ToLower(txt[k:start-1])] {
					continue // "Abu-Maliki" is no particle: another name
				}
				start = k // "al-Maliki" read as three tokens
			}
			rs := nameRunStart(txt, start)
			if rs == start {
				continue // the bare surname again
			}
			sa := readSpeaker(g, txt[rs:end])
			if sa.person && sa.surname == s && sa.affiliation != "" {
				sided[s] = true // "Iranian envoy Karami": this spelling's own side
			}
			if !sa.person || sa.surname != s || !strings.Contains(sa.actor, " ") {
				continue
			}
			if title, ok := hostedTitle(txt, rs); ok {
				// "U.S. Ambassador to Israel Tom Nides": the country after
				// "to" hosts the ambassador; the side is the one named
				// before the title, or none ("the envoy to Yemen").
				sa.affiliation, sa.via = "", ""
				if ts := nameRunStart(txt, title); ts < title {
					host := readSpeaker(g, txt[ts:title-1])
					if host.affiliation == "" {
						host = readSpeaker(g, txt[coordinatedRoleStart(txt, ts):title-1])
					}
					sa.affiliation, sa.via = host.affiliation, host.via
				}
				if sa.affiliation == "" {
					continue
				}
			}
			// The mention joins every person it may be, and they become
			// one: "President Trump", then "Donald Trump", then "President
			// Donald Trump".
			merged := givenNamesBefore(g, txt, rs, start)
			others := people[s][:0]
			for _, p := range people[s] {
				if samePerson(p, merged) {
					merged = append(merged, p...)
				} else {
					others = append(others, p)
				}
			}
			people[s] = append(others, merged)
			if sa.affiliation == "" {
				sa.affiliation, sa.via = possessedRole(g, sides, m, txt[end:min(len(txt), end+100)])
			}
			if sa.affiliation == "" {
				sa.affiliation, sa.via = prepositiveRole(g, txt, rs, end)
			}
			if sa.affiliation == "" {
				sa.affiliation, sa.via = stateAgentSide(g, txt, start)
			}
			if sa.affiliation == "" {
				continue
			}
			fm := fullMention{actor: sa.actor, affiliation: sa.affiliation, via: sa.via}
			for _, mt := range m.Match(txt[rs:start]) {
				if mt.Category == lexicon.Actor && mt.Group != nil {
					fm.group, fm.label = mt.Group.ID, mt.Group.Label
					break
				}
			}
			found[s] = append(found[s], fm)
		}
	}
	foundSpellings := newSpellingIndex(maps.Keys(found))
	for _, an := range c.Articles {
		for i := range an.Quotations {
			q := &an.Quotations[i]
			if q.surname == "" || q.Affiliation != "" {
				continue
			}
			if !strings.Contains(q.Actor, " ") && len(people[q.surname]) > 1 {
				continue // "Rahimi" after "Ali Rahimi" and "Reza Rahimi": either
			}
			mentions := found[q.surname]
			// The surname written another way elsewhere, when each
			// spelling is one person's with given names alike: a full
			// name's given names are matched with each mention's below
			// ("Turki Maliki", "Col. Turki Al-Malki"), and a bare
			// surname's by the names the story gives each spelling
			// ("el-Sissi" after "President Abdel Fattah el-Sissi", "Abdel
			// Fatah al-Sisi" of Egypt in another article). "Michael
			// Cohen" is not "Gary Cohn".
			full := strings.Contains(q.Actor, " ")
			own := onePersonGiven(people[q.surname])
			if (full || len(own) > 0) && !sided[q.surname] {
				for _, v := range foundSpellings.alike(q.surname) {
					if v == q.surname || len(people[v]) > 1 {
						continue
					}
					if other := onePersonGiven(people[v]); !full && (len(other) == 0 || !samePerson(own, other)) {
						continue
					}
					mentions = append(slices.Clip(mentions), found[v]...)
				}
			}
			// The affiliation most full mentions give, when more give it
			// than any other: a stray capitalised run ("U.S. Abandon
			// Maliki" in a link) is outvoted, two people of two sides
			// named once each are not told apart.
			votes := map[string]int{}
			first := map[string]*fullMention{}
			for k := range mentions {
				m := &mentions[k]
				if strings.Contains(q.Actor, " ") && !strings.EqualFold(m.actor, q.Actor) && !sameBesideInitials(m.actor, q.Actor) && !givenNamesSpelledAlike(m.actor, q.Actor) {
					continue // another person of the surname
				}
				votes[m.affiliation]++
				if first[m.affiliation] == nil {
					first[m.affiliation] = m
				}
			}
			var pick *fullMention
			best, tie := 0, false
			for aff, n := range votes {
				switch {
				case n > best:
					pick, best, tie = first[aff], n, false
				case n == best:
					tie = true
				}
			}
			if pick != nil && !tie {
				q.Affiliation = pick.affiliation
				q.AffiliationVia = fmt.Sprintf("%s, named in full in the story: %s", pick.actor, pick.via)
				if q.Group == "" && pick.group != "" {
					q.Group, q.Label = pick.group, pick.label
				}
			}
		}
	}
}

// sideAffiliations gives a speaker who speaks for a person ("Moore
// campaign chairman Bill Armistead" for Moore) the affiliation that
// person's own quotations have once the story's surnames are read, so
// that the chairman's denial and "Moore's campaign denied" are one
// side's. A person of two affiliations in the story gives none.
func (c *Comparison) sideAffiliations() {
	type affiliation struct {
		name, via string
		several   bool
	}
	of := map[string]*affiliation{}
	for _, an := range c.Articles {
		for _, q := range an.Quotations {
			if q.Affiliation == "" || q.Actor == "" || q.side != "" {
				continue
			}
			switch a := of[q.Actor]; {
			case a == nil:
				of[q.Actor] = &affiliation{name: q.Affiliation, via: q.AffiliationVia}
			case a.name != q.Affiliation:
				a.several = true
			}
		}
	}
	for _, an := range c.Articles {
		for i := range an.Quotations {
			q := &an.Quotations[i]
			if a := of[q.side]; q.side != "" && q.Affiliation == "" && a != nil && !a.several {
				q.Affiliation, q.AffiliationVia = a.name, fmt.Sprintf("speaks for %s (%s)", q.side, a.via)
			}
		}
	}
}

// givenNamesBefore are the words right before the surname in the full mention
// txt[rs:surname] that may be a person's given names: capitalised words
// back to the first that is a title, a function word ("But Maliki"), a
// name the gazetteer knows ("Egypt Tells Kerry"), a possessor ("Price
// Futures Group's Flynn"), a reporting verb of a headline ("Trump Slams
// Putin") or the first word of a sentence or a line or after an
// abbreviation's stop ("the U.S. Abandon Maliki"), which any capitalised
// word may be.
func givenNamesBefore(g *gazetteer.Gazetteer, txt string, rs, surname int) []string {
	var out []string
	for end := surname; end > rs; {
		for end > rs && txt[end-1] == ' ' {
			end--
		}
		at := end
		for at > rs && txt[at-1] != ' ' {
			at--
		}
		if at == end {
			break
		}
		w := strings.TrimSuffix(txt[at:end], ".")
		end = at
		lw := strings.ToLower(w)
		if len(w) == 1 {
			continue // an initial: "Ali A. Rahimi"
		}
		if sentenceStart(txt, at) || !text.Capitalised(w) || text.PossessiveLen(w) > 0 || strings.HasSuffix(w, "'") || strings.HasSuffix(w, "’") ||
			stopwords[lw] || titleWords[lw] || portfolioWords[lw] || runWords[lw] || nameParticles[lw] ||
			corpus.IsCueWord(lw) || strings.HasSuffix(lw, "ing") {
			break
		}
		if title, _, ok := strings.Cut(lw, "-"); ok && titleWords[title] {
			break // "President-elect"
		}
		if _, ok := g.Lookup(w); ok {
			break
		}
		out = append(out, foldAccents(lw))
	}
	return out
}

// sentenceStart reports whether txt[at:] opens a sentence or a line.
func sentenceStart(txt string, at int) bool {
	k := at
	for k > 0 && txt[k-1] == ' ' {
		k--
	}
	return k == 0 || strings.IndexByte(".!?\n\"'“‘:—(", txt[k-1]) >= 0 || strings.HasSuffix(txt[:k], "”") || strings.HasSuffix(txt[:k], "—")
}

// samePerson reports whether two full mentions' given names (givenNamesBefore)
// may name one person: they share a name, in one spelling or two
// ("Mohammad", "Mohammed"; "Nouri", "Nuri"), or one has none to tell.
// "Ali Rahimi" and "Reza Rahimi" are two people; "Ali Rahimi" and "Ali
// Reza Rahimi" may be one.
func samePerson(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	for _, x := range a {
		for _, y := range b {
			if givenNameAlike(x, y) {
				return true
			}
		}
	}
	return false
}

// spellingIndex files surname keys so that those one spelling apart from
// a word (surnamesAlike) are found without comparing the word with each:
// a key under its vowel skeleton ("mvhvmvd", spellingVariant's test) and
// under itself and each form with one letter after the first dropped
// (transliterationEdit's: a letter dropped, added, or a vowel changed,
// leaves the two words one such form in common). A story with thousands
// of surnames is read in time linear in its length.
type spellingIndex map[string][]string

// newSpellingIndex files each key.
func newSpellingIndex(keys iter.Seq[string]) spellingIndex {
	ix := spellingIndex{}
	for k := range keys {
		for _, f := range spellingForms(k) {
			ix[f] = append(ix[f], k)
		}
	}
	return ix
}

// spellingForms are the forms a key is filed and looked up under.
func spellingForms(w string) []string {
	if w == "" {
		return nil
	}
	skel, _ := vowelGroups(w)
	forms := []string{"s:" + skel, "d:" + w}
	for i := 1; i < len(w); i++ {
		forms = append(forms, "d:"+w[:i]+w[i+1:])
	}
	return forms
}

// alike returns the filed keys other than w itself one spelling apart
// from w, in order.
func (ix spellingIndex) alike(w string) []string {
	var out []string
	for _, f := range spellingForms(w) {
		for _, k := range ix[f] {
			if k != w && !slices.Contains(out, k) && surnamesAlike(w, k) {
				out = append(out, k)
			}
		}
	}
	slices.Sort(out)
	return out
}

// onePersonGiven returns the given names of a surname's one person in
// the story, nil when the story names two people by it or gives none
// of its mentions a given name.
func onePersonGiven(persons [][]string) []string {
	if len(persons) != 1 {
		return nil
	}
	return persons[0]
}

// givenNamesSpelledAlike reports whether two full names are one person's
// written in two transliterations: surnames alike (surnamesAlike) and as
// many given names, each the same or one letter apart with the same first
// letter ("Adly Mansour", "Adli Mansour"; "Abdel Fattah el-Sissi", "Abdel
// Fatah al-Sisi"), as samePerson reads them. Names of three letters or
// fewer must match ("Ali", "Aly" may be two people).
func givenNamesSpelledAlike(a, b string) bool {
	fa, fb := strings.Fields(a), strings.Fields(b)
	if len(fa) < 2 || len(fa) != len(fb) || !surnamesAlike(surnameKey(fa[len(fa)-1]), surnameKey(fb[len(fb)-1])) {
		return false
	}
	for k := range fa[:len(fa)-1] {
		if !givenNameAlike(strings.ToLower(fa[k]), strings.ToLower(fb[k])) {
			return false
		}
	}
	return true
}

// surnamesAlike reports whether two surname keys (surnameKey) may be one
// name in two transliterations, as given names are (givenNameAlike):
// "sisi" and "sissi", "malki" and "maliki". Outlets spell the names of
// people from languages in other scripts each their own way.
func surnamesAlike(x, y string) bool { return givenNameAlike(x, y) }

// givenNameAlike reports whether two lower-case given names may be one
// name in two spellings: the same, a spelling variant, or, in names of
// four letters or more with the same first letter, one edit of the kind
// transliteration makes (transliterationEdit): "Adly" and "Adli", "Nouri"
// and "Nuri", "Mohamed" and "Mohammed". "Mark" and "Mary", "John" and
// "Joan", "Dana" and "Dane" are other people's names.
func givenNameAlike(x, y string) bool {
	return x == y || spellingVariant(x, y) || len(x) >= 4 && len(y) >= 4 && x[0] == y[0] && transliterationEdit(x, y)
}

// transliterationEdit reports whether two words differ by one edit that
// transliterations or slips of one name differ by: a vowel (or "y")
// changed for another inside the word, "i" for "y" at its end, or a
// letter dropped or added inside it.
func transliterationEdit(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(a)-len(b) > 1 {
		return false
	}
	i := 0
	for i < len(b) && a[i] == b[i] {
		i++
	}
	if i == len(a) {
		return false // the same word
	}
	vowel := func(c byte) bool { return strings.IndexByte("aeiouy", c) >= 0 }
	if len(a) == len(b) {
		if a[i+1:] != b[i+1:] || !vowel(a[i]) || !vowel(b[i]) {
			return false
		}
		return i < len(a)-1 || a[i] == 'y' && b[i] == 'i' || a[i] == 'i' && b[i] == 'y'
	}
	// A letter dropped or added inside the word is a variant or a slip
	// ("Mohamed", "Mevut" for "Mevlut"); added at the end it makes
	// another name ("Erik", "Erika").
	return a[i+1:] == b[i:] && i < len(b)
}

// stateAgentWords name a state's arm whose spokesman, with no owner
// named, speaks for the state: "military spokesman", "a government
// spokeswoman", "army spokesman".
var stateAgentWords = map[string]bool{"military": true, "army": true, "government": true, "defense": true, "defence": true, "police": true}

// stateAgentOpeners may stand before a state arm's spokesman's title:
// an article or a word that opens a clause. Any other word qualifies the
// arm ("rebel military spokesman", "former army spokesman") or names its
// owner.
var stateAgentOpeners = map[string]bool{"a": true, "an": true, "the": true, "that": true, "and": true, "but": true, "while": true, "as": true, "when": true, "which": true, "whom": true}

// stateAgentSide reads the side of a person whose title before the name
// makes them the spokesman of a state's arm with no owner named ("the
// Saudis displayed the drones that military spokesman Col. Ali Roe
// identified"): the one country the sentence names as an actor before
// the title, as for "the government said" (countryIn). A title with a
// name or demonym before the arm ("Saudi military spokesman") is read by
// readSpeaker, and an owner after "for" by the agent rules.
func stateAgentSide(g *gazetteer.Gazetteer, txt string, start int) (string, string) {
	from := sentenceStartBefore(txt, start)
	var words []string
	var starts []int // where each word starts in txt
	for i, w := range strings.Fields(txt[from:start]) {
		at := from
		if i > 0 {
			at = starts[i-1] + len(words[i-1])
		}
		starts = append(starts, at+strings.Index(txt[at:start], w))
		words = append(words, w)
	}
	k := len(words) - 1
	for k >= 0 && (text.Capitalised(words[k]) || strings.HasSuffix(words[k], ".")) && !agentNouns[words[k]] {
		k-- // the name's given names and ranks: "Col. Ali"
	}
	if k < 1 || !agentNouns[words[k]] || !stateAgentWords[words[k-1]] || k >= 2 && !stateAgentOpeners[strings.ToLower(words[k-2])] && !strings.HasSuffix(words[k-2], ",") {
		return "", "" // "rebel military spokesman", "former army spokesman", "Saudi military spokesman"
	}
	country, written, _ := countryIn(g, txt, from, starts[k-1]) // before the arm's word
	if country == "" {
		return "", ""
	}
	return country, fmt.Sprintf("%s %s of %q in the sentence", words[k-1], words[k], written)
}

// maxPossessedRole bounds the words of a possessed role: "President
// Obama's national security adviser".
const maxPossessedRole = 8

// possessedRoleNouns end a role held for someone that is no title before
// a name: "Norway's chief negotiator", "the president's aide".
var possessedRoleNouns = map[string]bool{"negotiator": true, "aide": true, "aides": true, "official": true, "emissary": true}

// possessedRole reads a person's affiliation from a role another actor
// possesses, in an appositive after the name (", President Obama's
// national security adviser,"): the possessor's affiliation, from the
// gazetteer or from the one side of its actor group. Nothing when the role
// is none (no title word ends it) or the possessor's side is unknown.
func possessedRole(g *gazetteer.Gazetteer, sides *groupSides, m *lexicon.Matcher, after string) (string, string) {
	rest, ok := strings.CutPrefix(after, ", ")
	if !ok {
		return "", ""
	}
	clause := rest
	if i := strings.IndexAny(rest, ",;:()\"“”"); i >= 0 {
		clause = rest[:i]
	}
	if i := strings.Index(clause, ". "); i >= 0 {
		clause = clause[:i]
	}
	role := strings.Fields(clause)
	if len(role) > maxPossessedRole {
		return "", ""
	}
	for k, w := range role {
		n := text.PossessiveLen(w)
		if n == 0 || !text.Capitalised(w) || k+1 >= len(role) {
			continue
		}
		title := role[k+1:]
		last := strings.ToLower(title[len(title)-1])
		if !titleWords[last] && !possessedRoleNouns[last] {
			return "", ""
		}
		for _, t := range title {
			if text.Capitalised(t) && !titleWords[strings.ToLower(t)] {
				return "", "" // "Obama's Chief of Staff Denis Roe": a name follows
			}
		}
		possessor := strings.Join(append(slices.Clone(role[:k]), w[:len(w)-n]), " ")
		return possessorSide(g, sides, m, possessor, strings.Join(title, " "))
	}
	return "", ""
}

// possessorSide is the side of a role another actor possesses ("Norway's
// chief negotiator", "President Obama's adviser"): the possessor's, from
// the gazetteer or from the one side of its actor group, whatever the
// role's other words name ("Obama's Texas chairman" is Obama's man, not
// Texas's). Nothing when the possessor's side is unknown.
func possessorSide(g *gazetteer.Gazetteer, sides *groupSides, m *lexicon.Matcher, possessor, title string) (string, string) {
	if sa := readSpeaker(g, possessor); sa.affiliation != "" {
		return sa.affiliation, fmt.Sprintf("%q of %s (%s)", title, possessor, sa.via)
	}
	if m == nil || sides == nil {
		return "", ""
	}
	if gr := m.ActorGroupOf(possessor); gr != nil && len(sides.of[gr.ID]) == 1 {
		for aff := range sides.of[gr.ID] {
			return aff, fmt.Sprintf("%q of %s (%s)", title, possessor, gr.Label)
		}
	}
	return "", ""
}

// sentenceTokens yields the tokens of an article's text sentence by
// sentence, with offsets into the whole text, reusing buf.
func sentenceTokens(a *corpus.Article, buf *[]text.Token) iter.Seq[text.Token] {
	return func(yield func(text.Token) bool) {
		for _, sp := range a.Sentences {
			*buf = text.Tokens((*buf)[:0], a.Text[sp.Start:sp.End])
			for _, t := range *buf {
				t.Start += sp.Start
				t.End += sp.Start
				if !yield(t) {
					return
				}
			}
		}
	}
}

// Outlets differ on whether the particle before an Arabic surname is part
// of it: one writes "Mr. Abu Khattalah denied ...", another "Khattalah
// denied ..." of the one man "Ahmed Abu Khattalah". speakerSurname keeps
// a patronym or kunya particle in the key, because "bin Salman" is not
// King Salman; particleJoins joins the two keys only where the story
// itself shows them one man.

// particleJoins maps the key of each particle-led surname of the story's
// speakers ("abu khattalah") to the key of the same name without the
// particle ("khattalah"), as surnameOf gives it, when the story shows the
// two one person: an article writes the full name with the particle
// ("Ahmed Abu Khattala") and quotes the bare name as well, or the given
// name before the particle is the given name before the bare surname
// elsewhere ("Ahmed Abu Khattalah", "Ahmed Khattalah"). The bare name
// under a capitalised title the particle form never has ("King Salman"
// beside "Crown Prince Mohammed bin Salman"), or after another given name
// ("Hamad Salman"), names someone else: the father a patronym names, the
// son a kunya names. keys are the surname keys of the story's speakers.
func (c *Comparison) particleJoins(g *gazetteer.Gazetteer, keys map[string]bool, surnameOf func(string) string) map[string]string {
	want := map[string]string{} // the particle key -> the bare key as surnameOf gives it
	type evidence struct {
		withParticle   []string        // given names written before the particle
		bareGiven      []string        // given names written before the bare surname
		particleTitles map[string]bool // capitalised titles before the particle form
		bareTitles     map[string]bool // capitalised titles before the bare surname
		quotedBare     bool            // an article writes the particle form and quotes the bare name
	}
	ev := map[string]*evidence{} // by bare key
	for k := range keys {
		particle, rest, ok := strings.Cut(k, " ")
		if !ok || rest == "" || strings.Contains(rest, " ") || !nameParticleKey(particle) {
			continue
		}
		bare := surnameOf(rest)
		if !keys[bare] && !keys[rest] {
			continue
		}
		want[k] = bare
		if ev[bare] == nil {
			ev[bare] = &evidence{particleTitles: map[string]bool{}, bareTitles: map[string]bool{}}
		}
	}
	if len(want) == 0 {
		return nil
	}
	// titleBefore is the capitalised title word right before txt[at:]
	// ("King Salman"), none for an honorific ("Mr. Khatallah") or a role
	// in lower case ("militia leader Khattalah").
	titleBefore := func(txt string, at int) string {
		rs := nameRunStart(txt, at)
		for _, w := range strings.Fields(txt[rs:at]) {
			if lw := strings.ToLower(w); titleWords[lw] && text.Capitalised(w) && !nameHonorific(w) {
				return strings.TrimSuffix(lw, ".")
			}
		}
		return ""
	}
	var toks []text.Token
	for _, an := range c.Articles {
		txt := an.Article.Text
		written := map[string]bool{} // bare keys this article writes after a particle
		var prev text.Token
		for t := range sentenceTokens(an.Article, &toks) {
			if !t.IsWord() {
				prev = text.Token{}
				continue
			}
			b := surnameOf(surnameKey(t.Form))
			e := ev[b]
			if e == nil || !text.Capitalised(t.Form) {
				prev = t
				continue
			}
			if prev.IsWord() && txt[prev.End:t.Start] == " " && nameParticleKey(particleForm(prev.Form)) {
				written[b] = true
				e.withParticle = append(e.withParticle, givenNamesBefore(g, txt, nameRunStart(txt, prev.Start), prev.Start)...)
				if tw := titleBefore(txt, prev.Start); tw != "" {
					e.particleTitles[tw] = true
				}
			} else {
				e.bareGiven = append(e.bareGiven, givenNamesBefore(g, txt, nameRunStart(txt, t.Start), t.Start)...)
				if tw := titleBefore(txt, t.Start); tw != "" {
					e.bareTitles[tw] = true
				}
			}
			prev = t
		}
		for _, q := range an.Quotations {
			if b := surnameOf(q.surname); q.surname != "" && written[b] {
				ev[b].quotedBare = true
			}
		}
	}
	out := map[string]string{}
	for k, bare := range want {
		e := ev[bare]
		apart := false
		for tw := range e.bareTitles {
			apart = apart || !e.particleTitles[tw]
		}
		shared := false
		for _, gn := range e.bareGiven {
			if samePerson([]string{gn}, e.withParticle) && len(e.withParticle) > 0 {
				shared = true
			} else {
				apart = true // "Hamad Salman": another man of the bare name
			}
		}
		if !apart && (shared || e.quotedBare) {
			out[k] = bare
		}
	}
	return out
}

// nameParticleKey reports whether a lower-case particle kept in a surname
// key (speakerSurname) says whose son or father a man is.
func nameParticleKey(particle string) bool {
	return patronymParticles[particle] || particle == "abu" || particle == "ben"
}

// particleForm is a word as a particle before a surname is keyed: "Abu"
// and "bin" in lower case, a capitalised "Ben" not at all, since it opens
// an English given name ("Ben Roe").
func particleForm(w string) string {
	if w == "Ben" {
		return ""
	}
	return strings.ToLower(w)
}

// maxPrepositiveWords bounds the words of a role read before a name and
// its comma: "the Norwegian deputy foreign minister".
const maxPrepositiveWords = 6

// maxPossessorWords bounds the capitalised words of a possessor read back
// from its possessive: "Norwegian Prime Minister Erik Dahl's".
const maxPossessorWords = 4

// prepositiveBreaks are words that end a clause or link it to another
// noun; a role phrase read back from its comma does not cross them
// ("the minister of Norway" is read as no role, "talks with the minister"
// only back to "the").
var prepositiveBreaks = map[string]bool{"by": true, "to": true, "with": true, "from": true, "for": true, "in": true, "on": true,
	"at": true, "of": true, "and": true, "or": true, "as": true, "than": true, "that": true, "who": true}

// prepositiveRole reads a person's side from a role written before the
// name and a comma, the name closing the phrase ("talks led by Norway's
// foreign minister, Lars Dahl." or "the Norwegian foreign minister, Lars
// Dahl, said"): the role opens with an article or a possessor, ends with
// a title of office or a candidacy (not a mere role noun: "an Egyptian
// businessman" is no Egyptian official), and names the side
// ("Norwegian", "Norway's"). A possessor says whose the role is, unless
// the role names a party: "Obama's Texas chairman" is no side of Texas. A role a non-state role
// noun qualifies ("the Norwegian militant leader") is no state's. A role
// that ends in a host ("ambassador to the United States, Lars Dahl") ends
// in no title and gives nothing, and a name followed by more of its
// clause ("After meeting Norway's minister, Lars Dahl said") is the
// subject of a new clause, not the role's holder.
func prepositiveRole(g *gazetteer.Gazetteer, txt string, rs, end int) (string, string) {
	if rs < 3 || txt[rs-2:rs] != ", " || end < len(txt) && !strings.ContainsRune(",.;", rune(txt[end])) {
		return "", ""
	}
	words := strings.Fields(txt[max(0, rs-2-200) : rs-2])
	if len(words) == 0 {
		return "", ""
	}
	if last := strings.ToLower(words[len(words)-1]); !titleWords[last] && !possessedRoleNouns[last] && !slices.Contains(candidateNouns, last) {
		return "", ""
	}
	for k := len(words) - 1; k >= 0 && len(words)-k <= maxPrepositiveWords; k-- {
		w := words[k]
		lw := strings.ToLower(w)
		if strings.ContainsAny(w, ",.;:()\"“”") && k < len(words)-1 || prepositiveBreaks[lw] {
			return "", ""
		}
		if k < len(words)-1 && roleNouns[lw] && !titleWords[lw] {
			return "", "" // "the Norwegian militant leader"
		}
		n := text.PossessiveLen(w)
		if !isArticle(w) && n == 0 {
			continue
		}
		if n > 0 && !text.Capitalised(w) {
			return "", "" // "his state's governor": whose is read elsewhere
		}
		title := strings.Join(words[k+1:], " ")
		if n > 0 {
			// "Florida's Republican attorney general": a party the role
			// names is the side, as for the role after the name; else the
			// possessor's side by its own name ("Norway's chief
			// negotiator"), not by an actor group it is listed in: a
			// candidate's campaign staff ("Obama's campaign chairman")
			// are no officials of the office the group stands for.
			if sa := readSpeaker(g, title); sa.affiliation != "" && speaksForParty(g, sa.affiliation) {
				return sa.affiliation, fmt.Sprintf("role before the name: %s", sa.via)
			}
			j := k
			for j > 0 && k-j < maxPossessorWords && text.Capitalised(words[j-1]) && !isArticle(words[j-1]) &&
				!prepositiveBreaks[strings.ToLower(words[j-1])] && !strings.ContainsAny(words[j-1], ",.;:()\"“”") {
				j--
			}
			possessor := strings.Join(append(slices.Clone(words[j:k]), w[:len(w)-n]), " ")
			return possessorSide(g, nil, nil, possessor, title)
		}
		sa := readSpeaker(g, strings.Join(words[k:], " "))
		if sa.affiliation == "" || sa.person {
			return "", ""
		}
		return sa.affiliation, fmt.Sprintf("role before the name: %s", sa.via)
	}
	return "", ""
}
