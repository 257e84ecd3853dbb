package lexicon

import (
	"fmt"
	"sort"
	"strings"
	"sync"
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

// maxGap is how many words a "*" in a phrase may skip.
const maxGap = 3

type elem struct {
	kind  elemKind
	value string
}

// compilePhrase turns a rule phrase into pattern elements, using the same
// tokenizer and stemmer as article text.
func compilePhrase(phrase string, cache *formCache) ([]elem, error) {
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
		for _, t := range tokenize(nil, field, cache) {
			switch kind {
			case elemStem:
				out = append(out, elem{kind, t.word.stem})
			case elemExact:
				out = append(out, elem{kind, t.word.lower})
			case elemCase:
				out = append(out, elem{kind, t.word.surface})
			}
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

type target struct {
	role   role
	rule   *Rule
	group  *ActorGroup
	phrase string
	length int // pattern elements, for tie-breaking
}

type node struct {
	stem, lower, surface map[string]*node
	gap                  *node
	targets              []int32
}

func (n *node) child(kind elemKind, v string) *node {
	var m *map[string]*node
	switch kind {
	case elemGap:
		if n.gap == nil {
			n.gap = &node{}
		}
		return n.gap
	case elemStem:
		m = &n.stem
	case elemExact:
		m = &n.lower
	default:
		m = &n.surface
	}
	if *m == nil {
		*m = map[string]*node{}
	}
	c, ok := (*m)[v]
	if !ok {
		c = &node{}
		(*m)[v] = c
	}
	return c
}

// Matcher finds the rules of one language in text. It is safe for
// concurrent use; each call borrows a scanner with its own stem cache.
type Matcher struct {
	language string
	root     *node
	targets  []target
	pool     sync.Pool
	groups   []*ActorGroup
	claims   []*Rule
}

// Set holds one Matcher per language the lexicon's files declare.
type Set struct {
	byLang map[string]*Matcher
	lex    *Lexicon
}

// Compile validates a lexicon and builds its matchers. Actor groups are
// shared by every language (names are names).
func Compile(lx *Lexicon) (*Set, error) {
	if err := lx.Validate(); err != nil {
		return nil, err
	}
	s := &Set{byLang: map[string]*Matcher{}, lex: lx}
	groups := lx.ActorGroups()
	byID := map[string]*ActorGroup{}
	for _, g := range groups {
		byID[g.ID] = g
	}
	for _, f := range lx.Files {
		m := s.matcher(f.Language, groups)
		for i := range f.Rules {
			r := &f.Rules[i]
			if r.Category == Claim {
				m.claims = append(m.claims, r)
				for _, a := range r.Actors {
					if strings.HasPrefix(a, "@") {
						continue
					}
					m.add(a, target{role: roleClaimActor, rule: r, phrase: a})
				}
				for _, p := range r.Predicates {
					m.add(p, target{role: rolePredicate, rule: r, phrase: p})
				}
				continue
			}
			for _, p := range r.Phrases {
				m.add(p, target{role: rolePhrase, rule: r, phrase: p})
			}
		}
	}
	if _, ok := s.byLang["english"]; !ok {
		s.matcher("english", groups)
	}
	return s, nil
}

func (s *Set) matcher(lang string, groups []*ActorGroup) *Matcher {
	if m, ok := s.byLang[lang]; ok {
		return m
	}
	m := &Matcher{language: lang, root: &node{}, groups: groups}
	for _, g := range groups {
		for _, n := range g.Names {
			m.add(n, target{role: roleActorName, group: g, phrase: n})
		}
	}
	m.pool.New = func() any { return &scanner{cache: newFormCache(lang)} }
	s.byLang[lang] = m
	return m
}

// For returns the matcher of a language. A language no rule file declares
// gets a matcher with the actor groups only, so an article in it is still
// tokenized correctly and not matched against another language's stems.
func (s *Set) For(language string) *Matcher {
	if m, ok := s.byLang[language]; ok {
		return m
	}
	if !isSupported(language) {
		return s.byLang["english"]
	}
	// Not cached: Set is read-only after Compile so it stays safe to share.
	m := &Matcher{language: language, root: &node{}, groups: s.lex.ActorGroups()}
	for _, g := range m.groups {
		for _, n := range g.Names {
			m.add(n, target{role: roleActorName, group: g, phrase: n})
		}
	}
	m.pool.New = func() any { return &scanner{cache: newFormCache(language)} }
	return m
}

// Lexicon returns the lexicon the set was compiled from.
func (s *Set) Lexicon() *Lexicon { return s.lex }

// Language is the matcher's language.
func (m *Matcher) Language() string { return m.language }

func (m *Matcher) add(phrase string, t target) {
	cache := newFormCache(m.language)
	pat, err := compilePhrase(phrase, cache)
	if err != nil || len(pat) == 0 {
		return // Validate has already reported it
	}
	n := m.root
	for _, e := range pat {
		n = n.child(e.kind, e.value)
	}
	t.length = len(pat)
	m.targets = append(m.targets, t)
	n.targets = append(n.targets, int32(len(m.targets)-1))
}

type candidate struct {
	startTok, endTok int // inclusive token range
	target           int32
}

type scanner struct {
	cache  *formCache
	tokens []Token
	cands  []candidate
}

// breaksPhrase reports whether the text between two words ends a sentence
// or a line, which no phrase may cross.
func breaksPhrase(between string) bool {
	return strings.ContainsAny(between, ".!?;\n")
}

func (m *Matcher) scan(sc *scanner, text string) {
	sc.tokens = tokenize(sc.tokens[:0], text, sc.cache)
	sc.cands = sc.cands[:0]
	for i := range sc.tokens {
		m.walk(sc, text, m.root, i, i)
	}
}

// walk follows the trie from node n with token j next; start is the first
// token of the candidate.
func (m *Matcher) walk(sc *scanner, text string, n *node, start, j int) {
	if j > start {
		for _, t := range n.targets {
			sc.cands = append(sc.cands, candidate{start, j - 1, t})
		}
	}
	if j >= len(sc.tokens) {
		return
	}
	if j > start && breaksPhrase(text[sc.tokens[j-1].End:sc.tokens[j].Start]) {
		return
	}
	w := sc.tokens[j].word
	if n.stem != nil {
		if c, ok := n.stem[w.stem]; ok {
			m.walk(sc, text, c, start, j+1)
		}
	}
	if n.lower != nil {
		if c, ok := n.lower[w.lower]; ok {
			m.walk(sc, text, c, start, j+1)
		}
	}
	if n.surface != nil {
		if c, ok := n.surface[w.surface]; ok {
			m.walk(sc, text, c, start, j+1)
		}
	}
	if n.gap != nil && j > start {
		for k := 0; k <= maxGap && j+k < len(sc.tokens); k++ {
			if k > 0 && breaksPhrase(text[sc.tokens[j+k-1].End:sc.tokens[j+k].Start]) {
				break
			}
			m.walkGap(sc, text, n.gap, start, j+k)
		}
	}
}

// walkGap continues after a gap: the gap node itself never ends a phrase.
func (m *Matcher) walkGap(sc *scanner, text string, n *node, start, j int) {
	w := sc.tokens[j].word
	for _, next := range []*node{n.stem[w.stem], n.lower[w.lower], n.surface[w.surface]} {
		if next != nil {
			m.walk(sc, text, next, start, j+1)
		}
	}
}

func (m *Matcher) toMatch(sc *scanner, text string, c candidate) Match {
	t := &m.targets[c.target]
	st, en := sc.tokens[c.startTok].Start, sc.tokens[c.endTok].End
	var stems strings.Builder
	for k := c.startTok; k <= c.endTok; k++ {
		if k > c.startTok {
			stems.WriteByte(' ')
		}
		stems.WriteString(sc.tokens[k].word.stem)
	}
	mt := Match{Span: Span{st, en}, Rule: t.rule, Group: t.group, Surface: text[st:en], Stem: stems.String(), Phrase: t.phrase}
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
// Results are sorted by start offset.
func (m *Matcher) Match(text string) []Match {
	sc := m.pool.Get().(*scanner)
	defer m.pool.Put(sc)
	m.scan(sc, text)
	return m.resolve(sc, text, func(r role) bool { return r == rolePhrase || r == roleActorName })
}

func (m *Matcher) resolve(sc *scanner, text string, keep func(role) bool) []Match {
	cands := sc.cands[:0:0]
	for _, c := range sc.cands {
		if keep(m.targets[c.target].role) {
			cands = append(cands, c)
		}
	}
	catOf := func(c candidate) Category {
		t := &m.targets[c.target]
		if t.role == roleActorName {
			return Actor
		}
		if t.role == rolePredicate {
			return Category("predicate:" + t.rule.ID) // each claim rule resolves its own overlaps
		}
		if t.role == roleClaimActor {
			return Category("claim-actor:" + t.rule.ID)
		}
		return t.rule.Category
	}
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		la, lb := sc.tokens[a.endTok].End-sc.tokens[a.startTok].Start, sc.tokens[b.endTok].End-sc.tokens[b.startTok].Start
		if la != lb {
			return la > lb
		}
		if a.startTok != b.startTok {
			return a.startTok < b.startTok
		}
		return a.target < b.target
	})
	taken := map[Category][]Span{}
	var out []Match
	for _, c := range cands {
		cat := catOf(c)
		sp := Span{sc.tokens[c.startTok].Start, sc.tokens[c.endTok].End}
		clash := false
		for _, o := range taken[cat] {
			if sp.Start < o.End && o.Start < sp.End {
				clash = true
				break
			}
		}
		if clash {
			continue
		}
		taken[cat] = append(taken[cat], sp)
		out = append(out, m.toMatch(sc, text, c))
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].End > out[j].End
	})
	return out
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
		all := m.resolve(sc, st, func(role) bool { return true })
		for _, r := range m.claims {
			var actor, pred *Match
			for i := range all {
				mt := &all[i]
				if actor == nil && isActorOf(mt, r) {
					actor = mt
				}
			}
			if actor == nil {
				continue
			}
			for i := range all {
				mt := &all[i]
				if mt.Rule == r && m.isPredicate(mt) && mt.Start >= actor.End && !negated(sc, mt.Start) {
					pred = mt
					break
				}
			}
			if pred == nil {
				continue
			}
			a, p := *actor, *pred
			a.Start, a.End, p.Start, p.End = a.Start+s.Start, a.End+s.Start, p.Start+s.Start, p.End+s.Start
			p.Category = Claim
			out = append(out, ClaimMatch{Rule: r, Sentence: s, Actor: a, Predicate: p})
		}
	}
	return out
}

