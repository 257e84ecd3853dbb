package corpus

import (
	"regexp"
	"strings"
	"time"

	"github.com/framediff/framediff/text"
)

// An article that carries no date would join a story by its content
// alone, and two reports of look-alike events years apart (two Gaza wars)
// read alike. Before grouping, such an article is given the time evidence
// its address and text hold: a date in its URL path or in a dateline
// opening its text makes it dated; a month in its URL path bounds its
// date on both sides; a year its text speaks of as past ("in 2019",
// "since 2019") bounds it from below, since an article cannot report as
// past what had not happened yet.

// DateSource says where grouping found the date of an article that
// carries none of its own.
type DateSource string

// The places a date is found in.
const (
	DateFromAddress  DateSource = "address"  // a year/month/day in the article's URL path
	DateFromDateline DateSource = "dateline" // "WASHINGTON, Nov. 14, 2019 —" opening the text
)

// FoundDate is a story member whose date grouping found in its address or
// text, and where.
type FoundDate struct {
	Member int
	Date   time.Time
	From   DateSource
}

// timeEvidence is what an undated article's address and text say of its
// date: a full date (with where it was found), or bounds, each zero when
// open.
type timeEvidence struct {
	date                time.Time
	from                DateSource
	notBefore, notAfter time.Time
}

var (
	// urlDayRe is a year/month/day run of URL path segments
	// ("/2019/11/14/"); urlMonthRe a year/month one ("/2018/11/"),
	// and urlISORe an ISO date between separators ("/2019-11-14-slug").
	urlDayRe   = regexp.MustCompile(`/((?:19|20)\d{2})/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?:/|$)`)
	urlMonthRe = regexp.MustCompile(`/((?:19|20)\d{2})/(0?[1-9]|1[0-2])(?:/|$)`)
	urlISORe   = regexp.MustCompile(`[/_-]((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)`)
)

// urlEvidence reads a date from a URL's path: a full date makes the
// article dated; a year and month alone bound it to that month, widened
// by a month on the early side because a magazine's address carries the
// month of its issue, which appears before it.
func urlEvidence(url string) timeEvidence {
	path := url
	if i := strings.Index(path, "://"); i >= 0 {
		path = path[i+3:]
	}
	if i := strings.IndexAny(path, "?#"); i >= 0 {
		path = path[:i]
	}
	if i := strings.IndexByte(path, '/'); i >= 0 {
		path = path[i:] // the host's digits are no date
	} else {
		return timeEvidence{}
	}
	for _, re := range []*regexp.Regexp{urlDayRe, urlISORe} {
		if m := re.FindStringSubmatch(path); m != nil {
			if t, ok := civilDate(atoi(m[1]), atoi(m[2]), atoi(m[3])); ok {
				return timeEvidence{date: t, from: DateFromAddress}
			}
		}
	}
	if m := urlMonthRe.FindStringSubmatch(path); m != nil {
		if start, ok := civilDate(atoi(m[1]), atoi(m[2]), 1); ok {
			return timeEvidence{notBefore: start.AddDate(0, -1, 0), notAfter: start.AddDate(0, 1, -1)}
		}
	}
	return timeEvidence{}
}

// datelineRe is a dateline opening an article: an optional place in
// capitals ("WASHINGTON", "GAZA CITY", with an agency in brackets) and a
// full date, then a dash or a colon: "WASHINGTON, Nov. 14, 2019 —",
// "14 November 2019 -".
var datelineRe = regexp.MustCompile(`^(?:\p{Lu}[\p{Lu}.' ]{1,40},?\s*(?:\([^)]{1,40}\)\s*)?)?((?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}))\s*(?:[—–-]|:)`)

// datelineParagraphs is how many paragraphs at the top of a text are
// looked at for a dateline: the headline and a standfirst come first.
const datelineParagraphs = 3

// datelineDate is the date of a dateline opening one of the text's first
// paragraphs, if any.
func datelineDate(text string) (time.Time, bool) {
	for range datelineParagraphs {
		para, rest, _ := strings.Cut(strings.TrimLeft(text, " \n"), "\n")
		if m := datelineRe.FindStringSubmatch(para[:min(len(para), 200)]); m != nil {
			return ParseDate(m[1])
		}
		text = rest
	}
	return time.Time{}, false
}

// pastYearRe finds what may be a year (1900-2099) with the words before
// it; pastContext decides whether the text speaks of it as past.
var pastYearRe = regexp.MustCompile(`(?:^|[^\d,.$£€])((?:19|20)\d{2})(?:[^\d,%s]|,\D|,$|$)`)

