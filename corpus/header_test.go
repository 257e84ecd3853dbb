package corpus

import (
	"maps"
	"strings"
	"testing"
)

func TestParseHeader(t *testing.T) {
	tests := []struct {
		name, text, rest string
		meta             map[string]string
	}{
		{"no header", "The minister said.\n", "The minister said.\n", map[string]string{}},
		{"fields", "Title: Talks resume\nOUTLET:  The Times \nlanguage: en\n\nBody text.", "\nBody text.",
			map[string]string{"title": "Talks resume", "outlet": "The Times", "language": "en"}},
		{"date prefix", "date 2023-01-04 The minister said.", "The minister said.", map[string]string{"date": "2023-01-04"}},
		{"fields then a date prefix", "url: https://example.com/a\n  published 2023-01-04 Text", "Text",
			map[string]string{"date": "2023-01-04", "url": "https://example.com/a"}},
		{"empty value ends it", "title:\nBody", "title:\nBody", map[string]string{}},
		{"repeated key ends it", "title: A\ntitle: B\n", "title: B\n", map[string]string{"title": "A"}},
		{"unknown key", "Reporter: Jane\nBody", "Reporter: Jane\nBody", map[string]string{}},
		{"prose with a colon", "Source: a senior official told reporters" + strings.Repeat(" more", 100) + "\nBody",
			"Source: a senior official told reporters" + strings.Repeat(" more", 100) + "\nBody", map[string]string{}},
	}
	for _, tc := range tests {
		meta := map[string]string{}
		if rest := parseHeader(tc.text, meta); rest != tc.rest || !maps.Equal(meta, tc.meta) {
			t.Errorf("%s: parseHeader = %q, %v; want %q, %v", tc.name, rest, meta, tc.rest, tc.meta)
		}
	}
}

// FuzzParseHeader checks what parseHeader promises on any text: it returns
// a suffix of the text, and every field it records is a known key with a
// value that is part of the text.
func FuzzParseHeader(f *testing.F) {
	for _, s := range []string{"title: A\nsource: B\n\nBody", "date 2023-01-04 Body", "Title:\n", "url: x\nurl: y", "published 2023-13-45"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		meta := map[string]string{}
		rest := parseHeader(text, meta)
		if !strings.HasSuffix(text, rest) {
			t.Fatalf("parseHeader(%q) returned %q, not a suffix of the text", text, rest)
		}
		for k, v := range meta {
			if !headerKeyRe.MatchString(k+":") && k != "date" {
				t.Errorf("parseHeader(%q) recorded unknown key %q", text, k)
			}
			if v == "" || !strings.Contains(text, v) {
				t.Errorf("parseHeader(%q) recorded %q = %q, not in the text", text, k, v)
			}
		}
	})
}
