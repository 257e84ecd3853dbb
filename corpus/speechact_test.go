package corpus

import (
	"strings"
	"testing"
)

// TestSpeechActs runs whole articles through the quotation finder and
// checks the act, negation and target of the attribution holding a given
// word: one fixture per cue family, per content rule and per negation.
func TestSpeechActs(t *testing.T) {
	tests := []struct {
		name, text, in string // in: a word inside the attribution's content
		speaker        string
		act            Act
		negated        bool
		target         string
	}{
		{"plain say", `The minister said the talks would resume next week in Doha.`, "resume", "The minister", ActSay, false, ""},
		{"perpetrators tied to a party", `Oslo says the cell's members are all affiliated with the Northern Front, though the front has claimed nothing.`, "members", "Oslo", ActAccuse, false, "Northern Front"},
		{"a gunman linked to a party", `Officials said the gunman was linked to the Northern Front.`, "gunman", "Officials", ActAccuse, false, "Northern Front"},
		{"a tie of no perpetrators", `The dean said the clinic is affiliated with Harvard University.`, "clinic", "The dean", ActSay, false, ""},
		{"a perpetrator's relative", `Oslo says the gunman's wife is tied to the Northern Front, though the front has claimed nothing.`, "wife", "Oslo", ActSay, false, ""},
		{"a perpetrator", `Oslo says the gunman was linked to the Northern Front, though the front has claimed nothing.`, "gunman", "Oslo", ActAccuse, false, "Northern Front"},
		{"a negated tie", `Police said the suspects were not linked to the Northern Front.`, "suspects", "Police", ActSay, false, ""},
		{"an opening participle's denial", `After initially denying reports that it had sunk the trawler, the navy acknowledged the mistake on Friday.`, "trawler", "the navy", ActDeny, false, ""},
		{"an opening participle's denial beside a quotation", `After first rejecting claims that it sank the trawler, the navy conceded that it had acted "in error" on Friday.`, "sank", "the navy", ActDeny, false, ""},
		{"the main clause after an opening participle", `After initially denying reports that it had sunk the trawler, the navy acknowledged that its gunners had fired.`, "gunners", "the navy", ActAdmit, false, ""},
		{"made the case argues", `The minister made the case that the tariffs would protect jobs.`, "tariffs", "The minister", ActClaim, false, ""},
		{"made clear says", `The minister made it clear that the tariffs would stay.`, "tariffs", "The minister", ActSay, false, ""},
		{"according to", `The talks failed on Monday, according to two officials.`, "talks", "two officials", ActSay, false, ""},
		{"denial phrase in a relative clause", `Two judges said they were worried about firms whose pay gaps match national figures where there is no proof of a biased policy.`, "worried", "Two judges", ActSay, false, ""},
		{"denial phrase in a condition", `The regulator said the fines would be waived if there is no evidence of intent.`, "fines", "The regulator", ActSay, false, ""},
		{"denial phrase as the claim", `The regulator said there was no evidence of a leak at the plant.`, "leak", "The regulator", ActDeny, false, ""},
		{"repeated denial", `Iran has repeatedly denied supplying weapons to Russia for use in Ukraine.`, "weapons", "Iran", ActDeny, false, ""},
		{"rejects claims in a headline", `Harbour blast: Lagos rejects reports it ignored the warnings`, "ignored", "Lagos", ActDeny, false, ""},
		{"rebuffed the claims", `The port authority rebuffed the claims on Monday.`, "claims", "The port authority", ActDeny, false, ""},
		{"reports said to be exaggerated are denied", `The harbour authority has said that reports of damage to the pier are greatly exaggerated.`, "damage", "The harbour authority", ActDeny, false, ""},
		{"a ministry of justice dismissing a report denies it", `The Ministry of Justice dismissed the smuggling report as fabricated.`, "report", "The Ministry of Justice", ActDeny, false, ""},
		{"asked for a thing is a request", `Port officials have cited the storm. They've asked for two more tugs and a pilot boat.`, "tugs", "Port officials", ActDemand, false, ""},
		{"rebuffs claims in a title-case headline", `Port Authority Rebuffs Claims It Ignored The Warnings`, "Ignored", "Port Authority", ActDeny, false, ""},
		{"a gerund in a title-case headline is a deed, no target", `Norway Denies Sinking Swedish Trawler Near Bergen`, "Trawler", "Norway", ActDeny, false, ""},
		{"a place in a title-case headline is a target", `Sweden Condemns Beijing Over Trawler Seizure`, "Trawler", "Sweden", ActCondemn, false, "Beijing"},
		{"rejected the claims", `Tehran rejected the claims as baseless on Tuesday.`, "claims", "Tehran", ActDeny, false, ""},
		{"demanded a noun phrase", `The harbor council demanded an immediate halt to the dredging on Monday.`, "halt", "The harbor council", ActDemand, false, ""},
		{"demands a noun phrase in a sentence-case headline", `Port union demands emergency pay rise for tug crews`, "rise", "Port union", ActDemand, false, ""},
		{"rejected a noun phrase", `Oslo rejected the ferry report.`, "report", "Oslo", ActDeny, false, ""},
		{"rejected a party's charge", `Norway rejected Sweden's charge of illegal fishing on Sunday.`, "fishing", "Norway", ActDeny, false, "Sweden"},
		{"has demanded after an auxiliary", `Protesters have demanded the resignation of the harbor master.`, "resignation", "Protesters", ActDemand, false, ""},
		{"said it was baseless", `A foreign ministry spokesman said the reports were baseless and politically motivated.`, "reports", "A foreign ministry spokesman", ActDeny, false, ""},
		{"failed to provide evidence", `Kiev has failed to provide any evidence for its claims, an Iranian official said.`, "evidence", "an Iranian official", ActDeny, false, ""},
		{"direct denial", `"We have never sent a single drone to Russia," Kanaani said.`, "drone", "Kanaani", ActDeny, false, ""},
		{"direct denial word", `"These accusations are lies and fabrications," Kanaani said.`, "accusations", "Kanaani", ActDeny, false, ""},
		{"denying after a comma", `Iran has repeatedly stressed that it will not side in the war, denying all claims that it has armed Russia.`, "side", "Iran", ActDeny, false, ""},
		{"not X but Y is a contrast", `"It is not to close the harbour, but to keep it safe," the mayor said.`, "harbour", "the mayor", ActSay, false, ""},
		{"isn't X but Y is a contrast", `"It isn't about the harbour, but about the town," the mayor said.`, "harbour", "the mayor", ActSay, false, ""},
		{"a denial with a concession", `"We did not close the harbour, but we understand the anger," the mayor said.`, "harbour", "the mayor", ActDeny, false, ""},
		{"a denial with an aside after but", `"We did not close the harbour, but to be fair we were asked to," the mayor said.`, "harbour", "the mayor", ActDeny, false, ""},
		{"negated clause of names", `According to Ashtiani, Iran and Russia have never discussed supplying drones for the war.`, "discussed", "Ashtiani", ActSay, false, ""}, // framing decides: is Iran Ashtiani's side?
		{"a negated clause after but", `According to Ashtiani, the two countries have a long military history, but they have never discussed drones.`, "history", "Ashtiani", ActDeny, false, ""},
		{"a negated clause about others", `The White House said that Iran can never acquire a nuclear weapon.`, "weapon", "The White House", ActSay, false, ""},
		{"negated clause of a pronoun", `The ministry said it had not received any request from the army.`, "request", "The ministry", ActDeny, false, ""},
		{"a negated wish is no denial", `"He does not want to jump to conclusions," Craig said of the president.`, "conclusions", "Craig", ActSay, false, ""},
		{"having no quality is no denial", `"He has no patience at all. He changes his mind every day," she said.`, "patience", "she", ActSay, false, ""},
		{"having no arms denies", `"We have no nuclear weapons," the foreign minister said.`, "weapons", "the foreign minister", ActDeny, false, ""},
		{"having no troops there denies", `"We have no troops in that country," the defence ministry said.`, "troops", "the defence ministry", ActDeny, false, ""},
		{"having no part in it denies", `The company said it had no involvement in the collapse of the bridge.`, "involvement", "The company", ActDeny, false, ""},
		{"never seen anything like it is no denial", `"I have never seen anything like this in my life," said one farmer.`, "never", "one farmer", ActSay, false, ""},
		{"never seen the papers denies", `"We have never seen the papers the report describes," the ministry said.`, "papers", "the ministry", ActDeny, false, ""},
		{"not briefed is no denial", `"I haven't been briefed on the report yet, but it is troubling," the senator said.`, "briefed", "the senator", ActSay, false, ""},
		{"not accurate denies", `The spokesman said the paper's account of the meeting was not accurate.`, "account", "The spokesman", ActDeny, false, ""},
		{"inaccurate denies", `The office told reporters that the magazine's description of the talks was inaccurate.`, "magazine", "The office", ActDeny, false, ""},
		{"asked to do something requests", `The editor asked the ministry to clarify its statement on the contract.`, "clarify", "The editor", ActDemand, false, ""},
		{"asked to do something of the speaker is no request of theirs", `When asked to name a single bill he had written, the senator changed the subject.`, "name", "", ActQuestion, false, ""},
		{"were also asked to is no request of theirs", `Voters were also asked to rank the candidates in the field.`, "rank", "", ActQuestion, false, ""},
		{"asked whether questions", `The editor asked whether the ministry would clarify its statement.`, "clarify", "The editor", ActQuestion, false, ""},
		{"hoping is a state of mind", `The governor was hoping to win the state in the autumn.`, "win", "The governor", ActOther, false, ""},
		{"a negated knowing is no denial", `The ministry said it did not know where the convoy had gone.`, "convoy", "The ministry", ActSay, false, ""},
		{"a negated belief denies", `"We don't think Iran sent any drones to Russia," Kanaani said.`, "drones", "Kanaani", ActDeny, false, ""},
		{"a participle before a title is no opening clause", `Outgoing president Barack Obama said Tuesday that, despite the setback, Hillary Clinton would win the state.`, "win", "Outgoing president Barack Obama", ActSay, false, ""},
		{"a participle before a plural is no opening clause", `Visiting officials said the talks, Iran's first with the agency, went well.`, "went", "Visiting officials", ActSay, false, ""},
		{"a stance verb with on and a day", `The UN Security Council condemned on Sunday the killing of three peacekeepers.`, "killing", "The UN Security Council", ActCondemn, false, ""},
		{"an aside after that in an opening clause", `After Obama said that, despite the war, the talks would go on, markets rose.`, "talks", "Obama", ActSay, false, ""},
		{"a relative aside in an opening clause", `After the minister said the plan, which cost $5 billion, had failed, the party voted to drop it.`, "failed", "the minister", ActSay, false, ""},
		{"a negation later is no denial", `The ministry said the army would build the road if the council did not object.`, "road", "The ministry", ActSay, false, ""},
		{"not deny", `Iran did not deny that it had sent advisers to Crimea last year.`, "advisers", "Iran", ActOther, true, ""},
		{"refused to confirm", `The Pentagon refused to confirm that the strike had taken place.`, "strike", "The Pentagon", ActOther, true, ""},
		{"accused with target", `Ukraine accused Iran of supplying hundreds of drones to Moscow.`, "drones", "Ukraine", ActAccuse, false, "Iran"},
		{"accused possessive target", `Officials accused Kyiv's government of staging the attack for the cameras.`, "staging", "Officials", ActAccuse, false, "Kyiv"},
		{"warned", `The White House warned that Tehran would face further sanctions soon.`, "sanctions", "The White House", ActWarn, false, ""},
		{"admitted", `The ministry admitted that several of its soldiers had crossed the border.`, "soldiers", "The ministry", ActAdmit, false, ""},
		{"promised", `The mayor promised that the bridge would reopen before the winter.`, "bridge", "The mayor", ActPromise, false, ""},
		{"a fragment in a predicate is no saying", `The senator thanked the nurses for "keeping this hospital open through the storm."`, "hospital", "The senator", ActOther, false, ""},
		{"a stance verb of condemnation", `The mayor denounced the attack on the mosque in a short statement.`, "mosque", "The mayor", ActCondemn, false, ""},
		{"called for is a demand", `The union called for an independent inquiry into the collapse of the bridge.`, "inquiry", "The union", ActDemand, false, ""},
		{"voted for is no saying", `Most delegates voted for the new charter after a long debate.`, "charter", "Most delegates", ActOther, false, ""},
		{"claimed", `The group claimed that its fighters had shot down two helicopters.`, "fighters", "The group", ActClaim, false, ""},
		{"the spokesman refers back", `"We reject this," Foreign Ministry spokesman Nasser Kanaani said on Monday. The spokesman said the reports were baseless and politically motivated.`, "reports", "Foreign Ministry spokesman Nasser Kanaani", ActDeny, false, ""},
		{"the president named by title in an apposition", `Jane Roe, President Okafor’s national security adviser, criticized the plan on Tuesday. The president has said the port will reopen next week.`, "port", "President Okafor", ActSay, false, ""},
		{"a vice president is not the president", `President Okafor spoke on Monday. Vice President Ana Silva said she would travel. The president said the harbour would reopen.`, "harbour", "President Okafor", ActSay, false, ""},
		{"he after a resolved role", `Jane Roe, President Okafor’s adviser, criticized the plan. The president said the port would reopen. He added that the talks would go on.`, "talks", "President Okafor", ActSay, false, ""},
		{"a titled name ends at a time word and a verb", "President Okafor Wednesday Announced Port Cuts\n\nThe president said the cuts would start soon.", "cuts would", "President Okafor", ActSay, false, ""},
		{"a titled name ends at a preposition", `Jane Roe met President Okafor At The Harbour House on Monday. The president said the talks were good.`, "talks", "President Okafor", ActSay, false, ""},
		{"a particle inside a titled name", `Jane Roe praised Mayor Bill de Blasio on Monday. The mayor said the port would reopen.`, "port", "Mayor Bill de Blasio", ActSay, false, ""},
		{"a spokesman is someone new", `"We reject this," Foreign Ministry spokesman Nasser Kanaani said on Monday. A spokesman for the army said the soldiers had returned to their base.`, "soldiers", "A spokesman for the army", ActSay, false, ""},
		{"transcript turn", `MR. KERRY: We will not accept a deal that leaves the program in place.`, "deal", "MR. KERRY", ActSay, false, ""}, // a refusal, no denial
		{"a refusal is no denial", `The governor has said he will not meet with the union leaders before the vote.`, "union", "The governor", ActSay, false, ""},
		{"a contracted refusal is no denial", `"We won't attend the talks in the capital," Okafor said.`, "talks", "Okafor", ActSay, false, ""},
		{"an intention with would is no denial", `Adeyemi said he would not change his mind even if there was proof.`, "mind", "Adeyemi", ActSay, false, ""},
		{"inability is no denial", `"We can't settle their quarrel for them," the envoy said.`, "quarrel", "the envoy", ActSay, false, ""},
		{"could not reach is no denial", `The agency said it could not reach the crew of the trawler.`, "crew", "The agency", ActSay, false, ""},
		{"could not possibly have denies", `"We could not possibly have sunk that ferry," the captain said.`, "ferry", "the captain", ActDeny, false, ""},
		{"could not ever have denies", `"They could not ever have crossed the border," the colonel said.`, "border", "the colonel", ActDeny, false, ""},
		{"a denial after a matter left open and a semicolon", `"It is not clear to me why they say so; we did not burn the depot," the foreman said.`, "depot", "the foreman", ActDeny, false, ""},
		{"a denial after a matter left open and and", `"We have not decided anything and we never signed the lease," the tenant said.`, "lease", "the tenant", ActDeny, false, ""},
		{"not knowing and then lacking records is no denial", `"We don’t know who lit it; we don’t have the records," the clerk said.`, "records", "the clerk", ActSay, false, ""},
		{"not having arms there denies", `"We do not have any soldiers in that valley," the general said.`, "valley", "the general", ActDeny, false, ""},
		{"not having anything to do with denies", `"We don't have anything to do with the flooding," the dam operator said.`, "flooding", "the dam operator", ActDeny, false, ""},
		{"not having any role denies", `"We do not have any role in the ticket scheme," the chairman said.`, "ticket", "the chairman", ActDeny, false, ""},
		{"an open matter and a later intention is no denial", `"It is not clear yet and we will not guess," the inspector said.`, "guess", "the inspector", ActSay, false, ""},
		{"can't be true denies", `"It can't be true that our patrol fired first," the admiral said.`, "patrol", "the admiral", ActDeny, false, ""},
		{"a matter left open is no denial", `The mayor said the arson theory was not ruled out, but it had not been confirmed yet.`, "arson", "The mayor", ActSay, false, ""},
		{"an offer denied is a refusal, no denial", `The union denied the council's offer of a new contract.`, "contract", "The union", ActOther, false, ""},
		{"claims rejected are a denial", `The union rejected the council's claims about the strike.`, "strike", "The union", ActDeny, false, ""},
		{"a thing still to come is no denial", `The mayor said of the ferry dock that it is not finished yet.`, "finished", "The mayor", ActSay, false, ""},
		{"a payment not yet made is no denial", `Councillor Ann Roe said they have not yet paid the contractors.`, "contractors", "Councillor Ann Roe", ActSay, false, ""},
		{"a denial goes on after a full stop and yet", `"We did not start the fire. Yet they blame us," the mayor said.`, "fire", "the mayor", ActDeny, false, ""},
		{"not independently verified is no denial", `The monitor gave a toll of forty but said it could not be independently verified.`, "verified", "The monitor", ActSay, false, ""},
		{"not paid denies", `The club said it had not been paid by the sponsor.`, "sponsor", "The club", ActDeny, false, ""},
		{"denying a request refuses", `The former treasurer denied a request to hand over the club's accounts.`, "accounts", "The former treasurer", ActOther, false, ""},
		{"denying the board's request refuses", `The treasurer denied the board's request for the ledgers.`, "ledgers", "The treasurer", ActOther, false, ""},
		{"denying bail to refuses", `The judge denied bail to the three dockworkers on Monday.`, "dockworkers", "The judge", ActOther, false, ""},
		{"denying entry to refuses", `The border agency denied entry to the visiting drummers.`, "drummers", "The border agency", ActOther, false, ""},
		{"a request as a clause's subject denies", `The port authority denied the application was ever received.`, "received", "The port authority", ActDeny, false, ""},
		{"access as a clause's subject denies", `The warden denied access had been cut off to the east wing.`, "wing", "The warden", ActDeny, false, ""},
		{"any request as a clause's subject denies", `The consulate denied any request had been made by the family.`, "family", "The consulate", ActDeny, false, ""},
		{"a permission noun before the subject noun denies", `The province denied asylum seekers were kept in tents.`, "tents", "The province", ActDeny, false, ""},
		{"a visa noun before the subject noun denies", `The province denied visa holders had been turned away.`, "turned", "The province", ActDeny, false, ""},
		{"a gerund before a request denies", `The mayor denied receiving a request from the union.`, "union", "The mayor", ActDeny, false, ""},
		{"disputing that access was given denies", `The former aides disputed that the brief access to the vault amounted to a breach.`, "vault", "The former aides", ActDeny, false, ""},
		{"denying reports of a request denies", `The treasurer denied reports that she had moved the club's accounts.`, "accounts", "The treasurer", ActDeny, false, ""},
		{"disbelief is no denial", `"I know the mayor, but I can't believe it is more important than this vote," Okafor said.`, "vote", "Okafor", ActSay, false, ""},
		{"a belief in something is a stance", `Adeyemi said he did not believe in punishing the strikers.`, "strikers", "Adeyemi", ActSay, false, ""},
		{"a state of mind negated is no denial", `"We are not happy with the new timetable," the mayor said.`, "timetable", "the mayor", ActSay, false, ""},
		{"a denial word on attacks denies", `"The allegations are baseless attacks on my character," the mayor said.`, "allegations", "the mayor", ActDeny, false, ""},
		{"a denial word on conspiracy theories denies", `"Those are ridiculous conspiracy theories," the minister said.`, "theories", "the minister", ActDeny, false, ""},
		{"an intransitive verb after when leaves the main subject", `The mayor spoke to reporters after Governor Ana Silva left and warned that a strike was near.`, "strike", "The mayor", ActWarn, false, ""},
		{"an auxiliary and an intransitive verb after when leave the main subject", `The mayor spoke to reporters after Governor Ana Silva had left and warned that a strike was near.`, "strike", "The mayor", ActWarn, false, ""},
		{"a titled name's particles count no word", `President Ana Maria Lopes da Silva met officials on Monday. The president said the port would reopen.`, "port", "President Ana Maria Lopes da Silva", ActSay, false, ""},
		{"a transitive verb after when takes the clause's subject", `The mayor spoke after union leader Ana Silva criticized him and warned that a strike was near.`, "strike", "union leader Ana Silva", ActWarn, false, ""},
		{"a denial word on a thing is no denial", `"We will undo the harm of this absurd resolution," the minister said.`, "resolution", "the minister", ActSay, false, ""},
		{"lie the verb is no denial", `"They will lie and cheat to win this vote," the minister said.`, "cheat", "the minister", ActSay, false, ""},
		{"a false choice is rejected", `"That is a false choice," the minister said of the two plans.`, "choice", "the minister", ActDeny, false, ""},
		{"fake news denies", `"This is fake news," the minister said.`, "fake", "the minister", ActDeny, false, ""},
		{"no idea is no denial", `"I have no idea where the ferry went," the captain said.`, "ferry", "the captain", ActSay, false, ""},
		{"a belief asked about is the question's", `Ms. Roe demurred when asked whether she believed the mayor was making the speech to gain favor.`, "speech", "", ActQuestion, false, ""},
		{"no longer is a change, no denial", `"We are no longer a town that will accept these floods," the mayor said.`, "floods", "the mayor", ActSay, false, ""},
		{"a denial in the perfect still denies", `The ministry said it has never sold a single rifle to the rebels.`, "rifle", "The ministry", ActDeny, false, ""},
		{"headline with a colon", `Clinton: I support statehood for the District of Columbia`, "statehood", "Clinton", ActSay, false, ""},
		{"according to any source", `Turnout rose sharply in the suburbs, according to emails unearthed in the investigation.`, "Turnout", "emails unearthed in the investigation", ActSay, false, ""},
		{"intent with to", `The senator promised to vote against the bill when it reaches the floor.`, "vote", "The senator", ActPromise, false, ""},
		{"declined to comment", `A spokesman for the company declined to comment on the report.`, "comment", "A spokesman for the company", ActSay, false, ""},
		{"inverted said with appositive", `The promise to "take our country back" appeals to many voters, said Alan Abramowitz, a demographer at Emory University.`, "voters", "Alan Abramowitz", ActSay, false, ""},
		{"a common noun speaker", `The actress said she was tired of the status quo and wanted change.`, "tired", "The actress", ActSay, false, ""},
		{"roundup form", `"The coverage was wildly unfair to the campaign," Howard Kurtz, Fox News.`, "coverage", "Howard Kurtz", ActSay, false, ""},
		{"in a statement", `The ministry said in a statement that the border would reopen on Monday.`, "border", "The ministry", ActSay, false, ""},
		{"quoted someone as telling", `Israeli media quoted Defense Minister Ehud Barak as telling reporters that the operation would go on.`, "operation", "Defense Minister Ehud Barak", ActSay, false, ""},
		{"quoted someone as saying", `The newspaper quoted a senior official as saying the talks had collapsed.`, "collapsed", "a senior official", ActSay, false, ""},
		{"quoted as saying", `The minister was quoted as saying that the talks had failed.`, "talks", "The minister", ActSay, false, ""},
		{"polls show", `Polls show that most voters oppose the plan.`, "voters", "Polls", ActSay, false, ""},
		{"emails show", `Leaked emails showed party staff favoring the governor over her rival in the primary.`, "staff", "Leaked emails", ActSay, false, ""},
		{"reports show", `The reports show the committee made a new purchase of ads in the state.`, "purchase", "The reports", ActSay, false, ""},
		{"polling showed", `Exit polling showed that the mayor won every district except the harbour.`, "district", "Exit polling", ActSay, false, ""},
		{"a colon after a longer predicate", `The senator celebrated the result on Twitter: "We won every district tonight, and we will win again."`, "district", "The senator", ActSay, false, ""},
		{"attitude with that", `Democrats are confident that the bill will pass the Senate next week.`, "Senate", "Democrats", ActOther, false, ""},
		{"attitude with of", `Okafor was sharply critical of the new harbour budget at the meeting.`, "budget", "Okafor", ActOther, false, ""},
		{"attitude with a pronoun clause", `The mayor remained hopeful she could win back the council in the spring.`, "council", "The mayor", ActOther, false, ""},
		{"attitude negated", `The mayor was not confident that the council would approve the harbour plan.`, "council", "The mayor", ActOther, true, ""},
		{"a view with as", `Many Democrats see the senator as a spoiler in the primary, polls suggest.`, "spoiler", "Many Democrats", ActOther, false, ""},
		{"a view ends with its clause", `Some view the nomination as a hostile takeover, although they have no plan to stop it.`, "takeover", "Some", ActOther, false, ""},
		{"a subject with a whose clause", `The state officials whose laws were struck down say the real change came in the courts.`, "courts", "The state officials", ActSay, false, ""},
		{"a subject before an adverb and an auxiliary", `Mrs. Okafor has since said she would support a higher minimum wage for the harbour.`, "wage", "Mrs. Okafor", ActSay, false, ""},
		{"a percentage says", `On social issues, about 42% say they are liberal and most of the rest conservative.`, "liberal", "about 42%", ActSay, false, ""},
		{"main clause after a relative clause", `Podesta, who said the project was vetted by counsel, said he was unaware of any disagreements.`, "unaware", "Podesta", ActSay, false, ""},
		{"the relative clause itself", `Podesta, who said the project was vetted by counsel, said he was unaware of any disagreements.`, "vetted", "Podesta", ActSay, false, ""},
		{"progressive call", `Senator Okafor is calling for an independent inquiry into the collapse of the bridge.`, "inquiry", "Senator Okafor", ActDemand, false, ""},
		{"progressive with an adverb", `Aides were privately saying that the campaign could not survive another loss.`, "survive", "Aides", ActSay, false, ""},
		{"coordinated reporting verb", `The company reported lower revenue, and said it would cut hundreds of jobs next year.`, "jobs", "The company", ActSay, false, ""},
		{"dateline is no speaker", `WASHINGTON (AFP) — The president said on Tuesday that the troops would stay.`, "troops", "The president", ActSay, false, ""},
		{"said after an appositive, a clause after said", `Charlie King, a former director of the state party, said the group would focus on five states.`, "focus", "Charlie King", ActSay, false, ""},
		{"a parenthesis after the speaker", `Sen. Bernie Sanders (I-Vt.) said he will release his medical records before the primary.`, "records", "Sen. Bernie Sanders", ActSay, false, ""},
		{"a contracted negation", `The senator didn't say that the bill would fail in the House.`, "bill", "The senator", ActOther, true, ""},
		{"a passive: spoken to", `At the rally she was asked about the protests on campus and the police.`, "protests", "", ActQuestion, false, ""},
		{"a passive: spoken about", `The governor is expected to win the primary by a wide margin.`, "primary", "", ActOther, false, ""},
		{"an asked lead-in", `Asked about the leak on Monday, Price said he had nothing to add to the statement.`, "leak", "", ActQuestion, false, ""},
		{"the speaker after an asked lead-in", `Asked about the leak on Monday, Price said he had nothing to add to the statement.`, "nothing", "Price", ActSay, false, ""},
		{"a poll as a source", `In the new Quinnipiac poll of likely voters, Clinton leads Trump by six points.`, "leads", "the new Quinnipiac poll of likely voters", ActSay, false, ""},
		{"a statement lead-in keeps its speaker", `In a statement on Monday, the ministry said the border would reopen next week.`, "border", "the ministry", ActSay, false, ""},
		{"a name set off after a common noun", `The author of the book, Mitchell Zuckoff, said that he stands by the depiction.`, "depiction", "Mitchell Zuckoff", ActSay, false, ""},
		{"a long appositive", `Oliver Hedge, who appraises golf courses for the brokerage Cushman & Wakefield, said the industry had recovered.`, "industry", "Oliver Hedge", ActSay, false, ""},
		{"who without a comma", `Democrats who say the law unfairly targets immigrants, called for a repeal on Monday.`, "targets", "Democrats", ActSay, false, ""},
		{"an unnamed source", `A person familiar with the planning for the meeting says the discussion will focus on the budget.`, "discussion", "A person familiar with the planning for the meeting", ActSay, false, ""},
		{"an unnamed source after but", `But a source familiar with the investigation said the network was hacked by intruders.`, "network", "a source familiar with the investigation", ActSay, false, ""},
		{"a title-case headline", `Former Clinton Pollster Says Clinton Is In Trouble In California`, "Trouble", "Former Clinton Pollster", ActSay, false, ""},
		{"a WordNet verb after a quotation", `"We will win in November," Carson answered.`, "November", "Carson", ActSay, false, ""},
		{"a WordNet verb inverted after a quotation", `"We will win in November," answered Carson.`, "November", "Carson", ActSay, false, ""},
		{"a colon hands a quotation to the subject", `Trump then boomed: "Let us defeat her in November."`, "defeat", "Trump", ActSay, false, ""},
		{"a counter-explanation: another party's rocket misfired", `The IDF said an Islamic Jihad rocket misfired and hit the hospital.`, "rocket", "The IDF", ActDeny, false, "Islamic Jihad"},
		{"another party was behind it", `Israeli officials said Hamas was behind the attack on the border post.`, "attack", "Israeli officials", ActAccuse, false, "Hamas"},
		{"its own side is no other party", `The army said it was responsible for the strike on the convoy.`, "strike", "The army", ActSay, false, ""},
		{"a failure with no party named", `The ministry said the rocket misfired over the city at night.`, "rocket", "The ministry", ActSay, false, ""},
		{"a second clause after and she", `Hillary Clinton said Russian services hacked into the committee's computers and she accused Donald Trump of showing support for Putin.`, "support", "Hillary Clinton", ActAccuse, false, "Donald Trump"},
		{"the first clause before and she", `Hillary Clinton said Russian services hacked into the committee's computers and she accused Donald Trump of showing support for Putin.`, "hacked", "Hillary Clinton", ActSay, false, ""},
		{"he is the surname the sentence opens with", `Ned Price met the press. General Mark Kurilla spoke too. Separately, Price also met the press, as he dismissed criticism of the minister's conversation earlier that day with Lavrov.`, "criticism", "Price", ActDeny, false, ""},
		{"spoke of a topic", `Separately, Price also spoke of the mediatory role Israel could play in ending the war.`, "mediatory", "Price", ActSay, false, ""},
		{"note that", `The auditors note that the agency lost track of the documents.`, "agency", "The auditors", ActSay, false, ""},
		{"continued after a quotation", `"We will keep going to the end," the senator continued.`, "keep", "the senator", ActSay, false, ""},
		{"an attribution set off by commas", `The plan, the senator argued on Tuesday, would raise taxes on the wealthy.`, "plan", "the senator", ActClaim, false, ""},
		{"the words after an attribution set off by commas", `The plan, the senator argued on Tuesday, would raise taxes on the wealthy.`, "wealthy", "the senator", ActClaim, false, ""},
		{"according to set off by commas", `That decision, according to two aides, came after weeks of debate.`, "weeks", "two aides", ActSay, false, ""},
		{"a noun cue with a possessor", `At the rally Trump's claim that Mexico will pay for the wall drew laughter.`, "Mexico", "Trump", ActClaim, false, ""},
		{"a noun cue with a possessive pronoun", `Ned Price spoke on Monday. His warning that the deal would collapse went unheeded for weeks.`, "collapse", "Ned Price", ActWarn, false, ""},
		{"a noun cue after another verb", `Riyadh expelled the ambassador, following Canada's demand that the Saudis free the activists.`, "activists", "Canada", ActDemand, false, ""},
		{"he's is no possessor", `He's said that he will fight all the way to the convention.`, "convention", "He", ActSay, false, ""},
		{"a noun WordNet also lists as a verb", `Abortion rights advocates said the ruling made it more critical to fight the laws.`, "ruling", "Abortion rights advocates", ActSay, false, ""},
		{"a plain noun phrase before a preposition", `But protest organizers in Cleveland say the city is increasing the likelihood of clashes.`, "likelihood", "protest organizers", ActSay, false, ""},
		{"a relative clause after the subject", `Current and former officials who spoke with The Huffington Post said the organization has become a shell.`, "shell", "Current and former officials", ActSay, false, ""},
		{"a lead-in set off by commas", `Proponents of the new bill, however, say it would keep enough federal safeguards in place.`, "safeguards", "Proponents of the new bill", ActSay, false, ""},
		{"believes", `The senator believes the bill will pass the chamber by a wide margin.`, "bill", "The senator", ActOther, false, ""},
		{"a day after the cue is no target", `Issa charged Sunday that the ambassador refused to testify before the committee.`, "ambassador", "Issa", ActAccuse, false, ""},
		{"a title-case target stops at a grammatical word", `Issa Denies Benghazi Probe Is Out To Get Hillary`, "Probe", "Issa", ActDeny, false, "Benghazi Probe"},
		{"a title-case target stops at a preposition", `Trump Warns Iran Against Revenge Attack on US Forces`, "Revenge", "Trump", ActWarn, false, "Iran"},
		{"a party tag after the speaker", `"We all know that the justices have political views," Sen. Chris Murphy, D-Conn., told Politico.`, "justices", "Sen. Chris Murphy", ActSay, false, ""},
		{"a party tag in brackets", `"It is very unusual for a justice," Sen. Dick Durbin (D-Ill.) told the outlet.`, "unusual", "Sen. Dick Durbin", ActSay, false, ""},
		{"a dash before a clause is no signature", `Critics called the bill "a giveaway to the rich" — Republicans, however, pushed it through on Friday.`, "giveaway", "Critics", ActSay, false, ""},
		{"a dash and a name ending the sentence sign it", `"We will get zero taxes from them." - Sanders.`, "taxes", "Sanders", ActSay, false, ""},
		{"a day's event is no target", `Iran condemned Sunday's attack on the embassy in the capital.`, "attack", "Iran", ActCondemn, false, ""},
		{"a title-case target stops at of", `Netanyahu Accuses Iran Of Lying To The World`, "Lying", "Netanyahu", ActAccuse, false, "Iran"},
		{"a year is nobody", `Issa, whose panel probed the Sept. 11, 2012, assault, said the process scrubbed the fact.`, "scrubbed", "", ActSay, false, ""},
		// A report held in the words is the inner speaker's act: the
		// outer speaker relays it, whether quoted or paraphrased; words of
		// the outer speaker's own beside it still make the outer's act.
		{"a quotation relays a held denial", `"The harbour master said the safety report was fabricated," Ana Roe wrote.`, "harbour", "Ana Roe", ActSay, false, ""},
		{"a paraphrase relays a held denial", `Ana Roe wrote that the harbour master said the safety report was fabricated.`, "harbour", "Ana Roe", ActSay, false, ""},
		{"a quoted verb lie is no denial", `The mayor kept notes, saying the contractor would "lie" about the deal.`, "contractor", "The mayor", ActSay, false, ""},
		{"a closing attribution relays a held denial", `The harbour master said the safety report was fabricated, an aide told reporters.`, "harbour", "an aide", ActSay, false, ""},
		// A charge in the passive with its agent: the agent accuses, the
		// passive's subject is the target.
		{"a passive charge with its agent in a relative clause", `Roe, who has been accused by the harbour board of hiding 1,400 ferry losses, resigned.`, "hiding", "the harbour board", ActAccuse, false, "Roe"},
		{"a passive charge with its agent", `The port chief was blamed by Ana Roe for the ferry delays.`, "delays", "Ana Roe", ActAccuse, false, "The port chief"},
		{"a passive charge beside a quotation", `"We hid nothing," said Roe, who has been accused by the harbour board of hiding the ferry losses.`, "hiding", "the harbour board", ActAccuse, false, "Roe"},
		// A noun names the act: "Oslo's denial of", "his vow to".
		{"a possessor's denial of", `Norland's denial of any role in the trawler sinking came quickly.`, "trawler", "Norland", ActDeny, false, ""},
		{"a possessor's vow to", `Mayor Roe's vow to rebuild the pier by June went unfulfilled.`, "rebuild", "Mayor Roe", ActPromise, false, ""},
		{"a possessor's repeated vows that", `Roe's repeated vows that the ferry would keep running won her the vote.`, "ferry", "Roe", ActPromise, false, ""},
		{"a noun cue's words holding scare quotes", `Roe's repeated vows that the ferry would be a "lifeline" for the north won her the vote.`, "ferry", "Roe", ActPromise, false, ""},
		{"a participle after a comma and an adverb", `The harbour board changed its story twice, eventually admitting that the ferry had struck the pier.`, "ferry", "The harbour board", ActAdmit, false, ""},
		// A direct quotation that performs its act in the first person.
		{"a first-person act opens the quotation", `"I strongly condemn the arson at the harbour school," Mayor Roe said.`, "arson", "Mayor Roe", ActCondemn, false, ""},
		{"a first-person demand", `"We demand a full inquiry into the ferry fire," the union said.`, "inquiry", "the union", ActDemand, false, ""},
		{"a third-person act verb is no act of the speaker", `"They condemn everything the harbour board does," Mayor Roe said.`, "everything", "Mayor Roe", ActSay, false, ""},
		{"a first-person act taken back by its object", `"We deny nothing about the ferry fire," the union said.`, "ferry", "the union", ActSay, false, ""},
		{"a first-person act asked", `"We condemn the ferry crews?" the mayor said.`, "crews", "the mayor", ActSay, false, ""},
		{"a first-person act asked past an abbreviation", `"We condemn the U.S. ferry crews?" the mayor said.`, "crews", "the mayor", ActSay, false, ""},
		{"a noun cue's words with a verb and a particle", `The memo led to accusations from Republicans that the port authority took over the ferry yard in May.`, "yard", "Republicans", ActAccuse, false, ""},
		{"a first-person act after a modal is no act yet", `"We will condemn anyone who burns the harbour school," Mayor Roe said.`, "anyone", "Mayor Roe", ActSay, false, ""},
		// A noun cue with its agent after "by" or "from": the agent makes
		// the noun's act, the clause after "that" is its words.
		{"a noun cue's agent after made and a time", `The papers led on Monday with the claim made on Sunday by Harbour Minister Ana Roe that the ferry crews "had no will to sail" in the storm.`, "crews", "Harbour Minister Ana Roe", ActClaim, false, ""},
		{"a noun cue's agent after from", `The memo led to accusations from Republicans that the port authority had hidden the audit from the board.`, "audit", "Republicans", ActAccuse, false, ""},
		{"a noun cue's agent named by a role", `He answered warnings by harbour officials that the channel was too shallow for the new ferries.`, "shallow", "harbour officials", ActWarn, false, ""},
		{"a possessed object's names set off after it", `Lee chastised Norland's two main allies, Ostland and Westland, for their roles in the blockade.`, "roles", "Lee", ActCondemn, false, "Ostland and Westland"},
		{"a possessed object with no names after it", `Lee chastised Norland's leaders for the blockade.`, "blockade", "Lee", ActCondemn, false, "Norland"},
		{"a relative clause after a possessed object", `Lee accused Norland's navy, which denies it, of the blockade.`, "navy", "Lee", ActAccuse, false, "Norland"},
		{"a relayed denial is the relayed speaker's", `The mayor says the harbour master of the northern port town has told him directly that he had nothing to do with the spill.`, "harbour", "The mayor", ActSay, false, ""},
		{"a first-person relay is one's own denial", `The minister said we told them that we had nothing to do with the spill.`, "told", "The minister", ActDeny, false, ""},
		{"claims named by a noun are denied", `The minister said the claims that the port had anything to do with the spill were baseless.`, "claims", "The minister", ActDeny, false, ""},
		{"a report a participle describes is denied", `The spokesman said the report claiming that the port was involved was false.`, "report", "The spokesman", ActDeny, false, ""},
		{"a denial of one's own beside a held one", `"Those rumours are nonsense, and the harbour master said the safety report was fabricated," Ana Roe wrote.`, "rumours", "Ana Roe", ActDeny, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := FromParagraphs(Meta{ID: "t"}, []string{tt.text})
			at := -1
			for i := range len(a.Text) - len(tt.in) + 1 {
				if a.Text[i:i+len(tt.in)] == tt.in {
					at = i
					break
				}
			}
			for _, q := range a.Quotes {
				if !q.Span.Contains(at) {
					continue
				}
				if q.Speaker != tt.speaker || q.Act != tt.act || q.Negated != tt.negated || q.Target != tt.target {
					t.Fatalf("attribution %q: speaker %q act %q negated %v target %q; want %q %q %v %q",
						a.Slice(q.Span), q.Speaker, q.Act, q.Negated, q.Target, tt.speaker, tt.act, tt.negated, tt.target)
				}
				if q.Target != "" && a.Slice(q.TargetSpan) != q.Target {
					t.Fatalf("target span %v holds %q, want %q", q.TargetSpan, a.Slice(q.TargetSpan), q.Target)
				}
				if q.Verb != "" && a.Slice(q.VerbSpan) != q.Verb {
					t.Fatalf("verb span %v holds %q, want %q", q.VerbSpan, a.Slice(q.VerbSpan), q.Verb)
				}
				return
			}
			t.Fatalf("no attribution holds %q; quotes: %+v", tt.in, a.Quotes)
		})
	}
}

