package framing

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/lexicon"
)

// baseLabel ranks a label found from the articles below the curated
// naming concepts, whose variants come with an explanation.
const baseLabel = 0.45

// minTestedUses is the fewest uses of a label for which a G2 test says
// anything: two uses against none can reach p < .05 while being two
// sentences, so below it a difference carries the small-numbers warning
// and no test.
const minTestedUses = 5

// labelDifferences finds, for every actor of the story, the labels one
// outlet gives it in its own words (twice, or once in a headline) that no
// other outlet naming the actor uses: "Naming of Kim Jong Un: Fox News
// says "dictator" 7 times in its own words; The New York Times never does
// (it says "leader" 9 times)".
func (c *Comparison) labelDifferences() []Difference {
	var out []Difference
	packNamed := c.packNamings()
	texts := outletTexts{c: c}
	for ai := range c.Actors {
		act := &c.Actors[ai]
		// Uses outside quotation marks per outlet and label (written), of
		// them those in the outlet's own words (own: its narration, and
		// its paraphrases when it writes the label for two sides or more,
		// its narration one, paraphraseSides), and headline uses. A paraphrase of one
		// side makes no naming of the outlet's, but an outlet that
		// paraphrases with a label does write it, and "never does" must
		// not be said of it.
		var sides paraphraseSides
		paraphrased := map[string]map[string]int{}
		own := map[string]map[string]int{}
		written := map[string]map[string]int{}
		headline := map[string]map[string]int{}
		curated := map[string]map[string]int{} // own uses a curated naming rule already explains
		aliases := map[string]bool{}           // labels that are other names of the actor
		for _, m := range act.Mentions {
			if m.Label == "" || !m.Voice.OutletsWords() || m.Part {
				continue // a part ("Russian officials") is no naming of Russia
			}
			if formalTitle(m.Label) && slices.ContainsFunc(m.Descriptors, func(d string) bool { return formerWords[strings.ToLower(d)] }) {
				continue // "the former head of the agency": an office the actor held, no name for them now
			}
			if m.alias {
				aliases[m.Label] = true
			}
			o := c.Articles[m.Article].Outlet
			if own[o] == nil {
				own[o], written[o], headline[o], curated[o], paraphrased[o] = map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}
			}
			written[o][m.Label]++
			if packNamed.covers(m) {
				curated[o][m.Label]++
			}
			sides.add(o, m.Label, m.Voice)
			if m.Voice.Kind != Own {
				paraphrased[o][m.Label]++
				continue
			}
			own[o][m.Label]++
			if m.Headline {
				headline[o][m.Label]++
			}
		}
		for o, ls := range paraphrased {
			for l, n := range ls {
				if sides.outletsWord(o, l) {
					own[o][l] += n
				} else {
					delete(ls, l)
				}
			}
		}
		uses := labelUses{own: own, written: written, paraphrased: paraphrased, sides: sides}
		var naming []string // outlets that name the actor in their own words
		for _, o := range c.Outlets {
			for _, vc := range act.Labels[o] {
				if vc.OutletsWords() > 0 {
					naming = append(naming, o)
					break
				}
			}
		}
		if len(naming) < 2 {
			continue
		}
		for _, o := range c.Outlets {
			labels := make([]string, 0, len(own[o]))
			for l := range own[o] {
				labels = append(labels, l)
			}
			sort.Strings(labels)
			for _, l := range labels {
				n := own[o][l]
				if l == nameLabel || aliases[l] {
					continue // the bare name, or another name ("tehran"), counts in the shares, but is no label
				}
				if act.Kind == "organisation" && containsWord(strings.ToLower(act.Name), l) {
					continue // "the embassy" for "U.S. Embassy in Yemen": the name cut short, no label of the outlet's
				}
				if n < 2 && headline[o][l] == 0 || curated[o][l] == n {
					continue // a curated naming difference says it, with its explanation
				}
				if formalTitle(l) && titlesOnly(written, naming, o) && !c.describedLabel(act, o, l) {
					// "President Morsi" against "Morsi", "Ambassador
					// Stevens" against "Stevens": a title of office against
					// the bare name or another office is house style, not a
					// frame; "dictator" against "president" is one.
					continue
				}
				exclusive := true
				for _, p := range naming {
					if p != o && variantUses(written[p], l) > 0 {
						exclusive = false // "republicans" against "republican", "ceasefire" against "cease-fire": no naming
					}
					if exclusive && p != o && act.Kind == "thing" && texts.uses(p, l) {
						// A story's event or thing is the one its articles
						// talk about: another outlet writing "a halt in
						// the fighting" does say "fighting", though no
						// mention was read there, and "never does" would
						// be false.
						exclusive = false
					}
				}
				if exclusive && act.Kind == "thing" && saysSharedLabelAsOften(own[o], written, naming, o, l, n, c.loadedLabel(act, o, l)) {
					// "probe" twice beside "investigation" ten times, the
					// others' word: one outlet varying its words for an
					// event or a thing, not choosing them.
					continue
				}
				if exclusive {
					out = append(out, c.labelDifference(act, o, l, n, uses, naming))
				} else if d, ok := c.labelShareDifference(act, o, l, uses, naming); ok {
					out = append(out, d)
				}
			}
		}
	}
	return out
}

