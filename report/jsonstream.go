package report

import (
	"bufio"
	"encoding/json"
	"io"
	"maps"
	"slices"
)

// jsonObject writes a JSON object a field at a time, and a long array or
// map an element at a time, byte for byte as a json.Encoder indenting by
// two spaces writes the whole value: a report on a large or hostile corpus
// never needs its whole document, hundreds of megabytes, in memory.
type jsonObject struct {
	w      *bufio.Writer
	fields int
	err    error
}

// newJSONObject starts an object written to w through a buffer, so that
// its many small pieces do not each cost a write to w.
func newJSONObject(w io.Writer) *jsonObject {
	return &jsonObject{w: bufio.NewWriterSize(w, 1<<16)}
}

// write writes s unless an earlier write failed.
func (o *jsonObject) write(s string) {
	if o.err == nil {
		_, o.err = io.WriteString(o.w, s)
	}
}

// value writes v as json.MarshalIndent does, each line after the first
// opening with prefix.
func (o *jsonObject) value(v any, prefix string) {
	if o.err != nil {
		return
	}
	b, err := json.MarshalIndent(v, prefix, "  ")
	if err != nil {
		o.err = err
		return
	}
	_, o.err = o.w.Write(b)
}

// key opens the next field of the object.
func (o *jsonObject) key(k string) {
	if o.fields == 0 {
		o.write("{\n  ")
	} else {
		o.write(",\n  ")
	}
	o.fields++
	o.value(k, "")
	o.write(": ")
}

// field writes one field whole.
func (o *jsonObject) field(k string, v any) {
	o.key(k)
	o.value(v, "  ")
}

// end closes the object as json.Encoder does, with a newline, and flushes
// the buffer.
func (o *jsonObject) end() error {
	if o.fields == 0 {
		o.write("{}\n")
	} else {
		o.write("\n}\n")
	}
	if o.err == nil {
		o.err = o.w.Flush()
	}
	return o.err
}

// arrayField writes a field holding the slice s an element at a time.
func arrayField[T any](o *jsonObject, k string, s []T) {
	o.key(k)
	streamArray(o, s, "  ")
}

// streamArray writes s, its opening bracket on the current line and each
// element on a line of its own indented one step past prefix.
func streamArray[T any](o *jsonObject, s []T, prefix string) {
	if len(s) == 0 {
		o.value(s, prefix) // null or []
		return
	}
	o.write("[")
	for i := range s {
		if i > 0 {
			o.write(",")
		}
		o.write("\n" + prefix + "  ")
		o.value(s[i], prefix+"  ")
	}
	o.write("\n" + prefix + "]")
}

// mapOfArraysField writes a field holding m, its keys in order and each
// value an element at a time, as json.Encoder orders a map's keys.
func mapOfArraysField[T any](o *jsonObject, k string, m map[string][]T) {
	o.key(k)
	if len(m) == 0 {
		o.value(m, "  ")
		return
	}
	o.write("{")
	for i, key := range slices.Sorted(maps.Keys(m)) {
		if i > 0 {
			o.write(",")
		}
		o.write("\n    ")
		o.value(key, "")
		o.write(": ")
		streamArray(o, m[key], "    ")
	}
	o.write("\n  }")
}
