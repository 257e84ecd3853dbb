package corpus

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"sync"
	"sync/atomic"
	"time"
)

// Shelf is a corpus read for corpus-scale work (profiles, corpus
// reports): Load's articles, in the same order with the same folding, but
// each kept compactly (its metadata in memory, and its text and removed
// pieces packed in a temporary file, or compressed in memory when there
// is none) and built whole only when asked for. A batch job then holds
// the stories it is comparing, not the corpus: memory grows with the
// articles' metadata, a fraction of the articles Load would hold.
type Shelf struct {
	// Problems are the inputs that were skipped or only partly read.
	Problems []Problem
	// Folded counts inputs merged into another article as near-duplicates.
	Folded int

	docs     []document // metadata, with body and removed packed
	spill    *spill     // where the packed texts are
	sources  [][]string
	meta     []*Article // metadata-only articles (no text), built on first use
	metaOnce sync.Once
}

// Shelve reads files and folders like Load and keeps them on a Shelf.
func Shelve(paths []string, opt Options) (*Shelf, error) {
	s, err := shelve(fileSource{}, paths, opt, "", unpackedBudget)
	return s, sanitizeError(err)
}

// unpackedBudget is how many bytes of text a shelf keeps as read before
// it packs the rest: packing and unpacking cost about a tenth of a
// profile's time, which a corpus this small need not pay.
const unpackedBudget = 16 << 20

// ShelveFS is Shelve for a folder of an fs.FS, as LoadFS.
func ShelveFS(fsys fs.FS, dir string, opt Options) (*Shelf, error) {
	s, err := shelve(fileSource{fsys: fsys}, []string{dir}, opt, "embedded:", unpackedBudget)
	return s, sanitizeError(err)
}

// shelve reads the inputs onto a shelf, packing documents once budget
// bytes of text are held unpacked.
func shelve(src fileSource, paths []string, opt Options, prefix string, budget int64) (*Shelf, error) {
	res := &Result{}
	inputs, err := gatherInputs(src, paths, opt, res)
	if err != nil {
		return nil, err
	}
	sp := newSpill(true)
	// Each document is packed on the goroutine that read it, keeping the
	// prefix of its shingle set for folding (in the spill too, once
	// documents are packed), so the corpus is never held unpacked.
	type foldKeys struct {
		prefix  []uint64
		spilled blobRef // where the prefix is, when prefix is nil
		size    int
	}
	keysOf := map[*document]foldKeys{}
	var keysMu sync.Mutex
	// A compressor holds about a megabyte of state: the reading
	// goroutines reuse theirs.
	var writers sync.Pool
	var held atomic.Int64 // bytes of text kept unpacked
	docs := readInputs(src, inputs, opt, prefix, res, func(d *document) {
		var set []uint64
		if !opt.KeepDuplicates {
			if set = d.shingles; set == nil {
				set = sortedShingles(d.body)
			}
		}
		k := foldKeys{size: len(set)}
		if size := int64(textBytes(d)); held.Add(size) > budget {
			held.Add(-size)
			if len(set) > 0 {
				k.spilled = sp.put(encodeShingles(set[:prefixLen(len(set))]))
			}
			packDocument(d, &writers, sp)
		} else {
			k.prefix = slices.Clone(set[:prefixLen(len(set))])
			d.shingles = nil // recomputed for the few pairs that need them
		}
		keysMu.Lock()
		keysOf[d] = k
		keysMu.Unlock()
	})
	s := &Shelf{Problems: res.Problems, spill: sp}
	if opt.KeepDuplicates {
		s.docs = make([]document, len(docs))
		s.sources = make([][]string, len(docs))
		for i, d := range docs {
			s.docs[i], s.sources[i] = *d, []string{d.source}
		}
		return s, nil
	}
	keys := make([]foldKeys, len(docs))
	sh := shingleSets{sizes: make([]int, len(docs)), keys: make([]string, len(docs)),
		prefix: func(i int) []uint64 {
			if k := keys[i]; k.prefix != nil || k.spilled.n == 0 {
				return k.prefix
			}
			b, err := sp.get(keys[i].spilled, nil)
			if err != nil {
				return nil // a document that cannot be read back folds with none
			}
			return decodeShingles(b)
		},
		full: func(i int) []uint64 {
			d := *docs[i]
			unpackDocument(&d, sp)
			return sortedShingles(d.body)
		}}
	for i, d := range docs {
		keys[i] = keysOf[d]
		sh.sizes[i], sh.keys[i] = keys[i].size, OutletKey(d.outlet)
	}
	clear(keysOf)
	s.docs, s.sources, s.Folded = foldDocuments(docs, duplicatePairs(sh))
	return s, nil
}

