package framing

import (
	"reflect"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/lexicon"
)

// TestProfileComparisonCountsAsCompare: the comparison a corpus profile
// makes (compareForProfile, without the story-report tables) adds to a
// profile exactly what the full Compare adds.
func TestProfileComparisonCountsAsCompare(t *testing.T) {
	lx, err := lexicon.Load([]string{"../examples/claims-iran-russia-drones.toml"}, true)
	if err != nil {
		t.Fatal(err)
	}
	set, err := lexicon.Compile(lx)
	if err != nil {
		t.Fatal(err)
	}
	claims, voices := 0, 0
	for _, dir := range []string{"../testdata/seeds", "../testdata/basil-mini/articles"} {
		t.Run(dir, func(t *testing.T) {
			res, err := corpus.Load([]string{dir}, corpus.Options{})
			if err != nil || len(res.Articles) < 2 {
				t.Fatalf("load %s: %v, %d articles; want at least 2", dir, err, len(res.Articles))
			}
			full, counts := NewProfile(), NewProfile()
			full.Add(Compare(res.Articles, set))
			counts.Add(compareForProfile(res.Articles, set))
			if full.Stories != 1 {
				t.Fatalf("the articles of %s are %d comparable stories, want 1", dir, full.Stories)
			}
			if !reflect.DeepEqual(full, counts) {
				t.Errorf("profiles differ:\nCompare:            %+v\ncompareForProfile:  %+v", full.Outlets, counts.Outlets)
			}
			for _, o := range full.Outlets {
				claims += len(o.ClaimIncluded) + len(o.ClaimOmitted)
				voices += len(o.GroupStories)
			}
		})
	}
	if claims == 0 || voices == 0 {
		t.Errorf("the stories counted %d claims and %d voices: the test compares too little", claims, voices)
	}
}
