package corpus

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// decodeLegacy turns text in the encodings people still save news in into
// UTF-8, and says what it did (empty when nothing): UTF-16 with a
// byte-order mark (Windows "Unicode" exports) and Windows-1252/Latin-1
// (older exports and archives), which would otherwise be refused as binary
// or turn every accented letter into U+FFFD. A UTF-8 byte-order mark is
// dropped. Text that is UTF-8 apart from a few bad bytes is left for the
// sanitizer to repair: only text with no valid multi-byte sequence at all
// is read as Windows-1252, a superset of Latin-1's printable letters.
// HTML is left alone; its own charset declaration decides.
func decodeLegacy(data []byte) ([]byte, string) {
	switch {
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}), bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		out, _, err := transform.Bytes(unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder(), data)
		if err == nil {
			return out, "decoded from UTF-16"
		}
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return data[3:], ""
	case !utf8.Valid(data) && !hasMultiByteRune(data):
		out, _, err := transform.Bytes(charmap.Windows1252.NewDecoder(), data)
		if err == nil {
			return out, "decoded as Windows-1252 (the file is not UTF-8)"
		}
	}
	return data, ""
}

// hasMultiByteRune reports whether data holds a valid UTF-8 sequence of two
// or more bytes: a sign that it is UTF-8 with damage, not a legacy 8-bit
// encoding.
func hasMultiByteRune(data []byte) bool {
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r != utf8.RuneError || n > 1 {
			return true
		}
		i += n
	}
	return false
}

// warn adds a warning to the document, when there is one.
func (d *document) warn(w string) {
	if w != "" {
		d.warnings = append(d.warnings, w)
	}
}