// Len is the number of articles on the shelf.
func (s *Shelf) Len() int { return len(s.docs) }

// Article builds article i whole: the article Load would have returned
// at that index. It is safe to call from several goroutines.
func (s *Shelf) Article(i int) *Article {
	d := s.docs[i]
	unpackDocument(&d, s.spill)
	a := d.article()
	a.Sources = s.sources[i]
	return a
}

// Meta returns article i's metadata (outlet, title, date, language,
// sources...) without its text or structure. Like Article, it is safe to
// call from several goroutines.
func (s *Shelf) Meta(i int) *Article {
	s.metadata()
	return s.meta[i]
}

func (s *Shelf) metadata() { s.metaOnce.Do(s.buildMetadata) }

func (s *Shelf) buildMetadata() {
	s.meta = make([]*Article, len(s.docs))
	for i := range s.docs {
		a := s.docs[i].metaArticle()
		a.Sources = s.sources[i]
		s.meta[i] = a
	}
}

// metaArticle is the article of a shelved document without its text or
// structure (see Meta).
func (d document) metaArticle() *Article {
	d.packed, d.body, d.removed = blobRef{}, nil, nil
	a := d.plainArticle()
	a.Text, a.Paragraphs = "", nil
	a.TitleSpan, a.StandfirstSpan = Span{}, Span{}
	return a
}

// Stories groups the shelf's articles as GroupStories groups Load's,
// reading one article's text at a time. The articles' grouping vectors
// are kept where their texts are: in a temporary file when the corpus is
// large (see Close), so that grouping holds one window of them.
func (s *Shelf) Stories(window time.Duration) StoryGroups {
	facts := make([]storyFacts, len(s.docs))
	for i := range s.docs {
		// The outlet, date and language the built article would carry.
		a := s.docs[i].metaArticle()
		facts[i] = storyFacts{a.Outlet, a.Language, a.Date}
	}
	vectors := newSpill(s.spill.onFile())
	defer vectors.Close()
	return groupStories(facts, func(i int) string {
		d := s.docs[i]
		unpackDocument(&d, s.spill)
		return d.plainArticle().Text
	}, window, vectors)
}

// Close removes the shelf's temporary file, if the corpus was large
// enough to need one (it lies in os.TempDir and takes about a third of
// the corpus's text), and drops what the shelf holds; the shelf must not
// be used after. It reports a failure to read that file back, which
// would have spoiled an article (the article then says so).
func (s *Shelf) Close() error {
	if err := s.spill.Close(); err != nil {
		return fmt.Errorf("framediff's temporary copy of the corpus: %w", err)
	}
	return nil
}

// Result is the shelf as Load would have returned it, every article
// built: for a corpus small enough to be handled whole after all.
func (s *Shelf) Result() *Result {
	res := &Result{Articles: make([]*Article, len(s.docs)), Problems: s.Problems, Folded: s.Folded}
	parallel(len(s.docs), func(i int) { res.Articles[i] = s.Article(i) })
	return res
}

// Catalog is the shelf as a Result whose articles carry their metadata
// only (see Meta): what a report needs to list sources and problems.
func (s *Shelf) Catalog() *Result {
	s.metadata()
	return &Result{Articles: s.meta, Problems: s.Problems, Folded: s.Folded}
}

// Summary is Result.Summary for the shelf.
func (s *Shelf) Summary() string {
	return summaryLine(len(s.docs), s.Folded, len(s.Problems))
}

// encodeShingles encodes shingles for a spill, 8 bytes each.
func encodeShingles(set []uint64) []byte {
	b := make([]byte, 0, 8*len(set))
	for _, h := range set {
		b = binary.LittleEndian.AppendUint64(b, h)
	}
	return b
}

// decodeShingles decodes what encodeShingles encoded.
func decodeShingles(b []byte) []uint64 {
	set := make([]uint64, len(b)/8)
	for k := range set {
		set[k] = binary.LittleEndian.Uint64(b[8*k:])
	}
	return set
}

