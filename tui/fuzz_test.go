package tui

import (
	"github.com/framediff/framediff/internal/hostile"
	"github.com/framediff/framediff/internal/viewfuzz"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/clipperhouse/uax29/v2/graphemes"

	"github.com/framediff/framediff/lexicon"
	"github.com/framediff/framediff/text"
)

// paragraphsOf splits sanitized text into paragraph ranges at newlines, as
// an Article's Paragraphs lie in its Text.
func paragraphsOf(s string) [][2]int {
	var paras [][2]int
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == '\n' {
			if i > start {
				paras = append(paras, [2]int{start, i})
			}
			start = i + 1
		}
	}
	return paras
}

// visibleGraphemes counts the grapheme clusters of s that take a column
// or more: a line may be wider than the pane only when it is one such
// cluster (with any zero-width marks beside it), which no pane that
// narrow can hold, since lines break between clusters only.
func visibleGraphemes(s string) int {
	n := 0
	g := graphemes.FromString(s)
	for g.Next() {
		if ansi.StringWidth(g.Value()) > 0 {
			n++
		}
	}
	return n
}

// FuzzWrap checks wrapText and fit on any sanitized text and width: lines
// lie inside their paragraph, in order, on character boundaries, within
// the width (but for a lone grapheme cluster wider than it, with any zero-width
// marks beside it), and together hold every non-space byte of the
// paragraph; fit gives exactly width columns.
func FuzzWrap(f *testing.F) {
	f.Add("alpha beta gamma\nsupercalifragilisticexpialidocious 日本語のテキスト end", uint8(7))
	f.Add(strings.Repeat("word ", 400), uint8(80))
	f.Add("  leading  and   trailing  spaces  ", uint8(3))
	for i, p := range hostile.Payloads() {
		f.Add("The minister "+p+" said "+p+"\n"+p, uint8(i))
	}
	f.Fuzz(func(t *testing.T, raw string, w uint8) {
		if len(raw) > 1<<14 {
			return
		}
		s, _ := text.SanitizeString(raw)
		width := int(w) % 130
		paras := paragraphsOf(s)
		lines := wrapText(s, paras, width)
		prev, pi := 0, 0
		got := make([]strings.Builder, len(paras))
		for _, ln := range lines {
			if ln.start < prev || ln.end < ln.start || ln.end > len(s) {
				t.Fatalf("line %+v out of order or outside the text (previous end %d)", ln, prev)
			}
			prev = ln.start
			if ln.para < 0 {
				continue
			}
			if ln.para < pi || ln.para >= len(paras) {
				t.Fatalf("line %+v: paragraph out of order", ln)
			}
			pi = ln.para
			p := paras[ln.para]
			if ln.start < p[0] || ln.end > p[1] {
				t.Fatalf("line %+v outside its paragraph %v", ln, p)
			}
			seg := s[ln.start:ln.end]
			if !utf8.ValidString(seg) || ln.start < len(s) && !utf8.RuneStart(s[ln.start]) || ln.end < len(s) && !utf8.RuneStart(s[ln.end]) {
				t.Fatalf("line %+v splits a character: %q", ln, seg)
			}
			if sw := ansi.StringWidth(seg); sw > max(width, 1) && visibleGraphemes(seg) > 1 {
				t.Fatalf("width %d: line %q is %d wide", width, seg, sw)
			}
			got[ln.para].WriteString(strings.ReplaceAll(seg, " ", ""))
		}
		for i, p := range paras {
			if want := strings.ReplaceAll(s[p[0]:p[1]], " ", ""); got[i].String() != want {
				t.Fatalf("width %d: paragraph %d lost text:\n got %q\nwant %q", width, i, got[i].String(), want)
			}
		}
		styled := NewStyles(true).current.wrap(s) + "x"
		for _, in := range []string{s, styled} {
			out := fit(in, width)
			if sw := ansi.StringWidth(out); sw != width {
				t.Fatalf("fit(%q, %d) is %d wide", in, width, sw)
			}
			if !utf8.ValidString(out) {
				t.Fatalf("fit(%q, %d) is not valid UTF-8", in, width)
			}
		}
	})
}

