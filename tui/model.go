// Package tui shows a framing.Comparison side by side in the terminal:
// one pane per article with highlights, a ranked list of differences that
// scrolls the panes to their evidence, and a line explaining the highlight
// in focus. It renders what framing computed and computes no analysis.
package tui

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
	"github.com/framediff/framediff/lexicon"
	"github.com/framediff/framediff/text"
)

// minPaneWidth is the narrowest pane worth showing prose in: about five
// words a line. Two panes still fit side by side at 60 columns.
const minPaneWidth = 29

// mark is a styled byte range of an article.
type mark struct {
	start, end int
	style      sgr
	prio       int
}

type pane struct {
	an   *framing.Analysis
	ai   int // index of the article in the comparison
	top  int
	cur  int // index into an.Hits of the highlight in focus, -1 for none
	hits []int

	// cache of the wrapped lines for one width and filter
	cacheW   int
	cacheKey string
	lines    []line
	marks    []mark
	rendered []string // lines styled so far, by styled
	styled   []bool

	// the text shown and where an offset of the article's text lies in
	// it: the article's own text, or in blind mode its copy with the
	// outlet names replaced
	text      string
	paras     [][2]int
	toView    func(int) int
	textBlind bool
	textReady bool
}

// Model is the root Bubble Tea model.
type Model struct {
	c        *framing.Comparison
	title    string
	width    int
	height   int
	dark     bool
	styles   Styles
	keys     keyMap
	focus    int     // 0: difference list; i>0: pane i-1
	panes    []*pane // in article order
	shown    []*pane // in the order shown: article order, or by letter in blind mode
	first    int     // first pane shown
	sel      int
	sumTop   int
	enabled  map[lexicon.Category]bool
	help     bool
	present  bool                       // presentation mode: one difference at a time
	evidence map[int][]framing.Evidence // by article index, for the selected difference
	actors   []framing.Actor            // actors two or more outlets name, for a/A
	actor    int                        // the selected actor, -1 for none

	searching bool             // typing a search after /
	query     string           // the search, "" for none
	found     map[int][][2]int // by article index: where the search is in its text
	sync      bool             // every pane scrolls with the focused one
	helpTop   int              // first line of help shown
	presTop   int              // first line of the presentation body shown
	blind     bool             // outlet names hidden behind letters
	seed      uint64           // orders the letters of blind mode
	blinder   *blinder
	storyList bool   // opened from the story browser, where S goes back
	storyOf   [2]int // which story of how many, when opened from the browser
	// storyUndated is how many of the story's articles are undated and
	// joined it by content only (see fromStoryList).
	storyUndated int
}

// Option changes how the model starts.
type Option func(*Model)

// WithBlind starts the UI in blind mode: outlets are shown as Outlet A,
// Outlet B, ... until the blind key reveals them.
func WithBlind(on bool) Option { return func(m *Model) { m.blind = on } }

// WithSeed sets the seed that orders the letters of blind mode; a run
// draws one from the clock, tests fix it.
func WithSeed(seed uint64) Option { return func(m *Model) { m.seed = seed } }

// fromStoryList marks story n of a list of total opened from the story
// browser, so the title bar says which and help lists the key back, and
// how many of its articles are undated and so grouped by content only.
func fromStoryList(n, total, undated int) Option {
	return func(m *Model) { m.storyList, m.storyOf, m.storyUndated = true, [2]int{n, total}, undated }
}

// undatedNote says that n articles of a story are undated and joined it
// by content only.
func undatedNote(n int) string {
	return count(n, "article", "articles") + " undated, grouped by content only"
}

// New builds the model for a comparison; title says what was loaded.
func New(c *framing.Comparison, title string, opts ...Option) *Model {
	// The title names the user's paths: untrusted text like the articles.
	m := &Model{c: c, title: text.SanitizeLine(title), width: 80, height: 24, dark: true, keys: defaultKeys(), enabled: map[lexicon.Category]bool{}}
	m.styles = NewStyles(true)
	for _, ci := range m.styles.categories {
		m.enabled[ci.cat] = shownByDefault(ci.cat)
	}
	for ai, an := range c.Articles {
		m.panes = append(m.panes, &pane{an: an, ai: ai, cur: -1})
	}
	for _, o := range opts {
		o(m)
	}
	hosts := map[string][]string{}
	for _, an := range c.Articles {
		if an.Article.URL != "" {
			hosts[an.Outlet] = append(hosts[an.Outlet], an.Article.URL)
		}
	}
	m.blinder = newBlinder(c.Outlets, hosts, m.seed)
	m.orderPanes()
	m.actors, m.actor = c.ShownActors(len(c.Actors)), -1
	m.selectDifference(0)
	return m
}

