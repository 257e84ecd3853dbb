package polneareval

import (
	"fmt"
	"sort"
	"testing"
)

func TestZZProbe(t *testing.T) {
	dir := "../../../shared/eval/polnear-dev"
	g, err := LoadGold(dir, "train")
	if err != nil {
		t.Fatal(err)
	}
	res, err := Evaluate(dir, g)
	if err != nil {
		t.Fatal(err)
	}
	by := map[string][]Case{}
	for _, c := range res.Misses {
		if cueKind(c.GoldCue) == "cue word the finder knows" {
			h := cueHead(c.GoldCue)
			by[h] = append(by[h], c)
		}
	}
	var hs []string
	for h := range by {
		hs = append(hs, h)
	}
	sort.Slice(hs, func(i, j int) bool { return len(by[hs[i]]) > len(by[hs[j]]) })
	for _, h := range hs[:30] {
		fmt.Printf("== %s %d\n", h, len(by[h]))
		for i, c := range by[h] {
			if i >= 6 {
				break
			}
			fmt.Printf("   [%s | %s | cov %d] %s\n", c.GoldSource, c.GoldCue, c.Covered, c.Excerpt)
		}
	}
}
