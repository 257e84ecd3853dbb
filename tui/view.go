package tui

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/framediff/framediff/framing"
	"github.com/framediff/framediff/lexicon"
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
		rows = append(rows, m.helpWindow()...)
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

// titleBar is the header line: items left out whole, least important
// first, when the terminal is narrow. The corpus description is two items
// (what was loaded, then its counts) so its first part stays longest.
func (m *Model) titleBar() string {
	desc := m.shownText(m.title)
	items := []item{{"framediff", 3}, {desc, 4}}
	var rest []item
	if m.storyList {
		// Which story outlasts the folder it came from.
		rest = append(rest, item{fmt.Sprintf("story %d of %d", m.storyOf[0], m.storyOf[1]), 7})
		if m.storyUndated > 0 {
			rest = append(rest, item{undatedNote(m.storyUndated), 7})
		}
	}
	rest = append(rest, item{count(len(m.c.Outlets), "outlet", "outlets"), 5},
		item{count(len(m.c.Differences), "difference", "differences"), 6})
	if m.blind {
		rest = append(rest, item{"blind (b reveals)", 8})
	}
	if m.sync && !m.present {
		// Panes moving together surprise whoever pressed s by chance.
		rest = append(rest, item{"scrolling together (s)", 8})
	}
	// Presentation mode shows every outlet and h/l step differences there.
	if len(m.visible()) < len(m.shown) && !m.present {
		where := fmt.Sprintf("articles %d-%d of %d (h/l)", m.first+1, m.first+len(m.visible()), len(m.shown))
		if len(m.visible()) == 1 {
			where = fmt.Sprintf("article %d of %d (h/l)", m.first+1, len(m.shown))
		}
		rest = append(rest, item{where, 7})
	}
	if m.storyList {
		// The way back to the list, where the list's own hint is gone.
		rest = append(rest, item{"S stories", 8})
	}
	rest = append(rest, item{"? help", 9})
	whole := append(items, rest...)
	if line := fitItems(whole, " · ", m.width-2); strings.Contains(line, desc) {
		return " " + line
	}
	// No room for the whole description: what was loaded outlasts its counts.
	if what, counts, ok := strings.Cut(desc, ": "); ok {
		items = []item{{"framediff", 3}, {what, 4}, {counts, 1}}
	}
	return " " + fitItems(append(items, rest...), " · ", m.width-2)
}

