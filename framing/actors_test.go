package framing

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/gazetteer"
	"github.com/framediff/framediff/lexicon"
)

// mentionsOf returns the surfaces and labels of an actor's mentions.
func mentionsOf(c *Comparison, name string) (surfaces, labels []string) {
	for _, a := range c.Actors {
		if a.Name == name {
			for _, m := range a.Mentions {
				surfaces = append(surfaces, m.Surface)
				labels = append(labels, m.Label)
			}
		}
	}
	return surfaces, labels
}

// clean builds an article from one paragraph of clean text.
func clean(outlet, text string) *corpus.Article {
	return corpus.FromParagraphs(corpus.Meta{ID: outlet, Outlet: outlet}, []string{text})
}

// TestActorResolution has one fixture per rule that joins or labels
// mentions.
func TestActorResolution(t *testing.T) {
	set := defaultSet(t)
	tests := []struct {
		name, text, actor string
		surfaces, labels  []string
	}{
		{"title, name and surname", "North Korean dictator Kim Jong Un met envoys on Monday. Later, Kim spoke again.", "Kim Jong Un",
			[]string{"North Korean dictator Kim Jong Un", "Kim"}, []string{"dictator", nameLabel}},
		{"the president after President X", "President Donald Trump signed the order on Monday. The decision was criticised, but the president did not change course.", "Donald Trump",
			[]string{"President Donald Trump", "the president"}, []string{"president", "president"}},
		{"a capital is its country", "Officials in Pyongyang rejected the offer. North Korea has said so before.", "North Korea",
			[]string{"Pyongyang", "North Korea"}, []string{"pyongyang", nameLabel}},
		{"a country named by its rulers", "Officials said the regime in Tehran refused, and the government of Iran agreed later.", "Iran",
			[]string{"the regime in Tehran", "the government of Iran"}, []string{"regime", "government"}},
		{"a person named by the government he heads", "Officials said the Obama administration denied it. Later, Barack Obama spoke.", "Barack Obama",
			[]string{"the Obama administration", "Barack Obama"}, []string{"administration", nameLabel}},
		{"the month of May is no person", "Prime Minister Theresa May spoke. Talks end in May, and May said so on May 1.", "Theresa May",
			[]string{"Prime Minister Theresa May", "May"}, []string{"minister", nameLabel}},
		{"a surname led by a particle", "Syrian President Bashar al-Assad spoke on Monday. Later, Assad left, and the Assad regime denied it.", "Bashar al-Assad",
			[]string{"Syrian President Bashar al-Assad", "Assad", "the Assad regime"}, []string{"president", nameLabel, "regime"}},
		{"a surname with and without its particle", "Bashar al-Assad spoke on Monday. Later, Bashar Assad left.", "Bashar al-Assad",
			[]string{"Bashar al-Assad", "Bashar Assad"}, []string{nameLabel, nameLabel}},
		{"a name opened by a particle", "Abu Bakr al-Baghdadi was seen on Monday.", "Abu Bakr al-Baghdadi",
			[]string{"Abu Bakr al-Baghdadi"}, []string{nameLabel}},
		{"a bare surname is the person named far more often than the others holding it",
			"Secretary of State Hillary Rodham Clinton arrived on Monday. Hillary Clinton met officials. Later, Hillary Rodham Clinton spoke. Clinton left on Tuesday, as SecState Clinton wrote.",
			"Hillary Rodham Clinton",
			[]string{"Secretary of State Hillary Rodham Clinton", "Hillary Clinton", "Hillary Rodham Clinton", "Clinton"}, []string{"secretary", nameLabel, nameLabel, nameLabel}},
		{"two vowel changes make another name", "Hassan Dara spoke on Monday. Later, Hussein Dara left.", "Hassan Dara",
			[]string{"Hassan Dara"}, []string{nameLabel}},
		{"a bare surname two persons hold alike stays apart", "Donald Trump spoke on Monday. Melania Trump smiled. Trump left.", "Donald Trump",
			[]string{"Donald Trump"}, []string{nameLabel}},
		{"a hyphenated title and a hyphenated given name", "U.N. Secretary-General Ban Ki-moon arrived. The U.N. chief Ban Ki-moon spoke, and U.N. secretary-general Ban Ki-moon left.", "Ban Ki-moon",
			[]string{"U.N. Secretary-General Ban Ki-moon", "U.N. chief Ban Ki-moon", "U.N. secretary-general Ban Ki-moon"}, []string{"secretary-general", "chief", "secretary-general"}},
		{"a title ending in general is the pair", "Secretary General Ban Ki-moon arrived, and Attorney General Jeff Sessions spoke.", "Ban Ki-moon",
			[]string{"Secretary General Ban Ki-moon"}, []string{"secretary-general"}},
		{"a general who chairs", "Joint Chiefs Chairman Gen. Joseph Dunford spoke, and Lt. Gen. H.R. McMaster listened.", "Joseph Dunford",
			[]string{"Joint Chiefs Chairman Gen. Joseph Dunford"}, []string{"general"}},
		{"an abbreviated rank before general", "Lt. Gen. Mark Pell spoke on Monday. Later, Pell left.", "Mark Pell",
			[]string{"Lt. Gen. Mark Pell", "Pell"}, []string{"lieutenant-general", nameLabel}},
		{"a modifier joined to a name is no part of it", "Senator Tom Cole praised the Obama-era rules. Later, Cole left.", "Tom Cole",
			[]string{"Senator Tom Cole", "Cole"}, []string{"senator", nameLabel}},
		{"a chief executive and a hyphenated rank", "GlobalPost CEO Philip Balboni spoke on Monday.", "Philip Balboni",
			[]string{"GlobalPost CEO Philip Balboni"}, []string{"ceo"}},
		{"a hyphenated rank", "Brig-Gen Amir Ali Hajizadeh spoke on Monday. Later, Hajizadeh left.", "Amir Ali Hajizadeh",
			[]string{"Brig-Gen Amir Ali Hajizadeh", "Hajizadeh"}, []string{"brigadier-general", nameLabel}},
		{"an abbreviated title is spelt out", "Sen. Tom Cole spoke on Monday. Later, Cole left.", "Tom Cole",
			[]string{"Sen. Tom Cole", "Cole"}, []string{"senator", nameLabel}},
		{"an institution named with of a country is whole", "The Royal Bank of Canada raised rates on Monday.", "Royal Bank of Canada",
			[]string{"Royal Bank of Canada"}, []string{"royal bank of canada"}},
		{"honorifics are no labels", "Mr. Comey testified on Monday. Later, Comey spoke to reporters.", "Comey",
			[]string{"Mr. Comey", "Comey"}, []string{nameLabel, nameLabel}},
		{"hyphenated name and nickname", "Iranian Defense Minister Mohammad-Reza Ashtiani spoke. General Michael \"Erik\" Kurilla replied.", "Mohammad-Reza Ashtiani",
			[]string{"Iranian Defense Minister Mohammad-Reza Ashtiani"}, []string{"minister"}},
		{"a title's complement", "Secretary of State Hillary Rodham Clinton arrived on Monday.", "Hillary Rodham Clinton",
			[]string{"Secretary of State Hillary Rodham Clinton"}, []string{"secretary"}},
		{"people sharing a surname are two", "US Ambassador Woody Johnson spoke. Foreign Secretary Boris Johnson replied. Then, Boris Johnson left.", "Woody Johnson",
			[]string{"US Ambassador Woody Johnson"}, []string{"ambassador"}},
		{"one name holding the other's words is one person", "Donald J. Trump spoke on Monday. Then, Donald Trump left, and Melania Trump smiled.", "Donald J. Trump",
			[]string{"Donald J. Trump", "Donald Trump"}, []string{nameLabel, nameLabel}},
		{"a sentence's first word written lower case elsewhere is no name", "Later Boris Johnson left. He came back later.", "Boris Johnson",
			[]string{"Boris Johnson"}, []string{nameLabel}},
		{"a party's state tag is no actor", "Chairman Bob Goodlatte, R-Va., and Nancy Pelosi, D-Calif., spoke.", "Va", nil, nil},
		{"a shouted phrase is no name", "He wrote that there was NO COLLUSION and NO OBSTRUCTION on Monday.", "NO OBSTRUCTION", nil, nil},
		{"the outlet naming itself is no actor", "Jane Alvarez told Outlet A on Monday that the bridge was closed.", "Outlet A", nil, nil},
		{"a demonym before a noun names part of its country", "Officials said Russian officials met on Monday. Later the French president spoke.", "Russia",
			[]string{"Russian officials"}, []string{"officials"}},
		{"a full name then of a state or firm", "Senator Amy Kolb of Minnesota spoke on Monday. Later, Amy Kolb left, and Jane Roe of Acme Widgets smiled.", "Amy Kolb",
			[]string{"Senator Amy Kolb", "Amy Kolb"}, []string{"senator", nameLabel}},
		{"an office and its complement name no one", "Officials said the Democratic governor of Michigan spoke on Monday, and the Democratic governor of Michigan left.", "of Michigan", nil, nil},
		{"a vice president is no president", "President Tom Vale spoke on Monday, and Vice President Ann Roth listened. Later, the president left, and the vice president stayed.", "Tom Vale",
			[]string{"President Tom Vale", "the president"}, []string{"president", "president"}},
		{"the vice president is the one holding that office", "President Tom Vale spoke on Monday, and Vice President Ann Roth listened. Later, the vice president stayed.", "Ann Roth",
			[]string{"Vice President Ann Roth", "the vice president"}, []string{"vice-president", "vice-president"}},
		{"a vice president opening a sentence", "Vice President Ann Roth listened on Monday. Later, the vice president left.", "Ann Roth",
			[]string{"Vice President Ann Roth", "the vice president"}, []string{"vice-president", "vice-president"}},
		{"a short given name is the full one", "Senator Charles E. Gort spoke on Monday. Later, Chuck Gort left, and Gort smiled.", "Charles E. Gort",
			[]string{"Senator Charles E. Gort", "Chuck Gort", "Gort"}, []string{"senator", nameLabel, nameLabel}},
		{"an assistant secretary is no secretary", "Secretary of State Ann Roth spoke on Monday. Later, the assistant secretary left.", "Ann Roth",
			[]string{"Secretary of State Ann Roth"}, []string{"secretary"}},
		{"an office's complement of two words", "Director of National Intelligence Ann Roth spoke on Monday. Later, Roth left.", "Ann Roth",
			[]string{"Director of National Intelligence Ann Roth", "Roth"}, []string{"director", nameLabel}},
		{"an office with no name names no one", "Officials said the Secretary of State spoke on Monday, and the Secretary of State left.", "State", nil, nil},
		{"sentence-initial words are no names", "Separately, officials met. Tuesday was quiet. We know little.", "Separately", nil, nil},
		{"a preposition opening a sentence opens no name", "Like Governor Ann Roth, he left. Despite Democrats, it passed. Governor Roth agreed.", "Ann Roth",
			[]string{"Governor Ann Roth", "Governor Roth"}, []string{"governor", "governor"}},
		{"an adverb opening a sentence opens no name", "Earlier Friday the board met. Despite Democrats, it passed.", "Earlier Friday", nil, nil},
		{"a number opening a sentence opens no name", "Several Gondor Officials met. Many Democrats objected.", "Several Gondor Officials", nil, nil},
		{"a title before a country's name names no person", "Later, the chief U.S. diplomat spoke, and Kerry agreed.", "U.S.", nil, nil},
		{"a participle after a demonym's noun is no head", "Jane Roe, a Saudi national working for the press, spoke.", "Saudi Arabia",
			[]string{"Saudi national"}, []string{"national"}},
		{"a plural title before names", "Republican Sens. Tom Cole and Ann Roth spoke on Monday. Later, Cole left.", "Tom Cole",
			[]string{"Republican Sens. Tom Cole", "Cole"}, []string{"senator", nameLabel}},
		{"an editor-in-chief", "Acme Editor-in-Chief Tom Vale spoke on Monday. Later, Vale left, and Acme said so.", "Tom Vale",
			[]string{"Acme Editor-in-Chief Tom Vale", "Vale"}, []string{"editor-in-chief", nameLabel}},
		{"a party's adjective is the party, not a name", "Officials in heavily Democratic Connecticut voted, and Dems left.", "Democratic Party",
			[]string{"Democratic", "Dems"}, []string{"democratic", "dems"}},
		{"a party's adjective opening a longer name is no party", "The Democratic Unionist Party backed the deal, and Taiwan's Democratic Progressive Party won. Democratic norms are eroding, and Democratic institutions are under strain.",
			"Democratic Party", nil, nil},
		{"a party's adjective before a member or a contest is the party", "Democratic leaders met on Monday. The Democratic nominee spoke, and a Republican from Texas replied in the Democratic primary.",
			"Democratic Party", []string{"Democratic leaders", "Democratic nominee", "Democratic"}, []string{"leaders", "nominee", "democratic"}},
		{"a party's adjective before its acts is the party", "The Democratic tax bill passed on Monday. Democratic opposition grew, and the Democratic proposal died. Democratic votes fell.",
			"Democratic Party", []string{"Democratic", "Democratic", "Democratic", "Democratic"}, []string{"democratic", "democratic", "democratic", "democratic"}},
		{"Republican capitalised before any noun is the party", "Republican efforts stalled on Monday. Republican support grew, and the Republican response came. Republican norms held.",
			"Republican Party", []string{"Republican", "Republican", "Republican", "Republican"}, []string{"republican", "republican", "republican", "republican"}},
		{"Republican before an armed force is no party", "Republican troops held the bridge in 1937, and Republican forces left the city. Later, Republican senators objected.",
			"Republican Party", []string{"Republican senators"}, []string{"senators"}},
		{"a party's adjective before a capital is the city's era", "Historians said Republican Rome fell, and Republican Rome was studied.",
			"Republican Party", nil, nil},
		{"a longer name a party's adjective opens is whole", "Taiwan's Democratic Progressive Party won on Monday.", "Democratic Progressive Party",
			[]string{"Democratic Progressive Party"}, []string{"democratic progressive party"}},
		{"a country's name without its article", "Fighting continued in the Democratic Republic of Congo on Monday.", "Democratic Republic of the Congo",
			[]string{"the Democratic Republic of Congo"}, []string{"democratic republic of congo"}},
		{"an owner's possessive ends its name", "Jane Roe told Acme’s Tom Vale on Monday. Later, Vale spoke.", "Tom Vale",
			[]string{"Tom Vale", "Vale"}, []string{nameLabel, nameLabel}},
		{"a person's possessive ends the person's name", "Officials said Jane Roe’s Medicare plan failed. Later, Roe spoke.", "Jane Roe",
			[]string{"Jane Roe", "Roe"}, []string{nameLabel, nameLabel}},
		{"an institution's name holds a possessive before its noun", "Officials said the Special Counsel’s Office disputed it.", "Special Counsel’s Office",
			[]string{"Special Counsel’s Office"}, []string{"special counsel’s office"}},
		{"a headline in title case is no name", "Dozens Of Diplomats Call For Pressure On Gondor. Officials spoke.", "Dozens Of Diplomats Call For Pressure On Gondor", nil, nil},
		{"a name holding a possessive is whole", "The Obamas spent the summer on Martha's Vineyard, officials said. Later, Martha's Vineyard was quiet.", "Martha's Vineyard",
			[]string{"Martha's Vineyard", "Martha's Vineyard"}, []string{nameLabel, nameLabel}},
		{"an owner named alone elsewhere ends at its possessive", "Trump's Cabinet met on Monday, and Trump left. Later, Trump spoke.", "Trump",
			[]string{"Trump", "Trump", "Trump"}, []string{nameLabel, nameLabel, nameLabel}},
		{"a person surnamed Day is no holiday", "Doris Day, the actress, died on Monday, and Memorial Day passed.", "Doris Day",
			[]string{"Doris Day", "the actress"}, []string{nameLabel, "actress"}},
		{"a spokesman surnamed Day is no holiday", "Officials met on Election Day. Kevin Day, a spokesman, said nothing.", "Kevin Day",
			[]string{"Kevin Day", "a spokesman"}, []string{nameLabel, "spokesman"}},
		{"a day's possessive opens no name", "Roe won during Tuesday’s Nevada vote, officials said.", "Tuesday’s Nevada", nil, nil},
		{"a country in initials before a plural is its demonym", "U.S. exports fell, U.K. officials said.", "United States",
			[]string{"U.S. exports"}, []string{"exports"}},
		{"a country in initials after a determiner or before a singular is its name", "The U.S. economy grew, and U.S. production rose.", "United States",
			[]string{"The U.S.", "U.S."}, []string{nameLabel, nameLabel}},
		{"a country in initials before its allies is its name", "Officials courted U.S. allies and U.S. trading partners.", "United States",
			[]string{"U.S.", "U.S."}, []string{nameLabel, nameLabel}},
		{"a country in initials inside a sentence before a plural and a preposition", "Officials met U.S. troops in Iraq.", "United States",
			[]string{"U.S. troops"}, []string{"troops"}},
		{"a country in initials before its verb in -s is its name", "U.S. sends troops to Iraq. Officials said U.S. law states that aid stops.", "United States",
			[]string{"U.S.", "U.S."}, []string{nameLabel, nameLabel}},
		{"a country in initials after a hyphen or a subordinator is its name", "Officials met anti-U.S. militias, as U.S. pushes for talks.", "United States",
			[]string{"U.S.", "U.S."}, []string{nameLabel, nameLabel}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Compare([]*corpus.Article{clean("Outlet A", tt.text)}, set)
			surfaces, labels := mentionsOf(c, tt.actor)
			if !slices.Equal(surfaces, tt.surfaces) || !slices.Equal(labels, tt.labels) {
				var all []string
				for _, a := range c.Actors {
					all = append(all, a.Name)
				}
				t.Errorf("%s: mentions %q labels %q, want %q %q (actors %q)", tt.actor, surfaces, labels, tt.surfaces, tt.labels, all)
			}
		})
	}
}

