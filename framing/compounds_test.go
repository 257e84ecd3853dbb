package framing

import (
	"slices"
	"testing"

	"github.com/framediff/framediff/text"
)

// TestJoinCompounds checks the joined words and that restoring gives back
// the streams exactly, since the searches after the things' read them.
func TestJoinCompounds(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string // the lower-case words and marks of the joined stream
		stem string   // the stem of the joined stream's last token, if given
	}{
		{"none", "The talks ended.", []string{"the", "talks", "ended", "."}, ""},
		{"one", "A cease-fire held.", []string{"a", "cease-fire", "held", "."}, ""},
		{"plural stem", "Two cease-fires", []string{"two", "cease-fires"}, "cease-fire"},
		{"chain", "a mother-in-law and self-defense", []string{"a", "mother-in-law", "and", "self-defense"}, ""},
		{"capitalised part", "an anti-Islam film", []string{"an", "anti", "-", "islam", "film"}, ""},
		{"at the end", "self-defense", []string{"self-defense"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			az := text.NewAnalyzer("english")
			toks := az.Tokens(nil, tt.in)
			orig := slices.Clone(toks)
			joined, parts := joinCompounds([][]text.Token{toks})
			var got []string
			for _, tok := range joined[0] {
				if tok.IsWord() {
					got = append(got, tok.Lower)
				} else {
					got = append(got, tok.Form)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("joined %q = %q, want %q", tt.in, got, tt.want)
			}
			if last := joined[0][len(joined[0])-1]; tt.stem != "" && last.Stem != tt.stem {
				t.Errorf("joined %q ends in stem %q, want %q", tt.in, last.Stem, tt.stem)
			}
			restoreCompounds([][]text.Token{toks}, parts)
			if !slices.Equal(toks, orig) {
				t.Errorf("restored %q = %v, want %v", tt.in, toks, orig)
			}
		})
	}
}

// FuzzJoinCompounds checks that any text's stream is restored exactly
// and that the joined stream covers the same bytes in order.
func FuzzJoinCompounds(f *testing.F) {
	for _, s := range []string{"A cease-fire held.", "self-defense -- x-y-z", "a-b c-d-e f- -g", "Über-cool up-to-date"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		az := text.NewAnalyzer("english")
		toks := az.Tokens(nil, s)
		orig := slices.Clone(toks)
		joined, parts := joinCompounds([][]text.Token{toks})
		for k := 1; k < len(joined[0]); k++ {
			if joined[0][k].Start < joined[0][k-1].End {
				t.Fatalf("joined tokens %d and %d of %q overlap", k-1, k, s)
			}
		}
		restoreCompounds([][]text.Token{toks}, parts)
		if !slices.Equal(toks, orig) {
			t.Fatalf("restored %q = %v, want %v", s, toks, orig)
		}
	})
}
