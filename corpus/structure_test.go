package corpus

import (
	"strings"
	"testing"
)

// structured builds an article from body paragraphs, as the loader does.
func structured(paras ...string) *Article {
	d := &document{id: "t", source: "t", body: paras}
	return d.article()
}

func sentenceTexts(a *Article) []string {
	var out []string
	for _, s := range a.Sentences {
		out = append(out, a.Slice(s))
	}
	return out
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"plain", "The talks ended. Both sides left.", []string{"The talks ended.", "Both sides left."}},
		{"U.S. before a name", "The U.S. Navy said it was ready. It sailed.", []string{"The U.S. Navy said it was ready.", "It sailed."}},
		{"U.S. ends a sentence", "The deal was signed by the U.S. The talks ended.", []string{"The deal was signed by the U.S.", "The talks ended."}},
		{"Gen. title", "Gen. Kurilla visited the base. He left.", []string{"Gen. Kurilla visited the base.", "He left."}},
		{"Mr. title", "Mr. Smith and Mrs. Jones met Dr. Brown. They talked.", []string{"Mr. Smith and Mrs. Jones met Dr. Brown.", "They talked."}},
		{"month", "It began on Jan. 4 in the capital. It ended later.", []string{"It began on Jan. 4 in the capital.", "It ended later."}},
		{"initials", "Michael J. Fox spoke. George W. Bush listened.", []string{"Michael J. Fox spoke.", "George W. Bush listened."}},
		{"decimal", "Prices rose 3.5 percent in May. Wages did not.", []string{"Prices rose 3.5 percent in May.", "Wages did not."}},
		{"quote ends sentence", `"We will win." The crowd cheered.`, []string{`"We will win."`, "The crowd cheered."}},
		{"curly quote ends sentence", "“We will win.” The crowd cheered.", []string{"“We will win.”", "The crowd cheered."}},
		{"question and exclamation", "Who won? Nobody! It was a draw.", []string{"Who won?", "Nobody!", "It was a draw."}},
		{"lower-case after stop", "He lives in St. louis now. Fine.", []string{"He lives in St. louis now.", "Fine."}},
		{"a.m. then sentence", "It began at 9 a.m. The police arrived.", []string{"It began at 9 a.m.", "The police arrived."}},
		{"a.m. then time word", "It began at 9 a.m. Tuesday in the square.", []string{"It began at 9 a.m. Tuesday in the square."}},
		{"no final stop", "A headline without a stop", []string{"A headline without a stop"}},
		{"a plural title", "Republican Sens. Tom Cole and Ann Roth spoke. They left.", []string{"Republican Sens. Tom Cole and Ann Roth spoke.", "They left."}},
		{"a plain word spelt like a title", "The company hired 40 new sales reps. Critics said the move came too late.",
			[]string{"The company hired 40 new sales reps.", "Critics said the move came too late."}},
		{"Sec. before a name", "The envoy told Sec. Morrow that the raid was planned. She listened.",
			[]string{"The envoy told Sec. Morrow that the raid was planned.", "She listened."}},
		{"Cpl. and Pvt. before names", "Cpl. Dane Ortiz and Pvt. Lee Hart were hurt. Both recovered.",
			[]string{"Cpl. Dane Ortiz and Pvt. Lee Hart were hurt.", "Both recovered."}},
		{"the SEC ends a sentence", "The bank filed its report with the SEC. The shares fell.",
			[]string{"The bank filed its report with the SEC.", "The shares fell."}},
		{"sec. in lower case ends a sentence", "The sprint took 9.8 sec. The crowd roared.",
			[]string{"The sprint took 9.8 sec.", "The crowd roared."}},
		{"a singular plain word spelt like a title", "She called the sales rep. He never answered.", []string{"She called the sales rep.", "He never answered."}},
		{"a stray stop after an inverted verb", `"The port must reopen," said. Rep. Ann Lutz, D-Ore., chairwoman of the panel. She left.`,
			[]string{`"The port must reopen," said. Rep. Ann Lutz, D-Ore., chairwoman of the panel.`, "She left."}},
		{"a verb with its subject ends a sentence", `"The port must reopen," she said. Rep. Ann Lutz left.`,
			[]string{`"The port must reopen," she said.`, "Rep. Ann Lutz left."}},
		{"a quotation closed by a stop ends a sentence", `"The port must reopen." Said. Rep. Ann Lutz left.`,
			[]string{`"The port must reopen."`, "Said.", "Rep. Ann Lutz left."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := structured(tc.text)
			got := sentenceTexts(a)
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("sentences\n got %q\nwant %q", got, tc.want)
			}
			assertArticleInvariants(t, a)
		})
	}
}

