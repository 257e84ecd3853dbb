// Package hostile holds the attack strings every carrier's test feeds
// through framediff (issue 18): one set, so that each boundary is checked
// against the same escapes, controls, formulas and markup.
package hostile

import (
	_ "embed"
	"strconv"
	"strings"
)

//go:embed payloads.txt
var payloadFile string

// Payloads returns the attack strings, in file order.
func Payloads() []string {
	var out []string
	for line := range strings.SplitSeq(payloadFile, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		s, err := strconv.Unquote(line)
		if err != nil {
			panic("internal/hostile: payloads.txt: " + err.Error()) // a broken fixture, caught by its test
		}
		out = append(out, s)
	}
	return out
}
