package framing

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/text"
)

// The matter of an act ("Iran supplied drones to Russia" for Iran's
// denial) can be carried in other ways than the act itself: an outlet may
// state it in its own voice, hedge it ("reportedly"), or attribute it to
// someone. What each outlet does with it is the claim's status there.

// The claim statuses, from the outlet's point of view.
const (
	StatusCarries    = "carries the act"
	StatusReworded   = "reports the same side on the matter without the act"
	StatusAsserted   = "asserts the matter in its own voice"
	StatusHedged     = "hedges the matter"
	StatusAttributed = "attributes the matter"
	StatusAbsent     = "absent"
)

// ClaimStatus is what one outlet does with the matter of an act.
type ClaimStatus struct {
	Status string `json:"status"`
	// Speakers are whom the outlet attributes the matter to, when it does.
	Speakers []string   `json:"speakers,omitempty"`
	Evidence []Evidence `json:"evidence,omitempty"`
}

// hedgeWords in an own-voice sentence make it hedged.
var hedgeWords = map[string]bool{"reportedly": true, "allegedly": true, "purportedly": true, "apparently": true,
	"alleged": true, "reported": true, "supposedly": true, "possibly": true, "may": true, "might": true}

// passiveHedges are the participles of a hedge in the passive, "is
// believed to have used", "are thought to be", "was said to have fled":
// the outlet reports an unnamed belief, not a fact of its own.
var passiveHedges = map[string]bool{"believed": true, "thought": true, "said": true, "suspected": true, "understood": true, "rumored": true, "rumoured": true}

// passiveHedge reports whether word k of toks (an analyzer's tokens) is
// one of passiveHedges between a form of "be" and "to".
func passiveHedge(toks []text.Token, k int) bool {
	if !passiveHedges[toks[k].Lower] || k == 0 || k+2 >= len(toks) || toks[k+1].Lower != "to" || !verbAfterTo(toks[k+2]) {
		return false
	}
	switch toks[k-1].Lower {
	case "is", "are", "was", "were", "be", "been", "being":
		return true
	}
	return false
}

// verbAfterTo reports whether the word after a hedge's "to" may be the
// verb it hedges ("believed to have used", "said to control"), not a
// hearer ("said to reporters", "said to the press").
func verbAfterTo(t text.Token) bool {
	if t.Kind != text.Word || stopwords[t.Lower] && t.Lower != "be" && t.Lower != "have" || text.Capitalised(t.Form) {
		return false // "said to reporters", "said to Netanyahu"
	}
	return !strings.HasSuffix(t.Lower, "s") || t.Lower == "possess" || t.Lower == "discuss"
}

// sentenceFacts is a sentence of the story as the status search reads it.
type sentenceFacts struct {
	ai, si int
	stems  map[string]bool
	voice  Voice
	actor  string
	// side is whom the sentence's words are from as an act cluster
	// gathers them: the speaker's affiliation, or the actor when none is
	// known.
	side string
	// verb is the reporting verb of the quotation that covers the
	// sentence, in lower case ("" for the outlet's own sentence).
	verb   string
	hedged bool
}

// storySentences reads every sentence of the story once: its content
// stems, its voice (the quotation covering most of it) and whether it is
// hedged.
func (c *Comparison) storySentences() []sentenceFacts {
	if c.sentences != nil {
		return c.sentences
	}
	n := 0
	for _, an := range c.Articles {
		n += len(an.Article.Sentences)
	}
	out := make([]sentenceFacts, 0, n)
	var toks []text.Token
	var best []int   // per sentence of the article, the overlap of its voice's quotation
	var chosen []int // per sentence, 1 + the index of that quotation, 0 for none
	for ai, an := range c.Articles {
		a := an.Article
		az := c.analyzer(a.Language)
		first := len(out)
		for si, s := range a.Sentences {
			sf := sentenceFacts{ai: ai, si: si, stems: map[string]bool{}, voice: Voice{Kind: Own}}
			toks = az.Tokens(toks[:0], a.Slice(s))
			for k, t := range toks {
				if t.Kind != text.Word {
					continue
				}
				if hedgeWords[t.Lower] || passiveHedge(toks, k) {
					sf.hedged = true
				}
				if !stopwords[t.Lower] && len(t.Lower) >= 3 {
					sf.stems[t.Stem] = true
					if g, ok := matterGroups[t.Stem]; ok {
						sf.stems[g] = true
					}
				}
			}
			out = append(out, sf)
		}
		// Each quotation visits only the sentences it overlaps (the
		// sentences are in text order and disjoint), so a long article's
		// cost is linear rather than sentences times quotations. Quotations
		// are visited in order, so the first of equal overlaps wins.
		best = append(best[:0], make([]int, len(a.Sentences))...)
		chosen = append(chosen[:0], make([]int, len(a.Sentences))...)
		for qi, q := range an.Quotations {
			if q.inner {
				continue
			}
			for si := sort.Search(len(a.Sentences), func(i int) bool { return a.Sentences[i].End > q.Start }); si < len(a.Sentences) && a.Sentences[si].Start < q.End; si++ {
				s := a.Sentences[si]
				if ov := min(q.End, s.End) - max(q.Start, s.Start); ov > best[si] && 2*ov >= s.Len() {
					best[si] = ov
					chosen[si] = qi + 1
					sf := &out[first+si]
					sf.voice = Voice{Kind: voiceKindOf(q), Speaker: q.Speaker, Group: q.Group, Label: q.Label}
					sf.actor, sf.side, sf.verb = q.Actor, actSide(q), strings.ToLower(q.Verb)
				}
			}
		}
		// A layered report ("A local radio station reported that the
		// police chief said ...") relays the inner speaker's words: the
		// outlet attributes the matter to the inner speaker through the
		// outer one, "police chief via local radio station". The outer
		// attribution covers more of the sentence, so it was chosen above.
		// An inner layer that the outer denies or does not assert
		// (unasserted) stays the outer's alone.
		for qi, q := range an.Quotations {
			if q.outer <= 0 || q.inner || q.Unasserted || q.Sentence < 0 || q.Sentence >= len(chosen) || chosen[q.Sentence] != q.outer {
				continue
			}
			sf := &out[first+q.Sentence]
			sf.voice = Voice{Kind: voiceKindOf(q), Speaker: q.Speaker, Group: q.Group, Label: q.Label}
			sf.actor = relayedActor(q.Actor, sf.actor) // sf.actor is the outer layers' chain
			sf.side, sf.verb = actSide(q), strings.ToLower(q.Verb)
			chosen[q.Sentence] = qi + 1 // a further layer relays through this one
		}
	}
	c.sentences = out
	return out
}

