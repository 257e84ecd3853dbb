package lexicon

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/framediff/framediff/text"
)

// comparable strips what only one reader sets (the TOML index, the
// embedded mark) and reads a list written as [] like an absent key, as
// framediff does, so two Files compare by what they say.
func comparableFile(f *File) File {
	c := *f
	c.index, c.embedded = nil, false
	c.Rules = append([]Rule(nil), f.Rules...)
	for i := range c.Rules {
		r := &c.Rules[i]
		for _, l := range []*[]string{&r.Phrases, &r.Actors, &r.Predicates, &r.Examples, &r.Counterexamples, &r.When, &r.Unless} {
			if len(*l) == 0 {
				*l = nil
			}
		}
	}
	c.Actors = append([]ActorGroup(nil), f.Actors...)
	for i := range c.Actors {
		if len(c.Actors[i].Names) == 0 {
			c.Actors[i].Names = nil
		}
	}
	if len(c.Category) == 0 {
		c.Category = nil
	}
	return c
}

// TestCompactFormsMatchTheirTOML: an embedded pack's compact form is
// exactly what its generator writes from the TOML today, and reads back
// as the same rules, lines and all, so the TOML people read is the pack
// framediff runs.
func TestCompactFormsMatchTheirTOML(t *testing.T) {
	packs, err := filepath.Glob("packs/*.toml")
	if err != nil || len(packs) < 5 {
		t.Fatalf("embedded packs: %v (%d found)", err, len(packs))
	}
	for _, tomlPath := range packs {
		cp := strings.TrimSuffix(tomlPath, ".toml") + compactExt
		fromTOML, err := readDefaultPack(tomlPath, false)
		if err != nil {
			t.Fatal(err)
		}
		fromCompact, err := readDefaultPack(tomlPath, true)
		if err != nil {
			t.Fatal(err)
		}
		if fromCompact.index == nil || reflect.DeepEqual(comparableFile(fromTOML), comparableFile(fromCompact)) == false {
			t.Errorf("%s does not say what %s says; run `go generate ./lexicon`", cp, tomlPath)
		}
		source, err := os.ReadFile(tomlPath)
		if err != nil {
			t.Fatal(err)
		}
		var want bytes.Buffer
		if err := WriteCompact(&want, fromTOML, source); err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(cp)
		if err != nil {
			t.Errorf("%s has no compact form; run `go generate ./lexicon`", tomlPath)
			continue
		}
		// A form whose TOML has changed since it was written is not used.
		if !compactIsCurrent(got, bytes.NewReader(source)) || compactIsCurrent(got, bytes.NewReader(append(bytes.Clone(source), '#'))) {
			t.Errorf("%s: its made-from line does not tell its own TOML from an edited one", cp)
		}
		if !bytes.Equal(got, want.Bytes()) {
			t.Errorf("%s is not what its TOML writes; run `go generate ./lexicon`", cp)
		}
		// An error about a default rule still points at its TOML line and column.
		last := len(fromCompact.Rules) - 1
		if last < 0 || len(fromCompact.Rules[last].Phrases) == 0 {
			continue // actor groups or claims only
		}
		r := &fromCompact.Rules[last]
		wantLine, wantCol := fromTOML.pos("rule", last, "phrases", r.Phrases[0], r.Line)
		if line, col := fromCompact.pos("rule", last, "phrases", r.Phrases[0], r.Line); line != wantLine || col != wantCol || col == 0 {
			t.Errorf("%s: position of a phrase of %s: %d:%d, want %d:%d from the TOML", cp, r.ID, line, col, wantLine, wantCol)
		}
	}
}

