package corpus

import (
	"regexp"
	"strings"
	"time"
)

var (
	isoDateRe   = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\b`)
	monthDayRe  = regexp.MustCompile(`(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	dayMonthRe  = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})\b`)
	slashDateRe = regexp.MustCompile(`\b(\d{4})/(\d{1,2})/(\d{1,2})\b`)
)

var monthIndex = map[string]time.Month{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// monthOf is the month a word names, in full or abbreviated, in any case
// ("November", "Nov", "sept").
func monthOf(w string) (time.Month, bool) {
	w = strings.ToLower(w)
	if m, ok := monthIndex[w]; ok {
		return m, true
	}
	if len(w) < 3 {
		return 0, false
	}
	m, ok := monthIndex[w[:3]]
	return m, ok && w == strings.ToLower(m.String())
}

// civilDate is the date y-m-d when it exists.
func civilDate(y, m, d int) (time.Time, bool) {
	if y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, false // "February 30" rolled over
	}
	return t, true
}

// ParseDate finds a calendar date in the formats news pages use
// ("2023-01-04", "2023-01-04T13:45:00Z", "January 4, 2023", "JAN. 4 2023",
// "4 January 2023", "2023/01/04"). Numeric day/month orders other than
// year-first are ambiguous across countries and are not guessed.
func ParseDate(s string) (time.Time, bool) {
	if len(s) > 400 {
		s = s[:400]
	}
	// Every format has a four-digit year, and most lines have none: a
	// scan for one spares them the regular expressions.
	if !hasYearDigits(s) {
		return time.Time{}, false
	}
	mk := civilDate
	if m := isoDateRe.FindStringSubmatch(s); m != nil {
		return mk(atoi(m[1]), atoi(m[2]), atoi(m[3]))
	}
	if m := monthDayRe.FindStringSubmatch(s); m != nil {
		return mk(atoi(m[3]), int(monthIndex[strings.ToLower(m[1])]), atoi(m[2]))
	}
	if m := dayMonthRe.FindStringSubmatch(s); m != nil {
		return mk(atoi(m[3]), int(monthIndex[strings.ToLower(m[2])]), atoi(m[1]))
	}
	if m := slashDateRe.FindStringSubmatch(s); m != nil {
		return mk(atoi(m[1]), atoi(m[2]), atoi(m[3]))
	}
	return time.Time{}, false
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' || n > 1e6 {
			return -1
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// hasYearDigits reports whether s holds four ASCII digits in a row, which
// every date ParseDate reads has (its regular expressions' \d{4}).
func hasYearDigits(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}
