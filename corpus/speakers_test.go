package corpus

import (
	"strings"
	"testing"
)

// The fixtures below check how the attribution finder resolves speakers:
// who a pronoun or a role means, where a speaker phrase begins and ends
// after a quotation, and which clause of a sentence a quotation belongs to.

// TestLongRoleSpeaker checks that a role led by three or four lower-case
// modifiers is still one speaker phrase after an inverted verb: "said a
// former senior port official" is no scare quote.
func TestLongRoleSpeaker(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{paragraph: `"There was a mistake at the docks," said a former senior port official.`, content: "There was a mistake", speaker: "a former senior port official"},
		{paragraph: `"The ferry will not run on Sunday," said one senior harbor authority official.`, content: "The ferry will not run", speaker: "one senior harbor authority official"},
	})
	// A clause after a name is no run of modifiers before a capitalised
	// word: "she" is Holt, not "Jane Holt is pulling out her New York",
	// and "he" is not "Tom Reese is trailing Lund".
	checkSpeakers(t, []attributionCase{
		{paragraph: `Jane Holt is pulling out her New York credentials fast. Later, she noted how happy she was to be home.`, content: "how happy she was", speaker: "Jane Holt"},
		{paragraph: `Tom Reese is trailing Lund but has spent weeks in Ohio, where he says he can win if turnout is high.`, content: "he can win", speaker: "Tom Reese"},
	})
}

// TestModifiedRoleBeforeVerb checks that a role with two lower-case
// modifiers before its reporting verb ("the central bank governor", "the
// Union's foreign policy chief Ana Roe") is the whole speaker phrase, and
// that a speaker joining two such roles is kept whole, "both" or not.
func TestModifiedRoleBeforeVerb(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{paragraph: `The central bank governor said the krone would recover by spring.`, content: "the krone would recover", speaker: "The central bank governor"},
		{paragraph: `The Nordic Council's foreign policy chief Ana Roe said the talks would resume.`, content: "the talks would resume", speaker: "The Nordic Council's foreign policy chief Ana Roe"},
		{paragraph: `Finance Minister Ola Berg and the central bank governor Kari Lund both said the krone would recover.`, content: "the krone would recover", speaker: "Finance Minister Ola Berg and the central bank governor Kari Lund"},
	})
}

// TestAskedPersonAnswers checks that after "X asked Y ...", a "he" or
// "she" is Y, who answers, and that an asked group or pronoun leaves the
// asker as the one meant.
func TestAskedPersonAnswers(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{paragraph: `The radio host asked chief negotiator Tomas Berg whether the talks would resume. "That is not the question," he responded.`, content: "That is not the question", speaker: "chief negotiator Tomas Berg"},
		{paragraph: `Reporters asked Senator Tom Hale whether he would vote for the bill. He said he had not decided.`, content: "he had not decided", speaker: "Senator Tom Hale"},
		{paragraph: `Tom Hale asked reporters whether the bill would pass. He said he had not decided.`, content: "he had not decided", speaker: "Tom Hale"},
	})
}

// TestAccordingToAroundScareQuotes checks that a sentence holding only a
// quoted term and ending "according to X" is X's, the term with it,
// while a direct quotation's own speaker stays.
func TestAccordingToAroundScareQuotes(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{paragraph: `Use of the "harbour levy" is not new, according to port officials.`, content: "Use of the", speaker: "port officials"},
		{paragraph: `Use of the "harbour levy" is not new, according to port officials.`, content: "harbour levy", speaker: "port officials"},
		{paragraph: `"We will not pay the levy," the mayor said, according to Reuters.`, content: "We will not pay", speaker: "the mayor"},
	})
}

// TestAccordingToNameBeforeNoun checks that a name before the nouns it
// qualifies after "according to" is not the source by itself ("the
// Norwegian clinic with which she worked" is a clinic, not Norway), and
// that with no article a verb after the name ends the source.
func TestAccordingToNameBeforeNoun(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{paragraph: `Dr. Ann Lutz worked in Oslo before 2005, according to the Norwegian clinic with which she was affiliated, Lund Health Center.`, content: "Dr. Ann Lutz worked in Oslo", speaker: "the Norwegian clinic"},
		{paragraph: `Five ferries sank, according to the U.N. refugee agency.`, content: "Five ferries sank", speaker: "the U.N. refugee agency"},
		{paragraph: `Five ferries sank, according to Reuters news agency.`, content: "Five ferries sank", speaker: "Reuters news agency"},
		{paragraph: `Five ferries sank, according to Reuters yesterday.`, content: "Five ferries sank", speaker: "Reuters"},
		{paragraph: `The testimony challenges the claims, and according to Hale conflicts with his own briefing to lawmakers.`, content: "The testimony challenges", speaker: "Hale"},
		{paragraph: `The meeting lasted an hour, according to the Harbour Board timeline released on Friday.`, content: "The meeting lasted an hour", speaker: "the Harbour Board timeline"},
		{paragraph: `Two ferries sank, according to the State Department account given to Congress.`, content: "Two ferries sank", speaker: "the State Department account"},
	})
}

// TestAheadOfIsNoSpeaker checks that "Ahead of ..." opening a sentence is
// a preposition, so the subject after it speaks for a verb far after it.
func TestAheadOfIsNoSpeaker(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{paragraph: `Ahead of the harbour festival in May, Mayor Ann Lutz (D., Ore.) appeared at a ferry dock in Lund, Ore., and blamed the council for high fares.`, content: "the council for high fares", speaker: "Mayor Ann Lutz"},
	})
}

// TestParticipleOpenerSpeaksNot checks that a sentence-opening participle
// with its particle or its object's determiner ("Rattling off promises
// ...", "Making her way ...") is no speaker and no person a later "she"
// means: the subject after the comma is.
func TestParticipleOpenerSpeaksNot(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{paragraph: `Rattling off promises to fix roads and schools, Ann Lutz promised a town of new chances. "There is so much more to be done," she said.`, content: "There is so much more", speaker: "Ann Lutz"},
		{paragraph: `Making her way around the harbor, Ann Lutz greeted the crews. "We will keep the ferry," she said.`, content: "We will keep the ferry", speaker: "Ann Lutz"},
	})
}

// TestReporterStaysAntecedent checks whom a later "he" means after reported
// speech that holds another speaker: the reporter, who is the subject of
// the sentence ("Song said Governor Dole had said ... He said"), unless the
// reporter is no one person ("Several fact checkers ... that Mayor Hale
// said ... He also said"), whose place a "he" cannot take.
func TestReporterStaysAntecedent(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{paragraph: `Mayor Tom Hale spoke on Monday. Ed Song said Governor Jane Dole had said the plan would fail. He said it would not fail if voters stay.`, content: "it would not fail", speaker: "Ed Song"},
		{paragraph: `Several fact checkers have pointed out that Mayor Tom Hale said only that the road was safe. He also said he was not qualified to judge.`, content: "he was not qualified", speaker: "Mayor Tom Hale"},
		{paragraph: `Mayor Tom Hale opened the bridge on Monday. Several road checkers said the bridge was unsafe. He said the bridge was fine.`, content: "the bridge was fine", speaker: "Mayor Tom Hale"},
	})
}

// TestSecondNamedSpeakerClause checks a sentence whose second clause,
// joined by "and", has a named speaker of its own: its words and the
// quotations in them are that speaker's, not the first clause's, and the
// first quotation is not handed to the second speaker. It also checks
// that a quotation in a sentence whose reported speech is read as two
// attributions ("denounced ... and warned ...") keeps its speaker.
func TestSecondNamedSpeakerClause(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{paragraph: `Tom Hale accuses the mayor of "leading from behind" and Ann Lutz says he is "losing the war on crime."`, content: "leading from behind", speaker: "Tom Hale"},
		{paragraph: `Tom Hale accuses the mayor of "leading from behind" and Ann Lutz says he is "losing the war on crime."`, content: "losing the war on crime", speaker: "Ann Lutz"},
		{paragraph: `Tom Hale said the mayor was leading from behind and Ann Lutz says he is losing the war on crime.`, content: "he is losing the war", speaker: "Ann Lutz"},
		{paragraph: `Mayor Lund denounced the remarks as "hurtful and humiliating" and warned of the wider effects of such talk on the town.`, content: "hurtful and humiliating", speaker: "Mayor Lund"},
	})
}

// TestPronounClauseAfterQuote checks that a pronoun clause joined by "and"
// after a quotation is still read as that quotation's speaker going on:
// only another named speaker's clause stops it.
func TestPronounClauseAfterQuote(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{paragraph: `Mayor Ann Lutz spoke on Monday. The town "needs the ferry" and she believes the council will agree.`, content: "needs the ferry", speaker: "Mayor Ann Lutz"},
	})
}

// TestNamedThingAfterQuote checks a quotation whose attribution after it
// names a thing by a capitalised owner or an -ing noun ('"...," the
// Harbour Authority notice said', '"...," the Web posting said'), or
// someone by a count and a noun ('"...," one user wrote'): the quotation
// is theirs, not the previous speaker's.
func TestNamedThingAfterQuote(t *testing.T) {
	for _, tc := range []struct {
		paragraphs       []string
		content, speaker string
	}{
		{[]string{`"Who will pay for the harbour?" Mensah asked.`, `"The ferry will stop running in May for repairs to the pier," the Harbour Authority notice said.`}, "The ferry will stop", "the Harbour Authority notice"},
		{[]string{`"Who will pay for the harbour?" Mensah asked.`, `"Travellers should avoid the docks. Crowds can turn violent," the Web posting said.`}, "Travellers should avoid", "the Web posting"},
		{[]string{`"Who will pay for the harbour?" Mensah asked.`, `"It is great fun watching the harbour fight," one user wrote.`}, "It is great fun", "one user"},
	} {
		a := structured(tc.paragraphs...)
		if q := findQuote(a, tc.content); q == nil || q.Speaker != tc.speaker {
			t.Errorf("%q: want %q by %q; quotes: %s", tc.paragraphs, tc.content, tc.speaker, describeQuotes(a))
		}
	}
	// An event named by an -ing noun says nothing: it shows what it shows.
	checkNoAttribution(t, `The Norland shelling showed that the ceasefire had collapsed.`,
		`The fighting suggests that the truce is over.`)
}

// TestCutQuoteNotContinued checks that a quotation cut by a comma, whose
// sentence goes on with words no reading takes for its attribution, is
// left without a speaker rather than handed to the speaker of the
// paragraph before: those words name someone else.
func TestCutQuoteNotContinued(t *testing.T) {
	a := structured(`"Who will pay for the harbour?" Mensah asked.`,
		`"Governor, let me help you out - the answer is no," the party's vice-presidential nominee riffed on the reply, drawing applause.`)
	if q := findQuote(a, "Governor, let me help"); q == nil || q.Speaker != "" {
		t.Errorf("want the cut quotation without a speaker; quotes: %s", describeQuotes(a))
	}
}

// TestRoleAfterCutQuote checks speakers named after a quotation cut by a
// comma whose role holds a name, an ampersand or an -ing modifier: the
// quotation is theirs.
func TestRoleAfterCutQuote(t *testing.T) {
	for _, tc := range []struct {
		paragraphs       []string
		content, speaker string
	}{
		{[]string{`"Who will pay for the harbour?" Mensah asked.`, `"We are shocked, Kofi was a friend to us," one B&Q Leeds employee told a television station.`}, "We are shocked", "one B&Q Leeds employee"},
		{[]string{`"Who will pay for the harbour?" Mensah asked.`, `"These are dark days for sailors like me," former John F. Hale speechwriter Noam Lev wrote in a column this month.`}, "These are dark days", "former John F. Hale speechwriter Noam Lev"},
		{[]string{`"Who will pay for the harbour?" Mensah asked.`, `"Ports will be hit hard," Isa Bolt, an analyst at Harbor Research & Trading, wrote in a note to investors.`}, "Ports will be hit", "Isa Bolt"},
		{[]string{`"Who will pay for the harbour?" Mensah asked.`, `"I have never been prouder of working for you," former State policy planning director Ann Slate wrote to the mayor.`}, "I have never been prouder", "former State policy planning director Ann Slate"},
	} {
		a := structured(tc.paragraphs...)
		if q := findQuote(a, tc.content); q == nil || q.Speaker != tc.speaker {
			t.Errorf("%q: want %q by %q; quotes: %s", tc.paragraphs, tc.content, tc.speaker, describeQuotes(a))
		}
	}
}

