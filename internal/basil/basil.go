// Package basil evaluates framediff against the BASIL annotations (Fan et
// al. 2019): how much of the annotators' informational bias ("inf" spans)
// falls in content the comparison lists as carried by one outlet only, and
// how many of the annotators' lexical bias ("lex") spans the highlights
// cover. It reads ../shared/eval/basil-dev; the texts are never copied.
package basil

import (
	"encoding/json"
	"errors"
	"fmt"
	"github.com/framediff/framediff/text"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
	"github.com/framediff/framediff/lexicon"
)

// Span is one gold annotation, located in an article's cleaned text.
type Span struct {
	Article    int // index into Triplet.Articles
	Start, End int // byte offsets into the article's Text
	Bias       string
	Quote      bool
}

// Triplet is one event covered by three outlets.
type Triplet struct {
	ID       string
	Articles []*corpus.Article
	Spans    []Span
}

type articleJSON struct {
	Triplet    string     `json:"triplet-uuid"`
	UUID       string     `json:"uuid"`
	Source     string     `json:"source"`
	Date       string     `json:"date"`
	Title      string     `json:"title"`
	Paragraphs [][]string `json:"body-paragraphs"`
}

type annJSON struct {
	Phrases []struct {
		ID    string `json:"id"`
		Start int    `json:"start"`
		End   int    `json:"end"`
		Bias  string `json:"bias"`
		Quote string `json:"quote"`
	} `json:"phrase-level-annotations"`
}

var outletNames = map[string]string{"nyt": "The New York Times", "fox": "Fox News", "hpo": "HuffPost"}

// Load reads a BASIL folder (articles/ and annotations/ by year).
func Load(dir string) ([]Triplet, error) {
	var paths []string
	root := filepath.Join(dir, "articles")
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".json") {
			paths = append(paths, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("basil %s: %w", dir, err)
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("basil %s: no articles found", dir)
	}
	sort.Strings(paths)
	byTriplet := map[string]*Triplet{}
	var order []string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("basil %s: %w", p, err)
		}
		var aj articleJSON
		if err := json.Unmarshal(data, &aj); err != nil {
			return nil, fmt.Errorf("basil %s: %w", p, err)
		}
		rel, _ := filepath.Rel(root, p)
		annPath := filepath.Join(dir, "annotations", strings.TrimSuffix(rel, ".json")+"_ann.json")
		var ann annJSON
		if data, err := os.ReadFile(annPath); err == nil {
			if err := json.Unmarshal(data, &ann); err != nil {
				return nil, fmt.Errorf("basil %s: %w", annPath, err)
			}
		} else if !errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("basil %s: %w", annPath, err)
		}
		t, ok := byTriplet[aj.Triplet]
		if !ok {
			t = &Triplet{ID: aj.Triplet}
			byTriplet[aj.Triplet] = t
			order = append(order, aj.Triplet)
		}
		a, sentStarts := build(aj, filepath.Base(p))
		ai := len(t.Articles)
		t.Articles = append(t.Articles, a)
		for _, ph := range ann.Phrases {
			var base int
			var sent string
			if ph.ID == "title" {
				base, sent = a.TitleSpan.Start, a.Title
			} else {
				var n int
				if _, err := fmt.Sscanf(ph.ID, "p%d", &n); err != nil || n < 0 || n >= len(sentStarts) || sentStarts[n] < 0 {
					continue
				}
				base, sent = sentStarts[n], normalize(flat(aj.Paragraphs)[n])
			}
			st, en := runeToByte(sent, ph.Start), runeToByte(sent, ph.End)
			if en <= st {
				continue
			}
			t.Spans = append(t.Spans, Span{Article: ai, Start: base + st, End: base + en, Bias: ph.Bias, Quote: ph.Quote == "yes"})
		}
	}
	out := make([]Triplet, 0, len(order))
	for _, id := range order {
		out = append(out, *byTriplet[id])
	}
	return out, nil
}

func flat(ps [][]string) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p...)
	}
	return out
}

func normalize(s string) string {
	t, _ := text.Sanitize([]byte(s))
	return strings.Join(strings.Fields(t), " ")
}

func runeToByte(s string, n int) int {
	if n <= 0 {
		return 0
	}
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return i
}

// build makes the article and finds where each BASIL sentence starts in it.
func build(aj articleJSON, name string) (*corpus.Article, []int) {
	paras := make([]string, len(aj.Paragraphs))
	for i, p := range aj.Paragraphs {
		paras[i] = strings.Join(p, " ")
	}
	date, _ := time.Parse(time.DateOnly, aj.Date)
	src := strings.ToLower(aj.Source)
	outlet := outletNames[src]
	if outlet == "" {
		outlet = src
	}
	a := corpus.FromParagraphs(corpus.Meta{ID: strings.TrimSuffix(name, ".json"), Source: name, Outlet: outlet, Title: aj.Title, Date: date, Language: "english", From: corpus.FromRecord}, paras)
	var starts []int
	cur := a.TitleSpan.End
	for _, s := range flat(aj.Paragraphs) {
		ns := normalize(s)
		i := strings.Index(a.Text[cur:], ns)
		if ns == "" || i < 0 {
			starts = append(starts, -1)
			continue
		}
		starts = append(starts, cur+i)
		cur += i + len(ns)
	}
	return a, starts
}

