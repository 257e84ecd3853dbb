package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
	"github.com/framediff/framediff/report"
)

func newKWICCmd() *cobra.Command {
	o := &options{}
	var width int
	cmd := &cobra.Command{
		Use:   "kwic QUERY [FILE|DIR|-]...",
		Short: "Show a rule, naming concept or word in context, outlet by outlet",
		Long: `kwic lists every occurrence of QUERY with its context and voice, grouped by outlet.
QUERY is a rule id (israel.occupation), a naming concept (Israel) or a word or phrase, matched
in any form (it is stemmed like the text). With no files it searches the demo corpus; a corpus
of many stories is searched whole, every article, unless --story N picks one.`,
		Example: `  framediff kwic Israel
  framediff kwic israel.occupation
  framediff kwic "drones" articles/`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) (runErr error) {
			set, _, err := o.lexicon()
			if err != nil {
				return err
			}
			if o.story == 0 {
				// A corpus is searched whole: the count of a phrase must
				// not depend on the story framediff would open.
				// Shelved, so that only the articles being searched are
				// held whole.
				shelf, what, err := o.shelve(args[1:], cmd.InOrStdin(), cmd.ErrOrStderr())
				if err != nil {
					return err
				}
				defer closeShelf(shelf, &runErr)
				if shelf.Len() > corpus.WholeCorpusLimit {
					fmt.Fprintf(cmd.ErrOrStderr(), "framediff: searching all %d articles; --story N searches one story.\n", shelf.Len())
					return report.WriteKWIC(cmd.OutOrStdout(), args[0], framing.KWICCorpus(shelf, set, args[0], width), width)
				}
				c, _, err := o.compareLoaded(shelf.Result(), what, set, "", cmd.ErrOrStderr())
				if err != nil {
					return err
				}
				return report.WriteKWIC(cmd.OutOrStdout(), args[0], c.KWIC(set, args[0], width), width)
			}
			c, _, err := o.compare(args[1:], cmd.InOrStdin(), cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			return report.WriteKWIC(cmd.OutOrStdout(), args[0], c.KWIC(set, args[0], width), width)
		},
	}
	o.addLoadFlags(cmd)
	cmd.Flags().IntVar(&width, "width", 40, "characters of context on each side")
	return cmd
}
