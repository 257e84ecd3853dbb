package corpus

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// abpDir is the Article-Bias-Prediction Middle East slice, present in the
// development checkout next to the repository (never copied into it).
const abpDir = "../../shared/eval/abp-middle-east"

// inputBytes sums the sizes of the article files under dir.
func inputBytes(b *testing.B, dir string) int64 {
	b.Helper()
	var n int64
	err := filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !e.IsDir() && IsArticleFile(e.Name()) {
			st, err := e.Info()
			if err != nil {
				return err
			}
			n += st.Size()
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	return n
}

func benchLoad(b *testing.B, dir string, want int) {
	b.SetBytes(inputBytes(b, dir))
	b.ReportAllocs()
	for b.Loop() {
		res, err := Load([]string{dir}, Options{})
		if err != nil {
			b.Fatal(err)
		}
		if len(res.Articles) < want {
			b.Fatalf("loaded %d articles, want at least %d (problems: %v)", len(res.Articles), want, res.Problems)
		}
	}
}

// abpTextDir writes the content of every ABP Middle East record as a .txt
// file ("title: ..." header, blank line, text) into a temporary folder, so
// that a load measures cleaning and structure on news prose without the
// JSON decoding.
func abpTextDir(b *testing.B) string {
	b.Helper()
	dir := b.TempDir()
	for _, rec := range abpRecords(b) {
		txt := fmt.Sprintf("title: %s\n\n%s\n", rec.Title, rec.Content)
		if err := os.WriteFile(filepath.Join(dir, rec.Name+".txt"), []byte(txt), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	return dir
}

// abpRecord is what the benchmarks read of an ABP Middle East record.
type abpRecord struct {
	Name  string // the file name without ".json"
	Title string `json:"title"`
	// Content is content_original, the text as published (paragraphs,
	// curly quotes); content is a tokenised copy for NLP research.
	Content string `json:"content_original"`
}

// abpRecords reads the ABP Middle East records, in file name order; it
// skips the benchmark when the evaluation corpus is not beside the
// repository.
func abpRecords(b testing.TB) []abpRecord {
	b.Helper()
	paths, err := filepath.Glob(filepath.Join(abpDir, "*.json"))
	if err != nil || len(paths) == 0 {
		b.Skipf("evaluation corpus %s not present; the seeds benchmarks still run", abpDir)
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

// BenchmarkLoad measures reading, cleaning, structuring and folding whole
// folders: the seed articles (always present) and, when the shared
// evaluation data sits next to the repository, the 859 JSON articles of the
// ABP Middle East slice, end to end and (abp-text) as plain-text files,
// whose MB/s is the throughput on news text.
func BenchmarkLoad(b *testing.B) {
	b.Run("seeds", func(b *testing.B) { benchLoad(b, "../testdata/seeds", 2) })
	skipWithoutABP := func(b *testing.B) {
		b.Helper()
		if _, err := os.Stat(abpDir); err != nil {
			b.Skipf("evaluation corpus %s not present (%v); the seeds benchmark still runs", abpDir, err)
		}
	}
	b.Run("abp-middle-east", func(b *testing.B) {
		skipWithoutABP(b)
		benchLoad(b, abpDir, 800)
	})
	b.Run("abp-text", func(b *testing.B) {
		skipWithoutABP(b)
		dir := abpTextDir(b)
		b.ResetTimer()
		benchLoad(b, dir, 800)
	})
}

// letterSink keeps the ByteLoop stage's count alive.
var letterSink int

// BenchmarkStages measures the per-document stages of a load on the ABP
// Middle East text, document by document, to see where a load's time
// goes; ByteLoop is a yardstick, one table look-up per byte.
func BenchmarkStages(b *testing.B) {
	if _, err := os.Stat(abpDir); err != nil {
		b.Skipf("evaluation corpus %s not present (%v)", abpDir, err)
	}
	files, err := filepath.Glob(filepath.Join(abpTextDir(b), "*.txt"))
	if err != nil {
		b.Fatal(err)
	}
	var raws [][]byte
	var texts []string
	var paras [][]string
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		text, _ := Sanitize(data)
		var ps []string
		for _, p := range splitParagraphs(text) {
			ps = append(ps, p.text)
		}
		raws, texts, paras = append(raws, data), append(texts, text), append(paras, ps)
		size += len(data)
	}
	stages := []struct {
		name string
		f    func(i int)
	}{
		// A plain loop that looks every byte up in a table: the speed of
		// one pass over the text on this machine, to read the others by.
		{"ByteLoop", func(i int) {
			n := 0
			for _, c := range raws[i] {
				n += int(asciiAlpha[c])
			}
			letterSink += n
		}},
		{"Sanitize", func(i int) { Sanitize(raws[i]) }},
		{"DetectLanguage", func(i int) {
			for _, p := range paras[i] {
				DetectLanguage(p)
			}
		}},
		{"splitParagraphs", func(i int) { splitParagraphs(texts[i]) }},
		{"cleanText", func(i int) { cleanText(texts[i]) }},
		{"sortedShingles", func(i int) { sortedShingles(paras[i]) }},
	}
	for _, st := range stages {
		b.Run(st.name, func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				for i := range texts {
					st.f(i)
				}
			}
		})
	}
}
