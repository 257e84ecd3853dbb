package tui

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/framediff/framediff/framing"
	"github.com/framediff/framediff/text"
)

// A corpus opens on its list of stories, not on a story chosen in
// silence: the user picks one, framediff compares it while a loading line
// says what it is doing, and S comes back to the list. The comparison is
// the caller's (main wires framing in): the browser only asks for it.

// StoryEntry is one comparable story as the browser lists it.
type StoryEntry struct {
	Date     string   // the story's first date, "" when undated
	Headline string   // the headline of its first article
	Outlets  []string // the outlets that cover it
	Articles int
	// Undated is how many articles joined the story by content only,
	// having no date (corpus.Story.Undated): the list and the opened
	// story say so, for the reader to judge.
	Undated int
}

// Opener compares story i of the list; the browser calls it off the UI
// loop and shows a loading line meanwhile.
type Opener func(i int) (*framing.Comparison, error)

// Browser is the Bubble Tea model of a corpus: the story list, a loading
// line while a story is compared, then that story's Model.
type Browser struct {
	title   string
	stories []StoryEntry
	// listed is each story as the list shows it: in blind mode its
	// headline with the outlet names hidden and no outlets named.
	listed  []StoryEntry
	blind   bool
	open    Opener
	opts    []Option
	width   int
	height  int
	cur     int    // index into shown
	top     int    // first row of shown on screen
	filter  string // typed after "/"
	typing  bool
	shown   []int // indexes of stories that pass the filter
	loading int   // the story being compared, -1 when none
	started time.Time
	frame   int
	err     error
	inner   *Model // the open story, nil in the list
	styles  Styles
	keys    storyKeyMap
	help    bool // the list's help screen is open
	helpTop int  // first line of help shown
}

// comparedMsg carries a finished comparison back to the UI loop.
type comparedMsg struct {
	story int
	c     *framing.Comparison
	err   error
}

// tickMsg moves the loading line's spinner.
type tickMsg struct{}

// NewBrowser builds the story browser of a corpus; title says what was
// loaded. Options apply to every story opened.
func NewBrowser(title string, stories []StoryEntry, open Opener, opts ...Option) *Browser {
	b := &Browser{title: text.SanitizeLine(title), stories: stories, open: open, opts: opts, width: 80, height: 24, loading: -1, styles: NewStyles(true), keys: defaultStoryKeys()}
	var probe Model
	for _, o := range opts {
		o(&probe)
	}
	b.blind = probe.blind
	b.listed = stories
	if b.blind {
		// A blind class must not read the sources off the list: the
		// outlets go unnamed, and names in headlines and the title hidden.
		var outlets []string
		for _, s := range stories {
			outlets = append(outlets, s.Outlets...)
		}
		slices.Sort(outlets)
		hider := newNameHider(slices.Compact(outlets))
		b.title = hider.replace(b.title)
		b.listed = make([]StoryEntry, len(stories))
		for i, s := range stories {
			b.listed[i] = StoryEntry{Date: s.Date, Headline: hider.replace(s.Headline), Articles: s.Articles, Undated: s.Undated}
		}
	}
	b.refilter()
	return b
}

// RunBrowser starts the interactive program on a corpus's story list.
func RunBrowser(title string, stories []StoryEntry, open Opener, opts ...Option) error {
	opts = append([]Option{WithSeed(uint64(time.Now().UnixNano()))}, opts...)
	_, err := tea.NewProgram(NewBrowser(title, stories, open, opts...)).Run()
	return err
}

// Init asks for the background colour, as the story view does.
func (b *Browser) Init() tea.Cmd { return tea.RequestBackgroundColor }

