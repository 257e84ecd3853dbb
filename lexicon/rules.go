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
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"

	"github.com/framediff/framediff/text"
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

// categories lists the categories a [[rule]] may have, in display order.
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

	// Polarity ("negative", "positive") and Strength (0 to 4, the scale of
	// the rated word lists; 0 is unrated) grade a loaded word, so a
	// category's min_strength can leave out the mild ones. POS is the part
	// of speech the entry was listed as (noun, verb, adj, adv): a record
	// of what was meant, not a condition.
	Polarity string  `toml:"polarity" json:"polarity,omitempty"`
	Strength float64 `toml:"strength" json:"strength,omitempty"`
	POS      string  `toml:"pos" json:"pos,omitempty"`
	// When and Unless are context patterns around the match, written with
	// "_" for the matched words ("_ to", "will _"): with When, one of them
	// must hold; with Unless, none may.
	When   []string `toml:"when" json:"when,omitempty"`
	Unless []string `toml:"unless" json:"unless,omitempty"`
	// Cue marks a rule whose matches are shown (who is speaking, how a
	// quote is introduced) but are not loaded language: "said" is a cue.
	Cue bool `toml:"cue" json:"cue,omitempty"`

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

// CategorySettings switch a category off or raise the strength its rated
// rules need. A file loaded later overrides an earlier one key by key, so a
// user's small settings file adjusts the default packs.
type CategorySettings struct {
	// Enabled false drops every rule of the category.
	Enabled *bool `toml:"enabled"`
	// MinStrength drops the category's rated rules (Strength > 0) that are
	// weaker; unrated rules always stay.
	MinStrength *float64 `toml:"min_strength"`
}

