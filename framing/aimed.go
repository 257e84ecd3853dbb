package framing

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/framediff/framediff/lexicon"
)

// An evaluative word is aimed at the actor it describes by the grammar of
// its sentence (aimreader.go): the head or possessor of its noun phrase,
// the subject of its predicate, the object of a verb that judges. The
// evaluations feed the "Evaluation of X" differences and the detail line
// of the terminal UI.

// Evaluation is an evaluative word aimed at an actor.
type Evaluation struct {
	Actor   string `json:"actor"`
	Article int    `json:"article"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Surface string `json:"surface"`
	RuleID  string `json:"rule"`
	Voice   Voice  `json:"voice"`
}

// AimedAt returns the actor an evaluative highlight of an article is aimed
// at, or "".
func (c *Comparison) AimedAt(an *Analysis, start int) string {
	ai := slices.Index(c.Articles, an)
	for _, e := range c.Evaluations {
		if e.Article == ai && e.Start == start {
			return e.Actor
		}
	}
	return ""
}

// evaluations aims each evaluative hit of the story at an actor.
func (c *Comparison) evaluations() []Evaluation {
	var out []Evaluation
	aimable := func(a *Actor) bool { return a.Kind != "thing" || len(a.Mentions) >= 3 }
	// Counted first, so that a long article's candidates are not regrown.
	perArticle := make([]int, len(c.Articles))
	for ai := range c.Actors {
		if a := &c.Actors[ai]; aimable(a) {
			for k := range a.Mentions {
				perArticle[a.Mentions[k].Article]++
			}
		}
	}
	byArticle := make([][]aimCandidate, len(c.Articles))
	for ai, n := range perArticle {
		if n > 0 {
			byArticle[ai] = make([]aimCandidate, 0, n)
		}
	}
	for ai := range c.Actors {
		a := &c.Actors[ai]
		if !aimable(a) {
			continue
		}
		for k := range a.Mentions {
			m := &a.Mentions[k]
			byArticle[m.Article] = append(byArticle[m.Article], aimCandidate{m: m, actor: a.Name, order: len(byArticle[m.Article])})
		}
	}
	for ai, an := range c.Articles {
		// Mentions by start, so that each sentence looks only at its own:
		// a long article's mentions are not all scanned per word. Of two
		// at one start, the first actor's is read first.
		ms := byArticle[ai]
		slices.SortFunc(ms, func(a, b aimCandidate) int {
			return cmp.Or(cmp.Compare(a.m.Start, b.m.Start), cmp.Compare(a.order, b.order))
		})
		var words []int
		for _, h := range an.Hits {
			if h.Category == lexicon.Evaluative {
				words = append(words, h.Start)
			}
		}
		slices.Sort(words)
		r := aimReader{az: c.analyzer(an.Article.Language), art: an.Article, ms: ms, sentence: -1, words: words}
		// Adverbs are read after the words they may modify, so each
		// takes the aim of the adjective after it.
		aimed := map[int]*aimCandidate{}
		var adverbs []Hit
		reporting := map[int]bool{} // where a reporting verb is: "Graham blasted Trump" is Graham's verdict, told loudly
		for _, h := range an.Hits {
			if h.Category == lexicon.Attribution {
				reporting[h.Start] = true
			}
		}
		for _, h := range an.Hits {
			if h.Category != lexicon.Evaluative || reporting[h.Start] {
				continue
			}
			if adverbShaped(h.Surface) {
				adverbs = append(adverbs, h)
				continue
			}
			if a := r.aim(h); a != nil {
				aimed[h.Start] = a
			}
		}
		for _, h := range adverbs {
			if a := r.adverbAim(h, aimed); a != nil {
				aimed[h.Start] = a
			}
		}
		for _, h := range an.Hits {
			if a := aimed[h.Start]; a != nil && h.Category == lexicon.Evaluative {
				out = append(out, Evaluation{Actor: a.actor, Article: ai, Start: h.Start, End: h.End, Surface: h.Surface, RuleID: h.RuleID, Voice: h.Voice})
			}
		}
	}
	return out
}

// aimCandidate is an actor mention an evaluative word may be aimed at;
// order is its place among the article's mentions in the actors' order,
// which decides between mentions that start at one place.
type aimCandidate struct {
	m     *Mention
	actor string
	order int
}

// evaluationDifferences lists actors one outlet evaluates in its own words
// (twice or more) and the others, who name the actor, do not: "Outlet A
// evaluates Donald Trump in its own words 3 times ("bombastic", "testy");
// Outlet B names him 5 times and never does".
func (c *Comparison) evaluationDifferences() []Difference {
	type key struct{ actor, outlet string }
	own := map[key][]Evaluation{}
	for _, e := range c.Evaluations {
		if e.Voice.OutletsWords() {
			k := key{e.Actor, c.Articles[e.Article].Outlet}
			own[k] = append(own[k], e)
		}
	}
	var out []Difference
	for _, act := range c.Actors {
		var named []string
		for _, o := range c.Outlets {
			if len(act.Labels[o]) > 0 {
				named = append(named, o)
			}
		}
		if len(named) < 2 {
			continue
		}
		for _, o := range named {
			ev := own[key{act.Name, o}]
			if len(ev) < 2 {
				continue
			}
			var silent []string
			for _, p := range named {
				if p != o && len(own[key{act.Name, p}]) == 0 {
					silent = append(silent, p)
				}
			}
			if len(silent) == 0 {
				continue
			}
			words := map[string]int{}
			var evidence []Evidence
			for _, e := range ev {
				words[strings.ToLower(e.Surface)]++
				evidence = append(evidence, c.sentenceEvidence(e.Article, Hit{Start: e.Start, End: e.End, Sentence: c.Articles[e.Article].Article.SentenceAt(e.Start), Voice: e.Voice}))
			}
			list := make([]string, 0, len(words))
			for w := range words {
				list = append(list, w)
			}
			sort.Strings(list)
			slices.SortStableFunc(list, func(a, b string) int { return words[b] - words[a] })
			out = append(out, Difference{Kind: KindEvaluative, Key: "aimed:" + act.ID, Actor: act.Name, Outlets: append([]string{o}, silent...),
				Summary: fmt.Sprintf("Evaluation of %s: %s uses %s about this actor in its own words (%s); %s %s not.", act.Name, o,
					plural(len(ev), "evaluative word", "evaluative words"), quoteList(list, 4), strings.Join(silent, " and "), doVerb(len(silent))),
				Salience: baseEvaluative + 0.15 + 0.25*saturate(float64(len(ev)), 3), Evidence: evidence})
		}
	}
	return out
}

func doVerb(n int) string {
	if n == 1 {
		return "does"
	}
	return "do"
}
