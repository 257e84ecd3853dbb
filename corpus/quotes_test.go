package corpus

import (
	"slices"
	"strings"
	"testing"
)

// TestQuotedFragmentSpeaker checks who a quoted fragment with no reporting
// verb of its own is given to: the subject of the clause it stands in,
// across the subject's appositive or relative clause.
func TestQuotedFragmentSpeaker(t *testing.T) {
	for _, tc := range []struct {
		name, sentence, fragment, speaker string
	}{
		{"relative clause after the subject",
			`Pence, who is running for reelection this year, praised Cruz for showing "the courage of his convictions" at the rally.`,
			"the courage of his convictions", "Pence"},
		{"appositive after the subject",
			`Mike Huckabee, the former Arkansas governor, proposed that voters "wake up and smell the coffee" before the vote.`,
			"wake up and smell the coffee", "Mike Huckabee"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := structured(tc.sentence)
			q := findQuote(a, tc.fragment)
			if q == nil {
				t.Fatalf("no quotation %q among %s", tc.fragment, describeQuotes(a))
			}
			if q.Speaker != tc.speaker {
				t.Errorf("speaker %q, want %q; quotes: %s", q.Speaker, tc.speaker, describeQuotes(a))
			}
		})
	}
}

// TestColonAfterOneWordPredicate checks that a colon after a subject and a
// single verb that reports nothing by itself ("Kasich resisted:") hands
// the quotation to that subject.
func TestColonAfterOneWordPredicate(t *testing.T) {
	a := structured(`The union asked the governor to suspend the law. Kasich resisted: "Governors do not have the power to suspend the law."`)
	q := findQuote(a, "Governors do not have")
	if q == nil || q.Speaker != "Kasich" {
		t.Errorf("quotation by %v, want Kasich; quotes: %s", q, describeQuotes(a))
	}
}

// TestRoleBeforeNameAfterQuote checks that lower-case role words leading a
// name after a quotation belong to the speaker, and that other words
// before a name ("until Haley said") make no attribution of the quotation.
func TestRoleBeforeNameAfterQuote(t *testing.T) {
	for _, tc := range []struct{ paragraph, quote, speaker string }{
		{`"I am putting Cruz second this week," former congressman Dan Maffei said.`, "I am putting Cruz", "former congressman Dan Maffei"},
		{`"I am impressed by his ability to insult everyone," screenwriter Cole Haddon wrote on Twitter.`, "I am impressed", "screenwriter Cole Haddon"},
		{`"There is some nagging concern about him," super PAC spokeswoman Kellyanne Conway said.`, "There is some nagging", "super PAC spokeswoman Kellyanne Conway"},
		{`Sims says he was "kind of riding the fence" until Haley said she was backing the senator.`, "kind of riding", "Sims"},
	} {
		a := structured(tc.paragraph)
		q := findQuote(a, tc.quote)
		if q == nil || q.Speaker != tc.speaker {
			t.Errorf("%q: quotation by %v, want %q; quotes: %s", tc.paragraph, q, tc.speaker, describeQuotes(a))
		}
	}
}

// TestSubordinateClauseSpeech checks that reported speech in a sentence's
// opening subordinate clause ends at its comma when the main clause
// reports someone's speech of its own.
func TestSubordinateClauseSpeech(t *testing.T) {
	a := structured("While Comey has said that he regularly makes recommendations on cases, Lewandowski said he does not do them publicly.")
	first, second := findQuote(a, "he regularly makes"), findQuote(a, "he does not do")
	if first == nil || second == nil {
		t.Fatalf("want two attributions; quotes: %s", describeQuotes(a))
	}
	if got := a.Slice(first.Span); got != "he regularly makes recommendations on cases" || first.Speaker != "Comey" {
		t.Errorf("first attribution %q by %q, want the subordinate clause by Comey", got, first.Speaker)
	}
	if second.Speaker != "Lewandowski" {
		t.Errorf("second attribution by %q, want Lewandowski", second.Speaker)
	}
}

// TestSecondSpeakerAfterAnd checks that "and" followed by a speaker and a
// reporting verb starts a second attribution, and that an adverbial
// phrase after "and" ("and most recently defended") names no speaker.
func TestSecondSpeakerAfterAnd(t *testing.T) {
	a := structured("Many prominent Republicans have said they will not attend the convention and others have said they are not interested in speaking.")
	first, second := findQuote(a, "they will not attend"), findQuote(a, "they are not interested")
	if first == nil || second == nil || first.Speaker != "Many prominent Republicans" || second.Speaker != "others" {
		t.Errorf("want two attributions, by Many prominent Republicans and by others; quotes: %s", describeQuotes(a))
	}
	a = structured("The director pointed out that the agency is worried about the trade between Canada and Mexico and fears that it could grow into an alliance.")
	if q := findQuote(a, "the agency is worried"); q == nil || q.Speaker != "The director" || !strings.Contains(a.Slice(q.Span), "fears that") {
		t.Errorf(`"and Mexico and fears" split off a speaker; quotes: %s`, describeQuotes(a))
	}
	a = structured("In the coming months, he vowed to ban visitors from entering the country, declined at first to criticize a former leader, and most recently defended the use of an image.")
	for _, q := range a.Quotes {
		if q.Speaker == "most" {
			t.Errorf("%q: speaker %q; quotes: %s", a.Slice(q.Span), q.Speaker, describeQuotes(a))
		}
	}
}

// TestHeadlineAttribution checks the article's first paragraph, its
// headline: a capitalised reporting verb there is a verb even when no
// capitalised function word marks the line as title case, and the
// capitalised words after it are its content, not a trailing name. The
// same line further down is no headline.
func TestHeadlineAttribution(t *testing.T) {
	for _, tc := range []struct {
		paragraphs             []string
		content, speaker, verb string
	}{
		{[]string{"Harbour Critic Praises Mayor Rivera for Bold Plan.", "The vote is due next week."}, "Mayor Rivera for Bold Plan", "Harbour Critic", "Praises"},
		{[]string{"Mayor Says Hackers Broke Into City Servers.", "The city has restored its systems since the attack."}, "Hackers Broke", "Mayor", "Says"},
		// Lower-case prepositions of a headline in title case ("for", "after", "with") leave it one.
		{[]string{"Harbour Critic Calls for Special Inquiry after Report Reveals Port Deal with City Donors", "The vote is due next week."}, "Special Inquiry", "Harbour Critic", "Calls for"},
		// A headline's first verb reports its object; a capitalised "Just" is no part of the subject.
		{[]string{"Harbour Critic Just Dismissed Mayor Rivera's Port Plan", "The vote is due next week."}, "Mayor Rivera's Port Plan", "Harbour Critic", "Dismissed"},
		{[]string{"Port Union Promises Action On Wages In First 100 Days", "The vote is due next week."}, "Action On Wages", "Port Union", "Promises"},
		// A verb after the headline's report is inside it.
		{[]string{"Mayor Says He Never Pledged To Sell The Port", "The vote is due next week."}, "He Never Pledged", "Mayor", "Says"},
		// A relative clause in title case says what the speaker did: "Mayor Who Closed ..." is the mayor.
		{[]string{"Mayor Who Closed Old North Harbour Says Claim Is False", "The vote is due next week."}, "Claim Is False", "Mayor", "Says"},
		{[]string{"Senator Whose Harbour Bill Failed Says Vote Was Rigged", "The vote is due next week."}, "Vote Was Rigged", "Senator", "Says"},
		{[]string{"The vote is due next week, after a long debate.", "Harbour Critic Praises Mayor Rivera for Bold Plan."}, "", "", ""},
	} {
		a := structured(tc.paragraphs...)
		if tc.content == "" {
			if len(a.Quotes) != 0 {
				t.Errorf("%q: quotes %s, want none", tc.paragraphs, describeQuotes(a))
			}
			continue
		}
		q := findQuote(a, tc.content)
		if q == nil || q.Speaker != tc.speaker || q.Verb != tc.verb {
			t.Errorf("%q: attribution %v, want %q %q; quotes: %s", tc.paragraphs[0], q, tc.speaker, tc.verb, describeQuotes(a))
		}
	}
}

// TestHeadlineSpeakerToAddressee checks a headline's "Speaker to
// addressee: words" form: the words are the speaker's, when the speaker is
// a role or group or a name the article goes on to use; a place or a trip
// before "to", and the same form below the headline, are no one's words.
func TestHeadlineSpeakerToAddressee(t *testing.T) {
	for _, tc := range []struct {
		paragraphs       []string
		content, speaker string
	}{
		{[]string{"Rivera to the harbour board: 'Never close the quay again'", "Mayor Ann Rivera wrote to the board on Sunday."}, "'Never close the quay again'", "Rivera"},
		{[]string{"Critics to the council: Reopen the quay or resign", "The vote is due next week."}, "Reopen the quay or resign", "Critics"},
		{[]string{"Rivera to visit Dover: What the mayor will see", "Mayor Ann Rivera leaves on Monday."}, "", ""},
		{[]string{"Ambassador to Norway: A life at sea", "The ambassador arrived on Monday."}, "", ""},
		{[]string{"Road to recovery: How the harbour rebuilt", "Shops on Mill Road reopened on Monday."}, "", ""},
		{[]string{"Trip to Dover: A guide for the weekend", "The ferry leaves at noon, and the trip is short."}, "", ""},
		{[]string{"The vote is due next week.", "Rivera to harbour board: Never close the quay again", "Mayor Ann Rivera wrote to the board on Sunday."}, "", ""},
	} {
		a := structured(tc.paragraphs...)
		if tc.content == "" {
			for _, q := range a.Quotes {
				if q.Kind != QuoteScare && q.Verb == ":" {
					t.Errorf("%q: colon attribution %q by %q, want none", tc.paragraphs, a.Slice(q.Span), q.Speaker)
				}
			}
			continue
		}
		q := findQuote(a, tc.content)
		if q == nil || q.Speaker != tc.speaker {
			t.Errorf("%q: attribution %v, want %q; quotes: %s", tc.paragraphs[0], q, tc.speaker, describeQuotes(a))
		}
	}
}

// TestHeadlineStanceObject checks that a headline's stance ends with its
// object: a capitalised "With" or "And Denounces" opens something else.
func TestHeadlineStanceObject(t *testing.T) {
	for _, tc := range []struct{ headline, want string }{
		{"Governor Endorses Harbour Plan With Council's Blessing.", "Harbour Plan"},
		{"Union Backs Strike And Denounces Management.", "Strike"},
	} {
		a := structured(tc.headline, "The vote is due next week, after a long debate in the council.")
		if len(a.Quotes) == 0 || a.Slice(a.Quotes[0].Span) != tc.want {
			t.Errorf("%q: quotes %s, want first %q", tc.headline, describeQuotes(a), tc.want)
		}
	}
}

// TestSpeechBeforeAttributedQuote checks that reported speech in the words
// before a sentence's attributed quotation is found too, and that the
// quotation's speaker stays the last one named.
func TestSpeechBeforeAttributedQuote(t *testing.T) {
	a := structured(
		`Rivera said late Wednesday that he would go ahead with the meeting, although Okafor wrote that she "rejects the mayor's latest comments."`,
		`"We will talk again next week," she added.`)
	q := findQuote(a, "he would go ahead")
	if q == nil || q.Speaker != "Rivera" || a.Slice(q.Span) != "he would go ahead with the meeting" {
		t.Errorf("speech before the quotation: %v; quotes: %s", q, describeQuotes(a))
	}
	if q := findQuote(a, "We will talk"); q == nil || q.Speaker != "Okafor" {
		t.Errorf("the later quotation's speaker: %v; quotes: %s", q, describeQuotes(a))
	}
}

// TestSpeechCutAtQuoteAttribution checks that reported words running on
// into a sentence's quotation end where the quotation's attribution
// begins, without the "and" that joined them.
func TestSpeechCutAtQuoteAttribution(t *testing.T) {
	for _, tc := range []struct{ sentence, content, speaker string }{
		{`The spokesman declined to name a favourite but said there was no call or meeting planned with the candidate, adding: "If one is proposed we will consider it."`,
			"there was no call or meeting planned with the candidate", "The spokesman"},
		{`Senator Okafor said the tax plan would give money to the richest households, and called the mayor "the leading champion of the landlords."`,
			"the tax plan would give money to the richest households", "Senator Okafor"},
		// The later attribution opens with its speaker: the words end
		// before the speaker, not at the verb after it, and a clause
		// that sets the later attribution ("and when pressed ...") or
		// that the later speaker's words go on ("no different, her aide
		// said, from ...") is not the earlier speaker's.
		{`Ms. Varga said the bridge would reopen in the spring, and when pressed on the cost, she said, "Nobody has given us a number."`,
			"the bridge would reopen in the spring", "Ms. Varga"},
		{`The mayor said the levy was only a stopgap -- no different, her aide said, from the "emergency fee" of 2009.`,
			"the levy was only a stopgap", "The mayor"},
	} {
		a := structured(tc.sentence)
		q := findQuote(a, tc.content)
		if q == nil || q.Speaker != tc.speaker || a.Slice(q.Span) != tc.content {
			t.Errorf("speech before the quotation: %v; quotes: %s", q, describeQuotes(a))
		}
	}
}

// TestSpeechCutAtLaterSpeakerLimits checks where reported words cut at a
// later attribution's speaker end: before a clause the later attribution
// interrupts (", which is a setback, he said, "...""), before a setting
// clause ("and when asked ..."), and that no cut is made for a noun cue
// ("Amid calls for", "EPA evidence that"), for words that open as a subordinate clause, or to
// leave only a time and a channel ("last week on the radio").
func TestSpeechCutAtLaterSpeakerLimits(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{`The spokesman acknowledged the council had lost two key votes, which is a setback, he said, "we saw coming for months."`,
			"the council had lost two key votes", "The spokesman"},
		{`Mr. Ruiz said he had not read the audit, and when asked whether he would resign, he said, "Not today."`,
			"he had not read the audit", "Mr. Ruiz"},
	})
	for _, tc := range []struct{ paragraph, content string }{
		{`Amid calls for a new inquiry into the port, Senator Hale said, "We will wait for the auditors."`,
			"a new inquiry into the port"},
		{`Asked about the county's questioning of EPA evidence that the plant dumped waste, Okafor said the samples "speak for themselves."`,
			"the plant dumped waste"},
		{`Rep. Hale, however, said while the city may have less money than it once did, she believes the port will recover and that "the worst is over."`,
			"while the city may have less money than it once did"},
		{`"We are not ready to sign that at this point. We are not there right now," Okafor said last week on the radio, though she said, "We hope to."`,
			"last week on the radio"},
	} {
		a := structured(tc.paragraph)
		for _, q := range a.Quotes {
			if a.Slice(q.Span) == tc.content {
				t.Errorf("%q: want no attribution of %q; quotes: %s", tc.paragraph, tc.content, describeQuotes(a))
			}
		}
	}
}

// TestLongOpeningPhraseSubject checks that a participle's speaker is the
// sentence's subject after a long opening phrase, and after a place or a
// time set off by commas.
func TestLongOpeningPhraseSubject(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{"In a victory speech in Westchester County on Tuesday night, Mr. Okafor struck a measured tone, saying he understood the responsibility of the party.",
			"he understood", "Mr. Okafor"},
		{"At a campaign event in Ames, Iowa, on Sunday, Mrs. Rivera tried to expand on her statement, saying that the city should lead the effort.",
			"the city should lead", "Mrs. Rivera"},
	})
}

// TestOpeningNameWithLongAppositive checks that a name opening the
// sentence speaks when its appositive or relative clause has commas of its
// own: the place or newspaper inside it does not.
func TestOpeningNameWithLongAppositive(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{"Sandy Quist, who lost her daughter during the shooting in Aurora, Colorado, in July 2012, said that the senator had treated her family with disrespect.",
			"the senator had treated", "Sandy Quist"},
		{"Maria Okafor, the editor in chief of the city's oldest newspaper, The Harbour Herald, said every mayor was both a builder and a politician.",
			"every mayor was", "Maria Okafor"},
	})
}

// TestFirstNameThatIsAVerb checks that a first name that is also a verb
// ("Hope Hicks") stays part of the speaker's name.
func TestFirstNameThatIsAVerb(t *testing.T) {
	a := structured(`"We are ready to talk to anyone," Hope Quist said.`)
	if q := findQuote(a, "We are ready"); q == nil || q.Speaker != "Hope Quist" {
		t.Errorf("quotation by %v, want Hope Quist; quotes: %s", q, describeQuotes(a))
	}
}

// TestPastTenseAfterQuotedName checks that a name and any past-tense verb
// right after a quotation, ending the sentence or followed by its setting
// only, attribute the quotation: '"...," Toomey fumed on Tuesday.'
func TestPastTenseAfterQuotedName(t *testing.T) {
	a := structured(`"If they were serious about this, they would have gone to the other bill," Okafor fumed on Tuesday. "That would have shown good faith."`)
	for _, content := range []string{"If they were serious", "That would have shown"} {
		if q := findQuote(a, content); q == nil || q.Speaker != "Okafor" {
			t.Errorf("%q: quotation by %v, want Okafor; quotes: %s", content, q, describeQuotes(a))
		}
	}
}

// TestIndirectQuestion checks that a form of "ask" before "whether", "if"
// or a wh-word reports the question as an attribution, with the asker as
// speaker when the verb has a subject and none after "when asked".
func TestIndirectQuestion(t *testing.T) {
	for _, tc := range []struct{ paragraph, content, speaker string }{
		{"Late in the interview Maddow was asking Clinton pointedly whether she would consider a woman as a running mate.",
			"whether she would consider a woman as a running mate", "Maddow"},
		{"The mayor left the room when asked why the city had closed the shelter in March.",
			"why the city had closed the shelter in March", ""},
		{"Reporters asked the senator whether he would back the nominee in November.",
			"whether he would back the nominee in November", "Reporters"},
	} {
		a := structured(tc.paragraph)
		q := findQuote(a, tc.content)
		if q == nil || strings.TrimSuffix(a.Slice(q.Span), ".") != tc.content || q.Speaker != tc.speaker {
			t.Errorf("%q: want %q by %q; quotes: %s", tc.paragraph, tc.content, tc.speaker, describeQuotes(a))
		}
	}
	// A condition after "ask ... for" is no question (the request itself
	// is read as a report elsewhere, when a clause follows it).
	checkNoAttribution(t,
		"The White House will ask Congress for more money if the shutdown continues into next week.",
	)
}

// TestSayingBeyondSubject checks that "said" or "says" whose subject lies
// out of the finder's reach still reports the clause after it when "that"
// or a subject pronoun opens it, up to a dash, with no speaker named.
func TestSayingBeyondSubject(t *testing.T) {
	for _, tc := range []struct{ paragraph, content string }{
		{"Cruz has supported increasing the number of visas - at one point, as much as fivefold - but has since said he now believes the system needs to be reformed.",
			"he now believes the system needs to be reformed"},
		{"Large majorities of Republican primary voters in six states going to the polls on Super Tuesday said they support a proposal to ban all visitors — a sharp turn from last year.",
			"they support a proposal to ban all visitors"},
	} {
		a := structured(tc.paragraph)
		q := findQuote(a, tc.content)
		if q == nil || strings.TrimSuffix(a.Slice(q.Span), ".") != tc.content || q.Speaker != "" {
			t.Errorf("%q: want %q with no speaker; quotes: %s", tc.paragraph, tc.content, describeQuotes(a))
		}
	}
}

// TestBoundSayingClause checks that "saying", "to say" or a reporting
// participle bound to the words before it, with no comma, reports the
// clause after it when "that" (or, after "say", a subject pronoun) opens it: by the noun phrase after "with", else by
// the sentence's subject, and only up to the next comma.
func TestBoundSayingClause(t *testing.T) {
	for _, tc := range []struct{ paragraph, content, speaker string }{
		{"The Trump campaign issued a statement saying that Trump meant people who support the Second Amendment are unified.",
			"Trump meant people who support the Second Amendment are unified", "The Trump campaign"},
		{"Mr. Trump has slightly improved his standing, with 30 percent of voters saying they have a positive view of him, up from 26 percent in May.",
			"they have a positive view of him", "30 percent of voters"},
		{"Lewandowski continued to say he had never touched the reporter at the rally.",
			"he had never touched the reporter at the rally", "Lewandowski"},
		{"Democrats filed a lawsuit arguing that the new rules disproportionately burden minority voters.",
			"the new rules disproportionately burden minority voters", "Democrats"},
	} {
		a := structured(tc.paragraph)
		q := findQuote(a, tc.content)
		if q == nil || strings.TrimSuffix(a.Slice(q.Span), ".") != tc.content || q.Speaker != tc.speaker {
			t.Errorf("%q: want %q by %q; quotes: %s", tc.paragraph, tc.content, tc.speaker, describeQuotes(a))
		}
	}
}

// TestPastReportingVerbBeyondSubject checks that a past-tense reporting
// verb right before "that", whose subject is set off out of reach, reports
// the clause after it with no speaker named. (A short aside opened by a
// preposition, "on the other hand", no longer puts it out of reach: see
// TestSubjectPastAsideAndQuantifier.)
func TestPastReportingVerbBeyondSubject(t *testing.T) {
	a := structured("Supporters of the ferry, it seemed, argued that the ruling will galvanize efforts to keep the ferry running.")
	want := "the ruling will galvanize efforts to keep the ferry running"
	if q := findQuote(a, want); q == nil || strings.TrimSuffix(a.Slice(q.Span), ".") != want || q.Speaker != "" {
		t.Errorf("want %q with no speaker; quotes: %s", want, describeQuotes(a))
	}
}

// TestParticipleBeforeTimeClause checks that a participle right before
// "as", "amid", "while" or "after" is a passive with its "is" dropped, as
// headlines write it, and reports nothing, while the same verb with its
// clause still reports it.
func TestParticipleBeforeTimeClause(t *testing.T) {
	const body = "Officials met on Monday to discuss the dam and the talks that are planned for next month in the capital."
	if a := structured("Brutal crackdown feared as Norland halts dam negotiations", body); len(a.Quotes) > 0 {
		t.Errorf("headline passive: want no attribution; quotes: %s", describeQuotes(a))
	}
	a := structured("Officials feared the talks would fail, a spokesman for the farmers' union said on Monday.", body)
	if q := findQuote(a, "the talks would fail"); q == nil {
		t.Errorf("a participle with its clause: want an attribution; quotes: %s", describeQuotes(a))
	}
}

// TestTrailingAccordingTo checks that ", according to X" at a sentence's
// end leaves X out of the reported words even when X runs on past the
// name that opens it, while "according to X" set off by commas inside
// the words keeps the whole sentence.
func TestTrailingAccordingTo(t *testing.T) {
	for _, tc := range []struct{ sentence, content string }{
		{"Clinton leads Sanders in the state by about six points, according to a RealClearPolitics average of recent polls.",
			"Clinton leads Sanders in the state by about six points"},
		{"The harbour plan lost support in the spring, according to Okafor Research surveys of likely voters.",
			"The harbour plan lost support in the spring"},
		{"The talks stalled over the border, according to aides, and resumed on Monday.",
			"The talks stalled over the border, according to aides, and resumed on Monday."},
	} {
		a := structured(tc.sentence)
		q := findQuote(a, tc.content)
		if q == nil || a.Slice(q.Span) != tc.content || q.Verb != "according to" {
			t.Errorf("%q: want %q according to its source; quotes: %s", tc.sentence, tc.content, describeQuotes(a))
		}
	}
}

// TestOpeningAdverbIsNoSpeaker checks that a capitalised adverb or
// interjection set off by a comma at a sentence's start is not read as
// the name opening the sentence, whose subject a later coordinated verb
// shares.
func TestOpeningAdverbIsNoSpeaker(t *testing.T) {
	for _, sentence := range []string{
		"Ultimately, Mr. Okafor disregarded his adviser's counsel and refused to sign the harbour agreement.",
		"Well, Mr. Okafor disregarded his adviser's counsel and refused to sign the harbour agreement.",
	} {
		a := structured(sentence)
		if q := findQuote(a, "to sign the harbour agreement"); q == nil || q.Speaker != "Mr. Okafor" {
			t.Errorf("%q: want the refusal by Mr. Okafor; quotes: %s", sentence, describeQuotes(a))
		}
	}
}

// TestOpeningParticipleSpeaker checks that a participle clause opening a
// sentence ("Having announced that ..., Judge Okafor ...") is spoken by
// the main clause's subject after its comma, not by the participle, and
// that a capitalised -ing word opening a name is still the name.
func TestOpeningParticipleSpeaker(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{"Having announced that the harbour would stay open, Judge Okafor adjourned the hearing until Monday.",
			"the harbour would stay open", "Judge Okafor"},
		{"Playing Field Promotions said that the speaker had lost close to a million dollars in fees.",
			"the speaker had lost", "Playing Field Promotions"},
	})
}

// TestRoleOfPhraseIsAPerson checks that a speaker named by a person role
// heading an "of" phrase ("The head of the agency", "the commander of the
// navy") is the person a later "he" or "she" refers to, not a person named
// before.
func TestRoleOfPhraseIsAPerson(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{"Mayor Okafor denied the claims on Monday. The head of the port agency said on Wednesday that the ships had left. He denied that the ships carried arms.",
			"the ships carried arms", "The head of the port agency"},
		{"Mayor Okafor denied the claims on Monday. The commander of the navy, Adm. Jane Roe, said on Wednesday that the ships had left. She denied that the ships carried arms.",
			"the ships carried arms", "The commander of the navy"},
	})
}

// TestTranscriptTurns checks a transcript's turns: a speaker in capitals
// led by "THE" ("THE PRESIDENT:") and a question marked "Q" with no colon,
// by an interviewer the transcript does not name; a series' title ("The
// Latest:") and a place heading over a link ("IN SPAIN:") stay no one's.
func TestTranscriptTurns(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{"THE PRESIDENT: The only difference would be that we would have a bunch of troops on the ground there.",
			"The only difference would be that we would have a bunch of troops on the ground there.", "THE PRESIDENT"},
		{"Q Mr. President, do you have any second thoughts about pulling all the troops out of the country?",
			"Mr. President, do you have any second thoughts about pulling all the troops out of the country?", ""},
	})
	checkNoAttribution(t, "The Latest: Troops leave the base on Friday morning.",
		"THE LATEST: Troops leave the base on Friday morning after the talks.",
		"Q Street was closed to traffic for the parade on Friday morning.",
		"IN SPAIN: Farmers block the roads with tractors over fuel prices",
		"At the Capitol: Senators Weigh Another Vote on the Budget")
}

// TestTranscriptTurnGoesOn checks that a transcript turn in capitals goes
// on in the paragraphs after it while the speaker talks as "I" or "we",
// that the one a question addresses ("Q Madam Mayor, ...") is not named,
// up to a paragraph that does not, and that a headline in capitals before
// a colon ("HARBOUR DEAL IS OFF:") opens no turn.
func TestTranscriptTurnGoesOn(t *testing.T) {
	a := structured("The mayor took questions on Friday.",
		"Q Madam Mayor, do you regret closing the harbour?",
		"THE MAYOR: What I find interesting is how often this comes up.",
		"And the council, for its own reasons, declined to keep it open. On that basis, we closed it.",
		"So that whole analysis is wrong, and it is peddled by people who made the old policy.",
		"THE MAYOR: I will not reopen it.",
		"Port workers, who said we cannot trust the council, marched to the quay. Our correspondent was there.",
		"HARBOUR DEAL IS OFF: Council Rejects the Bid",
		"We will not reopen the harbour this year, the council's statement said.")
	if q := findQuote(a, "What I find interesting"); q == nil || q.Speaker != "THE MAYOR" {
		t.Errorf("want the turn by THE MAYOR, not the one the question addresses; quotes: %s", describeQuotes(a))
	}
	if q := findQuote(a, "And the council, for its own reasons"); q == nil || q.Speaker != "THE MAYOR" {
		t.Errorf("want the turn's second paragraph by THE MAYOR; quotes: %s", describeQuotes(a))
	}
	for _, p := range []string{"So that whole analysis", "We will not reopen", "Port workers, who said"} {
		if q := findQuote(a, p); q != nil && q.Verb == "(continued)" {
			t.Errorf("%q goes on with %q's turn; quotes: %s", p, q.Speaker, describeQuotes(a))
		}
	}
}

// TestPassiveChargeHasNoSpeaker checks that a passive participle with its
// charge after it ("senators accused of appeasing", "the groups blamed
// for") leaves the accuser unnamed: the phrase before it is charged, not
// accusing. The active form keeps its speaker.
func TestPassiveChargeHasNoSpeaker(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{"The vote angered Republican senators accused of appeasing an opposition president.", "of appeasing an opposition president.", ""},
		{"Officials later identified the groups ultimately blamed for the assault on the compound.", "for the assault on the compound.", ""},
		{"Republican senators accused the president of appeasing the opposition.", "the president of appeasing the opposition.", "Republican senators"},
		{"Israel condemned for the second time the attack on the convoy.", "for the second time the attack on the convoy.", "Israel"},
	})
}

// TestDatelineWithDate checks that a dateline with a date or a state
// after the place ("WASHINGTON, Dec. 8 (UPI) —", "BUENA PARK, Calif. —")
// is never a speaker.
func TestDatelineWithDate(t *testing.T) {
	for _, tc := range []struct{ paragraph, content, place string }{
		{"WASHINGTON, Dec. 8 (UPI) — In response to the proposal, the mayor rallied supporters, saying the harbour would stay open.",
			"the harbour would stay open", "WASHINGTON"},
		{"BUENA PARK, Calif. — Rallying hundreds of workers, Clinton promised to deliver change for the harbour district.",
			"to deliver change", "BUENA PARK"},
		{"LONDON, July 25 (Reuters) — Pointing to the storm damage, the harbour board said on Monday that the port would stay open.",
			"the port would stay open", "LONDON"},
		// The place's abbreviation ("Fla.") ends a sentence of its own.
		{"TAMPA, Fla. (Reuters) - The mayor met the ferry crews on Thursday and said the port would stay open.",
			"the port would stay open", "TAMPA"},
	} {
		a := structured(tc.paragraph)
		if q := findQuote(a, tc.content); q == nil || q.Speaker == "" || strings.Contains(q.Speaker, tc.place) {
			t.Errorf("%q: want %q with a speaker other than the dateline; quotes: %s", tc.paragraph, tc.content, describeQuotes(a))
		}
	}
}

