package report

import (
	"strings"
	"testing"

	"github.com/framediff/framediff/framing"
)

func TestWriteKWIC(t *testing.T) {
	lines := []framing.KWICLine{
		{Outlet: "Planet", Left: "troops of", Match: "Israel", Right: "entered", Voice: framing.Voice{Kind: framing.Own}},
		{Outlet: "Planet", Left: "naïve", Match: "Israel", Right: "said", Voice: framing.Voice{Kind: framing.Quoted, Speaker: "Ms Lee"}},
		{Outlet: "Gazette", Left: "", Match: "Israel", Right: "and", Voice: framing.Voice{Kind: framing.Own}},
	}
	var b strings.Builder
	if err := WriteKWIC(&b, "Israel", lines, 10); err != nil {
		t.Fatal(err)
	}
	// The left context is padded by display width, so "naïve" (6 bytes,
	// 5 columns) lines up with the ASCII contexts.
	want := "\nPlanet\n" +
		"   troops of [Israel] entered   (outlet's own voice)\n" +
		"       naïve [Israel] said   (quoting Ms Lee)\n" +
		"\nGazette\n" +
		"             [Israel] and   (outlet's own voice)\n" +
		"\n3 occurrences of \"Israel\"\n"
	if b.String() != want {
		t.Errorf("got:\n%s\nwant:\n%s", b.String(), want)
	}
}

// TestWriteKWICCount: the closing count reads as a sentence for any number.
func TestWriteKWICCount(t *testing.T) {
	line := framing.KWICLine{Outlet: "Planet", Match: "drones", Voice: framing.Voice{Kind: framing.Own}}
	for _, tc := range []struct {
		lines []framing.KWICLine
		want  string
	}{
		{nil, "\n0 occurrences of \"drone\"\n"},
		{[]framing.KWICLine{line}, "\n1 occurrence of \"drone\"\n"},
		{[]framing.KWICLine{line, line}, "\n2 occurrences of \"drone\"\n"},
	} {
		var b strings.Builder
		if err := WriteKWIC(&b, "drone", tc.lines, 10); err != nil {
			t.Fatal(err)
		}
		if !strings.HasSuffix(b.String(), tc.want) {
			t.Errorf("%d lines: output %q, want it to end %q", len(tc.lines), b.String(), tc.want)
		}
	}
}
