package corpus

import (
	"strings"
	"testing"
)

// actCase is a paragraph, a few words of one attribution's reported
// words, and the speaker, act and target that attribution must have.
type actCase struct {
	name, text, in, speaker string
	act                     Act
	target                  string
}

// articleAt cleans one paragraph into an article and returns where in
// its text the words in start.
func articleAt(t *testing.T, paragraph, in string) (*Article, int) {
	t.Helper()
	a := FromParagraphs(Meta{ID: "t"}, []string{paragraph})
	at := strings.Index(a.Text, in)
	if at < 0 {
		t.Fatalf("%q not in the text", in)
	}
	return a, at
}

// checkActs checks that the attribution holding each case's words has
// the case's speaker, act and target.
func checkActs(t *testing.T, cases []actCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			a, at := articleAt(t, tt.text, tt.in)
			var inner *Quote // the innermost attribution holding the words
			for i, q := range a.Quotes {
				if q.Span.Contains(at) && (inner == nil || q.Span.End-q.Span.Start < inner.Span.End-inner.Span.Start) {
					inner = &a.Quotes[i]
				}
			}
			if inner == nil {
				t.Fatalf("no attribution holds %q; quotes: %s", tt.in, describeQuotes(a))
			}
			if q := inner; q.Speaker != tt.speaker || q.Act != tt.act || q.Target != tt.target {
				t.Fatalf("attribution %q: speaker %q act %q target %q; want %q %q %q",
					a.Slice(q.Span), q.Speaker, q.Act, q.Target, tt.speaker, tt.act, tt.target)
			}
		})
	}
}

// checkNoActHolds checks that no attribution holds each case's words, or
// none by the case's speaker when it names one.
func checkNoActHolds(t *testing.T, cases []actCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			a, at := articleAt(t, tt.text, tt.in)
			for _, q := range a.Quotes {
				if q.Span.Contains(at) && (tt.speaker == "" || q.Speaker == tt.speaker) {
					t.Fatalf("attribution %q by %q holds %q; want none", a.Slice(q.Span), q.Speaker, tt.in)
				}
			}
		})
	}
}

// TestRebukeVerbsCondemn checks that the verbs of reproof are cues whose
// act is a condemnation of their object, like "criticized".
func TestRebukeVerbsCondemn(t *testing.T) {
	checkActs(t, []actCase{
		{"chastised with an appositive", `The mayor chastised the two ferry unions, the pilots and the deckhands, for their part in the harbour strike.`, "ferry unions", "The mayor", ActCondemn, ""},
		{"berated", `Governor Ana Roe berated Norland for hiding the audit of the ferry fleet.`, "hiding", "Governor Ana Roe", ActCondemn, "Norland"},
		{"excoriated", `Lawmakers excoriated Harbour Master Tom Lee over the delays at the dock.`, "delays", "Lawmakers", ActCondemn, "Harbour Master Tom Lee"},
		{"reprimanded", `The council reprimanded two pilots for sailing in the storm.`, "pilots", "The council", ActCondemn, ""},
	})
	// Nouns of the same words name no act of anyone.
	checkNoActHolds(t, []actCase{
		{"a rebuke as a noun", `The pilots shrugged off a sharp rebuke from the harbour and went back to sea.`, "went back", "", "", ""},
		{"a scolding as a noun", `After a scolding, the deckhands went back to the ferry on Monday.`, "ferry", "", "", ""},
	})
}

// TestSettingOnlyTag checks that a tag sentence after a question, whose
// words after the cue say only where or when it was asked, reports nothing
// of its own, and that words of the cue's own after a setting still do.
func TestSettingOnlyTag(t *testing.T) {
	checkNoActHolds(t, []actCase{
		{"asked in an interview", `"Will they sail until the last deckhand?" Roe asked in a radio interview.`, "radio interview", "", "", ""},
		{"asked during a visit", `"Who pays for the pier?" the mayor asked during a visit to the harbour on Monday.`, "visit", "", "", ""},
		{"exclaimed on a channel", `"Not one more ferry!" Roe exclaimed on Harbour TV.`, "Harbour TV", "", "", ""},
	})
	checkActs(t, []actCase{
		{"a question after the setting", `"Will they sail?" Roe asked in Paris whether the pilots would strike.`, "pilots would strike", "Roe", ActQuestion, ""},
		{"a clause after the setting", `Roe said in Paris the pilots would strike on Monday.`, "pilots would strike", "Roe", ActSay, ""},
		{"a topic after the setting", `Roe warned on Sunday of a strike at the harbour.`, "strike at the harbour", "Roe", ActWarn, ""},
	})
}

