package corpus

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestIsEndMarker(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Most Read", true},
		{"most read:", true},
		{"Read more: Israel votes", true},
		{"Tags: Israel Iran", true},
		{"Tags Israel Iran Russia", true},
		{"Tags Israel, Iran", false},              // punctuation: not a run of labels
		{"Topics of the day in the north", false}, // function words
		{"Sponsored content", false},
		{"Popularity contest", false},
		{"Related articles", true},
		{"Related coverage:", true},
		{"The foreign minister said the talks would go on, officials said.", false},
		{"", false},
	}
	for _, tc := range tests {
		words, st := scanWords(nil, tc.line, nil)
		p := &para{text: tc.line, words: words, wordStats: st}
		if got := isEndMarker(p, stopWordsFor("english")); got != tc.want {
			t.Errorf("isEndMarker(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

var lowerSamples = []string{"", "abc", "ABC def", "İSTANBUL Kelvin K", "Straße ΣΊΣΥΦΟΣ", "a\xffB", "\xe2\x80", "COOKIE Policy"}

func TestAppendLower(t *testing.T) {
	for _, s := range lowerSamples {
		if got, want := string(appendLower([]byte("x"), s)), "x"+strings.ToLower(s); got != want {
			t.Errorf("appendLower(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzAppendLower(f *testing.F) {
	for _, s := range lowerSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(appendLower(nil, s)), strings.ToLower(s); got != want {
			t.Errorf("appendLower(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestASCIILowerings checks that asciiLowerings holds every rune outside
// ASCII that lower-cases into it, which inASCIIFold relies on.
func TestASCIILowerings(t *testing.T) {
	var want []string
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		if l := unicode.ToLower(r); l < utf8.RuneSelf {
			want = append(want, string(r))
		}
	}
	if !slices.Equal(asciiLowerings, want) {
		t.Errorf("runes lower-casing into ASCII: %q, asciiLowerings lists %q", want, asciiLowerings)
	}
}

// TestIsWordRunePunctuation checks isWordRune's shortcut: no rune of the
// General Punctuation block is a letter, digit or mark.
func TestIsWordRunePunctuation(t *testing.T) {
	for r := rune(0x2000); r <= 0x206f; r++ {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
			t.Errorf("%U is a word rune, but isWordRune says no", r)
		}
	}
}

// TestIsWideSpaceAt checks the byte test against unicode.IsSpace for every
// rune outside ASCII, alone and cut short.
func TestIsWideSpaceAt(t *testing.T) {
	for r := rune(utf8.RuneSelf); r <= 0x10000; r++ {
		s := string(r)
		if got, want := isWideSpaceAt(s, 0), unicode.IsSpace(r); got != want {
			t.Errorf("%U: isWideSpaceAt %v, unicode.IsSpace %v", r, got, want)
		}
		if len(s) > 1 && isWideSpaceAt(s[:len(s)-1], 0) {
			t.Errorf("%U cut short: isWideSpaceAt says white space", r)
		}
	}
}
