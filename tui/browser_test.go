package tui

import (
	"errors"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/framediff/framediff/framing"
)

// keyMsg is the key press a terminal sends for k.
func keyMsg(k string) tea.KeyPressMsg {
	switch k {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	}
	return tea.KeyPressMsg{Code: []rune(k)[0], Text: k}
}

// runCmd runs a command as the Bubble Tea loop would, feeding what it
// returns back to the model, ticks aside.
func runCmd(b *Browser, cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	switch msg := cmd().(type) {
	case tea.BatchMsg:
		for _, c := range msg {
			runCmd(b, c)
		}
	case tickMsg, nil:
	default:
		_, next := b.Update(msg)
		runCmd(b, next)
	}
}

// TestStoryBrowser: a corpus opens on its stories; / filters them; enter
// compares the chosen one (a loading line meanwhile) and opens it; S comes
// back to the list; a failed comparison is said, not fatal.
func TestStoryBrowser(t *testing.T) {
	c := demoComparison(t)
	stories := []StoryEntry{
		{Date: "2023-01-04", Headline: "Iran drones and Russia", Outlets: []string{"The Jerusalem Post", "Al Mayadeen English"}, Articles: 3},
		{Date: "", Headline: "Gaza ceasefire talks", Outlets: []string{"Fox News", "NPR"}, Articles: 5},
		{Date: "2023-02-01", Headline: "Gaza border crossing reopens", Outlets: []string{"CNN", "Townhall"}, Articles: 2},
	}
	var asked []int
	open := func(i int) (*framing.Comparison, error) {
		asked = append(asked, i)
		if i == 2 {
			return nil, errors.New("the story has no text")
		}
		return c, nil
	}
	b := NewBrowser("a/corpus/of/many/outlets/", stories, open)
	b.Update(tea.WindowSizeMsg{Width: 100, Height: 20})
	screen := ansi.Strip(b.Render())
	for _, want := range []string{"3 stories with two or more outlets", "1. 2023-01-04 · Iran drones and Russia", "2. undated · Gaza ceasefire talks", "5 articles: Fox News, NPR"} {
		if !strings.Contains(screen, want) {
			t.Fatalf("list lacks %q:\n%s", want, screen)
		}
	}
	for _, k := range []string{"/", "g", "a", "z", "a", "enter"} {
		b.Update(keyMsg(k))
	}
	if len(b.shown) != 2 || b.shown[0] != 1 || b.shown[1] != 2 {
		t.Fatalf("filter gaza shows %v", b.shown)
	}
	_, cmd := b.Update(keyMsg("enter"))
	if !strings.Contains(ansi.Strip(b.Render()), "comparing story 2: 5 articles from 2 outlets") {
		t.Fatalf("no loading line:\n%s", ansi.Strip(b.Render()))
	}
	runCmd(b, cmd)
	if b.inner == nil || len(asked) != 1 || asked[0] != 1 {
		t.Fatalf("story 2 not opened (asked %v)", asked)
	}
	if s := ansi.Strip(b.inner.Render()); !strings.Contains(s, "story 2 of 3") || !strings.Contains(s, "Al Mayadeen English") {
		t.Fatalf("open story:\n%s", s)
	}
	// On a narrow terminal which story it is outlasts the folder's name.
	b.Update(tea.WindowSizeMsg{Width: 60, Height: 20})
	if bar := strings.SplitN(ansi.Strip(b.inner.Render()), "\n", 2)[0]; !strings.Contains(bar, "story 2 of 3") {
		t.Errorf("at 60 columns the title bar does not say which story: %q", bar)
	}
	b.Update(tea.WindowSizeMsg{Width: 100, Height: 20})
	b.Update(keyMsg("S"))
	if b.inner != nil {
		t.Fatal("S did not come back to the list")
	}
	b.Update(keyMsg("j"))
	_, cmd = b.Update(keyMsg("enter"))
	runCmd(b, cmd)
	if b.inner != nil || !strings.Contains(ansi.Strip(b.Render()), "could not compare the story: the story has no text") {
		t.Fatalf("a failed comparison:\n%s", ansi.Strip(b.Render()))
	}
	// The next key clears it: a filter typed after it shows.
	b.Update(keyMsg("/"))
	b.Update(keyMsg("x"))
	if s := ansi.Strip(b.Render()); !strings.Contains(s, "filter: gazax") {
		t.Fatalf("a filter typed after a failed comparison is hidden:\n%s", s)
	}
}

