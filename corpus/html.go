package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"github.com/framediff/framediff/text"
	nurl "net/url"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"
)

// maxHTMLElements bounds the DOM readability scores; a page larger than
// this is refused rather than walked for seconds.
const maxHTMLElements = 50000

// parseHTML extracts the article of a web page with readability, which
// removes the page's chrome itself, so the text skips the cleaner's chrome
// classifier: it is sanitized, split into paragraphs and kept whole.
// Metadata (title, site name, author, date, canonical URL) comes from the
// page's JSON-LD, Open Graph and meta tags (see readPageMeta). pageURL,
// when known, lets readability resolve relative links.
func parseHTML(data []byte, pageURL string) (d *document, err error) {
	defer func() {
		// readability walks an untrusted DOM; a panic in it must cost
		// one input, not the batch.
		if r := recover(); r != nil {
			d, err = nil, fmt.Errorf("HTML extraction failed: %v", r)
		}
	}()
	doc, err := html.Parse(bytes.NewReader(decodePage(data)))
	if err != nil {
		return nil, fmt.Errorf("the page could not be read as HTML: %w", err)
	}
	expandTemplates(doc)
	md := readPageMeta(doc, pageURL)
	dense, denseLen := densestParagraphs(doc)
	var u *nurl.URL
	if pageURL != "" {
		u, _ = nurl.ParseRequestURI(pageURL)
	}
	parser := readability.NewParser()
	parser.MaxElemsToParse = maxHTMLElements
	parser.KeepClasses = true // pruneBoilerplate reads them
	// ParseDocument works on a copy, which leaves dense in place.
	art, err := parser.ParseDocument(doc, u)
	if err != nil {
		return nil, fmt.Errorf("no article found in the page: %w", err)
	}
	if art.Node == nil {
		return nil, errors.New("no article found in the page")
	}
	article := art.Node
	pruneBoilerplate(article, textLen(article, 0), 0)
	// Readability scores containers by their look and sometimes picks a
	// disclosure box over the story; when one element's own paragraphs
	// hold more than twice the text, that element is the article.
	if dense != nil && denseLen > 2*textLen(article, 0) {
		article = dense
		pruneBoilerplate(article, textLen(article, 0), 0)
	}
	var b strings.Builder
	blockText(&b, article, 0, false)
	body, rep := text.SanitizeString(b.String())
	d = &document{rawBytes: len(data), warnings: rep.Warnings()}
	for _, p := range splitParagraphs(body, false) {
		if IsLinkTeaser(p.text) {
			// readability keeps a "More: <headline>" line set among the
			// paragraphs; the text cleaner drops it for the same reason.
			d.removed = append(d.removed, Removed{Text: p.text, Reason: reasonSlot})
			continue
		}
		d.body = append(d.body, p.text)
	}
	title := metaString(md.title)
	if title == "" {
		title = metaString(art.Title())
	}
	// Pages repeat the headline as an <h1>; the title paragraph above the
	// body stands for both.
	if len(d.body) > 0 && title != "" && strings.EqualFold(d.body[0], title) {
		d.body = d.body[1:]
	}
	if len(d.body) == 0 {
		return nil, errors.New("no article text found in the page")
	}
	if title != "" {
		d.title, d.titleFrom = title, FromHTMLMeta
	}
	site := md.site
	if site == "" {
		site = art.SiteName()
	}
	d.setOutlet(metaString(site), FromHTMLMeta)
	d.byline = metaString(md.author)
	if d.byline == "" {
		d.byline = metaString(cleanAuthor(art.Byline(), md.site))
	}
	if !md.date.IsZero() {
		d.date, d.dateFrom = md.date, FromHTMLMeta
	}
	d.url = metaString(md.url)
	if lang := languageName(metaString(md.language)); lang != "" {
		d.language, d.langFrom = lang, FromHTMLMeta
	}
	if desc := metaString(md.description); desc != "" && len(d.body) > 1 && !strings.HasPrefix(d.body[0], strings.TrimSuffix(desc, "…")) && len(desc) < 400 {
		d.standfirst = desc
	}
	return d, nil
}