func TestSentencesStayInParagraphs(t *testing.T) {
	a := structured("First paragraph ends here. Another sentence", "Second paragraph. Done.")
	for _, s := range a.Sentences {
		in := false
		for _, p := range a.Paragraphs {
			if s.Start >= p.Start && s.End <= p.End {
				in = true
			}
		}
		if !in {
			t.Errorf("sentence %q crosses a paragraph boundary", a.Slice(s))
		}
	}
	if len(a.Sentences) != 4 {
		t.Errorf("got %d sentences, want 4: %q", len(a.Sentences), sentenceTexts(a))
	}
}

// quoteWant describes one expected quote: its text (or a prefix of it),
// kind, speaker and verb.
type quoteWant struct {
	text, speaker, verb string
	kind                QuoteKind
}

func findQuote(a *Article, prefix string) *Quote {
	for i, q := range a.Quotes {
		if strings.HasPrefix(a.Slice(q.Span), prefix) {
			return &a.Quotes[i]
		}
	}
	return nil
}

func TestQuoteAttribution(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []quoteWant
	}{
		{"X said after", []string{`"We are ready to talk to anyone," Price said.`},
			[]quoteWant{{"We are ready to talk", "Price", "said", QuoteDirect}}},
		{"said X after", []string{`"We are ready to talk to anyone," said Ned Price.`},
			[]quoteWant{{"We are ready to talk", "Ned Price", "said", QuoteDirect}}},
		{"X said before with colon", []string{`Ned Price said: "We are ready to talk to anyone at any time."`},
			[]quoteWant{{"We are ready to talk", "Ned Price", "said", QuoteDirect}}},
		{"X told reporters", []string{`The minister told reporters, "The border will stay closed until further notice."`},
			[]quoteWant{{"The border will stay closed", "The minister", "told reporters", QuoteDirect}}},
		{"X told", []string{`"The border will stay closed until further notice," Amir-Abdollahian told the BBC.`},
			[]quoteWant{{"The border will stay closed", "Amir-Abdollahian", "told", QuoteDirect}}},
		{"X added", []string{`"We will not give up on the talks," Lapid added.`},
			[]quoteWant{{"We will not give up", "Lapid", "added", QuoteDirect}}},
		{"title and name", []string{`"Our position has not changed at all," US State Department spokesman Ned Price said on Tuesday.`},
			[]quoteWant{{"Our position has not changed", "US State Department spokesman Ned Price", "said", QuoteDirect}}},
		{"according to X", []string{"The talks will resume next week, according to the White House."},
			[]quoteWant{{"The talks will resume", "the White House", "according to", QuoteIndirect}}},
		{"X said that (indirect)", []string{"Price said that the talks had been useful for both sides."},
			[]quoteWant{{"the talks had been useful", "Price", "said", QuoteIndirect}}},
		{"trailing X said (indirect)", []string{"The talks had been useful for both sides, Price said on Tuesday."},
			[]quoteWant{{"The talks had been useful", "Price", "said", QuoteIndirect}}},
		{"verb recorded: denied", []string{`"We have never sent drones to Russia," Iran denied.`},
			[]quoteWant{{"We have never sent drones", "Iran", "denied", QuoteDirect}}},
		{"verb recorded: claimed", []string{`"The strike hit only military targets," the IDF claimed.`},
			[]quoteWant{{"The strike hit only", "the IDF", "claimed", QuoteDirect}}},
		{"he resolved to last named speaker", []string{
			`"We are ready to talk to anyone," Price said.`,
			`"And we will keep talking as long as it takes," he added.`},
			[]quoteWant{{"We are ready", "Price", "said", QuoteDirect}, {"And we will keep talking", "Price", "added", QuoteDirect}}},
		{"speaker in the paragraph before", []string{
			`"We are ready to listen as well," Price said.`,
			`"We are ready to talk to anyone at any time and in any place."`},
			[]quoteWant{{"We are ready to talk", "Price", "(continued)", QuoteDirect}}},
		{"speaker in the sentence before", []string{
			`Iranian Foreign Minister Hossein Amir-Abdollahian stressed: "We are ready to talk to anyone at any time." He did not say when.`},
			[]quoteWant{{"We are ready to talk", "Iranian Foreign Minister Hossein Amir-Abdollahian", "stressed", QuoteDirect}}},
		{"she resolved to last named speaker", []string{
			`"The vote was fair," Kamala Harris said.`,
			`"Nobody should doubt it," she insisted.`},
			[]quoteWant{{"Nobody should doubt", "Kamala Harris", "insisted", QuoteDirect}}},
		{"interrupted quote keeps the pronoun's speaker", []string{
			`Maria Lopez, a nurse from Tucson, spoke after the vote.`,
			`"We waited a long time for this," she said. "Now the real work begins."`},
			[]quoteWant{{"We waited a long time", "Maria Lopez", "said", QuoteDirect}, {"Now the real work", "Maria Lopez", "(continued)", QuoteDirect}}},
		{"a quoted fragment in its subject's predicate", []string{`The senator thanked the nurses for "keeping this hospital open through the storm."`},
			[]quoteWant{{"keeping this hospital open", "The senator", "thanked", QuotePartial}}},
		{"a fragment after a preposition opening the sentence", []string{`In the ad, viewers hear about "a broken system that nobody in Washington will fix."`},
			[]quoteWant{{"a broken system", "", "", QuotePartial}}},
		{"a stance verb's object is its content", []string{`The governor backed the mayor's housing plan in a letter to the council.`},
			[]quoteWant{{"the mayor's housing plan", "The governor", "backed", QuoteIndirect}}},
		{"a stance object ends before a participle clause", []string{`Rivera blasted the new budget as a gift to landlords, saying renters would pay for it.`},
			[]quoteWant{{"the new budget as a gift to landlords", "Rivera", "blasted", QuoteIndirect}}},
		{"a phrasal cue: called for", []string{`The union called for an independent inquiry into the collapse.`},
			[]quoteWant{{"an independent inquiry", "The union", "called for", QuoteIndirect}}},
		{"a phrasal cue after a comma", []string{`"We are not finished," Okafor said, referring to the second vote.`},
			[]quoteWant{{"the second vote", "Okafor", "referring to", QuoteIndirect}}},
		{"a phrasal cue: voted against", []string{`Three council members voted against the parking plan on Monday.`},
			[]quoteWant{{"the parking plan", "Three council members", "voted against", QuoteIndirect}}},
		{"a phrasal cue's object ends before a second verb", []string{`The protesters called for new elections and marched to the square in the evening.`},
			[]quoteWant{{"new elections", "The protesters", "called for", QuoteIndirect}}},
		{"an impression with seems has no speaker", []string{`The new mayor seems ready to raise the parking fees before the summer.`},
			[]quoteWant{{"The new mayor seems ready", "", "seems", QuoteIndirect}}},
		{"an impression with appeared and an infinitive", []string{`By the evening, the two sides appeared to have settled their quarrel over the budget.`},
			[]quoteWant{{"the two sides appeared to have settled", "", "appeared", QuoteIndirect}}},
		{"an impression with seemed before a make frame", []string{`The mayor seemed to make the case that the ferry should be sold.`},
			[]quoteWant{{"The mayor seemed to make the case", "", "seemed", QuoteIndirect}}},
		{"an impression with appeared before a make frame", []string{`The coach appeared to make clear that the captain would stay.`},
			[]quoteWant{{"The coach appeared to make clear", "", "appeared", QuoteIndirect}}},
		{"announced without that, a pronoun clause", []string{`The party chair announced Sunday she will step down after the convention.`},
			[]quoteWant{{"she will step down", "The party chair", "announced", QuoteIndirect}}},
		{"announced an object", []string{`The city announced a series of repairs to the harbour wall on Friday.`},
			[]quoteWant{{"a series of repairs to the harbour wall", "The city", "announced", QuoteIndirect}}},
		{"a speaker with modifiers the name leaves out", []string{`"The harbour will reopen in May," the newly elected Labour mayor wrote in a letter.`},
			[]quoteWant{{"The harbour will reopen", "the newly elected Labour mayor", "wrote", QuoteDirect}}},
		{"a question, then its speaker in a sentence of its own", []string{`"Have we done enough for the harbour?" Okafor asked. "Not yet, and we know it."`},
			[]quoteWant{{"Have we done enough", "Okafor", "asked", QuoteDirect}, {"Not yet", "Okafor", "(continued)", QuoteDirect}}},
		{"an intention: plans to", []string{`The council plans to close the harbour road for two weeks in June.`},
			[]quoteWant{{"to close the harbour road", "The council", "plans", QuoteIndirect}}},
		{"an intention reported by another is the reporter's", []string{`The Gazette reports that the council plans to close the harbour road in June.`},
			[]quoteWant{{"the council plans to close", "The Gazette", "reports", QuoteIndirect}}},
		{"a quote fragment before an intention keeps its speaker", []string{
			`"We were warned," said Councillor Ines Rao.`,
			`She said it was "proof" the company planned to cut the ferry service.`},
			[]quoteWant{{"proof", "Councillor Ines Rao", "said", QuotePartial}}},
		{"expressed: a feeling named by the object", []string{`The bishop expressed concern about the closing of the shelter in winter.`},
			[]quoteWant{{"concern about the closing", "The bishop", "expressed", QuoteIndirect}}},
		{"called X a Y names X", []string{`The senator called the new toll a tax on the poor at a rally on Sunday.`},
			[]quoteWant{{"the new toll a tax on the poor", "The senator", "called", QuoteIndirect}}},
		{"described X as Y", []string{`The auditor described the harbour accounts as a mess that nobody had cleaned up.`},
			[]quoteWant{{"the harbour accounts as a mess", "The auditor", "described", QuoteIndirect}}},
		{"a stance noun with its holder as possessor", []string{`The vote went ahead despite Okafor's criticism of the harbour budget in the council.`},
			[]quoteWant{{"the harbour budget", "Okafor", "criticism", QuoteIndirect}}},
		{"an adverb between subject and verb", []string{`Okafor however said the harbour road would stay open all winter.`},
			[]quoteWant{{"the harbour road would stay open", "Okafor", "said", QuoteIndirect}}},
		{"a quantity of people as the subject", []string{`In the harbour district, about half of the voters said they wanted the ferry back.`},
			[]quoteWant{{"they wanted the ferry back", "about half of the voters", "said", QuoteIndirect}}},
		{"an attribution set off in a short sentence", []string{`This plan, she says, is different.`},
			[]quoteWant{{"This plan, she says, is different", "she", "says", QuoteIndirect}}},
		{"multi-paragraph quote", []string{
			`"We have absolutely had discussions with our partners about the threat.`,
			`"We are looking to harmonize our approach with countries around the world," Price said.`},
			[]quoteWant{{"We have absolutely had", "Price", "said", QuoteDirect}, {"We are looking to harmonize", "Price", "said", QuoteDirect}}},
		{"partial quote", []string{`Price said the drones were a "grave threat to civilians across the region" and must be stopped.`},
			[]quoteWant{{"grave threat to civilians", "Price", "said", QuotePartial}}},
		{"scare quote", []string{`The protests, a "conspiracy" in the eyes of some, went on.`},
			[]quoteWant{{"conspiracy", "", "", QuoteScare}}},
		{"a foreign word and its translation are no scare quotes", []string{`Flags waved as "erhal, erhal" -- Arabic for "leave, leave" -- rang out, and "azadi" (Farsi for "freedom") too.`},
			nil},
		{"a capitalised plural before for is no language's gloss", []string{`The "reform" -- Republicans for "tax relief" -- passed on Monday.`},
			[]quoteWant{{"reform", "", "", QuoteScare}, {"tax relief", "", "", QuoteScare}}},
		{"so-called stays a scare quote", []string{`Price said the so-called "peace process" was over.`},
			[]quoteWant{{"peace process", "", "", QuoteScare}}},
		{"an attributed label is a partial quote", []string{`The government called the protests a "conspiracy" on Monday.`},
			[]quoteWant{{"conspiracy", "The government", "called", QuotePartial}}},
		{"short fragment after a reporting clause", []string{`Lavrov said the missiles were "entirely defensive" and would stay.`},
			[]quoteWant{{"entirely defensive", "Lavrov", "said", QuotePartial}}},
		{"pull quote names its speaker", []string{`"Israel has a relationship with Russia. That's okay." US State Department spokesman Ned Price`},
			[]quoteWant{{"Israel has a relationship", "US State Department spokesman Ned Price", "", QuoteDirect}}},
		{"nickname inside a name is no quote", []string{`General Michael "Erik" Kurilla explained that the region offered new opportunities for cooperation.`},
			[]quoteWant{{"the region offered", "General Michael \"Erik\" Kurilla", "explained", QuoteIndirect}}},
		{"programme title is no quote", []string{`Thomas Pickering said on CNN's "State of the Union" that the critics were wrong about the board.`},
			[]quoteWant{{"the critics were wrong", "Thomas Pickering", "said", QuoteIndirect}}},
		{"role, name appositive", []string{`Iran hailed the decision as a step towards "establishing stability in the region," the defence minister, Hossein Dehghan, was quoted as saying.`},
			[]quoteWant{{"establishing stability", "Hossein Dehghan", "was quoted as saying", QuotePartial}}},
		{"name, role appositive", []string{"Arkady Mil-Man, former Israeli Ambassador to Moscow, indicated that the growing cooperation poses a danger."},
			[]quoteWant{{"the growing cooperation", "Arkady Mil-Man", "indicated", QuoteIndirect}}},
		{"object of a preposition is not the speaker", []string{"The leader of a panel charged with reviewing the attack in Benghazi said that the criticism of his report was unfounded."},
			[]quoteWant{{"the criticism of his report", "The leader of a panel", "said", QuoteIndirect}}},
		{"innermost speaker of a layered report", []string{"Reuters reports that the Brotherhood said its members came under fire during morning prayers."},
			[]quoteWant{{"its members came under fire", "the Brotherhood", "said", QuoteIndirect}}},
		{"a verb joined by and keeps the outer speaker", []string{"But Podesta said Gates was not working for the party and said Manafort was not involved."},
			[]quoteWant{{"Gates was not working", "Podesta", "said", QuoteIndirect}}},
		{"subject before a parenthesis and an appositive", []string{"And Sen. Ann Porter (R-Ohio), another vulnerable incumbent, said she had not thought about the race."},
			[]quoteWant{{"she had not thought", "Sen. Ann Porter", "said", QuoteIndirect}}},
		{"subject before a participle clause set off by commas", []string{"Sen. Carl Grant, facing a spirited challenge in Iowa, a swing state, said he would welcome the help."},
			[]quoteWant{{"he would welcome", "Sen. Carl Grant", "said", QuoteIndirect}}},
		{"a that deep in the clause is a determiner", []string{"Judge Lowe said the group could come back in later with that request."},
			[]quoteWant{{"the group could come back", "Judge Lowe", "said", QuoteIndirect}}},
		{"an adverb of frequency before the verb", []string{`"The issue is not experience," he often says. "It's that his ideas do not work."`},
			[]quoteWant{{"The issue is not", "he", "says", QuoteDirect}, {"It's that his ideas", "he", "(continued)", QuoteDirect}}},
		{"fragments of the same speaker between two parts of a quote", []string{`"It's pretty cool working there," Ann Lee said, describing the "tubular mixers" she builds. "People are like family."`},
			[]quoteWant{{"People are like family", "Ann Lee", "(continued)", QuoteDirect}}},
		{"a long appositive after a quote", []string{`"Hourly earnings showed the largest increase since 2009," Dana Holt, an economic adviser to Republicans and former director of the nonpartisan budget office, wrote after the report.`},
			[]quoteWant{{"Hourly earnings showed", "Dana Holt", "wrote", QuoteDirect}}},
		{"questioning a plan is a stance on it", []string{"Sen. Mia Lee questioned the wisdom of cutting the harbour budget."},
			[]quoteWant{{"the wisdom of cutting", "Sen. Mia Lee", "questioned", QuoteIndirect}}},
		{"welcoming a decision is a stance on it", []string{"The mayor welcomed the decision to reopen the bridge."},
			[]quoteWant{{"the decision to reopen", "The mayor", "welcomed", QuoteIndirect}}},
		{"data heading a long subject", []string{"An average of recent polls by the Harbour Institute shows Lee leads Park by about 13 points in the state."},
			[]quoteWant{{"Lee leads Park", "An average of recent polls by the Harbour Institute", "shows", QuoteIndirect}}},
		{"data before a place", []string{"Polls in the harbour district show the two candidates are tied."},
			[]quoteWant{{"the two candidates are tied", "Polls", "show", QuoteIndirect}}},
		{"where it was said ends a trailing attribution", []string{"The harbour was only doing what 40 other ports already do, Smith said in a statement."},
			[]quoteWant{{"The harbour was only doing", "Smith", "said", QuoteIndirect}}},
		{"told whom, then where", []string{"The harbour was only doing what 40 other ports already do, he told the court in his filing."},
			[]quoteWant{{"The harbour was only doing", "he", "told", QuoteIndirect}}},
		{"told whom, and nothing after", []string{"Her husband was free and would soon be coming home, the president told her."},
			[]quoteWant{{"Her husband was free", "the president", "told", QuoteIndirect}}},
		{"a role's possessive keeps its modifiers", []string{"The mayor will work with whoever is elected, the prime minister’s spokesman said."},
			[]quoteWant{{"The mayor will work", "the prime minister’s spokesman", "said", QuoteIndirect}}},
		{"a conjunction before the subject is no preposition", []string{"The crowd cheered loudly as Senator Ann Lee noted that the campaign began far behind."},
			[]quoteWant{{"the campaign began far behind", "Senator Ann Lee", "noted", QuoteIndirect}}},
		{"a day between an intent verb and its to", []string{"Senator Ann Lee promised Monday to begin rebuilding the harbour within a year."},
			[]quoteWant{{"to begin rebuilding", "Senator Ann Lee", "promised", QuoteIndirect}}},
		{"on a day between an intent verb and its to", []string{"Norland threatened on Monday to close the strait to all shipping."},
			[]quoteWant{{"to close the strait", "Norland", "threatened", QuoteIndirect}}},
		{"a share set off by commas", []string{"Just over a quarter, 26 percent, say they will vote for someone else."},
			[]quoteWant{{"they will vote", "26 percent", "say", QuoteIndirect}}},
		{"a share before who", []string{"A majority of likely voters have a negative response, including 18% who say they would be dissatisfied."},
			[]quoteWant{{"they would be dissatisfied", "18%", "say", QuoteIndirect}}},
		{"the outlet's words around a partial quote with the attribution after", []string{`Teachers who meet online are "very, very pro-Lee," Kilfoyle said.`},
			[]quoteWant{{"Teachers who meet online", "Kilfoyle", "said", QuoteIndirect}, {"very, very pro-Lee", "Kilfoyle", "said", QuotePartial}}},
		{"a name and a colon before a quotation", []string{`Ann Lee: "You do not win the nomination by how many states you win."`},
			[]quoteWant{{"You do not win", "Ann Lee", ":", QuoteDirect}}},
		{"a possessive apostrophe in the appositive after a quote", []string{`"This campaign is changing politics," Jeff Weaver, Sanders' campaign manager, said.`},
			[]quoteWant{{"This campaign is changing", "Jeff Weaver", "said", QuoteDirect}}},
		{"participle shares the subject", []string{"Pompeo defended the sanctions on Tuesday, adding that the pressure on Tehran would continue for months."},
			[]quoteWant{{"the pressure on Tehran", "Pompeo", "adding that", QuoteIndirect}}},
		{"coordinated verb shares the subject", []string{"Last month, Kurilla spoke with reporters and explained that the drones were a threat to the whole region."},
			[]quoteWant{{"the drones were a threat", "Kurilla", "explained", QuoteIndirect}}},
		{"dateline is not a speaker", []string{`WASHINGTON (Reuters) - Pompeo warned Iran on Tuesday, saying it would face the "wrath of the entire world".`},
			[]quoteWant{{"wrath of the entire world", "Pompeo", "saying", QuotePartial}}},
		{"they refers to the last group", []string{
			"Israeli officials said the strike had hit a weapons depot near the border.",
			`They called the report "a fabrication".`},
			[]quoteWant{{"a fabrication", "Israeli officials", "called", QuotePartial}}},
		{"he refers to a person named as a subject", []string{
			"Abdelaziz Abdelshakua, from Sharqia Province, was wounded in his right leg.",
			`"We were praying the dawn prayer," he said.`},
			[]quoteWant{{"We were praying", "Abdelaziz Abdelshakua", "said", QuoteDirect}}},
		{"he refers to a person set off by a role", []string{
			"Several residents spoke at the hearing, including Dana Whitfield, the owner of a bakery on Main Street.",
			"She said the new parking rules had cost her half of her morning customers."},
			[]quoteWant{{"the new parking rules", "Dana Whitfield", "said", QuoteIndirect}}},
		{"the agency refers to the agency named in apposition", []string{
			"The complaint came from the country's main weather agency, Coastal Forecast Service, on Friday.",
			"The agency said the storm warnings had been issued two days before the flood."},
			[]quoteWant{{"the storm warnings", "Coastal Forecast Service", "said", QuoteIndirect}}},
		{"the role's modifiers must fit the organisation named", []string{
			"The complaint came from the country's main weather agency, Coastal Forecast Service, on Friday.",
			"According to Reuters, the storm reached the coast at night.",
			"The news agency said the storm warnings had been issued two days before the flood."},
			[]quoteWant{{"the storm warnings", "The news agency", "said", QuoteIndirect}}},
		{"which opens a relative clause of an organisation", []string{"The union, which endorsed the mayor in November, is one of the largest in the city."},
			[]quoteWant{{"the mayor", "The union", "endorsed", QuoteIndirect}}},
		{"trailing attribution with a tail", []string{"Kerry had raised concerns with Lavrov about the announcement, White House spokesman Josh Earnest said, without elaborating."},
			[]quoteWant{{"Kerry had raised concerns", "White House spokesman Josh Earnest", "said", QuoteIndirect}}},
		{"two speakers in one sentence", []string{"Some Republicans have said the report was too easy on Clinton, but Pickering argued Sunday that his panel was charged with security decisions."},
			[]quoteWant{{"the report was too easy", "Some Republicans", "said", QuoteIndirect}, {"his panel was charged", "Pickering", "argued", QuoteIndirect}}},
		{"declaring that is speech", []string{"The White House announced on Thursday that the two advisors held a virtual meeting."},
			[]quoteWant{{"the two advisors held", "The White House", "announced", QuoteIndirect}}},
		{"a pronoun after 'said' is the same speaker", []string{"A senior official said he believed the banks used European partners to convert the funds."},
			[]quoteWant{{"he believed the banks", "A senior official", "said", QuoteIndirect}}},
		{"curly marks", []string{"“We will not give up on the talks,” Lapid said."},
			[]quoteWant{{"We will not give up", "Lapid", "said", QuoteDirect}}},
		{"apostrophes are not quotes", []string{"Israel's talks with Russia's envoy went on, the ministry's statement said."},
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := structured(tc.paras...)
			assertArticleInvariants(t, a)
			for _, w := range tc.want {
				q := findQuote(a, w.text)
				if q == nil {
					t.Errorf("no quote starting %q among %s", w.text, describeQuotes(a))
					continue
				}
				if q.Kind != w.kind || q.Speaker != w.speaker || q.Verb != w.verb {
					t.Errorf("quote %q: kind %q speaker %q verb %q, want %q %q %q", w.text, q.Kind, q.Speaker, q.Verb, w.kind, w.speaker, w.verb)
				}
				if q.Speaker != "" && a.Slice(q.SpeakerSpan) != q.Speaker && !strings.Contains(a.Text, q.Speaker) {
					t.Errorf("speaker span %q does not hold speaker %q", a.Slice(q.SpeakerSpan), q.Speaker)
				}
			}
			if tc.want == nil {
				for _, q := range a.Quotes {
					if q.Kind != QuoteIndirect {
						t.Errorf("unexpected quote %q (%s)", a.Slice(q.Span), q.Kind)
					}
				}
			}
		})
	}
}