// TestSentenceOpenerIsNoOwner checks that a capitalised lead-in opening a
// sentence ("While", "But") is not read as a capitalised owner inside the
// subject's noun phrase: "While advocates say ..., critics argue ..." has
// two speakers, "advocates" and "critics".
func TestSentenceOpenerIsNoOwner(t *testing.T) {
	p := `While advocates say the deal is the best chance in years for the port, critics argue that the town's record of cheating makes any deal worthless.`
	checkSpeakers(t, []attributionCase{
		{paragraph: p, content: "the deal is the best chance", speaker: "advocates"},
		{paragraph: p, content: "the town's record", speaker: "critics"},
	})
}

// TestAsideReporterIsAntecedent checks that a reporter named in an aside
// inside another clause ("Some worried, Ann Deb said, that ...") stays the
// one a later "she" means.
func TestAsideReporterIsAntecedent(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{paragraph: `Mayor Tom Hale spoke on Monday. Some worried, Ann Deb said, that such a victory would embolden the council. "This plan appears to be an attempt to shift the balance," she said.`, content: "This plan appears", speaker: "Ann Deb"},
	})
}

// TestNoSpeakerFromModifierOrTime checks phrases that only look like a
// count or an article before a noun: an adjective before a comma in a
// list of them ("asked a tall, grey-haired man") and a time after a count
// ("who three years ago urged") name no speaker of their own.
func TestNoSpeakerFromModifierOrTime(t *testing.T) {
	a := structured(`"What, they expect me to sell my boat to buy medicine?" asked a tall, grey-haired man I met one day.`)
	if q := findQuote(a, "What, they expect me"); q != nil && q.Speaker == "a tall" {
		t.Errorf("want no speaker %q; quotes: %s", "a tall", describeQuotes(a))
	}
	a = structured(`Mr. Engel, who three years ago urged the mayor to arm the harbor police, said the town is still trying to find its way.`)
	for _, q := range a.Quotes {
		if q.Speaker == "three years ago" {
			t.Errorf("want no speaker %q; quotes: %s", q.Speaker, describeQuotes(a))
		}
	}
}

// TestDefiniteSettingNamesSpeaker checks that "he said in the interview"
// goes to the speaker an earlier attribution placed in an interview, not
// to the person named last: the definite occasion refers back.
func TestDefiniteSettingNamesSpeaker(t *testing.T) {
	a := structured(`Harbor chief Tom Lund has denied in an interview that his office had let the crews go unpaid.`,
		`"You should expect everything," Lund told the radio host.`,
		`The city council has accused the harbor office of the failure. Mayor Ann Hale has called on the council to back a limited audit of the office.`,
		`"There has been no evidence that I kept the crews unpaid," he said in the interview, which will be aired in full on Sunday.`)
	if q := findQuote(a, "There has been no evidence"); q == nil || q.Speaker != "Harbor chief Tom Lund" {
		t.Errorf("want the quotation by %q; quotes: %s", "Harbor chief Tom Lund", describeQuotes(a))
	}
	// Many speak at a news conference, and a body gives no interview a
	// "he" could mean: the pronoun keeps the person last named.
	for _, tc := range []struct{ paras []string }{
		{[]string{`Prime Minister Eli Navon said at a news conference that the talks were over.`,
			`Envoy Tom Hale met him later. "We will keep talking," he said at the news conference.`}},
		{[]string{`The ministry said in an interview that the port would close.`,
			`Envoy Tom Hale met officials later. "We will keep talking," he said in the interview.`}},
	} {
		a := structured(tc.paras...)
		if q := findQuote(a, "We will keep talking"); q == nil || q.Speaker != "Envoy Tom Hale" {
			t.Errorf("%q: want the quotation by Envoy Tom Hale; quotes: %s", tc.paras, describeQuotes(a))
		}
	}
}

// TestOwnersNameIsPerson checks that a name after an owner's possessive
// ("The Harbor Media Center's Bozell") is a person a later "he" means.
func TestOwnersNameIsPerson(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{paragraph: `Mayor Tom Hale spoke on Monday. The Harbor Media Center's Bozell agrees with Lund that the ferry is the best plan. He also thinks the council will back it.`, content: "the council will back it", speaker: "The Harbor Media Center's Bozell"},
	})
}

// TestQuotationDashSpeaker checks the horizontal bar ("―"), the quotation
// dash that signs epigraphs and readers' comments, as an attribution dash
// like the em dash and the hyphen: the name after it, ending the
// paragraph, is the speaker, with or without a space before the bar, and
// on a paragraph of its own it signs the quotation before it. A bar before
// a clause of the outlet's own hands nothing over: the quotation stays the
// council's.
func TestQuotationDashSpeaker(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{paragraph: `“The bridge has been closed for a year and nobody at city hall seems to care.” ― Maria Lopez`, content: "The bridge has been closed", speaker: "Maria Lopez"},
		{paragraph: `“We moved here for the schools, and the schools are failing us.”― Tom Baker.`, content: "We moved here for the schools", speaker: "Tom Baker"},
		{paragraph: `“The ferry is the only way my children get to school.” ―Ines Duarte, Portland.`, content: "The ferry is the only way", speaker: "Ines Duarte"},
	})
	a := structured(`Readers wrote to us about the harbor plan.`, `“Nobody asked the fishermen what they needed before the vote.”`, `― Walter Pike`)
	if q := findQuote(a, "Nobody asked the fishermen"); q == nil || q.Speaker != "Walter Pike" {
		t.Errorf("signature paragraph: want the quotation by Walter Pike; quotes: %s", describeQuotes(a))
	}
	checkSpeakers(t, []attributionCase{
		{paragraph: `The council called the plan “a giveaway” ― Republicans, however, pushed it through on Tuesday.`, content: "a giveaway", speaker: "The council"},
	})
}

// TestQuotedTranscriptTurns checks a transcript quoted paragraph by
// paragraph, each paragraph opening with a quotation mark and a speaker's
// label in capitals ('"HARMON: ...'): the label names the speaker of its
// paragraph, a quoted paragraph with no label goes on with the turn before
// it (not the next label's), and the turn ends at the outlet's own
// paragraph. A heading's label ("UPDATE:") names no one.
func TestQuotedTranscriptTurns(t *testing.T) {
	a := structured(
		`The interview aired on Sunday. A partial transcript follows:`,
		`"HARMON: Mayor, the ferry has been late every day this month. Will you fix it?`,
		`"LUND: Well, look, the ferry is older than I am, and the council knows that.`,
		`"But the truth is that we ordered a new boat in March and it arrives in May.`,
		`"MR. HARMON: Do you trust the shipyard to deliver on time?`,
		`Watch the full interview on our website.`,
		`"The boat will come when it comes, and we will be ready for it.`,
	)
	for _, want := range []struct{ content, speaker string }{
		{"Mayor, the ferry has been late", "HARMON"},
		{"Well, look, the ferry is older", "LUND"},
		{"But the truth is that we ordered", "LUND"},
		{"Do you trust the shipyard", "MR. HARMON"},
	} {
		if q := findQuote(a, want.content); q == nil || q.Speaker != want.speaker {
			t.Errorf("%q: want %q; quotes: %s", want.content, want.speaker, describeQuotes(a))
		}
	}
	for _, q := range a.Quotes {
		if strings.HasPrefix(a.Slice(q.Span), "HARMON") {
			t.Errorf("the label is no part of the words: %q", a.Slice(q.Span))
		}
	}
	if q := findQuote(a, "The boat will come when it comes"); q == nil || q.Speaker == "MR. HARMON" {
		t.Errorf("the turn must end at the outlet's own paragraph; quotes: %s", describeQuotes(a))
	}
	b := structured(`The council met on Tuesday.`, `"UPDATE: The council will meet again on Friday to vote on the ferry contract.`)
	if q := findQuote(b, "UPDATE: The council will meet"); q == nil || q.Speaker == "UPDATE" {
		t.Errorf("a heading's label is no speaker nor cut from the words; quotes: %s", describeQuotes(b))
	}
	// Without a lead ending with a colon, a lone quoted paragraph that
	// opens with capitals is a quoted heading, no transcript turn.
	c := structured(`The mayor shared a post on Tuesday.`, `"FERRY FACTS: The boat is forty years old and costs more to run every winter.`)
	if q := findQuote(c, "FERRY FACTS: The boat is forty"); q == nil || q.Speaker == "FERRY FACTS" {
		t.Errorf("a quoted heading opens no turn; quotes: %s", describeQuotes(c))
	}
}

// TestQuotedTranscriptNeedsDialogue checks that a tag in capitals after a
// lead ending with a colon opens no transcript turn on its own: a quoted
// post's '"NEW: ...', a poll's '"POLL: ...', an e-mail's '"SUBJECT: ...'
// name no speaker, and the tag stays part of the words. A quoted
// paragraph's label names a speaker by its form ("THE PRESIDENT"), by a
// surname the article named in full, or when a second, different label
// answers it; then the first labelled paragraph, and the paragraph with
// no label after it, are the first speaker's.
func TestQuotedTranscriptNeedsDialogue(t *testing.T) {
	for _, c := range []struct {
		paras          []string
		content, label string
	}{
		{[]string{`Tapper posted the news on Twitter on Monday night:`, `"NEW: Senate Republicans plan to vote on the bill next week, two aides say.`}, "NEW: Senate Republicans plan", "NEW"},
		{[]string{`The reporter tweeted an hour before the briefing:`, `"SCOOP: The president will name a new chief of staff this week.`}, "SCOOP: The president will name", "SCOOP"},
		{[]string{`Haberman wrote on Twitter:`, `"POLL: Clinton leads Trump by six points in Ohio among likely voters.`, `The numbers surprised the campaign.`}, "POLL: Clinton leads Trump", "POLL"},
		{[]string{`The email from the finance chair read:`, `"SUBJECT: Meeting with the donors on Friday at the hotel.`, `"Please bring the list of pledges and the new brochure.`}, "SUBJECT: Meeting with the donors", "SUBJECT"},
		{[]string{`The campaign sent a fundraising message:`, `"FAKE NEWS: The failing media will not tell you what we did for the harbor.`}, "FAKE NEWS: The failing media", "FAKE NEWS"},
	} {
		a := structured(c.paras...)
		if q := findQuote(a, c.content); q == nil || q.Speaker == c.label {
			t.Errorf("a tag in capitals is no speaker: %q; quotes: %s", c.label, describeQuotes(a))
		}
	}
	a := structured(
		`The interview aired on Sunday. A partial transcript follows:`,
		`"HARMON: Mayor, will you fix the ferry before the winter comes?`,
		`"Will the council pay for a new boat, or will the town?`,
		`"LUND: Well, the council will pay for it, and the boat arrives in May.`,
	)
	b := structured(`Mayor Ann Lund spoke to a radio host on Sunday. A partial transcript follows:`, `"LUND: Well, look, the ferry is older than I am, and the council knows that.`)
	c := structured(`The president spoke on Sunday. A partial transcript follows:`, `"THE PRESIDENT: Well, look, the ferry is older than I am, and the council knows that.`)
	for _, want := range []struct {
		a                *Article
		content, speaker string
	}{
		{a, "Mayor, will you fix the ferry", "HARMON"},
		{a, "Will the council pay for a new boat", "HARMON"},
		{a, "Well, the council will pay for it", "LUND"},
		{b, "Well, look, the ferry is older", "LUND"},
		{c, "Well, look, the ferry is older", "THE PRESIDENT"},
	} {
		if q := findQuote(want.a, want.content); q == nil || q.Speaker != want.speaker {
			t.Errorf("%q: want %q; quotes: %s", want.content, want.speaker, describeQuotes(want.a))
		}
	}
}

