package corpus

import (
	"strings"
	"testing"
)

// TestCueWordReadings checks cue words the finder reads from what PolNeAR's
// annotators mark in its train split: each sentence gives one attribution
// with its speaker, cue and the content's opening words.
func TestCueWordReadings(t *testing.T) {
	for _, tc := range []struct {
		name, sentence string
		want           quoteWant
	}{
		{"thanked: whom and for what is the stance", "Sanders thanked the volunteers who knocked on doors across the state.",
			quoteWant{"the volunteers who knocked", "Sanders", "thanked", QuoteIndirect}},
		{"referenced: what is brought up", "In her speech, Warren referenced the labor strikes of the 1930s.",
			quoteWant{"the labor strikes of the 1930s", "Warren", "referenced", QuoteIndirect}},
		{"bemoaned: what is lamented", "Rubio also bemoaned the current political climate in which people hate each other.",
			quoteWant{"the current political climate", "Rubio", "bemoaned", QuoteIndirect}},
		{"likened: the comparison drawn", "The governor likened the new tax to a penalty on working families.",
			quoteWant{"the new tax to a penalty", "The governor", "likened", QuoteIndirect}},
		{"wondered: the question asked", "Trump wondered whether he could file charges against the reporter.",
			quoteWant{"whether he could file charges", "Trump", "wondered", QuoteIndirect}},
		{"portrayed: a view of its object with as", "The senator portrayed the new tax as a penalty on working families.",
			quoteWant{"the new tax as a penalty", "The senator", "portrayed", QuoteIndirect}},
		{"knocked: a stance against its object", "Cruz knocked Rubio on trade during the debate.",
			quoteWant{"Rubio on trade", "Cruz", "knocked", QuoteIndirect}},
		{"encouraged: whom and to do what", "The governor encouraged parents to opt out of the tests in protest.",
			quoteWant{"parents to opt out", "The governor", "encouraged", QuoteIndirect}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := structured(tc.sentence)
			q := findQuote(a, tc.want.text)
			if q == nil {
				t.Fatalf("%q: no attribution %q; quotes: %s", tc.sentence, tc.want.text, describeQuotes(a))
			}
			if q.Speaker != tc.want.speaker || q.Verb != tc.want.verb || q.Kind != tc.want.kind {
				t.Errorf("%q: %s by %q with %q, want %s by %q with %q", tc.sentence, q.Kind, q.Speaker, q.Verb, tc.want.kind, tc.want.speaker, tc.want.verb)
			}
			if strings.HasSuffix(a.Slice(q.Span), ",") {
				t.Errorf("%q: content %q ends on a comma", tc.sentence, a.Slice(q.Span))
			}
		})
	}
}

// TestStanceVerbWithParticle checks that a stance verb with "out", "down",
// "off", "up" or a particle of motion ("shut", "into", "away") right after
// it is another verb, and reports nothing.
func TestStanceVerbWithParticle(t *testing.T) {
	checkNoAttribution(t,
		"The storm knocked out power across the county for two days.",
		"The mayor backed down after the council vote on Tuesday evening.",
		"The minister backed off from the plan to close the harbour.",
		"Norway and Sweden slammed shut the border crossings on Monday.",
		"A delivery truck slammed into the harbour wall on Monday night.",
		"The ferry company backed away from the plan to close the harbour.",
	)
}

// TestTimePossessorIsNoSpeaker checks that a day in the possessive before
// a speech noun ("Tuesday's talk of a truce") names no speaker, while a
// person's ("the mayor's talk of a truce") still may.
func TestTimePossessorIsNoSpeaker(t *testing.T) {
	checkNoAttribution(t,
		"Tuesday's talk of a truce at the harbour has been replaced by new clashes.",
		"Last week's talk of a truce at the harbour has been replaced by new clashes.",
	)
}

// TestDocumentSources checks that an ad, an editorial, an article or a
// court filing speaks as an organisation does: "The ad claims", "the
// affidavit said".
func TestDocumentSources(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{"The ad claims “Okafor is the only candidate you can trust.”", "Okafor is the only candidate", "The ad"},
		{"The affidavit said that a witness had seen bruises on her forearm.", "a witness had seen bruises", "The affidavit"},
		{"The editorial argued that the harbour plan would cost the city too much.", "the harbour plan would cost", "The editorial"},
	})
}

