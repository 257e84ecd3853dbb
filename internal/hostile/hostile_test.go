package hostile

import (
	"strings"
	"testing"
)

func TestPayloads(t *testing.T) {
	p := Payloads()
	joined := strings.Join(p, "")
	for _, want := range []string{"\x1b]52;", "\u009b", "\u202e", "\x00", "\xff", "=HYPERLINK", "<script>"} {
		if !strings.Contains(joined, want) {
			t.Errorf("the payload set lacks %q", want)
		}
	}
}
