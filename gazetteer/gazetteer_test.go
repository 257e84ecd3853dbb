package gazetteer

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/framediff/framediff/text"
)

func TestDefaultLoads(t *testing.T) {
	g, err := loadDefault()
	if err != nil {
		t.Fatalf("the embedded data does not parse: %v", err)
	}
	if g.Len() < 1300 {
		t.Errorf("Default has %d entries; the embedded tables hold over 1300", g.Len())
	}
	if first, second := Default(), Default(); first != second {
		t.Error("Default parsed the data twice")
	}
}

func TestLookup(t *testing.T) {
	tests := []struct {
		name, canonical string
		kind            Kind
		affiliation     string
		ambiguous       bool
	}{
		// countries and their aliases, from the generated table
		{"Iran", "Iran", Country, "Iran", false},
		{"Islamic Republic of Iran", "Iran", Country, "Iran", false},
		{"Persia", "Iran", Country, "Iran", false},
		{"United States", "United States", Country, "United States", false},
		{"United States of America", "United States", Country, "United States", false},
		{"U.S.", "United States", Country, "United States", false},
		{"U.S", "United States", Country, "United States", false},
		{"US", "United States", Country, "United States", false},
		{"USA", "United States", Country, "United States", false},
		{"U.S.A.", "United States", Country, "United States", false},
		{"America", "United States", Country, "United States", false},
		{"United Kingdom", "United Kingdom", Country, "United Kingdom", false},
		{"UK", "United Kingdom", Country, "United Kingdom", false},
		{"U.K.", "United Kingdom", Country, "United Kingdom", false},
		{"Britain", "United Kingdom", Country, "United Kingdom", false},
		{"Great Britain", "United Kingdom", Country, "United Kingdom", false},
		{"Russian Federation", "Russia", Country, "Russia", false},
		{"South Korea", "South Korea", Country, "South Korea", false},
		{"Republic of Korea", "South Korea", Country, "South Korea", false},
		{"North Korea", "North Korea", Country, "North Korea", false},
		{"DPRK", "North Korea", Country, "North Korea", false},
		{"Syria", "Syria", Country, "Syria", false},
		{"Syrian Arab Republic", "Syria", Country, "Syria", false},
		{"Palestine", "Palestine", Country, "Palestine", false},
		{"State of Palestine", "Palestine", Country, "Palestine", false},
		{"Palestinian Territories", "Palestine", Country, "Palestine", false},
		{"Türkiye", "Turkey", Country, "Turkey", false},
		{"Côte d’Ivoire", "Ivory Coast", Country, "Ivory Coast", false},
		{"Cote d'Ivoire", "Ivory Coast", Country, "Ivory Coast", false},
		{"The Gambia", "Gambia", Country, "Gambia", false},
		{"Georgia", "Georgia", Country, "Georgia", true},
		{"Jordan", "Jordan", Country, "Jordan", true},
		{"Chad", "Chad", Country, "Chad", true},
		{"Guinea", "Guinea", Country, "Guinea", true},
		{"Guinea-Bissau", "Guinea-Bissau", Country, "Guinea-Bissau", false},
		{"Papua New Guinea", "Papua New Guinea", Country, "Papua New Guinea", false},
		// capitals read as their countries
		{"Tehran", "Iran", Capital, "Iran", false},
		{"Moscow", "Russia", Capital, "Russia", false},
		{"Kyiv", "Ukraine", Capital, "Ukraine", false},
		{"Kiev", "Ukraine", Capital, "Ukraine", false},
		{"Pyongyang", "North Korea", Capital, "North Korea", false},
		{"Beijing", "China", Capital, "China", false},
		{"Ramallah", "Palestine", Capital, "Palestine", false},
		{"Washington D.C.", "United States", Capital, "United States", false},
		{"Washington, D.C.", "United States", Capital, "United States", false},
		{"Washington", "United States", Capital, "United States", true},
		{"Jerusalem", "Israel", Capital, "Israel", true},
		{"Bogota", "Colombia", Capital, "Colombia", false},
		{"Chisinau", "Moldova", Capital, "Moldova", false},
		{"San Jose", "Costa Rica", Capital, "Costa Rica", true},
		// demonyms, singular and plural
		{"Iranian", "Iran", Demonym, "Iran", false},
		{"Iranians", "Iran", Demonym, "Iran", false},
		{"Israeli", "Israel", Demonym, "Israel", false},
		{"Israelis", "Israel", Demonym, "Israel", false},
		{"American", "United States", Demonym, "United States", false},
		{"Americans", "United States", Demonym, "United States", false},
		{"British", "United Kingdom", Demonym, "United Kingdom", false},
		{"Russian", "Russia", Demonym, "Russia", false},
		{"Ukrainian", "Ukraine", Demonym, "Ukraine", false},
		{"Ukrainians", "Ukraine", Demonym, "Ukraine", false},
		{"Chinese", "China", Demonym, "China", false},
		{"Palestinian", "Palestine", Demonym, "Palestine", false},
		{"Palestinians", "Palestine", Demonym, "Palestine", false},
		{"North Korean", "North Korea", Demonym, "North Korea", false},
		{"Saudis", "Saudi Arabia", Demonym, "Saudi Arabia", false},
		{"Welsh", "United Kingdom", Demonym, "United Kingdom", false},
		{"Kurds", "Kurds", Demonym, "", false},
		// seats of government
		{"the Kremlin", "Kremlin", Seat, "Russia", false},
		{"Kremlin", "Kremlin", Seat, "Russia", false},
		{"the White House", "White House", Seat, "United States", false},
		{"Downing Street", "Downing Street", Seat, "United Kingdom", false},
		{"No. 10", "Downing Street", Seat, "United Kingdom", true},
		{"the Elysee", "Élysée Palace", Seat, "France", false},
		{"the Élysée", "Élysée Palace", Seat, "France", false},
		{"Pentagon", "Department of Defense", Seat, "United States", false},
		{"Foggy Bottom", "State Department", Seat, "United States", false},
		{"Capitol Hill", "Congress", Seat, "United States", false},
		{"Zhongnanhai", "Zhongnanhai", Seat, "China", false},
		// state institutions
		{"State Department", "State Department", Agency, "United States", false},
		{"the IDF", "Israel Defense Forces", Agency, "Israel", false},
		{"Israel Defense Forces", "Israel Defense Forces", Agency, "Israel", false},
		{"IRGC", "Islamic Revolutionary Guard Corps", Agency, "Iran", false},
		{"Revolutionary Guards", "Islamic Revolutionary Guard Corps", Agency, "Iran", false},
		{"CIA", "CIA", Agency, "United States", false},
		{"FBI", "FBI", Agency, "United States", false},
		{"NSA", "NSA", Agency, "United States", false},
		{"Mossad", "Mossad", Agency, "Israel", false},
		{"Shin Bet", "Shin Bet", Agency, "Israel", false},
		{"FSB", "FSB", Agency, "Russia", false},
		{"GRU", "GRU", Agency, "Russia", false},
		{"Bundeswehr", "Bundeswehr", Agency, "Germany", false},
		{"Knesset", "Knesset", Agency, "Israel", false},
		{"Congress", "Congress", Agency, "United States", true},
		{"Palestinian Authority", "Palestinian Authority", Agency, "Palestine", false},
		{"PA", "Palestinian Authority", Agency, "Palestine", true},
		// international organisations
		{"United Nations", "United Nations", Organisation, "United Nations", false},
		{"UN", "United Nations", Organisation, "United Nations", false},
		{"U.N.", "United Nations", Organisation, "United Nations", false},
		{"UNRWA", "UNRWA", Organisation, "United Nations", false},
		{"WHO", "World Health Organization", Organisation, "United Nations", false},
		{"IAEA", "International Atomic Energy Agency", Organisation, "United Nations", false},
		{"NATO", "NATO", Organisation, "NATO", false},
		{"Nato", "NATO", Organisation, "NATO", false},
		{"European Union", "European Union", Organisation, "European Union", false},
		{"EU", "European Union", Organisation, "European Union", false},
		{"African Union", "African Union", Organisation, "African Union", false},
		{"Arab League", "Arab League", Organisation, "Arab League", false},
		{"OPEC", "OPEC", Organisation, "OPEC", false},
		{"ICC", "International Criminal Court", Organisation, "International Criminal Court", true},
		{"ICJ", "International Court of Justice", Organisation, "United Nations", false},
		{"Red Cross", "International Committee of the Red Cross", Organisation, "International Committee of the Red Cross", false},
		{"ICRC", "International Committee of the Red Cross", Organisation, "International Committee of the Red Cross", false},
		{"Amnesty International", "Amnesty International", Organisation, "Amnesty International", false},
		{"Human Rights Watch", "Human Rights Watch", Organisation, "Human Rights Watch", false},
		{"World Bank", "World Bank", Organisation, "World Bank", false},
		{"IMF", "International Monetary Fund", Organisation, "International Monetary Fund", false},
		{"G-7", "G7", Organisation, "G7", false},
		// armed and political groups
		{"Hamas", "Hamas", Group, "Hamas", false},
		{"Qassam Brigades", "Qassam Brigades", Group, "Hamas", false},
		{"Hezbollah", "Hezbollah", Group, "Hezbollah", false},
		{"Hizbollah", "Hezbollah", Group, "Hezbollah", false},
		{"Islamic Jihad", "Palestinian Islamic Jihad", Group, "Palestinian Islamic Jihad", false},
		{"Houthis", "Houthis", Group, "Houthis", false},
		{"Ansar Allah", "Houthis", Group, "Houthis", false},
		{"Taliban", "Taliban", Group, "Taliban", false},
		{"ISIS", "Islamic State", Group, "Islamic State", false},
		{"ISIL", "Islamic State", Group, "Islamic State", false},
		{"Islamic State", "Islamic State", Group, "Islamic State", false},
		{"Daesh", "Islamic State", Group, "Islamic State", false},
		{"al-Qaeda", "al-Qaeda", Group, "al-Qaeda", false},
		{"al Qaeda", "al-Qaeda", Group, "al-Qaeda", false},
		{"Al-Qaida", "al-Qaeda", Group, "al-Qaeda", false},
		{"Wagner", "Wagner Group", Group, "Russia", true},
		{"PKK", "PKK", Group, "PKK", false},
		{"Fatah", "Fatah", Group, "Fatah", false},
		{"PLO", "PLO", Group, "PLO", false},
		{"Muslim Brotherhood", "Muslim Brotherhood", Group, "Muslim Brotherhood", false},
		// parties
		{"Republicans", "Republican Party", Party, "Republican Party", false},
		{"GOP", "Republican Party", Party, "Republican Party", false},
		{"Democrats", "Democratic Party", Party, "Democratic Party", false},
		{"Democrat", "Democratic Party", Party, "Democratic Party", false},
		{"Democratic Party", "Democratic Party", Party, "Democratic Party", true},
		// places that are no country
		{"Gaza", "Gaza Strip", Place, "Palestine", false},
		{"West Bank", "West Bank", Place, "Palestine", false},
		{"Crimea", "Crimea", Place, "Ukraine", false},
		{"Middle East", "Middle East", Place, "", false},
		{"New Mexico", "New Mexico", Subdivision, "United States", false},
		// first-level subdivisions, generated from ISO 3166-2, and curated English names of some
		{"Ohio", "Ohio", Subdivision, "United States", false},
		{"Texas", "Texas", Subdivision, "United States", false},
		{"District of Columbia", "District of Columbia", Subdivision, "United States", false},
		{"Washington state", "Washington State", Subdivision, "United States", false},
		{"Ontario", "Ontario", Subdivision, "Canada", false},
		{"Quebec", "Quebec", Subdivision, "Canada", false},
		{"Scotland", "Scotland", Subdivision, "United Kingdom", false},
		{"Queensland", "Queensland", Subdivision, "Australia", false},
		{"Gujarat", "Gujarāt", Subdivision, "India", false},
		{"Bavaria", "Bavaria", Subdivision, "Germany", false},
		{"Sao Paulo", "São Paulo", Subdivision, "Brazil", false},
		{"Jalisco", "Jalisco", Subdivision, "Mexico", false},
		{"Guangdong", "Guangdong", Subdivision, "China", false},
		{"Xinjiang", "Xinjiang", Subdivision, "China", false},
		// subdivisions named like a country or capital stay the country or capital
		{"Georgia", "Georgia", Country, "Georgia", true},
		{"Washington", "United States", Capital, "United States", true},
		{"Beijing", "China", Capital, "China", false},
		// possessives
		{"Iran's", "Iran", Country, "Iran", false},
		{"Iran’s", "Iran", Country, "Iran", false},
		{"Hamas's", "Hamas", Group, "Hamas", false},
		{"the Kremlin's", "Kremlin", Seat, "Russia", false},
		{"North Korea's", "North Korea", Country, "North Korea", false},
		{"WHO's", "World Health Organization", Organisation, "United Nations", false},
	}
	g := Default()
	for _, tt := range tests {
		e, ok := g.Lookup(tt.name)
		if !ok {
			t.Errorf("Lookup(%q) found nothing, want %s", tt.name, tt.canonical)
			continue
		}
		if e.Canonical != tt.canonical || e.Kind != tt.kind || e.Affiliation != tt.affiliation || e.Ambiguous != tt.ambiguous {
			t.Errorf("Lookup(%q) = %s %s for %q (ambiguous %v), want %s %s for %q (ambiguous %v)",
				tt.name, e.Kind, e.Canonical, e.Affiliation, e.Ambiguous, tt.kind, tt.canonical, tt.affiliation, tt.ambiguous)
		}
		if e.Via == "" || e.Source == "" {
			t.Errorf("Lookup(%q) has via %q and source %q; both explain the entry", tt.name, e.Via, e.Source)
		}
	}
}

