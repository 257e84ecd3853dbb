// Package report renders a framing.Comparison as Markdown, JSON, HTML or
// CSV. It computes nothing: every number comes from framing.
package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
	"github.com/framediff/framediff/internal/atomicfile"
	"github.com/framediff/framediff/text"
)

// SchemaVersion is the version of the JSON report schema (docs/report-schema.md).
// It changes when a field is removed or changes meaning; new fields do not
// change it.
const SchemaVersion = 2

// Formats are the report formats Write understands.
var formats = []string{"md", "json", "html", "csv"}

// Formats lists the report formats.
func Formats() []string { return append([]string(nil), formats...) }

// Input is what a report describes: the comparison and how the corpus was read.
type Input struct {
	Comparison *framing.Comparison
	// Corpus says what was loaded ("embedded demo corpus", a path list).
	Corpus string
	// Load is the load result, for the skipped-inputs section.
	Load *corpus.Result
	// Lexicon describes the rule files used.
	Lexicon string
}

// Write renders the report in a format: md, json, html or csv.
func Write(w io.Writer, in Input, format string) error {
	// The corpus and lexicon descriptions name the user's paths, which are
	// untrusted text like the articles.
	in.Corpus, in.Lexicon = text.SanitizeLine(in.Corpus), text.SanitizeLine(in.Lexicon)
	switch strings.ToLower(format) {
	case "md", "markdown":
		return writeMarkdown(w, in)
	case "json":
		return writeJSON(w, in)
	case "html":
		return writeHTML(w, in)
	case "csv":
		return writeCSV(w, in)
	}
	return CheckFormat(format)
}

// CheckFormat returns nil for a format Write understands and otherwise an
// error listing the formats, so a command can refuse it before any work and
// WriteFile before making a file.
func CheckFormat(format string) error {
	switch strings.ToLower(format) {
	case "md", "markdown", "json", "html", "csv":
		return nil
	}
	return fmt.Errorf("unknown report format %q (known: %s)", format, strings.Join(formats, ", "))
}

// WriteFile renders the report into path atomically (see atomicfile.Write):
// a reader never sees half a report, a failed or interrupted run leaves any
// earlier report intact and no temporary file, and path is refused when it
// is one of inputs, the files the run read. The report streams into the
// temporary file, so a report of hundreds of megabytes never sits whole in
// memory.
func WriteFile(path string, in Input, format string, inputs []string) error {
	if err := CheckFormat(format); err != nil {
		return err
	}
	return atomicfile.WriteStream(path, "the report", inputs, func(w io.Writer) error { return Write(w, in, format) })
}

// ArticleMeta is an article's metadata as reports show it.
type ArticleMeta struct {
	ID         string   `json:"id"`
	Outlet     string   `json:"outlet"`
	OutletFrom string   `json:"outlet_from"`
	Title      string   `json:"title"`
	Standfirst string   `json:"standfirst,omitempty"`
	Byline     string   `json:"byline,omitempty"`
	Date       string   `json:"date,omitempty"`
	DateFrom   string   `json:"date_from,omitempty"`
	URL        string   `json:"url,omitempty"`
	Language   string   `json:"language"`
	Words      int      `json:"words"`
	Sources    []string `json:"sources"`
	Removed    int      `json:"removed_blocks"`
	Warnings   []string `json:"warnings,omitempty"`
	// LexiconNote says the article's language has no rules, so it has no
	// highlights.
	LexiconNote string `json:"lexicon_note,omitempty"`
	// Opinion says why the article is an opinion piece, "" for news.
	Opinion string `json:"opinion,omitempty"`
	// Text is the cleaned text that every byte offset of the report
	// indexes; the headline is its first paragraph, at TitleSpan.
	Text       string              `json:"text"`
	TitleSpan  corpus.Span         `json:"title_span"`
	Quotations []framing.Quotation `json:"quotations"`
}

// OpinionNote says in a sentence that an article is an opinion piece and
// what that means for its figures: "an opinion piece (its address is in an
// opinion section (/opinion/)), by Jane Roe: its words are its author's
// opinion, counted here as the outlet's own voice".
func OpinionNote(m ArticleMeta) string {
	s := "an opinion piece (" + m.Opinion + ")"
	if m.Byline != "" {
		s += ", by " + m.Byline
	}
	return s + ": its words are its author's opinion, counted here as the outlet's own voice"
}

