// Command postagger measures the part-of-speech tagger of
// github.com/jdkato/prose/v2 against framediff's own analysis on the same
// articles in one run, so the decision whether to adopt it (issue 14 asks
// for its speed and accuracy first) rests on figures anyone can reproduce.
// It lives in its own module so the framediff binary never links prose.
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
	"github.com/framediff/framediff/lexicon"
	"github.com/jdkato/prose/v2"
)

func main() {
	story := flag.String("story", "../../testdata/seeds", "folder of one story's articles: the 3-article user job")
	folder := flag.String("corpus", "../../../shared/eval/abp-middle-east", "folder of many articles: tagging throughput")
	flag.Parse()
	if err := run(*story, *folder); err != nil {
		fmt.Fprintln(os.Stderr, "postagger:", err)
		os.Exit(1)
	}
}

func run(story, folder string) error {
	set, err := lexicon.DefaultSet()
	if err != nil {
		return fmt.Errorf("loading the default lexicon: %w", err)
	}

	// The model loads on the first document; a command pays this once per run.
	start := time.Now()
	warm, err := prose.NewDocument("Warm up.", prose.WithSegmentation(false), prose.WithExtraction(false))
	if err != nil {
		return fmt.Errorf("loading prose's tagging model: %w", err)
	}
	model := warm.Model // reused: without it every document loads the model again
	fmt.Printf("prose model load (first document): %v\n", time.Since(start).Round(time.Millisecond))

	// The story job: framediff loads and compares; prose only tags the same texts.
	start = time.Now()
	res, err := corpus.Load([]string{story}, corpus.Options{})
	if err != nil {
		return fmt.Errorf("loading %s: %w", story, err)
	}
	framing.Compare(res.Articles, set)
	own := time.Since(start)
	tokens, tagging, err := tagAll(res.Articles, model)
	if err != nil {
		return err
	}
	fmt.Printf("story %s (%d articles): framediff load + compare %v; prose tagging alone %v (%d tokens)\n",
		story, len(res.Articles), own.Round(time.Microsecond), tagging.Round(time.Microsecond), tokens)

	start = time.Now()
	res, err = corpus.Load([]string{folder}, corpus.Options{})
	if err != nil {
		return fmt.Errorf("loading %s: %w", folder, err)
	}
	load := time.Since(start)
	tokens, tagging, err = tagAll(res.Articles, model)
	if err != nil {
		return err
	}
	fmt.Printf("corpus %s (%d articles): framediff load (read, clean, quotes) %v; prose tagging alone %v, %d tokens, %.0f tokens/s\n",
		folder, len(res.Articles), load.Round(time.Millisecond), tagging.Round(time.Millisecond), tokens, float64(tokens)/tagging.Seconds())
	return nil
}

// tagAll tokenizes and tags every article's cleaned text with prose, as an
// adopting framediff would have to, and returns the tokens and the time.
func tagAll(arts []*corpus.Article, model *prose.Model) (int, time.Duration, error) {
	tokens := 0
	start := time.Now()
	for _, a := range arts {
		doc, err := prose.NewDocument(a.Text, prose.UsingModel(model), prose.WithSegmentation(false), prose.WithExtraction(false))
		if err != nil {
			return 0, 0, fmt.Errorf("tagging %s: %w", a.ID, err)
		}
		tokens += len(doc.Tokens())
	}
	return tokens, time.Since(start), nil
}
