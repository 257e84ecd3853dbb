package lexicon

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/text"
)

// Span is a half-open byte range of a text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Match is one rule (or actor name) found in a text.
type Match struct {
	Span
	Rule     *Rule       // nil for an actor-name match
	Group    *ActorGroup // set for actor-name matches
	Category Category
	// Surface is the matched text as written; Stem the stems of its words
	// joined by spaces (what the rule compared).
	Surface string
	Stem    string
	// Phrase is the rule phrase that matched, as written in the rule file.
	Phrase string
}

// ID names what matched: the rule id, or "actor:<group>".
func (m Match) ID() string {
	if m.Rule != nil {
		return m.Rule.ID
	}
	if m.Group != nil {
		return "actor:" + m.Group.ID
	}
	return ""
}

// ClaimMatch is a claim rule satisfied by one sentence: an actor and a
// predicate that is not negated.
type ClaimMatch struct {
	Rule      *Rule
	Sentence  Span
	Actor     Match // the actor mention (an actor-group name or a rule actor phrase)
	Predicate Match // the predicate phrase
}

type elemKind uint8

const (
	elemStem  elemKind = iota // the snowball stem must match
	elemExact                 // the lower-cased word form must match ("=Kiev")
	elemCase                  // the surface form must match, case and all ("==US")
	elemGap                   // "*": zero to maxGap words
)

// numKeyed is how many element kinds compare a word (all but the gap).
const numKeyed = 3

// maxGap is how many words a "*" in a phrase may skip.
const maxGap = 3

type elem struct {
	kind  elemKind
	value string
}

// compilePhrase turns a rule phrase into pattern elements, using the same
// tokenizer and stemmer as article text.
func compilePhrase(phrase string, an *text.Analyzer) ([]elem, error) {
	var out []elem
	for _, field := range strings.Fields(phrase) {
		if field == "*" {
			if len(out) == 0 || out[len(out)-1].kind == elemGap {
				return nil, fmt.Errorf("a gap (*) must stand between two words")
			}
			out = append(out, elem{kind: elemGap})
			continue
		}
		kind := elemStem
		switch {
		case strings.HasPrefix(field, "=="):
			kind, field = elemCase, field[2:]
		case strings.HasPrefix(field, "="):
			kind, field = elemExact, field[1:]
		}
		if kind != elemStem {
			// Exact forms need no stem: packs of thousands of exact words
			// compile without stemming each of them.
			for _, t := range text.Tokens(nil, field) {
				if t.IsWord() {
					f := form{surface: t.Form, lower: text.Lower(t.Form)}
					out = append(out, elem{kind, f.key(kind)})
				}
			}
			continue
		}
		for _, t := range words(nil, field, an) {
			f := form{surface: t.Form, lower: t.Lower, stem: t.Stem}
			out = append(out, elem{kind, f.key(kind)})
		}
	}
	if len(out) > 0 && out[len(out)-1].kind == elemGap {
		return nil, fmt.Errorf("a gap (*) must stand between two words")
	}
	return out, nil
}

type role uint8

const (
	rolePhrase    role = iota // a rule phrase: reported as a Match
	roleActorName             // an actor-group name: reported as an actor Match
	roleClaimActor
	rolePredicate
)

// catActor is the overlap class of actor names; classes 0..len(categories)-1
// are the rule categories, and each claim rule has two classes of its own
// after catActor (its actors, its predicates) so claim rules never hide
// each other's words.
const catActor = 7

type target struct {
	role   role
	rule   *Rule
	group  *ActorGroup
	phrase string
	length int   // pattern elements, for tie-breaking
	class  int32 // overlap class: matches of one class may not overlap
	// stems is the Match.Stem of every match of a phrase made of stemmed
	// words only (no gap, no exact form), built once instead of per match.
	stems string
	// when and unless are the rule's context patterns, compiled.
	when, unless []context
}

// edge is one labelled transition of the phrase trie.
type edge struct {
	kind  elemKind
	value string
	next  *node
}

type node struct {
	edges   []edge
	gap     *node
	targets []int32
	// byKey indexes the edges of a node that has many (the root has one
	// per first word of every phrase), so building the trie stays linear.
	byKey map[edgeKey]*node
}

type edgeKey struct {
	kind  elemKind
	value string
}

// manyEdges is the edge count from which a node indexes its edges.
const manyEdges = 16

func (n *node) child(kind elemKind, value string) *node {
	if kind == elemGap {
		if n.gap == nil {
			n.gap = &node{}
		}
		return n.gap
	}
	if n.byKey != nil {
		if c, ok := n.byKey[edgeKey{kind, value}]; ok {
			return c
		}
	} else {
		for _, e := range n.edges {
			if e.kind == kind && e.value == value {
				return e.next
			}
		}
	}
	c := &node{}
	n.edges = append(n.edges, edge{kind, value, c})
	if n.byKey == nil && len(n.edges) >= manyEdges {
		n.byKey = make(map[edgeKey]*node, 2*manyEdges)
		for _, e := range n.edges {
			n.byKey[edgeKey{e.kind, e.value}] = e.next
		}
	} else if n.byKey != nil {
		n.byKey[edgeKey{kind, value}] = c
	}
	return c
}

// Matcher finds the rules of one language in text. It is safe for
// concurrent use; each call borrows a scanner with its own stem cache.
type Matcher struct {
	language string
	// first[kind][value] is the trie node after a first word whose stem,
	// lower-case form or form (by kind) is value.
	first [numKeyed]map[string]*node
	// inPhrases[kind] holds every value of that kind in some phrase, for
	// explanations.
	inPhrases [numKeyed]map[string]bool
	root      *node          // the trie's root
	an        *text.Analyzer // stems the phrases while the matcher is built
	targets   []target
	pool      sync.Pool
	groups    []*ActorGroup
	claims    []*Rule
	classes   int // overlap classes in use
}

