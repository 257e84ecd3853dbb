package lexicon

import (
	"bufio"
	"bytes"
	"fmt"
	"hash/crc32"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/framediff/framediff/text"
)

// The compact form of a rule file is what framediff embeds beside a large
// generated pack (packs/loaded.toml has thousands of entries): the same
// rules, already decoded, checked and sanitized, one per line, so a start
// of framediff reads them in a fraction of the time a TOML decode takes.
// The TOML stays the source people read and edit; the compact form is
// derived from it (WriteCompact) and a test checks that both say exactly
// the same thing.
//
// Layout: a first line naming the format, then one record per line, its
// fields separated by tabs and the items of a list by the unit separator
// (U+001F). Sanitized text holds neither, nor a newline, so no escaping is
// needed. The made-from record holds the CRC-32 (IEEE) and length of the
// TOML the form was written from: a form whose TOML has changed since is
// not used, so an edit of the TOML always takes effect.
//
//	framediff compact rule file 1
//	made-from crc32(8 hex digits) length
//	file      language name source licence
//	category  name enabled(true|false|-) min_strength(number|-)
//	rule      line id category concept variant phrases actors predicates note source examples counterexamples polarity strength pos when unless cue(1|0)
//	actor     line id label names note

const (
	compactMagic   = "framediff compact rule file 1"
	compactListSep = "\x1f"
	// compactExt is the extension of a pack's compact form beside its TOML.
	compactExt = ".compact"
)

// Number of fields of each record, its kind included.
const (
	compactFileFields     = 5
	compactCategoryFields = 4
	compactRuleFields     = 19
	compactActorFields    = 6
)

// WriteCompact writes f in the compact form DefaultFiles reads in place of
// an embedded pack's TOML; source is that TOML, which f was parsed from.
// f must be as ParseFile returned it: every text sanitized, no empty item
// in a list (it would not survive the trip).
func WriteCompact(w io.Writer, f *File, source []byte) error {
	cw := &compactWriter{w: bufio.NewWriter(w)}
	cw.line(compactMagic)
	cw.line(madeFrom(crc32.ChecksumIEEE(source), len(source)))
	cw.record("file", f.Language, f.Name, f.Source, f.Licence)
	names := make([]string, 0, len(f.Category))
	for n := range f.Category {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		cs := f.Category[n]
		enabled, minStrength := "-", "-"
		if cs.Enabled != nil {
			enabled = strconv.FormatBool(*cs.Enabled)
		}
		if cs.MinStrength != nil {
			minStrength = formatNumber(*cs.MinStrength)
		}
		cw.record("category", n, enabled, minStrength)
	}
	for i := range f.Rules {
		r := &f.Rules[i]
		cue := "0"
		if r.Cue {
			cue = "1"
		}
		cw.record("rule", strconv.Itoa(r.Line), r.ID, string(r.Category), r.Concept, r.Variant,
			cw.list(r.Phrases), cw.list(r.Actors), cw.list(r.Predicates), r.Note, r.Source,
			cw.list(r.Examples), cw.list(r.Counterexamples), r.Polarity, formatNumber(r.Strength), r.POS,
			cw.list(r.When), cw.list(r.Unless), cue)
	}
	for i := range f.Actors {
		a := &f.Actors[i]
		cw.record("actor", strconv.Itoa(a.Line), a.ID, a.Label, cw.list(a.Names), a.Note)
	}
	if cw.err != nil {
		return fmt.Errorf("%s: %w", f.Path, cw.err)
	}
	return cw.w.Flush()
}

// compactWriter keeps the first error, so WriteCompact reads as the layout.
type compactWriter struct {
	w   *bufio.Writer
	err error
}

func (cw *compactWriter) line(s string) {
	if cw.err == nil {
		_, cw.err = cw.w.WriteString(s + "\n")
	}
}

