package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/framediff/framediff/framing"
)

// WriteKWIC writes occurrences in context as a concordance grouped by
// outlet: the left context right-aligned to width columns, the match in
// brackets, then its voice, and a count of occurrences of query at the end.
func WriteKWIC(w io.Writer, query string, lines []framing.KWICLine, width int) error {
	var b strings.Builder
	last := ""
	for _, l := range lines {
		if l.Outlet != last {
			fmt.Fprintf(&b, "\n%s\n", l.Outlet)
			last = l.Outlet
		}
		pad := strings.Repeat(" ", max(0, width-ansi.StringWidth(l.Left)))
		fmt.Fprintf(&b, "  %s%s [%s] %s   (%s)\n", pad, l.Left, l.Match, l.Right, l.Voice.String())
	}
	occurrences := "occurrences"
	if len(lines) == 1 {
		occurrences = "occurrence"
	}
	fmt.Fprintf(&b, "\n%d %s of %q\n", len(lines), occurrences, query)
	_, err := io.WriteString(w, b.String())
	return err
}