// TestSpeechAfterTimeConjunction checks that the subject right after
// "after" or "before" is the speaker of the clause it opens ("after
// Nabisco announced", past a party tag: "after Reed (R-Ohio) said"), not
// the object of a preposition, and that a
// subordinate clause opening its sentence ends its words at the comma
// before the main clause, whose speech, if any, is read on its own.
func TestSpeechAfterTimeConjunction(t *testing.T) {
	for _, tc := range []struct {
		text, content, speaker string
	}{
		{"The market fell sharply after the Fed announced that rates would rise again.", "rates would rise again.", "the Fed"},
		{"The company issued an apology hours after leaked emails showed staff favoring one candidate.", "staff favoring one candidate.", "leaked emails"},
		{"After Obama announced that the war would not end on his watch, U.S. forces bombed a hospital.", "the war would not end on his watch", "Obama"},
		{"While one company says there are more than 2,400 billionaires in the world, the magazine counts fewer of them.", "there are more than 2,400 billionaires in the world", "one company"},
		// "As X noted last week, ...": what was noted is the main clause.
		{"As the newspaper noted last week, Republicans now control both chambers in 30 states.", "Republicans now control both chambers in 30 states.", "the newspaper"},
		// A party tag between the name and its verb: "(R-Ohio)".
		{"The files came out days after House Rules Chairman Tom Reed (R-Ohio) threatened to subpoena the agency to obtain them.", "to subpoena the agency to obtain them.", "House Rules Chairman Tom Reed"},
		{"The files came out after Jane Doe (D) said the agency was hiding them.", "the agency was hiding them.", "Jane Doe"},
	} {
		a := structured(tc.text)
		q := findQuote(a, strings.Fields(tc.content)[0])
		if q == nil || a.Slice(q.Span) != tc.content || q.Speaker != tc.speaker {
			t.Errorf("%q: want %q by %q; quotes: %s", tc.text, tc.content, tc.speaker, describeQuotes(a))
		}
	}
	a := structured("While one company says there are more than 2,400 billionaires, another analyst said there are about 1,800 of them.")
	if q := findQuote(a, "there are about"); q == nil || q.Speaker != "another analyst" {
		t.Errorf("the main clause's speech is lost; quotes: %s", describeQuotes(a))
	}
}

// TestClauseHoldingPartialQuotes checks that reported speech whose clause
// holds the sentence's partial quotations is one attribution, before or
// after its verb, and that the quotations inside it are its speaker's.
func TestClauseHoldingPartialQuotes(t *testing.T) {
	for _, tc := range []struct {
		text, content, speaker string
	}{
		{"The former adviser Sam Reed said that he has “no idea” whether the mayor knew of the server at the time.", "he has “no idea” whether the mayor knew of the server at the time.", "Sam Reed"},
		{"Sam Reed said that he has “no idea” if he would have told the mayor not to use the server.", "he has “no idea” if he would have told the mayor not to use the server.", "Sam Reed"},
		{"Democrats had “put the biggest crack” yet in the glass ceiling for women, she said in a video message.", "Democrats had “put the biggest crack” yet in the glass ceiling for women", "she"},
	} {
		a := structured(tc.text)
		q := findQuote(a, strings.Fields(tc.content)[0])
		if q == nil || q.Kind != QuoteIndirect || a.Slice(q.Span) != tc.content || !strings.HasSuffix(q.Speaker, tc.speaker) {
			t.Errorf("%q: want %q by %q; quotes: %s", tc.text, tc.content, tc.speaker, describeQuotes(a))
			continue
		}
		for _, o := range a.Quotes {
			if o.Kind == QuotePartial && o.Speaker != q.Speaker {
				t.Errorf("%q: partial quote %q by %q, want %q", tc.text, a.Slice(o.Span), o.Speaker, q.Speaker)
			}
		}
	}
}

// TestAdverbialOpenerIsNoSpeaker checks that a sentence opening with an
// adverbial phrase set off by a comma ("Hours later,", "Shortly after the
// vote,", "Making her way around the hall,") gives a participle cue after
// the main clause the main clause's subject, not the phrase's first word.
func TestAdverbialOpenerIsNoSpeaker(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{"Hours later, Okafor returned the compliment to the mayor, telling reporters that she is a fine leader.",
			"she is a fine leader", "Okafor"},
		{"Shortly after the vote on the harbour, Senator Dana Okafor issued a statement saying that the council should wait.",
			"the council should wait", "Senator Dana Okafor"},
		{"Making her way around the harbour, the mayor greeted the crowd, saying that the port would reopen soon.",
			"the port would reopen soon", "the mayor"},
		{"Back in Lagos, Okafor spoke to the union, warning that the strike would hurt the workers.",
			"the strike would hurt", "Okafor"},
	})
}

// TestParticipleAfterReportingVerb checks that a participle cue after an
// inverted or later reporting verb (", Spicer said, adding that ...")
// is spoken by that verb's subject, not by the subject opening the
// sentence, whose words are the reported ones.
func TestParticipleAfterReportingVerb(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`The council and the union will meet next week, Okafor said, adding, "They need to sit down and talk."`,
			"They need to sit down", "Okafor"},
		{`The minister will play the "harbour card," Okafor said, adding that the way to answer it "is to build the port."`,
			"the way to answer it", "Okafor"},
	})
}

// TestCountOrPossessiveBeforeSpeaker checks that a speaker after a
// quotation may open with a count or a possessive pronoun before its
// role ("one senior official said", "his nephew Kofi Mensah added").
func TestCountOrPossessiveBeforeSpeaker(t *testing.T) {
	for _, tc := range []struct{ sentence, content, speaker string }{
		{`"We will not send troops to the harbour," one senior administration official said.`, "We will not send troops", "one senior administration official"},
		{`"He was excited to be coming home to Accra," his nephew Kofi Mensah added.`, "He was excited", "his nephew Kofi Mensah"},
		{`"The port will open on Monday," another supporter said.`, "The port will open", "another supporter"},
	} {
		a := structured(`"The harbour is closed," Okafor said.`, tc.sentence)
		if q := findQuote(a, tc.content); q == nil || q.Speaker != tc.speaker {
			t.Errorf("%q: want %q by %q; quotes: %s", tc.sentence, tc.content, tc.speaker, describeQuotes(a))
		}
	}
}

// TestParticipleOpeningSentence checks that a participle cue opening a
// sentence, after a subordinator at most ("After saying ..., the man
// ..."), is spoken by the main clause's subject after the comma.
func TestParticipleOpeningSentence(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{"After saying he was nervous to ask a question, the veteran stood up in the middle of the room.", "he was nervous to ask", "the veteran"},
		{"While saying that the port would reopen, Okafor warned the union about the strike.", "the port would reopen", "Okafor"},
	})
}

// TestParticipleAfterQuotedWord checks that a participle cue after a
// quoted word whose comma lies inside the closing mark ('needled the
// "reporter," saying') is read as set off by that comma.
func TestParticipleAfterQuotedWord(t *testing.T) {
	sentence := `Okafor needled the harbour "expert," saying, "An expert who writes on request!"`
	a := structured(sentence)
	if q := findQuote(a, "An expert who writes"); q == nil || q.Speaker != "Okafor" {
		t.Errorf("%q: want the quotation by Okafor; quotes: %s", sentence, describeQuotes(a))
	}
}

// TestCommonNounAfterQuote checks that a quotation followed by a short
// common noun phrase and a past-tense verb ending the sentence ('"Out!"
// the crowd yelled.', '"..." the audience screamed back.') is that
// phrase's, and that an adjective may lead a name ('"...," an angry
// Okafor retaliated.'), rather than continuing the previous speaker.
func TestCommonNounAfterQuote(t *testing.T) {
	for _, tc := range []struct{ sentence, content, speaker string }{
		{`"Out!" the crowd yelled.`, "Out!", "the crowd"},
		{`"Accra!" the audience screamed back.`, "Accra!", "the audience"},
		{`"Power to the people!" the group shouted from the street outside the church.`, "Power to the people!", "the group"},
		{`"The harbour will always be ours," an angry Okafor retaliated.`, "The harbour will always", "an angry Okafor"},
	} {
		a := structured(`"Who is going to pay for the harbour?" Mensah asked.`, tc.sentence)
		if q := findQuote(a, tc.content); q == nil || q.Speaker != tc.speaker {
			t.Errorf("%q: want %q by %q; quotes: %s", tc.sentence, tc.content, tc.speaker, describeQuotes(a))
		}
	}
}

// TestDashSignature checks the roundup form that signs a quotation with a
// dash and a name, after it in its paragraph or as a paragraph of its own
// ('"..." - Sanders.'), also with where it was said ('"..." - Sanders on
// Twitter'), and a common noun after an inverted verb ('"...,"
// says a narrator.'), also before a comma or where it was said ('"...,"
// says the film's narrator, going on to ...'): the quotation is theirs,
// not the previous speaker's.
func TestDashSignature(t *testing.T) {
	for _, tc := range []struct {
		paragraphs       []string
		content, speaker string
	}{
		{[]string{`"Who will pay for the harbour?" Mensah asked.`, `"Shipping firms pay zero taxes." - Okafor. This is a complex issue.`}, "Shipping firms pay", "Okafor"},
		{[]string{`"Who will pay for the harbour?" Mensah asked.`, `"Shipping firms pay zero taxes."`, "- Ama Okafor.", "This is a complex issue."}, "Shipping firms pay", "Ama Okafor"},
		{[]string{`"Who will pay for the harbour?" Mensah asked.`, `"It is more of the same, but worse," says a narrator.`}, "It is more of the same", "a narrator"},
		{[]string{`"Who will pay for the harbour?" Mensah asked.`, `"It is more of the same, but worse," says the film's narrator, going on to list the ferry's faults.`}, "It is more of the same", "the film's narrator"},
		{[]string{`"Who will pay for the harbour?" Mensah asked.`, `"The ferry was late again today," says a caller on the tape.`}, "The ferry was late", "a caller"},
		{[]string{`"Who will pay for the harbour?" Mensah asked.`, `"The harbour belongs to the town." - Harbour Minister Ama Okafor on Twitter`}, "The harbour belongs", "Harbour Minister Ama Okafor"},
		{[]string{`"Who will pay for the harbour?" Mensah asked.`, `"We will pay for it ourselves." - Kofi Boateng in a statement`}, "We will pay for it", "Kofi Boateng"},
		{[]string{`"Who will pay for the harbour?" Mensah asked.`, `"Nobody asked the fishermen." - Efua Asante in an interview with local radio`}, "Nobody asked", "Efua Asante"},
	} {
		a := structured(tc.paragraphs...)
		if q := findQuote(a, tc.content); q == nil || q.Speaker != tc.speaker {
			t.Errorf("%q: want %q by %q; quotes: %s", tc.paragraphs, tc.content, tc.speaker, describeQuotes(a))
		}
	}
}

// TestPartitiveSpeaker checks that an inverted verb after a quotation may
// have a partitive speaker: '"...," said one of those advisers, who ...'.
func TestPartitiveSpeaker(t *testing.T) {
	for _, tc := range []struct{ sentence, content, speaker string }{
		{`"There will be no path to the harbour," said one of those advisers, who spoke on the condition of anonymity.`, "There will be no path", "one of those advisers"},
		{`"It was awful," said one of two witnesses who saw the fight.`, "It was awful", "one of two witnesses"},
	} {
		a := structured(`"Who will pay for the harbour?" Mensah asked.`, tc.sentence)
		if q := findQuote(a, tc.content); q == nil || q.Speaker != tc.speaker {
			t.Errorf("%q: want %q by %q; quotes: %s", tc.sentence, tc.content, tc.speaker, describeQuotes(a))
		}
	}
}

// TestLeadInBeforeSubject checks that lead-in words opening a sentence
// ("And then Okafor went on the attack, saying ...") are no opening phrase
// ending at the comma before the participle: the subject after them speaks.
func TestLeadInBeforeSubject(t *testing.T) {
	sentence := `And then Okafor went fully on the attack, saying, "Is the mayor going to finally mention the harbour? If not he should resign!"`
	a := structured(sentence)
	if q := findQuote(a, "Is the mayor going"); q == nil || q.Speaker != "Okafor" {
		t.Errorf("%q: want the quotation by Okafor; quotes: %s", sentence, describeQuotes(a))
	}
}

// TestAsPutIt checks the idiom 'As X put it, "..."': X speaks the
// quotation, past an appositive.
func TestAsPutIt(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`As Ama Okafor, the second in the party leadership, put it: "This person will not be confirmed by the council."`, "This person will not", "Ama Okafor"},
		{`As the Gazette's Kofi Mensah puts it, "The councillors are unmoved, and the activists are uninspired."`, "The councillors are unmoved", "the Gazette's Kofi Mensah"},
	})
}

// TestSplitQuotation checks that the second half of a quotation split by
// its attribution ('"...," she said, "but ..."') is a direct quotation of
// the same speaker, however short, and no paraphrase around it.
func TestSplitQuotation(t *testing.T) {
	for _, text := range []string{
		`“The governor uses tough language,” Jane Roe said, “but he is not afraid to act.”`,
		`"We have waited long enough," the mayor said, "and the port opens now."`,
	} {
		a := structured(text)
		var kinds []QuoteKind
		for _, q := range a.Quotes {
			kinds = append(kinds, q.Kind)
			if q.Speaker == "" {
				t.Errorf("%q: quotation %q has no speaker", text, a.Slice(q.Span))
			}
		}
		if len(kinds) != 2 || kinds[0] != QuoteDirect || kinds[1] != QuoteDirect {
			t.Errorf("%q: kinds %v, want two direct quotations; quotes: %s", text, kinds, describeQuotes(a))
		}
	}
}

// TestHeadlinePhraseAfterQuote checks that a capitalised word after a
// quoted phrase of a headline is no speaker ("Rejects 'Shameful'
// Resolution"), while a pull quote, a quoted sentence then only a name,
// still names its speaker.
func TestHeadlinePhraseAfterQuote(t *testing.T) {
	for _, tc := range []struct{ text, quote, speaker string }{
		{`Harbour Town Abandoned by Allies in Council, Rejects ‘Shameful One-Sided’ Resolution`, "Shameful One-Sided", ""},
		{`Ferry Crash Report Finds ‘Grave Safety Failures’ Aboard`, "Grave Safety Failures", "Ferry Crash Report"},
		{`“We will stay the course.” Harbour Minister Jane Roe`, "We will stay the course.", "Harbour Minister Jane Roe"},
		{`“We will never surrender” Harbour Minister Jane Roe`, "We will never surrender", "Harbour Minister Jane Roe"},
		{`“Harbour Lives Matter” Protests`, "Harbour Lives Matter", ""},
		{`“The Harbour” Season Four`, "The Harbour", ""},
	} {
		a := structured(tc.text)
		q := findQuote(a, tc.quote)
		if q == nil {
			t.Fatalf("%q: no quotation %q; quotes: %s", tc.text, tc.quote, describeQuotes(a))
		}
		if q.Speaker != tc.speaker {
			t.Errorf("%q: %q is %q's, want %q; quotes: %s", tc.text, tc.quote, q.Speaker, tc.speaker, describeQuotes(a))
		}
	}
}

// TestHeadlineGroupClause checks that a headline's run before its colon
// that is a clause, a plural group and its verb ("Coastal Democrats Back
// Mayor Jane Roe: ..."), gives the words to the group, not to the run.
func TestHeadlineGroupClause(t *testing.T) {
	for _, text := range []string{
		`Coastal Democrats Back Mayor Jane Roe: ‘She Kept Her Word’`,
		`Coastal Democrats Back Mayor Jane Roe: She Kept Her Word On The Port`,
	} {
		a := structured(text)
		q := findQuote(a, "She Kept")
		if q == nil || q.Speaker != "Coastal Democrats" {
			t.Errorf("%q: want the words by Coastal Democrats; quotes: %s", text, describeQuotes(a))
		}
	}
	if a := structured(`Senate Democrats: We Will Block The Harbour Bill`); len(a.Quotes) == 0 || a.Quotes[0].Speaker != "Senate Democrats" {
		t.Errorf("a group alone before the colon: quotes %s", describeQuotes(a))
	}
}

// TestProgrammeTitleAfterSaid checks that the title of a programme after
// "said on" ("on KTV's the "Morning Report" show", "on Harbour News' "On
// the Record"") is where the words were said: no quotation and no
// reported words of their own.
func TestProgrammeTitleAfterSaid(t *testing.T) {
	for _, text := range []string{
		`"It is destructive to the relationship," Okafor said Tuesday on KTV’s the “Morning Report” show.`,
		`"We will win," Adeyemi said on Harbour News' "On the Record with Jane Roe."`,
	} {
		a := structured(text)
		if len(a.Quotes) != 1 || a.Quotes[0].Kind != QuoteDirect {
			t.Errorf("%q: want the one direct quotation; quotes: %s", text, describeQuotes(a))
		}
	}
}

// TestClosingAttribution checks that a sentence ending with ", SPEAKER
// said." gives the words before the comma to every word between the comma
// and the verb, whatever verbs the words hold, and that a clause before
// the verb ("when he said") or a noun the speaker said ("a charge Moscow
// denies") is no such ending, while an appositive name after a noun ("the
// magazine the Atlantic") is the speaker.
func TestClosingAttribution(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{"The new job marks her return to the national stage, one longtime colleague said.",
			"The new job marks her return to the national stage", "one longtime colleague"},
		{"Cutting the budget too early slowed the recovery, a wide range of economists say.",
			"Cutting the budget too early slowed the recovery", "a wide range of economists"},
		{"The guard pushed a photographer as he tried to ask a question, he and another reporter said.",
			"The guard pushed a photographer as he tried to ask a question", "he and another reporter"},
		{"Two students were also among the passengers, Malian foreign affairs ministry spokesman Ali Keita Traore said Friday.",
			"Two students were also among the passengers", "Malian foreign affairs ministry spokesman Ali Keita Traore"},
		{"The governor intends to deliver a speech on taxes at the state fair next month, Ms. Ortiz said.",
			"The governor intends to deliver a speech on taxes at the state fair next month", "Ms. Ortiz"},
	})
	// A headline ends without a stop; so may its closing attribution,
	// around a report of its own.
	checkExactAttributions(t, []attributionCase{
		{"The mayor said the ferry would run all winter, sources say",
			"The mayor said the ferry would run all winter", "sources"},
	})
	// Records, polls and audits speak too, with "show" or "found".
	checkExactAttributions(t, []attributionCase{
		{"The city spent more on roads than on schools last year, state budget records show.",
			"The city spent more on roads than on schools last year", "state budget records"},
	})
	// The setting after the verb may hold a verb of its own.
	checkExactAttributions(t, []attributionCase{
		{"Many voters did not see themselves in the ad and found it offensive, reporter Ann Lee said in posing the question to the governor.",
			"Many voters did not see themselves in the ad and found it offensive", "reporter Ann Lee"},
		{"His support has shifted from the mayor to the senator and now to the governor, Hale said during his speech to be a delegate.",
			"His support has shifted from the mayor to the senator and now to the governor", "Hale"},
	})
	for _, p := range []string{
		"The crowd cheered loudly for several minutes, when the mayor said.",
		"Nobody could tell the voters what the candidate believed.",
	} {
		for _, q := range structured(p).Quotes {
			if q.Verb == "said" || q.Verb == "believed" {
				t.Errorf("%q: want no closing attribution; got %q by %q", p, structured(p).Slice(q.Span), q.Speaker)
			}
		}
	}
	// A noun phrase and a speaker with no comma between is a reduced
	// relative clause: the noun is what was said, not part of the speaker.
	for _, p := range []string{
		"The troops shelled the village for three days last month, a charge Moscow denies.",
		"The troops shelled the village for three days last month, a charge the ministry denied.",
		"He promised to cut taxes for every family in the state, the same thing Obama said.",
		"The troops shelled the village for three days last month, something Moscow denies.",
	} {
		a := structured(p)
		for _, q := range a.Quotes {
			if strings.Contains(q.Speaker, "charge") || strings.Contains(q.Speaker, "thing") {
				t.Errorf("%q: want no closing attribution; got %q by %q", p, a.Slice(q.Span), q.Speaker)
			}
		}
	}
	// An appositive name after a noun of another kind is the speaker's.
	const site = "The banker often traveled for work and was headed to Cairo for meetings, the news site RTL Info reported."
	if a := structured(site); findQuote(a, "The banker often") == nil || findQuote(a, "The banker often").Speaker != "the news site RTL Info" {
		t.Errorf("%q: want the words by the news site RTL Info; quotes: %s", site, describeQuotes(a))
	}
	for _, tc := range []struct{ paragraph, speaker string }{
		{"The governor lied about the budget for two years, the magazine the Atlantic reported.", "the magazine the Atlantic"},
		{"The camp needs more food and water before winter, the charity the Red Cross said.", "the charity the Red Cross"},
	} {
		a := structured(tc.paragraph)
		if q := findQuote(a, "The "); q == nil || q.Speaker != tc.speaker {
			t.Errorf("%q: want the words by %q; quotes: %s", tc.paragraph, tc.speaker, describeQuotes(a))
		}
	}
}

// TestClauseAfterPartialQuoteCue checks that a cue read forward from a
// partial quotation before it still reports the clause after it: the
// fragment belongs to an earlier verb, the clause to this one.
func TestClauseAfterPartialQuoteCue(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{`While Lopez said there was proof that the mayor was "deeply negligent" and hid the records, he said there is no case for charging the mayor with a crime.`,
			"there is no case for charging the mayor with a crime.", "Lopez"},
		{`Asked about the "privatization of prisons," Warren said private firms can cost more than public workers.`,
			"private firms can cost more than public workers.", "Warren"},
	})
	// The setting after the verb is no clause of the verb's.
	p := `The plan is "a bad idea," Kunin said in an interview with the local paper.`
	for _, q := range structured(p).Quotes {
		if q.Kind == QuoteIndirect && strings.HasPrefix(structured(p).Slice(q.Span), "in an interview") {
			t.Errorf("%q: the setting read as reported words", p)
		}
	}
}

// TestSubjectBeforeDashAside checks that a subject and its verb stay one
// attribution across an aside set off by dashes, and that a hyphenated
// word is no such aside.
func TestSubjectBeforeDashAside(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{"The appeals court judge -- who has clashed with the governor over the past few weeks -- said she regretted her remarks.",
			"she regretted her remarks.", "The appeals court judge"},
		{"Senior party insiders across the region — and most of those in the capital — said the mayor cannot be beaten next month.",
			"the mayor cannot be beaten next month.", "Senior party insiders"},
		{"Maria Lopez — a nurse from Dayton — says she made a late decision to vote for the challenger.",
			"she made a late decision to vote for the challenger.", "Maria Lopez"},
	})
}

// TestHearsayAfterDashAside checks that a passive of hearsay after an
// aside set off by dashes ("said to be") gives the noun before the aside
// no words: it is what is said about, not a speaker.
func TestHearsayAfterDashAside(t *testing.T) {
	for _, p := range []string{
		"The wall -- 20 feet high and 30 miles long -- said to be the most expensive ever built, was finished in May.",
		"The gunman — a former soldier from Ohio — said to have acted alone in the attack, was arrested on Sunday.",
	} {
		a := structured(p)
		for _, q := range a.Quotes {
			if q.Speaker == "The wall" || q.Speaker == "The gunman" {
				t.Errorf("%q: want no words by %q; got %q", p, q.Speaker, a.Slice(q.Span))
			}
		}
	}
}

// TestInvertedSpeakerAfterDashAside checks that a name or role right after
// "said" speaks the words before a dash aside, rather than the noun before
// the aside speaking the name, that a name after "said" with a verb of its
// own after its comma is the reported clause's subject, and that a name
// after "told" is still the one spoken to.
func TestInvertedSpeakerAfterDashAside(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{"The attack killed 12 people -- most of them children -- said Ahmed Ali, a health ministry spokesman.",
			"The attack killed 12 people -- most of them children", "Ahmed Ali"},
		{"BEIRUT — The bombing killed 30 people — the deadliest this year — said the health ministry.",
			"The bombing killed 30 people — the deadliest this year", "the health ministry"}, // the dateline is no one's words
		{"The attack killed 12 people -- most of them children -- said a spokesman for the ministry.",
			"The attack killed 12 people -- most of them children", "a spokesman"},
		// A name followed by a verb of its own after the comma opens the
		// reported clause: the subject before the aside speaks.
		{"The White House -- which has denied the report -- said Russia, not China, was behind the attack.",
			"Russia, not China, was behind the attack.", "The White House"},
		{"The White House — which has denied the report — said President Biden, who arrived Monday, would meet the king.",
			"President Biden, who arrived Monday, would meet the king.", "The White House"},
	})
	const p = "On Friday, Ms. Lopez — named by the paper as the likely running mate — told Tom Hale of the Daily Star that she would consider it."
	a := structured(p)
	if q := findQuote(a, "she would consider it"); q == nil || q.Speaker != "Ms. Lopez" {
		t.Errorf("%q: want the clause by Ms. Lopez; quotes: %s", p, describeQuotes(a))
	}
}

// TestClauseBeforeInvertedAttribution checks that a clause ending with a
// partial quotation, then "said" and its speaker, is that speaker's whole,
// and that a quotation set off by a comma after a topic, or a clause
// after "said" ("said the city could ..."), makes no such attribution.
func TestClauseBeforeInvertedAttribution(t *testing.T) {
	for _, tc := range []struct{ paragraph, content, speaker string }{
		{`The former mayor has been "very upset about it," said an aide close to the family.`,
			`The former mayor has been "very upset about it,"`, "an aide"},
		{`The dinner, held by the group every spring, "lets us tell our story," said Ann Lee, the group's director.`,
			`The dinner, held by the group every spring, "lets us tell our story,"`, "Ann Lee"},
	} {
		a := structured(tc.paragraph)
		q := findQuote(a, tc.content)
		if q == nil || q.Kind != QuoteIndirect || a.Slice(q.Span) != tc.content || q.Speaker != tc.speaker {
			t.Errorf("%q: want %q by %q; quotes: %s", tc.paragraph, tc.content, tc.speaker, describeQuotes(a))
		}
	}
	for _, p := range []string{
		`As for the mayor's plans, "I write them off," said an aide close to the family.`,
		`Mr. Hale, citing "the cost of the plan," said the city could not pay for it.`,
	} {
		for _, q := range structured(p).Quotes {
			if q.Kind == QuoteIndirect && q.Span.Start == 0 {
				t.Errorf("%q: want no clause before the quotation; got %q", p, structured(p).Slice(q.Span))
			}
		}
	}
}

// TestTwoWordLeadInBeforeVerb checks that a lead-in of two words set off
// by commas between a subject and its verb ("for instance") leaves the
// subject the speaker.
func TestTwoWordLeadInBeforeVerb(t *testing.T) {
	const p = "Steel makers, for instance, argue that imports from abroad grew to a third of the market."
	a := structured(p)
	q := findQuote(a, "imports from abroad")
	if q == nil || q.Speaker != "Steel makers" {
		t.Errorf("%q: want the words by %q; quotes: %s", p, "Steel makers", describeQuotes(a))
	}
}

// TestSpeakerEndsBeforeVerb checks that a speaker's name ends before a
// lower-case past-tense verb after it, and that a possessive's modifiers
// ("Iran's foreign ministry") and an "-ed" modifier of a role ("Tehran
// based analyst") still belong to the name.
func TestSpeakerEndsBeforeVerb(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{"President Ana Ruiz met families of the victims on Friday and said the state must act to stop the violence.",
			"the state must act to stop the violence.", "President Ana Ruiz"},
		{"Governor Tom Hale visited survivors in the hospital and said the city would rebuild the school by spring.",
			"the city would rebuild the school by spring.", "Governor Tom Hale"},
		{"Chile's foreign ministry said the talks would resume next week in the capital.",
			"the talks would resume next week in the capital.", "Chile's foreign ministry"},
		{"President Ana Ruiz met party leaders on Friday and said the state must act to stop the violence.",
			"the state must act to stop the violence.", "President Ana Ruiz"},
		// A title or a role after a verb is its object, not a modifier of it.
		{"President Biden met President Zelensky on Friday and said the war must end.",
			"the war must end.", "President Biden"},
		{"Governor Tom Hale sacked deputy minister Ana Ruiz and said the city would rebuild the school.",
			"the city would rebuild the school.", "Governor Tom Hale"},
	})
	// An unhyphenated "-ed" word before a role is the role's modifier.
	for _, tc := range []struct{ paragraph, quote, speaker string }{
		{`"We will respond," said Hamas armed wing spokesman Abu Obeida on Tuesday.`, "We will respond", "Hamas armed wing spokesman Abu Obeida"},
		{`The talks are over for this year, said Tehran based analyst Ali Vaez.`, "The talks are over", "Tehran based analyst Ali Vaez"},
		{`"We will respond," said Moscow backed separatist leader Denis Pushilin.`, "We will respond", "Moscow backed separatist leader Denis Pushilin"},
	} {
		a := structured(tc.paragraph)
		q := findQuote(a, tc.quote)
		if q == nil || q.Speaker != tc.speaker {
			t.Errorf("%q: want the quotation by %q; quotes: %s", tc.paragraph, tc.speaker, describeQuotes(a))
		}
	}
}

