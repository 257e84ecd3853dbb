package framing

import (
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/lexicon"
	"github.com/framediff/framediff/text"
)

func cosine(a, b sentenceFeatures) float64 {
	if a.norm == 0 || b.norm == 0 {
		return 0
	}
	if len(a.stems) > len(b.stems) {
		a, b = b, a
	}
	dot := 0.0
	for k, v := range a.stems {
		dot += v * b.stems[k]
	}
	return dot / (a.norm * b.norm)
}

func sharedEntities(a, b sentenceFeatures) int {
	n := 0
	for k := range a.entities {
		if b.entities[k] {
			n++
		}
	}
	return n
}

// aligned is the alignment rule stated plainly, as uniqueContent applied
// it to every pair of sentences.
func aligned(a, b sentenceFeatures) bool {
	cs := cosine(a, b)
	return cs >= alignSimilarity || cs >= alignWithNames && sharedEntities(a, b) >= 2
}

// uniqueContentByScan is uniqueContentUpTo stated plainly: every sentence
// weighed against every sentence of the other outlets on the stems in no
// more than common sentences, every quotation against every sentence.
func (c *Comparison) uniqueContentByScan(set *lexicon.Set, common int) []UniqueGroup {
	if len(c.Outlets) < 2 {
		return nil
	}
	type sent struct {
		ai, si int
		f      sentenceFeatures
	}
	var all []sent
	for ai, fs := range sentenceFeaturesOf(c, set) {
		for si, f := range fs {
			all = append(all, sent{ai, si, f})
		}
	}
	inSentences := map[string]int{}
	for _, s := range all {
		for stem := range s.f.stems {
			inSentences[stem]++
		}
	}
	counted := make([]sentenceFeatures, len(all)) // without the stems too common to count
	for k, s := range all {
		counted[k] = s.f
		for stem := range s.f.stems {
			if inSentences[stem] > common {
				counted[k] = sentenceFeatures{stems: map[string]float64{}, entities: s.f.entities}
				for stem, n := range s.f.stems {
					if inSentences[stem] <= common {
						counted[k].stems[stem] = n
						counted[k].norm += n * n
					}
				}
				counted[k].norm = math.Sqrt(counted[k].norm)
				break
			}
		}
	}
	// The paraphrase test's weights, over the features of both kinds
	// in no more than common sentences.
	inPara, inEither := map[string]int{}, map[string]int{}
	for _, s := range all {
		for key := range s.f.para {
			inPara[key]++
			inEither[key]++
		}
		for stem := range s.f.stems {
			if _, ok := s.f.para[stem]; !ok {
				inEither[stem]++
			}
		}
	}
	weighted := func(s sentenceFeatures) (map[string]float64, float64, bool) {
		m, sq, fig := map[string]float64{}, 0.0, false
		for key, n := range s.para {
			if inEither[key] <= common {
				m[key] = idfWeight(inPara[key], len(all)) * n
				sq += m[key] * m[key]
				fig = fig || isFigure(key)
			}
		}
		return m, math.Sqrt(sq), fig
	}
	paraphrased := func(a, b sentenceFeatures) bool {
		wa, na, fa := weighted(a)
		wb, nb, fb := weighted(b)
		dot, n, same, pred, rare, rareFig, specific := 0.0, 0, false, false, 0, false, false
		for key, v := range wa {
			if u, ok := wb[key]; ok {
				dot += v * u
				n++
				same = same || isFigure(key)
				pred = pred || predicateKey(key, a, b)
				if inEither[key] <= rareSentences(len(all)) && !isFigure(key) && !dayStems[key] {
					rare++
				}
				rareFig = rareFig || isFigure(key) && inEither[key] <= rareSentences(len(all)) && distinctiveFigure(key)
				specific = specific || predicateKey(key, a, b) && !countedNouns[key]
			}
		}
		other := fa && fb && !same
		return len(b.para) >= paraphraseMinFeatures && paraphrase(dot/(na*nb), n, same, other, pred, a.negated == b.negated) ||
			rareFig && specific && a.negated == b.negated ||
			rare >= rareFeaturesShared && pred && a.negated == b.negated && !other
	}
	// The sentences holding five quoted words in a row that another
	// outlet's quotation holds too, by comparing every pair of windows.
	type window struct {
		words      string
		ai         int
		start, end int
		who        string
	}
	var windows []window
	for ai, an := range c.Articles {
		for _, q := range an.Quotations {
			if q.Kind != corpus.QuoteDirect && q.Kind != corpus.QuotePartial {
				continue
			}
			var ws []text.Token
			for _, t := range text.Tokens(nil, an.Article.Text[q.Start:q.End]) {
				if t.IsWord() {
					ws = append(ws, t)
				}
			}
			for i := 0; i+sharedQuoteRun <= len(ws); i++ {
				var f []string
				plain := 0
				for _, w := range ws[i : i+sharedQuoteRun] {
					lw := strings.ReplaceAll(strings.ToLower(w.Form), "\u2019", "'")
					f = append(f, lw)
					if !text.Capitalised(w.Form) && !stopwords[lw] {
						plain++
					}
				}
				if plain > 0 {
					windows = append(windows, window{strings.Join(f, " "), ai, q.Start + ws[i].Start, q.Start + ws[i+sharedQuoteRun-1].End, quotationSource(q)})
				}
			}
		}
	}
	echoed := map[[2]int]bool{}
	for _, w := range windows {
		for _, v := range windows {
			if w.words != v.words || c.Articles[w.ai].Outlet == c.Articles[v.ai].Outlet || !sameSource(w.who, v.who) {
				continue
			}
			for si, sp := range c.Articles[w.ai].Article.Sentences {
				if sp.Start < w.end && w.start < sp.End {
					echoed[[2]int{w.ai, si}] = true
				}
			}
		}
	}
	var groups uniqueGroups
	for k, s := range all {
		an := c.Articles[s.ai]
		if len(s.f.stems) < 4 || sourcingNote(an.Article.Slice(an.Article.Sentences[s.si])) || headingLine(an.Article.Text, an.Article.Sentences[s.si]) || leadLine(an.Article.Text, an.Article.Sentences[s.si]) {
			continue
		}
		if echoed[[2]int{s.ai, s.si}] {
			continue
		}
		found, maybe := false, false
		for j, o := range all {
			if c.Articles[o.ai].Outlet == an.Outlet {
				continue
			}
			if aligned(counted[k], counted[j]) {
				found = true
				break
			}
			maybe = maybe || paraphrased(s.f, o.f)
		}
		if found {
			continue
		}
		if !maybe {
			var terms []stemCount
			var weight []float64
			var figure, counted []bool
			var writers [][]int32
			outletOf := map[string]int32{}
			for _, o := range all {
				if _, ok := outletOf[c.Articles[o.ai].Outlet]; !ok {
					outletOf[c.Articles[o.ai].Outlet] = int32(len(outletOf))
				}
			}
			for key, n := range s.f.para {
				var ws []int32
				for _, o := range all {
					if out := c.Articles[o.ai].Outlet; out != an.Outlet && o.f.para[key] > 0 && !slices.Contains(ws, outletOf[out]) {
						ws = append(ws, outletOf[out])
					}
				}
				terms = append(terms, stemCount{item: int32(len(weight)), pn: n})
				weight = append(weight, idfWeight(inPara[key], len(all)))
				figure, counted, writers = append(figure, isFigure(key)), append(counted, inEither[key] <= common), append(writers, ws)
			}
			maybe = writtenElsewhere(terms, func(id int32) bool { return counted[id] }, func(id int32, each func(int32)) {
				for _, o := range writers[id] {
					each(o)
				}
			}, weight, figure, map[int32]float64{})
		}
		sp := an.Article.Sentences[s.si]
		for _, cl := range c.Acts {
			for _, evs := range cl.Present {
				for _, e := range evs {
					maybe = maybe || len(cl.Present) >= 2 && pointedActs[cl.Act] && e.Article == s.ai && e.Start >= sp.Start && e.Start < sp.End
				}
			}
		}
		groups.add(c, s.ai, s.si, mostOverlap(an.Article.Text, an.quotes, an.Article.Sentences[s.si]), maybe)
	}
	return groups.result()
}