// TestCompactRoundTrip: every rule file the tests and packs hold survives
// WriteCompact and the reader unchanged: settings, claims, actors, cues,
// contexts and ratings.
func TestCompactRoundTrip(t *testing.T) {
	paths, _ := filepath.Glob("packs/*.toml")
	more, _ := filepath.Glob("../testdata/lexicon/*/*.toml")
	inline := map[string]string{
		"rules":    testRules,
		"contexts": contextRules,
		"settings": "[category.evaluative]\nmin_strength = 2.5\n[category.hedging]\nenabled = false\n" + ratedRules,
		"empty":    "language = \"french\"\n",
	}
	files := map[string][]byte{}
	for _, p := range append(paths, more...) {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		files[p] = data
	}
	for name, src := range inline {
		files[name+".toml"] = []byte(src)
	}
	tried := 0
	for name, data := range files {
		f, err := ParseFile(name, data)
		if err != nil {
			continue // a fixture of a broken file
		}
		tried++
		var b bytes.Buffer
		if err := WriteCompact(&b, f, data); err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		back, err := parseCompact(name, b.Bytes())
		if err != nil {
			t.Errorf("%s: reading its compact form: %v", name, err)
			continue
		}
		if got, want := comparableFile(back), comparableFile(f); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the compact form reads back as\n%+v\nwant\n%+v", name, got, want)
		}
	}
	if tried < len(paths)+len(inline) {
		t.Fatalf("only %d files parsed, want at least the %d packs and inline files", tried, len(paths)+len(inline))
	}
}

// TestWriteCompactRefusesWhatItCannotCarry: a text with a tab or a control
// character (a File not from ParseFile) or an empty list item is an error,
// not a silently different pack.
func TestWriteCompactRefusesWhatItCannotCarry(t *testing.T) {
	for _, tc := range []struct {
		name string
		rule Rule
		want string
	}{
		{"tab in a note", Rule{ID: "a", Category: Evaluative, Phrases: []string{"x"}, Note: "a\tb"}, "cannot carry"},
		{"escape in a phrase", Rule{ID: "a", Category: Evaluative, Phrases: []string{"x\x1b[31m"}}, "cannot carry"},
		{"separator in an item", Rule{ID: "a", Category: Evaluative, Phrases: []string{"x\x1fy"}}, "separator"},
		{"empty item", Rule{ID: "a", Category: Evaluative, Phrases: []string{"x", ""}}, "empty item"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := &File{Path: "made.toml", Language: "english", Name: "made", Rules: []Rule{tc.rule}}
			err := WriteCompact(&bytes.Buffer{}, f, nil)
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), "made.toml: ") {
				t.Fatalf("error %v, want one naming made.toml and saying %q", err, tc.want)
			}
		})
	}
}

// TestParseCompactErrors: a damaged compact form is an error at its line.
func TestParseCompactErrors(t *testing.T) {
	const made = "made-from\t00000000\t0\n"
	const head = compactMagic + "\n" + made + "file\tenglish\tp\t\t\n"
	rule := func(fields ...string) string { return strings.Join(append([]string{"rule"}, fields...), "\t") + "\n" }
	good := []string{"3", "p.a", "evaluative", "", "", "=a", "", "", "", "", "", "", "", "0", "", "", "", "0"}
	with := func(i int, v string) []string { g := append([]string(nil), good...); g[i] = v; return g }
	for _, tc := range []struct {
		name, data, want string
		line             int
	}{
		{"not compact", "[[rule]]\n", "not a compact rule file", 1},
		{"no made-from", compactMagic + "\nfile\tenglish\tp\t\t\n", "made from", 2},
		{"bad made-from", compactMagic + "\nmade-from\tzz\t1\n", "made from", 2},
		{"no file record", compactMagic + "\n" + made, "no file record", 2},
		{"rule first", compactMagic + "\n" + made + rule(good...), "must come first", 3},
		{"two files", head + "file\tenglish\tp\t\t\n", "a second file record", 4},
		{"unknown record", head + "ruler\tx\n", "unknown record", 4},
		{"short rule", head + "rule\t3\tp.a\n", "has 3 fields, want 19", 4},
		{"long rule", head + rule(append(good, "x")...), "too many fields", 4},
		{"bad line", head + rule(with(0, "x")...), "not a line number", 4},
		{"bad strength", head + rule(with(13, "strong")...), "not a number", 4},
		{"bad cue", head + rule(with(17, "yes")...), "not 0 or 1", 4},
		{"escape", head + rule(with(8, "\x1b]52;c;x\x07")...), "not safe to print", 4},
		{"empty item", head + rule(with(5, "=a\x1f")...), "empty list item", 4},
		{"separator in a note", head + rule(with(8, "a\x1fb")...), "not safe to print", 4},
		{"language", compactMagic + "\n" + made + "file\tklingon\tp\t\t\n", "not supported", 3},
		{"bad setting", head + "category\tevaluative\tmaybe\t-\n", "not true, false or -", 4},
		{"bad min strength", head + "category\tevaluative\t-\tlots\n", "not a number", 4},
		{"two settings", head + "category\thedging\t-\t-\ncategory\thedging\t-\t-\n", "a second category record", 5},
		{"bad actor line", head + "actor\t0\tg\tG\tx\t\n", "not a line number", 4},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parseCompact("p.toml", []byte(tc.data))
			var e *Error
			if !errors.As(err, &e) || e.Line != tc.line || !strings.Contains(e.Msg, tc.want) {
				t.Fatalf("error %v, want line %d saying %q", err, tc.line, tc.want)
			}
		})
	}
	if _, err := parseCompact("p.toml", []byte(head+rule(good...))); err != nil {
		t.Fatalf("the well-formed record: %v", err)
	}
}

