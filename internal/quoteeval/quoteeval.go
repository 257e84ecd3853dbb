// Package quoteeval scores the corpus package's quotation attribution (who
// said what) against articles annotated by hand: testdata/attribution holds
// the gold lists and the annotation guide. The seed articles are in the
// repository; the abp-middle-east ones are read from ../shared/eval.
package quoteeval

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"github.com/framediff/framediff/corpus"
)

// GoldQuote is one hand-annotated quotation or piece of reported speech.
type GoldQuote struct {
	Kind     corpus.QuoteKind `json:"kind"` // a corpus quote kind, or "title" (a work's title: neither speech nor a scare quote)
	Text     string           `json:"text"` // the first words of the quoted or reported words
	Speaker  string           `json:"speaker"`
	RefersTo string           `json:"refers_to"`
	Verb     string           `json:"verb"`
}

// speech reports whether the item is someone's words (not a scare quote or
// a title).
func (g GoldQuote) speech() bool {
	return g.Kind == corpus.QuoteDirect || g.Kind == corpus.QuotePartial || g.Kind == corpus.QuoteIndirect
}

// GoldArticle is the gold list of one article.
type GoldArticle struct {
	Source string      `json:"source"` // relative to a data root: "seeds/000_x.txt", "abp-middle-east/ID.json"
	Outlet string      `json:"outlet"`
	Quotes []GoldQuote `json:"quotes"`
	Set    string      `json:"-"` // the folder it came from: seeds, dev, heldout
}

// LoadGold reads every gold file in the set folders under dir.
func LoadGold(dir string, sets ...string) ([]GoldArticle, error) {
	var out []GoldArticle
	for _, set := range sets {
		paths, err := filepath.Glob(filepath.Join(dir, set, "*.json"))
		if err != nil {
			return nil, err
		}
		if len(paths) == 0 {
			return nil, fmt.Errorf("no gold files in %s", filepath.Join(dir, set))
		}
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				return nil, err
			}
			var g GoldArticle
			if err := json.Unmarshal(b, &g); err != nil {
				return nil, fmt.Errorf("%s: %w", p, err)
			}
			g.Set = set
			out = append(out, g)
		}
	}
	return out, nil
}

// Counts are the raw tallies behind the scores.
type Counts struct {
	Attributed  int // tool quotations and reported speech with a speaker
	RightTool   int // ...of which match a gold item, with the right speaker
	Gold        int // gold speech items
	Found       int // ...found by the tool with the right speaker
	Located     int // ...found by the tool at all (any speaker)
	GoldScare   int // gold scare quotes
	ScareFound  int // ...that the tool calls scare quotes
	ToolScare   int // tool scare quotes
	ScareIsWord int // ...that are someone's words in the gold
}

func (c *Counts) add(o Counts) {
	c.Attributed += o.Attributed
	c.RightTool += o.RightTool
	c.Gold += o.Gold
	c.Found += o.Found
	c.Located += o.Located
	c.GoldScare += o.GoldScare
	c.ScareFound += o.ScareFound
	c.ToolScare += o.ToolScare
	c.ScareIsWord += o.ScareIsWord
}

// Precision is the share of the tool's attributions that are right.
func (c Counts) Precision() float64 { return ratio(c.RightTool, c.Attributed) }

// Recall is the share of the gold speech items the tool attributes rightly.
func (c Counts) Recall() float64 { return ratio(c.Found, c.Gold) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// ArticleResult is the score of one article, with its errors for reading.
type ArticleResult struct {
	Gold   GoldArticle
	Counts Counts
	// Errors lists what went wrong, one line each, for a developer to read.
	Errors []string
}

// Result is a whole evaluation.
type Result struct {
	Articles []ArticleResult
	BySet    map[string]Counts
	Total    Counts
}

// Evaluate loads each gold article from the first root that holds its
// source and scores the tool's quotations against the gold list.
func Evaluate(gold []GoldArticle, roots []string) (*Result, error) {
	res := &Result{BySet: map[string]Counts{}}
	for _, g := range gold {
		path := ""
		for _, r := range roots {
			if p := filepath.Join(r, g.Source); fileExists(p) {
				path = p
				break
			}
		}
		if path == "" {
			return nil, fmt.Errorf("%s: article not found under %s", g.Source, strings.Join(roots, ", "))
		}
		loaded, err := corpus.Load([]string{path}, corpus.Options{KeepDuplicates: true})
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if len(loaded.Articles) != 1 {
			return nil, fmt.Errorf("%s: loaded %d articles, want 1 (%v)", path, len(loaded.Articles), loaded.Problems)
		}
		ar, err := score(g, loaded.Articles[0])
		if err != nil {
			return nil, err
		}
		res.Articles = append(res.Articles, ar)
		c := res.BySet[g.Set]
		c.add(ar.Counts)
		res.BySet[g.Set] = c
		res.Total.add(ar.Counts)
	}
	return res, nil
}

func fileExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}

