// Package hostilecorpus writes articles built to hit the worst case of one
// part of framediff's analysis or output each (no full stop, no spaces,
// thousands of distinct names, nested quotation marks), for the benchmarks
// that hold time and memory linear in the input. What it writes is made up
// and goes to temporary folders only.
package hostilecorpus

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Word spells n in letters, so that every n gives a distinct word
// that reads as a name rather than a number.
func Word(n int) string {
	syllables := []string{"ka", "lo", "mi", "ren", "to", "sa", "vi", "dor", "pe", "lan", "ti", "mor", "ge", "bra", "nu", "sel"}
	var w strings.Builder
	for x := n + len(syllables); x > 0; x /= len(syllables) {
		w.WriteString(syllables[x%len(syllables)])
	}
	return w.String()
}

// Name is Word capitalised.
func Name(n int) string {
	w := Word(n)
	return strings.ToUpper(w[:1]) + w[1:]
}

// Article is one hostile article: Write appends the body of an article of
// about size bytes, written to hit the worst case of one part of the
// analysis.
type Article struct {
	Name  string
	Write func(sb *strings.Builder, size int)
}

// Articles returns the hostile articles. The framing benchmarks compare
// each at 1 MB and 4 MB, where the time per byte must stay the same; the
// report benchmarks write a folder of them all.
func Articles() []Article {
	return []Article{
		{"DefiniteDescription", func(sb *strings.Builder, size int) {
			sb.WriteString("President Jane Roe said the talks would go on.\n\n")
			for n := 0; sb.Len() < size; n++ {
				fmt.Fprintf(sb, "The president said in update %d that the president would stay. President Jane Roe said so, and the president left.\n\n", n)
			}
		}},
		{"DistinctNames", func(sb *strings.Builder, size int) {
			for n := 0; sb.Len() < size; n++ {
				fmt.Fprintf(sb, "Minister %s %s told %s %s that the plan was wrong, and %s agreed.\n\n",
					Name(2*n), Name(2*n+1), Name(3*n+7), Name(5*n+3), Name(2*n+1))
			}
		}},
		{"NoFullStop", func(sb *strings.Builder, size int) {
			sb.WriteString("Officials said")
			for n := 0; sb.Len() < size; n++ {
				fmt.Fprintf(sb, " that the talks in %s would go on and the president said", Name(n))
			}
			sb.WriteString(".\n\n")
		}},
		{"NoSpaces", func(sb *strings.Builder, size int) {
			sb.WriteString("Officials said the talks would go on.\n\n")
			for n := 0; sb.Len() < size; n++ {
				sb.WriteString(Word(n))
			}
			sb.WriteString("\n\n")
		}},
		{"OpeningQuotes", func(sb *strings.Builder, size int) {
			for n := 0; sb.Len() < size; n++ {
				fmt.Fprintf(sb, "\u201cThe talks in %s would go on, the minister said \"and %s agreed ", Name(n), Name(n+1))
				if n%8 == 7 {
					sb.WriteString("\n\n")
				}
			}
		}},
		{"NestedQuotes", func(sb *strings.Builder, size int) {
			for n := 0; sb.Len() < size; n++ {
				fmt.Fprintf(sb, "He said \"she said 'they said \"we said '%s' in 'update %d' \" and' then\" so. ", Name(n), n)
				if n%8 == 7 {
					sb.WriteString("\n\n")
				}
			}
		}},
		{"AccordingTo", func(sb *strings.Builder, size int) {
			for n := 0; sb.Len() < size; n++ {
				fmt.Fprintf(sb, "According to %s %s, according to officials, the talks in update %d would go on according to the president. ",
					Name(2*n), Name(2*n+1), n)
				if n%4 == 3 {
					sb.WriteString("\n\n")
				}
			}
		}},
		{"CapitalisedRun", func(sb *strings.Builder, size int) {
			for n := 0; sb.Len() < size; n++ {
				if n%2000 == 0 {
					sb.WriteString("Officials said that ")
				}
				sb.WriteString(Name(n))
				sb.WriteByte(' ')
				if n%2000 == 1999 {
					// as many words again that the cleaner reads as prose
					sb.WriteString(strings.Repeat("and it was in the talks that they said it would go on ", 150) + "said.\n\n")
				}
			}
			sb.WriteString("would go on.\n\n")
		}},
		{"SetPhrasesNoStop", func(sb *strings.Builder, size int) {
			sb.WriteString("Officials said")
			for n := 0; sb.Len() < size; n++ {
				fmt.Fprintf(sb, " that President %s met President %s, and the three leaders agreed", Name(2*n), Name(2*n+1))
			}
			sb.WriteString(".\n\n")
		}},
		{"LongList", func(sb *strings.Builder, size int) {
			sb.WriteString("Officials said")
			for n := 0; sb.Len() < size/2; n++ {
				fmt.Fprintf(sb, " President %s,", Name(n))
			}
			sb.WriteString(" and President Jane Roe met")
			for n := 0; sb.Len() < size; n++ {
				fmt.Fprintf(sb, " and the leaders agreed in update %d", n)
			}
			sb.WriteString(".\n\n")
		}},
		{"PossessivesNoStop", func(sb *strings.Builder, size int) {
			sb.WriteString("Officials said")
			for n := 0; sb.Len() < size; n++ {
				fmt.Fprintf(sb, " that President %s of Canada met Iran's envoy and said his country and their nation agreed", Name(n))
			}
			sb.WriteString(".\n\n")
		}},
		{"QuotesNoStop", func(sb *strings.Builder, size int) {
			sb.WriteString("Officials said")
			for n := 0; sb.Len() < size; n++ {
				fmt.Fprintf(sb, " that \u201cthe talks in %s would go on,\u201d %s told reporters, according to the \"envoy\" and", Name(n), Name(n+1))
			}
			sb.WriteString(" so.\n\n")
		}},
		{"ManyHolders", func(sb *strings.Builder, size int) {
			for n := 0; sb.Len() < size; n++ {
				fmt.Fprintf(sb, "President %s %s met the FBI director in update %d, and the president said the US president would stay.\n\n", Name(2*n), Name(2*n+1), n)
			}
		}},
		{"OfficeHolders", func(sb *strings.Builder, size int) {
			// Untitled ministers in one paragraph: each reads its sentence
			// and the one before for a country, and the article's quotations.
			for n := 0; sb.Len() < size; n++ {
				fmt.Fprintf(sb, "Two of the dead were Norwegians, Minister of Health %s %s said, according to the U.S. hospital %s. ", Name(2*n), Name(2*n+1), Name(n+3))
			}
		}},
		{"Appositives", func(sb *strings.Builder, size int) {
			for n := 0; sb.Len() < size; n++ {
				fmt.Fprintf(sb, "%s %s, the minister of %s, said the talks would go on. The minister, %s %s, agreed.\n\n",
					Name(2*n), Name(2*n+1), Name(n+5), Name(2*n), Name(2*n+1))
			}
		}},
	}
}

