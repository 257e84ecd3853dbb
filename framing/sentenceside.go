package framing

import (
	"cmp"
	"fmt"
	"slices"
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
	return len(words) == 1 && stateNouns[strings.ToLower(words[0])] // "Authorities said" opens its sentence
}

// maxSentenceLookback bounds how far back a speaker's sentence is read for
// the country it names: more than a news sentence runs, and little enough
// that a page with no full stops costs each speaker no more.
const maxSentenceLookback = 600

// sentenceCountry reads the side of a speaker that names a state's
// government without saying whose ("authorities admitted", "after the
// government admitted") from its own sentence, else the sentence before:
// the one country the sentence names before the speaker, by name or
// demonym ("insisting that the Iranian armed forces were not to blame,
// authorities admitted"). A country after a preposition is where
// something happened ("Flights to Iran were cancelled, authorities
// said"), and one joined by a hyphen a modifier ("U.S.-led", "anti-
// American"); neither says whose. A sentence that names two countries
// says nothing (a story of several states has a government for each); one
// that names none hands over to the sentence before, and two that name
// none to dominantCountry. named is whether either sentence names any
// country.
func sentenceCountry(g *gazetteer.Gazetteer, txt string, q *Quotation) (country, via string, named bool) {
	if !stateSpeaker(q.Speaker) || placedAfter(txt, q) || q.SpeakerStart <= 0 || q.SpeakerStart > len(txt) {
		return "", "", false
	}
	from := sentenceStartBefore(txt, q.SpeakerStart)
	country, written, named := countryIn(g, txt, from, q.SpeakerStart)
	if !named && from > 0 {
		end := from
		for end > 0 && (txt[end-1] == ' ' || txt[end-1] == '\n') {
			end--
		}
		if end > 0 {
			end-- // the sentence's full stop, so the sentence before is read
		}
		country, written, named = countryIn(g, txt, sentenceStartBefore(txt, end), from)
	}
	if country == "" {
		return "", "", named
	}
	return country, fmt.Sprintf("%q in the sentence of %q", written, q.Speaker), true
}

// countryIn returns the one country txt[from:to] names as an actor (not
// after a preposition, not joined by a hyphen), with the words naming it;
// named is whether it names any, so that two give "" and true.
func countryIn(g *gazetteer.Gazetteer, txt string, from, to int) (country, written string, named bool) {
	toks := text.Tokens(nil, txt[from:to])
	for j := 0; j < len(toks); j++ {
		e, n, ok := g.MatchTokens(toks, j)
		if !ok || e.Ambiguous || e.Affiliation == "" || actorKinds[e.Kind] != "country" {
			continue
		}
		last := j + n - 1
		// Tokens read here carry their forms only.
		if j > 0 && placePrepositions[strings.ToLower(toks[j-1].Form)] && !(j == 1 && strings.EqualFold(toks[0].Form, "in")) ||
			j > 1 && text.Joined(toks[j-2], toks[j-1], toks[j]) || last+2 < len(toks) && text.Joined(toks[last], toks[last+1], toks[last+2]) {
			j = last // "to Iran", "U.S.-led", "anti-American": a place or a modifier; "In Iran, authorities" names whose
			continue
		}
		if country != "" && country != e.Affiliation {
			return "", "", true
		}
		country, written = e.Affiliation, txt[from+toks[j].Start:from+toks[last].End]
		j = last
	}
	return country, written, country != ""
}

// officeCountry reads the country of a person whose title names none
// ("Foreign Minister Jane Roe") from the words around the speaker that
// are not the speaker's own: the one country the speaker's sentence names
// before the speaker and outside the reported words, else the country
// that opens the sentence before in its paragraph as its subject ("Italy is insisting
// that ... Briefing Parliament, Foreign Minister Jane Roe said"). What
// the speaker reports ("Two of the dead Americans were ..., the minister
// said") says nothing of whose minister. named is whether the sentence
// settles it, so that two countries give "" and true. reported holds
// where the article's quotations start, sorted.
func officeCountry(g *gazetteer.Gazetteer, txt string, reported []int, q *Quotation) (country, via string, named bool) {
	if placedAfter(txt, q) || q.SpeakerStart <= 0 || q.SpeakerStart > len(txt) {
		return "", "", false
	}
	from := sentenceStartBefore(txt, q.SpeakerStart)
	to := q.SpeakerStart
	if k, _ := slices.BinarySearch(reported, from); k < len(reported) && reported[k] < to {
		to = reported[k] // reported words come first: only what stands before them
	}
	country, written, named := countryIn(g, txt, from, to)
	if named {
		if country == "" {
			return "", "", true
		}
		return country, fmt.Sprintf("%q in the sentence of %q", written, q.Speaker), true
	}
	if from == 0 || txt[from-1] == '\n' {
		return "", "", false // the sentence before is another paragraph's, on another matter as often
	}
	end := from
	for end > 0 && (txt[end-1] == ' ' || txt[end-1] == '\n') {
		end--
	}
	prev := sentenceStartBefore(txt, max(0, end-1))
	toks := text.Tokens(nil, txt[prev:end])
	j := 0
	if len(toks) > 1 && strings.EqualFold(toks[0].Form, "the") {
		j = 1
	}
	e, n, ok := g.MatchTokens(toks, j)
	if !ok || e.Ambiguous || e.Affiliation == "" || actorKinds[e.Kind] != "country" || j+n+1 < len(toks) && text.Joined(toks[j+n-1], toks[j+n], toks[j+n+1]) {
		return "", "", false
	}
	return e.Affiliation, fmt.Sprintf("%q opening the sentence before %q", txt[prev+toks[j].Start:prev+toks[j+n-1].End], q.Speaker), true
}