// score matches one article's quotations to its gold list. A tool
// quotation matches a gold item when the gold words start inside the
// quotation's span (or at most two bytes before, for a dropped quote
// mark); the speaker is right when the gold speaker's last name word (or
// the name a pronoun refers to) is among the tool speaker's words, or the
// other way round.
func score(g GoldArticle, a *corpus.Article) (ArticleResult, error) {
	ar := ArticleResult{Gold: g}
	idx := newNormIndex(a.Text)
	starts := make([]int, len(g.Quotes))
	from := 0
	for i, q := range g.Quotes {
		pos := idx.find(q.Text, from)
		if pos < 0 {
			pos = idx.find(q.Text, 0)
		}
		if pos < 0 {
			ar.Errors = append(ar.Errors, fmt.Sprintf("gold text not in the cleaned article: %q", q.Text))
		} else {
			from = pos + 1
		}
		starts[i] = pos
	}
	used := make([]bool, len(g.Quotes))
	right := make([]bool, len(g.Quotes))
	located := make([]bool, len(g.Quotes))
	for ti, tq := range a.Quotes {
		if holdsPartial(a.Quotes, ti) {
			continue // the clause around a partial quotation: one attribution, scored as the partial
		}
		if a.TitleSpan.Len() > 0 && a.TitleSpan.Contains(tq.Span.Start) {
			continue // the guide leaves headlines out of the gold lists
		}
		if tq.Kind == corpus.QuoteScare {
			ar.Counts.ToolScare++
		} else if tq.Speaker != "" {
			ar.Counts.Attributed++
		}
		match := -1
		for i, q := range g.Quotes {
			if starts[i] >= tq.Span.Start-2 && starts[i] < tq.Span.End && !used[i] && (q.speech() || q.Kind == corpus.QuoteScare) {
				match = i
				break
			}
		}
		if match < 0 {
			if tq.Kind != corpus.QuoteScare && tq.Speaker != "" {
				ar.Errors = append(ar.Errors, fmt.Sprintf("not in gold: [%s] %q / %s", tq.Kind, excerpt(a.Slice(tq.Span)), tq.Speaker))
			}
			continue
		}
		used[match] = true
		q := g.Quotes[match]
		switch {
		case tq.Kind == corpus.QuoteScare && q.speech():
			ar.Counts.ScareIsWord++
			ar.Errors = append(ar.Errors, fmt.Sprintf("scare, gold %s by %s: %q", q.Kind, goldSpeaker(q), q.Text))
		case tq.Kind == corpus.QuoteScare:
			// a scare quote rightly left unattributed
		case !q.speech():
			if tq.Speaker != "" {
				ar.Errors = append(ar.Errors, fmt.Sprintf("gold scare, tool %s by %s: %q", tq.Kind, tq.Speaker, q.Text))
			}
		default:
			located[match] = true
			if sameSpeaker(goldSpeaker(q), tq.Speaker) {
				right[match] = true
				if tq.Speaker != "" {
					ar.Counts.RightTool++
				}
			} else {
				ar.Errors = append(ar.Errors, fmt.Sprintf("speaker %q, gold %q (%s %s): %q", tq.Speaker, goldSpeaker(q), q.Kind, q.Verb, q.Text))
			}
		}
	}
	for i, q := range g.Quotes {
		switch {
		case q.speech():
			ar.Counts.Gold++
			if right[i] {
				ar.Counts.Found++
			}
			if located[i] {
				ar.Counts.Located++
			}
			if !used[i] {
				ar.Errors = append(ar.Errors, fmt.Sprintf("missed %s by %s (%s): %q", q.Kind, goldSpeaker(q), q.Verb, q.Text))
			}
		case q.Kind == corpus.QuoteScare:
			ar.Counts.GoldScare++
		}
	}
	for _, tq := range a.Quotes {
		if tq.Kind != corpus.QuoteScare {
			continue
		}
		for i, q := range g.Quotes {
			if q.Kind == corpus.QuoteScare && starts[i] >= tq.Span.Start-2 && starts[i] < tq.Span.End {
				ar.Counts.ScareFound++
				break
			}
		}
	}
	return ar, nil
}

// holdsPartial reports whether quote i is reported speech around the next
// quote, a partial quotation of the same speaker ('X said that Y is "a good
// person."'): the gold lists count that as one attribution, the partial.
func holdsPartial(qs []corpus.Quote, i int) bool {
	if i+1 >= len(qs) || qs[i].Kind != corpus.QuoteIndirect {
		return false
	}
	next := qs[i+1]
	return next.Kind == corpus.QuotePartial && next.Speaker == qs[i].Speaker && qs[i].Span.Contains(next.Span.Start)
}

