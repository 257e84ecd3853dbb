package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDetectLanguageFixtures(t *testing.T) {
	tests := []struct{ file, want string }{
		{"en.txt", "english"}, {"es.txt", "spanish"}, {"fr.txt", "french"}, {"ru.txt", "russian"},
		{"sv.txt", "swedish"}, {"no.txt", "norwegian"}, {"hu.txt", "hungarian"},
		{"de.txt", "german"}, {"nl.txt", "dutch"}, {"it.txt", "italian"}, {"pt.txt", "portuguese"},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			p := filepath.Join("..", "testdata", "corpus", "lang", tc.file)
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			if got := DetectLanguage(string(data)); got != tc.want {
				t.Errorf("DetectLanguage = %q, want %q", got, tc.want)
			}
			// Through the loader: the article keeps its text (the cleaner
			// measures prose with the language's own function words) and
			// says how the language was found.
			res, err := Load([]string{p}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Articles) != 1 {
				t.Fatalf("got %d articles, problems %v", len(res.Articles), res.Problems)
			}
			a := res.Articles[0]
			if a.Language != tc.want || a.LanguageFrom != FromDetected {
				t.Errorf("article language %q from %q, want %q detected", a.Language, a.LanguageFrom, tc.want)
			}
			if len(a.Text) < len(strings.TrimSpace(string(data)))*9/10 {
				t.Errorf("kept %d of %d bytes: %q", len(a.Text), len(data), a.Text)
			}
		})
	}
}

func TestDetectLanguageUnsure(t *testing.T) {
	for _, s := range []string{"", "12345 678", "Obama Putin Merkel Macron", "\x1b[2J"} {
		if got := DetectLanguage(s); got != "" {
			t.Errorf("DetectLanguage(%q) = %q, want no guess", s, got)
		}
	}
}

func TestLanguagePrecedence(t *testing.T) {
	dir := t.TempDir()
	es, err := os.ReadFile(filepath.Join("..", "testdata", "corpus", "lang", "es.txt"))
	if err != nil {
		t.Fatal(err)
	}
	withHeader := filepath.Join(dir, "header.txt")
	if err := os.WriteFile(withHeader, append([]byte("Language: fr\n\n"), es...), 0o644); err != nil {
		t.Fatal(err)
	}
	plain := filepath.Join(dir, "plain.txt")
	if err := os.WriteFile(plain, es, 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, path string
		opt        Options
		want       string
		from       Provenance
	}{
		{"detected", plain, Options{}, "spanish", FromDetected},
		{"header wins over detection", withHeader, Options{}, "french", FromHeader},
		{"flag wins over header", withHeader, Options{Language: "SV"}, "swedish", FromFlag},
		{"flag name", plain, Options{Language: "Hungarian"}, "hungarian", FromFlag},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Load([]string{tc.path}, tc.opt)
			if err != nil || len(res.Articles) != 1 {
				t.Fatalf("load: %v %+v", err, res)
			}
			a := res.Articles[0]
			if a.Language != tc.want || a.LanguageFrom != tc.from {
				t.Errorf("language %q from %q, want %q from %q", a.Language, a.LanguageFrom, tc.want, tc.from)
			}
		})
	}
}

func TestLanguageName(t *testing.T) {
	tests := map[string]string{
		"en": "english", "EN-us": "english", "es_ES": "spanish", "nb": "norwegian", "Svenska": "swedish",
		"ru": "russian", "hu": "hungarian", "French": "french", "klingon": "klingon",
	}
	for in, want := range tests {
		if got := languageName(in); got != want {
			t.Errorf("languageName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseLanguage(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"English", "english", true},
		{"es-MX", "spanish", true},
		{"de", "german", true},
		{" magyar ", "hungarian", true},
		{"klingon", "", false},
		{"englsh", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		got, err := ParseLanguage(tt.in)
		if got != tt.want || (err == nil) != tt.ok {
			t.Errorf("ParseLanguage(%q) = %q, %v; want %q, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}
