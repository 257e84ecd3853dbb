package framing

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/gazetteer"
	"github.com/framediff/framediff/lexicon"
	"github.com/framediff/framediff/text"
)

// Hit is a lexicon match in an article, with its voice and place.
type Hit struct {
	Start    int              `json:"start"`
	End      int              `json:"end"`
	RuleID   string           `json:"rule"`
	Category lexicon.Category `json:"category"`
	Concept  string           `json:"concept,omitempty"`
	Variant  string           `json:"variant,omitempty"`
	Surface  string           `json:"surface"`
	Stem     string           `json:"stem"`
	Phrase   string           `json:"phrase"`
	Note     string           `json:"note,omitempty"`
	Source   string           `json:"rule_source,omitempty"` // file:line of the rule
	Group    string           `json:"group,omitempty"`       // actor group, for actor hits
	// Cue marks a hit shown for orientation but not loaded language: a
	// neutral reporting verb ("said") tells who speaks, not how.
	Cue      bool  `json:"cue,omitempty"`
	Voice    Voice `json:"voice"`
	Sentence int   `json:"sentence"`
	// reportedNaming marks a naming that complements a naming verb of a
	// named subject ("designated a terrorist group by the U.S."): the
	// subject's label, which the outlet reports, not its own choice.
	reportedNaming bool
	// negatedNaming marks a naming the text denies or leaves unapplied
	// ("is not a terrorist group", "not on any list of terrorist
	// organizations"): no one is named so.
	negatedNaming bool
}

