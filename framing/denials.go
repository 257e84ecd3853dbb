package framing

import (
	"strings"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/gazetteer"
	"github.com/framediff/framediff/text"
)

// A denial is read from a denying cue ("denied", "rejected"), from denial
// words ("baseless", "no evidence") or from a negated clause whose subject
// is the speaker's own side ("we did not fire", "Iran has never sent").
// The last is a denial only when it answers something the story says
// against that side: that it did what the clause denies, or a charge
// against it. "they do not make their decisions in a vacuum", in a story
// that says no such thing, is a statement, not a denial.

// chargeStems open the verbs that charge their object with something:
// "accused Hamas", "blames Hamas", "suspects Hamas", "charged Hamas
// with", "implicated Hamas", "faulted Hamas"; or, passive, their subject:
// "Hamas is suspected of", "Hamas was blamed for". Not "claim" ("Iran
// claims the strait", "claimed victory") and "charge" only with a side
// after it ("Iran will charge a fee" charges no one).
var chargeStems = []string{"accus", "blam", "suspect", "charg", "implicat", "fault"}

// chargeNouns before "against" charge the side after it: "charges
// against Tom Doe", "allegations against Hamas".
var chargeNouns = []string{"accusation", "allegation", "charge", "case", "complaint", "claim", "lawsuit", "suit", "indictment"}

// passiveLinks stand between a passive charge and its subject: "Hamas
// is widely suspected", "Hamas, which has long been blamed".
var passiveLinks = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true,
	"has": true, "have": true, "had": true, "also": true, "long": true, "widely": true, "often": true, "which": true, "who": true, ",": true}

// surnamePrefix keys a capitalised word of a charged name among the
// accused sides, to be looked up by a person speaker's surname.
const surnamePrefix = "surname:"

// storySide is a side named in a sentence, tokens [start, end), with the
// keys a speaker's side is looked up by: the name as written, its
// canonical name and affiliation, or the surnames of a person's name.
type storySide struct {
	start, end int
	keys       []string
}

// storySides are the sides a sentence names: the gazetteer's names, and
// runs of capitalised words as persons ("Tom Doe").
func storySides(g *gazetteer.Gazetteer, toks []text.Token) []storySide {
	var sides []storySide
	for k := 0; k < len(toks); k++ {
		if !toks[k].IsWord() || !text.Capitalised(toks[k].Form) {
			continue
		}
		if e, n, ok := g.MatchTokens(toks, k); ok {
			var name strings.Builder
			for i := k; i < k+n; i++ {
				if i > k && toks[i].Start > toks[i-1].End {
					name.WriteByte(' ')
				}
				name.WriteString(toks[i].Form)
			}
			side := storySide{start: k, end: k + n, keys: []string{strings.ToLower(name.String())}}
			if !e.Ambiguous {
				side.keys = append(side.keys, strings.ToLower(e.Canonical))
				if e.Affiliation != "" {
					side.keys = append(side.keys, strings.ToLower(e.Affiliation))
				}
			}
			sides = append(sides, side)
			k += n - 1
			continue
		}
		// A person is charged by name, which no gazetteer knows:
		// "charges against Ahmed Doe" answers "Doe said he was not there".
		end := k
		for end < len(toks) && toks[end].IsWord() && text.Capitalised(toks[end].Form) {
			end++
		}
		side := storySide{start: k, end: end}
		for i := k; i < end; i++ {
			side.keys = append(side.keys, surnamePrefix+surnameKey(toks[i].Form))
		}
		sides = append(sides, side)
		k = end - 1
	}
	return sides
}

// storyCharges are what a story says against each side: the sides it
// charges (accusedSides) and, by predicate stem, the sides it says did
// something ("Hamas fired the rocket", "the rocket was fired by Hamas"),
// which a negated clause of that side's denies ("we did not fire it").
type storyCharges struct {
	accused map[string]bool
	did     map[string]map[string]bool // predicate stem -> side keys
}