// record writes one line; a field that would break the layout (a tab, a
// newline, a control character) is an error, not something to escape: the
// texts of a parsed file are sanitized, so it means f did not come from
// ParseFile.
func (cw *compactWriter) record(kind string, fields ...string) {
	for _, f := range fields {
		for it := range strings.SplitSeq(f, compactListSep) { // list() has checked the items for separators
			if unsafeInCompact(it) >= 0 && cw.err == nil {
				cw.err = fmt.Errorf("a %s record holds a character the compact form cannot carry (%q)", kind, it)
			}
		}
	}
	cw.line(kind + "\t" + strings.Join(fields, "\t"))
}

// list joins a list's items; an empty item is an error, since it would
// read back as no item at all.
func (cw *compactWriter) list(items []string) string {
	for _, it := range items {
		if it == "" && cw.err == nil {
			cw.err = fmt.Errorf("a list holds an empty item, which the compact form cannot carry")
		}
		if strings.Contains(it, compactListSep) && cw.err == nil {
			cw.err = fmt.Errorf("list item %q holds the list separator", it)
		}
	}
	return strings.Join(items, compactListSep)
}

// unsafeInCompact is the offset of the first character of a field that is
// not safe to print, or -1; the separators are unsafe by that measure.
func unsafeInCompact(s string) int {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			return text.UnsafeAt(s) // rare: look at the runes
		}
	}
	return -1
}

func formatNumber(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }

// madeFrom is the made-from line of a TOML with that checksum and length.
func madeFrom(sum uint32, n int) string {
	return fmt.Sprintf("made-from\t%08x\t%d", sum, n)
}

// compactIsCurrent reports whether a compact form was written from the
// TOML that r reads (its second line names that TOML's checksum), reading
// the TOML through a small buffer rather than copying it whole.
func compactIsCurrent(compact []byte, r io.Reader) bool {
	_, rest, _ := bytes.Cut(compact, []byte("\n"))
	line, _, _ := bytes.Cut(rest, []byte("\n"))
	h := crc32.NewIEEE()
	n, err := io.Copy(h, r)
	return err == nil && string(line) == madeFrom(h.Sum32(), int(n))
}

