package framing

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/lexicon"
)

// Kind classifies a difference.
type Kind string

// The kinds of difference, as FRAMING.md lists them.
const (
	KindNaming      Kind = "naming"
	KindClaim       Kind = "claim"
	KindAct         Kind = "speech act" // a speech act of the story that some outlets carry
	KindVoices      Kind = "voices"
	KindUnique      Kind = "unique content"
	KindEvaluative  Kind = "evaluative"
	KindDistancing  Kind = "distancing"
	KindAttribution Kind = "attribution"
	KindKeyness     Kind = "keyness"
)

// Difference is one finding: what differs, between which outlets, how
// strongly, and where to see it.
type Difference struct {
	Kind    Kind     `json:"kind"`
	Outlets []string `json:"outlets"`
	// Summary is one plain sentence a first-year student understands.
	Summary string `json:"summary"`
	// Salience ranks the list: large and specific differences (own-voice
	// naming, missing voices and claims) above keyness noise. In [0,1].
	Salience float64    `json:"salience"`
	Evidence []Evidence `json:"evidence"`
	// Key identifies what the difference is about (concept, claim rule id,
	// actor group) so tools can follow it across stories.
	Key string `json:"key"`
	// Actor and Label name the actor and the label of a naming
	// difference found from the articles.
	Actor string `json:"actor,omitempty"`
	Label string `json:"label,omitempty"`
}

// Weights of the kinds: how much a difference of each kind can say about
// framing when it is clear. Naming in the outlet's own words is the most
// direct evidence of a frame; a claim or a voice left out is the clearest
// informational choice; word-frequency keyness is the weakest.
const (
	baseNaming = 0.65
	baseClaim  = 0.55
	baseVoices = 0.50
	// A voices row whose outlets give the voice fewer than minVoiceWords
	// words at most ranks voiceFewWordsCut lower.
	minVoiceWords    = 8
	voiceFewWordsCut = 0.15
	baseDistancing   = 0.40
	baseUnique       = 0.35
	baseEvaluative   = 0.30
	baseAttribution  = 0.25
	baseKeyness      = 0.05
)

func (c *Comparison) differences() []Difference {
	if len(c.Outlets) < 2 {
		return nil
	}
	var ds []Difference
	ds = append(ds, c.namingDifferences()...)
	ds = append(ds, c.labelDifferences()...)
	ds = append(ds, c.wordSwaps()...)
	ds = append(ds, c.evaluationDifferences()...)
	ds = append(ds, c.claimDifferences()...)
	ds = append(ds, c.headlineDifferences()...)
	ds = append(ds, c.voiceDifferences()...)
	ds = append(ds, c.categoryDifferences(lexicon.Distancing, KindDistancing, baseDistancing, false)...)
	ds = append(ds, c.uniqueDifferences()...)
	ds = append(ds, c.categoryDifferences(lexicon.Evaluative, KindEvaluative, baseEvaluative, true)...)
	ds = append(ds, c.attributionDifferences()...)
	ds = append(ds, c.keynessDifferences()...)
	sort.SliceStable(ds, func(i, j int) bool { return ds[i].Salience > ds[j].Salience })
	for i := range ds {
		ds[i].Salience = round2(ds[i].Salience)
		ds[i].Evidence = interleave(ds[i].Evidence)
	}
	return ds
}

// hitsOf collects an outlet's hits matching a filter, with article indices.
func (c *Comparison) hitsOf(outlet string, keep func(Hit) bool) []Evidence {
	var out []Evidence
	for ai, an := range c.Articles {
		if an.Outlet != outlet {
			continue
		}
		for _, h := range an.Hits {
			if keep(h) {
				out = append(out, c.sentenceEvidence(ai, h))
			}
		}
	}
	return out
}

