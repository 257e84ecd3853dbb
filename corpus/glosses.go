package corpus

import (
	"regexp"
	"strings"
)

// A foreign word and its translation ('"erhal, erhal" -- Arabic for
// "leave, leave."') are quoted as words, neither speech nor the outlet's
// distance: the gloss names a language ("Arabic for", "Farsi for")
// between the two quotations, set off by a dash, a comma or a bracket. A
// capitalised plural ("Republicans for") is a group, no language.
var (
	glossAfter  = regexp.MustCompile(`^[,.]?\s*(?:--|—|–|,|\()\s*(\p{Lu}\p{Ll}+) for\s*["“‘']`)
	glossBefore = regexp.MustCompile(`["”’'][,.]?\s*(?:--|—|–|,|\()\s*(\p{Lu}\p{Ll}+) for\s*$`)
)

// maxGlossLead bounds the text read before a quotation for a gloss: the
// closing mark, a dash and a language's name.
const maxGlossLead = 40

// glossed reports whether the quotation whose marks span text[open:close]
// is a foreign word glossed by the quotation after it, or the gloss of the
// one before it.
func glossed(text string, open, close int) bool {
	if close <= open || close > len(text) {
		return false
	}
	lead := max(0, open-maxGlossLead)
	return language(glossAfter.FindStringSubmatch(text[close:min(len(text), close+maxGlossLead)])) ||
		language(glossBefore.FindStringSubmatch(text[lead:open]))
}

// language reports whether a gloss match names a language: a capitalised
// word, not a plural ("Republicans for" names a group).
func language(m []string) bool {
	return len(m) == 2 && !strings.HasSuffix(m[1], "s")
}

// renderedName reports whether the short quotation whose marks are at
// tokens open and close renders the name before it, set off by ", or"
// ('The Solidarnosc, or "Solidarity," union'): a name and its English
// form are no one's words and no distance. The name must be capitalised
// inside the sentence from lo, and the rendering set off by a comma or a
// bracket, or end the sentence; it opens with a capital, as a name does.
func (a *attributor) renderedName(lo, open, close, hi int) bool {
	n := open - 3
	if n <= lo || close < 0 || !a.lowerWordIs(open-1, "or") || !a.toks[open-2].punct(a.text, ',') || a.toks[n].kind != tokWord || !a.toks[n].upper {
		return false
	}
	if open+1 >= close || !a.toks[open+1].upper {
		return false // 'Smith, or "the lesser evil,"': a rendering is a name, capitalised
	}
	inner := strings.TrimSpace(a.text[a.to(open):a.from(close)])
	return strings.HasSuffix(inner, ",") || close+1 >= hi || a.toks[close+1].punct(a.text, ',') || a.toks[close+1].punct(a.text, ')') || strings.HasSuffix(inner, ".")
}
