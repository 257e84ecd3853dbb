package main

import (
	"errors"

	"github.com/spf13/cobra"

	"github.com/framediff/framediff/framing"
	"github.com/framediff/framediff/report"
)

// profileStories is how many stories the profile names for orientation.
const profileStories = 5

func newStoriesCmd() *cobra.Command {
	o := &options{}
	var profile bool
	var format string
	cmd := &cobra.Command{
		Use:   "stories [FILE|DIR|-]...",
		Short: "Group a corpus into stories across outlets; --profile aggregates them per outlet",
		Long: `stories groups articles that report the same event (dates within three days and similar
content words) and lists the groups that two or more outlets cover. With --profile it compares
every such story and writes a per-outlet profile: highlights per 10,000 words in the outlet's
own words, the share of its stories in which each actor group is quoted, and the claims it
includes or omits when other outlets on the same story carry them.`,
		Example: `  framediff stories ../shared/eval/abp-middle-east
  framediff stories --profile --format json corpus/ > profile.json
  framediff --story 3 corpus/        # open story 3 in the terminal UI`,
		RunE: func(cmd *cobra.Command, args []string) (runErr error) {
			// Flags the command would ignore are refused, so a user is
			// not handed a text list in place of the JSON they asked for.
			if cmd.Flags().Changed("story") {
				return &usageError{command: cmd.CommandPath(), err: errors.New("--story picks one story to compare; stories lists them all (compare one with framediff --story N or framediff report --story N)")}
			}
			if !profile && cmd.Flags().Changed("format") {
				return &usageError{command: cmd.CommandPath(), err: errors.New("--format applies to the --profile output; the story list is plain text")}
			}
			if err := report.CheckProfileFormat(format); err != nil {
				return &usageError{command: cmd.CommandPath(), err: err}
			}
			// A corpus is shelved (kept compactly) and its stories are
			// compared a few at a time, so memory stays flat.
			shelf, what, err := o.shelve(args, cmd.InOrStdin(), cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			defer closeShelf(shelf, &runErr)
			groups := shelf.Stories(0).Comparable()
			w := cmd.OutOrStdout()
			if !profile {
				return report.WriteStoryList(w, shelf.Summary(), shelf.Catalog().Articles, groups)
			}
			set, lexDesc, err := o.lexicon()
			if err != nil {
				return err
			}
			progress := newProgressLine(cmd.ErrOrStderr(), "comparing stories:")
			p := framing.ProfileStories(shelf, groups, set, progress.update)
			progress.done()
			// The catalog (every article's metadata) is built once the
			// stories are compared, so the two are not held together.
			catalog := shelf.Catalog()
			in := report.ProfileInput{Profile: p, Corpus: what + ": " + shelf.Summary(), Lexicon: lexDesc,
				Stories: report.StoryLines(catalog.Articles, groups, profileStories)}
			return report.WriteProfile(w, in, format)
		},
	}
	o.addLoadFlags(cmd)
	// stories works on every story; its help does not offer --story.
	if err := cmd.Flags().MarkHidden("story"); err != nil {
		panic(err)
	}
	cmd.Flags().BoolVar(&profile, "profile", false, "compare every story and aggregate per outlet")
	cmd.Flags().StringVarP(&format, "format", "f", "md", "profile format: md or json")
	return cmd
}
