package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strconv"
	"strings"
)

// wordNet is the part of WordNet the pack uses: for each lemma and part of
// speech its synsets (most frequent sense first) and how often its senses
// were tagged in the SemCor corpus, and each synset's words, lexicographer
// file and pointers.
type wordNet struct {
	lemmas  map[string]map[string]*lemmaInfo // lemma -> pos -> info
	synsets map[string]*synset               // "pos:offset" -> synset
}

type lemmaInfo struct {
	synsets []string // keys into wordNet.synsets, most frequent first
	tagged  int      // senses tagged in SemCor: a rough frequency
}

type synset struct {
	key     string
	lexfile int
	words   []string
	ptrs    []pointer
	gloss   string // the definition, without the quoted examples
}

type pointer struct {
	symbol, target string // target is a synset key
}

// posNames maps WordNet's file suffixes and pos letters to the pack's names.
var posNames = map[string]string{"adj": "adj", "adv": "adv", "noun": "noun", "verb": "verb",
	"a": "adj", "s": "adj", "r": "adv", "n": "noun", "v": "verb"}

// Lexicographer files the pack looks at (WordNet's lexnames numbering).
const (
	lexAdjAll            = 0
	lexAdjPert           = 1
	lexNounAttribute     = 7
	lexNounCognition     = 9
	lexNounCommunication = 10
	lexNounFeeling       = 12
	lexNounPerson        = 18
	lexVerbCommunication = 32
	lexVerbEmotion       = 37
	lexVerbSocial        = 41
)

// parseWordNet reads index.* and data.* of the four parts of speech.
func parseWordNet(files map[string][]byte) (*wordNet, error) {
	wn := &wordNet{lemmas: map[string]map[string]*lemmaInfo{}, synsets: map[string]*synset{}}
	for _, p := range []string{"adj", "adv", "noun", "verb"} {
		pos := posNames[p]
		sc := bufio.NewScanner(bytes.NewReader(files["package/dict/index."+p]))
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			line := sc.Text()
			if line == "" || line[0] == ' ' {
				continue // the licence header
			}
			f := strings.Fields(line)
			if len(f) < 4 {
				return nil, fmt.Errorf("index.%s: short line %q", p, line)
			}
			nSyn, err1 := strconv.Atoi(f[2])
			nPtr, err2 := strconv.Atoi(f[3])
			if err1 != nil || err2 != nil || nSyn < 0 || nPtr < 0 || 4+nPtr > len(f) {
				return nil, fmt.Errorf("index.%s: malformed line %q", p, line)
			}
			rest := f[4+nPtr:]
			if len(rest) < 2+nSyn {
				return nil, fmt.Errorf("index.%s: short line %q", p, line)
			}
			tagged, _ := strconv.Atoi(rest[1])
			li := &lemmaInfo{tagged: tagged}
			for _, off := range rest[2 : 2+nSyn] {
				li.synsets = append(li.synsets, pos+":"+off)
			}
			lemma := strings.ReplaceAll(f[0], "_", " ")
			if wn.lemmas[lemma] == nil {
				wn.lemmas[lemma] = map[string]*lemmaInfo{}
			}
			wn.lemmas[lemma][pos] = li
		}
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("index.%s: %w", p, err)
		}
		sc = bufio.NewScanner(bytes.NewReader(files["package/dict/data."+p]))
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			line := sc.Text()
			if line == "" || line[0] == ' ' {
				continue
			}
			body, gloss, _ := strings.Cut(line, " | ")
			f := strings.Fields(body)
			if len(f) < 4 {
				return nil, fmt.Errorf("data.%s: short line %q", p, line)
			}
			lexfile, _ := strconv.Atoi(f[1])
			nWords, _ := strconv.ParseInt(f[3], 16, 32)
			if i := strings.IndexByte(gloss, '"'); i >= 0 {
				gloss = gloss[:i]
			}
			s := &synset{key: pos + ":" + f[0], lexfile: lexfile, gloss: strings.TrimSpace(gloss)}
			i := 4
			for k := 0; k < int(nWords) && i+1 < len(f); k++ {
				w := f[i]
				if j := strings.IndexByte(w, '('); j > 0 {
					w = w[:j] // adjective markers: (a), (p), (ip)
				}
				if strings.ToLower(w) == w { // names ("Cather", "Hepburn") are no loaded words
					s.words = append(s.words, strings.ReplaceAll(w, "_", " "))
				}
				i += 2
			}
			if i < len(f) {
				nPtr, _ := strconv.Atoi(f[i])
				i++
				for k := 0; k < nPtr && i+3 < len(f); k++ {
					s.ptrs = append(s.ptrs, pointer{symbol: f[i], target: posNames[f[i+2]] + ":" + f[i+1]})
					i += 4
				}
			}
			wn.synsets[s.key] = s
		}
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("data.%s: %w", p, err)
		}
	}
	return wn, nil
}

// dominantPOS is the part of speech a word is most often used in: the one
// whose senses were tagged most often in SemCor, then the one with more
// senses; "" when WordNet does not list the word.
func (wn *wordNet) dominantPOS(word string) string {
	best, bestTagged, bestSenses := "", -1, -1
	for _, pos := range []string{"adj", "adv", "noun", "verb"} {
		li := wn.lemmas[word][pos]
		if li == nil {
			continue
		}
		if li.tagged > bestTagged || li.tagged == bestTagged && len(li.synsets) > bestSenses {
			best, bestTagged, bestSenses = pos, li.tagged, len(li.synsets)
		}
	}
	return best
}

// senses counts a word's senses over every part of speech.
func (wn *wordNet) senses(word string) int {
	n := 0
	for _, li := range wn.lemmas[word] {
		n += len(li.synsets)
	}
	return n
}

// tagged is how often a word's senses in one part of speech were tagged.
func (wn *wordNet) tagged(word, pos string) int {
	if li := wn.lemmas[word][pos]; li != nil {
		return li.tagged
	}
	return 0
}

// firstSynset is the most frequent sense of a word in a part of speech.
func (wn *wordNet) firstSynset(word, pos string) *synset {
	li := wn.lemmas[word][pos]
	if li == nil || len(li.synsets) == 0 {
		return nil
	}
	return wn.synsets[li.synsets[0]]
}

// usageMembers are the words of every synset whose usage domain (";u") is
// the synset named by one of its words and part of speech: the domain
// "disparagement" holds disparaging words, "ethnic slur" the slurs.
func (wn *wordNet) usageMembers(domainWord string) []string {
	var domains []string
	if li := wn.lemmas[domainWord]["noun"]; li != nil {
		domains = li.synsets
	}
	var out []string
	for _, s := range wn.synsets {
		for _, p := range s.ptrs {
			if p.symbol != ";u" {
				continue
			}
			for _, d := range domains {
				if p.target == d {
					out = append(out, s.words...)
				}
			}
		}
	}
	return out
}

// knows reports whether WordNet lists a word form as a lemma of its own
// with a sense tagged in SemCor: an inflected form that is also such a
// word ("bound", "stole") would bring that word's senses along.
func (wn *wordNet) knows(w string) bool {
	for pos := range wn.lemmas[w] {
		if wn.tagged(w, pos) > 0 {
			return true
		}
	}
	return false
}
