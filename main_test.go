package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
	j := strings.Index(out, "2. **claim**")
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

func TestUserFilesWithOutletFlagAndBadFile(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "a.txt")
	bad := filepath.Join(dir, "empty.txt")
	body := "The occupation state expanded its operations on Monday, officials in the region said, as talks on the ceasefire stalled for a third week in a row."
	os.WriteFile(good, []byte(body), 0o644)
	os.WriteFile(bad, nil, 0o644)
	before, _ := os.ReadFile(good)
	out, errOut, err := run(t, "report", "--outlet", "Example Wire", good, bad)
	if err != nil {
		t.Fatal(err)
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