// TestOpeningParticipleLeftAlone: an opening participle clause of a
// plain saying, of a negated act or of no act holds no attribution.
func TestOpeningParticipleLeftAlone(t *testing.T) {
	for _, text := range []string{
		`After saying the trawler had sunk, the navy sent two boats to the harbour.`,
		`After not denying reports about the trawler, the navy sent two boats to the harbour.`,
		`After sinking the trawler, the navy sent two boats to the harbour.`,
	} {
		a := FromParagraphs(Meta{ID: "t"}, []string{text})
		for _, q := range a.Quotes {
			if strings.Contains(a.Slice(q.Span), "trawler") {
				t.Errorf("%q: attribution %q by %q (%q)", text, a.Slice(q.Span), q.Speaker, q.Verb)
			}
		}
	}
}

// TestPartialQuoteInParaphrase checks that a quoted fragment inside reported
// speech is one attribution whose content is the whole clause, with the
// fragment inside it as the speaker's own words.
func TestPartialQuoteInParaphrase(t *testing.T) {
	a := FromParagraphs(Meta{ID: "t"}, []string{`Donna Brazile said on Monday that Tim Kaine is "a good person."`})
	var kinds []QuoteKind
	var texts []string
	for _, q := range a.Quotes {
		kinds = append(kinds, q.Kind)
		texts = append(texts, a.Slice(q.Span))
		if q.Speaker != "Donna Brazile" {
			t.Errorf("%s %q: speaker %q, want Donna Brazile", q.Kind, a.Slice(q.Span), q.Speaker)
		}
	}
	want := []string{`Tim Kaine is "a good person."`, `a good person.`}
	if len(texts) != 2 || texts[0] != want[0] || texts[1] != want[1] || kinds[0] != QuoteIndirect || kinds[1] != QuotePartial {
		t.Fatalf("quotes %v %q, want indirect %q holding partial %q", kinds, texts, want[0], want[1])
	}
}

