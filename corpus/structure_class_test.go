package corpus

// Checks of the perfect-hash class table against the reference table (a
// plain hash table of the same words, in structure_ref_test.go).

import (
	"strings"
	"testing"
)

// FuzzClassTable checks classOf, and wordClass on every word-shaped span
// of the text, against the reference table. Seeds include every class word
// and near misses, which land in the slots of class words.
func FuzzClassTable(f *testing.F) {
	for _, s := range wordClasses.slots {
		if s.k0 != 0 {
			w := unpackWord(s.k0, s.k1)
			f.Add(w)
			f.Add(strings.ToUpper(w[:1]) + w[1:] + "s")
			f.Add(w[1:] + "e")
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 64 {
			return
		}
		if got, want := wordClasses.classOf(s), refWordClasses.classOf(s); got != want {
			t.Fatalf("classOf(%q) = %b, want %b", s, got, want)
		}
		// wordClass is given words of ASCII letters and digits with inner
		// apostrophes, stops and hyphens, as tokenize scans them.
		for i := 0; i < len(s); i++ {
			for j := i + 1; j <= len(s) && j-i <= wordClasses.longest; j++ {
				c := s[j-1]
				if asciiWordClass[c] != wordLetter && !(j-1 > i && j < len(s) && (c == '\'' || c == '.' || c == '-')) {
					break
				}
				if asciiWordClass[s[i]] != wordLetter {
					break
				}
				if got, want := wordClasses.wordClass(s, i, j), refWordClasses.classOf(s[i:j]); got != want {
					t.Fatalf("wordClass(%q, %d, %d) = %b, want %b", s, i, j, got, want)
				}
			}
		}
	})
}

// TestClassTablePerfect checks that the table holds every class word in a
// slot of its own, where look-ups find it.
func TestClassTablePerfect(t *testing.T) {
	n := 0
	for i, s := range wordClasses.slots {
		if s.k0 == 0 {
			continue
		}
		n++
		if got := wordClasses.lookup(s.k0, s.k1); got != s.class || got == 0 {
			t.Errorf("slot %d (%q): lookup = %b, want %b", i, unpackWord(s.k0, s.k1), got, s.class)
		}
	}
	want := 0
	for _, w := range refWordClasses.words {
		if w != "" {
			want++
		}
	}
	if n != want {
		t.Errorf("%d words in the table, want %d", n, want)
	}
}