// TestClauseHoldingNestedQuote checks that a reported clause holding a
// quotation that a cue inside the clause introduces ('what she called
// "..."') is kept whole, with the fragment left to its own cue, and that
// a quotation after a comma and "said" inside the words, or a verb's
// object with a relative clause before another verb, is no such clause.
func TestClauseHoldingNestedQuote(t *testing.T) {
	const p = `Lopez said Friday that she phoned the mayor after the vote to thank him for what she called "a generous campaign."`
	a := structured(p)
	q := findQuote(a, "she phoned the mayor")
	if q == nil || q.Speaker != "Lopez" || !strings.HasSuffix(a.Slice(q.Span), `"a generous campaign."`) {
		t.Errorf("%q: want the clause by Lopez; quotes: %s", p, describeQuotes(a))
	}
	if f := findQuote(a, "a generous campaign"); f == nil || f.Verb != "called" {
		t.Errorf("%q: want the fragment with its own cue; quotes: %s", p, describeQuotes(a))
	}
	// A participle with its particle inside the clause is a reference,
	// not speech of its own.
	const p3 = `Sen. Ann Ortiz on Wednesday played down the attack on the judge and said it is the same thing as Justice Maria Vega referring to herself as "a proud daughter of farmers."`
	a3 := structured(p3)
	if q := findQuote(a3, "it is the same thing"); q == nil || q.Speaker != "Sen. Ann Ortiz" {
		t.Errorf("%q: want the clause by Sen. Ann Ortiz; quotes: %s", p3, describeQuotes(a3))
	}
	// A verb's object with a relative clause quoting, then another verb
	// of the sentence's subject, is no clause holding the fragment; a
	// subject with such a relative clause before its verb is.
	for _, p := range []string{
		`Smith rejected the report, which she described as "a smear," and vowed to fight the charges in court.`,
		`Jones denied the report, which he called "fake news," and said he would sue the paper.`,
		`Jones denied the claims, which he called "absurd," and threatened to sue the paper.`,
	} {
		if q := findQuote(structured(p), "the "); q != nil {
			t.Errorf("%q: want no reported words from the verb's object; got them by %q", p, q.Speaker)
		}
	}
	// The relative clause's own words end with its quotation.
	for _, tc := range []struct{ paragraph, content string }{
		{`Smith rejected the report, which she described as "a smear," and vowed to fight the charges in court.`, `as "a smear,"`},
		{`Jones denied the report, which he called "fake news," and said he would sue the paper.`, `"fake news,"`},
	} {
		a := structured(tc.paragraph)
		for _, q := range a.Quotes {
			if w := a.Slice(q.Span); q.Kind == QuoteIndirect && strings.HasPrefix(w, tc.content) && w != tc.content {
				t.Errorf("%q: want the relative clause's words to end with the quotation; got %q", tc.paragraph, w)
			}
		}
	}
	for _, subject := range []string{
		`Smith said the report, which she described as "a smear," was false and would be withdrawn.`,
		// A second subject after "and" shares the reported clause's verb.
		`Smith said the report, which she called "a smear," and the ruling were both wrong.`,
		`Smith said the governor, who he called "a liar," and his aides had misled the public.`,
	} {
		if q := findQuote(structured(subject), "the "); q == nil || q.Speaker != "Smith" {
			t.Errorf("%q: want the clause by Smith; quotes: %s", subject, describeQuotes(structured(subject)))
		}
	}
	const p2 = `Asked about the vote in the debate, Lopez said, "I do take responsibility for it."`
	for _, q := range structured(p2).Quotes {
		if w := structured(p2).Slice(q.Span); q.Kind == QuoteIndirect && strings.Contains(w, "debate") && strings.Contains(w, "responsibility") {
			t.Errorf("%q: want no clause holding the quotation; got %q", p2, structured(p2).Slice(q.Span))
		}
	}
}

// TestSubjectBeforeLongAside checks that the noun phrase opening a
// sentence speaks for a plain reporting verb after a long aside set off
// by commas, when a clause follows the verb.
func TestSubjectBeforeLongAside(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{"The museum's website, run by Anna Berg, an associate professor of art history at the University of Leeds, said the count is based on the number of tickets sold.",
			"the count is based on the number of tickets sold.", "The museum's website"},
		{"Rep. Tom Hale (Ohio), a delegate backing the governor, said he has spoken with many fellow delegates in recent days.",
			"he has spoken with many fellow delegates in recent days.", "Rep. Tom Hale"},
	})
}

// TestSpeechAfterQuotation checks that a clause after a quotation's
// attribution, opened by a conjunction, a subject pronoun and a plain
// reporting verb, is reported speech of its own; that the verb's object
// ("said the same thing") is none; and that a pronoun which may stand for
// someone the attribution speaks to ("told the man", "told Jones", but not
// "told CNN") makes no such speech.
func TestSpeechAfterQuotation(t *testing.T) {
	for _, tc := range []struct{ paragraph, content, speaker string }{
		{`"Checking is one thing," Lopez said on the radio show, but she said she is being asked about votes cast 20 years ago.`,
			"she is being asked", "Lopez"},
		{`"We will win," Smith said on Tuesday, but he said the campaign was short of money for the last month.`,
			"the campaign was short", "Smith"},
		{`"We will win," Smith said, but he said the polls showed a close race in the state.`, "the polls showed", "Smith"},
		{`"We will win," Smith said, but he said the party's leaders in Ohio had let him down.`, "the party's leaders in Ohio", "Smith"},
		{`"We will win," Smith said, but he said the vote, which is next week, would be close.`, "the vote, which is next week", "Smith"},
		{`"We will win," Smith told CNN, but he said the race would be close this year.`, "the race would be close", "Smith"},
		{`"We will win," Smith told The Associated Press on Tuesday, but he said the race would be close.`, "the race would be close", "Smith"},
	} {
		a := structured(tc.paragraph)
		q := findQuote(a, tc.content)
		if q == nil || q.Speaker != tc.speaker || q.Kind != QuoteIndirect {
			t.Errorf("%q: want the clause by %q; quotes: %s", tc.paragraph, tc.speaker, describeQuotes(a))
		}
	}
	for _, p := range []string{
		`"We will win," Smith said, but he said the same thing last year before losing the race.`,
		`"We will win," Smith said, but he said it with a smile and walked away.`,
		`"We will win," Smith said, but they said nothing about the cost of the campaign.`,
		`"Go home," the officer told the man, but he said he would stay in the square.`,
		`"Go home," the officer told Jones, but he said he would stay in the square.`,
		`"We will win," Smith said, but he said the same thing last year before the vote was held.`,
	} {
		a := structured(p)
		for _, q := range a.Quotes {
			if q.Kind == QuoteIndirect {
				t.Errorf("%q: want no reported clause; got %q by %q", p, a.Slice(q.Span), q.Speaker)
			}
		}
	}
}

// TestCandidatesAsSpeakers checks that "candidates" heads a speaker phrase
// as "senators" does, across an aside set off by commas.
func TestCandidatesAsSpeakers(t *testing.T) {
	const p = "Several candidates, including Ms. Ruiz, said the state should refuse to sign the new water treaty."
	a := structured(p)
	if q := findQuote(a, "the state should refuse"); q == nil || q.Speaker != "Several candidates" {
		t.Errorf("%q: want the clause by %q; quotes: %s", p, "Several candidates", describeQuotes(a))
	}
}

// TestSayAfterLongIntention checks that "said" joined by "but" to an
// intention verb ("refused to answer ...") reports its clause for the
// sentence's subject however long the intention's words run.
func TestSayAfterLongIntention(t *testing.T) {
	const p = "The spokeswoman refused to answer questions on whom the minister would like to see win in the autumn but said there was no meeting planned with the rival."
	a := structured(p)
	q := findQuote(a, "there was no meeting planned")
	if q == nil || q.Speaker != "The spokeswoman" || q.Verb != "said" {
		t.Errorf("%q: want the clause said by the spokeswoman; quotes: %s", p, describeQuotes(a))
	}
}

// TestRelativeWordIsNoSpeaker checks that a relative word before a
// speaker ("which critics said") is no part of the speaker's name, while
// the acronym "WHO" is.
func TestRelativeWordIsNoSpeaker(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{"WHO chief Tedros Adhanom Ghebreyesus said the virus was spreading fast.", "the virus was spreading fast", "WHO chief Tedros Adhanom Ghebreyesus"},
		{`"The virus is spreading," WHO officials said on Monday.`, "The virus is spreading", "WHO officials"},
		{"The plan will raise taxes for every family, which critics said.", "The plan will raise taxes", "critics"},
		{"The program, which officials said will go into effect in the next few months, will not apply to all.", "will go into effect", "officials"},
	})
}

// TestPossessorBeforeRole checks that a lower-case possessor before a
// role's modifiers belongs to the speaker phrase ("the state's largest
// union"), across a relative clause set off by commas too.
func TestPossessorBeforeRole(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{"In Ohio, the state's largest union, which has backed the governor, said it would strike.", "it would strike", "the state's largest union"},
		{"The city's largest union said it would strike next month over the pay offer.", "it would strike", "The city's largest union"},
	})
}

// TestSubordinateClauseIsNoWords checks that a sentence made of a
// subordinate clause and a main clause with a verb of response ("After
// the police fired ..., the protesters responded.") reports no words,
// while a main clause before a closing attribution still does, with or
// without a comma after the subordinate clause.
func TestSubordinateClauseIsNoWords(t *testing.T) {
	for _, p := range []string{
		"After the police fired tear gas at the crowd, the protesters responded.",
		"When the storm hit the coast last week, the governor said.",
	} {
		if qs := structured(p).Quotes; len(qs) > 0 {
			t.Errorf("%q: want no attribution; quotes: %s", p, describeQuotes(structured(p)))
		}
	}
	checkSpeakers(t, []attributionCase{
		{"After the vote, the party will choose a new leader, the spokesman said.", "After the vote", "the spokesman"},
		// Without a comma, a second verb or an auxiliary after a second
		// noun phrase opens the main clause.
		{"If the talks fail the strike will go ahead, the union said.", "If the talks fail", "the union"},
		{"Since the war began the economy has shrunk by a third, the bank said.", "Since the war began", "the bank"},
		// An adjective in "-ed" or a passive after "being" is no second verb.
		{"While there are some pointed examples of people being hanged for their views, rights groups say about 70 percent of executions were for drug charges.",
			"about 70 percent", "rights groups"},
	})
}

// TestSaidNothing checks that "said nothing" before a preposition or a
// conjunction reports silence, not words, and that "said nothing would
// change" and "said nothing in the bill would raise" still report their
// clause.
func TestSaidNothing(t *testing.T) {
	for _, p := range []string{
		"Smith said nothing as the officers led him away from the court.",
		"The senator said nothing about the vote during the long hearing on Tuesday.",
		"The senator said nothing about his plans for tax cuts at the hearing.",
	} {
		if qs := structured(p).Quotes; len(qs) > 0 {
			t.Errorf("%q: want no attribution; quotes: %s", p, describeQuotes(structured(p)))
		}
	}
	for _, tc := range []struct{ paragraph, content string }{
		{"The senator said nothing would change after the vote on Tuesday.", "nothing would change"},
		{"The senator said nothing in the constitution gives the president the authority to dissolve parliament.", "nothing in the constitution gives"},
		{"The senator said nothing in the bill would raise taxes for the middle class.", "nothing in the bill would raise"},
	} {
		a := structured(tc.paragraph)
		if q := findQuote(a, tc.content); q == nil || q.Speaker != "The senator" {
			t.Errorf("%q: want the clause by the senator; quotes: %s", tc.paragraph, describeQuotes(a))
		}
	}
}

// TestNamesWithParticles checks that a name opening with a lower-case
// particle joined by a hyphen ("al-Assad") or a capitalised particle
// ("Abu Bakr", "Van Hollen", "Al Sharpton") is read whole as the speaker.
func TestNamesWithParticles(t *testing.T) {
	for _, tc := range []struct{ paragraph, quote, speaker string }{
		{`"We will not give up," said Syrian President Karim al-Nasser.`, "We will not give up", "Syrian President Karim al-Nasser"},
		{`"It is over," said Abu Omar al-Rashid.`, "It is over", "Abu Omar al-Rashid"},
		{`"We marched," said Al Brennan.`, "We marched", "Al Brennan"},
		{`"It is not over," Van Dorn said.`, "It is not over", "Van Dorn"},
	} {
		a := structured(tc.paragraph)
		q := findQuote(a, tc.quote)
		if q == nil || q.Speaker != tc.speaker {
			t.Errorf("%q: want the quotation by %q; quotes: %s", tc.paragraph, tc.speaker, describeQuotes(a))
		}
	}
}

// TestMakeClearFrame checks that "make" reports its subject's words in
// the frames of clarity and argument before a that-clause ("made it clear
// on Monday that", "made the case that"), and is no cue otherwise ("made
// the playoffs", "the mistakes they made that year", "made sure that").
func TestMakeClearFrame(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{"The governor made clear that he would veto the measure.", "he would veto the measure.", "The governor"},
		{"The governor made it clear on Tuesday that he would veto the measure.", "he would veto the measure.", "The governor"},
		{"Harlow has made the case that the levy would pay for itself within a decade.", "the levy would pay for itself within a decade.", "Harlow"},
		{"The two unions also made the point that the contract left nurses without cover.", "the contract left nurses without cover.", "The two unions"},
	})
	checkNoAttribution(t,
		"The team made the playoffs for the first time in a decade.",
		"The mistakes they made that year cost the club its title.",
		"The caretaker made sure that the doors were locked before the storm.",
		"The company made a profit that surprised the analysts on Tuesday.",
		// A relative "that" after the frame: its verb follows at once,
		// or "a point" (mostly relative) opens it.
		"The defence made the case that won the club its appeal.",
		"The union made the argument that had swayed the arbitrator.",
		"The councillor made a point that nobody on the panel had raised.",
		"She made a point that the committee ignored.",
	)
	// After a quotation cut by a comma, a make frame ends the attribution.
	checkSpeakers(t, []attributionCase{
		{`"Buses first," the mayor made clear.`, "Buses first", "the mayor"},
		{`"We will not sell the pier," she made it clear on Monday.`, "We will not sell the pier", "she"},
	})
	// Beside a quotation, "made" without its frame is what the quoted
	// words did, not a saying: the quotation has no speaker.
	checkNoSpeakers(t,
		`"Fix the roads" made the new mayor a household name.`,
		`Her motto, "Buses for all," made her famous overnight.`,
		`The word "austerity" makes the treasurer angry.`,
		`The jingle "Sunny Days Ahead" made Morrow look confident.`,
	)
}

// TestAnyVerbAfterCutQuotation checks that a quotation opening its
// sentence and cut off by a comma hands its words to the speaker of the
// short clause after it, whatever that clause's verb ("joked", "mocks",
// "shot back"), while a quotation inside another speaker's clause keeps
// that speaker when a new clause with its own subject follows.
func TestAnyVerbAfterCutQuotation(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`"If the ferry is late again, I will swim to work," she joked with reporters after the town meeting.`, "If the ferry is late", "she"},
		{`"The budget has not failed the schools," he mocks.`, "The budget has not failed the schools", "he"},
		{`"They only come for the free coffee," Marlowe shot back with a grin.`, "They only come for the free coffee", "Marlowe"},
		{`"We have never lost a harvest this early," farm union chief Edda Holm quipped on Friday.`, "We have never lost a harvest", "farm union chief Edda Holm"},
		{`"Not the ferry again," Marlowe grumbled.`, "Not the ferry again", "Marlowe"},
		{`"Not the ferry again," the skipper laughs.`, "Not the ferry again", "the skipper"},
	})
	checkSpeakers(t, []attributionCase{
		// The quotation is part of the mayor's clause: the crowd's clause
		// after it reports nothing of it.
		{`When the mayor said she would "repair every bridge in town," the crowd applauded loudly.`, "repair every bridge in town", "the mayor"},
	})
	for _, p := range []string{
		`"Harbour Lights," the old ferry, sailed out of the bay on Sunday.`,
		// A name and a plural noun are an appositive; a title's clause
		// goes on with the story when its verb is not one of speaking.
		`"Moonrise," Harbor Films classics, were shown on the pier.`,
		`"Low Tide," Marlowe hits, topped the chart.`,
		`"Sea Shanty," the choir sang as an encore.`,
		`"Anchors," the play returns to the Lido in June.`,
		`"Wait," the crossing signal flashes at night.`,
		`"Turn back," Harbor Road floods.`,
	} {
		for _, q := range structured(p).Quotes {
			if q.Speaker != "" {
				t.Errorf("%q: want no speaker; quotes: %s", p, describeQuotes(structured(p)))
			}
		}
	}
}

// TestPlanningTo checks that "is planning to" and a verb reports an
// intention, and that the noun "planning" and the participle without
// "be" report none.
func TestPlanningTo(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{"The governor is planning to run for the Senate next year.", "to run for the Senate next year.", "The governor"},
		{"Okafor was planning to step down before the vote.", "to step down before the vote.", "Okafor"},
		// A relative clause set off by commas reports the intention and
		// ends at its comma; the main clause keeps its own speech.
		{"The senator, who is planning to retire in May, said the accounts were sound.", "to retire in May", "The senator"},
		{"The senator, who is planning to retire in May, said the accounts were sound.", "the accounts were sound.", "The senator"},
	})
	// A restrictive relative ("who is planning", no comma) picks out its
	// subject; the intention is no attribution of its own.
	for _, p := range []string{
		"The governor who is planning to run for the Senate declined to comment.",
	} {
		a := structured(p)
		for _, q := range a.Quotes {
			if q.Verb == "planning" {
				t.Errorf("%q: want no intention; quotes: %s", p, describeQuotes(a))
			}
		}
	}
	checkNoAttribution(t,
		"The planning for the summit took months.",
		"Their planning to the last detail impressed the inspectors.",
		"Urban planning to the north of the river has stalled.",
		// Without a form of "be", "planning" qualifies a noun.
		"Farmers planning to sell their land must notify the county.",
		"Shops planning to open on Sundays pay a higher fee.",
	)
}

// TestAttributionEndingSentenceAfterQuote checks that a quotation opening
// its sentence, followed by some of the outlet's words and then an
// attribution set off by a comma at the sentence's end ('"..." about the
// ruling, said Kirsch.'), is the attribution's speaker's, and that the
// quotation and those words together are reported as their speech; while a
// sentence ending in a plain phrase after the comma names nobody.
func TestAttributionEndingSentenceAfterQuote(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`"This will be a test" for the council, said Ortiz.`, "This will be a test", "Ortiz"},
		{`"Most would call that a defeat for the governor" if she won by fewer votes than that, said Dan Wolf, an analyst at the Harbor Institute.`, "Most would call that a defeat", "Dan Wolf"},
		{`''To count the rulings that could flip is sobering,'' since so many of them were won by one vote, said Lena Ostrow, who teaches law in Denver.`, "To count the rulings", "Lena Ostrow"},
		// The one told is no speaker; the name before the appositive is.
		{`"This is a turning point" for the harbor, Ann Roe, a member of the Harbor Party, told Channel Four.`, "This is a turning point", "Ann Roe"},
		{`"We will rebuild the pier" soon, Tom Lee, a retired fisherman, tells Harbor Radio.`, "We will rebuild the pier", "Tom Lee"},
	})
	checkExactAttributions(t, []attributionCase{
		{`"This will be a test" for the council, said Ortiz.`, `"This will be a test" for the council`, "Ortiz"},
		{`"This will be a test" for the council, Ortiz said.`, `"This will be a test" for the council`, "Ortiz"},
		{`"It is over" for now, the mayor told reporters.`, `"It is over" for now`, "the mayor"},
	})
	checkNoSpeakers(t,
		`"Harbour Lights" sailed out of the bay at dawn, the day the strike began.`,
		`"We will rebuild the pier" soon, the crew, all of them, assured Harbor Radio.`,
	)
}

// TestShortQuoteBeforeTailIsPartial checks that a few quoted words that
// the outlet's sentence goes on from before an attribution ending it are a
// partial quotation ('"Low tide" is a phrase the skipper loves, said
// Ortiz.'), while a longer quoted clause stays direct.
func TestShortQuoteBeforeTailIsPartial(t *testing.T) {
	for _, tc := range []struct {
		paragraph, content string
		kind               QuoteKind
	}{
		{`"Low tide" is a phrase the skipper loves, said Ortiz.`, "Low tide", QuotePartial},
		{`"Never again" was the slogan of the strike, Ortiz said.`, "Never again", QuotePartial},
		{`"This will be a test" for the council, said Ortiz.`, "This will be a test", QuoteDirect},
	} {
		a := structured(tc.paragraph)
		if q := findQuote(a, tc.content); q == nil || q.Kind != tc.kind || q.Speaker != "Ortiz" {
			t.Errorf("%q: want %q, %s, by Ortiz; quotes: %s", tc.paragraph, tc.content, tc.kind, describeQuotes(a))
		}
	}
}

// TestAttributionRightAfterQuoteHasNoTail checks that an attribution that
// follows a quotation's closing mark straight away, with the speaker's
// role or an aside set off by commas, adds no reported speech taking in
// the attribution's own words ('"...," the mayor, Ann Roe, said.').
func TestAttributionRightAfterQuoteHasNoTail(t *testing.T) {
	for _, p := range []string{
		`"We will rebuild the pier," the mayor, Ann Roe, said on Monday.`,
		`"We will rebuild the pier," Ann Roe, who leads the council, told reporters.`,
		`"We will rebuild the pier," his sister, Ann Roe, said.`,
	} {
		a := structured(p)
		for _, q := range a.Quotes {
			if q.Kind != QuoteDirect || q.Speaker != "Ann Roe" {
				t.Errorf("%q: want only a direct quote by Ann Roe; quotes: %s", p, describeQuotes(a))
			}
		}
	}
}

// TestRoleWordsBeforeNameAfterQuote checks that a few words leading a name
// after a quotation cut off by a comma are the speaker's role, capitalised
// or not ("Ohio delegate Bill Marsh", "former state senator Jo Reyes"),
// while a title in quotation marks before a name, or a clause opened by
// "until" after a quoted fragment, gives the quotation no such speaker.
func TestRoleWordsBeforeNameAfterQuote(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`"We have had better conventions than this one," Ohio delegate Bill Marsh said.`, "We have had better conventions", "Ohio delegate Bill Marsh"},
		{`"The ferry will run again by spring," former state senator Jo Reyes said on Friday.`, "The ferry will run again", "former state senator Jo Reyes"},
		// A time before the name is no role.
		{`"The ferry will run again by spring," two years ago Jo Reyes said.`, "The ferry will run again", "Jo Reyes"},
	})
	for _, tc := range []struct{ paragraph, quote, notSpeaker string }{
		{`"Harbor Nights" host Dana Wolf on Monday showed that the ferry was late again.`, "Harbor Nights", "host Dana Wolf"},
		{`Marsh said he was "on the fence" until Reyes said she backed the plan.`, "on the fence", "Reyes"},
	} {
		a := structured(tc.paragraph)
		if q := findQuote(a, tc.quote); q != nil && q.Speaker == tc.notSpeaker {
			t.Errorf("%q: %q is not %q's; quotes: %s", tc.paragraph, tc.quote, tc.notSpeaker, describeQuotes(a))
		}
	}
}

// TestAttributionSentenceAfterQuestion checks that the short sentence after
// a quotation ending in a question or exclamation mark names its speaker
// when it is a speaker and a verb with at most a setting ('"...?" Reyes
// pressed.', '"...!" Mayor Ortiz wrote on Twitter.'), while a sentence that
// goes on with an object and a clause of its own does not.
func TestAttributionSentenceAfterQuestion(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`"Would the ferry run on Sundays?" Reyes pressed. "Maybe only in summer?"`, "Would the ferry run", "Reyes"},
		{`"The council will not stop us!" Mayor Ortiz wrote on Twitter.`, "The council will not stop us", "Mayor Ortiz"},
	})
	for _, p := range []string{
		`"Is this the end?" The mayor resigned on Tuesday.`,
		`"What happened?" Investigators arrived at the scene on Sunday.`,
		`"Play ball!" The season began on Thursday.`,
		`"Is it over?" The rebels retreated across the river.`,
	} {
		for _, q := range structured(p).Quotes {
			if q.Speaker != "" {
				t.Errorf("%q: the next sentence goes on with the story; quotes: %s", p, describeQuotes(structured(p)))
			}
		}
	}
	checkSpeakers(t, []attributionCase{
		{`"Why not?" Ortiz shot back.`, "Why not?", "Ortiz"},
		{`"Is that all?" The mayor laughed.`, "Is that all?", "The mayor"},
	})
	p := `"Why now?" Reyes asked the council that had voted for the plan in May.`
	if q := findQuote(structured(p), "Why now?"); q != nil && q.Speaker == "the council" {
		t.Errorf("%q: the question is not the council's; quotes: %s", p, describeQuotes(structured(p)))
	}
}

// TestColonLeadNamesNextQuote checks that a quotation paragraph after a
// paragraph ending in "He said:" is attributed where that lead names the
// speaker (the "He"), not where the person was last named, while a lead
// whose subject is "it" leaves the earlier attribution.
func TestColonLeadNamesNextQuote(t *testing.T) {
	a := structured(
		`Former harbor master Ann Roe told the council, "The ferry will never run on time!" Roe also described the lengths to which crews must go. She said:`,
		`"In every port I have worked in, the tides decide. You cannot argue with the moon."`,
	)
	q := findQuote(a, "In every port")
	if q == nil || a.Slice(q.SpeakerSpan) != "She" || q.Speaker != "Ann Roe" {
		t.Errorf("want the quotation attributed to Ann Roe at the lead's \"She\"; quotes: %s", describeQuotes(a))
	}
	// A pronoun lead names the last speaker, not whoever was named last.
	a = structured(
		`Tom Lee called the plan a fraud. Ann Roe disagreed. He said:`,
		`"It will fail. Everyone knows it."`,
	)
	if q := findQuote(a, "It will fail"); q == nil || q.Speaker != "Tom Lee" {
		t.Errorf("want the quotation by Tom Lee; quotes: %s", describeQuotes(a))
	}
	// The lead holds up to the paragraph's own first attribution.
	a = structured(
		`Tom Lee said:`,
		`"The harbor will reopen. Nobody doubts it." Ann Roe disagreed, saying the silt was too deep. "They are dreaming."`,
	)
	if q := findQuote(a, "The harbor will reopen"); q == nil || q.Speaker != "Tom Lee" {
		t.Errorf("want the first quotation by the lead's Tom Lee; quotes: %s", describeQuotes(a))
	}
	if q := findQuote(a, "They are dreaming"); q == nil || q.Speaker != "Ann Roe" {
		t.Errorf("want the quotation after Ann Roe's attribution by Ann Roe; quotes: %s", describeQuotes(a))
	}
	// Words before the lead's quotation whose opening mark went unpaired
	// name no speaker of the paragraph.
	a = structured(
		`In a written statement, Ann Roe said:`,
		`"At the outset, the board said it would rebuild the pier. It said that fees would not rise. And if they did, the mayor promised he would resign. "The town was counting on the mayor. Instead, the mayor has walked away."`,
	)
	if q := findQuote(a, "The town was counting"); q == nil || q.Speaker != "Ann Roe" {
		t.Errorf("want the quotation by the lead's Ann Roe; quotes: %s", describeQuotes(a))
	}
	a = structured(
		`Ann Roe said the winner was not the crew, it was the boat itself:`,
		`"The hull held in a storm that sank two others. Nobody expected that."`,
	)
	if q := findQuote(a, "The hull held"); q != nil && q.Speaker == "it" {
		t.Errorf("want no speaker \"it\"; quotes: %s", describeQuotes(a))
	}
}

// TestDefiniteRoleKeepsItsModifier: "the vice president" refers back to
// the vice president named before, not to the president, and to that one
// person of a pair named together.
func TestDefiniteRoleKeepsItsModifier(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`President Alma Ruiz praised the harbour deal as Vice President Tomas Vidal and Trade Minister Ines Mora signed it. "The port will reopen on Monday," the vice president added.`, "The port will reopen", "Vice President Tomas Vidal"},
		{`President Alma Ruiz praised the harbour deal as Vice President Tomas Vidal looked on. "The port will reopen on Monday," the president added.`, "The port will reopen", "President Alma Ruiz"},
		{`Trade Minister Ines Mora and Vice President Tomas Vidal signed the harbour deal. "The port will reopen on Monday," the vice president said.`, "The port will reopen", "Vice President Tomas Vidal"},
	})
}

// TestPassiveAgentSpeaks: "it was reported by X (on a day) that ..." is X's
// report; a passive with no agent keeps no speaker.
func TestPassiveAgentSpeaks(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{"It was reported by the Harbour Gazette on Monday that the ferry line would close.", "the ferry line would close", "the Harbour Gazette"},
		{"It was reported by Radio Norland that the ferry line would close.", "the ferry line would close", "Radio Norland"},
		{"It was reported on Monday that the ferry line would close.", "the ferry line would close", ""},
	})
	// "that" and a verb after the agent open a relative clause on it: no report.
	checkNoAttribution(t,
		"The fire was reported by drivers that saw the smoke.",
		"The leak was reported by a clerk that worked nights.",
	)
}

// TestQuoteAfterItsCueKeepsIt: a fragment right after its cue ('declared
// Friday "a new dawn"') is that speaker's, not the speaker of a clause
// opened by "as" or "while" after it; with no cue before it, the speaker
// after it keeps it.
func TestQuoteAfterItsCueKeepsIt(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`Mayor Ada Lind declared Friday "a new dawn for the harbour" as council leader Piet Brand announced the terms of the lease.`, "a new dawn", "Mayor Ada Lind"},
		{`Mayor Ada Lind declared "a new dawn for the harbour" while council leader Piet Brand announced the terms of the lease.`, "a new dawn", "Mayor Ada Lind"},
		{`The lease promises "a new dawn for the harbour," council leader Piet Brand said.`, "a new dawn", "council leader Piet Brand"},
		// A short object may stand between the cue and the fragment.
		{`The mayor called the levy "a disgrace" as councillors said it would pass.`, "a disgrace", "The mayor"},
		{`Lind described the lease as "reckless" while aides said she was tired.`, "reckless", "Lind"},
	})
}

// TestParticipleAfterSpeakerIsNoVerb checks that a participle modifying
// the speaker after a cut quotation ('"...," Ann Roe trapped by the flood
// told us.') does not stand in for the reporting verb that follows it.
func TestParticipleAfterSpeakerIsNoVerb(t *testing.T) {
	for _, tc := range []struct{ paragraph, content, speaker, verb string }{
		{`"We had no warning," Ann Roe trapped by the flood told us.`, "We had no warning", "Ann Roe", "told"},
		{`"This is theft," Tom Lee angered by the tax accused the mayor.`, "This is theft", "Tom Lee", "accused"},
		{`"This is theft," a farmer angered by the tax accused the mayor.`, "This is theft", "a farmer", "accused"},
	} {
		a := structured(tc.paragraph)
		if q := findQuote(a, tc.content); q == nil || q.Speaker != tc.speaker || q.Verb != tc.verb {
			t.Errorf("%q: want %q by %q, verb %q; quotes: %s", tc.paragraph, tc.content, tc.speaker, tc.verb, describeQuotes(a))
		}
	}
}

