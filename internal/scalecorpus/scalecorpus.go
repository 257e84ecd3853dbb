// Package scalecorpus makes a large test corpus from a folder of
// Article-Bias-Prediction JSON files (such as ../shared/eval/abp-middle-east),
// for measuring corpus-scale time and memory where the full 37,554-file
// corpus is not at hand. Copy k of every file has its date moved k*40 days
// on and a quarter of its words changed in a way fixed for that copy, so
// copies neither fold as near-duplicates nor join each other's stories,
// while each copy keeps the stories, lengths and word statistics of the
// original. The undated articles of the first copy stay undated; their
// other copies are dated (see Write). The output is research data derived from the input: keep it
// out of the repository.
package scalecorpus

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Write writes copies copies of every .json file of the folder in into
// the folder out (created), and returns how many files it wrote.
func Write(in, out string, copies int) (int, error) {
	files, err := filepath.Glob(filepath.Join(in, "*.json"))
	if err != nil || len(files) == 0 {
		return 0, fmt.Errorf("no .json files in %s", in)
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return 0, err
	}
	n := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return n, err
		}
		var rec map[string]any
		if err := json.Unmarshal(data, &rec); err != nil {
			return n, fmt.Errorf("%s: %w", f, err)
		}
		for k := range copies {
			c := make(map[string]any, len(rec))
			for key, v := range rec {
				s, ok := v.(string)
				switch {
				case !ok:
					c[key] = v
				case key == "date" && s == "" && k > 0:
					// Undated copies of one article would all join
					// one story (copies are alike, and an undated
					// article has no window): an artefact of copying,
					// so copies after the first are dated.
					c[key] = shiftDate("2016-01-01", k)
				case key == "date":
					c[key] = shiftDate(s, k)
				case key == "content" || key == "content_original" || key == "title":
					c[key] = perturb(s, k)
				default:
					c[key] = s
				}
			}
			id := fmt.Sprintf("%s-%02d", strings.TrimSuffix(filepath.Base(f), ".json"), k)
			c["ID"] = id
			b, err := json.Marshal(c)
			if err != nil {
				return n, err
			}
			if err := os.WriteFile(filepath.Join(out, id+".json"), b, 0o644); err != nil {
				return n, err
			}
			n++
		}
	}
	return n, nil
}

func shiftDate(s string, k int) string {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return s
	}
	return t.AddDate(0, 0, 40*k).Format("2006-01-02")
}

// perturb changes about a quarter of the words, by a rule fixed for copy
// k, so the same word changes the same way throughout one copy.
func perturb(s string, k int) string {
	if k == 0 {
		return s
	}
	words := strings.Split(s, " ")
	for i, w := range words {
		h := fnv.New32a()
		fmt.Fprintf(h, "%d\x00%s", k, strings.ToLower(w))
		if h.Sum32()%4 == 0 && len(w) > 2 {
			words[i] = w + fmt.Sprintf("q%d", k)
		}
	}
	return strings.Join(words, " ")
}