// TestQuotedTranscriptRejectedLabel checks a quoted paragraph inside a
// transcript whose label in capitals names no speaker: an interview's
// '"Q: ...' and '"A: ...', an editor's '"NOTE: ...', a clip's '"VIDEO:
// ...'. It is no one's turn, not even the speaker's who closes the
// quotation, and it ends the turn, so the paragraph with no label after
// it is not the last speaker's; a speaker's label opens a turn again,
// also while the transcript still waits for its second speaker. A word
// not in capitals before a colon ('"Look: ...') is the speaker's own.
func TestQuotedTranscriptRejectedLabel(t *testing.T) {
	a := structured(
		`The station aired the interview on Sunday. A partial transcript follows:`,
		`"HOST: Mayor, the ferry has been late every day this month. Will you fix it?`,
		`"LUND: Well, look, the ferry is older than I am, and the council knows that.`,
		`"Look: the council has known about the engine for a year, and so has the shipyard.`,
		`"Q: Will the new boat arrive in May, as the council was told in March?`,
		`"A: It will arrive in the first week of May, and the crew is hired.`,
		`"NOTE: The station edited this transcript for length and clarity.`,
		`"The boat will come when it comes, and we will be ready for it.`,
		`"HOST: Thank you for joining us this morning, Mayor.`,
	)
	b := structured(
		`The interview aired on Sunday. A partial transcript follows:`,
		`"HARMON: Mayor, will you fix the ferry before the winter comes?`,
		`"VIDEO: The ferry broke down twice in one week and nobody told us why.`,
		`"HARMON: Mayor, did the council know about the engine?`,
		`"LUND: Well, the council knew, and the boat arrives in May."`,
	)
	for _, c := range []struct {
		a       *Article
		content string
	}{
		{a, "Q: Will the new boat arrive"},
		{a, "A: It will arrive in the first week"},
		{a, "NOTE: The station edited"},
		{b, "VIDEO: The ferry broke down"},
	} {
		if q := findQuote(c.a, c.content); q == nil || q.Speaker != "" {
			t.Errorf("%q: want no speaker; quotes: %s", c.content, describeQuotes(c.a))
		}
	}
	if q := findQuote(a, "The boat will come when it comes"); q == nil || q.Speaker == "LUND" {
		t.Errorf("the turn ended at the note; quotes: %s", describeQuotes(a))
	}
	for _, want := range []struct {
		a                *Article
		content, speaker string
	}{
		{a, "Well, look, the ferry is older", "LUND"},
		{a, "Look: the council has known", "LUND"}, // no label: the turn goes on
		{a, "Thank you for joining us", "HOST"},
		{b, "Mayor, will you fix the ferry", "HARMON"},
		{b, "Mayor, did the council know", "HARMON"},
		{b, "Well, the council knew", "LUND"},
	} {
		if q := findQuote(want.a, want.content); q == nil || q.Speaker != want.speaker {
			t.Errorf("%q: want %q; quotes: %s", want.content, want.speaker, describeQuotes(want.a))
		}
	}
}

// TestTripleApostropheClose checks the doubled-apostrophe quotation of
// newspaper archives that ends with a single quotation inside it: the three
// apostrophes after the inner quotation's last word close it, then the
// outer one, so the attribution after them names the speaker, and the
// words after it are no part of the quotation. The last case, with no
// single quotation inside, is read as before.
func TestTripleApostropheClose(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{paragraph: `''We kept hearing the word 'temporary,''' said Rosa Delgado, a tenant in the building.`, content: `We kept hearing the word 'temporary,'`, speaker: "Rosa Delgado"},
		{paragraph: `''Nobody here believes in 'soon,''' the harbor master said on Monday.`, content: `Nobody here believes in 'soon,'`, speaker: "the harbor master"},
	})
	a := structured(`The mayor spoke to reporters.`, `''The sign said 'closed,''' he said. ''We opened it anyway.''`)
	if q := findQuote(a, "We opened it anyway"); q == nil || q.Speaker != "he" {
		t.Errorf("the quotation after the attribution goes on with its speaker; quotes: %s", describeQuotes(a))
	}
	checkSpeakers(t, []attributionCase{
		{paragraph: `''Welcome home,'' said the banner, and ''We missed you,'' said Ann Roe.`, content: "We missed you", speaker: "Ann Roe"},
	})
}

// TestRelativeClauseSubjectAfterPreposition checks a reporting verb in a
// relative clause opened by a preposition and "which" ("a lawsuit in
// which Democrats argued that ..."): the name after "which" is the
// clause's subject and speaks; the preposition does not make it an
// object, whose clause's opening phrase would speak instead. A plain
// noun after "which" is left to the reading as before.
func TestRelativeClauseSubjectAfterPreposition(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{paragraph: `The ferry line was at the heart of a court case in which Harbor Commissioners argued that the fares had been set unlawfully.`, content: "the fares had been set", speaker: "Harbor Commissioners"},
		{paragraph: `The school board held a long meeting on Monday at which Superintendent Ana Ruiz said the budget would be cut.`, content: "the budget would be cut", speaker: "Superintendent Ana Ruiz"},
		{paragraph: `The vote came after a hearing during which critics warned that the bridge was unsafe.`, content: "the bridge was unsafe", speaker: "critics"},
		{paragraph: `Her seat was at the center of a long lawsuit in which Republicans successfully argued that the map split rural towns.`, content: "the map split rural towns", speaker: "Republicans"},
	})
	checkSpeakers(t, []attributionCase{
		{paragraph: `Officials said the town was in a dispute in which the state had little say.`, content: "the town was in a dispute", speaker: "Officials"},
	})
}

// TestPronounSpeakerAfterWordsNamingSomeone covers ", he said" closing
// words that name a person: the words' own person is not the speaker; the
// last person who spoke before them is, or the pronoun stays unresolved.
// (The earlier person named who did not speak may be anyone.)
// A pronoun opening a main clause after a subordinate one keeps the
// subordinate clause's person.
func TestPronounSpeakerAfterWordsNamingSomeone(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{"The party met on Monday. Ann Roe is a good candidate, he said.", "Ann Roe is a good candidate", "he"},
		{"Senator Tom Hale said he would run. Ann Roe is a good candidate, he said.", "Ann Roe is a good candidate", "Senator Tom Hale"},
		{"Harbor master Lee Varga spoke. The pier is unsafe, Varga said. Mayor Ann Roe must close it, he said.", "Mayor Ann Roe must close it", "Varga"},
		{"While Mayor Ann Roe confirmed the closure, she declined to say when the pier would reopen.", "to say when the pier would reopen.", "Mayor Ann Roe"},
	})
}

// TestOpeningPollSpeaks checks that a share of those polled, after a
// sentence's opening "In a ... poll," is reported by the poll, and that
// any other opening or subject leaves the subject as the speaker.
func TestOpeningPollSpeaks(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{paragraph: `In a Daily Ledger poll released Tuesday, 42 percent of farmers said the tariff had hurt them.`, content: "the tariff had hurt them", speaker: "a Daily Ledger poll released Tuesday"},
		{paragraph: `In the harbor survey, six in 10 residents say the ferry should run at night.`, content: "the ferry should run at night", speaker: "the harbor survey"},
		{paragraph: `In a survey conducted by the Lund Institute and Radio Nord, 61 percent of teachers said classes were too large.`, content: "classes were too large", speaker: "a survey conducted by the Lund Institute and Radio Nord"},
	})
	// Negative: an opening that names no poll, or a subject that is no
	// share of respondents, keeps the subject.
	checkSpeakers(t, []attributionCase{
		{paragraph: `In Nordland, 42 percent of farmers said the tariff had hurt them.`, content: "the tariff had hurt them", speaker: "42 percent of farmers"},
		{paragraph: `In a speech on Monday, 42 percent of the delegates said they would walk out.`, content: "they would walk out", speaker: "42 percent of the delegates"},
		{paragraph: `In a poll released Tuesday, the mayor said the tariff had hurt farmers.`, content: "the tariff had hurt farmers", speaker: "the mayor"},
	})
}

// TestShortNextSentenceOnlyAfterOpeningQuote checks that a short next
// sentence of nothing but an attribution ("Other lawmakers agreed.")
// names the speaker only of a quotation that opens its own sentence, not
// of a fragment a sentence with its own cue ends on.
func TestShortNextSentenceOnlyAfterOpeningQuote(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{paragraph: `The harbor master said the new pier was “a costly mistake.” Two council members agreed.`, content: "a costly mistake", speaker: "The harbor master"},
		{paragraph: `The mayor called the ferry plan “a gift to nobody.” Ola Berg said.`, content: "a gift to nobody", speaker: "The mayor"},
	})
	// Negative: a quotation opening its sentence still takes the speaker
	// of the short sentence after it.
	checkSpeakers(t, []attributionCase{
		{paragraph: `“The new pier was a costly mistake.” Kari Lund said.`, content: "The new pier was a costly mistake", speaker: "Kari Lund"},
	})
}

// TestAttributionAfterOutcryWithAside checks that after a quotation
// ending in a question or exclamation mark, a next sentence opening with
// an attribution set off by a comma names the speaker, however long the
// aside after the comma; a sentence of the outlet's own names no one.
func TestAttributionAfterOutcryWithAside(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{paragraph: `“Who pays for the new pier?” Kari Lund asked, pointing at the empty lot where the harbor office once stood.`, content: "Who pays for the new pier?", speaker: "Kari Lund"},
		{paragraph: `“We will not close the school!” the mayor shouted, a line she has used at every meeting since the budget vote in March.`, content: "We will not close the school!", speaker: "the mayor"},
		{paragraph: `“Is the ferry late again, or did it sink?” Ola Berg went on, as if nobody else had been waiting on the dock all morning.`, content: "Is the ferry late again", speaker: "Ola Berg"},
	})
	// The speaker's own verb is read, not a voice going on from before.
	for _, tc := range []struct{ paragraph, content, verb string }{
		{`“Who pays for the new pier?” Kari Lund asked, pointing at the empty lot where the harbor office once stood.`, "Who pays for the new pier?", "asked"},
		{`“Why now, after ten years of talk?” the harbor master said, a question the council has heard at every meeting since March.`, "Why now", "said"},
	} {
		a := structured(tc.paragraph)
		if q := findQuote(a, tc.content); q == nil || q.Verb != tc.verb {
			t.Errorf("%q: want %q cued by %q; quotes: %s", tc.paragraph, tc.content, tc.verb, describeQuotes(a))
		}
	}
	// Negative: a sentence that opens with no attribution leaves the
	// outcry without a speaker.
	checkSpeakers(t, []attributionCase{
		{paragraph: `“Is the ferry late again?” The crowd fell silent, and the harbor master walked out of the office without a word to anyone.`, content: "Is the ferry late again?", speaker: ""},
	})
}