// File is one parsed rule file.
type File struct {
	Path     string                      `toml:"-"`
	Language string                      `toml:"language"`
	Name     string                      `toml:"name"`
	Source   string                      `toml:"source"`
	Licence  string                      `toml:"licence"`
	Category map[string]CategorySettings `toml:"category"`
	Rules    []Rule                      `toml:"rule"`
	Actors   []ActorGroup                `toml:"actor"`

	// index tells where each key of the file's TOML stands, for error
	// positions. A pack read from its compact form indexes its TOML only
	// when an error needs a position, so a start of framediff does not.
	index func() *tomlIndex
	// embedded marks the default packs, whose phrases the test suite checks
	// for shadowing, so a start of framediff need not check them again.
	embedded bool
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

// Error renders the problem as "file:line:col: message", the form editors
// and terminals turn into a link (the column is left out when unknown).
//
// The path and the message may quote the file's own text (a key, a value),
// so both are sanitized: an error line never carries an escape sequence.
func (e *Error) Error() string {
	file, msg := text.SanitizeLine(e.File), text.SanitizeLine(e.Msg)
	if e.Col > 0 {
		return fmt.Sprintf("%s:%d:%d: %s", file, e.Line, e.Col, msg)
	}
	return fmt.Sprintf("%s:%d: %s", file, e.Line, msg)
}

// Errors is every problem found in a lexicon, so a user fixes them in one go.
type Errors []*Error

// Error renders one problem per line.
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

// The compact forms of the packs are generated from their TOML.
//go:generate go run ./internal/packgen

//go:embed packs/*.toml packs/*.compact
var packFS embed.FS

// DefaultFiles parses the embedded default packs. Each is read from its
// compact form (packs/NAME.compact, which `go generate ./lexicon` and the
// loaded pack's generator write from the TOML, checked), which says the
// same thing and reads many times faster; its rules still name the TOML
// and its lines. A pack whose TOML changed since its compact form was
// written is read from the TOML, with every check.
func DefaultFiles() ([]*File, error) {
	names, err := fs.Glob(packFS, "packs/*.toml")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var out []*File
	for _, n := range names {
		f, err := readDefaultPack(n, true)
		if err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, nil
}

// readDefaultPack reads the embedded pack n (packs/NAME.toml) as a start
// of framediff does, from its compact form when it has one, or, without
// useCompact, as ParseFile reads any rule file.
func readDefaultPack(n string, useCompact bool) (*File, error) {
	name := "default:" + path.Base(n)
	if compact, err := packFS.ReadFile(strings.TrimSuffix(n, ".toml") + compactExt); useCompact && err == nil && compactCurrent(compact, n) {
		f, err := parseCompact(name, compact)
		if err != nil {
			return nil, err
		}
		// The TOML is read whole only if an error needs a position in it.
		f.index = sync.OnceValue(func() *tomlIndex {
			data, err := packFS.ReadFile(n)
			if err != nil {
				return indexTOML("")
			}
			return indexTOML(string(data))
		})
		f.embedded = true
		return f, nil
	}
	data, err := packFS.ReadFile(n)
	if err != nil {
		return nil, err
	}
	// Without a current compact form the pack gets every check, as any
	// rule file does.
	f, err := ParseFile(name, data)
	if err != nil {
		return nil, err
	}
	f.embedded = true
	return f, nil
}

// compactCurrent reports whether the compact form of the embedded pack n
// was written from n as it is now.
func compactCurrent(compact []byte, n string) bool {
	tf, err := packFS.Open(n)
	if err != nil {
		return false
	}
	defer tf.Close()
	return compactIsCurrent(compact, tf)
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

// DefaultSet compiles the embedded default lexicon.
func DefaultSet() (*Set, error) {
	lx, err := Default()
	if err != nil {
		return nil, err
	}
	return Compile(lx)
}

// LoadPaths reads rule files and folders of them (*.toml, recursively).
func LoadPaths(paths []string) ([]*File, error) {
	var out []*File
	var errs Errors
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, readError(p, err)
		}
		var files []string
		if st.IsDir() {
			err := filepath.WalkDir(p, func(fp string, d fs.DirEntry, err error) error {
				if err != nil {
					return err
				}
				if !d.IsDir() && strings.EqualFold(filepath.Ext(fp), ".toml") {
					files = append(files, underTyped(p, fp))
				}
				return nil
			})
			if err != nil {
				return nil, readError(p, err)
			}
			sort.Strings(files)
		} else {
			files = []string{p}
		}
		for _, fp := range files {
			data, err := os.ReadFile(fp)
			if err != nil {
				return nil, readError(fp, err)
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

// readError says why the rule file or folder p could not be read, naming
// it as the user typed it; the system call's own wording ("stat p: ...")
// is left out, and a failure inside a folder names the entry that failed.
func readError(p string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		if pe.Path != p {
			p = underTyped(p, pe.Path)
		}
		err = pe.Err
	}
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("%s: no such rule file or folder", p)
	}
	return fmt.Errorf("%s: cannot read rule file: %w", p, err)
}

// underTyped rewrites a path that filepath.WalkDir found under root so it
// starts with root as the user typed it ("./lex/a.toml", not the cleaned
// "lex/a.toml"), because errors print the paths the user knows.
func underTyped(root, found string) string {
	rel, err := filepath.Rel(filepath.Clean(root), found)
	if err != nil || rel == "." {
		return found
	}
	if strings.HasSuffix(root, string(filepath.Separator)) || strings.HasSuffix(root, "/") {
		return root + rel
	}
	return root + string(filepath.Separator) + rel
}

// knownKeys are the keys each kind of table may hold, for "did you mean"
// hints on unknown keys.
var knownKeys = map[string][]string{
	"":      {"language", "name", "source", "licence", "category", "rule", "actor"},
	"rule":  {"id", "category", "concept", "variant", "phrases", "actors", "predicates", "note", "source", "examples", "counterexamples", "polarity", "strength", "pos", "when", "unless", "cue"},
	"actor": {"id", "label", "names", "note"},
}

// listKeys are the keys whose value is a list of strings; every other key
// takes one string.
var listKeys = map[string]bool{"phrases": true, "actors": true, "predicates": true, "examples": true, "counterexamples": true, "names": true, "when": true, "unless": true}

// numberKeys and boolKeys take a number and true/false.
var (
	numberKeys = map[string]bool{"strength": true, "min_strength": true}
	boolKeys   = map[string]bool{"cue": true, "enabled": true}
)

// typeErrRe picks the key and the problem out of the decoder's type errors,
// whose line is that of the key's last occurrence, not necessarily the bad one.
var typeErrRe = regexp.MustCompile(`^toml: (?:line (\d+) )?\(last key "([^"]*)"\): (.*)$`)

// ParseFile decodes one rule file. Syntax errors, unknown keys, values of
// the wrong type and rules that cannot work (no id, unknown category, a
// phrase that stems to nothing) are reported as file:line:col errors, all
// of them at once; cross-file checks happen in Lexicon.Validate.
func ParseFile(name string, data []byte) (*File, error) {
	if !bytes.HasSuffix(data, []byte("\n")) {
		data = append(bytes.Clone(data), '\n')
	}
	text := string(data)
	ix := indexTOML(text)
	f := &File{Path: name, index: func() *tomlIndex { return ix }}
	md, err := toml.Decode(text, f)
	if err != nil {
		return nil, Errors{decodeError(name, ix, err)}
	}
	f.sanitize()
	var errs Errors
	reported := map[string]bool{}
	for _, k := range md.Undecoded() {
		// The decoder lists "rule.typo" once per [[rule]] that has it, and
		// "rule.sub.q" under an unknown "rule.sub": one error per place.
		if reported[k.String()] || prefixReported(reported, k) {
			continue
		}
		reported[k.String()] = true
		locs := ix.locs(k)
		if len(locs) == 0 {
			errs = append(errs, &Error{File: name, Line: 1, Msg: unknownKeyMsg(k)})
		}
		for _, l := range locs {
			errs = append(errs, &Error{File: name, Line: l.line, Col: l.col, Msg: unknownKeyMsg(k)})
		}
	}
	if f.Language == "" {
		f.Language = "english"
	}
	f.Language = strings.ToLower(f.Language)
	if !isSupported(f.Language) {
		line, col := 1, 0
		if k := ix.find("", -1, "language"); k != nil {
			line, col = k.vline, k.vcol
		}
		errs = append(errs, &Error{File: name, Line: line, Col: col, Msg: fmt.Sprintf("language %q is not supported (supported: %s)", f.Language, strings.Join(supportedLanguages, ", "))})
	}
	if f.Name == "" {
		f.Name = strings.TrimSuffix(path.Base(filepath.ToSlash(name)), ".toml")
	}
	lines, sure := ix.headerLines("rule", len(f.Rules))
	for i := range f.Rules {
		r := &f.Rules[i]
		r.File, r.Pack, r.Language = name, f.Name, f.Language
		if sure {
			r.Line = lines[i]
		} else {
			r.Line, _ = ix.keyPos("rule", i, "")
		}
	}
	for i := range f.Actors {
		a := &f.Actors[i]
		a.File = name
		a.Line, _ = ix.keyPos("actor", i, "")
	}
	errs = append(errs, checkFile(f, ix)...)
	if len(errs) > 0 {
		errs.sort()
		return nil, errs
	}
	return f, nil
}

// sanitize makes every text a rule file gives safe to show: users share
// rule files, and an id, note or label holding an escape sequence (a
// clipboard write, a link, a window title), a control character or a bidi
// override would otherwise reach the terminal and the reports through
// kwic, lexicon list/test, the TUI's detail line and the report.
// TOML's own escapes ("\u001b") decode to those characters, so this runs
// on the decoded values, not on the file's bytes.
func (f *File) sanitize() {
	line := func(ps ...*string) {
		for _, p := range ps {
			*p = text.SanitizeLine(*p)
		}
	}
	lines := func(ls ...[]string) {
		for _, l := range ls {
			for i := range l {
				l[i] = text.SanitizeLine(l[i])
			}
		}
	}
	line(&f.Language, &f.Name, &f.Source, &f.Licence)
	for i := range f.Rules {
		r := &f.Rules[i]
		r.Category = Category(text.SanitizeLine(string(r.Category)))
		line(&r.ID, &r.Concept, &r.Variant, &r.Note, &r.Source)
		lines(r.Phrases, r.Actors, r.Predicates, r.Examples, r.Counterexamples)
	}
	for i := range f.Actors {
		a := &f.Actors[i]
		line(&a.ID, &a.Label, &a.Note)
		lines(a.Names)
	}
}

// decodeError turns a decoder error into a positioned Error.
func decodeError(name string, ix *tomlIndex, err error) *Error {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		return &Error{File: name, Line: max(pe.Position.Line, 1), Col: pe.Position.Col, Msg: pe.Message}
	}
	m := typeErrRe.FindStringSubmatch(err.Error())
	if m == nil {
		return &Error{File: name, Line: 1, Msg: err.Error()}
	}
	key := strings.Split(m[2], ".")
	msg := fmt.Sprintf("%s: %s", m[2], m[3])
	last := key[len(key)-1]
	want := "string"
	switch {
	case listKeys[last]:
		want = "list"
	case numberKeys[last]:
		want = "number"
	case boolKeys[last]:
		want = "bool"
	}
	if len(key) <= 3 {
		switch want {
		case "list":
			msg = fmt.Sprintf("%s must be a list of strings, like [\"a\", \"b\"]", last)
		case "number":
			msg = fmt.Sprintf("%s must be a number, like 1.5", last)
		case "bool":
			msg = fmt.Sprintf("%s must be true or false", last)
		default:
			msg = fmt.Sprintf("%s must be a string, like \"text\"", last)
		}
	}
	// The decoder names the key's last occurrence; find the one whose
	// value has the wrong shape.
	for _, l := range ix.locs(key) {
		if ix.valueShape(l) != want {
			return &Error{File: name, Line: l.vline, Col: l.vcol, Msg: msg}
		}
	}
	line, _ := strconv.Atoi(m[1])
	return &Error{File: name, Line: max(line, 1), Msg: msg}
}

func prefixReported(reported map[string]bool, k toml.Key) bool {
	for n := 1; n < len(k); n++ {
		if reported[k[:n].String()] {
			return true
		}
	}
	return false
}

// unknownKeyMsg names an unknown key and, when one is close, the key meant.
func unknownKeyMsg(k toml.Key) string {
	table, key := "", k[len(k)-1]
	if len(k) == 2 {
		table = k[0]
	}
	msg := fmt.Sprintf("unknown key %q", k.String())
	if len(k) > 2 {
		return msg
	}
	if known, ok := knownKeys[table]; ok {
		best, dist := "", 3
		for _, c := range known {
			if d := editDistance(key, c); d < dist {
				best, dist = c, d
			}
		}
		if best != "" {
			return msg + fmt.Sprintf(" (did you mean %q?)", best)
		}
		return msg + fmt.Sprintf(" (known keys: %s)", strings.Join(known, ", "))
	}
	return msg
}

// editDistance is the Levenshtein distance of two short strings.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func (es Errors) sort() {
	sort.SliceStable(es, func(i, j int) bool {
		a, b := es[i], es[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
}

// checkFile validates what one file can validate on its own.
func checkFile(f *File, ix *tomlIndex) Errors {
	var errs Errors
	an := text.NewAnalyzer(f.Language)
	at := func(table string, i int, key, msg string) {
		line, col := ix.keyPos(table, i, key)
		errs = append(errs, &Error{File: f.Path, Line: line, Col: col, Msg: msg})
	}
	atValue := func(table string, i int, key, value, msg string) {
		line, col := ix.valuePos(table, i, key, value)
		errs = append(errs, &Error{File: f.Path, Line: line, Col: col, Msg: msg})
	}
	checkPhrases := func(table string, i int, key string, phrases []string, allowActorRef bool) {
		for _, p := range phrases {
			if allowActorRef && strings.HasPrefix(p, "@") {
				if len(p) == 1 {
					atValue(table, i, key, p, "an actor reference needs a group id after @")
				}
				continue
			}
			if strings.TrimSpace(p) == "" {
				atValue(table, i, key, p, fmt.Sprintf("empty phrase in %s", key))
				continue
			}
			pat, err := compilePhrase(p, an)
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
		known := slices.Contains(categories, r.Category)
		switch {
		case r.Category == "":
			at("rule", i, "", fmt.Sprintf("rule %q has no category (one of: %s)", r.ID, joinCats()))
		case !known:
			atValue("rule", i, "category", string(r.Category), fmt.Sprintf("rule %q: unknown category %q (known: %s)", r.ID, r.Category, joinCats()))
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
				at("rule", i, "phrases", fmt.Sprintf("rule %q has no phrases", r.ID))
			}
			if len(r.Actors) > 0 {
				at("rule", i, "actors", fmt.Sprintf("rule %q: actors belong to claim rules", r.ID))
			}
			if len(r.Predicates) > 0 {
				at("rule", i, "predicates", fmt.Sprintf("rule %q: predicates belong to claim rules", r.ID))
			}
			checkPhrases("rule", i, "phrases", r.Phrases, false)
		}
		if r.Category == Naming && (r.Concept == "" || r.Variant == "") {
			at("rule", i, "", fmt.Sprintf("naming rule %q needs a concept and a variant", r.ID))
		}
		if r.Polarity != "" && !slices.Contains(polarities, r.Polarity) {
			atValue("rule", i, "polarity", r.Polarity, fmt.Sprintf("rule %q: polarity %q is not one of %s", r.ID, r.Polarity, strings.Join(polarities, ", ")))
		}
		if r.Strength < 0 || r.Strength > MaxStrength {
			at("rule", i, "strength", fmt.Sprintf("rule %q: strength %g is outside 0 to %g", r.ID, r.Strength, MaxStrength))
		}
		if r.POS != "" && !slices.Contains(partsOfSpeech, r.POS) {
			atValue("rule", i, "pos", r.POS, fmt.Sprintf("rule %q: pos %q is not one of %s", r.ID, r.POS, strings.Join(partsOfSpeech, ", ")))
		}
		if (len(r.When) > 0 || len(r.Unless) > 0) && r.Category == Claim {
			at("rule", i, "", fmt.Sprintf("claim rule %q: when and unless belong to phrase rules", r.ID))
		}
		for _, key := range []string{"when", "unless"} {
			pats := r.When
			if key == "unless" {
				pats = r.Unless
			}
			for _, p := range pats {
				if _, err := compileContext(p, an); err != nil {
					atValue("rule", i, key, p, fmt.Sprintf("rule %q: %s pattern %q: %v", r.ID, key, p, err))
				}
			}
		}
	}
	names := make([]string, 0, len(f.Category))
	for name := range f.Category {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if !slices.Contains(categories, Category(name)) {
			at("category."+name, -1, "", fmt.Sprintf("settings for unknown category %q (known: %s)", name, joinCats()))
			continue
		}
		if ms := f.Category[name].MinStrength; ms != nil && (*ms < 0 || *ms > MaxStrength) {
			at("category."+name, -1, "min_strength", fmt.Sprintf("category %s: min_strength %g is outside 0 to %g", name, *ms, MaxStrength))
		}
	}
	for i, a := range f.Actors {
		if a.ID == "" {
			at("actor", i, "", "actor group has no id")
		}
		if len(a.Names) == 0 {
			at("actor", i, "names", fmt.Sprintf("actor group %q has no names", a.ID))
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
// ids, and references to actor groups that no file defines. It reports
// every problem, each at the line and column of the offending value.
func (lx *Lexicon) Validate() error {
	var errs Errors
	rules := map[string]*Rule{}
	actors := map[string]*ActorGroup{}
	for _, f := range lx.Files {
		for i := range f.Actors {
			a := &f.Actors[i]
			if prev, ok := actors[a.ID]; ok {
				line, col := f.pos("actor", i, "id", a.ID, a.Line)
				errs = append(errs, &Error{File: a.File, Line: line, Col: col, Msg: fmt.Sprintf("duplicate actor group id %q (first defined at %s:%d)", a.ID, prev.File, prev.Line)})
				continue
			}
			actors[a.ID] = a
		}
	}
	for _, f := range lx.Files {
		for i := range f.Rules {
			r := &f.Rules[i]
			if prev, ok := rules[r.ID]; ok {
				line, col := f.pos("rule", i, "id", r.ID, r.Line)
				errs = append(errs, &Error{File: r.File, Line: line, Col: col, Msg: fmt.Sprintf("duplicate rule id %q (first defined at %s:%d)", r.ID, prev.File, prev.Line)})
			} else {
				rules[r.ID] = r
			}
			for _, a := range r.Actors {
				if !strings.HasPrefix(a, "@") {
					continue
				}
				if _, ok := actors[strings.TrimPrefix(a, "@")]; !ok {
					line, col := f.pos("rule", i, "actors", a, r.Line)
					errs = append(errs, &Error{File: r.File, Line: line, Col: col, Msg: fmt.Sprintf("rule %q refers to actor group %q, which no rule file defines%s", r.ID, a, suggestGroup(strings.TrimPrefix(a, "@"), actors))})
				}
			}
		}
	}
	if len(errs) > 0 {
		errs.sort()
		return errs
	}
	return nil
}

// pos locates a value of the i-th table of a file; files built in code
// (no source to index) fall back to the table's line.
func (f *File) pos(table string, i int, key, value string, line int) (int, int) {
	if f.index == nil {
		return line, 0
	}
	return f.index().valuePos(table, i, key, value)
}

func suggestGroup(id string, actors map[string]*ActorGroup) string {
	best, dist := "", 3
	for g := range actors {
		if d := editDistance(id, g); d < dist || d == dist && g < best {
			best, dist = g, d
		}
	}
	if best == "" {
		return ""
	}
	return fmt.Sprintf(" (did you mean \"@%s\"?)", best)
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
