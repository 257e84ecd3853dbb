package pipeline

import (
	"context"
	"fmt"
	"os"
	"sort"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
	"github.com/framediff/framediff/report"
)

// writeFn writes the merged profile once, as `framediff stories --profile
// --format json` writes it, and names every skipped input on stderr.
type writeFn struct {
	Output  string `json:"output"`
	What    string `json:"what"`
	Lexicon string `json:"lexicon"`
	// Problems are the inputs skipped while listing, before the run.
	Problems []string `json:"problems,omitempty"`
}

// ProcessElement runs once (on an impulse) with everything else as side
// inputs: a corpus where no story has two outlets has no story profile,
// and still gets its (empty) profile written.
func (w *writeFn) ProcessElement(ctx context.Context, _ []byte, profiles func(**framing.Profile) bool, counts func(*int) bool,
	problems func(*string) bool, folded func(*int) bool) error {
	p := framing.NewProfile()
	var q *framing.Profile
	for profiles(&q) {
		p.Merge(q)
	}
	res := corpus.Result{}
	var n int
	for counts(&n) {
		res.Articles = make([]*corpus.Article, n) // Summary counts them
	}
	probs := append([]string(nil), w.Problems...)
	var line string
	for problems(&line) {
		probs = append(probs, line)
	}
	sort.Strings(probs)
	for _, l := range probs {
		fmt.Fprintf(os.Stderr, "framediff-beam: skipped %s\n", l)
	}
	res.Problems = make([]corpus.Problem, len(probs))
	for folded(&n) {
		res.Folded += n
	}
	if len(res.Articles) == 0 {
		return fmt.Errorf("no articles could be read from %s", w.What)
	}
	if p.Stories == 0 {
		fmt.Fprintf(os.Stderr, "framediff-beam: no story in %s has two or more outlets; the profile is empty\n", w.What)
	}

	fsys, err := filesystem.New(ctx, w.Output)
	if err != nil {
		return err
	}
	defer fsys.Close()
	out, err := fsys.OpenWrite(ctx, w.Output)
	if err != nil {
		return fmt.Errorf("cannot write the profile: %w", err)
	}
	in := report.ProfileInput{Profile: p, Corpus: w.What + ": " + res.Summary(), Lexicon: w.Lexicon}
	if err := report.WriteProfile(out, in, "json"); err != nil {
		out.Close()
		return fmt.Errorf("cannot write the profile to %s: %w", w.Output, err)
	}
	if err := out.Close(); err != nil {
		return fmt.Errorf("cannot write the profile to %s: %w", w.Output, err)
	}
	return nil
}
