package corpus

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

func TestWordFields(t *testing.T) {
	tests := map[string][]string{
		"":                                 nil,
		"The U.S. minister's talks":        {"the", "u", "s", "minister's", "talks"},
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
// non-empty, lower case, start with a letter, digit or mark, and hold no
// white space or punctuation but inner apostrophes.
func FuzzWordFields(f *testing.F) {
	for _, s := range []string{"The U.S. minister's talks", "Israel’s ‘peace’", "a'", "'a", "Ünd\u0301x", "\xff'a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, w := range wordFields(s) {
			if w == "" || w != strings.ToLower(w) && w != lowerWord(w) {
				t.Fatalf("wordFields(%q) gave %q", s, w)
			}
			for i, r := range w {
				if !isWordRune(r) && (r != '\'' || i == 0 || i == len(w)-1) {
					t.Fatalf("wordFields(%q) gave %q, with %q at %d", s, w, r, i)
				}
				if unicode.IsSpace(r) {
					t.Fatalf("wordFields(%q) gave %q, with white space", s, w)
				}
			}
		}
	})
}
