package corpus

import (
	"slices"
	"testing"
)

// TestInsideQuoted checks the one-walk test of quoted offsets against
// reading every pair, for pairs in text order, nested or out of order, and
// offsets asked in order or not.
func TestInsideQuoted(t *testing.T) {
	pair := func(start, end int) quotePair { return quotePair{span: Span{Start: start, End: end}} }
	for _, c := range []struct {
		name   string
		quoted []quotePair
		offs   []int
	}{
		{"none", nil, []int{0, 5, 9}},
		{"in order", []quotePair{pair(2, 5), pair(8, 8), pair(10, 14)}, []int{0, 1, 2, 4, 5, 7, 8, 9, 10, 13, 14, 20}},
		{"nested", []quotePair{pair(2, 20), pair(4, 6), pair(21, 22)}, []int{1, 3, 5, 7, 19, 20, 21, 22}},
		{"pairs out of order", []quotePair{pair(10, 14), pair(2, 5)}, []int{0, 3, 5, 11, 14}},
		{"offsets out of order", []quotePair{pair(2, 5), pair(10, 14)}, []int{11, 3, 12, 4, 15, 2}},
	} {
		in := insideQuoted(c.quoted)
		for _, off := range c.offs {
			want := slices.ContainsFunc(c.quoted, func(q quotePair) bool { return q.span.Contains(off) })
			if got := in(off); got != want {
				t.Errorf("%s: offset %d inside = %v, want %v", c.name, off, got, want)
			}
		}
	}
}
