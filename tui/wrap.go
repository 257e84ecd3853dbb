package tui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/clipperhouse/uax29/v2/graphemes"
)

// line is one visual line of a wrapped article: a byte range of its text.
type line struct {
	start, end int
	para       int  // paragraph index, -1 for the blank line between paragraphs
	broken     bool // the line ends inside a word too wide for any line: shown with brokenMark
}

// brokenMark ends a line that had to cut a word wider than the pane, so a
// reader sees the word goes on.
const brokenMark = "↩"

// wrapText word-wraps plain text to width columns, keeping byte offsets so
// highlights can be laid on afterwards. Lines break only at spaces; a word
// wider than the line is cut at grapheme boundaries into pieces one column
// narrower than the line, each but the last marked broken (room for
// brokenMark), so emoji, CJK and combining marks stay whole.
func wrapText(text string, paras [][2]int, width int) []line {
	if width < 1 {
		width = 1
	}
	var out []line
	for pi, p := range paras {
		if pi > 0 {
			out = append(out, line{start: p[0], end: p[0], para: -1})
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
				out = append(out, line{start: ls, end: lastEnd, para: pi})
				ls, col, gap, started = ws, 0, 0, false
			}
			if w > width {
				if started {
					// An over-long word starts on a line of its own.
					out = append(out, line{start: ls, end: lastEnd, para: pi})
					started = false
				}
				for _, piece := range breakWord(word, width) {
					s, e := ws+piece[0], ws+piece[1]
					if e < i {
						out = append(out, line{start: s, end: e, para: pi, broken: width > 1})
						continue
					}
					ls, lastEnd, started = s, e, true
					col = ansi.StringWidth(text[s:e])
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
		out = append(out, line{start: ls, end: lastEnd, para: pi})
	}
	return out
}

// breakWord cuts a word wider than width into byte ranges at grapheme
// boundaries: every piece but the last at most width-1 columns (the last
// column holds brokenMark), the last at most width. A grapheme wider than
// a piece is a piece of its own.
func breakWord(word string, width int) [][2]int {
	room := max(1, width-1)
	var out [][2]int
	start, col := 0, 0
	g := graphemes.FromString(word)
	for g.Next() {
		gw := ansi.StringWidth(g.Value())
		if col > 0 && col+gw > room {
			// The rest may fit the whole width when it is the last piece.
			if ansi.StringWidth(word[start:]) <= width {
				break
			}
			out = append(out, [2]int{start, g.Start()})
			start, col = g.Start(), 0
		}
		col += gw
	}
	return append(out, [2]int{start, len(word)})
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

// offsetAt is the byte offset of text under column col of a visual line,
// false when col is past the line's end or the line is blank.
func offsetAt(text string, ln line, col int) (int, bool) {
	if ln.para < 0 || col < 0 {
		return 0, false
	}
	at := 0
	g := graphemes.FromString(text[ln.start:ln.end])
	for g.Next() {
		w := ansi.StringWidth(g.Value())
		if col < at+w {
			return ln.start + g.Start(), true
		}
		at += w
	}
	return 0, false
}
