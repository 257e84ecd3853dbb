// Package pipeline is `framediff stories --profile --format json` as an
// Apache Beam pipeline, so a corpus too large for one machine can be
// profiled on Flink, Spark or Dataflow. It writes the same profile JSON as
// the local command.
//
// The stages:
//
//  1. every input file is loaded, cleaned and structured on its own
//     (corpus.LoadFS on a one-file view of it), in parallel, keeping its
//     near-duplicates;
//  2. near-duplicate folding and story grouping are global (a copy in one
//     file folds with its twin in another; stories join articles by date
//     windows and content similarity over the whole corpus), so every
//     article without its sentence structure goes to one worker, which
//     folds copies (corpus.FoldArticles) and runs corpus.GroupStories
//     exactly as the local command does, and assigns articles to stories
//     (an article in no comparable story to a "story" of its own);
//  3. the full articles (a folded group's merged article in place of its
//     first copy) are joined to their stories and every story is
//     compared (framing.Compare) in parallel into a one-story profile, and
//     every article in no story is counted alone (Profile.AddArticle);
//  4. the profiles are merged (framing.Profile.Merge) by a global combine
//     and written with report.WriteProfile.
//
// Articles travel between stages as the JSON of corpus.Article, which
// holds every field the comparison reads (text, spans, quotes, dates); the
// equality test checks that the round trip changes no count.
package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing/fstest"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	// The local file system: inputs and the output are plain paths unless
	// a binary registers others (gs://, s3://).
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
	"github.com/framediff/framediff/lexicon"
	"github.com/framediff/framediff/text"
)

func init() {
	register.DoFn4x0[context.Context, fileTask, func(string, []byte), func(string)](&loadFn{})
	register.Emitter2[string, []byte]()
	register.Emitter1[string]()
	register.Function3x0[string, []byte, func(int, []byte)](summarize)
	register.Emitter2[int, []byte]()
	register.DoFn6x0[int, func(*[]byte) bool, func(string, int), func(int), func(int), func(string, []byte)](&groupFn{})
	register.Emitter2[string, int]()
	register.Emitter1[int]()
	register.Function5x0[string, func(*[]byte) bool, func(*[]byte) bool, func(*int) bool, func(int, []byte)](joinStory)
	register.DoFn2x2[int, func(*[]byte) bool, *framing.Profile, error](&compareFn{})
	register.Combiner1[*framing.Profile](&mergeProfiles{})
	register.DoFn6x1[context.Context, []byte, func(**framing.Profile) bool, func(*int) bool, func(*string) bool, func(*int) bool, error](&writeFn{})
	register.Iter1[*framing.Profile]()
	register.Iter1[int]()
	register.Iter1[string]()
	register.Iter1[[]byte]()
	beam.RegisterType(reflect.TypeOf((*fileTask)(nil)).Elem())
	beam.RegisterCoder(reflect.TypeOf((*framing.Profile)(nil)), encodeProfile, decodeProfile)
}

// Config is what the pipeline reads, how, and where it writes.
type Config struct {
	// Input is a folder, read as `framediff stories DIR` reads it
	// (recursively, folder-per-outlet, manifest.csv at its top).
	Input string
	// JSONL is a glob of record files (JSONL, JSON or CSV shards), each
	// read as `framediff stories SHARD...` reads it. Any Beam file system
	// the binary registers may be named (gs://... with the gcs package).
	JSONL string
	// Output is the profile JSON file to write.
	Output string
	// Load steers the loading of every file.
	Load LoadConfig
	// Lexicons are extra rule files or folders; NoDefaultLexicon leaves
	// out the embedded packs. Workers read the files at these paths.
	Lexicons         []string
	NoDefaultLexicon bool
}

// LoadConfig is the part of corpus.Options a pipeline carries to its
// workers (plain fields, so Beam can serialize it).
type LoadConfig struct {
	Outlet         string            `json:"outlet,omitempty"`
	Language       string            `json:"language,omitempty"`
	MaxBytes       int64             `json:"max_bytes,omitempty"`
	KeepDuplicates bool              `json:"keep_duplicates,omitempty"`
	Fields         map[string]string `json:"fields,omitempty"`
	Aliases        map[string]string `json:"aliases,omitempty"`
}

