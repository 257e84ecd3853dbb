package tui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
	"github.com/framediff/framediff/lexicon"
)

// longStory is the seven-outlet fixture with each article grown to about
// 50 KB: its paragraphs told again for each day of a hearing.
func longStory(b *testing.B) *framing.Comparison {
	b.Helper()
	dir := b.TempDir()
	src := "testdata/seven"
	entries, err := os.ReadDir(src)
	if err != nil {
		b.Fatal(err)
	}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			b.Fatal(err)
		}
		text := string(data)
		if strings.HasSuffix(e.Name(), ".txt") {
			lines := strings.Split(strings.TrimSpace(text), "\n")
			var sb strings.Builder
			sb.WriteString(lines[0] + "\n")
			for day := 1; sb.Len() < 50_000; day++ {
				for _, l := range lines[1:] {
					fmt.Fprintf(&sb, "On day %d of the hearing, %s\n", day, l)
				}
			}
			text = sb.String()
		}
		if err := os.WriteFile(filepath.Join(dir, e.Name()), []byte(text), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	res, err := corpus.Load([]string{dir}, corpus.Options{})
	if err != nil {
		b.Fatal(err)
	}
	set, err := lexicon.DefaultSet()
	if err != nil {
		b.Fatal(err)
	}
	c := framing.Compare(res.Articles, set)
	for _, an := range c.Articles {
		if n := len(an.Article.Text); n < 45_000 {
			b.Fatalf("%s is %d bytes, want about 50 KB", an.Article.ID, n)
		}
	}
	if len(c.Articles) != 7 {
		b.Fatalf("%d articles, want 7", len(c.Articles))
	}
	return c
}

// benchKeys is a session's worth of keys: moving in the list, focusing and
// scrolling panes, stepping through highlights, toggling a category,
// moving the strip of panes and selecting actors.
var benchKeys = []tea.KeyPressMsg{
	{Code: 'j', Text: "j"}, {Code: 'j', Text: "j"}, {Code: tea.KeyEnter},
	{Code: tea.KeyTab}, {Code: 'n', Text: "n"}, {Code: 'n', Text: "n"},
	{Code: tea.KeyPgDown}, {Code: 'j', Text: "j"}, {Code: 'N', Text: "N"},
	{Code: '2', Text: "2"}, {Code: '2', Text: "2"}, {Code: 'l', Text: "l"},
	{Code: 'a', Text: "a"}, {Code: 'A', Text: "A"}, {Code: 'h', Text: "h"},
	{Code: tea.KeyTab, Mod: tea.ModShift}, {Code: 'k', Text: "k"},
}

// BenchmarkKeyPress is Update and View for one key press on seven
// articles of about 50 KB (target: under 16 ms, one frame at 60 Hz).
func BenchmarkKeyPress(b *testing.B) {
	c := longStory(b)
	for _, sz := range [][2]int{{80, 24}, {120, 40}, {200, 60}} {
		b.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(b *testing.B) {
			m := sizedWith(c, sz[0], sz[1])
			m.View()
			b.ResetTimer()
			for i := 0; b.Loop(); i++ {
				m.Update(benchKeys[i%len(benchKeys)])
				_ = m.View()
			}
		})
	}
	b.Run("presentation-120x40", func(b *testing.B) {
		m := sizedWith(c, 120, 40)
		m.Update(tea.KeyPressMsg{Code: 'p', Text: "p"})
		keys := []tea.KeyPressMsg{{Code: tea.KeySpace, Text: " "}, {Code: 'j', Text: "j"}, {Code: tea.KeyPgDown}}
		for i := 0; b.Loop(); i++ {
			if i%(3*len(c.Differences)) == 0 {
				m.selectDifference(0)
			}
			m.Update(keys[i%len(keys)])
			_ = m.View()
		}
	})
	// The dearest key: b replaces the names in every article and wraps
	// them again.
	b.Run("toggle-blind-120x40", func(b *testing.B) {
		m := sizedWith(c, 120, 40, WithSeed(1))
		m.View()
		for b.Loop() {
			m.Update(tea.KeyPressMsg{Code: 'b', Text: "b"})
			_ = m.View()
		}
	})
	b.Run("blind-120x40", func(b *testing.B) {
		m := sizedWith(c, 120, 40, WithBlind(true), WithSeed(1))
		m.View()
		for i := 0; b.Loop(); i++ {
			m.Update(benchKeys[i%len(benchKeys)])
			_ = m.View()
		}
	})
}

// BenchmarkFirstFrame is the TUI's part of opening a story: building the
// model, the first resize and the first View, on seven articles of about
// 50 KB, the analysis done (target: under 100 ms).
func BenchmarkFirstFrame(b *testing.B) {
	c := longStory(b)
	for _, blind := range []bool{false, true} {
		b.Run(fmt.Sprintf("blind=%v", blind), func(b *testing.B) {
			for b.Loop() {
				m := New(c, "bench", WithBlind(blind), WithSeed(1))
				m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
				_ = m.View()
			}
		})
	}
}
