package corpus

import (
	"strings"
	"testing"
)

// speakerOf is the speaker of the quotation of article a covering
// content, and whether there is one.
func speakerOf(a *Article, content string) (string, bool) {
	if q := findQuote(a, content); q != nil {
		return q.Speaker, true
	}
	return "", false
}

// TestWritersAsideIsNoSpeech checks that the writer's own asides ("It is
// worth noting that", "It bears repeating that", "One would think") are
// no one's speech, while the same verbs with a speaker are.
func TestWritersAsideIsNoSpeech(t *testing.T) {
	checkNoAttribution(t,
		`It is, of course, worth noting that the bridge has closed before.`,
		`It is well worth remembering that the ferry ran at a loss for years.`,
		`It bears repeating that the port never flooded.`,
		`One would think this was a bad joke.`,
		`But one might say the levy was too low.`,
	)
	checkSpeakers(t, []attributionCase{
		{paragraph: `The mayor noted that the bridge has closed before.`, content: "the bridge has closed", speaker: "The mayor"},
		{paragraph: `One official would say only that the levy was too low.`, content: "the levy was too low", speaker: "One official"},
		{paragraph: `Harbor workers think the ferry ran at a loss for years.`, content: "the ferry ran at a loss", speaker: "Harbor workers"},
	})
}

// TestGenericOneIsNoAntecedent checks that after "One would think ...",
// a later "he wrote" is the person named before, not "One".
func TestGenericOneIsNoAntecedent(t *testing.T) {
	a := structured(`Mayor Tom Hale ran the port for ten years. One would think this was a quiet job. But in 1999 he wrote that the port "was a madhouse."`)
	if sp, ok := speakerOf(a, "was a madhouse"); !ok || sp != "Mayor Tom Hale" {
		t.Errorf("want the madhouse quote by Mayor Tom Hale, got %q; quotes: %s", sp, describeQuotes(a))
	}
}

// TestImperativeOpenerIsNoSpeaker checks that a sentence opening with an
// imperative addressed to the reader ("Note his concerns:", "Consider the
// words of ...") does not make the verb the speaker, while a speaker
// named after such an opener, or before a colon lead, still is one.
func TestImperativeOpenerIsNoSpeaker(t *testing.T) {
	for _, p := range []string{
		`Note her main concerns: "the levy will ruin the harbor."`,
		`Consider the words of the harbor master: "the levy will ruin the harbor."`,
		`Remember what the mayor wrote: "the levy will ruin the harbor."`,
	} {
		a := structured(p)
		for _, q := range a.Quotes {
			if w := strings.Fields(p)[0]; q.Speaker == w {
				t.Errorf("%q: the imperative %q is read as the speaker; quotes: %s", p, w, describeQuotes(a))
			}
		}
	}
	checkSpeakers(t, []attributionCase{
		{paragraph: `Watch this: "the levy will ruin the harbor," the mayor said.`, content: "the levy will ruin", speaker: "the mayor"},
		{paragraph: `Mayor Ann Roe restated her worry: "the levy will ruin the harbor."`, content: "the levy will ruin", speaker: "Mayor Ann Roe"},
	})
}

