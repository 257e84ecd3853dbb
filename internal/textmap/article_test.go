package textmap

import (
	"strings"
	"testing"
)

func TestHeaderArticle(t *testing.T) {
	file := "outlet: Daily Planet\ndate: 2018-04-26\nurl: https://planet.example/a\n\nTitle here\n\nFirst   paragraph,\nits second line.\n"
	a, m, header, err := HeaderArticle("a", "a.txt", file, "outlet", "date")
	if err != nil {
		t.Fatal(err)
	}
	if header != strings.Index(file, "Title") || a.Title != "Title here" || a.Outlet != "Daily Planet" || a.Date.Format("2006-01-02") != "2018-04-26" {
		t.Fatalf("header %d, title %q, outlet %q, date %v", header, a.Title, a.Outlet, a.Date)
	}
	if a.URL != "" {
		t.Errorf("url read although not asked for: %q", a.URL)
	}
	if b, _, _, _ := HeaderArticle("a", "a.txt", file, "outlet", "date", "url"); b.URL != "https://planet.example/a" {
		t.Errorf("url = %q", b.URL)
	}
	body := a.Body()
	i := strings.Index(a.Text, "paragraph")
	if s, e := m.Span(i, i+len("paragraph")); file[s:e] != "paragraph" || !strings.Contains(body, "First paragraph, its second line.") {
		t.Errorf("span maps to %q; body %q", file[s:e], body)
	}
	for _, tt := range []struct{ file, want string }{
		{"just text", "a.txt has no outlet:/date: header ended by a blank line"},
		{"outlet X\n\nTitle\n", `a.txt: header line "outlet X" is not "key: value"`},
		{"outlet: X\n\n\n", "a.txt has no text after its header"},
	} {
		if _, _, _, err := HeaderArticle("a", "a.txt", tt.file, "outlet", "date"); err == nil || err.Error() != tt.want {
			t.Errorf("%q: error %v, want %q", tt.file, err, tt.want)
		}
	}
}
