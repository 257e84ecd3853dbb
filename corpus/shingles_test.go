package corpus

import "testing"

// TestMarkContainedParagraphs checks that a paragraph repeated inside a
// longer one (a pull quote) or identical to an earlier one is marked, and that
// the longer one, the first copy and unrelated paragraphs are not.
func TestMarkContainedParagraphs(t *testing.T) {
	quote := "We will not give up on the talks, the minister said"
	texts := []string{
		quote,
		"Officials met in Cairo on Tuesday. " + quote + " after the meeting.",
		"A photo caption of the two delegations in Cairo",
		"Unrelated words about the weather in the north today",
		"A photo caption of the two delegations in Cairo",
		"Four words only here",
		"Four words only here and more",
	}
	want := []bool{true, false, false, false, true, false, false}
	var ps []*para
	for _, s := range texts {
		ps = append(ps, testPara(s))
	}
	markContainedParagraphs(ps)
	for i, p := range ps {
		if got := p.reason != ""; got != want[i] {
			t.Errorf("%q: marked %v, want %v", p.text, got, want[i])
		}
	}
}