// TestLayeredReportKeepsBothVoices: "X confirmed that Y believed Z" is two
// attributions, X's holding Y's; a pronoun or a verb joined by "and" after
// the outer cue is the outer speaker again, one attribution.
func TestLayeredReportKeepsBothVoices(t *testing.T) {
	tests := []struct {
		paragraph string
		want      []attributionCase // content exactly, and speaker
	}{
		{"The harbour authority confirmed that inspectors believed the cargo had been moved overnight.", []attributionCase{
			{content: "inspectors believed the cargo had been moved overnight.", speaker: "The harbour authority"},
			{content: "the cargo had been moved overnight.", speaker: "inspectors"},
		}},
		{"The Norland Courier reports that the port union said its members would strike on Friday.", []attributionCase{
			{content: "the port union said its members would strike on Friday.", speaker: "The Norland Courier"},
			{content: "its members would strike on Friday.", speaker: "the port union"},
		}},
		// The inner words cut at a second speaker's clause end the outer's too.
		{"The mayor told reporters that engineers believed the bridge was unsafe, but the ferry operator insisted that crossings would go on.", []attributionCase{
			{content: "engineers believed the bridge was unsafe", speaker: "The mayor"},
			{content: "the bridge was unsafe", speaker: "engineers"},
			{content: "crossings would go on.", speaker: "the ferry operator"},
		}},
		{"The harbour master said he believed the cargo had been moved overnight.", []attributionCase{
			{content: "he believed the cargo had been moved overnight.", speaker: "The harbour master"},
		}},
		// Three layers: each report holds the next one's cue and words.
		{"The council said the harbour gazette reported that dockers believed the breakwater would collapse within a year.", []attributionCase{
			{content: "the harbour gazette reported that dockers believed the breakwater would collapse within a year.", speaker: "The council"},
			{content: "dockers believed the breakwater would collapse within a year.", speaker: "the harbour gazette"},
			{content: "the breakwater would collapse within a year.", speaker: "dockers"},
		}},
		// A layered report in an opening subordinate clause ends at its
		// comma; the main clause's speaker is read as before.
		{"While the port union said dockers feared the cranes were unsafe, the harbour board insisted they had passed inspection.", []attributionCase{
			{content: "dockers feared the cranes were unsafe", speaker: "the port union"},
			{content: "the cranes were unsafe", speaker: "dockers"},
			{content: "they had passed inspection.", speaker: "the harbour board"},
		}},
		{"As the port union said dockers feared the cranes were unsafe, the harbour board insisted they had passed inspection.", []attributionCase{
			{content: "dockers feared the cranes were unsafe", speaker: "the port union"},
			{content: "the cranes were unsafe", speaker: "dockers"},
			{content: "they had passed inspection.", speaker: "the harbour board"},
		}},
		{"The harbour master said the cargo was moved and said the crew had left.", []attributionCase{
			{content: "the cargo was moved", speaker: "The harbour master"},
			{content: "the crew had left.", speaker: "The harbour master"},
		}},
	}
	for _, tc := range tests {
		a := structured(tc.paragraph)
		var got []attributionCase
		for _, q := range a.Quotes {
			got = append(got, attributionCase{content: a.Slice(q.Span), speaker: q.Speaker})
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got %q\nwant %q", tc.paragraph, got, tc.want)
		}
	}
}

// TestContrastOpensSecondSpeaker: "even as", "though" or "while" (after a
// comma, a dash or none) with a speaker and a reporting verb after it
// ends the first speaker's words and opens the second's; a contrast with
// no reporting verb stays in the first speaker's words.
func TestContrastOpensSecondSpeaker(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{"Port officials said the ferries would run on Sunday, even as the union insisted that a strike was still planned.", "the ferries would run on Sunday", "Port officials"},
		{"Port officials said the ferries would run on Sunday, even as the union insisted that a strike was still planned.", "a strike was still planned.", "the union"},
		// "but" meaning "except", a hearsay passive ("said to be") and a
		// "while" of time before an instruction open no second speaker.
		{"The club said nobody but the treasurer knows the combination of the office safe.", "nobody but the treasurer knows the combination of the office safe.", "The club"},
		{"The report said rents rose while flats said to be empty for years stayed on the market.", "rents rose while flats said to be empty for years stayed on the market.", "The report"},
		{"The warden said the park gates stayed shut while rangers told visitors to wait in the car park.", "the park gates stayed shut while rangers told visitors to wait in the car park.", "The warden"},
		{"The warden said the park gates were shut while rangers said the paths were open to walkers.", "the paths were open to walkers.", "rangers"},
		{"The mayor said the budget was balanced though auditors argued that the deficit had grown.", "the budget was balanced", "The mayor"},
		{"The mayor said the budget was balanced though auditors argued that the deficit had grown.", "the deficit had grown.", "auditors"},
		{"The mayor said the budget was balanced — while critics say the harbour fund was emptied to do it.", "the budget was balanced", "The mayor"},
		{"The mayor said the bridge stayed closed while engineers inspected the cables on the north side.", "the bridge stayed closed while engineers inspected the cables on the north side.", "The mayor"},
		{"The mayor said the budget was balanced though the harbour fund was nearly empty.", "the budget was balanced though the harbour fund was nearly empty.", "The mayor"},
	})
}

// TestCoordinatedSayingAfterLongClause: "X said <a long clause> and warned
// that ..." is two attributions of X's when both verbs say something
// aloud in one tense; a belief or a change of tense after "and" may be the
// clause subject's, and a passive ("and confirmed by") is no saying.
func TestCoordinatedSayingAfterLongClause(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{"The harbour master said the ferry timetable for the coming winter was fully settled and warned that delays would follow in spring.", "the ferry timetable for the coming winter was fully settled", "The harbour master"},
		{"The harbour master said the ferry timetable for the coming winter was fully settled and warned that delays would follow in spring.", "delays would follow in spring.", "The harbour master"},
		{"The harbour master says the ferry timetable for the coming winter is fully settled and insists that delays are unlikely this year.", "delays are unlikely this year.", "The harbour master"},
		{"The harbour master said the ferry crews on the northern routes were tired and fear that delays will follow in spring.", "the ferry crews on the northern routes were tired and fear that delays will follow in spring.", "The harbour master"},
		{"The harbour master said the ferry crews on the northern routes were worried and feared that delays would follow in spring.", "the ferry crews on the northern routes were worried and feared that delays would follow in spring.", "The harbour master"},
		{"The audit said the port director was nominated by the mayor in the spring and confirmed by the council in June.", "the port director was nominated by the mayor in the spring and confirmed by the council in June.", "The audit"},
		// The clause's subject acts ("walked out", "stormed"): the verb after
		// "and" may be its own, so the sentence stays one attribution.
		{"The ministry said the dock workers at the southern terminal of the port stormed the gates and insisted that their pay was overdue.", "the dock workers at the southern terminal of the port stormed the gates and insisted that their pay was overdue.", "The ministry"},
		{"The council said tenants of the old tower blocks near the station walked out and demanded that repairs begin at once.", "tenants of the old tower blocks near the station walked out and demanded that repairs begin at once.", "The council"},
		{"The council said the tenants who were living in the old tower blocks marched and warned that rents would rise again.", "the tenants who were living in the old tower blocks marched and warned that rents would rise again.", "The council"},
		// A pronoun, an auxiliary or a modal states, and an object that is
		// no clause has no subject: the speaker speaks again.
		{"The captain said he first saw the smoke from the engine room around noon and insisted that nobody on board was hurt.", "nobody on board was hurt.", "The captain"},
		{"The envoy said the two navies should stop their patrols in the strait at once and warned that talks would fail otherwise.", "talks would fail otherwise.", "The envoy"},
		{"The mayor called on the regional water authority to repair the northern dam and said the money would come from the state.", "the money would come from the state.", "The mayor"},
	})
}

// TestSayingInRelativeClause: "which he said was ...", "that Lind says
// led to ..." inside another attribution is a saying of its own, the
// predicate after the verb its words; a noun after the verb is no
// relative clause's predicate.
func TestSayingInRelativeClause(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{"The harbour board denied the audit, which its chairman said was based on forged invoices.", "was based on forged invoices", "its chairman"},
		// Beside quotation marks too; inside them the words are the quoted speaker's.
		{`The harbour board called the audit "a smear on honest staff," which its chairman said was based on forged invoices.`, "was based on forged invoices", "its chairman"},
		{`"The audit, which its chairman said was based on forged invoices, is a smear," the harbour board said.`, "The audit, which its chairman said was based on forged invoices, is a smear,", "the harbour board"},
		{"The harbour board denied the audit, which its chairman said was based on forged invoices.", "the audit, which its chairman said was based on forged invoices.", "The harbour board"},
		{"Mayor Ada Lind recalled the flood of 1998, an event that Lind says led her into politics.", "led her into politics", "Lind"},
	})
	for _, p := range []string{
		"The harbour board denied the audit, which the chairman said the inspectors wrote in a hurry.",
	} {
		a := structured(p)
		for _, q := range a.Quotes {
			if strings.Contains(q.Speaker, "chairman") {
				t.Errorf("%q: a saying read in a relative clause: %s", p, describeQuotes(a))
			}
		}
	}
}

// TestSilenceAfterSplitIsNoSaying: "said nothing" after "and" or a
// contrast ends the first speaker's words but is no attribution of its
// own.
func TestSilenceAfterSplitIsNoSaying(t *testing.T) {
	cases := []attributionCase{
		{"The warden said the storm shelters along the eastern coast had been restocked and said nothing about the budget.", "the storm shelters along the eastern coast had been restocked", "The warden"},
		{"The tenants said the heating had failed again while the landlord said nothing at all about the repairs.", "the heating had failed again", "The tenants"},
	}
	checkExactAttributions(t, cases)
	for _, tc := range cases {
		a := structured(tc.paragraph)
		for _, q := range a.Quotes {
			if strings.HasPrefix(a.Slice(q.Span), "nothing") {
				t.Errorf("%q: silence recorded as words: %s", tc.paragraph, describeQuotes(a))
			}
		}
	}
}

// TestRelativeSayingInsideQuotationMarks: a relative saying inside
// quotation marks is part of the quoted speaker's words, no attribution
// of its own.
func TestRelativeSayingInsideQuotationMarks(t *testing.T) {
	p := `"The audit, which its chairman said was based on forged invoices, is a smear," the harbour board said.`
	a := structured(p)
	for _, q := range a.Quotes {
		if q.Speaker == "its chairman" {
			t.Errorf("%q: relative saying inside quotation marks recorded: %s", p, describeQuotes(a))
		}
	}
}

// TestNextSentenceFramingItsOwnQuote checks that a sentence after a
// quotation that ends its sentence names that quotation's speaker only
// when it holds no quotation of its own: in 'Ortiz called the plan
// "reckless." Lee called the vote "a farce."' each sentence frames its own
// words, while '"We are done." Ortiz said. "..."' still names Ortiz.
func TestNextSentenceFramingItsOwnQuote(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`Mayor Ana Ortiz called the harbor plan "reckless." Sen. Tom Lee called the statement "a farce."`, "reckless.", "Mayor Ana Ortiz"},
		{`Mayor Ana Ortiz called the harbor plan "reckless." Sen. Tom Lee called the statement "a farce."`, "a farce.", "Sen. Tom Lee"},
		{`"The pier is finished." Mayor Ana Ortiz said. "We will not rebuild it."`, "The pier is finished.", "Mayor Ana Ortiz"},
	})
}

// TestWithParticipleSpeaker checks the absolute construction "with NAME
// calling ...": the name after "with" speaks the words after the
// participle, up to the next comma or a second subject and participle,
// and a thing after "with" speaks nothing.
func TestWithParticipleSpeaker(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{`The council split on the harbor plan, with Mayor Ana Ortiz calling for a recount of the vote.`, "a recount of the vote.", "Mayor Ana Ortiz"},
		{`Harbor leaders went further, with former Gov. Tom Lee calling the plan a fraud, while others stayed silent.`, "the plan a fraud", "former Gov. Tom Lee"},
		{`The board is divided, with Ortiz calling for a new pier and others backing a ferry.`, "a new pier", "Ortiz"},
		{`The port balked, with harbor chief Ana Ortiz calling the proposed ferry plan a giveaway.`, "the proposed ferry plan a giveaway.", "harbor chief Ana Ortiz"},
	})
	checkNoAttribution(t, `The mayor answered with a letter calling for calm.`,
		`A man calling himself the harbor master appeared on the dock.`,
		`The calling of witnesses took the court three days.`)
}

// TestHearerParticiple checks a telling participle that names its hearer
// before the reported clause ("by telling his hosts that ..."): the words
// after "that" are the sentence subject's. A participle whose object is
// no hearer ("telling stories that nobody believed") or a gerund named as
// a thing ("the risks of telling voters that") reports nothing.
func TestHearerParticiple(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`The mayor closed the hearing by telling his harbor hosts that the ferry would keep running.`, "the ferry would keep running", "The mayor"},
		{`The mayor ended the debate by assuring reporters that the pier would reopen in June.`, "the pier would reopen in June", "The mayor"},
		{`The port chief closed the summit by warning allies that the dock talks could collapse.`, "the dock talks could collapse", "The port chief"},
	})
	checkNoAttribution(t, `The old captain spent the evening telling stories that nobody on the dock believed.`,
		`The mayor weighed the risks of telling harbor voters that the ferry would close.`)
}

// TestWorryThat checks the plural present "worry" before "that" as a fear
// reported ("some observers worry that ..."), and the noun ("some worry
// at the port") as none.
func TestWorryThat(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`Some harbor observers worry that the ferry deal hands the port to a rival.`, "the ferry deal hands the port to a rival", "Some harbor observers"},
	})
	checkNoAttribution(t, `The results should be causing some worry at the harbor board this week.`,
		`Dock workers worry about the cost of the new pier.`)
}

// TestClosingAttributionBeforeTail checks an attribution that closes the
// outlet's words but not the sentence, a reporting participle going on
// after it: the words before the comma are the speaker's, and the
// participle's words are the same speaker's too.
func TestClosingAttributionBeforeTail(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{`The ferry will resume service on the north route in June, Mayor Ana Ortiz said, adding that fares would not rise.`, "The ferry will resume service on the north route in June", "Mayor Ana Ortiz"},
		{`The ferry will resume service on the north route in June, Mayor Ana Ortiz said, adding that fares would not rise.`, "fares would not rise.", "Mayor Ana Ortiz"},
		{`The harbor board long ago soured on the pier plan, the Gazette reported, citing two board members.`, "The harbor board long ago soured on the pier plan", "the Gazette"},
		{`The harbor board long ago soured on the pier plan, the Gazette reported, citing two board members.`, "two board members.", "the Gazette"},
	})
}

// TestParentheticalCommonNounSpeaker checks an attribution set off by
// commas inside the outlet's words whose speaker is a common noun
// phrase: the words are the sentence around it.
func TestParentheticalCommonNounSpeaker(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`At times last spring, people close to the harbor mayor said, the mere mention of the ferry could make him fume.`, "At times last spring", "people close to the harbor mayor"},
		{`Raising the port fees too soon, a wide array of analysts say, hurt the docks.`, "Raising the port fees too soon", "a wide array of analysts"},
	})
}

// TestPollShareSpeaker checks a share of a poll's respondents as the
// speaker, its modifiers kept: "majorities in both towns say".
func TestPollShareSpeaker(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`Harbor residents back the ferry, but majorities in both towns say they want the old pier rebuilt.`, "they want the old pier rebuilt", "majorities in both towns"},
		{`The survey of dock workers found broad support, and a majority of registered harbor voters say the port should stay public.`, "the port should stay public", "a majority of registered harbor voters"},
	})
}

// TestClosingAnnouncement checks a verb that reports speech only before
// "that" or an object elsewhere ("announced", "disclosed") closing the
// sentence after a comma: the words before the comma are the speaker's.
func TestClosingAnnouncement(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{`The ferry will resume service on the north route in June, the harbor board announced Friday.`, "The ferry will resume service on the north route in June", "the harbor board"},
		{`The port lost money for a third straight year, the harbor authority disclosed on Monday.`, "The port lost money for a third straight year", "the harbor authority"},
		// Set off by commas inside the words, or before a tail, they
		// report the words around them or before them.
		{`The ferry carried a record number of riders last summer, the harbor board announced, gaining two boats for the route.`,
			"The ferry carried a record number of riders last summer, the harbor board announced, gaining two boats for the route.", "the harbor board"},
		{`The port on the north shore of the bay, the authority disclosed on Monday, lost money for a third straight year.`,
			"The port on the north shore of the bay, the authority disclosed on Monday, lost money for a third straight year.", "the authority"},
	})
	// Not when they take an object: "announced" then reports nothing
	// before it.
	checkNoWordsFrom(t, `In a brief statement on Friday, the harbor board announced a new schedule for the ferry.`, "In a brief statement")
}

// TestContinuedFragment checks a quoted fragment with no speaker of its
// own after a quotation whose speaker was found: the second half of a
// quotation its inverted attribution splits, however long the speaker's
// description, and a fragment that only a few lead-in words open. A
// fragment the outlet frames with a clause of its own keeps no speaker.
func TestContinuedFragment(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`"The ferry is a lifeline," said the harbor mayor, "because the bridge closes every winter."`, "because the bridge closes", "the harbor mayor"},
		{`"The fees were too high," said Ann Roe, who has run the dock cooperative since it opened in 1998, "and nobody would listen."`, "and nobody would listen", "Ann Roe"},
		{`"We were wary of the plan at first," said Tom Hale, a ferry captain. Now, "most of the crews are on board with it."`, "most of the crews", "Tom Hale"},
	})
	a := structured(`"We were wary of the plan at first," said Tom Hale, a ferry captain. The harbor charter defines a resident as "anyone who has paid the dock levy for a year."`)
	if q := findQuote(a, "anyone who has paid"); q != nil && q.Speaker != "" {
		t.Errorf("a framed fragment took the speaker %q; quotes: %s", q.Speaker, describeQuotes(a))
	}
	// A new voice opens the fragment's sentence, or a sentence between
	// hands the words to someone else: the fragment is not Hale's.
	for _, p := range []string{
		`"We will keep the ferry," Tom Hale said. Ann Roe: "We will not let this happen to the harbor."`,
		`"We will keep the ferry," Tom Hale said. Roe shook her head. Then: "We will not let this happen to the harbor."`,
		`"We will keep the ferry," Tom Hale said. His rival Ann Roe disagreed. Still, "we will not let this happen to the harbor."`,
	} {
		a := structured(p)
		q := findQuote(a, "We will not")
		if q == nil {
			q = findQuote(a, "we will not")
		}
		if q == nil || q.Speaker == "Tom Hale" {
			t.Errorf("%q: the fragment went on quoting Tom Hale; quotes: %s", p, describeQuotes(a))
		}
	}
}

// TestLongColonLead checks a colon that hands a sentence-long quotation to
// the subject of the clause before it when that clause is too long for
// the short colon reading: past an appositive set off by commas, or with a
// predicate of many words. A subject that names nobody ("It") and a plural
// noun read as a verb ("Giant screens glittered") give no speaker.
func TestLongColonLead(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`The harbor mayor, a former ferry pilot, delivered a blunt message to the dock council: "You have failed the people of this town."`, "You have failed the people", "The harbor mayor"},
		{`Councilwoman Ann Roe, who chairs the port committee, also played up her record on dredging in a long speech: "Nobody has done more for this harbor than I have."`, "Nobody has done more", "Councilwoman Ann Roe"},
	})
	checkNoSpeakers(t,
		`It all came down to one thing in the harbor town by the end of the long night: "Who pays for the dredging this year?"`,
		`Giant screens hanging over the pier glittered with fireworks and a slogan: "Bring the ferry home this summer."`,
	)
}

// TestParticipleSubjectNotLastSpeaker checks a participle after a comma
// ("..., claiming") whose host clause's subject the name reading misses:
// the subject right before the clause's first verb speaks, not the last
// speaker named, and a subject not read leaves the words unattributed.
func TestParticipleSubjectNotLastSpeaker(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`"The ferry must stay," the harbor mayor said on Monday. A day later, at a rally in the old shipyard, the dock union was just as blunt, claiming without any evidence that the fees would double next year.`, "the fees would double", "the dock union"},
		{`"To cut the ferry is a betrayal," Ann Roe declared Sunday. The day before, at a rally in Dover, Del., Mr. Hale was just as blunt, claiming without any evidence that the fees would double next year.`, "the fees would double", "Mr. Hale"},
		{`"The levy must go," Ann Roe said. A month later a former harbor clerk announced plans to sue the board, claiming that the levy had cost him his job.`, "the levy had cost him", "a former harbor clerk"},
	})
	// A name after a preposition is no subject: not "Navy", nor the last
	// speaker.
	a := structured(`"The levy must go," Ann Roe said. On Saturday, with Navy ships waiting in the bay, the harbor master stood firm, saying that the levy would stay.`)
	if q := findQuote(a, "the levy would stay"); q != nil && (q.Speaker == "Navy" || q.Speaker == "Ann Roe") {
		t.Errorf("want no speaker read from the preposition's object; quotes: %s", describeQuotes(a))
	}
}

// TestAccordingToDocumentAuthor checks "according to" a document that a
// common noun names, followed by who made it: the speaker phrase runs on
// to the author, past a time, a participle and a role in lower case. A
// document with no author, or one "from" a country or city, keeps its own
// words.
func TestAccordingToDocumentAuthor(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`Sales of electric ferries are growing fast, according to a recent report from Harbor Energy Finance.`, "Sales of electric ferries", "a recent report from Harbor Energy Finance"},
		{`"The evidence cannot support a prosecution," according to a court document filed by state attorney Dana Holt.`, "The evidence cannot", "a court document filed by state attorney Dana Holt"},
		{`The pier will close in May, according to a report Tuesday from WKDR.`, "The pier will close", "a report Tuesday from WKDR"},
		{`The pier will close in May, according to a recent report.`, "The pier will close", "a recent report"},
		// A country or city a report comes from is where it was filed.
		{`The pier will close in May, according to a report from Norway.`, "The pier will close", "a report"},
		{`The pier will close in May, according to a report from Oslo.`, "The pier will close", "a report"},
	})
}

// TestRoundupDashName checks the roundup item that hands its quotation to
// a name between a dash and a colon, mid-paragraph after the item's
// headline: 'FERRY FARES RISE AGAIN - Harbor Gazette: "..."'.
func TestRoundupDashName(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`Read more here. [Gazette.] VOTERS CARE MORE ABOUT THE FERRY - Ann Roe and Tom Hale: "We found that the ferry mattered more than any other issue."`, "We found that the ferry", "Ann Roe and Tom Hale"},
		{`Read more here. FERRY FARES RISE AGAIN - Harbor Gazette: "The board voted on Tuesday to raise fares by a fifth."`, "The board voted", "Harbor Gazette"},
	})
	// A date or a place between the dash and the colon dates or places the
	// item; it names no source.
	for _, p := range []string{
		`Read more here. TIMELINE - March 2019: "The board voted on Tuesday to raise fares by a fifth."`,
		`Read more here. THE DAY IN BRIEF - Norway: "The board voted on Tuesday to raise fares by a fifth."`,
	} {
		a := structured(p)
		if q := findQuote(a, "The board voted"); q == nil || q.Speaker != "" {
			t.Errorf("%q: want the quotation with no speaker; quotes: %s", p, describeQuotes(a))
		}
	}
}

// TestInvertedAttributionBeforeQuote checks an inverted attribution right
// before a quotation: the verb opens the sentence past lead-in words, or
// follows a comma inside it, and the name after it speaks, whatever
// describes it. A verb that takes a hearer ("told ABC's Ann Roe,") names
// no speaker that way.
func TestInvertedAttributionBeforeQuote(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`The old pier was torn down in May. Said Dora Platt, who grew up beside it, "We were all so proud of that pier."`, "We were all so proud", "Dora Platt"},
		{`But, said Tom Hale, "I don't want to drum up a fight over the fares."`, "I don't want to drum up", "Tom Hale"},
		{`Because of how the board set the fares, explained Ann Roe, "the ferry will lose riders all winter."`, "the ferry will lose riders", "Ann Roe"},
	})
	a := structured(`The mayor, whose plan has been criticized, told Harbor Radio's Ann Roe, "I am less worried about the fares than the pier."`)
	if q := findQuote(a, "I am less worried"); q != nil && q.Speaker == "Harbor Radio's Ann Roe" {
		t.Errorf("the hearer took the quotation; quotes: %s", describeQuotes(a))
	}
}

// TestTitleCaseDateline checks a dateline whose place is in title case
// with the agency in capitals in brackets ("Dover (AP) -"): the place is
// no speaker, the subject after the dash is.
func TestTitleCaseDateline(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`Dover (AFP) - Senator Ann Roe has taken a swipe at the governor's ferry plan, saying that the fees do more harm than good.`, "the fees do more harm", "Senator Ann Roe"},
		{`New Castle (AP) – The harbor board took aim at the new levy, calling it a tax on fishermen.`, "it a tax on fishermen", "The harbor board"},
	})
}

func TestContinueWithObjectIsNoCue(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`Now as the town burns and the ruthless Northern Front army continues its march, the governor is claiming the pullout was "not my call."`, "the pullout was", "the governor"},
		{`"We will not leave," he continued, "until the job is done."`, "We will not leave", "he"},
	})
	for _, p := range []string{
		`Now as the town burns and the ruthless Northern Front army continues its march, the governor is claiming the pullout was "not my call."`,
		`The militia continued its raids on the valley, burning what it called "nests of traitors."`,
	} {
		for _, q := range structured(p).Quotes {
			if strings.HasPrefix(strings.ToLower(q.Verb), "continue") {
				t.Errorf("%q: want no quotation by the verb %q; quotes: %s", p, q.Verb, describeQuotes(structured(p)))
			}
		}
	}
}

func TestNoSpeakerInTagOrParticiple(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`Sen. Bob Roe, R-Ohio, reacting Monday to the new claims, said he is just "at a loss" over the fire.`, "he is just", "Sen. Bob Roe"},
		{"Jacob Doe, 24, a student from Ohio, said he had never used the site.", "he had never used the site.", "Jacob Doe"},
		{"Of the farmers polled, 41 said the levy was too high for them.", "the levy was too high", "41"},
	})
	checkNoAttribution(t,
		"Having said all that, if the council had behaved the way it did over the last few years, the plan would have failed.",
	)
}

func TestPassiveChargeBeforeSaying(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{"Officials accused of bribery said they had done nothing wrong.", "they had done nothing wrong.", "Officials"},
		{"Two clerks accused of taking bribes said on Monday that they were innocent.", "they were innocent.", "Two clerks"},
	})
	a := structured(`Officials accused of bribery said they had done "nothing wrong."`)
	for _, q := range a.Quotes {
		if strings.HasPrefix(strings.ToLower(q.Verb), "accused") {
			t.Errorf("the charged officials read as accusers; quotes: %s", describeQuotes(a))
		}
	}
}

func TestSayingStillToComeIsNoReport(t *testing.T) {
	checkNoAttribution(t,
		"The aides decided what the ambassador would say to the press on Sunday.",
		"Nobody knew in advance what the mayor will say at the rally.",
	)
}

func TestNameModifyingNounIsNoSpeaker(t *testing.T) {
	a := structured("Mayor Ann Smith ran as the candidate who would end the strike. Rebel gains in the north and pleas from the capital for more help contributed to delaying the pullout and underscored the mayor's trouble in keeping her promise.",
		"On Thursday, however, she told reporters at the town hall that she was not dismayed at having to delay the pullout.")
	for _, q := range a.Quotes {
		if q.Speaker != "Mayor Ann Smith" {
			t.Errorf("want every quotation by Mayor Ann Smith; quotes: %s", describeQuotes(a))
			break
		}
	}
	if q := findQuote(a, "she was not dismayed"); q == nil {
		t.Errorf("want the told-reporters clause; quotes: %s", describeQuotes(a))
	}
}

func TestSupportInDeedIsNoStance(t *testing.T) {
	checkNoAttribution(t,
		"He backed Shiite factions against the capital's allies in several provinces, but the policy failed in the south.",
		"In the north, Hassan backed Kurdish allies against the regime in a proxy war that flared repeatedly.",
		"He supported and armed rebels fighting to topple the president.",
	)
	checkSpeakers(t, []attributionCase{
		{"Senator Roe backed the bill and praised its authors.", "the bill", "Senator Roe"},
		{"Most voters supported the mainstream candidates in the primary.", "the mainstream candidates", "Most voters"},
	})
}

func TestIncludingIsNoSpeakerWord(t *testing.T) {
	a := structured(`But Democrats, including Senator Jane Roe, lauded the deal, with the front-runner saying she is "greatly relieved" that the hostages were freed.`,
		`"Their families have waited for this day," she said in a statement.`)
	if q := findQuote(a, "Their families"); q == nil || strings.HasPrefix(q.Speaker, "including") {
		t.Errorf("want the quotation by no phrase opening with \"including\"; quotes: %s", describeQuotes(a))
	}
}

func TestCueAfterDeterminerIsANoun(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`Sen. Bob Roe, R-Ohio, reacting Monday to the latest claims, said he is just "at a loss" over the fire.`, "he is just", "Sen. Bob Roe"},
		{"He had no known ties to any party, the airline added, and had passed all checks.", "He had no known ties", "the airline"},
	})
	for _, p := range []string{
		`Sen. Bob Roe, R-Ohio, reacting Monday to the latest claims, said he is just "at a loss" over the fire.`,
		`The mayor struck many of the same notes in a speech that spoke to the "anger" of the river towns.`,
	} {
		for _, q := range structured(p).Quotes {
			if v := strings.ToLower(q.Verb); v == "claims" || v == "notes" {
				t.Errorf("%q: want no quotation by the noun %q; quotes: %s", p, q.Verb, describeQuotes(structured(p)))
			}
		}
	}
}

func TestFigureAfterSaidIsNoSpeaker(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{"Omar Haddad, spokesman for the regional health ministry, said 1,101 people have been killed since the fighting began.", "1,101 people have been killed", "Omar Haddad"},
	})
}

func TestCountryIsNoHeOrShe(t *testing.T) {
	for _, paras := range [][]string{
		{"Governor Ann Smith met the envoys on Monday. Iran said the talks had failed.", `"We will not wait much longer," she said.`},
		{`Governor Ann Smith met the envoys on Monday. "The talks have failed," Hamas said.`, `"We will not wait much longer," she said.`},
	} {
		a := structured(paras...)
		if q := findQuote(a, "We will not wait"); q == nil || q.Speaker != "Governor Ann Smith" {
			t.Errorf("%q: want the last quotation by Governor Ann Smith; quotes: %s", paras, describeQuotes(a))
		}
	}
}

