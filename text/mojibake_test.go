package text

import (
	"strings"
	"testing"
)

// TestRepairMojibake: real cases of UTF-8 read as Windows-1252 once or
// twice (from news exports), and real text that must stay as it is.
func TestRepairMojibake(t *testing.T) {
	tests := []struct {
		in, want string
		fixed    int
	}{
		{"Egyptian PresidentÃ¢â‚¬â„¢s Hedging on Decree", "Egyptian President’s Hedging on Decree", 4},
		{"Egyptian Presidentâ€™s Hedging", "Egyptian President’s Hedging", 1},
		{"â€œWe will not back down,â€\u009d he said â€” again.", "“We will not back down,” he said — again.", 3},
		{"The cafÃ© in ZÃ¼rich, SÃ£o Paulo and MÃ¼nchen", "The café in Zürich, São Paulo and München", 4},
		{"ÐŸÑƒÑ‚Ð¸Ð½ said", "Путин said", 5},
		{"costs 5 â‚¬ a month", "costs 5 € a month", 1},
		// Real text stays.
		{"café, naïve, Zürich, São Paulo, “quoted” — fine…", "café, naïve, Zürich, São Paulo, “quoted” — fine…", 0},
		{"Â is a letter, Ã too, and â alone", "Â is a letter, Ã too, and â alone", 0},
		{"é”” stays", "é”” stays", 0},
		{"plain ASCII text", "plain ASCII text", 0},
	}
	for _, tt := range tests {
		got, n := repairMojibake(tt.in)
		if got != tt.want || n != tt.fixed {
			t.Errorf("repairMojibake(%q) = %q, %d; want %q, %d", tt.in, got, n, tt.want, tt.fixed)
		}
	}
}

// TestMayHoldMojibake: the byte search finds exactly the texts that hold
// a lead of a misread run, wherever it is, and every lead is written with
// the byte it searches for.
func TestMayHoldMojibake(t *testing.T) {
	for _, r := range mojibakeLeads {
		if s := string(r); s[0] != 0xC3 {
			t.Errorf("%q is written as % x, not 0xC3 and one more byte", r, s)
		}
	}
	for _, s := range []string{
		"", "plain English text", "café in Zürich", "Ã", "PresidentÃ¢â‚¬â„¢s", "é then Ñ",
		"ä ö ü, no lead", "a long text before the lead: Â", "Ð", "ÿ ñ ã only lower case",
	} {
		if got, want := mayHoldMojibake(s), strings.ContainsAny(s, mojibakeLeads); got != want {
			t.Errorf("mayHoldMojibake(%q) = %v, want %v", s, got, want)
		}
	}
}
