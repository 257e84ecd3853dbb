package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRunWritesCompactForms(t *testing.T) {
	dir := t.TempDir()
	pack := filepath.Join(dir, "p.toml")
	if err := os.WriteFile(pack, []byte("[[rule]]\nid = \"p.a\"\ncategory = \"evaluative\"\nphrases = [\"=awful\"]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := run(dir); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "p.compact")
	data, err := os.ReadFile(out)
	if err != nil || !strings.Contains(string(data), "p.a\tevaluative") {
		t.Fatalf("compact form %q, %v", data, err)
	}
	// A compact form that no longer matches its pack is rewritten.
	old := []byte("stale")
	if err := os.WriteFile(out, old, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := run(dir); err != nil {
		t.Fatal(err)
	}
	if again, _ := os.ReadFile(out); string(again) != string(data) {
		t.Fatalf("a stale compact form was not rewritten: %q", again)
	}
	// A pack that does not parse gets no compact form and an error.
	if err := os.WriteFile(pack, []byte("[[rule]]\nid = \"p.a\"\ncategory = \"evaluative\"\nphrases = [\"a *\"]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := run(dir); err == nil || !strings.Contains(err.Error(), "p.toml") {
		t.Fatalf("error %v, want one naming p.toml", err)
	}
	if err := run(t.TempDir()); err == nil {
		t.Fatal("an empty folder was accepted")
	}
}
