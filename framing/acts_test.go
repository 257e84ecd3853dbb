package framing

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/gazetteer"
	"github.com/framediff/framediff/text"
)

// TestReadSpeaker checks how a speaker phrase becomes an actor and an
// affiliation, one case per kind of phrase.
func TestReadSpeaker(t *testing.T) {
	g := gazetteer.Default()
	tests := []struct {
		phrase, actor, affiliation string
		person                     bool
	}{
		{"US State Department spokesman Ned Price", "Ned Price", "United States", true},
		{"Iranian Defense Minister Mohammad-Reza Ashtiani", "Mohammad-Reza Ashtiani", "Iran", true},
		{"Price", "Price", "", true},
		{"Interior Minister Farid al-Zubaydi", "Farid al-Zubaydi", "", true}, // a particle joined to the surname
		{"Prime Minister Omar el-Haddad", "Omar el-Haddad", "", true},
		{"President-elect Tom Vale", "Tom Vale", "", true}, // an office not yet taken up is a title too
		{"Prime Minister-designate Omar el-Haddad", "Omar el-Haddad", "", true},
		{"the spokesman, Peter Carr", "Peter Carr", "", true},
		{"American allies", "American allies", "", false},
		{"Iran's regional rivals", "Iran's regional rivals", "", false},
		{"Republican critics", "Republican critics", "Republican Party", false},
		{"Republican and Democratic senators", "Republican and Democratic senators", "", false},
		{"Democratic and Republican lawmakers", "Democratic and Republican lawmakers", "", false},
		{"Israeli and US officials", "Israeli and US officials", "", false},
		{"Iranian and Hezbollah officials", "Iranian and Hezbollah officials", "", false},
		{"Ohio and Republican officials", "Ohio and Republican officials", "Republican Party", false},
		{"Republican allies", "Republican allies", "Republican Party", false},
		{"Russian opposition critics", "Russian opposition critics", "", false}, // they speak against the state, not for it
		{"A Syrian rebel group", "Syrian rebel group", "", false},
		{"Ambassador to the U.N. Nikki Haley", "Nikki Haley", "", true}, // the host, not the side
		{"U.S. Ambassador to the U.N. Kari Dahl", "Kari Dahl", "United States", true},
		{"the Norwegian Digital Army", "Norwegian Digital Army", "", false}, // a group's own name
		{"the Norwegian Air Force", "Norwegian Air Force", "Norway", false},
		{"the Norwegian Army", "Norwegian Army", "Norway", false},
		{"Former U.S. diplomat Kari Dahl", "Kari Dahl", "", true}, // an office held once speaks for no one
		{"former Republican Sen. Kari Dahl", "Kari Dahl", "Republican Party", true},
		{"the Norwegian Atomic Energy Organization", "Norwegian Atomic Energy Organization", "Norway", false}, // a state's own agency
		{"the separatist Hamas", "separatist Hamas", "Hamas", false},                                          // describes the group itself
		{"the daughter of Norway's defence minister", "daughter of Norway's defence minister", "", false},     // a relative speaks for no state
		{"The daughter of Norway's Gen. Odd Berg", "daughter of Norway's Gen. Odd Berg", "", false},           // not the general, whom the story gives a side
		{"Najib Danish", "Najib Danish", "", true},                                                            // a surname, no Dane
		{"Rep. Dutch Ruppersberger", "Dutch Ruppersberger", "", true},                                         // a given name, no Dutchman
		{"CNN Polling Director Keating Holland", "Keating Holland", "", true},                                 // a country's name as a surname
		{"Foreign Minister Kari Dahl of Norway", "Kari Dahl", "Norway", true},
		{"Danish Foreign Minister Lars Berg", "Lars Berg", "Denmark", true}, // a demonym before a title
		{"The Portuguese foreign ministry", "Portuguese foreign ministry", "Portugal", false},
		{"The Hamas breakaway group", "Hamas breakaway group", "", false}, // split from the side named
		{"an offshoot of Hezbollah", "offshoot of Hezbollah", "", false},
		{"a Hamas splinter faction", "Hamas splinter faction", "", false},
		{"Norwegian government minister and former ambassador", "Norwegian government minister and former ambassador", "Norway", false},
		{"Israel's ambassador to the United States", "Israel's ambassador to the United States", "Israel", false},
		{"an adviser to the Norwegian prime minister", "adviser to the Norwegian prime minister", "Norway", false},
		{"Tehran", "Iran", "Iran", false},
		{"the Kremlin", "Kremlin", "Russia", false},
		{"Iran's foreign ministry", "Iran's foreign ministry", "Iran", false},
		{"a Hamas official", "Hamas official", "Hamas", false},
		{"the IDF", "Israel Defense Forces", "Israel", false},
		{"Sullivan and Hulata", "Sullivan and Hulata", "", false},
		{"Foreign Ministry spokesman Nasser Kanaani", "Nasser Kanaani", "", true},
		{"Prime Minister Walid al-Haddad", "Walid al-Haddad", "", true},
		{"critics", "critics", "", false},
		{"Critics of the Norwegians", "Critics of the Norwegians", "", false},
		{"some allies of Norway", "some allies of Norway", "", false},
		{"the Norwegian critics", "Norwegian critics", "", false},
		{"Speaker John A. Boehner of Ohio", "John A. Boehner", "United States", true},
		{"Sen. Kristen Gillibrand of New York", "Kristen Gillibrand", "United States", true},
		{"University of Maine", "University of Maine", "United States", false},
		{"South Carolina Republican Sen. Lindsey Graham", "Lindsey Graham", "Republican Party", true},
		{"Texas Sen. Ted Cruz", "Ted Cruz", "United States", true},
		{"The Florida senator", "Florida senator", "United States", false},
		{"The New York Times", "New York Times", "", false},
		{"Gaza's Health Ministry", "Gaza's Health Ministry", "Palestine", false},
		{"the Arizona Republic", "Arizona Republic", "", false},
		{"Residents of Brell", "Residents of Brell", "", false},
		{"Director of National Intelligence James Clapper", "James Clapper", "", true},
		{"Minister of Foreign Affairs Sergei Lavrov", "Sergei Lavrov", "", true},
		{"Secretary of State Kerry", "Kerry", "", true},
		{"Head of the Iranian Atomic Energy Organization Ali Akbar Salehi", "Ali Akbar Salehi", "Iran", true},
		{"President of the European Commission Ursula von der Leyen", "Ursula von der Leyen", "European Union", true},
		{"Secretary-General of NATO Jens Stoltenberg", "Jens Stoltenberg", "NATO", true},
		{"Joint Chiefs of Staff Chairman Gen. Martin Dempsey", "Martin Dempsey", "United States", true},
		{"U.S. Chamber of Commerce President Tom Donohue", "Tom Donohue", "United States", true},
		{"Rep. Alan Judge", "Alan Judge", "", true}, // a title word as a surname after an honorific
		{"Republican Rep. Alan T. Judge of Ohio", "Alan T. Judge", "Republican Party", true},
		{"Mr. Judge", "Judge", "", true},
		{"Deputy Crown Prince", "Deputy Crown Prince", "", false},
		{"Deputy Prime Minister", "Deputy Prime Minister", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.phrase, func(t *testing.T) {
			sa := readSpeaker(g, tt.phrase)
			if sa.actor != tt.actor || sa.affiliation != tt.affiliation || sa.person != tt.person {
				t.Errorf("readSpeaker(%q) = actor %q affiliation %q person %v; want %q %q %v",
					tt.phrase, sa.actor, sa.affiliation, sa.person, tt.actor, tt.affiliation, tt.person)
			}
			if sa.affiliation != "" && !strings.Contains(sa.via, sa.affiliation) && sa.via == "" {
				t.Errorf("affiliation %q without a reason", sa.affiliation)
			}
		})
	}
}

// TestActorsAcrossTheStory checks that a surname alone is the person named
// in full in another article, with the affiliation that article states,
// and that the acts gather by affiliation across outlets.
func TestActorsAcrossTheStory(t *testing.T) {
	set := defaultSet(t)
	a := article(t, "Outlet A", filler+`Iranian Foreign Ministry spokesman Nasser Kanaani said on Monday that the reports were baseless and politically motivated.`)
	b := article(t, "Outlet B", filler+`Kanaani rejected the claims as lies on Monday. Ukraine accused Iran of supplying hundreds of drones to Moscow.`)
	c := Compare([]*corpus.Article{a, b}, set)
	var kanaani []Quotation
	for _, an := range c.Articles {
		for _, q := range an.Quotations {
			if strings.Contains(q.Speaker, "Kanaani") {
				kanaani = append(kanaani, q)
			}
		}
	}
	if len(kanaani) != 2 {
		t.Fatalf("%d attributions to Kanaani, want 2: %+v", len(kanaani), kanaani)
	}
	for _, q := range kanaani {
		if q.Actor != "Nasser Kanaani" || q.Affiliation != "Iran" || q.Act != corpus.ActDeny {
			t.Errorf("%q: actor %q affiliation %q act %q; want Nasser Kanaani, Iran, deny", q.Speaker, q.Actor, q.Affiliation, q.Act)
		}
	}
	var deny, accuse *ActCluster
	for i, cl := range c.Acts {
		switch cl.Key {
		case "iran|deny|":
			deny = &c.Acts[i]
		case "ukraine|accuse|iran":
			accuse = &c.Acts[i]
		}
	}
	if deny == nil || len(deny.Present) != 2 {
		t.Fatalf("Iran's denial not carried by both outlets: %+v", c.Acts)
	}
	if accuse == nil || len(accuse.Present) != 1 || accuse.Label != "Accusation by Ukraine against Iran (words: supplying, hundreds, drones, moscow)" {
		t.Fatalf("Ukraine's accusation: %+v", accuse)
	}
	if d := find(c, KindAct, "act:ukraine|accuse|iran"); d == nil || !strings.Contains(d.Summary, "Outlet A does not") {
		t.Errorf("the accusation only Outlet B carries is no difference: %+v", d)
	}
	if d := find(c, KindAct, "act:iran|deny|"); d != nil {
		t.Errorf("a denial both outlets carry is a difference: %s", d.Summary)
	}
}

// TestOwnOutletIsNoVoice checks that an article's own outlet named as the
// source ("Fox News has learned") is the outlet's own reporting: no
// quotation, so no voice (and its unique content is in the outlet's own
// voice), while another outlet named as the source is one.
func TestOwnOutletIsNoVoice(t *testing.T) {
	set := defaultSet(t)
	for _, tt := range []struct {
		outlet, text string
		want         int
	}{
		{"Fox News", "Fox News has learned that the convoy left the border town before dawn on Monday.", 0},
		{"CNN (Web News)", "CNN has learned that the convoy left the border town before dawn on Monday.", 0},
		{"Al-Jazeera", "Al-Jazeera has learned that the convoy left the border town before dawn on Monday.", 0},
		{"Fox News", "CNN has learned that the convoy left the border town before dawn on Monday.", 1},
		{"The Hill", "The Hill has learned that the convoy left the border town before dawn on Monday.", 0},
		{"The Hill", "Hill said that the convoy left the border town before dawn on Monday.", 1},
		// Words it quotes from its own earlier story are its own too.
		{"Harbor Monitor", `The rebels staged "bold raids" on the border town, the Harbor Monitor reported last month.`, 0},
		{"Fox News", `The rebels staged "bold raids" on the border town, the Harbor Monitor reported last month.`, 2},
	} {
		c := Compare([]*corpus.Article{article(t, tt.outlet, filler+tt.text), article(t, "Other", filler+"Rain fell over the capital for most of the day.")}, set)
		listed := false
		if got := len(c.Articles[0].Quotations); got != tt.want {
			t.Errorf("%s: %q: %d quotations, want %d: %+v", tt.outlet, tt.text, got, tt.want, c.Articles[0].Quotations)
		}
		// The sentence only this outlet carries is listed in the voice the quotations give it.
		for _, g := range c.Unique {
			for _, e := range g.Sentences {
				if strings.Contains(tt.text, e.Text) {
					listed = true
					if (e.Voice.Kind == Own) != (tt.want == 0) {
						t.Errorf("%s: %q listed as unique content in the voice %+v", tt.outlet, e.Text, e.Voice)
					}
				}
			}
		}
		if !listed {
			t.Errorf("%s: %q not listed as unique content", tt.outlet, tt.text)
		}
	}
}

// TestActAgainstOwnSideNamesSpeaker checks that an act aimed at the
// speaker's own side names the speaker: "Condemnation by Jane Roe (Iran)
// against Iran", not "by Iran against Iran".
func TestActAgainstOwnSideNamesSpeaker(t *testing.T) {
	set := defaultSet(t)
	c := Compare([]*corpus.Article{
		article(t, "Outlet A", filler+"Iranian lawmaker Jane Roe condemned Iran for jailing the reporter."),
		article(t, "Outlet B", filler+"The reporter was jailed on Monday."),
	}, set)
	found := false
	for _, cl := range c.Acts {
		if cl.Act == corpus.ActCondemn && cl.Target == "Iran" {
			found = true
			if !strings.Contains(cl.Label, "Jane Roe (Iran) against Iran") {
				t.Errorf("label %q", cl.Label)
			}
		}
	}
	if !found {
		t.Errorf("no condemnation of Iran among %+v", c.Acts)
	}
}

