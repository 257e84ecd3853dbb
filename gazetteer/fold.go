package gazetteer

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// foldAccents returns a lower-case word with the accents of Latin letters
// taken off ("élysée" is "elysee", "chișinău" is "chisinau"), so that a name
// matches whether a page writes it with its accents or without, as English
// news does either way. A word without them comes back as it is, unallocated.
func foldAccents(w string) string {
	i := 0
	for i < len(w) && w[i] < utf8.RuneSelf {
		i++
	}
	if i == len(w) {
		return w
	}
	var b strings.Builder
	b.Grow(len(w))
	b.WriteString(w[:i])
	for _, r := range w[i:] {
		if f, ok := accentFolds()[r]; ok {
			b.WriteString(f)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// accentFolds maps the accented lower-case Latin letters of place and
// organisation names to their plain letters; it is never written to, and
// built on first use so that importing the package costs nothing.
var accentFolds = sync.OnceValue(func() map[rune]string {
	m := map[rune]string{'æ': "ae", 'œ': "oe", 'ß': "ss"}
	for plain, accented := range map[string]string{
		"a": "àáâãäåāăąǎ", "c": "çćĉċč", "d": "ďđ", "e": "èéêëēĕėęě", "g": "ĝğġģ", "h": "ĥħ",
		"i": "ìíîïĩīĭįı", "j": "ĵ", "k": "ķ", "l": "ĺļľŀł", "n": "ñńņňŉ", "o": "òóôõöøōŏő",
		"r": "ŕŗř", "s": "śŝşšș", "t": "ţťŧț", "u": "ùúûüũūŭůűų", "w": "ŵ", "y": "ýÿŷ", "z": "źżž",
	} {
		for _, r := range accented {
			m[r] = plain
		}
	}
	return m
})
