package framing

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// randomMentions makes mentions of a few actors at random, overlapping
// places, with profiles that give them labels and modifiers at random.
func randomMentions(rng *rand.Rand) ([]*rawMention, map[string]*actorProfile, map[string]int) {
	var mentions []*rawMention
	profiles := map[string]*actorProfile{}
	count := map[string]int{}
	for range 1 + rng.IntN(30) {
		key := fmt.Sprintf("k%d", rng.IntN(8))
		start := rng.IntN(200)
		mentions = append(mentions, &rawMention{Mention: Mention{Start: start, End: start + 1 + rng.IntN(12)}, key: key})
		count[key]++
		if profiles[key] == nil {
			p := &actorProfile{kind: "person", labels: map[string]bool{}, mods: map[string]bool{}}
			if rng.IntN(3) == 0 {
				p.kind = "country"
			}
			for _, l := range []string{"president", "minister", "leader"} {
				p.labels[l] = rng.IntN(2) == 0
			}
			for _, m := range []string{"fbi", "iran"} {
				p.mods[m] = rng.IntN(3) == 0
			}
			profiles[key] = p
		}
	}
	profiles["absent"] = &actorProfile{kind: "person", labels: map[string]bool{"president": true}, mods: map[string]bool{"fbi": true}}
	return mentions, profiles, count
}

// scannedFits is the plain reading of which actors fit a description at
// byte offset at: every actor of the story, checked one by one.
func scannedFits(mentions []*rawMention, profiles map[string]*actorProfile, count map[string]int, label string, mods []string, persons bool, at int) []string {
	var fits []string
	for key, p := range profiles {
		modFits := len(mods) == 0 || slices.ContainsFunc(mods, func(m string) bool { return p.mods[m] })
		labelFits := label == "" || p.labels[label]
		before := slices.ContainsFunc(mentions, func(m *rawMention) bool { return m.key == key && m.End <= at })
		if count[key] > 0 && labelFits && modFits && (p.kind == "person" || !persons && before) {
			fits = append(fits, key)
		}
	}
	return fits
}

// scannedMostRecent is mostRecent by a scan of every mention.
func scannedMostRecent(fits []string, mentions []*rawMention, count map[string]int, at int) string {
	if len(fits) < 2 {
		return strings.Join(fits, "")
	}
	best, bestAt := "", -1
	for _, m := range mentions {
		if m.End <= at && m.Start > bestAt && slices.Contains(fits, m.key) {
			best, bestAt = m.key, m.Start
		}
	}
	if best != "" {
		return best
	}
	slices.SortFunc(fits, func(x, y string) int { return cmp.Or(cmp.Compare(count[y], count[x]), strings.Compare(x, y)) })
	if count[fits[0]] == count[fits[1]] {
		return ""
	}
	return fits[0]
}

// TestDescribedActorsResolveAsAScan checks the indexed resolution of
// descriptions against a scan of every actor and mention, on random
// articles: the same actor, or none, at every offset.
func TestDescribedActorsResolveAsAScan(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 5))
	for trial := range 400 {
		mentions, profiles, count := randomMentions(rng)
		ix := newMentionIndex(mentions)
		d := newDescribedActors(ix, profiles, count)
		for _, q := range []struct {
			label   string
			mods    []string
			persons bool
		}{
			{"president", nil, false}, {"minister", []string{"fbi"}, false}, {"leader", []string{"fbi", "iran"}, false},
			{"", []string{"iran"}, true}, {"", []string{"fbi", "iran", "fbi"}, true}, {"chancellor", nil, false},
		} {
			var groups []*holderGroup
			if len(q.mods) == 0 {
				groups = append(groups, d.group(holderKey{label: q.label, persons: q.persons}))
			}
			for _, m := range q.mods {
				groups = append(groups, d.group(holderKey{label: q.label, mod: m, persons: q.persons}))
			}
			for at := 0; at < 220; at += 3 {
				want := scannedFits(mentions, profiles, count, q.label, q.mods, q.persons, at)
				fits := d.fits(groups, at)
				if min(len(fits), 2) != min(len(want), 2) {
					t.Fatalf("trial %d, %+v at %d: %d fit, want %d (%v)", trial, q, at, len(fits), len(want), want)
				}
				if got, want := ix.mostRecent(fits, count, at), scannedMostRecent(want, mentions, count, at); got != want {
					t.Fatalf("trial %d, %+v at %d: resolved to %q, want %q", trial, q, at, got, want)
				}
			}
		}
	}
}

// TestMentionIndexCrossesAsAScan checks the indexed search for a mention
// crossing a phrase, and for overlapping spans, against scans.
func TestMentionIndexCrossesAsAScan(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	for trial := range 400 {
		mentions, _, _ := randomMentions(rng)
		ix := newMentionIndex(mentions)
		var spans disjointSpans
		var held [][2]int
		for range 60 {
			start := rng.IntN(220)
			end := start + rng.IntN(10) - 1
			headStart := start + rng.IntN(4)
			within := func(m *rawMention) bool { return m.End > end || m.End > headStart }
			want := slices.ContainsFunc(mentions, func(m *rawMention) bool {
				return m.Start < end && start < m.End && (m.Start < start || within(m))
			})
			if got := ix.crosses(start, end, within); got != want {
				t.Fatalf("trial %d: crosses(%d, %d) = %v, want %v", trial, start, end, got, want)
			}
			overlap := slices.ContainsFunc(held, func(s [2]int) bool { return s[0] < end && start < s[1] })
			if got := spans.overlaps(start, end); got != overlap {
				t.Fatalf("trial %d: overlaps(%d, %d) = %v, want %v with %v", trial, start, end, got, overlap, held)
			}
			if !overlap {
				spans.add(start, end)
				held = append(held, [2]int{start, end})
			}
		}
	}
}
