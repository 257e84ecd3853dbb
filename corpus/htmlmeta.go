package corpus

import (
	"encoding/json"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"

	"golang.org/x/net/html"
)

// pageMeta is what a web page says about itself, read from its structured
// data rather than its visible text.
type pageMeta struct {
	title, site, author, description, url string
	language                              string // as the page declares it: "de", "en-US"
	date                                  time.Time
}

// pageFacts are the raw candidates one walk over a page collects; pageMeta
// picks among them.
type pageFacts struct {
	meta      map[string][]string // lower-cased name, property or itemprop -> content values
	titleTag  string
	h1        string
	canonical string
	ld        []map[string]any // JSON-LD objects of article types, in page order
	ldSites   []string         // names of JSON-LD WebSite and Organization objects
	times     []string         // datetime attributes of <time> elements marked as the publication
	anyTime   string           // the first <time datetime> of the page
	ldPages   []map[string]any // JSON-LD WebPage objects, a fallback for the article's dates
	dateTexts []string         // short texts of elements whose class or id says they hold a date
	bylines   []string         // short texts of elements marked as the author
	seenH1    bool
	afterH1   strings.Builder // the first visible text after the first <h1>, where a dateline sits
	htmlLang  string          // <html lang>
}

// maxDatelineReach is how much text after the headline is searched for
// a date when the page's markup gives none.
const maxDatelineReach = 300

// maxMetaDepth bounds the walk on hostile, deeply nested pages.
const maxMetaDepth = 500

// readPageMeta reads a page's title, site name, author, publication date,
// description and canonical URL from its JSON-LD, Open Graph and meta
// tags, falling back to <time> elements, bylines and datelines, the
// <title> (without the site's name) and a date in the page's address
// (its canonical URL, or pageURL when the user gave one).
func readPageMeta(doc *html.Node, pageURL string) pageMeta {
	f := &pageFacts{meta: map[string][]string{}}
	f.walk(doc, 0)
	var m pageMeta

	m.site = firstNonEmpty(ldString(f.ld, "publisher", "name"), f.first("og:site_name"), first(f.ldSites),
		f.first("application-name"), f.first("citation_journal_title"))
	m.title = firstTitle(ldString(f.ld, "headline"), f.first("og:title"), f.first("twitter:title"),
		f.first("citation_title"), f.first("dc.title"), ldString(f.ld, "name"), f.titleTag, f.h1)
	m.title = withoutSiteName(m.title, m.site)
	m.language = firstNonEmpty(ldString(f.ld, "inLanguage"), f.htmlLang, f.first("og:locale"), f.first("language"),
		f.first("dc.language"), f.first("content-language"))

	for _, a := range []string{f.ldAuthors(), joinNonURLs(f.meta["author"]), joinNonURLs(f.meta["article:author"]),
		joinNonURLs(f.meta["citation_author"]), joinNonURLs(f.meta["dc.creator"]), f.first("parsely-author"),
		f.first("sailthru.author"), first(f.bylines)} {
		if m.author = cleanAuthor(a, m.site); m.author != "" {
			break
		}
	}

	m.description = firstNonEmpty(f.first("og:description"), f.first("description"), ldString(f.ld, "description"))
	m.url = firstNonEmpty(f.canonical, f.first("og:url"), ldString(f.ld, "url"))

	dates := []string{ldString(f.ld, "datePublished"), ldString(f.ld, "dateCreated")}
	for _, k := range publicationDateKeys {
		dates = append(dates, f.meta[k]...)
	}
	dates = append(dates, f.times...)
	dates = append(dates, ldString(f.ldPages, "datePublished"), ldString(f.ldPages, "dateCreated"))
	dates = append(dates, f.dateTexts...)
	dates = append(dates, ldString(f.ld, "dateModified"), f.first("article:modified_time"), f.anyTime, m.url, pageURL, f.titleTag,
		strings.Join(strings.Fields(f.afterH1.String()), " "))
	for _, s := range dates {
		if t, ok := pageDate(s); ok {
			m.date = t
			break
		}
	}
	return m
}

// dottedDateRe matches the day-first dates of German and other European
// pages: "06.08.2009", "6. 8. 2009".
var dottedDateRe = regexp.MustCompile(`\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b`)

// germanMonthRe matches "6. August 2009" and "19. Okt. 2019".
var germanMonthRe = regexp.MustCompile(`(?i)\b(\d{1,2})\.\s*(jan|feb|mär|maerz|mrz|apr|mai|jun|jul|aug|sep|okt|nov|dez)[a-zä]*\.?\s+(\d{4})\b`)

var germanMonths = map[string]time.Month{
	"jan": 1, "feb": 2, "mär": 3, "maerz": 3, "mrz": 3, "apr": 4, "mai": 5, "jun": 6, "jul": 7,
	"aug": 8, "sep": 9, "okt": 10, "nov": 11, "dez": 12,
}

