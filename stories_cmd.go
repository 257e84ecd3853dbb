package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
	"github.com/framediff/framediff/report"
)

// storyThreshold is how many articles framediff compares as one story
// without grouping: a handful of files is one story; a folder of hundreds
// is many.
const storyThreshold = 12

// pickStory narrows a load to one story when the corpus is large or the
// user asked for one. story is 1-based, 0 for "decide".
func pickStory(res *corpus.Result, story int, stderr io.Writer) ([]*corpus.Article, string, error) {
	if story == 0 && len(res.Articles) <= storyThreshold {
		return res.Articles, "", nil
	}
	groups := corpus.GroupStories(res.Articles, 0).Comparable()
	if len(groups) == 0 {
		if story > 0 {
			return nil, "", fmt.Errorf("no story with two or more outlets was found, so there is no story %d", story)
		}
		return res.Articles, "", nil
	}
	if story > len(groups) {
		return nil, "", fmt.Errorf("there are %d stories with two or more outlets; story %d does not exist (see framediff stories)", len(groups), story)
	}
	n := max(1, story)
	if story == 0 {
		fmt.Fprintf(stderr, "framediff: %d articles hold %d stories with two or more outlets; comparing story 1 (the largest). List them with `framediff stories`, pick one with --story N.\n", len(res.Articles), len(groups))
	}
	s := groups[n-1]
	arts := make([]*corpus.Article, len(s.Members))
	for i, m := range s.Members {
		arts[i] = res.Articles[m]
	}
	return arts, fmt.Sprintf("story %d of %d", n, len(groups)), nil
}

func storyLine(res *corpus.Result, s corpus.Story) string {
	title := ""
	for _, m := range s.Members {
		if t := res.Articles[m].Title; t != "" {
			title = t
			break
		}
	}
	date := "undated"
	if !s.Start.IsZero() {
		date = s.Start.Format("2006-01-02")
	}
	return fmt.Sprintf("%s · %d articles · %s: %s", date, len(s.Members), strings.Join(s.Outlets, ", "), title)
}

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
		RunE: func(cmd *cobra.Command, args []string) error {
			res, what, err := o.load(args, cmd.InOrStdin(), cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			groups := corpus.GroupStories(res.Articles, 0).Comparable()
			w := cmd.OutOrStdout()
			if !profile {
				fmt.Fprintf(w, "%s: %d stories with two or more outlets\n", res.Summary(), len(groups))
				for i, s := range groups {
					fmt.Fprintf(w, "%3d. %s\n", i+1, storyLine(res, s))
				}
				return nil
			}
			set, lexDesc, err := o.lexicon()
			if err != nil {
				return err
			}
			p := framing.ProfileStories(res.Articles, groups, set)
			in := report.ProfileInput{Profile: p, Corpus: what + ": " + res.Summary(), Lexicon: lexDesc}
			for i, s := range groups {
				if i == 5 {
					break
				}
				in.Stories = append(in.Stories, storyLine(res, s))
			}
			return report.WriteProfile(w, in, format)
		},
	}
	o.addLoadFlags(cmd)
	cmd.Flags().BoolVar(&profile, "profile", false, "compare every story and aggregate per outlet")
	cmd.Flags().StringVarP(&format, "format", "f", "md", "profile format: md or json")
	return cmd
}
