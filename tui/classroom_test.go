package tui

import (
	"fmt"
	"image/color"
	"sort"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/framediff/framediff/framing"
)

// sevenComparison is a made-up story told by seven made-up outlets
// (testdata/seven), long outlet names among them.
func sevenComparison(t testing.TB) *framing.Comparison {
	t.Helper()
	c := compareDir(t, "testdata/seven")
	// The goldens list differences of equal salience by summary and
	// evidence by place, an order that does not move when framing ranks
	// ties differently.
	sort.SliceStable(c.Differences, func(i, j int) bool {
		a, b := c.Differences[i], c.Differences[j]
		return a.Salience > b.Salience || a.Salience == b.Salience && a.Summary < b.Summary
	})
	for _, d := range c.Differences {
		sort.SliceStable(d.Evidence, func(i, j int) bool {
			a, b := d.Evidence[i], d.Evidence[j]
			return a.Article < b.Article || a.Article == b.Article && a.Start < b.Start
		})
	}
	if len(c.Outlets) != 7 {
		t.Fatalf("the fixture holds %d outlets, want 7: %v", len(c.Outlets), c.Outlets)
	}
	return c
}

// sizedWith builds a model of a comparison at a size, titled as the
// command line would title the story.
func sizedWith(c *framing.Comparison, w, h int, opts ...Option) *Model {
	title := "demo"
	if len(c.Outlets) == 7 {
		title = "testdata/seven: 7 articles"
	}
	m := New(c, title, opts...)
	m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return m
}

var goldenSizes = [][2]int{{60, 20}, {80, 24}, {120, 40}, {200, 60}}

// TestClassroomGoldens keeps each screen of the demo and of the
// seven-outlet story at four sizes: the panes in dark and light styles
// (escape codes kept, so a style change shows), and presentation mode
// and blind mode as plain text.
func TestClassroomGoldens(t *testing.T) {
	stories := []struct {
		name string
		c    *framing.Comparison
	}{{"demo", demoComparison(t)}, {"seven", sevenComparison(t)}}
	for _, st := range stories {
		for _, sz := range goldenSizes {
			name := fmt.Sprintf("%s-%dx%d", st.name, sz[0], sz[1])
			for _, theme := range []struct {
				name string
				bg   color.Color
			}{{"dark", color.Black}, {"light", color.White}} {
				t.Run(name+"-"+theme.name, func(t *testing.T) {
					m := sizedWith(st.c, sz[0], sz[1])
					m.Update(tea.BackgroundColorMsg{Color: theme.bg})
					golden.RequireEqual(t, []byte(m.View().Content))
				})
			}
			t.Run(name+"-presentation", func(t *testing.T) {
				m := sizedWith(st.c, sz[0], sz[1])
				press(m, "p", "space")
				golden.RequireEqual(t, []byte(ansi.Strip(m.View().Content)))
			})
			t.Run(name+"-blind", func(t *testing.T) {
				m := sizedWith(st.c, sz[0], sz[1], WithBlind(true), WithSeed(7))
				press(m, "j", "tab")
				golden.RequireEqual(t, []byte(ansi.Strip(m.View().Content)))
			})
		}
	}
}

// wordsOf is the set of space-separated words of texts.
func wordsOf(texts ...string) map[string]bool {
	set := map[string]bool{}
	for _, s := range texts {
		for _, w := range strings.Fields(s) {
			set[w] = true
		}
	}
	return set
}

// checkFrame fails unless the screen is exactly h lines of at most w
// columns whose last line is not blank.
func checkFrame(t *testing.T, screen string, w, h int, what string) {
	t.Helper()
	checkFits(t, screen, w, h, what)
	lines := strings.Split(screen, "\n")
	if strings.TrimSpace(ansi.Strip(lines[h-1])) == "" {
		t.Fatalf("%dx%d %s: the last line is blank, the frame does not fill the height", w, h, what)
	}
}

