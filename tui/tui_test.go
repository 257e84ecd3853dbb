package tui

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
	"github.com/framediff/framediff/lexicon"
)

func demoComparison(t testing.TB) *framing.Comparison {
	t.Helper()
	return compareDir(t, "../testdata/seeds")
}

// compareDir loads a folder and compares it with the default lexicon.
func compareDir(t testing.TB, dir string) *framing.Comparison {
	t.Helper()
	res, err := corpus.Load([]string{dir}, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	set, err := lexicon.DefaultSet()
	if err != nil {
		t.Fatal(err)
	}
	return framing.Compare(res.Articles, set)
}

func sized(t testing.TB, c *framing.Comparison, w, h int) *Model {
	m := New(c, "demo")
	m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return m
}

func press(m *Model, keys ...string) {
	for _, k := range keys {
		var msg tea.KeyPressMsg
		switch k {
		case "tab":
			msg = tea.KeyPressMsg{Code: tea.KeyTab}
		case "shift+tab":
			msg = tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
		case "enter":
			msg = tea.KeyPressMsg{Code: tea.KeyEnter}
		case "esc":
			msg = tea.KeyPressMsg{Code: tea.KeyEscape}
		case "space":
			msg = tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
		case "down":
			msg = tea.KeyPressMsg{Code: tea.KeyDown}
		default:
			r := []rune(k)[0]
			msg = tea.KeyPressMsg{Code: r, Text: k}
		}
		m.Update(msg)
	}
}

func TestViewGoldens(t *testing.T) {
	c := demoComparison(t)
	for _, tc := range []struct {
		name string
		w, h int
		keys []string
	}{
		{"80x24", 80, 24, nil},
		{"200x60", 200, 60, nil},
		{"80x24-second-difference", 80, 24, []string{"j"}},
		{"120x40-highlight", 120, 40, []string{"tab", "n", "n"}},
		{"80x24-help", 80, 24, []string{"?"}},
		{"120x40-presentation", 120, 40, []string{"p", "space"}},
		{"40x12-highlight", 40, 12, []string{"tab", "n"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := sized(t, c, tc.w, tc.h)
			press(m, tc.keys...)
			golden.RequireEqual(t, []byte(ansi.Strip(m.View().Content)))
		})
	}
}

// TestShortScreenGivesTheTextRoom: at 40x12 a pane header is its outlet
// line alone, so the text shows four lines, not two; the outlet is named.
func TestShortScreenGivesTheTextRoom(t *testing.T) {
	c := demoComparison(t)
	m := sized(t, c, 40, 12)
	if bh := m.bodyHeight(); bh < 4 {
		t.Errorf("40x12: %d lines of text, want at least 4", bh)
	}
	screen := strings.Split(ansi.Strip(m.Render()), "\n")
	checkFits(t, m.Render(), 40, 12, "40x12")
	if p := m.visible()[0]; !strings.Contains(screen[1], p.an.Outlet) {
		t.Errorf("40x12: the pane header %q does not name %s", screen[1], p.an.Outlet)
	}
	p := m.visible()[0]
	if got, want := strings.TrimRight(screen[2], " "), strings.TrimRight(ansi.Strip(m.lineAt(p, p.top)), " "); got != want {
		t.Errorf("40x12: under the header %q, want the pane's first line of text %q", got, want)
	}
}

// TestPageDownInTheListPagesTheList: pgdn with the difference list in
// focus selects the difference a list's height further on, not a pane's
// height (which skipped differences never shown).
func TestPageDownInTheListPagesTheList(t *testing.T) {
	c := demoComparison(t)
	m := sized(t, c, 80, 24)
	rows := m.summaryRows()
	m.Update(tea.KeyPressMsg{Code: tea.KeyPgDown})
	if m.sel != rows {
		t.Errorf("pgdn in a list of %d rows selects difference %d, want %d", rows, m.sel+1, rows+1)
	}
	m.Update(tea.KeyPressMsg{Code: tea.KeyPgUp})
	if m.sel != 0 {
		t.Errorf("pgup back selects difference %d, want 1", m.sel+1)
	}
}

// TestOneOfAThingIsSingular: one article says "1 outlet" in the title
// bar, and presentation mode with nothing to present says how to go back.
func TestOneOfAThingIsSingular(t *testing.T) {
	c := compareDir(t, "testdata/one")
	m := sized(t, c, 100, 24)
	screen := ansi.Strip(m.Render())
	if !strings.Contains(screen, "· 1 outlet · 0 differences ·") {
		t.Errorf("title bar of one article:\n%s", strings.SplitN(screen, "\n", 2)[0])
	}
	press(m, "p")
	if screen := ansi.Strip(m.Render()); !strings.Contains(screen, "No differences to present.") || !strings.Contains(screen, "p/esc back to the panes") {
		t.Errorf("presentation with no differences does not say how to go back:\n%s", screen)
	}
	if got := count(1, "place", "places") + ", " + count(3, "place", "places"); got != "1 place, 3 places" {
		t.Errorf("count: %q", got)
	}
}

// TestWheelScrollsWhatIsUnderThePointer: the wheel over a pane scrolls
// it; over the difference list it selects the next difference, leaving
// the panes' own scrolling alone; in presentation mode it scrolls the
// presentation, not the hidden panes.
func TestWheelScrollsWhatIsUnderThePointer(t *testing.T) {
	c := demoComparison(t)
	m := sized(t, c, 110, 30)
	down := func(x, y int) { m.Update(tea.MouseWheelMsg{X: x, Y: y, Button: tea.MouseWheelDown}) }
	p := m.visible()[0]
	top := p.top
	down(5, 6)
	if p.top != top+3 {
		t.Errorf("wheel over the first pane: top %d, want %d", p.top, top+3)
	}
	list := 1 + m.paneHeaderLines() + m.bodyHeight()
	down(5, list+1)
	if m.sel != 1 {
		t.Errorf("wheel over the difference list selects difference %d, want 2", m.sel+1)
	}
	m.selectDifference(0)
	press(m, "p")
	tops := []int{m.panes[0].top, m.panes[1].top}
	down(5, 10)
	if m.presTop != 3 || m.panes[0].top != tops[0] || m.panes[1].top != tops[1] {
		t.Errorf("wheel in presentation mode: presentation at %d (want 3), panes moved %v -> %d, %d", m.presTop, tops, m.panes[0].top, m.panes[1].top)
	}
}

func TestEverySizeFits(t *testing.T) {
	c := demoComparison(t)
	sizes := [][2]int{{0, 0}, {1, 1}, {2, 3}, {10, 5}}
	for w := 20; w <= 200; w += 7 {
		sizes = append(sizes, [2]int{w, 24}, [2]int{w, 60})
	}
	for _, sz := range sizes {
		m := sized(t, c, sz[0], sz[1])
		press(m, "tab", "n", "j", "G", "tab", "N", "?")
		pres := sized(t, c, sz[0], sz[1])
		press(pres, "p", "space", "space")
		if v := pres.Render(); sz[1] > 0 && sz[0] > 0 && len(strings.Split(v, "\n")) != sz[1] {
			t.Fatalf("%dx%d presentation: wrong height", sz[0], sz[1])
		} else {
			for _, l := range strings.Split(v, "\n") {
				if ansi.StringWidth(l) > sz[0] {
					t.Fatalf("%dx%d presentation: line too wide: %q", sz[0], sz[1], ansi.Strip(l))
				}
			}
		}
		for _, view := range []string{m.Render(), func() string { press(m, "x"); return m.Render() }()} {
			lines := strings.Split(view, "\n")
			if sz[0] > 0 && sz[1] > 0 && len(lines) != sz[1] {
				t.Fatalf("%dx%d: %d lines", sz[0], sz[1], len(lines))
			}
			for i, l := range lines {
				if w := ansi.StringWidth(l); w > sz[0] {
					t.Fatalf("%dx%d: line %d is %d wide: %q", sz[0], sz[1], i, w, ansi.Strip(l))
				}
			}
		}
	}
}

func TestSelectingADifferenceScrollsToItsEvidence(t *testing.T) {
	c := demoComparison(t)
	m := sized(t, c, 80, 24)
	// The second difference is the Iranian denial, whose evidence is deep
	// in the Al Mayadeen article: its pane must scroll there.
	if got := c.Differences[1].Kind; got != framing.KindAct {
		t.Fatalf("second difference is %s", got)
	}
	press(m, "j")
	am := m.panes[1]
	if am.top == 0 {
		t.Fatal("Al Mayadeen pane did not scroll to the denial")
	}
	screen := ansi.Strip(m.Render())
	if !strings.Contains(screen, "Ashtiani") {
		t.Fatalf("evidence not on screen:\n%s", screen)
	}
}

// stepToHit presses n, at most max times, until the focused highlight
// satisfies match, and returns it; the test fails when none does.
func stepToHit(t *testing.T, m *Model, max int, what string, match func(framing.Hit) bool) framing.Hit {
	t.Helper()
	for range max {
		press(m, "n")
		if p := m.focusedPane(); p != nil && p.cur >= 0 && match(p.an.Hits[p.cur]) {
			return p.an.Hits[p.cur]
		}
	}
	t.Fatalf("n never reached %s", what)
	return framing.Hit{}
}

func TestHighlightExplained(t *testing.T) {
	c := demoComparison(t)
	m := sized(t, c, 200, 40)
	press(m, "tab", "tab") // focus the Al Mayadeen pane
	stepToHit(t, m, 40, "an israel.occupation highlight", func(h framing.Hit) bool { return h.RuleID == "israel.occupation" })
	screen := ansi.Strip(m.Render())
	if !strings.Contains(screen, "israel.occupation") || !strings.Contains(screen, "naming") {
		t.Fatalf("detail line does not explain the highlight:\n%s", screen)
	}
}

// TestHighlightInsideQuotationNamesSpeakerAffiliationAndAct steps to a
// highlight inside Ashtiani's denial: the detail line says who speaks, for
// whom, and the act.
func TestHighlightInsideQuotationNamesSpeakerAffiliationAndAct(t *testing.T) {
	c := demoComparison(t)
	m := sized(t, c, 200, 40)
	press(m, "tab", "tab") // focus the Al Mayadeen pane
	stepToHit(t, m, 60, "the Kiev highlight in Ashtiani's words", func(h framing.Hit) bool { return h.Surface == "Kiev" })
	screen := ansi.Strip(m.Render())
	for _, want := range []string{"said by Mohammad-Reza Ashtiani", "for Iran", "act: deny"} {
		if !strings.Contains(screen, want) {
			t.Fatalf("detail line lacks %q:\n%s", want, screen)
		}
	}
}

// TestReportingCueNamesItsAttribution: a reporting verb is outside the
// words it attributes, yet it is where a reader selects the attribution;
// its detail line says who speaks, for whom and with what act ("Ned Price
// rejected criticism ...": Ned Price, United States, deny), and a cue whose
// attribution was not found is given no other's.
func TestReportingCueNamesItsAttribution(t *testing.T) {
	c := demoComparison(t)
	for _, tc := range []struct {
		pane          []string
		surface, what string
		want          []string
	}{
		{[]string{"tab"}, "rejected", "Ned Price's rejection", []string{"said by Ned Price", "for United States", `act: deny ("rejected")`}},
		{[]string{"tab", "tab"}, "confirmed", "Amir-Abdollahian's confirmation", []string{"said by Hossein Amir-Abdollahian", "for Iran", "act: confirm"}},
	} {
		m := sized(t, c, 200, 40)
		press(m, tc.pane...)
		stepToHit(t, m, 80, tc.what, func(h framing.Hit) bool { return h.Surface == tc.surface && h.Category == lexicon.Attribution })
		d := unwrapDetail(m.detailLines())
		for _, w := range tc.want {
			if !strings.Contains(d, w) {
				t.Errorf("%s: detail line lacks %q:\n%s", tc.what, w, d)
			}
		}
	}
	an := c.Articles[0]
	for _, h := range an.Hits {
		if q := an.QuotationOfCue(h.Start, h.End); q != nil && !strings.Contains(strings.ToLower(q.Verb), strings.ToLower(h.Surface)) && !strings.Contains(strings.ToLower(h.Surface), strings.ToLower(q.Verb)) {
			t.Errorf("cue %q given the attribution of %q", h.Surface, q.Verb)
		}
	}
}

func TestQuotedMatchLabelledAsSpeaker(t *testing.T) {
	c := demoComparison(t)
	m := sized(t, c, 200, 40)
	press(m, "tab")
	stepToHit(t, m, 60, `"barbarism"`, func(h framing.Hit) bool { return h.Surface == "barbarism" })
	if !strings.Contains(ansi.Strip(m.Render()), "quoting Price") {
		t.Fatal("a loaded word inside Price's quote is not labelled as his voice")
	}
}

func TestQuitAndToggle(t *testing.T) {
	c := demoComparison(t)
	m := sized(t, c, 80, 24)
	press(m, "1")
	if m.enabled["naming"] {
		t.Fatal("1 did not turn naming off")
	}
	if !strings.Contains(ansi.Strip(m.Render()), "naming (off)") {
		t.Fatal("legend does not show naming is off")
	}
	_, cmd := m.Update(tea.KeyPressMsg{Code: 'q', Text: "q"})
	if cmd == nil {
		t.Fatal("q returned no command")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Fatal("q did not quit")
	}
}

// TestQuitInPresentationMode: q quits in presentation mode as README and
// help say it does everywhere; p and esc are the way back to the panes.
func TestQuitInPresentationMode(t *testing.T) {
	c := demoComparison(t)
	m := sized(t, c, 110, 30)
	press(m, "p")
	_, cmd := m.Update(tea.KeyPressMsg{Code: 'q', Text: "q"})
	if cmd == nil {
		t.Fatal("q in presentation mode returned no command")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Fatalf("q in presentation mode gives %T, want a quit", cmd())
	}
	press(m, "?")
	if help := ansi.Strip(strings.Join(m.helpLines(), "\n")); !strings.Contains(help, "Presentation mode") || strings.Count(help, "q          quit") != 2 {
		t.Errorf("help does not list q quit under the panes and presentation mode:\n%s", help)
	}
}

func TestWrapKeepsOffsets(t *testing.T) {
	text := "alpha beta gamma\n\nsupercalifragilisticexpialidocious 日本語のテキスト end"
	paras := [][2]int{{0, 16}, {18, len(text)}}
	for w := 1; w < 30; w++ {
		for _, ln := range wrapText(text, paras, w) {
			if ln.para < 0 {
				continue
			}
			s := text[ln.start:ln.end]
			if ansi.StringWidth(s) > max(w, 2) {
				t.Fatalf("width %d: %q is %d wide", w, s, ansi.StringWidth(s))
			}
		}
	}
}

// TestTitleBarFitsTheCorpusDescription: a long description (with wide and
// multi-byte letters) gives way to the counts and the help hint at 80
// columns, is cut on a character boundary, and shows whole when there is room.
func TestTitleBarFitsTheCorpusDescription(t *testing.T) {
	c := demoComparison(t)
	desc := "../corpora/Tagesschau – Übersicht/年度报告 2024, ../corpora/Le Monde/élections: 3 articles (1 near-duplicate copy folded)"
	for _, tt := range []struct {
		width int
		whole bool
	}{{80, false}, {120, false}, {200, true}} {
		m := New(c, desc)
		m.Update(tea.WindowSizeMsg{Width: tt.width, Height: 30})
		bar := m.titleBar()
		if !utf8.ValidString(bar) {
			t.Fatalf("%d columns: title bar is not valid UTF-8: %q", tt.width, bar)
		}
		if got := ansi.StringWidth(bar); got > tt.width {
			t.Errorf("%d columns: title bar is %d wide: %q", tt.width, got, bar)
		}
		if !strings.HasSuffix(bar, "differences · ? help") {
			t.Errorf("%d columns: counts and help hint lost: %q", tt.width, bar)
		}
		if strings.Contains(bar, desc) != tt.whole {
			t.Errorf("%d columns: description whole = %v, want %v: %q", tt.width, !tt.whole, tt.whole, bar)
		}
	}
}

// TestSelectingADifferenceBringsItsArticleIntoView: with room for one pane,
// selecting a difference whose evidence is all in another article moves
// the panes to that article.
func TestSelectingADifferenceBringsItsArticleIntoView(t *testing.T) {
	c := demoComparison(t)
	tried := 0
	for i, d := range c.Differences {
		articles := map[int]bool{}
		for _, e := range d.Evidence {
			articles[e.Article] = true
		}
		if len(articles) != 1 {
			continue
		}
		for want := range articles {
			for _, start := range []int{0, len(c.Articles) - 1} {
				m := sized(t, c, minPaneWidth+10, 30)
				m.first = start
				m.selectDifference(i)
				vis := m.visible()
				if len(vis) != 1 || vis[0] != m.panes[want] {
					t.Errorf("difference %d (%s), window from %d: article %d not in view (first = %d)", i, d.Summary, start, want, m.first)
				}
				tried++
			}
		}
	}
	if tried == 0 {
		t.Fatal("no difference of the demo has its evidence in one article")
	}
}

// TestSelectingAnActorMarksItsMentions presses a: the first actor two
// outlets name is selected, the detail line describes it with each
// outlet's labels, and its mentions are painted in both panes.
func TestSelectingAnActorMarksItsMentions(t *testing.T) {
	c := demoComparison(t)
	m := sized(t, c, 200, 40)
	press(m, "a")
	if m.actor != 0 || len(m.actors) == 0 {
		t.Fatalf("actor %d of %d selected", m.actor, len(m.actors))
	}
	act := m.actors[0]
	screen := ansi.Strip(m.Render())
	if !strings.Contains(screen, act.Name+" ("+act.Kind) || !strings.Contains(screen, "mentions ·") {
		t.Fatalf("detail line does not describe %s:\n%s", act.Name, screen)
	}
	for ai, p := range m.panes {
		n := 0
		for _, mk := range m.marks(p) {
			if mk.style == m.styles.actor {
				n++
			}
		}
		want := 0
		for _, mt := range act.Mentions {
			if mt.Article == ai {
				want++
			}
		}
		if n != want || want == 0 {
			t.Errorf("pane %d: %d actor marks, want %d (and at least one)", ai, n, want)
		}
	}
	press(m, "A")
	if m.actor != -1 {
		t.Errorf("A from the first actor selects %d, want none", m.actor)
	}
}

// TestSearch: / and a word find it in every article, mark it, select the
// first difference that mentions it and say how many places; esc clears.
func TestSearch(t *testing.T) {
	c := demoComparison(t)
	m := sized(t, c, 200, 40)
	press(m, "/", "o", "c", "c", "u", "p", "a", "t", "i", "o", "n", "enter")
	if m.searching || m.query != "occupation" {
		t.Fatalf("searching %v query %q", m.searching, m.query)
	}
	places := 0
	for _, f := range m.found {
		places += len(f)
	}
	if places == 0 || !strings.Contains(c.Differences[m.sel].Summary, "occupation") {
		t.Fatalf("%d places; selected %q", places, c.Differences[m.sel].Summary)
	}
	if s := ansi.Strip(m.Render()); !strings.Contains(s, fmt.Sprintf(`search "occupation": %s in`, count(places, "place", "places"))) {
		t.Fatalf("no search summary:\n%s", s)
	}
	marked := 0
	for _, p := range m.panes {
		for _, mk := range m.marks(p) {
			if mk.style == m.styles.search {
				marked++
			}
		}
	}
	if marked != places {
		t.Errorf("%d places marked, %d found", marked, places)
	}
	m.Update(tea.KeyPressMsg{Code: tea.KeyEscape})
	if m.query != "" || m.found != nil {
		t.Errorf("esc left the search %q", m.query)
	}
}

// TestSyncScroll: with s on, scrolling one pane scrolls the others to the
// same share of their articles.
func TestSyncScroll(t *testing.T) {
	c := demoComparison(t)
	m := sized(t, c, 120, 30)
	press(m, "s", "tab")
	if bar := strings.SplitN(ansi.Strip(m.Render()), "\n", 2)[0]; !strings.Contains(bar, "scrolling together (s)") {
		t.Errorf("the title bar does not say the panes scroll together: %q", bar)
	}
	p := m.focusedPane()
	m.scroll(p, 1<<20)
	for _, q := range m.panes {
		if q != p && q.top == 0 {
			t.Errorf("pane %d did not follow", q.ai)
		}
	}
}

// TestDetailLineKeepsSpeakerActorAndAim walks every highlight of the demo
// with n on classroom terminal sizes: the detail line always says who
// speaks, for whom and with what act (inside a quotation), which actor
// and label the word is (a mention), and whom an evaluative word is aimed
// at, before the rule's file or the concept's gloss.
func TestDetailLineKeepsSpeakerActorAndAim(t *testing.T) {
	c := demoComparison(t)
	for _, size := range [][2]int{{80, 24}, {110, 30}} {
		m := sized(t, c, size[0], size[1])
		seen := map[string]int{}
		press(m, "tab")
		for range 400 {
			press(m, "n")
			p := m.focusedPane()
			if p == nil || p.cur < 0 {
				t.Fatalf("%dx%d: n leaves no highlight in focus", size[0], size[1])
			}
			h := p.an.Hits[p.cur]
			detail := unwrapDetail(m.detailLines())
			var want []string
			if q := p.an.QuotationAt(h.Start); q != nil {
				want = append(want, q.Describe())
				seen["quotation"]++
			}
			if a, mt := c.MentionAt(p.an, h.Start); a != nil {
				want = append(want, fmt.Sprintf("actor %s, label %q", a.Name, mt.Label))
				seen["actor"]++
			}
			if target := c.AimedAt(p.an, h.Start); target != "" {
				want = append(want, "aimed at "+target)
				seen["aimed"]++
			}
			for _, w := range want {
				if !strings.Contains(detail, unwrapDetail([]string{w})) {
					t.Errorf("%dx%d: detail line for %q lacks %q:\n%s", size[0], size[1], h.Surface, w, detail)
				}
			}
		}
		for _, k := range []string{"quotation", "actor", "aimed"} {
			if seen[k] == 0 {
				t.Errorf("%dx%d: n never reached a highlight of kind %s", size[0], size[1], k)
			}
		}
	}
}

// TestHidingACategoryDropsItsHighlightFromFocus: after 6 hides hedging,
// the hedge that was in focus is neither marked nor explained.
func TestHidingACategoryDropsItsHighlightFromFocus(t *testing.T) {
	c := demoComparison(t)
	m := sized(t, c, 110, 30)
	press(m, "tab")
	h := stepToHit(t, m, 100, "a hedge", func(h framing.Hit) bool { return h.Category == lexicon.Hedging })
	p := m.focusedPane()
	press(m, "6")
	if p.cur >= 0 {
		t.Fatalf("hedge %q still in focus after 6 hid hedging", p.an.Hits[p.cur].Surface)
	}
	if d := strings.Join(m.detailLines(), " "); strings.Contains(d, h.RuleID) {
		t.Fatalf("detail line still explains the hidden hedge: %s", d)
	}
}

// TestSelectingAnActorShowsItOverAHighlight: with a highlight in focus,
// a turns the detail line to the actor and its labels.
func TestSelectingAnActorShowsItOverAHighlight(t *testing.T) {
	c := demoComparison(t)
	m := sized(t, c, 110, 30)
	press(m, "tab", "n", "a")
	act := m.actors[m.actor]
	if d := strings.Join(m.detailLines(), " "); !strings.Contains(d, act.Name+" ("+act.Kind) {
		t.Fatalf("a with a highlight in focus: detail line does not describe %s:\n%s", act.Name, d)
	}
}

// TestMovingOnFromAnActor: with an actor selected, choosing another
// difference (j in the list, enter, space in presentation mode) lets the
// actor go, so the detail line explains the difference now on screen and
// not the actor; esc lets an actor go too.
func TestMovingOnFromAnActor(t *testing.T) {
	c := demoComparison(t)
	for _, keys := range [][]string{{"j"}, {"enter"}, {"p", "space", "p"}, {"esc"}} {
		m := sized(t, c, 110, 30)
		press(m, "a")
		act := m.actors[m.actor]
		press(m, keys...)
		if m.actor != -1 {
			t.Errorf("a then %v: actor %d still selected", keys, m.actor)
		}
		d := unwrapDetail(m.detailLines())
		if strings.Contains(d, act.Name+" ("+act.Kind) {
			t.Errorf("a then %v: detail line still on the actor:\n%s", keys, d)
		}
		if want := fmt.Sprintf("%d. %s", m.sel+1, m.c.Differences[m.sel].Kind); !strings.HasPrefix(d, want) {
			t.Errorf("a then %v: detail line %q, want the selected difference %q", keys, d, want)
		}
	}
}

// TestSelectingAnActorBringsItsArticlesIntoView: when not every article
// fits and no article on screen names the actor, selecting it moves the
// window of panes to one that does, as selecting a difference does.
func TestSelectingAnActorBringsItsArticlesIntoView(t *testing.T) {
	c := sevenComparison(t)
	m := sizedWith(c, 80, 24)
	n := m.paneCount()
	for ai, act := range m.actors {
		named := map[int]bool{}
		for _, mt := range act.Mentions {
			named[mt.Article] = true
		}
		// a window of panes naming none of it
		first := -1
		for f := 0; f+n <= len(m.shown) && first < 0; f++ {
			clear := true
			for _, p := range m.shown[f : f+n] {
				clear = clear && !named[p.ai]
			}
			if clear {
				first = f
			}
		}
		if first < 0 {
			continue
		}
		m.first = first
		m.selectActor(ai)
		onScreen := false
		for _, p := range m.visible() {
			onScreen = onScreen || named[p.ai]
		}
		if !onScreen {
			t.Fatalf("actor %s selected with articles %d-%d on screen: none of them names it", act.Name, m.first+1, m.first+n)
		}
		return
	}
	t.Fatal("no actor is missing from some window of panes: the test checks nothing")
}

// TestResizeKeepsPanesFullAndFocus: after h/l to the last articles on a
// narrow screen, a wider one fills with panes instead of spreading the
// last two over it, and the focused article keeps the focus through
// resizes both ways.
func TestResizeKeepsPanesFullAndFocus(t *testing.T) {
	c := sevenComparison(t)
	m := sizedWith(c, 80, 24)
	for range len(m.shown) {
		press(m, "l")
	}
	press(m, "tab", "tab")
	focused := m.focusedPane()
	m.Update(tea.WindowSizeMsg{Width: 200, Height: 50})
	if got, want := len(m.visible()), min(len(m.shown), m.paneCount()); got != want {
		t.Errorf("widened to 200: %d panes shown, want %d", got, want)
	}
	if m.focusedPane() != focused {
		t.Errorf("widened to 200: the focus moved off the focused article")
	}
	m.Update(tea.WindowSizeMsg{Width: 40, Height: 12})
	if m.focusedPane() != focused {
		t.Errorf("narrowed to 40: the focus moved off the focused article")
	}
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	press(m, "b")
	if m.focusedPane() != focused {
		t.Errorf("blind mode: the focus moved off the focused article")
	}
}

// TestLineOfFindsTheLineOfEveryHighlight: the line found for a
// highlight holds it, in every pane at every width; a binary search that
// stopped on a blank line took the last line of a paragraph for the
// first of the next, and scrolled small panes past what n or enter
// was to show.
func TestLineOfFindsTheLineOfEveryHighlight(t *testing.T) {
	for _, c := range []*framing.Comparison{demoComparison(t), sevenComparison(t)} {
		for _, w := range []int{40, 61, 80, 110, 200} {
			m := sizedWith(c, w, 30)
			for _, p := range m.panes {
				m.ensure(p)
				for _, h := range p.an.Hits {
					off := p.toView(h.Start)
					inText := false
					for _, pr := range p.paras {
						inText = inText || pr[0] <= off && off < pr[1]
					}
					if !inText {
						continue
					}
					if ln := p.lines[m.lineOf(p, h.Start)]; off < ln.start || off >= ln.end {
						t.Fatalf("width %d, %s: %q at %d found on line %d-%d", w, p.an.Outlet, h.Surface, off, ln.start, ln.end)
					}
				}
			}
		}
	}
}

// clickOn clicks the screen cell of article offset off in visible pane j,
// scrolling the pane to it first; false when no line shows the offset.
func clickOn(t *testing.T, m *Model, j, off int) bool {
	t.Helper()
	p := m.visible()[j]
	m.reveal(p, off)
	m.ensure(p)
	k := m.lineOf(p, off)
	ln := p.lines[k]
	if v := p.toView(off); v < ln.start || v >= ln.end {
		return false
	}
	col := ansi.StringWidth(p.text[ln.start:p.toView(off)])
	x := j*(m.paneWidth(len(m.visible()))+1) + col
	y := 1 + m.paneHeaderLines() + k - p.top
	m.Update(tea.MouseClickMsg{X: x, Y: y, Button: tea.MouseLeft})
	return true
}

// TestClickExplainsWhatIsUnderThePointer: a click on a highlighted word
// focuses its pane and puts the highlight in focus, explained on the
// detail line; a click on an actor's name with no highlight selects the
// actor; a click on a row of the list selects that difference.
func TestClickExplainsWhatIsUnderThePointer(t *testing.T) {
	c := demoComparison(t)
	m := sized(t, c, 110, 30)
	p := m.visible()[1]
	m.ensure(p)
	i := p.hits[len(p.hits)/2]
	h := p.an.Hits[i]
	if !clickOn(t, m, 1, h.Start) {
		t.Fatalf("highlight %q is on no line", h.Surface)
	}
	if m.focusedPane() != p || p.cur != i {
		t.Fatalf("click on %q: focus %v, highlight %d, want pane 2 and highlight %d", h.Surface, m.focus, p.cur, i)
	}
	if d := unwrapDetail(m.detailLines()); !strings.Contains(d, string(h.Category)) || !strings.Contains(d, fmt.Sprintf("%q", h.Surface)) {
		t.Errorf("click on %q: detail line %q", h.Surface, d)
	}

	clicked := false
	for ai, a := range m.actors {
		for _, mt := range a.Mentions {
			q := m.panes[mt.Article]
			j := slices.Index(m.visible(), q)
			m.ensure(q)
			hit := false
			for _, i := range q.hits {
				h := q.an.Hits[i]
				hit = hit || h.Start < mt.End && mt.Start < h.End
			}
			if j < 0 || hit || clicked {
				continue
			}
			if !clickOn(t, m, j, mt.Start) {
				continue
			}
			if m.actor != ai {
				t.Errorf("click on %q, a mention of %s: actor %d selected, want %d", q.an.Article.Text[mt.Start:mt.End], a.Name, m.actor, ai)
			}
			clicked = true
		}
	}
	if !clicked {
		t.Fatal("no actor mention without a highlight: the test checks nothing")
	}

	list := 1 + m.paneHeaderLines() + m.bodyHeight()
	m.Update(tea.MouseClickMsg{X: 10, Y: list + 3, Button: tea.MouseLeft})
	if m.focus != 0 || m.sel != m.sumTop+2 {
		t.Errorf("click on the third row of the list: focus %d, difference %d, want the list and %d", m.focus, m.sel+1, m.sumTop+3)
	}
}

// TestOneHighlightInFocus: n in one pane, tab, n in the next leaves one
// highlight in focus (in reverse video), the one the detail line explains.
func TestOneHighlightInFocus(t *testing.T) {
	c := demoComparison(t)
	m := sized(t, c, 110, 30)
	press(m, "tab", "n", "tab", "n")
	inFocus := 0
	for _, p := range m.panes {
		if p.cur >= 0 {
			inFocus++
		}
	}
	if inFocus != 1 || m.focusedPane().cur < 0 {
		t.Errorf("%d highlights in focus, want 1, in the focused pane", inFocus)
	}
}

// TestActorMarkedOverEvidence: an actor selected while a difference whose
// evidence lies on its mentions is selected is marked as the actor there,
// not hidden under the evidence's reverse video.
func TestActorMarkedOverEvidence(t *testing.T) {
	c := demoComparison(t)
	m := sized(t, c, 110, 30)
	checked := 0
	for ai, act := range m.actors {
		for di, d := range c.Differences {
			for _, e := range d.Evidence {
				for _, mt := range act.Mentions {
					if mt.Article != e.Article || mt.Start < e.Start || mt.End > e.End || e.End-e.Start >= 200 {
						continue
					}
					m.selectDifference(di)
					m.selectActor(ai)
					p := m.panes[mt.Article]
					if got := markAt(m.marks(p), p.toView(mt.Start)); got != m.styles.actor {
						t.Fatalf("actor %s at %d under difference %d: marked %q, want the actor's mark", act.Name, mt.Start, di+1, got)
					}
					checked++
				}
			}
		}
	}
	if checked == 0 {
		t.Fatal("no actor mention lies in any difference's evidence: the test checks nothing")
	}
}

// markAt is the style renderLine gives a byte: the last of the marks of
// the highest priority covering it.
func markAt(ms []mark, off int) sgr {
	best := -1
	for j, mk := range ms {
		if mk.start <= off && off < mk.end && (best < 0 || mk.prio >= ms[best].prio) {
			best = j
		}
	}
	if best < 0 {
		return sgr{}
	}
	return ms[best].style
}

// unwrapDetail joins wrapped detail lines for comparison: lines break at
// spaces and after hyphens ("Mil-|Man"), and a separator at a break is
// left out.
func unwrapDetail(lines []string) string {
	s := strings.ReplaceAll(strings.Join(lines, " "), "·", " ")
	return strings.ReplaceAll(strings.Join(strings.Fields(s), " "), "- ", "-")
}

// TestOnePaneSaysWhichArticle: a terminal with room for one pane says
// "article 1 of 2", not "articles 1-1 of 2".
func TestOnePaneSaysWhichArticle(t *testing.T) {
	m := sized(t, demoComparison(t), 40, 12)
	if bar := ansi.Strip(strings.SplitN(m.Render(), "\n", 2)[0]); !strings.Contains(bar, "article 1 of 2") {
		t.Fatalf("title bar: %q", bar)
	}
}

// TestPaneHeaderSaysWhenTheOutletIsNotGiven: an article whose outlet no
// header, manifest or page text gives reads "outlet not given", not
// "outlet from not given".
func TestPaneHeaderSaysWhenTheOutletIsNotGiven(t *testing.T) {
	c := demoComparison(t)
	c.Articles[1].Article.OutletFrom = ""
	m := sized(t, c, 200, 20)
	head := strings.SplitN(ansi.Strip(m.Render()), "\n", 3)[1]
	if !strings.Contains(head, "outlet not given") || strings.Contains(head, "from not given") {
		t.Fatalf("pane header: %q", head)
	}
}

// TestPresentationTitleHasNoPaneWindow: presentation mode shows every
// outlet and h/l step through differences there, so the title bar does
// not offer "article 1 of 2 (h/l)".
func TestPresentationTitleHasNoPaneWindow(t *testing.T) {
	m := sized(t, demoComparison(t), 40, 12)
	press(m, "p")
	if bar := ansi.Strip(strings.SplitN(m.Render(), "\n", 2)[0]); strings.Contains(bar, "(h/l)") {
		t.Fatalf("title bar in presentation mode: %q", bar)
	}
}

// TestNextHighlightStartsFromTheScreen: after scrolling a pane past its
// highlight in focus, n and N go to a highlight on screen, not back to
// the one scrolled away from.
func TestNextHighlightStartsFromTheScreen(t *testing.T) {
	for _, dir := range []string{"n", "N"} {
		m := sized(t, demoComparison(t), 80, 24)
		press(m, "tab", "n")
		p := m.focusedPane()
		first := p.cur
		for range 3 {
			m.Update(tea.KeyPressMsg{Code: tea.KeyPgDown})
		}
		if ln := m.lineOf(p, p.an.Hits[first].Start); ln >= p.top {
			t.Fatalf("pgdn did not scroll past the first highlight (line %d, top %d)", ln, p.top)
		}
		top, bottom := p.top, p.top+m.bodyHeight()
		press(m, dir)
		if m.focusedPane() != p || p.cur < 0 {
			t.Fatalf("%s: no highlight in focus in the scrolled pane", dir)
		}
		ln := m.lineOf(p, p.an.Hits[p.cur].Start)
		if dir == "n" && ln < top || dir == "N" && ln >= bottom {
			t.Errorf("%s after scrolling to lines %d-%d focuses %q on line %d", dir, top, bottom-1, p.an.Hits[p.cur].Surface, ln)
		}
	}
}

// TestInnerCueNamesInnerAttribution: in a layered report the inner cue
// ("confirmed" in "The mayor told reporters that the coastguard confirmed
// ...") lies inside the outer attribution's words; its detail line names
// the attribution it introduces, not the one holding it.
func TestInnerCueNamesInnerAttribution(t *testing.T) {
	set, err := lexicon.DefaultSet()
	if err != nil {
		t.Fatal(err)
	}
	text := "The mayor told reporters that the coastguard confirmed the trawler had sunk near the northern reef."
	a := corpus.FromParagraphs(corpus.Meta{ID: "a", Outlet: "Harbour Times"}, []string{text})
	b := corpus.FromParagraphs(corpus.Meta{ID: "b", Outlet: "Coast Post"}, []string{"The trawler sank near the northern reef on Monday."})
	m := sized(t, framing.Compare([]*corpus.Article{a, b}, set), 200, 40)
	press(m, "tab")
	stepToHit(t, m, 40, "the inner cue", func(h framing.Hit) bool { return h.Surface == "confirmed" && h.Category == lexicon.Attribution })
	d := unwrapDetail(m.detailLines())
	if !strings.Contains(d, "said by coastguard") && !strings.Contains(d, "said by the coastguard") || !strings.Contains(d, "act: confirm") {
		t.Errorf("inner cue's detail line does not name the coastguard's confirmation:\n%s", d)
	}
}
