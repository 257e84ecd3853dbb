package hostilecorpus

import (
	"os"
	"path/filepath"
	"testing"
)

func TestWriteFolder(t *testing.T) {
	dir := t.TempDir()
	const n, size = 5, 64 << 10
	total, err := WriteFolder(dir, n, size)
	if err != nil {
		t.Fatal(err)
	}
	if total < n*(size-4096) || total > n*(size+4096) {
		t.Errorf("wrote %d bytes, want about %d", total, n*size)
	}
	files, err := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
	if err != nil || len(files) != n {
		t.Fatalf("wrote %d files (%v), want %d", len(files), err, n)
	}
	outlets := map[string]bool{}
	for _, f := range files {
		outlets[filepath.Base(filepath.Dir(f))] = true
		if st, err := os.Stat(f); err != nil || st.Size() < size/2 {
			t.Errorf("%s: %v, want about %d bytes", f, err, size)
		}
	}
	if len(outlets) != len(Outlets()) {
		t.Errorf("the articles went to %d outlets, want %d", len(outlets), len(Outlets()))
	}
}

func TestWordsAreDistinct(t *testing.T) {
	seen := map[string]int{}
	for n := range 5000 {
		w := Word(n)
		if m, ok := seen[w]; ok {
			t.Fatalf("Word(%d) and Word(%d) are both %q", m, n, w)
		}
		seen[w] = n
	}
}
