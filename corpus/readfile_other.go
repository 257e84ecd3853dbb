//go:build !unix

package corpus

import (
	"os"
)

// readOSFile reads the file at path whole, or reports why not: it is a
// folder, it is over max bytes, or the system's error. It reads up to
// max+1 bytes, so that the caller can tell a file that grew past the limit
// while it was read.
func readOSFile(path string, max int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readWhole(f, max)
}
