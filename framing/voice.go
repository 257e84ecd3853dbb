// Package framing compares articles about one story and finds how their
// framing differs: naming, voices, claims, evaluative and distancing words,
// content only one outlet carries, and keyness. Every finding carries its
// evidence; views (tui, report) only render what this package computes.
package framing

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/gazetteer"
	"github.com/framediff/framediff/lexicon"
	"github.com/framediff/framediff/text"
)

// VoiceKind says whose words a span of an article is.
type VoiceKind string

// The voices of a text.
const (
	// Own is the outlet's narration.
	Own VoiceKind = "own"
	// Paraphrase is reported speech without quotation marks ("according to
	// X, ...", "X said that ..."): the outlet's words for someone's claim.
	Paraphrase VoiceKind = "paraphrase"
	// Quoted is a direct or partial quotation: the speaker's words.
	Quoted VoiceKind = "quoted"
	// Scare is a short quotation with no speaker: the outlet holds the words
	// at a distance.
	Scare VoiceKind = "scare quote"
)

// Voice is whose words a span is, with the speaker and actor group when known.
type Voice struct {
	Kind    VoiceKind `json:"kind"`
	Speaker string    `json:"speaker,omitempty"`
	Group   string    `json:"group,omitempty"`       // actor group id
	Label   string    `json:"group_label,omitempty"` // actor group label
}

// OutletsWords reports whether the words are the outlet's choice: its
// narration or its paraphrase of someone (no quotation marks).
func (v Voice) OutletsWords() bool { return v.Kind == Own || v.Kind == Paraphrase }

// String renders the voice for a person: "own voice", "quoting Ned Price (US officials)".
func (v Voice) String() string {
	who := v.Speaker
	if v.Label != "" && who != "" {
		who += " (" + v.Label + ")"
	}
	switch v.Kind {
	case Own:
		return "outlet's own voice"
	case Paraphrase:
		if who == "" {
			return "paraphrase"
		}
		return "paraphrasing " + who
	case Quoted:
		if who == "" {
			return "quotation, speaker not found"
		}
		return "quoting " + who
	case Scare:
		return "scare quote (no speaker)"
	}
	return string(v.Kind)
}

// voiceOf is the voice of a quotation found by innermostQuotes: the
// outlet's own when i < 0.
func voiceOf(qs []quoteInfo, i int) Voice {
	if i < 0 {
		return Voice{Kind: Own}
	}
	q := qs[i]
	v := Voice{Speaker: q.Speaker, Group: q.Group, Label: q.Label}
	switch q.Kind {
	case corpus.QuoteIndirect:
		v.Kind = Paraphrase
	case corpus.QuoteScare:
		v.Kind = Scare
	default:
		v.Kind = Quoted
	}
	return v
}

