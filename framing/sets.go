package framing

import (
	"cmp"
	"slices"
	"strings"

	"github.com/framediff/framediff/text"
)

// A plural noun phrase can name a set of actors the article named before:
// "China, Japan and Russia haven't received exemptions ... shipments from
// those countries", "Trump and May ... the two leaders". Each member is
// mentioned by the phrase, labelled by its noun, so that one outlet's
// "those countries" counts among the labels it gives each country. The
// set is the nearest list of names joined by commas and "and" in the
// sentence or the one before it; a phrase that counts its members ("the
// two leaders") with no such list names as many actors of its kind
// mentioned in those two sentences, else the article's most mentioned.

// setNouns are the plural nouns that gather actors, by the kind of actor
// they gather.
var setNouns = map[string]string{
	"countries": "country", "nations": "country", "economies": "country", "governments": "country", "allies": "country",
	"leaders": "person", "men": "person", "women": "person",
}

// setNumbers count a set's members.
var setNumbers = map[string]int{"two": 2, "three": 3, "four": 4, "both": 2}

// setLookback is how many names before a plural phrase may be its set's
// members: more than news puts in two sentences.
const setLookback = 64

// setMentions finds the plural phrases of one article that name a set of
// the actors it mentions.
func setMentions(an *Analysis, ai int, toks []text.Token, mentions []*rawMention) []rawMention {
	a := an.Article
	named := make([]*rawMention, 0, len(mentions))
	count := map[string]int{}
	for _, m := range mentions {
		if m.Part || m.kind != "person" && m.kind != "country" && m.kind != "organisation" {
			continue
		}
		named = append(named, m)
		count[m.key]++
	}
	slices.SortStableFunc(named, func(x, y *rawMention) int { return cmp.Compare(x.Start, y.Start) })
	ranked := map[string][]*rawMention{} // kind -> distinct actors, most mentioned first, built once
	var out []rawMention
	for i := 0; i+1 < len(toks); i++ {
		det := toks[i].Lower
		if det != "those" && det != "these" && det != "the" && det != "both" {
			continue
		}
		j, n := i+1, setNumbers[det]
		if k, ok := setNumbers[toks[j].Lower]; ok && det != "both" {
			j, n = j+1, k
		}
		if j >= len(toks) {
			break
		}
		if det == "the" && (i == 0 || toks[i-1].Lower != "of" && toks[i-1].Lower != "among") {
			// "one of the first countries", "among the largest economies":
			// a member of a larger set, no sum of the names listed.
			if k, num, ok := rankedSet(toks, j); ok {
				j, n = k, max(n, num) // "the world's two largest economies"
			}
		}
		kind, ok := setNouns[toks[j].Lower]
		if !ok || !toks[j].IsWord() || text.Capitalised(toks[j].Form) && !sentenceInitial(toks, j) {
			continue
		}
		if det == "the" && n == 0 && j+1 < len(toks) && postModifiers[toks[j+1].Lower] {
			continue // "the countries that ...", "the countries with exemptions": a set the phrase itself defines
		}
		before, _ := slices.BinarySearchFunc(named, toks[i].Start, func(m *rawMention, at int) int { return cmp.Compare(m.Start, at) })
		// The members stand in the phrase's sentence or the one before;
		// a sentence of thousands of names is read only setLookback names
		// back, so that each phrase costs the same and names no more.
		window := named[max(0, before-setLookback):before]
		members := listBefore(a.Text, window, a.SentenceAt(toks[i].Start), a.SentenceAt, kind, n)
		if len(window) == setLookback && slices.Contains(members, window[0]) {
			members = nil // a list longer than that is no set a phrase names
		}
		if members == nil && n > 0 {
			members = nearby(window, a.SentenceAt(toks[i].Start), a.SentenceAt, kind, n)
		}
		if members == nil && n > 0 {
			if _, ok := ranked[kind]; !ok {
				ranked[kind] = rankedActors(named, count, kind)
			}
			members = mostMentioned(ranked[kind], count, n)
		}
		start, end := toks[i].Start, toks[j].End
		for _, m := range members {
			out = append(out, rawMention{Mention: Mention{Article: ai, ArticleID: a.ID, Start: start, End: end, Surface: a.Text[start:end], Label: toks[j].Lower,
				Headline: a.TitleSpan.Len() > 0 && a.TitleSpan.Contains(start)},
				key: m.key, name: m.name, kind: m.kind, affiliation: m.affiliation, via: m.via, set: true})
			out[len(out)-1].Part = true // "the two men" says what set, not how the outlet names each
		}
		i = j
	}
	return out
}

