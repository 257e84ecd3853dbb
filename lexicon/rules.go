package lexicon

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"
)

// Category is what kind of framing device a rule marks (FRAMING.md).
type Category string

// The rule categories.
const (
	Naming      Category = "naming"
	Evaluative  Category = "evaluative"
	Attribution Category = "attribution"
	Distancing  Category = "distancing"
	Hedging     Category = "hedging"
	Claim       Category = "claim"
	Frame       Category = "frame"
	// Actor marks names and titles of an actor group; it comes from
	// [[actor]] tables rather than [[rule]] ones.
	Actor Category = "actor"
)

// Categories lists the categories a [[rule]] may have, in display order.
var categories = []Category{Naming, Evaluative, Attribution, Distancing, Hedging, Claim, Frame}

// Categories returns the rule categories in display order.
func Categories() []Category { return append([]Category(nil), categories...) }

// Rule is one rule of a rule file, as written, with where it was written.
type Rule struct {
	ID       string   `toml:"id" json:"id"`
	Category Category `toml:"category" json:"category"`
	// Concept and Variant describe naming rules: one referent (Israel),
	// one way of naming it (occupation). Other categories may use Variant
	// as a sub-class (attribution: neutral/loaded; hedging: hedge/booster).
	Concept string   `toml:"concept" json:"concept,omitempty"`
	Variant string   `toml:"variant" json:"variant,omitempty"`
	Phrases []string `toml:"phrases" json:"phrases,omitempty"`
	// Actors and Predicates define claim rules: an actor ("@iran" for an
	// actor group, or a phrase) and a predicate phrase in one sentence.
	Actors          []string `toml:"actors" json:"actors,omitempty"`
	Predicates      []string `toml:"predicates" json:"predicates,omitempty"`
	Note            string   `toml:"note" json:"note,omitempty"`
	Source          string   `toml:"source" json:"source,omitempty"`
	Examples        []string `toml:"examples" json:"examples,omitempty"`
	Counterexamples []string `toml:"counterexamples" json:"counterexamples,omitempty"`

	// File and Line locate the rule for error messages and explanations.
	File string `toml:"-" json:"file"`
	Line int    `toml:"-" json:"line"`
	// Pack is the name of the rule file's pack.
	Pack string `toml:"-" json:"pack"`
	// Language is the rule file's language.
	Language string `toml:"-" json:"language"`
}

// ActorGroup maps names, titles and demonyms to one group of actors.
type ActorGroup struct {
	ID    string   `toml:"id" json:"id"`
	Label string   `toml:"label" json:"label"`
	Names []string `toml:"names" json:"names"`
	Note  string   `toml:"note" json:"note,omitempty"`
	File  string   `toml:"-" json:"file"`
	Line  int      `toml:"-" json:"line"`
}

// File is one parsed rule file.
type File struct {
	Path     string       `toml:"-"`
	Language string       `toml:"language"`
	Name     string       `toml:"name"`
	Source   string       `toml:"source"`
	Licence  string       `toml:"licence"`
	Rules    []Rule       `toml:"rule"`
	Actors   []ActorGroup `toml:"actor"`
}

// Lexicon is a set of rule files, validated together (rules may refer to
// actor groups defined in other files).
type Lexicon struct {
	Files []*File
}

// Error is a problem in a rule file, at a line and column.
type Error struct {
	File      string
	Line, Col int
	Msg       string
}

func (e *Error) Error() string {
	if e.Col > 0 {
		return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg)
	}
	return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
}

// Errors is every problem found in a lexicon, so a user fixes them in one go.
type Errors []*Error

