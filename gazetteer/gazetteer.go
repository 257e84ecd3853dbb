package gazetteer

import (
	_ "embed"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/text"
)

// Kind says what sort of actor or place a name is.
type Kind uint8

// The kinds of names. A Capital or Demonym stands for its country; the
// others are actors of their own that speak for an affiliation.
const (
	Country      Kind = iota + 1 // a country or territory: "Iran", "U.S."
	Capital                      // its capital, read as its government: "Tehran"
	Demonym                      // its people or adjective: "Iranian", "Israelis"
	Seat                         // a seat of government named for it: "the Kremlin", "Downing Street"
	Agency                       // a state institution: ministry, legislature, armed force, intelligence service, state media: "IDF", "Knesset"
	Organisation                 // an international organisation: "United Nations", "NATO"
	Group                        // an armed or political group: "Hamas", "Taliban"
	Party                        // a political party: "Republicans", "GOP"
	Place                        // a region or territory that is no country: "West Bank", "Middle East"
	// Subdivision is a first-level region of one country ("Ohio", "Ontario",
	// "Scotland"): a place whose name also opens the names of its cities,
	// teams and newspapers ("Kansas City", "Texas Rangers", "New York
	// Times"), so a caller reads such a longer name whole.
	Subdivision
)

var kindNames = [...]string{Country: "country", Capital: "capital", Demonym: "demonym", Seat: "seat",
	Agency: "agency", Organisation: "organisation", Group: "group", Party: "party", Place: "place", Subdivision: "subdivision"}

// String is the kind's name as the data files write it.
func (k Kind) String() string {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return "none"
}

// parseKind reads a kind as the data files write it.
func parseKind(s string) (Kind, bool) {
	for k, name := range kindNames {
		if name != "" && name == s {
			return Kind(k), true
		}
	}
	return 0, false
}

// Entry is one name the gazetteer knows.
type Entry struct {
	Name      string // the name as the data writes it: "the Kremlin", "U.S."
	Canonical string // the actor it names: "Iran" for "Tehran", "Israel Defense Forces" for "IDF"
	Kind      Kind
	// Affiliation is the country or organisation the actor speaks for:
	// "Iran" for "Tehran", "IRGC" and "Iranian"; "United Nations" for
	// "UNRWA"; "Hamas" for "Hamas". Empty for a name that speaks for no
	// one ("Middle East", "Kurds"). It is always some entry's Canonical.
	Affiliation string
	Via         string // why the name means its actor: "capital of Iran", "Israel's army"
	Source      string // where the row comes from: "countries-list+cldr", "curated.tsv"
	// Ambiguous marks a name that often means something else in news text
	// ("Georgia", "Jordan", "Washington", "PA"): a caller should want some
	// context before taking it as the actor.
	Ambiguous bool
	// CaseSensitive marks a name that matches only as written ("WHO",
	// "US"), because its lower-case form is an everyday word.
	CaseSensitive bool
}

// Gazetteer finds the actors named in a token stream. It is immutable and
// safe for concurrent use.
type Gazetteer struct {
	entries []Entry
	keys    [][]string   // the match key of each entry: lower-case word forms, no leading "the", no hyphens
	forms   [][][]string // the spellings of each case-sensitive entry: word forms as keys, not lower-cased
	root    node
	// byCanonical indexes the entries by the actor they name, built on
	// the first call of Names: most runs never ask.
	byCanonical func() map[string][]int32
}

// node is one step of the trie of keys.
type node struct {
	next  map[string]*node
	entry int32 // index into entries, or -1
}

//go:embed data/generated.tsv
var generatedTSV string

//go:embed data/curated.tsv
var curatedTSV string

// defaultGazetteer is parsed on first use: most commands never ask.
var defaultGazetteer = sync.OnceValue(func() *Gazetteer {
	g, err := loadDefault()
	if err != nil {
		panic(err) // the embedded data is tested; only a broken build gets here
	}
	return g
})