// actSide is whom an attribution's words are from as act clusters gather
// them: the affiliation, else the person or body the speaker speaks for
// as an agent (resolveSides), else the actor.
func actSide(q Quotation) string {
	if q.Affiliation != "" {
		return q.Affiliation
	}
	if q.side != "" {
		return q.side // "Peter Roe, a spokesman for the special counsel," speaks for the counsel
	}
	return q.Actor
}

// relayedActor names the source of a layered report's words for the
// status of a matter: the inner actor through the outer one ("police chief
// via local radio station"), or whichever of the two is known.
func relayedActor(inner, outer string) string {
	switch {
	case inner == "" || inner == outer:
		return outer
	case outer == "":
		return inner
	}
	return inner + " via " + outer
}

// analyzer is the comparison's analyzer for a language, kept so that each
// word form is lower-cased and stemmed once per story.
func (c *Comparison) analyzer(language string) *text.Analyzer {
	if c.analyzers == nil {
		c.analyzers = map[string]*text.Analyzer{}
	}
	az := c.analyzers[language]
	if az == nil {
		az = text.NewAnalyzer(language)
		c.analyzers[language] = az
	}
	return az
}

// matterStems are the stems an act's matter is recognised by: its
// cluster's words, a word of a matterGroups group as its group, each
// once.
func matterStems(az *text.Analyzer, cl *ActCluster) []string {
	out := make([]string, 0, len(cl.Words))
	for _, w := range cl.Words {
		_, stem := az.Forms(w)
		if g, ok := matterGroups[stem]; ok {
			stem = g
		}
		if !slices.Contains(out, stem) {
			out = append(out, stem)
		}
	}
	return out
}

// matterGroups joins stems that report one fact whichever an outlet
// writes, so that a matter is found in other words: "Iran supplied
// drones" and "Iranian sales of drones"; "two were killed" and "two
// deaths"; "wounded" and "injured"; "quadrupled its production" and
// "increased production fourfold". A sentence holds the group's key
// ("=" and the group) beside the stem.
var matterGroups = func() map[string]string {
	m := map[string]string{}
	for group, stems := range map[string][]string{
		"=transfer": {"suppli", "provid", "sale", "sell", "sold", "deliv", "deliveri", "transfer", "ship", "shipment"},
		"=death":    {"kill", "die", "death", "dead", "fatal"},
		"=injury":   {"wound", "injur", "injuri"},
		// Only words that say a change of quantity and little else:
		// "raised concerns", "cut ties", "dropped the charges" and "the
		// fall of the city" are other facts.
		"=increase": {"increas", "rise", "rose", "risen", "boost", "doubl", "tripl", "quadrupl", "twofold", "threefold", "fourfold", "surg"},
		"=decrease": {"decreas", "reduc", "halv", "shrink", "shrank", "declin"},
	} {
		for _, st := range stems {
			m[st] = group
		}
	}
	return m
}()

