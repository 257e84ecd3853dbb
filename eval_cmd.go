package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/framediff/framediff/internal/basil"
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
	return cmd
}
