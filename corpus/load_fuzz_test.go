package corpus

import (
	"bytes"
	"errors"
	"github.com/framediff/framediff/internal/hostile"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/framediff/framediff/text"
)

// FuzzParseAliases: an alias map never panics, errors name the file, and
// what it returns is a map of outlet keys to one-line, safe outlet names
// that reads back the same after being written out again.
func FuzzParseAliases(f *testing.F) {
	f.Add([]byte("# comment\nalias,outlet\nFox Online News,Fox News\n  fox   news online ,Fox News\n"))
	f.Add([]byte("\ufeffAlias , OUTLET\n\"Quoted, Name\",\"Canonical \"\"X\"\"\"\n"))
	f.Add([]byte("alias,outlet\nx\n"))
	f.Add([]byte("alias,outlet\n,Fox\n"))
	f.Add([]byte("alias,outlet\n\"a\nb\",c\n"))
	for _, p := range hostile.Payloads() {
		f.Add([]byte("alias,outlet\n\"" + strings.ReplaceAll(p, `"`, `""`) + "\",Wire " + strings.ReplaceAll(p, ",", " ") + "\n"))
	}
	// The file's name, as the user gave it, is untrusted too.
	const name = "\x1b]0;title\x07\u202ealiases.csv"
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := ParseAliases(name, data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), text.SanitizeLine(name)) {
				t.Errorf("error %q does not name the file", err)
			}
			assertSafeText(t, "alias error", err.Error())
			return
		}
		for k, v := range m {
			if k == "" || v == "" {
				t.Errorf("empty alias or outlet: %q -> %q", k, v)
			}
			if k != OutletKey(k) || v != NormalizeOutlet(v) {
				t.Errorf("%q -> %q is not normalized", k, v)
			}
			for _, s := range []string{k, v} {
				assertSafeText(t, "alias", s)
				if strings.ContainsAny(s, "\n\u2028\u2029") {
					t.Errorf("alias map entry %q spans lines", s)
				}
			}
		}
		var b strings.Builder
		b.WriteString("alias,outlet\n")
		quote := func(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }
		for k, v := range m {
			b.WriteString(quote(k) + "," + quote(v) + "\n")
		}
		again, err := ParseAliases("again.csv", []byte(b.String()))
		if err != nil {
			t.Fatalf("the map written out does not read back: %v\n%s", err, b.String())
		}
		if !maps.Equal(m, again) {
			t.Errorf("the map changed when written out and read back:\n%q\n%q", m, again)
		}
	})
}

// parseFieldMapping reads a --field style mapping, "text=body,outlet=src".
// A key that is a single digit stands for that entry of FieldNames, so the
// fuzzer reaches valid mappings without guessing field names.
func parseFieldMapping(s string) map[string]string {
	if s == "" {
		return nil
	}
	m := map[string]string{}
	for _, kv := range strings.Split(s, ",") {
		k, v, _ := strings.Cut(kv, "=")
		if len(k) == 1 && k[0] >= '0' && k[0] <= '9' {
			k = FieldNames[int(k[0]-'0')%len(FieldNames)]
		}
		m[k] = v
	}
	return m
}

