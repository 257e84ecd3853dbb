package text

import (
	"os"
	"path/filepath"
	"testing"
)

func TestSanitizeTable(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "hello", "hello"},
		{"osc52 bel", "a\x1b]52;c;ZXZpbA==\x07b", "ab"},
		{"osc st", "a\x1b]0;title\x1b\\b", "ab"},
		{"csi", "a\x1b[2J\x1b[1;31mb", "ab"},
		{"c1 csi", "a\u009b31mb", "ab"},
		{"cr", "one\rtwo", "one\ntwo"},
		{"crlf", "one\r\ntwo", "one\ntwo"},
		{"tab", "a\tb", "a   b"},
		{"bidi", "a\u202eb\u2066c", "abc"},
		{"nul", "a\x00b", "ab"},
		{"invalid utf8", "a\xffb", "a\ufffdb"},
		{"nbsp", "a\u00a0b", "a b"},
		{"nfc", "e\u0301", "\u00e9"},
		{"unterminated osc", "a\x1b]52;c;AAAA", "a"},
		{"esc at end", "a\x1b", "a"},
		{"opening quote set as an apostrophe", "Trump‘s ‘wise’ O‘Neill‘s", "Trump’s ‘wise’ O’Neill’s"},
		{"opening quotes left", "‘a’ x‘ ‘y 1‘2", "‘a’ x‘ ‘y 1‘2"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, _ := Sanitize([]byte(tc.in))
			if got != tc.want {
				t.Errorf("Sanitize(%q) = %q, want %q", tc.in, got, tc.want)
			}
			if i := UnsafeAt(got); i >= 0 {
				t.Errorf("unsafe text at byte %d", i)
			}
		})
	}
}

func TestSanitizeLine(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Example Wire", "Example Wire"},
		{"rule\nid", "rule id"},
		{"a\r\nb\u2028c\u0085d", "a b cd"},
		{"\x1b]0;pwned\x07name\u202e.txt", "name.txt"},
	}
	for _, tt := range tests {
		if got := SanitizeLine(tt.in); got != tt.want {
			t.Errorf("SanitizeLine(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestUnsafeAt(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"plain\ntext, \uFFFD kept", -1},
		{"a\x1bb", 1},
		{"ab\u009b", 2},
		{"a\u202e", 1},
		{"a\xff", 1},
		{"tab\there", 3},
	}
	for _, tt := range tests {
		if got := UnsafeAt(tt.in); got != tt.want {
			t.Errorf("UnsafeAt(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func FuzzSanitize(f *testing.F) {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "corpus", "hostile", "*"))
	if err != nil {
		f.Fatal(err)
	}
	for _, p := range files {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("\x1b]52;c;AAAA\x07\u009b2J\u202e\r\n\t\x00"))
	f.Add([]byte("PresidentÃ¢â‚¬â„¢s Ã\x1b[0m© A\u0303© â€\u009d"))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, _ := Sanitize(data)
		if i := UnsafeAt(s); i >= 0 {
			t.Fatalf("Sanitize(%q) left unsafe text at byte %d: %q", data, i, s)
		}
		if again, rep := Sanitize([]byte(s)); again != s || rep.Escapes+rep.Controls+rep.Bidi+rep.InvalidUTF8+rep.Mojibake != 0 {
			t.Errorf("Sanitize is not idempotent: %q -> %q (%+v)", s, again, rep)
		}
		if line := SanitizeLine(string(data)); UnsafeAt(line) >= 0 || strContainsNewline(line) {
			t.Errorf("SanitizeLine(%q) = %q", data, line)
		}
	})
}

func strContainsNewline(s string) bool {
	for _, r := range s {
		if r == '\n' || r == '\u2028' || r == '\u2029' || r == '\u0085' {
			return true
		}
	}
	return false
}