// loadDefault parses the embedded tables: the generated one with the
// curated one over it.
func loadDefault() (*Gazetteer, error) {
	generated, err := parseText(generatedTSV, "data/generated.tsv")
	if err != nil {
		return nil, err
	}
	curated, err := parseText(curatedTSV, "data/curated.tsv")
	if err != nil {
		return nil, err
	}
	for i, e := range curated.entries { // With would copy the larger table: replace in place
		generated.put(e, curated.keys[i], curated.forms[i])
	}
	return generated, nil
}

// Default returns the gazetteer built from the embedded data: the
// generated country table with the curated table over it.
func Default() *Gazetteer { return defaultGazetteer() }

// Entries returns every entry: the base table's in its order (a replaced
// entry keeps its place), then the new ones.
func (g *Gazetteer) Entries() []Entry { return slices.Clone(g.entries) }

// Len is the number of entries.
func (g *Gazetteer) Len() int { return len(g.entries) }

// With returns a gazetteer holding g's entries and over's, where an entry
// of over replaces any entry of g with the same name (compared as Match
// compares words): so the curated table corrects the generated one, and a
// user's table the default.
func (g *Gazetteer) With(over *Gazetteer) *Gazetteer {
	shadowed := map[string]bool{}
	for _, k := range over.keys {
		shadowed[strings.Join(k, " ")] = true
	}
	n := newGazetteer()
	for i, e := range g.entries {
		if !shadowed[strings.Join(g.keys[i], " ")] {
			n.add(e, g.keys[i], g.forms[i])
		}
	}
	for i, e := range over.entries {
		n.add(e, over.keys[i], over.forms[i])
	}
	return n
}

func newGazetteer() *Gazetteer {
	g := &Gazetteer{root: node{entry: -1}}
	g.byCanonical = sync.OnceValue(func() map[string][]int32 {
		m := map[string][]int32{}
		for i, e := range g.entries {
			m[e.Canonical] = append(m[e.Canonical], int32(i))
		}
		return m
	})
	return g
}

// Names returns every name the gazetteer holds for the actor whose
// canonical name is given, in table order: "FBI" and "Federal Bureau of
// Investigation" for "FBI". A caller learns from them what an acronym
// stands for. Only a built gazetteer may be asked: the index is made on
// the first call.
func (g *Gazetteer) Names(canonical string) []string {
	idx := g.byCanonical()[canonical]
	out := make([]string, len(idx))
	for k, i := range idx {
		out[k] = g.entries[i].Name
	}
	return out
}

// add appends an entry under its key; the caller has checked that the key
// is new.
func (g *Gazetteer) add(e Entry, key []string, forms [][]string) int32 {
	nd := &g.root
	for _, k := range key {
		child := nd.next[k]
		if child == nil {
			if nd.next == nil {
				nd.next = map[string]*node{}
			}
			child = &node{entry: -1}
			nd.next[k] = child
		}
		nd = child
	}
	if nd.entry >= 0 {
		return nd.entry
	}
	nd.entry = int32(len(g.entries))
	g.entries = append(g.entries, e)
	g.keys = append(g.keys, key)
	g.forms = append(g.forms, forms)
	return -1
}

// put adds an entry under its key, replacing the entry already there; only
// a gazetteer under construction may be changed so.
func (g *Gazetteer) put(e Entry, key []string, forms [][]string) {
	if i := g.add(e, key, forms); i >= 0 {
		g.entries[i], g.keys[i], g.forms[i] = e, key, forms
	}
}

// Lookup finds a whole name: "Tehran", "the Kremlin", "Iran's", "U.S.".
// A leading "the" is optional, and the name must be an entry's name as a
// whole, not just begin with one.
func (g *Gazetteer) Lookup(name string) (Entry, bool) {
	// A name's tokens and words fit buffers on the stack: names are
	// looked up for every mention and speaker of an article.
	var tbuf [16]text.Token
	var wbuf [16]string
	toks := text.Tokens(tbuf[:0], name)
	words := wbuf[:0]
	for _, t := range toks {
		words = append(words, t.Form)
	}
	start := 0
	if len(toks) > 1 && text.Lower(words[0]) == "the" && toks[1].IsWord() {
		start = 1
	}
	e, n, ok := g.Match(words, start)
	if !ok || start+n != len(words) {
		return Entry{}, false
	}
	return e, true
}