func describeQuotes(a *Article) string {
	var b strings.Builder
	for _, q := range a.Quotes {
		b.WriteString("\n  [" + string(q.Kind) + "] " + a.Slice(q.Span) + " / " + q.Speaker + " / " + q.Verb)
	}
	return b.String()
}

// TestTokenizeClasses checks that every listed word, in any case, gets
// the classes of its lower-case form.
func TestTokenizeClasses(t *testing.T) {
	words := []string{"said", "Said", "ACCORDING", "officials", "Spokesman", "the", "He", "so-called", "Tuesday", "U.S.", "Amir-Abdollahian", "café"}
	text := strings.Join(words, " ")
	toks := new(tokenizer).tokenize(text, Span{0, len(text)}, nil, nil)
	if len(toks) != len(words) {
		t.Fatalf("got %d tokens for %d words", len(toks), len(words))
	}
	for i, tok := range toks {
		w := text[tok.start:tok.end]
		if w != words[i] {
			t.Errorf("token %d = %q, want %q", i, w, words[i])
		}
		if want := wordClasses[strings.ToLower(w)]; tok.class != want {
			t.Errorf("%q: class %b, want %b", w, tok.class, want)
		}
	}
	if toks[0].class&wVerb == 0 || toks[2].class&wAccording == 0 || toks[3].class&wRole == 0 {
		t.Errorf("said/ACCORDING/officials lost their classes: %b %b %b", toks[0].class, toks[2].class, toks[3].class)
	}
}

