package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/text"
)

// run executes the CLI in-process, as a user would from the shell.
func run(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	cmd := newRootCmd()
	var out, errb bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetErr(&errb)
	cmd.SetIn(strings.NewReader(""))
	cmd.SetArgs(args)
	err := cmd.Execute()
	return out.String(), errb.String(), err
}

func TestReportOnDemoByDefault(t *testing.T) {
	out, _, err := run(t, "report")
	if err != nil {
		t.Fatal(err)
	}
	i := strings.Index(out, "1. **naming**")
	j := strings.Index(out, "2. **speech act** (salience 0.78): Denial by Iran")
	if i < 0 || j < i || !strings.Contains(out, "embedded demo corpus") {
		t.Fatalf("demo report does not lead with naming then the claim:\n%s", out[:min(len(out), 2000)])
	}
}

func TestReportJSONToFile(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "r.json")
	if _, _, err := run(t, "report", "--format", "json", "-o", out, "testdata/seeds"); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	if _, ok := doc["differences"].([]any); !ok {
		t.Fatal("no differences list in the JSON report")
	}
}

// TestJSONReportHasNoNull: docs/report-schema.md gives every field a type
// ([object], object, string ...) and none is null, so a story of one outlet,
// of fewer than three outlets (no pairwise keyness) or with an article
// without highlights still writes [] and {} where there is nothing.
func TestJSONReportHasNoNull(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	loaded := write("loaded.txt", "outlet: Example Wire\n\nThe occupation state expanded its brutal operations on Monday, officials said.\n")
	quiet := write("quiet.txt", "outlet: Quiet Wire\n\nThe weather was mild on Monday.\n")
	for _, tc := range []struct {
		name   string
		inputs []string
	}{
		{"one outlet", []string{loaded}},
		{"an article without highlights", []string{loaded, quiet}},
		{"two outlets from records", []string{"examples/records/two-outlets.jsonl"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, _, err := run(t, append([]string{"report", "-f", "json"}, tc.inputs...)...)
			if err != nil {
				t.Fatal(err)
			}
			var doc any
			if err := json.Unmarshal([]byte(out), &doc); err != nil {
				t.Fatal(err)
			}
			if path := firstNull(doc, ""); path != "" {
				t.Errorf("%s is null", path)
			}
		})
	}
}

// firstNull is the path of the first null in a decoded JSON value, or "".
func firstNull(v any, path string) string {
	switch v := v.(type) {
	case nil:
		return path
	case map[string]any:
		for k, x := range v {
			if p := firstNull(x, path+"."+k); p != "" {
				return p
			}
		}
	case []any:
		for i, x := range v {
			if p := firstNull(x, fmt.Sprintf("%s[%d]", path, i)); p != "" {
				return p
			}
		}
	}
	return ""
}

func TestUserFilesWithOutletFlagAndBadFile(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "a.txt")
	bad := filepath.Join(dir, "empty.txt")
	body := "The occupation state expanded its operations on Monday, officials in the region said, as talks on the ceasefire stalled for a third week in a row."
	os.WriteFile(good, []byte(body), 0o644)
	os.WriteFile(bad, nil, 0o644)
	before, _ := os.ReadFile(good)
	out, errOut, err := run(t, "report", "--outlet", "Example Wire", good, bad)
	var partial *partialLoadError
	if !errors.As(err, &partial) || err.Error() != "1 input was skipped (listed above); the results cover the 1 article read" {
		t.Fatalf("a batch with a skipped file ends with %v, want the count of skipped inputs", err)
	}
	if !strings.Contains(errOut, "empty.txt") || !strings.Contains(errOut, "empty file") {
		t.Errorf("the bad file is not reported by name: %q", errOut)
	}
	if !strings.Contains(out, "Example Wire (flag)") {
		t.Errorf("outlet and its source not shown:\n%s", out)
	}
	if after, _ := os.ReadFile(good); !bytes.Equal(before, after) {
		t.Error("input file was modified")
	}
}

