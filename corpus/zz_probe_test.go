package corpus

import (
	"bufio"
	"fmt"
	"os"
	"testing"
)

func TestZZProbe(t *testing.T) {
	f, err := os.Open("/tmp/r45-probe.txt")
	if err != nil {
		t.Skip()
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		p := sc.Text()
		if p == "" {
			continue
		}
		a := FromParagraphs(Meta{ID: "t"}, []string{p})
		fmt.Printf("P: %s\n", p)
		for _, q := range a.Quotes {
			fmt.Printf("   %s spk=%q verb=%q act=%q: %q\n", q.Kind, q.Speaker, q.Verb, q.Act, a.Slice(q.Span))
		}
	}
}
