package corpus

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The chrome classifier sorts a page's paragraphs into the article's prose
// and the page's chrome (navigation, service text, captions, after-article
// lists), after jusText (Pomikálek 2011): prose is long and dense in
// function words; chrome is short, list-like, repeated or off-script.

// paraClass is the classifier's verdict on a paragraph.
type paraClass int

const (
	classBad paraClass = iota
	classShort
	classNearGood
	classGood
)

var (
	bylineRe      = regexp.MustCompile(`^(?:[Bb]y|BY)\s+(\p{Lu}[\p{L}.'’\- ]{1,60}?)(?:\s*[,|/]\s*.*)?$`)
	dateLineRe    = regexp.MustCompile(`(?i)^(?:published|updated|posted|last updated|date)?\s*(?:on)?\s*:?\s*`)
	listNumberRe  = regexp.MustCompile(`^\s*\d{1,3}[.)]?\s*$`)
	emailArtefact = regexp.MustCompile(`\[email\s*protected\]`)
)

// reasonFewFunctionWords is the classifier's reason for removing a line
// that reads as navigation or a list.
const reasonFewFunctionWords = "navigation or list (few function words)"

// endMarkers open the parts of a page that follow an article: once the body
// has started, a short line that is one of these ends it.
var endMarkers = []string{
	"most read", "most popular", "most viewed", "related", "related articles", "related stories",
	"related content", "related coverage", "read more", "read also", "see also", "tags", "topics",
	"trending", "trending now", "recommended", "recommended for you", "more from", "more stories",
	"more on this story", "you may also like", "you might also like", "comments", "share this article",
	"hot opinion", "latest news", "popular", "top stories", "editor's picks", "sponsored", "advertisement",
	"follow us", "newsletter", "sign up", "subscribe",
	"story continued below", "story continues below", "article continues below", "continue reading below",
}

// maxVideoControlWords bounds a video player's line: its controls and a
// title or two, never a paragraph of prose.
const maxVideoControlWords = 40

// reasonVideoControl is the reason for dropping an embedded video player's
// line ("JUST WATCHED <title> Replay More Videos ...").
const reasonVideoControl = "video player control"

// reasonSlot is the reason for dropping an in-article slot line
// ("Advertisement", "RELATED: <link>") with the article going on after it.
const reasonSlot = "link or advertisement slot inside the article"

// linkTeaserLabels open a paragraph that links another story, set among
// an article's paragraphs ("More: ...", "Related: ...", "SEE ALSO: ...",
// "More On This... <headline>"), in lower case.
var linkTeaserLabels = []string{"more", "related", "read more", "read also", "also read", "see also", "more on this"}

// maxLinkTeaserWords bounds a link teaser: its label and another story's
// headline. A longer paragraph under such a label is a news digest's
// item that carries the content itself ("Related: Intel in doubt - AP:
// “U.S. officials say ...”").
const maxLinkTeaserWords = 25

// IsLinkTeaser reports whether a paragraph is a link to another story or
// to a gallery, a video or a document: a label of linkTeaserLabels, a
// colon, and at most a headline; a media link's label ("PHOTOS:",
// "WATCH:"), alone or in parentheses; or a label of linkTeaserLabels in
// title case or capitals set off by an ellipsis ("More On This...",
// "READ MORE..."). Its names and words are that story's, so the cleaner
// drops it and the actor finder skips it in text that was never cleaned.
func IsLinkTeaser(paragraph string) bool {
	p := strings.TrimSpace(paragraph)
	n := len(strings.Fields(p))
	if n > maxLinkTeaserWords {
		return false
	}
	if inner, ok := strings.CutPrefix(p, "("); ok && strings.HasSuffix(inner, ")") {
		// "( Also on POLITICO: W.H. documents point to CIA)", "( PHOTOS:
		// Scenes from the quay)": a teaser set in parentheses between
		// two paragraphs.
		p = strings.TrimSpace(strings.TrimSuffix(inner, ")"))
	}
	if alsoOnLabel(p) || n <= maxMediaLinkWords && opensWithMediaLink(p) {
		return true
	}
	for _, l := range linkTeaserLabels {
		if len(p) <= len(l) || !strings.EqualFold(p[:len(l)], l) {
			continue
		}
		rest := strings.TrimLeft(p[len(l):], " ")
		if strings.HasPrefix(rest, ":") {
			return l != "more" || !answerAfterMore(strings.TrimLeft(rest, " :"))
		}
		if l != "more" && (strings.HasPrefix(rest, "...") || strings.HasPrefix(rest, "…")) && titleCaseWords(p[:len(l)]) {
			// "More On This... <headline>": a related-links box's label,
			// in title case where prose writes "More on this ...".
			return true
		}
	}
	return false
}