// Outlets are the outlets WriteFolder spreads the hostile articles over.
func Outlets() []string {
	return []string{"The Test Post", "The Test Times", "The Test Herald"}
}

// WriteFolder writes n hostile articles, each of about size bytes, into
// dir: one folder per outlet, the articles (the hostile kinds in turn,
// from the first again after the last) dealt out to the outlets in turn.
// It returns how many bytes it wrote.
func WriteFolder(dir string, n, size int) (int, error) {
	outlets, articles := Outlets(), Articles()
	total := 0
	for k := range n {
		h, outlet := articles[k%len(articles)], outlets[k%len(outlets)]
		var sb strings.Builder
		fmt.Fprintf(&sb, "title: Talks go on, %s\noutlet: %s\ndate: 2023-01-04\n\n", h.Name, outlet)
		h.Write(&sb, size-4096)
		folder := filepath.Join(dir, outlet)
		if err := os.MkdirAll(folder, 0o755); err != nil {
			return total, fmt.Errorf("cannot write the hostile articles: %w", err)
		}
		name := fmt.Sprintf("%02d-%s.txt", k, h.Name)
		if err := os.WriteFile(filepath.Join(folder, name), []byte(sb.String()), 0o644); err != nil {
			return total, fmt.Errorf("cannot write the hostile articles: %w", err)
		}
		total += sb.Len()
	}
	return total, nil
}
