// Command loadedpack writes lexicon/packs/loaded.toml, framediff's general
// loaded-language pack, from pinned, permissively licensed word lists:
// VADER's rated lexicon, WordNet 3.1 (parts of speech, sense counts,
// synonyms, the "disparagement" and "ethnic slur" usage domains), the
// words/* hedge and weasel lists and cuss's profanity ratings. The choices
// that are judgement rather than data (routine news words, sense-ambiguous
// words and their contexts) are in curation.toml beside this file.
//
// Beside the pack it writes the pack's compact form (loaded.compact), the
// same rules already decoded, which framediff embeds and reads at start-up
// instead of decoding thousands of TOML tables; the TOML stays the source
// people read.
//
// Usage: scripts/loadedpack/regen.sh, or with the tarballs `npm pack`
// wrote in DIR: go run ./scripts/loadedpack -src DIR. The output is
// byte-identical on every run with the same inputs. (`go generate
// ./lexicon` rewrites the compact forms of all packs from their TOML.)
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/framediff/framediff/lexicon"
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
	return writeCompact(out, report)
}

// writeCompact writes the compact form of the pack at tomlPath beside it
// (NAME.compact), from the TOML as framediff's own parser reads it, so the
// two cannot say different things.
func writeCompact(tomlPath string, report io.Writer) error {
	data, err := os.ReadFile(tomlPath)
	if err != nil {
		return fmt.Errorf("reading the pack: %w", err)
	}
	f, err := lexicon.ParseFile(tomlPath, data)
	if err != nil {
		return fmt.Errorf("the pack does not parse:\n%w", err)
	}
	var b bytes.Buffer
	if err := lexicon.WriteCompact(&b, f, data); err != nil {
		return err
	}
	out := strings.TrimSuffix(tomlPath, ".toml") + ".compact"
	if err := os.WriteFile(out, b.Bytes(), 0o644); err != nil {
		return fmt.Errorf("writing the compact form: %w", err)
	}
	fmt.Fprintf(report, "wrote %s: %d bytes\n", out, b.Len())
	return nil
}
