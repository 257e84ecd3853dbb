package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Capitalised reports whether a word starts with an upper-case letter: in
// English news, the sign of a name, a title or a sentence's first word.
func Capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// PossessiveLen is the length of a word's possessive ending ('s or ’s),
// 0 if it has none: "Iran's" is Iran's.
func PossessiveLen(w string) int {
	switch {
	case strings.HasSuffix(w, "'s"):
		return 2
	case strings.HasSuffix(w, "’s"):
		return len("’s")
	}
	return 0
}