// Update handles the list's keys, the loading line and, once a story is
// open, passes everything to its Model but S, which returns to the list.
func (b *Browser) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		b.width, b.height = max(0, msg.Width), max(0, msg.Height)
	case tea.BackgroundColorMsg:
		b.styles = NewStyles(msg.IsDark())
	case comparedMsg:
		if msg.story != b.loading {
			return b, nil // a story the user has since left
		}
		b.loading = -1
		if msg.err != nil {
			b.err = msg.err
			return b, nil
		}
		opts := append(slices.Clip(b.opts), fromStoryList(msg.story+1, len(b.stories), b.stories[msg.story].Undated))
		b.inner = New(msg.c, b.title, opts...)
		b.inner.Update(tea.WindowSizeMsg{Width: b.width, Height: b.height})
		return b, nil
	case tickMsg:
		if b.loading < 0 {
			return b, nil
		}
		b.frame++
		return b, tick()
	case tea.KeyPressMsg:
		if b.inner != nil {
			// S in a search the story is typing is a letter, not a way out.
			if msg.String() == "S" && !b.inner.searching {
				b.inner = nil
				return b, nil
			}
			_, cmd := b.inner.Update(msg)
			return b, cmd
		}
		return b, b.key(msg)
	}
	if b.inner != nil {
		_, cmd := b.inner.Update(msg)
		return b, cmd
	}
	return b, nil
}

func tick() tea.Cmd {
	return tea.Tick(150*time.Millisecond, func(time.Time) tea.Msg { return tickMsg{} })
}

// key answers the list's keys.
func (b *Browser) key(msg tea.KeyPressMsg) tea.Cmd {
	k := msg.String()
	// A failed comparison is said until the next key: left on the status
	// line it hid the filter being typed.
	b.err = nil
	if b.typing {
		switch k {
		case "ctrl+c":
			return tea.Quit
		case "enter", "esc":
			b.typing = false
		case "backspace":
			if r := []rune(b.filter); len(r) > 0 {
				b.filter = string(r[:len(r)-1])
			}
		default:
			if t := msg.Text; t != "" {
				b.filter += text.SanitizeLine(t)
			}
		}
		b.refilter()
		return nil
	}
	if k == "ctrl+c" {
		return tea.Quit
	}
	if b.help {
		b.helpTop, b.help = scrollHelp(msg, b.helpTop, len(b.helpLines()), b.helpRows())
		return nil
	}
	keys := b.keys
	switch {
	case key.Matches(msg, keys.Quit):
		return tea.Quit
	case key.Matches(msg, keys.Help):
		b.help, b.helpTop = true, 0
	case key.Matches(msg, keys.Down):
		b.cur = min(b.cur+1, max(0, len(b.shown)-1))
	case key.Matches(msg, keys.Up):
		b.cur = max(b.cur-1, 0)
	case key.Matches(msg, keys.PageDown):
		b.cur = min(b.cur+b.rows(), max(0, len(b.shown)-1))
	case key.Matches(msg, keys.PageUp):
		b.cur = max(b.cur-b.rows(), 0)
	case key.Matches(msg, keys.Top):
		b.cur = 0
	case key.Matches(msg, keys.Bottom):
		b.cur = max(0, len(b.shown)-1)
	case key.Matches(msg, keys.Filter):
		b.typing = true
	case key.Matches(msg, keys.Clear):
		b.filter = ""
		b.refilter()
	case key.Matches(msg, keys.Open):
		if len(b.shown) == 0 || b.loading >= 0 {
			return nil
		}
		i := b.shown[b.cur]
		b.loading, b.started, b.err = i, time.Now(), nil
		open := b.open
		return tea.Batch(tick(), func() tea.Msg {
			c, err := open(i)
			return comparedMsg{story: i, c: c, err: err}
		})
	}
	return nil
}

// refilter keeps the stories whose headline or outlets hold the filter.
// The story selected stays selected while the filter keeps it, so
// clearing a filter after coming back from a story leaves the reader on
// that story, not on whichever one now has its row number.
func (b *Browser) refilter() {
	was := -1
	if b.cur < len(b.shown) {
		was = b.shown[b.cur]
	}
	b.shown = b.shown[:0]
	f := strings.ToLower(b.filter)
	for i, s := range b.listed {
		if f == "" || strings.Contains(strings.ToLower(s.Headline+" "+strings.Join(s.Outlets, " ")+" "+s.Date), f) {
			b.shown = append(b.shown, i)
		}
	}
	if i := slices.Index(b.shown, was); i >= 0 {
		b.cur = i
		return
	}
	b.cur = 0 // the first story that matches
}

// helpRows is how many lines of help fit under the title bar.
func (b *Browser) helpRows() int { return max(1, b.height-1) }

