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
	"slices"
	"strings"
	"time"
)

// ManifestEntry is what a manifest says about one file.
type ManifestEntry struct {
	Path     string
	Line     int // the manifest line it came from, for problems
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
// its folder. Problems are rows it skipped (see ParseManifest).
func ReadManifestFile(p string) (Manifest, []Problem, error) {
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, nil, fmt.Errorf("manifest %s: %w", p, cleanErr(err))
	}
	return ParseManifest(p, data, filepath.Dir(p))
}

// entries lists each entry once (the map holds every entry under two keys),
// in manifest order.
func (m Manifest) entries() []*ManifestEntry {
	seen := map[*ManifestEntry]bool{}
	var out []*ManifestEntry
	for _, e := range m {
		if !seen[e] {
			seen[e] = true
			out = append(out, e)
		}
	}
	slices.SortFunc(out, func(a, b *ManifestEntry) int { return a.Line - b.Line })
	return out
}

// ParseManifest reads the manifest format: CSV with a header row naming the
// columns path (required), outlet, date, title, url, language, in any order;
// lines starting with # are comments. name is used in errors, dir is the
// folder the paths are relative to.
//
// Rows are checked one by one: a row with an empty path, a date it cannot
// read or malformed CSV is a Problem at its line and is left out (the
// loader prints it as "skipped FILE:LINE: why"), and an unknown column is
// a Problem and is ignored; the other rows still apply.
// Only a manifest with no header or no path column is an error.
func ParseManifest(name string, data []byte, dir string) (Manifest, []Problem, error) {
	r, header, err := readCSVHeader(name, data, "path,outlet,date,title,url")
	if err != nil {
		return nil, nil, err
	}
	var probs []Problem
	col := map[string]int{}
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
		switch h {
		case "path", "file", "outlet", "date", "title", "url", "language":
			col[h] = i
		default:
			line, _ := r.FieldPos(i)
			probs = append(probs, Problem{Path: name, Line: line, Err: fmt.Errorf("unknown column %q (known: path, outlet, date, title, url, language)", h)})
		}
	}
	if _, ok := col["path"]; !ok {
		if i, ok := col["file"]; ok {
			col["path"] = i
		} else {
			return nil, probs, fmt.Errorf("%s:1: the header has no path column", name)
		}
	}
	get := func(rec []string, k string) string {
		if i, ok := col[k]; ok && i < len(rec) {
			return strings.TrimSpace(text.SanitizeLine(rec[i]))
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
			var pe *csv.ParseError
			if !errors.As(err, &pe) {
				return nil, probs, csvError(name, err)
			}
			// The reader goes on after a malformed row.
			probs = append(probs, Problem{Path: name, Line: pe.Line, Err: fmt.Errorf("malformed CSV at column %d: %w", pe.Column, pe.Err)})
			continue
		}
		line, _ := r.FieldPos(0)
		p := get(rec, "path")
		if p == "" {
			probs = append(probs, Problem{Path: name, Line: line, Err: errors.New("empty path")})
			continue
		}
		e := &ManifestEntry{Path: p, Line: line, Outlet: get(rec, "outlet"), Title: get(rec, "title"), URL: get(rec, "url"), Language: strings.ToLower(get(rec, "language"))}
		if ds := get(rec, "date"); ds != "" {
			t, ok := ParseDate(ds)
			if !ok {
				probs = append(probs, Problem{Path: name, Line: line, Err: fmt.Errorf("date %q not understood (use YYYY-MM-DD)", ds)})
				continue
			}
			e.Date = t
		}
		full := filepath.ToSlash(filepath.Clean(filepath.Join(dir, p)))
		m[full] = e
		m[path.Base(filepath.ToSlash(p))] = e
	}
	return m, probs, nil
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