// claimStatus fills each act cluster's status per outlet: whether the
// outlet carries the act, reports the same side on its matter in other
// words, or (for the acts that answer or make an accusation: deny,
// accuse, admit, confirm) asserts, hedges or attributes the matter.
func (c *Comparison) claimStatus() {
	var sents []sentenceFacts
	for i := range c.Acts {
		cl := &c.Acts[i]
		// A denial, accusation, admission or confirmation has a matter an
		// outlet can also assert, hedge or attribute; of any other act
		// (a warning, a demand) only its side's words on it in another
		// verb count.
		matter := false
		switch cl.Act {
		case corpus.ActDeny, corpus.ActAccuse, corpus.ActAdmit, corpus.ActConfirm:
			matter = true
		}
		if sents == nil {
			sents = c.storySentences()
		}
		stems := matterStems(c.analyzer("english"), cl)
		// A sentence holds the matter, not only the story's topic, when
		// it holds most of the weight of the matter's words by their
		// rarity in the story (two of four words, "rocket fire", are in
		// every sentence of a war's report); a matter of one word ("the
		// claim") says too little to be found in other words.
		need := max(min(2, len(stems)), (len(stems)+1)/2) // a cheap first test: half the words, at least two
		weights, total := c.matterWeights(sents, stems)
		cl.Status = map[string]ClaimStatus{}
		for _, o := range c.Outlets {
			if _, ok := cl.Present[o]; ok {
				cl.Status[o] = ClaimStatus{Status: StatusCarries}
				continue
			}
			st := ClaimStatus{Status: StatusAbsent}
			rank := 0
			speakers := map[string]bool{}
			for _, sf := range sents {
				if c.Articles[sf.ai].Outlet != o || len(stems) < minMatterWords || !holdsStems(sf.stems, stems, need) {
					continue
				}
				held := heldWeight(sf.stems, stems, weights)
				// The outlet's own sentence may still carry the matter as a
				// speaker's words, a short reported clause with its speaker
				// and cue beside it.
				if sf.voice.Kind == Own {
					if v, q, ok := c.taggedVoice(sf, stems, need); ok {
						sf.voice, sf.actor, sf.side, sf.verb = v, q.Actor, actSide(q), strings.ToLower(q.Verb) // (a copy: sents stays as read)
					}
				}
				// Under matterShare, the sentence holds the matter only as
				// the act's own side's words, and only with most of the
				// words by count: the side itself narrows it, but two
				// common words of four ("clear", "involvement") are any
				// statement of a side as large as a party.
				sideOnly := held < matterShare*total
				if sideOnly && (held < sideMatterShare*total || !holdsStems(sf.stems, stems, len(stems)/2+1) || !plainReport(sf.verb)) {
					continue
				}
				r, status := statusRank[StatusAttributed], StatusAttributed
				if sf.voice.Kind == Own {
					r, status = statusRank[StatusAsserted], StatusAsserted
					if sf.hedged {
						r, status = statusRank[StatusHedged], StatusHedged
					}
				}
				if status == StatusAttributed && sf.side != "" && strings.EqualFold(sf.side, cl.Who) && c.samePolarity(cl.Act, sf) {
					// The act's own side on its matter, in words the
					// finder read as no such act ("Iran said it had sent
					// no drones" beside "Iran denied sending drones"):
					// the outlet carries the side, not the act.
					r, status = statusRank[StatusReworded], StatusReworded
				} else if !matter || sideOnly {
					continue
				}
				ev := c.sentenceEvidenceAt(sf.ai, sf.si, sf.voice)
				switch {
				case r > rank:
					rank, st = r, ClaimStatus{Status: status, Evidence: []Evidence{ev}}
					clear(speakers)
				case r == rank:
					st.Evidence = append(st.Evidence, ev)
				}
				if r == rank && sf.actor != "" {
					speakers[sf.actor] = true
				}
			}
			if st.Status == StatusReworded && len(speakers) == 0 {
				speakers[cl.Who] = true // the side itself, when no actor is named
			}
			if st.Status == StatusAttributed || st.Status == StatusReworded {
				for s := range speakers {
					st.Speakers = append(st.Speakers, s)
				}
				sort.Strings(st.Speakers)
			}
			cl.Status[o] = st
		}
	}
	c.kindredActs(sents)
}