// checkFits fails unless the screen is exactly h lines of at most w columns.
func checkFits(t *testing.T, screen string, w, h int, what string) {
	t.Helper()
	lines := strings.Split(screen, "\n")
	if len(lines) != h {
		t.Fatalf("%dx%d %s: %d lines, want %d", w, h, what, len(lines), h)
	}
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw > w {
			t.Fatalf("%dx%d %s: line %d is %d wide: %q", w, h, what, i, lw, ansi.Strip(l))
		}
	}
}

// checkWords fails when a word on the given lines is not a whole word of
// vocab: a word cut in two, or cut with "…". A word ending in the broken
// mark was too wide for any line and is allowed.
func checkWords(t *testing.T, lines []string, vocab map[string]bool, w, h int, what string) {
	t.Helper()
	for _, l := range lines {
		for _, cell := range strings.Split(ansi.Strip(l), "│") {
			for _, word := range strings.Fields(cell) {
				if strings.HasSuffix(word, brokenMark) || vocab[word] {
					continue
				}
				t.Fatalf("%dx%d %s: %q is not a whole word, in line %q", w, h, what, word, ansi.Strip(l))
			}
		}
	}
}

// brokenPieces are the pieces of words too wide for a line: a piece
// following a broken one is allowed too.
func allowBrokenPieces(vocab map[string]bool, width int) {
	for w := range vocab {
		if ansi.StringWidth(w) <= width {
			continue
		}
		for _, piece := range breakWord(w, width) {
			vocab[w[piece[0]:piece[1]]] = true
		}
	}
}

// TestWidthSweep lays the seven-outlet story out at widths from 60 to 300
// columns, at the shortest and the tallest height: every line fits, the
// frame fills the height, no pane is narrower than minPaneWidth and no
// word of an article or of presentation mode is split.
func TestWidthSweep(t *testing.T) {
	c := sevenComparison(t)
	var texts []string
	for _, an := range c.Articles {
		texts = append(texts, an.Article.Text)
	}
	var presTexts []string
	for _, d := range c.Differences {
		presTexts = append(presTexts, d.Summary)
		for _, e := range d.Evidence {
			presTexts = append(presTexts, e.Voice.String(), c.Excerpt(e).Text)
		}
	}
	presTexts = append(presTexts, c.Outlets...)
	presTexts = append(presTexts, "(nothing here)", "… more sentences: p, then the panes", "Nothing of this in")
	for _, o := range c.Outlets {
		presTexts = append(presTexts, o+",", o+".")
	}
	widths := []int{}
	for w := 60; w < 300; w += 7 {
		widths = append(widths, w)
	}
	widths = append(widths, 300)
	for _, h := range []int{20, 100} {
		for _, w := range widths {
			m := sizedWith(c, w, h)
			checkFrame(t, m.Render(), w, h, "panes")
			if pw := m.paneWidth(len(m.visible())); pw < minPaneWidth {
				t.Fatalf("%dx%d: panes %d wide", w, h, pw)
			}
			vocab := wordsOf(texts...)
			allowBrokenPieces(vocab, m.paneWidth(len(m.visible())))
			for _, keys := range [][]string{nil, {"j", "j", "j"}, {"tab", "n", "n", "G"}, {"l", "l", "tab", "tab", "pgdown"}} {
				press(m, keys...)
				screen := strings.Split(m.Render(), "\n")
				checkOutletNamesWhole(t, m, screen, w, h)
				checkFrame(t, strings.Join(screen, "\n"), w, h, fmt.Sprintf("panes after %v", keys))
				body := screen[1+m.paneHeaderLines() : 1+m.paneHeaderLines()+m.bodyHeight()]
				checkWords(t, body, vocab, w, h, fmt.Sprintf("pane text after %v", keys))
			}
			press(m, "?")
			checkFits(t, m.Render(), w, h, "help")
			press(m, "G")
			checkFits(t, m.Render(), w, h, "help at its end")
			press(m, "x")

			pv := wordsOf(presTexts...)
			allowBrokenPieces(pv, presentColumn)
			// The first differences, and a sample of the rest: every
			// kind of difference the fixture has shows in them.
			press(m, "p")
			for i := range c.Differences {
				if i >= 6 && i%9 != 0 {
					press(m, "space")
					continue
				}
				for _, scroll := range []string{"", "j", "G"} {
					if scroll != "" {
						press(m, scroll)
					}
					screen := strings.Split(m.Render(), "\n")
					checkFrame(t, strings.Join(screen, "\n"), w, h, fmt.Sprintf("presentation of difference %d", i+1))
					// the body: under the "n of m" line, above the footer
					checkWords(t, screen[4:h-1], pv, w, h, fmt.Sprintf("presentation of difference %d", i+1))
				}
				press(m, "space")
			}
		}
	}
}

