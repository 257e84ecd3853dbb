package framing

import (
	"maps"
	"math"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/lexicon"
)

func defaultSet(t testing.TB) *lexicon.Set {
	t.Helper()
	set, err := lexicon.DefaultSet()
	if err != nil {
		t.Fatal(err)
	}
	return set
}

// article builds an article from text as the corpus loader would.
func article(t testing.TB, outlet, text string) *corpus.Article {
	t.Helper()
	res, err := corpus.Load([]string{"-"}, corpus.Options{Stdin: strings.NewReader(text), Outlet: outlet})
	if err != nil || len(res.Articles) != 1 {
		t.Fatalf("load %s: %v %v", outlet, err, res.Problems)
	}
	return res.Articles[0]
}

func find(c *Comparison, kind Kind, key string) *Difference {
	for i, d := range c.Differences {
		if d.Kind == kind && (key == "" || d.Key == key) {
			return &c.Differences[i]
		}
	}
	return nil
}

const filler = "Officials met in the capital on Monday to discuss the regional situation and the talks that are planned for next month. "

func TestDifferenceKinds(t *testing.T) {
	set := defaultSet(t)
	cases := []struct {
		name     string
		a, b     string
		kind     Kind
		key      string
		mentions []string
		absent   []string // words the summary must not have
		voice    string   // words every piece of evidence's voice has
		first    bool
	}{
		{
			name:     "own-voice naming",
			a:        filler + "The occupation state expanded its operations. Forces of the Israeli occupation entered the town. The occupation forces withdrew at night.",
			b:        filler + "Israel expanded its operations. Israeli troops entered the town. Israel's forces withdrew at night.",
			kind:     KindNaming,
			key:      "Israel",
			mentions: []string{"Outlet A", "Outlet B", "Israeli occupation"},
			first:    true,
		},
		{
			name:     "speech act in one outlet only, negation respected",
			a:        filler + "Tehran denied supplying any drones to Russia for use in the war.",
			b:        filler + "Tehran did not deny supplying drones to Russia for use in the war.",
			kind:     KindAct,
			key:      "act:iran|deny|",
			mentions: []string{"Denial by Iran (words: supplying, drones, russia, use)", "Outlet A carries it (1 sentence)", "Outlet B does not"},
		},
		{
			name:     "voices left out",
			a:        filler + `"We have never sent weapons for this war," Iranian Foreign Minister Hossein Amir-Abdollahian said.`,
			b:        filler + `"We are watching closely," White House spokesman John Kirby said.`,
			kind:     KindVoices,
			key:      "iran-gov",
			mentions: []string{"Iranian officials", "Outlet B does not quote them"},
		},
		{
			name:     "voices of a group named as voices",
			a:        filler + `"We will respond to every attack," Hamas spokesman Sami Abu Zuhri said.`,
			b:        filler + `"We are watching closely," White House spokesman John Kirby said.`,
			kind:     KindVoices,
			key:      "palestinian",
			mentions: []string{"Palestinian voices: Outlet A quotes"},
			absent:   []string{"Voices of Palestinian voices"},
		},
		{
			name:     "voices of an affiliation no rule file lists",
			a:        filler + `"The trip must not go ahead," Labour Party leader Jeremy Corbyn said. "It is a disgrace," Labour Party chair Ian Lavery told reporters.`,
			b:        filler + `"We are watching closely," White House spokesman John Kirby said.`,
			kind:     KindVoices,
			key:      "affiliation:Labour Party",
			mentions: []string{"Voices for Labour Party: Outlet A quotes or paraphrases them 2 times", "Outlet B does not quote them"},
			voice:    "(for Labour Party)",
		},
		{
			name:     "distancing in the outlet's own words",
			a:        filler + "The so-called peace plan was presented on Tuesday by the envoy.",
			b:        filler + "The peace plan was presented on Tuesday by the envoy.",
			kind:     KindDistancing,
			mentions: []string{"so-called", "Outlet B has none"},
		},
		{
			name:     "evaluative words in own voice against inside quotations",
			a:        filler + "The brutal crackdown on protesters continued on Tuesday in the capital.",
			b:        filler + `"This is a brutal crackdown," an opposition leader said of the operation.`,
			kind:     KindEvaluative,
			mentions: []string{"Outlet A uses 2 evaluative markers in its own words (\"brutal\", \"crackdown\")", "Outlet B has them only in quoted or reported speech (2)"},
		},
		{
			name:     "loaded reporting verbs",
			a:        filler + "The minister claimed the plan worked. His deputy insisted nothing had changed. The agency admitted errors.",
			b:        filler + "The minister said the plan worked. His deputy said nothing had changed. The agency said there were errors.",
			kind:     KindAttribution,
			mentions: []string{"Outlet A uses loaded or endorsing verbs for 3 of its 3 attributions", "Outlet B for 0 of 3"},
		},
		{
			name:     "content only one outlet carries",
			a:        filler + "Hospitals in the southern province reported severe shortages of fuel and medicine after the strikes.",
			b:        filler,
			kind:     KindUnique,
			mentions: []string{"Only Outlet A carries 1 sentence"},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := Compare([]*corpus.Article{article(t, "Outlet A", tc.a), article(t, "Outlet B", tc.b)}, set)
			d := find(c, tc.kind, tc.key)
			if d == nil {
				for _, x := range c.Differences {
					t.Log(x.Kind, x.Key, x.Summary)
				}
				t.Fatalf("no %s difference %q", tc.kind, tc.key)
			}
			for _, m := range tc.mentions {
				if !strings.Contains(d.Summary, m) {
					t.Errorf("summary %q does not mention %q", d.Summary, m)
				}
			}
			for _, m := range tc.absent {
				if strings.Contains(d.Summary, m) {
					t.Errorf("summary %q has %q", d.Summary, m)
				}
			}
			if len(d.Evidence) == 0 {
				t.Error("no evidence")
			}
			for _, e := range d.Evidence {
				a := c.Articles[e.Article].Article
				if a.Text[e.Start:e.End] == "" || e.Outlet != c.Articles[e.Article].Outlet {
					t.Errorf("evidence does not point into its article: %+v", e)
				}
				if !strings.Contains(e.Voice.String(), tc.voice) {
					t.Errorf("evidence voice %q does not say %q", e.Voice.String(), tc.voice)
				}
			}
			if tc.first && &c.Differences[0] != d {
				t.Errorf("%s is not ranked first; first is %s", tc.kind, c.Differences[0].Summary)
			}
		})
	}
}