// TestContraction checks that contracted verbs are told from names with
// an apostrophe inside.
func TestContraction(t *testing.T) {
	for w, want := range map[string]bool{"don't": true, "i'd": true, "we’re": true, "they've": true, "it'll": true, "i'm": true,
		"shi'ite": false, "sana'a": false, "ya'alon": false, "ma'ale": false, "ba'ath": false} {
		if got := contraction(w); got != want {
			t.Errorf("contraction(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestActWordsSayWhatItIsAbout checks that the words an act's label lists
// are what it is about, not the grammar of speech ("don't", "think",
// "ever", "frankly").
func TestActWordsSayWhatItIsAbout(t *testing.T) {
	set := defaultSet(t)
	c := Compare([]*corpus.Article{
		article(t, "Outlet A", filler+"Iran denied that it had ever sent the drones, saying frankly it doesn't think the convoy report is true."),
		article(t, "Outlet B", filler+"The convoy crossed the border on Monday."),
	}, set)
	found := false
	for _, cl := range c.Acts {
		if cl.Act != corpus.ActDeny {
			continue
		}
		found = true
		for _, w := range cl.Words {
			if talkWords[w] || contraction(w) {
				t.Errorf("%s: word %q says nothing of the matter", cl.Label, w)
			}
		}
	}
	if !found {
		t.Errorf("no denial among %+v", c.Acts)
	}
}

// TestAppositiveSide checks that a role set off by commas after a
// speaker's name gives the side the speaker speaks for: a country or its
// people's adjective before the role, a possessed country or a body
// after it; never the host after "to", an adjective of something else,
// a place, or a role held formerly.
func TestAppositiveSide(t *testing.T) {
	set := defaultSet(t)
	for _, tt := range []struct{ sentence, want string }{
		{"Ali Omar, the Libyan ambassador to the United States, said the attack was planned.", "Libya"},
		// An appositive closing its sentence ends there: the next sentence's
		// "victim" is no role of the speaker's.
		{"Two of the dead were brothers, said Ali Omar, Libyan minister of public health. The injured victim is in stable condition.", "Libya"},
		{"Tom Doe, the U.S. ambassador to Israel, said the talks would go on.", "United States"},
		{"Sayed Khan, spokesperson for Afghanistan's intelligence agency, said the leader was dead.", "Afghanistan"},
		{"Amir Dara, head of the aerospace division of Iran's Revolutionary Guard, said the missile was fired.", "Iran"},
		{"Tom Doe, director of the Turkish program at a Washington institute, said the talks would go on.", ""},
		{"Tom Doe, a spokesman for the Iraqi Interior Ministry, said the talks would go on.", "Iraq"},
		{"Tom Doe, Director of the Turkish Program at a Washington institute, said the talks would go on.", ""},
		{"Tom Doe, spokesperson for the leftist Egyptian Popular Current, said the talks would go on.", ""},
		{"Tom Doe, executive director of the Connecticut Citizen Action Group, said the talks would go on.", ""},
		{"Jane Roe, a former Iranian diplomat, said the attack was planned.", ""},
		{"Jane Roe, a resident of Tehran, said the attack was planned.", ""},
		{"Jane Roe, an Iraq expert with a Washington institute, said the attack was planned.", ""},
		{"Jane Roe, a Syrian rebel commander, said the attack was planned.", ""},
		{"Jane Roe, the exiled Iranian opposition leader, said the attack was planned.", ""},
		{"Jane Roe, the wife of the Iranian ambassador, said the attack was planned.", ""},
		{"Jane Roe, the Iranian-backed Houthi spokesman, said the attack was planned.", "Houthis"},
		{"Jane Roe, a U.S.-trained Afghan commander, said the attack was planned.", "Afghanistan"},
		{"Jane Roe, the Palestinian spokesman for the Israeli army, said the attack was planned.", "Israel"},
		{"Jane Roe, the Syria envoy of the United Nations, said the attack was planned.", "United Nations"},
		{"Jane Roe, a one-time Israeli minister, said the attack was planned.", ""},
		{"Reporters at CNN, there's word from the Egyptian president that the vote is off, said the attack was planned.", ""},
	} {
		c := Compare([]*corpus.Article{clean("Outlet A", filler+tt.sentence), clean("Outlet B", filler+"The talks went on.")}, set)
		qs := c.Articles[0].Quotations
		if len(qs) != 1 || qs[0].Affiliation != tt.want {
			t.Errorf("%q: quotations %+v, want one for %q", tt.sentence, qs, tt.want)
		}
	}
}

// TestActClusterAcrossTargets checks that one side's act is one cluster
// whatever target each outlet names, when it is one act: the outlet that
// says whom Iran answers and the one that does not both carry Iran's
// denial; the target is the one most of the acts name. Denials of two
// matters answering two accusers stay two, each a difference.
func TestActClusterAcrossTargets(t *testing.T) {
	set := defaultSet(t)
	tests := []struct {
		name  string
		texts []string
		// wantKeys are the denial clusters' keys, each carried by every
		// outlet when wantAll.
		wantKeys []string
		wantAll  bool
	}{
		{"one names the target", []string{
			"Iran denied Israel's accusations that it supplied the militia with rockets.",
			"Iran denied supplying the militia with rockets on Tuesday.",
		}, []string{"iran|deny|"}, true},
		{"most name the target", []string{
			"Iran denied Israel's accusations that it supplied the militia with rockets.",
			"Iran denied Israel's claims that it armed the militia with rockets.",
			"Iran denied supplying the militia with rockets on Tuesday.",
		}, []string{"iran|deny|israel"}, true},
		{"two targets, one matter", []string{
			"Iran denied Israel's accusations that it supplied the militia with rockets.",
			"Iran denied Washington's claims that it supplied the militia with rockets.",
		}, []string{"iran|deny|"}, true},
		{"a person named after the demonym stays the target", []string{
			"Iran denied Israeli Prime Minister Dan Avrahami's claims that it armed the militia.",
			"Iran denied Israel's claims about its uranium stockpile at the plant.",
		}, []string{"iran|deny|israeli prime minister dan avrahami", "iran|deny|israel"}, false},
		{"two targets, two matters", []string{
			"Iran denied Israel's accusations that it supplied the militia with rockets.",
			"Iran denied Washington's claims about its uranium stockpile at the plant.",
		}, []string{"iran|deny|israel", "iran|deny|washington"}, false},
	}
	for _, tt := range tests {
		var arts []*corpus.Article
		for i, txt := range tt.texts {
			arts = append(arts, article(t, fmt.Sprintf("Outlet %c", 'A'+i), filler+txt))
		}
		c := Compare(arts, set)
		var keys []string
		for _, cl := range c.Acts {
			if cl.Act != corpus.ActDeny {
				continue
			}
			keys = append(keys, cl.Key)
			if tt.wantAll && len(cl.Present) != len(tt.texts) {
				t.Errorf("%s: %s carried by %d outlets, want every one", tt.name, cl.Label, len(cl.Present))
			}
		}
		if !slices.Equal(keys, tt.wantKeys) {
			t.Errorf("%s: denial clusters %q, want %q", tt.name, keys, tt.wantKeys)
		}
		differences := 0
		for _, d := range c.Differences {
			if d.Kind == KindAct && strings.Contains(d.Key, "|deny|") {
				differences++
			}
		}
		if want := map[bool]int{true: 0, false: len(tt.wantKeys)}[tt.wantAll]; differences != want {
			t.Errorf("%s: %d denial differences, want %d", tt.name, differences, want)
		}
	}
}

// TestActTargetDemonymSide checks that a target opened by a demonym aims
// the act at the side even in a headline's capitals ("Council Condemns
// Israeli Settlements", which reads like a name), so that it joins the
// other outlet's act aimed at the country by name.
func TestActTargetDemonymSide(t *testing.T) {
	set := defaultSet(t)
	arts := []*corpus.Article{
		corpus.FromParagraphs(corpus.Meta{ID: "a", Outlet: "Outlet A", Title: "Council vote on housing"},
			[]string{filler + "The Security Council adopted a resolution condemning Israel's housing expansion near Jerusalem."}),
		corpus.FromParagraphs(corpus.Meta{ID: "b", Outlet: "Outlet B", Title: "Security Council Condemns Israeli Settlements As Vote Nears"},
			[]string{filler + "The Security Council also condemned construction in the West Bank on Friday."}),
	}
	c := Compare(arts, set)
	var keys []string
	for _, cl := range c.Acts {
		if cl.Act == corpus.ActCondemn {
			keys = append(keys, cl.Key)
			if len(cl.Present) != 2 {
				t.Errorf("%s carried by %d outlets, want both", cl.Label, len(cl.Present))
			}
		}
	}
	if want := []string{"security council|condemn|israel"}; !slices.Equal(keys, want) {
		t.Errorf("condemnation clusters %q, want %q", keys, want)
	}
	for _, name := range []string{"Israeli Settlements", "Russian forces"} {
		if got := targetSide(gazetteer.Default(), name); got == "" {
			t.Errorf("targetSide(%q) = \"\", want a side", name)
		}
	}
	for _, name := range []string{"Israeli Prime Minister Dan Avrahami", "Israeli", "Settlements", "Syrian rebels", "Palestinian civilians"} {
		if got := targetSide(gazetteer.Default(), name); got != "" {
			t.Errorf("targetSide(%q) = %q, want none", name, got)
		}
	}
}

// TestUnresolvedPronounActsNoCluster checks that an act by a speaker no
// name resolved ("he is arguing", with no one named before) makes no
// cluster: "Claim by he" tells a reader nothing the other outlet leaves out.
func TestUnresolvedPronounActsNoCluster(t *testing.T) {
	c := Compare([]*corpus.Article{
		article(t, "Outlet A", "The harbour bill would not close the port, and indeed, he is arguing that it would merely give the council a say in the matter."),
		article(t, "Outlet B", "The harbour bill reached the council on Monday."),
	}, defaultSet(t))
	if len(c.Articles[0].Quotations) == 0 {
		t.Fatal("no quotation in Outlet A, want the unresolved he's claim")
	}
	for _, q := range c.Articles[0].Quotations {
		if q.Actor != "he" {
			t.Fatalf("quotation by %q, want the unresolved he the fixture is about", q.Actor)
		}
	}
	for _, cl := range c.Acts {
		t.Errorf("cluster %q (%s), want none", cl.Label, cl.Key)
	}
}

// TestReciprocalActsNoCluster checks that "X and Y accused each other"
// makes no act cluster of a side made of both, while one of them
// accusing the other does; nor does "the agreement calls for", a text's
// terms with no maker named.
func TestReciprocalActsNoCluster(t *testing.T) {
	for _, tc := range []struct {
		sentence string
		want     bool
	}{
		{"Norway and Sweden accused each other of closing the border crossing at Svinesund.", false},
		{"Norway and Sweden blamed one another for closing the border crossing at Svinesund.", false},
		{"Norway accused Sweden of closing the border crossing at Svinesund.", true},
		// A text's terms are no side's act; its maker's are.
		{"The agreement calls for Sweden to reopen the border crossing at Svinesund.", false},
		{"Norway's proposal calls for Sweden to reopen the border crossing at Svinesund.", true},
	} {
		c := Compare([]*corpus.Article{
			article(t, "Outlet A", tc.sentence),
			article(t, "Outlet B", "The border crossing at Svinesund reopened on Monday."),
		}, defaultSet(t))
		if len(c.Articles[0].Quotations) == 0 {
			t.Fatalf("%q: no quotation, want the accusation the fixture is about", tc.sentence)
		}
		if got := len(c.Acts) > 0; got != tc.want {
			t.Errorf("%q: act clusters %v, want clusters %v", tc.sentence, c.Acts, tc.want)
		}
	}
}

// TestActStatusInOtherWords checks what an outlet without an act does
// with it: the act's own side on the matter under another verb is
// reported as such and ranks the difference lower; a sentence on the
// story's topic is not the matter; the matter in other words of one fact
// ("selling" for "supplying") is.
func TestActStatusInOtherWords(t *testing.T) {
	set := defaultSet(t)
	topic := " The militia flew drones over the city on Monday. Drones were seen over the militia's base. The militia denied nothing."
	tests := []struct {
		name, a, b string
		act        corpus.Act
		want       string
		lower      bool
	}{
		{"same side, another verb",
			"Mayor Jane Roe warned that the old dam would fail within weeks.",
			"Mayor Jane Roe said the old dam would fail within weeks.",
			corpus.ActWarn, StatusReworded, true},
		{"topic, not matter",
			"Iran denied supplying drones to the militia.",
			"Crowds gathered in the square.",
			corpus.ActDeny, StatusAbsent, false},
		{"matter in other words",
			"Iran denied supplying drones to the militia.",
			"Iran has been selling drones to the militia for years.",
			corpus.ActDeny, StatusAsserted, false},
		{"the outlet's own assertion outranks the side's words",
			"Iran denied supplying the drones to the militia.",
			"Iran has supplied hundreds of the drones to the militia since last summer. Iran said the militia had paid for the drones it supplied before the war.",
			corpus.ActDeny, StatusAsserted, false},
		{"the side saying the opposite is no rewording of its denial",
			"Iran denied supplying the drones to the militia.",
			"Iran's foreign minister said Iran had supplied the drones to the militia before the war.",
			corpus.ActDeny, StatusAttributed, false},
		{"the side denying in other words",
			"Iran denied supplying the drones to the militia.",
			"Iran's foreign minister said the militia's drones were bought elsewhere and were never supplied by Iran.",
			corpus.ActDeny, StatusReworded, true},
		{"a hedge in the passive",
			"Iran denied supplying drones to the militia.",
			"The senators' comments came after revelations last week that Iran is believed to have been supplying drones to the militia.",
			corpus.ActDeny, StatusHedged, false},
		{"said to a hearer is no hedge",
			"Iran denied supplying drones to the militia.",
			"Iran has been supplying drones to the militia, as was said to Netanyahu on Monday.",
			corpus.ActDeny, StatusAsserted, false},
		{"a passive without to is no hedge",
			"Iran denied supplying drones to the militia.",
			"Iran has been supplying drones to the militia for years, as was said in the last war.",
			corpus.ActDeny, StatusAsserted, false},
		{"a matter of two words",
			"Iran denied that it had sent the drones.",
			"Iran sent the drones on Monday.",
			corpus.ActDeny, StatusAsserted, false},
		{"a claim said plainly",
			"Mayor Jane Roe claimed that the harbour audit was a cover-up of smuggling.",
			"Mayor Jane Roe said the harbour audit was a cover-up of smuggling.",
			corpus.ActClaim, StatusReworded, true},
		{"a change in other words, and an adverb no matter",
			"Mayor Jane Roe admitted the harbor board had already quadrupled its ferry fees.",
			"Mayor Jane Roe said the harbor board had increased its ferry fees fourfold.",
			corpus.ActAdmit, StatusReworded, true},
		{"a kindred act of the side on the matter",
			"Republicans condemned the militia's handling of drone security.",
			"Republicans accused the militia of weakening security against drones at the port.",
			corpus.ActCondemn, StatusReworded, true},
		{"a kindred act of the side on another matter",
			"Republicans condemned the militia's handling of drone security.",
			"Republicans accused the militia of smuggling drones into the port.",
			corpus.ActCondemn, StatusAbsent, true},
		// The side's own words need only half the matter's weight: the
		// side narrows the sentence to its words; another side, the
		// opposite, or the outlet's own voice need the full share.
		{"the side on the matter in fewer of its words",
			"The harbour board admitted breakdowns in ferry command, planning and pier repairs.",
			"Mr. Roe said the harbour board believes the ferry collapse was due to poor planning by some senior commanders.",
			corpus.ActAdmit, StatusReworded, true},
		{"another side on the matter in fewer of its words",
			"The harbour board admitted breakdowns in ferry command, planning and pier repairs.",
			"Mr. Roe said the auditors believe the ferry collapse was due to poor planning by some senior commanders.",
			corpus.ActAdmit, StatusAbsent, false},
		{"the side saying the opposite in fewer of its words",
			"The harbour board admitted breakdowns in ferry command, planning and pier repairs.",
			"Mr. Roe said the harbour board believes there was no poor planning by any senior commanders of the ferry.",
			corpus.ActAdmit, StatusAbsent, false},
		{"the side on a threat with a negation",
			"The harbour board threatened to close the old pier within weeks.",
			"The harbour board said it would not hesitate to close the old pier within weeks.",
			corpus.ActThreaten, StatusReworded, true},
		{"the side's other act on the same words",
			"Republicans accused the harbour master of hiding the ferry audit from the pier workers.",
			"Republicans praised the harbour master for publishing the ferry audit for the pier workers.",
			corpus.ActAccuse, StatusAbsent, false},
		{"the side on two of the matter's four words",
			"The militia admitted flying its drones over the harbour cranes on Monday.",
			"A spokesman said the militia believes the harbour cranes were old.",
			corpus.ActAdmit, StatusAbsent, false},
		{"the outlet's own voice in fewer of the matter's words",
			"The harbour board admitted breakdowns in ferry command, planning and pier repairs.",
			"The ferry collapse was due to poor planning by some senior commanders.",
			corpus.ActAdmit, StatusAbsent, false},
		{"two acts joined by and in one sentence",
			"Mayor Jane Roe denounced the harbour master on television and accused the council of hiding the audit.",
			"Mayor Jane Roe accused the council of hiding the audit.",
			corpus.ActCondemn, StatusAbsent, true},
	}
	for _, tt := range tests {
		c := Compare([]*corpus.Article{article(t, "Outlet A", filler+tt.a+topic), article(t, "Outlet B", filler+tt.b+topic)}, set)
		var cl *ActCluster
		for i := range c.Acts {
			if c.Acts[i].Act == tt.act && len(c.Acts[i].Present) == 1 {
				cl = &c.Acts[i]
			}
		}
		if cl == nil {
			t.Errorf("%s: no %s carried by one outlet among %+v", tt.name, tt.act, c.Acts)
			continue
		}
		if got := cl.Status["Outlet B"].Status; got != tt.want {
			t.Errorf("%s: Outlet B's status %q, want %q (evidence %+v)", tt.name, got, tt.want, cl.Status["Outlet B"].Evidence)
		}
		d := find(c, KindAct, "act:"+cl.Key)
		if d == nil {
			t.Errorf("%s: no difference for %s", tt.name, cl.Label)
			continue
		}
		if lowered := d.Salience < baseClaim-0.15; lowered != tt.lower {
			t.Errorf("%s: salience %.2f, lowered %v, want %v", tt.name, d.Salience, lowered, tt.lower)
		}
	}
}

// TestActSideInATaggedClause checks that an outlet's own sentence whose
// short reported clause gives the act's side on its matter, with a plain
// verb ("In an interview ..., the harbour board told reporters that ..."),
// carries the side in other words, as the same clause standing alone does;
// another side's clause does not.
func TestActSideInATaggedClause(t *testing.T) {
	set := defaultSet(t)
	admit := "The harbour board admitted breakdowns in ferry command, planning and pier repairs."
	for _, tc := range []struct {
		b, want string
	}{
		{"In a long interview at the old customs house on the quay last week, the harbour board told reporters that poor planning by senior ferry commanders caused the collapse.", StatusReworded},
		{"In a long interview at the old customs house on the quay last week, the auditors told reporters that poor planning by senior ferry commanders caused the collapse.", StatusAbsent},
	} {
		c := Compare([]*corpus.Article{article(t, "Outlet A", filler+admit), article(t, "Outlet B", filler+tc.b)}, set)
		var cl *ActCluster
		for i := range c.Acts {
			if c.Acts[i].Act == corpus.ActAdmit {
				cl = &c.Acts[i]
			}
		}
		if cl == nil {
			t.Fatalf("%q: no admission among %+v", tc.b, c.Acts)
		}
		if got := cl.Status["Outlet B"].Status; got != tc.want {
			t.Errorf("%q: Outlet B's status %q, want %q (matter %q)", tc.b, got, tc.want, cl.Words)
		}
	}
}

// TestClaimStatusPerOutlet checks what each outlet that does not carry a
// denial does with its matter: attributes, hedges, asserts, or leaves out.
func TestClaimStatusPerOutlet(t *testing.T) {
	set := defaultSet(t)
	arts := []*corpus.Article{
		article(t, "Denies", filler+"Iranian officials denied supplying drones to Russia for the war."),
		article(t, "Attributes", filler+"Iran has been supplying drones to Russia for the war, the US said on Monday."),
		article(t, "Hedges", filler+"Iran has reportedly been supplying drones to Russia for the war."),
		article(t, "Asserts", filler+"Iran has been supplying drones to Russia for the war."),
		article(t, "Silent", filler+"The weather in the capital was mild on Monday."),
	}
	c := Compare(arts, set)
	var deny *ActCluster
	for i := range c.Acts {
		if c.Acts[i].Key == "iran|deny|" {
			deny = &c.Acts[i]
		}
	}
	if deny == nil {
		t.Fatalf("no Iranian denial among %+v", c.Acts)
	}
	want := map[string]string{"Denies": StatusCarries, "Attributes": StatusAttributed, "Hedges": StatusHedged, "Asserts": StatusAsserted, "Silent": StatusAbsent}
	for outlet, status := range want {
		if got := deny.Status[outlet].Status; got != status {
			t.Errorf("%s: status %q, want %q", outlet, got, status)
		}
	}
	if sp := deny.Status["Attributes"].Speakers; len(sp) != 1 || sp[0] != "United States" {
		t.Errorf("the matter is attributed to %v, want United States", sp)
	}
	d := find(c, KindAct, "act:iran|deny|")
	if d == nil || !strings.Contains(d.Summary, "Attributes attributes the matter to United States instead (1 sentence).") ||
		!strings.Contains(d.Summary, "Asserts asserts the matter in its own voice instead") {
		t.Errorf("summary does not say what the others do: %+v", d)
	}
}

// TestClaimStatusLayeredReport: an outlet that relays the matter through a
// layered report ("A harbour radio station reported that the port
// authority said ...") attributes it to the inner speaker via the outer
// one; when the outer speaker denies the inner saying, the matter is the
// outer speaker's alone.
func TestClaimStatusLayeredReport(t *testing.T) {
	set := defaultSet(t)
	tests := []struct{ text, want string }{
		{"A harbour radio station reported that the port authority said the ferry had struck the pier in the fog.", "port authority via harbour radio station"},
		{"The harbour radio station denied that the port authority said the ferry had struck the pier in the fog.", "harbour radio station"},
		{"The coastguard said a harbour radio station reported that the port authority said the ferry had struck the pier in the fog.", "port authority via harbour radio station via coastguard"},
	}
	for _, tt := range tests {
		arts := []*corpus.Article{
			article(t, "Denies", filler+"The port authority denied that the ferry had struck the pier in the fog."),
			article(t, "Relays", filler+tt.text),
		}
		c := Compare(arts, set)
		var got []string
		found := false
		for _, cl := range c.Acts {
			if cl.Act != corpus.ActDeny || !strings.Contains(cl.Key, "port authority") {
				continue
			}
			found = true
			got = cl.Status["Relays"].Speakers
		}
		if !found || len(got) != 1 || got[0] != tt.want {
			t.Errorf("%q: matter attributed to %q, want %q (acts %+v)", tt.text, got, tt.want, c.Acts)
		}
	}
}

// TestRejectedInnerSayingIsUnasserted: the inner saying of a layered
// report that its outer speaker denies or does not make is reported only
// as rejected: unasserted, in no voice row and no act cluster; under a
// confirmation it is a voice of its own.
func TestRejectedInnerSayingIsUnasserted(t *testing.T) {
	set := defaultSet(t)
	tests := []struct {
		text       string
		unasserted bool
	}{
		{"The Greek government denied that Turkish officials accused its navy of ramming the ferry near the island.", true},
		{"The Greek government did not say that Turkish officials believed the ferry had entered Greek waters near the island.", true},
		{"The Greek government confirmed that Turkish officials accused its navy of ramming the ferry near the island.", false},
		// A denied noun: the claims were made, their matter is denied.
		{"The Greek government denied Turkish claims that its navy had rammed the ferry near the island.", false},
		// A withheld denial leaves the saying standing.
		{"The Greek government did not deny that Turkish officials accused its navy of ramming the ferry near the island.", false},
	}
	for _, tt := range tests {
		c := Compare([]*corpus.Article{article(t, "Alpha", filler+tt.text), article(t, "Beta", filler+"The weather was mild.")}, set)
		var inner *Quotation
		for i, q := range c.Articles[0].Quotations {
			if q.outer > 0 {
				inner = &c.Articles[0].Quotations[i]
			}
		}
		if inner == nil || inner.Unasserted != tt.unasserted {
			t.Errorf("%q: inner saying %+v, want unasserted %v", tt.text, inner, tt.unasserted)
			continue
		}
		voiced := false
		for _, r := range c.Voices {
			voiced = voiced || strings.Contains(strings.ToLower(r.Group), "turk")
		}
		acted := false
		for _, cl := range c.Acts {
			acted = acted || strings.HasPrefix(cl.Key, "turkey|")
		}
		if voiced == tt.unasserted || tt.unasserted && acted {
			t.Errorf("%q: Turkish voice row %v, act cluster %v (voices %+v)", tt.text, voiced, acted, c.Voices)
		}
	}
}

// TestLayeredReportLinksInnerToOuter: the inner attribution of a layered
// report names the quotation that holds it ("within" in the JSON report),
// so a consumer can tell nested spans apart; the outer one names none.
func TestLayeredReportLinksInnerToOuter(t *testing.T) {
	set := defaultSet(t)
	text := "The Harbour Courier reports that the dock union said its members would strike on Friday."
	c := Compare([]*corpus.Article{article(t, "Alpha", filler+text), article(t, "Beta", filler)}, set)
	qs := c.Articles[0].Quotations
	outer, inner := -1, -1
	for i, q := range qs {
		switch q.Speaker {
		case "The Harbour Courier":
			outer = i
		case "the dock union":
			inner = i
		}
	}
	if outer < 0 || inner < 0 {
		t.Fatalf("quotations %+v: want the Courier's and the union's", qs)
	}
	if w := qs[inner].Within; w == nil || *w != outer || qs[outer].Within != nil {
		t.Errorf("inner within %v, outer within %v; want %d and none", qs[inner].Within, qs[outer].Within, outer)
	}
	b, err := json.Marshal(qs[inner])
	if err != nil || !strings.Contains(string(b), fmt.Sprintf(`"within":%d`, outer)) {
		t.Errorf("inner quotation JSON %s lacks within %d (%v)", b, outer, err)
	}
	if b, _ := json.Marshal(qs[outer]); strings.Contains(string(b), `"within"`) {
		t.Errorf("outer quotation JSON %s has a within", b)
	}
}

// TestHeadlineAssertsWhatBodyAttributes compares two headlines over the
// same attributed body: only the one that drops the attribution is a
// difference.
func TestHeadlineAssertsWhatBodyAttributes(t *testing.T) {
	set := defaultSet(t)
	body := []string{filler, "Iran supplied attack drones to Russia last autumn, US officials said on Monday."}
	a := corpus.FromParagraphs(corpus.Meta{ID: "a", Outlet: "Bold", Title: "Iran supplied attack drones to Russia"}, body)
	b := corpus.FromParagraphs(corpus.Meta{ID: "b", Outlet: "Careful", Title: "US says Iran supplied attack drones to Russia"}, body)
	c := Compare([]*corpus.Article{a, b}, set)
	var heads []Difference
	for _, d := range c.Differences {
		if d.Kind == KindHeadline {
			heads = append(heads, d)
		}
	}
	if len(heads) != 1 || heads[0].Outlets[0] != "Bold" || !strings.Contains(heads[0].Summary, "attributes to US officials") {
		t.Fatalf("headline differences %+v, want Bold's only", heads)
	}
	// A lead that states it in the outlet's own words, below the closer
	// attributed sentence, makes the headline the body's too.
	lead := []string{filler, "Iran supplied drones to Russia last autumn.", "Iran supplied attack drones to Russia last autumn, US officials said on Monday."}
	a = corpus.FromParagraphs(corpus.Meta{ID: "a", Outlet: "Bold", Title: "Iran supplied attack drones to Russia"}, lead)
	c = Compare([]*corpus.Article{a, b}, set)
	for _, d := range c.Differences {
		if d.Kind == KindHeadline {
			t.Errorf("a headline the lead states too: %s", d.Summary)
		}
	}
	// A headline that attributes itself, its speaker phrase longer than
	// the words, asserts nothing in the outlet's voice.
	own := []string{filler, "The mayor said on Monday that the claim he closed the old harbour was false."}
	a = corpus.FromParagraphs(corpus.Meta{ID: "a", Outlet: "Long", Title: "Mayor Who Closed Old North Harbour Says Claim Is False"}, own)
	c = Compare([]*corpus.Article{a, b}, set)
	for _, d := range c.Differences {
		if d.Kind == KindHeadline {
			t.Errorf("a headline that attributes: %s", d.Summary)
		}
	}
	// A body that quotes a speaker in the headline's words is the case
	// the check is for.
	verbatim := []string{filler, `"Iran supplied attack drones to Russia," US officials said on Monday.`}
	a = corpus.FromParagraphs(corpus.Meta{ID: "a", Outlet: "Bold", Title: "Iran supplied attack drones to Russia"}, verbatim)
	c = Compare([]*corpus.Article{a, b}, set)
	if !slices.ContainsFunc(c.Differences, func(d Difference) bool { return d.Kind == KindHeadline && d.Outlets[0] == "Bold" }) {
		t.Errorf("no headline difference for a headline a speaker's quotation repeats; differences %+v", c.Differences)
	}
	// A body that names an earlier post by the headline, in quotes,
	// attributes the headline to no one.
	post := []string{filler, `Our original post and earlier updates — "Harbour Board Faces Questions About Quay Closure":`, "The board met on Monday."}
	a = corpus.FromParagraphs(corpus.Meta{ID: "a", Outlet: "Live", Title: "Harbour Board Faces Questions About Quay Closure"}, post)
	c = Compare([]*corpus.Article{a, b}, set)
	for _, d := range c.Differences {
		if d.Kind == KindHeadline {
			t.Errorf("a headline the body quotes as a post's title: %s", d.Summary)
		}
	}
	// A headline that names the speaker and quotes the words the body
	// gives them attributes them; one that quotes a phrase of a speaker it
	// does not name still asserts the rest.
	for _, tc := range []struct {
		title string
		diff  bool
	}{
		{"Rivera celebrates ‘great day for civilization’ as old quay reopens to ships", false},
		{"‘Great day for civilization,’ Rivera says as old quay reopens to ships", false},
		{"‘Great day for civilization’ as old quay reopens to ships", true},
		{"Rivera's ‘great day for civilization’ as old quay reopens to ships", true},
	} {
		hail := []string{filler, `Mayor Ann Rivera declared on Monday "a great day for civilization" as the old quay reopened to ships.`}
		a = corpus.FromParagraphs(corpus.Meta{ID: "a", Outlet: "Quoting", Title: tc.title}, hail)
		c = Compare([]*corpus.Article{a, b}, set)
		if got := slices.ContainsFunc(c.Differences, func(d Difference) bool { return d.Kind == KindHeadline && d.Outlets[0] == "Quoting" }); got != tc.diff {
			t.Errorf("%q: headline difference %v, want %v", tc.title, got, tc.diff)
		}
	}
	// A body that reports the words with a factive cue presents them as
	// fact; a headline that names the body's source and cue attributes
	// them even when its grammar is no attribution.
	for _, tc := range []struct {
		title, sentence string
	}{
		{"Iran supplied attack drones to Russia", "US officials confirmed on Monday that Iran supplied attack drones to Russia last autumn."},
		{"State Department emails from day of Oslo raid show Black Hand-tied group on radar", "A series of internal State Department emails obtained by the paper shows that officials reported on the day of the raid that a group tied to the Black Hand was on their radar."},
	} {
		a = corpus.FromParagraphs(corpus.Meta{ID: "a", Outlet: "Bold", Title: tc.title}, []string{filler, tc.sentence})
		c = Compare([]*corpus.Article{a, b}, set)
		for _, d := range c.Differences {
			if d.Kind == KindHeadline && d.Outlets[0] == "Bold" {
				t.Errorf("%q over %q: %s", tc.title, tc.sentence, d.Summary)
			}
		}
	}
	// Not confirmed is no fact.
	for _, tc := range []struct{ title, sentence string }{
		{"Iran supplied attack drones to Russia", "US officials have not confirmed that Iran supplied attack drones to Russia last autumn."},
	} {
		a = corpus.FromParagraphs(corpus.Meta{ID: "a", Outlet: "Bold", Title: tc.title}, []string{filler, tc.sentence})
		c = Compare([]*corpus.Article{a, b}, set)
		if !slices.ContainsFunc(c.Differences, func(d Difference) bool { return d.Kind == KindHeadline && d.Outlets[0] == "Bold" }) {
			t.Errorf("%q over %q: no headline difference", tc.title, tc.sentence)
		}
	}
	// A headline that attributes a clause only still asserts its main one.
	a = corpus.FromParagraphs(corpus.Meta{ID: "a", Outlet: "Bold", Title: "Iran supplied attack drones to Russia as Putin says war will go on"}, body)
	c = Compare([]*corpus.Article{a, b}, set)
	if !slices.ContainsFunc(c.Differences, func(d Difference) bool { return d.Kind == KindHeadline && d.Outlets[0] == "Bold" }) {
		t.Errorf("no headline difference for a headline attributing only a clause; differences %+v", c.Differences)
	}
}

// TestResolveActorsAcrossNameForms checks that one person named with and
// without a middle initial, and by surname, is one actor across the story.
func TestResolveActorsAcrossNameForms(t *testing.T) {
	set := defaultSet(t)
	a := article(t, "Outlet A", filler+"Speaker John A. Boehner of Ohio said on Monday that Republicans could lose the House.")
	b := article(t, "Outlet B", filler+"House Speaker John Boehner said the party faced a hard year. Boehner added that the odds were one in three.")
	c := Compare([]*corpus.Article{a, b}, set)
	n := 0
	for _, an := range c.Articles {
		for _, q := range an.Quotations {
			n++
			if q.Actor != "John A. Boehner" {
				t.Errorf("%q: actor %q, want %q", q.Speaker, q.Actor, "John A. Boehner")
			}
		}
	}
	if n < 3 {
		t.Errorf("%d quotations, want 3", n)
	}
}

// TestSameBesideInitials checks which name forms are one person: a middle
// initial may be left out, not changed.
func TestSameBesideInitials(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"John A. Boehner", "John Boehner", true},
		{"John Boehner", "John A. Boehner", true},
		{"George H. W. Bush", "George W. Bush", false},
		{"John F. Kennedy", "John Kennedy", true},
		{"John Boehner", "Jane Boehner", false},
	}
	for _, tt := range tests {
		if got := sameBesideInitials(tt.a, tt.b); got != tt.same {
			t.Errorf("sameBesideInitials(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.same)
		}
	}
}

// TestQuotationOfCue checks that a reporting cue finds the attribution it
// introduces by its place in the text, the reported words before a quoted
// fragment inside them, and nothing where no attribution starts.
func TestQuotationOfCue(t *testing.T) {
	set := defaultSet(t)
	text := `Tehran denied that it had sent "a single drone" to Russia. The weather was mild.`
	c := Compare([]*corpus.Article{article(t, "Outlet A", filler+text), article(t, "Outlet B", filler)}, set)
	an := c.Articles[0]
	at := strings.Index(an.Article.Text, "denied")
	q := an.QuotationOfCue(at, at+len("denied"))
	if q == nil || q.Verb != "denied" || q.Kind != corpus.QuoteIndirect || q.Act != corpus.ActDeny {
		t.Fatalf("cue %q: got %+v, want the indirect denial", "denied", q)
	}
	if at := strings.Index(an.Article.Text, "weather"); an.QuotationOfCue(at, at+len("weather")) != nil {
		t.Error("a word that is no cue has an attribution")
	}
}

// TestSpeakerPartyFromAppositive checks that a party stated in an
// appositive or a tag after a speaker's name, outside the speaker phrase,
// gives the quotation its party, and that a party after a preposition
// there does not.
func TestSpeakerPartyFromAppositive(t *testing.T) {
	tests := []affiliationCase{
		{"Rep. Adam Vale, a Nevada Democrat, said the deal was bad.", "Democratic Party"},
		{"Sen. Mark Dorn, the panel's top Republican, said the deal was bad.", "Republican Party"},
		{`"The deal is bad," said Sen. Tom Doe (R-Ohio).`, "Republican Party"},
		{"Tom Lark, a critic of the Republican plan, said the deal was bad.", ""},
		{"Rep. Jane Roe, a Nevada Democrat, and Sen. Tom Doe, a Republican, said the bill would fail.", ""},
		{`"The bill will fail," said Rep. Jane Roe, a Democrat, and Sen. Tom Doe, a Republican.`, ""},
		{`"The bill will fail," said Sen. Tom Doe (R-Ohio) and Rep. Jane Roe (D-Nev.).`, ""},
		{"Rep. Adam Vale (Nev.), the ranking Democrat on the panel, said the deal was bad.", "Democratic Party"},
		{"Rep. Adam Vale (Nev.) said the deal was bad, and the panel agreed.", ""},
		{"Rep. Adam Vale, Nevada Democrat, said the deal was bad.", "Democratic Party"}, // no article: the state and party alone
		{`"The deal is bad," said Sen. Tom Doe, Ohio Republican.`, "Republican Party"},
		{"Rep. Adam Vale, Nevada Democrat and chairman of the panel, said the deal was bad.", "Democratic Party"},
		{`"The deal is bad," said Sen. Tom Doe of Ohio, the second-ranking Republican in the Senate.`, "Republican Party"}, // the party outranks the state
		{`"The deal is bad," said Sen. Tom Doe of Ohio.`, "United States"},
		{`"The deal is bad," said Representative Tom Doe, Democrat of Ohio, in an interview.`, "Democratic Party"}, // the NYT's house style
		{"Rep. Adam Vale, Republican of Nevada, said the deal was bad.", "Republican Party"},
		{"Rep. Adam Vale, Democrat of Georgia, said the deal was bad.", "Democratic Party"},
		{"Representative Adam Vale of Nevada, another Democratic member, said the deal was bad.", "Democratic Party"},
	}
	checkSpeakerAffiliations(t, tests)
}

// affiliationCase is a text of one attribution and the affiliation its
// speaker should have.
type affiliationCase struct{ text, affiliation string }

// checkSpeakerAffiliations compares each case's text alone and checks that its
// one quotation has the case's affiliation.
func checkSpeakerAffiliations(t *testing.T, tests []affiliationCase) {
	t.Helper()
	for _, tt := range tests {
		c := compareOutlets([]string{tt.text}, defaultSet(t))
		var got []string
		for _, q := range c.Articles[0].Quotations {
			got = append(got, q.Affiliation)
		}
		if len(got) != 1 || got[0] != tt.affiliation {
			t.Errorf("%q: affiliations %q, want [%q]", tt.text, got, tt.affiliation)
		}
	}
}

// TestShareOfPeopleIsNoStateVoice checks that a count or a share of a
// people named by its demonym ("More than half of Americans", "six in 10
// Americans") is the public, not a voice of the state, while a share of
// its officials still is.
func TestShareOfPeopleIsNoStateVoice(t *testing.T) {
	checkSpeakerAffiliations(t, []affiliationCase{
		{"More than half of Americans say the ferry deal is bad.", ""},
		{"Six in 10 Americans say the ferry deal is bad.", ""},
		{"Half of American officials say the ferry deal is bad.", "United States"},
	})
	for _, tt := range []struct{ text, group string }{
		{"Six in 10 Israelis say the ferry deal is bad.", ""},
		{"More than half of Israelis say the ferry deal is bad.", ""},
		{"Half of Israeli officials say the ferry deal is bad.", "israel-gov"},
	} {
		c := compareOutlets([]string{tt.text}, defaultSet(t))
		if qs := c.Articles[0].Quotations; len(qs) != 1 || qs[0].Group != tt.group {
			t.Errorf("%q: quotations %+v, want one in group %q", tt.text, qs, tt.group)
		}
	}
}

// TestTitleWordSurnameCarriesParty: a surname that is a title word
// ("Judge") is the person after an honorific and a given name, so a party
// tag after it is read, and the bare surname later is that person with
// that party.
func TestTitleWordSurnameCarriesParty(t *testing.T) {
	texts := []string{
		`"The levy is unfair," said Rep. Alan Judge (R-Ohio) "It will not pass." "We will fight it," said Judge. Judge said the vote would fail.`,
		`Rep. Alan Judge, R-Ohio, told reporters the levy was unfair. Judge said the vote would fail.`,
	}
	c := compareOutlets(texts, defaultSet(t))
	n := 0
	for _, an := range c.Articles {
		for _, q := range an.Quotations {
			n++
			if q.Actor != "Alan Judge" || q.Affiliation != "Republican Party" {
				t.Errorf("%q: actor %q affiliation %q, want Alan Judge, Republican Party", q.Speaker, q.Actor, q.Affiliation)
			}
		}
	}
	if n < 5 {
		t.Errorf("%d quotations, want 5 at least", n)
	}
}

// TestPartyElsewhereOutranksState: a lawmaker whose side one article
// reads only from the state ("Sen. Tom Doe of Ohio") is the party's
// member another article names him as ("Sen. Tom Doe, R-Ohio,").
func TestPartyElsewhereOutranksState(t *testing.T) {
	for _, texts := range [][]string{
		{`"The levy is unfair," said Sen. Tom Doe of Ohio.`, `Sen. Tom Doe, R-Ohio, told reporters the vote would fail.`},
		{`Sen. Tom Doe, R-Ohio, told reporters the vote would fail.`, `"The levy is unfair," said Sen. Tom Doe of Ohio.`},
	} {
		c := compareOutlets(texts, defaultSet(t))
		for _, an := range c.Articles {
			for _, q := range an.Quotations {
				if q.Affiliation != "Republican Party" {
					t.Errorf("%q: %q speaks for %q, want Republican Party", texts, q.Speaker, q.Affiliation)
				}
			}
		}
	}
}

// TestOfficeAdjectiveCarriesParty: a party named before an office's
// adjective and a title ("Republican presidential nominee Tom Doe") is
// the person's, in the article that says it and, for the bare surname,
// in another that does not; "a Republican presidential debate" names no
// one's party.
func TestOfficeAdjectiveCarriesParty(t *testing.T) {
	texts := []string{
		`Republican presidential nominee Tom Doe weighed in on Monday. Doe said the levy was unfair.`,
		`Doe called the levy "disgusting," and said it would fail.`,
		`Democratic vice presidential candidate Ada Finch spoke at a Republican presidential debate. Finch said the vote would fail.`,
	}
	c := compareOutlets(texts, defaultSet(t))
	want := map[string]string{"Doe": "Republican Party", "Finch": "Democratic Party"}
	n := 0
	for _, an := range c.Articles {
		for _, q := range an.Quotations {
			n++
			if w := want[q.Speaker]; q.Affiliation != w {
				t.Errorf("%q speaks for %q, want %q", q.Speaker, q.Affiliation, w)
			}
		}
	}
	if n < 4 {
		t.Errorf("%d quotations, want 4 at least", n)
	}
}

// TestEnvoySpeaksForSender: a speaker phrase that opens at an envoy's
// host ("the U.N. Kari Dahl" of "Norwegian Ambassador to the U.N. Kari
// Dahl, who said") speaks for whoever sent the envoy, not the host.
func TestEnvoySpeaksForSender(t *testing.T) {
	tests := []struct{ text, actor, affiliation string }{
		{"The dispute centers on Norwegian Ambassador to the U.N. Kari Dahl, who said the strike was planned.", "Kari Dahl", "Norway"},
	}
	for _, tt := range tests {
		c := compareOutlets([]string{tt.text}, defaultSet(t))
		qs := c.Articles[0].Quotations
		if len(qs) != 1 || qs[0].Actor != tt.actor || qs[0].Affiliation != tt.affiliation {
			t.Errorf("%q: quotations %+v, want one by %q for %q", tt.text, qs, tt.actor, tt.affiliation)
		}
	}
	// A capitalised word that ends the sentence before is no qualifier.
	txt := "The fleet left Bergen. Ambassador to the U.N. Kari Dahl said so."
	start := strings.Index(txt, "the U.N.")
	phrase, ok := envoyPhrase(txt, "the U.N. Kari Dahl", corpus.Span{Start: start, End: start + len("the U.N. Kari Dahl")})
	if want := "Ambassador to the U.N. Kari Dahl"; !ok || phrase != want {
		t.Errorf("envoyPhrase = %q, %v; want %q", phrase, ok, want)
	}
}

// TestOwnNamedGroupIsNoGovernment: a group named after a country ("the
// Syrian Digital Army") is put in no government's voice group, while the
// state's own army stays there.
func TestOwnNamedGroupIsNoGovernment(t *testing.T) {
	c := compareOutlets([]string{"The Syrian Digital Army said it had defaced the bank's site. The Syrian Arab Army said it would respond."}, defaultSet(t))
	want := map[string]string{"The Syrian Digital Army": "", "The Syrian Arab Army": "arab-gov"}
	qs := c.Articles[0].Quotations
	if len(qs) != 2 {
		t.Fatalf("quotations %+v, want 2", qs)
	}
	for _, q := range qs {
		if g, ok := want[q.Speaker]; !ok || q.Group != g {
			t.Errorf("%q: group %q, want %q", q.Speaker, q.Group, g)
		}
	}
}

// TestEmbassyNamedByKind: "the embassy" speaks for the country whose
// embassy its article names, in a capitalised name ("the Embassy of the
// United States in Oslo") or not ("the American embassy"); two countries'
// embassies leave it to neither.
func TestEmbassyNamedByKind(t *testing.T) {
	tests := []struct{ text, affiliation string }{
		{`"The Embassy of the United States in Oslo condemns the attack," the embassy said in the statement.`, "United States"},
		{"Protesters stormed the American embassy in Oslo on Tuesday. The embassy said it condemned the attack.", "United States"},
		{"Protesters stormed the U.S. Embassy in Oslo and the Iranian embassy in Bergen. The embassy said it condemned the attack.", ""},
	}
	for _, tt := range tests {
		c := compareOutlets([]string{tt.text}, defaultSet(t))
		qs := c.Articles[0].Quotations
		if len(qs) != 1 || qs[0].Affiliation != tt.affiliation {
			t.Errorf("%q: quotations %+v, want one for %q", tt.text, qs, tt.affiliation)
		}
	}
}

// TestOwnedBodyTakesOwnersGroup: "the administration" of "the Obama
// administration" is in the voice group the rule files list its owner
// in; a body whose owner no group lists stays in none.
func TestOwnedBodyTakesOwnersGroup(t *testing.T) {
	tests := []struct{ text, group string }{
		{"The Obama administration is making its case, where the administration says Norway is responsible.", "us-gov"},
		{"The Halvorsen administration is making its case, where the administration says Norway is responsible.", ""},
	}
	for _, tt := range tests {
		c := compareOutlets([]string{tt.text}, defaultSet(t))
		qs := c.Articles[0].Quotations
		if len(qs) != 1 || qs[0].Group != tt.group {
			t.Errorf("%q: quotations %+v, want one in group %q", tt.text, qs, tt.group)
		}
	}
}

// TestCandidatesAreNoOfficials: a person the story calls a candidate for
// an office ("GOP front-runner Donald Trump", in the speaker phrase,
// before the name anywhere in the story or in an appositive after it:
// "Mr. Trump, the presumptive Republican nominee,") is no official of the
// group a rule file lists the name under; the sentence before a bare
// "hopeful" and a former candidate name no candidate.
func TestCandidatesAreNoOfficials(t *testing.T) {
	tests := []struct {
		texts []string
		group string
	}{
		{[]string{"GOP front-runner Donald Trump said the deal was a disaster."}, ""},
		{[]string{"Republican presidential candidate Donald Trump spoke in Iowa on Monday.", "Donald Trump said the deal was a disaster."}, ""},
		{[]string{"Voters remained hopeful. Donald Trump said the deal was a disaster."}, "us-gov"},
		// The noun in an appositive after the surname.
		{[]string{"Mr. Trump, the presumptive Republican nominee, spoke in Iowa on Monday.", "Donald Trump said the deal was a disaster."}, ""},
		{[]string{"Mr. Trump, a former Republican candidate, spoke in Iowa on Monday.", "Donald Trump said the deal was a disaster."}, "us-gov"},
		// The bare surname after the full name was given, past a title.
		{[]string{"Hillary Clinton spoke in Iowa. Clinton, the Democratic front-runner, spoke again on Monday.", "Hillary Clinton said the deal was a disaster."}, ""},
		{[]string{"Hillary Clinton spoke in Iowa. But Clinton, the Democratic front-runner, spoke again on Monday.", "Hillary Clinton said the deal was a disaster."}, ""},
		// Another person of the surname is no candidacy of this one.
		{[]string{"Michelle Obama, a possible contender, spoke in Iowa on Monday.", "Barack Obama said the deal was a disaster."}, "us-gov"},
	}
	for _, tt := range tests {
		c := compareOutlets(tt.texts, defaultSet(t))
		qs := c.Articles[len(c.Articles)-1].Quotations
		if len(qs) != 1 || qs[0].Group != tt.group {
			t.Errorf("%q: quotations %+v, want one in group %q", tt.texts, qs, tt.group)
		}
	}
}

// TestFollowersAreNoOfficials checks that people named by whom they
// follow ("Mr. Trump's adoring fans") or by what they know of ("one person
// familiar with Mr. Netanyahu's testimony") are no voice of the group a
// rule file lists the name under, while his staff ("Trump's lawyers") are.
func TestFollowersAreNoOfficials(t *testing.T) {
	for _, tt := range []struct{ text, group string }{
		{"Mr. Trump's adoring fans said the deal was great.", ""},
		{"One person familiar with Mr. Netanyahu's testimony said the deal was great.", ""},
		{"A senior U.S. official familiar with the talks said the deal was great.", "us-gov"},
		{"Officials familiar with Netanyahu's plans said the deal was great.", ""},
		{"Trump's lawyers said the deal was great.", "us-gov"},
	} {
		c := compareOutlets([]string{tt.text}, defaultSet(t))
		qs := c.Articles[0].Quotations
		if len(qs) != 1 || qs[0].Group != tt.group {
			t.Errorf("%q: quotations %+v, want one in group %q", tt.text, qs, tt.group)
		}
	}
}

// TestOnePartyMembersActNamesThePerson checks that an act one person of a
// party makes reads as that person's, with the party beside the name
// ("Denial by Jane Roe (Democratic Party)"), while the cluster stays keyed
// by the party so that the party's other voices join it, and that a
// government's act keeps its government's name.
func TestOnePartyMembersActNamesThePerson(t *testing.T) {
	set := defaultSet(t)
	tests := []struct{ a, b, label, absent string }{
		{filler + "Sen. Jane Roe, a Nevada Democrat, denied taking any money from the lobby group.", filler,
			"Denial by Jane Roe (Democratic Party)", "Denial by Democratic Party"},
		{filler + "Sen. Jane Roe, a Nevada Democrat, denied taking any money from the lobby group.",
			filler + "Senate Democrats denied taking any money from the lobby group.",
			"Denial by Democratic Party", "Jane Roe"},
		{filler + "Senate Republicans denied taking any money from the lobby group.", filler,
			"Denial by Republican Party", "(Republican Party)"},
		{filler + "Iranian Foreign Minister Hossein Amir-Abdollahian denied supplying any drones to Russia.", filler,
			"Denial by Iran", "Amir-Abdollahian"},
	}
	for _, tt := range tests {
		c := Compare([]*corpus.Article{clean("Outlet A", tt.a), clean("Outlet B", tt.b)}, set)
		var labels []string
		for _, cl := range c.Acts {
			labels = append(labels, cl.Label)
		}
		if !slices.ContainsFunc(labels, func(l string) bool { return strings.HasPrefix(l, tt.label) }) ||
			slices.ContainsFunc(labels, func(l string) bool { return strings.Contains(l, tt.absent) }) {
			t.Errorf("%q / %q: act labels %q, want one opening %q, none with %q", tt.a, tt.b, labels, tt.label, tt.absent)
		}
	}
}

// TestRoleNamedEarlier: a person speaker whose role is named without whom
// it serves ("ministry spokeswoman Ana Sousa", "Lars Berg, the envoy,")
// speaks for whom an earlier mention of the role in the article serves;
// with no earlier mention, for no one. A role set before the name ("the
// Norwegian foreign minister, Lars Berg, told") gives its side itself.
func TestRoleNamedEarlier(t *testing.T) {
	set := defaultSet(t)
	tests := []struct {
		text, speaker, affiliation string
	}{
		{`The Portuguese Foreign Ministry sought on Monday to calm the row over fishing rights. On Tuesday, ministry spokeswoman Ana Sousa said the talks would go on.`, "ministry spokeswoman Ana Sousa", "Portugal"},
		{`Norway's envoy to the United Nations warned of reprisals after the strike. "We will respond in time," Lars Berg, the envoy, told reporters on Friday.`, "Lars Berg", "Norway"},
		{`The talks ended without a deal on Friday. "We will respond in time," Lars Berg, the envoy, told reporters on Friday.`, "Lars Berg", ""},
		{`A Norwegian spokeswoman declined to give details of the plan. Campaign spokeswoman Ana Sousa said the talks would go on.`, "Campaign spokeswoman Ana Sousa", ""},
		// A definite role set before the name between commas, opening its
		// clause, gives the side; a role naming no side, no title, or a
		// clause opening earlier give none.
		{`"We will respond in time," the Norwegian foreign minister, Lars Berg, told reporters on Friday.`, "Lars Berg", "Norway"},
		{`The talks ended on Friday. The Norwegian foreign minister, Lars Berg, said the talks would go on.`, "Lars Berg", "Norway"},
		{`“We will respond in time,” the Norwegian foreign minister, Lars Berg, told reporters on Friday.`, "Lars Berg", "Norway"},
		{`"We will respond in time," the spokesman, Lars Berg, told reporters on Friday.`, "Lars Berg", ""},
		{`"We will respond in time," the Norwegian fishing trawler, Lars Berg, told reporters on Friday.`, "Lars Berg", ""},
		{`After meeting the Norwegian foreign minister, Lars Berg said the talks would go on.`, "Lars Berg", ""},
		// An envoy's role with its host after "to" speaks for the sender
		// named before the title, not the host.
		{`The Chilean ambassador to the Netherlands, Pablo Fuentes, a senior official within the country's foreign ministry, warned that the dispute could spread.`, "Pablo Fuentes", "Chile"},
		{`The Argentine ambassador to Chile, Pablo Fuentes, a senior official within the country's foreign ministry, warned that the dispute could spread.`, "Pablo Fuentes", "Argentina"},
		{`The ambassador to Chile, Pablo Fuentes, a senior official within the country's foreign ministry, warned that the dispute could spread.`, "Pablo Fuentes", ""},
		{`Chile and Peru met in Lima on Monday. The president, Pablo Fuentes, a senior official within the country's foreign ministry, warned that the dispute could spread.`, "Pablo Fuentes", ""},
		{`The Chilean trade fair in the Netherlands, Pablo Fuentes, a senior official within the country's foreign ministry, warned that the dispute could spread.`, "Pablo Fuentes", ""},
	}
	for _, tt := range tests {
		c := Compare([]*corpus.Article{article(t, "Outlet A", filler+tt.text), article(t, "Outlet B", filler)}, set)
		found := false
		for _, q := range c.Articles[0].Quotations {
			if q.Speaker == tt.speaker {
				found = true
				if q.Affiliation != tt.affiliation {
					t.Errorf("%q: %s speaks for %q (%s), want %q", tt.text, q.Speaker, q.Affiliation, q.AffiliationVia, tt.affiliation)
				}
			}
		}
		if !found {
			t.Errorf("%q: no quotation by %q: %+v", tt.text, tt.speaker, c.Articles[0].Quotations)
		}
	}
}

// TestPartyGivenAtANamedMention: a party tag after a person's full name
// where they do not speak ("Rep. Jane Roe, D-Nev., toured ...") holds for
// their later quotations by surname.
func TestPartyGivenAtANamedMention(t *testing.T) {
	set := defaultSet(t)
	a := article(t, "Outlet A", filler+`Rep. Jane Roe, D-Nev., toured the flooded harbour on Monday with local officials. Later that day Roe said the harbour needed new funds before the winter storms.`)
	c := Compare([]*corpus.Article{a, article(t, "Outlet B", filler)}, set)
	for _, q := range c.Articles[0].Quotations {
		if q.Speaker == "Roe" && q.Affiliation != "Democratic Party" {
			t.Errorf("Roe speaks for %q, want the Democratic Party given at her first mention", q.Affiliation)
		}
		if q.Speaker == "Roe" {
			return
		}
	}
	t.Errorf("no quotation by Roe: %+v", c.Articles[0].Quotations)
}

// TestWithinPointsToAHolder: every "within" names a quotation whose words
// hold the carrier's cue and words, whichever side of the words the
// reporting tags stand on, and a wider report tagged at the end of the
// sentence is neither held by the inner one nor made unasserted by it.
func TestWithinPointsToAHolder(t *testing.T) {
	set := defaultSet(t)
	tests := []struct{ text, wider string }{
		{"Portland says it has cleared 40 streets of snow, the Valley Herald reports.", "the Valley Herald"},
		{"The senator denied that the harbour master said the pier was unsafe, the mayor said.", "the mayor"},
		{"The Harbour Courier reports that the dock union said its members would strike on Friday.", "The Harbour Courier"},
		{"Sixty percent say the bridge should stay open, the pollster said on Tuesday.", "the pollster"},
		{"The council said the mayor believed the budget was too small, a local paper reported.", "a local paper"},
	}
	for _, tt := range tests {
		text := tt.text
		c := Compare([]*corpus.Article{article(t, "Alpha", filler+text), article(t, "Beta", filler)}, set)
		qs := c.Articles[0].Quotations
		for i, q := range qs {
			if q.Within == nil {
				continue
			}
			h := qs[*q.Within]
			if h.Start > q.Start || q.End > h.End || h.Start > q.cue.Start || q.cue.End > h.End {
				t.Errorf("%q: %q [%d,%d) cue %v within %q [%d,%d), which does not hold it",
					text, q.Speaker, q.Start, q.End, q.cue, h.Speaker, h.Start, h.End)
			}
			if q.Unasserted && h.Act != corpus.ActDeny && !h.Negated && !h.Unasserted {
				t.Errorf("%q: quotation %d (%q) unasserted under %q", text, i, q.Speaker, h.Speaker)
			}
		}
		for _, q := range qs {
			if q.Speaker == tt.wider && (q.Unasserted || q.Within != nil) {
				t.Errorf("%q: the wider report of %q is held (within %v, unasserted %v)", text, q.Speaker, q.Within != nil, q.Unasserted)
			}
		}
	}
}

// TestClaimStatusShortReportedClause: a sentence that a speaker and a cue
// take up with a short reported clause, or a short quotation with a long
// speaker phrase, attributes its matter; a reported clause tucked inside a
// sentence the outlet asserts leaves it asserted.
func TestClaimStatusShortReportedClause(t *testing.T) {
	set := defaultSet(t)
	tests := []struct{ text, want string }{
		{"MILLBROOK, Vermont — Fire Marshal Anna Kowalczyk of the county told the evening radio show on Tuesday that the barn fire was arson.", StatusAttributed},
		{`"The barn fire was arson," said Anna Kowalczyk, the fire marshal of the county and a former police detective in the town.`, StatusAttributed},
		{"The barn fire was arson, and its owner, who said he was away at a cattle fair, lost his herd, his feed stores, his tractor and the family's old farmhouse.", StatusAsserted},
	}
	for _, tt := range tests {
		arts := []*corpus.Article{
			article(t, "Denies", filler+"The farmers' union denied that the barn fire was arson."),
			article(t, "Other", filler+tt.text),
		}
		c := Compare(arts, set)
		found := false
		for _, cl := range c.Acts {
			if cl.Act != corpus.ActDeny || !strings.Contains(cl.Key, "union") {
				continue
			}
			found = true
			if got := cl.Status["Other"].Status; got != tt.want {
				t.Errorf("%q: status %q, want %q", tt.text, got, tt.want)
			}
		}
		if !found {
			t.Errorf("%q: no denial by the union among %+v", tt.text, c.Acts)
		}
	}
}

// TestNegatedClauseDeniesOnlyAnAccusation: a denial read from a negated
// clause alone ("they did not ...") stands when the story accuses the
// speaker's side, and is a statement when it accuses no one of anything;
// a denying cue is a denial whatever the story.
func TestNegatedClauseDeniesOnlyAnAccusation(t *testing.T) {
	set := defaultSet(t)
	cases := []struct {
		name, a, b string
		want       corpus.Act
	}{
		{"no accusation", `Norwegian minister Ola Berg said they do not take their decisions in a hurry.`, `The talks went on into the night.`, corpus.ActSay},
		{"the side accused", `Norwegian minister Ola Berg said they did not hide the report.`, `Norway has been accused of hiding the report from the auditors.`, corpus.ActDeny},
		{"the person accused", `Tom Doe said he was not a member of the group.`, `Prosecutors have filed charges against Tom Doe over the attack.`, corpus.ActDeny},
		{"a denying cue", `Norwegian minister Ola Berg denied that they hid the report.`, `The talks went on into the night.`, corpus.ActDeny},
		// The story says the side did what the clause denies, or charges
		// the side in words other than "accused".
		{"the side said to do it", `A Hamas spokesman said it did not fire the rocket.`, `Israeli officials said Hamas fired the rocket at the town.`, corpus.ActDeny},
		{"the side as agent", `An Islamic Jihad spokesman said it did not launch any rocket.`, `The army said the rocket was launched by Islamic Jihad.`, corpus.ActDeny},
		{"the side held responsible", `A Hamas spokesman said it did not fire the rocket.`, `Israel holds Hamas responsible for the blast.`, corpus.ActDeny},
		{"the finger pointed at the side", `A Hamas spokesman said it did not fire the rocket.`, `Israel pointed the finger at Hamas after the blast.`, corpus.ActDeny},
		{"the side suspected", `A Hamas spokesman said it did not fire the rocket.`, `Hamas is suspected of firing the rocket.`, corpus.ActDeny},
		{"the blame laid on the side", `A Hamas spokesman said it did not fire the rocket.`, `Officials blamed the blast on Hamas.`, corpus.ActDeny},
		{"charges against a titled name", `Tom Doe said he was not a member of the group.`, `Prosecutors filed charges against militia leader Tom Doe over the attack.`, corpus.ActDeny},
		{"one of those charged", `Tom Doe said he was not a member of the group.`, `One of the men charged is militia leader Tom Doe.`, corpus.ActDeny},
		{"an allegation that", `Tom Doe said he was not a member of the group.`, `It has been alleged that Doe helped plan the attack.`, corpus.ActDeny},
		// The accuser is not accused, and a claim or a fee charges no one.
		{"the accuser", `An Israeli spokesman said it did not strike the hospital.`, `Israel blames Hamas for the attack on the town.`, corpus.ActSay},
		{"a claim to a thing", `An Iranian spokesman said it did not send weapons to the rebels.`, `Iran claims the strait as its own waters.`, corpus.ActSay},
		{"a fee charged", `An Iranian spokesman said it did not send weapons to the rebels.`, `Iran will charge a fee for visas from next year.`, corpus.ActSay},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := article(t, "Outlet A", filler+tc.a)
			b := article(t, "Outlet B", filler+tc.b)
			q := soleQuotation(t, Compare([]*corpus.Article{a, b}, set), 0)
			if q.Act != tc.want {
				t.Errorf("act %q, want %q: %+v", q.Act, tc.want, q)
			}
		})
	}
}

// TestSpelledSurnamesSpeakAsOne checks that a speaker whose surname two
// outlets spell differently makes one act: the denial "Rashiddah" makes in
// one outlet and "Rashida" in the other is one cluster both carry.
func TestSpelledSurnamesSpeakAsOne(t *testing.T) {
	set := defaultSet(t)
	a := article(t, "Outlet A", filler+"Militia commander Khalid Rashiddah denied any role in the attack on the convoy.")
	b := article(t, "Outlet B", filler+"Rashida denied any role in the attack on the convoy, his lawyer said.")
	c := Compare([]*corpus.Article{a, b}, set)
	var denials []ActCluster
	for _, cl := range c.Acts {
		if cl.Act == corpus.ActDeny {
			denials = append(denials, cl)
		}
	}
	if len(denials) != 1 || len(denials[0].Present) != 2 {
		t.Errorf("denials %+v; want one both outlets carry", denials)
	}
}

// mostCarriedAccusation compares one article per outlet and returns how
// many outlets carry the accusation cluster most of them carry.
func mostCarriedAccusation(t *testing.T, texts []string) (int, []ActCluster) {
	t.Helper()
	var arts []*corpus.Article
	for i, txt := range texts {
		arts = append(arts, article(t, fmt.Sprintf("Outlet %c", 'A'+i), filler+txt))
	}
	c := Compare(arts, defaultSet(t))
	most := 0
	for _, cl := range c.Acts {
		if cl.Act == corpus.ActAccuse {
			most = max(most, len(cl.Present))
		}
	}
	return most, c.Acts
}

// TestParticleSurnamesSpeakAsOne checks that a surname written with its
// particle ("al-Zubaydi"), capitalised ("Al-Zubaydi") or without it
// ("Zubaydi") is one speaker across outlets, and so is one written with a
// kunya ("Abu Dawoudi") and without it, when an outlet writes both or the
// given name before both is one.
func TestParticleSurnamesSpeakAsOne(t *testing.T) {
	tests := []struct {
		name  string
		act   corpus.Act // the act carried by every outlet; an accusation by two when none
		texts []string
	}{
		{"a particle capitalised", "", []string{
			"Foreign Minister Farid al-Zubaydi accused the electoral board of rigging the vote in the north.",
			"Al-Zubaydi accused the electoral board of rigging the vote, the ministry said.",
		}},
		{"a particle left out", "", []string{
			"Foreign Minister Farid al-Zubaydi accused the electoral board of rigging the vote in the north.",
			"Zubaydi accused the electoral board of rigging the vote, the ministry said.",
		}},
		{"a kunya one outlet writes both ways", corpus.ActDeny, []string{
			"Militia chief Samir Abu Dawoudi was charged on Monday. Mr. Abu Dawoudi denied involvement in the raid.",
			"Samir Abu Dawoudi was charged on Monday. Dawoudi denied involvement in the raid, his lawyer said.",
			"Dawoudi denied involvement in the raid on Monday.",
		}},
		{"a kunya, the given name before both", corpus.ActDeny, []string{
			"Prosecutors charged Samir Abu Dawoudi on Monday. Mr. Abu Dawoudi denied involvement in the raid.",
			"The militia chief Samir Dawoudi was charged on Monday. Dawoudi denied involvement in the raid.",
		}},
	}
	for _, tt := range tests {
		if tt.act != "" {
			if most, acts := mostCarried(t, tt.act, tt.texts); most != len(tt.texts) {
				t.Errorf("%s: the denial is carried by %d outlets, want %d: %+v", tt.name, most, len(tt.texts), acts)
			}
			continue
		}
		if most, acts := mostCarriedAccusation(t, tt.texts); most != 2 {
			t.Errorf("%s: the accusation is carried by %d outlets, want 2: %+v", tt.name, most, acts)
		}
	}
}

// TestRoleSpeakerIsTheTitleHolder checks that a definite role speaker
// ("the embattled prime minister") is the one person the story names with
// that title, so that the act is one cluster across outlets; a story with
// two holders, a role of another time ("the former prime minister") or an
// article that never names the holder leaves the role as written. A
// holder's name misspelt once ("Varidi" beside "Varadi") is no second
// holder.
func TestRoleSpeakerIsTheTitleHolder(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  int // outlets carrying the most carried accusation
	}{
		{"one holder", []string{
			"Prime Minister Karl Udeh accused the electoral board of rigging the vote in the north.",
			"Udeh met his cabinet on Monday. The embattled prime minister accused the electoral board of rigging the vote.",
		}, 2},
		{"two holders", []string{
			"Prime Minister Karl Udeh accused the electoral board of rigging the vote in the north.",
			"Udeh met Prime Minister Lena Sorvik on Monday. The prime minister accused the electoral board of rigging the vote.",
		}, 1},
		{"another time", []string{
			"Prime Minister Karl Udeh accused the electoral board of rigging the vote in the north.",
			"Udeh met his cabinet on Monday. The former prime minister accused the electoral board of rigging the vote.",
		}, 1},
		{"another office", []string{
			"Deputy Prime Minister Karl Udeh accused the electoral board of rigging the vote in the north.",
			"Udeh met his cabinet on Monday. The embattled prime minister accused the electoral board of rigging the vote.",
		}, 1},
		{"a title with a complement", []string{
			"Secretary of State Karl Udeh accused the electoral board of rigging the vote in the north.",
			"Udeh met his cabinet on Monday. The secretary accused the electoral board of rigging the vote.",
		}, 1},
		{"the article names no holder", []string{
			"Prime Minister Karl Udeh accused the electoral board of rigging the vote in the north.",
			"The cabinet met on Monday. The prime minister accused the electoral board of rigging the vote.",
		}, 1},
		{"one holder and a slip of the pen once", []string{
			"Prime Minister Lena Varadi accused the electoral board of rigging the vote in the north.",
			"Prime Minister Lena Varadi met her cabinet, a day after Prime Minister Varidi met the governors. The embattled prime minister accused the electoral board of rigging the vote.",
		}, 2},
		{"two holders one vowel apart, each named twice", []string{
			"Prime Minister Lena Varadi accused the electoral board of rigging the vote in the north.",
			"Prime Minister Lena Varadi met Prime Minister Omar Varidi. Prime Minister Varidi spoke on Monday. The prime minister accused the electoral board of rigging the vote.",
		}, 1},
	}
	for _, tt := range tests {
		if most, acts := mostCarriedAccusation(t, tt.texts); most != tt.want {
			t.Errorf("%s: the most carried accusation is carried by %d outlets, want %d: %+v", tt.name, most, tt.want, acts)
		}
	}
}