func TestLexiconCommands(t *testing.T) {
	out, _, err := run(t, "lexicon", "test")
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if !strings.Contains(out, " passed, 0 failed") {
		t.Fatalf("lexicon test output: %s", out)
	}
	bad := filepath.Join(t.TempDir(), "bad.toml")
	os.WriteFile(bad, []byte("language = \"english\"\n\n[[rule]]\nid = \"x\"\ncategory = \"nonsense\"\nphrases = [\"a b\"]\n"), 0o644)
	_, _, err = run(t, "lexicon", "check", bad)
	if err == nil || !strings.Contains(err.Error(), "bad.toml:5") {
		t.Fatalf("bad rule file error: %v", err)
	}
}

// TestLexiconTestCountsFailures: lexicon test fails with a sentence that
// counts the failed examples, singular or plural.
func TestLexiconTestCountsFailures(t *testing.T) {
	dir := t.TempDir()
	rule := func(id, example string) string {
		return fmt.Sprintf("\n[[rule]]\nid = %q\ncategory = \"naming\"\nconcept = \"the estate tax\"\nvariant = %q\nphrases = [%q]\nexamples = [%q]\n", id, id, id, example)
	}
	for _, tc := range []struct {
		name, rules, want string
	}{
		{"one", rule("death tax", "the estate tax"), "1 rule example failed"},
		{"two", rule("death tax", "the estate tax") + rule("inheritance levy", "the estate tax"), "2 rule examples failed"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, tc.name+".toml")
			if err := os.WriteFile(path, []byte("language = \"english\"\nname = \"failing\"\n"+tc.rules), 0o644); err != nil {
				t.Fatal(err)
			}
			_, _, err := run(t, "lexicon", "test", "--no-default-lexicon", path)
			if err == nil || err.Error() != tc.want {
				t.Fatalf("lexicon test ended with %v, want %q", err, tc.want)
			}
		})
	}
}

// TestLexiconExplainWithUserRules: explain reads rule files named by
// --lexicon, so a user can see how their own rules read a sentence, as
// docs/lexicon.md shows.
func TestLexiconExplainWithUserRules(t *testing.T) {
	const sentence = "An illegal walkout by dockers"
	for _, tc := range []struct {
		name    string
		args    []string
		want    string // in the output, or in the error when wantErr
		wantErr bool
	}{
		{"the user's rule matches, cited by file:line",
			[]string{"lexicon", "explain", "--lexicon", "examples/my-rules.toml", sentence},
			"naming strike.walkout (the strike: walkout)\n      phrase \"illegal walkout\", stems \"illeg walkout\", examples/my-rules.toml:8", false},
		{"only the user's rules",
			[]string{"lexicon", "explain", "--no-default-lexicon", "--lexicon", "examples/my-rules.toml", sentence},
			"examples/my-rules.toml:8", false},
		{"a missing rule file is an error naming it",
			[]string{"lexicon", "explain", "--lexicon", "no-such-rules.toml", sentence},
			"no-such-rules.toml: no such rule file or folder", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, _, err := run(t, tc.args...)
			switch {
			case tc.wantErr && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Fatalf("framediff %s: error %v, want one containing %q", strings.Join(tc.args, " "), err, tc.want)
			case !tc.wantErr && err != nil:
				t.Fatalf("framediff %s: %v", strings.Join(tc.args, " "), err)
			case !tc.wantErr && !strings.Contains(out, tc.want):
				t.Fatalf("framediff %s: output lacks %q:\n%s", strings.Join(tc.args, " "), tc.want, out)
			}
		})
	}
	out, _, err := run(t, "lexicon", "explain", sentence)
	if err != nil || strings.Contains(out, "strike.walkout") {
		t.Fatalf("without --lexicon the example rules are not loaded: %v\n%s", err, out)
	}
}

