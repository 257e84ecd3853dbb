package corpus

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/framediff/framediff/text"
	"io"
	"sort"
	"strings"
)

// FieldNames lists the article fields a record can supply, the keys of
// Options.Fields: "id", "title", "text", "outlet", "date", "url", "author",
// "language" and "standfirst".
var FieldNames = []string{"id", "title", "text", "outlet", "date", "url", "author", "language", "standfirst"}

// fieldAliases are the record keys tried, in order, for each article field
// when Options.Fields does not name one. Keys compare case-insensitively.
// content_original comes before content: in some research exports (the
// Article-Bias-Prediction corpus) "content" is a space-tokenised copy.
var fieldAliases = map[string][]string{
	"id":         {"id", "uuid", "article_id", "doc_id", "docid"},
	"title":      {"title", "headline", "heading"},
	"text":       {"content_original", "text", "body", "content", "article", "maintext", "main_text", "full_text", "fulltext", "story", "body-paragraphs", "paragraphs"},
	"outlet":     {"outlet", "source", "site", "media_name", "publisher", "sitename", "site_name", "source_name", "media"},
	"date":       {"date", "published", "publish_date", "published_at", "publication_date", "date_published", "pubdate", "datetime", "publishedat", "published_date"},
	"url":        {"url", "link", "article_url", "canonical_url"},
	"author":     {"authors", "author", "byline", "creator"},
	"language":   {"language", "lang"},
	"standfirst": {"standfirst", "subtitle", "subheadline", "dek", "description"},
}

// recordFormat is the syntax of a records file.
type recordFormat int

const (
	formatJSON recordFormat = iota + 1
	formatJSONL
	formatCSV
	formatTSV
)

// recordFormatOf returns the records format a file name's extension implies,
// or 0 when it is not a records file.
func recordFormatOf(name string) recordFormat {
	switch extOf(name) {
	case ".json":
		return formatJSON
	case ".jsonl", ".ndjson":
		return formatJSONL
	case ".csv":
		return formatCSV
	case ".tsv":
		return formatTSV
	}
	return 0
}

// checkFields validates an explicit field mapping.
func checkFields(m map[string]string) error {
	for k, v := range m {
		known := false
		for _, f := range FieldNames {
			if strings.EqualFold(k, f) {
				known = true
			}
		}
		// The mapping is the user's flag, quoted back as safe text: it may
		// come from a pasted command line or a script.
		if !known {
			return fmt.Errorf("field mapping %s=%s: unknown article field %q (known: %s)", text.SanitizeLine(k), text.SanitizeLine(v), k, strings.Join(FieldNames, ", "))
		}
		if strings.TrimSpace(v) == "" {
			return fmt.Errorf("field mapping %s=: empty record key", text.SanitizeLine(k))
		}
	}
	return nil
}

// rawRecord is one record before it becomes a document: its fields with
// lower-cased keys, and where it sits in its file.
type rawRecord struct {
	fields map[string]any
	num    int // 1-based record number in the file
	line   int // 1-based line where it starts, 0 when unknown
}

// recordProblem is a record that could not be read.
type recordProblem struct {
	num  int
	line int
	err  error
}

// parseRecords splits a records file into records. It never stops at a bad
// record when the syntax lets it go on (JSONL lines, CSV rows, JSON array
// elements that are not objects); a JSON syntax error ends the file.
func parseRecords(data []byte, f recordFormat) ([]rawRecord, []recordProblem) {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	switch f {
	case formatJSONL:
		return parseJSONL(data)
	case formatCSV, formatTSV:
		return parseCSV(data, f == formatTSV)
	default:
		return parseJSONRecords(data)
	}
}

// lineCounter turns byte offsets into line numbers, moving forward only.
type lineCounter struct {
	data []byte
	off  int
	line int
}

func (c *lineCounter) at(off int) int {
	if c.line == 0 {
		c.line = 1
	}
	off = min(max(off, 0), len(c.data))
	if off < c.off {
		return c.line
	}
	c.line += bytes.Count(c.data[c.off:off], []byte{'\n'})
	c.off = off
	return c.line
}