// Match finds the longest entry whose name starts at words[i] and returns
// it with the number of words it takes. Words are token forms as framediff's
// text package writes them ("U.S.", "Iran's", "al", "-", "Qaeda"): they are
// compared lower-case, except for CaseSensitive entries, which must match as
// written. A hyphen between two words of a name is optional ("al-Qaeda",
// "al Qaeda"), and the last word may carry a possessive ("Iran's",
// "Hamas’s"). A leading "the" is no part of any name: Match at the word
// after it.
func (g *Gazetteer) Match(words []string, i int) (Entry, int, bool) {
	return g.match(len(words), i, func(j int) (string, string) {
		r, _ := utf8.DecodeRuneInString(words[j])
		return words[j], keyForm(words[j], text.IsWordRune(r))
	})
}

// MatchTokens is Match over tokens from text.Analyzer, whose lower-case
// forms it uses, so that a caller holding tokens makes no word list.
func (g *Gazetteer) MatchTokens(tokens []text.Token, i int) (Entry, int, bool) {
	return g.match(len(tokens), i, func(j int) (string, string) {
		switch t := tokens[j]; {
		case !t.IsWord() || t.Lower == "": // punctuation, or tokens from text.Tokens, not an Analyzer
			return t.Form, keyForm(t.Form, t.IsWord())
		default:
			return t.Form, foldAccents(t.Lower)
		}
	})
}

// match walks the trie from words[i]; word(j) gives the form and lower-case
// form of word j.
func (g *Gazetteer) match(n, i int, word func(int) (form, lower string)) (Entry, int, bool) {
	if i < 0 || i >= n {
		return Entry{}, 0, false
	}
	best, bestLen := int32(-1), 0
	nd := &g.root
	for j := i; j < n && nd.next != nil; {
		_, lower := word(j)
		next := nd.next[lower]
		if next == nil {
			// "Iran's": the name ends here, less its possessive.
			if base, ok := stripPossessive(lower); ok {
				if next = nd.next[base]; next != nil && next.entry >= 0 {
					if g.caseFits(next.entry, word, i, j, true) {
						best, bestLen = next.entry, j-i+1
					}
				}
			}
			break
		}
		nd = next
		if nd.entry >= 0 && g.caseFits(nd.entry, word, i, j, false) {
			best, bestLen = nd.entry, j-i+1
		}
		j++
		if j+1 < n && isHyphen(word, j) {
			j++ // "al-Qaeda" and "al Qaeda" are one name
		}
	}
	if best < 0 {
		return Entry{}, 0, false
	}
	return g.entries[best], bestLen, true
}

// caseFits reports whether words[i:j+1] are written as one of the
// spellings of a case-sensitive entry, skipping the optional hyphens as the
// walk did; the last word may carry a possessive. Any words fit another
// entry.
func (g *Gazetteer) caseFits(entry int32, word func(int) (string, string), i, j int, possessive bool) bool {
	if !g.entries[entry].CaseSensitive {
		return true
	}
spellings:
	for _, spelling := range g.forms[entry] {
		depth := 0
		for k := i; k <= j; k++ {
			form, _ := word(k)
			if isHyphenForm(form) {
				continue
			}
			form = foldForm(form)
			if possessive && k == j {
				form, _ = stripPossessive(form)
			}
			if depth >= len(spelling) || form != spelling[depth] {
				continue spellings
			}
			depth++
		}
		if depth == len(spelling) {
			return true
		}
	}
	return false
}

func isHyphen(word func(int) (string, string), j int) bool {
	form, _ := word(j)
	return isHyphenForm(form)
}

// isHyphenForm reports whether a token is a hyphen, which text splits
// compounds on.
func isHyphenForm(form string) bool { return form == "-" || form == "‐" }