func TestNoDifferencesBetweenIdenticalWording(t *testing.T) {
	set := defaultSet(t)
	text := filler + "Israel said the so-called plan was illegal, officials told reporters."
	c := Compare([]*corpus.Article{article(t, "A", text), article(t, "B", text)}, set)
	for _, d := range c.Differences {
		if d.Kind != KindKeyness {
			t.Errorf("identical articles differ: %s", d.Summary)
		}
	}
}

func TestVoiceOfMatches(t *testing.T) {
	set := defaultSet(t)
	a := article(t, "A", filler+`"This is barbarism," Price said. The brutal attack was condemned, according to the ministry. Critics called it a "provocation".`)
	an := Analyze(a, set)
	want := map[string]VoiceKind{"barbarism": Quoted, "brutal": Paraphrase}
	for _, h := range an.Hits {
		if k, ok := want[h.Surface]; ok {
			if h.Voice.Kind != k {
				t.Errorf("%q voice %s, want %s", h.Surface, h.Voice.Kind, k)
			}
			delete(want, h.Surface)
		}
	}
	if len(want) > 0 {
		t.Errorf("not matched: %v", want)
	}
}

// TestRatedWordInANameIsNoEvaluation checks that a rated word written as
// part of a name ("Whip Dick Durbin", "Josh Earnest", "said Dick Durbin",
// "the Proud Boys", "said Sunny Hostin") is no evaluative hit, while the
// same word opening a sentence, in lower case, or opening a quoted
// nickname ('"Crazy Bernie Sanders"') is.
func TestRatedWordInANameIsNoEvaluation(t *testing.T) {
	set := defaultSet(t)
	a := article(t, "A", filler+`Senate Minority Whip Dick Durbin met Josh Earnest on Tuesday. Disgraced Senator Tom Hale called the aide a dick. The vote was delayed, said Dick Durbin of Illinois. Hale mocked "Crazy Bernie Sanders" and met the Proud Boys, said Sunny Hostin (Patriotic Union).`)
	got := map[string]int{}
	for _, h := range Analyze(a, set).Hits {
		if h.Category == lexicon.Evaluative {
			got[h.Surface]++
		}
	}
	want := map[string]int{"Disgraced": 1, "dick": 1, "mocked": 1, "Crazy": 1}
	if !maps.Equal(got, want) {
		t.Errorf("evaluative hits %v, want %v", got, want)
	}
}

// TestTitleCaseAround checks which words stand in a title-case line of
// the body (a subhead, where a capital marks no name) and which in a
// sentence with names.
func TestTitleCaseAround(t *testing.T) {
	for _, tc := range []struct {
		sentence, word string
		want           bool
	}{
		{"Update at 12:55 p.m. ET: Voters Reject Disgraceful Harbour Deal at Town Hall", "Disgraceful", true},
		{"If Hostilities Cease, the Port Will Not Need To Close", "Hostilities", true},
		{"Senate Minority Whip Dick Durbin met Josh Earnest on Tuesday.", "Dick", false},
		{"Senate Minority Whip Dick Durbin said on Tuesday.", "Dick", false},
		{"Dick Durbin", "Dick", false},
	} {
		at := strings.Index(tc.sentence, tc.word)
		if got := titleCaseAround(tc.sentence, corpus.Span{Start: 0, End: len(tc.sentence)}, at); got != tc.want {
			t.Errorf("titleCaseAround(%q, %q) = %v, want %v", tc.sentence, tc.word, got, tc.want)
		}
	}
}

func TestKeynessStatistics(t *testing.T) {
	// Dunning's example shape: 10 in 1000 words against 1 in 1000.
	g := G2(10, 1, 1000, 1000)
	want := 2 * (10*math.Log(10/5.5) + 1*math.Log(1/5.5))
	if math.Abs(g-want) > 1e-9 {
		t.Fatalf("G2 = %v, want %v", g, want)
	}
	if pOf(g) != "<.01" {
		t.Fatalf("p for G2 %.2f is %s", g, pOf(g))
	}
	kt := keyTerm("x", 10, 1, 1000, 1000, 11, 2000, "x")
	if kt.Z <= 0 || kt.LogRatio <= 0 {
		t.Fatalf("a word ten times as frequent is not key: %+v", kt)
	}
	set := defaultSet(t)
	c := Compare([]*corpus.Article{article(t, "A", filler), article(t, "B", filler+filler)}, set)
	for _, k := range c.Keyness {
		if k.Warning == "" {
			t.Errorf("no small-sample warning for %s with %d words", k.Outlet, k.Words)
		}
	}
}