// TestNoSpeech lists sentences that report acts, not words: no quotation
// or reported speech may be found in them.
func TestNoSpeech(t *testing.T) {
	for _, text := range []string{
		"Some of those potential witnesses testified Wednesday in front of the House oversight committee.",
		"Saudi Arabia expelled the ambassador and declared a freeze on all new trade deals between the two countries.",
		"The mayor called the meeting to order at noon and left for the airport.",
		"The driver called the police after a van blocked the harbour gate.",
		"The report described the scene at the harbour in great detail.",
		"Their attacks on the border posts went on through the night.",
		"The governor appeared on three morning shows and appeared at a rally in the evening.",
		"The proposal was endorsed by the committee on Monday.",
		"The court declared a recess until the afternoon session began.",
		"His plans to rebuild the pier were dropped after the storm.",
		"Editor's Note: The following is the second of three excerpts from a new book on the harbour.",
		"Iowa: Ana Ruiz, Tom Beck, Lena Ortiz, Sam Kiplagat and Ivo Marr.",
		"Iran had $5.7 billion in assets at Bank Muscat in Muscat, Oman, maintained as Omani rials.",
		"In the video, the senator walks down a street and waves at the crowd outside the hall.",
		"It is certain that the bridge will reopen in the spring after the repairs.",
		"The senator was eager to leave the hall before the vote on the harbour.",
		"The guards saw the crowd gather outside the gates of the harbour before noon.",
		"After eight years in office, the voters of the harbour finally had their say at the polls.",
		"Germany responded by helping to build a rapid response force in Eastern Europe.",
		"Carson: A miracle.",
		"Contributing: Ann Lee and Tom Beck, The Harbour Times.",
		"The campaign responded with ads set to begin running on Friday in three markets.",
	} {
		a := structured(text)
		if len(a.Quotes) > 0 {
			t.Errorf("%q: found %s", text, describeQuotes(a))
		}
	}
}

