//go:build unix

package corpus

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestReadOSFile checks the direct file reader against os.ReadFile and the
// errors a load reports: folders, missing files, files over the limit, and
// a named pipe (whose size says nothing), read past its first buffer.
func TestReadOSFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	big := bytes.Repeat([]byte("The minister said the talks would go on. "), 5000)
	tests := []struct {
		name string
		path string
		max  int64
		want []byte
		err  string
	}{
		{"empty", write("empty.txt", nil), 100, []byte{}, ""},
		{"small", write("small.txt", []byte("one line\n")), 100, []byte("one line\n"), ""},
		{"large", write("large.txt", big), int64(len(big)), big, ""},
		{"at the limit", write("limit.txt", []byte("12345")), 5, []byte("12345"), ""},
		{"over the limit", write("over.txt", []byte("123456")), 5, nil, "file is 6 bytes, over the 5-byte limit (raise it with --max-size)"},
		{"folder", dir, 100, nil, "is a folder"},
		{"missing", filepath.Join(dir, "missing.txt"), 100, nil, "no such file or directory"},
	}
	for _, tc := range tests {
		got, err := readOSFile(tc.path, tc.max)
		switch {
		case tc.err != "":
			if err == nil || cleanErr(err).Error() != tc.err {
				t.Errorf("%s: error %v, want %q", tc.name, err, tc.err)
			}
		case err != nil:
			t.Errorf("%s: %v", tc.name, err)
		case !bytes.Equal(got, tc.want):
			t.Errorf("%s: read %d bytes, want %d", tc.name, len(got), len(tc.want))
		}
	}
	if _, err := readOSFile(filepath.Join(dir, "missing.txt"), 100); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file: %v is not fs.ErrNotExist", err)
	}

	// A pipe reports size 0: the reader must grow its buffer, and stop one
	// byte past the limit.
	fifo := filepath.Join(dir, "pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatalf("mkfifo: %v", err)
	}
	for _, max := range []int64{int64(len(big)), 1000} {
		done := make(chan error, 1)
		go func() {
			f, err := os.OpenFile(fifo, os.O_WRONLY, 0)
			if err != nil {
				done <- err
				return
			}
			_, err = f.Write(big)
			if errors.Is(err, syscall.EPIPE) {
				err = nil // the reader stopped at its limit
			}
			f.Close()
			done <- err
		}()
		got, err := readOSFile(fifo, max)
		if err != nil {
			t.Fatalf("pipe: %v", err)
		}
		want := big[:min(int64(len(big)), max+1)]
		if !bytes.Equal(got, want) {
			t.Errorf("pipe, limit %d: read %d bytes, want %d", max, len(got), len(want))
		}
		if werr := <-done; werr != nil && !strings.Contains(werr.Error(), "broken pipe") {
			t.Errorf("pipe writer: %v", werr)
		}
	}
}
