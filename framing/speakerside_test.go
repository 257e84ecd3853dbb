package framing

import (
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// speakerSides compares txt as one outlet's article beside a filler
// article and returns the affiliation of each quotation whose speaker is
// speaker, in order.
func speakerSides(t *testing.T, txt, speaker string) []string {
	t.Helper()
	a := corpus.FromParagraphs(corpus.Meta{ID: "a", Outlet: "Outlet A"}, strings.Split(filler+txt, "\n")) // a line a paragraph
	c := Compare([]*corpus.Article{a, clean("Outlet B", filler)}, defaultSet(t))
	var out []string
	for _, q := range c.Articles[0].Quotations {
		if q.Speaker == speaker {
			out = append(out, q.Affiliation)
		}
	}
	return out
}

// TestCoordinatedOfficeBeforeEnvoy: a surname takes the side of an office
// held now that "and" joins to a former envoy's title and its host
// ("Norwegian government minister and former ambassador to the U.S. Erik
// Dahl"); a person's name before "and" is no office.
func TestCoordinatedOfficeBeforeEnvoy(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Norwegian government minister and former ambassador to the U.S. Erik Dahl called it a \"sad night.\"\nBriefing reporters late Friday, Dahl said it was a troubling event for the region.", "Norway"},
		{"Chilean cabinet minister and former envoy to the United Nations Pablo Fuentes spoke on Friday.\nBriefing reporters late Friday, Fuentes said it was a troubling event for the region.", "Chile"},
		{"Ann Berg and former ambassador to the U.S. Erik Dahl met on Friday.\nBriefing reporters late Friday, Dahl said it was a troubling event for the region.", ""},
	}
	for _, tt := range tests {
		speaker := "Dahl"
		if tt.want == "Chile" {
			speaker = "Fuentes"
		}
		got := speakerSides(t, tt.text, speaker)
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("%q: %s speaks for %q, want [%q]", tt.text, speaker, got, tt.want)
		}
	}
}

// TestStatementOfEarlierSpeaker: "the statement said" after a speaker
// "said in a statement" is that speaker's, and so is a later "the
// statement added"; a statement last named as another's ("a statement
// from the opposition") or a joint one is not.
func TestStatementOfEarlierSpeaker(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"\"Chile rejects this vote,\" Chilean President Pablo Fuentes said in a statement released by his office.\n\"The council has failed its own charter,\" the statement said.\nThe vote passed with eleven members in favor.\n\"Chile will work with its friends,\" the statement added.", []string{"Chile", "Chile"}},
		{"\"Chile rejects this vote,\" Chilean President Pablo Fuentes said on Friday.\nThe opposition issued a rival text soon after, a statement from the union bloc.\n\"The council has failed its own charter,\" the statement said.\nThe vote passed with eleven members in favor.", []string{""}},
		{"\"Chile rejects this vote,\" Chilean President Pablo Fuentes said in a joint statement with the union bloc.\n\"The council has failed its own charter,\" the statement said.\nThe vote passed with eleven members in favor.", []string{""}},
	}
	for _, tt := range tests {
		got := speakerSides(t, tt.text, "the statement")
		if len(got) != len(tt.want) {
			t.Errorf("%q: the statement speaks for %q, want %q", tt.text, got, tt.want)
			continue
		}
		for k := range got {
			if got[k] != tt.want[k] {
				t.Errorf("%q: the statement speaks for %q, want %q", tt.text, got, tt.want)
				break
			}
		}
	}
}

// TestCivilBodyIsNoGovernment: a body a country's demonym names that the
// text calls a civil body (", a human rights group,", "a Jordanian aid
// group") speaks for no state and is in no government's voice group; the
// state's own ministry stays there.
func TestCivilBodyIsNoGovernment(t *testing.T) {
	tests := []speakerSideCase{
		{"The Jordanian Forum for Civic Liberties, a human rights group, said the arrests were unlawful.", "The Jordanian Forum for Civic Liberties", "", ""},
		{"A Jordanian aid group said the camps had run out of water.", "A Jordanian aid group", "", ""},
		{"The Jordanian Foreign Ministry said the arrests were lawful.", "The Jordanian Foreign Ministry", "Jordan", "arab-gov"},
		{"The Jordanian Forum for Civic Liberties, a government body, said the arrests were lawful.", "The Jordanian Forum for Civic Liberties", "Jordan", "arab-gov"},
		// A body the gazetteer knows keeps its group beside the civil groups.
		{"The U.N. and Amman human rights groups said most of those killed were civilians.", "The U.N. and Amman human rights groups", "", "intl-org"},
	}
	checkSpeakerSides(t, tests)
}

