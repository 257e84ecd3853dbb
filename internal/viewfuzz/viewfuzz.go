// Package viewfuzz builds a comparison from fuzz strings, for the fuzz
// targets of the two views (report writers, TUI), which need the same
// hostile articles run through the real analysis.
package viewfuzz

import (
	"strings"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
	"github.com/framediff/framediff/lexicon"
)

// FieldSep separates the articles' values in one fuzz string: a control
// character, so the sanitizer would drop it from real text anyway.
const FieldSep = "\x1e"

// Comparison builds a comparison of up to three articles whose outlets,
// headlines and texts are fuzz strings split at FieldSep, for the fuzz
// targets of the views (report writers, TUI).
func Comparison(set *lexicon.Set, outlets, titles, texts string) *framing.Comparison {
	os, ts, xs := strings.Split(outlets, FieldSep), strings.Split(titles, FieldSep), strings.Split(texts, FieldSep)
	var arts []*corpus.Article
	for i := range min(3, max(len(os), len(ts), len(xs))) {
		at := func(l []string) string {
			if i < len(l) {
				return l[i]
			}
			return ""
		}
		id := string(rune('a' + i))
		arts = append(arts, corpus.FromParagraphs(corpus.Meta{ID: id, Source: id + ".txt", Outlet: at(os), Title: at(ts), From: corpus.FromHeader},
			strings.Split(at(xs), "\n")))
	}
	return framing.Compare(arts, set)
}
