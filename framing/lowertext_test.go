package framing

import (
	"strings"
	"testing"
)

// TestLoweredTextPrefix checks that every prefix of the lowered text is the
// prefix lowered on its own, also where a rune's lower case has another
// length than the rune ("İ", the Kelvin sign) or a byte is no rune.
func TestLoweredTextPrefix(t *testing.T) {
	for _, txt := range []string{
		"",
		"The State Department spokesman, Jane Roe, said.",
		"Die Außenministerin sagte, der BOTSCHAFTER sei abgereist.",
		"İstanbul's mayor met the \u212Aelvin Society; the mayor said.",
		"a broken \xff byte and \xe2\x80 half a rune before the Ambassador",
		"\u201cWe will go on,\u201d the Minister said. Ĳssel é È",
	} {
		lt := newLoweredText(txt)
		for n := 0; n <= len(txt); n++ {
			if got, want := lt.prefix(n), strings.ToLower(txt[:n]); got != want {
				t.Errorf("prefix(%d) of %q = %q, want %q", n, txt, got, want)
			}
		}
	}
}