func metas(c *framing.Comparison) []ArticleMeta {
	out := make([]ArticleMeta, 0, len(c.Articles))
	for _, an := range c.Articles {
		a := an.Article
		m := ArticleMeta{ID: a.ID, Outlet: an.Outlet, OutletFrom: string(a.OutletFrom), Title: a.Title, Standfirst: a.Standfirst,
			Byline: a.Byline, URL: a.URL, Language: a.Language, Words: an.Words, Sources: a.Sources, Removed: len(a.Removed), Warnings: a.Warnings,
			Text: a.Text, TitleSpan: a.TitleSpan, Quotations: an.Quotations, LexiconNote: an.LexiconNote, Opinion: a.Opinion}
		if m.Quotations == nil {
			m.Quotations = []framing.Quotation{}
		}
		if !a.Date.IsZero() {
			m.Date, m.DateFrom = a.Date.Format("2006-01-02"), string(a.DateFrom)
		}
		out = append(out, m)
	}
	return out
}

func skipped(r *corpus.Result) []string {
	out := []string{}
	if r == nil {
		return out
	}
	for _, p := range r.Problems {
		out = append(out, p.Error())
	}
	return out
}

// writeJSON writes the versioned JSON document (docs/report-schema.md) a
// field at a time, and the long lists an element at a time.
func writeJSON(w io.Writer, in Input) error {
	c := in.Comparison
	o := newJSONObject(w)
	o.field("schema", "framediff-report")
	o.field("schema_version", SchemaVersion)
	o.field("corpus", in.Corpus)
	o.field("lexicon", in.Lexicon)
	o.field("outlets", nonNilS(c.Outlets))
	arrayField(o, "articles", metas(c))
	o.field("skipped", skipped(in.Load))
	arrayField(o, "differences", nonNilS(c.Differences))
	arrayField(o, "naming", nonNilS(c.Naming))
	arrayField(o, "voices", nonNilS(c.Voices))
	arrayField(o, "claims", nonNilS(c.Claims))
	arrayField(o, "acts", nonNilS(c.Acts))
	arrayField(o, "actors", nonNilS(c.Actors))
	arrayField(o, "evaluations", nonNilS(c.Evaluations))
	arrayField(o, "unique_content", nonNilS(c.Unique))
	arrayField(o, "keyness", nonNilS(c.Keyness))
	arrayField(o, "keyness_pairwise", nonNilS(c.Pairwise))
	hits := map[string][]framing.Hit{}
	for _, an := range c.Articles {
		hits[an.Article.ID] = nonNilS(an.Hits)
	}
	mapOfArraysField(o, "hits", hits)
	return o.end()
}

