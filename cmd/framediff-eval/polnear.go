package main

import (
	"fmt"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/framediff/framediff/internal/polneareval"
)

// polnearCmd scores attribution (who said what) against PolNeAR's
// annotated political news; its floors fail the command for CI.
func polnearCmd() *cobra.Command {
	var (
		dataDir                                            string
		split, missCue, missSide                           string
		errorsN, cuesN, breakdownN, spkN, partialN, scareN int
		minRecall, minPrecision, minSpk                    float64
	)
	cmd := &cobra.Command{
		Use:   "polnear",
		Short: "Score attribution (who said what) against PolNeAR's annotated political news",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if split != "train" && split != "dev" {
				return fmt.Errorf("--split is %q; PolNeAR's splits here are train and dev", split)
			}
			if _, err := os.Stat(dataDir); err != nil {
				return fmt.Errorf("PolNeAR data not found at %s (it lives in ../shared/eval beside a checkout): %w", dataDir, err)
			}
			start := time.Now()
			gold, err := polneareval.LoadGold(dataDir, split)
			if err != nil {
				return err
			}
			res, err := polneareval.Evaluate(dataDir, gold)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			res.WriteTable(out)
			if missCue != "" {
				res.KeepMisses(missCue)
			}
			if missSide != "" {
				res.KeepMissesBySide(missSide)
			}
			if errorsN > 0 {
				res.WriteCases(out, errorsN)
			}
			if partialN > 0 {
				res.WritePartial(out, partialN)
			}
			if scareN > 0 {
				res.WriteScare(out, scareN)
			}
			if cuesN > 0 {
				res.WriteCues(out, cuesN)
			}
			if spkN > 0 {
				res.WriteSpeakerErrors(out, spkN)
			}
			if breakdownN > 0 {
				res.WriteBreakdown(out, breakdownN)
			}
			fmt.Fprintf(out, "\nelapsed: %.1fs (reading the gold, building and scoring every document)\n", time.Since(start).Seconds())
			c := res.Total
			for _, f := range []struct {
				name         string
				score, floor float64
			}{
				{"attribution recall", 100 * c.Recall(), minRecall},
				{"attribution precision", 100 * c.Precision(), minPrecision},
				{"speaker right", 100 * c.SpeakerRecall(), minSpk},
			} {
				if f.score < f.floor {
					return fmt.Errorf("%s %.1f%% is below the floor %.1f%%", f.name, f.score, f.floor)
				}
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&dataDir, "data", "../shared/eval/polnear-dev", "PolNeAR folder holding gold/ and the split folders")
	f.StringVar(&split, "split", "dev", "split to score: train or dev")
	f.IntVar(&errorsN, "errors", 0, "list up to N misses, N false positives and N wrong speakers")
	f.StringVar(&missCue, "miss-cue", "", "with --errors, list only misses whose cue kind contains this (\"knows\", \"lacks\", \"according\")")
	f.IntVar(&partialN, "partial", 0, "list up to N misses whose content the tool covers in part (1-49%), with the tool spans and their overlap")
	f.StringVar(&missSide, "miss-side", "", "with --errors or --partial, list only misses whose gold cue stands here against the content (\"before\", \"after\", \"inside\")")
	f.IntVar(&scareN, "scare", 0, "list up to N tool scare quotes lying inside gold speech, with the gold's cue and context and whether it was missed")
	f.IntVar(&cuesN, "cues", 0, "list the N cue words most often missed")
	f.IntVar(&spkN, "speakers", 0, "count the found attributions with the wrong speaker by guessed cause, and list up to N of each in context")
	f.IntVar(&breakdownN, "breakdown", 0, "break misses and wrong speakers down by category, and list the N missed cue words the finder lacks")
	f.Float64Var(&minRecall, "min-recall", 0, "fail below this recall (percent)")
	f.Float64Var(&minPrecision, "min-precision", 0, "fail below this precision (percent)")
	f.Float64Var(&minSpk, "min-speaker", 0, "fail below this share of gold attributions with the right speaker (percent)")
	return cmd
}
