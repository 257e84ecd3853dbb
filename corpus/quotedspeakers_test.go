package corpus

import "testing"

// articleCase is an article of several paragraphs, words one of its
// attributions holds, and who says them.
type articleCase struct {
	paragraphs       []string
	content, speaker string
}

// checkArticleSpeakers checks that each article has an attribution
// holding the case's words, by the case's speaker.
func checkArticleSpeakers(t *testing.T, cases []articleCase) {
	t.Helper()
	for _, tc := range cases {
		a := structured(tc.paragraphs...)
		if q := findQuote(a, tc.content); q == nil || q.Speaker != tc.speaker {
			t.Errorf("%q: want %q by %q; quotes: %s", tc.paragraphs, tc.content, tc.speaker, describeQuotes(a))
		}
	}
}

// TestQuotedWordsNameNoOne checks that the subject of a sentence inside
// quotation marks ("STAY HOME!", shouted in capitals) is never the person
// a later "she" means, while a person the outlet names outside the marks
// still is.
func TestQuotedWordsNameNoOne(t *testing.T) {
	checkArticleSpeakers(t, []articleCase{
		{paragraphs: []string{
			`Ana Lund read out the governor's post: “WE WILL NOT BE BULLIED BY YOUR LIES. STAY HOME!”`,
			`“The governor speaks plainly,” she said.`,
		}, content: "The governor speaks plainly", speaker: "Ana Lund"},
		{paragraphs: []string{
			`Rita Moss, a council member, called the plan “a good start. Work Harder!”`,
			`“People need to hear it,” she said.`,
		}, content: "People need to hear it", speaker: "Rita Moss"},
		// Negative: a person the outlet names outside the marks, in a
		// sentence holding a quotation, is still the one "she" means.
		{paragraphs: []string{
			`The mayor wrote: “Our city stands together.” Council member Rita Moss called the post “a good start”.`,
			`“People need to hear it,” she said.`,
		}, content: "People need to hear it", speaker: "Council member Rita Moss"},
	})
}

// TestRoleThenNameAppositiveSpeaker checks that a speaker phrase of a
// role and, after a comma, a full name ("The port spokeswoman, Eva Lind")
// makes that person the one a later "she" means; a role set off by a
// description is left as it was.
func TestRoleThenNameAppositiveSpeaker(t *testing.T) {
	checkArticleSpeakers(t, []articleCase{
		{paragraphs: []string{
			`Tom Berg ran the port for a decade.`,
			`The port spokeswoman, Eva Lind, told Radio Nord the captain was not taking risks, and said “the storm has passed”.`,
			`“We are ready,” she said.`,
		}, content: "We are ready", speaker: "Eva Lind"},
		// Negative: no name after the comma; "he" is the spokesman.
		{paragraphs: []string{
			`Tom Berg ran the port for a decade.`,
			`The port spokesman, a former captain, told Radio Nord the captain was not taking risks, and said “the storm has passed”.`,
			`“We are ready,” he said.`,
		}, content: "We are ready", speaker: "The port spokesman"},
	})
}

// TestRoleHolderNamedOutsideQuotes checks that "the president" means the
// holder the outlet names, not one named inside someone's quoted words,
// and that a holder named only inside quotation marks is still found when
// the outlet names none.
func TestRoleHolderNamedOutsideQuotes(t *testing.T) {
	checkArticleSpeakers(t, []articleCase{
		{paragraphs: []string{
			`President Lena Holm wrote on Sunday: “Many dead in a senseless attack. President Varga and his allies are to blame!”`,
			`Critics linked the attack to her plans. The president said last week that she wanted to “leave” the region.`,
		}, content: "she wanted to", speaker: "President Lena Holm"},
		// Negative: no holder outside the marks; the quoted one is meant.
		{paragraphs: []string{
			`Ana Roe, an opposition leader, wrote: “President Varga must answer for this attack.”`,
			`The president said on Monday that he would not resign.`,
		}, content: "he would not resign", speaker: "President Varga"},
		// A person named inside the marks is still one a later "he" means.
		{paragraphs: []string{
			`"President Ivan Varga must resign," Anna Berg told reporters on Monday.`,
			`"I will not resign," he said.`,
		}, content: "I will not resign", speaker: "President Ivan Varga"},
	})
}

