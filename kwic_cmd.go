package main

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"
)

func newKWICCmd() *cobra.Command {
	o := &options{}
	var width int
	cmd := &cobra.Command{
		Use:   "kwic QUERY [FILE|DIR|-]...",
		Short: "Show a rule, naming concept or word in context, outlet by outlet",
		Long: `kwic lists every occurrence of QUERY with its context and voice, grouped by outlet.
QUERY is a rule id (israel.occupation), a naming concept (Israel) or a word or phrase, matched
in any form (it is stemmed like the text). With no files it searches the demo corpus.`,
		Example: `  framediff kwic Israel
  framediff kwic israel.occupation
  framediff kwic "drones" articles/`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			set, _, err := o.lexicon()
			if err != nil {
				return err
			}
			c, _, err := o.compare(args[1:], cmd.InOrStdin(), cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			lines := c.KWIC(set, args[0], width)
			w := cmd.OutOrStdout()
			last := ""
			for _, l := range lines {
				if l.Outlet != last {
					fmt.Fprintf(w, "\n%s\n", l.Outlet)
					last = l.Outlet
				}
				pad := strings.Repeat(" ", max(0, width-ansi.StringWidth(l.Left)))
				fmt.Fprintf(w, "  %s%s [%s] %s   (%s)\n", pad, l.Left, l.Match, l.Right, l.Voice.String())
			}
			fmt.Fprintf(w, "\n%d occurrences of %q\n", len(lines), args[0])
			return nil
		},
	}
	o.addLoadFlags(cmd)
	cmd.Flags().IntVar(&width, "width", 40, "characters of context on each side")
	return cmd
}
