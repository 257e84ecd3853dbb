package corpus

import (
	"cmp"
	"slices"
	"strings"
)

// maxInnerPerQuote bounds the attributions read inside one direct
// quotation: a quoted speech of many sentences reports a handful of
// others at most, and a hostile one is not read for thousands.
const maxInnerPerQuote = 8

// speechInQuotes finds reported speech inside the words of the paragraph's
// direct quotations (from f.quotes[first]): '"The president said the
// safety report is nonsense," Ms. Roe wrote.' reports the president's
// denial inside Roe's words. The reported sentences are read only for
// sentences with no quotation marks (paragraph), so without this an inner
// speaker is lost and the outer quotation carries the inner act as if it
// were the outer speaker's own.
//
// An inner attribution must lie wholly inside the quoted words, its
// speaker and cue included, and name a speaker of its own: a pronoun
// inside a quotation ("I told him", "we said", "he told me") speaks from
// the quoted speaker's place, whom the outlet's last-named speaker often
// is not; "I" and "we" are the quoted speaker, who already holds the
// words. Each inner attribution goes right after the quotation holding
// it, so that it follows its holder in text order as a layered report's
// inner layer does.
//
// The finder's memory of speakers ("he" for a later "he said") is left as
// it was: a name inside someone's quoted words is not the speaker the
// outlet goes on about.
func (f *quoteFinder) speechInQuotes(a *attributor, first int, pairs []quotePair, bounds [][2]int) {
	saved := f.lastNamed()
	people := len(f.people)
	defer func() {
		f.restoreNamed(saved)
		f.people = f.people[:people]
	}()
	var held []heldReport
	for qi := first; qi < len(f.quotes); qi++ {
		q := f.quotes[qi]
		if q.Kind != QuoteDirect || q.Speaker == "" {
			continue
		}
		// The pairs are in text order: the one whose words these are is
		// found by halving, not by reading them all for every quotation.
		pi, _ := slices.BinarySearchFunc(pairs, q.Span.Start, func(p quotePair, at int) int { return cmp.Compare(p.span.Start, at) })
		if pi >= len(pairs) || pairs[pi].span != q.Span {
			continue
		}
		lo, hi := pairs[pi].open+1, len(a.toks)
		if pairs[pi].close >= 0 {
			hi = pairs[pi].close
		}
		n := len(f.quotes)
		// Only the sentences the words overlap, found by halving: a long
		// paragraph of many quotations is not read whole for each.
		bi, _ := slices.BinarySearchFunc(bounds, lo, func(b [2]int, at int) int { return cmp.Compare(b[1], at+1) })
		for _, b := range bounds[bi:] {
			if b[0] >= hi {
				break
			}
			s, e := max(lo, b[0]), min(hi, b[1])
			if e-s < 4 || len(f.quotes)-n >= maxInnerPerQuote {
				continue
			}
			var class wordClass
			for _, t := range a.toks[s:e] {
				class |= t.class
			}
			if class&(wVerb|wThatClause|wPhrasal|wAccording) == 0 {
				continue
			}
			f.reported(a, s, e, class)
		}
		for _, in := range f.quotes[n:] {
			if f.innerAttribution(q, in) {
				in.Span.End = f.innerWordsEnd(in.Span)
				held = append(held, heldReport{qi, in})
			}
		}
		f.quotes = f.quotes[:n]
		f.walked = min(f.walked, n) // no walk passed the words read here
	}
	f.insertHeld(first, held)
}

// heldReport is an attribution found inside the words of f.quotes[holder].
type heldReport struct {
	holder int
	q      Quote
}

// insertHeld puts each held report right after the quotation holding it,
// in one pass over the paragraph's attributions (from f.quotes[first]),
// so that a paragraph of many quotations is not moved about once per
// quotation. held is in the order of its holders. The indexes the finder
// keeps into f.quotes (run, walked) move with the attributions.
func (f *quoteFinder) insertHeld(first int, held []heldReport) {
	if len(held) == 0 {
		return
	}
	old := slices.Clone(f.quotes[first:])
	at := make([]int, len(old)+1) // each old attribution's new index, and the new end
	f.quotes = f.quotes[:first]
	h := 0
	for i, q := range old {
		at[i] = len(f.quotes)
		f.quotes = append(f.quotes, q)
		for h < len(held) && held[h].holder == first+i {
			f.quotes = append(f.quotes, held[h].q)
			h++
		}
	}
	at[len(old)] = len(f.quotes)
	for i, r := range f.run {
		if r >= first {
			f.run[i] = at[r-first]
		}
	}
	if f.walked >= first && f.walked-first <= len(old) {
		f.walked = at[f.walked-first]
	}
}