func TestLookupMisses(t *testing.T) {
	for _, name := range []string{
		"who", "Who", "us", "Us", "un", "ice", "is", "Is", "pa", "eu", // case-sensitive entries in other cases
		"china", "turkey", "polish", "male", "Male", "reunion", "cayenne", "the Valley", "valley", "amnesty", "homeland security", "republicans", "democrats", "labour",
		"Iran Iran", "the", "", "Tehran University", "Iranianism", "Gazan", "al-", "-Qaeda",
		"Punjab", "Hidalgo", "chihuahua", "tabasco", "OH", "TX", // subdivisions left out, or in lower case

	} {
		if e, ok := Default().Lookup(name); ok {
			t.Errorf("Lookup(%q) = %s %q, want no entry", name, e.Kind, e.Name)
		}
	}
}

func TestCaseSensitiveEntries(t *testing.T) {
	for _, name := range []string{"WHO", "US", "UN", "EU", "PA", "ICE", "IS", "China", "Turkey", "Polish", "Republicans", "Democrats", "Malé", "Reunion", "Réunion", "MOD", "MoD"} {
		e, ok := Default().Lookup(name)
		if !ok || !e.CaseSensitive {
			t.Errorf("Lookup(%q) = %+v, %v; want a case-sensitive entry", name, e, ok)
		}
	}
	for _, name := range []string{"Iran", "U.S.", "Hamas", "the Kremlin"} {
		if e, _ := Default().Lookup(name); e.CaseSensitive {
			t.Errorf("%q is case-sensitive; it has no everyday lower-case twin", name)
		}
		if _, ok := Default().Lookup(strings.ToUpper(name)); !ok {
			t.Errorf("Lookup(%q) found nothing: a headline in capitals names it too", strings.ToUpper(name))
		}
	}
}

