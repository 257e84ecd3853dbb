// Package lexeval measures how well lexicon highlights cover the lexical
// bias spans that BASIL annotators marked (Fan et al. 2019): the share of
// "lex" spans that some highlight overlaps, per highlight category and
// overall. It is a recall baseline; BASIL marks only bias aimed at a
// target, so highlights outside its spans are not necessarily wrong.
package lexeval

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/framediff/framediff/lexicon"
)

// Highlighting are the categories that highlight wording: actor names and
// frame cues mark topics, not loaded words, so they do not count.
var Highlighting = []lexicon.Category{lexicon.Naming, lexicon.Evaluative, lexicon.Attribution, lexicon.Distancing, lexicon.Hedging}

// Row is the coverage of one highlight category ("any" for all of them).
type Row struct {
	Category string
	// Covered is how many lex spans a highlight of this category overlaps.
	Covered int
	// Highlights counts the category's matches in annotated articles, and
	// InLex those that overlap some lex span.
	Highlights, InLex int
}

// Table is the outcome of a run.
type Table struct {
	Articles  int // annotated articles read
	Sentences int // sentences matched (titles included)
	LexSpans  int // lex spans with a valid position
	Skipped   int // annotations pointing outside their sentence
	Rows      []Row
}

type article struct {
	UUID       string     `json:"uuid"`
	Title      string     `json:"title"`
	Paragraphs [][]string `json:"body-paragraphs"`
}

type annotation struct {
	UUID    string `json:"uuid"`
	Phrases []struct {
		ID    string `json:"id"`
		Start int    `json:"start"`
		End   int    `json:"end"`
		Bias  string `json:"bias"`
	} `json:"phrase-level-annotations"`
}

// runeSpan is a half-open range of code points within one sentence.
type runeSpan struct{ start, end int }

func (a runeSpan) overlaps(b runeSpan) bool { return a.start < b.end && b.start < a.end }

// Run reads dir (articles/<year>/*.json and annotations/<year>/*_ann.json,
// linked by uuid) and matches every sentence of every annotated article
// with the English matcher of set.
func Run(dir string, set *lexicon.Set) (Table, error) {
	var t Table
	articles := map[string]*article{}
	paths, err := filepath.Glob(filepath.Join(dir, "articles", "*", "*.json"))
	if err != nil {
		return t, fmt.Errorf("lexeval: %w", err)
	}
	for _, p := range paths {
		var a article
		if err := readJSON(p, &a); err != nil {
			return t, err
		}
		articles[a.UUID] = &a
	}
	anns, err := filepath.Glob(filepath.Join(dir, "annotations", "*", "*_ann.json"))
	if err != nil {
		return t, fmt.Errorf("lexeval: %w", err)
	}
	if len(anns) == 0 {
		return t, fmt.Errorf("lexeval: no annotations/<year>/*_ann.json under %s", dir)
	}
	sort.Strings(anns)
	m := set.For("english")
	cats := append([]string{"any"}, categoryNames()...)
	rows := map[string]*Row{}
	for _, c := range cats {
		rows[c] = &Row{Category: c}
	}
	for _, p := range anns {
		var ann annotation
		if err := readJSON(p, &ann); err != nil {
			return t, err
		}
		a := articles[ann.UUID]
		if a == nil {
			return t, fmt.Errorf("lexeval: %s: no article with uuid %q", p, ann.UUID)
		}
		t.Articles++
		sentences := map[string]string{"title": a.Title}
		n := 0
		for _, para := range a.Paragraphs {
			for _, s := range para {
				sentences["p"+strconv.Itoa(n)] = s
				n++
			}
		}
		// The lex spans of each sentence.
		lex := map[string][]runeSpan{}
		for _, ph := range ann.Phrases {
			if ph.Bias != "lex" {
				continue
			}
			s, ok := sentences[ph.ID]
			if !ok || ph.Start < 0 || ph.End <= ph.Start || ph.End > utf8.RuneCountInString(s) {
				t.Skipped++
				continue
			}
			lex[ph.ID] = append(lex[ph.ID], runeSpan{ph.Start, ph.End})
			t.LexSpans++
		}
		ids := make([]string, 0, len(sentences))
		for id := range sentences {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		for _, id := range ids {
			s := sentences[id]
			t.Sentences++
			spans := lex[id]
			covered := make([]map[string]bool, len(spans))
			for i := range covered {
				covered[i] = map[string]bool{}
			}
			for _, mt := range m.Match(s) {
				cat := string(mt.Category)
				if rows[cat] == nil {
					continue // actor and frame
				}
				h := runeSpan{utf8.RuneCountInString(s[:mt.Start]), utf8.RuneCountInString(s[:mt.End])}
				rows[cat].Highlights++
				rows["any"].Highlights++
				in := false
				for i, sp := range spans {
					if h.overlaps(sp) {
						covered[i][cat], covered[i]["any"], in = true, true, true
					}
				}
				if in {
					rows[cat].InLex++
					rows["any"].InLex++
				}
			}
			for _, c := range covered {
				for cat := range c {
					rows[cat].Covered++
				}
			}
		}
	}
	for _, c := range cats {
		t.Rows = append(t.Rows, *rows[c])
	}
	return t, nil
}

func categoryNames() []string {
	out := make([]string, len(Highlighting))
	for i, c := range Highlighting {
		out[i] = string(c)
	}
	return out
}

func readJSON(path string, v any) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("lexeval: %w", err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("lexeval: %s: %w", path, err)
	}
	return nil
}

// Write renders the table as plain text: per category, the lex spans it
// covers (count and share) and how many of its highlights fall in a lex span.
func (t Table) Write(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "category\tlex spans covered\tshare\thighlights\tin a lex span\t\n")
	for _, r := range t.Rows {
		fmt.Fprintf(tw, "%s\t%d/%d\t%s\t%d\t%s\t\n", r.Category, r.Covered, t.LexSpans, pct(r.Covered, t.LexSpans), r.Highlights, pct(r.InLex, r.Highlights))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "%s, %s, %s (%d skipped: outside their sentence)\n",
		counted(t.Articles, "article"), counted(t.Sentences, "sentence"), counted(t.LexSpans, "lex span"), t.Skipped)
	return err
}

// counted writes n with its noun, singular for one, so a one-article table
// does not read "1 articles".
func counted(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// String is Write to a string.
func (t Table) String() string {
	var b strings.Builder
	_ = t.Write(&b)
	return b.String()
}

func pct(n, d int) string {
	if d == 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f%%", 100*float64(n)/float64(d))
}
