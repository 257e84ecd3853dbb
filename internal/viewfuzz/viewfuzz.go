// Package viewfuzz builds a comparison from fuzz strings, for the fuzz
// targets of the two views (report writers, TUI), which need the same
// hostile articles run through the real analysis.
package viewfuzz

import (
	"fmt"
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

// Seeds returns the outlets, headlines and texts of the articles in dir,
// each joined with FieldSep: the real story the fuzz targets start from.
func Seeds(dir string) (outlets, titles, texts string, err error) {
	res, err := corpus.Load([]string{dir}, corpus.Options{})
	if err != nil {
		return "", "", "", err
	}
	if len(res.Articles) < 2 {
		return "", "", "", fmt.Errorf("%s holds %d articles, not a story", dir, len(res.Articles))
	}
	var o, t, x []string
	for _, a := range res.Articles {
		o, t, x = append(o, a.Outlet), append(t, a.Title), append(x, a.Text)
	}
	return strings.Join(o, FieldSep), strings.Join(t, FieldSep), strings.Join(x, FieldSep), nil
}

// WithPayload puts an attack string p into a story made by Seeds: beside
// every "Israel" of the texts (a word the lexicon marks), into the first
// outlet's name and as the third outlet, and as the first headline and at
// the end of the second.
func WithPayload(outlets, titles, texts, p string) (string, string, string) {
	o, t := strings.Split(outlets, FieldSep), strings.Split(titles, FieldSep)
	last := len(o) - 1
	return strings.Join([]string{p + "Wire", o[last], p}, FieldSep),
		strings.Join([]string{p, t[0] + p, t[last]}, FieldSep),
		strings.ReplaceAll(texts, "Israel", p+"Israel"+p)
}
