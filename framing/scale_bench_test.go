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

// seedParagraphs returns the body paragraphs of the seed articles: news
// prose with direct quotations, paraphrase and scare quotes.
func seedParagraphs(tb testing.TB) []string {
	tb.Helper()
	res, err := corpus.Load([]string{"../testdata/seeds"}, corpus.Options{KeepDuplicates: true})
	if err != nil {
		tb.Fatal(err)
	}
	var out []string
	for _, a := range res.Articles {
		for _, p := range a.Paragraphs {
			if p == a.TitleSpan || p == a.StandfirstSpan {
				continue
			}
			if t := a.Slice(p); strings.Count(t, " ") >= 8 {
				out = append(out, t)
			}
		}
	}
	if len(out) < 10 {
		tb.Fatalf("the seed articles gave %d body paragraphs, want at least 10", len(out))
	}
	return out
}

// longArticle writes one article of about size bytes into a temporary
// file: a headline and paragraphs that each join two seed paragraphs
// picked at random, so that no paragraph repeats another (the cleaner
// drops repeated paragraphs as captions and pull quotes). With
// sharedOpenings the paragraphs open with the seed paragraphs' words, so
// thousands share their first words; otherwise each opens with its own.
func longArticle(b *testing.B, size int, sharedOpenings bool) string {
	b.Helper()
	paras := seedParagraphs(b)
	rng := rand.New(rand.NewPCG(1, uint64(size)))
	var sb strings.Builder
	sb.WriteString("title: Israel and the US discuss Iranian drones\noutlet: The Test Post\ndate: 2023-01-04\n\n")
	for n := 0; sb.Len() < size-4096; n++ {
		p, q := paras[rng.IntN(len(paras))], paras[rng.IntN(len(paras))]
		if sharedOpenings {
			fmt.Fprintf(&sb, "%s %s In update %d, officials said the talks would go on.\n\n", p, q, n)
		} else {
			fmt.Fprintf(&sb, "In update %d, officials said the talks would go on. %s %s\n\n", n, p, q)
		}
	}
	path := filepath.Join(b.TempDir(), "long.txt")
	if err := os.WriteFile(path, []byte(sb.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	return path
}

// benchLongArticle loads one article of the given size and compares it
// with the default lexicon: analysis time must grow linearly with it.
func benchLongArticle(b *testing.B, size int, sharedOpenings bool) {
	benchArticleFile(b, longArticle(b, size, sharedOpenings), size, func(c *Comparison) string {
		if got := len(c.Articles[0].Article.Text); got < size/2 {
			return fmt.Sprintf("the article kept %d of its %d bytes", got, size)
		}
		if len(c.Articles[0].Hits) == 0 || len(c.Articles[0].Quotations) == 0 {
			return fmt.Sprintf("no hits or no quotes in %d bytes of news prose", size)
		}
		return ""
	})
}

// benchArticleFile loads the one article at path and compares it with the
// default lexicon per iteration; check says what is wrong with the result,
// or "" when nothing is.
func benchArticleFile(b *testing.B, path string, size int, check func(*Comparison) string) {
	set := defaultSet(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		res, err := corpus.Load([]string{path}, corpus.Options{})
		if err != nil || len(res.Articles) != 1 {
			b.Fatalf("load %s: %v %v", path, err, res.Problems)
		}
		if problem := check(Compare(res.Articles, set)); problem != "" {
			b.Fatal(problem)
		}
	}
}

// Target: 16 MB (the default size limit) in under 10 s and 1 GB allocated.
func BenchmarkLongArticle1MB(b *testing.B)  { benchLongArticle(b, 1<<20, false) }
func BenchmarkLongArticle4MB(b *testing.B)  { benchLongArticle(b, 4<<20, false) }
func BenchmarkLongArticle16MB(b *testing.B) { benchLongArticle(b, 16<<20-1024, false) }

// BenchmarkLongArticleSharedOpenings4MB and 16MB are the same with paragraphs that
// share their opening words, which the search for contained paragraphs
// (captions, pull quotes) must not compare all against all.
func BenchmarkLongArticleSharedOpenings4MB(b *testing.B) { benchLongArticle(b, 4<<20, true) }
func BenchmarkLongArticleSharedOpenings16MB(b *testing.B) {
	benchLongArticle(b, 16<<20-1024, true)
}

// BenchmarkLongSentenceEvaluative256KB and 1MB compare one article that is
// a single unpunctuated sentence of evaluative words and mentions ("reckless
// Argentina reckless Argentina ..."): aiming each word must look only at
// the mentions around it, so time grows linearly with the sentence.
func BenchmarkLongSentenceEvaluative256KB(b *testing.B) { benchLongSentence(b, 256<<10) }
func BenchmarkLongSentenceEvaluative1MB(b *testing.B)   { benchLongSentence(b, 1<<20) }

// BenchmarkLongSentenceAppositives1MB compares one article that is a
// single sentence of role appositives ("Ali Omar, the Libyan ambassador,
// the Libyan ambassador, ..."): reading the voice of each naming word
// must look only a few words back, so time grows linearly.
func BenchmarkLongSentenceAppositives1MB(b *testing.B) {
	p := "Ali Omar" + strings.Repeat(", the Libyan ambassador", (1<<20)/23) + ", said the talks would go on."
	set := defaultSet(b)
	b.SetBytes(int64(len(p)))
	b.ReportAllocs()
	for b.Loop() {
		a := corpus.FromParagraphs(corpus.Meta{ID: "sentence", Outlet: "The Test Post"}, []string{p})
		if c := Compare([]*corpus.Article{a}, set); len(c.Articles) != 1 {
			b.Fatal("no article")
		}
	}
}

func benchLongSentence(b *testing.B, size int) {
	// Built as a paragraph, not loaded from a file: the loader reads a
	// line this long, or the same line repeated, as site chrome.
	p := strings.Repeat("reckless Argentina ", size/19) + "rests."
	set := defaultSet(b)
	b.SetBytes(int64(len(p)))
	b.ReportAllocs()
	for b.Loop() {
		a := corpus.FromParagraphs(corpus.Meta{ID: "sentence", Outlet: "The Test Post"}, []string{p})
		if c := Compare([]*corpus.Article{a}, set); len(c.Articles[0].Hits) == 0 {
			b.Fatalf("no hits in %d bytes of evaluative words", len(p))
		}
	}
}

// BenchmarkLongArticleSetPhrases1MB and 4MB compare one article dense with
// phrases that point back at actors named before ("the two leaders", "his
// country"), whose resolution must look only at the sentences around each
// phrase: time must grow linearly with the article.
func BenchmarkLongArticleSetPhrases1MB(b *testing.B) { benchSetPhrases(b, 1<<20) }
func BenchmarkLongArticleSetPhrases4MB(b *testing.B) { benchSetPhrases(b, 4<<20) }

func benchSetPhrases(b *testing.B, size int) {
	var sb strings.Builder
	sb.WriteString("title: Leaders meet\noutlet: The Test Post\ndate: 2023-01-04\n\n")
	for n := 0; sb.Len() < size-4096; n++ {
		fmt.Fprintf(&sb, "President Alpha%dxy Beta%dxy met Canada's envoy in update %d. The two leaders left, and his country agreed.\n\n", n, n, n)
	}
	path := filepath.Join(b.TempDir(), "sets.txt")
	if err := os.WriteFile(path, []byte(sb.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	benchArticleFile(b, path, size, func(c *Comparison) string {
		if len(c.Actors) == 0 {
			return fmt.Sprintf("no actors in %d bytes", size)
		}
		return ""
	})
}

// unrelatedArticles writes n articles on no common story into folders of
// four outlets: words drawn from a Zipf distribution over an invented
// vocabulary (so a few words are common and most are rare, as in news),
// with function words, names and quotations, dated over four weeks.
func unrelatedArticles(b *testing.B, n int) string {
	b.Helper()
	dir := b.TempDir()
	rng := rand.New(rand.NewPCG(7, 7))
	const vocab = 60000
	syllables := []string{"ka", "lo", "mi", "ren", "to", "sa", "vi", "dor", "pe", "lan", "ti", "mor", "ge", "bra", "nu", "sel", "qua", "fen"}
	words := make([]string, vocab)
	for i := range words {
		var w strings.Builder
		for x := i + 1000; x > 0; x /= len(syllables) {
			w.WriteString(syllables[x%len(syllables)])
		}
		words[i] = w.String()
	}
	zipf := rand.NewZipf(rand.New(rand.NewPCG(3, 3)), 1.1, 10, vocab-1)
	word := func() string { return words[zipf.Uint64()] }
	capital := func(w string) string { return strings.ToUpper(w[:1]) + w[1:] }
	function := []string{"the", "of", "and", "to", "in", "a", "that", "for", "on", "with", "was", "as", "by"}
	outlets := []string{"Daily Planet", "Morning Gazette", "Evening Herald", "City Courier"}
	for _, o := range outlets {
		if err := os.Mkdir(filepath.Join(dir, o), 0o755); err != nil {
			b.Fatal(err)
		}
	}
	for i := range n {
		var sb strings.Builder
		fmt.Fprintf(&sb, "title: %s %s %s %s %s\ndate: 2023-01-%02d\n\n", capital(word()), word(), word(), word(), word(), 1+i%28)
		for range 6 + rng.IntN(8) {
			for range 1 + rng.IntN(4) {
				ws := make([]string, 8+rng.IntN(18))
				for k := range ws {
					if rng.IntN(3) == 0 {
						ws[k] = function[rng.IntN(len(function))]
					} else {
						ws[k] = word()
					}
				}
				ws[0] = capital(ws[0])
				if rng.IntN(3) == 0 {
					ws[1] = capital(ws[1])
				}
				if rng.IntN(5) == 0 {
					fmt.Fprintf(&sb, "\"%s,\" %s said. ", strings.Join(ws, " "), capital(words[rng.IntN(vocab)]))
				} else {
					fmt.Fprintf(&sb, "%s. ", strings.Join(ws, " "))
				}
			}
			sb.WriteString("\n\n")
		}
		path := filepath.Join(dir, outlets[i%len(outlets)], fmt.Sprintf("%05d.txt", i))
		if err := os.WriteFile(path, []byte(sb.String()), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	return dir
}

// benchUnrelated loads a folder of n unrelated articles and does what
// `framediff report` does with it: look for a story, find none, and
// compare the whole folder. Time must grow linearly with n.
func benchUnrelated(b *testing.B, n int) {
	set := defaultSet(b)
	dir := unrelatedArticles(b, n)
	b.ReportAllocs()
	for b.Loop() {
		res, err := corpus.Load([]string{dir}, corpus.Options{})
		if err != nil || len(res.Articles) != n {
			b.Fatalf("load %s: %v, %d articles, problems %v", dir, err, len(res.Articles), res.Problems)
		}
		sel, err := corpus.PickStory(res.Articles, 0)
		if err != nil {
			b.Fatal(err)
		}
		if sel.Story != 0 {
			b.Fatalf("found story %d of %d in unrelated articles", sel.Story, len(sel.Stories))
		}
		if c := Compare(sel.Articles, set); len(c.Outlets) != 4 {
			b.Fatalf("compared %d outlets, want 4", len(c.Outlets))
		}
	}
}

func BenchmarkUnrelatedArticles500(b *testing.B)  { benchUnrelated(b, 500) }
func BenchmarkUnrelatedArticles2000(b *testing.B) { benchUnrelated(b, 2000) }
func BenchmarkUnrelatedArticles8000(b *testing.B) { benchUnrelated(b, 8000) }
