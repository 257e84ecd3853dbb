package corpus

import "slices"

// displacements builds a perfect hash table by hash and displace: a key's
// hash picks its bucket (hash % buckets) and its home slot (the top
// logSize bits), and each bucket's displacement d moves its keys' slots to
// home ^ d. It returns a displacement per bucket such that no two of the
// keys, given by their hashes, share a slot, placing the buckets with most
// keys first, each at the smallest displacement that fits; or nil when
// some bucket fits nowhere (another seed, mixed into the hashes, may part
// its keys).
//
// A look-up in such a table reads one slot, the only one its key can be
// in, and can compare it without a branch; an open-addressed table
// branches on whether a slot is empty or holds another key, and when about
// half the words looked up are in the table, as in news text, in no
// pattern a processor can predict, those branches are mispredicted about
// every other word.
func displacements(hashes []uint64, logSize uint, buckets int) []uint32 {
	shift := 64 - logSize
	byBucket := make([][]uint64, buckets)
	for _, h := range hashes {
		b := h % uint64(buckets)
		byBucket[b] = append(byBucket[b], h)
	}
	order := make([]int, buckets)
	for b := range order {
		order[b] = b
	}
	slices.SortStableFunc(order, func(x, y int) int { return len(byBucket[y]) - len(byBucket[x]) })
	taken := make([]bool, 1<<logSize)
	disp := make([]uint32, buckets)
next:
	for _, b := range order {
		keys := byBucket[b]
		if len(keys) == 0 {
			break
		}
	tries:
		for d := range uint32(1 << logSize) {
			for n, h := range keys {
				i := uint32(h>>shift) ^ d
				if taken[i] {
					continue tries
				}
				for _, h2 := range keys[:n] {
					if uint32(h2>>shift)^d == i {
						continue tries // two keys of the bucket in one slot: only another seed parts them
					}
				}
			}
			disp[b] = d
			for _, h := range keys {
				taken[uint32(h>>shift)^d] = true
			}
			continue next
		}
		return nil
	}
	return disp
}
