package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/framediff/framediff/framing"
)

// Presentation mode shows one difference at a time for a class: its
// summary large and centred, and each outlet's evidence side by side, in
// high contrast. space/→ next, ←/backspace previous, p or esc leaves.

func (m *Model) presentationLines(h int) []string {
	var out []string
	if len(m.c.Differences) == 0 {
		return []string{"", center("No differences to present.", m.width)}
	}
	d := m.c.Differences[m.sel]
	out = append(out, "", center(m.styles.Bold.Render(fmt.Sprintf("Difference %d of %d · %s", m.sel+1, len(m.c.Differences), strings.ToUpper(string(d.Kind)))), m.width), "")
	textW := max(10, min(m.width-4, 100))
	for _, l := range strings.Split(ansi.Wrap(d.Summary, textW, ""), "\n") {
		out = append(out, center(m.styles.Title.Render(l), m.width))
	}
	out = append(out, "")
	// Evidence, one column per outlet.
	byOutlet := map[string][]framing.Evidence{}
	for _, e := range d.Evidence {
		byOutlet[e.Outlet] = append(byOutlet[e.Outlet], e)
	}
	outlets := m.c.Outlets
	n := max(1, len(outlets))
	colW := max(1, (m.width-(n-1)*3)/n)
	cols := make([][]string, n)
	for i, o := range outlets {
		cols[i] = append(cols[i], fit(m.styles.Focused.Render(o), colW), "")
		ev := byOutlet[o]
		if len(ev) == 0 {
			cols[i] = append(cols[i], fit(m.styles.Dim.Render("(nothing here)"), colW))
		}
		seen := map[string]bool{}
		shown := 0
		for _, e := range ev {
			sent := evidenceText(m.c, e)
			if seen[sent] || shown == 3 {
				continue
			}
			seen[sent] = true
			shown++
			cols[i] = append(cols[i], fit(m.styles.Dim.Render(e.Voice.String()), colW))
			for _, l := range strings.Split(ansi.Wrap(m.emphasise(e, sent), colW, ""), "\n") {
				cols[i] = append(cols[i], fit(l, colW))
			}
			cols[i] = append(cols[i], "")
		}
		if more := len(ev) - shown; more > 0 {
			cols[i] = append(cols[i], fit(m.styles.Dim.Render(fmt.Sprintf("… %d more", more)), colW))
		}
	}
	rows := 0
	for _, c := range cols {
		rows = max(rows, len(c))
	}
	for r := 0; r < rows && len(out) < h-2; r++ {
		var b strings.Builder
		for i, c := range cols {
			if i > 0 {
				b.WriteString(" │ ")
			}
			if r < len(c) {
				b.WriteString(fit(c[r], colW))
			} else {
				b.WriteString(strings.Repeat(" ", colW))
			}
		}
		out = append(out, b.String())
	}
	for len(out) < h-1 {
		out = append(out, "")
	}
	out = append(out, center(m.styles.Dim.Render("space/→ next · ←/backspace previous · p or esc: back to the panes"), m.width))
	return out
}

// emphasise marks the evidence's words inside its sentence.
func (m *Model) emphasise(e framing.Evidence, sent string) string {
	if e.Article < 0 || e.Article >= len(m.c.Articles) {
		return sent
	}
	a := m.c.Articles[e.Article].Article
	i := a.SentenceAt(e.Start)
	if i < 0 {
		return sent
	}
	s := a.Sentences[i]
	st, en := e.Start-s.Start, e.End-s.Start
	if st < 0 || en > len(sent) || st >= en || en-st == len(sent) {
		return sent
	}
	return sent[:st] + m.styles.current.wrap(sent[st:en]) + sent[en:]
}

func center(s string, width int) string {
	w := ansi.StringWidth(s)
	if w >= width {
		return s
	}
	return strings.Repeat(" ", (width-w)/2) + s
}