// Set holds one Matcher per supported language.
type Set struct {
	byLang map[string]*Matcher
	// actorsOnly builds, on first use, the matcher of a supported
	// language no rule file declares: its actor names stemmed that
	// language's way. Most runs never meet such a language, and stemming
	// every name for each of them would cost every start.
	actorsOnly map[string]func() *Matcher
	lex        *Lexicon
	// none matches nothing: the matcher of a language no rule file and
	// no stemmer knows, whose words must not be read with another
	// language's rules.
	none *Matcher
	// ruled are the languages some rule file declares.
	ruled map[string]bool
	// settings are the categories' effective settings; rules they switch
	// off are not compiled.
	settings map[Category]Settings
}

// Compile validates a lexicon and builds its matchers. Actor groups are
// shared by every language (names are names). Every supported language
// gets a matcher, built at most once: those of the languages rule files
// declare now, the others (actor names only) when For first asks.
func Compile(lx *Lexicon) (*Set, error) {
	if err := lx.Validate(); err != nil {
		return nil, err
	}
	s := &Set{byLang: map[string]*Matcher{}, actorsOnly: map[string]func() *Matcher{}, lex: lx, none: newMatcher("", nil), ruled: map[string]bool{}, settings: lx.Settings()}
	groups := lx.ActorGroups()
	for _, f := range lx.Files {
		if len(f.Rules) > 0 {
			s.ruled[f.Language] = true
		}
	}
	for _, lang := range supportedLanguages {
		if s.ruled[lang] {
			m := newMatcher(lang, groups)
			m.reserve(lx.Files, lang)
			s.byLang[lang] = m
			continue
		}
		s.actorsOnly[lang] = sync.OnceValue(func() *Matcher {
			m := newMatcher(lang, groups)
			m.finish()
			m.an = nil
			return m
		})
	}
	for _, f := range lx.Files {
		m := s.byLang[f.Language]
		if m == nil {
			continue // Validate has reported the language
		}
		for i := range f.Rules {
			r := &f.Rules[i]
			if !active(r, s.settings) {
				continue
			}
			if r.Category == Claim {
				ci := int32(len(m.claims))
				m.claims = append(m.claims, r)
				for _, a := range r.Actors {
					if strings.HasPrefix(a, "@") {
						continue
					}
					m.add(a, target{role: roleClaimActor, rule: r, phrase: a, class: catActor + 1 + 2*ci})
				}
				for _, p := range r.Predicates {
					m.add(p, target{role: rolePredicate, rule: r, phrase: p, class: catActor + 2 + 2*ci})
				}
				continue
			}
			when, unless := compileContexts(r.When, m.language), compileContexts(r.Unless, m.language)
			for _, p := range r.Phrases {
				m.add(p, target{role: rolePhrase, rule: r, phrase: p, class: int32(categoryIndex(r.Category)), when: when, unless: unless})
			}
		}
	}
	for _, m := range s.byLang {
		m.finish()
		m.an = nil // built: the analyzer's cache is no longer needed
	}
	if errs := s.shadowed(false); len(errs) > 0 {
		return nil, errs
	}
	return s, nil
}

// shadowed finds phrases that can never match for their own rule: the
// phrase's own words are taken by another rule of the same category that
// wins by the overlap rules (a longer phrase, or the same words in a rule
// listed earlier, or a stem that covers an exact form). Without this check
// such a phrase would fail silently.
//
// The embedded default packs are skipped unless all is set: the test
// suite checks them (TestDefaultPacksNotShadowed), and with thousands of
// word-list entries the check would cost every start of framediff.
func (s *Set) shadowed(all bool) Errors {
	var errs Errors
	for _, f := range s.lex.Files {
		m := s.byLang[f.Language]
		if m == nil || f.embedded && !all {
			continue
		}
		for i := range f.Rules {
			r := &f.Rules[i]
			if r.Category == Claim || !active(r, s.settings) || len(r.When) > 0 {
				continue // a rule with a when condition needs context to match at all
			}
			for _, p := range r.Phrases {
				text := phraseText(p)
				var winner *Match
				found := false
				for _, mt := range m.Match(text) {
					if mt.Rule == r {
						found = true
						break
					}
					if winner == nil && mt.Category == r.Category && mt.Rule != nil {
						winner = &mt
					}
				}
				if found || winner == nil {
					continue
				}
				line, col := f.pos("rule", i, "phrases", p, r.Line)
				errs = append(errs, &Error{File: f.Path, Line: line, Col: col, Msg: fmt.Sprintf(
					"phrase %q of rule %q never matches: rule %q (phrase %q, %s:%d) takes its words (within a category the longest match wins, then the rule listed first)",
					p, r.ID, winner.Rule.ID, winner.Phrase, winner.Rule.File, winner.Rule.Line)})
			}
		}
	}
	errs.sort()
	return errs
}

// phraseText is a text a phrase matches: its words without the = and ==
// markers, a gap skipping nothing.
func phraseText(p string) string {
	var words []string
	for _, w := range strings.Fields(p) {
		if w == "*" {
			continue
		}
		words = append(words, strings.TrimLeft(w, "="))
	}
	return strings.Join(words, " ")
}

func categoryIndex(c Category) int {
	for i, k := range categories {
		if k == c {
			return i
		}
	}
	return catActor
}

func newMatcher(lang string, groups []*ActorGroup) *Matcher {
	m := &Matcher{language: lang, root: &node{}, groups: groups, an: text.NewAnalyzer(lang)}
	for _, g := range groups {
		for _, n := range g.Names {
			m.add(n, target{role: roleActorName, group: g, phrase: n, class: catActor})
		}
	}
	m.pool.New = func() any { return m.newScanner() }
	return m
}

