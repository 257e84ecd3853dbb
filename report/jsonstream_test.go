package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"
)

type streamedItem struct {
	Name  string            `json:"name"`
	Tags  []string          `json:"tags"`
	Extra map[string]int    `json:"extra,omitempty"`
	Inner []json.RawMessage `json:"inner,omitempty"`
}

// TestJSONObjectMatchesEncoder holds the streamed writer to the bytes a
// json.Encoder indenting by two spaces writes for the same document.
func TestJSONObjectMatchesEncoder(t *testing.T) {
	items := []streamedItem{
		{Name: "<script>&\u2028", Tags: []string{"a", "b"}, Extra: map[string]int{"z": 1, "a": 2}},
		{Name: "\xff broken", Tags: nil},
		{Name: "empty tags", Tags: []string{}, Inner: []json.RawMessage{json.RawMessage(`{"k":[1,2]}`)}},
	}
	tests := []struct {
		name  string
		items []streamedItem
		byKey map[string][]streamedItem
	}{
		{"nil list and map", nil, nil},
		{"empty list and map", []streamedItem{}, map[string][]streamedItem{}},
		{"one item", items[:1], map[string][]streamedItem{"one": items[:1]}},
		{"many items and keys", items, map[string][]streamedItem{"b<>": items, "a\xff": nil, "c": {}, "": items[1:]}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var want bytes.Buffer
			enc := json.NewEncoder(&want)
			enc.SetIndent("", "  ")
			if err := enc.Encode(struct {
				Schema string                    `json:"schema"`
				Items  []streamedItem            `json:"items"`
				ByKey  map[string][]streamedItem `json:"by_key"`
				Last   *streamedItem             `json:"last"`
			}{"test", tt.items, tt.byKey, nil}); err != nil {
				t.Fatal(err)
			}
			var got bytes.Buffer
			o := newJSONObject(&got)
			o.field("schema", "test")
			arrayField(o, "items", tt.items)
			mapOfArraysField(o, "by_key", tt.byKey)
			o.field("last", (*streamedItem)(nil))
			if err := o.end(); err != nil {
				t.Fatal(err)
			}
			if got.String() != want.String() {
				t.Errorf("streamed:\n%s\nencoder:\n%s", got.String(), want.String())
			}
		})
	}
}

func TestJSONObjectEmpty(t *testing.T) {
	var got bytes.Buffer
	if err := newJSONObject(&got).end(); err != nil || got.String() != "{}\n" {
		t.Errorf("empty object %q, %v; want %q", got.String(), err, "{}\n")
	}
}

// failingWriter fails every write, as a full disk does.
type failingWriter struct{ writes int }

func (w *failingWriter) Write(p []byte) (int, error) {
	w.writes++
	return 0, errors.New("no space left on device")
}

func TestJSONObjectStopsAtFirstError(t *testing.T) {
	w := &failingWriter{}
	o := newJSONObject(w)
	long := make([]string, 100000)
	for i := range long {
		long[i] = "a string long enough to fill the buffer many times over"
	}
	arrayField(o, "items", long)
	o.field("more", long)
	if err := o.end(); err == nil || err.Error() != "no space left on device" {
		t.Fatalf("end returned %v, want the write error", err)
	}
	if w.writes != 1 {
		t.Errorf("%d writes after the first failed, want none", w.writes-1)
	}
}