func TestSeedsHeadlineDifferences(t *testing.T) {
	set := defaultSet(t)
	res, err := corpus.Load([]string{"../testdata/seeds"}, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := Compare(res.Articles, set)
	if len(c.Outlets) != 2 {
		t.Fatalf("outlets %v", c.Outlets)
	}
	d0, d1 := c.Differences[0], c.Differences[1]
	if d0.Kind != KindNaming || d0.Key != "Israel" || !strings.Contains(d0.Summary, "Al Mayadeen English says \"the Israeli occupation\"") {
		t.Errorf("first difference: %s", d0.Summary)
	}
	if d1.Kind != KindAct || d1.Key != "act:iran|deny|" || !strings.Contains(d1.Summary, "Al Mayadeen English carries it (3 sentences); The Jerusalem Post does not") {
		t.Errorf("second difference: %s", d1.Summary)
	}
	// The denial's sentences, then the one in which The Jerusalem Post
	// attributes the matter to others instead ("Iranian sales of its armed
	// drones and Russia's military use" of them), as its summary says; its
	// headline names Russia and drones, the story's topic, but not that
	// anyone supplied them.
	pieces := map[string]int{}
	for _, e := range d1.Evidence {
		pieces[e.Outlet]++
		if e.Outlet == "The Jerusalem Post" && (e.Voice.Kind == Own || !strings.Contains(e.Text, "sales")) {
			t.Errorf("The Jerusalem Post's evidence is in its own voice or not the sentence on sales: %q", e.Text)
		}
	}
	if want := map[string]int{"Al Mayadeen English": 3, "The Jerusalem Post": 1}; !maps.Equal(pieces, want) {
		t.Errorf("denial evidence per outlet %v, want %v", pieces, want)
	}
}

func TestKWICByRuleConceptAndWord(t *testing.T) {
	set := defaultSet(t)
	c := Compare([]*corpus.Article{
		article(t, "A", filler+"The occupation state said the drones were never sent. Drone strikes went on."),
		article(t, "B", filler+`"Israel is not involved," the ministry said.`),
	}, set)
	for _, tc := range []struct {
		query   string
		want    int
		outlets []string
	}{
		{"israel.occupation", 1, []string{"A"}},
		{"Israel", 2, []string{"A", "B"}}, // the concept, in both outlets
		{"drone", 2, []string{"A", "A"}},  // any form of the word
		{"nothing-like-this", 0, nil},
	} {
		lines := c.KWIC(set, tc.query, 20)
		if len(lines) != tc.want {
			t.Errorf("%q: %d lines, want %d: %+v", tc.query, len(lines), tc.want, lines)
			continue
		}
		for i, l := range lines {
			if l.Outlet != tc.outlets[i] {
				t.Errorf("%q line %d from %s, want %s", tc.query, i, l.Outlet, tc.outlets[i])
			}
			if len([]rune(l.Left)) > 20 || len([]rune(l.Right)) > 20 {
				t.Errorf("%q: context wider than asked: %+v", tc.query, l)
			}
		}
	}
	if l := c.KWIC(set, "Israel", 20); len(l) == 2 && l[1].Voice.Kind != Quoted {
		t.Errorf("B's Israel is inside a quotation, voice %s", l[1].Voice.Kind)
	}
}

func TestPairwiseKeynessWithThreeOutlets(t *testing.T) {
	set := defaultSet(t)
	c := Compare([]*corpus.Article{article(t, "A", filler+"tariffs tariffs tariffs"), article(t, "B", filler), article(t, "C", filler+"drones")}, set)
	if len(c.Keyness) != 3 || len(c.Pairwise) != 3 {
		t.Fatalf("%d one-vs-rest and %d pairwise tables, want 3 and 3", len(c.Keyness), len(c.Pairwise))
	}
	if c.Pairwise[0].Outlet != "A" || c.Pairwise[0].Against != "B" || c.Pairwise[0].Terms[0].Term != "tariffs" {
		t.Fatalf("A against B: %+v", c.Pairwise[0])
	}
}

// TestVoicesJoinAffiliationToGroup checks that a speaker in no actor group
// counts in the group whose speakers share the affiliation in this story,
// and that an affiliation with no such group has a row of its own.
func TestVoicesJoinAffiliationToGroup(t *testing.T) {
	set := defaultSet(t)
	a := article(t, "Outlet A", filler+`"We are watching closely," White House spokesman John Kirby said. "We will not wait," American diplomat Jane Roe said. "We object," French diplomat Jean Dupont said.`)
	b := article(t, "Outlet B", filler+`"Nothing has changed," Russian diplomat Ivan Petrov said.`)
	c := Compare([]*corpus.Article{a, b}, set)
	rows := map[string]int{}
	for _, r := range c.Voices {
		rows[r.Group] = r.Quotes["Outlet A"]
	}
	if rows["us-gov"] != 2 {
		t.Errorf("us-gov row counts %d of Outlet A's quotations, want 2 (Kirby, and the American diplomat by affiliation); rows %v", rows["us-gov"], rows)
	}
	if _, ok := rows["affiliation:United States"]; ok {
		t.Errorf("United States has a row of its own beside US officials: %v", rows)
	}
	if rows["affiliation:France"] != 1 {
		t.Errorf("France row counts %d, want 1: %v", rows["affiliation:France"], rows)
	}
}

// TestVoicesAffiliationOfOneGroup: a speaker whose side one actor group's
// names stand for ("European Union" among the international
// organisations) counts in that group's row though no quotation of the
// story has both, so a surname given its side by a full mention elsewhere
// is heard with the group; a side no group names keeps a row of its own.
func TestVoicesAffiliationOfOneGroup(t *testing.T) {
	set := defaultSet(t)
	a := article(t, "Outlet A", filler+`The prisoner was visited by European Union envoy Tove Lund and Danish envoy Mads Holm on Monday.`)
	b := article(t, "Outlet B", filler+`Lund reported that the prisoner is well. Holm reported that the cell is clean.`)
	c := Compare([]*corpus.Article{a, b}, set)
	rows := map[string]int{}
	for _, r := range c.Voices {
		rows[r.Group] = r.Quotes["Outlet B"]
	}
	if rows["intl-org"] != 1 || rows["affiliation:European Union"] != 0 {
		t.Errorf("Lund counts in intl-org %d times and in a European Union row %d times, want 1 and 0; rows %v", rows["intl-org"], rows["affiliation:European Union"], rows)
	}
	if rows["affiliation:Denmark"] != 1 {
		t.Errorf("Holm counts in a Denmark row %d times, want 1; rows %v", rows["affiliation:Denmark"], rows)
	}
}

// TestCivilSpeakersSpeakForNoCountry: a resident or an activist named with
// a country or its capital is no voice of its government, by the rule
// files or by affiliation, nor are its media; the country's minister and
// its state media are, and a party's
// opponents of someone ("Republican opponents") stay the party's.
func TestCivilSpeakersSpeakForNoCountry(t *testing.T) {
	set := defaultSet(t)
	a := article(t, "Outlet A", filler+`"The queues are longer every day," Lisbon resident Rui Costa said. "We want a new vote," Portuguese activist Ana Lima said. "We will act," Portuguese minister Joao Rocha said. "Prices rose," Cairo resident Omar Salem said. "The bill is a mistake," the senator's Republican opponents said. "Two died," Portuguese media said. "The vote is void," Portuguese state media said. "Talks went well," the Portuguese prime minister's media office said. "The port is shut," Portuguese media reports said.`)
	b := article(t, "Outlet B", filler+`"Nothing has changed," Portuguese minister Joao Rocha said.`)
	c := Compare([]*corpus.Article{a, b}, set)
	rows := map[string]int{}
	for _, r := range c.Voices {
		rows[r.Group] = r.Quotes["Outlet A"]
	}
	if rows["affiliation:Portugal"] != 3 {
		t.Errorf("Portugal row counts %d of Outlet A's quotations, want 3 (the minister, state media and the prime minister's media office, not the resident, the activist or the country's media); rows %v", rows["affiliation:Portugal"], rows)
	}
	if rows["arab-gov"] != 0 || rows["affiliation:Egypt"] != 0 {
		t.Errorf("a Cairo resident speaks for Egypt's government: rows %v", rows)
	}
	if rows["affiliation:Republican Party"] != 1 {
		t.Errorf("Republican opponents are no voice of the Republican Party: rows %v", rows)
	}
}

// TestLayeredReportCountsVoiceOnce: "X told reporters that Y confirmed Z"
// is two attributions, one inside the other; when X and Y are voices of
// the same side, that side is heard once there, and when they are of two
// sides each is counted.
func TestLayeredReportCountsVoiceOnce(t *testing.T) {
	set := defaultSet(t)
	a := article(t, "Outlet A", filler+`White House spokesman John Kirby told reporters that the Pentagon confirmed the raid had taken place near the border.`)
	b := article(t, "Outlet B", filler+`White House spokesman John Kirby told reporters that Iranian Foreign Minister Hossein Amir-Abdollahian denied the raid had taken place near the border.`)
	c := Compare([]*corpus.Article{a, b}, set)
	if n := len(c.Articles[0].Quotations); n != 2 {
		t.Fatalf("Outlet A has %d attributions, want the outer and the inner: %+v", n, c.Articles[0].Quotations)
	}
	rows := map[string]map[string]int{}
	for _, r := range c.Voices {
		rows[r.Group] = r.Quotes
	}
	if n := rows["us-gov"]["Outlet A"]; n != 1 {
		t.Errorf("us-gov counts %d of Outlet A's quotations, want 1 (the Pentagon inside Kirby's report); rows %v", n, rows)
	}
	if us, ir := rows["us-gov"]["Outlet B"], rows["iran-gov"]["Outlet B"]; us != 1 || ir != 1 {
		t.Errorf("Outlet B counts us-gov %d and iran-gov %d, want 1 and 1; rows %v", us, ir, rows)
	}
}

// TestVoicesLeaveOutWhatNoOneSays: an intention, a silence and what a
// recording shows are found as attributions but are no one's voice, so
// the voices table does not count them; a statement beside them is.
func TestVoicesLeaveOutWhatNoOneSays(t *testing.T) {
	set := defaultSet(t)
	cases := []struct {
		name, text string
		want       int
	}{
		{"intention", `The French government plans to convene its cabinet on Thursday to weigh the offer.`, 0},
		{"wish", `Portugal wants to host the next round of the talks in the spring.`, 0},
		{"silence", `The Portuguese foreign ministry has not commented on the offer.`, 0},
		{"refusal", `The Portuguese foreign ministry declined to comment on the offer.`, 0},
		{"recording", `Portuguese state television footage showed that the convoy had crossed the bridge.`, 0},
		{"statement", `The Portuguese foreign ministry said the offer was unacceptable.`, 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := article(t, "Outlet A", filler+tc.text)
			b := article(t, "Outlet B", filler+`Lisbon said on Monday that it would reply soon to the offer.`)
			c := Compare([]*corpus.Article{a, b}, set)
			n := 0
			for _, r := range c.Voices {
				n += r.Quotes["Outlet A"]
			}
			if n != tc.want {
				t.Errorf("Outlet A counts %d voices, want %d; quotations %+v", n, tc.want, c.Articles[0].Quotations)
			}
		})
	}
}

