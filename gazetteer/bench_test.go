package gazetteer

import (
	"strings"
	"testing"

	"github.com/framediff/framediff/text"
)

// BenchmarkLoadDefault is the cost of the first Default() call: parsing
// both embedded tables and building the trie.
func BenchmarkLoadDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := loadDefault(); err != nil {
			b.Fatal(err)
		}
	}
}

// articleSentences are written for the benchmark in the style of the news
// framediff reads: names of every kind among ordinary words.
var articleSentences = []string{
	"Iran's foreign ministry spokesman Nasser Kanaani on Monday rejected the claims as baseless, saying Tehran had never supplied drones to Russia for use in the war in Ukraine.",
	"The U.S. State Department said Washington had evidence that Iranian-made drones were launched at Kyiv, and the White House warned of new sanctions.",
	"A spokesman for the Kremlin, Dmitry Peskov, told reporters that Moscow did not comment on such reports and that the Russian military used only its own weapons.",
	"The Israel Defense Forces (IDF) said an Islamic Jihad rocket misfired and hit the hospital in Gaza City, while Hamas blamed an Israeli airstrike.",
	"The United Nations secretary-general called for an immediate ceasefire, and UNRWA said its schools in the Gaza Strip were sheltering thousands of Palestinians.",
	"European Union foreign ministers met in Brussels, where NATO officials briefed them on the situation along the alliance's eastern flank.",
	"Republicans in Congress demanded a briefing from the Pentagon, while Democrats said the administration had kept lawmakers informed throughout the week.",
	"The WHO said the humanitarian situation was catastrophic, and the Red Cross appealed for safe access for its teams on the ground in the territory.",
	"Officials in Beijing urged restraint by all sides, and a statement from Downing Street said Britain stood with its allies in the region.",
	"Analysts said the Houthis in Yemen and Hezbollah in Lebanon were watching closely, with the Revolutionary Guards keeping in contact with both groups.",
	"The report was published on Tuesday after weeks of talks between the parties, who met again in Doha and Cairo without reaching an agreement on the hostages.",
	"Local residents described long queues for bread and water as the electricity failed again across much of the city during the night and early morning hours.",
}

func articleWords(n int) []string {
	var words []string
	for len(words) < n {
		for _, s := range articleSentences {
			for _, t := range text.Tokens(nil, s) {
				words = append(words, t.Form)
			}
		}
	}
	return words[:n]
}

// BenchmarkMatchArticle matches at every token of a 1,000-token article,
// skipping past each match, as a caller scanning an article does.
func BenchmarkMatchArticle(b *testing.B) {
	g := Default()
	words := articleWords(1000)
	b.ReportAllocs()
	found := 0
	for b.Loop() {
		found = 0
		for i := 0; i < len(words); {
			if _, n, ok := g.Match(words, i); ok {
				found++
				i += n
				continue
			}
			i++
		}
	}
	b.ReportMetric(float64(found), "names/article")
}

// BenchmarkMatchTokensArticle is BenchmarkMatchArticle over an Analyzer's
// tokens, whose lower-case forms are made once.
func BenchmarkMatchTokensArticle(b *testing.B) {
	g := Default()
	toks := text.NewAnalyzer("english").Tokens(nil, strings.Repeat(strings.Join(articleSentences, " ")+" ", 3))
	toks = toks[:1000]
	b.ReportAllocs()
	for b.Loop() {
		for i := 0; i < len(toks); {
			if _, n, ok := g.MatchTokens(toks, i); ok {
				i += n
				continue
			}
			i++
		}
	}
}
