package lexicon

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"
)

// This file is the library side of `framediff lexicon check|test|explain|list`:
// pure functions that load, validate and describe a lexicon and write plain
// text (no colour), so the commands stay thin and the output is testable.

// Load reads the rule files and folders in paths, with the embedded
// default packs first when withDefault is set (user files add to the
// defaults and may refer to their actor groups), and validates them
// together. Every problem of every file is returned at once, as Errors.
func Load(paths []string, withDefault bool) (*Lexicon, error) {
	var files []*File
	if withDefault {
		def, err := DefaultFiles()
		if err != nil {
			return nil, fmt.Errorf("default packs: %w", err)
		}
		files = def
	}
	user, err := LoadPaths(paths)
	if err != nil {
		return nil, err
	}
	lx := &Lexicon{Files: append(files, user...)}
	if err := lx.Validate(); err != nil {
		return nil, err
	}
	return lx, nil
}

// Check validates rule files as Load would load them, then compiles them
// (which finds phrases that another rule always beats), and returns nil or
// every problem as Errors, one "file:line:col: message" per line.
func Check(paths []string, withDefault bool) error {
	lx, err := Load(paths, withDefault)
	if err != nil {
		return err
	}
	_, err = Compile(lx)
	return err
}

// Explain renders how the matcher reads text with the English matcher of
// set: see WriteExplanation.
func Explain(set *Set, text string) string {
	var b strings.Builder
	_ = WriteExplanation(&b, set.For("english"), text) // a strings.Builder does not fail
	return b.String()
}

// WriteExplanation writes, for one text, every token with its lower-case
// form and stem; every match with its rule id, category, the phrase and
// stems that matched, where the rule is written and its note; the
// candidates the overlap rules set aside and what beat them; and for each
// claim rule whose actor or predicate occurs, whether it holds and why
// (the text is taken as one sentence).
func WriteExplanation(w io.Writer, m *Matcher, text string) error {
	ew := &errWriter{w: w}
	sc := m.newScanner()
	m.scan(sc, text)
	all := m.resolve(sc, text, true)

	ew.printf("language: %s\n\ntokens:\n", m.language)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "  #\tsurface\tlower\tstem\tin a phrase\n")
	for i, t := range sc.tokens {
		fmt.Fprintf(tw, "  %d\t%s\t%s\t%s\t%s\n", i+1, t.f.surface, t.f.lower, t.f.stem, yesNo(m.inPhrase(t.f)))
	}
	if ew.err == nil {
		ew.err = tw.Flush()
	}

	ew.printf("\nmatches:\n")
	n := 0
	for _, mt := range all {
		if mt.Category == Claim {
			continue
		}
		n++
		ew.printf("  %d-%d %q: %s", mt.Start, mt.End, mt.Surface, mt.Category)
		if mt.Rule != nil {
			ew.printf(" %s", mt.Rule.ID)
			if mt.Rule.Concept != "" {
				ew.printf(" (%s: %s)", mt.Rule.Concept, mt.Rule.Variant)
			} else if mt.Rule.Variant != "" {
				ew.printf(" (%s)", mt.Rule.Variant)
			}
			ew.printf("\n      phrase %q, stems %q, %s:%d\n", mt.Phrase, mt.Stem, mt.Rule.File, mt.Rule.Line)
			if mt.Rule.Note != "" {
				ew.printf("      note: %s\n", mt.Rule.Note)
			}
			if g := grading(mt.Rule); g != "" {
				ew.printf("      %s\n", g)
			}
		} else {
			ew.printf(" %s (%s)\n      name %q, stems %q, %s:%d\n", mt.ID(), mt.Group.Label, mt.Phrase, mt.Stem, mt.Group.File, mt.Group.Line)
		}
	}
	if n == 0 {
		ew.printf("  none\n")
	}

	var lost []string
	for ci, c := range sc.cands {
		t := &m.targets[c.target]
		if sc.kept[ci] || t.role == rolePredicate || t.role == roleClaimActor {
			continue
		}
		st, en := sc.tokens[c.startTok].Start, sc.tokens[c.endTok()].End()
		winner := ""
		for _, mt := range all {
			if mt.Start < en && st < mt.End && mt.Category == categoryOf(t) {
				winner = fmt.Sprintf("%s %q", mt.ID(), mt.Surface)
				break
			}
		}
		lost = append(lost, fmt.Sprintf("  %d-%d %q: %s %s (phrase %q) gave way to %s\n", st, en, text[st:en], categoryOf(t), targetID(t), t.phrase, winner))
	}
	if len(lost) > 0 {
		ew.printf("\nset aside by the overlap rules (within a category: longest, then leftmost, then listed first):\n")
		for _, l := range lost {
			ew.printf("%s", l)
		}
	}

	var claims []string
	for _, r := range m.claims {
		if line := explainClaim(sc, all, m, r); line != "" {
			claims = append(claims, line)
		}
	}
	if len(claims) > 0 {
		ew.printf("\nclaims (the text taken as one sentence):\n")
		for _, c := range claims {
			ew.printf("%s", c)
		}
	}
	return ew.err
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "-"
}