// innermostQuotes finds, for each span, the innermost quotation holding it
// (a quotation inside a paraphrase is the speaker's own words): the
// shortest, the first of equals, or -1 when none holds it. Reported speech
// inside a direct or partial quotation's words holds no span: those words
// are still the quoting speaker's, in quotation marks, not the outlet's
// (see quotedReports). It sweeps the
// spans in order of start while quotations that start before them join a
// prefix-minimum tree indexed by how far they reach, so a long article
// with many quotations and highlights costs O((q+s) log q), not q×s.
func innermostQuotes(qs []quoteInfo, spans []corpus.Span) []int {
	out := make([]int, len(spans))
	if len(qs) == 0 {
		for i := range out {
			out[i] = -1
		}
		return out
	}
	byStart := make([]int, len(qs))
	byEnd := make([]int, len(qs)) // farthest-reaching first
	for i := range qs {
		byStart[i], byEnd[i] = i, i
	}
	slices.SortStableFunc(byStart, func(a, b int) int { return cmp.Compare(qs[a].Span.Start, qs[b].Span.Start) })
	slices.SortStableFunc(byEnd, func(a, b int) int { return cmp.Compare(qs[b].Span.End, qs[a].Span.End) })
	endRank := make([]int, len(qs))
	for r, i := range byEnd {
		endRank[i] = r
	}
	order := make([]int, len(spans))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(spans[a].Start, spans[b].Start) })

	// tree is a Fenwick tree over end ranks keeping the least key
	// (length, then index) of the quotations inserted so far.
	const none = math.MaxUint64
	tree := make([]uint64, len(qs)+1)
	for i := range tree {
		tree[i] = none
	}
	quoted := quotedReports(qs)
	next := 0
	for _, si := range order {
		sp := spans[si]
		for ; next < len(byStart) && qs[byStart[next]].Span.Start <= sp.Start; next++ {
			i := byStart[next]
			if quoted[i] {
				continue
			}
			key := uint64(qs[i].Span.Len())<<32 | uint64(i)
			for k := endRank[i] + 1; k < len(tree); k += k & -k {
				tree[k] = min(tree[k], key)
			}
		}
		// The quotations reaching at least sp.End are the first reach
		// of byEnd.
		reach := sort.Search(len(byEnd), func(r int) bool { return qs[byEnd[r]].Span.End < sp.End })
		best := uint64(none)
		for k := reach; k > 0; k -= k & -k {
			best = min(best, tree[k])
		}
		out[si] = -1
		if best != none {
			out[si] = int(best & math.MaxUint32)
		}
	}
	return out
}

// maxQuotedReportReach is how many attributions before and after reported
// speech are looked at for a quotation holding it: an inner report comes
// right beside the quotation whose words hold it.
const maxQuotedReportReach = 8

// quotedReports marks the reported speech whose words lie inside a direct
// or partial quotation of someone else ('"The president said the claims
// are nonsense," Roe wrote.'): an attribution of its own, but in words
// the quoting speaker chose and the outlet quotes.
func quotedReports(qs []quoteInfo) []bool {
	out := make([]bool, len(qs))
	for i, q := range qs {
		if q.Kind != corpus.QuoteIndirect {
			continue
		}
		for k := max(0, i-maxQuotedReportReach); k < len(qs) && k <= i+maxQuotedReportReach; k++ {
			if d := qs[k]; k != i && (d.Kind == corpus.QuoteDirect || d.Kind == corpus.QuotePartial) && d.Speaker != q.Speaker &&
				d.Span.Start <= q.Span.Start && q.Span.End <= d.Span.End {
				out[i] = true
				break
			}
		}
	}
	return out
}

// quoteInfo is a corpus quote with its speaker's actor group.
type quoteInfo struct {
	corpus.Quote
	Group string
	Label string
	Words int
}

func mapQuotes(a *corpus.Article, m *lexicon.Matcher) []quoteInfo {
	out := make([]quoteInfo, 0, len(a.Quotes))
	words := quoteWordCounter(a)
	others := map[string]bool{} // surnames the article gives another person, read once each
	for _, q := range a.Quotes {
		if q.Kind != corpus.QuoteScare && ownOutlet(a.DisplayOutlet(), q.Speaker) {
			// "Fox News has learned that ..." in a Fox News article, and the
			// words it quotes from its own earlier story ('"bold raids," the
			// Monitor reported'): the outlet's own reporting, in every table.
			continue
		}
		qi := quoteInfo{Quote: q, Words: words(q.Span)}
		if q.Speaker != "" {
			if g := m.ActorGroupOf(q.Speaker); g != nil && !surnameOfAnother(a.Text, q.Speaker, g, m, others) {
				qi.Group, qi.Label = g.ID, g.Label
			}
		}
		out = append(out, qi)
	}
	return out
}

// maxSurnameUses bounds how many uses of a surname surnameOfAnother reads.
const maxSurnameUses = 20

