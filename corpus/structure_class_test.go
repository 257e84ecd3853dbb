package corpus

// The quotation finder's view of the text package's token stream.

import (
	"strings"
	"testing"

	"github.com/framediff/framediff/text"
)

// TestAttributionTokens checks how tokenize turns the text package's
// tokens into the quotation finder's: compounds are one word, only the
// marks scanMarks keeps are quotation marks, other quote runes are left
// out (the apostrophe and the backquote are punctuation), and words carry
// their classes and case.
func TestAttributionTokens(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"compound name", "Amir-Abdollahian said", "Amir-Abdollahian/W said/w"},
		{"compound with a unicode hyphen", "so‐called", "so‐called/w"},
		{"abbreviation before a hyphen", "U.S.-backed", "U.S./W -/p backed/w"},
		{"spaced hyphen", "Iran - Iraq", "Iran/W -/p Iraq/W"},
		{"abbreviations and initials", "Gen. J. Smith", "Gen./W J./W Smith/W"},
		{"quotation marks", "“No,” he said.", "“/o No/W ,/p ”/c he/w said/w ./p"},
		{"straight marks", `he said "yes" today`, `he/w said/w "/o yes/w "/c today/w`},
		{"doubled marks", "``yes'' he", "``/o yes/w ''/c he/w"},
		{"nickname marks are dropped", "General Michael “Erik” Kurilla said", "General/W Michael/W Erik/W Kurilla/W said/w"},
		{"a work's title after a comma", "his memoir, “A Higher Calling”", "his/w memoir/w ,/p A/W Higher/W Calling/W"},
		{"a phrase after a comma stays quoted", "his memoir, “a higher calling”", "his/w memoir/w ,/p “/o a/w higher/w calling/w ”/c"},
		{"possessive", "Israel’s army", "Israel’s/W army/w"},
		{"plural possessive", "officials' claims", "officials/w '/p claims/w"},
		{"digits are capitalised", "2016 3.5", "2016/W 3.5/W"},
		{"missing space after a stop", "said.McCain", "said/w ./p McCain/W"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Span{0, len(tt.in)}
			marks := dropNames(tt.in, scanMarks(tt.in, p, nil))
			toks := new(tokenizer).tokenize(tt.in, p, marks, nil)
			var parts []string
			for _, tk := range toks {
				kind := map[tokenKind]string{tokPunct: "p", tokOpen: "o", tokClose: "c"}[tk.kind]
				if tk.kind == tokWord {
					kind = "w"
					if tk.upper {
						kind = "W"
					}
				}
				parts = append(parts, tt.in[tk.start:tk.end]+"/"+kind)
			}
			if got := strings.Join(parts, " "); got != tt.want {
				t.Errorf("tokenize(%q)\n got %s\nwant %s", tt.in, got, tt.want)
			}
		})
	}
}

// FuzzAttributionTokens checks tokenize on any paragraph: tokens ascend
// without overlapping, inside the paragraph; words begin and end with the
// text package's tokens; every mark has exactly one token, at its place;
// and no word rune is outside a word.
func FuzzAttributionTokens(f *testing.F) {
	for _, s := range structureSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 4000 {
			return
		}
		p := Span{0, len(s)}
		marks := dropNames(s, scanMarks(s, p, nil))
		toks := new(tokenizer).tokenize(s, p, marks, nil)
		// Words begin and end where the text package's tokens do, so that
		// a lexicon match and a speaker are made of the same words.
		starts, ends := map[int]bool{}, map[int]bool{}
		for _, tk := range text.Tokens(nil, s) {
			starts[tk.Start], ends[tk.End] = true, true
		}
		prev, seen := 0, 0
		inWord := make([]bool, len(s))
		for _, tk := range toks {
			for k := tk.start; k < tk.end; k++ {
				inWord[k] = tk.kind == tokWord
			}
			if tk.start < prev || tk.end <= tk.start || tk.end > len(s) {
				t.Fatalf("%q: token %+v out of order or range", s, tk)
			}
			prev = tk.end
			if tk.kind == tokWord && !(starts[tk.start] && ends[tk.end]) {
				t.Fatalf("%q: word %q does not begin and end with the text's tokens", s, s[tk.start:tk.end])
			}
			if tk.kind == tokOpen || tk.kind == tokClose {
				if tk.mark != seen || marks[tk.mark].pos != tk.start || marks[tk.mark].size != tk.end-tk.start {
					t.Fatalf("%q: mark token %+v, want mark %d %+v", s, tk, seen, marks[min(seen, len(marks)-1)])
				}
				seen++
			}
		}
		if seen != len(marks) {
			t.Fatalf("%q: %d mark tokens for %d marks", s, seen, len(marks))
		}
		for i, r := range s {
			if text.IsWordRune(r) && !inWord[i] {
				t.Fatalf("%q: word rune %q at %d is in no word", s, r, i)
			}
		}
	})
}
