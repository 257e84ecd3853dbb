package corpus

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// snapshot records every file's bytes and modification time under dir.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	m := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		st, err := e.Info()
		if err != nil {
			return err
		}
		m[p] = st.ModTime().Format(time.RFC3339Nano) + "\x00" + string(data)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestHostileInputsAreSanitized(t *testing.T) {
	dir := filepath.Join("..", "testdata", "corpus", "hostile")
	tests := []struct {
		file    string
		gone    []string // text that must not survive
		kept    []string // text that must
		warning string   // a warning the article must carry
	}{
		{"osc52.txt", []string{"ZWNobyBwd25lZA", "52;c"}, []string{"More words follow here"}, "escape sequences"},
		{"osc0.txt", []string{"evil title", "]0;"}, []string{"foreign minister said"}, "escape sequences"},
		{"csi.txt", []string{"[2J", "[31m", "[0m"}, []string{"red text", "and the rest"}, "escape sequences"},
		{"cr.txt", nil, []string{"HIDDEN overwrite of the line.", "opposition in parliament."}, ""},
		{"bidi.txt", []string{"\u202e", "\u2066", "\u2069"}, []string{"gnp.exe", "isolate"}, "bidi"},
		{"nul.txt", []string{"\x00", "\u009b", "\u0085", "31m"}, []string{"nul bytes"}, "control characters"},
	}
	before := snapshot(t, dir)
	var paths []string
	for _, tc := range tests {
		paths = append(paths, filepath.Join(dir, tc.file))
	}
	res, err := Load(paths, Options{KeepDuplicates: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Problems) != 0 {
		t.Fatalf("problems: %v", res.Problems)
	}
	if len(res.Articles) != len(tests) {
		t.Fatalf("got %d articles, want %d", len(res.Articles), len(tests))
	}
	for i, tc := range tests {
		a := res.Articles[i]
		t.Run(tc.file, func(t *testing.T) {
			assertArticleInvariants(t, a)
			for _, g := range tc.gone {
				if strings.Contains(a.Text, g) || strings.Contains(a.Title, g) {
					t.Errorf("%q survived in %q", g, a.Text)
				}
			}
			// Kept text is shown, or listed as removed: never invisible.
			shown := a.Text
			for _, r := range a.Removed {
				shown += "\n" + r.Text
			}
			for _, k := range tc.kept {
				if !strings.Contains(shown, k) {
					t.Errorf("%q lost from %q", k, shown)
				}
			}
			if tc.file == "cr.txt" && !strings.Contains(a.Title, "Carriage return") {
				t.Errorf("title %q: the header was not read", a.Title)
			}
			if tc.warning != "" && !strings.Contains(strings.Join(a.Warnings, "\n"), tc.warning) {
				t.Errorf("warnings %q do not mention %q", a.Warnings, tc.warning)
			}
		})
	}
	if after := snapshot(t, dir); !equalSnapshots(before, after) {
		t.Error("loading modified the input files")
	}
}

func equalSnapshots(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func TestLongSingleLine(t *testing.T) {
	dir := t.TempDir()
	sentence := "The committee said that the report would be published next month after a long review. "
	line := strings.Repeat(sentence, (1<<20)/len(sentence)+1)
	line = line[:1<<20-8] + "\x1b[2Jend."
	p := filepath.Join(dir, "long.txt")
	if err := os.WriteFile(p, []byte(line), 0o644); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	res, err := Load([]string{p}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Articles) != 1 {
		t.Fatalf("got %d articles (problems %v), want 1", len(res.Articles), res.Problems)
	}
	a := res.Articles[0]
	assertArticleInvariants(t, a)
	if len(a.Text) < 1<<19 {
		t.Errorf("kept only %d bytes of a 1 MB line", len(a.Text))
	}
	if len(a.Sentences) < 1000 {
		t.Errorf("found %d sentences, want thousands", len(a.Sentences))
	}
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("a 1 MB line took %v", d)
	}
}

func TestBadInputsAreProblems(t *testing.T) {
	dir := filepath.Join("..", "testdata", "corpus")
	good := filepath.Join(dir, "lang", "en.txt")
	tmp := t.TempDir()
	big := filepath.Join(tmp, "big.txt")
	if err := os.WriteFile(big, bytes.Repeat([]byte("word "), 400), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		path     string
		opt      Options
		wantLine int
		want     string // in the problem's message
		articles int    // articles the file still yields
	}{
		{"binary", filepath.Join(dir, "bad", "image.txt"), Options{}, 0, "binary", 0},
		{"empty", filepath.Join(dir, "bad", "empty.txt"), Options{}, 0, "empty", 0},
		{"blank", filepath.Join(dir, "bad", "blank.txt"), Options{}, 0, "empty", 0},
		{"over size", big, Options{MaxBytes: 1000}, 0, "limit", 0},
		{"missing", filepath.Join(tmp, "nope.txt"), Options{}, 0, "no such file", 0},
		{"malformed jsonl", filepath.Join(dir, "records", "articles.jsonl"), Options{}, 2, "malformed JSON", 2},
		{"malformed csv row", filepath.Join(dir, "records", "articles.csv"), Options{}, 3, "3 fields", 2},
		{"unterminated csv quote", filepath.Join(dir, "records", "badquote.csv"), Options{}, 2, "quote", 0},
		{"json syntax error", filepath.Join(dir, "records", "broken.json"), Options{}, 3, "malformed JSON", 1},
		{"json non-object record", filepath.Join(dir, "records", "articles.json"), Options{}, 8, "record 3", 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Load([]string{tc.path, good}, tc.opt)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Problems) == 0 {
				t.Fatalf("no problem reported")
			}
			var found *Problem
			for i, p := range res.Problems {
				if p.Path == tc.path && strings.Contains(p.Error(), tc.want) && (tc.wantLine == 0 || p.Line == tc.wantLine) {
					found = &res.Problems[i]
				}
			}
			if found == nil {
				t.Fatalf("problems %v: none names %s (line %d) with %q", res.Problems, tc.path, tc.wantLine, tc.want)
			}
			if !strings.HasPrefix(found.Error(), tc.path) {
				t.Errorf("message %q does not start with the file name", found.Error())
			}
			// The rest of the batch goes on: the good file, and the good
			// records of the bad file.
			if got := len(res.Articles); got != tc.articles+1 {
				t.Errorf("got %d articles, want %d (the batch must go on)", got, tc.articles+1)
			}
		})
	}
}

func TestUnreadablePathInFolderBatch(t *testing.T) {
	res, err := Load([]string{"/nonexistent/framediff/input", filepath.Join("..", "testdata", "seeds")}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Problems) != 1 || res.Problems[0].Path != "/nonexistent/framediff/input" {
		t.Errorf("problems = %v, want one naming the missing path", res.Problems)
	}
	if len(res.Articles) != 2 {
		t.Errorf("got %d articles from the seeds, want 2 (000 and 001 fold)", len(res.Articles))
	}
}