func (m *Model) paneRows() []string {
	vis := m.visible()
	bh := m.bodyHeight()
	total := m.paneHeaderLines() + bh
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
			if k := p.top + j; k < len(p.lines) {
				cols[i] = append(cols[i], m.lineAt(p, k))
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

// outletName is how the screen names an outlet: its letter in blind mode.
func (m *Model) outletName(o string) string {
	if m.blind {
		return m.blinder.label[o]
	}
	return o
}

// paneHeader is three lines: the outlet with where the pane is scrolled
// to, its date and where the outlet came from (left out whole by
// priority), then the headline over two lines; on a short screen, the
// first line alone.
func (m *Model) paneHeader(p *pane, w int, focused bool) []string {
	a := p.an.Article
	st := m.styles.Title
	marker := "  "
	if focused {
		st, marker = m.styles.Focused, "▶ "
	}
	title := m.shownText(a.Title)
	if title == "" {
		title = "(no headline)"
	}
	date := "undated"
	if !a.Date.IsZero() {
		date = a.Date.Format("2 Jan 2006")
	}
	pct := 0
	if len(p.lines) > 0 {
		pct = min(100, 100*(p.top+m.bodyHeight())/len(p.lines))
	}
	from := "outlet from " + string(a.OutletFrom)
	if a.OutletFrom == "" {
		from = "outlet not given"
	}
	name := m.outletName(p.an.Outlet)
	facts := []item{
		{m.styles.Dim.Render(fmt.Sprintf("%d%%", pct)), 5},
		{m.styles.Dim.Render(date), 4},
		{m.styles.Dim.Render(from), 1},
	}
	if p.an.LexiconNote != "" {
		// Why the pane has no highlights matters more than its date.
		facts = append(facts, item{m.styles.Dim.Render(p.an.LexiconNote), 6})
	}
	if m.paneHeaderLines() == 1 {
		// One line: the name, cut between words if it must be, and the
		// facts that fit.
		line := fitItems(append([]item{{st.Render(truncateWords(name, w-2)), 9}}, facts...), m.styles.Dim.Render(" · "), w-2)
		return []string{fit(marker+line, w)}
	}
	var first string
	var head []string
	if nameLines := m.wrapStyled(name, w-2); len(nameLines) > 1 {
		// A name too long for the pane takes two lines, whole, and the
		// headline one.
		first = st.Render(nameLines[0])
		rest := strings.Join(nameLines[1:], " ")
		head = []string{
			fitItems(append([]item{{st.Render(rest), 9}}, facts...), m.styles.Dim.Render(" · "), w-2),
			truncateWords(m.styles.Bold.Render(title), w-2),
		}
	} else {
		first = fitItems(append([]item{{st.Render(name), 9}}, facts...), m.styles.Dim.Render(" · "), w-2)
		head = flowItems([]item{{m.styles.Bold.Render(title), 1}}, " ", w-2, 2)
	}
	for len(head) < 2 {
		head = append(head, "")
	}
	return []string{
		fit(marker+first, w),
		fit("  "+head[0], w),
		fit("  "+head[1], w),
	}
}

func (m *Model) summaryLines() []string {
	rows := m.summaryRows()
	var head string
	if m.focus == 0 {
		head = "▶ " + fitItems([]item{
			{m.styles.Focused.Render("Differences, ranked"), 9},
			{m.styles.Dim.Render("j/k select"), 5},
			{m.styles.Dim.Render("enter show evidence"), 4},
			{m.styles.Dim.Render("tab to panes"), 3},
			{m.styles.Dim.Render("p present"), 2},
		}, m.styles.Dim.Render(" · "), m.width-2)
	} else {
		head = "  " + m.styles.Title.Render("Differences, ranked")
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
		s := truncateWords(fmt.Sprintf("%2d. [%s] %s", i+1, d.Kind, m.shownText(d.Summary)), m.width)
		if i == m.sel {
			out = append(out, m.styles.Selected.Render(fit(s, m.width)))
		} else {
			out = append(out, fit(s, m.width))
		}
	}
	return out
}

// detailLines lays the explanation over detailHeight lines, leaving out
// its least important parts whole when they do not fit.
func (m *Model) detailLines() []string {
	out := wrapItems(m.detailItems(), " · ", max(1, m.width), detailHeight)
	for len(out) < detailHeight {
		out = append(out, "")
	}
	return out
}

// actorItems describe a selected actor for the detail line: who it is,
// how each outlet names it, then, first left out when space runs short, the
// parts of it and groups it is in that each outlet mentions. Counts are uses
// in every voice.
func (m *Model) actorItems(a *framing.Actor) []item {
	head := a.Name + " (" + a.Kind
	if a.Affiliation != "" && a.Affiliation != a.Name {
		head += ", for " + a.Affiliation
	}
	items := []item{{fmt.Sprintf("%s), %d mentions", head, len(a.Mentions)), 9}}
	naming, parts := m.c.LabelTables(a)
	// Outlets in the order of their shown names: in blind mode, the order
	// of the comparison would tell which letter is which outlet.
	outlets := slices.Clone(m.c.Outlets)
	slices.SortFunc(outlets, func(x, y string) int { return strings.Compare(m.outletName(x), m.outletName(y)) })
	counts := func(t framing.LabelTable, o string) string {
		var cs []string
		for _, l := range t.Labels {
			if vc := t.Counts[o][l]; vc != nil {
				cs = append(cs, fmt.Sprintf("%s %d", l, vc.Total()))
			}
		}
		return strings.Join(cs, ", ")
	}
	for _, o := range outlets {
		if cs := counts(naming, o); cs != "" {
			items = append(items, item{o + " calls it: " + cs, 8})
		}
	}
	for _, o := range outlets {
		if cs := counts(parts, o); cs != "" {
			items = append(items, item{o + " mentions its parts or groups: " + cs, 4})
		}
	}
	return append(items, item{"(counts are uses in every voice)", 2})
}

// detailItems explain the highlight in focus, or the selected actor or
// difference, most important parts first: the rule and its file:line
// outlast the notes.
func (m *Model) detailItems() []item {
	var items []item
	add := func(s string, prio int) { items = append(items, item{m.shownText(s), prio}) }
	if m.searching {
		add("search: "+m.query+"▏ (enter: go · esc: cancel)", 9)
		return items
	}
	if m.query != "" {
		add(m.searchSummary(), 9)
	}
	if p := m.focusedPane(); p != nil && p.cur >= 0 && p.cur < len(p.an.Hits) {
		h := p.an.Hits[p.cur]
		// Priorities: what the word is and who says it, for whom and
		// about whom outlast the rule's name, the stem and the rule file,
		// which a class needs less and which a narrow terminal drops.
		add(string(h.Category), 9)
		add(h.RuleID, 6)
		add(fmt.Sprintf("%q", h.Surface), 8)
		if h.Stem != "" {
			add(fmt.Sprintf("stem %q", h.Stem), 3)
		}
		if h.Concept != "" {
			c := h.Concept
			if h.Variant != "" {
				c += ": " + h.Variant
			}
			add(c, 5)
		}
		if h.Source != "" {
			add(h.Source, 2)
		}
		voice := 5
		// A cue names the attribution it introduces first: in a layered
		// report ("Kirby said the Pentagon confirmed ...") the inner cue
		// lies inside the outer attribution's words, which are not its own.
		var q *framing.Quotation
		if h.Category == lexicon.Attribution {
			q = p.an.QuotationOfCue(h.Start, h.End)
		}
		if q == nil {
			q = p.an.QuotationAt(h.Start)
		}
		if q != nil {
			add(q.Describe(), 7)
			voice = 3 // the description above already names the speaker
		}
		add(h.Voice.String(), voice)
		if target := m.c.AimedAt(p.an, h.Start); target != "" {
			add("aimed at "+target, 7)
		}
		if a, mt := m.c.MentionAt(p.an, h.Start); a != nil {
			add(fmt.Sprintf("actor %s, label %q", a.Name, mt.Label), 7)
		}
		if h.Note != "" {
			add(h.Note, 1)
		}
		return items
	}
	if p := m.focusedPane(); p != nil && m.actor < 0 {
		a := p.an.Article
		add(m.outletName(p.an.Outlet)+": "+m.shownText(a.Title), 9)
		add("n/N step through its highlights", 5)
		if !m.blind && len(a.Sources) > 0 {
			add(strings.Join(a.Sources, ", "), 3)
		}
		return items
	}
	if m.actor >= 0 {
		for _, it := range m.actorItems(&m.actors[m.actor]) {
			add(it.text, it.prio)
		}
		return items
	}
	if m.sel < len(m.c.Differences) {
		d := m.c.Differences[m.sel]
		pieces := "pieces"
		if len(d.Evidence) == 1 {
			pieces = "piece"
		}
		add(fmt.Sprintf("%d. %s (salience %.2f, %d %s of evidence): %s", m.sel+1, d.Kind, d.Salience, len(d.Evidence), pieces, d.Summary), 9)
		if where := m.evidenceElsewhere(); where != "" {
			add(where, 8)
		}
		return items
	}
	add("n/N: step through highlights", 9)
	add("tab: focus a pane", 8)
	return items
}

// evidenceElsewhere says how many articles holding the selected
// difference's evidence are out of view, and which key shows them.
func (m *Model) evidenceElsewhere() string {
	vis := m.visible()
	left, right := 0, 0
	for i, p := range m.shown {
		if len(m.evidence[p.ai]) == 0 {
			continue
		}
		switch {
		case i < m.first:
			left++
		case i >= m.first+len(vis):
			right++
		}
	}
	switch {
	case left > 0 && right > 0:
		return fmt.Sprintf("more evidence in %s to the left (h) and %d to the right (l)", count(left, "article", "articles"), right)
	case left > 0:
		return fmt.Sprintf("more evidence in %s to the left (h)", count(left, "article", "articles"))
	case right > 0:
		return fmt.Sprintf("more evidence in %s to the right (l)", count(right, "article", "articles"))
	}
	return ""
}

// legendLine names the categories with their keys; when the line is too
// narrow the least telling ones are left out whole.
func (m *Model) legendLine() string {
	prio := map[string]int{"1": 9, "2": 8, "4": 7, "5": 6, "3": 5, "6": 4, "7": 3}
	var items []item
	for _, ci := range m.styles.categories {
		label := ci.key + " " + string(ci.cat)
		if m.enabled[ci.cat] {
			items = append(items, item{m.styles.catSGR[ci.cat].wrap(label), prio[ci.key]})
		} else {
			items = append(items, item{m.styles.Dim.Render(label + " (off)"), prio[ci.key]})
		}
	}
	items = append(items, item{m.styles.quoted.wrap("quoted speech"), 2},
		item{m.styles.current.wrap("reverse") + " selected", 1})
	return fitItems(items, " ", m.width)
}

// helpRows is how many lines of help fit under the title bar.
func (m *Model) helpRows() int { return max(1, m.height-1) }

// helpLines is the whole help text, wrapped to the width; the help screen
// shows a window of it (j/k, pgup/pgdn).
func (m *Model) helpLines() []string {
	w := max(1, m.width)
	var lines []string
	keys := func(title string, bs []key.Binding) {
		lines = append(lines, keyHelpLines(m.styles, title, bs, w)...)
	}
	panes := m.keys.panes()
	if m.storyList {
		panes = append(panes[:len(panes)-2:len(panes)-2], m.keys.Stories, m.keys.Help, m.keys.Quit)
	}
	keys("Keys", panes)
	keys("Presentation mode (p)", m.keys.presentation())
	lines = append(lines, "", m.styles.Title.Render("  Highlights"), "")
	for _, ci := range m.styles.categories {
		desc := ci.cat.Description()
		if !shownByDefault(ci.cat) {
			desc += " (off by default)"
		}
		lines = append(lines, hanging("  "+m.styles.catSGR[ci.cat].wrap(ci.key+" "+string(ci.cat))+": ", desc, w)...)
	}
	lines = append(lines, hanging("  "+m.styles.quoted.wrap("quoted speech")+": ", "the words of the quoted speaker, not the outlet's", w)...)
	lines = append(lines, hanging("  "+m.styles.actor.wrap("selected actor")+": ", "every mention of the actor chosen with a/A; the detail line lists its labels by outlet", w)...)
	lines = append(lines, hanging("  "+m.styles.current.wrap("reverse video")+": ", "the highlight in focus (n/N) and the selected difference's evidence; distancing is reverse video in its own colour", w)...)
	lines = append(lines, "")
	lines = append(lines, hanging("  ", "A highlight inside a quotation is the speaker's word; the detail line says whose.", w)...)
	lines = append(lines, "")
	lines = append(lines, hanging("  ", "Mouse: click a highlighted word to explain it, an actor's name to mark all its mentions, a row of the list to select that difference; the wheel scrolls what is under the pointer.", w)...)
	lines = append(lines, "")
	lines = append(lines, hanging("  ", m.styles.Dim.Render("j/k, pgdn/pgup scroll this help; any other key closes it."), w)...)
	return lines
}

// keyHelpLines is a titled section of a help screen: each key with what
// it does, wrapped to width.
func keyHelpLines(st Styles, title string, bs []key.Binding, width int) []string {
	lines := []string{"", st.Title.Render("  " + title), ""}
	for _, b := range bs {
		h := b.Help()
		if h.Key == "" {
			continue
		}
		lines = append(lines, hanging(fmt.Sprintf("  %-10s ", h.Key), h.Desc, width)...)
	}
	return lines
}

// hanging wraps desc after a lead (a key, a label), continuing lines
// indented under the description, or under the lead's indent when the
// lead leaves too little room.
func hanging(lead, desc string, width int) []string {
	lw := ansi.StringWidth(lead)
	indent := lw
	if width-lw < 20 {
		indent = min(2, width/4)
	}
	if lw+ansi.StringWidth(desc) <= width {
		return []string{lead + desc}
	}
	var out []string
	if width-lw < 20 {
		out = append(out, truncateWords(lead, width))
		for _, l := range strings.Split(wrapWords(desc, max(1, width-indent)), "\n") {
			out = append(out, strings.Repeat(" ", indent)+l)
		}
		return out
	}
	for i, l := range strings.Split(wrapWords(desc, max(1, width-indent)), "\n") {
		if i == 0 {
			out = append(out, lead+l)
		} else {
			out = append(out, strings.Repeat(" ", indent)+l)
		}
	}
	return out
}

// helpWindow is the part of the help screen in view, with markers when
// more lies above or below.
func (m *Model) helpWindow() []string {
	return helpWindow(m.styles, m.helpLines(), m.helpTop, m.helpRows(), m.width)
}

// helpWindow is rows lines of a help text from top, the first and last
// saying when more lies above or below.
func helpWindow(st Styles, all []string, top, rows, width int) []string {
	top = max(0, min(top, len(all)-rows))
	end := min(len(all), top+rows)
	out := append([]string(nil), all[top:end]...)
	if end < len(all) && len(out) > 0 {
		out[len(out)-1] = st.Dim.Render(fitItems([]item{{"↓ more below", 9}, {"j/pgdn", 5}}, " · ", width))
	}
	if top > 0 && len(out) > 1 {
		out[0] = st.Dim.Render(fitItems([]item{{"↑ more above", 9}, {"k/pgup", 5}}, " · ", width))
	}
	return out
}
