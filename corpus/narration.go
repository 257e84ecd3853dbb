package corpus

import "strings"

// narrationVerbAfterPronoun reports whether the words from token k read
// as a verb in the simple past that the outlet tells of, past adverbs: a
// regular past in -ed ("avoided", "declined"), an irregular one ("gave",
// "left"), or "did not" and a verb. The backshifted forms a reported
// clause is told in ("had", "was", "would") are left out: "Roe said the
// board was wrong, but she had no plans to sue" may still be Roe's words.
func (a *attributor) narrationVerbAfterPronoun(k, hi int) bool {
	for n := 0; n < 2 && k < hi && a.toks[k].kind == tokWord && !a.toks[k].upper && (a.toks[k].adverb || narrationAdverbs[strings.ToLower(a.word(k))]); n++ {
		k++
	}
	if k >= hi || a.toks[k].kind != tokWord || a.toks[k].upper {
		return false
	}
	w := strings.ToLower(a.word(k))
	switch {
	case w == "did" || w == "didn't" || w == "didn’t":
		return w != "did" || k+1 < hi && a.lowerWordIs(k+1, "not")
	case finiteAux[w] || beForms[w] || modalWords[w]:
		return false
	case pastVerbs[w] || irregularPasts[w] && w != "said" && w != "told":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed") && a.toks[k].class&wParticiple == 0
}

// narrationAdverbs may stand between a pronoun and the outlet's verb:
// "but she also avoided", "but he later declined".
var narrationAdverbs = fieldSet(`also later then still again never`)

// endAtNarration ends the last attribution before ", but" or ";" at token
// b when what follows, from token start, is the outlet telling of the
// speaker: a "he" or "she" that fits the speaker's sex and a verb in the
// simple past ("Roe told reporters that the port is safe, but she avoided
// taking a position on the strike"). The reported words hold no other
// person the pronoun could mean: no he, she, his, her or him, no person's
// role, no name of that sex. It reports whether it ended the attribution.
func (f *quoteFinder) endAtNarration(a *attributor, b, start, hi int) bool {
	if len(f.quotes) == 0 || start+1 >= hi || a.toks[start].kind != tokWord || !a.toks[start].is(wHeShe) {
		return false
	}
	last := &f.quotes[len(f.quotes)-1]
	want := pronounSex(strings.ToLower(a.word(start)))
	if last.Kind != QuoteIndirect || want == 0 || f.sexOf(last.Speaker) != want || a.to(b) <= last.Span.Start || a.from(b) >= last.Span.End {
		return false
	}
	for k := b - 1; k >= 0 && a.from(k) >= last.Span.Start; k-- {
		t := a.toks[k]
		if t.kind != tokWord {
			continue
		}
		w := strings.ToLower(a.word(k))
		if t.is(wHeShe|wPerson) || otherPersonPronouns[w] {
			return false
		}
		if t.upper {
			// The run of capitalised words ending here, read as a name:
			// "Roe said Ana Lee had agreed, but she left": Lee may be
			// the one who left.
			s := k
			for s > 0 && a.from(s-1) >= last.Span.Start && a.toks[s-1].kind == tokWord && a.toks[s-1].upper {
				s--
			}
			if f.sexOf(a.text[a.from(s):a.to(k)]) == want {
				return false
			}
			k = s
		}
	}
	if !a.narrationVerbAfterPronoun(start+1, hi) {
		return false
	}
	end := trimEndPunct(a.toks, b+1) // the comma or semicolon at b
	if end <= 0 || a.to(end-1) <= last.Span.Start {
		return false
	}
	last.Span.End = a.to(end - 1)
	return true
}

// otherPersonPronouns are the object and possessive forms of "he" and
// "she": a person in the reported words the later pronoun may mean.
var otherPersonPronouns = fieldSet(`him his her hers himself herself`)
