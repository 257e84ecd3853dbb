package corpus

import (
	"strings"
	"testing"
)

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
		// A verb of speech with no "that" after it is a gerund of the series.
		{"The nurses endorse hiring more staff and accepting the new contract.",
			"hiring more staff and accepting the new contract.", "The nurses"},
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

// TestInvertedSpeakerHoldsNoVerb checks that a phrase after a reporting
// verb that holds a modal, an auxiliary or a verb of its own is the
// reported clause, not an inverted speaker with a trailing phrase: the
// speaker is the name before the verb.
func TestInvertedSpeakerHoldsNoVerb(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{"John Smith, a former aide in the Obama White House, argued the U.S. should punish Russia with new sanctions.",
			"the U.S. should punish Russia with new sanctions.", "John Smith"},
		{"Karen Holt, a former adviser in the Carter administration, said the White House must pay Iran in cash.",
			"the White House must pay Iran in cash.", "Karen Holt"},
		{"Omar Reyes, a retired judge in the county court, said the city has failed its tenants for years.",
			"the city has failed its tenants for years.", "Omar Reyes"},
	})
}

// TestTimeAsSubjectIsReported checks that a time of "this", "last" or
// "next" right after a reporting verb stays in the reported words when a
// verb follows it or it owns what follows: then it is the clause's
// subject, not when the verb was said.
func TestTimeAsSubjectIsReported(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{"She said last night was the worst night of her campaign.", "last night was the worst night of her campaign.", "She"},
		{"The governor told reporters this year has been hard for farmers.", "this year has been hard for farmers.", "The governor"},
		{"He said next year will bring new jobs to the valley.", "next year will bring new jobs to the valley.", "He"},
		{"The chief also cites last winter's long strike at the mill.", "last winter's long strike at the mill.", "The chief"},
	})
}

// TestStanceObjectStopsAtConsequence checks that a lone participle after
// a comma in a stance's object is the writer's word on a consequence, not
// a gerund of the series; and that a participle of speech there opens the
// speaker's next act while the stance stays on record.
func TestStanceObjectStopsAtConsequence(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{"The union criticized the company for cutting jobs, prompting a strike that lasted two weeks.",
			"the company for cutting jobs", "The union"},
		{"The senator supported raising the minimum wage, bringing him into conflict with his party.",
			"raising the minimum wage", "The senator"},
		{"Lawmakers backed expanding the program, reversing a decision made in 2014.",
			"expanding the program", "Lawmakers"},
		{"The mayor criticized the board for raising fares, acknowledging that the city had few options.",
			"the board for raising fares", "The mayor"},
	})
}

// TestCallIsNoNamingWithCountOrTime checks that "call" with an object
// pronoun and then a count, a time, a manner or a place word is a call,
// not a naming.
func TestCallIsNoNamingWithCountOrTime(t *testing.T) {
	checkNoAttribution(t,
		"The governor called him hours later to apologize.",
		"The senator called him three times on Sunday.",
		"Reporters called them dozens of times last week.",
		"The senator called him afterward to apologize.",
		"She called him right away.",
		"The police called them all in for questioning.",
		"The judge called them forward one at a time.",
	)
	checkExactAttributions(t, []attributionCase{
		{"The mayor called them idiots on Tuesday.", "them idiots", "The mayor"},
	})
}

// TestGlossAfterCommaInsideQuoteIsNoSpeech checks that a participle after
// a direct quotation whose comma stands inside the closing mark is read
// as the speaker's words only with a clause of "that": "referring to",
// "alluding to" gloss the quotation.
func TestGlossAfterCommaInsideQuoteIsNoSpeech(t *testing.T) {
	for _, tc := range []struct{ paragraph, participle string }{
		{`The mayor said: "We will beat them at the polls and in the courts," referring to the rival towns.`, "referring"},
		{`The mayor said: "They have done nothing for this harbor in ten years," alluding to the port board.`, "alluding"},
	} {
		a := structured(tc.paragraph)
		for _, q := range a.Quotes {
			if strings.HasPrefix(q.Verb, tc.participle) {
				t.Errorf("%q: a gloss is no speech; quotes: %s", tc.paragraph, describeQuotes(a))
			}
		}
	}
}

// TestOuterClauseEndsWithItsClause checks that an outer speaker's words
// around an inner stance end where the outer clause does: at the comma
// closing a subordinate clause, or before an "and" with the outer
// speaker's next reporting verb.
func TestOuterClauseEndsWithItsClause(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{"Because the mayor argued that the board endorsed the plan last year, the council voted it down.",
			"the board endorsed the plan last year", "the mayor"},
		{"When the mayor noted that the board backed the fee, the governor seized upon the point.",
			"the board backed the fee", "the mayor"},
		{"The mayor noted that the board endorsed the plan in March and dismissed the criticism from the harbor pilots.",
			"the board endorsed the plan in March", "The mayor"},
	})
}
