package corpus

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/text"
)

func TestWordFields(t *testing.T) {
	tests := map[string][]string{
		"":                                 nil,
		"The U.S. minister's talks":        {"the", "u.s", "minister's", "talks"},
		"Gen. Smith said.McCain 3.5 1,000": {"gen", "smith", "said", "mccain", "3.5", "1", "000"},
		"Israel’s ‘peace’ plan":            {"israel's", "peace", "plan"},
		"rock 'n' roll, don't":             {"rock", "n", "roll", "don't"},
		"'quoted' words' end":              {"quoted", "words", "end"},
		"co-operate 2023 Ünd STRAßE":       {"co", "operate", "2023", "ünd", "straße"},
		"Москва заявила — США":             {"москва", "заявила", "сша"},
		"cafe\u0301 naïve":                 {"cafe\u0301", "naïve"},
		"“What,” he said…":                 {"what", "he", "said"},
		"it’s 5’ tall; O’Neill’s":          {"it's", "5", "tall", "o'neill's"},
		"apostrophe at the end' and ’ two": {"apostrophe", "at", "the", "end", "and", "two"},
	}
	for in, want := range tests {
		if got := wordFields(in); !slices.Equal(got, want) {
			t.Errorf("wordFields(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzWordFields checks wordFields' promises on any text: words are
// non-empty, in their lower-case form, start with a letter, digit or mark,
// and hold no white space.
func FuzzWordFields(f *testing.F) {
	for _, s := range []string{"The U.S. minister's talks", "Israel’s ‘peace’", "a'", "'a", "Ünd\u0301x", "\xff'a", "J. Fox, Gen. X"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, w := range wordFields(s) {
			if w == "" || text.Lower(w) != w {
				t.Fatalf("wordFields(%q) gave %q, not a lower-case form", s, w)
			}
			if r, _ := utf8.DecodeRuneInString(w); !text.IsWordRune(r) {
				t.Fatalf("wordFields(%q) gave %q, which does not start a word", s, w)
			}
			if strings.IndexFunc(w, unicode.IsSpace) >= 0 {
				t.Fatalf("wordFields(%q) gave %q, with white space", s, w)
			}
		}
	})
}