// reserve sizes the trie's root and the indexes for the phrases of the
// files in the matcher's language, so a pack of thousands of words is
// added without growing them again and again. The counts are by each
// phrase's first word, a close enough guess.
func (m *Matcher) reserve(files []*File, lang string) {
	var byKind [numKeyed]int
	for _, f := range files {
		if f.Language != lang {
			continue
		}
		for i := range f.Rules {
			for _, p := range f.Rules[i].Phrases {
				switch {
				case strings.HasPrefix(p, "=="):
					byKind[elemCase]++
				case strings.HasPrefix(p, "="):
					byKind[elemExact]++
				default:
					byKind[elemStem]++
				}
			}
		}
	}
	total := byKind[0] + byKind[1] + byKind[2]
	if total < manyEdges {
		return
	}
	m.root.edges = slices.Grow(m.root.edges, total)
	if m.root.byKey == nil {
		m.root.byKey = make(map[edgeKey]*node, total)
		for _, e := range m.root.edges {
			m.root.byKey[edgeKey{e.kind, e.value}] = e.next
		}
	}
	m.targets = slices.Grow(m.targets, total)
	for k, n := range byKind {
		if m.inPhrases[k] == nil {
			m.inPhrases[k] = make(map[string]bool, n)
		}
	}
}

func (m *Matcher) newScanner() *scanner {
	return &scanner{forms: map[string]*form{}}
}

// finish indexes the trie's root edges by kind and value.
func (m *Matcher) finish() {
	var n [numKeyed]int
	for _, e := range m.root.edges {
		n[e.kind]++
	}
	for k := range numKeyed {
		m.first[k] = make(map[string]*node, n[k])
	}
	for _, e := range m.root.edges {
		m.first[e.kind][e.value] = e.next
	}
	m.classes = catActor + 1 + 2*len(m.claims)
}

// For returns the matcher of a language. A supported language no rule file
// declares has the actor groups only, so an article in it is still
// tokenized and stemmed correctly and not matched against another
// language's stems; a language the stemmer does not know matches nothing
// (its words are compared as written), and an article with no language
// given or found is read as English.
func (s *Set) For(language string) *Matcher {
	if language == "" {
		language = "english"
	}
	if m, ok := s.byLang[language]; ok {
		return m
	}
	if build, ok := s.actorsOnly[language]; ok {
		return build()
	}
	return s.none
}

// HasRules reports whether some rule file of the set declares the
// language: an article in a language without rules gets no highlights,
// and the views say so.
func (s *Set) HasRules(language string) bool {
	if language == "" {
		language = "english"
	}
	return s.ruled[language]
}

// Lexicon returns the lexicon the set was compiled from.
func (s *Set) Lexicon() *Lexicon { return s.lex }

// Language is the matcher's language.
func (m *Matcher) Language() string { return m.language }

func (m *Matcher) add(phrase string, t target) {
	pat, err := compilePhrase(phrase, m.an)
	if err != nil || len(pat) == 0 {
		return // Validate has already reported it
	}
	n := m.root
	for _, e := range pat {
		n = n.child(e.kind, e.value)
		if e.kind != elemGap {
			if m.inPhrases[e.kind] == nil {
				m.inPhrases[e.kind] = map[string]bool{}
			}
			m.inPhrases[e.kind][e.value] = true
		}
	}
	t.length = len(pat)
	stems := make([]string, 0, len(pat))
	for _, e := range pat {
		if e.kind != elemStem {
			stems = nil
			break
		}
		stems = append(stems, e.value)
	}
	if len(stems) > 1 {
		t.stems = strings.Join(stems, " ")
	}
	m.targets = append(m.targets, t)
	n.targets = append(n.targets, int32(len(m.targets)-1))
}

// candidate is a phrase found at tokens startTok..endTok(). A long
// article has about one for every three words, so it is kept small: a
// phrase spans a few tokens, so the distance to its last fits an int32.
type candidate struct {
	startTok int
	more     int32 // tokens after the first
	target   int32
}

// endTok is the candidate's last token.
func (c candidate) endTok() int { return c.startTok + int(c.more) }

// scanner holds one Match call's state; its forms map keeps what is known
// of the words seen so far, for the next texts.
type scanner struct {
	forms  map[string]*form // per word form as written
	all    []text.Token     // the text's tokens
	tokens []word           // its words and numbers
	cands  []candidate
	order  []int32  // candidate indexes in resolution order
	occ    []uint64 // per token, a bit per overlap class already taken
	kept   []bool   // per candidate, whether it survived resolution
	text   string
	m      *Matcher
}

// breaksPhrase reports whether the text between two words ends a sentence
// or a line, which no phrase may cross.
func breaksPhrase(between string) bool {
	return strings.ContainsAny(between, ".!?;\n")
}

func (m *Matcher) scan(sc *scanner, text string) {
	sc.words(m, text)
	// News prose has a candidate for every six words or so, and seldom
	// more than one for every three: room for that many up front spares a
	// long article the copies of a list grown a quarter at a time.
	sc.cands = slices.Grow(sc.cands[:0], len(sc.tokens)/3)
	sc.text, sc.m = text, m
	for i, w := range sc.tokens {
		for _, n := range w.f.first {
			if n != nil {
				sc.walk(n, i, i+1)
			}
		}
	}
	sc.text = ""
}

// form is what a scanner knows of one word form as written: its
// lower-case form and stem (by package text) and the trie nodes after a
// phrase's first word that it matches, so that a word of a text costs one
// map look-up.
type form struct {
	surface, lower, stem string
	first                [numKeyed]*node
}

// key is what an element of a kind compares of a word: its stem, its
// lower-case form or its form as written.
func (f *form) key(kind elemKind) string {
	switch kind {
	case elemStem:
		return f.stem
	case elemExact:
		return f.lower
	}
	return f.surface
}