func (m *Matcher) isPredicate(mt *Match) bool {
	for _, p := range mt.Rule.Predicates {
		if p == mt.Phrase {
			return true
		}
	}
	return false
}

func isActorOf(mt *Match, r *Rule) bool {
	if mt.Category == Actor && mt.Group != nil {
		for _, a := range r.Actors {
			if a == "@"+mt.Group.ID {
				return true
			}
		}
		return false
	}
	if mt.Rule == r {
		for _, a := range r.Actors {
			if a == mt.Phrase {
				return true
			}
		}
	}
	return false
}

// negated: one of the two words before the predicate negates it, unless the
// predicate is itself a negation ("never discussed" is the denial).
func negated(sc *scanner, start int) bool {
	for i, t := range sc.tokens {
		if t.Start != start {
			continue
		}
		if t.word.negator {
			return false
		}
		for k := i - 1; k >= 0 && k >= i-2; k-- {
			if sc.tokens[k].word.negator {
				return true
			}
		}
		return false
	}
	return false
}

// ActorGroupOf maps a speaker string ("US State Department spokesman Ned
// Price") to the actor group of the last actor name in it (the name, not
// the title's country, identifies the person), or nil.
func (m *Matcher) ActorGroupOf(speaker string) *ActorGroup {
	var g *ActorGroup
	for _, mt := range m.Match(speaker) {
		if mt.Category == Actor {
			g = mt.Group
		}
	}
	return g
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
	sc.tokens = tokenize(sc.tokens[:0], text, sc.cache)
	out := make([]TokenInfo, len(sc.tokens))
	for i, t := range sc.tokens {
		out[i] = TokenInfo{Span{t.Start, t.End}, text[t.Start:t.End], t.word.lower, t.word.stem}
	}
	return out
}
