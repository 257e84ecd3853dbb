package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

func TestDetectLanguageFixtures(t *testing.T) {
	tests := []struct{ file, want string }{
		{"en.txt", "english"}, {"es.txt", "spanish"}, {"fr.txt", "french"}, {"ru.txt", "russian"},
		{"sv.txt", "swedish"}, {"no.txt", "norwegian"}, {"hu.txt", "hungarian"},
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

// langCountsSimple is the plain statement of langCounter.add (one rune at
// a time, every word lower-cased and looked up in profileBits) that the
// scanner must match.
func langCountsSimple(text string) langCounter {
	var lc langCounter
	start := -1
	word := func(w string) {
		lc.words++
		for i := range languageProfiles {
			if profileBits[strings.ToLower(w)]&(1<<i) != 0 {
				lc.counts[i]++
			}
		}
	}
	for i, r := range text {
		if lc.words >= detectWords {
			return lc
		}
		if unicode.IsLetter(r) {
			lc.letters++
			if unicode.Is(unicode.Latin, r) {
				lc.latin++
			} else if unicode.Is(unicode.Cyrillic, r) {
				lc.cyr++
			}
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			word(text[start:i])
			start = -1
		}
	}
	if start >= 0 {
		word(text[start:])
	}
	return lc
}

var langSamples = []string{
	"", "a", "The Minister of THE Interior, and HIS deputy; the end", "El presidente dijo que la situación es grave",
	"Москва заявила, что США не будут", "İN THE İSTANBUL Kelvin Kİ", "Ünd DIE Straße", "Él MÁS también",
	"the1the the'the the’the", "\xffthe\xe2\x80the", "WHICHEVER whiches thee", strings.Repeat("the of and ", 800),
	"och att det som en är för på", "az és hogy nem egy meg",
}

func TestLangCounterMatchesSimple(t *testing.T) {
	for _, s := range langSamples {
		var lc langCounter
		if lc.add(s); lc != langCountsSimple(s) {
			t.Errorf("langCounter.add(%q) = %+v, want %+v", s, lc, langCountsSimple(s))
		}
	}
}

func FuzzLangCounter(f *testing.F) {
	for _, s := range langSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var lc langCounter
		if lc.add(s); lc != langCountsSimple(s) {
			t.Errorf("langCounter.add(%q) = %+v, want %+v", s, lc, langCountsSimple(s))
		}
	})
}

// TestCleanTextLanguage checks that the language the cleaner reads from
// its paragraphs' counts is what DetectLanguage and detectBodyLanguage
// find reading the text and the body again.
func TestCleanTextLanguage(t *testing.T) {
	texts := map[string]string{
		// English for the first 1,500 words, Spanish for the next 9,600:
		// English within detectWords, Spanish past it.
		"mixed": "Le président a dit que la France ne serait pas dans la guerre.\n\n" +
			strings.Repeat("The war is not over, he said, and the talks will go on. ", 125) + "\n\n" +
			strings.Repeat("El presidente dijo que la situación es muy grave y que no hay nada que hacer. ", 600),
		"long paragraph": strings.Repeat("Die Regierung und the minister of the interior said that it was over. ", 400),
		"empty":          "\n\n  \n",
		// 2,100 words of photo credits, then the article: its paragraphs
		// lie past the text's first detectWords words.
		"late body": numbered("Photo: Getty Images %d\n\n", 700) +
			numbered("The minister of the interior said on Tuesday that the talks on the border would go on for week %d.\n\n", 40),
	}
	for _, name := range []string{"en.txt", "es.txt", "fr.txt", "ru.txt", "sv.txt", "no.txt", "hu.txt"} {
		data, err := os.ReadFile(filepath.Join("..", "testdata", "corpus", "lang", name))
		if err != nil {
			t.Fatal(err)
		}
		texts[name] = string(data)
	}
	for name, text := range texts {
		c := cleanText(text)
		if got, want := c.stop, stopWordsFor(DetectLanguage(text)); got != want {
			t.Errorf("%s: cleanText's stop words are not those of DetectLanguage(text) = %q", name, DetectLanguage(text))
		}
		if got, want := c.bodyLang, detectBodyLanguage(c.body); got != want {
			t.Errorf("%s: cleanText's body language %q, detectBodyLanguage %q", name, got, want)
		}
	}
}

// numbered repeats a format n times, with the numbers 1 to n, so that the
// paragraphs differ (the cleaner drops repeated ones).
func numbered(format string, n int) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, format, i)
	}
	return b.String()
}

// TestFunctionWordsTable checks the perfect hash table of function words:
// every word of every set has its set's bit, and other words have none.
func TestFunctionWordsTable(t *testing.T) {
	sets := map[int]map[string]bool{englishStopBit: englishStopwords}
	for i, p := range languageProfiles {
		sets[i] = p.words
	}
	for bit, set := range sets {
		for w := range set {
			if functionWords.lookup(wordHash(w))>>bit&1 == 0 {
				t.Errorf("%q: no bit %d in the function-word table", w, bit)
			}
		}
	}
	for _, w := range []string{"minister", "israel", "talks", "", "thee", "ther", "the'"} {
		if b := functionWords.lookup(wordHash(w)); b != 0 {
			t.Errorf("%q: bits %b in the function-word table, want none", w, b)
		}
	}
	for h := uint64(1); h < 1<<20; h += 7919 {
		if b := functionWords.lookup(h); b != 0 {
			t.Errorf("hash %#x: bits %b, want none", h, b)
		}
	}
}
