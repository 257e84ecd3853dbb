package lexicon

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// FuzzParseFile: the parser never panics, and either returns a File or
// Errors whose every entry has a line.
func FuzzParseFile(f *testing.F) {
	paths, _ := filepath.Glob("packs/*.toml")
	more, _ := filepath.Glob("../testdata/lexicon/*/*.toml")
	for _, p := range append(paths, more...) {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		if len(data) > 64<<10 {
			continue // the generated pack: each mutation of it would parse half a megabyte
		}
		f.Add(data)
	}
	f.Add([]byte(testRules))
	f.Add([]byte(contextRules))
	f.Add([]byte("[category.evaluative]\nmin_strength = 2.0\n[category.hedging]\nenabled = false\n" + ratedRules))
	f.Add([]byte("[[rule]]\nid = 'a'\ncategory = \"naming\"\nphrases = [\"\"\"x\ny\"\"\"]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := ParseFile("fuzz.toml", data)
		if err == nil {
			if file == nil {
				t.Fatal("nil File without an error")
			}
			// A file that parses must compile or fail with Errors too.
			if len(file.Rules)+len(file.Actors) > 20 {
				return // compiling the big packs on every input would starve the fuzzer
			}
			if _, err := Compile(&Lexicon{Files: []*File{file}}); err != nil {
				var es Errors
				if !errors.As(err, &es) {
					t.Fatalf("Compile error %T: %v", err, err)
				}
			}
			return
		}
		var es Errors
		if !errors.As(err, &es) || len(es) == 0 {
			t.Fatalf("error %T is not Errors: %v", err, err)
		}
		for _, e := range es {
			if e.Line < 1 || e.Col < 0 || e.File != "fuzz.toml" {
				t.Fatalf("bad position in %q", e.Error())
			}
		}
	})
}

// FuzzMatch: matches lie inside the text, are sorted by start (longer
// first), show the text they cover, and never overlap within a category.
func FuzzMatch(f *testing.F) {
	for _, s := range []string{
		"Israeli occupation forces in Kiev, not Kyiv; the US told us.",
		"what they called \"Iran's threats\"",
		"Iran did not deny. Tehran denied!",
		"occupation’s \u0301 ü Ü \xff\xfe 'quoted' it's",
		"",
	} {
		f.Add(s)
	}
	set := defaultSet(f)
	test := testSet(f)
	f.Fuzz(func(t *testing.T, text string) {
		for _, m := range []*Matcher{set.For("english"), test.For("english"), set.For("russian")} {
			ms := m.Match(text)
			for i, mt := range ms {
				if mt.Start < 0 || mt.End > len(text) || mt.Start >= mt.End {
					t.Fatalf("span %d-%d out of range (len %d)", mt.Start, mt.End, len(text))
				}
				if mt.Surface != text[mt.Start:mt.End] {
					t.Fatalf("surface %q != text %q", mt.Surface, text[mt.Start:mt.End])
				}
				if utf8.ValidString(text) && !utf8.ValidString(mt.Surface) {
					t.Fatalf("match splits a rune: %q", mt.Surface)
				}
				if i > 0 {
					p := ms[i-1]
					if p.Start > mt.Start || p.Start == mt.Start && p.End < mt.End {
						t.Fatalf("not sorted: %d-%d before %d-%d", p.Start, p.End, mt.Start, mt.End)
					}
				}
				for _, o := range ms[:i] {
					if o.Category == mt.Category && o.Start < mt.End && mt.Start < o.End {
						t.Fatalf("%s matches overlap: %q and %q", mt.Category, o.Surface, mt.Surface)
					}
				}
			}
			for _, c := range m.Claims(text, []Span{{0, len(text)}}) {
				if c.Predicate.Start < c.Actor.End || c.Predicate.End > len(text) {
					t.Fatalf("claim spans %+v", c)
				}
			}
		}
	})
}