// TestVoicesSettleGroups: an actor group that the speaker phrase's names
// alone suggest gives way to what the story knows of the speaker. A
// speaker whose affiliation is another side than the group's speaks for
// that side; a full name that shares only its surname with the group's
// names is someone else; a country's people are no voice of its
// government. A phrase that names the group by other words keeps it.
func TestVoicesSettleGroups(t *testing.T) {
	set := defaultSet(t)
	cases := []struct {
		name, text string
		want       map[string]int
	}{
		{"state of another country", `"It will pass," Sen. Dan Lieberman of Ohio said. Lieberman said the vote would be close.`,
			map[string]int{"us-gov": 2, "israel-gov": 0}},
		{"a breakaway group", `A Hamas breakaway group said the truce was over.`,
			map[string]int{"palestinian": 0}},
		{"a relative", `The daughter of Iran's Gen. Ali Samadi said the country would not forget him.`,
			map[string]int{"iran-gov": 0}},
		{"a former office", `"It will pass," former U.S. envoy Dan Lieberman said. Lieberman said the vote would be close.`,
			map[string]int{"us-gov": 0, "israel-gov": 0}},
		{"demonym before an accredited title", `"We need more time," Palestinian U.N. Ambassador Jamal Haddad told reporters.`,
			map[string]int{"palestinian": 1, "intl-org": 0}},
		{"a body's members", `U.N. member states said the vote must wait. NATO members said the talks would go on.`,
			map[string]int{"intl-org": 0}},
		{"the body", `The U.N. said the vote must wait.`,
			map[string]int{"intl-org": 1}},
		{"an envoy's host", `"We need more time," Ambassador to the U.N. Jane Haddad told reporters.`,
			map[string]int{"intl-org": 0}},
		{"other given name", `"The plan is reckless," retired engineer Dan Barak told the paper.`,
			map[string]int{"israel-gov": 0}},
		{"given name of the list", `"The plan is sound," Ehud Barak told the paper.`,
			map[string]int{"israel-gov": 1}},
		// The rule files list the surname alone: the story's most named
		// bearer in full is the group's person, and another given name
		// someone else.
		{"other given name than the story's", `Iranian minister Kamran Araghchi arrived on Monday. Kamran Araghchi met the envoy. "We will not forget," Leila Araghchi told the paper.`,
			map[string]int{"iran-gov": 0}},
		{"the story's given name", `Iranian minister Kamran Araghchi arrived on Monday. Kamran Araghchi met the envoy. "We will not give in," Kamran Araghchi told the paper.`,
			map[string]int{"iran-gov": 1}},
		{"other name of the group", `"The plan is sound," Israeli Defense Minister Avi Cohen told the paper.`,
			map[string]int{"israel-gov": 1}},
		{"people of a country", `Israelis understand that the talks may fail. Many Iranians believe the sanctions will stay.`,
			map[string]int{"israel-gov": 0, "iran-gov": 0}},
		{"a described people", `Prominent Iranians wrote that the crackdown must end. Hardline Israelis say the talks may fail.`,
			map[string]int{"israel-gov": 0, "iran-gov": 0}},
		{"a described people's side", `"We will not attend," Iranian Americans said in a letter.`,
			map[string]int{"iran-gov": 0}},
		{"share of a people", `A majority of Israelis say the talks may fail. 59 percent of Iranians say the sanctions will stay.`,
			map[string]int{"israel-gov": 0, "iran-gov": 0}},
		{"the people as the government", `The Israelis said they would not attend the talks.`,
			map[string]int{"israel-gov": 1}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := article(t, "Outlet A", filler+tc.text)
			b := article(t, "Outlet B", filler+`Lisbon said on Monday that it would reply soon to the offer.`)
			c := Compare([]*corpus.Article{a, b}, set)
			rows := map[string]int{}
			for _, r := range c.Voices {
				rows[r.Group] = r.Quotes["Outlet A"]
			}
			for g, n := range tc.want {
				if rows[g] != n {
					t.Errorf("%s counts %d of Outlet A's quotations, want %d; rows %v; quotations %+v", g, rows[g], n, rows, c.Articles[0].Quotations)
				}
			}
		})
	}
}