// surnameOfAnother reports whether a speaker takes group g only by a bare
// surname the lists give one person ("Cohen" for Israel's Eli Cohen) while
// the article names someone else by it in full ("Michael Cohen", whom the
// lists do not know) and never the listed person: "Mr. Cohen said" is that
// other person. Answers are kept in seen, by surname.
func surnameOfAnother(txt, speaker string, g *lexicon.ActorGroup, m *lexicon.Matcher, seen map[string]bool) bool {
	ws := speakerWords(speaker)
	if len(ws) == 0 {
		return false
	}
	surname := ws[len(ws)-1]
	if n := text.PossessiveLen(surname); n > 0 {
		surname = surname[:len(surname)-n]
	}
	if !text.Capitalised(surname) || m.ActorGroupOf(surname) != g {
		return false // the speaker's group comes from more than the surname
	}
	if len(ws) >= 2 && text.Capitalised(ws[len(ws)-2]) && !isTitle(strings.ToLower(ws[len(ws)-2])) {
		return false // named in full here: the lists decided
	}
	if other, ok := seen[surname]; ok {
		return other
	}
	other := false
	from := 0
	for range maxSurnameUses {
		i := strings.Index(txt[from:], " "+surname)
		if i < 0 {
			break
		}
		at := from + i
		from = at + 1 + len(surname)
		if from < len(txt) && isWordByte(txt[from]) {
			continue // inside a longer word
		}
		gs := strings.LastIndexAny(txt[:at], " \n\"“(") + 1
		given := txt[gs:at]
		if !text.Capitalised(given) || isTitle(strings.ToLower(given)) || strings.HasSuffix(given, ".") {
			continue // "Mr. Cohen", "said Cohen", "Minister Cohen"
		}
		full := given + " " + surname
		listed := false
		for _, mt := range m.Match(full) {
			listed = listed || mt.Category == lexicon.Actor && mt.Start == 0 && mt.End == len(full)
		}
		if listed {
			// "Barack Obama" beside "Michelle Obama": the listed person
			// is named too, and "Mr. Obama" may be either; the lists'
			// reading stands.
			seen[surname] = false
			return false
		}
		prev := strings.TrimRight(txt[:gs], " ")
		if prev == "" || strings.ContainsAny(prev[len(prev)-1:], ".!?\n\"“") {
			continue // "But Cohen said": a sentence's first word is capitalised anyway
		}
		if kin := prev[strings.LastIndexAny(prev, " \n")+1:]; kinNouns[strings.ToLower(strings.TrimRight(kin, ","))] {
			continue // "his son Yair Netanyahu": a relative beside the listed man
		}
		other = true // "Michael Cohen": someone the lists do not know
	}
	seen[surname] = other
	return other
}

// kinNouns name a relative before their name: "his son Yair Netanyahu"
// shares the surname of the man the lists know.
var kinNouns = map[string]bool{"son": true, "daughter": true, "wife": true, "husband": true, "brother": true, "sister": true,
	"father": true, "mother": true, "nephew": true, "niece": true, "cousin": true, "widow": true, "uncle": true, "aunt": true,
	"grandson": true, "granddaughter": true, "stepson": true, "stepdaughter": true}

// quoteWordCounter returns what counts the words of an article's
// quotations. News quotations cover the text about once, and are counted
// one by one; a hostile article's thousands of quotations may each span
// most of one enormous sentence, and past a few times the text they are
// counted from where each word of the text starts, by binary search.
func quoteWordCounter(a *corpus.Article) func(corpus.Span) int {
	total := 0
	for _, q := range a.Quotes {
		total += max(0, q.Span.Len())
	}
	if total <= 4*len(a.Text)+4096 {
		return func(s corpus.Span) int { return countFields(a.Slice(s)) }
	}
	var starts []int // where each word of the text starts
	in := false
	for i, r := range a.Text {
		space := unicode.IsSpace(r)
		if !space && !in {
			starts = append(starts, i)
		}
		in = !space
	}
	boundary := func(i int) bool { return i <= 0 || i >= len(a.Text) || utf8.RuneStart(a.Text[i]) }
	return func(s corpus.Span) int {
		st, en := max(0, s.Start), min(len(a.Text), s.End)
		if st >= en || !boundary(st) || !boundary(en) {
			return countFields(a.Slice(s)) // rune by rune as the slice reads
		}
		// The words that start inside, and one that runs in from before.
		lo, _ := slices.BinarySearch(starts, st+1)
		hi, _ := slices.BinarySearch(starts, en)
		n := hi - lo
		if r, _ := utf8.DecodeRuneInString(a.Text[st:en]); !unicode.IsSpace(r) {
			n++
		}
		return n
	}
}

