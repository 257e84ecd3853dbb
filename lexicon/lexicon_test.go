package lexicon

import "testing"

func TestDefaultExamplesPass(t *testing.T) {
	lx, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	set, err := Compile(lx)
	if err != nil {
		t.Fatal(err)
	}
	res := set.RunExamples()
	if len(res) < 50 {
		t.Fatalf("only %d examples ran", len(res))
	}
	for _, r := range res {
		if !r.Passed() {
			t.Error(r.Failure)
		}
	}
}