// nameSpelling reports whether a naming rule's phrase is one capitalised
// word ("Kiev", "Kyiv", "Burma"): a name's spelling, the outlet's in any
// paraphrase. A longer name ("Temple Mount") or a description ("the
// Israeli occupation") may be the speaker's.
func nameSpelling(phrase string) bool {
	w := strings.TrimPrefix(strings.TrimSpace(phrase), "=")
	r, _ := utf8.DecodeRuneInString(w)
	return w != "" && !strings.ContainsRune(w, ' ') && unicode.IsUpper(r)
}

func (c *Comparison) namingDifferences() []Difference {
	if len(c.Naming) == 0 {
		return nil
	}
	var out []Difference
	// sides: whom each outlet writes each naming rule's words for.
	var sides paraphraseSides
	for _, an := range c.Articles {
		for _, h := range an.Hits {
			if h.Category == lexicon.Naming && !h.reportedNaming && !h.negatedNaming && h.Voice.OutletsWords() {
				sides.add(an.Outlet, h.RuleID, h.Voice)
			}
		}
	}
	// An outlet's own words are its narration, and its paraphrases when it
	// writes the variant in its narration too or for two named sides; a
	// paraphrase of one side shows in the table but makes no naming of the
	// outlet's. It still counts as the outlet writing the word: "never
	// does" must hold over both.
	ownUse := func(outlet string, h Hit) bool {
		if h.Category != lexicon.Naming || h.reportedNaming || h.negatedNaming {
			return false
		}
		switch h.Voice.Kind {
		case Own:
			return true
		case Paraphrase:
			// "Kiev": a one-word name's spelling is the outlet's in any
			// paraphrase.
			return sides.outletsWord(outlet, h.RuleID) || nameSpelling(h.Phrase)
		}
		return false
	}
	ownN := map[[2]string]int{}        // outlet, rule
	inHeadline := map[[2]string]bool{} // outlet, rule: used in its own words in a headline
	for _, an := range c.Articles {
		for _, h := range an.Hits {
			if ownUse(an.Outlet, h) {
				ownN[[2]string{an.Outlet, h.RuleID}]++
				if an.Article.TitleSpan.Contains(h.Start) {
					inHeadline[[2]string{an.Outlet, h.RuleID}] = true
				}
			}
		}
	}
	for _, row := range c.Naming {
		// For each outlet, the variants it uses in its own words.
		type use struct {
			outlet string
			rule   string
			label  string
			n      int
		}
		own := map[string][]use{}
		var naming []string // outlets writing a variant outside quotation marks
		for _, o := range c.Outlets {
			writes := false
			for _, v := range row.Variants {
				if n := ownN[[2]string{o, v.RuleID}]; n > 0 {
					own[o] = append(own[o], use{o, v.RuleID, v.Label, n})
				}
				writes = writes || row.Counts[o][v.RuleID].OutletsWords() > 0
			}
			if writes {
				naming = append(naming, o)
			}
		}
		// Variants one outlet uses in its own words and another outlet
		// that names the same concept never does. An outlet that names it
		// once in its own words cannot be said to avoid the other words:
		// "never says militants" of one "terrorists" is no contrast.
		ownTotal := map[string]int{}
		for o, us := range own {
			for _, u := range us {
				ownTotal[o] += u.n
			}
		}
		var exclusive []use
		if len(naming) < 1 {
			continue
		}
		if len(naming) == 1 {
			// One outlet names it, the others do not: a contrast of
			// presence, reported below with a lower salience. A single
			// use in the body ("a worldwide refugee crisis" once) is no
			// way of naming: the outlet must use it twice in its own
			// words, or once in its headline, as for discovered labels.
			us := own[naming[0]]
			if !slices.ContainsFunc(us, func(u use) bool { return u.n >= 2 || inHeadline[[2]string{u.outlet, u.rule}] }) {
				continue
			}
			exclusive = append(exclusive, us...)
		}
		for _, o := range naming {
			for _, u := range own[o] {
				// Only outlets that name the concept can disagree on its name.
				sharedByAll := true
				for _, p := range naming {
					if p != o && ownTotal[p] >= 2 && row.Counts[p][u.rule].OutletsWords() == 0 {
						sharedByAll = false
					}
				}
				if !sharedByAll {
					exclusive = append(exclusive, u)
				}
			}
		}
		if len(exclusive) == 0 {
			continue
		}
		sort.SliceStable(exclusive, func(i, j int) bool { return exclusive[i].n > exclusive[j].n })
		var parts []string
		var ev []Evidence
		involved := map[string]bool{}
		for _, o := range c.Outlets {
			var vs []string
			for _, u := range own[o] {
				vs = append(vs, fmt.Sprintf("%s (%d×)", u.label, u.n))
			}
			if len(vs) == 0 {
				quoted, paraphrased := 0, 0
				for _, cnt := range row.Counts[o] {
					quoted += cnt.Quoted + cnt.Scare
					paraphrased += cnt.Paraphrase
				}
				if paraphrased > 0 {
					parts = append(parts, fmt.Sprintf("%s names it only paraphrasing speakers (%d×)", o, paraphrased))
				} else if quoted > 0 {
					parts = append(parts, fmt.Sprintf("%s names it only quoting or reporting others (%d×)", o, quoted))
				} else {
					parts = append(parts, fmt.Sprintf("%s uses none of these names", o)) // it may name it in words no pack lists ("the Islamic State army")
				}
				continue
			}
			involved[o] = true
			parts = append(parts, fmt.Sprintf("%s says %s", o, strings.Join(vs, ", ")))
		}
		for _, u := range exclusive {
			ev = append(ev, c.hitsOf(u.outlet, func(h Hit) bool { return h.RuleID == u.rule && ownUse(u.outlet, h) })...)
		}
		top := exclusive[0].n
		sal := baseNaming + 0.3*saturate(float64(top), 3)
		// The contrast's weaker side: the second most own uses of an
		// involved outlet.
		var totals []int
		for o := range involved {
			n := 0
			for _, u := range own[o] {
				n += u.n
			}
			totals = append(totals, n)
		}
		sort.Sort(sort.Reverse(sort.IntSlice(totals)))
		if len(naming) < 2 || len(totals) < 2 || top < 2 || totals[1] < 2 {
			// Only one outlet names it at all, or in its own words, or
			// one side of the contrast is a single use ("terrorists"
			// once against "militants" three times): a weaker contrast,
			// a lead below the acts and voices, whose hand checks found
			// such contrasts wrong more often than right.
			sal = baseDistancing + 0.1*saturate(float64(top), 3)
		}
		out = append(out, Difference{Kind: KindNaming, Key: row.Concept, Outlets: keys(c.Outlets, involved),
			Summary:  fmt.Sprintf("Naming of %s, in the outlets' own words: %s.", row.Concept, strings.Join(parts, "; ")),
			Salience: sal, Evidence: ev})
	}
	return out
}