// TestTransliteratedGivenNameTakesSide: a full name one outlet spells with
// a given name one letter apart ("Adli" for "Adly") is the person another
// outlet names with his country; another given name is someone else.
func TestTransliteratedGivenNameTakesSide(t *testing.T) {
	tests := []struct{ other, speaker, want string }{
		{"Interim President Adli Fuentes told the governors that their goal is to improve services.", "Interim President Adli Fuentes", "Chile"},
		{"Interim President Aldo Fuentes told the governors that their goal is to improve services.", "Interim President Aldo Fuentes", ""},
		// One letter apart, but another name: a relative, not the president.
		{"Adla Fuentes told reporters that the curfew would hurt her shop.", "Adla Fuentes", ""},
	}
	for _, tt := range tests {
		checkSideInSecondOutlet(t, "Chilean Interim President Adly Fuentes imposed a curfew on the capital. The opposition protested on Monday.", tt.other, tt.speaker, tt.want)
	}
}

// checkSideInSecondOutlet compares two outlets' articles and checks that
// every quotation by speaker in the second speaks for want.
func checkSideInSecondOutlet(t *testing.T, first, other, speaker, want string) {
	t.Helper()
	a := clean("Outlet A", filler+first)
	b := clean("Outlet B", filler+other)
	c := Compare([]*corpus.Article{a, b}, defaultSet(t))
	found := false
	for _, q := range c.Articles[1].Quotations {
		if q.Speaker == speaker {
			found = true
			if q.Affiliation != want {
				t.Errorf("%q: %s speaks for %q (%s), want %q", other, q.Speaker, q.Affiliation, q.AffiliationVia, want)
			}
		}
	}
	if !found {
		t.Errorf("%q: no quotation by %q: %+v", other, speaker, c.Articles[1].Quotations)
	}
}

// TestTransliteratedSurnameTakesSide: a surname one outlet spells with a
// letter doubled, dropped or a vowel changed ("el-Sissi" for "al-Sisi")
// is the person another outlet names with his country, bare or in full;
// a surname that differs otherwise, or one the story gives two people in
// the other spelling, takes no side from it.
func TestTransliteratedSurnameTakesSide(t *testing.T) {
	tests := []struct{ first, other, speaker, want string }{
		{"Chilean President Ramon al-Fusi imposed a curfew on the capital.", "The ports closed as President Ramon el-Fussi spoke.\n\"The curfew will hold,\" said el-Fussi, who also closed the ports.", "el-Fussi", "Chile"},
		// Given names unlike, or none for this spelling: another person,
		// or no telling.
		{"Chilean Minister Gary Cohn imposed a curfew on the capital.", "The ports closed as lawyer Michael Cohen spoke.\n\"The curfew will hold,\" said Cohen, who also closed the ports.", "Cohen", ""},
		{"Chilean Minister Gary Cohn imposed a curfew on the capital.", "Michael Cohen, a lawyer, said the curfew would hold.", "Michael Cohen", ""},
		{"Chilean President Ramon al-Fusi imposed a curfew on the capital.", "\"The curfew will hold,\" said el-Fussi, who also closed the ports.", "el-Fussi", ""},
		{"Chilean President Ramon al-Fusi imposed a curfew on the capital.", "President Ramon el-Fussi told the governors that their goal is to improve services.", "President Ramon el-Fussi", "Chile"},
		{"Chilean President Ramon al-Fusi imposed a curfew on the capital.", "\"The curfew will hold,\" said Fusco, who also closed the ports.", "Fusco", ""},
		// Two people of the other spelling: either may be meant.
		{"Chilean President Ramon al-Fusi imposed a curfew. Peruvian Minister Ana Fusi objected.", "The ports closed as President Ramon el-Fussi spoke.\n\"The curfew will hold,\" said el-Fussi, who also closed the ports.", "el-Fussi", ""},
		// This spelling given a side of its own keeps it.
		{"Chilean President Ramon al-Fusi imposed a curfew on the capital.", "The ports closed as Peruvian President Ramon el-Fussi spoke.\n\"The curfew will hold,\" said el-Fussi, who also closed the ports.", "el-Fussi", "Peru"},
	}
	for _, tt := range tests {
		checkSideInSecondOutlet(t, tt.first+" The opposition protested on Monday.", tt.other, tt.speaker, tt.want)
	}
}