// countFields is len(strings.Fields(s)) without building the list: a long
// article has as many quotations as words to count in them.
func countFields(s string) int {
	n, in := 0, false
	for _, r := range s {
		space := unicode.IsSpace(r)
		if !space && !in {
			n++
		}
		in = !space
	}
	return n
}

// intentionVerbs report what a subject means to do, not what it says:
// "the EU plans to meet", "Tehran wants to talk".
var intentionVerbs = map[string]bool{
	"plan": true, "plans": true, "planned": true, "planning": true,
	"intend": true, "intends": true, "intended": true, "intending": true,
	"want": true, "wants": true, "wanted": true, "wanting": true,
	"aim": true, "aims": true, "aimed": true, "aiming": true,
}

// silenceVerbs, negated ("has not commented", "did not respond") or
// declined ("declined to comment"), report that someone said nothing.
var silenceVerbs = map[string]bool{
	"comment": true, "comments": true, "commented": true, "commenting": true,
	"respond": true, "responds": true, "responded": true, "responding": true,
	"reply": true, "replies": true, "replied": true, "replying": true,
	"elaborate": true, "elaborated": true, "discuss": true,
}

// refusalVerbs take a silence verb after "to": "declined to comment".
var refusalVerbs = map[string]bool{
	"decline": true, "declines": true, "declined": true, "declining": true,
	"refuse": true, "refuses": true, "refused": true, "refusing": true,
}

// recordNouns head a speaker phrase that is a recording or a document:
// "the footage showed", "satellite images show". What a recording shows is
// no one's voice, whoever made it.
var recordNouns = map[string]bool{
	"footage": true, "video": true, "videos": true, "image": true, "images": true, "imagery": true,
	"photo": true, "photos": true, "photograph": true, "photographs": true, "picture": true, "pictures": true,
	"recording": true, "recordings": true, "clip": true, "clips": true, "tape": true, "tapes": true,
}

// firstWordsBytes is how much of a quotation's words voicesNothing reads:
// room for "to" and the verb after it.
const firstWordsBytes = 64

// voicesNothing reports whether an attribution found in the text gives no
// one's voice, so the voices table leaves it out while the attribution
// stays for the rest of the analysis: an intention ("the EU plans to
// meet"), a silence ("the company has not commented", "declined to
// comment"), an impression or belief no one holds ("the changes seemed
// small") or what a recording shows ("the footage showed").
func voicesNothing(a *corpus.Article, q *Quotation) bool {
	verb := strings.ToLower(strings.TrimSpace(q.Verb))
	if i := strings.LastIndexByte(verb, ' '); i >= 0 {
		verb = verb[i+1:] // "has commented", "did not respond"
	}
	// Only the first two words count: a quotation's words may run to
	// megabytes in a page with no sentence ends, and are not read whole
	// for each quotation.
	content := a.Slice(corpus.Span{Start: q.Start, End: q.End})
	words := strings.Fields(strings.ToLower(content[:min(len(content), firstWordsBytes)]))
	toInfinitive := len(words) > 1 && words[0] == "to"
	switch {
	case q.Kind == corpus.QuoteIndirect && toInfinitive && (intentionVerbs[verb] || q.Act == corpus.ActOther && !q.Negated):
		return true
	case q.Negated && silenceVerbs[verb]:
		return true
	case refusalVerbs[verb] && toInfinitive && silenceVerbs[strings.TrimRight(words[1], ".,;:")]:
		return true
	case q.Speaker == "" && q.Kind == corpus.QuoteIndirect && q.Act == corpus.ActOther && !q.Negated:
		// "The changes seemed small", "He was believed to have resented
		// ...": an impression or a belief with no one who holds it is
		// the outlet's hedged word, no voice.
		return true
	}
	head := speakerWords(q.Speaker)
	return len(head) > 0 && recordNouns[strings.ToLower(head[len(head)-1])]
}