// ClaimHit is a claim rule satisfied by a sentence of an article.
type ClaimHit struct {
	RuleID    string `json:"rule"`
	Label     string `json:"label"`
	Sentence  int    `json:"sentence"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Actor     string `json:"actor"`
	Predicate string `json:"predicate"`
	Voice     Voice  `json:"voice"`
}

// Analysis is one article's findings.
type Analysis struct {
	Article *corpus.Article `json:"-"`
	// Outlet is the outlet label the comparison uses for this article.
	Outlet string     `json:"outlet"`
	Hits   []Hit      `json:"hits"`
	Claims []ClaimHit `json:"claims"`
	// Quotations are the article's attributions (scare quotes are
	// distancing hits instead).
	Quotations []Quotation `json:"quotations"`
	// LexiconNote says why an article has no highlights when its language
	// has no rules: "German: no lexicon for this language, highlights off".
	LexiconNote string `json:"lexicon_note,omitempty"`
	Words       int    `json:"words"`

	// quotes keeps the quotations with their spans, for voice look-ups
	// after the analysis (unique content, KWIC).
	quotes []quoteInfo
}

// Analyze finds the hits, claims and voices of one article.
func Analyze(a *corpus.Article, set *lexicon.Set) *Analysis {
	m := set.For(a.Language)
	qs := mapQuotes(a, m)
	an := &Analysis{Article: a, Outlet: a.DisplayOutlet(), Words: a.WordCount(), quotes: qs}
	an.Quotations = quotations(gazetteer.Default(), a, qs)
	if !set.HasRules(a.Language) {
		an.LexiconNote = languageTitle(a.Language) + ": no lexicon for this language, highlights off"
	}
	matches := m.Match(a.Text)
	spans := make([]corpus.Span, len(matches))
	for i, mt := range matches {
		spans[i] = corpus.Span{Start: mt.Start, End: mt.End}
	}
	inside := innermostQuotes(qs, spans)
	if n := len(matches) + len(qs); n > 0 {
		an.Hits = make([]Hit, 0, n) // every match, and at most every quotation as a distancing hit
	}
	type place struct {
		file string
		line int
	}
	sources := map[place]string{} // file:line of each rule, formatted once
	source := func(file string, line int) string {
		k := place{file, line}
		s, ok := sources[k]
		if !ok {
			s = fmt.Sprintf("%s:%d", file, line)
			sources[k] = s
		}
		return s
	}
	var toks []text.Token // complementVoice's, read anew for each match
	for i, mt := range matches {
		if mt.Category == lexicon.Evaluative && inNameRun(a, mt.Start, mt.End) {
			continue // "Senate Minority Whip Dick Durbin", "Josh Earnest": a name, no evaluation
		}
		// Built in place: a long article has many hits, each a large record.
		an.Hits = append(an.Hits, Hit{Start: mt.Start, End: mt.End, Category: mt.Category, Surface: mt.Surface, Stem: mt.Stem, Phrase: mt.Phrase,
			Voice: voiceOf(qs, inside[i]), Sentence: a.SentenceAt(mt.Start)})
		h := &an.Hits[len(an.Hits)-1]
		if (inside[i] < 0 || qs[inside[i]].Kind == corpus.QuoteIndirect) && mt.Group == nil {
			// In a paraphrase too: "officials said they had asked countries
			// with ties to Hamas, which the United States and Israel regard
			// as a terrorist group, to ..." names Hamas as the regarders do,
			// not as the officials or the outlet do.
			if v, ok := complementVoice(a, m, mt.Start, &toks); ok {
				h.Voice = v // "Turkey considers the YPG a terrorist group": Turkey's naming
				h.reportedNaming = mt.Category == lexicon.Naming
			}
		}
		if mt.Category == lexicon.Naming && inside[i] < 0 {
			h.negatedNaming = negatedCategory(a, mt.Start)
		}
		if mt.Rule != nil {
			h.RuleID, h.Concept, h.Variant, h.Note, h.Cue = mt.Rule.ID, mt.Rule.Concept, mt.Rule.Variant, mt.Rule.Note, mt.Rule.Cue
			h.Source = source(mt.Rule.File, mt.Rule.Line)
		}
		if mt.Group != nil {
			h.RuleID, h.Group, h.Concept = "actor:"+mt.Group.ID, mt.Group.ID, mt.Group.Label
			h.Source = source(mt.Group.File, mt.Group.Line)
		}
	}
	// Scare quotes are distancing with no rule behind them: the quote
	// marks themselves are the marker. A fragment as short as a scare
	// quote but with a speaker ('he said he "respects" Grassley') is
	// distancing too: the outlet chose to hand those few words to the
	// speaker instead of writing its own.
	// A scare quote that repeats words a speaker of the article is
	// quoted with is that speaker's phrase echoed, no distance the outlet
	// takes ("Israel Rejects 'Shameful Anti-Israel' Resolution").
	var echoed []bool
	var markerEnds map[int]bool // where the distancing markers end (markedTerm)
	if slices.ContainsFunc(qs, func(q quoteInfo) bool { return q.Kind == corpus.QuoteScare }) {
		markerEnds = map[int]bool{}
		for _, h := range an.Hits {
			if h.Category == lexicon.Distancing {
				markerEnds[h.End] = true
			}
		}
		plain := make([]corpus.Quote, len(qs))
		for i, q := range qs {
			plain[i] = q.Quote
		}
		echoed = corpus.EchoedScareQuotes(a.Text, plain)
	}
	for i, q := range qs {
		switch {
		case q.Kind == corpus.QuoteScare && (echoed == nil || !echoed[i]) && !isNickname(a, q.Span) && !isQuotedName(a.Slice(q.Span), a.Text[q.Span.End:min(len(a.Text), q.Span.End+30)]) &&
			!isQuotedTerm(a.Text[max(0, q.Span.Start-40):q.Span.Start], a.Slice(q.Span), a.Text[q.Span.End:min(len(a.Text), q.Span.End+30)]) &&
			!markedTerm(markerEnds, a.Text, q.Span.Start):
			an.Hits = append(an.Hits, Hit{Start: q.Span.Start, End: q.Span.End, RuleID: scareQuoteRule, Category: lexicon.Distancing,
				Variant: "scare quotes", Surface: a.Slice(q.Span), Note: "A short quotation with no speaker: the outlet does not own these words",
				Voice: Voice{Kind: Own}, Sentence: a.SentenceAt(q.Span.Start)})
		case q.Kind == corpus.QuotePartial && q.Words <= corpus.ScareQuoteMaxWords && !isNickname(a, q.Span):
			an.Hits = append(an.Hits, Hit{Start: q.Span.Start, End: q.Span.End, RuleID: "quoted-fragment", Category: lexicon.Distancing,
				Variant: "quoted fragment", Surface: a.Slice(q.Span), Note: quotedFragmentNote(q.Speaker),
				Voice: voiceOf(qs, i), Sentence: a.SentenceAt(q.Span.Start)})
		}
	}
	if len(an.Hits) == 0 {
		an.Hits = nil // no highlights reads as none, not an empty list
	}
	an.Hits = sortedByStart(an.Hits)
	sents := make([]lexicon.Span, len(a.Sentences))
	for i, s := range a.Sentences {
		sents[i] = lexicon.Span{Start: s.Start, End: s.End}
	}
	claims := m.Claims(a.Text, sents)
	spans = spans[:0]
	for _, c := range claims {
		spans = append(spans, corpus.Span{Start: c.Predicate.Start, End: c.Predicate.End})
	}
	inside = innermostQuotes(qs, spans)
	for i, c := range claims {
		label := c.Rule.Variant
		if label == "" {
			label = c.Rule.ID
		}
		an.Claims = append(an.Claims, ClaimHit{RuleID: c.Rule.ID, Label: label, Sentence: a.SentenceAt(c.Sentence.Start),
			Start: c.Sentence.Start, End: c.Sentence.End, Actor: c.Actor.Surface, Predicate: c.Predicate.Surface,
			Voice: voiceOf(qs, inside[i])})
	}
	return an
}

// languageTitle capitalises a language name for a sentence ("german" ->
// "German"; a code such as "ja" stays as written).
func languageTitle(l string) string {
	if len(l) < 3 {
		return "Language " + strconv.Quote(l)
	}
	return strings.ToUpper(l[:1]) + l[1:]
}

// isQuotedName reports whether quoted words are the name of an operation,
// a programme or a work: two words or more in title case that open with
// "Operation" or "Project", or that a noun of such names follows ("the
// "Resolute Support" mission"). Title case alone is no name: "the "Peace
// Process"" and "the "Islamic State"" are scare quotes.
func isQuotedName(inner, after string) bool {
	words := strings.Fields(strings.Trim(inner, " \"“”‘’'.,"))
	if len(words) < 2 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !(len(w) <= 3 && unicode.IsLower(r)) {
			return false // "of", "the", "and" may stay lower case in a title
		}
	}
	if r, _ := utf8.DecodeRuneInString(words[0]); !unicode.IsUpper(r) {
		return false
	}
	if words[0] == "Operation" || words[0] == "Project" {
		return true
	}
	next := strings.Fields(strings.TrimLeft(after, " \"”’'"))
	return len(next) > 0 && nameNouns[strings.ToLower(strings.Trim(next[0], ".,;:"))]
}

// markedTerm reports whether the quotation opening at start is the term
// of a distancing marker right before it (the so-called "dissent
// channel"): the marker and its quotation marks are one act of
// distancing, which the marker's hit counts, not two. markerEnds holds
// where the article's distancing markers end; only the few bytes before
// start are looked up, so an article of many markers and quotes costs no
// more than their number.
func markedTerm(markerEnds map[int]bool, txt string, start int) bool {
	for end := start; end >= 0 && start-end <= maxMarkerGap; end-- {
		if markerEnds[end] && strings.Trim(txt[end:start], " \"“‘'") == "" {
			return true
		}
	}
	return false
}

// maxMarkerGap is the most bytes between a distancing marker and the
// quotation marks of its term: a space and an opening mark.
const maxMarkerGap = 8

// isQuotedTerm reports whether quotation marks around inner set off a
// term as a term, a word mentioned rather than used, which distances the
// outlet from nothing: after words that introduce a term ("known as",
// "filed as", "the term", "dubbed"; before is the text up to the opening
// mark) or a lower-case phrase of two words or more that names a
// category of the noun after it ("a "place of residence" standard", the
// "married filing jointly" status; after is the text from the closing
// mark). "so-called" introduces a term while doubting it, and stays
// distancing.
func isQuotedTerm(before, inner, after string) bool {
	prev := strings.Fields(strings.ToLower(strings.TrimRight(before, " \"“‘'")))
	if n := len(prev); n > 0 {
		last := strings.Trim(prev[n-1], ",;:")
		switch {
		case termIntroducers[last]:
			return true
		case last == "as":
			// "known as", "file together as": the verb up to two words back.
			for k := n - 2; k >= 0 && k >= n-3; k-- {
				if termAsVerbs[strings.Trim(prev[k], ",;:")] {
					return true
				}
			}
		case n > 1 && last == "to" && prev[n-2] == "referred":
			return true
		}
	}
	words := strings.Fields(strings.Trim(inner, " \"“”‘’'.,"))
	if len(words) < 2 {
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLower(r) {
			return false
		}
	}
	next := strings.Fields(strings.TrimLeft(after, " \"”’'"))
	return len(next) > 0 && categoryNouns[strings.Trim(next[0], ".,;:")]
}

// termIntroducers stand right before a term the text mentions as a term:
// "the term "X"", "dubbed "X"". "called" is among them only without
// "so-", which the split at spaces keeps as one word.
var termIntroducers = map[string]bool{"term": true, "terms": true, "word": true, "words": true, "phrase": true, "phrases": true,
	"label": true, "category": true, "dubbed": true, "nicknamed": true, "titled": true, "entitled": true, "named": true, "called": true}

// termAsVerbs before "as" file something under a term: "known as",
// "filed as", "listed as".
var termAsVerbs = map[string]bool{"known": true, "file": true, "files": true, "filed": true, "filing": true, "listed": true, "classified": true,
	"registered": true, "designated": true, "categorized": true, "categorised": true}

// categoryNouns follow a quoted term that names a category of them: a
// standard, a status, a rule.
var categoryNouns = map[string]bool{"standard": true, "status": true, "category": true, "rule": true, "provision": true, "clause": true,
	"test": true, "requirement": true, "exemption": true, "designation": true, "classification": true, "option": true, "box": true,
	"bracket": true, "credit": true, "form": true}

// nameNouns follow the quoted name of an operation, a programme or a work.
var nameNouns = map[string]bool{"mission": true, "operation": true, "plan": true, "program": true, "programme": true, "campaign": true,
	"initiative": true, "act": true, "law": true, "bill": true, "agreement": true, "accord": true, "report": true, "book": true,
	"film": true, "documentary": true, "series": true, "show": true, "project": true, "exercise": true, "doctrine": true, "strategy": true}

// isNickname: a single capitalised word in quotation marks between two
// capitalised words is a nickname (General Michael "Erik" Kurilla), not a
// scare quote.
func isNickname(a *corpus.Article, s corpus.Span) bool {
	inner := strings.TrimSpace(a.Slice(s))
	if strings.ContainsAny(inner, " ") || inner == "" || !unicode.IsUpper([]rune(inner)[0]) {
		return false
	}
	before := strings.Fields(strings.TrimRight(a.Text[max(0, s.Start-40):s.Start], " \"“‘'"))
	after := strings.Fields(strings.TrimLeft(a.Text[s.End:min(len(a.Text), s.End+40)], " \"”’'"))
	if len(before) == 0 || len(after) == 0 {
		return false
	}
	up := func(w string) bool { r := []rune(w); return len(r) > 0 && unicode.IsUpper(r[0]) }
	return up(before[len(before)-1]) && up(after[0])
}

// Comparison is everything framediff found about one story.
type Comparison struct {
	Articles []*Analysis `json:"articles"`
	// Outlets lists the outlets compared, in first-seen order.
	Outlets []string    `json:"outlets"`
	Naming  []NamingRow `json:"naming"`
	Voices  []VoiceRow  `json:"voices"`
	Claims  []ClaimRow  `json:"claims"`
	// Acts are the speech acts of the story gathered across its articles:
	// who denies, accuses, admits what, and which outlets carry it.
	Acts []ActCluster `json:"acts"`
	// Actors are who and what the story's articles talk about, found from
	// the articles, with each outlet's labels for them.
	Actors []Actor `json:"actors"`
	// Evaluations are the evaluative words aimed at an actor: in its noun
	// phrase or clause.
	Evaluations []Evaluation   `json:"evaluations"`
	Unique      []UniqueGroup  `json:"unique_content"`
	Keyness     []KeynessTable `json:"keyness"`
	// Pairwise holds keyness for every pair of outlets when there are three
	// or more (with two, one against the rest is the pair).
	Pairwise    []KeynessTable `json:"keyness_pairwise,omitempty"`
	Differences []Difference   `json:"differences"`

	// analyzers and sentences are kept while the comparison is built, so
	// that the steps reading every sentence share one pass; sides, the
	// voice groups' sides, so that the steps settling speakers share one
	// reading of the groups.
	analyzers map[string]*text.Analyzer
	sentences []sentenceFacts
	sides     *groupSides
	// bodies, holders and mentionSides keep namedBody's, titledHolder's
	// and mentionSide's answers while speakers' sides are read: each
	// reads every article, and a story has many "the ministry said".
	bodies       map[string]bodyAnswer
	holders      map[string]holderAnswer
	mentionSides map[string]string
	// shortNames keeps shortNameSide's answers: a word read as the short
	// name of a movement the story names in full ("Brotherhood").
	shortNames map[string]resolvedSide
}

// Compare analyses articles about one story and ranks their differences.
// Articles of one outlet are pooled; an article with no known outlet is
// its own outlet, named after its file.
func Compare(arts []*corpus.Article, set *lexicon.Set) *Comparison {
	c := compareCounts(arts, set)
	c.claimStatus()
	c.Actors = c.storyActors(gazetteer.Default())
	c.Evaluations = c.evaluations()
	c.Naming = c.namingTable()
	c.Unique = c.uniqueContent(set)
	c.Keyness = c.keyness(set)
	c.Differences = c.differences()
	c.analyzers, c.sentences = nil, nil // a profile keeps many comparisons: hold no scratch
	return c
}

// compareCounts is the part of Compare a Profile reads (Profile.Add): the
// articles' analyses, the outlets, the speech acts with the outlets that
// carry them, the voices and the claims. A corpus profile compares every
// story of the corpus and keeps none, so it skips what only a story's own
// report shows (actors, evaluations, naming, unique content, keyness,
// differences), more than half of the work of a comparison; nothing it
// skips changes what it keeps.
func compareCounts(arts []*corpus.Article, set *lexicon.Set) *Comparison {
	c := &Comparison{}
	seen := map[string]string{}
	for _, a := range arts {
		an := Analyze(a, set)
		key := corpus.OutletKey(a.Outlet)
		if a.Outlet == "" {
			key = "unknown:" + a.ID
			an.Outlet = "unknown outlet (" + a.ID + ")"
		}
		if label, ok := seen[key]; ok {
			an.Outlet = label
		} else {
			seen[key] = an.Outlet
			c.Outlets = append(c.Outlets, an.Outlet)
		}
		c.Articles = append(c.Articles, an)
	}
	c.resolveActors(set, gazetteer.Default())
	c.surnameAffiliations(set, gazetteer.Default())
	c.sideAffiliations()
	c.settleGroups(set, gazetteer.Default())
	c.unansweredDenials(gazetteer.Default())
	c.sameMatterDenials()
	c.Acts = c.actClusters(gazetteer.Default())
	c.Voices = c.voicesTable()
	c.Claims = c.claimsTable(set)
	return c
}

// compareForProfile is compareCounts without the scratch, for a profile
// that may hold a few comparisons at a time.
func compareForProfile(arts []*corpus.Article, set *lexicon.Set) *Comparison {
	c := compareCounts(arts, set)
	c.analyzers, c.sentences = nil, nil
	return c
}

// ArticlesOf returns the analyses of one outlet.
func (c *Comparison) ArticlesOf(outlet string) []*Analysis {
	var out []*Analysis
	for _, a := range c.Articles {
		if a.Outlet == outlet {
			out = append(out, a)
		}
	}
	return out
}

// VoiceCounts splits a count by voice.
type VoiceCounts struct {
	Own        int `json:"own"`
	Paraphrase int `json:"paraphrase"`
	Quoted     int `json:"quoted"`
	Scare      int `json:"scare"`
}

// OutletsWords is the count in the outlet's own words (narration and paraphrase).
func (v VoiceCounts) OutletsWords() int { return v.Own + v.Paraphrase }

// Total is the count in every voice.
func (v VoiceCounts) Total() int { return v.Own + v.Paraphrase + v.Quoted + v.Scare }

func (v *VoiceCounts) add(k VoiceKind) {
	switch k {
	case Own:
		v.Own++
	case Paraphrase:
		v.Paraphrase++
	case Quoted:
		v.Quoted++
	case Scare:
		v.Scare++
	}
}

// NamingRow is one concept's variants per outlet.
type NamingRow struct {
	Concept string `json:"concept"`
	// Variants lists the concept's variants (rule id and label) seen anywhere.
	Variants []VariantLabel `json:"variants"`
	// Counts[outlet][rule id] splits the uses of a variant by voice.
	Counts map[string]map[string]VoiceCounts `json:"counts"`
}

// VariantLabel names a naming variant.
type VariantLabel struct {
	RuleID string `json:"rule"`
	Label  string `json:"label"`
}

func (c *Comparison) namingTable() []NamingRow {
	rows := map[string]*NamingRow{}
	var order []string
	for _, an := range c.Articles {
		for _, h := range an.Hits {
			if h.Category != lexicon.Naming || h.negatedNaming {
				continue // "not a terrorist group" names no one so
			}
			r, ok := rows[h.Concept]
			if !ok {
				r = &NamingRow{Concept: h.Concept, Counts: map[string]map[string]VoiceCounts{}}
				rows[h.Concept] = r
				order = append(order, h.Concept)
			}
			known := false
			for _, v := range r.Variants {
				known = known || v.RuleID == h.RuleID
			}
			if !known {
				r.Variants = append(r.Variants, VariantLabel{h.RuleID, h.Variant})
			}
			if r.Counts[an.Outlet] == nil {
				r.Counts[an.Outlet] = map[string]VoiceCounts{}
			}
			vc := r.Counts[an.Outlet][h.RuleID]
			if h.reportedNaming {
				// "designated a terrorist group by the U.S.": the
				// designator's word, reported as theirs, as a quotation's
				// words are; the outlet's own naming is elsewhere.
				vc.add(Quoted)
			} else {
				vc.add(h.Voice.Kind)
			}
			r.Counts[an.Outlet][h.RuleID] = vc
		}
	}
	out := make([]NamingRow, 0, len(order))
	for _, k := range order {
		out = append(out, *rows[k])
	}
	return out
}

// VoiceRow is one actor group's presence per outlet.
type VoiceRow struct {
	Group string `json:"group"`
	Label string `json:"label"`
	// Quotes and Words per outlet: quotations and paraphrases, and the words in them.
	Quotes map[string]int `json:"quotes"`
	Words  map[string]int `json:"words"`
}

// affiliationVoicePrefix opens the id of a voices row made from the
// speakers' affiliation rather than an actor group of the rule files.
const affiliationVoicePrefix = "affiliation:"

// voicesTable counts each outlet's quotations by whose voice they carry:
// the speaker's actor group from the rule files, or else the country or
// organisation the speaker speaks for (found from the articles), so that
// voices differ between outlets on stories no pack anticipated ("Voices for
// Labour Party"). An affiliation whose speakers the story's quotations
// place in one actor group more often than in any other counts in that
// group ("United States" with "US officials"), so one side is not split
// in two rows.
func (c *Comparison) voicesTable() []VoiceRow {
	votes := map[string]map[string]int{} // affiliation -> actor group -> quotations
	labels := map[string]string{}
	for _, an := range c.Articles {
		for _, q := range an.Quotations {
			if q.Group != "" && q.Affiliation != "" && !q.inner && !q.Unasserted && !voicesNothing(an.Article, &q) {
				if votes[q.Affiliation] == nil {
					votes[q.Affiliation] = map[string]int{}
				}
				votes[q.Affiliation][q.Group]++
				labels[q.Group] = q.Label
			}
		}
	}
	groupOf := make(map[string]string, len(votes))
	for aff, byGroup := range votes {
		best := ""
		for g, n := range byGroup {
			if best == "" || n > byGroup[best] || n == byGroup[best] && g < best {
				best = g
			}
		}
		groupOf[aff] = best
	}
	g := gazetteer.Default()
	country := func(name string) bool {
		e, ok := g.Lookup(name)
		return ok && actorKinds[e.Kind] == "country"
	}
	rows := map[string]*VoiceRow{}
	var order []string
	for ai := range c.Articles {
		an := c.Articles[ai]
		for qi := range an.Quotations {
			q := &an.Quotations[qi]
			if q.inner || q.Unasserted || voicesNothing(an.Article, q) {
				continue // an unasserted inner layer is the outer speaker's rejection, no voice of its own; an intention or a silence is none
			}
			voiceOf := func(aff string) (string, string) {
				if g := groupOf[aff]; g != "" {
					return g, labels[g]
				}
				if c.sides != nil {
					// No quotation of the story votes for the side's group,
					// but one group's names are that side ("European Union"
					// of the international organisations): its row, so that
					// "Ashton reported" is heard where "EU officials said"
					// is.
					if g := c.sides.owner[aff]; g != "" {
						return g, c.sides.labels[g]
					}
				}
				return affiliationVoicePrefix + aff, "voices for " + aff
			}
			q.coVoices = nil
			switch {
			case q.Group != "":
				q.voice, q.voiceLabel = q.Group, q.Label
				// "German government spokesman Steffen Seibert and the
				// European Union's ... Mogherini both said": a rule
				// file's group names one of the joined sides; the others
				// are heard in their own rows too.
				for _, aff := range q.coSides {
					if v, l := voiceOf(aff); v != q.voice && !slices.Contains(q.coVoices, v) {
						q.coVoices = append(q.coVoices, v)
						labels[v] = l
					}
				}
			case q.Affiliation == "" && len(q.coSides) > 0:
				// "France and the U.K. affirmed": each side's voice.
				q.voice, q.voiceLabel = voiceOf(q.coSides[0])
				for _, aff := range q.coSides[1:] {
					if v, l := voiceOf(aff); v != q.voice && !slices.Contains(q.coVoices, v) {
						q.coVoices = append(q.coVoices, v)
						labels[v] = l
					}
				}
			case q.Affiliation == "" || lexicon.CivilSpeaker(q.Speaker) && country(q.Affiliation):
				continue // "Cairo resident Akram Karam" speaks for no country; "Republican opponents" are the party's
			default:
				q.voice, q.voiceLabel = voiceOf(q.Affiliation)
			}
			if an.voicedByOuter(qi) {
				continue
			}
			for k, v := range append([]string{q.voice}, q.coVoices...) {
				r, ok := rows[v]
				if !ok {
					label := q.voiceLabel
					if k > 0 {
						label = labels[v]
					}
					r = &VoiceRow{Group: v, Label: label, Quotes: map[string]int{}, Words: map[string]int{}}
					rows[v] = r
					order = append(order, v)
				}
				r.Quotes[an.Outlet]++
				r.Words[an.Outlet] += q.Words
			}
		}
	}
	out := make([]VoiceRow, 0, len(order))
	for _, k := range order {
		out = append(out, *rows[k])
	}
	return out
}

// ClaimRow says which outlets carry a claim, with the sentences.
type ClaimRow struct {
	RuleID string `json:"rule"`
	Label  string `json:"label"`
	Note   string `json:"note,omitempty"`
	// Present maps an outlet to the claim's sentences in its articles; an
	// outlet absent from the map does not carry the claim.
	Present map[string][]Evidence `json:"present"`
}

func (c *Comparison) claimsTable(set *lexicon.Set) []ClaimRow {
	var out []ClaimRow
	for _, r := range set.Lexicon().Rules() {
		if r.Category != lexicon.Claim {
			continue
		}
		row := ClaimRow{RuleID: r.ID, Label: r.Variant, Note: r.Note, Present: map[string][]Evidence{}}
		if row.Label == "" {
			row.Label = r.ID
		}
		for ai, an := range c.Articles {
			for _, ch := range an.Claims {
				if ch.RuleID == r.ID {
					row.Present[an.Outlet] = append(row.Present[an.Outlet], c.evidence(ai, ch.Start, ch.End, ch.Voice))
				}
			}
		}
		out = append(out, row)
	}
	return out
}

// Evidence points at a span of one article.
type Evidence struct {
	Article   int    `json:"article"` // index into Comparison.Articles
	ArticleID string `json:"article_id"`
	Outlet    string `json:"outlet"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Text      string `json:"text"`
	Voice     Voice  `json:"voice"`
}

