package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"github.com/framediff/framediff/internal/hostile"
	"github.com/framediff/framediff/internal/viewfuzz"
	"io"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
	"github.com/framediff/framediff/lexicon"
	"github.com/framediff/framediff/text"
)

// reportElements and reportAttributes are all the HTML report's template
// writes; anything else in a page came from the input.
var (
	reportElements   = map[string]bool{"html": true, "head": true, "meta": true, "title": true, "style": true, "body": true, "h1": true, "h2": true, "h3": true, "p": true, "table": true, "tbody": true, "tr": true, "th": true, "td": true, "ol": true, "ul": true, "li": true, "span": true, "blockquote": true, "code": true}
	reportAttributes = map[string]bool{"lang": true, "charset": true, "name": true, "content": true, "id": true, "class": true}
)

// checkHTML fails when the page holds an element or attribute the template
// does not write (a script, an event handler, an injected tag).
func checkHTML(t *testing.T, page []byte) {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatalf("HTML report does not parse: %v", err)
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if !reportElements[n.Data] {
				t.Errorf("HTML report holds a <%s> element the template does not write", n.Data)
			}
			for _, a := range n.Attr {
				if !reportAttributes[a.Key] || strings.HasPrefix(a.Key, "on") {
					t.Errorf("HTML report holds an attribute %s=%q on <%s>", a.Key, a.Val, n.Data)
				}
			}
		}
		if n.Type == html.TextNode {
			if i := text.UnsafeAt(n.Data); i >= 0 {
				t.Errorf("HTML report text holds an unsafe character at byte %d: %q", i, n.Data[i:min(len(n.Data), i+8)])
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
}

// checkMarkdown fails when input could act as Markdown or HTML markup: the
// template writes no link brackets and no tag (its only '<' starts a
// p-value, "<.001"), so any such character must be escaped.
func checkMarkdown(t *testing.T, md string) {
	t.Helper()
	for i := 0; i < len(md); i++ {
		switch c := md[i]; {
		case c == '\\':
			i++
		case c == '[', c == ']', c == '<' && i+1 < len(md) && md[i+1] != '.':
			t.Errorf("Markdown report holds an unescaped %q: %q", c, md[max(0, i-20):min(len(md), i+20)])
			return
		}
	}
}

// checkCSV fails when a cell could run as a spreadsheet formula.
func checkCSV(t *testing.T, out []byte) {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(out))
	r.FieldsPerRecord = -1
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return
		}
		if err != nil {
			t.Fatalf("CSV report does not parse: %v", err)
		}
		for _, cell := range rec {
			if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
				t.Errorf("CSV cell %q starts a formula", cell)
			}
		}
	}
}

// FuzzWriters renders a comparison of articles whose outlets, headlines
// and texts come from the input, with a corpus description and a skipped
// input from it too, in every format: Markdown, CSV and JSON carry no raw
// control, escape or bidi character; Markdown escapes markup; no CSV cell
// starts a formula; the HTML holds only the template's own elements and
// attributes; the JSON is valid.
func FuzzWriters(f *testing.F) {
	outlets, titles, texts, err := viewfuzz.Seeds("../testdata/seeds")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(outlets, titles, texts, "seeds: 3 articles")
	for _, p := range hostile.Payloads() {
		o, t, x := viewfuzz.WithPayload(outlets, titles, texts, p)
		f.Add(o, t, x, p)
	}
	f.Add("A\x1eB", "", "\"We will not,\" said Price.\x1e"+strings.Repeat("(", 3000)+"Israel said"+strings.Repeat("\u201c", 3000), strings.Repeat("x", 70000))
	set, err := lexicon.DefaultSet()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, outlets, titles, texts, desc string) {
		if len(outlets)+len(titles)+len(texts)+len(desc) > 1<<16 {
			return
		}
		c := viewfuzz.Comparison(set, outlets, titles, texts)
		load := &corpus.Result{Problems: []corpus.Problem{{Path: desc, Line: 2, Err: errors.New(titles)}}}
		in := Input{Comparison: c, Corpus: desc, Load: load, Lexicon: desc + " (1 rules)"}
		for _, format := range Formats() {
			var b bytes.Buffer
			if err := Write(&b, in, format); err != nil {
				t.Fatalf("%s: %v", format, err)
			}
			out := b.Bytes()
			if format != "html" {
				if i := text.UnsafeAt(string(out)); i >= 0 {
					t.Errorf("%s report: unsafe character at byte %d: %q", format, i, out[i:min(len(out), i+8)])
				}
			}
			switch format {
			case "md":
				checkMarkdown(t, string(out))
			case "csv":
				checkCSV(t, out)
			case "json":
				if !json.Valid(out) {
					t.Errorf("JSON report is not valid JSON")
				}
			case "html":
				checkHTML(t, out)
			}
		}
	})
}

// TestProfileDescriptionsAreSanitized: the corpus profile's corpus and
// lexicon descriptions (the user's paths) reach Markdown and JSON safe.
func TestProfileDescriptionsAreSanitized(t *testing.T) {
	for _, p := range hostile.Payloads() {
		for _, format := range []string{"md", "json"} {
			var b bytes.Buffer
			in := ProfileInput{Profile: &framing.Profile{}, Corpus: "corpus/" + p, Lexicon: p + ".toml"}
			if err := WriteProfile(&b, in, format); err != nil {
				t.Fatal(err)
			}
			if i := text.UnsafeAt(b.String()); i >= 0 {
				t.Errorf("%s profile with %q: unsafe character at byte %d", format, p, i)
			}
		}
	}
}
