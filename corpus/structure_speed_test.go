package corpus

// Fuzz targets checking the faster scanners of the structure step against
// the reference copies, in structure_ref_test.go, of the code they replaced.

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// structureSeeds are fuzz seeds with the cases the scanners special-case:
// quotation marks of every kind, abbreviations, inner apostrophes, dots and
// hyphens, non-ASCII words, class words in any case, and words at the very
// end of the text (where no 16 bytes follow a word).
var structureSeeds = []string{
	`"We are ready to talk to anyone," Price said.`,
	"US State Department spokesman Ned Price said on Tuesday: \u201cWe will not.\u201d",
	"General Michael \u201cErik\u201d Kurilla told CNN\u2019s \u201cState of the Union\u201d that ``it's over'' and 'maybe' so.",
	"Lavrov said the missiles were \"entirely defensive\", adding that ''nothing'' changed.",
	"The U.S. envoy, Gen. J. Smith, met Dr. Amir-Abdollahian at 3.5 p.m. Tuesday. He said so. Mr. X left.",
	"ACCORDING to Officials, SPOKESPERSON representatives Representatives said-so Israel's boys' rock'n'roll 1990's",
	"caf\u00e9 na\u00efve \u00c9lys\u00e9e \u0130nc. \u212ao. Stra\u00dfe \u2018quoted\u2019 \u00abguillemets\u00bb \u201eGerman\u201c \u2026 dash\u2010word",
	"What?! \"No.\" (Really.) [Yes!] It ended\u2026 Then \u201cit began.\u201d Next\u2019s turn. e.g. The end. U.S. The",
	"said", "Said.", "a", "according to", ", said", "He told reporters, \"", "x\u2019", "\u2019s", "'", "``", "''",
	"\xff\xfe invalid \xe2\x80 utf8 \xc2", "tab\tsep\vvert\fform\rcr\nnl",
}

// FuzzTokenize checks tokenize (words looked up by packed keys) against
// the reference tokenizer (FNV hash taken byte by byte), with the marks the
// quotation finder would give it, with none, and on a span inside the text.
func FuzzTokenize(f *testing.F) {
	for _, s := range structureSeeds {
		f.Add(s, 0, 0)
	}
	var words []string
	for _, s := range wordClasses.slots {
		if s.k0 != 0 {
			w := unpackWord(s.k0, s.k1)
			words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
		}
	}
	f.Add(strings.Join(words, " "), 0, 0)
	f.Add(strings.Join(words, ". "), 3, 7)
	f.Fuzz(func(t *testing.T, s string, from, to int) {
		if len(s) > 4000 {
			return
		}
		check := func(p Span, marks []quoteMark) {
			got := tokenize(s, p, marks, nil)
			want := refTokenize(s, p, marks, nil)
			if !slices.Equal(got, want) {
				t.Fatalf("%q %v marks %v:\n got %v\nwant %v", s, p, marks, got, want)
			}
		}
		whole := Span{0, len(s)}
		check(whole, dropNames(s, scanMarks(s, whole, nil)))
		check(whole, nil)
		from, to = clampSpan(from, len(s)), clampSpan(to, len(s))
		if from > to {
			from, to = to, from
		}
		p := Span{from, to}
		check(p, dropNames(s, scanMarks(s, p, nil)))
	})
}

func clampSpan(i, n int) int {
	if n == 0 {
		return 0
	}
	if i < 0 {
		i = -i
	}
	return i % (n + 1)
}

// unpackWord returns the word of a class table slot.
func unpackWord(k0, k1 uint64) string {
	var b [16]byte
	for i := range 8 {
		b[i], b[8+i] = byte(k0>>(8*i)), byte(k1>>(8*i))
	}
	return strings.TrimRight(string(b[:]), "\x00")
}

// TestClassTable checks the packed-key class table against the reference
// FNV table for every class word in three cases, and for near misses.
func TestClassTable(t *testing.T) {
	n := 0
	for _, s := range wordClasses.slots {
		if s.k0 == 0 {
			continue
		}
		n++
		w := unpackWord(s.k0, s.k1)
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:], w + "s", w[:len(w)-1], w + "\x00", "x" + w} {
			want := refWordClasses.classOf(v)
			if got := wordClasses.classOf(v); got != want {
				t.Errorf("classOf(%q) = %b, want %b", v, got, want)
			}
			if v != "" && len(v) <= wordClasses.longest && !strings.Contains(v, "\x00") && utf8.ValidString(v) {
				for _, text := range []string{v, v + " and some more text after it", "(" + v + ")"} {
					i := strings.Index(text, v)
					if got := wordClasses.wordClass(text, i, i+len(v)); got != want {
						t.Errorf("wordClass(%q in %q) = %b, want %b", v, text, got, want)
					}
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("empty class table")
	}
}

// FuzzStructureScans checks the sentence splitter and the quotation-mark
// scanner, and the SWAR byte scans they use, against the reference copies
// that stepped over the text a byte at a time. The text is split into
// paragraphs at newlines, as FromParagraphs does.
func FuzzStructureScans(f *testing.F) {
	for _, s := range structureSeeds {
		f.Add(s)
	}
	f.Add("One. Two\nThree! \"Four.\" Five?\n\nSix\u2026 Seven.\u201d Eight.\u2019 Nine.) Ten.] Eleven")
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 4000 {
			return
		}
		paras := newlineParagraphs(s)
		if got, want := splitSentences(s, paras), refSplitSentences(s, paras); !slices.Equal(got, want) {
			t.Fatalf("splitSentences(%q) = %v, want %v", s, got, want)
		}
		var buf []quoteMark
		for _, p := range append(paras, Span{0, len(s)}) {
			buf = scanMarks(s, p, buf)
			if want := refScanMarks(s, p); !slices.Equal(buf, want) {
				t.Fatalf("scanMarks(%q, %v) = %v, want %v", s, p, buf, want)
			}
		}
		// Every hit in the whole text, then every start in short windows
		// (the byte-at-a-time tail of the scans).
		for _, scan := range []struct {
			next func(string, int, int) int
			set  string
		}{{nextStopByte, ".!?\xe2"}, {nextMarkByte, "\"'`\xe2\xc2"}} {
			for i := 0; i <= len(s); i++ {
				got, want := scan.next(s, i, len(s)), refNextByte(s, i, len(s), scan.set)
				if got != want {
					t.Fatalf("next byte of %q in %q from %d = %d, want %d", scan.set, s, i, got, want)
				}
				i = got
			}
			for i := 0; i <= len(s); i++ {
				end := min(i+9, len(s))
				if got, want := scan.next(s, i, end), refNextByte(s, i, end, scan.set); got != want {
					t.Fatalf("next byte of %q in %q[%d:%d] = %d, want %d", scan.set, s, i, end, got, want)
				}
			}
		}
	})
}