// TestNoAttribution: acts that are not speech stay the outlet's words.
// TestPassiveWithoutSpeech checks that a passive whose words open with its
// agent or another preposition is no attribution.
func TestPassiveWithoutSpeech(t *testing.T) {
	for _, text := range []string{
		`The story was reported by Politico on Monday night.`,
		`The nominee was confirmed with Republican support last week.`,
		`In the morning, the troops left the base for the border with the north.`,
		`The minister spoke to the troops at the base near the border on Monday.`,
		`The senator continued to press the agency for the documents it holds.`,
		`Students of the Said Business School Visit The Port In May`,
	} {
		if a := FromParagraphs(Meta{ID: "t"}, []string{text}); len(a.Quotes) != 0 {
			t.Errorf("%q: quotes %+v, want none", text, a.Quotes)
		}
	}
}

func TestNoAttribution(t *testing.T) {
	for _, text := range []string{
		`An Islamic State affiliate claimed responsibility for the massacre.`,
	} {
		a := FromParagraphs(Meta{ID: "t"}, []string{text})
		for _, q := range a.Quotes {
			if q.Kind != QuoteScare && q.Kind != QuoteIndirect || q.Kind == QuoteIndirect && strings.Contains(a.Slice(q.Span), "responsibility") {
				t.Errorf("%q: %s %q by %q", text, q.Kind, a.Slice(q.Span), q.Speaker)
			}
		}
	}
}

