package corpus

import (
	"strings"
	"testing"
)

// BenchmarkLongSentenceQuotes1MB reads a hostile paragraph of 1 MB with no
// full stop, made of short quotations (scare quotes, or fragments after a
// quotation with its speaker) or of reporting verbs with no quotation
// ("issued a warning urging"): each quotation's cue and continued speaker
// are looked for a bounded way back, and a reduced clause's verb a bounded
// way forward, so the job stays linear. A paragraph of quotations that
// each hold a report ("held reports") is read inside each quotation's
// own sentences only, its reports put in place in one pass. Target: under
// 2 s each (a paragraph of 30,000 quotations; the verbs took 96 s before
// the bound).
func BenchmarkLongSentenceQuotes1MB(b *testing.B) {
	for _, tc := range []struct{ name, unit string }{
		{"scare", `the so-called "reform" and "plan" `},
		{"fragments", `"We will win," Smith said, "and then" "we" "go" "home" `},
		{"speech verbs", `the ministry issued a warning urging `},
		{"held reports", `"The harbour master said the safety report was fabricated," Ana Roe wrote. `},
		// One sentence of closing pronoun attributions after words that
		// name a person: each "he said" reads its sentence's bounds.
		{"pronoun closings", `Mayor Ann Roe must close the pier, he said, and `},
		// A slipped stop after inverted verbs, settings with no opening
		// comma, comments after closing attributions, and inverted
		// attributions after inner reports: each reads a bounded span.
		{"stray stops", `"We will win," said. Rep. Ann Roe, D-Ore., `},
		{"settings", `Roe in her speech on Monday, called the plan "reckless" and `},
		{"comments", `the guard fired at the gate, police said, in violence like the "insider" attacks and `},
		{"inverted closings", `analysts doubt that the levy will pass, said Tom Hale, who is a banker, and `},
	} {
		p := strings.Repeat(tc.unit, (1<<20)/len(tc.unit))
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(int64(len(p)))
			for b.Loop() {
				FromParagraphs(Meta{ID: "t"}, []string{p})
			}
		})
	}
}

// BenchmarkParseGivenNames is the given-name list's share of every start-up
// (the package reads it once, as a table): 12,824 names into a map whose
// keys are slices of the embedded file. Target: under 5 ms and about 40
// allocations.
func BenchmarkParseGivenNames(b *testing.B) {
	for b.Loop() {
		parseGivenNames(givenNamesFile)
	}
}