// shownByDefault says whether a category is highlighted before the user
// toggles it: frame cues are context, off until asked for.
func shownByDefault(c lexicon.Category) bool { return c != lexicon.Frame }

// Init asks the terminal for its background colour, to pick the palette.
func (m *Model) Init() tea.Cmd { return tea.RequestBackgroundColor }

// Run starts the interactive program. The letters of blind mode are
// shuffled anew on every run unless an option fixes the seed.
func Run(c *framing.Comparison, title string, opts ...Option) error {
	opts = append([]Option{WithSeed(uint64(time.Now().UnixNano()))}, opts...)
	_, err := tea.NewProgram(New(c, title, opts...)).Run()
	return err
}

// orderPanes puts the panes in the order shown: by article, or in blind
// mode by letter, so a pane's place says nothing of its outlet.
func (m *Model) orderPanes() {
	m.shown = append(m.shown[:0], m.panes...)
	if m.blind {
		sort.SliceStable(m.shown, func(i, j int) bool {
			a, b := m.blinder.label[m.shown[i].an.Outlet], m.blinder.label[m.shown[j].an.Outlet]
			return len(a) < len(b) || len(a) == len(b) && a < b
		})
	}
}

// outletOrder lists the outlets in the order shown, like orderPanes.
func (m *Model) outletOrder() []string {
	out := append([]string(nil), m.c.Outlets...)
	if m.blind {
		sort.SliceStable(out, func(i, j int) bool {
			a, b := m.blinder.label[out[i]], m.blinder.label[out[j]]
			return len(a) < len(b) || len(a) == len(b) && a < b
		})
	}
	return out
}

// shownText is a string as the screen may show it: in blind mode with the
// outlet names replaced by their letters.
func (m *Model) shownText(s string) string {
	if !m.blind {
		return s
	}
	return m.blinder.replace(s)
}

// toggleBlind hides or reveals the outlet names. The panes change order;
// the article in focus keeps it.
func (m *Model) toggleBlind() {
	focused := m.focusedPane()
	m.blind = !m.blind
	m.orderPanes()
	m.first = 0
	m.invalidate()
	m.selectDifference(m.sel)
	m.focusOn(focused)
}

// focusOn brings pane p on screen, moving the window of panes no more
// than it must, and gives it the focus; nil leaves the focus as it is.
func (m *Model) focusOn(p *pane) {
	i := slices.Index(m.shown, p)
	if p == nil || i < 0 {
		return
	}
	n := m.paneCount()
	if i < m.first {
		m.first = i
	} else if i >= m.first+n {
		m.first = i - n + 1
	}
	m.focus = i - m.first + 1
}

// Update handles keys, mouse and resizes.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		focused := m.focusedPane()
		m.width, m.height = max(0, msg.Width), max(0, msg.Height)
		// A wider screen fills with panes rather than leave the last few
		// spread over it; the focused pane stays on screen and in focus.
		m.first = max(0, min(m.first, len(m.shown)-m.paneCount()))
		m.selectDifference(m.sel)
		m.focusOn(focused)
	case tea.BackgroundColorMsg:
		m.dark = msg.IsDark()
		m.styles = NewStyles(m.dark)
		m.invalidate()
	case tea.MouseWheelMsg:
		m.wheel(msg.Mouse())
	case tea.MouseClickMsg:
		if mouse := msg.Mouse(); mouse.Button == tea.MouseLeft {
			m.click(mouse.X, mouse.Y)
		}
	case tea.KeyPressMsg:
		return m, m.key(msg)
	}
	return m, nil
}

