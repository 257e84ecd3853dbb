package text

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// tabWidth is how many columns a tab expands to: tabs in prose are layout
// leftovers, and a fixed width keeps byte offsets and screen columns simple.
const tabWidth = 4

// SanitizeReport says what Sanitize had to change, so the loader can warn.
type SanitizeReport struct {
	InvalidUTF8 int // bytes that were not valid UTF-8 (each became U+FFFD)
	Escapes     int // terminal escape sequences dropped (CSI, OSC, DCS, ...)
	Controls    int // C0/C1 control characters dropped
	Bidi        int // bidi overrides and isolates dropped
	Mojibake    int // characters restored from UTF-8 misread as Windows-1252
}

// Warnings renders the report as user-facing lines, empty when nothing changed.
func (r SanitizeReport) Warnings() []string {
	var w []string
	if r.InvalidUTF8 > 0 {
		w = append(w, fmt.Sprintf("repaired %d bytes of invalid UTF-8", r.InvalidUTF8))
	}
	if r.Escapes > 0 {
		w = append(w, fmt.Sprintf("dropped %d terminal escape sequences", r.Escapes))
	}
	if r.Controls > 0 {
		w = append(w, fmt.Sprintf("dropped %d control characters", r.Controls))
	}
	if r.Bidi > 0 {
		w = append(w, fmt.Sprintf("dropped %d bidi override characters", r.Bidi))
	}
	if r.Mojibake > 0 {
		w = append(w, fmt.Sprintf("repaired %d characters of UTF-8 misread as Windows-1252 (\"Ã©\" for \"é\")", r.Mojibake))
	}
	return w
}

// Sanitize makes untrusted text safe to keep and show: invalid UTF-8 is
// repaired, escape sequences (CSI, OSC, DCS, SOS, PM, APC, and their 8-bit C1
// forms) are dropped whole, other C0/C1 controls and bidi overrides are
// dropped, CR and CRLF become newlines (so a "\r overwrite" shows both
// texts), tabs expand to spaces, odd spaces become plain spaces, and the
// result is NFC. Text that was UTF-8 misread as Windows-1252 or Latin-1
// ("PresidentÃ¢â‚¬â„¢s") is first read back, where that is unambiguous
// (repairMojibake); the repaired text is then sanitized like any other.
// An opening single quote between two letters becomes an apostrophe.
func Sanitize(raw []byte) (string, SanitizeReport) { return SanitizeString(string(raw)) }

// SanitizeString is Sanitize for text already in a string.
func SanitizeString(raw string) (string, SanitizeReport) {
	raw, mojibake := repairMojibake(raw)
	var s string
	var rep SanitizeReport
	if plainPrefix(raw) == len(raw) {
		s = norm.NFC.String(raw)
	} else {
		s, rep = sanitizeRuns(raw)
	}
	// Dropping an escape or composing a letter can bring the parts of a
	// misread sequence together; reading them back keeps Sanitize
	// idempotent, and the characters it restores are all printable.
	for {
		fixed, n := repairMojibake(s)
		if n == 0 {
			break
		}
		s, mojibake = norm.NFC.String(fixed), mojibake+n
	}
	rep.Mojibake = mojibake
	return apostrophesInWords(s), rep
}

// apostrophesInWords sets an opening single quote that stands between two
// letters ("Trump‘s", a slip of smart-quote typing) as the apostrophe it
// is: left as it was, it opens a quotation that pairs with the next
// closing mark, and the word is no possessive. Both marks are three bytes,
// so no offset moves.
func apostrophesInWords(s string) string {
	const turned, apostrophe = "‘", "’"
	var b []byte
	for i := strings.Index(s, turned); i >= 0; {
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		next, _ := utf8.DecodeRuneInString(s[i+len(turned):])
		if unicode.IsLetter(prev) && unicode.IsLetter(next) {
			if b == nil {
				b = []byte(s)
			}
			copy(b[i:], apostrophe)
		}
		j := strings.Index(s[i+len(turned):], turned)
		if j < 0 {
			break
		}
		i += len(turned) + j
	}
	if b == nil {
		return s
	}
	return string(b)
}

