package corpus

import (
	"net/url"
	"strings"
)

// An opinion piece speaks for its author or its editors, not as the
// newsroom reports: Putin's op-ed in a newspaper names Israel or the
// United States as he does, and a reader comparing outlets should know
// that what reads as the paper's own voice is his. A piece is taken for
// opinion only from the labels a page gives it: an opinion section in its
// address ("/opinion/", "/commentary/", "/op-ed/", "/commentisfree/") or
// a headline labelled so ("OPINION: ...", "Opinion | ..."). A byline alone
// ("Special to the Post") credits news as often as opinion. Reports say
// which articles are opinion; their words are still counted as the
// outlet's own (the outlet published them), and the note says so.

// opinionSections are the address path segments of opinion sections.
var opinionSections = map[string]bool{"opinion": true, "opinions": true, "commentary": true, "op-ed": true, "oped": true, "op-eds": true, "commentisfree": true}

// opinionLabels open a headline that labels the piece as opinion.
var opinionLabels = []string{"opinion:", "opinion |", "op-ed:", "commentary:"}

// opinionOf returns why an article is an opinion piece, from its address
// and headline, or "" for news.
func opinionOf(address, title string) string {
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
			return "its headline is labelled " + strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSpace(title)[:len(l)], ":"), "|"))
		}
	}
	return ""
}
