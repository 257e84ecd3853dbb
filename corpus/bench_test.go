package corpus

import (
	"os"
	"path/filepath"
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

// BenchmarkLoad measures reading, cleaning, structuring and folding whole
// folders: the seed articles (always present) and, when the shared
// evaluation data sits next to the repository, the 859 JSON articles of the
// ABP Middle East slice.
func BenchmarkLoad(b *testing.B) {
	b.Run("seeds", func(b *testing.B) { benchLoad(b, "../testdata/seeds", 2) })
	b.Run("abp-middle-east", func(b *testing.B) {
		if _, err := os.Stat(abpDir); err != nil {
			b.Skipf("evaluation corpus %s not present (%v); the seeds benchmark still runs", abpDir, err)
		}
		benchLoad(b, abpDir, 800)
	})
}