// namingVerbs take an object and a complement that names it: "Turkey
// considers the YPG a terrorist group", "Washington designated the group
// a terrorist organisation", "Erdogan has called the fighters
// terrorists", "regards them as occupiers", "was declared a terrorist
// group in 2002 by executive order". The complement is the
// subject's naming, not the outlet's.
var namingVerbs = map[string]bool{
	"consider": true, "considers": true, "considered": true, "considering": true,
	"deem": true, "deems": true, "deemed": true, "deeming": true,
	"label": true, "labels": true, "labeled": true, "labelled": true, "labeling": true, "labelling": true,
	"designate": true, "designates": true, "designated": true, "designating": true,
	"call": true, "calls": true, "called": true, "calling": true,
	"brand": true, "brands": true, "branded": true, "branding": true,
	"regard": true, "regards": true, "regarded": true, "regarding": true,
	"view": true, "views": true, "viewed": true, "viewing": true,
	"classify": true, "classifies": true, "classified": true, "classifying": true,
	"list": true, "lists": true, "listed": true,
	"dub": true, "dubs": true, "dubbed": true, "dubbing": true,
	"declare": true, "declares": true, "declared": true, "declaring": true,
}

// asNamingVerbs name only with "as": "regards them as occupiers", "views
// the group as a threat"; without it they are other verbs or nouns ("the
// official list of", "the Iranian view").
var asNamingVerbs = map[string]bool{
	"regard": true, "regards": true, "regarded": true, "regarding": true,
	"view": true, "views": true, "viewed": true, "viewing": true,
	"classify": true, "classifies": true, "classified": true, "classifying": true,
	"list": true, "lists": true, "listed": true,
}

// toBeNamingVerbs name through "to be": "which Norway considers to be a
// terrorist group", "deemed to be".
var toBeNamingVerbs = map[string]bool{
	"consider": true, "considers": true, "considered": true,
	"deem": true, "deems": true, "deemed": true,
	"declare": true, "declares": true, "declared": true,
}

// complementOpeners stand right before a naming verb's complement.
var complementOpeners = map[string]bool{"a": true, "an": true, "as": true, "be": true}

// notAfterNamingVerb, right after the verb, make it no naming: "called
// for", "called on", "views on".
var notAfterNamingVerb = map[string]bool{"for": true, "on": true, "off": true, "up": true, "upon": true, "in": true, "to": true, "out": true, "back": true}

// auxiliaries stand between a subject and its verb: "has called".
var auxiliaries = map[string]bool{"has": true, "have": true, "had": true, "does": true, "did": true, "do": true, "will": true, "would": true, "also": true, "long": true, "still": true, "officially": true, "formally": true}

// maxComplementReach is how many words may stand between a naming verb
// and the naming words: the object and "as".
const maxComplementReach = 6

// complementWindow is how many bytes before a naming word complementVoice
// reads: enough for a naming verb, its object and a relative clause
// between commas.
const complementWindow = 600