func TestParticipleWithCountryIsNoPerson(t *testing.T) {
	a := structured("Senator Jane Roe spoke on Monday. Empowering Iran with sanctions relief is like writing a blank check, her rival said.",
		"Iran released four prisoners on Saturday.",
		`"Their families have waited for this day," she said in a statement.`)
	if q := findQuote(a, "Their families"); q == nil || q.Speaker != "Senator Jane Roe" {
		t.Errorf("want the quotation by Senator Jane Roe; quotes: %s", describeQuotes(a))
	}
}

// TestBodyAcronymInSpeaker: a body's name with its acronym in brackets
// before the speaker's role and name belongs to the speaker phrase, which
// the bracket cut before; a bracket of lower-case words does not.
func TestBodyAcronymInSpeaker(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`"The plane was not hit by a missile," Norway's Civil Aviation Authority (CAA) chief Lars Berg said.`,
			"The plane was not hit by a missile", "Norway's Civil Aviation Authority (CAA) chief Lars Berg"},
		{`"The ferry kept its course," the Coastal Shipping Agency (CSA) director Kari Lund told reporters.`,
			"The ferry kept its course", "the Coastal Shipping Agency (CSA) director Kari Lund"},
	})
}

// TestBodyAcronymNotAName: words in brackets that are no acronym leave the
// speaker phrase cut as before.
func TestBodyAcronymNotAName(t *testing.T) {
	a := structured(`"The ferry kept its course," the shipping agency (in a statement) director Kari Lund told reporters.`)
	if q := findQuote(a, "The ferry kept its course"); q != nil && strings.Contains(q.Speaker, "shipping") {
		t.Errorf("speaker %q reaches past a bracket of no acronym", q.Speaker)
	}
}

// TestAspectFrameBeforeCue checks that a frame of when or how someone
// spoke ("went on to add", "continued to insist", "took pains to stress")
// hands the infinitive cue after it to the frame's subject, with a
// quotation or a clause after the cue; a frame before a verb of doing
// reports nothing.
func TestAspectFrameBeforeCue(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`The harbor master went on to say "the pier will open in June."`, "the pier will open in June.", "The harbor master"},
		{`"We are ready," the clerk said. Director Ana Ruiz went on to add: "The pier will open in June."`, "The pier will open in June.", "Director Ana Ruiz"},
		{"Councilman Leo Brandt continued to insist that the ferry fares were too high.", "the ferry fares were too high", "Councilman Leo Brandt"},
		{"The mayor was quick to add that the pool would reopen in the spring.", "the pool would reopen in the spring", "The mayor"},
		{"The senator took pains to stress that the vote on the levy was not final.", "the vote on the levy was not final", "The senator"},
	})
	checkNoAttribution(t, "The ferry company continued to cut its evening crossings to the island.",
		"Prices continued to rise after the plant closed in the spring.")
}

// TestIssuedDocumentSpeech checks speech put out as a document ("issued a
// warning urging", "released a statement Tuesday that", "sent an email
// asking"): the words after the cue are the subject's; a document whose
// participle reports nothing ("a video showing") and a relative clause
// after the noun ("a statement that was read") are no attribution.
func TestIssuedDocumentSpeech(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{"The port authority issued a warning urging sailors to stay clear of the channel.", "sailors to stay clear of the channel", "The port authority"},
		{"The ferry union released a statement Tuesday that the strike would go on through Friday.", "the strike would go on through Friday", "The ferry union"},
		{"The harbor board released a statement saying crossings would resume in the spring.", "crossings would resume in the spring", "The harbor board"},
		{"Councilwoman Ana Ruiz sent an email asking donors to give before the deadline.", "donors to give before the deadline", "Councilwoman Ana Ruiz"},
		// After "after", the document's issuer opens a clause of its own; the main clause's subject issued nothing.
		{"The U.N. vote came a day after Mayor Ana Ruiz issued a statement calling on the board to halt the sale.", "the board to halt the sale", "Mayor Ana Ruiz"},
	})
	checkNoAttribution(t, "The harbor police released a video showing the crash on the pier.",
		"The council issued a statement that was read aloud at the meeting.")
}

// TestTimePhraseBeforeThat checks that a cue WordNet gives a that-clause
// reads a time phrase opened by "last" or "this" before its "that":
// "implied last week that", "hinted earlier this month that".
func TestTimePhraseBeforeThat(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{"The harbor master implied last week that the pier would close for good.", "the pier would close for good", "The harbor master"},
		{`Councilman Leo Brandt intimated earlier this month that he had "notes" of the meeting.`, "he had", "Councilman Leo Brandt"},
	})
}

// TestPointOutForms checks that every form of "point out" before "that"
// is a cue ("points out that", "was quick to point out that", ", pointing
// out that"), while a score ("points out of") and a place shown
// ("pointing out where") report nothing.
func TestPointOutForms(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{"The harbor master points out that the pier has been closed since June.", "the pier has been closed since June", "The harbor master"},
		{"Councilwoman Ana Ruiz was quick to point out that the council had never voted on the ferry plan.", "the council had never voted on the ferry plan", "Councilwoman Ana Ruiz"},
		{`"We are not done," Mayor Leo Brandt said, pointing out that the levy still had to pass.`, "the levy still had to pass", "Mayor Leo Brandt"},
	})
	checkNoAttribution(t, "The guard scored 20 points out of 30 in the final game of the season.",
		"The old clerk kept pointing out where the hardware store and the pharmacy used to be.")
}

// TestTweetsPresent checks that the present "tweets" is a cue beside a
// quotation ('"...," tweets the station's reporter Ana Ruiz') or before
// "that", and stays the noun otherwise ("her latest tweets suggest").
func TestTweetsPresent(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`"Water over the pier," tweets the station's weather reporter Ana Ruiz.`, "Water over the pier,", "the station's weather reporter Ana Ruiz"},
		{"Councilman Leo Brandt tweets that the ferry will not run on Sunday.", "the ferry will not run on Sunday", "Councilman Leo Brandt"},
	})
	checkNoAttribution(t, "The councilman's latest tweets suggest the ferry will not run on Sunday.")
}

// TestAdviceVerb checks that "advised" reports advice when what is advised
// follows it ("advised reporters to wait", "advised him against"), and not
// a role ("advised the mayor on trade").
func TestAdviceVerb(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{"Harbor Secretary Ana Ruiz advised reporters to wait for the final figures before writing.", "reporters to wait for the final figures before writing", "Harbor Secretary Ana Ruiz"},
		{"The town lawyer advised him against signing the ferry contract.", "him against signing the ferry contract", "The town lawyer"},
	})
	checkNoAttribution(t, "Leo Brandt advised the mayor on harbor trade for two years.")
}

// TestOpeningDespiteBeforeSubject checks that an opening "Despite ..." or
// "Amid ..." phrase is stepped over to the sentence's subject, so a named
// subject who speaks no words in that sentence is the one a "He said:"
// after it means, not the last speaker.
func TestOpeningDespiteBeforeSubject(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`"We knew nothing," Undersecretary Pat Kennedy said. Despite this, Deputy Mayor Tom Reyes backed up the mayor on the closures. He said: "We had no other choice."`,
			"We had no other choice.", "Deputy Mayor Tom Reyes"},
		{`"We knew nothing," Undersecretary Pat Kennedy said. Amid the protests, Deputy Mayor Tom Reyes toured the harbor. He said: "We had no other choice."`,
			"We had no other choice.", "Deputy Mayor Tom Reyes"},
	})
}

// TestLongOpeningParticiplePhrase checks that a participle phrase opening a
// sentence, longer than an opening phrase most often is, is stepped over
// to the named subject after its comma, whom a "he" in the next sentence
// means.
func TestLongOpeningParticiplePhrase(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{"\"The budget is fine,\" Treasurer Ann Gold said. Pressed by reporters about what the costs could be and why the city response has been limited to studies, Mr. Reyes demurred. Still, he acknowledged that the harbor plan had stalled.",
			"the harbor plan had stalled", "Mr. Reyes"},
	})
}

// TestDescribedThenNamedBody checks that a body described and then named
// with its article between commas ("The harbor watchdog, the HPA, said")
// speaks the clause after the verb.
func TestDescribedThenNamedBody(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{"The regional harbor watchdog, the HPA, said its inspectors had checked every pier.", "its inspectors had checked every pier", "the HPA"},
	})
}

// TestClosingRoleWithModifier checks that a closing attribution whose
// speaker is a role with a participle or a prepositional phrase after it
// ("residents living near the pier told", "said an official in the
// region") speaks the sentence before it.
func TestClosingRoleWithModifier(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{"The smugglers stormed the pier Thursday and forced the guards to withdraw from the area, residents living near the pier told The Harbor Times.",
			"The smugglers stormed the pier Thursday and forced the guards to withdraw from the area", "residents living near the pier"},
		{"The smugglers left the pier on Thursday after a week of talks, said a harbor official in the region.",
			"The smugglers left the pier on Thursday after a week of talks", "a harbor official"},
	})
}

// TestCapitalSPossessiveIsNoQuoteMark checks that the apostrophe of an
// s-name's possessive in capitals ("HPSS' stronghold") is no closing
// quotation mark, so the sentence's closing attribution is still read;
// a single quotation closing after a capital S still closes.
func TestCapitalSPossessiveIsNoQuoteMark(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{"The jets hit ten depots used for storage in HPSS' northern stronghold of Varna, Foreign Minister Ana Ruiz told Harbor Radio.",
			"The jets hit ten depots used for storage in HPSS' northern stronghold of Varna", "Foreign Minister Ana Ruiz"},
		{"The clerk said 'ALL DONE BY THURSDAY, NO EXCEPTIONS' and left the harbor office.", "ALL DONE BY THURSDAY, NO EXCEPTIONS", "The clerk"},
	})
}

// TestObjectGoesOnPastDashAside checks that an aside between two dashes
// inside a cue's object ("a pause to allow time – perhaps six months – to
// negotiate") does not end the object, when a preposition goes on after
// it; a verb after the closing dash ends it before the aside.
func TestObjectGoesOnPastDashAside(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{"The mayor argued for a pause in the harbor works to allow time – perhaps six months – to negotiate a lasting deal with the dock unions.",
			"a pause in the harbor works to allow time – perhaps six months – to negotiate", "The mayor"},
		{"Councilwoman Ana Ruiz called for all bidders to lay out specifics – including the cost – of their ferry plans.",
			"all bidders to lay out specifics – including the cost – of their", "Councilwoman Ana Ruiz"},
	})
}

// TestPossessiveSubjectIsThePerson checks that a person named in full as
// the possessor opening a sentence ("Councilman Tom Reyes's response was
// swift.") is the one a "He" after it means, named without the
// possessive's mark.
func TestPossessiveSubjectIsThePerson(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`"The budget is fine," Councilwoman Ann Gold said. Councilman Tom Reyes's response was swift. He accused the mayor of wasting money on the pier.`,
			"the mayor of wasting money on the pier", "Councilman Tom Reyes"},
	})
}

// TestExistentialOwnerIsThePerson checks that "Then there was NAME's
// response." makes NAME the one a "He" in the next sentence means, where
// the last speaker was someone else; a place's possessive does not.
func TestExistentialOwnerIsThePerson(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`"The budget is fine," Councilwoman Ann Gold said. Then there was Councilman Tom Reyes's response. He accused the mayor of wasting money on the pier.`,
			"the mayor of wasting money on the pier", "Councilman Tom Reyes"},
		{`"The budget is fine," Mayor Tom Reyes said. Then there was New York's answer. He accused the council of wasting money on the pier.`,
			"the council of wasting money on the pier", "Mayor Tom Reyes"},
	})
}

// TestPossessivePronounOpensNoName checks that capitalised words after a
// possessive pronoun ("His Unionist allies") are what someone owns, not a
// person a "he" in the next sentence means, while a style of address
// ("His Holiness Pope Leo") still names one.
func TestPossessivePronounOpensNoName(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{"The governor named a rival for Mayor Tom Reyes.\nReyes, however, vowed to fight for a third term. His Unionist-dominated slate won the most seats in April elections. On Monday, he accused Varga, a clerk chosen by the council, of delaying the result.",
			"Varga, a clerk chosen by the council, of delaying the result", "Reyes"},
		{`Crowds gathered at the harbour. His Holiness Pope Leo blessed the boats. He said the sea must be kept clean.`,
			"the sea must be kept clean", "His Holiness Pope Leo"},
		{`Crowds gathered at the harbour. His Royal Highness Prince Tom blessed the boats. He said the sea must be kept clean.`,
			"the sea must be kept clean", "His Royal Highness Prince Tom"},
	})
}

// TestNounsThatOpenNoSpeech checks that "tweets" after a determiner or a
// possessive is the noun, and that a report or a letter "that" someone
// acted on is a relative clause, not what the document says.
func TestNounsThatOpenNoSpeech(t *testing.T) {
	checkNoAttribution(t,
		`Her tweets that mocked the mayor were deleted on Monday.`,
		`The company issued a report that the agency later withdrew after a week.`,
		`Roe sent a letter that the senator never answered.`,
	)
}

// TestEmbeddedPostIsItsHoldersQuotation checks that an embedded post
// signed on its line ("... — Jane Roe (@janeroe) April 8, 2018") is a
// direct quotation of the account's holder, its handle when the name is
// missing, and that prose mentioning a handle is not.
func TestEmbeddedPostIsItsHoldersQuotation(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`Harbor flooded again, and no one in the council cares. SHAMEFUL! — Jane Roe (@janeroe) April 8, 2018`, "Harbor flooded again", "Jane Roe"},
		{`“The ferry is back” pic.twitter.com/abc123 — (@harborwatch) May 1, 2019`, "The ferry is back", "@harborwatch"},
		{`Skip Twitter post by @janeroe Crew just visited the harbor. No sign of any inspectors. pic.twitter.com/abc123 — Jane Roe (@janeroe) January 10, 2020 Report`, "Crew just visited the harbor", "Jane Roe"},
	})
	checkNoAttribution(t, `The mayor, who posts as @janeroe, spoke on April 8, 2018 about the harbor.`)
}

// TestLaterTurnOfTheSameSpeaker checks that "before/after" and a
// reporting participle in a reported clause ("denied ... before admitting
// the mistake") end the first words and start the same speaker's next
// turn, with its own act, even past a nested attribution ("US claims
// that"), and that a participle of no saying ("before leaving") does not.
func TestLaterTurnOfTheSameSpeaker(t *testing.T) {
	tests := []struct {
		para, first, second string
		act                 Act
	}{
		{"Norway previously denied Swedish claims that a torpedo sank the trawler before admitting the mistake on Saturday.",
			"Swedish claims that a torpedo sank the trawler", "the mistake on Saturday.", ActAdmit},
		{"The ministry denied the charges for three days before acknowledging responsibility.",
			"the charges for three days", "responsibility.", ActAdmit},
	}
	for _, tt := range tests {
		a := structured(tt.para)
		var speakers []string
		found := 0
		for _, q := range a.Quotes {
			switch a.Slice(q.Span) {
			case tt.first:
				found++
				speakers = append(speakers, q.Speaker)
			case tt.second:
				found++
				speakers = append(speakers, q.Speaker)
				if q.Act != tt.act {
					t.Errorf("%q: act %s, want %s", tt.para, q.Act, tt.act)
				}
			}
		}
		if found != 2 || speakers[0] != speakers[1] {
			t.Errorf("%q: want %q and %q by one speaker; quotes: %s", tt.para, tt.first, tt.second, describeQuotes(a))
		}
	}
	checkNoAttribution(t, "The envoy met the king before leaving the capital on Monday.")
}

// TestAddToSomethingIsNoSaying: "add" with an object and "to" adds a thing
// to another ("These figures add weight to the case", "added to the
// confusion"); with "that", a clause or a quotation it reports speech.
func TestAddToSomethingIsNoSaying(t *testing.T) {
	checkNoAttribution(t,
		"These records add weight to the inspector's account of the night.",
		"Later letters add new detail to the dispute over the pier.",
		"The closures added to the confusion at the port on Monday.",
		"The delay added to fears that the ferry deal would collapse.",
	)
	checkExactAttributions(t, []attributionCase{
		{"The harbour master added that the pier would stay shut.", "the pier would stay shut.", "The harbour master"},
		{"The harbour master added the pier would fail to reopen by May.", "the pier would fail to reopen by May.", "The harbour master"},
		{"The harbour master added to reporters that the pier would stay shut.", "the pier would stay shut.", "The harbour master"},
		{"The harbour master added to his earlier remarks that the pier would stay shut.", "the pier would stay shut.", "The harbour master"},
	})
	checkSpeakers(t, []attributionCase{
		{`"The pier stays shut," the harbour master added.`, "The pier stays shut", "the harbour master"},
	})
}

// TestTheyAfterAListOfSpeakers: "they" after speakers listed with "; and"
// is theirs, told by the last one's name, not an earlier plural speaker's.
func TestTheyAfterAListOfSpeakers(t *testing.T) {
	a := structured("Many residents claim that the mayor tried to stop the audit.",
		"Council Chairman Tom Berg, R-Ohio; Finance Chairman Ann Lee, R-Ohio; and Audit Chairman Joe Dahl, R-Ohio, said in a joint statement that the memos were clear.",
		`"The memos also made clear the mayor wanted the audit finished," they added.`)
	if q := findQuote(a, "The memos also made clear the mayor wanted the audit finished"); q == nil || q.Speaker != "Audit Chairman Joe Dahl" {
		t.Errorf("want the quotation by Audit Chairman Joe Dahl; quotes: %s", describeQuotes(a))
	}
}

// TestHeAfterATitledSpeaker: a name after a person's role, led by "the"
// ("the US ambassador Anna Berg"), is a person, whom a later "she" means,
// not someone named before or inside the words she reported.
func TestHeAfterATitledSpeaker(t *testing.T) {
	a := structured("Tom Vale will visit Oslo in July despite the threat of protests.",
		`Despite the protests, the US ambassador Anna Berg confirmed Tom Vale would "definitely be coming to Oslo". She told the radio on Friday: "He is thick-skinned."`)
	if q := findQuote(a, "He is thick-skinned."); q == nil || q.Speaker != "the US ambassador Anna Berg" {
		t.Errorf("want the quotation by the US ambassador Anna Berg; quotes: %s", describeQuotes(a))
	}
}

// TestHeAfterAPossessor: a headline's question ("What Congress Could Do")
// names no one a "he" could mean; a person owned ("Roe's lawyer") is
// someone else than the owner.
func TestHeAfterAPossessor(t *testing.T) {
	checkArticleSpeakers(t, []articleCase{
		{[]string{"What Congress Could Do to Stop the Harbour Plan",
			"The plan would give the council a vote within 60 days.",
			"The council would not close the harbour, and indeed, he is arguing that it would merely give the port a say."},
			"it would merely give the port a say.", "he"},
		{[]string{"Sen. Bob Roe has written a bill on the harbour.",
			"Roe's lawyer, Tom Diaz, spoke on Monday. He said the bill was sound."},
			"the bill was sound.", "Roe's lawyer, Tom Diaz"},
	})
}

// TestSpeechInsideQuotations: reported speech inside a direct quotation's
// words is another speaker's attribution, held by the quotation, when its
// speaker and cue lie inside the words and name someone of their own; a
// pronoun ("I told him", "he said") or everyone ("people say") inside
// someone's words is the quoted speaker's own talk.
func TestSpeechInsideQuotations(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{`"The harbour master said the safety report was fabricated," Ana Roe wrote.`, "the safety report was fabricated,", "The harbour master"},
		{`"The harbour master said the safety report was fabricated," Ana Roe wrote.`, "The harbour master said the safety report was fabricated,", "Ana Roe"},
		{`"Tell them the truth," Ana Roe said. "According to the port authority, the pier was never inspected."`, "the pier was never inspected.", "the port authority"},
		{`Ana Roe wrote: "The ferry company denied that its captain had been drinking before the crossing."`, "its captain had been drinking before the crossing.", "The ferry company"},
		{`"According to the port authority, in 2030 the pier will carry twice the freight," Ana Roe said.`, "in 2030 the pier will carry twice the freight,", "the port authority"},
	})
	a := structured(`"The harbour master said the safety report was fabricated," Ana Roe wrote.`)
	if q := findQuote(a, "the safety report"); q == nil || q.Act != ActDeny {
		t.Errorf("the held report is no denial of the harbour master's; quotes: %s", describeQuotes(a))
	}
	for _, p := range []string{
		`"I told him the safety report was fabricated," Ana Roe wrote.`,
		`"We said the safety report was fabricated from the start," Ana Roe wrote.`,
		`"He told me the safety report was fabricated," Ana Roe wrote.`,
		`"People say the safety report was fabricated," Ana Roe wrote.`,
		`"The harbour master thinks the safety report was fabricated," Ana Roe wrote.`,
		`"Ana Roe has said the safety report was fabricated from the start," Ana Roe wrote.`,
		`"The Port Authority of Lagos rejects the claims about the pier," the authority said.`,
		`"The questions the mayor asked in this debate show why voters distrust the council," Ana Roe wrote.`,
		`"The harbour master wrote it in the car on the way back from the pier," Ana Roe said.`,
	} {
		a := structured(p)
		if len(a.Quotes) != 1 || a.Quotes[0].Kind != QuoteDirect {
			t.Errorf("%q: want the quotation alone; quotes: %s", p, describeQuotes(a))
		}
	}
}

// TestRoleOfUnqualifiedHolder: "the president" is the person the article
// names with the bare title, not a foreign holder it names with "of" and a
// country ("President Lars Berg of Norway") after that; with only a
// qualified holder, that one. A capitalised "the President" is the role
// too.
func TestRoleOfUnqualifiedHolder(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`President Ana Roe toured the port on Monday. She later called President Lars Berg of Norway about the strike. The president said the talks would go on.`, "the talks", "President Ana Roe"},
		{`Ana Roe toured the port on Monday. She later called President Lars Berg of Norway about the strike. The president said the talks would go on.`, "the talks", "President Lars Berg"},
		{`President Ana Roe toured the port on Monday. The President said the talks would go on.`, "the talks", "President Ana Roe"},
	})
}

// TestDescribedRoleOfNamed: "the embattled prime minister" is the prime
// minister named before, as "the prime minister" is; "the new prime
// minister" is someone else, and "the former prime minister" only one
// named "Former Prime Minister".
func TestDescribedRoleOfNamed(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`Prime Minister Ana Roe spoke on Sunday. The embattled prime minister denounced the vote, accusing the clerk of fraud.`, "the clerk of fraud", "Prime Minister Ana Roe"},
		{`Prime Minister Ana Roe spoke on Sunday. The beleaguered prime minister said the vote was rigged.`, "the vote was rigged", "Prime Minister Ana Roe"},
		{`Prime Minister Ana Roe spoke on Sunday. The new prime minister said the vote was rigged.`, "the vote was rigged", "The new prime minister"},
		{`Prime Minister Ana Roe spoke on Sunday. The acting prime minister said the vote was rigged.`, "the vote was rigged", "The acting prime minister"},
		{`Prime Minister Ana Roe spoke on Sunday. The ex-prime minister said the vote was rigged.`, "the vote was rigged", "The ex-prime minister"},
		{`Former Prime Minister Tom Hale spoke on Sunday. Prime Minister Ana Roe left. The ex-prime minister said the vote was rigged.`, "the vote was rigged", "Former Prime Minister Tom Hale"},
		{`Prime Minister Ana Roe spoke on Sunday. The then-prime minister said the vote was rigged.`, "the vote was rigged", "Prime Minister Ana Roe"},
		{`Former Prime Minister Tom Hale spoke on Sunday. Prime Minister Ana Roe left. The former prime minister said the vote was rigged.`, "the vote was rigged", "Former Prime Minister Tom Hale"},
	})
}

// TestSurnameBeforeHomePlace: a person named "Senator Tom Reyes of
// Oregon" is "Reyes" later, so a "he" in Reyes's sentence is Reyes, not
// the person named in between; "Secretary of State Tom Reyes" is Reyes
// too.
func TestSurnameBeforeHomePlace(t *testing.T) {
	for _, tc := range []struct{ first, speaker string }{
		{"Senator Tom Reyes of Oregon said he will vote for the harbour bill.", "Reyes"},
		{"Secretary of State Tom Reyes said he will vote for the harbour bill.", "Reyes"},
	} {
		a := structured(tc.first,
			"Senator Chris Hale, a Delaware Democrat, plans to announce his decision on Tuesday.",
			`Reyes backed the bill, pointing to "shortcomings" that he said the state must address.`)
		if q := findQuote(a, "shortcomings"); q == nil || q.Speaker != tc.speaker {
			t.Errorf("%q: want the shortcomings by %q; quotes: %s", tc.first, tc.speaker, describeQuotes(a))
		}
	}
}

// TestRecountIsACue: "recounts" after a quotation names its speaker, as
// "recalls" does.
func TestRecountIsACue(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`"The ferry left without us and we swam back," Ana Roe recounts in her memoir.`, "The ferry left", "Ana Roe"},
		{`"The ferry left without us and we swam back," Ana Roe recounted.`, "The ferry left", "Ana Roe"},
	})
}

// TestQuotedCueLayer: a paraphrase whose clause opens with a name and a
// quotation starting with a cue ('Roe wrote that the mayor "believed
// ..."') holds the named speaker's report, whose act is not the outer
// speaker's.
func TestQuotedCueLayer(t *testing.T) {
	p := `Ana Roe wrote that the mayor "believed the safety report was a lie from start to finish."`
	checkSpeakers(t, []attributionCase{{p, "the safety report", "the mayor"}})
	a := structured(p)
	if q := findQuote(a, "the mayor"); q == nil || q.Speaker != "Ana Roe" || q.Act != ActSay {
		t.Errorf("%q: want Ana Roe's saying around the mayor's belief; quotes: %s", p, describeQuotes(a))
	}
}

// TestPartialInsideAnothersReport: quoted words inside another speaker's
// reported words are the quoting speaker's wording of that report, and
// make no act of the quoting speaker's.
func TestPartialInsideAnothersReport(t *testing.T) {
	p := `Ana Roe wrote that the mayor "thought he should order an inquiry" into the claims "to show the safety report was a lie."`
	a := structured(p)
	q := findQuote(a, "to show")
	if q == nil || q.Kind != QuotePartial || q.Act == ActDeny {
		t.Errorf("%q: want the partial quotation without a denial; quotes: %s", p, describeQuotes(a))
	}
}

// TestSingleQuoteContinuesParagraph: in an outlet that quotes in single
// marks, a quotation left open at a paragraph's end runs on when the next
// paragraph opens with a single mark and a capital; a stray apostrophe
// before a paragraph that opens otherwise is no quotation.
func TestSingleQuoteContinuesParagraph(t *testing.T) {
	a := structured("'The pier was old. I said they would have to wait,' Roe said. 'Like two ferries in a storm, you let them ride it out.",
		"'They waited for a week and it was hard.'")
	if q := findQuote(a, "Like two ferries in a storm, you let them ride it out."); q == nil || q.Kind != QuoteDirect || q.Speaker != "Roe" {
		t.Errorf("want the open quotation by Roe; quotes: %s", describeQuotes(a))
	}
	c := structured("The coach thanked the fans of rock 'n roll for cheering",
		"'It was a great night,' the coach said.")
	for _, q := range c.Quotes {
		if strings.HasPrefix(c.Slice(q.Span), "n roll") {
			t.Errorf("an apostrophe of elision opened a quotation: %s", describeQuotes(c))
		}
	}
	b := structured("'The pier was old,' Roe said. 'Like two ferries in a storm, you let them ride it out.",
		"The council met on Monday.")
	if q := findQuote(b, "Like two ferries in a storm, you let them ride it out."); q != nil {
		t.Errorf("an open single mark before a paragraph of prose is no quotation; quotes: %s", describeQuotes(b))
	}
}

// TestSpeechInsideQuotationsBounded: a report inside someone's quoted talk
// ends before the talk turns back to its own comment (", which is false"),
// and a saying in a condition or a question inside the talk reports no one.
func TestSpeechInsideQuotationsBounded(t *testing.T) {
	a := structured(`"The Courier reported that I lied, which is false," Roe said.`)
	if q := findQuote(a, "I lied"); q == nil || q.Speaker != "The Courier" || q.Act == ActDeny {
		t.Errorf("want the Courier's report without Roe's rebuttal; quotes: %s", describeQuotes(a))
	}
	b := structured(`"The harbour master said the report, which was leaked on Monday, was fabricated," Roe said.`)
	if q := findQuote(b, "the report, which was leaked on Monday, was fabricated,"); q == nil || q.Speaker != "The harbour master" || q.Act != ActDeny {
		t.Errorf("a which-clause inside the report is the report's; quotes: %s", describeQuotes(b))
	}
	c := structured(`"The harbour master said the pier was safe, but costly," Roe said.`)
	if q := findQuote(c, "the pier was safe, but costly,"); q == nil || q.Speaker != "The harbour master" {
		t.Errorf("a 'but' with no subject of its own goes on with the report; quotes: %s", describeQuotes(c))
	}
	d := structured(`"Port officials did say the report was fabricated," Roe said.`)
	if q := findQuote(d, "the report was fabricated,"); q == nil || q.Speaker != "Port officials" {
		t.Errorf("an emphatic 'did say' asserts; quotes: %s", describeQuotes(d))
	}
	for _, p := range []string{
		`"If the harbour master said the report is fabricated, he would be lying," Roe said.`,
		`"If in fact the harbour master said the report is fabricated, he would be lying," Roe said.`,
		`"Did the harbour master say the report was fabricated? No," Roe said.`,
		`"As the old harbour master said, the reports of my retirement are exaggerated," Roe said.`,
	} {
		for _, q := range structured(p).Quotes {
			if strings.EqualFold(q.Speaker, "the old harbour master") || q.Speaker == "the harbour master" {
				t.Errorf("%q: a saying in a condition or question, or one borrowed, is reported: %s", p, describeQuotes(structured(p)))
			}
		}
	}
}