// TestInvertedSpeakerWithParticiple checks that an inverted speaker
// after a quotation may carry a participle phrase saying which one it is
// ("said an aide involved in the talks"), while a name followed by a verb
// still opens a reported clause and is no speaker of the quotation.
func TestInvertedSpeakerWithParticiple(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{paragraph: `"The ferry deal is done," said an aide involved in the harbor talks.`, content: "The ferry deal is done", speaker: "an aide"},
		{paragraph: `"Nobody will sign before May," said two diplomats briefed on the negotiations, who asked not to be named.`, content: "Nobody will sign before May", speaker: "two diplomats"},
		{paragraph: `"We expect a vote soon," said one Liberal involved in the planning.`, content: "We expect a vote soon", speaker: "one Liberal"},
	})
	// Negative: a name and a verb after the inverted "said" are the
	// subject and verb of what was said.
	checkSpeakers(t, []attributionCase{
		{paragraph: `The mayor calls the plan a "menace," said Berg worked against it for years.`, content: "menace", speaker: "The mayor"},
	})
}

// TestOpeningWordsBeforeQuotedSentence checks that the outlet's opening
// words before a whole quoted sentence attributed after it are reported
// with it, by the same speaker, unless those words report a saying of
// their own.
func TestOpeningWordsBeforeQuotedSentence(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{paragraph: `Because the ferry runs only twice a week, "nobody on the island can plan a trip to the mainland," Kari Lund said.`, content: `Because the ferry runs only twice a week, "nobody on the island can plan a trip to the mainland,"`, speaker: "Kari Lund"},
		{paragraph: `After the harbor vote in March, "there is a real sense that the council will listen to us now," said Ola Berg.`, content: `After the harbor vote in March, "there is a real sense that the council will listen to us now,"`, speaker: "Ola Berg"},
	})
	// Negative: opening words with a reporting verb of their own are no
	// part of the quoted sentence's report.
	a := structured(`Berg said the talks take time but added, "we will find a deal for the island before the summer," Berg said.`)
	for _, q := range a.Quotes {
		if q.Kind == QuoteIndirect && strings.HasPrefix(a.Slice(q.Span), "Berg said") {
			t.Errorf("an attribution holds its own cue: %q", a.Slice(q.Span))
		}
	}
}

// TestThatClauseEndingInQuotation checks that a that-clause after a
// reporting verb, running past a condition or setting into a quoted
// sentence, is reported whole by the speaker, and that a clause with a
// second reporting verb or no "that" adds nothing.
func TestThatClauseEndingInQuotation(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{paragraph: `Kari Lund said that after the harbor vote, "the council will have to listen to the island at last."`, content: `after the harbor vote, "the council will have to listen to the island at last."`, speaker: "Kari Lund"},
		{paragraph: `The mayor added that if the ferry stops in winter, "nobody will be able to reach the clinic on time."`, content: `if the ferry stops in winter, "nobody will be able to reach the clinic on time."`, speaker: "The mayor"},
	})
	// Negative: no that-clause, or a second reporting verb inside it.
	checkNoIndirect(t,
		`Kari Lund said on Monday, "the council will have to listen to the island at last."`,
		`Kari Lund said that while Berg insists on a vote, "the council will have to listen to the island at last."`,
	)
}

// TestSetOffAttributionBeforeQuotation checks that an attribution set
// off by commas inside the outlet's words, before a quotation that goes
// on with the sentence, makes the whole sentence the speaker's report;
// a capitalised quotation after an opening setting, or an attribution cut
// into a phrase of its own, does not.
func TestSetOffAttributionBeforeQuotation(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{paragraph: `If the ferry stops in winter, Kari Lund said, "nobody on the island will reach the clinic on time."`, content: `If the ferry stops in winter, Kari Lund said, "nobody on the island will reach the clinic on time."`, speaker: "Kari Lund"},
		{paragraph: `If the harbor law was never tested in court, Ola Berg said, there is a simple explanation: "No mayor in forty years ever dared to break it."`, content: `If the harbor law was never tested in court, Ola Berg said, there is a simple explanation: "No mayor in forty years ever dared to break it."`, speaker: "Ola Berg"},
	})
	// Negative: a sentence of the speaker's own after a setting, and an
	// attribution cut into the last phrase.
	for _, p := range []string{
		`At the crowded harbor meeting on Monday night, Kari Lund said, "No decision has been made on the winter schedule."`,
		`The council rejected the plan for several reasons, including, Ola Berg said, "the cost of the new pier for the island."`,
	} {
		a := structured(p)
		for _, q := range a.Quotes {
			if q.Kind == QuoteIndirect && q.Span.Start == 0 {
				t.Errorf("%q: want no attribution of the whole sentence, got %q", p, a.Slice(q.Span))
			}
		}
	}
}

// TestClauseRunningIntoQuotation checks that words after a reporting
// verb that a quotation opening in lower case completes are reported with
// it, and that a quotation opening with a capital is a sentence of its
// own after a setting.
func TestClauseRunningIntoQuotation(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{paragraph: `Kari Lund says no matter how much the new pier costs the island, "the ferry will keep running every single day all winter long."`, content: `no matter how much the new pier costs the island, "the ferry will keep running every single day all winter long."`, speaker: "Kari Lund"},
	})
	// Negative: a capital opens a sentence of the speaker's own.
	checkNoIndirect(t, `Kari Lund said at the harbor on Monday, "The ferry will keep running all winter, whatever the council decides."`)
}

// TestOutletWordsThatAreNoReport checks the limits of reading the
// outlet's words around a quotation as the speaker's: the one spoken to
// after "told", a setting after a set-off attribution, and words telling
// what the speaker did are no part of what was said.
func TestOutletWordsThatAreNoReport(t *testing.T) {
	checkNoIndirect(t,
		`Kari Lund told the harbor council, "the ferry will keep running every single day all winter long."`,
		`Then, departing from her prepared remarks, Kari Lund added, to applause: "We will keep the ferry running every single day all winter long."`,
		`In a long speech, Kari Lund held up a map of the harbor and drew a red line under the old pier, "before the council votes on the new ferry plan next spring," she said.`,
		// A time and a place after the verb are the saying's setting.
		`Kari Lund said late Wednesday at the harbor office, "the ferry will keep running every single day all winter long."`,
		// The second half of a split quotation: the words between are
		// the attribution's setting.
		`"We will not move," Kari Lund said last week at the harbor, "until the council votes on the new ferry plan."`,
	)
}

// TestRoundupSignatureAfterAFragment covers a roundup's excerpt whose
// quotation is a fragment inside the excerpt's sentence, signed on the
// next line by a name and an outlet: the signature names its speaker.
func TestRoundupSignatureAfterAFragment(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{`Some scholars suggest that the council "rushed the vote and shut the public out of the hall." Ann Lee, Harbor Times`,
			"rushed the vote and shut the public out of the hall.", "Ann Lee"},
	})
}

// TestListOfSpeakers checks that a list of three or more speakers opening
// the clause speaks whole ("The police, the fire service and the mayor
// blamed"), not only its last two items, while an opening phrase ("On
// Monday, Lee and Ortiz said") and an appositive whose noun holds an
// "and" ("Ann Lee, a spokeswoman for the Harbour and Ferry Union, said")
// stay outside the subject.
func TestListOfSpeakers(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{"The port police, the fire service and the mayor blamed the fire on a faulty cable.", "the fire on a faulty cable", "The port police, the fire service and the mayor"},
		{"Ferry workers, dockers and Mayor Ana Ruiz said the pier had been unsafe for years.", "the pier had been unsafe", "Ferry workers, dockers and Mayor Ana Ruiz"},
		{"On Monday, Ana Ruiz and Tom Hale said the pier had been unsafe for years.", "the pier had been unsafe", "Ana Ruiz and Tom Hale"},
		{"For weeks, the harbour board and the council said the pier was safe.", "the pier was safe", "the harbour board and the council"},
		{"Ann Lee, a spokeswoman for the Harbour and Ferry Union, said the strike would go on.", "the strike would go on", "Ann Lee"},
		{"Kurds, Arabs and Turkmen claim the harbour town as their own.", "the harbour town as their own", "Kurds, Arabs and Turkmen"},
		{"Norway, Chile and Peru also condemned the killing.", "the killing.", "Norway, Chile and Peru"},
		// A clause or a word ending before the comma is no item of the list.
		{"True, the union and the harbour board announced a deal on Monday.", "a deal", "the union and the harbour board"},
		{`The "ferry plan" was altered, harbour and city officials say.`, `The "ferry plan" was altered`, "harbour and city officials"},
		{"While the board has called for calm, the union and its members say the vote was unfair.", "the vote was unfair", "the union and its members"},
	})
}

// TestDocumentIssuerSpeaks checks that a document that opens the clause
// with its issuer after it ("A statement from the mayor's office said")
// is read with the issuer, who speaks through it, also after a quotation,
// while the object of another preposition ("An aide to Sen. Tom Hale
// said") and a place ("A video from the scene") are no issuer.
func TestDocumentIssuerSpeaks(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{"A statement from the mayor's office said the pier would reopen in May.", "the pier would reopen in May", "A statement from the mayor's office"},
		{"A joint letter by the Harbour Workers Union argued the pier was unsafe.", "the pier was unsafe", "A joint letter by the Harbour Workers Union"},
		{`"The pier will reopen in May," the statement from City Hall said.`, "The pier will reopen in May", "the statement from City Hall"},
		{"An aide to Councilwoman Ana Ruiz said the pier would reopen in May.", "the pier would reopen in May", "An aide"},
		{"A video from the scene showed the crowd leaving the pier.", "the crowd leaving the pier", "A video from the scene"},
	})
}

// TestShortAttributionBeforeMoreText checks that the short sentence
// naming the speaker of a question or an outcry that opens its own
// sentence is read alone, though the paragraph goes on with the outlet's
// words after it; a sentence of the outlet's own still names no one.
func TestShortAttributionBeforeMoreText(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{paragraph: `The ferry was late again. “Who pays for the new pier?” Kari Lund asked on Tuesday. The council has not answered.`, content: "Who pays for the new pier?", speaker: "Kari Lund"},
		{paragraph: `“We will not close the school!” Mayor Ola Berg said. The vote on the budget is set for March.`, content: "We will not close the school!", speaker: "Mayor Ola Berg"},
		{paragraph: `Few came to the meeting. “Is the harbor office closed for good?” Ms. Lund wrote to the board. It did not reply.`, content: "Is the harbor office closed for good?", speaker: "Ms. Lund"},
	})
	// Negative: the outlet's own short sentence after the outcry names
	// no speaker of it.
	checkSpeakers(t, []attributionCase{
		{paragraph: `The ferry was late again. “Is this the end of the line?” The mayor resigned on Tuesday. The council meets in May.`, content: "Is this the end of the line?", speaker: ""},
	})
}

// TestProgressiveNamingBeforeShortQuote checks that a short quotation
// after a progressive naming verb ("is calling the plan "reckless"") is
// the subject's, as it is after the simple past; an intention in the
// progressive ("are seeking a leader") reports no words of its subject.
func TestProgressiveNamingBeforeShortQuote(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{paragraph: `The harbor master is calling the new pier “badly built.”`, content: "badly built", speaker: "The harbor master"},
		{paragraph: `Mayor Ola Berg was calling the ferry deal “a steal” all week.`, content: "a steal", speaker: "Mayor Ola Berg"},
		{paragraph: `Kari Lund is describing the budget as “reckless.”`, content: "reckless", speaker: "Kari Lund"},
	})
	// Negative: the quotation after an intention is the speaker's of
	// the sentence, not the intention's subject.
	checkSpeakers(t, []attributionCase{
		{paragraph: `Lund says that the islanders are seeking a mayor to counter the “years of neglect.”`, content: "years of neglect", speaker: "Lund"},
		// A progressive inside another's report is that speaker's words.
		{paragraph: `The ferry union warned that the mayor was calling the strike “a crime” against the island.`, content: "a crime", speaker: "The ferry union"},
	})
}