func (c LoadConfig) options() corpus.Options {
	return corpus.Options{Outlet: c.Outlet, Language: c.Language, MaxBytes: c.MaxBytes,
		KeepDuplicates: c.KeepDuplicates, Fields: c.Fields, Aliases: c.Aliases}
}

// fileTask is one input file: its place in the order the local loader
// reads files (which story grouping depends on), the path to read, and
// the path it has inside its folder (its outlet folder, its manifest row).
type fileTask struct {
	Order int
	Path  string
	View  string
}

// Build adds the pipeline to s. It lists the input files and compiles
// the lexicon first, so a missing folder or a bad rule file fails here
// rather than on a worker.
func Build(ctx context.Context, s beam.Scope, cfg Config) error {
	if (cfg.Input == "") == (cfg.JSONL == "") {
		return errors.New("give either --input DIR or --jsonl GLOB")
	}
	if cfg.Output == "" {
		return errors.New("give --output FILE for the profile JSON")
	}
	lexDesc, err := lexiconDescription(cfg.Lexicons, !cfg.NoDefaultLexicon)
	if err != nil {
		return err
	}
	var in inputs
	if cfg.Input != "" {
		in, err = listFolder(cfg.Input)
	} else {
		in, err = listShards(ctx, cfg.JSONL)
	}
	if err != nil {
		return err
	}
	s = s.Scope("framediff")

	tasks := beam.Reshuffle(s, beam.CreateList(s, in.tasks))
	articles, problems := beam.ParDo2(s, &loadFn{Load: cfg.Load, Manifest: in.manifest, ManifestView: in.manifestView}, tasks)

	summaries := beam.ParDo(s, summarize, articles)
	assignments, count, folded, mergedCopies := beam.ParDo4(s, &groupFn{Fold: !cfg.Load.KeepDuplicates}, beam.GroupByKey(s, summaries))

	members := beam.ParDo(s, joinStory, beam.CoGroupByKey(s, articles, mergedCopies, assignments))
	profiles := beam.ParDo(s, &compareFn{Lexicons: cfg.Lexicons, WithDefault: !cfg.NoDefaultLexicon}, beam.GroupByKey(s, members))
	merged := beam.Combine(s, &mergeProfiles{}, profiles)

	beam.ParDo0(s, &writeFn{Output: cfg.Output, What: in.what, Lexicon: lexDesc, Problems: in.problems}, beam.Impulse(s),
		beam.SideInput{Input: merged}, beam.SideInput{Input: count}, beam.SideInput{Input: problems},
		beam.SideInput{Input: folded})
	return nil
}

// lexiconDescription compiles the lexicon once, so its errors surface
// before the pipeline runs, and describes it as the local command does.
func lexiconDescription(paths []string, withDefault bool) (string, error) {
	set, err := compileLexicon(paths, withDefault)
	if err != nil {
		return "", err
	}
	var desc []string
	if withDefault {
		desc = append(desc, "default packs")
	}
	if len(paths) > 0 {
		desc = append(desc, strings.Join(paths, ", "))
	}
	return fmt.Sprintf("%s (%d rules)", strings.Join(desc, " + "), len(set.Lexicon().Rules())), nil
}

func compileLexicon(paths []string, withDefault bool) (*lexicon.Set, error) {
	lx, err := lexicon.Load(paths, withDefault)
	if err != nil {
		return nil, err
	}
	if len(lx.Files) == 0 {
		return nil, errors.New("no rule files: name some, or drop --no-default-lexicon")
	}
	return lexicon.Compile(lx)
}

// inputs is what Build lists before the pipeline runs.
type inputs struct {
	tasks []fileTask
	// what names the input as the local command names its arguments.
	what string
	// problems are inputs skipped while listing (and the manifest's own).
	problems []string
	// manifest is the folder's manifest.csv, which every file's load
	// needs to find its row; manifestView is its name in the view.
	manifest     []byte
	manifestView string
}

