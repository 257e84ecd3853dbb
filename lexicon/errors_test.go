package lexicon

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// TestRuleFileErrors checks that every kind of mistake in a rule file is
// reported, at the line and column of the mistake, and that the whole
// message reads as the golden file says.
func TestRuleFileErrors(t *testing.T) {
	tests := []struct {
		file string
		pos  string // the line:col the first error must point at
		msg  string // a part of its message
	}{
		{"syntax.toml", "6:19", "expected a comma"},
		{"unknown-key.toml", "13:4", `unknown key "rule.notes" (did you mean "note"?)`},
		{"duplicate-id.toml", "9:6", `duplicate rule id "eval.same"`},
		{"empty-phrase.toml", "8:3", "empty phrase in phrases"},
		{"missing-actor.toml", "10:24", `refers to actor group "@iran-govt", which no rule file defines (did you mean "@iran-gov"?)`},
		{"stems-to-nothing.toml", "6:25", `phrase "--" has no words`},
		{"unknown-category.toml", "5:12", `unknown category "loaded"`},
		{"unsupported-language.toml", "1:12", `language "klingon" is not supported`},
		{"wrong-type.toml", "11:11", "phrases must be a list of strings"},
		{"shadowed.toml", "11:12", `phrase "brutality" of rule "eval.second" never matches: rule "eval.first"`},
		{"bad-gap.toml", "6:12", "a gap (*) must stand between two words"},
		{"bad-context.toml", "7:9", `when pattern "will": it needs "_" for the matched words`},
		{"bad-strength.toml", "8:12", "strength must be a number, like 1.5"},
		{"bad-setting.toml", "3:1", `settings for unknown category "loaded"`},
	}
	for _, tt := range tests {
		t.Run(strings.TrimSuffix(tt.file, ".toml"), func(t *testing.T) {
			path := filepath.Join("..", "testdata", "lexicon", "errors", tt.file)
			err := Check([]string{path}, false)
			if err == nil {
				t.Fatal("no error")
			}
			var es Errors
			if !errors.As(err, &es) {
				t.Fatalf("error %T is not Errors: %v", err, err)
			}
			want := fmt.Sprintf("%s:%s: ", path, tt.pos)
			if got := es[0].Error(); !strings.HasPrefix(got, want) || !strings.Contains(got, tt.msg) {
				t.Errorf("first error\n got: %s\nwant: %s...%s", got, want, tt.msg)
			}
			for _, e := range es {
				if e.Line < 1 || e.File != path {
					t.Errorf("error without a position: %#v", e)
				}
			}
			golden.RequireEqual(t, err.Error()+"\n")
		})
	}
}

// TestUnknownKeyInEveryTable checks the unknown-key position when the same
// typo appears in several tables, at the top level, and as a table.
func TestUnknownKeyInEveryTable(t *testing.T) {
	src := `language = "english"
nmae = "typo"

[[rule]]
id = "a"
category = "evaluative"
phrases = ["brutal"]
exmples = ["brutal"]

[[rule]]
id = "b"
category = "evaluative"
phrases = ["savage"]
exmples = ["savage"]

[[actor]]
id = "g"
names = ["Iran"]
lable = "x"

[[rules]]
id = "c"
`
	_, err := ParseFile("t.toml", []byte(src))
	var es Errors
	if !errors.As(err, &es) {
		t.Fatalf("want Errors, got %v", err)
	}
	want := []string{
		`t.toml:2:1: unknown key "nmae" (did you mean "name"?)`,
		`t.toml:8:1: unknown key "rule.exmples" (did you mean "examples"?)`,
		`t.toml:14:1: unknown key "rule.exmples" (did you mean "examples"?)`,
		`t.toml:19:1: unknown key "actor.lable" (did you mean "label"?)`,
		`t.toml:21:1: unknown key "rules" (did you mean "rule"?)`,
	}
	if len(es) != len(want) {
		t.Fatalf("got %d errors, want %d:\n%v", len(es), len(want), err)
	}
	for i, w := range want {
		if got := es[i].Error(); got != w {
			t.Errorf("error %d\n got: %s\nwant: %s", i, got, w)
		}
	}
}

// TestValidateAcrossFiles checks duplicate ids and actor references that
// span two files.
func TestValidateAcrossFiles(t *testing.T) {
	a, err := ParseFile("a.toml", []byte("[[actor]]\nid = \"g\"\nnames = [\"Iran\"]\n\n[[rule]]\nid = \"r\"\ncategory = \"hedging\"\nphrases = [\"perhaps\"]\n"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := ParseFile("b.toml", []byte("[[rule]]\nid = \"c\"\ncategory = \"claim\"\nactors = [\"@g\"]\npredicates = [\"deny\"]\n\n[[rule]]\nid = \"r\"\ncategory = \"hedging\"\nphrases = [\"maybe\"]\n"))
	if err != nil {
		t.Fatal(err)
	}
	err = (&Lexicon{Files: []*File{a, b}}).Validate()
	want := `b.toml:8:6: duplicate rule id "r" (first defined at a.toml:5)`
	if err == nil || err.Error() != want {
		t.Errorf("got %v, want %s", err, want)
	}
	if err := (&Lexicon{Files: []*File{b}}).Validate(); err == nil || !strings.Contains(err.Error(), `b.toml:4:11: rule "c" refers to actor group "@g"`) {
		t.Errorf("missing actor group in b alone: %v", err)
	}
}