// evidence is the span start..end of article ai as evidence in voice v. A
// span longer than maxEvidenceText (a quotation or sentence of an article
// with no full stop) shows its first maxEvidenceText bytes, cut between
// words; the article's text holds the rest.
func (c *Comparison) evidence(ai, start, end int, v Voice) Evidence {
	an := c.Articles[ai]
	shown := end
	if end-start > maxEvidenceText {
		shown = start + maxEvidenceText
		if k := strings.LastIndexByte(an.Article.Slice(corpus.Span{Start: start, End: shown}), ' '); k > 0 {
			shown = start + k
		}
		for shown > start && shown < len(an.Article.Text) && !utf8.RuneStart(an.Article.Text[shown]) {
			shown--
		}
	}
	return Evidence{Article: ai, ArticleID: an.Article.ID, Outlet: an.Outlet, Start: start, End: end,
		Text: an.Article.Slice(corpus.Span{Start: start, End: shown}), Voice: v}
}

// sentenceEvidence widens a span to its sentence, for readable evidence.
func (c *Comparison) sentenceEvidence(ai int, h Hit) Evidence {
	a := c.Articles[ai].Article
	if h.Sentence >= 0 && h.Sentence < len(a.Sentences) {
		s := evidenceWindow(a.Text, a.Sentences[h.Sentence], corpus.Span{Start: h.Start, End: h.End})
		e := c.evidence(ai, s.Start, s.End, h.Voice)
		e.Start, e.End = h.Start, h.End // point at the words; Text shows the sentence
		return e
	}
	return c.evidence(ai, h.Start, h.End, h.Voice)
}

