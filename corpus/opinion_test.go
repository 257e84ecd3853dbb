package corpus

import (
	"os"
	"path/filepath"
	"testing"
)

// TestOpinionOf: an opinion section in the address or a headline labelled
// as opinion make an opinion piece; news, a word in a slug and a guest's
// byline alone do not.
func TestOpinionOf(t *testing.T) {
	tests := []struct {
		name, url, title string
		opinion          bool
	}{
		{"opinion section", "https://www.example.com/2013/09/12/opinion/a-plea.html", "A Plea", true},
		{"commentary section", "https://example.org/commentary/2019/why-the-port-matters", "Why the port matters", true},
		{"comment section", "https://example.co.uk/commentisfree/2019/port", "The port", true},
		{"labelled headline", "https://example.com/news/1", "OPINION: The port must stay open", true},
		{"headline with a bar", "https://example.com/news/1", "Opinion | The port must stay open", true},
		{"news", "https://example.com/world/2013/09/12/port-closes", "Port closes after storm", false},
		{"a word in a slug is no section", "https://example.com/news/opinion-poll-shows-support", "Poll shows support", false},
		{"an address that is no URL", "%zz not a url", "Port closes", false},
	}
	for _, tt := range tests {
		if got := opinionOf(tt.url, tt.title); (got != "") != tt.opinion {
			t.Errorf("%s: opinionOf = %q, want opinion %v", tt.name, got, tt.opinion)
		}
	}
}

// TestOpinionMarked: a loaded record in an opinion section is marked, its
// quotations found as in news; a news record is not marked.
func TestOpinionMarked(t *testing.T) {
	dir := t.TempDir()
	op := `{"url": "https://example.com/2013/09/12/opinion/a-plea.html", "title": "A Plea for Caution", "authors": "Jane Roe", "source": "The Daily Example", "content_original": "The strike would widen the war.\n\nThe harbour master said the port was unsafe."}`
	news := `{"url": "https://example.com/2013/09/12/world/port.html", "title": "Port closes", "authors": "Tom Doe, Special to The Daily Example", "source": "The Daily Example", "content_original": "The port closed on Monday after the storm.\n\nFerries stayed in the harbour, officials said."}`
	for name, body := range map[string]string{"op.json": op, "news.json": news} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	res, err := Load([]string{filepath.Join(dir, "op.json"), filepath.Join(dir, "news.json")}, Options{})
	if err != nil || len(res.Articles) != 2 {
		t.Fatalf("load: %v %v", err, res.Problems)
	}
	for _, a := range res.Articles {
		switch a.Title {
		case "A Plea for Caution":
			if a.Opinion == "" || findQuote(a, "the port was unsafe.") == nil {
				t.Errorf("opinion piece: opinion %q; quotes %s", a.Opinion, describeQuotes(a))
			}
		default:
			if a.Opinion != "" {
				t.Errorf("news with a guest's byline marked as opinion: %q", a.Opinion)
			}
		}
	}
}
