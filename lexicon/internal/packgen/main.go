// Command packgen writes the compact form of every embedded rule pack
// beside its TOML (packs/NAME.compact): the rules already decoded and
// checked, which framediff reads at start-up instead of decoding TOML.
// The TOML stays the file people read and edit; after editing one, run
//
//	go generate ./lexicon
//
// (a test fails until the compact forms match their TOML again, and until
// then framediff reads the edited TOML itself).
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/framediff/framediff/lexicon"
)

func main() {
	dir := flag.String("dir", "packs", "folder of the embedded packs")
	flag.Parse()
	if err := run(*dir); err != nil {
		fmt.Fprintln(os.Stderr, "packgen:", err)
		os.Exit(1)
	}
}

// run writes the compact form of each pack in dir whose form is missing
// or says something else than its TOML.
func run(dir string) error {
	paths, err := filepath.Glob(filepath.Join(dir, "*.toml"))
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		return fmt.Errorf("%s: no packs (*.toml) found", dir)
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		f, err := lexicon.ParseFile(p, data)
		if err != nil {
			return fmt.Errorf("the pack does not parse, so it gets no compact form:\n%w", err)
		}
		var b bytes.Buffer
		if err := lexicon.WriteCompact(&b, f, data); err != nil {
			return err
		}
		out := strings.TrimSuffix(p, ".toml") + ".compact"
		if old, err := os.ReadFile(out); err == nil && bytes.Equal(old, b.Bytes()) {
			continue
		}
		if err := os.WriteFile(out, b.Bytes(), 0o644); err != nil {
			return err
		}
		fmt.Printf("wrote %s\n", out)
	}
	return nil
}