// placeholder reports whether a paragraph is a publishing system's
// placeholder left where a box stood ("[sidebar]", "[pullquote]",
// "[audio-clip]"): one lower-case word in square brackets. A transcript's
// note is capitalised ("[Applause]") and an editor's insertion runs into
// a sentence ("[He] said ...").
func placeholder(p string) bool {
	s := strings.TrimSpace(p)
	if len(s) < 3 || s[0] != '[' || s[len(s)-1] != ']' {
		return false
	}
	inner := s[1 : len(s)-1]
	for i := 0; i < len(inner); i++ {
		if c := inner[i]; !('a' <= c && c <= 'z' || c == '-' || c == '_' || i > 0 && '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}

// titleCaseWords reports whether every word of s opens with a capital.
func titleCaseWords(s string) bool {
	for _, w := range strings.Fields(s) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// alsoOnLabel reports whether a paragraph opens with an outlet's label
// for a link to its own other story, "Also on X:" or "More on X:", where
// X is one to four capitalised words ("Also on POLITICO:", "More on CNN
// Politics:") and a headline follows the colon.
func alsoOnLabel(p string) bool {
	f := strings.Fields(p)
	if len(f) < 4 || !strings.EqualFold(f[0], "also") && !strings.EqualFold(f[0], "more") || !strings.EqualFold(f[1], "on") {
		return false
	}
	for k := 2; k < len(f) && k < 6; k++ {
		w := strings.TrimSuffix(f[k], ":")
		if w == "" || !isUpperInitial(w) || classOf(w)&wTime != 0 {
			return false // "Also on Sunday, 36 died", "Also on Monday:": a time, no label
		}
		if strings.HasSuffix(f[k], ":") {
			return k+1 < len(f)
		}
	}
	return false
}

// answerAfterMore reports whether what follows "More:" reads as a poll's
// answer ("More: 41 percent", beside "Less: 22 percent") or a transcript
// turn of a speaker named More ("MORE: I think ..."), not a headline.
// Other labels ("RELATED: We Interrupt ...", "Related: 3 killed ...") head
// links whatever follows them.
func answerAfterMore(rest string) bool {
	f := strings.Fields(rest)
	switch {
	case len(f) == 0:
		return false
	case f[0] == "I" || f[0] == "We" || f[0] == "I'm" || f[0] == "I’m":
		return true
	}
	if _, err := strconv.ParseFloat(strings.TrimRight(f[0], "%"), 64); err != nil {
		return false
	}
	return len(f) == 1 || len(f) == 2 && strings.EqualFold(strings.TrimRight(f[1], "."), "percent")
}

// slotMarkers are end markers that label a slot inside the article (an
// advertisement placed between two paragraphs) rather than a section after
// it: a page shows them mid-article as often as after it, so they never
// end the article themselves; the line alone is dropped.
var slotMarkers = map[string]bool{
	"advertisement": true, "sponsored": true,
	"story continued below": true, "story continues below": true, "article continues below": true, "continue reading below": true,
}

// chromePhrases mark a page's service text (legal lines, sign-up and
// sharing prompts) wherever they stand in a paragraph with little prose.
var chromePhrases = []string{
	"all rights reserved", "terms of use", "terms of service", "privacy policy", "cookie", "subscribe",
	"sign up", "log in", "newsletter", "advertise with us", "customer service", "contact us",
	"share on facebook", "share on twitter", "click here", "javascript",
}

// hasChromePhrase reports whether s holds one of chromePhrases, in any case.
func hasChromePhrase(s string) bool {
	low := strings.ToLower(s)
	for _, ph := range chromePhrases {
		if strings.Contains(low, ph) {
			return true
		}
	}
	return false
}

// stopwordDensity is the share of a paragraph's words that are in stop, the
// function words of the text's language.
func stopwordDensity(p *para, stop map[string]bool) float64 {
	return stopShare(p.words, stop)
}

// stopwordDensityAfterFirst is stopwordDensity over the paragraph's words
// but its first.
func stopwordDensityAfterFirst(p *para, stop map[string]bool) float64 {
	if len(p.words) <= 1 {
		return 0
	}
	return stopShare(p.words[1:], stop)
}

func stopShare(words []string, stop map[string]bool) float64 {
	if len(words) == 0 {
		return 0
	}
	n := 0
	for _, w := range words {
		if stop[w] {
			n++
		}
	}
	return float64(n) / float64(len(words))
}

func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \"”’')")
	last, _ := utf8.DecodeLastRuneInString(s)
	return last == '.' || last == '!' || last == '?'
}

// sentenceOfNames reports whether a paragraph with few function words is
// still a sentence, one that names many people ("The crisis was
// discussed Monday in a call involving U.S. President Barack Obama,
// British Prime Minister David Cameron, ..."): it ends as a sentence does
// and holds function words and lower-case words of its own, where a
// menu or a list of names or links holds neither.
func sentenceOfNames(s string, stop map[string]bool) bool {
	if !endsSentence(s) {
		return false
	}
	stops, lower := 0, 0
	for _, w := range strings.Fields(s) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		switch r, _ := utf8.DecodeRuneInString(w); {
		case w == "":
		case stop[strings.ToLower(w)]:
			stops++
		case unicode.IsLower(r) && utf8.RuneCountInString(w) >= 4:
			lower++
		}
	}
	return stops >= minSentenceFunctionWords && lower >= minSentenceLowerWords
}

// A sentence of names holds at least minSentenceFunctionWords function
// words and minSentenceLowerWords lower-case words of four letters or
// more ("discussed", "joint", "call", "involving"). One of each more than
// a list has is enough: a sentence whose subject is a long title and a
// name still has a verb and its object ("Harbour Board spokeswoman Ana Roe
// condemned the closure.", "Sen. Ola Berg, Vendish Liberal, also blasted
// the plan.").
const (
	minSentenceFunctionWords = 1
	minSentenceLowerWords    = 2
)

// closingSentence reports whether a short paragraph reads as a sentence
// of prose: a capital first (after any opening quotation mark), a full
// stop last, five words at least and a
// function word among them ("Egypt and Tunisia also condemned the
// killing."), not a line of chrome ("Copyright 2014 CNN", "Share this"):
// no prompt to the reader ("Click for more from the BBC.", "Return to the
// top of this post."), no note on the page itself ("This report contains
// material from Reuters.", "We will update this post ...") and no
// editor's note.
func closingSentence(p *para, stop map[string]bool) bool {
	if len(p.words) < 5 || !endsSentence(p.text) || readerPrompts[p.words[0]] && !nounOpening(p.words) || p.words[0] == "editor's" || p.words[0] == "editor’s" {
		return false
	}
	// A quotation opens with its mark: "“This will take years,” Roe
	// said." is a sentence too.
	if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(p.text, "\"“‘'")); !unicode.IsUpper(r) {
		return false
	}
	low := strings.ToLower(p.text)
	if strings.Contains(low, "©") || strings.HasPrefix(low, "copyright") {
		return false // "Copyright © 2019 The Daily Courier, LLC.": the page's legal line
	}
	for _, self := range []string{"this post", "this story", "this report", "this article", "this page"} {
		if strings.Contains(low, self) {
			return false
		}
	}
	for _, w := range p.words {
		if stop[w] {
			return true
		}
	}
	return false
}

