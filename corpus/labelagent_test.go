package corpus

import "testing"

// quotedWant is a quotation's words, with the kind and speaker wanted.
type quotedWant struct {
	text, words string
	kind        QuoteKind
	speaker     string
}

// checkQuoted finds each case's quotation by its words and checks its kind
// and speaker.
func checkQuoted(t *testing.T, cases []quotedWant) {
	t.Helper()
	for _, tc := range cases {
		a := structured(tc.text)
		q := findQuote(a, tc.words)
		if q == nil || q.Kind != tc.kind || q.Speaker != tc.speaker {
			t.Errorf("%q: want %s %q by %q; got %s", tc.text, tc.kind, tc.words, tc.speaker, describeQuotes(a))
		}
	}
}

// TestLabelAgentQuotation checks that a label passed on from the agent of
// "described by X as" is that agent's partial quotation, not the outlet's
// scare quote; an agent that is no noun phrase, no agent at all, and an
// agent after the quotation (not read) leave it a scare quote.
func TestLabelAgentQuotation(t *testing.T) {
	checkQuoted(t, []quotedWant{
		{`The mayor was removed in what was described by the city council as a "clean sweep."`, "clean sweep.", QuotePartial, "the city council"},
		{`The ferry deal was described by the port authority as a "fair bargain."`, "fair bargain.", QuotePartial, "the port authority"},
		{`The pier plan was branded by Senator Ames as "a giveaway."`, "a giveaway.", QuotePartial, "Senator Ames"},
		// Negative.
		{`The ferry was described by sailing through the strait as a "lifeline."`, "lifeline.", QuoteScare, ""},
		{`The ferry strike was dubbed a "day of anger" and ended by nightfall.`, "day of anger", QuoteScare, ""},
		{`The harbour plan, described as "bold" by nearly everyone, passed.`, "bold", QuoteScare, ""},
		{`Files on the pier were labeled "top secret" by the agency.`, "top secret", QuoteScare, ""},
	})
}

// TestCoordinatedQuotationVoice checks that a quotation joined by "and" to
// a fragment with a speaker is that speaker's too, while one in a later
// sentence, or after another clause, stays a scare quote.
func TestCoordinatedQuotationVoice(t *testing.T) {
	checkQuoted(t, []quotedWant{
		{`Marchers filled the square, shouting "Down with fares" and "Free the ferry."`, "Free the ferry.", QuotePartial, "Marchers"},
		{`Senator Ames called the pier deal "reckless" or "worse."`, "worse.", QuotePartial, "Senator Ames"},
		// Negative.
		{`Senator Ames called the pier deal "reckless." Others saw a "lifeline" and a "fix."`, "fix.", QuoteScare, ""},
		{`Ames called it "a mess" while the so-called "reform" passed.`, "reform", QuoteScare, ""},
	})
}

// TestNameRendering checks that a name's English form ('The Solidarnosc,
// or "Solidarity," union') is no quotation, while a lower-case phrase
// after ", or", a common noun's alternative and a plain scare quote stay
// scare quotes.
func TestNameRendering(t *testing.T) {
	for _, p := range []string{
		`The Solidarnosc, or "Solidarity," union met on Tuesday.`,
		`Members of Hizb, or "Party," gathered at the pier.`,
	} {
		if a := structured(p); len(a.Quotes) > 0 {
			t.Errorf("%q: no one's words: %s", p, describeQuotes(a))
		}
	}
	checkQuoted(t, []quotedWant{
		{`Voters chose Smith, or "the lesser evil," at the pier.`, "the lesser evil,", QuoteScare, ""},
		{`The tax, or "levy," was raised.`, "levy,", QuoteScare, ""},
		{`The board's "reform" of the ferry passed.`, "reform", QuoteScare, ""},
	})
}

// TestPassiveEchoAfterQuotation checks that a noun modified by a passive
// after a quotation ('-- a sentiment echoed by ...') is no speaker: the
// speaker is the one before, or none. A speaker named before a passive-
// looking "added by" stays.
func TestPassiveEchoAfterQuotation(t *testing.T) {
	checkQuoted(t, []quotedWant{
		{`Minister Ann Roe called the arrest a "flagrant breach of the law" -- a sentiment echoed by the Dutch and Belgian ministries.`, "flagrant breach of the law", QuotePartial, "Minister Ann Roe"},
		// Negative.
		{`"We will not wait," a spokesman added by email.`, "We will not wait,", QuoteDirect, "a spokesman"},
	})
	a := structured(`The pier deal was "a clear breach of the treaty," a view shared by Minister Tom Lee.`)
	for _, q := range a.Quotes {
		if q.Speaker == "a view" {
			t.Errorf("a noun before a passive is no speaker: %s", describeQuotes(a))
		}
	}
}

// TestSentenceAdverbIsNoSpeaker checks that a sentence adverb such as
// "Likewise" or "Nonetheless" opening a sentence is no part of the speaker
// of its second verb.
func TestSentenceAdverbIsNoSpeaker(t *testing.T) {
	for _, p := range []string{
		`Likewise, Dutch Premier Ann Roe voiced her support for the dockers and called on European ports to act.`,
		`Nonetheless, Dutch Premier Ann Roe voiced her support for the dockers and called on European ports to act.`,
	} {
		a := structured(p)
		q := findQuote(a, "European ports")
		if q == nil || q.Speaker != "Dutch Premier Ann Roe" {
			t.Errorf("%q: %s", p, describeQuotes(a))
		}
	}
}