// TestDocumentSpeaksForItsIssuer checks that a document quoted as the
// speaker ("The statement calls for ...") is the body the same or the
// sentence before names as issuing it, and that a body named without whom
// it serves ("the Security Council") is the one the story names in full
// ("the U.N. Security Council"): one outlet's statement and another's
// council make one demand.
func TestDocumentSpeaksForItsIssuer(t *testing.T) {
	set := defaultSet(t)
	tests := []struct {
		name  string
		texts []string
		want  int // outlets carrying the most carried demand
	}{
		{"issued the sentence before", []string{
			"On Sunday, the U.N. Security Council adopted a presidential statement on the port blockade. The statement calls on both navies \"to lift the blockade at once.\"",
			"The Security Council urged both navies \"to lift the blockade at once\" on Sunday.",
		}, 2},
		{"the owner named earlier", []string{
			"The U.N. Security Council met on Sunday about the port blockade. The council's statement urged both navies \"to lift the blockade at once.\"",
			"The Security Council urged both navies \"to lift the blockade at once\" on Sunday.",
		}, 2},
		{"the document issued in its own sentence", []string{
			"On Sunday, the U.N. Security Council adopted a resolution calling on both navies to lift the port blockade at once.",
			"The Security Council urged both navies to lift the port blockade at once on Sunday.",
		}, 2},
		{"a body's name before its document", []string{
			"Talks on the port blockade stalled on Sunday. The NAPA Statement calls on both navies to lift the port blockade.",
			"NAPA urged both navies to lift the port blockade on Sunday.",
		}, 2},
		{"no issuer named", []string{
			"Talks on the port blockade stalled on Sunday. The statement calls on both navies \"to lift the blockade at once.\"",
			"The U.N. Security Council urged both navies \"to lift the blockade at once\" on Sunday.",
		}, 1},
	}
	for _, tt := range tests {
		var arts []*corpus.Article
		for i, txt := range tt.texts {
			arts = append(arts, article(t, fmt.Sprintf("Outlet %c", 'A'+i), filler+txt))
		}
		c := Compare(arts, set)
		most := 0
		for _, cl := range c.Acts {
			if cl.Act == corpus.ActDemand {
				most = max(most, len(cl.Present))
			}
		}
		if most != tt.want {
			t.Errorf("%s: the most carried demand is carried by %d outlets, want %d: %+v", tt.name, most, tt.want, c.Acts)
		}
	}
}