// nounOpening reports whether a prompt's word opens the line as a noun
// before its verb ("Email records show the warning reached the
// embassy"), not as an imperative ("Email us at ...", "Send tips to
// ..."): a word both a noun and a prompt followed by a plural or a verb.
func nounOpening(words []string) bool {
	if len(words) < 3 || !promptNouns[words[0]] {
		return false
	}
	next := words[1]
	return len(next) > 3 && strings.HasSuffix(next, "s") && !strings.HasSuffix(next, "ss") && next != "tips" && next != "us"
}

// promptNouns are the reader prompts that are also nouns.
var promptNouns = map[string]bool{"email": true, "e-mail": true, "share": true, "watch": true, "like": true, "check": true, "return": true}

// readerPrompts open a line that asks the reader to act on the page:
// "Click for more from ...", "Follow us on ...", "Read the full text",
// "Send tips to ...".
var readerPrompts = map[string]bool{"click": true, "tap": true, "return": true, "read": true, "follow": true, "share": true,
	"sign": true, "subscribe": true, "watch": true, "see": true, "visit": true, "scroll": true, "listen": true,
	"download": true, "check": true, "join": true, "like": true, "get": true, "send": true, "email": true, "e-mail": true}

// linkMarkers are end markers that a page runs into the headline they
// link ("Related Coverage Can Saudi Arabia Survive?"), and that open no
// sentence of prose when written in title case.
var linkMarkers = map[string]bool{"related articles": true, "related stories": true, "related content": true, "related coverage": true,
	"read more": true, "read also": true, "see also": true, "more on this story": true}

