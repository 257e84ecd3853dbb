package framing

import (
	"strings"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/gazetteer"
	"github.com/framediff/framediff/text"
)

// A denial is read from a denying cue ("denied", "rejected"), from denial
// words ("baseless", "no evidence") or from a negated clause whose subject
// is the speaker's own side ("we did not fire", "Iran has never sent").
// The last is a denial only when it answers something the story says
// against that side: "they do not make their decisions in a vacuum", in a
// story that accuses no one of it, is a statement, not a denial.

// accusationStems open the words that report an accusation in a story's
// own sentences: "accused", "allegations", "blamed", "charged".
var accusationStems = []string{"accus", "alleg", "blam", "charg", "claim"}

// surnamePrefix keys a capitalised word of an accusation among the
// accused sides, to be looked up by a person speaker's surname.
const surnamePrefix = "surname:"

// accusedSides are the sides a story accuses: the targets of its
// accusations and condemnations, and the names the gazetteer knows in
// those quotations and in sentences that report an accusation ("Israel
// has been accused of ..."), each as written and as its affiliation, and
// the capitalised words there as surnames.
func (c *Comparison) accusedSides(g *gazetteer.Gazetteer) map[string]bool {
	sides := map[string]bool{}
	add := func(name string) {
		if name == "" {
			return
		}
		sides[strings.ToLower(name)] = true
		if e, ok := g.Lookup(name); ok && !e.Ambiguous {
			sides[strings.ToLower(e.Canonical)] = true
			if e.Affiliation != "" {
				sides[strings.ToLower(e.Affiliation)] = true
			}
		}
	}
	names := func(s string) {
		toks := text.Tokens(nil, s)
		for k := 0; k < len(toks); k++ {
			if !toks[k].IsWord() || !text.Capitalised(toks[k].Form) {
				continue
			}
			// A person is accused by name, which no gazetteer knows:
			// "charges against Ahmed Doe" answers "Doe said he was not
			// there".
			sides[surnamePrefix+surnameKey(toks[k].Form)] = true
			if e, n, ok := g.MatchTokens(toks, k); ok {
				if !e.Ambiguous {
					add(e.Canonical)
				}
				k += n - 1
			}
		}
	}
	var toks []text.Token
	for _, an := range c.Articles {
		a := an.Article
		for _, q := range an.Quotations {
			if q.Act == corpus.ActAccuse || q.Act == corpus.ActCondemn {
				add(q.Target)
				names(a.Slice(corpus.Span{Start: q.Start, End: q.End}))
			}
		}
		for _, sp := range a.Sentences {
			s := a.Slice(sp)
			toks = text.Tokens(toks[:0], s)
			for _, t := range toks {
				if !t.IsWord() {
					continue
				}
				w := strings.ToLower(t.Form)
				if hasAnyPrefix(w, accusationStems) {
					names(s)
					break
				}
			}
		}
	}
	return sides
}

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
// into a statement when the story accuses neither the speaker's side nor
// the speaker: a denial needs a denying cue, denial words, or something
// said against the side it answers.
func (c *Comparison) unansweredDenials(g *gazetteer.Gazetteer) {
	var accused map[string]bool
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
			if accused == nil {
				accused = c.accusedSides(g)
			}
			if accused[strings.ToLower(q.Affiliation)] || accused[strings.ToLower(q.Actor)] || accused[strings.ToLower(q.Speaker)] ||
				q.surname != "" && accused[surnamePrefix+q.surname] {
				continue
			}
			q.Act = corpus.ActSay
		}
	}
}