// listFolder lists a folder's files in the order corpus.Load walks them:
// names sorted, sub-folders where they sort, dot-names skipped. Which
// files are articles (by extension; not README or the manifest) the
// per-file load decides, with the loader's own rules.
func listFolder(dir string) (inputs, error) {
	in := inputs{what: text.SanitizeLine(dir)}
	st, err := os.Stat(dir)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err // the message names the path as given
		}
		return in, fmt.Errorf("cannot read the input folder %s: %w", dir, err)
	}
	if !st.IsDir() {
		return in, fmt.Errorf("%s is not a folder (give record files with --jsonl)", dir)
	}
	for _, name := range []string{"manifest.csv", "framediff-manifest.csv"} {
		mp := filepath.Join(dir, name)
		data, err := os.ReadFile(mp)
		if err != nil {
			continue
		}
		_, probs, err := corpus.ParseManifest(mp, data, dir)
		if err != nil {
			return in, err
		}
		for _, p := range probs {
			in.problems = append(in.problems, p.Error())
		}
		in.manifest, in.manifestView = data, name
		break
	}
	err = filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			in.problems = append(in.problems, corpus.Problem{Path: p, Err: err}.Error())
			if e != nil && e.IsDir() && p != dir {
				return fs.SkipDir
			}
			return nil
		}
		if p == dir {
			return nil
		}
		if strings.HasPrefix(e.Name(), ".") {
			if e.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if e.IsDir() || !corpus.IsArticleFile(e.Name()) {
			return nil
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		if st, err := os.Stat(p); err != nil || !st.Mode().IsRegular() {
			in.problems = append(in.problems, corpus.Problem{Path: p, Err: errors.New("not a regular file")}.Error())
			return nil
		}
		in.tasks = append(in.tasks, fileTask{Order: len(in.tasks), Path: p, View: filepath.ToSlash(rel)})
		return nil
	})
	return in, err
}

// listShards expands a glob of record files, in name order, as a shell
// would for `framediff stories --profile SHARD...`.
func listShards(ctx context.Context, glob string) (inputs, error) {
	fsys, err := filesystem.New(ctx, glob)
	if err != nil {
		return inputs{}, err
	}
	defer fsys.Close()
	paths, err := fsys.List(ctx, glob)
	if err != nil {
		return inputs{}, fmt.Errorf("cannot list %s: %w", glob, err)
	}
	if len(paths) == 0 {
		return inputs{}, fmt.Errorf("no files match %s", glob)
	}
	sort.Strings(paths)
	in := inputs{what: text.SanitizeLine(strings.Join(paths, ", "))}
	for i, p := range paths {
		in.tasks = append(in.tasks, fileTask{Order: i, Path: p, View: path.Base(filepath.ToSlash(p))})
	}
	return in, nil
}

// viewPrefix is how corpus.LoadFS names what it read.
const viewPrefix = "embedded:"

// loadFn loads one file into articles, keyed by their place in the
// corpus ("file order/record order", zero-padded so keys sort).
type loadFn struct {
	Load         LoadConfig `json:"load"`
	Manifest     []byte     `json:"manifest,omitempty"`
	ManifestView string     `json:"manifest_view,omitempty"`
}

// ProcessElement reads the file through Beam's file systems and loads it
// with the corpus loader's own rules, on a view holding just this file
// (at its place in the folder, for its outlet folder) and the manifest.
// It emits the articles, near-duplicates and all, and the problems (one
// line each, as the local command prints them).
func (f *loadFn) ProcessElement(ctx context.Context, t fileTask, emitArticle func(string, []byte), emitProblem func(string)) {
	data, err := readLimited(ctx, t.Path, f.Load.MaxBytes)
	if err != nil {
		emitProblem(corpus.Problem{Path: t.Path, Err: err}.Error())
		return
	}
	view := fstest.MapFS{t.View: &fstest.MapFile{Data: data, Mode: 0o444, ModTime: time.Unix(0, 0)}}
	if f.ManifestView != "" {
		view[f.ManifestView] = &fstest.MapFile{Data: f.Manifest, Mode: 0o444}
	}
	// Copies are folded across the whole corpus in the grouping stage
	// (corpus.FoldArticles), not file by file.
	opt := f.Load.options()
	opt.KeepDuplicates = true
	res, err := corpus.LoadFS(view, ".", opt)
	if err != nil {
		emitProblem(corpus.Problem{Path: t.Path, Err: err}.Error())
		return
	}
	for _, p := range res.Problems {
		if p.Path == f.ManifestView {
			continue // the manifest's problems are reported once, by Build
		}
		p.Path = realPath(p.Path, t)
		emitProblem(p.Error())
	}
	for i, a := range res.Articles {
		a.Source = realPath(a.Source, t)
		for j := range a.Sources {
			a.Sources[j] = realPath(a.Sources[j], t)
		}
		js, err := json.Marshal(a)
		if err != nil {
			emitProblem(corpus.Problem{Path: t.Path, Err: err}.Error())
			continue
		}
		emitArticle(articleKey(t.Order, i), js)
	}
}

