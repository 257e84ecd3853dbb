package lexicon

import (
	"fmt"
	"strings"
	"testing"
)

// testRules is a small lexicon that exercises every phrase feature.
const testRules = `language = "english"
name = "test"

[[actor]]
id = "iran"
label = "Iran"
names = ["Iran", "Tehran", "Ashtiani"]

[[actor]]
id = "us"
label = "US"
names = ["==US", "Washington"]

[[rule]]
id = "occ"
category = "naming"
concept = "Israel"
variant = "occupation"
phrases = ["occupation", "Israeli occupation"]

[[rule]]
id = "occ.forces"
category = "naming"
concept = "army"
variant = "occupation forces"
phrases = ["Israeli occupation forces"]

[[rule]]
id = "kyiv"
category = "naming"
concept = "capital"
variant = "Kyiv"
phrases = ["=Kyiv"]

[[rule]]
id = "kiev"
category = "naming"
concept = "capital"
variant = "Kiev"
phrases = ["=Kiev"]

[[rule]]
id = "us.caps"
category = "naming"
concept = "United States"
variant = "US"
phrases = ["==US"]

[[rule]]
id = "gap"
category = "distancing"
phrases = ["what * called"]

[[rule]]
id = "first"
category = "evaluative"
phrases = ["brutal war"]

[[rule]]
id = "second"
category = "evaluative"
phrases = ["war crimes"]

[[rule]]
id = "sec"
category = "frame"
phrases = ["forces", "war"]

[[rule]]
id = "deny"
category = "claim"
actors = ["@iran", "Iranian officials"]
predicates = ["deny", "never discussed", "no evidence"]
`

func testSet(t testing.TB) *Set {
	t.Helper()
	f, err := ParseFile("test.toml", []byte(testRules))
	if err != nil {
		t.Fatal(err)
	}
	set, err := Compile(&Lexicon{Files: []*File{f}})
	if err != nil {
		t.Fatal(err)
	}
	return set
}

// matchString renders matches as "id:surface" in order, for comparison.
func matchString(ms []Match) string {
	var parts []string
	for _, m := range ms {
		parts = append(parts, m.ID()+":"+m.Surface)
	}
	return strings.Join(parts, " ")
}

func TestMatch(t *testing.T) {
	m := testSet(t).For("english")
	tests := []struct {
		name, text, want string
	}{
		// Stemming conflates inflections, possessives and case.
		{"stem plural", "the occupations", "occ:occupations"},
		{"stem possessive", "the occupation's army", "occ:occupation's"},
		{"stem curly possessive", "the occupation’s army", "occ:occupation’s"},
		{"stem capitalised", "Occupation forces", "occ:Occupation sec:forces"},
		{"stem unrelated word", "they occupy the town", ""},
		// Exact forms keep spellings apart that a stemmer might not.
		{"exact Kyiv", "officials in Kyiv said", "kyiv:Kyiv"},
		{"exact Kiev", "officials in Kiev said", "kiev:Kiev"},
		{"exact folds case", "KIEV", "kiev:KIEV"},
		{"exact possessive is another form", "Kiev's mayor", ""},
		// Case-sensitive forms.
		{"case US", "the US said", "actor:us:US us.caps:US"},
		{"case us", "tell us more", ""},
		{"case Us", "Us and them", ""},
		// Gaps of 0 to 3 words.
		{"gap 0", "what called", "gap:what called"},
		{"gap 1", "what they called", "gap:what they called"},
		{"gap 3", "what the Israeli side called", "gap:what the Israeli side called"},
		{"gap 4 is too long", "what the new Israeli side called", ""},
		{"gap stops at a sentence end", "what they. Then called", ""},
		// Longest match within a category; different categories overlap.
		{"longest wins", "Israeli occupation forces", "occ.forces:Israeli occupation forces sec:forces"},
		{"longer than prefix", "the Israeli occupation", "occ:Israeli occupation"},
		{"leftmost on a tie", "brutal war crimes", "first:brutal war sec:war"},
		{"no phrase across a sentence", "the Israeli. Occupation", "occ:Occupation"},
		{"no phrase across a line", "brutal\nwar", "sec:war"},
		{"hyphen splits words", "Iranian-made", ""},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := matchString(m.Match(tt.text)); got != tt.want {
				t.Errorf("Match(%q)\n got: %s\nwant: %s", tt.text, got, tt.want)
			}
		})
	}
}