// TestDocumentIssuerNamedAfterIt checks that a document speaker whose
// issuer follows it ("a statement posted on the Embassy's Twitter page")
// speaks for the body the article named in full before.
func TestDocumentIssuerNamedAfterIt(t *testing.T) {
	set := defaultSet(t)
	tests := []struct{ name, text, want string }{
		{"posted on the owner's page", "The U.S. Embassy in Kabul confirmed the attack on Thursday. \"Three Americans were killed in the attack,\" said a statement posted on the Embassy's Twitter page.", "United States"},
		{"issued by a body", "\"Three Americans were killed in the attack,\" said a statement issued by the Russian Foreign Ministry.", "Russia"},
		{"no issuer after it", "\"Three Americans were killed in the attack,\" said a statement read out on the radio.", ""},
	}
	for _, tt := range tests {
		c := Compare([]*corpus.Article{article(t, "Outlet A", filler+tt.text)}, set)
		got := "(none)"
		for _, q := range c.Articles[0].Quotations {
			if strings.HasPrefix(q.Speaker, "a statement") {
				got = q.Affiliation
			}
		}
		if got != tt.want {
			t.Errorf("%s: the statement's side is %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestStoryResolutionSharesItsIssuer checks that "The resolution" of an
// article that names no issuer speaks for the body another article of
// the story names as adopting its resolution; a statement, one of many in
// a story, does not.
func TestStoryResolutionSharesItsIssuer(t *testing.T) {
	set := defaultSet(t)
	for _, tt := range []struct{ doc, b, want string }{
		{"resolution", "A resolution adopted by the U.N. Security Council on Sunday calls on both navies \"to lift the blockade at once.\"", "United Nations"},
		{"statement", "A statement adopted by the U.N. Security Council on Sunday calls on both navies \"to lift the blockade at once.\"", ""},
		{"resolution", "The U.N. Security Council on Sunday approved a resolution condemning the blockade of the port by both navies.", "United Nations"},
	} {
		a := article(t, "Outlet A", filler+"Talks on the port blockade stalled on Sunday. The "+tt.doc+" calls on both navies \"to lift the blockade at once.\"")
		b := article(t, "Outlet B", filler+tt.b)
		c := Compare([]*corpus.Article{a, b}, set)
		got := "(none)"
		for _, q := range c.Articles[0].Quotations {
			if q.Speaker == "The "+tt.doc {
				got = q.Affiliation
			}
		}
		if got != tt.want {
			t.Errorf("%s: Outlet A's side is %q, want %q", tt.doc, got, tt.want)
		}
	}
}

// TestResolutionSpeaksForItsBody checks that "a resolution" adopted by a
// body, the speaker of a participle in the same sentence ("adopted a
// resolution condemning ..."), is the body: one condemnation with the
// other outlet's.
func TestResolutionSpeaksForItsBody(t *testing.T) {
	most, acts := mostCarried(t, corpus.ActCondemn, []string{
		"On Sunday, the Harbour Council adopted a resolution condemning the port blockade by both navies.",
		"The Harbour Council condemned the port blockade by both navies on Sunday.",
	})
	if most != 2 {
		t.Errorf("the most carried condemnation is carried by %d outlets, want 2: %+v", most, acts)
	}
}

// mostCarried compares one article per outlet and returns how many
// outlets carry the cluster of the act most of them carry.
func mostCarried(t *testing.T, act corpus.Act, texts []string) (int, []ActCluster) {
	t.Helper()
	var arts []*corpus.Article
	for i, txt := range texts {
		arts = append(arts, article(t, fmt.Sprintf("Outlet %c", 'A'+i), filler+txt))
	}
	c := Compare(arts, defaultSet(t))
	most := 0
	for _, cl := range c.Acts {
		if cl.Act == act {
			most = max(most, len(cl.Present))
		}
	}
	return most, c.Acts
}

// TestPatronymIsNoDroppableParticle checks that "bin", "ibn" and "abu"
// stay in a speaker's surname: the son "Bin Salman" is not his father
// "Salman", nor is "Abu Nasir" a spelling of "Nasser"; nor is the bare
// name one with the particle's when the story writes it under a title
// ("King Salman") or after another given name ("Hamad Dawoudi").
func TestPatronymIsNoDroppableParticle(t *testing.T) {
	tests := []struct {
		name  string
		act   corpus.Act
		texts []string
	}{
		{"bin", corpus.ActCondemn, []string{
			"King Salman spoke on Sunday. Salman condemned the attack on the tanker.",
			"Crown Prince Mohammed bin Salman spoke on Sunday. Bin Salman condemned the attack on the tanker.",
		}},
		{"abu", corpus.ActAccuse, []string{
			"Army spokesman Nasser spoke to reporters. Nasser accused the rebels of attacking civilians.",
			"Rebel commander Abu Nasir spoke to reporters. Abu Nasir accused the rebels of attacking civilians.",
		}},
		{"the father under his title beside the son's patronym", corpus.ActCondemn, []string{
			"Crown Prince Mohammed bin Salman spoke on Sunday. Bin Salman condemned the attack on the tanker.",
			"Mohammed bin Salman and King Salman met on Sunday. Salman condemned the attack on the tanker.",
		}},
		{"another given name before the bare name", corpus.ActDeny, []string{
			"Prosecutors charged Samir Abu Dawoudi on Monday. Mr. Abu Dawoudi denied involvement in the raid.",
			"Samir Abu Dawoudi and Hamad Dawoudi were charged. Dawoudi denied involvement in the raid.",
		}},
	}
	for _, tt := range tests {
		if most, acts := mostCarried(t, tt.act, tt.texts); most != 1 {
			t.Errorf("%s: one cluster is carried by %d outlets, want 1: %+v", tt.name, most, acts)
		}
	}
}

// TestSpellingsOfTwoDescribedPeopleStayApart checks that two near
// spellings ("Karrami", "Karami") whose articles give their bearers
// different sides or different roles are two speakers: a Lebanese prime
// minister is not an Iranian envoy, nor an army spokesman a rebel
// commander.
func TestSpellingsOfTwoDescribedPeopleStayApart(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
	}{
		{"sides differ", []string{
			"Lebanese Prime Minister Omar Karrami spoke on Sunday. Karrami accused Israel of targeting civilians.",
			"Iranian envoy Karami arrived in Beirut. Karami accused Israel of targeting civilians.",
		}},
		{"roles differ", []string{
			"Army spokesman Nasser spoke to reporters. Nasser accused the rebels of attacking civilians.",
			"Rebel commander Naser spoke to reporters. Naser accused the rebels of attacking civilians.",
		}},
	}
	for _, tt := range tests {
		if most, acts := mostCarried(t, corpus.ActAccuse, tt.texts); most != 1 {
			t.Errorf("%s: one accusation is carried by %d outlets, want 1: %+v", tt.name, most, acts)
		}
		c := compareOutlets(tt.texts, defaultSet(t))
		n := 0
		for _, a := range c.Actors {
			if a.Kind == "person" {
				n++
			}
		}
		if n != 2 {
			t.Errorf("%s: %d persons, want two: %+v", tt.name, n, c.Actors)
		}
	}
}

// TestShortBodyNameTakesOnlyItsOwnersSide checks when a body named without
// whom it serves takes the side of a longer name of the story: the longer
// name may add only whose body it is ("UN", "Egypt's"), not another name
// word ("Israeli National Security Council"), and a body every state has
// ("Foreign Ministry") takes a side only from its own article.
func TestShortBodyNameTakesOnlyItsOwnersSide(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  string // the affiliation of outlet B's last quotation
	}{
		{"an owner's name before it", []string{
			"The UN Security Council accused both sides of violating the truce.",
			"The Security Council said it would meet on Gaza on Friday. The Security Council accused both sides of violating the truce.",
		}, "United Nations"},
		{"another name word before it", []string{
			"The Israeli National Security Council accused Iran of plotting attacks.",
			"The Security Council said it would meet on Gaza on Friday. The Security Council accused both sides of violating the truce.",
		}, ""},
		{"a state body named in full in another article", []string{
			"The Iranian Foreign Ministry accused Israel of a war crime.",
			"The Foreign Ministry said Israel was ready to talk. The Foreign Ministry accused Iran of spreading terror.",
		}, ""},
		{"a state body named in full in its own article", []string{
			"The talks went on in the capital.",
			"Egypt's Health Ministry said 12 people died. The Health Ministry accused the militants of shelling the hospital.",
		}, "Egypt"},
	}
	for _, tt := range tests {
		var arts []*corpus.Article
		for i, txt := range tt.texts {
			arts = append(arts, article(t, fmt.Sprintf("Outlet %c", 'A'+i), filler+txt))
		}
		c := Compare(arts, defaultSet(t))
		qs := c.Articles[1].Quotations
		if len(qs) == 0 {
			t.Errorf("%s: no quotations in outlet B", tt.name)
			continue
		}
		if got := qs[len(qs)-1]; got.Affiliation != tt.want {
			t.Errorf("%s: %q has affiliation %q, want %q", tt.name, got.Actor, got.Affiliation, tt.want)
		}
	}
}

// soleQuotation returns article ai's one quotation, failing the test when
// it has none or several.
func soleQuotation(t *testing.T, c *Comparison, ai int) Quotation {
	t.Helper()
	qs := c.Articles[ai].Quotations
	if len(qs) != 1 {
		t.Fatalf("%s has %d quotations, want 1: %+v", c.Articles[ai].Outlet, len(qs), qs)
	}
	return qs[0]
}

// TestStaffSpeaksForItsOwner: "Halvorsen's team" and "Halvorsen's
// lawyers" speak for Halvorsen, one actor with "Arne Halvorsen" quoted
// elsewhere, so one side's denial is one act; "the ministry's spokesman"
// names no person.
func TestStaffSpeaksForItsOwner(t *testing.T) {
	set := defaultSet(t)
	tests := []struct{ sentence, actor string }{
		{"Halvorsen's team denied the report on Friday.", "Arne Halvorsen"},
		{"Halvorsen's lawyers denied the report on Friday.", "Arne Halvorsen"},
		{"The ministry's spokesman denied the report on Friday.", "ministry's spokesman"},
		{"Halvorsen's critics denied the report on Friday.", "Halvorsen's critics"},
		{"Halvorsen's legal team denied the report on Friday.", "Arne Halvorsen"},
		{"Halvorsen's lawyer Ann Roe denied the report on Friday.", "Ann Roe"},
	}
	for _, tt := range tests {
		a := article(t, "Outlet A", filler+`Arne Halvorsen said the fishing report was wrong. `+tt.sentence)
		c := Compare([]*corpus.Article{a, article(t, "Outlet B", filler)}, set)
		speaker := strings.TrimSuffix(tt.sentence, " denied the report on Friday.")
		got := "(no quotation)"
		for _, q := range c.Articles[0].Quotations {
			if q.Speaker == speaker {
				got = q.Actor
			}
		}
		if got != tt.actor {
			t.Errorf("%q: actor %q, want %q", tt.sentence, got, tt.actor)
		}
	}
}

// actWho is the side of the act cluster that holds the quotation whose
// speaker phrase is speaker in article ai, "" when none does.
func actWho(c *Comparison, ai int, speaker string) string {
	for _, cl := range c.Acts {
		for _, evs := range cl.Present {
			for _, ev := range evs {
				if ev.Voice.Speaker == speaker && ev.Outlet == c.Articles[ai].Outlet {
					return cl.Who
				}
			}
		}
	}
	return ""
}

// TestOneSideUnderSeveralNames: a spokesman for a person or body, its
// office, a body named by its kind noun and a coordination of one side's
// people make the act of that side, so that one act is one cluster across
// outlets; a former spokesman, a kind noun with two bodies of the kind in
// the story and a coordination of two sides do not.
func TestOneSideUnderSeveralNames(t *testing.T) {
	set := defaultSet(t)
	tests := []struct {
		name     string
		a, b     string // article texts after the filler
		speakerA string // a speaker phrase in article A
		speakerB string // a speaker phrase in article B
		same     bool   // whether their acts are one side's
		whoB     string // the side of B's act, when not ""
	}{
		{"spokesman for the titled person",
			`Special counsel Arne Halvorsen's team denied the fishing report on Friday.`,
			`Tom Berg, a spokesman for the special counsel, denied the fishing report on Friday.`,
			"Arne Halvorsen's team", "Tom Berg", true, "Arne Halvorsen"},
		{"spokesman for the person's office",
			`Arne Halvorsen denied the fishing report on Friday.`,
			`Tom Berg, a spokesman for Halvorsen's office, denied the fishing report on Friday.`,
			"Arne Halvorsen", "Tom Berg", true, "Arne Halvorsen"},
		{"the titled person's office",
			`Special counsel Arne Halvorsen denied the fishing report on Friday.`,
			`The special counsel's office denied the fishing report on Friday.`,
			"Special counsel Arne Halvorsen", "The special counsel's office", true, "Arne Halvorsen"},
		{"a body's spokesman",
			`Fjordline denied the fishing report on Friday.`,
			`A Fjordline spokesman denied the fishing report on Friday.`,
			"Fjordline", "A Fjordline spokesman", true, "Fjordline"},
		{"a possessed body's spokesman",
			`Fjordline's Coastal Agency denied the fishing report on Friday.`,
			`Fjordline's Coastal Agency spokesman Tom Berg denied the fishing report on Friday.`,
			"Fjordline's Coastal Agency", "Fjordline's Coastal Agency spokesman Tom Berg", true, ""},
		{"a demonym inside a movement's name",
			`Norway denied the fishing report on Friday.`,
			`Tom Berg, spokesperson for the leftist Norwegian Popular Current, denied the fishing report on Friday.`,
			"Norway", "Tom Berg", false, ""},
		{"a campaign's chairman",
			`Arne Halvorsen's campaign denied the fishing report on Friday.`,
			`Halvorsen campaign chairman Tom Berg denied the fishing report on Friday.`,
			"Arne Halvorsen's campaign", "Halvorsen campaign chairman Tom Berg", true, "Arne Halvorsen"},
		{"a campaign's chairman for a person of a party",
			`Republican Senate nominee Arne Halvorsen toured the harbour on Monday. Halvorsen denied the fishing report on Friday.`,
			`Halvorsen campaign chairman Tom Berg denied the fishing report on Friday.`,
			"Halvorsen", "Halvorsen campaign chairman Tom Berg", true, "Republican Party"},
		{"a campaign against the name",
			`Arne Halvorsen denied the fishing report on Friday.`,
			`Anti-Halvorsen campaign chairman Tom Berg denied the fishing report on Friday.`,
			"Arne Halvorsen", "Anti-Halvorsen campaign chairman Tom Berg", false, "Tom Berg"},
		{"a former spokesman serves no one",
			`Arne Halvorsen denied the fishing report on Friday.`,
			`Tom Berg, a former spokesman for Halvorsen's office, denied the fishing report on Friday.`,
			"Arne Halvorsen", "Tom Berg", false, ""},
		{"two titled holders",
			`Special counsel Arne Halvorsen denied the fishing report on Friday. Special counsel Kari Nilsen met him.`,
			`Tom Berg, a spokesman for the special counsel, denied the fishing report on Friday.`,
			"Special counsel Arne Halvorsen", "Tom Berg", false, ""},
		{"the airline",
			`Nordic Coastal Airlines denied that the plane left its course.`,
			`The airline denied that the plane left its course.`,
			"Nordic Coastal Airlines", "The airline", true, "Nordic Coastal Airlines"},
		{"two airlines",
			`Nordic Coastal Airlines denied that the plane left its course.`,
			`The airline denied that the plane left its course, and Baltic Star Airways kept silent.`,
			"Nordic Coastal Airlines", "The airline", false, ""},
		{"an owned kind",
			`Norway denied the fishing report on Friday.`,
			`Talks with Norway's military went on. The military denied the fishing report on Friday.`,
			"Norway", "The military", true, "Norway"},
		{"an owned kind named two ways by one side",
			`Norway denied the fishing report on Friday.`,
			`Talks with Norway's military went on, and the Norwegian military sent a ship. The military denied the fishing report on Friday.`,
			"Norway", "The military", true, "Norway"},
		{"an owned kind of two sides",
			`Norway denied the fishing report on Friday.`,
			`Talks between Norway's military and the Swedish military went on. The military denied the fishing report on Friday.`,
			"Norway", "The military", false, ""},
		{"one surname, two people",
			`Tom Berg, a spokesman for Arne Halvorsen, denied the fishing report on Friday.`,
			`Anna Berg denied the fishing report on Friday.`,
			"Tom Berg", "Anna Berg", false, "Anna Berg"},
		{"an owned kind named only in another article",
			`Norway denied the fishing report on Friday. Talks with Norway's military went on.`,
			`The military denied the fishing report on Friday.`,
			"Norway", "The military", false, ""},
		{"authorities of the one country their sentence names",
			`Norway denied that its navy had sunk the trawler.`,
			`After insisting that the Norwegian navy was not to blame, authorities on Saturday denied that the navy had sunk the trawler.`,
			"Norway", "authorities", true, "Norway"},
		{"the government of a sentence naming two countries",
			`Norway denied that its navy had sunk the trawler.`,
			`As Sweden and Norway argued, the government denied that the navy had sunk the trawler. Norway called it a lie. Norway left. Norway met Norway.`,
			"Norway", "the government", false, ""},
		{"authorities of the country their article names most",
			`Norway denied that its navy had sunk the trawler.`,
			`Norway's navy sailed. Norway called it a lie. Norwegian ships left. Later authorities denied that the navy had sunk the trawler.`,
			"Norway", "authorities", true, "Norway"},
		{"the office of a titled holder who is no speaker",
			`Norway denied the fishing report on Friday.`,
			`Norwegian Prime Minister Lars Dahl flew home. The prime minister's office denied the fishing report on Friday.`,
			"Norway", "The prime minister's office", true, "Norway"},
		{"authorities of the country where things happen, not of the one named most",
			`Sweden denied that its navy had sunk the trawler.`,
			`Norway sent ships in Sweden. Norway's navy sailed in Sweden. Norway called it a lie. Norwegian jets flew. Norway left. Talks in Sweden failed for a day. Nothing moved. Later authorities denied that the navy had sunk the trawler.`,
			"Sweden", "authorities", true, "Sweden"},
		{"authorities placed after their name",
			`Norway denied that its navy had sunk the trawler.`,
			`Norway's navy sailed. Norway called it a lie. Norwegian ships left. Later the authorities in Malmo denied that the navy had sunk the trawler.`,
			"Norway", "the authorities", false, ""},
		{"a country after a preposition is a place, not whose authorities",
			`Norway denied that its navy had sunk the trawler.`,
			`Canada's navy sailed. Canada called it a lie. Canadian ships left. After flights to Norway were cancelled, authorities denied that the navy had sunk the trawler.`,
			"Norway", "authorities", false, ""},
		{"a country joined by a hyphen is a modifier, not whose government",
			`Norway denied that its navy had sunk the trawler.`,
			`Canada's navy sailed. Canada called it a lie. Canadian ships left. As Norway-led patrols went on, the government denied that the navy had sunk the trawler.`,
			"Norway", "the government", false, ""},
		{"authorities opening their sentence",
			`Norway denied that its navy had sunk the trawler.`,
			`Canada's navy sailed. Canada called it a lie. Canadian ships left. Norway was silent for a day. Authorities denied that the navy had sunk the trawler.`,
			"Norway", "Authorities", true, "Norway"},
		{"the sentence before names whose government before the article's main country",
			`Norway denied that its navy had sunk the trawler.`,
			`Canada's navy sailed. Canada called it a lie. Canadian ships left. Norway was silent for a day. The government denied that the navy had sunk the trawler.`,
			"Norway", "The government", true, "Norway"},
		// A regime named by a ruler of no known side is its country's: the
		// side the article gives an unnamed government.
		{"a regime named by its ruler of no known side",
			`Norway denied that its navy had sunk the trawler.`,
			`Talks in Norway on the Dahl regime failed. Ships sailed in Norway. Norway called it a lie. While the regime denied that the navy had sunk the trawler, Canada said nothing.`,
			"Norway", "the regime", true, "Norway"},
		{"a ruler's regime in a sentence naming two countries",
			`Norway denied that its navy had sunk the trawler.`,
			`Talks in Norway on the Dahl regime failed. Ships sailed in Norway. Norway called it a lie. As Sweden and Canada argued, the regime denied that the navy had sunk the trawler.`,
			"Norway", "the regime", false, ""},
		{"a ruler's administration is no state noun",
			`Norway denied that its navy had sunk the trawler.`,
			`Talks in Norway with the Dahl administration failed. Ships sailed in Norway. Norway called it a lie. The administration denied that the navy had sunk the trawler.`,
			"Norway", "The administration", false, ""},
		// "The ministry" is the one ministry the story names; a possessive
		// owner before it says whose, which its name does not.
		{"the ministry named with of after its owner",
			`Norway denied the fishing report on Friday.`,
			`Talks with Norway's Ministry of Fisheries and Coastal Affairs went on. The ministry denied the fishing report on Friday.`,
			"Norway", "The ministry", true, "Norway"},
		{"the ministry named before its kind after its owner",
			`Norway denied the fishing report on Friday.`,
			`Talks with Norway's Fisheries Ministry went on. The ministry denied the fishing report on Friday.`,
			"Norway", "The ministry", true, "Norway"},
		// The capitalised run after "of" is the name: "Ministry of Foreign
		// Affairs" and "Ministry of Foreign Trade" are two ministries.
		{"two ministries sharing a word after of",
			`Norway denied the fishing report on Friday.`,
			`Talks between Norway's Ministry of Foreign Affairs and the Ministry of Foreign Trade went on. The ministry denied the fishing report on Friday.`,
			"Norway", "The ministry", false, ""},
		{"two owners' ministries",
			`Norway denied the fishing report on Friday.`,
			`Talks between Norway's Ministry of Fisheries and Sweden's Ministry of Fisheries went on. The ministry denied the fishing report on Friday.`,
			"Norway", "The ministry", false, ""},
		// A member named with the short name of a movement the story names
		// in full: the movement's.
		{"a movement's short name before a member",
			`The Muslim Brotherhood denied the fishing report on Friday.`,
			`Brotherhood leader Omar Fahmy denied the fishing report on Friday.`,
			"The Muslim Brotherhood", "Brotherhood leader Omar Fahmy", true, "Muslim Brotherhood"},
		{"a word the story names in full as no movement",
			`The Muslim Brotherhood denied the fishing report on Friday. Talks in the Fjord Harbour went on.`,
			`Harbour leader Omar Fahmy denied the fishing report on Friday.`,
			"The Muslim Brotherhood", "Harbour leader Omar Fahmy", false, "Omar Fahmy"},
		// An organisation word is no movement's short name: "Forces
		// commander" may serve any forces.
		{"an organisation word before a member",
			`The Syrian Democratic Forces denied the fishing report on Friday.`,
			`Forces commander Omar Fahmy denied the fishing report on Friday.`,
			"The Syrian Democratic Forces", "Forces commander Omar Fahmy", false, "Omar Fahmy"},
		{"a short name two sides' full names end in",
			`Norway denied the fishing report on Friday. Talks on Islamic State and Washington State went on.`,
			`State leader Omar Fahmy denied the fishing report on Friday.`,
			"Norway", "State leader Omar Fahmy", false, "Omar Fahmy"},
		{"a short name of one side's full names",
			`Norway denied the fishing report on Friday. Talks on Islamic State went on.`,
			`State leader Omar Fahmy denied the fishing report on Friday.`,
			"Norway", "State leader Omar Fahmy", false, "Islamic State"},
		{"a short name the story never gives in full",
			`Norway denied the fishing report on Friday.`,
			`Brotherhood leader Omar Fahmy denied the fishing report on Friday.`,
			"Norway", "Brotherhood leader Omar Fahmy", false, "Omar Fahmy"},
		{"a coordination of one side's people",
			`Norway denied the fishing report on Friday. Norway's King Erik Dahl met Norwegian Crown Prince Nils Berg.`,
			`King Erik Dahl and Crown Prince Nils Berg vigorously denied the fishing report on Friday.`,
			"Norway", "King Erik Dahl and Crown Prince Nils Berg", true, "Norway"},
		{"a coordination with a member of no side",
			`Norway denied the fishing report on Friday. Norway's King Erik Dahl met Nils Berg.`,
			`King Erik Dahl and Nils Berg vigorously denied the fishing report on Friday.`,
			"Norway", "King Erik Dahl and Nils Berg", false, ""},
	}
	for _, tt := range tests {
		c := Compare([]*corpus.Article{article(t, "Outlet A", filler+tt.a), article(t, "Outlet B", filler+tt.b)}, set)
		wa, wb := actWho(c, 0, tt.speakerA), actWho(c, 1, tt.speakerB)
		if wa == "" || wb == "" {
			t.Errorf("%s: no act by %q (%q) or %q (%q); quotations %+v / %+v", tt.name, tt.speakerA, wa, tt.speakerB, wb, c.Articles[0].Quotations, c.Articles[1].Quotations)
			continue
		}
		if (wa == wb) != tt.same {
			t.Errorf("%s: %q acts for %q, %q for %q; want one side: %v", tt.name, tt.speakerA, wa, tt.speakerB, wb, tt.same)
		}
		if tt.whoB != "" && wb != tt.whoB {
			t.Errorf("%s: %q acts for %q, want %q; %+v", tt.name, tt.speakerB, wb, tt.whoB, c.Articles[1].Quotations)
		}
	}
}

// TestOwnedRegimeKeepsOwnersGroup: "the regime" read as a body named by
// its owner ("the Assad regime") keeps the actor group the owner's name is
// listed in, with a side the article gives it only when that side is one
// of the group's; an owner the story gives a side speaks for that side.
func TestOwnedRegimeKeepsOwnersGroup(t *testing.T) {
	set := defaultSet(t)
	for _, tc := range []struct{ name, text, aff, group string }{
		{"side of the owner's group", `Shelling went on in Syria, and talks on the Assad regime failed in Syria. Syria was quiet. While the regime denied the report, Norway said nothing.`, "Syria", "arab-gov"},
		// A country the article names most that is no side of the owner's
		// group is the regime's foe or backer, not the regime.
		{"side of another group", `Shelling went on in Iran, and talks on the Assad regime failed in Iran. Iran was quiet. While the regime denied the report, Norway said nothing.`, "", "arab-gov"},
		{"a backer named in the regime's sentence", `The Assad regime was accused of shelling a town near Damascus. As Russia blocked a vote at the United Nations, the regime denied the report.`, "", "arab-gov"},
		// A side of another group the story gives the owner's name is
		// someone else's: the group, no side.
		{"a namesake of another side", `Norwegian envoy Tom Assad said the talks were over. Talks on the Assad regime failed. Later the regime denied the report.`, "", "arab-gov"},
		// The side the story gives the owner comes before the sentence's.
		{"the owner's own side", `Norway's Prime Minister Erik Dahl said the talks were over. Talks on the Dahl regime failed. As Sweden blocked a vote, the regime denied the report.`, "Norway", ""},
	} {
		c := Compare([]*corpus.Article{article(t, "Outlet A", filler+`Norway denied the report.`), article(t, "Outlet B", filler+tc.text)}, set)
		found := false
		for _, q := range c.Articles[1].Quotations {
			if q.Speaker != "the regime" {
				continue
			}
			found = true
			if q.Affiliation != tc.aff || q.Group != tc.group {
				t.Errorf("%s: the regime speaks for %q in group %q, want %q in %q (%s)", tc.name, q.Affiliation, q.Group, tc.aff, tc.group, q.AffiliationVia)
			}
		}
		if !found {
			t.Errorf("%s: no quotation of the regime: %+v", tc.name, c.Articles[1].Quotations)
		}
	}
}

// TestSameMatterDenials: a saying that opens with a negated clause denies
// when the speaker's side denies the same matter elsewhere in the story
// (two content stems shared, and the negated noun subject named in the
// side's denials); another side's saying, a matter the side never denied
// and an intention stay sayings.
func TestSameMatterDenials(t *testing.T) {
	set := defaultSet(t)
	denial := `Norway denied reports that a Norwegian torpedo had sunk the fishing trawler.`
	tests := []struct {
		name, b string
		act     corpus.Act
	}{
		{"a negated noun clause of the denied matter",
			`The Norwegian defence minister, Lars Berg, told reporters "with certainty" that a torpedo had not sunk the trawler.`, corpus.ActDeny},
		{"another side's negated clause",
			`The Swedish defence minister, Lars Berg, told reporters "with certainty" that a torpedo had not sunk the trawler.`, corpus.ActSay},
		{"a noun subject the side never denied",
			`The Norwegian defence minister, Lars Berg, told reporters that the statement had not mentioned the trawler or the torpedo.`, corpus.ActSay},
		{"an intention",
			`The Norwegian defence minister, Lars Berg, told reporters that they were not going to sink another trawler with a torpedo.`, corpus.ActSay},
		{"a deed that goes on",
			`The Norwegian defence minister, Lars Berg, told reporters that they had not stopped sinking the trawlers with a torpedo.`, corpus.ActSay},
	}
	for _, tt := range tests {
		c := Compare([]*corpus.Article{article(t, "Outlet A", filler+denial), article(t, "Outlet B", filler+tt.b)}, set)
		got := corpus.Act("(no quotation)")
		for _, q := range c.Articles[1].Quotations {
			if q.Actor == "Lars Berg" && q.Kind == corpus.QuoteIndirect {
				got = q.Act
			}
		}
		if got != tt.act {
			t.Errorf("%s: act %q, want %q; %+v", tt.name, got, tt.act, c.Articles[1].Quotations)
		}
	}
}

// TestQuotationHoldsReport: reported speech inside a direct quotation's
// words is a layered report held by the quotation, as one inside reported
// speech is.
func TestQuotationHoldsReport(t *testing.T) {
	set := defaultSet(t)
	text := `"The harbour master said the safety report was fabricated," Ana Roe wrote.`
	c := Compare([]*corpus.Article{article(t, "Alpha", filler+text), article(t, "Beta", filler)}, set)
	qs := c.Articles[0].Quotations
	outer, inner := -1, -1
	for i, q := range qs {
		switch q.Speaker {
		case "Ana Roe":
			outer = i
		case "The harbour master":
			inner = i
		}
	}
	if outer < 0 || inner < 0 {
		t.Fatalf("quotations %+v: want Roe's and the harbour master's", qs)
	}
	if w := qs[inner].Within; w == nil || *w != outer || qs[outer].Within != nil || qs[inner].Unasserted {
		t.Errorf("inner within %v (unasserted %v), outer within %v; want %d and none", qs[inner].Within, qs[inner].Unasserted, qs[outer].Within, outer)
	}
}

// TestOwnDenialBesideAHeldReport: an outer speaker's own denial beside a
// report its quotation holds stays the outer speaker's act: "The rumours
// are nonsense. The harbour master said ...", Ana Roe wrote, denies the
// rumours as another outlet's "Ana Roe denied the rumours" does.
func TestOwnDenialBesideAHeldReport(t *testing.T) {
	set := defaultSet(t)
	a := article(t, "Alpha", filler+`"The rumours about the port are nonsense. The harbour master said the safety report was fabricated," Ana Roe wrote.`)
	b := article(t, "Beta", filler+`Ana Roe denied the rumours about the port.`)
	c := Compare([]*corpus.Article{a, b}, set)
	for _, cl := range c.Acts {
		if cl.Act == corpus.ActDeny && slices.Contains(cl.Speakers, "Ana Roe") && len(cl.Present) != 2 {
			t.Errorf("Roe's denial %q is carried by %v, want both outlets", cl.Label, slices.Collect(maps.Keys(cl.Present)))
		}
	}
}

// TestPlaceNameAsSurname: "Holland said" after "Polling Director Kari
// Holland" in the same article is that person, not the Netherlands; in an
// article that names no such person it is the country.
func TestPlaceNameAsSurname(t *testing.T) {
	set := defaultSet(t)
	a := article(t, "Alpha", filler+`"Most voters oppose the plan," said Polling Director Kari Holland. Holland said the numbers were the lowest in years. "Prices will rise," said analyst Paul Damascus. Damascus said the border would stay shut.`)
	b := article(t, "Beta", filler+`Holland said the numbers were the lowest in years.`)
	c := Compare([]*corpus.Article{a, b}, set)
	for ai, want := range []string{"Kari Holland", "Netherlands"} {
		got := ""
		for _, q := range c.Articles[ai].Quotations {
			if q.Speaker == "Holland" {
				got = q.Actor
			}
		}
		if got != want {
			t.Errorf("%s: \"Holland said\" is %q, want %q", c.Articles[ai].Outlet, got, want)
		}
	}
	// A place's name the gazetteer does not note as a surname stays the place.
	for _, q := range c.Articles[0].Quotations {
		if q.Speaker == "Damascus" && q.Actor != "Syria" {
			t.Errorf("\"Damascus said\" is %q, want Syria", q.Actor)
		}
	}
}

// TestOneGovernmentsActInTwoVoices checks that two voices of one actor
// group, one of them with no country of its own, aiming the same act at
// the same target in shared words make one act that both outlets carry
// ("The Obama administration accused Norland of ..." and "the White House
// accused Norland of ..."), while two countries of one group stay two acts.
func TestOneGovernmentsActInTwoVoices(t *testing.T) {
	set := defaultSet(t)
	c := Compare([]*corpus.Article{
		article(t, "Outlet A", filler+"The Obama administration accused Norland of shelling the harbour of Vik on May 3, killing 40 fishermen."),
		article(t, "Outlet B", filler+"The White House has accused Norland of killing 40 fishermen in the shelling of the harbour of Vik."),
	}, set)
	var accusations []ActCluster
	for _, cl := range c.Acts {
		if cl.Act == corpus.ActAccuse && cl.Target == "Norland" {
			accusations = append(accusations, cl)
		}
	}
	if len(accusations) != 1 || len(accusations[0].Present) != 2 {
		t.Errorf("want one accusation of Norland carried by both outlets; got %+v", accusations)
	}
	c = Compare([]*corpus.Article{
		article(t, "Outlet A", filler+"Egypt accused Norland of shelling the harbour of Vik on May 3, killing 40 fishermen."),
		article(t, "Outlet B", filler+"Jordan has accused Norland of killing 40 fishermen in the shelling of the harbour of Vik."),
	}, set)
	n := 0
	for _, cl := range c.Acts {
		if cl.Act == corpus.ActAccuse && cl.Target == "Norland" {
			n++
		}
	}
	if n != 2 {
		t.Errorf("want two accusations of Norland, one per country; got %d in %+v", n, c.Acts)
	}
}

// TestActCarriedInAnotherForm checks that a side's warning in one outlet
// and its threat in the other, in the same rare words, are one statement
// that both outlets carry, while a denial and an admission of one matter
// stay two acts, each carried by one outlet.
func TestActCarriedInAnotherForm(t *testing.T) {
	set := defaultSet(t)
	c := Compare([]*corpus.Article{
		article(t, "Outlet A", filler+"Norland warned that any strike on the Vik harbour would spark an all-out war."),
		article(t, "Outlet B", filler+"Norland threatened that anyone who dared to strike the Vik harbour would face an all-out war."),
	}, set)
	n := 0
	for _, cl := range c.Acts {
		if cl.Act == corpus.ActWarn || cl.Act == corpus.ActThreaten {
			n++
			if len(cl.Present) != 2 {
				t.Errorf("%s: carried by %d outlets, want 2", cl.Label, len(cl.Present))
			}
		}
	}
	if n != 2 {
		t.Errorf("want a warning and a threat; got %+v", c.Acts)
	}
	// A threat to close a strait and a vow to keep it open share only the
	// strait's name: two acts, each carried by one outlet.
	c = Compare([]*corpus.Article{
		article(t, "Outlet A", filler+"Norland threatened to close the Strait of Varn Kessel to all shipping."),
		article(t, "Outlet B", filler+"Norland vowed to keep the Strait of Varn Kessel open for trade."),
	}, set)
	for _, cl := range c.Acts {
		if (cl.Act == corpus.ActThreaten || cl.Act == corpus.ActPromise) && len(cl.Present) != 1 {
			t.Errorf("%s: carried by %d outlets, want 1", cl.Label, len(cl.Present))
		}
	}
	c = Compare([]*corpus.Article{
		article(t, "Outlet A", filler+"Norland denied that its gunners had sunk the trawler near the Vik harbour."),
		article(t, "Outlet B", filler+"Norland admitted that its gunners had sunk the trawler near the Vik harbour."),
	}, set)
	for _, cl := range c.Acts {
		if (cl.Act == corpus.ActDeny || cl.Act == corpus.ActAdmit) && len(cl.Present) != 1 {
			t.Errorf("%s: carried by %d outlets, want 1", cl.Label, len(cl.Present))
		}
	}
}

// TestMentionPartyByIndex checks that finding a name's mentions through
// the article's index of capitalised words gives what searching the text
// gives: a party tag after a mention where the person does not speak, a
// possessive or a comma after the name, and no mention inside a word.
func TestMentionPartyByIndex(t *testing.T) {
	g := gazetteer.Default()
	for _, tc := range []struct{ txt, name, want string }{
		{"Rep. Jane Roe, D-Nev., toured the site. Later Roe spoke.", "Jane Roe", "Democratic Party"},
		{"Rep. Roe, D-Nev., toured the site.", "Roe", "Democratic Party"},
		{"McRoe, D-Nev., toured the site.", "Roe", ""},
		{"Sen. Ann Lee (R-Ohio) toured the site.", "Ann Lee", "Republican Party"},
		{"No one of that name toured the site.", "Ann Lee", ""},
	} {
		got, _ := mentionParty(g, tc.txt, tc.name, newNameIndex(tc.txt))
		plain, _ := mentionParty(g, tc.txt, tc.name, nil)
		if got != tc.want || plain != tc.want {
			t.Errorf("mentionParty(%q, %q) = %q by the index, %q by search; want %q", tc.txt, tc.name, got, plain, tc.want)
		}
	}
}

// TestKindNounIsTheBodyOfTheSentenceBefore checks that a speaker named by
// a definite kind noun ("The channel blamed ...") is the body of its kind
// group the sentence before describes with an indefinite article and its
// owner ("A TV news outlet run by Hamas", "a Hamas-run station"), and
// speaks for the owner's side; a sentence before with no owner, a body of
// another kind, or two owned bodies leaves the speaker as written.
func TestKindNounIsTheBodyOfTheSentenceBefore(t *testing.T) {
	side := "Hamas officials blamed the blast at the market on an Israeli drone."
	tests := []struct {
		name, text string
		want       int // outlets carrying the most carried accusation
	}{
		{"an outlet run by its owner", "A TV news outlet run by Hamas showed live footage of the market. The channel blamed the blast at the market on an Israeli drone.", 2},
		{"an owner compound", "Crowds filled the street, and a Hamas-run station showed the market. The channel blamed the blast at the market on an Israeli drone.", 2},
		{"no owner", "A TV news outlet showed live footage of the market. The channel blamed the blast at the market on an Israeli drone.", 1},
		{"another kind of body", "A militia run by Hamas guarded the market. The channel blamed the blast at the market on an Israeli drone.", 1},
		{"a backer is no owner", "A TV news outlet funded by Hamas showed live footage of the market. The channel blamed the blast at the market on an Israeli drone.", 1},
		{"a backer compound is no owner", "Crowds filled the street, and a Hamas-backed station showed the market. The channel blamed the blast at the market on an Israeli drone.", 1},
		{"two owned bodies", "A station run by Hamas and a channel run by Fatah showed the market. The channel blamed the blast at the market on an Israeli drone.", 1},
	}
	for _, tt := range tests {
		if most, acts := mostCarriedAccusation(t, []string{side, tt.text}); most != tt.want {
			t.Errorf("%s: the most carried accusation is carried by %d outlets, want %d: %+v", tt.name, most, tt.want, acts)
		}
	}
}

// TestDefiniteRoleIsTheOneIntroduced checks that a speaker named by a
// definite role ("the official", "the security official") speaks for
// the side of the nearest earlier speaker its article introduces with an
// indefinite phrase of that role and its modifiers; one of another role
// or other modifiers, or none, leaves it with no side.
func TestDefiniteRoleIsTheOneIntroduced(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"the official", `"The talks failed," a Norwegian official said. The official said the border would stay shut.`, "Norway"},
		{"modifiers kept", `"The talks failed," a Norwegian security official said. A Swedish official disagreed. "We wait," the security official said.`, "Norway"},
		{"the nearest decides", `"The talks failed," a Norwegian official said. A Swedish official said the border was open. The official said he was hopeful.`, "Sweden"},
		{"another role", `"The talks failed," a Norwegian official said. The spokesman said the border would stay shut.`, ""},
		{"no introduction", `The ferry left at noon. The official said the border would stay shut.`, ""},
		{"an unnamed side first", `"The talks failed," a senior official said. The official said the border would stay shut.`, ""},
		{"a plural", `Norwegian intelligence officials said the talks failed. Swedish officials disagreed. The intelligence officials said the border would stay shut.`, "Norway"},
		{"the nearest plural", `Norwegian officials said the talks failed. Swedish officials said the border was open. The officials said they were hopeful.`, "Sweden"},
	}
	for _, tt := range tests {
		c := compareOutlets([]string{filler + tt.text}, defaultSet(t))
		got, found := "", false
		for _, q := range c.Articles[0].Quotations {
			if strings.HasPrefix(q.Speaker, "The ") || strings.HasPrefix(q.Speaker, "the ") {
				got, found = q.Affiliation, true
			}
		}
		if !found {
			t.Errorf("%s: no quotation by a definite role: %+v", tt.name, c.Articles[0].Quotations)
		} else if got != tt.want {
			t.Errorf("%s: the definite role speaks for %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestKindredActInOneSentence checks that an act elaborated by a kindred
// act in a participle of the same sentence ("denounced the harbour
// master, accusing him of hiding the audit") has its matter reported by
// the outlets that carry only the other act, and that its difference is
// left to the other act when that act is carried wherever it is and
// elsewhere too.
func TestKindredActInOneSentence(t *testing.T) {
	c := Compare([]*corpus.Article{
		article(t, "Outlet A", filler+"Mayor Jane Roe denounced the harbour master on television, accusing him of hiding the audit."),
		article(t, "Outlet B", filler+"Mayor Jane Roe accused the port chief of hiding the audit."),
	}, defaultSet(t))
	var cl *ActCluster
	for i := range c.Acts {
		if c.Acts[i].Act == corpus.ActCondemn {
			cl = &c.Acts[i]
		}
	}
	if cl == nil {
		t.Fatalf("no condemnation among %+v", c.Acts)
	}
	if got := cl.Status["Outlet B"].Status; got != StatusReworded {
		t.Errorf("Outlet B's status %q, want %q", got, StatusReworded)
	}
	if d := find(c, KindAct, "act:"+cl.Key); d != nil {
		t.Errorf("the condemnation has its own difference: %s", d.Summary)
	}
}

// TestKindredActsOneDifference checks that an accusation and a
// condemnation one side makes on one matter, each carried by the outlets
// of the other, give one difference rather than two that say the same
// outlet leaves it out; the two acts on two matters keep one each.
func TestKindredActsOneDifference(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       int // act differences of the mayor's
	}{
		{"one matter",
			"Mayor Jane Roe accused the council of hiding the harbour audit from the ferry workers.",
			"Mayor Jane Roe condemned the council for hiding the harbour audit from the ferry workers.", 1},
		{"two matters",
			"Mayor Jane Roe accused the council of hiding the harbour audit from the ferry workers.",
			"Mayor Jane Roe condemned the council for raising the bridge tolls in winter.", 2},
	}
	for _, tt := range tests {
		c := Compare([]*corpus.Article{
			article(t, "Outlet A", filler+tt.a),
			article(t, "Outlet B", filler+tt.b),
			article(t, "Outlet C", filler+"The weather in the capital was mild on Monday."),
		}, defaultSet(t))
		n := 0
		var got []string
		for _, d := range c.Differences {
			if d.Kind == KindAct && strings.Contains(d.Summary, "Jane Roe") {
				n++
				got = append(got, d.Summary)
			}
		}
		if n != tt.want {
			t.Errorf("%s: %d act differences, want %d: %q", tt.name, n, tt.want, got)
		}
	}
}

// TestKindredActsOnTheStorysMatter checks that a side's demand and its
// condemnation on the matter the story is about, each carried by one
// outlet, are the side reported with another verb in the other outlet,
// though the matter's word is too common in the story to be rare: each
// act keeps returning to it. A sentence that opens with the word
// capitalizes it, and makes it no name. A demand on another matter stays absent there.
func TestKindredActsOnTheStorysMatter(t *testing.T) {
	topic := " The ferry tolls rose twice last year. Drivers queued at the toll booths on Monday. The tolls fund the harbour repairs. Critics of the tolls marched in the square."
	tests := []struct {
		name, a, b string
		want       string
	}{
		{"one matter",
			"Harbour board demands a halt to ferry tolls\n\nThe harbour board demanded a halt to all ferry tolls. \"Tolls on the ferry must end by June,\" the harbour board demanded.",
			"Harbour Board Condemns Ferry Tolls\n\nThe harbour board condemned the council's ferry tolls. It condemned the tolls again in a letter to the mayor.",
			StatusReworded},
		{"another matter",
			"Harbour board demands a halt to ferry tolls\n\nThe harbour board demanded a halt to all ferry tolls. \"Tolls on the ferry must end by June,\" the harbour board demanded.",
			"Harbour Board Condemns Pier Closures\n\nThe harbour board condemned the council's closures of the old pier. It condemned the closures again in a letter to the mayor.",
			StatusAbsent},
	}
	for _, tt := range tests {
		c := Compare([]*corpus.Article{
			article(t, "Outlet A", tt.a+topic),
			article(t, "Outlet B", tt.b+topic),
		}, defaultSet(t))
		var cl *ActCluster
		for i := range c.Acts {
			if c.Acts[i].Act == corpus.ActDemand {
				cl = &c.Acts[i]
			}
		}
		if cl == nil {
			t.Errorf("%s: no demand among %+v", tt.name, c.Acts)
			continue
		}
		if got := cl.Status["Outlet B"].Status; got != tt.want {
			t.Errorf("%s: Outlet B's status %q, want %q (acts %+v)", tt.name, got, tt.want, c.Acts)
		}
	}
}

// TestCoordinatedSidesActEach checks that an act by capitals joined with
// "and" ("which Washington and Riyadh blame on Tehran") is each side's
// act, carried alongside another outlet's act by one of them, and that a
// joined pair of which no name is sure gives no side.
func TestCoordinatedSidesActEach(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  int
	}{
		{"a sure and an ambiguous capital", []string{
			"Officials met on Monday after a fire at the northern fuel depot which Washington and Riyadh blame on Tehran.",
			"Saudi Arabia accused Iran of setting the fire at the northern fuel depot.",
		}, 2},
		{"the ambiguous capital's side", []string{
			"Officials met on Monday after a fire at the northern fuel depot which Washington and Riyadh blame on Tehran.",
			"The United States accused Iran of setting the fire at the northern fuel depot.",
		}, 2},
		{"one side alone", []string{
			"Officials met on Monday after a fire at the northern fuel depot which Riyadh blames on Tehran.",
			"Saudi Arabia accused Iran of setting the fire at the northern fuel depot.",
		}, 2},
		{"another side", []string{
			"Officials met on Monday after a fire at the northern fuel depot which Washington and Riyadh blame on Tehran.",
			"France accused Iran of setting the fire at the northern fuel depot.",
		}, 1},
	}
	for _, tt := range tests {
		if most, acts := mostCarried(t, corpus.ActAccuse, tt.texts); most != tt.want {
			t.Errorf("%s: one accusation is carried by %d outlets, want %d: %+v", tt.name, most, tt.want, acts)
		}
	}
}

// TestContentWordsSkipPrepositions checks that the prepositions a
// stopword list of articles and pronouns lacked ("including", "amid")
// are no words of what an act is about: a matter "three, american,
// doctors, including" found any sentence listing three Americans.
func TestContentWordsSkipPrepositions(t *testing.T) {
	az := text.NewAnalyzer("english")
	for _, s := range []string{"three doctors, including a father, were killed amid the fighting", "toward the border, despite the curfew, across the river"} {
		for _, cw := range contentWords(az, s) {
			switch cw.word {
			case "including", "amid", "toward", "despite", "across":
				t.Errorf("contentWords(%q) holds the preposition %q", s, cw.word)
			}
		}
	}
}
