// Package atomicfile writes an output file so that nothing is lost: a reader
// sees the old file or the whole new one, never half; a run interrupted by
// Ctrl-C or SIGTERM leaves no temporary file behind (one killed outright,
// by SIGKILL or for want of memory, may leave a hidden ".NAME.tmp-*" beside
// the output, never a half-written output); the old file's permissions are
// kept; and a file the run read as input is never overwritten.
package atomicfile

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
)

// Write replaces path with data. inputs are the files the run read (in any
// spelling: relative, through a symbolic or hard link); when path is one of
// them, Write refuses and touches nothing. what names the output in errors
// ("the report").
//
// The bytes go to a temporary file in path's folder, which is synced,
// given the old file's mode (0644 for a new file) and renamed over path;
// the folder is synced after the rename so the new name survives a crash.
// The temporary file exists only while data is written, and SIGINT or
// SIGTERM in that window removes it before the process ends.
func Write(path string, data []byte, what string, inputs []string) error {
	return WriteStream(path, what, inputs, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// WriteStream replaces path with what render writes, as Write does with
// data, without holding the output in memory: render writes through a
// buffer into the temporary file, which therefore exists while render runs
// (and is removed on SIGINT or SIGTERM as in Write). When render fails,
// path is left as it was and the error says it could not render what; a
// failed write to the file is described as Write describes it.
func WriteStream(path, what string, inputs []string, render func(io.Writer) error) error {
	mode := fs.FileMode(0o644)
	if st, err := os.Stat(path); err == nil {
		if st.IsDir() {
			return fmt.Errorf("cannot write %s to %s: it is a folder", what, path)
		}
		if in := sameFileAs(st, inputs); in != "" {
			if in == path {
				return fmt.Errorf("cannot write %s to %s: it is one of the input files", what, path)
			}
			return fmt.Errorf("cannot write %s to %s: it is the input file %s", what, path, in)
		}
		if !st.Mode().IsRegular() {
			// A device, pipe or socket (-o /dev/null, -o /dev/stdout, a
			// FIFO): there is no file to replace, and renaming over it
			// would put a plain file in its place. Write to it directly.
			return writeInPlace(path, what, render)
		}
		mode = st.Mode().Perm()
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return describe(what, path, err)
	}
	stop := removeOnSignal(tmp.Name())
	defer stop()
	defer os.Remove(tmp.Name()) // no-op after a successful rename
	if fileErr, renderErr := renderTo(tmp, what, render); fileErr != nil || renderErr != nil {
		tmp.Close()
		if renderErr != nil {
			return renderErr
		}
		return describe(what, path, fileErr)
	}
	err = tmp.Chmod(mode)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		return describe(what, path, err)
	}
	return syncDir(dir)
}

// renderTo runs render with a buffered f and flushes it. It returns the
// first error of writing to f, or else render's own error, which says what
// could not be rendered.
func renderTo(f *os.File, what string, render func(io.Writer) error) (fileErr, renderErr error) {
	fw := &fileWriter{f: f}
	bw := bufio.NewWriterSize(fw, 1<<16)
	err := render(bw)
	if err == nil {
		err = bw.Flush()
	}
	switch {
	case fw.err != nil:
		return fw.err, nil
	case err != nil:
		return nil, fmt.Errorf("cannot render %s: %w", what, err)
	}
	return nil, nil
}

// fileWriter keeps the first error of writing to f, so that a full disk
// reads as a failed write and not as a failed render.
type fileWriter struct {
	f   *os.File
	err error
}

func (w *fileWriter) Write(p []byte) (int, error) {
	n, err := w.f.Write(p)
	if err != nil && w.err == nil {
		w.err = err
	}
	return n, err
}

// writeInPlace writes to a path that is no regular file.
func writeInPlace(path, what string, render func(io.Writer) error) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return describe(what, path, err)
	}
	err, renderErr := renderTo(f, what, render)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if renderErr != nil {
		return renderErr
	}
	if err != nil {
		return describe(what, path, err)
	}
	return nil
}

// sameFileAs returns the first of inputs that is the file st describes, or "".
func sameFileAs(st fs.FileInfo, inputs []string) string {
	for _, in := range inputs {
		if ist, err := os.Stat(in); err == nil && os.SameFile(st, ist) {
			return in
		}
	}
	return ""
}

// removeOnSignal removes name if SIGINT or SIGTERM arrives before the
// returned stop is called, then lets the signal end the process as it
// would have. SIGKILL cannot be caught: a run killed while it renders into
// the temporary file leaves that file behind.
func removeOnSignal(name string) (stop func()) {
	sigs := make(chan os.Signal, 1)
	done := make(chan struct{})
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	go func() {
		select {
		case sig := <-sigs:
			os.Remove(name)
			signal.Reset(sig)
			if p, err := os.FindProcess(os.Getpid()); err == nil {
				p.Signal(sig)
			}
		case <-done:
		}
	}()
	return func() {
		signal.Stop(sigs)
		close(done)
	}
}

// syncDir flushes a folder's entries, so a rename in it is on disk. Some
// file systems cannot sync a folder; that is not the user's problem.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return nil
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !errors.Is(err, syscall.EINVAL) && !errors.Is(err, syscall.ENOTSUP) {
		return fmt.Errorf("cannot sync the folder %s after writing to it: %w", dir, err)
	}
	return nil
}

// describe says why path could not be written in the user's terms: it
// names path as given and its folder, never the temporary file the user
// did not ask for, nor the system call that failed.
func describe(what, path string, err error) error {
	dir := filepath.Dir(path)
	switch {
	case errors.Is(err, fs.ErrNotExist) && !exists(dir):
		return fmt.Errorf("cannot write %s to %s: the folder %s does not exist", what, path, dir)
	case errors.Is(err, fs.ErrPermission):
		return fmt.Errorf("cannot write %s to %s: no permission to create files in %s", what, path, dir)
	case errors.Is(err, syscall.ENOTDIR):
		return fmt.Errorf("cannot write %s to %s: %s is not a folder", what, path, dir)
	}
	var pe *fs.PathError
	var le *os.LinkError
	if errors.As(err, &pe) {
		err = pe.Err
	} else if errors.As(err, &le) {
		err = le.Err
	}
	return fmt.Errorf("cannot write %s to %s: cannot create a file in %s: %w", what, path, dir, err)
}

// exists reports whether anything is at path.
func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
