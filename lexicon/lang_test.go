package lexicon

import (
	"path/filepath"
	"testing"
)

// TestLanguages loads the small rule file of each stemmer language and
// checks that its examples (inflected forms the stemmer must conflate)
// match and its counterexamples do not.
func TestLanguages(t *testing.T) {
	tests := []struct {
		lang string
		text string // an inflected form that only that language's stemmer conflates
		rule string
	}{
		{"english", "two occupations", "en.occupation"},
		{"spanish", "las ocupaciones israelíes", "es.ocupacion"},
		{"french", "des guerres en Ukraine", "fr.guerre"},
		{"russian", "специальной военной операции", "ru.specoperatsiya"},
		{"swedish", "en invasion av Ukraina", "sv.invasion"},
		{"norwegian", "krigene i Ukraina", "no.krigen"},
		{"hungarian", "a háborúban", "hu.haboru"},
	}
	if len(tests) != len(SupportedLanguages()) {
		t.Fatalf("%d languages tested, %d supported", len(tests), len(SupportedLanguages()))
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			path := filepath.Join("..", "testdata", "lexicon", "lang", tt.lang+".toml")
			lx, err := Load([]string{path}, false)
			if err != nil {
				t.Fatal(err)
			}
			if got := lx.Files[0].Language; got != tt.lang {
				t.Fatalf("file language %q", got)
			}
			set, err := Compile(lx)
			if err != nil {
				t.Fatal(err)
			}
			res := set.RunExamples()
			if len(res) < 3 {
				t.Fatalf("only %d examples", len(res))
			}
			for _, r := range res {
				if !r.Passed() {
					t.Error(r.Failure)
				}
			}
			if ms := set.For(tt.lang).Match(tt.text); len(ms) != 1 || ms[0].ID() != tt.rule {
				t.Errorf("%s Match(%q) = %s", tt.lang, tt.text, matchString(ms))
			}
			// The English matcher does not know the other languages' rules.
			if tt.lang != "english" {
				if ms := set.For("english").Match(tt.text); len(ms) != 0 {
					t.Errorf("english matcher matched %s", matchString(ms))
				}
			}
		})
	}
}
