package polneareval

import (
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
)

// fileSpan is a half-open byte range [start, end) into a PolNeAR .txt file,
// header included: the gold's convention.
type fileSpan struct{ start, end int }

func (s fileSpan) len() int { return max(0, s.end-s.start) }

// offsetMap carries byte offsets in an Article's Text back to the file it was
// built from. Cleaning collapses whitespace (a no-break space becomes a
// plain one, a line break inside a paragraph a space) and may drop or
// compose characters, so the two texts agree only on their non-space runes
// in order; the map pairs those up.
type offsetMap struct {
	art     []int // article byte offset of each paired rune, ascending
	file    []int // file byte offset of the same rune
	fileEnd []int // file byte offset just after it
}

type runeAt struct {
	r          rune
	start, end int
}

func nonSpaceRunes(s string, from int) []runeAt {
	out := make([]runeAt, 0, len(s)-from)
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

// newOffsetMap pairs the non-space runes of the article text with those of
// the file from the byte offset from on. Where they differ it looks for the
// nearest point, within resyncWindow runes on either side, where three runes
// agree again.
func newOffsetMap(articleText, file string, from int) offsetMap {
	a, f := nonSpaceRunes(articleText, 0), nonSpaceRunes(file, from)
	agree := func(i, j int) bool {
		for k := 0; k < 3 && i+k < len(a) && j+k < len(f); k++ {
			if a[i+k].r != f[j+k].r {
				return false
			}
		}
		return i < len(a) && j < len(f)
	}
	m := offsetMap{}
	for i, j := 0, 0; i < len(a) && j < len(f); {
		if a[i].r == f[j].r {
			m.art = append(m.art, a[i].start)
			m.file = append(m.file, f[j].start)
			m.fileEnd = append(m.fileEnd, f[j].end)
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

// span maps an article span to the file: from the first paired rune at or
// after its start to the end of the last paired rune before its end. A span
// with no paired rune maps to an empty span.
func (m offsetMap) span(s corpus.Span) fileSpan {
	lo := sort.SearchInts(m.art, s.Start)
	hi := sort.SearchInts(m.art, s.End) - 1
	if s.End <= s.Start || lo > hi || lo >= len(m.art) {
		return fileSpan{}
	}
	return fileSpan{m.file[lo], m.fileEnd[hi]}
}