// pageDate reads a date from page metadata or a dateline: the formats
// ParseDate knows, and the day-first ones with dots that a page's own
// markup makes unambiguous.
func pageDate(s string) (time.Time, bool) {
	if t, ok := ParseDate(s); ok {
		return t, true
	}
	if len(s) > 400 || !hasYearDigits(s) {
		return time.Time{}, false
	}
	day, month, year := 0, time.Month(0), 0
	if m := dottedDateRe.FindStringSubmatch(s); m != nil {
		day, month, year = atoi(m[1]), time.Month(atoi(m[2])), atoi(m[3])
	} else if m := germanMonthRe.FindStringSubmatch(s); m != nil {
		day, month, year = atoi(m[1]), germanMonths[strings.ToLower(m[2])], atoi(m[3])
	} else {
		return time.Time{}, false
	}
	if year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1 {
		return time.Time{}, false
	}
	t := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day {
		return time.Time{}, false
	}
	return t, true
}

// bylineNames are parts of the class and id names of elements that hold
// an author's name.
var bylineNames = []string{"author", "byline"}

// commentNames mark the readers' comments, whose authors are not the
// article's.
var commentNames = []string{"comment", "reply", "respond"}

// datelineNames are parts of the class and id names of elements that
// hold a dateline.
var datelineNames = []string{"date", "time", "posted", "publish", "datum", "byline", "meta"}

// publicationDateKeys are the meta tags that carry a page's publication
// date, most specific first.
var publicationDateKeys = []string{
	"article:published_time", "og:article:published_time", "og:published_time", "datepublished",
	"citation_publication_date", "citation_date", "citation_online_date", "dc.date.issued", "dcterms.issued",
	"dc.date", "dcterms.date", "dc.date.created", "dcterms.created", "date", "pubdate", "publishdate",
	"publish-date", "publish_date", "published_time", "article.published", "article_date_original",
	"sailthru.date", "parsely-pub-date", "datecreated",
}

// walk collects the facts of the tree under n.
func (f *pageFacts) walk(n *html.Node, depth int) {
	if depth > maxMetaDepth {
		return
	}
	if n.Type == html.TextNode && f.seenH1 && f.afterH1.Len() < maxDatelineReach {
		f.afterH1.WriteString(n.Data)
		f.afterH1.WriteByte(' ')
	}
	if n.Type == html.ElementNode {
		switch n.Data {
		case "script", "style", "noscript", "template":
			if !strings.EqualFold(attr(n, "type"), "application/ld+json") {
				return
			}
		}
		if len(f.dateTexts) < 20 && n.Data != "html" && n.Data != "body" && nameHasAny(n, datelineNames) {
			if t := textOf(n); t != "" && len(t) < 200 {
				f.dateTexts = append(f.dateTexts, t)
			}
		}
		if len(f.bylines) < 5 && (strings.EqualFold(attr(n, "rel"), "author") || strings.EqualFold(attr(n, "itemprop"), "author") ||
			nameHasAny(n, bylineNames)) && !nameHasAny(n, commentNames) {
			if t := textOf(n); len(t) > 1 && len(t) < 80 {
				f.bylines = append(f.bylines, t)
			}
		}
		switch n.Data {
		case "html":
			if f.htmlLang == "" {
				f.htmlLang = strings.TrimSpace(attr(n, "lang"))
			}
		case "meta":
			content := strings.TrimSpace(attr(n, "content"))
			if content == "" {
				break
			}
			for _, key := range []string{"name", "property", "itemprop", "http-equiv"} {
				if k := strings.ToLower(strings.TrimSpace(attr(n, key))); k != "" {
					f.meta[k] = append(f.meta[k], content)
				}
			}
		case "link":
			if f.canonical == "" && strings.EqualFold(strings.TrimSpace(attr(n, "rel")), "canonical") {
				f.canonical = strings.TrimSpace(attr(n, "href"))
			}
		case "title":
			if f.titleTag == "" && !insideSVG(n) {
				f.titleTag = textOf(n)
			}
			return
		case "h1":
			if f.h1 == "" {
				f.h1 = textOf(n)
				f.seenH1 = true
			}
		case "script":
			if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
				f.readJSONLD(textOf(n))
			}
			return
		case "time":
			dt := strings.TrimSpace(attr(n, "datetime"))
			if dt == "" {
				break
			}
			if f.anyTime == "" {
				f.anyTime = dt
			}
			class := strings.ToLower(attr(n, "class"))
			if hasAttr(n, "pubdate") || strings.EqualFold(attr(n, "itemprop"), "datePublished") ||
				strings.Contains(class, "publish") || strings.Contains(class, "entry-date") {
				f.times = append(f.times, dt)
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		f.walk(c, depth+1)
	}
}

// readJSONLD keeps the article objects and site names of one JSON-LD
// script; a script that is not valid JSON is ignored, as browsers do.
func (f *pageFacts) readJSONLD(src string) {
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return
	}
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 8 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1)
			}
		case map[string]any:
			if g, ok := x["@graph"]; ok {
				visit(g, depth+1)
			}
			switch {
			case isArticleType(x["@type"]):
				f.ld = append(f.ld, x)
			case hasType(x["@type"], "WebPage"):
				f.ldPages = append(f.ldPages, x)
			case hasType(x["@type"], "WebSite"), hasType(x["@type"], "Organization"), hasType(x["@type"], "NewsMediaOrganization"):
				if name := ldText(x["name"]); name != "" {
					f.ldSites = append(f.ldSites, name)
				}
			}
		}
	}
	visit(v, 0)
}

