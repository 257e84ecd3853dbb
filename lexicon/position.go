package lexicon

import (
	"strconv"
	"strings"
)

// The TOML decoder reports positions for syntax errors only. Everything
// else a rule file can get wrong (an unknown key, a value of the wrong
// type, a duplicate id, an empty phrase) must still point at the exact line
// and column, so the file is read a second time by this small scanner,
// which records where every key, table header and value stands.

// keyLoc is where one key (or table header) stands in a rule file.
type keyLoc struct {
	path    []string // full key path without array indexes: ["rule", "phrases"]
	table   string   // the enclosing table header's name ("rule", "actor", "" at top level)
	index   int      // which [[table]] of that name (0-based); -1 for plain tables and the top level
	header  bool     // a [table] or [[table]] header rather than a key
	line    int      // 1-based line of the key
	col     int      // 1-based byte column of the key
	vline   int      // line where the value starts
	vcol    int      // column where the value starts
	endLine int      // last line of the value (multi-line arrays and strings)
}

// tomlIndex is the position map of one rule file.
type tomlIndex struct {
	// src is the file's text; the scan runs on the first look-up, because
	// most files are only ever asked where their [[rule]] headers stand
	// (ruleLines), and a pack of thousands of entries would pay for the
	// full scan at every start.
	src   string
	built bool
	lines []string
	keys  []keyLoc
	// byTable lists the keys (and header) of each table, so a position
	// look-up in a pack of thousands of rules does not scan the whole file.
	byTable map[tableRef][]int
}

// tableRef names one table: its header name and, for [[table]], which one.
type tableRef struct {
	table string
	index int
}

// indexTOML scans data for keys and headers. It understands enough TOML
// to skip over strings, multi-line strings, comments and multi-line
// arrays; it never fails (the decoder reports real syntax errors).
func indexTOML(data string) *tomlIndex {
	return &tomlIndex{src: data}
}

// build runs the scan once.
func (ix *tomlIndex) build() {
	if ix.built {
		return
	}
	ix.built = true
	data := ix.src
	ix.lines = strings.Split(data, "\n")
	ix.keys = make([]keyLoc, 0, strings.Count(data, " = ")+strings.Count(data, "[")/2)
	table, index := "", -1
	var tablePath []string
	counts := map[string]int{}
	depth := 0    // open [ and { of a value
	inMulti := "" // the delimiter of an open multi-line string
	last := -1    // the key whose value is being read
	for ln, line := range ix.lines {
		lineNo := ln + 1
		pos := 0
		if inMulti == "" && depth == 0 {
			t := strings.TrimLeft(line, " \t")
			pos = len(line) - len(t)
			switch {
			case t == "" || strings.HasPrefix(t, "#"):
				continue
			case strings.HasPrefix(t, "[["):
				name, _ := parseKeyPath(t[2:])
				table, tablePath = strings.Join(name, "."), name
				index = counts[table]
				counts[table]++
				ix.keys = append(ix.keys, keyLoc{path: name, table: table, index: index, header: true,
					line: lineNo, col: pos + 1, vline: lineNo, endLine: lineNo})
				continue
			case strings.HasPrefix(t, "["):
				name, _ := parseKeyPath(t[1:])
				table, tablePath, index = strings.Join(name, "."), name, -1
				ix.keys = append(ix.keys, keyLoc{path: name, table: table, index: index, header: true,
					line: lineNo, col: pos + 1, vline: lineNo, endLine: lineNo})
				continue
			}
			key, n := parseKeyPath(t)
			if len(key) == 0 {
				continue
			}
			rest := t[n:]
			rest = strings.TrimLeft(rest, " \t")
			if !strings.HasPrefix(rest, "=") {
				continue
			}
			after := strings.TrimLeft(rest[1:], " \t")
			vpos := len(line) - len(after)
			path := append(append([]string(nil), tablePath...), key...)
			ix.keys = append(ix.keys, keyLoc{path: path, table: table, index: index,
				line: lineNo, col: pos + 1, vline: lineNo, vcol: vpos + 1, endLine: lineNo})
			last = len(ix.keys) - 1
			pos = vpos
		}
		depth, inMulti = scanValue(line[pos:], depth, inMulti)
		if last >= 0 {
			ix.keys[last].endLine = lineNo
		}
	}
	ix.byTable = map[tableRef][]int{}
	for i, k := range ix.keys {
		ref := tableRef{k.table, k.index}
		ix.byTable[ref] = append(ix.byTable[ref], i)
	}
}