// readCharges reads a story's charges: the targets of its accusations and
// condemnations, the object of a charging verb ("accused Hamas", "holds
// Hamas responsible", "pointed the finger at Hamas", "blamed the attack
// on Hamas", "charges against Hamas", "those charged include Hamas"),
// the subject of a passive charge ("Hamas is suspected of") or of an
// allegation ("alleged that Hamas ..."), and each side as the subject or
// agent of a predicate.
func (c *Comparison) readCharges(g *gazetteer.Gazetteer) storyCharges {
	ch := storyCharges{accused: map[string]bool{}, did: map[string]map[string]bool{}}
	accuse := func(side storySide) {
		for _, k := range side.keys {
			ch.accused[k] = true
		}
	}
	did := func(word string, side storySide) {
		stem := text.Stem(text.Lower(word), "english")
		m := ch.did[stem]
		if m == nil {
			m = map[string]bool{}
			ch.did[stem] = m
		}
		for _, k := range side.keys {
			m[k] = true
		}
	}
	var toks []text.Token
	for _, an := range c.Articles {
		a := an.Article
		for _, q := range an.Quotations {
			if (q.Act == corpus.ActAccuse || q.Act == corpus.ActCondemn) && q.Target != "" {
				ch.accused[strings.ToLower(q.Target)] = true
				if e, ok := g.Lookup(q.Target); ok && !e.Ambiguous {
					ch.accused[strings.ToLower(e.Canonical)] = true
					if e.Affiliation != "" {
						ch.accused[strings.ToLower(e.Affiliation)] = true
					}
				}
			}
		}
		for _, sp := range a.Sentences {
			toks = text.Tokens(toks[:0], a.Slice(sp))
			sides := storySides(g, toks)
			if len(sides) == 0 {
				continue
			}
			startsAt := make(map[int]storySide, len(sides))
			endsAt := make(map[int]storySide, len(sides))
			for _, s := range sides {
				startsAt[s.start] = s
				endsAt[s.end] = s
			}
			word := func(i int) string {
				if i < 0 || i >= len(toks) {
					return ""
				}
				return text.Lower(toks[i].Form)
			}
			// sideFrom is the side at token i, past an article.
			sideFrom := func(i int) (storySide, bool) {
				if word(i) == "the" {
					i++
				}
				s, ok := startsAt[i]
				return s, ok
			}
			// charged accuses the sides of the noun phrase from token i:
			// "charges against Libyan militia leader Ahmed Doe", up to
			// the matter of the charge ("accused Hamas of ...").
			charged := func(i int) {
				for j := i; j < i+maxChargedWords && j < len(toks); j++ {
					w := word(j)
					if !toks[j].IsWord() || chargeMatterStops[w] || strings.HasSuffix(w, "ing") && !text.Capitalised(toks[j].Form) {
						return
					}
					if s, ok := startsAt[j]; ok {
						accuse(s)
						j = s.end - 1
					}
				}
			}
			for _, s := range sides {
				// The side as subject: "Hamas fired", "Hamas had fired",
				// "Hamas was behind".
				i := s.end
				for n := 0; n < 3 && (predicateLinks[word(i)] || strings.HasSuffix(word(i), "ly")); n++ {
					i++
				}
				if i < len(toks) && toks[i].IsWord() && !text.Capitalised(toks[i].Form) {
					did(toks[i].Form, s)
				}
			}
			for i := range toks {
				w := word(i)
				switch {
				case w == "by" && i > 0:
					// The side as agent: "the rocket was launched by Hamas".
					if s, ok := sideFrom(i + 1); ok {
						did(toks[i-1].Form, s)
					}
				case w == "against" && i > 0 && hasAnyPrefix(word(i-1), chargeNouns):
					charged(i + 1)
				case w == "finger" && word(i+1) == "at":
					charged(i + 2)
				case strings.HasPrefix(w, "alleg") && word(i+1) == "that":
					// "It has been alleged that Doe helped direct the attack."
					if s, ok := sideFrom(i + 2); ok {
						accuse(s)
					}
				case w == "hold" || w == "holds" || w == "held" || w == "holding":
					// "holds Hamas responsible", "holds Hamas fully accountable".
					if s, ok := sideFrom(i + 1); ok {
						for j := s.end; j < s.end+3 && j < len(toks); j++ {
							if r := word(j); r == "responsible" || r == "accountable" {
								accuse(s)
								break
							}
						}
					}
				case hasAnyPrefix(w, chargeStems) && !strings.HasSuffix(w, "ion") && !strings.HasSuffix(w, "ions"):
					charged(i + 1) // "accused Hamas", "blames the Hamas movement"
					if strings.HasSuffix(w, "ed") && chargedListed[word(i+1)] {
						charged(i + 2) // "One of those charged is Ahmed Doe"
					}
					if strings.HasPrefix(w, "blam") {
						// "blamed the attack on Hamas"
						for j := i + 1; j < i+8 && j < len(toks); j++ {
							if word(j) == "on" {
								if s, ok := sideFrom(j + 1); ok {
									accuse(s)
								}
								break
							}
						}
					}
					if strings.HasSuffix(w, "ed") {
						// "Hamas is suspected of", "Hamas, which has long been blamed"
						j := i - 1
						linked := false
						for ; j >= 0 && passiveLinks[word(j)]; j-- {
							linked = true
						}
						if s, ok := endsAt[j+1]; ok && linked {
							accuse(s)
						}
					}
				}
			}
		}
	}
	return ch
}