// TestOverlapTieListedFirst: the same words in two rules of one category
// resolve to the rule listed first, and the compile check says so.
func TestOverlapTieListedFirst(t *testing.T) {
	src := testRules + `
[[rule]]
id = "late"
category = "naming"
concept = "x"
variant = "y"
phrases = ["occupations"]
`
	f, err := ParseFile("tie.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	_, err = Compile(&Lexicon{Files: []*File{f}})
	if err == nil || !strings.Contains(err.Error(), `phrase "occupations" of rule "late" never matches: rule "occ"`) {
		t.Fatalf("want a shadowing error, got %v", err)
	}
}

func TestMatchMetadata(t *testing.T) {
	m := testSet(t).For("english")
	ms := m.Match("Our Israeli occupation's forces.")
	if len(ms) == 0 {
		t.Fatal("no match")
	}
	got := ms[0]
	if got.ID() != "occ.forces" || got.Category != Naming || got.Phrase != "Israeli occupation forces" ||
		got.Stem != "isra occup forc" || got.Start != 4 || got.End != 31 || got.Rule.Line != 21 {
		t.Errorf("match = %+v (rule line %d)", got, got.Rule.Line)
	}
}

func TestClaims(t *testing.T) {
	m := testSet(t).For("english")
	tests := []struct {
		text string
		want string // "actor/predicate" or "" when the claim must not hold
	}{
		{"Iran denied the reports.", "Iran/denied"},
		{"Tehran has always denied it.", "Tehran/denied"},
		{"Iran did not deny the reports.", ""},
		{"Iran didn't deny the reports.", ""},
		{"Iran has never denied it.", ""},
		{"Iran never discussed supplying drones.", "Iran/never discussed"},
		{"Iranian officials said there was no evidence.", "Iranian officials/no evidence"},
		{"Denying the reports, Iran said nothing.", ""},
		{"The US says Iran supplied drones.", ""},
		{"Ashtiani did not deny it, but Tehran later denied it.", "Ashtiani/denied"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			cs := m.Claims(tt.text, []Span{{0, len(tt.text)}})
			got := ""
			if len(cs) > 0 {
				got = cs[0].Actor.Surface + "/" + cs[0].Predicate.Surface
				if cs[0].Predicate.Category != Claim || tt.text[cs[0].Predicate.Start:cs[0].Predicate.End] != cs[0].Predicate.Surface {
					t.Errorf("bad predicate match %+v", cs[0].Predicate)
				}
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestClaimsSentenceSpans: offsets are relative to the whole text, each
// sentence is judged on its own, and bad spans are skipped.
func TestClaimsSentenceSpans(t *testing.T) {
	m := testSet(t).For("english")
	text := "Iran met them. Tehran denied it. Denied by whom?"
	sents := []Span{{0, 14}, {15, 32}, {33, len(text)}, {40, 10}, {-1, 5}, {0, 999}}
	cs := m.Claims(text, sents)
	if len(cs) != 1 {
		t.Fatalf("got %d claims, want 1: %+v", len(cs), cs)
	}
	c := cs[0]
	if c.Sentence != (Span{15, 32}) || text[c.Actor.Start:c.Actor.End] != "Tehran" || text[c.Predicate.Start:c.Predicate.End] != "denied" {
		t.Errorf("claim %+v", c)
	}
}

func TestActorGroupOf(t *testing.T) {
	m := testSet(t).For("english")
	tests := []struct{ speaker, want string }{
		{"US Defense Minister Mohammad-Reza Ashtiani", "iran"},
		{"a spokesman in Washington", "us"},
		{"us", ""},
		{"someone", ""},
		{"Washington and Tehran", ""},
		{"Ashtiani and Amir-Abdollahian", "iran"},
		{"Ambassador to Washington Ali Karimi", ""}, // the envoy's host is not whom he speaks for
		{"US envoy to Tehran Jane Roe", "us"},
	}
	for _, tt := range tests {
		got := ""
		if g := m.ActorGroupOf(tt.speaker); g != nil {
			got = g.ID
		}
		if got != tt.want {
			t.Errorf("ActorGroupOf(%q) = %q, want %q", tt.speaker, got, tt.want)
		}
	}
}

func TestTokens(t *testing.T) {
	m := testSet(t).For("english")
	var parts []string
	for _, tk := range m.Tokens("Israel's didn’t Occupations, 2023") {
		parts = append(parts, fmt.Sprintf("%s/%s/%s", tk.Surface, tk.Lower, tk.Stem))
	}
	want := "Israel's/israel's/israel didn’t/didn't/didn't Occupations/occupations/occup 2023/2023/2023"
	if got := strings.Join(parts, " "); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// TestForLanguages: every supported language has a matcher of its own;
// an unknown language matches nothing (German must not be read with
// English rules); no language at all is English.
func TestForLanguages(t *testing.T) {
	set := testSet(t)
	for _, lang := range SupportedLanguages() {
		if got := set.For(lang).Language(); got != lang {
			t.Errorf("For(%q) is %q", lang, got)
		}
	}
	if got := set.For("german"); got.Language() != "" || len(got.Match("Der massive Angriff war brutal, so der Sprecher.")) != 0 {
		t.Errorf("For(german) is %q and matches", got.Language())
	}
	if set.HasRules("german") || !set.HasRules("english") || !set.HasRules("") {
		t.Errorf("HasRules: german %v english %v none %v", set.HasRules("german"), set.HasRules("english"), set.HasRules(""))
	}
	if got := set.For("").Language(); got != "english" {
		t.Errorf("For(\"\") is %q", got)
	}
	// Actor names are shared by all languages.
	if g := set.For("french").ActorGroupOf("Tehran"); g == nil || g.ID != "iran" {
		t.Errorf("french matcher lacks actor groups: %v", g)
	}
}

// TestMatchTokenRules: phrases match where the text package's rules put
// words: abbreviations keep their stops (so "U.S." matches and does not
// end a phrase), hyphens split compounds in rules as in text, and a curly
// apostrophe is the straight one.
func TestMatchTokenRules(t *testing.T) {
	f, err := ParseFile("tok.toml", []byte(`language = "english"
name = "tok"

[[actor]]
id = "us"
label = "US"
names = ["U.S.", "U.S. officials"]

[[rule]]
id = "drone"
category = "naming"
concept = "drone"
variant = "Iranian-made"
phrases = ["Iranian-made drone"]

[[rule]]
id = "made"
category = "frame"
phrases = ["made"]

[[rule]]
id = "deny"
category = "frame"
phrases = ["don't deny"]
`))
	if err != nil {
		t.Fatal(err)
	}
	set, err := Compile(&Lexicon{Files: []*File{f}})
	if err != nil {
		t.Fatal(err)
	}
	m := set.For("english")
	tests := []struct{ text, want string }{
		{"U.S. officials said", "actor:us:U.S. officials"},
		{"in the U.S. The next", "actor:us:U.S."},
		{"the U-S said", ""},
		{"an Iranian-made drone", "drone:Iranian-made drone made:made"},
		{"an Iranian made drone", "drone:Iranian made drone made:made"},
		{"we don’t deny", "deny:don’t deny"},
	}
	for _, tt := range tests {
		if got := matchString(m.Match(tt.text)); got != tt.want {
			t.Errorf("Match(%q)\n got: %s\nwant: %s", tt.text, got, tt.want)
		}
	}
}

// TestMastheadPlaces checks that a place inside a newspaper's name is no
// naming of the place and no speaker for its government, while the place
// on its own still is.
func TestMastheadPlaces(t *testing.T) {
	set, err := DefaultSet()
	if err != nil {
		t.Fatal(err)
	}
	m := set.For("english")
	tests := []struct {
		text, place string
		matched     bool
	}{
		{"The Washington Post’s editorial board said", "Washington", false},
		{"Washington Times reporters asked", "Washington", false},
		{"as the Tehran Times reported", "Tehran", false},
		{"The Times of Israel reported", "Israel", false},
		{"a Kyiv Independent reporter", "Kyiv", false},
		{"according to Russia Today's report", "Russia", false},
		{"Militants Post Video Of Beheading", "Militants", true},
		{"Israel Today Launched Strikes On Gaza", "Israel", true},
		{"Ukraine Independent Of Russia, Zelensky Says", "Ukraine", true},
		{"Washington said on Monday", "Washington", true},
		{"Israel's army said", "Israel", true},
		{"officials in Kyiv. Independent monitors disagreed", "Kyiv", true},
		{"in the early times of Israel, settlers", "Israel", true},
	}
	for _, tt := range tests {
		got := false
		for _, mt := range m.Match(tt.text) {
			if strings.HasPrefix(tt.text[mt.Start:mt.End], tt.place) {
				got = true
			}
		}
		if got != tt.matched {
			t.Errorf("%q: %q matched %v, want %v", tt.text, tt.place, got, tt.matched)
		}
	}
}

// TestActorGroupOfRoles: a place or demonym beside a civilian's, a
// critic's or a firm's role, a hyphenated modifier, a name inside a longer
// name and another person's first name are no voice of the group; the
// office, its titles and its bodies stay the group's.
func TestActorGroupOfRoles(t *testing.T) {
	f, err := ParseFile("roles.toml", []byte(`language = "english"
[[actor]]
id = "norland"
label = "Norland officials"
names = ["Norland", "Norlandic", "Velmar", "Osk", "Harbour Council"]
[[actor]]
id = "unitas"
label = "Unitas"
names = ["Unitas", "UNT"]
`))
	if err != nil {
		t.Fatal(err)
	}
	set, err := Compile(&Lexicon{Files: []*File{f}})
	if err != nil {
		t.Fatal(err)
	}
	m := set.For("english")
	tests := []struct{ speaker, want string }{
		{"Velmar resident Tomas Greer", ""},
		{"critics of the Norlandic government", ""},
		{"Norlandic activists", ""},
		{"the Norlandic Observatory for Press Freedom", ""},
		{"Norland's national airline", ""},
		{"Norland-backed militias", ""},
		{"Norland-led coalition", "norland"},
		{"Foreign Ministry spokesman Osk Haldane", ""},
		{"President Osk", "norland"},
		{"Prime Minister Pia Osk", "norland"},
		{"Norland Air", ""},
		{"Norlandic Army", "norland"},
		{"Norlandic Diplomats", "norland"},
		{"National Harbour Council spokesman", ""},
		{"The Harbour Council", "norland"},
		{"Former Harbour Council chair", "norland"},
		{"Norlandic Foreign Minister Ada Lind", "norland"},
		// A staff role that hangs on a body of the state, or a body named
		// for whom it serves, stays the group's; a critic of the body or
		// its supporters do not.
		{"Norlandic foreign ministry analyst Rolf Berg", "norland"},
		{"a Norlandic Defence Department analyst", "norland"},
		{"UNT analyst", "unitas"},
		{"Norlandic White House fellow Ida Moe", "norland"},
		{"the Unitas refugee agency", "unitas"},
		{"UNT, the Unitas agency for refugees", "unitas"},
		{"Norlandic government critics", ""},
		{"Norlandic government supporters", ""},
		// A possessive name owns the person after it, and a title in
		// capitals is the group's office, not a surname.
		{"Norland's Haldane", "norland"},
		// A name that opens a longer possessive name is a firm's, not
		// the group's ("Velmar Futures Group's Flynn"), unless the words
		// after it are an office or a body.
		{"Velmar Futures Group's Flynn", ""},
		{"Velmar Foreign Minister's aide", "norland"},
		{"Velmar Press Office's Lind", "norland"},
		{"Velmar Political Bureau's chief", "norland"},
		{"Harbour Council Press Office's Lind", "norland"},
		{"Norland’s Haldane", "norland"},
		{"Velmar Spokesman", "norland"},
		{"Norland Commander", "norland"},
		{"Norlandic Minister", "norland"},
		{"Velmar Envoy", "norland"},
	}
	for _, tt := range tests {
		got := ""
		if g := m.ActorGroupOf(tt.speaker); g != nil {
			got = g.ID
		}
		if got != tt.want {
			t.Errorf("ActorGroupOf(%q) = %q, want %q", tt.speaker, got, tt.want)
		}
	}
}
