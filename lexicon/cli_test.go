package lexicon

import (
	"bytes"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

func TestExplain(t *testing.T) {
	set := testSet(t)
	tests := []struct{ name, text string }{
		{"overlap", "The Israeli occupation forces waged a brutal war crimes campaign."},
		{"claim-negated", "Iran did not deny it."},
		{"claim-holds", "Tehran has never discussed it, Ashtiani said."},
		{"case-and-exact", "US officials in Kiev, not Kyiv, told us."},
		{"no-match", "Nothing here."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := Explain(set, tt.text)
			if strings.Contains(out, "\x1b") {
				t.Error("explanation contains an escape sequence")
			}
			golden.RequireEqual(t, out)
		})
	}
}

func TestList(t *testing.T) {
	lx, err := Load([]string{filepath.Join("..", "testdata", "lexicon", "lang")}, false)
	if err != nil {
		t.Fatal(err)
	}
	golden.RequireEqual(t, List(lx))
}

// TestListDefault pins the summary of the default packs, so a change to
// them shows up in review.
func TestListDefault(t *testing.T) {
	lx, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	golden.RequireEqual(t, List(lx))
}

func TestWriteExampleReport(t *testing.T) {
	lx, err := Load([]string{filepath.Join("..", "testdata", "lexicon", "report.toml")}, false)
	if err != nil {
		t.Fatal(err)
	}
	set, err := Compile(lx)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	failed, err := set.WriteExampleReport(&b, set.RunExamples())
	if err != nil {
		t.Fatal(err)
	}
	if failed != 3 {
		t.Errorf("%d failed, want 3 (shadowed example, counterexample, other rule's longer phrase)", failed)
	}
	golden.RequireEqual(t, b.String())
}

func TestWriteExampleReportDefault(t *testing.T) {
	set := defaultSet(t)
	var b bytes.Buffer
	failed, err := set.WriteExampleReport(&b, set.RunExamples())
	if err != nil || failed != 0 {
		t.Fatalf("failed %d, err %v:\n%s", failed, err, b.String())
	}
	if !strings.HasSuffix(b.String(), " passed, 0 failed\n") {
		t.Errorf("report ends %q", b.String()[max(0, b.Len()-60):])
	}
}

// failWriter fails every write, to check that write errors are returned.
type failWriter struct{}

var errWrite = errors.New("disk full")

func (failWriter) Write([]byte) (int, error) { return 0, errWrite }

func TestWritersReturnErrors(t *testing.T) {
	set := testSet(t)
	if err := WriteExplanation(failWriter{}, set.For("english"), "Iran denied it."); !errors.Is(err, errWrite) {
		t.Errorf("WriteExplanation: %v", err)
	}
	if err := WriteList(failWriter{}, set.Lexicon()); !errors.Is(err, errWrite) {
		t.Errorf("WriteList: %v", err)
	}
	if _, err := set.WriteExampleReport(failWriter{}, set.RunExamples()); !errors.Is(err, errWrite) {
		t.Errorf("WriteExampleReport: %v", err)
	}
}

func TestCheck(t *testing.T) {
	if err := Check(nil, true); err != nil {
		t.Errorf("default packs: %v", err)
	}
	if err := Check([]string{filepath.Join("..", "testdata", "lexicon", "lang")}, true); err != nil {
		t.Errorf("language files with the defaults: %v", err)
	}
	// All the broken files at once: every file's errors, in one Errors.
	err := Check([]string{filepath.Join("..", "testdata", "lexicon", "errors")}, false)
	var es Errors
	if !errors.As(err, &es) {
		t.Fatalf("want Errors, got %v", err)
	}
	files := map[string]bool{}
	for _, e := range es {
		files[filepath.Base(e.File)] = true
	}
	// Files that parse are validated together only when all parse, so the
	// parse-time errors of all files come first.
	if len(files) < 8 {
		t.Errorf("errors from %d files, want at least 8: %v", len(files), err)
	}
	if err := Check([]string{"no-such-dir"}, false); err == nil || !strings.Contains(err.Error(), "no-such-dir") {
		t.Errorf("missing path: %v", err)
	}
}
