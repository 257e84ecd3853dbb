package corpus

import (
	"bytes"
	"errors"
	"fmt"
	nurl "net/url"
	"strings"
	"time"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// parseHTML extracts the article of a web page with trafilatura, which
// removes the page's chrome itself, so the text skips the cleaner's chrome
// classifier: it is sanitized, split into paragraphs and kept whole.
// Metadata (title, site name, author, date, canonical URL) comes from the
// page's meta tags, JSON-LD and OpenGraph data. pageURL, when known, helps
// trafilatura resolve relative metadata.
func parseHTML(data []byte, pageURL string) (d *document, err error) {
	defer func() {
		// trafilatura walks an untrusted DOM; a panic in it must cost one
		// input, not the batch.
		if r := recover(); r != nil {
			d, err = nil, fmt.Errorf("HTML extraction failed: %v", r)
		}
	}()
	opts := trafilatura.Options{
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Fast,
		MaxTreeSize:     50000,
	}
	if pageURL != "" {
		if u, perr := nurl.ParseRequestURI(pageURL); perr == nil {
			opts.OriginalURL = u
		}
	}
	res, err := trafilatura.Extract(bytes.NewReader(data), opts)
	if err != nil {
		return nil, fmt.Errorf("no article found in the page: %w", err)
	}
	if res == nil {
		return nil, errors.New("no article found in the page")
	}
	// ContentText runs all paragraphs together; the content tree keeps
	// them apart.
	raw := res.ContentText
	if res.ContentNode != nil {
		var b strings.Builder
		blockText(&b, res.ContentNode, 0)
		raw = b.String()
	}
	text, rep := Sanitize([]byte(raw))
	d = &document{rawBytes: len(data), warnings: rep.Warnings()}
	for _, p := range splitParagraphs(text) {
		d.body = append(d.body, p.text)
	}
	md := res.Metadata
	title := metaString(md.Title)
	// Trafilatura keeps the headline in the text when the page repeats it
	// as an <h1>; the title paragraph above the body stands for both.
	if len(d.body) > 0 && title != "" && strings.EqualFold(d.body[0], title) {
		d.body = d.body[1:]
	}
	if len(d.body) == 0 {
		return nil, errors.New("no article text found in the page")
	}
	if title != "" {
		d.title, d.titleFrom = title, FromHTMLMeta
	}
	d.setOutlet(metaString(md.Sitename), FromHTMLMeta)
	d.byline = metaString(md.Author)
	if !md.Date.IsZero() {
		// Calendar day only, like every other date source.
		y, m, dd := md.Date.Date()
		if y >= 1800 && y <= 2200 {
			d.date, d.dateFrom = time.Date(y, m, dd, 0, 0, 0, 0, time.UTC), FromHTMLMeta
		}
	}
	d.url = metaString(md.URL)
	if desc := metaString(md.Description); desc != "" && len(d.body) > 1 && !strings.HasPrefix(d.body[0], strings.TrimSuffix(desc, "…")) && len(desc) < 400 {
		d.standfirst = desc
	}
	return d, nil
}

// metaString sanitizes a metadata value and folds it onto one line.
func metaString(s string) string {
	t, _ := Sanitize([]byte(s))
	return strings.Join(strings.Fields(t), " ")
}

// blockElements end a paragraph where they open and close.
var blockElements = map[string]bool{
	"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"li": true, "ul": true, "ol": true, "blockquote": true, "pre": true, "section": true, "article": true,
	"main": true, "table": true, "tr": true, "td": true, "th": true, "figure": true, "figcaption": true,
	"header": true, "footer": true, "aside": true, "dl": true, "dt": true, "dd": true, "hr": true, "body": true,
	// trafilatura's own output tags
	"head": true, "list": true, "item": true, "quote": true, "code": true, "cell": true, "row": true,
}

// blockText writes the text of an HTML tree with a blank line between
// block elements and a newline for <br>. depth bounds the recursion on
// hostile, deeply nested trees.
func blockText(b *strings.Builder, n *html.Node, depth int) {
	if depth > 500 {
		return
	}
	switch n.Type {
	case html.TextNode:
		b.WriteString(n.Data)
		return
	case html.ElementNode:
		switch n.Data {
		case "script", "style", "noscript", "template":
			return
		case "br", "lb":
			b.WriteString("\n")
			return
		}
	}
	block := n.Type == html.ElementNode && blockElements[n.Data]
	if block {
		b.WriteString("\n\n")
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		blockText(b, c, depth+1)
	}
	if block {
		b.WriteString("\n\n")
	}
}
