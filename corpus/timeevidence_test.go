package corpus

import (
	"fmt"
	"testing"
	"time"
)

func day(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// TestURLEvidence: a year/month/day in a URL's path dates an article; a
// year and month bound it (a month early, for a magazine's issue month);
// numbers that are no date (ids, hosts, a lone year) say nothing.
func TestURLEvidence(t *testing.T) {
	tests := []struct {
		url, date, notBefore, notAfter string
	}{
		{"https://news.example.org/2021/03/09/dam-talks-collapse/", "2021-03-09", "", ""},
		{"http://example.com/world/2021/3/9/12345/dam-talks", "2021-03-09", "", ""},
		{"https://example.com/world/2021-03-09-dam-talks-collapse", "2021-03-09", "", ""},
		{"https://example.com/blogs/politics/2021/03/dam-talks/", "", "2021-02-01", "2021-03-31"},
		{"https://example.com/magazine/archive/2020/12/the-river/", "", "2020-11-01", "2020-12-31"},
		// No date.
		{"https://example.com/news/world-europe-58213377", "", "", ""},
		{"https://example.com/story?id=20210309&from=/2021/03/09/", "", "", ""},
		{"https://2021.example.com/03/dam", "", "", ""},
		{"https://example.com/archive/2021/dam-talks", "", "", ""},
		{"https://example.com/2021/13/40/dam-talks", "", "", ""},
		{"https://example.com/2021/02/30/dam-talks", "", "2021-01-01", "2021-02-28"},
		{"", "", "", ""},
	}
	for _, tt := range tests {
		ev := urlEvidence(tt.url)
		if !ev.date.Equal(day(tt.date)) || !ev.notBefore.Equal(day(tt.notBefore)) || !ev.notAfter.Equal(day(tt.notAfter)) {
			t.Errorf("urlEvidence(%q) = date %v, bounds %v..%v; want %q, %q..%q", tt.url, ev.date, ev.notBefore, ev.notAfter, tt.date, tt.notBefore, tt.notAfter)
		}
		if !ev.date.IsZero() && ev.from != DateFromAddress {
			t.Errorf("urlEvidence(%q) from %q, want %q", tt.url, ev.from, DateFromAddress)
		}
	}
}

// TestDatelineDate: a full date opening one of the first paragraphs, with
// or without a place in capitals, then a dash or colon, is a dateline; a
// date inside a sentence is not.
func TestDatelineDate(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Dam talks collapse\n\nOSTRAVA, March 9, 2021 — Negotiators walked out of the talks.", "2021-03-09"},
		{"Dam talks collapse\n\nNORTH HAVEN (Wire Service) Sept. 2, 2020 - The river rose.", "2020-09-02"},
		{"Dam talks collapse\n\n9 March 2021: Negotiators walked out of the talks.", "2021-03-09"},
		{"Dam talks collapse\n\nThe standfirst.\n\nMarch 9, 2021 — Negotiators walked out.", "2021-03-09"},
		// No dateline.
		{"Dam talks collapse\n\nNegotiators walked out on March 9, 2021 — and left.", ""},
		{"Dam talks collapse\n\nOn March 9, 2021, negotiators walked out.", ""},
		{"Dam talks collapse\n\nOne.\n\nTwo.\n\nMarch 9, 2021 — Negotiators walked out.", ""},
		{"March 9, 2021", ""},
	}
	for _, tt := range tests {
		got, ok := datelineDate(tt.text)
		if ok != (tt.want != "") || ok && !got.Equal(day(tt.want)) {
			t.Errorf("datelineDate(%q) = %v, %v; want %q", tt.text, got, ok, tt.want)
		}
	}
}

