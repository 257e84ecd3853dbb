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