// complementVoice is the voice of words at start when they complement a
// naming verb whose subject is named: "Turkey considers the YPG [a
// terrorist group]" is a paraphrase of Turkey; "[terrorists], as the
// group is labelled by Ankara" of Ankara, by the passive's agent. The
// outlet's own words otherwise (ok false). buf holds the tokens read, kept
// for the next call: an article's every loaded word is read this way.
func complementVoice(a *corpus.Article, m *lexicon.Matcher, start int, buf *[]text.Token) (Voice, bool) {
	si := a.SentenceAt(start)
	if si < 0 || si >= len(a.Sentences) {
		return Voice{}, false
	}
	sent := a.Sentences[si]
	if start <= sent.Start || start > sent.End {
		return Voice{}, false
	}
	// Only the stretch before the word is read: the naming verb stands a
	// few words back (maxComplementReach), and reading from the
	// sentence's start for every word made a sentence without full stops
	// quadratic.
	from := max(sent.Start, start-complementWindow)
	if from > sent.Start {
		if k := strings.IndexByte(a.Text[from:start], ' '); k >= 0 {
			from += k + 1 // not inside a word
		} else {
			from = start
		}
	}
	toks := text.Tokens((*buf)[:0], a.Text[from:start])
	*buf = toks
	// The words are the tokens kept, filtered in place: each is written
	// no later than where it was read.
	words := toks[:0]
	comma := -1 // where the words after the last comma start, -1 when none
	for _, t := range toks {
		switch {
		case t.IsWord():
			words = append(words, t)
		case t.Form == ",":
			if comma >= 0 && comma < len(words) && relativeOpeners[strings.ToLower(words[comma].Form)] {
				// "considers Hamas, which rules Gaza, to be a terror
				// group": a relative clause between commas stands
				// inside the naming verb's object; the words before it
				// go on.
				words, comma = words[:comma], -1
				continue
			}
			if comma >= 0 {
				words = words[comma:]
			}
			comma = len(words)
		case strings.ContainsAny(t.Form, ".;:!?()\"“”—–"):
			words, comma = words[:0], -1 // a clause or quotation boundary
		}
	}
	if comma >= 0 {
		words = words[comma:] // the words after the last comma are the clause
	}
	n := len(words)
	if n == 0 || !complementOpeners[strings.ToLower(words[n-1].Form)] {
		// The complement opens with an article or "as" ("a terrorist
		// group", "as terrorists", "to be a threat"): words right after
		// a bare object ("called nationwide demonstrations") are the
		// object's.
		return Voice{}, false
	}
	for k := n - 1; k >= 0 && k >= n-1-maxComplementReach; k-- {
		verb := words[k].Form
		if !namingVerbs[verb] {
			continue // a capitalised verb is a headline's ("U.S. Considers Sending ...")
		}
		if k+1 < n {
			next := strings.ToLower(words[k+1].Form)
			// "consider ... to be a terrorist group" names; "called to be"
			// does not.
			toBe := next == "to" && k+2 < n && strings.EqualFold(words[k+2].Form, "be") && toBeNamingVerbs[verb]
			if !toBe && notAfterNamingVerb[next] || strings.HasSuffix(next, "ing") {
				return Voice{}, false // "called for", "considers joining"
			}
		}
		if asNamingVerbs[verb] && !slices.ContainsFunc(words[k+1:], func(t text.Token) bool { return strings.EqualFold(t.Form, "as") }) {
			return Voice{}, false
		}
		passive := k > 0 && beWord(strings.ToLower(words[k-1].Form))
		var speaker string
		switch {
		case passive:
			speaker = agentAfter(a, sent, start)
		case k+1 < n && !(k+2 == n && strings.EqualFold(words[k+1].Form, "as")):
			// An object stands between the verb and the naming words:
			// "considers [the YPG] a terrorist group"; right after the
			// verb they are its object ("called terrorists cowards").
			speaker = subjectBefore(words[:k])
		}
		if speaker == "" {
			return Voice{}, false
		}
		v := Voice{Kind: Paraphrase, Speaker: speaker}
		if g := m.ActorGroupOf(speaker); g != nil {
			v.Group, v.Label = g.ID, g.Label
		}
		if _, known := gazetteer.Default().Lookup(strings.TrimPrefix(speaker, "the ")); v.Group == "" && !known && len(strings.Fields(speaker)) < 2 {
			// "Despite dubbing ...", "Analysts called it ...": one
			// capitalised word that no list knows may open the sentence
			// without naming anyone.
			return Voice{}, false
		}
		return v, true
	}
	return Voice{}, false
}