// TestUniqueContentMatchesScan compares the indexed alignment with the
// plain one on stories made of the seed paragraphs, some sentences kept,
// some reworded, some dropped, across three outlets.
func TestUniqueContentMatchesScan(t *testing.T) {
	set := defaultSet(t)
	paras := seedParagraphs(t)
	rng := rand.New(rand.NewPCG(5, 6))
	outlets := []string{"Planet", "Gazette", "Herald"}
	swaps := map[string]string{"Iranian": "Persian", "drone": "UAV", "said": "claimed", "Russia": "Moscow", "technology": "know-how"}
	totalUnique, moreUnique := 0, false
	for round := range 6 {
		var arts []*corpus.Article
		for i := range 2 + rng.IntN(5) {
			var text []string
			for range 3 + rng.IntN(6) {
				p := paras[rng.IntN(len(paras))]
				for from, to := range swaps {
					if rng.IntN(3) == 0 {
						p = strings.ReplaceAll(p, from, to)
					}
				}
				text = append(text, p)
			}
			arts = append(arts, article(t, outlets[(i+round)%len(outlets)], strings.Join(text, "\n\n")))
		}
		c := Compare(arts, set)
		want := c.uniqueContentByScan(set, commonStemSentences)
		if !reflect.DeepEqual(c.Unique, want) {
			t.Fatalf("round %d: indexed alignment found\n%+v\nthe plain one\n%+v", round, c.Unique, want)
		}
		for _, g := range want {
			totalUnique += len(g.Sentences)
		}
		// With a low limit the common stems drop out and more
		// sentences lose their counterparts, the same in both.
		few, fewWant := c.uniqueContentUpTo(set, 3), c.uniqueContentByScan(set, 3)
		if !reflect.DeepEqual(few, fewWant) {
			t.Fatalf("round %d, stems in up to 3 sentences: indexed alignment found\n%+v\nthe plain one\n%+v", round, few, fewWant)
		}
		if count(few) < count(want) {
			t.Errorf("round %d: leaving common stems out made %d sentences unique, fewer than %d", round, count(few), count(want))
		}
		moreUnique = moreUnique || count(few) > count(want)
	}
	if totalUnique == 0 || !moreUnique {
		t.Fatalf("unique sentences: %d; more with common stems left out: %v: the test compares too little", totalUnique, moreUnique)
	}
}

