package lexicon

import (
	"fmt"
	"io"
	"strings"
)

// ExampleResult is the outcome of one rule example.
type ExampleResult struct {
	Rule    *Rule
	Text    string
	MustHit bool // an example (true) or a counterexample (false)
	Hit     bool
	Failure string // empty when the example behaved as the rule says
	// File, Line and Col locate the example string itself in its rule file.
	File      string
	Line, Col int
}

// Passed reports whether the example behaved as the rule file says.
func (r ExampleResult) Passed() bool { return r.Failure == "" }

// RunExamples checks every rule's examples (each must match the rule) and
// counterexamples (none may), like unit tests of the lexicon. Phrase
// rules are run through Match, so an example also fails when a longer
// match of the same category hides the rule; claim rules take the example
// as one sentence.
func (s *Set) RunExamples() []ExampleResult {
	var out []ExampleResult
	for _, f := range s.lex.Files {
		for i := range f.Rules {
			r := &f.Rules[i]
			if !active(r, s.settings) {
				continue // switched off by a category setting: nothing to test
			}
			m := s.For(r.Language)
			check := func(key, text string, must bool) {
				hit := m.hits(r, text)
				line, col := f.pos("rule", i, key, text, r.Line)
				res := ExampleResult{Rule: r, Text: text, MustHit: must, Hit: hit, File: r.File, Line: line, Col: col}
				switch {
				case must && !hit:
					res.Failure = fmt.Sprintf("%s:%d:%d: rule %q does not match its example %q", r.File, line, col, r.ID, text)
				case !must && hit:
					res.Failure = fmt.Sprintf("%s:%d:%d: rule %q matches its counterexample %q", r.File, line, col, r.ID, text)
				}
				out = append(out, res)
			}
			for _, e := range r.Examples {
				check("examples", e, true)
			}
			for _, e := range r.Counterexamples {
				check("counterexamples", e, false)
			}
		}
	}
	return out
}

// hits reports whether rule r matches text (for a claim rule: text taken as
// one sentence).
func (m *Matcher) hits(r *Rule, text string) bool {
	if r.Category == Claim {
		for _, c := range m.Claims(text, []Span{{0, len(text)}}) {
			if c.Rule == r {
				return true
			}
		}
		return false
	}
	for _, mt := range m.Match(text) {
		if mt.Rule == r {
			return true
		}
	}
	return false
}

// WriteExampleReport writes the outcome of RunExamples as plain text: each
// failure with its file:line:col and what the matcher found instead, then
// pass/fail counts overall and per pack. It returns how many failed, so a
// command can exit non-zero.
func (s *Set) WriteExampleReport(w io.Writer, results []ExampleResult) (failed int, err error) {
	ew := &errWriter{w: w}
	type counts struct{ pass, fail int }
	var packs []string
	byPack := map[string]*counts{}
	for _, r := range results {
		p := r.Rule.Pack
		if byPack[p] == nil {
			byPack[p] = &counts{}
			packs = append(packs, p)
		}
		if r.Passed() {
			byPack[p].pass++
			continue
		}
		byPack[p].fail++
		failed++
		ew.printf("FAIL %s\n", r.Failure)
		ew.printf("     found: %s\n", s.describeMatches(r))
	}
	if failed > 0 {
		ew.printf("\n")
	}
	for _, p := range packs {
		c := byPack[p]
		ew.printf("%-4s %-40s %3d passed, %d failed\n", passFail(c.fail), p, c.pass, c.fail)
	}
	ew.printf("%d passed, %d failed\n", len(results)-failed, failed)
	return failed, ew.err
}

func passFail(failed int) string {
	if failed > 0 {
		return "FAIL"
	}
	return "ok"
}

// describeMatches says what the rule's category matched in a failing
// example, which usually explains the failure (a longer phrase of another
// rule won, or nothing matched at all).
func (s *Set) describeMatches(r ExampleResult) string {
	m := s.For(r.Rule.Language)
	var parts []string
	if r.Rule.Category == Claim {
		for _, c := range m.Claims(r.Text, []Span{{0, len(r.Text)}}) {
			parts = append(parts, fmt.Sprintf("%s (actor %q, predicate %q)", c.Rule.ID, c.Actor.Surface, c.Predicate.Surface))
		}
	} else {
		for _, mt := range m.Match(r.Text) {
			if mt.Category == r.Rule.Category {
				parts = append(parts, fmt.Sprintf("%s %q", mt.ID(), mt.Surface))
			}
		}
	}
	if len(parts) == 0 {
		return "no " + string(r.Rule.Category) + " match"
	}
	return strings.Join(parts, ", ")
}

// errWriter keeps the first write error so report code can print freely
// and check once.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}