// relativeOpeners open a relative clause set off by commas inside a
// noun phrase: "Hamas, which rules Gaza,".
var relativeOpeners = map[string]bool{"which": true, "who": true, "whose": true, "whom": true}

// beWord reports whether w is a form of "be": before a participle, a
// passive.
func beWord(w string) bool {
	switch w {
	case "is", "are", "was", "were", "be", "been", "being":
		return true
	}
	return false
}

// subjectBefore is the name right before a verb (auxiliaries between):
// a run of capitalised words, with "the" before it ("the State
// Department"), or nothing.
func subjectBefore(words []text.Token) string {
	k := len(words)
	for k > 0 && auxiliaries[strings.ToLower(words[k-1].Form)] {
		k--
	}
	end := k
	for k > 0 && (text.Capitalised(words[k-1].Form) || k > 1 && k < end && strings.EqualFold(words[k-1].Form, "and") && text.Capitalised(words[k-2].Form)) {
		k-- // "the United States and Israel regard ... as"
	}
	the := k > 0 && strings.EqualFold(words[k-1].Form, "the")
	for k < end && stopwords[strings.ToLower(words[k].Form)] {
		// "They consider ...", "On Monday Turkey called ...": a
		// function word that opens the sentence is no part of a name.
		the = strings.EqualFold(words[k].Form, "the")
		k++
	}
	if k == end {
		return ""
	}
	name := make([]string, 0, end-k+1)
	if the {
		name = append(name, "the")
	}
	for _, w := range words[k:end] {
		name = append(name, w.Form)
	}
	return strings.Join(name, " ")
}

// agentAfter is the passive's agent after the naming words in the same
// sentence: "by Turkey", "by the United States", or nothing.
func agentAfter(a *corpus.Article, sent corpus.Span, from int) string {
	rest := a.Text[from:sent.End]
	toks := text.Tokens(nil, rest)
	for i := 0; i < len(toks) && i < 24; i++ {
		t := toks[i]
		if !t.IsWord() {
			if strings.ContainsAny(t.Form, ",;:") {
				return ""
			}
			continue
		}
		if !strings.EqualFold(t.Form, "by") {
			continue
		}
		var name []string
		for j := i + 1; j < len(toks); j++ {
			w := toks[j]
			if !w.IsWord() {
				break
			}
			if len(name) == 0 && strings.EqualFold(w.Form, "the") {
				name = append(name, "the")
				continue
			}
			if !text.Capitalised(w.Form) {
				break
			}
			name = append(name, w.Form)
		}
		if len(name) > 0 && name[len(name)-1] != "the" {
			return strings.Join(name, " ")
		}
		return ""
	}
	return ""
}

// negatedOpeners follow a negation that keeps a category from applying to
// what the sentence names: "is not a terrorist group", "not on any list
// of", "has never been designated", "is not among the".
var negatedOpeners = map[string]bool{
	"a": true, "an": true, "on": true, "among": true, "any": true, "one": true, "part": true, "been": true, "be": true,
	"considered": true, "designated": true, "listed": true, "labeled": true, "labelled": true, "called": true, "deemed": true,
	"officially": true, "formally": true,
}

// maxNamingNegationReach is how many words before a naming a negation that
// denies it may stand: "not on any official U.S. list of [terrorist]".
const maxNamingNegationReach = 8

