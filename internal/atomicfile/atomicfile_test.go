package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

func TestWriteRefusesAnInput(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if err := os.WriteFile("a.txt", []byte("article"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("a.txt", "sym.txt"); err != nil {
		t.Fatal(err)
	}
	if err := os.Link("a.txt", "hard.txt"); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, out string
		inputs    []string
		want      string
	}{
		{"same name", "a.txt", []string{"a.txt", "b.txt"}, "cannot write the report to a.txt: it is one of the input files"},
		{"another spelling", "./a.txt", []string{filepath.Join(dir, "a.txt")}, "cannot write the report to ./a.txt: it is the input file " + filepath.Join(dir, "a.txt")},
		{"symbolic link to an input", "sym.txt", []string{"a.txt"}, "cannot write the report to sym.txt: it is the input file a.txt"},
		{"hard link to an input", "hard.txt", []string{"a.txt"}, "cannot write the report to hard.txt: it is the input file a.txt"},
		{"a folder", ".", nil, "cannot write the report to .: it is a folder"},
		{"a missing folder", "no/such/out.md", nil, "cannot write the report to no/such/out.md: the folder no/such does not exist"},
		{"under a file", "a.txt/out.md", nil, "cannot write the report to a.txt/out.md: a.txt is not a folder"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Write(tt.out, []byte("report"), "the report", tt.inputs)
			if err == nil || err.Error() != tt.want {
				t.Fatalf("got %v, want %q", err, tt.want)
			}
			if b, _ := os.ReadFile("a.txt"); string(b) != "article" {
				t.Fatalf("the input was written: %q", b)
			}
			assertNoTemporaryFiles(t, ".")
		})
	}
}

func TestWriteReplacesAndKeepsMode(t *testing.T) {
	dir := t.TempDir()
	private := filepath.Join(dir, "private.json")
	if err := os.WriteFile(private, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	fresh := filepath.Join(dir, "new.json")
	for _, p := range []string{private, fresh} {
		if err := Write(p, []byte("new"), "the report", []string{filepath.Join(dir, "input.txt")}); err != nil {
			t.Fatal(err)
		}
		if b, _ := os.ReadFile(p); string(b) != "new" {
			t.Fatalf("%s holds %q", p, b)
		}
	}
	for p, want := range map[string]os.FileMode{private: 0o600, fresh: 0o644} {
		st, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if got := st.Mode().Perm(); got != want {
			t.Errorf("%s: mode %v, want %v", filepath.Base(p), got, want)
		}
	}
	assertNoTemporaryFiles(t, dir)
}

// TestSignalRemovesTheTemporaryFile runs a child process that holds a
// temporary file under removeOnSignal, sends it SIGTERM and SIGINT, and
// checks that the file is gone and the child ended by that signal.
func TestSignalRemovesTheTemporaryFile(t *testing.T) {
	if name := os.Getenv("ATOMICFILE_CHILD"); name != "" {
		stop := removeOnSignal(name)
		defer stop()
		os.Stdout.WriteString("ready\n")
		time.Sleep(time.Minute)
		return
	}
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			name := filepath.Join(t.TempDir(), ".out.json.tmp-1")
			if err := os.WriteFile(name, []byte("half"), 0o600); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(os.Args[0], "-test.run=^TestSignalRemovesTheTemporaryFile$")
			cmd.Env = append(os.Environ(), "ATOMICFILE_CHILD="+name)
			out, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			buf := make([]byte, 6)
			if _, err := out.Read(buf); err != nil || string(buf) != "ready\n" {
				t.Fatalf("child did not start: %q %v", buf, err)
			}
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			err = cmd.Wait()
			var ee *exec.ExitError
			if !errors.As(err, &ee) {
				t.Fatalf("child ended with %v, want the signal", err)
			}
			if ws, ok := ee.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() || ws.Signal() != sig {
				t.Fatalf("child ended with %v, want %v", err, sig)
			}
			if _, err := os.Stat(name); !errors.Is(err, os.ErrNotExist) {
				t.Fatalf("temporary file left after %v: %v", sig, err)
			}
		})
	}
}

func assertNoTemporaryFiles(t *testing.T, dir string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Fatalf("temporary file left behind: %s", e.Name())
		}
	}
}

// TestWriteToDevice: -o /dev/null writes to the device and leaves it a
// device; renaming a temporary file over it would replace /dev/null with
// a plain file for every program on the machine.
func TestWriteToDevice(t *testing.T) {
	before, err := os.Stat(os.DevNull)
	if err != nil {
		t.Fatal(err)
	}
	if err := Write(os.DevNull, []byte("report"), "the report", nil); err != nil {
		t.Fatal(err)
	}
	after, err := os.Stat(os.DevNull)
	if err != nil {
		t.Fatal(err)
	}
	if after.Mode() != before.Mode() || after.Mode().IsRegular() {
		t.Fatalf("%s is now %v, was %v", os.DevNull, after.Mode(), before.Mode())
	}
}

func TestWriteStream(t *testing.T) {
	failure := errors.New("the comparison has no outlets")
	tests := []struct {
		name    string
		render  func(w io.Writer) error
		want    string // the file afterwards
		wantErr string
	}{
		{"many pieces", func(w io.Writer) error {
			for i := range 100000 {
				if _, err := fmt.Fprintf(w, "%d\n", i%10); err != nil {
					return err
				}
			}
			return nil
		}, strings.Repeat("0\n1\n2\n3\n4\n5\n6\n7\n8\n9\n", 10000), ""},
		{"render fails half way", func(w io.Writer) error {
			if _, err := io.WriteString(w, strings.Repeat("half a report ", 10000)); err != nil {
				return err
			}
			return failure
		}, "old report", "cannot render the report: the comparison has no outlets"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "out.json")
			if err := os.WriteFile(path, []byte("old report"), 0o600); err != nil {
				t.Fatal(err)
			}
			err := WriteStream(path, "the report", nil, tt.render)
			if tt.wantErr == "" && err != nil || tt.wantErr != "" && (err == nil || err.Error() != tt.wantErr) {
				t.Fatalf("WriteStream: %v, want error %q", err, tt.wantErr)
			}
			if tt.wantErr != "" && !errors.Is(err, failure) {
				t.Errorf("the error %v does not wrap the render error", err)
			}
			got, rerr := os.ReadFile(path)
			if rerr != nil || string(got) != tt.want {
				t.Errorf("the file holds %d bytes (%v), want %d", len(got), rerr, len(tt.want))
			}
			if st, err := os.Stat(path); err != nil || st.Mode().Perm() != 0o600 {
				t.Errorf("mode %v (%v), want the old 0600", st.Mode().Perm(), err)
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 1 {
				t.Errorf("%d entries in the folder, want only the report", len(entries))
			}
		})
	}
}