// fuzzKeys are the messages a key byte stands for: every binding, keys
// the UI ignores, mouse wheels and resizes (to tiny sizes too).
var fuzzKeys = []tea.Msg{
	tea.KeyPressMsg{Code: tea.KeyTab},
	tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift},
	tea.KeyPressMsg{Code: tea.KeyEnter},
	tea.KeyPressMsg{Code: tea.KeySpace, Text: " "},
	tea.KeyPressMsg{Code: tea.KeyDown},
	tea.KeyPressMsg{Code: tea.KeyUp},
	tea.KeyPressMsg{Code: tea.KeyLeft},
	tea.KeyPressMsg{Code: tea.KeyRight},
	tea.KeyPressMsg{Code: tea.KeyPgDown},
	tea.KeyPressMsg{Code: tea.KeyPgUp},
	tea.KeyPressMsg{Code: tea.KeyHome},
	tea.KeyPressMsg{Code: tea.KeyEnd},
	tea.KeyPressMsg{Code: tea.KeyEscape},
	tea.KeyPressMsg{Code: tea.KeyBackspace},
	tea.KeyPressMsg{Code: 'd', Mod: tea.ModCtrl},
	tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl},
	tea.MouseWheelMsg{X: 5, Button: tea.MouseWheelDown},
	tea.MouseWheelMsg{X: 100, Button: tea.MouseWheelUp},
	tea.MouseWheelMsg{X: 3, Y: 20, Button: tea.MouseWheelDown},
	tea.MouseClickMsg{X: 7, Y: 6, Button: tea.MouseLeft},
	tea.MouseClickMsg{X: 45, Y: 9, Button: tea.MouseLeft},
	tea.MouseClickMsg{X: 10, Y: 18, Button: tea.MouseLeft},
	tea.MouseClickMsg{X: 500, Y: 500, Button: tea.MouseLeft},
	tea.WindowSizeMsg{Width: 0, Height: 0},
	tea.WindowSizeMsg{Width: 1, Height: 1},
	tea.WindowSizeMsg{Width: 23, Height: 7},
	tea.WindowSizeMsg{Width: 80, Height: 24},
	tea.WindowSizeMsg{Width: 200, Height: 60},
	tea.BackgroundColorMsg{},
}

// fuzzKey turns a byte into a message: printable ASCII is typed as is
// (j, k, n, N, 1-7, p, ?, h, l, g, G, q and the rest), other bytes pick
// from fuzzKeys.
func fuzzKey(b byte) tea.Msg {
	if b >= '!' && b <= '~' {
		return tea.KeyPressMsg{Code: rune(b), Text: string(rune(b))}
	}
	return fuzzKeys[int(b)%len(fuzzKeys)]
}

// sgrRe matches the Select Graphic Rendition sequences the styles emit.
var sgrRe = regexp.MustCompile(`\x1b\[[0-9;:]*m`)

// checkScreen fails unless the screen is valid UTF-8 of at most height
// lines (exactly height when there is room), each at most width columns,
// with no escape sequence but SGR styling and no other unsafe character.
func checkScreen(t *testing.T, screen string, width, height int, after string) {
	t.Helper()
	if !utf8.ValidString(screen) {
		t.Fatalf("%dx%d after %q: screen is not valid UTF-8", width, height, after)
	}
	if i := text.UnsafeAt(sgrRe.ReplaceAllString(screen, "")); i >= 0 {
		plain := sgrRe.ReplaceAllString(screen, "")
		t.Fatalf("%dx%d after %q: unsafe character on screen: %q", width, height, after, plain[max(0, i-10):min(len(plain), i+10)])
	}
	if width <= 0 || height <= 0 {
		if screen != "" {
			t.Fatalf("%dx%d after %q: screen is not empty", width, height, after)
		}
		return
	}
	lines := strings.Split(screen, "\n")
	if len(lines) != height {
		t.Fatalf("%dx%d after %q: %d lines", width, height, after, len(lines))
	}
	for i, l := range lines {
		if w := ansi.StringWidth(l); w > width {
			t.Fatalf("%dx%d after %q: line %d is %d wide: %q", width, height, after, i, w, ansi.Strip(l))
		}
	}
}

