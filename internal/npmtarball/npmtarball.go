// Package npmtarball reads files out of an npm package tarball (`npm pack
// NAME@VERSION`) after checking it against its pinned integrity hash, for
// the scripts that regenerate word lists from npm packages.
package npmtarball

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/sha512"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"os"
)

// Read checks the tarball at path against integrity (npm's
// "sha512-BASE64") and returns the named files of it, by path inside the
// tarball ("package/index.js"). fetch says how to get the tarball when it
// is missing ("npm pack cuss@2.2.0").
func Read(path, integrity, fetch string, files []string) (map[string][]byte, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w (fetch it with `%s`)", path, err, fetch)
	}
	sum := sha512.Sum512(data)
	if got := "sha512-" + base64.StdEncoding.EncodeToString(sum[:]); got != integrity {
		return nil, fmt.Errorf("%s: integrity %s, want the pinned %s", path, got, integrity)
	}
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	want := map[string]bool{}
	for _, f := range files {
		want[f] = true
	}
	out := map[string][]byte{}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if !want[h.Name] {
			continue
		}
		if out[h.Name], err = io.ReadAll(tr); err != nil {
			return nil, fmt.Errorf("%s: %s: %w", path, h.Name, err)
		}
	}
	for _, f := range files {
		if _, ok := out[f]; !ok {
			return nil, fmt.Errorf("%s: no file %s in the package", path, f)
		}
	}
	return out, nil
}
