package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"

	"github.com/framediff/framediff/framing"
)

// Presentation mode shows one difference at a time for a class: which of
// how many, its summary, and each outlet's evidence as whole sentences,
// spaced out, in columns when every outlet gets presentColumn columns and
// one outlet under another when not. Everything under the "n of m" line
// scrolls (j/k); the last line says when more lies below or above.

const (
	// presentColumn is the narrowest column of evidence worth reading.
	presentColumn = 30
	// presentMeasure caps the length of a line of text, for reading from
	// the back of a room.
	presentMeasure = 100
	// presentPerOutlet caps the sentences shown for one outlet; the panes
	// hold the rest.
	presentPerOutlet = 6
	columnGap        = " │ "
)

// presRows is how many lines of the presentation body are in view: the
// screen less the title bar, the "n of m" line with a blank line around it
// and the footer.
func (m *Model) presRows() int { return max(1, m.height-1-3-1) }

func (m *Model) presentationLines(h int) []string {
	if len(m.c.Differences) == 0 {
		// Say how back out: the footer with its keys is not drawn here.
		hl := m.keys.Close.Help()
		return []string{"", center(fitItems([]item{{"No differences to present.", 9}, {m.styles.Dim.Render(hl.Key + " " + hl.Desc), 8}}, "  ", m.width), m.width)}
	}
	d := m.c.Differences[m.sel]
	head := fitItems([]item{
		{m.styles.Bold.Render(fmt.Sprintf("Difference %d of %d", m.sel+1, len(m.c.Differences))), 9},
		{m.styles.Bold.Render(strings.ToUpper(string(d.Kind))), 5},
	}, " · ", m.width)
	out := []string{"", center(head, m.width), ""}
	body := m.presentationBody()
	rows := max(0, h-len(out)-1)
	if len(body) < rows {
		// A difference that fits sits a third of the way down, not
		// against the top of a projected screen.
		body = append(make([]string, (rows-len(body))/3), body...)
	}
	top := max(0, min(m.presTop, len(body)-rows))
	end := min(len(body), top+rows)
	out = append(out, body[top:end]...)
	for len(out) < h-1 {
		out = append(out, "")
	}
	items := []item{}
	switch {
	case end < len(body) && top > 0:
		items = append(items, item{m.styles.Bold.Render("↓ more below, ↑ more above (j/k)"), 9})
	case end < len(body):
		items = append(items, item{m.styles.Bold.Render("↓ more below (j)"), 9})
	case top > 0:
		items = append(items, item{m.styles.Bold.Render("↑ more above (k)"), 9})
	}
	k := m.keys
	for _, b := range []struct {
		b    key.Binding
		prio int
	}{{k.NextDiff, 8}, {k.PrevDiff, 7}, {k.Scroll, 5}, {k.Blind, 3}, {k.Help, 4}, {k.Close, 6}, {k.Quit, 2}} {
		hl := b.b.Help()
		items = append(items, item{m.styles.Dim.Render(hl.Key + " " + hl.Desc), b.prio})
	}
	out = append(out, center(fitItems(items, "  ", m.width), m.width))
	return out
}

// presentationBody is every line of the selected difference below the
// "n of m" line: the summary, then the evidence by outlet.
func (m *Model) presentationBody() []string {
	if m.sel >= len(m.c.Differences) || m.width <= 0 {
		return nil
	}
	d := m.c.Differences[m.sel]
	textW := max(1, min(m.width-4, presentMeasure))
	var out []string
	for _, l := range m.wrapStyled(m.shownText(d.Summary), textW) {
		out = append(out, center(m.styles.Title.Render(l), m.width))
	}
	out = append(out, "")
	byOutlet := map[string][]framing.Evidence{}
	for _, e := range d.Evidence {
		byOutlet[e.Outlet] = append(byOutlet[e.Outlet], e)
	}
	outlets := m.outletOrder()
	n := max(1, len(outlets))
	if colW := (m.width - (n-1)*ansi.StringWidth(columnGap)) / n; colW >= presentColumn {
		return append(out, m.presentColumns(outlets, byOutlet, min(colW, presentMeasure))...)
	}
	// One outlet under another, the text centred at a readable measure;
	// the outlets with no evidence are named together at the end.
	margin := strings.Repeat(" ", max(0, (m.width-textW)/2))
	var none []string
	for _, o := range outlets {
		if len(byOutlet[o]) == 0 {
			none = append(none, m.outletName(o))
			continue
		}
		for _, l := range m.outletBlock(o, byOutlet[o], textW) {
			out = append(out, margin+l)
		}
		out = append(out, "")
	}
	if len(none) > 0 {
		for _, l := range m.wrapStyled("Nothing of this in "+strings.Join(none, ", ")+".", textW) {
			out = append(out, margin+m.styles.Dim.Render(l))
		}
	}
	return out
}