// TestStoryBrowserKeysWhileTyping: ctrl+c quits while the filter is being
// typed; in an open story, S typed into a search is a letter of the search,
// not a way back to the list; a kept filter does not say "enter keeps it"
// when enter now opens a story; a long outlet list is cut between words.
func TestStoryBrowserKeysWhileTyping(t *testing.T) {
	c := demoComparison(t)
	stories := []StoryEntry{
		{Date: "2023-01-04", Headline: "Iran drones and Russia", Outlets: []string{"The Jerusalem Post", "Al Mayadeen English", "Christian Science Monitor", "Washington Times"}, Articles: 4},
		{Date: "2023-02-01", Headline: "Gaza border crossing reopens", Outlets: []string{"CNN", "Townhall"}, Articles: 2},
	}
	b := NewBrowser("corpus/", stories, func(int) (*framing.Comparison, error) { return c, nil })
	b.Update(tea.WindowSizeMsg{Width: 60, Height: 20})
	words := map[string]bool{}
	for _, s := range stories {
		for _, w := range strings.Fields(s.Headline + " " + strings.Join(s.Outlets, " ")) {
			words[strings.Trim(w, ",")] = true
		}
	}
	for _, line := range strings.Split(ansi.Strip(b.Render()), "\n") {
		f := strings.Fields(line)
		if len(f) == 0 || !strings.HasSuffix(f[len(f)-1], "…") {
			continue
		}
		if last := strings.Trim(f[len(f)-1], ",…"); last != "" && !words[last] {
			t.Errorf("line cut mid-word (%q): %q", last, line)
		}
	}

	b.Update(keyMsg("/"))
	b.Update(keyMsg("i"))
	if _, cmd := b.Update(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}); cmd == nil {
		t.Fatal("ctrl+c while typing the filter does not quit")
	} else if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Fatalf("ctrl+c while typing the filter gives %T, want a quit", cmd())
	}
	b.Update(keyMsg("enter"))
	if s := ansi.Strip(b.Render()); strings.Contains(s, "enter keeps it") {
		t.Errorf("a kept filter still says enter keeps it:\n%s", s)
	}

	_, cmd := b.Update(keyMsg("enter"))
	runCmd(b, cmd)
	if b.inner == nil {
		t.Fatal("no story opened")
	}
	for _, k := range []string{"/", "S", "a"} {
		b.Update(keyMsg(k))
	}
	if b.inner == nil {
		t.Fatal("S typed into a search went back to the story list")
	}
	if b.inner.query != "Sa" {
		t.Errorf("search holds %q, want %q", b.inner.query, "Sa")
	}
	b.Update(keyMsg("esc"))
	if bar := strings.SplitN(ansi.Strip(b.View().Content), "\n", 2)[0]; !strings.Contains(bar, "S stories") {
		t.Errorf("the title bar of a story from the list does not say S goes back: %q", bar)
	}
	b.Update(keyMsg("?"))
	if help := ansi.Strip(strings.Join(b.inner.helpLines(), "\n")); !strings.Contains(help, "back to the list of stories") {
		t.Errorf("help in a story from the list does not say how to go back:\n%s", help)
	}
	b.Update(keyMsg("x")) // closes help
	b.Update(keyMsg("S"))
	if b.inner != nil {
		t.Fatal("S outside a search did not come back to the list")
	}
}

// TestStoryBrowserHelp: ? on the story list opens a help screen that
// lists the list's keys, the list's hints say so, and another key closes
// it without acting.
func TestStoryBrowserHelp(t *testing.T) {
	c := demoComparison(t)
	stories := []StoryEntry{
		{Date: "2023-01-04", Headline: "Iran drones and Russia", Outlets: []string{"The Jerusalem Post", "Al Mayadeen English"}, Articles: 2},
		{Date: "2023-02-01", Headline: "Gaza border crossing reopens", Outlets: []string{"CNN", "Townhall"}, Articles: 2},
	}
	b := NewBrowser("corpus/", stories, func(int) (*framing.Comparison, error) { return c, nil })
	b.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	if s := ansi.Strip(b.Render()); !strings.Contains(s, "? help") {
		t.Errorf("the list's hints do not name ? help:\n%s", s)
	}
	b.Update(keyMsg("?"))
	screen := ansi.Strip(b.Render())
	for _, want := range []string{"Keys of the story list", "enter      compare the selected story", "/          filter the stories", "S          in an open story: back to this list", "q          quit"} {
		if !strings.Contains(screen, want) {
			t.Errorf("story list help lacks %q:\n%s", want, screen)
		}
	}
	checkFits(t, b.Render(), 100, 30, "story list help")
	b.Update(keyMsg("x"))
	if b.help || b.inner != nil || b.loading >= 0 {
		t.Fatalf("x closed help %v, opened a story %v", !b.help, b.inner != nil || b.loading >= 0)
	}
	b.Update(tea.WindowSizeMsg{Width: 40, Height: 8})
	b.Update(keyMsg("?"))
	checkFits(t, b.Render(), 40, 8, "story list help at 40x8")
	if s := ansi.Strip(b.Render()); !strings.Contains(s, "more below") {
		t.Errorf("a help longer than the screen does not say more lies below:\n%s", s)
	}
	b.Update(keyMsg("G"))
	if s := ansi.Strip(b.Render()); !strings.Contains(s, "closes it.") {
		t.Errorf("G does not scroll the help to its end:\n%s", s)
	}
}