// match is one name found in a text: the words as written and the actor.
type match struct{ surface, canonical string }

// scan runs the tokenizer over s and matches at every token, taking the
// longest match and going on after it, as a caller would.
func scan(g *Gazetteer, s string) []match {
	toks := text.NewAnalyzer("english").Tokens(nil, s)
	var out []match
	for i := 0; i < len(toks); {
		e, n, ok := g.MatchTokens(toks, i)
		if !ok {
			i++
			continue
		}
		out = append(out, match{s[toks[i].Start:toks[i+n-1].End], e.Canonical})
		i += n
	}
	return out
}

func TestMatchTokenStream(t *testing.T) {
	tests := []struct {
		text string
		want []match
	}{
		{"Iran's foreign ministry denied the report.", []match{{"Iran's", "Iran"}}},
		{"Iran’s foreign ministry denied it.", []match{{"Iran’s", "Iran"}}},
		{"A spokesman for the U.S. State Department said on Monday.", []match{{"U.S.", "United States"}, {"State Department", "State Department"}}},
		{"The statement came from the U.S.", []match{{"U.S.", "United States"}}},
		{"al-Qaeda fighters and al Qaeda leaders met Al-Qaida's envoy.", []match{{"al-Qaeda", "al-Qaeda"}, {"al Qaeda", "al-Qaeda"}, {"Al-Qaida's", "al-Qaeda"}}},
		{"the Israel Defense Forces (IDF) said a rocket misfired", []match{{"Israel Defense Forces", "Israel Defense Forces"}, {"IDF", "Israel Defense Forces"}}},
		{"Iranian officials told Israelis and Americans nothing.", []match{{"Iranian", "Iran"}, {"Israelis", "Israel"}, {"Americans", "United States"}}},
		{"The WHO said who was hurt; the UN and the EU agreed with us.", []match{{"WHO", "World Health Organization"}, {"UN", "United Nations"}, {"EU", "European Union"}}},
		{"US officials met the U.N. Security Council in New Mexico.", []match{{"US", "United States"}, {"U.N. Security Council", "UN Security Council"}, {"New Mexico", "New Mexico"}}},
		{"Native Americans and African-American voters", []match{{"Native Americans", "Native American"}, {"African-American", "African American"}}},
		{"U.S.-backed forces near the Gaza Strip", []match{{"U.S.", "United States"}, {"Gaza Strip", "Gaza Strip"}}},
		{"Guinea-Bissau, Papua New Guinea and Guinea", []match{{"Guinea-Bissau", "Guinea-Bissau"}, {"Papua New Guinea", "Papua New Guinea"}, {"Guinea", "Guinea"}}},
		{"the Élysée and the Elysee Palace", []match{{"Élysée", "Élysée Palace"}, {"Elysee Palace", "Élysée Palace"}}},
		{"Hamas’s armed wing, the Izz ad-Din al-Qassam Brigades", []match{{"Hamas’s", "Hamas"}, {"Izz ad-Din al-Qassam Brigades", "Qassam Brigades"}}},
		{"Kurdistan Workers' Party militants", []match{{"Kurdistan Workers' Party", "PKK"}}},
		{"IRAN DENIES U.S. CLAIMS", []match{{"IRAN", "Iran"}, {"U.S.", "United States"}}},
		{"Washington, D.C. and Washington", []match{{"Washington, D.C.", "United States"}, {"Washington", "United States"}}},
		{"Liberal Democrat deputy leader Jo Swinson and a Democrat senator", []match{{"Liberal Democrat", "Liberal Democrats"}, {"Democrat", "Democratic Party"}}},
	}
	g := Default()
	for _, tt := range tests {
		got := scan(g, tt.text)
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("in %q found %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestMatchWordsAgreesWithMatchTokens(t *testing.T) {
	s := "Iran's IRGC, the U.S. Department of Defense and al-Qaeda's Ansar Allah rivals met WHO officials in Sanaa."
	toks := text.NewAnalyzer("english").Tokens(nil, s)
	words := make([]string, len(toks))
	for i, tok := range toks {
		words[i] = tok.Form
	}
	plain := text.Tokens(nil, s) // without lower-case forms: MatchTokens makes them
	for i := range toks {
		e1, n1, ok1 := Default().Match(words, i)
		e2, n2, ok2 := Default().MatchTokens(toks, i)
		e3, n3, ok3 := Default().MatchTokens(plain, i)
		if e1 != e2 || n1 != n2 || ok1 != ok2 || e1 != e3 || n1 != n3 || ok1 != ok3 {
			t.Errorf("at %q: Match gives %q %d %v, MatchTokens %q %d %v and %q %d %v", words[i], e1.Name, n1, ok1, e2.Name, n2, ok2, e3.Name, n3, ok3)
		}
	}
	for _, i := range []int{-1, len(words), len(words) + 5} {
		if _, _, ok := Default().Match(words, i); ok {
			t.Errorf("Match at %d, outside the %d words, found something", i, len(words))
		}
	}
}

// TestDataIsConsistent holds the embedded tables to the package doc's
// promises: every affiliation is some entry's canonical actor, every
// canonical actor has a row of its own, and every name finds itself.
func TestDataIsConsistent(t *testing.T) {
	g := Default()
	canonical := map[string]bool{}
	for _, e := range g.Entries() {
		canonical[e.Canonical] = true
	}
	for _, e := range g.Entries() {
		if e.Affiliation != "" && !canonical[e.Affiliation] {
			t.Errorf("%q (%s) speaks for %q, which is no entry's canonical actor", e.Name, e.Source, e.Affiliation)
		}
		if c, ok := g.Lookup(e.Canonical); !ok || c.Canonical != e.Canonical {
			t.Errorf("%q (%s) names the actor %q, which has no row of its own (Lookup gives %q)", e.Name, e.Source, e.Canonical, c.Canonical)
		}
		if got, ok := g.Lookup(e.Name); !ok || got != e {
			t.Errorf("Lookup(%q) = %q, %v; want the entry itself", e.Name, got.Name, ok)
		}
		if (e.Kind == Capital || e.Kind == Demonym) && e.Affiliation != "" && e.Canonical != e.Affiliation {
			t.Errorf("%q is a %s whose canonical %q is not its country %q", e.Name, e.Kind, e.Canonical, e.Affiliation)
		}
	}
}

func TestCuratedRowsEachParseAndTakeEffect(t *testing.T) {
	data, err := os.ReadFile("data/curated.tsv")
	if err != nil {
		t.Fatal(err)
	}
	rows := 0
	for n, line := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		rows++
		row, err := Parse(strings.NewReader(line), fmt.Sprintf("data/curated.tsv:%d", n+1))
		if err != nil {
			t.Error(err)
			continue
		}
		e := row.Entries()[0]
		e.Source = "data/curated.tsv"
		if e.Ambiguous && !strings.Contains(e.Via, ";") {
			t.Errorf("curated row %q is ambiguous but its note does not say what else it means (after a ';')", e.Name)
		}
		got, ok := Default().Lookup(e.Name)
		switch {
		case !ok:
			t.Errorf("Default does not find curated row %q", e.Name)
		case got.Name == e.Name && got != e:
			t.Errorf("Default gives %+v for curated row %q, not the row itself", got, e.Name)
		case got.Canonical != e.Canonical || got.Kind != e.Kind || got.Affiliation != e.Affiliation:
			t.Errorf("curated row %q is another spelling of %q but differs from it", e.Name, got.Name)
		}
	}
	if rows < 300 {
		t.Errorf("curated.tsv has %d rows; it had over 300", rows)
	}
}

func TestCaseSensitiveSpellings(t *testing.T) {
	g := mustParse(t, "MoD\tMinistry of Defence\tagency\tUnited Kingdom\tcase\tUK defence ministry\n"+
		"MOD\tMinistry of Defence\tagency\tUnited Kingdom\tcase\tUK defence ministry\n")
	if g.Len() != 1 {
		t.Fatalf("two spellings of one case-sensitive actor make %d entries, want 1", g.Len())
	}
	for _, name := range []string{"MoD", "MOD", "MOD's"} {
		if _, ok := g.Lookup(name); !ok {
			t.Errorf("Lookup(%q) found nothing", name)
		}
	}
	for _, name := range []string{"mod", "Mod"} {
		if _, ok := g.Lookup(name); ok {
			t.Errorf("Lookup(%q) found the case-sensitive MoD", name)
		}
	}
	if _, err := Parse(strings.NewReader("MoD\tX\tagency\tUnited Kingdom\tcase\tx\nMOD\tY\tagency\tUnited Kingdom\tcase\ty\n"), "t"); err == nil {
		t.Error("two case-sensitive spellings of different actors parse")
	}
}

func TestGeneratedCoversTheCountries(t *testing.T) {
	data, err := os.ReadFile("data/generated.tsv")
	if err != nil {
		t.Fatal(err)
	}
	generated, err := Parse(strings.NewReader(string(data)), "data/generated.tsv")
	if err != nil {
		t.Fatal(err)
	}
	countries := map[string]bool{}
	kinds := map[Kind]int{}
	for _, e := range generated.Entries() {
		kinds[e.Kind]++
		if e.Kind == Country {
			countries[e.Canonical] = true
		}
	}
	if len(countries) < 240 || kinds[Capital] < 200 || kinds[Demonym] < 300 {
		t.Errorf("generated.tsv has %d countries, %d capitals and %d demonyms; ISO 3166 has 249 countries", len(countries), kinds[Capital], kinds[Demonym])
	}
}

func TestWith(t *testing.T) {
	base := mustParse(t, "Georgia\tGeorgia\tcountry\tGeorgia\t\tcountry\nTbilisi\tGeorgia\tcapital\tGeorgia\t\tcapital of Georgia\n")
	over := mustParse(t, "georgia\tGeorgia\tcountry\tGeorgia\tambiguous\tcountry; also the US state\nGori\tGeorgia\tplace\tGeorgia\t\ttown in Georgia\n")
	g := base.With(over)
	if g.Len() != 3 {
		t.Errorf("With gives %d entries, want 3: Georgia once, Tbilisi and Gori", g.Len())
	}
	if e, _ := g.Lookup("Georgia"); !e.Ambiguous {
		t.Errorf("the overlay's Georgia did not replace the base's: %+v", e)
	}
	if e, _ := base.Lookup("Georgia"); e.Ambiguous {
		t.Error("With changed the base gazetteer")
	}
}

// TestNames checks that the names of one actor are found from its
// canonical name, in table order, over a gazetteer made by With too, and
// that an actor the table lacks has none.
func TestNames(t *testing.T) {
	base := mustParse(t, "GRA\tGRA\tagency\tGondor\t\troads body\nGondor Roads Agency\tGRA\tagency\tGondor\t\troads body\nMinas\tGondor\tcapital\tGondor\t\tcapital of Gondor\n")
	over := mustParse(t, "Roads Bureau of Gondor\tGRA\tagency\tGondor\t\told name of the roads body\n")
	for _, tt := range []struct {
		g         *Gazetteer
		canonical string
		want      []string
	}{
		{base, "GRA", []string{"GRA", "Gondor Roads Agency"}},
		{base.With(over), "GRA", []string{"GRA", "Gondor Roads Agency", "Roads Bureau of Gondor"}},
		{base, "Gondor", []string{"Minas"}},
		{base, "Rohan", []string{}},
	} {
		if got := tt.g.Names(tt.canonical); !slices.Equal(got, tt.want) {
			t.Errorf("Names(%q) = %q, want %q", tt.canonical, got, tt.want)
		}
	}
}

func mustParse(t *testing.T, data string) *Gazetteer {
	t.Helper()
	g, err := Parse(strings.NewReader(data), "test.tsv")
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ data, want string }{
		{"Iran\tIran\tcountry\n", "test.tsv:1: a row has 6 to 7 tab-separated columns"},
		{"# comment\n\nIran\tIran\tnation\tIran\t\tcountry\n", `test.tsv:3: "Iran" has kind "nation"`},
		{"Iran\tIran\tcountry\tIran\tfuzzy\tcountry\n", `test.tsv:1: "Iran" has flag "fuzzy"`},
		{"\tIran\tcountry\tIran\t\tcountry\n", "test.tsv:1: the name is empty"},
		{"Iran\t\tcountry\tIran\t\tcountry\n", `test.tsv:1: "Iran" has no canonical name`},
		{"Iran\tIran\tcountry\tIran\t\t\n", `test.tsv:1: "Iran" says nothing in its via column`},
		{"Tehran\tIran\tcapital\t\t\tcapital\n", `test.tsv:1: "Tehran" is a capital without an affiliation`},
		{"Iran\tIran\tcountry\tIran\t\tcountry\nthe IRAN\tIran\tcountry\tIran\t\tcountry\n", `test.tsv:2: "the IRAN" is the same name as "Iran" on line 1`},
		{"Ir\x01an\tIran\tcountry\tIran\t\tcountry\n", "test.tsv:1: column 1 holds invalid UTF-8 or a control character"},
		{"Iran\tIr\xffan\tcountry\tIran\t\tcountry\n", "test.tsv:1: column 2 holds invalid UTF-8"},
		{"(Iran)\tIran\tcountry\tIran\t\tcountry\n", `test.tsv:1: "(Iran)" does not start and end with a word`},
		{"al--Qaeda\tal-Qaeda\tgroup\t\t\tgroup\n", `test.tsv:1: "al--Qaeda" does not start and end with a word, or has a hyphen`},
		{strings.Repeat("a ", 9) + "\tX\tplace\t\t\tplace\n", "has more than 8 words"},
	}
	for _, tt := range tests {
		_, err := Parse(strings.NewReader(tt.data), "test.tsv")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Parse(%q) gives error %v, want one containing %q", tt.data, err, tt.want)
		}
	}
}