// boilerplateTags never hold article prose: captions, asides, forms and
// navigation that readability leaves inside the article it picked.
var boilerplateTags = map[string]bool{
	"aside": true, "nav": true, "footer": true, "form": true,
	"button": true, "select": true, "input": true, "textarea": true, "iframe": true, "svg": true,
}

// boilerplateNames are parts of the class and id names that sites give to
// what surrounds an article: sharing, related links, newsletters,
// captions, credits, comments, tags and bylines.
var boilerplateNames = []string{
	"share", "social", "related", "newsletter", "subscri", "signup", "sign-up", "promo", "advert", "sponsor",
	"caption", "credit", "copyright", "comment", "tags", "breadcrumb", "byline", "author", "sidebar",
	"recommend", "teaser", "readmore", "read-more", "popular", "trending", "cookie", "disclaimer", "footer",
	"entry-meta", "post-meta", "article-meta", "meta-info", "infobox", "banner", "donat",
}

// nameHasAny reports whether an element's class or id contains one of
// parts, ignoring case.
func nameHasAny(n *html.Node, parts []string) bool {
	class, id := attr(n, "class"), attr(n, "id")
	if class == "" && id == "" {
		return false
	}
	name := strings.ToLower(class + " " + id)
	for _, p := range parts {
		if strings.Contains(name, p) {
			return true
		}
	}
	return false
}

// pruneBoilerplate removes, under n, the elements that boilerplateTags or
// boilerplateNames mark as chrome, unless one holds half of the article's
// text: a page that names its main container "post-with-share" keeps it.
func pruneBoilerplate(n *html.Node, total, depth int) {
	if depth > 500 {
		return
	}
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && isBoilerplate(c, total) {
			n.RemoveChild(c)
		} else {
			pruneBoilerplate(c, total, depth+1)
		}
		c = next
	}
}

// isBoilerplate reports whether an element is chrome to drop. Figures go
// when they are a credit or a short caption and hold no table; longer
// captions describe the story and stay.
func isBoilerplate(n *html.Node, total int) bool {
	size := textLen(n, 0)
	if size*2 >= total {
		return false
	}
	switch n.Data {
	case "figure", "figcaption":
		return size < 80 && !hasDescendant(n, "table", 0)
	}
	return boilerplateTags[n.Data] || nameHasAny(n, boilerplateNames)
}

// textLen is the number of bytes of text under n.
func textLen(n *html.Node, depth int) int {
	if n.Type == html.TextNode {
		return len(n.Data)
	}
	size := 0
	if depth <= 500 {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			size += textLen(c, depth+1)
		}
	}
	return size
}

// hasDescendant reports whether an element named tag is under n.
func hasDescendant(n *html.Node, tag string, depth int) bool {
	if depth > 500 {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.Data == tag || hasDescendant(c, tag, depth+1) {
			return true
		}
	}
	return false
}

// expandTemplates replaces each <script type="text/template"> that holds
// markup with that markup: Blogger, among others, ships a post's body so,
// and the HTML parser keeps a script's content as raw text.
func expandTemplates(doc *html.Node) {
	var scripts []*html.Node
	var find func(n *html.Node, depth int)
	find = func(n *html.Node, depth int) {
		if depth > maxMetaDepth {
			return
		}
		if n.Type == html.ElementNode && n.Data == "script" && strings.EqualFold(strings.TrimSpace(attr(n, "type")), "text/template") {
			scripts = append(scripts, n)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			find(c, depth+1)
		}
	}
	find(doc, 0)
	for _, sc := range scripts {
		src := textOf(sc)
		if sc.Parent == nil || !strings.Contains(src, "<p") {
			continue
		}
		nodes, err := html.ParseFragment(strings.NewReader(src), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
		if err != nil {
			continue
		}
		for _, n := range nodes {
			sc.Parent.InsertBefore(n, sc)
		}
		sc.Parent.RemoveChild(sc)
	}
}

// densestParagraphs finds the element whose own <p> children hold the most
// text that is not link text, and that amount.
func densestParagraphs(doc *html.Node) (*html.Node, int) {
	var best *html.Node
	bestLen := 0
	var visit func(n *html.Node, depth int)
	visit = func(n *html.Node, depth int) {
		if depth > 500 {
			return
		}
		own := 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.Data == "p" {
				if size := textLen(c, 0); linkTextLen(c, 0)*2 < size {
					own += size
				}
			}
		}
		if own > bestLen {
			best, bestLen = n, own
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && !boilerplateTags[c.Data] {
				visit(c, depth+1)
			}
		}
	}
	visit(doc, 0)
	return best, bestLen
}

