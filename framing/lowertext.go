package framing

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// loweredText is an article's text in lower case, made once for all of its
// speakers' role look-backs (earlierRole), which read the text before each
// speaker in lower case: lowering that text anew for each speaker copied
// the article once per quotation, gigabytes for a long article of many
// speakers.
type loweredText struct {
	txt   string
	lower string // strings.ToLower(txt), made when first asked for
	made  bool
	// ends[i] is the length of strings.ToLower(txt[:i]) when i ends a rune
	// of txt (or an invalid byte, which lowers to U+FFFD), -1 inside a
	// rune; nil when each rune lowers to as many bytes as it has, so
	// that i itself is that length.
	ends []int32
	// mismatch is set when the lengths of the runes' lower cases do not
	// add up to the lowered text: each prefix is then lowered on its own.
	mismatch bool
}

// newLoweredText returns the lowered text of txt, lowered when first read.
func newLoweredText(txt string) *loweredText { return &loweredText{txt: txt} }

// prefix returns strings.ToLower(txt[:n]) without lowering it anew: the
// lower case of a text is the lower cases of its runes one after another,
// so that of a prefix ending between two runes is a prefix of the whole
// text's.
func (l *loweredText) prefix(n int) string {
	if n < 0 || n > len(l.txt) {
		return strings.ToLower(l.txt[:max(0, min(n, len(l.txt)))])
	}
	if !l.made {
		l.made = true
		l.lower = strings.ToLower(l.txt)
		l.ends, l.mismatch = lowerEnds(l.txt, len(l.lower))
	}
	switch {
	case l.mismatch:
	case l.ends == nil:
		if n == len(l.txt) || utf8.RuneStart(l.txt[n]) {
			return l.lower[:n]
		}
	case l.ends[n] >= 0:
		return l.lower[:l.ends[n]]
	}
	return strings.ToLower(l.txt[:n]) // inside a rune: its bytes lower on their own
}

// lowerEnds returns where each prefix of txt ends in its lower case, whose
// length is n, as loweredText.ends holds them: nil when every rune lowers
// to as many bytes as it has. The second result reports that the runes'
// lower cases do not add up to n.
func lowerEnds(txt string, n int) ([]int32, bool) {
	same := n == len(txt)
	for i := 0; same && i < len(txt); {
		r, size := utf8.DecodeRuneInString(txt[i:])
		if r == utf8.RuneError && size == 1 || utf8.RuneLen(unicode.ToLower(r)) != size {
			same = false
		}
		i += size
	}
	if same {
		return nil, false
	}
	if len(txt) >= 1<<31-8 || n >= 1<<31-8 {
		return nil, true
	}
	ends := make([]int32, len(txt)+1)
	at := 0
	for i := 0; i < len(txt); {
		r, size := utf8.DecodeRuneInString(txt[i:])
		ends[i] = int32(at)
		for k := 1; k < size; k++ {
			ends[i+k] = -1
		}
		if r == utf8.RuneError && size == 1 {
			at += utf8.RuneLen(utf8.RuneError) // an invalid byte lowers to U+FFFD
		} else {
			at += utf8.RuneLen(unicode.ToLower(r))
		}
		i += size
	}
	ends[len(txt)] = int32(at)
	return ends, at != n
}
