package text

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// show renders tokens as "form/kind" separated by spaces.
func show(toks []Token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Form + "/" + t.Kind.String())
	}
	return b.String()
}

func TestTokens(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"words and punctuation", "Iran said, on Monday.", "Iran/word said/word ,/punct on/word Monday/word ./punct"},
		{"possessive", "Israel's army", "Israel's/word army/word"},
		{"contraction", "didn't deny", "didn't/word deny/word"},
		{"curly apostrophe", "Israel’s don’t", "Israel’s/word don’t/word"},
		{"apostrophe before a digit", "rock'9", "rock/word '/quote 9/number"},
		{"plural possessive", "officials' claims", "officials/word '/quote claims/word"},
		{"leading apostrophe", "'Tis", "'/quote Tis/word"},
		{"dotted abbreviation", "U.S. officials", "U.S./word officials/word"},
		{"dotted abbreviation at the end", "in the U.S.", "in/word the/word U.S./word"},
		{"dotted abbreviation joined by a hyphen", "U.S.-backed", "U.S./word -/punct backed/word"},
		{"times", "at 5 p.m. on", "at/word 5/number p.m./word on/word"},
		{"title", "Gen. Kurilla", "Gen./word Kurilla/word"},
		{"Sec. title", "Sec. Morrow", "Sec./word Morrow/word"},
		{"SEC acronym keeps its stop apart", "the SEC. The", "the/word SEC/word ./punct The/word"},
		{"number", "No. 5", "No./word 5/number"},
		{"lower-case abbreviation is a sentence end", "a gen. b", "a/word gen/word ./punct b/word"},
		{"long word before a stop", "Kurilla. He", "Kurilla/word ./punct He/word"},
		{"initial", "Michael J. Fox", "Michael/word J./word Fox/word"},
		{"lower-case single letter", "plan b. Then", "plan/word b/word ./punct Then/word"},
		{"hyphen splits", "Iranian-made drones", "Iranian/word -/punct made/word drones/word"},
		{"unicode hyphen splits", "Amir‐Abdollahian", "Amir/word ‐/punct Abdollahian/word"},
		{"decimal", "3.5 percent", "3.5/number percent/word"},
		{"decimal at a sentence end", "rose 3.5.", "rose/word 3.5./number"},
		{"thousands", "1,000 troops", "1/number ,/punct 000/number troops/word"},
		{"digits and letters", "1990s F16", "1990s/number F16/word"},
		{"quotation marks", `“No,” he said "yes"`, `“/quote No/word ,/punct ”/quote he/word said/word "/quote yes/word "/quote`},
		{"guillemets", "«Non»", "«/quote Non/word »/quote"},
		{"dashes and ellipsis", "war—again…", "war/word —/punct again/word …/punct"},
		{"accents and marks", "Zelenskyy café naïve", "Zelenskyy/word café/word naïve/word"},
		{"combining mark", "cafe\u0301", "cafe\u0301/word"},
		{"cyrillic", "Путин сказал", "Путин/word сказал/word"},
		{"spaces", " \t\n\u00a0 a ", "a/word"},
		{"invalid UTF-8", "a\xffb", "a/word \xff/punct b/word"},
		{"missing space after a stop", "said.McCain had", "said/word ./punct McCain/word had/word"},
		{"missing space after an abbreviation", "U.S.Army", "U.S./word Army/word"},
		{"dotted lower-case words", "example.com end.next", "example.com/word end.next/word"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := Tokens(nil, tt.in)
			if n := countTokens(tt.in); n != len(toks) {
				t.Errorf("countTokens(%q) = %d, Tokens finds %d", tt.in, n, len(toks))
			}
			if got := show(toks); got != tt.want {
				t.Errorf("Tokens(%q) = %s, want %s", tt.in, got, tt.want)
			}
			for _, tk := range toks {
				if tt.in[tk.Start:tk.End] != tk.Form {
					t.Errorf("token %q has offsets %d-%d, which hold %q", tk.Form, tk.Start, tk.End, tt.in[tk.Start:tk.End])
				}
			}
		})
	}
}