func (es Errors) Error() string {
	var b strings.Builder
	for i, e := range es {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

//go:embed packs/*.toml
var packFS embed.FS

// DefaultFiles parses the embedded default packs.
func DefaultFiles() ([]*File, error) {
	names, err := fs.Glob(packFS, "packs/*.toml")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var out []*File
	for _, n := range names {
		data, err := packFS.ReadFile(n)
		if err != nil {
			return nil, err
		}
		f, err := ParseFile("default:"+path.Base(n), data)
		if err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, nil
}

// Default returns the embedded default lexicon, validated.
func Default() (*Lexicon, error) {
	fs, err := DefaultFiles()
	if err != nil {
		return nil, err
	}
	lx := &Lexicon{Files: fs}
	if err := lx.Validate(); err != nil {
		return nil, err
	}
	return lx, nil
}

// LoadPaths reads rule files and folders of them (*.toml, recursively).
func LoadPaths(paths []string) ([]*File, error) {
	var out []*File
	var errs Errors
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("lexicon %s: %w", p, err)
		}
		var files []string
		if st.IsDir() {
			err := filepath.WalkDir(p, func(fp string, d fs.DirEntry, err error) error {
				if err != nil {
					return err
				}
				if !d.IsDir() && strings.EqualFold(filepath.Ext(fp), ".toml") {
					files = append(files, fp)
				}
				return nil
			})
			if err != nil {
				return nil, fmt.Errorf("lexicon %s: %w", p, err)
			}
			sort.Strings(files)
		} else {
			files = []string{p}
		}
		for _, fp := range files {
			data, err := os.ReadFile(fp)
			if err != nil {
				return nil, fmt.Errorf("lexicon %s: %w", fp, err)
			}
			f, err := ParseFile(fp, data)
			if err != nil {
				var es Errors
				if errors.As(err, &es) {
					errs = append(errs, es...)
					continue
				}
				return nil, err
			}
			out = append(out, f)
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return out, nil
}

var keyLineRe = regexp.MustCompile(`^\s*([A-Za-z_][A-Za-z0-9_-]*)\s*=`)

// lineIndex maps the tables of a rule file to their lines, which the TOML
// decoder does not report for valid-but-wrong values.
type lineIndex struct {
	lines  []string
	tables map[string][]int // "rule" -> line of each [[rule]] header
}

func indexLines(data []byte) *lineIndex {
	li := &lineIndex{lines: strings.Split(string(data), "\n"), tables: map[string][]int{}}
	for i, l := range li.lines {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "[[") {
			name := strings.TrimSpace(strings.Trim(strings.SplitN(t, "#", 2)[0], "[] \t"))
			li.tables[name] = append(li.tables[name], i+1)
		}
	}
	return li
}

// keyPos finds the line and column of key inside the n-th table (or at the
// top level when table is ""); it falls back to the table's header line.
func (li *lineIndex) keyPos(table string, n int, key string) (int, int) {
	start, end := 1, len(li.lines)
	if table != "" && n < 0 {
		for i := range li.tables[table] {
			if l, c := li.keyPos(table, i, key); c > 0 {
				return l, c
			}
		}
		n = 0
	}
	if table != "" {
		hs := li.tables[table]
		if n >= len(hs) {
			return 1, 0
		}
		start = hs[n]
		// the table runs to the next table header of any kind
		for i := start; i < len(li.lines); i++ {
			if strings.HasPrefix(strings.TrimSpace(li.lines[i]), "[") {
				end = i
				break
			}
		}
	} else {
		for i, l := range li.lines {
			if strings.HasPrefix(strings.TrimSpace(l), "[") {
				end = i
				break
			}
		}
	}
	if key == "" {
		return start, 0
	}
	for i := start - 1; i < end && i < len(li.lines); i++ {
		if m := keyLineRe.FindStringSubmatchIndex(li.lines[i]); m != nil && li.lines[i][m[2]:m[3]] == key {
			return i + 1, m[2] + 1
		}
	}
	return start, 0
}

// valuePos finds the line and column of a quoted string value inside a
// table (for an empty or bad phrase), falling back to the key's position.
func (li *lineIndex) valuePos(table string, n int, key, value string) (int, int) {
	line, col := li.keyPos(table, n, key)
	q := fmt.Sprintf("%q", value)
	for i := line - 1; i < len(li.lines) && i < line+40; i++ {
		if c := strings.Index(li.lines[i], q); c >= 0 {
			return i + 1, c + 1
		}
		if i > line-1 && strings.HasPrefix(strings.TrimSpace(li.lines[i]), "[") {
			break
		}
	}
	return line, col
}

// ParseFile decodes one rule file. Syntax errors, unknown keys and values of
// the wrong type are reported as file:line:col errors; cross-file checks
// happen in Lexicon.Validate.
func ParseFile(name string, data []byte) (*File, error) {
	if !bytes.HasSuffix(data, []byte("\n")) {
		data = append(bytes.Clone(data), '\n')
	}
	f := &File{Path: name}
	md, err := toml.Decode(string(data), f)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return nil, Errors{{File: name, Line: pe.Position.Line, Col: pe.Position.Col, Msg: pe.Message}}
		}
		// Type errors do not carry a position; name the key at least.
		return nil, Errors{{File: name, Line: 1, Msg: err.Error()}}
	}
	li := indexLines(data)
	var errs Errors
	for _, k := range md.Undecoded() {
		table, n, key := "", 0, k[len(k)-1]
		if len(k) > 1 {
			table = k[0]
			n = undecodedIndex(md, k)
		}
		line, col := li.keyPos(table, n, key)
		errs = append(errs, &Error{File: name, Line: line, Col: col, Msg: fmt.Sprintf("unknown key %q", k.String())})
	}
	if f.Language == "" {
		f.Language = "english"
	}
	f.Language = strings.ToLower(f.Language)
	if !isSupported(f.Language) {
		line, col := li.keyPos("", 0, "language")
		errs = append(errs, &Error{File: name, Line: line, Col: col, Msg: fmt.Sprintf("language %q is not supported (supported: %s)", f.Language, strings.Join(supportedLanguages, ", "))})
	}
	if f.Name == "" {
		f.Name = strings.TrimSuffix(path.Base(filepath.ToSlash(name)), ".toml")
	}
	for i := range f.Rules {
		r := &f.Rules[i]
		r.File, r.Pack, r.Language = name, f.Name, f.Language
		r.Line, _ = li.keyPos("rule", i, "")
	}
	for i := range f.Actors {
		a := &f.Actors[i]
		a.File = name
		a.Line, _ = li.keyPos("actor", i, "")
	}
	errs = append(errs, checkFile(f, li)...)
	if len(errs) > 0 {
		sort.SliceStable(errs, func(i, j int) bool { return errs[i].Line < errs[j].Line })
		return nil, errs
	}
	return f, nil
}