func categoryOf(t *target) Category {
	if t.role == roleActorName {
		return Actor
	}
	return t.rule.Category
}

func targetID(t *target) string {
	if t.rule != nil {
		return t.rule.ID
	}
	return "actor:" + t.group.ID
}

// explainClaim says whether claim rule r holds in the scanned text and
// why, or "" when neither its actor nor a predicate occurs.
func explainClaim(sc *scanner, all []Match, m *Matcher, r *Rule) string {
	var actor, firstPred *Match
	for i := range all {
		mt := &all[i]
		if actor == nil && isActorOf(mt, r) {
			actor = mt
		}
		if firstPred == nil && mt.Rule == r && isPredicate(mt) {
			firstPred = mt
		}
	}
	if actor == nil && firstPred == nil {
		return ""
	}
	head := fmt.Sprintf("  %s (%s:%d): ", r.ID, r.File, r.Line)
	if a, p, ok := m.claimIn(sc, all, r); ok {
		return head + fmt.Sprintf("holds: actor %q (%s) then predicate %q (phrase %q)\n", a.Surface, a.ID(), p.Surface, p.Phrase)
	}
	if actor == nil {
		return head + fmt.Sprintf("does not hold: predicate %q but no actor of %s\n", firstPred.Surface, strings.Join(r.Actors, ", "))
	}
	if firstPred == nil {
		return head + fmt.Sprintf("does not hold: actor %q but no predicate\n", actor.Surface)
	}
	var why []string
	for i := range all {
		mt := &all[i]
		if mt.Rule != r || !isPredicate(mt) {
			continue
		}
		switch {
		case mt.Start < actor.End:
			why = append(why, fmt.Sprintf("predicate %q comes before the actor", mt.Surface))
		case negated(sc, mt.Start):
			why = append(why, fmt.Sprintf("predicate %q is negated", mt.Surface))
		}
	}
	return head + fmt.Sprintf("does not hold: actor %q, but %s\n", actor.Surface, strings.Join(why, "; "))
}

// List renders the packs of a lexicon: see WriteList.
func List(lx *Lexicon) string {
	var b strings.Builder
	_ = WriteList(&b, lx)
	return b.String()
}

// WriteList writes one line per rule file (pack name, language, number of
// rules per category, actor groups, file) and the totals per category, so
// an instructor sees at a glance what the lexicon covers.
func WriteList(w io.Writer, lx *Lexicon) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	cats := Categories()
	fmt.Fprintf(tw, "pack\tlanguage")
	for _, c := range cats {
		fmt.Fprintf(tw, "\t%s", c)
	}
	fmt.Fprintf(tw, "\tactor groups\tfile\n")
	total := map[Category]int{}
	groups := 0
	for _, f := range lx.Files {
		n := map[Category]int{}
		for _, r := range f.Rules {
			n[r.Category]++
			total[r.Category]++
		}
		groups += len(f.Actors)
		fmt.Fprintf(tw, "%s\t%s", f.Name, f.Language)
		for _, c := range cats {
			fmt.Fprintf(tw, "\t%s", count(n[c]))
		}
		fmt.Fprintf(tw, "\t%s\t%s\n", count(len(f.Actors)), f.Path)
	}
	fmt.Fprintf(tw, "total\t")
	for _, c := range cats {
		fmt.Fprintf(tw, "\t%d", total[c])
	}
	fmt.Fprintf(tw, "\t%d\n", groups)
	if err := tw.Flush(); err != nil {
		return err
	}
	var concepts []string
	seen := map[string]bool{}
	for _, r := range lx.Rules() {
		if r.Category == Naming && !seen[r.Concept] {
			seen[r.Concept] = true
			concepts = append(concepts, r.Concept)
		}
	}
	slices.Sort(concepts)
	_, err := fmt.Fprintf(w, "\nnaming concepts (%d): %s\n", len(concepts), strings.Join(concepts, "; "))
	return err
}

func count(n int) string {
	if n == 0 {
		return "-"
	}
	return fmt.Sprint(n)
}

// grading says how a rule is graded and where its words come from, for
// explanations: "negative, strength 2.1, adj, source: vader; cue, not
// loaded language". It is "" for a plain rule.
func grading(r *Rule) string {
	var parts []string
	if r.Polarity != "" {
		parts = append(parts, r.Polarity)
	}
	if r.Strength > 0 {
		parts = append(parts, fmt.Sprintf("strength %.1f", r.Strength))
	}
	if r.POS != "" {
		parts = append(parts, r.POS)
	}
	if r.Source != "" {
		parts = append(parts, "source: "+r.Source)
	}
	if r.Cue {
		parts = append(parts, "cue, not loaded language")
	}
	return strings.Join(parts, ", ")
}