func parseJSONL(data []byte) ([]rawRecord, []recordProblem) {
	var recs []rawRecord
	var probs []recordProblem
	line, num := 0, 0
	for len(data) > 0 {
		var ln []byte
		ln, data, _ = bytes.Cut(data, []byte{'\n'})
		line++
		ln = bytes.TrimSpace(ln)
		if len(ln) == 0 {
			continue
		}
		num++
		obj, err := decodeObject(ln)
		if err != nil {
			probs = append(probs, recordProblem{num: num, line: line, err: err})
			continue
		}
		recs = append(recs, rawRecord{fields: obj, num: num, line: line})
	}
	return recs, probs
}

// decodeObject decodes one JSON object, with lower-cased keys.
func decodeObject(b []byte) (map[string]any, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, fmt.Errorf("malformed JSON: %w", err)
	}
	if dec.More() {
		return nil, errors.New("malformed JSON: text after the record")
	}
	obj, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("record is a JSON %s, not an object", jsonKind(v))
	}
	return lowerKeys(obj), nil
}

func jsonKind(v any) string {
	switch v.(type) {
	case []any:
		return "array"
	case string:
		return "string"
	case json.Number, float64:
		return "number"
	case bool:
		return "boolean"
	case nil:
		return "null"
	}
	return "value"
}

func lowerKeys(obj map[string]any) map[string]any {
	out := make(map[string]any, len(obj))
	keys := make([]string, 0, len(obj))
	for k := range obj {
		keys = append(keys, k)
	}
	sort.Strings(keys) // deterministic when two keys differ only in case
	for _, k := range keys {
		lk := strings.ToLower(strings.TrimSpace(k))
		if _, dup := out[lk]; !dup {
			out[lk] = obj[k]
		}
	}
	return out
}

// listKeys hold the records of a JSON object that wraps an array
// ({"articles": [...]}, as news APIs return).
var listKeys = []string{"articles", "records", "documents", "docs", "items", "data", "results"}

// parseJSONRecords reads a .json file: one object, an array of objects, or
// an object wrapping an array of objects under a key such as "articles".
func parseJSONRecords(data []byte) ([]rawRecord, []recordProblem) {
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) == 0 {
		return nil, []recordProblem{{line: 1, err: errors.New("empty JSON file")}}
	}
	lc := &lineCounter{data: data}
	if trimmed[0] != '[' {
		obj, err := decodeObject(data)
		if err != nil {
			var se *json.SyntaxError
			line := 1
			if errors.As(err, &se) {
				line = lc.at(int(se.Offset))
			}
			return nil, []recordProblem{{num: 1, line: line, err: err}}
		}
		if !hasText(obj) {
			for _, k := range listKeys {
				if arr, ok := obj[k].([]any); ok {
					return recordsFromArray(arr)
				}
			}
		}
		return []rawRecord{{fields: obj, num: 1, line: 1}}, nil
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if _, err := dec.Token(); err != nil { // the opening bracket
		return nil, []recordProblem{{line: 1, err: fmt.Errorf("malformed JSON: %w", err)}}
	}
	var recs []rawRecord
	var probs []recordProblem
	num := 0
	for dec.More() {
		num++
		start := int(dec.InputOffset())
		for start < len(data) && (data[start] == ',' || isJSONSpace(data[start])) {
			start++
		}
		line := lc.at(start)
		var v any
		if err := dec.Decode(&v); err != nil {
			var se *json.SyntaxError
			if errors.As(err, &se) {
				// The decoder's offset is that of the last good token,
				// which is in the broken record.
				line = lc.at(int(se.Offset))
			}
			probs = append(probs, recordProblem{num: num, line: line, err: fmt.Errorf("malformed JSON (the rest of the file is skipped): %w", err)})
			return recs, probs
		}
		obj, ok := v.(map[string]any)
		if !ok {
			probs = append(probs, recordProblem{num: num, line: line, err: fmt.Errorf("record is a JSON %s, not an object", jsonKind(v))})
			continue
		}
		recs = append(recs, rawRecord{fields: lowerKeys(obj), num: num, line: line})
	}
	if _, err := dec.Token(); err != nil { // the closing bracket
		probs = append(probs, recordProblem{num: num, line: lc.at(int(dec.InputOffset())), err: fmt.Errorf("malformed JSON after record %d: %w", num, err)})
	}
	return recs, probs
}

func isJSONSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\r' || c == '\t' }

func recordsFromArray(arr []any) ([]rawRecord, []recordProblem) {
	var recs []rawRecord
	var probs []recordProblem
	for i, v := range arr {
		obj, ok := v.(map[string]any)
		if !ok {
			probs = append(probs, recordProblem{num: i + 1, err: fmt.Errorf("record is a JSON %s, not an object", jsonKind(v))})
			continue
		}
		recs = append(recs, rawRecord{fields: lowerKeys(obj), num: i + 1})
	}
	return recs, probs
}

func hasText(obj map[string]any) bool {
	for _, k := range fieldAliases["text"] {
		if _, ok := obj[k]; ok {
			return true
		}
	}
	return false
}

// parseCSV reads a CSV (or TSV) file whose first row names the columns.
func parseCSV(data []byte, tsv bool) ([]rawRecord, []recordProblem) {
	r := csv.NewReader(bytes.NewReader(data))
	if tsv {
		r.Comma = '\t'
	}
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return nil, []recordProblem{{line: 1, err: errors.New("empty CSV file (expected a header row)")}}
		}
		return nil, []recordProblem{{line: csvErrLine(err, 1), err: fmt.Errorf("malformed CSV header: %w", csvErrCause(err))}}
	}
	cols := make([]string, len(header))
	for i, h := range header {
		cols[i] = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
	}
	var recs []rawRecord
	var probs []recordProblem
	num := 0
	for {
		row, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		num++
		if err != nil {
			probs = append(probs, recordProblem{num: num, line: csvErrLine(err, 0), err: fmt.Errorf("malformed CSV row: %w", csvErrCause(err))})
			var pe *csv.ParseError
			if !errors.As(err, &pe) {
				break // not a syntax error: the reader cannot go on
			}
			continue
		}
		line, _ := r.FieldPos(0)
		if len(row) != len(cols) {
			probs = append(probs, recordProblem{num: num, line: line, err: fmt.Errorf("row has %d fields, the header has %d", len(row), len(cols))})
			continue
		}
		obj := make(map[string]any, len(cols))
		for i, c := range cols {
			if _, dup := obj[c]; !dup && c != "" {
				obj[c] = row[i]
			}
		}
		recs = append(recs, rawRecord{fields: obj, num: num, line: line})
	}
	return recs, probs
}

func csvErrLine(err error, def int) int {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		if pe.StartLine > 0 {
			return pe.StartLine
		}
		return pe.Line
	}
	return def
}

func csvErrCause(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// lookupField finds an article field in a record: through the explicit
// mapping when there is one (a dotted key "source.name" walks into
// objects), otherwise through the aliases.
func lookupField(rec map[string]any, field string, mapping map[string]string) (any, string) {
	for k, v := range mapping {
		if strings.EqualFold(k, field) {
			return walkKey(rec, strings.ToLower(strings.TrimSpace(v))), v
		}
	}
	for _, k := range fieldAliases[field] {
		if v, ok := rec[k]; ok && !isEmptyValue(v) {
			return v, k
		}
	}
	return nil, ""
}

func walkKey(rec map[string]any, key string) any {
	if v, ok := rec[key]; ok {
		return v
	}
	head, rest, ok := strings.Cut(key, ".")
	if !ok {
		return nil
	}
	sub, isObj := rec[head].(map[string]any)
	if !isObj {
		return nil
	}
	return walkKey(lowerKeys(sub), rest)
}

func isEmptyValue(v any) bool {
	switch x := v.(type) {
	case nil:
		return true
	case string:
		return strings.TrimSpace(x) == ""
	case []any:
		return len(x) == 0
	}
	return false
}

// valueString renders a field value as one line of text: arrays are joined
// with ", ", an object gives its "name" (an outlet {"id", "name"}).
func valueString(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case json.Number:
		return x.String()
	case bool:
		if x {
			return "true"
		}
		return "false"
	case []any:
		var parts []string
		for _, e := range x {
			if s := strings.TrimSpace(valueString(e)); s != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, ", ")
	case map[string]any:
		obj := lowerKeys(x)
		for _, k := range []string{"name", "title", "value", "text"} {
			if s, ok := obj[k].(string); ok {
				return s
			}
		}
	}
	return ""
}