// FuzzView drives a Model over a comparison built from the input, sized
// from it (0 and tiny sizes included), with keys, wheel turns and resizes
// from it: View never panics and every screen fits and is safe.
func FuzzView(f *testing.F) {
	outlets, titles, texts, err := viewfuzz.Seeds("../testdata/seeds")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(outlets, titles, texts, "seeds", uint8(80), uint8(24), "\tnnjjG\x01N?x")
	f.Add(outlets, titles, texts, "seeds", uint8(0), uint8(0), "nj")
	f.Add(outlets, titles, texts, "seeds", uint8(1), uint8(1), "\tn")
	f.Add(outlets, titles, texts, "seeds", uint8(30), uint8(5), "p  \x0d\x0dpq")
	for i, p := range hostile.Payloads() {
		o, t, x := viewfuzz.WithPayload(outlets, titles, texts, p)
		f.Add(o, t, x, p,
			uint8(20+i*15), uint8(3+i*5), "\t\tnnn"+string(rune(0x80+i))+"ljh1237n")
	}
	set, err := lexicon.DefaultSet()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, outlets, titles, texts, desc string, w, h uint8, keys string) {
		if len(outlets)+len(titles)+len(texts)+len(desc) > 1<<15 || len(keys) > 32 {
			return
		}
		c := viewfuzz.Comparison(set, outlets, titles, texts)
		m := New(c, desc)
		width, height := int(w), int(h)%100
		m.Update(tea.WindowSizeMsg{Width: width, Height: height})
		checkScreen(t, m.View().Content, width, height, "")
		for i := range len(keys) {
			msg := fuzzKey(keys[i])
			if ws, ok := msg.(tea.WindowSizeMsg); ok {
				width, height = ws.Width, ws.Height
			}
			m.Update(msg)
			checkScreen(t, m.View().Content, width, height, keys[:i+1])
		}
	})
}

// FuzzBlindOffsets replaces outlet names in any text: the offset map is
// monotone, maps the ends to the ends, and every byte outside a replaced
// name lands on the same byte, so highlights stay on their words.
func FuzzBlindOffsets(f *testing.F) {
	f.Add("Fox News\nCNN\nAP", "FOX NEWS said foxnews.com and cnn agree; AP and map.", uint64(1))
	f.Add("The Jerusalem Post\nAl Mayadeen English", "JPost: Jerusalem Post, Al Mayadeen, almayadeen.net", uint64(2))
	f.Add("Ünïcode Néws\nİstanbul Daily", "ünïcode néws and İSTANBUL DAILY and istanbul daily", uint64(3))
	f.Fuzz(func(t *testing.T, names, raw string, seed uint64) {
		if len(names)+len(raw) > 1<<12 {
			return
		}
		var outlets []string
		for _, n := range strings.Split(names, "\n") {
			if n = strings.TrimSpace(n); n != "" && len(outlets) < 8 {
				outlets = append(outlets, n)
			}
		}
		s, _ := text.SanitizeString(raw)
		b := newBlinder(outlets, nil, seed)
		out, toView := b.replaceMapped(s)
		if toView(0) != 0 || toView(len(s)) != len(out) {
			t.Fatalf("ends map to %d and %d, want 0 and %d", toView(0), toView(len(s)), len(out))
		}
		inName := make([]bool, len(s))
		for _, l := range b.find(s) {
			for i := l[0]; i < l[1]; i++ {
				inName[i] = true
			}
		}
		prev := 0
		for o := 0; o <= len(s); o++ {
			v := toView(o)
			if v < prev || v > len(out) {
				t.Fatalf("offset %d maps to %d after %d", o, v, prev)
			}
			prev = v
			if o < len(s) && !inName[o] && out[v] != s[o] {
				t.Fatalf("byte %d (%q) lands on %q", o, s[o], out[v])
			}
		}
	})
}