// wheel scrolls what is under the pointer: the help or the presentation
// when shown, a pane, or over the difference list its selection, a
// difference a notch, as j/k do there.
func (m *Model) wheel(mouse tea.Mouse) {
	step := 0
	switch mouse.Button {
	case tea.MouseWheelDown:
		step = 1
	case tea.MouseWheelUp:
		step = -1
	}
	list := 1 + m.paneHeaderLines() + m.bodyHeight() // first row of the list
	switch {
	case step == 0:
	case m.help:
		m.helpTop = max(0, min(m.helpTop+3*step, len(m.helpLines())-m.helpRows()))
	case m.present:
		m.presTop = max(0, min(m.presTop+3*step, len(m.presentationBody())-m.presRows()))
	case mouse.Y < list:
		if p := m.paneAt(mouse.X); p != nil {
			m.scroll(p, 3*step)
		}
	case mouse.Y <= list+m.summaryRows() && len(m.c.Differences) > 0:
		m.chooseDifference(max(0, min(len(m.c.Differences)-1, m.sel+step)))
	}
}

// click answers a left click on the panes screen: on a pane it focuses
// the pane and, on a highlight, puts that highlight in focus so the detail
// line explains it, or on an actor's name selects the actor; on a row of
// the difference list it selects that difference, as j/k would.
func (m *Model) click(x, y int) {
	if m.help || m.present || m.searching {
		return
	}
	head := 1 + m.paneHeaderLines()
	list := head + m.bodyHeight() // the list's title row
	switch {
	case y >= 1 && y < list:
		vis := m.visible()
		if len(vis) == 0 {
			return
		}
		w := m.paneWidth(len(vis)) + 1
		j := min(len(vis)-1, x/w)
		p := vis[j]
		m.focus = j + 1
		if y < head {
			return
		}
		m.ensure(p)
		k := p.top + y - head
		if k >= len(p.lines) {
			return
		}
		off, ok := offsetAt(p.text, p.lines[k], x-j*w)
		if !ok {
			return
		}
		on := func(start, end int) bool { return p.toView(start) <= off && off < p.toView(end) }
		p.cur, p.cacheKey = -1, ""
		for _, i := range p.hits {
			if h := p.an.Hits[i]; on(h.Start, h.End) {
				p.cur = i
			}
		}
		if p.cur >= 0 {
			m.onlyInFocus(p)
			return
		}
		// No highlight there: a click on an actor's name selects the actor.
		for ai, a := range m.actors {
			for _, mt := range a.Mentions {
				if mt.Article == p.ai && on(mt.Start, mt.End) {
					m.selectActor(ai)
					return
				}
			}
		}
	case y > list && y <= list+m.summaryRows():
		if i := m.sumTop + y - list - 1; i < len(m.c.Differences) {
			m.focus = 0
			m.chooseDifference(i)
		}
	}
}

func (m *Model) key(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys
	if msg.String() == "ctrl+c" {
		return tea.Quit
	}
	if m.help {
		m.helpKey(msg)
		return nil
	}
	if key.Matches(msg, k.Blind) {
		m.toggleBlind()
		return nil
	}
	if m.present {
		return m.presentKey(msg)
	}
	if m.searching {
		m.searchKey(msg)
		return nil
	}
	switch {
	case key.Matches(msg, k.Search):
		m.searching, m.query = true, ""
	case key.Matches(msg, k.Sync):
		m.sync = !m.sync
	case msg.String() == "esc" && m.query != "":
		m.setSearch("")
	case msg.String() == "esc" && m.actor >= 0:
		m.selectActor(-1)
	case key.Matches(msg, k.Quit):
		return tea.Quit
	case key.Matches(msg, k.Present):
		m.present, m.presTop = true, 0
	case key.Matches(msg, k.Help):
		m.help, m.helpTop = true, 0
	case key.Matches(msg, k.Next):
		m.focus = (m.focus + 1) % (len(m.visible()) + 1)
	case key.Matches(msg, k.Prev):
		m.focus = (m.focus + len(m.visible())) % (len(m.visible()) + 1)
	case key.Matches(msg, k.Down):
		m.move(1)
	case key.Matches(msg, k.Up):
		m.move(-1)
	case key.Matches(msg, k.PageDown):
		m.move(m.page())
	case key.Matches(msg, k.PageUp):
		m.move(-m.page())
	case key.Matches(msg, k.Top):
		m.move(-1 << 30)
	case key.Matches(msg, k.Bottom):
		m.move(1 << 30)
	case key.Matches(msg, k.NextHit):
		m.jumpHit(1)
	case key.Matches(msg, k.PrevHit):
		m.jumpHit(-1)
	case key.Matches(msg, k.Select):
		m.chooseDifference(m.sel)
	case key.Matches(msg, k.Actor):
		m.selectActor(m.actor + 1)
	case key.Matches(msg, k.PrevActor):
		m.selectActor(m.actor - 1)
	case key.Matches(msg, k.Left):
		if m.first > 0 {
			m.first--
		}
	case key.Matches(msg, k.Right):
		if m.first+len(m.visible()) < len(m.shown) {
			m.first++
		}
	case key.Matches(msg, k.Toggle):
		for _, ci := range m.styles.categories {
			if ci.key == msg.String() {
				m.enabled[ci.cat] = !m.enabled[ci.cat]
			}
		}
		// A highlight whose category is now hidden is no longer in focus:
		// the detail line must not go on explaining an unmarked word.
		for _, p := range m.panes {
			if p.cur >= 0 && p.cur < len(p.an.Hits) && !m.enabled[p.an.Hits[p.cur].Category] {
				p.cur = -1
			}
		}
		m.invalidate()
	}
	return nil
}