// headerLines returns the 1-based lines of the [[table]] headers, found by
// a quick look at each line's start, and whether that look is sure: a
// header-like line inside a multi-line string would fool it, so it is
// trusted only when it finds exactly want headers and the file has no
// multi-line strings.
func (ix *tomlIndex) headerLines(table string, want int) ([]int, bool) {
	if strings.Contains(ix.src, `"""`) || strings.Contains(ix.src, "'''") {
		return nil, false
	}
	head := "[[" + table + "]]"
	var out []int
	line := 1
	for rest := ix.src; rest != ""; line++ {
		l, next, _ := strings.Cut(rest, "\n")
		if strings.HasPrefix(strings.TrimLeft(l, " \t"), head) {
			out = append(out, line)
		}
		rest = next
	}
	return out, len(out) == want
}

// inTable returns the indexes of the keys of the index-th [[table]] (any
// index for the top level, whose keys carry -1).
func (ix *tomlIndex) inTable(table string, index int) []int {
	ix.build()
	if table == "" {
		index = -1
	}
	return ix.byTable[tableRef{table, index}]
}

// parseKeyPath reads a dotted key (bare or quoted parts) at the start of s
// and returns its parts and the bytes consumed.
func parseKeyPath(s string) ([]string, int) {
	var parts []string
	i := 0
	for {
		for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
			i++
		}
		if i >= len(s) {
			return parts, i
		}
		switch c := s[i]; {
		case c == '"' || c == '\'':
			j := i + 1
			for j < len(s) && s[j] != c {
				if c == '"' && s[j] == '\\' {
					j++
				}
				j++
			}
			if j >= len(s) {
				return parts, i
			}
			raw := s[i : j+1]
			if c == '"' {
				if u, err := strconv.Unquote(raw); err == nil {
					raw = u
				} else {
					raw = raw[1 : len(raw)-1]
				}
			} else {
				raw = raw[1 : len(raw)-1]
			}
			parts = append(parts, raw)
			i = j + 1
		case isBareKeyByte(c):
			j := i
			for j < len(s) && isBareKeyByte(s[j]) {
				j++
			}
			parts = append(parts, s[i:j])
			i = j
		default:
			return parts, i
		}
		k := i
		for k < len(s) && (s[k] == ' ' || s[k] == '\t') {
			k++
		}
		if k < len(s) && s[k] == '.' {
			i = k + 1
			continue
		}
		return parts, i
	}
}

func isBareKeyByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
}

// scanValue follows strings, comments and brackets through one line of a
// value and returns the bracket depth and open multi-line string after it.
func scanValue(s string, depth int, inMulti string) (int, string) {
	for i := 0; i < len(s); {
		if inMulti != "" {
			j := strings.Index(s[i:], inMulti)
			if j < 0 {
				return depth, inMulti
			}
			if inMulti == `"""` && j > 0 && s[i+j-1] == '\\' {
				i += j + 1
				continue
			}
			i += j + 3
			inMulti = ""
			continue
		}
		switch c := s[i]; c {
		case '#':
			return depth, ""
		case '[', '{':
			depth++
		case ']', '}':
			if depth > 0 {
				depth--
			}
		case '"', '\'':
			if strings.HasPrefix(s[i:], `"""`) || strings.HasPrefix(s[i:], `'''`) {
				inMulti = s[i : i+3]
				i += 3
				continue
			}
			j := i + 1
			for j < len(s) && s[j] != c {
				if c == '"' && s[j] == '\\' {
					j++
				}
				j++
			}
			i = j
		}
		i++
	}
	return depth, inMulti
}

// find returns the key path in the index-th [[table]] (or at the top level
// when table is ""), or nil.
func (ix *tomlIndex) find(table string, index int, key string) *keyLoc {
	if ix == nil {
		return nil
	}
	for _, i := range ix.inTable(table, index) {
		k := &ix.keys[i]
		if k.header || k.table != table || (table != "" && k.index != index) {
			continue
		}
		want := 1
		if table != "" {
			want += strings.Count(table, ".") + 1
		}
		if len(k.path) == want && k.path[want-1] == key {
			return k
		}
	}
	return nil
}