// TestAgentActNouns checks that a noun naming an act, with its agent after
// "from" and no "that" clause, is an attribution by the agent about what
// follows "for" or "over", or about the subject of the verb that drew it.
func TestAgentActNouns(t *testing.T) {
	checkActs(t, []actCase{
		{"criticism drawn by the subject", `After a week of talks, the pier closure drew swift criticism from Tories and Greens on the council, along with several harbour pilots, who say it strands the islands.`, "pier closure", "Tories and Greens on the council", ActCondemn, ""},
		{"calls set off by both", `There are growing calls, both from Tories and Greens in the assembly, for a new ferry contract amid the strike.`, "new ferry contract", "Tories and Greens in the assembly", ActDemand, ""},
		{"criticism over a topic", `The harbour board faced criticism from residents over the closure of the north pier.`, "north pier", "residents", ActCondemn, ""},
		{"warnings about a topic", `The council ignored warnings from Harbour Master Tom Lee about the state of the sea wall.`, "sea wall", "Harbour Master Tom Lee", ActWarn, ""},
	})
	checkNoActHolds(t, []actCase{
		{"phone calls from someone", `Phone calls from voters flooded the harbour office on Monday.`, "flooded", "", "", ""},
		{"criticism from a time", `Criticism from the start of the strike was muted at the harbour.`, "muted", "", "", ""},
		{"calls with no demand", `The office logged calls from pilots at the north pier on Monday.`, "north pier", "", "", ""},
		{"a subject past a preposition", `The decision by the harbour board drew criticism from residents.`, "decision", "", "", ""},
		{"the act's words end at amid", `There are growing calls, both from Tories and Greens in the assembly, for a new ferry contract amid the strike.`, "strike", "", "", ""},
		// An act the text says was withheld, or hardly made.
		{"little criticism", `The pier closure drew little criticism from Tories on the council.`, "pier closure", "", "", ""},
		{"without criticism", `The pier closure passed without criticism from Tories over the north pier.`, "north pier", "", "", ""},
		{"no denials", `There were no denials from the harbour board about the north pier.`, "north pier", "", "", ""},
		{"a lack of calls", `There was a lack of calls from pilots for a new ferry contract.`, "ferry contract", "", "", ""},
	})
}

// TestFireDrawnActs checks that "under fire from X for Y" and "drew fire
// from X for Y" are X's criticism about Y when Y gives a reason (a gerund
// or a possessed deed), and that gunfire drawn "for an hour" or with no
// reason makes no act.
func TestFireDrawnActs(t *testing.T) {
	checkActs(t, []actCase{
		{"came under fire for a gerund", `The mayor defended the plan after coming under fire from Greens on the council for closing the north pier.`, "north pier", "Greens on the council", ActCondemn, ""},
		{"under fire for a possessed deed", `The harbour board came under fire from Tom Lee for its handling of the ferry strike.`, "ferry strike", "Tom Lee", ActCondemn, ""},
		{"drew fire for a gerund", `The pier closure drew fire from Tories for stranding the islands.`, "stranding", "Tories", ActCondemn, ""},
	})
	checkNoActHolds(t, []actCase{
		{"gunfire for a time", `The ferry came under fire from Norland gunboats for about an hour.`, "hour", "", "", ""},
		{"gunfire for the nth time", `The ferry came under fire from Norland gunboats for the second time this week.`, "second time", "", "", ""},
		{"gunfire with no reason", `The patrol drew fire from Norland troops hiding in the dunes.`, "dunes", "", "", ""},
		{"fire with no critic", `The ferry caught fire from a spark for reasons unknown.`, "reasons", "", "", ""},
	})
}

