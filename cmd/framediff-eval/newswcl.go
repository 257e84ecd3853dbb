package main

import (
	"fmt"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/framediff/framediff/internal/wcleval"
	"github.com/framediff/framediff/lexicon"
)

// newswclCmd scores the actors framediff finds, and the labels each outlet
// gives them, against NewsWCL50's annotated mentions; its floors fail the
// command for CI.
func newswclCmd() *cobra.Command {
	var (
		dataDir                                 string
		errorsN                                 int
		minCoverage, minPrecision, minLabelsPct float64
	)
	cmd := &cobra.Command{
		Use:   "newswcl",
		Short: "Score discovered actors and their labels against NewsWCL50's annotated mentions",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if _, err := os.Stat(dataDir); err != nil {
				return fmt.Errorf("NewsWCL50 data not found at %s (it lives in ../shared/eval beside a checkout): %w", dataDir, err)
			}
			start := time.Now()
			gold, err := wcleval.LoadGold(dataDir)
			if err != nil {
				return err
			}
			set, err := lexicon.DefaultSet()
			if err != nil {
				return err
			}
			res, err := wcleval.Evaluate(dataDir, gold, set)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			res.WriteTable(out)
			if errorsN > 0 {
				res.WriteChains(out)
				res.WriteCases(out, errorsN)
				res.WriteTexts(out, errorsN)
			}
			fmt.Fprintf(out, "\nelapsed: %.1fs (reading the gold, building, comparing and scoring every event)\n", time.Since(start).Seconds())
			for _, f := range []struct {
				name         string
				score, floor float64
			}{
				{"mention coverage", 100 * res.Total.Coverage(), minCoverage},
				{"mention precision", 100 * res.Total.Precision(), minPrecision},
				{"outlet-specific labels found", 100 * res.Labels.Share(), minLabelsPct},
			} {
				if f.score < f.floor {
					return fmt.Errorf("%s %.1f%% is below the floor %.1f%%", f.name, f.score, f.floor)
				}
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&dataDir, "data", "../shared/eval/newswcl50-dev", "NewsWCL50 folder holding mentions.json and the event folders")
	f.IntVar(&errorsN, "errors", 0, "list the chains with their best tool actor, up to N missed and N false mentions, and the N texts most often missed or false")
	f.Float64Var(&minCoverage, "min-coverage", 0, "fail below this mention coverage (percent)")
	f.Float64Var(&minPrecision, "min-precision", 0, "fail below this mention precision (percent)")
	f.Float64Var(&minLabelsPct, "min-labels", 0, "fail below this share of outlet-specific labels found (percent)")
	return cmd
}