// claimDifferences lists the claims, from claim rules and from the
// story's speech acts, that some outlets carry and others do not.
// rewordedWeight lowers an act difference whose every other outlet
// reports the same side on the matter in other words;
// singleSentenceWeight one that a single sentence of a single outlet
// carries.
const (
	rewordedWeight       = 0.2
	singleSentenceWeight = 0.2
)

func (c *Comparison) claimDifferences() []Difference {
	var out []Difference
	for _, row := range c.Claims {
		if d, ok := c.presenceDifference(KindClaim, row.RuleID, capitalize(row.Label), row.Present, 0); ok {
			out = append(out, d)
		}
	}
	for _, cl := range c.Acts {
		if cl.subsumed {
			continue // the kindred act's difference says it (kindredActs)
		}
		// A denial or accusation left out is the clearest framing by
		// omission; a promise or a question less so.
		weight := 0.0
		if cl.Act != corpus.ActDeny && cl.Act != corpus.ActAccuse && cl.Act != corpus.ActAdmit {
			weight = -0.15
		}
		if d, ok := c.presenceDifference(KindAct, "act:"+cl.Key, cl.Label, cl.Present, weight); ok {
			reworded := true // every outlet without the act reports its side on the matter
			for _, o := range c.Outlets {
				if _, ok := cl.Present[o]; !ok && cl.Status[o].Status != StatusReworded {
					reworded = false
				}
			}
			if reworded {
				// The outlets differ in the verb, not in whose side they
				// carry: a lead on wording, weaker than an act left out.
				d.Salience -= rewordedWeight
			}
			if singleSentence(cl.Present) {
				// One sentence of one outlet is the least evidence an act
				// has, and the most exposed to a misread cue or a
				// counterpart in words no rule joins: in two hand checks
				// of fresh stories, such acts in the top 8 were wrong
				// about twice as often as right, so they rank with the
				// leads of unique content, below the voices.
				d.Salience -= singleSentenceWeight
			}
			for _, o := range c.Outlets {
				if note := statusNote(o, cl.Act, cl.Status[o]); note != "" {
					// The note counts sentences: they are evidence too, so a
					// reader sees what the outlet does instead.
					d.Summary += " " + note
					d.Evidence = append(d.Evidence, cl.Status[o].Evidence...)
				}
			}
			out = append(out, d)
		}
	}
	return out
}

