package tui

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// line is one visual line of a wrapped article: a byte range of its text.
type line struct {
	start, end int
	para       int // paragraph index, -1 for the blank line between paragraphs
}

// wrapText word-wraps plain text to width columns, keeping byte offsets so
// highlights can be laid on afterwards. Words wider than the line are cut
// (by display width, so CJK and emoji stay whole).
func wrapText(text string, paras [][2]int, width int) []line {
	if width < 1 {
		width = 1
	}
	var out []line
	for pi, p := range paras {
		if pi > 0 {
			out = append(out, line{p[0], p[0], -1})
		}
		ls, col := p[0], 0
		lastEnd := p[0] // end of the last word placed on the line
		// started says the line holds a word: col alone cannot, since a
		// word can be zero columns wide (a lone combining mark).
		started := false
		i := p[0]
		for i < p[1] {
			for i < p[1] && text[i] == ' ' {
				i++
			}
			if i >= p[1] {
				break
			}
			ws := i
			for i < p[1] && text[i] != ' ' {
				i++
			}
			word := text[ws:i]
			w := ansi.StringWidth(word)
			// The line shows every space between its words, so a run of
			// them (an expanded tab) counts whole.
			gap := ws - lastEnd
			if !started {
				gap = 0
			}
			if started && col+gap+w > width {
				out = append(out, line{ls, lastEnd, pi})
				ls, col, gap, started = ws, 0, 0, false
			}
			if w > width {
				// Cut an over-long word into width-sized pieces.
				for len(word) > 0 {
					n, cw := 0, 0
					for n < len(word) {
						r, size := utf8.DecodeRuneInString(word[n:])
						rw := ansi.StringWidth(string(r))
						if cw+rw > width-col && (cw > 0 || col > 0) {
							break
						}
						cw += rw
						n += size
					}
					if n == 0 { // a rune wider than the line: emit it alone
						_, n = utf8.DecodeRuneInString(word)
					}
					seg := word[:n]
					segStart := ws + (len(text[ws:i]) - len(word))
					if !started {
						ls = segStart
					}
					started = true
					lastEnd = segStart + len(seg)
					word = word[n:]
					if len(word) > 0 {
						out = append(out, line{ls, lastEnd, pi})
						col, started = 0, false
						ls = lastEnd
					} else {
						col = cw
					}
				}
				continue
			}
			if !started {
				ls = ws
			}
			started = true
			col += gap + w
			lastEnd = i
		}
		out = append(out, line{ls, lastEnd, pi})
	}
	return out
}

// padRight pads a styled string to width columns.
func padRight(s string, width int) string {
	w := ansi.StringWidth(s)
	if w >= width {
		return s
	}
	out := s + strings.Repeat(" ", width-w)
	// A prepended mark at the end (U+0600) joins the first space into its
	// character, which then counts one column, not two.
	if ow := ansi.StringWidth(out); ow < width {
		out += strings.Repeat(" ", width-ow)
	}
	return out
}

// fit truncates a styled string to width columns and pads it to exactly width.
func fit(s string, width int) string {
	if width <= 0 {
		return ""
	}
	if ansi.StringWidth(s) > width {
		s = ansi.Truncate(s, width, "…")
	}
	return padRight(s, width)
}
