// Package textmap carries byte offsets in a cleaned text back to the raw
// text it was built from. The research corpora give their gold spans as
// byte offsets into files, while framediff's spans point into an Article's
// Text, which cleaning has changed: whitespace collapsed (a no-break space
// becomes a plain one, a line break inside a paragraph a space), control
// characters dropped, combining marks composed. The two texts agree only on
// their non-space runes in order, so the map pairs those up.
package textmap

import (
	"iter"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Map pairs the non-space runes of a cleaned text with those of the raw
// text. The zero Map pairs nothing.
type Map struct {
	clean  []int // cleaned-text byte offset of each paired rune, ascending
	raw    []int // raw-text byte offset of the same rune
	rawEnd []int // raw-text byte offset just after it
	runes  int   // non-space runes in the cleaned text, paired or not
}

type runeAt struct {
	r          rune
	start, end int
}

func nonSpaceRunes(s string, from int) []runeAt {
	out := make([]runeAt, 0, max(0, len(s)-from))
	for i := from; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			out = append(out, runeAt{r, i, i + n})
		}
		i += n
	}
	return out
}

// resyncWindow is how far apart (in non-space runes) the two texts may drift
// where cleaning dropped or rewrote characters before the map gives up on
// that stretch and steps over it rune by rune.
const resyncWindow = 16

// New pairs the non-space runes of the cleaned text with those of the raw
// text from the byte offset from on (a header before it is not part of
// the cleaned text). Where they differ it looks for the nearest point,
// within resyncWindow runes on either side, where three runes agree again.
func New(cleaned, raw string, from int) *Map {
	from = min(max(0, from), len(raw))
	a, f := nonSpaceRunes(cleaned, 0), nonSpaceRunes(raw, from)
	agree := func(i, j int) bool {
		for k := 0; k < 3 && i+k < len(a) && j+k < len(f); k++ {
			if a[i+k].r != f[j+k].r {
				return false
			}
		}
		return i < len(a) && j < len(f)
	}
	m := &Map{runes: len(a)}
	for i, j := 0, 0; i < len(a) && j < len(f); {
		if a[i].r == f[j].r {
			m.clean = append(m.clean, a[i].start)
			m.raw = append(m.raw, f[j].start)
			m.rawEnd = append(m.rawEnd, f[j].end)
			i, j = i+1, j+1
			continue
		}
		di, dj := 1, 1 // a rune rewritten: step over it in both
	search:
		for d := 1; d <= 2*resyncWindow; d++ {
			for x := max(0, d-resyncWindow); x <= min(d, resyncWindow); x++ {
				if agree(i+x, j+d-x) {
					di, dj = x, d-x
					break search
				}
			}
		}
		i, j = i+di, j+dj
	}
	return m
}

// Span maps the cleaned-text byte span [start, end) to the raw text: from
// the first paired rune at or after start to the end of the last paired
// rune before end. A span with no paired rune maps to the empty span
// (0, 0).
func (m *Map) Span(start, end int) (int, int) {
	lo := sort.SearchInts(m.clean, start)
	hi := sort.SearchInts(m.clean, end) - 1
	if end <= start || lo > hi || lo >= len(m.clean) {
		return 0, 0
	}
	return m.raw[lo], m.rawEnd[hi]
}

// Unpaired counts the non-space runes of the cleaned text that the map
// could not pair with the raw text: zero when cleaning only changed
// whitespace.
func (m *Map) Unpaired() int { return m.runes - len(m.clean) }

// Runes counts the non-space runes of the cleaned text.
func (m *Map) Runes() int { return m.runes }

// Pairs yields each paired rune's byte offset in the cleaned text and in
// the raw text, in order.
func (m *Map) Pairs() iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for k := range m.clean {
			if !yield(m.clean[k], m.raw[k]) {
				return
			}
		}
	}
}

// Paragraphs splits a research file's body into its paragraphs, which
// blank lines separate, each with its own line breaks kept.
func Paragraphs(body string) []string {
	var paras, cur []string
	for line := range strings.SplitSeq(body, "\n") {
		if strings.TrimSpace(line) != "" {
			cur = append(cur, line)
			continue
		}
		if len(cur) > 0 {
			paras, cur = append(paras, strings.Join(cur, "\n")), nil
		}
	}
	if len(cur) > 0 {
		paras = append(paras, strings.Join(cur, "\n"))
	}
	return paras
}