// TestDigitGroupsEndNoClause checks that a comma inside a number
// ("2,521") does not end a relative clause's report.
func TestDigitGroupsEndNoClause(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{paragraph: `The harbor office, which reported that 2,521 boats docked last year, wants a new pier.`, content: `2,521 boats docked last year`, speaker: "The harbor office"},
		{paragraph: `Fishermen, who said 1,200,000 tons were landed in May, cheered.`, content: `1,200,000 tons were landed in May`, speaker: "Fishermen"},
	})
	// Negative: a comma and a space between numbers still part them.
	a := structured(`The board, which said 12, 14 or 16 boats would go, met on Monday.`)
	for _, q := range a.Quotes {
		if strings.Contains(a.Slice(q.Span), "met on Monday") {
			t.Errorf("a relative clause runs past its comma: %q", a.Slice(q.Span))
		}
	}
}

// TestPlacedCommonNounAfterQuote checks that after a quotation, a common
// noun for a person with a phrase of place ("a voter in the crowd") is
// the speaker of the verb after it, and that a clause of the outlet's with
// its own verb there names no speaker.
func TestPlacedCommonNounAfterQuote(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{paragraph: `“The ferry never comes on time,” a commuter at the pier said. The council meets in May.`, content: "The ferry never comes on time", speaker: "a commuter"},
		{paragraph: `“Vote for the harbor plan,” the narrator in the new ad says. The spot runs all week.`, content: "Vote for the harbor plan", speaker: "the narrator"},
		{paragraph: `“We were never asked,” one fisherman on the island told reporters.`, content: "We were never asked", speaker: "one fisherman"},
	})
	// Negative: a noun that names no person, or a place phrase holding a
	// pronoun's clause, gives no speaker.
	checkSpeakers(t, []attributionCase{
		{paragraph: `“The ferry never comes on time,” a delay in the schedule showed.`, content: "The ferry never comes on time", speaker: ""},
		{paragraph: `“The ferry never comes on time,” a commuter at the pier she uses said.`, content: "The ferry never comes on time", speaker: ""},
	})
}

// TestQualifiedSourcesAfterLeadIn checks that unnamed sources a
// qualifier describes ("sources close to the mayor") speak after an
// opening adverb and its comma, as they do opening the sentence; a bare
// role with a phrase of place there still does not.
func TestQualifiedSourcesAfterLeadIn(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{paragraph: `However, sources close to the harbor board say the ferry deal is dead.`, content: "the ferry deal is dead", speaker: "sources close to the harbor board"},
		{paragraph: `Still, officials briefed on the talks said the pier would be rebuilt.`, content: "the pier would be rebuilt", speaker: "officials briefed on the talks"},
	})
	// Negative: a role and a place with no qualifier make no attribution.
	checkNoAttribution(t, `However, experts on the island say the ferry deal is dead.`)
}

// TestStanceBeforeQuotedClause checks that a side its speaker takes
// before going on to be quoted in the same sentence is read as well
// ("bemoaned the unrest and said ... "a big factor""), while a side in a
// sentence quoting someone else, or one whose object is a question word
// before its subject, is not.
func TestStanceBeforeQuotedClause(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{paragraph: `Mayor Ola Berg bemoaned the closing of the ferry and said the island was "cut off from the world."`, content: "the closing of the ferry", speaker: "Mayor Ola Berg"},
		{paragraph: `Kari Lund had mocked the harbor plan, saying anyone who reads it "will laugh out loud."`, content: "the harbor plan", speaker: "Kari Lund"},
	})
	// Negative: the quoted speaker is another; the question word is the
	// side taken.
	for _, p := range []string{
		`Ola Berg criticized the ferry schedule, and the mayor called it "a disgrace."`,
		`When asked whom she supported, Kari Lund smiled and said, "Nobody yet."`,
		// An object naming the speaker is most often a pronoun read back to
		// the one criticized ("He has criticized Obama, who said ..."): no side.
		`Kari Lund has opposed Kari Lund's own party and said the pier was "a disgrace."`,
	} {
		a := structured(p)
		for _, q := range a.Quotes {
			if v := strings.ToLower(q.Verb); v == "criticized" || v == "supported" || v == "opposed" {
				t.Errorf("%q: a side read as %q by %q", p, a.Slice(q.Span), q.Speaker)
			}
		}
	}
}

// TestIndefiniteNounIsNoSubject checks that a cue word in its base form
// after "a" or "an" and a modifier ("a good bet", "an hourlong show") is
// read as the phrase's noun, with no speaker, while a share or a person
// after "a" still speaks with a verb that agrees.
func TestIndefiniteNounIsNoSubject(t *testing.T) {
	for _, p := range []string{
		`It is a safe bet that the ferry will be late again this winter.`,
		`The mayor gave an hourlong show of charts, and voters left early.`,
	} {
		a := structured(p)
		for _, q := range a.Quotes {
			if v := strings.ToLower(q.Verb); v == "bet" || v == "show" {
				t.Errorf("%q: a noun read as the cue %q of %q", p, q.Verb, q.Speaker)
			}
		}
	}
	// Negative: a share agrees with its plural verb; a person with a past.
	checkSpeakers(t, []attributionCase{
		{paragraph: `A third say the ferry should run all year.`, content: "the ferry should run all year", speaker: "A third"},
		{paragraph: `A harbor official said the ferry would run all year.`, content: "the ferry would run all year", speaker: "A harbor official"},
	})
}

// TestFloatingAllAfterPluralSubject checks that "all" between a plural
// subject and its verb ("the harbor pilots all said") is no part of the
// speaker and hides no subject, while "all" opening its clause after a
// comma is the subject itself.
func TestFloatingAllAfterPluralSubject(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{paragraph: `The harbor pilots all warned that the new pier is too short.`, content: "the new pier is too short", speaker: "The harbor pilots"},
		{paragraph: `Islanders all said the ferry should run in winter.`, content: "the ferry should run in winter", speaker: "Islanders"},
		// A share of those polled before a base-form verb is a subject, not a noun phrase.
		{paragraph: `Half of the islanders back the ferry plan. A similar amount say the pier is unsafe.`, content: "the pier is unsafe", speaker: "A similar amount"},
	})
	// A writer's "we all" is the outlet's own voice.
	checkNoAttribution(t, `We all know the harbor plan is far from perfect.`)
	// Negative: "all" after a comma opens its own clause; the words
	// before the comma are no subject of its verb.
	a := structured(`After the talks with the harbor pilots, all said the ferry should run in winter.`)
	for _, q := range a.Quotes {
		if strings.Contains(q.Speaker, "pilots") {
			t.Errorf("a floating all read past a comma: %q by %q", a.Slice(q.Span), q.Speaker)
		}
	}
}

// TestParticipleAfterQuoteKeepsOuterSpeaker checks that ", adding that
// the report suggests ..." after a quotation's attribution reports the
// whole clause as the quoted speaker's, with the inner source's words
// inside it as theirs, while a participle after a gloss is no report.
func TestParticipleAfterQuoteKeepsOuterSpeaker(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{paragraph: `"We are done," Ola Berg told the council, adding that the survey suggests the pier is too short.`, content: "the survey suggests the pier is too short", speaker: "Ola Berg"},
		{paragraph: `"We are done," Ola Berg told the council, adding that the survey suggests the pier is too short.`, content: "the pier is too short", speaker: "the survey"},
	})
	// Negative: a participle after a quoted gloss reports nothing.
	checkNoIndirect(t, `The pilots call it "the gap," referring to the stretch between the pier and the reef.`)
}

// TestStanceInRelativeClauseEndsAtComma checks that a side taken in a
// relative clause set off by commas ends at the clause's comma, not with
// the main clause after it.
func TestStanceInRelativeClauseEndsAtComma(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{paragraph: `Mayor Ola Berg, who has expressed support for the ferry workers, addressed the council on Friday, saying the pier must be rebuilt.`, content: "support for the ferry workers", speaker: "Mayor Ola Berg"},
	})
	// Negative: a side taken in the main clause keeps its object whole.
	checkExactAttributions(t, []attributionCase{
		{paragraph: `Mayor Ola Berg expressed support for the ferry workers and their union, saying the pier must be rebuilt.`, content: "support for the ferry workers and their union", speaker: "Mayor Ola Berg"},
	})
}

// TestSubjectAfterPrepositionalRelative checks that a plural common noun
// after "in which" or "under which" is its clause's speaker, not the noun
// phrase or clause before the preposition; a singular noun there is left
// to the rules that read it.
func TestSubjectAfterPrepositionalRelative(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{paragraph: `Farming is a lottery in which growers argue that the rain decides everything.`, content: "the rain decides everything", speaker: "growers"},
		{paragraph: `The port runs on a system under which dockworkers say that shifts are too long.`, content: "shifts are too long", speaker: "dockworkers"},
		// A name after "in which" was already read so.
		{paragraph: `It was a hearing in which Democrats argued that the map was unfair.`, content: "the map was unfair", speaker: "Democrats"},
	})
}

// TestAuxiliaryEndsClauseSubject checks that when the speaker stands
// after a preposition, the clause's opening noun phrase ends at an
// auxiliary or a form of "be" ("Allies of the mayor have in the past
// said"), and that a clause with its own object before the preposition
// gives no speaker phrase holding a verb.
func TestAuxiliaryEndsClauseSubject(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{paragraph: `Harlow's oldest friends and neighbors have in the past said she would never leave the valley.`, content: "she would never leave the valley", speaker: "Harlow's oldest friends and neighbors"},
		{paragraph: `Three class action suits being weighed in Toledo have accused Lakeview Academy of misleading its students.`, content: "Lakeview Academy of misleading", speaker: "Three class action suits"},
	})
	// "The mayor may not sign the bill" is a clause with its own object:
	// neither it nor "The mayor" argued.
	for _, p := range []string{
		`The mayor may not sign the bill because of Hale argued that the tax was unfair.`,
		`The mayor may be another obstacle for Hale argued that the tax was unfair.`,
	} {
		for _, q := range structured(p).Quotes {
			if strings.Contains(q.Speaker, "mayor") {
				t.Errorf("%q: speaker %q", p, q.Speaker)
			}
		}
	}
}

// TestConjunctionSubjectPastAside checks that a name after "since" or
// "after" is the subject of the clause it opens though a short aside
// opened by a preposition stands between it and the verb.
func TestConjunctionSubjectPastAside(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{paragraph: `Lund has been courting farmers since Okafor, at last week's forum, cited falling grain prices.`, content: "falling grain prices", speaker: "Okafor"},
		{paragraph: `The council adjourned after Perez, in a brief statement, argued that the vote was rushed.`, content: "the vote was rushed", speaker: "Perez"},
	})
	// No aside: the name still speaks, as before.
	checkSpeakers(t, []attributionCase{
		{paragraph: `The council adjourned after Perez argued that the vote was rushed.`, content: "the vote was rushed", speaker: "Perez"},
	})
}

// TestInterjectionColonLabels checks that an editor's tag or an
// interjection before a colon ("CLARIFICATION:", "Wow:", "BUSTED:",
// "Name:") is no speaker of what follows, while a name before a colon
// still is.
func TestInterjectionColonLabels(t *testing.T) {
	for _, p := range []string{
		`CLARIFICATION: An earlier version of this story misstated the date of the county vote.`,
		`Wow: Governor Lund Just Answered His Critics With Three Blunt Words.`,
		`BUSTED: Mayor Caught Spending Town Funds On Private Trips.`,
		`Name: Rosa Lindqvist Age: 44 City: Duluth Job: Nurse.`,
		`So: the council will have to find the money somewhere else.`,
	} {
		for _, q := range structured(p).Quotes {
			if w := strings.ToLower(q.Speaker); w == "clarification" || w == "wow" || w == "busted" || w == "name" || w == "so" {
				t.Errorf("%q: speaker %q", p, q.Speaker)
			}
		}
	}
	checkSpeakers(t, []attributionCase{
		{paragraph: `Governor Lund: "We will not raise the levy this year."`, content: "We will not raise the levy", speaker: "Governor Lund"},
	})
}

