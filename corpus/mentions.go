package corpus

import (
	"slices"
	"strings"
)

// mentionNouns name words as words: "the term "coup"", "the words
// "attack" and "terror"", "the phrase "red line"". What follows them in
// quotation marks is mentioned, not used at a distance.
var mentionNouns = fieldSet(`term terms word words phrase phrases expression expressions wording`)

// maxMentionModifiers bounds the words between a determiner and a
// mention noun: "the loaded term", "the very word".
const maxMentionModifiers = 2

// mentionedWords reports whether the quotation opening at token open, in
// a sentence from token lo, is a word mentioned as a word: a mention noun
// stands right before it, or before the quotations it is listed with
// ("The terms "Al Qaeda" and "attack" were stripped"). Such quoted words
// keep no distance from anything, so they are no scare quotes.
func (a *attributor) mentionedWords(lo, open int) bool {
	k := open - 1
	// Back over the quotations listed before this one: '"X," "Y" and'.
	for k > lo {
		j := k
		if a.toks[j].kind == tokWord && (a.lowerWordIs(j, "and") || a.lowerWordIs(j, "or")) {
			j--
		}
		if j > lo && a.toks[j].punct(a.text, ',') {
			j--
		}
		if j <= lo || a.toks[j].kind != tokClose { // ('"red line," "no retreat"': a comma inside the marks)
			break
		}
		for j > lo && a.toks[j].kind != tokOpen {
			j--
			if k-j > ScareQuoteMaxWords*2+4 {
				return false
			}
		}
		k = j - 1
	}
	if k < lo || a.toks[k].kind != tokWord || !mentionNouns[strings.ToLower(a.word(k))] {
		return false
	}
	// A determiner must open the noun's phrase: "three words" or "his
	// words" may be someone's words he said.
	for d := k - 1; d >= lo && d >= k-1-maxMentionModifiers; d-- {
		if a.toks[d].kind != tokWord {
			return false
		}
		if w := strings.ToLower(a.word(d)); w == "the" || w == "this" || w == "that" || w == "these" || w == "those" {
			return true
		}
	}
	return false
}

// dropMentions removes from quotes, in place, the scare quotes that lie
// in a mention's span: words mentioned as words that no reading gave a
// speaker.
func dropMentions(quotes []Quote, mentions []Span) []Quote {
	if len(mentions) == 0 {
		return quotes
	}
	return slices.DeleteFunc(quotes, func(q Quote) bool {
		return q.Kind == QuoteScare && slices.ContainsFunc(mentions, func(m Span) bool { return m.Contains(q.Span.Start) })
	})
}