// TestTheyAfterJoinedClauses: ", and" joining two clauses makes no list
// of speakers: a later "they" is not the second clause's speaker alone.
func TestTheyAfterJoinedClauses(t *testing.T) {
	a := structured("The harbour workers said the pier was unsafe.",
		"The mayor met the governor on Monday, and the police chief said the talks went well.",
		`"We want the pier fixed," they added.`)
	if q := findQuote(a, "We want the pier fixed"); q == nil || q.Speaker == "the police chief" {
		t.Errorf("want the quotation not given to the police chief; quotes: %s", describeQuotes(a))
	}
}

// TestTitledPlaceIsNoPerson: a place named with a title ("the President
// Hotel") is no person a later "he" means.
func TestTitledPlaceIsNoPerson(t *testing.T) {
	a := structured("Harbour master Tom Vale met the press on Monday.",
		`The President Hotel said the rooms were booked. "We are full," he added.`)
	if q := findQuote(a, "We are full"); q == nil || q.Speaker == "The President Hotel" {
		t.Errorf("want the quotation not given to the hotel; quotes: %s", describeQuotes(a))
	}
}

// TestColonLeadOfAReportedClause: a reported clause running to a colon
// introduces the next paragraph's quotation as its speaker's words, not
// those of a name inside the clause.
func TestColonLeadOfAReportedClause(t *testing.T) {
	a := structured("Roe warned that a Norwegian naval blockade could strengthen the smugglers:",
		`"A blockade would raise prices and unleash a new wave of smuggling."`)
	if q := findQuote(a, "A blockade would raise prices and unleash a new wave of smuggling."); q == nil || q.Speaker != "Roe" {
		t.Errorf("want the quotation by Roe; quotes: %s", describeQuotes(a))
	}
	b := structured("Roe said that Ana Doe told her:", `"We will not sell the pier."`)
	if q := findQuote(b, "We will not sell the pier."); q == nil || q.Speaker != "Ana Doe" {
		t.Errorf("a reported clause that reports a saying leads to its speaker; quotes: %s", describeQuotes(b))
	}
}

// TestContractedPronounSpeaker: a pronoun contracted with an auxiliary
// ("They've asked for") is the pronoun, resolved as it is.
func TestContractedPronounSpeaker(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{"Port officials have cited the storm for the delay. They've asked for two more tugs and a pilot boat.", "two more tugs and a pilot boat.", "Port officials"},
	})
}

// TestSpeechBeforeClosingAccordingTo: "X said Y, according to Reuters"
// holds X's saying as well as the report's; a participle's cue before the
// tag ("They declined, citing ...") makes none.
func TestSpeechBeforeClosingAccordingTo(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{"The harbour master, though, said Thursday he is confident the pier will reopen by June, according to Reuters.", "he is confident the pier will reopen by June", "The harbour master"},
		{"The harbour master, though, said Thursday he is confident the pier will reopen by June, according to Reuters.", "The harbour master, though, said Thursday he is confident the pier will reopen by June", "Reuters"},
	})
	a := structured("Officials asked two banks to help. They both declined, citing the cost of processing the transfer, according to the report.")
	for _, q := range a.Quotes {
		if q.Verb == "citing" {
			t.Errorf("a participle before the tag made an attribution: %s", describeQuotes(a))
		}
	}
}

// TestPolledPeopleAreNoAsking: "people questioned", "Americans asked
// about the strike" describe those polled, whose saying comes later; a
// reporter who asks about something asks.
func TestPolledPeopleAreNoAsking(t *testing.T) {
	for _, p := range []string{
		"Harbour residents asked about the ferry said no.",
		"Most of the people questioned in the harbour towns say the ferry should stay.",
	} {
		for _, q := range structured(p).Quotes {
			if strings.HasPrefix(strings.ToLower(q.Verb), "asked") || strings.HasPrefix(strings.ToLower(q.Verb), "questioned") {
				t.Errorf("%q: a participle of those polled read as a cue: %s", p, describeQuotes(structured(p)))
			}
		}
	}
	checkSpeakers(t, []attributionCase{{"Reporters asked whether the ferry would run on Monday.", "the ferry would run on Monday.", "Reporters"}})
}

// TestTitledPersonWithAPlaceWordSurname: a surname that is also a place
// word ("Hall") is still a person after a title.
func TestTitledPersonWithAPlaceWordSurname(t *testing.T) {
	a := structured("The council met on Monday.",
		`The Senator Tony Hall said the pier was unsafe. "We must close it," he added.`)
	if q := findQuote(a, "We must close it"); q == nil || q.Speaker != "The Senator Tony Hall" {
		t.Errorf("want the quotation by the senator; quotes: %s", describeQuotes(a))
	}
}

// TestSpeakerWithTagAndPlace: a party tag after the name and the place the
// speaker comes from after it ("Sen. Jane Roe (R) of Ohio said") leave the
// name as the speaker.
func TestSpeakerWithTagAndPlace(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`"The pier is a red line," Senator Jane Roe (R) of South Carolina said on Monday.`, "The pier is a red line", "Senator Jane Roe"},
		{"Senator Jane Roe (R) of South Carolina said the pier was unsafe.", "the pier was unsafe.", "Senator Jane Roe"},
	})
}

// TestPassiveChargeOrDeed checks that only a charge in the passive names
// its agent as a speaker: "was hit by a storm" and "a view endorsed by
// the crowd" report nothing, nor does a pledge made to a hearer.
func TestPassiveChargeOrDeed(t *testing.T) {
	checkNoAttribution(t, `The old ferry was hit by a storm of unusual force off the pier.`,
		`The harbour plan was endorsed by the board of the port authority.`,
		`Roe's pledge to harbour voters in the north won her the vote.`)
}

// TestNounCueSubjectEndsAtPredicate checks that the words of a noun cue
// opening its sentence end where the sentence's own predicate begins: "Roe's
// denial of any role was swift" reports "any role", not "was swift"; "his
// pledge to rebuild the pier did little" ends before "did". A denial of
// something withheld ("denial of water to the villages") reports nothing.
func TestNounCueSubjectEndsAtPredicate(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{`Norland's denial of any role in the trawler sinking was swift.`, "any role in the trawler sinking", "Norland"},
		{`Norland's warning that the ferry could sink within weeks alarmed the mayor.`, "the ferry could sink within weeks", "Norland"},
		{`Roe's pledge to rebuild the pier by next year went unfulfilled.`, "to rebuild the pier by next year", "Roe"},
		{`Roe's accusation that Lee hid the losses and would be a poor mayor if he were elected touched off a row.`, "Lee hid the losses and would be a poor mayor if he were elected", "Roe"},
		{`Roe's vow to block the harbour bill cost him support.`, "to block the harbour bill", "Roe"},
		{`Roe's pledge to rebuild the pier did little to calm the crowd.`, "to rebuild the pier", "Roe"},
		{`Roe's pledge to do what he can for the port won praise.`, "to do what he can for the port", "Roe"},
		{`Norland's denial of the attack on the ferry was swift.`, "the attack on the ferry", "Norland"},
	})
	checkSpeakers(t, []attributionCase{
		{paragraph: `Norland's denial of reports that it sold drones to Vesta came on Monday.`, content: "reports that it sold drones to Vesta", speaker: "Norland"},
		{paragraph: `Norland's denial of supplying drones to Vesta was swift.`, content: "supplying drones to Vesta", speaker: "Norland"},
		{paragraph: `Norland's denial of the massacre angered the villagers.`, content: "the massacre", speaker: "Norland"},
	})
	checkExactAttributions(t, []attributionCase{
		{`Norland's denial of the massacre in Vesta drew outrage.`, "the massacre in Vesta", "Norland"},
	})
	checkNoAttribution(t, `Norland's denial of boarding rights to the inspectors angered the council.`,
		`The council's denial of funding for the pier led to a strike.`)
	// A denial of something withheld is no one's words.
	checkNoAttribution(t, `Norland's denial of water and fuel to the villages drew protests.`,
		`Norland's denial of access to the inspectors angered the council.`,
		`Norland's denial of entry was issued late.`)
}

// TestSayingThereWas checks a bound "saying" before an expletive "there"
// and its form of "be", after an opening time set off by a comma: the
// words are the main clause subject's. A cue word WordNet lists that
// follows a quantity after "be" ("there was some evidence that") is the
// noun, no speech of the words before it.
func TestSayingThereWas(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{`Thursday, the harbour board joined the ferry union in saying there was some evidence that the pier had cracked.`, "there was some evidence that the pier had cracked.", "the harbour board"},
		{`Thursday, the administration joined Norland and Vik in saying there was some evidence that the pier had cracked.`, "there was some evidence that the pier had cracked.", "the administration"},
	})
	checkNoSpeakers(t, `There was some evidence that the pier had cracked under the weight of the ferry.`)
}

// TestPronounPossessorNounCue checks a noun cue whose possessor is a
// pronoun after a preposition ("with his assertion that"): the pronoun is
// the possessor, not a modifier to look past. A participle modifying a
// noun cue after a determiner ("with the implied warning that") names no
// speaker.
func TestPronounPossessorNounCue(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`Mayor Ana Roe won the vote with her assertion that the ferry would keep running all winter.`, "the ferry would keep running all winter", "Mayor Ana Roe"},
	})
	checkNoAttribution(t, `The port closed the pier, with the implied warning that the ferry might then stop running.`)
}

// TestRelativeClauseOnPlainNoun checks a saying verb whose subject is a
// plain noun or role described by a relative clause, after a lead-in
// ("But executives who have worked with the mayor say"): the noun speaks.
// A "that" opening a clause of its own ("rumours that the mayor had
// quit") describes no speaker.
func TestRelativeClauseOnPlainNoun(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`But executives who have worked with the mayor say they expect him to run again.`, "they expect him to run again", "executives"},
		{`Still, local groups that have backed the plan say they believe the vote should count.`, "they believe the vote should count", "local groups"},
	})
	checkNoAttribution(t, `But rumours that the mayor had quit say more about the town than about him.`)
}

// TestClosingAttributionRelativeTime checks a closing attribution whose
// verb a relative time follows ("reported last week", "said earlier this
// month"): the words before the comma are the speaker's. A bare "last"
// is no time.
func TestClosingAttributionRelativeTime(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{`Ferry prices have been higher than in any year since 2004, the harbour board reported last week.`, "Ferry prices have been higher than in any year since 2004", "the harbour board"},
		{`The pier will reopen in May, the mayor said earlier this month.`, "The pier will reopen in May", "the mayor"},
	})
	checkNoAttribution(t, `The pier will reopen in May, the mayor said last.`)
}

// TestConjunctionOpeningSentence checks a sentence opened by "And" or
// "But" before a bare plural subject: the conjunction joins the sentence
// to the one before, not a noun to the subject, so the subject speaks.
func TestConjunctionOpeningSentence(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`And officials say that the new pier has cut the fishing fleet's catch in half.`, "the new pier has cut", "officials"},
		{`And surveys suggest that even some fishermen find the new pier useful.`, "even some fishermen", "surveys"},
		{`And Mayor Roe and his aides say that the pier will reopen in May.`, "the pier will reopen", "Mayor Roe and his aides"},
	})
}

// TestClauseAfterCommaAnd checks a clause joined by a comma and "and"
// whose subject is a bare plural ("..., and experts say ..."): the "and"
// opens a clause, so the plural speaks. The last item of a list
// ("Teachers, nurses, and firefighters say") is not the list's subject.
func TestClauseAfterCommaAnd(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`No one has found the leak in the ferry's hull, and engineers say it may take weeks to find it.`, "it may take weeks", "engineers"},
		{`The pier, which is old, is closed, and officials say it will reopen in May.`, "it will reopen in May", "officials"},
	})
	checkNoAttribution(t, `Teachers, nurses, and firefighters say the pay rise is too small.`)
}

// TestContractedProgressive checks a progressive whose "be" is contracted
// onto its subject pronoun ("he's predicting", "they’re saying"): the
// participle is the clause's verb and the pronoun its speaker. A noun's
// "'s" is a possessive as often as "is", and is left alone.
func TestContractedProgressive(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`And he’s predicting that the ferry line will go bankrupt within a year.`, "the ferry line will go bankrupt", "he"},
		{`They're saying the pier will reopen in May after the repairs.`, "the pier will reopen in May", "They"},
	})
	checkNoAttribution(t, `Her aunt's saying about the sea was painted on the wall of the pier.`)
}

// TestRelativeClauseAfterQuote checks a relative clause on a quotation's
// speaker after its attribution ('"...," said Harvey, who added that
// ...'): the named speaker speaks the clause its reporting verb opens. A
// relative clause that reports nothing ("who was standing near the
// stage") adds no attribution.
func TestRelativeClauseAfterQuote(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{`"The pier is rotten," said Tom Harvey, who added that the council had ignored his letters for years.`, "the council had ignored his letters for years", "Tom Harvey"},
		{`"The pier is rotten," said Tom Harvey, who acknowledged the council was short of money.`, "the council was short of money", "Tom Harvey"},
		{`"The pier is rotten," said Tom Harvey, 54, who added that the council had ignored his letters for years.`, "the council had ignored his letters for years", "Tom Harvey"},
		{`"The pier is rotten," said Harvey's lawyer, Ann Lutz, who added that the council had ignored his letters for years.`, "the council had ignored his letters for years", "Ann Lutz"},
	})
	for _, p := range []string{
		`"The pier is rotten," said Tom Harvey, who was standing near the ferry with his daughter.`,
		// A name closing a longer speaker phrase is not whom the clause is about.
		`"The pier is rotten," said an aide to Mayor Ann Lutz, who added that the council had ignored his letters for years.`,
	} {
		if a := structured(p); len(a.Quotes) != 1 {
			t.Errorf("%q: want only the quotation; quotes: %s", p, describeQuotes(a))
		}
	}
}

// TestClosingAsAttribution checks a sentence that ends with an "as"
// attribution after a comma ("..., as the columnist noted last week."):
// the words before the comma are the speaker's. An "as" clause that goes
// on with words of its own ("as she said the pier would close") or
// reports nothing ("as the band played") is no such ending.
func TestClosingAsAttribution(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{`Raising the specter of runaway ferry fares is a classic scare tactic, as Ann Lee noted in the Harbour Times.`, "Raising the specter of runaway ferry fares is a classic scare tactic", "Ann Lee"},
		{`The council discussed a walkout over the pier, as the Daily Ledger reported a few days later.`, "The council discussed a walkout over the pier", "the Daily Ledger"},
	})
	checkNoAttribution(t, `The mayor nodded to the crowd, as the band played a slow song for the fishermen.`)
	a := structured(`The mayor nodded to the crowd, as she said the pier would close for good in May.`)
	if q := findQuote(a, "The mayor nodded"); q != nil {
		t.Errorf("the words before the comma are no one's; quotes: %s", describeQuotes(a))
	}
}

// TestClosingAttributionSpanOfTime checks a closing attribution whose
// verb a span of time counted back follows ("said two days later",
// "said months ago"): the words before the comma are the speaker's.
func TestClosingAttributionSpanOfTime(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{`The pier will be closed for a year, the mayor said months ago.`, "The pier will be closed for a year", "the mayor"},
		{`The ferry company had hidden its losses, the Daily Ledger reported two days later.`, "The ferry company had hidden its losses", "the Daily Ledger"},
	})
}

// TestOpeningAsReportedBy checks a sentence opened by "As reported by"
// and an agent ("As first reported by the Daily Ledger, ..."): the agent
// speaks the main clause, and a speaker the main clause reports keeps
// their own words. A participle that reports nothing ("As expected
// by most fishermen") gives the clause no speaker.
func TestOpeningAsReportedBy(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{`As reported by the Daily Ledger, the council was told to keep the ferry files under lock.`, "the council was told to keep the ferry files under lock.", "the Daily Ledger"},
		{`As first reported by Ann Lee, the pier has been closed since the storm.`, "the pier has been closed since the storm.", "Ann Lee"},
		// A main clause reporting speech of its own holds its speaker's words too.
		{`As reported by the Daily Ledger, Norland denied that its gunners had shelled the pier.`, "its gunners had shelled the pier.", "Norland"},
	})
	checkNoAttribution(t, `As expected by most fishermen, the pier has been closed since the storm.`)
}

// TestWhenAskedInsideSentence checks the question of "when asked" inside a
// sentence, whose asker is not named: what follows "about" or the question
// word, to the sentence's end or its next comma. "When asked to leave"
// puts no question.
func TestWhenAskedInsideSentence(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{`"You bet I would," Mr. Lund said when asked whether he would close the pier to ferries from the mainland.`, "whether he would close the pier to ferries from the mainland", ""},
		{`Mr. Lund appears uneasy when asked about his daughter's work for the ferry company.`, "his daughter's work for the ferry company", ""},
		{`On Sunday, when asked about the ferry strike, the governor said he expected it to end soon.`, "the ferry strike", ""},
	})
	checkNoAttribution(t, `Mr. Lund grew angry when asked to leave the pier before the ferry docked.`)
}

// TestSaidAfterQuotedPredicate checks a reporting verb joined by "and"
// right after a quotation ('proposed we "close the pier" and said ...'):
// its clause is the quotation's speaker's. A clause after "and" with a
// subject of its own is not.
func TestSaidAfterQuotedPredicate(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{`Ann Lee, the harbour master, proposed they "close the pier for good" and said the ferry company should pay for a new one.`, "the ferry company should pay for a new one.", "Ann Lee"},
		{`Tom Reed had worked on the ferries - "ten years of cold mornings" - and said he was sure the pier would fall.`, "he was sure the pier would fall.", "Tom Reed"},
	})
	a := structured(`Ann Lee proposed they "close the pier for good" and the council said the ferry company should pay.`)
	if q := findQuote(a, "the ferry company should pay"); q != nil && q.Speaker == "Ann Lee" {
		t.Errorf("the council's words went to the quotation's speaker; quotes: %s", describeQuotes(a))
	}
}

// TestParticipleAsideBeforeSaid checks a participle set off by commas
// between a subject and its reporting verb ("Lund, citing the mayor's
// appeal, said ..."): the participle's words end at the comma, and the
// verb after it reports its own clause. A participle with no reporting
// verb after its comma keeps the rest of the sentence.
func TestParticipleAsideBeforeSaid(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{`Mr. Lund, citing the long delays at the pier, said the ferry line would move to another port.`, "the ferry line would move to another port.", "Mr. Lund"},
		{`Mr. Lund, citing the long delays at the pier, said the ferry line would move to another port.`, "the long delays at the pier", "Mr. Lund"},
	})
}

// TestOneWordSubjectAroundAttribution checks an attribution set off by
// commas after a one-word subject, when a predicate follows the second
// comma ("Time, Mr. Lee added, was on their side."): the whole sentence
// is the speaker's. Without a predicate ("Yes, she said, smiling") the
// word before the attribution is not reported.
func TestOneWordSubjectAroundAttribution(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{`Time, Mr. Lee added, was on the ferry company's side.`, "Time, Mr. Lee added, was on the ferry company's side.", "Mr. Lee"},
		{`That, the harbour master explained, is by design.`, "That, the harbour master explained, is by design.", "the harbour master"},
	})
	a := structured(`Yes, she said, smiling at the crowd on the pier.`)
	if q := findQuote(a, "Yes"); q != nil {
		t.Errorf("an interjection is no subject; quotes: %s", describeQuotes(a))
	}
}

// TestThoseSurveyedSpeak checks "those surveyed" (polled, interviewed,
// questioned) before a saying verb: the people polled speak. A share of
// them keeps its quantity ("Most of those interviewed").
func TestThoseSurveyedSpeak(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`By big margins, those surveyed say the ferry should be the first priority for the next mayor.`, "the ferry should be the first priority", "those surveyed"},
		{`Again, those polled said the mayor was best able to handle the strike.`, "the mayor was best able", "those polled"},
		{`Most of those interviewed say the pier should be rebuilt.`, "the pier should be rebuilt", "Most of those interviewed"},
	})
}

// TestClosingCountedPlural checks a closing attribution whose speaker is a
// count and a plain plural ("..., several friends said."): the count of
// people speaks. A possessed plural ("the city's plans") is not counted.
func TestClosingCountedPlural(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{`The harbour master spends his winters in Tampa and travels often, several friends said.`, "The harbour master spends his winters in Tampa and travels often", "several friends"},
		{`The pier will reopen in the spring, two neighbours said on Tuesday.`, "The pier will reopen in the spring", "two neighbours"},
	})
	checkNoAttribution(t, `The pier will reopen in the spring, the city's plans say.`)
}

// TestSubjectAfterSaidIsNoInvertedSpeaker checks a quotation inside a
// relative clause followed by "said" and a clause ('Lee, who calls the
// mayor a "menace," said he ...'): the pronoun or name after "said" opens
// the reported clause, with its own verb, and does not speak the
// quotation. '"...," said Mayor Ann Lee, who ...' keeps its speaker.
func TestSubjectAfterSaidIsNoInvertedSpeaker(t *testing.T) {
	for _, p := range []string{
		`Tom Hart, who calls the mayor a "menace," said he does not believe the pier is safe.`,
		`The mayor, who has called the plan "a disaster," said the council would vote on Tuesday.`,
	} {
		a := structured(p)
		for _, q := range a.Quotes {
			if q.Speaker == "he" || q.Speaker == "the council" {
				t.Errorf("%q: the reported clause's subject speaks; quotes: %s", p, describeQuotes(a))
			}
		}
	}
	checkSpeakers(t, []attributionCase{
		{`"We will rebuild," said Mayor Ann Lee, who was elected in May.`, "We will rebuild", "Mayor Ann Lee"},
	})
}

// TestInvertedAttributionInsideWords checks an inverted attribution set
// off by commas inside the words ("The contrast, said Lee and others,
// would be clear"): the words are the whole sentence. An appositive after
// the name ("said Ann Lee, the harbour master.") ends the words at the
// first comma.
func TestInvertedAttributionInsideWords(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{`The contrast with the old ferry, said Ann Lee and others, would be clear to every passenger.`, "The contrast with the old ferry, said Ann Lee and others, would be clear to every passenger.", "Ann Lee and others"},
		{`The pier is unsafe for the crowds, said Ann Lee, the harbour master.`, "The pier is unsafe for the crowds", "Ann Lee"},
	})
}

// TestShortAnnouncedObject checks an announcement whose object is two
// words ("announced his resignation"): what is announced is reported,
// though short. One word ("announced it") is not enough.
func TestShortAnnouncedObject(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`On Monday, the harbour master announced his resignation.`, "his resignation", "the harbour master"},
	})
	checkNoAttribution(t, `On Monday, the harbour master announced it.`)
}

// TestShortDenialOfAPart checks a denial whose object is two words naming
// the part denied ("denied any involvement"): a complete denial, though
// short; a denial of something withheld is none.
func TestShortDenialOfAPart(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`Ruritania has denied any involvement.`, "any involvement.", "Ruritania"},
		{`The harbour board denies any wrongdoing.`, "any wrongdoing.", "The harbour board"},
	})
	checkNoAttribution(t, `The harbour board denied the motion.`, `The harbour board denied them access.`)
}

// TestRelativeClauseAfterPartyTag checks a legislator's name, a
// party-state tag with its full stop and a relative clause before the
// reporting verb: the name speaks, not the tag nor the clause.
func TestRelativeClauseAfterPartyTag(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`Sen. Tom Hale, R-Ky., who backed the harbour bill in May, said in a statement: "The pier must close."`, "The pier must close.", "Sen. Tom Hale"},
		{`Rep. Ann Lee, D-Calif., who chairs the panel, said: "We will vote."`, "We will vote.", "Rep. Ann Lee"},
		{`Rep. Ann Lee, D-Calif., said: "We will vote."`, "We will vote.", "Rep. Ann Lee"},
		// The tagged name is a preposition's object: the aide speaks.
		{`An aide to Sen. Tom Hale, R-Ky., who asked not to be named, said the vote would slip.`, "the vote would slip.", "An aide"},
	})
}

// TestJustBeforeReportingVerb checks "just" between the speaker and the
// verb: an adverb, no part of the speaker's name. "Just 5 percent" still
// counts those polled.
func TestJustBeforeReportingVerb(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`Tom Hale just told a group of reporters that the ferry "would not run" this winter.`, "would not run", "Tom Hale"},
		{`Tom Hale just said that the ferry would not run this winter.`, "the ferry would not run this winter.", "Tom Hale"},
		{`Just 5 percent said the ferry should run.`, "the ferry should run.", "Just 5 percent"},
	})
}

// TestIssuedDocumentAroundQuotes checks a statement put out whose words
// hold a quotation ("issued a statement saying the report is
// "baseless""): the words are the subject's, and the quoted word is theirs
// too, no distance the outlet takes.
func TestIssuedDocumentAroundQuotes(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`The harbour board issued a statement saying the audit is "baseless" and late.`, "the audit is \"baseless\" and late", "The harbour board"},
		{`The harbour board issued a statement saying the audit is "baseless" and late.`, "baseless", "The harbour board"},
		{`Tom Hale released a statement calling the ferry plan "a steep price" for the island.`, "a steep price", "Tom Hale"},
		// Another saying later in the sentence leaves the statement's
		// quoted words the board's.
		{`The harbour board issued a statement saying it was "deeply troubled" by the vote, saying earlier councils had rejected "such reckless plans" because they "hurt the harbour."`, "deeply troubled", "The harbour board"},
	})
	checkNoSpeakers(t, `The company released a video showing the "new" ferry.`)
	// A video shows, it says nothing: the quoted word stays the outlet's
	// distance beside the leader's saying.
	a := structured(`The union released a video showing the "peaceful" march, and its leader said the police had lied.`)
	if q := findQuote(a, "peaceful"); q == nil || q.Kind != QuoteScare {
		t.Errorf("want \"peaceful\" a scare quote; quotes: %s", describeQuotes(a))
	}
	// A name in quotation marks inside the words is no quoted word of the board's.
	a = structured(`The harbour board issued a statement saying the so-called "Harbour Watch" had closed the pier.`)
	if q := findQuote(a, "Harbour Watch"); q == nil || q.Kind != QuoteScare {
		t.Errorf("want \"Harbour Watch\" a scare quote; quotes: %s", describeQuotes(a))
	}
}

// TestBoundParticipleAsideAndSecondClause checks "with some – an aside –
// arguing that A, and that B": the subject stands before the dashes, and
// the cue's second that-clause is its words too; a second subject with
// its own participle after ", and" is not.
func TestBoundParticipleAsideAndSecondClause(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{`The plan split the council, with some – including Ann Lee, a councillor from the harbour ward – arguing that the pier was unsafe, and that the ferry should stop.`,
			"the pier was unsafe, and that the ferry should stop.", "some"},
		{`The vote split the board, with most members arguing that the pier was unsafe, and the mayor asking for a delay.`, "the pier was unsafe", "most members"},
		// A verb's "with" and an aside that names no members: the subject speaks.
		{`Lawmakers met with donors on Monday – a rare event – arguing that the pier was unsafe.`, "the pier was unsafe.", "Lawmakers"},
	})
}

// TestCountedSpeakers checks a speaker that is a counted group with its
// count's lead ("More than 30 lawmakers", "Close to three dozen House
// Democrats"): the whole phrase speaks, not its first word, and "than" or
// "to" is no preposition whose object the group would be.
func TestCountedSpeakers(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`More than 30 lawmakers said the ferry plan was unsafe.`, "the ferry plan was unsafe.", "More than 30 lawmakers"},
		{`Close to three dozen harbour pilots said the ferry plan was unsafe.`, "the ferry plan was unsafe.", "Close to three dozen harbour pilots"},
		{`Nearly three dozen House Democrats said the ferry plan was unsafe.`, "the ferry plan was unsafe.", "Nearly three dozen House Democrats"},
		{`Close to three dozen House Democrats have signed a letter from Rep. Ann Lee, Democrat of Ohio, calling the ferry plan "unsafe" and "costly."`, "unsafe", "Close to three dozen House Democrats"},
		{`The plan was backed by more than 30 lawmakers, the mayor said.`, "The plan was backed by more than 30 lawmakers", "the mayor"},
		{`More than half of voters said the ferry plan was unsafe.`, "the ferry plan was unsafe.", "More than half of voters"},
		{`Six in 10 islanders say the ferry plan is unsafe.`, "the ferry plan is unsafe.", "Six in 10 islanders"},
		{`One out of five voters said the ferry plan was unsafe.`, "the ferry plan was unsafe.", "One out of five voters"},
	})
}

// TestThatAfterInfinitiveIsRelative checks that a "that" after an
// infinitive or a contracted subject and verb ("called on the state to
// repair the bridge that carries", "say there's a gap that") opens a
// relative clause inside the reported words, not the words themselves.
// A "that" after a hearer ("told reporters that", "said to reporters
// that") still opens them.
func TestThatAfterInfinitiveIsRelative(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{`The mayor has called on the state to repair the bridge that carries the highway.`, "the state to repair the bridge that carries the highway.", "The mayor"},
		{`The port authority wants to build new roads to the coast that bypass the old harbour.`, "to build new roads to the coast that bypass the old harbour.", "The port authority"},
		{`Engineers say there’s a gap in the levee that makes the plan moot.`, "there’s a gap in the levee that makes the plan moot.", "Engineers"},
		{`The mayor told reporters that the bridge would close.`, "the bridge would close.", "The mayor"},
		{`The mayor said to reporters that the bridge would close.`, "the bridge would close.", "The mayor"},
		{`The mayor said in a memo to staff that the bridge would close.`, "the bridge would close.", "The mayor"},
		{`The mayor said in a memo to staff that cuts were coming.`, "cuts were coming.", "The mayor"},
		{`The general said in a memo to staff that Norland fighters attacked the pier.`, "Norland fighters attacked the pier.", "The general"},
		{`The council urged the ministry to fix that bridge damaged in the storm.`, "the ministry to fix that bridge damaged in the storm.", "The council"},
		{`The council urged the ministry to end that Norland blockade.`, "the ministry to end that Norland blockade.", "The council"},
		{`The council urged the ministry to fix that Main Street bridge damaged in the storm.`, "the ministry to fix that Main Street bridge damaged in the storm.", "The council"},
		// "that" before a noun is a determiner: the infinitive's object.
		{`The council urged the harbour board to end that dispute.`, "the harbour board to end that dispute.", "The council"},
		{`The mayor has pledged to veto that plan if it reaches her desk.`, "to veto that plan if it reaches her desk.", "The mayor"},
	})
}