// Result is the evaluation table's numbers.
type Result struct {
	Triplets, Articles int
	// Unique content against inf spans.
	Inf, InfInUnique            int
	UniqueListed, UniqueWithInf int
	// Sentences and SentencesWithInf give the base rate: the precision of
	// listing every sentence.
	Sentences, SentencesWithInf int
	// Lexical spans covered by highlights, by category ("any" for all
	// highlights but cues, "cue" for the cues: neutral reporting verbs).
	Lex        int
	LexCovered map[lexicon.Category]int
	// Highlights counts highlights by category, InLex those overlapping a
	// lex span, and Random the number expected to overlap one if each
	// highlight were placed at random in its article: the precision a
	// highlighter with no skill would reach with the same highlights.
	Highlights, InLex map[lexicon.Category]int
	Random            map[lexicon.Category]float64
	// Missed are the lex spans no highlight (but a cue) covers, for
	// finding out why; their text is research data, printed, never kept.
	Missed []Missed
}

// Missed is one lex span no highlight covers, with its sentence.
type Missed struct {
	Outlet, Span, Sentence string
}

// Cue is the row of the neutral reporting verbs: shown as attribution
// cues, not counted as loaded language ("any" leaves them out).
const Cue lexicon.Category = "cue"

// rowOf is the result row a highlight counts in, or "" for none: actor
// names and frame cues mark topics, not wording.
func rowOf(h framing.Hit) lexicon.Category {
	switch {
	case h.Category == lexicon.Actor || h.Category == lexicon.Frame:
		return ""
	case h.Cue:
		return Cue
	}
	return h.Category
}

// chance is the probability that a span of length n placed uniformly at
// random in a text of size bytes overlaps one of the spans (sorted by
// start): the share of start positions x in [0, size-n] with [x, x+n)
// overlapping some span.
func chance(spans []corpus.Span, size, n int) float64 {
	last := size - n // the last start position
	if n <= 0 || last < 0 {
		return 0
	}
	hit, reach := 0, -1 // start positions counted so far: up to reach
	for _, s := range spans {
		lo, hi := max(s.Start-n+1, 0, reach+1), min(s.End-1, last)
		if lo <= hi {
			hit += hi - lo + 1
			reach = hi
		}
	}
	return float64(hit) / float64(last+1)
}

// Evaluate compares each triplet and scores it against the gold spans.
func Evaluate(ts []Triplet, set *lexicon.Set) Result {
	r := Result{LexCovered: map[lexicon.Category]int{}, Highlights: map[lexicon.Category]int{}, InLex: map[lexicon.Category]int{}, Random: map[lexicon.Category]float64{}}
	for _, t := range ts {
		r.Triplets++
		r.Articles += len(t.Articles)
		c := framing.Compare(t.Articles, set)
		unique := map[int][]corpus.Span{}
		for _, g := range c.Unique {
			for _, e := range g.Sentences {
				unique[e.Article] = append(unique[e.Article], corpus.Span{Start: e.Start, End: e.End})
			}
		}
		for ai, us := range unique {
			for _, u := range us {
				r.UniqueListed++
				for _, s := range t.Spans {
					if s.Article == ai && s.Bias == "inf" && u.Overlaps(corpus.Span{Start: s.Start, End: s.End}) {
						r.UniqueWithInf++
						break
					}
				}
			}
		}
		for ai, a := range t.Articles {
			for _, sen := range a.Sentences {
				r.Sentences++
				for _, s := range t.Spans {
					if s.Article == ai && s.Bias == "inf" && sen.Overlaps(corpus.Span{Start: s.Start, End: s.End}) {
						r.SentencesWithInf++
						break
					}
				}
			}
		}
		for _, s := range t.Spans {
			sp := corpus.Span{Start: s.Start, End: s.End}
			switch s.Bias {
			case "inf":
				r.Inf++
				for _, u := range unique[s.Article] {
					if u.Overlaps(sp) {
						r.InfInUnique++
						break
					}
				}
			case "lex":
				r.Lex++
				seen := map[lexicon.Category]bool{}
				for _, h := range c.Articles[s.Article].Hits {
					row := rowOf(h)
					if row != "" && sp.Overlaps(corpus.Span{Start: h.Start, End: h.End}) && !seen[row] {
						seen[row] = true
						r.LexCovered[row]++
					}
				}
				delete(seen, Cue)
				if len(seen) > 0 {
					r.LexCovered["any"]++
				} else {
					a := t.Articles[s.Article]
					m := Missed{Outlet: a.Outlet, Span: a.Text[s.Start:s.End]}
					for _, sen := range a.Sentences {
						if sen.Overlaps(sp) {
							m.Sentence = a.Text[sen.Start:sen.End]
							break
						}
					}
					r.Missed = append(r.Missed, m)
				}
			}
		}
		r.highlightPrecision(t, c)
	}
	return r
}