// listBefore returns the members of the nearest list of two or more names
// among the mentions before the phrase (named, in text order), in the
// phrase's sentence sent or the one before: names joined by commas, "and"
// or "or", of the set's kind (a country list may hold a union of states:
// "Canada, the European Union and Mexico"). With n > 0 the list must have
// n members.
func listBefore(txt string, named []*rawMention, sent int, sentenceAt func(int) int, kind string, n int) []*rawMention {
	for k := len(named) - 1; k >= 0; k-- {
		if s := sentenceAt(named[k].Start); s < sent-1 {
			return nil
		}
		if !setKind(named[k], kind) {
			continue // "Argentina, Australia and Brazil, the White House said": no member
		}
		// named[k] closes a list: gather it backwards.
		members := []*rawMention{named[k]}
		p := k - 1
		// A description holding a name ("Japan, a key U.S. ally") overlaps
		// it: overlapping mentions are no two items of a list.
		for ; p >= 0 && setKind(named[p], kind) && named[p].End <= named[p+1].Start && listJoin(txt[named[p].End:named[p+1].Start]); p-- {
			if !slices.ContainsFunc(members, func(x *rawMention) bool { return x.key == named[p].key }) {
				members = append(members, named[p])
			}
		}
		if len(members) >= 2 && (n == 0 || len(members) == n) && slices.ContainsFunc(members, func(m *rawMention) bool { return m.kind == kind }) {
			slices.Reverse(members)
			return members
		}
		k = p + 1
	}
	return nil
}

// listJoin reports whether the text between two names joins them in a list.
func listJoin(between string) bool {
	s := strings.TrimSpace(between)
	s = strings.TrimSpace(strings.TrimPrefix(s, ","))
	return s == "" || s == "and" || s == "or"
}

// setKind reports whether a mention can be a member of a set of the
// given kind: persons of persons; countries, and unions of states
// ("Canada, the European Union and Mexico"), of countries.
func setKind(m *rawMention, kind string) bool {
	return m.kind == kind || kind == "country" && m.kind == "organisation" && statesBloc(m.via)
}

// nearby returns the actors of the kind among the mentions before the
// phrase (named, in text order) that lie in its sentence sent or the one
// before, when there are exactly n ("President Trump will travel ... with
// Prime Minister Theresa May. ... the two leaders would meet"). It walks
// back only over those two sentences, so a long article costs no more per
// phrase than a short one.
func nearby(named []*rawMention, sent int, sentenceAt func(int) int, kind string, n int) []*rawMention {
	from := len(named)
	for from > 0 && sentenceAt(named[from-1].Start) >= sent-1 {
		from--
	}
	var members []*rawMention
	seen := map[string]bool{}
	for _, m := range named[from:] {
		if m.kind == kind && !seen[m.key] {
			seen[m.key] = true
			members = append(members, m)
		}
	}
	if len(members) != n {
		return nil
	}
	return members
}

// rankedActors returns the distinct actors of the kind among an article's
// mentions, the most mentioned first (first mention breaks ties).
func rankedActors(named []*rawMention, count map[string]int, kind string) []*rawMention {
	var cands []*rawMention
	seen := map[string]bool{}
	for _, m := range named {
		if m.kind == kind && !seen[m.key] {
			seen[m.key] = true
			cands = append(cands, m)
		}
	}
	slices.SortStableFunc(cands, func(x, y *rawMention) int { return cmp.Compare(count[y.key], count[x.key]) })
	return cands
}

// mostMentioned returns the first n of the ranked actors, or nil when
// there are fewer or a tie makes the choice unclear.
func mostMentioned(ranked []*rawMention, count map[string]int, n int) []*rawMention {
	if len(ranked) < n {
		return nil
	}
	if len(ranked) > n && count[ranked[n].key] == count[ranked[n-1].key] {
		return nil
	}
	return ranked[:n]
}

// rankWords rank a set's members among others of their kind: "the two
// largest economies", "the world's third and second-largest economies".
var rankWords = map[string]bool{"largest": true, "biggest": true, "greatest": true, "richest": true, "poorest": true,
	"strongest": true, "smallest": true, "wealthiest": true, "weakest": true, "leading": true,
	"first": true, "second": true, "third": true, "fourth": true, "fifth": true}

// rankedSet reads the words that rank a set before its noun, from token j
// after "the": an optional "world's", an optional count, then rank words
// joined by "and" or hyphens. It returns the token of the noun they stand
// before and the count, and ok only when some rank word stands there:
// ranked among the world's, the phrase sums up the names just listed
// ("Japan and China ... the world's third and second-largest economies")
// as a bare "the economies" would not.
func rankedSet(toks []text.Token, j int) (noun, n int, ok bool) {
	k := j
	if k < len(toks) && (toks[k].Lower == "world's" || toks[k].Lower == "world’s") {
		k++
	}
	if k < len(toks) {
		if c, isNum := setNumbers[toks[k].Lower]; isNum && toks[k].Lower != "both" {
			n = c
			k++
		}
	}
	ranked := false
	for k < len(toks) {
		switch t := toks[k]; {
		case t.IsWord() && rankWords[t.Lower]:
			ranked = true
		case ranked && t.Lower == "and":
		case ranked && k+1 < len(toks) && text.Joined(toks[k-1], t, toks[k+1]) && (t.Form == "-" || t.Form == "‐"):
		default:
			if !ranked || setNouns[t.Lower] == "" {
				return 0, 0, false
			}
			return k, n, true
		}
		k++
	}
	return 0, 0, false
}