// helpKey scrolls the help screen; any other key closes it.
func (m *Model) helpKey(msg tea.KeyPressMsg) {
	m.helpTop, m.help = scrollHelp(msg, m.helpTop, len(m.helpLines()), m.helpRows())
}

// scrollHelp answers a key on a help screen of total lines with rows in
// view from top: the new top, and false when the key closes the help.
func scrollHelp(msg tea.KeyPressMsg, top, total, rows int) (int, bool) {
	page := max(1, rows-2)
	switch msg.String() {
	case "j", "down":
		top++
	case "k", "up":
		top--
	case "pgdown", "ctrl+d", "space":
		top += page
	case "pgup", "ctrl+u":
		top -= page
	case "g", "home":
		top = 0
	case "G", "end":
		top = 1 << 30
	default:
		return top, false
	}
	return max(0, min(top, total-rows)), true
}

// presentKey steps through the differences and scrolls within one.
func (m *Model) presentKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys
	page := max(1, m.presRows()-1)
	switch {
	case key.Matches(msg, k.Quit):
		return tea.Quit
	case key.Matches(msg, k.Help):
		m.help, m.helpTop = true, 0
	case key.Matches(msg, k.Close):
		m.present = false
	case key.Matches(msg, k.NextDiff):
		if m.sel+1 < len(m.c.Differences) {
			m.chooseDifference(m.sel + 1)
			m.presTop = 0
		}
	case key.Matches(msg, k.PrevDiff):
		if m.sel > 0 {
			m.chooseDifference(m.sel - 1)
			m.presTop = 0
		}
	case key.Matches(msg, k.Down):
		m.presTop++
	case key.Matches(msg, k.Up):
		m.presTop--
	case key.Matches(msg, k.PageDown):
		m.presTop += page
	case key.Matches(msg, k.PageUp):
		m.presTop -= page
	case key.Matches(msg, k.Top):
		m.presTop = 0
	case key.Matches(msg, k.Bottom):
		m.presTop = 1 << 30
	}
	m.presTop = max(0, min(m.presTop, len(m.presentationBody())-m.presRows()))
	return nil
}

func (m *Model) invalidate() {
	for _, p := range m.panes {
		p.cacheKey = ""
		p.hits = nil
	}
}

// page is how far pgdn moves: a screenful of the focused pane less two
// lines of overlap, or in the difference list the rows it shows, so the
// next page of differences comes into view and none is skipped.
func (m *Model) page() int {
	if m.focus == 0 {
		return m.summaryRows()
	}
	return max(1, m.bodyHeight()-2)
}

// move scrolls the focused pane, or moves the selection in the list.
func (m *Model) move(n int) {
	if m.focus == 0 {
		if len(m.c.Differences) == 0 {
			return
		}
		m.chooseDifference(max(0, min(len(m.c.Differences)-1, m.sel+n)))
		return
	}
	if p := m.focusedPane(); p != nil {
		m.scroll(p, n)
	}
}

func (m *Model) scroll(p *pane, n int) {
	m.ensure(p)
	maxTop := max(0, len(p.lines)-m.bodyHeight())
	p.top = max(0, min(maxTop, p.top+n))
	if m.sync {
		// Scrolled together: every other pane to the same share of its
		// article, so parallel texts stay side by side.
		share := 0.0
		if maxTop > 0 {
			share = float64(p.top) / float64(maxTop)
		}
		for _, q := range m.panes {
			if q != p {
				m.ensure(q)
				q.top = int(share * float64(max(0, len(q.lines)-m.bodyHeight())))
			}
		}
	}
}

