package corpus

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations end with a full stop that does not end a sentence.
var abbreviations = toSet(`mr mrs ms dr prof gen lt col sgt capt cpt adm maj cmdr gov sen rep rev st jr sr
hon pres amb atty supt insp det fr messrs mt ft no nos vol vs etc al inc corp co ltd llc dept univ est approx
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
u.s u.k u.n e.u u.s.a d.c a.m p.m i.e e.g`)

// sentenceStarters after "U.S." or "a.m." make the full stop a sentence end.
var sentenceStarters = toSet(`the he she it they we i but and in a an this that these those there his her their
its our on at as if when after before however meanwhile still yet so`)

func splitSentences(text string, paras []Span) []Span {
	var out []Span
	for _, p := range paras {
		start := p.Start
		for start < p.End && text[start] == ' ' {
			start++
		}
		i := start
		for i < p.End {
			r, size := utf8.DecodeRuneInString(text[i:])
			if r == '.' || r == '!' || r == '?' || r == '…' {
				end := i + size
				for end < p.End && strings.ContainsRune(".!?\"”’')]", rune(text[end])) || end+2 < p.End && (strings.HasPrefix(text[end:], "”") || strings.HasPrefix(text[end:], "’")) {
					if strings.HasPrefix(text[end:], "”") || strings.HasPrefix(text[end:], "’") {
						end += len("”")
					} else {
						end++
					}
				}
				if end < p.End && text[end] == ' ' && isSentenceBoundary(text, start, i, end, p.End) {
					out = append(out, Span{start, end})
					start = end
					for start < p.End && text[start] == ' ' {
						start++
					}
					i = start
					continue
				}
				i = end
				continue
			}
			i += size
		}
		if start < p.End {
			out = append(out, Span{start, p.End})
		}
	}
	return out
}

// isSentenceBoundary decides whether the stop at text[dot] (followed by
// closing marks up to end, then a space) ends the sentence.
func isSentenceBoundary(text string, sentStart, dot, end, limit int) bool {
	next := end + 1
	for next < limit && text[next] == ' ' {
		next++
	}
	if next >= limit {
		return true
	}
	nr, _ := utf8.DecodeRuneInString(text[next:])
	if !(unicode.IsUpper(nr) || unicode.IsDigit(nr) || strings.ContainsRune("\"“‘'([", nr)) {
		return false
	}
	if text[dot] != '.' || end > dot+1 {
		return true // "?", "!" or a stop inside closing quotes
	}
	// The word before the stop.
	ws := dot
	for ws > sentStart {
		r, size := utf8.DecodeLastRuneInString(text[:ws])
		if !(unicode.IsLetter(r) || r == '.') {
			break
		}
		ws -= size
	}
	word := strings.ToLower(text[ws:dot])
	if word == "" {
		return true
	}
	nextWord := strings.ToLower(firstWord(text[next:limit]))
	if utf8.RuneCountInString(word) == 1 && unicode.IsUpper([]rune(text[ws:dot])[0]) {
		return false // an initial: "Michael J. Fox"
	}
	if abbreviations[word] || strings.Count(word, ".") > 0 {
		// "U.S. The ..." ends a sentence; "U.S. officials" and "Gen. Kurilla" do not.
		return (strings.Contains(word, ".") || word == "am" || word == "pm" || word == "etc") && sentenceStarters[nextWord]
	}
	return true
}

func firstWord(s string) string {
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
	if end < 0 {
		return s
	}
	return s[:end]
}

// Reporting verbs that attribute speech; order matters for the regexes
// (longer first).
var reportingVerbs = []string{
	"pointed out", "according to", "went on to say", "told reporters", "said in a statement",
	"said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "explained", "noted", "notes",
	"stressed", "stresses", "insisted", "insists", "claimed", "claims", "warned", "warns", "wrote", "writes",
	"asked", "declared", "announced", "announces", "argued", "argues", "continued", "confirmed", "confirms",
	"denied", "denies", "indicated", "indicates", "emphasized", "emphasised", "acknowledged", "admitted",
	"alleged", "alleges", "asserted", "maintained", "replied", "responded", "suggested", "urged", "vowed",
	"tweeted", "posted", "recalled", "remarked", "commented", "cautioned", "conceded", "charged", "accused",
	"reiterated", "underlined", "affirmed", "reported", "revealed", "disclosed", "estimated", "predicted",
	"believes", "believed", "thinks", "thought", "called", "described", "read", "reads",
}