// singleSentence reports whether one sentence of one outlet is all the
// evidence.
func singleSentence(present map[string][]Evidence) bool {
	for _, ev := range present {
		return len(present) == 1 && len(ev) == 1
	}
	return false
}

// presenceDifference says which outlets carry something (with the
// sentences) and which do not; false when all or none carry it.
func (c *Comparison) presenceDifference(kind Kind, key, label string, present map[string][]Evidence, weight float64) (Difference, bool) {
	if len(present) == 0 || len(present) == len(c.Outlets) {
		return Difference{}, false
	}
	var have, lack []string
	var ev []Evidence
	most := 0
	for _, o := range c.Outlets {
		if e, ok := present[o]; ok {
			have = append(have, fmt.Sprintf("%s carries it (%s)", o, plural(len(e), "sentence", "sentences")))
			ev = append(ev, e...)
			most = max(most, len(e))
		} else {
			lack = append(lack, o)
		}
	}
	return Difference{Kind: kind, Key: key, Outlets: append(outletsOf(present, c.Outlets), lack...),
		Summary:  fmt.Sprintf("%s: %s; %s %s.", label, strings.Join(have, "; "), strings.Join(lack, " and "), absentVerb(len(lack))),
		Salience: baseClaim + weight + 0.3*saturate(float64(most), 2), Evidence: ev}, true
}

func absentVerb(n int) string {
	if n == 1 {
		return "does not"
	}
	return "do not"
}

func (c *Comparison) voiceDifferences() []Difference {
	var out []Difference
	for _, row := range c.Voices {
		var have, lack []string
		most, mostWords := 0, 0
		var ev []Evidence
		for _, o := range c.Outlets {
			if n := row.Quotes[o]; n > 0 {
				have = append(have, fmt.Sprintf("%s quotes or paraphrases them %s (%d words)", o, plural(n, "time", "times"), row.Words[o]))
				most = max(most, n)
				mostWords = max(mostWords, row.Words[o])
				for ai, an := range c.Articles {
					if an.Outlet != o {
						continue
					}
					for qi, q := range an.Quotations {
						if (q.voice == row.Group || slices.Contains(q.coVoices, row.Group)) && !q.inner && !an.voicedByOuter(qi) {
							// The row's group, also for a speaker joined to it by
							// affiliation: "quoting Sadiq Khan (for United Kingdom)".
							label := q.voiceLabel
							if q.voice != row.Group {
								label = row.Label // one of a coordination's sides
							}
							if aff, ok := strings.CutPrefix(row.Group, affiliationVoicePrefix); ok {
								label = "for " + aff
							}
							ev = append(ev, c.evidence(ai, q.Start, q.End, Voice{Kind: voiceKindOf(q), Speaker: q.Speaker, Group: row.Group, Label: label}))
						}
					}
				}
			} else {
				lack = append(lack, o)
			}
		}
		if len(lack) == 0 || len(have) == 0 {
			continue
		}
		if strings.HasPrefix(row.Group, affiliationVoicePrefix) && most < 2 {
			// Any country or party a story names may be quoted once in
			// passing; an affiliation no rule file lists is a difference
			// once an outlet quotes it twice.
			continue
		}
		sal := baseVoices + 0.25*saturate(float64(most), 2)
		if mostWords < minVoiceWords {
			// "the Russian government denied any involvement" in a
			// paragraph of background: a voice of two words is a
			// mention, and ranks below what the outlets tell at length.
			sal -= voiceFewWordsCut
		}
		who := "Voices of " + row.Label
		switch {
		case strings.HasSuffix(strings.ToLower(row.Label), " voices"):
			who = row.Label // "Palestinian voices", not "Voices of Palestinian voices"
		case strings.HasPrefix(row.Group, affiliationVoicePrefix):
			who = "Voices for " + strings.TrimPrefix(row.Group, affiliationVoicePrefix)
		}
		out = append(out, Difference{Kind: KindVoices, Key: row.Group, Outlets: c.Outlets,
			Summary:  fmt.Sprintf("%s: %s; %s %s.", who, strings.Join(have, "; "), strings.Join(lack, " and "), map[bool]string{true: "does not quote them", false: "do not quote them"}[len(lack) == 1]),
			Salience: sal, Evidence: ev})
	}
	return out
}