// linkedHeadline reports whether a line whose first n bytes are a link
// marker writes the marker in title case ("Related Coverage", "READ
// MORE") and goes on with a capital, a headline's first word.
func linkedHeadline(line string, n int) bool {
	if n >= len(line) {
		return false
	}
	for _, w := range strings.Fields(line[:n]) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(line[n:]))
	return unicode.IsUpper(r)
}

// isEndMarker reports whether a line opens the after-article part of a page.
func isEndMarker(p *para, stop map[string]bool) bool {
	if len(p.words) == 0 || len(p.words) > 14 {
		return false
	}
	low := strings.ToLower(strings.TrimSpace(p.text))
	for _, m := range endMarkers {
		rest, ok := strings.CutPrefix(low, m)
		switch {
		case !ok:
		case rest == "" || rest[0] == ':': // "Most Read", "Tags: ..."
			return true
		case rest[0] == ' ' && linkMarkers[m] && linkedHeadline(strings.TrimSpace(p.text), len(m)):
			// "Related Coverage Can Saudi Arabia Survive?": the marker
			// and the headline it links, run into one line.
			return true
		case rest[0] == ' ' && (m == "tags" || m == "topics"):
			// "Tags Israel Iran ...": the marker then a run of capitalised labels.
			if !strings.ContainsAny(low, ".,;") && stopwordDensityAfterFirst(p, stop) < 0.1 {
				return true
			}
		}
	}
	return false
}

