package text

import "testing"

func TestCapitalisedAndPossessive(t *testing.T) {
	tests := []struct {
		w          string
		capital    bool
		possessive int
	}{
		{"Iran's", true, 2},
		{"Élysée’s", true, len("’s")},
		{"officials'", false, 0},
		{"iran", false, 0},
		{"", false, 0},
		{"3rd", false, 0},
	}
	for _, tt := range tests {
		if got := Capitalised(tt.w); got != tt.capital {
			t.Errorf("Capitalised(%q) = %v", tt.w, got)
		}
		if got := PossessiveLen(tt.w); got != tt.possessive {
			t.Errorf("PossessiveLen(%q) = %d, want %d", tt.w, got, tt.possessive)
		}
	}
}