// TestSpeakerSpan checks where an attribution names its speaker: a
// relative clause at its "who" (the name it hangs from is the speaker),
// and a quotation run that follows a quotation naming its speaker at that
// quotation's pronoun, the nearest mention, which PolNeAR's annotators
// mark as the run's source.
func TestSpeakerSpan(t *testing.T) {
	for _, tc := range []struct {
		name                 string
		paragraphs           []string
		content, speaker, at string
	}{
		{"a relative clause", []string{"The vote went ahead despite Nora Quist, who said the count was rushed and incomplete."},
			"the count was rushed", "Nora Quist", "who"},
		{"a quotation run after a named quotation", []string{
			`Maria Lopez said the wait had been long.`,
			`"We waited a long time for this," she said.`,
			`"Nobody here will forget this day."`},
			"Nobody here", "Maria Lopez", "she"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := structured(tc.paragraphs...)
			q := findQuote(a, tc.content)
			if q == nil {
				t.Fatalf("no quote among %s", describeQuotes(a))
			}
			if q.Speaker != tc.speaker || a.Slice(q.SpeakerSpan) != tc.at {
				t.Errorf("speaker %q named at %q, want %q named at %q", q.Speaker, a.Slice(q.SpeakerSpan), tc.speaker, tc.at)
			}
		})
	}
}