// TestNameTagInsideObject checks that a party and state tag after a name
// ("Sen. Ann Roe (R-Ky.)") does not end a stance's object, while a
// bracketed aside in words ("the plan (which costs ...)") still does.
func TestNameTagInsideObject(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{`Rep. Tom Lee called on Gov. Ann Roe (D) to resign over the water crisis.`, "Gov. Ann Roe (D) to resign over the water crisis.", "Rep. Tom Lee"},
		{`The senator endorsed the re-election of Rep. Ann Roe (R-Ohio) and Sen. Bo Fry (R-Ala.).`, "the re-election of Rep. Ann Roe (R-Ohio) and Sen. Bo Fry (R-Ala.).", "The senator"},
		{`The senator praised the harbour plan (which costs $5 billion) for its speed.`, "the harbour plan", "The senator"},
	})
}

// TestStanceMatterAfterTime checks that a time inside a stance's object
// ends it only when no matter of the stance follows: "blasted her rival
// on Monday over his stance" reports the matter; "endorsed him last week
// at a rally" leaves the time and the setting to the outlet.
func TestStanceMatterAfterTime(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{`The mayor blasted her rival on Monday over his stance on taxes.`, "her rival on Monday over his stance on taxes.", "The mayor"},
		{`The mayor praised the council last week for its work on the harbour.`, "the council last week for its work on the harbour.", "The mayor"},
		{`The mayor endorsed the harbour plan last week at a rally in the park.`, "the harbour plan", "The mayor"},
	})
}

// TestClosingAttributionBeforeTimeTail checks that a closing attribution
// followed by a clause of time or a relative clause on the speaker ("...,
// the mayor said, two days after the vote.", "..., some engineers said,
// who cringe at the cost.") reports only the words before it. A reason
// ("..., he said, because ...") goes on with the speaker's words.
func TestClosingAttributionBeforeTimeTail(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{`The bridge will close in May, the mayor said on Thursday, two days after the vote.`, "The bridge will close in May", "the mayor"},
		{`The bridge will close in May, the mayor said, even after the vote.`, "The bridge will close in May", "the mayor"},
		{`The bridge will close in May, some engineers said, who cringe at the cost.`, "The bridge will close in May", "some engineers"},
		{`The bridge will close in May, the mayor said, because the piers are cracked.`, "The bridge will close in May, the mayor said, because the piers are cracked.", "the mayor"},
	})
}

// TestRelativeSayingAfterInvertedSpeaker checks that a relative clause on
// the speaker a quotation's inverted attribution names ('"...," said one
// former staffer, who said he left') reports that speaker's words, though
// the speaker phrase names no one.
func TestRelativeSayingAfterInvertedSpeaker(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{`"I couldn't stay," said one former staffer, who said he left on good terms.`, "he left on good terms", "one former staffer"},
	})
}

// TestPartialQuoteClauseBeforeTail checks that the outlet's words a
// partial quotation ends are reported by the attribution after it when a
// tail follows that attribution ('..., Smith said, adding that ...') or
// the attribution is an "according to" with a source of several words.
// An attribution with words of the speaker's after it ('..., Smith said
// the plan would fail.') reports no clause before.
func TestPartialQuoteClauseBeforeTail(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{`The former governor will play the "victim card," Smith said, adding that the way to beat it "is to attack her record."`, `The former governor will play the "victim card,"`, "Smith"},
		{`She later compared the meeting to a "root canal," according to Smith's memoir.`, `She later compared the meeting to a "root canal,"`, "Smith"},
	})
	a := structured(`The ferry plan is "a relic," Smith said the council would decide.`)
	if q := findQuote(a, "The ferry plan"); q != nil {
		t.Errorf("want no clause before the quotation; quotes: %s", describeQuotes(a))
	}
}

// TestPredicateAroundPartialQuote checks that a quoted fragment inside the
// predicate of a verb in the past or present tense that is no reporting
// verb ("ripped the mayor for acting as "..."", "projects that "..."")
// is reported with the whole predicate, ending before a participle or a
// second predicate. A copula's predicate, a quoted title and a noun that
// looks like a verb ("a few weeks later") report no such clause.
func TestPredicateAroundPartialQuote(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{`The former aide ripped the harbour master for acting as "the judge and the jury" in the ferry dispute.`, `the harbour master for acting as "the judge and the jury" in the ferry dispute.`, "The former aide"},
		{`The port authority projects that "a small fee on cargo" would raise $5 million a year.`, `"a small fee on cargo" would raise $5 million a year.`, "The port authority"},
		{`The mayor fired back that the "people of this city voted for me twice" for the job, and she left the hall.`, `the "people of this city voted for me twice" for the job`, "The mayor"},
	})
	for _, p := range []string{
		`Teachers on the island are "very, very fond of the ferry" these days.`,
		`The mayor acted in "Harbour Lights" before she ran for office.`,
		`A few weeks later, "the ferry" sailed again.`,
		// The quoted words are the participle's after "after": the
		// closing is a deed, no report.
		`The mayor closed the shelter on Monday after calling its residents "a danger to the town."`,
	} {
		a := structured(p)
		for _, q := range a.Quotes {
			if q.Kind == QuoteIndirect {
				t.Errorf("%q: want no reported clause; quotes: %s", p, describeQuotes(a))
			}
		}
	}
}

// TestViewHeldInPassive checks that a view of the subject held by the
// agent after "by" ("was seen by some as ...") is reported, subject and
// view together, to the first comma, with the agent as its holder. A view
// no one holds ("was widely seen as": the outlet's own hedged word), a
// view one may take ("can be seen as") and a participle describing a noun
// in passing ("A man seen as a reformer") are no report.
func TestViewHeldInPassive(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{`But the ferry plan, drafted on Sunday, was seen by some as a defeat for the mayor.`, "the ferry plan, drafted on Sunday, was seen by some as a defeat for the mayor", "some"},
		{`The ferry plan was viewed by critics as long overdue.`, "The ferry plan was viewed by critics as long overdue", "critics"},
		{`The ferry deal was seen by critics as a betrayal as well.`, "The ferry deal was seen by critics as a betrayal as well", "critics"},
	})
	checkNoAttribution(t,
		`The ferry was seen by residents as far back as 1990.`,
		`The ferry was seen by residents as soon as it left the fog.`,
		`The harbour master was seen by neighbours as he left the pier.`,
		`The ferry video was viewed by millions as of Monday.`,
		`The harbour hearing was widely seen as a test of the inquiry, which was then stalled.`,
		`The ferry plan can be seen as a defeat for the mayor.`,
		`A man seen as a reformer took office in the harbour town.`,
	)
}

// TestPartialQuoteAttributionInsideWords checks that an attribution set
// off by commas after a partial quotation, with the speaker's words going
// on after it ('because of the "impact," Lee said, that she has had'),
// reports the whole sentence around it. A clause joined by "and" after
// the attribution is no longer the speaker's.
func TestPartialQuoteAttributionInsideWords(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{`The mayor was put on the short list because of the "impact," Lee said, that she has had on the harbour this year.`, `The mayor was put on the short list because of the "impact," Lee said, that she has had on the harbour this year`, "Lee"},
	})
	p := `The harbour plan is "a costly disaster," Lee said, and the council agreed with her at once.`
	a := structured(p)
	for _, q := range a.Quotes {
		if strings.Contains(a.Slice(q.Span), "the council agreed") {
			t.Errorf("%q: the clause after 'and' is no one's words; quotes: %s", p, describeQuotes(a))
		}
	}
}

// TestPassiveReportEndsBeforeTail checks that the words of a passive
// report with no agent end before a participle or a contrast after a
// comma, and at the first comma of a subordinate clause opening the
// sentence; an appositive goes on with them.
func TestPassiveReportEndsBeforeTail(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{`The closing of the ferry dock is not expected to happen until 2019, giving workers time to prepare.`, "to happen until 2019", ""},
		{`And while many of her backers are expected to back the plan in May, the mayor has not changed her message.`, "to back the plan in May", ""},
		{`The mayor is expected to attend the harbour festival, the town's biggest.`, "to attend the harbour festival, the town's biggest.", ""},
	})
}

// TestAskedLeadInToSpeaker checks that an "Asked" lead-in's question runs
// to the comma before the answer's speaker and verb, past commas inside
// it, and is read when the answer is a short quotation that ends its own
// sentence ('Asked if ..., Lee said, "Sure. ..."').
func TestAskedLeadInToSpeaker(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{`Asked whether the ferry, which friends described as slow, hurt the port, the mayor said: "I hope not."`, "whether the ferry, which friends described as slow, hurt the port", ""},
		{`Asked if the harbour fees had rattled them as well, Lee said, "Sure. I get that, too."`, "if the harbour fees had rattled them as well", ""},
	})
}

// TestInvertedAttributionAfterSubjectAside checks that the words a partial
// quotation ends are reported by an inverted attribution after it when
// the sentence opens with the quoted predicate's subject and an aside
// ('The party, attended by hundreds, "allows us ...," said Coleman'), not
// only when a topic opens it ('As for his plans, "I write them off,"').
func TestInvertedAttributionAfterSubjectAside(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{`The harbour party, attended by hundreds every year, "allows us to get our message out," said Frank Cole, the group's director.`, `The harbour party, attended by hundreds every year, "allows us to get our message out,"`, "Frank Cole"},
	})
}

// TestThatAfterChargeMatterIsRelative checks that a "that" after the
// matter of an accusation or condemnation ("criticized for not closing
// the piers that ...") opens a relative clause inside the charge; "alleged
// that" still opens the charge itself.
func TestThatAfterChargeMatterIsRelative(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{`The port owners have been criticized for not closing the piers that flood every spring.`, "for not closing the piers that flood every spring.", ""},
		{`The union alleged that the port owners hid the flood reports.`, "the port owners hid the flood reports.", "The union"},
	})
}

// TestRelativeThatAfterObject checks that a "that" right after a stance's
// noun object and before a verb ("endorsed a plan that would close the
// pier") opens a relative clause on the object, which is what is
// endorsed; a "that" with a subject of its own after a hearer ("told the
// crowd that the pier would close") opens the reported clause.
func TestRelativeThatAfterObject(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{`The mayor endorsed a plan that would close the old pier.`, "a plan that would close the old pier.", "The mayor"},
		{`The mayor rejected a proposal that would ban ferries from the harbour.`, "a proposal that would ban ferries from the harbour.", "The mayor"},
		{`The mayor told the crowd that the pier would close.`, "the pier would close.", "The mayor"},
	})
}

// TestQuotedInMediumAsSaying checks the passive with its channel, "was
// quoted in The Ledger as saying": the subject speaks, the medium only
// carries the words; "quoted Ann Lee as saying" still makes Lee the
// speaker.
func TestQuotedInMediumAsSaying(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`Sen. Tom Hale, a Democrat, was quoted in The Ledger as saying: "The pier must close."`, "The pier must close.", "Sen. Tom Hale"},
		{`Sen. Tom Hale was quoted by the Ledger as saying that the pier must close.`, "the pier must close.", "Sen. Tom Hale"},
		{`Island radio quoted Mayor Ann Lee as saying that the pier must close.`, "the pier must close.", "Mayor Ann Lee"},
	})
}

// TestAccordingToSourceWithAppositive checks a closing "according to X"
// whose source is described after a comma (", a weekly paper in the
// capital."): the sentence's own speaker keeps the words before it, and
// X reports them.
func TestAccordingToSourceWithAppositive(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{`The mayor told the council that the pier would close in May, according to The Ledger, a weekly paper in the capital.`, "the pier would close in May", "The mayor"},
		{`The mayor told the council that the pier would close in May, according to The Ledger, a weekly paper in the capital.`, "The mayor told the council that the pier would close in May", "The Ledger"},
	})
}

// TestOneOfThemNamed checks "One of them, Senator Ann Lee of Ohio, ...":
// the one named after the count is the sentence's subject, whom a later
// "she said" means, not "One".
func TestOneOfThemNamed(t *testing.T) {
	a := structured("Harbour pilots are nervous. One of them, Captain Ann Lee of Vik, is among a handful who have quit.\n\nOn Saturday, she praised the mayor, saying the plan was \"a fair start.\"")
	if q := findQuote(a, "a fair start."); q == nil || q.Speaker != "Captain Ann Lee of Vik" {
		t.Errorf("want %q by %q; quotes: %s", "a fair start.", "Captain Ann Lee of Vik", describeQuotes(a))
	}
}

// TestPronounInsideSameReporter checks "he said on radio he agrees ...":
// the inner "he" is the outer speaker, whoever was named last before
// them; a "he" inside another speaker's words ("Ann Roe said he thinks")
// is not Ann Roe.
func TestPronounInsideSameReporter(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{"Harbour master Tom Hale said the pier was safe. While the ferry's captain declined to comment, he said on radio he agrees the pier is \"a disgrace.\"", "a disgrace.", "the ferry's captain"},
	})
	a := structured("Tom Hale said the pier was safe. Ann Roe said he thinks the pier is unsafe.")
	for _, q := range a.Quotes {
		if strings.Contains(a.Slice(q.Span), "thinks") && q.Speaker != "Ann Roe" {
			t.Errorf("the report's speaker changed: %s", describeQuotes(a))
		}
	}
}

// TestSupportVerbBeforeSpeechNoun checks "Democrats made claims that ...":
// the speech noun after a support verb is the cue, and the verb's
// subject speaks ("Democrats", not "Democrats made").
func TestSupportVerbBeforeSpeechNoun(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`Harbour pilots made claims that the ferry plan was unsafe.`, "the ferry plan was unsafe.", "Harbour pilots"},
		{`Harbour pilots made similar claims that the ferry plan was unsafe.`, "the ferry plan was unsafe.", "Harbour pilots"},
	})
	for _, q := range structured(`Amid renewed claims that the pier is unsafe, the mayor resigned.`).Quotes {
		if q.Speaker == "Amid" {
			t.Errorf("a preposition speaks: %+v", q)
		}
	}
}

// TestQuotationInsideQuotationSameMarks checks a quotation that quotes
// another in the same straight marks ('"... once called a "gold
// standard," the mayor shows ...," Lee said'): two openings then two
// closings are one quotation to the outer close, Lee's, not a scare quote
// and a stray.
func TestQuotationInsideQuotationSameMarks(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`"By waffling on a ferry deal she once called a "gold standard," the mayor shows why voters distrust her," Lee said in a statement.`, `By waffling on a ferry deal she once called a "gold standard," the mayor shows`, "Lee"},
	})
	checkExactAttributions(t, []attributionCase{
		{`"It is over," he said. "We are done," she added.`, "We are done,", "she"},
	})
}

// TestPassiveAgentIsTheNextHe checks that a person named in full with a
// title as the agent of a passive ending a sentence ("The warning was
// echoed by Harbour Minister Tom Hale.") is the one a "he" in the next
// sentence means; after a pronoun subject ("He was interviewed by Tom
// Hale.") the "he" stays the person it meant.
func TestPassiveAgentIsTheNextHe(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`Mayor John Roe toured the pier on Monday. He was interviewed by Tom Hale. "We will rebuild," he said.`, "We will rebuild,", "Mayor John Roe"},
		{`Mayor John Roe toured the pier on Monday. The old pier was bought by Harbour Minister Tom Hale. "We will rebuild," he said.`, "We will rebuild,", "Mayor John Roe"},
		{`Ann Lee said the pier would reopen. The warning was voiced on Monday by Harbour Minister Tom Hale. "We will not retreat," he told the island radio.`, "We will not retreat,", "Harbour Minister Tom Hale"},
		{`Ann Lee said the pier would reopen. The warning was echoed by Harbour Minister Tom Hale. "We will not retreat," he told the island radio.`, "We will not retreat,", "Harbour Minister Tom Hale"},
	})
}

// TestAccordingToPossessedSource checks "according to Egypt's state news
// agency": the possessor's agency is the source, not "Egypt's".
func TestAccordingToPossessedSource(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{`The ferry will resume on Friday, according to Norland's state news agency NorPress.`, "The ferry will resume on Friday", "Norland's state news agency NorPress"},
	})
}

// TestQualifiedSourceClosing checks an unnamed source closing a sentence,
// named by what it knows: "those" or a plural role, then a qualifier or a
// participle before a preposition. The words before the comma are its.
func TestQualifiedSourceClosing(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{`The audit is run by inspectors from the harbor office in Dover, those briefed on the audit said.`, "The audit is run by inspectors from the harbor office in Dover", "those briefed on the audit"},
		{`The ferry line lost money for three straight years, people familiar with the matter said.`, "The ferry line lost money for three straight years", "people familiar with the matter"},
		{`The mayor has no plans to seek a third term, those close to him said.`, "The mayor has no plans to seek a third term", "those close to him"},
		{`The pier deal was signed in secret last spring, sources familiar with the matter said.`, "The pier deal was signed in secret last spring", "sources familiar with the matter"},
	})
	// The same source before a reporting verb elsewhere: the name inside
	// it is what the source knows, not the speaker.
	checkSpeakers(t, []attributionCase{
		{`"We will not sign the pier lease," those close to the harbor master said.`, "We will not sign", "those close to the harbor master"},
		{`Those close to the harbor master said he would not run again next year.`, "he would not run again", "Those close to the harbor master"},
	})
	// A relative clause after "those" is no qualifier: "those who opposed
	// it" may be anyone, and the reader leaves such a phrase alone.
	checkNoSpeakers(t, `The pier plan was a costly mistake, those who opposed it said.`)
}

// TestBlockQuoteAfterColonLead checks a paragraph with no quotation marks
// after a lead that ends with a speaker, a speech or writing cue and a
// colon: the roundup form that quotes another outlet's passage as a
// paragraph of its own. The paragraph is the lead speaker's words; a lead
// with no cue or no speaker, a transcript turn, a list item, a lead
// paragraph of its own and the paragraph after next are left alone.
func TestBlockQuoteAfterColonLead(t *testing.T) {
	cases := []struct {
		lead, passage, speaker, verb string
	}{
		{`The harbor master's speech came after the council missed a deadline. The Dover Ledger reports:`,
			`Port officials said they were alarmed by the speech. Council staff even called pilots at home to check that no ferry had been held at the pier.`, "The Dover Ledger", "reports"},
		{`Finding a new harbor master has proved difficult, the Ledger notes:`,
			`The board ruled last week that the old master's crew is the largest on the pier, which leaves little room for an outsider to take charge.`, "the Ledger", "notes"},
		{`Ann Lee, a pilot who has been stranded twice, writes in The Harbor Review that the lack of a common policy has endangered crews:`,
			`But the ferry seizure is also a wake-up call for the port. There are no easy answers when a crew is held at sea for weeks.`, "Ann Lee", "writes"},
		{`The port has struggled with this problem for years, as I wrote in July:`,
			`The harbor cannot be run by committees forever. Someone has to decide who pays for the dredging, and soon.`, "I", "wrote"},
		{`The mayor said in a statement:`,
			`The harbor will reopen next week, and fares will not rise for anyone who holds a season pass.`, "The mayor", "said"},
		{`As the paper reports:`,
			`The port authority issued a new alert on Thursday against travel to the north pier until the storm has passed.`, "the paper", "reports"},
	}
	for _, tc := range cases {
		a := structured(tc.lead, tc.passage)
		q := findQuote(a, tc.passage)
		if q == nil || a.Slice(q.Span) != tc.passage || q.Kind != QuoteDirect || q.Speaker != tc.speaker || q.Verb != tc.verb {
			t.Errorf("%q: want the passage, direct, by %q (%s); quotes: %s", tc.lead, tc.speaker, tc.verb, describeQuotes(a))
		}
	}
	// A source line names whose passage follows: "From the Ledger:".
	sources := []struct{ lead, speaker, verb string }{
		{`The port reopened on Monday. From the Dover Ledger:`, "the Dover Ledger", "From"},
		{`More from Harbor News:`, "Harbor News", "from"},
		{`According to the Dover Ledger:`, "the Dover Ledger", "According to"},
		{`From Jane Roe's exclusive:`, "Jane Roe", "From"},
	}
	passage := `Port officials were alarmed by the delays, and council staff even called pilots at home to check on the ferries.`
	for _, tc := range sources {
		a := structured(tc.lead, passage)
		q := findQuote(a, passage)
		if q == nil || a.Slice(q.Span) != passage || q.Speaker != tc.speaker || q.Verb != tc.verb {
			t.Errorf("%q: want the passage by %q (%s); quotes: %s", tc.lead, tc.speaker, tc.verb, describeQuotes(a))
		}
	}
	noBlock := [][]string{
		{`From September 2014:`, `Now, it will take time to clean up a harbor like this one, and any time we act we take risks.`},
		{`From Cairo:`, `The ferries will run again next week after the storm passed over the channel and the pier.`},
		{`Here is what we know:`, `The ferry left the pier at noon and sank an hour later, with forty passengers on board.`},
		{`The council met on Friday. It voted on three things:`, `The ferry budget, the pier repairs, the new fares and the dredging of the north channel.`},
		{`CNN also noted the sparse crowd:`, `Even the harbor master, who rarely misses a launch, left before the ribbon was cut.`},
		{`The port released the names of those on board:`, `Ann Lee, 40.`},
		{`Ann Roe, the pilot, writes:`, `As the storm rose over the channel, Tom Lee took the wheel:`},
		{`Here are some ways the port hopes to win back passengers:`, `Cut the fares: the port will halve the price of a season pass for anyone under thirty.`},
		{`To judge the harbor deal, here are the key questions that must be answered:`, `The deal does not stop the dredging. It merely slows it for six months while the silt builds up again.`},
	}
	for _, ps := range noBlock {
		a := structured(ps...)
		if q := findQuote(a, ps[1]); q != nil && q.Span.Start == a.Paragraphs[1].Start && q.Span.End == a.Paragraphs[1].End {
			t.Errorf("%q: want no block quotation of the next paragraph; quotes: %s", ps[0], describeQuotes(a))
		}
	}
	// Only the paragraph right after the lead: nothing marks where the
	// passage ends.
	a := structured(`The Dover Ledger reports:`,
		`Port officials said they were alarmed by the speech and called pilots at home over the weekend.`,
		`The ferry will run again on Monday, the port said, and the pilots are back at work.`)
	if q := findQuote(a, "The ferry will run again"); q != nil && q.Speaker == "The Dover Ledger" {
		t.Errorf("want the paragraph after next left to its own attribution; quotes: %s", describeQuotes(a))
	}
	// A transcript turn after the lead is read as a turn.
	a = structured(`The harbor master said in an interview:`,
		`MR. LEE: The ferry will run again on Monday, whatever the council decides about the fares.`)
	if q := findQuote(a, "MR. LEE"); q != nil {
		t.Errorf("want the turn read as a turn; quotes: %s", describeQuotes(a))
	}
}

// TestVoicedQuotation checks that a quotation right after a verb of
// voicing ("yelled", "chanted", ", shouting") is the words of the verb's
// subject however short, a whole outcry when it closes with its own stop;
// the noun ("the crowd's chants") voices nothing.
func TestVoicedQuotation(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{`Dockers yelled "Go home!" at the harbour master.`, "Go home!", "Dockers"},
		{`Some in the hall chanted "Four more years!"`, "Four more years!", "Some"},
		{`Her neighbours jeered, "Goodbye!"`, "Goodbye!", "Her neighbours"},
		{`As the mayor spoke, the protesters walked out, chanting "Shame!"`, "Shame!", "the protesters"},
		{`Witnesses said the gunman shouted "Long live the port" before he opened fire.`, `the gunman shouted "Long live the port" before he opened fire.`, "Witnesses"},
		{`The mayor told reporters that dockers chanted "Resign!"`, `dockers chanted "Resign!"`, "The mayor"},
		{`Roe, who was greeted by dockers who chanted "Four more years," spoke for an hour.`, "Four more years,", "dockers"},
		{`After the judge announced the verdict, Roe shouted "Shame!"`, "Shame!", "Roe"},
		{`Roe, who had denied the charges, yelled "I am innocent!"`, "I am innocent!", "Roe"},
		{`Police said the suspect, 34, yelled "Die!" at the officers.`, `the suspect, 34, yelled "Die!" at the officers.`, "Police"},
		{`Police said the suspect and his brother yelled "Die!" at the officers.`, `the suspect and his brother yelled "Die!" at the officers.`, "Police"},
		{`The mayor defended the plan but dockers chanted "Resign!"`, "Resign!", "dockers"},
		{`Witnesses said the gunman opened fire and shouted "Long live the port."`, `the gunman opened fire and shouted "Long live the port."`, "Witnesses"},
		{`The governor signed the bill and dockers chanted "Veto!"`, "Veto!", "dockers"},
		// An "-ed" word inside the subject is no verb of a clause before it.
		{`Pupils led by their tutors and parents chanted "Ferry now!"`, "Ferry now!", "Pupils"},
		// Two joins: the shout's subject is the second clause's.
		{`The mayor arrived and dockers booed and shouted "Resign!"`, "Resign!", "dockers"},
		{`The police fired tear gas and dockers threw stones and chanted "Resign!"`, "Resign!", "dockers"},
		{`The judge spoke and the skipper stood and yelled "I am innocent!"`, "I am innocent!", "the skipper"},
		{`The navy withdrew and hundreds of dockers chanted "Victory!"`, "Victory!", "hundreds of dockers"},
	})
	for _, p := range []string{
		// The verb of a relative clause, a subject cut at a modifier or
		// the part of a subject after an "-ed" word is no speaker.
		`Dockers who gathered and marched chanted "Ferry now!"`,
		`Relatives of the stranded sailors and their lawyers shouted "Ferry now!"`,
		`Families of stranded sailors and their friends chanted "Ferry now!"`,
		`Relatives of those who drowned at sea and dockers chanted "Ferry now!"`,
	} {
		for _, q := range structured(p).Quotes {
			if q.Speaker == "marched" || q.Speaker == "Relatives of the" || q.Speaker == "their friends" || q.Speaker == "Relatives of those" {
				t.Errorf("%q: speaker %q", p, q.Speaker)
			}
		}
	}
	for _, p := range []string{
		`Witnesses said the gunman opened fire and shouted, "Long live the port."`,
		`The officer told reporters the man ran at him and shouted "I have a bomb!"`,
	} {
		for _, q := range structured(p).Quotes {
			if q.Kind == QuoteDirect {
				t.Errorf("%q: a shout inside a report is no direct quotation of the reporter: %+v", p, q)
			}
		}
	}
	for _, p := range []string{`The crowd's chants "Ferry now" grew louder.`, `The chants "Ferry now" rang out.`} {
		for _, q := range structured(p).Quotes {
			if q.Kind != QuoteScare || q.Speaker != "" {
				t.Errorf("%q: a noun voices nothing: %+v", p, q)
			}
		}
	}
}

// TestNamingVerbBeforeQuotation checks that "dubbed", "labeled" and
// "branded" with a quotation give the subject's name for the object
// ('labeled the plan "dead on arrival"', 'whom the mayor dubbed "..."'),
// and that the name a relative clause gives ends with its quotation; a
// passive ('a group dubbed "..."', 'labeled "..." by the agency') names
// no one, nor does "a ferry called "..."".
func TestNamingVerbBeforeQuotation(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{`The governor labeled the ferry plan "dead on arrival."`, "dead on arrival.", "The governor"},
		{`Critics branded the pier deal "a surrender."`, "a surrender.", "Critics"},
		{`Smith, whom the mayor dubbed "the little governor," did not reply.`, "the little governor,", "the mayor"},
		{`The race is what one analyst has dubbed "the ferry primary."`, "the ferry primary.", "one analyst"},
		{`Three rockets hit the pier, a move Roe called "unprecedented."`, "unprecedented.", "Roe"},
		{`Senator Roe branded the bill "a disgrace" and accused the mayor of lying.`, "the mayor of lying.", "Senator Roe"},
		{`Senator Roe called the bill "a disgrace" and denied that the port would close.`, "the port would close.", "Senator Roe"},
		{`Roe dismissed the report as "fake news" and accused the mayor of lying.`, "the mayor of lying.", "Roe"},
		{`Roe calls the bill "a disgrace" and accuses the mayor of lying.`, "the mayor of lying.", "Roe"},
	})
	for _, p := range []string{
		`Roe said the mayor called the plan "a disgrace" and denied any wrongdoing.`,
		`Senator Roe called the audit "a sham" and reports of fraud overblown.`,
	} {
		for _, q := range structured(p).Quotes {
			if q.Verb == "denied" || q.Verb == "reports" {
				t.Errorf("%q: the second verb is no second act of the speaker: %+v", p, q)
			}
		}
	}
	a := structured(`Smith, whom the mayor dubbed "the little governor," did not reply.`)
	for _, q := range a.Quotes {
		if strings.Contains(a.Slice(q.Span), "reply") {
			t.Errorf("the sentence's words after the name are no one's: %s", describeQuotes(a))
		}
	}
	for _, p := range []string{`A group dubbed "the Squad" met on Monday.`, `A ferry called "the Beast" sank on Monday.`, `Files on servers recently labeled "top secret" by the agency were deleted.`} {
		for _, q := range structured(p).Quotes {
			if q.Kind != QuoteScare || q.Speaker != "" {
				t.Errorf("%q: a passive names no one: %+v", p, q)
			}
		}
	}
}