// TestPresentationShowsWhereItIs: at 80x24 the seven-outlet story's
// difference with the most evidence does not fit; the footer says more
// lies below, j scrolls, and at the end it says more lies above. The
// outlet names are whole.
func TestPresentationShowsWhereItIs(t *testing.T) {
	c := sevenComparison(t)
	m := sizedWith(c, 80, 24)
	longest := 0
	for i, d := range c.Differences {
		if len(d.Evidence) > len(c.Differences[longest].Evidence) {
			longest = i
		}
	}
	press(m, "p")
	for range longest {
		press(m, "space")
	}
	screen := ansi.Strip(m.Render())
	if !strings.Contains(screen, fmt.Sprintf("Difference %d of %d", longest+1, len(c.Differences))) {
		t.Fatalf("no n of m:\n%s", screen)
	}
	if !strings.Contains(screen, "more below") {
		t.Fatalf("no more-below marker:\n%s", screen)
	}
	seen := map[string]bool{}
	for range 200 {
		screen = ansi.Strip(m.Render())
		for _, o := range c.Outlets {
			if strings.Contains(screen, o) {
				seen[o] = true
			}
		}
		press(m, "j")
	}
	if !strings.Contains(screen, "more above") || strings.Contains(screen, "more below") {
		t.Fatalf("at the end: no more-above marker, or still more below:\n%s", screen)
	}
	if len(seen) != len(c.Outlets) {
		t.Fatalf("scrolling through the difference showed %d outlet names whole, want %d: %v", len(seen), len(c.Outlets), seen)
	}
	press(m, "space")
	if m.sel != longest+1 || m.presTop != 0 {
		t.Fatalf("space: difference %d scrolled to %d, want difference %d from its top", m.sel+1, m.presTop, longest+2)
	}
	press(m, "p")
	if m.present {
		t.Fatal("p did not leave presentation mode")
	}
}

// TestHelpScrolls: at 60x20 the help does not fit; j scrolls it and the
// last line says more lies below until the end.
func TestHelpScrolls(t *testing.T) {
	m := sizedWith(demoComparison(t), 60, 20)
	press(m, "?")
	if !strings.Contains(ansi.Strip(m.Render()), "more below") {
		t.Fatal("help does not say more lies below")
	}
	first := m.Render()
	press(m, "j")
	if m.Render() == first || !m.help {
		t.Fatal("j did not scroll the help")
	}
	press(m, "G")
	if s := ansi.Strip(m.Render()); strings.Contains(s, "more below") || !strings.Contains(s, "any other key closes") {
		t.Fatalf("G did not reach the end of help:\n%s", s)
	}
	press(m, "x")
	if m.help {
		t.Fatal("x did not close help")
	}
}

// outletNamePatterns matches the outlet names and the words that give
// them away, in any case.
func outletNamePatterns(c *framing.Comparison, extra ...string) nameFinder {
	var f nameFinder
	for _, o := range append(append([]string(nil), c.Outlets...), extra...) {
		f = append(f, strings.ToLower(o))
	}
	return f
}

// nameFinder finds any of its lower-cased names in a text, in any case.
type nameFinder []string

func (f nameFinder) FindStringIndex(s string) []int {
	lower := strings.ToLower(s)
	for _, n := range f {
		if i := strings.Index(lower, n); i >= 0 {
			return []int{i, i + len(n)}
		}
	}
	return nil
}

func (f nameFinder) MatchString(s string) bool { return f.FindStringIndex(s) != nil }

