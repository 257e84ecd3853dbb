package corpus

import (
	"bytes"
	"fmt"
	"os"
	"sync"
)

// spill keeps byte strings (packed article texts, grouping vectors) for a
// shelf, in a temporary file once the corpus is too large to hold them
// in memory: the operating system then caches what is read back, and
// the process holds only where each string lies. A spill that may not
// use a file, or whose file fails, keeps the strings in memory instead,
// so a full disk costs memory, never a wrong result.
//
// The file is made in os.TempDir (TMPDIR) and removed from its folder as
// soon as it is open, where the system allows it (Unix), so that no
// ending of the program, ctrl-c or a crash, leaves it behind; elsewhere
// Close removes it. It is safe for concurrent use.
type spill struct {
	mu       sync.Mutex
	useFile  bool
	file     *os.File
	path     string // the file's name while Close must still remove it
	size     int64
	mem      [][]byte
	fileErr  error // why the file could not be made or written
	readErr  error // the first failed read of the file
	closed   bool
	fileSeen bool // a file was made (for the tests)
}

// blobRef is where a spill keeps one string: n bytes at offset at of the
// file, or, when at is negative, the spill's in-memory string -at-1.
type blobRef struct {
	at int64
	n  int
}

// newSpill returns an empty spill; useFile says whether it may keep its
// strings in a temporary file.
func newSpill(useFile bool) *spill { return &spill{useFile: useFile} }

// spillPattern names the temporary files, so a user who finds one knows
// whose it is.
const spillPattern = "framediff-shelf-*"

// onFile reports whether the spill keeps its strings in a file.
func (s *spill) onFile() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.file != nil
}

// toFile reports whether the next put goes to the file (made then if
// need be) rather than to memory.
func (s *spill) toFile() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.useFile && s.fileErr == nil && !s.closed
}

// put keeps a copy of b and says where.
func (s *spill) put(b []byte) blobRef {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.useFile && s.fileErr == nil && !s.closed {
		if s.file == nil {
			s.openFile()
		}
		if s.file != nil {
			_, err := s.file.Write(b)
			if err == nil {
				ref := blobRef{at: s.size, n: len(b)}
				s.size += int64(len(b))
				return ref
			}
			// A partly written string leaves the file's end unknown: from
			// now on the strings stay in memory.
			s.fileErr = fmt.Errorf("could not write the temporary file: %w", err)
		}
	}
	s.mem = append(s.mem, bytes.Clone(b))
	return blobRef{at: -int64(len(s.mem)), n: len(b)}
}

// openFile makes the temporary file; s.mu is held.
func (s *spill) openFile() {
	f, err := os.CreateTemp("", spillPattern)
	if err != nil {
		s.fileErr = fmt.Errorf("could not make a temporary file: %w", err)
		return
	}
	s.file, s.fileSeen = f, true
	if os.Remove(f.Name()) != nil {
		s.path = f.Name() // open files cannot be removed here: Close will
	}
}

// get returns the string at r, read into buf when it is on file (buf is
// grown as needed and may be nil).
func (s *spill) get(r blobRef, buf []byte) ([]byte, error) {
	if r.at < 0 {
		s.mu.Lock()
		defer s.mu.Unlock()
		if s.closed {
			return nil, fmt.Errorf("the shelf is closed")
		}
		return s.mem[-r.at-1], nil
	}
	s.mu.Lock()
	f := s.file
	s.mu.Unlock()
	if f == nil {
		return nil, fmt.Errorf("the shelf is closed")
	}
	if cap(buf) < r.n {
		buf = make([]byte, r.n)
	}
	buf = buf[:r.n]
	if _, err := f.ReadAt(buf, r.at); err != nil {
		s.mu.Lock()
		if s.readErr == nil {
			s.readErr = fmt.Errorf("could not read the temporary file back: %w", err)
		}
		s.mu.Unlock()
		return nil, err
	}
	return buf, nil
}

// Close drops the strings and removes the file. It returns the first
// failed read, which may have spoiled a result.
func (s *spill) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	s.closed, s.mem = true, nil
	var err error
	if s.file != nil {
		err = s.file.Close()
		if s.path != "" {
			if rerr := os.Remove(s.path); rerr != nil && err == nil {
				err = rerr
			}
		}
		s.file = nil
	}
	if s.readErr != nil {
		return s.readErr
	}
	if err != nil {
		return fmt.Errorf("could not remove the temporary file: %w", err)
	}
	return nil
}
