package polneareval

import (
	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/internal/textmap"
)

// fileSpan is a half-open byte range [start, end) into a PolNeAR .txt file,
// header included: the gold's convention.
type fileSpan struct{ start, end int }

func (s fileSpan) len() int { return max(0, s.end-s.start) }

// offsetMap carries byte offsets in an Article's Text back to the file it
// was built from (see textmap).
type offsetMap struct{ m *textmap.Map }

// span maps an article span to the file; a span with no paired rune maps
// to an empty span.
func (m offsetMap) span(s corpus.Span) fileSpan {
	if m.m == nil {
		return fileSpan{}
	}
	start, end := m.m.Span(s.Start, s.End)
	return fileSpan{start, end}
}