// TestREADMEExamples runs the README's examples that use the files in examples/.
func TestREADMEExamples(t *testing.T) {
	for _, args := range [][]string{
		{"lexicon", "check", "examples/my-rules.toml"},
		{"lexicon", "test", "examples/my-rules.toml"},
		{"report", "examples/records/two-outlets.jsonl"},
		{"report", "--format", "csv", "examples/records/two-outlets.jsonl"},
		{"kwic", "Israel"},
		{"lexicon", "list"},
		{"lexicon", "explain", "the so-called occupation state"},
	} {
		if out, _, err := run(t, args...); err != nil || out == "" {
			t.Errorf("framediff %s: %v (output %d bytes)", strings.Join(args, " "), err, len(out))
		}
	}
	out, _, err := run(t, "report", "--lexicon", "examples/my-rules.toml", "examples/records/two-outlets.jsonl")
	if err != nil || !strings.Contains(out, "1. **naming** (salience") || !strings.Contains(out, "Naming of the strike") {
		t.Fatalf("user lexicon does not lead the report: %v\n%s", err, out)
	}
}

// TestEvalToolsLeftTheUserBinary: the research evaluation is
// cmd/framediff-eval, not a hidden framediff subcommand.
func TestEvalToolsLeftTheUserBinary(t *testing.T) {
	for _, c := range newRootCmd().Commands() {
		if c.Name() == "eval" {
			t.Fatal("framediff still has an eval command")
		}
	}
}

// runCommandLine runs the command line as main does (fang, its error
// handler and the exit code) in the folder dir.
func runCommandLine(t *testing.T, dir string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	t.Chdir(dir)
	root := newRootCmd()
	var out, errb bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&errb)
	root.SetIn(strings.NewReader(""))
	root.SetArgs(args)
	code = execute(t.Context(), root)
	return out.String(), errb.String(), code
}