// TestParliamentSpeakerIsPerson checks that "House Speaker Karl Moen" is
// a person, whom a later "he" means, not an organisation ("House") that
// a "he" skips; the speaker's office is still no "he".
func TestParliamentSpeakerIsPerson(t *testing.T) {
	checkArticleSpeakers(t, []articleCase{
		{paragraphs: []string{
			`"We expected better from our friends," said Ambassador Tom Lind.`,
			`House Speaker Karl Moen, R-Ohio, blasted the government for abandoning its ally.`,
			`"This is a disgrace," he said.`,
		}, content: "This is a disgrace", speaker: "House Speaker Karl Moen"},
		// Negative: the speaker's office is no "he"; the ambassador stays.
		{paragraphs: []string{
			`"We expected better from our friends," said Ambassador Tom Lind.`,
			`The House Speaker's office blasted the government for abandoning its ally.`,
			`"This is a disgrace," he said.`,
		}, content: "This is a disgrace", speaker: "Ambassador Tom Lind"},
	})
}

// TestStanceNounAfterOpener checks that a stance noun opening the main
// clause after an opening phrase ("Regardless of how Roe responds, his
// criticism of Vesta was unusual") ends its words at the sentence's
// predicate, as one opening the sentence does, and that its "his" is the
// one person the opener names; an opener naming no one leaves "his" to
// the last person named.
func TestStanceNounAfterOpener(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{`On Monday, Norland's denial of the attack on the ferry was swift.`, "the attack on the ferry", "Norland"},
	})
	lead := []string{
		`President Ivan Roe said on Monday that the talks would go on.`,
		`"It is not too late to stop the war," Sen. Tom Lee said.`,
	}
	checkArticleSpeakers(t, []articleCase{
		{paragraphs: append(lead[:2:2], `Regardless of how Roe decides to respond, his criticism of Vesta was unusual.`), content: "Vesta", speaker: "Roe"},
		// Negative: the opener names no one; "his" is the last person.
		{paragraphs: append(lead[:2:2], `Regardless of how the talks end, his criticism of Vesta was unusual.`), content: "Vesta", speaker: "Sen. Tom Lee"},
		// Negative: the opener names Roe as its object, not as who acts.
		{paragraphs: append(lead[:2:2], `After meeting Roe in Paris, his criticism of Vesta was unusual.`), content: "Vesta", speaker: "Sen. Tom Lee"},
		{paragraphs: append(lead[:2:2], `In a letter to Roe, his criticism of Vesta was unusual.`), content: "Vesta", speaker: "Sen. Tom Lee"},
	})
	for _, p := range []string{
		`Regardless of how Roe decides to respond, his criticism of Vesta was unusual.`,
		`Regardless of how the talks end, his criticism of Vesta was unusual.`,
	} {
		a := structured(append(lead[:2:2], p)...)
		if q := findQuote(a, "Vesta"); q == nil || a.Slice(q.Span) != "Vesta" {
			t.Errorf("%q: want the words %q alone; quotes: %s", p, "Vesta", describeQuotes(a))
		}
	}
}

// TestPluralCueAfterPastVerbIsNoun checks that a cue word in "-s" right
// after a past verb, or after one modifier after it, is the verb's plural
// object, no saying ("Rebels gave various estimates of the toll"), while
// an "-s" verb before "that" still reports.
func TestPluralCueAfterPastVerbIsNoun(t *testing.T) {
	checkNoAttribution(t,
		`Villagers gave various estimates of the number of boats lost in the storm.`,
		`Fishermen offered conflicting accounts of the night the trawler sank.`,
		`The coast guard gave estimates of the damage to the harbour.`)
	checkSpeakers(t, []attributionCase{
		{paragraph: `The harbour board estimates that 40 boats were lost.`, content: "40 boats were lost", speaker: "The harbour board"},
		{paragraph: `Fishermen gave estimates that ranged widely, but the board estimates that 40 boats were lost.`, content: "40 boats were lost", speaker: "the board"},
		// After a relative or participle clause an -s verb reports.
		{paragraph: `The memo he signed says the harbour will close in May.`, content: "the harbour will close in May", speaker: "The memo"},
		{paragraph: `The woman who was injured says she saw the ferry hit the pier.`, content: "she saw the ferry hit the pier", speaker: "The woman"},
	})
}

