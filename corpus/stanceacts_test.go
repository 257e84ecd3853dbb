package corpus

import "testing"

// TestStanceActs checks that a neutral saying whose opening clause
// declares outrage at something, or judges it disgraceful, is read as a
// condemnation, and that the same words hedged, denied, asked, said of
// sorrow or found later in the quotation are not.
func TestStanceActs(t *testing.T) {
	tests := []actCase{ // in: a word inside the attribution's content
		{"first-person outrage", `"I'm outraged by the shelling of the ferry terminal," Mayor Ana Roe said.`, "shelling", "Mayor Ana Roe", ActCondemn, ""},
		{"first-person outrage with a curly apostrophe", "\u201cI\u2019m deeply appalled at the raid on the clinic,\u201d the bishop said.", "raid", "the bishop", ActCondemn, ""},
		{"outrage reported with a quoted word", `Mayor Ana Roe said she was "horrified" by the shelling of the ferry terminal.`, "shelling", "Mayor Ana Roe", ActCondemn, ""},
		{"a pair of outrage words", `The bishop said he was "outraged" and "furious" at the closure of the clinic.`, "closure", "The bishop", ActCondemn, ""},
		{"outrage at a named actor", `The bishop said he was disgusted by Norland's treatment of the prisoners.`, "prisoners", "The bishop", ActCondemn, "Norland"},
		{"an expletive disgrace", `"It's disgraceful that the board closed the clinic without a vote," Ana Roe said.`, "clinic", "Ana Roe", ActCondemn, ""},
		{"a noun phrase judged unacceptable", `The union said the new shift rota was simply unacceptable.`, "rota", "The union", ActCondemn, ""},
		{"a label verb's disgrace complement", "The union called the harbour board’s response to the strike “disgraceful.”", "response", "The union", ActCondemn, ""},
		{"described as outrageous, at a named actor", `The bishop described Norland's treatment of the prisoners as outrageous.`, "prisoners", "The bishop", ActCondemn, "Norland"},
		// Not a condemnation.
		{"a label verb's plain complement", `The union called the harbour board's response "timid" in a statement.`, "response", "The union", ActSay, ""},
		{"a disgrace word past the label's clause", `The union called the plan "bold," and warned that the outrageous cuts would follow.`, "plan", "The union", ActSay, ""},
		{"a description without as", `The bishop described an outrageous attack on the harbour school in which "three pupils were hurt."`, "attack", "The bishop", ActSay, ""},
		{"a label negated", `The bishop described the conditions as not unacceptable.`, "conditions", "The bishop", ActSay, ""},
		{"sorrow is no outrage", `"I'm shocked by the news of his death," Mayor Ana Roe said.`, "news", "Mayor Ana Roe", ActSay, ""},
		{"outrage without its cause", `"I'm outraged, and so is everyone in this town," Mayor Ana Roe said.`, "everyone", "Mayor Ana Roe", ActSay, ""},
		{"a hypothetical disgrace", `The union said any delay would be unacceptable to its members.`, "delay", "The union", ActSay, ""},
		{"a denied disgrace", `The union said the new shift rota was not unacceptable to most members.`, "rota", "The union", ActSay, ""},
		{"an outrage asked about", `"Is it disgraceful? I don't know," Mayor Ana Roe said.`, "know", "Mayor Ana Roe", ActSay, ""},
		{"another's outrage in a direct quotation", `"He was outraged by the vote, and he told me so," Mayor Ana Roe said.`, "vote", "Mayor Ana Roe", ActSay, ""},
		{"a stance later in the words", `"We met the board on Monday and it was unacceptable," Mayor Ana Roe said.`, "board", "Mayor Ana Roe", ActSay, ""},
		{"a subject holding a clause", `The union said the claim that the rota was unacceptable came from the board.`, "claim", "The union", ActSay, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, at := articleAt(t, tt.text, tt.in)
			for _, q := range a.Quotes {
				if !q.Span.Contains(at) || q.Kind == QuotePartial {
					continue
				}
				if q.Speaker != tt.speaker || q.Act != tt.act || q.Target != tt.target {
					t.Fatalf("attribution %q: speaker %q act %q target %q; want %q %q %q",
						a.Slice(q.Span), q.Speaker, q.Act, q.Target, tt.speaker, tt.act, tt.target)
				}
				return
			}
			t.Fatalf("no attribution holds %q; quotes: %+v", tt.in, a.Quotes)
		})
	}
}
