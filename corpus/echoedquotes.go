package corpus

import (
	"strings"
	"unicode"
)

// minEchoWords is the fewest words a scare quote needs to be read as an
// echo of an attributed quotation: one word ("peaceful") is in too many
// quotations to say whose it is.
const minEchoWords = 2

// maxEchoCandidates bounds the attributed quotations one pair of words is
// looked up in, so that a hostile text of one phrase quoted thousands of
// times stays linear.
const maxEchoCandidates = 8

// EchoedScareQuotes reports, for each quotation of an article, whether it
// is a scare quote that repeats words an attributed quotation of the
// article holds: a headline's "Israel Rejects 'Shameful Anti-Israel'
// Resolution" over the body's '"Israel rejects this shameful anti-Israel
// resolution," the statement said' echoes the statement, and takes no
// distance of the outlet's. The words must be two or more, in the same
// order, inside a quotation with a speaker. Whose words they are is left
// open: the same words may be several speakers' ("red line"), and the
// echo is no saying of its own; nil when there is no scare quote.
func EchoedScareQuotes(text string, quotes []Quote) []bool {
	scare := false
	for _, q := range quotes {
		scare = scare || q.Kind == QuoteScare
	}
	if !scare {
		return nil
	}
	echoed := make([]bool, len(quotes))
	type at struct{ quote, word int }
	words := make([][]string, len(quotes))
	pairs := map[[2]string][]at{}
	for i, q := range quotes {
		if q.Speaker == "" || q.Kind == QuoteScare || q.Span.Start < 0 || q.Span.End > len(text) {
			continue
		}
		words[i] = echoWords(text[q.Span.Start:q.Span.End])
		for k := 0; k+1 < len(words[i]); k++ {
			key := [2]string{words[i][k], words[i][k+1]}
			if len(pairs[key]) < maxEchoCandidates {
				pairs[key] = append(pairs[key], at{i, k})
			}
		}
	}
	for i := range quotes {
		q := quotes[i]
		if q.Kind != QuoteScare || q.Span.Start < 0 || q.Span.End > len(text) {
			continue
		}
		w := echoWords(text[q.Span.Start:q.Span.End])
		if len(w) < minEchoWords {
			continue
		}
		for _, c := range pairs[[2]string{w[0], w[1]}] {
			o := quotes[c.quote]
			if !(o.Span.Start <= q.Span.Start && q.Span.End <= o.Span.End) && hasRun(words[c.quote][c.word:], w) {
				echoed[i] = true
				break
			}
		}
	}
	return echoed
}

// echoWords are the lower-case words of s, punctuation dropped and a
// hyphenated compound kept whole: wordFields would split "nation-building"
// in two, and a one-word scare quote would pass minEchoWords.
func echoWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' })
}

// hasRun reports whether ws opens with the words of run.
func hasRun(ws, run []string) bool {
	if len(ws) < len(run) {
		return false
	}
	for k, w := range run {
		if ws[k] != w {
			return false
		}
	}
	return true
}
