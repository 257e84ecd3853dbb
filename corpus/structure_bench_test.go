package corpus

import (
	"strings"
	"testing"
)

// abpBodies reads the article texts of the ABP slice as cleaned paragraphs,
// ready to structure.
func abpBodies(b testing.TB) ([][]string, int64) {
	b.Helper()
	var bodies [][]string
	var n int64
	for _, rec := range abpRecords(b) {
		text, _ := Sanitize([]byte(rec.Content))
		var paras []string
		for _, para := range strings.Split(text, "\n") {
			if para = strings.Join(strings.Fields(para), " "); para != "" {
				paras = append(paras, para)
				n += int64(len(para))
			}
		}
		bodies = append(bodies, paras)
	}
	return bodies, n
}

// BenchmarkStructure measures sentence splitting and quotation attribution
// (the structure step of loading) on the 859 ABP article texts, in MB/s of
// text on one core.
func BenchmarkStructure(b *testing.B) {
	bodies, n := abpBodies(b)
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, body := range bodies {
			d := &document{id: "b", source: "b", body: body}
			if a := d.article(); len(a.Sentences) == 0 {
				b.Fatal("no sentences")
			}
		}
	}
}

// BenchmarkTokenize measures the attribution tokenizer alone on the ABP
// article texts (marks found beforehand), in MB/s of text on one core.
func BenchmarkTokenize(b *testing.B) {
	bodies, n := abpBodies(b)
	type para struct {
		text  string
		marks []quoteMark
	}
	var paras []para
	for _, body := range bodies {
		for _, p := range body {
			paras = append(paras, para{p, scanMarks(p, Span{0, len(p)}, nil)})
		}
	}
	b.SetBytes(n)
	var toks []token
	for b.Loop() {
		for _, p := range paras {
			toks = tokenize(p.text, Span{0, len(p.text)}, p.marks, toks)
		}
	}
}