// TestColonLead checks that a paragraph ending with a colon hands the
// next paragraph's quotation to the subject of its last sentence, whatever
// the verb, and that an object pronoun before the colon is no subject.
func TestColonLead(t *testing.T) {
	for _, tt := range []struct{ lead, want string }{
		{`Joel Pollak said the debate was a mess. That is, when the moderators yielded to temptation, Cruz called them on it:`, "Cruz"},
		{`17-year-old Jared Potts echoed:`, "17-year-old Jared Potts"},
		{`The campaign released the following statement:`, "The campaign"},
	} {
		a := FromParagraphs(Meta{ID: "t"}, []string{tt.lead, `"The questions asked in this debate illustrate why the people do not trust the media."`})
		found := false
		for _, q := range a.Quotes {
			if q.Kind == QuoteDirect && strings.Contains(a.Slice(q.Span), "questions") {
				found = true
				if q.Speaker != tt.want {
					t.Errorf("after %q: speaker %q, want %q", tt.lead, q.Speaker, tt.want)
				}
			}
		}
		if !found {
			t.Errorf("after %q: no direct quotation; quotes %+v", tt.lead, a.Quotes)
		}
	}
}

// TestTargetStaysInItsParagraph checks that a target's run of capitalised
// words ends with its paragraph: a headline's last word and the next
// paragraph's first are no one name.
func TestTargetStaysInItsParagraph(t *testing.T) {
	a := FromParagraphs(Meta{ID: "t"}, []string{"Issa Denies Benghazi Probe Targets Hillary Clinton", "Officials in Washington said on Monday that the panel would meet."})
	found := false
	for _, q := range a.Quotes {
		if q.Act == ActDeny && q.Speaker == "Issa" {
			found = true
			if q.Target != "Benghazi Probe Targets Hillary Clinton" {
				t.Errorf("denial %q: target %q, want %q", a.Slice(q.Span), q.Target, "Benghazi Probe Targets Hillary Clinton")
			}
		}
	}
	if !found {
		t.Errorf("no denial by Issa found in %q", a.Text)
	}
}