// refNextByte is the byte-at-a-time loop the SWAR scans replace.
func refNextByte(s string, i, end int, set string) int {
	for ; i < end; i++ {
		if strings.IndexByte(set, s[i]) >= 0 {
			return i
		}
	}
	return end
}

// FuzzTitleWords checks the title tests of dropNames, which no longer
// build lower-case strings or word lists, against the reference copies.
func FuzzTitleWords(f *testing.F) {
	for _, s := range []string{"CNN's", "CNN\u2019S", "show", "SHOW", "Programme", "s", "'s", "\u2019s", "x\xe2\x80\x99s",
		"State of the Union", "The Art of War.", "A B C D E F", "A B C D E F G", "of Mice", "\u0130nc", "\u212Aing"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := titleCue(s), refTitleCue(s); got != want {
			t.Errorf("titleCue(%q) = %v, want %v", s, got, want)
		}
		if got, want := isTitle(s), refIsTitle(s); got != want {
			t.Errorf("isTitle(%q) = %v, want %v", s, got, want)
		}
		for _, w := range []string{"he", "she", "it", "they", "am", "pm", "etc"} {
			if got, want := lowerIs(s, w), strings.ToLower(s) == w; got != want {
				t.Errorf("lowerIs(%q, %q) = %v, want %v", s, w, got, want)
			}
		}
		for _, set := range []map[string]bool{abbreviations, sentenceStarters, titleCues} {
			if got, want := lowerIn(set, s), set[strings.ToLower(s)]; got != want {
				t.Errorf("lowerIn(%q) = %v, want %v", s, got, want)
			}
		}
	})
}

// TestLowerCaseShortcuts checks the facts about unicode.ToLower that
// titleCue relies on: only 'S' and 's' lower-case to 's', only the
// apostrophes themselves to an apostrophe.
func TestLowerCaseShortcuts(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		switch l := unicode.ToLower(r); {
		case l == 's' && r != 's' && r != 'S',
			l == '\'' && r != '\'',
			l == '’' && r != '’':
			t.Errorf("%U lower-cases to %q", r, l)
		}
	}
}

// FuzzAlnumPrefix checks the SWAR run of letters and digits against the
// byte table.
func FuzzAlnumPrefix(f *testing.F) {
	f.Add(uint64(0x6f6c6c6548))
	f.Add(uint64(0x4040405a5b7a7b60))
	f.Add(uint64(0x2f303a39414261e2))
	f.Fuzz(func(t *testing.T, x uint64) {
		want := 0
		for want < 8 && asciiWordClass[byte(x>>(8*want))] == wordLetter {
			want++
		}
		if got := alnumPrefix(x); got != want {
			t.Fatalf("alnumPrefix(%#x) = %d, want %d", x, got, want)
		}
	})
}

// TestAlnumPrefixBytes checks alnumPrefix for every byte in every lane.
func TestAlnumPrefixBytes(t *testing.T) {
	for c := range 256 {
		for lane := range 8 {
			x := uint64(0x6161616161616161) // "aaaaaaaa"
			x = x&^(0xff<<(8*lane)) | uint64(c)<<(8*lane)
			want := 8
			if asciiWordClass[c] != wordLetter {
				want = lane
			}
			if got := alnumPrefix(x); got != want {
				t.Errorf("byte %#x in lane %d: %d, want %d", c, lane, got, want)
			}
		}
	}
}

// newlineParagraphs splits s into paragraphs at newlines, as
// FromParagraphs does, leaving out empty ones.
func newlineParagraphs(s string) []Span {
	var paras []Span
	for i := 0; i <= len(s); {
		j := strings.IndexByte(s[i:], '\n')
		if j < 0 {
			j = len(s) - i
		}
		if j > 0 {
			paras = append(paras, Span{i, i + j})
		}
		i += j + 1
	}
	return paras
}
