package corpus

import (
	"math/bits"
	"slices"
)

// sortHashes returns the values of a, well-spread hash values, in
// ascending order, in a new slice (a is left as it was). It is a bucket
// sort: one pass counts the values per bucket of their top bits, with
// about as many buckets as values, one pass moves them into place, and an
// insertion sort orders the values inside their buckets, which hold one or
// two when the hashes are spread. It runs in linear time where slices.Sort takes
// n log n comparisons, most of them mispredicted branches; a bucket that
// turns out crowded (values that are not spread) goes to slices.Sort, so
// the worst case stays n log n.
func sortHashes(a []uint64) []uint64 {
	var s hashSorter
	return s.sort(nil, a)
}

// hashSorter is sortHashes with its bucket counts kept from one sort to
// the next, for callers that sort many sets and keep few of the results.
type hashSorter struct {
	end []int32
}

// sort writes the values of a in ascending order into dst's array when it
// has room (a new one otherwise) and returns them; a is left as it was.
func (s *hashSorter) sort(dst, a []uint64) []uint64 {
	out := slices.Grow(dst[:0], len(a))[:len(a)]
	if len(a) < 64 {
		copy(out, a)
		slices.Sort(out)
		return out
	}
	b := bits.Len(uint(len(a))) - 1 // 2^b buckets: between n/2 and n
	shift := 64 - b
	// end[k+1] counts bucket k's values, then (summed) is where it ends.
	end := slices.Grow(s.end[:0], 1<<b+1)[:1<<b+1]
	clear(end)
	s.end = end
	for _, h := range a {
		end[h>>shift+1]++
	}
	crowded := int32(0) // the largest bucket
	for k := 1; k < len(end); k++ {
		crowded = max(crowded, end[k])
		end[k] += end[k-1]
	}
	// Fill the buckets from their starts; end[k] then holds bucket k's end.
	next := end[:len(end)-1]
	for _, h := range a {
		k := h >> shift
		out[next[k]] = h
		next[k]++
	}
	if crowded > 16 {
		// Values that are not spread: each bucket sorted on its own,
		// a crowded one by slices.Sort.
		start := 0
		for _, e := range next {
			bucket := out[start:e]
			start = int(e)
			if len(bucket) > 16 {
				slices.Sort(bucket)
				continue
			}
			insertionSort(bucket)
		}
		return out
	}
	// Every value is at most 15 places from where it belongs, inside its
	// bucket: one insertion sort over the whole of out orders them, with
	// no loop per bucket (most hold one or two values).
	insertionSort(out)
	return out
}

// insertionSort sorts a, in time linear in its length and in how far its
// values are out of place.
func insertionSort(a []uint64) {
	for i := 1; i < len(a); i++ {
		x := a[i]
		j := i
		for j > 0 && a[j-1] > x {
			a[j] = a[j-1]
			j--
		}
		a[j] = x
	}
}
