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

	docs     []shelved
	spill    *spill     // where the packed texts and metadata are
	meta     []*Article // metadata-only articles (no text), built on first use
	metaOnce sync.Once
}

// shelved is one article of a shelf: the document itself when its text is
// kept in memory (see unpackedBudget), else where the spill holds its
// metadata (encodeMeta) beside its packed text, so that what a large
// corpus holds in memory is a few dozen bytes an article.
type shelved struct {
	doc     *document
	sources []string // with doc
	meta    blobRef  // without doc
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
			// Its metadata goes to the spill too, leaving what folding
			// reads of every document; those that fold are read back.
			meta := sp.put(encodeMeta(d, []string{d.source}))
			*d = document{source: d.source, outlet: d.outlet, packed: d.packed, packedRemoved: d.packedRemoved, meta: meta}
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
		s.docs = make([]shelved, len(docs))
		for i, d := range docs {
			s.docs[i] = shelve1(d, []string{d.source}, sp)
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
	pairs := duplicatePairs(sh)
	for _, p := range pairs {
		for _, i := range p {
			if d := docs[i]; d.meta.n > 0 {
				*d, _ = spilledDocument(sp, shelved{meta: d.meta})
			}
		}
	}
	keeps, sources, folded := foldDocuments(docs, pairs)
	s.docs, s.Folded = make([]shelved, len(keeps)), folded
	for i := range keeps {
		s.docs[i] = shelve1(&keeps[i], sources[i], sp)
	}
	return s, nil
}

// shelve1 is how a shelf keeps a document with its sources: whole when
// its text is in memory, else as its metadata put in the spill.
func shelve1(d *document, sources []string, sp *spill) shelved {
	switch {
	case d.packed.n == 0:
		c := *d // not a pointer into the caller's slice, which it would keep
		return shelved{doc: &c, sources: sources}
	case d.meta.n > 0:
		return shelved{meta: d.meta} // put when it was packed, and it folded with none
	}
	return shelved{meta: sp.put(encodeMeta(d, sources))}
}

// document returns article i's document, with its text still packed, and
// its sources.
func (s *Shelf) document(i int) (document, []string) {
	return spilledDocument(s.spill, s.docs[i])
}

// spilledDocument returns the document e keeps, its metadata read back
// from sp if need be, with its text still packed, and its sources.
func spilledDocument(sp *spill, e shelved) (document, []string) {
	if e.doc != nil {
		return *e.doc, e.sources
	}
	b, err := sp.get(e.meta, nil)
	var d document
	var sources []string
	if err == nil {
		d, sources, err = decodeMeta(b)
	}
	if err != nil {
		// As in unpackDocument: only a bug or a failing disk gets here,
		// and the article says so (Close reports the failed read).
		d = document{warnings: []string{fmt.Sprintf("framediff could not unpack this article (%v): please report it", err)}}
	}
	return d, sources
}

// Len is the number of articles on the shelf.
func (s *Shelf) Len() int { return len(s.docs) }

// Article builds article i whole: the article Load would have returned
// at that index. It is safe to call from several goroutines.
func (s *Shelf) Article(i int) *Article {
	d, sources := s.document(i)
	unpackDocument(&d, s.spill)
	a := d.article()
	a.Sources = sources
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
		d, sources := s.document(i)
		a := d.metaArticle()
		a.Sources = sources
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
		d, _ := s.document(i)
		a := d.metaArticle()
		facts[i] = storyFacts{a.Outlet, a.Language, a.URL, a.Date}
	}
	vectors := newSpill(s.spill.onFile())
	defer vectors.Close()
	return groupStories(facts, func(i int) string {
		d, _ := s.document(i)
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

// encodeMeta encodes a packed document's metadata and sources for a
// spill; decodeMeta decodes it.
func encodeMeta(d *document, sources []string) []byte {
	var b []byte
	str := func(s string) {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	for _, f := range []string{d.source, d.id, d.outlet, string(d.outletFrom), d.title, string(d.titleFrom), d.titleRemoved,
		d.standfirst, d.byline, string(d.dateFrom), d.url, d.language, string(d.langFrom)} {
		str(f)
	}
	date, _ := d.date.MarshalBinary() // a date of a year past 32767 is no date
	str(string(date))
	for _, list := range [][]string{d.warnings, sources} {
		b = binary.AppendUvarint(b, uint64(len(list)))
		for _, f := range list {
			str(f)
		}
	}
	for _, n := range []int{d.rawBytes, d.packedRemoved, d.packed.n} {
		b = binary.AppendUvarint(b, uint64(n))
	}
	return binary.AppendVarint(b, d.packed.at)
}

func decodeMeta(b []byte) (d document, sources []string, err error) {
	bad := errors.New("packed metadata is truncated")
	num := func() int {
		v, n := binary.Uvarint(b)
		if n <= 0 || v > 1<<40 {
			err = bad
			return 0
		}
		b = b[n:]
		return int(v)
	}
	str := func() string {
		n := num()
		if err != nil || n > len(b) {
			err = bad
			return ""
		}
		s := string(b[:n])
		b = b[n:]
		return s
	}
	list := func() []string {
		n := num()
		if err != nil || n > len(b) {
			err = bad
			return nil
		}
		var out []string
		for range n {
			out = append(out, str())
		}
		return out
	}
	var outletFrom, titleFrom, dateFrom, langFrom string
	for _, f := range []*string{&d.source, &d.id, &d.outlet, &outletFrom, &d.title, &titleFrom, &d.titleRemoved,
		&d.standfirst, &d.byline, &dateFrom, &d.url, &d.language, &langFrom} {
		*f = str()
	}
	d.outletFrom, d.titleFrom, d.dateFrom, d.langFrom = Provenance(outletFrom), Provenance(titleFrom), Provenance(dateFrom), Provenance(langFrom)
	if date := str(); err == nil && d.date.UnmarshalBinary([]byte(date)) != nil {
		err = bad
	}
	d.warnings = list()
	sources = list()
	d.rawBytes, d.packedRemoved, d.packed.n = num(), num(), num()
	at, n := binary.Varint(b)
	if n <= 0 {
		err = bad
	}
	d.packed.at = at
	return d, sources, err
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
