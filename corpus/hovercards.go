package corpus

import "strings"

// Some sites link a person's name to a pop-up of the latest headlines about
// them, and a scraped page keeps the pop-up's text inside the sentence:
// "President Trump Donald John TrumpGolden Globes host ... Trump doubles
// down on threat to Iran cultural sites MORE on Sunday evening doubled
// down ...". The pop-up is the person's full name run into its first
// headline with no space ("TrumpGolden"), then the headlines, then "MORE".
// It is no part of the sentence: the words read as the outlet's, or as
// the speaker's name.

// maxHoverCard bounds a pop-up's text from the name to "MORE": a full
// name and three headlines.
const maxHoverCard = 600

// hoverCardReason is why a pop-up's text is removed.
const hoverCardReason = "a linked name's pop-up of headlines inside a sentence"

// stripHoverCards removes the pop-ups of linked names from text, returning
// the text without them and each removed pop-up. A pop-up is kept out
// only when all of it is there: a full name of two to four capitalised
// words whose last runs into a capitalised word, and " MORE" after it in
// the same paragraph, within maxHoverCard bytes.
func stripHoverCards(text string) (string, []Removed) {
	if !strings.Contains(text, " MORE") {
		return text, nil // most texts: no pop-up's end, nothing to read
	}
	var b strings.Builder
	var removed []Removed
	last := 0
	for i := 1; i+2 < len(text); i++ {
		if !isLowerASCII(text[i]) || !isUpperASCII(text[i+1]) || !isLowerASCII(text[i+2]) {
			continue
		}
		start := fullNameStart(text, i+1)
		if start < last {
			continue
		}
		end := hoverCardEnd(text, i+1, start)
		if end < 0 {
			continue
		}
		b.WriteString(strings.TrimRight(text[last:start], " "))
		removed = append(removed, Removed{Text: text[start:end], Reason: hoverCardReason})
		last = end
		i = end
	}
	if removed == nil {
		return text, nil
	}
	b.WriteString(text[last:])
	return b.String(), removed
}

// fullNameStart returns where the full name ending at byte join (the
// first letter of the headline run into it) begins: the glued surname and
// one to four capitalised words before it ("Donald John TrumpGolden",
// "Addison (Mitch) Mitchell McConnellTrump"),
// right after the link's own text, which ends with the same surname
// ("President Trump Donald John TrumpGolden"); -1 when the name has fewer
// than two words or no such link text is before it ("Mitch McConnell",
// "a new PlayStation").
func fullNameStart(text string, join int) int {
	k := join
	for k > 0 && text[k-1] != ' ' && text[k-1] != '\n' {
		k--
	}
	surname := text[k:join]
	if surname == "" || !isUpperASCII(surname[0]) {
		return -1
	}
	start, words := k, 1
	for words < 5 && start > 1 && text[start-1] == ' ' {
		e := start - 1
		w := e
		for w > 0 && text[w-1] != ' ' && text[w-1] != '\n' {
			w--
		}
		word := strings.TrimLeft(text[w:e], "(")
		if strings.TrimRight(word, ")") == surname {
			if words < 2 {
				return -1
			}
			return start // the link's own text ends with the surname the card repeats
		}
		if word == "" || !isUpperASCII(word[0]) {
			return -1
		}
		start, words = w, words+1
	}
	return -1 // no link text before the name: a word with a capital inside, no pop-up
}

// hoverCardEnd returns the end of the pop-up whose headline starts at
// byte join: past " MORE" and the space after it, within maxHoverCard
// bytes of start and before the paragraph ends; -1 when there is none.
func hoverCardEnd(text string, join, start int) int {
	limit := min(len(text), start+maxHoverCard)
	if join >= limit {
		return -1 // a name longer than a pop-up's whole text
	}
	rest := text[join:limit]
	if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
		rest = rest[:nl]
	}
	k := strings.Index(rest, " MORE")
	if k < 0 {
		return -1
	}
	end := join + k + len(" MORE")
	if end < len(text) && (isUpperASCII(text[end]) || isLowerASCII(text[end])) {
		return -1 // "MOREOVER": a word of its own
	}
	// The sentence goes on after the pop-up: a lower-case word, a
	// parenthesis or a comma ("MORE on Sunday", "MORE (R-Ky.)"), not a
	// shouted "NO MORE WARS" or a line's end.
	after := strings.TrimLeft(text[end:min(len(text), end+3)], " ")
	if after == "" || !(isLowerASCII(after[0]) || after[0] == '(' || after[0] == ',') {
		return -1
	}
	return end
}

func isLowerASCII(c byte) bool { return 'a' <= c && c <= 'z' }
func isUpperASCII(c byte) bool { return 'A' <= c && c <= 'Z' }
