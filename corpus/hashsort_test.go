package corpus

import (
	"encoding/binary"
	"fmt"
	"math/bits"
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

// TestAppendGrams checks the rolling 5-gram hash against its definition,
// rotl^4(w0) ^ rotl^3(w1) ^ ... ^ w4 for each five words, and that it
// depends on their order; and that a text's shingles run on across its
// paragraphs.
func TestAppendGrams(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	words := make([]uint64, 40)
	for i := range words {
		words[i] = rng.Uint64()
	}
	words[7], words[12] = words[2], words[2] // repeated words
	grams := appendGrams(nil, words, false)
	if len(grams) != len(words)-4 {
		t.Fatalf("%d grams of %d words, want %d", len(grams), len(words), len(words)-4)
	}
	for k := range grams {
		var want uint64
		for i, w := range words[k : k+5] {
			want ^= bits.RotateLeft64(w, 4-i)
		}
		if grams[k] != want {
			t.Errorf("gram at %d: rolling hash %x, by definition %x", k, grams[k], want)
		}
	}
	if spread := appendGrams(nil, words, true); spread[3] != gramSum(grams[3], 5) {
		t.Errorf("spread gram %x, want gramSum of the raw one %x", spread[3], gramSum(grams[3], 5))
	}
	ab := appendGrams(nil, []uint64{words[0], words[1], words[2], words[3], words[4]}, false)
	ba := appendGrams(nil, []uint64{words[1], words[0], words[2], words[3], words[4]}, false)
	if ab[0] == ba[0] {
		t.Error("swapping two words leaves the 5-gram hash unchanged")
	}
	var sc shingleScratch
	whole := slices.Clone(sc.hashGrams([][]uint64{words}))
	if split := sc.hashGrams([][]uint64{words[:3], words[3:9], {}, words[9:]}); !slices.Equal(split, whole) {
		t.Errorf("shingles of the paragraphs differ from those of their words as one run")
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
