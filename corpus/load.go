package corpus

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"github.com/framediff/framediff/text"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"unicode/utf8"
)

// DefaultMaxBytes is the largest input file read unless Options says
// otherwise: far above any news article, low enough that a stray video or
// database dump is refused rather than read into memory.
const DefaultMaxBytes = 16 << 20

// Options steer loading.
type Options struct {
	// Outlet, when set, is the outlet of every input (the --outlet flag).
	Outlet string
	// Manifest is a manifest file; when empty a manifest.csv at the top of a
	// loaded folder is used.
	Manifest string
	// MaxBytes caps the size of one input file (DefaultMaxBytes when 0).
	MaxBytes int64
	// Language is the language of every input when set ("english").
	Language string
	// KeepDuplicates turns near-duplicate folding off.
	KeepDuplicates bool
	// Aliases merges outlet names: OutletKey(alias) -> canonical name (see
	// ReadAliases). Names are never merged any other way.
	Aliases map[string]string
	// Stdin is read for the path "-".
	Stdin io.Reader
	// Fields maps article fields (FieldNames: "text", "title", "outlet",
	// ...) to the keys of JSON/CSV records that hold them, overriding the
	// automatic mapping: {"text": "maincol"}. A dotted key walks into an
	// object ("source.name").
	Fields map[string]string
	// Progress, when set, is told how many of the inputs have been read,
	// from the reading goroutines: it must be safe to call concurrently.
	Progress func(done, total int)
}

// Problem is an input that was skipped or only partly read.
type Problem struct {
	Path string
	Line int // 0 when not about one line
	Err  error
}

// Error says what went wrong where, as one safe line: the path and the
// reason (which may quote the input) are untrusted text.
func (p Problem) Error() string {
	if p.Line > 0 {
		return text.SanitizeLine(fmt.Sprintf("%s:%d: %v", p.Path, p.Line, p.Err))
	}
	return text.SanitizeLine(fmt.Sprintf("%s: %v", p.Path, p.Err))
}

// Result is what a load produced: the articles, in input order, with
// near-duplicates folded, and the inputs that could not be used.
type Result struct {
	Articles []*Article
	Problems []Problem
	// Folded counts inputs merged into another article as near-duplicates.
	Folded int
}

// Summary is a one-line account for the user ("3 files, 2 articles, 1 skipped").
func (r *Result) Summary() string { return summaryLine(len(r.Articles), r.Folded, len(r.Problems)) }

func summaryLine(articles, folded, skipped int) string {
	s := fmt.Sprintf("%d %s", articles, map[bool]string{true: "article", false: "articles"}[articles == 1])
	if folded > 0 {
		s += fmt.Sprintf(" (%d near-duplicate %s folded)", folded, map[bool]string{true: "copy", false: "copies"}[folded == 1])
	}
	if skipped > 0 {
		s += fmt.Sprintf(", %d %s skipped", skipped, map[bool]string{true: "input", false: "inputs"}[skipped == 1])
	}
	return s
}

// fileSource lets the same loader read the user's disk and the embedded demo.
type fileSource struct {
	fsys fs.FS // nil: the OS file system
}

func (s fileSource) readDir(p string) ([]fs.DirEntry, error) {
	if s.fsys == nil {
		return os.ReadDir(p)
	}
	return fs.ReadDir(s.fsys, p)
}

