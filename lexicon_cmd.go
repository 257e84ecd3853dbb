package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/framediff/framediff/lexicon"
)

func newLexiconCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "lexicon",
		Short: "Check, test, explain and list rule files",
	}
	cmd.AddCommand(&cobra.Command{
		Use:   "check FILE|DIR...",
		Short: "Validate rule files: file:line:col errors",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			files, err := lexicon.LoadPaths(args)
			if err != nil {
				return err
			}
			defaults, err := lexicon.DefaultFiles()
			if err != nil {
				return err
			}
			// Rules may refer to the default packs' actor groups.
			if err := (&lexicon.Lexicon{Files: append(defaults, files...)}).Validate(); err != nil {
				return err
			}
			n := 0
			for _, f := range files {
				n += len(f.Rules)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "ok: %d files, %d rules\n", len(files), n)
			return nil
		},
	})
	cmd.AddCommand(&cobra.Command{
		Use:   "test [FILE|DIR...]",
		Short: "Run every rule's examples and counterexamples (the default packs with no files)",
		RunE: func(cmd *cobra.Command, args []string) error {
			set, err := setFor(args)
			if err != nil {
				return err
			}
			res := set.RunExamples()
			failed := 0
			for _, r := range res {
				if !r.Passed() {
					failed++
					fmt.Fprintln(cmd.OutOrStdout(), "FAIL", r.Failure)
				}
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%d passed, %d failed\n", len(res)-failed, failed)
			if failed > 0 {
				return errors.New("some rule examples failed")
			}
			return nil
		},
	})
	cmd.AddCommand(&cobra.Command{
		Use:   "explain TEXT",
		Short: "Show tokens, stems and which rules match, and why",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			set, err := setFor(nil)
			if err != nil {
				return err
			}
			text := strings.Join(args, " ")
			m := set.For("english")
			w := cmd.OutOrStdout()
			fmt.Fprintln(w, "tokens:")
			for _, t := range m.Tokens(text) {
				fmt.Fprintf(w, "  %-20q stem %q\n", t.Surface, t.Stem)
			}
			fmt.Fprintln(w, "matches:")
			for _, mt := range m.Match(text) {
				fmt.Fprintf(w, "  %q %s %s phrase %q\n", mt.Surface, mt.Category, mt.ID(), mt.Phrase)
			}
			return nil
		},
	})
	cmd.AddCommand(&cobra.Command{
		Use:   "list",
		Short: "List the default packs, categories and rule counts",
		RunE: func(cmd *cobra.Command, args []string) error {
			set, err := setFor(nil)
			if err != nil {
				return err
			}
			for _, f := range set.Lexicon().Files {
				fmt.Fprintf(cmd.OutOrStdout(), "%s (%s): %d rules, %d actor groups\n", f.Name, f.Path, len(f.Rules), len(f.Actors))
			}
			return nil
		},
	})
	return cmd
}

// setFor compiles the default packs plus the given rule files.
func setFor(paths []string) (*lexicon.Set, error) {
	files, err := lexicon.DefaultFiles()
	if err != nil {
		return nil, err
	}
	if len(paths) > 0 {
		more, err := lexicon.LoadPaths(paths)
		if err != nil {
			return nil, err
		}
		files = append(files, more...)
	}
	return lexicon.Compile(&lexicon.Lexicon{Files: files})
}
