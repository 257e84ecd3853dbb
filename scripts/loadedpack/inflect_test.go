package main

import (
	"slices"
	"testing"
)

func TestVerbForms(t *testing.T) {
	in, err := parseInflections([]byte(`{"steal":[["stole","stolen"]],"beat":[["beat","beaten"]]}`), []byte(`{"abhor":"abhorring","rob":"robbing"}`))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		verb      string
		want      []string
		irregular bool
	}{
		{"steal", []string{"steals", "stealing", "stole", "stolen"}, true},
		{"abhor", []string{"abhors", "abhorring", "abhorred"}, true},
		{"rob", []string{"robs", "robbing", "robbed"}, true},
		{"belittle", []string{"belittles", "belittling", "belittled"}, false},
		{"deny", []string{"denies", "denying", "denied"}, false},
		{"obey", []string{"obeys", "obeying", "obeyed"}, false},
		{"lie", []string{"lies", "lying", "lied"}, false},
		{"smash", []string{"smashes", "smashing", "smashed"}, false},
		{"agree", []string{"agrees", "agreeing", "agreed"}, false},
	} {
		got, irregular := in.verbForms(tc.verb)
		if !slices.Equal(got, tc.want) || irregular != tc.irregular {
			t.Errorf("verbForms(%q) = %q, %v; want %q, %v", tc.verb, got, irregular, tc.want, tc.irregular)
		}
	}
	for w, want := range map[string]string{"liar": "liars", "bully": "bullies", "witch": "witches", "boy": "boys"} {
		if got := pluralForm(w); got != want {
			t.Errorf("pluralForm(%q) = %q, want %q", w, got, want)
		}
	}
	for a, want := range map[string]string{"brutal": "brutally", "terrible": "terribly", "tragic": "tragically", "angry": "angrily", "full": "fully", "sole": "solely", "vile": "vilely"} {
		if got := adverbForm(a); got != want {
			t.Errorf("adverbForm(%q) = %q, want %q", a, got, want)
		}
	}
	if _, err := parseInflections([]byte(`[1]`), []byte(`{}`)); err == nil {
		t.Error("a verbs list that is not a map was accepted")
	}
}