// verbFirstWords are the first words of the reporting verbs. Every speech
// regex below needs a reporting verb standing as a whole ASCII-letter run, so
// a text holding none of these runs cannot match, and the costly regexes are
// skipped for it (most sentences).
var verbFirstWords, verbFirstMaxLen = func() (map[string]bool, int) {
	m, n := map[string]bool{}, 0
	for _, v := range reportingVerbs {
		first, _, _ := strings.Cut(v, " ")
		m[first] = true
		n = max(n, len(first))
	}
	return m, n
}()

// mayHaveVerb reports whether s has a maximal run of ASCII letters that is
// the first word of a reporting verb: a necessary condition for the speech
// regexes, which match the verb between non-letters (\s, \b).
func mayHaveVerb(s string) bool {
	start := -1
	for i := 0; i <= len(s); i++ {
		if i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z') {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			if n := i - start; n <= verbFirstMaxLen && verbFirstWords[s[start:i]] {
				return true
			}
			start = -1
		}
	}
	return false
}

// findAccordingTo runs accordingToRe when its literal part is present.
func findAccordingTo(s string) []int {
	return findIf(strings.Contains(s, "ccording to "), accordingToRe, s)
}

var verbAlt = func() string {
	q := make([]string, len(reportingVerbs))
	for i, v := range reportingVerbs {
		q[i] = regexp.QuoteMeta(v)
	}
	return strings.Join(q, "|")
}()

// A speaker: a pronoun, or a run of capitalised words optionally led by
// "the" and lower-case title words ("US State Department spokesman Ned Price",
// "the White House", "Iranian Foreign Minister Hossein Amir-Abdollahian").
// commonSpeaker is a speaker named by role, in lower case ("the union",
// "Israeli officials", "the foreign ministry"); titledName is a name led by
// lower-case title words ("union leader Maria Lopez"). They are only
// tried right after a quotation or at the end of a sentence, where such a
// phrase before a reporting verb is almost always the speaker.
const (
	commonSpeaker = `(?:[Tt]he\s+|[Aa]n?\s+)?(?:[\p{L}\-]+\s+){0,2}(?:officials?|spokes(?:man|woman|person|people)|minister|ministry|union|police|army|military|government|authorities|authority|company|agency|statement|report|sources?|witnesses|residents|analysts|experts|leaders?|president|mayor|group|campaign|prosecutors?|lawyers?|activists|diplomats|investigators|observers|critics|officers?)`
	titledName    = `(?:\p{Ll}[\p{Ll}\-]*\s+){1,3}` + nameRun
)

const nameRun = `(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}'’.\-]*|\d+)(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|of|for|and|de|al|bin|van|von|spokesman|spokeswoman|spokesperson|minister|secretary|director|adviser|advisor|official|officials|president|chief|head|leader|ambassador|envoy|general|commander|chairman|member|senator|lawmaker|analyst|professor|said|told))*`