// searchKey reads the search being typed: enter runs it, esc drops it.
func (m *Model) searchKey(msg tea.KeyPressMsg) {
	switch msg.String() {
	case "enter":
		m.searching = false
		m.setSearch(m.query)
	case "esc":
		m.searching = false
		m.setSearch("")
	case "backspace":
		if r := []rune(m.query); len(r) > 0 {
			m.query = string(r[:len(r)-1])
		}
	default:
		if msg.Text != "" {
			m.query += text.SanitizeLine(msg.Text)
		}
	}
}

// setSearch finds a search in every article (any case) and in the
// differences: the first difference that mentions it is selected, and
// each pane scrolls to its first place, marked.
func (m *Model) setSearch(q string) {
	m.query, m.found = q, nil
	defer m.invalidate()
	if q == "" {
		return
	}
	lq := strings.ToLower(q)
	m.found = map[int][][2]int{}
	for ai, an := range m.c.Articles {
		lower := strings.ToLower(an.Article.Text)
		if len(lower) != len(an.Article.Text) {
			continue // a case change that alters lengths: offsets would not hold
		}
		for from := 0; ; {
			i := strings.Index(lower[from:], lq)
			if i < 0 {
				break
			}
			m.found[ai] = append(m.found[ai], [2]int{from + i, from + i + len(lq)})
			from += i + len(lq)
		}
	}
	for i, d := range m.c.Differences {
		if strings.Contains(strings.ToLower(d.Summary), lq) {
			m.selectDifference(i)
			break
		}
	}
	for _, p := range m.panes {
		if f := m.found[p.ai]; len(f) > 0 {
			m.reveal(p, f[0][0])
		}
	}
}

// searchSummary says what a search found, for the detail line.
func (m *Model) searchSummary() string {
	places, articles := 0, 0
	for _, f := range m.found {
		if len(f) > 0 {
			places += len(f)
			articles++
		}
	}
	return fmt.Sprintf("search %q: %s in %d of %s (esc clears)", m.query, count(places, "place", "places"), articles, count(len(m.c.Articles), "article", "articles"))
}

func (m *Model) focusedPane() *pane {
	vis := m.visible()
	if m.focus >= 1 && m.focus-1 < len(vis) {
		return vis[m.focus-1]
	}
	return nil
}

// jumpHit moves the focused pane's highlight cursor (the first pane when
// the list has focus) and scrolls it into view.
func (m *Model) jumpHit(dir int) {
	if m.focus == 0 && len(m.visible()) > 0 {
		m.focus = 1
	}
	p := m.focusedPane()
	if p == nil {
		return
	}
	m.ensure(p)
	if len(p.hits) == 0 {
		return
	}
	pos := -1
	for i, h := range p.hits {
		if h == p.cur {
			pos = i
		}
	}
	bh := m.bodyHeight()
	if pos >= 0 {
		// A highlight scrolled out of view is not where n goes on from:
		// the reader has moved on to the text on screen.
		if ln := m.lineOf(p, p.an.Hits[p.cur].Start); ln < p.top || ln >= p.top+bh {
			pos = -1
		}
	}
	switch {
	case pos < 0 && dir > 0:
		// the first highlight at or below the top of the pane
		pos = 0
		for i, h := range p.hits {
			if m.lineOf(p, p.an.Hits[h].Start) >= p.top {
				pos = i
				break
			}
		}
	case pos < 0:
		// the last highlight at or above the bottom of the pane
		pos = len(p.hits) - 1
		for i := len(p.hits) - 1; i >= 0; i-- {
			if m.lineOf(p, p.an.Hits[p.hits[i]].Start) < p.top+bh {
				pos = i
				break
			}
		}
	default:
		next := pos + dir
		if (next < 0 || next >= len(p.hits)) && m.crossPane(p, dir) {
			return
		}
		pos = (next + len(p.hits)) % len(p.hits)
	}
	p.cur = p.hits[pos]
	p.cacheKey = ""
	m.onlyInFocus(p)
	m.reveal(p, p.an.Hits[p.cur].Start)
}

