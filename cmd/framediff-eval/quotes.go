package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/framediff/framediff/internal/quoteeval"
)

// quotesCmd scores quotation attribution against the hand-made gold lists in
// testdata/attribution; its floors make it CI's regression guard.
func quotesCmd() *cobra.Command {
	var (
		sets         []string
		goldDir      string
		dataDir      string
		showErrors   bool
		minPrecision float64
		minRecall    float64
	)
	cmd := &cobra.Command{
		Use:   "quotes",
		Short: "Score quotation attribution (who said what) against hand-annotated articles",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			gold, err := quoteeval.LoadGold(goldDir, sets...)
			if err != nil {
				return err
			}
			res, err := quoteeval.Evaluate(gold, []string{dataDir, "testdata"})
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			res.WriteTable(out)
			if showErrors {
				res.WriteErrors(out)
			}
			if p := 100 * res.Total.Precision(); p < minPrecision {
				return fmt.Errorf("attribution precision %.1f%% is below the floor %.1f%%", p, minPrecision)
			}
			if r := 100 * res.Total.Recall(); r < minRecall {
				return fmt.Errorf("attribution recall %.1f%% is below the floor %.1f%%", r, minRecall)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringSliceVar(&sets, "set", []string{"seeds", "dev", "heldout"}, "gold sets to score (folders under --gold)")
	f.StringVar(&goldDir, "gold", "testdata/attribution", "folder of gold lists")
	f.StringVar(&dataDir, "data", "../shared/eval", "folder holding the research corpora the gold lists name")
	f.BoolVar(&showErrors, "errors", false, "list every mismatch")
	f.Float64Var(&minPrecision, "min-precision", 0, "fail below this precision (percent): a regression guard for CI")
	f.Float64Var(&minRecall, "min-recall", 0, "fail below this recall (percent)")
	return cmd
}
