package npmtarball

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/sha512"
	"encoding/base64"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeTarball(t *testing.T, files map[string]string) (string, string) {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	tw := tar.NewWriter(zw)
	for name, body := range files {
		if err := tw.WriteHeader(&tar.Header{Name: name, Mode: 0o644, Size: int64(len(body))}); err != nil {
			t.Fatal(err)
		}
		if _, err := tw.Write([]byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "pkg-1.0.0.tgz")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	sum := sha512.Sum512(buf.Bytes())
	return path, "sha512-" + base64.StdEncoding.EncodeToString(sum[:])
}

func TestRead(t *testing.T) {
	path, integrity := writeTarball(t, map[string]string{"package/index.js": "words", "package/README.md": "read me"})
	got, err := Read(path, integrity, "npm pack pkg@1.0.0", []string{"package/index.js"})
	if err != nil || len(got) != 1 || string(got["package/index.js"]) != "words" {
		t.Fatalf("Read = %q, %v", got, err)
	}
	for _, tt := range []struct {
		name, path, integrity string
		files                 []string
		want                  string
	}{
		{"missing tarball", path + ".gone", integrity, nil, "npm pack pkg@1.0.0"},
		{"wrong hash", path, "sha512-AAAA", nil, "want the pinned sha512-AAAA"},
		{"missing file", path, integrity, []string{"package/dist/x.json"}, "no file package/dist/x.json"},
	} {
		if _, err := Read(tt.path, tt.integrity, "npm pack pkg@1.0.0", tt.files); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want one saying %q", tt.name, err, tt.want)
		}
	}
}