var (
	pronounRe = `(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I)`
	// ', Price said' / ', he said' / ', said Price' right after a quote.
	afterSpeakerVerbRe = regexp.MustCompile(`^[,\s]*(?:` + `(` + pronounRe + `|` + nameRun + `|` + titledName + `|` + commonSpeaker + `)\s+(?:also\s+|later\s+|then\s+|further\s+)?(` + verbAlt + `)\b|(` + verbAlt + `)\s+(` + nameRun + `)\b)`)
	// 'Price said: "' / 'Price said that "' / 'Price told reporters, "' before a quote.
	beforeSpeakerVerbRe = regexp.MustCompile(`(?:^|[\s,;(])(` + pronounRe + `|` + nameRun + `)\s+(?:has\s+|had\s+|have\s+|also\s+|then\s+|later\s+|previously\s+|repeatedly\s+|\p{Ll}+ly\s+)*(` + verbAlt + `)(?:\s+(?:that|reporters|journalists|the\s+\p{L}+|\p{Lu}\p{L}+))?\s*[,:]?\s*$`)
	accordingToRe       = regexp.MustCompile(`\b[Aa]ccording to (` + pronounRe + `|` + nameRun + `|(?:the|a|an|some|several)\s+\p{Ll}+(?:\s+\p{Ll}+)?|\p{Ll}+\s+(?:officials|sources|reports|analysts|witnesses|residents))`)
	// 'X said (that) ...' inside a sentence, for indirect speech.
	indirectRe = regexp.MustCompile(`(?:^|[\s,;])(` + pronounRe + `|` + nameRun + `)\s+(?:has\s+|had\s+|have\s+|also\s+|then\s+|later\s+|previously\s+|repeatedly\s+|\p{Ll}+ly\s+)*(` + verbAlt + `)\s+(?:that\s+|on\s+\p{Lu}\p{L}+\s+(?:that\s+)?)?`)
	// 'Arkady Mil-Man, former Israeli Ambassador to Moscow, indicated that ...'
	appositiveRe = regexp.MustCompile(`(?:^|[\s;])(` + nameRun + `),\s+[^,;"“”]{3,80},\s+(?:has\s+|had\s+|also\s+)?(` + verbAlt + `)\s+(?:that\s+)?`)
	// '..., X said (on Tuesday).' closing a sentence.
	trailingSaidRe = regexp.MustCompile(`,\s+(` + pronounRe + `|` + nameRun + `|` + titledName + `|` + commonSpeaker + `)\s+(` + verbAlt + `)(?:\s+(?:on|in|at|to)\s+[\p{L}\d ]{1,30})?\s*[.!?]?\s*$`)
)

// trimSpeaker drops words the name run swallowed that belong to the verb
// phrase or the sentence ("Price said" -> "Price").
func trimSpeaker(s string) string {
	f := strings.Fields(s)
	for len(f) > 0 {
		l := strings.ToLower(strings.TrimSuffix(f[len(f)-1], "."))
		if l == "said" || l == "told" || l == "and" || l == "of" || l == "for" || timeWords[l] {
			f = f[:len(f)-1]
			continue
		}
		break
	}
	// Lead-ins that are not part of a name.
	for len(f) > 1 {
		l := strings.ToLower(f[0])
		if l == "in" || l == "on" || l == "but" || l == "and" || l == "separately" || l == "similarly" || l == "meanwhile" {
			f = f[1:]
			continue
		}
		break
	}
	// A sentence's full stop is not part of the name ("according to the
	// White House."), an abbreviation's is ("U.S.", "Jr.").
	if n := len(f); n > 0 && strings.HasSuffix(f[n-1], ".") {
		w := strings.TrimSuffix(f[n-1], ".")
		if !abbreviations[strings.ToLower(w)] && !strings.Contains(w, ".") && utf8.RuneCountInString(w) > 1 {
			f[n-1] = w
		}
	}
	return strings.Join(f, " ")
}

var pronouns = toSet("he she they it we i")

// timeWords are capitalised words a name run picks up that name no speaker
// ("Pompeo on Saturday warned" must not make Saturday the speaker).
var timeWords = toSet(`monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
january february march april june july august september october november december`)

// quoteMark describes one quotation mark found in the text.
type quoteMark struct {
	pos, size int
	open      bool // an opening mark (by shape or by context)
	double    bool
}