// FuzzParseCompact: the reader never panics; what it accepts is safe to
// print and writes back to a form that reads the same.
func FuzzParseCompact(f *testing.F) {
	f.Add([]byte(compactMagic + "\nmade-from\t0000002a\t7\nfile\tenglish\tp\t\t\ncategory\tevaluative\ttrue\t2\nrule\t3\tp.a\tevaluative\t\t\t=a\x1fb c\t\t\tnote\t\tx a y\t\tnegative\t1.5\tadj\t_ to\t\t0\nactor\t9\tg\tG\tx\x1fy z\t\n"))
	f.Add([]byte(compactMagic + "\nmade-from\t00000000\t0\nfile\tenglish\tp\t\t\n"))
	for _, src := range []string{testRules, contextRules, ratedRules} {
		if pf, err := ParseFile("seed.toml", []byte(src)); err == nil {
			var b bytes.Buffer
			if err := WriteCompact(&b, pf, []byte(src)); err == nil {
				f.Add(b.Bytes())
			}
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		pf, err := parseCompact("fuzz.toml", data)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || e.Line < 1 {
				t.Fatalf("error without a line: %v", err)
			}
			return
		}
		for _, r := range pf.Rules {
			for _, s := range append([]string{r.ID, string(r.Category), r.Note, r.Source, r.Concept, r.Variant, r.Polarity, r.POS}, append(r.Phrases, r.Examples...)...) {
				if text.UnsafeAt(s) >= 0 {
					t.Fatalf("accepted an unsafe text %q", s)
				}
			}
		}
		var b bytes.Buffer
		if err := WriteCompact(&b, pf, nil); err != nil {
			t.Fatalf("what it read does not write: %v", err)
		}
		back, err := parseCompact("fuzz.toml", b.Bytes())
		if err != nil {
			t.Fatalf("its own output does not read: %v", err)
		}
		if !reflect.DeepEqual(comparableFile(back), comparableFile(pf)) {
			t.Fatalf("round trip changed the file")
		}
	})
}

// TestDefaultPacksPassTheirChecks: every embedded pack passes all of
// ParseFile's checks, which a start of framediff, reading its compact
// form, does not run again.
func TestDefaultPacksPassTheirChecks(t *testing.T) {
	paths, err := filepath.Glob("packs/*.toml")
	if err != nil || len(paths) < 5 {
		t.Fatalf("embedded packs: %v (%d found)", err, len(paths))
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		checked, err := ParseFile("default:"+filepath.Base(p), data)
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		atStart, err := readDefaultPack(p, true)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(comparableFile(checked), comparableFile(atStart)) {
			t.Errorf("%s: a start of framediff reads other rules than ParseFile", p)
		}
	}
	// The checks left out at start-up are real ones: a broken pack fails them.
	broken := []byte("[[rule]]\nid = \"x\"\ncategory = \"evaluative\"\nphrases = [\"a *\"]\n")
	if _, err := ParseFile("default:broken.toml", broken); err == nil {
		t.Fatal("ParseFile accepted a phrase ending in a gap")
	}
}
