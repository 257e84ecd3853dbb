package textmap

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
)

// HeaderArticle builds the article framediff makes of a research file
// laid out as "key: value" header lines, a blank line, then paragraphs,
// the first of them the title, as the PolNeAR and NewsWCL50 files are.
// keys are the header keys the format has and framediff reads, of
// "outlet", "date" and "url". It returns the article, the map of its text
// back to the file, and the header's length in bytes.
func HeaderArticle(id, path, file string, keys ...string) (*corpus.Article, *Map, int, error) {
	meta := corpus.Meta{ID: id, Source: path, From: corpus.FromHeader}
	off := 0
	for {
		line, _, ok := strings.Cut(file[off:], "\n")
		if !ok {
			return nil, nil, 0, fmt.Errorf("%s has no %s: header ended by a blank line", path, strings.Join(keys, ":/"))
		}
		off += len(line) + 1
		if strings.TrimSpace(line) == "" {
			break
		}
		key, val, ok := strings.Cut(line, ":")
		if !ok {
			if utf8.RuneCountInString(line) > 100 {
				line = string([]rune(line)[:100]) + "…"
			}
			return nil, nil, 0, fmt.Errorf("%s: header line %q is not \"key: value\"", path, line)
		}
		key = strings.TrimSpace(key)
		if !slices.Contains(keys, key) {
			continue
		}
		switch val = strings.TrimSpace(val); key {
		case "outlet":
			meta.Outlet = val
		case "date":
			meta.Date, _ = time.Parse(time.DateOnly, val)
		case "url":
			meta.URL = val
		}
	}
	paras := Paragraphs(file[off:])
	if len(paras) == 0 {
		return nil, nil, 0, fmt.Errorf("%s has no text after its header", path)
	}
	meta.Title = paras[0]
	a := corpus.FromParagraphs(meta, paras[1:])
	return a, New(a.Text, file, off), off, nil
}
