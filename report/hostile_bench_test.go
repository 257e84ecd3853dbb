package report

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
	"github.com/framediff/framediff/internal/hostilecorpus"
	"github.com/framediff/framediff/lexicon"
)

// BenchmarkHostileReport writes the report of a folder of twelve hostile
// articles of three outlets (4.5 MB and 18 MB in all, few enough that
// `framediff report` compares them as one story) in each format, as
// `framediff report -o` does: the output and the memory the writer
// allocates must grow linearly with the folder. The comparison is made
// once, outside the timing; out-bytes is the size of the report.
func BenchmarkHostileReport(b *testing.B) {
	set, err := lexicon.DefaultSet()
	if err != nil {
		b.Fatal(err)
	}
	for _, size := range []int{384 << 10, 1536 << 10} {
		dir := b.TempDir()
		total, err := hostilecorpus.WriteFolder(dir, 12, size)
		if err != nil {
			b.Fatal(err)
		}
		var in Input
		for _, format := range Formats() {
			b.Run(fmt.Sprintf("%dMB/%s", (total+1<<19)>>20, format), func(b *testing.B) {
				if in.Comparison == nil {
					res, err := corpus.Load([]string{dir}, corpus.Options{})
					if err != nil || len(res.Articles) != 12 {
						b.Fatalf("load %s: %v, %d articles", dir, err, len(res.Articles))
					}
					in = Input{Comparison: framing.Compare(res.Articles, set), Corpus: dir, Load: res, Lexicon: "default packs"}
				}
				out := filepath.Join(b.TempDir(), "report."+format)
				b.SetBytes(int64(total))
				b.ReportAllocs()
				for b.Loop() {
					if err := WriteFile(out, in, format, []string{dir}); err != nil {
						b.Fatal(err)
					}
				}
				st, err := os.Stat(out)
				if err != nil {
					b.Fatal(err)
				}
				b.ReportMetric(float64(st.Size()), "out-bytes")
			})
		}
	}
}
