// Command loadedpack writes lexicon/packs/loaded.toml, framediff's general
// loaded-language pack, from pinned, permissively licensed word lists:
// VADER's rated lexicon, WordNet 3.1 (parts of speech, sense counts,
// synonyms, the "disparagement" and "ethnic slur" usage domains), the
// words/* hedge and weasel lists and cuss's profanity ratings. The choices
// that are judgement rather than data (routine news words, sense-ambiguous
// words and their contexts) are in curation.toml beside this file.
//
// The pack's compact form (loaded.compact), which framediff embeds and
// reads at start-up, is written from the TOML by `go generate ./lexicon`,
// as every pack's is; regen.sh runs it after this program.
//
// Usage: scripts/loadedpack/regen.sh, or with the tarballs `npm pack`
// wrote in DIR: go run ./scripts/loadedpack -src DIR, then go generate
// ./lexicon. The output is byte-identical on every run with the same
// inputs.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
)

func main() {
	src := flag.String("src", "", "folder holding the npm pack tarballs of the pinned sources")
	curation := flag.String("curation", "scripts/loadedpack/curation.toml", "the curation file")
	out := flag.String("o", "lexicon/packs/loaded.toml", "pack file to write")
	flag.Parse()
	if err := run(*src, *curation, *out, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "loadedpack:", err)
		os.Exit(1)
	}
}

func run(src, curationPath, out string, report io.Writer) error {
	if src == "" {
		return fmt.Errorf("the flag -src is required (a folder with the tarballs; scripts/loadedpack/regen.sh makes one)")
	}
	files := map[string]map[string][]byte{}
	for _, s := range sources {
		f, err := readSource(src, s)
		if err != nil {
			return err
		}
		files[s.name] = f
	}
	cur, err := readCuration(curationPath)
	if err != nil {
		return err
	}
	entries, stats, err := build(files, cur)
	if err != nil {
		return err
	}
	data := render(entries)
	if err := os.WriteFile(out, data, 0o644); err != nil {
		return fmt.Errorf("writing the pack: %w", err)
	}
	fmt.Fprintf(report, "wrote %s: %d entries\n", out, len(entries))
	for _, line := range stats {
		fmt.Fprintln(report, line)
	}
	return nil
}
