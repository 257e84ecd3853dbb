package report

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/framediff/framediff/framing"
	"github.com/framediff/framediff/lexicon"
	"github.com/framediff/framediff/text"
)

// ProfileInput is a corpus-wide profile and how it was made.
type ProfileInput struct {
	Profile *framing.Profile
	Corpus  string
	Lexicon string
	// Stories lists a few comparable stories ("outlet, outlet: title") for orientation.
	Stories []string
}

// WriteProfile renders a corpus-wide per-outlet profile as md or json.
func WriteProfile(w io.Writer, in ProfileInput, format string) error {
	// As in Write: the descriptions name the user's paths.
	in.Corpus, in.Lexicon = text.SanitizeLine(in.Corpus), text.SanitizeLine(in.Lexicon)
	switch strings.ToLower(format) {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			Schema        string           `json:"schema"`
			SchemaVersion int              `json:"schema_version"`
			Corpus        string           `json:"corpus"`
			Lexicon       string           `json:"lexicon"`
			Profile       *framing.Profile `json:"profile"`
		}{"framediff-profile", SchemaVersion, in.Corpus, in.Lexicon, in.Profile})
	case "md", "markdown":
		return writeProfileMarkdown(w, in)
	}
	return CheckProfileFormat(format)
}

// CheckProfileFormat returns nil for a format WriteProfile understands and
// otherwise an error naming the formats, so a command can refuse it before
// it compares a corpus.
func CheckProfileFormat(format string) error {
	switch strings.ToLower(format) {
	case "md", "markdown", "json":
		return nil
	}
	return fmt.Errorf("the corpus profile is written as md or json, not %q", format)
}

func writeProfileMarkdown(w io.Writer, in ProfileInput) error {
	p := in.Profile
	var b strings.Builder
	f := func(format string, a ...any) { fmt.Fprintf(&b, format, a...) }
	f("# framediff corpus profile\n\nCorpus: %s. Lexicon: %s. Comparable stories (two or more outlets): %d.\n\n", mdEscape(in.Corpus), mdEscape(in.Lexicon), p.Stories)
	if len(in.Stories) > 0 {
		f("Some of the stories:\n\n")
		for _, s := range in.Stories {
			f("- %s\n", mdEscape(s))
		}
		f("\n")
	}
	if p.Stories == 0 {
		f("No story here is covered by two or more outlets, so voices and claims cannot be compared across outlets; the rates below count every article.\n\n")
	}
	outs := p.SortedOutlets()
	f("## Highlights in the outlet's own words, per 10,000 words (raw counts)\n\nRates count every article of the outlet, in a compared story or not (articles in no story in brackets).\n\n| Outlet | Stories | Articles | Words |")
	cats := []lexicon.Category{lexicon.Naming, lexicon.Evaluative, lexicon.Attribution, lexicon.Distancing, lexicon.Hedging}
	for _, c := range cats {
		f(" %s |", c)
	}
	f("\n|---|---|---|---|%s\n", strings.Repeat("---|", len(cats)))
	for _, o := range outs {
		f("| %s | %d | %d (%d) | %d |", mdEscape(o.Outlet), o.Stories, o.Articles, o.Alone, o.Words)
		for _, c := range cats {
			f(" %.1f (%d) |", o.Per10k(o.OwnWords[c]), o.OwnWords[c])
		}
		f("\n")
	}
	f("\n## Share of its stories in which each actor group is quoted or paraphrased\n\n")
	groups := map[string]bool{}
	for _, o := range outs {
		for g := range o.GroupStories {
			groups[g] = true
		}
	}
	gs := sortedKeys(groups)
	f("| Outlet |")
	for _, g := range gs {
		f(" %s |", mdEscape(g))
	}
	f("\n|---|%s\n", strings.Repeat("---|", len(gs)))
	for _, o := range outs {
		f("| %s |", mdEscape(o.Outlet))
		for _, g := range gs {
			f(" %s |", share(o.GroupStories[g], o.Stories))
		}
		f("\n")
	}
	f("\n## Claims included, and omitted where another outlet on the same story carries them\n\n| Outlet | Claim | Included | Omitted |\n|---|---|---|---|\n")
	for _, o := range outs {
		claims := map[string]bool{}
		for k := range o.ClaimIncluded {
			claims[k] = true
		}
		for k := range o.ClaimOmitted {
			claims[k] = true
		}
		for _, k := range sortedKeys(claims) {
			f("| %s | `%s` | %d | %d |\n", mdEscape(o.Outlet), k, o.ClaimIncluded[k], o.ClaimOmitted[k])
		}
	}
	f("\n## Naming variants in the outlet's own words, per 10,000 words (raw counts)\n\n| Outlet | Variant | Rate | Count |\n|---|---|---|---|\n")
	for _, o := range outs {
		for _, k := range sortedKeys(boolKeys(o.Variants)) {
			f("| %s | `%s` | %.1f | %d |\n", mdEscape(o.Outlet), k, o.Per10k(o.Variants[k]), o.Variants[k])
		}
	}
	f("\nRates from fewer than a few thousand words, or a handful of stories, are leads, not findings: the raw counts are beside every rate.\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func share(n, of int) string {
	if of == 0 {
		return "-"
	}
	return fmt.Sprintf("%d%% (%d/%d)", 100*n/of, n, of)
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func boolKeys(m map[string]int) map[string]bool {
	out := map[string]bool{}
	for k := range m {
		out[k] = true
	}
	return out
}
