package corpus

import (
	"strings"
	"time"

	"golang.org/x/text/unicode/norm"

	"github.com/framediff/framediff/text"
)

// document is an input after cleaning and before structure: the unit that
// near-duplicate folding merges.
type document struct {
	source     string
	id         string
	outlet     string
	outletFrom Provenance
	title      string
	titleFrom  Provenance
	// titleRemoved is the cleaner's titleRemoved for a title from the
	// layout.
	titleRemoved string
	standfirst   string
	byline       string
	date         time.Time
	dateFrom     Provenance
	url          string
	language     string
	langFrom     Provenance
	body         []string
	// shingles, when not nil, is body's shingle set, made by the cleaner
	// from the words it had split; a change to body must drop it.
	shingles []uint64
	removed  []Removed
	warnings []string
	rawBytes int
	// packed, when packed.n > 0, is where the shelf's spill holds body
	// and removed packed (see packDocument), which are then nil;
	// packedRemoved is removedBytes of the unpacked document.
	packed        blobRef
	packedRemoved int
	// meta, when meta.n > 0, is where a shelf's spill holds the metadata
	// of a packed document, which then keeps only its source, outlet and
	// packing (see shelve).
	meta blobRef
}

// dropLayoutTitle is for a document whose metadata names another headline
// than the line the cleaner took for one: that line goes back where it came
// from (the body's first line, or the removed text when only its place made
// it a headline), and the standfirst found under it is body again.
func (d *document) dropLayoutTitle() {
	var lead []string
	if d.titleRemoved != "" {
		d.removed = append([]Removed{{Text: d.title, Reason: d.titleRemoved}}, d.removed...)
	} else {
		lead = append(lead, d.title)
	}
	if d.standfirst != "" {
		lead = append(lead, d.standfirst)
		d.standfirst = ""
	}
	d.title, d.titleFrom, d.titleRemoved = "", FromNone, ""
	if len(lead) == 0 {
		return
	}
	d.body = append(lead, d.body...)
	d.shingles = nil
	if d.langFrom == FromDetected {
		// Detected in the shorter body: applyContext detects it again in
		// this one.
		d.language, d.langFrom = "", FromNone
	}
}

// setOutlet records an outlet if none of higher precedence is set. Order:
// flag > manifest > header/record/html meta > folder > page text.
func (d *document) setOutlet(name string, from Provenance) {
	// A folder's or a flag's name is untrusted text like an article's.
	name = NormalizeOutlet(text.SanitizeLine(name))
	if name == "" {
		return
	}
	if rank(from) > rank(d.outletFrom) || d.outlet == "" {
		d.outlet, d.outletFrom = name, from
	}
}

func rank(p Provenance) int {
	switch p {
	case FromFlag:
		return 6
	case FromManifest:
		return 5
	case FromHeader, FromRecord, FromHTMLMeta:
		return 4
	case FromFolder:
		return 3
	case FromPageText:
		return 2
	case FromLayout:
		return 1
	}
	return 0
}

// NormalizeOutlet folds case-insensitive spacing variants of an outlet name
// to one spelling: trimmed, single spaces. Case is kept as written; two
// names that differ only in case compare equal through OutletKey.
func NormalizeOutlet(s string) string { return strings.Join(strings.Fields(s), " ") }

// OutletKey is the comparison key of an outlet name. Lower-casing can
// undo a composition ("Y" and a combining ring have no composed capital,
// "y" and the ring do), so the key is composed again after it: a key read
// back from a file written with it is the same key.
func OutletKey(s string) string { return norm.NFC.String(strings.ToLower(NormalizeOutlet(s))) }

// Article builds the structured article: Text holds the headline and
// standfirst (when known) as its first paragraphs, then the body, so that
// framing sees the outlet's own words in all three at one set of offsets.
func (d *document) article() *Article {
	a := d.plainArticle()
	a.Sentences = splitSentences(a.Text, a.Paragraphs)
	a.Quotes = findQuotes(a.Text, a.Paragraphs, a.Sentences)
	return a
}

// plainArticle is article without the structure (sentences, quotations),
// which is its costly part: what story grouping reads.
func (d *document) plainArticle() *Article {
	a := &Article{
		ID: d.id, Source: d.source, Sources: []string{d.source},
		Outlet: d.outlet, OutletFrom: d.outletFrom,
		Title: d.title, TitleFrom: d.titleFrom, Standfirst: d.standfirst,
		Byline: d.byline, Date: d.date, DateFrom: d.dateFrom, URL: d.url,
		Language: d.language, LanguageFrom: d.langFrom,
		Removed: d.removed, Warnings: d.warnings,
		Opinion: opinionOf(d.url, d.title),
	}
	if a.Language == "" {
		a.Language, a.LanguageFrom = "english", FromNone
	}
	var b strings.Builder
	size := len(d.title) + len(d.standfirst) + 4
	for _, p := range d.body {
		size += len(p) + 2
	}
	b.Grow(size)
	a.Paragraphs = make([]Span, 0, len(d.body)+2)
	add := func(s string) Span {
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		st := b.Len()
		b.WriteString(s)
		sp := Span{st, b.Len()}
		a.Paragraphs = append(a.Paragraphs, sp)
		return sp
	}
	if d.title != "" {
		a.TitleSpan = add(d.title)
	}
	if d.standfirst != "" {
		a.StandfirstSpan = add(d.standfirst)
	}
	for _, p := range d.body {
		add(p)
	}
	a.Text = b.String()
	return a
}

// Meta is what a caller already knows about an article built with
// FromParagraphs.
type Meta struct {
	ID, Source, Outlet, Title, URL, Language string
	Date                                     time.Time
	From                                     Provenance // where Outlet, Title and Date came from
}

// FromParagraphs builds an article from text that is already clean (a
// research corpus, an extractor's output): it is sanitized and structured,
// but not run through the chrome classifier, so no paragraph is dropped.
func FromParagraphs(m Meta, paragraphs []string) *Article {
	line := text.SanitizeLine
	d := &document{id: line(m.ID), source: line(m.Source), url: line(m.URL), date: m.Date, dateFrom: m.From, language: line(m.Language), langFrom: m.From}
	if m.Title != "" {
		t, _ := text.Sanitize([]byte(m.Title))
		d.title, d.titleFrom = strings.Join(strings.Fields(t), " "), m.From
	}
	d.setOutlet(m.Outlet, m.From)
	for _, p := range paragraphs {
		s, rep := text.Sanitize([]byte(p))
		d.warnings = append(d.warnings, rep.Warnings()...)
		if s = strings.Join(strings.Fields(s), " "); s != "" {
			d.body = append(d.body, s)
		}
	}
	return d.article()
}
