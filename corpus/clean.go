package corpus

import (
	"bytes"
	"cmp"
	"iter"
	"math"
	"math/bits"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
)

// cleaned is what the text cleaner extracts from one document.
type cleaned struct {
	meta       map[string]string // header fields, lower-case keys
	title      string
	standfirst string
	byline     string
	date       time.Time
	dateFrom   Provenance
	outlet     string // a site name found in page chrome
	body       []string
	removed    []Removed
	// stop holds the function words of the text's language: the
	// classifier's measure of prose.
	stop stopWords
	// sketch is the body's shingle sketch, for the near-duplicate search.
	sketch *shingleSketch
	// bodyLang is the language detectBodyLanguage finds in body, when the
	// header names none.
	bodyLang string
}

// paragraph classes, after jusText (Pomikálek 2011): prose is long and dense
// in function words; chrome is short, list-like, repeated or off-script.
type paraClass int

const (
	classBad paraClass = iota
	classShort
	classNearGood
	classGood
)

type para struct {
	text string
	// words holds the wordHash of each word (as wordFields splits them):
	// the classifier counts, compares and looks words up by their hashes.
	words []uint64
	wordStats
	class  paraClass
	reason string // why it was removed, when it was
	meta   string // "byline", "date" when the line is page metadata
}

var (
	headerKeyRe   = regexp.MustCompile(`^\s*(?i)(title|headline|outlet|source|site|publisher|url|link|byline|author|authors|date|published|language|lang|standfirst|subtitle|description)\s*:`)
	headerDateRe  = regexp.MustCompile(`^\s*(?:date|published)\s+(\d{4}-\d{2}-\d{2})\b[ \t]*`)
	bylineRe      = regexp.MustCompile(`^(?:[Bb]y|BY)\s+(\p{Lu}[\p{L}.'’\- ]{1,60}?)(?:\s*[,|/]\s*.*)?$`)
	dateLineRe    = regexp.MustCompile(`(?i)^(?:published|updated|posted|last updated|date)?\s*(?:on)?\s*:?\s*`)
	copyrightRe   = regexp.MustCompile(`(?i)(?:copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4}\s*(?:-\s*\d{4})?\s*)?([^.•|]{2,60})`)
	siteSplitRe   = regexp.MustCompile(`\s+[-|–—:]\s+`)
	listNumberRe  = regexp.MustCompile(`^\s*\d{1,3}[.)]?\s*$`)
	emailArtefact = regexp.MustCompile(`\[email\s*protected\]`)
)

// endMarkers open the parts of a page that follow an article: once the body
// has started, a short line that is one of these ends it.
var endMarkers = []string{
	"most read", "most popular", "most viewed", "related", "related articles", "related stories",
	"related content", "related coverage", "read more", "read also", "see also", "tags", "topics",
	"trending", "trending now", "recommended", "recommended for you", "more from", "more stories",
	"more on this story", "you may also like", "you might also like", "comments", "share this article",
	"hot opinion", "latest news", "popular", "top stories", "editor's picks", "sponsored", "advertisement",
	"follow us", "newsletter", "sign up", "subscribe",
}

// navWords are words that, standing alone in a short line, mark navigation
// and service text rather than prose.
var chromePhrases = []string{
	"all rights reserved", "terms of use", "terms of service", "privacy policy", "cookie", "subscribe",
	"sign up", "log in", "newsletter", "advertise with us", "customer service", "contact us",
	"share on facebook", "share on twitter", "click here", "javascript",
}

var chromePhraseSet = newPhraseSet(chromePhrases)

// cleanText turns sanitized text into metadata and body paragraphs.
func cleanText(text string) cleaned {
	c := cleaned{meta: map[string]string{}}
	text = parseHeader(text, c.meta)
	lang := languageName(c.meta["language"] + c.meta["lang"])
	// The paragraphs hold every letter of the text (only white space is
	// dropped, and no word runs from one into the next), so their counts
	// add up to the text's. When the header names no language, the
	// splitter's pass over each paragraph's words counts its function
	// words too, for the text's language (up to its first detectWords
	// words) and, once the body is known, the body's.
	detect := lang == ""
	// The paragraphs and their words' hashes are scratch: only their
	// texts and the body's shingle sketch, made from the hashes at the
	// end, are kept.
	sc := paraScratchPool.Get().(*paraScratch)
	defer sc.release()
	paras, evidence, whole := sc.split(text, detect)
	letters, latin := 0, 0
	for _, p := range paras {
		letters, latin = letters+p.letters, latin+p.latin
	}
	if detect {
		lang = whole.language() // DetectLanguage(text)
	}
	c.stop = stopWordsFor(lang)
	if len(paras) == 0 {
		return c
	}
	classify(paras, c.stop, latinRatio(letters, latin) >= 0.5, &sc.contained)
	c.extract(paras)
	if detect {
		// extract's body is the good paragraphs, in order; those past
		// the counted ones are read again.
		body := make([]*langCounter, 0, len(c.body))
		for i, p := range paras {
			if p.class != classGood {
				continue
			}
			var e *langCounter
			if i < len(evidence) {
				e = &evidence[i]
			}
			body = append(body, e)
		}
		c.bodyLang = bodyLanguage(c.body, body)
	}
	// The body is the good paragraphs, in order, unless extract fell back
	// to others (then the search sketches the body itself).
	good := 0
	for _, p := range paras {
		if p.class == classGood {
			good++
		}
	}
	if good == len(c.body) {
		c.sketch = sketchGood(paras, sc.contained.grams)
	}
	return c
}