// negatedCategory reports whether the naming words at start stand under a
// negation in their clause that denies the category applies: "a local
// group that is not on any official list of terrorist organizations",
// "the movement is not a terrorist group", "no militants were involved".
// A negation of another verb ("did not stop the militants") leaves the
// naming standing, and so does a naming past the negated complement's
// end ("not a secret that the terrorists ...").
func negatedCategory(a *corpus.Article, start int) bool {
	si := a.SentenceAt(start)
	if si < 0 || si >= len(a.Sentences) {
		return false
	}
	sent := a.Sentences[si]
	if start <= sent.Start || start > sent.End {
		return false
	}
	var words []string
	for _, t := range text.Tokens(nil, a.Text[sent.Start:start]) {
		switch {
		case t.IsWord():
			words = append(words, strings.ToLower(t.Form))
		case strings.ContainsAny(t.Form, ",;:()\"“”—–"):
			words = words[:0] // a clause or quotation boundary
		}
	}
	for k := len(words) - 1; k >= 0 && k >= len(words)-maxNamingNegationReach; k-- {
		w := words[k]
		if w != "not" && w != "never" && w != "no" && !strings.HasSuffix(w, "n't") {
			continue
		}
		if k == len(words)-1 {
			return true // "no militants were involved"
		}
		next := words[k+1]
		if next == "be" || next == "been" {
			// "is not a", "has never been designated": "be" opens the
			// complement only with an opener after it; "will not be
			// intimidated by terrorists", "has never been anything but
			// a terrorist group" deny no category.
			if k+2 >= len(words) || !negatedOpeners[words[k+2]] || words[k+2] == "be" || words[k+2] == "been" {
				return false
			}
		}
		if !negatedOpeners[next] {
			return false
		}
		for _, w := range words[k+1:] {
			if negationStops[w] {
				return false // "It is not a secret that the terrorists ..."
			}
		}
		return true
	}
	return false
}

// negationStops between a negation and a naming end the negated
// complement: the naming stands in a clause or a phrase of its own ("not
// a day passes without terrorists", "not a secret that the terrorists",
// "nothing but terrorists", "not be intimidated by terrorists").
var negationStops = map[string]bool{
	"but": true, "that": true, "without": true, "by": true, "than": true, "except": true,
	"which": true, "who": true, "when": true, "while": true, "because": true, "if": true, "unless": true,
}

// paraphraseSides collects, per outlet and label (or naming rule), whose
// words carry it: the outlet's narration, or the named sides it
// paraphrases. A paraphrase keeps the speaker's word as often as the
// outlet's: "officials said most of the dead were Hamas terrorists" is the
// officials' naming. A label the outlet also writes in its narration, or
// into the paraphrases of two named sides ("the White House says the US
// and the Israeli occupation ...", "a former Israeli ambassador said ...
// the Israeli occupation"), is no one speaker's word, so it is the
// outlet's.
type paraphraseSides map[[2]string]map[string]bool

// add records one use of label by outlet in voice v (own or paraphrase).
func (p *paraphraseSides) add(outlet, label string, v Voice) {
	side := sideKey(v)
	if side == "" {
		return // an unnamed speaker may be any side, the outlet's too
	}
	if *p == nil {
		*p = paraphraseSides{}
	}
	k := [2]string{outlet, label}
	if (*p)[k] == nil {
		(*p)[k] = map[string]bool{}
	}
	(*p)[k][side] = true
}

// outletsWord reports whether the outlet's paraphrases of label are its
// own word: written in its narration too, or for two named sides.
func (p paraphraseSides) outletsWord(outlet, label string) bool {
	m := p[[2]string{outlet, label}]
	return m["own"] || len(m) >= 2
}

// sideKey is whose words a use is, for paraphraseSides: "own" for the
// narration, the speaker's actor group, else the speaker's surname (the
// last capitalised word: "Ruben Castell" and "Castell" are one side), or
// "" for a speaker with no name ("officials", "the spokesman").
func sideKey(v Voice) string {
	switch {
	case v.Kind == Own:
		return "own"
	case v.Group != "":
		return "group:" + v.Group
	}
	ws := speakerWords(v.Speaker)
	for k := len(ws) - 1; k >= 0; k-- {
		if w := ws[k]; text.Capitalised(w) && !isTitle(strings.ToLower(w)) && !(k == 0 && isArticle(w)) {
			if n := text.PossessiveLen(w); n > 0 {
				w = w[:len(w)-n]
			}
			return "name:" + strings.ToLower(w)
		}
	}
	return ""
}