// futureCues are words that make a sentence speak of what is to come (or
// may be), so that a year in it is no evidence that it has passed.
var futureCues = map[string]bool{
	"will": true, "would": true, "shall": true, "could": true, "might": true, "may": true,
	"should": true, "must": true, "expected": true, "expects": true, "expect": true,
	"plan": true, "plans": true, "planned": true, "planning": true, "scheduled": true,
	"due": true, "until": true, "till": true, "upcoming": true, "next": true, "expire": true,
	"expires": true, "deadline": true, "aims": true, "aim": true, "hopes": true, "hope": true,
	"intends": true, "going": true, "set": true, "before": true, "ahead": true, "if": true,
	"unless": true, "run": true, "running": true, "candidate": true, "candidates": true,
	"poised": true, "slated": true, "likely": true,
}

// pastForms are common irregular past forms; regular ones end in -ed.
var pastForms = map[string]bool{
	"was": true, "were": true, "had": true, "did": true, "began": true, "took": true,
	"came": true, "won": true, "lost": true, "left": true, "said": true, "told": true,
	"made": true, "became": true, "fell": true, "rose": true, "broke": true, "saw": true,
	"led": true, "met": true, "fought": true, "held": true, "gave": true, "went": true,
	"got": true, "sent": true, "built": true, "fled": true, "shot": true, "struck": true,
	"wrote": true, "spoke": true, "ran": true, "seized": true, "froze": true, "knew": true,
}

// notPastEd are words ending in -ed that are no past tense.
var notPastEd = map[string]bool{
	"need": true, "indeed": true, "hundred": true, "speed": true,
	"proceed": true, "exceed": true, "succeed": true, "embed": true, "breed": true,
	"greed": true, "seed": true, "feed": true, "bed": true, "red": true, "shed": true,
	"deed": true, "creed": true, "weed": true, "bleed": true,
}

// textLowerBound is the earliest date the text's past-tense mentions of
// years and dates allow: the latest year, month or day it speaks of as
// past. A year counts when "since" comes before it ("since 2019",
// "since early 2019", "since March 2019"), or "in"/"on" does ("in 2019",
// "in March 2019", "on Nov. 14, 2019") in a sentence with a verb in the
// past tense and no word of what is to come or may be ("will", "could",
// "until", "by 2030"); and a date signing an embedded post ("(@name)
// November 20, 2018") counts as it was posted before the article. Years
// as modifiers ("the 2020 election", "the 1979 revolution") say nothing
// of tense and do not count.
func textLowerBound(text string) time.Time {
	var bound time.Time
	for _, m := range pastYearRe.FindAllStringSubmatchIndex(text, -1) {
		ys, ye := m[2], m[3]
		t, ok := pastMention(text, ys, ye)
		if ok && t.After(bound) {
			bound = t
		}
	}
	return bound
}

// pastMention reads the year at text[ys:ye] with the words before it and
// reports the date it speaks of as past (see textLowerBound): the year's
// first day, or the month's or the day's when they are written.
func pastMention(text string, ys, ye int) (time.Time, bool) {
	year := atoi(text[ys:ye])
	before := lastWords(text[max(0, ys-60):ys], 5) // lower-cased, in text order
	at := time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC)
	day := false
	k := len(before) - 1
	month := func(w string) (time.Month, bool) { return monthOf(strings.TrimRight(w, ".,")) }
	switch {
	case k >= 1 && isDayNumber(before[k]): // "Nov. 14, 2019"
		if mo, ok := month(before[k-1]); ok {
			if t, ok := civilDate(year, int(mo), dayNumber(before[k])); ok {
				at, day, k = t, true, k-2
			}
		}
	case k >= 1 && isDayNumber(before[k-1]): // "14 November 2019"
		if mo, ok := month(before[k]); ok {
			if t, ok := civilDate(year, int(mo), dayNumber(before[k-1])); ok {
				at, day, k = t, true, k-2
			}
		}
	case k >= 0: // "March 2019"
		if mo, ok := month(before[k]); ok {
			at, k = time.Date(year, mo, 1, 0, 0, 0, 0, time.UTC), k-1
		}
	}
	if k >= 0 && (before[k] == "early" || before[k] == "late" || before[k] == "mid" || before[k] == "mid-") {
		k--
	}
	if k < 0 {
		return time.Time{}, false
	}
	w := before[k]
	switch {
	case day && strings.HasPrefix(w, "(@") && strings.HasSuffix(w, ")"):
		return at, true // a post's signature: "(@name) November 20, 2018"
	case w == "since":
		return at, true
	case w == "in" || w == "on":
		// "maturing in 2025", "ending in 2030": an -ing form before the
		// year speaks of a course, often still to run.
		if k >= 1 && strings.HasSuffix(before[k-1], "ing") {
			return time.Time{}, false
		}
		// "poised to lead in 2017", "agreed to step down in 2021": an
		// infinitive just before the year is an aim, not a fact.
		for _, w := range before[max(0, k-3):k] {
			if w == "to" {
				return time.Time{}, false
			}
		}
		if pastSentence(yearSentence(text, ys, ye), ys-yearSentenceStart(text, ys)) {
			return at, true
		}
	}
	return time.Time{}, false
}