// sanitizeRuns is Sanitize for text that needs changes: it copies runs of
// plain text (plainPrefix) whole and handles the runes between them one by
// one.
func sanitizeRuns(raw string) (string, SanitizeReport) {
	var rep SanitizeReport
	var b strings.Builder
	b.Grow(len(raw))
	col := 0 // runes written since the last newline
	for i := 0; i < len(raw); {
		if n := plainPrefix(raw[i:]); n > 0 {
			// A run that stays as it is: copy it whole.
			run := raw[i : i+n]
			b.WriteString(run)
			if nl := strings.LastIndexByte(run, '\n'); nl >= 0 {
				col = utf8.RuneCountInString(run[nl+1:])
			} else {
				col += utf8.RuneCountInString(run)
			}
			if i += n; i == len(raw) {
				break
			}
		}
		r, size := utf8.DecodeRuneInString(raw[i:])
		if r == utf8.RuneError && size <= 1 {
			rep.InvalidUTF8++
			b.WriteRune('\uFFFD')
			col++
			i++
			continue
		}
		switch {
		case r == 0x1b: // ESC
			i += skipEscape(raw[i+1:]) + 1
			rep.Escapes++
			continue
		case r == 0x9b || r == 0x9d || r == 0x90 || r == 0x98 || r == 0x9e || r == 0x9f:
			// 8-bit C1 introducers of CSI, OSC, DCS, SOS, PM, APC.
			i += size + skipSequenceBody(raw[i+size:], r == 0x9b)
			rep.Escapes++
			continue
		case r == '\n':
			b.WriteByte('\n')
			col = 0
		case r == '\r':
			if i+1 < len(raw) && raw[i+1] == '\n' {
				i++
			}
			b.WriteByte('\n')
			col = 0
		case r == '\t':
			for range tabWidth - col%tabWidth {
				b.WriteByte(' ')
				col++
			}
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
			rep.Controls++
		case isBidiControl(r):
			rep.Bidi++
		case r == '\uFEFF' || r == '\u200B' || r == '\u2060' || r == '\u00AD':
			// BOM, zero-width space, word joiner, soft hyphen: invisible and
			// they split words the reader sees as one.
		case r == '\u00A0' || r == '\u2007' || r == '\u202F' || (r >= '\u2000' && r <= '\u200A') || r == '\u3000':
			b.WriteByte(' ')
			col++
		case r == '\u2028' || r == '\u2029':
			b.WriteByte('\n')
			col = 0
		default:
			b.WriteString(raw[i : i+size])
			col++
		}
		i += size
	}
	return norm.NFC.String(b.String()), rep
}

// plainPrefix returns the length of the leading part of raw that Sanitize
// keeps as it is (but for NFC): valid UTF-8 without controls (but newline),
// escapes, bidi controls, invisible or odd space characters.
func plainPrefix(raw string) int {
	for i, r := range raw {
		switch {
		case r == '\n':
		case r < 0x20, r == 0x7f:
			return i
		case r < utf8.RuneSelf:
		case r == utf8.RuneError && !strings.HasPrefix(raw[i:], "\uFFFD"), r < 0xa0, isBidiControl(r),
			r == '\uFEFF', r == '\u200B', r == '\u2060', r == '\u00AD',
			r == '\u00A0', r == '\u2007', r == '\u202F', r >= '\u2000' && r <= '\u200A', r == '\u3000',
			r == '\u2028', r == '\u2029':
			return i
		}
	}
	return len(raw)
}

func isBidiControl(r rune) bool {
	return (r >= '\u202A' && r <= '\u202E') || (r >= '\u2066' && r <= '\u2069') ||
		r == '\u200E' || r == '\u200F' || r == '\u061C'
}

// skipEscape returns how many bytes after an ESC belong to its sequence.
func skipEscape(b string) int {
	if len(b) == 0 {
		return 0
	}
	switch b[0] {
	case '[':
		return 1 + skipSequenceBody(b[1:], true)
	case ']', 'P', 'X', '^', '_':
		return 1 + skipSequenceBody(b[1:], false)
	default:
		// Two-byte escapes (ESC c, ESC 7, charset selections ESC ( B).
		if b[0] >= 0x20 && b[0] <= 0x2f && len(b) > 1 {
			return 2
		}
		if b[0] < 0x80 {
			return 1
		}
		return 0
	}
}

// skipSequenceBody returns the length of a CSI body (parameters up to a final
// byte) or a string body (up to BEL or ST).
func skipSequenceBody(b string, csi bool) int {
	if csi {
		for i := 0; i < len(b); i++ {
			c := b[i]
			switch {
			case c >= 0x40 && c <= 0x7e: // final byte
				return i + 1
			case c >= 0x20 && c <= 0x3f: // parameter or intermediate byte
			default: // malformed: end the sequence here, keep the byte
				return i
			}
		}
		return len(b)
	}
	for i := 0; i < len(b); i++ {
		switch {
		case b[i] == 0x07:
			return i + 1
		case b[i] == 0x1b && i+1 < len(b) && b[i+1] == '\\':
			return i + 2
		case b[i] == 0xc2 && i+1 < len(b) && b[i+1] == 0x9c: // 8-bit ST
			return i + 2
		}
	}
	return len(b)
}

// SanitizeLine is Sanitize for one-line text: a name, an identifier, a
// path, a rule's label. Line breaks become spaces as well, so the text
// cannot start a new line of the output it is printed in.
func SanitizeLine(raw string) string {
	s, _ := SanitizeString(raw)
	if strings.ContainsAny(s, "\n\u2028\u2029") {
		s = strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == '\n' || r == '\u2028' || r == '\u2029' }), " ")
	}
	return s
}

// UnsafeAt returns the byte offset of the first rune in s that Sanitize
// would have removed (an escape or control character other than a newline,
// a bidi control, invalid UTF-8), or -1 when s is safe to print. Tests at
// every output use it to check that no carrier lets one through.
func UnsafeAt(s string) int {
	for i, r := range s {
		switch {
		case r == '\n':
		case r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD"):
			return i
		case r < 0x20 || r == 0x7f, r >= 0x80 && r < 0xa0, isBidiControl(r):
			return i
		}
	}
	return -1
}