// TestBracketTagThenRelativeClause checks that a name with its party tag
// in brackets, then a relative clause set off by commas, speaks the verb
// after the clause, an opening participle or not; a name after a
// preposition inside such a clause does not.
func TestBracketTagThenRelativeClause(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{paragraph: `Speaking on the same program, Sen. Ruth Okafor (D-Vt.), who has backed the governor, said the plan would pass.`, content: "the plan would pass", speaker: "Sen. Ruth Okafor"},
		{paragraph: `Asked about the vote, Rep. Dan Lund (R-Ind.), who chairs the panel, argued that the count was flawed.`, content: "the count was flawed", speaker: "Rep. Dan Lund"},
		{paragraph: `Ann Perez, a lawyer who once worked for Sen. Tom Hale (R-Ky.), the bill's author, called it "a real turning point."`, content: "a real turning point", speaker: "Ann Perez"},
	})
}

// TestFourWordCommonNounSubject checks that an article and three plain
// modifiers before a noun make one speaker phrase ("The billionaire real
// estate developer says"), and that without the article the run is not
// read so far back.
func TestFourWordCommonNounSubject(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{paragraph: `The billionaire sugar cane baron says the new tariffs will hurt exporters.`, content: "the new tariffs will hurt exporters", speaker: "The billionaire sugar cane baron"},
		{paragraph: `The wealthy timber company heiress says the pier had been unsafe for years.`, content: "the pier had been unsafe", speaker: "The wealthy timber company heiress"},
	})
	checkSpeakers(t, []attributionCase{
		{paragraph: `Customers of the retired harbor police captain said the pier had been unsafe for years.`, content: "the pier had been unsafe", speaker: "Customers"},
	})
}

// TestSingingAndRepeatingSpeakers checks that singing or repeating words
// right after a quotation tells how they were said ('"...," Lund sings
// to the crowd', '"...!" Okafor repeated'), like "shouted" or "joked",
// while a show's title and what it does ('"Cats," the musical, returns')
// stay no one's words.
func TestSingingAndRepeatingSpeakers(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{paragraph: `"Carry me home across the river," Lund sings to the governor before turning to the crowd.`, content: "Carry me home across the river", speaker: "Lund"},
		{paragraph: `"Forty dollars a barrel!" Okafor repeated.`, content: "Forty dollars a barrel", speaker: "Okafor"},
	})
	a := structured(`"Rent," the musical, returns to the harbor theater this fall.`)
	if q := findQuote(a, "Rent"); q != nil && q.Speaker != "" {
		t.Errorf("a show's title read as %q's words", q.Speaker)
	}
}

// TestMannerVerbWhileParticiple checks that "while" and a participle
// after a manner verb ('"...," she yells while running') sets the scene
// as a preposition does, so the pronoun speaks; "while" opening a clause
// with a subject of its own does not.
func TestMannerVerbWhileParticiple(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{paragraph: `"Open the gate, he is hurt," she yells while running toward the ambulance.`, content: "Open the gate, he is hurt", speaker: "she"},
	})
	a := structured(`"Open the gate, he is hurt," she yells while the guards watch the road.`)
	if q := findQuote(a, "Open the gate"); q != nil && q.Verb == "yells" {
		t.Errorf("a clause after while read as the setting of the speaker's words")
	}
}

// TestInvertedMannerVerb checks that a verb of speaking manner right
// after a cut quotation and before a name ('"...," scoffed Ann Roe')
// hands the quotation to the name, an appositive or relative clause
// after it or not, and that the verb is no part of the speaker phrase;
// a title's comma before a participle and a name is no such attribution.
func TestInvertedMannerVerb(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{paragraph: `"Nobody here believes a word of it," scoffed Marta Lindqvist, 41, who runs the bakery on Main Street.`, content: "Nobody here believes a word of it", speaker: "Marta Lindqvist"},
		{paragraph: `"What a night for this town!" beamed Tomas Berg of Duluth.`, content: "What a night for this town", speaker: "Tomas Berg of Duluth"},
		{paragraph: `"Picture the mayor on a tractor," mused radio host Dana Okafor.`, content: "Picture the mayor on a tractor", speaker: "radio host Dana Okafor"},
	})
	a := structured(`"Harbor Lights," directed by Ann Roe, opened in May.`)
	if q := findQuote(a, "Harbor Lights"); q != nil && q.Speaker != "" {
		t.Errorf("a title read as %q's words", q.Speaker)
	}
}

// TestParticipleGates checks the limits of the last readings: four words
// before a noun need no participle among them ("An escalating border
// dispute threatening ..." names no speaker); a participle opening a name
// after a quotation is no manner verb ('"...," retired Gen. Ann Roe, a
// former chief, said'); and "has" with an object before "and say" keeps
// its subject.
func TestParticipleGates(t *testing.T) {
	for _, q := range structured(`An escalating regional border dispute threatening to close the port worried traders.`).Quotes {
		if strings.Contains(q.Speaker, "dispute") {
			t.Errorf("an event read as speaker %q", q.Speaker)
		}
	}
	checkSpeakers(t, []attributionCase{
		{paragraph: `"The harbor is not ready for winter," retired Adm. Ann Roe, a former chief of naval operations, said.`, content: "The harbor is not ready for winter", speaker: "retired Adm. Ann Roe"},
	})
	// A name after "were condemning" is the verb's object: the officials
	// condemning it do not speak the reports after "over".
	for _, q := range structured(`By May, Mr. Lund and other county officials were condemning Harbor City over EPA reports it had dumped waste in the river.`).Quotes {
		if strings.Contains(q.Speaker, "Lund") {
			t.Errorf("the condemning officials read as the reports' speaker %q", q.Speaker)
		}
	}
	a := structured(`The mayor has the gall to go on the radio and say the budget is balanced.`)
	if q := findQuote(a, "the budget is balanced"); q == nil || q.Speaker != "The mayor" {
		t.Errorf("want the mayor's words; quotes: %s", describeQuotes(a))
	}
}

// TestIndefinitePersonSpeaker checks that an unnamed person ("someone")
// in lower case speaks the verb after it, as a capitalised one at the
// sentence's start did; that one after a preposition is the one spoken
// to; and that "everyone knew" after a quotation leaves it its speaker.
func TestIndefinitePersonSpeaker(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{paragraph: `Then someone asked whether the ferry would run on Sunday.`, content: "the ferry would run on Sunday", speaker: "someone"},
	})
	checkSpeakers(t, []attributionCase{
		{paragraph: `The mayor said to someone that the levy was too high.`, content: "the levy was too high", speaker: "The mayor"},
		{paragraph: `When Mayor Ann Roe said "the levy stays," everyone knew she meant it.`, content: "the levy stays", speaker: "Mayor Ann Roe"},
	})
}

// TestDemonstrativeThatSubject checks that "that" right before a finite
// verb after a reporting verb is the reported clause's subject and part
// of the words ("Few analysts believe that is likely"), while "that"
// before a subject of its own still only opens the clause.
func TestDemonstrativeThatSubject(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{paragraph: `Few analysts believe that is likely.`, content: "that is likely.", speaker: "Few analysts"},
		{paragraph: `The harbor master said that would be a mistake.`, content: "that would be a mistake.", speaker: "The harbor master"},
		{paragraph: `The harbor master said that the plan would be a mistake.`, content: "the plan would be a mistake.", speaker: "The harbor master"},
	})
}

// TestAttitudeParticipleSpeaks checks that an attitude adjective that is
// also a participle ("is worried that", "are worried about") names its
// subject as the one whose mind it reports, as "is concerned that" does,
// not an unnamed speaker of a passive; and that a true passive of a
// reporting verb ("is expected to", "was told that") keeps no speaker.
func TestAttitudeParticipleSpeaks(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{paragraph: `The harbor board is worried that the new tolls will drive shipping to the south.`, content: "the new tolls will drive shipping to the south", speaker: "The harbor board"},
		{paragraph: `Local growers are worried about the cost of water this summer, because they think prices will double.`, content: "the cost of water this summer", speaker: "Local growers"},
	})
	checkNoSpeakers(t,
		`The ferry is expected to resume its crossings on Monday morning.`,
		`The crew was told that the strike would end before the weekend.`,
		// A question asks whether to hold the view; no one holds it.
		`Should we still be worried about the ferry strike?`,
	)
}

// TestRelativeSayingInPoll checks that a relative clause of saying set
// off by a comma inside reported words ("..., compared with 23 percent
// who said ...") is a second group's words, and that the first group's
// words end before it; a relative clause with no comma before its phrase
// stays inside the words it describes.
func TestRelativeSayingInPoll(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{paragraph: `Asked about the levy, 52 percent of farmers said it was fair, compared with 31 percent who said it would ruin them.`, content: "it would ruin them", speaker: "31 percent"},
		{paragraph: `Asked about the levy, 52 percent of farmers said it was fair, compared with 31 percent who said it would ruin them.`, content: "it was fair", speaker: "52 percent of farmers"},
		{paragraph: `Most fishermen said the quota was too low, compared with three in 10 who said the quota was about right.`, content: "the quota was about right", speaker: "three in 10"},
	})
	checkExactAttributions(t, []attributionCase{
		{paragraph: `The harbor master said crews who said they were tired had been sent home early.`, content: "crews who said they were tired had been sent home early.", speaker: "The harbor master"},
		// The relative clause sits inside a parenthesis of the first
		// speaker's words, which go on after it.
		{paragraph: `The senator said the bill, backed by farmers who said it would lower costs, would pass next week.`, content: "the bill, backed by farmers who said it would lower costs, would pass next week.", speaker: "The senator"},
		{paragraph: `Officials said the fire, first reported by neighbors who said they smelled smoke, was under control by noon.`, content: "the fire, first reported by neighbors who said they smelled smoke, was under control by noon.", speaker: "Officials"},
	})
}

// TestResearchFinds checks that "research" is data that finds without
// "that", as a study or a survey is ("research conducted by the institute
// found the tolls cut traffic"), and that research that is no subject of
// a finding reports nothing.
func TestResearchFinds(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{paragraph: `Research conducted by the harbor institute found the new tolls cut traffic by a third.`, content: "the new tolls cut traffic by a third.", speaker: "Research"},
	})
	checkNoAttribution(t,
		`Her research focuses on fishing towns in the north.`,
		`After months of research, the reporters found the ledger in a basement.`,
	)
}

// TestWhatCalledNames checks that a free relative of naming ("what
// officials called a hate crime", "what one aide described as a brawl")
// gives the name as its subject's words, and that a naming with no clear
// end, a phrasal "called for" or no one named reports nothing.
func TestWhatCalledNames(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{paragraph: `The man bought the rifle used in what officials called a hate crime.`, content: "a hate crime", speaker: "officials"},
		{paragraph: `The harbor meeting turned into what one aide described as a brawl.`, content: "a brawl", speaker: "one aide"},
	})
	checkNoAttribution(t,
		`The ferry crews were given what the contract called for.`,
		`Nobody knew what the mayor called the meeting about.`,
		`The board made ending what it calls waste in the port a major goal of the year.`,
		// The object of "called" is no name: "what" is.
		`The firm tracks what the company calls its customers.`,
		`He was angry at what the president called him during the meeting.`,
	)
	// A name cut short by a quotation mark, or by a possessive the
	// tokenizer split off, is no name: the quotation readers read 'what
	// he called a "mindless attack"', also in an archive's ``...'' marks.
	for _, p := range []string{`The mayor condemned what he called a "mindless attack" on the port.`,
		"The mayor condemned what he called a ``mindless attack'' on the port.",
		"The mayor condemned what he called Ruritania 's violation of the truce."} {
		a := structured(p)
		for _, q := range a.Quotes {
			if s := a.Slice(q.Span); s == "a" || s == "Ruritania" {
				t.Errorf("%q: the article before a quoted name read as the name; quotes: %s", p, describeQuotes(a))
			}
		}
	}
}