func (s fileSource) open(p string) (io.ReadCloser, fs.FileInfo, error) {
	var f fs.File
	var err error
	if s.fsys == nil {
		// O_NONBLOCK: opening a named pipe with no writer would otherwise
		// wait forever; a regular file reads as usual.
		f, err = os.OpenFile(p, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	} else {
		f, err = s.fsys.Open(p)
	}
	if err != nil {
		return nil, nil, err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	return f, st, nil
}

// notRegular names what a folder entry is when it is not a regular file
// (or a link to one): a walk reads only regular files, since opening a
// named pipe, a device or a socket can block or never end. It returns ""
// for a regular file.
func (s fileSource) notRegular(p string, e fs.DirEntry) string {
	mode := e.Type()
	if mode&fs.ModeSymlink != 0 && s.fsys == nil {
		st, err := os.Stat(p)
		if err != nil {
			return "a broken link"
		}
		mode = st.Mode().Type()
	}
	switch {
	case mode.IsRegular():
		return ""
	case mode&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case mode&fs.ModeSocket != 0:
		return "a socket"
	case mode&fs.ModeDevice != 0:
		return "a device"
	case mode.IsDir():
		return "a link to a folder"
	}
	return "a special file"
}

// missingEntries reports the rows of a manifest (at name, its paths
// relative to dir) that name a file that is not there, so a typo in a
// manifest does not silently drop an outlet's metadata.
func (s fileSource) missingEntries(name string, m Manifest, dir string) []Problem {
	var probs []Problem
	for _, e := range m.entries() {
		p := s.join(dir, e.Path)
		var err error
		if s.fsys == nil {
			_, err = os.Stat(p)
		} else {
			_, err = fs.Stat(s.fsys, p)
		}
		if err != nil {
			probs = append(probs, Problem{Path: name, Line: e.Line, Err: fmt.Errorf("no file %s (listed in the manifest)", text.SanitizeLine(e.Path))})
		}
	}
	return probs
}

func (s fileSource) join(a, b string) string {
	if s.fsys == nil {
		return filepath.Join(a, b)
	}
	return path.Join(a, b)
}

func (s fileSource) base(p string) string {
	if s.fsys == nil {
		return filepath.Base(p)
	}
	return path.Base(p)
}

// safeError is an error whose message is safe to print as one line: the
// loader's errors quote paths and file contents, which are untrusted text.
type safeError struct{ err error }

func (e safeError) Error() string { return text.SanitizeLine(e.err.Error()) }
func (e safeError) Unwrap() error { return e.err }

// sanitizeError makes err's message safe to print (nil stays nil).
func sanitizeError(err error) error {
	if err == nil {
		return nil
	}
	return safeError{err}
}

// Load reads files and folders from disk. "-" reads standard input.
func Load(paths []string, opt Options) (*Result, error) {
	res, err := load(fileSource{}, paths, opt, "")
	return res, sanitizeError(err)
}

// LoadFS reads a folder of an fs.FS (the embedded demo corpus); sources are
// reported as "embedded:NAME".
func LoadFS(fsys fs.FS, dir string, opt Options) (*Result, error) {
	res, err := load(fileSource{fsys: fsys}, []string{dir}, opt, "embedded:")
	return res, sanitizeError(err)
}

// input is one file to read, with what its location says about it.
type input struct {
	path   string
	folder string // the outlet folder it sits in, in a folder-per-outlet layout
	entry  *ManifestEntry
}

func load(src fileSource, paths []string, opt Options, prefix string) (*Result, error) {
	res := &Result{}
	inputs, err := gatherInputs(src, paths, opt, res)
	if err != nil {
		return nil, err
	}
	docs := readInputs(src, inputs, opt, prefix, res, nil)
	if opt.KeepDuplicates {
		res.Articles = make([]*Article, len(docs))
		parallel(len(docs), func(i int) { res.Articles[i] = docs[i].article() })
		return res, nil
	}
	res.Articles, res.Folded = FoldDuplicates(docs)
	return res, nil
}

// gatherInputs lists the files to read under the paths, with what their
// manifest says of them; what cannot be read is added to res.Problems.
func gatherInputs(src fileSource, paths []string, opt Options, res *Result) ([]input, error) {
	if err := checkFields(opt.Fields); err != nil {
		return nil, err
	}
	manifest := Manifest{}
	if opt.Manifest != "" {
		m, probs, err := ReadManifestFile(opt.Manifest)
		if err != nil {
			return nil, err
		}
		manifest = m
		res.Problems = append(res.Problems, probs...)
		res.Problems = append(res.Problems, src.missingEntries(opt.Manifest, m, filepath.Dir(opt.Manifest))...)
	}
	var inputs []input
	stdin := false
	for _, p := range paths {
		if p == "-" {
			// Standard input can be read only once (and files are read
			// in parallel, so a second "-" would race with the first).
			if stdin {
				res.Problems = append(res.Problems, Problem{Path: "-", Err: errors.New("standard input given more than once; read once")})
				continue
			}
			stdin = true
			inputs = append(inputs, input{path: "-"})
			continue
		}
		var st fs.FileInfo
		var err error
		if src.fsys == nil {
			st, err = os.Stat(p)
		} else {
			st, err = fs.Stat(src.fsys, p)
		}
		if err != nil {
			res.Problems = append(res.Problems, Problem{Path: p, Err: cleanErr(err)})
			continue
		}
		if !st.IsDir() {
			inputs = append(inputs, input{path: p})
			continue
		}
		dirManifest := manifest
		if opt.Manifest == "" {
			for _, name := range []string{"manifest.csv", "framediff-manifest.csv"} {
				mp := src.join(p, name)
				if rc, _, err := src.open(mp); err == nil {
					data, rerr := io.ReadAll(io.LimitReader(rc, 4<<20))
					rc.Close()
					if rerr == nil {
						m, probs, perr := ParseManifest(mp, data, p)
						if perr != nil {
							return nil, perr
						}
						dirManifest = m
						res.Problems = append(res.Problems, probs...)
						res.Problems = append(res.Problems, src.missingEntries(mp, m, p)...)
					}
					break
				}
			}
		}
		found, probs := walk(src, p, dirManifest)
		inputs = append(inputs, found...)
		res.Problems = append(res.Problems, probs...)
	}
	for i := range inputs {
		if inputs[i].entry == nil {
			inputs[i].entry = manifest.Lookup(inputs[i].path)
		}
	}
	return inputs, nil
}

// readInputs reads the inputs on all cores into documents, in input
// order, with the alias map applied; what cannot be read is added to
// res.Problems. When pack is set, each document is handed to it on the
// reading goroutine as soon as it is read, so that a corpus is never
// held whole in its unpacked form.
func readInputs(src fileSource, inputs []input, opt Options, prefix string, res *Result, pack func(*document)) []*document {
	type output struct {
		docs  []*document
		probs []Problem
	}
	outs := make([]output, len(inputs))
	var done atomic.Int64
	parallel(len(inputs), func(i int) {
		outs[i].docs, outs[i].probs = readInput(src, inputs[i], opt, prefix)
		for _, d := range outs[i].docs {
			if canon, ok := opt.Aliases[OutletKey(d.outlet)]; ok && d.outlet != canon {
				d.warnings = append(d.warnings, fmt.Sprintf("outlet %q merged into %q by the alias map", d.outlet, canon))
				d.outlet = canon
			}
			if pack != nil {
				pack(d)
			}
		}
		if opt.Progress != nil {
			opt.Progress(int(done.Add(1)), len(inputs))
		}
	})
	var docs []*document
	for _, o := range outs {
		docs = append(docs, o.docs...)
		res.Problems = append(res.Problems, o.probs...)
	}
	return docs
}

// parallel calls f(0) ... f(n-1) on up to GOMAXPROCS goroutines and waits
// for them; f must only write to its own index's slot.
func parallel(n int, f func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	if workers <= 1 {
		for i := range n {
			f(i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				f(i)
			}
		})
	}
	wg.Wait()
}

// inOrder runs work(0) ... work(n-1) on all cores and hands each result
// to visit on the calling goroutine, in index order, while the cores go
// on with the next: a pass whose bookkeeping must follow the corpus's
// order (visit) does only that on one core. At most four results a core
// are in hand at a time.
func inOrder[T any](n int, work func(i int) T, visit func(i int, r T)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	if workers <= 1 {
		for i := range n {
			visit(i, work(i))
		}
		return
	}
	// A result waits in slot i%len(slots): at most len(slots) indices are
	// taken and not yet visited, and they are consecutive, so each slot
	// is free again by the time its next index is taken. A channel per
	// index would cost a corpus-sized allocation.
	slots := make([]chan T, 4*workers)
	for k := range slots {
		slots[k] = make(chan T, 1)
	}
	window := make(chan struct{}, len(slots))
	var next atomic.Int64
	stop := make(chan struct{})
	defer close(stop)
	for range workers {
		go func() {
			for {
				select {
				case window <- struct{}{}:
				case <-stop:
					return
				}
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				slots[i%len(slots)] <- work(i)
			}
		}()
	}
	for i := range n {
		r := <-slots[i%len(slots)]
		<-window
		visit(i, r)
	}
}

// walk lists the article files under dir, recursively, in name order. A file
// in a sub-folder takes that folder's name as its outlet (folder-per-outlet).
func walk(src fileSource, dir string, m Manifest) ([]input, []Problem) {
	var out []input
	var probs []Problem
	var rec func(d, outletFolder string, depth int)
	rec = func(d, outletFolder string, depth int) {
		entries, err := src.readDir(d)
		if err != nil {
			probs = append(probs, Problem{Path: d, Err: cleanErr(err)})
			return
		}
		sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
		for _, e := range entries {
			name := e.Name()
			if strings.HasPrefix(name, ".") {
				continue
			}
			full := src.join(d, name)
			if e.IsDir() {
				if depth > 32 {
					probs = append(probs, Problem{Path: full, Err: errors.New("folders nested too deep")})
					continue
				}
				of := outletFolder
				if depth == 0 {
					of = name
				}
				rec(full, of, depth+1)
				continue
			}
			if !IsArticleFile(name) || isManifestName(name) || isFolderDoc(name) {
				continue
			}
			if kind := src.notRegular(full, e); kind != "" {
				probs = append(probs, Problem{Path: full, Err: fmt.Errorf("%s, not a regular file", kind)})
				continue
			}
			out = append(out, input{path: full, folder: outletFolder, entry: m.Lookup(full)})
		}
	}
	rec(dir, "", 0)
	return out, probs
}

// isFolderDoc reports whether a file is a folder's own documentation
// (README.md, LICENSE.txt), not an article, so a walk skips it; named
// explicitly, it still loads.
func isFolderDoc(name string) bool {
	base := strings.ToUpper(strings.TrimSuffix(name, filepath.Ext(name)))
	switch base {
	case "README", "LICENSE", "LICENCE", "CHANGELOG", "NOTICE", "COPYING":
		return true
	}
	return false
}

func isManifestName(name string) bool {
	return name == "manifest.csv" || name == "framediff-manifest.csv"
}

// IsArticleFile reports whether a file name has an extension framediff reads
// when it walks a folder.
func IsArticleFile(name string) bool {
	switch extOf(name) {
	case ".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".json", ".jsonl", ".ndjson", ".csv", ".tsv":
		return true
	}
	return false
}

// extOf is a file name's extension, lower-cased.
func extOf(name string) string { return strings.ToLower(filepath.Ext(name)) }

// isHTMLFile reports whether a file name says it holds a web page.
func isHTMLFile(name string) bool {
	switch extOf(name) {
	case ".html", ".htm", ".xhtml":
		return true
	}
	return false
}

// errIsFolder is the error for a folder given where a file was expected.
var errIsFolder = errors.New("is a folder")

// tooBigError is the error for a file of size bytes, over the limit max.
func tooBigError(size, max int64) error {
	return fmt.Errorf("file is %d bytes, over the %d-byte limit (raise it with --max-size)", size, max)
}

// readFile reads the file at p whole, up to one byte past max.
func (s fileSource) readFile(p string, max int64) ([]byte, error) {
	f, st, err := s.open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if st.IsDir() {
		return nil, errIsFolder
	}
	if st.Size() > max {
		return nil, tooBigError(st.Size(), max)
	}
	// The buffer is sized for the file; a pipe or device, which has no
	// size to check first, grows it up to the limit.
	buf := bytes.NewBuffer(make([]byte, 0, min(st.Size(), max)+bytes.MinRead))
	_, err = buf.ReadFrom(io.LimitReader(f, max+1))
	return buf.Bytes(), err
}

// cleanErr drops the path from a file system error: a Problem names the
// path already.
func cleanErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// readInput reads one file into documents (one for text files).
func readInput(src fileSource, in input, opt Options, prefix string) ([]*document, []Problem) {
	max := opt.MaxBytes
	if max <= 0 {
		max = DefaultMaxBytes
	}
	var data []byte
	var err error
	if in.path == "-" {
		r := opt.Stdin
		if r == nil {
			r = os.Stdin
		}
		data, err = io.ReadAll(io.LimitReader(r, max+1))
	} else {
		data, err = src.readFile(in.path, max)
	}
	if err != nil {
		return nil, []Problem{{Path: in.path, Err: cleanErr(err)}}
	}
	if int64(len(data)) > max {
		return nil, []Problem{{Path: in.path, Err: fmt.Errorf("input is over the %d-byte limit (raise it with --max-size)", max)}}
	}
	var decoded string
	if !isHTMLFile(in.path) {
		data, decoded = decodeLegacy(data)
	}
	if err := checkText(data); err != nil {
		return nil, []Problem{{Path: in.path, Err: err}}
	}
	// The file's name is untrusted text like its contents: the id and
	// source are shown in every view.
	base := src.base(in.path)
	id := text.SanitizeLine(strings.TrimSuffix(base, filepath.Ext(base)))
	source := text.SanitizeLine(prefix + in.path)
	if in.path == "-" {
		id, source = "stdin", "stdin"
	}
	if f := recordFormatOf(in.path); f != 0 && in.path != "-" {
		docs, probs := readRecords(data, f, in, opt, id, source)
		for _, d := range docs {
			d.warn(decoded)
		}
		return docs, probs
	}
	var d *document
	if isHTMLFile(in.path) {
		pageURL := ""
		if in.entry != nil {
			pageURL = in.entry.URL
		}
		d, err = parseHTML(data, pageURL)
	} else {
		d, err = parseText(data)
	}
	if err != nil {
		return nil, []Problem{{Path: in.path, Err: err}}
	}
	d.source, d.id = source, id
	d.warn(decoded)
	applyContext(d, in, opt)
	return []*document{d}, nil
}

// readRecords turns a JSON, JSONL or CSV file into one document per record.
// A bad record is a Problem naming the file and its line (or, when the line
// is unknown, its record number); the other records still load.
func readRecords(data []byte, f recordFormat, in input, opt Options, id, source string) ([]*document, []Problem) {
	recs, rprobs := parseRecords(data, f)
	var probs []Problem
	for _, p := range rprobs {
		err := p.err
		if p.num > 0 {
			err = fmt.Errorf("record %d: %w", p.num, err)
		}
		probs = append(probs, Problem{Path: in.path, Line: p.line, Err: err})
	}
	var docs []*document
	for _, r := range recs {
		d, err := recordDocument(r, opt.Fields)
		if err != nil {
			probs = append(probs, Problem{Path: in.path, Line: r.line, Err: err})
			continue
		}
		if d.id == "" {
			d.id = fmt.Sprintf("%s#%d", id, r.num)
		}
		d.source = fmt.Sprintf("%s#%d", source, r.num)
		applyContext(d, in, opt)
		docs = append(docs, d)
	}
	if len(docs) == 0 && len(probs) == 0 {
		probs = append(probs, Problem{Path: in.path, Err: errors.New("no records found")})
	}
	return docs, probs
}

// applyContext adds what the file's surroundings say: folder, manifest, flags.
func applyContext(d *document, in input, opt Options) {
	if in.folder != "" {
		d.setOutlet(in.folder, FromFolder)
	}
	if e := in.entry; e != nil {
		d.setOutlet(e.Outlet, FromManifest)
		if e.Title != "" {
			d.title, d.titleFrom = e.Title, FromManifest
		}
		if !e.Date.IsZero() {
			d.date, d.dateFrom = e.Date, FromManifest
		}
		if e.URL != "" {
			d.url = e.URL
		}
		if e.Language != "" {
			d.language, d.langFrom = e.Language, FromManifest
		}
	}
	if opt.Outlet != "" {
		d.setOutlet(opt.Outlet, FromFlag)
	}
	if opt.Language != "" {
		d.language, d.langFrom = languageName(opt.Language), FromFlag
	}
	if d.language == "" {
		if lang := detectBodyLanguage(d.body); lang != "" {
			d.language, d.langFrom = lang, FromDetected
		}
	} else {
		d.language = languageName(d.language)
	}
	d.cutHeadlineEchoes()
}

// checkText refuses inputs that are not text: empty files and binaries.
func checkText(data []byte) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return errors.New("empty file")
	}
	head := data[:min(len(data), 8000)]
	if bytes.Count(head, []byte{0})*10 > len(head) || bytes.HasPrefix(data, []byte("%PDF")) ||
		bytes.HasPrefix(data, []byte("PK\x03\x04")) || bytes.HasPrefix(data, []byte("\x89PNG")) ||
		bytes.HasPrefix(data, []byte("\xff\xd8\xff")) || bytes.HasPrefix(data, []byte("GIF8")) {
		return errors.New("binary file, not text (convert it to .txt, .html or .json first)")
	}
	if !utf8.Valid(head) {
		bad := 0
		for i := 0; i < len(head); {
			r, n := utf8.DecodeRune(head[i:])
			if r == utf8.RuneError && n == 1 {
				bad++
			}
			i += n
		}
		if bad*4 > len(head) {
			return errors.New("not UTF-8 text (mostly invalid bytes; is it binary or in a legacy encoding?)")
		}
	}
	return nil
}