// maxEvidenceText bounds the sentence an Evidence's Text carries. News
// sentences stay far below it; an article with no full stop is one
// sentence, and every piece of evidence in it would otherwise repeat the
// whole article in a report. The article's text is in the report anyway.
const maxEvidenceText = 4096

// evidenceWindow is the part of sentence s of text shown around the words
// w: the whole sentence when it is at most maxEvidenceText bytes long, and
// otherwise about that many bytes centred on the words, cut between words
// (never fewer bytes than the words themselves).
func evidenceWindow(text string, s, w corpus.Span) corpus.Span {
	if s.End-s.Start <= maxEvidenceText || w.Start < s.Start || w.End > s.End || w.Start > w.End {
		return s
	}
	if w.End-w.Start >= maxEvidenceText {
		return w
	}
	side := (maxEvidenceText - (w.End - w.Start)) / 2
	lo, hi := w.Start-side, w.End+side
	if lo < s.Start {
		hi, lo = hi+s.Start-lo, s.Start
	}
	if hi > s.End {
		lo, hi = max(s.Start, lo-(hi-s.End)), s.End
	}
	if lo > s.Start {
		// start after the first space, so the window opens on a whole word
		if k := strings.IndexByte(text[lo:w.Start], ' '); k >= 0 {
			lo += k + 1
		}
		for lo < w.Start && !utf8.RuneStart(text[lo]) {
			lo++
		}
	}
	if hi < s.End {
		if k := strings.LastIndexByte(text[w.End:hi], ' '); k >= 0 {
			hi = w.End + k
		}
		for hi > w.End && !utf8.RuneStart(text[hi]) {
			hi--
		}
	}
	return corpus.Span{Start: lo, End: hi}
}

