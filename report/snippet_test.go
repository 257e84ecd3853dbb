package report

import (
	"strings"
	"testing"
)

// wholeSnippet is snippet as it reads the whole of s: collapse, then cut.
func wholeSnippet(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func TestSnippet(t *testing.T) {
	tests := []struct {
		name string
		s    string
		n    int
		want string
	}{
		{"short", "The  president\nsaid so.", 160, "The president said so."},
		{"exactly n", "abcde", 5, "abcde"},
		{"one over", "abcdef", 5, "abcd…"},
		{"cut at a space", "abcd efgh", 5, "abcd…"},
		{"space after the cut", "abcde fgh", 5, "abcd…"},
		{"leading and trailing space", "  ab  cd  ", 5, "ab cd"},
		{"multi-byte letters", "éééééé", 5, "éééé…"},
		{"invalid UTF-8 kept when short", "a\xffb", 5, "a\xffb"},
		{"invalid UTF-8 cut", "a\xffbcdef", 5, "a\ufffdbc…"},
		{"empty", " \n\t ", 5, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := snippet(tt.s, tt.n); got != tt.want {
				t.Errorf("snippet(%q, %d) = %q, want %q", tt.s, tt.n, got, tt.want)
			}
			if got := wholeSnippet(tt.s, tt.n); got != tt.want {
				t.Errorf("the reference gives %q, want %q", got, tt.want)
			}
		})
	}
}

func FuzzSnippet(f *testing.F) {
	f.Add("The president said  so.\n", 5)
	f.Add("a\xffbcdef \u2028 g", 3)
	f.Fuzz(func(t *testing.T, s string, n int) {
		n = 1 + (n%300+300)%300
		if got, want := snippet(s, n), wholeSnippet(s, n); got != want {
			t.Errorf("snippet(%q, %d) = %q, want %q", s, n, got, want)
		}
	})
}

// BenchmarkSnippetOfLongSentence cuts a snippet from a sentence of 4 MB,
// as the reports do for each piece of evidence in an article with no full
// stop: it must cost what a short sentence costs.
func BenchmarkSnippetOfLongSentence(b *testing.B) {
	s := strings.Repeat("and the talks would go on ", 4<<20/26)
	b.ReportAllocs()
	for b.Loop() {
		if got := snippet(s, 160); len(got) < 160 {
			b.Fatalf("snippet of %d bytes", len(got))
		}
	}
}