// TestHeadlineIsNoAntecedent checks that a title-case headline's words,
// which read as a long name, are never the person a later "he" means,
// and that a role's name set off by commas, or a titled name after an
// office's body, is.
func TestHeadlineIsNoAntecedent(t *testing.T) {
	a := structured(
		"Harbor Braces for Storm Surge as Ferries Halt",
		"The port authority closed two docks on Monday.",
		`"We are ready for the worst," he said.`)
	if sp, _ := speakerOf(a, "We are ready"); strings.Contains(sp, "Harbor") {
		t.Errorf("the headline is read as the speaker %q; quotes: %s", sp, describeQuotes(a))
	}
	cases := []struct{ paras []string }{
		{[]string{"Harbor Braces for Storm Surge as Ferries Halt",
			"The port closed two docks. The navy chief of staff, Vice Adm. Tom Hale, flew south on Monday.",
			`"We are ready for the worst," he said.`}},
		{[]string{"Harbor Braces for Storm Surge as Ferries Halt",
			"Retired U.S. Coast Guard Adm. Tom Hale is speaking out about the storm.",
			`"We are ready for the worst," he said.`}},
	}
	for _, tc := range cases {
		a := structured(tc.paras...)
		if sp, _ := speakerOf(a, "We are ready"); !strings.HasSuffix(sp, "Tom Hale") {
			t.Errorf("%q: want Tom Hale, got %q; quotes: %s", tc.paras[1], sp, describeQuotes(a))
		}
	}
	// Without a headline to fall back on, the role's name and the
	// titled name are read themselves.
	for _, tc := range cases {
		a := structured(tc.paras[1:]...)
		if sp, _ := speakerOf(a, "We are ready"); !strings.HasSuffix(sp, "Tom Hale") {
			t.Errorf("%q: want Tom Hale, got %q; quotes: %s", tc.paras[1], sp, describeQuotes(a))
		}
	}
	// A comma after a role that no name follows names no one.
	a = structured("The chief of staff, in a rare move, flew south on Monday. The storm passed.", `"We are ready," he said.`)
	if sp, _ := speakerOf(a, "We are ready"); sp != "he" {
		t.Errorf("want an unresolved he, got %q; quotes: %s", sp, describeQuotes(a))
	}
}

// TestGenericBodyIsNamedBody checks that "the group", "the organization"
// or "the movement" speaking after a body named by its name is that
// body, and that with no such name before it stays as written.
//
// Another armed or political group or organisation named in the stretch
// before "the group" leaves it as written: either may be meant.
func TestGenericBodyIsNamedBody(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{paragraph: `The sharpest rebuke came from the 40-nation Harbor Cities Alliance, which met in Oslo. In a statement, the group said: "The levy must end."`, content: "The levy must end", speaker: "Harbor Cities Alliance"},
		{paragraph: `Then the Coastal Rights Watch published its report. The organization said the quay had been built without permits.`, content: "the quay had been built", speaker: "Coastal Rights Watch"},
		{paragraph: `The fishermen marched on the port. The group said the levy would ruin them.`, content: "the levy would ruin them", speaker: "The group"},
		// A country between the two is no group; another group is.
		{paragraph: `The rebuke came from the Harbor Cities Alliance. In a statement released by Norway, which holds the group's presidency, the group said: "The levy must end."`, content: "The levy must end", speaker: "Harbor Cities Alliance"},
		{paragraph: `Hamas rejected the proposal drafted by the Harbor Cities Alliance. The group said it would keep firing rockets.`, content: "it would keep firing rockets", speaker: "The group"},
		{paragraph: `The Harbor Cities Alliance met Hezbollah envoys on Monday. The group said the talks had failed.`, content: "the talks had failed", speaker: "The group"},
	})
}

// TestDocumentFromAuthor checks that a document set off with its author
// ("A second statement, from Mayor Ann Roe, said") speaks for the
// author, and that a time after "from" names no author.
func TestDocumentFromAuthor(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{paragraph: `A second statement, from Harbor Master Ann Roe, said the storm did not justify the closure.`, content: "the storm did not justify", speaker: "Harbor Master Ann Roe"},
		{paragraph: `The letter, from the harbor board, warned that the quay would close.`, content: "the quay would close", speaker: "the harbor board"},
		{paragraph: `A statement, from early on Monday, said the quay would close.`, content: "the quay would close", speaker: "A statement"},
	})
}

// TestCitedSourcesSpeak checks that a speaker who relays others' words,
// "X, citing Y sources, reported that ...", gives the report to the
// sources, the reporting verb read past the aside; an aside citing a
// document or a reason keeps the speaker.
func TestCitedSourcesSpeak(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{paragraph: `Harbor Radio's Tom Hale, citing Danish sources, reported that the ferry crews were told to stay in port.`, content: "the ferry crews were told", speaker: "Danish sources"},
		{paragraph: `The agency, citing two senior port officials, said the quay was losing money.`, content: "the quay was losing money", speaker: "two senior port officials"},
		{paragraph: `The mayor, citing a report by the harbor board, said the quay was losing money.`, content: "the quay was losing money", speaker: "The mayor"},
		{paragraph: `Mr. Lund, citing the long delays at the pier, said the ferry line would move.`, content: "the ferry line would move", speaker: "Mr. Lund"},
	})
}
