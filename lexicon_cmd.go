package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/framediff/framediff/lexicon"
)

func newLexiconCmd() *cobra.Command {
	var noDefaults bool
	var language string
	var explainLexicons []string
	cmd := &cobra.Command{
		Use:   "lexicon",
		Short: "Check, test, explain and list rule files",
		Long: `The lexicon is the set of TOML rule files framediff matches (docs/lexicon.md). These commands
validate rule files, run their examples like unit tests, show how a text is tokenized, stemmed
and matched, and list the packs. Files you name are added to the embedded default packs unless
--no-default-lexicon is given.`,
	}
	cmd.PersistentFlags().BoolVar(&noDefaults, "no-default-lexicon", false, "leave out the embedded default packs")
	cmd.AddCommand(&cobra.Command{
		Use:     "check FILE|DIR...",
		Short:   "Validate rule files: every problem as file:line:col",
		Example: "  framediff lexicon check my-rules.toml",
		Args:    cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := lexicon.Check(args, !noDefaults); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "ok: %s\n", strings.Join(args, ", "))
			return nil
		},
	})
	cmd.AddCommand(&cobra.Command{
		Use:     "test [FILE|DIR...]",
		Short:   "Run every rule's examples and counterexamples (the default packs with no files)",
		Example: "  framediff lexicon test\n  framediff lexicon test my-rules.toml",
		RunE: func(cmd *cobra.Command, args []string) error {
			set, err := compileLexicon(args, !noDefaults)
			if err != nil {
				return err
			}
			failed, err := set.WriteExampleReport(cmd.OutOrStdout(), set.RunExamples())
			if err != nil {
				return err
			}
			switch {
			case failed == 1:
				return errors.New("1 rule example failed")
			case failed > 1:
				return fmt.Errorf("%d rule examples failed", failed)
			}
			return nil
		},
	})
	explain := &cobra.Command{
		Use:   "explain TEXT",
		Short: "Show tokens, stems and which rules match, and why",
		Example: `  framediff lexicon explain "Iran did not deny the so-called occupation state's claims"
  framediff lexicon explain --lexicon my-rules.toml "An illegal walkout by dockers"`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			set, err := compileLexicon(explainLexicons, !noDefaults)
			if err != nil {
				return err
			}
			return lexicon.WriteExplanation(cmd.OutOrStdout(), set.For(strings.ToLower(language)), strings.Join(args, " "))
		},
	}
	language = "english"
	explain.Flags().Var(languageValue{&language}, "language", "language to tokenize and stem in")
	// TEXT takes the arguments, so rule files come by flag, named as the
	// other commands name them.
	explain.Flags().StringSliceVar(&explainLexicons, "lexicon", nil, "extra rule files or folders (TOML), added to the default lexicon")
	cmd.AddCommand(explain)
	cmd.AddCommand(&cobra.Command{
		Use:   "list [FILE|DIR...]",
		Short: "List packs, categories and rule counts",
		RunE: func(cmd *cobra.Command, args []string) error {
			lx, err := lexicon.Load(args, !noDefaults)
			if err != nil {
				return err
			}
			return lexicon.WriteList(cmd.OutOrStdout(), lx)
		},
	})
	return cmd
}

// compileLexicon loads and compiles rule files, with the default packs
// first when withDefault is set.
func compileLexicon(paths []string, withDefault bool) (*lexicon.Set, error) {
	lx, err := lexicon.Load(paths, withDefault)
	if err != nil {
		return nil, err
	}
	if len(lx.Files) == 0 {
		return nil, errors.New("no rule files: name some, or drop --no-default-lexicon")
	}
	return lexicon.Compile(lx)
}