// word is one word of a text: where it starts, and its form. Its end
// follows from the form as written, which a long article's list of words
// need not store once per word.
type word struct {
	Start int
	f     *form
}

// End is where the word ends: its form as written is text[Start:End].
func (w word) End() int { return w.Start + len(w.f.surface) }

// maxForms bounds a scanner's cache on huge corpora; past it the cache
// starts again, which costs some stemming and no correctness. Each pooled
// scanner holds its own cache, so the bound is per core: 32,768 forms
// cover an article's words many times over while keeping a corpus
// profile's memory flat (a bound of 2^18 held about 100 MB more on a
// 38,000-article corpus, for no saving in time).
const maxForms = 1 << 15

// words sets sc.tokens to the words of text. No token spans a line break,
// so the text is tokenized a line at a time: the token buffer stays the
// size of a line, not of a whole (possibly huge) article.
func (sc *scanner) words(m *Matcher, s string) {
	// News prose has a word every six bytes or so: sizing the list once
	// spares a long article its copies while the list grows.
	sc.tokens = slices.Grow(sc.tokens[:0], len(s)/6)
	for base := 0; base < len(s); {
		end := strings.IndexByte(s[base:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += base
		}
		sc.all = text.Tokens(sc.all[:0], s[base:end])
		for _, t := range sc.all {
			if t.IsWord() {
				sc.tokens = append(sc.tokens, word{base + t.Start, sc.form(m, t.Form)})
			}
		}
		base = end + 1
	}
	clear(sc.all) // the scanner is pooled: its tokens' forms must not keep s alive
}

// form returns the scanner's cached form of a word as written, making it
// (lower-case form, stem, the phrases it may start) on first sight.
func (sc *scanner) form(m *Matcher, surface string) *form {
	if f, ok := sc.forms[surface]; ok {
		return f
	}
	if len(sc.forms) >= maxForms {
		clear(sc.forms)
	}
	f := &form{surface: strings.Clone(surface)}
	f.lower = text.Lower(f.surface) // from the clone: Lower may return its argument, a slice of the article
	f.stem = text.Stem(f.lower, m.language)
	for k := range elemKind(numKeyed) {
		f.first[k] = m.first[k][f.key(k)]
	}
	sc.forms[f.surface] = f
	return f
}

// walk records the phrases ending at node n (tokens start..j-1 matched)
// and follows the trie with token j.
func (sc *scanner) walk(n *node, start, j int) {
	for _, t := range n.targets {
		if tg := &sc.m.targets[t]; (tg.when != nil || tg.unless != nil) && !sc.inContext(tg, start, j-1) {
			continue
		}
		if sc.inMasthead(start, j-1) {
			continue
		}
		sc.cands = append(sc.cands, candidate{start, int32(j - 1 - start), t})
	}
	if j >= len(sc.tokens) || (len(n.edges) == 0 && n.gap == nil) {
		return
	}
	if breaksPhrase(sc.text[sc.tokens[j-1].End():sc.tokens[j].Start]) {
		return
	}
	for _, e := range n.edges {
		if sc.tokens[j].f.key(e.kind) == e.value {
			sc.walk(e.next, start, j+1)
		}
	}
	if g := n.gap; g != nil {
		// The gap skips k words, then the word after must follow an edge of
		// the gap node (a gap never ends a phrase).
		for k := 0; k <= maxGap && j+k < len(sc.tokens); k++ {
			if k > 0 && breaksPhrase(sc.text[sc.tokens[j+k-1].End():sc.tokens[j+k].Start]) {
				break
			}
			for _, e := range g.edges {
				if sc.tokens[j+k].f.key(e.kind) == e.value {
					sc.walk(e.next, start, j+k+1)
				}
			}
		}
	}
}

func (m *Matcher) toMatch(sc *scanner, text string, c candidate) Match {
	t := &m.targets[c.target]
	st, en := sc.tokens[c.startTok].Start, sc.tokens[c.endTok()].End()
	var stem string
	switch {
	case c.startTok == c.endTok():
		stem = sc.tokens[c.startTok].f.stem
	case t.stems != "":
		stem = t.stems
	default:
		var b strings.Builder
		for k := c.startTok; k <= c.endTok(); k++ {
			if k > c.startTok {
				b.WriteByte(' ')
			}
			b.WriteString(sc.tokens[k].f.stem)
		}
		stem = b.String()
	}
	mt := Match{Span: Span{st, en}, Rule: t.rule, Group: t.group, Surface: text[st:en], Stem: stem, Phrase: t.phrase}
	switch t.role {
	case roleActorName:
		mt.Category = Actor
	default:
		mt.Category = t.rule.Category
	}
	return mt
}

// Match finds every phrase rule and actor name in text. Within one
// category, overlapping matches resolve to the longest (then the leftmost,
// then the rule listed first); matches of different categories may overlap
// ("Israeli occupation forces" is naming, "forces" may be a frame word).
// Results are sorted by start offset, longer first at one offset.
func (m *Matcher) Match(text string) []Match {
	sc := m.pool.Get().(*scanner)
	defer m.pool.Put(sc)
	m.scan(sc, text)
	return m.resolve(sc, text, false)
}

// resolve applies the overlap rules to the scanner's candidates and sets
// sc.kept. With claims false, claim-rule actors and predicates are left out.
//
// Candidates arrive in start-token order. Only a cluster of candidates
// whose token ranges chain into each other can compete, so each cluster
// is ordered and resolved on its own; most clusters hold one candidate and
// need no sorting at all.
func (m *Matcher) resolve(sc *scanner, text string, claims bool) []Match {
	sc.kept = slices.Grow(sc.kept[:0], len(sc.cands))[:len(sc.cands)]
	clear(sc.kept)
	words := (m.classes + 63) / 64
	sc.occ = slices.Grow(sc.occ[:0], len(sc.tokens)*words)[:len(sc.tokens)*words]
	clear(sc.occ)
	kept := 0
	sc.order = sc.order[:0]
	clusterEnd := -1
	flush := func() {
		if len(sc.order) > 1 {
			slices.SortFunc(sc.order, sc.cmpCand)
		}
		for _, ci := range sc.order {
			if sc.take(ci, words) {
				kept++
			}
		}
		sc.order = sc.order[:0]
	}
	for i, c := range sc.cands {
		if r := m.targets[c.target].role; !claims && r != rolePhrase && r != roleActorName {
			continue
		}
		if c.startTok > clusterEnd {
			flush()
		}
		sc.order = append(sc.order, int32(i))
		clusterEnd = max(clusterEnd, c.endTok())
	}
	flush()
	if kept == 0 {
		return nil
	}
	out := make([]Match, 0, kept)
	for ci, c := range sc.cands {
		if sc.kept[ci] {
			out = append(out, m.toMatch(sc, text, c))
		}
	}
	// Candidates are in start order already; insertion sort puts longer
	// matches first at one start in linear time on such input.
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && (out[j].Start == out[j-1].Start && out[j].End > out[j-1].End); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// cmpCand orders competing candidates: longest first (in bytes, as a
// reader sees it), then leftmost, then the phrase compiled first (file
// order, rule order, phrase order).
func (sc *scanner) cmpCand(x, y int32) int {
	a, b := sc.cands[x], sc.cands[y]
	la := sc.tokens[a.endTok()].End() - sc.tokens[a.startTok].Start
	lb := sc.tokens[b.endTok()].End() - sc.tokens[b.startTok].Start
	if la != lb {
		return lb - la
	}
	if a.startTok != b.startTok {
		return a.startTok - b.startTok
	}
	if a.target != b.target {
		return int(a.target - b.target)
	}
	return int(x - y)
}

// take keeps candidate ci unless a kept candidate of its overlap class
// already holds one of its tokens.
func (sc *scanner) take(ci int32, words int) bool {
	c := sc.cands[ci]
	cl := sc.m.targets[c.target].class
	w, bit := int(cl/64), uint64(1)<<(cl%64)
	for k := c.startTok; k <= c.endTok(); k++ {
		if sc.occ[k*words+w]&bit != 0 {
			return false
		}
	}
	for k := c.startTok; k <= c.endTok(); k++ {
		sc.occ[k*words+w] |= bit
	}
	sc.kept[ci] = true
	return true
}

// Claims finds the claim rules each sentence satisfies: an actor of the
// rule (an "@group" name or an actor phrase) before a predicate, with the
// predicate not negated ("did not deny" is not a denial). Sentences are byte
// spans of text; a sentence satisfies a rule at most once.
func (m *Matcher) Claims(text string, sentences []Span) []ClaimMatch {
	if len(m.claims) == 0 {
		return nil
	}
	sc := m.pool.Get().(*scanner)
	defer m.pool.Put(sc)
	var out []ClaimMatch
	for _, s := range sentences {
		if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
			continue
		}
		st := text[s.Start:s.End]
		m.scan(sc, st)
		all := m.resolve(sc, st, true)
		for _, r := range m.claims {
			a, p, ok := m.claimIn(sc, all, r)
			if !ok {
				continue
			}
			a.Start, a.End, p.Start, p.End = a.Start+s.Start, a.End+s.Start, p.Start+s.Start, p.End+s.Start
			p.Category = Claim
			out = append(out, ClaimMatch{Rule: r, Sentence: s, Actor: a, Predicate: p})
		}
	}
	return out
}

// claimIn finds the first actor of rule r in one scanned sentence and the
// first non-negated predicate after it.
func (m *Matcher) claimIn(sc *scanner, all []Match, r *Rule) (actor, pred Match, ok bool) {
	ai := -1
	for i := range all {
		if isActorOf(&all[i], r) {
			ai = i
			break
		}
	}
	if ai < 0 {
		return actor, pred, false
	}
	for i := range all {
		mt := &all[i]
		if mt.Rule == r && isPredicate(mt) && mt.Start >= all[ai].End && !negated(sc, mt.Start) {
			return all[ai], *mt, true
		}
	}
	return actor, pred, false
}

func isPredicate(mt *Match) bool {
	return mt.Rule != nil && mt.Category == Claim && slices.Contains(mt.Rule.Predicates, mt.Phrase)
}

func isActorOf(mt *Match, r *Rule) bool {
	if mt.Category == Actor && mt.Group != nil {
		return slices.Contains(r.Actors, "@"+mt.Group.ID)
	}
	return mt.Rule == r && slices.Contains(r.Actors, mt.Phrase)
}

// negated: one of the two words before the predicate negates it, unless the
// predicate is itself a negation ("never discussed" is the denial). Two
// words cover "did not deny", "has never denied" and "didn't deny" without
// reaching back into an earlier clause.
func negated(sc *scanner, start int) bool {
	for i, t := range sc.tokens {
		if t.Start != start {
			continue
		}
		if isNegator(t.f.lower) {
			return false
		}
		for k := i - 1; k >= 0 && k >= i-2; k-- {
			if isNegator(sc.tokens[k].f.lower) {
				return true
			}
		}
		return false
	}
	return false
}

// ActorGroupOf maps a speaker string ("US State Department spokesman Ned
// Price") to the actor group of the last actor name in it (the name, not
// the title's country, identifies the person), or nil. Two speakers joined
// by "and" from different groups ("Sullivan and Hulata") belong to neither:
// a joint statement is not one side's voice. A speaker whose role is a
// civilian's, a critic's or a company's ("Cairo resident Akram Karam",
// "critics of the Saudis", "the Syrian Observatory for Human Rights")
// speaks for no group the place or people names, and a name that only
// modifies another ("US-backed fighters"), stands inside a longer name
// ("National Security Council") or is another person's first name ("Abbas
// Mousavi") is no name of the group.
func (m *Matcher) ActorGroupOf(speaker string) *ActorGroup {
	if CivilSpeaker(speaker) {
		return nil
	}
	var g *ActorGroup
	joint := false
	matches := m.Match(speaker)
	for i, mt := range matches {
		if mt.Category != Actor || namesOther(speaker, matches, i) {
			continue
		}
		if g != nil && mt.Group != g && strings.Contains(speaker[:mt.Start], " and ") {
			joint = true
		}
		g = mt.Group
	}
	if joint {
		return nil
	}
	return g
}

// civilRoles name people who speak for themselves, for a cause against a
// government or for a firm: a demonym or a capital beside them ("Syrian
// activists", "White House critics", "Iran's national airline") says where
// they are from or whom they oppose, not whose official voice they are.
var civilRoles = wordSet(`resident residents citizen citizens civilian civilians activist activists
	protester protesters protestor protestors demonstrator demonstrators dissident dissidents
	refugee refugees exile exiles rebel rebels insurgent insurgents separatists
	opposition critic critics opponent opponents detractors supporter supporters
	observatory analyst analysts scholar scholars researcher researchers fellow
	journalist journalists blogger bloggers woman women man men student students voters
	airline airlines airways company firm media newspaper newspapers`)

// mediaRoles are the civil roles a state owns when it says so: "Iranian
// media" are a country's press, "Iranian state media" its government's
// voice.
var mediaRoles = wordSet(`media newspaper newspapers`)

// mediaTails go on a civil medium's phrase without making it a body of an
// owner: "Israeli media reports", "media outlets", "a newspaper editor";
// "the army's media office" is the army's.
var mediaTails = wordSet(`reports report outlets outlet organizations organisations editor editors reporters reporter columnist columnists`)

// stateOwners and ownedWords say a medium is someone's voice: "state
// media", "official newspapers", "government-run media", "Hamas-affiliated
// media"; independentOwners own media that speak for no one
// ("privately owned newspapers").
var (
	stateOwners       = wordSet(`state official government regime`)
	ownedWords        = wordSet(`run owned controlled backed affiliated linked funded`)
	independentOwners = wordSet(`privately independently family employee`)
)

// wordSet is the set of the space-separated words of s.
func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// CivilSpeaker reports whether a speaker string names someone by a
// civilian's, a critic's or a firm's role ("Cairo resident Akram Karam",
// "critics of the Saudis", "Iran's national airline"): such a speaker
// speaks for no government, country or party the string also names.
//
// A staff role after a body of the state ("foreign ministry analyst",
// "State Department analyst", "CIA analyst", "White House fellow") works
// for that body, and a body named for the people it serves ("the UN
// refugee agency", "the UN agency for Palestine refugees") is no
// civilian: neither makes the speaker civil.
func CivilSpeaker(speaker string) bool {
	words := strings.FieldsFunc(speaker, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' })
	lower := func(i int) string {
		if i < 0 || i >= len(words) {
			return ""
		}
		return strings.ToLower(words[i])
	}
	for i, w := range words {
		w = strings.ToLower(w)
		if !civilRoles[w] {
			continue
		}
		if staffRoles[w] && i > 0 && (stateBodies[lower(i-1)] || acronym(words[i-1])) {
			continue // "foreign ministry analyst", "CIA analyst"
		}
		if mediaRoles[w] && (i+1 < len(words) && !mediaTails[lower(i+1)] || i > 0 && (text.PossessiveLen(words[i-1]) > 0 || strings.HasSuffix(words[i-1], "s'") || strings.HasSuffix(words[i-1], "s’")) || stateOwners[lower(i-1)] ||
			ownedWords[lower(i-1)] && !independentOwners[lower(i-2)]) {
			// "state media", "Kremlin-controlled newspapers": an owner's
			// voice; "the prime minister's media office", "the army's
			// media wing": a body of the owner, media not its head.
			continue
		}
		if servedRoles[w] && (stateBodies[lower(i+1)] || lower(i-1) == "for" && stateBodies[lower(i-2)] || lower(i-2) == "for" && stateBodies[lower(i-3)]) {
			continue // "refugee agency", "agency for (Palestine) refugees"
		}
		return true
	}
	return false
}

// staffRoles are the civil roles a body of the state also employs: after
// the body's name they are its staff.
var staffRoles = wordSet(`analyst analysts researcher researchers scholar scholars fellow`)

// servedRoles are the people a body may be named for serving: "refugee
// agency", "agency for refugees".
var servedRoles = wordSet(`refugee refugees civilian civilians citizen citizens resident residents student students women`)

// stateBodies are the bodies of a state or of an international
// organisation that staff or serve people.
var stateBodies = wordSet(`ministry department agency army military office embassy government administration cabinet intelligence house council commission pentagon kremlin navy police command`)

// acronym reports whether a word is an organisation's initials in
// capitals, three letters or more ("CIA", "IRGC"): a body, where a
// two-letter one is mostly a country ("US analyst").
func acronym(w string) bool {
	if len(w) < 3 {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// modifierSuffixes after a hyphen make a name a modifier of someone else:
// "US-backed fighters" are backed by the US, not its officials.
var modifierSuffixes = wordSet(`backed supported funded sponsored allied aligned born inspired`)

// rankWords may open a speaker before an office's name ("Former White
// House aide", "Senior State Department official", "The State
// Department"): no longer name.
var rankWords = wordSet(`the a an this former acting senior deputy top then outgoing incoming retired veteran longtime chief principal assistant associate`)

// bodyWords end the names of bodies ("Security Council", "State
// Department"), which a longer name may hold; a person's full name does
// not end in one, and a title before it ("Secretary of State John Kerry")
// is no longer name.
var bodyWords = wordSet(`council command department agency union nations committee court ministry house guards`)

// institutionWords after a one-word name keep it the group's ("Egyptian
// Army", "Iranian Officials" in a title-case headline).
var institutionWords = wordSet(`administration government regime army navy military police ministry embassy cabinet parliament presidency officials official authorities forces leaders leader campaign`)

// titleWords after a one-word name are an office of the group in a
// title-case speaker ("Kremlin Spokesman", "Hamas Commander", "Saudi
// Minister"), no surname after a first name.
var titleWords = wordSet(`spokesman spokeswoman spokesperson chief commander envoy minister president ambassador general secretary adviser advisor aide premier diplomat negotiator`)

// possessive reports whether a matched name ends in a possessive 's.
func possessive(surface string) bool {
	return strings.HasSuffix(surface, "'s") || strings.HasSuffix(surface, "’s")
}

// envoyTitles are sent to a host: the name after "to" is where they serve.
var envoyTitles = wordSet(`ambassador ambassadors envoy envoys representative delegate delegation emissary mission consul`)

// EnvoyTitle reports whether a word is an envoy's title ("ambassador",
// "envoy"), whose "to" names the host the envoy serves at, not the side
// the envoy speaks for.
func EnvoyTitle(w string) bool { return envoyTitles[strings.ToLower(w)] }

// EnvoyHost reports whether the words before a name end with an envoy's
// title and "to" ("Ambassador to the", "envoy to"): the name is the host
// the envoy serves at, not the side the envoy speaks for.
func EnvoyHost(before []string) bool {
	k := len(before) - 1
	if k >= 0 && strings.EqualFold(before[k], "the") {
		k--
	}
	return k >= 1 && strings.EqualFold(before[k], "to") && EnvoyTitle(before[k-1])
}

// MembersOf reports whether the words after a body's name make the
// speaker its members ("U.N. member states", "NATO members"): states that
// speak for themselves, not for the body.
func MembersOf(after []string) bool {
	return len(after) > 0 && (strings.EqualFold(after[0], "members") ||
		strings.EqualFold(after[0], "member") && len(after) > 1 && memberKinds[strings.ToLower(after[1])])
}

// memberKinds are what a body's members are called after "member".
var memberKinds = wordSet(`states state countries country nations nation governments`)

// namesOther reports whether actor match i of a speaker string names
// something other than its group: the host after an envoy's title
// ("Ambassador to the U.N. Jane Roe" speaks for her country, not the UN),
// a body's members ("U.N. member states"),
// a modifier joined by a hyphen ("US-backed SDF"), a name of several words inside a longer name ("National Security
// Council"), or a one-word name before a capitalised last word, which makes
// it a first name or a firm's ("Abbas Mousavi", "Iran Air"); a plural
// there is the group's people in a title-case headline ("U.S. Diplomats").
func namesOther(speaker string, matches []Match, i int) bool {
	mt := matches[i]
	after := speaker[mt.End:]
	if EnvoyHost(strings.Fields(speaker[:mt.Start])) || MembersOf(strings.Fields(after)) {
		return true
	}
	if rest, ok := strings.CutPrefix(after, "-"); ok {
		w := rest
		if j := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) }); j >= 0 {
			w = rest[:j]
		}
		if modifierSuffixes[strings.ToLower(w)] {
			return true
		}
	}
	covered := func(at int) bool {
		for k, o := range matches {
			if k != i && o.Category == Actor && o.Start <= at && at < o.End {
				return true // the word is another name ("U.N. Security Council", "Iran's")
			}
		}
		return false
	}
	if last := mt.Surface[strings.LastIndexByte(mt.Surface, ' ')+1:]; last != mt.Surface && bodyWords[strings.ToLower(last)] {
		before := strings.TrimRight(speaker[:mt.Start], " ")
		if len(before) < len(speaker[:mt.Start]) && before != "" {
			w := before[strings.LastIndexByte(before, ' ')+1:]
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && !rankWords[strings.ToLower(w)] && !covered(len(before)-len(w)) {
				return true
			}
		}
		return false
	}
	if possessive(mt.Surface) {
		return false // "Egypt's Shoukry": the group's person, no first name
	}
	if rest, ok := strings.CutPrefix(after, " "); ok && rest != "" && !strings.ContainsAny(rest, " ,") {
		r, _ := utf8.DecodeRuneInString(rest)
		if unicode.IsUpper(r) && !strings.HasSuffix(rest, "s") && !institutionWords[strings.ToLower(rest)] && !titleWords[strings.ToLower(rest)] && !covered(len(speaker)-len(rest)) {
			return true
		}
	}
	return opensLongerPossessor(speaker, mt.End, covered)
}

// ownedBodyWords end the names of a group's own offices and branches
// ("Kremlin Press Office's", "Hamas Political Bureau's chief", "Likud
// Party's"): a longer possessive name ending so is still the group's.
var ownedBodyWords = wordSet(`office offices bureau politburo service services wing party`)

// opensLongerPossessor reports whether the name ending at end opens a
// longer capitalised name that owns the speaker ("Price Futures Group's
// Flynn": a firm, not Ned Price): capitalised words up to one in the
// possessive, none of them another name, an office or a body of the state
// ("White House Press Office's", "Pentagon Chief's").
func opensLongerPossessor(speaker string, end int, covered func(int) bool) bool {
	at := end
	for n := 0; n < 4; n++ {
		if at >= len(speaker) || speaker[at] != ' ' {
			return false
		}
		at++
		w := speaker[at:]
		if k := strings.IndexByte(w, ' '); k >= 0 {
			w = w[:k]
		}
		r, _ := utf8.DecodeRuneInString(w)
		base := strings.ToLower(w[:len(w)-text.PossessiveLen(w)])
		if !unicode.IsUpper(r) || covered(at) || institutionWords[base] || titleWords[base] || bodyWords[base] || rankWords[base] || ownedBodyWords[base] {
			return false
		}
		if possessive(w) {
			return true
		}
		at += len(w)
	}
	return false
}

// inPhrase reports whether a word form is a word of some phrase.
func (m *Matcher) inPhrase(f *form) bool {
	for k := range elemKind(numKeyed) {
		if m.inPhrases[k][f.key(k)] {
			return true
		}
	}
	return false
}

// TokenInfo describes one token for explanations.
type TokenInfo struct {
	Span
	Surface, Lower, Stem string
}

// Tokens returns the tokens of text with their stems, as the matcher sees them.
func (m *Matcher) Tokens(text string) []TokenInfo {
	sc := m.pool.Get().(*scanner)
	defer m.pool.Put(sc)
	sc.words(m, text)
	out := make([]TokenInfo, len(sc.tokens))
	for i, t := range sc.tokens {
		out[i] = TokenInfo{Span{t.Start, t.End()}, t.f.surface, t.f.lower, t.f.stem}
	}
	return out
}

// compileContexts compiles a rule's when or unless patterns (checkFile has
// reported the ones that do not compile).
func compileContexts(patterns []string, language string) []context {
	if len(patterns) == 0 {
		return nil
	}
	an := text.NewAnalyzer(language)
	out := make([]context, 0, len(patterns))
	for _, p := range patterns {
		if c, err := compileContext(p, an); err == nil {
			out = append(out, c)
		}
	}
	return out
}

// inContext reports whether a match of target t on tokens first..last
// meets its rule's context: one when pattern holds (if there are any) and
// no unless pattern does.
func (sc *scanner) inContext(t *target, first, last int) bool {
	if len(t.when) > 0 && !slices.ContainsFunc(t.when, func(c context) bool { return sc.holds(c, first, last) }) {
		return false
	}
	return !slices.ContainsFunc(t.unless, func(c context) bool { return sc.holds(c, first, last) })
}

// holds reports whether the words of c stand right before and right after
// tokens first..last, within one sentence and line.
func (sc *scanner) holds(c context, first, last int) bool {
	for k := range c.before {
		i := first - len(c.before) + k
		if i < 0 || sc.tokens[i].f.key(c.before[k].kind) != c.before[k].value || sc.broken(i, i+1) {
			return false
		}
	}
	for k := range c.after {
		i := last + 1 + k
		if i >= len(sc.tokens) || sc.tokens[i].f.key(c.after[k].kind) != c.after[k].value || sc.broken(i-1, i) {
			return false
		}
	}
	return true
}

// mastheadNouns end or open a newspaper's name after or before a place:
// "The Washington Post", "Tehran Times", "Kyiv Independent", "Russia
// Today", "The Times of Israel".
var mastheadNouns = map[string]bool{
	"Post": true, "Times": true, "Herald": true, "Journal": true, "Tribune": true, "Gazette": true,
	"Chronicle": true, "Examiner": true, "Telegraph": true, "Observer": true, "Independent": true,
	"Standard": true, "Globe": true, "Star": true, "Sun": true, "Mail": true, "Express": true,
	"Daily": true, "Courier": true, "Inquirer": true, "Dispatch": true, "Register": true,
	"Review": true, "Bulletin": true, "Monitor": true, "Today": true, "Insider": true,
}

// inMasthead reports whether tokens first..last, a capitalised name, are
// part of a newspaper's name: a place in a masthead is no naming of the
// place and no speaker for its government ("The Washington Post's
// editorial board said" is not US officials speaking). A read-only table:
// the names of newspapers follow these few patterns in any story.
func (sc *scanner) inMasthead(first, last int) bool {
	for i := first; i <= last; i++ {
		if r := sc.tokens[i].f.surface[0]; r < 'A' || r > 'Z' {
			return false
		}
	}
	if n := last + 1; n < len(sc.tokens) && !sc.broken(last, n) {
		w := sc.tokens[n].f.surface
		noun := trimPossessive(w)
		if mastheadNouns[noun] {
			// In a title-case headline "Post" and "Today" are plain words
			// ("Militants Post Video Of Beheading"): a masthead is led by
			// "the", takes a possessive, or runs on in lower case.
			return sc.theBefore(first) || noun != w || sc.lowerAfter(n)
		}
	}
	// "The Times of Israel": the masthead noun and "of" right before.
	return first >= 2 && sc.tokens[first-1].f.surface == "of" && mastheadNouns[sc.tokens[first-2].f.surface] &&
		!sc.broken(first-2, first) && (sc.theBefore(first-2) || sc.lowerAfter(last))
}

// theBefore reports whether the word before token i, in its sentence, is
// "the".
func (sc *scanner) theBefore(i int) bool {
	return i > 0 && sc.tokens[i-1].f.lower == "the" && !sc.broken(i-1, i)
}

// lowerAfter reports whether the word after token i, in its sentence,
// starts with a lower-case letter.
func (sc *scanner) lowerAfter(i int) bool {
	n := i + 1
	if n >= len(sc.tokens) || sc.broken(i, n) {
		return false
	}
	r := sc.tokens[n].f.surface[0]
	return r >= 'a' && r <= 'z'
}

// trimPossessive drops a possessive ending, the plural's bare apostrophe
// too: "Post's" is "Post", "Times'" is "Times".
func trimPossessive(w string) string {
	w = w[:len(w)-text.PossessiveLen(w)]
	return strings.TrimSuffix(strings.TrimSuffix(w, "'"), "’")
}

// broken reports whether a sentence or line ends between tokens i and j.
func (sc *scanner) broken(i, j int) bool {
	return breaksPhrase(sc.text[sc.tokens[i].End():sc.tokens[j].Start])
}