// kindredActs gives an outlet that does not carry an act, and reports
// nothing of its side on the matter, the status "reworded" when it carries
// a kindred act (actFamily) of the same side on the same matter: CNN's
// "Republicans, who accuse it of not bolstering security" beside another
// outlet's "Republicans have criticized the level of embassy security" is
// one side's blame in two verbs, and "CNN does not carry the
// condemnation" would misread it. The two are one matter when one
// sentence carries both (shareSentence), whatever targets the two were
// read with, or by their words when their targets agree:
// carriedInOtherForms already counts the kindred act as the act itself
// when the two share sharedFormStems rare stems; here one rare stem (in at
// most rareFormShare of the story's sentences, or in two) and one more
// stem of any kind is enough for the weaker finding, the side reported
// without the act. Two acts of one side aimed at two different targets,
// or sharing only the story's common words, stay apart. An act tied by a
// sentence to a kindred act carried wherever it is and in more outlets is
// that act in another verb, and is marked subsumed: its difference would
// repeat the other's.
func (c *Comparison) kindredActs(sents []sentenceFacts) {
	var rarity *stemRarity
	for i := range c.Acts {
		a := &c.Acts[i]
		if actFamily[a.Act] == "" {
			continue
		}
		for _, o := range c.Outlets {
			if st := a.Status[o]; st.Status != StatusAbsent && st.Status != StatusAttributed {
				continue
			}
			for j := range c.Acts {
				b := &c.Acts[j]
				ev, ok := b.Present[o]
				if i == j || !ok || actFamily[b.Act] != actFamily[a.Act] || !strings.EqualFold(a.Who, b.Who) {
					continue
				}
				if c.shareSentence(a, b) {
					a.Status[o] = ClaimStatus{Status: StatusReworded, Speakers: []string{a.Who}, Evidence: slices.Clone(ev)}
					a.subsumed = a.subsumed || len(b.Present) > len(a.Present) && carriedWherever(a, b)
					break
				}
				if a.Target != "" && b.Target != "" && !strings.EqualFold(a.Target, b.Target) {
					continue
				}
				if rarity == nil {
					rarity = newStemRarity(sents)
				}
				shared, rare := 0, 0
				for st := range a.stems {
					if b.stems[st] {
						shared++
						if rarity.rare(st, rareFormShare) {
							rare++
						}
					}
				}
				if (rare == 0 || shared < 2) && !sharesLead(a, b) {
					continue // neither rare words nor the matter both keep returning to
				}
				a.Status[o] = ClaimStatus{Status: StatusReworded, Speakers: []string{a.Who}, Evidence: slices.Clone(ev)}
				break
			}
		}
	}
}

// sharesLead reports whether two acts keep returning to one matter: a stem
// among the ones each act's attributions share most.
func sharesLead(a, b *ActCluster) bool {
	for st := range a.leads {
		if b.leads[st] {
			return true
		}
	}
	return false
}

// stemRarity counts, for each content stem, the story's sentences that
// hold it, to tell an act's rare words from the story's common ones.
type stemRarity struct {
	df    map[string]int
	sents int
}

// newStemRarity counts the stems of the story's sentences.
func newStemRarity(sents []sentenceFacts) *stemRarity {
	r := &stemRarity{df: map[string]int{}, sents: len(sents)}
	for _, sf := range sents {
		for st := range sf.stems {
			r.df[st]++
		}
	}
	return r
}

// rare reports whether stem st stands in at most share of the story's
// sentences, or in two (the acts' own).
func (r *stemRarity) rare(st string, share float64) bool {
	return float64(r.df[st]) <= max(2, share*float64(r.sents))
}

// carriedWherever reports whether every outlet that carries act a
// carries act b.
func carriedWherever(a, b *ActCluster) bool {
	for o := range a.Present {
		if _, ok := b.Present[o]; !ok {
			return false
		}
	}
	return true
}

// shareSentence reports whether one sentence carries both acts, the one
// elaborating the other in a participle after a comma: "The prime
// minister denounced the president, accusing him of violating the
// constitution" writes one blame as a condemnation and an accusation, so
// outlets with only the accusation report the condemnation's matter. Two
// acts joined by "and" ("condemned the bill and accused the governor of
// ...") may be two matters.
func (c *Comparison) shareSentence(a, b *ActCluster) bool {
	sentenceOf := func(e Evidence) [2]int {
		ss := c.Articles[e.Article].Article.Sentences
		return [2]int{e.Article, sort.Search(len(ss), func(i int) bool { return ss[i].End > e.Start })}
	}
	in := map[[2]int]bool{}
	for _, evs := range a.Present {
		for _, e := range evs {
			in[sentenceOf(e)] = true
		}
	}
	for _, evs := range b.Present {
		for _, e := range evs {
			if k := sentenceOf(e); in[k] && c.participleAct(k[0], k[1], a.Act, b.Act) {
				return true
			}
		}
	}
	return false
}

// participleAct reports whether sentence si of article ai holds an act of
// kind x or y cued by a participle after a comma (", accusing him of").
func (c *Comparison) participleAct(ai, si int, x, y corpus.Act) bool {
	a := c.Articles[ai].Article
	if si >= len(a.Sentences) {
		return false
	}
	s := a.Sentences[si]
	for _, q := range c.Articles[ai].Quotations {
		if q.cue.Start < s.Start || q.cue.End > s.End || q.cue.End <= q.cue.Start || q.Act != x && q.Act != y {
			continue
		}
		if strings.HasSuffix(strings.ToLower(q.Verb), "ing") && strings.HasSuffix(strings.TrimSpace(a.Text[s.Start:q.cue.Start]), ",") {
			return true
		}
	}
	return false
}

