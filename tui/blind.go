package tui

import (
	"math/rand/v2"
	"net/url"
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
	keys  []string          // every name and variant, lower-cased
}

// blindLabel is the label of the i-th letter: Outlet A..Z, then AA, AB, ...
func blindLabel(i int) string {
	s := ""
	for {
		s = string(rune('A'+i%26)) + s
		i = i/26 - 1
		if i < 0 {
			// A no-break space: a label is never wrapped apart.
			return "Outlet\u00a0" + s
		}
	}
}

// nameVariants are the ways a text may write an outlet's name: as given,
// without a leading "The" or a trailing edition word ("English",
// "Online"), squeezed of spaces and hyphens as in a web address ("Fox
// News" in "foxnews.com"), shortened the way "The Jerusalem Post" becomes
// "JPost", and the site name of its articles' addresses ("jpost" of
// www.jpost.com).
func nameVariants(name string, hosts []string) []string {
	out := []string{name}
	words := strings.Fields(name)
	if len(words) > 1 && strings.EqualFold(words[0], "the") {
		words = words[1:]
		out = append(out, strings.Join(words, " "))
	}
	if n := len(words); n > 1 {
		switch strings.ToLower(words[n-1]) {
		case "english", "online", "arabic", "international", "digital":
			words = words[:n-1]
			out = append(out, strings.Join(words, " "))
		}
	}
	squeeze := strings.NewReplacer(" ", "", "-", "")
	for _, v := range out[:len(out):len(out)] {
		out = append(out, squeeze.Replace(v))
	}
	if n := len(words); n > 1 {
		short := ""
		for _, w := range words[:n-1] {
			r, _ := utf8.DecodeRuneInString(w)
			short += string(r)
		}
		out = append(out, short+words[n-1])
	}
	for _, h := range hosts {
		if site := siteName(h); utf8.RuneCountInString(site) >= 4 {
			out = append(out, site)
		}
	}
	return out
}

// siteName is the label of a web address's host before its top-level
// domain: "jpost" for https://www.jpost.com/x, "almayadeen" for
// english.almayadeen.net.
func siteName(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Hostname() == "" {
		return ""
	}
	labels := strings.Split(u.Hostname(), ".")
	if len(labels) < 2 {
		return ""
	}
	return labels[len(labels)-2]
}

// newBlinder gives each outlet a letter in an order drawn from seed; hosts
// lists the web addresses of each outlet's articles.
func newBlinder(outlets []string, hosts map[string][]string, seed uint64) *blinder {
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
		for _, v := range nameVariants(o, hosts[o]) {
			// Names come sanitized from the corpus; one that is not
			// valid text could not be in a sanitized article either.
			if strings.TrimSpace(v) == "" || !utf8.ValidString(v) {
				continue
			}
			k := strings.ToLower(v)
			if _, dup := b.byKey[k]; !dup {
				b.byKey[k] = b.label[o]
				b.keys = append(b.keys, k)
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
		// Every piece is quoted valid text, so this compiles; were it not
		// to, the fast search of find still replaces the names.
		b.re, _ = regexp.Compile(strings.Join(alts, "|"))
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
	if len(b.keys) == 0 {
		return s, func(o int) int { return o }
	}
	locs := b.find(s)
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

// find returns the byte ranges of the names in s, leftmost first and the
// longest at one place. Lower-casing keeps byte offsets for almost every
// text and searching it is many times faster than a case-folding regexp;
// the regexp is kept for the texts it does not.
func (b *blinder) find(s string) [][]int {
	lower := strings.ToLower(s)
	if len(lower) != len(s) && b.re != nil {
		return b.re.FindAllStringIndex(s, -1)
	}
	next := make([]int, len(b.keys)) // next occurrence of each key at or after pos, -2 unknown
	for i := range next {
		next[i] = -2
	}
	var out [][]int
	pos := 0
	for pos < len(lower) {
		best, bestKey := -1, -1
		for i, k := range b.keys {
			if next[i] == -1 || next[i] >= 0 && next[i] < pos {
				if next[i] == -1 {
					continue
				}
				next[i] = -2
			}
			if next[i] == -2 {
				next[i] = b.index(lower, k, pos)
			}
			if n := next[i]; n >= 0 && (best < 0 || n < best || n == best && len(k) > len(b.keys[bestKey])) {
				best, bestKey = n, i
			}
		}
		if best < 0 {
			break
		}
		out = append(out, []int{best, best + len(b.keys[bestKey])})
		pos = best + len(b.keys[bestKey])
	}
	return out
}

// index finds key in lower from pos; a key shorter than three letters
// must stand as a word of its own.
func (b *blinder) index(lower, key string, pos int) int {
	for pos <= len(lower) {
		i := strings.Index(lower[pos:], key)
		if i < 0 {
			return -1
		}
		i += pos
		if utf8.RuneCountInString(key) >= 3 || !wordByte(lower, i-1) && !wordByte(lower, i+len(key)) {
			return i
		}
		pos = i + 1
	}
	return -1
}

// wordByte says whether s holds an ASCII letter or digit at i.
func wordByte(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	c := s[i]
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
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
	return "Outlet\u00a0?"
}

// newNameHider hides outlet names without letters, as "[outlet]": for the
// story list of a blind run, where the letters of a story are not drawn
// until it is opened and no letter may hint at one outlet across stories.
func newNameHider(outlets []string) *blinder {
	b := newBlinder(outlets, nil, 0)
	for k := range b.byKey {
		b.byKey[k] = "[outlet]"
	}
	for o := range b.label {
		b.label[o] = "[outlet]"
	}
	return b
}