// header returns the header of the index-th [[table]], or nil.
func (ix *tomlIndex) header(table string, index int) *keyLoc {
	if ix == nil {
		return nil
	}
	for _, i := range ix.inTable(table, index) {
		k := &ix.keys[i]
		if k.header && k.table == table && k.index == index {
			return k
		}
	}
	return nil
}

// keyPos is the position of a key of the index-th [[table]]; without the
// key, the table's header; 1:0 when neither is known.
func (ix *tomlIndex) keyPos(table string, index int, key string) (int, int) {
	if k := ix.find(table, index, key); k != nil {
		return k.line, k.col
	}
	if h := ix.header(table, index); h != nil {
		return h.line, h.col
	}
	return 1, 0
}

// valuePos is the position of one string value of a key (a phrase in an
// array, an id), so an error can point at the phrase itself; it falls back
// to the key.
func (ix *tomlIndex) valuePos(table string, index int, key, value string) (int, int) {
	k := ix.find(table, index, key)
	if k == nil {
		return ix.keyPos(table, index, key)
	}
	ix.build()
	quoted := []string{strconv.Quote(value), `"` + value + `"`, "'" + value + "'"}
	for ln := k.vline; ln <= k.endLine && ln <= len(ix.lines); ln++ {
		line := ix.lines[ln-1]
		from := 0
		if ln == k.vline {
			from = k.vcol - 1
		}
		if from < 0 || from > len(line) {
			from = 0
		}
		for _, q := range quoted {
			if c := strings.Index(line[from:], q); c >= 0 {
				return ln, from + c + 1
			}
		}
	}
	return k.vline, k.vcol
}

// locs returns every place a full key path (as the decoder names it:
// "rule.typo") is written.
func (ix *tomlIndex) locs(path []string) []*keyLoc {
	ix.build()
	var out []*keyLoc
	for i := range ix.keys {
		k := &ix.keys[i]
		if equalPath(k.path, path) {
			out = append(out, k)
		}
	}
	return out
}

func equalPath(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// valueShape tells what a value written at k looks like: "list" for an
// array of strings only, "array" for any other array, "string", "table" or
// "other" (numbers, booleans, dates).
func (ix *tomlIndex) valueShape(k *keyLoc) string {
	ix.build()
	if k.vline < 1 || k.vline > len(ix.lines) || k.vcol < 1 {
		return "other"
	}
	v := ix.lines[k.vline-1][k.vcol-1:]
	switch {
	case strings.HasPrefix(v, "["):
		var b strings.Builder
		for ln := k.vline; ln <= k.endLine && ln <= len(ix.lines); ln++ {
			if ln == k.vline {
				b.WriteString(v)
			} else {
				b.WriteString(ix.lines[ln-1])
			}
			b.WriteByte('\n')
		}
		if stringsOnly(b.String()) {
			return "list"
		}
		return "array"
	case strings.HasPrefix(v, `"`), strings.HasPrefix(v, "'"):
		return "string"
	case strings.HasPrefix(v, "{"):
		return "table"
	case strings.HasPrefix(v, "true"), strings.HasPrefix(v, "false"):
		return "bool"
	case v != "" && strings.ContainsRune("+-0123456789", rune(v[0])):
		return "number"
	}
	return "other"
}

// stringsOnly reports whether an array literal holds nothing but strings
// (and commas, brackets, space and comments).
func stringsOnly(s string) bool {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '[':
			depth++
			if depth > 1 {
				return false
			}
		case ']':
			depth--
			if depth == 0 {
				return true
			}
		case ',', ' ', '\t', '\n', '\r':
		case '#':
			for i < len(s) && s[i] != '\n' {
				i++
			}
		case '"', '\'':
			if strings.HasPrefix(s[i:], `"""`) || strings.HasPrefix(s[i:], `'''`) {
				end := strings.Index(s[i+3:], s[i:i+3])
				if end < 0 {
					return false
				}
				i += 3 + end + 2
				continue
			}
			j := i + 1
			for j < len(s) && s[j] != c {
				if c == '"' && s[j] == '\\' {
					j++
				}
				j++
			}
			i = j
		default:
			return false
		}
	}
	return true
}