// TestAccordingToWordsByAgent checks that "according to" words made or
// carried "by" someone ("comments reported by the state radio") are that
// agent's, not the words' noun; words a possessor already owns ("Roe's
// comments") keep the possessor's phrase.
func TestAccordingToWordsByAgent(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{paragraph: `The harbour will reopen in May, according to comments reported by the state radio, NRK.`, content: "The harbour will reopen", speaker: "the state radio"},
		{paragraph: `The harbour will reopen in May, according to remarks made by the port director.`, content: "The harbour will reopen", speaker: "the port director"},
		{paragraph: `The harbour will reopen in May, according to remarks made by the port director on Tuesday.`, content: "The harbour will reopen", speaker: "the port director"},
		// Negative: the words have their speaker already.
		{paragraph: `The harbour will reopen in May, according to Roe's comments reported by the state radio.`, content: "The harbour will reopen", speaker: "Roe's comments"},
	})
}

// TestInvertedSpeakerWithBody checks that a titled name after an inverted
// "said", with its body after "of" ("said Judge Ana Roe of the Judges'
// Club"), is the speaker of the words before it, and so the "he" or "she"
// of the next sentence; a count after "said" ("said many of the ...")
// still opens the words.
func TestInvertedSpeakerWithBody(t *testing.T) {
	checkArticleSpeakers(t, []articleCase{
		{paragraphs: []string{
			`"We will not give up on the port," said spokesman Tom Berg.`,
			`All but three of the 20 docks and 80% of the crews went on strike on Monday, said Judge Ana Roe of the Harbour Judges' Club. She described the plan as "an attack on the courts."`,
		}, content: "All but three of the 20 docks", speaker: "Judge Ana Roe"},
		{paragraphs: []string{
			`"We will not give up on the port," said spokesman Tom Berg.`,
			`All but three of the 20 docks and 80% of the crews went on strike on Monday, said Judge Ana Roe of the Harbour Judges' Club. She described the plan as "an attack on the courts."`,
		}, content: "the plan as", speaker: "Judge Ana Roe"},
	})
	// Negative: after a count, "said" opens the words; no "many" speaks.
	a := structured(`Ana Roe, a Bergen-based developer and spokeswoman for the Harbour Investment Coalition, which is made up of owners and builders, said many of the examples that critics point to as harbour projects in rich areas failed to note that the program helped transform poor places.`)
	for _, q := range a.Quotes {
		if q.Speaker == "many" {
			t.Errorf("want no speaker %q; quotes: %s", "many", describeQuotes(a))
		}
	}
}

// TestMixedMarksQuotation checks that a paragraph opened by a single mark
// and closed by a double one ("'Our words were clear,” she said.") is a
// quotation, and that the quotation after it is still found; a single
// mark closed by a single one, or a double mark later in the paragraph,
// is read as before.
func TestMixedMarksQuotation(t *testing.T) {
	checkArticleSpeakers(t, []articleCase{
		{paragraphs: []string{
			`Port spokeswoman Ana Lind on Monday dismissed the mayor's remarks.`,
			`'The mayor's words show plain contempt for the harbour's workers,” she said. "His plan is only a stunt."`,
		}, content: "The mayor's words show plain contempt", speaker: "Port spokeswoman Ana Lind"},
		{paragraphs: []string{
			`Port spokeswoman Ana Lind on Monday dismissed the mayor's remarks.`,
			`'The mayor's words show plain contempt for the harbour's workers,” she said. "His plan is only a stunt."`,
		}, content: "His plan is only a stunt", speaker: "Port spokeswoman Ana Lind"},
		// Negative: a single mark closed by its own kind.
		{paragraphs: []string{
			`Port spokeswoman Ana Lind on Monday dismissed the mayor's remarks.`,
			`'The plan is only a stunt,' she said, calling it "cheap".`,
		}, content: "The plan is only a stunt", speaker: "Port spokeswoman Ana Lind"},
	})
}