// undecodedIndex guesses which array element an undecoded key belongs to:
// the decoder reports "rule.typo" without an index, so the first table
// holding that key is named (good enough to point at the line).
func undecodedIndex(md toml.MetaData, k toml.Key) int { return -1 } // -1: search every table

// checkFile validates what one file can validate on its own.
func checkFile(f *File, li *lineIndex) Errors {
	var errs Errors
	cache := newFormCache(f.Language, nil)
	at := func(table string, i int, key, msg string) {
		line, col := li.keyPos(table, i, key)
		errs = append(errs, &Error{File: f.Path, Line: line, Col: col, Msg: msg})
	}
	atValue := func(table string, i int, key, value, msg string) {
		line, col := li.valuePos(table, i, key, value)
		errs = append(errs, &Error{File: f.Path, Line: line, Col: col, Msg: msg})
	}
	checkPhrases := func(table string, i int, key string, phrases []string, allowActorRef bool) {
		for _, p := range phrases {
			if allowActorRef && strings.HasPrefix(p, "@") {
				continue
			}
			if strings.TrimSpace(p) == "" {
				atValue(table, i, key, p, fmt.Sprintf("empty phrase in %s", key))
				continue
			}
			pat, err := compilePhrase(p, cache)
			if err != nil {
				atValue(table, i, key, p, fmt.Sprintf("phrase %q: %v", p, err))
				continue
			}
			if len(pat) == 0 {
				atValue(table, i, key, p, fmt.Sprintf("phrase %q has no words (it stems to nothing)", p))
			}
		}
	}
	for i, r := range f.Rules {
		if r.ID == "" {
			at("rule", i, "", "rule has no id")
		}
		known := false
		for _, c := range categories {
			if r.Category == c {
				known = true
			}
		}
		switch {
		case r.Category == "":
			at("rule", i, "", fmt.Sprintf("rule %q has no category", r.ID))
		case !known:
			at("rule", i, "category", fmt.Sprintf("rule %q: unknown category %q (known: %s)", r.ID, r.Category, joinCats()))
		}
		if r.Category == Claim {
			if len(r.Actors) == 0 {
				at("rule", i, "", fmt.Sprintf("claim rule %q needs actors", r.ID))
			}
			if len(r.Predicates) == 0 {
				at("rule", i, "", fmt.Sprintf("claim rule %q needs predicates", r.ID))
			}
			if len(r.Phrases) > 0 {
				at("rule", i, "phrases", fmt.Sprintf("claim rule %q: use actors and predicates, not phrases", r.ID))
			}
			checkPhrases("rule", i, "actors", r.Actors, true)
			checkPhrases("rule", i, "predicates", r.Predicates, false)
		} else if known {
			if len(r.Phrases) == 0 {
				at("rule", i, "", fmt.Sprintf("rule %q has no phrases", r.ID))
			}
			if len(r.Actors)+len(r.Predicates) > 0 {
				at("rule", i, "actors", fmt.Sprintf("rule %q: actors and predicates belong to claim rules", r.ID))
			}
			checkPhrases("rule", i, "phrases", r.Phrases, false)
		}
		if r.Category == Naming && (r.Concept == "" || r.Variant == "") {
			at("rule", i, "", fmt.Sprintf("naming rule %q needs a concept and a variant", r.ID))
		}
	}
	for i, a := range f.Actors {
		if a.ID == "" {
			at("actor", i, "", "actor group has no id")
		}
		if len(a.Names) == 0 {
			at("actor", i, "", fmt.Sprintf("actor group %q has no names", a.ID))
		}
		checkPhrases("actor", i, "names", a.Names, false)
	}
	return errs
}