// TestTextLowerBound: a year, month or day the text speaks of as past
// ("since", or "in"/"on" with a past verb close before and nothing of the
// future in the sentence; a post's signature) bounds the article's date
// from below; years of what is to come, years as modifiers and numbers
// that only look like years do not.
func TestTextLowerBound(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The new dam was completed in 2019 after long delays.", "2019-01-01"},
		{"Water levels in the lake have fallen steadily since March 2020.", "2020-03-01"},
		{"Fishermen have protested at the gates since early 2018.", "2018-01-01"},
		{"The river treaty was signed on Nov. 14, 2019, in a border town.", "2019-11-14"},
		{"The two ministers met in Ostrava on 3 June 2021 and argued.", "2021-06-03"},
		{"The valley is flooding again. — River Watch (@riverwatch) March 3, 2022", "2022-03-03"},
		{"The first dam opened in 2015. The protests began in 2019.", "2019-01-01"},
		{"Mr. Novak, who resigned in 2017, spoke at the rally.", "2017-01-01"},
		// Not past, or no year at all.
		{"Elections will be held in 2024, the commission said.", ""},
		{"The water treaty expires in 2030.", ""},
		{"The ministry plans to cut water use by 2030, officials said.", ""},
		{"He said the dam could be finished in 2026.", ""},
		{"Isolated in a party he is poised to lead in 2027, she argued on.", ""},
		{"The minister agreed to step down in 2026, aides said.", ""},
		{"The 1979 revolution reshaped the region, historians argued.", ""},
		{"The 2024 election was discussed at length.", ""},
		{"Traders said yields rose on bonds maturing in 2031.", ""},
		{"In 2000 homes the water was cut off.", ""},
		{"Officials counted 2,019 people who were evacuated in the flood.", ""},
		{"The project cost $2019 million in total, it emerged.", ""},
		{"Talks resumed in March, and villagers waited.", ""},
		{"Protests have grown since 2020s policies were announced.", ""},
	}
	for _, tt := range tests {
		if got := textLowerBound(tt.text); !got.Equal(day(tt.want)) {
			t.Errorf("textLowerBound(%q) = %v, want %q", tt.text, got, tt.want)
		}
	}
}

// TestUndatedEvidence: the address's date comes first, then a dateline;
// a text bound that the address's month contradicts is dropped.
func TestUndatedEvidence(t *testing.T) {
	tests := []struct {
		url, text, date, from, notBefore, notAfter string
	}{
		{"https://example.com/2021/03/09/dam/", "Dam\n\nOSTRAVA, May 1, 2021 — Talks.", "2021-03-09", "address", "", ""},
		{"https://example.com/news/dam-4411", "Dam\n\nOSTRAVA, May 1, 2021 — Talks.", "2021-05-01", "dateline", "", ""},
		{"https://example.com/2021/03/dam/", "Dam\n\nThe dam was completed in 2019.", "", "", "2021-02-01", "2021-03-31"},
		{"https://example.com/2019/05/dam/", "Dam\n\nLevels have fallen since 2021.", "", "", "2019-04-01", "2019-05-31"},
		{"", "Dam\n\nLevels have fallen since 2021.", "", "", "2021-01-01", ""},
	}
	for _, tt := range tests {
		ev := undatedEvidence(tt.url, tt.text)
		if !ev.date.Equal(day(tt.date)) || string(ev.from) != tt.from || !ev.notBefore.Equal(day(tt.notBefore)) || !ev.notAfter.Equal(day(tt.notAfter)) {
			t.Errorf("undatedEvidence(%q, %q) = %v from %q, %v..%v; want %q from %q, %q..%q", tt.url, tt.text, ev.date, ev.from, ev.notBefore, ev.notAfter, tt.date, tt.from, tt.notBefore, tt.notAfter)
		}
	}
}

// evidenceArticle is storyArticle with a URL and a last paragraph of its
// own, where the time evidence goes.
func evidenceArticle(id, outlet, date, url, topic, extra string) *Article {
	a := storyArticle(id, outlet, date, topic)
	a.URL = url
	if extra != "" {
		a.Text += "\n\n" + extra
	}
	return a
}