// TestRelativeClauseSpeakers checks that a verb or a noun inside a
// relative clause does not take the speaker's place: a participle after
// ", which X reported," continues the main clause, and in a second
// relative clause ("who were interns at the time who claimed") the
// clause's head speaks, not the object of a preposition. A verb
// coordinated inside a subordinate clause ("after Silva criticized him
// and warned") and a participle after a possessor's clause take the
// subordinate clause's subject.
func TestRelativeClauseSpeakers(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`The union’s campaign rejected the charges, which The Daily Ledger first reported, telling the paper the charges are "pure fiction."`,
			"the charges are", "The union’s campaign"},
		{"The Ledger found three other workers who were interns at the time who claimed the manager pursued them.",
			"the manager pursued them", "three other workers"},
		{"Two drivers who were on duty at the depot who said the brakes had failed spoke to the inspectors.",
			"the brakes had failed", "Two drivers"},
		{"The governor spoke on Sunday after union leader Ana Silva criticized him and warned that the strike would go on.",
			"the strike would go on", "union leader Ana Silva"},
		{`Okafor's comments came as Adeyemi turned down an offer to meet the lawmakers, saying such a session could "deepen the divide."`,
			"such a session could", "Adeyemi"},
		{"After Ana Silva criticized him, the governor spoke and warned that the strike would go on.",
			"the strike would go on", "the governor"},
		{`Even so, Okafor held out the possibility that "there is still time ... if the council acts."`,
			"there is still time", "Okafor"},
		{"Even Republicans said the harbour plan would fail.", "the harbour plan would fail", "Republicans"},
	})
}

// TestContinueToIsNoCue checks that "continues to" and "called to" before
// a verb are no reporting cue, even beside a quoted fragment.
func TestContinueToIsNoCue(t *testing.T) {
	text := `The region has a "very small chance" to ensure the treaty continues to exist while the situation is "sensitive."`
	a := structured(text)
	for _, q := range a.Quotes {
		if q.Kind != QuoteScare {
			t.Errorf("%q: want only scare quotes, got %s %q by %q with %q", text, q.Kind, a.Slice(q.Span), q.Speaker, q.Verb)
		}
	}
}

// TestRoleThenNameAfterCue checks that a name set off after the role that
// follows a closing cue belongs to the speaker: '"...," said the
// spokesman, Ana Silva.' names her, as "the spokesman, Ana Silva, said"
// does.
func TestRoleThenNameAfterCue(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`"The account of the meeting is wrong," said the spokesman, Ana Silva.`, "The account", "the spokesman, Ana Silva"},
		{`"We will appeal," said the party's lawyer, Tomas Reyes.`, "We will appeal", "the party's lawyer, Tomas Reyes"},
		{`"We will appeal," said Tomas Reyes, Lisbon.`, "We will appeal", "Tomas Reyes"},
		{`"We will appeal," said the company's spokesman, Reuters.`, "We will appeal", "the company's spokesman"},
		{`"We will appeal," said the spokesman, Lisbon.`, "We will appeal", "the spokesman"},
	})
}

// TestClaimedLivesIsNoCue checks that "claimed" with a toll for its object
// ("the lives of", "1,200 lives", "a life") reports nothing, where a
// clause after it ("claimed his life was", "he claimed the lives of the
// hostages were") reports.
func TestClaimedLivesIsNoCue(t *testing.T) {
	checkNoAttribution(t,
		"The flood claimed the lives of 12 villagers, all but two of them children.",
		"The epidemic has claimed more than 1,200 lives since March.",
		"The crash claimed a life on the bridge.",
	)
	checkSpeakers(t, []attributionCase{
		{"The driver claimed that his life had been threatened by the gang.", "his life had been", "The driver"},
		{"The driver claimed his life had been threatened by the gang.", "his life had been", "The driver"},
		{"She claimed the lives of the hostages were at risk all week.", "the lives of the hostages", "She"},
		{"He claimed he had saved lives on the bridge that night.", "he had saved lives", "He"},
	})
}

