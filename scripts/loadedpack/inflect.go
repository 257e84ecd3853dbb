package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

// inflections knows the forms of English verbs the regular rules get
// wrong: irregular past tenses and participles ("steal": stole, stolen)
// and doubled final consonants ("abhor": abhorring, abhorred), from the
// english-verbs-irregular and english-verbs-gerunds lists (RosaeNLG, made
// from WordNet).
type inflections struct {
	irregular map[string][][]string // verb -> [past, participle] pairs
	gerunds   map[string]string     // verb -> its -ing form, where not regular
}

func parseInflections(verbs, gerunds []byte) (*inflections, error) {
	in := &inflections{}
	if err := json.Unmarshal(verbs, &in.irregular); err != nil {
		return nil, fmt.Errorf("english-verbs-irregular verbs.json: %w", err)
	}
	if err := json.Unmarshal(gerunds, &in.gerunds); err != nil {
		return nil, fmt.Errorf("english-verbs-gerunds gerunds.json: %w", err)
	}
	return in, nil
}

// verbForms are the inflected forms of a verb: third person singular,
// past tenses and participles, the -ing form. irregular says whether the
// lists gave any of them.
func (in *inflections) verbForms(v string) (forms []string, irregular bool) {
	forms = append(forms, sForm(v))
	ing, doubled := in.gerunds[v]
	if doubled {
		irregular = true
	} else {
		ing = ingForm(v)
	}
	forms = append(forms, ing)
	if pairs, ok := in.irregular[v]; ok {
		irregular = true
		for _, p := range pairs {
			forms = append(forms, p...)
		}
		return forms, irregular
	}
	switch {
	case doubled && strings.HasSuffix(ing, v[len(v)-1:]+"ing") && !strings.HasSuffix(v, "e"):
		forms = append(forms, v+v[len(v)-1:]+"ed") // abhorring: abhorred
	case strings.HasSuffix(v, "e"):
		forms = append(forms, v+"d")
	case consonantY(v):
		forms = append(forms, v[:len(v)-1]+"ied")
	default:
		forms = append(forms, v+"ed")
	}
	return forms, irregular
}

// pluralForm is a noun's regular plural.
func pluralForm(n string) string { return sForm(n) }

// sForm adds -s, -es or -ies.
func sForm(w string) string {
	switch {
	case consonantY(w):
		return w[:len(w)-1] + "ies"
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "x"), strings.HasSuffix(w, "z"), strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"):
		return w + "es"
	}
	return w + "s"
}

// ingForm adds -ing the regular way: "lie" lying, "hate" hating.
func ingForm(v string) string {
	switch {
	case strings.HasSuffix(v, "ie"):
		return v[:len(v)-2] + "ying"
	case strings.HasSuffix(v, "e") && !strings.HasSuffix(v, "ee") && !strings.HasSuffix(v, "ye") && !strings.HasSuffix(v, "oe") && len(v) > 2:
		return v[:len(v)-1] + "ing"
	}
	return v + "ing"
}

// consonantY: a word ending in a consonant and y ("deny", not "obey").
func consonantY(w string) bool {
	n := len(w)
	return n > 1 && w[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(w[n-2]))
}

// adverbForm is the -ly adverb of an adjective: "brutal" brutally,
// "terrible" terribly, "tragic" tragically, "angry" angrily, "full" fully.
func adverbForm(a string) string {
	switch {
	case strings.HasSuffix(a, "ll"):
		return a + "y"
	case strings.HasSuffix(a, "le") && len(a) > 3 && !strings.ContainsRune("aeiou", rune(a[len(a)-3])):
		return a[:len(a)-1] + "y"
	case strings.HasSuffix(a, "ic"):
		return a + "ally"
	case consonantY(a):
		return a[:len(a)-1] + "ily"
	}
	return a + "ly"
}