// moveAfter moves the attributions from f.quotes[n] on to right after
// f.quotes[qi], the attribution holding them, so that they follow it in
// text order, and returns how many moved. The indexes the finder keeps
// into f.quotes (run, walked) move with them.
func (f *quoteFinder) moveAfter(qi, n int) int {
	k := len(f.quotes) - n
	if k <= 0 || n == qi+1 {
		return max(k, 0)
	}
	tail := slices.Clone(f.quotes[n:])
	copy(f.quotes[qi+1+k:], f.quotes[qi+1:n])
	copy(f.quotes[qi+1:], tail)
	for i, r := range f.run {
		if r > qi {
			f.run[i] = r + k
		}
	}
	if f.walked > qi {
		f.walked += k
	}
	return k
}

// quotedCueLayers records the inner layer of each of the paragraph's
// paraphrases (from f.quotes[first]) whose words open with a name and a
// quotation starting with a cue: 'Roe wrote that the mayor "believed the
// report was a lie"' reports the mayor's belief inside Roe's words, as
// 'Roe wrote that the mayor believed ...' does. The quoted words are the
// outer speaker's; the cue and what follows it are the inner speaker's.
// The finder's memory of speakers stays the outer speaker's, whose
// paraphrase this is.
func (f *quoteFinder) quotedCueLayers(a *attributor, first int, pairs []quotePair) {
	saved := f.lastNamed()
	people := len(f.people)
	defer func() {
		f.restoreNamed(saved)
		f.people = f.people[:people]
	}()
	for qi := first; qi < len(f.quotes); qi++ {
		q := f.quotes[qi]
		if q.Kind != QuoteIndirect || q.Speaker == "" || q.VerbSpan.End <= q.VerbSpan.Start || q.VerbSpan.End > q.Span.Start {
			continue // the cue must come first: in 'Nour "decided ...," its spokesman said' the name opens the spokesman's words
		}
		// The first pair opening inside the words, found by halving.
		pi, _ := slices.BinarySearchFunc(pairs, q.Span.Start, func(p quotePair, at int) int { return cmp.Compare(a.from(p.open), at) })
		for pi < len(pairs) && pairs[pi].open <= 0 {
			pi++
		}
		if pi >= len(pairs) || !q.Span.Contains(a.from(pairs[pi].open)) {
			continue
		}
		p := pairs[pi]
		c := p.open - 1
		for c > 0 && a.from(c-1) >= q.Span.Start {
			c--
		}
		v := p.open + 1
		if a.from(c) != q.Span.Start || v >= len(a.toks) || p.close >= 0 && v >= p.close {
			continue
		}
		np := a.nameForward(c, p.open)
		if np.empty() || np.from != c || np.to != p.open || a.toks[np.from].is(wPronoun) || !a.toks[np.to-1].upper && !a.toks[np.to-1].is(wRole) {
			continue
		}
		if w := strings.ToLower(a.word(v)); !innerCue(w) && !beliefCues[w] || a.toks[v].upper {
			continue // "decided to withdraw" is a deed reported, no one's words or mind
		}
		hi := len(a.toks)
		for hi > v && a.from(hi-1) >= q.Span.End {
			hi--
		}
		c2 := a.clauseAfter(v, hi)
		if c2 >= hi || cappedWords(a.toks[c2:hi]) < 3 {
			continue
		}
		n := len(f.quotes)
		f.addIndirect(a, Span{a.from(c2), q.Span.End}, np, a.verbPhrase(v))
		// After the quotations inside its words ('Roe wrote that X
		// "thought ..." and "..."'), which are the outer speaker's and
		// read as such first: the inner report holds them all.
		at := qi
		for at+1 < n && f.quotes[at+1].Span.Start < f.quotes[n].Span.End {
			at++
		}
		f.moveAfter(at, n)
	}
}

// innerAttribution reports whether the attribution in, read inside the
// words of the direct quotation q, is one of another speaker's: its
// speaker, cue and words all inside q's words, and its speaker named
// rather than a pronoun of the quoted speaker's.
func (f *quoteFinder) innerAttribution(q, in Quote) bool {
	if in.Kind != QuoteIndirect || in.Speaker == "" || in.SpeakerSpan.End <= in.SpeakerSpan.Start || in.VerbSpan.End <= in.VerbSpan.Start {
		return false
	}
	for _, s := range []Span{in.Span, in.SpeakerSpan, in.VerbSpan} {
		if s.Start < q.Span.Start || s.End > q.Span.End {
			return false
		}
	}
	if unasserted(f.text[q.Span.Start:in.SpeakerSpan.Start]) {
		return false // "If the president said ..., he would be lying", "Did the president say ...?": no saying reported
	}
	if w := strings.Fields(f.text[q.Span.Start:in.SpeakerSpan.Start]); len(w) > 0 && strings.EqualFold(strings.Trim(w[len(w)-1], ",;:\"'“”‘’"), "as") {
		return false // "As Mark Twain said, rumors of my demise ...": a saying the quoted speaker borrows, no report
	}
	sp := f.text[in.SpeakerSpan.Start:in.SpeakerSpan.End]
	return innerCue(in.Verb) && innerSpeaker(sp) && !namesItself(sp, q.Speaker, f.text[q.SpeakerSpan.Start:q.SpeakerSpan.End]) &&
		(strings.EqualFold(firstField(in.Verb), "according") || innerOpensClause(f.text[in.Span.Start:in.Span.End]))
}