// TestSubjectBeforeParticiple checks that a sentence opening with a time
// phrase and no comma ("On Sunday King Harald appeared ..., thanking
// ...") keeps its subject as the person a later "he" means: the comma
// before the participle closes the main clause, not an opening phrase.
func TestSubjectBeforeParticiple(t *testing.T) {
	for _, tc := range []struct{ first, second, speaker string }{
		{"But on Sunday evening King Harald appeared more conciliatory, thanking President Ana Silva for her help.",
			"No one could undermine the ties between the two countries, he said.", "King Harald"},
		{"On the northern side, leading candidate Tomas Reyes caused alarm when he criticized the court for its ruling.",
			"He said the ruling was wrong.", "leading candidate Tomas Reyes"},
	} {
		a := structured(tc.first, tc.second)
		var got []string
		for _, q := range a.Quotes {
			if q.Span.Start >= len(tc.first) {
				got = append(got, q.Speaker)
			}
		}
		if len(got) == 0 || got[0] != tc.speaker {
			t.Errorf("%q: want the second paragraph said by %q; quotes: %s", tc.first, tc.speaker, describeQuotes(a))
		}
	}
}

// TestQuestionWordOpensNoSpeaker checks that a question word before a
// speaker phrase opens the indirect question and is no part of the
// speaker: "details on how sources say X" is said by "sources".
func TestQuestionWordOpensNoSpeaker(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{"Local papers have published details on how sources say the driver was killed.", "the driver was killed", "sources"},
		{"The bill does not go as far as what scientists think is needed to save the reef.", "is needed", "scientists"},
		{"The vote shows why critics say the plan will fail.", "the plan will fail", "critics"},
	})
}

// TestCapitalisedVerbOpensAName checks that a capitalised verb after a
// quotation and before another capitalised word is the first word of the
// speaker's title, not the inverted cue: '"...," State Department
// spokeswoman X said' is said by the whole phrase, while an inflected one
// ('"...," Says Pelosi') is the cue.
func TestCapitalisedVerbOpensAName(t *testing.T) {
	a := structured(`"We will act now," State Department spokeswoman Ana Silva said in a statement.`)
	if q := findQuote(a, "We will act now"); q == nil || q.Speaker != "State Department spokeswoman Ana Silva" || q.Verb != "said" {
		t.Errorf("want the words said by the spokeswoman with \"said\"; quotes: %s", describeQuotes(a))
	}
	// An inflected cue is the cue of a title-case line, not a name word.
	checkSpeakers(t, []attributionCase{
		{`"Nobody Is Above the Law," Says Pelosi`, "Nobody Is Above", "Pelosi"},
		{`"We will act," Warned Senator Ana Silva.`, "We will act", "Senator Ana Silva"},
	})
}

// TestRatioSubject checks that a ratio standing before a reporting verb
// ("nine in 10 said", "about one out of five say") is the verb's speaker,
// also in a second clause after another speaker's, while a ratio that
// counts a noun is no speaker.
func TestRatioSubject(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{"Most tenants said rents were too high, while nine in 10 said the landlord ignored repairs.", "the landlord ignored repairs", "nine in 10"},
		{"About one out of five say the ferry is never on time.", "the ferry is never on time", "About one out of five"},
		{"More than six in 10 said the bridge should be rebuilt.", "the bridge should be rebuilt", "More than six in 10"},
		{"Sales fell at four in 10 stores, the trade group said.", "Sales fell at four in 10 stores", "the trade group"},
		// A year is no denominator, and a ratio after a verb, a
		// preposition or "to" is a score or a range's end.
		{"Anglers aged 30 to 45 in 2019 said the river was cleaner.", "the river was cleaner", "Anglers"},
		{"Pupils who scored 4 in 10 said the exam was unfair.", "the exam was unfair", "Pupils"},
	})
	a := structured("Sailors who retired 20 in 2021 said the pension was too small.")
	if q := findQuote(a, "the pension was too small"); q != nil && q.Speaker == "20 in 2021" {
		t.Errorf("want no ratio speaker; quotes: %s", describeQuotes(a))
	}
}

