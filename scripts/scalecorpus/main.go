// Command scalecorpus writes a large test corpus made from a folder of
// Article-Bias-Prediction JSON files (see internal/scalecorpus):
//
//	go run ./scripts/scalecorpus -copies 44 -o /tmp/abp-x44 ../shared/eval/abp-middle-east
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/framediff/framediff/internal/scalecorpus"
)

func main() {
	copies := flag.Int("copies", 4, "how many copies of the corpus to write")
	out := flag.String("o", "", "output folder (created)")
	flag.Parse()
	if *out == "" || flag.NArg() != 1 || *copies < 1 {
		fmt.Fprintln(os.Stderr, "usage: scalecorpus -copies N -o OUT ABP-FOLDER")
		os.Exit(2)
	}
	n, err := scalecorpus.Write(flag.Arg(0), *out, *copies)
	if err != nil {
		fmt.Fprintln(os.Stderr, "scalecorpus:", err)
		os.Exit(1)
	}
	fmt.Printf("wrote %d files to %s\n", n, *out)
}
