package gazetteer

import (
	"strings"
	"testing"
)

// FuzzParse feeds the table parser arbitrary text: it must return an error
// or a gazetteer in which every entry's name finds that entry again.
func FuzzParse(f *testing.F) {
	f.Add(curatedTSV[:2000])
	f.Add("Iran\tIran\tcountry\tIran\t\tcountry\nTehran\tIran\tcapital\tIran\t\tcapital of Iran\tcountries-list\n")
	f.Add("the WHO\tWorld Health Organization\torganisation\tUnited Nations\tcase,ambiguous\tUN agency; \"who\"\n")
	f.Add("al-Qaeda\tal-Qaeda\tgroup\t\t\tnetwork\nal Qaeda\tal-Qaeda\tgroup\t\t\tnetwork\n")
	f.Add("Côte d’Ivoire's\tX\tplace\t\t\tp\r\n# c\n\nThe-X\tX\tplace\t\t\tp\n")
	f.Fuzz(func(t *testing.T, data string) {
		g, err := Parse(strings.NewReader(data), "fuzz.tsv")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.tsv") && !strings.HasPrefix(err.Error(), "reading fuzz.tsv") {
				t.Errorf("error %q does not name the table", err)
			}
			return
		}
		for _, e := range g.Entries() {
			if got, ok := g.Lookup(e.Name); !ok || got != e {
				t.Errorf("Lookup(%q) = %+v, %v; want the entry itself, %+v", e.Name, got, ok, e)
			}
			toks := strings.Fields(e.Name)
			if _, n, ok := g.Match(toks, 0); ok && (n < 1 || n > len(toks)) {
				t.Errorf("Match over %q took %d words", toks, n)
			}
		}
	})
}