// realPath turns a name in a file's view ("embedded:sub/a.json#3") back
// into the path it was read from ("DIR/sub/a.json#3").
func realPath(name string, t fileTask) string {
	rest := strings.TrimPrefix(name, viewPrefix)
	if rest == t.View || strings.HasPrefix(rest, t.View+"#") {
		return text.SanitizeLine(t.Path + strings.TrimPrefix(rest, t.View))
	}
	return name
}

func articleKey(file, record int) string { return fmt.Sprintf("%010d/%08d", file, record) }

// readLimited reads a file whole, but never more than one byte past the
// size limit, which the loader then refuses with its own message.
func readLimited(ctx context.Context, name string, max int64) ([]byte, error) {
	if max <= 0 {
		max = corpus.DefaultMaxBytes
	}
	fsys, err := filesystem.New(ctx, name)
	if err != nil {
		return nil, err
	}
	defer fsys.Close()
	r, err := fsys.OpenRead(ctx, name)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	var b bytes.Buffer
	_, err = b.ReadFrom(io.LimitReader(r, max+1))
	return b.Bytes(), err
}

// summary is an article with the key that orders it in the corpus.
type summary struct {
	Key     string          `json:"key"`
	Article *corpus.Article `json:"article"`
}

// summarize keeps what folding and grouping read of an article (all but
// its sentences and quotations) under one key, so every summary meets on
// one worker.
func summarize(key string, js []byte, emit func(int, []byte)) {
	var a corpus.Article
	if err := json.Unmarshal(js, &a); err != nil {
		panic(fmt.Sprintf("article %s does not decode: %v", key, err))
	}
	a.Sentences, a.Quotes = nil, nil
	out, err := json.Marshal(summary{Key: key, Article: &a})
	if err != nil {
		panic(err)
	}
	emit(0, out)
}

// groupFn folds the whole corpus's near-duplicates (unless Fold is off)
// and groups it into stories, as the local command does, and assigns each
// member of a comparable story to it and every other article to a story of
// its own. A copy folded into another gets no story, so it is dropped.
type groupFn struct {
	Fold bool `json:"fold"`
}

// ProcessElement runs once, on every summary of the corpus. Besides the
// assignments it emits the article count, the number of copies folded,
// and, under its first copy's key, each folded group's merged article.
func (g *groupFn) ProcessElement(_ int, iter func(*[]byte) bool, assign func(string, int), count, folded func(int), merged func(string, []byte)) {
	var sums []summary
	var js []byte
	for iter(&js) {
		var s summary
		if err := json.Unmarshal(js, &s); err != nil {
			panic(fmt.Sprintf("a story summary does not decode: %v", err))
		}
		sums = append(sums, s)
	}
	// Grouping depends on the articles' order: restore the loader's.
	sort.Slice(sums, func(i, j int) bool { return sums[i].Key < sums[j].Key })
	arts := make([]*corpus.Article, len(sums))
	for i, s := range sums {
		arts[i] = s.Article
	}
	if g.Fold {
		sums, arts = foldSummaries(sums, arts, folded, merged)
	}
	count(len(arts))
	inStory := make([]bool, len(arts))
	for n, st := range corpus.GroupStories(arts, 0).Comparable() {
		for _, m := range st.Members {
			assign(sums[m].Key, n)
			inStory[m] = true
		}
	}
	// An article in no comparable story is counted on its own, as the
	// local command counts it (framing.Profile.AddArticle): it goes on as
	// a "story" of its own, numbered below zero.
	for i, in := range inStory {
		if !in {
			assign(sums[i].Key, -1-i)
		}
	}
}

