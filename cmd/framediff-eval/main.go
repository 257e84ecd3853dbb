// Command framediff-eval scores framediff's analysis against annotated
// research data (BASIL, hand-made attribution gold lists, PolNeAR, NewsWCL50,
// trafilatura's HTML extraction pages). It is a
// developer's tool whose numbers go into issue notes and CI floors, so it
// is kept out of the user's framediff binary:
//
//	go run ./cmd/framediff-eval basil [DIR]
//	go run ./cmd/framediff-eval html [DIR]
//	go run ./cmd/framediff-eval quotes [--errors] [--min-precision P --min-recall R]
//	go run ./cmd/framediff-eval polnear [--split dev] [--errors N] [--cues N] [--min-recall R ...]
//	go run ./cmd/framediff-eval newswcl [--errors N] [--min-coverage C --min-precision P --min-labels L]
//
// Each subcommand lives in its own file; newRootCmd lists them.
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"
)

func newRootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "framediff-eval",
		Short: "Score framediff's analysis against annotated research data",
		Long: `framediff-eval scores framediff's analysis against annotated research data: unique content
and highlights against BASIL's bias spans, and quotation attribution against hand-made gold
lists and against PolNeAR's annotated political news, and discovered actors and their labels
against NewsWCL50's annotated mentions. The research corpora are read from ../shared/eval beside a checkout, so run it from the
repository root.`,
		// A failed floor or a missing data folder is not a usage mistake.
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.AddCommand(basilCmd(), htmlCmd(), keepCmd(), newswclCmd(), polnearCmd(), quotesCmd())
	return root
}

// run executes the tool with args and reports an error on stderr, for main
// and for tests alike.
func run(args []string, stdout, stderr io.Writer) int {
	root := newRootCmd()
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	if err := root.Execute(); err != nil {
		fmt.Fprintf(stderr, "framediff-eval: %v\n", err)
		return 1
	}
	return 0
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}
