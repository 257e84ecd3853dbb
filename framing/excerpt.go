package framing

import "strconv"

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
	if e.Article < 0 || e.Article >= len(c.Articles) {
		return Excerpt{Text: e.Text}
	}
	a := c.Articles[e.Article].Article
	i := a.SentenceAt(e.Start)
	if i < 0 {
		return Excerpt{Text: e.Text}
	}
	s := a.Sentences[i]
	ex := Excerpt{Text: a.Slice(s)}
	if st, en := e.Start-s.Start, e.End-s.Start; st < en && en <= len(ex.Text) {
		ex.Start, ex.End = st, en
	}
	return ex
}

// OnePerSentence returns up to n pieces of evidence, in order, leaving out
// any whose sentence in the same article was already taken: two highlights
// in one sentence are one thing to read.
func (c *Comparison) OnePerSentence(ev []Evidence, n int) []Evidence {
	seen := map[string]bool{}
	var out []Evidence
	for _, e := range ev {
		if len(out) == n {
			break
		}
		k := strconv.Itoa(e.Article) + "\x00" + c.Excerpt(e).Text
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, e)
	}
	return out
}