// sketchGood sketches the shingle set of the good paragraphs of ps, their
// words read as one run (what sortedShinglesOf makes of them), given raw,
// the raw 5-gram hashes (appendGrams, not spread) of every paragraph of ps
// in turn, as markContainedParagraphs leaves them. A shingle that lies
// inside one paragraph is its raw gram spread, so the words' rolling hash
// is not run a second time, nor are the good paragraphs' words copied into
// one run; only the (up to) four shingles that end in a paragraph's first
// four words, which reach back into the good paragraphs before it, are
// hashed from those words.
func sketchGood(ps []*para, raw []uint64) *shingleSketch {
	sc := shingleScratchPool.Get().(*shingleScratch)
	defer shingleScratchPool.Put(sc)
	// Every raw gram is a shingle, and each paragraph adds at most four
	// more (one for a text of one to four words).
	grams := slices.Grow(sc.grams[:0], len(raw)+4*len(ps)+1)
	// window holds the run's last (up to) four words so far, then the
	// next good paragraph's first (up to) four: the words of the shingles
	// that straddle the boundary, and of a text of one to four words.
	var window [8]uint64
	tail, total := 0, 0 // words in window of the run so far; words in the run
	off := 0            // where the paragraph's raw grams start
	for _, p := range ps {
		w := p.words
		n := max(0, len(w)-4)
		if p.class == classGood {
			m := copy(window[tail:], w[:min(4, len(w))])
			grams = appendGrams(grams, window[:tail+m], true)
			at := len(grams)
			grams = grams[:at+n]
			for i, h := range raw[off : off+n] {
				grams[at+i] = gramSum(h, 5)
			}
			if total += len(w); len(w) >= 4 {
				tail = copy(window[:], w[len(w)-4:])
			} else {
				tail += m
				k := max(0, tail-4)
				tail = copy(window[:], window[k:tail])
			}
		}
		off += n
	}
	if total > 0 && total < 5 {
		// A text of one to four words is one shingle.
		var h uint64
		for _, x := range window[:total] {
			h = bits.RotateLeft64(h, 1) ^ x
		}
		grams = append(grams, gramSum(h, total))
	}
	sc.grams = grams
	return sketchOf(sc.setOfGrams(grams))
}

// paraScratch holds the arrays split fills, for reuse
// from one text to the next: a text's paragraphs, their words' hashes and
// their language evidence are needed only while it is cleaned.
type paraScratch struct {
	contained containScratch
	paras     []para
	ptrs      []*para
	words     []uint64
	evidence  []langCounter
	lines     []string
}

var paraScratchPool = sync.Pool{New: func() any { return new(paraScratch) }}

// release forgets the texts sc refers to, so that the pool does not keep
// them alive, and puts sc back in the pool.
func (sc *paraScratch) release() {
	clear(sc.paras)
	clear(sc.ptrs)
	clear(sc.lines)
	paraScratchPool.Put(sc)
}

// parseHeader consumes a leading metadata header: "key: value" lines, or the
// "date YYYY-MM-DD" prefix some exports put before the body on one line.
func parseHeader(text string, meta map[string]string) string {
	for {
		// headerDateRe is case-sensitive: a text that does not start
		// with its words (after white space) is not worth the match.
		if t := trimRegexpSpace(text); strings.HasPrefix(t, "date") || strings.HasPrefix(t, "published") {
			if m := headerDateRe.FindStringSubmatchIndex(text); m != nil {
				meta["date"] = text[m[2]:m[3]]
				text = text[m[1]:]
				continue
			}
		}
		line, rest, _ := strings.Cut(text, "\n")
		if len(line) > 500 || strings.IndexByte(line, ':') < 0 {
			break
		}
		m := headerKeyRe.FindStringSubmatchIndex(line)
		if m == nil {
			break
		}
		// The value is the rest of the line without the white space
		// around it (a regexp's \s: the line holds no newline).
		value := strings.Trim(line[m[1]:], " \t\n\f\r")
		if value == "" {
			break
		}
		key := strings.ToLower(line[m[2]:m[3]])
		if _, dup := meta[key]; dup {
			break
		}
		meta[key] = value
		text = rest
	}
	return text
}

// splitParagraphs splits on blank lines, and on single newlines unless the
// lines of a block look hard-wrapped (then they are joined back). Each
// paragraph's text has its runs of white space folded to one space; its
// words are hashed and its letters counted.
func splitParagraphs(text string) []*para {
	var sc paraScratch
	paras, _, _ := sc.split(text, false)
	return paras
}

