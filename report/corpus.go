package report

import (
	"encoding/csv"
	"fmt"
	"html/template"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
	"github.com/framediff/framediff/internal/atomicfile"
	"github.com/framediff/framediff/lexicon"
	"github.com/framediff/framediff/text"
)

// CorpusInput is a corpus report: every comparable story (index, top
// differences, counts) and the per-outlet profile.
type CorpusInput struct {
	Corpus  string
	Lexicon string
	Stories []framing.CorpusStory
	Profile *framing.Profile
	Load    *corpus.Result
}

// CorpusSchemaVersion is the version of the corpus report's JSON.
const CorpusSchemaVersion = 1

// WriteCorpus renders a corpus report as md, json, html or csv.
func WriteCorpus(w io.Writer, in CorpusInput, format string) error {
	if err := CheckFormat(format); err != nil {
		return err
	}
	in.Corpus, in.Lexicon = text.SanitizeLine(in.Corpus), text.SanitizeLine(in.Lexicon)
	switch strings.ToLower(format) {
	case "json":
		// a field at a time and a story at a time, as writeJSON
		o := newJSONObject(w)
		o.field("schema", "framediff-corpus-report")
		o.field("schema_version", CorpusSchemaVersion)
		o.field("corpus", in.Corpus)
		o.field("lexicon", in.Lexicon)
		o.field("skipped", skipped(in.Load))
		arrayField(o, "stories", nonNilS(in.Stories))
		o.field("profile", in.Profile)
		return o.end()
	case "csv":
		return writeCorpusCSV(w, in)
	case "html":
		return corpusHTML.Execute(w, corpusPage(in))
	default:
		return writeCorpusMarkdown(w, in)
	}
}

// WriteCorpusFile streams a corpus report into path atomically, refusing
// to write over any of inputs (as WriteFile).
func WriteCorpusFile(path string, in CorpusInput, format string, inputs []string) error {
	if err := CheckFormat(format); err != nil {
		return err
	}
	return atomicfile.WriteStream(path, "the report", inputs, func(w io.Writer) error { return WriteCorpus(w, in, format) })
}

// writeCorpusMarkdown writes the index, each story's top differences and
// the profile.
func writeCorpusMarkdown(w io.Writer, in CorpusInput) error {
	var b strings.Builder
	p := func(format string, a ...any) { fmt.Fprintf(&b, format, a...) }
	p("# framediff corpus report\n\nCorpus: %s. Lexicon: %s. %d stories covered by two or more outlets.\n\n", mdEscape(in.Corpus), mdEscape(in.Lexicon), len(in.Stories))
	if sk := skipped(in.Load); len(sk) > 0 {
		p("Skipped inputs:\n\n")
		for _, s := range sk {
			p("- %s\n", mdEscape(s))
		}
		p("\n")
	}
	p("## Stories\n\n| # | Date | Outlets | Articles | Headline |\n|---|---|---|---|---|\n")
	for _, s := range in.Stories {
		p("| [%d](#story-%d) | %s | %s | %d | %s |\n", s.Number, s.Number, orDash(s.Date), mdEscape(strings.Join(s.Outlets, ", ")), s.Articles, mdEscape(orDash(s.Headline)))
	}
	if len(in.Stories) == 0 {
		p("No story is covered by two or more outlets; the profile below covers none.\n")
	}
	for _, s := range in.Stories {
		p("\n## Story %d\n<a id=\"story-%d\"></a>\n\n%s · %s · %d articles: %s\n\n", s.Number, s.Number, mdEscape(orDash(s.Headline)), orDash(s.Date), s.Articles, mdEscape(strings.Join(s.Outlets, ", ")))
		if len(s.Differences) == 0 {
			p("No differences found.\n")
		}
		for i, d := range s.Differences {
			p("%d. **%s** (salience %.2f): %s\n", i+1, d.Kind, d.Salience, mdEscape(d.Summary))
		}
	}
	p("\n")
	if _, err := io.WriteString(w, b.String()); err != nil {
		return err
	}
	return writeProfileMarkdown(w, ProfileInput{Profile: in.Profile, Corpus: in.Corpus, Lexicon: in.Lexicon})
}

