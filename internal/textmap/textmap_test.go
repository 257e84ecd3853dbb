package textmap

import (
	"strings"
	"testing"
)

// TestSpan checks that spans of a cleaned text land on the same words in
// the raw text, across a no-break space, a line break inside a paragraph,
// a dropped control character, a composed letter (e + U+0301 cleaned to é)
// and a header the cleaned text leaves out.
func TestSpan(t *testing.T) {
	raw := "outlet: X\n\nMayor\u00a0Jane said the caf" + "e\u0301 will\nopen,\x07 and Jo\u00a0added more."
	header := len("outlet: X\n\n")
	cleaned := "Mayor Jane said the café will open, and Jo added more."
	m := New(cleaned, raw, header)
	tests := []struct{ cleaned, raw string }{
		{"Mayor Jane", "Mayor\u00a0Jane"},
		{"open,", "open,"},
		{"Jo added more.", "Jo\u00a0added more."},
		{"will open, and", "will\nopen,\x07 and"},
		{"the café will", "the caf" + "e\u0301 will"},
	}
	for _, tt := range tests {
		cs, rs := strings.Index(cleaned, tt.cleaned), strings.Index(raw, tt.raw)
		if cs < 0 || rs < 0 {
			t.Fatalf("%q or %q not found", tt.cleaned, tt.raw)
		}
		gs, ge := m.Span(cs, cs+len(tt.cleaned))
		if gs != rs || ge != rs+len(tt.raw) {
			t.Errorf("%q maps to [%d, %d) %q, want [%d, %d)", tt.cleaned, gs, ge, raw[gs:ge], rs, rs+len(tt.raw))
		}
	}
	if s, e := m.Span(3, 3); s != 0 || e != 0 {
		t.Errorf("an empty span maps to [%d, %d)", s, e)
	}
	if m.Unpaired() != 1 || m.Runes() != len([]rune(strings.ReplaceAll(cleaned, " ", ""))) {
		t.Errorf("%d of %d runes unpaired, want only é", m.Unpaired(), m.Runes())
	}
	for c, r := range m.Pairs() {
		if cleaned[c] != raw[r] {
			t.Fatalf("cleaned byte %d %q paired with raw byte %d %q", c, cleaned[c], r, raw[r])
		}
	}
}

// FuzzSpan checks that any two texts map every span inside the raw text,
// past the header, in order.
func FuzzSpan(f *testing.F) {
	f.Add("Mayor Jane said", "h\n\nMayor\u00a0Jane  said", 3, 0, 10)
	f.Add("", "x", 5, 0, 1)
	f.Fuzz(func(t *testing.T, cleaned, raw string, from, start, end int) {
		m := New(cleaned, raw, from)
		s, e := m.Span(start, end)
		if s == 0 && e == 0 {
			return
		}
		if s < min(max(0, from), len(raw)) || s > e || e > len(raw) {
			t.Fatalf("[%d, %d) maps to [%d, %d), outside the %d-byte raw text from %d", start, end, s, e, len(raw), from)
		}
	})
}