// classify sorts paragraphs into prose and chrome, measuring prose by the
// function words in stop; latinDoc says the document is mostly in Latin
// script, so that lines in another script are chrome (a document in
// Cyrillic keeps its lines).
func classify(ps []*para, stop map[string]bool, latinDoc bool) {
	markContainedParagraphs(ps)
	markDatedCaptionRuns(ps)
	markHighlights(ps)
	for _, p := range ps {
		n := len(p.words)
		chars := utf8.RuneCountInString(p.text)
		sd := stopwordDensity(p, stop)
		switch {
		case p.reason != "":
			p.class = classBad
		case n == 0 || listNumberRe.MatchString(p.text):
			p.class, p.reason = classBad, "list number or symbols"
		case latinDoc && n > 0 && latinRatio(p.lang.letters, p.lang.latin) < 0.5:
			p.class, p.reason = classBad, "line in another script"
		case IsLinkTeaser(p.text) || placeholder(p.text):
			// "More: <another story's headline>" set between two
			// paragraphs, or "[sidebar]" where one stood: a slot,
			// passed over like an advertisement.
			p.class, p.reason = classBad, reasonSlot
		case hasCaptionCue(p.text) || n <= maxMediaCaptionWords && opensWithMediaLabel(p.text) || n <= maxMediaLinkWords && opensWithMediaLink(p.text):
			p.class, p.reason = classBad, "photo caption or credit"
		case n <= 14 && galleryCredit(p.text):
			p.class, p.reason = classBad, "gallery control or photo credit"
		case n <= maxVideoControlWords && videoControl(p.text):
			p.class, p.reason = classBad, reasonVideoControl
		case photoGallery(p.text) || slideshowCaption(p.text):
			p.class, p.reason = classBad, "photo gallery"
		case n <= 8 && bylineRe.MatchString(p.text):
			p.class, p.meta = classBad, "byline"
		case n <= 10 && isDateLine(p.text):
			p.class, p.meta = classBad, "date"
		case sd < 0.35 && hasChromePhrase(p.text):
			p.class, p.reason = classBad, reasonService
		case sd < 0.3 && emailArtefact.MatchString(p.text):
			p.class, p.reason = classBad, reasonService
		case n <= maxNoticeWords && licenceNotice(p.text):
			p.class, p.reason = classBad, reasonLicence
		case serviceLine(p.text, n):
			p.class, p.reason = classBad, reasonService
		case n <= maxCreditWords && contributorsCredit(p.text):
			p.class, p.reason = classBad, reasonCredit
		case n <= maxEditorsNoteWords && updateNote(p.text):
			p.class, p.reason = classBad, reasonUpdateNote
		case chars < 70 || n < 10:
			p.class = classShort
		case sd < 0.15 && !sentenceOfNames(p.text, stop) || (chars > 100 && sd < 0.22 && !endsSentence(p.text)):
			p.class, p.reason = classBad, reasonFewFunctionWords
		case chars >= 150 && sd >= 0.25:
			p.class = classGood
		default:
			p.class = classNearGood
		}
	}
	// Everything after an end marker that follows body text is after-article
	// material ("Most Read" lists, tags, related links, footers).
	seenGood := false
	for i, p := range ps {
		if p.class == classGood {
			seenGood = true
		}
		if seenGood && p.class != classBad && capitalsLine(p.text) {
			// "TRUMP SAYS ... , SOURCES CLAIM": a line in capitals inside
			// the article, ending in no full stop, is a link to another
			// story or a section heading, not the article's prose; like a
			// slot, it leaves the paragraphs around it as they are.
			p.class, p.reason = classBad, reasonSlot
			continue
		}
		end := seenGood && isEndMarker(p, stop)
		if end && (slotMarkers[strings.Trim(strings.ToLower(p.text), " :")] || proseFollows(ps[i+1:], stop)) {
			// An in-article slot ("Advertisement", "RELATED: <link>")
			// with the article's prose going on after it: drop the line
			// only.
			p.class, p.reason = classBad, reasonSlot
			continue
		}
		if end {
			for _, q := range ps[i:] {
				q.class = classBad
				if q.reason == "" {
					q.reason = "after the end of the article (" + strings.TrimSuffix(strings.ToLower(strings.Fields(p.text)[0]), ":") + " section)"
				}
				q.meta = ""
			}
			break
		}
	}
	// Context: near-good paragraphs next to good ones, and short ones inside
	// the body, are prose (subheadings, one-line paragraphs).
	// The nearest good or bad paragraph on each side decides; undecided
	// ones are passed over, and so are metadata, captions, video players,
	// service lines and advertisement slots, which sit inside articles: a
	// run of video players or a sign-up prompt between two paragraphs is
	// no edge of the body. Two sweeps
	// find it for every paragraph, so an article of thousands of
	// undecided paragraphs costs no more than a short one.
	decisive := func(p *para) (paraClass, bool) {
		switch {
		case p.class == classGood:
			return classGood, true
		case p.class == classBad && !(p.meta != "" || p.reason == reasonSlot || p.reason == reasonVideoControl ||
			p.reason == reasonService || strings.HasPrefix(p.reason, "duplicate") || strings.HasPrefix(p.reason, "photo")):
			return classBad, true
		}
		return 0, false
	}
	// The nearest paragraph that is not short, near-good ones included,
	// is the neighbour jusText looks at when the decisive ones on the two
	// sides disagree.
	neighbour := func(p *para) (paraClass, bool) {
		if p.class == classNearGood {
			return classNearGood, true
		}
		return decisive(p)
	}
	before, after := make([]paraClass, len(ps)), make([]paraClass, len(ps))
	prevNb, nextNb := make([]paraClass, len(ps)), make([]paraClass, len(ps))
	near, nb := classBad, classBad
	for i, p := range ps {
		before[i], prevNb[i] = near, nb
		if c, ok := decisive(p); ok {
			near = c
		}
		if c, ok := neighbour(p); ok {
			nb = c
		}
	}
	near, nb = classBad, classBad
	for i := len(ps) - 1; i >= 0; i-- {
		after[i], nextNb[i] = near, nb
		if c, ok := decisive(ps[i]); ok {
			near = c
		}
		if c, ok := neighbour(ps[i]); ok {
			nb = c
		}
	}
	final := make([]paraClass, len(ps))
	for i, p := range ps {
		final[i] = p.class
		switch p.class {
		case classNearGood:
			if before[i] == classGood || after[i] == classGood {
				final[i] = classGood
			}
		case classShort:
			// A short sentence after the body's prose and before
			// chrome ("Egypt, Bahrain and Tunisia also condemned the
			// killing.", "“It will take years,” he said.") is the
			// body's last paragraph: the chrome after it (a credit, a
			// copyright line, a list) does not make it chrome.
			if before[i] == classGood && (after[i] == classGood || closingSentence(p, stop)) {
				final[i] = classGood
			}
			// A short sentence with good prose on one side, and chrome
			// or the page's edge on the other but a near-good paragraph
			// right beside it there, is inside the body: jusText keeps
			// it so. An article of short paragraphs has near-good ones
			// at its start and end, which decide nothing here.
			if (before[i] == classGood && after[i] == classBad && nextNb[i] == classNearGood ||
				after[i] == classGood && before[i] == classBad && prevNb[i] == classNearGood) && closingSentence(p, stop) {
				final[i] = classGood
			}
		}
	}
	for i, p := range ps {
		if final[i] == classGood {
			p.class = classGood
		} else if p.class != classBad {
			p.class = classShort // undecided: the extractor decides (headline, standfirst, or chrome)
		}
	}
	// A short line right after a removed pull quote or caption is its
	// attribution ("US State Department spokesman Ned Price").
	for i := 1; i < len(ps); i++ {
		prev, p := ps[i-1], ps[i]
		if strings.HasPrefix(prev.reason, "duplicate") && len(p.words) <= 8 && !endsSentence(p.text) && p.meta == "" {
			p.class, p.reason = classBad, "attribution line of a pull quote"
		}
	}
}

