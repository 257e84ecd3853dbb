package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/framediff/framediff/internal/basil"
	"github.com/framediff/framediff/lexicon"
)

// defaultBasilDir is where the BASIL development slice sits beside a checkout.
const defaultBasilDir = "../shared/eval/basil-dev"

// basilCmd scores unique content against BASIL's informational-bias spans and
// highlights against its lexical-bias spans.
func basilCmd() *cobra.Command {
	var extra []string
	var misses bool
	var minCovered, minEvalPrecision float64
	cmd := &cobra.Command{
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
			lx, err := lexicon.Load(extra, true)
			if err != nil {
				return err
			}
			set, err := lexicon.Compile(lx)
			if err != nil {
				return err
			}
			ts, err := basil.Load(dir)
			if err != nil {
				return err
			}
			res := basil.Evaluate(ts, set)
			res.WriteTable(cmd.OutOrStdout())
			if misses {
				res.WriteMissed(cmd.OutOrStdout())
			}
			if got := 100 * res.Coverage("any"); got < minCovered {
				return fmt.Errorf("lex spans covered by any highlight %.1f%% is below the floor %.1f%%", got, minCovered)
			}
			if got := 100 * res.Precision(lexicon.Evaluative); got < minEvalPrecision {
				return fmt.Errorf("evaluative highlight precision %.1f%% is below the floor %.1f%%", got, minEvalPrecision)
			}
			return nil
		},
	}
	cmd.Flags().StringSliceVar(&extra, "lexicon", nil, "rule files or folders to load after the default packs (category settings such as min_strength apply)")
	cmd.Flags().BoolVar(&misses, "misses", false, "also list the lex spans no highlight covers, with their sentences")
	cmd.Flags().Float64Var(&minCovered, "min-covered", 0, "fail below this share of lex spans covered by any highlight (percent)")
	cmd.Flags().Float64Var(&minEvalPrecision, "min-eval-precision", 0, "fail below this evaluative highlight precision (percent)")
	return cmd
}