// TestVoicesShareGroupsByActor: a person's later quotations by surname,
// and another outlet's by name alone, are the voice of the group the
// story gives the person with a title, so the sentences only Outlet B
// carries are said to quote US officials.
func TestVoicesShareGroupsByActor(t *testing.T) {
	set := defaultSet(t)
	a := article(t, "Outlet A", filler+"US Secretary of State Tom Vale said on Monday that the talks would resume. Vale added that the sanctions would stay.")
	b := article(t, "Outlet B", filler+"Tom Vale said the harbour at Tarvik would be closed to tankers from the first of May.")
	c := Compare([]*corpus.Article{a, b}, set)
	for _, an := range c.Articles {
		for _, q := range an.Quotations {
			if q.Group != "us-gov" {
				t.Errorf("%s: %q's group %q, want us-gov", an.Outlet, q.Speaker, q.Group)
			}
		}
	}
	for _, u := range c.Unique {
		if u.Outlet == "Outlet B" && u.Group != "us-gov" {
			t.Errorf("Outlet B has %d unique sentences in the voice %q, want US officials'", len(u.Sentences), u.Voice)
		}
	}
}

// TestCoordinatedSidesEachVoiced: a speaker phrase joining two sides
// ("Norway and the U.K.") has no one affiliation, but each side's voice
// is heard: the quotation counts in both sides' rows, with evidence.
func TestCoordinatedSidesEachVoiced(t *testing.T) {
	set := defaultSet(t)
	a := article(t, "Outlet A", filler+`Norway and the U.K. on Sunday affirmed their commitment to the fishing accord. Norway and the U.K. also said the quotas would stay.`)
	b := article(t, "Outlet B", filler+`Oslo said on Monday that it would reply soon to the offer.`)
	c := Compare([]*corpus.Article{a, b}, set)
	rows := map[string]int{}
	for _, r := range c.Voices {
		rows[r.Group] = r.Quotes["Outlet A"]
	}
	for _, g := range []string{affiliationVoicePrefix + "Norway", affiliationVoicePrefix + "United Kingdom"} {
		if rows[g] != 2 {
			t.Errorf("%s counts %d of Outlet A's quotations, want 2; rows %v; quotations %+v", g, rows[g], rows, c.Articles[0].Quotations)
		}
	}
	found := false
	for _, d := range c.Differences {
		for _, e := range d.Evidence {
			if e.Voice.Group == affiliationVoicePrefix+"United Kingdom" && strings.Contains(e.Text, "fishing accord") {
				found = true
			}
		}
	}
	if !found {
		var sums []string
		for _, d := range c.Differences {
			sums = append(sums, d.Summary)
		}
		t.Errorf("no voices evidence for the United Kingdom's row; differences %q", sums)
	}
}

// TestJointSpeakerWithAGroupVoicesEachSide: a joint speaker one of whose
// sides a rule file's voice group names ("the European Union's foreign
// policy chief") counts in that group's row and in the other side's.
func TestJointSpeakerWithAGroupVoicesEachSide(t *testing.T) {
	set := defaultSet(t)
	a := article(t, "Outlet A", filler+`German government spokesman Steffen Seibert and the European Union's foreign policy chief Frederica Mogherini both said that they expect the harbor accord to hold.`)
	b := article(t, "Outlet B", filler+`Oslo said on Monday that it would reply soon to the offer.`)
	c := Compare([]*corpus.Article{a, b}, set)
	rows := map[string]int{}
	for _, r := range c.Voices {
		rows[r.Label] += r.Quotes["Outlet A"]
	}
	if rows["voices for Germany"] != 1 {
		t.Errorf("Germany's row counts %d of Outlet A's quotations, want 1; rows %v; quotations %+v", rows["voices for Germany"], rows, c.Articles[0].Quotations)
	}
	total := 0
	for _, n := range rows {
		total += n
	}
	if total != 2 {
		t.Errorf("rows count %d quotations, want 2 (Germany's and the European Union's); rows %v", total, rows)
	}
}