// placePrepositions put a country as a place or a target, not a speaker's
// side: "flights to Iran", "strikes on Iran", "talks with Iran".
var placePrepositions = map[string]bool{"to": true, "on": true, "in": true, "from": true, "against": true, "with": true, "into": true,
	"over": true, "at": true, "across": true, "toward": true, "towards": true, "near": true, "about": true, "of": true, "for": true, "by": true}

// dominantCountry returns the country whose "authorities" an article that
// names no country in the speaker's sentence means ("After initially
// pointing to a technical failure, authorities admitted" in a story on
// Iran): the one it names far more than any other as where things happen
// ("in Iraq"), else the one it names far more than any other at all, by
// name or demonym. Far more is at least three times and twice as often as
// the next. Where comes first because unnamed authorities are most often
// the local ones: an American report of American strikes in Iraq names
// the United States most, yet its "authorities said" the dam fell are
// Iraq's.
func dominantCountry(g *gazetteer.Gazetteer, txt string) string {
	count, where := countryCounts(g, txt)
	all := func(string) bool { return true }
	return cmp.Or(clearlyFirst(where, all), clearlyFirst(count, all))
}

// settingCountry returns the country an article is set in, for an office
// holder whose title names none ("Minister of Health Jane Roe"): as
// dominantCountry, but the country named most needs only half again as
// many mentions as the next, for a minister speaks for a state far more
// surely than unnamed "authorities" do, and a foreign report names its
// readers' country often ("three Americans were killed").
func settingCountry(g *gazetteer.Gazetteer, txt string) string {
	count, where := countryCounts(g, txt)
	all := func(string) bool { return true }
	if c := clearlyFirst(where, all); c != "" {
		return c
	}
	best, first, second := leading(count, all)
	if first < 3 || 2*first < 3*second {
		return ""
	}
	return best
}

// countryCounts counts the countries an article names, by name or
// demonym, in all and as where something happens ("in Iraq").
func countryCounts(g *gazetteer.Gazetteer, txt string) (count, where map[string]int) {
	toks := text.Tokens(nil, txt)
	count, where = map[string]int{}, map[string]int{}
	for j := 0; j < len(toks); j++ {
		e, n, ok := g.MatchTokens(toks, j)
		if !ok {
			continue
		}
		if !e.Ambiguous && e.Affiliation != "" && actorKinds[e.Kind] == "country" {
			count[e.Affiliation]++
			if j > 0 && wherePrepositions[strings.ToLower(toks[j-1].Form)] {
				where[e.Affiliation]++
			}
		}
		j += n - 1
	}
	return count, where
}

// wherePrepositions put a country as where something happens.
var wherePrepositions = map[string]bool{"in": true, "inside": true, "across": true, "throughout": true}

// sentenceStartBefore returns where the sentence holding byte offset at opens:
// after the last line break or sentence end (a full stop, question or
// exclamation mark after a lower-case letter, a digit or a closing
// quotation mark, and a space) before at, at most maxSentenceLookback
// bytes back. "U.S. officials", "Mr. Roe" and "Sen. Vale" end no
// sentence.
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
				if (b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '"' || b == ')') && !(p == '.' && shortCapitalWordBefore(txt, k-1)) {
					return k + 1
				}
			}
		}
	}
	return lo
}

// shortCapitalWordBefore reports whether the full stop at txt[dot] closes
// a capitalised word of at most four letters: a title's abbreviation
// ("Mr.", "Gen.", "Sen."), not a sentence's last word.
func shortCapitalWordBefore(txt string, dot int) bool {
	k := dot
	for k > 0 && dot-k < 5 && (txt[k-1] >= 'a' && txt[k-1] <= 'z' || txt[k-1] >= 'A' && txt[k-1] <= 'Z') {
		k--
	}
	return k < dot && dot-k <= 4 && txt[k] >= 'A' && txt[k] <= 'Z' && (k == 0 || txt[k-1] == ' ' || txt[k-1] == '\n')
}

// stateSide is the side of a state-noun speaker: its sentence's country,
// else, when neither its sentence nor the one before names any, the
// country its article names most (read once per article into dominant).
func (c *Comparison) stateSide(g *gazetteer.Gazetteer, ai int, q *Quotation, dominant map[int]string) (string, string) {
	txt := c.Articles[ai].Article.Text
	aff, via, named := sentenceCountry(g, txt, q)
	if aff != "" || named || placedAfter(txt, q) {
		return aff, via
	}
	if _, ok := dominant[ai]; !ok {
		dominant[ai] = dominantCountry(g, txt)
	}
	if aff := dominant[ai]; aff != "" {
		return aff, fmt.Sprintf("the country the article names most, for %q", q.Speaker)
	}
	return "", ""
}