// textBytes is the size of what packDocument packs.
func textBytes(d *document) int {
	n := 0
	for _, p := range d.body {
		n += len(p)
	}
	for _, r := range d.removed {
		n += len(r.Text) + len(r.Reason)
	}
	return n
}

// Packed forms: a packed document's first byte says how the rest is
// kept. Texts going to the spill's file are kept as they are: the
// operating system caches the file outside the process, and compressing
// and inflating every text (inflated twice or more: for folding,
// grouping and comparing) cost about a tenth of a profile's time. Texts
// a spill keeps in memory are compressed, since there they count.
const (
	packedPlain   = 0
	packedDeflate = 1
)

// packDocument packs a document's body and removed pieces into the spill,
// at d.packed, dropping them and its shingles: as they are when the spill
// keeps them on file, else compressed (see packedPlain); writers holds
// compressors to reuse.
func packDocument(d *document, writers *sync.Pool, sp *spill) {
	raw := []byte{packedPlain}
	str := func(s string) {
		raw = binary.AppendUvarint(raw, uint64(len(s)))
		raw = append(raw, s...)
	}
	raw = binary.AppendUvarint(raw, uint64(len(d.body)))
	for _, p := range d.body {
		str(p)
	}
	raw = binary.AppendUvarint(raw, uint64(len(d.removed)))
	for _, r := range d.removed {
		str(r.Text)
		str(r.Reason)
	}
	d.packedRemoved = removedBytes(d)
	if sp.toFile() {
		d.packed = sp.put(raw)
		d.body, d.removed, d.shingles = nil, nil, nil
		return
	}
	buf := bytes.NewBuffer([]byte{packedDeflate})
	w, ok := writers.Get().(*flate.Writer)
	if ok {
		w.Reset(buf)
	} else {
		w, _ = flate.NewWriter(buf, flate.BestSpeed) // the level is valid
	}
	w.Write(raw[1:])
	w.Close()
	writers.Put(w)
	d.packed = sp.put(buf.Bytes())
	d.body, d.removed, d.shingles = nil, nil, nil
}

// unpackDocument restores what packDocument packed into d (a copy of the
// shelved document: the shelf's own stays packed) from the spill.
func unpackDocument(d *document, sp *spill) {
	if d.packed.n == 0 {
		return
	}
	raw, err := sp.get(d.packed, nil)
	if err == nil {
		switch {
		case len(raw) > 0 && raw[0] == packedPlain:
			raw = raw[1:]
		case len(raw) > 0 && raw[0] == packedDeflate:
			raw, err = io.ReadAll(flate.NewReader(bytes.NewReader(raw[1:])))
		default:
			err = errors.New("packed article of an unknown form")
		}
	}
	if err == nil {
		d.body, d.removed, err = decodePacked(raw)
	}
	if err != nil {
		// Only a bug or a failing disk under the temporary file can make
		// the shelf's own bytes unreadable; the article says so rather
		// than vanishing (and Close reports the failed read).
		d.body, d.removed = nil, nil
		d.warnings = append(slices.Clip(d.warnings), fmt.Sprintf("framediff could not unpack this article (%v): please report it", err))
	}
	d.packed, d.packedRemoved = blobRef{}, 0
}

func decodePacked(raw []byte) (body []string, removed []Removed, err error) {
	errShort := errors.New("packed article is truncated")
	next := func() (uint64, bool) {
		v, n := binary.Uvarint(raw)
		if n <= 0 {
			return 0, false
		}
		raw = raw[n:]
		return v, true
	}
	str := func() (string, bool) {
		n, ok := next()
		if !ok || n > uint64(len(raw)) {
			return "", false
		}
		s := string(raw[:n])
		raw = raw[n:]
		return s, true
	}
	n, ok := next()
	if !ok || n > uint64(len(raw)) {
		return nil, nil, errShort
	}
	body = make([]string, 0, n)
	for range n {
		p, ok := str()
		if !ok {
			return nil, nil, errShort
		}
		body = append(body, p)
	}
	if n, ok = next(); !ok || n > uint64(len(raw)) {
		return nil, nil, errShort
	}
	for range n {
		t, ok1 := str()
		r, ok2 := str()
		if !ok1 || !ok2 {
			return nil, nil, errShort
		}
		removed = append(removed, Removed{Text: t, Reason: r})
	}
	return body, removed, nil
}