// TestLyNounSpeaks checks that a noun in -ly ("family", "assembly") is
// no adverb, so it heads a speaker phrase, while an adverb in -ly before
// a reporting verb stays out of the speaker.
func TestLyNounSpeaks(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{paragraph: `The family said the harbor police had lied to them.`, content: "the harbor police had lied to them.", speaker: "The family"},
		{paragraph: `The state assembly voted to condemn the plan, saying it would hurt farmers.`, content: "it would hurt farmers.", speaker: "The state assembly"},
		{paragraph: `The harbor master quickly said the ferry would run on time.`, content: "the ferry would run on time.", speaker: "The harbor master"},
	})
}

// TestAspectVerbOpeningNamesNoOne checks that a list item written without
// its subject ("Keeps saying she backed the ferry, when ...") names no
// speaker: "Keeps" is a verb of going on, capitalised as the line opens,
// no name. With a subject, the subject speaks.
func TestAspectVerbOpeningNamesNoOne(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{paragraph: `Closed the harbor school. Keeps saying she backed the ferry plan, when the minutes show she voted against it.`, content: "she backed the ferry plan", speaker: ""},
		{paragraph: `Mayor Hale keeps saying she backed the ferry plan, when the minutes show she voted against it.`, content: "she backed the ferry plan", speaker: "Mayor Hale"},
	})
}

// TestSingleMarkBeforeBracket checks that a single quotation mark before
// an editor's bracketed letter ("'[I]f ...'") opens a quotation, so that
// its words are quoted and the paragraph after it goes on with the same
// speaker, not with one named earlier; a decade's apostrophe ("the '90s")
// and a bracket after a space open none.
func TestSingleMarkBeforeBracket(t *testing.T) {
	a := structured(
		`Mayor Ann Lutz announced the levy on Monday. Councillor Tom Hale dug in his heels.`,
		`'[T]he council will not pay one cent of it, and I will say so at every meeting,' he vowed.`,
		`'They must find the money elsewhere. It is time for the province to pay its share.'`)
	for _, c := range []struct{ content, speaker string }{
		{"[T]he council will not pay", "Councillor Tom Hale"},
		{"They must find the money", "Councillor Tom Hale"},
	} {
		if q := findQuote(a, c.content); q == nil || q.Speaker != c.speaker || q.Kind != QuoteDirect {
			t.Errorf("want %q quoted by %q; quotes: %s", c.content, c.speaker, describeQuotes(a))
		}
	}
	checkNoAttribution(t, `The band was big in the '90s and its [new] record sold well.`)
}

// TestUnnamedSubjectIsAntecedent checks that an unnamed person brought in
// as a clause's subject ("as one gunman addresses the crowd", "A masked
// man stepped forward", "One of the gunmen in the footage shouted") is
// whom a later "he" means, not an official named before, and that a
// participle after "One of the X" is that whole phrase's. A person named
// after the phrase, a phrase inside reported words and a thing ("a
// letter") leave the named official as the one meant.
func TestUnnamedSubjectIsAntecedent(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{paragraph: `Governor Tom Hale promised an inquiry. The prisoners stand in a row as one gunman addresses the crowd in Danish. "Nobody leaves this yard," he says.`, content: "Nobody leaves this yard", speaker: "one gunman"},
		{paragraph: `Mayor Ann Lutz spoke first. A masked man then stepped forward. "We are not finished," he said.`, content: "We are not finished", speaker: "A masked man"},
		{paragraph: `Governor Tom Hale spoke on Monday. One of the gunmen in the footage shouted at the crowd. "Nobody moves," he said.`, content: "Nobody moves", speaker: "One of the gunmen"},
		{paragraph: `One of the protesters in the crowd waved a flag, saying the port must stay open.`, content: "the port must stay open", speaker: "One of the protesters"},
	})
	checkSpeakers(t, []attributionCase{
		{paragraph: `Governor Tom Hale spoke on Monday. A reporter pressed Governor Tom Hale about the levy. "Nobody pays it," he said.`, content: "Nobody pays it", speaker: "Governor Tom Hale"},
		{paragraph: `Governor Tom Hale spoke on Monday. Hale said a guard had fired. "Nobody was hurt," he said.`, content: "Nobody was hurt", speaker: "Hale"},
		{paragraph: `Governor Tom Hale spoke on Monday. A letter arrived on Tuesday. "Nobody was hurt," he said.`, content: "Nobody was hurt", speaker: "Governor Tom Hale"},
		{paragraph: `Governor Tom Hale spoke on Monday. The idea that he missed the memo regarding one of the port's loudest critics is odd. "Nobody was hurt," he said.`, content: "Nobody was hurt", speaker: "Governor Tom Hale"},
		// What happens to someone, or a state, brings in no speaker.
		{paragraph: `Governor Tom Hale visited the port. A young man was arrested at the scene. "We will rebuild," he said.`, content: "We will rebuild", speaker: "Governor Tom Hale"},
		{paragraph: `Governor Tom Hale visited the port. A soldier was killed in the blast. "We will rebuild," he said.`, content: "We will rebuild", speaker: "Governor Tom Hale"},
		{paragraph: `Governor Tom Hale visited the port. A man is in critical condition. "We will rebuild," he said.`, content: "We will rebuild", speaker: "Governor Tom Hale"},
		{paragraph: `Governor Tom Hale visited the port. A guard has been wounded. "We will rebuild," he said.`, content: "We will rebuild", speaker: "Governor Tom Hale"},
		// A pronoun of the other sex than the unnamed person's noun.
		{paragraph: `Governor Ann Hale visited the port. A masked man then stepped forward. "We will rebuild," she said.`, content: "We will rebuild", speaker: "Governor Ann Hale"},
		{paragraph: `Governor Tom Hale visited the port. A woman then stepped forward. "We will rebuild," he said.`, content: "We will rebuild", speaker: "Governor Tom Hale"},
	})
}

// TestCapitalisedPluralIsNoHe checks that a plural opening a sentence with
// its capital ("Activists say ...") is no bare name a later "he" means:
// the person named before stays the one meant.
func TestCapitalisedPluralIsNoHe(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{paragraph: `Mayor Tom Hale spoke on Monday. Activists say the ferry is late. "They are late," he said.`, content: "They are late", speaker: "Mayor Tom Hale"},
		{paragraph: `Mayor Tom Hale spoke on Monday. Larsen says the ferry is late. "They are late," he said.`, content: "They are late", speaker: "Larsen"},
	})
}

// TestWholeStatementQuoted checks that a statement printed whole as one
// quotation, opened once at its first paragraph and closed once at the
// end of its last, quotes every paragraph between (a quotation inside it
// included), so that none reads as the outlet's own words; and that a
// mark left open with no close at a paragraph's end later, or a paragraph
// between holding a mark unpaired, quotes nothing more.
func TestWholeStatementQuoted(t *testing.T) {
	a := structured(
		`"We will keep the ferry," Mayor Ann Lutz said on Monday. The town hall then printed her statement in full:`,
		`“Harbour first!`,
		`The town is a busy place, and the ferry is its lifeline.`,
		`Critics say the ferry is “a luxury” and worse. They are wrong.`,
		`We will fund it this year and next. Very simply, it is called harbour first!”`,
		`The council meets on Tuesday.`)
	for _, c := range []string{"The town is a busy place", "Critics say the ferry", "We will fund it this year"} {
		q := findQuote(a, c)
		if q == nil || q.Kind != QuoteDirect || !strings.HasPrefix(a.Slice(q.Span), c) {
			t.Errorf("want %q quoted whole; quotes: %s", c, describeQuotes(a))
		}
	}
	if q := findQuote(a, "We will fund it"); q != nil && strings.HasSuffix(a.Slice(q.Span), "”") {
		t.Errorf("the closing mark is inside the quotation: %q", a.Slice(q.Span))
	}
	for _, paras := range [][]string{
		{`“Harbour first!`, `The town is a busy place, and the ferry is its lifeline.`, `The council meets on Tuesday.`},
		{`“Harbour first!`, `The town is a busy place, the ferry its “lifeline.`, `We will fund it this year and next, it is called harbour first!”`},
	} {
		a := structured(paras...)
		if q := findQuote(a, "The town is a busy place"); q != nil && q.Kind == QuoteDirect {
			t.Errorf("%q: want no quotation of the second paragraph; quotes: %s", paras, describeQuotes(a))
		}
	}
}

// TestStrayStopAfterInvertedVerb checks that a slipped full stop right
// after an inverted reporting verb ('"...," said. Rep. Ann Lutz') leaves
// the name after it the speaker, of the words after it too, and that a
// verb with its subject before the stop still ends its sentence.
func TestStrayStopAfterInvertedVerb(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{paragraph: `"No city can ignore its harbor," said. Rep. Ann Lutz, D-Ore., chairwoman of the House Ports Committee. "We will hold hearings in the fall."`, content: "No city can ignore", speaker: "Rep. Ann Lutz"},
		{paragraph: `"No city can ignore its harbor," said. Rep. Ann Lutz, D-Ore., chairwoman of the House Ports Committee. "We will hold hearings in the fall."`, content: "We will hold hearings", speaker: "Rep. Ann Lutz"},
		{paragraph: `"Why wait for the fall?" asked. Mayor Tom Hale of Dunmore.`, content: "Why wait for the fall", speaker: "Mayor Tom Hale of Dunmore"},
		// The verb has its subject before the stop: the next sentence is
		// the writer's, and its name speaks no earlier words.
		{paragraph: `"No city can ignore its harbor," Lutz said. Rep. Tom Hale, R-Ore., did not comment.`, content: "No city can ignore", speaker: "Lutz"},
	})
}

// TestSettingWithoutOpeningComma checks that a subject cut from its verb
// by a setting whose opening comma the writer left out ("Lutz in her
// news conference Thursday, called") still speaks, and that a clause or
// a relative before the comma keeps the name from being read so.
func TestSettingWithoutOpeningComma(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{paragraph: `Mayor Ann Lutz in her first news conference since the vote Thursday, called the levy "a disgrace" and told critics to "blame me" instead.`, content: "a disgrace", speaker: "Mayor Ann Lutz"},
		{paragraph: `The governor at a rally on Friday, called the ruling "a gift to polluters."`, content: "a gift to polluters", speaker: "The governor"},
		// A clause before the comma: the inverted speaker after the verb
		// speaks, not the name that opens the sentence.
		{paragraph: `Turnout in Dunmore was low, said analysts.`, content: "Turnout in Dunmore was low", speaker: "analysts"},
	})
	// A relative clause in the setting: the name is no plain subject.
	checkNoSpeakers(t, `Lutz in a speech that angered unions, called the levy "fair."`)
	// A preposition inside a name opens no setting.
	checkNoAttribution(t, `The Ledger's “Ban on Face Masks” initiative, seeks to outlaw masks at rallies.`)
}

// TestRelativeAfterBracketTag checks that a relative clause after a name
// and its party tag in brackets ("that of Rep. Ann Lutz (D-Ore.), who
// said") is the name's, after a preposition too, as it is without the
// tag; the quoted word in it is the speaker's, no scare quote.
func TestRelativeAfterBracketTag(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{paragraph: `That account differed from that of Rep. Ann Lutz (D-Ore.), who said the mayor “ignored” the warnings of port officials in the days before the flood.`, content: "ignored", speaker: "Rep. Ann Lutz"},
		{paragraph: `The ruling angered Rep. Ann Lutz (D-Ore.), who said the court had "ignored" the harbor.`, content: "the court had", speaker: "Rep. Ann Lutz"},
		{paragraph: `That account differed from that of Rep. Ann Lutz, who said the mayor "ignored" the warnings.`, content: "ignored", speaker: "Rep. Ann Lutz"},
	})
	// A relative clause whose verb reports nothing leaves the quoted
	// words without a speaker.
	checkNoSpeakers(t, `The mayor met Rep. Ann Lutz (D-Ore.), who had "no comment" on the levy.`)
}

