package corpus

import (
	"net/url"
	"strings"
	"unicode"
)

// An opinion piece is its author's words, not the newsroom's: Putin's
// op-ed in a newspaper names Israel or the United States as he does, and
// read as the paper's own voice it would make the paper's framing his.
// A piece is taken for opinion from the signs a page leaves: an opinion
// section in its address ("/opinion/", "/commentary/", "/op-ed/"), a
// headline labelled so ("OPINION: ..."), or a byline of a guest writer
// ("Special to CNN", "CNN Contributor"). When its byline names a person,
// its words are that person's quotation (opinionQuote); an unsigned one
// (an editorial) stays the outlet's own voice, marked as opinion.

// opinionSections are the address path segments of opinion sections.
var opinionSections = map[string]bool{"opinion": true, "opinions": true, "commentary": true, "op-ed": true, "oped": true, "op-eds": true}

// opinionLabels open a headline that labels the piece as opinion.
var opinionLabels = []string{"opinion:", "op-ed:", "commentary:"}

// guestBylines mark a byline of a writer from outside the newsroom.
var guestBylines = []string{"special to ", "contributor", "guest writer", "guest columnist"}

// opinionOf returns why an article is an opinion piece, from its address,
// headline and byline, or "" for news.
func opinionOf(address, title, byline string) string {
	if u, err := url.Parse(address); err == nil && u.Path != "" {
		for seg := range strings.SplitSeq(strings.ToLower(u.Path), "/") {
			if opinionSections[seg] {
				return "its address is in an opinion section (/" + seg + "/)"
			}
		}
	}
	lt := strings.ToLower(strings.TrimSpace(title))
	for _, l := range opinionLabels {
		if strings.HasPrefix(lt, l) {
			return "its headline is labelled " + strings.TrimSuffix(title[:len(l)], ":")
		}
	}
	lb := strings.ToLower(byline)
	for _, g := range guestBylines {
		if strings.Contains(lb, g) {
			return "its byline names a guest writer"
		}
	}
	return ""
}

// opinionAuthor returns the person an opinion piece's byline names ("Vladimir
// V Putin"; "Jane Roe" of "Jane Roe, Special To CNN" or "Jane Roe, CNN
// Contributor"; the first of several names), or "" when it names none: a
// name is two to five words, each opening with a capital letter.
func opinionAuthor(byline string) string {
	name, _, _ := strings.Cut(byline, ",")
	name = strings.TrimSpace(name)
	lower := strings.ToLower(name)
	for _, g := range guestBylines {
		if k := strings.Index(lower, g); k >= 0 {
			name, lower = strings.TrimSpace(name[:k]), lower[:k]
		}
	}
	for _, p := range []string{"by "} {
		if strings.HasPrefix(lower, p) {
			name = name[len(p):]
		}
	}
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > 5 {
		return ""
	}
	for _, w := range words {
		r := []rune(w)[0]
		if !unicode.IsUpper(r) {
			return ""
		}
	}
	return strings.Join(words, " ")
}

// OpinionVerb is the cue of an opinion piece's quotation of its author,
// by which reports tell it from the quotations the text makes.
const OpinionVerb = "wrote (opinion piece)"

// opinionQuote is the quotation an opinion piece signed by a person is:
// the whole body after its headline and standfirst, in the author's
// voice. Its act is saying; what it denies or accuses is read in the
// attributions inside it.
func opinionQuote(a *Article, author string) (Quote, bool) {
	start := max(a.TitleSpan.End, a.StandfirstSpan.End)
	for start < len(a.Text) && (a.Text[start] == '\n' || a.Text[start] == ' ') {
		start++
	}
	end := len(a.Text)
	for end > start && (a.Text[end-1] == '\n' || a.Text[end-1] == ' ') {
		end--
	}
	if end-start < 1 {
		return Quote{}, false
	}
	return Quote{Kind: QuoteDirect, Span: Span{start, end}, Speaker: author, Verb: OpinionVerb, Act: ActSay}, true
}