// writeCorpusCSV writes one row per story x outlet x measure x voice, with
// its count and denominator, so R and pandas pivot it directly.
func writeCorpusCSV(w io.Writer, in CorpusInput) error {
	cw := csv.NewWriter(w)
	if err := cw.Write([]string{"story", "date", "outlet", "measure", "voice", "count", "denominator"}); err != nil {
		return err
	}
	for _, s := range in.Stories {
		for _, c := range s.Counts {
			rec := []string{strconv.Itoa(s.Number), s.Date, csvSafe(c.Outlet), c.Measure, c.Voice, strconv.Itoa(c.Count), strconv.Itoa(c.Denominator)}
			if err := cw.Write(rec); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// chartBar is one bar of an inline SVG chart.
type chartBar struct {
	Label        string
	Value        float64
	Text         string
	Y, W, TextY  int
	Second       float64 // a second value drawn after the first (omitted claims)
	SecondX, SW  int
	SecondColour string
}

// chart is an inline SVG bar chart: no script, no network.
type chart struct {
	Title         string
	Height, Width int
	Bars          []chartBar
}

// corpusView is what the HTML template reads.
type corpusView struct {
	In     CorpusInput
	Charts []chart
}

// corpusPage prepares the charts: evaluative words per 10,000 words in
// each outlet's own words, quotations per 10,000 words, and acts and
// claims carried against omitted.
func corpusPage(in CorpusInput) corpusView {
	v := corpusView{In: in}
	if in.Profile == nil {
		return v
	}
	outlets := in.Profile.SortedOutlets()
	per10k := func(title string, value func(o *framing.OutletProfile) (float64, string)) chart {
		c := chart{Title: title, Width: 640}
		maxV := 0.0
		for _, o := range outlets {
			val, _ := value(o)
			maxV = max(maxV, val)
		}
		for i, o := range outlets {
			val, label := value(o)
			w := 0
			if maxV > 0 {
				w = int(360 * val / maxV)
			}
			c.Bars = append(c.Bars, chartBar{Label: o.Outlet, Value: val, Text: label, Y: 24 * i, W: w, TextY: 24*i + 15})
		}
		c.Height = 24*len(outlets) + 8
		return c
	}
	v.Charts = append(v.Charts, per10k("Evaluative words per 10,000 words, in the outlet's own words", func(o *framing.OutletProfile) (float64, string) {
		r := o.Per10k(o.OwnWords[lexicon.Evaluative])
		return r, fmt.Sprintf("%.1f (%d in %d words)", r, o.OwnWords[lexicon.Evaluative], o.Words)
	}))
	v.Charts = append(v.Charts, per10k("Naming highlights per 10,000 words, in the outlet's own words", func(o *framing.OutletProfile) (float64, string) {
		r := o.Per10k(o.OwnWords[lexicon.Naming])
		return r, fmt.Sprintf("%.1f (%d in %d words)", r, o.OwnWords[lexicon.Naming], o.Words)
	}))
	claims := chart{Title: "Acts and claims carried (dark) and left out when another outlet on the story carries them (light)", Width: 640}
	maxV := 0
	for _, o := range outlets {
		maxV = max(maxV, sum(o.ClaimIncluded)+sum(o.ClaimOmitted))
	}
	for i, o := range outlets {
		in, om := sum(o.ClaimIncluded), sum(o.ClaimOmitted)
		w, w2 := 0, 0
		if maxV > 0 {
			w, w2 = 360*in/maxV, 360*om/maxV
		}
		claims.Bars = append(claims.Bars, chartBar{Label: o.Outlet, Value: float64(in), Text: fmt.Sprintf("%d carried, %d left out", in, om),
			Y: 24 * i, W: w, TextY: 24*i + 15, Second: float64(om), SecondX: 200 + w, SW: w2, SecondColour: "#9ecae1"})
	}
	claims.Height = 24*len(outlets) + 8
	v.Charts = append(v.Charts, claims)
	return v
}

func sum(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

// sortedOutletNames lists a profile's outlets by name.
func sortedOutletNames(p *framing.Profile) []string {
	var out []string
	for name := range p.Outlets {
		out = append(out, name)
	}
	sort.Strings(out)
	return out
}

var corpusHTML = template.Must(template.New("corpus").Funcs(template.FuncMap{
	"join":    strings.Join,
	"outlets": sortedOutletNames,
	"add":     func(a, b int) int { return a + b },
}).Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>framediff corpus report</title>
<style>
body{font-family:system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#111;background:#fff}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:left;vertical-align:top}
.kind{font-weight:bold}svg text{font:12px system-ui,sans-serif}
</style></head><body>
<h1>framediff corpus report</h1>
<p>Corpus: {{.In.Corpus}}. Lexicon: {{.In.Lexicon}}. {{len .In.Stories}} stories covered by two or more outlets.</p>
<h2>Outlets</h2>
{{range $c := .Charts}}<figure><figcaption>{{$c.Title}}</figcaption>
<svg xmlns="http://www.w3.org/2000/svg" width="{{$c.Width}}" height="{{$c.Height}}" role="img" aria-label="{{$c.Title}}">
{{range $b := $c.Bars}}<text x="0" y="{{$b.TextY}}">{{$b.Label}}</text><rect x="200" y="{{$b.Y}}" width="{{$b.W}}" height="18" fill="#3182bd"></rect>{{if $b.SW}}<rect x="{{$b.SecondX}}" y="{{$b.Y}}" width="{{$b.SW}}" height="18" fill="{{$b.SecondColour}}"></rect>{{end}}<text x="{{add 205 (add $b.W $b.SW)}}" y="{{$b.TextY}}">{{$b.Text}}</text>
{{end}}</svg></figure>
{{end}}
<h2>Stories</h2>
<table id="stories"><tr><th>#</th><th>Date</th><th>Outlets</th><th>Articles</th><th>Headline</th></tr>
{{range .In.Stories}}<tr><td><a href="#story-{{.Number}}">{{.Number}}</a></td><td>{{.Date}}</td><td>{{join .Outlets ", "}}</td><td>{{.Articles}}</td><td>{{.Headline}}</td></tr>
{{end}}</table>
{{range .In.Stories}}<section id="story-{{.Number}}"><h3>Story {{.Number}}: {{.Headline}}</h3><p>{{.Date}} · {{.Articles}} articles: {{join .Outlets ", "}}</p>
<ol>{{range .Differences}}<li><span class="kind">{{.Kind}}</span> (salience {{printf "%.2f" .Salience}}): {{.Summary}}</li>{{end}}</ol></section>
{{end}}
</body></html>
`))
