package lexicon

import "testing"

func TestCategoryDescription(t *testing.T) {
	seen := map[string]Category{}
	for _, c := range append(Categories(), Actor) {
		d := c.Description()
		if d == "" {
			t.Errorf("category %q has no description", c)
		}
		if other, dup := seen[d]; dup {
			t.Errorf("categories %q and %q share the description %q", c, other, d)
		}
		seen[d] = c
	}
	if d := Category("loaded").Description(); d != "" {
		t.Errorf("unknown category described as %q", d)
	}
}