// onlyInFocus lets go the highlight in focus of every pane but p: one
// highlight is in focus, the one the detail line explains, and a pane
// left with tab must not keep a second in reverse video.
func (m *Model) onlyInFocus(p *pane) {
	for _, q := range m.panes {
		if q != p && q.cur >= 0 {
			q.cur, q.cacheKey = -1, ""
		}
	}
}

// crossPane carries n past a pane's last highlight (N before its first)
// to the next article with highlights in that direction, bringing it into
// view and focus; false when there is none.
func (m *Model) crossPane(p *pane, dir int) bool {
	at := -1
	for i, q := range m.shown {
		if q == p {
			at = i
		}
	}
	for j := at + dir; at >= 0 && j >= 0 && j < len(m.shown); j += dir {
		q := m.shown[j]
		m.ensure(q)
		if len(q.hits) == 0 {
			continue
		}
		p.cur, p.cacheKey = -1, ""
		n := m.paneCount()
		if j < m.first {
			m.first = j
		} else if j >= m.first+n {
			m.first = j - n + 1
		}
		m.first = max(0, min(m.first, len(m.shown)-n))
		m.focus = j - m.first + 1
		q.cur = q.hits[0]
		if dir < 0 {
			q.cur = q.hits[len(q.hits)-1]
		}
		q.cacheKey = ""
		m.reveal(q, q.an.Hits[q.cur].Start)
		return true
	}
	return false
}

// reveal scrolls a pane so that the line holding off is in view, a third
// of the way down.
func (m *Model) reveal(p *pane, off int) {
	m.ensure(p)
	ln := m.lineOf(p, off)
	bh := m.bodyHeight()
	if ln < p.top || ln >= p.top+bh {
		p.top = max(0, min(max(0, len(p.lines)-bh), ln-bh/3))
	}
}

func (m *Model) lineOf(p *pane, off int) int {
	m.prepareText(p)
	off = p.toView(off)
	// Line ends never decrease, blank lines between paragraphs included,
	// so the search is on the end alone (a condition that is false on
	// blank lines after the answer sends a binary search past it); an
	// offset between paragraphs goes to the next one's first line.
	i := sort.Search(len(p.lines), func(i int) bool { return p.lines[i].end > off })
	for i < len(p.lines) && p.lines[i].para < 0 {
		i++
	}
	if i >= len(p.lines) {
		return max(0, len(p.lines)-1)
	}
	return i
}

// selectDifference selects a difference and scrolls every pane showing an
// article with evidence to the first piece of it.
func (m *Model) selectDifference(i int) {
	m.evidence = map[int][]framing.Evidence{}
	if i < 0 || i >= len(m.c.Differences) {
		return
	}
	m.sel = i
	d := m.c.Differences[i]
	for _, e := range d.Evidence {
		m.evidence[e.Article] = append(m.evidence[e.Article], e)
	}
	for _, p := range m.panes {
		p.cacheKey = ""
		if ev := m.evidence[p.ai]; len(ev) > 0 {
			m.reveal(p, ev[0].Start)
		}
	}
	m.showEvidenceArticles()
	// keep the selection visible in the list
	rows := m.summaryRows()
	if m.sel < m.sumTop {
		m.sumTop = m.sel
	} else if rows > 0 && m.sel >= m.sumTop+rows {
		m.sumTop = m.sel - rows + 1
	}
}

// chooseDifference is the user moving to a difference: an actor selected
// before is let go, so the detail line and the marks turn to the
// difference the panes now show rather than stay on the actor.
func (m *Model) chooseDifference(i int) {
	if m.actor >= 0 {
		m.selectActor(-1)
	}
	m.selectDifference(i)
}

// selectActor selects actor i (none past either end) and scrolls each
// pane to its first mention of it.
func (m *Model) selectActor(i int) {
	if i < -1 {
		i = len(m.actors) - 1
	}
	if i >= len(m.actors) {
		i = -1
	}
	m.actor = i
	for _, p := range m.panes {
		// The panes scroll to the actor, away from any highlight in focus,
		// and the detail line turns to the actor's labels.
		p.cur, p.cacheKey = -1, ""
		if i < 0 {
			continue
		}
		for _, mt := range m.actors[i].Mentions {
			if mt.Article == p.ai {
				m.reveal(p, mt.Start)
				break
			}
		}
	}
	if i >= 0 {
		// An actor named only in articles off screen is brought on.
		m.showArticlesWith(func(ai int) bool {
			for _, mt := range m.actors[i].Mentions {
				if mt.Article == ai {
					return true
				}
			}
			return false
		})
	}
}