// split is splitParagraphs that, with detect, also gathers the language
// evidence: of each paragraph alone (evidence, for the paragraphs that
// start before detectWords words have been read) and of the whole text as
// DetectLanguage reads it (whole). What it returns is in sc's arrays,
// valid until sc is used again.
func (sc *paraScratch) split(text string, detect bool) (_ []*para, evidence []langCounter, whole langCounter) {
	// The paragraphs and their words' hashes go into two arrays for the
	// whole text rather than a few per paragraph. words is sized from the
	// spaces and newlines (a word or two more than there are gaps).
	lineCount := strings.Count(text, "\n") + 1 // at least as many as the paragraphs
	paras := slices.Grow(sc.paras[:0], lineCount)
	if detect {
		evidence = slices.Grow(sc.evidence[:0], lineCount)
	}
	words := slices.Grow(sc.words[:0], strings.Count(text, " ")+lineCount+8)
	lines := sc.lines[:0]
	for block := range strings.SplitSeq(text, "\n\n") {
		lines = appendLines(lines[:0], block)
		wrapped := looksHardWrapped(lines)
		// The lines are consecutive in block, one newline apart: a run of
		// them is the block from the first one's offset to the last one's
		// end.
		start, off := 0, 0
		for i, ln := range lines {
			end := off + len(ln)
			off = end + 1
			if i+1 < len(lines) && (wrapped || continuesLine(ln, lines[i+1])) {
				continue
			}
			if s := collapseSpace(block[start:end]); s != "" {
				n := len(words)
				p := para{text: s}
				if detect && whole.words < detectWords {
					evidence = append(evidence, langCounter{})
					e := &evidence[len(evidence)-1]
					words, p.wordStats = scanWords(words, s, e)
					whole.merge(s, e)
				} else {
					words, p.wordStats = scanWords(words, s, nil)
				}
				p.words = words[n:len(words):len(words)]
				paras = append(paras, p)
			}
			start = off
		}
	}
	out := slices.Grow(sc.ptrs[:0], len(paras))
	for i := range paras {
		out = append(out, &paras[i])
	}
	sc.paras, sc.ptrs, sc.words, sc.lines = paras, out, words, lines
	if detect {
		sc.evidence = evidence
	}
	return out, evidence, whole
}

// appendLines appends the newline-separated lines of s to dst
// (strings.Split without a new slice per block).
func appendLines(dst []string, s string) []string {
	for {
		ln, rest, ok := strings.Cut(s, "\n")
		dst = append(dst, ln)
		if !ok {
			return dst
		}
		s = rest
	}
}

// collapseSpace is strings.Join(strings.Fields(s), " "). Most lines are
// already in that form, and then it returns a substring of s.
func collapseSpace(s string) string {
	s = strings.TrimSpace(s)
	if !singleSpaced(s) {
		return joinFields(s)
	}
	return s
}

// singleSpaced reports whether s (trimmed) has no white space but single
// plain spaces: no run of spaces and no other white space (as
// unicode.IsSpace says). It reads eight bytes at a time; only a chunk with
// a control byte or a byte outside ASCII is looked at byte by byte.
func singleSpaced(s string) bool {
	prevSpace := false // the byte before the chunk is a space
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := le64(s[i : i+8])
		if (x|zeroLanes(x&(0xe0*lanes01)))&lanes80 != 0 {
			// A byte below 0x20 or above 0x7f.
			if !singleSpacedBytes(s, i, i+8, &prevSpace) {
				return false
			}
			continue
		}
		// The spaces, exactly: a lane is 0x80 where x has a space.
		y := x ^ (' ' * lanes01)
		spaces := ^((y&(0x7f*lanes01) + 0x7f*lanes01) | y) & lanes80
		if spaces&(spaces>>8) != 0 || prevSpace && spaces&0x80 != 0 {
			return false
		}
		prevSpace = spaces>>56 != 0
	}
	return singleSpacedBytes(s, i, len(s), &prevSpace)
}

// singleSpacedBytes is singleSpaced for s[i:end], byte by byte, after a
// space when *prevSpace, which it updates.
func singleSpacedBytes(s string, i, end int, prevSpace *bool) bool {
	for ; i < end; i++ {
		c := s[i]
		switch {
		case c == ' ':
			if *prevSpace {
				return false
			}
			*prevSpace = true
			continue
		case c >= '\t' && c <= '\r':
			return false
		case c >= 0xc2 && isWideSpaceAt(s, i):
			return false
		}
		*prevSpace = false
	}
	return true
}

// isWideSpaceAt reports whether the white space outside ASCII (as
// unicode.IsSpace says) starts at s[i]: U+0085, U+00A0, U+1680,
// U+2000-U+200A, U+2028, U+2029, U+202F, U+205F or U+3000, told by their
// UTF-8 bytes, since the curly quotes and dashes of news text share their
// lead byte and were each decoded to be told apart.
func isWideSpaceAt(s string, i int) bool {
	switch s[i] {
	case 0xc2:
		return i+1 < len(s) && (s[i+1] == 0x85 || s[i+1] == 0xa0)
	case 0xe1:
		return i+2 < len(s) && s[i+1] == 0x9a && s[i+2] == 0x80
	case 0xe2:
		if i+2 >= len(s) {
			return false
		}
		c1, c2 := s[i+1], s[i+2]
		return c1 == 0x80 && (c2 >= 0x80 && c2 <= 0x8a || c2 == 0xa8 || c2 == 0xa9 || c2 == 0xaf) || c1 == 0x81 && c2 == 0x9f
	case 0xe3:
		return i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x80
	}
	return false
}

// joinFields joins the white-space-separated fields of s with single
// spaces, in one allocation.
func joinFields(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for f := range strings.FieldsSeq(s) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(f)
	}
	return b.String()
}

