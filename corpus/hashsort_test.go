package corpus

import (
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

func TestSortHashes(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	tests := map[string][]uint64{"empty": nil, "one": {7}}
	for _, n := range []int{5, 63, 64, 65, 1000, 4097} {
		spread := make([]uint64, n)
		for i := range spread {
			spread[i] = rng.Uint64()
		}
		tests[fmt.Sprint("spread", n)] = spread
		low := make([]uint64, n) // all in the first bucket
		for i := range low {
			low[i] = rng.Uint64N(1000)
		}
		tests[fmt.Sprint("crowded", n)] = low
		same := slices.Repeat([]uint64{^uint64(0)}, n)
		tests[fmt.Sprint("same", n)] = same
	}
	for name, a := range tests {
		checkSortHashes(t, name, a)
	}
	// One sorter and one output buffer reused across sizes, as the
	// shingle scratch reuses them: nothing of an earlier sort may leak.
	var s hashSorter
	var buf []uint64
	for _, n := range []int{4097, 65, 1000, 64, 5000, 3} {
		a := make([]uint64, n)
		for i := range a {
			a[i] = rng.Uint64()
		}
		buf = s.sort(buf, a)
		if !slices.Equal(buf, slices.Sorted(slices.Values(a))) {
			t.Errorf("reused sorter, %d values: not sorted like slices.Sort", n)
		}
	}
}

func FuzzSortHashes(f *testing.F) {
	f.Add([]byte("0123456789abcdef"))
	f.Add(make([]byte, 8*70))
	f.Fuzz(func(t *testing.T, data []byte) {
		a := make([]uint64, len(data)/8)
		for i := range a {
			a[i] = binary.LittleEndian.Uint64(data[8*i:])
		}
		checkSortHashes(t, "fuzz", a)
	})
}

// checkSortHashes checks that sortHashes agrees with slices.Sort and
// leaves its input alone.
func checkSortHashes(t *testing.T, name string, a []uint64) {
	t.Helper()
	in := slices.Clone(a)
	want := slices.Sorted(slices.Values(a))
	if got := sortHashes(a); !slices.Equal(got, want) || len(got) != len(want) {
		t.Errorf("%s: sortHashes gives %d values, not sorted like slices.Sort", name, len(got))
	}
	if !slices.Equal(a, in) {
		t.Errorf("%s: sortHashes changed its input", name)
	}
}

// TestGramHasher checks that the rolling 5-gram hash equals the hash of
// the last five words fed afresh, and that it depends on their order.
func TestGramHasher(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	words := make([]uint64, 40)
	for i := range words {
		words[i] = rng.Uint64()
	}
	words[7], words[12] = words[2], words[2] // repeated words
	var g gramHasher
	for n, w := range words {
		g.add(w)
		var fresh gramHasher
		for _, v := range words[max(0, n-4) : n+1] {
			fresh.add(v)
		}
		if g.sum() != fresh.sum() {
			t.Errorf("after %d words: rolling hash %x, afresh %x", n+1, g.sum(), fresh.sum())
		}
	}
	var ab, ba gramHasher
	for _, w := range []uint64{words[0], words[1], words[2], words[3], words[4]} {
		ab.add(w)
	}
	for _, w := range []uint64{words[1], words[0], words[2], words[3], words[4]} {
		ba.add(w)
	}
	if ab.sum() == ba.sum() {
		t.Error("swapping two words leaves the 5-gram hash unchanged")
	}
}

// BenchmarkSortHashes sorts a news article's worth of shingles (a
// thousand), reusing one sorter and buffer as the shingle scratch does.
func BenchmarkSortHashes(b *testing.B) {
	rng := rand.New(rand.NewPCG(3, 4))
	a := make([]uint64, 1000)
	for i := range a {
		a[i] = rng.Uint64()
	}
	var s hashSorter
	var buf []uint64
	b.SetBytes(int64(8 * len(a)))
	for b.Loop() {
		buf = s.sort(buf, a)
	}
}