// hasCaptionCue reports whether s holds a photo caption's or credit's cue,
// ignoring case as a (?i) regexp does:
//
//	\((?:photo )?credit\s*:  \(photo\b  \bphoto(?:graph)?\s*(?:credit)?\s*:
//	\bimage\s*(?:credit)?\s*:  \bcredit\s*:  getty images  \(ap photo
//	/reuters\)  /afp\)  \bfile photo\b
//
// (the first is a case of "\bcredit\s*:"). It is a hand-written matcher
// because the regexp, with no literal prefix to search for, ran at a few
// MB/s on every paragraph; FuzzCaptionCue checks the two agree.
//
// Every cue but "getty images" and "file photo", which have a space in
// them (hasSpacedCaptionCue hops from space to space), holds a '(', a '/'
// or a ':', and byte searches find those: the '(' and '/' cues start
// there, and the others end at the ':', so they are read backwards from it.

// proseFollows reports whether the article's prose goes on right after a
// line: one of the next two paragraphs is prose and so is at least one more
// after it. After-article sections (most read, related links, tags) hold
// short link lines, not runs of prose.
func proseFollows(rest []*para, stop map[string]bool) bool {
	// Other markers among the lines that follow ("Advertisement",
	// "RELATED: ...") are slots of the same kind: they are passed over, and
	// the question is what the other lines are.
	prose := func(p *para) bool { return p.class == classGood || p.class == classNearGood }
	seen, found := 0, false
	for _, p := range rest {
		if isEndMarker(p, stop) {
			continue
		}
		if found && prose(p) {
			return true
		}
		if !found {
			if seen++; prose(p) {
				found = true
			} else if seen == 2 {
				return false
			}
		}
	}
	return false
}

// maxNoticeWords bounds a licence notice: a paragraph longer than this is
// prose that may speak of licences.
const maxNoticeWords = 60

// noticeRights, noticeObjects and noticeOffers are the three parts of a
// publisher's licence or syndication notice: the right ("licensing",
// "reprint"), what it covers ("content", "material") and the offer or
// the bar ("contact", "without charge", "may not be").
var (
	noticeRights  = []string{"licensing", "reprint", "republication", "republish", "syndication", "redistributed", "redistribute"}
	noticeObjects = []string{"content", "material", "article"}
	noticeOffers  = []string{"contact", "permission", "without charge", "free of charge", "may not be", "available to"}
)

// licenceNotice reports whether a paragraph is a publisher's notice on
// reusing its content ("Content created by ... is available without
// charge to any eligible news publisher ... For licensing opportunities,
// please contact ..."; "This material may not be published, broadcast,
// rewritten or redistributed."): a right, what it covers and an offer or a
// bar, all three, so that an article about a licence is left alone.
func licenceNotice(s string) bool {
	low := strings.ToLower(s)
	has := func(words []string) bool {
		for _, w := range words {
			if strings.Contains(low, w) {
				return true
			}
		}
		return false
	}
	return has(noticeRights) && has(noticeObjects) && has(noticeOffers)
}

// signupNotice reports whether a short paragraph is a newsletter sign-up
// box ("Get the stories you care about delivered to your inbox.", "By
// signing up, you agree to our Privacy Policy."): prose, so the stopword
// test passes it, but addressed to the reader about the site.
func signupNotice(s string) bool {
	low := strings.ToLower(s)
	for _, ph := range signupPhrases {
		if strings.Contains(low, ph) {
			return true
		}
	}
	return false
}

// serviceLines are the site's service lines that read like prose: each
// test with the most words such a line has.
var serviceLines = []struct {
	maxWords int
	is       func(string) bool
}{
	{maxSignupWords, signupNotice},
	{maxNavigationWords, navigationLine},
	{maxLinkTeaserWords, bulletedPrompt},
	{maxSignupBoxWords, signupBox},
	{maxSocialPromptWords, socialPrompt},
	{maxShowPromoWords, showPromo},
}