// hypotheticalWords put what follows in a condition; questionAuxiliaries open
// a question when they open the sentence.
var (
	hypotheticalWords   = fieldSet(`if unless whether`)
	questionAuxiliaries = fieldSet(`did does do didn't doesn't don't has have had can could would should will`)
)

// unasserted reports whether the talk before an inner speaker (from the
// quotation's start) puts the saying in a condition or a question: a
// condition word among its last three words ("If in fact the president
// said"), or an auxiliary opening its sentence ("Did the president say").
// An emphatic "officials did say" asserts.
func unasserted(before string) bool {
	sentence := before
	if k := strings.LastIndexAny(before, ".?!"); k >= 0 {
		sentence = before[k+1:]
	}
	w := strings.Fields(strings.ToLower(sentence))
	for k := len(w) - 1; k >= 0 && k >= len(w)-3; k-- {
		if hypotheticalWords[strings.Trim(w[k], ",;:\"'“”‘’")] {
			return true
		}
	}
	return len(w) == 1 && questionAuxiliaries[strings.Trim(w[0], ",;:\"'“”‘’")]
}

// innerWordsEnd returns where an inner report's words end inside a quoted
// speaker's talk: before a ", which" clause running to the end, or a ",
// but" with a subject of its own, that turns back to the quoted speaker's
// own comment ('"The Times reported that I lied, which is false," Roe
// said'), when words enough are left before it. A "which" clause set off
// inside the report ("the report, which was leaked on Monday, was
// fabricated") is the report's.
func (f *quoteFinder) innerWordsEnd(sp Span) int {
	words := strings.TrimRight(f.text[sp.Start:sp.End], ",.;:!? ")
	if k := strings.Index(words, ", which "); k >= 0 && len(strings.Fields(words[:k])) >= 2 && !strings.Contains(words[k+2:], ",") {
		return sp.Start + k // a "which" clause running to the end: the speaker's comment on the report
	}
	if k := strings.Index(words, ", but "); k >= 0 && len(strings.Fields(words[:k])) >= 2 {
		if next := strings.Fields(strings.ToLower(words[k+len(", but "):])); len(next) > 0 && turnSubjects[strings.Trim(next[0], ",.")] {
			return sp.Start + k // ", but that is false", ", but I never did": a clause of the speaker's own
		}
	}
	return sp.End
}

// turnSubjects open a clause of the quoted speaker's own after ", but":
// "..., but that is false", "..., but I never did". An adjective ("legal,
// but regrettable") goes on with the report.
var turnSubjects = fieldSet(`i we that this it that's it's i've we've i'm we're`)

// innerOpensClause reports whether reported words read inside someone's
// quoted talk open as words reported do, with a clause or "to" (the words
// "according to" a source may open with anything): talk
// runs on past a cue in ways prose does not ("said this week, ...",
// "asked of the secretaries", "wrote it in the car", "the questions asked
// in this debate"), and what follows is then the cue's setting or object,
// no one's words.
func innerOpensClause(content string) bool {
	w := strings.FieldsFunc(strings.ToLower(content), func(r rune) bool {
		return r == ' ' || r == ',' || r == '.' || r == '"' || r == '\'' || r == '‘' || r == '’' || r == '“' || r == '”'
	})
	if len(w) < 4 {
		return false
	}
	if w[0] != "to" && classOf(w[0])&(wPrep|wTime) != 0 || classOf(w[1])&wTime != 0 && classOf(w[0])&wDet != 0 {
		return false // "in this debate", "this week"
	}
	if objectWords[w[0]] && classOf(w[1])&wPrep != 0 {
		return false // "wrote it in the car"
	}
	return !(w[0] == "a" && w[1] == "lot")
}

// objectWords are the pronouns that, right after a cue and before a
// preposition, are its object: "wrote it in the car".
var objectWords = fieldSet(`it this that them him her`)