// showEvidenceArticles brings the selected difference's evidence on screen
// when not every article fits side by side: if no visible pane holds any
// of it, the window of panes moves to start at the first article that does.
func (m *Model) showEvidenceArticles() {
	m.showArticlesWith(func(ai int) bool { return len(m.evidence[ai]) > 0 })
}

// showArticlesWith moves the window of panes, when no visible article
// satisfies has, to start at the first article that does.
func (m *Model) showArticlesWith(has func(ai int) bool) {
	vis := len(m.visible())
	for i := m.first; i < m.first+vis; i++ {
		if has(m.shown[i].ai) {
			return
		}
	}
	for i, p := range m.shown {
		if has(p.ai) {
			m.first = max(0, min(i, len(m.shown)-m.paneCount()))
			return
		}
	}
}

// paneCount is how many panes fit side by side, each at least
// minPaneWidth columns with one column between them.
func (m *Model) paneCount() int {
	return max(1, (m.width+1)/(minPaneWidth+1))
}

// visible returns the panes that fit the width, starting at m.first.
func (m *Model) visible() []*pane {
	n := min(m.paneCount(), len(m.shown)-m.first)
	if n <= 0 {
		return nil
	}
	return m.shown[m.first : m.first+n]
}

func (m *Model) paneAt(x int) *pane {
	vis := m.visible()
	if len(vis) == 0 {
		return nil
	}
	w := m.paneWidth(len(vis)) + 1
	return vis[min(len(vis)-1, x/w)]
}

// Layout: title bar, pane headers, pane bodies, difference list, detail
// line, legend.
const detailHeight = 2

// shortScreen is the height below which a pane header is one line: the
// headline, which the pane's text opens with anyway, gives its two lines
// to the text, which would otherwise show two lines at 40x12.
const shortScreen = 16

// paneHeaderLines is how many lines head each pane: the outlet line and
// the headline over two, or on a short screen the outlet line alone.
func (m *Model) paneHeaderLines() int {
	if m.height < shortScreen {
		return 1
	}
	return 3
}

func (m *Model) summaryRows() int {
	return max(1, min(len(m.c.Differences), m.height/5))
}

func (m *Model) bodyHeight() int {
	return max(1, m.height-1-m.paneHeaderLines()-(m.summaryRows()+1)-detailHeight-1)
}

func (m *Model) paneWidth(n int) int {
	if n == 0 {
		return m.width
	}
	// one column of separator between panes
	return max(1, (m.width-(n-1))/n)
}

// ensure wraps a pane for the current width and lays its highlights for
// the current filter, selection and focus. Lines are styled when first
// shown (lineAt), so a key press costs the lines on screen, not the
// article.
func (m *Model) ensure(p *pane) {
	w := m.paneWidth(len(m.visible()))
	m.prepareText(p)
	key := fmt.Sprintf("%d|%v|%d|%v|%d|%v", w, m.enabledKey(), p.cur, m.sel, m.actor, m.blind)
	if p.cacheKey == key {
		return
	}
	if p.cacheW != w || p.lines == nil {
		p.lines = wrapText(p.text, p.paras, w)
		p.cacheW = w
	}
	p.hits = p.hits[:0]
	for i, h := range p.an.Hits {
		if m.enabled[h.Category] {
			p.hits = append(p.hits, i)
		}
	}
	p.marks = m.marks(p)
	p.rendered = append(p.rendered[:0], make([]string, len(p.lines))...)
	p.styled = append(p.styled[:0], make([]bool, len(p.lines))...)
	p.cacheKey = key
}

// lineAt is visual line k of a pane, styled and padded to the pane width.
func (m *Model) lineAt(p *pane, k int) string {
	if !p.styled[k] {
		ln := p.lines[k]
		p.rendered[k] = fit(renderLine(p.text, ln, p.marks)+m.brokenMark(ln), p.cacheW)
		p.styled[k] = true
	}
	return p.rendered[k]
}