// isDayNumber reports whether w is a day of the month ("14", "14,", "14th").
func isDayNumber(w string) bool {
	n := dayNumber(w)
	return n >= 1 && n <= 31
}

// dayNumber is the number of a day word ("14", "14,", "14th"), or -1.
func dayNumber(w string) int {
	w = strings.TrimSuffix(w, ",")
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		w = strings.TrimSuffix(w, suf)
	}
	if len(w) == 0 || len(w) > 2 {
		return -1
	}
	return atoi(w)
}

// lastWords returns up to n whitespace-separated words at the end of s,
// lower-cased, in text order.
func lastWords(s string, n int) []string {
	f := strings.Fields(strings.ToLower(s))
	if len(f) > n {
		f = f[len(f)-n:]
	}
	return f
}

// yearSentence returns the sentence holding text[start:end]: from after
// the last sentence end before it to the next one after it.
func yearSentence(text string, start, end int) string {
	hi := end
	for hi < len(text) && hi < end+400 {
		if yearSentenceEndAt(text, hi) {
			break
		}
		hi++
	}
	return text[yearSentenceStart(text, start):hi]
}

// yearSentenceStart is where the sentence holding text[at] starts (at most
// 400 bytes back).
func yearSentenceStart(text string, at int) int {
	lo := at
	for lo > 0 && lo > at-400 && !yearSentenceEndAt(text, lo-1) {
		lo--
	}
	return lo
}

// yearSentenceEndAt reports whether text[i] ends a sentence: a line break, or
// a full stop, question or exclamation mark before a space that does not
// end an abbreviation.
func yearSentenceEndAt(text string, i int) bool {
	c := text[i]
	if c == '\n' {
		return true
	}
	if c != '.' && c != '!' && c != '?' {
		return false
	}
	return (i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n') && !abbreviationBefore(text, i)
}

// abbreviationBefore reports whether the period at txt[i] ends a short
// abbreviation ("Nov.", "Mr.", "U.S.") or a month's name, which ends no
// sentence: text.Abbreviation's list, as the tokenizer reads it.
func abbreviationBefore(txt string, i int) bool {
	if txt[i] != '.' {
		return false
	}
	j := i
	for j > 0 && txt[j-1] != ' ' && txt[j-1] != '\n' {
		j--
	}
	w := txt[j:i]
	if len(w) <= 1 || strings.Contains(w, ".") {
		return true // an initial or "U.S"
	}
	if _, ok := monthOf(w); ok {
		return true
	}
	return text.Abbreviation(w)
}

// pastVerbReach is how many words before a year a verb in the past
// tense is looked for: its clause ("was assassinated in 1995", "broke
// out in Iran in 2009"), not another one of a long sentence.
const pastVerbReach = 8

// pastSentence reports whether a sentence, holding a year at byte offset
// at, has a verb in the past tense within pastVerbReach words before the
// year and no word anywhere of what is to come or may be (futureCues, or
// "by" before a year), so that the year has passed.
func pastSentence(s string, at int) bool {
	isSep := func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '\'' || r == '’' || r >= '0' && r <= '9')
	}
	words := strings.FieldsFunc(s, isSep)
	for k, w := range words {
		lw := strings.ToLower(w)
		if futureCues[lw] || strings.HasSuffix(lw, "'ll") || strings.HasSuffix(lw, "’ll") {
			return false
		}
		if lw == "by" && k+1 < len(words) && len(words[k+1]) == 4 && atoi(words[k+1]) > 0 {
			return false
		}
	}
	before := strings.FieldsFunc(s[:max(0, min(at, len(s)))], isSep)
	for _, w := range before[max(0, len(before)-pastVerbReach):] {
		lw := strings.ToLower(w)
		// A regular past form is lower-case (not "United") and ends in -ed.
		if pastForms[lw] || w == lw && len(lw) >= 5 && strings.HasSuffix(lw, "ed") && !notPastEd[lw] {
			return true
		}
	}
	return false
}

// undatedEvidence gathers the time evidence of an undated article: a
// date in its address, else in a dateline, makes it dated; else the
// address's month and the text's past years bound it. A text bound that
// contradicts the address is dropped: the address is the stronger.
func undatedEvidence(url, text string) timeEvidence {
	ev := urlEvidence(url)
	if !ev.date.IsZero() {
		return ev
	}
	if t, ok := datelineDate(text); ok {
		return timeEvidence{date: t, from: DateFromDateline}
	}
	if lb := textLowerBound(text); !lb.IsZero() && (ev.notAfter.IsZero() || !lb.After(ev.notAfter)) && lb.After(ev.notBefore) {
		ev.notBefore = lb
	}
	return ev
}
