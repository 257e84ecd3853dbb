package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/framediff/framediff/internal/basil"
	"github.com/framediff/framediff/internal/quoteeval"
)

// defaultBasilDir is where the shared evaluation data sits beside a checkout.
const defaultBasilDir = "../shared/eval/basil-dev"

func newEvalCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:    "eval",
		Short:  "Evaluate the analysis against annotated research data",
		Hidden: true, // a developer's tool: the numbers go in issue notes
	}
	cmd.AddCommand(&cobra.Command{
		Use:   "basil [DIR]",
		Short: "Score unique content against BASIL inf spans and highlights against lex spans",
		Args:  cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			dir := defaultBasilDir
			if len(args) == 1 {
				dir = args[0]
			}
			if _, err := os.Stat(dir); err != nil {
				return fmt.Errorf("BASIL data not found at %s (it lives in ../shared/eval beside a checkout): %w", dir, err)
			}
			set, err := setFor(nil)
			if err != nil {
				return err
			}
			ts, err := basil.Load(dir)
			if err != nil {
				return err
			}
			basil.Evaluate(ts, set).WriteTable(cmd.OutOrStdout())
			return nil
		},
	})
	cmd.AddCommand(newEvalQuotesCmd())
	return cmd
}

// newEvalQuotesCmd scores quotation attribution against the hand-made gold
// lists in testdata/attribution.
func newEvalQuotesCmd() *cobra.Command {
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
	cmd.Flags().StringSliceVar(&sets, "set", []string{"seeds", "dev", "heldout"}, "gold sets to score (folders under --gold)")
	cmd.Flags().StringVar(&goldDir, "gold", "testdata/attribution", "folder of gold lists")
	cmd.Flags().StringVar(&dataDir, "data", "../shared/eval", "folder holding the research corpora the gold lists name")
	cmd.Flags().BoolVar(&showErrors, "errors", false, "list every mismatch")
	cmd.Flags().Float64Var(&minPrecision, "min-precision", 0, "fail below this precision (percent): a regression guard for CI")
	cmd.Flags().Float64Var(&minRecall, "min-recall", 0, "fail below this recall (percent)")
	return cmd
}
