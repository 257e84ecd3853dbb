package main

import (
	"slices"
	"strings"
	"testing"
)

// A made-up slice of WordNet in its own format: "opine" has the
// that-clause frame (26) for all its words in verb.communication, "ponder"
// for its second word only, "kick" only as its fifth sense, "set" is
// excluded by name, and "run" is in another lexicographer file.
const (
	testData = `  1 header line of the licence
00000001 32 v 01 opine 0 000 01 + 26 00 | express an opinion
00000002 31 v 02 think 0 ponder 0 000 02 + 08 00 + 26 02 | reflect
00000003 32 v 01 kick 0 000 01 + 26 00 | complain
00000004 32 v 01 set 0 000 01 + 26 00 | made-up sense
00000005 38 v 01 run 0 000 01 + 26 00 | not a cue
00000006 35 v 01 kick 0 000 00 | strike with the foot
`
	testIndex = `  1 header line of the licence
kick v 2 0 2 0 00000006 00000006 00000006 00000003
opine v 1 0 1 0 00000001
ponder v 1 0 1 0 00000002
run v 1 0 1 0 00000005
set v 1 0 1 0 00000004
think v 1 0 1 0 00000002
`
)

func TestSelectLemmas(t *testing.T) {
	got, err := selectLemmas([]byte(testIndex), []byte(testData))
	if err != nil {
		t.Fatal(err)
	}
	want := []lemma{{"opine", lexCommunication}, {"ponder", lexCognition}}
	if !slices.Equal(got, want) {
		t.Errorf("selectLemmas = %v, want %v", got, want)
	}
	if _, err := selectLemmas([]byte("opine v x\n"), []byte(testData)); err == nil {
		t.Error("a malformed index line gave no error")
	}
	if _, err := selectLemmas([]byte(testIndex), []byte("00000001 32 v zz\n")); err == nil {
		t.Error("a malformed data line gave no error")
	}
}

func TestForms(t *testing.T) {
	for lemma, want := range map[string][]string{
		"say":    {"said", "say", "saying", "says"},
		"admit":  {"admit", "admited", "admiting", "admits", "admitted", "admitting"},
		"deny":   {"denied", "denies", "deny", "denying"},
		"argue":  {"argue", "argued", "argues", "arguing"},
		"stress": {"stress", "stressed", "stresses", "stressing"},
		"know":   {"knew", "know", "knowing", "known", "knows"},
	} {
		if got := forms(lemma); !slices.Equal(got, want) {
			t.Errorf("forms(%q) = %v, want %v", lemma, got, want)
		}
	}
}

func TestRenderIsStable(t *testing.T) {
	lemmas := []lemma{{"opine", lexCommunication}, {"ponder", lexCognition}}
	a, b := render(lemmas), render(lemmas)
	if string(a) != string(b) {
		t.Fatal("two renders differ")
	}
	for _, line := range []string{"opined opine communication\n", "pondering ponder cognition\n", "# Cue verbs"} {
		if !strings.Contains(string(a), line) {
			t.Errorf("render lacks %q:\n%s", line, a)
		}
	}
}
