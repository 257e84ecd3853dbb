package corpus

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The speed of loading is measured by the user-job benchmarks in framing
// (BenchmarkUser...), which load whole stories; what is here reads the
// research data for the structure benchmark.

// abpDir is the Article-Bias-Prediction Middle East slice, present in the
// development checkout next to the repository (never copied into it).
const abpDir = "../../shared/eval/abp-middle-east"

// abpRecord is what the benchmarks read of an ABP Middle East record.
type abpRecord struct {
	Name  string // the file name without ".json"
	Title string `json:"title"`
	// Content is content_original, the text as published (paragraphs,
	// curly quotes); content is a tokenised copy for NLP research.
	Content string `json:"content_original"`
}

// abpRecords reads the ABP Middle East records, in file name order; it
// fails the benchmark, naming the folder, when the evaluation corpus is not
// beside the repository.
func abpRecords(b testing.TB) []abpRecord {
	b.Helper()
	paths, err := filepath.Glob(filepath.Join(abpDir, "*.json"))
	if err != nil || len(paths) == 0 {
		b.Fatalf("this benchmark needs the abp-middle-east records at %s, beside the checkout", abpDir)
	}
	recs := make([]abpRecord, 0, len(paths))
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		var rec abpRecord
		if err := json.Unmarshal(data, &rec); err != nil {
			b.Fatalf("%s: %v", p, err)
		}
		rec.Name = strings.TrimSuffix(filepath.Base(p), ".json")
		recs = append(recs, rec)
	}
	return recs
}
