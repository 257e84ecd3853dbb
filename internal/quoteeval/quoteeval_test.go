package quoteeval

import (
	"testing"
)

func TestSameSpeaker(t *testing.T) {
	tests := []struct {
		gold, tool string
		want       bool
	}{
		{"Russian Foreign Minister Sergei Lavrov", "Lavrov", true},
		{"Lavrov", "Russia's Foreign Minister Sergey Lavrov", true},
		{"the Israeli military", "the Israeli military", true},
		{"Israel ’ s foreign ministry", "Israel's foreign ministry", true},
		{"Price", "Kurilla", false},
		{"Price", "", false},
		{"", "", true},
	}
	for _, tt := range tests {
		if got := sameSpeaker(tt.gold, tt.tool); got != tt.want {
			t.Errorf("sameSpeaker(%q, %q) = %v, want %v", tt.gold, tt.tool, got, tt.want)
		}
	}
}

// TestNormIndexFindsTokenisedText checks that gold words copied from the
// research corpus's tokenised text are found in the original text.
func TestNormIndexFindsTokenisedText(t *testing.T) {
	text := "He said “we won’t go,” and Iran’s envoy agreed. Later: \"we won’t go\" again."
	ix := newNormIndex(text)
	tests := []struct {
		pat  string
		from int
		want int
	}{
		{"we wo n't go , ''", 0, len("He said “")},
		{"Iran ’ s envoy", 0, len("He said “we won’t go,” and ")},
		{"we won't go", 20, len("He said “we won’t go,” and Iran’s envoy agreed. Later: \"")},
		{"not there", 0, -1},
	}
	for _, tt := range tests {
		if got := ix.find(tt.pat, tt.from); got != tt.want {
			t.Errorf("find(%q, %d) = %d, want %d", tt.pat, tt.from, got, tt.want)
		}
	}
}

// TestSeedAttribution scores the seed articles (always in the repository)
// against their gold lists; the floors sit just under today's scores so a
// regression in attribution fails here, not only in CI's full evaluation.
func TestSeedAttribution(t *testing.T) {
	gold, err := LoadGold("../../testdata/attribution", "seeds")
	if err != nil {
		t.Fatal(err)
	}
	res, err := Evaluate(gold, []string{"../../testdata"})
	if err != nil {
		t.Fatal(err)
	}
	c := res.Total
	if c.Gold < 30 {
		t.Fatalf("only %d gold items loaded", c.Gold)
	}
	if c.Precision() < 0.9 || c.Recall() < 0.85 {
		t.Errorf("seed attribution P %.3f (%d/%d) R %.3f (%d/%d), want at least 0.90 and 0.85",
			c.Precision(), c.RightTool, c.Attributed, c.Recall(), c.Found, c.Gold)
	}
	for _, a := range res.Articles {
		for _, e := range a.Errors {
			t.Logf("%s: %s", a.Gold.Source, e)
		}
	}
}