// TestAskedBy checks that a question put in the passive names its asker
// after "by" ("When asked by a reporter whether ...", "was asked by host
// Jo Reyes whether ..."), the question starting after the asker and a time,
// while "by" before no noun phrase of a person names nobody.
func TestAskedBy(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{`When asked by a reporter whether the ferry would run, Roe said, "Ask the captain."`, "whether the ferry would run", "a reporter"},
		{"Asked by Okafor on Monday about the delay in repairs, the mayor said the contract was void.", "about the delay in repairs", "Okafor"},
		{"Last week, the mayor was asked by host Jo Reyes whether the budget would pass in the spring.", "whether the budget would pass in the spring", "host Jo Reyes"},
		// The question ends at the comma where the answer's clause begins.
		{"When asked by the coroner whether he slept, Lee shrugged.", "whether he slept", "the coroner"},
	})
	// A lead-in and the question reader record one question, not two.
	p := "Asked by the coroner whether she saw the boat, Ann Roe said she did."
	n := 0
	for _, q := range structured(p).Quotes {
		if q.Speaker == "the coroner" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%q: want one question by the coroner; quotes: %s", p, describeQuotes(structured(p)))
	}
	// A bare singular noun after "by" is the channel, not who asked.
	for p, channel := range map[string]string{
		"Asked by email whether the ferry had left, the clerk declined to comment.": "email",
		"Asked by letter whether the ferry had left, the clerk said it had.":        "letter",
	} {
		for _, q := range structured(p).Quotes {
			if q.Speaker == channel {
				t.Errorf("%q: want no speaker %q; quotes: %s", p, channel, describeQuotes(structured(p)))
			}
		}
	}
	for _, p := range []string{
		"The clerk was asked by mistake whether the ferry had left the harbour that night.",
		"When asked by him whether the ferry had left, the clerk laughed at the question.",
	} {
		for _, q := range structured(p).Quotes {
			if q.Speaker != "" {
				t.Errorf("%q: want no speaker; quotes: %s", p, describeQuotes(structured(p)))
			}
		}
	}
}

// TestPerfectAdverbBeforeVerb checks that an adverb without -ly between a
// perfect's auxiliary and its reporting verb ("has since said", "have long
// argued") leaves the subject before it the speaker, and that a sentence
// whose "since" follows no auxiliary keeps its own attribution.
func TestPerfectAdverbBeforeVerb(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{"The couple attended the opening in 2005. She has since said that she went because it sounded like fun.", "she went because", "She"},
		{"Harbor officials have long argued that the channel is too shallow for the new ships.", "the channel is too shallow", "Harbor officials"},
		{"The strike ended in May, and talks have since resumed with the owners, the union said.", "The strike ended in May", "the union"},
		// A refusal to act is no reporting verb to read past "since" for.
		{"The tenants have since refused to leave the building, even as the owners claim they will call the police on Monday.", "they will call the police", "the owners"},
	})
	// "Ever" after the auxiliary is the negation's or the question's: no
	// one is reported to have claimed anything.
	p := "Nobody on the council has ever claimed that the old dam was safe."
	if q := findQuote(structured(p), "the old dam was safe"); q != nil && q.Speaker != "" {
		t.Errorf("%q: want no speaker; quotes: %s", p, describeQuotes(structured(p)))
	}
}