func voiceKindOf(q Quotation) VoiceKind {
	if q.Kind == corpus.QuoteIndirect {
		return Paraphrase
	}
	return Quoted
}

// categoryDifferences contrasts how often each outlet uses a category in
// its own words against inside quotations. With narrationOnly, a word in
// a paraphrase counts with the quotations: a loaded word in reported
// speech ("Merkley said he was troubled that ...") is the speaker's as
// often as the outlet's. A distancing marker in a paraphrase ("the White
// House said they would counter what they called ...") is the reporter's
// device for keeping the speaker's words apart, and counts as the
// outlet's own.
func (c *Comparison) categoryDifferences(cat lexicon.Category, kind Kind, base float64, narrationOnly bool) []Difference {
	own := func(v Voice) bool { return v.Kind == Own || !narrationOnly && v.Kind == Paraphrase }
	type tally struct {
		own, scare, quoted int
		words, scareWords  map[string]int
	}
	t := map[string]*tally{}
	for _, o := range c.Outlets {
		t[o] = &tally{words: map[string]int{}, scareWords: map[string]int{}}
	}
	for _, an := range c.Articles {
		for _, h := range an.Hits {
			if h.Category != cat {
				continue
			}
			switch {
			case h.RuleID == scareQuoteRule || h.Voice.Kind == Scare:
				t[an.Outlet].scare++
				t[an.Outlet].scareWords[strings.ToLower(h.Surface)]++
			case own(h.Voice):
				t[an.Outlet].own++
				t[an.Outlet].words[strings.ToLower(h.Surface)]++
			default:
				t[an.Outlet].quoted++
			}
		}
	}
	var users, none []string
	most, mostOwn := 0, 0
	for _, o := range c.Outlets {
		if n := t[o].own + t[o].scare; n > 0 {
			users = append(users, o)
			most, mostOwn = max(most, n), max(mostOwn, t[o].own)
		} else {
			none = append(none, o)
		}
	}
	if len(users) == 0 || len(none) == 0 {
		return nil
	}
	var parts []string
	var ev []Evidence
	for _, o := range c.Outlets {
		tt := t[o]
		switch {
		case tt.own > 0 || tt.scare > 0:
			var uses []string
			if tt.own > 0 {
				uses = append(uses, fmt.Sprintf("uses %s in its own words (%s)", plural(tt.own, string(cat)+" marker", string(cat)+" markers"), quoteList(topWords(tt.words), 4)))
			}
			if tt.scare > 0 {
				uses = append(uses, fmt.Sprintf("puts %s in quotation marks with no speaker named (%s)", plural(tt.scare, "term", "terms"), quoteList(topWords(tt.scareWords), 4)))
			}
			parts = append(parts, o+" "+strings.Join(uses, " and "))
			ev = append(ev, c.hitsOf(o, func(h Hit) bool { return h.Category == cat && (own(h.Voice) || h.Voice.Kind == Scare) })...)
		case tt.quoted > 0:
			parts = append(parts, fmt.Sprintf("%s has them only in quoted or reported speech (%d)", o, tt.quoted))
			ev = append(ev, c.hitsOf(o, func(h Hit) bool { return h.Category == cat })...)
		default:
			parts = append(parts, fmt.Sprintf("%s has none", o))
		}
	}
	sal := base + 0.2*saturate(float64(most), 3)
	if mostOwn == 0 {
		// Terms in quotation marks alone: a word echoed from a speaker the
		// sentence does not name, or a term under debate, as often as the
		// outlet's distance (the hand checks found most such rows wrong);
		// a lead for the reader to judge from the evidence.
		sal -= scareOnlyWeight
	}
	return []Difference{{Kind: kind, Key: string(cat), Outlets: c.Outlets,
		Summary:  fmt.Sprintf("%s language: %s.", capitalize(string(cat)), strings.Join(parts, "; ")),
		Salience: sal, Evidence: ev}}
}

