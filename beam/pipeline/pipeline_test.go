package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
	"github.com/framediff/framediff/report"
)

// TestMain runs the pipelines on prism, Beam's local runner, unless
// --runner names another.
func TestMain(m *testing.M) { ptest.MainWithDefault(m, "prism") }

// abpDir is the Article-Bias-Prediction Middle East slice (859 articles),
// kept beside a development checkout, never inside the repository.
const abpDir = "../../../shared/eval/abp-middle-east"

// TestPipelineEqualsLocalProfile runs the pipeline and checks its profile
// JSON byte for byte against what `framediff stories --profile --format
// json` computes with the library on one machine.
func TestPipelineEqualsLocalProfile(t *testing.T) {
	tests := []struct {
		name string
		dir  string
		load LoadConfig
		// minStories guards against two equal empty profiles.
		minStories int
	}{
		{"made-up folder: outlet folders, manifest, JSONL records", "testdata/corpus", LoadConfig{}, 2},
		{"made-up folder, flags: duplicates kept, outlet aliased", "testdata/corpus",
			LoadConfig{KeepDuplicates: true, Aliases: map[string]string{"metro daily": "Metro Daily Online"}}, 2},
		{"made-up folder with an empty and a binary file, which are skipped", withBadFiles(t), LoadConfig{}, 2},
		{"one outlet: no story to compare, its articles counted alone", "testdata/corpus/Harbour Herald", LoadConfig{}, 0},
		{"abp-middle-east, 859 articles", abpDir, LoadConfig{}, 60},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := os.Stat(tc.dir); err != nil {
				t.Fatalf("this test needs %s (the eval data sits beside the checkout): %v", tc.dir, err)
			}
			out := filepath.Join(t.TempDir(), "profile.json")
			p, s := beam.NewPipelineWithRoot()
			cfg := Config{Input: tc.dir, Output: out, Load: tc.load}
			if err := Build(context.Background(), s, cfg); err != nil {
				t.Fatal(err)
			}
			if err := runOnPrism(t, p); err != nil {
				t.Fatalf("the pipeline failed: %v", err)
			}
			got, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			want, stories := localProfile(t, tc.dir, tc.load)
			if stories < tc.minStories {
				t.Fatalf("the local profile has %d stories, want at least %d: the fixture no longer tests much", stories, tc.minStories)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("the pipeline's profile differs from the local one\n%s", firstDifference(got, want))
			}
			var prof struct {
				Profile struct {
					Outlets map[string]struct {
						Alone int `json:"articles_in_no_story"`
					} `json:"outlets"`
				} `json:"profile"`
			}
			if err := json.Unmarshal(want, &prof); err != nil {
				t.Fatal(err)
			}
			alone := 0
			for _, o := range prof.Profile.Outlets {
				alone += o.Alone
			}
			if alone == 0 {
				t.Error("no article in no story was counted: the fixture no longer tests counting them alone")
			}
		})
	}
}