// TestBlindHidesEveryOutletName walks every screen of blind mode (panes
// with each difference selected, highlights in every pane, actors, help
// and every difference in presentation mode) at two sizes: no outlet name
// is on screen; b reveals them.
func TestBlindHidesEveryOutletName(t *testing.T) {
	for _, tc := range []struct {
		name  string
		c     *framing.Comparison
		extra []string
	}{
		{"demo", demoComparison(t), []string{"Jerusalem Post", "JPost", "Al Mayadeen", "almayadeen"}},
		{"seven", sevenComparison(t), []string{"Harbor City", "NPR", "Meridian", "Northwind", "Coastline", "Summit News"}},
	} {
		names := outletNamePatterns(tc.c, tc.extra...)
		for _, sz := range [][2]int{{80, 24}, {200, 60}} {
			m := sizedWith(tc.c, sz[0], sz[1], WithBlind(true), WithSeed(42))
			check := func(what string) {
				t.Helper()
				screen := ansi.Strip(m.Render())
				if loc := names.FindStringIndex(screen); loc != nil {
					t.Fatalf("%s %dx%d %s: outlet name %q on screen:\n%s", tc.name, sz[0], sz[1], what, screen[loc[0]:loc[1]], screen)
				}
			}
			check("start")
			for i := range tc.c.Differences {
				m.selectDifference(i)
				check(fmt.Sprintf("difference %d", i+1))
			}
			for range len(tc.c.Articles) {
				press(m, "tab")
				for range 15 {
					press(m, "n")
					check("highlight")
				}
				for range 5 {
					press(m, "pgdown")
					check("scrolled")
				}
			}
			press(m, "tab", "tab", "tab", "tab", "tab", "tab", "tab", "tab")
			for range len(m.actors) {
				press(m, "a")
				check("actor")
			}
			press(m, "?")
			check("help")
			press(m, "x", "p")
			for i := range tc.c.Differences {
				for range 30 {
					check(fmt.Sprintf("presentation of difference %d", i+1))
					top := m.presTop
					press(m, "pgdown")
					if m.presTop == top {
						break
					}
				}
				press(m, "space")
			}
			press(m, "b")
			if !names.MatchString(ansi.Strip(m.Render())) {
				t.Fatalf("%s: b did not reveal the outlets", tc.name)
			}
		}
	}
}

// TestBlindLettersAreShuffled: every outlet gets its own letter, the order
// depends on the seed, and panes are shown in letter order.
func TestBlindLettersAreShuffled(t *testing.T) {
	c := sevenComparison(t)
	orders := map[string]bool{}
	for seed := range uint64(8) {
		m := sizedWith(c, 300, 40, WithBlind(true), WithSeed(seed))
		seen := map[string]bool{}
		var order []string
		for _, o := range c.Outlets {
			l := m.blinder.label[o]
			if seen[l] || !strings.HasPrefix(l, "Outlet\u00a0") {
				t.Fatalf("seed %d: label %q given twice or malformed", seed, l)
			}
			seen[l] = true
			order = append(order, l)
		}
		orders[strings.Join(order, ",")] = true
		for i, p := range m.shown {
			if want := blindLabel(i); m.blinder.label[p.an.Outlet] != want {
				t.Fatalf("seed %d: pane %d is %s, want %s", seed, i, m.blinder.label[p.an.Outlet], want)
			}
		}
	}
	if len(orders) < 4 {
		t.Fatalf("eight seeds gave %d orders of the letters", len(orders))
	}
}

// TestBlindKeepsHighlightsOnTheirWords: replacing the names moves the
// text; the highlights move with it and still cover the same words.
func TestBlindKeepsHighlightsOnTheirWords(t *testing.T) {
	c := sevenComparison(t)
	m := sizedWith(c, 200, 40, WithBlind(true), WithSeed(3))
	for _, p := range m.panes {
		m.ensure(p)
		for _, i := range p.hits {
			h := p.an.Hits[i]
			got := p.text[p.toView(h.Start):p.toView(h.End)]
			if !names(c).MatchString(h.Surface) && got != p.an.Article.Text[h.Start:h.End] {
				t.Fatalf("%s: highlight %q lands on %q", p.an.Outlet, p.an.Article.Text[h.Start:h.End], got)
			}
		}
	}
}