// TestErrorsPrintWhatTheUserTyped checks stderr byte for byte: paths as
// typed (fang would print "./Lex/Myrules.toml"), one problem per line, and
// sentences in place of the system calls' and parsers' own wording.
func TestErrorsPrintWhatTheUserTyped(t *testing.T) {
	dir := t.TempDir()
	os.Mkdir(filepath.Join(dir, "Lex"), 0o755)
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("Lex/MyRules.toml", "language = \"english\"\n\n[[rule]]\nid = \"x\"\ncategory = \"naming\"\nconcept = \"Israel\"\nvariant = \"the state\"\nphrases = [\"occupation state\", 7]\n")
	write("Lex/TwoProblems.toml", "language = \"english\"\n\n[[rule]]\nid = \"x\"\ncategory = \"nonsense\"\nphrases = [\"a b\"]\n\n[[rule]]\nid = \"y\"\ncategory = \"naming\"\nphrases = [\"a b\"]\n")
	write("NotAFolder", "")
	write("Article.txt", "outlet: Example Wire\n\nThe minister said the talks would resume on Monday, officials said.\n")
	write("Other.txt", "outlet: Other Wire\n\nThe spokesman denied the report and said the talks were over.\n")
	write("Lex/Good.toml", "language = \"english\"\n\n[[rule]]\nid = \"talks\"\ncategory = \"evaluative\"\nphrases = [\"talks\"]\n")
	write("Manifest.csv", "path,outlet\na.txt,Example Wire\n\"b.txt,Example Wire\n")
	for _, tc := range []struct {
		name   string
		args   []string
		stderr string
	}{
		{"mixed-case rule file, error at line:col",
			[]string{"lexicon", "check", "./Lex/MyRules.toml"},
			"./Lex/MyRules.toml:8:11: phrases must be a list of strings, like [\"a\", \"b\"]\n"},
		{"two problems in one file, one per line",
			[]string{"lexicon", "check", "./Lex/TwoProblems.toml"},
			"./Lex/TwoProblems.toml:5:12: rule \"x\": unknown category \"nonsense\" (known: naming, evaluative, attribution, distancing, hedging, claim, frame)\n" +
				"./Lex/TwoProblems.toml:8:1: naming rule \"y\" needs a concept and a variant\n"},
		{"a folder of rule files keeps the folder as typed",
			[]string{"lexicon", "check", "./Lex/"},
			"./Lex/MyRules.toml:8:11: phrases must be a list of strings, like [\"a\", \"b\"]\n" +
				"./Lex/TwoProblems.toml:5:12: rule \"x\": unknown category \"nonsense\" (known: naming, evaluative, attribution, distancing, hedging, claim, frame)\n" +
				"./Lex/TwoProblems.toml:8:1: naming rule \"y\" needs a concept and a variant\n"},
		{"missing rule file",
			[]string{"report", "--lexicon", "Lex/Missing.toml"},
			"framediff: Lex/Missing.toml: no such rule file or folder\n"},
		{"a malformed manifest row and a row naming a missing file",
			[]string{"report", "--manifest", "Manifest.csv", "Lex"},
			"framediff: skipped Manifest.csv:3: malformed CSV at column 21: extraneous or missing \" in quoted-field\n" +
				"framediff: skipped Manifest.csv:2: no file a.txt (listed in the manifest)\n" +
				"framediff: no articles could be read\n"},
		{"missing input file",
			[]string{"report", "Missing.txt"},
			"framediff: skipped Missing.txt: no such file or directory\nframediff: no articles could be read\n"},
		{"-o into a folder that does not exist",
			[]string{"report", "-o", "No/Such/Out.md"},
			"framediff: cannot write the report to No/Such/Out.md: the folder No/Such does not exist\n"},
		{"-o under a file",
			[]string{"report", "-o", "NotAFolder/Out.md"},
			"framediff: cannot write the report to NotAFolder/Out.md: NotAFolder is not a folder\n"},
		{"-o naming a folder",
			[]string{"report", "-o", "Lex"},
			"framediff: cannot write the report to Lex: it is a folder\n"},
		{"-o onto an input file",
			[]string{"report", "-o", "Article.txt", "Article.txt", "Other.txt"},
			"framediff: cannot write the report to Article.txt: it is one of the input files\n"},
		{"-o onto a rule file",
			[]string{"report", "--lexicon", "Lex/Good.toml", "-o", "./Lex/Good.toml", "Article.txt", "Other.txt"},
			"framediff: cannot write the report to ./Lex/Good.toml: it is the input file Lex/Good.toml\n"},
		{"--max-size not a number",
			[]string{"report", "--max-size", "16MB"},
			"framediff: --max-size \"16MB\": not a whole number\nRun 'framediff report --help' for usage.\n"},
		{"--language a typo, refused before highlights silently turn off",
			[]string{"report", "--language", "englsh", "Lex"},
			"framediff: --language \"englsh\": not a language framediff knows (analysed: english, spanish, french, russian, swedish, norwegian, hungarian; recognised, without highlights: german, dutch, italian, portuguese)\nRun 'framediff report --help' for usage.\n"},
		{"--language on lexicon explain",
			[]string{"lexicon", "explain", "--language", "klingon", "x"},
			"framediff: --language \"klingon\": not a language framediff knows (analysed: english, spanish, french, russian, swedish, norwegian, hungarian; recognised, without highlights: german, dutch, italian, portuguese)\nRun 'framediff lexicon explain --help' for usage.\n"},
		{"--story out of range",
			[]string{"stories", "--story", "99999999999999999999"},
			"framediff: --story \"99999999999999999999\": the number is too large\nRun 'framediff stories --help' for usage.\n"},
		{"unknown report format, refused before the inputs are read",
			[]string{"report", "--format", "yaml", "Lex"},
			"framediff: unknown report format \"yaml\" (known: md, json, html, csv)\nRun 'framediff report --help' for usage.\n"},
		{"unknown profile format, refused before the inputs are read",
			[]string{"stories", "--profile", "--format", "yaml", "Lex"},
			"framediff: the corpus profile is written as md or json, not \"yaml\"\nRun 'framediff stories --help' for usage.\n"},
		{"--story on stories, which lists every story",
			[]string{"stories", "--story", "2", "Lex"},
			"framediff: --story picks one story to compare; stories lists them all (compare one with framediff --story N or framediff report --story N)\nRun 'framediff stories --help' for usage.\n"},
		{"--format on the story list, which is text only",
			[]string{"stories", "--format", "json", "Lex"},
			"framediff: --format applies to the --profile output; the story list is plain text\nRun 'framediff stories --help' for usage.\n"},
		{"missing argument",
			[]string{"lexicon", "check"},
			"framediff: lexicon check: requires at least 1 arg(s), only received 0\nRun 'framediff lexicon check --help' for usage.\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, stderr, code := runCommandLine(t, dir, tc.args...)
			if stderr != tc.stderr || code != 1 {
				t.Errorf("framediff %s: exit %d, stderr\n%s\nwant exit 1, stderr\n%s", strings.Join(tc.args, " "), code, stderr, tc.stderr)
			}
		})
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".*.tmp-*")); len(left) > 0 {
		t.Errorf("a failed write left temporary files: %v", left)
	}
}