// namesItself reports whether the speaker phrase sp inside a quotation
// names the quotation's own speaker, as written (written) or as resolved
// (speaker), by its head word: '"The Embassy of the United States condemns
// the attack," the embassy said' is a statement in the third person, whose
// act is the embassy's own.
func namesItself(sp, speaker, written string) bool {
	words := strings.FieldsFunc(strings.ToLower(sp), func(r rune) bool { return r == ' ' || r == ',' || r == '.' })
	for _, s := range []string{speaker, written} {
		if f := strings.Fields(strings.ToLower(s)); len(f) > 0 {
			head := strings.TrimRight(f[len(f)-1], ".,")
			head = strings.TrimSuffix(strings.TrimSuffix(head, "'s"), "’s")
			if slices.Contains(words, head) || slices.Contains(words, head+"'s") || slices.Contains(words, head+"’s") {
				return true
			}
		}
	}
	return false
}

// innerCue reports whether an attribution's cue reports speech: in a
// quoted speaker's own talk "people think", "Israel wants" and "we'll
// figure out" are beliefs and plans the speaker ascribes, no one's words
// reported; "the president said", "the envoy told him", "they denied" and
// "according to the report" are.
func innerCue(verb string) bool {
	head, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(verb)), " ")
	if innerSayings[head] {
		return true
	}
	switch actVerbs[head] {
	case ActClaim, ActDeny, ActAccuse, ActAdmit, ActConfirm, ActWarn, ActThreaten, ActCondemn, ActDemand, ActPromise, ActQuestion:
		return true
	}
	return false
}

// beliefCues report a mind, as speech cues report words: "the mayor
// \"believed ...\"".
var beliefCues = fieldSet(`thought thinks believed believes felt feels feared fears hoped hopes suspected suspects`)

// innerSayings are the plain cues of speech, whose act is saying.
var innerSayings = fieldSet(`said says say told tells tell wrote writes write according added adds stated states announced announces explained explains testified reported reports declared declares replied recounted recounts`)

// innerSpeaker reports whether a speaker phrase as written inside someone's
// quoted words names a speaker of its own: a name ("Berg") or a definite
// description ("the president"). A pronoun speaks from the quoted speaker's
// place: "I" and "we" (also in "I'll", "we're") are the quoted speaker,
// "you" the one spoken to, and "he" or "they" whoever the speaker had in
// mind, whom the outlet's last-named speaker often is not. Everyone and no
// one ("some say", "people say", "everybody says") is talk, no speaker.
func innerSpeaker(sp string) bool {
	if strings.ContainsAny(sp, "'’") && !strings.HasSuffix(sp, "'s") && !strings.HasSuffix(sp, "’s") {
		return false // "I'll tell you", "we're saying": a contracted pronoun
	}
	words := strings.Fields(sp)
	if len(words) == 0 || quotedCrowd[strings.ToLower(words[0])] {
		return false
	}
	named := strings.EqualFold(words[0], "the")
	for _, w := range words {
		// "let's say", "that's": a pronoun with "'s" is still the pronoun.
		lw := strings.ReplaceAll(strings.TrimRight(strings.ToLower(w), ".,;:"), "’", "'")
		if quotedPronouns[strings.TrimSuffix(lw, "'s")] || crowdNouns[lw] {
			return false
		}
		if r := w[0]; r >= 'A' && r <= 'Z' {
			named = true
		}
	}
	return named
}

// quotedPronouns are the words that, inside someone's quoted words, make a
// speaker phrase speak from the quoted speaker's place (see innerSpeaker),
// with the modals that show a phrase read past its end ("Roe can say").
var quotedPronouns = fieldSet(`i we you he she it they me us him her them mine yours ours theirs hers this these those that which who whom what let can could will would should may might must`)

// quotedCrowd open the speaker phrases that name everyone or no one, or
// no speaker at all ("to say ...").
var quotedCrowd = fieldSet(`some many most all any anyone anybody everyone everybody every everything nothing something nobody no none one other others another few several somebody someone each both whoever to`)

// crowdNouns anywhere in a speaker phrase make it everyone: "a lot of
// people say", "other folks said".
var crowdNouns = fieldSet(`people folks lot lots`)

// namedSpeakers is the finder's memory of the speakers last named, which
// "he said", "it added" and "they said" refer to.
type namedSpeakers struct {
	speaker, person, group, plural         string
	speakerAt, personAt, groupAt, pluralAt Span
}

// lastNamed returns the finder's memory of the speakers last named.
func (f *quoteFinder) lastNamed() namedSpeakers {
	return namedSpeakers{f.lastSpeaker, f.lastPerson, f.lastGroup, f.lastPlural,
		f.lastSpeakerSpan, f.lastPersonSpan, f.lastGroupSpan, f.lastPluralSpan}
}

// restoreNamed sets the finder's memory of the speakers last named back.
func (f *quoteFinder) restoreNamed(m namedSpeakers) {
	f.lastSpeaker, f.lastPerson, f.lastGroup, f.lastPlural = m.speaker, m.person, m.group, m.plural
	f.lastSpeakerSpan, f.lastPersonSpan, f.lastGroupSpan, f.lastPluralSpan = m.speakerAt, m.personAt, m.groupAt, m.pluralAt
}