// TestVerbAct: a reporting word's act before negation, which a reader of
// "did not deny" needs to tell a withheld denial from a withheld saying.
func TestVerbAct(t *testing.T) {
	for verb, want := range map[string]Act{"deny": ActDeny, "Disputed that": ActDeny, "say": ActSay, "confirm": ActConfirm, "told reporters": ActSay} {
		if got := VerbAct(verb); got != want {
			t.Errorf("VerbAct(%q) = %q, want %q", verb, got, want)
		}
	}
}

// TestNegatedPredicate: the word a negated clause denies, past adverbs
// and auxiliaries, for framing to look for the side doing it elsewhere.
func TestNegatedPredicate(t *testing.T) {
	cases := []struct{ content, want string }{
		{"it did not fire the rocket at the town", "fire"},
		{"we have never been behind any such attack", "behind"},
		{"the talks went well, but they could not possibly have launched it", "launched"},
		{"they have never discussed supplying drones to anyone", "discussed supplying"},
		{"we did not try to hide the report", "try hide"},
		{"he was not a member of the group", "member"},
		{"the weather was fine today", ""},
	}
	for _, tc := range cases {
		got, _ := NegatedPredicate(tc.content)
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("%q: predicate %q, want %q", tc.content, g, tc.want)
		}
	}
}