// FuzzFieldMapping loads a records file through an explicit field mapping
// taken from the input: no panic, an invalid mapping is a safe error
// (it quotes the user's flag), every article and problem is safe text, and
// every problem points inside the file.
func FuzzFieldMapping(f *testing.F) {
	add := func(name, mapping string) {
		data, err := os.ReadFile(recordsPath(name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, mapping, uint8(recordFormatOf(name)-1))
	}
	add("mapped.csv", "text=maincol,title=headline_text,outlet=paper,id=docid")
	add("mapped.csv", "text=maincol,date=paper")
	add("newsapi.json", "outlet=source.name,text=content,standfirst=description")
	add("newsapi.json", "text=source")
	add("articles.json", "TITLE=Title,language=lang")
	add("articles.jsonl", "2=body,0=id")
	add("articles.csv", "author=outlet")
	add("broken.json", "text=text")
	add("badquote.csv", "")
	add("articles.csv", "bogus=x")
	add("articles.csv", "text=")
	for i, p := range hostile.Payloads() {
		esc := strings.ReplaceAll(strings.ReplaceAll(p, `\`, `\\`), `"`, `\"`)
		rec := `{"body": "The minister said on Monday that talks would go on. ` + esc + `", "x` + esc + `": "` + esc + `", "src": {"name": "` + esc + `"}, "when": "` + esc + `"}`
		f.Add([]byte(rec+"\n"+rec+"\n"), "text=body,outlet=src.name,title=x"+p+",date=when,url=when,author=when,id=when", uint8(formatJSONL-1))
		f.Add([]byte(rec), "text=body,"+strings.ReplaceAll(p, ",", "")+"=x", uint8(formatJSON-1))
		f.Add([]byte("b,o\n\"The talks went on, the minister said on Monday "+strings.ReplaceAll(p, `"`, `""`)+"\",o"+string(rune('a'+i))+"\n"), "text=b,outlet=o,title=o", uint8(formatCSV-1))
	}
	f.Add([]byte(`{"text": "`+strings.Repeat("word ", 5000)+`", "a": {"b": {"c": {"d": "deep"}}}}`), "title=a.b.c.d,outlet=a.b", uint8(formatJSON-1))
	f.Add([]byte(strings.Repeat("[", 2000)+strings.Repeat("]", 2000)), "text=x", uint8(formatJSON-1))
	f.Fuzz(func(t *testing.T, data []byte, mapping string, format uint8) {
		if len(data) > 1<<16 || len(mapping) > 1024 {
			return
		}
		ext := []string{".json", ".jsonl", ".csv", ".tsv"}[int(format)%4]
		path := filepath.Join(t.TempDir(), "records"+ext)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		fields := parseFieldMapping(mapping)
		res, err := Load([]string{path}, Options{Fields: fields})
		if err != nil {
			if checkFields(fields) == nil {
				t.Fatalf("a valid mapping %q failed the load: %v", fields, err)
			}
			assertSafeText(t, "mapping error", err.Error())
			return
		}
		if checkFields(fields) != nil {
			t.Fatalf("an invalid mapping %q was accepted", fields)
		}
		assertLoadResult(t, res)
		lines := bytes.Count(data, []byte{'\n'}) + 1
		for _, p := range res.Problems {
			if p.Line > lines {
				t.Errorf("problem %q is on line %d of %d", p.Error(), p.Line, lines)
			}
		}
		if len(res.Articles) == 0 && len(res.Problems) == 0 {
			t.Error("a records file gave neither an article nor a problem")
		}
	})
}

// assertLoadResult checks that everything a load returns is safe to print.
func assertLoadResult(t *testing.T, res *Result) {
	t.Helper()
	for _, a := range res.Articles {
		assertArticleInvariants(t, a)
		for _, s := range append([]string{a.Source, a.Language, string(a.OutletFrom), string(a.TitleFrom)}, append(a.Sources, a.Warnings...)...) {
			assertSafeText(t, a.ID+" source or warning", s)
		}
		for _, r := range a.Removed {
			assertSafeText(t, a.ID+" removed text", r.Text+r.Reason)
		}
		for _, s := range []string{a.ID, a.Outlet, a.Title, a.Source} {
			if strings.ContainsAny(s, "\n\u2028\u2029") {
				t.Errorf("one-line field %q spans lines", s)
			}
		}
	}
	for _, p := range res.Problems {
		assertSafeText(t, "problem", p.Error())
		if strings.Contains(p.Error(), "\n") {
			t.Errorf("problem %q spans lines", p.Error())
		}
	}
	assertSafeText(t, "summary", res.Summary())
}

// osName turns fuzz bytes into a name Linux accepts for a file or folder
// (no slash, no NUL, not "." or "..", at most 200 bytes) while keeping
// every other byte, hostile ones included: ESC, C1 controls, U+202E,
// newlines and invalid UTF-8.
func osName(b []byte) string {
	s := strings.NewReplacer("/", "\u2215", "\x00", "\u2400").Replace(string(b))
	if len(s) > 200 {
		s = s[:200]
	}
	if s == "" || s == "." || s == ".." {
		s = "_" + s
	}
	return s
}

// fuzzTree writes a folder described by data under root and returns the
// paths created. data is a list of entries separated by 0xFE; each entry
// is a kind byte, a path (components separated by '/', at most three) and,
// after 0xFD, the file's contents. The kind picks an extension the loader
// reads (or none), and every seventh kind makes a symbolic link (to the
// previous file, or to its own folder) in place of a file.
func fuzzTree(t *testing.T, root string, data []byte) {
	t.Helper()
	exts := []string{".txt", ".html", ".json", ".jsonl", ".csv", ".md", ".tsv", ""}
	var last string
	for i, entry := range bytes.Split(data, []byte{0xfe}) {
		if i >= 8 || len(entry) == 0 {
			break
		}
		kind := entry[0]
		name, content, _ := bytes.Cut(entry[1:], []byte{0xfd})
		parts := bytes.Split(name, []byte{'/'})
		if len(parts) > 3 {
			parts = parts[:3]
		}
		dir := root
		for _, p := range parts[:len(parts)-1] {
			dir = filepath.Join(dir, osName(p))
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			if errors.Is(err, syscall.ENOTDIR) || errors.Is(err, os.ErrExist) {
				continue // a file or link already holds that name
			}
			t.Fatal(err)
		}
		base := osName(parts[len(parts)-1])
		if kind == 'm' {
			base = "manifest.csv"
		} else if strings.ToLower(filepath.Ext(base)) == "" || kind&0x80 == 0 {
			base += exts[int(kind)%len(exts)]
		}
		p := filepath.Join(dir, base)
		if _, err := os.Lstat(p); err == nil {
			continue
		}
		var err error
		switch {
		case kind%7 == 6 && last != "":
			err = os.Symlink(last, p)
		case kind%7 == 6:
			err = os.Symlink(".", p)
		default:
			err = os.WriteFile(p, content, 0o644)
			last = p
		}
		if err != nil {
			t.Fatal(err)
		}
	}
}

// FuzzLoadFolder loads a generated folder whose file and folder names and
// contents come from the input: no panic, everything returned is safe
// text, and the input files are unchanged afterwards.
func FuzzLoadFolder(f *testing.F) {
	entry := func(kind byte, name, content string) string {
		return string([]byte{kind}) + name + "\xfd" + content
	}
	tree := func(entries ...string) []byte { return []byte(strings.Join(entries, "\xfe")) }
	seed := func(name string) string {
		data, err := os.ReadFile(filepath.Join("..", "testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		return string(data)
	}
	a, b := seed("hostile/a.txt"), seed("hostile/b.txt")
	f.Add(tree(entry(0, "Example Wire/a", a), entry(0, "Other Wire/b", b)))
	f.Add(tree(entry(1, "page", seed("corpus/html/hostile.html")), entry(2, "recs", seed("corpus/records/newsapi.json"))))
	f.Add(tree(entry(0, "x", a), entry('m', "", "path,outlet,title\nx.txt,\x1b]0;t\x07Wire,\u202eT\n")))
	f.Add(tree(entry(0, "one", a), entry(6, "link", "")))
	f.Add(tree(entry(0, "self", a), entry(13, "sub/loop", "")))
	for _, p := range hostile.Payloads() {
		f.Add(tree(entry(0, p+"/"+p, a+p), entry(5, "Wire "+p+"\n2/"+p+"/art", b)))
	}
	f.Add(tree(entry(0, "deep/"+strings.Repeat("d", 300), strings.Repeat("The talks went on, officials said. ", 2000))))
	f.Add(tree(entry(0, "a/b/c/d/e", strings.Repeat("\u201c", 500)+strings.Repeat("(", 500)+" said")))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<16 {
			return
		}
		top := t.TempDir()
		// The folder named on the command line has a hostile name too.
		first := bytes.SplitN(data, []byte{0xfe}, 2)[0]
		root := filepath.Join(top, osName(first[:min(len(first), 12)]))
		if err := os.Mkdir(root, 0o755); err != nil {
			t.Fatal(err)
		}
		fuzzTree(t, root, data)
		before := treeSnapshot(t, top)
		res, err := Load([]string{root}, Options{})
		if err != nil {
			assertSafeText(t, "load error", err.Error())
			return
		}
		assertLoadResult(t, res)
		if after := treeSnapshot(t, top); !maps.Equal(before, after) {
			t.Error("loading changed the input files")
		}
	})
}

// treeSnapshot records every entry under dir: a file's bytes, a link's
// target, a folder's presence.
func treeSnapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	m := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		switch {
		case e.IsDir():
			m[p] = "dir"
		case e.Type()&os.ModeSymlink != 0:
			target, err := os.Readlink(p)
			if err != nil {
				return err
			}
			m[p] = "link " + target
		default:
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			st, err := e.Info()
			if err != nil {
				return err
			}
			m[p] = st.Mode().String() + " " + st.ModTime().String() + " " + string(data)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}