// withBadFiles is a copy of the made-up folder with two inputs the
// loader skips and names: the run goes on, and both profiles count them.
func withBadFiles(t *testing.T) string {
	dir := filepath.Join(t.TempDir(), "corpus")
	if err := os.CopyFS(dir, os.DirFS("testdata/corpus")); err != nil {
		t.Fatal(err)
	}
	bad := map[string][]byte{"empty.txt": nil, "Valley Gazette/photo.txt": {0x89, 'P', 'N', 'G', 0, 0, 0, 0}}
	for name, data := range bad {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestPipelineReadsRecordShards checks --jsonl: a glob of record files
// gives the profile of the same files named on the local command line.
func TestPipelineReadsRecordShards(t *testing.T) {
	dir := t.TempDir()
	src, err := os.ReadFile("testdata/corpus/records.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(strings.TrimSpace(string(src)), "\n")
	// The same budget story in two more outlets, one shard each, so the
	// shards hold a comparable story between them.
	extra := []string{
		strings.ReplaceAll(lines[0], "Metro Daily", "Evening Post"),
		strings.ReplaceAll(strings.ReplaceAll(lines[0], "Metro Daily", "Northern Star"), "shameful", "sad"),
	}
	var shards []string
	for i, content := range append(lines, extra...) {
		p := filepath.Join(dir, "part-"+string(rune('a'+i))+".jsonl")
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		shards = append(shards, p)
	}
	out := filepath.Join(dir, "profile.json")
	p, s := beam.NewPipelineWithRoot()
	if err := Build(context.Background(), s, Config{JSONL: filepath.Join(dir, "part-*.jsonl"), Output: out}); err != nil {
		t.Fatal(err)
	}
	if err := runOnPrism(t, p); err != nil {
		t.Fatalf("the pipeline failed: %v", err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, stories := localProfileOf(t, shards, strings.Join(shards, ", "), LoadConfig{})
	if stories < 1 {
		t.Fatalf("the shards hold no comparable story")
	}
	if !bytes.Equal(got, want) {
		t.Errorf("the pipeline's profile differs from the local one\n%s", firstDifference(got, want))
	}
}

// runOnPrism runs a pipeline with the test's own temp folder as TMPDIR:
// Beam's loopback mode leaves an empty beamloopbackworker-* file in the
// temp folder on every run (the TODO of apache/beam#27569 in
// runnerlib/execute.go), which would otherwise pile up in /tmp.
func runOnPrism(t *testing.T, p *beam.Pipeline) error {
	t.Setenv("TMPDIR", t.TempDir())
	return ptest.Run(p)
}

// localProfile is `framediff stories --profile --format json DIR`, made
// with the library as stories_cmd.go makes it.
func localProfile(t *testing.T, dir string, load LoadConfig) ([]byte, int) {
	return localProfileOf(t, []string{dir}, dir, load)
}

func localProfileOf(t *testing.T, paths []string, what string, load LoadConfig) ([]byte, int) {
	t.Helper()
	res, err := corpus.Load(paths, load.options())
	if err != nil {
		t.Fatal(err)
	}
	set, err := compileLexicon(nil, true)
	if err != nil {
		t.Fatal(err)
	}
	lexDesc, err := lexiconDescription(nil, true)
	if err != nil {
		t.Fatal(err)
	}
	groups := corpus.GroupStories(res.Articles, 0).Comparable()
	prof := framing.ProfileStories(corpus.Articles(res.Articles), groups, set)
	var b bytes.Buffer
	in := report.ProfileInput{Profile: prof, Corpus: what + ": " + res.Summary(), Lexicon: lexDesc}
	if err := report.WriteProfile(&b, in, "json"); err != nil {
		t.Fatal(err)
	}
	return b.Bytes(), prof.Stories
}

// firstDifference shows the first line where two JSON documents differ.
func firstDifference(got, want []byte) string {
	g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := range min(len(g), len(w)) {
		if g[i] != w[i] {
			return fmt.Sprintf("line %d:\n pipeline: %s\n local:    %s", i+1, g[i], w[i])
		}
	}
	return fmt.Sprintf("one is a prefix of the other (%d lines against %d)", len(g), len(w))
}

// TestBuildRefuses checks that what can be known before a run fails
// before it, with a message that says what to give.
func TestBuildRefuses(t *testing.T) {
	tests := []struct {
		name string
		cfg  Config
		want string
	}{
		{"no input", Config{Output: "p.json"}, "give either --input DIR or --jsonl GLOB"},
		{"two inputs", Config{Input: "testdata/corpus", JSONL: "*.jsonl", Output: "p.json"}, "give either --input DIR or --jsonl GLOB"},
		{"no output", Config{Input: "testdata/corpus"}, "give --output FILE"},
		{"missing folder", Config{Input: "testdata/no-such-folder", Output: "p.json"}, "cannot read the input folder testdata/no-such-folder: no such file or directory"},
		{"a file, not a folder", Config{Input: "testdata/corpus/records.jsonl", Output: "p.json"}, "is not a folder"},
		{"no shard matches", Config{JSONL: "testdata/corpus/*.parquet", Output: "p.json"}, "no files match"},
		{"no lexicon", Config{Input: "testdata/corpus", Output: "p.json", NoDefaultLexicon: true}, "no rule files"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, s := beam.NewPipelineWithRoot()
			err := Build(context.Background(), s, tc.cfg)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Build(%+v) = %v, want an error containing %q", tc.cfg, err, tc.want)
			}
		})
	}
}
