package corpus

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestCutHeadlineEcho(t *testing.T) {
	stop := stopwordsFor("english")
	const headline = "Ferry union in a bind over the Harbour strike"
	tests := []struct {
		name, p, keep, echo string
	}{
		{"a shortened headline after the standfirst",
			"Union leaders weighed a return to work. Ferry union in bind over harbour strike",
			"Union leaders weighed a return to work.", "Ferry union in bind over harbour strike"},
		{"after a caption's credit",
			"Strikers gather at the quay. | AP Photo/Jane Roe Union in bind over Harbour strikes",
			"Strikers gather at the quay.", "AP Photo/Jane Roe Union in bind over Harbour strikes"},
		// Not cut:
		{"a paragraph that ends in a full stop",
			"Union leaders weighed a return to work. The ferry union is in a bind over the strike.", "", ""},
		{"a quoted sentence",
			`The chair said: "The ferry union is in a bind over the strike."`, "", ""},
		{"a lead-in to a block quote",
			"Union leaders weighed a return to work. The ferry union wrote:", "", ""},
		{"a line sharing only a few of the headline's words after a sentence",
			"Update at 3:50 p.m. Union calls for talks on ferry fares and port jobs", "", ""},
		{"a whole paragraph of unpunctuated prose",
			"Ferry union in bind over harbour strike", "", ""},
		{"too few words to tell",
			"Union leaders weighed a return to work. Harbour strike", "", ""},
		{"a numbered heading",
			"2. Ferry union in bind over harbour strike", "", ""},
		{"a quotation without its stop",
			`The chair said: "Ferry union in a bind over the harbour strike"`, "", ""},
		{"a sentence before a link",
			"Ferry union in bind over the harbour strike. pic.twitter.com/AbC123", "", ""},
		{"an abbreviation inside the echo",
			"Union leaders weighed a return to work. U.K. ferry union in bind over harbour strike",
			"Union leaders weighed a return to work.", "U.K. ferry union in bind over harbour strike"},
	}
	for _, tc := range append(tests, struct{ name, p, keep, echo string }{
		"a site's name in the page title is not the headline's",
		"Union leaders weighed a return to work. Harbour Daily union desk", "", ""}) {
		keep, echo := cutHeadlineEcho(tc.p, headline+" | Harbour Daily Union Desk", stop)
		if tc.echo == "" {
			if echo != "" || keep != tc.p {
				t.Errorf("%s: cut %q, want nothing cut from %q", tc.name, echo, tc.p)
			}
			continue
		}
		if keep != tc.keep || echo != tc.echo {
			t.Errorf("%s: got %q + %q, want %q + %q", tc.name, keep, echo, tc.keep, tc.echo)
		}
	}
}

// TestHeadlineEchoRemoved loads records whose titles come from their
// fields, after cleaning: the echo is cut from the text and listed as
// removed, with its reason.
func TestHeadlineEchoRemoved(t *testing.T) {
	res, err := Load([]string{filepath.Join("..", "testdata", "corpus", "echo", "records.jsonl")}, Options{KeepDuplicates: true})
	if err != nil {
		t.Fatal(err)
	}
	// e3's last paragraph ends without a stop in the headline's words: a
	// sentence of the article, not its page head.
	want := map[string]string{"e1": "Ferry union in bind over harbour strike", "e2": "Photo/Jane Roe Why the board acted on ferries", "e3": ""}
	if len(res.Articles) != len(want) {
		t.Fatalf("%d articles, want %d: %v", len(res.Articles), len(want), res.Problems)
	}
	for _, a := range res.Articles {
		if want[a.ID] == "" {
			for _, r := range a.Removed {
				if r.Reason == reasonHeadlineEcho {
					t.Errorf("%s: cut %q from the article's body", a.ID, r.Text)
				}
			}
			continue
		}
		found := false
		for _, r := range a.Removed {
			if r.Reason == reasonHeadlineEcho {
				found = found || r.Text == want[a.ID]
			}
		}
		if !found {
			t.Errorf("%s: echo %q not removed: %+v", a.ID, want[a.ID], a.Removed)
		}
		if strings.Contains(a.Text, want[a.ID]) {
			t.Errorf("%s: the text still holds the echo %q", a.ID, want[a.ID])
		}
	}
}