// Bounds on taggedVoice's reading of one sentence: a sentence with no
// full stop may hold thousands of attributions, each running to its end.
const (
	maxTaggedQuotations = 16  // quotations read per sentence
	maxTaggedBytes      = 600 // bytes of each one's words read
)

// taggedVoice finds, in a sentence the outlet says in its own voice (no
// quotation covers half of it), an attribution whose words hold the
// matter's stems and whose speaker and cue stand in the same sentence:
// "Police Chief Ray Ortiz told a radio station that the fire was arson",
// or a short quotation with a long speaker phrase. The matter is then
// that speaker's, though the reported words are short. Matter outside
// the words ("The fire was arson, and the owner, who said he was away,
// ...") stays the outlet's own.
func (c *Comparison) taggedVoice(sf sentenceFacts, stems []string, need int) (Voice, Quotation, bool) {
	an := c.Articles[sf.ai]
	a := an.Article
	s := a.Sentences[sf.si]
	az := c.analyzer(a.Language)
	var toks []text.Token
	read := 0
	for _, q := range an.Quotations {
		if q.Start >= s.End || read >= maxTaggedQuotations {
			break
		}
		if q.End <= s.Start || q.inner || q.Unasserted || q.Kind == corpus.QuoteScare ||
			q.SpeakerEnd <= q.SpeakerStart || q.SpeakerStart < s.Start || q.SpeakerEnd > s.End ||
			q.cue.End <= q.cue.Start || q.cue.Start < s.Start || q.cue.End > s.End {
			continue
		}
		read++
		lo, hi := max(q.Start, s.Start), min(q.End, s.End)
		if hi-lo > maxTaggedBytes {
			hi = lo + maxTaggedBytes
			for hi > lo && !utf8.RuneStart(a.Text[hi]) {
				hi--
			}
		}
		toks = az.Tokens(toks[:0], a.Text[lo:hi])
		words := map[string]bool{}
		for _, t := range toks {
			if t.Kind == text.Word {
				words[t.Stem] = true
			}
		}
		if holdsStems(words, stems, need) {
			return Voice{Kind: voiceKindOf(q), Speaker: q.Speaker, Group: q.Group, Label: q.Label}, q, true
		}
	}
	return Voice{}, Quotation{}, false
}

// Of an act's matter words, a sentence must hold at least matterShare of
// their weight, and there must be minMatterWords of them, to carry the
// matter.
const (
	matterShare    = 0.7
	minMatterWords = 2
)

// plainReportVerbs report a side's words or view without an act of their
// own: only they carry an act's matter in fewer of its words ("Mr. Roe
// said the board believes ..."); "Republicans praised the harbour master
// for publishing the audit" is an act of its own on the same words, not
// their accusation in other words.
var plainReportVerbs = map[string]bool{"said": true, "says": true, "say": true, "told": true, "tells": true, "added": true, "adds": true,
	"stated": true, "states": true, "believes": true, "believe": true, "believed": true, "thinks": true, "think": true, "thought": true,
	"maintained": true, "maintains": true, "insisted": true, "insists": true, "explained": true, "explains": true, "noted": true, "notes": true,
	"according to": true, "argued": true, "argues": true, "wrote": true, "writes": true}

// plainReport reports whether a reporting verb, as the finder wrote it
// with its hearer or particle ("told reporters", "said in a statement"),
// is one of plainReportVerbs.
func plainReport(verb string) bool {
	if plainReportVerbs[verb] {
		return true
	}
	first, _, _ := strings.Cut(verb, " ")
	return plainReportVerbs[first]
}

// sideMatterShare is the weight of an act's matter words a sentence of
// the act's own side must hold to report it in other words: "Mr. Roe said
// the government believes the pier fell through poor planning by the
// harbour commanders" beside "the government acknowledged breakdowns in
// harbour command and planning". The side speaking narrows the sentence
// to its own words, which a matter alone, in anyone's voice, is not.
const sideMatterShare = 0.5

// statusRank orders what an outlet does with an act's matter, the
// strongest contrast last: the outlet's own assertion outranks a hedge,
// which outranks the act's side reported in other words, which outranks
// someone else's words on it.
var statusRank = map[string]int{StatusAttributed: 1, StatusReworded: 2, StatusHedged: 3, StatusAsserted: 4}

// samePolarity reports whether a sentence reporting an act's side on its
// matter agrees with the act: a denial's side must deny or negate ("said
// it had sent no drones"), an admission's or a confirmation's must not;
// an accusation, a warning or a demand may be worded either way ("would
// not hesitate to close the strait" is a threat to close it), so a side
// saying its opposite ("the dam would not fail" beside a warning that it
// would) is not told apart.
func (c *Comparison) samePolarity(act corpus.Act, sf sentenceFacts) bool {
	switch act {
	case corpus.ActDeny, corpus.ActAdmit, corpus.ActConfirm:
	default:
		return true
	}
	a := c.Articles[sf.ai].Article
	negated := false
	for _, t := range c.analyzer(a.Language).Tokens(nil, a.Slice(a.Sentences[sf.si])) {
		if t.Kind == text.Word && (t.Lower == "not" || t.Lower == "never" || t.Lower == "no" || t.Lower == "nor" || strings.HasSuffix(t.Lower, "n't") || denialStems[t.Stem]) {
			negated = true
			break
		}
	}
	return negated == (act == corpus.ActDeny)
}