func TestParseOptionalSourceAndCRLF(t *testing.T) {
	g := mustParse(t, "Iran\tIran\tcountry\tIran\tcase\tcountry\tmy-list\r\nTehran\tIran\tcapital\tIran\t\tcapital of Iran\r\n")
	if e, _ := g.Lookup("Iran"); e.Source != "my-list" || !e.CaseSensitive {
		t.Errorf("Iran = %+v, want source my-list and case-sensitive", e)
	}
	if e, _ := g.Lookup("Tehran"); e.Source != "test.tsv" || e.Via != "capital of Iran" {
		t.Errorf("Tehran = %+v, want source test.tsv (the table's name) and via without the CR", e)
	}
}

func TestKindNames(t *testing.T) {
	for k := Country; k <= Subdivision; k++ {
		if back, ok := parseKind(k.String()); !ok || back != k {
			t.Errorf("kind %d writes as %q, which reads back as %d", k, k.String(), back)
		}
	}
	if Kind(0).String() != "none" || Kind(200).String() != "none" {
		t.Error("an unknown kind does not read as none")
	}
}

func TestKey(t *testing.T) {
	for name, want := range map[string]string{
		"the Élysée": "elysee", "al-Qaeda": "al qaeda", "U.S.": "u.s", "Côte d’Ivoire": "cote d'ivoire",
		"The Hague": "hague", "The-Hague": "the hague", "Iran's": "iran's",
	} {
		if got := Key(name); got != want {
			t.Errorf("Key(%q) = %q, want %q", name, got, want)
		}
	}
}