// TestMain runs main itself when a test starts this test binary with
// runMainEnv set, so tests can run the real process: its exit code, and
// what fang writes to os.Stdout directly (the man page).
func TestMain(m *testing.M) {
	if os.Getenv(runMainEnv) == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

const runMainEnv = "FRAMEDIFF_TEST_RUN_MAIN"

// runProcess runs framediff as a separate process in dir.
func runProcess(t *testing.T, dir string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), runMainEnv+"=1")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Fatal(err)
	}
	return out.String(), errb.String(), cmd.ProcessState.ExitCode()
}

// TestProcessExitCodesAndManPage checks the real process: exit code 0 and a
// roff page from `framediff man` (documented in the README), exit code 1
// and the plain error lines on a failure.
func TestProcessExitCodesAndManPage(t *testing.T) {
	dir := t.TempDir()
	out, stderr, code := runProcess(t, dir, "man")
	if code != 0 || !strings.HasPrefix(out, ".TH FRAMEDIFF 1") || !strings.Contains(out, "lexicon") {
		t.Errorf("framediff man: exit %d, stderr %q, stdout starts %q", code, stderr, out[:min(len(out), 80)])
	}
	_, stderr, code = runProcess(t, dir, "report", "Missing.txt")
	if want := "framediff: skipped Missing.txt: no such file or directory\nframediff: no articles could be read\n"; code != 1 || stderr != want {
		t.Errorf("framediff report Missing.txt: exit %d, stderr %q, want exit 1, stderr %q", code, stderr, want)
	}
	for name, text := range map[string]string{
		"a.txt": "outlet: Example Wire\n\nThe minister said the talks would resume on Monday.\n",
		"b.txt": "outlet: Other Wire\n\nThe spokesman denied the report and said the talks were over.\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, stderr, code = runProcess(t, dir, "report", "a.txt", "Missing.txt", "b.txt")
	want := "framediff: skipped Missing.txt: no such file or directory\n" +
		"framediff: 1 input was skipped (listed above); the results cover the 2 articles read\n"
	if code != 3 || stderr != want || !strings.Contains(out, "Example Wire") {
		t.Errorf("framediff report with one missing input: exit %d, stderr %q, want exit 3, stderr %q and the report", code, stderr, want)
	}
}

// TestHostileRuleFile runs every command that shows rule text on a rule
// file whose every field carries terminal escapes (clipboard write, link,
// window title, clear screen, 8-bit CSI/OSC), backspaces, a carriage return
// and a bidi override, and checks the bytes that reach stdout and stderr.
func TestHostileRuleFile(t *testing.T) {
	lex := []string{"--no-default-lexicon", "--lexicon", "testdata/hostile/rules.toml"}
	arts := []string{"testdata/hostile/a.txt", "testdata/hostile/b.txt"}
	commands := [][]string{
		{"lexicon", "check", "testdata/hostile/rules.toml"},
		{"lexicon", "list", "testdata/hostile/rules.toml"},
		{"lexicon", "test", "testdata/hostile/rules.toml"},
		append(append([]string{"kwic", "ceasefire"}, lex...), arts...),
		append(append([]string{"kwic", "Gaza"}, lex...), arts...),
	}
	for _, format := range []string{"md", "json", "csv", "html"} {
		commands = append(commands, append(append([]string{"report", "--format", format}, lex...), arts...))
	}
	for _, args := range commands {
		out, errOut, err := run(t, args...)
		if err != nil {
			t.Errorf("%v: %v\n%s", args, err, errOut)
		}
		for name, s := range map[string]string{"stdout": out, "stderr": errOut} {
			if i := text.UnsafeAt(s); i >= 0 {
				t.Errorf("%v: %s carries %q at byte %d", args, name, s[i:min(len(s), i+12)], i)
			}
		}
	}
	// The rules still work on their cleaned text.
	out, _, _ := run(t, append(append([]string{"kwic", "ceasefire"}, lex...), arts...)...)
	if !strings.Contains(out, "ceasefire") || !strings.Contains(out, "Example Wire") {
		t.Errorf("the sanitized rule no longer matches:\n%s", out)
	}
}

// TestHostileFileNames: a file named with a window-title escape and a bidi
// override, in a folder named with a clear-screen sequence (its outlet),
// and one that cannot be read, reach no output raw: not the report's
// corpus line, sources or outlet, nor the skipped line on stderr.
func TestHostileFileNames(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "Wire\x1b[2J")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	good := filepath.Join(dir, "a\x1b]0;owned\x07\u202e.txt")
	if err := os.WriteFile(good, []byte("The ceasefire held on Monday, officials said, as talks went on in Cairo.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "b\x1b]52;c;AA\x07.txt")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"md", "json", "csv", "html"} {
		for _, args := range [][]string{{dir}, {good, empty}} {
			out, errOut, _ := run(t, append([]string{"report", "--format", format}, args...)...)
			for name, s := range map[string]string{"stdout": out, "stderr": errOut} {
				if i := text.UnsafeAt(s); i >= 0 {
					t.Errorf("%s %v: %s carries %q at byte %d", format, args, name, s[i:min(len(s), i+12)], i)
				}
			}
			if !strings.Contains(errOut, "skipped") || (format != "csv" && !strings.Contains(out, "a.txt")) {
				t.Errorf("%s %v: the report or the skipped line is missing:\n%s\n%s", format, args, errOut, out[:min(len(out), 400)])
			}
		}
	}
}

// TestKWICSearchesTheWholeCorpus: on a corpus of many stories, kwic counts
// every occurrence in every article (as a plain count of the word does),
// not those of the story framediff would open.
func TestKWICSearchesTheWholeCorpus(t *testing.T) {
	dir := filepath.Join("..", "shared", "eval", "abp-middle-east")
	out, stderr, err := run(t, "kwic", "Netanyahu", dir)
	if err != nil {
		t.Fatal(err)
	}
	res, err := corpus.Load([]string{dir}, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	word := regexp.MustCompile(`(?i)\bnetanyahu\b`)
	want := 0
	for _, a := range res.Articles {
		want += len(word.FindAllStringIndex(a.Text, -1))
	}
	if !strings.Contains(stderr, fmt.Sprintf("searching all %d articles", len(res.Articles))) ||
		!strings.Contains(out, fmt.Sprintf("%d occurrences of \"Netanyahu\"", want)) {
		t.Errorf("kwic did not count all %d occurrences over %d articles:\n%s\n%s", want, len(res.Articles), stderr, out[max(0, len(out)-300):])
	}
}