// presentColumns lays the outlets' blocks side by side.
func (m *Model) presentColumns(outlets []string, byOutlet map[string][]framing.Evidence, colW int) []string {
	blocks := make([][]string, len(outlets))
	rows := 0
	for i, o := range outlets {
		blocks[i] = m.outletBlock(o, byOutlet[o], colW)
		rows = max(rows, len(blocks[i]))
	}
	total := len(outlets)*colW + (len(outlets)-1)*ansi.StringWidth(columnGap)
	margin := strings.Repeat(" ", max(0, (m.width-total)/2))
	gap := m.styles.Dim.Render(columnGap)
	out := make([]string, rows)
	for r := range out {
		var b strings.Builder
		b.WriteString(margin)
		for i, blk := range blocks {
			if i > 0 {
				b.WriteString(gap)
			}
			cell := ""
			if r < len(blk) {
				cell = blk[r]
			}
			b.WriteString(fit(cell, colW))
		}
		out[r] = b.String()
	}
	return out
}

// outletBlock is one outlet's evidence at width columns: its name (wrapped,
// never cut), then each sentence with whose voice it is, a blank line
// between sentences.
func (m *Model) outletBlock(outlet string, ev []framing.Evidence, width int) []string {
	var out []string
	for _, l := range m.wrapStyled(m.outletName(outlet), width) {
		out = append(out, m.styles.Focused.Render(l))
	}
	out = append(out, "")
	if len(ev) == 0 {
		return append(out, m.styles.Dim.Render("(nothing here)"))
	}
	shown := m.c.OnePerSentence(ev, presentPerOutlet)
	for i, e := range shown {
		if i > 0 {
			out = append(out, "")
		}
		for _, l := range m.wrapStyled(m.shownText(e.Voice.String()), width) {
			out = append(out, m.styles.Dim.Render(l))
		}
		out = append(out, m.excerptLines(e, width)...)
	}
	if all := len(m.c.OnePerSentence(ev, len(ev))); all > len(shown) {
		out = append(out, "")
		for _, l := range m.wrapStyled(fmt.Sprintf("… %d more sentences: p, then the panes", all-len(shown)), width) {
			out = append(out, m.styles.Dim.Render(l))
		}
	}
	return out
}

// excerptLines wraps the sentence holding a piece of evidence with its
// words marked, the way the panes wrap articles: at spaces, a word wider
// than the line cut at graphemes and marked.
func (m *Model) excerptLines(e framing.Evidence, width int) []string {
	ex := m.c.Excerpt(e)
	txt, toView := ex.Text, func(o int) int { return o }
	if m.blind {
		txt, toView = m.blinder.replaceMapped(ex.Text)
	}
	var marks []mark
	// Emphasis only when the evidence is less than its whole sentence.
	if ex.Start < ex.End && ex.End-ex.Start < len(ex.Text) {
		marks = append(marks, mark{toView(ex.Start), toView(ex.End), m.styles.current, 1})
	}
	var out []string
	for _, ln := range wrapText(txt, [][2]int{{0, len(txt)}}, width) {
		out = append(out, renderLine(txt, ln, marks)+m.brokenMark(ln))
	}
	return out
}

// wrapStyled word-wraps a short plain string (a summary, a name) the way
// the panes wrap articles.
func (m *Model) wrapStyled(s string, width int) []string {
	var out []string
	for _, ln := range wrapText(s, [][2]int{{0, len(s)}}, width) {
		out = append(out, s[ln.start:ln.end]+m.brokenMark(ln))
	}
	return out
}

func center(s string, width int) string {
	w := ansi.StringWidth(s)
	if w >= width {
		return s
	}
	return strings.Repeat(" ", (width-w)/2) + s
}