// TestSurnameTakesFullMentionAffiliation: a speaker named by surname only
// takes the affiliation the story names the person with in full, though
// that mention is no one's speaker phrase and stands in another article;
// a particle joined to the surname ("al-Haddad") does not make it another
// name, and a surname the story gives two people of two sides takes none.
// A role possessed by an actor of a known side (", President Obama's
// national security adviser,") gives that side.
func TestSurnameTakesFullMentionAffiliation(t *testing.T) {
	set := defaultSet(t)
	cases := []struct {
		name, a, b, want string
	}{
		{"bare surname", `Syrian Foreign Minister Walid al-Haddad met the envoys on Monday.`, `Haddad said the talks had failed.`, "Syria"},
		{"surname with its particle", `Syrian Foreign Minister Walid al-Haddad met the envoys on Monday.`, `Al-Haddad said the talks had failed.`, "Syria"},
		{"two people of the surname", `Syrian Foreign Minister Walid al-Haddad met Jordanian Foreign Minister Sami Haddad on Monday.`, `Haddad said the talks had failed.`, ""},
		{"most mentions", `Syrian Foreign Minister Walid al-Haddad met the envoys. Syrian envoy Walid al-Haddad left. Norway Blames Walid Haddad, a link read.`, `Haddad said the talks had failed.`, "Syria"},
		{"a mention after a verb", `Officials in Damascus criticised Walid Haddad on Monday.`, `Haddad said the talks had failed.`, ""},
		{"role of a person of a side", `Jane Roe, President Obama's national security adviser, met the envoys on Monday.`, `Roe said the talks had failed.`, "United States"},
		{"role of a country", `Tom Doe, Norway's chief negotiator, met the envoys on Monday.`, `Doe said the talks had failed.`, "Norway"},
		{"role of someone of no side", `Tom Doe, Jane Roe's neighbour, met the envoys on Monday.`, `Doe said the talks had failed.`, ""},
		// A country after "to" or "for" in a title hosts the title holder:
		// the side is the one before the title, or none.
		{"ambassador to a host", `Norwegian Ambassador to Sweden Tom Doe met the envoys on Monday.`, `Doe said the talks had failed.`, "Norway"},
		{"two people of the surname, one of no side", `Syrian Foreign Minister Walid Haddad met the envoys, and his cousin, the dentist Sami Haddad, watched.`, `Haddad said the talks had failed.`, ""},
		{"one person named twice", `Syrian Foreign Minister Walid Haddad met the envoys. Walid A. Haddad left. Syria's Haddad came back.`, `Haddad said the talks had failed.`, "Syria"},
		{"one person in two spellings, after an opener", `Syrian Foreign Minister Mohammed Haddad met the envoys. But Haddad left early, and Mohamed Haddad came back.`, `Haddad said the talks had failed.`, "Syria"},
		{"one letter apart", `Syrian Foreign Minister Nouri Haddad met the envoys, and later Nuri Haddad left.`, `Haddad said the talks had failed.`, "Syria"},
		{"a possessor and a headline", `Syrian Foreign Minister Walid Haddad met the envoys. A photo of Price Futures Group's Haddad ran under the link "Critics Slams Haddad" on Monday.`, `Haddad said the talks had failed.`, "Syria"},
		{"envoy for a host", `The special envoy for Syria Tom Doe met the envoys on Monday.`, `Doe said the talks had failed.`, ""},
		// The host written with its article: still the host, not the side.
		{"ambassador to the host", `The Norwegian ambassador to the United States Tom Doe met the envoys on Monday.`, `Doe said the talks had failed.`, "Norway"},
		// After "in" or "at", the article opens the body the title is
		// held in, which names the side.
		{"commander in the body", `The commander in the Norwegian Army Gen. Tom Doe met the envoys on Monday.`, `Doe said the talks had failed.`, "Norway"},
		{"envoy for the host", `The Norwegian envoy for the United Nations Tom Doe met the envoys on Monday.`, `Doe said the talks had failed.`, "Norway"},
		{"envoy to the host, no side", `The envoy to the United States Tom Doe met the envoys on Monday.`, `Doe said the talks had failed.`, ""},
		// A role written before the name and a comma names the side, when
		// the name closes the phrase.
		{"role before the name", `The talks were led by Norway's chief negotiator, Tom Doe.`, `Doe said the talks had failed.`, "Norway"},
		{"role with a demonym before the name", `The Norwegian foreign minister, Tom Doe, met the envoys on Monday.`, `Doe said the talks had failed.`, "Norway"},
		{"role ending in a host before the name", `The talks were led by the Norwegian ambassador to Sweden, Tom Doe.`, `Doe said the talks had failed.`, ""},
		{"name opening the next clause", `After meeting Norway's chief negotiator, Tom Doe left the talks.`, `Doe said the talks had failed.`, ""},
		// A possessor says whose the role is; a place among the role's
		// words does not ("Vale's Ohio chairman" is Vale's man).
		{"possessor's role naming a place", `The campaign was run by Vale's Ohio chairman, Tom Doe.`, `Doe said the talks had failed.`, ""},
		{"possessor of a side before its run", `The talks were led by Norwegian Prime Minister Erik Dahl's chief negotiator, Tom Doe.`, `Doe said the talks had failed.`, "Norway"},
		{"possessor before a capitalised title", `The talks were led by Norway's Foreign Minister, Tom Doe.`, `Doe said the talks had failed.`, "Norway"},
		// A party the role names wins over the possessor's place; a
		// possessor known only by its actor group gives no side: a
		// candidate's staff are no officials.
		{"party in a possessed role", `The case was brought by Ohio's Republican attorney general, Tom Doe.`, `Doe said the talks had failed.`, "Republican Party"},
		{"staff of a listed name", `The campaign was run by Obama's campaign chairman, Tom Doe.`, `Doe said the talks had failed.`, ""},
		{"candidacy before the name", `The Republican front-runner, Tom Doe, met the envoys on Monday.`, `Doe said the talks had failed.`, "Republican Party"},
		// A role noun that is no title of office names no state's official.
		{"civilian role before the name", `An Egyptian businessman, Tom Doe, met the envoys on Monday.`, `Doe said the talks had failed.`, ""},
		{"title a non-state role qualifies", `The Norwegian militant leader, Tom Doe, met the envoys on Monday.`, `Doe said the talks had failed.`, ""},
		{"no title before the article", `The Norwegian ambassador spoke to the United States envoy Tom Doe on Monday.`, `Doe said the talks had failed.`, "United States"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := article(t, "Outlet A", filler+tc.a)
			b := article(t, "Outlet B", filler+tc.b)
			q := soleQuotation(t, Compare([]*corpus.Article{a, b}, set), 1)
			if q.Affiliation != tc.want {
				t.Errorf("%q speaks for %q, want %q (%s)", q.Speaker, q.Affiliation, tc.want, q.AffiliationVia)
			}
		})
	}
}

