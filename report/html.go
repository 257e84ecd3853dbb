package report

import (
	"html/template"
	"io"
	"strings"

	"github.com/framediff/framediff/framing"
)

// The HTML report is one self-contained page (no scripts, no network), so
// it can be mailed, archived and opened offline. html/template escapes every
// article string.
var pageTmpl = template.Must(template.New("page").Funcs(template.FuncMap{
	"sentence":    func(c *framing.Comparison, e framing.Evidence) string { return snippet(c.Excerpt(e).Text, 240) },
	"opinionNote": OpinionNote,
	"inc":         func(i int) int { return i + 1 },
	"shown":       func(c *framing.Comparison, ev []framing.Evidence) []framing.Evidence { return c.OnePerSentence(ev, 5) },
	"join":        strings.Join,
	"count": func(row framing.NamingRow, outlet, rule string) framing.VoiceCounts {
		return row.Counts[outlet][rule]
	},
	"present":     func(present map[string][]framing.Evidence, outlet string) int { return len(present[outlet]) },
	"get":         func(m map[string]int, k string) int { return m[k] },
	"shownActors": func(c *framing.Comparison) []framing.Actor { return c.ShownActors(shownActors) },
	"labelLegend": func() string { return labelLegend },
	"labelTables": func(c *framing.Comparison, a framing.Actor) actorLabelTables {
		naming, parts := c.LabelTables(&a)
		return actorLabelTables{naming, parts}
	},
	"labelTable": func(title string, t framing.LabelTable, outlets []string) titledLabelTable {
		return titledLabelTable{title, t, outlets}
	},
	"labelCount": func(t framing.LabelTable, outlet, l string) *framing.VoiceCounts { return t.Counts[outlet][l] },
}).Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>framediff report</title>
<style>
body{font-family:system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#111;background:#fff}
table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #999;padding:.25rem .5rem;text-align:left;vertical-align:top}
.kind{font-weight:bold;text-transform:uppercase;font-size:.8em;letter-spacing:.05em}
blockquote{margin:.25rem 0 .25rem 1rem;border-left:3px solid #888;padding-left:.5rem}
.warn{background:#fff3cd;padding:.5rem}
</style></head><body>
<h1>framediff report</h1>
<p>Corpus: {{.In.Corpus}}. Outlets compared: {{join .C.Outlets ", "}}. Lexicon: {{.In.Lexicon}}.</p>
<h2>Articles</h2>
<table id="articles"><tr><th>#</th><th>Outlet (from)</th><th>Headline</th><th>Date</th><th>Words</th><th>Sources</th></tr>
{{range $i, $m := .Metas}}<tr><td>{{inc $i}}</td><td>{{$m.Outlet}} ({{$m.OutletFrom}})</td><td>{{$m.Title}}</td><td>{{$m.Date}}</td><td>{{$m.Words}}</td><td>{{join $m.Sources ", "}}</td></tr>
{{end}}</table>
{{range $i, $m := .Metas}}{{if $m.LexiconNote}}<p class="warn">Article {{inc $i}} ({{$m.Outlet}}): {{$m.LexiconNote}}.</p>{{end}}{{if $m.Opinion}}<p class="warn">Article {{inc $i}} ({{$m.Outlet}}): {{opinionNote $m}}.</p>{{end}}{{end}}
{{if .Skipped}}<h3>Skipped inputs</h3><ul>{{range .Skipped}}<li>{{.}}</li>{{end}}</ul>{{end}}
<h2>Differences, ranked</h2>
<ol id="differences">{{range .C.Differences}}<li><span class="kind">{{.Kind}}</span> (salience {{printf "%.2f" .Salience}}): {{.Summary}}
{{range $e := shown $.C .Evidence}}<blockquote>{{$e.Outlet}}, {{$e.Voice.String}}: “{{sentence $.C $e}}”</blockquote>{{end}}</li>
{{end}}</ol>
<h2>Naming</h2><p>Uses in the outlet's own words / paraphrase / quoted / scare quotes.</p>
{{range $row := .C.Naming}}<h3>{{$row.Concept}}</h3><table><tr><th>Variant</th>{{range $.C.Outlets}}<th>{{.}}</th>{{end}}</tr>
{{range $v := $row.Variants}}<tr><td>{{$v.Label}} <code>{{$v.RuleID}}</code></td>{{range $o := $.C.Outlets}}{{with count $row $o $v.RuleID}}<td>{{.Own}} / {{.Paraphrase}} / {{.Quoted}} / {{.Scare}}</td>{{end}}{{end}}</tr>
{{end}}</table>{{end}}
<h2>Actors and their labels</h2><p>{{labelLegend}}</p>
{{range $a := shownActors .C}}<h3>{{$a.Name}} ({{$a.Kind}}{{if and $a.Affiliation (ne $a.Affiliation $a.Name)}}, for {{$a.Affiliation}}{{end}}, {{len $a.Mentions}} mentions)</h3>
{{- with labelTables $.C $a}}
{{- if .Naming.Labels}}{{template "labelTable" (labelTable "Named as" .Naming $.C.Outlets)}}{{else}}<p>No outlet names {{$a.Name}} itself: every mention is of a part of it or a group it is in.</p>{{end}}
{{- if .Parts.Labels}}<p>Parts and groups mentioned:</p>{{template "labelTable" (labelTable "Part or group" .Parts $.C.Outlets)}}{{end}}
{{end}}{{else}}<p>No actor is named by two or more outlets.</p>{{end}}
<h2>Voices</h2><table><tr><th>Actor group or affiliation</th>{{range .C.Outlets}}<th>{{.}}</th>{{end}}</tr>
{{range $row := .C.Voices}}<tr><td>{{$row.Label}}</td>{{range $o := $.C.Outlets}}<td>{{get $row.Quotes $o}} ({{get $row.Words $o}} words)</td>{{end}}</tr>
{{end}}</table>
<h2>Speech acts</h2>{{if .C.Acts}}<table><tr><th>Act</th><th>Speakers</th>{{range .C.Outlets}}<th>{{.}}</th>{{end}}</tr>
{{range $cl := .C.Acts}}<tr><td>{{$cl.Label}}</td><td>{{join $cl.Speakers "; "}}</td>{{range $o := $.C.Outlets}}<td>{{with present $cl.Present $o}}present ({{.}}){{else}}absent{{end}}</td>{{end}}</tr>
{{end}}</table>{{else}}<p>None found.</p>{{end}}
<h2>Claims (from claim rules)</h2>{{if .C.Claims}}<table><tr><th>Claim</th>{{range .C.Outlets}}<th>{{.}}</th>{{end}}</tr>
{{range $row := .C.Claims}}<tr><td>{{$row.Label}} <code>{{$row.RuleID}}</code></td>{{range $o := $.C.Outlets}}<td>{{with present $row.Present $o}}present ({{.}}){{else}}absent{{end}}</td>{{end}}</tr>
{{end}}</table>{{else}}<p>None: no claim rules loaded.</p>{{end}}
<h2>Content only one outlet carries</h2><ul>{{range .C.Unique}}<li>{{.Outlet}}, {{.Voice}}: {{len .Sentences}} sentences</li>{{end}}</ul>
<h2>Keyness</h2>{{range .C.Keyness}}<h3>{{.Outlet}} ({{.Words}} words; rest {{.RestWords}})</h3>
{{if .Warning}}<p class="warn">Warning: {{.Warning}}.</p>{{end}}
<table><tr><th>Word</th><th>Count</th><th>Rest</th><th>z</th><th>G2</th><th>p</th><th>Log Ratio</th></tr>
{{range $i, $t := .Terms}}{{if lt $i 10}}<tr><td>{{$t.Term}}</td><td>{{$t.Count}}</td><td>{{$t.RestCount}}</td><td>{{printf "%.2f" $t.Z}}</td><td>{{printf "%.2f" $t.G2}}</td><td>{{$t.P}}</td><td>{{printf "%.2f" $t.LogRatio}}</td></tr>{{end}}{{end}}
</table>{{end}}
</body></html>
{{define "labelTable"}}<table><tr><th>{{.Title}}</th>{{range .Outlets}}<th>{{.}}</th>{{end}}</tr>
{{range $l := .Table.Labels}}<tr><td>{{$l}}</td>{{range $o := $.Outlets}}<td>{{with labelCount $.Table $o $l}}{{.Own}} / {{.Paraphrase}} / {{.Quoted}} / {{.Scare}}{{else}}-{{end}}</td>{{end}}</tr>
{{end}}</table>{{end}}`))

// actorLabelTables are an actor's two label tables, for the template.
type actorLabelTables struct{ Naming, Parts framing.LabelTable }

// titledLabelTable is one label table with its row title and the outlets
// that make its columns, for the labelTable template.
type titledLabelTable struct {
	Title   string
	Table   framing.LabelTable
	Outlets []string
}

func writeHTML(w io.Writer, in Input) error {
	return pageTmpl.Execute(w, map[string]any{"In": in, "C": in.Comparison, "Metas": metas(in.Comparison), "Skipped": skipped(in.Load)})
}