// textValue renders the body field: a string as it is; an array as one
// paragraph per element; an array of arrays (sentences per paragraph, as
// BASIL stores them) as one paragraph per inner array.
func textValue(v any) string {
	switch x := v.(type) {
	case []any:
		var paras []string
		for _, e := range x {
			var s string
			if inner, ok := e.([]any); ok {
				var sents []string
				for _, ie := range inner {
					if t := strings.TrimSpace(valueString(ie)); t != "" {
						sents = append(sents, t)
					}
				}
				s = strings.Join(sents, " ")
			} else {
				s = strings.TrimSpace(valueString(e))
			}
			if s != "" {
				paras = append(paras, s)
			}
		}
		return strings.Join(paras, "\n\n")
	case map[string]any:
		return valueString(x)
	}
	return valueString(v)
}

// cleanField sanitizes a metadata value and folds it onto one line.
func cleanField(v any) string {
	s, _ := text.SanitizeString(valueString(v))
	return strings.Join(strings.Fields(s), " ")
}

// recordDocument turns one record into a document. The body goes through
// the same sanitizing and cleaning as a .txt file; the record's fields then
// take precedence over what the cleaner guessed from the layout.
func recordDocument(rec rawRecord, mapping map[string]string) (*document, error) {
	tv, key := lookupField(rec.fields, "text", mapping)
	text := textValue(tv)
	if strings.TrimSpace(text) == "" {
		if key != "" {
			return nil, fmt.Errorf("record %d: text field %q is empty", rec.num, key)
		}
		return nil, fmt.Errorf("record %d: no text field (looked for %s; name one with a field mapping text=KEY)", rec.num, strings.Join(fieldAliases["text"], ", "))
	}
	d, err := parseTextString(text)
	if err != nil {
		return nil, fmt.Errorf("record %d: %w", rec.num, err)
	}
	if v, _ := lookupField(rec.fields, "title", mapping); v != nil {
		if t := cleanField(v); t != "" {
			if d.titleFrom == FromLayout && !strings.EqualFold(d.title, t) {
				// The record names the headline, so what the cleaner took
				// for one was not.
				d.dropLayoutTitle()
			}
			d.title, d.titleFrom = t, FromRecord
		}
	}
	if v, _ := lookupField(rec.fields, "outlet", mapping); v != nil {
		d.setOutlet(cleanField(v), FromRecord)
	}
	if v, _ := lookupField(rec.fields, "date", mapping); v != nil {
		if s := cleanField(v); s != "" {
			if t, ok := ParseDate(s); ok {
				d.date, d.dateFrom = t, FromRecord
			} else {
				d.warnings = append(d.warnings, fmt.Sprintf("record date %q not understood", truncate(s, 60)))
			}
		}
	}
	if v, _ := lookupField(rec.fields, "url", mapping); v != nil {
		if s := cleanField(v); s != "" {
			d.url = s
		}
	}
	if v, _ := lookupField(rec.fields, "author", mapping); v != nil {
		if s := cleanField(v); s != "" {
			d.byline = s
		}
	}
	if v, _ := lookupField(rec.fields, "standfirst", mapping); v != nil {
		if s := cleanField(v); s != "" && d.standfirst == "" {
			d.standfirst = s
		}
	}
	if v, _ := lookupField(rec.fields, "language", mapping); v != nil {
		if s := strings.ToLower(cleanField(v)); s != "" {
			d.language, d.langFrom = languageName(s), FromRecord
		}
	}
	if v, _ := lookupField(rec.fields, "id", mapping); v != nil {
		d.id = cleanField(v)
	}
	return d, nil
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && cut < len(s) && s[cut]&0xc0 == 0x80 {
		cut--
	}
	return s[:cut] + "…"
}
