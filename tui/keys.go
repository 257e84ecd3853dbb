package tui

import "charm.land/bubbles/v2/key"

// keyMap is every key the UI answers to; the help screen and the hints
// are built from it.
type keyMap struct {
	Next, Prev       key.Binding
	Down, Up         key.Binding
	PageDown, PageUp key.Binding
	Top, Bottom      key.Binding
	NextHit, PrevHit key.Binding
	Select           key.Binding
	Left, Right      key.Binding
	Toggle           key.Binding
	Present          key.Binding
	Actor, PrevActor key.Binding
	Blind            key.Binding
	Search           key.Binding
	Sync             key.Binding
	Help, Quit       key.Binding
	Stories          key.Binding // only in a story opened from the story list

	// Presentation mode and the help screen
	NextDiff, PrevDiff key.Binding
	Scroll             key.Binding
	Close              key.Binding
}

func defaultKeys() keyMap {
	return keyMap{
		Next:      key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "focus next panel")),
		Prev:      key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "focus previous panel")),
		Down:      key.NewBinding(key.WithKeys("j", "down"), key.WithHelp("j/↓", "scroll down / next difference")),
		Up:        key.NewBinding(key.WithKeys("k", "up"), key.WithHelp("k/↑", "scroll up / previous difference")),
		PageDown:  key.NewBinding(key.WithKeys("pgdown", "ctrl+d"), key.WithHelp("pgdn", "page down")),
		PageUp:    key.NewBinding(key.WithKeys("pgup", "ctrl+u"), key.WithHelp("pgup", "page up")),
		Top:       key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g/G", "top / bottom")),
		Bottom:    key.NewBinding(key.WithKeys("G", "end")),
		NextHit:   key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "next highlight, on into the next article (explained below)")),
		PrevHit:   key.NewBinding(key.WithKeys("N"), key.WithHelp("N", "previous highlight")),
		Select:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "show the difference's evidence")),
		Left:      key.NewBinding(key.WithKeys("h", "left"), key.WithHelp("h/l", "show other articles when they do not all fit")),
		Right:     key.NewBinding(key.WithKeys("l", "right")),
		Toggle:    key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7"), key.WithHelp("1-7", "toggle a highlight category")),
		Present:   key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "presentation mode: one difference at a time, for class")),
		Actor:     key.NewBinding(key.WithKeys("a"), key.WithHelp("a/A", "next / previous actor, its mentions marked in all panes (esc: none)")),
		PrevActor: key.NewBinding(key.WithKeys("A")),
		Blind:     key.NewBinding(key.WithKeys("b"), key.WithHelp("b", "blind mode: outlets shown as Outlet A, B, ... until b reveals them")),
		Search:    key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "search the articles and the differences (enter: go, esc: clear)")),
		Sync:      key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "scroll every pane together (on/off)")),
		Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Quit:      key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
		Stories:   key.NewBinding(key.WithKeys("S"), key.WithHelp("S", "back to the list of stories")),

		NextDiff: key.NewBinding(key.WithKeys("space", "right", "l", "n"), key.WithHelp("space/→", "next difference")),
		PrevDiff: key.NewBinding(key.WithKeys("backspace", "left", "h", "N"), key.WithHelp("←/bksp", "previous difference")),
		Scroll:   key.NewBinding(key.WithKeys("j", "k", "down", "up", "pgdown", "pgup", "g", "G", "home", "end"), key.WithHelp("j/k", "scroll (pgdn/pgup, g/G)")),
		Close:    key.NewBinding(key.WithKeys("esc", "p"), key.WithHelp("p/esc", "back to the panes")),
	}
}

// panes lists the keys of the main screen, in the order help shows them.
func (k keyMap) panes() []key.Binding {
	return []key.Binding{k.Next, k.Prev, k.Down, k.Up, k.PageDown, k.PageUp, k.Top, k.NextHit, k.PrevHit, k.Select, k.Left, k.Toggle, k.Actor, k.Search, k.Sync, k.Present, k.Blind, k.Help, k.Quit}
}

// presentation lists the keys of presentation mode. q quits there as
// everywhere: a teacher who learnt "q quits" must not find it means "back"
// in one mode.
func (k keyMap) presentation() []key.Binding {
	return []key.Binding{k.NextDiff, k.PrevDiff, k.Scroll, k.Blind, k.Help, k.Close, k.Quit}
}

// storyKeyMap is every key the story list answers to; its help screen is
// built from it.
type storyKeyMap struct {
	Open, Down, Up   key.Binding
	PageDown, PageUp key.Binding
	Top, Bottom      key.Binding
	Filter, Clear    key.Binding
	Back             key.Binding // shown in help only: the open story answers it
	Help, Quit       key.Binding
}

func defaultStoryKeys() storyKeyMap {
	return storyKeyMap{
		Open:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "compare the selected story and open it")),
		Down:     key.NewBinding(key.WithKeys("j", "down"), key.WithHelp("j/↓", "next story")),
		Up:       key.NewBinding(key.WithKeys("k", "up"), key.WithHelp("k/↑", "previous story")),
		PageDown: key.NewBinding(key.WithKeys("pgdown", "ctrl+d"), key.WithHelp("pgdn", "page down")),
		PageUp:   key.NewBinding(key.WithKeys("pgup", "ctrl+u"), key.WithHelp("pgup", "page up")),
		Top:      key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g/G", "first / last story")),
		Bottom:   key.NewBinding(key.WithKeys("G", "end")),
		Filter:   key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "filter the stories by headline, outlet or date (enter keeps it, esc clears)")),
		Clear:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear the filter")),
		Back:     key.NewBinding(key.WithKeys("S"), key.WithHelp("S", "in an open story: back to this list")),
		Help:     key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Quit:     key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
	}
}

// all lists the story list's keys, in the order help shows them.
func (k storyKeyMap) all() []key.Binding {
	return []key.Binding{k.Open, k.Down, k.Up, k.PageDown, k.PageUp, k.Top, k.Filter, k.Clear, k.Back, k.Help, k.Quit}
}