// looksHardWrapped: every line but the last is of similar, moderate length.
func looksHardWrapped(lines []string) bool {
	if len(lines) < 3 {
		return false
	}
	lo, hi := 1<<30, 0
	for _, l := range lines[:len(lines)-1] {
		n := utf8.RuneCountInString(strings.TrimSpace(l))
		lo, hi = min(lo, n), max(hi, n)
	}
	return lo >= 45 && hi <= 110 && hi-lo <= 30
}

// continuesLine: a line that stops mid-sentence and a next line that starts
// in lower case are one paragraph broken by a wrap.
func continuesLine(line, next string) bool {
	line, next = strings.TrimSpace(line), strings.TrimSpace(next)
	if line == "" || next == "" || len(line) < 40 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	first, _ := utf8.DecodeRuneInString(next)
	return !strings.ContainsRune(".!?:;\"”’)", last) && unicode.IsLower(first)
}

// markContainedParagraphs marks as duplicates the paragraphs whose words
// repeat inside a longer (or an earlier identical) paragraph: a caption,
// pull quote or teaser.
func markContainedParagraphs(ps []*para, sc *containScratch) {
	// A paragraph q contains p only where q holds p's first five words: an
	// index of those first 5-grams (hashed), probed with every 5-gram of
	// every paragraph, finds the places to compare without comparing all
	// pairs. The index is a slice sorted by hash (then paragraph), and a
	// bit set in front of it turns most probes away cheaply.
	heads := sc.heads[:0]
	defer func() { sc.heads = heads[:0] }()
	// The raw grams of every paragraph are kept, in turn, in sc.grams:
	// sketchGood makes the body's shingles from them. With no paragraph
	// of five words there are none.
	sc.grams = sc.grams[:0]
	seen := &sc.seen
	clear(seen[:])
	var first [1]uint64
	for i, p := range ps {
		if len(p.words) >= 5 {
			// Five words' raw gram hash is a hash of them already;
			// gramSum only spreads it, so the index and the probes
			// compare it as it is.
			h := appendGrams(first[:0], p.words[:5], false)[0]
			heads = append(heads, paraHead{h, i})
			seen.add(h)
		}
	}
	if len(heads) == 0 {
		return
	}
	slices.SortFunc(heads, func(a, b paraHead) int {
		if c := cmp.Compare(a.h, b.h); c != 0 {
			return c
		}
		return cmp.Compare(a.i, b.i)
	})
	all := sc.grams
	defer func() { sc.grams = all }()
	for j, q := range ps {
		n := len(all)
		all = appendGrams(all, q.words, false)
		for start, h := range all[n:] { // where the 5-gram, and a contained paragraph, starts in q
			if !seen.has(h) {
				continue
			}
			first, _ := slices.BinarySearchFunc(heads, h, func(e paraHead, h uint64) int { return cmp.Compare(e.h, h) })
			for _, e := range heads[first:] {
				if e.h != h {
					break
				}
				i := e.i
				p := ps[i]
				if i == j || p.reason != "" || len(q.words) < len(p.words) {
					continue
				}
				if len(q.words) == len(p.words) && j > i {
					continue // of two identical copies, keep the last (it tends to carry the attribution)
				}
				if start+len(p.words) <= len(q.words) && slices.Equal(q.words[start:start+len(p.words)], p.words) {
					p.reason = "duplicate of another paragraph (caption or pull quote)"
				}
			}
		}
	}
}

// containScratch holds markContainedParagraphs' buffers, reused from
// text to text.
type containScratch struct {
	heads []paraHead
	// grams holds the raw 5-gram hashes of every paragraph, one after
	// the other, until the next text is classified.
	grams []uint64
	seen  hashFilter
}

// paraHead is the hash of a paragraph's first five words, and its index.
type paraHead struct {
	h uint64
	i int
}

// hashFilter is a 64K-bit set of hash values: has may say yes wrongly,
// never no wrongly.
type hashFilter [1024]uint64

