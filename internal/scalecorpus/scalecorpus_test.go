package scalecorpus

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWriteCopies(t *testing.T) {
	in := t.TempDir()
	rec := `{"ID":"abc","title":"Talks resume in Cairo","date":"2013-08-15","source":"CNN (Web News)","content":"Negotiators from both sides met again in Cairo on Thursday, officials said."}`
	if err := os.WriteFile(filepath.Join(in, "abc.json"), []byte(rec), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "x3")
	n, err := Write(in, out, 3)
	if err != nil || n != 3 {
		t.Fatalf("Write = %d, %v; want 3 files", n, err)
	}
	var first, last map[string]string
	for k, m := range []*map[string]string{&first, &last} {
		name := []string{"abc-00.json", "abc-02.json"}[k]
		data, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(data, m); err != nil {
			t.Fatal(err)
		}
	}
	if first["content"] != "Negotiators from both sides met again in Cairo on Thursday, officials said." || first["date"] != "2013-08-15" {
		t.Errorf("copy 0 is not the original: %v", first)
	}
	if last["date"] != "2013-11-03" || last["ID"] != "abc-02" || last["source"] != "CNN (Web News)" {
		t.Errorf("copy 2 metadata: %v", last)
	}
	changed := 0
	orig, got := strings.Fields(first["content"]), strings.Fields(last["content"])
	for i := range orig {
		if orig[i] != got[i] {
			changed++
		}
	}
	if changed == 0 || changed == len(orig) {
		t.Errorf("copy 2 changed %d of %d words, want some but not all", changed, len(orig))
	}
	undated := t.TempDir()
	if err := os.WriteFile(filepath.Join(undated, "u.json"), []byte(`{"ID":"u","date":"","content":"Talks went on."}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Write(undated, filepath.Join(out, "u"), 2); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{"u-00.json": `"date":""`, "u-01.json": `"date":"2016-02-10"`} {
		data, err := os.ReadFile(filepath.Join(out, "u", name))
		if err != nil || !strings.Contains(string(data), want) {
			t.Errorf("%s = %s, %v; want %s", name, data, err, want)
		}
	}
	if _, err := Write(t.TempDir(), out, 1); err == nil {
		t.Error("a folder with no .json files gave no error")
	}
}
