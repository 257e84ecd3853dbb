// Package htmleval scores a main-text extractor on saved web pages with
// hand-written expectations, the way trafilatura scores itself: a folder
// holds expected.json (page URL -> file, "with" and "without" snippets,
// optional metadata) and the pages under pages/. A "with" snippet found in
// the extracted text is a true positive, missed a false negative; a
// "without" snippet found is a false positive, absent a true negative; a
// page the extractor fails on misses every "with" snippet.
package htmleval

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/framediff/framediff/corpus"
)

// Page is one saved page handed to an extractor.
type Page struct {
	URL  string // the address the page was saved from
	Path string // the saved file: the folder given to Score joined with pages/<file>
}

// Extraction is what an extractor read from a page: the main text it
// scores, and the metadata compared with the page's expectations.
type Extraction struct {
	Text     string
	Title    string
	Sitename string
	Author   string
	Date     time.Time // zero when none was found
}

// Extractor reads one page. An error counts as an empty extraction.
type Extractor func(Page) (Extraction, error)

// Counts are the snippet outcomes summed over pages.
type Counts struct {
	TP, FN, FP, TN int
}

// Precision is TP / (TP + FP): how much of what was kept should have been.
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP / (TP + FN): how much of the main text was kept.
func (c Counts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of precision and recall, 2TP / (2TP + FP + FN).
func (c Counts) F1() float64 { return ratio(2*c.TP, 2*c.TP+c.FP+c.FN) }

// Accuracy is (TP + TN) over every snippet.
func (c Counts) Accuracy() float64 { return ratio(c.TP+c.TN, c.TP+c.TN+c.FP+c.FN) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// MetaCount is how many pages with a non-empty expectation for one field
// got exactly that value.
type MetaCount struct {
	Field          string
	Matched, Total int
}

// PageResult is the outcome on one page.
type PageResult struct {
	Page
	Counts
	Err    error    // the extractor's error, if any
	Missed []string // "with" snippets not found
	Kept   []string // "without" snippets found
}

// Result is the score over a folder.
type Result struct {
	Counts
	Pages  []PageResult
	Failed int // pages the extractor returned an error or no text for
	Meta   []MetaCount
}

// expectation is one entry of expected.json.
type expectation struct {
	File     string   `json:"file"`
	With     []string `json:"with"`
	Without  []string `json:"without"`
	Title    *string  `json:"title"`
	Date     *string  `json:"date"`
	Sitename *string  `json:"sitename"`
	Author   names    `json:"author"`
}

// names is a metadata value given as one string or, for several authors,
// a list, which compares as its items joined by "; ".
type names struct{ value *string }

// UnmarshalJSON accepts a string or a list of strings.
func (n *names) UnmarshalJSON(b []byte) error {
	var one string
	if err := json.Unmarshal(b, &one); err == nil {
		n.value = &one
		return nil
	}
	var list []string
	if err := json.Unmarshal(b, &list); err != nil {
		return errors.New("an author is neither a string nor a list of strings")
	}
	joined := strings.Join(list, "; ")
	n.value = &joined
	return nil
}

// Score runs extract on every page listed in dir's expected.json, in the
// order of their URLs, and sums the outcomes.
func Score(dir string, extract Extractor) (*Result, error) {
	b, err := os.ReadFile(filepath.Join(dir, "expected.json"))
	if err != nil {
		return nil, fmt.Errorf("reading the expectations: %w", err)
	}
	var want map[string]expectation
	if err := json.Unmarshal(b, &want); err != nil {
		return nil, fmt.Errorf("reading %s: %w", filepath.Join(dir, "expected.json"), err)
	}
	if len(want) == 0 {
		return nil, fmt.Errorf("%s lists no pages", filepath.Join(dir, "expected.json"))
	}
	urls := make([]string, 0, len(want))
	for u := range want {
		urls = append(urls, u)
	}
	sort.Strings(urls)
	res := &Result{}
	meta := map[string]*MetaCount{}
	fields := []string{"title", "sitename", "author", "date"}
	for _, f := range fields {
		meta[f] = &MetaCount{Field: f}
	}
	for _, u := range urls {
		e := want[u]
		if e.File == "" {
			return nil, fmt.Errorf("%s: the entry for %s names no file", filepath.Join(dir, "expected.json"), u)
		}
		p := Page{URL: u, Path: filepath.Join(dir, "pages", e.File)}
		got, err := extract(p)
		if err == nil && strings.TrimSpace(got.Text) == "" {
			err = errors.New("no text extracted")
		}
		pr := scorePage(p, e, got.Text, err)
		if err != nil {
			res.Failed++
			got = Extraction{}
		}
		res.Counts.TP += pr.TP
		res.Counts.FN += pr.FN
		res.Counts.FP += pr.FP
		res.Counts.TN += pr.TN
		res.Pages = append(res.Pages, pr)
		compareMeta(meta["title"], e.Title, got.Title)
		compareMeta(meta["sitename"], e.Sitename, got.Sitename)
		compareMeta(meta["author"], e.Author.value, got.Author)
		day := ""
		if !got.Date.IsZero() {
			day = got.Date.Format(time.DateOnly)
		}
		compareMeta(meta["date"], e.Date, day)
	}
	for _, f := range fields {
		res.Meta = append(res.Meta, *meta[f])
	}
	return res, nil
}

// scorePage tests one page's snippets against its extracted text.
func scorePage(p Page, e expectation, text string, err error) PageResult {
	pr := PageResult{Page: p, Err: err}
	if err != nil {
		// As in trafilatura's evaluation: a failed extraction misses
		// every "with" snippet and keeps none of the "without" ones.
		pr.FN, pr.TN = len(e.With), len(e.Without)
		pr.Missed = e.With
		return pr
	}
	norm := normalize(text)
	for _, s := range e.With {
		if strings.Contains(norm, normalize(s)) {
			pr.TP++
		} else {
			pr.FN++
			pr.Missed = append(pr.Missed, s)
		}
	}
	for _, s := range e.Without {
		if strings.Contains(norm, normalize(s)) {
			pr.FP++
			pr.Kept = append(pr.Kept, s)
		} else {
			pr.TN++
		}
	}
	return pr
}

// compareMeta counts one metadata field where the page expects a value.
func compareMeta(c *MetaCount, want *string, got string) {
	if want == nil || normalize(*want) == "" {
		return
	}
	c.Total++
	if normalize(*want) == normalize(got) {
		c.Matched++
	}
}

// normalize turns every run of whitespace into one space and trims the
// ends, as trafilatura's scoring does to both text and snippets.
func normalize(s string) string { return strings.Join(strings.Fields(s), " ") }

// WriteTable writes the score as a Markdown table, then the metadata
// matches.
func (r *Result) WriteTable(w io.Writer) error {
	c := r.Counts
	pages := len(r.Pages)
	_, err := fmt.Fprintf(w, "| pages | failed | precision | recall | F1 | accuracy | TP | FN | FP | TN |\n"+
		"|---|---|---|---|---|---|---|---|---|---|\n"+
		"| %d | %d | %.3f | %.3f | %.3f | %.3f | %d | %d | %d | %d |\n",
		pages, r.Failed, c.Precision(), c.Recall(), c.F1(), c.Accuracy(), c.TP, c.FN, c.FP, c.TN)
	if err != nil {
		return err
	}
	if len(r.Meta) == 0 {
		return nil
	}
	if _, err := fmt.Fprintf(w, "\n| metadata | matched | expected |\n|---|---|---|\n"); err != nil {
		return err
	}
	for _, m := range r.Meta {
		if _, err := fmt.Fprintf(w, "| %s | %d | %d |\n", m.Field, m.Matched, m.Total); err != nil {
			return err
		}
	}
	return nil
}

// String is the table WriteTable writes.
func (r *Result) String() string {
	var b strings.Builder
	_ = r.WriteTable(&b)
	return b.String()
}

// CorpusArticle is the extractor a framediff user gets: corpus.Load on the
// page file alone. The scored text is the whole Article.Text, headline
// and standfirst included, since that is what the analysis reads and the
// headline is part of an article's framing.
func CorpusArticle(p Page) (Extraction, error) {
	res, err := corpus.Load([]string{p.Path}, corpus.Options{})
	if err != nil {
		return Extraction{}, err
	}
	if len(res.Articles) != 1 {
		if len(res.Problems) > 0 {
			return Extraction{}, res.Problems[0]
		}
		return Extraction{}, fmt.Errorf("%s: %d articles loaded, want 1", p.Path, len(res.Articles))
	}
	a := res.Articles[0]
	return Extraction{Text: a.Text, Title: a.Title, Sitename: a.Outlet, Author: a.Byline, Date: a.Date}, nil
}
