package lexicon

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// codeBlocks returns the fenced blocks of one language in a Markdown file.
func codeBlocks(t *testing.T, md, lang string) []string {
	t.Helper()
	var out []string
	var cur *strings.Builder
	for _, line := range strings.Split(md, "\n") {
		switch {
		case cur == nil && line == "```"+lang:
			cur = &strings.Builder{}
		case cur != nil && line == "```":
			out = append(out, cur.String())
			cur = nil
		case cur != nil:
			cur.WriteString(line + "\n")
		}
	}
	return out
}

// TestDocsRuleFiles: every TOML block of docs/lexicon.md is a rule file
// that loads, compiles and passes its own examples.
func TestDocsRuleFiles(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "docs", "lexicon.md"))
	if err != nil {
		t.Fatal(err)
	}
	blocks := codeBlocks(t, string(data), "toml")
	if len(blocks) < 5 {
		t.Fatalf("%d toml blocks", len(blocks))
	}
	for i, b := range blocks {
		f, err := ParseFile("docs-block.toml", []byte(b))
		if err != nil {
			t.Errorf("block %d: %v", i+1, err)
			continue
		}
		set, err := Compile(&Lexicon{Files: []*File{f}})
		if err != nil {
			t.Errorf("block %d: %v", i+1, err)
			continue
		}
		res := set.RunExamples()
		if len(res) == 0 {
			t.Errorf("block %d has no examples", i+1)
		}
		for _, r := range res {
			if !r.Passed() {
				t.Errorf("block %d: %s", i+1, r.Failure)
			}
		}
	}
}

// TestDocsErrors: the error messages the documentation shows are the ones
// the checker prints for the files in testdata/lexicon/errors.
func TestDocsErrors(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "docs", "lexicon.md"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, block := range codeBlocks(t, string(data), "text") {
		for _, line := range strings.Split(strings.TrimSpace(block), "\n") {
			name, _, ok := strings.Cut(line, ":")
			if !ok || !strings.HasSuffix(name, ".toml") {
				continue
			}
			dir := filepath.Join("..", "testdata", "lexicon", "errors")
			err := Check([]string{filepath.Join(dir, name)}, false)
			if err == nil {
				t.Errorf("%s: no error", name)
				continue
			}
			got := strings.ReplaceAll(err.Error(), dir+string(filepath.Separator), "")
			if !strings.Contains(got, line) {
				t.Errorf("docs show\n  %s\nthe checker says\n  %s", line, got)
			}
			n++
		}
	}
	if n < 10 {
		t.Errorf("only %d documented errors checked", n)
	}
}
