package tui

import (
	"math/rand/v2"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"
)

// blinder hides outlet names behind letters ("Outlet A", "Outlet B", ...)
// given in a random order, so a class judges the framing before knowing
// the source. Names are replaced in every string the view shows, at render
// time: the analysis keeps the real names.
type blinder struct {
	label map[string]string // outlet -> "Outlet X"
	byKey map[string]string // lower-cased name or variant -> label
	re    *regexp.Regexp    // every name and variant, longest first
}

// blindLabel is the label of the i-th letter: A..Z, then AA, AB, ...
func blindLabel(i int) string {
	s := ""
	for {
		s = string(rune('A'+i%26)) + s
		i = i/26 - 1
		if i < 0 {
			return "Outlet " + s
		}
	}
}

// newBlinder gives each outlet a letter in an order drawn from seed.
func newBlinder(outlets []string, seed uint64) *blinder {
	b := &blinder{label: map[string]string{}, byKey: map[string]string{}}
	perm := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)).Perm(len(outlets))
	for i, o := range outlets {
		b.label[o] = blindLabel(perm[i])
	}
	// Each name is matched as written in any case, and squeezed of spaces
	// and hyphens as in a web address ("Fox News" in "foxnews.com").
	type variant struct{ text, label string }
	var vs []variant
	for _, o := range outlets {
		for _, v := range []string{o, strings.NewReplacer(" ", "", "-", "").Replace(o)} {
			if utf8.RuneCountInString(strings.TrimSpace(v)) == 0 {
				continue
			}
			k := strings.ToLower(v)
			if _, dup := b.byKey[k]; !dup {
				b.byKey[k] = b.label[o]
				vs = append(vs, variant{v, b.label[o]})
			}
		}
	}
	sort.SliceStable(vs, func(i, j int) bool { return len(vs[i].text) > len(vs[j].text) })
	var alts []string
	for _, v := range vs {
		q := regexp.QuoteMeta(v.text)
		if utf8.RuneCountInString(v.text) < 3 {
			// A two-letter name ("AP") in any case would eat parts of
			// words: as written, or as a word of its own in any case.
			alts = append(alts, q, `(?i:\b`+q+`\b)`)
			continue
		}
		alts = append(alts, "(?i:"+q+")")
	}
	if len(alts) > 0 {
		b.re = regexp.MustCompile(strings.Join(alts, "|"))
	}
	return b
}

// replace returns s with every outlet name replaced by its label.
func (b *blinder) replace(s string) string {
	out, _ := b.replaceMapped(s)
	return out
}

// replacement is one name replaced in a text: its byte range before and
// after.
type replacement struct{ from, to [2]int }

// replaceMapped replaces the names in s and returns the new text with a
// function moving a byte offset of s to the new text, so highlights laid
// on the original text land on the same words.
func (b *blinder) replaceMapped(s string) (string, func(int) int) {
	if b.re == nil {
		return s, func(o int) int { return o }
	}
	locs := b.re.FindAllStringIndex(s, -1)
	if len(locs) == 0 {
		return s, func(o int) int { return o }
	}
	var out strings.Builder
	reps := make([]replacement, 0, len(locs))
	prev := 0
	for _, l := range locs {
		out.WriteString(s[prev:l[0]])
		lab := b.labelOf(s[l[0]:l[1]])
		st := out.Len()
		out.WriteString(lab)
		reps = append(reps, replacement{[2]int{l[0], l[1]}, [2]int{st, out.Len()}})
		prev = l[1]
	}
	out.WriteString(s[prev:])
	return out.String(), func(o int) int {
		i := sort.Search(len(reps), func(i int) bool { return reps[i].from[0] > o }) - 1
		if i < 0 {
			return o
		}
		r := reps[i]
		switch {
		case o == r.from[0]:
			return r.to[0]
		case o < r.from[1]:
			return r.to[1]
		}
		return o - r.from[1] + r.to[1]
	}
}

// labelOf finds the label of a matched name.
func (b *blinder) labelOf(match string) string {
	if l, ok := b.byKey[strings.ToLower(match)]; ok {
		return l
	}
	for k, l := range b.byKey {
		if strings.EqualFold(k, match) {
			return l
		}
	}
	return "Outlet ?"
}