func goldSpeaker(q GoldQuote) string {
	if q.RefersTo != "" {
		return q.RefersTo
	}
	return q.Speaker
}

// speakerWords are a speaker's lower-case words, possessive endings and
// short function words dropped.
func speakerWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(normQuotes(s)), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '\'')
	}) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
		switch w {
		case "", "the", "a", "an", "of", "s", "and", "for":
			continue
		}
		out = append(out, w)
	}
	return out
}

// sameSpeaker compares by the last word of either speaker: "Russian Foreign
// Minister Sergei Lavrov" and "Lavrov" are the same speaker.
func sameSpeaker(gold, tool string) bool {
	g, t := speakerWords(gold), speakerWords(tool)
	if len(g) == 0 || len(t) == 0 {
		return len(g) == 0 && len(t) == 0
	}
	return contains(t, g[len(g)-1]) || contains(g, t[len(t)-1])
}

func contains(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

func excerpt(s string) string {
	if r := []rune(s); len(r) > 60 {
		return string(r[:60]) + "…"
	}
	return s
}

// normQuotes folds the quotation marks and apostrophes of different
// typographies (curly, straight, the “ ” of tokenised research text).
func normQuotes(s string) string { return quoteFolder.Replace(s) }

var quoteFolder = strings.NewReplacer("``", `"`, "''", `"`, "“", `"`, "”", `"`, "‘", "'", "’", "'")

// normIndex finds gold words in an article's text whatever the spacing and
// the quotation marks: the gold lists of abp articles were written on the
// research corpus's tokenised text ("Iran ’ s", "“ nation ”"), the loader
// reads the original text.
type normIndex struct {
	norm []rune
	orig []int // byte offset in the article text of each rune of norm
}

func newNormIndex(text string) *normIndex {
	ix := &normIndex{}
	for i, r := range text {
		if nr, keep := normRune(r); keep {
			ix.norm = append(ix.norm, nr)
			ix.orig = append(ix.orig, i)
		}
	}
	return ix
}

func normRune(r rune) (rune, bool) {
	switch {
	case unicode.IsSpace(r) || r == '`':
		return 0, false
	case r == '“' || r == '”' || r == '"':
		return '"', true
	case r == '‘' || r == '’':
		return '\'', true
	}
	return unicode.ToLower(r), true
}

// find returns the byte offset in the article text where s starts, at or
// after the byte offset from, or -1.
func (ix *normIndex) find(s string, from int) int {
	var pat []rune
	for _, r := range normQuotes(s) {
		if nr, keep := normRune(r); keep {
			pat = append(pat, nr)
		}
	}
	// The tokenised text writes '' where the original has ", so a pattern
	// '' is a double mark too.
	pat = []rune(strings.ReplaceAll(string(pat), `''`, `"`))
	if len(pat) == 0 {
		return -1
	}
	start := sort.SearchInts(ix.orig, from)
	for i := start; i+len(pat) <= len(ix.norm); i++ {
		if ix.norm[i] != pat[0] {
			continue
		}
		ok := true
		for k := 1; k < len(pat); k++ {
			if ix.norm[i+k] != pat[k] {
				ok = false
				break
			}
		}
		if ok {
			return ix.orig[i]
		}
	}
	return -1
}

// WriteTable writes the scores per set and in total, with raw counts.
func (r *Result) WriteTable(w io.Writer) {
	fmt.Fprintln(w, "| set | attribution precision | recall (right speaker) | located (any speaker) | scare quotes found | tool scare quotes that are someone's words |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|")
	sets := make([]string, 0, len(r.BySet))
	for s := range r.BySet {
		sets = append(sets, s)
	}
	sort.Strings(sets)
	row := func(name string, c Counts) {
		fmt.Fprintf(w, "| %s | %.1f%% (%d/%d) | %.1f%% (%d/%d) | %.1f%% (%d/%d) | %d/%d | %d/%d |\n", name,
			100*c.Precision(), c.RightTool, c.Attributed, 100*c.Recall(), c.Found, c.Gold,
			100*ratio(c.Located, c.Gold), c.Located, c.Gold, c.ScareFound, c.GoldScare, c.ScareIsWord, c.ToolScare)
	}
	for _, s := range sets {
		row(s, r.BySet[s])
	}
	row("all", r.Total)
}

// WriteErrors lists every article's errors.
func (r *Result) WriteErrors(w io.Writer) {
	for _, a := range r.Articles {
		if len(a.Errors) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n## %s (%s, %s): P %d/%d R %d/%d\n", a.Gold.Source, a.Gold.Outlet, a.Gold.Set,
			a.Counts.RightTool, a.Counts.Attributed, a.Counts.Found, a.Counts.Gold)
		for _, e := range a.Errors {
			fmt.Fprintln(w, "- "+e)
		}
	}
}