func TestAnalyzerForms(t *testing.T) {
	a := NewAnalyzer("english")
	tests := []struct{ in, lower, stem string }{
		{"Denied", "denied", "deni"},
		{"denies", "denies", "deni"},
		{"Israel’s", "israel's", "israel"},
		{"didn't", "didn't", "didn't"},
		{"U.S.", "u.s", "u.s"},
		{"Gen.", "gen", "gen"},
		{"Путин", "путин", "путин"},
		{"2016", "2016", "2016"},
	}
	for _, tt := range tests {
		toks := a.Tokens(nil, tt.in)
		if len(toks) != 1 {
			t.Fatalf("Tokens(%q) = %s, want one token", tt.in, show(toks))
		}
		if toks[0].Lower != tt.lower || toks[0].Stem != tt.stem {
			t.Errorf("%q: lower %q stem %q, want %q %q", tt.in, toks[0].Lower, toks[0].Stem, tt.lower, tt.stem)
		}
	}
	if got := a.Tokens(nil, "— “")[0]; got.Lower != "" || got.Stem != "" {
		t.Errorf("punctuation got forms %q %q, want none", got.Lower, got.Stem)
	}
	ru := NewAnalyzer("russian")
	if _, stem := ru.Forms("заявил"); stem != "заяв" {
		t.Errorf("russian stem of заявил = %q, want заяв", stem)
	}
	none := NewAnalyzer("")
	if _, stem := none.Forms("Denied"); stem != "denied" {
		t.Errorf("stem without a language = %q, want the lower-case form", stem)
	}
}

func TestJoined(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Amir-Abdollahian", true},
		{"Amir‐Abdollahian", true},
		{"U.S.-backed", false},
		{"Amir - Abdollahian", false},
		{"Amir–Abdollahian", false}, // an en dash is no hyphen
		{"Amir-,", false},
	}
	for _, tt := range tests {
		toks := Tokens(nil, tt.in)
		if got := len(toks) >= 3 && Joined(toks[0], toks[1], toks[2]); got != tt.want {
			t.Errorf("Joined(%s) = %v, want %v", show(toks), got, tt.want)
		}
	}
}

func TestAbbreviation(t *testing.T) {
	for w, want := range map[string]bool{"Gen": true, "GEN": true, "u.s": true, "U.S": true, "Kurilla": false, "": false,
		"Sens": true, "Reps": true, "REPS": true, "Rep": true, "reps": false, "sens": false, "rep": false, "gen": true} {
		if got := Abbreviation(w); got != want {
			t.Errorf("Abbreviation(%q) = %v, want %v", w, got, want)
		}
	}
}

// FuzzTokens checks the stream's invariants on any input: offsets in range,
// ascending and not overlapping; tokens and whitespace cover the text; every
// word rune is inside a word or number token.
func FuzzTokens(f *testing.F) {
	for _, s := range []string{"U.S. officials said", "Israel’s “No,” — 3.5.", "a\xffb", "Amir-Abdollahian J. Fox", "'' ``x''", "e.g.", "1,000."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := NewAnalyzer("english").Tokens(nil, s)
		if n := countTokens(s); n != len(toks) {
			t.Fatalf("countTokens finds %d tokens, Tokens %d", n, len(toks))
		}
		covered := make([]bool, len(s))
		inWord := make([]bool, len(s))
		prev := 0
		for _, tk := range toks {
			if tk.Start < prev || tk.End <= tk.Start || tk.End > len(s) {
				t.Fatalf("token %+v out of order or range (previous end %d, text %d bytes)", tk, prev, len(s))
			}
			if s[tk.Start:tk.End] != tk.Form {
				t.Fatalf("token %+v: Form is not the text at its offsets", tk)
			}
			if tk.IsWord() && (tk.Lower == "" || tk.Stem == "") {
				t.Fatalf("word %+v lacks its forms", tk)
			}
			for k := tk.Start; k < tk.End; k++ {
				covered[k], inWord[k] = true, tk.IsWord()
			}
			prev = tk.End
		}
		for i := 0; i < len(s); {
			r, size := utf8.DecodeRuneInString(s[i:])
			switch {
			case IsWordRune(r) && !inWord[i]:
				t.Fatalf("word rune %q at %d is in no word token", r, i)
			case !covered[i] && !(r != utf8.RuneError && strings.TrimSpace(string(r)) == ""):
				t.Fatalf("rune %q at %d is in no token and no space", r, i)
			}
			i += size
		}
	})
}