// denialStems deny what they report: "rejected the claims", "dismissed
// the reports", "a false accusation", "baseless".
var denialStems = map[string]bool{"deni": true, "denial": true, "reject": true, "dismiss": true, "refut": true, "fals": true, "baseless": true}

// matterWeights weighs each of a matter's stems by its rarity among the
// story's sentences, log((n+1)/df), and sums the weights.
func (c *Comparison) matterWeights(sents []sentenceFacts, stems []string) ([]float64, float64) {
	weights := make([]float64, len(stems))
	total := 0.0
	for k, st := range stems {
		df := 1
		for _, sf := range sents {
			if sf.stems[st] {
				df++
			}
		}
		weights[k] = math.Log(float64(len(sents)+1) / float64(df))
		total += weights[k]
	}
	return weights, total
}

// heldWeight sums the weights of the stems a sentence holds.
func heldWeight(set map[string]bool, stems []string, weights []float64) float64 {
	w := 0.0
	for k, st := range stems {
		if set[st] {
			w += weights[k]
		}
	}
	return w
}

// holdsStems reports whether at least need of stems are in set.
func holdsStems(set map[string]bool, stems []string, need int) bool {
	n := 0
	for _, s := range stems {
		if set[s] {
			n++
		}
	}
	return n >= need
}

// sentenceEvidenceAt is sentence si of article ai as evidence.
func (c *Comparison) sentenceEvidenceAt(ai, si int, v Voice) Evidence {
	s := c.Articles[ai].Article.Sentences[si]
	return c.evidence(ai, s.Start, s.End, v)
}

// statusNote says in a sentence what an outlet that does not carry an act
// does with its matter: "The Jerusalem Post attributes the matter to Ned
// Price instead (2 sentences).", or "" when it leaves it out.
func statusNote(outlet string, act corpus.Act, st ClaimStatus) string {
	n := plural(len(st.Evidence), "sentence", "sentences")
	switch st.Status {
	case StatusAsserted, StatusHedged:
		return fmt.Sprintf("%s %s instead (%s).", outlet, st.Status, n)
	case StatusReworded:
		return fmt.Sprintf("%s reports %s on the matter without calling it %s (%s).", outlet, strings.Join(st.Speakers, " and "), actWithArticle[act], n)
	case StatusAttributed:
		to := ""
		if len(st.Speakers) > 0 {
			to = " to " + strings.Join(st.Speakers, " and ")
		}
		return fmt.Sprintf("%s %s%s instead (%s).", outlet, st.Status, to, n)
	}
	return ""
}

// actWithArticle names the clustered acts with their article, for the
// notes.
var actWithArticle = map[corpus.Act]string{
	corpus.ActClaim: "a claim", corpus.ActDeny: "a denial", corpus.ActAccuse: "an accusation", corpus.ActAdmit: "an admission",
	corpus.ActConfirm: "a confirmation", corpus.ActWarn: "a warning", corpus.ActThreaten: "a threat", corpus.ActCondemn: "a condemnation",
	corpus.ActDemand: "a demand", corpus.ActPromise: "a promise", corpus.ActQuestion: "a question",
}

// baseHeadline ranks a headline that asserts what its body attributes
// among the unique-content differences: a framing choice of one article,
// weaker evidence than an act one outlet leaves out.
const baseHeadline = 0.45

// KindHeadline is a headline that states in the outlet's own voice what
// the article's body only attributes to someone.
const KindHeadline Kind = "headline"

// attributesInHeadline reports whether an article's headline names a
// speaker and a cue of its own ("Mayor Who Closed the Harbour Says Claim
// He Closed It Is 'False'"): a long speaker phrase can leave the words
// under half the headline, which then reads as the outlet's voice, but
// a headline that opens with its speaker asserts nothing the body
// attributes. One that attributes only a clause ("Iran supplied drones
// to Russia as Putin says the war will go on") still asserts the rest.
func attributesInHeadline(an *Analysis) bool {
	ts := an.Article.TitleSpan
	for _, q := range an.Quotations {
		if q.Kind == corpus.QuoteScare || q.Speaker == "" || q.SpeakerStart < ts.Start || q.SpeakerStart >= ts.End || q.Start < ts.Start || q.Start >= ts.End {
			continue
		}
		// The headline opens with its speaker, or with the quotation that
		// names its speaker after it ("'Great day,' Rivera says as ...").
		if strings.TrimSpace(an.Article.Text[ts.Start:q.SpeakerStart]) == "" || strings.Trim(an.Article.Text[ts.Start:q.Start], headlineTrim) == "" {
			return true
		}
	}
	return false
}