// TestNamingLeavesOutReportedAndNegatedCategories: a category the text
// says does not apply ("not on any list of terrorist organizations", "is
// not a terrorist group") names no one, and a designator's label
// ("designated a terrorist group by Norway") is the designator's word, not
// the outlet's naming; a negation of another verb leaves the naming.
func TestNamingLeavesOutReportedAndNegatedCategories(t *testing.T) {
	set := defaultSet(t)
	cases := []struct {
		name, text string
		want       int // Outlet A's own words for armed.terrorists
	}{
		{"not on a list", `The Red Hand is a local group that is not on any official Norwegian list of terrorist organizations but has long sought power.`, 0},
		{"is not", `The Red Hand is not a terrorist group and has no armed wing.`, 0},
		{"designated by", `The Red Hand, with its harsh creed, has been designated a terrorist group by Norway and other northern countries.`, 0},
		{"own naming", `The terrorists of the Red Hand fled the town on Monday.`, 1},
		{"another verb negated", `The army did not stop the terrorists of the Red Hand on Monday.`, 1},
		// The negation denies another complement than the naming.
		{"anything but", `The Red Hand has never been anything but a terrorist group.`, 1},
		{"not be intimidated by", `The town will not be intimidated by the terrorists of the Red Hand.`, 1},
		{"not a secret that", `It is not a secret that the terrorists of the Red Hand planned the raid.`, 1},
		{"not a day without", `Not a day passes without terrorists of the Red Hand attacking the border.`, 1},
		{"has never been designated", `The Red Hand has never been designated a terrorist group in Norway.`, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := article(t, "Outlet A", filler+tc.text)
			b := article(t, "Outlet B", filler+`The militants of the Red Hand fled the town on Monday.`)
			c := Compare([]*corpus.Article{a, b}, set)
			n := 0
			for _, r := range c.Naming {
				n += r.Counts["Outlet A"]["armed.terrorists"].OutletsWords()
			}
			if n != tc.want {
				t.Errorf("Outlet A says terrorists %d times in its own words, want %d; naming %+v", n, tc.want, c.Naming)
			}
		})
	}
}

// TestNamingInOneSidesParaphrase: a curated variant an outlet writes only
// in paraphrases of one side ("officials said most of the dead were
// terrorists"), of one person under two names, or of unnamed speakers is
// not the outlet's word and makes no naming difference; in paraphrases of
// two named sides it is the outlet's word.
func TestNamingInOneSidesParaphrase(t *testing.T) {
	set := defaultSet(t)
	b := article(t, "Outlet B", filler+`The militants of the Red Hand fled the town on Monday. The militants of the Red Hand returned on Tuesday.`)
	cases := []struct {
		name, text string
		want       bool // a naming difference with Outlet A's "terrorists"
	}{
		{"one side", `Officials said most of those killed were terrorists of the Red Hand. Officials later said the terrorists of the Red Hand had fled.`, false},
		{"unnamed speakers", `Officials said most of those killed were terrorists of the Red Hand. A local priest said the terrorists of the Red Hand had fled.`, false},
		{"one person by two names", `Lars Berg said most of those killed were terrorists of the Red Hand. Berg later said the terrorists of the Red Hand had fled.`, false},
		{"two named sides", `Lars Berg said most of those killed were terrorists of the Red Hand. Kari Holm said the terrorists of the Red Hand had fled.`, true},
		{"narration", `The terrorists of the Red Hand fled the town on Monday. The terrorists of the Red Hand returned on Tuesday.`, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := Compare([]*corpus.Article{article(t, "Outlet A", filler+tc.text), b}, set)
			got := false
			for _, d := range c.Differences {
				if d.Kind == KindNaming && strings.Contains(d.Summary, "Outlet A says terrorists") {
					got = true
				}
			}
			if got != tc.want {
				t.Errorf("naming difference with Outlet A's terrorists: %v, want %v; %+v", got, tc.want, c.Differences)
			}
		})
	}
}

// TestOneUseNamingIsALead: a curated naming contrast one side of which is
// a single use ("terrorists" once against "militants" three times) ranks
// as a lead, below the acts and voices; two uses on each side rank as a
// naming.
func TestOneUseNamingIsALead(t *testing.T) {
	set := defaultSet(t)
	b := article(t, "Outlet B", filler+`The militants of the Red Hand fled the town on Monday. The militants of the Red Hand returned on Tuesday. The militants of the Red Hand left on Wednesday.`)
	for _, tc := range []struct {
		name, text string
		lead       bool
	}{
		{"one use", `The terrorists of the Red Hand fled the town on Monday.`, true},
		{"two uses", `The terrorists of the Red Hand fled the town on Monday. The terrorists of the Red Hand returned on Tuesday.`, false},
	} {
		c := Compare([]*corpus.Article{article(t, "Outlet A", filler+tc.text), b}, set)
		d := find(c, KindNaming, "armed groups")
		if d == nil {
			t.Fatalf("%s: no naming difference: %+v", tc.name, c.Differences)
		}
		if lead := d.Salience < baseClaim; lead != tc.lead {
			t.Errorf("%s: salience %.2f, want a lead %v", tc.name, d.Salience, tc.lead)
		}
	}
}

// TestOneOutletsSingleUseIsNoNaming: when only one outlet names a concept
// at all, a single use in its body ("the terrorists" once, the other
// outlet naming the group in no listed word) is no way of naming it and no
// difference; two uses, or one in its headline, are.
func TestOneOutletsSingleUseIsNoNaming(t *testing.T) {
	set := defaultSet(t)
	b := article(t, "Outlet B", filler+`The fighters of the Red Hand fled the town on Monday.`)
	for _, tc := range []struct {
		name, title, text string
		want              bool
	}{
		{"one use", "Town quiet after the fighting", `The terrorists of the Red Hand fled the town on Monday.`, false},
		{"two uses", "Town quiet after the fighting", `The terrorists of the Red Hand fled the town on Monday. The terrorists of the Red Hand returned on Tuesday.`, true},
		{"one use in the headline", "Terrorists flee the town", `The group fled the town on Monday.`, true},
	} {
		a := corpus.FromParagraphs(corpus.Meta{ID: "a", Outlet: "Outlet A", Title: tc.title}, []string{filler + tc.text})
		c := Compare([]*corpus.Article{a, b}, set)
		if got := find(c, KindNaming, "armed groups") != nil; got != tc.want {
			t.Errorf("%s: naming difference %v, want %v: %+v", tc.name, got, tc.want, c.Differences)
		}
	}
}