// saysSharedLabelAsOften reports whether outlet o, which writes label l n
// times in its own words, writes as often in its own words another label
// an other outlet naming the actor writes too: at least as often, or, for
// a loaded label ("massacre" beside "killing"), at least twice as often,
// since one loaded use among plain ones is still a choice.
func saysSharedLabelAsOften(own map[string]int, written map[string]map[string]int, naming []string, o, l string, n int, loaded bool) bool {
	need := n
	if loaded {
		need = 2 * n
	}
	for k, m := range own {
		if k == l || k == nameLabel || m < need {
			continue
		}
		for _, p := range naming {
			if p != o && variantUses(written[p], k) > 0 {
				return true
			}
		}
	}
	return false
}

// loadedLabel reports whether outlet o writes label l of the actor as a
// word the lexicon marks as evaluative or as a naming choice ("massacre",
// "terrorists") at any of its mentions.
func (c *Comparison) loadedLabel(act *Actor, o, l string) bool {
	for _, m := range act.Mentions {
		if m.Label != l || c.Articles[m.Article].Outlet != o {
			continue
		}
		for _, h := range c.Articles[m.Article].Hits {
			if (h.Category == lexicon.Evaluative || h.Category == lexicon.Naming) && h.Start < m.End && m.Start < h.End {
				return true
			}
		}
	}
	return false
}

// describedLabel reports whether outlet o gives label l of the actor a
// lower-case descriptor ("terror chief", "deposed president",
// "self-proclaimed president"): the words that frame the title, where a
// demonym ("Israeli prime minister") places it.
func (c *Comparison) describedLabel(act *Actor, o, l string) bool {
	for _, m := range act.Mentions {
		if m.Label != l || c.Articles[m.Article].Outlet != o {
			continue
		}
		for _, d := range m.Descriptors {
			if r, _ := utf8.DecodeRuneInString(d); unicode.IsLower(r) && !officeDescriptor(d) {
				return true
			}
		}
	}
	return false
}

// officeDescriptor reports whether a lower-case descriptor of a title
// only says which office or when it is held: "interim" president,
// "national security" adviser, "then-deputy" director. It describes no
// one the way "deposed" or "terror" does.
func officeDescriptor(d string) bool {
	for w := range strings.SplitSeq(strings.ToLower(d), "-") {
		if !tenureWords[w] && !formerWords[w] && !officeQualifier(w) {
			return false
		}
	}
	return true
}