// scareQuoteRule is the rule of a scare quote's distancing hit: the
// quotation marks, no word of a lexicon.
const scareQuoteRule = "scare-quote"

// scareOnlyWeight lowers a distancing difference that rests on terms in
// quotation marks alone, below the unique content it would otherwise
// outrank.
const scareOnlyWeight = 0.15

func topWords(m map[string]int) []string {
	var ws []string
	for w := range m {
		ws = append(ws, w)
	}
	sort.Slice(ws, func(i, j int) bool {
		if m[ws[i]] != m[ws[j]] {
			return m[ws[i]] > m[ws[j]]
		}
		return ws[i] < ws[j]
	})
	return ws
}

// attributionDifferences compares the outlets' reporting verbs outside
// quotations: "said" against "pointed out", "claimed", "admitted".
func (c *Comparison) attributionDifferences() []Difference {
	type tally struct {
		neutral, marked int
		words           map[string]int
	}
	t := map[string]*tally{}
	for _, o := range c.Outlets {
		t[o] = &tally{words: map[string]int{}}
	}
	for _, an := range c.Articles {
		for _, h := range an.Hits {
			if h.Category != lexicon.Attribution || !(h.Voice.OutletsWords()) {
				continue
			}
			if strings.HasPrefix(h.Variant, "neutral") {
				t[an.Outlet].neutral++
			} else {
				t[an.Outlet].marked++
				t[an.Outlet].words[strings.ToLower(h.Surface)]++
			}
		}
	}
	share := func(tt *tally) float64 {
		if tt.neutral+tt.marked == 0 {
			return 0
		}
		return float64(tt.marked) / float64(tt.neutral+tt.marked)
	}
	hi, lo := "", ""
	for _, o := range c.Outlets {
		if t[o].neutral+t[o].marked == 0 {
			continue
		}
		if hi == "" || share(t[o]) > share(t[hi]) {
			hi = o
		}
		if lo == "" || share(t[o]) < share(t[lo]) {
			lo = o
		}
	}
	if hi == "" || hi == lo || share(t[hi])-share(t[lo]) < 0.25 || t[hi].marked < 2 {
		return nil
	}
	ev := c.hitsOf(hi, func(h Hit) bool {
		return h.Category == lexicon.Attribution && h.Voice.OutletsWords() && !strings.HasPrefix(h.Variant, "neutral")
	})
	return []Difference{{Kind: KindAttribution, Key: "reporting verbs", Outlets: []string{hi, lo},
		Summary: fmt.Sprintf("Reporting verbs: %s uses loaded or endorsing verbs for %d of its %d attributions (%s); %s for %d of %d, mostly \"said\".",
			hi, t[hi].marked, t[hi].marked+t[hi].neutral, quoteList(topWords(t[hi].words), 4), lo, t[lo].marked, t[lo].marked+t[lo].neutral),
		Salience: baseAttribution + 0.2*(share(t[hi])-share(t[lo])), Evidence: ev}}
}