// TestGovernmentSpokesmanTakesStateSide: a person described as "a
// government spokesman" speaks for the state the text around names, as
// "the government said" does; a spokesman of a named body, or a "former"
// one, is not read so.
func TestGovernmentSpokesmanTakesStateSide(t *testing.T) {
	tests := []struct{ text, speaker, want string }{
		{"Protesters gathered in Lima on Sunday.\nPeru faces a new crisis. Ana Roe, a government spokesman, insisted the police had not fired.", "Ana Roe", "Peru"},
		// The sentence names none: the country the article names most.
		{"Peru held talks in Lima. Peru faces a crisis in Peru.\nAna Roe, a government spokesman, insisted the police had not fired.\n\"We did not lie,\" Roe said.", "Roe", "Peru"},
		{"Peru faces a new crisis. Ana Roe, a former government spokesman, insisted the police had not fired.", "Ana Roe", ""},
		{"Peru faces a new crisis. Ana Roe, a company spokesman, insisted the police had not fired.", "Ana Roe", ""},
	}
	for _, tt := range tests {
		got := speakerSides(t, tt.text, tt.speaker)
		if len(got) == 0 || got[0] != tt.want {
			t.Errorf("%q: %s speaks for %q, want %q", tt.text, tt.speaker, got, tt.want)
		}
	}
}

// TestStateAgentTakesSentenceSide: a spokesman of a state's arm named
// with no owner ("military spokesman Col. Mario Fonsi") speaks for the one
// country his sentence names as an actor before him, and a later bare
// surname with him; a country after a preposition, an owner named, or a
// former spokesman gives none.
func TestStateAgentTakesSentenceSide(t *testing.T) {
	tests := []struct{ first, want string }{
		{"On Wednesday, the Peruvians displayed drones that military spokesman Col. Mario Fonsi identified as Chilean weapons.", "Peru"},
		{"Peru displayed drones on Wednesday, and army spokesman Mario Fonsi called them Chilean weapons.", "Peru"},
		// Words set apart by no-break spaces are words all the same.
		{"Peru displayed drones on Wednesday, and army\u00a0spokesman\u00a0Mario Fonsi called them Chilean weapons.", "Peru"},
		{"Drones flown to Peru were shown, and military spokesman Col. Mario Fonsi called them weapons.", ""},
		{"On Wednesday, the Peruvians displayed drones that rebel military spokesman Mario Fonsi called fakes.", ""},
		{"On Wednesday, the Peruvians displayed drones that former military spokesman Mario Fonsi called fakes.", ""},
	}
	for _, tt := range tests {
		got := speakerSides(t, tt.first+"\n\"Eighteen drones were launched,\" Fonsi said.", "Fonsi")
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("%q: Fonsi speaks for %q, want [%q]", tt.first, got, tt.want)
		}
	}
}

// TestPlaceNameTailSpeaksForNoOne: a speaker phrase that is only the end
// of a place written "City, Region" ("in Lima, Peru") speaks for no one,
// so "the statement" after it takes no side from it; a country that opens
// its clause ("On Monday, Peru said") still speaks.
func TestPlaceNameTailSpeaksForNoOne(t *testing.T) {
	tests := []struct{ text, speaker, want string }{
		{"The Embassy of Chile in Lima, Peru said in a statement that Chile strongly condemned the attack.\n\"No one was hurt,\" the statement said.\nThe vote was held later.", "Peru", ""},
		{"The Embassy of Chile in Lima, Peru said in a statement that Chile strongly condemned the attack.\n\"No one was hurt,\" the statement said.\nThe vote was held later.", "the statement", ""},
		{"On Monday, Peru said in a statement that it strongly condemned the attack.\n\"No one was hurt,\" the statement said.\nThe vote was held later.", "the statement", "Peru"},
		// A setting that opens the sentence or a clause: the country speaks.
		{"In March, Peru said the talks had failed.", "Peru", "Peru"},
		{"In Lima, Peru said the talks had failed.", "Peru", "Peru"},
		{"Speaking in Quito, Peru said the talks had failed.", "Peru", "Peru"},
		{"The talks ended, and in Quito, Peru said they had failed.", "Peru", "Peru"},
	}
	for _, tt := range tests {
		got := speakerSides(t, tt.text, tt.speaker)
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("%q: %s speaks for %q, want [%q]", tt.text, tt.speaker, got, tt.want)
		}
	}
	// The place's country is in a voice group of the default rules: the
	// place names no voice of that group either.
	// Nor does it take the group another outlet's "Saudi Arabia said"
	// gives the country.
	txt := "Envoy Tom Hale, speaking from Jeddah, Saudi Arabia, on Monday, added that the talks would go on."
	c := compareOutlets([]string{filler + txt, filler + "Saudi Arabia said the talks would go on."}, defaultSet(t))
	for _, q := range c.Articles[0].Quotations {
		if q.Speaker == "Saudi Arabia" && (q.Affiliation != "" || q.Group != "") {
			t.Errorf("%q: %s speaks for %q in group %q, want no side and no group", txt, q.Speaker, q.Affiliation, q.Group)
		}
	}
}