// stripPossessive returns a word without its possessive "'s" (or bare "'"
// after an s, which text leaves as a token of its own, so never here).
func stripPossessive(w string) (string, bool) {
	w = strings.ReplaceAll(w, "’", "'")
	if len(w) > 2 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "'S")) {
		return w[:len(w)-2], true
	}
	return w, false
}

// foldForm is a word form as a case-sensitive entry compares it: without
// the stop an abbreviation keeps and with the straight apostrophe.
// keyForm is how a token compares in the table: a word lower-cased and
// without accents, anything else as written (a stop dropped, the curly
// apostrophe straightened). Parse, Match and MatchTokens all compare
// through it, so a name always finds its own entry.
func keyForm(form string, word bool) string {
	if word {
		return foldAccents(text.Lower(form))
	}
	return foldForm(form)
}

func foldForm(form string) string {
	return strings.ReplaceAll(strings.TrimSuffix(form, "."), "’", "'")
}

// The columns of a data row, tab-separated.
const (
	colName = iota
	colCanonical
	colKind
	colAffiliation
	colFlags
	colVia
	colSource  // optional: the file's name stands in for it
	minColumns = colVia + 1
	maxColumns = colSource + 1
)

// maxNameLen bounds a name: a longer one is a broken row, not a name.
const maxNameLen = 200

// Parse reads a gazetteer table: one name a line, in tab-separated columns
// name, canonical, kind, affiliation, flags, via and (optionally) source;
// lines starting with "#" and blank lines are comments. Flags are empty or
// a comma-separated list of "ambiguous" and "case". The source names the
// table in errors ("curated.tsv:12: ...") and stands in for a missing
// source column. A name listed twice (compared as Match compares words) is
// an error, except two spellings of one case-sensitive actor ("MoD" and
// "MOD"), which become one entry that matches either.
func Parse(r io.Reader, source string) (*Gazetteer, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", source, err)
	}
	return parseText(string(data), source)
}

// parseText parses a whole table held in memory. Its rows and columns are
// slices of the text, not copies, so the embedded tables load without a
// string per line: startup reads them on every run.
func parseText(data, source string) (*Gazetteer, error) {
	g := newGazetteer()
	var firstLine []int // the line of each entry
	line := 0
	for row := range strings.Lines(data) {
		line++
		row = strings.TrimSuffix(strings.TrimSuffix(row, "\n"), "\r")
		if strings.TrimSpace(row) == "" || strings.HasPrefix(row, "#") {
			continue
		}
		e, key, forms, err := parseRow(row, source)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", source, line, err)
		}
		var spellings [][]string
		if e.CaseSensitive {
			spellings = [][]string{forms}
		}
		if dup := g.add(e, key, spellings); dup >= 0 {
			if d := g.entries[dup]; e.CaseSensitive && d.CaseSensitive && e.Canonical == d.Canonical && e.Kind == d.Kind && e.Affiliation == d.Affiliation {
				g.forms[dup] = append(g.forms[dup], forms) // "MoD" and "MOD": one entry, two spellings
				continue
			}
			return nil, fmt.Errorf("%s:%d: %q is the same name as %q on line %d", source, line, e.Name, g.entries[dup].Name, firstLine[dup])
		}
		firstLine = append(firstLine, line)
	}
	return g, nil
}

