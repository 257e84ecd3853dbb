package framing

import (
	"strings"

	"github.com/framediff/framediff/text"
)

// eventSynonyms are groups of common news nouns that name the same kind of
// event or object, so that one outlet's "probe" and another's
// "investigation", or "the trip" and "the visit", are one thing of the
// story whose labels differ. Each group is general news vocabulary, not a
// story's: the labels an outlet picks among them are what item 4 of the
// actor work compares ("explosion", "blast", "strike", "massacre"). A word
// whose common news sense is another thing stays out: "an act of war" is
// no law, "foreign affairs" no scandal, "the death penalty" no sanction,
// and a vote in a chamber no election.
var eventSynonyms = [][]string{
	{"visit", "trip", "tour", "stopover", "journey"},
	{"investigation", "probe", "inquiry", "enquiry"},
	{"memo", "memorandum", "memoranda", "memorandums"},
	{"conversation", "exchange", "encounter", "meeting", "interaction"},
	{"talks", "negotiations", "discussions", "negotiation"},
	{"agreement", "deal", "accord", "pact", "treaty"},
	{"tariff", "duty", "duties", "levy"},
	{"exemption", "exception", "waiver", "reprieve", "carve-out"},
	{"protest", "demonstration", "rally", "march"},
	{"explosion", "blast", "detonation"},
	{"strike", "airstrike", "air-strike", "bombing", "raid", "bombardment", "shelling"},
	{"attack", "assault", "offensive", "onslaught"},
	{"killing", "massacre", "slaughter", "bloodbath"},
	{"ceasefire", "truce", "cease-fire", "armistice"},
	{"war", "conflict", "fighting", "hostilities"},
	{"invasion", "incursion"},
	{"vote", "ballot"},
	{"ban", "prohibition", "embargo"},
	{"sanction", "punishment"},
	{"crisis", "emergency", "turmoil"},
	{"scandal", "controversy"},
	{"migrant", "immigrant", "caravan"},
	{"hostage", "captive", "abductee"},
	{"prisoner", "detainee", "inmate"},
	{"law", "legislation", "bill"},
	{"plan", "proposal", "scheme", "blueprint"},
	{"leak", "disclosure", "revelation"},
	{"interference", "meddling", "collusion"},
}

// plainSynonyms are the words of eventSynonyms whose choice says nothing
// of the thing named: "talks" or "negotiations", "the bill" or "the
// legislation", "a deal" or "an agreement". An outlet picking one where
// another picks another is no naming difference; "massacre" against
// "killing", "detainee" against "prisoner" or "scheme" against "plan" are,
// and so is the headline word "probe" against "investigation".
var plainSynonyms = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`visit trip tour journey memo memorandum memoranda memorandums
		conversation meeting talks negotiations discussions negotiation agreement deal accord pact tariff duty duties levy
		ceasefire truce cease-fire armistice vote ballot law legislation bill plan proposal blueprint`) {
		m[w] = true
		if !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "a") {
			m[w+"s"] = true
		}
	}
	return m
}()

// plainVariants reports whether two labels are plain synonyms of one
// group ("talks", "negotiations"), or words for one office ("chief",
// "head").
func plainVariants(a, b string) bool {
	if g := officeGroup[a]; g != "" && g == officeGroup[b] {
		return true
	}
	return plainSynonyms[a] && plainSynonyms[b] && synonymGroup[a] != "" && synonymGroup[a] == synonymGroup[b]
}

// officeSynonyms are groups of words news uses for one office or rank,
// whichever it picks saying nothing of the person: "U.N. chief" or "the
// secretary-general", "spokesman" or "press secretary", "general" or
// "major-general", "envoy" or "ambassador". Words that judge the office
// holder ("dictator", "strongman", "tycoon", "boss") are in none, nor is
// "leader", which news gives to heads of movements and states alike
// ("supreme leader", "terror leader").
var officeSynonyms = [][]string{
	{"chief", "head", "director", "secretary-general"},
	{"spokesman", "spokeswoman", "spokesperson", "secretary"},
	{"general", "major-general", "lieutenant-general", "brigadier", "brigadier-general", "commander"},
	{"ambassador", "envoy", "diplomat"},
}

// formalTitle reports whether a label is a title of office ("president",
// "ambassador", "senator", "general"): what the office holder is, which
// outlets write or leave out by house style. Titles that judge or place
// the holder ("leader", "strongman", "cleric", "candidate") are not. An
// office with a prefix ("deputy-speaker", "vice-president") is one, and
// so is "member" (of a party or a body), which says where the holder sits.
func formalTitle(l string) bool {
	if prefix, office, ok := strings.Cut(l, "-"); ok && officePrefixes[prefix] {
		l = office
	}
	return titleWords[l] && !judgingTitles[l] || officeGroup[l] != "" || l == "member" || l == "members"
}

// judgingTitles are the words of titleWords that say more than an office:
// "leader" is given to heads of movements and states alike, the others
// place a person outside an office.
var judgingTitles = map[string]bool{"leader": true, "cleric": true, "imam": true, "rabbi": true, "pope": true, "analyst": true,
	"correspondent": true, "candidate": true, "nominee": true, "mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true,
	"dr": true, "dr.": true, "professor": true, "prof.": true, "sheikh": true}

// officeGroup maps each word of officeSynonyms, and its plural, to its
// group's first word.
var officeGroup = func() map[string]string {
	m := map[string]string{}
	for _, g := range officeSynonyms {
		for _, w := range g {
			m[w], m[w+"s"] = g[0], g[0]
		}
	}
	return m
}()

// synonymGroup maps each word of eventSynonyms, and its plural, to its
// group's first word.
var synonymGroup = func() map[string]string {
	m := map[string]string{}
	for _, g := range eventSynonyms {
		for _, w := range g {
			m[w] = g[0]
			if !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "a") {
				m[w+"s"] = g[0]
			}
		}
	}
	return m
}()

// thingKey is how recurring things are joined: by synonym group ("probe"
// is "investigation"), else by stem ("memos" is "memo").
func thingKey(t text.Token) string {
	if g, ok := synonymGroup[t.Lower]; ok {
		return "=" + g
	}
	return thingStem(t)
}

// thingStem is a noun's stem, marked when the noun names the people who
// do what the stem says: "protesters" and "the protest", "reporters" and
// "the reporting", "operatives" and "the operation" share a stem but are
// a group and an event.
func thingStem(t text.Token) string {
	w := strings.TrimSuffix(t.Lower, "s")
	for _, suffix := range []string{"er", "or", "ive", "ist"} {
		if strings.HasSuffix(w, suffix) && len(t.Stem) < len(w) && !strings.HasSuffix(t.Stem, suffix) {
			return t.Stem + "+" + suffix
		}
	}
	return t.Stem
}
