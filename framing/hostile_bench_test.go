package framing

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// inventedWord spells n in letters, so that every n gives a distinct word
// that reads as a name rather than a number.
func inventedWord(n int) string {
	syllables := []string{"ka", "lo", "mi", "ren", "to", "sa", "vi", "dor", "pe", "lan", "ti", "mor", "ge", "bra", "nu", "sel"}
	var w strings.Builder
	for x := n + len(syllables); x > 0; x /= len(syllables) {
		w.WriteString(syllables[x%len(syllables)])
	}
	return w.String()
}

// inventedName is inventedWord capitalised.
func inventedName(n int) string {
	w := inventedWord(n)
	return strings.ToUpper(w[:1]) + w[1:]
}

// hostileArticles are articles written to hit the worst case of one part of
// the analysis. Each writes the body of an article of about size bytes;
// the benchmarks compare it at 1 MB and 4 MB, and the time per byte must
// stay the same at both sizes.
var hostileArticles = []struct {
	name  string
	write func(sb *strings.Builder, size int)
}{
	{"DefiniteDescription", func(sb *strings.Builder, size int) {
		sb.WriteString("President Jane Roe said the talks would go on.\n\n")
		for n := 0; sb.Len() < size; n++ {
			fmt.Fprintf(sb, "The president said in update %d that the president would stay. President Jane Roe said so, and the president left.\n\n", n)
		}
	}},
	{"DistinctNames", func(sb *strings.Builder, size int) {
		for n := 0; sb.Len() < size; n++ {
			fmt.Fprintf(sb, "Minister %s %s told %s %s that the plan was wrong, and %s agreed.\n\n",
				inventedName(2*n), inventedName(2*n+1), inventedName(3*n+7), inventedName(5*n+3), inventedName(2*n+1))
		}
	}},
	{"NoFullStop", func(sb *strings.Builder, size int) {
		sb.WriteString("Officials said")
		for n := 0; sb.Len() < size; n++ {
			fmt.Fprintf(sb, " that the talks in %s would go on and the president said", inventedName(n))
		}
		sb.WriteString(".\n\n")
	}},
	{"NoSpaces", func(sb *strings.Builder, size int) {
		sb.WriteString("Officials said the talks would go on.\n\n")
		for n := 0; sb.Len() < size; n++ {
			sb.WriteString(inventedWord(n))
		}
		sb.WriteString("\n\n")
	}},
	{"OpeningQuotes", func(sb *strings.Builder, size int) {
		for n := 0; sb.Len() < size; n++ {
			fmt.Fprintf(sb, "\u201cThe talks in %s would go on, the minister said \"and %s agreed ", inventedName(n), inventedName(n+1))
			if n%8 == 7 {
				sb.WriteString("\n\n")
			}
		}
	}},
	{"NestedQuotes", func(sb *strings.Builder, size int) {
		for n := 0; sb.Len() < size; n++ {
			fmt.Fprintf(sb, "He said \"she said 'they said \"we said '%s' in 'update %d' \" and' then\" so. ", inventedName(n), n)
			if n%8 == 7 {
				sb.WriteString("\n\n")
			}
		}
	}},
	{"AccordingTo", func(sb *strings.Builder, size int) {
		for n := 0; sb.Len() < size; n++ {
			fmt.Fprintf(sb, "According to %s %s, according to officials, the talks in update %d would go on according to the president. ",
				inventedName(2*n), inventedName(2*n+1), n)
			if n%4 == 3 {
				sb.WriteString("\n\n")
			}
		}
	}},
	{"CapitalisedRun", func(sb *strings.Builder, size int) {
		for n := 0; sb.Len() < size; n++ {
			if n%2000 == 0 {
				sb.WriteString("Officials said that ")
			}
			sb.WriteString(inventedName(n))
			sb.WriteByte(' ')
			if n%2000 == 1999 {
				// as many words again that the cleaner reads as prose
				sb.WriteString(strings.Repeat("and it was in the talks that they said it would go on ", 150) + "said.\n\n")
			}
		}
		sb.WriteString("would go on.\n\n")
	}},
	{"SetPhrasesNoStop", func(sb *strings.Builder, size int) {
		sb.WriteString("Officials said")
		for n := 0; sb.Len() < size; n++ {
			fmt.Fprintf(sb, " that President %s met President %s, and the three leaders agreed", inventedName(2*n), inventedName(2*n+1))
		}
		sb.WriteString(".\n\n")
	}},
	{"LongList", func(sb *strings.Builder, size int) {
		sb.WriteString("Officials said")
		for n := 0; sb.Len() < size/2; n++ {
			fmt.Fprintf(sb, " President %s,", inventedName(n))
		}
		sb.WriteString(" and President Jane Roe met")
		for n := 0; sb.Len() < size; n++ {
			fmt.Fprintf(sb, " and the leaders agreed in update %d", n)
		}
		sb.WriteString(".\n\n")
	}},
	{"PossessivesNoStop", func(sb *strings.Builder, size int) {
		sb.WriteString("Officials said")
		for n := 0; sb.Len() < size; n++ {
			fmt.Fprintf(sb, " that President %s of Canada met Iran's envoy and said his country and their nation agreed", inventedName(n))
		}
		sb.WriteString(".\n\n")
	}},
	{"QuotesNoStop", func(sb *strings.Builder, size int) {
		sb.WriteString("Officials said")
		for n := 0; sb.Len() < size; n++ {
			fmt.Fprintf(sb, " that \u201cthe talks in %s would go on,\u201d %s told reporters, according to the \"envoy\" and", inventedName(n), inventedName(n+1))
		}
		sb.WriteString(" so.\n\n")
	}},
	{"ManyHolders", func(sb *strings.Builder, size int) {
		for n := 0; sb.Len() < size; n++ {
			fmt.Fprintf(sb, "President %s %s met the FBI director in update %d, and the president said the US president would stay.\n\n", inventedName(2*n), inventedName(2*n+1), n)
		}
	}},
	{"Appositives", func(sb *strings.Builder, size int) {
		for n := 0; sb.Len() < size; n++ {
			fmt.Fprintf(sb, "%s %s, the minister of %s, said the talks would go on. The minister, %s %s, agreed.\n\n",
				inventedName(2*n), inventedName(2*n+1), inventedName(n+5), inventedName(2*n), inventedName(2*n+1))
		}
	}},
}

// BenchmarkHostileArticle compares each hostile article at 1 MB and 4 MB.
func BenchmarkHostileArticle(b *testing.B) {
	for _, h := range hostileArticles {
		for _, size := range []int{1 << 20, 4 << 20} {
			b.Run(fmt.Sprintf("%s/%dMB", h.name, size>>20), func(b *testing.B) {
				var sb strings.Builder
				sb.WriteString("title: Talks go on\noutlet: The Test Post\ndate: 2023-01-04\n\n")
				h.write(&sb, size-4096)
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