// highlightPrecision counts, per category, the triplet's highlights, those
// that overlap a lex span of their article and those expected to by chance.
func (r *Result) highlightPrecision(t Triplet, c *framing.Comparison) {
	for ai, an := range c.Articles {
		var lex []corpus.Span
		for _, s := range t.Spans {
			if s.Article == ai && s.Bias == "lex" {
				lex = append(lex, corpus.Span{Start: s.Start, End: s.End})
			}
		}
		sort.Slice(lex, func(i, j int) bool { return lex[i].Start < lex[j].Start })
		size := len(t.Articles[ai].Text)
		for _, h := range an.Hits {
			row := rowOf(h)
			if row == "" {
				continue
			}
			hs := corpus.Span{Start: h.Start, End: h.End}
			in := false
			for _, s := range lex {
				if hs.Overlaps(s) {
					in = true
					break
				}
			}
			p := chance(lex, size, h.End-h.Start)
			rows := []lexicon.Category{row}
			if row != Cue {
				rows = append(rows, "any")
			}
			for _, k := range rows {
				r.Highlights[k]++
				r.Random[k] += p
				if in {
					r.InLex[k]++
				}
			}
		}
	}
}

// Coverage is the share of lex spans that highlights of category c (or
// "any") overlap, 0 when there are none.
func (r Result) Coverage(c lexicon.Category) float64 { return share(r.LexCovered[c], r.Lex) }

// Precision is the share of category c's highlights that overlap a lex
// span, 0 when there are none.
func (r Result) Precision(c lexicon.Category) float64 { return share(r.InLex[c], r.Highlights[c]) }

func share(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func pct(a, b int) string {
	if b == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.1f%%", 100*float64(a)/float64(b))
}

// WriteTable prints the result as a Markdown table with raw counts.
func (r Result) WriteTable(w io.Writer) {
	fmt.Fprintf(w, "BASIL evaluation: %d triplets, %d articles\n\n", r.Triplets, r.Articles)
	fmt.Fprintf(w, "| measure | value | counts |\n|---|---|---|\n")
	fmt.Fprintf(w, "| inf spans in listed unique content (recall) | %s | %d / %d |\n", pct(r.InfInUnique, r.Inf), r.InfInUnique, r.Inf)
	fmt.Fprintf(w, "| listed unique sentences holding an inf span (precision) | %s | %d / %d |\n", pct(r.UniqueWithInf, r.UniqueListed), r.UniqueWithInf, r.UniqueListed)
	fmt.Fprintf(w, "| base rate: all sentences holding an inf span | %s | %d / %d |\n", pct(r.SentencesWithInf, r.Sentences), r.SentencesWithInf, r.Sentences)
	cats := []lexicon.Category{"any"}
	for _, c := range lexicon.Categories() {
		if c != lexicon.Claim && c != lexicon.Frame {
			cats = append(cats, c)
		}
	}
	cats = append(cats, Cue)
	for _, c := range cats {
		fmt.Fprintf(w, "| lex spans covered by %s highlights | %s | %d / %d |\n", c, pct(r.LexCovered[c], r.Lex), r.LexCovered[c], r.Lex)
	}
	fmt.Fprintf(w, "\nHighlight precision: the share of highlights that overlap a lex span, beside the share expected\n"+
		"if the same highlights were placed at random in their articles (\"any\" leaves out the cues).\n\n")
	fmt.Fprintf(w, "| category | lex spans covered | highlights | in a lex span | precision | random placement |\n|---|---|---|---|---|---|\n")
	for _, c := range cats {
		fmt.Fprintf(w, "| %s | %d / %d (%s) | %d | %d | %s | %s (%.1f expected) |\n", c, r.LexCovered[c], r.Lex, pct(r.LexCovered[c], r.Lex),
			r.Highlights[c], r.InLex[c], pct(r.InLex[c], r.Highlights[c]), pctf(r.Random[c], r.Highlights[c]), r.Random[c])
	}
}

// WriteMissed lists the lex spans no highlight covers, one a line: the
// outlet, the span and its sentence.
func (r Result) WriteMissed(w io.Writer) {
	fmt.Fprintf(w, "\nlex spans no highlight covers: %d\n\n", len(r.Missed))
	for _, m := range r.Missed {
		fmt.Fprintf(w, "- %s: %q in %q\n", text.SanitizeLine(m.Outlet), text.SanitizeLine(m.Span), text.SanitizeLine(m.Sentence))
	}
}

func pctf(a float64, b int) string {
	if b == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.1f%%", 100*a/float64(b))
}
