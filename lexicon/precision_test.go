package lexicon

import (
	"slices"
	"strings"
	"testing"
)

// compileFiles parses rule files given as text, in order, and compiles them.
func compileFiles(t *testing.T, texts ...string) *Set {
	t.Helper()
	var files []*File
	for i, txt := range texts {
		f, err := ParseFile("test"+string(rune('a'+i))+".toml", []byte(txt))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	set, err := Compile(&Lexicon{Files: files})
	if err != nil {
		t.Fatal(err)
	}
	return set
}

// ids lists the rule ids that match text.
func ids(set *Set, text string) []string {
	var out []string
	for _, m := range set.For("english").Match(text) {
		if m.Rule != nil {
			out = append(out, m.Rule.ID)
		}
	}
	return out
}

const contextRules = `
[[rule]]
id = "hedge.likely"
category = "hedging"
phrases = ["=likely"]
when = ["_ to", "will _", "it is _"]
examples = ["it will likely rain"]

[[rule]]
id = "eval.crude"
category = "evaluative"
phrases = ["=crude"]
unless = ["_ oil", "brent _"]
examples = ["a crude joke"]
`

func TestContextConditions(t *testing.T) {
	set := compileFiles(t, contextRules)
	tests := []struct {
		text string
		want []string
	}{
		{"the bill is likely to pass", []string{"hedge.likely"}},
		{"it will likely rain", []string{"hedge.likely"}},
		{"it is likely.", []string{"hedge.likely"}},
		{"the likely nominee", nil},
		{"it will. Likely not", nil}, // the sentence ends between "will" and "likely"
		{"a crude joke", []string{"eval.crude"}},
		{"crude oil fell", nil},
		{"Brent crude fell", nil},
		{"crude. Oil fell", []string{"eval.crude"}}, // "oil" is in the next sentence
	}
	for _, tt := range tests {
		if got := ids(set, tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("%q: matched %v, want %v", tt.text, got, tt.want)
		}
	}
}

const ratedRules = `
[[rule]]
id = "eval.strong"
category = "evaluative"
phrases = ["=despicable"]
strength = 3.1
examples = ["a despicable act"]

[[rule]]
id = "eval.mild"
category = "evaluative"
phrases = ["=awkward"]
strength = 1.2
examples = ["an awkward moment"]

[[rule]]
id = "eval.unrated"
category = "evaluative"
phrases = ["=stunt"]
examples = ["a stunt"]

[[rule]]
id = "hedge.perhaps"
category = "hedging"
phrases = ["perhaps"]
examples = ["perhaps"]
`

func TestCategorySettings(t *testing.T) {
	const text = "perhaps a despicable, awkward stunt"
	tests := []struct {
		name     string
		settings []string
		want     []string
	}{
		{"none", nil, []string{"hedge.perhaps", "eval.strong", "eval.mild", "eval.unrated"}},
		{"min strength keeps unrated rules", []string{"[category.evaluative]\nmin_strength = 2.0\n"}, []string{"hedge.perhaps", "eval.strong", "eval.unrated"}},
		{"category off", []string{"[category.hedging]\nenabled = false\n"}, []string{"eval.strong", "eval.mild", "eval.unrated"}},
		{"a later file wins", []string{"[category.hedging]\nenabled = false\n", "[category.hedging]\nenabled = true\n[category.evaluative]\nmin_strength = 3.5\n"},
			[]string{"hedge.perhaps", "eval.unrated"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			set := compileFiles(t, append([]string{ratedRules}, tt.settings...)...)
			if got := ids(set, text); !slices.Equal(got, tt.want) {
				t.Errorf("matched %v, want %v", got, tt.want)
			}
			// Rules switched off are not tested either: their examples
			// would fail for no fault of theirs.
			for _, r := range set.RunExamples() {
				if !r.Passed() {
					t.Error(r.Failure)
				}
			}
		})
	}
}

func TestCueRule(t *testing.T) {
	set := compileFiles(t, `
[[rule]]
id = "attr.neutral"
category = "attribution"
phrases = ["said"]
cue = true
examples = ["she said"]
`)
	ms := set.For("english").Match("she said")
	if len(ms) != 1 || !ms[0].Rule.Cue {
		t.Fatalf("matches %+v, want one cue", ms)
	}
}

func TestDefaultNeutralVerbsAreCues(t *testing.T) {
	set := defaultSet(t)
	for _, m := range set.For("english").Match("Price said, according to the ministry, that she claimed it") {
		if m.Category != Attribution {
			continue
		}
		if want := m.Rule.ID == "attr.neutral"; m.Rule.Cue != want {
			t.Errorf("%q (%s): cue %v, want %v", m.Surface, m.Rule.ID, m.Rule.Cue, want)
		}
	}
}

// TestDefaultPacksNotShadowed runs the shadowing check that Compile skips
// for the embedded packs: every phrase of every default rule can match.
func TestDefaultPacksNotShadowed(t *testing.T) {
	if errs := defaultSet(t).shadowed(true); len(errs) > 0 {
		t.Fatal(errs)
	}
}

// TestRuleLines: rule lines come from a quick look at the [[rule]] headers,
// and from the full scan when a multi-line string could fool that look.
func TestRuleLines(t *testing.T) {
	tests := []struct {
		name, src string
		want      []int
	}{
		{"plain", "language = \"english\"\n\n[[rule]]\nid = \"a\"\ncategory = \"evaluative\"\nphrases = [\"=a\"]\n  [[rule]]\nid = \"b\"\ncategory = \"evaluative\"\nphrases = [\"=b\"]\n", []int{3, 7}},
		{"header in a multi-line string", "[[rule]]\nid = \"a\"\ncategory = \"evaluative\"\nphrases = [\"=a\"]\nnote = \"\"\"\n[[rule]]\n\"\"\"\n\n[[rule]]\nid = \"b\"\ncategory = \"evaluative\"\nphrases = [\"=b\"]\n", []int{1, 9}},
	}
	for _, tt := range tests {
		f, err := ParseFile("lines.toml", []byte(tt.src))
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		var got []int
		for _, r := range f.Rules {
			got = append(got, r.Line)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: rule lines %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestExplainShowsGrading(t *testing.T) {
	set := compileFiles(t, ratedRules, `
[[rule]]
id = "attr.neutral"
category = "attribution"
phrases = ["said"]
cue = true
examples = ["she said"]
`)
	var b strings.Builder
	if err := WriteExplanation(&b, set.For("english"), "a despicable act, she said"); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"strength 3.1", "cue, not loaded language"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("explanation lacks %q:\n%s", want, b.String())
		}
	}
}