// linkTextLen is the number of bytes of text inside links under n.
func linkTextLen(n *html.Node, depth int) int {
	if n.Type == html.ElementNode && n.Data == "a" {
		return textLen(n, depth)
	}
	size := 0
	if depth <= 500 {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			size += linkTextLen(c, depth+1)
		}
	}
	return size
}

// declaredCharsetRe finds the character set a page declares in a <meta>
// tag, which some pages put after kilobytes of scripts.
var declaredCharsetRe = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.-]+)`)

// decodePage returns a page's bytes as UTF-8. Bytes that are valid UTF-8
// are taken as such whatever the page declares, since a page that says
// Latin-1 but is valid UTF-8 beyond ASCII was saved as UTF-8; otherwise
// the declared character set decodes it, and Windows-1252 (what browsers
// assume for undeclared Western pages) when it declares none or one Go
// does not know.
func decodePage(data []byte) []byte {
	if utf8.Valid(data) {
		return data
	}
	enc := charmap.Windows1252.NewDecoder()
	if m := declaredCharsetRe.FindSubmatch(data[:min(len(data), 1<<16)]); m != nil {
		if e, _ := charset.Lookup(string(m[1])); e != nil {
			enc = e.NewDecoder()
		}
	}
	out, err := enc.Bytes(data)
	if err != nil {
		return data
	}
	return out
}

// metaString sanitizes a metadata value and folds it onto one line.
func metaString(s string) string {
	t, _ := text.Sanitize([]byte(s))
	return strings.Join(strings.Fields(t), " ")
}

// blockElements end a paragraph where they open and close.
var blockElements = map[string]bool{
	"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"li": true, "ul": true, "ol": true, "blockquote": true, "pre": true, "section": true, "article": true,
	"main": true, "table": true, "tr": true, "td": true, "th": true, "figure": true, "figcaption": true,
	"header": true, "footer": true, "aside": true, "dl": true, "dt": true, "dd": true, "hr": true, "body": true,
}

// writeFolded writes s with every run of whitespace as one space.
func writeFolded(b *strings.Builder, s string) {
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	if space {
		b.WriteByte(' ')
	}
}

// blockText writes the text of an HTML tree with a blank line between
// block elements and a newline for <br>. depth bounds the recursion on
// hostile, deeply nested trees.
func blockText(b *strings.Builder, n *html.Node, depth int, inPre bool) {
	if depth > 500 {
		return
	}
	switch n.Type {
	case html.TextNode:
		// Line breaks in the page's source are not the author's: only
		// <pre> keeps them.
		if inPre {
			b.WriteString(n.Data)
		} else {
			writeFolded(b, n.Data)
		}
		return
	case html.ElementNode:
		switch n.Data {
		case "script", "style", "noscript", "template":
			return
		case "br":
			b.WriteString("\n")
			return
		}
	}
	block := n.Type == html.ElementNode && blockElements[n.Data]
	if block {
		b.WriteString("\n\n")
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		blockText(b, c, depth+1, inPre || n.Type == html.ElementNode && n.Data == "pre")
	}
	if block {
		b.WriteString("\n\n")
	}
}