// serviceLine reports whether a paragraph of n words is one of the site's
// service lines: a sign-up box, a navigation or follow prompt, a show's
// promotion.
func serviceLine(text string, n int) bool {
	for _, sl := range serviceLines {
		if n <= sl.maxWords && sl.is(text) {
			return true
		}
	}
	return false
}

// signupPhrases are the words of a sign-up box no news prose uses.
var signupPhrases = []string{"delivered to your inbox", "by signing up, you agree", "by signing up you agree", "you agree to our privacy policy", "you agree to our terms"}

// maxSignupWords bounds a sign-up box's paragraph.
const maxSignupWords = 30

// signupBoxPhrases are the words of a newsletter box's form (its check,
// its errors, its thanks) that no news prose writes.
var signupBoxPhrases = []string{"verify you're not a robot", "verify you’re not a robot", "invalid email address", "thank you for subscribing",
	"you must select a newsletter", "you may opt-out at any time", "you may opt out at any time", "please re-enter",
	"sign up for our", "by signing up you agree", "by signing up, you agree", "you can unsubscribe at any time"}

// maxSignupBoxWords bounds a newsletter box run into one paragraph: its
// form, its errors and its thanks, never an article's worth of prose.
const maxSignupBoxWords = 150

// signupBox reports whether a paragraph holds two of signupBoxPhrases: a
// newsletter box, as dense in function words as prose and longer than a
// sign-up line.
func signupBox(s string) bool {
	low := strings.ToLower(s)
	n := 0
	for _, ph := range signupBoxPhrases {
		if strings.Contains(low, ph) {
			n++
		}
	}
	return n >= 2
}

// maxSocialPromptWords bounds a "Follow us on Twitter" line.
const maxSocialPromptWords = 12

// socialPrompt reports whether a short line asks the reader to follow an
// account ("Follow @politicalticker", "Follow us on Twitter @CNNOpinion"):
// it opens with "Follow" and names a handle or a network.
func socialPrompt(s string) bool {
	s = strings.TrimLeft(strings.TrimSpace(s), "-–—•* ")
	if len(s) < 7 || !strings.EqualFold(s[:6], "follow") || isWordByteAt(s, 6) || strings.Contains(s, ",") {
		return false // "Follow the money on Twitter, the senator said.": a comma sets off a speaker
	}
	low := strings.ToLower(s)
	return strings.Contains(low, "@") || strings.Contains(low, "on twitter") || strings.Contains(low, "on facebook") || strings.Contains(low, "on instagram")
}

// maxShowPromoWords bounds a broadcaster's promotion of its show.
const maxShowPromoWords = 30

// showPromoRe finds a show's schedule in a line that opens with "Watch":
// "Watch State of the Union with Candy Crowley Sundays at 9am ET."
var showPromoRe = regexp.MustCompile(`(?i)^watch\b.*\b(?:(?:sun|mon|tues|wednes|thurs|fri|satur)days|weekdays|weeknights|every \w+day)\b.*\b\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)`)

// showPromo reports whether a short line promotes the outlet's show and
// its schedule: the page's, not the article's.
func showPromo(s string) bool {
	s = strings.TrimSpace(s)
	first, _, _ := strings.Cut(s, ".")
	return !strings.Contains(first, ",") && showPromoRe.MatchString(s) // "Watch the harbor, the mayor said, ...": a speaker set off
}

// reasonService and reasonLicence are the reasons for dropping a site's
// service text (sign-up prompts, legal lines) and a publisher's licence
// notice.
const (
	reasonService = "site service text"
	reasonLicence = "licence or syndication notice"
)

// reasonCredit is the reason for dropping a line that credits the
// reporters who contributed to the article.
const reasonCredit = "contributors' credit"

// maxCreditWords bounds a credit line: a list of names and bureaus.
const maxCreditWords = 45

// creditEndings close a line that credits the article's contributors
// ("Fox News' Jane Roe and The Associated Press contributed to this
// report.").
var creditEndings = []string{"contributed to this report", "contributed to this story", "contributed to this article", "contributed reporting",
	"contributed to this post"}