// maxChargedWords bounds the noun phrase a charge names its sides in.
const maxChargedWords = 6

// chargeMatterStops end the noun phrase of the charged: what follows is
// the matter of the charge or another phrase ("accused Hamas of",
// "charged Doe with", "blames Hamas for").
var chargeMatterStops = map[string]bool{"of": true, "for": true, "with": true, "over": true, "in": true, "on": true, "after": true,
	"that": true, "to": true, "by": true, "from": true, "at": true, "since": true, "because": true, "as": true, "who": true, "which": true}

// chargedListed after a charge's participle list the charged: "One of
// the men charged is Ahmed Doe", "those accused include Hamas".
var chargedListed = map[string]bool{"is": true, "was": true, "are": true, "were": true, "include": true, "includes": true, "included": true}

// predicateLinks stand between a subject and its predicate word: "Hamas
// had fired", "Hamas was behind", "Hamas has been firing".
var predicateLinks = map[string]bool{"is": true, "are": true, "was": true, "were": true, "been": true, "has": true, "have": true, "had": true, "also": true}

// hasAnyPrefix reports whether w opens with one of the prefixes.
func hasAnyPrefix(w string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// unansweredDenials turns a denial read from a negated clause alone back
// into a statement when the story says nothing against the speaker's
// side or the speaker: it charges neither, nor says either did what the
// clause denies. A denial needs a denying cue, denial words, or something
// said against the side it answers.
func (c *Comparison) unansweredDenials(g *gazetteer.Gazetteer) {
	var charges *storyCharges
	for _, an := range c.Articles {
		for i := range an.Quotations {
			q := &an.Quotations[i]
			if q.Act != corpus.ActDeny || q.Negated || corpus.VerbAct(q.Verb) == corpus.ActDeny {
				continue
			}
			content := an.Article.Slice(corpus.Span{Start: q.Start, End: q.End})
			if corpus.DeniesByWords(content) {
				continue
			}
			if charges == nil {
				ch := c.readCharges(g)
				charges = &ch
			}
			keys := []string{strings.ToLower(q.Affiliation), strings.ToLower(q.Actor), strings.ToLower(q.Speaker)}
			if q.surname != "" {
				keys = append(keys, surnamePrefix+q.surname)
			}
			var did []map[string]bool
			if words, ok := corpus.NegatedPredicate(content); ok {
				for _, w := range words {
					did = append(did, charges.did[text.Stem(w, "english")])
				}
			}
			answered := false
			for _, k := range keys {
				if k == "" {
					continue
				}
				answered = charges.accused[k]
				for _, sides := range did {
					answered = answered || sides[k]
				}
				if answered {
					break
				}
			}
			if !answered {
				q.Act = corpus.ActSay
			}
		}
	}
}

// minSharedMatter is how many content stems a negated saying must share
// with one of its side's denials to deny the same matter.
const minSharedMatter = 2

// sameMatterDenials reads a saying whose words open with a negated clause
// ("Abedzadeh had told reporters that a missile had not caused the
// crash", "they have never sent drones") as a denial when the speaker's
// side denies the same matter elsewhere in the story, with a denying cue
// or denial words: an outlet that carries the side's denial in a plain
// "said" or "told" carries it still. The matter is the same when the
// saying shares two content stems with one of those denials; the side is
// the one act clusters gather by (actSide), so that a side not known
// makes no denial.
func (c *Comparison) sameMatterDenials() {
	type denial struct {
		side  string
		stems map[string]bool
	}
	var denials []denial
	for _, an := range c.Articles {
		az := c.analyzer(an.Article.Language)
		for _, q := range an.Quotations {
			if q.Act != corpus.ActDeny || q.Negated || q.Unasserted || q.inner || actSide(q) == "" {
				continue
			}
			d := denial{side: strings.ToLower(actSide(q)), stems: map[string]bool{}}
			for _, cw := range contentWords(az, an.Article.Slice(corpus.Span{Start: q.Start, End: q.End})) {
				d.stems[cw.stem] = true
			}
			denials = append(denials, d)
		}
	}
	if len(denials) == 0 {
		return
	}
	named := map[string]map[string]bool{} // each side's stems over all its denials
	for _, d := range denials {
		if named[d.side] == nil {
			named[d.side] = map[string]bool{}
		}
		for st := range d.stems {
			named[d.side][st] = true
		}
	}
	for _, an := range c.Articles {
		az := c.analyzer(an.Article.Language)
		for i := range an.Quotations {
			q := &an.Quotations[i]
			if q.Act != corpus.ActSay || q.Negated || q.Unasserted || q.inner || q.Kind == corpus.QuotePartial || actSide(*q) == "" {
				continue
			}
			content := an.Article.Slice(corpus.Span{Start: q.Start, End: q.End})
			// The negated clause opens the words: only their opening is
			// read, and words with no negation not at all (a quotation
			// may run to the end of an enormous sentence).
			opening := content[:openingLen(content, negatedOpeningBytes)]
			if !strings.Contains(opening, "not") && !strings.Contains(opening, "n't") && !strings.Contains(opening, "never") && !strings.Contains(opening, "n’t") {
				continue
			}
			predicate, hasPredicate := corpus.NegatedPredicate(opening)
			if hasPredicate && len(predicate) > 0 && endingWords[strings.ToLower(predicate[0])] {
				continue // "we have not stopped supplying drones": the deed goes on, no denial
			}
			var matter []contentWord // words the side's denial must name too
			if subject, ok := corpus.NegatedSubject(opening); ok {
				if len(subject) != 1 || !ownPronouns[pronounOf(subject[0])] {
					continue // "Saudi Arabia had not co-operated": another side's; the own side's name is deniesForOwnSide's
				}
				if !hasPredicate || intentWords[strings.ToLower(predicate[0])] {
					continue // "I'm not going to destroy the economy": an intention, no fact denied
				}
			} else if subject, ok := corpus.NegatedNounClause(opening); ok {
				// "a missile had not caused the crash": the thing the
				// side's denials name, not "the statement did not deal
				// with ..." of a matter the side never denied.
				matter = contentWords(az, strings.Join(subject, " "))
				if len(matter) == 0 {
					continue
				}
			} else {
				continue
			}
			side := strings.ToLower(actSide(*q))
			if !namesAll(named[side], matter) {
				continue
			}
			words := contentWords(az, content)
			for _, d := range denials {
				if d.side != side {
					continue
				}
				n := 0
				for _, cw := range words {
					if d.stems[cw.stem] {
						n++
					}
				}
				if n >= minSharedMatter {
					q.Act = corpus.ActDeny
					break
				}
			}
		}
	}
}

// ownPronouns are the subjects of a negated clause that speak of the
// speaker's own side: "we did not fire", "it had not seen".
var ownPronouns = map[string]bool{"we": true, "i": true, "it": true, "they": true}

// pronounOf is a subject word as ownPronouns keys it: lower case, a
// contracted verb cut off ("We're" is "we").
func pronounOf(w string) string {
	w = strings.ToLower(w)
	if i := strings.IndexAny(w, "'’"); i > 0 {
		w = w[:i]
	}
	return w
}

// negatedOpeningBytes bounds how much of a saying's words
// sameMatterDenials reads for the negated clause that opens them.
const negatedOpeningBytes = 400

// openingLen is the length of s's first n bytes, cut back to a rune's
// start.
func openingLen(s string, n int) int {
	if len(s) <= n {
		return len(s)
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return n
}

// endingWords end or rule out a deed: negated ("have not stopped",
// "never ceased", "did not rule out") they say the deed goes on or may,
// the opposite of a denial.
var endingWords = map[string]bool{"stop": true, "stopped": true, "stopping": true, "cease": true, "ceased": true, "halt": true, "halted": true,
	"quit": true, "end": true, "ended": true, "abandon": true, "abandoned": true, "rule": true, "ruled": true, "suspend": true, "suspended": true}

// intentWords after a negation make it an intention or a refusal: "not
// going to", "not planning to".
var intentWords = map[string]bool{"going": true, "planning": true, "trying": true, "willing": true, "prepared": true, "about": true}

// namesAll reports whether stems holds each of the words' stems.
func namesAll(stems map[string]bool, words []contentWord) bool {
	for _, w := range words {
		if !stems[w.stem] {
			return false
		}
	}
	return true
}
