package main

import (
	"slices"
	"testing"
)

func TestSelectNames(t *testing.T) {
	births := map[string][2]int{}
	for _, tc := range []struct {
		data string
		sex  int
	}{
		{"name,gender,births\nAlder,M,9000\nJory,M,5000\nRenn,M,100\n", 0},
		{"name,gender,births\nBeata,F,8000\nJory,F,4000\nAlder,F,100\n", 1},
	} {
		if err := countBirths([]byte(tc.data), tc.sex, births); err != nil {
			t.Fatal(err)
		}
	}
	// Alder is 98.9% male (over the 98% needed), Beata all female, Jory mixed, Renn too rare.
	want := []givenName{{"Alder", 'm'}, {"Beata", 'f'}}
	if got := selectNames(births); !slices.Equal(got, want) {
		t.Errorf("selectNames = %v, want %v", got, want)
	}
	if err := countBirths([]byte("name,gender,births\nAlder,M,many\n"), 0, births); err == nil {
		t.Error("a births count that is no number: no error")
	}
}