func (c *Comparison) uniqueDifferences() []Difference {
	var out []Difference
	for _, g := range c.Unique {
		if len(g.Sentences) == 0 {
			continue
		}
		others := make([]string, 0, len(c.Outlets))
		for _, o := range c.Outlets {
			if o != g.Outlet {
				others = append(others, o)
			}
		}
		// A sentence another outlet may say in other words counts a
		// quarter: the paraphrase test is right about half the time.
		sure := len(g.Sentences) - g.PossibleParaphrases
		sal := baseUnique + 0.2*saturate(float64(sure)+0.25*float64(g.PossibleParaphrases), 3)
		if g.Group != "" {
			sal += 0.05 // content in a named group's voice is a selection of sources
		}
		summary := fmt.Sprintf("Only %s carries %s in %s, with no counterpart in %s.", g.Outlet,
			plural(len(g.Sentences), "sentence", "sentences"), g.Voice, strings.Join(others, " or "))
		switch {
		case g.PossibleParaphrases == len(g.Sentences) && len(g.Sentences) == 1:
			summary = strings.TrimSuffix(summary, ".") + ", though it may be said there in other words."
		case g.PossibleParaphrases == len(g.Sentences):
			summary = strings.TrimSuffix(summary, ".") + ", though each may be said there in other words."
		case g.PossibleParaphrases > 0:
			// The count claimed is of the sure sentences only: "with no
			// counterpart" is not said of the ones that may have one.
			summary = fmt.Sprintf("Only %s carries %s in %s, with no counterpart in %s; %d more may be said there in other words (listed last).", g.Outlet,
				plural(sure, "sentence", "sentences"), g.Voice, strings.Join(others, " or "), g.PossibleParaphrases)
		}
		out = append(out, Difference{Kind: KindUnique, Key: g.Outlet + ": " + g.Voice, Outlets: []string{g.Outlet},
			Summary: summary, Salience: sal, Evidence: g.Sentences})
	}
	return out
}

func (c *Comparison) keynessDifferences() []Difference {
	var out []Difference
	for _, kt := range c.Keyness {
		var sig []string
		for _, t := range kt.Terms {
			if t.P != "n.s." && t.Z > 1.96 && len(sig) < 6 {
				sig = append(sig, fmt.Sprintf("%s (%d vs %d)", t.Term, t.Count, t.RestCount))
			}
		}
		if len(sig) == 0 {
			continue
		}
		s := fmt.Sprintf("Words %s uses more than the others: %s.", kt.Outlet, strings.Join(sig, ", "))
		if kt.Warning != "" {
			s += " Small sample: treat as a lead."
		}
		out = append(out, Difference{Kind: KindKeyness, Key: kt.Outlet, Outlets: []string{kt.Outlet}, Summary: s, Salience: baseKeyness + 0.05*saturate(float64(len(sig)), 3)})
	}
	return out
}

func keys(order []string, set map[string]bool) []string {
	var out []string
	for _, o := range order {
		if set[o] {
			out = append(out, o)
		}
	}
	return out
}

func outletsOf(m map[string][]Evidence, order []string) []string {
	var out []string
	for _, o := range order {
		if _, ok := m[o]; ok {
			out = append(out, o)
		}
	}
	return out
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// interleave orders evidence round-robin by outlet (keeping each outlet's
// order), so the first few pieces a view shows come from every side.
func interleave(ev []Evidence) []Evidence {
	var order []string
	by := map[string][]Evidence{}
	for _, e := range ev {
		if _, ok := by[e.Outlet]; !ok {
			order = append(order, e.Outlet)
		}
		by[e.Outlet] = append(by[e.Outlet], e)
	}
	out := make([]Evidence, 0, len(ev))
	for len(out) < len(ev) {
		for _, o := range order {
			if len(by[o]) > 0 {
				out = append(out, by[o][0])
				by[o] = by[o][1:]
			}
		}
	}
	return out
}
