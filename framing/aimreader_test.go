package framing

import (
	"slices"
	"testing"

	"github.com/framediff/framediff/lexicon"
)

// TestEvaluationLeftUnaimed has fixtures for readings that must leave an
// evaluative word unaimed, or aim it elsewhere than at the mention
// nearest, with one beside each that must still aim: an adjective of a
// subject's noun before a verb no list holds, a judging verb in the
// progressive, a possessor of a person or of another phrase, an adverb of
// a verb, a coordinated subject, a negation, a predicate word before a
// name, the content clause of a claim, and a loaded reporting verb
// ("slammed"), whose object the speaker judges, not the outlet.
func TestEvaluationLeftUnaimed(t *testing.T) {
	checkAims(t, defaultSet(t), filler+"Maria Okafor spoke to Argentina, Chile, Egypt, Venezuela, Hamas and the Kurds.", []aimCase{
		{"attributive: a present verb ends the phrase", "The brutal junta threatens Chile.", nil},
		{"attributive: a plural's present verb", "Reckless policies haunt Venezuela.", nil},
		{"attributive: an unlisted irregular past", "Brutal storms shook Chile.", nil},
		{"attributive: a bare verb", "A reckless decision cost Egypt dearly.", nil},
		{"attributive: a title between the word and the name", "Later the reckless former dictator Maria Okafor left the capital.", []string{"reckless -> Maria Okafor"}},
		{"attributive: a title of two words", "Later the reckless prime minister Maria Okafor left the capital.", []string{"reckless -> Maria Okafor"}},
		{"attributive: a group noun before a name", "The extremist group Hamas left the capital.", []string{"extremist -> Hamas"}},
		{"attributive: an adjective in -ic before a name", "Later the reckless autocratic Maria Okafor left the capital.", []string{"reckless -> Maria Okafor"}},
		{"attributive: an adjective in -ical before a name", "Later the reckless theatrical Maria Okafor left the capital.", []string{"reckless -> Maria Okafor"}},
		{"progressive judging verb: not the subject", "Chile is mocking Egypt again.", []string{"mocking -> Egypt"}},
		{"progressive judging verb after a modal", "Egypt will be deriding Chile.", []string{"deriding -> Chile"}},
		{"passive judging verb: the subject", "Egypt was derided by the senator.", []string{"derided -> Egypt"}},
		{"possessor of a person: the person", "Maria Okafor's corrupt brother fled.", nil},
		{"possessor of a group: the group", "Venezuela's brutal soldiers crossed the river.", nil},
		{"possessor of a proxy: the proxy", "Venezuela's brutal proxies crossed the river.", nil},
		{"possessor of a role in apposition: the person the appositive is", "Maria Okafor, Chile's reckless envoy, left.", []string{"reckless -> Maria Okafor"}},
		{"possessor of an act: the possessor", "Egypt's reckless gamble failed.", []string{"reckless -> Egypt"}},
		{"possessor: a long name before its possessive", "Senator Maria Okafor's reckless gamble failed.", []string{"reckless -> Maria Okafor"}},
		{"possessor of a regime: the possessor", "Egypt's brutal regime fell.", []string{"brutal -> Egypt"}},
		{"possessor of another phrase", "In Chile's capital brutal riots continued.", nil},
		{"possessor across a noun head", "Despite Egypt's pleas brutal fighting went on.", nil},
		{"possessor across an adjective", "Egypt's latest reckless gamble failed.", []string{"reckless -> Egypt"}},
		{"adverb of a judging verb", "Chile savagely mocked Egypt.", []string{"mocked -> Egypt"}},
		{"a loaded reporting verb: the speaker's verdict, told loudly", "Chile slammed Egypt on Friday.", nil},
		{"coordination: the second of two nouns", "The talks between Chile and Egypt were reckless.", nil},
		{"coordination: a coordinated subject", "Chile and Egypt were reckless.", nil},
		{"a clause after a comma and \"and\"", "The talks failed, and Egypt was reckless.", []string{"reckless -> Egypt"}},
		{"negation: no longer", "Venezuela is no longer reckless.", nil},
		{"negation: hardly", "Venezuela was hardly reckless.", nil},
		{"negation: no before a noun", "Venezuela is no brutal junta.", nil},
		{"negation: less", "Venezuela was less reckless than before.", nil},
		{"negation: did not before a verb", "Chile did not mock Egypt.", nil},
		{"negation: never before a verb", "Chile never mocked Egypt.", nil},
		{"negation: a contraction", "Venezuela wasn't reckless.", nil},
		{"predicate word before a name: the subject", "The talks were brutal Chile said on Friday.", []string{"brutal -> talks"}},
		{"the content clause of a claim", "The claim that Venezuela was reckless was false.", nil},
		{"the content clause of a judgement", "It is false that Venezuela was reckless.", nil},
		{"the content clause of a report", "Critics said that Venezuela was reckless.", []string{"reckless -> Venezuela"}},
	})
}

// aimCase is one text of an aiming fixture: the evaluations of its
// article, "word -> actor" in the text's order.
type aimCase struct {
	name, text string
	want       []string
}

// checkAims compares each text, set beside the other outlet's article
// (which names the actors so they are actors of the story), with the
// evaluations the comparison aims in it.
func checkAims(t *testing.T, set *lexicon.Set, other string, tests []aimCase) {
	t.Helper()
	for _, tt := range tests {
		c := compareOutlets([]string{filler + tt.text, other}, set)
		var aimed []string
		for _, e := range c.Evaluations {
			if e.Article == 0 {
				aimed = append(aimed, e.Surface+" -> "+e.Actor)
			}
		}
		if !slices.Equal(aimed, tt.want) {
			t.Errorf("%s: %q aims %q, want %q", tt.name, tt.text, aimed, tt.want)
		}
	}
}
