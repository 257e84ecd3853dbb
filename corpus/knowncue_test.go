package corpus

import "testing"

// TestInvertedSpeakerWithTrailingPhrase checks that a speaker after an
// inverted reporting verb may go on with a phrase of place or a relative
// clause on the speaker, to the sentence's end, when it opens with a
// count or a modifier of a role, and that the words before the comma are
// the speaker's.
func TestInvertedSpeakerWithTrailingPhrase(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{"The vote was delayed twice, and the hearing fell apart after that, said one city source in the chamber.",
			"The vote was delayed twice, and the hearing fell apart after that", "one city source"},
		{"Even the smaller parties have more reach through local radio, says political scientist Mara Lind in Tallinn.",
			"Even the smaller parties have more reach through local radio", "political scientist Mara Lind"},
		{"Winning the port towns is well within the governor's reach, said a group of aides who cite her record on jobs.",
			"Winning the port towns is well within the governor's reach", "a group of aides"},
	})
	// A clause after the verb, with no speaker before it, is no
	// inverted attribution.
	checkNoAttribution(t, "The council was divided, said keeping the ferry at the old pier costs the town too much.")
}

// TestCalledWithComplement checks that "call" reports a naming when its
// object has a complement with no article: an object pronoun and an
// adjective or a possessive phrase, or a short noun phrase and a word
// shaped as an adjective ending the clause; the words end with the
// complement. A particle or a time after the object is an act.
func TestCalledWithComplement(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{"At the town hall, Senator Ruth Ames called him reckless.", "him reckless", "Senator Ruth Ames"},
		{"The coach called her young daughter her inspiration before thanking the crowd.", "her young daughter her inspiration", "The coach"},
		{"Nearly half of the farmers called themselves fairly hopeful.", "themselves fairly hopeful", "Nearly half of the farmers"},
		{"The harbor board called the fines unjustified and excessive.", "the fines unjustified and excessive", "The harbor board"},
		{"The mayor called the ruling harmful, and said the city would appeal.", "the ruling harmful", "The mayor"},
	})
	checkNoAttribution(t,
		"The mayor called him back on Tuesday.",
		"She called them repeatedly over the weekend.",
		"He called her friends in the capital.",
		"The network called it early in the evening.",
		"The company called off a planned merger with its rival.",
		"The clerk called the harbor office twice.",
	)
}

// TestStanceObjectGerundSeries checks that a stance's object that holds a
// gerund, at its start or after a preposition, goes on through a series
// of gerunds joined by commas or "and", while a reporting participle
// still opens a clause of its own; and that a time cut from the object
// takes its preposition and article with it.
func TestStanceObjectGerundSeries(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{"The mayor criticized the board for raising fares and cutting service on the ferry.",
			"the board for raising fares and cutting service on the ferry.", "The mayor"},
		{"The council supported closing the pier, widening the road and moving the market to the square.",
			"closing the pier, widening the road and moving the market to the square.", "The council"},
		{"The mayor criticized the board for raising fares, saying riders could not afford it.",
			"the board for raising fares", "The mayor"},
		{"The union endorsed the harbor plan in the morning.", "the harbor plan", "The union"},
	})
}

// TestOuterClauseOutlivesInnerStance checks that a reported clause
// holding a stance of its own ("noted that the mayor supported the plan
// and has ...") runs on past the stance's object, which alone ends the
// inner attribution; that a time cut from an object takes its article;
// and that a phrasal cue's noun-phrase object keeps its relative clause
// of "that".
func TestOuterClauseOutlivesInnerStance(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{"She noted that the governor backed the toll in 2019 and has changed her mind since then.",
			"the governor backed the toll in 2019 and has changed her mind since then.", "She"},
		{"The coach complained about the referee the morning after the final.", "the referee", "The coach"},
		{"The senator railed against the loopholes that shield the largest firms.",
			"the loopholes that shield the largest firms.", "The senator"},
	})
	checkSpeakers(t, []attributionCase{
		{"She noted that the governor backed the toll in 2019 and has changed her mind since then.", "the toll in 2019", "the governor"},
	})
}

// TestQuoteThenClauseIsNoInvertedCue checks that a verb right after a
// partial quotation with "that" after it, or a clause of condition after
// a quotation, is no attribution of the quotation: the reported clause
// around it stays its speaker's. A time with "this" after "told" and its
// hearer is no part of the words.
func TestQuoteThenClauseIsNoInvertedCue(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{"The harbor master said in a letter that the notice “plainly and wrongly” suggests that Harbor City and its pilots back the plan.",
			"the notice “plainly and wrongly” suggests that Harbor City and its pilots back the plan.", "The harbor master"},
		{"The mayor told residents this morning she would take it as a \"personal slight\" if they did not turn out for the vote.",
			"she would take it as a \"personal slight\" if they did not turn out for the vote.", "The mayor"},
	})
	checkSpeakers(t, []attributionCase{
		{"The mayor told residents this morning she would take it as a \"personal slight\" if they did not turn out for the vote.", "personal slight", "The mayor"},
	})
}

// TestParticipleAfterCommaInsideQuote checks that a reporting participle
// right after a direct quotation whose comma stands inside the closing
// mark is read as the speaker's next words, as it is after a comma
// outside it; a quotation with no comma takes no participle.
func TestParticipleAfterCommaInsideQuote(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{`In a statement, the port authority said: "The harbor has never been busier than it was last summer," adding that cargo volumes doubled in two years.`,
			"cargo volumes doubled in two years", "the port authority"},
	})
	a := structured(`The port authority said: "The harbor has never been busier than it was last summer" adding that cargo volumes doubled.`)
	if q := findQuote(a, "cargo volumes doubled"); q != nil && q.Verb == "adding" {
		t.Errorf("a participle with no comma before it is no next act; quotes: %s", describeQuotes(a))
	}
}
