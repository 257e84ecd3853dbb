package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// item is one whole piece of a header, legend, hint or detail line. When
// a line has no room for every item, the least important ones are left
// out whole (the later of equally important ones first), so what shows
// is never cut mid-word.
type item struct {
	text string // may hold styles
	prio int    // higher stays longer
}

// dropOrder lists item indexes in the order they are left out.
func dropOrder(items []item) []int {
	order := make([]int, len(items))
	for i := range order {
		order[i] = i
	}
	// least important first; among equals the later item first
	for i := 1; i < len(order); i++ {
		for j := i; j > 0; j-- {
			a, b := items[order[j-1]], items[order[j]]
			if b.prio < a.prio || b.prio == a.prio && order[j] > order[j-1] {
				order[j-1], order[j] = order[j], order[j-1]
			} else {
				break
			}
		}
	}
	return order
}

// fitItems joins items with sep on one line of at most width columns,
// leaving out the least important items until the rest fit. A lone item
// wider than the line is cut at a word boundary, the last resort of a
// terminal narrower than any item.
func fitItems(items []item, sep string, width int) string {
	lines := flowItems(items, sep, width, 1)
	if len(lines) == 0 {
		return ""
	}
	return lines[0]
}

// flowItems lays items out over at most maxLines lines of width columns,
// breaking lines between items (an item wider than a line is word-wrapped
// on lines of its own), and leaving out the least important items until
// the rest fit.
func flowItems(items []item, sep string, width, maxLines int) []string {
	return layItems(items, sep, width, maxLines, flow)
}

// wrapItems lays items out like flowItems; when they need more lines
// that way, as one paragraph wrapped at spaces, so a long item starts on
// the line where the last one ended: the detail line keeps more whole
// items in its few lines that way.
func wrapItems(items []item, sep string, width, maxLines int) []string {
	return layItems(items, sep, width, maxLines, func(shown []string, sep string, width int) []string {
		if lines := flow(shown, sep, width); len(lines) <= maxLines {
			return lines
		}
		lines := strings.Split(wrapWords(strings.Join(shown, sep), width), "\n")
		// a separator never starts or ends a line
		bare := strings.TrimSpace(sep)
		for i, l := range lines {
			l = strings.TrimRight(l, " ")
			l = strings.TrimSuffix(l, " "+bare)
			lines[i] = strings.TrimPrefix(l, bare+" ")
		}
		return lines
	})
}

// layItems leaves out the least important items until lay puts the rest
// on at most maxLines lines.
func layItems(items []item, sep string, width, maxLines int, lay func([]string, string, int) []string) []string {
	if width <= 0 || maxLines <= 0 {
		return nil
	}
	kept := make([]bool, len(items))
	for i := range kept {
		kept[i] = items[i].text != ""
	}
	order := dropOrder(items)
	layKept := func() []string {
		var shown []string
		for i, it := range items {
			if kept[i] {
				shown = append(shown, it.text)
			}
		}
		return lay(shown, sep, width)
	}
	for d := 0; ; d++ {
		lines := layKept()
		if len(lines) <= maxLines {
			// Leaving out a long item can free room that a shorter, less
			// important one dropped before it fits in: take those back,
			// most important first.
			for e := d - 1; e >= 0; e-- {
				if i := order[e]; items[i].text != "" {
					kept[i] = true
					if more := layKept(); len(more) <= maxLines {
						lines = more
					} else {
						kept[i] = false
					}
				}
			}
			return lines
		}
		shown := 0
		for _, k := range kept {
			if k {
				shown++
			}
		}
		if shown <= 1 || d >= len(order) {
			// One item left that does not fit: cut it at a word.
			last := maxLines - 1
			lines[last] = truncateWords(lines[last]+" "+lines[maxLines], width)
			return lines[:maxLines]
		}
		kept[order[d]] = false
	}
}

// flow places items left to right, starting a new line when the next item
// does not fit.
func flow(items []string, sep string, width int) []string {
	var lines []string
	cur, curW := "", 0
	sepW := ansi.StringWidth(sep)
	for _, it := range items {
		w := ansi.StringWidth(it)
		switch {
		case curW > 0 && curW+sepW+w <= width:
			cur += sep + it
			curW += sepW + w
			continue
		case curW > 0:
			lines = append(lines, cur)
			cur, curW = "", 0
		}
		if w <= width {
			cur, curW = it, w
			continue
		}
		wrapped := strings.Split(wrapWords(it, width), "\n")
		lines = append(lines, wrapped[:len(wrapped)-1]...)
		cur = wrapped[len(wrapped)-1]
		curW = ansi.StringWidth(cur)
	}
	if curW > 0 || len(lines) == 0 {
		lines = append(lines, cur)
	}
	return lines
}

// wrapWords word-wraps a styled string at spaces; a word wider than the
// line is cut at grapheme boundaries (ansi.Wrap does both, keeping styles).
func wrapWords(s string, width int) string {
	return ansi.Wrap(s, max(1, width), "")
}

// truncateWords shortens a styled string to at most width columns, cutting
// at the last space that leaves room for "…", so no word is cut in half
// (a single word wider than the line is cut, with "…").
func truncateWords(s string, width int) string {
	if width <= 0 {
		return ""
	}
	if ansi.StringWidth(s) <= width {
		return s
	}
	cut := ansi.Truncate(s, max(0, width-1), "")
	plain := ansi.Strip(cut)
	if i := strings.LastIndexByte(strings.TrimRight(plain, " "), ' '); i > 0 {
		// cut again at the column of that space
		cut = ansi.Truncate(cut, ansi.StringWidth(plain[:i]), "")
	}
	return cut + "…"
}

// count is a number with its noun, singular for one: "1 outlet", "3
// outlets". A one-article folder must not read "1 outlets" on a projector.
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