func findQuotes(text string, paras, sents []Span) []Quote {
	var quotes []Quote
	lastSpeaker := ""
	var lastSpeakerSpan Span
	var run []int // quote indices waiting for a speaker (multi-paragraph quote)
	for _, p := range paras {
		marks := scanMarks(text, p)
		// Pair marks in order: an opening mark, then the next closing mark.
		open := -1
		var spans []Span
		// The quote marks around each span: where the opening mark starts
		// and where the closing one ends (marks are 1 to 3 bytes).
		var openAt, closeEnd []int
		for i, m := range marks {
			if open < 0 {
				if m.open {
					open = i
				}
				continue
			}
			if !m.open && m.double == marks[open].double {
				spans = append(spans, Span{marks[open].pos + marks[open].size, m.pos})
				openAt, closeEnd = append(openAt, marks[open].pos), append(closeEnd, m.pos+m.size)
				open = -1
			} else if m.open && m.double == marks[open].double {
				// Two openings in a row: the first ran to the end of an
				// earlier paragraph or is stray; restart from here.
				open = i
			}
		}
		unclosed := open >= 0 && marks[open].double
		if unclosed {
			spans = append(spans, Span{marks[open].pos + marks[open].size, p.End})
			openAt, closeEnd = append(openAt, marks[open].pos), append(closeEnd, p.End)
		}
		for si, qs := range spans {
			inner := strings.TrimSpace(text[qs.Start:qs.End])
			if inner == "" {
				continue
			}
			q := Quote{Span: qs}
			sent := sentenceContaining(sents, qs.Start)
			before := text[max(p.Start, sent.Start):max(p.Start, openAt[si])]
			afterAt := closeEnd[si] // just after the closing mark
			after := ""
			if qs.End < p.End {
				after = text[min(afterAt, p.End):min(p.End, max(sent.End, afterAt))]
				if !(si == len(spans)-1 && unclosed) && afterAt < p.End {
					// text after a closing mark runs to the end of the sentence that contains it
					sEnd := sentenceContaining(sents, qs.End).End
					after = text[min(afterAt, p.End):min(p.End, max(sEnd, afterAt))]
				}
			}
			words := len(strings.Fields(inner))
			beforeVerb := mayHaveVerb(before)
			speaker, verb, spSpan := "", "", Span{}
			if m := findIf(mayHaveVerb(after), afterSpeakerVerbRe, after); m != nil && !(si == len(spans)-1 && unclosed) {
				base := afterAt
				if m[2] >= 0 {
					speaker, verb = after[m[2]:m[3]], after[m[4]:m[5]]
					spSpan = Span{base + m[2], base + m[3]}
				} else {
					speaker, verb = after[m[8]:m[9]], after[m[6]:m[7]]
					spSpan = Span{base + m[8], base + m[9]}
				}
			} else if m := findBefore(beforeVerb, before); m != nil {
				base := max(p.Start, sent.Start)
				speaker, verb = before[m[2]:m[3]], before[m[4]:m[5]]
				spSpan = Span{base + m[2], base + m[3]}
			} else if m := findAccordingTo(before); m != nil {
				base := max(p.Start, sent.Start)
				speaker, verb = before[m[2]:m[3]], "according to"
				spSpan = Span{base + m[2], base + m[3]}
			}
			speaker = trimSpeaker(speaker)
			startsSentence := strings.TrimSpace(before) == ""
			switch {
			case speaker != "" && (startsSentence || words >= 8 && (strings.HasSuffix(strings.TrimSpace(before), ":") || strings.HasSuffix(strings.TrimSpace(before), ","))):
				q.Kind = QuoteDirect
			case speaker != "":
				q.Kind = QuotePartial
			case startsSentence && words >= 5:
				q.Kind = QuoteDirect // speaker to be found in a neighbouring paragraph
			case words <= 4:
				q.Kind = QuoteScare
			default:
				q.Kind = QuotePartial
				// A quoted fragment in a sentence whose subject reports it:
				// "the White House said the two sides discussed "...""
				if m := findIndirect(beforeVerb, before); m != nil {
					base := max(p.Start, sent.Start)
					speaker, verb = trimSpeaker(before[m[2]:m[3]]), before[m[4]:m[5]]
					spSpan = Span{base + m[2], base + m[3]}
				} else if m := findAccordingTo(text[max(p.Start, sent.Start):qs.Start]); m != nil {
					base := max(p.Start, sent.Start)
					speaker, verb = trimSpeaker(text[base+m[2]:base+m[3]]), "according to"
					spSpan = Span{base + m[2], base + m[3]}
				}
			}
			if pronouns[strings.ToLower(speaker)] && lastSpeaker != "" && strings.ToLower(speaker) != "they" && strings.ToLower(speaker) != "we" {
				speaker, spSpan = lastSpeaker, lastSpeakerSpan // he/she: the last named speaker
			}
			q.Speaker, q.Verb, q.SpeakerSpan = speaker, verb, spSpan
			if speaker != "" && !pronouns[strings.ToLower(speaker)] {
				lastSpeaker, lastSpeakerSpan = speaker, spSpan
			}
			quotes = append(quotes, q)
			idx := len(quotes) - 1
			if q.Kind == QuoteDirect && q.Speaker == "" {
				run = append(run, idx)
			} else if len(run) > 0 && q.Kind == QuoteDirect {
				// The attribution at the end of a multi-paragraph quote
				// (or right after an unattributed quote) covers the run.
				for _, r := range run {
					quotes[r].Speaker, quotes[r].SpeakerSpan, quotes[r].Verb = q.Speaker, q.SpeakerSpan, q.Verb
				}
				run = run[:0]
			}
		}
		if !unclosed && len(run) > 0 {
			// A quote paragraph with no speaker: the speaker named in the
			// paragraph before (the last speaker) carries it.
			for _, r := range run {
				if quotes[r].Speaker == "" && lastSpeaker != "" {
					quotes[r].Speaker, quotes[r].SpeakerSpan, quotes[r].Verb = lastSpeaker, lastSpeakerSpan, "(continued)"
				}
			}
			run = run[:0]
		}
	}
	// Indirect speech: "according to X, ..." and "X said (that) ..." outside quote marks.
	for _, s := range sents {
		st := text[s.Start:s.End]
		if insideAny(quotes, s.Start) && insideAny(quotes, s.End-1) {
			continue
		}
		hasVerb := mayHaveVerb(st)
		if m := findAccordingTo(st); m != nil {
			sp := trimSpeaker(st[m[2]:m[3]])
			if pronouns[strings.ToLower(sp)] && lastSpeaker != "" {
				sp = lastSpeaker
			}
			quotes = append(quotes, Quote{Kind: QuoteIndirect, Span: s, Speaker: sp, SpeakerSpan: Span{s.Start + m[2], s.Start + m[3]}, Verb: "according to"})
			continue
		}
		if m := findIf(hasVerb && strings.Contains(st, ","), trailingSaidRe, st); m != nil && !strings.ContainsAny(st[max(0, m[0]-2):m[0]+1], "\"”") {
			sp := trimSpeaker(st[m[2]:m[3]])
			if sp == "" {
				continue
			}
			quotes = append(quotes, Quote{Kind: QuoteIndirect, Span: Span{s.Start, s.Start + m[0]}, Speaker: sp, SpeakerSpan: Span{s.Start + m[2], s.Start + m[3]}, Verb: st[m[4]:m[5]]})
			continue
		}
		if m := findIf(hasVerb && strings.Count(st, ",") >= 2 && mayBeAppositive(st), appositiveRe, st); m != nil && m[1] < len(st) && !strings.ContainsAny(st[m[1]:], "\"“”") {
			quotes = append(quotes, Quote{Kind: QuoteIndirect, Span: Span{s.Start + m[1], s.End}, Speaker: trimSpeaker(st[m[2]:m[3]]), SpeakerSpan: Span{s.Start + m[2], s.Start + m[3]}, Verb: st[m[4]:m[5]]})
			continue
		}
		if m := findIndirect(hasVerb, st); m != nil && m[1] < len(st) {
			sp := trimSpeaker(st[m[2]:m[3]])
			verb := st[m[4]:m[5]]
			// A clause of a few words is the tail of a quoted sentence
			// ("..., X said on Monday."), not reported speech.
			if sp == "" || verb == "called" || verb == "described" || verb == "thought" || strings.ContainsAny(st[m[1]:], "\"“”") ||
				len(strings.Fields(st[m[1]:])) < 4 || strings.ContainsAny(st[:m[0]], "\"”") {
				continue
			}
			if pronouns[strings.ToLower(sp)] && lastSpeaker != "" && strings.ToLower(sp) != "they" {
				sp = lastSpeaker
			}
			quotes = append(quotes, Quote{Kind: QuoteIndirect, Span: Span{s.Start + m[1], s.End}, Speaker: sp, SpeakerSpan: Span{s.Start + m[2], s.Start + m[3]}, Verb: verb})
		}
	}
	return resolvePronouns(quotes)
}

