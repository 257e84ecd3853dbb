package corpus

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"github.com/framediff/framediff/text"
	"io"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"
)

// ManifestEntry is what a manifest says about one file.
type ManifestEntry struct {
	Path     string
	Outlet   string
	Date     time.Time
	Title    string
	URL      string
	Language string
}

// Manifest maps file paths to what the user knows about them. Keys are
// cleaned paths relative to the manifest's folder, and base names.
type Manifest map[string]*ManifestEntry

// Lookup finds a file's entry by its path, or by its base name.
func (m Manifest) Lookup(p string) *ManifestEntry {
	if len(m) == 0 {
		return nil
	}
	if e, ok := m[filepath.ToSlash(filepath.Clean(p))]; ok {
		return e
	}
	return m[path.Base(filepath.ToSlash(p))]
}

// ReadManifestFile reads a manifest from disk; paths in it are relative to
// its folder.
func ReadManifestFile(p string) (Manifest, error) {
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, fmt.Errorf("manifest %s: %w", p, cleanErr(err))
	}
	return ParseManifest(p, data, filepath.Dir(p))
}

// ParseManifest reads the manifest format: CSV with a header row naming the
// columns path (required), outlet, date, title, url, language, in any order;
// lines starting with # are comments. name is used in errors, dir is the
// folder the paths are relative to.
func ParseManifest(name string, data []byte, dir string) (Manifest, error) {
	r, header, err := readCSVHeader(name, data, "path,outlet,date,title,url")
	if err != nil {
		return nil, err
	}
	col := map[string]int{}
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
		switch h {
		case "path", "file", "outlet", "date", "title", "url", "language":
			col[h] = i
		default:
			line, _ := r.FieldPos(i)
			return nil, fmt.Errorf("%s:%d: unknown column %q (known: path, outlet, date, title, url, language)", name, line, h)
		}
	}
	if _, ok := col["path"]; !ok {
		if i, ok := col["file"]; ok {
			col["path"] = i
		} else {
			return nil, fmt.Errorf("%s:1: the header has no path column", name)
		}
	}
	get := func(rec []string, k string) string {
		if i, ok := col[k]; ok && i < len(rec) {
			s, _ := text.Sanitize([]byte(rec[i]))
			return strings.TrimSpace(s)
		}
		return ""
	}
	m := Manifest{}
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, csvError(name, err)
		}
		line, _ := r.FieldPos(0)
		p := get(rec, "path")
		if p == "" {
			return nil, fmt.Errorf("%s:%d: empty path", name, line)
		}
		e := &ManifestEntry{Path: p, Outlet: get(rec, "outlet"), Title: get(rec, "title"), URL: get(rec, "url"), Language: strings.ToLower(get(rec, "language"))}
		if ds := get(rec, "date"); ds != "" {
			t, ok := ParseDate(ds)
			if !ok {
				return nil, fmt.Errorf("%s:%d: date %q not understood (use YYYY-MM-DD)", name, line, ds)
			}
			e.Date = t
		}
		full := filepath.ToSlash(filepath.Clean(filepath.Join(dir, p)))
		m[full] = e
		m[path.Base(filepath.ToSlash(p))] = e
	}
	return m, nil
}

// readCSVHeader opens the small CSV files framediff reads (manifests, alias
// maps): # comments allowed (line numbers stay those of the file), ragged
// rows allowed, and the header row read; want names the expected header for
// the error an empty file gets.
func readCSVHeader(name string, data []byte, want string) (*csv.Reader, []string, error) {
	r := csv.NewReader(bytes.NewReader(data))
	r.Comment = '#'
	r.FieldsPerRecord = -1
	r.TrimLeadingSpace = true
	header, err := r.Read()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return nil, nil, fmt.Errorf("%s: empty file (expected a header row: %s)", name, want)
		}
		return nil, nil, csvError(name, err)
	}
	return r, header, nil
}

// csvError places a CSV reader's error at name:line:col, in place of the
// reader's own "parse error on line 2, column 6: ..." wording.
func csvError(name string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s:%d:%d: malformed CSV: %w", name, pe.Line, pe.Column, pe.Err)
	}
	return fmt.Errorf("%s: %w", name, err)
}
