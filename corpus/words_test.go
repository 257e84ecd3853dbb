package corpus

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// wordFieldsSimple is the plain statement of wordFields (one rune at a
// time, every word through normalizeWord) that the fast tokenizer must
// match.
func wordFieldsSimple(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		if isWordRune(r) || (start >= 0 && (r == '\'' || r == '’') && i+1 < len(s) && nextIsLetter(s[i+utf8.RuneLen(r):])) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, normalizeWord(s[start:i]))
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, normalizeWord(s[start:]))
	}
	return out
}

var wordSamples = []string{
	"", " ", "a", "The U.S. State Department's spokesman said: \"No.\"",
	"don't can’t rock'n'roll 'quoted' ’tis o’", "İSTANBUL Kelvin K ǅemal ΣΊΣΥΦΟΣ Ⱥ",
	"naïve café déjà-vu 42nd 3.14 ١٢٣ \ufeffBOM", "Москва заявила, что США", "abc\xffdef \xe2\x80", "x'", "x’",
	"end’", "a' b", strings.Repeat("Word ", 50),
}

func TestWordFieldsMatchesSimple(t *testing.T) {
	for _, s := range wordSamples {
		if got, want := wordFields(s), wordFieldsSimple(s); !slices.Equal(got, want) {
			t.Errorf("wordFields(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzWordFields(f *testing.F) {
	for _, s := range wordSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := wordFields(s), wordFieldsSimple(s); !slices.Equal(got, want) {
			t.Errorf("wordFields(%q) = %q, want %q", s, got, want)
		}
	})
}

func TestCollapseSpace(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a  b ", "a\tb", "a\u00a0b", "a\u2003 b", "a b c", "a\nb", "\u3000x\u3000", "a  ", "é ü"} {
		if got, want := collapseSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
	}
}