// resolvePronouns gives a he/she speaker the last named speaker before it, in
// text order: news attributes a run of quotes to one person that way.
func resolvePronouns(qs []Quote) []Quote {
	sort.SliceStable(qs, func(i, j int) bool { return qs[i].Span.Start < qs[j].Span.Start })
	last, lastSpan := "", Span{}
	for i := range qs {
		sp := strings.ToLower(qs[i].Speaker)
		switch {
		case sp == "he" || sp == "she":
			if last != "" {
				qs[i].Speaker, qs[i].SpeakerSpan = last, lastSpan
			}
		case sp != "" && !pronouns[sp]:
			last, lastSpan = qs[i].Speaker, qs[i].SpeakerSpan
		}
	}
	return qs
}

// findIf runs re only when the cheap necessary condition ok holds; the
// match offsets are shifted by the optional offset of s in a longer text.
func findIf(ok bool, re *regexp.Regexp, s string, offset ...int) []int {
	if !ok {
		return nil
	}
	m := re.FindStringSubmatchIndex(s)
	if m != nil && len(offset) > 0 && offset[0] != 0 {
		for i := range m {
			if m[i] >= 0 {
				m[i] += offset[0]
			}
		}
	}
	return m
}

// isSpeakerRune reports whether a rune can stand inside the part of a
// speech match between its first character and its reporting verb: the
// speaker (nameRun, pronouns), the adverbs, the verb and what follows it in
// indirectRe. Everything else is a barrier no such match crosses.
func isSpeakerRune(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\f', '\r', '\'', '’', '.', '-':
		return true
	}
	return r >= '0' && r <= '9' || unicode.IsLetter(r)
}