// quotesHeadline reports whether sentence si of an article quotes the
// article's own headline word for word, with no speaker ("Our original
// post — \"Petraeus Facing Questions\":"): the page naming a post by its
// title, which attributes the headline to no one. A speaker's words that
// the headline repeats ("\"Iran supplied drones,\" US officials said")
// are the case the headline check is for.
func quotesHeadline(an *Analysis, si int) bool {
	a := an.Article
	title := strings.Trim(a.Slice(a.TitleSpan), headlineTrim)
	for _, q := range an.Quotations {
		if q.Sentence == si && q.Speaker == "" && q.Start >= a.TitleSpan.End && strings.EqualFold(strings.Trim(a.Text[q.Start:q.End], headlineTrim), title) {
			return true
		}
	}
	return false
}

// headlineQuotesSpeaker reports whether the headline of an article puts
// in quote marks words that sentence si of its body attributes, after
// naming their speaker as the subject of a verb or a colon ("Trump
// celebrates 'great day for civilization' as ..." over "President Trump
// declared Thursday \"a great day for civilization\""; "Trump to Iranian
// president: 'Never ever threaten' ..."): the headline gives the words to
// their speaker and asserts nothing in its own voice. The speaker is named
// by the last word of one of names ("Trump" of "Donald J. Trump"), not in
// a possessive, with a word or more between it and the quotation. A
// headline that quotes a phrase of a speaker it does not name ("Iran
// supplied 'attack drones'" over "... US officials said"), or whose quoted
// words are its subject's predicate ("Iran 'supplied drones' to Russia"),
// still asserts the rest.
func headlineQuotesSpeaker(an *Analysis, si int, names ...string) bool {
	a := an.Article
	sentence := strings.ToLower(a.Slice(a.Sentences[si]))
	for _, q := range a.Quotes { // scare quotes too, which make no Quotation
		if q.Span.Start < a.TitleSpan.Start || q.Span.End > a.TitleSpan.End {
			continue
		}
		words := strings.ToLower(strings.Trim(a.Slice(q.Span), headlineTrim))
		if len(strings.Fields(words)) >= 2 && strings.Contains(sentence, words) &&
			slices.ContainsFunc(names, func(n string) bool { return namedBefore(a.Text[a.TitleSpan.Start:q.Span.Start], n) }) {
			return true
		}
	}
	return false
}

// namedBefore reports whether the words before a headline's quotation
// name a speaker by the last word of the name (compared as surnames are,
// so "Assad" names "Bashar al-Assad"), not in a possessive, with at least
// one word after it.
func namedBefore(before, speaker string) bool {
	f := strings.Fields(speaker)
	if len(f) == 0 {
		return false
	}
	last := surnameKey(strings.Trim(f[len(f)-1], headlineTrim))
	if last == "" {
		return false
	}
	words := strings.Fields(before)
	for _, w := range words[:max(len(words)-1, 0)] {
		if surnameKey(strings.Trim(w, headlineTrim)) == last && text.PossessiveLen(w) == 0 {
			return true
		}
	}
	return false
}

// factiveCues report what their speaker says as a fact the writer
// presents as true, unless negated (factiveAttribution): a headline
// stating it asserts nothing the body only attributes ("Guard shoots dead
// three doctors" over "the embassy confirmed that three doctors were
// killed"; not over "officials have not confirmed that ...").
var factiveCues = map[string]bool{"confirmed": true, "confirms": true, "acknowledged": true, "acknowledges": true,
	"revealed": true, "reveals": true, "admitted": true, "admits": true, "conceded": true, "concedes": true,
	"showed": true, "shows": true, "proved": true, "proves": true}

// headlineNamesSource reports whether an article's headline (title, its
// tokens) names the source and the cue of a quotation of a body sentence
// itself, by the head of the speaker phrase and then the verb ("State
// Department emails ... show Al Qaeda-tied group on radar" over "internal
// State Department emails ... shows that officials reported ..."): a
// headline whose grammar the finder does not read as an attribution still
// gives the words to their source. A possessive head ("officials'
// warnings") owns a noun, no cue. quotes are the indices of the sentence's
// quotations.
func headlineNamesSource(az *text.Analyzer, an *Analysis, title []text.Token, quotes []int) bool {
	for _, qi := range quotes {
		q := an.Quotations[qi]
		speaker := strings.Fields(q.Speaker)
		verb, _, _ := strings.Cut(strings.ToLower(q.Verb), " ")
		if len(speaker) == 0 || verb == "" {
			continue
		}
		_, head := az.Forms(strings.ToLower(speaker[len(speaker)-1]))
		_, cue := az.Forms(verb)
		headSeen := false
		for _, t := range title {
			if headSeen && t.Stem == cue {
				return true
			}
			headSeen = headSeen || t.Stem == head && text.PossessiveLen(t.Form) == 0
		}
	}
	return false
}