// TestStoryBrowserFilterKeepsTheStory: clearing a filter (as after coming
// back from a story) leaves the story that was selected selected, not the
// one that now has its row number.
func TestStoryBrowserFilterKeepsTheStory(t *testing.T) {
	c := demoComparison(t)
	stories := []StoryEntry{
		{Headline: "Iran drones and Russia", Outlets: []string{"A", "B"}, Articles: 2},
		{Headline: "Gaza ceasefire talks", Outlets: []string{"A", "B"}, Articles: 2},
		{Headline: "Budget vote", Outlets: []string{"A", "B"}, Articles: 2},
		{Headline: "Gaza border crossing reopens", Outlets: []string{"A", "B"}, Articles: 2},
	}
	b := NewBrowser("corpus/", stories, func(int) (*framing.Comparison, error) { return c, nil })
	b.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	for _, k := range []string{"/", "g", "a", "z", "a", "enter", "j"} {
		b.Update(keyMsg(k))
	}
	if got := b.shown[b.cur]; got != 3 {
		t.Fatalf("filtered on gaza, j selects story %d, want 4", got+1)
	}
	_, cmd := b.Update(keyMsg("enter"))
	runCmd(b, cmd)
	b.Update(keyMsg("S"))
	b.Update(keyMsg("esc"))
	if got := b.shown[b.cur]; got != 3 {
		t.Errorf("filter cleared: story %d selected, want 4, the story just left", got+1)
	}
	for _, k := range []string{"/", "b", "u", "d"} {
		b.Update(keyMsg(k))
	}
	if got := b.shown[b.cur]; got != 2 {
		t.Errorf("filter budget: story %d selected, want 3, the only match", got+1)
	}
}

// TestStoryBrowserBlind: started blind, the story list names no outlet,
// in its outlet lines, its headlines or its title, and a filter on an
// outlet's name finds nothing: the class must not read the sources off
// the list.
func TestStoryBrowserBlind(t *testing.T) {
	c := demoComparison(t)
	stories := []StoryEntry{
		{Date: "2023-01-04", Headline: "Fox News poll: Iran drones and Russia", Outlets: []string{"Fox News", "Al Mayadeen English"}, Articles: 3},
		{Date: "2023-02-01", Headline: "Gaza border crossing reopens", Outlets: []string{"CNN", "Townhall"}, Articles: 2},
	}
	b := NewBrowser("corpus/", stories, func(int) (*framing.Comparison, error) { return c, nil }, WithBlind(true))
	b.Update(tea.WindowSizeMsg{Width: 120, Height: 20})
	screen := ansi.Strip(b.Render())
	for _, name := range []string{"Fox News", "Al Mayadeen", "CNN", "Townhall"} {
		if strings.Contains(screen, name) {
			t.Errorf("blind story list names %s:\n%s", name, screen)
		}
	}
	for _, want := range []string{"[outlet] poll: Iran drones", "3 articles from 2 outlets"} {
		if !strings.Contains(screen, want) {
			t.Errorf("blind story list lacks %q:\n%s", want, screen)
		}
	}
	for _, k := range []string{"/", "t", "o", "w", "n", "enter"} {
		b.Update(keyMsg(k))
	}
	if len(b.shown) != 0 {
		t.Errorf("blind: a filter on an outlet's name finds %d stories, want none", len(b.shown))
	}
}

// TestStoryBrowserUndated: a story with articles grouped by content only
// (undated) says so in the list and in the opened story's title bar; a
// story of dated articles says nothing of it.
func TestStoryBrowserUndated(t *testing.T) {
	c := demoComparison(t)
	stories := []StoryEntry{
		{Date: "2023-01-04", Headline: "Iran drones and Russia", Outlets: []string{"The Jerusalem Post", "Al Mayadeen English"}, Articles: 3, Undated: 1},
		{Date: "2023-02-01", Headline: "Gaza border crossing reopens", Outlets: []string{"CNN", "Townhall"}, Articles: 2},
	}
	b := NewBrowser("corpus/", stories, func(int) (*framing.Comparison, error) { return c, nil })
	b.Update(tea.WindowSizeMsg{Width: 120, Height: 20})
	screen := ansi.Strip(b.Render())
	if !strings.Contains(screen, "3 articles: The Jerusalem Post, Al Mayadeen English · 1 article undated, grouped by content only") {
		t.Fatalf("list does not say the story's article is undated:\n%s", screen)
	}
	if strings.Count(screen, "grouped by content only") != 1 {
		t.Fatalf("the dated story is said to be grouped by content:\n%s", screen)
	}
	_, cmd := b.Update(keyMsg("enter"))
	runCmd(b, cmd)
	if bar := strings.SplitN(ansi.Strip(b.inner.Render()), "\n", 2)[0]; !strings.Contains(bar, "1 article undated, grouped by content only") {
		t.Errorf("the open story's title bar does not say it: %q", bar)
	}
	b.Update(keyMsg("S"))
	b.Update(keyMsg("j"))
	_, cmd = b.Update(keyMsg("enter"))
	runCmd(b, cmd)
	if bar := strings.SplitN(ansi.Strip(b.inner.Render()), "\n", 2)[0]; strings.Contains(bar, "undated") {
		t.Errorf("a dated story's title bar speaks of undated articles: %q", bar)
	}
}