// saturate maps a count to (0,1): more evidence, more salience, with
// diminishing returns so one long article cannot swamp the list.
func saturate(n float64, scale float64) float64 { return 1 - math.Exp(-n/scale) }

func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}

func quoteList(words []string, maxN int) string {
	var q []string
	for i, w := range words {
		if i == maxN {
			q = append(q, "…")
			break
		}
		q = append(q, "\""+w+"\"")
	}
	return strings.Join(q, ", ")
}

// quotedFragmentNote explains a quoted-fragment hit: whose words the outlet
// quotes instead of writing its own.
func quotedFragmentNote(speaker string) string {
	if speaker == "" {
		return "A few words quoted inside the outlet's sentence: the outlet attributes them instead of using them itself"
	}
	return "A few words quoted inside the outlet's sentence: the outlet gives them to " + speaker + " instead of using them itself"
}

// sortedByStart returns the hits in text order, those that start together
// in the order given. The matches come in order and the quotation hits
// are few, so a long article's hits are moved once through an index
// rather than swapped about.
func sortedByStart(hits []Hit) []Hit {
	sorted := true
	for k := 1; k < len(hits) && sorted; k++ {
		sorted = hits[k-1].Start <= hits[k].Start
	}
	if sorted {
		return hits
	}
	order := make([]int, len(hits))
	for k := range order {
		order[k] = k
	}
	slices.SortStableFunc(order, func(i, j int) int { return cmp.Compare(hits[i].Start, hits[j].Start) })
	out := make([]Hit, len(hits))
	for k, i := range order {
		out[k] = hits[i]
	}
	return out
}

