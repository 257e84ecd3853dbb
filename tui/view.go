package tui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// View renders the whole screen.
func (m *Model) View() tea.View {
	v := tea.NewView(m.Render())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = "framediff"
	return v
}

// Render draws the screen as a string of exactly height lines, each at most
// width columns wide.
func (m *Model) Render() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	var rows []string
	rows = append(rows, fit(m.styles.Bar.Render(fit(m.titleBar(), m.width)), m.width))
	switch {
	case m.help:
		rows = append(rows, m.helpLines()...)
	case m.present:
		rows = append(rows, m.presentationLines(m.height-1)...)
	default:
		rows = append(rows, m.paneRows()...)
		rows = append(rows, m.summaryLines()...)
		rows = append(rows, m.detailLines()...)
		rows = append(rows, fit(m.legendLine(), m.width))
	}
	for len(rows) < m.height {
		rows = append(rows, strings.Repeat(" ", m.width))
	}
	if len(rows) > m.height {
		rows = rows[:m.height]
	}
	for i, r := range rows {
		rows[i] = fit(r, m.width)
	}
	return strings.Join(rows, "\n")
}

// titleBar is the header line. The corpus description takes the width the
// counts, the help hint and the articles hint leave, so those stay visible
// at 80 columns and a long description shows whole on a wide terminal.
func (m *Model) titleBar() string {
	rest := fmt.Sprintf(" · %d outlets · %d differences · ? help", len(m.c.Outlets), len(m.c.Differences))
	if len(m.visible()) < len(m.panes) {
		rest += fmt.Sprintf(" · articles %d-%d of %d (h/l)", m.first+1, m.first+len(m.visible()), len(m.panes))
	}
	head := " framediff · "
	title := m.title
	if room := m.width - ansi.StringWidth(head+rest); ansi.StringWidth(title) > room {
		title = ansi.Truncate(title, max(room, 12), "…")
	}
	return head + title + rest
}

func (m *Model) paneRows() []string {
	vis := m.visible()
	bh := m.bodyHeight()
	total := paneHeaderLines + bh
	if len(vis) == 0 {
		rows := make([]string, total)
		rows[0] = "No articles to show."
		return rows
	}
	w := m.paneWidth(len(vis))
	cols := make([][]string, len(vis))
	for i, p := range vis {
		m.ensure(p)
		focused := m.focus == i+1
		cols[i] = append(cols[i], m.paneHeader(p, w, focused)...)
		for j := 0; j < bh; j++ {
			if k := p.top + j; k < len(p.rendered) {
				cols[i] = append(cols[i], p.rendered[k])
			} else {
				cols[i] = append(cols[i], strings.Repeat(" ", w))
			}
		}
	}
	sep := m.styles.Dim.Render("│")
	rows := make([]string, total)
	for r := 0; r < total; r++ {
		var b strings.Builder
		for i := range cols {
			if i > 0 {
				b.WriteString(sep)
			}
			b.WriteString(fit(cols[i][r], w))
		}
		rows[r] = b.String()
	}
	return rows
}

func (m *Model) paneHeader(p *pane, w int, focused bool) []string {
	a := p.an.Article
	outlet := p.an.Outlet
	from := string(a.OutletFrom)
	if from == "" {
		from = "not given"
	}
	st := m.styles.Title
	if focused {
		st = m.styles.Focused
	}
	marker := "  "
	if focused {
		marker = "▶ "
	}
	title := a.Title
	if title == "" {
		title = "(no headline)"
	}
	date := "undated"
	if !a.Date.IsZero() {
		date = a.Date.Format("2 Jan 2006")
	}
	src := strings.Join(a.Sources, ", ")
	if len(a.Sources) > 1 {
		src = fmt.Sprintf("%d copies: %s", len(a.Sources), src)
	}
	pct := 0
	if len(p.lines) > 0 {
		pct = min(100, 100*(p.top+m.bodyHeight())/len(p.lines))
	}
	return []string{
		fit(marker+st.Render(outlet)+m.styles.Dim.Render(" (outlet from "+from+")"), w),
		fit("  "+m.styles.Bold.Render(title), w),
		fit(m.styles.Dim.Render(fmt.Sprintf("  %s · %d%% · %s%s", date, pct, noteOf(p.an), src)), w),
	}
}