// contributorsCredit reports whether a short line credits contributors:
// it ends with a credit's closing words or opens with "Additional
// reporting by" / "Reporting by". Such a line is the page's, not the
// outlet's account of the story.
func contributorsCredit(s string) bool {
	low := strings.TrimRight(strings.ToLower(strings.TrimSpace(s)), ".")
	for _, e := range creditEndings {
		if strings.HasSuffix(low, e) {
			return true
		}
	}
	if !strings.HasPrefix(low, "additional reporting by ") && !strings.HasPrefix(low, "reporting by ") {
		return false
	}
	// "Reporting by Ann Lee in Lagos; editing by Sam Poe": names, places
	// and the credit's own words, no verb of a sentence ("Reporting by
	// the Courier in 2019 showed ...").
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, ".,;:()")
		if r, _ := utf8.DecodeRuneInString(w); w == "" || !unicode.IsLower(r) {
			continue // a name or a place
		}
		if !creditWords[w] && !creditWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// creditWords are the lower-case words of a credit line.
var creditWords = map[string]bool{"additional": true, "reporting": true, "by": true, "and": true, "in": true, "from": true, "editing": true,
	"writing": true, "with": true, "of": true, "the": true, "at": true, "contributed": true, "to": true, "this": true, "report": true, "story": true}

// reasonUpdateNote is the reason for dropping an editor's note on when and
// how a live post was updated.
const reasonUpdateNote = "editor's note on an update"

// maxEditorsNoteWords bounds an editor's note.
const maxEditorsNoteWords = 40

// updateNote reports whether a line in parentheses is an editor's note on
// the post itself ("(We added a new top to this post at 12:40 p.m. ET.)",
// "(This post was last updated at 1:31 p.m. ET.)"): it names the post and
// what was done to it.
func updateNote(s string) bool {
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "(") || !strings.HasSuffix(strings.TrimRight(s, "."), ")") {
		return false
	}
	return updateNoteRe.MatchString(s)
}

// updateNoteRe finds the page's own post named as what its writers
// updated ("(We added a new top to this post", "(We most recently updated
// this post") or as the subject of the update ("this post was last
// updated"), not news in brackets ("(Roe added that this story would not
// end", "this story's town hall").
var updateNoteRe = regexp.MustCompile(`(?i)^\(\s*(?:we|i)\b[^)]*\b(?:updated|added|rewrote|corrected|revised)\b.*\bthis (?:post|story|article)(?:[^\w'’]|$)|\bthis (?:post|story|article) (?:was|has been|is) (?:\w+ )?(?:updated|corrected|revised)\b`)

// maxNavigationWords bounds a page's navigation prompt ("Click here to go
// back to the top of this post."): a line, not a paragraph of prose.
const maxNavigationWords = 15

// navigationPrompts open a page's navigation prompt: prose as dense in
// function words as any sentence, which the density test keeps.
var navigationPrompts = []string{"click here", "tap here", "scroll down", "back to top", "go back to the top", "return to top", "check out the"}

// navigationLine reports whether a short line opens with a navigation
// prompt.
func navigationLine(s string) bool {
	s = strings.TrimLeft(strings.TrimSpace(s), "-–—•* ") // a list's bullet: "- Check out the map"
	for _, np := range navigationPrompts {
		if len(s) >= len(np) && strings.EqualFold(s[:len(np)], np) && !isWordByteAt(s, len(np)) {
			return !strings.Contains(s, ",") // "Click here, the minister told the crowd, ...": a speaker set off
		}
	}
	return false
}

// bulletedPrompt reports whether a line set off by a list's bullet opens
// with a navigation prompt ("- Check out the Electoral Map and game out
// your own strategy"): a promotion of the site's own pages, which runs
// longer than a bare prompt.
func bulletedPrompt(s string) bool {
	t := strings.TrimSpace(s)
	return (strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "• ") || strings.HasPrefix(t, "* ")) && navigationLine(t)
}

// capitalsLine reports whether a line is written in capitals, two words at
// least, with no full stop at its end: "IRAN WARNS OF REPRISALS, REPORT
// SAYS". A question or an exclamation may be a heading of the article's
// own; it is left to the classifier.
func capitalsLine(s string) bool {
	s = strings.TrimSpace(s)
	if len(strings.Fields(s)) < 2 || endsSentence(s) {
		return false
	}
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			letters++
		}
	}
	return letters >= 6
}

// isDateLine reports whether a line is a publication date, with at most a
// few words ("Published on", "Updated") around it.
func isDateLine(s string) bool {
	if _, ok := ParseDate(s); !ok {
		return false
	}
	rest := dateLineRe.ReplaceAllString(s, "")
	return len(wordFields(rest)) <= 8
}