// factiveAttribution reports whether one of a body sentence's quotations
// (quotes, their indices) reports its words with a factive cue, not negated ("the embassy
// confirmed that ..."; not "officials have not confirmed that ...").
func factiveAttribution(an *Analysis, quotes []int) bool {
	for _, qi := range quotes {
		q := an.Quotations[qi]
		if v, _, _ := strings.Cut(strings.ToLower(q.Verb), " "); factiveCues[v] && !q.Negated {
			return true
		}
	}
	return false
}

// headlineTrim is what a quoted headline may carry around its words: the
// quote marks and the comma or stop a sentence puts inside them.
const headlineTrim = " \"'“”‘’.,:;!?"

// headlineDifferences finds headlines that assert what their body
// attributes: "Iran supplied drones to Russia" over "the US says Iran
// supplied drones to Russia".
func (c *Comparison) headlineDifferences() []Difference {
	var out []Difference
	var sents []sentenceFacts
	for ai, an := range c.Articles {
		a := an.Article
		if a.TitleSpan.Len() == 0 {
			continue
		}
		if sents == nil {
			sents = c.storySentences()
		}
		title := -1
		for k, sf := range sents {
			if sf.ai == ai && a.Sentences[sf.si].Start <= a.TitleSpan.Start && a.TitleSpan.Start < a.Sentences[sf.si].End {
				title = k
				break
			}
		}
		if title < 0 || sents[title].voice.Kind != Own || sents[title].hedged || len(sents[title].stems) < 3 || attributesInHeadline(an) {
			continue
		}
		stems := make([]string, 0, len(sents[title].stems))
		for s := range sents[title].stems {
			stems = append(stems, s)
		}
		// The body sentences closest to the headline (sharing the most of
		// its words, and at least 70% of them) decide: all attributed, and
		// the headline asserts what the body attributes, unless another
		// sentence with 70% of its words states it in the outlet's voice.
		best := (len(stems)*7 + 9) / 10
		enough := best
		var closest []int
		ownToo := false // a body sentence in the outlet's own voice holds the headline's words too
		for k, sf := range sents {
			if sf.ai != ai || k == title || a.Sentences[sf.si].End <= a.TitleSpan.End {
				continue
			}
			n := 0
			for _, s := range stems {
				if sf.stems[s] {
					n++
				}
			}
			ownToo = ownToo || n >= enough && sf.voice.Kind == Own && !sf.hedged
			switch {
			case n > best:
				best, closest = n, []int{k}
			case n == best:
				closest = append(closest, k)
			}
		}
		var attributed []Evidence
		var bySentence map[int][]int // the article's quotations by sentence, read once when needed
		var titleToks []text.Token
		az := c.analyzer(a.Language)
		speakers := map[string]bool{}
		asserted := false
		quoted := false // the headline quotes the attributed words and names their speaker
		for _, k := range closest {
			sf := sents[k]
			if sf.voice.Kind == Own {
				asserted = asserted || !sf.hedged
				continue
			}
			if quotesHeadline(an, sf.si) {
				continue // the post named by its title, no one's words
			}
			if bySentence == nil {
				bySentence = map[int][]int{}
				for qi, q := range an.Quotations {
					bySentence[q.Sentence] = append(bySentence[q.Sentence], qi)
				}
				titleToks = az.Tokens(nil, a.Slice(a.TitleSpan))
			}
			if headlineQuotesSpeaker(an, sf.si, sf.actor, sf.voice.Speaker) || headlineNamesSource(az, an, titleToks, bySentence[sf.si]) {
				quoted = true
			}
			if factiveAttribution(an, bySentence[sf.si]) {
				asserted = true // "the embassy confirmed that three doctors were killed": the body presents it as fact
				continue
			}
			attributed = append(attributed, c.sentenceEvidenceAt(ai, sf.si, sf.voice))
			who := sf.actor
			if who == "" {
				who = sf.voice.Speaker
			}
			if who != "" {
				speakers[who] = true
			}
		}
		if asserted || ownToo || quoted || len(attributed) == 0 {
			continue // the body states it too, in its lead or elsewhere
		}
		var who []string
		for s := range speakers {
			who = append(who, s)
		}
		sort.Strings(who)
		to := ""
		if len(who) > 0 {
			to = " to " + strings.Join(who, " and ")
		}
		ev := append([]Evidence{c.sentenceEvidenceAt(ai, sents[title].si, Voice{Kind: Own})}, attributed...)
		out = append(out, Difference{Kind: KindHeadline, Key: "headline:" + a.ID, Outlets: []string{an.Outlet},
			Summary:  fmt.Sprintf("%s's headline states in its own voice what its article attributes%s: %q.", an.Outlet, to, a.Slice(a.TitleSpan)),
			Salience: baseHeadline + 0.1*saturate(float64(len(attributed)), 2), Evidence: ev})
	}
	return out
}