// isArticleType reports whether a JSON-LD @type names a kind of article
// (Article, NewsArticle, BlogPosting, ReportageNewsArticle, ...).
func isArticleType(t any) bool {
	for _, s := range typeNames(t) {
		if strings.HasSuffix(s, "Article") || strings.HasSuffix(s, "Posting") || s == "Report" {
			return true
		}
	}
	return false
}

func hasType(t any, name string) bool {
	for _, s := range typeNames(t) {
		if s == name {
			return true
		}
	}
	return false
}

// typeNames lists a JSON-LD @type, which is a string or a list of them.
func typeNames(t any) []string {
	switch x := t.(type) {
	case string:
		return []string{x}
	case []any:
		var out []string
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// ldString is the first object's text at a key path, such as
// ("publisher", "name").
func ldString(objs []map[string]any, path ...string) string {
	for _, o := range objs {
		var v any = o
		for _, k := range path {
			m, ok := v.(map[string]any)
			if !ok {
				if l, isList := v.([]any); isList && len(l) > 0 {
					m, ok = l[0].(map[string]any)
				}
			}
			if !ok {
				v = nil
				break
			}
			v = m[k]
		}
		if s := ldText(v); s != "" {
			return s
		}
	}
	return ""
}

// ldAuthors joins the names of the first article object's authors with
// "; ".
func (f *pageFacts) ldAuthors() string {
	for _, o := range f.ld {
		var names []string
		var add func(v any)
		add = func(v any) {
			switch x := v.(type) {
			case string:
				if !looksLikeURL(x) {
					names = append(names, x)
				}
			case map[string]any:
				if s := ldText(x["name"]); s != "" {
					names = append(names, s)
				}
			case []any:
				for _, e := range x {
					add(e)
				}
			}
		}
		add(o["author"])
		if len(names) > 0 {
			return strings.Join(names, "; ")
		}
	}
	return ""
}

// ldText is the text of a JSON-LD value: a string, or the @value or name
// of an object.
func ldText(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case map[string]any:
		return firstNonEmpty(ldText(x["@value"]), ldText(x["name"]))
	}
	return ""
}

func (f *pageFacts) first(key string) string { return first(f.meta[key]) }

func first(vs []string) string {
	for _, v := range vs {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

func firstNonEmpty(vs ...string) string { return first(vs) }

// joinNonURLs joins the values that are names, not profile links.
func joinNonURLs(vs []string) string {
	var out []string
	for _, v := range vs {
		if v = strings.TrimSpace(v); v != "" && !looksLikeURL(v) {
			out = append(out, v)
		}
	}
	return strings.Join(out, "; ")
}

func looksLikeURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "/")
}

// bylinePrefixRe matches what comes before a name in a byline: "By",
// "Von:", "Par", "Autor:", "Posted on May 4, 2020 by".
var bylinePrefixRe = regexp.MustCompile(`(?i)^(?:(?:posted|published|veröffentlicht|erstellt|eingestellt)\b.*?\b(?:by|von)\s+|(?:by|von|par|por|di|door|autor|autorin|author|text)\b\s*:?\s*)`)

// cleanAuthor turns a byline into the names it holds, without a "By"
// and without repeats; it is empty when the value names the site (its
// name or a domain) rather than a person.
func cleanAuthor(s, site string) string {
	var names []string
	// A credit naming a publisher ("SPIEGEL ONLINE; Hamburg; Germany") has
	// places beside it, not authors: its one-word parts go too.
	credit := false
	if parts := strings.Split(s, ";"); len(parts) > 1 {
		for _, name := range parts {
			name = strings.TrimSpace(name)
			if shouted(name) && strings.Contains(name, " ") || site != "" && strings.EqualFold(name, site) {
				credit = true
			}
		}
	}
	for _, name := range strings.Split(s, ";") {
		name = strings.Join(strings.Fields(name), " ")
		name = strings.TrimSpace(bylinePrefixRe.ReplaceAllString(name, ""))
		name = strings.Trim(name, ",;:|-– ")
		if name == "" || strings.EqualFold(name, site) || looksLikeDomain(name) || slices.Contains(names, name) ||
			credit && (shouted(name) || !strings.Contains(name, " ")) {
			continue // a publisher or a place is no author ("SPIEGEL ONLINE", "Hamburg")
		}
		names = append(names, name)
	}
	return strings.Join(names, "; ")
}

// shouted reports whether a byline part is written all in capitals, as
// publishers credit themselves ("SPIEGEL ONLINE"); alone it may be a name
// or initials ("MORITZ PAPPERT", "JF"), so only a credit of several parts
// is read as a publisher's.
func shouted(s string) bool {
	upper := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return upper >= 2
}

// looksLikeDomain reports whether s is a host name such as
// "example.com" or an e-mail address.
func looksLikeDomain(s string) bool {
	if strings.ContainsAny(s, " @[") {
		return strings.Contains(s, "@") || strings.Contains(s, "[at]")
	}
	i := strings.LastIndexByte(s, '.')
	return i > 0 && i < len(s)-2 && !strings.ContainsAny(s[i+1:], "0123456789")
}

// titleSeparators part a headline from the site name in a page title:
// "Headline | Site", "Headline - Site", "Site: Headline".
var titleSeparators = []string{" | ", " – ", " — ", " - ", " :: ", " · ", " » ", " « ", " / "}

// withoutSiteName drops the site's name from a title. When the site is
// unknown, the last part after a separator goes if it is shorter than the
// rest, since a headline outweighs the name that follows it.
func withoutSiteName(title, site string) string {
	title = strings.Join(strings.Fields(title), " ")
	// A date after a separator goes first ("Headline | DW | 19.01.2020"),
	// then the site's name.
	for _, sep := range titleSeparators {
		i := strings.LastIndex(title, sep)
		if i > 0 && isDateText(title[i+len(sep):]) {
			title = strings.TrimSpace(title[:i])
			break
		}
	}
	if site != "" {
		site = strings.Join(strings.Fields(site), " ")
		for _, sep := range titleSeparators {
			if h, ok := strings.CutSuffix(title, sep+site); ok && h != "" {
				return strings.TrimSpace(h)
			}
			if h, ok := strings.CutPrefix(title, site+sep); ok && h != "" {
				return strings.TrimSpace(h)
			}
		}
	}
	for _, sep := range titleSeparators {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		head, tail := title[:i], title[i+len(sep):]
		if len(strings.Fields(tail)) <= 4 && len(tail) < len(head) {
			return strings.TrimSpace(head)
		}
	}
	return title
}

// isDateText reports whether a short text is only a date: "19.01.2020",
// "2020-01-19", "Jan. 19, 2020", "19 January 2020".
func isDateText(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 30 {
		return false
	}
	digits := 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case unicode.IsLetter(r), r == '.', r == '-', r == '/', r == ',', r == ' ':
		default:
			return false
		}
	}
	if digits < 4 {
		return false
	}
	_, ok := ParseDate(s)
	return ok || digits >= 6 && !strings.ContainsFunc(s, unicode.IsLetter)
}