// TestUndatedTimeEvidenceGrouping: an undated article that speaks of a
// year later than a story's dates as past, or whose address puts it in
// another month, stays out of that story though it reads like it; one
// that names only older years, or none, still joins by content and is
// counted as undated; one dated by its address joins as a dated article
// and the story says where its date came from.
func TestUndatedTimeEvidenceGrouping(t *testing.T) {
	flood := "river flood Danube levees breached villages evacuated"
	quake := "earthquake magnitude tremor Anatolia collapsed buildings rescuers"
	tests := []struct {
		name       string
		undated    *Article
		want       string // the flood story's members
		undatedN   int
		datesFound string
	}{
		{"later year as past", evidenceArticle("u", "Herald", "", "", flood, "The levees have been rebuilt twice since 2019."), "[0 1]", 0, "[]"},
		{"later dated post", evidenceArticle("u", "Herald", "", "", flood, "Send help now. — Flood Desk (@flooddesk) May 2, 2016"), "[0 1]", 0, "[]"},
		{"address month", evidenceArticle("u", "Herald", "", "https://herald.example/2012/05/floods/", flood, ""), "[0 1]", 0, "[]"},
		{"older year", evidenceArticle("u", "Herald", "", "", flood, "The levees were built in 1979 and never repaired."), "[0 1 4]", 1, "[]"},
		{"future year", evidenceArticle("u", "Herald", "", "", flood, "New levees will be finished in 2019."), "[0 1 4]", 1, "[]"},
		{"no evidence", evidenceArticle("u", "Herald", "", "", flood, ""), "[0 1 4]", 1, "[]"},
		{"address date", evidenceArticle("u", "Herald", "", "https://herald.example/2012/11/15/floods/", flood, ""), "[0 1 4]", 0, "[{4 2012-11-15 address}]"},
		{"address date elsewhere", evidenceArticle("u", "Herald", "", "https://herald.example/2014/11/15/floods/", flood, ""), "[0 1]", 0, "[]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts := []*Article{
				storyArticle("f1", "Planet", "2012-11-14", flood),  // 0
				storyArticle("f2", "Gazette", "2012-11-15", flood), // 1
				storyArticle("q1", "Planet", "2012-12-05", quake),  // 2
				storyArticle("q2", "Gazette", "2012-12-05", quake), // 3
				tt.undated, // 4
			}
			g := GroupStories(arts, 0)
			for _, s := range g.Stories {
				if s.Members[0] != 0 {
					continue
				}
				var found []string
				for _, f := range s.DatesFound {
					found = append(found, fmt.Sprintf("{%d %s %s}", f.Member, f.Date.Format("2006-01-02"), f.From))
				}
				if got := fmt.Sprint(s.Members); got != tt.want || s.Undated != tt.undatedN || fmt.Sprint(found) != tt.datesFound {
					t.Errorf("flood story %s, %d undated, dates found %v; want %s, %d, %s", got, s.Undated, found, tt.want, tt.undatedN, tt.datesFound)
				}
				return
			}
			t.Fatalf("no flood story in %v", g.Stories)
		})
	}
}

// TestUndatedBoundsBetweenUndated: two undated articles whose address
// months lie a year apart do not group, however alike they read; with
// months that agree they do.
func TestUndatedBoundsBetweenUndated(t *testing.T) {
	flood := "river flood Danube levees breached villages evacuated"
	quake := "earthquake magnitude tremor Anatolia collapsed buildings rescuers"
	for _, tt := range []struct {
		url2 string
		want int
	}{
		{"https://b.example/2013/05/flood/", 0},
		{"https://b.example/2012/05/flood/", 1},
	} {
		arts := []*Article{
			evidenceArticle("a", "Planet", "", "https://a.example/2012/05/flood/", flood, ""),
			evidenceArticle("b", "Gazette", "", tt.url2, flood, ""),
			storyArticle("q1", "Planet", "2012-12-05", quake),
			storyArticle("q2", "Gazette", "2012-12-05", quake),
		}
		if got := len(GroupStories(arts, 0).Comparable()) - 1; got != tt.want { // less the quake story
			t.Errorf("with %s: %d stories, want %d", tt.url2, got, tt.want)
		}
	}
}

// benchGroupUnrelatedUndated is benchGroupUnrelated with every fifth
// article undated, so that its time evidence is read from its address
// and text: time must still grow linearly with the articles.
func benchGroupUnrelatedUndated(b *testing.B, n int) {
	arts := unrelatedStoryArticles(n)
	for i := 0; i < n; i += 5 {
		arts[i].Date = time.Time{}
		arts[i].URL = fmt.Sprintf("https://example.com/news/%d", i)
		arts[i].Text += "\n\nThe levees were rebuilt in 2019 and again since March 2021, officials said."
	}
	b.ReportAllocs()
	for b.Loop() {
		if g := GroupStories(arts, 0); len(g.Comparable()) != 0 {
			b.Fatalf("%d comparable stories among unrelated articles", len(g.Comparable()))
		}
	}
}

func BenchmarkGroupUnrelatedUndated2000(b *testing.B) { benchGroupUnrelatedUndated(b, 2000) }
func BenchmarkGroupUnrelatedUndated8000(b *testing.B) { benchGroupUnrelatedUndated(b, 8000) }