// TestFramedInfinitiveCues checks that a censure verb in an infinitive
// after "went on to", its slip "went onto", or "continued to" is the cue,
// with its act, also when a quoted fragment ends the sentence; and that
// "went on to" before no cue verb makes no act.
func TestFramedInfinitiveCues(t *testing.T) {
	checkActs(t, []actCase{
		{"went on to blame a quoted charge", `The mayor went on to blame the harbour board for "sinking the north pier."`, "sinking", "The mayor", ActAccuse, ""},
		{"went onto blame, run together", `The mayor went onto blame the harbour board for "sinking the north pier."`, "sinking", "The mayor", ActAccuse, ""},
		{"went onto blame an abbreviated name", `Haddadi went onto blame the U.S. for "causing the crisis in the region."`, "causing", "Haddadi", ActAccuse, "U.S."},
		{"continued to condemn", `The bishop continued to condemn the harbour board for the closures.`, "closures", "The bishop", ActCondemn, ""},
		{"went on to criticize", `The bishop went on to criticize the harbour board for the closures.`, "closures", "The bishop", ActCondemn, ""},
		{"continue to demand an object", `Harbour pilots continue to demand more tugs for the north pier.`, "more tugs", "Harbour pilots", ActDemand, ""},
		{"continued to urge", `The union continued to urge restraint on the north pier.`, "restraint", "The union", ActDemand, ""},
	})
	checkNoActHolds(t, []actCase{
		{"went on to win a title", `The ferry went on to win "Best Boat of the Year."`, "Best Boat", "The ferry", "", ""},
		{"the demand as a noun", `The demand for more tugs continued to grow at the north pier.`, "more tugs", "", "", ""},
		{"the blame laid", `The mayor laid the blame on the harbour board for the closures.`, "closures", "The mayor", "", ""},
	})
}

// TestClarityWithoutThat checks that "made clear" and "made it plain"
// report the clause after them when "that" is left out and a subject
// pronoun with a verb opens it, and that a noun phrase after the frame
// is no reported clause.
func TestClarityWithoutThat(t *testing.T) {
	checkActs(t, []actCase{
		{"made clear they", `Harbour pilots have made clear they still want a second tug on the north pier.`, "second tug", "Harbour pilots", ActSay, ""},
		{"made it plain she would", `Mayor Ana Roe made it plain she would not reopen the south pier this year.`, "south pier", "Mayor Ana Roe", ActSay, ""},
	})
	checkNoActHolds(t, []actCase{
		{"an object after the frame", `The storm made clear the limits of the sea wall at the north pier.`, "sea wall", "", "", ""},
		{"a name after the frame", `The board made clear Ana Roe's role in the ferry deal.`, "ferry deal", "", "", ""},
	})
}

// TestDescribedPastParticipleAside checks that "described X as Y" is
// read when a participle phrase set off by commas follows the object,
// and not when another kind of aside does.
func TestDescribedPastParticipleAside(t *testing.T) {
	checkActs(t, []actCase{
		{"a regular participle", `The mayor described the report, drafted by the harbour board in May, as a fair account of the strike.`, "fair account", "The mayor", ActSay, ""},
		{"an irregular participle", `Harbour officials described the letters, written by pilots over two years, as routine complaints.`, "routine complaints", "Harbour officials", ActSay, ""},
	})
	checkNoActHolds(t, []actCase{
		{"a relative aside", `The mayor described the harbour, where three boats sank, as calm by noon.`, "calm", "", "", ""},
		{"a coordinated aside", `The mayor described the storm, and then the flood, as the worst in years.`, "worst", "", "", ""},
	})
}

