package framing

import (
	"strings"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"

	"github.com/framediff/framediff/lexicon"
)

// KWICLine is one occurrence in context.
type KWICLine struct {
	Outlet    string `json:"outlet"`
	ArticleID string `json:"article_id"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Left      string `json:"left"`
	Match     string `json:"match"`
	Right     string `json:"right"`
	Voice     Voice  `json:"voice"`
}

// KWIC finds a rule id, a naming concept or a word (any form: it is
// stemmed like the text) in every article, with width characters of
// context on each side, in outlet order.
func (c *Comparison) KWIC(set *lexicon.Set, query string, width int) []KWICLine {
	var out []KWICLine
	for _, o := range c.Outlets {
		for _, an := range c.ArticlesOf(o) {
			out = append(out, kwicArticle(set, an, query, width)...)
		}
	}
	return out
}

// KWICCorpus searches every article of a corpus, story or not, grouped by
// outlet in first-seen order: a researcher's count of a phrase must not
// depend on which story framediff would open. Each article is analysed on
// its own and let go, so memory holds a few analyses at a time.
func KWICCorpus(src Corpus, set *lexicon.Set, query string, width int) []KWICLine {
	byOutlet := map[string][]KWICLine{}
	var order []string
	inOrder(src.Len(), func(i int) kwicFound {
		a := src.Article(i)
		an := Analyze(a, set)
		if a.Outlet == "" {
			an.Outlet = "unknown outlet (" + a.ID + ")"
		}
		return kwicFound{corpus.OutletKey(an.Outlet), kwicArticle(set, an, query, width)}
	}, func(_ int, f kwicFound) {
		if _, ok := byOutlet[f.outlet]; !ok {
			order = append(order, f.outlet)
		}
		byOutlet[f.outlet] = append(byOutlet[f.outlet], f.lines...)
	})
	var out []KWICLine
	for _, k := range order {
		out = append(out, byOutlet[k]...)
	}
	return out
}

// kwicFound is what KWICCorpus keeps of one article.
type kwicFound struct {
	outlet string
	lines  []KWICLine
}

// Corpus is a whole corpus read one article at a time: a corpus.Shelf, or
// corpus.Articles already loaded.
type Corpus interface {
	ArticleSource
	Len() int
}

// kwicArticle finds the query in one analysed article: the highlights of
// a rule id or naming concept, else the phrase in any form.
func kwicArticle(set *lexicon.Set, an *Analysis, query string, width int) []KWICLine {
	query = strings.TrimSpace(query)
	if query == "" {
		return nil
	}
	var out []KWICLine
	for _, h := range an.Hits {
		if h.RuleID == query || strings.EqualFold(h.Concept, query) && h.Category == lexicon.Naming {
			out = append(out, kwicLine(an, h.Start, h.End, h.Voice, width))
		}
	}
	if len(out) > 0 {
		return out
	}
	a := an.Article
	m := set.For(a.Language)
	q := m.Tokens(query)
	if len(q) == 0 {
		return nil
	}
	toks := m.Tokens(a.Text)
	var spans []corpus.Span
	for i := 0; i+len(q) <= len(toks); i++ {
		ok := true
		for j := range q {
			if toks[i+j].Stem != q[j].Stem {
				ok = false
				break
			}
		}
		if ok {
			spans = append(spans, corpus.Span{Start: toks[i].Start, End: toks[i+len(q)-1].End})
		}
	}
	for i, qi := range innermostQuotes(an.quotes, spans) {
		out = append(out, kwicLine(an, spans[i].Start, spans[i].End, voiceOf(an.quotes, qi), width))
	}
	return out
}

func kwicLine(an *Analysis, st, en int, v Voice, width int) KWICLine {
	t := an.Article.Text
	ls, re := max(0, st-4*width), min(len(t), en+4*width)
	for ls < st && !utf8.RuneStart(t[ls]) {
		ls++ // never cut a character in half
	}
	for re > en && re < len(t) && !utf8.RuneStart(t[re]) {
		re--
	}
	left := []rune(strings.Join(strings.Fields(t[ls:st]), " "))
	right := []rune(strings.Join(strings.Fields(t[en:re]), " "))
	if len(left) > width {
		left = left[len(left)-width:]
	}
	if len(right) > width {
		right = right[:width]
	}
	return KWICLine{Outlet: an.Outlet, ArticleID: an.Article.ID, Start: st, End: en, Left: string(left), Match: t[st:en], Right: string(right), Voice: v}
}