// TestNounCueAgentNamesSomeone checks that a noun cue's "by" or "from"
// phrase makes no attribution when it names no one ("by others", "from the
// start") or when "that" opens a relative clause about the noun ("claims
// from the board that were withdrawn").
func TestNounCueAgentNamesSomeone(t *testing.T) {
	for _, text := range []string{
		`We saw no evidence to back up claims by others that this was a planned attack on the pier.`,
		`The claims from the harbour board that were withdrawn on Monday had named the ferry crews.`,
		`The warnings from the start that nothing would change proved right about the ferry crews.`,
		// Relative clauses about the claim, and a time as the "agent".
		`He repeated the claim made by Smith that the harbour board had rejected as nonsense.`,
		`Claims from the harbour board that later proved false had named the ferry crews.`,
		`Warnings by the mayor that nobody on the council took seriously had named the pier.`,
		`He repeated the claim from Monday that the pier was unsafe and would close.`,
		`The claims by the harbour board that it made in May were false.`,
		`The mayor repeated the claim from the union that later proved false.`,
	} {
		a := FromParagraphs(Meta{ID: "t"}, []string{text})
		for _, q := range a.Quotes {
			if q.Kind != QuoteScare {
				t.Errorf("%q: attribution %q by %q (%s)", text, a.Slice(q.Span), q.Speaker, q.Verb)
			}
		}
	}
}

// TestPartialQuoteKeepsItsSpeakerFromPronoun checks that a speakerless
// partial quotation waiting for a noun cue is not handed to the last
// person named through a possessive pronoun ("testimony from Eric Doe,
// culminating in his claim that "..."" follows Jane Roe's sentence): a
// named agent gets it, a pronoun does not.
func TestPartialQuoteKeepsItsSpeakerFromPronoun(t *testing.T) {
	tests := []struct{ text, in, want string }{
		{`Jane Roe wrote the memo. That was the point of the testimony from Eric Doe, culminating in his claim that the "harbour board is hiding the audit" from the ferry workers.`, "hiding", ""},
		{`The papers led on Monday with the claim made by Eric Doe that the "harbour board is hiding the audit" from the ferry workers.`, "hiding", "Eric Doe"},
	}
	for _, tt := range tests {
		a := FromParagraphs(Meta{ID: "t"}, []string{tt.text})
		at := strings.Index(a.Text, tt.in)
		for _, q := range a.Quotes {
			if q.Span.Contains(at) && q.Speaker != tt.want {
				t.Errorf("%q: %q is given to %q, want %q", tt.text, a.Slice(q.Span), q.Speaker, tt.want)
			}
		}
	}
}