// TestClauseAfterAnd checks that a name after an "and" that follows the
// lower-case end of a clause is the subject of the verb after it ("...
// copied on the letters and Ortiz said"), while names or a role and a name
// joined by "and" stay one coordinated subject.
func TestClauseAfterAnd(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{"The clerk was copied on the letters and Ortiz said he had read them twice.", "he had read them twice", "Ortiz"},
		{"It was the clause the tenants opposed and Ortiz said she would have struck it.", "she would have struck it", "Ortiz"},
		{"Sullivan and Hulata said the talks would resume in the spring.", "the talks would resume", "Sullivan and Hulata"},
		{"The mayor and Ortiz said the talks would resume in the spring.", "the talks would resume", "The mayor and Ortiz"},
		// Without a verb of its own before "and", a lower-case noun and a
		// name are one coordinated subject.
		{"Three nurses and Ortiz said the ward was too cold.", "the ward was too cold", "Three nurses and Ortiz"},
		{"Local fishermen and Ortiz said the ward was too cold.", "the ward was too cold", "Local fishermen and Ortiz"},
		{"The skipper's crew and Ortiz said the ward was too cold.", "the ward was too cold", "The skipper's crew and Ortiz"},
		// A clause before "and" has one: an -ed form before a preposition,
		// an irregular past.
		{"A clerk asked for a copy and Ortiz said the file was sealed.", "the file was sealed", "Ortiz"},
		{"The pump broke down twice and Ortiz said it must be replaced.", "it must be replaced", "Ortiz"},
	})
}

// TestPossessedCueWordIsANoun: after a possessive pronoun a cue word is a
// noun ("their claims could not be verified"), no verb with "their" for a
// speaker; with "that" after it, or "is that", it still reports words.
func TestPossessedCueWordIsANoun(t *testing.T) {
	checkNoAttribution(t,
		"Their claims could not be independently checked by the monitors.",
		"His reports have been reliable for a decade.",
		"Its warns were printed in red on every label.",
		"Her claims drew a crowd to the town hall.",
	)
	checkSpeakers(t, []attributionCase{
		{"The mayor spoke briefly. His claims that the bridge was safe drew jeers.", "the bridge was safe", "His"},
		{"The grocers met on Monday. Their fear is that the new mall will empty the high street.", "is that the new mall", "Their"},
		{"The coach told her claims about the referee were unfair.", "claims about the referee", "The coach"},
	})
}

// TestContinuedAside: ", he continued," set off by commas inside the words
// reports them as ", he said," does; a "continued" of its own does not.
func TestContinuedAside(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{"In practice, she continued, the levy would never be collected.", "In practice, she continued", "she"},
		{"Sooner or later, Okafor continued, the mill will have to close.", "Sooner or later", "Okafor"},
		{"The levy, she continued, would never be collected.", "The levy", "she"},
		{"In the end, she continued, taxes would have to rise.", "In the end", "she"},
	})
	checkNoAttribution(t,
		"The storm continued, and the roads stayed shut until Friday.",
		"After the break, the rally continued for two more hours.",
		// "continued" before an aside and then "to" or its own object is
		// the sentence's verb.
		"Meanwhile, Okafor continued, despite the rain, to shell the ridge.",
		"Since then, Ruritania continued, unabated, its raids on the valley.",
		"On Friday, Voltara continued, as it had for months, to ration power.",
	)
}

// TestRelativeClauseObjectIsNoSpeaker: the object of a relative clause
// between its head and the reporting verb ("Officials planning to attend
// the summit said") is no speaker; the head speaks.
func TestRelativeClauseObjectIsNoSpeaker(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{"Clerks planning to attend the fair said the stalls would open late.", "the stalls would open late.", "Clerks"},
		{"Envoys planning to leave Lagos told reporters the consulate would close.", "the consulate would close.", "Envoys"},
		{"Tenants fleeing the flood said the water rose fast.", "the water rose fast.", "Tenants"},
		{"Growers who plan to leave the cooperative said prices were too low.", "prices were too low.", "Growers"},
		{"Farmers backing Okafor said the levy would pass.", "the levy would pass.", "Farmers"},
		// A noun phrase opening the sentence still speaks.
		{"The steering committee said the stalls would open late.", "the stalls would open late.", "The steering committee"},
	})
}