// parseText turns a plain-text file into a document.
func parseText(data []byte) (*document, error) { return parseTextString(string(data)) }

// parseTextString is parseText for text already in a string (a record's
// body), which it then need not copy.
func parseTextString(raw string) (*document, error) {
	clean, rep := text.SanitizeString(raw)
	c := cleanText(clean)
	d := &document{rawBytes: len(raw), warnings: rep.Warnings(), removed: c.removed, body: c.body, shingles: c.shingles, byline: c.byline}
	if len(c.body) == 0 {
		return nil, errors.New("no article text found (every line looked like site chrome)")
	}
	if c.title != "" {
		d.title, d.titleFrom, d.titleRemoved = c.title, FromLayout, c.titleRemoved
	}
	d.standfirst = c.standfirst
	if h := cmp.Or(c.meta["title"], c.meta["headline"]); h != "" && d.titleRemoved != "" && !strings.EqualFold(d.title, h) {
		d.dropLayoutTitle()
	}
	if !c.date.IsZero() {
		d.date, d.dateFrom = c.date, c.dateFrom
	}
	if c.outlet != "" {
		d.setOutlet(c.outlet, FromPageText)
	}
	for k, v := range c.meta {
		switch k {
		case "title", "headline":
			d.title, d.titleFrom = v, FromHeader
		case "outlet", "source", "site", "publisher":
			d.setOutlet(v, FromHeader)
		case "url", "link":
			d.url = v
		case "byline", "author", "authors":
			d.byline = v
		case "date", "published":
			if t, ok := ParseDate(v); ok {
				d.date, d.dateFrom = t, FromHeader
			} else {
				d.warnings = append(d.warnings, fmt.Sprintf("header date %q not understood", v))
			}
		case "language", "lang":
			d.language, d.langFrom = strings.ToLower(v), FromHeader
		case "standfirst", "subtitle", "description":
			d.standfirst = v
		}
	}
	if d.language == "" && c.bodyLang != "" {
		// What applyContext would detect in the body: the cleaner has
		// counted its function words already.
		d.language, d.langFrom = c.bodyLang, FromDetected
	}
	return d, nil
}