// TestGivenNameAlike checks which given names are one name in two
// spellings: vowels and doubled letters that transliteration changes, not
// a consonant or a final vowel that makes another name.
func TestGivenNameAlike(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"adly", "adli", true},
		{"nouri", "nuri", true},
		{"mohamed", "mohammed", true},
		{"hossein", "hosein", true},
		{"mevlut", "mevut", true}, // a letter dropped inside: a slip
		{"mark", "mary", false},
		{"john", "joan", false},
		{"dana", "dane", false},
		{"amir", "amin", false},
		{"ali", "aly", false}, // too short to tell
		{"erik", "erika", false},
	} {
		if got := givenNameAlike(tc.a, tc.b); got != tc.want {
			t.Errorf("givenNameAlike(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestNationalMediaIsNoGovernment: a country's media named by their kind
// ("Jordanian television", "the Jordanian press") report, and speak for
// no state; the state's own broadcaster ("Jordanian state television")
// and its ministry stay with the state.
func TestNationalMediaIsNoGovernment(t *testing.T) {
	tests := []speakerSideCase{
		{"Jordanian television later reported that the border crossing had reopened.", "Jordanian television", "", ""},
		{"The Jordanian press reported that the border crossing had reopened.", "The Jordanian press", "", ""},
		{"A Jordanian news agency reported that the border crossing had reopened.", "A Jordanian news agency", "", ""},
		{"Jordanian state television reported that the border crossing had reopened.", "Jordanian state television", "Jordan", "arab-gov"},
		{"The Jordanian Foreign Ministry said the border crossing had reopened.", "The Jordanian Foreign Ministry", "Jordan", "arab-gov"},
	}
	checkSpeakerSides(t, tests)
	for phrase, want := range map[string]bool{
		"the semi-official Jordanian news agency": false, "Jordanian Army Radio": false, "the Jordanian press": true,
		"Jordanian newspapers": true, "a Jordanian intelligence agency": false, "Jordanian officials": false,
	} {
		if got := nationalMedia(strings.Fields(phrase)); got != want {
			t.Errorf("nationalMedia(%q) = %v, want %v", phrase, got, want)
		}
	}
}

// TestPrivateInstitutionIsNoGovernment: a country's hospital, university
// or company speaks for itself, not for the country's state, unless the
// state owns it.
func TestPrivateInstitutionIsNoGovernment(t *testing.T) {
	checkSpeakerSides(t, []speakerSideCase{
		{"Dr. Ann Lutz worked in Amman for ten years, according to the Jordanian hospital with which she was affiliated.", "the Jordanian hospital", "", ""},
		{"A Jordanian university said the border crossing had reopened.", "A Jordanian university", "", ""},
		{"The Jordanian Health Ministry said the border crossing had reopened.", "The Jordanian Health Ministry", "Jordan", "arab-gov"},
	})
	for phrase, want := range map[string]bool{
		"the Jordanian hospital": true, "a Jordanian state-owned company": false, "Jordanian officials": false, "the Jordanian university": true,
		"the Jordanian Defense Ministry website": false, "the U.S. Embassy website": false,
	} {
		if got := privateInstitution(strings.Fields(phrase)); got != want {
			t.Errorf("privateInstitution(%q) = %v, want %v", phrase, got, want)
		}
	}
}

// speakerSideCase is a one-sentence article, a speaker in it and the side
// and actor group that speaker must have.
type speakerSideCase struct{ text, speaker, affiliation, group string }

// checkSpeakerSides compares each case's speaker's affiliation and group
// with the ones wanted.
func checkSpeakerSides(t *testing.T, tests []speakerSideCase) {
	t.Helper()
	for _, tt := range tests {
		c := compareOutlets([]string{filler + tt.text}, defaultSet(t))
		found := false
		for _, q := range c.Articles[0].Quotations {
			if q.Speaker != tt.speaker {
				continue
			}
			found = true
			if q.Affiliation != tt.affiliation || q.Group != tt.group {
				t.Errorf("%q: %s speaks for %q in group %q, want %q in %q", tt.text, q.Speaker, q.Affiliation, q.Group, tt.affiliation, tt.group)
			}
		}
		if !found {
			t.Errorf("%q: no quotation by %q", tt.text, tt.speaker)
		}
	}
}

// TestIntergovernmentalBodiesAreInternational: the bodies states form
// together (the Arab League, the African Union, the chemical weapons
// watchdog) speak as international organisations, not as a side of
// their own.
func TestIntergovernmentalBodiesAreInternational(t *testing.T) {
	checkSpeakerSides(t, []speakerSideCase{
		{"The Arab League issued a statement saying it holds the regime responsible for the attack.", "The Arab League", "Arab League", "intl-org"},
		{"The African Union said it had suspended the country from all its activities.", "The African Union", "African Union", "intl-org"},
	})
}

// TestOfficeWithoutCountry: a minister or police chief whose title names
// no country speaks for the country the article is set in, not for a
// country the reported words name; the sentence before naming a country
// as its subject settles whose minister speaks after it.
func TestOfficeWithoutCountry(t *testing.T) {
	setting := "A guard opened fire at a hospital in Oslo on Monday. Norway has seen few such attacks; Norwegian police and Norwegian doctors were at the scene, and Norwegian hospitals were put on alert. "
	checkSpeakerSides(t, []speakerSideCase{
		{setting + "Rescue teams worked through the night. Two of the dead Swedes were a father and son, Minister of Health Kari Lund said.", "Minister of Health Kari Lund", "Norway", ""},
		{setting + "Rescue teams worked through the night. The attacker was a member of the hospital's guard, according to District Police Chief Ola Dahl.", "District Police Chief Ola Dahl", "Norway", ""},
		{setting + "Rescue teams worked through the night. The town will mourn the dead, Baptist minister Tom Hale said.", "Baptist minister Tom Hale", "", ""},
		{setting + "Denmark is insisting that any response be agreed in Brussels. Briefing parliament on Tuesday, Foreign Minister Emma Berg said the attack was a crime.", "Foreign Minister Emma Berg", "Denmark", ""},
	})
}

// TestSurnameTakesFullMentionGroup: a bare surname whose full mention
// names a body of a rule file's actor group ("White House spokesman Jay
// Roe") speaks in that group, as the full mention would have.
func TestSurnameTakesFullMentionGroup(t *testing.T) {
	checkSpeakerSides(t, []speakerSideCase{
		{"The briefing was led by White House spokesman Jay Roe on Monday. Roe said the aid would continue for now.", "Roe", "United States", "us-gov"},
	})
}

// TestOfficeCountryStaysInParagraph: the sentence before a minister is
// read for a country only within the minister's paragraph.
func TestOfficeCountryStaysInParagraph(t *testing.T) {
	for _, tc := range []struct {
		paras []string
		want  string
	}{
		{[]string{filler, "Denmark is insisting that any response be agreed in Brussels. Briefing parliament on Tuesday, Foreign Minister Emma Berg said the attack was a crime."}, "Denmark"},
		{[]string{filler, "Denmark is insisting that any response be agreed in Brussels.", "Briefing parliament on Tuesday, Foreign Minister Emma Berg said the attack was a crime."}, ""},
	} {
		a := corpus.FromParagraphs(corpus.Meta{ID: "a", Outlet: "Outlet A"}, tc.paras)
		b := corpus.FromParagraphs(corpus.Meta{ID: "b", Outlet: "Outlet B"}, []string{filler})
		c := Compare([]*corpus.Article{a, b}, defaultSet(t))
		for _, q := range c.Articles[0].Quotations {
			if q.Speaker == "Foreign Minister Emma Berg" && q.Affiliation != tc.want {
				t.Errorf("%q: Emma Berg speaks for %q, want %q", tc.paras, q.Affiliation, tc.want)
			}
		}
	}
}