func joinCats() string {
	s := make([]string, len(categories))
	for i, c := range categories {
		s[i] = string(c)
	}
	return strings.Join(s, ", ")
}

// Validate checks what needs every file at once: duplicate rule and actor
// ids, and references to actor groups that no file defines.
func (lx *Lexicon) Validate() error {
	var errs Errors
	rules := map[string]*Rule{}
	actors := map[string]*ActorGroup{}
	for _, f := range lx.Files {
		for i := range f.Actors {
			a := &f.Actors[i]
			if prev, ok := actors[a.ID]; ok {
				errs = append(errs, &Error{File: a.File, Line: a.Line, Msg: fmt.Sprintf("duplicate actor group id %q (first defined at %s:%d)", a.ID, prev.File, prev.Line)})
				continue
			}
			actors[a.ID] = a
		}
	}
	for _, f := range lx.Files {
		for i := range f.Rules {
			r := &f.Rules[i]
			if prev, ok := rules[r.ID]; ok {
				errs = append(errs, &Error{File: r.File, Line: r.Line, Msg: fmt.Sprintf("duplicate rule id %q (first defined at %s:%d)", r.ID, prev.File, prev.Line)})
			} else {
				rules[r.ID] = r
			}
			for _, a := range r.Actors {
				if strings.HasPrefix(a, "@") {
					if _, ok := actors[strings.TrimPrefix(a, "@")]; !ok {
						errs = append(errs, &Error{File: r.File, Line: r.Line, Msg: fmt.Sprintf("rule %q refers to actor group %q, which no rule file defines", r.ID, a)})
					}
				}
			}
		}
	}
	if len(errs) > 0 {
		return errs
	}
	return nil
}

// Rules returns every rule of the lexicon, in file order.
func (lx *Lexicon) Rules() []*Rule {
	var out []*Rule
	for _, f := range lx.Files {
		for i := range f.Rules {
			out = append(out, &f.Rules[i])
		}
	}
	return out
}

// ActorGroups returns every actor group of the lexicon, in file order.
func (lx *Lexicon) ActorGroups() []*ActorGroup {
	var out []*ActorGroup
	for _, f := range lx.Files {
		for i := range f.Actors {
			out = append(out, &f.Actors[i])
		}
	}
	return out
}
