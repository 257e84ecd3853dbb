package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/framediff/framediff/internal/htmleval"
)

// defaultHTMLDir is where the development half of trafilatura's evaluation
// pages sits beside a checkout.
const defaultHTMLDir = "../shared/eval/html-extraction"

// htmlCmd scores HTML main-text extraction, as a user's `framediff` loads
// a saved page, with trafilatura's snippet scoring.
func htmlCmd() *cobra.Command {
	var minF1 float64
	cmd := &cobra.Command{
		Use:   "html [DIR]",
		Short: "Score HTML article extraction on saved pages (trafilatura's snippet scoring)",
		Args:  cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			dir := defaultHTMLDir
			if len(args) == 1 {
				dir = args[0]
			}
			if _, err := os.Stat(dir); err != nil {
				return fmt.Errorf("HTML extraction data not found at %s (it lives in ../shared/eval beside a checkout): %w", dir, err)
			}
			res, err := htmleval.Score(dir, htmleval.CorpusArticle)
			if err != nil {
				return err
			}
			if err := res.WriteTable(cmd.OutOrStdout()); err != nil {
				return err
			}
			if f1 := res.Counts.F1(); f1 < minF1 {
				return fmt.Errorf("extraction F1 %.3f is below the floor %.3f", f1, minF1)
			}
			return nil
		},
	}
	cmd.Flags().Float64Var(&minF1, "min-f1", 0, "fail when F1 falls below this (CI's regression floor)")
	return cmd
}
