package text

import (
	"strings"
	"unicode/utf8"
)

// cp1252High maps the Windows-1252 characters of bytes 0x80-0x9F to their
// bytes; bytes 0xA0-0xFF are the Latin-1 characters of the same number.
var cp1252High = map[rune]byte{
	'€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88,
	'‰': 0x89, 'Š': 0x8A, '‹': 0x8B, 'Œ': 0x8C, 'Ž': 0x8E, '‘': 0x91, '’': 0x92, '“': 0x93,
	'”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9A, '›': 0x9B,
	'œ': 0x9C, 'ž': 0x9E, 'Ÿ': 0x9F,
}

// misreadByte returns the byte a character stands for when UTF-8 was read
// as Windows-1252 (or Latin-1, whose C1 range fills 1252's five holes).
func misreadByte(r rune) (byte, bool) {
	if r >= 0x80 && r <= 0xFF {
		return byte(r), true
	}
	b, ok := cp1252High[r]
	return b, ok
}

// repairMojibake undoes UTF-8 that was read as Windows-1252 or Latin-1,
// once or more ("PresidentÃ¢â‚¬â„¢s" is "President’s" read wrongly twice),
// and returns how many characters it restored. It changes only what is
// unambiguous: a run of characters that, taken back to the bytes they were
// read from, is a UTF-8 lead byte and exactly its continuation bytes and
// decodes to one character. Real text almost never holds such a run ("Ã©"
// is not French; "é" is), and text in a legacy encoding has no lead byte
// followed by continuation bytes as characters.
func repairMojibake(s string) (string, int) {
	fixed := 0
	for { // each pass undoes one wrong reading; each shortens s, so this ends
		if !mayHoldMojibake(s) {
			break
		}
		out, n := repairPass(s)
		if n == 0 {
			break
		}
		s, fixed = out, fixed+n
	}
	return s, fixed
}

// mojibakeLeads are the characters a misread run starts with: the
// Windows-1252 readings of UTF-8 lead bytes.
const mojibakeLeads = "ÂÃÄÅâÎÏÐÑ"

// mayHoldMojibake reports whether s holds one of mojibakeLeads. Each is
// written in UTF-8 as the byte 0xC3 and one more, so a text without that
// byte, as most English text is, is passed over by one fast byte search:
// looking for any of several characters goes rune by rune.
func mayHoldMojibake(s string) bool {
	i := strings.IndexByte(s, 0xC3)
	return i >= 0 && strings.ContainsAny(s[i:], mojibakeLeads)
}

// mojibakeTarget reports whether r is a character that news text misread
// this way usually held: Latin letters with accents, Greek, Cyrillic, and
// typographic punctuation (curly quotes, dashes, ellipsis, €, ™; not the
// bidi controls between them, which Sanitize must never let in). A run
// that would decode to anything else (a CJK character from "é””") is more
// likely real text and is left alone.
func mojibakeTarget(r rune) bool {
	return r >= 0xA0 && r <= 0x24F || r >= 0x370 && r <= 0x4FF ||
		r >= 0x2010 && r <= 0x2027 || r >= 0x2030 && r <= 0x203A || r == 0x20AC || r == 0x2122
}

// repairPass replaces each misread sequence of s once.
func repairPass(s string) (string, int) {
	var b strings.Builder
	n := 0
	last := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		lead, ok := misreadByte(r)
		need := 0
		switch {
		case !ok:
		case lead >= 0xC2 && lead <= 0xDF:
			need = 1
		case lead >= 0xE0 && lead <= 0xEF:
			need = 2
		case lead >= 0xF0 && lead <= 0xF4:
			need = 3
		}
		if need == 0 {
			i += size
			continue
		}
		var buf [utf8.UTFMax]byte
		seq := append(buf[:0], lead)
		j := i + size
		for len(seq) <= need && j < len(s) {
			c, csize := utf8.DecodeRuneInString(s[j:])
			cb, ok := misreadByte(c)
			if !ok || cb < 0x80 || cb > 0xBF {
				break
			}
			seq = append(seq, cb)
			j += csize
		}
		if len(seq) != need+1 {
			i += size
			continue
		}
		if fixedRune, fsize := utf8.DecodeRune(seq); fsize != len(seq) || !mojibakeTarget(fixedRune) {
			i += size
			continue
		}
		b.WriteString(s[last:i])
		b.Write(seq)
		last, i = j, j
		n++
	}
	if n == 0 {
		return s, 0
	}
	b.WriteString(s[last:])
	return b.String(), n
}