// TestSubjectPastAsideAndQuantifier checks a subject that a short aside
// opened by a preposition ("on the other hand", "including the Harbor
// Times") or a floating "both" keeps from its verb. An aside inside a
// clause of the subject's own, and a "both" that pairs two verbs, are no
// such gap.
func TestSubjectPastAsideAndQuantifier(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{"Supporters of the ferry, on the other hand, argued that the fees are fair.", "the fees are fair.", "Supporters of the ferry"},
		{"Dock unions across the state, including the Harbor Guild, warned that the ferry would close.", "the ferry would close.", "Dock unions"},
		{"Senator Ann Roe and Governor Tom Hale have both argued that the levy is unfair.", "the levy is unfair.", "Senator Ann Roe and Governor Tom Hale"},
		{"Kim Dale, who lost her boat in Dover, Delaware, in July 2014, said that the levy had ruined her.", "the levy had ruined her.", "Kim Dale"},
		{"Speaking on Sunday, the dock union leaders both denied that the levy is unfair.", "the levy is unfair.", "the dock union leaders"},
		// "both" after a verb is its object's: the participle's host is
		// the verb's subject, not a phrase running up to "claims".
		{`Speaking on Sunday, Harbor Master Ann Roe disputed both claims, calling them "not accurate."`, "not accurate.", "Harbor Master Ann Roe"},
	})
}

// TestActVerbNounObject checks that a demand or a rejection with a
// noun-phrase object is read only when a speaker makes it and the object
// is a phrase: no non-speaker subject, bare noun, count, modal or
// adjective participle.
func TestActVerbNounObject(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{`The harbor council demanded an immediate halt to the dredging on Monday.`, "an immediate halt to the dredging", "The harbor council"},
		{`Port union demands emergency pay rise for tug crews`, "emergency pay rise for tug crews", "Port union"},
		{`Union leaders rejected the council's claims about the contract.`, "the council's claims about the contract.", "Union leaders"},
		{`Officials said that the union demanded a new vote on the contract.`, "a new vote on the contract.", "the union"},
		{`The embattled mayor demanded a new vote on the contract.`, "a new vote on the contract.", "The embattled mayor"},
		{`Norway and Sweden demanded an immediate halt to the dredging.`, "an immediate halt to the dredging.", "Norway and Sweden"},
		{`Striking dockers and their union demanded higher pay.`, "higher pay.", "Striking dockers and their union"},
		{`The ferry owner dismissed the charges as baseless.`, "the charges as baseless.", "The ferry owner"},
	})
	checkNoAttribution(t,
		`Union leaders rejected the new contract.`,
		`The Senate rejected the bill by 52 votes to 48.`,
		`The gang that kidnapped the ferry owner Ann Lee demanded a ransom.`,
		`Protesters gathered outside and the union demanded a new vote.`,
		`Prices have risen for a year and the union demanded a pay rise.`,
		`The job demands patience and a steady hand.`,
		`The storm rejected every attempt to reach the pier.`,
		`The mayor demanded attention.`,
		`The ferry company rejected 40 applicants last year.`,
		`Rejected applicants may appeal within a month.`,
		`The court denied bail.`,
		// A court's ruling on charges or a case is no one's words.
		`Harbor court dismisses fraud charges against ferry owner`,
		`A judge has dismissed the charges against the harbor master.`,
		`A Bergen court dismissed the smuggling charges against the ferry captain on Friday.`,
		`The court rejected the charges against the union.`,
		`Harbor residents would reject the plan if it came to a vote.`,
		`If the council rejects the harbor plan, the mayor will resign.`,
	)
}

// TestSupposedSubjectIsNoVoice checks that a verb whose subject opens a
// condition or a question ("If the party opposes the bill", "whether the
// mayor backs it") gives no one a voice, while the same verb in a main
// clause, or a report whose words hold a condition, still does.
func TestSupposedSubjectIsNoVoice(t *testing.T) {
	checkNoAttribution(t,
		"Assuming all 40 council members oppose the budget, the mayor would need three votes from the board.",
		"If the union rejects the offer, the strike will go on into March.",
		"Unless the regulator disputes the figures, the merger closes on Friday.",
		"It is unclear whether the governor supports the plan for a second bridge.",
	)
	checkSpeakers(t, []attributionCase{
		{"All 40 council members oppose the budget, the mayor conceded on Monday.", "All 40 council members oppose", "the mayor"},
		{"The minister said that if the union rejects the offer, the strike will go on.", "if the union rejects", "The minister"},
		{"Even if the talks fail, the regulator said the merger would close on Friday.", "the merger would close", "the regulator"},
	})
}
