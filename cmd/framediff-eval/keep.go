package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/text"
)

// keepCmd measures how much of each article the cleaner keeps: per outlet,
// the share of the raw text's words (a record's content_original) found in
// the cleaned body. An outlet well under 1 loses article text or carries
// much chrome; the removed text says which.
func keepCmd() *cobra.Command {
	var minArticles int
	cmd := &cobra.Command{
		Use:   "keep DIR",
		Short: "Per outlet, the share of raw words the cleaner keeps (folder of one-record JSON files, as Article-Bias-Prediction's data/jsons)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			files, err := filepath.Glob(filepath.Join(args[0], "*.json"))
			if err != nil || len(files) == 0 {
				return fmt.Errorf("no JSON files in %s", args[0])
			}
			return writeKeepTable(cmd.OutOrStdout(), files, minArticles)
		},
	}
	cmd.Flags().IntVar(&minArticles, "min-articles", 100, "list outlets with at least this many articles")
	return cmd
}

// outletKeep sums one outlet's raw and kept words.
type outletKeep struct {
	name           string
	articles       int
	raw, kept      int
	lowestFile     string
	lowestFraction float64
}

func writeKeepTable(w io.Writer, files []string, minArticles int) error {
	by := map[string]*outletKeep{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		var rec struct {
			Source          string `json:"source"`
			ContentOriginal string `json:"content_original"`
		}
		if json.Unmarshal(data, &rec) != nil || rec.ContentOriginal == "" {
			continue
		}
		raw := len(strings.Fields(rec.ContentOriginal))
		kept := 0
		if res, err := corpus.Load([]string{f}, corpus.Options{KeepDuplicates: true}); err == nil {
			for _, a := range res.Articles {
				kept += len(strings.Fields(a.Text)) - len(strings.Fields(a.Title)) - len(strings.Fields(a.Standfirst))
			}
		}
		o := by[rec.Source]
		if o == nil {
			o = &outletKeep{name: rec.Source, lowestFraction: 2}
			by[rec.Source] = o
		}
		o.articles++
		o.raw += raw
		o.kept += kept
		if frac := float64(kept) / float64(max(raw, 1)); frac < o.lowestFraction {
			o.lowestFile, o.lowestFraction = filepath.Base(f), frac
		}
	}
	var outlets []*outletKeep
	var all outletKeep
	for _, o := range by {
		all.articles += o.articles
		all.raw += o.raw
		all.kept += o.kept
		if o.articles >= minArticles {
			outlets = append(outlets, o)
		}
	}
	sort.Slice(outlets, func(i, j int) bool {
		return float64(outlets[i].kept)/float64(outlets[i].raw) < float64(outlets[j].kept)/float64(outlets[j].raw)
	})
	fmt.Fprintln(w, "| outlet | articles | raw words | kept words | share kept | lowest article |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|")
	for _, o := range outlets {
		fmt.Fprintf(w, "| %s | %d | %d | %d | %.3f | %s (%.2f) |\n", text.SanitizeLine(o.name), o.articles, o.raw, o.kept, float64(o.kept)/float64(max(o.raw, 1)), o.lowestFile, o.lowestFraction)
	}
	fmt.Fprintf(w, "| all | %d | %d | %d | %.3f | |\n", all.articles, all.raw, all.kept, float64(all.kept)/float64(max(all.raw, 1)))
	return nil
}
