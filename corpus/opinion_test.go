package corpus

import (
	"os"
	"path/filepath"
	"testing"
)

// TestOpinionOf: an opinion section in the address, a headline labelled as
// opinion or a guest writer's byline make an opinion piece; news has none.
func TestOpinionOf(t *testing.T) {
	tests := []struct {
		name, url, title, byline string
		opinion                  bool
	}{
		{"opinion section", "https://www.example.com/2013/09/12/opinion/a-plea.html", "A Plea", "Jane Roe", true},
		{"commentary section", "https://example.org/commentary/2019/why-the-port-matters", "Why the port matters", "", true},
		{"labelled headline", "https://example.com/news/1", "OPINION: The port must stay open", "Jane Roe", true},
		{"guest byline", "https://example.com/2014/02/05/port", "Cut the port's aid", "Jane Roe, Special To CNN", true},
		{"contributor byline", "https://example.com/2014/02/05/port", "The port's dilemma", "Jane Roe, Example Contributor", true},
		{"news", "https://example.com/world/2013/09/12/port-closes", "Port closes after storm", "Tom Doe", false},
		{"a word in a slug is no section", "https://example.com/news/opinion-poll-shows-support", "Poll shows support", "Tom Doe", false},
	}
	for _, tt := range tests {
		if got := opinionOf(tt.url, tt.title, tt.byline); (got != "") != tt.opinion {
			t.Errorf("%s: opinionOf = %q, want opinion %v", tt.name, got, tt.opinion)
		}
	}
}

// TestOpinionAuthor: the person a byline names, without a guest writer's
// label; none for a label alone or a lower-case line.
func TestOpinionAuthor(t *testing.T) {
	for _, tt := range []struct{ byline, want string }{
		{"Vladimir V Putin", "Vladimir V Putin"},
		{"Jane Roe, Special To CNN", "Jane Roe"},
		{"Jane Roe, CNN Contributor", "Jane Roe"},
		{"Andrew Napolitano, Andrew P. Napolitano", "Andrew Napolitano"},
		{"By Jane Roe", "Jane Roe"},
		{"Special To CNN", ""},
		{"staff", ""},
		{"", ""},
	} {
		if got := opinionAuthor(tt.byline); got != tt.want {
			t.Errorf("opinionAuthor(%q) = %q, want %q", tt.byline, got, tt.want)
		}
	}
}

// TestSignedOpinionIsItsAuthorsWords: a signed opinion piece's body is one
// quotation of its author, holding the attributions its text makes; an
// article of news has none such.
func TestSignedOpinionIsItsAuthorsWords(t *testing.T) {
	dir := t.TempDir()
	op := `{"url": "https://example.com/2013/09/12/opinion/a-plea.html", "title": "A Plea for Caution", "authors": "Jane Roe", "source": "The Daily Example", "content_original": "The strike would widen the war.\n\nThe harbour master said the port was unsafe."}`
	news := `{"url": "https://example.com/2013/09/12/world/port.html", "title": "Port closes", "authors": "Tom Doe", "source": "The Daily Example", "content_original": "The port closed on Monday after the storm.\n\nFerries stayed in the harbour, officials said."}`
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
		var author *Quote
		for i, q := range a.Quotes {
			if q.Verb == OpinionVerb {
				author = &a.Quotes[i]
			}
		}
		switch a.Title {
		case "A Plea for Caution":
			if a.Opinion == "" || author == nil || author.Speaker != "Jane Roe" || a.Slice(author.Span) != "The strike would widen the war.\n\nThe harbour master said the port was unsafe." {
				t.Errorf("opinion piece: opinion %q, author quotation %+v; quotes %s", a.Opinion, author, describeQuotes(a))
			}
			if findQuote(a, "the port was unsafe.") == nil {
				t.Errorf("the attribution inside the opinion piece is lost: %s", describeQuotes(a))
			}
		default:
			if a.Opinion != "" || author != nil {
				t.Errorf("news: opinion %q, author quotation %+v", a.Opinion, author)
			}
		}
	}
}
