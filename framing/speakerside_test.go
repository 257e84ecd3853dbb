package framing

import (
	"testing"

	"github.com/framediff/framediff/corpus"
)

// speakerSides compares txt as one outlet's article beside a filler
// article and returns the affiliation of each quotation whose speaker is
// speaker, in order.
func speakerSides(t *testing.T, txt, speaker string) []string {
	t.Helper()
	c := Compare([]*corpus.Article{article(t, "Outlet A", filler+txt), article(t, "Outlet B", filler)}, defaultSet(t))
	var out []string
	for _, q := range c.Articles[0].Quotations {
		if q.Speaker == speaker {
			out = append(out, q.Affiliation)
		}
	}
	return out
}

// TestCoordinatedOfficeBeforeEnvoy: a surname takes the side of an office
// held now that "and" joins to a former envoy's title and its host
// ("Norwegian government minister and former ambassador to the U.S. Erik
// Dahl"); a person's name before "and" is no office.
func TestCoordinatedOfficeBeforeEnvoy(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Norwegian government minister and former ambassador to the U.S. Erik Dahl called it a \"sad night.\"\n\nBriefing reporters late Friday, Dahl said it was a troubling event for the region.", "Norway"},
		{"Chilean cabinet minister and former envoy to the United Nations Pablo Fuentes spoke on Friday.\n\nBriefing reporters late Friday, Fuentes said it was a troubling event for the region.", "Chile"},
		{"Ann Berg and former ambassador to the U.S. Erik Dahl met on Friday.\n\nBriefing reporters late Friday, Dahl said it was a troubling event for the region.", ""},
	}
	for _, tt := range tests {
		speaker := "Dahl"
		if tt.want == "Chile" {
			speaker = "Fuentes"
		}
		got := speakerSides(t, tt.text, speaker)
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("%q: %s speaks for %q, want [%q]", tt.text, speaker, got, tt.want)
		}
	}
}
