package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestManifestRowsOneByOne: a bad row (bad date, empty path, malformed CSV)
// and an unknown column are each reported at their line, and every other
// row still applies.
func TestManifestRowsOneByOne(t *testing.T) {
	data := "path,outlet,date,colour\n" +
		"a.txt,Example Wire,2023-01-04,red\n" +
		"b.txt,Other Wire,yesterday-ish,blue\n" +
		",Nobody,2023-01-05,green\n" +
		"# a comment line\n" +
		"c.txt,Third Wire,,\n"
	m, probs, err := ParseManifest("m.csv", []byte(data), "dir")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range probs {
		got = append(got, p.Error())
	}
	want := []string{
		`m.csv:1: unknown column "colour" (known: path, outlet, date, title, url, language)`,
		`m.csv:3: date "yesterday-ish" not understood (use YYYY-MM-DD)`,
		`m.csv:4: empty path`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for file, outlet := range map[string]string{"a.txt": "Example Wire", "c.txt": "Third Wire"} {
		if e := m.Lookup("dir/" + file); e == nil || e.Outlet != outlet {
			t.Errorf("%s: entry %+v, want outlet %q", file, e, outlet)
		}
	}
	if e := m.Lookup("dir/b.txt"); e != nil {
		t.Errorf("the row with a bad date still applies: %+v", e)
	}
	if _, _, err := ParseManifest("m.csv", []byte("outlet,date\nX,2023-01-04\n"), "dir"); err == nil || err.Error() != "m.csv:1: the header has no path column" {
		t.Errorf("a manifest without a path column: %v", err)
	}
}

// TestManifestRowNamingAMissingFile: a row whose file is not there is
// reported with its line; the files that are there load with their rows.
func TestManifestRowNamingAMissingFile(t *testing.T) {
	dir := t.TempDir()
	article := "The ceasefire held on Monday, officials said, as talks on the next phase went on in Cairo.\n"
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	manifest := "path,outlet\na.txt,Example Wire\nmissing.txt,Other Wire\n"
	if err := os.WriteFile(filepath.Join(dir, "manifest.csv"), []byte(manifest), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := Load([]string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Articles) != 1 || res.Articles[0].Outlet != "Example Wire" {
		t.Fatalf("articles: %+v", res.Articles)
	}
	want := filepath.Join(dir, "manifest.csv") + ":3: no file missing.txt (listed in the manifest)"
	if len(res.Problems) != 1 || res.Problems[0].Error() != want {
		t.Errorf("problems %v, want %q", res.Problems, want)
	}
}

// TestLegacyEncodings: UTF-16 with a byte-order mark (either order) and
// Windows-1252 text load as the same words, with a warning saying so, and
// text that is UTF-8 with one bad byte is repaired, not re-read.
func TestLegacyEncodings(t *testing.T) {
	const words = "Café owners in Zürich said the “ceasefire” held — for now."
	utf16 := func(bigEndian bool) []byte {
		b := []byte{0xFF, 0xFE}
		if bigEndian {
			b = []byte{0xFE, 0xFF}
		}
		for _, r := range words {
			hi, lo := byte(r>>8), byte(r)
			if bigEndian {
				b = append(b, hi, lo)
			} else {
				b = append(b, lo, hi)
			}
		}
		return b
	}
	cp1252 := []byte("Caf\xe9 owners in Z\xfcrich said the \x93ceasefire\x94 held \x97 for now.")
	tests := []struct {
		name    string
		data    []byte
		want    string
		warning string
	}{
		{"UTF-16LE", utf16(false), words, "decoded from UTF-16"},
		{"UTF-16BE", utf16(true), words, "decoded from UTF-16"},
		{"Windows-1252", cp1252, words, "decoded as Windows-1252 (the file is not UTF-8)"},
		{"UTF-8 with a BOM", append([]byte{0xEF, 0xBB, 0xBF}, words...), words, ""},
		{"UTF-8 with one bad byte", []byte("Café owners\xff in Zürich"), "Café owners\uFFFD in Zürich", "repaired 1 bytes of invalid UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "a.txt")
			if err := os.WriteFile(p, tt.data, 0o644); err != nil {
				t.Fatal(err)
			}
			res, err := Load([]string{p}, Options{})
			if err != nil || len(res.Articles) != 1 {
				t.Fatalf("%v, problems %v", err, res.Problems)
			}
			a := res.Articles[0]
			if !strings.Contains(a.Text, tt.want) {
				t.Errorf("text %q does not hold %q", a.Text, tt.want)
			}
			if got := strings.Join(a.Warnings, "; "); !strings.Contains(got, tt.warning) || (tt.warning == "" && got != "") {
				t.Errorf("warnings %q, want %q", got, tt.warning)
			}
		})
	}
}
