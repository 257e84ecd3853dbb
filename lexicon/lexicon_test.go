package lexicon

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func defaultSet(t testing.TB) *Set {
	t.Helper()
	lx, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	set, err := Compile(lx)
	if err != nil {
		t.Fatal(err)
	}
	return set
}

func TestDefaultExamplesPass(t *testing.T) {
	set := defaultSet(t)
	res := set.RunExamples()
	if len(res) < 200 {
		t.Fatalf("only %d examples ran", len(res))
	}
	for _, r := range res {
		if !r.Passed() {
			t.Error(r.Failure)
		}
	}
	// Every rule must carry at least one example, so a pack teaches by
	// showing and its rules are tested. A word-list entry (exact words, no
	// context) is the exception: Compile already proves that each of its
	// words matches it, which is all an example would show.
	for _, r := range set.Lexicon().Rules() {
		if len(r.Examples) == 0 && !wordListEntry(r) {
			t.Errorf("%s:%d: rule %q has no examples", r.File, r.Line, r.ID)
		}
	}
}

// TestDefaultPacksCover: the default lexicon covers every category and the
// concepts the course material uses.
func TestDefaultPacksCover(t *testing.T) {
	lx, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	n := map[Category]int{}
	concepts := map[string]bool{}
	ids := map[string]bool{}
	for _, r := range lx.Rules() {
		n[r.Category]++
		concepts[r.Concept] = true
		ids[r.ID] = true
	}
	for _, c := range Categories() {
		// Claims are found from the story's speech acts; claim rules are
		// the user's (examples/claims-iran-russia-drones.toml shows how).
		if n[c] == 0 && c != Claim {
			t.Errorf("no %s rules", c)
		}
	}
	if n[Claim] != 0 {
		t.Errorf("%d claim rules in the default packs, want none: a story's claims are no default", n[Claim])
	}
	if n[Frame] != 15 {
		t.Errorf("%d frame rules, want the 15 Policy Frames", n[Frame])
	}
	for _, c := range []string{"Israel", "the war in Ukraine", "Ukraine's capital", "immigrants", "climate change"} {
		if !concepts[c] {
			t.Errorf("no naming concept %q", c)
		}
	}
	// Other packages and saved reports refer to these ids.
	for _, id := range []string{"israel.state", "israel.occupation", "capital.kyiv", "capital.kiev", "war.war", "war.invasion", "war.special-operation",
		"war.conflict", "dist.what-they-called", "attr.neutral", "eval.atrocity", "hedge.hedge", "frame.security"} {
		if !ids[id] {
			t.Errorf("rule id %q is gone", id)
		}
	}
	if len(lx.ActorGroups()) < 8 {
		t.Errorf("%d actor groups", len(lx.ActorGroups()))
	}
}

// splitSentences is a plain splitter for the tests (the corpus package
// has the real one): a sentence ends at . ! ? followed by a space, or at a
// line end.
func splitSentences(text string) []Span {
	var out []Span
	start := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		end := c == '\n' || (c == '.' || c == '!' || c == '?') && (i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n')
		if end || i == len(text)-1 {
			if e := i + 1; strings.TrimSpace(text[start:e]) != "" {
				out = append(out, Span{start, e})
			}
			start = i + 1
		}
	}
	return out
}

// TestSeeds pins what the demo depends on: The Jerusalem Post (000, 001)
// names Israel "Israel" and carries no Iranian denial; Al Mayadeen (003)
// names it "the Israeli occupation" and carries the Iranian denials, which
// the example claim rules (a user's file) find.
func TestSeeds(t *testing.T) {
	// The example claim rules, as a user loads them beside the defaults.
	lx, err := Load([]string{filepath.Join("..", "examples", "claims-iran-russia-drones.toml")}, true)
	if err != nil {
		t.Fatal(err)
	}
	set, err := Compile(lx)
	if err != nil {
		t.Fatal(err)
	}
	m := set.For("english")
	tests := []struct {
		file          string
		israel        []string // the naming variants of concept Israel
		denials       int      // sentences where claim.iran-denial holds
		alsoMustMatch []string
	}{
		{"000_559fbced182a74b0.txt", []string{"israel.state"}, 0, []string{"attr.neutral"}},
		{"001_7e8fb5974185e981.txt", []string{"israel.state"}, 0, nil},
		{"003_fdf42de450a64540.txt", []string{"israel.occupation", "israel.state"}, 4,
			[]string{"capital.kiev", "war.special-operation", "war.conflict", "dist.what-they-called", "attr.assertive", "hedge.booster"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("..", "testdata", "seeds", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			text := string(data)
			var israel, ids []string
			for _, mt := range m.Match(text) {
				ids = append(ids, mt.ID())
				if mt.Category == Naming && mt.Rule.Concept == "Israel" && !slices.Contains(israel, mt.ID()) {
					israel = append(israel, mt.ID())
				}
			}
			slices.Sort(israel)
			if !slices.Equal(israel, tt.israel) {
				t.Errorf("Israel named by %v, want %v", israel, tt.israel)
			}
			for _, id := range tt.alsoMustMatch {
				if !slices.Contains(ids, id) {
					t.Errorf("%s does not match", id)
				}
			}
			denials := 0
			for _, c := range m.Claims(text, splitSentences(text)) {
				if c.Rule.ID == "claim.iran-denial" {
					denials++
				}
			}
			if denials != tt.denials {
				t.Errorf("%d Iranian denials, want %d", denials, tt.denials)
			}
		})
	}
}

// wordListEntry reports whether a rule is a list of exact words with no
// context conditions, as the generated packs' entries are.
func wordListEntry(r *Rule) bool {
	if len(r.When) > 0 || len(r.Unless) > 0 || len(r.Phrases) == 0 {
		return false
	}
	for _, p := range r.Phrases {
		for _, w := range strings.Fields(p) {
			if !strings.HasPrefix(w, "=") {
				return false
			}
		}
	}
	return true
}