func names(c *framing.Comparison) nameFinder { return outletNamePatterns(c) }

// TestItemsDropWhole: a line too narrow for its items leaves out the least
// important whole, never a part of one.
func TestItemsDropWhole(t *testing.T) {
	items := []item{{"framediff", 3}, {"a long corpus description", 4}, {"7 outlets", 5}, {"? help", 9}}
	for _, tt := range []struct {
		width int
		want  string
	}{
		{80, "framediff · a long corpus description · 7 outlets · ? help"},
		{50, "a long corpus description · 7 outlets · ? help"},
		{40, "framediff · 7 outlets · ? help"}, // the description left out, framediff fits again
		{10, "? help"},
		{4, "?…"},
	} {
		if got := fitItems(items, " · ", tt.width); got != tt.want {
			t.Errorf("width %d: %q, want %q", tt.width, got, tt.want)
		}
	}
}

// TestBreakWordMarksTheCut: a word wider than the pane is cut at grapheme
// boundaries (a flag emoji or a letter with its accent stays whole) and
// every piece but the last is marked broken.
func TestBreakWordMarksTheCut(t *testing.T) {
	word := "https://example.org/🇳🇴é́/" + strings.Repeat("x", 40)
	text := "see " + word + " now"
	lines := wrapText(text, [][2]int{{0, len(text)}}, 12)
	var broken int
	for _, ln := range lines {
		seg := text[ln.start:ln.end]
		if w := ansi.StringWidth(seg); w > 12 || ln.broken && w > 11 {
			t.Fatalf("line %q is %d wide", seg, w)
		}
		if strings.Contains(seg, "\U0001F1F3") != strings.Contains(seg, "\U0001F1F4") {
			t.Fatalf("flag split: %q", seg)
		}
		if ln.broken {
			broken++
		}
	}
	if broken == 0 || lines[len(lines)-1].broken || text[lines[0].start:lines[0].end] != "see" {
		t.Fatalf("lines %+v", lines)
	}
}

// checkOutletNamesWhole fails unless every pane's header holds each word
// of its outlet's name.
func checkOutletNamesWhole(t *testing.T, m *Model, screen []string, w, h int) {
	t.Helper()
	for i, p := range m.visible() {
		var head []string
		for _, row := range screen[1 : 1+m.paneHeaderLines()] {
			if cells := strings.Split(ansi.Strip(row), "│"); i < len(cells) {
				head = append(head, strings.Fields(cells[i])...)
			}
		}
		got := wordsOf(head...)
		for _, word := range strings.Fields(p.an.Outlet) {
			if !got[word] {
				t.Fatalf("%dx%d: pane %d's header lacks %q of %q: %q", w, h, i, word, p.an.Outlet, head)
			}
		}
	}
}

// TestNextHighlightCrossesArticles: n past the last highlight of a pane
// goes on to the next article's first, bringing it into view; N from there
// comes back to the last highlight of the pane before.
func TestNextHighlightCrossesArticles(t *testing.T) {
	c := sevenComparison(t)
	m := sizedWith(c, 80, 24)
	press(m, "tab", "g") // the first pane, scrolled to its top
	first := m.focusedPane()
	m.ensure(first)
	if len(first.hits) == 0 {
		t.Fatal("the first pane has no highlights")
	}
	for range first.hits {
		press(m, "n")
	}
	if m.focusedPane() != first || first.cur != first.hits[len(first.hits)-1] {
		t.Fatalf("after %d n the focus is not on the first pane's last highlight", len(first.hits))
	}
	press(m, "n")
	second := m.focusedPane()
	if second == first || second.cur != second.hits[0] || first.cur != -1 {
		t.Fatalf("n past the last highlight did not move to the next article's first")
	}
	press(m, "l", "l", "l", "h", "h", "h") // the strip moves, the focus follows the pane
	press(m, "N")
	if p := m.focusedPane(); p == nil || p.cur < 0 {
		t.Fatal("N lost the highlight")
	}
}