func (f *hashFilter) add(h uint64)      { f[h/64%1024] |= 1 << (h % 64) }
func (f *hashFilter) has(h uint64) bool { return f[h/64%1024]&(1<<(h%64)) != 0 }

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// isEndMarker reports whether a line opens the after-article part of a page.
func isEndMarker(p *para, stop stopWords) bool {
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
func classify(ps []*para, stop stopWords, latinDoc bool, sc *containScratch) {
	markContainedParagraphs(ps, sc)
	var low []byte // a buffer for paragraphs lower-cased
	hasChromePhrase := func(p *para) bool {
		if found, settled := chromePhraseSet.inASCIIFold(p.text); settled {
			return found
		}
		low = appendLower(low[:0], p.text)
		return chromePhraseSet.in(low)
	}
	for _, p := range ps {
		n := len(p.words)
		// chars is compared with 70, 100 and 150 only. A paragraph has
		// no more characters than bytes, and 600 bytes hold at least 150
		// characters, so only those of 70 to 599 bytes are counted.
		chars := len(p.text)
		if chars >= 70 && chars < 600 {
			chars = runeCountValid(p.text)
		}
		sd := stopwordDensity(p, stop)
		switch {
		case p.reason != "":
			p.class = classBad
		case n == 0 || n == 1 && listNumberRe.MatchString(p.text): // a list number is one word
			p.class, p.reason = classBad, "list number or symbols"
		case latinDoc && n > 0 && latinRatio(p.letters, p.latin) < 0.5:
			p.class, p.reason = classBad, "line in another script"
		case hasCaptionCueHinted(p.text, p.captionWord):
			p.class, p.reason = classBad, "photo caption or credit"
		case n <= 8 && mayBeByline(p.text) && bylineRe.MatchString(p.text):
			p.class, p.meta = classBad, "byline"
		case n <= 10 && isDateLine(p.text):
			p.class, p.meta = classBad, "date"
		case sd < 0.35 && hasChromePhrase(p):
			p.class, p.reason = classBad, "site service text"
		case sd < 0.3 && strings.Contains(p.text, "[email") && emailArtefact.MatchString(p.text):
			p.class, p.reason = classBad, "site service text"
		case chars < 70 || n < 10:
			p.class = classShort
		case sd < 0.15 || (chars > 100 && sd < 0.22 && !endsSentence(p.text)):
			p.class, p.reason = classBad, "navigation or list (few function words)"
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
		end := seenGood && isEndMarker(p, stop)
		if end && proseFollows(ps[i+1:]) {
			// An in-article slot ("Advertisement", "RELATED: <link>")
			// with the article's prose going on after it: drop the line
			// only.
			p.class, p.reason = classBad, "link or advertisement slot inside the article"
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
	neighbour := func(i, step int) paraClass {
		for j := i + step; j >= 0 && j < len(ps); j += step {
			switch ps[j].class {
			case classGood:
				return classGood
			case classBad:
				if ps[j].meta != "" || strings.HasPrefix(ps[j].reason, "duplicate") || strings.HasPrefix(ps[j].reason, "photo") {
					continue // metadata and captions sit inside articles
				}
				return classBad
			}
		}
		return classBad
	}
	final := make([]paraClass, len(ps))
	for i, p := range ps {
		final[i] = p.class
		switch p.class {
		case classNearGood:
			if neighbour(i, -1) == classGood || neighbour(i, 1) == classGood {
				final[i] = classGood
			}
		case classShort:
			if neighbour(i, -1) == classGood && neighbour(i, 1) == classGood {
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
func hasCaptionCue(s string) bool {
	return hasSpacedCaptionCue(s) || hasMarkedCaptionCue(s)
}

// hasMarkedCaptionCue is the part of hasCaptionCue whose cues hang on a
// '(', a '/' or a ':', found by byte searches for those bytes.
func hasMarkedCaptionCue(s string) bool {
	for i := range bytePositions(s, '(') {
		if foldPrefix(s[i+1:], "photo") && !isWordByteAt(s, i+6) || foldPrefix(s[i+1:], "ap photo") {
			return true
		}
	}
	for i := range bytePositions(s, '/') {
		if foldPrefix(s[i+1:], "reuters)") || foldPrefix(s[i+1:], "afp)") {
			return true
		}
	}
	for i := range bytePositions(s, ':') {
		if endsWithColonCue(s[:i]) {
			return true
		}
	}
	return false
}

// bytePositions yields the positions of the byte c in s, found by byte
// searches.
func bytePositions(s string, c byte) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; ; i++ {
			k := strings.IndexByte(s[i:], c)
			if k < 0 || !yield(i+k) {
				return
			}
			i += k
		}
	}
}

// hasCaptionCueHinted is hasCaptionCue for a paragraph whose words
// scanWords has read: captionWord false says hasSpacedCaptionCue is false,
// which spares the look at every space of nearly every paragraph.
func hasCaptionCueHinted(s string, captionWord bool) bool {
	return captionWord && hasSpacedCaptionCue(s) || hasMarkedCaptionCue(s)
}

// hasSpacedCaptionCue reports whether s holds "getty images" or "\bfile
// photo\b", ignoring case as hasCaptionCue does. "getty", "file" and
// "photo" have no letter whose case folds leave ASCII, so each is as many
// bytes as letters.
func hasSpacedCaptionCue(s string) bool {
	// Both cues put "y " or "e " before an "i" or a "p" (in either case;
	// "images" and "photo" have no other folds in those places): a look
	// at those three bytes turns away nearly every space before foldPrefix.
	for i := 1; i+1 < len(s); i++ {
		if s[i] != ' ' {
			continue
		}
		before, after := s[i-1]|0x20, s[i+1]|0x20
		if before == 'y' && after == 'i' && i >= 5 && foldPrefix(s[i+1:], "images") && foldPrefix(s[i-5:], "getty") ||
			before == 'e' && after == 'p' && i >= 4 && foldPrefix(s[i+1:], "photo") && !isWordByteAt(s, i+6) && foldPrefix(s[i-4:], "file") && !isWordByteAt(s, i-5) {
			return true
		}
	}
	return false
}

// endsWithColonCue reports whether s, the text before a ':', ends with the
// words of a cue that the colon closes: "\bcredit\s*", or
// "\bphoto(?:graph)?\s*(?:credit)?\s*" or "\bimage\s*(?:credit)?\s*". Their
// words have no letter whose case folds leave ASCII (those are "s" and
// "k"), so they are compared byte by byte.
func endsWithColonCue(s string) bool {
	const space = "\t\n\f\r " // a regexp's \s
	j := len(strings.TrimRight(s, space))
	if k := j - len("credit"); k >= 0 && asciiFoldEqual(s[k:j], "credit") {
		if !isWordByteAt(s, k-1) {
			return true
		}
		// "photocredit:": the word before may run into it.
		j = len(strings.TrimRight(s[:k], space))
	}
	for _, w := range []string{"photograph", "photo", "image"} {
		if k := j - len(w); k >= 0 && asciiFoldEqual(s[k:j], w) && !isWordByteAt(s, k-1) {
			return true
		}
	}
	return false
}

// asciiFoldEqual reports whether s is the lower-case ASCII word w in any
// case.
func asciiFoldEqual(s, w string) bool {
	if len(s) != len(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if s[i]|0x20 != w[i] {
			return false
		}
	}
	return true
}

// foldPrefix reports whether s starts with lit (lower-case ASCII) under
// Unicode simple case folding, as a (?i) regexp compares: "S" and "ſ" both
// match "s". A non-ASCII rune takes more bytes than the letter it folds
// to, so the match may be longer than lit; the cues that use foldPrefix
// for what follows them have no "s" or "k" (the ASCII letters with
// non-ASCII folds).
func foldPrefix(s, lit string) bool {
	i := 0
	for j := 0; j < len(lit); j++ {
		if i >= len(s) {
			return false
		}
		if c := s[i]; c < utf8.RuneSelf {
			if c != lit[j] && !(c|0x20 == lit[j] && 'a' <= lit[j] && lit[j] <= 'z') {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !foldsTo(r, rune(lit[j])) {
			return false
		}
		i += size
	}
	return true
}

// foldsTo reports whether r is in the simple case-folding orbit of c.
func foldsTo(r, c rune) bool {
	for f := unicode.SimpleFold(c); f != c; f = unicode.SimpleFold(f) {
		if f == r {
			return true
		}
	}
	return false
}

// isWordByteAt reports whether s[i] is a regexp word character
// ([0-9A-Za-z_]); outside s, it is not.
func isWordByteAt(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	c := s[i]
	return '0' <= c && c <= '9' || 'a' <= c|0x20 && c|0x20 <= 'z' || c == '_'
}

// trimRegexpSpace drops the leading white space a regexp's \s matches
// ([\t\n\f\r ]).
func trimRegexpSpace(s string) string {
	return strings.TrimLeft(s, "\t\n\f\r ")
}

// mayBeByline is a cheap necessary condition for bylineRe: its opening
// "By".
func mayBeByline(s string) bool {
	return strings.HasPrefix(s, "By") || strings.HasPrefix(s, "by") || strings.HasPrefix(s, "BY")
}

// mayHaveCopyright is a cheap necessary condition for copyrightRe.
func mayHaveCopyright(s string) bool {
	return strings.Contains(s, "©") || strings.Contains(s, "(c") || strings.Contains(s, "(C") || containsFoldASCII(s, "copyright")
}

// containsFoldASCII reports whether s holds lit (lower-case ASCII letters
// none of which has a case fold outside ASCII, as "copyright") in any
// case: what a (?i) regexp finds, without a lower-cased copy of s.
func containsFoldASCII(s, lit string) bool {
	for i := 0; i+len(lit) <= len(s); i++ {
		if s[i]|0x20 == lit[0] && strings.EqualFold(s[i:i+len(lit)], lit) {
			return true
		}
	}
	return false
}

// proseFollows reports whether the article's prose goes on right after a
// line: one of the next two paragraphs is prose and so is at least one more
// after it. After-article sections (most read, related links, tags) hold
// short link lines, not runs of prose.
func proseFollows(rest []*para) bool {
	prose := func(p *para) bool { return p.class == classGood || p.class == classNearGood }
	for j := 0; j < 2 && j < len(rest); j++ {
		if prose(rest[j]) {
			for _, q := range rest[j+1:] {
				if prose(q) {
					return true
				}
			}
			return false
		}
	}
	return false
}

func isDateLine(s string) bool {
	if _, ok := ParseDate(s); !ok {
		return false
	}
	rest := dateLineRe.ReplaceAllString(s, "")
	return len(wordFields(rest)) <= 8
}

// phraseSet finds whether a text holds any of a few phrases, in one pass
// over the text where a search per phrase took one pass each: a bit set of
// the phrases' opening byte pairs turns most places away with one look-up.
type phraseSet struct {
	pairs   [1 << 16 / 64]uint64
	phrases []string // each at least two bytes long
	// quads is inASCIIFold's filter, when every phrase has four bytes or
	// more (shortest is the fewest): a 4096-bit set of the quadSlot of
	// their first four bytes. Four bytes in a row are rarely a phrase's
	// opening, so a place is turned away with one look-up and a branch
	// the processor predicts, where opening byte pairs ("co", "te", "al")
	// come up at one place in fifteen.
	quads    [4096 / 64]uint64
	shortest int
}

func newPhraseSet(phrases []string) *phraseSet {
	ps := &phraseSet{phrases: phrases, shortest: math.MaxInt}
	for _, p := range phrases {
		if len(p) < 2 {
			panic("phraseSet: phrase " + p + " is shorter than two bytes")
		}
		pair := uint16(p[0])<<8 | uint16(p[1])
		ps.pairs[pair/64] |= 1 << (pair % 64)
		ps.shortest = min(ps.shortest, len(p))
		if len(p) >= 4 {
			q := quadSlot(foldedQuad(p))
			ps.quads[q/64] |= 1 << (q % 64)
		}
	}
	return ps
}

// foldedQuad is the first four bytes of s as a little-endian integer with
// bit 5 of each set: lower case for ASCII letters. Other bytes may fold
// together (NUL with space, "@" with "`"), which only lets a place through
// the filter to be compared in full.
func foldedQuad(s string) uint32 {
	return (uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24) | 0x20202020
}

// quadSlot hashes a folded quad to one of 4096 bits.
func quadSlot(q uint32) uint32 { return q * 0x9e3779b1 >> 20 }

// in reports whether s holds one of the phrases, as bytes.Contains would
// for some phrase.
func (ps *phraseSet) in(s []byte) bool {
	for i := 0; i+1 < len(s); i++ {
		pair := uint16(s[i])<<8 | uint16(s[i+1])
		if ps.pairs[pair/64]&(1<<(pair%64)) == 0 {
			continue
		}
		for _, p := range ps.phrases {
			if p[0] == s[i] && bytes.HasPrefix(s[i:], []byte(p)) {
				return true
			}
		}
	}
	return false
}

// runeCountValid is utf8.RuneCountInString for valid UTF-8 (the cleaner's
// text is sanitized): the bytes that do not continue a rune, counted
// eight at a time.
func runeCountValid(s string) int {
	n := len(s)
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := le64(s[i : i+8])
		n -= bits.OnesCount64(x &^ (x << 1) & lanes80) // 10xxxxxx bytes
	}
	for ; i < len(s); i++ {
		if s[i]&0xc0 == 0x80 {
			n--
		}
	}
	return n
}

// inASCIIFold is in(appendLower(nil, s)) without the lower-case copy, for
// phrases of ASCII bytes. A phrase can match only a run of ASCII bytes,
// and lower-casing leaves those runs as they are (but for case) and every
// other rune outside ASCII, whatever its length, except the two runes
// asciiLowerings lists: with one of those in s, settled is false and in
// must be asked of the lower-cased text instead.
func (ps *phraseSet) inASCIIFold(s string) (found, settled bool) {
	if ps.shortest >= 4 {
		if strings.Contains(s, asciiLowerings[0]) || strings.Contains(s, asciiLowerings[1]) {
			return false, false
		}
		for i := 0; i+ps.shortest <= len(s); i++ {
			q := quadSlot(foldedQuad(s[i:]))
			if ps.quads[q/64]&(1<<(q%64)) == 0 {
				continue
			}
			for _, p := range ps.phrases {
				if hasASCIIFoldPrefix(s[i:], p) {
					return true, true
				}
			}
		}
		return false, true
	}
	for i := 0; i+1 < len(s); i++ {
		c0, c1 := s[i], s[i+1]
		if c0|c1 >= utf8.RuneSelf {
			if lowersToASCII(s[i:]) {
				return false, false
			}
			continue
		}
		c0 |= asciiLowerBit[c0]
		pair := uint16(c0)<<8 | uint16(c1|asciiLowerBit[c1])
		if ps.pairs[pair/64]&(1<<(pair%64)) == 0 {
			continue
		}
		for _, p := range ps.phrases {
			if p[0] == c0 && hasASCIIFoldPrefix(s[i:], p) {
				return true, true
			}
		}
	}
	return false, true
}

// asciiLowerings are the runes outside ASCII that unicode.ToLower maps into
// it: U+0130 (İ) to "i" and the Kelvin sign to "k" (TestASCIILowerings
// checks that there are no others).
var asciiLowerings = []string{"\u0130", "\u212a"}

// lowersToASCII reports whether s starts with one of asciiLowerings.
func lowersToASCII(s string) bool {
	if s[0] != 0xc4 && s[0] != 0xe2 {
		return false
	}
	for _, l := range asciiLowerings {
		if strings.HasPrefix(s, l) {
			return true
		}
	}
	return false
}

// hasASCIIFoldPrefix reports whether s starts with the ASCII phrase p,
// ignoring the case of s's ASCII letters.
func hasASCIIFoldPrefix(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for k := 0; k < len(p); k++ {
		if c := s[k]; c|asciiLowerBit[c] != p[k] {
			return false // a byte outside ASCII never equals p's
		}
	}
	return true
}

// appendLower appends strings.ToLower(s) to dst: a buffer the caller
// reuses, where ToLower makes a string per call.
func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			// ToLower maps rune by rune, an invalid byte to U+FFFD.
			for _, r := range s[i:] {
				dst = utf8.AppendRune(dst, unicode.ToLower(r))
			}
			return dst
		}
		dst = append(dst, c|asciiLowerBit[c])
	}
	return dst
}

func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \"”’')")
	last, _ := utf8.DecodeLastRuneInString(s)
	return last == '.' || last == '!' || last == '?'
}

// looksLikeHeadline: a line of a few words, not a sentence with a full stop,
// with some function words (navigation has none).
func looksLikeHeadline(p *para, stop stopWords) bool {
	n := len(p.words)
	if n < 3 || n > 30 || utf8.RuneCountInString(p.text) > 200 {
		return false
	}
	if strings.HasSuffix(strings.TrimSpace(p.text), ".") {
		return false
	}
	if stopwordDensity(p, stop) >= 0.08 {
		return true
	}
	// Headlines often drop function words ("US, Israeli advisors discuss
	// Russia-Iran cooperation"); navigation is a run of capitalised labels.
	lower := 0
	for _, w := range strings.Fields(p.text) {
		if !isUpperInitial(w) {
			lower++
		}
	}
	return float64(lower) >= 0.2*float64(n)
}

// extract picks the headline, standfirst, byline and date out of the part
// before the body, and collects the body and what was removed.
func (c *cleaned) extract(ps []*para) {
	first := -1
	for i, p := range ps {
		if p.class == classGood {
			first = i
			break
		}
	}
	if first < 0 {
		// No prose at all: keep every non-chrome paragraph rather than lose
		// a short article, and say nothing was recognised as a headline.
		for _, p := range ps {
			if p.class != classBad {
				p.class = classGood
			}
		}
		first = len(ps)
		for i, p := range ps {
			if p.class == classGood {
				first = i
				break
			}
		}
	}
	titleIdx := -1
	// Metadata anywhere before the end of the article.
	for _, p := range ps {
		switch p.meta {
		case "byline":
			if c.byline == "" {
				c.byline = titleCaseIfShouting(bylineRe.FindStringSubmatch(p.text)[1])
			}
		case "date":
			if d, ok := ParseDate(p.text); ok && c.date.IsZero() {
				c.date, c.dateFrom = d, FromPageText
			}
		}
	}
	// The headline is the first headline-like line before the body; a
	// standfirst sits between it and the byline, or directly after it when
	// it summarises what follows.
	// A byline or date line close after the first prose-like paragraph ends
	// the page's head: what stands between it and the headline is a
	// standfirst, not body.
	metaIdx := -1
	for i := 0; i < len(ps) && i <= first+3; i++ {
		if ps[i].meta != "" {
			metaIdx = i
			break
		}
	}
	if metaIdx > first {
		first = metaIdx
	}
	for i := 0; i < first && i < len(ps); i++ {
		p := ps[i]
		if p.class == classBad || p.meta != "" {
			continue
		}
		if titleIdx < 0 && looksLikeHeadline(p, c.stop) {
			titleIdx = i
			c.title = p.text
			p.class, p.reason = classBad, ""
			continue
		}
		if titleIdx >= 0 && c.standfirst == "" && metaIdx > i && len(p.words) >= 6 {
			c.standfirst = p.text
			p.class, p.reason = classBad, ""
		}
	}
	if titleIdx >= 0 && c.standfirst == "" && titleIdx+1 < len(ps) {
		next := ps[titleIdx+1]
		if next.class == classGood && next.meta == "" && len(next.words) <= 60 && summarises(next, ps[titleIdx+2:], c.stop) {
			c.standfirst = next.text
			next.class, next.reason = classBad, ""
			if first == titleIdx+1 {
				first++
			}
		}
	}
	// The site name: the first chrome line's leading segment ("The
	// Jerusalem Post - Israel News ...") or a copyright holder.
	for i, p := range ps {
		if i >= first || p.class != classBad || p.meta != "" || i == titleIdx {
			break
		}
		if parts := siteSplitRe.Split(p.text, 2); len(parts) == 2 && looksLikeName(parts[0]) {
			c.outlet = strings.TrimSpace(parts[0])
			break
		}
	}
	if c.outlet == "" {
		for _, p := range ps {
			if p.class != classBad || !mayHaveCopyright(p.text) {
				continue
			}
			if m := copyrightRe.FindStringSubmatch(p.text); m != nil {
				if name := strings.TrimSpace(m[1]); looksLikeName(name) {
					c.outlet = name
					break
				}
			}
		}
	}
	good := 0
	for _, p := range ps {
		if p.class == classGood {
			good++
		}
	}
	if good > 0 {
		c.body = make([]string, 0, good) // kept until the article is built: sized, not grown
	}
	for i, p := range ps {
		switch {
		case p.class == classGood:
			c.body = append(c.body, p.text)
		case i == titleIdx || p.text == c.standfirst && c.standfirst != "":
		case p.meta != "":
			c.removed = append(c.removed, Removed{Text: p.text, Reason: p.meta + " (kept as metadata)"})
		default:
			reason := p.reason
			if reason == "" {
				if i < first {
					reason = "before the article (site header or navigation)"
				} else {
					reason = "short line outside the article body"
				}
			}
			c.removed = append(c.removed, Removed{Text: p.text, Reason: reason})
		}
	}
}

// summarises: most content words of p recur in the next two paragraphs, as a
// standfirst's do; a lede paragraph's mostly do not.
func summarises(p *para, next []*para, stop stopWords) bool {
	if len(next) < 2 {
		return false
	}
	seen := map[uint64]bool{}
	for _, q := range next[:2] {
		for _, w := range q.words {
			seen[w] = true
		}
	}
	content, hit := 0, 0
	for _, w := range p.words {
		if stop.has(w) {
			continue
		}
		content++
		if seen[w] {
			hit++
		}
	}
	return content >= 4 && float64(hit) >= 0.6*float64(content)
}

// looksLikeName: one to six words, capitalised (allowing "The", "of", "&").
func looksLikeName(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 6 {
		return false
	}
	for _, w := range f {
		if !isUpperInitial(w) && w != "of" && w != "&" && w != "the" && w != "and" {
			return false
		}
	}
	return true
}

// titleCaseIfShouting turns "TOVAH LAZAROFF" into "Tovah Lazaroff" and leaves
// mixed-case names alone.
func titleCaseIfShouting(s string) string {
	s = strings.TrimSpace(s)
	if strings.ToUpper(s) != s {
		return s
	}
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	return strings.Join(words, " ")
}
