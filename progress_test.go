package main

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

// TestProgressLine: nothing on a stderr that is no terminal; on a
// terminal, nothing in the first second, then "done of total" on one line,
// cleared at the end.
func TestProgressLine(t *testing.T) {
	var piped bytes.Buffer
	p := newProgressLine(&piped, "reading files:")
	p.start = time.Now().Add(-2 * time.Second)
	p.update(5, 10)
	p.done()
	if piped.Len() != 0 {
		t.Errorf("a piped stderr got %q", piped.String())
	}

	var term bytes.Buffer
	p = newProgressLine(&term, "reading files:")
	p.enabled = true // as on a terminal
	p.update(1, 10)
	if term.Len() != 0 {
		t.Errorf("shown in the first second: %q", term.String())
	}
	p.start = time.Now().Add(-2 * time.Second)
	p.update(5, 10)
	p.update(6, 10) // within 100 ms: not shown
	p.update(10, 10)
	p.done()
	got := term.String()
	if !strings.Contains(got, "\rframediff: reading files: 5 of 10 (2s)") || strings.Contains(got, "6 of 10") ||
		!strings.Contains(got, "10 of 10") || !strings.HasSuffix(got, "\r\x1b[K") {
		t.Errorf("terminal got %q", got)
	}
}