// indirectWords are the lower-case words that can stand inside an
// indirectRe match: the name-run words of nameRun, "the", the pronouns, the
// adverbs it allows before the verb, the words of the reporting verbs and
// the "that"/"on" after them. (Words starting with an upper-case letter or a
// digit, and lower-case words ending in -ly, can stand there too.)
var indirectWords = func() map[string]bool {
	m := toSet(`of for and de al bin van von spokesman spokeswoman spokesperson minister secretary director
adviser advisor official officials president chief head leader ambassador envoy general commander chairman
member senator lawmaker analyst professor said told the he she they it we has had have also then later
previously repeatedly that on`)
	for _, v := range reportingVerbs {
		for _, w := range strings.Fields(v) {
			m[w] = true
		}
	}
	return m
}()

// mayBeInIndirect reports whether a whitespace-free token can be part of
// an indirectRe match (see indirectWords).
func mayBeInIndirect(tok string) bool {
	r, _ := utf8.DecodeRuneInString(tok)
	if unicode.IsUpper(r) || r >= '0' && r <= '9' || indirectWords[tok] {
		return true
	}
	if !strings.HasSuffix(tok, "ly") {
		return false
	}
	for _, r := range tok {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// findIndirect is indirectRe.FindStringSubmatchIndex(s), faster. A match
// is ^ or one character of [\s,;], then whole whitespace-separated tokens
// made of speaker runes, each one mayBeInIndirect allows, then spaces. So
// it lies inside one window of s that holds no barrier rune and no
// disallowed token, together with the character before the window; the
// windows are tried in order (the first with a match holds the leftmost
// match), and only when they hold a reporting verb. ok is the caller's
// mayHaveVerb(s).
func findIndirect(ok bool, s string) []int {
	if !ok {
		return nil
	}
	start := 0 // window start: 0, a barrier, or the space after a bad token
	try := func(end int) []int {
		if end > start {
			if w := s[start:end]; mayHaveVerb(w) {
				return findIf(true, indirectRe, w, start)
			}
		}
		return nil
	}
	tok := -1 // start of the current token
	for i, r := range s {
		speaker := isSpeakerRune(r)
		space := r == ' ' || r == '\t' || r == '\n' || r == '\f' || r == '\r'
		if tok >= 0 && (space || !speaker) {
			if !mayBeInIndirect(s[tok:i]) {
				if m := try(tok); m != nil {
					return m
				}
				start = i
			}
			tok = -1
		}
		switch {
		case !speaker:
			if m := try(i); m != nil {
				return m
			}
			start = i
		case !space && tok < 0:
			tok = i
		}
	}
	if tok >= 0 && !mayBeInIndirect(s[tok:]) {
		return try(tok)
	}
	return try(len(s))
}

// mayBeAppositive is a cheap necessary condition for appositiveRe: a
// reporting verb right after ", " (and "has", "had" or "also").
func mayBeAppositive(s string) bool {
	for i := strings.Index(s, ","); i >= 0; {
		rest := strings.TrimLeft(s[i+1:], " \t\n\f\r")
		for _, aux := range []string{"has", "had", "also"} {
			if strings.HasPrefix(rest, aux) && len(rest) > len(aux) && strings.IndexByte(" \t\n\f\r", rest[len(aux)]) >= 0 {
				rest = strings.TrimLeft(rest[len(aux):], " \t\n\f\r")
				break
			}
		}
		end := 0
		for end < len(rest) && (rest[end] >= 'a' && rest[end] <= 'z') {
			end++
		}
		if verbFirstWords[rest[:end]] {
			return true
		}
		j := strings.Index(s[i+1:], ",")
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// findBefore is beforeSpeakerVerbRe.FindStringSubmatchIndex(s), run only
// on the part of s where a match can start (see speakerTailStart).
func findBefore(ok bool, s string) []int {
	if !ok {
		return nil
	}
	w := speakerTailStart(s)
	return findIf(true, beforeSpeakerVerbRe, s[w:], w)
}

// speakerTailStart is where beforeSpeakerVerbRe's match can start at the
// earliest: the regex is anchored at the end and allows, after its speaker
// runes, only one ',' or ':' and spaces, so its match starts at or after
// the last barrier before that tail.
func speakerTailStart(s string) int {
	k := len(s)
	for k > 0 && strings.IndexByte(" \t\n\f\r", s[k-1]) >= 0 {
		k--
	}
	if k > 0 && (s[k-1] == ',' || s[k-1] == ':') {
		k--
	}
	w := 0
	for i, r := range s[:k] {
		if !isSpeakerRune(r) {
			w = i
		}
	}
	return w
}

func insideAny(qs []Quote, off int) bool {
	for _, q := range qs {
		if q.Span.Contains(off) {
			return true
		}
	}
	return false
}

func sentenceContaining(sents []Span, off int) Span {
	for _, s := range sents {
		if off >= s.Start && off < s.End {
			return s
		}
	}
	return Span{off, off}
}

// scanMarks finds quotation marks in a paragraph and decides, for the
// ambiguous straight ones, whether each opens or closes.
func scanMarks(text string, p Span) []quoteMark {
	var marks []quoteMark
	for i := p.Start; i < p.End; {
		r, size := utf8.DecodeRuneInString(text[i:])
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		nextR, _ := utf8.DecodeRuneInString(text[min(i+size, len(text)):])
		atStart := i == p.Start || unicode.IsSpace(prev) || strings.ContainsRune("([{—–-/", prev)
		switch r {
		case '“', '«', '„':
			marks = append(marks, quoteMark{i, size, true, true})
		case '”', '»':
			marks = append(marks, quoteMark{i, size, false, true})
		case '"':
			marks = append(marks, quoteMark{i, size, atStart, true})
		case '‘':
			marks = append(marks, quoteMark{i, size, true, false})
		case '’', '\'':
			// An apostrophe inside a word ("Israel's") is not a quote mark.
			if unicode.IsLetter(prev) && unicode.IsLetter(nextR) {
				break
			}
			if atStart && unicode.IsLetter(nextR) {
				marks = append(marks, quoteMark{i, size, true, false})
			} else if !atStart && (unicode.IsLetter(prev) || unicode.IsPunct(prev)) && !unicode.IsLetter(nextR) && prev != 's' {
				marks = append(marks, quoteMark{i, size, false, false})
			} else if !atStart && prev == 's' && !unicode.IsLetter(nextR) && hasOpenSingle(marks) {
				marks = append(marks, quoteMark{i, size, false, false})
			}
		}
		i += size
	}
	return marks
}

func hasOpenSingle(marks []quoteMark) bool {
	for i := len(marks) - 1; i >= 0; i-- {
		if !marks[i].double {
			return marks[i].open
		}
	}
	return false
}
