package framing

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/internal/hostilecorpus"
	"github.com/framediff/framediff/lexicon"
)

// inventedName spells n as a capitalised word that reads as a name.
func inventedName(n int) string { return hostilecorpus.Name(n) }

// BenchmarkHostileArticle compares each hostile article at 1 MB and 4 MB.
func BenchmarkHostileArticle(b *testing.B) {
	for _, h := range hostilecorpus.Articles() {
		for _, size := range []int{1 << 20, 4 << 20} {
			b.Run(fmt.Sprintf("%s/%dMB", h.Name, size>>20), func(b *testing.B) {
				var sb strings.Builder
				sb.WriteString("title: Talks go on\noutlet: The Test Post\ndate: 2023-01-04\n\n")
				h.Write(&sb, size-4096)
				path := filepath.Join(b.TempDir(), "hostile.txt")
				if err := os.WriteFile(path, []byte(sb.String()), 0o644); err != nil {
					b.Fatal(err)
				}
				benchArticleFile(b, path, size, func(c *Comparison) string {
					if got := len(c.Articles[0].Article.Text); got < size/2 {
						return fmt.Sprintf("the article kept %d of its %d bytes", got, size)
					}
					return ""
				})
			})
		}
	}
}

// oneStoryArticles writes n articles on one story into folders of three
// outlets: each joins seed paragraphs picked at random and a line of its
// own, so that none folds into another as a copy.
func oneStoryArticles(b *testing.B, n int) string {
	b.Helper()
	paras := seedParagraphs(b)
	rng := rand.New(rand.NewPCG(11, uint64(n)))
	dir := b.TempDir()
	outlets := []string{"Daily Planet", "Morning Gazette", "Evening Herald"}
	for _, o := range outlets {
		if err := os.Mkdir(filepath.Join(dir, o), 0o755); err != nil {
			b.Fatal(err)
		}
	}
	for i := range n {
		var sb strings.Builder
		fmt.Fprintf(&sb, "title: Iran and Russia talk drones, update %d\ndate: 2023-01-04\n\n", i)
		for range 8 {
			fmt.Fprintf(&sb, "%s\n\n", paras[rng.IntN(len(paras))])
		}
		fmt.Fprintf(&sb, "In update %d, %s %s said the talks would go on.\n", i, inventedName(i), inventedName(i+n))
		path := filepath.Join(dir, outlets[i%len(outlets)], fmt.Sprintf("%05d.txt", i))
		if err := os.WriteFile(path, []byte(sb.String()), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	return dir
}

// BenchmarkOneStoryArticles loads 200 and 800 articles of three outlets on
// one story, looks for stories among them and compares them all, as
// `framediff report --story` does with a story that large: time must grow
// linearly with the number of articles.
func BenchmarkOneStoryArticles(b *testing.B) {
	for _, n := range []int{200, 800} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			set := defaultSet(b)
			dir := oneStoryArticles(b, n)
			b.ReportAllocs()
			for b.Loop() {
				res, err := corpus.Load([]string{dir}, corpus.Options{})
				if err != nil {
					b.Fatalf("load %s: %v", dir, err)
				}
				if _, err := corpus.PickStory(res.Articles, 0); err != nil {
					b.Fatal(err)
				}
				if c := Compare(res.Articles, set); len(c.Outlets) != 3 || len(c.Articles) < n*9/10 {
					b.Fatalf("compared %d articles of %d outlets, want about %d of 3", len(c.Articles), len(c.Outlets), n)
				}
			}
		})
	}
}

// BenchmarkHostileStory compares three articles of three outlets, each a
// third of 1 MB or 4 MB, that name one person under many labels amid
// loaded words: every labelled mention is checked against the curated
// naming rules' hits, which must not mean against every hit.
func BenchmarkHostileStory(b *testing.B) {
	labels := []string{"president", "leader", "strongman", "tycoon"}
	loaded := []string{"brutal", "heroic", "disgraceful", "courageous"}
	for _, size := range []int{1 << 20, 4 << 20} {
		b.Run(fmt.Sprintf("%dMB", size>>20), func(b *testing.B) {
			dir := b.TempDir()
			var paths []string
			for o, outlet := range []string{"The Test Post", "The Test Times", "The Test Herald"} {
				var sb strings.Builder
				fmt.Fprintf(&sb, "title: Roe talks go on\noutlet: %s\ndate: 2023-01-04\n\n", outlet)
				for n := 0; sb.Len() < size/3-4096; n++ {
					l := labels[(n+o)%len(labels)]
					fmt.Fprintf(&sb, "President Jane Roe, the %s, said in update %d that the Russian invasion was %s. The %s left the war in Ukraine, a %s war.\n\n",
						l, n, loaded[n%len(loaded)], l, loaded[(n+o)%len(loaded)])
				}
				path := filepath.Join(dir, fmt.Sprintf("%d.txt", o))
				if err := os.WriteFile(path, []byte(sb.String()), 0o644); err != nil {
					b.Fatal(err)
				}
				paths = append(paths, path)
			}
			set := defaultSet(b)
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				res, err := corpus.Load(paths, corpus.Options{})
				if err != nil || len(res.Articles) != 3 {
					b.Fatalf("load %v: %v %v", paths, err, res.Problems)
				}
				if c := Compare(res.Articles, set); len(c.Outlets) != 3 || len(c.Actors) == 0 {
					b.Fatalf("compared %d outlets and %d actors, want 3 outlets and some actors", len(c.Outlets), len(c.Actors))
				}
			}
		})
	}
}

// BenchmarkNestedQuotationWords counts the words of an article's
// quotations when each of thousands runs to the end of one enormous
// sentence, as the quotation finder may report in a hostile article with
// no full stop: the count must not read every quotation's text.
func BenchmarkNestedQuotationWords(b *testing.B) {
	for _, size := range []int{1 << 20, 4 << 20} {
		b.Run(fmt.Sprintf("%dMB", size>>20), func(b *testing.B) {
			var sb strings.Builder
			a := &corpus.Article{}
			for n := 0; sb.Len() < size; n++ {
				a.Quotes = append(a.Quotes, corpus.Quote{Span: corpus.Span{Start: sb.Len()}})
				fmt.Fprintf(&sb, "\u201cthe talks in %s would go on,\u201d %s told reporters, and ", inventedName(n), inventedName(n+1))
			}
			a.Text = sb.String()
			for k := range a.Quotes {
				a.Quotes[k].Span.End = len(a.Text)
			}
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				if qs := mapQuotes(a, nil); qs[len(qs)-1].Words != 11 {
					b.Fatalf("the last quotation has %d words, want 11", qs[len(qs)-1].Words)
				}
			}
		})
	}
}

// BenchmarkSpeakersByKindAndAgent compares three articles of 65 KB whose
// speakers name a body by its kind ("the ministry said", "the regime
// denied") or speak for someone ("a spokesman for the special counsel"):
// each such reading looks through every article once per story, not once
// per quotation. Target: under 1 s (it took 6.4 s when each quotation
// read every article again).
func BenchmarkSpeakersByKindAndAgent(b *testing.B) {
	set, err := lexicon.DefaultSet()
	if err != nil {
		b.Fatal(err)
	}
	unit := "The ministry said the talks would go on. A spokesman for the special counsel said the report was wrong. The regime denied the report. "
	var arts []*corpus.Article
	for _, o := range []string{"A", "B", "C"} {
		arts = append(arts, clean("Outlet "+o, filler+"Special counsel Arne Halvorsen met the Foreign Ministry. "+strings.Repeat(unit, 500)))
	}
	for b.Loop() {
		Compare(arts, set)
	}
}
