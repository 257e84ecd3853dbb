package corpus

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/gazetteer"
	"github.com/framediff/framediff/text"
)

// quoteMark describes one quotation mark found in the text.
type quoteMark struct {
	pos, size int
	open      bool // an opening mark (by shape or by context)
	double    bool
}

// quotePair is one quotation in a paragraph: the tokens of its opening
// and closing marks (close is -1 when the quotation runs to the end of the
// paragraph) and the quoted words' span.
type quotePair struct {
	open, close int
	span        Span
}

// quoteFinder walks an article paragraph by paragraph, sentence by
// sentence, and collects its quotations and reported speech.
type quoteFinder struct {
	text string
	*quoteScratch

	// The last named speakers, for "he said" and for quotations that
	// continue a speaker's words in the next paragraph.
	lastSpeaker, lastPerson, lastGroup, lastPlural                 string
	lastSpeakerSpan, lastPersonSpan, lastGroupSpan, lastPluralSpan Span

	// prevPara is where the paragraph before the current one starts.
	prevPara int

	// lead is the speaker phrase of a paragraph that ends with a colon
	// (colonLead) as written ("He" of "He said:"), and leadSpeaker whom it
	// names: the next paragraph's quotation is attributed there, not where
	// the person was last named. They hold for one paragraph.
	lead, nextLead               Span
	leadSpeaker, nextLeadSpeaker string
	// leadVerb is the lead's speech or writing cue as written ("reports"
	// of "The Journal reports:", "writes" of "X writes in The Atlantic
	// that ...:"), at leadVerbSpan; "" when the lead has none. Only such
	// a lead makes a next paragraph without quotation marks its
	// speaker's words (blockQuote).
	leadVerb, nextLeadVerb         string
	leadVerbSpan, nextLeadVerbSpan Span

	// walked is how many of quotes the last walk back from an attribution
	// after a quotation has passed (quotation): none of them is waiting
	// for a speaker any more.
	walked int

	// turnSpeaker is the speaker of a transcript turn in capitals ("THE
	// PRESIDENT: ...") that the next paragraph may go on with, and
	// turnSpan where the turn named them; "" when no turn is open.
	turnSpeaker string
	turnSpan    Span
	// quotedTurn is the speaker of a transcript turn given inside
	// quotation marks, paragraph by paragraph ('"WALLACE: Let's start
	// ...'), and quotedTurnSpan where the label names them: a quoted
	// paragraph with no label of its own goes on with that turn. "" when
	// the paragraph before opened with no quotation mark.
	quotedTurn     string
	quotedTurnSpan Span
	// quotedTranscript is whether the quoted paragraphs since the last
	// paragraph of the outlet's own are known to be a transcript: a label
	// named a person by its form or by a surname the article gave, or a
	// second speaker's label answered the first. pendingTurns holds the
	// quoted paragraphs of a transcript not yet known so, read as before
	// meanwhile: a lone tag in capitals after a colon lead ('Tapper
	// tweeted:' '"NEW: ...') is no speaker.
	quotedTranscript bool
	pendingTurns     []pendingTurn

	// people holds the phrases that named a person in full, in text order
	// ("Iranian Foreign Ministry spokesman Nasser Kanaani"), so that a
	// later "the spokesman" finds the nearest one it fits.
	people []Span
	// quotedPeople holds the names after a title inside quotation marks
	// ('"... President Vik is to blame," Roe said'): a later "the
	// president" means one of them only when the outlet named no holder.
	quotedPeople []Span

	// ungated makes paragraph call every reader as if each sentence held
	// every word class, skipping none of the searches a sentence's classes
	// rule out. The fuzz tests run the finder both ways to show that those
	// shortcuts skip only searches that cannot succeed.
	ungated bool
}

// findQuotes finds the quotations and the reported speech of an article.
func findQuotes(text string, paras, sents []Span) []Quote {
	// The horizontal bar ("taxes ― as was true ― Trump boasted") is the
	// em dash of some outlets' typesetting: the finder reads it as one.
	// Both are three bytes in UTF-8, so every offset stays the article's.
	if strings.Contains(text, "―") {
		text = strings.ReplaceAll(text, "―", "—")
	}
	sc := quoteScratchPool.Get().(*quoteScratch)
	f := &quoteFinder{text: text, quoteScratch: sc}
	quotes := f.find(paras, sents)
	// The buffers go back to the pool holding no strings of this article,
	// so that a pooled buffer does not keep its text alive.
	clear(f.quotes)
	clear(f.persons)
	clear(f.givenNamed)
	clear(f.sexes)
	quoteScratchPool.Put(sc)
	return quotes
}

// find runs the finder over an article's paragraphs and returns a copy of
// the quotes it found, with their setting speakers and acts.
func (f *quoteFinder) find(paras, sents []Span) []Quote {
	f.quotes, f.run, f.mentions = f.quotes[:0], f.run[:0], f.mentions[:0]
	si := 0
	for _, p := range paras {
		for si < len(sents) && sents[si].End <= p.Start {
			si++
		}
		sj := si
		for sj < len(sents) && sents[sj].Start < p.End {
			sj++
		}
		f.paragraph(p, sents[si:sj])
		si = sj
	}
	f.wholeStatements(paras)
	f.quotes = dropMentions(f.quotes, f.mentions)
	if len(f.quotes) == 0 {
		return nil // JSON null
	}
	quotes := slices.Clone(f.quotes)
	settingSpeakers(f.text, quotes)
	samePronounReporters(f.text, quotes)
	classifyActs(f.text, quotes)
	return quotes
}

// quoteScratch holds the buffers a quoteFinder fills and empties again for
// each paragraph (or, for quotes, each article). They are reused from
// article to article through quoteScratchPool: allocated afresh for every
// article (the quotes with room to spare), they came to more bytes than the
// text they were for.
type quoteScratch struct {
	tokenizer
	// The current paragraph's tokens, the token of each quotation mark and
	// each sentence's token range.
	toks    []token
	marks   []quoteMark
	markTok []int
	pairs   []quotePair
	bounds  [][2]int
	// classes holds the union of the word classes of each sentence's
	// tokens: a sentence with no reporting verb and no "according" holds
	// no reported speech, and is not searched for it.
	classes []wordClass
	// quotes collects the article's quotations; findQuotes returns a copy
	// of exactly their number.
	quotes []Quote
	// persons holds the last words of speakers named in full as people
	// ("Ned Price"), so that a later bare "Price" counts as a person.
	persons map[string]bool
	// givenNamed holds the last words of names opened by a listed given
	// name anywhere in the text so far ("John Kerry", "John F. Kerry"),
	// so that a later "Kerry's" opening a sentence counts as a person's
	// though no attribution named him in full.
	givenNamed map[string]bool
	// sexes holds the sex ('m', 'f') the full naming of each person in
	// persons showed (personSex), by the same last word, so that a later
	// "Power" is a woman where "Samantha Power" was named.
	sexes map[string]byte
	// run holds direct quotations still waiting for their speaker (a quote
	// running over several paragraphs is attributed at its end).
	run []int
	// mentions holds the spans of quotations that mention words as words
	// (mentionedWords), to be dropped if they end as scare quotes.
	mentions []Span
}

var quoteScratchPool = sync.Pool{New: func() any {
	return &quoteScratch{persons: map[string]bool{}, givenNamed: map[string]bool{}, sexes: map[string]byte{}}
}}

// paragraph finds the quotations of one paragraph and the reported speech
// of its sentences, in text order.
func (f *quoteFinder) paragraph(p Span, sents []Span) {
	turn, turnSpan := f.turnSpeaker, f.turnSpan
	f.turnSpeaker = "" // open again only by this paragraph's own turn or its going on with the last
	if f.embeddedPost(p) {
		// A post and its signature: the account's words, whole; a lead
		// before it ("He tweeted:") introduced the post, and holds no
		// further.
		f.run = f.run[:0]
		f.lead, f.leadSpeaker, f.leadVerb = Span{}, "", ""
		f.prevPara = p.Start
		return
	}
	marks := dropNames(f.text, scanMarks(f.text, p, f.marks))
	f.marks = marks
	f.toks = f.tokenize(f.text, p, marks, f.toks)
	a := &attributor{text: f.text, toks: f.toks}
	a.markTitleCase()
	if len(a.toks) == 0 || a.toks[0].kind != tokOpen {
		// A quoted transcript ends at a paragraph of the outlet's own, and
		// a label still unconfirmed stays read as before.
		f.quotedTurn, f.quotedTranscript, f.pendingTurns = "", false, f.pendingTurns[:0]
	}
	markTok := f.markTok[:0]
	if len(marks) > 0 { // two paragraphs in three have none
		for range marks {
			markTok = append(markTok, 0)
		}
		found := 0
		for i, t := range a.toks {
			if t.kind == tokOpen || t.kind == tokClose {
				markTok[t.mark] = i
				if found++; found == len(marks) {
					break // each mark has one token: the rest has none
				}
			}
		}
	}
	f.markTok = markTok
	pairs, unclosed := pairMarks(f.text, marks, markTok, p, f.pairs, singleContinues(f.text, p.End))
	f.pairs = pairs
	// Token ranges of the paragraph's sentences, and their word classes.
	bounds, classes := f.bounds[:0], f.classes[:0]
	ti := 0
	for _, s := range sents {
		for ti < len(a.toks) && a.from(ti) < s.Start {
			ti++
		}
		lo := ti
		var c wordClass
		for ti < len(a.toks) && a.from(ti) < s.End {
			c |= a.toks[ti].class
			ti++
		}
		bounds, classes = append(bounds, [2]int{lo, ti}), append(classes, c)
	}
	f.bounds, f.classes = bounds, classes
	paraFirst := len(f.quotes)
	f.colonTurn(a, p)
	if len(marks) == 0 {
		f.dashSignature(a)
	}
	pi := 0
	for si, b := range bounds {
		// may holds the word classes a reader may need to look for; the
		// sentence's own classes gate the readers whose rule needs them.
		may := classes[si]
		if f.ungated {
			may = ^wordClass(0)
		}
		f.mention(a, b[0], b[1])
		f.unnamedSubject(a, b[0], b[1])
		f.titledPeople(a, b[0], b[1])
		f.givenNames(a, b[0], b[1])
		f.leadIn(a, b[0], b[1])
		if !f.insideQuote(pairs, sents[si]) {
			f.openingParticiple(a, b[0], b[1])
		}
		hasQuote := false
		nq := len(f.quotes)
		for pi < len(pairs) && pairs[pi].open < b[1] {
			f.quotation(a, pairs, pi, bounds)
			hasQuote = true
			pi++
		}
		// Speech beside quotations is sought only in a sentence with a
		// reporting verb or a that-clause: a rule of the finder, not a
		// shortcut (an "according to" there is read by accordingTo).
		if hasQuote && classes[si]&(wVerb|wThatClause) != 0 {
			f.scareInReported(a, b, nq, may)
		}
		if hasQuote && may&(wParticiple|wPhrasal) != 0 {
			f.participleAfterQuote(a, b, nq)
		}
		if hasQuote && len(f.quotes) > nq && classes[si]&(wVerb|wThatClause) != 0 {
			f.speechBesideQuotes(a, b, nq, may)
			f.speechAfterQuotes(a, b)
		}
		switch {
		case f.insideQuote(pairs, sents[si]):
		case !hasQuote && (len(marks) == 0 || !hasMark(a.toks, b)):
			if classes[si]&(wVerb|wThatClause|wPhrasal|wAccording) != 0 {
				f.reported(a, b[0], b[1], may)
				f.relativeSaying(a, b[0], b[1], nq, nil)
			}
			if classes[si]&wVerb != 0 {
				f.whatCalled(a, b[0], b[1], nq)
			}
		default:
			// "called the ruling "a betrayal," which the minister said was
			// an insult": a relative saying outside the quotation marks.
			if classes[si]&wVerb != 0 {
				f.relativeSaying(a, b[0], b[1], nq, pairs)
				f.whatCalled(a, b[0], b[1], nq)
			}
			// The outlet's words around the quotations of "According to
			// X, they discussed "..."" paraphrase X too (an "according to"
			// after the quotations only sources them).
			if first := firstMark(a.toks, b); first > b[0] && classes[si]&wAccording != 0 {
				if f.accordingTo(a, b[0], first) {
					f.quotes[len(f.quotes)-1].Span.End = a.to(b[1] - 1)
				}
			}
		}
		if len(f.quotes) == nq && !hasQuote {
			f.nounCue(a, b[0], b[1], nil)
		} else if hasQuote {
			f.cueAroundScareQuotes(a, b, nq, pairs)
		}
		if len(f.quotes) == nq && !hasQuote {
			f.stanceNoun(a, b[0], b[1])
		}
		if !hasQuote {
			f.agentActNoun(a, b[0], b[1])
		}
		if !f.insideQuote(pairs, sents[si]) {
			f.relativeAct(a, b[0], b[1], pairs)
			f.blamedOn(a, b[0], b[1], pairs)
		}
		if len(f.quotes) == nq && !hasQuote {
			f.issuedDocument(a, b[0], b[1], nil)
		}
		if len(f.quotes) == nq && !hasQuote && may&(wVerb|wThatClause) != 0 {
			f.question(a, b[0], b[1])
		}
		if n := len(f.quotes); f.whenAsked(a, b[0], b[1]) && n > nq {
			slices.SortStableFunc(f.quotes[nq:], func(x, y Quote) int { return x.Span.Start - y.Span.Start })
			f.walked = min(f.walked, nq)
		}
		if len(f.quotes) == nq && !hasQuote && may&wSeem != 0 {
			f.seeming(a, b[0], b[1])
		}
		if len(f.quotes) == nq && !hasQuote {
			f.perceivedAs(a, b[0], b[1])
		}
		if len(f.quotes) == nq && !hasQuote && may&wAttitude != 0 {
			f.attitude(a, b[0], b[1])
		}
		if !f.insideQuote(pairs, sents[si]) {
			f.dataShowings(a, b[0], b[1], nq)
		}
	}
	f.continuedFragments(a, bounds, paraFirst)
	if !unclosed && len(f.run) > 0 {
		// A quote paragraph with no speaker: the speaker named in the
		// paragraph before (the last speaker) carries it.
		last, span := f.lastSpeaker, f.lastSpeakerSpan
		if r := f.run[0]; r > 0 && f.quotes[r-1].Speaker == f.lastSpeaker && f.quotes[r-1].Kind != QuoteScare {
			// '"...," she said.' before the run: the run is named where
			// the quotation before it names its speaker ("she").
			span = f.quotes[r-1].SpeakerSpan
		} else if r > 0 && f.pronounQuoteBefore(r) {
			// "'...,' he boasted." closing the paragraph before, its "he"
			// read as a person named earlier: the run goes on with that
			// person, not with the last speaker named by name (someone
			// else, reported before him).
			// The words naming that person are its span: the pronoun
			// stands in another paragraph's attribution.
			last, span = f.lastPerson, f.lastPersonSpan
		}
		leadEnd := f.leadEnd(p.Start, paraFirst)
		for _, r := range f.run {
			speaker, at := last, span
			if f.quotes[r].Span.Start < leadEnd {
				// 'He said:' closing the paragraph before: the quotation is
				// attributed there.
				speaker, at = f.leadSpeaker, f.lead
			}
			if f.quotes[r].Speaker == "" && speaker != "" {
				f.quotes[r].Speaker, f.quotes[r].SpeakerSpan, f.quotes[r].Verb = speaker, at, "(continued)"
			}
		}
		f.run = f.run[:0]
	}
	if len(pairs) > 0 && len(f.quotes) > paraFirst {
		f.quotedCueLayers(a, paraFirst, pairs)
		f.speechInQuotes(a, paraFirst, pairs, bounds)
	}
	if turn != "" && len(marks) == 0 {
		f.goOnWithTurn(a, p, paraFirst, turn, turnSpan)
	}
	if turn == "" && len(marks) == 0 {
		f.blockQuote(p, paraFirst)
	}
	f.nextLead, f.nextLeadSpeaker, f.nextLeadVerb = Span{}, "", ""
	f.colonLead(a, bounds)
	f.lead, f.leadSpeaker = f.nextLead, f.nextLeadSpeaker
	f.leadVerb, f.leadVerbSpan = f.nextLeadVerb, f.nextLeadVerbSpan
	f.prevPara = p.Start
}

// pronounQuoteBefore reports whether the quotation before f.quotes[r], the
// first of a run of unattributed quote paragraphs, is a direct quotation
// of the paragraph before whose speaker a "he" or "she" names: the person
// that pronoun was read as is the run's speaker.
func (f *quoteFinder) pronounQuoteBefore(r int) bool {
	q := f.quotes[r-1]
	if q.Kind != QuoteDirect || q.Speaker == "" || q.Span.Start < f.prevPara || q.SpeakerSpan.End > f.quotes[r].Span.Start {
		return false
	}
	w := f.text[q.SpeakerSpan.Start:q.SpeakerSpan.End]
	return (lowerIs(w, "he") || lowerIs(w, "she")) && q.Speaker == f.lastPerson
}

// goOnWithTurn reads paragraph p, with no quotation marks, as going on
// with the transcript turn of speaker turn (named at turnSpan) in the
// paragraph before: "THE PRESIDENT: What I find interesting is ..." then
// "And on that basis, we left." A turn of several paragraphs goes on while
// the speaker talks as "I" or "we" and the paragraph opens no turn of its
// own; whom the speaker reports inside it is read as in the turn's first
// paragraph. The paragraph's quotations start at f.quotes[paraFirst].
func (f *quoteFinder) goOnWithTurn(a *attributor, p Span, paraFirst int, turn string, turnSpan Span) {
	own := f.quotes[paraFirst:]
	if !firstPersonWords(a, own) || slices.ContainsFunc(own, func(q Quote) bool { return q.Verb == ":" || q.Verb == "Q" }) {
		return
	}
	q := Quote{Kind: QuoteIndirect, Span: p, Speaker: turn, SpeakerSpan: turnSpan, Verb: "(continued)"}
	at, _ := slices.BinarySearchFunc(own, p.Start, func(x Quote, start int) int { return cmp.Compare(x.Span.Start, start) })
	f.quotes = slices.Insert(f.quotes, paraFirst+at, q)
	f.turnSpeaker, f.turnSpan = turn, turnSpan
}

// firstPersonWords reports whether a paragraph speaks as "I" or "we" in
// its own words, outside the words it reports of others (qs): "we left",
// not "Republicans, who said we cannot trust Tehran". A possessive ("our
// correspondent", "more of our coverage") is the outlet's house style.
func firstPersonWords(a *attributor, qs []Quote) bool {
	for i, t := range a.toks {
		if t.kind != tokWord || !firstPersonForms[strings.ToLower(a.word(i))] {
			continue
		}
		at := a.from(i)
		if !slices.ContainsFunc(qs, func(q Quote) bool { return q.Span.Start <= at && at < q.Span.End }) {
			return true
		}
	}
	return false
}

// firstPersonForms are the words of a speaker talking of themselves.
var firstPersonForms = fieldSet(`i i'm i've i'd i'll we we're we've we'd we'll us me myself ourselves let's let’s i’m i’ve i’d i’ll we’re we’ve we’d we’ll`)

// leadEnd returns the byte offset before which a 'He said:' lead closing
// the paragraph before holds for the unattributed quotations of the
// paragraph starting at byte start, whose quotations begin at f.quotes
// [first]: up to the paragraph's first attribution of its own after the
// quotation the lead introduces ('"..." Jones disagreed, saying ...
// "..."'), which names who speaks after it. An attribution before that
// quotation is most often quoted words whose opening mark went unpaired.
// It is 0 when there is no such lead.
func (f *quoteFinder) leadEnd(start, first int) int {
	if f.leadSpeaker == "" || f.lead.Start < f.prevPara {
		return 0
	}
	opened := math.MaxInt // where the first quotation waiting for the lead starts
	for _, r := range f.run {
		if r >= first {
			opened = min(opened, f.quotes[r].Span.End)
		}
	}
	end := math.MaxInt
	for _, q := range f.quotes[first:] {
		if q.Speaker == "" || q.Verb == "(continued)" || q.Span.Start < opened {
			continue
		}
		at := q.Span.Start
		if q.SpeakerSpan.Start >= start && q.SpeakerSpan.End > q.SpeakerSpan.Start {
			at = min(at, q.SpeakerSpan.Start)
		}
		end = min(end, at)
	}
	return end
}

// dashSignature reads a paragraph that is only a dash and a name ("-
// Sanders.", "-Michelle Marks, Philadelphia.", "― Ann Roe"), the roundup form that
// signs the quotation paragraph before it: the quotations of that
// paragraph, which took the previous speaker for want of their own, are
// the name's; those of earlier paragraphs keep theirs.
func (f *quoteFinder) dashSignature(a *attributor) {
	toks := a.toks
	if len(toks) < 2 || len(toks) > 12 || !strings.ContainsAny(a.word(0), "―—–-") || len(f.quotes) == 0 {
		return
	}
	end := trimEndPunct(toks, len(toks))
	np := a.nameForward(1, end)
	if np.from != 1 || !a.allNameWords(np) || np.to != end && !toks[np.to].punct(f.text, ',') {
		return
	}
	last := len(f.quotes) - 1
	q := f.quotes[last]
	if q.Kind != QuoteDirect || q.Verb != "(continued)" || strings.TrimLeft(f.text[q.Span.End:a.from(0)], "\"'”’ \n\t.") != "" {
		return
	}
	speaker, span := f.speaker(a, np)
	for k := last; k >= 0 && f.quotes[k].Span.Start >= f.prevPara && f.quotes[k].Verb == "(continued)" && f.quotes[k].Speaker == q.Speaker && f.quotes[k].SpeakerSpan == q.SpeakerSpan; k-- {
		f.quotes[k].Speaker, f.quotes[k].SpeakerSpan, f.quotes[k].Verb, f.quotes[k].VerbSpan = speaker, span, a.word(0), a.span(phrase{0, 1})
	}
}

// colonLead reads a paragraph that ends with a colon ("Cruz called them
// on it:", "President Clinton released the following statement:"): it
// introduces the next paragraph's quotation, whose speaker is the subject
// of that last sentence, whatever its verb. The subject becomes the last
// speaker, which a quotation paragraph with no speaker of its own takes.
func (f *quoteFinder) colonLead(a *attributor, bounds [][2]int) {
	n := len(a.toks)
	if n < 3 || len(bounds) == 0 || !a.toks[n-1].punct(f.text, ':') {
		return
	}
	lo := bounds[len(bounds)-1][0]
	for i := lo; i < n-1; i++ {
		if t := a.toks[i]; t.kind == tokOpen || t.kind == tokClose {
			return // the sentence quotes already
		}
	}
	// A reported clause running to the colon ("Roe warned that a strike
	// could fail:") introduces the quotation as its speaker's words: the
	// lead is that speaker, not a name inside the clause.
	from := a.from(lo)
	for k := len(f.quotes) - 1; k >= 0 && f.quotes[k].Span.Start >= from; k-- {
		if q := f.quotes[k]; q.Kind == QuoteIndirect && q.Speaker != "" && !firstPersons[strings.ToLower(q.Speaker)] &&
			q.VerbSpan.Start >= from && q.VerbSpan.End <= q.Span.Start && q.Span.End >= a.from(n-1) && !reportsSpeech(f.text[q.Span.Start:q.Span.End]) {
			f.nextLeadSpeaker, f.nextLead = q.Speaker, q.SpeakerSpan
			if v := a.tokenAt(q.VerbSpan.Start, [2]int{lo, n}); v < n && a.from(v) == q.VerbSpan.Start && a.isBlockCue(v) && a.speakerRightBefore(v, lo) && !strings.Contains(f.text[q.VerbSpan.End:a.from(n-1)], "\n") &&
				(strings.HasSuffix(q.Verb, " that") || strings.Contains(text.Lower(f.text[q.VerbSpan.End:q.Span.Start]), "that") || a.blockLeadVerb(v, n-1) == v) {
				// "X writes in The Atlantic that the policy failed:": the
				// passage after it is X's.
				f.nextLeadVerb, f.nextLeadVerbSpan = q.Verb, q.VerbSpan
			}
			return
		}
	}
	if np, v := a.sourceColonLead(lo, n-1); v >= 0 {
		// "From the Wall Street Journal:", "More from Fox News:",
		// "According to Bloomberg:": a source line, the roundup's way of
		// naming whose passage follows.
		f.nextLeadSpeaker, f.nextLead = f.speaker(a, np)
		if n := text.PossessiveLen(f.nextLeadSpeaker); n > 0 {
			// "From Jane Roe's exclusive:": the source is Jane Roe.
			f.nextLeadSpeaker, f.nextLead.End = f.nextLeadSpeaker[:len(f.nextLeadSpeaker)-n], f.nextLead.End-n
		}
		f.nextLeadVerb, f.nextLeadVerbSpan = f.text[a.from(v):a.to(np.from-1)], Span{a.from(v), a.to(np.from - 1)}
		return
	}
	if np, v := a.asColonLead(lo, n-1); v >= 0 {
		// "..., as I wrote in July:": the passage after it is the
		// "as" clause's speaker's.
		f.nextLeadSpeaker, f.nextLead = f.speaker(a, np)
		f.nextLeadVerb, f.nextLeadVerbSpan = a.word(v), a.span(phrase{v, v + 1})
		return
	}
	// The subject is the name, role or pronoun nearest before the colon
	// that opens its clause, with only lower-case words and objects (the
	// verb's) after it: "..., and Lordy! — Cruz called them on it:", "The
	// campaign released the following statement:".
	j := n - 2
	for words := 0; j >= lo && words < 10; words++ {
		t := a.toks[j]
		if t.kind != tokWord {
			return
		}
		if !(t.upper || t.is(wRole|wPronoun)) {
			j--
			continue
		}
		np := a.nameBackward(j, lo)
		if np.empty() {
			return
		}
		v, asClause := a.blockLeadVerb(np.to, n-1), np.from-1 > lo && a.lowerWordIs(np.from-1, "as") && a.toks[np.from-2].punct(f.text, ',')
		if np.from == lo || a.toks[np.from-1].kind != tokWord || a.toks[np.from-1].is(wLeadIn) && !a.toks[np.from-1].is(wDet|wPrep) || asClause && v >= 0 {
			if j < n-2 && v >= 0 {
				// "The Wall Street Journal reports:", "..., Reuters
				// notes:", "..., as I wrote in July:": a speech or writing
				// cue leads to its speaker's passage.
				f.nextLeadVerb, f.nextLeadVerbSpan = a.word(v), a.span(phrase{v, v + 1})
			}
			if j < n-2 {
				last := f.lastSpeaker
				speaker, span := f.speaker(a, np)
				if np.to == np.from+1 && a.toks[np.from].is(wHeShe) && last != "" {
					// "He said:": the one who spoke last, as the
					// quotation paragraph took before the lead was read,
					// named in full; the pronoun only marks where.
					speaker = last
				}
				if !(np.to == np.from+1 && strings.EqualFold(a.word(np.from), "it")) {
					f.nextLeadSpeaker, f.nextLead = speaker, span // not "it was the stage itself:"
				}
			}
			return
		}
		j = np.from - 1 // an object ("them", "the following statement")
	}
}

// blockLeadVerb returns the speech or writing cue that follows a colon
// lead's subject, which ends before token from, when only a short setting
// stands between it and the colon at token colon: "reports", "wrote in
// July", "said in a statement", "notes", "found". It is -1 for a lead
// whose verb is no cue ("Here is what we know:", "The list includes:")
// or that goes on with an object or a clause of its own.
func (a *attributor) blockLeadVerb(from, colon int) int {
	v := from
	for v < colon && a.toks[v].kind == tokWord && (a.toks[v].is(wAux) && !a.toks[v].upper || a.toks[v].adverb) {
		v++ // "has written", "also notes"
	}
	if v >= colon || a.toks[v].kind != tokWord || a.toks[v].upper && !a.titleCase || !a.isBlockCue(v) {
		return -1
	}
	if colon-v > blockLeadWords {
		return -1
	}
	if k := v + 1; k < colon && !a.toks[k].is(wPrep|wTime) && !a.toks[k].adverb {
		return -1 // "CNN also noted the sparse crowd:", "confirmed the names:": an object, whose passage may be the outlet's
	}
	for k := v + 1; k < colon; k++ {
		t := a.toks[k]
		if t.kind != tokWord && !t.punct(a.text, ',') || !t.upper && t.is(wVerb|wThatClause|wAux) && !a.toks[k-1].is(wDet) || closingStops[strings.ToLower(a.word(k))] {
			return -1 // "notes that the plan failed:" is read as a reported clause, "wrote as he left:" goes on
		}
	}
	return v
}

// asColonLead reads a colon lead whose last clause is an "as" clause
// after a comma, with a speaker and a speech or writing cue: "..., as I
// wrote in July:", "..., as the Journal reported on Monday:". It returns
// the speaker phrase and the cue's token, v -1 when the lead ends
// otherwise. The colon is token colon; the sentence opens at lo.
func (a *attributor) asColonLead(lo, colon int) (phrase, int) {
	for k := colon - 2; k >= lo && k >= colon-blockLeadWords-4; k-- {
		if a.toks[k].kind != tokWord {
			return phrase{}, -1
		}
		if !a.lowerWordIs(k, "as") || k > lo && !a.toks[k-1].punct(a.text, ',') {
			continue
		}
		for e := k + 2; e < colon && e <= k+5; e++ {
			np := phrase{k + 1, e}
			last := a.toks[e-1]
			if !(last.upper || last.is(wRole|wPronoun)) || a.toks[np.from].is(wPronoun) && e > np.from+1 {
				continue
			}
			if v := a.blockLeadVerb(e, colon); v == e {
				return np, v
			}
		}
		return phrase{}, -1
	}
	return phrase{}, -1
}

// sourceColonLead reads a colon lead that is only a source line: "From
// the Wall Street Journal:", "More from Fox News:", "According to
// Bloomberg:", "Also from The New York Times:", "From Jane Roe's
// exclusive:". It returns the source's phrase (the possessor, when the
// line names a piece of someone's) and the token opening the cue ("from",
// "according"), v -1 when the sentence is no such line. A time ("From
// September 2014:") or a place with more after it is no source.
func (a *attributor) sourceColonLead(lo, colon int) (phrase, int) {
	k := lo
	for k < colon && k < lo+2 && (a.lowerWordIs(k, "more") || a.lowerWordIs(k, "also") || a.lowerWordIs(k, "and")) {
		k++
	}
	v := k
	switch {
	case a.lowerWordIs(k, "from"):
		k++
	case k+1 < colon && a.accordingTo(k):
		k += 2
	default:
		return phrase{}, -1
	}
	if k >= colon || colon-k > 6 {
		return phrase{}, -1
	}
	end := colon
	for i := k; i < colon; i++ {
		t := a.toks[i]
		if t.kind != tokWord || t.is(wTime|wVerb|wThatClause|wPrep) && !t.upper || startsWithDigit(a.word(i)) || t.is(wTime) {
			return phrase{}, -1
		}
		if possessive(a.word(i)) && t.upper {
			end = i + 1 // "From Jane Roe's exclusive:": Jane Roe's piece
			break
		}
	}
	last := a.toks[end-1]
	if !(last.upper || last.is(wRole)) {
		return phrase{}, -1
	}
	if e, ok := gazetteer.Default().Lookup(a.str(phrase{k, end})); ok && filedFrom[e.Kind] {
		return phrase{}, -1 // "From Dover:": where the news comes from, not whose words
	}
	return phrase{k, end}, v
}

// blockQuoteWords is the fewest words a passage quoted as a paragraph of
// its own has; a shorter one is a list's item or a caption.
const blockQuoteWords = 10

// blockLeadWords is the most tokens a colon lead's cue and its setting
// ("said in a statement on Friday") may have before the colon.
const blockLeadWords = 8

// isBlockCue reports whether token v is a verb that reports speech or
// writing, whatever frame the cue readers need for it: a colon lead's
// passage is the frame ("The report found:", "Reuters notes:").
func (a *attributor) isBlockCue(v int) bool {
	t := a.toks[v]
	w := strings.ToLower(a.word(v))
	return (t.is(wVerb|wThatClause) || cueVerbs[w]) && !t.is(wNotSpeech|wObject|wTopic|wAttitude|wSeem) && !t.is(wParticiple) && !modals[w] &&
		actVerbs[w] != ActOther && !knowledgeVerbs[w]
}

// knowledgeVerbs say what someone came to know, not what they said or
// wrote: "what I have learned from them:" leads to no one's passage.
var knowledgeVerbs = fieldSet(`knew know knows learned learnt learn learns realized realised realize realise read reads`)

// speakerRightBefore reports whether the word before the cue at token v,
// past auxiliaries and adverbs, can end a speaker phrase: a name, a role,
// a pronoun, or the comma closing an appositive ("X, a reporter held
// twice, writes"). "the key questions that must be answered:" has the
// noun "questions", no cue, after "key".
func (a *attributor) speakerRightBefore(v, lo int) bool {
	j := a.beforeAuxiliaries(v, lo+1, v) // the word at lo is read as it is
	if j < lo {
		return false
	}
	t := a.toks[j]
	return t.punct(a.text, ',') || t.kind == tokWord && (t.upper || t.is(wRole|wPronoun))
}

// blockQuote reads paragraph p, with no quotation marks, after a lead
// that ends with a speaker and a speech or writing cue and a colon ("The
// Wall Street Journal reports:", "X writes in The Atlantic that ...:"):
// blogs and roundups quote another outlet's passage as a paragraph of its
// own, with no quotation marks, and it is the lead speaker's words, not
// the outlet's. Only the paragraph right after the lead is read: nothing
// marks where the passage ends. A lead with no cue ("Here is what we
// know:") or no speaker leaves the paragraph alone, and a transcript turn
// or a post is read as such. The paragraph's own quotations start at
// f.quotes[paraFirst].
func (f *quoteFinder) blockQuote(p Span, paraFirst int) {
	if f.leadVerb == "" || f.leadSpeaker == "" || f.lead.Start < f.prevPara || f.lead.Start >= p.Start {
		return
	}
	if strings.HasSuffix(strings.TrimRight(f.text[p.Start:p.End], " \t"), ":") {
		return // a lead of its own: the outlet going on ("As the debate turned to trade, Lee spoke up:")
	}
	if len(strings.Fields(f.text[p.Start:p.End])) < blockQuoteWords {
		return // "Ann Lee, 40.": an item of a list, no passage
	}
	own := f.quotes[paraFirst:]
	if slices.ContainsFunc(own, func(q Quote) bool { return q.Verb == ":" || q.Verb == "Q" || q.Span == p }) {
		return
	}
	q := Quote{Kind: QuoteDirect, Span: p, Speaker: f.leadSpeaker, SpeakerSpan: f.lead, Verb: f.leadVerb, VerbSpan: f.leadVerbSpan}
	at, _ := slices.BinarySearchFunc(own, p.Start, func(x Quote, start int) int { return cmp.Compare(x.Span.Start, start) })
	f.quotes = slices.Insert(f.quotes, paraFirst+at, q)
}

// pronounOfContraction returns the subject pronoun of a contraction with
// an auxiliary ("They've", "we're", "she'd", "I'll"), or s as it is.
func pronounOfContraction(s string) string {
	for _, aux := range []string{"'ve", "’ve", "'re", "’re", "'ll", "’ll", "'d", "’d"} {
		if p, ok := strings.CutSuffix(s, aux); ok && subjectPronouns[strings.ToLower(p)] {
			return p
		}
	}
	return s
}

// reportsSpeech reports whether reported words themselves report someone's
// saying ("Doe told her:", "the mayor said:"): a colon after them leads to
// that speaker's words, found by the nearest name.
func reportsSpeech(words string) bool {
	for _, w := range strings.Fields(strings.ToLower(words)) {
		if innerSayings[strings.Trim(w, ",.:;")] {
			return true
		}
	}
	return false
}

// firstPersons are the speakers that speak from the writer's or the
// reader's place: "do we know how tempting that can be" reports no one.
var firstPersons = fieldSet(`i we you us`)

// dropNames removes the marks around names that are not quotations: a
// nickname inside a name (General Michael “Erik” Kurilla), and the title of
// a programme or work after a possessive or "on"/"titled" (said on CNN's
// “State of the Union”).
func dropNames(text string, marks []quoteMark) []quoteMark {
	out := marks[:0]
	for i := 0; i < len(marks); i++ {
		if i+1 < len(marks) && marks[i].open && !marks[i+1].open {
			inner := text[marks[i].pos+marks[i].size : marks[i+1].pos]
			before := strings.TrimRight(text[:marks[i].pos], " ")
			after := strings.TrimLeft(text[marks[i+1].pos+marks[i+1].size:], " ")
			prev := lastField(before)
			prev = strings.TrimSuffix(prev, ",") // "his memoir, "A Higher Loyalty"": the work set off by a comma
			nickname := isCapitalisedWord(inner) && isCapitalisedWord(prev) && isCapitalisedWord(strings.TrimRight(firstField(after), ",;:.")) &&
				len(before) < marks[i].pos && len(after) < len(text)-marks[i+1].pos-marks[i+1].size
			if prev == "the" || prev == "The" {
				prev = lastField(strings.TrimRight(before[:len(before)-len(prev)], " ")) // "on PBS's the "Charlie Rose" show"
				if !strings.HasSuffix(prev, "s") && !strings.HasSuffix(prev, "'") && !strings.HasSuffix(prev, "’") {
					prev = "" // only a possessive before "the" announces a title
				}
			}
			if nickname || titleCue(prev) && isTitle(inner) {
				i++
				continue
			}
		}
		out = append(out, marks[i])
	}
	return out
}

// isTitle reports whether s reads as the title of a work: one to six
// words, each capitalised but for short joining words.
func isTitle(s string) bool {
	n := 0
	for w := range strings.FieldsSeq(strings.TrimRight(s, ".,;:!?")) {
		n++
		if capital := isCapitalisedWord(w); n > 6 || !capital && (n == 1 || !titleSmallWords[w]) {
			return false
		}
	}
	return n > 0
}

var titleSmallWords = fieldSet(`of the a an and in on at to for with from by or nor but`)

// titleCue reports whether the word before a quotation announces a title.
func titleCue(w string) bool {
	// Only 'S' lower-cases to 's', and nothing to an apostrophe.
	if n := len(w); n >= 2 && (w[n-1] == 's' || w[n-1] == 'S') && (w[n-2] == '\'' || strings.HasSuffix(w[:n-1], "’")) {
		return true
	}
	if n := len(w); n >= 3 && (strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")) && isCapitalisedWord(w[:1]) {
		return true // "Fox News' "On the Record"": a plural's possessive
	}
	return titleCues[strings.ToLower(w)]
}

var titleCues = fieldSet(`on titled entitled dubbed named show program programme book film movie song series newspaper magazine column album memoir novel biography documentary podcast essay play poem`)

func isCapitalisedWord(w string) bool {
	if w == "" || strings.ContainsAny(w, " ,.;:!?") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return text.IsWordRune(r) && unicode.IsUpper(r)
}

func lastField(s string) string {
	if i := strings.LastIndexAny(s, " \n"); i >= 0 {
		return s[i+1:]
	}
	return s
}

func firstField(s string) string {
	if i := strings.IndexAny(s, " \n"); i >= 0 {
		return s[:i]
	}
	return s
}

// singleContinues reports whether the paragraph after byte end opens with
// a single quotation mark and a capital letter: "'They fought for days.'"
// after a paragraph whose last quotation in single marks was left open.
func singleContinues(text string, end int) bool {
	k := end
	for k < len(text) && (text[k] == '\n' || text[k] == ' ' || text[k] == '\r') {
		k++
	}
	rest := text[k:]
	switch {
	case strings.HasPrefix(rest, "'"):
		rest = rest[1:]
	case strings.HasPrefix(rest, "‘"):
		rest = rest[len("‘"):]
	default:
		return false
	}
	return rest != "" && rest[0] >= 'A' && rest[0] <= 'Z'
}

// capitalAfter reports whether a capital letter opens text at byte at:
// a quotation's first word, where an apostrophe of elision ("rock 'n
// roll") runs into a lower-case one.
func capitalAfter(text string, at int) bool {
	return at < len(text) && isUpperASCII(text[at])
}

// pairMarks pairs the marks in order: an opening mark, then the next
// closing mark of the same kind (double or single). A double opening mark
// left open runs to the end of the paragraph (a quote continued in the
// next paragraph); so does a single one before a capital when the next
// paragraph opens with a single mark and a capital (singleContinues), the
// convention of
// outlets that quote in single marks, where an apostrophe alone is too
// common a stray to trust. unclosed reports that case.
//
// The pairs are appended to pairs[:0], a buffer reused from paragraph to
// paragraph.
func pairMarks(text string, marks []quoteMark, markTok []int, p Span, pairs []quotePair, singleContinues bool) (_ []quotePair, unclosed bool) {
	pairs = pairs[:0]
	open := -1
	for i := 0; i < len(marks); i++ {
		m := marks[i]
		if open < 0 {
			if m.open {
				open = i
			}
			continue
		}
		if !m.open && (m.double == marks[open].double || mixedPair(marks, open, i, p)) {
			pairs = append(pairs, quotePair{markTok[open], markTok[i], Span{marks[open].pos + marks[open].size, m.pos}})
			open = -1
		} else if m.open && m.double == marks[open].double {
			if c := nestedClose(marks, i); c > 0 {
				// '"By waffling on a deal she once called a "gold
				// standard," Clinton shows ...," Short said': a quotation
				// inside a quotation in the same marks, two openings and
				// then two closings, is one quotation to the outer close.
				pairs = append(pairs, quotePair{markTok[open], markTok[c], Span{marks[open].pos + marks[open].size, marks[c].pos}})
				open, i = -1, c
				continue
			}
			// Two openings in a row: the first ran to the end of an
			// earlier paragraph or is stray; restart from here.
			open = i
		}
	}
	if open >= 0 && (marks[open].double || singleContinues && capitalAfter(text, marks[open].pos+marks[open].size)) {
		pairs = append(pairs, quotePair{markTok[open], -1, Span{marks[open].pos + marks[open].size, p.End}})
		unclosed = true
	}
	return pairs, unclosed
}

// mixedPair reports whether the single opening mark at marks[open], which
// opens its paragraph p, and the double closing mark at marks[i], the next
// mark after it, are one quotation typed with mismatched marks: "'Our
// words were clear,” he said." A single mark opening a paragraph is no
// apostrophe, and a double close with no double opened before it closes
// nothing else.
func mixedPair(marks []quoteMark, open, i int, p Span) bool {
	return i == open+1 && !marks[open].double && marks[i].double && marks[open].pos == p.Start
}

// nestedClose returns the mark that closes the outer of two quotations
// opened by the marks before and at i, in the same kind of mark: the
// second of the next two marks of that kind when both close; 0 when the
// next marks do not nest so.
func nestedClose(marks []quoteMark, i int) int {
	closes := 0
	for j := i + 1; j < len(marks); j++ {
		if marks[j].double != marks[i].double {
			continue
		}
		if marks[j].open {
			return 0
		}
		if closes++; closes == 2 {
			return j
		}
	}
	return 0
}

// firstMark returns the index of the first quotation mark in the token
// range b, or b[1].
func firstMark(toks []token, b [2]int) int {
	for i := b[0]; i < b[1]; i++ {
		if toks[i].kind == tokOpen || toks[i].kind == tokClose {
			return i
		}
	}
	return b[1]
}

func hasMark(toks []token, b [2]int) bool {
	for _, t := range toks[b[0]:b[1]] {
		if t.kind == tokOpen || t.kind == tokClose {
			return true
		}
	}
	return false
}

// insideQuote reports whether a sentence lies within a quotation (the
// middle sentences of a long quote are not reported speech).
func (f *quoteFinder) insideQuote(pairs []quotePair, s Span) bool {
	for _, q := range pairs {
		if q.span.Contains(s.Start) && q.span.Contains(s.End-1) {
			return true
		}
	}
	return false
}

// cueRightBefore reports whether a speech verb stands right before the
// quotation mark at token open, past a time word ('declared Thursday "a
// great day"') or a short object ('called the bill "a disgrace"',
// 'described the plan as "reckless"'), within the sentence from token lo.
func (a *attributor) cueRightBefore(open, lo int) bool {
	k := open - 1
	if k > lo && a.toks[k].is(wTime) {
		k--
	}
	for n := 0; k > lo && n < 4 && a.toks[k].kind == tokWord; n, k = n+1, k-1 {
		if a.speechVerb(k, true) {
			return true
		}
	}
	return false
}

// afterQuoteClauses open a clause of its own after a quotation: its subject
// and verb do not report the quotation before it.
var afterQuoteClauses = fieldSet(`as while when whereas after before because since although though until`)

// quotation attributes the quotation pairs[i] and records it.
func (f *quoteFinder) quotation(a *attributor, pairs []quotePair, i int, bounds [][2]int) {
	// sentenceOf returns the token range of the sentence holding a token.
	sentenceOf := func(tok int) [2]int {
		if k := sentenceIndex(bounds, tok); k >= 0 {
			return bounds[k]
		}
		return [2]int{tok, tok + 1}
	}
	q := pairs[i]
	if strings.TrimSpace(f.text[q.span.Start:q.span.End]) == "" {
		return
	}
	words := 0
	end := len(a.toks)
	if q.close >= 0 {
		end = q.close
	}
	for _, t := range a.toks[q.open+1 : end] {
		if t.kind == tokWord {
			words++
		}
	}
	sOpen := sentenceOf(q.open)
	lo := sOpen[0]
	// The words after the closing mark, to the end of its sentence or the
	// next quotation.
	afterLo, afterHi := 0, 0
	if q.close >= 0 {
		afterLo, afterHi = q.close+1, sentenceOf(q.close)[1]
		if i+1 < len(pairs) && pairs[i+1].open < afterHi {
			afterHi = pairs[i+1].open
		}
		stop := len(a.toks)
		if i+1 < len(pairs) {
			stop = pairs[i+1].open
		}
		asks := strings.ContainsAny(lastRune(f.text[:a.from(q.close)]), "?!")
		if next := sentenceOf(afterHi)[1]; q.open == lo && afterLo == afterHi && next < stop {
			// '"We need it!" Roe said on Friday. The vote is next week.':
			// the short sentence after a quotation that opens its own
			// sentence is read alone, whatever the outlet writes after it.
			stop = next
		}
		if afterLo == afterHi && (q.open == lo || !a.reportsBetween(afterHi, stop)) && stop-afterHi <= 8 && stop > afterHi && sentenceOf(afterHi)[1] <= stop && (a.onlyAttribution(afterHi, stop) || asks && a.shortAttribution(afterHi, stop)) {
			// '"… ended." Price said.', '"… tomorrow?" Sanders replied.
			// "…"' and pull quotes ('"… okay." Ned Price'): a short
			// sentence of nothing but an attribution names the speaker.
			// That sentence must end before the next quotation: in
			// 'Bush called Trump "unhinged." Rubio called the statement
			// "outlandish."' the next sentence frames a quotation of its
			// own, and its speaker is not the first one's. A sentence
			// with a verb names the speaker only of a quotation that opens
			// its own sentence: in 'Roe said the plan was "a mess."
			// Others agreed.' the fragment's own sentence names its
			// speaker. A signature of names alone ('Some argue that "...
			// ." Ann Roe, The Ledger') names it wherever it stands.
			afterHi = stop
		} else if next := sentenceOf(afterHi)[1]; afterLo == afterHi && q.open == lo && asks && next > afterHi+8 && next <= stop && next-afterHi <= asideSentenceTokens && a.shortAttribution(afterHi, next) {
			// '"Why now?" Roe asked, looking at the crowd.', '"...!" Lee
			// declared, a point he likes to make.': after a question or
			// an outcry the writer's sentence goes on past the closing
			// mark; an attribution set off from an aside by its comma
			// names the speaker however long the aside.
			afterHi = next
		}
	}
	// "the so-called "peace process"": the outlet's distance, whoever
	// speaks in the sentence.
	soCalled := a.lowerWordIs(q.open-1, "so-called") || a.lowerWordIs(q.open-1, "called") && a.lowerWordIs(q.open-2, "so")
	sp, verb, tailComma := f.afterQuote(a, afterLo, afterHi, q.open == lo)
	if !sp.empty() && afterLo < afterHi && a.toks[afterLo].kind == tokWord && afterQuoteClauses[strings.ToLower(a.word(afterLo))] && a.cueRightBefore(q.open, lo) {
		// 'Trump declared "a great day" as Pence announced the deal': a
		// clause opened by "as" or "while" after the quotation is no
		// attribution of it.
		sp, verb, tailComma = phrase{}, cue{}, -1
	}
	if !sp.empty() && a.passiveEcho(sp, verb, afterHi) {
		// '"a flagrant breach" -- a sentiment echoed by Berlin': the phrase
		// after the quotation is the subject of a passive, whose agent
		// only agrees with the words; the attribution lies elsewhere.
		sp, verb, tailComma = phrase{}, cue{}, -1
	}
	fromAfter := !sp.empty()
	if fromAfter && tailComma < 0 && q.open == lo && q.close >= 0 && sp.from-1 > q.close+1 && a.toks[sp.from-1].punct(f.text, ',') && !endsMidSentence(f.text[:a.from(q.close)]) {
		// '"This will be a test" for the council, Ortiz said.': the
		// outlet's words go on after the quotation up to the comma before
		// the speaker. A quotation cut by a comma ('"...," the mayor, Ann
		// Roe, said') is followed by its attribution alone.
		tailComma = sp.from - 1
	}
	var pending pendingTurn
	noTurn := false // a label inside a transcript that names no one ('"Q: ...')
	if sp.empty() && q.open == 0 {
		var read bool
		if read, noTurn, pending = f.quotedTranscriptTurn(a, q, end); read {
			return
		}
	}
	if sp.empty() && !soCalled {
		if np, v := a.subjectOutsideQuote(lo, q); v >= 0 {
			// 'but that the Brotherhood "is saying that hundreds are
			// dead"': the quotation opens with its own reporting verb,
			// whose subject stands right before the mark.
			sp, verb = np, a.verbPhrase(v)
			if outer, ov := f.beforeQuote(a, lo, np.from); !outer.empty() && ov.span.End > ov.span.Start && ov.span.End <= a.from(np.from) {
				// "The reporter said that the Brotherhood "is saying
				// ..."": the outer speaker reports the inner one's words.
				end := a.to(sOpen[1] - 1)
				if q.close >= 0 {
					end = a.to(q.close)
				}
				f.addIndirect(a, Span{a.from(np.from), end}, outer, ov)
			}
		} else {
			sp, verb = f.beforeQuote(a, lo, q.open)
			if a.passiveLabel(verb, lo, q.open) {
				sp, verb = phrase{}, cue{} // 'Norland is considered "a haven"': no one is named who considers it so
			}
		}
	}
	startsSentence := q.open == lo
	lead := q.open > lo && (a.toks[q.open-1].punct(f.text, ':') || a.toks[q.open-1].punct(f.text, ','))
	var kind QuoteKind
	bySubject := false // the speaker is the subject of a clause whose verb reports nothing
	labelled := false  // the speaker is the agent of a label ("described by ... as"), whose words are the label alone
	switch {
	case !sp.empty() && tailComma > q.close+1 && words < 5 && !closesSentence(f.text, q.span):
		// '"Fake news" is a phrase the president loves, said Ortiz.': a
		// few quoted words the outlet's sentence goes on from are a
		// fragment of it, however the sentence opens.
		kind = QuotePartial
	case !sp.empty() && (startsSentence || words >= 8 && lead || a.toks[q.open-1].punct(f.text, ':') && closesSentence(f.text, q.span)):
		kind = QuoteDirect // 'Trump boomed: "Let's win."' is a sentence of his, however short
	case !sp.empty() && !fromAfter && closesSentence(f.text, q.span) && a.voicedBy(q.open, lo, verb):
		kind = QuoteDirect // 'He yelled "You lie!" at the senator': a whole outcry, however short
	case !sp.empty() && lead && f.secondHalf(verb.span):
		kind = QuoteDirect // '"...," she said, "but he will act."': one quotation split by its attribution
	case !sp.empty() && lead && !fromAfter && closesSentence(f.text, q.span) && verb.span.End > verb.span.Start && verb.span.End <= a.from(sp.from):
		kind = QuoteDirect // 'Said Ann Roe, who runs the clinic, "We are proud."': an inverted attribution introduces a sentence
	case !sp.empty():
		kind = QuotePartial
	case startsSentence && (words >= 5 || closesSentence(f.text, q.span)):
		kind = QuoteDirect // speaker to be found after it or in a neighbouring paragraph
	default:
		// A quoted fragment in a sentence whose subject reports it: "the
		// White House said the two sides discussed "..."", "what Iran
		// called "a lie"".
		if !soCalled {
			sp, verb = f.clauseBefore(a, lo, q.open)
			if !sp.empty() && a.commentAfterAttribution(lo, sp, verb, q.open) {
				// '..., police said, in violence like the "insider"
				// attacks': the phrase after the closing attribution is
				// the writer's, and so is its quoted term.
				sp, verb = phrase{}, cue{}
			}
		}
		if sp.empty() && !soCalled && words <= ScareQuoteMaxWords {
			// 'described by the council as "a clean sweep"': the label is
			// the agent's.
			sp, verb = a.labelAgent(lo, q.open)
			labelled = !sp.empty()
		}
		switch {
		case !sp.empty() && words >= 8 && lead:
			kind = QuoteDirect
		case !sp.empty() || words > ScareQuoteMaxWords:
			kind = QuotePartial
		case q.close >= 0 && glossed(f.text, a.from(q.open), a.to(q.close)):
			return // '"erhal" -- Arabic for "leave"': a word and its translation, no one's distance
		case a.renderedName(lo, q.open, q.close, sOpen[1]):
			return // 'The Solidarnosc, or "Solidarity," union': a name's English form
		case q.close >= 0 && a.mentionedWords(lo, q.open):
			// 'The terms "Al Qaeda" and "attack" were cut': words
			// mentioned, no one's distance. They are read on as scare
			// quotes, which the sentence's other readings expect, and
			// dropped at the end if no reading gave them a speaker.
			f.mentions = append(f.mentions, Span{a.from(q.open), a.to(q.close)})
			fallthrough
		default:
			kind = QuoteScare
		}
		if sp.empty() && kind == QuotePartial && !soCalled {
			sp, verb = a.predicateSubject(lo, q.open)
			if a.passiveLabel(verb, lo, q.open) {
				sp, verb = phrase{}, cue{} // 'Norland is considered "a haven"': no one is named who considers it so
			}
			bySubject = !sp.empty()
		}
		if j := q.open - 2; sp.empty() && !soCalled && j > lo && a.toks[q.open-1].punct(f.text, ':') && a.toks[j].kind == tokWord && closesSentence(f.text, q.span) {
			// 'The mayor, a former teacher, delivered a blunt message to
			// the council: "..."': a sentence of the subject's, which no
			// shorter reading of the colon found.
			if np, v := a.longColonLead(lo, j); !np.empty() {
				sp, verb, kind = np, a.cueAt(v, j), QuoteDirect
			}
		}
	}
	quote := Quote{Kind: kind, Span: q.span, Verb: verb.text, VerbSpan: verb.span}
	if !sp.empty() {
		quote.Speaker, quote.SpeakerSpan = f.speaker(a, sp)
		quote.SpeakerSpan = a.relativeSpan(sp, verb.span, quote.SpeakerSpan)
	} else {
		quote.Verb, quote.VerbSpan = "", Span{}
	}
	if kind == QuotePartial && !fromAfter && !labelled && !sp.empty() && !a.voicedBy(q.open, lo, verb) && (!bySubject || a.predicateVerbReports(verb, q.open) && !a.titleQuoted(q)) {
		clause, ok := f.clauseAround(a, sp, verb, q, sOpen[0], sOpen[1])
		if ok && bySubject {
			// "clashed with Johnson, chiding him, "..."", "issued a
			// statement saying "..." and said": a predicate that reports
			// nothing by its verb ends as a stance's object does, and
			// must hold the whole quotation.
			if ok = q.close >= 0 && !a.actBeforeQuote(a.tokenAt(clause.Start, [2]int{sOpen[0], sOpen[1]}), q.open); ok {
				if k := a.predicateTail(q.close+1, sOpen[1]); k > 0 {
					clause.End = a.to(k - 1)
				}
			}
		}
		var also *Quote
		if ok {
			if i+1 >= len(pairs) || a.from(pairs[i+1].open) >= clause.End {
				also = f.coordinatedAct(a, q, sOpen[1], &clause, quote)
			}
			f.quotes = append(f.quotes, Quote{Kind: QuoteIndirect, Span: clause, Speaker: quote.Speaker, SpeakerSpan: quote.SpeakerSpan, Verb: quote.Verb, VerbSpan: quote.VerbSpan})
		}
		if also != nil {
			f.quotes = append(f.quotes, *also)
		}
	}
	if fromAfter && !sp.empty() {
		// 'prohibit "boots on the ground" and require "...," Corker said':
		// the attribution after the last quotation of a sentence covers its
		// earlier fragments.
		// Quotations an earlier walk passed all have a speaker or are
		// reported speech, so a walk stops where the last one started: a
		// sentence of thousands of quotations is not walked per quotation.
		for k := len(f.quotes) - 1; k >= f.walked && f.quotes[k].Span.Start >= a.from(lo); k-- {
			if e := &f.quotes[k]; e.Speaker == "" && e.Kind != QuoteIndirect {
				e.Kind, e.Speaker, e.SpeakerSpan, e.Verb, e.VerbSpan = QuotePartial, quote.Speaker, quote.SpeakerSpan, quote.Verb, quote.VerbSpan
			}
		}
		f.walked = len(f.quotes)
	}
	if fromAfter && (kind == QuotePartial || kind == QuoteDirect && lead && !a.reportsBetween(lo, q.open) && !a.namedBetween(quote.Speaker, lo, q.open)) && !startsSentence && q.close >= 0 && !a.titleCase {
		// A whole quoted sentence after the outlet's opening words
		// ('Because turnout is low, "we can win," Roe said.') is
		// reported with them, as a fragment is; words that hold a
		// reporting verb of their own ('Roe said ... but added, "..."')
		// are attributed there, and words that name the speaker ('Roe
		// held up a chart, "before it is too late," she said') tell
		// what the speaker did.
		f.clauseBeforeAttribution(a, lo, q.close, sentenceOf(q.close)[1], quote)
	}
	if fromAfter && startsSentence && tailComma > q.close+1 {
		// '"We are happy" about the ruling, said Kunz.': the quotation and
		// the outlet's words completing it, up to the comma before the
		// attribution, are what the speaker is reported to have said. Only
		// an attribution found past such words counts: in '"...," the
		// mayor, Ann Roe, said' the words after the mark are the
		// attribution itself.
		f.quotes = append(f.quotes, Quote{Kind: QuoteIndirect, Span: Span{a.from(q.open), a.to(tailComma - 1)}, Speaker: quote.Speaker, SpeakerSpan: quote.SpeakerSpan, Verb: quote.Verb, VerbSpan: quote.VerbSpan})
	}
	if kind == QuoteDirect && !fromAfter && !sp.empty() && lead && q.close >= 0 && a.setOffAttribution(lo, sp, verb, q.open) {
		// 'If the law was never tested, Roe said, "there is a reason."':
		// an attribution set off by commas inside the words; they are
		// the whole sentence around it, as without quotation marks.
		end := a.to(trimEndPunct(a.toks, sOpen[1]) - 1)
		f.quotes = append(f.quotes, Quote{Kind: QuoteIndirect, Span: Span{a.from(lo), max(end, a.to(q.close))}, Speaker: quote.Speaker, SpeakerSpan: quote.SpeakerSpan, Verb: quote.Verb, VerbSpan: quote.VerbSpan})
	} else if kind == QuoteDirect && !fromAfter && !sp.empty() && lead && q.close >= 0 {
		if that := a.thatBeforeQuote(lo, q.open); that > 0 {
			// 'Roe said that if the vote fails, "we will try again."': the
			// that-clause the quotation ends is what the speaker said.
			f.quotes = append(f.quotes, Quote{Kind: QuoteIndirect, Span: Span{a.from(that + 1), a.to(q.close)}, Speaker: quote.Speaker, SpeakerSpan: quote.SpeakerSpan, Verb: quote.Verb, VerbSpan: quote.VerbSpan})
		} else if from := a.clauseIntoQuote(sp, verb, q.open); from > 0 && !a.reportsBetween(lo, sp.from) && !a.settingAfter(from, q.open) && !a.closingSetting(from, q.open-1) && !hasMark(a.toks, [2]int{lo, sp.from}) {
			// 'Ryan says no matter what Obama does, "his word does not
			// trump the law."': a quotation opening in lower case ends the
			// clause the verb began. A setting of the saying ("said on
			// Monday, "...") is no part of it, nor is a verb reporting
			// inside another's clause ("Roe said that while Berg insists
			// ..."). Nor is the second half of a quotation split by its
			// attribution ('"We will not move," Roe said last week, "until
			// ..."'): what stands between is the attribution's setting.
			f.quotes = append(f.quotes, Quote{Kind: QuoteIndirect, Span: Span{a.from(from), a.to(q.close)}, Speaker: quote.Speaker, SpeakerSpan: quote.SpeakerSpan, Verb: quote.Verb, VerbSpan: quote.VerbSpan})
		}
	}
	f.quotes = append(f.quotes, quote)
	idx := len(f.quotes) - 1
	switch {
	case kind == QuoteDirect && quote.Speaker == "" && f.continuesQuote(a, idx):
		// '"...," he said. "..."': the words after an interrupting
		// attribution are the same speaker's, named where the first
		// part names them ("he").
		prev := f.quotes[idx-1]
		f.quotes[idx].Speaker, f.quotes[idx].SpeakerSpan, f.quotes[idx].Verb = prev.Speaker, prev.SpeakerSpan, "(continued)"
	case kind == QuoteDirect && quote.Speaker == "" && q.close >= 0 && a.cutQuoteGoesOn(q.close, sentenceOf(q.close)[1]):
		// '"...," the party's nominee riffed on the answer, drawing
		// applause.': the words after the quotation attribute it, though
		// no reading found who speaks; the speaker of an earlier
		// paragraph does not.
	case kind == QuoteDirect && quote.Speaker == "" && noTurn:
		// '"Q: ...', '"NOTE: ...', '"VIDEO: ...' inside a transcript: the
		// words are no turn of a speaker around them, and wait for none.
	case kind == QuoteDirect && quote.Speaker == "" && q.open == 0 && f.quotedTurn != "":
		// A quoted transcript's paragraph with no label of its own: the
		// turn of the last label goes on.
		f.quotes[idx].Speaker, f.quotes[idx].SpeakerSpan, f.quotes[idx].Verb = f.quotedTurn, f.quotedTurnSpan, "(continued)"
	case kind == QuoteDirect && quote.Speaker == "" && q.open == 0 && pending.speaker == "" && f.pendingTurnGoesOn():
		// The same in a transcript not yet confirmed: the paragraph waits
		// as before, and goes on with the pending label's turn if a second
		// label confirms it.
		f.pendingTurns = append(f.pendingTurns, pendingTurn{quote: idx})
		f.run = append(f.run, idx)
	case kind == QuoteDirect && quote.Speaker == "":
		f.run = append(f.run, idx)
	case len(f.run) > 0 && kind == QuoteDirect:
		// The attribution at the end of a multi-paragraph quote (or right
		// after an unattributed quote) covers the run.
		for _, r := range f.run {
			f.quotes[r].Speaker, f.quotes[r].SpeakerSpan, f.quotes[r].Verb, f.quotes[r].VerbSpan = quote.Speaker, quote.SpeakerSpan, quote.Verb, quote.VerbSpan
		}
		f.run = f.run[:0]
	}
	if pending.speaker != "" {
		pending.quote = idx
		f.pendingTurns = append(f.pendingTurns, pending)
	}
}

// subjectOutsideQuote reads a quotation that opens with a reporting verb
// in a finite form ('is saying that ...', 'said it would ...') whose
// subject is the name or noun phrase right before the opening mark, after
// a comma, a word of outsideQuoteOpeners or the sentence's start: 'Leila says ... but that
// the Muslim Brotherhood "is saying that hundreds are dead."' The words
// are the subject's, reported inside another's. It returns the subject and
// the verb's token, v -1 when the quotation does not open so.
func (a *attributor) subjectOutsideQuote(lo int, q quotePair) (phrase, int) {
	v := q.open + 1
	for n := 0; n < 3 && v < len(a.toks) && a.toks[v].kind == tokWord && !a.toks[v].upper &&
		(beForms[strings.ToLower(a.word(v))] || a.toks[v].is(wAux) || a.toks[v].adverb) && !a.speechVerb(v, false); n++ {
		if w := strings.ToLower(a.word(v)); modalWords[w] || w == "would" || w == "will" || w == "could" {
			return phrase{}, -1 // 'that Crist "would say anything to win"': a character sketch, no report
		}
		v++ // "is saying", "has long said"
	}
	if v >= len(a.toks) || v == q.open+1 && !a.toks[v].is(wVerb) || q.close >= 0 && v >= q.close || a.toks[v].upper || !a.speechVerb(v, false) || !a.finite(v, false) ||
		a.toks[v].is(wNotSpeech|wObject) {
		return phrase{}, -1
	}
	if c := a.clauseAfter(v, len(a.toks)); c >= len(a.toks) || q.close >= 0 && c >= q.close {
		return phrase{}, -1
	}
	j, end := q.open-1, q.open
	if j > lo && a.toks[j].punct(a.text, ')') {
		// 'the Muslim Brotherhood (from which Morsi hails) "is saying
		// ..."': an aside in brackets between the subject and the mark.
		k := j - 1
		for k > lo && k > j-12 && !a.toks[k].punct(a.text, '(') && !a.toks[k].punct(a.text, ')') && a.toks[k].kind != tokOpen {
			k--
		}
		if k > lo && a.toks[k].punct(a.text, '(') {
			j, end = k-1, k
		}
	}
	if j < lo || a.toks[j].kind != tokWord {
		return phrase{}, -1
	}
	np := a.nameBackward(j, lo)
	if np.empty() || np.to != end || !(a.toks[j].upper || a.toks[j].is(wRole)) || a.toks[np.from].is(wPronoun) {
		return phrase{}, -1
	}
	if b := np.from - 1; b >= lo && !outsideQuoteOpeners[strings.ToLower(a.word(b))] && !a.toks[b].punct(a.text, ',') {
		return phrase{}, -1
	}
	return np, v
}

// outsideQuoteOpeners may stand before the subject of a quotation that
// opens with its own reporting verb: "that the Brotherhood", "while the
// ministry", "but officials".
var outsideQuoteOpeners = fieldSet(`that and`)

// pendingTurn is a quoted paragraph of a transcript not yet confirmed
// (quoteFinder.pendingTurns), read as before: quote is its index in
// quotes. A labelled paragraph has the label's speaker and speakerSpan,
// the colon's span and words, where the words after the label start; a
// paragraph with no label has no speaker and goes on with the label
// before it.
type pendingTurn struct {
	quote              int
	speaker            string
	speakerSpan, colon Span
	words              int
}

// quotedTranscriptTurn reads a quotation that opens its paragraph with a
// transcript speaker's label in capitals and a colon ('"WALLACE: Let's
// start ...', '"MR. KERRY: We will ...'): the way some outlets quote a
// transcript, one quotation mark per paragraph, after a lead that ends
// with a colon. The words after the colon are the labelled speaker's, and
// so are the next quoted paragraphs that bear no label. end is the
// quotation's closing mark (or the paragraph's end). It reports whether
// the quotation was read so, and whether it opens with a label that names
// no one inside a transcript (noTurn: it is no one's turn); if neither,
// pending is the label to keep with the quotation as read before, when a
// label of a transcript not yet confirmed opens it.
func (f *quoteFinder) quotedTranscriptTurn(a *attributor, q quotePair, end int) (read, noTurn bool, pending pendingTurn) {
	// A transcript opens after a lead ending with a colon ("Partial
	// transcript as follows:") and goes on turn by turn; a lone quoted
	// paragraph opening with capitals and a colon ('"FACT CHECK: ...')
	// is a heading's label quoted, no one's turn.
	if !f.quotedTranscript && len(f.pendingTurns) == 0 && !strings.HasSuffix(strings.TrimRightFunc(f.text[:a.from(0)], unicode.IsSpace), ":") {
		return false, false, pendingTurn{}
	}
	colon := a.transcriptLabel(q.open+1, end)
	if colon < 0 || a.cannotSpeak(phrase{q.open + 1, colon}) {
		return false, a.capitalsLabel(q.open+1, end) >= 0 && f.endQuotedTurn(), pendingTurn{}
	}
	label := phrase{q.open + 1, colon}
	if !f.quotedTranscript && !a.speakerLabel(label.from, label.to) && !f.persons[strings.ToLower(a.word(colon-1))] {
		// A tag in capitals after a colon lead ('Tapper posted:' '"NEW:
		// ...', '"POLL: ...') looks like a speaker's label but names no
		// one: a label is a speaker's by its form ("MR. KERRY", "THE
		// PRESIDENT"), by a surname the article named in full, or once a
		// second speaker answers ('"HARMON: ...' '"LUND: ...'). Until
		// then the paragraph is read as before.
		s := a.str(label)
		if len(f.pendingTurns) == 0 || strings.EqualFold(s, f.pendingTurns[0].speaker) {
			return false, false, pendingTurn{speaker: s, speakerSpan: a.span(label), colon: Span{a.from(colon), a.to(colon)}, words: a.from(colon + 1)}
		}
	}
	name, span := f.speaker(a, label)
	if name == "" {
		return false, f.endQuotedTurn(), pendingTurn{}
	}
	f.confirmPendingTurns()
	f.quotedTranscript = true
	if f.quotedTurn != "" {
		// Quoted paragraphs still waiting for a speaker went on with the
		// turn before this label.
		for _, r := range f.run {
			f.quotes[r].Speaker, f.quotes[r].SpeakerSpan, f.quotes[r].Verb = f.quotedTurn, f.quotedTurnSpan, "(continued)"
		}
		f.run = f.run[:0]
	}
	f.quotes = append(f.quotes, Quote{Kind: QuoteDirect, Span: Span{a.from(colon + 1), q.span.End}, Speaker: name, SpeakerSpan: span,
		Verb: ":", VerbSpan: Span{a.from(colon), a.to(colon)}})
	f.quotedTurn, f.quotedTurnSpan = name, span
	return true, false, pendingTurn{}
}

// endQuotedTurn ends the turn of a quoted transcript at a quoted paragraph
// whose label names no speaker: an interview's '"Q: ...' and '"A: ...',
// an editor's '"NOTE: ...', a clip's '"VIDEO: ...'. Those words are not
// the last speaker's, nor are the paragraphs with no label after them,
// until a speaker's label opens a turn again. It reports whether a
// transcript, confirmed or pending, was open: outside one such a label
// is read as any quotation's words.
func (f *quoteFinder) endQuotedTurn() bool {
	f.quotedTurn = ""
	if f.pendingTurnGoesOn() {
		f.pendingTurns = append(f.pendingTurns, pendingTurn{quote: -1})
	}
	return f.quotedTranscript || len(f.pendingTurns) > 0
}

// pendingTurnGoesOn reports whether a quoted paragraph with no label goes
// on with the turn of the last pending label: no label that names no one
// came after it.
func (f *quoteFinder) pendingTurnGoesOn() bool {
	for i := len(f.pendingTurns) - 1; i >= 0; i-- {
		if p := f.pendingTurns[i]; p.quote < 0 || p.speaker != "" {
			return p.quote >= 0
		}
	}
	return false
}

// capitalsLabel returns the colon that ends a label written in capitals
// at token from (before end): one to three words or a letter ("Q",
// "NOTE", "EDITOR'S NOTE", "WALLACE"), whether or not they name a
// speaker; -1 when the tokens open with no such label.
func (a *attributor) capitalsLabel(from, end int) int {
	for i := from; i < end && i <= from+3; i++ {
		if a.toks[i].punct(a.text, ':') {
			if i == from {
				return -1
			}
			return i
		}
		w := a.word(i)
		if a.toks[i].kind != tokWord || strings.ToUpper(w) != w || strings.ToLower(w) == w {
			return -1
		}
	}
	return -1
}

// confirmPendingTurns reads the quoted paragraphs of a transcript that a
// second label has just confirmed as its turns: a labelled paragraph is
// its label's speaker's, without the label, and a paragraph with no label
// goes on with the turn before it. They wait for no speaker any more.
func (f *quoteFinder) confirmPendingTurns() {
	if len(f.pendingTurns) == 0 {
		return
	}
	var turn pendingTurn
	for _, p := range f.pendingTurns {
		if p.quote < 0 {
			turn = p // a label that names no one ended the turn
			continue
		}
		e := &f.quotes[p.quote]
		if p.speaker != "" {
			turn = p
			e.Kind, e.Span.Start = QuoteDirect, p.words
			e.Speaker, e.SpeakerSpan, e.Verb, e.VerbSpan = p.speaker, p.speakerSpan, ":", p.colon
		} else if turn.speaker != "" {
			e.Speaker, e.SpeakerSpan, e.Verb, e.VerbSpan = turn.speaker, turn.speakerSpan, "(continued)", Span{}
		}
	}
	f.run = slices.DeleteFunc(f.run, func(r int) bool {
		return slices.ContainsFunc(f.pendingTurns, func(p pendingTurn) bool { return p.quote == r })
	})
	f.pendingTurns = f.pendingTurns[:0]
}

// transcriptLabel returns the colon that ends a transcript speaker's label
// starting at token from: one to three words all in capitals ("WALLACE",
// "THE PRESIDENT", "MR. KERRY") followed by three words or more before end;
// -1 when the words are no such label. A heading's label ("UPDATE:",
// "EDITOR'S NOTE:") is none, nor is a capitalised clause ("IT IS:").
func (a *attributor) transcriptLabel(from, end int) int {
	colon := a.capitalsLabel(from, end)
	if colon < 0 || lowerWords(a.toks[colon+1:end])+cappedWords(a.toks[colon+1:end]) < 3 {
		return -1
	}
	for i := from; i < colon; i++ {
		w := a.word(i)
		lw := strings.ToLower(w)
		if len(strings.Trim(w, ".")) < 2 || colonLabels[lw[:len(lw)-text.PossessiveLen(lw)]] || a.toks[i].is(wVerb|wConnector|wPronoun|wTime|wPrep) {
			return -1
		}
	}
	return colon
}

// cutQuoteGoesOn reports whether the quotation closing at token close is cut
// by a comma and the sentence goes on after it (up to token hi) with a
// word: what follows is the quotation's attribution.
func (a *attributor) cutQuoteGoesOn(close, hi int) bool {
	return close > 0 && close+1 < hi && a.toks[close-1].punct(a.text, ',') && a.toks[close+1].kind == tokWord
}

// clauseBeforeAttribution records the outlet's words that a partial
// quotation ends, from the sentence's start to the closing mark at token
// close, as reported speech of the speaker named after the quotation:
// 'Teachers who connect online are "very, very pro-Bernie," Kilfoyle
// said.' The clause goes before the sentence's first quotation, so that
// it is read as the words around it.
//
// The attribution must end the sentence ('..., Kilfoyle said.', '...,"
// Kilfoyle said on Tuesday.'), and the clause must be the outlet's words
// alone, without a colon that would make the quotation a sentence of its own.
func (f *quoteFinder) clauseBeforeAttribution(a *attributor, lo, close, hi int, quote Quote) {
	v := close + 1
	for v < hi && a.from(v) < quote.VerbSpan.End {
		v++
	}
	// '..., "very worked up about it," said a source close to the
	// campaign.': a speaker named after the verb, and whatever describes
	// them up to the sentence's end, make an attribution that ends the
	// sentence too.
	inverted := quote.SpeakerSpan.Start >= quote.VerbSpan.End && quote.VerbSpan.End > quote.VerbSpan.Start && a.from(v) == quote.SpeakerSpan.Start &&
		!strings.HasPrefix(strings.ToLower(quote.Verb), "according") && !hasMark(a.toks, [2]int{v, hi}) && a.speakerEnds(v, quote.SpeakerSpan.End, hi) && !a.quoteAfterComma(lo, close)
	// '..., Fiorina said, adding that ...', '..., according to his
	// memoir.': a tail of the speaker's next act, or an "according to"
	// whose source runs to the sentence's end, closes the words too.
	tail := v < hi && a.toks[v].punct(f.text, ',') && v+1 < hi && (a.tailOpener(v+1) || a.settingTail(v+1, hi))
	according := strings.HasPrefix(strings.ToLower(quote.Verb), "according") && v < hi && a.speakerEnds(v, a.from(v), hi)
	// 'because of the "impact," Jacobs said, that he has had on the news':
	// the attribution is set off inside the speaker's words, which go on
	// after its comma; they are the whole sentence around it.
	goesOn := !inverted && !tail && v+2 < hi && a.toks[v].punct(f.text, ',') && a.toks[v+1].kind == tokWord && !hasMark(a.toks, [2]int{v, hi}) &&
		cappedWords(a.toks[v+1:hi]) >= 3 && !joiners[strings.ToLower(a.word(v+1))] && !clauseOpeners[strings.ToLower(a.word(v+1))] && quote.SpeakerSpan.Start > a.to(close) && !quote.SpeakerSpan.Overlaps(Span{a.from(v), a.to(hi - 1)})
	if v < hi && !inverted && !tail && !according && !goesOn && !trailing(a, v, hi) && !a.trailingSetting(v-1, hi) && !a.timesToEnd(v, hi) || close+1 >= hi || !a.toks[close+1].punct(f.text, ',') && !a.toks[close-1].punct(f.text, ',') {
		return
	}
	for k := lo; k < close; k++ {
		if a.toks[k].punct(f.text, ':') {
			return
		}
	}
	first := len(f.quotes)
	for first > 0 && f.quotes[first-1].Span.Start >= a.from(lo) {
		first--
	}
	for _, q := range f.quotes[first:] {
		if q.Kind != QuotePartial || q.Speaker != quote.Speaker {
			return // another speaker's words, or reported speech already
		}
	}
	for _, r := range f.run {
		if r >= first {
			return
		}
	}
	if a.toks[lo].kind != tokWord || cappedWords(a.toks[lo:close]) < 4 {
		return
	}
	end := a.to(close)
	if goesOn {
		end = a.to(trimEndPunct(a.toks, hi) - 1)
	}
	clause := Quote{Kind: QuoteIndirect, Span: Span{a.from(lo), end}, Speaker: quote.Speaker, SpeakerSpan: quote.SpeakerSpan, Verb: quote.Verb, VerbSpan: quote.VerbSpan}
	f.quotes = slices.Insert(f.quotes, first, clause)
}

// timesToEnd reports whether only a time ("last week", "on Tuesday")
// stands from token v to the sentence's closing stop before hi.
func (a *attributor) timesToEnd(v, hi int) bool {
	e := trimEndPunct(a.toks, hi)
	return v < e && a.onlyTimes(v, e)
}

// quoteAfterComma reports whether the first quotation of tokens [lo,
// close) opens right after a comma or a bracket, after an opening topic:
// 'As for his plans, "I write them off,"' quotes a clause of its own
// after a topic. A sentence opened by its subject is no such topic.
func (a *attributor) quoteAfterComma(lo, close int) bool {
	if a.toks[lo].kind == tokWord && !a.toks[lo].is(wPrep|wLeadIn) && !a.lowerWordIs(lo, "as") && !a.toks[lo].adverb {
		// "The party, attended by hundreds, "allows us to ...," said
		// Coleman": the words before the comma are the subject of the
		// quoted predicate, no topic of its own.
		return false
	}
	for k := lo + 1; k < close; k++ {
		if a.toks[k].kind == tokOpen {
			return a.toks[k-1].punct(a.text, ',') || a.toks[k-1].punct(a.text, '(')
		}
	}
	return false
}

// speakerEnds reports whether the words from token v and byte offset from, right
// after a speaker's name, to the sentence's end or the next comma only
// describe the speaker ("close to the campaign"): no verb, pronoun or
// "that" opens a clause of the speaker's there.
func (a *attributor) speakerEnds(v, from, hi int) bool {
	n := 0
	for k := v; k < hi; k++ {
		t := a.toks[k]
		if t.start < from {
			continue
		}
		if t.kind != tokWord {
			return true
		}
		if n++; n > 8 || !t.upper && t.is(wVerb|wAux|wThatClause|wPronoun) || a.lowerWordIs(k, "that") {
			return false
		}
	}
	return true
}

// continuesQuote reports whether the quotation quotes[idx], which has no
// speaker of its own, goes on from a direct quotation earlier in the same
// paragraph whose speaker was found: '"We are ready," he said. "We will
// talk."'. Only attribution words may stand between the two.
func (f *quoteFinder) continuesQuote(a *attributor, idx int) bool {
	if idx == 0 || len(a.toks) == 0 {
		return false
	}
	p := idx - 1
	for p > 0 && f.quotes[p].Span.Start >= a.from(0) && f.quotes[p].Kind != QuoteDirect && f.quotes[p].Speaker != "" && f.quotes[p].Speaker == f.quotes[p-1].Speaker {
		p-- // '"...," she said, describing the "tubular mixers." "..."': the fragments between are hers too
	}
	prev := f.quotes[p]
	if prev.Kind != QuoteDirect || prev.Speaker == "" || prev.Span.Start < a.from(0) || prev.Span.End > f.quotes[idx].Span.Start {
		return false
	}
	between := f.text[prev.Span.End:f.quotes[idx].Span.Start]
	return prev.SpeakerSpan.Start >= prev.Span.End && prev.SpeakerSpan.End <= f.quotes[idx].Span.Start && len(between) < 200
}

// clauseAround returns the reported clause that holds a partial
// quotation, 'Brazile said that Kaine is "a good person."': the speaker's
// words are the whole clause, of which the marks quote a part. It is
// recorded as reported speech around the partial quotation, whose words keep
// the quoted voice.
func (f *quoteFinder) clauseAround(a *attributor, sp phrase, verb cue, q quotePair, lo, hi int) (Span, bool) {
	if verb.span.End <= verb.span.Start || verb.span.End > a.from(q.open) || strings.EqualFold(verb.text, "according to") {
		return Span{}, false
	}
	for k := len(f.quotes) - 1; k >= 0 && f.quotes[k].Span.End >= a.from(sp.from); k-- {
		if f.quotes[k].Kind == QuoteIndirect && f.quotes[k].Span.Contains(q.span.Start) {
			return Span{}, false // a second partial quotation in the same clause
		}
	}
	v := sp.to
	for v < q.open && a.to(v) < verb.span.End {
		v++
	}
	c := a.clauseAfter(v, hi)
	if c > q.open || hi <= c || a.to(hi-1) < q.span.End {
		return Span{}, false
	}
	if c+1 < q.open && a.toks[q.open-1].punct(a.text, ',') && a.closingSetting(c, q.open-1) {
		return Span{}, false // 'as Obama said last week in the Rose Garden, "if ..."': a setting, then the words
	}
	if c < q.open && a.predicateOpens(c) && a.setOffAttribution(lo, sp, verb, q.open) {
		// 'But the weapons at its disposal, he added, are like "nuclear
		// bombs"': an attribution set off by commas inside the words,
		// with the predicate going on after it, is read as without a
		// quotation: the words are the whole sentence around it. 'In a
		// statement, Roe said, "..."' opens no predicate after the comma.
		return Span{a.from(lo), a.to(trimEndPunct(a.toks, hi) - 1)}, true
	}
	if n := q.open - 1; q.close > 0 && a.from(n) == verb.span.Start && (namingForms[strings.ToLower(a.word(n))] || a.lowerWordIs(n, "called")) {
		// 'Smith, whom the mayor dubbed "the little governor," left': the
		// name given ends with the quotation, its object before the
		// subject; the words after it are the sentence's.
		return Span{a.from(c), a.to(q.close)}, true
	}
	if q.close > 0 && q.close+2 < hi && sp.from > 0 && (a.lowerWordIs(sp.from-1, "which") || a.lowerWordIs(sp.from-1, "whom")) &&
		(a.toks[q.close-1].punct(a.text, ',') || a.toks[q.close+1].punct(a.text, ',')) && a.coordinatedPredicate(q.close+1, hi) {
		// 'the report, which she described as "a smear," and vowed to
		// fight': a relative clause set off by commas ends with its
		// quotation, and the verb after "and" is the sentence subject's.
		return Span{a.from(c), a.to(q.close)}, true
	}
	// The search stops at the next quotation, which the next partial
	// quotation's reading takes over: a sentence of a thousand quoted
	// fragments is not read to its end for each.
	for k := max(q.close+1, c+1); q.close > 0 && k+2 < hi && a.toks[k].kind != tokOpen; k++ {
		if (a.lowerWordIs(k, "and") || a.lowerWordIs(k, "but")) && a.namedSpeakerOpens(k+1, hi) {
			// 'Roe said the mayor was "weak" and Lutz says he is "lost"':
			// the clause ends where another speaker's begins.
			e := k - 1
			if a.toks[e].punct(a.text, ',') {
				e--
			}
			return Span{a.from(c), a.to(e)}, true
		}
	}
	return Span{a.from(c), a.to(hi - 1)}, true
}

// namedSpeakerOpens reports whether tokens from start on open a clause of
// reported speech with a subject of its own that is no pronoun: a name or
// a noun phrase right before a reporting verb ("Ann Lutz says he is ...").
func (a *attributor) namedSpeakerOpens(start, hi int) bool {
	if a.toks[start].is(wPronoun) {
		return false
	}
	for v := start + 1; v < hi && v <= start+6; v++ {
		if !a.finite(v, false) {
			continue
		}
		np := a.subject(v, start)
		return !np.empty() && np.from == start && a.skipBack(v-1, start) == np.to-1 && cappedWords(a.toks[a.clauseAfter(v, hi):hi]) >= 3
	}
	return false
}

// coordinatedPredicate reports whether token k, past a comma, is "and" or
// "but" before a lower-case past-tense or reporting verb: another
// predicate of the sentence's subject ("and vowed to fight", "and said").
func (a *attributor) coordinatedPredicate(k, hi int) bool {
	if k < hi && a.toks[k].punct(a.text, ',') {
		k++
	}
	if k+1 >= hi || !(a.lowerWordIs(k, "and") || a.lowerWordIs(k, "but")) {
		return false
	}
	t := a.toks[k+1]
	return t.kind == tokWord && !t.upper && (t.is(wVerb) || len(a.word(k+1)) > 4 && strings.HasSuffix(a.word(k+1), "ed"))
}

// closesSentence reports whether quoted words end with a sentence's final
// punctuation ("But I did not."): a sentence of someone's, however short.
func closesSentence(text string, sp Span) bool {
	t := strings.TrimRight(text[sp.Start:sp.End], " ")
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "?") || strings.HasSuffix(t, "!")
}

// namesTo reports whether tokens [from, end) are one name and nothing
// more: "Philadelphia", "Fox News".
func (a *attributor) namesTo(from, end int) bool {
	np := a.nameForward(from, end)
	return from < end && np.from == from && np.to == end && a.toks[end-1].upper
}

// whereSaid reports whether tokens [from, end) are only where or how a
// pull quote's speaker said it, ending the sentence: "on Twitter", "in a
// statement", "in an interview with local radio". A preposition, then a
// few words with no punctuation.
func (a *attributor) whereSaid(from, end int) bool {
	if end-from < 2 || end-from > 6 || !(a.lowerWordIs(from, "on") || a.lowerWordIs(from, "in") || a.lowerWordIs(from, "via")) {
		return false
	}
	for i := from + 1; i < end; i++ {
		if a.toks[i].kind != tokWord {
			return false
		}
	}
	return true
}

// afterQuote reads the attribution right after a closing mark: ', Price
// said', ', said Ned Price', ', he added', ', according to officials'.
// opens tells whether the quotation opens its sentence, so that the clause
// after it can only be its attribution, whatever the verb. tail is the
// comma token that sets off an attribution found past the outlet's words
// after the quotation (see sentenceEndAttribution), -1 for one that follows
// the closing mark straight away.
func (f *quoteFinder) afterQuote(a *attributor, lo, hi int, opens bool) (np phrase, verb cue, tail int) {
	if np, verb = f.rightAfterQuote(a, lo, hi, opens); !np.empty() || !opens {
		return np, verb, -1
	}
	return a.sentenceEndAttribution(lo, hi)
}

// rightAfterQuote reads an attribution that the closing mark at token lo-1
// leads straight into (see afterQuote).
func (f *quoteFinder) rightAfterQuote(a *attributor, lo, hi int, opens bool) (phrase, cue) {
	k := lo
	for k < hi && a.toks[k].kind == tokPunct && strings.ContainsAny(f.text[a.from(k):a.to(k)], ",―—–-") {
		k++
	}
	if k >= hi || a.toks[k].kind != tokWord {
		return phrase{}, cue{}
	}
	end := trimEndPunct(a.toks, hi)
	stop := hi == len(a.toks) && k == lo && lo > 0 && endsInStop(f.text[:a.from(lo-1)])
	opening := hi == len(a.toks) && k == lo && lo > 0 && a.toks[0].kind == tokOpen && cappedWords(a.toks[:lo]) >= 3
	if np := a.mannerInverted(k, lo, end); !np.empty() {
		return np, a.cueAt(k, k)
	}
	if stop || opening {
		// A pull quote: the quotation, then only its speaker's name
		// ("…okay." US State Department spokesman Ned Price). A
		// quotation of a few words that opens its paragraph needs no
		// stop when a person's name of two words or more follows
		// ("“We will never surrender” Defence Minister Ann Lee"), unlike
		// a title's ("“Black Lives Matter” Protests", "“The Crown” Season
		// Four"). A quotation inside the words that ends no sentence is a
		// phrase of the headline's ("Rejects 'Shameful' Resolution").
		if np := a.nameForward(k, end); np.from == k && np.to == end && a.toks[end-1].upper && (stop || np.to-np.from >= 2 && a.isPersonLike(np)) {
			return np, cue{}
		}
	}
	if k < end {
		// The roundup form: '"…," Howard Kurtz, Fox News.' - the
		// quotation, then only the speaker's name and, after a comma,
		// whom they speak for.
		if np := a.nameForward(k, end); np.from == k && np.to < end && a.allNameWords(np) && a.toks[np.to].punct(f.text, ',') && a.namesTo(np.to+1, end) {
			return np, cue{}
		}
	}
	if a.accordingTo(k) {
		if np := a.nameForward(k+2, hi); !np.empty() {
			return a.withAuthor(np, hi), a.accordingCue(k)
		}
		return phrase{}, cue{}
	}
	if k > lo && strings.ContainsAny(f.text[a.from(k-1):a.to(k-1)], "―—–-") && a.toks[k].upper {
		// '"... zero taxes." - Sanders.', '"..." -Michelle Marks,
		// Philadelphia.', '"..." ― Ann Roe': a dash (the horizontal
		// bar too, the quotation dash of epigraphs and readers'
		// comments) hands the quotation to the name after it when the
		// name (and where the speaker is from) ends the sentence; '"a
		// giveaway" — Republicans, however, pushed it through' is a
		// clause of its own.
		if np := a.nameForward(k, end); np.from == k && a.allNameWords(np) && (np.to == end || a.toks[np.to].punct(f.text, ',') && a.namesTo(np.to+1, end) || a.whereSaid(np.to, end)) {
			return np, a.cueAt(k-1, k-1)
		}
	}
	if a.nextToQuote(k) && (a.lowerWordIs(k+1, "that") || a.lowerWordIs(k+1, "how") || a.lowerWordIs(k+1, "why")) {
		// '"unmistakably" suggests that ...': a clause follows the verb,
		// whose subject the quotation is or stands in; no inverted
		// speaker.
		return phrase{}, cue{}
	}
	if conditionOpeners[strings.ToLower(a.word(k))] && !a.toks[k].upper {
		// 'a "personal insult" if they did not vote for her': a
		// condition or a reason goes on with the sentence; its verb is
		// no attribution of the quotation.
		return phrase{}, cue{}
	}
	if a.nextToQuote(k) && !(a.toks[k].upper && !inflectedCue(a.word(k)) && k+1 < hi && a.toks[k+1].kind == tokWord && a.toks[k+1].upper) {
		// A capitalised verb in its base form before another capitalised
		// word opens a name ('"...," State Department spokeswoman X
		// said'), not the inverted '"...," said X'; an inflected one is
		// the cue of a title-case line ('"...," Says Pelosi').
		if np := a.nameForward(k+1, hi); !np.empty() {
			if np.to < end && a.predicateOpens(np.to) && !a.lowerWordIs(np.to, "who") && !a.participleModifier(np, end) {
				// 'who calls the mayor a "menace," said he does not
				// believe ...': the name opens the reported clause as its
				// subject, with its verb after it; it is no inverted
				// speaker.
				return phrase{}, cue{}
			}
			if np.to+2 < end && a.toks[np.to].punct(f.text, ',') && !a.allNameWords(np) && a.namesTo(np.to+1, end) {
				// '"...," said the spokesman, Peter Carr.': the role's
				// name, ending the sentence, belongs to the speaker, as
				// in "the spokesman, Peter Carr, said". A person's name
				// has two words at least; one ("…, Reuters.") is a
				// source or a place.
				np.to = end
			}
			return np, a.verbPhrase(k)
		}
		if np := a.partitive(k+1, hi); !np.empty() {
			return np, a.verbPhrase(k) // '"...," said one of those advisers, who ...'
		}
		if end-k-1 <= 3 && a.commonNounBefore(k+1, end) {
			// '"...," says a narrator.': a common noun ending the
			// sentence after the verb is the speaker.
			return phrase{k + 1, end}, a.verbPhrase(k)
		}
		if np := a.invertedCommonNoun(k+1, end, hi); !np.empty() {
			return np, a.verbPhrase(k)
		}
		return phrase{}, cue{}
	}
	reach := k + 14
	if np := a.nameForward(k, hi); np.from == k && np.to < hi && a.toks[np.to].punct(f.text, ',') && a.toks[np.to-1].upper {
		// '"...," Douglas Holtz-Eakin, an economic adviser to Republicans
		// and former director of the Congressional Budget Office, wrote':
		// a name and its appositive may be long.
		reach = k + 30
	}
	cut := k == lo && lo > 0 && a.toks[lo-1].kind == tokClose && endsMidSentence(f.text[:a.from(lo-1)])
	midSentence := opens && cut
	for v := k + 1; v < hi && v < reach; v++ {
		t := a.toks[v]
		// A full stop inside the sentence ends an abbreviation, and a
		// party tag may stand in brackets: '"...," Sen. Chris Murphy,
		// D-Conn., told Politico', 'Sen. Dick Durbin (D-Ill.) said'.
		if t.kind != tokWord && !t.punct(f.text, ',') && !t.punct(f.text, '-') && !t.punct(f.text, '\'') &&
			!t.punct(f.text, '.') && !t.punct(f.text, '(') && !t.punct(f.text, ')') && !t.punct(f.text, '&') {
			break // ("P&G", "Research & Trading" go on)
		}
		// A verb only WordNet lists counts when it ends the attribution:
		// '"...," Carson answered.'
		manner := false
		after := v + 1
		if makeForms[strings.ToLower(a.word(v))] {
			after += a.makeFrame(v) // '"...," the mayor made clear.': the frame ends the attribution
		}
		if !a.finite(v, true) && !(a.nextToQuote(v) && trailing(a, after, hi)) && !a.pastAfterName(k, v, hi) {
			if manner = midSentence && a.verbAfterSpeaker(k, v, hi); !manner {
				continue
			}
		}
		if a.intentFollows(v) {
			break // '"proof" Iran planned to ...': a clause of its own, not the quote's attribution
		}
		np := a.subject(v, k)
		for np.from-2 > k && a.toks[np.from-1].punct(f.text, '&') && a.toks[np.from-2].upper && a.toks[np.from].upper {
			np.from -= 2 // "P&G", "Johnson & Johnson": one name
		}
		if np.empty() && strings.HasSuffix(strings.ToLower(a.word(v)), "ing") && !t.upper {
			continue // "policy planning director": an -ing word inside the speaker's role
		}
		if np.empty() {
			np = a.placedCommonNoun(k, v)
		}
		if np.empty() {
			break
		}
		// The speaker must open the clause after the quote (lead-ins such
		// as "But" aside), or follow a role set off by commas ("the
		// defence minister, Hossein Dehghan, said"). A determiner and
		// modifiers the name leaves out belong to it: "the presumptive
		// Republican nominee".
		// "years ago Bill Marsh said": a time before the name is no part
		// of the speaker, nor another subject.
		ago := cut && np.from > k && np.from-k <= roleModifierWords && a.lowerWordIs(np.from-1, "ago")
		if np.from > k && !ago && (a.phraseLead(k) && a.onlyModifiers(k+1, np.from) || a.roleBeforeName(k, np) || cut && a.roleWords(k, np) || a.bodyWithAcronym(k, np.from)) {
			np.from = k // "former congressman Dan Maffei", "screenwriter Cole Haddon"
		}
		if !(np.from > k && a.toks[np.from-1].punct(f.text, ',')) && !ago {
			for j := k; j < np.from; j++ {
				if !a.toks[j].is(wLeadIn) {
					return phrase{}, cue{}
				}
			}
		}
		if manner && v+1 < hi && a.toks[v+1].kind == tokWord && clauseParticles[strings.ToLower(a.word(v+1))] {
			return np, a.cueAt(v, v+1) // "shot back", "went on"
		}
		if !cut && np.from == k+1 && !a.toks[np.from].is(wPronoun) && (a.lowerWordIs(k, "and") || a.lowerWordIs(k, "but")) {
			// 'X accuses the mayor of "leading from behind" and Y says he
			// is "losing"', 'X called it "a mess" and the council
			// agreed': a quotation the sentence goes on from is joined to
			// another speaker's clause, which is no attribution of it. A
			// pronoun after "and" is mostly the same speaker going on.
			return phrase{}, cue{}
		}
		return np, a.verbPhrase(v)
	}
	return phrase{}, cue{}
}

// placedCommonNoun returns the speaker of a common noun and the phrase
// of place after it that fill tokens [k, v) before the reporting verb at
// v, right after a quotation: '"...," a voter in the crowd said', '"...,"
// the narrator in the ad says', '"...," one woman at the rally told
// reporters'. A determiner or "one" opens it, the noun is a person's by
// its ending or its class, and the phrase after the preposition has a
// few words and no verb or comma; empty otherwise.
func (a *attributor) placedCommonNoun(k, v int) phrase {
	if v-k < 4 || v-k > 9 || !(a.toks[k].is(wDet) || a.lowerWordIs(k, "one")) || a.lowerWordIs(k, "that") || a.lowerWordIs(k, "this") {
		return phrase{}
	}
	for h := k + 1; h < v-2 && h <= k+3; h++ {
		t := a.toks[h]
		if t.kind != tokWord || t.upper {
			return phrase{}
		}
		if !a.toks[h+1].is(wPrep) || a.lowerWordIs(h+1, "of") || a.lowerWordIs(h+1, "to") {
			continue
		}
		if !personNoun(strings.ToLower(a.word(h))) {
			return phrase{}
		}
		for i := h + 2; i < v; i++ {
			if t := a.toks[i]; t.kind != tokWord || t.is(wVerb|wPronoun|wThatClause) && !t.upper {
				return phrase{}
			}
		}
		return phrase{k, h + 1}
	}
	return phrase{}
}

// asideSentenceTokens bounds the sentence after a question or an outcry
// whose opening attribution, set off by a comma, names the speaker of the
// quotation before it.
const asideSentenceTokens = 40

// participleModifier reports whether the -ed word after a common noun
// phrase np, before end, opens a phrase of place or subject that says
// which one speaks: '"...," said an aide involved in the talks', '...
// said a diplomat briefed on the matter'. The noun phrase opens with a
// determiner or a count ("an aide", "two people"), not a name, and the
// participle is followed by a preposition: a name with a verb after it
// ('said Smith told reporters') opens a reported clause instead.
func (a *attributor) participleModifier(np phrase, end int) bool {
	k := np.to
	if k+1 >= end || !a.toks[k+1].is(wPrep) || a.toks[k+1].is(wDet) {
		return false
	}
	w := strings.ToLower(a.word(k))
	if !strings.HasSuffix(w, "ed") || beForms[w] || auxVerbs[w] {
		return false
	}
	first := strings.ToLower(a.word(np.from))
	return np.to-np.from >= 2 && np.to-np.from <= 4 && (a.toks[np.from].is(wDet) || timeCounts[first] || startsWithDigit(first))
}

// setOffAttribution reports whether the attribution before the quotation
// opening at token open, speaker sp and verb, stands set off by commas
// inside words of the sentence from token lo: 'If the law was never
// tested, Roe said, there is a reason: "..."', 'If Roe wins, he said,
// "she will ..."'. At least three words of the outlet's, with no
// quotation mark or reporting verb, come before the speaker's comma; the
// verb's comma follows the verb (or an adverb after it). After the comma
// come words of the outlet's before the quotation, or the quotation
// itself opening in lower case.
func (a *attributor) setOffAttribution(lo int, sp phrase, verb cue, open int) bool {
	c := sp.from - 1
	if c-lo < 3 || !a.toks[c].punct(a.text, ',') || a.toks[lo].kind != tokWord || hasMark(a.toks, [2]int{lo, c}) || lowerWords(a.toks[lo:c])+cappedWords(a.toks[lo:c]) < 3 {
		return false
	}
	v := a.tokenAt(verb.span.Start, [2]int{sp.to, open})
	if v >= open || v != sp.to {
		return false
	}
	e := a.tokenAt(verb.span.End-1, [2]int{v, open}) + 1
	if e < open && a.toks[e].kind == tokWord && strings.HasSuffix(strings.ToLower(a.word(e)), "ly") {
		e++ // "said recently"
	}
	if e >= open || !a.toks[e].punct(a.text, ',') || a.reportsBetween(lo, c) {
		return false
	}
	if b := a.toks[c-1]; b.kind == tokWord && (b.adverb || b.is(wPrep|wConnector|wLeadIn) || strings.HasSuffix(strings.ToLower(a.word(c-1)), "ing")) {
		// '... at Republican critics, including, he said, "..."', '...
		// and also, Roe said, "..."': the attribution cuts into a phrase
		// of its own, which alone is the speaker's.
		return false
	}
	if e+1 == open {
		// 'If Roe wins, he said, "she will ..."': a quotation opening in
		// lower case goes on with the sentence the words before began; a
		// capital opens a sentence of the speaker's own after a setting
		// ('Asked about it, Roe said, "No."').
		return open+1 < len(a.toks) && a.toks[open+1].kind == tokWord && !a.toks[open+1].upper
	}
	return !a.toks[e+1].is(wPrep) && !hasMark(a.toks, [2]int{e + 1, open}) && !a.reportsBetween(e+1, open) // "added, to applause: "..."" is a setting
}

// clauseIntoQuote returns the first token of the words between the
// reporting verb right after speaker sp and the quotation opening at
// token open, when the quotation opens in lower case and so goes on with
// them: 'Ryan says no matter what Obama does, "his word does not trump
// the law."'. It is -1 when the verb does not follow the speaker, fewer
// than two words stand between, or a quotation mark, colon or another
// reporting verb does.
func (a *attributor) clauseIntoQuote(sp phrase, verb cue, open int) int {
	if open+1 >= len(a.toks) || a.toks[open+1].kind != tokWord || a.toks[open+1].upper || verb.span.End <= verb.span.Start {
		return -1
	}
	v := a.tokenAt(verb.span.Start, [2]int{sp.to, open})
	if v != sp.to || verb.span.Start < a.to(sp.to-1) || addresseeVerbs[strings.ToLower(a.word(v))] {
		return -1 // "told the Journal, "..."": the one spoken to, no words of the speaker's
	}
	if sp.from > 0 && a.lowerWordIs(sp.from-1, "as") {
		return -1 // 'as Obama said last week, "if Iran cheats ..."': the "as" clause is the setting of the quotation
	}
	from := a.tokenAt(verb.span.End-1, [2]int{v, open}) + 1
	for from < open && a.toks[from].kind == tokWord {
		// 'said late Wednesday at the United Nations, "the violence
		// must end"': a time after the verb is the saying's setting.
		if a.toks[from].is(wTime) {
			from++
		} else if (a.lowerWordIs(from, "late") || a.lowerWordIs(from, "early")) && from+1 < open && a.toks[from+1].is(wTime) || a.timeAt(from) && !a.toks[from].is(wTime) {
			from += 2
		} else {
			break
		}
	}
	if from+2 >= open || a.toks[from].kind != tokWord || a.toks[from].upper && !a.toks[from].is(wPronoun) {
		return -1
	}
	for k := from; k < open; k++ {
		if t := a.toks[k]; t.kind == tokOpen || t.kind == tokClose || t.punct(a.text, ':') || t.punct(a.text, ';') || t.kind == tokWord && t.is(wVerb) {
			return -1
		}
	}
	return from
}

// thatBeforeQuote returns the token of the "that" right after a reporting
// verb in tokens [lo, open) whose clause runs on, past a condition or a
// setting set off by a comma, into the quotation opening at token open:
// 'Roe said that if the vote fails, "we will try again."'. It is -1 when
// there is none, or when another quotation, a colon or a second reporting
// verb stands between.
func (a *attributor) thatBeforeQuote(lo, open int) int {
	for j := lo + 1; j+3 < open; j++ {
		if !a.lowerWordIs(j, "that") || !a.toks[j-1].is(wVerb) {
			continue
		}
		for k := j + 1; k < open; k++ {
			t := a.toks[k]
			if t.kind == tokOpen || t.kind == tokClose || t.punct(a.text, ':') || t.punct(a.text, ';') || t.kind == tokWord && t.is(wVerb) {
				return -1
			}
		}
		return j
	}
	return -1
}

// namedBetween reports whether the last word of speaker, a name, stands
// among tokens [from, to): the words there tell of the speaker, not what
// the speaker said.
func (a *attributor) namedBetween(speaker string, from, to int) bool {
	last := lastField(speaker)
	if last == "" || !isCapitalisedWord(last) {
		return false
	}
	for k := from; k < to; k++ {
		if a.toks[k].kind == tokWord && a.word(k) == last {
			return true
		}
	}
	return false
}

// reportsBetween reports whether tokens [from, to) hold a reporting
// verb: words with an attribution of their own.
func (a *attributor) reportsBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if a.toks[k].kind == tokWord && a.toks[k].is(wVerb) {
			return true
		}
	}
	return false
}

// conditionOpeners open a clause of condition or reason right after a
// quotation, which goes on with the sentence. ("though" may open the
// quotation's own attribution: '"...," though Allen did suggest ...'.)
var conditionOpeners = fieldSet(`if unless because whether`)

// invertedCommonNoun returns the short common noun phrase opening at
// token from, right after an inverted reporting verb, when a comma or
// where it was said follows it: '"...," says the narrator, going on to
// list the rest', '"...," said the spokesman, who declined to be named',
// '"...," says a caller in the recording.' Whatever the comma sets off
// describes the speaker or how the words were said; the phrase itself
// is the one who said them, not the speaker of an earlier quotation. It
// is empty for anything else: '"...," says the law of the land and the
// court agreed' is no such ending.
func (a *attributor) invertedCommonNoun(from, end, hi int) phrase {
	for e := from + 2; e <= from+3 && e < end; e++ {
		if !a.commonNounBefore(from, e) {
			continue
		}
		if a.toks[e].punct(a.text, ',') && a.setOffAfterSpeaker(e-1, e+1, hi) || a.trailingSetting(e-1, hi) {
			return phrase{from, e}
		}
	}
	return phrase{}
}

// setOffAfterSpeaker reports whether the comma before token next ends the
// speaker phrase whose head is token head: the head is a person or a role
// ("the narrator, going on"), or a participle, a relative word or an
// article opens what the comma sets off ("a caller, who", "the host, a
// former mayor"). "a tall, silver-haired man" goes on with the phrase.
func (a *attributor) setOffAfterSpeaker(head, next, hi int) bool {
	if a.toks[head].is(wRole | wPerson) {
		return true
	}
	if next >= hi || a.toks[next].kind != tokWord {
		return false
	}
	w := strings.ToLower(a.word(next))
	return strings.HasSuffix(w, "ing") || relativeWords[w] || a.toks[next].is(wDet)
}

// addresseeVerbs name whom the words were spoken to in the noun phrase
// right after them ("told Channel Four", "assured reporters"), so that
// phrase is no inverted speaker.
var addresseeVerbs = fieldSet(`told tells tell informed informs assured assures reminded reminds warned warns urged urges asked asks notified notifies briefed briefs advised advises`)

// tailWords is the most tokens of the outlet's words that may stand between
// a quotation and the attribution ending its sentence.
const tailWords = 30

// sentenceEndAttribution reads the attribution that ends a quotation's
// sentence after a stretch of the outlet's words, tokens [lo, hi) being
// those after the closing mark: '"This will be a challenge" for the mayor,
// said Kunz.', '"..." if she wins by less, said Dan Wolf, an analyst at the
// Cook Report.', '"..." and that was that, Kunz said.' An attribution set
// off by a comma at the sentence's end speaks the whole sentence, and the
// quotation with it. There must be no other quotation, colon or semicolon
// before it, and the sentence must end with the attribution (hi is its end,
// not another quotation's opening mark). comma is the token that sets the
// attribution off, -1 when there is none.
func (a *attributor) sentenceEndAttribution(lo, hi int) (np phrase, verb cue, comma int) {
	end := trimEndPunct(a.toks, hi)
	if lo >= end || hi-end == 0 || !strings.ContainsAny(a.text[a.from(hi-1):a.to(hi-1)], ".!?") || a.toks[lo].kind != tokWord && !a.toks[lo].punct(a.text, ',') {
		return phrase{}, cue{}, -1
	}
	for c := lo; c < end && c < lo+tailWords; c++ {
		t := a.toks[c]
		if t.kind == tokOpen || t.kind == tokClose || t.punct(a.text, ':') || t.punct(a.text, ';') {
			return phrase{}, cue{}, -1
		}
		if c == lo || !t.punct(a.text, ',') || c+2 >= end {
			continue
		}
		// ", said Kunz." / ", said Dan Wolf, an analyst ...": the verb,
		// then a name that ends the sentence or is set off by a comma.
		// After "told" or "assured" the name is the one spoken to.
		if v := c + 1; !a.toks[v].upper && a.finite(v, true) && !addresseeVerbs[strings.ToLower(a.word(v))] {
			if np := a.nameForward(v+1, end); np.from == v+1 && !a.toks[np.from].is(wPronoun) && a.toks[np.to-1].upper &&
				(np.to == end || a.toks[np.to].punct(a.text, ',') && !hasMark(a.toks, [2]int{np.to, hi})) {
				return np, a.verbPhrase(v), c
			}
		}
		// ", Kunz said." / ", the mayor said on Tuesday.": a name or a
		// short common noun phrase, the verb, and at most where it was said.
		// ", Ann Roe, a member of the party, told Channel Four.": a
		// person's name may have an appositive set off by commas.
		np := a.nameForward(c+1, end)
		if np.from != c+1 || np.to >= end || a.toks[np.from].is(wPronoun) {
			continue
		}
		v := np.to
		if a.allNameWords(np) {
			v = a.afterAppositive(np, end)
		}
		if v < end && a.finite(v, true) && !a.toks[v].upper && (trailing(a, v+1, hi) || a.trailingSetting(v, hi)) && (a.toks[np.to-1].upper || a.commonNounBefore(np.from, np.to)) {
			return np, a.verbPhrase(v), c
		}
	}
	return phrase{}, cue{}, -1
}

// endsMidSentence reports whether s, the text up to a closing quotation
// mark, ends with a comma, a question or an exclamation mark: quoted words
// that stop where the writer's sentence goes on, most often with who said
// them ('"...," he joked.').
func endsMidSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, " "))
	return strings.ContainsRune(",?!", r)
}

// verbAfterSpeaker reports whether token v is the verb of the short clause
// that completes a sentence after a quotation cut off by a comma, a
// question or an exclamation mark: a speaker opens the clause at token k (a
// subject pronoun, a name, a role before a name, or a short common noun
// phrase), any verb follows it ('"...," he joked', '"...," Trump went on',
// '"...," she mocks', '"...," Bennett shot back'), then at most a particle
// and a manner adverb, and the sentence ends, a comma sets off what follows
// or a preposition opens where or how it was said. Whatever the verb, a
// clause that only names someone doing something right after their
// unfinished quotation tells how they said it.
func (a *attributor) verbAfterSpeaker(k, v, hi int) bool {
	t := a.toks[v]
	if v <= k || t.kind != tokWord || t.upper || t.adverb || t.is(wPrep|wDet|wTime|wPronoun|wAux|wConnector|wLeadIn) || !verbShaped(strings.ToLower(a.word(v))) {
		return false
	}
	if !a.speakerBefore(k, v) {
		return false
	}
	if !a.speaking(v) && !(v == k+1 && subjectPronouns[strings.ToLower(a.word(k))]) {
		// Past a pronoun, any verb tells how the words were said ('"...,"
		// he joked'). After a name or a noun, a verb that is not one of
		// speaking must be a past form that no plural noun shares, and
		// the speaker a name: '"The Crown," Netflix series, returns',
		// '"Cats," the musical returns', '"Free Bird," the band played'
		// read on with the story.
		// A singer named sings words ('"...," Blige sings to Clinton');
		// a choir or a band sings a song's title, read on with the story.
		if w := strings.ToLower(a.word(v)); strings.HasSuffix(w, "s") && !irregularPasts[w] && w != "sings" || a.commonNounBefore(k, v) {
			return false
		}
	}
	c := v + 1
	if c < hi && a.toks[c].kind == tokWord && clauseParticles[strings.ToLower(a.word(c))] {
		c++ // "shot back", "went on", "chimed in"
	}
	if c < hi && a.toks[c].kind == tokWord && !a.toks[c].upper && strings.HasSuffix(strings.ToLower(a.word(c)), "ly") {
		c++ // "said matter-of-factly", "joked darkly"
	}
	end := trimEndPunct(a.toks, hi)
	if c >= end || a.toks[c].punct(a.text, ',') {
		return true
	}
	// "while" before a participle tells what the speaker did meanwhile,
	// as a preposition tells where: '"...," she yells while running'.
	while := a.lowerWordIs(c, "while") && c+1 < end && a.toks[c+1].kind == tokWord && strings.HasSuffix(strings.ToLower(a.word(c+1)), "ing")
	if !a.toks[c].is(wPrep|wTime) && !while {
		return false
	}
	// The setting runs to the sentence's end or a comma without another
	// clause: no "that", no subject pronoun, no quotation, and no
	// reporting verb, of which the word read as the verb is only a
	// participle modifying the speaker ('"...," Ann Roe trapped by the
	// flood told us').
	for i := c; i < end && i < c+12; i++ {
		t := a.toks[i]
		switch {
		case t.punct(a.text, ','):
			return true
		case t.kind == tokOpen || t.kind == tokClose:
			return false
		case t.kind == tokWord && (a.lowerWordIs(i, "that") || subjectPronouns[strings.ToLower(a.word(i))] && !t.upper):
			return false
		case t.kind == tokWord && !t.upper && a.finite(i, true):
			return false
		}
		if i == end-1 {
			return true
		}
	}
	return false
}

// speakerBefore reports whether tokens [k, v) are one speaker: a subject
// pronoun, a name, a few lower-case role words before a name ("election
// law expert Rick Hasen") or a short common noun phrase ("the crowd").
func (a *attributor) speakerBefore(k, v int) bool {
	if v == k+1 && a.toks[k].kind == tokWord && subjectPronouns[strings.ToLower(a.word(k))] && !a.lowerWordIs(k, "it") {
		return true
	}
	if a.commonNounBefore(k, v) {
		return true
	}
	for j := k; j <= k+roleModifierWords && j < v; j++ {
		np := a.nameForward(j, v)
		if np.from == j && np.to == v && a.toks[v-1].upper && !a.toks[j].is(wPronoun) && (j == k || a.roleWords(k, np)) {
			return true
		}
	}
	return false
}

// roleWords reports whether tokens [k, np.from) are a few words that lead
// the name np, opening the clause after a quotation cut off by a comma, as
// its role: they end
// in a lower-case word (or np opens with a role noun) and hold no verb,
// pronoun, preposition, determiner or lead-in ("election law expert Rick
// Hasen", "Texas delegate Bill Eastland", "former presidential candidate
// Herman Cain", "former state senator Jo Reyes").
func (a *attributor) roleWords(k int, np phrase) bool {
	if np.from <= k || !a.toks[np.to-1].upper || a.toks[np.from-1].upper && !a.toks[np.from].is(wRole) {
		return false
	}
	// "former George W. Bush speechwriter Noam Neusner": a role owned by a
	// name may run longer, when a lower-case person noun ends it.
	owned := np.from-k <= maxOwnedRoleTokens && !a.toks[np.from-1].upper &&
		(personNoun(strings.ToLower(a.word(np.from-1))) || !a.toks[np.from].upper && a.toks[np.from].is(wRole))
	if np.from-k > roleModifierWords && !owned {
		return false
	}
	for i := k; i < np.from; i++ {
		t := a.toks[i]
		if owned && (t.upper && t.kind == tokWord || t.punct(a.text, '.') && i > k && len(a.word(i-1)) == 1) {
			continue // a name inside the role, initials and all
		}
		if owned && t.kind == tokWord && strings.HasSuffix(strings.ToLower(a.word(i)), "ing") && i+1 < len(a.toks) && a.toks[i+1].kind == tokWord && !a.toks[i+1].upper {
			continue // "policy planning director": a modifier, not a verb
		}
		if t.kind != tokWord || t.adverb || t.is(wPronoun|wDet|wConnector|wTime|wAux|wPrep|wLeadIn|wVerb|wParticiple|wNotSpeech|wObject) ||
			clauseOpeners[strings.ToLower(a.word(i))] || subordinators[strings.ToLower(a.word(i))] || a.lowerWordIs(i, "as") || a.lowerWordIs(i, "so") {
			return false
		}
	}
	return true
}

// maxOwnedRoleTokens is the most tokens of a role that a name owns before
// the speaker's name ("former George W. Bush speechwriter").
const maxOwnedRoleTokens = 8

// verbShaped reports whether a lower-case word may be a verb in the past or
// the third person present ("joked", "mocks", "quips"), or is one of the
// irregular past forms that tell how something was said ("went on", "shot
// back").
func verbShaped(w string) bool {
	switch {
	case irregularPasts[w]:
		return true
	case len(w) > 4 && strings.HasSuffix(w, "ed"):
		return true
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return true
	}
	return false
}

// irregularPasts are past forms without -ed that tell how words were said.
var irregularPasts = fieldSet(`went shot spoke broke began swore sang struck threw bit wrote told said put`)

// clauseParticles may follow the verb of a clause after a quotation.
var clauseParticles = fieldSet(`back on out up in off`)

// inflectedCue reports whether a cue word is inflected ("Says", "Warned",
// "Told"), which a name word never is.
func inflectedCue(w string) bool {
	w = strings.ToLower(w)
	return strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") || w == "said" || w == "told" || w == "wrote"
}

// endsInStop reports whether s, the text up to a closing quotation mark,
// ends as a quoted sentence does: with a stop, a question or exclamation
// mark, a comma or an ellipsis.
func endsInStop(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, " "))
	return strings.ContainsRune(".!?,…", r)
}

// phraseLead reports whether token k may open a speaker's noun phrase
// before its modifiers: a determiner, a possessive pronoun or a count ("the
// senior official", "his nephew", "one senior administration official",
// "another supporter").
func (a *attributor) phraseLead(k int) bool {
	t := a.toks[k]
	if t.is(wDet) {
		return true
	}
	w := strings.ToLower(a.word(k))
	return t.kind == tokWord && !t.upper && (possessivePronouns[w] || countLeads[w])
}

// countLeads open a noun phrase as a determiner does.
var countLeads = fieldSet(`one two three four five several another some many`)

// roleModifierWords is the most lower-case words (a role and its
// modifiers) that may lead a speaker's name after a quotation without a
// determiner: "former congressman Dan Maffei said".
const roleModifierWords = 3

// roleBeforeName reports whether tokens [k, np.from) are a few lower-case
// words that lead the name np as its role ("former congressman Dan
// Maffei", "screenwriter Cole Haddon", "super PAC spokeswoman Kellyanne
// Conway"): the last of them names a person, or np holds a role noun.
func (a *attributor) roleBeforeName(k int, np phrase) bool {
	if np.from-k > roleModifierWords || !a.toks[np.from].upper || !a.onlyModifiers(k, np.from) {
		return false
	}
	for i := np.from; i < np.to; i++ {
		if a.toks[i].is(wRole) {
			return true
		}
	}
	return personNoun(strings.ToLower(a.word(np.from - 1)))
}

// bodyWithAcronym reports whether tokens [k, from) before a speaker's
// role and name are a body's name with its acronym in brackets: '"...,"
// Norway's Civil Aviation Authority (CAA) chief Lars Berg said'. The
// bracket stops the name read back from the verb; the body's words are
// capitalised (a possessive owner among them) and the acronym is one word
// in capitals.
func (a *attributor) bodyWithAcronym(k, from int) bool {
	if from-k < 4 || from-k > roleModifierWords+4 || !a.toks[from-1].punct(a.text, ')') || !a.toks[from-3].punct(a.text, '(') {
		return false
	}
	acr := a.word(from - 2)
	if a.toks[from-2].kind != tokWord || len(acr) < 2 || len(acr) > 6 || strings.ToUpper(acr) != acr {
		return false
	}
	if a.lowerWordIs(k, "the") {
		k++ // "the Coastal Shipping Agency (CSA) director"
	}
	for i := k; i < from-3; i++ {
		if a.toks[i].kind == tokPunct && a.toks[i].punct(a.text, '\'') {
			continue // a possessive's mark, where it is a token of its own
		}
		if a.toks[i].kind != tokWord || !a.toks[i].upper {
			return false
		}
	}
	return true
}

// personNoun reports whether a lower-case word names a person by its
// ending, as role nouns no list holds do: "congressman", "screenwriter",
// "councilmember", "publicist", "historian".
func personNoun(w string) bool {
	for _, suffix := range []string{"man", "woman", "person", "er", "or", "ist", "ian"} {
		if len(w) > len(suffix)+2 && strings.HasSuffix(w, suffix) {
			return true
		}
	}
	return classOf(w)&wPerson != 0
}

// pastAfterName reports whether token v, a lower-case past-tense verb,
// follows a name that opens the words after a quotation at token k and
// ends the sentence or goes on only with its setting: '"...," Toomey
// fumed on Tuesday.', '"...?" Hannity pressed.' Whatever the verb, it
// tells how the quotation was said.
func (a *attributor) pastAfterName(k, v, hi int) bool {
	t := a.toks[v]
	if t.kind != tokWord || t.upper || !strings.HasSuffix(a.word(v), "ed") || t.is(wPrep|wDet|wTime|wPronoun|wAux) {
		return false
	}
	np := a.nameForward(k, v)
	if (np.from != k || np.to != v || !a.toks[v-1].upper) && !a.commonNounBefore(k, v) {
		return false
	}
	if v+1 < hi && (a.lowerWordIs(v+1, "back") || a.lowerWordIs(v+1, "out")) {
		v++ // "the audience screamed back", "the crowd cried out"
	}
	return trailing(a, v+1, hi) || a.trailingSetting(v, hi)
}

// partitive returns the phrase "one of those advisers", "some of his
// aides", "two of the witnesses" starting at token i: a count, "of", a
// determiner, a count or a possessive, and a role noun or a plain noun
// within three words; empty when there is none.
func (a *attributor) partitive(i, hi int) phrase {
	if i+3 >= hi || !countLeads[strings.ToLower(a.word(i))] || a.toks[i].upper && i > 0 || !a.lowerWordIs(i+1, "of") {
		return phrase{}
	}
	if !a.phraseLead(i+2) && !a.lowerWordIs(i+2, "those") && !a.lowerWordIs(i+2, "these") {
		return phrase{}
	}
	for k := i + 3; k < hi && k <= i+5; k++ {
		t := a.toks[k]
		if t.kind != tokWord || t.class&^(wRole|wPerson|wPlural|wAttitude) != 0 {
			return phrase{}
		}
		if t.is(wRole) || personNoun(strings.ToLower(a.word(k))) {
			return phrase{i, k + 1}
		}
	}
	return phrase{}
}

// commonNounBefore reports whether tokens [k, v) are a short common noun
// phrase led by a determiner, a count or a possessive: "the crowd", "the
// audience", "one woman", "his wife".
func (a *attributor) commonNounBefore(k, v int) bool {
	if v-k < 2 || v-k > 3 || !a.phraseLead(k) {
		return false
	}
	for i := k + 1; i < v; i++ {
		if t := a.toks[i]; t.kind != tokWord || t.upper || t.class&^(wRole|wPerson|wPlural|wAttitude) != 0 || t.adverb {
			return false
		}
	}
	return true
}

// beforeQuote reads an attribution that ends right before an opening mark:
// 'Price said: "', 'Price told reporters on Tuesday, "', 'Price said that
// "', 'According to Price, "'.
func (f *quoteFinder) beforeQuote(a *attributor, lo, open int) (phrase, cue) {
	j := open - 1
	for j >= lo && (a.toks[j].punct(f.text, ',') || a.toks[j].punct(f.text, ':') || a.toks[j].punct(f.text, '-') || a.toks[j].punct(f.text, '(')) {
		j--
	}
	if j < lo {
		return phrase{}, cue{}
	}
	if np, verb := a.asPutIt(lo, j); !np.empty() {
		return np, verb
	}
	if v := a.verbBefore(lo, j+1, 8, j < open-1); v >= 0 {
		if v > lo && a.toks[v-1].punct(f.text, ',') && !a.finite(v, true) {
			// '..., Spicer said, adding, "..."': the participle's speaker
			// is the reporting verb's.
			if np := a.participleHost(lo, v); !np.empty() {
				return np, a.verbPhrase(v)
			}
		}
		if np := a.subject(v, lo); !np.empty() {
			return np, a.verbPhrase(v)
		}
	}
	if np, v := a.invertedBefore(lo, j); !np.empty() {
		return np, a.verbPhrase(v)
	}
	// "According to the ministry, "..."" / "according to Price: "..."".
	for k := j; k >= lo && k >= j-10; k-- {
		if a.accordingTo(k) {
			if np := a.nameForward(k+2, j+1); !np.empty() && np.to == j+1 {
				return np, a.accordingCue(k)
			}
		}
	}
	// 'Marco Rubio: "You don't win ..."': a name and a colon opening the
	// paragraph, the turn or headline form, give the quotation its speaker.
	if lo == 0 && a.toks[open-1].punct(f.text, ':') && j+1 == open-1 && j-lo < 6 && a.allNameWords(phrase{lo, j + 1}) && !colonLabels[strings.ToLower(a.word(lo))] {
		return a.groupSubject(phrase{lo, j + 1}), a.cueAt(open-1, open-1)
	}
	// 'VOTERS WANT INSPIRATION - Ann Roe and Tom Hale: "..."': in a
	// roundup a dash hands the item to a name and a colon to its words.
	if a.toks[open-1].punct(f.text, ':') && j+1 == open-1 {
		for d := j; d > lo && d >= j-roundupNameWords; d-- {
			if strings.ContainsAny(a.word(d-1), "—–-") && a.toks[d-1].kind == tokPunct {
				if np := (phrase{d, j + 1}); a.allNameWords(np) && a.toks[j].upper && !colonLabels[strings.ToLower(a.word(d))] && !a.roundupPlaceOrDate(np) {
					return a.groupSubject(np), a.cueAt(open-1, open-1)
				}
				break
			}
		}
	}
	// 'Trump then went on: "..."', 'Kasich resisted: "..."': a colon hands the quotation to the
	// subject of the clause before it, whatever its verb.
	if a.toks[open-1].punct(f.text, ':') && a.toks[j].kind == tokWord {
		if np := a.sentenceSubject(lo, j); !np.empty() && np.to <= j && j-np.to < colonPredicateWords && a.colonPredicate(np.to, j+1) {
			return np, a.cueAt(np.to, j)
		}
	}
	if a.voicing(j) && !a.speechVerb(j, true) && !a.reportedBefore(j, lo) {
		// 'Protesters yelled "Go home!"', 'the crowd chanted "Four more
		// years!"': a verb of voicing right before a quotation has it as
		// its object, what was shouted. One read as a cue already is
		// left to the reading of the clause before the quotation, and
		// so is one inside a reported clause ('Witnesses said the
		// gunman shouted "..."': the witnesses' account).
		if r := j - 1; r > lo && relativeWords[strings.ToLower(a.word(r))] {
			// "supporters who chanted "Four more years"": the noun the
			// relative word follows voices it, not the sentence's subject.
			if np := a.nounBefore(r, lo); !np.empty() {
				return np, a.verbPhrase(j)
			}
			return phrase{}, cue{}
		}
		if np := a.subjectAfterJoin(j, lo); !np.empty() {
			return np, a.verbPhrase(j) // "The governor signed the bill and protesters chanted"
		}
		if np := a.subjectAfterJoinedVerbs(j, lo); !np.empty() {
			return np, a.verbPhrase(j) // "The president arrived and Democrats booed and shouted"
		}
		if np, _ := a.predicateSubject(lo, open); !np.empty() && np.to == j {
			return np, a.verbPhrase(j) // "Brotherhood supporters and other Islamists chanted"
		}
		if np := a.subject(j, lo); !np.empty() && !a.endsInFunctionWord(np) {
			return np, a.verbPhrase(j)
		}
	}
	if j > lo && voicingParticiples[strings.ToLower(a.word(j))] && !a.toks[j].upper && a.toks[j-1].punct(f.text, ',') {
		// 'Protesters interrupted her, shouting "Go home!"': the one
		// who did the clause before voices the quotation.
		if np := a.sentenceSubject(lo, j-1); !np.empty() && np.to < j-1 {
			return np, a.verbPhrase(j)
		}
	}
	return phrase{}, cue{}
}

// subjectOfFirstVerb returns the subject of the first lower-case verb of
// tokens [lo, j] (a reporting verb, a past form, a form of "be"), when it
// ends right before that verb and opens its clause: "A day later, at a
// rally, the dock union was". It is for a subject the name reading
// misses. An -s word is left out, as often a plural noun ("with Navy
// ships ready"), and so is a phrase after a preposition.
func (a *attributor) subjectOfFirstVerb(lo, j int) phrase {
	for v := lo + 1; v <= j; v++ {
		t := a.toks[v]
		if t.kind != tokWord {
			continue
		}
		w := strings.ToLower(a.word(v))
		if t.upper || !(t.is(wVerb) || len(w) > 4 && strings.HasSuffix(w, "ed") || beForms[w] || irregularPasts[w]) {
			continue
		}
		np := a.subject(v, lo)
		if np.empty() || np.to != v {
			return phrase{}
		}
		k := np.from - 1
		for k >= lo && !a.toks[np.from].upper && !a.toks[np.from].is(wPronoun) && a.toks[k].kind == tokWord && !a.toks[k].upper && !a.toks[k].is(wPrep|wVerb) {
			k-- // "a former staffer announced": a determiner and modifiers
		}
		if k >= lo && a.toks[k].is(wPrep) {
			return phrase{} // "with Navy ships ready": the object of a preposition
		}
		return np
	}
	return phrase{}
}

// authorVerbs stand between a document and who made it: "a report
// released by the council".
var authorVerbs = fieldSet(`released published issued filed conducted provided commissioned prepared written`)

// withAuthor extends the source np of "according to" that a common noun
// heads ("a recent report", "a count") with whom it is from or by, up to
// token hi: "a recent report from Harbor Energy Finance", "a count by The
// Associated Press", "a survey conducted by the Port Institute". The
// document is only the carrier; the words are its author's.
func (a *attributor) withAuthor(np phrase, hi int) phrase {
	if np.to >= hi || a.toks[np.to-1].upper || a.toks[np.from].kind != tokWord || !a.toks[np.from].is(wDet) {
		return np
	}
	k := np.to
	if k < hi && a.toks[k].is(wTime) {
		k++ // "a report Tuesday from ..."
	}
	if k < hi && authorVerbs[strings.ToLower(a.word(k))] {
		k++
	}
	if k+1 >= hi || !(a.lowerWordIs(k, "from") || a.lowerWordIs(k, "by")) {
		return np
	}
	// "by state attorney Dave Aronberg": a role in lower case may lead
	// the name.
	for st := k + 1; st < hi && st <= k+4; st++ {
		if author := a.nameForward(st, hi); !author.empty() && author.from == st {
			if !a.toks[author.to-1].upper {
				return np
			}
			if e, ok := gazetteer.Default().Lookup(a.str(author)); ok && a.lowerWordIs(k, "from") && filedFrom[e.Kind] {
				return np // "a report from Iran": where it was filed, not who wrote it
			}
			return phrase{np.from, author.to}
		}
		if t := a.toks[st]; t.kind != tokWord || t.upper {
			return np
		}
	}
	return np
}

// filedFrom are the kinds of place a report comes "from" without being
// written by: a country, a capital or a city.
var filedFrom = map[gazetteer.Kind]bool{gazetteer.Country: true, gazetteer.Capital: true, gazetteer.Place: true, gazetteer.Subdivision: true}

// longColonPredicateWords is the most words the predicate of a colon lead
// set off from its subject by an appositive may have ("Rep. Ann Roe, a
// Democrat of Ohio, gave the argument a try in an interview on Tuesday:").
const longColonPredicateWords = 16

// speakingPronouns are the subject pronouns that stand for a speaker.
var speakingPronouns = fieldSet(`he she they we i`)

// longColonLead reads the subject of a clause ending at token j before a
// colon whose predicate is too long or too far for colonPredicate: past an
// appositive set off by commas ("The mayor, a former teacher, delivered a
// blunt message to the council:"), or long itself. It returns the subject
// and the predicate's first token. A pronoun that names nobody ("It",
// "This") is no subject, nor a phrase inside the clause ("a familiar" of
// "It has become a familiar question").
func (a *attributor) longColonLead(lo, j int) (phrase, int) {
	np := a.sentenceSubject(lo, j)
	if np.empty() || np.to > j || a.toks[np.from].is(wPronoun) && !speakingPronouns[strings.ToLower(a.word(np.from))] ||
		np.from > lo && !a.toks[np.from-1].punct(a.text, ',') && !a.toks[np.from-1].is(wLeadIn) {
		return phrase{}, -1
	}
	v := np.to
	if v+2 < j && a.toks[v].punct(a.text, ',') {
		// "The mayor, a former teacher, delivered": the appositive of a
		// common noun as of a name.
		for k := v + 1; k < j && k <= v+1+appositiveWords; k++ {
			if t := a.toks[k]; t.punct(a.text, ',') {
				v = k + 1
				break
			} else if t.kind != tokWord && !t.punct(a.text, '-') && !t.punct(a.text, '\'') && !t.punct(a.text, '.') {
				break
			}
		}
	}
	if v > j || j+1-v > longColonPredicateWords || !a.colonPredicate(v, j+1) || !a.predicateVerb(v, np.to-np.from > 1) {
		return phrase{}, -1
	}
	return np, v
}

// predicateVerb reports whether token v, past any adverbs, looks like the
// verb a predicate opens with: a verb or auxiliary, a past form, or a
// present one in -s after a subject of several words (in "Giant screens
// glittered" the -s word is the subject's noun).
func (a *attributor) predicateVerb(v int, longSubject bool) bool {
	for v+1 < len(a.toks) && a.toks[v].adverb {
		v++
	}
	w := strings.ToLower(a.word(v))
	return a.toks[v].is(wVerb|wAux) || irregularPasts[w] || len(w) > 4 && strings.HasSuffix(w, "ed") || longSubject && verbShaped(w)
}

// invertedWords is the most tokens an inverted attribution before a
// quotation may run from its verb to the comma before the opening mark.
const invertedWords = 16

// invertedBefore reads an inverted attribution that ends at token j,
// right before a quotation: the reporting verb, then the speaker's name
// and what describes it. The verb opens the clause, past lead-in words
// ('Said Ann Roe, who grew up on the pier, "..."', 'But, said Roe, "..."'),
// or follows a comma inside the sentence ('Because the fares rose,
// explained Roe, "..."'). It returns the name and the verb's token.
func (a *attributor) invertedBefore(lo, j int) (phrase, int) {
	v := lo
	for v <= j && (a.toks[v].punct(a.text, ',') || a.toks[v].kind == tokWord && a.toks[v].is(wLeadIn) && !a.toks[v].is(wPrep|wDet) && !a.toks[v].is(wVerb)) {
		v++
	}
	if v > j || !a.finite(v, true) {
		v = -1
		for c := j - 1; c > lo && c >= j-invertedWords; c-- {
			if t := a.toks[c]; t.kind != tokWord && !t.punct(a.text, ',') && !t.punct(a.text, '.') && !t.punct(a.text, '\'') && !t.punct(a.text, '-') {
				break
			}
			if a.toks[c-1].punct(a.text, ',') && !a.toks[c].upper && a.finite(c, true) {
				v = c
				break
			}
		}
	}
	if v < 0 || v >= j || j-v > invertedWords || addresseeVerbs[strings.ToLower(a.word(v))] {
		return phrase{}, -1 // "..., told ABC's Jane Roe, "...": the name is the hearer
	}
	np := a.nameForward(v+1, j+1)
	if np.from != v+1 || !a.toks[np.to-1].upper || np.to <= j && !a.toks[np.to].punct(a.text, ',') {
		return phrase{}, -1
	}
	for _, t := range a.toks[np.to : j+1] {
		if t.kind == tokOpen || t.kind == tokClose {
			return phrase{}, -1
		}
	}
	return np, v
}

// roundupPlaceOrDate reports whether the words between a roundup's dash
// and colon date or place the item rather than name its source:
// "TIMELINE - March 2019:", "THE DAY IN BRIEF - Israel:".
func (a *attributor) roundupPlaceOrDate(np phrase) bool {
	for k := np.from; k < np.to; k++ {
		if a.toks[k].is(wTime) || strings.ContainsAny(a.word(k), "0123456789") {
			return true
		}
	}
	e, ok := gazetteer.Default().Lookup(a.str(np))
	return ok && filedFrom[e.Kind]
}

// roundupNameWords is the most words of a name between a roundup's dash
// and colon.
const roundupNameWords = 6

// asPutIt reads the idiom that hands a quotation to a speaker with "put"
// ("As John Cornyn, the No. 2 in the GOP leadership, put it:", "as The
// Post's Dana Milbank puts it,"), ending at token j: the subject between
// "as" and "put it" speaks; the cue is "put it".
func (a *attributor) asPutIt(lo, j int) (phrase, cue) {
	if j-2 <= lo || !a.lowerWordIs(j, "it") || !a.lowerWordIs(j-1, "put") && !a.lowerWordIs(j-1, "puts") {
		return phrase{}, cue{}
	}
	for m := j - 2; m >= lo && m >= j-30; m-- {
		if !a.lowerWordIs(m, "as") {
			continue
		}
		if np := a.subject(j-1, m+1); !np.empty() && !a.toks[np.from].is(wPronoun) {
			return np, a.cueAt(j-1, j)
		}
		break
	}
	return phrase{}, cue{}
}

// predicateVerbReports reports whether the predicate's verb that
// predicateSubject found for a fragment quoted at token open is a verb in
// the past or present tense, or in a progressive, whose object or clause
// holds the fragment: "ripped Comey for acting as "the judge"", "projects
// that "a tax" would raise". What the subject does with the quoted words
// is then reported as a whole, as after a reporting verb; a copula's
// predicate ("are "very pro-Bernie"") is not.
func (a *attributor) predicateVerbReports(verb cue, open int) bool {
	v := -1
	for k := 0; k < open; k++ {
		if a.toks[k].start == verb.span.Start {
			v = k
			break
		}
	}
	if v < 0 || v+1 >= open || a.toks[v].upper {
		return false
	}
	w := strings.ToLower(a.word(v))
	if beForms[w] || haveForms[w] || timeUnits[w] {
		return false
	}
	if strings.HasSuffix(w, "s") && !irregularPasts[w] {
		// "projects that", "targets a": a present tense takes its object
		// or clause at once; "teachers unions were", "a few weeks later"
		// are nouns.
		next := a.toks[v+1]
		return verbShaped(w) && next.kind == tokWord && (a.lowerWordIs(v+1, "that") || next.is(wDet|wPronoun) || next.upper || possessivePronouns[strings.ToLower(a.word(v+1))])
	}
	return verbShaped(w) || len(w) > 5 && strings.HasSuffix(w, "ing") && v > 0 && beForms[strings.ToLower(a.word(v-1))]
}

// actBeforeQuote reports whether a clause from token c holds, before the
// quotation opening at token open, a comma and a participle or another
// predicate joined by "and": "clashed with Johnson, chiding him, "..."",
// "joined on stage by Franken and joked, "..."". The quoted words belong
// to the later act, which the finder reads on its own.
func (a *attributor) actBeforeQuote(c, open int) bool {
	if c >= open {
		return false
	}
	for k := c + 1; k < open; k++ {
		// "closed the shelter on Monday after calling its residents "a
		// danger"": the words are the participle's, a saying of its own
		// after a preposition; the closing is a deed (review).
		if a.toks[k].kind == tokWord && a.toks[k].is(wParticiple) && a.toks[k-1].kind == tokWord && (a.toks[k-1].is(wPrep) || subordinators[strings.ToLower(a.word(k-1))]) {
			return true
		}
	}
	return a.predicateTail(c, open) > 0
}

// predicateTail returns the token that ends a predicate's words read from
// token from (before hi): a comma before a participle ("..., saying ..."),
// or "and" or "but" before a verb or a subject pronoun ("... and said
// ...", "... and he pronounced ..."); -1 when none does.
func (a *attributor) predicateTail(from, hi int) int {
	for k := from; k+1 < hi; k++ {
		next := a.toks[k+1]
		if next.kind != tokWord || next.upper {
			continue
		}
		w := strings.ToLower(a.word(k + 1))
		switch {
		case a.toks[k].punct(a.text, ',') && (next.is(wParticiple) || len(w) > 4 && strings.HasSuffix(w, "ing") && !objectGoesOn[w]):
			return k
		case (a.lowerWordIs(k, "and") || a.lowerWordIs(k, "but")) && (next.is(wVerb|wAux) || subjectPronouns[w] || len(w) > 4 && strings.HasSuffix(w, "ed")):
			if k > from && a.toks[k-1].punct(a.text, ',') {
				return k - 1
			}
			return k
		}
	}
	return -1
}

// objectGoesOn are the -ing words that, after a comma, name part of what
// comes before them rather than open a clause: "all cloning, including
// therapeutic cloning".
var objectGoesOn = fieldSet(`including excluding notably especially particularly`)

// titleQuoted reports whether every word of quotation q is capitalised:
// the title of a book, show or initiative ("acted in "Sharknado 3"",
// "appear on "The View""), which the subject names rather than says.
func (a *attributor) titleQuoted(q quotePair) bool {
	if q.close < 0 {
		return false
	}
	words := 0
	for _, t := range a.toks[q.open+1 : q.close] {
		if t.kind != tokWord {
			continue
		}
		if !t.upper && !t.is(wConnector|wDet|wPrep) {
			return false
		}
		words++
	}
	return words > 0
}

// predicateSubject reads the speaker of a quoted fragment that no
// reporting verb introduces from the clause it stands in: its subject,
// when the fragment is part of that subject's predicate ("Washington
// thanked Obama for "taking these steps"", "The ad targets a "corrupt
// political system""). Whoever does something with quoted words is the one
// who used them. The cue is the predicate's verb.
func (a *attributor) predicateSubject(lo, open int) (phrase, cue) {
	np := a.sentenceSubject(lo, open)
	if np.empty() || np.to >= open {
		return phrase{}, cue{}
	}
	v := a.afterAppositive(np, open)
	for v < open && a.toks[v].kind == tokWord && (a.toks[v].is(wAux) || a.toks[v].adverb || beForms[strings.ToLower(a.word(v))]) {
		v++
	}
	if v >= open || a.toks[v].kind != tokWord || a.toks[v].upper || a.toks[v].is(wPrep|wDet|wConnector|wPronoun|wTime) || notNounHeads[strings.ToLower(a.word(v))] {
		return phrase{}, cue{}
	}
	for k := v + 1; k < open; k++ {
		if t := a.toks[k]; t.kind != tokWord && !t.punct(a.text, ',') && !t.punct(a.text, '-') && !t.punct(a.text, '\'') {
			return phrase{}, cue{} // another clause or quotation before the fragment
		}
	}
	if c := a.framedInfinitive(v, open); c >= 0 {
		v = c // "went on to blame the U.S. for "..."": the infinitive is the cue
	}
	return np, a.cueAt(v, v)
}

// appositiveWords is the most words an appositive or relative clause set
// off by commas after a named subject may have.
const appositiveWords = 12

// afterAppositive returns the token after a named subject's appositive or
// relative clause set off by commas ("Mike Huckabee, the former Arkansas
// governor, proposed"; "Pence, who is running for reelection, praised"),
// where the predicate begins; np.to when there is none.
func (a *attributor) afterAppositive(np phrase, open int) int {
	c := np.to
	if c+2 >= open || !a.toks[c].punct(a.text, ',') || !a.toks[np.to-1].upper {
		return c
	}
	for k := c + 1; k < open && k <= c+1+appositiveWords; k++ {
		t := a.toks[k]
		if t.punct(a.text, ',') {
			if k == c+1 {
				return c
			}
			return k + 1
		}
		if t.kind != tokWord && !t.punct(a.text, '-') && !t.punct(a.text, '\'') && !t.punct(a.text, '.') {
			return c
		}
	}
	return c
}

// onlyModifiers reports whether tokens [i, j) are plain lower-case words
// with no role in an attribution: the adjectives of "the presumptive
// Republican nominee".
func (a *attributor) onlyModifiers(i, j int) bool {
	for k := i; k < j; k++ {
		if t := a.toks[k]; t.kind != tokWord || t.upper || t.class&^(wThatClause|wPhrasal|wAttitude) != 0 {
			return false
		}
	}
	return true
}

// colonPredicateWords is the most words a predicate before a colon may
// have for the colon to hand its subject the quotation: "a familiar voice
// celebrated the attacks on Twitter:", "Respondents are obliged to
// disclose:".
const colonPredicateWords = 8

// colonPredicate reports whether tokens [from, to) are a predicate that
// opens with a lower-case verb, not a preposition, and runs without a
// comma or another mark to the colon: a name inside it ("on Twitter") is
// its object.
func (a *attributor) colonPredicate(from, to int) bool {
	if from >= to || a.toks[from].upper || a.toks[from].is(wPrep|wDet|wConnector|wPronoun|wTime) {
		return false
	}
	for _, t := range a.toks[from:to] {
		if t.kind != tokWord {
			return false
		}
	}
	return true
}

// maxClauseReach bounds how many tokens before a quotation clauseBefore
// reads for its cue: longer than any attribution clause news writes.
const maxClauseReach = 120

// clauseBefore finds a reporting clause anywhere earlier in the sentence
// of a quoted fragment: 'Lavrov said the missiles were "entirely
// defensive"'; 'the strike, which Iran called "a crime"'; ', calling it
// "a lie"'.
func (f *quoteFinder) clauseBefore(a *attributor, lo, open int) (phrase, cue) {
	// The cue stands within maxClauseReach tokens of the quotation: a
	// sentence of thousands of quotations and no full stop would
	// otherwise be read back to its start for each.
	for v := open - 1; v >= lo && v >= open-maxClauseReach; v-- {
		if a.accordingTo(v) {
			if np := a.nameForward(v+2, open); !np.empty() {
				return a.withAuthor(np, open), a.accordingCue(v)
			}
			continue
		}
		if !a.speechVerb(v, true) || a.toks[v+1].kind == tokOpen && v+1 != open {
			continue // not a verb, or the verb of an earlier quotation ("what they called "...")
		}
		if a.passiveCue(a.verbPhrase(v)) && a.speechInClause(v+1, open) > v {
			continue // "Officials accused of bribery said ...": charged, not charging
		}
		if !a.finite(v, true) {
			if v > lo && a.commaBefore(v) {
				if np := a.participleSpeaker(lo, v); !np.empty() {
					return np, a.verbPhrase(v)
				}
			}
			continue
		}
		s := v
		if be := a.progressiveBe(v); be > lo && !a.contractedBe(be) && (!intentWords[strings.ToLower(a.word(v))] || progressiveOnlyWords[strings.ToLower(a.word(v))]) {
			// 'Roe is calling the plan "a mess"': the subject is the
			// progressive's. An intention ("are seeking a leader", "is
			// planning to skip") reports an aim, not the words quoted.
			s = be
		}
		if np := a.subject(s, lo); !np.empty() {
			if s != v && a.reportedBefore(s, lo) {
				// 'HRW warned that Trump was threatening "war crimes"': the
				// progressive is inside another's report, whose speaker
				// the quotation is; the walk back finds that cue.
				continue
			}
			return np, a.verbPhrase(v)
		}
		if k := a.conjunctionBefore(v, lo); k >= 0 && k > lo && a.toks[k-1].kind == tokClose && a.namedSpeakerOpens(k+1, len(a.toks)) {
			// 'Roe said the mayor was "weak" and Ann Lutz says he is
			// "lost"': after a quotation the second clause has its own
			// subject, which the reading from the sentence's start does
			// not find. ("witnesses and news reports said" is one
			// subject.)
			return a.subject(v, k+1), a.verbPhrase(v)
		}
	}
	return phrase{}, cue{}
}

// conjunctionBefore returns the "and" or "but" at most a few words before
// token v and after lo, with only words between; -1 when there is none.
func (a *attributor) conjunctionBefore(v, lo int) int {
	for k := v - 1; k > lo && k >= v-6; k-- {
		if a.toks[k].kind != tokWord {
			return -1
		}
		if a.lowerWordIs(k, "and") || a.lowerWordIs(k, "but") {
			return k
		}
	}
	return -1
}

// roleAppositive is the name set off by commas after a subject that is a
// role in lower case ("The army chief of staff, Lt. Gen. Tom Hale, flew
// south"): the person a later "he" means. Empty when there is none.
func (a *attributor) roleAppositive(np phrase, hi int) phrase {
	if np.empty() || a.toks[np.to-1].upper || a.isPlural(np) {
		return phrase{}
	}
	role := false
	for k := np.from; k < np.to; k++ {
		role = role || a.toks[k].is(wPerson)
	}
	// The role may go on in lower case past the subject read ("chief of
	// staff") up to its comma.
	c := np.to
	for c < hi && c < np.to+3 && a.toks[c].kind == tokWord && !a.toks[c].upper && !a.toks[c].is(wVerb|wAux) {
		c++
	}
	if c+3 >= hi || !a.toks[c].punct(a.text, ',') {
		return phrase{}
	}
	name := a.nameForward(c+1, hi)
	if !role || name.from != c+1 || name.to-name.from < 2 || name.to >= hi || !a.toks[name.to].punct(a.text, ',') ||
		!a.toks[name.to-1].upper || !a.allNameWords(name) || !a.isPersonLike(name) || a.isPlural(name) {
		return phrase{}
	}
	return name
}

// titledTail is the titled name ending a subject that as a whole reads
// as no person, an office's body standing before the title: "Air Force
// Gen. Tom Hale", "Retired U.S. Navy Adm. Ann Roe". Empty when np is a
// person already or ends otherwise.
func (a *attributor) titledTail(np phrase) phrase {
	if np.to-np.from < 4 || a.isPersonLike(np) {
		return phrase{}
	}
	for k := np.to - 3; k > np.from; k-- {
		t := a.toks[k]
		if t.kind != tokWord || !t.upper {
			return phrase{}
		}
		if (t.is(wPerson) || a.titleAbbrev(k)) && !a.toks[k+1].is(wPerson) && !a.titleAbbrev(k+1) {
			name := phrase{k, np.to}
			if a.allNameWords(phrase{k + 1, np.to}) && a.isPersonLike(name) && !a.isPlural(name) {
				return name
			}
			return phrase{}
		}
	}
	return phrase{}
}

// mention remembers a person named in full as the subject of a sentence
// ("Abdelaziz Abdelshakua, from Sharqia Province, was wounded"), so that a
// later "he says" refers to them even though they were not quoted yet.
func (f *quoteFinder) mention(a *attributor, lo, hi int) {
	if a.titleCase {
		// A headline or a subhead: every word is capitalised, so its
		// subject reads as a name ("Israel Girds for Ground Assault")
		// that is none, and a later "he" would mean it.
		return
	}
	if np := a.existentialOwner(lo, hi); !np.empty() {
		f.rememberPerson(a, np) // "Then there was Sen. Bob Roe's response. He ..."
		return
	}
	np := a.sentenceSubject(lo, hi)
	if !np.empty() && f.insideQuote(f.pairs, a.span(np)) {
		// "… YOUR WORDS OF DEATH. BE CAUTIOUS!": words inside quotation
		// marks, the speaker's topic, name no one a later "she" means. A person they name in
		// full is still known as a person by surname.
		if np.to-np.from >= 2 && a.toks[np.to-1].upper && a.isPersonLike(np) && !a.cannotSpeak(np) {
			f.persons[personKey(a.word(a.surnameAt(np)))] = true
		}
		return
	}
	if np.to-np.from > 1 && a.word(np.from) == "Q" && interviewAddress[strings.ToLower(strings.TrimSuffix(a.word(np.from+1), "."))] {
		return // "Q Mr. President, do you ...": the interviewer addresses someone, who is not named here
	}
	if lo+1 < hi && a.toks[lo].is(wLeadIn) && !a.toks[lo].is(wDet|wPrep) {
		// "While department spokeswoman Heather Nauert said ..., she"
		if sub := a.nameForward(lo+1, hi); sub.from == lo+1 && a.isPersonLike(sub) && sub.to-sub.from >= 2 && a.toks[sub.to-1].upper {
			np = sub
		}
	}
	if a.isPlural(np) {
		f.lastPlural, f.lastPluralSpan = a.str(np), a.span(np)
	}
	if key := personKey(a.word(np.from)); np.to-np.from == 1 && a.toks[np.from].upper && (f.persons[key] || f.givenNamed[key] && possessive(a.word(np.from)) && np.from == lo) {
		// "Separately, Price also spoke ..., as he dismissed ...": a
		// surname named in full before is the person a "he" refers to.
		// So is its possessive heading the subject: in "Kerry's comments
		// show the U.S. will not wait. He noted ..." he is Kerry.
		sp := a.span(np)
		sp.End -= text.PossessiveLen(f.text[sp.Start:sp.End])
		f.lastPerson, f.lastPersonSpan = f.text[sp.Start:sp.End], sp
		return
	}
	if name := a.roleAppositive(np, hi); !name.empty() {
		f.rememberPerson(a, name) // "The army chief of staff, Lt. Gen. Tom Hale, flew south."
		return
	}
	if name := a.titledTail(np); !name.empty() {
		f.rememberPerson(a, name) // "Air Force Gen. Tom Hale is speaking out": the general
		return
	}
	if np.to-np.from < 2 || !a.toks[np.to-1].upper || !a.isPersonLike(np) || a.cannotSpeak(np) {
		if !a.isPersonLike(np) || np.empty() || a.cannotSpeak(np) {
			f.appositivePerson(a, lo, hi)
		}
		return
	}
	f.rememberPerson(a, np)
}

// existentialOwner returns the person named in full whose words or deed
// an existential sentence presents by a possessive: "Then there was New
// Jersey Sen. Bob Roe's response." The person, not "there", is whom a
// "he" in the next sentence means. It is empty for anything else.
func (a *attributor) existentialOwner(lo, hi int) phrase {
	k := lo
	for k < hi && a.toks[k].is(wLeadIn) && !a.lowerWordIs(k, "there") {
		k++ // "Then", "But"
	}
	if k+2 >= hi || !a.lowerWordIs(k, "there") || !beForms[strings.ToLower(a.word(k+1))] {
		return phrase{}
	}
	np := a.nameForward(k+2, hi)
	if np.from != k+2 || np.to-np.from < 2 || !possessive(a.word(np.to-1)) || !a.toks[np.to-1].upper || np.to >= hi || a.toks[np.to].kind != tokWord {
		return phrase{}
	}
	if name := a.str(np); notAPerson(name[:len(name)-text.PossessiveLen(name)]) {
		return phrase{} // "there was New York's answer": a place
	}
	return np
}

// appositivePerson remembers the last person a sentence whose subject is
// no person names in full with a role in apposition ("..., including
// Gregory Hicks, the deputy chief of mission") or as the agent of a
// passive that ends it ("was echoed by President Ann Roe."): the one a
// "he" in the next sentence most likely means.
func (f *quoteFinder) appositivePerson(a *attributor, lo, hi int) {
	for k := hi - 3; k > lo; k-- {
		if !a.toks[k].punct(f.text, ',') || !a.lowerWordIs(k+1, "the") && !a.lowerWordIs(k+1, "a") {
			continue
		}
		role := false
		for r := k + 2; r < hi && r <= k+6 && a.toks[r].kind == tokWord; r++ {
			if a.toks[r].is(wPerson) {
				role = true
				break
			}
		}
		if !role {
			continue
		}
		np := a.nameBackward(k-1, lo)
		if np.to-np.from >= 2 && a.allNameWords(np) && a.isPersonLike(np) {
			f.rememberPerson(a, np)
			return
		}
	}
	// "The warning was echoed by Iranian President Hassan Rouhani.": a
	// passive's agent named in full with a title ends a sentence whose
	// subject is a thing; a pronoun subject ("He was interviewed by Tom
	// Hale") keeps the person it means (review).
	if sub := a.sentenceSubject(lo, hi); !sub.empty() && a.toks[sub.from].is(wPronoun) {
		return
	}
	end := trimEndPunct(a.toks, hi)
	for k := end - 2; k > lo && k >= end-8; k-- {
		if !a.lowerWordIs(k, "by") {
			continue
		}
		v := a.verbBeforeBy(k, lo, 4)
		if w := strings.ToLower(a.word(v)); !echoVerbs[w] && !cueVerbs[w] {
			return // "bought by General Motors Co.", "written by Deputy Mayor Tom Hale": no one's words
		}
		if np := a.nameForward(k+1, end); np.from == k+1 && np.to == end && np.to-np.from >= 3 && a.toks[np.to-1].upper && a.isPersonLike(np) && !a.isPlural(np) && a.titled(np) {
			f.rememberPerson(a, np)
		}
		return
	}
}

// verbBeforeBy returns the token of the verb before the "by" of an agent
// at token k, past a time and adverbs between ("echoed on Monday by",
// "strongly backed by"), reading back at most reach tokens and not to lo.
func (a *attributor) verbBeforeBy(k, lo, reach int) int {
	v := k - 1
	for v > lo && v >= k-reach && (a.toks[v].is(wTime) || a.toks[v].adverb || a.lowerWordIs(v, "on")) {
		v--
	}
	return v
}

// echoVerbs take up what someone said, in a passive whose agent is the
// next speaker: "The warning was echoed by President Ann Roe."
var echoVerbs = fieldSet(`echoed repeated seconded rejected dismissed welcomed praised criticized criticised condemned disputed contradicted backed endorsed opposed shared voiced reiterated delivered`)

// titled reports whether a name phrase holds a title or role word before
// its last word ("Iranian President Hassan Rouhani"): a person, not a
// company named after one ("Tom Hale Construction").
func (a *attributor) titled(np phrase) bool {
	for k := np.from; k < np.to-1; k++ {
		if a.toks[k].is(wRole) {
			return true
		}
	}
	return false
}

// titledPeople remembers each person a sentence names after a title,
// wherever the name stands ("Jane Roe, President Okafor's adviser, said"):
// a definite role later ("the president said") refers back to them. The
// person a "he" means is left as the sentence's subject made it.
func (f *quoteFinder) titledPeople(a *attributor, lo, hi int) {
	for k := lo; k+1 < hi; k++ {
		start := k
		if k > lo && titleModifiers[strings.ToLower(a.word(k-1))] {
			start = k - 1 // "Vice President X": the title is the vice president's, and "the vice president" finds it
		}
		if t := a.toks[k]; t.kind != tokWord || !t.upper || !t.is(wPerson) || start == k && k > lo && a.toks[k-1].kind == tokWord && a.toks[k-1].upper {
			continue // "World Bank President X": another office
		}
		j := k + 1
		// A name is a few capitalised words; a time, a preposition or
		// a verb ends it, so that a headline's or a title-case run's
		// words ("President Obama Wednesday Announced ...", "President
		// Obama At The White House") stay out of it.
		most := maxTitledName
		if a.titleCase {
			most = maxTitledNameInTitleCase
		}
		for words := 0; j < hi && words < most && a.toks[j].kind == tokWord && (a.toks[j].upper && !a.toks[j].is(wRole|nameStoppers) ||
			j > k+1 && j+1 < hi && surnameParticles[a.word(j)] && a.toks[j+1].kind == tokWord && a.toks[j+1].upper); {
			if !surnameParticles[a.word(j)] || a.toks[j].upper {
				words++ // "Lula da Silva": a particle is no word of the count
			}
			j++
			if possessive(a.word(j - 1)) {
				break // "President Okafor's adviser": the name ends at its possessive
			}
		}
		if j == k+1 {
			continue
		}
		sp := Span{a.from(start), a.to(j - 1)}
		sp.End -= text.PossessiveLen(f.text[sp.Start:sp.End])
		if f.insideQuote(f.pairs, sp) {
			// '"... President Vik, Russia and Iran are to blame," Roe
			// tweeted': a name inside the quoted words is no one a later
			// "the president" of the outlet's own means, unless the
			// outlet names no holder at all. It is still a person a
			// later "he" may mean.
			f.quotedPeople = append(f.quotedPeople, sp)
		}
		if n := len(f.people); n == 0 || f.people[n-1] != sp {
			f.people = append(f.people, sp)
			f.noteSex(personKey(a.word(j-1)), f.text[sp.Start:sp.End], j-2 > k)
		}
		k = j - 1
	}
}

// nameStoppers are the word classes that end a name after a title.
const nameStoppers = wTime | wPrep | wDet | wAux | wLeadIn | wVerb | wThatClause | wPhrasal | wParticiple | wPronoun

// A name after a title has at most maxTitledName words, and in a
// title-case paragraph (a headline), where every word is capitalised, at
// most maxTitledNameInTitleCase.
const (
	maxTitledName            = 4
	maxTitledNameInTitleCase = 3
)

// surnameParticles stand in lower case inside a name after its first
// word: "Mayor Bill de Blasio".
var surnameParticles = fieldSet(`de al el bin ibn abu van von der da di du la le`)

// titleModifiers before a title make it another office: a vice president
// is not "the president".
var titleModifiers = fieldSet(`vice deputy assistant under acting associate`)

// givenNames records in givenNamed the surname of each name in the
// sentence's tokens from lo to hi that opens with a capitalised given
// name of the list and goes on with one or two capitalised words or
// initials ("John Kerry", "John F. Kerry"), none a role or a title. Each
// token is read once.
func (f *quoteFinder) givenNames(a *attributor, lo, hi int) {
	for k := lo; k+1 < hi; k++ {
		if t := a.toks[k]; t.kind != tokWord || !t.upper || t.class != 0 || givenNames[strings.ToLower(a.word(k))] == 0 {
			continue
		}
		last := k
		for j := k + 1; j < hi && j <= k+4; j++ {
			u := a.toks[j]
			if u.punct(a.text, '.') && j == last+1 && len(a.word(last)) == 1 {
				continue // "John F. Kerry": the initial's stop
			}
			if u.kind != tokWord || !u.upper || u.class != 0 {
				break
			}
			last = j
			if possessive(a.word(j)) {
				break // "John Kerry's aide": the name ends at its possessive
			}
		}
		if last > k && len(a.word(last)) > 1 {
			if f.givenNamed == nil {
				f.givenNamed = map[string]bool{} // a scratch built by hand, as the gate tests do
			}
			f.givenNamed[personKey(a.word(last))] = true
			k = last
		}
	}
}

// rememberPerson makes the person np names in full the one a later "he"
// or "she" means. A possessive's mark is no part of the name: "Tom
// Reyes's response was swift. He ..." means Tom Reyes.
func (f *quoteFinder) rememberPerson(a *attributor, np phrase) {
	sp := a.span(np)
	sp.End -= text.PossessiveLen(f.text[sp.Start:sp.End])
	sn := a.surnameAt(np)
	key := personKey(a.word(sn))
	f.persons[key] = true
	f.noteSex(key, f.text[sp.Start:sp.End], sn > np.from && a.toks[sn-1].upper && !a.toks[sn-1].is(wRole))
	f.people = append(f.people, sp)
	f.lastPerson, f.lastPersonSpan = f.text[sp.Start:sp.End], sp
}

// personKey is the key persons and sexes keep a person under: the last
// word of the name, lower case, without a possessive's mark.
func personKey(last string) string {
	return strings.ToLower(last[:len(last)-text.PossessiveLen(last)])
}

// pronounSex is the sex a personal pronoun stands for: 'f' for "she" and
// "her", else 'm'.
func pronounSex(pronoun string) byte {
	if pronoun == "she" || pronoun == "her" {
		return 'f'
	}
	return 'm'
}

// noteSex records the sex the phrase naming a person in full shows, under
// the person's last word; a second person of that last word and another
// sex, or one whose given name (given: the phrase has one) shows none,
// makes it unknown.
func (f *quoteFinder) noteSex(key, phrase string, given bool) {
	sex := personSex(phrase)
	if sex == 0 && !given {
		return // "President Roe": a title and a surname show nothing of the person
	}
	if old, ok := f.sexes[key]; ok && old != sex {
		sex = '?' // "Keith Scott" and "Rakeyia Scott": a bare "Scott" may be either
	} else if sex == 0 {
		sex = '?' // a full name that shows no sex: a later bare surname shows none either
	}
	if f.sexes == nil {
		f.sexes = map[string]byte{} // a finder built without the pool (the tests)
	}
	f.sexes[key] = sex
}

// sexOf is the sex of the person a speaker string names: what the string
// shows, else what the full naming of its last word showed; 0 if unknown.
func (f *quoteFinder) sexOf(name string) byte {
	if s := personSex(name); s != 0 {
		return s
	}
	words := strings.Fields(name)
	if len(words) == 0 {
		return 0
	}
	if s := f.sexes[personKey(words[len(words)-1])]; s != '?' {
		return s
	}
	return 0
}

// personFor is the person a "he", "she", "his" or "her" means: the last
// person named, unless that person is known to be of the other sex; then
// the nearest person named before whose sex is known to fit, if any ("the
// ambassador read a quote she said was Reagan's", after "Donald Trump
// tweeted", is not Trump).
func (f *quoteFinder) personFor(pronoun string) string {
	if f.lastPerson == "" {
		return ""
	}
	want := pronounSex(pronoun)
	if s := f.sexOf(f.lastPerson); s == 0 || s == want {
		return f.lastPerson
	}
	for k := len(f.people) - 1; k >= 0; k-- {
		if name := f.text[f.people[k].Start:f.people[k].End]; f.sexOf(name) == want && !strings.Contains(name, " and ") {
			return name
		}
	}
	if first, _, _ := strings.Cut(f.lastPerson, " "); indefiniteDeterminers[strings.ToLower(first)] {
		return "" // "a masked man" is read by his noun, no namesake's name: "she" is someone else
	}
	return f.lastPerson // no one fits better: the sex read may be a namesake's
}

// reportedWordsBefore reports whether the pronoun speaker np closes a
// sentence's reported words after a comma (", he said") and the last
// person named lies inside those words; from is where the sentence, and
// so the words, begin.
func (f *quoteFinder) reportedWordsBefore(a *attributor, np phrase) (from int, ok bool) {
	s := sentenceIndex(f.bounds, np.from)
	if s < 0 || np.from < 2 || !a.toks[np.from-1].punct(a.text, ',') || len(f.people) == 0 || !a.closesWithVerb(np.to, f.bounds[s][1]) {
		return 0, false
	}
	k := f.bounds[s][0]
	if a.toks[k].kind == tokOpen || hasMark(a.toks, [2]int{k, np.from}) {
		return 0, false // a quotation's words: its speaker is read with it
	}
	from = a.from(k)
	last := f.lastPersonSpan
	return from, f.lastPerson != "" && last.Start >= from && last.End <= a.from(np.from)
}

// speakerBefore is the last speaker named before byte offset limit when
// that speaker is a person a "he" or "she" may mean (of the pronoun's sex,
// or of none known); "" otherwise. After "Hundreds were hit, Ban said",
// "Solutions for Gaza must be found, he said" is Ban's again.
func (f *quoteFinder) speakerBefore(pronoun string, limit int) string {
	if f.lastSpeaker == "" || f.lastSpeakerSpan.End > limit || strings.Contains(f.lastSpeaker, " and ") {
		return ""
	}
	words := strings.Fields(f.lastSpeaker)
	if len(words) > 4 || !f.persons[personKey(words[len(words)-1])] && !f.namedPerson(f.lastSpeaker) {
		return "" // a role or a group ("the ministry", "officials"), not a person a "he" means
	}
	if s := f.sexOf(f.lastSpeaker); s != 0 && s != pronounSex(pronoun) {
		return ""
	}
	return f.lastSpeaker
}

// closesWithVerb reports whether a reporting verb at token v (past
// auxiliaries and adverbs) closes its sentence, with only a time or a
// setting after it or a comma: ", he said.", ", she said on Tuesday.",
// ", he said, adding ...". In "While Roe confirmed the raid, he declined
// to give details" the pronoun opens a main clause instead.
func (a *attributor) closesWithVerb(v, hi int) bool {
	for v < hi && a.toks[v].kind == tokWord && (a.toks[v].is(wAux) || a.toks[v].adverb) && !a.speechVerb(v, false) {
		v++
	}
	if v >= hi || !a.speechVerb(v, false) {
		return false
	}
	e := trimEndPunct(a.toks, hi)
	return v+1 >= e || a.toks[v+1].punct(a.text, ',') || a.onlyTimes(v+1, e) || a.closingSetting(v+1, e)
}

// namedPerson reports whether name is a person named before, in full or
// in part: "Ban" after "U.N. Secretary-General Ban Ki-moon".
// Only the last recentPeople people named are looked at, so that a long
// article of many pronouns is not read once per pronoun.
func (f *quoteFinder) namedPerson(name string) bool {
	for _, sp := range f.people[max(0, len(f.people)-recentPeople):] {
		if slices.Contains(strings.Fields(f.text[sp.Start:sp.End]), name) {
			return true
		}
	}
	return false
}

// recentPeople bounds namedPerson's look back.
const recentPeople = 64

// clauseHolder is the person a "he" or "she" in a clause hanging from its
// sentence's subject means, when that subject is a person of the
// pronoun's sex and the last person named is not known to be: "the
// ambassador read aloud a quote she said was Reagan's", after "Trump
// tweeted", is the ambassador's. "" when the rule does not apply.
func (f *quoteFinder) clauseHolder(a *attributor, pron phrase, pronoun string) string {
	want := pronounSex(pronoun)
	if f.lastPerson == "" || f.sexOf(f.lastPerson) == want {
		return ""
	}
	k := sentenceIndex(f.bounds, pron.from)
	if k < 0 || f.bounds[k][0] >= pron.from {
		return ""
	}
	lo := f.bounds[k][0]
	subj := a.sentenceSubject(lo, pron.from)
	if subj.empty() {
		// "At the start of Power's remarks explaining the U.S. position
		// on the resolution, the ambassador read aloud ...": an opening
		// phrase too long for the subject reader; the clause after its
		// comma has the subject.
		for c := pron.from - 1; c > lo; c-- {
			if a.toks[c].punct(a.text, ',') {
				subj = a.sentenceSubject(c+1, pron.from)
				break
			}
		}
	}
	if subj.empty() || subj.to >= pron.from || a.toks[subj.from].is(wPronoun) || a.isPlural(subj) {
		return ""
	}
	name := a.str(subj)
	if n, _, ok := f.roleOfNamed(a, subj); ok {
		name = n // "the ambassador": the person named with that role
	} else if !a.isPersonLike(subj) {
		return ""
	}
	if f.sexOf(name) != want {
		return ""
	}
	return name
}

// surnameAt is the token of the surname of the person np names in full:
// its last word, or the word before an "of" and the place the person is
// from ("Senator Jeff Merkley of Oregon", "President Lars Berg of
// Norway"), where the "of" does not follow a title ("Secretary of State
// John Kerry").
func (a *attributor) surnameAt(np phrase) int {
	for k := np.to - 2; k > np.from; k-- {
		if !a.lowerWordIs(k, "of") {
			continue
		}
		if b := k - 1; a.toks[b].kind == tokWord && a.toks[b].upper && !a.toks[b].is(wRole|wPerson) && np.to-k <= 4 {
			return b
		}
		break
	}
	return np.to - 1
}

// sentenceSubject is the noun phrase opening the clause that a participle
// ("..., adding that") hangs from: "Netanyahu defended the strike, saying
// ...". An opening phrase set off by a comma ("On Tuesday, ") is skipped.
func (a *attributor) sentenceSubject(lo, hi int) phrase {
	k := a.skipDateline(lo, hi)
	start := k
	if k < hi && (a.toks[k].is(wPrep|wLeadIn) || a.toks[k].is(wTime) && k+1 < hi && a.toks[k+1].punct(a.text, ',') || a.openingAdverb(k) || a.adverbialOpener(k, hi)) {
		// "In a victory speech in Westchester County on Tuesday night, ",
		// "Thursday, ": an opening phrase.
		for i := k; i < hi && i < k+openingPhraseWords; i++ {
			if a.toks[i].punct(a.text, ',') {
				k = i + 1
				break
			}
		}
		if k == start {
			k = a.pastLongParticiplePhrase(k, hi)
		}
		// "At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton": the
		// phrase goes on with a place or a time set off by commas.
		for k < hi {
			e := k
			for e < hi && e < k+4 && a.toks[e].kind == tokWord {
				e++
			}
			if e == k || e >= hi || !a.toks[e].punct(a.text, ',') || !(a.toks[k].is(wPrep|wTime) || a.allNameWords(phrase{k, e}) && e+1 < hi && a.toks[e+1].is(wPrep|wTime)) {
				break
			}
			k = e + 1
		}
	}
	if k > start && k < hi && a.toks[k].kind == tokWord && !a.toks[k].upper && strings.HasSuffix(a.word(k), "ing") {
		// "On Sunday King Harald appeared more conciliatory, thanking
		// ...": the comma closed the main clause, not an opening phrase,
		// and the subject is the first name inside it past the times.
		if np := a.subjectBeforeParticiple(start, k-1); !np.empty() {
			return np
		}
	}
	np := a.nameForward(k, hi)
	if counted := a.countedForward(k, hi); !counted.empty() {
		np = counted // "Close to three dozen House Democrats have signed a letter ..., calling"
	}
	if (np.empty() || np.from > k+1) && k > start && coordinators[strings.ToLower(a.word(start))] {
		// "And then Trump went on the attack, saying": no opening phrase
		// ends at the comma, only lead-in words stand before the subject.
		k = start + 1
		for k < hi && coordinators[strings.ToLower(a.word(k))] && !a.toks[k].upper {
			k++ // "then", "so"
		}
		np = a.nameForward(k, hi)
	}
	if np.empty() || np.from > k+1 {
		return phrase{}
	}
	// "One of them, Senator Ann Lee of Ohio, ...": the one named after
	// the count.
	if c := np.to + 2; np.to-np.from == 1 && c+2 < hi && countWord(a, np.from) && a.lowerWordIs(np.to, "of") && (a.lowerWordIs(np.to+1, "them") || a.lowerWordIs(np.to+1, "those")) && a.toks[c].punct(a.text, ',') {
		if name := a.nameForward(c+1, hi); name.from == c+1 && name.to < hi && a.toks[name.to].punct(a.text, ',') && a.toks[name.to-1].upper {
			return name
		}
	}
	// "US Central Command head, General Michael Kurilla, ...": the
	// name set off by commas belongs to the subject.
	if c := np.to; c+2 < hi && a.toks[c].punct(a.text, ',') && !a.toks[np.to-1].upper {
		if name := a.nameForward(c+1, hi); name.from == c+1 && name.to < hi && a.toks[name.to].punct(a.text, ',') && a.allNameWords(name) {
			return phrase{np.from, name.to}
		}
	}
	return np
}

// countedForward returns the counted group a clause opens with at token
// k, up to hi: a count with its lead ("More than 30 lawmakers", "Close to
// three dozen House Democrats", "Nearly 40 senators") and the name or
// role it counts; empty when k opens no count.
func (a *attributor) countedForward(k, hi int) phrase {
	c := k + a.countLead(k)
	if c == k || c >= hi || !countWord(a, c) {
		return phrase{}
	}
	c++
	if c < hi {
		if w := strings.ToLower(a.word(c)); w == "dozen" || w == "hundred" || w == "thousand" {
			c++
		}
	}
	if np := a.nameForward(c, hi); np.from == c {
		return phrase{k, np.to}
	}
	return phrase{}
}

// subjectBeforeParticiple returns the person named in full in tokens
// [lo, comma) past lead-in words, prepositions and times, when a verb
// follows the name: the subject of a clause that opens with a short time
// phrase and no comma ("But on Sunday evening King Harald appeared ...").
// It is empty for anything else ("On the Republican side, leading
// candidate ...", "While Ryan, representing ...", "Allies say ...,
// believing"), which the opening-phrase reading keeps.
func (a *attributor) subjectBeforeParticiple(lo, comma int) phrase {
	for i := lo; i < comma; i++ {
		t := a.toks[i]
		w := strings.ToLower(a.word(i))
		if t.kind != tokWord || subjectConjunctions[w] {
			return phrase{}
		}
		if t.is(wPrep|wTime|wDet) || coordinators[w] || t.is(wLeadIn) && !t.upper || i == lo && t.is(wLeadIn) {
			continue
		}
		if !t.upper {
			return phrase{}
		}
		np := a.nameForward(i, comma)
		if np.from != i || np.to-np.from < 2 || np.to >= comma || !a.allNameWords(np) || !a.isPersonLike(np) {
			return phrase{}
		}
		if next := a.toks[np.to]; next.kind != tokWord || next.upper || next.is(wPrep|wDet) {
			return phrase{}
		}
		return np
	}
	return phrase{}
}

// coordinators open a sentence without opening a clause of their own:
// the subject follows them ("And then Trump went on the attack").
var coordinators = fieldSet(`and but so yet then also still now meanwhile however instead indeed moreover furthermore besides thus hence`)

// adverbialOpener reports whether the capitalised word at k, opening a
// sentence, begins an adverbial phrase rather than naming the subject:
// a participle ("Making her way around the diner, Clinton"), a sentence
// adverb ("Shortly after the vote, McConnell"), or a word before a
// preposition or a time ("Hours later, Trump", "Back in Iowa, Sanders").
// A lower-case word must follow it, or it may begin a name.
func (a *attributor) adverbialOpener(k, hi int) bool {
	t := a.toks[k]
	if t.kind != tokWord || !t.upper || t.is(wRole|wDet|wPronoun|wVerb) || k+1 >= hi {
		return false
	}
	next := a.toks[k+1]
	if next.kind != tokWord || next.upper || next.is(wVerb|wAux) && !a.lowerWordIs(k+1, "later") {
		return false
	}
	w := strings.ToLower(a.word(k))
	if len(w) > 5 && strings.HasSuffix(w, "ing") || next.is(wPrep|wTime) || openerFollowers[strings.ToLower(a.word(k+1))] {
		return true
	}
	if len(w) < 6 {
		return false
	}
	for _, suffix := range adverbSuffixes {
		if strings.HasSuffix(w, suffix) {
			return true
		}
	}
	return false
}

// pastLongParticiplePhrase returns the token after a long participle
// phrase opening a sentence at token k, when a comma and a name end it:
// "Pressed by reporters about what the costs could be and why the response
// has been limited to studies, Mr. Reyes demurred" has its subject past
// more words than an opening phrase (openingPhraseWords) most often has.
// It returns k for anything else: a comma inside the phrase must be
// followed by a capitalised name, as the subject is.
func (a *attributor) pastLongParticiplePhrase(k, hi int) int {
	w := strings.ToLower(a.word(k))
	if !a.toks[k].upper || len(w) < 5 || !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") || k+1 >= hi || a.toks[k+1].upper || a.toks[k+1].kind != tokWord {
		return k
	}
	for i := k + openingPhraseWords; i+1 < hi && i < k+longParticiplePhraseWords; i++ {
		if !a.toks[i].punct(a.text, ',') {
			continue
		}
		if np := a.nameForward(i+1, hi); np.from == i+1 && a.toks[np.to-1].upper && a.isPersonLike(np) {
			return i + 1
		}
	}
	return k
}

// longParticiplePhraseWords is the most tokens pastLongParticiplePhrase
// reads for the comma ending an opening participle phrase.
const longParticiplePhraseWords = 40

// openerFollowers after a sentence's first word make it a time phrase:
// "Hours later", "Days ago", "Late last month".
var openerFollowers = fieldSet(`later ago last next`)

// openingPhraseWords is the most tokens an opening phrase set off by a
// comma may have before a sentence's subject.
const openingPhraseWords = 12

// skipDateline steps over a dateline opening an article's first sentence:
// "WASHINGTON (Reuters) -", "GAZA CITY —".
func (a *attributor) skipDateline(lo, hi int) int {
	k := lo
	for k < hi && a.toks[k].kind == tokWord && isAllCaps(a.word(k)) {
		k++
	}
	if k == lo {
		// "Washington (AFP) –": a place in title case, then the agency
		// in capitals in brackets. "(Reuters) -" alone opens a sentence
		// when the place ends with an abbreviation ("ORLANDO, Fla.") that
		// closed a sentence of its own.
		for k < hi && k < lo+3 && a.toks[k].kind == tokWord && a.toks[k].upper {
			k++
		}
		if k == lo && k+3 < hi && a.toks[k].punct(a.text, '(') && a.toks[k+1].kind == tokWord && a.toks[k+1].upper && a.toks[k+2].punct(a.text, ')') &&
			a.toks[k+3].kind == tokPunct && strings.ContainsAny(a.word(k+3), "-—–―") {
			return k + 4
		}
		if k == lo || k+3 >= hi || !a.toks[k].punct(a.text, '(') || !isAllCaps(a.word(k+1)) || !a.toks[k+2].punct(a.text, ')') {
			return lo
		}
	}
	if k < hi && a.toks[k].punct(a.text, ',') {
		// "WASHINGTON, Dec. 8 (UPI) —": a date between the place and the
		// agency.
		d := k + 1
		for d < hi && d <= k+5 && (a.toks[d].kind == tokWord && (a.toks[d].upper || startsWithDigit(a.word(d))) || a.toks[d].punct(a.text, '.') || a.toks[d].punct(a.text, ',')) {
			d++
		}
		if d > k+1 && d < hi && (a.toks[d].punct(a.text, '(') || a.toks[d].kind == tokPunct && strings.ContainsAny(a.word(d), "-—–")) {
			k = d
		}
	}
	if k < hi && a.toks[k].punct(a.text, '(') {
		for k < hi && !a.toks[k].punct(a.text, ')') {
			k++
		}
		k++
	}
	if k < hi && a.toks[k].kind == tokPunct && strings.ContainsAny(a.word(k), "-—–―:") {
		return k + 1
	}
	return lo
}

// openingAdverb reports whether token i is an adverb or interjection set
// off by a comma at a sentence's start ("Ultimately, Mr. Yanukovych
// refused", "Well, he wanted"): capitalised there, but no name.
func (a *attributor) openingAdverb(i int) bool {
	t := a.toks[i]
	if t.kind != tokWord || !t.upper || i+1 >= len(a.toks) || !a.toks[i+1].punct(a.text, ',') {
		return false
	}
	w := strings.ToLower(a.word(i))
	if openingInterjections[w] {
		return true
	}
	if len(w) < 7 {
		return false
	}
	for _, suffix := range adverbSuffixes {
		if strings.HasSuffix(w, suffix) {
			return true
		}
	}
	return false
}

// openingInterjections open a sentence with a comma after them and are
// never its subject.
var openingInterjections = fieldSet(`well yes no oh wow okay ok sure`)

// adverbSuffixes end the sentence adverbs ("ultimately", "eventually",
// "apparently", "surprisingly") and no common name ending in "ly" (Kelly,
// Beverly, Connolly).
var adverbSuffixes = []string{"ately", "ally", "ntly", "ously", "ibly", "ably", "edly", "ingly", "ively", "fully", "ctly", "stly", "rtly", "ssly"}

func isAllCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 1
}

// reported finds reported speech in a sentence without quotation marks,
// tokens [lo, hi): "according to X, ...", "X said (that) ...", "..., X
// said on Tuesday.", "X, the minister, said that ...", "..., adding that".
// class is the union of the tokens' classes: without wAccording no token
// starts "according to", and the sentence is not searched for one.
func (f *quoteFinder) reported(a *attributor, lo, hi int, class wordClass) {
	if hi-lo < 4 {
		return
	}
	// A dateline ("WASHINGTON ―") opening the sentence is no one's words.
	opening := a.skipDateline(lo, hi)
	if opening >= hi {
		opening = lo // "AA,0-": a sentence that is all dateline
	}
	sent := Span{a.from(opening), a.to(hi - 1)}
	if class&wAccording != 0 && f.accordingTo(a, lo, hi) {
		return
	}
	if np, v, comma := a.openingAsBy(lo, hi); v >= 0 {
		// "As reported by the Ledger, the council ...": the agent speaks
		// the main clause; a main clause that reports speech of its own
		// ("As reported by Reuters, Israel denied that ...") holds that
		// speaker's words too, as under "according to".
		f.addIndirect(a, Span{a.from(comma + 1), sent.End}, np, a.verbPhrase(v))
		var inner wordClass
		for _, t := range a.toks[comma+1 : hi] {
			inner |= t.class
		}
		if inner&(wVerb|wThatClause|wPhrasal) != 0 {
			f.reported(a, comma+1, hi, inner)
		}
		return
	}
	if np, v, comma := a.closingAs(lo, hi); v >= 0 {
		// "..., as David Dayen noted in The Intercept.": the words before
		// the comma are what was noted.
		n := len(f.quotes)
		f.reported(a, lo, comma, class)
		from := lo
		for _, o := range f.quotes[n:] {
			// "Protest, Mr. Obama said, is patriotism, as Ann Lee said.":
			// the words do not reach back across a cue set off inside
			// them; they start after it.
			if o.VerbSpan.End > o.VerbSpan.Start && o.Span.Start < o.VerbSpan.Start && o.Span.End > o.VerbSpan.End {
				k := a.tokenAt(o.VerbSpan.End, [2]int{lo, comma})
				for k < comma && !a.toks[k].punct(f.text, ',') {
					k++
				}
				from = max(from, k+1)
			}
		}
		if from < comma && cappedWords(a.toks[from:comma]) >= 3 {
			f.addIndirect(a, Span{a.from(from), a.to(comma - 1)}, np, a.verbPhrase(v))
		}
		return
	}
	if np, v, comma := a.closingAttribution(lo, hi); v >= 0 {
		// "..., one longtime friend said.": the whole sentence before the
		// comma is the speaker's, whatever verbs it holds.
		// Reported speech inside those words ("Officials feared the talks
		// would fail, a spokesman said") is read as well, first, and so is
		// a document put out ("Diplomats signed a cable urging strikes,
		// the Journal reports").
		n := len(f.quotes)
		f.reported(a, lo, comma, class)
		if len(f.quotes) == n {
			f.issuedDocument(a, lo, comma, nil)
		}
		f.addIndirect(a, Span{sent.Start, a.to(comma - 1)}, np, a.verbPhrase(v))
		return
	}
	defer func(n int) {
		// "The plan was rejected by the council.": a passive report with
		// its agent, when nothing else in the sentence was read as speech.
		if len(f.quotes) == n {
			f.passiveReport(a, lo, hi)
		}
	}(len(f.quotes))
	defer func(n int) {
		// "Mr. Ortiz is so careful, the vice mayor said, that ...": an
		// attribution set off by commas inside the words, when nothing
		// else in the sentence was read as speech; the words are the
		// whole sentence around it.
		if len(f.quotes) > n {
			return
		}
		if np, v := a.parentheticalAttribution(lo, hi); v >= 0 {
			f.addIndirect(a, sent, np, a.verbPhrase(v))
		}
	}(len(f.quotes))
	if np, v, sep := a.invertedClosing(lo, hi); v >= 0 {
		// "Specialists doubt that the group can do it, but it is hard to
		// tell, said Tom Hale, who is ...": the whole sentence before the
		// attribution is the speaker's, the report inside it read first,
		// as before a closing "Tom Hale said".
		f.reported(a, lo, sep, class)
		f.addIndirect(a, Span{sent.Start, a.to(sep - 1)}, np, a.verbPhrase(v))
		if np.to < hi && a.toks[np.to].punct(f.text, ',') && a.tailOpener(np.to+1) {
			f.tailSpeech(a, np, np.to, hi, sent, len(f.quotes)) // "..., said Ann Roe, adding that ..."
		}
		return
	}
	start := lo
	if np, v, comma, tail := a.closingAttributionBeforeTail(lo, hi); v >= 0 {
		// "..., Mr. Ortiz said, adding that ...": the words before the
		// comma are the speaker's, and the tail is read on its own.
		f.reported(a, lo, comma, class)
		f.addIndirect(a, Span{sent.Start, a.to(comma - 1)}, np, a.verbPhrase(v))
		start = tail
		if a.toks[tail].punct(f.text, ',') {
			defer f.tailSpeech(a, np, tail, hi, sent, len(f.quotes))
		}
	}
	held, heldAt := phrase{}, -1 // the subject of a passive charge, and the reporting verb after it
	for v := start; v < hi; v++ {
		if !a.speechVerb(v, false) {
			continue
		}
		if a.supposedSubject(v, lo) {
			continue // "If all 54 Republicans oppose the accord, ...": a case supposed, no one's voice
		}
		if stance[strings.ToLower(a.word(v))] && a.lowerWordIs(v+1, "by") {
			// "a sentiment endorsed by the crowd": the stance is the
			// agent's, in a passive; only a charge ("was blamed by critics
			// for the delays") is read, with the agent as its speaker.
			if j := a.skipBack(v-1, lo); j >= lo && a.toks[j].kind == tokWord && beForms[strings.ToLower(a.word(j))] && f.passiveCharge(a, v, j, lo, hi, sent) {
				return
			}
			continue
		}
		if a.toks[v].is(wObject) && a.laterSpeech(v+1, hi) {
			// "defended the sanctions, adding that ...": the speech is the
			// later verb's; a stance verb's object is a voice of its own.
			if stance[strings.ToLower(a.word(v))] {
				f.stanceObject(a, v, lo, hi)
			}
			continue
		}
		if stance[strings.ToLower(a.word(v))] && a.deedStance(v, hi) {
			continue // "supported and armed rebels", "backed Shiite factions": support given, not a view
		}
		if k := a.speechInClause(v+1, hi); k > v && a.passiveCue(a.verbPhrase(v)) {
			// "Officials accused of bribery said ...": the charge is a
			// reduced relative clause; the saying is its subject's.
			held, heldAt = a.subject(v, lo), k
			continue
		}
		if a.intentFollows(v) && v+2 < hi && a.speechVerb(v+2, false) && !a.phrasal(v+2) {
			continue // "refused to confirm that ...": the speech is the reporting verb's, refused
		}
		if !a.finite(v, false) {
			if v > lo && a.lowerWordIs(v-1, "by") {
				if end := f.byGerund(a, v, lo, hi); end > v {
					v = end
					continue
				}
			}
			sep := v - 1
			if v-2 > lo && a.toks[sep].kind == tokWord && a.toks[sep].adverb && strings.HasSuffix(strings.ToLower(a.word(sep)), "ly") {
				sep-- // ", eventually admitting that ...": an adverb of time or manner between
			}
			if v == lo || !a.toks[sep].punct(f.text, ',') {
				if f.boundParticiple(a, v, lo, hi, sent) {
					return
				}
				continue
			}
			c := a.clauseAfter(v, hi)
			if c >= hi || cappedWords(a.toks[c:hi]) < 4 && !(a.phrasal(v) && cappedWords(a.toks[c:hi]) > 0) {
				continue
			}
			np := a.participleSpeaker(lo, v)
			clause := Span{a.from(c), sent.End}
			if k := a.asideEnd(c, hi); k > c && !np.empty() {
				// "Mr. Lund, citing the mayor's appeal, said the ...": the
				// participle is an aside between the subject and its
				// reporting verb; its words end at the comma, and the
				// verb after it is read next.
				f.addIndirect(a, Span{a.from(c), a.to(k - 1)}, np, a.verbPhrase(v))
				v = k
				continue
			}
			if np.empty() {
				np = a.subjectOfFirstVerb(lo, v-1)
			}
			if np.empty() {
				// "Mr. Trump was just as blunt, claiming": the words are
				// reported, by a subject not read; the last speaker named
				// is most often someone else.
				f.quotes = append(f.quotes, Quote{Kind: QuoteIndirect, Span: clause, Verb: a.verbPhrase(v).text, VerbSpan: a.verbPhrase(v).span})
				return
			}
			f.addIndirect(a, clause, np, a.verbPhrase(v))
			return
		}
		if np, sep := a.invertedAttribution(v, lo, hi); sep > lo {
			words := Span{sent.Start, a.to(sep - 1)}
			if np.to+1 < hi && a.toks[np.to].punct(a.text, ',') && a.toks[sep].punct(a.text, ',') && a.predicateOpens(np.to+1) {
				// "The contrast, said Doyle and others, would be clear":
				// the attribution is set off inside the words, which go
				// on after it.
				words = sent
			}
			f.addIndirect(a, words, np, a.verbPhrase(v))
			return
		}
		if j := a.skipBack(v-1, lo); j >= lo && a.toks[j].kind == tokWord && beForms[strings.ToLower(a.word(j))] && !a.quotedAs(v) && a.progressiveBe(v) < 0 {
			if a.toks[v].is(wAttitude) && f.attitudeAt(a, v, lo, hi) {
				// "The ministry is worried that ...": a participle that is
				// also an adjective of feeling reports its subject's mind,
				// no unnamed speaker's passive.
				continue
			}
			if f.passiveCharge(a, v, j, lo, hi, sent) {
				return
			}
			// "She was asked about ...", "he is expected to win": the
			// subject of a passive is spoken to or about, and whoever
			// spoke is not named.
			// The words must open as reported words do: not with the agent
			// ("was reported by Politico") or another preposition ("was
			// confirmed with Republican support").
			if c := a.clauseAfter(v, hi); c < hi && cappedWords(a.toks[c:hi]) >= 2 && a.toks[c].kind == tokWord &&
				(!a.toks[c].is(wPrep|wTime) || passiveOpeners[strings.ToLower(a.word(c))] || a.lowerWordIs(c, "of") && actVerbs[strings.ToLower(a.word(v))] == ActAccuse) &&
				!a.lowerWordIs(c, "by") && !a.toks[c].adverb {
				if a.lowerWordIs(v+1, "by") && a.lowerWordIs(c-1, "that") && a.subjectGap(c) {
					return // "reported by witnesses that saw the smoke": a relative clause on the agent, no report
				}
				verb := a.verbPhrase(v)
				if np := a.passiveAgent(v, c); !np.empty() {
					// "It was reported by the BBC on Thursday that ...": the
					// agent is the speaker.
					f.addIndirect(a, Span{a.from(c), sent.End}, np, verb)
					return
				}
				f.quotes = append(f.quotes, Quote{Kind: QuoteIndirect, Span: Span{a.from(c), a.passiveClauseEnd(lo, c, hi, sent.End)}, Verb: verb.text, VerbSpan: verb.span})
				return
			}
			continue
		}
		np := a.subject(v, lo)
		if v == heldAt && !held.empty() {
			np = held
		}
		if k := a.issuedParticiple(v, lo); k >= 0 {
			// "issued a statement applauding the raid": the issuer speaks,
			// not the document.
			if issuer := a.subject(k, lo); !issuer.empty() {
				np = issuer
			}
		}
		if be := a.progressiveBe(v); be > lo && !a.contractedBe(be) {
			np = a.subject(be, lo) // "Clinton is calling for": the subject is the progressive's
		}
		if !np.empty() && stance[strings.ToLower(a.word(v))] && a.frontedObject(np, v, lo) {
			continue // "asked whom she supported": the side is the question word
		}
		if !np.empty() && np.to == np.from+1 && a.participleOpener(np.from, lo) {
			// "Having announced that he would not send me to prison, Judge
			// Berman proceeded ...": the participle's subject is the main
			// clause's, after the comma.
			if main := a.mainClauseSubject(v, hi); !main.empty() {
				np = main
			} else if auxParticiples[strings.ToLower(a.word(np.from))] {
				continue // "Having said all that, the plan ...": a turn of the writer's, no report
			}
		}
		if np.empty() && a.plainSay(v) {
			// "Proponents of more controls on hate speech here say there
			// is ...": a saying verb with a clause after it speaks for the
			// noun phrase opening its clause, however long its modifiers.
			j := a.skipBack(v-1, lo)
			if open := a.openingDash(j, lo); open > lo && a.subjectBeforeAside(v) {
				j = a.skipBack(open-1, lo) // "The court's newest justice -- who ... -- said"
			}
			if j > lo && a.toks[j].kind == tokWord && !a.toks[j].is(wDet) && !a.lowerWordIs(j, "to") &&
				!possessivePronouns[strings.ToLower(a.word(j))] && cappedWords(a.toks[a.clauseAfter(v, hi):hi]) >= 4 {
				np = a.untilAux(a.clauseSubject(j, j, lo))
			}
		}
		if np.empty() {
			np = a.setOffOpeningSubject(lo, v, hi)
		}
		if dataVerbs[strings.ToLower(a.word(v))] {
			// "An average of recent polls by RealClearPolitics shows": a
			// data noun heads the subject, whose last nouns ("an analysis
			// of super PACs and their donors shows") are not what shows.
			if dp := a.dataPhrase(v); np.empty() || !dp.empty() && dp.from < np.from && dp.to >= np.to {
				np = dp
			}
		}
		if np.empty() && a.lowerWordIs(v, "say") && a.lowerWordIs(v-1, "to") && f.boundParticiple(a, v, lo, hi, sent) {
			return // "continued to say he had never touched her"
		}
		if np.empty() && (a.lowerWordIs(v, "said") || a.lowerWordIs(v, "says") || a.pastReportingThat(v)) {
			// "Cruz has supported more visas but has since said he now
			// believes ...": a saying verb (or a past reporting verb before
			// "that") whose subject lies beyond reach,
			// before a clause opened by "that" or a subject pronoun, reports
			// that clause; the speaker stays unnamed, since the sentence's
			// opening noun phrase is as often not the one speaking.
			if j := a.skipBack(v-1, lo); j >= lo && (a.toks[j].kind == tokWord || a.pastReportingThat(v)) {
				if c := a.clauseAfter(v, hi); c > v && c < hi && cappedWords(a.toks[c:hi]) >= 4 && (subjectPronouns[strings.ToLower(a.word(c))] || a.lowerWordIs(c-1, "that")) {
					end := sent.End
					for k := c + 1; k < hi; k++ {
						if w := a.word(k); w == "—" || w == "–" {
							end = a.to(k - 1) // "he was encouraged by the plan — a modest boost for Obama"
							break
						}
					}
					verb := a.verbPhrase(v)
					f.quotes = append(f.quotes, Quote{Kind: QuoteIndirect, Span: Span{a.from(c), end}, Verb: verb.text, VerbSpan: verb.span})
					return
				}
			}
		}
		if np.empty() {
			continue
		}
		if np.from > lo && a.lowerWordIs(np.from-1, "what") && sayForms[strings.ToLower(a.word(v))] && modalBefore(a, np.to, v) &&
			(v+1 >= hi || a.toks[v+1].is(wPrep|wTime) || a.toks[v+1].kind != tokWord) {
			// "The aides decided what the envoy would say to the press":
			// "what" is the object of a saying still to come, whose words
			// no one has spoken; what follows the verb is its setting.
			// Other verbs' "what" may open the content ("what she believes
			// are its assets"), and "what they said about the incident"
			// refers to words spoken.
			continue
		}
		if np.from > lo+1 && questionWords[strings.ToLower(a.word(np.from-1))] && askForms[strings.ToLower(a.word(np.from-2))] {
			continue // "demurred when asked whether she believed ...": the question put to her, not her belief
		}
		c := a.clauseAfter(v, hi)
		if a.silence(c, hi) {
			continue // "Smith said nothing as the officers led him away": silence, not words
		}
		if c == v+1 && c < hi && strings.HasSuffix(strings.ToLower(a.word(v)), "ed") && passiveTimeOpeners[strings.ToLower(a.word(c))] {
			// "Brutal crackdown feared as Norland halts talks": a
			// headline's passive with its "is" dropped; what follows is
			// when, not what was feared.
			continue
		}
		// "The economy, he said, is strong": an attribution set off by
		// commas inside the words; they are the whole sentence around it.
		if np.from-1 > lo && a.toks[np.from-1].punct(f.text, ',') && c-1 > v && a.toks[c-1].punct(f.text, ',') &&
			(cappedWords(a.toks[lo:np.from]) >= 2 || a.predicateOpens(c) && cappedWords(a.toks[c:hi]) >= 2) && a.skipBack(v-1, lo) == np.to-1 {
			// A one-word subject does when a predicate follows the second
			// comma: "Time, Mr. Pence added, was on their side."
			if a.commentOpensAt(c) && cappedWords(a.toks[lo:np.from]) >= 4 && a.holdsPredicate(lo, np.from) {
				// "The guard opened fire at the gate, police said, in
				// violence like earlier attacks": the words end at the
				// attribution; the phrase after it is the writer's.
				f.addIndirect(a, Span{sent.Start, a.from(np.from - 1)}, np, a.verbPhrase(v))
				return
			}
			f.addIndirect(a, sent, np, a.verbPhrase(v))
			return
		}
		// In a headline capitalised words after the verb are its words, not
		// a trailing name: "Clinton Says Russians Hacked The DNC Servers".
		if (!a.titleCase || np.from > lo) && trailing(a, v+1, hi) && !a.stanceOnName(v, c, hi) || np.from-1 > lo && a.toks[np.from-1].punct(f.text, ',') && !a.toks[v].is(wObject|wTopic) && !a.phrasal(v) && !cueVerbs[strings.ToLower(a.word(v))] && a.trailingSetting(v, hi) {
			// "..., X said on Tuesday.": the reported words come first.
			if np.from-1 <= lo || !a.toks[np.from-1].punct(f.text, ',') || cappedWords(a.toks[lo:np.from]) < 4 || a.onlySubordinate(lo, np.from-1) {
				continue
			}
			f.addIndirect(a, Span{sent.Start, a.from(np.from - 1)}, np, a.verbPhrase(v))
			return
		}
		if a.settingOnlyTag(v, c, hi) {
			continue // '"...?" Roe asked in a radio interview.': the words are the quotation's
		}
		if n := cappedWords(a.toks[c:hi]); n < 3 && !(n >= 2 && (a.speechObject(v) || denyForms[strings.ToLower(a.word(v))] && a.deniedMatter(c, trimEndPunct(a.toks, hi)) || a.toks[v].is(wObject) || a.intentFollows(v) || a.announcement(v) || a.actObject(v) || a.toks[v].is(wNotSpeech) && a.namingFollows(v))) && !(n > 0 && a.phrasal(v)) && !(n > 0 && a.stanceOnName(v, c, hi)) {
			continue // "Tehran rejected the allegations." is short but complete
		}
		// "Reuters reports that the Brotherhood said ...": two voices, one
		// inside the other. The innermost speaker's words are read as the
		// sentence's attribution (np, v, c from here on); each outer layer
		// is recorded too, holding the next one's cue and words, so that
		// who reported what stays on record (see nestedOuter). "The
		// ministry said the paper reported that farmers believed ..." has
		// three layers.
		var layers []nestedOuter // the outer layers, outermost first
		for hop := true; hop && len(layers) < maxLayers; {
			hop = false
			for v2 := c; v2 < hi && v2 < c+12; v2++ {
				if !a.finite(v2, false) {
					continue
				}
				if a.intentFollows(v2) {
					break // "Fox News reports that the Pentagon plans to ...": an intention reported, not a speaker
				}
				// "X said he believed ...": a pronoun is X again. A verb
				// joined by "and" ("said Gates was not ... and said") is X's
				// again too: its subject is the sentence's.
				if j := a.skipBack(v2-1, c); j >= c && (a.lowerWordIs(j, "and") || a.lowerWordIs(j, "but")) {
					break
				}
				if np2 := a.subject(v2, c); !np2.empty() && np2.from <= c+1 && !a.toks[np2.from].is(wPronoun) && !a.conjunctionBetween(np2.to, v2) {
					if c2 := a.clauseAfter(v2, hi); cappedWords(a.toks[c2:hi]) >= 4 {
						layers = append(layers, nestedOuter{np: np, v: v, c: c})
						np, v, c = np2, v2, c2
						hop = true
					}
				}
				break
			}
		}
		var outer nestedOuter
		if len(layers) > 0 {
			outer = layers[0]
		}
		end := sent.End
		relativeEnd := -1
		w := a.skipBack(v-1, lo)
		if !outer.np.empty() {
			w = a.skipBack(outer.v-1, lo) // "X, who said aides believed Y, did Z": the relative clause is the outer verb's
		}
		if w > lo && beForms[strings.ToLower(a.word(w))] && a.intentFollows(v) {
			w-- // "X, who is planning to run, said Y": the intention ends with the relative clause
		}
		if w > lo && (a.lowerWordIs(w, "who") || a.lowerWordIs(w, "which")) {
			// "X, who said Y, did Z": the words end with the relative clause.
			for k := c; k < hi; k++ {
				if a.toks[k].punct(f.text, ',') {
					end, relativeEnd = a.to(k-1), k
					break
				}
			}
		}
		cut := false
		if (stance[strings.ToLower(a.word(v))] || regards[strings.ToLower(a.word(v))] || a.phrasal(v) || a.topicParticle(v) > v+1 || a.announcement(v) || a.actObject(v)) && !a.thatFollows(v) {
			// The side taken is the verb's object: "blasted the plan as
			// reckless, saying ..." ends with the object's phrase.
			k := a.objectEnd(c, hi)
			if name := a.stanceName(v, c, hi); !name.empty() && name.to < k && a.toks[name.to].kind == tokWord && a.settingAfter(name.to, k) {
				k = min(k, name.to) // "endorsed Cruz Wednesday", "mocks Trump on Twitter": the side is the name
			}
			if sub := a.subordinate(lo, np.from); sub {
				// "Ever since she endorsed Clinton this month, Warren ...":
				// the subordinate clause ends at its comma.
				for i := c + 1; i < k; i++ {
					if a.toks[i].punct(f.text, ',') {
						k = i
						break
					}
				}
			}
			if e := a.to(trimEndPunct(a.toks, k) - 1); k < hi && k > c && e > a.from(c) {
				end, cut = min(end, e), true
			}
		}
		if !cut && a.toks[v].is(wNotSpeech) && a.complementAfterObject(v) {
			// "called himself pro-choice, stances that ...": the naming
			// ends with its complement's phrase.
			if k := a.complementEnd(c, hi); k < hi {
				end, cut = min(end, a.to(k-1)), true
			}
		}
		if end <= a.from(c) {
			return
		}
		// "She noted that Trump supported the invasion and has shifted
		// his position since": an inner stance's words end with its
		// object, but the outer speaker's clause goes on.
		outerEnd, innerStance := end, cut && len(layers) > 0
		if innerStance {
			outerEnd = sent.End
			if relativeEnd >= 0 {
				outerEnd = a.to(relativeEnd - 1)
			} else if k := a.outerClauseEnd(c, hi, end, a.subordinate(lo, layers[0].np.from)); k < hi {
				outerEnd = a.to(trimEndPunct(a.toks, k) - 1)
			}
		}
		for _, l := range layers {
			f.addIndirect(a, Span{a.from(l.c), outerEnd}, l.np, a.verbPhrase(l.v))
			// The inner attribution's words may yet be cut (a second
			// clause, the main clause); the outer's end with them. The
			// deferred calls run innermost layer first.
			if !innerStance {
				defer f.endWithInner(len(f.quotes) - 1)
			}
		}
		f.addIndirect(a, Span{a.from(c), end}, np, a.verbPhrase(v))
		if relativeEnd >= 0 {
			// "Podesta, who said the project was vetted, said he was
			// unaware of it": the main clause may report speech of its own.
			v = relativeEnd
			continue
		}
		if end == sent.End || cut {
			// Whether the sentence opens with a subordinate clause is
			// read at the outermost speaker: "While the mayor said
			// engineers believed the bridge was unsafe, the governor ...".
			head := np.from
			if !outer.np.empty() {
				head = outer.np.from
			}
			if a.subordinate(lo, head) && f.mainClauseSpeech(a, c, hi) {
				return
			}
			if !cut && a.opensSentence(lo, head) && f.endAtMainClause(a, c, hi, class, a.lowerWordIs(head-1, "as")) {
				return
			}
			n := len(f.quotes)
			f.secondClause(a, c, hi)
			if cut && len(f.quotes) > n {
				f.quotes[n-1].Span.End = min(f.quotes[n-1].Span.End, end)
			}
		}
		return
	}
}

// issuedParticiple returns the issue verb that puts out the document
// right before the participle at token v: "issued a statement applauding
// the raid", "released a letter urging". The document's issuer speaks (as
// in issuedDocument), not the document. It is -1 when there is none.
func (a *attributor) issuedParticiple(v, lo int) int {
	if v-3 < lo || !strings.HasSuffix(strings.ToLower(a.word(v)), "ing") || !documentNouns[strings.ToLower(a.word(v-1))] {
		return -1
	}
	for k := v - 2; k >= lo && k >= v-5; k-- {
		if a.toks[k].kind != tokWord {
			return -1
		}
		if issueVerbs[strings.ToLower(a.word(k))] {
			return k
		}
	}
	return -1
}

// dataShowings records what the data of the sentence in
// tokens [lo, hi) are said to show with "showing" after them (see
// dataShowing), beside whatever else the sentence reports: the shown
// words are the data's, inside someone's words or the outlet's. A
// "showing" already read as a cue (", showing that ..." after a speaker)
// is left as read; the sentence's attributions start at quotes[nq].
func (f *quoteFinder) dataShowings(a *attributor, lo, hi, nq int) {
	for v := lo + 1; v < hi; v++ {
		if !a.lowerWordIs(v, "showing") {
			continue
		}
		np, end := a.dataShowing(v, lo, hi)
		if end < 0 || slices.ContainsFunc(f.quotes[nq:], func(q Quote) bool { return q.VerbSpan.Contains(a.from(v)) }) {
			continue
		}
		f.addIndirect(a, Span{a.from(v + 1), a.to(end - 1)}, np, a.verbPhrase(v))
		v = end
	}
}

// dataShowing reads "showing" at token v after the data it describes: "a
// new poll showing Trump down to 14 percent", "emails that night showing
// that officials knew", "results came in showing". Between the noun and
// the participle may stand a time or one past verb with its particle. A
// recording ("a video showing the crash") depicts rather than reports, as
// where it is released (see TestIssuedDocumentSpeech). It returns
// the noun's phrase and the token ending what is shown, at the clause's
// next mark or the sentence's end; end is -1 when v reads no such
// participle or shows less than two words.
func (a *attributor) dataShowing(v, lo, hi int) (phrase, int) {
	k, verbs := v-1, 0
	for k > lo && v-k <= 3 && a.toks[k].kind == tokWord && !dataNouns[strings.ToLower(a.word(k))] {
		switch t := a.toks[k]; {
		case t.is(wTime) && !t.upper || a.lowerWordIs(k, "that") && a.toks[k+1].is(wTime):
		case verbs == 0 && pastShaped(a, k):
			verbs++
		case verbs == 0 && (a.lowerWordIs(k, "in") || a.lowerWordIs(k, "out") || a.lowerWordIs(k, "up")) && k-1 > lo && pastShaped(a, k-1):
			// the particle of the verb before it: "came in"
		default:
			return phrase{}, -1
		}
		k--
	}
	if k < lo || a.toks[k].kind != tokWord || a.toks[k].upper || !dataNouns[strings.ToLower(a.word(k))] {
		return phrase{}, -1
	}
	from := k
	for from > lo && from > k-4 {
		t := a.toks[from-1]
		if t.kind != tokWord || t.adverb || t.is(wVerb|wPrep|wThatClause|wPronoun|wAux|wConnector|wLeadIn) && !t.is(wDet) || subjectConjunctions[strings.ToLower(a.word(from-1))] {
			break
		}
		if !t.upper && !dataModifiers[strings.ToLower(a.word(from-1))] && pastShaped(a, from-1) && !(from-2 >= lo && a.toks[from-2].is(wDet)) {
			break // "The agency published a report showing": the verb that put the data out, no part of it
		}
		from--
	}
	// The phrase opens with a determiner, a name, a possessive or a
	// modifier: "the many polls", not "dispute the many polls".
	for from < k && !a.toks[from].is(wDet) && !a.toks[from].upper && !possessive(a.word(from)) && !dataModifiers[strings.ToLower(a.word(from))] && !adjectiveShaped(strings.ToLower(a.word(from))) {
		from++
	}
	end := v + 1
	for end < hi && a.toks[end].kind == tokWord {
		if w := strings.ToLower(a.word(end)); end > v+2 && !a.lowerWordIs(v+1, "that") && (beForms[w] && w != "being" && w != "been" || modalWords[w]) {
			// "the polls showing him second are wrong": the phrase was
			// the subject, and its verb comes.
			if end-v-1 < 2 {
				return phrase{}, -1
			}
			return phrase{from, k + 1}, end
		}
		end++
	}
	if end < hi && !strings.ContainsAny(a.word(end), ",;:()—–-.!?") {
		// A quotation mark or an apostrophe inside the clause: it runs on
		// to the next mark that ends a clause.
		for end < hi && (a.toks[end].kind != tokPunct || !strings.ContainsAny(a.word(end), ",;:()—–.!?")) {
			end++
		}
	}
	if end-v-1 < 2 {
		return phrase{}, -1
	}
	return phrase{from, k + 1}, end
}

// dataModifiers open the phrase of data or a recording without a
// determiner: "new polls", "recent polls", "leaked emails".
var dataModifiers = fieldSet(`new recent latest many several some other more internal leaked private public national state exit entrance handwritten`)

// outerClauseEnd returns the token that ends an outer speaker's clause
// whose inner stance's words end at byte offset innerEnd, read from token
// c; hi when none does. The comma after the stance's object closes an
// outer clause that is subordinate ("Because the mayor argued that the
// board endorsed the plan, the council ..."), and an "and" before a
// reporting verb opens the outer speaker's next act ("... and dismissed
// the criticism").
func (a *attributor) outerClauseEnd(c, hi, innerEnd int, subordinate bool) int {
	for k := c; k < hi; k++ {
		if a.from(k) < innerEnd {
			continue
		}
		if subordinate && a.toks[k].punct(a.text, ',') {
			return k
		}
		if (a.lowerWordIs(k, "and") || a.lowerWordIs(k, "but")) && k+1 < hi && a.toks[k+1].kind == tokWord && !a.toks[k+1].upper && a.toks[k+1].is(wVerb|wThatClause) {
			return k
		}
	}
	return hi
}

// complementEnd returns the token that ends the object and complement of
// a naming verb read from token c: a punctuation mark, a word opening a
// clause ("before", "because") or an "and" joining a verb ("called him
// divisive and accused him of ..."); hi when none does.
func (a *attributor) complementEnd(c, hi int) int {
	for k := c + 1; k < hi; k++ {
		t := a.toks[k]
		if t.kind != tokWord && !t.punct(a.text, '-') && !t.punct(a.text, '\'') {
			return k
		}
		if t.kind != tokWord {
			continue
		}
		if clauseOpeners[strings.ToLower(a.word(k))] {
			return k
		}
		if a.lowerWordIs(k, "and") && k+1 < hi && a.toks[k+1].kind == tokWord && a.toks[k+1].is(wVerb|wThatClause|wAux) {
			return k
		}
		if k > c+1 && a.timeAt(k) {
			return k // "called them idiots on Tuesday": the time is the outlet's
		}
	}
	return hi
}

// trailedName reports whether the speaker phrase np after an inverted
// reporting verb goes on, to the sentence's end, with only a phrase of
// place or setting or a relative clause on the speaker: "..., said a
// spokesman for the ministry.", "..., says political scientist Ann Lee in
// Almaty.", "..., said a handful of Democrats who point to his record."
// The words before the verb are the speaker's.
//
// A phrase that holds a verb, an auxiliary or a modal is the reported
// clause's subject and verb, not a speaker ("..., argued the U.S. should
// punish Russia with sanctions"); and the phrase must end in a role,
// hold one, or open with an article or a count, as a speaker does.
func (a *attributor) trailedName(np phrase, hi int) bool {
	if np.to >= hi || !(a.toks[np.to].is(wPrep) || a.lowerWordIs(np.to, "who") || a.lowerWordIs(np.to, "of") && a.toks[np.to-1].upper) || a.toks[np.to].upper {
		// "Of" is a connector inside names, but after one it opens the
		// speaker's body: "Judge Ana Roe of the Judges' Club"; after a
		// count ("said many of the examples ...") it opens the words.
		return false
	}
	for k := np.from; k < np.to; k++ {
		if t := a.toks[k]; t.kind == tokWord && !t.upper {
			lw := strings.ToLower(a.word(k))
			if t.is(wVerb|wAux) || finiteAux[lw] || beForms[lw] || negatedAux(lw) {
				return false
			}
		}
	}
	if !a.toks[np.to-1].is(wRole) && !a.holdsRole(np) && !a.toks[np.from].is(wDet) && !countLeads[strings.ToLower(a.word(np.from))] && !a.titledName(np) {
		return false
	}
	return a.invertedNameEnds(np, hi)
}

// titledName reports whether np is a person's title and a name of two
// or more capitalised words after it ("Judge Ana Roe", "Senator Tom
// Hale"): a person, as a role word would show.
func (a *attributor) titledName(np phrase) bool {
	return np.to-np.from >= 3 && a.toks[np.from].upper && a.toks[np.from].is(wPerson) && a.allNameWords(phrase{np.from + 1, np.to})
}

// stanceOnName reports whether the stance verb at token v takes a name
// as its whole object, words [c, hi): "Cruz has endorsed Trump.", "the
// mayor praised Okafor on Monday". The side taken is the name; a short
// object that is no name ("backed down", "criticized it") is left out.
func (a *attributor) stanceOnName(v, c, hi int) bool {
	return !a.stanceName(v, c, hi).empty()
}

// stanceName is the name the stance verb at token v takes as its whole
// object from token c (see stanceOnName), or the empty phrase. A verb of
// courtesy or of no side ("welcomed Obama to Jerusalem", "thanked
// Egypt", "questioned Okafor") takes none, nor does a participle after a
// noun, which modifies it ("a super PAC supporting Scott Walker").
func (a *attributor) stanceName(v, c, hi int) phrase {
	w := strings.ToLower(a.word(v))
	if !stance[w] || sideless[w] || c >= hi || !a.toks[c].upper || a.toks[c].is(wTime|wPronoun|wDet|wLeadIn) {
		return phrase{}
	}
	if strings.HasSuffix(w, "ing") && a.nounModifier(v) {
		return phrase{}
	}
	np := a.nameForward(c, hi)
	if np.empty() || np.from != c || np.to < hi && a.toks[np.to].kind == tokWord && !a.toks[np.to].is(wPrep|wTime) {
		return phrase{}
	}
	return np
}

// settingAfter reports whether the words [from, to) after a stance's
// name only set a time, a scene or a channel ("Wednesday", "on
// Twitter", "in Iowa on Aug. 17"), not the stance's topic or reason ("on
// trade", "for arranging the speech").
func (a *attributor) settingAfter(from, to int) bool {
	for i := from; i < to; i++ {
		t := a.toks[i]
		switch {
		case t.kind != tokWord || t.is(wTime):
		case t.is(wPrep) && i+1 < to && (a.toks[i+1].upper || a.toks[i+1].is(wTime)):
			for i+1 < to && a.toks[i+1].kind == tokWord && (a.toks[i+1].upper || a.toks[i+1].is(wTime)) {
				i++ // "on Aug. 17", "in New Hampshire"
			}
		default:
			return false
		}
	}
	return true
}

// nounModifier reports whether the participle at token v follows a noun
// it modifies ("a super PAC supporting Scott Walker", "voters backing
// Okafor"): a name or role before it, and no form of "be" just before
// that to make it a progressive ("is the union supporting Okafor?").
func (a *attributor) nounModifier(v int) bool {
	if v == 0 || a.toks[v-1].kind != tokWord || !a.toks[v-1].upper && !a.toks[v-1].is(wRole|wPlural|wPerson) || a.toks[v-1].is(wPronoun) {
		return false
	}
	for k := v - 2; k >= 0 && k >= v-4 && a.toks[k].kind == tokWord; k-- {
		if beForms[strings.ToLower(a.word(k))] {
			return false
		}
	}
	return true
}

// sideless are the stance verbs that take a person without taking a side
// for or against them: courtesy ("welcomed", "thanked", "congratulated",
// "encouraged") and words that name no stance with a bare name object.
var sideless = fieldSet(`welcomed thanked congratulated encouraged expressed expresses expressing voiced questioned referenced likened`)

// conjunctionBetween reports whether "and" or "but" stands among tokens
// [from, to): the phrase read as a subject before them is no subject of
// the verb at to, which opens a clause of its own ("said the mayor was
// leading from behind and Ann Lutz says ...": "the mayor was" is not
// Lutz's reporter).
func (a *attributor) conjunctionBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if a.lowerWordIs(k, "and") || a.lowerWordIs(k, "but") {
			return true
		}
	}
	return false
}

// asideEnd returns the comma that closes a participle aside whose words
// start at token c, when a finite reporting verb follows it (past
// auxiliaries and adverbs): the ", said" of "Lund, citing the mayor's
// appeal, said ...". Only words stand between c and the comma, at most
// twelve of them; -1 when there is no such comma.
func (a *attributor) asideEnd(c, hi int) int {
	for k := c + 1; k < hi && k <= c+12; k++ {
		if a.toks[k].kind != tokWord {
			if !a.toks[k].punct(a.text, ',') {
				return -1
			}
			v := k + 1
			for v < hi && a.toks[v].kind == tokWord && !a.toks[v].upper && (a.toks[v].is(wAux) || a.toks[v].adverb) {
				v++
			}
			if v < hi && a.toks[v].kind == tokWord && !a.toks[v].upper && a.finite(v, false) && a.plainSay(v) {
				return k
			}
			return -1
		}
	}
	return -1
}

// nestedOuter is an outer attribution of a layered report ("Reuters
// reports that the Brotherhood said ..."): its speaker phrase, cue token
// and first token of its words.
type nestedOuter struct {
	np   phrase
	v, c int
}

// maxLayers is the most outer layers a layered report keeps around its
// innermost speaker: deeper chains of reporting are rare, and the bound
// keeps a hostile chain of "X said that" clauses linear.
const maxLayers = 4

// endWithInner ends the outer attribution of a layered report, at index
// at, where its inner attribution (the next one) now ends: the inner
// speaker's words are the end of the outer's. An inner attribution moved
// out of the outer one (a subordinate clause's words given to the main
// clause) leaves the outer one on its own.
func (f *quoteFinder) endWithInner(at int) {
	if at+1 >= len(f.quotes) {
		return
	}
	outer, inner := &f.quotes[at], f.quotes[at+1]
	if inner.Span.Start >= outer.Span.Start && inner.Span.End <= outer.Span.End && inner.Span.End > outer.Span.Start {
		outer.Span.End = inner.Span.End
	}
}

// stanceParticles after a stance verb make another verb of it: "knocked
// out", "backed down", "knocked on doors", or one of motion or force:
// "slammed shut the border", "slammed into a wall", "backed away".
var stanceParticles = fieldSet(`out down off up on shut open into onto through away`)

// separatorBefore returns the first token of the comma or dash right
// before the verb at token v, or -1 when another token stands there.
func (a *attributor) separatorBefore(v, lo int) int {
	if v-1 <= lo {
		return -1
	}
	if a.toks[v-1].punct(a.text, ',') {
		return v - 1
	}
	return a.dashAt(v-1, lo)
}

// participleHost returns the speaker of a participle cue set off by a
// comma at token v when a reporting verb stands before it: the subject of
// the nearest one ("The ministry will wait, Okafor said, adding that ...",
// "... when he announced his running mate, calling ..."), who says the
// participle's words too. Without one it returns an empty phrase, and the
// sentence's subject speaks.
func (a *attributor) participleHost(lo, v int) phrase {
	for k := v - 2; k >= lo; k-- {
		if t := a.toks[k]; t.kind == tokOpen || t.kind == tokClose {
			break // a verb inside a quotation is the quoted speaker's
		}
		if a.toks[k].kind == tokWord && a.finite(k, false) {
			np := a.subject(k, lo)
			if !np.empty() && np.from > lo && objectRelatives[strings.ToLower(a.word(np.from-1))] {
				continue // "denied the charges, which the Ledger reported, telling": the relative clause's verb hosts nothing
			}
			return np
		}
	}
	return phrase{}
}

// objectRelatives open a relative clause whose subject comes after them
// ("the charges, which the Ledger reported"): its verb belongs to the
// clause, not to the sentence a participle after it continues.
var objectRelatives = fieldSet(`which whom that`)

// commaBefore reports whether a comma ends the words before token v, on
// its own or as the last character inside a closing quotation mark
// ('needled the CNN "reporter," saying').
func (a *attributor) commaBefore(v int) bool {
	p := a.toks[v-1]
	return p.punct(a.text, ',') || p.kind == tokClose && p.start > 0 && a.text[p.start-1] == ','
}

// participleSpeaker returns the speaker of a participle cue set off by a
// comma at token v: the subject of a reporting verb before it, or else
// the sentence's subject.
func (a *attributor) participleSpeaker(lo, v int) phrase {
	if np := a.participleHost(lo, v); !np.empty() {
		return np
	}
	np := a.sentenceSubject(lo, v)
	if !np.empty() && np.to-np.from == 1 && a.lowerWordIs(np.from, "one") {
		if one := a.indefinitePhraseAt(np.from, v); !one.empty() {
			np = one // "One of the militants in the video makes ..., saying": not "One"
		}
	}
	if !np.empty() && possessive(a.word(np.to-1)) {
		// "Okafor's comments came as Adeyemi turned down the offer,
		// saying": a possessor is nobody's subject; the clause before
		// the participle has one.
		if sub := a.subordinateSubject(lo, v-1); !sub.empty() {
			return sub
		}
	}
	return np
}

// participleOpener reports whether token i, the first word of the
// sentence starting at lo, is a capitalised participle opening a clause
// ("Having announced", "Rattling off"), a lower-case word after it: no
// speaker's name. The caller asks it only of a one-word subject: a
// participle before a noun phrase ("Outgoing president Barack Obama",
// "Visiting officials") is an adjective of the speaker.
func (a *attributor) participleOpener(i, lo int) bool {
	w := a.word(i)
	return i == lo && a.toks[i].upper && len(w) > 5 && strings.HasSuffix(w, "ing") && !a.toks[i].is(wRole|wPerson) &&
		i+1 < len(a.toks) && a.toks[i+1].kind == tokWord && !a.toks[i+1].upper // not a name: "Playing Field Promotions"
}

// participleOpeners are the subordinators that open a sentence with a
// participle clause whose act the main clause's subject made: "After
// denying ...", "Despite rejecting ...", "While accusing ...".
var participleOpeners = fieldSet(`after despite while`)

// openingActParticiple reads a sentence that opens with a subordinator
// and a participle of a denial, accusation or other act, an adverb or two
// between ("After initially denying reports that it had caused the crash,
// Iran acknowledged ..."): the main clause's subject, who made the act,
// the participle and the comma that ends the clause; an empty phrase
// otherwise. A plain
// saying ("After saying ...") is left: its words are rarely the report's
// matter. The clause must hold words after the participle.
func (a *attributor) openingActParticiple(lo, hi int) (phrase, int, int) {
	if hi-lo < 5 || hi > len(a.toks) || a.toks[lo].kind != tokWord {
		return phrase{}, 0, 0 // "After denying it, X": a participle, words, a comma and a subject at least
	}
	v := lo + 1
	for v < hi && v <= lo+3 && a.toks[v].kind == tokWord && !strings.HasSuffix(strings.ToLower(a.word(v)), "ing") {
		v++
	}
	if v >= hi || !participleOpeners[strings.ToLower(a.word(lo))] || !strings.HasSuffix(strings.ToLower(a.word(v)), "ing") {
		return phrase{}, 0, 0
	}
	if act, ok := actVerbs[strings.ToLower(a.word(v))]; !ok || act == ActOther || act == ActSay {
		return phrase{}, 0, 0
	}
	for k := lo + 1; k < v; k++ {
		if w := strings.ToLower(a.word(k)); a.toks[k].kind != tokWord || a.toks[k].upper || !a.toks[k].adverb && !a.toks[k].is(wTime|wAux) || w == "not" || w == "never" {
			return phrase{}, 0, 0 // "After initially denying", "After first rejecting"; not "After never denying"
		}
	}
	np := a.mainClauseSubject(v, hi)
	if np.empty() || np.from-1 <= v+1 {
		return phrase{}, 0, 0
	}
	return np, v, np.from - 1
}

// openingParticiple records the act of an opening participle clause
// (openingActParticiple) in the sentence of tokens [lo, hi): its words are
// the clause after the participle, its speaker the main clause's subject.
// The main clause is read as any other: "After initially denying reports
// that ..., Iran acknowledged that ..." holds a denial and an admission.
func (f *quoteFinder) openingParticiple(a *attributor, lo, hi int) {
	if np, v, comma := a.openingActParticiple(lo, hi); !np.empty() {
		f.addIndirect(a, Span{a.from(v + 1), a.to(comma - 1)}, np, a.verbPhrase(v))
	}
}

// mainClauseSubject finds the comma that ends an opening participle
// clause whose verb is at v, and returns the main clause's subject right
// after it, or an empty phrase.
func (a *attributor) mainClauseSubject(v, hi int) phrase {
	for k := v + 1; k+1 < hi; k++ {
		if a.toks[k].kind == tokOpen || a.toks[k].kind == tokClose {
			break
		}
		if !a.toks[k].punct(a.text, ',') {
			continue
		}
		if np := a.nameForward(k+1, hi); !np.empty() && np.from == k+1 && np.to < hi && a.toks[np.to].kind == tokWord {
			return np
		}
	}
	return phrase{}
}

// stance holds the stance verbs: their content is their object.
var stance = fieldSet(stanceVerbs)

// participleAfterQuote reads a participle clause that ends a sentence
// after its last quotation ('"...," Okafor said, referring to the vote',
// '..., adding that ...'): the quotation's speaker says it too. quotes[nq:]
// are the sentence's quotations.
func (f *quoteFinder) participleAfterQuote(a *attributor, b [2]int, nq int) {
	if nq == len(f.quotes) {
		return
	}
	q := f.quotes[len(f.quotes)-1]
	if q.Speaker == "" || q.Kind != QuoteDirect {
		return // a partial quote's sentence is the speaker's paraphrase already
	}
	last := -1
	for k := b[0]; k < b[1]; k++ {
		if a.toks[k].kind == tokClose || a.toks[k].kind == tokOpen {
			last = k
		}
	}
	if last < 0 || a.toks[last].kind != tokClose {
		return
	}
	// The comma may stand inside the closing mark: '..., ago," adding
	// that ...'.
	commaInside := last > 0 && a.toks[last-1].punct(f.text, ',')
	for k := last; k+1 < b[1]; k++ {
		v := k + 1
		if !(a.toks[k].punct(f.text, ',') || k == last && commaInside) || !a.toks[v].is(wParticiple|wPhrasal) || !strings.HasSuffix(a.word(v), "ing") || !a.speechVerb(v, false) || a.toks[v].is(wObject) {
			continue
		}
		if k == last && !a.lowerWordIs(v+1, "that") {
			// In US style the comma stands inside the mark before a gloss
			// too ('..., fast," referring to the Islamic State'): only a
			// clause of "that" makes the participle the speaker's words.
			return
		}
		c := a.clauseAfter(v, b[1])
		end := b[1]
		if a.phrasal(v) {
			end = a.objectEnd(c, b[1])
		}
		end = trimEndPunct(a.toks, end)
		if c >= end || cappedWords(a.toks[c:end]) < 1 {
			return
		}
		verb := a.verbPhrase(v)
		f.quotes = append(f.quotes, Quote{Kind: QuoteIndirect, Span: Span{a.from(c), a.to(end - 1)}, Speaker: q.Speaker, SpeakerSpan: q.SpeakerSpan, Verb: verb.text, VerbSpan: verb.span})
		// "..., adding that the council has stated its wish to ...": the
		// quotation's speaker reports the council's saying, which is
		// read too, as in reported.
		for v2 := c; v2 < end && v2 < c+12; v2++ {
			if !a.finite(v2, false) {
				continue
			}
			if np2 := a.subject(v2, c); !np2.empty() && np2.from <= c+1 && !a.toks[np2.from].is(wPronoun) {
				if c2 := a.clauseAfter(v2, end); cappedWords(a.toks[c2:end]) >= 3 {
					f.addIndirect(a, Span{a.from(c2), a.to(end - 1)}, np2, a.verbPhrase(v2))
				}
			}
			break
		}
		return
	}
}

// seeming records an impression reported with "seem" or "appear" and no
// source, "Kasich appears to have the state to himself", "The shift seemed
// so stark that ...": the words are the clause's subject and what it seems
// to be or do. "appear" counts only before "to" and a verb ("appeared on
// CNN" is an act); "it seems that" gives the clause after "that".
func (f *quoteFinder) seeming(a *attributor, lo, hi int) {
	for v := lo + 1; v+1 < hi; v++ {
		if !a.toks[v].is(wSeem) || a.toks[v].upper {
			continue
		}
		n := v + 1
		for n < hi && a.toks[n].adverb {
			n++
		}
		if n+1 >= hi || a.toks[n].kind != tokWord {
			continue
		}
		appear := strings.HasPrefix(strings.ToLower(a.word(v)), "appear")
		next := a.toks[n+1]
		infinitive := a.lowerWordIs(n, "to") && next.kind == tokWord && !next.upper && !next.is(wDet|wPronoun|wTime) && !strings.HasSuffix(a.word(n+1), "s")
		that := a.lowerWordIs(n, "that")
		adjective := !appear && !a.toks[n].upper && a.toks[n].class&(wPrep|wDet|wTime|wPronoun|wVerb|wConnector) == 0 && !notNounHeads[strings.ToLower(a.word(n))]
		// "appeared to imply that ...": the speech is the verb's. A form
		// of "make" is left to this rule even in its frame: the finder
		// reads no cue after "appeared to", so "appeared to make clear
		// that ..." keeps the impression rather than losing both.
		if !infinitive && !that && !adjective || infinitive && a.toks[n+1].is(wVerb|wThatClause|wPhrasal) && !makeForms[strings.ToLower(a.word(n+1))] {
			continue
		}
		// The subject runs back to the start of its clause.
		s := v
		for s > lo && a.toks[s-1].kind == tokWord && !clauseOpeners[strings.ToLower(a.word(s-1))] && !a.lowerWordIs(s-1, "and") && !a.lowerWordIs(s-1, "or") && !a.lowerWordIs(s-1, "so") {
			s--
		}
		for s < v && a.toks[s].is(wLeadIn) && !a.toks[s].is(wDet) && !a.toks[s].upper {
			s++ // "However, ...", "But ..."
		}
		if s == v || v-s > 12 {
			continue
		}
		if that && a.lowerWordIs(s, "it") && s+1 == v {
			s = n + 1 // "It seems that ...": the clause is the impression
		}
		end := a.objectEnd(n, hi)
		for k := n + 1; k < end; k++ {
			if a.toks[k].punct(f.text, ',') {
				end = k // an impression is one clause: what follows a comma is the writer's again
				break
			}
		}
		end = trimEndPunct(a.toks, end)
		if end <= s || cappedWords(a.toks[n:end]) < 1 {
			continue
		}
		f.quotes = append(f.quotes, Quote{Kind: QuoteIndirect, Span: Span{a.from(s), a.to(end - 1)}, Verb: a.word(v), VerbSpan: Span{a.from(v), a.to(v)}})
		return
	}
}

// attitude reads an adjective of belief, feeling or stance after a
// linking verb, with its complement: "Democrats are confident that the
// bill will pass", "Okafor was sharply critical of the budget". The
// complement is the content and the linking verb's subject the source;
// "it is certain that" has no source and is left alone. "To" and a verb
// is no complement here: "eager to vote" and "reluctant to reveal" were
// right less than three times in five.
func (f *quoteFinder) attitude(a *attributor, lo, hi int) {
	for v := lo + 2; v+1 < hi; v++ {
		if f.attitudeAt(a, v, lo, hi) {
			return
		}
	}
}

// attitudeAt records the attitude adjective at token v, after a linking
// verb and with its complement, as its subject's voice, and reports
// whether it did.
func (f *quoteFinder) attitudeAt(a *attributor, v, lo, hi int) bool {
	t := a.toks[v]
	if v < lo+2 || v+1 >= hi || !t.is(wAttitude) || t.upper {
		return false
	}
	n := v + 1
	var c int // where the content starts
	switch {
	case a.lowerWordIs(n, "that"):
		c = n + 1
	case attitudePreps[strings.ToLower(a.word(n))] && n+1 < hi && a.toks[n+1].kind == tokWord:
		c = n + 1
	case n+1 < hi && subjectPronouns[strings.ToLower(a.word(n))] && a.toks[n+1].kind == tokWord && !a.toks[n+1].is(wPrep):
		c = n // "confident they will win"
	default:
		return false
	}
	// A linking verb before the adjective, past adverbs: "is not
	// entirely sure", "remained deeply skeptical".
	l := v - 1
	for l > lo && a.toks[l].kind == tokWord && !a.toks[l].upper && (a.toks[l].adverb || attitudeDegree[strings.ToLower(a.word(l))]) {
		l--
	}
	if !linkingVerbs[strings.ToLower(a.word(l))] || a.toks[l].upper {
		return false
	}
	np := a.subject(l, lo)
	if np.empty() || np.to != a.skipBack(l-1, lo)+1 {
		return false
	}
	if s := strings.ToLower(a.str(np)); s == "it" || s == "there" {
		return false // "it is certain that": the writer's own judgement
	}
	if a.word(hi-1) == "?" && np.from > lo && (modalWords[strings.ToLower(a.word(np.from-1))] || finiteAux[strings.ToLower(a.word(np.from-1))]) {
		return false // "Should we be worried about ...?": a question asks whether to hold the view
	}
	end := hi
	if c > n && !a.lowerWordIs(n, "that") {
		end = a.objectEnd(c, hi) // "critical of the plan": the object's phrase
	}
	end = trimEndPunct(a.toks, end)
	if end <= c || cappedWords(a.toks[c:end]) < 1 {
		return false
	}
	// The cue is the adjective and its complement word, so that a
	// "not" before it negates it.
	f.addIndirect(a, Span{a.from(c), a.to(end - 1)}, np, a.cueAt(v, max(v, c-1)))
	return true
}

// attitudePreps open an attitude adjective's object: "critical of",
// "worried about", "angry with".
var attitudePreps = fieldSet(`of about with over`)

// linkingVerbs link a subject to an attitude adjective.
var linkingVerbs = fieldSet(`is are was were am been be remain remains remained seem seems seemed feel feels felt appear appears appeared grew become became`)

// attitudeDegree are the words of degree and negation between a linking
// verb and its adjective: "is not so sure", "were both very critical".
var attitudeDegree = fieldSet(`not also both all very so most more less still never too quite rather increasingly`)

// stanceObject records the object of the stance verb at token v as its
// subject's voice when a clause of its own ends it: "endorsed Cruz last
// week, saying he ...".
func (f *quoteFinder) stanceObject(a *attributor, v, lo, hi int) {
	if a.thatFollows(v) || !a.finite(v, false) {
		return
	}
	np := a.subject(v, lo)
	if np.empty() {
		return
	}
	if a.frontedObject(np, v, lo) {
		return // "asked whom she supported": the object is the question word before the subject
	}
	c := a.clauseAfter(v, hi)
	k := a.objectEnd(c, hi)
	if w := a.skipBack(v-1, lo); w > lo && (a.lowerWordIs(w, "who") || a.lowerWordIs(w, "which")) && a.toks[w-1].punct(a.text, ',') {
		// "Trump, who has expressed support for the protests, addressed
		// ...": the side ends with the relative clause, at its comma.
		for i := c + 1; i < k; i++ {
			if a.toks[i].punct(a.text, ',') {
				k = i
				break
			}
		}
	}
	if k >= hi || cappedWords(a.toks[c:k]) < 1 {
		return
	}
	f.addIndirect(a, Span{a.from(c), a.to(trimEndPunct(a.toks, k) - 1)}, np, a.verbPhrase(v))
}

// sideObject reports whether words, the object of a side taken by
// speaker, read as what the side is taken on: not a relative clause or an
// adverbial ("who said ...", "for much of the past"), and not the speaker
// (a "he" resolved to the person criticized: "He has criticized Obama,
// who said ...").
func sideObject(words, speaker string) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(words), " ")
	if sideObjectOpeners[strings.ToLower(first)] {
		return false
	}
	names := strings.Fields(speaker)
	return len(names) == 0 || !strings.Contains(words, names[len(names)-1])
}

// sideObjectOpeners open a relative clause or an adverbial, no object a
// side is taken on.
var sideObjectOpeners = fieldSet(`who whom whose which that for during since until while when`)

// frontedObject reports whether a question or relative word stands right
// before the subject np of the stance verb at v, which punctuation ends
// ("asked whom she supported, Roe smiled"): the verb's object is that
// word, not the words after the comma. A verb with words after it ("which
// Roe blamed for the attacks", "what some criticize as a stunt") still
// takes a side.
func (a *attributor) frontedObject(np phrase, v, lo int) bool {
	if np.from-1 < lo || v+1 < len(a.toks) && a.toks[v+1].kind == tokWord {
		return false
	}
	switch strings.ToLower(a.word(np.from - 1)) {
	case "whom", "what", "which", "whatever":
		return true
	}
	return false
}

// objectEnd returns the token that ends the object phrase starting at c:
// punctuation that closes a phrase, a conjunction that opens a clause of
// its own ("but", "while", "because"), or "and" before a verb ("decried
// the issue and highlighted her plans"); hi when none does.
func (a *attributor) objectEnd(c, hi int) int {
	for k := c + 1; k < hi; k++ {
		t := a.toks[k]
		if close := a.dashAsideEnd(k, hi); close > k {
			k = close // "an interim deal to allow time – perhaps six months – to negotiate": the aside is inside the object
			continue
		}
		if close := a.nameTagEnd(k, hi); close > k {
			k = close // "a donor to Sen. Ann Roe (R-Ky.) to attack": a party and state tag is part of the name
			continue
		}
		if t.kind == tokPunct && strings.ContainsAny(a.word(k), ";:(—–") {
			return k
		}
		if t.punct(a.text, ',') && a.lowerWordIs(k+1, "including") {
			// ", including ...": the object's members, to the next comma,
			// where the object ends ("a stance, including X, is ...").
			for j := k + 2; j < hi; j++ {
				if a.toks[j].punct(a.text, ',') || a.toks[j].kind == tokPunct && strings.ContainsAny(a.word(j), ";:(—–") {
					return j
				}
			}
			return hi
		}
		if t.punct(a.text, ',') && k+1 < hi && a.toks[k+1].kind == tokWord && !a.toks[k+1].upper &&
			(a.toks[k+1].is(wParticiple) || strings.HasSuffix(a.word(k+1), "ing") || clauseOpeners[strings.ToLower(a.word(k+1))]) &&
			!a.gerundSeries(c, k+1) {
			return k // ", saying ...", ", though ...": a clause of its own; a list or an apposition goes on
		}
		if t.kind != tokWord {
			continue
		}
		if clauseOpeners[strings.ToLower(a.word(k))] {
			return k
		}
		if a.lowerWordIs(k, "and") && k+1 < hi && a.toks[k+1].kind == tokWord && (!a.toks[k+1].upper || a.titleCase) &&
			(a.toks[k+1].is(wVerb|wThatClause|wAux) || strings.HasSuffix(a.word(k+1), "ed") || beForms[strings.ToLower(a.word(k+1))]) &&
			!a.gerundSeries(c, k+1) {
			return k // "endorsed Trump and has appeared at his side", "Backs Trump And Denounces Clinton"
		}
		if a.titleCase && headlineSetting[strings.ToLower(a.word(k))] {
			return k // "Endorses Paul Ryan With Trump's Blessing": the circumstances are the outlet's
		}
		if t.is(wTime) && k > c+1 || a.toks[k-1].kind == tokWord && (a.lowerWordIs(k, "last") || a.lowerWordIs(k, "this") || a.lowerWordIs(k, "next")) && k+1 < hi && a.toks[k+1].is(wTime) {
			j := k + 1
			for j < hi && a.toks[j].is(wTime) {
				j++
			}
			if j < hi && stanceMatter[strings.ToLower(a.word(j))] && a.toks[j].kind == tokWord {
				k = j // "defended himself on Saturday for cutting the budget": the matter of the stance follows the time
				continue
			}
			if a.toks[k-1].is(wPrep) && !a.toks[k-1].is(wDet) {
				k-- // "on Tuesday"
			} else if k-1 > c && a.toks[k-1].is(wDet) {
				k-- // "the morning after the debate", "within a year": the article goes with its time
				if k-1 > c && a.toks[k-1].is(wPrep) && !a.toks[k-1].is(wDet) {
					k-- // and so does the preposition
				}
			}
			return k // "endorsed him last week": the time is the outlet's
		}
	}
	return hi
}

// timeIsSubject reports whether the time word at token k ("this year",
// "last night") opens the reported clause rather than dates the cue: a
// verb, an auxiliary or a be-form follows it ("said last night was the
// worst"), or it owns what follows ("cites last January's attack").
func (a *attributor) timeIsSubject(k, hi int) bool {
	w := a.word(k)
	if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
		return true
	}
	if k+1 >= hi {
		return false
	}
	t := a.toks[k+1]
	if t.kind == tokPunct {
		return t.punct(a.text, '\'') || strings.HasPrefix(a.text[t.start:], "’")
	}
	lw := strings.ToLower(a.word(k + 1))
	return t.is(wVerb|wAux) || finiteAux[lw] || beForms[lw] || negatedAux(lw) || pastVerbs[lw] ||
		!t.upper && len(lw) > 4 && strings.HasSuffix(lw, "ed")
}

// gerundSeries reports whether the -ing word at token k goes on a series
// of gerunds that the object read from token c already holds, at its
// start or after a preposition: "supported eliminating caucuses, limiting
// the number of delegates and binding them", "criticized her for taking
// donations and speaking fees". A reporting participle (", saying ...")
// opens a clause of its own all the same.
//
// After a comma the gerund goes on the series only when an "and" or "or"
// with a gerund closes it before the clause ends ("A, B and C"): a lone
// ", prompting a strike" or ", bringing him into conflict" is the
// writer's word on a consequence. A participle of speech (", saying",
// ", acknowledging that") opens the speaker's next act.
func (a *attributor) gerundSeries(c, k int) bool {
	if k >= len(a.toks) || !gerundShaped(a, k) || a.speechParticiple(k) {
		return false
	}
	if k > 0 && a.toks[k-1].punct(a.text, ',') && !a.seriesClosed(k+1) {
		return false
	}
	for j := c; j < k; j++ {
		if gerundShaped(a, j) && (j == c || a.toks[j-1].is(wPrep) && !a.toks[j-1].is(wDet) || a.lowerWordIs(j-1, "for") || a.lowerWordIs(j-1, "of")) {
			return true
		}
	}
	return false
}

// speechParticiple reports whether the -ing word at token k opens a
// speaker's next act of speech: a reporting participle (", saying"), or
// any verb of speech or belief before "that" (", acknowledging that").
// "and accepting refugees", "and advertising" with no "that" go on a
// series of gerunds.
func (a *attributor) speechParticiple(k int) bool {
	t := a.toks[k]
	if t.is(wParticiple) && !t.is(wThatClause) {
		return true
	}
	return (t.is(wParticiple) || a.speechVerb(k, false)) && a.lowerWordIs(k+1, "that") && !a.relativeThat(k+1)
}

// seriesClosed reports whether an "and" or "or" before a gerund follows
// token k within its clause, which ends at any mark but a comma: the
// close of a series "A, B and C".
func (a *attributor) seriesClosed(k int) bool {
	for j := k; j+1 < len(a.toks); j++ {
		t := a.toks[j]
		if t.kind != tokWord {
			if t.punct(a.text, ',') {
				continue
			}
			return false
		}
		if (a.lowerWordIs(j, "and") || a.lowerWordIs(j, "or")) && gerundShaped(a, j+1) {
			return true
		}
	}
	return false
}

// gerundShaped reports whether token k is a lower-case word ending in
// "-ing" long enough to be a verb's ("taking", not "king").
func gerundShaped(a *attributor, k int) bool {
	t := a.toks[k]
	w := a.word(k)
	return t.kind == tokWord && !t.upper && len(w) > 5 && strings.HasSuffix(w, "ing")
}

// dashAsideEnd returns the dash that closes an aside opened by the dash at
// token k, a few words on and before hi, with a preposition or "that"
// after it going on with the phrase; -1 when token k opens none. A single
// dash ("deals with Iran — and the talks failed") ends the phrase instead.
func (a *attributor) dashAsideEnd(k, hi int) int {
	d := a.word(k)
	if a.toks[k].kind != tokPunct || d != "—" && d != "–" {
		return -1
	}
	for j := k + 1; j < hi && j <= k+objectDashAsideWords; j++ {
		if a.toks[j].kind == tokPunct && a.word(j) == d {
			if j == k+1 || j+1 >= hi || a.toks[j+1].kind != tokWord || !a.toks[j+1].is(wPrep) && !a.lowerWordIs(j+1, "that") && !a.lowerWordIs(j+1, "of") && !a.lowerWordIs(j+1, "for") {
				return -1 // "a novelty – put him on their side": a verb after it ends the phrase before the aside
			}
			return j
		}
		if a.toks[j].kind == tokPunct && !a.toks[j].punct(a.text, ',') {
			return -1
		}
	}
	return -1
}

// nameTagEnd returns the closing bracket of a short tag in brackets right
// after a capitalised word at token k ("Ann Roe (R-Ky.)", "Gov. Lee (D)",
// "the BBC (UK)"): capitalised words and dots only; -1 when token k opens
// none.
func (a *attributor) nameTagEnd(k, hi int) int {
	if !a.toks[k].punct(a.text, '(') || k == 0 || a.toks[k-1].kind != tokWord || !a.toks[k-1].upper {
		return -1
	}
	for j := k + 1; j < hi && j <= k+nameTagTokens; j++ {
		t := a.toks[j]
		switch {
		case t.punct(a.text, ')'):
			if j == k+1 {
				return -1
			}
			return j
		case t.kind == tokWord && t.upper, t.punct(a.text, '.'), t.punct(a.text, '-'):
		default:
			return -1
		}
	}
	return -1
}

// nameTagTokens is the most tokens nameTagEnd reads for the closing bracket.
const nameTagTokens = 6

// objectDashAsideWords is the most tokens dashAsideEnd reads for the closing dash.
const objectDashAsideWords = 10

// stanceMatter are the prepositions that, after a stance's object and a
// time, name what the stance is about: "blasted her rival on Monday over
// his stance", "praised him last week for his work".
var stanceMatter = fieldSet(`for over as about against`)

// headlineSetting are the prepositions that, in a headline, open the
// circumstances of a stance rather than its object.
var headlineSetting = fieldSet(`with amid after during`)

// subordinate reports whether the clause whose subject starts at token
// from is a subordinate one: a conjunction such as "since" or "when"
// opens it.
func (a *attributor) subordinate(lo, from int) bool {
	for i := from - 1; i >= lo && i >= from-3; i-- {
		if a.toks[i].kind != tokWord {
			return false
		}
		if clauseOpeners[strings.ToLower(a.word(i))] || a.lowerWordIs(i, "if") || a.lowerWordIs(i, "as") {
			return true
		}
	}
	return false
}

// supposedSubject reports whether the subject of the verb at token v opens
// a clause of condition or question ("if", "unless", "assuming", "whether"
// right before it): "If Republicans oppose the deal" and "whether the
// senator backs it" suppose or ask what no one has said.
func (a *attributor) supposedSubject(v, lo int) bool {
	np := a.subject(v, lo)
	if np.empty() {
		return false
	}
	for i := np.from - 1; i >= lo && i >= np.from-2; i-- {
		if a.toks[i].kind != tokWord {
			return false
		}
		if supposers[strings.ToLower(a.word(i))] {
			return true
		}
	}
	return false
}

// supposers open a clause that supposes or asks rather than reports.
var supposers = fieldSet(`if unless assuming supposing suppose whether`)

// clauseOpeners are the conjunctions that open an adverbial clause after
// an object.
var clauseOpeners = fieldSet(`but while whereas because although though after before when since despite unless until`)

// leadIn reads an attribution that opens a sentence and ends at its first
// comma: the question of "Asked about the leak, Price said ..." (whoever
// asked is not named), and the data of "In the new Quinnipiac poll,
// Clinton leads by six points", when no reporting verb follows to give the
// sentence a speaker of its own. ("In a statement, ..." is not read: a
// statement's words nearly always come with their speaker and a verb the
// finder may not know.)
func (f *quoteFinder) leadIn(a *attributor, lo, hi int) {
	k := lo
	if a.lowerWordIs(k, "when") || a.lowerWordIs(k, "after") && a.lowerWordIs(k+1, "being") {
		k++
		if a.lowerWordIs(k, "being") {
			k++
		}
	}
	asked := a.lowerWordIs(k, "asked")
	if !asked && !(k == lo && a.lowerWordIs(k, "in")) {
		return
	}
	comma := -1
	for i := k + 1; i < hi && i < k+25; i++ {
		if t := a.toks[i]; t.kind != tokWord {
			if t.punct(f.text, ',') {
				comma = i
			}
			break
		}
	}
	if asked && comma > 0 && !a.speakerClauseAfter(comma, hi) {
		// "Asked whether the ferry, which friends described as slow,
		// hurt the port, the mayor said": the question runs on to the
		// comma before the answer's speaker and verb.
		for i := comma + 1; i < hi && i < k+askedQuestionTokens; i++ {
			if t := a.toks[i]; t.kind == tokOpen || t.kind == tokClose || t.kind == tokPunct && !t.punct(f.text, ',') {
				break
			}
			if a.toks[i].punct(f.text, ',') && a.speakerClauseAfter(i, hi) {
				comma = i
				break
			}
		}
	}
	if comma < 0 || comma-k < 3 || cappedWords(a.toks[comma+1:hi]) < 4 && !(asked && a.speakerClauseAfter(comma, hi)) {
		return
	}
	if asked {
		if agent := a.askAgent(k, comma); !agent.empty() && agent.to < comma {
			// "Asked by Stephanopoulos to respond, Carson said ...": the
			// one asking is named after "by".
			c := agent.to
			for c < comma-1 && (a.toks[c].is(wTime) || a.toks[c].is(wPrep) && a.toks[c+1].is(wTime)) {
				c++ // "on Thursday": when, not what was asked
			}
			f.quotes = append(f.quotes, f.askedBy(a, Span{a.from(c), a.to(comma - 1)}, agent, k))
			return
		}
		f.quotes = append(f.quotes, Quote{Kind: QuoteIndirect, Span: Span{a.from(k + 1), a.to(comma - 1)},
			Verb: a.word(k), VerbSpan: Span{a.from(k), a.to(k)}})
		return
	}
	// "In" + a noun phrase whose head is data that speaks for itself (a
	// poll, a study), followed only by what describes it ("released
	// Monday", "of voters").
	head := -1
	for i := k + 1; i < comma; i++ {
		if dataNouns[strings.ToLower(a.word(i))] {
			head = i
			break
		}
		if a.toks[i].is(wPrep) {
			return
		}
	}
	if head < 0 {
		return
	}
	for i := comma + 1; i < hi; i++ {
		if a.toks[i].kind == tokOpen || a.toks[i].kind == tokClose || a.toks[i].kind == tokWord && a.speechVerb(i, false) || a.accordingTo(i) {
			return // the rest has a speaker or a quotation of its own
		}
	}
	np := phrase{k + 1, comma}
	name, span := a.str(np), a.span(np)
	f.quotes = append(f.quotes, Quote{Kind: QuoteIndirect, Span: Span{a.from(comma + 1), a.to(hi - 1)}, Speaker: name, SpeakerSpan: span,
		Verb: a.word(k), VerbSpan: Span{a.from(k), a.to(k)}})
}

// askedQuestionTokens is the most tokens leadIn reads for the end of the
// question an "Asked" lead-in puts.
const askedQuestionTokens = 40

// speakerClauseAfter reports whether a speaker and a reporting verb follow
// the comma at token c, within a few words: "..., Lee said", "..., the
// mayor responded:". The clause before the comma is then the lead-in.
func (a *attributor) speakerClauseAfter(c, hi int) bool {
	for j := c + 2; j < hi && j <= c+6; j++ {
		if a.toks[j].kind != tokWord {
			return false
		}
		if a.speechVerb(j, true) {
			first := a.toks[c+1]
			return first.upper || first.is(wDet|wPronoun)
		}
	}
	return false
}

// whenAsked reads the question of "when asked" inside a sentence, whose
// asker is not named: '"You bet I would," Lund said when asked whether he
// would close the pier', "Lund appears uneasy when asked about his
// daughter's work". The question is what follows "about" or the question
// word, to the sentence's end or its next comma ("when asked about the
// mayor, the governor said"; "about his record, often talks past it").
// It reports whether it recorded one; a question already inside
// another quotation is left alone, and so is "When asked" opening the
// sentence (leadIn reads it).
func (f *quoteFinder) whenAsked(a *attributor, lo, hi int) bool {
	end := trimEndPunct(a.toks, hi)
	for i := lo + 1; i+2 < end; i++ {
		if !a.lowerWordIs(i, "asked") || !a.lowerWordIs(i-1, "when") || i-1 == lo || a.toks[i].upper {
			continue
		}
		start := i + 1
		if a.lowerWordIs(start, "about") {
			start++
		} else if !questionWords[strings.ToLower(a.word(start))] && !a.lowerWordIs(start, "if") {
			return false
		}
		stop := end
		for k := start + 1; k < end; k++ {
			if a.toks[k].kind == tokOpen || a.toks[k].kind == tokClose {
				stop = k
				break
			}
			if a.toks[k].punct(f.text, ',') {
				stop = k
				break
			}
		}
		if stop-start < 2 {
			return false
		}
		span := Span{a.from(start), a.to(stop - 1)}
		for _, q := range f.quotes {
			if q.Span.Overlaps(span) {
				return false
			}
		}
		f.quotes = append(f.quotes, Quote{Kind: QuoteIndirect, Span: span, Verb: a.word(i), VerbSpan: Span{a.from(i), a.to(i)}})
		return true
	}
	return false
}

// nounCue reads speech named by a noun with its speaker as possessor, in
// a sentence with no other attribution: "Trump's claim that Mexico will
// pay", "his warning that the deal would fail". The reported words are
// the clause after "that", to the next comma or the sentence's end. A
// noun inside the quotation marks of quoted is not read.
func (f *quoteFinder) nounCue(a *attributor, lo, hi int, quoted []quotePair) {
	for k := lo + 1; k+2 < hi; k++ {
		if !speechNounCues[strings.ToLower(a.word(k))] || a.toks[k].kind != tokWord {
			continue
		}
		if slices.ContainsFunc(quoted, func(q quotePair) bool { return q.span.Contains(a.from(k)) }) {
			continue // a noun inside quotation marks is the quoted speaker's word
		}
		if !a.lowerWordIs(k+1, "that") && !a.intentNoun(k) {
			if sp, that, ok := a.nounAgent(k, hi); ok && f.agentNounCue(a, lo, hi, k, sp, that) {
				return
			}
			continue
		}
		sp, ok := a.nounPossessor(k, lo)
		if !ok {
			continue
		}
		end := hi
		for i := k + 2; i < hi; i++ {
			if a.toks[i].punct(f.text, ',') || a.toks[i].punct(f.text, ';') {
				end = i
				break
			}
		}
		c := k + 2
		if a.lowerWordIs(k+1, "to") {
			c = k + 1 // "his vow to close the prison": the intention with its "to"
		}
		if a.nounPhraseOpens(sp, lo) {
			end = a.mainPredicate(c, end, c == k+2) // (an intention has its verb after "to")
		}
		if cappedWords(a.toks[k+2:end]) < 3 {
			continue
		}
		name, span := f.possessor(a, sp)
		f.quotes = append(f.quotes, Quote{Kind: QuoteIndirect, Span: Span{a.from(c), a.to(trimEndPunct(a.toks, end) - 1)},
			Speaker: name, SpeakerSpan: span, Verb: a.word(k), VerbSpan: Span{a.from(k), a.to(k)}})
		return
	}
}

// agentNounCue records a noun cue at token k whose speaker is the agent
// sp after it and whose words are the clause after "that" at token that:
// "the claim made on Sunday by Defense Secretary Jane Roe that the troops
// showed no will to fight", "accusations from Republicans that the
// memo was doctored". It reports whether it recorded one.
func (f *quoteFinder) agentNounCue(a *attributor, lo, hi, k int, sp phrase, that int) bool {
	c := that + 1
	if c >= hi || a.toks[c].kind != tokWord {
		return false
	}
	if w := strings.ToLower(a.word(c)); beForms[w] || finiteAux[w] || modalWords[w] || !a.toks[c].upper && (strings.HasSuffix(w, "ed") || irregularPasts[w] || pastVerbs[w] ||
		(a.toks[c].adverb || timeAdverbs[w]) && c+1 < hi && (pastShaped(a, c+1) || irregularPasts[strings.ToLower(a.word(c+1))] || pastVerbs[strings.ToLower(a.word(c+1))])) {
		return false // "claims from the White House that were withdrawn", "... that later proved false": a relative clause, not the words
	}
	if a.objectGap(c, hi) {
		return false // "the claim made by Smith that the mayor had rejected as nonsense"
	}
	if start := k - 1; k == lo || start == lo && a.toks[start].is(wDet|wLeadIn) || start == lo+1 && a.toks[start].is(wDet) && a.toks[lo].is(wLeadIn) {
		// "The claims by Iran that it made in May were false": as the
		// sentence's subject, the noun's "that" clause is as often a
		// relative clause running into the main verb as its words, and
		// the two cannot be told apart by their shape.
		return false
	}
	end := hi
	for i := c; i < hi; i++ {
		if a.toks[i].punct(f.text, ',') || a.toks[i].punct(f.text, ';') {
			end = i
			break
		}
	}
	if cappedWords(a.toks[c:end]) < 3 {
		return false
	}
	f.quotes = append(f.quotes, Quote{Kind: QuoteIndirect, Span: Span{a.from(c), a.to(trimEndPunct(a.toks, end) - 1)},
		Speaker: a.str(sp), SpeakerSpan: a.span(sp), Verb: a.word(k), VerbSpan: Span{a.from(k), a.to(k)}})
	return true
}

// objectGap reports whether the clause from token c after a noun cue's
// "that" is a relative clause about the claim itself: its verb, after a
// subject and auxiliaries, is one of answering words ("had rejected",
// "has denied", "retracted") with no object after it ("that the mayor had
// rejected as nonsense"), or any clause verb with nothing or only a time
// after it ("that it made in May", "that he took last year"). "that
// Russia interfered in the election", "that Iran took over the tanker"
// and "that the mayor denied the report" are the words.
func (a *attributor) objectGap(c, hi int) bool {
	for v := c + 1; v < hi && v <= c+6; v++ {
		t := a.toks[v]
		if t.kind != tokWord {
			return false
		}
		w := strings.ToLower(a.word(v))
		if t.upper || finiteAux[w] || modalWords[w] || t.adverb {
			continue
		}
		n := v + 1
		if !answeringVerbs[w] {
			if a.clauseVerbShaped(v) && (n >= hi || a.toks[n].kind != tokWord || a.toks[n].is(wTime) || timeLeads[strings.ToLower(a.word(n))] && n+1 < hi && a.toks[n+1].is(wTime)) {
				return true // "the claims by Iran that it made in May", "... that he took last year": the verb's object is the claim
			}
			continue
		}
		return n >= hi || a.toks[n].kind != tokWord || a.toks[n].is(wPrep) || a.toks[n].adverb || gapFollowers[strings.ToLower(a.word(n))]
	}
	return false
}

// timeAdverbs open a relative clause about a claim before its verb
// ("that later proved false", "that soon fell apart").
var timeAdverbs = fieldSet(`later soon subsequently eventually then since immediately`)

// timeLeads open a time phrase after a verb ("in May", "last year").
var timeLeads = fieldSet(`in last this on during`)

// gapFollowers are the words after a verb whose object is left out: a
// preposition or an "as" ("rejected as nonsense", "denied for months").
var gapFollowers = fieldSet(`as for since in on at with over by during until from to`)

// answeringVerbs answer or take up words said, and so stand in a
// relative clause about a claim ("the claim that the mayor rejected").
var answeringVerbs = fieldSet(`rejected rejects denied denies dismissed dismisses disputed disputes refuted refutes repeated repeats echoed echoes ` +
	`retracted retracts ignored ignores believed believes accepted accepts investigated confirmed`)

// nounAgent reads the agent of a noun cue at token k, named after it by
// "by" or "from" before the "that" of its words, with at most a few words
// of when and how between ("the claim made over the weekend by X that",
// "accusations from X that", "warnings by Y that"): the agent phrase and
// the index of "that". The agent must name someone: a capitalised word, or
// a speaker's role noun ("critics", "lawmakers") at its end; "by others"
// or "from the start" name no one.
func (a *attributor) nounAgent(k, hi int) (phrase, int, bool) {
	return a.nounAgentTo(k, hi, func(j int) bool { return a.lowerWordIs(j, "that") })
}

// nounAgentTo reads the agent of a noun cue at token k as nounAgent does,
// up to the first token for which stop holds, and returns that token's
// index; a comma and a word that sets the agent off may stand before "by"
// or "from" ("calls, mostly from Democrats, for ...").
func (a *attributor) nounAgentTo(k, hi int, stop func(int) bool) (phrase, int, bool) {
	i := k + 1
	if i+2 < hi && a.toks[i].punct(a.text, ',') && agentSetOffs[strings.ToLower(a.word(i+1))] {
		i += 2
	}
	if i < hi && agentParticiples[strings.ToLower(a.word(i))] && a.toks[i].kind == tokWord {
		i++
		for n := 0; i < hi && n < 4 && a.toks[i].kind == tokWord && !a.lowerWordIs(i, "by") && !a.lowerWordIs(i, "from"); n++ {
			i++
		}
	}
	if i >= hi || !a.lowerWordIs(i, "by") && !a.lowerWordIs(i, "from") {
		return phrase{}, 0, false
	}
	from := i + 1
	for j := from; j < hi && j-from <= 7; j++ {
		if stop(j) {
			if j == from {
				return phrase{}, 0, false
			}
			last := a.toks[j-1]
			named := false
			for m := from; m < j; m++ {
				named = named || a.toks[m].upper && !a.toks[m].is(wTime)
			}
			if !named && (!last.is(wRole) || j-from == 1 && noOneAgents[strings.ToLower(a.word(from))]) {
				return phrase{}, 0, false
			}
			return phrase{from, j}, j, true
		}
		t := a.toks[j]
		if t.kind != tokWord && !t.punct(a.text, '.') && !t.punct(a.text, '-') {
			return phrase{}, 0, false
		}
		if t.kind == tokWord && !t.upper && (t.is(wVerb|wThatClause|wParticiple) || beForms[strings.ToLower(a.word(j))] || finiteAux[strings.ToLower(a.word(j))]) {
			return phrase{}, 0, false // a verb: the agent phrase has ended in a clause of its own
		}
	}
	return phrase{}, 0, false
}

// agentSetOffs set off a noun cue's agent with a comma: "calls, both from
// Democrats and Republicans, for ...".
var agentSetOffs = fieldSet(`both mostly mainly largely chiefly notably particularly especially including`)

// noOneAgents name no one a reader could tell: "claims by others".
var noOneAgents = fieldSet(`others some many several`)

// agentParticiples stand between a noun cue and its agent: "the claim
// made by", "charges leveled by".
var agentParticiples = fieldSet(`made leveled levelled issued voiced raised repeated`)

// nounPhraseOpens reports whether the possessor sp of a noun cue opens
// the sentence from token lo, past a lead-in word at most: the noun phrase
// is then the subject ("Trump's accusation that ... touched off a
// debate"), and the sentence's own predicate follows its words.
func (a *attributor) nounPhraseOpens(sp phrase, lo int) bool {
	return sp.from == lo || sp.from == lo+1 && a.toks[lo].is(wLeadIn) || a.afterOpener(sp, lo)
}

// afterOpener reports whether the phrase sp opens the main clause after
// an opening phrase or clause that a lead-in word starts and a comma
// closes: "Regardless of how Roe responds, his criticism of Lee was
// unusual", "On Monday, Norland's denial of the attack was swift".
func (a *attributor) afterOpener(sp phrase, lo int) bool {
	if sp.from < lo+3 || !a.toks[sp.from-1].punct(a.text, ',') || !a.toks[lo].is(wLeadIn) || a.toks[lo].is(wConnector) {
		return false
	}
	for i := lo; i < sp.from-1; i++ {
		if a.toks[i].kind != tokWord {
			return false // one opener, with no other comma or mark in it
		}
	}
	return true
}

// openerPerson is the one person a possessive "his" or "her" opening the
// main clause after an opener means when the opener names that person as
// the subject of its verb and names no other: "Regardless of how Roe
// responds, his criticism of Lee ..." is Roe's, whoever spoke last; in
// "After meeting Roe in Paris, his ..." Roe is the object, and the rule
// does not apply. "" when it does not.
func (f *quoteFinder) openerPerson(a *attributor, sp phrase, lo int) string {
	pron := strings.ToLower(a.word(sp.from))
	if sp.to-sp.from != 1 || pron != "his" && pron != "her" || !a.afterOpener(sp, lo) {
		return ""
	}
	found := ""
	for i := lo + 1; i < sp.from-1; i++ {
		w := a.word(i)
		if !a.toks[i].upper || !f.persons[personKey(w)] && !f.namedPerson(w) {
			continue
		}
		if !a.subjectOfVerb(i, sp.from) {
			continue // "After meeting Roe in Paris, his ...": Roe is the opener's object, not who acts
		}
		if found != "" && found != w {
			return "" // two people named: either may be meant
		}
		found = w
	}
	if found == "" {
		return ""
	}
	if s := f.sexOf(found); s != 0 && s != pronounSex(pron) {
		return ""
	}
	return found
}

// subjectOfVerb reports whether the name at token i is the subject of a
// verb right after it, before token end: a word in "-s" or "-ed", or an
// auxiliary or modal ("Roe responds", "Roe has said", "Roe decided"), not
// a preposition, a comma or another name.
func (a *attributor) subjectOfVerb(i, end int) bool {
	k := i + 1
	for k < end && a.toks[k].kind == tokWord && a.toks[k].upper {
		k++ // the rest of the name: "Tom Roe responds"
	}
	if k >= end || a.toks[k].kind != tokWord || a.toks[k].upper || i > 0 && a.toks[i-1].is(wPrep) {
		return false
	}
	w := strings.ToLower(a.word(k))
	return finiteAux[w] || beForms[w] || modalWords[w] || pastShaped(a, k) || len(w) > 3 && strings.HasSuffix(w, "s") && !a.toks[k].is(wPrep|wDet)
}

// mainPredicate returns where the predicate of a sentence whose subject is
// a noun cue begins, in the cue's words [c, end): a form of "be" or a past
// verb right after a lower-case noun ("the rebels was swift", "if she
// were a man touched off a debate"), once the words have a verb of their
// own when clause is set (a that-clause or an intention: "it armed the
// rebels" has "armed" first). Without one it returns end.
func (a *attributor) mainPredicate(c, end int, clause bool) int {
	verb := !clause
	for i := c; i < end; i++ {
		t := a.toks[i]
		if t.kind != tokWord || t.upper {
			continue
		}
		w := strings.ToLower(a.word(i))
		// After the words' own verb, a finite auxiliary opens the
		// sentence's predicate too: "his pledge to rebuild the pier did
		// little", "the vow to block the bill has cost him".
		predicate := beForms[w] || len(w) > 4 && strings.HasSuffix(w, "ed") || pastVerbs[w] || verb && finiteAux[w]
		if !predicate && !finiteAux[w] {
			continue
		}
		if p := a.toks[i-1]; predicate && verb && i > c && p.kind == tokWord && (!p.upper || !clause) && !p.adverb && (p.class == 0 || p.is(wRole|wTime) || p.upper) &&
			!beForms[strings.ToLower(a.word(i-1))] && !finiteAux[strings.ToLower(a.word(i-1))] && !modalWords[strings.ToLower(a.word(i-1))] {
			return i
		}
		verb = true
	}
	return end
}

// cueAroundScareQuotes reads a noun cue or a document put out whose words
// hold the quotations of the sentence from token b[0] to b[1], when none of
// those found a speaker (all scare quotes so far, from nq on): "Obama's
// repeated vows that the attack would be a "red line"", "the campaign
// issued a statement saying the report is "baseless"". The quotations
// are then the cue's speaker's words.
func (f *quoteFinder) cueAroundScareQuotes(a *attributor, b [2]int, nq int, pairs []quotePair) {
	// A partial quotation no cue has claimed yet ("the claim made by X
	// that troops "showed no will to fight"") waits for one as a scare
	// quote does.
	n := len(f.quotes)
	if slices.ContainsFunc(f.quotes[nq:], func(q Quote) bool { return q.Kind != QuoteScare && (q.Kind != QuotePartial || q.Speaker != "") }) {
		// Another attribution in the sentence: only a document put out
		// may still claim a scare quote, one whose words are its own and
		// no other's ('AIPAC issued a statement saying it was "deeply
		// disturbed" by the vote, saying previous administrations had
		// rejected ...').
		f.issuedDocument(a, b[0], b[1], pairs)
		if len(f.quotes) > n && !f.claimsOnlyScare(nq, n) {
			f.quotes = f.quotes[:n]
		}
		if len(f.quotes) == n {
			return
		}
	}
	if len(f.quotes) == n {
		f.nounCue(a, b[0], b[1], pairs)
	}
	if len(f.quotes) > n && slices.ContainsFunc(f.quotes[nq:n], func(q Quote) bool { return q.Kind == QuotePartial }) &&
		possessivePronouns[strings.ToLower(f.text[f.quotes[n].SpeakerSpan.Start:f.quotes[n].SpeakerSpan.End])] {
		// A partial quotation is someone's words already: "his" is left
		// to the last person named only where the words were no one's
		// ("testimony from Jane Roe, culminating in his claim that "...""
		// would give Roe's words to the last speaker).
		f.quotes = f.quotes[:n]
	}
	if len(f.quotes) == n {
		f.issuedDocument(a, b[0], b[1], pairs)
	}
	if len(f.quotes) == n {
		// "Use of the "dissent channel" is not unique, according to U.S.
		// officials": the sentence around the term is the source's.
		f.accordingTo(a, b[0], b[1])
	}
	if len(f.quotes) == n {
		return
	}
	in := f.quotes[n]
	for i := nq; i < n; i++ {
		if q := &f.quotes[i]; in.Span.Start <= q.Span.Start && q.Span.End <= in.Span.End && !a.quotedName(q.Span) {
			// The cue's speaker's own words, not the outlet's distance.
			q.Kind, q.Speaker, q.SpeakerSpan, q.Verb, q.VerbSpan = QuotePartial, in.Speaker, in.SpeakerSpan, in.Verb, in.VerbSpan
		}
	}
	slices.SortStableFunc(f.quotes[nq:], func(x, y Quote) int { return x.Span.Start - y.Span.Start })
	f.walked = min(f.walked, nq)
}

// claimsOnlyScare reports whether the attribution at n holds a scare
// quote of the sentence's quotations [nq, n) and overlaps no other
// attribution's words there.
func (f *quoteFinder) claimsOnlyScare(nq, n int) bool {
	in, scare := f.quotes[n].Span, false
	for _, q := range f.quotes[nq:n] {
		inside := in.Start <= q.Span.Start && q.Span.End <= in.End
		switch {
		case q.Kind == QuoteScare && inside:
			scare = true
		case q.Span.Start < in.End && in.Start < q.Span.End:
			return false
		}
	}
	return scare
}

// quotedName reports whether the quotation marks around sp set off a name
// or a term rather than someone's words: every word capitalised ("the
// "Islamic State"", "a "Galaxy Note""), or "so-called" before them.
func (a *attributor) quotedName(sp Span) bool {
	if before := strings.TrimRight(a.text[max(0, sp.Start-12):sp.Start], " \"“'‘"); strings.HasSuffix(strings.ToLower(before), "so-called") {
		return true
	}
	words := strings.Fields(a.text[sp.Start:sp.End])
	for _, w := range words {
		if !isUpperInitial(strings.TrimLeft(w, "\"“'‘(")) {
			return false
		}
	}
	return len(words) > 0
}

// issuedDocument reads speech put out as a document, in a sentence with no
// other attribution: "The ministry issued a warning urging travelers to
// leave", "the union released a statement Tuesday that the strike would
// go on", "she sent an email asking donors for help". The document is only
// the carrier: the words after the cue participle (or after "that") are
// the subject's, to the next comma or the sentence's end. The participle
// must be a cue (a reporting or stance verb, or one that sets out a
// document's content: "detailing", "outlining"), so "released a video
// showing the crash" reports nothing.
func (f *quoteFinder) issuedDocument(a *attributor, lo, hi int, quoted []quotePair) {
	for k := lo + 1; k+3 < hi; k++ {
		if a.toks[k].kind != tokWord || a.toks[k].upper || !issueVerbs[strings.ToLower(a.word(k))] {
			continue
		}
		if slices.ContainsFunc(quoted, func(q quotePair) bool { return q.span.Contains(a.from(k)) }) {
			continue // a verb inside quotation marks is the quoted speaker's word
		}
		n := k + 1
		if a.lowerWordIs(n, "out") {
			n++ // "sent out", "put out"
		}
		if !a.toks[n].is(wDet) {
			continue
		}
		doc := -1
		for d := n + 1; d < hi && d <= n+4 && a.toks[d].kind == tokWord && !a.toks[d].upper; d++ {
			if documentNouns[strings.ToLower(a.word(d))] {
				doc = d
				break
			}
		}
		if doc < 0 {
			continue
		}
		c := doc + 1
		for c < hi && c <= doc+3 && (a.toks[c].is(wTime) || a.lowerWordIs(c, "on") && c+1 < hi && a.toks[c+1].is(wTime)) {
			c++ // "released a statement Tuesday", "on Monday"
		}
		if c >= hi || a.toks[c].kind != tokWord {
			continue
		}
		verb := a.cueAt(doc, doc)
		switch w := strings.ToLower(a.word(c)); {
		case w == "that" && !a.subjectGap(c+1) && thatContentDocuments[strings.ToLower(a.word(doc))]:
			c++ // "a statement that the plant will close"; "a report that the agency later withdrew" is a relative clause
		case a.documentParticiple(c):
			verb = a.verbPhrase(c)
			if a.phrasal(c) {
				c++ // "calling on", "calling for": the words follow the particle
			}
			c++
		default:
			continue
		}
		np := a.subject(k, lo)
		if np.empty() {
			continue
		}
		end := hi
		for i := c; i < hi; i++ {
			if a.toks[i].punct(f.text, ',') || a.toks[i].punct(f.text, ';') {
				end = i
				break
			}
		}
		end = trimEndPunct(a.toks, end)
		if end <= c || cappedWords(a.toks[c:end]) < 3 {
			continue
		}
		f.addIndirect(a, Span{a.from(c), a.to(end - 1)}, np, verb)
		return
	}
}

// documentParticiple reports whether the -ing word at token c, right after
// a document put out, reports what the document says: a reporting or
// stance participle, a phrasal cue with its particle ("calling on"), or a
// verb of setting content out.
func (a *attributor) documentParticiple(c int) bool {
	w := strings.ToLower(a.word(c))
	if !strings.HasSuffix(w, "ing") || a.toks[c].upper || w == "showing" {
		return false // "a video showing the crash": what a recording shows is no one's saying
	}
	return a.toks[c].is(wParticiple) || cueVerbs[w] || stance[w] || a.phrasal(c) || contentParticiples[w]
}

// issueVerbs put a document out, or sign or write it ("dozens of diplomats
// signed a cable urging strikes"); documentNouns are the documents that
// carry someone's words; contentParticiples set out what a document holds.
var (
	issueVerbs = fieldSet(`issued issues issue released releases posted posts published publishes sent sends put puts adopted adopts passed approved approves drafted unveiled unveils ` +
		`signed signs wrote writes circulated circulates submitted submits`)
	// thatContentDocuments are the documents whose "that" opens what they
	// say: a statement, a warning; a report or a letter "that" is as often
	// one that someone later withdrew or never answered.
	thatContentDocuments = fieldSet(`statement statements warning warnings advisory alert communique notice declaration ultimatum appeal plea message messages`)
	documentNouns        = fieldSet(`statement statements warning warnings advisory alert letter letters memo memos communique message messages note notice email emails tweet tweets post video report op-ed editorial appeal plea ultimatum declaration resolution resolutions document documents cable cables petition petitions`)
	contentParticiples   = fieldSet(`detailing outlining highlighting documenting listing setting offering seeking expressing`)
)

// nounPossessor finds the possessor of the noun at token k, no earlier
// than lo: a possessive pronoun or a capitalised name with "'s", right
// before the noun or before one modifier ("his repeated claim",
// "Clinton's support").
func (a *attributor) nounPossessor(k, lo int) (phrase, bool) {
	p := k - 1
	if p > lo && a.toks[p].kind == tokWord && (a.toks[p].class == 0 || a.toks[p].class == wThatClause && strings.HasSuffix(a.word(p), "ed")) && !a.toks[p].upper && !possessive(a.word(p)) && !possessivePronouns[strings.ToLower(a.word(p))] {
		p-- // "his repeated claim": a participle WordNet lists as a cue modifies the noun here
	}
	if a.toks[p].kind != tokWord {
		return phrase{}, false
	}
	switch w := a.word(p); {
	case possessivePronouns[strings.ToLower(w)]:
		return phrase{p, p + 1}, true
	case possessive(w) && a.toks[p].upper:
		if sp := a.nameBackward(p, lo); !sp.empty() {
			return sp, true
		}
		return phrase{p, p + 1}, true
	}
	return phrase{}, false
}

// stanceNoun reads a stance named by a noun with its holder as possessor
// and its object after a preposition: "his attacks on Trump", "Clinton's
// support for the bill", "their concerns about the deal". The content is
// the object phrase.
func (f *quoteFinder) stanceNoun(a *attributor, lo, hi int) {
	for k := lo + 1; k+2 < hi; k++ {
		preps, ok := stanceNouns[strings.ToLower(a.word(k))]
		if !ok || a.toks[k].kind != tokWord || a.toks[k+1].kind != tokWord || !strings.Contains(" "+preps+" ", " "+strings.ToLower(a.word(k+1))+" ") {
			continue
		}
		sp, ok := a.nounPossessor(k, lo)
		if !ok {
			continue
		}
		c := k + 2
		end := trimEndPunct(a.toks, a.objectEnd(c, hi))
		if w := strings.ToLower(a.word(k)); (w == "denial" || w == "denials") && !a.deniedMatter(c, end) {
			continue // "Israel's denial of water to the villages": a refusal to give, no one's words
		}
		if a.nounPhraseOpens(sp, lo) {
			end = a.mainPredicate(c, end, false)
		}
		if end <= c {
			continue
		}
		name, span := f.possessor(a, sp)
		if p := f.openerPerson(a, sp, lo); p != "" {
			name = p
		}
		f.quotes = append(f.quotes, Quote{Kind: QuoteIndirect, Span: Span{a.from(c), a.to(end - 1)},
			Speaker: name, SpeakerSpan: span, Verb: a.word(k), VerbSpan: Span{a.from(k), a.to(k)}})
		return
	}
}

// deniedMatter reports whether the object [c, end) of "denial of" is a
// matter a speaker denies ("his denial of any involvement", "Iran's
// denial of the reports") rather than something withheld ("denial of
// water to the villages", "denial of access", "denial of entry"): a
// claim-like noun heads it, and no "to" gives it to someone.
func (a *attributor) deniedMatter(c, end int) bool {
	head := -1
	for i := c; i < end; i++ {
		if a.toks[i].kind != tokWord {
			continue
		}
		w := strings.ToLower(a.word(i))
		if head < 0 && !a.toks[i].is(wDet) && !possessivePronouns[w] && !deniedMatterModifiers[w] {
			head = i
			if !deniedMatters[w] && !deniedDeeds[w] {
				return false
			}
			continue
		}
		if head >= 0 {
			// "denial of access to the inspectors": "to" right after the
			// head gives it to someone; "denial of reports that it sent
			// drones to Russia" holds its "to" inside the matter.
			return w != "to"
		}
	}
	return head >= 0
}

// deniedMatters head what a denial denies: a deed imputed, or a report of it.
var deniedMatters = fieldSet(`involvement responsibility role report reports claim claims allegation allegations accusation accusations charge charges wrongdoing knowledge guilt link links ties connection connections part participation complicity existence story stories rumors rumours attack attacks strike strikes killing killings bombing shooting downing massacre massacres atrocities`)

// deniedDeeds are the gerunds of deeds a side is accused of and denies:
// "Iran's denial of supplying drones to Russia". Gerunds that as often
// name what is withheld ("denial of funding for the wall", "of
// sheltering rights", "of hiding places") are not among them, nor a
// modifier or an auxiliary ("boarding rights", "having met").
var deniedDeeds = fieldSet(`supplying sending arming ordering plotting launching shooting targeting killing attacking bombing shelling striking hacking spying meddling interfering colluding leaking bribing torturing detaining`)

// deniedMatterModifiers stand before the head of a denied matter: "any
// involvement", "the latest reports".
var deniedMatterModifiers = fieldSet(`any all such these those latest new recent earlier previous direct personal`)

// stanceNouns name a stance taken on someone or something, with the
// prepositions that introduce its object.
// ("attacks", "support", "position" and "view" are left out: a military
// attack, a candidate's support in the polls, a position held.)
var stanceNouns = map[string]string{
	"criticism": "of", "criticisms": "of", "opposition": "to", "endorsement": "of", "praise": "for of",
	"concern": "about over", "concerns": "about over", "doubts": "about", "questions": "about",
	"stance": "on", "denial": "of", "denials": "of", "defense": "of", "defence": "of", "call": "for", "calls": "for", "demand": "for", "demands": "for",
}

// possessor turns the possessor of a noun cue into a speaker: "his" is the
// last person named, "Trump's" is Trump.
func (f *quoteFinder) possessor(a *attributor, sp phrase) (string, Span) {
	span := a.span(sp)
	if sp.to-sp.from == 1 && possessivePronouns[strings.ToLower(a.word(sp.from))] {
		switch strings.ToLower(a.word(sp.from)) {
		case "his", "her":
			if p := f.personFor(strings.ToLower(a.word(sp.from))); p != "" {
				return p, span
			}
		case "their":
			if f.lastPlural != "" {
				return f.lastPlural, span
			}
		case "its":
			if f.lastGroup != "" {
				return f.lastGroup, span
			}
		}
		return a.str(sp), span
	}
	span.End -= text.PossessiveLen(f.text[span.Start:span.End])
	return f.text[span.Start:span.End], span
}

// intentNoun reports whether the noun cue at token k names a promise or a
// threat with its intention after it: "to" and a verb ("his vow to close
// the prison"), not "to" and a hearer ("her pledge to voters").
func (a *attributor) intentNoun(k int) bool {
	if !intentNouns[strings.ToLower(a.word(k))] || !a.lowerWordIs(k+1, "to") || k+2 >= len(a.toks) {
		return false
	}
	next := a.toks[k+2]
	if next.kind != tokWord || next.upper || next.is(wDet|wPronoun|wTime|wRole) || possessivePronouns[strings.ToLower(a.word(k+2))] {
		return false
	}
	return k+3 >= len(a.toks) || !a.toks[k+3].is(wRole) // "her pledge to harbour voters": a hearer after a modifier
}

// intentNouns are the noun cues that take an intention after "to".
var intentNouns = fieldSet(`vow vows pledge pledges promise promises threat threats`)

// speechNounCues name someone's words or view; with a possessor and
// "that" after them they report it.
var speechNounCues = fieldSet(`demand demands request proposal claim claims assertion assertions argument statement warning warnings promise promises pledge pledges belief view suggestion accusation accusations allegation allegations charge insistence contention comments remarks vow vows threat threats denial denials announcement message hope fear fears concern concerns`)

// possessivePronouns are the possessors a noun cue may have.
var possessivePronouns = fieldSet(`his her their its`)

// passiveOpeners are the prepositions that open the reported words after
// a passive cue: "was asked about", "is expected to"; and "of" after an
// accusation ("was accused of").
var passiveOpeners = fieldSet(`about to`)

// colonTurn reads a paragraph that opens with a name and a colon: a
// transcript turn ("MR. KERRY: We will ..."), an interview's "Q:", or a
// headline that gives someone's words ("Clinton: I support D.C.
// statehood"). The rest of the paragraph is that speaker's; a quotation in
// it takes the speaker too.
func (f *quoteFinder) colonTurn(a *attributor, p Span) {
	if len(a.toks) > 3 && a.word(0) == "Q" && a.toks[1].kind == tokWord && a.toks[1].upper &&
		(interviewAddress[strings.TrimSuffix(strings.ToLower(a.word(1)), ".")] || strings.HasSuffix(strings.TrimSpace(f.text[p.Start:p.End]), "?")) {
		// "Q Mr. President, do you ...": a transcript's question, by an
		// interviewer it does not name.
		f.quotes = append(f.quotes, Quote{Kind: QuoteIndirect, Span: Span{a.from(1), p.End}, Verb: "Q", VerbSpan: Span{a.from(0), a.to(0)}})
		return
	}
	colon := -1
	// to is the "to" of a headline's "Trump to Iranian president: ...",
	// "Protesters to Morsy: ...": the speaker, whom the words are for, and
	// the words. Only the page's first paragraph, where its headline
	// stands, is read this way; the addressee may be in lower case.
	to := -1
	for i := 0; i < len(a.toks) && i <= 6; i++ {
		t := a.toks[i]
		if t.punct(f.text, ':') {
			colon = i
			break
		}
		if to < 0 && i > 0 && a.toks[0].start == 0 && a.lowerWordIs(i, "to") && t.kind == tokWord && !t.upper {
			to = i
			continue
		}
		if to >= 0 && t.kind == tokWord && !t.is(wVerb|wPronoun|wTime) && i-to <= 4 {
			continue
		}
		if t.kind != tokWord || !t.upper && !t.is(wConnector) || t.is(wVerb|wPronoun|wTime) {
			return
		}
	}
	if to >= 0 && (colon <= to+1 || !addresseeOpens(a.toks[to+1]) || !a.toks[to-1].is(wPlural) && !namedAgain(f.text[p.End:], a.word(to-1))) {
		// "... to:" names no one the words are for; "Trump to visit
		// Paris:" is a plan and "Ambassador to Israel:" an office, whose
		// word after "to" is a verb or a place; "Trip to Paris: A guide"
		// and "Road to recovery:" name no speaker. The speaker of a
		// headline's "to" form is a group ("Protesters") or a name the
		// article goes on to use inside its sentences.
		return
	}
	// Not a time ("11:40 am"), a series' title ("The Latest: ..."), a
	// label ("Update: ...") or a place heading over a link to another
	// story ("IN ISRAEL: Citizens get gas masks"), which a preposition opens.
	if colon < 1 || cappedWords(a.toks[colon+1:]) < 2 || colonLabels[strings.ToLower(a.word(0))] || a.toks[0].is(wConnector|wDet) && !a.capitalsRun(0, colon) || a.toks[0].is(wPrep) ||
		startsWithDigit(a.word(0)) || colon+1 < len(a.toks) && startsWithDigit(a.word(colon+1)) {
		return
	}
	for i := 0; i < colon; i++ {
		if w := strings.ToLower(a.word(i)); colonLabels[w[:len(w)-text.PossessiveLen(w)]] && i > 0 {
			return // "Editor's Note:", "Photo Credit:": a label ends the run of names
		}
	}
	if a.toks[colon+1].kind != tokOpen && lowerWords(a.toks[colon+1:]) < 3 && commas(f.text, a.toks[colon+1:]) >= 2 {
		return // "Iowa: Tim Albrecht, Brad Anderson, ...": a list of names, no one's words
	}
	end := colon
	if to > 0 {
		end = to
	}
	np := a.groupSubject(phrase{0, end})
	name, span := f.speaker(a, np)
	if a.toks[colon+1].kind == tokOpen && to < 0 {
		return // 'Clinton: "..."': the quotation takes the speaker as the last one named
	}
	if cappedWords(a.toks[colon+1:]) < 4 {
		return // "Carson: A miracle.", "Rubio: Finish second.": a label and a phrase, no one's words
	}
	f.quotes = append(f.quotes, Quote{Kind: QuoteIndirect, Span: Span{a.from(colon + 1), p.End}, Speaker: name, SpeakerSpan: span,
		Verb: ":", VerbSpan: Span{a.from(colon), a.to(colon)}})
	if name != "" && a.speakerLabel(0, colon) {
		// A transcript's speaker ("THE PRESIDENT:", "MR. KERRY:"), not a
		// headline in capitals ("FIX IS IN: ..."): the turn may go on.
		f.turnSpeaker, f.turnSpan = name, span
	}
}

// addresseeOpens reports whether the word after a headline's "to" may
// open whom the words are for: a capitalised name ("Morsy", "Iranian
// president"), an article or possessive ("the board", "his critics") or a
// role or group ("voters"); a verb ("to visit") opens a plan.
func addresseeOpens(t token) bool {
	return t.kind == tokWord && (t.upper || t.is(wDet|wRole|wPlural))
}

// namedAgain reports whether name stands in rest as a whole word inside a
// sentence, after another word, the way an article goes on to name a
// person ("President Trump wrote"), not only as a sentence's first word.
func namedAgain(rest, name string) bool {
	for i := 0; ; {
		k := strings.Index(rest[i:], name)
		if k < 0 {
			return false
		}
		k += i
		end := k + len(name)
		before, _ := utf8.DecodeLastRuneInString(rest[:k])
		after, _ := utf8.DecodeRuneInString(rest[end:])
		if k > 0 && before == ' ' && !unicode.IsLetter(after) && !unicode.IsDigit(after) {
			if prev := strings.TrimRight(rest[:k], " "); prev != "" && !strings.ContainsAny(prev[len(prev)-1:], ".!?\n\"“") {
				return true
			}
		}
		i = end
	}
}

// speakerLabel reports whether the capitals label at tokens [from, colon)
// names a person by its form: a title and a name ("MR. KERRY") or a
// person's role ("THE PRESIDENT"). Both transcript readers, the unquoted
// (colonTurn) and the quoted (quotedTranscriptTurn), take such a label as
// a speaker on its own; a headline or a tag in capitals ("FIX IS IN:",
// "NEW:") has neither.
func (a *attributor) speakerLabel(from, colon int) bool {
	return a.capitalsRun(from, colon) && (a.toks[colon-1].is(wPerson) || transcriptHonorifics[strings.ToLower(a.word(from))])
}

// transcriptHonorifics open a transcript speaker's name in capitals: "MR.
// KERRY:", "SEN. ROE:".
var transcriptHonorifics = fieldSet(`mr. mrs. ms. dr. sen. rep. gov. gen. mr mrs ms dr`)

// capitalsRun reports whether tokens [from, to) are two words or more
// written all in capitals and ending in a role or a name: a transcript's
// speaker ("THE PRESIDENT:"), whose "THE" opens no title; a heading in
// capitals ("THE LATEST:", "THE END:") is none.
func (a *attributor) capitalsRun(from, to int) bool {
	if to-from < 2 || colonLabels[strings.ToLower(a.word(to-1))] {
		return false
	}
	for i := from; i < to; i++ {
		w := a.word(i)
		if a.toks[i].kind != tokWord || strings.ToUpper(w) != w || strings.ToLower(w) == w {
			return false
		}
	}
	return a.toks[to-1].is(wRole) || !a.toks[to-1].is(wVerb|wConnector|wDet|wTime)
}

// interviewAddress are the words after a transcript's "Q" that address
// the one answering: "Q Mr. President, ...", "Q Madam Secretary, ...".
var interviewAddress = fieldSet(`mr mrs ms madam sir president secretary senator governor general minister prime your ambassador admiral doctor dr`)

// groupSubject cuts the capitalised run before a headline's colon at a
// plural group followed by another capitalised word ("Alabama Republicans
// Defend Roy Moore: '...'"): that is a clause, its subject and verb, and
// the group speaks, not the whole run.
func (a *attributor) groupSubject(np phrase) phrase {
	for i := np.from + 1; i+1 < np.to; i++ {
		if a.toks[i].is(wPlural) && a.toks[i].is(wRole) && !a.toks[i+1].is(wRole|wConnector) {
			return phrase{np.from, i + 1}
		}
	}
	return np
}

// colonLabels open a paragraph with a colon without naming a speaker:
// an editor's tag ("CORRECTION:", "CLARIFICATION:"), a form's field
// ("Name:"), or an interjection a headline or a writer opens with
// ("Wow:", "BUSTED:", "Look:", "So:").
var colonLabels = fieldSet(`latest end contributing byline email paid update updated note editor photo photos video watch read related correction corrections clarification clarifications source sources credit warning breaking exclusive opinion analysis live listen more also subscribe advertisement image caption file pictured above below background context disclosure full transcript bottom top here this what why how when where who and but or name wow whoa boom bombshell busted look so yikes`)

// scareInReported reads a sentence whose quotations all came out as
// scare quotes for reported speech ('The promise to "take our country
// back" appeals to voters, said Alan Abramowitz'): if the sentence holds
// an attribution, the quotations are the speaker's partial quotes inside
// it. quotes[nq:] are the sentence's quotations.
func (f *quoteFinder) scareInReported(a *attributor, b [2]int, nq int, class wordClass) {
	if nq == len(f.quotes) {
		return
	}
	for _, q := range f.quotes[nq:] {
		if q.Kind != QuoteScare {
			return
		}
	}
	n := len(f.quotes)
	f.reported(a, b[0], b[1], class)
	if len(f.quotes) == n {
		return
	}
	// The reported speech goes before the quotations it holds, in text
	// order. It may be more than one attribution: "X accuses the mayor
	// of "leading from behind" and Y says he is "losing"" has two, and
	// each quotation is the words of the one whose clause holds it most
	// closely, not of the last one read.
	reported := slices.Clone(f.quotes[n:])
	scares := slices.Clone(f.quotes[nq:n])
	f.quotes = append(append(f.quotes[:nq], reported...), scares...)
	for k := nq + len(reported); k < len(f.quotes); k++ {
		before := strings.ToLower(f.text[max(0, f.quotes[k].Span.Start-12):f.quotes[k].Span.Start])
		if strings.Contains(before, "so-called") {
			continue // the outlet's distance, whoever speaks in the sentence
		}
		q := &f.quotes[k]
		var r *Quote
		for i := range reported {
			if c := &reported[i]; c.Span.Contains(q.Span.Start) && (r == nil || c.Span.End-c.Span.Start < r.Span.End-r.Span.Start) {
				r = c
			}
		}
		if r != nil {
			q.Kind, q.Speaker, q.SpeakerSpan, q.Verb, q.VerbSpan = QuotePartial, r.Speaker, r.SpeakerSpan, r.Verb, r.VerbSpan
		}
	}
}

// speechBesideQuotes reads the reported speech of a sentence whose
// quotations were attributed, in the words outside them: "Netanyahu said
// late Wednesday that he would go ahead with the meeting, although he
// tweeted that he "rejects ..."". An attribution is kept when its words end
// before the first of the sentence's quotations and attributions found so
// far (quotes[nq:]), or are cut there, and its verb is no stance verb or
// participle, whose words are mostly someone else's.
func (f *quoteFinder) speechBesideQuotes(a *attributor, b [2]int, nq int, class wordClass) {
	n := len(f.quotes)
	first := f.quotes[nq].Span.Start
	// '..., and when asked, he said, "..."': an attribution that opens
	// with its speaker, right before its verb, starts at the speaker; the
	// words of another cue before it end there, not at the verb.
	var opens []Quote
	for _, o := range f.quotes[nq:n] {
		first = min(first, o.Span.Start)
		if o.VerbSpan.End > o.VerbSpan.Start {
			first = min(first, o.VerbSpan.Start)
			if s := o.SpeakerSpan; s.End > s.Start && s.Start >= a.from(b[0]) && s.End <= o.VerbSpan.Start && strings.TrimSpace(f.text[s.End:o.VerbSpan.Start]) == "" {
				opens = append(opens, o)
			}
		}
	}
	// The speakers last named stay those of the quotations, which come
	// later in the sentence.
	last := [4]string{f.lastSpeaker, f.lastPerson, f.lastGroup, f.lastPlural}
	lastSpans := [4]Span{f.lastSpeakerSpan, f.lastPersonSpan, f.lastGroupSpan, f.lastPluralSpan}
	people := len(f.people)
	f.reported(a, b[0], b[1], class)
	f.lastSpeaker, f.lastPerson, f.lastGroup, f.lastPlural = last[0], last[1], last[2], last[3]
	f.lastSpeakerSpan, f.lastPersonSpan, f.lastGroupSpan, f.lastPluralSpan = lastSpans[0], lastSpans[1], lastSpans[2], lastSpans[3]
	f.people = f.people[:people]
	kept := n
	for _, q := range f.quotes[n:] {
		verb := strings.ToLower(q.Verb)
		cutAt := first
		// Only a verb's words end at the later speaker: a noun cue
		// ("Following initial reports of ...", "Amid calls for ...")
		// stays for the clash test below. Words that open as a
		// subordinate clause ("said while the U.S. may not have ..., he
		// believes ...") set the later attribution's clause and are not
		// cut to it either.
		aside := false // the later attribution stands aside in a clause: "no different, her aide said, from ..."
		lead := strings.ToLower(firstField(f.text[q.Span.Start:q.Span.End]))
		if len(opens) > 0 && a.cueVerbAt(q.VerbSpan, b) && !subjectConjunctions[lead] && lead != "if" && lead != "unless" {
			for _, o := range opens {
				// Words that hold their own cue ("Back then, she said, ...")
				// and those under "according to" take the later speaker in.
				if o.VerbSpan != q.VerbSpan && !strings.HasPrefix(verb, "according") && o.SpeakerSpan.Start > q.Span.Start && !q.Span.Contains(q.VerbSpan.Start) && o.SpeakerSpan.Start < cutAt {
					cutAt = o.SpeakerSpan.Start
					aside = strings.HasPrefix(strings.TrimSpace(f.text[o.VerbSpan.End:]), ",")
				}
			}
			if r, _ := utf8.DecodeRuneInString(f.text[q.Span.Start:]); cutAt < first && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				cutAt = first // words that open with punctuation ('told the Times."We were ...') are no clause
			}
		}
		if q.Span.Start < cutAt && cutAt < q.Span.End && q.VerbSpan.End <= cutAt {
			// "but said there was no call planned, adding: "..."": the
			// words end where the quotation's attribution begins, at a
			// comma, colon or dash (a cut inside a clause, "because "...",
			// leaves words the quotation's own), if they still open as a
			// clause does, not with the verb's setting ("during a panel",
			// "last week on CNN").
			words := f.text[q.Span.Start:cutAt]
			end := strings.TrimRight(words, " ,;:—–-\"“'‘")
			for _, conj := range []string{" and", " but"} {
				if before, ok := strings.CutSuffix(end, conj); ok {
					end = strings.TrimRight(before, " ,;:—–-") // "..., and called him "...""
				}
			}
			if cutAt < first {
				// "..., and when asked whether ..., he said": the clause
				// after the conjunction sets the later attribution.
				end = trimSettingClause(end)
				if aside {
					// "a stopgap -- no different, her aide said, from",
					// "the contests, which is an outcome, he said, "..."":
					// the clause the aside interrupts is its speaker's.
					end = trimInterrupted(end)
				}
			}
			if fields := strings.Fields(end); len(fields) >= 4 && classOf(fields[0])&(wPrep|wTime) == 0 && !(timeDeterminers[strings.ToLower(fields[0])] && classOf(fields[1])&wTime != 0) && strings.ContainsAny(words[len(end):], ",;:—–") {
				q.Span.End = q.Span.Start + len(end)
			}
		}
		plain := q.Kind == QuoteIndirect && !stance[verb] && !strings.HasSuffix(verb, "ing")
		// "Trump bemoaned the unrest and said that drugs were "a big
		// factor"": a side taken before the sentence's quotations and
		// their cues, by the speaker who goes on to be quoted, is a voice
		// of its own.
		sided := q.Kind == QuoteIndirect && stance[verb] && q.VerbSpan.End <= q.Span.Start && q.Speaker != "" &&
			slices.ContainsFunc(f.quotes[nq:n], func(o Quote) bool { return o.Speaker == q.Speaker }) && sideObject(f.text[q.Span.Start:q.Span.End], q.Speaker)
		free := (plain || sided) && q.Span.End <= first
		// 'Blumenthal said that he has "no idea" if ...': a clause holding
		// the sentence's partial quotations whole is one attribution, and
		// they are its speaker's.
		holds := plain && q.Speaker != "" && q.Span.Start < first && !strings.HasPrefix(verb, "according")
		// 'While Comey said she was "extremely careless", he said there
		// is no precedent': a cue read forward from a partial quotation
		// before it is the cue of the clause after it, whose words are
		// that cue's, not the fragment's.
		claimed := plain && q.Speaker != "" && q.VerbSpan.End > q.VerbSpan.Start && q.Span.Start >= q.VerbSpan.End && !strings.HasPrefix(verb, "according") &&
			opensClause(f.text[q.Span.Start:q.Span.End])
		shared, clash := false, false
		inside := 0
		// Only a clause holds a fragment with a cue of its own: a verb's
		// object ("rejected the report, which she described as "...", and
		// vowed") with words after it is no reported speech.
		clause := holds && !a.objectWithRelative(a.tokenAt(q.Span.Start, b), b[1])
		voiced := 0 // fragments inside q voiced by their own "as X said" cue inside q
		for _, o := range f.quotes[nq:n] {
			if claimed && o.VerbSpan == q.VerbSpan && (o.Kind == QuotePartial || o.Kind == QuoteScare) && o.Span.End <= q.VerbSpan.Start {
				shared = true
				continue
			}
			if plain && f.voicedWithin(o, q) {
				// The clause ends with the fragment: what follows its cue
				// is said of the fragment's speaker.
				voiced++
				rest := f.text[o.Span.End:]
				q.Span.End = min(q.Span.End, o.Span.End+len(rest)-len(strings.TrimLeft(rest, `'"”’`)))
				continue
			}
			if sameCue := o.VerbSpan == q.VerbSpan && o.Speaker == q.Speaker; !sameCue && q.VerbSpan.Overlaps(o.VerbSpan) || q.VerbSpan.Overlaps(o.Span) {
				free, holds, clash = false, false, true
				break
			}
			if !q.Span.Overlaps(o.Span) {
				continue
			}
			free = false
			if !(clause && f.nestedIn(o, q)) && (o.Kind != QuotePartial && o.Kind != QuoteScare || o.Speaker != "" && o.Speaker != q.Speaker || o.Span.Start < q.Span.Start || o.Span.End > q.Span.End) {
				holds, clash = false, true
			}
			inside++
		}
		if shared && !clash || voiced > 0 && !clash && inside == 0 && q.Speaker != "" {
			free = true
		}
		if holds && inside > 0 {
			for k := nq; k < n; k++ {
				if o := &f.quotes[k]; q.Span.Contains(o.Span.Start) && !(clause && f.nestedIn(*o, q)) && !f.voicedWithin(*o, q) {
					o.Kind, o.Speaker, o.SpeakerSpan, o.Verb, o.VerbSpan = QuotePartial, q.Speaker, q.SpeakerSpan, q.Verb, q.VerbSpan
				}
			}
			free = true
		}
		if free {
			f.quotes[kept] = q
			kept++
		}
	}
	f.quotes = f.quotes[:kept]
	slices.SortStableFunc(f.quotes[nq:], func(x, y Quote) int { return x.Span.Start - y.Span.Start })
	f.walked = min(f.walked, nq) // the quotations after nq moved: walk them again
}

// trimInterrupted ends reported words before the clause an aside
// attribution interrupts: a trailing subordinator ("had said that
// because, she said, ..."), the words after the last dash, or a last
// clause after a comma that opens with a relative or subordinator
// ("..., which is an outcome, he said, ..."). Four words or more stay.
func trimInterrupted(words string) string {
	fields := strings.Fields(words)
	if n := len(fields); n > 4 && interruptedOpeners[strings.ToLower(fields[n-1])] {
		words = strings.TrimRight(strings.TrimSuffix(words, fields[n-1]), " ,;:—–-")
	}
	cut := max(strings.LastIndex(words, " -- "), strings.LastIndex(words, "—"), strings.LastIndex(words, " – "))
	if c := strings.LastIndex(words, ", "); c > cut && interruptedOpeners[strings.ToLower(firstField(words[c+2:]))] {
		cut = c
	}
	if cut < 0 || len(strings.Fields(words[:cut])) < 4 {
		return words
	}
	return strings.TrimRight(words[:cut], " ,;:—–-")
}

// interruptedOpeners open a clause an aside attribution may interrupt.
var interruptedOpeners = fieldSet(`which who whom whose because since although though while when whereas if`)

// cueVerbAt reports whether the cue at span v is a verb with a subject's
// word before it (a name, a pronoun, a role, an auxiliary, a conjunction
// or punctuation), not a noun after a determiner, a preposition or an
// adjective ("the reports", "Amid calls", "initial reports").
func (a *attributor) cueVerbAt(v Span, b [2]int) bool {
	if v.End <= v.Start || v.Start < a.from(b[0]) {
		return false
	}
	k := a.tokenAt(v.Start, b)
	if k >= b[1] || !a.toks[k].is(wVerb|wNeedsThat|wObject|wPhrasal|wNotSpeech) && !(a.toks[k].is(wThatClause) && verbShaped(strings.ToLower(a.word(k)))) {
		return false // the that-clause cues hold nouns: "U.S. evidence that"
	}
	if k == b[0] || a.toks[k-1].kind != tokWord {
		return true
	}
	p := a.toks[k-1]
	w := strings.ToLower(a.word(k - 1))
	if p.is(wDet|wPrep) || possessivePronouns[w] || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
		return false
	}
	return p.upper || p.is(wPronoun|wRole|wPlural|wPerson|wAux|wLeadIn) || w == "who" || w == "that"
}

// settingConjunctions open a clause that sets a later attribution after
// "and" or "but": "and when asked whether ...", "but if pressed ...".
var settingConjunctions = fieldSet(`when if as while once after whenever`)

// trimSettingClause cuts a trailing ", and when ..." (a conjunction and a
// subordinator) from reported words: that clause belongs to the
// attribution after it, not to the words before. The last such clause is
// cut, and four words or more stay.
func trimSettingClause(words string) string {
	cut := -1
	for _, conj := range []string{" and ", " but "} {
		for end := len(words); end > 0; {
			i := strings.LastIndex(words[:end], conj)
			if i < 0 {
				break
			}
			if settingConjunctions[strings.ToLower(firstField(words[i+len(conj):]))] {
				cut = max(cut, i)
				break
			}
			end = i
		}
	}
	if cut < 0 || len(strings.Fields(words[:cut])) < 4 {
		return words
	}
	return strings.TrimRight(words[:cut], " ,;:—–-")
}

// objectWithRelative reports whether the words from token c open with a
// short noun phrase and a relative clause set off by a comma, which "and"
// or "but" or the sentence's end follows ("the report, which she
// described as "a smear," and vowed ..."): a verb's object and another
// verb of the sentence's subject, not a clause of their own ("the report,
// which she described as "a smear," was false").
func (a *attributor) objectWithRelative(c, hi int) bool {
	rel := -1
	for k := c; k < hi && k < c+6; k++ {
		t := a.toks[k]
		if t.punct(a.text, ',') {
			if k > c && (a.lowerWordIs(k+1, "which") || a.lowerWordIs(k+1, "who")) {
				rel = k + 1
			}
			break
		}
		if t.kind != tokWord || t.is(wAux|wPronoun) || t.is(wVerb) && !(k > c && a.toks[k-1].is(wDet)) || beForms[strings.ToLower(a.word(k))] {
			return false // a noun after a determiner may share a verb's spelling: "the claims"
		}
	}
	if rel < 0 {
		return false
	}
	for k := rel + 1; k+1 < hi; k++ {
		if t := a.toks[k]; (t.kind == tokClose || t.punct(a.text, ',')) && a.toks[k+1].kind == tokWord {
			// "..., and threatened to sue" goes on with the speaker's verb;
			// "..., and the ruling were both wrong" with a second subject
			// of the reported clause.
			return (a.lowerWordIs(k+1, "and") || a.lowerWordIs(k+1, "but")) && !a.nounPhraseAt(k+2, hi)
		}
	}
	return true
}

// nounPhraseAt reports whether a noun phrase opens at token k: a
// determiner, a possessive pronoun or a capitalised word.
func (a *attributor) nounPhraseAt(k, hi int) bool {
	if k >= hi || a.toks[k].kind != tokWord {
		return false
	}
	t := a.toks[k]
	return t.is(wDet) || t.upper || possessivePronouns[strings.ToLower(a.word(k))]
}

// tokenAt returns the first token of tokens [b[0], b[1]) that ends after
// byte offset at.
func (a *attributor) tokenAt(at int, b [2]int) int {
	return b[0] + sort.Search(b[1]-b[0], func(i int) bool { return a.toks[b[0]+i].end > at })
}

// nestedIn reports whether the quotation o, a fragment or reported words
// with a cue of its own, lies with its cue inside the reported clause q:
// 'Clinton said that she called Sanders to congratulate him on what she
// called "an extraordinary campaign."' reports Clinton's words, which
// quote her own. The fragment must follow its cue within the clause, as
// an object does ("what she called "...""), not after a comma as the words
// of an attribution of their own (', Tyler said, "..."'), and the cue is
// no "said" or participle, which report speech of its own ("and said
// that ...", "responding that ...").
func (f *quoteFinder) nestedIn(o, q Quote) bool {
	return o.Kind != QuoteDirect && o.VerbSpan.End > o.VerbSpan.Start && q.Span.Contains(o.VerbSpan.Start) &&
		o.Span.Start >= q.Span.Start && o.Span.End <= q.Span.End &&
		o.VerbSpan.End <= o.Span.Start && !strings.ContainsAny(f.text[o.VerbSpan.End:o.Span.Start], ",:;—–") &&
		!sayForms[strings.ToLower(firstField(o.Verb))] && (!strings.HasSuffix(firstField(o.Verb), "ing") || phrasalCues[strings.ToLower(firstField(o.Verb))] != "" && strings.Contains(o.Verb, " "))
}

// voicedWithin reports whether quotation o is a fragment that reported
// words q hold whole, with its own speaker's cue after it inside q too:
// 'Protest, Mr. Obama said, is patriotism, whether sitting at a lunch
// counter or wearing the words "I can't breathe," as Eric Garner said.'
// The fragment is Garner's, and the clause holding it Obama's.
func (f *quoteFinder) voicedWithin(o, q Quote) bool {
	if o.Kind != QuotePartial || o.Speaker == "" || o.Speaker == q.Speaker || o.VerbSpan.End <= o.VerbSpan.Start ||
		o.VerbSpan.Start < o.Span.End || !q.Span.Contains(o.VerbSpan.Start) || o.Span.Start < q.Span.Start || o.Span.End > q.Span.End ||
		q.VerbSpan.End > o.Span.Start {
		return false
	}
	between := strings.TrimLeft(f.text[o.Span.End:o.VerbSpan.Start], ` ,'"”’`)
	return len(between) > 3 && strings.EqualFold(between[:3], "as ")
}

// opensClause reports whether words read as a clause of four words or
// more that opens with its subject or "that" ("there is no precedent",
// "he hoped that ...", "that the plan failed"), not with the setting of
// the verb before them ("in an interview", "on Monday") or an answer
// ("yes while 48 percent ...").
func opensClause(words string) bool {
	fields := strings.Fields(words)
	if len(fields) < 4 {
		return false
	}
	w := strings.ToLower(strings.Trim(fields[0], ",;:\"“”'‘’"))
	switch {
	case w == "that" || w == "there" || subjectPronouns[w]:
		return true
	case w == "" || w == "yes" || w == "no" || classOf(w)&(wPrep|wTime|wLeadIn|wAux|wVerb|wThatClause) != 0:
		return false
	}
	r, _ := utf8.DecodeRuneInString(fields[0])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// tailConjunctions join a clause of the same speaker's after a
// quotation's attribution: '"...," Carson said, but he said he ...'.
var tailConjunctions = fieldSet(`but though although and while`)

// speechAfterQuotes reads a clause after a sentence's last quotation that
// a conjunction, a subject pronoun and a plain reporting verb open:
// '"Vetting is one thing," Carson said on NBC, but he said he is being
// asked about incidents ...', '"...," said Reince Priebus, though he added
// that he expected the flap to fade.' The pronoun is the speaker, read as
// any other "he said".
func (f *quoteFinder) speechAfterQuotes(a *attributor, b [2]int) {
	last := -1
	for k := b[1] - 1; k >= b[0]; k-- {
		if a.toks[k].kind == tokClose || a.toks[k].kind == tokOpen {
			if a.toks[k].kind == tokClose {
				last = k
			}
			break
		}
	}
	if last < 0 {
		return
	}
	for k := last + 1; k+3 < b[1]; k++ {
		if a.toks[k].punct(f.text, ',') && a.lowerWordIs(k+1, "who") {
			f.relativeAfterQuote(a, last, k, b)
			return
		}
		if a.lowerWordIs(k, "and") && (k == last+1 || k == last+2 && (a.toks[last+1].punct(f.text, ',') || a.toks[last+1].punct(f.text, '-') || strings.ContainsAny(a.word(last+1), "—–"))) {
			f.saidAfterQuote(a, k, b)
			return
		}
		if !a.toks[k].punct(f.text, ',') || !tailConjunctions[strings.ToLower(a.word(k+1))] || a.toks[k+1].kind != tokWord {
			continue
		}
		p := k + 2
		if !a.toks[p].is(wHeShe) && !a.lowerWordIs(p, "they") {
			continue
		}
		if a.hearerAfterVerb(last+1, k) {
			return // '"Go home," the officer told the man, but he said': "he" may be either
		}
		v, c, ok := f.reportedClauseAfter(a, p+1, b[1], wNeedsThat)
		if !ok {
			return
		}
		span := Span{a.from(c), a.to(b[1] - 1)}
		for _, q := range f.quotes {
			if q.Span.Overlaps(span) {
				return
			}
		}
		f.addIndirect(a, span, phrase{p, p + 1}, a.verbPhrase(v))
		return
	}
}

// reportedClauseAfter reads, from token v up to hi, a plain reporting verb
// (after past auxiliaries and adverbs; not a stance, topic or participle
// cue, nor one of the classes in also) and the clause it opens: the verb's
// token, the clause's first, and whether both are there. The clause has a
// subject and verb of its own or follows "that", and four words or more.
func (f *quoteFinder) reportedClauseAfter(a *attributor, v, hi int, also wordClass) (int, int, bool) {
	for v < hi && a.toks[v].kind == tokWord && (a.toks[v].is(wAux) && !a.toks[v].is(wPrep|wDet) || a.toks[v].adverb) {
		v++
	}
	if v >= hi {
		return 0, 0, false
	}
	if t := a.toks[v]; !t.is(wVerb) || t.is(wObject|wNotSpeech|wTopic|wParticiple|also) || t.upper || !a.speechVerb(v, false) {
		return 0, 0, false
	}
	c := a.clauseAfter(v, hi)
	if c >= hi || !opensClause(f.text[a.from(c):a.to(hi-1)]) && !a.lowerWordIs(c-1, "that") || cappedWords(a.toks[c:hi]) < 4 ||
		!a.lowerWordIs(c-1, "that") && !a.clauseOpensAt(c, hi) {
		return 0, 0, false
	}
	return v, c, true
}

// saidAfterQuote reads a second predicate joined by "and" right after a
// sentence's last quotation, whose subject is the quotation's speaker:
// 'Mr. Lee proposed we "wake up and smell the coffee" and said the mayor
// should resign.' The "and" at token and must be followed by a plain
// reporting verb (past auxiliaries and adverbs) and a clause; the speaker
// is the one of the quotation before it, when it has one.
func (f *quoteFinder) saidAfterQuote(a *attributor, and int, b [2]int) {
	v, c, ok := f.reportedClauseAfter(a, and+1, b[1], wNeedsThat)
	if !ok {
		return
	}
	var prev *Quote
	for i := len(f.quotes) - 1; i >= 0; i-- {
		if f.quotes[i].Span.End <= a.from(and) && f.quotes[i].Span.Start >= a.from(b[0]) {
			prev = &f.quotes[i]
			break
		}
	}
	if prev == nil || prev.Speaker == "" || prev.Kind == QuoteScare {
		return
	}
	span := Span{a.from(c), a.to(b[1] - 1)}
	for _, q := range f.quotes {
		if q.Span.Overlaps(span) {
			return
		}
	}
	verb := a.verbPhrase(v)
	f.quotes = append(f.quotes, Quote{Kind: QuoteIndirect, Span: span, Speaker: prev.Speaker, SpeakerSpan: prev.SpeakerSpan, Verb: verb.text, VerbSpan: verb.span})
}

// relativeAfterQuote reads a relative clause on the speaker of a
// quotation, after the comma at token k that closes its attribution:
// '"We show anger," said Harvey, who added that the mayor was his fourth
// choice.' The name before the comma speaks the clause the relative
// clause's reporting verb opens; the clause runs to the sentence's end.
// It needs a plain reporting verb (past auxiliaries and adverbs) and a
// clause after it, as speechAfterQuotes does.
func (f *quoteFinder) relativeAfterQuote(a *attributor, last, k int, b [2]int) {
	np := a.nameBackward(k-1, last+1)
	if np.empty() || np.to != k || a.toks[np.from].is(wPronoun) || !a.toks[np.to-1].upper {
		// '"...," said one former staffer, who said he left': a speaker
		// phrase the quotation's attribution read, ending at the comma,
		// is what the relative clause is about, named or not.
		np = f.speakerEndingAt(a, last, k)
		if np.empty() {
			return
		}
	}
	if np.from > last+1 && a.toks[np.from-1].is(wPrep) {
		// '"...," said an aide to President Ali Karimi, who added', "said
		// Harvey, the coach of Lutz, who added": the name is the object
		// of a preposition inside a longer speaker phrase, whose head the
		// relative clause may be about.
		return
	}
	v, c, ok := f.reportedClauseAfter(a, k+2, b[1], 0)
	if !ok {
		return
	}
	span := Span{a.from(c), a.to(trimEndPunct(a.toks, b[1]) - 1)}
	for _, q := range f.quotes {
		if q.Span.Overlaps(span) {
			return
		}
	}
	f.addIndirect(a, span, np, a.verbPhrase(v))
}

// speakerEndingAt returns the speaker phrase, between the closing mark
// at token last and the comma at token k, of the last quotation read
// when that phrase ends right at the comma; an empty phrase otherwise.
func (f *quoteFinder) speakerEndingAt(a *attributor, last, k int) phrase {
	if len(f.quotes) == 0 {
		return phrase{}
	}
	sp := f.quotes[len(f.quotes)-1].SpeakerSpan
	if sp.End != a.to(k-1) || sp.Start < a.to(last) {
		return phrase{}
	}
	from := a.tokenAt(sp.Start, [2]int{last + 1, k})
	if from >= k || a.toks[from].is(wPronoun) || !a.toks[k-1].is(wRole) && !a.toks[k-1].upper {
		return phrase{}
	}
	return phrase{from, k}
}

// hearerAfterVerb reports whether the attribution in tokens [from, to)
// names someone after its verb besides its speaker, outside a
// prepositional phrase: "the officer told the man", not "Carson said on
// NBC" or "said Reince Priebus".
func (a *attributor) hearerAfterVerb(from, to int) bool {
	v := from
	for v < to && a.toks[v].kind != tokWord {
		v++
	}
	if v >= to || a.toks[v].is(wVerb) {
		return false // '"...," said Reince Priebus': the name after the verb speaks
	}
	for v < to && !a.toks[v].is(wVerb) {
		v++
	}
	// A hearer is a person: "him", "the man", "Jones". A capitalised word
	// after a determiner ("told the AP", "told The Associated Press") or in
	// capitals ("told CNN") is an outlet, and the "he" after it can only be
	// the speaker.
	inPrep, afterDet := false, false
	for k := v + 1; k < to; k++ {
		t := a.toks[k]
		w := a.word(k)
		switch {
		case t.kind != tokWord:
			inPrep = false
		case t.is(wPrep):
			inPrep = true
		case inPrep || t.is(wTime) || t.adverb:
		case t.is(wDet):
			afterDet = true
			continue
		case objectPronouns[strings.ToLower(w)] || t.is(wPerson) && !t.upper:
			return true
		case t.upper && afterDet:
			continue // the rest of "The Associated Press"
		case t.upper && strings.ToUpper(w) != w:
			return true
		}
		afterDet = false
	}
	return false
}

// objectPronouns name a person spoken to: "told him".
var objectPronouns = fieldSet(`him her`)

// clauseOpensAt reports whether the words from token c read as a reported
// clause rather than the verb's object: a name, a subject pronoun with
// no preposition or determiner after it ("he would stay", not "it with a
// smile"), or a noun phrase reaching an auxiliary, a form of "be" or "to"
// and a verb before any preposition ("the plan was dead", "the bankers
// to suspend", not "the same thing last year before ...").
func (a *attributor) clauseOpensAt(c, hi int) bool {
	t := a.toks[c]
	w := strings.ToLower(a.word(c))
	switch {
	case t.upper && !t.is(wDet|wPronoun):
		return true
	case subjectPronouns[w] || w == "there":
		return c+1 < hi && a.toks[c+1].kind == tokWord && !a.toks[c+1].is(wPrep|wDet|wTime) && !a.lowerWordIs(c+1, "nothing")
	}
	// A prepositional phrase ("the leaders in Ohio had") or a comma aside
	// ("the vote, which is next week, would") inside the noun phrase is
	// skipped; a word that also opens a clause ("before", "after") ends it.
	for k := c + 1; k < hi && k < c+16; k++ {
		t := a.toks[k]
		w := strings.ToLower(a.word(k))
		if t.kind != tokWord {
			if !t.punct(a.text, ',') {
				return false
			}
			e := k + 1
			for e < hi && e < k+12 && a.toks[e].kind == tokWord {
				e++
			}
			if e >= hi || !a.toks[e].punct(a.text, ',') {
				return false
			}
			k = e
			continue
		}
		switch {
		case w == "to":
			return k+1 < hi && a.toks[k+1].kind == tokWord && (a.toks[k+1].class == 0 && !a.toks[k+1].upper || a.toks[k+1].adverb)
		case t.is(wAux) || beForms[w] || modalWords[w] || negatedAux(w):
			return true
		case t.is(wPrep):
			if !phrasePrepositions[w] {
				return false
			}
		case !t.upper && !a.toks[k-1].is(wDet|wPrep) && (t.is(wVerb) || pastVerbs[w] || len(w) > 4 && strings.HasSuffix(w, "ed")):
			return true // "the polls showed", "voters wanted"
		}
	}
	return false
}

// modalWords are the modals that auxWords leave out.
var modalWords = fieldSet(`should must may might can shall`)

// phrasePrepositions open a prepositional phrase inside a noun phrase
// ("the leaders in Ohio"), never a clause.
var phrasePrepositions = fieldSet(`in at on of for from with by into over under about against near across between within among around inside outside`)

// silence reports whether the words a cue introduces at token c are
// "nothing" on its own or before a phrase ("said nothing about the
// costs"): silence, not words; "nothing in the plan is new" is words.
func (a *attributor) silence(c, hi int) bool {
	return a.lowerWordIs(c, "nothing") && (c+1 >= hi || a.toks[c+1].kind != tokWord || a.toks[c+1].is(wPrep|wLeadIn)) && !a.verbAfterNothing(c+1, hi)
}

// verbAfterNothing reports whether a prepositional phrase at token k
// after "said nothing" leads to a verb before a comma or the end: then
// "nothing in the bill" is the subject of reported words ("said nothing in
// the bill would raise taxes", "said nothing in the constitution gives
// Morsy the authority"), not silence.
func (a *attributor) verbAfterNothing(k, hi int) bool {
	if k >= hi || !phrasePrepositions[strings.ToLower(a.word(k))] {
		return false
	}
	for i := k + 1; i < hi && i < k+12 && a.toks[i].kind == tokWord; i++ {
		t := a.toks[i]
		w := strings.ToLower(a.word(i))
		if t.is(wAux) && !t.adverb || beForms[w] || modalWords[w] || negatedAux(w) {
			return true
		}
		if t.upper || a.toks[i-1].is(wDet|wPrep) || i+1 >= hi {
			continue
		}
		// "gives Morsy", "led him": a verb with its object after the phrase.
		if next := a.toks[i+1]; (strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || pastVerbs[w] || strings.HasSuffix(w, "ed")) &&
			next.kind == tokWord && (next.upper || next.is(wDet|wPronoun) || objectPronouns[strings.ToLower(a.word(i+1))]) {
			return true
		}
	}
	return false
}

// secondHalf reports whether the last quotation found is a direct one
// whose attribution is the cue at span, so that a quotation right after
// that cue is its second half, however short.
func (f *quoteFinder) secondHalf(cue Span) bool {
	if len(f.quotes) == 0 || cue.End <= cue.Start {
		return false
	}
	last := f.quotes[len(f.quotes)-1]
	return last.Kind == QuoteDirect && last.VerbSpan == cue && last.Span.End <= cue.Start
}

// laterSpeech reports whether tokens [from, hi) hold a reporting verb
// that is no stance verb.
func (a *attributor) laterSpeech(from, hi int) bool {
	for k := from; k < hi; k++ {
		if a.speechVerb(k, false) && !a.toks[k].is(wObject) {
			return true
		}
	}
	return false
}

// modalBefore reports whether a modal ("would", "will", "could") stands
// among tokens [from, v), between a subject and its verb.
func modalBefore(a *attributor, from, v int) bool {
	for k := from; k < v; k++ {
		if w := strings.ToLower(a.word(k)); modalWords[w] || w == "would" || w == "will" || w == "could" {
			return true
		}
	}
	return false
}

// deedStance reports whether the stance verb at token v gives support in
// deed rather than a view: it shares its object with a verb that is no
// cue ("supported and armed rebels", "backed and funded"), or it backs,
// with no determiner, a side in arms ("backed Shiite factions", "backed
// Kurdish allies"), who are armed, paid or fought beside. A person, a
// candidacy or a policy backed ("backed Bush", "supported the bill") is
// a view.
func (a *attributor) deedStance(v, hi int) bool {
	if v+2 < hi && (a.lowerWordIs(v+1, "and") || a.lowerWordIs(v+1, "or")) && a.toks[v+2].kind == tokWord && !a.toks[v+2].upper {
		w := strings.ToLower(a.word(v + 2))
		if strings.HasSuffix(w, "ed") && a.toks[v+2].class&(wVerb|wThatClause|wPhrasal|wObject) == 0 {
			return true
		}
	}
	if !supportVerbs[strings.ToLower(a.word(v))] {
		return false
	}
	// The head comes after a modifier or two ("Shiite", "Sunni Muslim",
	// "armed"); a determiner, a preposition or a verb ends the search.
	for k := v + 1; k < hi && k < v+5 && a.toks[k].kind == tokWord && !a.toks[k].adverb; k++ {
		t, w := a.toks[k], strings.ToLower(a.word(k))
		if t.upper {
			continue
		}
		if sidesInArms[w] {
			return true
		}
		if t.class != 0 {
			return false
		}
	}
	return false
}

// sidesInArms are the groups a state or a leader backs with arms, money
// or troops: backing them is a deed of war, where backing candidates or
// voters ("supported Democratic candidates") is a view.
var sidesInArms = fieldSet(`factions allies rebels militants fighters militias insurgents proxies guerrillas forces troops`)

// maxReducedClause bounds a reduced relative clause's words ("accused in
// March of taking bribes from the harbor contractor"): longer than any
// such clause in news, short enough to keep a sentence's walk linear.
const maxReducedClause = 24

// supportVerbs are the stance verbs that may give support in deed: a
// group of actors backed is armed or paid ("backed rebel factions"),
// where blaming or praising them is a view.
var supportVerbs = fieldSet(`backed backs supported supports supporting`)

// speechInClause returns the first reporting verb that is no stance verb
// in tokens [from, hi) before any punctuation, -1 when there is none: the
// main verb after a reduced relative clause ("accused of bribery said").
// Such a clause is a few words long, so the search stops after
// maxReducedClause: a sentence of thousands of verbs is not walked to its
// end at each one.
func (a *attributor) speechInClause(from, hi int) int {
	for k := from; k < min(hi, from+maxReducedClause) && a.toks[k].kind == tokWord; k++ {
		if a.speechVerb(k, false) && !a.toks[k].is(wObject) && a.finite(k, false) {
			return k
		}
	}
	return -1
}

// secondClause looks for a second speaker in the rest of a sentence of
// reported speech, after "; " or ", but" ("Some Republicans have said the
// report was too easy on Clinton, but Pickering argued that ..."), and
// splits the sentence between the two.
func (f *quoteFinder) secondClause(a *attributor, c, hi int) {
	for b := c + 1; b < hi-3; b++ {
		if f.coordinatedVerb(a, c, b, hi) || f.laterTurn(a, b, hi) {
			return
		}
		if a.lowerWordIs(b, "who") && f.splitRelative(a, c, b, hi) {
			return
		}
		semi := a.toks[b].punct(f.text, ';')
		// "... and she accused ...": a pronoun after "and" opens a clause.
		andPronoun := a.lowerWordIs(b, "and") && a.toks[b+1].is(wPronoun)
		if a.lowerWordIs(b, "and") && !andPronoun && !a.adverbAfterWord(b+1) {
			// "..., and aviation experts say it is worth less": a speaker
			// and a reporting verb after "and" open a clause of their own.
			end := b
			if a.toks[b-1].punct(f.text, ',') {
				end = b - 1
			}
			if f.splitAt(a, end, b+1, hi) {
				return
			}
			continue
		}
		if n := a.contrastAt(b); n > 0 && !(a.toks[b-1].punct(f.text, ',') && n == 1 && !a.lowerWordIs(b, "though")) {
			// "... the envoy's, even as the minister insisted that ...",
			// "... would pass though aides doubted that ...", "... — while
			// critics say ...": a contrast opens a second speaker's clause
			// after a comma, a dash or none (", but" is read below).
			end := b
			if a.lowerWordIs(end-1, "and") {
				end-- // "..., and though she has said ...": the "and" is no word of the first clause
			}
			if w := a.word(end - 1); a.toks[end-1].punct(f.text, ',') || w == "—" || w == "–" || w == "-" {
				end--
			}
			// "the bridge stayed closed while police told drivers to use
			// the ferry": a "while" of time before an instruction is part
			// of the first speaker's words, no claim set against them.
			timeWhile := a.lowerWordIs(b+n-1, "while")
			if end > c && f.splitClause(a, end, b+n, hi, timeWhile) {
				return
			}
		}
		if !semi && !andPronoun && !(a.toks[b].punct(f.text, ',') && (a.lowerWordIs(b+1, "but") || a.lowerWordIs(b+1, "while") || a.lowerWordIs(b+1, "whereas") || a.lowerWordIs(b+1, "although"))) {
			continue
		}
		start := b + 1
		if !semi && !andPronoun {
			start = b + 2
		}
		if f.splitAt(a, b, start, hi) {
			return
		}
		if !andPronoun {
			f.endAtNarration(a, b, start, hi) // ", but she avoided ...": the outlet's words
			return
		}
	}
}

// perceivedAs reads a view held of the sentence's subject by the agent of
// a passive: "the change was seen by some as a demotion", "Mr. Lee is
// viewed by party leaders as a long shot". The subject and what it is
// seen as are the view's words, from the subject's start to the end of
// its first comma. With no agent ("The hearing was widely seen as a
// test") no one holds the view: it is the outlet's own hedged word. Only a
// finite form of "be" before the participle makes it a view held: "a man
// seen as a reformer" describes him in passing, and "can be seen as" is a
// view one may take.
func (f *quoteFinder) perceivedAs(a *attributor, lo, hi int) {
	for v := lo + 2; v+2 < hi; v++ {
		if a.toks[v].kind != tokWord || a.toks[v].upper || !perceivedForms[strings.ToLower(a.word(v))] {
			continue
		}
		be := v - 1
		for be > lo && a.toks[be].kind == tokWord && (a.toks[be].adverb || viewAdverbs[strings.ToLower(a.word(be))]) {
			be--
		}
		if bw := strings.ToLower(a.word(be)); !beForms[bw] || bw == "be" || bw == "being" || a.toks[be].upper {
			continue // "can be seen as", "to be seen as": a view that may be held, not one reported
		}
		if be > lo && a.lowerWordIs(be, "been") && (a.lowerWordIs(be-1, "has") || a.lowerWordIs(be-1, "have") || a.lowerWordIs(be-1, "had")) {
			be--
		}
		k, agent := v+1, phrase{}
		if a.lowerWordIs(k, "by") {
			from := k + 1
			for k = from; k < hi && k < from+6 && a.toks[k].kind == tokWord && !a.lowerWordIs(k, "as"); k++ {
			}
			if k == from || !a.lowerWordIs(k, "as") {
				continue
			}
			agent = phrase{from, k}
		}
		if !a.lowerWordIs(k, "as") || k+1 >= hi || a.toks[k+1].kind != tokWord {
			continue
		}
		if w := strings.ToLower(a.word(k + 1)); subjectPronouns[w] || w == "of" || (a.lowerWordIs(k+2, "as") || a.lowerWordIs(k+3, "as")) && !a.toks[k+1].is(wDet) {
			continue // "seen by neighbours as he left", "as of Monday", "as soon as", "as well as": "as" opens no view
		}
		start := lo
		if np := a.sentenceSubject(lo, be); !np.empty() && np.from < be {
			start = np.from
		}
		for start < be && a.toks[start].is(wLeadIn) && !a.toks[start].is(wDet) {
			start++ // "But the change was seen"
		}
		if clauseOpeners[strings.ToLower(a.word(start))] || a.lowerWordIs(start, "if") || a.lowerWordIs(start, "as") {
			// "Although the platform matters little, the drafting is seen
			// as": the view is the main clause's, after the comma.
			for i := start + 1; i < be; i++ {
				if a.toks[i].punct(a.text, ',') {
					start = i + 1
					break
				}
			}
		}
		if start >= be || a.toks[start].kind != tokWord || a.lowerWordIs(be-1, "who") || a.lowerWordIs(be-1, "which") || a.lowerWordIs(be-1, "that") {
			continue // "a candidate who was seen as": the relative clause's view is of a noun the sentence leaves
		}
		end := trimEndPunct(a.toks, hi)
		for e := k + 2; e < end; e++ {
			if t := a.toks[e]; t.kind == tokOpen || t.kind == tokClose || t.punct(a.text, ';') || t.punct(a.text, ':') || t.punct(a.text, ',') {
				end = e
				break
			}
		}
		verb := cue{text: strings.Join(strings.Fields(a.text[a.from(be):a.to(v)]), " "), span: Span{a.from(be), a.to(v)}}
		clause := Span{a.from(start), a.to(end - 1)}
		if agent.empty() {
			// "Hamas is widely seen as a terrorist group": a view no one
			// holds is the outlet's hedged word, not a voice (review).
			continue
		}
		f.addIndirect(a, clause, agent, verb)
		return
	}
}

// perceivedForms are the participles of a view held of someone ("is seen
// as", "was regarded as").
var perceivedForms = fieldSet(`seen viewed regarded perceived considered`)

// viewAdverbs stand between "be" and a view's participle: "is now widely
// seen as".
var viewAdverbs = fieldSet(`now also still often long not increasingly widely generally largely broadly once`)

// relativeSaying records the saying inside a relative clause of the
// sentence [lo, hi), which another attribution may hold: "denied the
// report, which he said was based on forged documents", "an event that
// Carson says led him to faith". The relative word, a short subject and a
// plain reporting verb come first; the words are the predicate after the
// verb, up to the next comma, dash or the sentence's end. A cue already
// read is left alone. The sentence's attributions are those from nq on.
func (f *quoteFinder) relativeSaying(a *attributor, lo, hi, nq int, quoted []quotePair) {
	n := len(f.quotes)
	defer func() {
		if len(f.quotes) > n {
			// The sentence's attributions stay in text order.
			slices.SortStableFunc(f.quotes[nq:], func(x, y Quote) int { return x.Span.Start - y.Span.Start })
			f.walked = min(f.walked, nq)
		}
	}()
	inQuotes := insideQuoted(quoted)
	for r := lo + 1; r+3 < hi; r++ {
		if a.toks[r].kind != tokWord || !relativeWords[a.word(r)] || inQuotes(a.from(r)) {
			continue // (a relative clause inside quotation marks is the quoted speaker's words)
		}
		if be := a.relativePassive(r, hi); be > r && quoted != nil {
			// '"...," said Assad, who has been accused by the White House
			// of ...': a charge in the passive beside a quotation.
			v := be + 1
			if !slices.ContainsFunc(f.quotes[nq:], func(q Quote) bool { return q.VerbSpan.Overlaps(Span{a.from(v), a.to(v)}) }) &&
				f.passiveCharge(a, v, be, lo, hi, Span{a.from(lo), a.to(hi - 1)}) {
				continue
			}
		}
		v := r + 1
		for v < hi && v <= r+4 && a.toks[v].kind == tokWord && !a.toks[v].is(wVerb|wAux|wPrep) && !joiners[strings.ToLower(a.word(v))] {
			v++ // (not "a plan that he favors but says would fail": "but" joins the relative clause's verbs)
		}
		if v == r+1 || v+2 >= hi || !sayForms[strings.ToLower(a.word(v))] || !a.predicateOpens(v+1) {
			continue
		}
		verb := a.verbPhrase(v)
		if slices.ContainsFunc(f.quotes[nq:], func(q Quote) bool { return q.VerbSpan.Overlaps(verb.span) }) {
			continue
		}
		end := v + 1
		for end < hi && a.toks[end].kind == tokWord {
			end++
		}
		if cappedWords(a.toks[v+1:end]) < 3 {
			continue
		}
		f.addIndirect(a, Span{a.from(v + 1), a.to(trimEndPunct(a.toks, end) - 1)}, phrase{r + 1, v}, verb)
	}
}

// whatCalled records the naming in a free relative clause, "what
// officials called a hate crime", "what one aide described as a brawl":
// the name is the clause subject's word for the thing, which PolNeAR
// counts as that subject's voice. The subject is a short noun phrase, a
// name, a role or a pronoun; the name is a short noun phrase up to the
// next punctuation or verb. A longer stretch is left alone: where the
// name ends is then unclear ("ending what he calls corruption in
// politics a major focus"). A quoted name is read with its quotation
// marks elsewhere. The sentence's attributions are those from nq on.
func (f *quoteFinder) whatCalled(a *attributor, lo, hi, nq int) {
	for r := lo; r+3 < hi; r++ {
		if !a.lowerWordIs(r, "what") || a.toks[r].upper && r > lo {
			continue
		}
		v := r + 1
		for v < hi && v <= r+maxWhatSubject && a.toks[v].kind == tokWord && !namingCues[strings.ToLower(a.word(v))] {
			if t := a.toks[v]; t.is(wVerb|wPrep|wSeem) || beForms[strings.ToLower(a.word(v))] || modalWords[strings.ToLower(a.word(v))] {
				break
			}
			v++
		}
		if v == r+1 || v+1 >= hi || !namingCues[strings.ToLower(a.word(v))] {
			continue
		}
		subj := phrase{r + 1, v}
		for subj.to > subj.from && (haveForms[strings.ToLower(a.word(subj.to-1))] || a.toks[subj.to-1].adverb || a.toks[subj.to-1].is(wAux)) {
			subj.to-- // "what some have long called"
		}
		if subj.empty() {
			continue
		}
		if head := a.toks[subj.to-1]; !(head.upper || head.is(wRole|wPronoun|wPlural) || a.countedPlural(subj)) || a.lowerWordIs(subj.to-1, "it") {
			continue // "what the plan called for", "what it calls": no one named
		}
		c := v + 1
		if describeForms[strings.ToLower(a.word(v))] {
			if !a.lowerWordIs(c, "as") {
				continue // "what she described": the topic, not a name
			}
			c++
		}
		if c >= hi || a.toks[c].kind != tokWord || namingParticles[strings.ToLower(a.word(c))] {
			continue // "what he called for", a quoted name
		}
		if calledObjects[strings.ToLower(a.word(c))] {
			continue // "what the president called him", "what the company calls its customers": "what" is the name, the object who bears it
		}
		end := c
		for end < hi && a.toks[end].kind == tokWord && end-c <= maxWhatName {
			w := strings.ToLower(a.word(end))
			if end > c && (a.toks[end].is(wVerb|wAux) && !a.toks[end].is(wPrep) || beForms[w] || modalWords[w] || relativeWords[w]) {
				break
			}
			end++
		}
		if end-c > maxWhatName || end < hi && !nameEnders[a.word(end)] && !relativeWords[strings.ToLower(a.word(end))] || a.toks[end-1].is(wPrep|wDet) {
			continue // no clear end to the name ("what he called a "mindless attack"", "called Syria's violation"); "what the mayor called the meeting about" asks its topic
		}
		verb := a.verbPhrase(v)
		if slices.ContainsFunc(f.quotes[nq:], func(q Quote) bool { return q.VerbSpan.Overlaps(verb.span) }) {
			continue
		}
		n := len(f.quotes)
		f.addIndirect(a, Span{a.from(c), a.to(end - 1)}, subj, verb)
		if len(f.quotes) > n {
			slices.SortStableFunc(f.quotes[nq:], func(x, y Quote) int { return x.Span.Start - y.Span.Start })
			f.walked = min(f.walked, nq)
		}
	}
}

// namingCues are the verbs that give a thing a name in "what X called
// ...": "called", "described as", "termed".
var namingCues = fieldSet(`called calls call described describes describe termed terms dubbed dubs labeled labels labelled`)

// nameEnders are the marks that end the name in "what X called ...": a
// quotation mark or a possessive ending after a word leaves the name
// unfinished.
var nameEnders = fieldSet(`, . ; : ) — – ? !`)

// describeForms are the naming cues that need "as" before the name.
var describeForms = fieldSet(`described describes describe`)

// namingParticles after "called" make another verb: "called for", "called
// on", "called off".
var namingParticles = fieldSet(`for on off up out in into back`)

// maxWhatSubject is the most words of the subject of "what X called":
// "what the state's top election official called".
const maxWhatSubject = 6

// maxWhatName is the most words of the name in "what X called ...".
const maxWhatName = 8

// insideQuoted returns a test of whether an offset lies inside one of the
// quoted spans. The offsets of a sentence's words are asked in text order
// and the pairs come in text order, so one walk over the pairs answers for
// the whole sentence: reading every pair for each relative word made a
// long sentence of many quotations quadratic. An offset asked out of
// order, or pairs out of order, are read against every pair.
func insideQuoted(quoted []quotePair) func(off int) bool {
	checked, sorted := false, false
	next, reach, last := 0, math.MinInt, math.MinInt
	return func(off int) bool {
		if !checked {
			checked = true
			sorted = slices.IsSortedFunc(quoted, func(x, y quotePair) int { return x.span.Start - y.span.Start })
		}
		if !sorted || off < last {
			return slices.ContainsFunc(quoted, func(q quotePair) bool { return q.span.Contains(off) })
		}
		last = off
		for next < len(quoted) && quoted[next].span.Start <= off {
			reach = max(reach, quoted[next].span.End) // the furthest end of the spans opened by off
			next++
		}
		return off < reach
	}
}

// relativePassive returns the form of "be" of a passive right after the
// relative "who" at token r ("who has been accused", "who was blamed"),
// with the participle after it, or -1.
func (a *attributor) relativePassive(r, hi int) int {
	if !a.lowerWordIs(r, "who") {
		return -1
	}
	be := r + 1
	for be < hi && be <= r+3 && a.toks[be].kind == tokWord && !beForms[strings.ToLower(a.word(be))] && (a.toks[be].is(wAux) || a.toks[be].adverb) {
		be++ // "who has since been"
	}
	if be+1 >= hi || !beForms[strings.ToLower(a.word(be))] {
		return -1
	}
	return be
}

// joiners join two phrases or two verbs.
var joiners = fieldSet(`and but or nor`)

// predicateOpens reports whether the word at token k opens the predicate
// of a relative clause's subject ("was", "would", "led"), not an object or
// a clause of its own ("said that", "said the").
func (a *attributor) predicateOpens(k int) bool {
	if k >= len(a.toks) || a.toks[k].kind != tokWord || a.toks[k].upper {
		return false
	}
	w := strings.ToLower(a.word(k))
	return beForms[w] || modalWords[w] || auxVerbs[w] || negatedAux(w) || pastVerbs[w] ||
		len(w) > 4 && strings.HasSuffix(w, "ed") && !a.toks[k].is(wPrep|wDet)
}

// contrastAt returns how many words long the contrast conjunction at
// token b is ("while", "though", "even as"), or 0 when there is none:
// what opens a clause set against the one before it, whose speaker may be
// another.
func (a *attributor) contrastAt(b int) int {
	switch {
	case b+1 >= len(a.toks):
		return 0
	case a.lowerWordIs(b, "even") && (a.lowerWordIs(b+1, "as") || a.lowerWordIs(b+1, "though") || a.lowerWordIs(b+1, "while")):
		return 2
	case a.lowerWordIs(b, "but") && b > 0 && exceptionHeads[strings.ToLower(a.word(b-1))]:
		return 0 // "no one but the president knows": "but" means "except"
	case contrastConjunctions[strings.ToLower(a.word(b))] && a.toks[b].kind == tokWord:
		return 1
	}
	return 0
}

// exceptionHeads are the words after which "but" means "except" ("no one
// but", "nothing but", "all but") and joins no clause.
var exceptionHeads = fieldSet(`one nothing none nobody anyone anybody anything everyone everybody everything all`)

// contrastConjunctions open a clause set against the one before.
var contrastConjunctions = fieldSet(`but while whereas although though`)

// mainClauseSpeech splits the last attribution, made in a subordinate
// clause, where the main clause after a comma opens with a speaker and a
// reporting verb of its own: "While Comey has said that he makes
// recommendations, Lewandowski said he does not do them publicly". The
// subordinate clause's words end at that comma.
func (f *quoteFinder) mainClauseSpeech(a *attributor, c, hi int) bool {
	for b := c + 1; b < hi-3; b++ {
		if a.toks[b].punct(f.text, ',') && f.splitAt(a, b, b+1, hi) {
			return true
		}
	}
	return false
}

// opensSentence reports whether the subordinate clause whose subject
// starts at token from opens the sentence: "After the Fed announced that
// rates would rise, markets fell" (an "and" or "but" may lead).
func (a *attributor) opensSentence(lo, from int) bool {
	k := lo
	if a.lowerWordIs(k, "and") || a.lowerWordIs(k, "but") || a.lowerWordIs(k, "so") {
		k++
	}
	if a.lowerWordIs(k, "even") {
		k++ // "even as", "even though"
	}
	return k+1 == from && a.toks[k].kind == tokWord && (clauseOpeners[strings.ToLower(a.word(k))] || a.lowerWordIs(k, "as") || a.lowerWordIs(k, "once"))
}

// endAtMainClause ends the last attribution, said in a subordinate clause
// that opens its sentence, at the comma before the main clause: what the
// main clause says is the outlet's ("After Obama announced that the war
// would go on, U.S. forces bombed a hospital"), unless it reports speech
// of its own, which is read from the main clause alone. Before the comma of
// "As the paper noted last week, Republicans control ..." stand no words
// of the speaker's: the main clause is what was noted.
func (f *quoteFinder) endAtMainClause(a *attributor, c, hi int, class wordClass, as bool) bool {
	for b := c; b < hi-3; b++ {
		if d, e := a.dashAside(b, c, hi); !as && d > c && e+3 < hi && a.subjectOpens(e+1, hi) {
			// "When Clinton noted that he paid no tax — as was true for
			// years — Trump boasted": an aside set off by dashes closes
			// the clause as a comma does, when a main clause's subject
			// follows it (not "rates — already high — would rise").
			last := &f.quotes[len(f.quotes)-1]
			last.Span.End = min(last.Span.End, a.to(d-1))
			f.reported(a, e+1, hi, class)
			return true
		}
		if a.toks[b].punct(f.text, ',') && a.from(b+1) > a.to(b) {
			if b == c || a.lowerWordIs(b-1, "that") || a.opensAside(b+1) {
				// "said that, despite the war, ...", "the plan, which
				// cost $5 billion, had failed": an aside inside the
				// clause; the clause goes on after its closing comma.
				for b++; b < hi-3 && !a.toks[b].punct(f.text, ','); b++ {
				}
				continue
			}
			last := &f.quotes[len(f.quotes)-1]
			if as && a.onlyWhen(c, b) {
				last.Span = Span{a.from(b + 1), a.to(hi - 1)}
				return true
			}
			last.Span.End = min(last.Span.End, a.to(b-1))
			f.reported(a, b+1, hi, class)
			return true
		}
	}
	return false
}

// subjectOpens reports whether a subject opens at token k, a name or a
// subject pronoun with a word after it: "Trump boasted", "he left".
func (a *attributor) subjectOpens(k, hi int) bool {
	if k >= hi || a.predicateOpens(k) {
		return false
	}
	if subjectPronouns[strings.ToLower(a.word(k))] {
		return k+1 < hi && a.toks[k+1].kind == tokWord
	}
	np := a.nameForward(k, hi)
	return !np.empty() && np.from == k && np.to < hi && a.toks[np.to].kind == tokWord
}

// dashAside returns the first token of a dash that ends at token b and the
// last token of the dash closing the aside it opens, before hi; -1, -1
// when b ends no dash or the aside is not closed.
func (a *attributor) dashAside(b, lo, hi int) (int, int) {
	d := a.dashAt(b, lo)
	if d < 0 || a.dashAt(b+1, lo) >= 0 {
		return -1, -1 // no dash, or only the first half of "--"
	}
	for e := b + 1; e < hi; e++ {
		if a.toks[e].kind != tokWord && a.toks[e].kind != tokPunct {
			return -1, -1 // a quotation mark: the aside is someone's words
		}
		if a.dashAt(e, b+1) >= 0 && a.dashAt(e+1, b+1) < 0 {
			return d, e
		}
	}
	return -1, -1
}

// opensAside reports whether the word at token k, after a comma, opens an
// aside set off by commas: a relative clause ("which cost $5 billion") or
// a participle phrase ("passed in 2019").
func (a *attributor) opensAside(k int) bool {
	if k >= len(a.toks) || a.toks[k].kind != tokWord || a.toks[k].upper {
		return false
	}
	w := strings.ToLower(a.word(k))
	return asideOpeners[w] || len(w) > 4 && strings.HasSuffix(w, "ed")
}

// asideOpeners open a relative clause or a parenthetical set off by
// commas.
var asideOpeners = fieldSet(`which who whose whom where despite including`)

// onlyWhen reports whether tokens [from, to) say only when something was
// said ("last week", "on Monday", "earlier"), not what.
func (a *attributor) onlyWhen(from, to int) bool {
	for k := from; k < to; k++ {
		if t := a.toks[k]; t.kind == tokWord && !t.is(wTime) && !t.adverb && !timeFillers[strings.ToLower(a.word(k))] {
			return false
		}
	}
	return true
}

// timeFillers join the time words of a phrase saying when.
var timeFillers = fieldSet(`last this on in just earlier recently previously today yesterday`)

// adverbAfterWord reports whether the lower-case word at token i is
// followed by an adverb ("most recently", "then later"): an adverbial
// phrase, not a subject. Auxiliaries ("others have said") are verbs.
func (a *attributor) adverbAfterWord(i int) bool {
	if i+1 >= len(a.toks) || a.toks[i].upper {
		return false
	}
	next := a.toks[i+1]
	return next.adverb || next.is(wAux) && !auxVerbs[strings.ToLower(a.word(i+1))]
}

// auxVerbs are the auxiliary words that are verbs, not adverbs.
var auxVerbs = fieldSet(`has had have would will could did does do`)

// coordinatedVerb splits the last attribution at token b when "and" or
// "but" there joins a second reporting verb of the same subject, followed
// by a clause of its own: "The campaign denies any wrongdoing and points
// out that the emails were never classified", "Twitter reported lower
// revenue, and said it would cut jobs". The second verb's words are the
// same speaker's.
func (f *quoteFinder) coordinatedVerb(a *attributor, c, b, hi int) bool {
	if !a.lowerWordIs(b, "and") && !a.lowerWordIs(b, "but") || b+1 >= hi {
		return false
	}
	v := b + 1
	for v < hi && v <= b+3 && a.toks[v].kind == tokWord && (a.toks[v].is(wAux) && !a.toks[v].is(wDet|wPrep) || a.toks[v].adverb) {
		v++ // "and then said", "and also noted"
	}
	if v >= hi || !a.finite(v, false) || a.toks[v].is(wObject) || a.toks[v].upper || a.lowerWordIs(v+1, "by") {
		return false // (not "nominated by the president and confirmed by the Senate": a passive's agent)
	}
	cl := a.clauseAfter(v, hi)
	if cl >= hi || cappedWords(a.toks[cl:hi]) < 4 {
		return false
	}
	last := &f.quotes[len(f.quotes)-1]
	end := trimEndPunct(a.toks, b)
	// "refused to answer questions on who ... but said there was no call
	// planned": an intention's words are no clause whose subject could
	// speak again, so "said" after them is the sentence subject's however
	// long they run.
	intent := a.lowerWordIs(c, "to") && sayForms[strings.ToLower(a.word(v))]
	// "announced the arrest of a man in the shooting of a demonstrator
	// and said ...": a noun phrase, however long, has no verb whose
	// subject could speak again.
	nounObject := a.nounPhraseOnly(c, end) && verbTense(strings.ToLower(firstField(last.Verb))) != 0 && verbTense(strings.ToLower(firstField(last.Verb))) == verbTense(strings.ToLower(a.word(v)))
	if words := cappedWords(a.toks[c:max(c, end)]); words > maxCoordinatedObject && !intent && !nounObject && (!sameSpeakerAgain(last.Verb, a.word(v)) || !a.statePredicate(c, end)) {
		return false // a clause of its own, whose subject may be the one speaking again
	}
	if end <= 0 || a.to(end-1) <= last.Span.Start {
		return false
	}
	last.Span.End = a.to(end - 1)
	if a.silence(cl, hi) {
		return true // "... and said nothing about the costs": the first words end; silence is no saying
	}
	verb := a.verbPhrase(v)
	f.quotes = append(f.quotes, Quote{Kind: QuoteIndirect, Span: Span{a.from(cl), a.to(hi - 1)}, Speaker: last.Speaker, SpeakerSpan: last.SpeakerSpan, Verb: verb.text, VerbSpan: verb.span})
	return true
}

// turnParticiples are the reporting participles that, after "before" or
// "after", tell a later or earlier turn of the same speaker: "denied the
// claims before admitting the mistake".
var turnParticiples = fieldSet(`admitting acknowledging conceding confirming denying retracting reversing recanting`)

// laterTurn reads "before/after" and a reporting participle at token b of
// a reported clause ("Iran denied US claims that a missile downed the jet
// before admitting the mistake on Saturday"): the first words end there,
// and the participle's words are the same speaker's own attribution,
// with its own act.
func (f *quoteFinder) laterTurn(a *attributor, b, hi int) bool {
	if !a.lowerWordIs(b, "before") && !a.lowerWordIs(b, "after") || b+2 >= hi || !turnParticiples[strings.ToLower(a.word(b+1))] {
		return false
	}
	// The turn is the sentence's outer speaker's ("Iran denied US claims
	// that ... before admitting"), whose reported words hold the nested
	// ones: each reported span running past the "before" ends there.
	at, end := a.from(b), trimEndPunct(a.toks, b)
	if end <= 0 || a.from(b+2) >= a.to(hi-1) {
		return false
	}
	outer := -1
	for k := len(f.quotes) - 1; k >= 0 && f.quotes[k].Span.End >= at; k-- {
		if q := f.quotes[k]; q.Kind == QuoteIndirect && q.Span.Start < at && q.Speaker != "" {
			outer = k
		}
	}
	if outer < 0 || a.to(end-1) <= f.quotes[outer].Span.Start {
		return false
	}
	for k := outer; k < len(f.quotes); k++ {
		if f.quotes[k].Span.End > at && f.quotes[k].Span.Start < at {
			f.quotes[k].Span.End = a.to(end - 1)
		}
	}
	o := f.quotes[outer]
	verb := a.verbPhrase(b + 1)
	f.quotes = append(f.quotes, Quote{Kind: QuoteIndirect, Span: Span{a.from(b + 2), a.to(hi - 1)}, Speaker: o.Speaker, SpeakerSpan: o.SpeakerSpan, Verb: verb.text, VerbSpan: verb.span})
	return true
}

// sameSpeakerAgain reports whether a second reporting verb joined by
// "and" after a long clause ("said the budget for the coming year was
// balanced and warned that ...") is the first verb's speaker speaking
// again rather than the clause's subject: both verbs say something aloud
// (no belief, wish or stance that the clause's subject could hold, as in
// "said the US is concerned and fears that"), in the same tense, as one
// narrator's run of verbs is.
func sameSpeakerAgain(first, second string) bool {
	first, second = strings.ToLower(firstField(first)), strings.ToLower(second)
	for _, w := range []string{first, second} {
		if act, ok := actVerbs[w]; ok && act == ActOther || stance[w] || regards[w] {
			return false
		}
	}
	t := verbTense(first)
	return t != 0 && t == verbTense(second)
}

// statePredicate reports whether the clause in tokens [from, to) states
// something rather than narrating what its own subject did: its subject is
// a pronoun ("he welcomed the ruling", mostly the speaker himself), or its
// first verb is a form of "be", an auxiliary or a modal ("the timetable was
// settled", "the US should reduce its patrols", "the attacks have given
// him momentum"). A noun subject with a plain past or present action verb
// ("the protesters at the gate threw stones and claimed that ...") is an
// agent that may be the one speaking next, so the sentence is not split.
//
// An object that is no clause has no subject to speak again: after a
// particle ("called on the agency to act", "complained about the tone"),
// opening with a preposition ("boasted to reporters of ...") or an
// object's infinitive ("urged the council to act").
func (a *attributor) statePredicate(from, to int) bool {
	if from >= to || a.toks[from].is(wPronoun) || a.toks[from].is(wPrep) || from > 0 && a.toks[from-1].is(wPrep) && !a.lowerWordIs(from-1, "that") {
		return true
	}
	for k := from; k < to; k++ {
		if a.toks[k].kind != tokWord || a.toks[k].upper {
			continue
		}
		w := strings.ToLower(a.word(k))
		switch {
		case beForms[w] || auxVerbs[w] || modalWords[w] || negatedAux(w) || w == "to":
			return true
		case relativeOpeners[w] || w == "whose":
			return false // "the workers who were at the gate threw ...": not the clause's own verb
		}
	}
	return false
}

// verbTense is 'p' for a past form ("said", "warned", "told"), 's' for a
// present one ("says", "warns"), 0 when the form does not say.
func verbTense(w string) byte {
	switch {
	case strings.HasSuffix(w, "ed") || pastVerbs[w] || pastSayings[w]:
		return 'p'
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return 's'
	}
	return 0
}

// calledObjects open the object of "called" in "what X called Y" rather
// than a name: "what the president called him", "what the company calls
// its customers", where "what" is the name.
var calledObjects = fieldSet(`him her them me us you it his its their our my your`)

// pastSayings are the irregular past forms of saying verbs.
var pastSayings = fieldSet(`said told wrote spoke`)

// splitRelative reads a relative clause of saying inside the words of the
// saying at token c, at the "who" at token b, as another speaker's: "46
// percent said yes, compared with 23 percent who said it was improper".
// The relative clause's antecedent speaks, and the first speaker's words
// end at the comma before the phrase that holds it: the comma is what sets
// the second group against the first, and without one the relative
// clause is more often a description inside the words ("said voters who
// stayed home were angry").
func (f *quoteFinder) splitRelative(a *attributor, c, b, hi int) bool {
	v := b + 1
	for v < hi && v <= b+3 && a.toks[v].kind == tokWord && (a.toks[v].is(wAux) || a.toks[v].adverb) && !sayForms[strings.ToLower(a.word(v))] {
		v++ // "who have also said"
	}
	if v >= hi || !sayForms[strings.ToLower(a.word(v))] {
		return false
	}
	np := a.subject(v, c)
	if np.empty() || np.to != b || np.from <= c+1 {
		return false
	}
	if np.to-np.from == 1 && np.from-2 > c && a.lowerWordIs(np.from-1, "in") && countWord(a, np.from-2) && countWord(a, np.from) {
		np.from -= 2 // "compared with four in 10 who said": the ratio after a preposition counts the people too
	}
	comma := -1
	for k := np.from - 1; k > c && k >= np.from-maxRelativeLead; k-- {
		if a.toks[k].punct(f.text, ',') || a.word(k) == "—" || a.word(k) == "–" {
			comma = k
			break
		}
		if a.toks[k].kind != tokWord {
			return false
		}
	}
	if comma < 0 {
		return false
	}
	cl := a.clauseAfter(v, hi)
	if cl >= hi || cappedWords(a.toks[cl:hi]) < 3 {
		return false
	}
	for k := cl; k+1 < hi; k++ {
		if a.toks[k].punct(f.text, ',') && a.toks[k+1].kind == tokWord && (a.toks[k+1].is(wAux|wVerb) || mainClauseVerbs[strings.ToLower(a.word(k+1))]) {
			// "said the bill, backed by farmers who said it would cut
			// costs, would pass": the first speaker's clause goes on
			// after the relative one, which sits inside it.
			return false
		}
	}
	last := &f.quotes[len(f.quotes)-1]
	last.Span.End = a.to(comma - 1)
	f.addIndirect(a, Span{a.from(cl), a.to(trimEndPunct(a.toks, hi) - 1)}, np, a.verbPhrase(v))
	return true
}

// mainClauseVerbs are the forms of "be" and the modals that, right after
// a comma, go on with a clause a parenthesis interrupted ("the fire,
// first reported by neighbors, was under control").
var mainClauseVerbs = fieldSet(`is are was were be been has have had will would could can may might must should shall did does do`)

// maxRelativeLead is the most words between the comma and a relative
// clause's antecedent for splitRelative: "compared with nearly four in
// 10", "about the same number".
const maxRelativeLead = 6

// nounPhraseOnly reports whether tokens [from, to) are a noun phrase and
// no clause: they open with a determiner or a possessive and hold no word
// shaped as a finite verb ("the arrest of a man in the shooting", not "the
// council rejected the plan" or "the plan is dead").
func (a *attributor) nounPhraseOnly(from, to int) bool {
	if from >= to || !a.toks[from].is(wDet) && !possessivePronouns[strings.ToLower(a.word(from))] {
		return false
	}
	for k := from; k < to; k++ {
		t := a.toks[k]
		if t.kind != tokWord {
			return false // a comma or a quotation: an aside or someone's words
		}
		w := strings.ToLower(a.word(k))
		if !t.upper && (beForms[w] || auxVerbs[w] || modalWords[w] || negatedAux(w) || relativeOpeners[w] || w == "that" || w == "to" || pastShaped(a, k) || irregularPasts[w] || t.is(wVerb|wThatClause) && !t.is(wDet)) {
			return false
		}
	}
	return true
}

// maxCoordinatedObject is the most words the first verb's object may have
// for a coordinated verb to be split off: a longer stretch is mostly a
// clause whose own subject the "and" continues ("pointed out that the US
// is concerned ... and fears that").
const maxCoordinatedObject = 6

// splitAt ends the last attribution before token b and records the clause
// from token start as a second one, when a reporting verb with its subject
// opening the clause follows within a few words.
func (f *quoteFinder) splitAt(a *attributor, b, start, hi int) bool {
	return f.splitClause(a, b, start, hi, false)
}

// splitClause is splitAt; with needClause, the second speaker's words must
// be a clause, not an instruction's infinitive ("told drivers to use the
// ferry").
func (f *quoteFinder) splitClause(a *attributor, b, start, hi int, needClause bool) bool {
	for v := start + 1; v < hi && v < start+10; v++ {
		if !a.finite(v, false) {
			continue
		}
		if a.lowerWordIs(v+1, "to") && raisingPassives[strings.ToLower(a.word(v))] {
			return false // "imports said to be worth billions": a passive, no one speaking
		}
		np := a.subject(v, start)
		if np.empty() || np.from != start || a.skipBack(v-1, start) != np.to-1 {
			return false // no subject of its own: "between Russia and Iran and fears that"
		}
		cl := a.clauseAfter(v, hi)
		if cappedWords(a.toks[cl:hi]) < 4 || needClause && a.lowerWordIs(cl, "to") {
			return false
		}
		last := &f.quotes[len(f.quotes)-1]
		last.Span.End = a.to(b - 1)
		if a.silence(cl, hi) {
			return true // "while the managers said nothing about pay": the first words end; silence is no saying
		}
		f.addIndirect(a, Span{a.from(cl), a.to(hi - 1)}, np, a.verbPhrase(v))
		return true
	}
	return false
}

// raisingPassives are the participles that, followed by "to", make a
// passive that reports hearsay without a speaker: "said to be worth",
// "believed to have fled".
var raisingPassives = fieldSet(`said reported believed thought alleged rumored rumoured understood known expected estimated claimed`)

// accordingTo records the sentence [lo, hi) as reported speech when it
// says whose words it gives with "according to X".
func (f *quoteFinder) accordingTo(a *attributor, lo, hi int) bool {
	for k := lo; k+1 < hi; k++ {
		if a.accordingTo(k) {
			if np := a.sourceAfterAccording(k+2, hi); !np.empty() {
				// The reported words are the rest of the sentence: after
				// "According to X," or before ", according to X".
				content := Span{a.from(lo), a.to(hi - 1)}
				switch {
				case k == lo && np.to+1 < hi && a.toks[np.to].punct(f.text, ','):
					content.Start = a.from(np.to + 1)
				case k-1 > lo && a.toks[k-1].punct(f.text, ',') && (np.to >= hi || a.toks[np.to].kind == tokPunct || !a.commaBetween(np.to, hi)) &&
					!(np.to < hi && a.toks[np.to].punct(f.text, ',') && cappedWords(a.toks[np.to:hi]) >= 2 && !a.sourceAppositive(np.to+1, hi)):
					content.End = a.to(k - 2)
					// (", according to aides, came after ...": set off by
					// commas inside the words, which are the whole sentence)
					// "Ban said he is confident ..., according to Reuters":
					// the words before the comma are read for speech of
					// their own first, as before a closing "a spokesman said".
					var class wordClass
					for _, t := range a.toks[lo : k-1] {
						class |= t.class
					}
					if class&(wVerb|wThatClause|wPhrasal) != 0 {
						n := len(f.quotes)
						f.reported(a, lo, k-1, class)
						// Only the sentence's own subject and finite cue:
						// "Ban said ...", not "They declined, citing ...".
						kept := f.quotes[:n]
						for _, q := range f.quotes[n:] {
							if q.SpeakerSpan.Start == a.from(lo) && !strings.HasSuffix(firstField(q.Verb), "ing") {
								kept = append(kept, q)
							}
						}
						f.quotes = kept
						f.walked = min(f.walked, len(f.quotes))
						if len(kept) > n {
							// "Lawmakers said intervention is needed to stop
							// the war, which has killed 100,000, according to
							// U.N. estimates": the source backs the relative
							// clause, not the sentence's own speaker's words.
							for r := k - 2; r > lo; r-- {
								if a.toks[r].punct(f.text, ',') && (a.lowerWordIs(r+1, "which") || a.lowerWordIs(r+1, "who")) && a.from(r) > kept[len(kept)-1].VerbSpan.End {
									content.Start = a.from(r + 1)
									break
								}
							}
						}
					}
				}
				f.addIndirect(a, content, np, a.accordingCue(k))
				return true
			}
		}
	}
	return false
}

// sourceAppositive reports whether tokens [from, hi), after a comma that
// follows a source, describe that source to the sentence's end (", a
// political publication in Washington."): an article and no verb of a
// clause, as ", came after ..." would have.
func (a *attributor) sourceAppositive(from, hi int) bool {
	if from >= hi || !(a.lowerWordIs(from, "a") || a.lowerWordIs(from, "an") || a.lowerWordIs(from, "the")) {
		return false
	}
	for i := from; i < hi; i++ {
		if w := strings.ToLower(a.word(i)); a.toks[i].kind == tokWord && (a.toks[i].is(wVerb) || beForms[w] || finiteAux[w]) {
			return false
		}
	}
	return true
}

// commaBetween reports whether a comma stands among tokens [from, to).
func (a *attributor) commaBetween(from, to int) bool {
	for i := from; i < to; i++ {
		if a.toks[i].punct(a.text, ',') {
			return true
		}
	}
	return false
}

// sourceAfterAccording is the source named after "according to": a name
// or role, or, since the cue says a source follows, any noun phrase up to
// the next punctuation ("according to emails unearthed in the
// investigation", "according to recent polling").
func (a *attributor) sourceAfterAccording(i, hi int) phrase {
	if np := a.nameForward(i, hi); !np.empty() {
		if possessive(a.word(np.to - 1)) {
			// "according to Egypt's state news agency EGYNews": the
			// possessor's agency, not the possessor, is the source.
			e := np.to
			for e < hi && e < np.to+6 && a.toks[e].kind == tokWord && !a.toks[e].is(wVerb|wPrep) {
				e++
			}
			if e > np.to {
				return phrase{np.from, e}
			}
		}
		if e := a.nounsAfterName(np, hi); e > np.to {
			return phrase{np.from, e} // "according to the U.S. hospital with which": the name modifies the source
		}
		return a.withAuthor(np, hi)
	}
	j := i
	for j < hi && j < i+12 && a.toks[j].kind == tokWord && !a.toks[j].is(wVerb) {
		j++
	}
	if j == i || j-i == 1 && a.toks[i].is(wDet|wPronoun) {
		return phrase{}
	}
	if by := a.wordsAgent(i, j, hi); !by.empty() {
		return by
	}
	return phrase{i, j}
}

// nounsAfterName returns where the source after "according to" ends when
// a name only modifies the nouns that follow it ("the U.S. hospital with
// which he was affiliated", "Iran state media"): up to three lower-case
// words, none a verb, a participle ("the CIA timeline released"), a
// function word or time, that run to punctuation, or
// after an article to a preposition or a relative pronoun. Otherwise
// np.to: "according to Reuters yesterday" names Reuters.
func (a *attributor) nounsAfterName(np phrase, hi int) int {
	last := a.toks[np.to-1]
	if !last.upper || possessive(a.word(np.to-1)) {
		return np.to
	}
	e := np.to
	for e < hi && e < np.to+3 {
		t := a.toks[e]
		if t.kind != tokWord || t.upper || t.is(wVerb|wPrep|wDet|wPronoun|wConnector|wTime|wAux|wLeadIn|wThatClause|wParticiple|wNotSpeech) || t.adverb || questionOpeners[strings.ToLower(a.word(e))] || a.participleAt(e) {
			break
		}
		e++
	}
	if e == np.to {
		return np.to
	}
	if e < hi && a.toks[e].kind == tokWord && !a.toks[e].is(wPrep|wTime) && !relativeWords[strings.ToLower(a.word(e))] && !questionOpeners[strings.ToLower(a.word(e))] && !a.participleAt(e) {
		return np.to // the words run on into a clause: no noun phrase of the source
	}
	if e < hi && a.toks[e].kind == tokWord && !a.toks[np.from].is(wDet) {
		return np.to // "according to King conflicts with": with no article, a verb may follow the name
	}
	return e
}

// wordsAgent is the agent after "by" when the phrase [i, j) after
// "according to" names only words and a participle and "by" follow it
// ("according to comments reported by the state news agency", "according
// to remarks made by the minister"): the words are no source, the one who
// made or carried them is. Empty for anything else.
func (a *attributor) wordsAgent(i, j, hi int) phrase {
	for p := i + 1; p < j && p < i+4; p++ {
		if a.toks[p].is(wVerb) || pastShaped(a, p) {
			j = p // "made" has no verb class: the participle ends the words
			break
		}
	}
	if j+2 >= hi || !speechNounCues[strings.ToLower(a.word(j-1))] && !speechNouns[strings.ToLower(a.word(j-1))] || !pastShaped(a, j) || !a.lowerWordIs(j+1, "by") {
		return phrase{}
	}
	for k := i; k < j-1; k++ {
		if a.toks[k].upper || possessive(a.word(k)) {
			return phrase{} // "Roe's comments", "Kremlin statements": the words have their speaker already
		}
	}
	e := j + 2
	for e < hi && e < j+10 && a.toks[e].kind == tokWord && !a.toks[e].is(wVerb) && (e == j+2 || !a.toks[e].is(wPrep|wTime)) {
		e++ // the agent ends before a preposition or a time: "by the port director [on Tuesday]"
	}
	if e == j+2 || e-(j+2) == 1 && a.toks[j+2].is(wDet|wPronoun) {
		return phrase{}
	}
	return phrase{j + 2, e}
}

// demonstrativeThat reports whether the "that" at token i, right after a
// reporting verb, is the subject of the reported clause, not the word
// opening it: a finite verb follows it straight away ("said that was a
// mistake", "believe that is likely"), which a clause opened by "that"
// would have its own subject before.
func (a *attributor) demonstrativeThat(i int) bool {
	n := a.toks[i+1]
	if n.kind != tokWord || n.upper {
		return false
	}
	w := strings.ToLower(a.word(i + 1))
	return w == "is" || w == "was" || w == "are" || w == "were" || finiteAux[w] || negatedAux(w) && w != "don't" && w != "don’t"
}

// clauseAfter returns the first token of the reported clause after the
// verb at v: past an object ("told reporters", "told the BBC"), a time or
// place ("on Tuesday", "in a statement"), and "that".
func (a *attributor) clauseAfter(v, hi int) int {
	c := v + 1
	if makeForms[strings.ToLower(a.word(v))] {
		c += a.makeFrame(v) // "made it clear that": the clause follows the frame
	}
	if p := a.topicParticle(v); p >= c {
		c = p + 1 // "spoke of the role", "spoke briefly about the cuts"
	} else if pointForms[strings.ToLower(a.word(v))] && a.lowerWordIs(c, "out") || a.phrasal(v) {
		c++ // "pointed out that", "called for a ban"
	}
	if a.toks[v].is(wNotSpeech) && a.namingFollows(v) {
		return c // "described the accounts as a mess that ...": the object is named, no clause follows
	}
	// "that" within a few words ends the frame. A phrasal cue's object
	// is a noun phrase: in "railed against the provisions that pock the
	// code" the "that" opens a relative clause inside it.
	nounObject := a.phrasal(v) && c < hi && (a.toks[c].is(wDet) || possessivePronouns[strings.ToLower(a.word(c))])
	for i := c; i < hi && i < c+10 && !nounObject; i++ {
		t := a.toks[i]
		if a.lowerWordIs(i, "that") && i > c && a.relativeThat(i) {
			break // "endorsed a plan that would close the pier": the plan is what is endorsed
		}
		if a.lowerWordIs(i, "that") && i+1 < hi && a.demonstrativeThat(i) {
			return i // "believe that is likely": "that" is the clause's subject
		}
		if a.lowerWordIs(i, "that") && !(i+1 < hi && (a.toks[i+1].is(wTime) || a.lowerWordIs(i+1, "day"))) {
			return i + 1 // not "earlier that day"
		}
		if t.kind != tokWord || t.is(wVerb|wPronoun) || a.lowerWordIs(i, "and") || clauseVerbs[strings.ToLower(a.word(i))] {
			break // "said she appreciated it and that ...", "said the group could come back with that request": the clause began already
		}
		if a.infinitiveAt(i) || subjectContraction(a.word(i)) || a.chargeMatterAt(v, i) {
			// "called on the state to repair the bridge that carries ...",
			// "say there's a gap that ...", "criticized for not taking
			// down sites that ...": an infinitive, a subject with its verb
			// or a charge's matter began the content; a "that" after it
			// opens a relative clause inside it.
			break
		}
	}
	// Without "that": skip an object of told/warned/urged and a time.
	if a.lowerWordIs(v, "told") || a.lowerWordIs(v, "tells") || a.lowerWordIs(v, "tell") || a.lowerWordIs(v, "telling") || a.lowerWordIs(v, "asked") || a.lowerWordIs(v, "asks") {
		if np := a.nameForward(c, hi); !np.empty() {
			c = np.to
		} else if c < hi && a.toks[c].kind == tokWord && !a.toks[c].is(wDet|wPrep) {
			c++ // "told reporters"
		}
	}
	for c < hi {
		switch {
		case a.toks[c].is(wTime):
			c++
		case timeDeterminers[strings.ToLower(a.word(c))] && c+1 < hi && a.toks[c+1].is(wTime) && !a.toks[c].upper && !a.timeIsSubject(c+1, hi):
			c += 2 // "told reporters this weekend he would ..."
		case a.toks[c].is(wPrep) && c+1 < hi && a.toks[c+1].is(wTime):
			c += 2
		case a.toks[c].punct(a.text, ','):
			c++
		default:
			return c
		}
	}
	return c
}

// infinitiveAt reports whether token i is the "to" of an infinitive ("to
// repair"): a lower-case word follows that is no determiner, pronoun,
// time or plural ("to reporters", "to the council" are hearers).
func (a *attributor) infinitiveAt(i int) bool {
	if !a.lowerWordIs(i, "to") || i+1 >= len(a.toks) {
		return false
	}
	next := a.toks[i+1]
	if i+2 < len(a.toks) && a.lowerWordIs(i+2, "that") && a.thatOpensClause(i+2) {
		// "in a memo to staff that cuts were coming", "to boast that his
		// plan worked": "that" opens the words, of a hearer or of the
		// verb; "to end that war" is an infinitive and its object.
		return false
	}
	return next.kind == tokWord && !next.upper && !next.is(wDet|wPronoun|wTime|wPrep) && !strings.HasSuffix(a.word(i+1), "s") && !startsWithDigit(a.word(i+1))
}

// relativeThat reports whether the "that" at token i, after a noun, opens
// a relative clause whose subject it is: a verb follows at once ("a plan
// that would close the pier", "a study that found"). A clause of "that"
// has its own subject ("told the crowd that the pier would close").
func (a *attributor) relativeThat(i int) bool {
	prev := a.toks[i-1]
	if prev.kind != tokWord || prev.upper || prev.is(wVerb|wAux|wPrep|wTime|wPronoun|wDet|wRole|wPerson|wPlural) || prev.adverb || hearerPronouns[strings.ToLower(a.word(i-1))] {
		return false
	}
	return a.subjectGap(i + 1)
}

// chargeMatterAt reports whether token i is the preposition that opens
// the matter of an accusation or a condemnation at token v ("accused of
// a massacre", "criticized for not acting"): such a verb reports no
// clause of "that", so a "that" after it is a relative one.
func (a *attributor) chargeMatterAt(v, i int) bool {
	act := actVerbs[strings.ToLower(a.word(v))]
	return (act == ActAccuse || act == ActCondemn) && (a.lowerWordIs(i, "of") || a.lowerWordIs(i, "for"))
}

// thatOpensClause reports whether "that" at token t opens a clause rather
// than pointing at a noun: a determiner, a pronoun or a name follows, or
// a finite verb within a few words before any subordinator or stop ("that
// cuts were coming", "that new taxes would"); "that war.", "that program
// immediately" and "that resolution if it ..." point at a noun.
func (a *attributor) thatOpensClause(t int) bool {
	if t+1 >= len(a.toks) || a.toks[t+1].kind != tokWord {
		return false
	}
	if a.toks[t+1].is(wDet|wPronoun) && !a.toks[t+1].upper {
		return true
	}
	// A subject of a word or two, then its verb: "that cuts were", "that
	// more cuts would"; not "that bridge damaged in the storm" (the noun's
	// own participle). A name may open the subject ("that Hamas fighters
	// attacked", "that President Hale's plan would"), and with one a past
	// verb counts; "that House bill" has none.
	k := t + 1
	name := false
	for k < len(a.toks) && k < t+6 && a.toks[k].kind == tokWord && a.toks[k].upper {
		k, name = k+1, true
	}
	from := k
	if !name {
		from = t + 2
	}
	for k = from; k < len(a.toks) && k <= from+1; k++ {
		w := strings.ToLower(a.word(k))
		if a.toks[k].kind != tokWord {
			return false
		}
		if beForms[w] || finiteAux[w] || modalWords[w] {
			return true
		}
		// A past verb right after the name or its plural noun ("that Iran
		// lied", "that Hamas fighters attacked the base"), not a
		// participle the noun takes ("that Pentagon report released on
		// Monday", "that Norland deal signed by Roe").
		if name && len(w) > 3 && strings.HasSuffix(w, "ed") && (k == from || pluralNoun(strings.ToLower(a.word(from)))) {
			next := k + 1
			return next >= len(a.toks) || a.toks[next].kind != tokWord || !a.toks[next].is(wPrep|wTime) && !a.lowerWordIs(next, "last")
		}
	}
	return false
}

// pluralNoun reports whether a lower-case word looks like a plural noun:
// an -s ending that is no -ss, -us or -is ("fighters", "forces").
func pluralNoun(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

// subjectContraction reports whether w is a subject joined to its verb
// ("it's", "there’s", "we're", "they'd"): a clause's first word.
func subjectContraction(w string) bool {
	w = strings.ToLower(strings.ReplaceAll(w, "’", "'"))
	for _, aux := range []string{"'s", "'re", "'ve", "'ll", "'d", "'m"} {
		if p, ok := strings.CutSuffix(w, aux); ok {
			return subjectPronouns[p] || p == "there" || p == "you"
		}
	}
	return false
}

// dataVerbs are what data does when it speaks: "polls show", "the study
// found", "the review concluded".
var dataVerbs = fieldSet(`show shows showed shown found finds find revealed reveals indicate indicates indicated suggest suggests suggested concluded concludes`)

// passiveTimeOpeners open a clause of time or circumstance right after a
// participle ("feared as", "denied amid").
var passiveTimeOpeners = fieldSet(`as amid while after`)

// clauseVerbs are the auxiliaries and modals that show a clause has begun:
// a "that" after them is no complementizer of the reporting verb.
var clauseVerbs = fieldSet(`could would will can should must might is are was were has have had does did`)

// trailing reports whether tokens [c, hi) hold nothing but the end of a
// sentence: "..., Price said (on Tuesday)."
func trailing(a *attributor, c, hi int) bool {
	for i := c; i < hi; i++ {
		t := a.toks[i]
		if t.punct(a.text, ',') && cappedWords(a.toks[i:hi]) <= 6 {
			break // "..., Earnest said, without elaborating."
		}
		if t.kind == tokWord && !t.is(wTime|wPrep|wDet) && !t.upper {
			return false
		}
		if t.kind == tokPunct && !strings.ContainsAny(a.text[t.start:t.end], ".!?") {
			return false
		}
		if t.kind == tokOpen || t.kind == tokClose {
			return false
		}
	}
	return cappedWords(a.toks[c:hi]) <= 5
}

// setOffOpeningSubject returns the noun phrase opening the sentence when
// an aside too long for the subject reader, set off by a comma, stands
// between it and the plain reporting verb at token v, and a clause follows
// the verb: "Mrs. Clinton, who doggedly remained in the contest ... and
// Democratic calls for her to bow out, has said she will not ...", "The
// project's website, run by Michael McDonald, an associate professor ...,
// said the estimated turnout is ...". The phrase must end at a comma, a
// bracket or a relative word that opens the aside.
func (a *attributor) setOffOpeningSubject(lo, v, hi int) phrase {
	t := a.toks[v]
	if !t.is(wVerb) || t.is(wObject|wNeedsThat|wNotSpeech|wTopic|wParticiple) || t.upper || v+1 >= hi {
		return phrase{}
	}
	j := a.skipBack(v-1, lo)
	if j <= lo || !a.toks[j].punct(a.text, ',') || !opensClause(a.text[a.from(v+1):a.to(hi-1)]) {
		return phrase{}
	}
	np := a.sentenceSubject(lo, j)
	if np.empty() || np.to >= j || a.toks[np.from].is(wPronoun) {
		return phrase{}
	}
	if next := a.toks[np.to]; !next.punct(a.text, ',') && !next.punct(a.text, '(') && !a.lowerWordIs(np.to, "who") && !a.lowerWordIs(np.to, "which") {
		return phrase{}
	}
	return np
}

// closingWords is the most tokens a speaker phrase closing a sentence
// may have between its comma and the reporting verb: "..., Algerian
// foreign affairs ministry spokesman Benali Cherif Abdelaziz said".
const closingWords = 10

// closingAttribution reads a sentence that ends with its attribution
// after a comma: "..., one longtime friend said.", "..., she and another
// reporter said.", "..., a wide array of economists say.", "..., the
// ministry's spokesman said on Thursday." It returns the speaker phrase
// (every word between the comma and the verb), the reporting verb and the
// comma; v is -1 when the sentence does not end so. The verb is a plain
// reporting verb, after it only its setting may come, and the phrase
// holds no verb, relative or subordinating word: ", when he said." and
// ", which critics say." are no such ending.
//
// A headline has no full stop: a paragraph that ends without one ends so
// too ("Obama knew Libya was terrorism from the start, source says").
func (a *attributor) closingAttribution(lo, hi int) (np phrase, v, comma int) {
	e := trimEndPunct(a.toks, hi)
	if e-lo < 6 || !(e < hi && strings.ContainsAny(a.word(e), ".!") || e == hi && hi == len(a.toks)) {
		return phrase{}, -1, -1
	}
	return a.closingAttributionAt(lo, e, hi)
}

// openingAsBy reads a sentence opened by "As", a reporting verb's past
// participle and its agent, up to a comma: "As reported by the Daily
// Ledger, ...", "As first noted by Ann Lee, ...". It returns the agent,
// the verb and the comma; v is -1 when the sentence does not open so. The
// main clause after the comma is what was reported.
func (a *attributor) openingAsBy(lo, hi int) (np phrase, v, comma int) {
	if !a.lowerWordIs(lo, "as") {
		return phrase{}, -1, -1
	}
	v = lo + 1
	for v < hi && a.toks[v].kind == tokWord && (a.toks[v].adverb || a.lowerWordIs(v, "first")) && !a.toks[v].upper {
		v++ // "As first reported by"
	}
	if v+2 >= hi || !a.lowerWordIs(v+1, "by") || a.toks[v].upper || !strings.HasSuffix(strings.ToLower(a.word(v)), "ed") || !a.speechVerb(v, false) {
		return phrase{}, -1, -1
	}
	comma = -1
	for k := v + 2; k < hi && k <= v+2+closingWords; k++ {
		if a.toks[k].punct(a.text, ',') {
			comma = k
			break
		}
		if a.toks[k].kind != tokWord {
			return phrase{}, -1, -1
		}
	}
	if comma < 0 || comma == v+2 || cappedWords(a.toks[comma+1:hi]) < 4 {
		return phrase{}, -1, -1
	}
	np = phrase{v + 2, comma}
	if last := a.toks[np.to-1]; !(last.upper || last.is(wRole)) {
		return phrase{}, -1, -1
	}
	return np, v, comma
}

// closingAs reads a sentence that ends with an "as" attribution after a
// comma: "..., as David Dayen noted in The Intercept.", "..., as the
// Ledger reported a few days later." The words before the comma are the
// speaker's. As closingAttribution, it returns the speaker phrase (the
// words between "as" and the verb, past auxiliaries and adverbs), the
// reporting verb and the comma, v -1 when the sentence does not end so;
// only a time or a setting may follow the verb ("as he said the pier
// would close" is a clause of its own, and "as he left" no report).
func (a *attributor) closingAs(lo, hi int) (np phrase, v, comma int) {
	e := trimEndPunct(a.toks, hi)
	if e >= hi || e-lo < 8 || !strings.ContainsAny(a.word(e), ".!") {
		return phrase{}, -1, -1
	}
	k := -1
	for i := e - 3; i > lo+3 && i >= e-closingWords-4; i-- {
		if a.toks[i].punct(a.text, ',') && a.lowerWordIs(i+1, "as") {
			k = i
			break
		}
	}
	if k < 0 || cappedWords(a.toks[lo:k]) < 4 {
		return phrase{}, -1, -1
	}
	v = -1
	for i := k + 3; i < e && i <= k+2+closingWords; i++ {
		if a.toks[i].kind != tokWord {
			return phrase{}, -1, -1
		}
		if t := a.toks[i]; !t.upper && t.is(wVerb) && !t.is(wObject|wNeedsThat|wNotSpeech|wParticiple) && a.finite(i, false) {
			v = i
			break
		}
	}
	if v < 0 || v+1 < e && !a.onlyTimes(v+1, e) && !a.closingSetting(v+1, e) && !a.trailingSetting(v, hi) {
		return phrase{}, -1, -1
	}
	j := a.skipBack(v-1, k+2)
	if j < k+2 {
		return phrase{}, -1, -1
	}
	np = phrase{k + 2, j + 1}
	for i := np.from; i < np.to; i++ {
		t := a.toks[i]
		if t.kind != tokWord || !t.upper && t.is(wVerb|wThatClause|wAux) || closingStops[strings.ToLower(a.word(i))] {
			return phrase{}, -1, -1
		}
	}
	if last := a.toks[np.to-1]; !(last.upper || last.is(wRole|wPronoun)) || a.toks[np.from].is(wPrep) {
		return phrase{}, -1, -1
	}
	return np, v, k
}

// closingAttributionBeforeTail reads an attribution that closes the
// outlet's words but not the sentence: "..., Mr. Ortiz said, adding that
// ...", "..., the mayor said Tuesday — a reversal of her stand". The
// tail opens at a comma before a participle, or at a dash or a semicolon
// ("..., analysts say; in 2012 ..."); the attribution before it is read as
// closingAttribution reads one ending the sentence. It returns the
// speaker phrase, the verb, the comma before the speaker and the token
// opening the tail; v is -1 when there is none.
func (a *attributor) closingAttributionBeforeTail(lo, hi int) (np phrase, v, comma, tail int) {
	for t := lo + 6; t+1 < hi; t++ {
		tok := a.toks[t]
		if tok.kind != tokPunct {
			continue
		}
		w := a.word(t)
		if dash := w == "—" || w == "–" || w == "--" || w == ";"; !dash && !(w == "," && (a.tailOpener(t+1) || a.settingTail(t+1, hi))) {
			continue
		}
		if np, v, comma := a.closingAttributionAt(lo, t, -1); v >= 0 {
			return np, v, comma, t
		}
	}
	return phrase{}, -1, -1, -1
}

// parentheticalAttribution reads an attribution set off by commas inside
// the outlet's words: "The pier is so old, the harbor master said, that
// it may fall", "At times last year, people close to the mayor said, the
// mere mention of the plan could make him fume". The speaker phrase and
// verb are read as closingAttribution reads them, up to a comma after the
// verb (and its time or setting); words must go on after that comma, and
// not with a reporting participle (a tail, see
// closingAttributionBeforeTail) or a quotation (the speaker's own words,
// read as such). It returns the speaker phrase and the
// verb; v is -1 when there is none.
func (a *attributor) parentheticalAttribution(lo, hi int) (np phrase, v int) {
	end := trimEndPunct(a.toks, hi)
	for t := lo + 6; t+1 < end; t++ {
		if !a.toks[t].punct(a.text, ',') || a.tailOpener(t+1) || a.toks[t+1].kind == tokOpen || cappedWords(a.toks[t+1:end]) < 3 {
			continue
		}
		if np, v, _ := a.closingAttributionAt(lo, t, -1); v >= 0 {
			return np, v
		}
	}
	return phrase{}, -1
}

// tailOpener reports whether the word at token i opens a tail after a
// closing attribution: a reporting participle ("adding", "noting",
// "citing"), the same speaker's next act of speech. Other words do not:
// in "..., she said, but also the flow of drugs" and "..., they say,
// imposing new limits" the words after the comma go on with the
// speaker's.
func (a *attributor) tailOpener(i int) bool {
	if i >= len(a.toks) {
		return false // "..., said Tom Hale," with nothing after the comma
	}
	t := a.toks[i]
	return t.kind == tokWord && !t.upper && t.is(wParticiple)
}

// settingTail reports whether the words from token i, after a comma that
// follows a closing attribution, say when or why the speaker spoke, or
// who the speaker is, rather than go on with the speaker's words: a
// subordinate clause of time ("even after the vote", "two days after
// voters went to the polls") or a relative clause on the speaker ("who cringe at the
// cost"). In "..., the mayor said, that it may fall", "..., he said, is
// the ground itself" or "..., he said, because ..." the words go on
// instead.
func (a *attributor) settingTail(i, hi int) bool {
	k := i
	if k < hi && (a.lowerWordIs(k, "even") || a.lowerWordIs(k, "just") || a.lowerWordIs(k, "only")) {
		k++
	}
	for n := 0; n < 4 && k < hi && a.toks[k].kind == tokWord && (timeCounts[strings.ToLower(a.word(k))] || startsWithDigit(a.word(k)) || timeUnits[strings.ToLower(a.word(k))]); n++ {
		k++ // "two days after"
	}
	if k >= hi || a.toks[k].kind != tokWord || a.toks[k].upper && k > i {
		return false
	}
	w := strings.ToLower(a.word(k))
	if k == i && (w == "who" || w == "whose") {
		return true
	}
	if k == i && w == "as" && k+2 < hi && a.toks[k+2].kind == tokWord {
		// "..., lawmakers said Friday, as they bristled at ...": "as" and
		// a subject open a clause of time; "as well", "as if" and "as
		// much as" go on with the speaker's words.
		next := strings.ToLower(a.word(k + 1))
		return subjectPronouns[next] || next == "the"
	}
	return settingOpeners[w] && k+1 < hi && a.toks[k+1].kind == tokWord
}

// invertedAttribution reads the reporting verb at token v as one whose
// speaker follows it, after the words it reports and a comma or a dash:
// "..., said Alan Abramowitz, a demographer at Emory.", "... -- most of
// them children -- said Ahmed Ali." It returns the speaker and the
// separator before the verb; sep is -1 when the verb is not read so. The
// name must end the clause: in "X, a former director, said the group
// would ..." the words after "said" are the reported clause, not its
// speaker; so is a figure ("said 1,101 people have been killed").
func (a *attributor) invertedAttribution(v, lo, hi int) (phrase, int) {
	sep := a.separatorBefore(v, lo)
	if !(sep > lo && (a.lowerWordIs(v, "said") || invertedCues[strings.ToLower(a.word(v))]) || a.lowerWordIs(v, "says")) || sep <= lo {
		return phrase{}, -1
	}
	np := a.nameForward(v+1, hi)
	if !np.empty() && np.from == v+1 && !a.lowerWordIs(v+1, "that") && !startsWithDigit(a.word(v+1)) &&
		(a.toks[sep].punct(a.text, ',') && (np.to >= hi || a.toks[np.to].kind == tokPunct || a.trailedName(np, hi)) || !a.toks[sep].punct(a.text, ',') && a.invertedNameEnds(np, hi)) &&
		(a.toks[np.to-1].upper || a.toks[np.to-1].is(wRole)) && cappedWords(a.toks[lo:v]) >= 3 &&
		!(invertedCues[strings.ToLower(a.word(v))] && a.verbCoordinated(np.to, hi)) {
		return np, sep
	}
	return phrase{}, -1
}

// invertedClosingReach is how many tokens from a sentence's end
// invertedClosing looks back for its verb: room for a name with a long
// appositive or relative clause after it.
const invertedClosingReach = 48

// invertedClosing finds an inverted attribution that closes a sentence
// whose words before it hold a reporting verb of their own ("Analysts
// doubt that the levy will pass, said Tom Hale, who is a banker."), so
// that the outer speaker is not lost to the inner verb read first. It
// returns the speaker, the verb and the separator before it; v is -1
// when there is none, or when the words before end in another such
// attribution (endsInverted), so that the words are read back once.
// Only the last invertedClosingReach tokens are looked for the verb.
func (a *attributor) invertedClosing(lo, hi int) (np phrase, v, sep int) {
	for k := hi - 1; k > lo && k >= hi-invertedClosingReach; k-- {
		if a.toks[k].kind != tokWord || !(a.lowerWordIs(k, "said") || a.lowerWordIs(k, "says") || invertedCues[strings.ToLower(a.word(k))]) {
			continue
		}
		np, sep = a.invertedAttribution(k, lo, hi)
		if sep <= lo {
			return phrase{}, -1, -1
		}
		if np.to < trimEndPunct(a.toks, hi) && !(a.toks[np.to].punct(a.text, ',') && a.invertedNameEnds(np, hi) && !a.predicateOpens(np.to+1)) {
			return phrase{}, -1, -1 // the words go on after the name
		}
		speech := false
		for i := lo; i < sep && !speech; i++ {
			speech = a.speechVerb(i, false)
		}
		if !speech {
			return phrase{}, -1, -1 // the verb loop reads it as before
		}
		if a.endsInverted(lo, sep) {
			return phrase{}, -1, -1
		}
		return np, k, sep
	}
	return phrase{}, -1, -1
}

// endsInverted reports whether an inverted attribution stands in the
// last invertedClosingReach tokens before hi: the words before a closing
// one end in another, and are left to the readings that went before.
func (a *attributor) endsInverted(lo, hi int) bool {
	for k := hi - 1; k > lo && k >= hi-invertedClosingReach; k-- {
		if a.toks[k].kind == tokWord && (a.lowerWordIs(k, "said") || a.lowerWordIs(k, "says") || invertedCues[strings.ToLower(a.word(k))]) {
			if _, sep := a.invertedAttribution(k, lo, hi); sep > lo {
				return true
			}
		}
	}
	return false
}

// commentOpeners open a phrase the writer adds after a closing
// attribution to place or weigh what was said: "..., police said, in
// violence not unlike earlier attacks", "..., she said, in an implicit
// caution to his backers", "..., he said, amid the protests". "Like"
// opens a clause as often ("like they did in 2008"), which is the
// speaker's.
var commentOpeners = fieldSet(`in amid unlike`)

// speechSettings are what the speaker spoke in: "..., the minister said,
// in a statement that called ..." goes on with the speaker's own report.
var speechSettings = fieldSet(`statement statements interview interviews speech speeches letter message post tweet tweets email remarks address briefing conference call testimony op-ed column`)

// commentAfterAttribution reports whether the quotation opening at token
// open lies in such a phrase: the cue verb (past a time) of the speaker
// sp closes an attribution set off by a comma after the words it reports
// (or right after a quotation of them), and the next comma opens a phrase
// with a commentOpener before the quotation. PolNeAR's annotators leave
// such phrases out of the speaker's words. "In order to" is a purpose,
// which may be the speaker's.
func (a *attributor) commentAfterAttribution(lo int, sp phrase, verb cue, open int) bool {
	if verb.span.End <= verb.span.Start {
		return false
	}
	v := a.tokenAt(verb.span.End-1, [2]int{lo, open})
	t := v + 1
	for t < open && a.toks[t].is(wTime) {
		t++ // "police said Friday, in ..."
	}
	if t+1 >= open || !a.toks[t].punct(a.text, ',') || !a.commentOpensAt(t+1) {
		return false
	}
	if f := sp.from; f-2 > lo && f <= v && a.toks[f-1].kind == tokClose && a.toks[f-2].punct(a.text, ',') {
		return true // '"...," the mayor said, in a nod to the "dockers"'
	}
	_, cv, _ := a.closingAttributionAt(lo, t, -1)
	return cv == v
}

// holdsPredicate reports whether the words from token from up to to hold
// a verb of a clause: a form of "be", an auxiliary, or a lower-case past
// form ("The guard opened fire at the gate"), not a noun phrase alone
// ("The plan for the port"). The words are read once.
func (a *attributor) holdsPredicate(from, to int) bool {
	for i := from; i < to; i++ {
		if a.toks[i].kind != tokWord || a.toks[i].upper {
			continue
		}
		if w := strings.ToLower(a.word(i)); beForms[w] || finiteAux[w] || pastShaped(a, i) || irregularPasts[w] {
			return true
		}
	}
	return false
}

// commentOpensAt reports whether the lower-case word at token i is a
// commentOpener, not "in order to".
func (a *attributor) commentOpensAt(i int) bool {
	if i >= len(a.toks) || a.toks[i].kind != tokWord || a.toks[i].upper || !commentOpeners[a.word(i)] || a.lowerWordIs(i+1, "order") {
		return false
	}
	for k := i + 1; k < len(a.toks) && k <= i+4; k++ {
		if a.toks[k].kind != tokWord {
			break
		}
		if speechSettings[strings.ToLower(a.word(k))] {
			return false // "in a statement", "in a televised address": where the words were said
		}
	}
	return true
}

// settingOpeners open a subordinate clause of time after a closing
// attribution. A reason ("because ...") or a "when" goes on with the
// speaker's words: "There is no chance of that, officials insist, because
// policing has changed".
var settingOpeners = fieldSet(`after before while amid`)

// tailSpeech records the words of the reporting participle opening the
// tail at token tail (a comma before it) as the closing speaker's, when
// reading the tail found no attribution of its own (n quotations were
// recorded before it): "..., the Post reported, citing another source".
func (f *quoteFinder) tailSpeech(a *attributor, np phrase, tail, hi int, sent Span, n int) {
	v := tail + 1
	if len(f.quotes) > n || a.toks[tail].kind != tokPunct || v >= hi || !a.toks[v].is(wParticiple) {
		return
	}
	c := a.clauseAfter(v, hi)
	if c >= hi || a.toks[c].kind != tokWord {
		return
	}
	f.addIndirect(a, Span{a.from(c), sent.End}, np, a.verbPhrase(v))
}

// closingReports are the verbs that report speech only before "that" or
// an object elsewhere (see needsThatList), but report the words before
// them when they close the sentence with nothing but a time or a setting
// after them: "..., the campaign announced Friday.", "..., the study
// concluded.", "..., The Post has learned." (a newsroom's scoop). So they
// do when set off by commas inside the words or before a tail: "Pence led
// the conversation, Twitter announced, gaining 22,000 followers".
var closingReports = fieldSet(`announced announces declared declares revealed reveals disclosed discloses concluded concludes maintained maintains testified testifies learned`)

// findingSubject reports whether token j, right before a verb of finding
// or showing that closes a sentence ("..., campaign records show.",
// "..., the Harbour Finance Institute found."), heads what can report a
// finding: data ("records", "a study") or a named body or a role.
func (a *attributor) findingSubject(j int) bool {
	if j < 0 || a.toks[j].kind != tokWord {
		return false
	}
	t := a.toks[j]
	return dataNouns[strings.ToLower(a.word(j))] || t.upper && !t.is(wTime) || t.is(wRole) && !t.is(wPronoun)
}

// closingAttributionAt is closingAttribution for an attribution ending
// at token e: the sentence's closing stop, the sentence ending at hi, or
// the start of a tail, hi then -1.
func (a *attributor) closingAttributionAt(lo, e, hi int) (np phrase, v, comma int) {
	v = -1
	for k := e - 1; k > lo && k >= e-closingWords; k-- {
		if a.toks[k].kind != tokWord {
			break
		}
		if t := a.toks[k]; t.is(wVerb) && !t.is(wObject|wNeedsThat|wNotSpeech|wTopic|wParticiple) && !t.upper && a.speechVerb(k, false) ||
			!t.upper && dataVerbs[strings.ToLower(a.word(k))] && k > lo && a.findingSubject(a.skipBack(k-1, lo)) ||
			!t.upper && closingReports[strings.ToLower(a.word(k))] {
			v = k // "..., campaign finance records show.", "..., the campaign announced Friday."
			break
		}
	}
	if v < 0 || v+1 < e && !(hi >= 0 && a.trailingSetting(v, hi)) && !a.onlyTimes(v+1, e) && !a.closingSetting(v+1, e) {
		return phrase{}, -1, -1
	}
	j := a.skipBack(v-1, lo)
	k := j
	for k > lo && k > j-closingWords && (a.toks[k].kind == tokWord || a.toks[k].punct(a.text, '-') || a.toks[k].punct(a.text, '\'')) {
		k--
	}
	if k <= lo || k == j || !a.toks[k].punct(a.text, ',') || cappedWords(a.toks[lo:k]) < 4 || startsWithDigit(a.word(k+1)) || a.onlySubordinate(lo, k) {
		return phrase{}, -1, -1
	}
	np = phrase{k + 1, j + 1}
	if a.qualifiedSource(np) {
		return np, v, k // "..., those briefed on the investigation said."
	}
	for i := np.from; i < np.to; i++ {
		t := a.toks[i]
		w := strings.ToLower(a.word(i))
		if i == np.to-1 && dataNouns[w] && a.toks[v].is(wNeedsThat) {
			continue // "campaign records show": the head noun, though WordNet lists "records" as a verb
		}
		if t.kind == tokWord && (!t.upper && t.is(wVerb|wThatClause|wAux) || closingStops[w]) {
			return phrase{}, -1, -1
		}
	}
	if first := a.toks[np.from]; first.is(wLeadIn) && !first.is(wDet) && !first.upper || first.is(wPrep) {
		return phrase{}, -1, -1
	}
	last := a.toks[np.to-1]
	if last.kind != tokWord || !(last.upper || last.is(wRole|wPronoun) || dataNouns[strings.ToLower(a.word(np.to-1))] || a.modifiedRole(np) || a.countedPlural(np)) {
		return phrase{}, -1, -1
	}
	if a.reducedRelative(np) {
		return phrase{}, -1, -1
	}
	return np, v, k
}

// qualifiedSource reports whether a phrase before a closing verb is an
// unnamed source that news prose names by what it knows: "those" or a
// plain role ("people", "sources", "two officials"), then a qualifier
// ("familiar", "close", "briefed") or a past participle before a
// preposition ("those consulted on the plan"), then the matter it knows:
// "..., those briefed on the investigation said.", "..., people familiar
// with the matter said.", "..., those close to him said." The general
// reader rejects these, since "those" opens a clause elsewhere and the
// matter ("the matter", "the talks") may look like a verb or no role.
func (a *attributor) qualifiedSource(np phrase) bool {
	head := np.from
	if a.toks[head].is(wDet) && !a.lowerWordIs(head, "those") || countLeads[strings.ToLower(a.word(head))] || startsWithDigit(a.word(head)) {
		head++ // "the people close to him", "two people familiar with"
	}
	if head+2 >= np.to || a.toks[head].upper && !a.lowerWordIs(head, "those") || !(a.lowerWordIs(head, "those") || a.toks[head].is(wRole) && a.isPlural(phrase{head, head + 1}) || a.toks[head].is(wPerson)) {
		return false
	}
	q := strings.ToLower(a.word(head + 1))
	if a.toks[head+1].upper || !sourceQualifiers[q] && !(len(q) > 4 && strings.HasSuffix(q, "ed") && a.toks[head+2].is(wPrep)) {
		return false
	}
	for i := head + 2; i < np.to; i++ {
		t := a.toks[i]
		if t.kind != tokWord && !t.punct(a.text, '\'') && !t.punct(a.text, '-') || closingStops[strings.ToLower(a.word(i))] ||
			!t.upper && t.is(wVerb|wThatClause|wAux) && !a.toks[i-1].is(wDet) {
			return false // "those briefed on the plan said it would fail": a clause, no source
		}
	}
	return true
}

// countedPlural reports whether a phrase before a closing verb is a count
// or a quantity and a plain plural noun, at most four words: "several
// friends", "two neighbours", "many residents". A count of people speaks
// as a role does, though the noun is no role the lexicon lists.
func (a *attributor) countedPlural(np phrase) bool {
	if np.to-np.from < 2 || np.to-np.from > 4 {
		return false
	}
	first, last := strings.ToLower(a.word(np.from)), a.toks[np.to-1]
	w := strings.ToLower(a.word(np.to - 1))
	return (timeCounts[first] && first != "a" && first != "an" || startsWithDigit(first)) &&
		last.kind == tokWord && !last.upper && last.class == 0 && !last.adverb && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// modifiedRole reports whether a phrase before a closing verb is a role
// with a modifier after it that opens with a preposition or a participle:
// "residents living near the dam", "an official in the region". The
// role is the speaker; the words after it say which one.
func (a *attributor) modifiedRole(np phrase) bool {
	for i := np.from; i+1 < np.to; i++ {
		if !a.toks[i].is(wRole) || a.toks[i].upper {
			continue
		}
		next := a.toks[i+1]
		w := strings.ToLower(a.word(i + 1))
		return next.kind == tokWord && !next.upper && (next.is(wPrep) && !a.lowerWordIs(i+1, "to") || len(w) > 5 && strings.HasSuffix(w, "ing") && !next.is(wVerb))
	}
	return false
}

// reducedRelative reports whether a phrase before a closing verb is a
// common noun phrase followed by a speaker with no comma between: "a
// charge Moscow denies", "a charge the ministry denied", "the same thing
// Obama said". The noun is what the speaker said, not part of its name:
// a lower-case word that is no role or person is followed by a
// determiner, or a noun naming what is said by a name that ends the
// phrase (an appositive name after other nouns is the speaker's: "the
// news site RTL Info").
func (a *attributor) reducedRelative(np phrase) bool {
	for i := np.from + 1; i < np.to; i++ {
		prev, t := a.toks[i-1], a.toks[i]
		if prev.kind != tokWord || prev.upper || prev.is(wRole|wPrep|wConnector|wDet|wAux) || prev.adverb || possessive(a.word(i-1)) || personNoun(strings.ToLower(a.word(i-1))) {
			continue
		}
		if t.is(wDet) && (saidNouns[strings.ToLower(a.word(i-1))] || i+1 < np.to && a.toks[i+1].kind == tokWord && !a.toks[i+1].upper) {
			return true // "the same thing the president said", "a claim the lower court rejected"; not "the magazine the Atlantic"
		}
		if !t.upper || !saidNouns[strings.ToLower(a.word(i-1))] {
			continue
		}
		name := i
		for name < np.to && a.toks[name].upper {
			name++
		}
		if name == np.to {
			return true
		}
	}
	return false
}

// saidNouns name what someone says or holds: "a charge Moscow denies",
// "the same thing Obama said".
var saidNouns = fieldSet(`something events charge charges claim claims allegation allegations accusation accusations assertion assertions view views point argument notion idea position account version story thing things figure figures number numbers estimate estimates conclusion finding description characterization`)

// onlySubordinate reports whether tokens [lo, k) are one subordinate
// clause and nothing more ("After the police fired tear gas at the
// crowd"): the words after its comma are the main clause, not an
// attribution of it. A comma or a later subject pronoun inside ("After
// Trump bought the jet in 2011 he made changes") starts a main clause.
func (a *attributor) onlySubordinate(lo, k int) bool {
	if !subjectConjunctions[strings.ToLower(a.word(lo))] && !a.lowerWordIs(lo, "if") {
		return false
	}
	// Without a comma the main clause starts at a second finite verb ("Since
	// the war began the economy has shrunk"), or at an auxiliary after a
	// second noun phrase ("If the talks fail the strike will go ahead").
	verbs, secondSubject, reports := 0, false, false
	for i := lo + 1; i < k; i++ {
		if reports {
			if a.toks[i].kind != tokWord {
				return false // "If the senator says yes, the bill will pass": a main clause after the comma
			}
			continue
		}
		if a.toks[i].kind == tokWord && verbs == 0 && !secondSubject && i > lo+1 && !a.toks[i].upper && a.speechVerb(i, false) && a.finite(i, false) {
			// "When Clinton noted that Trump paid no tax": the rest is
			// what the clause's own verb reports, no main clause, its
			// own subject pronouns included.
			reports = true
			continue
		}
		if a.toks[i].kind != tokWord || i > lo+1 && subjectPronouns[strings.ToLower(a.word(i))] && !a.lowerWordIs(i, "it") {
			return false
		}
		t, w := a.toks[i], strings.ToLower(a.word(i))
		prev, pw := a.toks[i-1], strings.ToLower(a.word(i-1))
		if finiteAux[pw] || beForms[pw] || modalWords[pw] || prev.adverb {
			continue // "is informed", "has shrunk": one verb
		}
		switch {
		case t.is(wDet) && i > lo+1 && !prev.is(wPrep|wDet):
			secondSubject = true
		case finiteAux[w] || progressiveBeForms[w] && w != "been" || modalWords[w] || negatedAux(w):
			if secondSubject || verbs > 0 { // not "being hanged": no finite verb
				return false
			}
			verbs++
		case !t.upper && !prev.is(wDet|wPrep) && (pastVerbs[w] || len(w) > 4 && strings.HasSuffix(w, "ed")):
			if secondSubject && verbs > 0 {
				return false // "While the talks went on the fighting continued"
			}
			verbs++
		}
	}
	return true
}

// closingStops open a relative or subordinate clause, or end one: a
// phrase holding one is no speaker.
var closingStops = fieldSet(`that which who whom whose what how why whether when where while if because although though as since after before until than so`)

// closingSetting reports whether tokens [from, to), after a closing
// attribution's verb, say only when or how it was said, whatever verb
// they hold: "said in posing the question to Christie", "said during his
// campaign speech to be a national delegate". A preposition or a time
// opens them, and no comma, "that" or subject pronoun (which would open
// reported words of the verb's own) stands among them.
func (a *attributor) closingSetting(from, to int) bool {
	if from >= to || to-from > closingWords || !a.toks[from].is(wPrep|wTime) || a.lowerWordIs(from, "to") || a.lowerWordIs(from, "as") || a.lowerWordIs(from, "like") {
		return false
	}
	if from+1 < to && a.gerundAfterPrep(from) {
		return false
	}
	for i := from; i < to; i++ {
		if a.toks[i].kind != tokWord || a.lowerWordIs(i, "that") || subjectPronouns[strings.ToLower(a.word(i))] {
			return false
		}
	}
	return true
}

// gerundAfterPrep reports whether a gerund follows the preposition at
// token k: "..., Donald Trump will insist on being himself" has the
// verb's own object after it, no setting.
func (a *attributor) gerundAfterPrep(k int) bool {
	w := strings.ToLower(a.word(k + 1))
	return gerundObjectPreps[strings.ToLower(a.word(k))] && k+1 < len(a.toks) && a.toks[k+1].kind == tokWord && !a.toks[k+1].upper && len(w) >= 5 && strings.HasSuffix(w, "ing")
}

// gerundObjectPreps take a gerund as a verb's object ("insist on being",
// "talked about leaving", "argued for keeping").
var gerundObjectPreps = fieldSet(`on about of for against with`)

// onlyTimes reports whether tokens [from, to) are times only: "said
// Thursday", "said on Tuesday night", "reported last week", "said earlier
// this month".
func (a *attributor) onlyTimes(from, to int) bool {
	if a.spanAgo(from, to) {
		return true
	}
	for i := from; i < to; i++ {
		if !a.toks[i].is(wTime) && !(i == from && a.lowerWordIs(i, "on")) &&
			!(timeDeictics[strings.ToLower(a.word(i))] && !a.toks[i].upper && i+1 < to && (a.toks[i+1].is(wTime) || timeDeictics[strings.ToLower(a.word(i+1))])) {
			return false
		}
	}
	return true
}

// spanAgo reports whether tokens [from, to) are a span of time counted
// back or on from another: "a few days later", "two weeks ago", "months
// earlier".
func (a *attributor) spanAgo(from, to int) bool {
	if to-from < 2 || to-from > 5 || !timeSpanEnds[strings.ToLower(a.word(to-1))] || !timeUnits[strings.ToLower(a.word(to-2))] {
		return false
	}
	for i := from; i < to-2; i++ {
		if w := strings.ToLower(a.word(i)); a.toks[i].kind != tokWord || !startsWithDigit(w) && !timeCounts[w] {
			return false
		}
	}
	return true
}

// timeUnits, timeCounts and timeSpanEnds make up spans of time
// ("a few days later").
var (
	timeUnits    = fieldSet(`hour hours day days week weeks month months year years decade decades`)
	timeCounts   = fieldSet(`a an one two three four five six seven eight nine ten few several some many`)
	timeSpanEnds = fieldSet(`later ago earlier before after`)
)

// timeDeictics place a time before it relative to now: "last week",
// "this month", "earlier this year".
var timeDeictics = fieldSet(`last this next earlier`)

// trailingSetting reports whether the words after the reporting verb at
// token v, to the sentence's end, say only where or to whom it was said:
// "..., Smith said in a statement.", "..., he told the court in his
// filing.", "..., she wrote in her memoir." After "told", its object comes
// first; then a preposition or a time opens at most eight words with no
// other verb, pronoun subject, "that" or punctuation but the final stop.
func (a *attributor) trailingSetting(v, hi int) bool {
	c := v + 1
	if a.lowerWordIs(v, "told") || a.lowerWordIs(v, "tells") {
		if np := a.nameForward(c, hi); !np.empty() && np.from == c {
			c = np.to
		} else if c < hi && a.toks[c].kind == tokWord && !a.toks[c].is(wDet|wPrep) {
			c++ // "told reporters"
		}
	}
	if c > v+1 && (c >= hi || a.toks[c].kind == tokPunct && trimEndPunct(a.toks, hi) == c) {
		return true // "..., the president told her."
	}
	if c >= hi || a.toks[c].kind != tokWord || !a.toks[c].is(wPrep|wTime) || a.lowerWordIs(c, "to") || a.lowerWordIs(c, "as") || a.lowerWordIs(c, "like") || a.gerundAfterPrep(c) {
		return false
	}
	end := trimEndPunct(a.toks, hi)
	if end < hi && !strings.ContainsAny(a.word(end), ".!?") || cappedWords(a.toks[c:end]) > 8 {
		return false
	}
	for i := c; i < end; i++ {
		t := a.toks[i]
		if t.kind != tokWord || t.is(wVerb|wThatClause|wPhrasal) && !t.upper || a.lowerWordIs(i, "that") || subjectPronouns[strings.ToLower(a.word(i))] {
			return false
		}
	}
	return true
}

// lastRune returns the last rune of s, spaces trimmed, as a string.
func lastRune(s string) string {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, " "))
	return string(r)
}

// shortAttribution reports whether tokens [lo, hi), the short sentence
// after a quotation that ends with a question or exclamation mark, are a
// speaker and a verb of speaking with at most its setting ('"...?" Hannity
// pressed.', '"...!" Mr. Trump wrote on Twitter.'): the mark ends the
// quoted sentence, not the writer's, which names who asked or exclaimed.
// Unlike the clause after a quotation cut by a comma, such a sentence may
// as well go on with the story ('"Is this the end?" The mayor resigned on
// Tuesday.'), so any verb will not do.
func (a *attributor) shortAttribution(lo, hi int) bool {
	for v := lo + 1; v < hi && v <= lo+roleModifierWords+2; v++ {
		if a.speaking(v) && a.verbAfterSpeaker(lo, v, hi) || a.finite(v, true) && a.onlyAttribution(lo, v) && a.trailingSetting(v, hi) {
			return true // "Mr. Trump wrote on Twitter."
		}
	}
	return false
}

// speaking reports whether the verb at token v says that words were
// spoken: a reporting verb, or one of speaking manner ("pressed",
// "laughed", "shot back", "went on").
func (a *attributor) speaking(v int) bool {
	return a.speechVerb(v, true) || speakingManners[strings.ToLower(a.word(v))] ||
		a.lowerWordIs(v, "shot") && a.lowerWordIs(v+1, "back") || a.lowerWordIs(v, "went") && a.lowerWordIs(v+1, "on")
}

// mannerInverted returns the name after a verb of speaking manner that
// stands right after a quotation cut off by a comma, a question or an
// exclamation mark, before its subject: '"...," scoffed Ann Roe.',
// '"...!" beamed Tom Lee of Dayton, who ...'. The verb is one of
// speakingManners (a participle such as "retired" may open the name); the name, capitalised and of two
// words at least, ends the sentence or is set off by a comma. Empty when
// the words do not read so.
func (a *attributor) mannerInverted(k, lo, end int) phrase {
	if k != lo || lo == 0 || k+2 >= end || a.toks[k].upper || a.toks[k].kind != tokWord || !endsMidSentence(a.text[:a.from(lo-1)]) {
		return phrase{}
	}
	w := strings.ToLower(a.word(k))
	if !speakingManners[w] {
		return phrase{} // not any -ed word: '"...," retired Gen. Jack Keane, ..., said'
	}
	np := a.nameForward(k+1, end)
	if np.from != k+1 || np.to-np.from < 2 || !a.toks[np.to-1].upper || !(np.to == end || a.toks[np.to].punct(a.text, ',')) {
		return phrase{}
	}
	return np
}

// speakingManners are verbs that tell how words were spoken or put, which
// the reporting verbs read as speech leave out: '"...?" Reyes pressed.',
// '"...!" she laughed.'
var speakingManners = fieldSet(`pressed presses asked asks replied replies repeated repeats shouted shouts yelled yells screamed screams laughed laughs joked jokes quipped quips snapped snaps cried cries exclaimed exclaims retorted retorts interjected interjects mocked mocks scoffed scoffs beamed beams mused muses exhorted exhorts sighed sighs teased teases chided chides boomed booms roared roars muttered mutters whispered whispers tweeted tweets posted posts wondered wonders demanded demands pleaded pleads countered counters added adds continued continues insisted insists responded responds chanted chants chimed chimes marveled marvels marvelled gushed gushes fumed fumes sneered sneers`)

// voicingVerbs are the finite verbs of raising one's voice, whose object
// is what was voiced: a quotation right after one is someone's words
// however short ('they chanted "USA!"', 'he barked, "Out!"').
var voicingVerbs = fieldSet(`shouted shouts shout yelled yells yell screamed screams scream chanted chants chant jeered jeers jeer barked barks hollered hollers exclaimed exclaims roared roars bellowed bellows heckled`)

// voicingParticiples are the participles of voicingVerbs, which voice a
// quotation after a comma on behalf of the clause before.
var voicingParticiples = fieldSet(`shouting yelling screaming chanting jeering barking hollering exclaiming roaring bellowing heckling`)

// coordinatedAct cuts a paraphrase holding a quotation ('branded the bill
// "a disgrace" and accused Democrats of lying') at the quotation's close
// when "and" and a reporting verb in the past follow it, and returns the
// second act the same speaker makes there ("accused Democrats of lying"),
// which has its own act and target; nil when none follows. Only a
// paraphrase whose own verb names the quotation (called, dubbed, branded
// ...) is cut: in 'Roe said the mayor called the plan "a disgrace" and
// denied it' the second verb is the mayor's. A second act holding a
// quotation of its own is left to that quotation's reading.
func (f *quoteFinder) coordinatedAct(a *attributor, q quotePair, hi int, clause *Span, quote Quote) *Quote {
	v := q.close + 2
	if q.close < 0 || v+2 >= hi || !a.lowerWordIs(q.close+1, "and") || !a.speechVerb(v, false) || clause.End <= a.to(v+1) ||
		!nameGivers[strings.ToLower(quote.Verb)] || !pastForm(strings.ToLower(a.word(v))) && !strings.HasSuffix(a.word(v), "s") || a.toks[v+1].kind != tokWord || a.lowerWordIs(v+1, "of") {
		return nil
	}
	c := v + 1
	if a.lowerWordIs(v, "told") {
		for k := c; k < hi && k <= c+3; k++ {
			if a.lowerWordIs(k, "that") {
				c = k // "and told reporters that ..."
				break
			}
		}
	}
	if a.lowerWordIs(c, "that") && c+1 < hi {
		c++ // "and denied that the port would close"
	}
	end := clause.End
	clause.End = a.to(q.close)
	verb := a.verbPhrase(v)
	return &Quote{Kind: QuoteIndirect, Span: Span{a.from(c), end}, Speaker: quote.Speaker, SpeakerSpan: quote.SpeakerSpan, Verb: verb.text, VerbSpan: verb.span}
}

// nameGivers name what their quotation says of their object: 'called the
// plan "a disgrace"' (namingForms, and "called" and "described").
var nameGivers = fieldSet(`called calls described describes dismissed dismisses rejected rejects ` + namingVerbs)

// pastForm reports whether a verb is in the past: a regular -ed form or
// one of the irregular reporting pasts.
func pastForm(w string) bool {
	return strings.HasSuffix(w, "ed") || pastVerbs[w] || w == "said" || w == "told"
}

// maxReportedReach bounds how far back reportedBefore looks for a
// reporting verb: the clause before a shout, not the sentence.
const maxReportedReach = 20

// maxAsideWords bounds an aside set off by commas inside the shout's
// subject ("the suspect, 34,", "the man, who was armed,").
const maxAsideWords = 8

// clauseStops end the look-back of reportedBefore: a word opening or
// joining another clause ("After the judge announced the verdict, Roe
// shouted", "Hale warned of delays and Roe shouted").
var clauseStops = fieldSet(`who whom whose which after when while before because if as amid although though since until once`)

// sayingVerbs take a clause as their object, so that a shout by two
// subjects joined by "and" may be what they report.
var sayingVerbs = fieldSet(`said says say told tells tell reported reports claimed claims stated states insisted insists added adds`)

// reportedBefore reports whether a reporting verb other than a verb of
// voicing governs the clause of token j: it stands before j with nothing
// but the shout's subject (two joined by "and" too), an aside set off by
// commas, a hearer and "that" between ("Police say the suspect yelled",
// "Police said the suspect, 34, yelled", "told reporters that protesters
// chanted"). A comma with no aside, a word opening another clause, or an
// "and" right before the shout ("denied the charges and yelled") ends the
// look-back.
func (a *attributor) reportedBefore(j, lo int) bool {
	for j > lo && a.toks[j].kind != tokWord {
		j-- // from the quotation mark back to the shout: 'yelled, "...'
	}
	joined := false // an "and" or "but" passed: "the suspect and his brother yelled", "warned of delays and Roe shouted"
	for k := j - 1; k >= lo && k >= j-maxReportedReach; k-- {
		if a.lowerWordIs(k, "and") || a.lowerWordIs(k, "but") {
			// "Roe denied the charges and yelled", "Witnesses said the
			// gunman opened fire and shouted": past the joining word only
			// a verb of saying before the clause reports the shout.
			joined = true
			continue
		}
		if a.toks[k].punct(a.text, ',') {
			c := k - 1
			for c >= lo && k-c <= maxAsideWords && !a.toks[c].punct(a.text, ',') {
				c--
			}
			if c < lo || k-c > maxAsideWords || c == lo || a.toks[c-1].kind != tokWord {
				return false
			}
			k = c // past the aside, to the word before it
			continue
		}
		if a.toks[k].kind != tokWord || clauseStops[strings.ToLower(a.word(k))] {
			return false
		}
		if !a.voicing(k) && a.speechVerb(k, false) {
			// Past a joining word, only a verb of saying reports, with a
			// clause after it ("said the suspect and his brother yelled"):
			// "praised the plan but protesters chanted" and "warned of
			// delays and Roe shouted" join two clauses of two subjects.
			return !joined || sayingVerbs[strings.ToLower(a.word(k))] && k+1 < len(a.toks) && !a.toks[k+1].is(wPrep) && !a.lowerWordIs(k+1, "of")
		}
	}
	return false
}

// subjectAfterJoin returns the subject of the verb at token j when it
// opens a clause joined by "and" or "but" to a clause with a verb before it
// ("The governor signed the bill and protesters chanted"): the few words
// between the joining word and j, when they are a noun phrase. Empty when
// no such join stands right before j.
//
// The phrase may hold "of" ("thousands of residents"), never ends in a
// verb ("who marched and rallied chanted"), and the verb before the join
// must head a clause: an "-ed" word after a preposition or determiner, or
// before "by", modifies a noun of the subject itself ("Families of
// kidnapped soldiers and their supporters", "Students led by their
// teachers and parents"), and one after a relative word is a relative
// clause's.
func (a *attributor) subjectAfterJoin(j, lo int) phrase {
	s := j
	for s > lo && j-s < 6 && a.toks[s-1].kind == tokWord && !a.lowerWordIs(s-1, "and") && !a.lowerWordIs(s-1, "but") &&
		(a.toks[s-1].upper || a.toks[s-1].is(wDet|wRole) || a.plainModifier(s-1) || possessivePronouns[strings.ToLower(a.word(s-1))] ||
			a.lowerWordIs(s-1, "of") && s < j) {
		s--
	}
	if s == j || s-1 <= lo || !(a.lowerWordIs(s-1, "and") || a.lowerWordIs(s-1, "but")) || a.lowerWordIs(s, "of") ||
		pastShaped(a, j-1) || a.toks[j-1].is(wVerb) {
		return phrase{}
	}
	for k := s - 2; k >= lo && k >= s-10 && a.toks[k].kind == tokWord; k-- {
		if !a.clauseVerbShaped(k) {
			continue
		}
		if k > lo && (a.toks[k-1].is(wPrep|wDet) || a.lowerWordIs(k-1, "of") || relativeWords[strings.ToLower(a.word(k-1))]) || a.lowerWordIs(k+1, "by") {
			continue
		}
		return phrase{s, j}
	}
	return phrase{}
}

// clauseVerbShaped reports whether the word at k may be a clause's verb:
// a known verb, or a past form ("signed", "withdrew").
func (a *attributor) clauseVerbShaped(k int) bool {
	w := strings.ToLower(a.word(k))
	return pastShaped(a, k) || a.toks[k].is(wVerb) || !a.toks[k].upper && (irregularPasts[w] || intransitivePasts[w])
}

// intransitivePasts are irregular past forms that end a clause of their
// own before a join ("The army withdrew and the crowd chanted", "the
// defendant stood and yelled"); clauseVerbShaped reads them as verbs.
var intransitivePasts = fieldSet(`stood sat knelt rose fell fled fought withdrew wept slept spoke ran came went left arrived`)

// endsInFunctionWord reports whether np ends in a determiner, a
// preposition, a demonstrative or a joining word: a subject cut short
// where a modifier or a relative clause began ("Relatives of the" jailed
// men, "Relatives of those" who fell).
func (a *attributor) endsInFunctionWord(np phrase) bool {
	e := np.to - 1
	return a.toks[e].is(wDet|wPrep) || a.lowerWordIs(e, "of") || a.lowerWordIs(e, "and") || a.lowerWordIs(e, "but") ||
		a.lowerWordIs(e, "those") || a.lowerWordIs(e, "these") // "Relatives of those" who fell in the war
}

// subjectAfterJoinedVerbs is subjectAfterJoin for a verb of voicing at j
// joined by "and" to an earlier verb of its clause ("The president
// arrived and Democrats booed and shouted", "protesters threw stones and
// chanted"): the subject of that earlier verb when a join stands before
// it in turn. Empty otherwise.
func (a *attributor) subjectAfterJoinedVerbs(j, lo int) phrase {
	if j-1 <= lo || !a.lowerWordIs(j-1, "and") {
		return phrase{}
	}
	for v := j - 2; v > lo && v >= j-6 && a.toks[v].kind == tokWord; v-- {
		if a.clauseVerbShaped(v) || a.voicing(v) {
			return a.subjectAfterJoin(v, lo)
		}
	}
	return phrase{}
}

// nounBefore returns the noun phrase that ends at token r-1, right before
// a relative word at r: "supporters" in "greeted by supporters who
// chanted", "the crowd" in "the crowd that chanted". Empty when no word
// ends there.
func (a *attributor) nounBefore(r, lo int) phrase {
	e := r
	if e-1 < lo || a.toks[e-1].kind != tokWord || a.toks[e-1].is(wPrep|wVerb|wAux|wPronoun) {
		return phrase{}
	}
	s := e - 1
	for s > lo && s > e-5 && a.toks[s-1].kind == tokWord && (a.toks[s-1].is(wDet) || a.toks[s-1].upper || a.plainModifier(s-1)) && !a.toks[s-1].is(wPrep) {
		s--
		if a.toks[s].is(wDet) {
			break
		}
	}
	return phrase{s, e}
}

// voicing reports whether the token at v is a verb of voicing in lower
// case, not the noun after a determiner or possessor ("the chants", "the
// crowd's yells").
func (a *attributor) voicing(v int) bool {
	if v < 0 || a.toks[v].kind != tokWord || a.toks[v].upper || !voicingVerbs[strings.ToLower(a.word(v))] {
		return false
	}
	return v == 0 || !(a.toks[v-1].is(wDet) || possessivePronouns[strings.ToLower(a.word(v-1))] || possessive(a.word(v-1)))
}

// voicedAt returns the token of the verb of voicing right before the
// quotation opening at token open, past a comma or colon, after lo; -1
// when there is none.
func (a *attributor) voicedAt(open, lo int) int {
	j := open - 1
	if j > lo && (a.toks[j].punct(a.text, ',') || a.toks[j].punct(a.text, ':')) {
		j--
	}
	if j >= lo && (a.voicing(j) || j > lo && voicingParticiples[strings.ToLower(a.word(j))] && a.toks[j-1].punct(a.text, ',')) {
		return j
	}
	return -1
}

// voicedBy reports whether the quotation opening at token open is the
// shout of the cue read for it: the verb of voicing right before it is
// that cue ('Protesters yelled "Go home!"'). A shout whose speaker was
// read from another verb ('Witnesses said the gunman shouted "..."', "Hale
// warned of delays and Roe shouted") is that speaker's report of it.
func (a *attributor) voicedBy(open, lo int, verb cue) bool {
	j := a.voicedAt(open, lo)
	return j >= 0 && verb.span.End > verb.span.Start && verb.span.Start <= a.from(j) && a.to(j) <= verb.span.End && !a.reportedBefore(j, lo)
}

// onlyAttribution reports whether tokens [lo, hi) hold nothing but an
// attribution: names, roles, a reporting verb, a time, "reporters".
func (a *attributor) onlyAttribution(lo, hi int) bool {
	for i := lo; i < hi; i++ {
		t := a.toks[i]
		switch {
		case t.kind == tokPunct:
		case t.kind != tokWord:
			return false
		case t.upper && !t.is(wPronoun), t.is(wRole | wVerb | wTime | wDet | wConnector):
		case a.lowerWordIs(i, "reporters") || a.lowerWordIs(i, "journalists"):
		default:
			return false
		}
	}
	return true
}

// trimEndPunct returns hi less the punctuation tokens that end toks[:hi].
func trimEndPunct(toks []token, hi int) int {
	for hi > 0 && toks[hi-1].kind == tokPunct {
		hi--
	}
	return hi
}

// commas counts the commas among toks.
func commas(text string, toks []token) int {
	n := 0
	for _, t := range toks {
		if t.punct(text, ',') {
			n++
		}
	}
	return n
}

// lowerWords counts the lower-case words of toks.
func lowerWords(toks []token) int {
	n := 0
	for _, t := range toks {
		if t.kind == tokWord && !t.upper {
			n++
		}
	}
	return n
}

// wordCountCap bounds cappedWords: every caller compares the count with a
// handful of words (maxCoordinatedObject, "fewer than four"), none with
// more than wordCountCap.
const wordCountCap = 16

// cappedWords counts the words among toks, up to wordCountCap: the rules
// ask whether a stretch holds a few words, and a sentence with no full stop
// may run for a megabyte, so the count stops once the answer is known
// instead of reading the rest of the sentence for every attribution in it.
func cappedWords(toks []token) int {
	n := 0
	for _, t := range toks {
		if t.kind == tokWord {
			if n++; n == wordCountCap {
				break
			}
		}
	}
	return n
}

// addIndirect records reported speech whose speaker is the phrase np.
func (f *quoteFinder) addIndirect(a *attributor, clause Span, np phrase, verb cue) {
	if a.passiveCue(verb) {
		// "senators accused of appeasing ...": the senators are charged;
		// the accuser goes unnamed.
		f.quotes = append(f.quotes, Quote{Kind: QuoteIndirect, Span: clause, Verb: verb.text, VerbSpan: verb.span})
		return
	}
	sp, span := f.speaker(a, np)
	span = a.relativeSpan(np, verb.span, span)
	f.quotes = append(f.quotes, Quote{Kind: QuoteIndirect, Span: clause, Speaker: sp, SpeakerSpan: span, Verb: verb.text, VerbSpan: verb.span})
	f.rememberAsked(a, verb)
}

// askingVerbs put a question to the person named after them.
var askingVerbs = fieldSet(`asked asks pressed questioned`)

// rememberAsked makes the person a question was put to ("asked chief
// negotiator Saeb Erakat whether ...") the one a later "he" or "she"
// means: the answer is theirs, not the asker's.
func (f *quoteFinder) rememberAsked(a *attributor, verb cue) {
	if !askingVerbs[strings.ToLower(verb.text)] {
		return
	}
	v := a.tokenAt(verb.span.Start, [2]int{0, len(a.toks)})
	if v >= len(a.toks) || a.toks[v].start != verb.span.Start {
		return
	}
	np := a.nameForward(v+1, len(a.toks))
	for k := np.from + 1; k < np.to; k++ {
		if w := strings.ToLower(a.word(k)); !a.toks[k].upper && (questionWords[w] || w == "if" || a.toks[k].is(wPrep)) {
			np.to = k // "asked Saeb Erakat whether Hamas ...": the question begins
			break
		}
	}
	if np.empty() || np.from != v+1 || a.toks[np.from].is(wPronoun) || !a.toks[np.to-1].upper || !a.isPersonLike(np) || a.isPlural(np) {
		return // "asked reporters", "asked him", "asked the ministry"
	}
	if np.to-np.from > 1 {
		f.rememberPerson(a, np)
	} else {
		f.lastPerson, f.lastPersonSpan = a.str(np), a.span(np)
	}
}

// reportPassives are the verbs of speech acts whose passive with an agent
// reports what the agent said of its subject: "The allegations were denied
// by the ministry", "Her death was confirmed by the foundation", "The
// warning was echoed by the mayor". A stance ("endorsed by the board") and
// a story "reported by Politico" are left out: no one's words.
var reportPassives = fieldSet(`echoed reiterated denied disputed contradicted dismissed confirmed announced disclosed revealed`)

// caseNouns are what a court dismisses: "The charges were dismissed".
var caseNouns = fieldSet(`case cases lawsuit lawsuits suit suits charge charges complaint complaints indictment indictments petition petitions motion motions appeal appeals`)

// appointmentNouns, confirmed by an agent, are votes and rulings, not a
// fact confirmed in words: "His nomination was confirmed by the Senate"
// (where "Her death was confirmed by the family" is their word).
var appointmentNouns = fieldSet(`nomination nominations nominee nominees appointment appointments appointee appointees pick choice treaty verdict sentence ruling conviction`)

// subjectHead is the head noun of the subject at tokens s..j: the word
// before its first preposition ("Allegations of corruption", "The
// allegations against him"), else its last word.
func (a *attributor) subjectHead(s, j int) int {
	for k := s + 1; k <= j; k++ {
		if a.toks[k].is(wPrep) || headEnders[strings.ToLower(a.word(k))] {
			return k - 1
		}
	}
	return j
}

// partHeads head a subject that names a part or a share of what follows
// "of": "Some of the allegations", "Details of the report". The passive
// then is about the noun after "of".
var partHeads = fieldSet(`all most some many much none few several any each both details detail parts part bulk rest majority number half`)

// headEnders end a noun phrase's head before its complement: "Allegations
// of corruption", "The allegations against him".
var headEnders = fieldSet(`of against about over on in from for with to that`)

// passiveWords are further words a passive denial denies, beside
// deniedMatters and speechNouns: "The remarks were dismissed by ...".
var passiveWords = fieldSet(`comment comments remark remarks account accounts warning warnings idea ideas theory theories`)

// rulingPassive reports whether the passive verb at v with the subject
// head w reports a ruling or a vote rather than words.
func rulingPassive(v, w string) bool {
	switch v {
	case "denied", "dismissed":
		// What someone said, or a part in a deed, is denied in words ("The
		// claims were denied by the ministry", "Involvement was denied by
		// the group"); anything else is a ruling or a firing ("Parole was
		// denied by the board", "The manager was dismissed by the club"),
		// and so is a case dismissed ("The charges were dismissed by a
		// judge").
		return !deniedMatters[w] && !speechNouns[w] && !passiveWords[w] || v == "dismissed" && caseNouns[w]
	case "confirmed":
		return appointmentNouns[w]
	}
	return false
}

// demonstratives open a noun phrase as a determiner ("That view was
// echoed by the mayor") as well as standing for one.
var demonstratives = fieldSet(`that this these those`)

// passiveSubjectWords is the most words a passive report's subject may
// have: the subject is read back from the verb a bounded way, so that a
// hostile sentence of many passives is not read back to its start for
// each.
const passiveSubjectWords = 12

// passiveReport reads a sentence's passive report with its agent named
// after "by" ('The claims were denied by the harbour board.', 'Her death
// was confirmed by the Island Forum.'): the agent speaks, and the
// words are the passive's subject, the matter reported, rejected or
// praised. The subject must be a noun phrase of its own clause (no
// pronoun or relative word, which stand for words elsewhere), and the
// agent a name or a role ("was rejected by 64 percent of voters" names no
// one). It reads one passive, the first, and looks at each "by" once.
func (f *quoteFinder) passiveReport(a *attributor, lo, hi int) {
	for k := lo + 2; k+1 < hi; k++ {
		if !a.lowerWordIs(k, "by") {
			continue
		}
		v := a.verbBeforeBy(k, lo, 3)
		if a.toks[v].upper || !reportPassives[strings.ToLower(a.word(v))] {
			continue
		}
		j, be := v-1, false
		for j > lo && a.toks[j].kind == tokWord && !a.toks[j].upper && (beForms[strings.ToLower(a.word(j))] || haveForms[strings.ToLower(a.word(j))] || a.toks[j].is(wAux) || a.toks[j].adverb) {
			be = be || beForms[strings.ToLower(a.word(j))]
			j--
		}
		if !be || a.toks[j].kind != tokWord || a.toks[j].is(wPronoun) || relativeWords[strings.ToLower(a.word(j))] {
			continue
		}
		s := j
		for s > lo && s > j-passiveSubjectWords && a.toks[s-1].kind == tokWord && !clauseOpeners[strings.ToLower(a.word(s-1))] && !subjectConjunctions[strings.ToLower(a.word(s-1))] && !a.lowerWordIs(s-1, "and") && !relativeWords[strings.ToLower(a.word(s-1))] {
			s--
		}
		if s-1 == lo && demonstratives[strings.ToLower(a.word(lo))] {
			s = lo // "That view was echoed by the mayor": a determiner, no relative word
		}
		if s == lo && a.toks[s].is(wLeadIn) && !a.toks[s].is(wDet) && !demonstratives[strings.ToLower(a.word(s))] && s < j {
			s++ // "But the move was ..."
		}
		if s > lo && (s <= j-passiveSubjectWords || !a.toks[s-1].punct(a.text, ',')) || a.toks[s].is(wPronoun) && !(s < j && demonstratives[strings.ToLower(a.word(s))]) || a.toks[s].is(wPrep) {
			continue // "When the case was argued by", "In it was ...": no subject of its own
		}
		if verb, head := strings.ToLower(a.word(v)), strings.ToLower(a.word(a.subjectHead(s, j))); rulingPassive(verb, head) && (!partHeads[head] || rulingPassive(verb, strings.ToLower(a.word(j)))) {
			continue // "Bail was denied by the court", "His nomination was confirmed by the Senate": no one's words
		}
		agent := a.nameForward(k+1, hi)
		if agent.empty() || agent.from != k+1 || a.toks[agent.from].is(wPronoun) || !a.toks[agent.to-1].upper && !a.toks[agent.to-1].is(wRole) {
			continue
		}
		sp, span := f.speaker(a, agent)
		verb := a.verbPhrase(v)
		f.quotes = append(f.quotes, Quote{Kind: QuoteIndirect, Span: Span{a.from(s), a.to(j)}, Speaker: sp, SpeakerSpan: span, Verb: verb.text, VerbSpan: verb.span})
		return
	}
}

// passiveClauseEnd returns where the words of a passive report with no
// agent, starting at token c, end (sentEnd when at the sentence's end): at
// a comma before a participle or a contrast ("is not expected to happen
// until 2019, giving employees time", "is expected to attend, though
// ..."), or at the first comma when a subordinate clause opens the
// sentence ("While many are expected to back her in November, she has
// ...").
func (a *attributor) passiveClauseEnd(lo, c, hi int, sentEnd int) int {
	sub := clauseOpeners[strings.ToLower(a.word(lo))] || a.lowerWordIs(lo, "and") && lo+1 < hi && clauseOpeners[strings.ToLower(a.word(lo+1))]
	for k := c + 1; k+1 < hi; k++ {
		if !a.toks[k].punct(a.text, ',') || a.toks[k+1].kind != tokWord || a.toks[k+1].upper && !sub {
			continue
		}
		w := strings.ToLower(a.word(k + 1))
		if sub || a.toks[k+1].is(wParticiple) || len(w) > 4 && strings.HasSuffix(w, "ing") && !objectGoesOn[w] || w == "though" || w == "although" || w == "but" {
			return a.to(k - 1)
		}
	}
	return sentEnd
}

// passiveCharge reads a charge in the passive with its agent named: "Roe,
// who has been accused by the board of hiding the losses", "the mayor was
// blamed by critics for the delay". The agent after "by" is the speaker;
// the passive's subject, before the form of "be" at token be (or the name
// a "who" there stands for), is the target; the words are the charge, from
// its preposition to the next comma or the sentence's end. "was hit by a
// storm" is no charge: the verb must accuse or condemn.
func (f *quoteFinder) passiveCharge(a *attributor, v, be, lo, hi int, sent Span) bool {
	w := strings.ToLower(a.word(v))
	prep, ok := chargePrepositions[actVerbs[w]]
	if !ok || !a.lowerWordIs(v+1, "by") {
		return false
	}
	k := v + 2
	for k < hi && k <= v+8 && a.toks[k].kind == tokWord && !strings.Contains(" "+prep+" ", " "+strings.ToLower(a.word(k))+" ") {
		k++
	}
	if k >= hi || k > v+8 || a.toks[k].kind != tokWord {
		return false
	}
	agent := a.nameForward(v+2, k)
	if agent.empty() || agent.from != v+2 || agent.to != k || a.toks[agent.from].is(wPronoun) || !a.toks[k-1].upper && !a.toks[k-1].is(wRole) {
		return false
	}
	end, endTok := sent.End, hi
	for i := k + 1; i < hi; i++ {
		if (a.toks[i].punct(f.text, ',') && !a.digitsAround(i) || a.toks[i].punct(f.text, ';')) && i > k+1 {
			end, endTok = a.to(i-1), i
			break
		}
	}
	if cappedWords(a.toks[k+1:endTok]) < 2 {
		return false
	}
	verb := a.verbPhrase(v)
	sp, span := f.speaker(a, agent)
	q := Quote{Kind: QuoteIndirect, Span: Span{a.from(k), end}, Speaker: sp, SpeakerSpan: span, Verb: verb.text, VerbSpan: verb.span}
	if t := a.chargedSubject(be, lo); !t.empty() {
		q.Target, q.TargetSpan = a.str(t), a.span(t)
	}
	f.quotes = append(f.quotes, q)
	return true
}

// digitsAround reports whether the comma at token i separates the digits
// of a number ("1,400"), with no space on either side.
func (a *attributor) digitsAround(i int) bool {
	s, e := a.toks[i].start, a.toks[i].end
	return s > 0 && e < len(a.text) && a.text[s-1] >= '0' && a.text[s-1] <= '9' && a.text[e] >= '0' && a.text[e] <= '9'
}

// chargePrepositions are the prepositions that open the charge after an
// accusing or condemning passive and its agent: "accused by X of",
// "blamed by X for", "charged by X with".
var chargePrepositions = map[Act]string{ActAccuse: "of for with", ActCondemn: "for over"}

// chargedSubject returns the subject of the passive whose form of "be" is
// at token be: the name or role right before its auxiliaries ("The mayor
// was"), or the name a relative "who" stands for ("Roe, who has been").
// A pronoun or anything else gives none.
func (a *attributor) chargedSubject(be, lo int) phrase {
	t := be - 1
	for t >= lo && a.toks[t].kind == tokWord && (a.toks[t].is(wAux) || beForms[strings.ToLower(a.word(t))] || a.toks[t].adverb) && !a.toks[t].upper {
		t--
	}
	if t < lo || a.toks[t].kind != tokWord {
		return phrase{}
	}
	if a.lowerWordIs(t, "who") {
		t--
		if t >= lo && a.toks[t].punct(a.text, ',') {
			t--
		}
	}
	if t < lo || a.toks[t].kind != tokWord || a.toks[t].is(wPronoun) {
		return phrase{}
	}
	np := a.nameBackward(t, lo)
	if np.empty() || np.to != t+1 || !a.toks[t].upper && !a.toks[t].is(wRole) {
		return phrase{}
	}
	return np
}

// passiveAgent returns the name after "by" right after the passive cue at
// token v, when only a time and "that" stand between it and the reported
// words at token c ("was reported by the BBC Thursday that"); else none.
func (a *attributor) passiveAgent(v, c int) phrase {
	if !a.lowerWordIs(v+1, "by") || !a.lowerWordIs(c-1, "that") {
		return phrase{}
	}
	np := a.nameForward(v+2, c-1)
	if np.empty() || !a.toks[np.to-1].upper && !a.toks[np.to-1].is(wRole) {
		return phrase{}
	}
	for k := np.to; k < c-1; k++ {
		if !a.toks[k].is(wTime) && !a.toks[k].is(wPrep) {
			return phrase{}
		}
	}
	return np
}

// relativeSpan returns where the attribution names its speaker when a
// relative "who" stands between the speaker phrase np and the cue ("Ted
// Cruz, who said he would ..."): the "who", as "he" is for "he said"; the
// speaker stays the name it refers to. Otherwise it returns span.
func (a *attributor) relativeSpan(np phrase, cue, span Span) Span {
	if np.empty() || cue.End <= cue.Start {
		return span
	}
	for k := np.to; k < len(a.toks) && k <= np.to+2 && a.from(k) < cue.Start; k++ {
		if a.lowerWordIs(k, "who") || a.lowerWordIs(k, "which") {
			return Span{a.from(k), a.to(k)}
		}
		if a.toks[k].kind == tokWord {
			return span
		}
	}
	return span
}

// speaker turns a speaker phrase into the speaker to record, resolving
// "he" and "she" to the last person named as a speaker and "it" to the
// last organisation, and remembers named speakers for what follows. The
// span is always the phrase's own ("he"), so a view can mark the words that
// attribute; the string is whom they refer to.
func (f *quoteFinder) speaker(a *attributor, np phrase) (string, Span) {
	// Only a lower-case relative word: "WHO chief Tedros" is the
	// organisation's acronym.
	if rest := (phrase{np.from + 1, np.to}); !rest.empty() && relativeWords[a.word(np.from)] &&
		(a.toks[rest.from].is(wPronoun) || !a.trimPhrase(rest).empty()) {
		np = rest // "..., which critics said": the relative word is no part of the speaker
	}
	if a.titleCase {
		for i := np.from + 1; i < np.to; i++ {
			if w := a.word(i); w == "Who" || w == "Which" || w == "Whose" {
				np.to = i // "President Who Pulled Troops Out of Iraq Says": the clause says what he did
				break
			}
		}
	}
	np = a.pastTagOrAge(np)
	if a.teaserButton(np) {
		np.from++ // "CLOSE President Ann Roe says ...": a video teaser's button
	}
	if a.cannotSpeak(np) {
		return "", Span{}
	}
	if poll := a.openingPoll(np); !poll.empty() {
		// "In a CNN poll released Monday, 31 percent of voters said ...":
		// the share answered the poll's questions; the poll reports them.
		np = poll
	}
	s, span := a.str(np), a.span(np)
	if last := a.toks[np.to-1]; last.upper && possessive(a.word(np.to-1)) {
		// "Donald Trump's claim that ...": the possessor speaks.
		span.End -= text.PossessiveLen(f.text[span.Start:span.End])
		s = f.text[span.Start:span.End]
	}
	if reporter := f.reporterAround(span); reporter != "" {
		// "Song said Governor Dole had said the plan would fail. He
		// said ...": a speaker inside another's reported words does not
		// take the reporter's place as the one a later "he" (or "it",
		// "they") means. "Fact checkers said Comey had said ... He also
		// said": a reporter who is no person leaves the person's place
		// to the speaker inside.
		defer f.keepReporter(reporter, f.lastNamed())
	}
	if np.to-np.from == 1 && len(s) == 4 && strings.Trim(s, "0123456789") == "" {
		return "", Span{} // "the Sept. 11, 2012, assault, said": a year is nobody
	}
	if n := text.PossessiveLen(s); np.to-np.from == 1 && n > 0 && subjectPronouns[strings.ToLower(s[:len(s)-n])] {
		s = s[:len(s)-n] // "he's said": the pronoun, whose "'s" is "has"
	}
	if np.to-np.from == 1 {
		s = pronounOfContraction(s) // "They've asked for": "they"
	}
	if np.to-np.from == 1 && (a.toks[np.from].is(wPronoun) || subjectPronouns[strings.ToLower(s)]) {
		switch {
		case lowerIs(s, "he") || lowerIs(s, "she"):
			if from, ok := f.reportedWordsBefore(a, np); ok {
				// "Ann Roe is a good candidate, he said": the speaker is no
				// one the words themselves name; "he" is the person who
				// spoke last before them, or stays "he" (an older person
				// named is as often someone else).
				if p := f.speakerBefore(strings.ToLower(s), from); p != "" {
					return p, span
				}
				return s, span
			}
			if p := f.clauseHolder(a, np, strings.ToLower(s)); p != "" {
				return p, span
			}
			if p := f.personFor(strings.ToLower(s)); p != "" {
				return p, span
			}
		case lowerIs(s, "it"):
			if f.lastGroup != "" {
				return f.lastGroup, span
			}
		case lowerIs(s, "they"):
			if f.lastPlural != "" {
				return f.lastPlural, span
			}
		}
		return s, span
	}
	if src := a.citedSource(np); !src.empty() {
		return f.speaker(a, src) // "CNN's Tom Hale, citing Israeli sources, reported": the sources' words, relayed
	}
	if from := a.documentFrom(np); !from.empty() {
		return f.speaker(a, from) // "A second statement, from Secretary Ann Roe, said": Roe's
	}
	if name, ok := f.bodyNamedBefore(a, np); ok {
		// "The Nonaligned Movement ... the group said": the body named.
		f.lastSpeaker, f.lastSpeakerSpan, f.lastGroup, f.lastGroupSpan = name, span, name, span
		return name, span
	}
	if name, _, ok := f.roleOfNamed(a, np); ok {
		if !a.toks[np.to-1].is(wPerson) {
			// "The agency said ... It added": "it" is the agency too.
			f.lastSpeaker, f.lastSpeakerSpan, f.lastGroup, f.lastGroupSpan = name, span, name, span
		} else {
			// "The president said ... he added": "he" is the president.
			f.lastSpeaker, f.lastSpeakerSpan, f.lastPerson, f.lastPersonSpan = name, span, name, span
		}
		return name, span
	}
	f.lastSpeaker, f.lastSpeakerSpan = s, span
	// A bare capitalised word ("Price", "Iran") may be either a person or
	// an organisation: it stands in for both until a fuller name decides.
	bare := np.to-np.from == 1 && a.toks[np.from].upper && !f.persons[strings.ToLower(a.word(np.to-1))]
	person := a.isPersonLike(np)
	if (bare || person) && !f.persons[strings.ToLower(a.word(np.to-1))] && notAPerson(s) {
		// "Iran", "Taliban", "United Nations": a country, a group or a
		// body speaks as "it" or "they", never as the "he" or "she" of
		// a later sentence.
		bare, person = false, false
	}
	if a.isPlural(np) || pluralHead(a, np) || a.plainRolePlural(np) {
		person = false // "fact checkers", "Republican senators": a later "they", never "he"
		// A capitalised plural opening a sentence ("Activists say ...")
		// is no bare name either: never the "he" of a later quotation.
		bare = bare && !a.isPlural(np) && !a.plainRolePlural(np)
	}
	if a.dataHeaded(np) {
		// "Video of the incident shows ...", "leaked filings show ...":
		// a recording or data shows without speaking, and is never the
		// "he" or "she" of a later quotation.
		bare, person = false, false
	}
	if name := a.appositiveName(np); !person && !name.empty() && !a.isPlural(np) {
		// "The press secretary, Sarah Sanders": the role's holder,
		// named after its comma, is the person a later "she" means.
		f.rememberPerson(a, name)
	} else if person && np.to-np.from > 1 && !a.toks[np.to-1].is(wRole) {
		f.rememberPerson(a, np)
	} else if person || bare {
		f.lastPerson, f.lastPersonSpan = s, span
	}
	if a.isPlural(np) || a.lastOfSpeakers(np) {
		f.lastPlural, f.lastPluralSpan = s, span
	}
	if !person || bare {
		f.lastGroup, f.lastGroupSpan = s, span
	}
	return s, span
}

// appositiveName is the full name closing a speaker phrase after a comma
// that follows a person's role ("The press secretary, Sarah Sanders":
// "Sarah Sanders"), empty for any other phrase.
func (a *attributor) appositiveName(np phrase) phrase {
	for c := np.to - 3; c > np.from; c-- {
		if !a.toks[c].punct(a.text, ',') {
			continue
		}
		name := phrase{c + 1, np.to}
		if !a.toks[c-1].is(wPerson) || !a.allNameWords(name) || !a.isPersonLike(name) {
			return phrase{}
		}
		return name
	}
	return phrase{}
}

// dataHeaded reports whether a speaker phrase is headed by a data or
// recording noun ("Video of the incident", "leaked filings from the
// audit", "New video appeared to"): one among its words before a
// preposition or a verb, with no name, person or role after it ("the
// survey director", "poll worker Ana Ruiz" are people). A phrase naming
// its maker after "by" ("data compiled by Bijan Amiri") is left as it
// is: the name may be the person a later "he" means.
func (a *attributor) dataHeaded(np phrase) bool {
	for k := np.from + 1; k+1 < np.to; k++ {
		if a.lowerWordIs(k, "by") && a.toks[k+1].upper {
			return false
		}
	}
	data := false
	for k := np.from; k < np.to; k++ {
		t := a.toks[k]
		if t.kind != tokWord || k > np.from && t.is(wPrep|wVerb|wSeem|wConnector) {
			break
		}
		w := strings.ToLower(a.word(k))
		switch {
		case dataNouns[w] || dataHeads[w] || footageNouns[w]:
			data = true
		case data && (t.upper || t.is(wRole|wPerson|wPlural)):
			return false
		}
	}
	return data
}

// reporterAround returns the speaker of the indirect quotation already
// found whose words hold span, or "" when none does.
func (f *quoteFinder) reporterAround(span Span) string {
	if before := strings.TrimRight(f.text[:span.Start], " "); strings.HasSuffix(before, ",") {
		return "" // "Some worried, Deb said, that ...": an aside naming who reports it all
	}
	for k := len(f.quotes) - 1; k >= 0 && k >= len(f.quotes)-4; k-- {
		q := f.quotes[k]
		if q.Kind == QuoteIndirect && q.Speaker != "" && q.Span.Start <= span.Start && span.End <= q.Span.End {
			return q.Speaker
		}
	}
	return ""
}

// keepReporter sets back each of the finder's memories of the last named
// speakers that held reporter in m, the memory from before a speaker
// inside reporter's words was read.
func (f *quoteFinder) keepReporter(reporter string, m namedSpeakers) {
	now := f.lastNamed()
	if m.speaker == reporter {
		now.speaker, now.speakerAt = m.speaker, m.speakerAt
	}
	if m.person == reporter {
		now.person, now.personAt = m.person, m.personAt
	}
	if m.group == reporter {
		now.group, now.groupAt = m.group, m.groupAt
	}
	if m.plural == reporter {
		now.plural, now.pluralAt = m.plural, m.pluralAt
	}
	f.restoreNamed(now)
}

// pluralHead reports whether the speaker phrase np ends in a lower-case
// noun with a plural -s ("checkers", "analysts"), not "-ss", "-us" or
// "-is" ("boss", "census", "analysis") nor a possessive.
func pluralHead(a *attributor, np phrase) bool {
	if np.empty() || a.toks[np.to-1].upper {
		return false
	}
	w := strings.ToLower(a.word(np.to - 1))
	return text.PossessiveLen(w) == 0 && pluralNoun(w)
}

// lastOfSpeakers reports whether the speaker phrase np is the last of a
// list of speakers joined by "; and", or by ", and" after a party tag
// ("Chairman Tom Berg, R-Ohio; and Chairman Joe Dahl, R-Ohio, said"): they
// speak together, and a "they" after them is theirs, told by the last
// one's name. A plain ", and" joins clauses as often ("The mayor met the
// governor, and the police chief said ...").
func (a *attributor) lastOfSpeakers(np phrase) bool {
	if np.from < 2 || !a.lowerWordIs(np.from-1, "and") {
		return false
	}
	return a.toks[np.from-2].punct(a.text, ';') ||
		a.toks[np.from-2].punct(a.text, ',') && np.from >= 3 && a.toks[np.from-3].kind == tokWord && partyTag(a.word(np.from-3))
}

// pastTagOrAge returns the name before a party-state tag or an age set off
// by commas ("Sen. Jane Roe, R-Ohio,", "Tom Doe, 45,"): the tag and the age
// describe the person named before them. Any other phrase is returned as
// it is.
func (a *attributor) pastTagOrAge(np phrase) phrase {
	if np.to-np.from != 1 || np.from < 2 || !a.toks[np.from-1].punct(a.text, ',') || np.to >= len(a.toks) || !a.toks[np.to].punct(a.text, ',') {
		return np // "Clinton, 43 said the same": a count of its own
	}
	if w := a.word(np.from); !partyTag(w) && !(len(w) <= 3 && strings.Trim(w, "0123456789") == "") {
		return np // a year ("the Sept. 11, 2012, assault") is no age
	}
	if name := a.nameBackward(np.from-2, 0); !name.empty() && name.to == np.from-1 && a.toks[name.to-1].upper && !a.cannotSpeak(name) {
		return name
	}
	return np
}

// partyTag reports whether a word is a party-state tag ("R-S.C.",
// "D-Ill", "I-Vt."): it follows a legislator's name and names no one.
func partyTag(w string) bool {
	return len(w) >= 3 && strings.IndexByte("RDI", w[0]) >= 0 && w[1] == '-' && w[2] >= 'A' && w[2] <= 'Z'
}

// cannotSpeak reports whether a speaker phrase cannot name a speaker: a
// party-state tag left without the name it follows ("R-S.C."), or a
// participle opening a clause of its own: "reacting Wednesday to the
// claims", "Having" (said all that). A participle before a role
// ("leading lawmakers") or a noun ("polling by the union") is a modifier
// of the speaker and stays.
func (a *attributor) cannotSpeak(np phrase) bool {
	if np.empty() {
		return false
	}
	if a.imperativeOpener(np) {
		return true // "Note his big concerns: ...": the reader is told to look
	}
	first := strings.ToLower(a.word(np.from))
	if np.to-np.from == 1 && (partyTag(a.word(np.from)) || auxParticiples[first] || a.toks[np.from].is(wPrep) && !a.toks[np.from].is(wPerson|wRole)) {
		return true // "Amid claims that ...", "Despite claims that ...": a preposition names no one
	}
	if np.to-np.from >= 2 && a.toks[np.from].upper && strings.HasSuffix(first, "ing") && len(first) > 5 && !a.toks[np.from].is(wRole) {
		// "Empowering Iran with relief is ...", "Defying Israel's
		// claims, ...": a participle whose object is a country or a
		// group; "Leading Democrats" and "Visiting Israelis" stay.
		if e, ok := gazetteer.Default().Lookup(a.str(phrase{np.from + 1, np.to})); ok && participleObjects[e.Kind] {
			return true
		}
	}
	if np.to-np.from >= 2 && a.toks[np.from].upper && strings.HasSuffix(first, "ing") && len(first) > 5 && !a.toks[np.from].is(wRole) {
		// "Rattling off promises to ...", "Making her way around ...",
		// "Adopting the recommendations ...": a participle with its
		// particle or its object's determiner opens a clause; "Leading
		// economists" and "Visiting Israelis" are people.
		if second := strings.ToLower(a.word(np.from + 1)); clauseParticles[second] || possessivePronouns[second] || a.toks[np.from+1].is(wDet) {
			return true
		}
	}
	return !a.toks[np.from].upper && strings.HasSuffix(first, "ing") && len(first) > 5 && np.to-np.from <= 2 &&
		(np.to-np.from == 1 && (np.to >= len(a.toks) || a.toks[np.to].kind != tokWord) || a.toks[np.from+1].is(wTime))
}

// auxParticiples are the participles of the auxiliaries: never a name,
// though capitalised at a sentence's start ("Having said that, ...").
var auxParticiples = fieldSet(`having being`)

// participleObjects are the kinds of name a sentence-opening participle
// takes as its object rather than as the noun it modifies: a country, its
// capital or seat, a place, a state body, a group.
var participleObjects = map[gazetteer.Kind]bool{gazetteer.Country: true, gazetteer.Capital: true, gazetteer.Seat: true,
	gazetteer.Place: true, gazetteer.Agency: true, gazetteer.Group: true, gazetteer.Organisation: true}

// notAPerson reports whether the gazetteer knows a name as a country, a
// capital, a people, a group, a party or a body: one that speaks as "it"
// or "they", never as "he" or "she".
func notAPerson(name string) bool {
	_, known := gazetteer.Default().Lookup(name)
	return known
}

// participleAt reports whether token k is a past participle after a
// noun ("the timeline released on Friday", "the account given to
// Congress"), which qualifies the noun and is no part of its phrase.
func (a *attributor) participleAt(k int) bool {
	w := strings.ToLower(a.word(k))
	return pastShaped(a, k) || len(w) > 4 && strings.HasSuffix(w, "en") && !a.toks[k].upper || irregularPasts[w]
}

// relativeWords open a relative clause whose subject follows them.
var relativeWords = fieldSet(`which who whom that`)

// namedAsOther reports whether a person's full name carries the mark of
// another holder: "Former Prime Minister Tom Hale" for "the former" and
// "the ex-" prime minister.
func namedAsOther(name, mark string) bool {
	low := strings.ToLower(name)
	return strings.Contains(low, mark) || mark == "ex-" && strings.Contains(low, "former")
}

// otherHolder words before a role mark a holder other than the one named
// with the bare title before: "the new prime minister", "the former
// spokesman" mean only a person named so ("Former Prime Minister ...").
var otherHolder = fieldSet(`new incoming outgoing next previous future former late acting interim caretaker other`)

// otherHolderPrefixes join another holder's mark to the title: "the
// ex-prime minister" (a "Former Prime Minister" too). "The then-president"
// is the holder named before, at that time.
var otherHolderPrefixes = []string{"ex-"}

// roleOfNamed resolves "the spokesman", "the foreign minister" to the
// nearest person named before with that role ("Foreign Ministry spokesman
// Nasser Kanaani"): a definite role with no name refers back.
//
// An organisation's role ("the agency", "the ministry") refers back to the
// nearest organisation named in apposition to that role: "Canada's foreign
// affairs agency, Global Affairs Canada".
func (f *quoteFinder) roleOfNamed(a *attributor, np phrase) (string, Span, bool) {
	if k := np.from - 1; !a.lowerWordIs(np.from, "the") {
		// "The embattled prime minister": the speaker phrase starts at the
		// role, and a word or two of description before it keep it
		// definite.
		for k >= 0 && np.from-k <= 2 && !a.toks[k].upper && (a.plainModifier(k) || k > 0 && a.lowerWordIs(k-1, "the") && a.toks[k].class == 0 && !a.toks[k].adverb) {
			k-- // "the embattled": a participle after "the" describes
		}
		if k >= 0 && a.lowerWordIs(k, "the") {
			np.from = k
		}
	}
	other := "" // "the former prime minister" is one named "Former Prime Minister ..."
	for i := np.from + 1; i < np.to; i++ {
		w := strings.ToLower(a.word(i))
		if otherHolder[w] {
			other = w
		}
		for _, pre := range otherHolderPrefixes {
			if strings.HasPrefix(w, pre) || w+"-" == pre {
				other = pre
			}
		}
	}
	if np.to-np.from < 2 || !a.lowerWordIs(np.from, "the") || !a.toks[np.to-1].is(wRole) || a.toks[np.to-1].is(wPlural) {
		return "", Span{}, false
	}
	for i := np.from + 1; i < np.to; i++ {
		if a.toks[i].upper && !(i == np.to-1 && a.toks[i].is(wPerson)) {
			return "", Span{}, false // "the President", capitalised as some outlets do, is still the role
		}
	}
	head := a.word(np.to - 1)
	if !a.toks[np.to-1].is(wPerson) {
		// The role's modifiers must name it too: "the news agency" is not
		// "the foreign affairs agency".
		return f.appositiveOrg(f.text[a.from(np.from+1):a.to(np.to-1)], a.from(np.from))
	}
	// "The vice president" is a vice president's role: the modifier must
	// stand before the title of the person named too.
	modifier := ""
	if m := strings.ToLower(a.word(np.to - 2)); titleModifiers[m] {
		modifier = m
	}
	// The nearest person named with the role, unless a country qualifies
	// the name ("President Lars Berg of Norway") and a holder named
	// without one comes before: a foreign holder is named with the
	// country because the bare title means the one the article is about,
	// and so does "the president".
	for pass, people := range [2][]Span{f.people, f.quotedPeople} {
		var qualified Span
		for k := len(people) - 1; k >= 0; k-- {
			p := people[k]
			if p.End > a.from(np.from) || other != "" && !namedAsOther(f.text[p.Start:p.End], other) {
				continue
			}
			if pass == 0 && slices.Contains(f.quotedPeople, p) {
				continue // named inside quoted words: only when the outlet names no holder (the second pass)
			}
			prev := ""
			for _, w := range strings.Fields(f.text[p.Start:p.End]) {
				if strings.EqualFold(w, head) && (modifier == "" && !titleModifiers[strings.ToLower(prev)] || modifier != "" && strings.EqualFold(prev, modifier)) {
					p = jointPart(f.text, p, head)
					if !f.countryQualified(p) {
						return f.text[p.Start:p.End], p, true
					}
					if qualified.End == 0 {
						qualified = p
					}
					break
				}
				prev = w
			}
		}
		if qualified.End > 0 {
			return f.text[qualified.Start:qualified.End], qualified, true
		}
	}
	return "", Span{}, false
}

// countryQualified reports whether the person named at span p is named
// with "of" and a country right after the name ("President Lars Berg of
// Norway"): the style that marks another country's holder of a
// title. A country adjective before the title ("Israeli Prime Minister
// ...") is how wire copy names every holder, the article's own included,
// and says nothing of whom a bare title means.
func (f *quoteFinder) countryQualified(p Span) bool {
	g := gazetteer.Default()
	isCountry := func(s string) bool {
		e, ok := g.Lookup(s)
		return ok && e.Kind == gazetteer.Country
	}
	rest, ok := strings.CutPrefix(f.text[p.End:min(len(f.text), p.End+40)], " of ")
	if !ok {
		return false
	}
	words := strings.Fields(rest)
	for n := 1; n <= min(3, len(words)); n++ {
		if isCountry(strings.TrimRight(strings.Join(words[:n], " "), ",.;:)")) {
			return true
		}
	}
	return false
}

// jointPart cuts a span naming two people joined by "and" ("Vice President
// Mike Pence and Secretary of State Mike Pompeo") to the one whose title
// holds the head word; a span naming one person is returned whole.
func jointPart(txt string, p Span, head string) Span {
	s := txt[p.Start:p.End]
	i := strings.Index(s, " and ")
	if i < 0 {
		return p
	}
	first, second := Span{p.Start, p.Start + i}, Span{p.Start + i + len(" and "), p.End}
	for _, w := range strings.Fields(txt[first.Start:first.End]) {
		if strings.EqualFold(w, head) {
			return first
		}
	}
	return second
}

// appositiveOrg finds, in the text before end (at most a few paragraphs
// back), the last "<head>, <Name>" where capitalised words set off by a
// comma name the organisation the role word describes.
func (f *quoteFinder) appositiveOrg(head string, end int) (string, Span, bool) {
	lo := max(0, end-3000)
	before := f.text[lo:end]
	for {
		i := strings.LastIndex(before, head+", ")
		if i < 0 {
			return "", Span{}, false
		}
		before = before[:i]
		if i > 0 && text.IsWordRune(rune(before[i-1])) {
			continue // the end of a longer word
		}
		start := lo + i + len(head) + 2
		j := start
		words := 0
		for j < end {
			w := firstField(f.text[j:end])
			core := strings.TrimRight(w, ",.;:")
			if !isCapitalisedWord(core) && !(words > 0 && titleSmallWords[core]) {
				break
			}
			words++
			j += len(core)
			if core != w || j >= end || f.text[j] != ' ' {
				break
			}
			j++
		}
		name := strings.TrimRight(f.text[start:j], " ")
		if words > 0 && name != "" {
			return name, Span{start, start + len(name)}, true
		}
	}
}

// question reads an indirect question: a form of "ask" whose object, if
// any, is followed by "whether", "if" or a wh-word opening the question
// ("asked whether she wanted Cruz to campaign", "when asked by a reporter
// if that remains his view", "asking Clinton pointedly whether"). The
// question is what was asked, to the sentence's end; the asker is the
// verb's subject when it has one ("when asked" names none). It reads only
// sentences with no other attribution, where a question beside another
// report is as often part of it, and not "asked about X", which names a
// topic rather than what was asked. A preposition other than "by" ends the
// object: in "ask Congress for money if the shutdown continues" or "asked
// for help when the storm hit" the "if" and "when" open a condition, not a
// question.
func (f *quoteFinder) question(a *attributor, lo, hi int) {
	for v := lo; v < hi; v++ {
		if a.toks[v].kind != tokWord || !askForms[strings.ToLower(a.word(v))] {
			continue
		}
		k := v + 1
		for k < hi && k <= v+5 && a.toks[k].kind == tokWord && !questionWords[strings.ToLower(a.word(k))] && !askObjectEnds[strings.ToLower(a.word(k))] {
			k++
		}
		if k >= hi || !questionWords[strings.ToLower(a.word(k))] {
			continue
		}
		end := trimEndPunct(a.toks, hi)
		if cappedWords(a.toks[k:end]) < 3 {
			continue
		}
		clause := Span{a.from(k), a.to(end - 1)}
		var np phrase
		if be := a.progressiveBe(v); be > lo {
			np = a.subject(be, lo) // "Maddow was asking Clinton whether"
		} else if j := a.skipBack(v-1, lo); j >= lo && a.toks[j].kind == tokWord && !subordinators[strings.ToLower(a.word(j))] && !beForms[strings.ToLower(a.word(j))] {
			np = a.subject(v, lo) // not "when asked", "was asked": the asker is unnamed
		}
		if !np.empty() {
			f.addIndirect(a, clause, np, a.cueAt(v, v))
			return
		}
		if agent := a.askAgent(v, k); !agent.empty() {
			// "was asked by a caller why ...". In "When asked by the judge
			// whether he understood, Smith nodded." the question ends at
			// the comma, where the answer's clause begins; a lead-in
			// ("Asked by X whether ..., Y said") has recorded it already.
			for c := k + 1; c < end; c++ {
				if a.toks[c].punct(a.text, ',') {
					clause.End = a.to(c - 1)
					break
				}
			}
			for _, q := range f.quotes[max(0, len(f.quotes)-4):] {
				if q.Span == clause {
					return
				}
			}
			f.quotes = append(f.quotes, f.askedBy(a, clause, agent, v))
			return
		}
		verb := a.cueAt(v, v)
		f.quotes = append(f.quotes, Quote{Kind: QuoteIndirect, Span: clause, Verb: verb.text, VerbSpan: verb.span})
		return
	}
}

// askAgent returns the one who asks in a passive "asked by ..." whose
// "asked" is token v: the name or the short noun phrase after "by",
// before token end (the question, or the comma closing a lead-in) and a
// time or place that follows it ("asked by Ingraham on Thursday about").
// It is empty when no "by" follows or the phrase is a pronoun.
func (a *attributor) askAgent(v, end int) phrase {
	if !a.lowerWordIs(v+1, "by") || v+2 >= end {
		return phrase{}
	}
	from := v + 2
	np := a.nameForward(from, end)
	if np.from != from || np.empty() {
		// "by a caller", "by one reporter": a determiner and up to two
		// plain words.
		to := from
		if a.phraseLead(from) {
			to++
			for to < end && to <= from+2 && a.toks[to].kind == tokWord && !a.toks[to].upper && a.toks[to].class&^(wRole|wPerson|wPlural) == 0 && !a.toks[to].adverb {
				to++
			}
		}
		if to == from+1 || to == from {
			return phrase{}
		}
		np = phrase{from, to}
	} else if t := a.toks[np.to-1]; !t.upper && !t.is(wPlural) && !strings.HasSuffix(a.word(np.to-1), "s") && !a.phraseLead(np.from) {
		return phrase{} // "asked by email", "by letter": a bare singular noun is the channel, not who asked
	}
	if a.toks[np.from].is(wPronoun) || np.to < end && a.toks[np.to].kind == tokWord && !a.toks[np.to].is(wPrep|wTime) && !questionWords[strings.ToLower(a.word(np.to))] && !a.toks[np.to].is(wVerb) {
		return phrase{}
	}
	return np
}

// askedBy makes the attribution of a question put by agent, the one named
// after "by" in a passive "asked" at token v. The agent is recorded as
// written and not remembered as a speaker: the sentence goes on with the
// answer of the one asked, whom a later "he" means.
func (f *quoteFinder) askedBy(a *attributor, clause Span, agent phrase, v int) Quote {
	sp := Span{a.from(agent.from), a.to(agent.to - 1)}
	return Quote{Kind: QuoteIndirect, Span: clause, Speaker: f.text[sp.Start:sp.End], SpeakerSpan: sp, Verb: a.word(v), VerbSpan: Span{a.from(v), a.to(v)}}
}

// askForms are the forms of "ask"; questionWords open what is asked.
var (
	askForms      = fieldSet(`ask asks asked asking`)
	questionWords = fieldSet(`whether if why how what which who when where`)
	subordinators = fieldSet(`when after if once before while`)
	askObjectEnds = fieldSet(`for about to on in with at from of`)
)

// byGerundReach is the most tokens between a sentence's subject and a
// "by" gerund read as the subject's speech.
const byGerundReach = 30

// byGerund reads a saying gerund after "by" that tells how the sentence's
// subject did something ('Smith launched his campaign by talking about the
// pier', 'The council hit back by accusing him of pandering'): the subject
// speaks, and the words are the gerund's clause, to the next comma or the
// sentence's end. It returns the token the words end before, or -1 when
// there is no subject or too few words.
func (f *quoteFinder) byGerund(a *attributor, v, lo, hi int) int {
	w := strings.ToLower(a.word(v))
	if a.toks[v].upper || len(w) < 6 || !strings.HasSuffix(w, "ing") {
		return -1
	}
	np := a.sentenceSubject(lo, v-1)
	if np.empty() || np.to >= v-1 || v-np.to > byGerundReach {
		return -1 // the subject's doing is read a bounded way, for a hostile sentence of many gerunds
	}
	if possessive(a.word(np.to - 1)) {
		return -1 // "Obama's aides are spinning it by claiming": the subject read short
	}
	for k := np.to; k < v; k++ {
		if a.toks[k].kind == tokPunct && !a.toks[k].punct(f.text, ',') {
			return -1 // "(Clinton won it by declaring ...)": an aside, not the subject's doing
		}
		if relativeWords[strings.ToLower(a.word(k))] || gerundPrepositions[strings.ToLower(a.word(k))] && k+1 < v && strings.HasSuffix(strings.ToLower(a.word(k+1)), "ing") {
			// "rejected the claim that officials jumped the gun by
			// claiming", "criticized him for moving right by warning":
			// the gerund is another clause's doing.
			return -1
		}
	}
	c := a.clauseAfter(v, hi)
	if h := a.hearerThat(v); h > v && h < hi {
		c = h + 1 // "by telling his hosts that ...": the words follow the hearer
	} else if w == "telling" {
		// "by telling Sen. Ann Roe, the chair, that ...": past the
		// hearer's aside; without a "that" the object is the hearer.
		c = -1
		for k := v + 2; k < hi && k <= v+14; k++ {
			if a.lowerWordIs(k, "that") {
				c = k + 1
				break
			}
		}
		if c < 0 {
			return -1
		}
	}
	end := hi
	for k := c; k < hi; k++ {
		if t := a.toks[k]; t.kind == tokPunct && !t.punct(f.text, '.') && !t.punct(f.text, '\'') && !t.punct(f.text, '%') {
			end = k // a comma, semicolon, bracket or dash ends the words
			break
		}
	}
	end = trimEndPunct(a.toks, end)
	if c >= end || cappedWords(a.toks[c:end]) < 2 || a.allNameWords(phrase{c, end}) {
		return -1 // "by urging House Speaker Ann Roe, ..., to act": the hearer alone
	}
	f.addIndirect(a, Span{a.from(c), a.to(end - 1)}, np, a.verbPhrase(v))
	return end
}

// maxCoordinatedReach bounds how far verbCoordinated looks past a name.
const maxCoordinatedReach = 12

// verbCoordinated reports whether ", and" and a lower-case word follow
// within a few words from token k, before hi: "added Smith, a shortstop,
// and cut Brown" is a list of deeds, not a speaker after the words ("a
// lawyer and former judge" is a description).
func (a *attributor) verbCoordinated(k, hi int) bool {
	for i := k; i+1 < hi && i < k+maxCoordinatedReach; i++ {
		if n := i + 1; a.lowerWordIs(i, "and") && i > k && a.toks[i-1].punct(a.text, ',') && a.toks[n].kind == tokWord && !a.toks[n].upper &&
			!a.toks[n].is(wDet|wPronoun) && !possessivePronouns[strings.ToLower(a.word(n))] && !partHeads[strings.ToLower(a.word(n))] && !a.lowerWordIs(n, "others") {
			// A determiner, pronoun or share (partHeads: "and many agree")
			// opens a new subject, not a deed.
			return true // ", and released Brown", not "a lawyer and former judge" nor ", and the crowd cheered"
		}
	}
	return false
}

// invertedCues are the reporting verbs besides "said" that stand before
// their speaker after the words: "..., wrote Ann Roe, the mayor's niece.",
// "..., predicted Tom Hale, a former governor."
var invertedCues = fieldSet(`wrote writes predicted predicts added noted explained argued warned insisted recalled concluded`)

// gerundPrepositions open a gerund of its own, whose doer a later "by"
// phrase may belong to ("criticized him for moving right by warning").
var gerundPrepositions = fieldSet(`for of after before without in on from about`)

// boundParticiple reads a saying participle or infinitive bound to its
// clause rather than set off by a comma: "issued a statement saying that
// ...", "with 30 percent of voters saying they ...", "took to Twitter to
// say he ...", "filed a lawsuit arguing that ...". The words are the
// clause after it when "that" opens it (or, after a form of "say", a
// subject pronoun), to the next comma; the speaker is the noun phrase after
// "with", else the sentence's subject. The other participles are the
// listed reporting ones, not every verb WordNet files under communication
// ("thinking that", "writing that"), which as often report nothing.
func (f *quoteFinder) boundParticiple(a *attributor, v, lo, hi int, sent Span) bool {
	saying := sayingForms[strings.ToLower(a.word(v))]
	if !saying && !(a.toks[v].is(wParticiple) && (a.toks[v].is(wVerb) || a.hearerThat(v) > v)) || a.toks[v].upper {
		return false
	}
	if v > lo && (a.toks[v-1].is(wDet) || possessivePronouns[strings.ToLower(a.word(v-1))] || possessive(a.word(v-1))) {
		return false // "his warning that the deal would collapse": the noun
	}
	if v > lo+1 && a.toks[v-2].is(wDet) && a.toks[v-1].kind == tokWord && !a.toks[v-1].upper && !a.toks[v-1].is(wRole) && strings.HasSuffix(strings.ToLower(a.word(v-1)), "ed") {
		return false // "with the implied warning that": a participle modifies the noun
	}
	c := v + 1
	if c < hi && a.lowerWordIs(c, "that") {
		c++
	} else if h := a.hearerThat(v); h > v && h < hi {
		c = h + 1 // "by telling his hosts that ...": the words follow the hearer
	} else if !saying || c >= hi || !subjectPronouns[strings.ToLower(a.word(c))] && !(a.lowerWordIs(c, "there") && c+1 < hi && beForms[strings.ToLower(a.word(c+1))]) {
		return f.withParticiple(a, v, lo, hi, sent)
	}
	if cappedWords(a.toks[c:hi]) < 4 {
		return false
	}
	// The clause is bound too: it ends at the next comma ("with 22 percent
	// saying they would not support him, former Gov. George Pataki at 20
	// percent"), where the words after the comma are the outlet's again.
	end := sent.End
	for k := c + 1; k < hi; k++ {
		if a.toks[k].punct(f.text, ',') {
			if k+2 < hi && (a.lowerWordIs(k+1, "and") || a.lowerWordIs(k+1, "but")) && a.lowerWordIs(k+2, "that") {
				continue // "arguing that A, and that B": one cue's two clauses
			}
			end = a.to(k - 1)
			break
		}
	}
	var np phrase
	subjEnd := v
	if o := a.openingDash(v-1, lo); o > lo && o+1 < v && asideMemberWords[strings.ToLower(a.word(o+1))] {
		subjEnd = o // "with some – including Sen. Ann Lee of Ohio – arguing": the aside says who among them
	}
	for k := subjEnd - 1; k >= lo && k >= subjEnd-8 && a.toks[k].kind == tokWord; k-- {
		if a.lowerWordIs(k, "with") {
			if k+1 < subjEnd && (subjEnd == v || k == lo || a.toks[k-1].punct(f.text, ',')) {
				// Past an aside, only a "with" that opens its clause: "met
				// with donors on Monday – a rare event – arguing" is the
				// lawmakers' argument.
				np = phrase{k + 1, subjEnd}
			}
			break
		}
	}
	if np.empty() && a.participleOpensSentence(lo, v) {
		// "After saying he was nervous, the man ...": the clause's subject
		// is the main clause's, after its comma.
		np = a.mainClauseSubject(v, hi)
	}
	if np.empty() {
		np = a.sentenceSubject(lo, v)
	}
	clause := Span{a.from(c), end}
	if np.empty() {
		verb := a.verbPhrase(v)
		f.quotes = append(f.quotes, Quote{Kind: QuoteIndirect, Span: clause, Verb: verb.text, VerbSpan: verb.span})
		return true
	}
	f.addIndirect(a, clause, np, a.verbPhrase(v))
	return true
}

// withParticiple reads the absolute construction "with NAME calling Y
// Z": a reporting participle (naming, urging, criticizing, calling for)
// whose subject is the name or group right after "with" ("..., with
// former Gov. Ann Roe calling the plan a fraud", "with Lee and Ortiz all
// calling for a recount"). Its words are what follows the verb, to the
// next comma or the sentence's end. Only a name or a role may be the
// subject: "with harsh words calling for ..." names no speaker.
func (f *quoteFinder) withParticiple(a *attributor, v, lo, hi int, sent Span) bool {
	if !a.toks[v].is(wParticiple) {
		return false
	}
	subjEnd := v
	for subjEnd-1 > lo && (a.toks[subjEnd-1].adverb || a.toks[subjEnd-1].is(wAux) && !a.toks[subjEnd-1].upper || a.lowerWordIs(subjEnd-1, "all") || a.lowerWordIs(subjEnd-1, "both")) {
		subjEnd-- // "with Cruz repeatedly calling", "with Lee and Ortiz all calling"
	}
	with := -1
	for k := subjEnd - 1; k >= lo && k >= subjEnd-10; k-- {
		if a.lowerWordIs(k, "with") {
			with = k
			break
		}
		if t := a.toks[k]; t.kind != tokWord && !t.punct(a.text, ',') && !t.punct(a.text, '.') && !t.punct(a.text, '\'') {
			return false
		}
	}
	if with < 0 || with+1 >= subjEnd {
		return false
	}
	np := phrase{with + 1, subjEnd}
	if last := a.toks[subjEnd-1]; !(last.upper || last.is(wPerson|wPlural)) || a.toks[np.from].is(wPronoun) {
		return false
	}
	c := a.clauseAfter(v, hi)
	if c >= hi || cappedWords(a.toks[c:hi]) < 2 {
		return false
	}
	end := sent.End
	for k := c + 1; k < hi && end == sent.End; k++ {
		if a.toks[k].punct(f.text, ',') {
			end = a.to(k - 1)
		}
		if a.lowerWordIs(k, "and") || a.lowerWordIs(k, "while") {
			// "with Trump calling for a ban and others supporting a
			// pause": a second subject and participle end the words.
			for i := k + 1; i < hi && i <= k+5 && a.toks[i].kind == tokWord; i++ {
				if w := strings.ToLower(a.word(i)); len(w) > 4 && strings.HasSuffix(w, "ing") && !a.toks[i].upper {
					end = a.to(k - 1)
					break
				}
			}
		}
	}
	f.addIndirect(a, Span{a.from(c), end}, np, a.verbPhrase(v))
	return false // the sentence's other clauses may report speech of their own
}

// participleOpensSentence reports whether the participle at token v opens
// its sentence, after a subordinator at most ("After saying ...", "While
// arguing ...", "Now, after arguing ..."): its subject is then the main
// clause's.
func (a *attributor) participleOpensSentence(lo, v int) bool {
	k := lo
	if k+1 < v && a.toks[k].is(wLeadIn) && a.toks[k+1].punct(a.text, ',') {
		k += 2 // "Now, after ..."
	}
	return k == v || k+1 == v && (a.opensSentence(k, v) || a.lowerWordIs(k, "by") || a.lowerWordIs(k, "in"))
}

// asideMemberWords open a dash aside that names some of the group before
// it: "with some – including Sen. Ann Lee – arguing".
var asideMemberWords = fieldSet(`including among such notably especially chiefly mostly`)

// sayingForms are the forms of "say" that hang off a clause.
var sayingForms = fieldSet(`saying say`)

// pastReportingThat reports whether token i is a listed reporting verb in
// the past tense right before "that" ("argued that", "insisted that"):
// with its subject out of reach ("Supporters of abortion rights, on the
// other hand, argued that ...") it still reports the clause. Present forms
// are left out: "the claims that", "notes that" are as often nouns.
func (a *attributor) pastReportingThat(i int) bool {
	t := a.toks[i]
	return a.lowerWordIs(i+1, "that") && t.is(wVerb) && !t.is(wObject|wNeedsThat|wNotSpeech) && !t.upper && strings.HasSuffix(a.word(i), "ed")
}

// continuedFragments gives a quoted fragment that found no speaker of its
// own, among the quotations of the paragraph from f.quotes[first], the
// speaker of the quotation before it: '"It is hard," said the senator,
// "because both sides are right."' and '"We were wary," said Ann Roe. Now,
// "most of us are on board."' go on quoting the same voice. Only a few
// lead-in words of the outlet's may open the fragment's sentence (or
// follow the attribution that interrupts it): a sentence that says more
// before the fragment ('The treaty defines a refugee as "..."') frames it
// with a subject of its own, which went unread.
func (f *quoteFinder) continuedFragments(a *attributor, bounds [][2]int, first int) {
	for k := first + 1; k < len(f.quotes); k++ {
		q := &f.quotes[k]
		if q.Kind != QuotePartial && q.Kind != QuoteScare || q.Speaker != "" {
			continue
		}
		// The quotation before it, past scare quotes and those it holds;
		// a run of scare quotes longer than a sentence holds ends the
		// search, so a paragraph of thousands stays linear.
		p := k - 1
		for steps := 0; p >= first && steps < maxFragmentLookBack && (f.quotes[p].Kind == QuoteScare || f.quotes[p].Span.End > q.Span.Start); steps++ {
			p--
		}
		if p < first || f.quotes[p].Kind == QuoteScare || f.quotes[p].Span.End > q.Span.Start {
			continue
		}
		prev := f.quotes[p]
		if prev.Kind == QuoteIndirect || prev.Speaker == "" || prev.SpeakerSpan.End > q.Span.Start {
			continue
		}
		open, lo := a.openingSentence(bounds, q.Span.Start)
		if open < 0 {
			continue
		}
		// The voice goes on in the sentence that holds the quotation
		// before it, or in the next: a sentence between ("Jones
		// disagreed.") may hand the words to someone else.
		if prevLo := sentenceStart(bounds, a.tokenAt(max(prev.Span.End, prev.SpeakerSpan.End)-1, [2]int{0, len(a.toks)})); prevLo < lo && prevLo != previousSentence(bounds, lo) {
			continue
		}
		// '"...," said Ann Roe, who runs the clinic, "and ..."': the
		// attribution splits one quotation, whose second half, however
		// short, ends the sentence it opened.
		split := prev.Kind == QuoteDirect && a.from(lo) < max(prev.Span.End, prev.SpeakerSpan.End, prev.VerbSpan.End) && a.toks[open-1].punct(a.text, ',')
		switch {
		case split && (q.Kind == QuotePartial || closesSentence(f.text, q.Span)):
			q.Kind = QuoteDirect
		case q.Kind == QuoteScare && prev.Kind == QuotePartial && coordinatedQuotes(f.text[prev.Span.End:q.Span.Start]):
			// 'shouting "Down with taxes" and "Free the press."': a quotation
			// joined to a voiced fragment by "and" is the same voice's.
			q.Kind = QuotePartial
		case q.Kind == QuoteScare || a.from(lo) >= prev.Span.End && (a.wordsBetween(lo, open) > fragmentLeadWords || !a.plainLead(lo, open)):
			continue
		}
		q.Speaker, q.SpeakerSpan, q.Verb = prev.Speaker, prev.SpeakerSpan, "(continued)"
	}
}

// coordinatedQuotes reports whether the text between two quotations, from
// the end of the first one's words to the start of the second's, is only
// their marks joined by "and" or "or" (or a comma of a list): '" and "',
// '," or "'.
func coordinatedQuotes(between string) bool {
	w := strings.Trim(between, "\"“”'‘’ ,")
	return w == "and" || w == "or" || w == "" && strings.Contains(between, ",")
}

// maxFragmentLookBack bounds how many quotations continuedFragments walks
// back over to find the one a fragment continues.
const maxFragmentLookBack = 8

// fragmentLeadWords is the most words of the outlet's that may open a
// sentence before a fragment for it to go on quoting the voice before it
// ("Now,", "But then,", "Said Comey,").
const fragmentLeadWords = 3

// fragmentLeads are the capitalised words that may open a fragment's
// sentence and hand it no new voice: "Now, "...", "But then, "..."".
var fragmentLeads = fieldSet(`now but then still and yet later also so instead meanwhile again said added`)

// plainLead reports whether the lead-in words [lo, open) before a fragment
// name no one and open no colon: "Jones: "..."" and "Then: "..."" hand the
// words to a new voice or a heading, "Now, "..."" does not.
func (a *attributor) plainLead(lo, open int) bool {
	first := true
	for _, t := range a.toks[lo:open] {
		switch {
		case t.kind == tokWord && t.upper && !(first && fragmentLeads[strings.ToLower(a.text[t.start:t.end])]):
			return false
		case t.kind == tokWord:
			first = false
		case t.punct(a.text, ':'):
			return false
		}
	}
	return true
}

// openingSentence returns the token of the opening mark of the quotation
// whose words start at byte start, and the first token of its sentence;
// -1 when no opening mark stands right before it.
func (a *attributor) openingSentence(bounds [][2]int, start int) (open, lo int) {
	i := a.tokenAt(start, [2]int{0, len(a.toks)}) // the quotation's first word
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if a.toks[k].kind == tokOpen {
			open = k
			return open, sentenceStart(bounds, open)
		}
	}
	return -1, 0
}

// sentenceIndex is the index of the sentence of bounds holding token i,
// or -1. The bounds are in order: a search, not a walk, so that a
// paragraph of thousands of sentences and quotations is not read once
// per quotation or pronoun.
func sentenceIndex(bounds [][2]int, i int) int {
	k := sort.Search(len(bounds), func(k int) bool { return bounds[k][1] > i })
	if k < len(bounds) && bounds[k][0] <= i {
		return k
	}
	return -1
}

// sentenceStart is the first token of the sentence of bounds holding token
// i, or 0.
func sentenceStart(bounds [][2]int, i int) int {
	if k := sentenceIndex(bounds, i); k >= 0 {
		return bounds[k][0]
	}
	return 0
}

// previousSentence is the first token of the sentence before the one that
// starts at token lo, or -1.
func previousSentence(bounds [][2]int, lo int) int {
	k := sort.Search(len(bounds), func(k int) bool { return bounds[k][0] >= lo })
	if k == 0 {
		return -1
	}
	return bounds[k-1][0]
}

// wordsBetween counts the words among tokens [from, to).
func (a *attributor) wordsBetween(from, to int) int {
	n := 0
	for _, t := range a.toks[from:to] {
		if t.kind == tokWord {
			n++
		}
	}
	return n
}

// settingNouns are the occasions of speech a writer names again with "the"
// once named: "Assad has denied in an interview ... he said in the
// interview". Only an interview has one speaker besides the asker: at "the
// news conference", "the hearing" or "the briefing" many speak, and "the
// statement" may be anyone's.
var settingNouns = fieldSet(`interview`)

// settingAfter returns the occasion noun named right after the reporting
// verb ending at byte end ("said in the interview", "denied in an
// interview", "told reporters at a briefing" is not read), and whether its
// determiner is definite.
func settingAfter(text string, end int) (noun string, definite bool) {
	words := strings.Fields(text[end:min(len(text), end+60)])
	if len(words) < 3 {
		return "", false
	}
	if p := strings.ToLower(words[0]); p != "in" && p != "during" && p != "at" {
		return "", false
	}
	det := strings.ToLower(words[1])
	switch det {
	case "the":
		definite = true
	case "a", "an", "his", "her", "their", "its":
	default:
		return "", false
	}
	for _, w := range words[2:min(len(words), 5)] {
		w = strings.ToLower(strings.TrimRight(w, ".,;:!?\"'”’)"))
		if settingNouns[w] {
			return w, definite
		}
	}
	return "", false
}

// settingSpeakers gives a quotation attributed to "he" or "she" "in the
// interview" (or statement, speech ...) to the speaker an earlier
// attribution placed in such an occasion, when the pronoun was read as
// someone else: '... Assad has denied in an interview that ... President
// Obama has called on Congress ... "...," he said in the interview.' The
// definite occasion names whose words these are more surely than the
// last person named.
func settingSpeakers(text string, quotes []Quote) {
	for i := range quotes {
		q := &quotes[i]
		if q.VerbSpan.End <= q.VerbSpan.Start || q.SpeakerSpan.End <= q.SpeakerSpan.Start || q.SpeakerSpan.End > len(text) {
			continue
		}
		if pr := strings.ToLower(text[q.SpeakerSpan.Start:q.SpeakerSpan.End]); pr != "he" && pr != "she" {
			continue
		}
		noun, definite := settingAfter(text, q.VerbSpan.End)
		if !definite {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			o := quotes[j]
			if o.VerbSpan.End <= o.VerbSpan.Start || o.Speaker == "" || o.VerbSpan.End >= q.VerbSpan.Start {
				continue
			}
			if n, _ := settingAfter(text, o.VerbSpan.End); n != noun {
				continue
			}
			if r, _ := utf8.DecodeRuneInString(o.Speaker); unicode.IsUpper(r) && !subjectPronouns[strings.ToLower(o.Speaker)] && o.Speaker != q.Speaker &&
				!speakerDeterminers[strings.ToLower(firstField(o.Speaker))] { // "The ministry" gave no interview a "he" could mean
				q.Speaker = o.Speaker
			}
			break
		}
	}
}

// samePronounReporters gives a quotation whose speaker is a pronoun
// inside the words of an indirect quotation whose speaker is the same
// pronoun ("he said on ABC he agrees Trump is ...") the outer one's
// speaker: one person says both, whoever was named last before them.
func samePronounReporters(text string, quotes []Quote) {
	for i := range quotes {
		in := &quotes[i]
		sp := in.SpeakerSpan
		if sp.End <= sp.Start || sp.End > len(text) || sp.End-sp.Start > 4 || !subjectPronouns[strings.ToLower(text[sp.Start:sp.End])] {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-6; j-- {
			out := quotes[j]
			osp := out.SpeakerSpan
			if out.Kind != QuoteIndirect || out.Speaker == "" || osp.End <= osp.Start || osp.End > len(text) ||
				!(out.Span.Start <= sp.Start && sp.End <= out.Span.End) {
				continue
			}
			if strings.EqualFold(text[osp.Start:osp.End], text[sp.Start:sp.End]) && in.Speaker != out.Speaker {
				same := in.SpeakerSpan
				for k := range quotes {
					if quotes[k].SpeakerSpan == same {
						quotes[k].Speaker = out.Speaker
					}
				}
			}
			break
		}
	}
}

// speakerDeterminers open a speaker phrase that names a body or a role,
// not a person by name: "The ministry", "a spokesman".
var speakerDeterminers = fieldSet(`the a an`)

// openingPoll returns the poll a sentence opens with when np, the subject
// after its comma, is a share of those polled: "In a Post-ABC poll
// released Sunday, just 8 percent of Democrats said ...". The phrase runs
// from the determiner after "In" to the comma and must hold a poll or
// survey noun. It is empty for any other subject or opening.
func (a *attributor) openingPoll(np phrase) phrase {
	comma := np.from - 1
	if comma < 2 || !a.toks[comma].punct(a.text, ',') || a.titleCase || !a.respondentShare(np) {
		return phrase{}
	}
	for i := comma - 2; i >= 0 && i >= comma-pollPhraseWords; i-- {
		t := a.toks[i]
		if t.kind != tokWord && !t.punct(a.text, '/') && !t.punct(a.text, '-') && !t.punct(a.text, '.') && !t.punct(a.text, '\'') {
			return phrase{}
		}
		if a.word(i) != "In" {
			continue
		}
		if i > 0 && !a.toks[i-1].punct(a.text, '.') && a.toks[i-1].kind != tokClose {
			return phrase{} // "In" opens the sentence
		}
		if !a.toks[i+1].is(wDet) {
			return phrase{}
		}
		for k := i + 2; k < comma; k++ {
			if pollNouns[strings.ToLower(a.word(k))] {
				return phrase{i + 1, comma}
			}
		}
		return phrase{}
	}
	return phrase{}
}

// pollPhraseWords bounds the tokens of an opening "In a ... poll ...,"
// phrase: "In a New York Times/CBS News survey released last Thursday,".
const pollPhraseWords = 16

// pollNouns head the phrase of a poll that reports the answers of a share
// of those it asked.
var pollNouns = fieldSet(`poll polls survey surveys`)

// respondentShare reports whether a subject phrase is a share of people
// counted by a poll: "31 percent of voters", "54% of Democrats", "six in
// 10 Republicans", "a majority of those asked".
func (a *attributor) respondentShare(np phrase) bool {
	for i := np.from; i < np.to && i <= np.from+3; i++ {
		w := strings.ToLower(a.word(i))
		switch {
		case w == "percent" || strings.HasSuffix(w, "%"):
			return true
		case w == "in" && i+1 < np.to && (a.word(i+1) == "10" || strings.EqualFold(a.word(i+1), "ten")):
			return true
		case w == "majority" || w == "plurality":
			return true
		}
	}
	return false
}
