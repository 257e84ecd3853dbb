package lexicon

import "fmt"

// ExampleResult is the outcome of one rule example.
type ExampleResult struct {
	Rule    *Rule
	Text    string
	MustHit bool // an example (true) or a counterexample (false)
	Hit     bool
	Failure string // empty when the example behaved as the rule says
}

// Passed reports whether the example behaved as the rule file says.
func (r ExampleResult) Passed() bool { return r.Failure == "" }

// RunExamples checks every rule's examples (each must match the rule) and
// counterexamples (none may), like unit tests of the lexicon.
func (s *Set) RunExamples() []ExampleResult {
	var out []ExampleResult
	for _, r := range s.lex.Rules() {
		m := s.For(r.Language)
		check := func(text string, must bool) {
			hit := m.hits(r, text)
			res := ExampleResult{Rule: r, Text: text, MustHit: must, Hit: hit}
			switch {
			case must && !hit:
				res.Failure = fmt.Sprintf("%s:%d: rule %q does not match its example %q", r.File, r.Line, r.ID, text)
			case !must && hit:
				res.Failure = fmt.Sprintf("%s:%d: rule %q matches its counterexample %q", r.File, r.Line, r.ID, text)
			}
			out = append(out, res)
		}
		for _, e := range r.Examples {
			check(e, true)
		}
		for _, e := range r.Counterexamples {
			check(e, false)
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