// titlesOnly reports whether every outlet naming the actor but o writes
// it only by name or with titles of office (formalTitle).
func titlesOnly(written map[string]map[string]int, naming []string, o string) bool {
	for _, p := range naming {
		if p == o {
			continue
		}
		for l := range written[p] {
			if l != nameLabel && !formalTitle(l) {
				return false
			}
		}
	}
	return true
}

// labelUses counts an actor's labels per outlet: written outside
// quotation marks, and of them in the outlet's own words (its narration,
// and its paraphrases of two sides or more).
type labelUses struct {
	own, written map[string]map[string]int
	// paraphrased counts the own-words uses that paraphrase a speaker:
	// the outlet chose the word, but a reader should know it was
	// reporting someone.
	paraphrased map[string]map[string]int
	sides       paraphraseSides
}

// ownWords reports whether mention m of outlet o is in o's own words.
func (u labelUses) ownWords(o string, m Mention) bool {
	return m.Voice.Kind == Own || m.Voice.Kind == Paraphrase && u.sides.outletsWord(o, m.Label)
}

// outletTexts answers whether an outlet's articles use a word anywhere,
// lower-casing each outlet's texts once, when first asked.
type outletTexts struct {
	c *Comparison
	// texts holds, per outlet, each article's text and its lower-case
	// copy.
	texts map[string][][2]string
}

// uses reports whether any article of the outlet uses the label, or its
// other grammatical number, as a noun (nounUse).
func (t *outletTexts) uses(outlet, label string) bool {
	if t.texts == nil {
		t.texts = map[string][][2]string{}
	}
	texts, ok := t.texts[outlet]
	if !ok {
		for _, an := range t.c.Articles {
			if an.Outlet == outlet {
				texts = append(texts, [2]string{an.Article.Text, strings.ToLower(an.Article.Text)})
			}
		}
		t.texts[outlet] = texts
	}
	for _, txt := range texts {
		if nounUse(txt[0], txt[1], label) || nounUse(txt[0], txt[1], otherNumber(label)) {
			return true
		}
	}
	return false
}

// nounUse reports whether text (and lower, its lower-case copy) uses w
// as a common noun: a whole word, not written with a capital (a name:
// "the Second World War", "Strike Force"), and a word in -ing not
// followed by a word (a verb with its object: "fighting fires").
func nounUse(text, lower, w string) bool {
	for from := 0; w != ""; {
		i := strings.Index(lower[from:], w)
		if i < 0 {
			return false
		}
		start, end := from+i, from+i+len(w)
		from = start + 1
		before, _ := utf8.DecodeLastRuneInString(lower[:start])
		after, _ := utf8.DecodeRuneInString(lower[end:])
		if start > 0 && (unicode.IsLetter(before) || unicode.IsDigit(before)) || end < len(lower) && (unicode.IsLetter(after) || unicode.IsDigit(after)) {
			continue // inside another word
		}
		if len(text) == len(lower) {
			if r, _ := utf8.DecodeRuneInString(text[start:]); unicode.IsUpper(r) && !sentenceOpening(text, start) {
				continue
			}
		}
		if strings.HasSuffix(w, "ing") && verbBeforeObject(lower[end:]) {
			continue
		}
		return true
	}
	return false
}

// sentenceOpening reports whether position i of text opens a sentence or
// a paragraph: only spaces and quotation marks back to a full stop, a
// question or exclamation mark, a line break or the start.
func sentenceOpening(text string, i int) bool {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:i])
		switch {
		case r == ' ' || r == '"' || r == '\u201c' || r == '\'':
			i -= n
		case r == '.' || r == '?' || r == '!' || r == '\n':
			return true
		default:
			return false
		}
	}
	return true
}

