package corpus

import (
	"net"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestWalkSkipsSpecialFiles: a folder holding a named pipe (with no
// writer), a socket, a link to a device and a broken link loads its
// articles and reports each special file by name, without blocking on the
// pipe's open.
func TestWalkSkipsSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	outlet := filepath.Join(dir, "Example Wire")
	if err := os.Mkdir(outlet, 0o755); err != nil {
		t.Fatal(err)
	}
	article := "The ceasefire held on Monday, officials said, as talks on the next phase went on in Cairo.\n"
	if err := os.WriteFile(filepath.Join(outlet, "a.txt"), []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(outlet, "pipe.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("unix", filepath.Join(outlet, "sock.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	if err := os.Symlink("/dev/zero", filepath.Join(outlet, "zero.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("nowhere.txt", filepath.Join(outlet, "broken.txt")); err != nil {
		t.Fatal(err)
	}

	done := make(chan *Result, 1)
	go func() {
		res, err := Load([]string{dir}, Options{})
		if err != nil {
			t.Error(err)
		}
		done <- res
	}()
	var res *Result
	select {
	case res = <-done:
	case <-time.After(time.Minute):
		t.Fatal("Load blocked on a special file")
	}
	if res == nil {
		return
	}
	if len(res.Articles) != 1 || res.Articles[0].Outlet != "Example Wire" {
		t.Errorf("got %d articles, want the one text file", len(res.Articles))
	}
	var got []string
	for _, p := range res.Problems {
		got = append(got, strings.TrimPrefix(p.Error(), outlet+string(filepath.Separator)))
	}
	sort.Strings(got)
	want := []string{
		"broken.txt: a broken link, not a regular file",
		"pipe.txt: a named pipe, not a regular file",
		"sock.txt: a socket, not a regular file",
		"zero.txt: a device, not a regular file",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestNamedPipeGivenByName: a pipe named on the command line is read like
// standard input (process substitution, <(...), passes one), and one with
// no writer ends as an empty input instead of blocking.
func TestNamedPipeGivenByName(t *testing.T) {
	pipe := filepath.Join(t.TempDir(), "pipe.txt")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Fatal(err)
	}
	done := make(chan *Result, 1)
	go func() {
		res, _ := Load([]string{pipe}, Options{})
		done <- res
	}()
	select {
	case res := <-done:
		if res == nil || len(res.Problems) != 1 || !strings.Contains(res.Problems[0].Error(), "empty") {
			t.Errorf("a pipe with no writer: %+v", res)
		}
	case <-time.After(time.Minute):
		t.Fatal("Load blocked on a named pipe with no writer")
	}
}

// TestFileNamesAreSanitized: a file and a folder whose names carry a
// window-title escape and a bidi override reach the articles and the
// problem lines without them.
func TestFileNamesAreSanitized(t *testing.T) {
	dir := t.TempDir()
	outlet := filepath.Join(dir, "Wire\x1b]0;owned\x07\u202e")
	if err := os.Mkdir(outlet, 0o755); err != nil {
		t.Fatal(err)
	}
	article := "The ceasefire held on Monday, officials said, as talks on the next phase went on in Cairo.\n"
	if err := os.WriteFile(filepath.Join(outlet, "a\x1b[2J.txt"), []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(outlet, "b\x1b]52;c;AA\x07.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := Load([]string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Articles) != 1 || len(res.Problems) != 1 {
		t.Fatalf("got %d articles and %d problems, want 1 and 1", len(res.Articles), len(res.Problems))
	}
	a := res.Articles[0]
	if a.Outlet != "Wire" {
		t.Errorf("outlet %q, want %q", a.Outlet, "Wire")
	}
	for _, s := range append([]string{a.ID, a.Source, res.Problems[0].Error()}, a.Sources...) {
		assertSafeText(t, "name", s)
	}
}