// TestNounsOfSayingAreNoVerbs checks that "claim" or "report" before "of"
// and a passive report is the noun, so that the denial is the agent's
// ("The online claim of involvement was later denied by the group"), and
// that an infinitive after a noun of saying a support verb takes ("make
// false claims to win attention") is a purpose, no words reported; a
// hearer after "to", or a noun of intent, still reports.
func TestNounsOfSayingAreNoVerbs(t *testing.T) {
	for _, tc := range []struct{ paragraph, content, speaker string }{
		{`The online claim of involvement was subsequently denied by the group at a news conference days later.`, "The online claim of involvement", "the group"},
		{`Reports of shelling near the port were denied by the army on Monday.`, "Reports of shelling", "the army"},
	} {
		a := structured(tc.paragraph)
		if q := findQuote(a, tc.content); q == nil || q.Speaker != tc.speaker || q.Act != ActDeny {
			t.Errorf("%q: want %q denied by %q; quotes: %s", tc.paragraph, tc.content, tc.speaker, describeQuotes(a))
		}
	}
	// Without a passive report after it, "claims of" still reports: the
	// quoted words are the claimants', no scare quotes.
	a := structured(`Democrats hope to disprove Republican claims of "major breakthroughs" in the inquiry.`)
	if q := findQuote(a, "major breakthroughs"); q == nil || q.Speaker == "" {
		t.Errorf("want the claims' words with a speaker; quotes: %s", describeQuotes(a))
	}
	checkNoAttribution(t, `For instance, cartels make false claims to win attention and raise their profile.`)
	checkSpeakers(t, []attributionCase{
		{paragraph: `Critics made claims to reporters that the plan had failed.`, content: "the plan had failed", speaker: "Critics"},
		{paragraph: `Rebels made claims to have shot down a harbour patrol boat.`, content: "to have shot down", speaker: "Rebels"},
		{paragraph: `The union makes claims that the port is unsafe.`, content: "the port is unsafe", speaker: "The union"},
	})
}

// TestCommentAfterClosingAttribution checks that a phrase the writer adds
// after a closing attribution ("..., police said, in violence like the
// "insider" attacks") is no part of the speaker's words: they end before
// the attribution, and a term quoted in the phrase is the writer's. A
// set-off attribution inside the words, or a purpose, goes on as before.
func TestCommentAfterClosingAttribution(t *testing.T) {
	checkExactAttributions(t, []attributionCase{
		{paragraph: `The guard opened fire on the doctors at the clinic gates, Dunmore police said, in violence not unlike the "blue-on-green" attacks in which local forces fire upon their allies.`, content: "The guard opened fire on the doctors at the clinic gates", speaker: "Dunmore police"},
		{paragraph: `The levy was passed without a vote, he said, in another shot aimed at the mayor.`, content: "The levy was passed without a vote", speaker: "he"},
		// Words before the attribution with no verb of their own go on
		// past it.
		{paragraph: `The plan, she said, in its current form, would fail.`, content: "The plan, she said, in its current form, would fail.", speaker: "she"},
		// "Like" opens the speaker's clause as often as a comparison.
		{paragraph: `The state will not back down on the levy, the governor said, like they did in 2008.`, content: "The state will not back down on the levy, the governor said, like they did in 2008.", speaker: "the governor"},
	})
	for _, p := range []string{
		`The guard opened fire on the doctors at the clinic gates, Dunmore police said, in violence not unlike the "blue-on-green" attacks.`,
		`"The port will reopen," the mayor said, in a nod to the "dockers" who protested.`,
	} {
		a := structured(p)
		for _, term := range []string{"blue-on-green", "dockers"} {
			if q := findQuote(a, term); q != nil && (q.Speaker != "" || q.Kind != QuoteScare) {
				t.Errorf("%q: want %q the writer's own quoted term; quotes: %s", p, term, describeQuotes(a))
			}
		}
	}
	// A quoted term right after the attribution is the speaker's, and so
	// are the terms of a statement it was said in, and a "like" clause.
	checkSpeakers(t, []attributionCase{
		{paragraph: `The guard opened fire at the gate, police said, "without warning."`, content: "without warning", speaker: "police"},
		{paragraph: `The raids were a sign of weakness, the minister said, in a statement that called the raids "cowardly and desperate."`, content: "cowardly and desperate", speaker: "the minister"},
		{paragraph: `The state will not back down on the levy, the governor said, like they did in 2008.`, content: "The state will not back down", speaker: "the governor"},
	})
}

// TestPossessiveSurnameIsAntecedent checks that a surname named in full
// before, heading the next sentence's subject as a possessive ("Hale's
// remarks show ..."), is the one a "he" after it means, not a speaker
// quoted in between, also when a given name before it ("Tom Hale") was
// its only sign of a person; a possessive with a role after it is that
// person.
func TestPossessiveSurnameIsAntecedent(t *testing.T) {
	for _, tc := range []struct {
		paras   []string
		content string
		speaker string
	}{
		{[]string{
			`Port Commissioner Tom Hale said the strike was unlawful.`,
			`"No city can ignore its harbor," said Rep. Ann Lutz, D-Ore., chairwoman of the House Ports Committee.`,
			`Hale's comments indicate the city is not waiting for a court ruling to act. He noted the court will likely not rule before spring.`,
		}, "the court will likely not rule", "Hale"},
		{[]string{
			`Port Commissioner Tom Hale said the strike was unlawful.`,
			`"No city can ignore its harbor," said Rep. Ann Lutz, D-Ore., chairwoman of the House Ports Committee.`,
			`Hale's deputy said the city would wait. He noted the court will likely not rule before spring.`,
		}, "the court will likely not rule", "Hale's deputy"},
		// Named in full only inside a list of speakers: the given name
		// shows the surname is a person's.
		{[]string{
			`The city moved closer to a strike after Port Commissioner Tom Hale and the council both declared the port unsafe.`,
			`"No city can ignore its harbor," said Rep. Ann Lutz, D-Ore., chairwoman of the House Ports Committee.`,
			`Hale's comments indicate the city is not waiting for a court ruling to act. He noted the court will likely not rule before spring.`,
		}, "the court will likely not rule", "Hale"},
	} {
		a := structured(tc.paras...)
		if q := findQuote(a, tc.content); q == nil || q.Speaker != tc.speaker {
			t.Errorf("%q: want %q by %q; quotes: %s", tc.paras, tc.content, tc.speaker, describeQuotes(a))
		}
	}
}

// TestMonthAfterInIsNoSpeaker checks that "in" and a month between a
// speaker and its verb are a time, as "on Monday" is: "A Ledger poll in
// July found" is the poll's finding, not "A Ledger poll in"'s. Officials
// "in December" or a poll "in Ohio" keep their head as before.
func TestMonthAfterInIsNoSpeaker(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{paragraph: `A Ledger poll in July found only 11 percent of voters favored the levy.`, content: "only 11 percent of voters", speaker: "A Ledger poll"},
		{paragraph: `A Ledger survey of voters in March found most favored the levy.`, content: "most favored the levy", speaker: "A Ledger survey of voters"},
		{paragraph: `Officials in December said the port would reopen.`, content: "the port would reopen", speaker: "Officials"},
		{paragraph: `A Ledger poll in Ohio found most voters favored the levy.`, content: "most voters favored", speaker: "A Ledger poll"},
	})
}

// TestRolePluralIsNoPerson checks that a capitalised plural of a person's
// role the lists give only in the singular ("Specialists doubt that ...")
// is no bare name a later "he" means; "he" stays the person named before.
func TestRolePluralIsNoPerson(t *testing.T) {
	a := structured(
		`Port Commissioner Tom Hale said the strike was unlawful.`,
		`Specialists doubt that the levy will pass.`,
		`"The odds are very low," he said.`)
	if q := findQuote(a, "The odds are very low"); q == nil || q.Speaker != "Port Commissioner Tom Hale" {
		t.Errorf("want the odds by Port Commissioner Tom Hale; quotes: %s", describeQuotes(a))
	}
	// A surname, capitalised as a name, stays a person.
	a = structured(`Ann Roberts said the strike was unlawful.`, `Roberts doubts that the levy will pass.`, `"The odds are very low," she said.`)
	if q := findQuote(a, "The odds are very low"); q == nil || q.Speaker != "Ann Roberts" && q.Speaker != "Roberts" {
		t.Errorf("want the odds by Roberts; quotes: %s", describeQuotes(a))
	}
	// So does a surname that is a role's plural after a given name.
	a = structured(`Jonathan Nurses said the strike was unlawful. "The odds are very low," he said.`)
	if q := findQuote(a, "The odds are very low"); q == nil || q.Speaker != "Jonathan Nurses" {
		t.Errorf("want the odds by Jonathan Nurses; quotes: %s", describeQuotes(a))
	}
}

// TestInvertedAttributionAfterInnerReport checks that an inverted
// attribution closing a sentence whose words report another's view
// ("Analysts doubt that ..., said Tom Hale, who is ...") makes the words
// its speaker's, and its speaker the "he" of the next quotation; the
// inner view keeps its own holder, and a tail after the name is read.
func TestInvertedAttributionAfterInnerReport(t *testing.T) {
	p := `Analysts doubt that the levy will pass, but it is always hard to tell, said Tom Hale, who is a vice president at contractor Dunmore Bank Inc., which lends to port agencies and civilian clients.`
	checkSpeakers(t, []attributionCase{
		{paragraph: p, content: "Analysts doubt that the levy will pass", speaker: "Tom Hale"},
		{paragraph: p, content: "the levy will pass", speaker: "Analysts"},
		{paragraph: `Analysts doubt that the levy will pass, said Ann Lutz, adding that the vote is close.`, content: "the vote is close", speaker: "Ann Lutz"},
		// Set off inside the words, the attribution closes nothing: the
		// inner view is read as before.
		{paragraph: `Analysts doubt that the plan, says Tom Berg, will pass.`, content: "the plan, says Tom Berg, will pass", speaker: "Analysts"},
	})
	a := structured(`Port Commissioner Ann Lutz said the strike was unlawful.`, p, `"The odds are very low," he said.`)
	if q := findQuote(a, "The odds are very low"); q == nil || q.Speaker != "Tom Hale" {
		t.Errorf("want the odds by Tom Hale; quotes: %s", describeQuotes(a))
	}
}

// TestNegatedAuxiliaryIsNoSpeaker checks that a title-case headline's
// "Don’t" before a belief verb is no speaker, there or for a later "it".
func TestNegatedAuxiliaryIsNoSpeaker(t *testing.T) {
	a := FromParagraphs(Meta{ID: "p", Outlet: "X"}, []string{"Don’t Believe the Harbour Board’s Excuses", "The board has made a show of dismissing several pilots it says were careless."})
	for _, q := range a.Quotes {
		if strings.Contains(q.Speaker, "Don") {
			t.Errorf("quotation %q has speaker %q", a.Text[q.Span.Start:q.Span.End], q.Speaker)
		}
	}
}

// TestClosingAttributionAtTextEnd checks that an inverted closing
// attribution whose comma ends the text (a truncated scrape) is read
// without running past the last word.
func TestClosingAttributionAtTextEnd(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{paragraph: `Analysts doubt that the levy will pass, said Tom Hale,`, content: "Analysts doubt that the levy", speaker: "Tom Hale"},
	})
}
