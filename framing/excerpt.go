package framing

import "github.com/framediff/framediff/corpus"

// Excerpt is a piece of evidence as a reader sees it: the sentence that
// holds it, and where the evidence's own words lie in that sentence.
type Excerpt struct {
	// Text is the whole sentence holding the evidence's first byte, or the
	// evidence's own text when it lies in no sentence of a known article.
	Text string
	// Start and End locate the evidence's words in Text; both are 0 when
	// they cannot be placed there (Text is the evidence's own text, or the
	// evidence runs past its sentence).
	Start, End int
}

// Excerpt returns the evidence in its sentence. The terminal UI and every
// report format show evidence through it, so a finding reads the same
// wherever it is shown.
func (c *Comparison) Excerpt(e Evidence) Excerpt {
	text, s, ok := c.sentenceOf(e)
	if !ok {
		return Excerpt{Text: text}
	}
	ex := Excerpt{Text: text}
	if st, en := e.Start-s.Start, e.End-s.Start; st < en && en <= len(ex.Text) {
		ex.Start, ex.End = st, en
	}
	return ex
}

// sentenceOf returns the sentence holding the evidence's first byte and
// its place in the article; ok is false, and text the evidence's own
// text, when it lies in no sentence of a known article.
func (c *Comparison) sentenceOf(e Evidence) (text string, s corpus.Span, ok bool) {
	if e.Article < 0 || e.Article >= len(c.Articles) {
		return e.Text, s, false
	}
	a := c.Articles[e.Article].Article
	i := a.SentenceAt(e.Start)
	if i < 0 {
		return e.Text, s, false
	}
	s = a.Sentences[i]
	return a.Slice(s), s, true
}

// OnePerSentence returns up to n pieces of evidence, in order, leaving out
// any whose sentence in the same article was already taken: two highlights
// in one sentence are one thing to read.
func (c *Comparison) OnePerSentence(ev []Evidence, n int) []Evidence {
	// Sentences are the same when their text is; the place of the text in
	// the article is checked first, so that thousands of pieces of evidence
	// in one long sentence (an article with no full stop) do not each read
	// that sentence again.
	type place struct{ article, start, end int }
	type sentence struct {
		article int
		text    string
	}
	seenPlace, seenText := map[place]bool{}, map[sentence]bool{}
	var out []Evidence
	for _, e := range ev {
		if len(out) == n {
			break
		}
		text, span, ok := c.sentenceOf(e)
		if p := (place{e.Article, span.Start, span.End}); ok {
			if seenPlace[p] {
				continue
			}
			seenPlace[p] = true
		}
		k := sentence{e.Article, text}
		if seenText[k] {
			continue
		}
		seenText[k] = true
		out = append(out, e)
	}
	return out
}