// TestStanceObjectSpan checks where a stance verb's content ends: before a
// clause of its own, not at a comma inside a list.
func TestStanceObjectSpan(t *testing.T) {
	for _, tc := range []struct{ sentence, want string }{
		{"Rivera blasted the new budget as a gift to landlords, saying renters would pay for it.", "the new budget as a gift to landlords"},
		{"The union endorsed higher wages, shorter shifts and safer buses for its drivers.", "higher wages, shorter shifts and safer buses for its drivers."},
		{"Okafor praised the volunteers and thanked the donors for their patience.", "the volunteers"},
		{"The council condemned the vandalism, although nobody was hurt.", "the vandalism"},
		{"Okafor endorsed the harbour plan last week and has campaigned for it since.", "the harbour plan"},
		{"Ever since she endorsed the harbour plan in May, Okafor has been its loudest voice.", "the harbour plan in May"},
		{"The harbour plan seemed doomed, and the council moved on.", "The harbour plan seemed doomed"},
		{"Some view the nomination as a hostile takeover, although they have no plan to stop it.", "the nomination as a hostile takeover"},
	} {
		a := structured(tc.sentence)
		var got []string
		for _, q := range a.Quotes {
			got = append(got, a.Slice(q.Span))
		}
		if len(got) == 0 || got[0] != tc.want {
			t.Errorf("%q: contents %q, want first %q", tc.sentence, got, tc.want)
		}
	}
}