// parseCompact reads a rule file in the compact form; name is the path its
// rules report (the TOML it was made from, which people read). The texts
// are checked to be safe to print, as ParseFile's are made safe, so a
// damaged file cannot smuggle an escape sequence; what ParseFile checks
// beyond that (known categories, phrases that compile) is the business of
// whoever wrote the compact form, and the tests check it for the embedded
// packs.
func parseCompact(name string, data []byte) (*File, error) {
	src := string(data)
	first, rest, _ := strings.Cut(src, "\n")
	if first != compactMagic {
		return nil, &Error{File: name, Line: 1, Msg: fmt.Sprintf("not a compact rule file (the first line should read %q)", compactMagic)}
	}
	// One record a line, nearly all rules: sized once, the rules are not
	// copied as they grow.
	f := &File{Path: name, Rules: make([]Rule, 0, strings.Count(rest, "\n"))}
	made, rest, _ := strings.Cut(rest, "\n")
	var sum uint32
	var size int
	if n, err := fmt.Sscanf(made, "made-from\t%08x\t%d", &sum, &size); err != nil || n != 2 || made != madeFrom(sum, size) {
		return nil, &Error{File: name, Line: 2, Msg: "the second line should name the TOML the form was made from (made-from, its CRC-32 and length)"}
	}
	lineNo := 2
	fail := func(format string, args ...any) error {
		return &Error{File: name, Line: lineNo, Msg: fmt.Sprintf(format, args...)}
	}
	var fields [compactRuleFields]string
	sawFile := false
	for rest != "" {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		lineNo++
		n := splitFields(line, fields[:])
		if n < 0 {
			return nil, fail("too many fields")
		}
		kind := fields[0]
		want, lists := compactFields(kind)
		switch {
		case want == 0:
			return nil, fail("unknown record %q", kind)
		case n != want:
			return nil, fail("a %s record has %d fields, want %d", kind, n, want)
		case kind == "file" && sawFile:
			return nil, fail("a second file record")
		case kind != "file" && !sawFile:
			return nil, fail("the file record must come first")
		}
		for i, fd := range fields[1:n] {
			if lists&(1<<(i+1)) == 0 {
				if at := unsafeInCompact(fd); at >= 0 {
					return nil, fail("field %d holds a character that is not safe to print, at byte %d of %q", i+2, at, fd)
				}
				continue
			}
			for it := range strings.SplitSeq(fd, compactListSep) {
				if at := unsafeInCompact(it); at >= 0 {
					return nil, fail("field %d holds a character that is not safe to print, at byte %d of %q", i+2, at, it)
				}
				if it == "" && fd != "" {
					return nil, fail("field %d holds an empty list item", i+2)
				}
			}
		}
		switch kind {
		case "file":
			sawFile = true
			f.Language, f.Name, f.Source, f.Licence = fields[1], fields[2], fields[3], fields[4]
			if !isSupported(f.Language) {
				return nil, fail("language %q is not supported", f.Language)
			}
		case "category":
			var cs CategorySettings
			if v := fields[2]; v != "-" {
				b, err := strconv.ParseBool(v)
				if err != nil {
					return nil, fail("enabled %q is not true, false or -", v)
				}
				cs.Enabled = &b
			}
			if v := fields[3]; v != "-" {
				x, err := strconv.ParseFloat(v, 64)
				if err != nil {
					return nil, fail("min_strength %q is not a number", v)
				}
				cs.MinStrength = &x
			}
			if f.Category == nil {
				f.Category = map[string]CategorySettings{}
			}
			if _, dup := f.Category[fields[1]]; dup {
				return nil, fail("a second category record for %q", fields[1])
			}
			f.Category[fields[1]] = cs
		case "rule":
			line, err := strconv.Atoi(fields[1])
			if err != nil || line < 1 {
				return nil, fail("rule line %q is not a line number", fields[1])
			}
			strength, err := strconv.ParseFloat(fields[14], 64)
			if err != nil {
				return nil, fail("strength %q is not a number", fields[14])
			}
			if fields[18] != "0" && fields[18] != "1" {
				return nil, fail("cue %q is not 0 or 1", fields[18])
			}
			f.Rules = append(f.Rules, Rule{
				ID: fields[2], Category: Category(fields[3]), Concept: fields[4], Variant: fields[5],
				Phrases: splitList(fields[6]), Actors: splitList(fields[7]), Predicates: splitList(fields[8]),
				Note: fields[9], Source: fields[10],
				Examples: splitList(fields[11]), Counterexamples: splitList(fields[12]),
				Polarity: fields[13], Strength: strength, POS: fields[15],
				When: splitList(fields[16]), Unless: splitList(fields[17]), Cue: fields[18] == "1",
				File: name, Line: line, Pack: f.Name, Language: f.Language,
			})
		case "actor":
			line, err := strconv.Atoi(fields[1])
			if err != nil || line < 1 {
				return nil, fail("actor line %q is not a line number", fields[1])
			}
			f.Actors = append(f.Actors, ActorGroup{ID: fields[2], Label: fields[3], Names: splitList(fields[4]), Note: fields[5], File: name, Line: line})
		}
	}
	if !sawFile {
		return nil, fail("no file record")
	}
	return f, nil
}

// compactFields is how many fields a record of a kind has (0 for a kind
// the format does not know) and which of them, as bits, are lists.
func compactFields(kind string) (n int, lists uint32) {
	switch kind {
	case "file":
		return compactFileFields, 0
	case "category":
		return compactCategoryFields, 0
	case "rule":
		return compactRuleFields, 1<<6 | 1<<7 | 1<<8 | 1<<11 | 1<<12 | 1<<16 | 1<<17
	case "actor":
		return compactActorFields, 1 << 4
	}
	return 0, 0
}

// splitFields splits a line at its tabs into fields, returning how many
// there are, or -1 when there are more than fields can hold.
func splitFields(line string, fields []string) int {
	n := 0
	for {
		if n == len(fields) {
			return -1
		}
		i := strings.IndexByte(line, '\t')
		if i < 0 {
			fields[n] = line
			return n + 1
		}
		fields[n], line = line[:i], line[i+1:]
		n++
	}
}

// splitList reads a list field; no items is nil, as the TOML decoder
// leaves a key that is not written.
func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, compactListSep)
}