// TestPassiveReportWithAgent checks that a passive speech act with its
// agent after "by" ('were denied by the harbour board', 'was confirmed by
// the Island Forum') gives the agent as the speaker of the passive's
// subject; a pronoun or relative subject, a subordinate clause and an agent
// that is no name or role ("hit by a storm") give nothing, nor does a
// stance ("endorsed by the board").
func TestPassiveReportWithAgent(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{`The claims were denied by the harbour board.`, "The claims", "the harbour board"},
		{`Her death was confirmed on Monday by the Island Forum, the group she founded.`, "Her death", "the Island Forum"},
		{`In Norland, the ferry warning was echoed by Mayor Ann Roe.`, "the ferry warning", "Mayor Ann Roe"},
		{`That view was echoed by Mayor Ann Roe on Monday.`, "That view", "Mayor Ann Roe"},
		{`This claim was denied by the harbour board.`, "This claim", "the harbour board"},
		{`Involvement was denied by the harbour board.`, "Involvement", "the harbour board"},
		{`Allegations of bribery were denied by the harbour board.`, "Allegations of bribery", "the harbour board"},
		{`Some of the allegations were denied by the harbour board.`, "Some of the allegations", "the harbour board"},
		{`The remarks were dismissed by the harbour board.`, "The remarks", "the harbour board"},
	})
	for _, p := range []string{
		`The pier was denied by a storm.`,
		`He was contradicted by the mayor.`,
		`When the ferry claims were disputed by Smith, the judges listened.`,
		`The claims, which were denied by the mayor, came up on Monday after the repairs.`,
		`The ferry plan was endorsed by the board of the port authority.`,
		`The ferry captain was questioned by police on Monday.`,
		`His nomination was confirmed by the Senate on Tuesday.`,
		`The smuggling charges were dismissed by a federal judge.`,
		`Bail was denied by the court.`,
		`Parole was denied by the board.`,
		`The nomination of Judge Ann Lee was confirmed by the Senate.`,
		`Access to the report was denied by the ministry.`,
		`The manager was dismissed by the board after the defeat.`,
		`The harbour master is voiced by Tom Hale in the film.`,
	} {
		for _, q := range structured(p).Quotes {
			if q.Kind == QuoteIndirect && q.Verb != "" && strings.Contains(p, q.Verb+" by") {
				t.Errorf("%q: no passive report: %+v", p, q)
			}
		}
	}
}

// TestByGerundSpeech checks that a saying gerund after "by", telling how
// the subject did something ('hit back by accusing him of ...'), is the
// subject's speech, its words ending at the next comma; one inside a
// bracketed aside or after another gerund ("for moving right by warning")
// is not the sentence subject's, and a hearer alone is no words.
func TestByGerundSpeech(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{`The council hit back by accusing him of pandering to the port owners.`, "him of pandering to the port owners", "The council"},
		{`The minister then undermined confidence by suggesting the ferry vote may be rigged, aides said.`, "the ferry vote may be rigged", "The minister"},
		{`He could do this by telling Sen. Ann Roe, chair of the harbour committee, that he will withdraw the plan.`, "he will withdraw the plan", "He"},
	})
	for _, p := range []string{
		`The state (Smith won it in 1992 by declaring himself the "comeback kid") makes this a contest that Roe must win.`,
		`Officials criticized him for moving to the right by warning about voters flocking to the polls.`,
		`Roe upped the ante by urging House Speaker John Hale, Ohio Republican, to assemble a committee.`,
	} {
		a := structured(p)
		for _, q := range a.Quotes {
			if strings.HasSuffix(q.Verb, "ing") && q.Speaker != "" {
				t.Errorf("%q: the gerund is not the subject's speech, or has no words: %s", p, describeQuotes(a))
			}
		}
	}
}

// TestPercentShareSpeaks checks that a poll's share written with a percent
// sign is the speaker phrase, as "85 percent of" is: "85% of Democrats
// said ...".
func TestPercentShareSpeaks(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{`In Norland, 85% of Democrats said the ferry system favors the wealthy.`, "the ferry system favors the wealthy.", "85% of Democrats"},
		{`85% said the ferry system favors the wealthy.`, "the ferry system favors the wealthy.", "85%"},
	})
}

// TestClosingFindingOfRecordsOrBody checks that a sentence closing with a
// verb of finding after data whose head noun WordNet also lists as a verb
// ("..., campaign records show.") or after a named body ("..., the Harbour
// Finance Institute found.") is that source's finding.
func TestClosingFindingOfRecordsOrBody(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{`Most of the money came from firms in Norland, campaign records show.`, "Most of the money came from firms in Norland", "campaign records"},
		{`Most of the new ferries are being built abroad, the Harbour Finance Institute found.`, "Most of the new ferries are being built abroad", "the Harbour Finance Institute"},
	})
	checkNoAttribution(t, `He went back to the pier where the ferry sank, and nothing was found.`)
}

// TestInvertedReportingVerbs checks that reporting verbs besides "said"
// stand before their speaker after the words: "..., wrote Ann Hale, the
// mayor's niece, on Facebook.", "..., predicted Ann Hale, the former
// governor."
func TestInvertedReportingVerbs(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{`The ferry will be late again, wrote Ann Hale, the mayor's niece, on Facebook.`, "The ferry will be late again", "Ann Hale"},
		{`Smith will back Roe before the convention, predicted Ann Hale, the former governor.`, "Smith will back Roe before the convention", "Ann Hale"},
	})
	checkExactAttributions(t, []attributionCase{
		{`The port will close, predicted Tom Roe, a lawyer and former judge.`, "The port will close", "Tom Roe"},
		{`The port will close, predicted Tom Roe, a lawyer and retired judge.`, "The port will close", "Tom Roe"},
		{`The port will close, warned Tom Roe, and the crowd fell silent.`, "The port will close", "Tom Roe"},
	})
	checkNoAttribution(t, `The team traded two pitchers, added Smith, a shortstop, and released Brown.`,
		`The team traded two pitchers, added Smith, a shortstop, and cut Brown.`)
}

// TestClosingAttributionBeforeSemicolon checks that an attribution closing
// the words before a semicolon ("..., analysts say; in 2012 ...") covers
// the words before it, not the clause after it.
func TestClosingAttributionBeforeSemicolon(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{`To win the port, candidates need about 40 percent of the vote, political analysts say; in 2012, Smith won 27 percent.`, "To win the port, candidates need about 40 percent of the vote", "political analysts"},
	})
}

// TestStanceOnNameOnly checks that a stance verb whose whole object is a
// name is read ("The union has endorsed Okafor."), though the name after
// the verb looks like the trailing speaker of "..., said Okafor."; an
// object that is no name stays short of a report.
func TestStanceOnNameOnly(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{"The Dorville Teachers Union has endorsed Okafor.", "Okafor", "The Dorville Teachers Union"},
		{"Last week Senator Hale openly mocked Maria Lind.", "Maria Lind", "Senator Hale"},
		{"Governor Lind praised Mayor Ruth Adeyemi on Thursday.", "Mayor Ruth Adeyemi", "Governor Lind"},
		{"The farm lobby quietly backed Vasquez in the runoff.", "Vasquez", "The farm lobby"},
	})
	checkNoAttribution(t,
		"The council criticized it.",
		"Residents in Dorville supported them.",
	)
	checkSpeakers(t, []attributionCase{
		{"The levy is only a stopgap, said Okafor.", "The levy is only a stopgap", "Okafor"},
	})
}

// TestStanceOnNameEnds checks that a stance on a name ends at the name
// when only a time, a place or a channel follows ("endorsed Okafor
// Wednesday", "mocks Okafor on Twitter") and keeps a reason or topic
// ("chided Okafor ... for staying on vacation"); that a participle
// modifying a noun ("a super PAC supporting ...") and verbs of courtesy
// ("welcomed Okafor to Lisbon", "thanked Portugal") take no side.
func TestStanceOnNameEnds(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{"The former governor endorsed Okafor Wednesday.", "Okafor", "The former governor"},
		{"A Gulf prince mocks Okafor on Twitter.", "Okafor", "A Gulf prince"},
		{"The senator praised Okafor in Lisbon on Monday.", "Okafor", "The senator"},
		{"The editors chided Okafor on Aug. 17 for staying on vacation during the flood.",
			"Okafor on Aug. 17 for staying on vacation during the flood.", "The editors"},
		{"Why is the city supporting Mayor Dana Okafor?", "Mayor Dana Okafor?", "the city"},
	})
	checkNoAttribution(t,
		"The money came from a super PAC supporting Mayor Dana Okafor.",
		"The ambassador welcomed Okafor to Lisbon.",
		"The president thanked Portugal.",
		"The coach encouraged Okafor.",
	)
}

// TestDataSubjectInSubordinateClause checks that a data subject is read
// after the conjunction of a subordinate clause ("after leaked filings
// show ...") and across a slash inside a pollster's name, and that a
// subject there with no data noun is not.
func TestDataSubjectInSubordinateClause(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{"The dispute grew sharper after leaked filings from the county audit show the fund lost $4 million last year.",
			"the fund lost", "leaked filings from the county audit"},
		{"The latest Gallup/Kessler survey released Monday shows the mayor trailing her rival by six points.",
			"the mayor trailing", "The latest Gallup/Kessler survey released"},
	})
	checkNoAttribution(t,
		"The audit began after the clinic staff show the inspectors their files.",
		"The inspection ended before the Smith/Jones crew show up.",
	)
}

// TestClosingDataPerfect checks that a closing data attribution in the
// perfect ("..., other studies have shown.") is read as "show" is.
func TestClosingDataPerfect(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{"Rents in the old harbor district rose faster than wages for a decade, several surveys have shown.",
			"Rents in the old harbor district", "several surveys"},
	})
	checkNoAttribution(t, "The new bridge has shown its age after only a decade of heavy use.")
}

// TestStanceObjectWithIncluding checks that ", including ..." after a
// stance verb's object lists the object's members and stays in its words,
// up to the next comma, while a participle clause after a comma still ends
// them.
func TestStanceObjectWithIncluding(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{"Senator Hale condemned the new levies, including a tax on fishing boats.",
			"the new levies, including a tax on fishing boats.", "Senator Hale"},
		{"The mayor blamed several agencies, including the port authority, for the delays at the harbor.",
			"several agencies, including the port authority", "The mayor"},
		{"The mayor blamed several agencies, saying the port authority had ignored the warnings.",
			"several agencies", "The mayor"},
	})
}

// TestFootageShows checks that a recording showing something is read as
// data is ("Video of the hearing shows ..."), and that a recording named
// in a setting ("In the video, ...") or with another data verb ("found")
// speaks for no one.
func TestFootageShows(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{"Video of the hearing shows the chairman waving the clerk away from the microphone.",
			"the chairman waving", "Video of the hearing"},
		{"Grainy footage from a harbor camera showed the ferry drifting toward the pier.",
			"the ferry drifting", "Grainy footage"},
	})
	checkNoAttribution(t,
		"In the video, the chairman walks slowly to the back of the room.",
		"Footage from the harbor camera found its way onto the evening news.",
	)
}

// TestDataSpeakerIsNoPerson checks that a recording or data subject
// ("Video of the incident shows ...", "leaked filings ... show ...") is
// never the "she" of a later quotation, while a person whose title holds a
// data noun ("The survey director, Tom Hale") and the maker named after
// "by" in a data phrase still are.
func TestDataSpeakerIsNoPerson(t *testing.T) {
	for _, tc := range []struct {
		paragraphs       []string
		content, speaker string
	}{
		{[]string{"The police chief, Maria Lind, said the officers acted within the rules. Video of the incident shows the man with his hands in the air.",
			`"We will review every second of it," she told reporters.`}, "We will review every second of it", "Maria Lind"},
		{[]string{"The police chief, Maria Lind, said the officers acted within the rules. Security footage showed the man running toward the gate.",
			`"We will review every second of it," she told reporters.`}, "We will review every second of it", "Maria Lind"},
		{[]string{"The treasurer, Ana Ruiz, said the county had met every deadline. The dispute grew sharper after leaked filings from the county audit show the fund lost $4 million last year.",
			`"We did nothing wrong," she told reporters.`}, "We did nothing wrong", "Ana Ruiz"},
		{[]string{"The mayor, Ana Ruiz, said the county had met every deadline. The survey director, Tom Hale, said most voters blame the county.",
			`"We asked the question fairly," he said.`}, "We asked the question fairly", "Tom Hale"},
		{[]string{"The mayor, Ana Ruiz, said the county had met every deadline.",
			"The costs are rising, according to data compiled by Tom Hale, head of the county finance office. Most of the money goes to the port, he said on Monday."},
			"Most of the money goes to the port", "Tom Hale"},
	} {
		// The maker's name is checked inside the speaker: the whole data
		// phrase stands for it as before.
		a := structured(tc.paragraphs...)
		if q := findQuote(a, tc.content); q == nil || !strings.Contains(q.Speaker, tc.speaker) {
			t.Errorf("%q: want %q by %q; quotes: %s", tc.paragraphs, tc.content, tc.speaker, describeQuotes(a))
		}
	}
}

// TestFootageSubjectSpan checks that the speaker of a recording that
// "appeared to" or "purported to" show ends before that verb, and that a
// recording in a participle phrase ("The video purporting to show ...
// was released") shows nothing: its clause's verb comes after.
func TestFootageSubjectSpan(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{"New video appeared to show the missile striking the plane.", "the missile striking the plane.", "New video"},
		{"Some online videos purported to show the fund's managers at a casino.", "the fund's managers at a casino.", "Some online videos"},
		{"A new poll appeared to show the mayor trailing her rival.", "the mayor trailing her rival.", "A new poll"},
	})
	checkNoAttribution(t, "The video purporting to show the killings was released late Sunday by the militants.")
}

// TestSlashInSpeakerName checks that a slash with no space on either side
// joins two capitalised words into one name ("Reuters/Ipsos"), so that
// the speaker is not cut at it, and that a spaced slash joins nothing.
func TestSlashInSpeakerName(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{"The Reuters/Ipsos poll showed the mayor trailing her rival.", "the mayor trailing her rival.", "The Reuters/Ipsos poll"},
		{"Officials at the Port/Harbor Authority said the ferry would resume service on Monday.",
			"the ferry would resume service on Monday.", "Officials"},
	})
	a := structured("Critics of the Port / Harbor Authority said the ferry would resume service on Monday.")
	for _, q := range a.Quotes {
		if strings.Contains(q.Speaker, "/") {
			t.Errorf("a spaced slash joins no name; quotes: %s", describeQuotes(a))
		}
	}
}

// TestShapesAroundAClosingAttribution covers attributions whose words sit
// around a closing verb: a clause of time after it, a dateline before the
// words, a year or a gerund beside the verb.
func TestShapesAroundAClosingAttribution(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		// "as" and a subject after the closing verb say when it was said.
		{"The levy is an insult to every farmer, regional leaders said Friday, as they met in the capital.",
			"The levy is an insult to every farmer", "regional leaders"},
		// A dateline opening the sentence is no one's words.
		{"HARBORTOWN ― The pier is unsafe and must close, the harbor master said.",
			"The pier is unsafe and must close", "the harbor master"},
		// A year set before the verb, as "last year" is.
		{"She met Ann Lee, now the party's leader, who in 2010 said the party's first goal was to win the north.",
			"the party's first goal was to win the north.", "the party's leader"},
	})
	// "as well" and "as if" go on with the speaker's words; a gerund after
	// the verb's preposition is its object, not when or where it spoke.
	checkSpeakers(t, []attributionCase{
		{"The levy hurts farmers, the minister said, as well as the towns that depend on them.",
			"The levy hurts farmers", "the minister"},
	})
	checkNoWordsFrom(t, "No matter the setting, no matter the stakes, the governor will insist on being himself.", "No matter")
}

// TestNestedSingleThenStraightClose covers a straight double mark with
// space on both sides after a single quotation closes inside it: it
// closes the double quotation.
func TestNestedSingleThenStraightClose(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{`"I've always been insulted by the term 'outreach,' " he told the group.`,
			`I've always been insulted by the term 'outreach,' `, "he"},
	})
}

// TestNamingComplementAfterALongObject covers "called" with an object
// held together by prepositions and "and" before its complement, and the
// counts and times that are no complement.
func TestNamingComplementAfterALongObject(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{"Democrats called the contempt citation and the demand for her appearance a transparent political ploy.",
			"the contempt citation and the demand for her appearance a transparent political ploy", "Democrats"},
		{"At the forum, the senator called her vote in favor of the war a mistake.",
			"her vote in favor of the war a mistake", "the senator"},
	})
	checkNoAttribution(t,
		"The neighbours called the police after a shooting in the street.",
		"She called the hotline at the embassy a dozen times.",
		"He called the office of the governor a day later.",
		"He called the office a day later.",
	)
}

// TestPossessorOfANounCue covers a noun cue whose possessor is a name,
// whatever phrase opens the sentence before it.
func TestPossessorOfANounCue(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{"Following Monday's debate the fact-checkers looked at Ann Lee's claim that the levy had doubled.",
			"the levy had doubled.", "Ann Lee"},
		// Without "that" the noun is a subject, and its possessor says
		// nothing the sentence gives.
		{"However, Mr. Varga's claims were disputed by farmers who said the levy had doubled.",
			"the levy had doubled.", "farmers"},
	})
}

// TestProgressiveIntentions covers "promising", "pledging", "refusing"
// and "threatening", read as cues only in a progressive.
func TestProgressiveIntentions(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{"The mayor is promising to rebuild the pier within a year.", "to rebuild the pier within a year.", "The mayor"},
		{"The union is threatening to close the port next week.", "to close the port next week.", "The union"},
	})
	checkNoAttribution(t,
		"It was a promising start to the year for the mayor.",
		"Threatening to close the pier, the storm moved north.",
	)
	a := structured("The mayor is pledging to rebuild the pier within a year.")
	if q := findQuote(a, "to rebuild the pier"); q == nil || q.Act != ActPromise {
		t.Errorf("want a promise; quotes: %s", describeQuotes(a))
	}
}

// TestPartialQuoteBeforeATimedAttribution covers a partial quotation
// ending the outlet's clause before an attribution with a time after its
// verb: the clause is the speaker's.
func TestPartialQuoteBeforeATimedAttribution(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{`Skipping the vote "makes me look weak," the senator said last week.`, `Skipping the vote "makes me look weak,"`, "the senator"},
	})
}

// TestSubjectWithAContactClause covers a subject whose relative clause
// has no relative word ("Voters I spoke with said").
func TestSubjectWithAContactClause(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{"Voters I spoke with in the valley said the plant closing had changed their minds.", "the plant closing had changed their minds.", "Voters"},
		{"Several officials we interviewed over the summer say the budget is too small.", "the budget is too small.", "Several officials"},
	})
}

// TestRightMarkOpeningAQuotation covers a right double mark typed where a
// quotation opens (after a space or at a paragraph's start, before a
// word): it opens the quotation, and a signature after it names the
// speaker.
func TestRightMarkOpeningAQuotation(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{"”The pier is our town's pride. It must not close.” ― Ann Lee", "The pier is our town's pride. It must not close.", "Ann Lee"},
		{"” … the council chose the cheapest bid and the worst,” Roe wrote.", " … the council chose the cheapest bid and the worst,", "Roe"},
	})
	// A right mark after a space that closes a quotation stays a close.
	checkSpeakers(t, []attributionCase{
		{"He said “we will win ” and left the hall.", "we will win ", "He"},
	})
}

// TestNewsroomScoop covers "..., The Post has learned.": a newsroom's
// scoop closes the sentence as a reporting verb does.
func TestNewsroomScoop(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{"The council will close the pier next spring, the Ledger has learned.", "The council will close the pier next spring", "the Ledger"},
	})
}

// TestSetOffAttributionAroundAPartialQuote covers an attribution set off
// by commas inside the words, with a partial quotation in the predicate
// after it: the words are the whole sentence, as without the quotation.
// A quotation right after the second comma is the speaker's sentence.
func TestSetOffAttributionAroundAPartialQuote(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{`But the tools the council has at hand, she added, are like "a bucket against the tide."`,
			`But the tools the council has at hand, she added, are like "a bucket against the tide."`, "she"},
	})
	// A setting after the verb is not the start of the words.
	checkNoWordsFrom(t, `The deal holds, and as the mayor said last week in the harbor office, "if the pier fails, we will know it."`, "in the harbor")
	checkNoWordsFrom(t, `In a long statement on Tuesday, Ann Roe said, "We will rebuild the pier."`, "In a long")
}

// TestQuotationOpeningWithItsOwnVerb covers a quotation that opens with a
// reporting verb whose subject stands right before the mark: the words
// are that subject's, reported inside the outer speaker's.
func TestQuotationOpeningWithItsOwnVerb(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`Lee says "the official toll is 10," but that the union "is saying that hundreds were hurt."`, "is saying that hundreds were hurt.", "the union"},
		{`The reporter said that the union "is saying that hundreds were hurt."`, "is saying that hundreds were hurt.", "the union"},
		{`The reporter said that the union "is saying that hundreds were hurt."`, `the union "is saying that hundreds were hurt."`, "The reporter"},
		{`Lee says "the toll is 10," but that the union (which runs the docks) "is saying that hundreds were hurt."`, "is saying that hundreds were hurt.", "the union"},
	})
	// A modal makes a character sketch, no report.
	a := structured(`His slogan was that Roe "would say anything to win an election."`)
	if q := findQuote(a, "would say anything"); q != nil && q.Speaker == "Roe" {
		t.Errorf("a sketch read as Roe's words: %s", describeQuotes(a))
	}
}

// TestDocumentSignedInsideAReport covers a document its signers put out,
// read inside the words of a closing attribution.
func TestDocumentSignedInsideAReport(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{"Dozens of harbor pilots have signed an internal petition calling on the council to close the pier, the Ledger reports.",
			"the council to close the pier", "Dozens of harbor pilots"},
		{"Dozens of harbor pilots have signed an internal petition calling on the council to close the pier, the Ledger reports.",
			"Dozens of harbor pilots have signed an internal petition calling on the council to close the pier", "the Ledger"},
	})
	checkNoAttribution(t, "The governor signed the harbor bill into law on Friday.")
}

// TestClosingSourceBacksTheRelativeClause covers ", according to X" after
// a sentence whose own speaker's words end in a relative clause: the
// source backs the relative clause only.
func TestClosingSourceBacksTheRelativeClause(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{"Farmers said the levy must go before the harvest, which has shrunk by a third since 2019, according to the farm bureau.",
			"which has shrunk by a third since 2019", "the farm bureau"},
		{"Farmers said the levy must go before the harvest, which has shrunk by a third since 2019, according to the farm bureau.",
			"the levy must go before the harvest, which has shrunk by a third since 2019", "Farmers"},
		// Without a relative clause the source reports the whole sentence.
		{"Ban said he is confident the talks will resume, according to Reuters.", "Ban said he is confident the talks will resume", "Reuters"},
	})
}

// TestSubordinateClauseIsNoClosingReport covers an opening subordinate
// clause whose own verb reports speech, before a main clause of a
// reporting verb and nothing more: the clause is not the later verb's
// words.
func TestSubordinateClauseIsNoClosingReport(t *testing.T) {
	checkNoWordsFrom(t, "When the auditor noted that the mayor had never filed a return, Ms. Reyes boasted.", "When the auditor")
	checkNoWordsFrom(t, "After the senator said the levy was unfair, the governor scoffed.", "After the senator")
	checkExactAttributions(t, []attributionCase{
		{"When the auditor noted that the mayor had never filed a return, Ms. Reyes boasted.", "the mayor had never filed a return", "the auditor"},
		// A main clause before the closing attribution keeps it, also
		// after the subordinate clause's own verb of saying.
		{"If elected, she will close the pier, she said.", "If elected, she will close the pier", "she"},
		{"If the senator says yes, the levy will pass easily next week, aides said.", "If the senator says yes, the levy will pass easily next week", "aides"},
	})
}

// TestDashAsideClosesASubordinateClause covers a reported clause in an
// opening subordinate clause, closed by an aside set off by dashes (em
// dashes or horizontal bars) before the main clause.
func TestDashAsideClosesASubordinateClause(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{"When the auditor noted that the mayor had never filed a return ― as was the case for a decade ― Ms. Reyes laughed.",
			"the mayor had never filed a return", "the auditor"},
		{"After Okafor argued that the levy was unfair — a view most farmers share — the council voted it down.",
			"the levy was unfair", "Okafor"},
	})
	// A paragraph that ends on the aside's closing dash.
	checkExactAttributions(t, []attributionCase{
		{"When the auditor noted that fares were high — as they were for years —", "fares were high — as they were for years —", "the auditor"},
	})
	// The clause goes on after an aside when no main clause's subject
	// follows it.
	checkExactAttributions(t, []attributionCase{
		{"After the board announced that fares — already the highest in the state — would rise again, riders protested.",
			"fares — already the highest in the state — would rise again", "the board"},
	})
}

// TestAsCueAfterAFragment covers a trailing "as X said" cue in a sentence
// whose words carry an attribution set off by commas: after a quoted
// fragment the cue voices the fragment, and the clause holding it stays
// the set-off speaker's; with no fragment, the trailing cue's words do
// not reach back across the set-off cue.
func TestAsCueAfterAFragment(t *testing.T) {
	p := `Strikes, the union leader said, are acts of loyalty, whether it means walking off a dock or carrying a sign reading "We built this port," as Tom Hale said before the vote.`
	checkExactAttributions(t, []attributionCase{
		{p, `Strikes, the union leader said, are acts of loyalty, whether it means walking off a dock or carrying a sign reading "We built this port,"`, "the union leader"},
		{p, "We built this port,", "Tom Hale"},
		{`Strikes, the union leader said, are acts of loyalty, whether it means walking off a dock or carrying a sign, as Tom Hale said.`,
			"are acts of loyalty, whether it means walking off a dock or carrying a sign", "Tom Hale"},
		// A plain "as X noted" still reports all the words before it.
		{`The harbor has lost half its traffic since 2010, as the port director noted on Friday.`,
			"The harbor has lost half its traffic since 2010", "the port director"},
	})
	// A fragment whose cue is no "as X said" is not held whole.
	checkNoWordsFrom(t, `If the port is failing — as the union believes, but the board denies — "why would anyone invest here?" asked Tom Hale, a dock captain.`, `— "why would`)
}

// TestDataShowsAndShown covers data that shows: "have shown" after a data
// subject, and a data noun heading a subject whose last nouns are no
// source ("an analysis of ferry PACs and their donors shows").
func TestDataShowsAndShown(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{"Recent polls in both harbor towns have steadily shown the mayor's lead shrinking.", "the mayor's lead shrinking.", "Recent polls"},
		{"A HARBOR LEDGER analysis of ferry PACs and their donors shows private operators outpacing the city.", "private operators outpacing the city.", "A HARBOR LEDGER analysis of ferry PACs and their donors"},
		// The auxiliary and adverb before the verb are no part of the data.
		{"Recent polls in Tarvik and Ormsby have similarly shown the mayor's lead shrinking.", "the mayor's lead shrinking.", "Recent polls in Tarvik and Ormsby"},
	})
	// "shown" reports only data or "that" after a perfect.
	checkNoAttribution(t,
		"The mayor had shown poor judgment in hiring her cousin for the harbor job.",
		"The biases shown in the harbor survey should not be read as proof of fraud by the board.")
}

// TestDataShowing covers "showing" after the data or recording it
// describes, with a time or a past verb between them.
func TestDataShowing(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{"The council met again after a new survey showing the ferry losing riders to the bridge.", "the ferry losing riders to the bridge", "a new survey"},
		{"Questions grew after records surfaced showing the mayor paid no dock fees (her office later apologized).", "the mayor paid no dock fees", "records"},
		{"There were also emails that night showing that harbor officials knew the pier was unsafe.", "that harbor officials knew the pier was unsafe", "emails"},
		{"The hall fell quiet as results came in showing their candidate in third place.", "their candidate in third place", "results"},
		// A phrase that is the subject ends before its verb.
		{"The mayor says the latest polls showing her in second place are wrong.", "her in second place", "the latest polls"},
		// The verb that put the data out is no part of it.
		{"The harbor board published a report showing the ferry lost money every year.", "the ferry lost money every year", "a report"},
		{"Reporters obtained Harbor Board emails showing the board knew of the leak.", "the board knew of the leak", "Harbor Board emails"},
	})
	// No data before it: an act, no one's showing; a recording depicts.
	checkNoAttribution(t, "The captain spent the morning showing visitors around the old harbor.",
		"Questions grew after video surfaced showing the mayor at the dock.")
}

// TestAnnouncedObjectAfterATime covers "announced" with a time phrase
// before its noun-phrase object, and a reporting verb joined after a long
// noun-phrase object: the same speaker speaks again.
func TestAnnouncedObjectAfterATime(t *testing.T) {
	p := "The harbor police announced on Friday the arrest of a man in the theft of a boat during a storm between the piers and said the docks would stay closed."
	checkExactAttributions(t, []attributionCase{
		{p, "the arrest of a man in the theft of a boat during a storm between the piers", "The harbor police"},
		{p, "the docks would stay closed.", "The harbor police"},
		{"The harbor police announced the arrest of a man in the theft of a boat during a storm between the piers and said the docks would stay closed.",
			"the docks would stay closed.", "The harbor police"},
	})
	// A clause before "and" may have its own subject speaking next.
	checkExactAttributions(t, []attributionCase{
		{"The mayor said the board of the harbor authority rejected the plan for the pier and argued that the city should pay.",
			"the board of the harbor authority rejected the plan for the pier and argued that the city should pay.", "The mayor"},
	})
}

// TestTopicVerbWithAnAdverb covers a verb of speaking by topic with an
// adverb before its "about" or "of": the words are its object, ended
// before a clause of time.
func TestTopicVerbWithAnAdverb(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{"The harbor master spoke briefly about the sudden closing of the north pier.", "the sudden closing of the north pier.", "The harbor master"},
		{"Ms. Reyes spoke warmly of the ferry crews before the council voted on the budget.", "the ferry crews", "Ms. Reyes"},
	})
	// Another word between is no adverb of the speaking.
	checkNoAttribution(t, "The harbor master spoke French about half the time at the dock.")
}

// TestStanceProgressives covers the -ing forms of stance verbs in a
// progressive: "is touting", "are lauding", "are decrying"; and the -ing
// forms left out as mostly physical ("hailing from", "slamming into").
func TestStanceProgressives(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{"The harbor master is touting the new ferry schedule as a success.", "the new ferry schedule", "The harbor master"},
		{"Dock workers are decrying a rash of layoffs at the north pier.", "a rash of layoffs", "Dock workers"},
		{"Proponents are lauding the levy as a way to save the old pier.", "the levy", "Proponents"},
	})
	// The noun after a determiner is no stance, nor are the physical senses.
	checkNoAttribution(t, "The mocking of the harbor board went on for weeks at the dock.",
		"Ships hailing from the northern ports were turned away at the pier.",
		"A truck slamming into the crowd near the pier injured six people.",
		"Workers were blasting through rock to widen the harbor channel.")
}

// TestIssuedDocumentParticipleSpeaker covers a stance participle right
// after a document an issue verb puts out: the issuer speaks, not the
// document.
func TestIssuedDocumentParticipleSpeaker(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{"The harbor union issued a statement applauding the board's vote on the pier.", "the board's vote on the pier", "The harbor union"},
		{"The city council approved a resolution condemning the closing of the pier.", "the closing of the pier", "The city council"},
	})
}