// foldSummaries folds near-duplicates across the corpus and keeps one
// summary per article left, a folded group's merged article in place of
// its first copy; it emits the count folded and each merged article.
func foldSummaries(sums []summary, arts []*corpus.Article, folded func(int), emitMerged func(string, []byte)) ([]summary, []*corpus.Article) {
	into, merged, n := corpus.FoldArticles(arts)
	if n == 0 {
		return sums, arts
	}
	folded(n)
	var keptSums []summary
	var kept []*corpus.Article
	for i, s := range sums {
		if into[i] != i {
			continue
		}
		if m := merged[i]; m != nil {
			js, err := json.Marshal(m)
			if err != nil {
				panic(err)
			}
			emitMerged(s.Key, js)
			s.Article = m
		}
		keptSums = append(keptSums, s)
		kept = append(kept, s.Article)
	}
	return keptSums, kept
}

// joinStory sends an article that belongs to a story on to the story's
// comparison, with its key, which orders the story's members; a folded
// group's merged article stands in for its first copy as loaded.
func joinStory(key string, arts, merged func(*[]byte) bool, stories func(*int) bool, emit func(int, []byte)) {
	var js []byte
	if !arts(&js) {
		return
	}
	var m []byte
	if merged(&m) {
		js = m
	}
	var story int
	for stories(&story) {
		out, err := json.Marshal(struct {
			Key     string          `json:"key"`
			Article json.RawMessage `json:"article"`
		}{key, js})
		if err != nil {
			panic(err)
		}
		emit(story, out)
	}
}

// compareFn compares one story's articles into a one-story profile.
type compareFn struct {
	Lexicons    []string `json:"lexicons,omitempty"`
	WithDefault bool     `json:"with_default"`
	set         *lexicon.Set
}

// Setup compiles the lexicon once per worker.
func (c *compareFn) Setup() error {
	set, err := compileLexicon(c.Lexicons, c.WithDefault)
	c.set = set
	return err
}

// ProcessElement compares the members of one story, in corpus order, or
// counts an article in no story (a story number below zero).
func (c *compareFn) ProcessElement(story int, iter func(*[]byte) bool) (*framing.Profile, error) {
	var members []summary
	var js []byte
	for iter(&js) {
		var m summary
		if err := json.Unmarshal(js, &m); err != nil {
			return nil, fmt.Errorf("a story's article does not decode: %w", err)
		}
		members = append(members, m)
	}
	sort.Slice(members, func(i, j int) bool { return members[i].Key < members[j].Key })
	arts := make([]*corpus.Article, len(members))
	for i, m := range members {
		arts[i] = m.Article
	}
	p := framing.NewProfile()
	if story < 0 {
		for _, a := range arts {
			p.AddArticle(framing.Analyze(a, c.set))
		}
		return p, nil
	}
	p.AddStory(arts, c.set)
	return p, nil
}

// mergeProfiles adds profiles of disjoint stories into one.
type mergeProfiles struct{}

// CreateAccumulator starts from an empty profile.
func (*mergeProfiles) CreateAccumulator() *framing.Profile { return framing.NewProfile() }

// AddInput merges one story's profile.
func (*mergeProfiles) AddInput(acc, p *framing.Profile) *framing.Profile {
	acc.Merge(p)
	return acc
}

// MergeAccumulators merges the partial sums of two workers.
func (*mergeProfiles) MergeAccumulators(a, b *framing.Profile) *framing.Profile {
	a.Merge(b)
	return a
}

// ExtractOutput is the merged profile.
func (*mergeProfiles) ExtractOutput(acc *framing.Profile) *framing.Profile { return acc }

func encodeProfile(p *framing.Profile) ([]byte, error) { return json.Marshal(p) }

func decodeProfile(b []byte) (*framing.Profile, error) {
	p := framing.NewProfile()
	err := json.Unmarshal(b, p)
	return p, err
}