// nonNilS is s, or an empty slice for nil, which JSON writes as [] rather
// than null.
func nonNilS[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// shownActors is how many actors the Markdown and HTML tables show; JSON
// carries them all.
const shownActors = 15

// presence ends a Markdown table row with each outlet's count of
// sentences, or "absent".
func presence(p func(string, ...any), present map[string][]framing.Evidence, outlets []string) {
	for _, o := range outlets {
		if n := len(present[o]); n > 0 {
			p(" present (%d) |", n)
		} else {
			p(" absent |")
		}
	}
	p("\n")
}

// labelLegend says what an actor's label tables count, in every format.
const labelLegend = `Each cell counts uses in the outlet's own words / paraphrase / quoted / scare quotes (- for none). ` +
	`"Named as" rows are how an outlet names the actor; "Part or group" rows are a part of the actor or a group it is in ` +
	`("Russian officials" of Russia, "those countries"): what the outlet mentions, not what it calls the actor.`

// mdLabelTable writes one of an actor's label tables, a row per label and
// a column per outlet.
func mdLabelTable(p func(string, ...any), title string, t framing.LabelTable, outlets []string) {
	p("| %s |", title)
	for _, o := range outlets {
		p(" %s |", mdEscape(o))
	}
	p("\n|---|%s\n", strings.Repeat("---|", len(outlets)))
	for _, l := range t.Labels {
		p("| %s |", mdEscape(l))
		for _, o := range outlets {
			if vc := t.Counts[o][l]; vc != nil {
				p(" %d / %d / %d / %d |", vc.Own, vc.Paraphrase, vc.Quoted, vc.Scare)
			} else {
				p(" - |")
			}
		}
		p("\n")
	}
	p("\n")
}

// mdEscape keeps article text from being read as Markdown or HTML markup.
func mdEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '#':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '\n':
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// snippet is s with its white space collapsed, cut to n characters (the
// last an ellipsis) when longer. It reads only as far as it shows, so a
// sentence of megabytes (an article with no full stop) costs no more than
// a short one.
func snippet(s string, n int) string {
	var b strings.Builder
	kept := make([]rune, 0, n+1) // the first n+1 characters, as []rune(s) would read them
	for w := range strings.FieldsSeq(s) {
		if b.Len() > 0 {
			b.WriteByte(' ')
			kept = append(kept, ' ')
		}
		b.WriteString(w)
		for _, r := range w {
			if len(kept) > n {
				break
			}
			kept = append(kept, r)
		}
		if len(kept) > n {
			return string(kept[:n-1]) + "…"
		}
	}
	return b.String()
}

func writeMarkdown(w io.Writer, in Input) error {
	c := in.Comparison
	var b strings.Builder
	p := func(format string, a ...any) { fmt.Fprintf(&b, format, a...) }
	p("# framediff report\n\n")
	p("Corpus: %s. Outlets compared: %s. Lexicon: %s.\n\n", mdEscape(in.Corpus), mdEscape(strings.Join(c.Outlets, ", ")), mdEscape(in.Lexicon))
	p("## Articles\n\n| # | Outlet (from) | Headline | Date | Words | Sources |\n|---|---|---|---|---|---|\n")
	for i, m := range metas(c) {
		from := m.OutletFrom
		if from == "" {
			from = "unknown"
		}
		p("| %d | %s (%s) | %s | %s | %d | %s |\n", i+1, mdEscape(m.Outlet), from, mdEscape(orDash(m.Title)), orDash(m.Date), m.Words, mdEscape(strings.Join(m.Sources, ", ")))
	}
	for i, m := range metas(c) {
		if m.LexiconNote != "" {
			p("\nArticle %d (%s): %s.\n", i+1, mdEscape(m.Outlet), mdEscape(m.LexiconNote))
		}
		if m.Opinion != "" {
			p("\nArticle %d (%s): %s.\n", i+1, mdEscape(m.Outlet), mdEscape(OpinionNote(m)))
		}
	}
	if sk := skipped(in.Load); len(sk) > 0 {
		p("\nSkipped inputs:\n\n")
		for _, s := range sk {
			p("- %s\n", mdEscape(s))
		}
	}
	p("\n## Differences, ranked\n\n")
	if len(c.Differences) == 0 {
		p("No differences found (fewer than two outlets, or nothing the lexicon marks).\n")
	}
	for i, d := range c.Differences {
		p("%d. **%s** (salience %.2f): %s\n", i+1, d.Kind, d.Salience, mdEscape(d.Summary))
		shown := c.OnePerSentence(d.Evidence, 5)
		for _, e := range shown {
			p("   - %s, %s: \"%s\"\n", mdEscape(e.Outlet), mdEscape(e.Voice.String()), mdEscape(snippet(c.Excerpt(e).Text, 160)))
		}
		if len(d.Evidence) > len(shown) {
			p("   - (%d pieces of evidence in all)\n", len(d.Evidence))
		}
	}
	p("\n## Naming (uses in the outlet's own words / paraphrase / quoted / scare quotes)\n\n")
	for _, row := range c.Naming {
		p("### %s\n\n| Variant |", mdEscape(row.Concept))
		for _, o := range c.Outlets {
			p(" %s |", mdEscape(o))
		}
		p("\n|---|%s\n", strings.Repeat("---|", len(c.Outlets)))
		for _, v := range row.Variants {
			p("| %s (`%s`) |", mdEscape(v.Label), v.RuleID)
			for _, o := range c.Outlets {
				vc := row.Counts[o][v.RuleID]
				p(" %d / %d / %d / %d |", vc.Own, vc.Paraphrase, vc.Quoted, vc.Scare)
			}
			p("\n")
		}
		p("\n")
	}
	p("## Actors and their labels (own words / paraphrase / quoted / scare quotes)\n\n")
	p("%s\n\n", labelLegend)
	shown := c.ShownActors(shownActors)
	if len(shown) == 0 {
		p("No actor is named by two or more outlets.\n\n")
	}
	for _, a := range shown {
		p("### %s (%s", mdEscape(a.Name), a.Kind)
		if a.Affiliation != "" && a.Affiliation != a.Name {
			p(", for %s", mdEscape(a.Affiliation))
		}
		p(", %d mentions)\n\n", len(a.Mentions))
		naming, parts := c.LabelTables(&a)
		if len(naming.Labels) == 0 {
			p("No outlet names %s itself: every mention is of a part of it or a group it is in.\n\n", mdEscape(a.Name))
		} else {
			mdLabelTable(p, "Named as", naming, c.Outlets)
		}
		if len(parts.Labels) > 0 {
			p("Parts and groups mentioned:\n\n")
			mdLabelTable(p, "Part or group", parts, c.Outlets)
		}
	}
	p("## Voices (quotations and paraphrases; words)\n\n| Actor group or affiliation |")
	for _, o := range c.Outlets {
		p(" %s |", mdEscape(o))
	}
	p("\n|---|%s\n", strings.Repeat("---|", len(c.Outlets)))
	for _, row := range c.Voices {
		p("| %s |", mdEscape(row.Label))
		for _, o := range c.Outlets {
			p(" %d (%d words) |", row.Quotes[o], row.Words[o])
		}
		p("\n")
	}
	p("\n## Speech acts (sentences carrying each act)\n\n")
	if len(c.Acts) == 0 {
		p("None found.\n")
	} else {
		p("| Act | Speakers |")
		for _, o := range c.Outlets {
			p(" %s |", mdEscape(o))
		}
		p("\n|---|---|%s\n", strings.Repeat("---|", len(c.Outlets)))
		for _, cl := range c.Acts {
			p("| %s | %s |", mdEscape(cl.Label), mdEscape(strings.Join(cl.Speakers, "; ")))
			presence(p, cl.Present, c.Outlets)
		}
	}
	p("\n## Claims (from claim rules)\n\n")
	if len(c.Claims) == 0 {
		p("None: no claim rules loaded (see examples/claims-iran-russia-drones.toml).\n")
	} else {
		p("| Claim |")
		for _, o := range c.Outlets {
			p(" %s |", mdEscape(o))
		}
		p("\n|---|%s\n", strings.Repeat("---|", len(c.Outlets)))
		for _, row := range c.Claims {
			p("| %s (`%s`) |", mdEscape(row.Label), mdEscape(row.RuleID))
			presence(p, row.Present, c.Outlets)
		}
	}
	p("\n## Content only one outlet carries\n\n")
	if len(c.Unique) == 0 {
		p("None.\n")
	}
	for _, g := range c.Unique {
		noun := "sentences"
		if len(g.Sentences) == 1 {
			noun = "sentence"
		}
		p("- %s, %s: %d %s\n", mdEscape(g.Outlet), mdEscape(g.Voice), len(g.Sentences), noun)
	}
	p("\n## Keyness (each outlet against the rest)\n\n")
	for _, kt := range c.Keyness {
		p("### %s (%d words; rest %d)\n\n", mdEscape(kt.Outlet), kt.Words, kt.RestWords)
		if kt.Warning != "" {
			p("> Warning: %s.\n\n", mdEscape(kt.Warning))
		}
		p("| Word | Count | Rest | z (Fightin' Words) | G2 | p | Log Ratio |\n|---|---|---|---|---|---|---|\n")
		for i, t := range kt.Terms {
			if i == 10 {
				break
			}
			p("| %s | %d | %d | %.2f | %.2f | %s | %.2f |\n", mdEscape(t.Term), t.Count, t.RestCount, t.Z, t.G2, t.P, t.LogRatio)
		}
		p("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// csvSafe defuses spreadsheet formula injection: a cell starting with = + -
// @ would run as a formula when a researcher opens the CSV.
func csvSafe(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

func writeCSV(w io.Writer, in Input) error {
	c := in.Comparison
	cw := csv.NewWriter(w)
	if err := cw.Write([]string{"rank", "kind", "salience", "outlets", "summary", "evidence_count", "first_evidence"}); err != nil {
		return err
	}
	for i, d := range c.Differences {
		first := ""
		if len(d.Evidence) > 0 {
			first = snippet(c.Excerpt(d.Evidence[0]).Text, 300)
		}
		rec := []string{strconv.Itoa(i + 1), string(d.Kind), strconv.FormatFloat(d.Salience, 'f', 2, 64), csvSafe(strings.Join(d.Outlets, "; ")),
			csvSafe(d.Summary), strconv.Itoa(len(d.Evidence)), csvSafe(first)}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