// helpLines is the list's help, wrapped to the width.
func (b *Browser) helpLines() []string {
	w := max(1, b.width)
	lines := keyHelpLines(b.styles, "Keys of the story list", b.keys.all(), w)
	lines = append(lines, "")
	lines = append(lines, hanging("  ", "Each story is articles from two or more outlets about one event; enter compares them side by side, and ? there lists the story's keys.", w)...)
	lines = append(lines, "")
	return append(lines, hanging("  ", b.styles.Dim.Render("j/k, pgdn/pgup scroll this help; any other key closes it."), w)...)
}

// rows is how many stories fit on screen.
func (b *Browser) rows() int { return max(1, (b.height-4)/2) }

// View renders the list, the loading line, or the open story.
func (b *Browser) View() tea.View {
	if b.inner != nil {
		v := b.inner.View()
		return v
	}
	v := tea.NewView(b.Render())
	v.AltScreen = true
	v.WindowTitle = "framediff"
	return v
}

// Render draws the story list as plain lines of the terminal's width.
func (b *Browser) Render() string {
	w := max(1, b.width)
	bar := fitItems([]item{{"framediff", 9}, {b.title, 7}, {fmt.Sprintf("%d stories with two or more outlets", len(b.stories)), 8}}, " · ", w-1)
	lines := []string{b.styles.Bar.Render(fit(" "+bar, w))}
	if b.help {
		lines = append(lines, helpWindow(b.styles, b.helpLines(), b.helpTop, b.helpRows(), w)...)
		for len(lines) < b.height {
			lines = append(lines, strings.Repeat(" ", w))
		}
		for i := range lines {
			lines[i] = fit(lines[i], w)
		}
		return strings.Join(lines[:max(1, b.height)], "\n")
	}
	status := fitItems([]item{{"enter open a story", 9}, {"j/k move", 8}, {"/ filter", 7}, {"? help", 6}, {"q quit", 6}, {"in a story, S comes back here", 5}}, " · ", w)
	switch {
	case b.loading >= 0:
		spin := []string{"⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"}[b.frame%10]
		s := b.stories[b.loading]
		status = fmt.Sprintf("%s comparing story %d: %s from %s (%.0fs)…", spin, b.loading+1, count(s.Articles, "article", "articles"), count(len(s.Outlets), "outlet", "outlets"), time.Since(b.started).Seconds())
	case b.err != nil:
		status = "could not compare the story: " + text.SanitizeLine(b.err.Error())
	case b.typing:
		status = fmt.Sprintf("filter: %s▏ (%d of %d stories; enter keeps it, esc clears)", b.filter, len(b.shown), len(b.stories))
	case b.filter != "":
		status = fitItems([]item{{fmt.Sprintf("filter: %s (%d of %d stories)", b.filter, len(b.shown), len(b.stories)), 9}, {"enter open", 8}, {"j/k move", 7}, {"/ change", 6}, {"esc clear", 6}, {"? help", 5}}, " · ", w)
	}
	lines = append(lines, fit(truncateWords(status, w), w), "")
	rows := b.rows()
	if b.cur < b.top {
		b.top = b.cur
	} else if b.cur >= b.top+rows {
		b.top = b.cur - rows + 1
	}
	for r := b.top; r < len(b.shown) && r < b.top+rows; r++ {
		s := b.listed[b.shown[r]]
		date := s.Date
		if date == "" {
			date = "undated"
		}
		head := fmt.Sprintf("%3d. %s · %s", b.shown[r]+1, date, s.Headline)
		outlets := fmt.Sprintf("      %s: %s", count(s.Articles, "article", "articles"), strings.Join(s.Outlets, ", "))
		if b.blind {
			n := len(b.stories[b.shown[r]].Outlets)
			outlets = fmt.Sprintf("      %s from %s (blind: names hidden)", count(s.Articles, "article", "articles"), count(n, "outlet", "outlets"))
		}
		if s.Undated > 0 {
			outlets += " · " + undatedNote(s.Undated)
		}
		if r == b.cur {
			head = b.styles.Selected.Render(truncateWords(head, w))
		} else {
			head = b.styles.Bold.Render(truncateWords(head, w))
		}
		lines = append(lines, fit(head, w), fit(b.styles.Dim.Render(truncateWords(outlets, w)), w))
	}
	for len(lines) < b.height {
		lines = append(lines, strings.Repeat(" ", w))
	}
	return strings.Join(lines[:max(1, b.height)], "\n")
}
