package main

import (
	"io"
	"strings"
	"testing"
)

// BenchmarkUserDemoReport is `framediff report` on the embedded demo corpus,
// the whole command in-process: the default lexicon loaded and compiled,
// the demo articles read and compared, the Markdown written. Start-up cost
// is most of it, so this is the benchmark a faster lexicon load must move.
// Run it with
//
//	go test . -run '^$' -bench UserDemoReport -benchtime 20x -count 5 -cpu 1
func BenchmarkUserDemoReport(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		cmd := newRootCmd()
		cmd.SetOut(io.Discard)
		cmd.SetErr(io.Discard)
		cmd.SetIn(strings.NewReader(""))
		cmd.SetArgs([]string{"report"})
		if err := cmd.Execute(); err != nil {
			b.Fatal(err)
		}
	}
}
