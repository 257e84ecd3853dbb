package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"
)

// progressLine shows how far a long batch job is, on one line of stderr,
// when stderr is a terminal and the job has run for a second: a piped or
// redirected stderr gets nothing, so logs stay clean.
type progressLine struct {
	mu      sync.Mutex
	w       io.Writer
	what    string
	start   time.Time
	last    time.Time
	shown   bool
	enabled bool
}

// newProgressLine reports on w, if w is a terminal.
func newProgressLine(w io.Writer, what string) *progressLine {
	p := &progressLine{w: w, what: what, start: time.Now()}
	if f, ok := w.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			p.enabled = true
		}
	}
	return p
}

// update shows done of total, at most ten times a second, once the job
// has taken a second. It is safe to call from several goroutines.
func (p *progressLine) update(done, total int) {
	if !p.enabled {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	now := time.Now()
	if now.Sub(p.start) < time.Second || now.Sub(p.last) < 100*time.Millisecond && done < total {
		return
	}
	p.last, p.shown = now, true
	fmt.Fprintf(p.w, "\rframediff: %s %d of %d (%.0fs)\x1b[K", p.what, done, total, now.Sub(p.start).Seconds())
}

// done clears the line, if one was shown.
func (p *progressLine) done() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.shown {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.shown = false
	}
}
