package framing

import (
	"math/rand/v2"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/lexicon"
)

// uniqueContentByScan is uniqueContent stated plainly: every sentence
// weighed against every sentence of the other outlets, every quotation
// against every sentence.
func (c *Comparison) uniqueContentByScan(set *lexicon.Set) []UniqueGroup {
	if len(c.Outlets) < 2 {
		return nil
	}
	type sent struct {
		ai, si int
		f      sentenceFeatures
	}
	var all []sent
	for ai, an := range c.Articles {
		m := set.For(an.Article.Language)
		for si, s := range an.Article.Sentences {
			all = append(all, sent{ai, si, features(m, an.Article.Slice(s))})
		}
	}
	groups := map[string]*UniqueGroup{}
	var order []string
	for _, s := range all {
		an := c.Articles[s.ai]
		if len(s.f.stems) < 4 {
			continue
		}
		found := false
		for _, o := range all {
			if c.Articles[o.ai].Outlet != an.Outlet && aligned(s.f, o.f) {
				found = true
				break
			}
		}
		if found {
			continue
		}
		sp := an.Article.Sentences[s.si]
		v := Voice{Kind: Own}
		if qi := mostOverlap(an.quotes, sp); qi >= 0 {
			q := an.quotes[qi]
			v = Voice{Speaker: q.Speaker, Group: q.Group, Label: q.Label, Kind: Quoted}
			if q.Kind == corpus.QuoteIndirect {
				v.Kind = Paraphrase
			}
		}
		label := v.Kind.describe(v.Label)
		key := an.Outlet + "\x00" + label
		g, ok := groups[key]
		if !ok {
			g = &UniqueGroup{Outlet: an.Outlet, Voice: label, Group: v.Group}
			groups[key] = g
			order = append(order, key)
		}
		g.Sentences = append(g.Sentences, c.evidence(s.ai, sp.Start, sp.End, v))
	}
	out := make([]UniqueGroup, 0, len(order))
	for _, k := range order {
		out = append(out, *groups[k])
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].Sentences) > len(out[j].Sentences) })
	return out
}

// TestUniqueContentMatchesScan compares the indexed alignment with the
// plain one on stories made of the seed paragraphs, some sentences kept,
// some reworded, some dropped, across three outlets.
func TestUniqueContentMatchesScan(t *testing.T) {
	set := defaultSet(t)
	paras := seedParagraphs(t)
	rng := rand.New(rand.NewPCG(5, 6))
	outlets := []string{"Planet", "Gazette", "Herald"}
	swaps := map[string]string{"Iranian": "Persian", "drone": "UAV", "said": "claimed", "Russia": "Moscow", "technology": "know-how"}
	totalUnique := 0
	for round := range 6 {
		var arts []*corpus.Article
		for i := range 2 + rng.IntN(5) {
			var text []string
			for range 3 + rng.IntN(6) {
				p := paras[rng.IntN(len(paras))]
				for from, to := range swaps {
					if rng.IntN(3) == 0 {
						p = strings.ReplaceAll(p, from, to)
					}
				}
				text = append(text, p)
			}
			arts = append(arts, article(t, outlets[(i+round)%len(outlets)], strings.Join(text, "\n\n")))
		}
		c := Compare(arts, set)
		want := c.uniqueContentByScan(set)
		if !reflect.DeepEqual(c.Unique, want) {
			t.Fatalf("round %d: indexed alignment found\n%+v\nthe plain one\n%+v", round, c.Unique, want)
		}
		for _, g := range want {
			totalUnique += len(g.Sentences)
		}
	}
	if totalUnique == 0 {
		t.Fatal("no round had unique content: the test compares nothing")
	}
}