// TestDescriptionsBoundToActors has one fixture per rule that binds a
// description to a named actor: appositives after and before the name, a
// copula, and definite descriptions resolved by a label the story gives the
// actor in another outlet, or by the capitalised modifiers of its titles.
func TestDescriptionsBoundToActors(t *testing.T) {
	set := defaultSet(t)
	tests := []struct {
		name             string
		texts            []string // one article per outlet
		actor            string
		surfaces, labels []string
	}{
		{"appositive after the name", []string{"London Mayor Sadiq Khan, a self-confessed \"big fan\" of the opposition, spoke on Monday."}, "Sadiq Khan",
			[]string{"London Mayor Sadiq Khan", `a self-confessed "big fan"`}, []string{"mayor", "fan"}},
		{"appositive before the name", []string{"Officials met on Monday, and the deputy attorney general, Rod Rosenstein, did not comply."}, "Rod Rosenstein",
			[]string{"the deputy attorney general", "Rod Rosenstein"}, []string{"general", nameLabel}},
		{"appositive before the name, determined by a possessive", []string{"Officials met on Monday, and Gondor's finance minister, Ann Lee, did not comply."}, "Ann Lee",
			[]string{"Gondor's finance minister", "Ann Lee"}, []string{"minister", nameLabel}},
		{"a possessive before a phrase of no title makes no appositive", []string{"Officials met on Monday, and Gondor's finance chief of staff, Ann Lee, did not comply."}, "Ann Lee",
			[]string{"Ann Lee"}, []string{nameLabel}},
		{"a phrase before another person's appositive name", []string{"President Ann Lee met reporters on Monday. Later, Ann Lee replaced the former president, Sam Cook."}, "Ann Lee",
			[]string{"President Ann Lee", "Ann Lee"}, []string{"president", nameLabel}},
		{"a phrase before a name is that name's appositive", []string{"President Ann Lee met reporters on Monday. Later, Ann Lee replaced the former president, Sam Cook."}, "Sam Cook",
			[]string{"the former president", "Sam Cook"}, []string{"president", nameLabel}},
		{"a title before a parenthetical speech tag is the holder's", []string{"President Ann Lee met reporters on Monday. Later, the president, Mr. Cook said, was tired."}, "Ann Lee",
			[]string{"President Ann Lee", "the president"}, []string{"president", "president"}},
		{"a description before a parenthetical speech tag is no appositive", []string{"Ann Lee met reporters on Monday. Later, the former president, Sam Cook said, was tired."}, "Sam Cook",
			[]string{"Sam Cook"}, []string{nameLabel}},
		{"a title before its holder's surname is one mention", []string{"President Ann Lee met reporters on Monday. The president, Lee, smiled."}, "Ann Lee",
			[]string{"President Ann Lee", "The president", "Lee"}, []string{"president", "president", nameLabel}},
		{"a role noun before a plural is no protagonist", []string{"Jane Alvarez spoke on Monday. Alvarez said arming the rebel forces with rifles was wise, though the rebel groups split. Alvarez left."}, "Jane Alvarez",
			[]string{"Jane Alvarez", "Alvarez", "Alvarez"}, []string{nameLabel, nameLabel, nameLabel}},
		{"a copula", []string{"Jane Alvarez spoke on Monday. Jane Alvarez is a veteran engineer, and she knows bridges."}, "Jane Alvarez",
			[]string{"Jane Alvarez", "Jane Alvarez", "a veteran engineer"}, []string{nameLabel, nameLabel, "engineer"}},
		{"a participle after the noun opens a clause", []string{"Saudi Arabia rejects threats over journalist Jamal Khashoggi, a source quoted by the agency says."}, "Jamal Khashoggi",
			[]string{"journalist Jamal Khashoggi"}, []string{"journalist"}},
		{"a copula in a relative clause", []string{"Jane Alvarez, who is a veteran engineer, spoke on Monday."}, "Jane Alvarez",
			[]string{"Jane Alvarez", "a veteran engineer"}, []string{nameLabel, "engineer"}},
		{"a copula's subject opens its clause", []string{"Jane Alvarez spoke. Some parts of Jane Alvarez is the real risk."}, "Jane Alvarez",
			[]string{"Jane Alvarez", "Jane Alvarez"}, []string{nameLabel, nameLabel}},
		{"a label another outlet gives", []string{"Jane Alvarez, the tycoon, bought a bridge on Monday.", "Jane Alvarez bought a bridge. Later the billionaire tycoon sold it."}, "Jane Alvarez",
			[]string{"Jane Alvarez", "the tycoon", "Jane Alvarez", "the billionaire tycoon"}, []string{nameLabel, "tycoon", nameLabel, "tycoon"}},
		{"a generation suffix is no surname", []string{"Robert S. Vale III spoke on Monday.", "Robert Vale spoke on Monday, and Vale left."}, "Robert S. Vale",
			[]string{"Robert S. Vale III", "Robert Vale", "Vale"}, []string{nameLabel, nameLabel, nameLabel}},
		{"a son named Jr. is not his father", []string{"Donald Trump Jr. met a lawyer in June. Trump Jr. said the meeting was short. President Donald Trump defended his son.",
			"President Donald Trump spoke on Tuesday. Trump Jr. said he had nothing to hide, and Trump said the press was unfair."}, "Donald Trump Jr.",
			[]string{"Donald Trump Jr.", "Trump Jr.", "Trump Jr."}, []string{nameLabel, nameLabel, nameLabel}},
		{"the father is not his son named Jr.", []string{"Donald Trump Jr. met a lawyer in June. Trump Jr. said the meeting was short. President Donald Trump defended his son.",
			"President Donald Trump spoke on Tuesday. Trump Jr. said he had nothing to hide, and Trump said the press was unfair."}, "Donald Trump",
			[]string{"President Donald Trump", "President Donald Trump", "Trump"}, []string{"president", "president", nameLabel}},
		{"a son named Jr. alone in the story is his bare surname", []string{"Robert Vale Jr. spoke on Monday. Later, Vale left, and Vale Jr. smiled."}, "Robert Vale Jr.",
			[]string{"Robert Vale Jr.", "Vale", "Vale Jr."}, []string{nameLabel, nameLabel, nameLabel}},
		{"an owner another article names in full ends at its possessive", []string{"Officials said Trump's Medicare plan was criticised on Monday.", "President Donald Trump spoke on Monday."}, "Donald Trump",
			[]string{"Trump", "President Donald Trump"}, []string{nameLabel, "president"}},
		{"an owner's possessive before a company ends the owner's name", []string{"Musk's Tesla cut prices on Monday.", "Elon Musk spoke on Monday, officials said."}, "Elon Musk",
			[]string{"Musk", "Elon Musk"}, []string{nameLabel, nameLabel}},
		{"a name with and without its accents", []string{"Felipe Calderón spoke on Monday.", "Felipe Calderon spoke on Monday, and Calderon left."}, "Felipe Calderón",
			[]string{"Felipe Calderón", "Felipe Calderon", "Calderon"}, []string{nameLabel, nameLabel, nameLabel}},
		{"the most recent of two holders", []string{"Jane Alvarez, the engineer, met John Smith, the engineer, on Monday. Later the engineer left."}, "John Smith",
			[]string{"John Smith", "the engineer", "the engineer"}, []string{nameLabel, "engineer", "engineer"}},
		{"a title's modifiers", []string{"Former FBI Director James Comey wrote memos. In them, the former FBI chief details his talks."}, "James Comey",
			[]string{"FBI Director James Comey", "the former FBI chief"}, []string{"director", "chief"}},
		{"a country's modifier, not a pronoun, picks the protagonist", []string{"US President Donald Trump spoke on Monday. Trump met Jane Alvarez. Trump left. Later the US leader's summit was set."}, "Donald Trump",
			[]string{"US President Donald Trump", "Trump", "Trump", "the US leader"}, []string{"president", nameLabel, nameLabel, "leader"}},
		{"a country's leader is the one head of government of that country", []string{"Israeli Prime Minister Dan Avner met US President Ann Lee on Monday. Lee left. Lee spoke. Lee thanked the Israeli leader for his help."}, "Dan Avner",
			[]string{"Israeli Prime Minister Dan Avner", "the Israeli leader"}, []string{"minister", "leader"}},
		{"a country's leader is no minister of that country", []string{"Israeli Foreign Minister Dan Avner met US President Ann Lee on Monday. Lee left. Lee spoke. Lee thanked the Israeli leader for his help."}, "Dan Avner",
			[]string{"Israeli Foreign Minister Dan Avner"}, []string{"minister"}},
		{"a country's leader with two heads of government is no one", []string{"Israeli Prime Minister Dan Avner met Israeli President Ruth Gal on Monday. Ann Lee left. Lee thanked the Israeli leader for his help."}, "Dan Avner",
			[]string{"Israeli Prime Minister Dan Avner"}, []string{"minister"}},
		{"a leader with no country is not the protagonist who heads a government", []string{"Egyptian President Omar Adel spoke on Monday. Adel met Ann Lee. Adel left. A deputy of the late leader marched."}, "Omar Adel",
			[]string{"Egyptian President Omar Adel", "Adel", "Adel"}, []string{"president", nameLabel, nameLabel}},
		{"an office in capitals is a description", []string{"Prime Minister Helen May met Ann Lee on Monday. Lee will hold talks with the Prime Minister during her visit."}, "Helen May",
			[]string{"Prime Minister Helen May", "the Prime Minister"}, []string{"minister", "minister"}},
		{"an office in capitals before a name is its appositive", []string{"Helen May met Ann Lee on Monday. Lee had told the Foreign Secretary, Helen May, that she would come."}, "Helen May",
			[]string{"Helen May", "the Foreign Secretary", "Helen May"}, []string{nameLabel, "secretary", nameLabel}},
		{"a surname that is a function word opens a sentence as its verb's subject", []string{"Helen May met Ann Lee on Monday. May has repeatedly come under fire. May God bless her."}, "Helen May",
			[]string{"Helen May", "May"}, []string{nameLabel, nameLabel}},
		{"an appositive after a dash with its owner", []string{"Omar Haddad — the Front's leader since 2011 — issued a call on Monday."}, "Omar Haddad",
			[]string{"Omar Haddad", "the Front's leader"}, []string{nameLabel, "leader"}},
		{"an appositive after two hyphens in a relative clause", []string{"Officials intercepted talks between Omar Haddad -- who is Sami Rahal's successor -- and his aides."}, "Omar Haddad",
			[]string{"Omar Haddad", "Sami Rahal's successor"}, []string{nameLabel, "successor"}},
		{"an appositive with a named owner", []string{"Omar Haddad, Hamas's political chief, spoke on Monday."}, "Omar Haddad",
			[]string{"Omar Haddad", "Hamas's political chief"}, []string{nameLabel, "chief"}},
		{"an appositive title with no determiner", []string{"Nasir Omar, head of the Front, spoke on Monday."}, "Nasir Omar",
			[]string{"Nasir Omar", "head"}, []string{nameLabel, "head"}},
		{"a word after a comma that is no title is no appositive", []string{"Nasir Omar, meanwhile, spoke on Monday. Ann Lee, Omar's rival, left."}, "Nasir Omar",
			[]string{"Nasir Omar", "Omar"}, []string{nameLabel, nameLabel}},
		{"a role before a group noun is the group's, no person's", []string{"Jane Alvarez spoke on Monday. Alvarez, an activist, left. Alvarez met Ann Lee. \"This activist group attacked us,\" Lee said."}, "Jane Alvarez",
			[]string{"Jane Alvarez", "Alvarez", "an activist", "Alvarez"}, []string{nameLabel, nameLabel, "activist", nameLabel}},
		{"an owned plural appositive after a name in a list is no description of it", []string{"He is the custodian of Mecca and Medina, Islam's holiest sites, and of the Nile."}, "Medina",
			nil, nil},
		{"the month opening a sentence is no surname", []string{"Helen May met Ann Lee on Monday. May brought floods to the valley. May has been the wettest month. May said she would return."}, "Helen May",
			[]string{"Helen May", "May"}, []string{nameLabel, nameLabel}},
		{"initials with a possessive are the name", []string{"Egyptian jets bombed ISIS’s weapons caches on Monday. The strikes hit ISIS's camps.", "ISIS fled the town on Monday as the strikes went on."}, "Islamic State",
			[]string{"ISIS’s", "ISIS's", "ISIS"}, []string{nameLabel, nameLabel, nameLabel}},
		{"a country's modifier picks no one else", []string{"Donald Trump spoke on Monday. Trump met London Mayor Sadiq Khan. Trump left. Later the British ambassador spoke."}, "Sadiq Khan",
			[]string{"London Mayor Sadiq Khan"}, []string{"mayor"}},
		{"a role no one holds is the protagonist's", []string{"Donald Trump spoke on Monday. Trump met Jane Alvarez. Trump left. It is the billionaire tycoon's first visit."}, "Donald Trump",
			[]string{"Donald Trump", "Trump", "Trump", "the billionaire tycoon"}, []string{nameLabel, nameLabel, nameLabel, "tycoon"}},
		{"this man is the protagonist, the man is anyone", []string{"Donald Trump spoke on Monday. Trump met Jane Alvarez. Trump left. \"We abhor what this man stands for,\" a protester said. The man next to her nodded."}, "Donald Trump",
			[]string{"Donald Trump", "Trump", "Trump", "this man"}, []string{nameLabel, nameLabel, nameLabel, "man"}},
		{"a party's modifier picks no one by itself", []string{"Republican Whip Tom Vale spoke on Monday. Jane Roe met officials. \"No,\" the Republican senator said."}, "Tom Vale",
			[]string{"Republican Whip Tom Vale"}, []string{"whip"}},
		{"a party named after the name fits its modifier", []string{"Ted Cruz, a Republican from Texas, spoke on Monday. Cruz met Jane Roe. Cruz left. \"No,\" the Republican senator said."}, "Ted Cruz",
			[]string{"Ted Cruz", "Cruz", "Cruz", "the Republican senator"}, []string{nameLabel, nameLabel, nameLabel, "senator"}},
		{"a party's tag fits its modifier", []string{"Rep. Ann Kolb, D-Calif., spoke on Monday. Kolb met Jane Roe. Kolb left. \"No,\" the Democratic congresswoman said."}, "Ann Kolb",
			[]string{"Rep. Ann Kolb", "Kolb", "Kolb", "the Democratic congresswoman"}, []string{"representative", nameLabel, nameLabel, "congresswoman"}},
		{"a party's modifier inside a person's description is no mention of the party", []string{"Democratic Sen. Chuck Schumer spoke on Monday. Schumer met Jane Roe. Schumer left. \"No,\" the Democratic senator said."}, "Democratic Party",
			nil, nil},
		{"a joined country modifier must fit the protagonist", []string{"Donald Trump spoke on Monday. Trump met Jane Alvarez. Trump left. Later the Mexican-born journalist spoke, and the billionaire tycoon smiled."}, "Donald Trump",
			[]string{"Donald Trump", "Trump", "Trump", "the billionaire tycoon"}, []string{nameLabel, nameLabel, nameLabel, "tycoon"}},
		{"a role with no protagonist is no one's", []string{"Donald Trump spoke on Monday. Jane Alvarez met him. It is the billionaire tycoon's first visit."}, "Donald Trump",
			[]string{"Donald Trump"}, []string{nameLabel}},
		{"a country described by a copula", []string{"Canada is the largest exporter of steel, officials said.", "Canada spoke on Monday. Later the exporter said no."}, "Canada",
			[]string{"Canada", "the largest exporter", "Canada", "the exporter"}, []string{nameLabel, "exporter", nameLabel, "exporter"}},
		{"a description with an of-phrase is not read", []string{"The leader of Islamic Jihad, a party to the truce, spoke. Haniyeh, who heads the governing party of Gaza, replied."}, "Palestinian Islamic Jihad",
			[]string{"Islamic Jihad", "a party"}, []string{"islamic jihad", "party"}},
		{"an appositive after a group in a prepositional phrase describes the longer phrase", []string{"Jane Alvarez defended the truce she struck with Republicans, an agreement that drew fire. Republicans said no."}, "Republican Party",
			[]string{"Republicans", "Republicans"}, []string{"republicans", "republicans"}},
		{"a country is described only after it is named", []string{"Canada is the largest exporter of steel, officials said.", "The exporter said no. Canada spoke on Monday."}, "Canada",
			[]string{"Canada", "the largest exporter", "Canada"}, []string{nameLabel, "exporter", nameLabel}},
		{"an institution's own name describes nothing", []string{"The Administration spoke on Monday. Later the administration said no."}, "Administration",
			[]string{"Administration"}, []string{"administration"}},
		{"a bloc of states is the bloc", []string{"Canada spoke. The European Union rejected the offer, and the bloc said so again."}, "European Union",
			[]string{"The European Union", "the bloc"}, []string{nameLabel, "bloc"}},
		{"an institution is the noun that ends its name", []string{"The Gondor Transport Ministry released the files. The ministry said they were old, and the court agreed."}, "Gondor Transport Ministry",
			[]string{"Gondor Transport Ministry", "The ministry"}, []string{"gondor transport ministry", "ministry"}},
		{"an acronym's spelled-out name gives its body's noun", []string{"The F.B.I. opened an inquiry into the port on Monday. Later the bureau said the files were old."}, "FBI",
			[]string{"F.B.I.", "the bureau"}, []string{nameLabel, "bureau"}},
		{"an acronym without stops gives its body's noun too", []string{"Officials met on Monday, and NATO sent two envoys. The organization said the talks went well."}, "NATO",
			[]string{"NATO", "The organization"}, []string{nameLabel, "organization"}},
		{"a noun writers give any public body is no acronym's", []string{"The CIA briefed the senators on Monday. Later the agency said nothing more."}, "CIA",
			[]string{"The CIA"}, []string{nameLabel}},
		{"the body's noun before the acronym is named is no mention of it", []string{"The bureau said the files were old. On Monday the F.B.I. opened an inquiry into the port."}, "FBI",
			[]string{"F.B.I."}, []string{nameLabel}},
		{"each institution's noun names its own body", []string{"The Gondor Transport Ministry released the files. The Acme Steel Company said the ministry and the company agreed."}, "Acme Steel Company",
			[]string{"Acme Steel Company", "the company"}, []string{"acme steel company", "company"}},
		{"his country is the country named with him", []string{"Mexico waits. Prime Minister Justin Trudeau of Canada said that his country would agree."}, "Canada",
			[]string{"Canada", "his country"}, []string{nameLabel, "country"}},
		{"a person's country after of is a mention of its own", []string{"Prime Minister Shinzo Abe of Japan met officials. Japan agreed, and Mr. Abe left."}, "Japan",
			[]string{"Japan", "Japan"}, []string{nameLabel, nameLabel}},
		{"his country is the country of the person named last", []string{"Israeli Prime Minister Benjamin Netanyahu met Russian President Vladimir Putin on Monday. Netanyahu said his country would act."}, "Israel",
			[]string{"his country"}, []string{"country"}},
		{"his country is unread when his country is unknown", []string{"Jane Alvarez threatened Mexico with tariffs. Alvarez said her country would not pay."}, "Mexico",
			[]string{"Mexico"}, []string{nameLabel}},
		{"his country needs a country named just before", []string{"Canada spoke on Monday. Officials met. Jane Alvarez arrived. Later she said her country would agree."}, "Canada",
			[]string{"Canada"}, []string{nameLabel}},
		{"a place after a place and a comma takes no appositive", []string{"Gunmen attacked the mission in Benghazi, Libya, a government e-mail to the embassy said. Later the e-mail was released."}, "Libya",
			[]string{"Libya"}, []string{nameLabel}},
		{"a country after an opening word and a comma keeps its appositive", []string{"Meanwhile, Canada, the largest exporter of steel, said no."}, "Canada",
			[]string{"Canada", "the largest exporter"}, []string{nameLabel, "exporter"}},
		{"a country after a day and a comma keeps its appositive", []string{"On Monday, Canada, the largest exporter of steel, said no."}, "Canada",
			[]string{"Canada", "the largest exporter"}, []string{nameLabel, "exporter"}},
		{"modifiers that do not fit", []string{"President Donald Trump spoke. Later the French president, who was in Paris, replied."}, "Donald Trump",
			[]string{"President Donald Trump"}, []string{"president"}},
		{"two titles joined by and in one appositive", []string{"Mark Dobbs, the president and chief executive of Ridgeway Metals, said prices would rise."}, "Mark Dobbs",
			[]string{"Mark Dobbs", "the president", "chief executive"}, []string{nameLabel, "president", "executive"}},
		{"a title joined to a title of another's is no president of the story", []string{"President Ann Lee spoke. Later Mark Dobbs, the president and chief executive of Ridgeway Metals, said prices would rise."}, "Ann Lee",
			[]string{"President Ann Lee"}, []string{"president"}},
		{"a title joined to a body gives the person no second title", []string{"Mark Dobbs, the mayor and staff, said prices would rise."}, "Mark Dobbs",
			[]string{"Mark Dobbs"}, []string{nameLabel}},
		{"two titles with no determiner joined by and", []string{"Nasir Omar, head and founder of the Front, spoke on Monday."}, "Nasir Omar",
			[]string{"Nasir Omar", "head", "founder"}, []string{nameLabel, "head", "founder"}},
		{"two titles after an owner's possessive joined by and", []string{"Sam Cook, Gondor's finance minister and deputy leader, agreed on Monday."}, "Sam Cook",
			[]string{"Sam Cook", "Gondor's finance minister", "deputy leader"}, []string{nameLabel, "minister", "deputy-leader"}},
		{"a title joined to a plural starts a list, no appositive", []string{"Mark Dobbs, the chairman and members of the board met on Monday."}, "Mark Dobbs",
			[]string{"Mark Dobbs"}, []string{nameLabel}},
		{"a title joined to a possessive phrase starts a list, no appositive", []string{"Mark Dobbs, the chairman and his wife met on Monday."}, "Mark Dobbs",
			[]string{"Mark Dobbs"}, []string{nameLabel}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := compareOutlets(tt.texts, set)
			surfaces, labels := mentionsOf(c, tt.actor)
			if !slices.Equal(surfaces, tt.surfaces) || !slices.Equal(labels, tt.labels) {
				t.Errorf("%s: mentions %q labels %q, want %q %q", tt.actor, surfaces, labels, tt.surfaces, tt.labels)
			}
		})
	}
}

// TestStateGivesItsCountry checks that a person from a state or province,
// "of Ohio" or "Ohio Gov.", speaks for its country, and that a name the
// state opens ("Kansas City", "The New York Times") is no mention of it.
func TestStateGivesItsCountry(t *testing.T) {
	set := defaultSet(t)
	text := "Officials said Speaker John Boehner of Ohio spoke on Monday. Ontario Premier Doug Ford agreed. " +
		"Later, Kansas City sued, and The New York Times reported it."
	c := compareOutlets([]string{filler + text, filler + text}, set)
	want := map[string]string{"John Boehner": "United States", "Doug Ford": "Canada", "Ohio": "United States", "Kansas City": ""}
	for _, a := range c.Actors {
		if a.Name == "New York" || a.Name == "Kansas" {
			t.Errorf("%q (%s) is an actor; it only opens a longer name", a.Name, a.Kind)
		}
		if aff, ok := want[a.Name]; ok {
			if a.Affiliation != aff {
				t.Errorf("%q (%s) speaks for %q, want %q", a.Name, a.Kind, a.Affiliation, aff)
			}
			delete(want, a.Name)
		}
	}
	for name := range want {
		var names []string
		for _, a := range c.Actors {
			names = append(names, a.Name+"/"+a.Kind+"/"+a.Affiliation)
		}
		t.Errorf("%q is no actor; actors: %q", name, names)
	}
}

// TestLabelDifferences checks that a label only one outlet gives an actor,
// and a label one outlet uses far more often, are naming differences, with
// counts, and that a shared label is not.
func TestLabelDifferences(t *testing.T) {
	set := defaultSet(t)
	a := clean("Outlet A", filler+"North Korean dictator Kim Jong Un fired a missile. The dictator Kim Jong Un, critics say, wants talks. "+
		"Dictator Kim Jong Un then left.")
	b := clean("Outlet B", filler+"North Korean leader Kim Jong Un fired a missile. Leader Kim Jong Un wants talks. Kim Jong Un then left.")
	c := Compare([]*corpus.Article{a, b}, set)
	var summaries []string
	for _, d := range c.Differences {
		if d.Kind == KindNaming && d.Actor == "Kim Jong Un" {
			summaries = append(summaries, d.Summary)
		}
	}
	want := []string{
		// "The dictator Kim Jong Un, critics say, ..." paraphrases the
		// critics with the word Outlet A also writes in its narration:
		// its own word there too.
		`Naming of Kim Jong Un: Outlet A says "dictator" 3 times in its own words (1 of them paraphrasing a speaker); Outlet B never does (it says "leader" 2 times). Small numbers: a lead, not a finding.`,
		`Naming of Kim Jong Un: Outlet B says "leader" 2 times in its own words; Outlet A never does (it says "dictator" 3 times). Small numbers: a lead, not a finding.`,
	}
	slices.Sort(summaries)
	if !slices.Equal(summaries, want) {
		t.Errorf("naming differences:\n%s\nwant:\n%s", strings.Join(summaries, "\n"), strings.Join(want, "\n"))
	}
}