func (m *Model) summaryLines() []string {
	rows := m.summaryRows()
	head := "Differences, ranked"
	if m.focus == 0 {
		head = "▶ " + m.styles.Focused.Render(head) + m.styles.Dim.Render("  (j/k select · enter show evidence · tab to panes)")
	} else {
		head = "  " + m.styles.Title.Render(head)
	}
	out := []string{fit(head, m.width)}
	if len(m.c.Differences) == 0 {
		out = append(out, fit("  No differences: fewer than two outlets, or nothing the lexicon marks.", m.width))
		for len(out) < rows+1 {
			out = append(out, "")
		}
		return out
	}
	for i := m.sumTop; i < m.sumTop+rows; i++ {
		if i >= len(m.c.Differences) {
			out = append(out, "")
			continue
		}
		d := m.c.Differences[i]
		s := fmt.Sprintf("%2d. [%s] %s", i+1, d.Kind, d.Summary)
		if i == m.sel {
			out = append(out, m.styles.Selected.Render(fit(s, m.width)))
		} else {
			out = append(out, fit(s, m.width))
		}
	}
	return out
}

// detailLines wraps the explanation over detailHeight lines.
func (m *Model) detailLines() []string {
	wrapped := strings.Split(ansi.Wrap(m.detailLine(), max(1, m.width), ""), "\n")
	out := make([]string, detailHeight)
	for i := range out {
		if i < len(wrapped) {
			out[i] = wrapped[i]
		}
	}
	if len(wrapped) > detailHeight {
		out[detailHeight-1] = ansi.Truncate(out[detailHeight-1], max(0, m.width-1), "") + "…"
	}
	return out
}

// detailLine explains the highlight in focus, or the selected difference.
func (m *Model) detailLine() string {
	if p := m.focusedPane(); p != nil && p.cur >= 0 && p.cur < len(p.an.Hits) {
		h := p.an.Hits[p.cur]
		s := fmt.Sprintf("%s · %s · %q", h.Category, h.RuleID, h.Surface)
		if h.Stem != "" {
			s += fmt.Sprintf(" (stem %q)", h.Stem)
		}
		if h.Concept != "" {
			s += " · " + h.Concept
		}
		if h.Variant != "" {
			s += ": " + h.Variant
		}
		// The rule's file:line comes before the longer explanations, so
		// a narrow terminal cuts the note, not the source.
		if h.Source != "" {
			s += " · " + h.Source
		}
		s += " · " + h.Voice.String()
		if q := p.an.QuotationAt(h.Start); q != nil {
			s += " · " + q.Describe()
		}
		if target := m.c.AimedAt(p.an, h.Start); target != "" {
			s += " · aimed at " + target
		}
		if a, mt := m.c.MentionAt(p.an, h.Start); a != nil {
			s += fmt.Sprintf(" · actor %s, label %q", a.Name, mt.Label)
		}
		if h.Note != "" {
			s += " · " + h.Note
		}
		return s
	}
	if m.actor >= 0 {
		return m.actors[m.actor].Describe()
	}
	if m.sel < len(m.c.Differences) {
		d := m.c.Differences[m.sel]
		n := len(d.Evidence)
		s := fmt.Sprintf("%d. %s (salience %.2f, %d pieces of evidence): %s", m.sel+1, d.Kind, d.Salience, n, d.Summary)
		return s
	}
	return "n/N: step through highlights · tab: focus a pane"
}

func (m *Model) legendLine() string {
	var parts []string
	for _, ci := range m.styles.categories {
		label := ci.key + " " + string(ci.cat)
		if m.enabled[ci.cat] {
			parts = append(parts, m.styles.catSGR[ci.cat].wrap(label))
		} else {
			parts = append(parts, m.styles.Dim.Render(label+" (off)"))
		}
	}
	parts = append(parts, m.styles.quoted.wrap("quoted speech"))
	return strings.Join(parts, " ")
}

func (m *Model) helpLines() []string {
	lines := []string{"", m.styles.Title.Render("  Keys"), ""}
	for _, b := range m.keys.all() {
		h := b.Help()
		if h.Key == "" {
			continue
		}
		lines = append(lines, fmt.Sprintf("  %-10s %s", h.Key, h.Desc))
	}
	lines = append(lines, "", m.styles.Title.Render("  Highlights"), "")
	for _, ci := range m.styles.categories {
		desc := ": " + ci.cat.Description()
		if !shownByDefault(ci.cat) {
			desc += " (off by default)"
		}
		lines = append(lines, "  "+m.styles.catSGR[ci.cat].wrap(string(ci.cat))+desc)
	}
	lines = append(lines, "  "+m.styles.quoted.wrap("quoted speech")+": the words of the quoted speaker, not the outlet's",
		"  "+m.styles.actor.wrap("selected actor")+": every mention of the actor chosen with a/A; the detail line lists its labels by outlet",
		"  "+m.styles.current.wrap("reverse video")+": the highlight in focus (n/N) and the selected difference's evidence",
		"", "  A highlight inside a quotation is the speaker's word; the detail line says whose.",
		"", m.styles.Dim.Render("  Press any key to close help."))
	for i, l := range lines {
		lines[i] = ansi.Truncate(l, m.width, "…")
	}
	return lines
}
