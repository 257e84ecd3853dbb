package main

import (
	"bufio"
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Lexicographer files and the verb frame the selection keeps.
const (
	lexCognition     = 31
	lexCommunication = 32
	frameThatClause  = 26 // "Somebody ----s that CLAUSE"
	// maxRank is how far down a verb's senses (most frequent first) the
	// that-clause sense may be: further down it is a rare use of a verb
	// news mostly uses otherwise ("find", "hold", "make", "provide").
	maxRank = 2
)

// excluded are lemmas that pass the test on the data but whose that-clause
// sense is rare in news: each is mostly a noun or another verb, and "X set
// that ..." is not speech.
var excluded = map[string]bool{
	"set": true, "gas": true, "pipe": true, "plain": true, "swan": true, "bare": true, "will": true, "snap": true, "wire": true,
	"cable": true, "bark": true, "sham": true, "siss": true, "sizz": true, "crow": true, "gnarl": true,
}

// A lemma is one selected verb and the lexicographer file of its sense.
type lemma struct {
	word string
	lex  int
}

// selectLemmas reads index.verb (each lemma's synsets, most frequent
// first) and data.verb (each synset's words, lexicographer file and
// frames) and returns the selected lemmas, sorted.
func selectLemmas(index, data []byte) ([]lemma, error) {
	thatSynsets, err := parseData(data)
	if err != nil {
		return nil, err
	}
	var out []lemma
	sc := bufio.NewScanner(bytes.NewReader(index))
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.HasPrefix(line, " ") || line == "" {
			continue // the licence header
		}
		f := strings.Fields(line)
		if len(f) < 4 {
			return nil, fmt.Errorf("index.verb:%d: %q has too few fields", n, line)
		}
		word := f[0]
		ptrs, err := strconv.Atoi(f[3])
		if err != nil || len(f) < 6+ptrs {
			return nil, fmt.Errorf("index.verb:%d: %q has no pointer count", n, line)
		}
		if strings.ContainsAny(word, "_-.'") || excluded[word] {
			continue
		}
		for rank, off := range f[6+ptrs:] {
			if rank >= maxRank {
				break
			}
			if lex, ok := thatSynsets[off][word]; ok {
				out = append(out, lemma{word, lex})
				break
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading index.verb: %w", err)
	}
	slices.SortFunc(out, func(a, b lemma) int { return strings.Compare(a.word, b.word) })
	return out, nil
}

// parseData returns, for each synset of verb.cognition and
// verb.communication, the words (lower case) that take a that-clause in
// it, with the synset's lexicographer file.
func parseData(data []byte) (map[string]map[string]int, error) {
	out := map[string]map[string]int{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.HasPrefix(line, " ") || line == "" {
			continue
		}
		body, _, _ := strings.Cut(line, "|")
		f := strings.Fields(body)
		bad := func() error { return fmt.Errorf("data.verb:%d: %.60q is not a synset line", n, line) }
		if len(f) < 6 {
			return nil, bad()
		}
		lex, err1 := strconv.Atoi(f[1])
		wc, err2 := strconv.ParseInt(f[3], 16, 32)
		if err1 != nil || err2 != nil || len(f) < 5+2*int(wc) {
			return nil, bad()
		}
		if lex != lexCognition && lex != lexCommunication {
			continue
		}
		words := make([]string, wc)
		for i := range words {
			words[i] = strings.ToLower(f[4+2*i])
		}
		i := 4 + 2*int(wc)
		pc, err := strconv.Atoi(f[i])
		if err != nil {
			return nil, bad()
		}
		i += 1 + 4*pc
		if i >= len(f) {
			continue // no frames
		}
		fc, err := strconv.Atoi(f[i])
		if err != nil || len(f) < i+1+3*fc {
			return nil, bad()
		}
		for k := range fc {
			p := i + 1 + 3*k
			frame, err1 := strconv.Atoi(f[p+1])
			w, err2 := strconv.ParseInt(f[p+2], 16, 32)
			if f[p] != "+" || err1 != nil || err2 != nil || int(w) > len(words) {
				return nil, bad()
			}
			if frame != frameThatClause {
				continue
			}
			if out[f[0]] == nil {
				out[f[0]] = map[string]int{}
			}
			if w == 0 {
				for _, word := range words {
					out[f[0]][word] = lex
				}
			} else {
				out[f[0]][words[w-1]] = lex
			}
		}
	}
	return out, sc.Err()
}
