package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// loadSeed reads one seed file with no manifest: what the cleaner finds on
// its own.
func loadSeed(t *testing.T, name string) *Article {
	t.Helper()
	res, err := Load([]string{"../testdata/seeds/" + name}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Articles) != 1 || len(res.Problems) != 0 {
		t.Fatalf("%s: %d articles, problems %v", name, len(res.Articles), res.Problems)
	}
	return res.Articles[0]
}

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range wordFields(s) {
		m[w] = true
	}
	return m
}

func TestSeedScrapeCleansToTheCleanCopy(t *testing.T) {
	scrape := loadSeed(t, "000_559fbced182a74b0.txt")
	clean := loadSeed(t, "001_7e8fb5974185e981.txt")
	for _, gone := range []string{"Nostradamus", "ketchup", "Customer Service", "Most Read", "Tags Israel", "photo credit", "Copyright", "[email", "Aliyah Judaism"} {
		if strings.Contains(scrape.Text, gone) {
			t.Errorf("%q survived cleaning", gone)
		}
	}
	// The body words of the scrape and of the clean copy overlap almost entirely.
	a, b := wordSet(scrape.Body()), wordSet(clean.Body())
	inter := 0
	for w := range a {
		if b[w] {
			inter++
		}
	}
	if j := float64(inter) / float64(len(a)+len(b)-inter); j < 0.9 {
		t.Errorf("word overlap of cleaned 000 and 001 is %.2f, want >= 0.9", j)
	}
	if s := Similarity(scrape.Body(), clean.Body()); s < DuplicateThreshold {
		t.Errorf("5-gram similarity %.2f is below the near-duplicate threshold", s)
	}
	if len(scrape.Removed) < 20 {
		t.Errorf("only %d removed blocks recorded for inspection", len(scrape.Removed))
	}
	// Page metadata: outlet, headline, standfirst, byline and date come from the page text.
	checks := []struct{ name, got, want string }{
		{"outlet", scrape.Outlet, "The Jerusalem Post"},
		{"outlet from", string(scrape.OutletFrom), string(FromPageText)},
		{"title", scrape.Title, "US: We're talking with Israel about Russia's Iranian drone warfare"},
		{"standfirst", scrape.Standfirst, "Ned Price rejected criticism of Israel's communications with Russia in recent days."},
		{"byline", scrape.Byline, "Tovah Lazaroff"},
		{"date", scrape.Date.Format(time.DateOnly), "2023-01-04"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.name, c.got, c.want)
		}
	}
}

func TestSeedHeaderDate(t *testing.T) {
	a := loadSeed(t, "001_7e8fb5974185e981.txt")
	if got := a.Date.Format(time.DateOnly); got != "2023-01-04" || a.DateFrom != FromHeader {
		t.Fatalf("date %s from %q", got, a.DateFrom)
	}
	if strings.Contains(a.Text, "date 2023") {
		t.Fatal("the header stayed in the body")
	}
	if !strings.HasPrefix(a.Text, "The Biden administration") {
		t.Fatalf("body starts %q", a.Text[:40])
	}
	if a.Outlet != "" {
		t.Fatalf("outlet %q guessed from a file that names none", a.Outlet)
	}
}

func TestSeedHeadlineAndStandfirst(t *testing.T) {
	a := loadSeed(t, "003_fdf42de450a64540.txt")
	if a.Title != "US, Israeli national security advisors discuss Russia-Iran cooperation" {
		t.Errorf("title %q", a.Title)
	}
	if !strings.HasPrefix(a.Standfirst, "The White House says the US and the Israeli occupation") {
		t.Errorf("standfirst %q", a.Standfirst)
	}
	if a.Outlet != "" {
		t.Errorf("outlet %q guessed from the wording of an article that names no outlet", a.Outlet)
	}
	if a.Slice(a.TitleSpan) != a.Title || a.Slice(a.StandfirstSpan) != a.Standfirst {
		t.Error("title and standfirst spans do not point at them")
	}
}

func TestDemoFoldsNearDuplicatesAndKeepsSources(t *testing.T) {
	res, err := Load([]string{"../testdata/seeds"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Articles) != 2 || res.Folded != 1 {
		t.Fatalf("%d articles, %d folded", len(res.Articles), res.Folded)
	}
	jp := res.Articles[0]
	if jp.Outlet != "The Jerusalem Post" || jp.OutletFrom != FromManifest || len(jp.Sources) != 2 {
		t.Fatalf("folded article: outlet %q from %q, sources %v", jp.Outlet, jp.OutletFrom, jp.Sources)
	}
	if !strings.Contains(jp.Source, "001_") {
		t.Errorf("kept %s, want the cleaner copy 001", jp.Source)
	}
	if jp.Title == "" {
		t.Error("the folded article did not take the headline found in the scrape")
	}
	if am := res.Articles[1]; am.Outlet != "Al Mayadeen English" {
		t.Errorf("003 outlet %q", am.Outlet)
	}
}

func TestOutletPrecedence(t *testing.T) {
	dir := t.TempDir()
	mk := func(p, s string) {
		t.Helper()
		if err := writeFile(dir+"/"+p, s); err != nil {
			t.Fatal(err)
		}
	}
	body := "The minister said on Monday that the talks would continue next week, and that both sides had agreed to meet again in the capital after the holiday."
	mk("Example Times/a.txt", body)
	mk("Example Times/b.txt", "outlet: Header News\n\n"+body+" A second sentence makes this a different article from the first one entirely, with more words.")
	res, err := Load([]string{dir}, Options{KeepDuplicates: true})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, a := range res.Articles {
		got[a.ID] = a.Outlet + "/" + string(a.OutletFrom)
	}
	if got["a"] != "Example Times/folder" || got["b"] != "Header News/header" {
		t.Fatalf("outlets %v", got)
	}
	res, err = Load([]string{dir}, Options{KeepDuplicates: true, Outlet: "Flag Post"})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range res.Articles {
		if a.Outlet != "Flag Post" || a.OutletFrom != FromFlag {
			t.Fatalf("flag did not win: %q from %q", a.Outlet, a.OutletFrom)
		}
	}
}

func writeFile(p, s string) error {
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	return os.WriteFile(p, []byte(s), 0o644)
}

func TestSpeechTailsAndTimeWords(t *testing.T) {
	text := "\"We will respond to any attack,\" the minister said on Monday.\n\n" +
		"Pompeo on Saturday warned that sanctions would follow any violation of the deal.\n\n" +
		"\"The talks are over,\" union leader Maria Lopez told reporters after the meeting in the capital."
	res, err := Load([]string{"-"}, Options{Stdin: strings.NewReader(text)})
	if err != nil || len(res.Articles) != 1 {
		t.Fatalf("load: %v %v", err, res.Problems)
	}
	a := res.Articles[0]
	for _, q := range a.Quotes {
		if strings.EqualFold(q.Speaker, "Saturday") || strings.EqualFold(q.Speaker, "Monday") {
			t.Errorf("a day became the speaker of %q", a.Slice(q.Span))
		}
		if q.Kind == QuoteIndirect && len(strings.Fields(a.Slice(q.Span))) < 4 {
			t.Errorf("a sentence tail became reported speech: %q", a.Slice(q.Span))
		}
	}
	speakers := map[string]bool{}
	for _, q := range a.Quotes {
		speakers[q.Speaker] = true
	}
	for _, want := range []string{"the minister", "union leader Maria Lopez"} {
		if !speakers[want] {
			t.Errorf("speaker %q not found; got %v", want, speakers)
		}
	}
}