// inNameRun reports whether the word at start..end, written capitalised
// but not in capitals, stands inside a run of capitalised words in the
// body: after a capitalised word ("Josh Earnest", "Whip Dick Durbin") or
// before one ("said Sunny Hostin", "the Proud Boys", "the Patriotic Union
// of Kurdistan"). A rated word there is part of a name. At a sentence's
// start, in the headline and in title-case lines, where every word may be
// capitalised, and right after an opening quotation mark ('"Crazy Bernie
// Sanders"', a nickname quoted as such), it is read as written.
func inNameRun(a *corpus.Article, start, end int) bool {
	txt := a.Text
	w := txt[start:end]
	if !text.Capitalised(w) || strings.ToUpper(w) == w || a.TitleSpan.Contains(start) {
		return false
	}
	si := a.SentenceAt(start)
	if si < 0 || a.Sentences[si].Start >= start {
		return false // the sentence's first word
	}
	sent := a.Sentences[si]
	capitalisedAt := func(i int) bool {
		r, _ := utf8.DecodeRuneInString(txt[i:])
		return unicode.IsUpper(r)
	}
	if titleCaseAround(txt, sent, start) {
		return false // "Update at 1:15 p.m.: If Hostilities Cease, Israel Won't Act": a subhead
	}
	if before := start - 1; before > sent.Start && txt[before] == ' ' {
		k := before
		for k > sent.Start && txt[k-1] != ' ' {
			k--
		}
		if k < before && capitalisedAt(k) && !strings.ContainsAny(txt[k:before], ",;:\"“”") {
			return true
		}
	}
	if r, _ := utf8.DecodeLastRuneInString(txt[:start]); strings.ContainsRune("\"“‘'", r) {
		return false // '"Crazy Bernie Sanders"': a nickname in quotation marks
	}
	return end+1 < sent.End && txt[end] == ' ' && capitalisedAt(end+1)
}