func count(gs []UniqueGroup) int {
	n := 0
	for _, g := range gs {
		n += len(g.Sentences)
	}
	return n
}

func TestIsNumber(t *testing.T) {
	for s, want := range map[string]bool{
		"2012": true, "3.5": true, "1,000": true, "١٢": true,
		"1990s": false, "g20": false, "u.s": false, "3.": false, ".5": false, "": false,
	} {
		if got := isNumber(s); got != want {
			t.Errorf("isNumber(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestUniqueContentParaphrase checks that a sentence one outlet words
// differently from another (few shared words, but the story's rare ones,
// the same figures, synonyms) has its counterpart, and that a sentence on
// the same story giving another fact keeps its place as unique content.
// Each case adds one sentence to each outlet of an invented flood story.
func TestUniqueContentParaphrase(t *testing.T) {
	set := defaultSet(t)
	herald := []string{
		"Floodwaters swept through the river town of Varno on Sunday after days of heavy rain.",
		"The mayor of Varno said the town had not seen such water in half a century.",
		"Residents of the low streets near the river were told to leave their homes.",
		"The regional government sent soldiers and boats to help with the rescue.",
	}
	courier := []string{
		"The river burst its banks in Varno on Sunday, flooding much of the town.",
		"Soldiers and rescue boats arrived from the regional capital on Sunday evening.",
		"Residents near the river were ordered out of their homes by the mayor.",
		"Heavy rain is forecast to continue through the week, the weather service said.",
	}
	for _, tc := range []struct {
		name            string
		herald, courier string
		unique          bool // whether the Herald's sentence stays unique, not a possible paraphrase
	}{
		{"the same figure, spelled out and in digits", "Police closed seven bridges over the river to all traffic.",
			"Engineers found cracks in 7 bridges, and police shut them.", false},
		{"a count of three is no shared figure", "Three sirens stayed silent in Varno.",
			"3 days of siren tests begin.", true},
		{"a denial is not the fact denied", "The reservoir authority denied opening the sluice gates, the mayor of Varno told reporters on a visit to the town.",
			"Sluice gates at the reservoir were opened as soldiers in rescue boats from the regional government reached the flooded streets.", true},
		{"two denials of one fact", "The reservoir authority denied opening the sluice gates, the mayor of Varno told reporters on a visit to the town.",
			"The sluice gates at the reservoir were never opened, soldiers in rescue boats from the regional government said in the flooded streets.", false},
		{"words of one synonym group", "Officials opened a probe into the dam collapse.",
			"An inquiry into why the dam collapsed will report in March, the regional water authority told families.", false},
		{"words that report one fact", "An elderly man died when his car was swept away, the first fatality of the storm.",
			"Varno counts the storm's first death after a driver is killed when his car leaves a flooded road.", false},
		{"pledged and promised report one fact", "The governor has pledged to veto the sluice resolution.",
			"Opponents would need two-thirds of the council to override a promised veto from the governor.", false},
		{"photos and images report one fact", "The sheriff released photos, asking neighbours for tips.",
			"The sheriff published images, seeking tips from witnesses.", false},
		{"refused and declined (to act) report one fact", "The ferry crews declined, citing the strength of the current.",
			"Pilots of the river ferries refused to sail on Monday, fearing the current.", false},
		{"a denial of a negated word is its base", "Halden flatly denied that he was unwilling to testify.",
			"Speaking to reporters at the river on Monday, Halden said that he was willing to testify, and blamed the regional council for the delay.", false},
		{"near miss: a denial of a negated word against its negation", "Halden flatly denied that he was unwilling to testify.",
			"Speaking to reporters at the river on Monday, Halden said that he was not willing to testify, and blamed the regional council for the delay.", true},
		{"the same words, other figures", "Divers pulled forty villagers from cellars near the river as heavy rain fell on the town.",
			"Twelve villagers are still missing from flooded cellars, divers told the mayor.", true},
		{"a count written with digit groups is one figure", "Floodwaters have now killed more than 1,050 people, the health office said.",
			"The health office counted 2,050 dead after the heavy rain.", true},
		{"one fact told over two sentences", "Engineers blamed cracks that inspectors had found for the collapse of the old Lenta dam.",
			"The Lenta dam was built by a mining firm in the valley. Its collapse at dawn woke every farm. Inspectors saw cracks during a routine visit. Engineers pointed to the old age of the structure.", false},
		{"near miss: only the setting written elsewhere", "A choir from Kessel sang for the stranded families in the school gym.",
			"The school gym stayed open all night.", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := article(t, "Herald", strings.Join(append(slices.Clone(herald), tc.herald), " "))
			b := article(t, "Courier", strings.Join(append(slices.Clone(courier), tc.courier), " "))
			c := Compare([]*corpus.Article{a, b}, set)
			listed, sure := false, false
			for _, g := range c.Unique {
				for i, e := range g.Sentences {
					if e.Text == tc.herald {
						listed, sure = true, i < len(g.Sentences)-g.PossibleParaphrases
					}
				}
			}
			// A possible paraphrase stays listed, last in its group and
			// counted apart: the test is a lead for the reader.
			if !listed || sure != tc.unique {
				t.Errorf("%q listed %v, sure unique %v; want listed, sure %v (groups %+v)", tc.herald, listed, sure, tc.unique, c.Unique)
			}
		})
	}
}

// TestRareWordsTieSentences checks that, in a story long enough for words
// to be rare, a sentence sharing three rare words with one sentence of
// another outlet ("blankets, lanterns, kayaks") may be said there, while in
// a short story, where every word a pair shares is in those two alone, and
// for days of the week, it stays unique; and that the day names are the
// stems the analyzer gives.
func TestRareWordsTieSentences(t *testing.T) {
	set := defaultSet(t)
	filler := func(outlet string) []string {
		var out []string
		for i := range 16 {
			out = append(out, fmt.Sprintf("Harbour notice %d from the %s desk covers quay %d and its moorings.", i+4, outlet, i+4))
		}
		return out
	}
	herald := "The council has drawn up a lengthy list of donated goods it would hand out in return, including blankets, lanterns, kayaks and tinned soup."
	courier := "Volunteers had suggested giving out kayaks, lanterns and blankets from the depot."
	for _, tc := range []struct {
		name   string
		long   bool
		h, c   string
		unique bool
	}{
		{"a long story", true, herald, courier, false},
		{"a short story", false, herald, courier, true},
		{"days are no rare words", true, "The minister told a newspaper on Friday that dues for the northern trawler fleet would double from next spring.",
			"Fishermen read about the minister in a newspaper on Friday while sheltering from the storm at the old lighthouse.", true},
	} {
		h, c := []string{tc.h}, []string{tc.c}
		if tc.long {
			h, c = append(filler("Herald"), tc.h), append(filler("Courier"), tc.c)
		}
		cmp := Compare([]*corpus.Article{article(t, "Herald", strings.Join(h, " ")), article(t, "Courier", strings.Join(c, " "))}, set)
		listed, sure := false, false
		for _, g := range cmp.Unique {
			for i, e := range g.Sentences {
				if e.Text == tc.h {
					listed, sure = true, i < len(g.Sentences)-g.PossibleParaphrases
				}
			}
		}
		if !listed || sure != tc.unique {
			t.Errorf("%s: %q listed %v, sure unique %v; want listed, sure %v", tc.name, tc.h, listed, sure, tc.unique)
		}
	}
	// A large figure the story writes almost nowhere else, with a word of
	// what it counts, ties two sentences; a year or a small count does not.
	for _, tc := range []struct {
		h, c   string
		unique bool
	}{
		{"The harbour clinic in Vardo has about 100 beds and about 37,000 patients annually.",
			"It sees 37,000 patients a year, specialising in child and maternity health as well as general surgery.", false},
		{"The harbour clinic in Vardo opened in 2009 and treats patients from every island.",
			"Ferry crossings to the islands doubled in 2009, when patients began to travel for surgery.", true},
		{"More than 300 people were injured when the storm hit the harbour town.",
			"Some 300 people attended the funeral of the ferry captain on Sunday.", true},
	} {
		h, c := append(filler("Herald"), tc.h), append(filler("Courier"), tc.c)
		cmp := Compare([]*corpus.Article{article(t, "Herald", strings.Join(h, " ")), article(t, "Courier", strings.Join(c, " "))}, set)
		sure := false
		for _, g := range cmp.Unique {
			for i, e := range g.Sentences {
				if e.Text == tc.h {
					sure = i < len(g.Sentences)-g.PossibleParaphrases
				}
			}
		}
		if sure != tc.unique {
			t.Errorf("%q beside %q: sure unique %v, want %v", tc.h, tc.c, sure, tc.unique)
		}
	}
	for key, want := range map[string]bool{"#37000": true, "#100": true, "#2009": false, "#12": false, "#1.5": false} {
		if distinctiveFigure(key) != want {
			t.Errorf("distinctiveFigure(%q) = %v, want %v", key, !want, want)
		}
	}
	az := text.NewAnalyzer("english")
	for _, d := range []string{"Monday", "Friday", "January", "February", "July", "September", "October", "November", "December"} {
		if _, stem := az.Forms(strings.ToLower(d)); !dayStems[stem] {
			t.Errorf("%s stems to %q, not among dayStems", d, stem)
		}
	}
}

// TestPossibleParaphraseSummary checks that a unique-content difference
// says how many of its sentences may be said in other words elsewhere,
// lists them last, and ranks lower than one of sure sentences alone.
func TestPossibleParaphraseSummary(t *testing.T) {
	set := defaultSet(t)
	unique := func(herald string) *Difference {
		a := article(t, "Herald", "Floodwaters swept through the river town of Varno on Sunday after days of heavy rain. "+
			"The mayor of Varno said the town had not seen such water in half a century. "+
			"Residents of the low streets near the river were told to leave their homes. "+
			"The regional government sent soldiers and boats to help with the rescue. "+herald)
		b := article(t, "Courier", "The river burst its banks in Varno on Sunday, flooding much of the town. "+
			"Soldiers and rescue boats arrived from the regional capital on Sunday evening. "+
			"Residents near the river were ordered out of their homes by the mayor. "+
			"Heavy rain is forecast to continue through the week, the weather service said. "+
			"An inquiry into why the dam collapsed will report in March, the regional water authority told families.")
		for _, d := range Compare([]*corpus.Article{a, b}, set).Differences {
			if d.Kind == KindUnique && d.Outlets[0] == "Herald" {
				return &d
			}
		}
		return nil
	}
	maybe := unique("Officials opened a probe into the dam collapse. The school gym was turned into a shelter for forty families.")
	sure := unique("The bakery on the square gave bread to the rescue crews. The school gym was turned into a shelter for forty families.")
	if maybe == nil || sure == nil {
		t.Fatalf("no unique content: %+v %+v", maybe, sure)
	}
	if !strings.HasSuffix(maybe.Summary, "carries 1 sentence in the outlet's own voice, with no counterpart in Courier; 1 more may be said there in other words (listed last).") || !strings.Contains(maybe.Evidence[len(maybe.Evidence)-1].Text, "probe") {
		t.Errorf("summary %q, last evidence %q", maybe.Summary, maybe.Evidence[len(maybe.Evidence)-1].Text)
	}
	if maybe.Salience >= sure.Salience {
		t.Errorf("salience with a possible paraphrase %.3f, of sure sentences %.3f", maybe.Salience, sure.Salience)
	}
}

// TestPredicateKey checks that the paraphrase test does not count names
// or figures as the shared predicate: two sentences with the same places
// and the same count but different actions report different facts.
func TestPredicateKey(t *testing.T) {
	m := defaultSet(t).For("")
	for _, tc := range []struct {
		a, b string
		want bool // whether they share a word past names and figures
	}{
		{"Volunteers from Kresk brought 40 trucks of bread to Varno.", "Looters from Kresk stole 40 cars in Varno.", false},
		{"Volunteers from Kresk brought 40 trucks of bread to Varno.", "Forty trucks of bread reached Varno overnight.", true},
	} {
		a, b := features(m, tc.a), features(m, tc.b)
		got := false
		for key := range a.para {
			if _, ok := b.para[key]; ok {
				got = got || predicateKey(key, a, b)
			}
		}
		if got != tc.want {
			t.Errorf("%q and %q share a predicate: %v, want %v (keys %v, %v)", tc.a, tc.b, got, tc.want, a.para, b.para)
		}
	}
}

// TestUniqueContentNoVoice checks that a sentence whose only attribution
// voices no one (an intention, an impression or a belief nobody holds) is
// listed in the outlet's own voice, not as someone's words.
func TestUniqueContentNoVoice(t *testing.T) {
	set := defaultSet(t)
	courier := "Floodwaters swept through the river town of Varno on Sunday. Soldiers and rescue boats arrived from the regional capital."
	for _, sentence := range []string{
		"Governor Halden wants to be credited with whatever makes him look strong in a crisis.",
		"The repairs seemed modest from the outside but had a strong echo.",
		"Halden was believed to have long resented the influence of the river guilds.",
	} {
		a := article(t, "Herald", "Floodwaters swept through Varno on Sunday after heavy rain. "+sentence)
		b := article(t, "Courier", courier)
		c := Compare([]*corpus.Article{a, b}, set)
		found := false
		for _, g := range c.Unique {
			for _, e := range g.Sentences {
				if e.Text != sentence {
					continue
				}
				found = true
				if e.Voice.Kind != Own {
					t.Errorf("%q: voice %+v, want the outlet's own", sentence, e.Voice)
				}
			}
		}
		if !found {
			t.Errorf("%q not listed as unique content: %+v", sentence, c.Unique)
		}
	}
}

// TestUniqueContentAligned checks pairs of sentences that report one fact
// in two outlets' spellings or words: the Herald's sentence has its
// counterpart in the Courier's and is not listed at all. Near misses,
// two facts that share a word or a name, keep the Herald's sentence
// listed. Each case adds one sentence to each outlet of an invented
// flood story.
func TestUniqueContentAligned(t *testing.T) {
	set := defaultSet(t)
	herald := []string{
		"Floodwaters swept through the river town of Varno on Sunday after days of heavy rain.",
		"Residents of the low streets near the river were told to leave their homes.",
	}
	courier := []string{
		"The river burst its banks in Varno on Sunday, flooding much of the town.",
		"Heavy rain is forecast to continue through the week, the weather service said.",
	}
	for _, tc := range []struct {
		name            string
		herald, courier string
		aligned         bool
	}{
		{"a hyphenated compound written closed elsewhere", "The e-mails were sent to the regional water authority before the collapse.",
			"Engineers wrote emails to the water authority weeks before the dam gave way.", true},
		{"near miss: the closed word alone is no shared fact", "Residents complained in e-mails about the smell of the river.",
			"The council answered emails from the regional government about its budget.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := article(t, "Herald", strings.Join(append(slices.Clone(herald), tc.herald), " "))
			b := article(t, "Courier", strings.Join(append(slices.Clone(courier), tc.courier), " "))
			c := Compare([]*corpus.Article{a, b}, set)
			listed := false
			for _, g := range c.Unique {
				for _, e := range g.Sentences {
					listed = listed || e.Text == tc.herald
				}
			}
			if listed == tc.aligned {
				t.Errorf("%q listed as unique content: %v, want %v (groups %+v)", tc.herald, listed, !tc.aligned, c.Unique)
			}
		})
	}
}

// TestJoinHyphenated checks that a hyphenated compound is read as one
// word only where the comparison also writes it closed.
func TestJoinHyphenated(t *testing.T) {
	m := defaultSet(t).For("")
	closed := map[string]bool{}
	for _, tk := range m.Tokens("Emails about the fundraiser.") {
		closed[tk.Stem] = true
	}
	for sentence, want := range map[string]string{
		"The e-mails reached the fund-raiser.":   "the emails reached the fundraiser",
		"Long-range rockets hit al-Qaeda camps.": "long range rockets hit al qaeda camps",
	} {
		var got []string
		for _, tk := range joinHyphenated(m.Tokens(sentence), sentence, m.Language(), closed) {
			got = append(got, tk.Lower)
		}
		if strings.Join(got, " ") != want {
			t.Errorf("%q read as %q, want %q", sentence, strings.Join(got, " "), want)
		}
	}
}

// TestDeclinedRefusal checks that "declined" reports a refusal when it
// means refusing to act, not when it reports a fall.
func TestDeclinedRefusal(t *testing.T) {
	m := defaultSet(t).For("")
	for sentence, want := range map[string]bool{
		"Both banks declined, citing the risk.":        true,
		"The minister declined to comment.":            true,
		"Asked about the leak, the minister declined.": true,
		"Exports declined 3 percent in March.":         false,
		"Exports declined to 40 percent of output.":    false,
		"The decline in exports worried the minister.": false,
	} {
		if got := features(m, sentence).para["=refusal"] > 0; got != want {
			t.Errorf("%q reports a refusal: %v, want %v", sentence, got, want)
		}
	}
}

// TestActCarriedElsewhereIsNoSureUniqueContent: a sentence whose speech
// act the act clusters found in another outlet, told there in other words
// and by another name of the side, is listed as possibly said there, not
// as content only its outlet carries.
func TestActCarriedElsewhereIsNoSureUniqueContent(t *testing.T) {
	set := defaultSet(t)
	a := article(t, "Outlet A", filler+`Norwegian officials on Tuesday flatly denied that a navy submarine had sunk the fishing trawler near the islands.`)
	b := article(t, "Outlet B", filler+`Oslo rejected claims that its torpedo struck the trawler, the defence ministry said in a statement.`)
	c := Compare([]*corpus.Article{a, b}, set)
	if len(c.Unique) == 0 {
		t.Fatal("no unique content listed")
	}
	for _, g := range c.Unique {
		if g.PossibleParaphrases != len(g.Sentences) {
			t.Errorf("%s: %d of %d sentences possibly said elsewhere, want all: %+v", g.Outlet, g.PossibleParaphrases, len(g.Sentences), g.Sentences)
		}
	}
}

// TestSameQuotedWordsAreACounterpart: a sentence quoting five words in a
// row that another outlet quotes too (short in content words, so that no
// other test aligns them) has its counterpart there; four shared words,
// or five in the outlet's own words, are none.
func TestSameQuotedWordsAreACounterpart(t *testing.T) {
	set := defaultSet(t)
	tests := []struct {
		name, a, b string
		unique     bool
	}{
		{"five quoted words",
			`"Frankly, I would just as soon not sign it," Mayor Jane Roe told her deputy on the phone.`,
			`Roe wrote in a letter that she would "just as soon not sign it then" and sent it back.`, false},
		{"four quoted words",
			`"Frankly, I would just as soon not sign it," Mayor Jane Roe told her deputy on the phone.`,
			`Roe wrote in a letter that she would "rather not sign it" and sent it back.`, true},
		{"five words from another speaker",
			`"Frankly, I would just as soon not sign it," Mayor Jane Roe told her deputy on the phone.`,
			`Governor Ida Lund said she would "just as soon not sign it then" and sent it back.`, true},
		{"five words unquoted there",
			`"Frankly, I would just as soon not sign it," Mayor Jane Roe told her deputy on the phone.`,
			`Roe wrote in a letter that she would just as soon not sign it then, and sent it back.`, true},
	}
	for _, tt := range tests {
		c := Compare([]*corpus.Article{article(t, "Outlet A", filler+tt.a), article(t, "Outlet B", filler+tt.b)}, set)
		listed := false
		for _, g := range c.Unique {
			for _, e := range g.Sentences {
				listed = listed || strings.Contains(e.Text, "told her deputy")
			}
		}
		if listed != tt.unique {
			t.Errorf("%s: the quoting sentence listed as unique %v, want %v", tt.name, listed, tt.unique)
		}
	}
}

// TestWordRunsCountPlainWords: a run of quoted words counts its plain
// words (lower case, no function word), so that a name with its function
// words ("the Democratic Republic of Norland") shares nothing.
func TestWordRunsCountPlainWords(t *testing.T) {
	for _, tc := range []struct {
		words string
		plain int
	}{
		{"the Democratic Republic of Norland", 0},
		{"just as soon not sign", 1},
		{"the levy will ruin fishermen", 3},
	} {
		var got []int
		for r := range wordRuns(text.Tokens(nil, tc.words), sharedQuoteRun) {
			got = append(got, r.plain)
		}
		if len(got) != 1 || got[0] != tc.plain {
			t.Errorf("%q: plain words %v, want [%d]", tc.words, got, tc.plain)
		}
	}
}

// TestSourcingNotesAreNoUniqueContent: a sentence that only says why its
// sources are not named is no content one outlet carries; one with a
// quotation in it stays.
func TestSourcingNotesAreNoUniqueContent(t *testing.T) {
	set := defaultSet(t)
	a := article(t, "Outlet A", filler+`The two engineers spoke on condition of anonymity because they feared losing their jobs at the shipyard. "The ferry plan is dead," one engineer said, speaking on condition of anonymity.`)
	b := article(t, "Outlet B", filler+`The council met on Monday.`)
	c := Compare([]*corpus.Article{a, b}, set)
	var texts []string
	for _, g := range c.Unique {
		for _, e := range g.Sentences {
			texts = append(texts, e.Text)
		}
	}
	joined := strings.Join(texts, "|")
	if strings.Contains(joined, "feared losing their jobs") {
		t.Errorf("the sourcing note is listed as unique content: %q", texts)
	}
	if !strings.Contains(joined, "The ferry plan is dead") {
		t.Errorf("the quoted sentence is missing from unique content: %q", texts)
	}
}

// TestHeadingLineIsNoUniqueContent: a paragraph of its own with no full
// stop (a subhead, a teaser for another story, a photo caption) or a short
// lead ending with a colon is no content one outlet carries; the same
// words ending in a full stop are.
func TestHeadingLineIsNoUniqueContent(t *testing.T) {
	set := defaultSet(t)
	body := "Floodwaters swept through the river town of Varno on Sunday after days of heavy rain.\n\nThe mayor of Varno said the town had not seen such water in half a century."
	other := "The river burst its banks in Varno on Sunday, flooding much of the town.\n\nThe mayor of Varno said the town had not seen such water in half a century."
	for _, tc := range []struct {
		line   string
		listed bool
	}{
		{"Smoke rises above the ferry terminal at Kessel on Sunday, hours after the levee broke", false},
		{"Harbour board in financial bind over ferry costs", false},
		{"Smoke rose above the ferry terminal at Kessel on Sunday, hours after the levee broke.", true},
		// A short lead line introduces the passage after it; a long one carries its own report.
		{"The Kessel Gazette's river correspondent reports:", false},
		{"Smoke rose above the ferry terminal at Kessel on Sunday, the Gazette's river correspondent reported:", true},
	} {
		a := article(t, "Herald", body+"\n\n"+tc.line+"\n\nRescue crews worked through the night.")
		b := article(t, "Courier", other)
		listed := false
		for _, g := range Compare([]*corpus.Article{a, b}, set).Unique {
			for _, e := range g.Sentences {
				listed = listed || e.Text == tc.line
			}
		}
		if listed != tc.listed {
			t.Errorf("%q listed as unique content: %v, want %v", tc.line, listed, tc.listed)
		}
	}
	// The lead may close a paragraph after a sentence of its own: the
	// sentence is content, the lead is not.
	lead := "The Kessel Gazette's river correspondent reports:"
	a := article(t, "Herald", body+"\n\nThe harbour master closed the ferry terminal at Kessel on Sunday. "+lead+"\n\nRescue crews worked through the night.")
	b := article(t, "Courier", other)
	var texts []string
	for _, g := range Compare([]*corpus.Article{a, b}, set).Unique {
		for _, e := range g.Sentences {
			texts = append(texts, e.Text)
		}
	}
	if slices.Contains(texts, lead) || !slices.Contains(texts, "The harbour master closed the ferry terminal at Kessel on Sunday.") {
		t.Errorf("unique content %q: want the sentence before the lead, not the lead", texts)
	}
}

// TestUniqueContentScatteredWords: a sentence whose rare words the other
// outlets write only between them, a few each, is no possible paraphrase:
// one outlet must write a fair share of them itself.
func TestUniqueContentScatteredWords(t *testing.T) {
	set := defaultSet(t)
	line := "Engineers drained the old Kessel reservoir before the storm."
	herald := article(t, "Herald", filler+"The town council met on Tuesday. "+line)
	for _, tc := range []struct {
		name             string
		courier, gazette string
		sure             bool
	}{
		{"scattered over two outlets", "Engineers inspected the levee at dawn. Kessel lost power overnight.", "The reservoir held through the night. The storm passed by noon.", true},
		{"in one outlet, over several sentences", "Engineers inspected the levee at dawn. Kessel lost power overnight. The reservoir held through the night. The storm passed by noon.", "The ferry ran late at dawn.", false},
	} {
		c := Compare([]*corpus.Article{herald, article(t, "Courier", filler+tc.courier), article(t, "Gazette", filler+tc.gazette)}, set)
		listed, sure := false, false
		for _, g := range c.Unique {
			for i, e := range g.Sentences {
				if e.Text == line {
					listed, sure = true, i < len(g.Sentences)-g.PossibleParaphrases
				}
			}
		}
		if !listed || sure != tc.sure {
			t.Errorf("%s: %q listed %v, sure %v; want listed, sure %v", tc.name, line, listed, sure, tc.sure)
		}
	}
}