// TestGovernmentLabels checks that "the Maduro regime" is a naming of
// Maduro, and "the Maduro administration" only names what he heads: the
// first makes a naming difference, the second none.
func TestGovernmentLabels(t *testing.T) {
	set := defaultSet(t)
	a := clean("Outlet A", filler+"The Maduro regime jailed critics. Later, the Maduro regime denied it, and Nicolas Maduro spoke.")
	b := clean("Outlet B", filler+"The Maduro administration jailed critics. Later, the Maduro administration denied it, and Nicolas Maduro spoke.")
	c := Compare([]*corpus.Article{a, b}, set)
	var got []string
	for _, d := range c.Differences {
		if d.Kind == KindNaming && d.Actor == "Nicolas Maduro" {
			got = append(got, d.Summary)
		}
	}
	want := []string{`Naming of Nicolas Maduro: Outlet A says "regime" 2 times in its own words; Outlet B never does (it uses only the name). Small numbers: a lead, not a finding.`}
	if !slices.Equal(got, want) {
		t.Errorf("naming differences:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// Every use inside a paraphrase, of two named sides: the outlet's
	// word, and the summary says so, rather than "2 of them" after "2
	// times".
	a = clean("Outlet A", filler+"Minister Ana Sousa said the Maduro regime jailed critics. Later, the activist Rui Costa said the Maduro regime denied it, and Nicolas Maduro spoke.")
	c = Compare([]*corpus.Article{a, b}, set)
	got = got[:0]
	for _, d := range c.Differences {
		if d.Kind == KindNaming && d.Actor == "Nicolas Maduro" {
			got = append(got, d.Summary)
		}
	}
	want = []string{`Naming of Nicolas Maduro: Outlet A says "regime" 2 times in its own words, each time paraphrasing a speaker; Outlet B never does (it uses only the name). Small numbers: a lead, not a finding.`}
	if !slices.Equal(got, want) {
		t.Errorf("naming differences, all paraphrased:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// Both paraphrasing one side: the officials' word, no naming of the
	// outlet's.
	a = clean("Outlet A", filler+"Officials said the Maduro regime jailed critics. Later, officials said the Maduro regime denied it, and Nicolas Maduro spoke.")
	c = Compare([]*corpus.Article{a, b}, set)
	for _, d := range c.Differences {
		if d.Kind == KindNaming && d.Actor == "Nicolas Maduro" {
			t.Errorf("one side's paraphrases made a naming difference: %s", d.Summary)
		}
	}
}

// TestLabelVariantsAreNoDifference checks that one outlet's label against
// another's in the other grammatical number ("advisers", "adviser"), in
// another spelling ("cease-fire", "ceasefire") or a plain synonym ("talks",
// "negotiations") is no naming difference.
func TestLabelVariantsAreNoDifference(t *testing.T) {
	set := defaultSet(t)
	tests := []struct {
		name, a, b, actor string
		labels            []string // both must be among the actor's labels
	}{
		{"number", "Jane Alvarez, the advisers, spoke. Jane Alvarez, the advisers, left.", "Jane Alvarez, the adviser, spoke. Jane Alvarez, the adviser, left.",
			"Jane Alvarez", []string{"advisers", "adviser"}},
		{"spelling", "The cease-fire held on Monday. The cease-fire broke on Tuesday.", "The ceasefire held on Monday. The ceasefire broke on Tuesday.",
			"", []string{"cease-fire", "ceasefire"}},
		{"an institution's noun", "The Gondor Transport Ministry met on Monday. The ministry spoke, and the ministry left.", "The Gondor Transport Ministry met on Monday. The Gondor Transport Ministry spoke.",
			"Gondor Transport Ministry", []string{"ministry", "gondor transport ministry"}},
		{"a plain synonym", "The talks began on Monday. The talks broke down on Tuesday.", "The negotiations began on Monday. The negotiations broke down on Tuesday.",
			"", []string{"talks", "negotiations"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Compare([]*corpus.Article{clean("Outlet A", filler+tt.a), clean("Outlet B", filler+tt.b)}, set)
			var actor *Actor
			for k := range c.Actors {
				if a := &c.Actors[k]; a.Name == tt.actor || tt.actor == "" && slices.Contains(tt.labels, a.Name) {
					actor = a
				}
			}
			if actor == nil {
				t.Fatalf("no actor labelled %q", tt.labels)
			}
			var labels []string
			for _, m := range actor.Mentions {
				labels = append(labels, m.Label)
			}
			if !slices.Contains(labels, tt.labels[0]) || !slices.Contains(labels, tt.labels[1]) {
				t.Fatalf("labels %q, want both of %q", labels, tt.labels)
			}
			for _, d := range c.Differences {
				if d.Kind == KindNaming && d.Actor == actor.Name {
					t.Errorf("a label's variant makes a naming difference: %s", d.Summary)
				}
			}
		})
	}
}

// TestLabelDifferenceSmallNumbers checks that a label used twice gets the
// small-numbers warning and no significance test, even when the outlets
// name the actor often enough for one.
func TestLabelDifferenceSmallNumbers(t *testing.T) {
	set := defaultSet(t)
	a := clean("Outlet A", filler+"Dictator Kim Jong Un fired a missile. Kim Jong Un spoke. Kim Jong Un left. Kim Jong Un returned. "+
		"Dictator Kim Jong Un then slept. Kim Jong Un woke.")
	b := clean("Outlet B", filler+"Kim Jong Un fired a missile. Kim Jong Un spoke. Kim Jong Un left. Kim Jong Un returned. Kim Jong Un slept.")
	c := Compare([]*corpus.Article{a, b}, set)
	var got []string
	for _, d := range c.Differences {
		if d.Kind == KindNaming && d.Actor == "Kim Jong Un" {
			got = append(got, d.Summary)
		}
	}
	want := []string{`Naming of Kim Jong Un: Outlet A says "dictator" 2 times in its own words; Outlet B never does (it uses only the name). Small numbers: a lead, not a finding.`}
	if !slices.Equal(got, want) {
		t.Errorf("naming differences:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestOfficeWordsAreNoNaming checks that two words for one office ("chief"
// and "director") make no naming difference, while a word that judges
// the office holder ("dictator" against "leader") does.
func TestOfficeWordsAreNoNaming(t *testing.T) {
	set := defaultSet(t)
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"The U.N. chief, Jane Roe,", "U.N. Secretary-General Jane Roe", false},
		{"The White House spokesman, Jane Roe,", "The White House secretary, Jane Roe,", false},
		{"The dictator, Jane Roe,", "The leader, Jane Roe,", true},
		{"The agency boss, Jane Roe,", "The agency chief, Jane Roe,", true},
		{"The deputy speaker of the assembly, Jane Roe,", "Jane Roe, a member of the assembly,", false},
		{"The deputy speaker of the assembly, Jane Roe,", "Deputy Speaker Jane Roe", false},
		{"The deputy speaker of the assembly, Jane Roe,", "The dictator, Jane Roe,", true},
	} {
		a := clean("Outlet A", filler+tt.a+" visited the camp on Monday. Later, "+tt.a+" left the region.")
		b := clean("Outlet B", filler+tt.b+" visited the camp on Monday. Later, "+tt.b+" left the region.")
		c := Compare([]*corpus.Article{a, b}, set)
		got := slices.ContainsFunc(c.Differences, func(d Difference) bool {
			return d.Kind == KindNaming && d.Actor == "Jane Roe" || d.Kind == KindSwap
		})
		if got != tt.want {
			t.Errorf("%q against %q: naming difference or word swap %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestWordSwaps checks that a word two outlets exchange in the same
// sentence is a difference, with both sentences as evidence, and that a
// name spelled two ways is not.
func TestWordSwaps(t *testing.T) {
	set := defaultSet(t)
	a := clean("Outlet A", filler+"On Tuesday night Hamas militants fired twelve rockets at the southern town of Sderot, the army said.")
	b := clean("Outlet B", filler+"On Tuesday night Hamas terrorists fired twelve rockets at the southern town of Sderot, the army said.")
	c := Compare([]*corpus.Article{a, b}, set)
	var swaps []Difference
	for _, d := range c.Differences {
		if d.Kind == KindSwap {
			swaps = append(swaps, d)
		}
	}
	if len(swaps) != 1 || swaps[0].Summary != `In the same sentence, Outlet A says "militants" where Outlet B says "terrorists" (1 sentence pair).` || len(swaps[0].Evidence) != 2 {
		t.Fatalf("swaps %+v", swaps)
	}
	// More than a plain synonym: two people, or a judging word.
	a = clean("Outlet A", filler+"On Tuesday a Western diplomat visited the southern town of Sderot after the rockets, the army said.")
	b = clean("Outlet B", filler+"On Tuesday the Iranian ambassador visited the southern town of Sderot after the rockets, the army said.")
	if find(Compare([]*corpus.Article{a, b}, set), KindSwap, "swap:a western diplomat|the iranian ambassador") == nil {
		t.Errorf("no swap of \"a Western diplomat\" and \"the Iranian ambassador\"")
	}
	// Two verbs of one grammar are a choice of words.
	a = clean("Outlet A", filler+"On Tuesday the council disputed the plan for the southern town of Sderot after the rockets, the army said.")
	b = clean("Outlet B", filler+"On Tuesday the council discussed the plan for the southern town of Sderot after the rockets, the army said.")
	if find(Compare([]*corpus.Article{a, b}, set), KindSwap, "swap:disputed|discussed") == nil {
		t.Errorf("no swap of \"disputed\" and \"discussed\"")
	}
	// No swaps: a name spelled two ways, a word written with and without
	// a hyphen, and two names of two referents.
	for _, pair := range [][2]string{
		{"The talks between the United States and the European Union ended on Tuesday without any agreement at all.",
			"The talks between the United States and the E.U. ended on Tuesday without any agreement at all."},
		{"On Tuesday the hardliners in the southern town of Sderot rejected the offer, the army said.",
			"On Tuesday the hard-liners in the southern town of Sderot rejected the offer, the army said."},
		{"On Tuesday the plan drew criticism from Democrats in the southern town of Sderot, the army said.",
			"On Tuesday the plan drew criticism from Jane Alvarez in the southern town of Sderot, the army said."},
		// Plain synonyms: words for one office, or for talks, frame nothing
		// (a swap of more than the head word, "a Western diplomat" for "the
		// Iranian ambassador", is one).
		{"On Tuesday the agency's chief visited the southern town of Sderot after the rockets, the army said.",
			"On Tuesday the agency's director visited the southern town of Sderot after the rockets, the army said."},
		{"On Tuesday the talks in the southern town of Sderot broke down after the rockets, the army said.",
			"On Tuesday the negotiations in the southern town of Sderot broke down after the rockets, the army said."},
		{"On Tuesday a diplomat visited the southern town of Sderot after the rockets, the army said.",
			"On Tuesday an ambassador visited the southern town of Sderot after the rockets, the army said."},
		// The same words in another order: a name and its appositive
		// written title-first.
		{"On Tuesday Jane Alvarez, the deputy secretary for harbor programs, visited the southern town of Sderot, the army said.",
			"On Tuesday Deputy Secretary Jane Alvarez visited the southern town of Sderot, the army said."},
	} {
		a, b := clean("Outlet A", filler+pair[0]), clean("Outlet B", filler+pair[1])
		for _, d := range Compare([]*corpus.Article{a, b}, set).Differences {
			if d.Kind == KindSwap {
				t.Errorf("a swap: %s", d.Summary)
			}
		}
	}
}

// TestEvaluationAimedAtActors checks that an evaluative word in an actor's
// noun phrase is aimed at it, one across a clause break is not, and that an
// actor one outlet evaluates in its own words and another does not is a
// difference.
func TestEvaluationAimedAtActors(t *testing.T) {
	set := defaultSet(t)
	a := clean("Outlet A", filler+"The embattled President Jacob Zuma met the envoys on Monday. Later the reckless President Jacob Zuma left the capital.")
	b := clean("Outlet B", filler+"President Jacob Zuma met the envoys on Monday. Later, in a reckless move, the talks collapsed and President Jacob Zuma left.")
	c := Compare([]*corpus.Article{a, b}, set)
	var aimed []string
	for _, e := range c.Evaluations {
		aimed = append(aimed, c.Articles[e.Article].Outlet+": "+e.Surface+" -> "+e.Actor)
	}
	want := []string{"Outlet A: embattled -> Jacob Zuma", "Outlet A: reckless -> Jacob Zuma"}
	if !slices.Equal(aimed, want) {
		t.Errorf("evaluations %q, want %q", aimed, want)
	}
	d := find(c, KindEvaluative, "aimed:p:zuma")
	if d == nil || d.Summary != `Evaluation of Jacob Zuma: Outlet A uses 2 evaluative words about this actor in its own words ("embattled", "reckless"); Outlet B does not.` {
		t.Errorf("difference %+v", d)
	}
}

// TestEvaluationAimedByGrammar has a fixture per reading that aims an
// evaluative word (aimreader.go) and one per place where the nearest
// mention is not what the word describes: a wrong aim reports an
// evaluation no outlet made.
func TestEvaluationAimedByGrammar(t *testing.T) {
	// The other outlet names the actors, so that the invasion and the
	// charges recur as things of the story.
	other := filler + "Maria Okafor spoke to Argentina, Chile, Egypt, Venezuela, Hamas and the Kurds. The invasion began. The charges came. The invasion went on, and the charges stood."
	checkAims(t, defaultSet(t), other, []aimCase{
		{"attributive: the head of its phrase", "Later the reckless Senator Maria Okafor left the capital.", []string{"reckless -> Maria Okafor"}},
		{"attributive: a head that is no mention", "Angry protesters marched toward Egypt.", nil},
		{"attributive: a mention modifying the head", "The brutal Venezuela policy failed.", nil},
		{"attributive: a name modifying the head", "The savage Hamas rockets fell on Sderot.", nil},
		{"possessor of the phrase", "Venezuela's brutal crackdown continued through the night.", []string{"brutal -> Venezuela", "crackdown -> Venezuela"}},
		{"possessor of a plural", "Critics said the Kurds' taunting of Hamas was shameful.", []string{"taunting -> Kurds"}},
		{"possessor of a relation: the related", "Chile lost Venezuela's staunch ally on Monday.", nil},
		{"predicate: the subject", "Argentina was reckless in the talks.", []string{"reckless -> Argentina"}},
		{"predicate: a subject after a preposition", "Attacks on Chilean fishermen were outrageous, the minister said.", nil},
		{"judging verb: its object", "Senator Maria Okafor mocked Argentina on Tuesday.", []string{"mocked -> Argentina"}},
		{"judging verb: the object, not the subject", "Hamas taunted the Kurds after the vote.", []string{"taunted -> Kurds"}},
		{"judging verb: an object that is no mention", "Senator Maria Okafor slammed the plan on Tuesday.", nil},
		{"judging verb in the passive: the subject", "Argentina was mocked by the senator.", []string{"mocked -> Argentina"}},
		{"acting verb: no judgement", "Senator Maria Okafor threatened Argentina on Tuesday.", nil},
		{"adverb of an aimed adjective", "Argentina was desperately reckless in the talks.", []string{"desperately -> Argentina", "reckless -> Argentina"}},
		{"adverb of a verb", "Argentina fiercely rejected the offer.", nil},
		{"a word of a name", "The ship sailed past Savage Island toward Chile.", nil},
		{"a reported act before its noun", "The invasion began on Monday. Argentina feared the threatened invasion. The invasion stalled in June.", nil},
		{"a noun in a compound", "The charges came on Monday. Prosecutors read the corruption charges. The charges were dropped in June.", nil},
		{"inside a mention, before its head", "The invasion began on Monday. Argentina feared the reckless invasion. The invasion stalled in June.", []string{"reckless -> invasion"}},
	})
}

// TestLinkTeasersNameNoActors checks that a paragraph a link's label
// opens ("More: ...", "Related: ...") mentions no actor, and that a
// paragraph opening with the same word as prose still does.
func TestLinkTeasersNameNoActors(t *testing.T) {
	set := defaultSet(t)
	paras := []string{
		"Ann Dobbs met Tom Hale on Monday.",
		"More: Tom Hale on Dobbs: he calls me every week.",
		"Related: Ann Dobbs speaks out.",
		"More than 20 people came, Hale said.",
	}
	a := corpus.FromParagraphs(corpus.Meta{ID: "a", Outlet: "Outlet A"}, paras)
	b := clean("Outlet B", "Ann Dobbs spoke on Monday.")
	c := Compare([]*corpus.Article{a, b}, set)
	for actor, want := range map[string][]string{"Ann Dobbs": {"Ann Dobbs", "Ann Dobbs"}, "Tom Hale": {"Tom Hale", "Hale"}} {
		if got, _ := mentionsOf(c, actor); !slices.Equal(got, want) {
			t.Errorf("%s: mentions %q, want %q", actor, got, want)
		}
	}
}

// TestNamesThatAreNoActors has one fixture per use of a capitalised name
// that names no actor of the story (a channel, a setting, a work's title,
// a section heading, a noun's modifier), and one per use that still does.
func TestNamesThatAreNoActors(t *testing.T) {
	set := defaultSet(t)
	tests := []struct {
		name     string
		texts    []string // one article per outlet
		actor    string
		surfaces []string
	}{
		{"a medium the news went through", []string{"Jane Alvarez wrote on Twitter that the bridge was closed. A Twitter message followed."}, "Twitter", nil},
		{"a broadcaster told", []string{"Jane Alvarez told Sky News on Monday that the bridge was closed."}, "Sky News", nil},
		{"a newspaper reporting", []string{"The Daily Planet reported on Monday that the bridge was closed."}, "The Daily Planet", nil},
		{"a newspaper spoken to", []string{"An official, speaking to the Daily Planet on condition of anonymity, said the bridge was closed."}, "Daily Planet", nil},
		{"a person spoken to is an actor", []string{"An official, speaking to John Smith on Monday, said the bridge was closed."}, "John Smith", []string{"John Smith"}},
		{"a person told is an actor", []string{"Jane Alvarez told John Smith on Monday that the bridge was closed."}, "John Smith", []string{"John Smith"}},
		{"a setting", []string{"Jane Alvarez and John Smith met in Davos on Monday. Later, Alvarez spoke in Davos again."}, "Davos", nil},
		{"a list of settings", []string{"Thousands marched in London, Glasgow, Birmingham and elsewhere."}, "Glasgow", nil},
		{"a name used as a setting and as an actor is an actor", []string{"Officials met in Brightwater on Monday. Brightwater later rejected the offer."}, "Brightwater",
			[]string{"Brightwater", "Brightwater"}},
		{"a capital is its country even as a setting", []string{"Officials met in Tehran on Monday."}, "Iran", []string{"Tehran"}},
		{"a quoted title of a work", []string{`Jane Alvarez spoke of her memoir, "A Higher Loyalty." Her book, Higher Loyalty, sold well.`}, "Higher Loyalty", nil},
		{"an unquoted title after a work's noun", []string{"Jane Alvarez is promoting a book, Higher Ground: Faith, Doubt, and Duty, in which she recalls the talks."}, "Doubt", nil},
		{"a name in an unquoted title and outside it is an actor", []string{"Her memoir, Kim Lee: A Life, sold well. Kim Lee said so on Monday."}, "Kim Lee", []string{"Kim Lee", "Kim Lee"}},
		{"a name after a work's noun in an opening phrase is an actor", []string{"After the film, Jane Alvarez spoke."}, "Jane Alvarez", []string{"Jane Alvarez"}},
		{"a person in apposition after a known work is an actor", []string{"The author of the book, Tom Hale, said in an interview that it sold well."}, "Tom Hale", []string{"Tom Hale"}},
		{"a person in apposition after a new work is an actor", []string{"The company plans a documentary, Ann Lee, its chief executive, said on Monday."}, "Ann Lee", []string{"Ann Lee"}},
		{"a person after the film's director is an actor", []string{"Officials met the director of the film, Ann Lee, and cited concerns."}, "Ann Lee", []string{"Ann Lee"}},
		{"a quoted name is no title", []string{`Officials praised "Jane Alvarez" on Monday, and Jane Alvarez smiled.`}, "Jane Alvarez", []string{"Jane Alvarez", "Jane Alvarez"}},
		{"a broadcaster interviewing", []string{"Jane Alvarez said in an interview with BBC Radio Kent that the bridge was closed."}, "BBC Radio Kent", nil},
		{"a participle opening a sentence", []string{"Praising London's history of protest, Jane Alvarez spoke."}, "Praising London", nil},
		{"a section heading", []string{"The Bubble: Conservatives and liberals agree on little, officials said."}, "Bubble", nil},
		{"a name that modifies a noun", []string{"Jane Alvarez condemned the anti-Muslim hatred and a ban on seven largely Muslim countries."}, "Muslim", nil},
		{"a subject and its verb are no modifier", []string{"The Administration spoke on Monday."}, "Administration", []string{"Administration"}},
		{"a name only listed is a set's member", []string{"Officials reached agreements with Argentina, Australia and Brazil. Canada, Mexico and Brazil wait."}, "Argentina", nil},
		{"a listed name used alone too is an actor", []string{"Officials reached agreements with Argentina, Australia and Brazil. Canada, Mexico and Brazil wait.", "Canada rejected the offer."}, "Canada",
			[]string{"Canada", "Canada"}},
		{"a place visited", []string{"The minister will visit Gorsedd Palace on Monday."}, "Gorsedd Palace", nil},
		{"a place toured", []string{"Officials toured the Brightwater Museum on Monday."}, "Brightwater Museum", nil},
		{"a person visited is an actor", []string{"The minister will visit Jane Roe on Monday."}, "Jane Roe", []string{"Jane Roe"}},
		{"a visit as a noun opens no destination", []string{"After the visit Gorsedd Palace organised, officials left."}, "Gorsedd Palace", []string{"Gorsedd Palace"}},
		{"a modified visit is a noun", []string{"After a two-day visit Gorsedd Council officials said the talks went well."}, "Gorsedd Council", []string{"Gorsedd Council"}},
		{"an owner's visit is a noun", []string{"After the king's visit Gorsedd Council staff cleaned the hall."}, "Gorsedd Council", []string{"Gorsedd Council"}},
		{"a name modifying what is toured", []string{"Officials toured the Brightwater plant, and Brightwater hired 200 workers."}, "Brightwater", []string{"Brightwater", "Brightwater"}},
		{"a name placing a region", []string{"Trucks cross the Silverpine Hills region every day."}, "Silverpine Hills", nil},
		{"a name placing a region and acting is an actor", []string{"Trucks cross the Silverpine Hills region. Silverpine Hills voted to close the road."}, "Silverpine Hills",
			[]string{"Silverpine Hills", "Silverpine Hills"}},
		{"a time zone after a clock time", []string{"Update at 6:55 p.m. ET. Officials met. Update at noon ET. The vote is at 10am ET."}, "ET", nil},
		{"a name joined to a modifier's word", []string{"Officials ended an Obama-era program and a Gondor-backed plan."}, "Gondor", nil},
		{"a group's adjective before a noun", []string{"Officials courted Hispanic voters, and Hispanic turnout rose."}, "Hispanic", nil},
		{"an adjective after an owner's possessive", []string{"Officials read Jane Roe's Congressional testimony on Monday."}, "Congressional", nil},
		{"a holiday is a time", []string{"Memorial Day passed quietly, and on Memorial Day officials spoke. Election Day came."}, "Memorial Day", nil},
		{"a common noun in capitals", []string{"Jane Alvarez said on TV that TV was unfair, and GDP fell as GDP does."}, "TV", nil},
		{"a region's adjective before a noun", []string{"Officials denied Western allegations on Monday, and Western governments agreed."}, "Western", nil},
		{"an adjective in -ic", []string{"Islamic militants released a video. It goes against all Islamic and humanitarian principles."}, "Islamic", nil},
		{"a name in -ic", []string{"Officials met Vucic on Monday. Later, Vucic left, and Vucic says he spoke."}, "Vucic", []string{"Vucic", "Vucic", "Vucic"}},
		{"two names are no list", []string{"Canada and Mexico rejected the offer on Monday."}, "Mexico", []string{"Mexico"}},
		{"a medium the story makes an actor more often than it cites", []string{"Officials said The Daily Planet reported on Monday that the bridge was closed. Jane Alvarez criticised The Daily Planet on Tuesday, " +
			"and The Daily Planet stood by it."}, "The Daily Planet", []string{"The Daily Planet", "The Daily Planet", "The Daily Planet"}},
		{"words between a closing and an opening quotation mark are no title", []string{"“The bridge is closed.” According to Acmefeed, “it will open.” Acmefeed published the story, and officials disputed Acmefeed."},
			"Acmefeed", []string{"Acmefeed", "Acmefeed", "Acmefeed"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := compareOutlets(tt.texts, set)
			surfaces, _ := mentionsOf(c, tt.actor)
			if !slices.Equal(surfaces, tt.surfaces) {
				var all []string
				for _, a := range c.Actors {
					all = append(all, a.Name)
				}
				t.Errorf("%s: mentions %q, want %q (actors %q)", tt.actor, surfaces, tt.surfaces, all)
			}
		})
	}
}

// TestBarePluralsJoinRecurringThings checks that a plural without a
// determiner is a mention of a thing the story keeps naming with one
// ("tariffs" beside "the tariffs"), and makes no thing of its own.
func TestBarePluralsJoinRecurringThings(t *testing.T) {
	set := defaultSet(t)
	c := Compare([]*corpus.Article{
		clean("Outlet A", "The tariffs were delayed. Officials said steel tariffs on imports would stay, and details followed."),
		clean("Outlet B", "The tariffs were raised. Critics said tariffs would hurt everyone, and details followed."),
		clean("Outlet C", "The tariffs were cut. Details followed, and more details."),
	}, set)
	surfaces, _ := mentionsOf(c, "tariffs")
	if want := []string{"The tariffs", "tariffs", "The tariffs", "tariffs", "The tariffs"}; !slices.Equal(surfaces, want) {
		t.Errorf("tariffs: mentions %q, want %q", surfaces, want)
	}
	for _, a := range c.Actors {
		if a.Name == "details" {
			t.Errorf("details, named only without a determiner, is a thing with %d mentions", len(a.Mentions))
		}
	}
}

// TestBareNameOfAGazetteerActorIsThatActor checks that a one-word name
// the gazetteer holds only with some doubt ("Turkey" may be the bird) or
// only under another name ("Capitol Hill" is Congress) is the actor the
// gazetteer names elsewhere in the story, not an organisation of its own.
func TestBareNameOfAGazetteerActorIsThatActor(t *testing.T) {
	set := defaultSet(t)
	text := "Turkish officials said on Monday that Turkey wants answers. Lawmakers on Capitol Hill objected, and the bill goes to Congress for a vote."
	c := compareOutlets([]string{text}, set)
	want := map[string][]string{"Turkey": {"Turkish officials", "Turkey"}, "Congress": {"Capitol Hill", "Congress"}}
	for name, surfaces := range want {
		var actors []string
		for _, a := range c.Actors {
			if a.Name == name {
				actors = append(actors, a.Kind)
			}
		}
		if got, _ := mentionsOf(c, name); len(actors) != 1 || !slices.Equal(got, surfaces) {
			t.Errorf("%s: %d actors (%q) with mentions %q, want one with %q", name, len(actors), actors, got, surfaces)
		}
	}
}

// TestBareSurnamesArePersons checks that a bare surname is a person, no
// organisation, when two persons of the story hold it alike, which names
// neither for sure, and when an administration or a regime is named after
// it, though the story never writes the name in full.
func TestBareSurnamesArePersons(t *testing.T) {
	set := defaultSet(t)
	for _, tt := range []struct{ text, name string }{
		{"Jane Vale spoke on Monday. Tom Vale smiled. Later, Vale left.", "Vale"},
		{"Critics urged the Varga administration to act on Monday. But Varga has resisted, and Varga said no.", "Varga"},
	} {
		c := compareOutlets([]string{tt.text}, set)
		found := false
		for _, a := range c.Actors {
			if a.Name == tt.name {
				found = true
				if a.Kind != "person" {
					t.Errorf("%q: %s of kind %q, want person", tt.text, a.Name, a.Kind)
				}
			}
		}
		if !found {
			t.Errorf("%q: %s is no actor", tt.text, tt.name)
		}
	}
}

// TestOneWordOfACountryIsNoPerson checks that a capitalised word, "of"
// and a country's name ("the Economy of Turkey") is no person, whose
// surname the country's name would become, taking the country's bare
// mentions with it.
func TestOneWordOfACountryIsNoPerson(t *testing.T) {
	set := defaultSet(t)
	c := compareOutlets([]string{"Officials vowed to wreck the Economy of Turkey. Later, Turkey said no, and Turkish troops moved. Turkey waited."}, set)
	for _, a := range c.Actors {
		if a.Kind == "person" {
			t.Errorf("%s: a person", a.Name)
		}
		if a.Name == "Turkey" && a.Kind != "country" {
			t.Errorf("Turkey: kind %q, want country", a.Kind)
		}
	}
}

// TestPartyNamedInFullIsTheParty checks that a party's full name the
// gazetteer leaves in doubt ("Democratic Party": other states have one) is
// the party its members' names found in the story, one actor, not two.
func TestPartyNamedInFullIsTheParty(t *testing.T) {
	set := defaultSet(t)
	for _, tt := range []struct {
		text, party string
		surfaces    []string
	}{
		{"The Democratic Party criticised the plan, and Democratic senators objected.", "Democratic Party", []string{"Democratic Party", "Democratic senators"}},
		{"Democrats objected on Monday. Later, the Democratic Party said so again.", "Democratic Party", []string{"Democrats", "Democratic Party"}},
	} {
		c := compareOutlets([]string{tt.text}, set)
		var rows []string
		for _, a := range c.Actors {
			if a.Name == tt.party {
				rows = append(rows, a.Kind)
			}
		}
		if got, _ := mentionsOf(c, tt.party); len(rows) != 1 || !slices.Equal(got, tt.surfaces) {
			t.Errorf("%q: %d actors %q (%q) with mentions %q, want one with %q", tt.text, len(rows), tt.party, rows, got, tt.surfaces)
		}
	}
}

// TestDoersAreNoEvents checks that a noun naming the people who do a thing
// is not the thing, though both share a stem: "the protesters" and "the
// protest", "the operatives" and "the operation" are two things each.
func TestDoersAreNoEvents(t *testing.T) {
	set := defaultSet(t)
	text := "The protesters marched on Monday, and the protest grew. The operatives left before the operation began. " +
		"The protesters shouted, and the protest ended. The operatives returned, and the operation failed."
	c := compareOutlets([]string{text, text, text}, set)
	for _, name := range []string{"protesters", "protest", "operatives", "operation"} {
		ms, ok := thingMentions(c, name)
		if !ok {
			t.Errorf("%q is no thing", name)
			continue
		}
		for _, m := range ms {
			if !strings.HasSuffix(strings.ToLower(m), name) {
				t.Errorf("%q joins %q", name, m)
			}
		}
	}
}

// TestContractionsOpenNoThings checks that a pronoun with "is"
// contracted ("it's going", "he's disputing") opens no noun phrase the way
// a possessive does, while a name's possessive still opens one.
func TestContractionsOpenNoThings(t *testing.T) {
	set := defaultSet(t)
	text := "Jane Roe said it's going well, and what's going on is clear. She asked what he’s disputing. Roe's memo was released."
	c := compareOutlets([]string{text, text, text}, set)
	for _, name := range []string{"going", "disputing"} {
		if ms, ok := thingMentions(c, name); ok {
			t.Errorf("%q is a thing: %q", name, ms)
		}
	}
	if _, ok := thingMentions(c, "memo"); !ok {
		t.Error("Roe's memo is no thing")
	}
}

// TestGenericHeadsAreNoThings checks that nouns every story uses about
// its telling or its time ("the deadline"), nouns that point at a new
// referent each time, and kin are no things, however often the outlets
// write them, while a noun of the story's own is one.
func TestGenericHeadsAreNoThings(t *testing.T) {
	set := defaultSet(t)
	text := "The announcement came after the decision on the memos. His wife said the relationship was good, and the memos were released before the deadline. " +
		"The deadline passed."
	c := compareOutlets([]string{text, text, text}, set)
	var things []string
	for _, a := range c.Actors {
		if a.Kind == "thing" {
			things = append(things, a.Name)
		}
	}
	if !slices.Equal(things, []string{"memos"}) {
		t.Errorf("things %q, want only the memos", things)
	}
}

// TestNamingPackSkipsNonNamingUses checks that a curated naming rule fires
// only where the word names someone: "Hamas terrorists fired" is a naming
// difference, "a terrorist attack" (an act, not a group) is none.
func TestNamingPackSkipsNonNamingUses(t *testing.T) {
	set := defaultSet(t)
	b := clean("Outlet B", filler+"Israeli officials said Hamas militants fired rockets from Gaza. The militants fired again on Tuesday, and an attack killed three.")
	tests := []struct {
		name   string
		a      string
		naming bool
	}{
		{"a group named", filler + "Israeli officials said Hamas terrorists fired rockets from Gaza. The terrorists fired again on Tuesday, and an attack killed three.", true},
		{"an act described", filler + "Israeli officials said Hamas militants fired rockets from Gaza. A terrorist attack killed three on Tuesday; terrorist attacks continued.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Compare([]*corpus.Article{clean("Outlet A", tt.a), b}, set)
			var hits []string
			for _, d := range c.Differences {
				if strings.Contains(strings.ToLower(d.Key+" "+d.Label+" "+d.Summary), "terrorist") && d.Kind != KindSwap {
					hits = append(hits, d.Summary)
				}
			}
			if got := len(hits) > 0; got != tt.naming {
				t.Errorf("differences about \"terrorists\": %q, want some: %v", hits, tt.naming)
			}
		})
	}
}

// TestOutletsAreNoActors checks that the story's outlets, which tell the
// story, are no actors of it wherever an article names them: an outlet's
// name read as a country and a word ("USA TODAY"), another outlet's name,
// and a name starting with an outlet's first word ("Fox Business").
func TestOutletsAreNoActors(t *testing.T) {
	set := defaultSet(t)
	c := Compare([]*corpus.Article{
		clean("USA Today", "Jane Alvarez said in an interview with USA TODAY that the United States would act. She had said so to Fox News."),
		clean("Fox News", "Jane Alvarez told Fox Business on Monday that the United States would act. I'm sure, she said. Ann Fox agreed, and Fox left."),
		clean("Fox", "Jane Alvarez spoke on Monday. Ann Fox agreed, and Fox left."),
	}, set)
	if surfaces, _ := mentionsOf(c, "Ann Fox"); !slices.Equal(surfaces, []string{"Ann Fox", "Fox", "Ann Fox", "Fox"}) {
		t.Errorf("Ann Fox: mentions %q, want her name and surname in both articles", surfaces)
	}
	surfaces, _ := mentionsOf(c, "United States")
	if want := []string{"the United States", "the United States"}; !slices.Equal(surfaces, want) {
		t.Errorf("United States: mentions %q, want %q", surfaces, want)
	}
	for _, a := range c.Actors {
		if a.Kind != "person" && a.Kind != "country" {
			t.Errorf("actor %q (%s), want only Jane Alvarez and the United States", a.Name, a.Kind)
		}
	}
}

// TestOutletSharingASurnameIsNoPersonElsewhere checks that a bare surname
// an outlet shares is the person named in full only in the article that so
// names him: in another article, the outlet's own above all, it is the
// outlet.
func TestOutletSharingASurnameIsNoPersonElsewhere(t *testing.T) {
	set := defaultSet(t)
	for _, tt := range []struct {
		person   string
		articles []*corpus.Article
		want     []string
	}{
		{"Vicente Fox", []*corpus.Article{
			clean("Outlet A", "Former Mexican President Vicente Fox criticised the wall on Monday. Fox said it was a waste."),
			clean("Fox News", "Fox reported on Tuesday that the talks had stalled. Jane Roe said Fox would keep asking questions."),
		}, []string{"Former Mexican President Vicente Fox", "Fox"}},
		{"Vicente Fox", []*corpus.Article{
			clean("Outlet A", "Vicente Fox criticised the wall on Monday. Later, Fox said it was a waste."),
			clean("Fox News", "The talks stalled on Tuesday, officials said."),
			clean("Outlet C", "Jane Roe said on Fox that the wall would rise, and Fox aired it on Tuesday."),
		}, []string{"Vicente Fox", "Fox"}},
		{"Vicente Fox", []*corpus.Article{
			clean("Outlet A", "Officials met on Monday, and the talks stalled."),
			clean("Fox News", "Former Mexican President Vicente Fox criticised the wall on Monday. Fox said it was a waste. Jane Roe spoke to Fox on Tuesday, and the interview aired on Fox."),
		}, []string{"Former Mexican President Vicente Fox", "Fox"}},
		// A country named like an outlet's first word stays the country.
		{"China", []*corpus.Article{
			clean("Outlet A", "The United States imposed tariffs on China on Monday. China said it would respond."),
			clean("China Daily", "Exports to China fell after the tariffs. China said it would respond in kind."),
		}, []string{"China", "China", "China", "China"}},
	} {
		c := Compare(tt.articles, set)
		if surfaces, _ := mentionsOf(c, tt.person); !slices.Equal(surfaces, tt.want) {
			t.Errorf("%s: mentions %q, want %q", tt.person, surfaces, tt.want)
		}
	}
}

// TestEventSynonymsAreOneThing checks that synonyms of an event ("probe",
// "investigation", "inquiry") are one thing of the story, labelled as each
// outlet writes it, and that a label one outlet uses twice is a naming
// difference of the event.
func TestEventSynonymsAreOneThing(t *testing.T) {
	set := defaultSet(t)
	c := Compare([]*corpus.Article{
		clean("Outlet A", filler+"The probe began on Monday. The probe widened on Tuesday."),
		clean("Outlet B", filler+"The investigation began on Monday, officials said. The investigation widened on Tuesday."),
		clean("Outlet C", filler+"The investigation began on Monday, officials said. The inquiry widened on Tuesday."),
	}, set)
	var event *Actor
	for i := range c.Actors {
		if c.Actors[i].Name == "investigation" {
			event = &c.Actors[i]
		}
	}
	if event == nil {
		t.Fatal("no actor named investigation")
	}
	if got, want := event.SortedLabels(), []string{"investigation", "probe", "inquiry"}; !slices.Equal(got, want) {
		t.Errorf("labels %q, want %q", got, want)
	}
	found := false
	for _, d := range c.Differences {
		if d.Kind == KindNaming && d.Actor == "investigation" && d.Label == "probe" && d.Outlets[0] == "Outlet A" {
			found = true
		}
	}
	if !found {
		t.Errorf("no naming difference for Outlet A's \"probe\"")
	}
}

// TestBarePluralsCountAnOutlet checks that an outlet naming a thing only
// with a bare plural ("mass protests") counts among the outlets that name
// it, once two outlets name it with a determiner.
func TestBarePluralsCountAnOutlet(t *testing.T) {
	set := defaultSet(t)
	c := Compare([]*corpus.Article{
		clean("Outlet A", filler+"A protest was planned. The protest, organisers said, would be large."),
		clean("Outlet B", filler+"The protests were planned, organisers said."),
		clean("Outlet C", filler+"Organisers said mass protests would follow."),
	}, set)
	surfaces, _ := mentionsOf(c, "protest")
	if want := []string{"A protest", "The protest", "The protests", "protests"}; !slices.Equal(surfaces, want) {
		t.Errorf("protest: mentions %q, want %q", surfaces, want)
	}
}

// compareOutlets compares one article per text, from Outlet A, Outlet B ...
func compareOutlets(texts []string, set *lexicon.Set) *Comparison {
	var arts []*corpus.Article
	for k, txt := range texts {
		arts = append(arts, clean("Outlet "+string(rune('A'+k)), txt))
	}
	return Compare(arts, set)
}

// thingMentions returns the surfaces of the mentions of the thing labelled
// by name, and whether the story has it.
func thingMentions(c *Comparison, name string) ([]string, bool) {
	for _, a := range c.Actors {
		if a.Kind == "thing" && a.Name == name {
			var s []string
			for _, m := range a.Mentions {
				s = append(s, m.Surface)
			}
			return s, true
		}
	}
	return nil, false
}

// TestAbstractNounsWithoutDeterminer checks that an abstract noun the
// outlets write without a determiner ("alleged collusion", "no
// collusion", a shouted "NO COLLUSION") is a thing of the story, while
// "no" before a word of no noun's shape ("no longer") names nothing, and
// a noun modifying the next one ("collusion claims") is no mention.
func TestAbstractNounsWithoutDeterminer(t *testing.T) {
	set := defaultSet(t)
	c := compareOutlets([]string{
		filler + "Critics alleged collusion leading up to the vote. The mayor was no longer in office.",
		filler + "He wrote that there was NO COLLUSION and the mayor was no longer in office.",
		filler + "The president said there was no collusion with the company. Collusion claims were no longer heard.",
	}, set)
	got, ok := thingMentions(c, "collusion")
	if want := []string{"collusion", "NO COLLUSION", "no collusion"}; !ok || !slices.Equal(got, want) {
		t.Errorf("collusion: mentions %q (found %v), want %q", got, ok, want)
	}
	if _, ok := thingMentions(c, "longer"); ok {
		t.Errorf("\"no longer\" makes a thing")
	}
}

// TestDemonymAbstractNounIsAThing checks that a demonym before an
// abstract noun ("Russian interference") is a mention of the event the
// story keeps naming, labelled by the noun and joined with its synonyms
// ("meddling", "collusion"), not a part of the country, while "Russian
// officials" stays one.
func TestDemonymAbstractNounIsAThing(t *testing.T) {
	set := defaultSet(t)
	c := compareOutlets([]string{
		filler + "Russian officials denied Russian interference in the election.",
		filler + "Investigators looked at the interference in the election by Moscow.",
		filler + "Democrats alleged collusion with Moscow before the election.",
	}, set)
	got, ok := thingMentions(c, "interference")
	if want := []string{"Russian interference", "the interference", "collusion"}; !ok || !slices.Equal(got, want) {
		t.Errorf("interference: mentions %q (found %v), want %q", got, ok, want)
	}
	surfaces, _ := mentionsOf(c, "Russia")
	if want := []string{"Russian officials", "Moscow", "Moscow"}; !slices.Equal(surfaces, want) {
		t.Errorf("Russia: mentions %q, want %q", surfaces, want)
	}
}

// TestPossessiveNameOpensAThing checks that a name's possessive, even a
// surname read as a mention of its own, opens the phrase of a thing the
// story keeps naming ("Trump's visit").
func TestPossessiveNameOpensAThing(t *testing.T) {
	set := defaultSet(t)
	c := compareOutlets([]string{
		filler + "Donald Trump landed, and aides said Trump's visit to London was delayed.",
		filler + "The visit of Donald Trump was delayed.",
		filler + "Donald Trump said the visit was delayed.",
	}, set)
	got, ok := thingMentions(c, "visit")
	if want := []string{"Trump's visit", "The visit", "the visit"}; !ok || !slices.Equal(got, want) {
		t.Errorf("visit: mentions %q (found %v), want %q", got, ok, want)
	}
}

// TestHeadWordIsNoEvaluation checks that an evaluative word heading a
// mention ("acts of aggression", "the aggression") is the label the naming
// tables count, neither an evaluation of the thing it names nor of an
// actor nearby, while one modifying a mention still evaluates it.
func TestHeadWordIsNoEvaluation(t *testing.T) {
	set := defaultSet(t)
	c := compareOutlets([]string{
		filler + "Egypt called for an end to acts of aggression on Gaza, and the aggression went on.",
		filler + "Officials in Gaza said the aggression went on, and the reckless aggression grew.",
		filler + "The aggression went on in Gaza.",
	}, set)
	var aimed []string
	for _, e := range c.Evaluations {
		aimed = append(aimed, c.Articles[e.Article].Outlet+": "+e.Surface+" -> "+e.Actor)
	}
	if want := []string{"Outlet B: reckless -> aggression"}; !slices.Equal(aimed, want) {
		t.Errorf("evaluations %q, want %q", aimed, want)
	}
}

// TestSetsOfActors checks that a plural phrase naming a set of actors
// ("those countries", "the two leaders") is a mention of each member, of
// the nearest list of names before it (a reporting clause after the list
// is no member), or of the two persons the sentence before names, and that
// a set the phrase itself defines ("the countries that ...") names no one.
// Members the story names only in lists stay no actors (nonactors.go).
func TestSetsOfActors(t *testing.T) {
	set := defaultSet(t)
	tests := []struct {
		name, text, phrase string
		want               []string
	}{
		{"a list", "Japan protested. China, Japan and Russia have no exemptions. Steel from those countries will fall. China and Russia said so.", "those countries", []string{"China", "Japan", "Russia"}},
		{"members named only in lists", "Officials named China, Japan and Russia. Steel from those countries will fall.", "those countries", nil},
		{"a list before a reporting clause", "Argentina protested. Brazil agreed. Deals were struck with Argentina and Brazil, the White House said. These countries will pay less.", "These countries", []string{"Argentina", "Brazil"}},
		{"the persons of the sentence before", "President Jane Alvarez will meet Prime Minister Tom Okafor in July. The two leaders will talk trade.", "The two leaders", []string{"Jane Alvarez", "Tom Okafor"}},
		{"a set defined by the phrase", "China, Japan and Russia have no exemptions. The countries that pay will suffer.", "The countries", nil},
		{"a description holding a name", "China argued with Japan, a key U.S. ally, over islands. Those countries met.", "Those countries", nil},
		{"a ranked set sums up a list", "Chile and Peru, the two largest economies of the coast, signed a pact.", "the two largest economies", []string{"Chile", "Peru"}},
		{"a set ranked among the world's", "Chile and Peru met on Monday. Talks between the world's second and first-largest economies went well.", "the world's second and first-largest economies", []string{"Chile", "Peru"}},
		{"one of a ranked set is no list", "Chile and Peru signed a pact. Chile was one of the first countries, officials said.", "the first countries", nil},
		{"a ranked set among others is no list", "Chile and Peru are among the largest economies.", "the largest economies", nil},
		{"a ranked set with no list before it", "Officials met on Monday. Talks between the world's largest economies went well.", "the world's largest economies", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := compareOutlets([]string{filler + tt.text, filler + tt.text}, set)
			var got []string
			for _, a := range c.Actors {
				for _, m := range a.Mentions {
					if m.Surface == tt.phrase && m.Article == 0 {
						got = append(got, a.Name+":"+m.Label)
					}
				}
			}
			slices.Sort(got)
			var want []string
			for _, w := range tt.want {
				want = append(want, w+":"+strings.ToLower(strings.Fields(tt.phrase)[len(strings.Fields(tt.phrase))-1]))
			}
			if !slices.Equal(got, want) {
				t.Errorf("%q names %q, want %q", tt.phrase, got, want)
			}
		})
	}
}

// TestSetLabelsAreNoNaming checks that the noun of a set phrase ("the two
// men") counts among a member's labels but makes no naming difference: it
// says what set the outlet speaks of, not how it names the person.
func TestSetLabelsAreNoNaming(t *testing.T) {
	set := defaultSet(t)
	c := compareOutlets([]string{
		filler + "President Jane Alvarez met Tom Okafor. The two men talked. On Monday Jane Alvarez called Tom Okafor. The two men agreed.",
		filler + "President Jane Alvarez met Tom Okafor. Jane Alvarez talked. On Monday Jane Alvarez called Tom Okafor. Tom Okafor agreed.",
	}, set)
	_, labels := mentionsOf(c, "Jane Alvarez")
	if !slices.Contains(labels, "men") {
		t.Errorf("Jane Alvarez labels %q, want \"men\" among them", labels)
	}
	for _, d := range c.Differences {
		if d.Kind == KindNaming && d.Label == "men" {
			t.Errorf("naming difference %q", d.Summary)
		}
	}
}

// TestDemonymEventNounIsAThing checks that a demonym before a news event
// noun ("an Israeli airstrike") is a mention of the event the story keeps
// naming, with its synonyms ("the strike", "the bombardment"), not a part
// of the country.
func TestDemonymEventNounIsAThing(t *testing.T) {
	set := defaultSet(t)
	c := compareOutlets([]string{
		filler + "An Israeli airstrike hit the camp, and Israeli officials defended it.",
		filler + "The strike hit the camp on Tuesday.",
		filler + "The bombardment of the camp went on.",
	}, set)
	got, ok := thingMentions(c, "airstrike")
	if want := []string{"An Israeli airstrike", "The strike", "The bombardment"}; !ok || !slices.Equal(got, want) {
		t.Errorf("airstrike: mentions %q (found %v), want %q", got, ok, want)
	}
	if surfaces, _ := mentionsOf(c, "Israel"); !slices.Equal(surfaces, []string{"Israeli officials"}) {
		t.Errorf("Israel: mentions %q, want only the officials", surfaces)
	}
}

// TestInstitutionNamesAreNoPersons checks that a capitalised name ending in
// a word of an institution, a pact or a building ("Trans-Pacific
// Partnership", "London Metal Exchange", "Buckingham Palace") is no person.
func TestInstitutionNamesAreNoPersons(t *testing.T) {
	set := defaultSet(t)
	text := "Officials said the Trans-Pacific Partnership would return. Prices rose on the London Metal Exchange, and guests dined at Buckingham Palace."
	c := compareOutlets([]string{filler + text, filler + text}, set)
	for _, a := range c.Actors {
		if a.Kind == "person" {
			t.Errorf("%q is a person", a.Name)
		}
	}
}

// TestRulersAndIdiomsAreNoAbstractThings checks that a demonym before a
// noun naming a country's rulers ("the Egyptian government") stays a
// mention of the country, though the noun has an abstract noun's shape,
// and that an idiom of that shape ("in advance") is no thing.
func TestRulersAndIdiomsAreNoAbstractThings(t *testing.T) {
	set := defaultSet(t)
	text := filler + "The Egyptian government met mediators in advance of the vote. Egyptian government officials said the plan was agreed in advance. " +
		"In addition, the mediators asked for attention. In addition, attention turned to the vote."
	c := compareOutlets([]string{text, text, text}, set)
	for _, idiom := range []string{"addition", "attention"} {
		if _, ok := thingMentions(c, idiom); ok {
			t.Errorf("%q makes a thing", idiom)
		}
	}
	if surfaces, _ := mentionsOf(c, "Egypt"); !slices.Contains(surfaces, "Egyptian government") {
		t.Errorf("Egypt: mentions %q, want \"Egyptian government\" among them", surfaces)
	}
	if _, ok := thingMentions(c, "advance"); ok {
		t.Errorf("\"in advance\" makes a thing")
	}
}

// TestDemonymsOfSeveralCountriesStayParts checks that a noun the story
// puts after the demonyms of two countries ("the Egyptian delegation",
// "the Qatari delegation") names two referents: each phrase stays a part
// of its country, while the noun's other mentions are the thing.
func TestDemonymsOfSeveralCountriesStayParts(t *testing.T) {
	set := defaultSet(t)
	c := compareOutlets([]string{
		filler + "The Egyptian delegation arrived, and the delegation met mediators.",
		filler + "The Qatari delegation arrived, and the delegation met mediators.",
		filler + "The delegation met mediators on Monday.",
	}, set)
	got, _ := thingMentions(c, "delegation")
	if want := []string{"the delegation", "the delegation", "The delegation"}; !slices.Equal(got, want) {
		t.Errorf("delegation: mentions %q, want %q", got, want)
	}
	if surfaces, _ := mentionsOf(c, "Egypt"); !slices.Equal(surfaces, []string{"Egyptian delegation"}) {
		t.Errorf("Egypt: mentions %q, want the Egyptian delegation", surfaces)
	}
}

// TestHyphenatedThingsAreLabelledWhole checks that a thing named by a
// hyphenated compound is labelled by the whole compound ("cease-fire",
// its plural joined to it), not by its first part.
func TestHyphenatedThingsAreLabelledWhole(t *testing.T) {
	set := defaultSet(t)
	c := compareOutlets([]string{
		filler + "The cease-fire held on Monday. The cease-fires of the past failed.",
		filler + "The cease-fire held on Monday, officials said.",
		filler + "A cease-fire held on Monday.",
	}, set)
	surfaces, ok := thingMentions(c, "cease-fire")
	if want := []string{"The cease-fire", "The cease-fires", "The cease-fire", "A cease-fire"}; !ok || !slices.Equal(surfaces, want) {
		var all []string
		for _, a := range c.Actors {
			all = append(all, a.Name)
		}
		t.Errorf("cease-fire: mentions %q, want %q (actors %q)", surfaces, want, all)
	}
	if _, ok := thingMentions(c, "cease"); ok {
		t.Error(`a thing is labelled "cease", the compound's first part`)
	}
}

// TestHyphenatedGivenNameIsOnePerson checks that outlets' spellings of an
// East Asian given name, hyphenated or not, name one person, and that a
// double-barrelled surname is not cut at its hyphen.
func TestHyphenatedGivenNameIsOnePerson(t *testing.T) {
	c := compareOutlets([]string{
		"North Korean leader Kim Jong-un fired a missile on Monday. Later, Kim left.",
		"North Korean dictator Kim Jong Un fired a missile on Monday. Later, Kim left.",
		"Anna Smith-Jones spoke on Monday. Tom Jones and Anna Jones listened.",
	}, defaultSet(t))
	var kim []string
	for _, a := range c.Actors {
		if strings.HasPrefix(a.Name, "Kim") {
			kim = append(kim, a.Name)
		}
	}
	if len(kim) != 1 {
		t.Fatalf("actors named Kim: %q, want one person", kim)
	}
	surfaces, labels := mentionsOf(c, kim[0])
	if want := []string{"North Korean leader Kim Jong-un", "Kim", "North Korean dictator Kim Jong Un", "Kim"}; !slices.Equal(surfaces, want) {
		t.Errorf("%s: mentions %q, want %q", kim[0], surfaces, want)
	}
	if want := []string{"leader", nameLabel, "dictator", nameLabel}; !slices.Equal(labels, want) {
		t.Errorf("%s: labels %q, want %q", kim[0], labels, want)
	}
	if s, _ := mentionsOf(c, "Anna Smith-Jones"); !slices.Equal(s, []string{"Anna Smith-Jones"}) {
		t.Errorf("Anna Smith-Jones: mentions %q, want her own name only", s)
	}
}

// TestTransliteratedNameIsOnePerson checks that two outlets' spellings of
// a name whose leading words no spelling rule joins ("Abd Rahim" and
// "Abdelrahim") are one person when the given name and surname agree, and
// that brothers named by their father ("Faisal bin Nadir", "Tariq bin
// Nadir") in two outlets stay two, and so do brothers who share two
// surnames ("Andrés Ruiz Ortega", "Pablo Ruiz Ortega").
func TestTransliteratedNameIsOnePerson(t *testing.T) {
	c := compareOutlets([]string{
		"President Abd Rahim Salem Dourani fled the capital on Monday. Dourani later asked for help.",
		"Ruling President Abdelrahim Salem Dourani left the port by boat. Mr Dourani asked neighbours to intervene.",
		"Prince Faisal bin Nadir met envoys on Monday. Faisal bin Nadir spoke later.",
		"Prince Tariq bin Nadir stayed away on Monday. Tariq bin Nadir spoke later.",
		"Andrés Ruiz Ortega spoke on Monday. Ruiz Ortega left.",
		"Pablo Ruiz Ortega spoke on Tuesday. Ruiz Ortega stayed.",
		"Foreign Minister Mohammad Reza Tavani spoke on Monday.",
		"Mahmoud Reza Tavani, a dissident, spoke on Tuesday.",
	}, defaultSet(t))
	var dourani, nadir, ortega []string
	for _, a := range c.Actors {
		switch {
		case strings.Contains(a.Name, "Dourani"):
			dourani = append(dourani, a.Name)
		case strings.Contains(a.Name, "Nadir"):
			nadir = append(nadir, a.Name)
		case strings.HasSuffix(a.Name, "Ruiz Ortega") && a.Name != "Ruiz Ortega":
			ortega = append(ortega, a.Name)
		}
	}
	if len(ortega) != 2 {
		t.Errorf("actors named Ruiz Ortega: %q, want the two brothers apart", ortega)
	}
	if s, _ := mentionsOf(c, "Mohammad Reza Tavani"); len(s) != 1 {
		t.Errorf("the minister's mentions %q, want his own only, not the dissident Mahmoud Reza Tavani's", s)
	}
	if len(dourani) != 1 {
		t.Errorf("actors named Dourani: %q, want one person", dourani)
	} else if s, _ := mentionsOf(c, dourani[0]); len(s) != 4 {
		t.Errorf("%s: mentions %q, want both outlets' full names and surnames", dourani[0], s)
	}
	if len(nadir) != 2 {
		t.Errorf("actors named bin Nadir: %q, want the two brothers apart", nadir)
	}
}

// TestPassingPlacesAreNoActors checks that a country one outlet of four or
// more names only in passing is no actor of the story, while one that two
// outlets name, or one outlet names in its headline, or one outlet of
// three names, stays one.
func TestPassingPlacesAreNoActors(t *testing.T) {
	set := defaultSet(t)
	body := filler + "Canada and Mexico won a delay of the tariffs on Monday. "
	article := func(outlet, title, extra string) *corpus.Article {
		return corpus.FromParagraphs(corpus.Meta{ID: outlet, Outlet: outlet, Title: title}, []string{body + extra})
	}
	aside := "Former dictators like Nicolae Ceausescu of Romania were once guests. Leaders met in Davos, Switzerland, in January. " +
		"Officials said the regime in Tehran was watching."
	c := Compare([]*corpus.Article{
		article("A", "Tariffs delayed", aside),
		article("B", "Tariffs delayed", "Syria was on the agenda."),
		article("C", "Tariffs delayed", "Syria was on the agenda."),
		article("D", "Tariffs delayed, Japan waits", ""),
		article("E", "Tariffs delayed", ""),
	}, set)
	for _, name := range []string{"Romania", "Switzerland"} {
		if s, _ := mentionsOf(c, name); len(s) > 0 {
			t.Errorf("%s, named in passing by one outlet of five, is an actor: %q", name, s)
		}
	}
	for _, name := range []string{"Syria", "Japan", "Canada"} {
		if s, _ := mentionsOf(c, name); len(s) == 0 {
			t.Errorf("%s is no actor; two outlets, or a headline, name it", name)
		}
	}
	if s, labels := mentionsOf(c, "Iran"); !slices.Equal(labels, []string{"regime"}) {
		t.Errorf("Iran: mentions %q labelled %q, want the one labelled regime: a place an outlet labels is no passing place", s, labels)
	}
	// Of seven outlets two are fewer than a third: Europe, named once by
	// each, is passing; Syria, named twice by one of them, may be named
	// differently and stays.
	seven := []*corpus.Article{
		article("A", "Tariffs delayed", "Europe waited. Syria was on the agenda, and Syria answered."),
		article("B", "Tariffs delayed", "Europe waited. Syria was on the agenda."),
	}
	for _, o := range []string{"C", "D", "E", "F", "G"} {
		seven = append(seven, article(o, "Tariffs delayed", ""))
	}
	c = Compare(seven, set)
	if s, _ := mentionsOf(c, "Europe"); len(s) > 0 {
		t.Errorf("Europe, named once by two outlets of seven, is an actor: %q", s)
	}
	if s, _ := mentionsOf(c, "Syria"); len(s) != 3 {
		t.Errorf("Syria: mentions %q, want all three: one outlet names it twice", s)
	}
	three := Compare([]*corpus.Article{article("A", "Tariffs delayed", aside), article("B", "Tariffs delayed", ""), article("C", "Tariffs delayed", "")}, set)
	if s, _ := mentionsOf(three, "Romania"); len(s) == 0 {
		t.Error("Romania is no actor in a story of three outlets, where one outlet is a third")
	}
}

// TestMergeSpans checks that overlapping and nested spans merge and that
// touching or separate ones stay apart, in order.
func TestMergeSpans(t *testing.T) {
	tests := []struct{ in, want [][2]int }{
		{nil, nil},
		{[][2]int{{5, 9}, {0, 3}}, [][2]int{{0, 3}, {5, 9}}},
		{[][2]int{{0, 10}, {2, 4}, {8, 12}}, [][2]int{{0, 12}}},
		{[][2]int{{0, 3}, {3, 6}}, [][2]int{{0, 3}, {3, 6}}},
	}
	for _, tt := range tests {
		if got := mergeSpans(slices.Clone(tt.in)); !slices.Equal(got, tt.want) {
			t.Errorf("mergeSpans(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestTimeAnchorsAreNoThings checks that a thing the story names only to
// date other events ("after the inauguration") is no actor, while one it
// also names otherwise keeps every mention, the dating one too.
func TestTimeAnchorsAreNoThings(t *testing.T) {
	set := defaultSet(t)
	c := compareOutlets([]string{
		filler + "Shortly after the inauguration, the strike hit the camp.",
		filler + "The strike hit the camp days before the inauguration.",
		filler + "Ahead of the inauguration, officials met. They spoke after the strike.",
	}, set)
	if got, ok := thingMentions(c, "inauguration"); ok {
		t.Errorf("the inauguration, named only to date events, is an actor: %q", got)
	}
	if got, _ := thingMentions(c, "strike"); !slices.Equal(got, []string{"the strike", "The strike", "the strike"}) {
		t.Errorf("strike: mentions %q, want all three", got)
	}
}

// TestTitleCaseHeadlineNamesNoPerson checks that a gazetteer name opening
// a headline in title case does not make the capitalised words after it a
// person's name and titles: "White House Answers Critics Of Mayor Tom Reed"
// is the White House and nothing more, and Tom Reed of the body is one
// person, not split by a headline "name" ending in his surname.
func TestTitleCaseHeadlineNamesNoPerson(t *testing.T) {
	set := defaultSet(t)
	a := corpus.FromParagraphs(corpus.Meta{ID: "a", Outlet: "Outlet A", Title: "White House Answers Critics Of Mayor Tom Reed"},
		[]string{"The White House answered critics of Mayor Tom Reed on Monday. Later, Reed spoke to reporters, and Reed left."})
	c := Compare([]*corpus.Article{a}, set)
	for _, act := range c.Actors {
		if act.Kind == "person" && act.Name != "Tom Reed" {
			t.Errorf("%q is a person (mentions %v)", act.Name, act.Mentions)
		}
	}
	surfaces, _ := mentionsOf(c, "Tom Reed")
	if !slices.Equal(surfaces, []string{"Mayor Tom Reed", "Reed", "Reed"}) {
		t.Errorf("Tom Reed's mentions %q, want the body's three", surfaces)
	}
}

// TestDemonymPhraseEndsAtItsHead checks that the noun a demonym opens is
// the head of its phrase, not an adverb, preposition or verb after it:
// "Iranian security since the war" is labelled "security",
// "Pakistani police detain" "police" (a plural without "s"), "Ukrainian
// plane near the city" "plane".
func TestDemonymPhraseEndsAtItsHead(t *testing.T) {
	set := defaultSet(t)
	tests := []struct{ text, actor, label string }{
		{"Analysts said Iranian security since the war had improved.", "Iran", "security"},
		{"On Monday, Pakistani police detain a man in the square.", "Pakistan", "police"},
		{"On Monday, Egyptian people reject the decree.", "Egypt", "people"},
		{"On Monday, Turkish policemen hold a line in the square.", "Turkey", "policemen"},
		{"Witnesses saw the Ukrainian plane near the airport on Monday.", "Ukraine", "plane"},
		{"Analysts said Canadian policy without a plan would fail.", "Canada", "policy"},
	}
	for _, tt := range tests {
		c := Compare([]*corpus.Article{clean("Outlet A", tt.text)}, set)
		_, labels := mentionsOf(c, tt.actor)
		if !slices.Equal(labels, []string{tt.label}) {
			t.Errorf("%q: %s labelled %q, want %q", tt.text, tt.actor, labels, tt.label)
		}
	}
}

// TestCapitalAsPlaceIsNoNaming checks that a capital named as the place
// where something happens ("protests in Tehran", "Iran's capital,
// Tehran", "flew to Tehran", "southwest of Tehran") is no naming of its
// country, while the capital standing for the government ("Tehran denied
// it") is one, counted in the label table; being another name of the
// country, it makes no naming difference either way.
func TestCapitalAsPlaceIsNoNaming(t *testing.T) {
	set := defaultSet(t)
	place := clean("Outlet A", filler+"Crowds gathered in Tehran on Monday. Iran said little. Students marched near Tehran on Tuesday, and Iran's capital, Tehran, was quiet. "+
		"Jane Roe discussed the Tehran project, and the Tehran tower was never built. The envoy flew to Tehran, and a village southwest of Tehran flooded, "+
		"200 miles from Tehran. The minister dispatched Jane Roe to Tehran on Friday. Jane Roe left Tehran prison on Saturday, "+
		"as Tehran resident Ali Dara watched and Tehran streets stayed calm.")
	metonym := clean("Outlet A", filler+"Tehran denied the report on Monday. Iran said little. Later, Tehran rejected the claims, and Iran spoke.")
	// A city noun in -s is a verb before its object ("Tehran jails
	// dissidents", "Tehran courts investors", "Tehran markets its oil").
	verbs := clean("Outlet A", filler+"Tehran jails dissidents for years. Iran said little. Later, Tehran courts investors abroad, and Tehran markets its oil to Asia.")
	other := clean("Outlet B", filler+"Iran denied the report on Monday. Iran said little. Later, Iran rejected the claims.")
	for _, tt := range []struct {
		a    *corpus.Article
		want bool
	}{{place, false}, {metonym, true}, {verbs, true}} {
		c := Compare([]*corpus.Article{tt.a, other}, set)
		named := false
		for _, a := range c.Actors {
			for _, m := range a.Mentions {
				named = named || a.Name == "Iran" && m.Label == "tehran" && !m.Part
			}
		}
		if named != tt.want {
			t.Errorf("%q: Tehran a naming of Iran %v, want %v", tt.a.Text, named, tt.want)
		}
		if slices.ContainsFunc(c.Differences, func(d Difference) bool { return d.Kind == KindNaming && d.Label == "tehran" }) {
			t.Errorf("%q: the capital's name is a naming difference", tt.a.Text)
		}
	}
}

// TestOtherNamesAreNoNamingDifference checks that another name of an
// actor in house style ("America" for the United States, "Britain" for the
// United Kingdom, the spelling "al Qaida") counts in the label table but
// makes no naming difference, while a former or contested name ("Burma",
// "Daesh") and a common noun for its rulers ("the leadership in Tehran")
// still do.
func TestOtherNamesAreNoNamingDifference(t *testing.T) {
	set := defaultSet(t)
	for _, tt := range []struct {
		a, b  string
		label string
		want  bool
	}{
		{"America imposed new sanctions on Monday. Later, America said the talks had failed.",
			"The United States imposed new sanctions on Monday. Later, the United States said the talks had failed.", "america", false},
		{"Britain recalled its envoy on Monday. Later, Britain said the talks had failed.",
			"The United Kingdom recalled its envoy on Monday. Later, the United Kingdom said the talks had failed.", "britain", false},
		{"Al Qaida claimed the bombing on Monday. Later, al Qaida said the talks had failed.",
			"Al-Qaeda claimed the bombing on Monday. Later, al-Qaeda said the talks had failed.", "al qaida", false},
		// A former or contested name is a choice that frames.
		{"Burma jailed the reporter on Monday. Later, Burma said the talks had failed.",
			"Myanmar jailed the reporter on Monday. Later, Myanmar said the talks had failed.", "burma", true},
		{"Daesh claimed the bombing on Monday. Later, Daesh said the talks had failed.",
			"The Islamic State claimed the bombing on Monday. Later, the Islamic State said the talks had failed.", "daesh", true},
		{"The leadership in Tehran jailed the reporter on Monday. Later, the leadership in Tehran said the talks had failed.",
			"Iran jailed the reporter on Monday. Later, Iran said the talks had failed.", "leadership", true},
	} {
		c := Compare([]*corpus.Article{clean("Outlet A", filler+tt.a), clean("Outlet B", filler+tt.b)}, set)
		counted := false
		for _, a := range c.Actors {
			counted = counted || a.Labels["Outlet A"][tt.label] != nil
		}
		if !counted {
			t.Errorf("%q: label %q not in the label table", tt.a, tt.label)
		}
		got := slices.ContainsFunc(c.Differences, func(d Difference) bool { return d.Kind == KindNaming && d.Label == tt.label })
		if got != tt.want {
			t.Errorf("%q: naming difference %q %v, want %v", tt.a, tt.label, got, tt.want)
		}
	}
}

// TestEventLabelNeverUsedMeansNever checks that a story's event is no
// naming difference for a word the other outlet writes as a noun, though
// no mention was read there ("no halt in fighting"): "never does" must be
// true of the text. A verb ("fighting fires") or a name is no such use.
func TestEventLabelNeverUsedMeansNever(t *testing.T) {
	set := defaultSet(t)
	a := clean("Outlet A", filler+"The fighting killed ten people in the north on Monday. The fighting went on into the night.")
	for _, tt := range []struct {
		b    string
		want bool
	}{
		{"The conflict killed ten people in the north on Monday. The conflict went on into the night. Ten people died.", true},
		{"The conflict killed ten people in the north on Monday. The conflict went on into the night, with no halt in fighting.", false},
		// A verb with its object, or a name, is no use of the noun.
		{"The conflict killed ten people in the north on Monday. The conflict went on into the night. Firefighters were still fighting fires at the port.", true},
		{"The conflict killed ten people in the north on Monday. The conflict went on into the night. The town hall shows a film on Fighting Spirit Day.", true},
	} {
		c := Compare([]*corpus.Article{a, clean("Outlet B", filler+tt.b)}, set)
		got := slices.ContainsFunc(c.Differences, func(d Difference) bool { return d.Kind == KindNaming && d.Label == "fighting" })
		if got != tt.want {
			t.Errorf("%q: naming difference \"fighting\" %v, want %v", tt.b, got, tt.want)
		}
	}
}

// TestEventWordVariedIsNoNaming checks that an outlet writing the others'
// word for an event at least as often as its own ("fighting" twice beside
// "the conflict" three times) varies its words rather than choosing them:
// no naming difference, while an outlet that writes only its own word is
// one. A loaded word ("massacre") needs the plain one twice as often.
func TestEventWordVariedIsNoNaming(t *testing.T) {
	set := defaultSet(t)
	conflict := "The conflict killed ten people in the north on Monday. The conflict went on into the night. Ten people died."
	killing := "The killing of ten villagers shocked the north on Monday. The killing went on into the night. Ten people died."
	for _, tt := range []struct {
		a, b, label string
		want        bool
	}{
		{"The fighting killed ten people in the north on Monday. The fighting went on into the night.", conflict, "fighting", true},
		{"The fighting killed ten people in the north on Monday. The fighting went on into the night. The conflict began in May. The conflict spread. The conflict worsened.", conflict, "fighting", false},
		{"The fighting killed ten people in the north on Monday. The fighting went on into the night. The fighting spread. The conflict began in May.", conflict, "fighting", true},
		{"The massacre of ten villagers shocked the north on Monday. The massacre went on into the night. The killing of four villagers shocked the south on Monday. The killing went on into the day.", killing, "massacre", true},
		{"The massacre of ten villagers shocked the north on Monday. The massacre went on into the night. The killing began at dawn. The killing spread to the coast. The killing was filmed by a drone. The killing shocked the capital. The killing drew protests in the south.", killing, "massacre", false},
	} {
		c := Compare([]*corpus.Article{clean("Outlet A", filler+tt.a), clean("Outlet B", filler+tt.b)}, set)
		got := slices.ContainsFunc(c.Differences, func(d Difference) bool { return d.Kind == KindNaming && d.Label == tt.label })
		if got != tt.want {
			t.Errorf("%q: naming difference %q %v, want %v", tt.a, tt.label, got, tt.want)
		}
	}
}

// TestHeadAsBodyIsNoMention checks that "in the head" is the body, no
// mention of the person who heads something, while "the head of the
// agency" set off after a name is that person.
func TestHeadAsBodyIsNoMention(t *testing.T) {
	set := defaultSet(t)
	c := Compare([]*corpus.Article{
		clean("Outlet A", filler+"Maria Okafor, the head of the agency, resigned on Monday. Snipers shot protesters in the head, neck and chest. One man was hit in the head. Okafor said little."),
		clean("Outlet B", filler+"Maria Okafor resigned on Monday. Okafor said little."),
	}, set)
	heads := 0
	for _, a := range c.Actors {
		for _, m := range a.Mentions {
			if m.Label == "head" {
				heads++
			}
		}
	}
	if heads != 1 {
		t.Errorf("%d mentions labelled head, want 1 (the appositive)", heads)
	}
}

// TestSeatAsPlaceIsNoNaming checks that a seat of government named by its
// place where something happens ("lawmakers outside Capitol Hill", "the
// incident at Capitol Hill", "lawmakers on Capitol Hill") is the place,
// no naming of the body, while "Capitol Hill rejected the plan" and "the
// pressure on Capitol Hill" name it.
func TestSeatAsPlaceIsNoNaming(t *testing.T) {
	set := defaultSet(t)
	for _, tt := range []struct {
		sentence string
		want     bool
	}{
		{"Protesters shouted at lawmakers outside Capitol Hill on Monday.", false},
		{"The pressure on Capitol Hill grew on Monday.", true},
		{"The incident at Capitol Hill angered voters on Monday.", false},
		{"Capitol Hill rejected the plan on Monday.", true},
		{"Protesters shouted at lawmakers on Capitol Hill on Monday.", false},
		{"The incident on Capitol Hill angered voters on Monday.", false},
		{"The attacks on Capitol Hill grew sharper on Monday.", true},
		{"The mayor is counting on Capitol Hill for the money on Monday.", true},
	} {
		c := Compare([]*corpus.Article{clean("Outlet A", filler+tt.sentence+" Congress said little."), clean("Outlet B", filler+"Congress rejected the plan on Monday.")}, set)
		named := false
		for _, a := range c.Actors {
			for _, m := range a.Mentions {
				named = named || m.Label == "capitol hill" && !m.Part
			}
		}
		if named != tt.want {
			t.Errorf("%q: Capitol Hill a naming of Congress %v, want %v", tt.sentence, named, tt.want)
		}
	}
}

// TestCapitalOwningIsNaming checks that a capital owning what follows it
// ("the heart of Tehran's demands", "returned to Tehran's position"), or
// after a journey word whose own object or a degree comes before "to"
// ("flew aid to Tehran's allies", "moved closer to Tehran", "dispatched a
// letter to Tehran"), stays a naming of its government: no setting.
func TestCapitalOwningIsNaming(t *testing.T) {
	set := defaultSet(t)
	other := clean("Outlet B", filler+"Iran denied the report on Monday. Iran said little. Later, Iran rejected the claims.")
	for _, sentence := range []string{
		"Tehran denied the plan on Monday.",
		"The levy sits at the heart of Tehran's demands.",
		"Tariffs are at the centre of Tehran's strategy.",
		"The envoy returned to Tehran's position on the dam.",
		"Baghdad moved to Tehran's side in the quarrel.",
		"The charity flew grain to Tehran's allies in the south.",
		"The province moved closer to Tehran after the vote.",
		"The envoy dispatched a letter to Tehran on Friday.",
	} {
		c := Compare([]*corpus.Article{clean("Outlet A", filler+sentence+" Iran said little."), other}, set)
		named := false
		for _, a := range c.Actors {
			for _, m := range a.Mentions {
				named = named || a.Name == "Iran" && m.Label == "tehran" && !m.Part
			}
		}
		if !named {
			t.Errorf("%q: Tehran is no naming of Iran", sentence)
		}
	}
}

// TestPeopleAndMembersAreNoNaming checks that the people of a country
// ("Iranians") and the members of a party ("Republicans") are no naming of
// the state or the party: one outlet writing them where another writes
// the name makes no naming difference.
func TestPeopleAndMembersAreNoNaming(t *testing.T) {
	set := defaultSet(t)
	tests := []struct{ actor, a, b string }{
		{"Iran", "Officials said Iranians rejected the offer on Monday, and Iran said so. Later, Iranians left, and Iran spoke.",
			"Iran rejected the offer on Monday, and Iran said so. Later, Iran left."},
		{"Republican Party", "Republicans objected, and Republicans voted no, as the Republican Party said.",
			"The GOP objected, and the GOP voted no, as the Republican Party said."},
	}
	for _, tt := range tests {
		c := Compare([]*corpus.Article{clean("Outlet A", filler+tt.a), clean("Outlet B", filler+tt.b)}, set)
		for _, d := range c.Differences {
			if d.Kind == KindNaming && d.Actor == tt.actor {
				t.Errorf("a naming difference: %s", d.Summary)
			}
		}
		if _, labels := mentionsOf(c, tt.actor); !slices.ContainsFunc(labels, func(l string) bool { return l != nameLabel }) {
			t.Errorf("%s's labels %q, want the people or members among its mentions", tt.actor, labels)
		}
	}
}

// TestPlacesLawsAndGroupsAreNoPersons checks that a capitalised name
// ending in a common noun of places, laws, bodies or groups ("Kansas
// City", "the Harbor Jobs Act", "Senate Democrats"), or opening with
// "The", is no person, and gets the kind its last word says.
func TestPlacesLawsAndGroupsAreNoPersons(t *testing.T) {
	set := defaultSet(t)
	text := "Officials said the Harbor Jobs Act passed on Monday. Crowds filled Union Square. Kansas City sued the state. " +
		"Later, Senate Democrats objected, and critics blamed The Grey Lantern. Jane Roe spoke, and the General Assembly voted. " +
		"Critics called the Ohio Democrat weak, and recalled the Great Depression. A Kashmiri Muslim shouted, and another Kashmiri Muslim wept. " +
		"Jane Roe spoke on America's Newsroom on Monday, and Roe smiled. Officials said Hispanics voted early, and Hispanics won. " +
		"As the Harbor Examiner's Tom Vale notes, the Harbor Political Report agrees. " +
		"Officials met in Brightwater on Monday. Protests spread in Brightwater. Brightwater later rejected the offer. Six Jewish Israelis were charged. " +
		"Ann Kolb worked at Goldman Sachs for a decade, and Ben Dorn, a former partner at Goldman Sachs, agreed. Goldman Sachs declined to comment. " +
		"Workers at Acme Widgets walked out, and Acme Widgets said it would talk. " +
		"Officials opened a bar in Hell's Kitchen on Monday, and Hell's Kitchen loved it. Protests spread in Hell's Kitchen. " +
		"Voters met in Des Moines on Monday, and officials said Des Moines later rejected the offer. Fort Worth sued the state. Special counsel Robert Mueller spoke, and the Mueller Report was read. " +
		"Critics said the Code of Conduct was broken, and the Privacy Policy changed. The Democratic National Convention opened. " +
		"Leaders met at Greyhaven on Monday. Protests spread at Greyhaven. Greyhaven later rejected the offer. " +
		"Defence Secretary Des Browne resigned. University president Santa Ono resigned, and Ono said he was sorry. " +
		"The San Antonio Spurs won, and the San Antonio Spurs lost. Voters met in Santa Monica on Monday. Protests spread in Santa Monica. Santa Monica later rejected the offer. " +
		"The president at Camp David met the prime minister. Aides at Camp David said no. Camp David has hosted many summits. " +
		"Soldiers at Beit Hanoun fired on Monday. Fighters at Beit Hanoun fled, and Beit Hanoun was shelled. " +
		"An economist at Morgan Stanley spoke, and Morgan Stanley declined to comment. " +
		"Officials read the Nunes Memo on Monday, and the Nunes Memo was released. Later, the Steele Dossier was cited. " +
		"The Democratic Socialists of America met on Monday, and the Democratic Socialists of America voted."
	c := compareOutlets([]string{filler + text, filler + text}, set)
	want := map[string]string{"Democratic Socialists": "group", "Nunes Memo": "thing", "Steele Dossier": "thing", "Camp David": "place", "Beit Hanoun": "place", "Morgan Stanley": "organisation", "Des Browne": "person", "Santa Ono": "person", "San Antonio Spurs": "organisation", "Santa Monica": "place", "Greyhaven": "place", "Democratic National Convention": "thing", "Des Moines": "place", "Fort Worth": "place", "Mueller Report": "thing", "Code of Conduct": "thing", "Privacy Policy": "thing", "Hell's Kitchen": "place", "Goldman Sachs": "organisation", "Acme Widgets": "organisation", "Jewish Israelis": "group", "Brightwater": "place", "Newsroom": "organisation", "Hispanics": "group", "Harbor Examiner": "organisation", "Harbor Political Report": "organisation", "Harbor Jobs Act": "thing", "Union Square": "place", "Kansas City": "place", "Senate Democrats": "group", "The Grey Lantern": "organisation", "Jane Roe": "person", "General Assembly": "organisation", "Ohio Democrat": "group", "Great Depression": "thing", "Kashmiri Muslim": "group"}
	for _, a := range c.Actors {
		if k, ok := want[a.Name]; ok {
			if a.Kind != k {
				t.Errorf("%q is a %s, want %s", a.Name, a.Kind, k)
			}
			delete(want, a.Name)
		}
	}
	for name := range want {
		t.Errorf("%q is no actor", name)
	}
}

// TestWordsOfOtherSensesAreNoSynonyms checks that a word whose common news
// sense is another thing is no synonym of an event noun: one outlet's
// "the acts" (of defiance) are not another's "the bills", "foreign affairs"
// no "scandals", nor "the vote" in a chamber an "election".
func TestWordsOfOtherSensesAreNoSynonyms(t *testing.T) {
	set := defaultSet(t)
	for _, pair := range [][2]string{
		{"Officials called the acts a provocation on Monday. Later, the acts drew protests, and the acts were condemned.",
			"Officials called the bills a provocation on Monday. Later, the bills drew protests, and the bills were condemned."},
		{"Officials said foreign affairs mattered on Monday. Later, the affairs of state waited, and the affairs were settled.",
			"Officials said the scandals mattered on Monday. Later, the scandals waited, and the scandals were settled."},
		{"Officials said the vote was close on Monday. Later, the vote was delayed, and the vote was held.",
			"Officials said the election was close on Monday. Later, the election was delayed, and the election was held."},
	} {
		c := Compare([]*corpus.Article{clean("Outlet A", filler+pair[0]), clean("Outlet B", filler+pair[1]), clean("Outlet C", filler+pair[1])}, set)
		for _, a := range c.Actors {
			if a.Kind == "thing" && len(a.SortedLabels()) > 1 {
				t.Errorf("one thing labelled %q", a.SortedLabels())
			}
		}
	}
}

// TestPatronymIsNoSurname checks that a person named by the father's name
// alone ("King Tahir") is not the son named with a patronym ("Crown Prince
// Omar bin Tahir"), whom "bin Tahir" still names.
func TestPatronymIsNoSurname(t *testing.T) {
	set := defaultSet(t)
	c := Compare([]*corpus.Article{
		clean("Outlet A", "Crown Prince Omar bin Tahir met envoys on Monday. King Tahir did not attend, and bin Tahir spoke later."),
		clean("Outlet B", "King Tahir met envoys on Monday, officials said."),
	}, set)
	surfaces, _ := mentionsOf(c, "Omar bin Tahir")
	if !slices.Equal(surfaces, []string{"Crown Prince Omar bin Tahir", "Tahir"}) {
		t.Errorf("the son's mentions %q, want the full name and bin Tahir", surfaces)
	}
	if surfaces, _ := mentionsOf(c, "Tahir"); !slices.Equal(surfaces, []string{"King Tahir", "King Tahir"}) {
		t.Errorf("the king's mentions %q, want King Tahir in both outlets", surfaces)
	}
}

// TestAcronymsWithAndWithoutStopsAreOne checks that an acronym written
// with full stops is the actor written without them: "C.I.A." is the CIA
// of the gazetteer, and "N.W.R.A." the "NWRA" the gazetteer lacks.
func TestAcronymsWithAndWithoutStopsAreOne(t *testing.T) {
	set := defaultSet(t)
	c := compareOutlets([]string{
		filler + "Officials said C.I.A. analysts warned N.W.R.A. members on Monday. Later, C.I.A. officers left.",
		filler + "Officials said CIA analysts warned NWRA members on Monday. Later, NWRA members left.",
	}, set)
	for name, want := range map[string]int{"CIA": 3, "NWRA": 3} {
		if surfaces, _ := mentionsOf(c, name); len(surfaces) != want {
			t.Errorf("%s: mentions %q, want %d", name, surfaces, want)
		}
	}
}

// TestBodyNouns checks the noun an article may use for an organisation it
// named: the one its name ends with, or the one a longer name of an
// acronym holds; none for a noun any public body is called, nor for a
// name that is no institution's.
func TestBodyNouns(t *testing.T) {
	g := gazetteer.Default()
	for name, want := range map[string]string{
		"Justice Department": "department", // its own name's noun
		"FBI":                "bureau",     // Federal Bureau of Investigation
		"NATO":               "organization",
		"CIA":                "", // Central Intelligence Agency: "agency" is said of any body
		"Iran":               "",
		"ZZTQ":               "", // an acronym the gazetteer lacks
	} {
		if got := bodyNoun(g, name); got != want {
			t.Errorf("bodyNoun(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestOfficeComplementIsNoName checks that the place an office is held
// towards ("Ambassador to Chile") ends the office, a mention of its own,
// and opens no person's name; a demonym there still opens a body's name.
func TestOfficeComplementIsNoName(t *testing.T) {
	set := defaultSet(t)
	tests := []struct {
		name     string
		text     string
		actor    string
		surfaces []string
	}{
		{"a country after an office", "Officials met on Monday. Later the Ambassador to Chile Maria Okafor left the port, and Okafor smiled.", "Maria Okafor",
			[]string{"Maria Okafor", "Okafor"}},
		{"the country is a mention of its own", "Officials met on Monday. Later the Ambassador to Chile Maria Okafor left the port, and Okafor smiled.", "Chile",
			[]string{"Chile"}},
		{"a body with its article after an office", "Officials met on Monday. The envoy to the U.N. Jonas Berg said the port was closed.", "Jonas Berg",
			[]string{"Jonas Berg"}},
		{"a country describing a person is kept", "Officials met on Monday. Chilean Foreign Minister Maria Okafor left the port.", "Maria Okafor",
			[]string{"Chilean Foreign Minister Maria Okafor"}},
		{"a demonym after an office opens a body's name", "Officials met on Monday. He was a special representative to the Chilean Harbour Authority for years.", "Harbour Authority",
			[]string{"Chilean Harbour Authority"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := compareOutlets([]string{tt.text}, set)
			if surfaces, _ := mentionsOf(c, tt.actor); !slices.Equal(surfaces, tt.surfaces) {
				t.Errorf("%s: mentions %q, want %q", tt.actor, surfaces, tt.surfaces)
			}
		})
	}
}

// TestPrefixJoinedToANameIsNoThing checks that a word joined by a hyphen
// to a name after it ("an anti-Western film") is no head of a recurring
// thing: the story keeps naming the film, not an "anti".
func TestPrefixJoinedToANameIsNoThing(t *testing.T) {
	set := defaultSet(t)
	text := "Officials said an anti-Western film caused anger on Monday. Later, the anti-Western protests grew, and the anti-Western mood spread."
	c := compareOutlets([]string{filler + text, filler + text, filler + text}, set)
	if surfaces, ok := thingMentions(c, "anti"); ok {
		t.Errorf("a thing named anti: %q", surfaces)
	}
}

// TestPictureLabelsAreNoActors checks that the labels a web page puts on
// its pictures ("Hide Caption", "Media caption", "Getty Images") name no
// actor, nor an adjective of stance made from a name ("Anti-Western").
func TestPictureLabelsAreNoActors(t *testing.T) {
	set := defaultSet(t)
	text := "Crowds gathered on Monday. Hide Caption 12 of 40 Photos: Protesters marched. Media caption The crowd sang. Image copyright Getty Images Image caption Officials said little. " +
		"Later, Anti-Western protests spread, and Pro-Kremlin media cheered."
	c := compareOutlets([]string{filler + text, filler + text}, set)
	for _, a := range c.Actors {
		for _, w := range []string{"Caption", "Media", "Image", "Getty", "Photos", "Anti", "Pro-"} {
			if strings.Contains(a.Name, w) {
				t.Errorf("%q is a %s", a.Name, a.Kind)
			}
		}
	}
}

// TestCommonWordsCapitalisedAreNoNames checks that a one-word "name" the
// story writes in lower case at least as often ("Marchers" at the head of
// picture captions, "marchers" in the text) is no actor, while one it
// rarely lowers ("Senate") stays.
func TestCommonWordsCapitalisedAreNoNames(t *testing.T) {
	set := defaultSet(t)
	text := "Photos of the day show worldwide Marchers at the gate, and worldwide Marchers with flags. Officials said the marchers left, the marchers returned, and marchers sang. " +
		"The vote in the Senate failed, and the Senate adjourned on Monday. Officials said the war against IS ended, and the war against IS resumed, but Is this the end for IS? Critics said it is not, and it is far from over."
	c := compareOutlets([]string{filler + text, filler + text}, set)
	var names []string
	for _, a := range c.Actors {
		names = append(names, a.Name)
	}
	if slices.Contains(names, "Marchers") || !slices.Contains(names, "Senate") || !slices.Contains(names, "IS") {
		t.Errorf("actors %q, want Senate and IS and no Marchers", names)
	}
}

// TestGenerationSuffixNamesTheSon checks that a suffix written with or
// without its stop names one person, and that the father's bare surname
// stays his, however often the son is named.
func TestGenerationSuffixNamesTheSon(t *testing.T) {
	set := defaultSet(t)
	tests := []struct {
		name  string
		texts []string
		want  map[string][]string // actor key -> surfaces
	}{
		{"a suffix with and without its stop", []string{
			"Donald Trump Jr. met aides on Monday. Later, Trump Jr. spoke.",
			"Donald Trump Jr met aides on Monday, officials said."},
			map[string][]string{"p:trump jr": {"Donald Trump Jr.", "Trump Jr.", "Donald Trump Jr"}}},
		{"a senior's suffix with and without its stop", []string{
			"Jake Sullivan Sr. spoke on Monday.",
			"Jake Sullivan Sr spoke on Monday, and Jake Sullivan Sr. left."},
			map[string][]string{"p:sullivan sr": {"Jake Sullivan Sr.", "Jake Sullivan Sr", "Jake Sullivan Sr."}}},
		{"the father's bare surname beside a son named more often", []string{
			"President Donald Trump defended his son. Trump said Donald Trump Jr. had done nothing wrong. Trump Jr. released the emails.",
			"Donald Trump Jr. met aides. Trump Jr. spoke. Later, Trump Jr. left, and Donald Trump Jr. smiled."},
			map[string][]string{"p:trump": {"President Donald Trump", "Trump"},
				"p:trump jr": {"Donald Trump Jr.", "Trump Jr.", "Donald Trump Jr.", "Trump Jr.", "Trump Jr.", "Donald Trump Jr."}}},
		{"a bare surname whose holder is named once", []string{
			"Governor Jerry Brown spoke. Later, Brown left, and Jerry Brown Jr. smiled.",
			"Jerry Brown Jr. spoke on Monday. Jerry Brown Jr. left, and Jerry Brown Jr. smiled."},
			map[string][]string{"p:brown": {"Governor Jerry Brown", "Brown"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := compareOutlets(tt.texts, set)
			for key, want := range tt.want {
				var got []string
				for _, a := range c.Actors {
					if a.ID == key {
						for _, m := range a.Mentions {
							got = append(got, m.Surface)
						}
					}
				}
				if !slices.Equal(got, want) {
					t.Errorf("%s: mentions %q, want %q", key, got, want)
				}
			}
		})
	}
}

// TestPartyBeforeAChamberIsTheAffiliation checks that a party's adjective
// before a chamber and a title ("Democratic House Speaker Nancy Pelosi")
// describes the person, as before a title alone.
//
// A demonym before the party and a title ("American Republican Senator
// Tom Doe") opens no movement's name: the title starts the person. An
// office's adjective between the party and the title ("Republican
// presidential nominee") is the title's, as a chamber is.
func TestPartyBeforeAChamberIsTheAffiliation(t *testing.T) {
	set := defaultSet(t)
	text := "Democratic House Speaker Nancy Pelosi spoke on Monday. Republican House Minority Leader Kevin McCarthy said no. " +
		"Later, Republican Senate Majority Leader Mitch McConnell left, and Democratic Senate candidate Raphael Warnock won. Democratic Sen. Chuck Schumer agreed. " +
		"American Republican Senator Tom Doe spoke. Later, Doe left. " +
		"Republican presidential nominee Mark Vane weighed in. Democratic vice presidential candidate Ada Finch replied. " +
		"Democratic gubernatorial hopeful Ian Roth agreed. A Republican presidential debate host, Lou Kemp, smiled."
	c := compareOutlets([]string{filler + text}, set)
	want := map[string]string{"Nancy Pelosi": "Democratic Party", "Kevin McCarthy": "Republican Party", "Mitch McConnell": "Republican Party",
		"Raphael Warnock": "Democratic Party", "Chuck Schumer": "Democratic Party", "Tom Doe": "Republican Party",
		"Mark Vane": "Republican Party", "Ada Finch": "Democratic Party", "Ian Roth": "Democratic Party", "Lou Kemp": ""}
	checkAffiliations(t, c, want)
}

// TestPartyAppositiveIsTheAffiliation checks that an appositive whose head
// is a party's member gives the person the party ("Jane Roe, a Nevada
// Democrat,", "the panel's top Republican"), as does a party adjective
// opening the appositive ("a Democratic state senator"), while a party
// after a preposition in it ("a critic of the Republican plan"), a
// party's possessive before another head ("the Democrats' top critic"),
// a former party ("a former Republican") or a compound of the party ("a
// Republican-leaning analyst") gives none.
func TestPartyAppositiveIsTheAffiliation(t *testing.T) {
	set := defaultSet(t)
	text := "Rep. Adam Vale, a Nevada Democrat, spoke on Monday. Sen. Mark Dorn, the panel's top Republican, agreed. " +
		"Rep. Jo Hart, a Democratic lawmaker, objected. Tom Lark, a critic of the Republican plan, left. " +
		"Nell Quist, a Democratic state senator, came. Otto Brand, a Republican former governor, waved. " +
		"Ida Welk, a Democratic critic of the plan, sat down. Una Pell, the Democrats' top critic, stood up. " +
		"Rob Fenn, the Republicans' nominee, smiled. Cleo Marsh, a former Republican, frowned. " +
		"Dirk Stahl, a Republican-leaning analyst, wrote. Vera Lind, a former Democratic donor, called. " +
		"Egon Tull, a Republican-turned-independent, ran. Lena Moor, a Democratic Party official, nodded."
	c := compareOutlets([]string{filler + text}, set)
	want := map[string]string{"Adam Vale": "Democratic Party", "Mark Dorn": "Republican Party", "Jo Hart": "Democratic Party", "Tom Lark": "",
		"Nell Quist": "Democratic Party", "Otto Brand": "Republican Party", "Ida Welk": "Democratic Party", "Una Pell": "",
		"Rob Fenn": "Republican Party", "Cleo Marsh": "", "Dirk Stahl": "", "Vera Lind": "", "Egon Tull": "", "Lena Moor": "Democratic Party"}
	checkAffiliations(t, c, want)
}

// TestAppositiveOfAPartDescribesThePart checks that an appositive after a
// part of an actor ("an American bank, an inquiry by senators found")
// describes the part, or the clause, and is no label of the actor.
func TestAppositiveOfAPartDescribesThePart(t *testing.T) {
	set := defaultSet(t)
	text := "The United States eased the rules on Monday. The money moved through an American bank, an inquiry by senators found. The United States said little."
	c := Compare([]*corpus.Article{clean("Outlet A", text)}, set)
	if _, labels := mentionsOf(c, "United States"); slices.Contains(labels, "inquiry") {
		t.Errorf("United States labelled %q, holding the appositive of its bank", labels)
	}
}

// TestAppositiveNamesNoOtherActor checks that a description right after a
// name and a comma describes that name, and is no mention of another actor
// it happens to fit ("Chile, the oldest American ally ..." is no mention of
// the American president the article is about), while a possessive there
// opens a longer phrase and names whom it says, and a phrase a verb follows
// is a clause's subject ("In Lima and Quito, the president has ...").
func TestAppositiveNamesNoOtherActor(t *testing.T) {
	set := defaultSet(t)
	text := "American President Tom Baker delayed the duties on Monday. Baker said so, and Baker left. " +
		"Officials have also been in talks with Chile, the oldest American ally to be spared the duties. " +
		"Baker spoke again. Aides praised Ann Lee, the president's first envoy to the region, on Tuesday. " +
		"In Lima and Quito, the president has resisted calls for troops."
	c := Compare([]*corpus.Article{clean("Outlet A", text)}, set)
	surfaces, _ := mentionsOf(c, "Tom Baker")
	if n := len(slices.DeleteFunc(slices.Clone(surfaces), func(s string) bool { return s != "the president" })); n != 2 {
		t.Errorf("Tom Baker's mentions %q, want \"the president\" twice: in the possessive, and as a subject after an opening phrase", surfaces)
	}
	if slices.Contains(surfaces, "the oldest American ally") {
		t.Errorf("Tom Baker's mentions %q hold the appositive of Chile", surfaces)
	}
	if !slices.Contains(surfaces, "the president") {
		t.Errorf("Tom Baker's mentions %q lack the possessive \"the president's\" in an appositive", surfaces)
	}
}

// TestPhraseAfterOpeningIsNoAppositive checks that a description after a
// name and a comma is a clause's subject, free to name the actor it fits,
// when the comma closes an opening phrase ("In Oslo and Bergen, the
// president ..."), when a verb follows it even past an adverb or in the
// present ("the president again refused", "the president resists"), and
// in a list ("Chile, Peru, the president and his aides signed").
func TestPhraseAfterOpeningIsNoAppositive(t *testing.T) {
	set := defaultSet(t)
	for _, tail := range []string{
		"In Oslo and Bergen, the president also resisted calls for troops.",
		"After talks with Chile, the president again refused.",
		"In Oslo, the president resists calls for troops.",
		"Chile, Peru, the president and his aides signed the pact on Tuesday.",
	} {
		text := "American President Tom Baker delayed the duties on Monday. " + tail
		c := Compare([]*corpus.Article{clean("Outlet A", text)}, set)
		if surfaces, _ := mentionsOf(c, "Tom Baker"); !slices.Contains(surfaces, "the president") {
			t.Errorf("%q: Tom Baker's mentions %q lack \"the president\"", tail, surfaces)
		}
	}
}

// TestContinentInstitutionsStayWhole checks that a continent's adjective
// before capitalised words holding an organisation noun opens the
// institution's name ("European Rail Bank"), not a part of the continent
// before an institution named without it ("Rail Bank"), while a
// country's adjective still describes its state's ministry.
func TestContinentInstitutionsStayWhole(t *testing.T) {
	set := defaultSet(t)
	for _, tt := range []struct{ text, actor string }{
		{"The European Rail Bank lent money to the port on Monday.", "European Rail Bank"},
		{"The European Fisheries Agency closed the bay on Monday.", "European Fisheries Agency"},
		{"The European Court of Coastal Rights ruled on Monday.", "European Court of Coastal Rights"},
		{"The Cuban Republican Brigade laid down its arms on Monday.", "Cuban Republican Brigade"},
		{"The Mongolian Democratic Front won seats on Monday.", "Mongolian Democratic Front"},
		// A staff word in capitals after the name is no word of it.
		{"A European Rail Bank Official said on Monday that the port would get a loan.", "European Rail Bank"},
		{"A Harbour Fisheries Agency Spokesman said on Monday that the bay would close.", "Harbour Fisheries Agency"},
	} {
		c := Compare([]*corpus.Article{clean("Outlet A", tt.text)}, set)
		if surfaces, _ := mentionsOf(c, tt.actor); len(surfaces) != 1 {
			var names []string
			for _, a := range c.Actors {
				names = append(names, a.Name)
			}
			t.Errorf("%q: no actor %q; actors %q", tt.text, tt.actor, names)
		}
	}
}

// TestRelationsAndContinentsAreNoParts checks that a demonym before a noun
// of relation ("Brazilian allies", "Peruvian rivals") names others, no part
// of its country, unless a determiner makes them the country's people as
// someone's allies ("our Brazilian allies"), and that a continent's adjective ("European ministers")
// is a part of the continent, a place, not an organisation named
// "European"; a graded demonym ("a very Peruvian affair") is a quality, no
// part of anything.
func TestRelationsAndContinentsAreNoParts(t *testing.T) {
	set := defaultSet(t)
	tests := []struct {
		text, actor, kind string
		labels            []string // the actor's labels; nil: no such actor
	}{
		{"Analysts said key Brazilian allies were worried on Monday, and Brazilian officials agreed.", "Brazil", "country", []string{"officials"}},
		{"On Monday, Peruvian rivals of the plan met.", "Peru", "", nil},
		{"Officials said they stand with our Brazilian allies.", "Brazil", "country", []string{"allies"}},
		{"Critics fear abandoning the U.S.' Brazilian allies.", "Brazil", "country", []string{"allies"}},
		{"On Monday, European ministers rejected the plan in Brussels.", "Europe", "place", []string{"ministers"}},
		{"On Monday, European ministers rejected the plan in Brussels.", "European", "", nil},
		{"The dinner was a very Peruvian affair, and Peruvian officials attended on Monday.", "Peru", "country", []string{"officials"}},
		// Whose allies they are is said: the demonym's people.
		{"Canada flew hundreds of Peruvian allies out of the region on Monday.", "Peru", "country", []string{"allies"}},
		{"Gunmen attacked Peruvian allies of Canada on Monday.", "Peru", "country", []string{"allies"}},
		// After a blow from another state they are the demonym's state's allies.
		{"Canada shelled Peruvian allies in Bolivia on Monday.", "Peru", "", nil},
		// "So" after a comma or "and" joins clauses; it grades nothing.
		{"The road was blocked on Friday, so Peruvian drivers turned back.", "Peru", "country", []string{"drivers"}},
		{"The talks stalled and so Peruvian envoys flew home.", "Peru", "country", []string{"envoys"}},
		{"The menu was so Peruvian that the critics cheered.", "Peru", "", nil},
	}
	for _, tt := range tests {
		c := Compare([]*corpus.Article{clean("Outlet A", tt.text)}, set)
		_, labels := mentionsOf(c, tt.actor)
		if !slices.Equal(labels, tt.labels) {
			t.Errorf("%q: %s labelled %q, want %q", tt.text, tt.actor, labels, tt.labels)
		}
		for _, a := range c.Actors {
			if a.Name == tt.actor && a.Kind != tt.kind {
				t.Errorf("%q: %s is a %s, want a %s", tt.text, tt.actor, a.Kind, tt.kind)
			}
		}
	}
}

// TestDatelinesNameNoActor checks that the place a story was filed from,
// in a dateline opening the body ("CAIRO (AP) —", "Lima, Peru (CNN) --"),
// is no mention, while a name before a dash without an agency, in mixed
// case, or a word joined by a hyphen ("A GOP-led inquiry") stays.
func TestDatelinesNameNoActor(t *testing.T) {
	set := defaultSet(t)
	tests := []struct {
		text, actor string
		want        int // mentions of the actor
	}{
		{"CAIRO (AP) — Officials met on Monday.", "Egypt", 0},
		{"Lima, Peru (CNN) -- Officials met on Monday.", "Peru", 0},
		{"OTTAWA — Officials met on Monday, and Canada agreed.", "Canada", 1},
		{"Peru — whose officials met on Monday — agreed.", "Peru", 1},
		{"A GOP-led inquiry by the Senate found no fault on Monday.", "Republican Party", 1},
		// An actor the gazetteer knows, a bracket holding no news agency
		// after a name that is no place, a dash aside: no dateline.
		{"NATO — the alliance — agreed on Friday to meet again.", "NATO", 2},
		{"EU — its ministers met on Friday in Luxembourg.", "European Union", 1},
		{"Tom Vale (Labour) — the party's leader — said on Friday that talks would go on.", "Tom Vale", 1},
		{"Hamas (Gaza) — the armed group — fired rockets on Friday.", "Hamas", 1},
		{"Officials met on Friday.\n\nSYRIA — the country at the heart of the talks — stayed away.", "Syria", 1},
		// A dash aside later in a wire lead leaves its dateline: the
		// agency, the country after the city, or a body that opens a new
		// sentence marks the dateline.
		{"KABUL (AP) — The blast — the second this week — killed nine people.", "Afghanistan", 0},
		{"Kabul, Afghanistan (Reuters) - The blast - the second - killed nine.", "Afghanistan", 0},
		{"HAVANA, Cuba — Officials rejected the claim — once more.", "Cuba", 0},
		{"LIMA — Phone lines went dark — cut by the storm — on Monday.", "Peru", 0},
	}
	for _, tt := range tests {
		c := Compare([]*corpus.Article{corpus.FromParagraphs(corpus.Meta{ID: "Outlet A", Outlet: "Outlet A"}, strings.Split(tt.text, "\n\n"))}, set)
		if surfaces, _ := mentionsOf(c, tt.actor); len(surfaces) != tt.want {
			t.Errorf("%q: %s mentioned as %q, want %d mentions", tt.text, tt.actor, surfaces, tt.want)
		}
	}
}

// TestSentenceInitialCommonWordIsNoName checks that a word opening a
// sentence before a lower-case word, which the article also writes in
// lower case and capitalises inside sentences only within a longer name
// ("Steel" of "Corlan Steel USA"), is the common word ("Steel pipes lie
// ..."), while a name a verb follows ("Rice spoke"), or one whose
// lower-case form is only a handle ("@baird"), stays a name at a
// sentence's start.
func TestSentenceInitialCommonWordIsNoName(t *testing.T) {
	set := defaultSet(t)
	tests := []struct {
		text, actor string
		want        []string
	}{
		{"Officials at Corlan Steel USA said prices rose, and steel buyers waited. Steel pipes lie in a yard on Monday. Later, Corlan Steel USA agreed.", "Corlan Steel USA",
			[]string{"Corlan Steel USA", "Corlan Steel USA"}},
		{"Officials said rice prices rose, said Jane Rice on Monday. Rice spoke later.", "Jane Rice",
			[]string{"Jane Rice", "Rice"}},
		{"Envoy Tom Baird wrote on Monday (@baird). \"It was wrong,\" Baird said in a tweet.", "Tom Baird",
			[]string{"Envoy Tom Baird", "Baird"}},
		// A sentence-opening surname of a person named in full stays the
		// person before anything but a noun, and before a noun too.
		{"Officials said wheat prices rose. Trade Secretary Alma Wheat met envoys. Wheat also said talks would go on. Wheat, a former banker, smiled. " +
			"Wheat later told reporters more. Wheat warns that the deal is close. Wheat herself denied it. Wheat's office agreed. Wheat aides disagreed.", "Alma Wheat",
			[]string{"Trade Secretary Alma Wheat", "Wheat", "Wheat", "a former banker", "Wheat", "Wheat", "Wheat", "Wheat", "Wheat"}},
		// Before any other noun the surname is the common word.
		{"Officials said wheat prices rose. Trade Secretary Alma Wheat met envoys on Monday. Wheat fields flooded in the south. Wheat exports fell.", "Alma Wheat",
			[]string{"Trade Secretary Alma Wheat"}},
		// The speaker after a cut quotation stands inside its sentence.
		{"The farm sold hay to stables. \"We are done,\" Hay said on Monday. Hay aides disagreed.", "Hay",
			[]string{"Hay", "Hay"}},
	}
	for _, tt := range tests {
		c := Compare([]*corpus.Article{clean("Outlet A", tt.text)}, set)
		if surfaces, _ := mentionsOf(c, tt.actor); !slices.Equal(surfaces, tt.want) {
			t.Errorf("%q: %s mentioned as %q, want %q", tt.text, tt.actor, surfaces, tt.want)
		}
	}
}

// TestInfinitiveIsNoAbstractThing checks that a word of an abstract noun's
// shape after "to" and before an object ("right to document it") is a
// verb, no mention of the thing the story keeps naming ("the document"),
// while "to legislation that would ..." is the noun before a relative
// clause.
func TestInfinitiveIsNoAbstractThing(t *testing.T) {
	set := defaultSet(t)
	c := compareOutlets([]string{
		filler + "Officials read the document on Monday. The aide was right to document it, critics said.",
		filler + "The document was leaked on Monday, and the document angered officials.",
		filler + "Critics said the document was false.",
	}, set)
	surfaces, ok := thingMentions(c, "document")
	if !ok {
		t.Fatal("the story has no thing \"document\"")
	}
	if slices.Contains(surfaces, "document") {
		t.Errorf("the thing's mentions %q hold the verb of \"to document it\"", surfaces)
	}
	// "that" after the noun opens a relative clause, no object.
	c = compareOutlets([]string{
		filler + "Senators debated the legislation on Monday. The leader moved to legislation that would ban it.",
		filler + "The legislation passed on Monday, and the legislation angered officials.",
		filler + "Critics said the legislation was flawed.",
	}, set)
	if surfaces, _ := thingMentions(c, "legislation"); !slices.Contains(surfaces, "legislation") {
		t.Errorf("the thing's mentions %q lack \"legislation\" in \"moved to legislation that would ...\"", surfaces)
	}
}

// TestNounAfterToBeforeTimeIsAThing checks that an abstract noun after
// "to" stays a mention of the thing when a time phrase, not an object,
// follows it ("a return to turbulence this week", "committed to
// moderation a year after"), or when its suffix makes nouns only ("a
// drift to nationalism the critics feared").
func TestNounAfterToBeforeTimeIsAThing(t *testing.T) {
	set := defaultSet(t)
	for _, tt := range []struct{ thing, text string }{
		{"turbulence", "Officials feared a return to turbulence this week in the port. "},
		{"moderation", "The council stayed committed to moderation a year after the vote. "},
		{"nationalism", "Officials warned of a drift to nationalism the critics feared. "},
	} {
		c := compareOutlets([]string{
			filler + tt.text,
			filler + "Critics said " + tt.thing + " was the issue.",
			filler + "Observers wrote about " + tt.thing + " on Monday.",
		}, set)
		if surfaces, _ := thingMentions(c, tt.thing); len(surfaces) != 3 {
			t.Errorf("%q: the thing's mentions %q lack the one after \"to\"", tt.text, surfaces)
		}
	}
}

// TestAdjectivesInSAreNoPluralHeads checks that an adjective ending in
// "-ous" or a singular noun ending in "-us" or "-is" is no plural that
// ends a noun phrase: "the salacious dossier" is a mention of the dossier,
// and no thing "salacious" is made of "the salacious, unproven claims".
func TestAdjectivesInSAreNoPluralHeads(t *testing.T) {
	set := defaultSet(t)
	c := compareOutlets([]string{
		filler + "Officials asked about the salacious dossier produced by a spy. The dossier was old.",
		filler + "It was the salacious, unproven claims that hurt. The dossier was old, and the salacious dossier angered him.",
		filler + "Critics said the salacious, unproven claims were false, and the dossier was old.",
	}, set)
	if _, ok := thingMentions(c, "salacious"); ok {
		t.Error("the story has a thing \"salacious\"")
	}
	surfaces, _ := thingMentions(c, "dossier")
	if !slices.Contains(surfaces, "the salacious dossier") {
		t.Errorf("the dossier's mentions %q lack \"the salacious dossier\"", surfaces)
	}
}

// TestSingularInSEndsBeforeVerb checks that a singular noun in "-is" or
// "-us" still ends its phrase before a present verb in "s": "the deficit
// analysis finds ..." is a mention of the analysis, not of a thing
// "finds", and "the Peruvian crisis worsens" labels Peru's part "crisis".
func TestSingularInSEndsBeforeVerb(t *testing.T) {
	set := defaultSet(t)
	c := compareOutlets([]string{
		filler + "The thesis holds that rents rose. Officials met on Monday.",
		filler + "Critics said the thesis was weak.",
		filler + "The thesis drew fire from landlords.",
	}, set)
	if surfaces, _ := thingMentions(c, "thesis"); !slices.Contains(surfaces, "The thesis") || len(surfaces) != 3 {
		t.Errorf("the thesis's mentions %q, want three with \"The thesis\"", surfaces)
	}
	c = Compare([]*corpus.Article{clean("Outlet A", "Peruvian crisis talks resumed on Monday.")}, set)
	if _, labels := mentionsOf(c, "Peru"); !slices.Equal(labels, []string{"talks"}) {
		t.Errorf("Peru's labels %q, want [talks]: a plural head before its verb", labels)
	}
	c = Compare([]*corpus.Article{clean("Outlet A", "The Peruvian crisis worsens by the week.")}, set)
	if _, labels := mentionsOf(c, "Peru"); !slices.Equal(labels, []string{"crisis"}) {
		t.Errorf("Peru labelled %q, want [crisis]", labels)
	}
}

// TestSpellingVariantsJoinAcrossArticlesOnly checks that a given name in
// two transliterations is one person when two articles spell it each its
// way, while two spellings in one article, or names apart only by their
// final vowel, are two people (relatives share a surname).
func TestSpellingVariantsJoinAcrossArticlesOnly(t *testing.T) {
	set := defaultSet(t)
	tests := []struct {
		name   string
		texts  []string
		people []string
	}{
		{"one name spelt by two outlets", []string{"Ahmad Karimi spoke on Monday.", "Ahmed Karimi left, and Karimi wrote."}, []string{"Ahmad Karimi"}},
		{"two spellings in one article", []string{"Ahmad Karimi spoke on Monday. Later, Ahmed Karimi left."}, []string{"Ahmad Karimi", "Ahmed Karimi"}},
		{"a man and his wife", []string{"Antonio Ruiz and his wife, Antonia Ruiz, were injured."}, []string{"Antonia Ruiz", "Antonio Ruiz"}},
		{"final vowels across outlets", []string{"Paulo Silva spoke on Monday.", "Paula Silva spoke on Monday."}, []string{"Paula Silva", "Paulo Silva"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := compareOutlets(tt.texts, set)
			var got []string
			for _, a := range c.Actors {
				if a.Kind == "person" && strings.Contains(a.Name, " ") {
					got = append(got, a.Name)
				}
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.people) {
				t.Errorf("people %q, want %q", got, tt.people)
			}
		})
	}
}

// TestMovementRegimesAreNoPersons checks that an administration or a
// regime named after a party, a movement's word or a common word ("the
// Communist regime", "the Labour administration", "the Apartheid regime")
// makes no person of that word, while one named after a surname does.
func TestMovementRegimesAreNoPersons(t *testing.T) {
	set := defaultSet(t)
	for _, tt := range []struct {
		word   string
		person bool
	}{
		{"Communist", false}, {"Sandinista", false}, {"Labour", false}, {"Conservative", false}, {"Apartheid", false},
		{"Varga", true}, {"Milosevic", true}, {"Putin", true},
	} {
		for _, noun := range []string{"regime", "administration"} {
			text := "Critics said the " + tt.word + " " + noun + " jailed dissidents for years. Officials met on Monday."
			c := compareOutlets([]string{text}, set)
			person := false
			for _, a := range c.Actors {
				if a.Name == tt.word && a.Kind == "person" {
					person = true
				}
			}
			if person != tt.person {
				t.Errorf("%q: %s a person %v, want %v", text, tt.word, person, tt.person)
			}
		}
	}
}

// checkAffiliations checks that each named actor of the comparison exists
// and speaks for the affiliation given ("" for none).
func checkAffiliations(t *testing.T, c *Comparison, want map[string]string) {
	t.Helper()
	seen := map[string]bool{}
	for _, a := range c.Actors {
		if w, ok := want[a.Name]; ok {
			if a.Affiliation != w {
				t.Errorf("%s: affiliation %q, want %q", a.Name, a.Affiliation, w)
			}
			seen[a.Name] = true
		}
	}
	for name := range want {
		if !seen[name] {
			t.Errorf("%q is no actor", name)
		}
	}
}

// TestNearSurnames checks which two surnames are one name in two
// transliterations: doubled consonants, an "h" after a consonant or at the
// end, "y" for "i", a vowel or two and a qaf initial vary; consonants,
// the last letter and names under five letters do not.
func TestNearSurnames(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"rashiddah", "rashida", true},  // a doubled consonant, a final "h"
		{"rashiddah", "rasheeda", true}, // and a vowel
		{"tarhouni", "tarhuni", true},   // one vowel, eight letters in one spelling
		{"baradei", "boradai", false},   // two vowels in seven letters
		{"karami", "karimi", false},     // one vowel of a short name: another name
		{"nasser", "nasir", false},
		{"hadid", "haddad", false},
		{"rasason", "risison", false},
		{"zawahri", "zawahiri", true},
		{"morsi", "morsy", true}, // "y" for "i" in a short name still
		{"masoum", "massoum", true},
		{"qasimov", "gasimov", true},       // qaf written "g"
		{"qasimov", "khasimov", true},      // qaf written "kh"
		{"belenskiy", "belensky", true},    // "y" for "i", "iy" for "y"
		{"halidi", "haliri", false},        // another consonant: another name
		{"markov", "markova", false},       // another last letter: the wife
		{"nabil", "nabil", false},          // one spelling
		{"abas", "abbas", false},           // under five letters
		{"al-halidi", "halidi", false},     // not a surname key
		{"tevinnick", "tevinnicks", false}, // another last letter
	}
	for _, tt := range tests {
		if got := nearSurnames(tt.a, tt.b); got != tt.want {
			t.Errorf("nearSurnames(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := nearSurnames(tt.b, tt.a); got != tt.want {
			t.Errorf("nearSurnames(%q, %q) = %v, want %v", tt.b, tt.a, got, tt.want)
		}
		// joinSpellings weighs a spelling against its bucket's heads only:
		// two spellings nearSurnames joins must share a bucket.
		if tt.want && spellingBucket(tt.a) != spellingBucket(tt.b) {
			t.Errorf("spellingBucket(%q) = %q, spellingBucket(%q) = %q: near spellings in two buckets", tt.a, spellingBucket(tt.a), tt.b, spellingBucket(tt.b))
		}
	}
}

// TestSurnameSpellingsAreOnePerson checks that one person whose surname
// the outlets spell each their own way is one actor, and that two
// spellings one article writes side by side stay two people, as do
// spellings whose given names differ.
func TestSurnameSpellingsAreOnePerson(t *testing.T) {
	set := defaultSet(t)
	c := compareOutlets([]string{
		"Militia commander Khalid Abu Rashiddah was arrested on Monday. Rashiddah denied any role.",
		"Khalid Rashida, a militia commander, was arrested on Monday. Rashida denied any role.",
		"Militia commander Khalid Rasheeda was arrested on Monday in the port city.",
	}, set)
	var rashid []string
	for _, a := range c.Actors {
		if a.Kind == "person" && strings.HasPrefix(a.Name, "Khalid") {
			rashid = append(rashid, a.Name)
		}
	}
	if len(rashid) != 1 {
		t.Errorf("actors named Khalid: %q, want one person", rashid)
	}
	apart := []struct {
		name  string
		texts []string
	}{
		{"one article writes both", []string{
			"Omar Rasheed met Omar Rashid in the port city on Monday.",
			"Omar Rashid spoke in the port city on Monday.",
		}},
		{"given names differ", []string{
			"Omar Rasheed spoke in the port city on Monday.",
			"Tariq Rashid spoke in the port city on Monday.",
		}},
	}
	for _, tt := range apart {
		c := compareOutlets(tt.texts, set)
		n := 0
		for _, a := range c.Actors {
			if a.Kind == "person" && strings.Contains(a.Name, "Rash") {
				n++
			}
		}
		if n != 2 {
			t.Errorf("%s: %d persons, want two: %+v", tt.name, n, c.Actors)
		}
	}
}

// TestSpellingGroupsDoNotChain checks that a spelling joins a group only
// when it is near every spelling of it: "Birikituni" is near
// "Barikitoni", which is near "Barakatoni", but is four vowels from that.
func TestSpellingGroupsDoNotChain(t *testing.T) {
	spellings := map[string]*surnameSpelling{
		"barakatoni": {articles: map[int]bool{0: true}, uses: 3},
		"barikitoni": {articles: map[int]bool{1: true}, uses: 2},
		"birikituni": {articles: map[int]bool{2: true}, uses: 1},
	}
	to := joinSpellings(spellings, func(int, string) bool { return false }, nil)
	if to["barikitoni"] != "barakatoni" {
		t.Errorf("barikitoni joins %q, want barakatoni", to["barikitoni"])
	}
	if h, ok := to["birikituni"]; ok {
		t.Errorf("birikituni joins %q, want none: it is near one member only", h)
	}
}

// TestTitlesOfOfficeAreHouseStyle: a title of office one outlet writes
// and another leaves out ("President Halvorsen" against "Halvorsen") is
// house style and makes no naming difference; a label that judges the
// office holder ("dictator") against the title still does.
func TestTitlesOfOfficeAreHouseStyle(t *testing.T) {
	set := defaultSet(t)
	cases := []struct {
		name, a, b string
		want       string // Outlet A's label in a naming difference, "" for none
	}{
		{"title against the name",
			"President Arne Halvorsen spoke on Monday. President Halvorsen left on Tuesday.",
			"Arne Halvorsen spoke on Monday. Halvorsen left on Tuesday.", ""},
		{"title against another office",
			"President Arne Halvorsen spoke on Monday. President Halvorsen left on Tuesday.",
			"General Arne Halvorsen spoke on Monday. General Halvorsen left on Tuesday.", ""},
		{"a title framed by a lower-case descriptor",
			"The deposed president Arne Halvorsen spoke on Monday. The deposed president Arne Halvorsen left on Tuesday.",
			"Arne Halvorsen spoke on Monday. Halvorsen left on Tuesday.", "president"},
		{"a former office against a label",
			"The former chief Arne Halvorsen spoke on Monday. The former chief Arne Halvorsen left on Tuesday.",
			"Opposition leader Arne Halvorsen spoke on Monday. Opposition leader Halvorsen left on Tuesday.", ""},
		{"judging label against the title",
			"Dictator Arne Halvorsen spoke on Monday. The dictator Arne Halvorsen left on Tuesday.",
			"President Arne Halvorsen spoke on Monday. President Halvorsen left on Tuesday.", "dictator"},
		// The words of an office and its tenure before a title say which
		// office, and when: no frame.
		{"a title with its tenure",
			"The interim president Arne Halvorsen spoke on Monday. The interim president Arne Halvorsen left on Tuesday.",
			"Arne Halvorsen spoke on Monday. Halvorsen left on Tuesday.", ""},
		{"a title with its office's words",
			"Then-national security adviser Arne Halvorsen spoke on Monday. The then-national security adviser Arne Halvorsen left on Tuesday.",
			"Arne Halvorsen spoke on Monday. Halvorsen left on Tuesday.", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := Compare([]*corpus.Article{clean("Outlet A", filler+tc.a), clean("Outlet B", filler+tc.b)}, set)
			got := ""
			for _, d := range c.Differences {
				if d.Kind == KindNaming && d.Actor == "Arne Halvorsen" && d.Outlets[0] == "Outlet A" {
					got = d.Label
				}
			}
			if got != tc.want {
				t.Errorf("Outlet A's naming label %q, want %q; differences %+v", got, tc.want, c.Differences)
			}
		})
	}
}

// TestTransliterated checks which leading names are one Arabic compound
// name spelt two ways: the same servant prefix and consonants but for a
// final "h".
func TestTransliterated(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"abdrabbo", "abdrabbuh", true},
		{"abdrahim", "abdelrahim", true},
		{"abdelrahim", "abdelrahman", false},
		{"mohammedali", "mahmoud", false},
		{"andres", "pablo", false},
		{"khaled", "ahmed", false},
		{"ali", "hossein", false},
		{"", "abdkarim", false},
	} {
		if got := transliterated(tc.a, tc.b); got != tc.want {
			t.Errorf("transliterated(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestSpellingBucketHoldsNearSpellings checks on random spellings and
// their vowel and qaf variants that every pair nearSurnames joins shares
// a spellingBucket, which joinSpellings relies on.
func TestSpellingBucketHoldsNearSpellings(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	const letters, vowels = "bcdfghjklmnpqrstvwxyz", "aeiouy"
	word := func() string {
		b := make([]byte, 5+rng.IntN(5))
		for i := range b {
			if i%2 == 1 {
				b[i] = vowels[rng.IntN(len(vowels))]
			} else {
				b[i] = letters[rng.IntN(len(letters))]
			}
		}
		return string(b)
	}
	variant := func(w string) string {
		b := []byte(w)
		switch i := rng.IntN(len(b)); {
		case strings.IndexByte(vowels, b[i]) >= 0:
			b[i] = vowels[rng.IntN(len(vowels))]
		case i == 0 && (b[0] == 'k' || b[0] == 'g'):
			b[0] = 'q'
		}
		if rng.IntN(3) == 0 {
			b = append(b, 'h')
		}
		return string(b)
	}
	joined := 0
	for range 20000 {
		a := word()
		b := variant(a)
		if nearSurnames(a, b) {
			joined++
			if spellingBucket(a) != spellingBucket(b) {
				t.Fatalf("nearSurnames(%q, %q) but buckets %q and %q", a, b, spellingBucket(a), spellingBucket(b))
			}
		}
	}
	if joined == 0 {
		t.Fatal("no near pair generated: the test checks nothing")
	}
}

// TestDemonymTitleIsAnOffice checks that a demonym before a title with no
// name after it ("a Peruvian ambassador", "the Peruvian envoy to Chile")
// is a part of the country, labelled by the title, while a description
// that names the title's holder ("the Peruvian president" for a president
// the story calls Peruvian) is the person's, a relation noun ("the
// largest Peruvian ally") is another state, and a title before "of" ("the
// Peruvian head of state") opens a longer office, and one settlement ("a
// Peruvian mining town") is a place, no part. Before the rule the
// demonym and the title made no mention at all.
func TestDemonymTitleIsAnOffice(t *testing.T) {
	set := defaultSet(t)
	tests := []struct {
		texts  []string
		actor  string
		labels []string // the actor's labels; nil: no such actor
	}{
		{[]string{"The minister lied about a call with a Peruvian ambassador on Monday."}, "Peru", []string{"ambassador"}},
		{[]string{"Mr. Roe met the Peruvian envoy to Chile, and a former Peruvian spy wrote the file."}, "Peru", []string{"envoy", "spy"}},
		{[]string{"Peruvian President Ana Quispe spoke on Monday. Later the Peruvian president left."}, "Peru", nil},
		{[]string{"Peruvian President Ana Quispe spoke on Monday. Later the Peruvian president left."}, "Ana Quispe", []string{"president", "president"}},
		{[]string{"Talks went on with Chile, the largest Peruvian ally, on Monday."}, "Peru", nil},
		{[]string{"On Monday the Peruvian head of state arrived."}, "Peru", nil},
		// One place in the country is no part of it, nor its state; its
		// cities under fire and a region are.
		{[]string{"He flew into his Peruvian golf resort, and Peruvian officials welcomed him."}, "Peru", []string{"officials"}},
		{[]string{"Mr. Roe toured a Peruvian mining town on Monday."}, "Peru", nil},
		{[]string{"Rockets struck Peruvian cities and the Peruvian region on Monday."}, "Peru", []string{"cities", "region"}},
		// A retreat after a demonym is the army's withdrawal, the state's deed.
		{[]string{"The Peruvian retreat from the border began on Monday."}, "Peru", []string{"retreat"}},
	}
	for _, tt := range tests {
		c := compareOutlets(tt.texts, set)
		_, labels := mentionsOf(c, tt.actor)
		if !slices.Equal(labels, tt.labels) {
			t.Errorf("%q: %s labelled %q, want %q", tt.texts, tt.actor, labels, tt.labels)
		}
	}
}

// TestOfficeWordsBeforeATitle checks that the lower-case words of an
// office and its tenure before a title and a name are the person's
// mention and descriptors ("former national security adviser Jane Roe"),
// and that other words before the title ("discuss", "company") are not.
func TestOfficeWordsBeforeATitle(t *testing.T) {
	set := defaultSet(t)
	tests := []struct {
		text, actor string
		surfaces    []string
		descriptors []string // of the first mention
	}{
		{"Critics sought an inquiry into former national security adviser Jane Roe on Monday.", "Jane Roe",
			[]string{"former national security adviser Jane Roe"}, []string{"former", "national", "security"}},
		// "deputy" makes another office, as "Deputy Counsel" does.
		{"The mayor asked them to discuss then-deputy counsel Jane Roe on Monday.", "Jane Roe",
			[]string{"then-deputy counsel Jane Roe"}, []string{"then"}},
		{"On Monday the company president Jane Roe resigned.", "Jane Roe",
			[]string{"president Jane Roe"}, nil},
	}
	for _, tt := range tests {
		c := Compare([]*corpus.Article{clean("Outlet A", tt.text)}, set)
		surfaces, _ := mentionsOf(c, tt.actor)
		if !slices.Equal(surfaces, tt.surfaces) {
			t.Errorf("%q: %s mentioned as %q, want %q", tt.text, tt.actor, surfaces, tt.surfaces)
			continue
		}
		for _, a := range c.Actors {
			if a.Name == tt.actor && !slices.Equal(a.Mentions[0].Descriptors, tt.descriptors) {
				t.Errorf("%q: descriptors %q, want %q", tt.text, a.Mentions[0].Descriptors, tt.descriptors)
			}
		}
	}
}

// TestOfficePrefixMakesAnotherOffice checks that "deputy", "vice",
// "assistant" before a title make one label of another office wherever the
// title stands: before a name ("deputy counsel Jane Roe"), in an
// appositive ("Roe, the deputy speaker of the assembly,") and alone
// after it ("the deputy speaker"), never the title alone with "deputy" as
// a descriptor, which would set "speaker" against "deputy" in a naming
// difference.
func TestOfficePrefixMakesAnotherOffice(t *testing.T) {
	set := defaultSet(t)
	tests := []struct {
		text   string
		labels []string
	}{
		{"On Monday the board heard deputy counsel Jane Roe.", []string{"deputy-counsel"}},
		{"Officials named Jane Roe, the deputy speaker of the assembly, on Monday. Later the deputy speaker left.", []string{"(name)", "deputy-speaker", "deputy-speaker"}},
	}
	for _, tt := range tests {
		c := Compare([]*corpus.Article{clean("Outlet A", tt.text)}, set)
		_, labels := mentionsOf(c, "Jane Roe")
		if !slices.Equal(labels, tt.labels) {
			t.Errorf("%q: labels %q, want %q", tt.text, labels, tt.labels)
		}
		for _, a := range c.Actors {
			for _, m := range a.Mentions {
				if slices.Contains(m.Descriptors, "deputy") {
					t.Errorf("%q: %q has the descriptor \"deputy\"", tt.text, m.Surface)
				}
			}
		}
	}
}

// TestTitleOfABodyIsNoOneHolder checks that "the leader" is the
// article's one leader, but "the leader of the Ruby Front" is whoever
// leads that body, no mention of the article's leader; "the president of
// the United States" is a state's office, which the article's one
// president holds.
func TestTitleOfABodyIsNoOneHolder(t *testing.T) {
	set := defaultSet(t)
	tests := []struct {
		text     string
		surfaces []string // of Jane Roe
	}{
		{"Mourners honored the slain leader Jane Roe on Monday. The leader of the Ruby Front said the killing was a crime. Later the leader was buried.",
			[]string{"leader Jane Roe", "the leader"}},
		{"President Jane Roe spoke on Monday. The president of the United States left on Tuesday.",
			[]string{"President Jane Roe", "The president"}},
	}
	for _, tt := range tests {
		c := Compare([]*corpus.Article{clean("Outlet A", tt.text)}, set)
		surfaces, _ := mentionsOf(c, "Jane Roe")
		if !slices.Equal(surfaces, tt.surfaces) {
			t.Errorf("%q: Jane Roe mentioned as %q, want %q", tt.text, surfaces, tt.surfaces)
		}
	}
}

// TestThingPhrasesHoldMarksAndAdjectives checks the noun phrases a
// recurring thing is read from: an ordinal or "new" before the head ("his
// first memo"), a number with a per cent sign ("a 25% levy"), a scare
// quotation after the determiner (a "state visit", whose quoted words are
// the mention, so that its voice is the quotation's), and a time phrase
// after the head that ends it ("his visit next month"); a quotation after
// the noun ("keep the city "open"") is no part of its phrase.
func TestThingPhrasesHoldMarksAndAdjectives(t *testing.T) {
	set := defaultSet(t)
	text := "His first memo was long, and the memo was read. The mayor set a 25% levy on bricks. The levy was cut. " +
		`The mayor was offered a "state visit" to Lima. His visit next month is set. The visit is short. They keep the gate "open" now.`
	c := compareOutlets([]string{text, text, text}, set)
	for _, tt := range []struct {
		thing string
		want  []string // the first outlet's mentions
	}{
		{"memo", []string{"His first memo", "the memo"}},
		{"levy", []string{"a 25% levy", "The levy"}},
		{"visit", []string{"state visit", "His visit", "The visit"}},
	} {
		got, _ := thingMentions(c, tt.thing)
		if len(got) < len(tt.want) || !slices.Equal(got[:len(tt.want)], tt.want) {
			t.Errorf("%s: mentions %q, want %q first", tt.thing, got, tt.want)
		}
	}
	if got, ok := thingMentions(c, "open"); ok {
		t.Errorf("\"open\" after a noun makes a thing: %q", got)
	}
	for _, a := range c.Actors {
		for _, m := range a.Mentions {
			if m.Surface == "state visit" && m.Voice.Kind == Own {
				t.Errorf("the scare-quoted %q is in the outlet's own voice", m.Surface)
			}
		}
	}
}

// TestNameModifiesAThing checks that a name between the determiner and a
// thing's noun is the thing's modifier ("the Steele dossier" is a mention
// of the dossier, described by "Steele"), unless the story puts several
// names before that noun ("the Roe campaign", "the Doe campaign": two
// campaigns, no thing), where an abstract noun is read as it stands.
func TestNameModifiesAThing(t *testing.T) {
	set := defaultSet(t)
	text := "Tom Steele wrote the file. The Steele dossier was leaked, and the dossier was read. " +
		"Ann Roe and Bo Doe ran. The Roe campaign and the Doe campaign spent money. " +
		"The Roe investigation began. The Doe investigation ended."
	c := compareOutlets([]string{text, text, text}, set)
	got, _ := thingMentions(c, "dossier")
	if want := []string{"The Steele dossier", "the dossier"}; len(got) < 2 || !slices.Equal(got[:2], want) {
		t.Errorf("dossier: mentions %q, want %q first", got, want)
	}
	for _, a := range c.Actors {
		if a.Name == "dossier" && !slices.Equal(a.Mentions[0].Descriptors, []string{"Steele"}) {
			t.Errorf("the Steele dossier: descriptors %q, want [Steele]", a.Mentions[0].Descriptors)
		}
	}
	if got, ok := thingMentions(c, "campaign"); ok {
		t.Errorf("two names' campaigns make one thing: %q", got)
	}
	if got, _ := thingMentions(c, "investigation"); len(got) < 2 || got[0] != "investigation" {
		t.Errorf("investigation: mentions %q, want \"investigation\" first", got)
	}
}

// TestDeterminerEndingTheText checks that a text ending in a determiner,
// an opening quotation mark or a figure (a cut feed) is read without a
// fault.
func TestDeterminerEndingTheText(t *testing.T) {
	set := defaultSet(t)
	for _, txt := range []string{"Jane Roe met the", "the", `The mayor got a "`, "The mayor set the 25%", "A Peruvian"} {
		compareOutlets([]string{txt, txt, txt}, set)
	}
}

// TestIndefinitePredicatesLabelTheirThing checks that an indefinite noun
// phrase after a form of "be" says what the thing before it is ("The
// summit was a fiasco": the summit, labelled "fiasco") and names no thing
// of its own, while a predicate after a person, one ending in "one" or in
// an adverb, one relating its subject to another ("a result of"), or one
// after a phrase that is a preposition's object ("the cost of the
// summit") labels nothing.
func TestIndefinitePredicatesLabelTheirThing(t *testing.T) {
	set := defaultSet(t)
	c := Compare([]*corpus.Article{
		clean("Outlet A", filler+"The summit opened on Monday. The summit was a \"total fiasco\" by Tuesday."),
		clean("Outlet B", filler+"The summit opened on Monday, officials said. Mr. Vale was a fiasco too, and the summit was a planned one."),
		clean("Outlet C", filler+"The summit opened on Monday. Officials said the summit is a carefully. The cost of the summit was a scandal, and the summit was a result of talks. The summit was a step forward, the summit was a bit late and the summit was a response to the talks."),
		clean("Outlet D", filler+"A fiasco followed, and another fiasco came."),
	}, set)
	surfaces, labels := mentionsOf(c, "summit")
	if want := []string{"The summit", "The summit", "total fiasco", "The summit", "the summit", "The summit", "the summit", "the summit", "the summit", "The summit", "the summit", "the summit"}; !slices.Equal(surfaces, want) {
		t.Errorf("summit: mentions %q, want %q", surfaces, want)
	}
	if !slices.Contains(labels, "fiasco") || slices.Contains(labels, "scandal") || slices.Contains(labels, "result") {
		t.Errorf("summit: labels %q, want one \"fiasco\" and no \"scandal\" (the cost's) or \"result\" (a relation)", labels)
	}
	for _, l := range []string{"forward", "late", "response"} {
		if slices.Contains(labels, l) {
			t.Errorf("summit: labels %q hold %q: a direction, a degree or a relation labels nothing", labels, l)
		}
	}
	if s, ok := thingMentions(c, "fiasco"); ok {
		t.Errorf("a thing \"fiasco\" named by %q: predicates and two outlets name none", s)
	}
}

// TestPartyMembersAreLabelledByTheirNoun checks that a party's adjective
// before its people or one of its bodies is a part of the party labelled
// by that noun, as a demonym's part is ("Republican lawmakers":
// "lawmakers"), and that before its acts, its ideas or a description
// that names a person it stays the adjective or gives way.
func TestPartyMembersAreLabelledByTheirNoun(t *testing.T) {
	set := defaultSet(t)
	for _, tt := range []struct {
		name, text, party string
		surfaces, labels  []string
	}{
		{"members", "Republican lawmakers blocked the vote on Tuesday, aides said.", "Republican Party",
			[]string{"Republican lawmakers"}, []string{"lawmakers"}},
		{"a body after an adjective", "The report was funded by Democratic fundraising committees, the filing showed.", "Democratic Party",
			[]string{"Democratic fundraising committees"}, []string{"committees"}},
		{"a title in the plural", "Three Republican governors wrote to the agency on Friday.", "Republican Party",
			[]string{"Republican governors"}, []string{"governors"}},
		{"an act stays the adjective", "The Republican spending bill failed on Friday, aides said.", "Republican Party",
			[]string{"Republican"}, []string{"republican"}},
		{"a description naming a person gives way", "Mary Doe, the Democratic candidate, toured the plant. Later, the Democratic candidate left.", "Democratic Party",
			nil, nil},
		{"protesters are no members", "Democratic protesters marched on Monday.", "Democratic Party",
			[]string{"Democratic"}, []string{"democratic"}},
		{"a plural title after a noun, before a preposition, is a verb", "The Republican nomination heads to a contested convention, aides said.", "Republican Party",
			[]string{"Republican"}, []string{"republican"}},
		{"a plural title after a noun, before a verb, is the head", "Democratic committee chairs met on Monday.", "Democratic Party",
			[]string{"Democratic committee chairs"}, []string{"chairs"}},
		{"a plural title after an adjective, before a preposition, is the head", "The plan was drafted by Republican congressional leaders in March.", "Republican Party",
			[]string{"Republican congressional leaders"}, []string{"leaders"}},
		{"a role of politics is a member", "Three Republican hopefuls toured the state on Monday.", "Republican Party",
			[]string{"Republican hopefuls"}, []string{"hopefuls"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := compareOutlets([]string{tt.text}, set)
			surfaces, labels := mentionsOf(c, tt.party)
			if !slices.Equal(surfaces, tt.surfaces) || !slices.Equal(labels, tt.labels) {
				t.Errorf("%s: mentions %q labels %q, want %q %q", tt.party, surfaces, labels, tt.surfaces, tt.labels)
			}
		})
	}
}

// TestPeopleOfABodyArePartsOfIt checks that a plural of office or agency
// before "of" or "from" and a state's or a body's name ("envoys from
// Norway", "officials from the two countries") is a part of it labelled by
// the noun, and that people who only come from a place, a possessive
// after the name and a demonym's phrase stay as they were.
func TestPeopleOfABodyArePartsOfIt(t *testing.T) {
	set := defaultSet(t)
	for _, tt := range []struct {
		name, text, actor string
		surfaces, labels  []string
	}{
		{"envoys from a state", "The talks resumed after envoys from Norway arrived on Monday.", "Norway",
			[]string{"envoys from Norway"}, []string{"envoys"}},
		{"a body's members", "Later, members of the Security Council voted on the draft.", "Security Council",
			[]string{"members of the Security Council"}, []string{"members"}},
		{"a set of states", "Peru and Chile signed the pact, and officials from the two countries praised it.", "Chile",
			[]string{"Chile", "officials from the two countries"}, []string{nameLabel, "officials"}},
		{"people who come from a place", "Aid groups said refugees from Norway arrived on Monday.", "Norway",
			[]string{"Norway"}, []string{nameLabel}},
		{"a possessive after the name", "Envoys met members of Norway 's parliament on Monday.", "Norway",
			[]string{"Norway"}, []string{nameLabel}},
		{"a demonym's phrase", "Envoys met members of the Norwegian opposition on Monday.", "Norway",
			[]string{"Norwegian opposition"}, []string{"opposition"}},
		{"a verb of removal", "The United States withdrew diplomats from Cuba on Monday, officials said.", "Cuba",
			[]string{"Cuba"}, []string{nameLabel}},
		{"a possessive determiner", "Peru and Chile recalled their ambassadors from Bolivia on Monday.", "Bolivia",
			[]string{"Bolivia"}, []string{nameLabel}},
		{"a verb of removal in another clause", "Jane Roe recalled that officials from Norway had warned her.", "Norway",
			[]string{"officials from Norway"}, []string{"officials"}},
		{"an expulsion", "Britain expelled 23 diplomats from Norway on Monday.", "Norway",
			[]string{"diplomats from Norway"}, []string{"diplomats"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := compareOutlets([]string{tt.text}, set)
			surfaces, labels := mentionsOf(c, tt.actor)
			if !slices.Equal(surfaces, tt.surfaces) || !slices.Equal(labels, tt.labels) {
				t.Errorf("%s: mentions %q labels %q, want %q %q", tt.actor, surfaces, labels, tt.surfaces, tt.labels)
			}
		})
	}
}

// TestInstitutionNamesGoOnAfterForAndOn checks that an institution's name
// goes on after "for" or, for a deliberative body, "on" ("the Institute
// for Coastal Studies", "the Commission on Rural Affairs") instead of
// splitting into a bare noun and a person, and that a time, a state, a
// legislature's seat and a possessive end it.
func TestInstitutionNamesGoOnAfterForAndOn(t *testing.T) {
	set := defaultSet(t)
	for _, tt := range []struct {
		name, text string
		want, not  []string
	}{
		{"for", "Jane Roe, a fellow at the Institute for Coastal Studies, said so. The Institute for Coastal Studies disagreed.",
			[]string{"Institute for Coastal Studies"}, []string{"Coastal Studies"}},
		{"on after a body", "The Commission on Rural Affairs published its report, and the Commission on Rural Affairs met again.",
			[]string{"Commission on Rural Affairs"}, []string{"Rural Affairs"}},
		{"a time ends it", "The Commission on Monday published its report, officials said.",
			nil, []string{"Commission on Monday"}},
		{"a state ends it", "The Commission on Norway published its report, and Norway replied.",
			[]string{"Norway"}, []string{"Commission on Norway"}},
		{"a legislature's seat", "Jane Roe, who sat in Parliament for Ashford, resigned. Ashford voted.",
			nil, []string{"Parliament for Ashford"}},
		{"a title word in the complement", "The Institute for Justice said the rule was unfair, and the Center for Justice Reform agreed.",
			[]string{"Institute for Justice", "Center for Justice Reform"}, []string{"Institute", "Center", "Reform"}},
		{"a title before a full name is the person's", "Institute for Justice President Jane Roe said the rule was unfair.",
			[]string{"Jane Roe"}, []string{"Institute for Justice President Jane Roe", "Institute for Justice"}},
		{"a demonym before a name goes on", "The Center for American Progress said so. Later, the Center for American Progress agreed.",
			[]string{"Center for American Progress"}, []string{"American Progress"}},
		{"a demonym joined to a name goes on", "The Council on Korean-American Relations said so. Later, the Council on Korean-American Relations agreed.",
			[]string{"Council on Korean-American Relations"}, []string{"Council"}},
		{"demonyms joined before a lower-case noun end it", "Jane Roe faulted the Foreign Ministry for Israeli-Palestinian policy on Monday.",
			[]string{"Foreign Ministry"}, []string{"Foreign Ministry for Israeli-Palestinian"}},
		{"a demonym before a lower-case noun ends it", "Jane Roe briefed the Security Council on Syrian chemical weapons. Later, she faulted the Foreign Ministry for Israeli settlement policy.",
			[]string{"Security Council", "Foreign Ministry", "Syria", "Israel"}, []string{"Security Council on Syrian", "Foreign Ministry for Israeli"}},
		{"a numbered document ends it", "Jane Roe briefed the Security Council on Resolution 2334 on Monday.",
			[]string{"Security Council"}, []string{"Security Council on Resolution"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := compareOutlets([]string{tt.text}, set)
			var names []string
			for _, a := range c.Actors {
				names = append(names, a.Name)
			}
			for _, w := range tt.want {
				if !slices.Contains(names, w) {
					t.Errorf("actors %q, want %q among them", names, w)
				}
			}
			for _, w := range tt.not {
				if slices.Contains(names, w) {
					t.Errorf("actors %q, want no %q", names, w)
				}
			}
		})
	}
}

// TestInstitutionNamesAfterForAndOnKeepTheirMentions checks the mentions
// of an institution whose name goes on after "for" or "on": "the
// committee" refers to "the Senate Committee on Armed Services" by the
// noun before "on", and a noun it does not hold does not.
func TestInstitutionNamesAfterForAndOnKeepTheirMentions(t *testing.T) {
	set := defaultSet(t)
	for _, tt := range []struct {
		name, text, actor string
		surfaces, labels  []string
	}{
		{"the noun before on is its short name", "The Senate Committee on Armed Services met on Monday. The committee voted.", "Senate Committee on Armed Services",
			[]string{"Senate Committee on Armed Services", "The committee"}, []string{nameLabel, "committee"}},
		{"a noun it does not hold is none", "The Commission on Rural Affairs met on Monday. The committee voted, and the commission published its report.", "Commission on Rural Affairs",
			[]string{"Commission on Rural Affairs", "the commission"}, []string{nameLabel, "commission"}},
		{"a demonym before a noun is no word of it", "Jane Roe testified before the House Intelligence Committee on Russian interference on Monday. The committee later voted.", "Russia",
			[]string{"Russian interference"}, []string{"interference"}},
		{"members of a body that acts on a demonym's noun", "Jane Roe met members of the Security Council on Palestinian statehood.", "Security Council",
			[]string{"members of the Security Council"}, []string{"members"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := compareOutlets([]string{tt.text}, set)
			surfaces, labels := mentionsOf(c, tt.actor)
			if !slices.Equal(surfaces, tt.surfaces) || !slices.Equal(labels, tt.labels) {
				t.Errorf("%s: mentions %q labels %q, want %q %q", tt.actor, surfaces, labels, tt.surfaces, tt.labels)
			}
		})
	}
}

// TestNamesInAppositionToAPartAreActors checks that the persons a comma
// sets after a party's or a country's people name ("Two Republican
// senators, John Roe and Jane Doe,") are actors, with the part, rather
// than three items of a list named only in passing; a list of such parts
// is still a list.
func TestNamesInAppositionToAPartAreActors(t *testing.T) {
	set := defaultSet(t)
	for _, tt := range []struct {
		name, text, actor string
		surfaces          []string
	}{
		{"a party's members, the names", "Two Republican senators, John Roe and Jane Doe, objected to the plan on Monday.", "Jane Doe",
			[]string{"Jane Doe"}},
		{"a party's members, the part", "Two Republican senators, John Roe and Jane Doe, objected to the plan on Monday.", "Republican Party",
			[]string{"Republican senators"}},
		{"a country's people, the names", "Two Russian diplomats, Ivan Petrov and Oleg Ivanov, were expelled on Monday.", "Oleg Ivanov",
			[]string{"Oleg Ivanov"}},
		{"a country's people, the part", "Two Russian diplomats, Ivan Petrov and Oleg Ivanov, were expelled on Monday.", "Russia",
			[]string{"Russian diplomats"}},
		{"a list of parts stays a list", "Russian diplomats, Chinese officials and Iranian envoys met in Geneva on Monday.", "Russia",
			nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := compareOutlets([]string{tt.text}, set)
			if surfaces, _ := mentionsOf(c, tt.actor); !slices.Equal(surfaces, tt.surfaces) {
				t.Errorf("%s: mentions %q, want %q", tt.actor, surfaces, tt.surfaces)
			}
		})
	}
}

// TestNameCutShortIsNoLabel checks that a body's name cut to one of its
// words ("the embassy" for "U.S. Embassy in Yemen") makes no naming
// difference against an outlet that writes the name.
func TestNameCutShortIsNoLabel(t *testing.T) {
	set := defaultSet(t)
	a := clean("Outlet A", filler+"Protesters stormed the U.S. Embassy in Yemen on Thursday. The Embassy of the Republic of Yemen in Washington condemned the attack. Officials reviewed the Embassy breach on Friday.")
	b := clean("Outlet B", filler+"Protesters stormed the U.S. Embassy in Yemen on Thursday. Officials at the U.S. Embassy in Yemen reviewed the attack on Friday.")
	c := Compare([]*corpus.Article{a, b}, set)
	for _, d := range c.Differences {
		if d.Kind == KindNaming && strings.Contains(strings.ToLower(d.Summary), `"embassy"`) {
			t.Errorf("a name cut short read as a label: %s", d.Summary)
		}
	}
}