// titleCaseWindow is how many words on each side of a word titleCaseAround
// reads: a bounded window, so that a long sentence of rated words is not
// read whole for each of them.
const titleCaseWindow = 6

// titleCaseAround reports whether the words of sentence sent around
// offset at are written in title case, as a subhead or a title inside the
// body is: every word capitalised but the short ones a title leaves in
// lower case ("Voters Reject Deal at Town Hall", not "Whip Dick Durbin
// met Josh Earnest"). isTitleCase's share of capitalised long words, right
// for a headline, would take a body sentence of names for a title.
func titleCaseAround(txt string, sent corpus.Span, at int) bool {
	lo, hi := at, at
	for n := 0; n <= titleCaseWindow; n++ {
		j := strings.LastIndexByte(txt[sent.Start:lo], ' ')
		if j < 0 {
			lo = sent.Start
			break
		}
		lo = sent.Start + j
	}
	if c := strings.LastIndexByte(txt[lo:at], ':'); c >= 0 {
		lo += c + 1 // "Update at 12:55 p.m. ET: Biden Congratulates Abadi": the title after the colon
	}
	for n := 0; n <= titleCaseWindow; n++ {
		j := strings.IndexByte(txt[hi:sent.End], ' ')
		if j < 0 {
			hi = sent.End
			break
		}
		hi += j + 1
	}
	capitalised := 0
	for _, w := range strings.Fields(txt[lo:hi]) {
		w = strings.Trim(w, ",.;:!?\"'“”‘’()")
		switch {
		case w == "" || !text.IsWordRune([]rune(w)[0]):
		case text.Capitalised(w):
			capitalised++
		case !titleCaseLower[w]:
			return false // "met", "said": a sentence's own lower-case words
		}
	}
	return capitalised >= 3
}

// titleCaseLower are the short words a title-case line leaves in lower
// case: smallTitleWords and the further conjunctions, prepositions and
// particles a subhead's window may hold ("Obama Meets Putin as Talks
// Stall", "Vote Put off").
var titleCaseLower = func() map[string]bool {
	m := maps.Clone(smallTitleWords)
	for _, w := range strings.Fields("but nor by from into as via vs per up off out") {
		m[w] = true
	}
	return m
}()
