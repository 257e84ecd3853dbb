package corpus

// The byte tables and lane tests below serve the attribution scanner
// (attribution.go) and its tests, which read words a byte at a time; the
// cleaner no longer uses them. Delete them with their last use.

// asciiWordClass sorts the bytes for the word scanners: ASCII letters and
// digits, the apostrophe (in a word only before a letter), and the rest
// (with every byte of a multi-byte character).
var asciiWordClass = func() (t [256]uint8) {
	for c := range t {
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
			t[c] = wordLetter
		case c == '\'':
			t[c] = wordApostrophe
		}
	}
	return t
}()

// The classes of asciiWordClass; 0 is every other byte.
const (
	wordLetter uint8 = 1 + iota
	wordApostrophe
)

// asciiLowerBit is 0x20 for the ASCII upper-case letters and 0 for the
// other bytes: c|asciiLowerBit[c] lower-cases c.
var asciiLowerBit = func() (t [256]uint8) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = 0x20
	}
	return t
}()

// asciiAlnum marks, with the high bit of each byte, the bytes of x that
// are ASCII letters or digits (alnum) and those that are letters (letter),
// from the lowest byte up to the first byte that is neither: past it the
// marks may be wrong.
func asciiAlnum(x uint64) (alnum, letter uint64) {
	l := x | 0x20*lanes01 // ASCII letters to lower case (and some other bytes moved)
	letter = (l + (0x80-'a')*lanes01) &^ (l + (0x80-'z'-1)*lanes01) & lanes80
	digit := (x + (0x80-'0')*lanes01) &^ (x + (0x80-'9'-1)*lanes01) & lanes80
	return letter | digit, letter
}
