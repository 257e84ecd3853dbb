// Command framediff-beam writes the corpus profile of `framediff stories
// --profile --format json` with an Apache Beam pipeline, on prism (Beam's
// local runner, the default) or on Flink, Spark or Dataflow with Beam's
// runner flags. See beam/README.md.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/framediff/framediff/beam/pipeline"
	"github.com/framediff/framediff/corpus"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintf(os.Stderr, "framediff-beam: %v\n", err)
		os.Exit(1)
	}
}

func run() error {
	var cfg pipeline.Config
	var lexicons, fields, aliases string
	flag.StringVar(&cfg.Input, "input", "", "folder of articles, read as `framediff stories --profile DIR` reads it")
	flag.StringVar(&cfg.JSONL, "jsonl", "", "glob of JSONL/JSON/CSV record shards (any Beam file system: gs://bucket/part-*.jsonl)")
	flag.StringVar(&cfg.Output, "output", "", "profile JSON file to write (a path or gs://...)")
	flag.StringVar(&cfg.Load.Outlet, "outlet", "", "outlet of every input file")
	flag.StringVar(&cfg.Load.Language, "language", "", "language of every input (english, spanish, ...)")
	flag.Int64Var(&cfg.Load.MaxBytes, "max-size", corpus.DefaultMaxBytes, "largest input file to read, in bytes")
	flag.BoolVar(&cfg.Load.KeepDuplicates, "keep-duplicates", false, "do not fold near-identical copies of an article into one")
	flag.StringVar(&aliases, "aliases", "", "CSV alias map (alias,outlet) merging outlet names")
	flag.StringVar(&fields, "field", "", "map JSON/CSV record keys to article fields, e.g. text=maincol,outlet=media")
	flag.StringVar(&lexicons, "lexicon", "", "extra rule files or folders (TOML), comma-separated; every worker reads them")
	flag.BoolVar(&cfg.NoDefaultLexicon, "no-default-lexicon", false, "use only the --lexicon files")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "Usage: framediff-beam (--input DIR | --jsonl GLOB) --output FILE [--runner prism|flink|spark|dataflow ...]\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	beam.Init()

	if lexicons != "" {
		cfg.Lexicons = strings.Split(lexicons, ",")
	}
	if fields != "" {
		cfg.Load.Fields = map[string]string{}
		for _, kv := range strings.Split(fields, ",") {
			k, v, ok := strings.Cut(kv, "=")
			if !ok {
				return fmt.Errorf("--field %q is not FIELD=KEY", kv)
			}
			cfg.Load.Fields[k] = v
		}
	}
	if aliases != "" {
		m, err := corpus.ReadAliases(aliases)
		if err != nil {
			return err
		}
		cfg.Load.Aliases = m
	}

	// Beam's loopback mode (prism's default) leaves an empty
	// beamloopbackworker-* file in the temp folder on every run (the TODO
	// of apache/beam#27569 in runnerlib/execute.go): a private temp folder,
	// removed when the run ends, keeps the user's clean.
	if tmp, err := os.MkdirTemp("", "framediff-beam-"); err == nil {
		defer os.RemoveAll(tmp)
		os.Setenv("TMPDIR", tmp)
	}

	ctx := context.Background()
	p, s := beam.NewPipelineWithRoot()
	if err := pipeline.Build(ctx, s, cfg); err != nil {
		return err
	}
	if err := beamx.Run(ctx, p); err != nil {
		return fmt.Errorf("the pipeline failed: %w", err)
	}
	return nil
}