// TestInterruptedQuoteSpeakerSpan checks that the second part of a quote
// interrupted by "she said" points at that "she", not at where the speaker
// was first named, and that a quote in a paragraph of its own does not.
func TestInterruptedQuoteSpeakerSpan(t *testing.T) {
	a := structured(
		`Maria Lopez, a nurse from Tucson, spoke after the vote.`,
		`"We waited a long time for this," she said. "Now the real work begins."`,
		`"Nobody here will forget this day."`)
	second, third := findQuote(a, "Now the real work"), findQuote(a, "Nobody here")
	if second == nil || third == nil {
		t.Fatalf("quotes not found among %s", describeQuotes(a))
	}
	if got := a.Slice(second.SpeakerSpan); got != "she" {
		t.Errorf("the continued quote's speaker span is %q, want the interrupting %q", got, "she")
	}
	if third.Verb == "(continued)" && a.Slice(third.SpeakerSpan) == "she" {
		t.Errorf("a quote in the next paragraph took the interrupting pronoun's span")
	}
}

// TestNoClauseBeforeLongAttribution checks that the outlet's words before
// a partial quotation are no one's reported speech when the attribution
// after the quotation goes on with a clause of its own.
func TestNoClauseBeforeLongAttribution(t *testing.T) {
	for _, text := range []string{
		`In his new book, "Doomed to Succeed," and in an interview, Mr. Ross said the talks failed.`,
		`The mayor asserted that the port had lost its way: "The port is no longer the port," he claimed.`,
	} {
		a := structured(text)
		for _, q := range a.Quotes {
			if q.Kind == QuoteIndirect && q.Span.Start == 0 {
				t.Errorf("%q: the words before the quotation became reported speech: %s", text, describeQuotes(a))
			}
		}
	}
}

// TestCoordinatedVerbSplit checks that a second reporting verb joined by
// "and" to a short object of the first is an attribution of its own, by the
// same speaker, and that an "and" inside a reported clause splits nothing.
func TestCoordinatedVerbSplit(t *testing.T) {
	for _, tc := range []struct {
		sentence string
		want     []string // contents, in order
	}{
		{"The company reported lower revenue, and said it would cut hundreds of jobs next year.",
			[]string{"lower revenue", "it would cut hundreds of jobs next year."}},
		{"The mayor denied any wrongdoing and insisted that the contract had been properly tendered.",
			[]string{"any wrongdoing", "the contract had been properly tendered."}},
		{"The director pointed out that the agency is worried about the growing ties between the two navies and fears that they could become an alliance.",
			[]string{"the agency is worried about the growing ties between the two navies and fears that they could become an alliance."}},
	} {
		a := structured(tc.sentence)
		var got []string
		for _, q := range a.Quotes {
			got = append(got, a.Slice(q.Span))
			if q.Speaker == "" {
				t.Errorf("%q: %q has no speaker", tc.sentence, a.Slice(q.Span))
			}
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: contents %q, want %q", tc.sentence, got, tc.want)
		}
	}
}