// parseRow reads one data row into an entry, its match key and, for a
// case-sensitive entry, its word forms.
func parseRow(row, source string) (Entry, []string, []string, error) {
	n := strings.Count(row, "\t") + 1
	if n < minColumns || n > maxColumns {
		return Entry{}, nil, nil, fmt.Errorf("a row has %d to %d tab-separated columns (name, canonical, kind, affiliation, flags, via, source), this one %d", minColumns, maxColumns, n)
	}
	var colsArray [maxColumns]string // no slice per row: the tables have thousands
	cols := colsArray[:n]
	for i, rest := 0, row; i < n; i++ {
		cols[i], rest, _ = strings.Cut(rest, "\t")
	}
	for i, c := range cols {
		if !utf8.ValidString(c) || strings.IndexFunc(c, unicode.IsControl) >= 0 {
			return Entry{}, nil, nil, fmt.Errorf("column %d holds invalid UTF-8 or a control character", i+1)
		}
		cols[i] = strings.TrimSpace(c)
	}
	e := Entry{Name: cols[colName], Canonical: cols[colCanonical], Affiliation: cols[colAffiliation], Via: cols[colVia], Source: source}
	if len(cols) > colSource && cols[colSource] != "" {
		e.Source = cols[colSource]
	}
	switch {
	case e.Name == "":
		return Entry{}, nil, nil, fmt.Errorf("the name is empty")
	case len(e.Name) > maxNameLen:
		return Entry{}, nil, nil, fmt.Errorf("the name is longer than %d bytes", maxNameLen)
	case e.Canonical == "":
		return Entry{}, nil, nil, fmt.Errorf("%q has no canonical name", e.Name)
	case e.Via == "":
		return Entry{}, nil, nil, fmt.Errorf("%q says nothing in its via column about why it names %s", e.Name, e.Canonical)
	}
	kind, ok := parseKind(cols[colKind])
	if !ok {
		return Entry{}, nil, nil, fmt.Errorf("%q has kind %q, which is none of %s", e.Name, cols[colKind], strings.Join(kindNames[1:], ", "))
	}
	e.Kind = kind
	if e.Affiliation == "" && (kind == Country || kind == Capital) {
		return Entry{}, nil, nil, fmt.Errorf("%q is a %s without an affiliation", e.Name, kind)
	}
	if cols[colFlags] != "" {
		for f := range strings.SplitSeq(cols[colFlags], ",") {
			switch strings.TrimSpace(f) {
			case "ambiguous":
				e.Ambiguous = true
			case "case":
				e.CaseSensitive = true
			default:
				return Entry{}, nil, nil, fmt.Errorf("%q has flag %q; the flags are ambiguous and case", e.Name, strings.TrimSpace(f))
			}
		}
	}
	key, forms, ok := nameKey(e.Name)
	if !ok {
		return Entry{}, nil, nil, fmt.Errorf("%q does not start and end with a word, or has a hyphen that joins no two words", e.Name)
	}
	if len(key) > 8 {
		return Entry{}, nil, nil, fmt.Errorf("%q has more than 8 words", e.Name)
	}
	return e, key, forms, nil
}

// Key returns the form under which a name is matched: its words lower-case
// and without accents, a leading "the" and hyphens, joined by spaces. Two
// names with one Key are one name to the gazetteer ("Élysée", "the
// Elysee"), so a table may list only one of them.
func Key(name string) string {
	key, _, _ := nameKey(name)
	return strings.Join(key, " ")
}

// nameKey tokenizes a name as text tokenizes prose and returns the words
// Match compares: lower-case forms without accents, a leading "the" and
// hyphens, and the same as written. It reports false for a name that does
// not start and end with a word or has a hyphen outside a compound, which
// Match could not find as written.
func nameKey(name string) (key, forms []string, ok bool) {
	var buf [16]text.Token // most names are a word or three: no allocation
	toks := text.Tokens(buf[:0], name)
	if len(toks) == 0 || !toks[0].IsWord() || !toks[len(toks)-1].IsWord() {
		return nil, nil, false
	}
	for i, t := range toks {
		if isHyphenForm(t.Form) {
			if !toks[i-1].IsWord() || !toks[i+1].IsWord() {
				return nil, nil, false
			}
			continue
		}
		lower := keyForm(t.Form, t.IsWord())
		if i == 0 && lower == "the" && len(toks) > 1 && toks[1].IsWord() {
			continue
		}
		if key == nil {
			key = make([]string, 0, len(toks)-i)
			forms = make([]string, 0, len(toks)-i)
		}
		key = append(key, lower)
		forms = append(forms, foldForm(t.Form))
	}
	return key, forms, true
}
