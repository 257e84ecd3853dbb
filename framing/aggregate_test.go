package framing

import (
	"reflect"
	"testing"

	"github.com/framediff/framediff/corpus"
)

func TestProfileCountsAndMerges(t *testing.T) {
	set := defaultSet(t)
	story := func(a, b string) *Comparison {
		return Compare([]*corpus.Article{article(t, "Outlet A", filler+a), article(t, "Outlet B", filler+b)}, set)
	}
	s1 := story("Tehran denied supplying drones to Russia. The occupation state expanded its operations.",
		"Israel expanded its operations, officials said.")
	s2 := story(`"We sent nothing," Iranian Foreign Minister Hossein Amir-Abdollahian said.`,
		"Iran rejected the accusation of supplying drones, the ministry said.")

	whole := NewProfile()
	whole.Add(s1)
	whole.Add(s2)
	if whole.Stories != 2 {
		t.Fatalf("stories %d", whole.Stories)
	}
	a, b := whole.Outlets["Outlet A"], whole.Outlets["Outlet B"]
	if a.ClaimIncluded["act:iran|deny|"] != 1 || a.ClaimOmitted["act:iran|deny|"] != 1 {
		t.Errorf("A's denial counts: included %d omitted %d", a.ClaimIncluded["act:iran|deny|"], a.ClaimOmitted["act:iran|deny|"])
	}
	if b.ClaimIncluded["act:iran|deny|"] != 1 || b.ClaimOmitted["act:iran|deny|"] != 1 {
		t.Errorf("B's denial counts: included %d omitted %d", b.ClaimIncluded["act:iran|deny|"], b.ClaimOmitted["act:iran|deny|"])
	}
	if a.GroupStories["iran-gov"] != 2 { // "Tehran denied ..." is reported speech too
		t.Errorf("A quotes Iranian officials in %d stories, want 2", a.GroupStories["iran-gov"])
	}
	if a.Variants["israel.occupation"] == 0 || b.Variants["israel.state"] == 0 {
		t.Errorf("naming variants not counted: A %v B %v", a.Variants, b.Variants)
	}
	if a.Words == 0 || a.Per10k(a.Words) != 10000 {
		t.Errorf("rate per 10k words wrong: %v", a.Per10k(a.Words))
	}
	// Shards merge to the same profile as the whole.
	p1, p2 := NewProfile(), NewProfile()
	p1.Add(s1)
	p2.Add(s2)
	p1.Merge(p2)
	if !reflect.DeepEqual(p1, whole) {
		t.Fatal("merged shards differ from the whole")
	}
}