// firstTitle is the first candidate that is a headline, not navigation.
func firstTitle(candidates ...string) string {
	for _, c := range candidates {
		if strings.TrimSpace(c) != "" && !navigationTitle(c) {
			return c
		}
	}
	return ""
}

// navigationTitle reports whether a title candidate is a page's
// navigation or promotion text rather than a headline ("Haaretz - back to
// home page", "Mohammad Ali (@handle) Published ..."): a headline never
// links home or carries a social handle.
func navigationTitle(s string) bool {
	lower := strings.ToLower(s)
	for _, nav := range navigationPhrases {
		if strings.Contains(lower, nav) {
			return true
		}
	}
	return strings.Contains(s, "(@") || strings.HasSuffix(strings.TrimRight(s, ".… "), "Published")
}

// navigationPhrases are the link texts of site navigation.
var navigationPhrases = []string{"back to home page", "back to homepage", "go to home page", "skip to content", "skip to main content",
	"return to homepage", "sign in to", "log in to", "subscribe to our newsletter", "page not found"}

// attr is the value of an element's attribute, empty when it has none.
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// insideSVG reports whether an element is part of an inline SVG, whose
// <title> names a picture, not the page.
func insideSVG(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && p.Data == "svg" {
			return true
		}
	}
	return false
}

// textOf is the text under n, whitespace folded.
func textOf(n *html.Node) string {
	var b strings.Builder
	var visit func(n *html.Node, depth int)
	visit = func(n *html.Node, depth int) {
		if depth > maxMetaDepth {
			return
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c, depth+1)
		}
	}
	visit(n, 0)
	return strings.Join(strings.Fields(b.String()), " ")
}
