package framing

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/gazetteer"
	"github.com/framediff/framediff/text"
)

// stateNouns are the speakers that name a state's government without
// saying whose: "authorities", "the government", "the regime".
var stateNouns = map[string]bool{"authorities": true, "government": true, "regime": true}

// placedAfter reports whether the speaker is followed by a place it
// belongs to ("The authorities in Istanbul believe"): the place says
// whose, and neither the sentence's other country nor the article's main
// one may.
func placedAfter(txt string, q *Quotation) bool {
	if q.SpeakerEnd <= 0 || q.SpeakerEnd > len(txt) {
		return false
	}
	rest := txt[q.SpeakerEnd:]
	for _, p := range []string{" in ", " of ", " from "} {
		if after, ok := strings.CutPrefix(rest, p); ok {
			r, _ := utf8.DecodeRuneInString(after)
			return unicode.IsUpper(r)
		}
	}
	return false
}

// stateSpeaker reports whether a speaker phrase is a state noun alone,
// with or without "the".
func stateSpeaker(phrase string) bool {
	words := speakerWords(phrase)
	if len(words) == 2 && strings.EqualFold(words[0], "the") {
		words = words[1:]
	}
	return len(words) == 1 && stateNouns[words[0]]
}

// maxSentenceLookback bounds how far back a speaker's sentence is read for
// the country it names: more than a news sentence runs, and little enough
// that a page with no full stops costs each speaker no more.
const maxSentenceLookback = 600

// sentenceCountry reads the side of a speaker that names a state's
// government without saying whose ("authorities admitted", "after the
// government admitted") from its own sentence: the one country the
// sentence names before the speaker, by name or demonym ("insisting that
// the Iranian armed forces were not to blame, authorities admitted"). A
// sentence that names two countries, or none, says nothing: a story of
// several states has a government for each.
func sentenceCountry(g *gazetteer.Gazetteer, txt string, q *Quotation) (country, via string, named bool) {
	if !stateSpeaker(q.Speaker) || placedAfter(txt, q) || q.SpeakerStart <= 0 || q.SpeakerStart > len(txt) {
		return "", "", false
	}
	from := sentenceStartBefore(txt, q.SpeakerStart)
	toks := text.Tokens(nil, txt[from:q.SpeakerStart])
	written := ""
	for j := 0; j < len(toks); j++ {
		e, n, ok := g.MatchTokens(toks, j)
		if !ok || e.Ambiguous || e.Affiliation == "" || actorKinds[e.Kind] != "country" {
			continue
		}
		if country != "" && country != e.Affiliation {
			return "", "", true
		}
		country, written = e.Affiliation, txt[from+toks[j].Start:from+toks[j+n-1].End]
		j += n - 1
	}
	if country == "" {
		return "", "", false
	}
	return country, fmt.Sprintf("%q in the sentence of %q", written, q.Speaker), true
}

// dominantCountry returns the country an article names far more than any
// other, by name or demonym: at least three times and twice as often as
// the next. It is the state whose "authorities" an article that names no
// country in the speaker's sentence means ("After initially pointing to a
// technical failure, authorities admitted" in a story on Iran).
func dominantCountry(g *gazetteer.Gazetteer, txt string) string {
	toks := text.Tokens(nil, txt)
	count := map[string]int{}
	for j := 0; j < len(toks); j++ {
		e, n, ok := g.MatchTokens(toks, j)
		if !ok {
			continue
		}
		j += n - 1
		if !e.Ambiguous && e.Affiliation != "" && actorKinds[e.Kind] == "country" {
			count[e.Affiliation]++
		}
	}
	return clearlyFirst(count, func(string) bool { return true })
}

// sentenceStartBefore returns where the sentence holding byte offset at opens:
// after the last line break or sentence end (a full stop, question or
// exclamation mark after a lower-case letter, a digit or a closing
// quotation mark, and a space) before at, at most maxSentenceLookback
// bytes back. "U.S. officials" and "Mr. Roe" end no sentence.
func sentenceStartBefore(txt string, at int) int {
	lo := max(0, at-maxSentenceLookback)
	for lo > 0 && !utf8.RuneStart(txt[lo]) {
		lo++ // a whole character
	}
	for k := at - 1; k > lo; k-- {
		switch txt[k] {
		case '\n':
			return k + 1
		case ' ':
			p := txt[k-1]
			if (p == '.' || p == '?' || p == '!') && k >= 2 {
				b := txt[k-2]
				if b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '"' || b == ')' {
					return k + 1
				}
			}
		}
	}
	return lo
}