// TestRelativeActs checks that an act verb in a relative clause whose
// subject is the relative pronoun speaks for the name before it, inside
// another speaker's words too, and that "blame X on Y" in an object
// relative clause is the subject's accusation of Y about X.
func TestRelativeActs(t *testing.T) {
	checkActs(t, []actCase{
		{"which denies inside a participle's words", `The mayor struck a calm note, saying there were many ways short of a lockout with Norland, which denies any part in the March 3 pier fire.`, "any part", "Norland", ActDeny, ""},
		{"who blamed beside a quotation", `"We hid nothing," said Ana Roe, who blamed the harbour board for the delays at the pier.`, "delays", "Ana Roe", ActAccuse, ""},
		{"which has demanded after a role", `Roe met the harbour union, which has demanded a new contract for the pilots.`, "new contract", "the harbour union", ActDemand, ""},
		{"blame on in an object relative", `The pilots warned against a strike after a fire at the north pier which Paris and Berlin blame on Norland.`, "a fire at the north pier", "Paris and Berlin", ActAccuse, "Norland"},
		{"blamed on with an object", `Governor Ana Roe blamed the fire at the pier on Norland.`, "fire", "Governor Ana Roe", ActAccuse, "Norland"},
	})
	checkNoActHolds(t, []actCase{
		{"a thing before which", `The mayor dismissed the claims, which deny any role for the harbour board.`, "any role", "the claims", "", ""},
		{"a time before which", `The fire broke out on Monday, which warned the pilots of worse to come.`, "pilots", "", "", ""},
		{"blame on a time", `The pier closed after a fire that the pilots blame on Monday traffic.`, "a fire", "", "", ""},
	})
}

// TestPassiveLabelNoSpeaker checks that a quotation after a passive verb
// of labelling ("is considered", "was seen as") is not given to the
// sentence's subject, who is the one labelled; the active verb's subject
// still labels.
func TestPassiveLabelNoSpeaker(t *testing.T) {
	checkNoActHolds(t, []actCase{
		{"is considered", `Norland is considered "the main haven for pirates in the north."`, "main haven", "Norland", "", ""},
		{"is widely seen as", `The harbour board is widely seen as "a club for ferry owners."`, "club", "The harbour board", "", ""},
	})
	checkActs(t, []actCase{
		{"an active label", `The mayor called Norland "the main haven for pirates in the north."`, "main haven", "The mayor", ActSay, ""},
	})
}

// TestDataBeforeRelative checks that a recording or a report in a
// relative clause's antecedent is what shows, not the clause that
// released it.
func TestDataBeforeRelative(t *testing.T) {
	checkActs(t, []actCase{
		{"a video that appeared to show", `The pirates released a grainy video Sunday that appeared to show the ferry crew in a cell.`, "ferry crew", "a grainy video", ActSay, ""},
		{"a report which showed", `The harbour board published a report which showed the pier was unsafe.`, "pier was unsafe", "a report", ActSay, ""},
		{"a poll as the subject", `The new harbour poll shows Roe ahead by ten points.`, "ten points", "The new harbour poll", ActSay, ""},
		{"a bare plural before that", `Roe highlighted polls that show her ahead by ten points in the harbour wards.`, "ten points", "polls", ActSay, ""},
	})
}

// TestRelativeActLimits checks the edges of the relative-clause acts: a
// seldom-made act, a thing blamed after a preposition, a name object
// before "on", and a comment verb's topic after "on".
func TestRelativeActLimits(t *testing.T) {
	checkNoActHolds(t, []actCase{
		{"rarely criticized", `The harbour board condemned the raid on Sunday, but the tweet was sharp words from Roe, who has rarely criticized Norland directly.`, "Norland directly", "Roe", "", ""},
	})
	checkActs(t, []actCase{
		{"a thing after a preposition", `The navy formed the convoy after raids on ferries that Paris blamed on Norland.`, "raids on ferries", "Paris", ActAccuse, "Norland"},
		{"a name object before on", `Officials blamed Norland for drone raids on Harbour Town's main pier.`, "drone raids", "Officials", ActAccuse, "Norland"},
		{"a comment verb's topic", `The harbour board has not commented on the inspector's visit.`, "inspector", "The harbour board", ActOther, ""},
	})
	checkNoActHolds(t, []actCase{
		{"the whole clause before a preposition", `The navy formed the convoy after raids on ferries that Paris blamed on Norland.`, "convoy", "Paris", "", ""},
	})
}