// prepareText sets the text a pane shows: in blind mode a copy of the
// article's text with the outlet names replaced, with the map of offsets.
func (m *Model) prepareText(p *pane) {
	if p.textReady && p.textBlind == m.blind {
		return
	}
	a := p.an.Article
	p.text, p.toView = a.Text, func(o int) int { return o }
	if m.blind {
		p.text, p.toView = m.blinder.replaceMapped(a.Text)
	}
	p.paras = p.paras[:0]
	for _, s := range a.Paragraphs {
		p.paras = append(p.paras, [2]int{p.toView(s.Start), p.toView(s.End)})
	}
	p.textReady, p.textBlind = true, m.blind
	p.lines, p.cacheKey = nil, ""
}

// brokenMark ends a line that cuts a word too wide for the pane.
func (m *Model) brokenMark(ln line) string {
	if !ln.broken {
		return ""
	}
	return m.styles.Dim.Render(brokenMark)
}

func (m *Model) enabledKey() string {
	var b strings.Builder
	for _, ci := range m.styles.categories {
		if m.enabled[ci.cat] {
			b.WriteString(ci.key)
		}
	}
	return b.String()
}

// marks lists the styled ranges of a pane, highest priority last wins.
func (m *Model) marks(p *pane) (ms []mark) {
	m.prepareText(p)
	for _, q := range p.an.Quotations {
		if q.Kind == corpus.QuoteDirect || q.Kind == corpus.QuotePartial {
			ms = append(ms, mark{q.Start, q.End, m.styles.quoted, 1})
		}
	}
	if m.enabled[lexicon.Claim] {
		for _, c := range p.an.Claims {
			ms = append(ms, mark{c.Start, c.End, m.styles.catSGR[lexicon.Claim], 2})
		}
	}
	for _, i := range p.hits {
		h := p.an.Hits[i]
		prio := 3
		if h.Category == lexicon.Frame {
			prio = 2
		}
		ms = append(ms, mark{h.Start, h.End, m.styles.catSGR[h.Category], prio})
	}
	ai := p.ai
	defer func() {
		for i := range ms {
			ms[i].start, ms[i].end = p.toView(ms[i].start), p.toView(ms[i].end)
		}
	}()
	for _, f := range m.found[p.ai] {
		ms = append(ms, mark{f[0], f[1], m.styles.search, 4})
	}
	for _, e := range m.evidence[ai] {
		if e.End-e.Start < 200 { // whole-sentence evidence is shown by scrolling, not painting
			ms = append(ms, mark{e.Start, e.End, m.styles.current, 4})
		}
	}
	// The actor, chosen after the difference, is marked over its evidence:
	// the mentions the user asked for must not hide behind reverse video.
	if m.actor >= 0 {
		for _, mt := range m.actors[m.actor].Mentions {
			if mt.Article == ai {
				ms = append(ms, mark{mt.Start, mt.End, m.styles.actor, 4})
			}
		}
	}
	if p.cur >= 0 && p.cur < len(p.an.Hits) {
		h := p.an.Hits[p.cur]
		ms = append(ms, mark{h.Start, h.End, m.styles.current, 5})
	}
	return ms
}

// renderLine styles one visual line: each byte takes the style of the
// highest-priority mark covering it; runs of one style are written once.
func renderLine(text string, ln line, ms []mark) string {
	if ln.para < 0 || ln.start >= ln.end {
		return ""
	}
	var on []mark // the marks on this line
	for _, mk := range ms {
		if mk.end > ln.start && mk.start < ln.end {
			on = append(on, mk)
		}
	}
	ms = on
	var cuts []int
	cuts = append(cuts, ln.start, ln.end)
	for _, mk := range ms {
		if mk.start > ln.start {
			cuts = append(cuts, mk.start)
		}
		if mk.end < ln.end {
			cuts = append(cuts, mk.end)
		}
	}
	sort.Ints(cuts)
	var b strings.Builder
	for i := 0; i+1 < len(cuts); i++ {
		s, e := cuts[i], cuts[i+1]
		if s >= e {
			continue
		}
		best := -1
		for j, mk := range ms {
			if mk.start <= s && e <= mk.end && (best < 0 || mk.prio >= ms[best].prio) {
				best = j
			}
		}
		seg := text[s:e]
		if best < 0 {
			b.WriteString(seg)
		} else {
			b.WriteString(ms[best].style.wrap(seg))
		}
	}
	return b.String()
}