// verbBeforeObject reports whether the text after a word in -ing opens
// with a word, so that the -ing form has an object or a complement
// ("fighting fires", "fighting for the farmers") rather than standing as
// a noun before punctuation, "in", "and" or the end ("a halt in fighting.",
// "fighting in the north").
func verbBeforeObject(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	if rest == "" {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsLetter(r) {
		return false
	}
	word := rest
	if k := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) }); k >= 0 {
		word = rest[:k]
	}
	switch word {
	case "in", "on", "at", "and", "or", "between", "near", "around", "across", "along", "since", "that", "which", "was", "is", "had", "has", "continued", "resumed", "erupted", "broke", "raged":
		return false
	}
	return true
}

// variantUses counts an outlet's uses of a label and of its variants: the
// other grammatical number, another spelling of the same letters
// ("cease-fire", "ceasefire", "cease fire") and a plain synonym ("talks",
// "negotiations"), which are one word choice.
func variantUses(uses map[string]int, l string) int {
	n := 0
	for x, k := range uses {
		if x == l || x == otherNumber(l) || squashLabel(x) == squashLabel(l) || plainVariants(x, l) {
			n += k
		}
	}
	return n
}

// squashLabel is a label's letters without hyphens and spaces.
func squashLabel(l string) string {
	if !strings.ContainsAny(l, "- ") {
		return l
	}
	return strings.Map(func(r rune) rune {
		if r == '-' || r == ' ' {
			return -1
		}
		return r
	}, l)
}

// otherNumber returns a label in the other grammatical number, crudely:
// "republicans" for "republican" and back.
func otherNumber(l string) string {
	if t, ok := strings.CutSuffix(l, "s"); ok && !strings.HasSuffix(t, "s") {
		return t
	}
	return l + "s"
}

// packNamings are the spans of each article's hits of curated naming
// rules, in order of start.
type packNamings []struct{ starts, maxEnds []int }

// packNamings gathers the naming hits of every article: a long article
// has thousands of mentions and of hits, too many to compare each with
// each.
func (c *Comparison) packNamings() packNamings {
	out := make(packNamings, len(c.Articles))
	for ai, an := range c.Articles {
		var spans [][2]int
		for _, h := range an.Hits {
			if h.Category == lexicon.Naming {
				spans = append(spans, [2]int{h.Start, h.End})
			}
		}
		slices.SortFunc(spans, func(x, y [2]int) int { return cmp.Compare(x[0], y[0]) })
		for k, sp := range spans {
			out[ai].starts = append(out[ai].starts, sp[0])
			if k > 0 {
				sp[1] = max(sp[1], out[ai].maxEnds[k-1])
			}
			out[ai].maxEnds = append(out[ai].maxEnds, sp[1])
		}
	}
	return out
}

// covers reports whether a curated naming rule matched inside a mention:
// the outlet's word choice is then explained by the pack's naming
// differences already. Of the hits that start before the mention ends,
// the one that ends last decides.
func (p packNamings) covers(m Mention) bool {
	hits := p[m.Article]
	k := sort.SearchInts(hits.starts, m.End) // hits[:k] start before the mention ends
	return k > 0 && hits.maxEnds[k-1] > m.Start
}