// TestOneUseIsNoAvoidance: an outlet that names a concept once in its own
// words ("terrorists") does not avoid the word two others use twice
// ("militants"): with every other word shared, the three make no naming
// difference.
func TestOneUseIsNoAvoidance(t *testing.T) {
	set := defaultSet(t)
	c := Compare([]*corpus.Article{
		article(t, "Outlet A", filler+`The militants of the Red Hand fled the town on Monday. The militants of the Red Hand returned on Tuesday. The terrorists of the Red Hand left on Wednesday.`),
		article(t, "Outlet B", filler+`The militants of the Red Hand fled the town on Monday. The militants of the Red Hand returned on Tuesday. The terrorists of the Red Hand left on Wednesday. The terrorists of the Red Hand came back on Thursday.`),
		article(t, "Outlet C", filler+`The terrorists of the Red Hand fled the town on Monday.`),
	}, set)
	if d := find(c, KindNaming, "armed groups"); d != nil {
		t.Errorf("naming difference of one use against two outlets' shared words: %s", d.Summary)
	}
}

// TestScareQuotesAloneAreALead: terms an outlet puts in quotation marks
// with no speaker are reported as such, and a distancing difference
// resting on them alone ranks below one with a distancing marker in the
// outlet's own words ("so-called").
func TestScareQuotesAloneAreALead(t *testing.T) {
	set := defaultSet(t)
	tests := []struct {
		name, a, summary string
		lead             bool
	}{
		{"a term in quotation marks", `The council approved the "reform" of the harbor on Monday.`, `puts 1 term in quotation marks with no speaker named ("reform")`, true},
		{"a marker in the outlet's words", `The council approved the so-called reform of the harbor on Monday.`, `uses 1 distancing marker in its own words ("so-called")`, false},
		{"a marker before a quoted term, one use", `The council approved the so-called "reform" of the harbor on Monday.`, `uses 1 distancing marker in its own words ("so-called"); Outlet B`, false},
	}
	for _, tt := range tests {
		c := Compare([]*corpus.Article{article(t, "Outlet A", filler+tt.a), article(t, "Outlet B", filler+`The council approved the reform of the harbor on Monday.`)}, set)
		d := find(c, KindDistancing, "distancing")
		if d == nil {
			t.Errorf("%s: no distancing difference: %+v", tt.name, c.Differences)
			continue
		}
		if !strings.Contains(d.Summary, tt.summary) {
			t.Errorf("%s: summary %q, want %q", tt.name, d.Summary, tt.summary)
		}
		if lead := d.Salience < baseDistancing; lead != tt.lead {
			t.Errorf("%s: salience %.2f, want a lead %v", tt.name, d.Salience, tt.lead)
		}
	}
}

// TestQuotedTermIsNoDistancing checks that quotation marks around a term
// mentioned as a term ("known as "X"", "file together as "X"", a "X"
// standard) are no distancing, while a scare-quoted word and a one-word
// quoted modifier still are; a term after "so-called" is that marker's.
func TestQuotedTermIsNoDistancing(t *testing.T) {
	set := defaultSet(t)
	for _, tc := range []struct {
		sentence string
		want     bool // a scare-quote distancing hit
	}{
		{`Couples may file together as "married filing jointly" from next year.`, false},
		{`The island uses a "place of residence" standard for ferry passes.`, false},
		{`The harbour practice known as "first come, first served" will end.`, false},
		{`Officials coined the term "harbour tax" last year.`, false},
		{`The council approved the "reform" of the harbour on Monday.`, true},
		// The marker's hit counts the term: one act of distancing.
		{`The council approved the so-called "harbour reform" on Monday.`, false},
		// The words a speaker of the article is quoted with, echoed: no
		// distance of the outlet's.
		{"\"We will block this harbour giveaway at every turn,\" the union said on Monday.\n\nThe council approved the \"harbour giveaway\" on Tuesday.", false},
		{`The council held the "peace" talks on Monday.`, true},
	} {
		c := Compare([]*corpus.Article{article(t, "Outlet A", filler+tc.sentence)}, set)
		got := false
		for _, h := range c.Articles[0].Hits {
			got = got || h.RuleID == scareQuoteRule
		}
		if got != tc.want {
			t.Errorf("%q: scare-quote distancing %v, want %v", tc.sentence, got, tc.want)
		}
	}
}

// TestParaphrasedLoadedWordIsNoOwnWord: a loaded word in reported speech
// ("Officials said the brutal crackdown went on") is the speaker's as
// often as the outlet's, so it makes no evaluative difference; in the
// outlet's narration it does.
func TestParaphrasedLoadedWordIsNoOwnWord(t *testing.T) {
	set := defaultSet(t)
	for _, tc := range []struct {
		a    string
		want bool
	}{
		{"Opposition officials said the brutal crackdown on protesters continued on Tuesday in the capital.", false},
		{"The brutal crackdown on protesters continued on Tuesday in the capital, opposition officials said.", false},
		{"The brutal crackdown on protesters continued on Tuesday in the capital.", true},
	} {
		c := Compare([]*corpus.Article{article(t, "Outlet A", filler+tc.a), article(t, "Outlet B", filler+"The operation against protesters continued on Tuesday in the capital.")}, set)
		d := find(c, KindEvaluative, string(lexicon.Evaluative))
		if got := d != nil; got != tc.want {
			t.Errorf("%q: evaluative difference %v, want %v", tc.a, got, tc.want)
		}
	}
}

// TestFewWordsVoiceRanksLower checks that a voice an outlet gives in a
// couple of words of background ranks below one it quotes at length.
func TestFewWordsVoiceRanksLower(t *testing.T) {
	set := defaultSet(t)
	other := filler + `"We are watching closely," White House spokesman John Kirby said.`
	long := Compare([]*corpus.Article{article(t, "Outlet A", filler+`"We have never sent weapons for this war, and we never will," Iranian Foreign Minister Hossein Amir-Abdollahian said.`), article(t, "Outlet B", other)}, set)
	short := Compare([]*corpus.Article{article(t, "Outlet A", filler+"In 2007 the ports were hit as well, but the Iranian government denied any involvement."), article(t, "Outlet B", other)}, set)
	dl, ds := find(long, KindVoices, "iran-gov"), find(short, KindVoices, "iran-gov")
	if dl == nil || ds == nil {
		t.Fatalf("voices differences: long %v, short %v", dl, ds)
	}
	if dl.Salience < baseVoices || ds.Salience >= baseVoices {
		t.Errorf("salience %.2f for a quotation at length and %.2f for two words; want at least and under %.2f", dl.Salience, ds.Salience, baseVoices)
	}
}
