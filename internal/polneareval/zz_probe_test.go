package polneareval

import (
	"fmt"
	"sort"
	"testing"
)

func TestZZProbe(t *testing.T) {
	dir := "../../../shared/eval/polnear-dev"
	g, _ := LoadGold(dir, "train")
	res, _ := Evaluate(dir, g)
	by := map[string]int{}
	ex := map[string][]string{}
	for _, c := range res.FalsePositives {
		k := c.Verb
		by[k]++
		if len(ex[k]) < 4 {
			ex[k] = append(ex[k], fmt.Sprintf("[%s|%s|gold:%s/%s] %s", c.Speaker, c.Kind, c.GoldSource, c.GoldCue, c.Excerpt))
		}
	}
	var ks []string
	for k := range by { ks = append(ks, k) }
	sort.Slice(ks, func(i, j int) bool { return by[ks[i]] > by[ks[j]] })
	for _, k := range ks[:25] {
		fmt.Println("==", k, by[k])
		for _, e := range ex[k] { fmt.Println("   ", e) }
	}
}