// labelDifference writes one exclusive label as a difference: the n uses
// in the outlet's own words, what the other outlets write outside
// quotation marks, and a test of the split.
func (c *Comparison) labelDifference(act *Actor, o, l string, n int, uses labelUses, naming []string) Difference {
	own, written := uses.own, uses.written
	var others []string
	restWith, restAll, oAll := 0, 0, 0
	for _, x := range own[o] {
		oAll += x
	}
	for _, p := range naming {
		if p == o {
			continue
		}
		var says []string
		total := 0
		for lab, x := range written[p] {
			total += x
			if lab != nameLabel {
				says = append(says, fmt.Sprintf("%q %s", lab, plural(x, "time", "times")))
			}
		}
		sort.Strings(says)
		restAll += total
		if len(says) == 0 {
			others = append(others, fmt.Sprintf("%s never does (it uses only the name)", p))
		} else {
			others = append(others, fmt.Sprintf("%s never does (it says %s)", p, strings.Join(says, ", ")))
		}
	}
	ownWords := "in its own words"
	switch p := uses.paraphrased[o][l]; {
	case p == n:
		ownWords = "in its own words, each time paraphrasing a speaker"
	case p > 0:
		ownWords = fmt.Sprintf("in its own words (%d of them paraphrasing a speaker)", p)
	}
	summary := fmt.Sprintf("Naming of %s: %s says %q %s %s; %s.", act.Name, o, l, plural(n, "time", "times"), ownWords, strings.Join(others, "; "))
	if oAll+restAll < 10 || n+restWith < minTestedUses {
		summary += " Small numbers: a lead, not a finding."
	} else {
		summary += fmt.Sprintf(" G2 %.2f, p %s.", G2(n, restWith, oAll, restAll), pOf(G2(n, restWith, oAll, restAll)))
	}
	var ev []Evidence
	for _, m := range act.Mentions {
		if m.Label == l && !m.Part && c.Articles[m.Article].Outlet == o && uses.ownWords(o, m) {
			e := c.sentenceEvidence(m.Article, Hit{Start: m.Start, End: m.End, Sentence: c.Articles[m.Article].Article.SentenceAt(m.Start), Voice: m.Voice})
			ev = append(ev, e)
		}
	}
	return Difference{Kind: KindNaming, Key: "actor:" + act.ID + ":" + l, Actor: act.Name, Label: l, Outlets: append([]string{o}, without(naming, o)...),
		Summary: summary, Salience: baseLabel + 0.3*saturate(float64(n), 3), Evidence: ev}
}

// labelShareDifference reports a label that one outlet uses for a clearly
// larger share of its own-word mentions of an actor than the other outlets
// do together: at least three uses, at least twice the others' share,
// and a G2 significant at p < .05.
func (c *Comparison) labelShareDifference(act *Actor, o, l string, uses labelUses, naming []string) (Difference, bool) {
	own, written := uses.own, uses.written
	n := own[o][l]
	oAll, rest, restAll := 0, 0, 0
	for _, x := range own[o] {
		oAll += x
	}
	for _, p := range naming {
		if p == o {
			continue
		}
		rest += variantUses(written[p], l)
		for _, x := range written[p] {
			restAll += x
		}
	}
	if n < 3 || restAll == 0 || float64(n)/float64(oAll) < 2*float64(rest)/float64(restAll) {
		return Difference{}, false
	}
	g2 := G2(n, rest, oAll, restAll)
	if g2 < 3.84 {
		return Difference{}, false
	}
	var ev []Evidence
	for _, m := range act.Mentions {
		if m.Label == l && !m.Part && c.Articles[m.Article].Outlet == o && uses.ownWords(o, m) {
			ev = append(ev, c.sentenceEvidence(m.Article, Hit{Start: m.Start, End: m.End, Sentence: c.Articles[m.Article].Article.SentenceAt(m.Start), Voice: m.Voice}))
		}
	}
	summary := fmt.Sprintf("Naming of %s: %s says %q in %d of its %d own-word mentions; the other outlets in %d of %d. G2 %.2f, p %s.",
		act.Name, o, l, n, oAll, rest, restAll, g2, pOf(g2))
	if oAll+restAll < 20 || n+rest < minTestedUses {
		summary += " Small numbers: a lead, not a finding."
	}
	return Difference{Kind: KindNaming, Key: "actor:" + act.ID + ":" + l, Actor: act.Name, Label: l, Outlets: append([]string{o}, without(naming, o)...),
		Summary: summary, Salience: baseLabel - 0.05 + 0.2*saturate(g2, 8), Evidence: ev}, true
}

func without(s []string, v string) []string {
	out := make([]string, 0, len(s))
	for _, x := range s {
		if x != v {
			out = append(out, x)
		}
	}
	return out
}
