package corpus

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
)

// storyArticle makes an article about topic (a few distinctive words) with
// filler that every article shares, so that only the topic words link.
func storyArticle(id, outlet, date, topic string) *Article {
	var d time.Time
	if date != "" {
		var err error
		if d, err = time.Parse("2006-01-02", date); err != nil {
			panic(err)
		}
	}
	body := fmt.Sprintf("%s. Officials in the capital spoke about %s on the day. The report on %s was published by the ministry, and %s dominated the news.", topic, topic, topic, topic)
	doc := &document{id: id, source: id, outlet: outlet, date: d, language: "english", body: []string{body, "Reporters asked questions and the government answered them in the usual way."}}
	return doc.article()
}

func TestGroupStories(t *testing.T) {
	flood := "river flood Danube levees breached villages evacuated"
	quake := "earthquake magnitude tremor Anatolia collapsed buildings rescuers"
	vote := "parliament budget vote coalition deficit taxes"
	arts := []*Article{
		storyArticle("f1", "Planet", "2023-01-04", flood),  // 0
		storyArticle("f2", "Gazette", "2023-01-05", flood), // 1
		storyArticle("f3", "Courier", "2023-01-06", flood), // 2
		storyArticle("q1", "Planet", "2023-01-05", quake),  // 3
		storyArticle("q2", "Gazette", "2023-01-05", quake), // 4
		storyArticle("f4", "Herald", "2023-03-20", flood),  // 5: same words, months later
		storyArticle("v1", "Planet", "2023-01-05", vote),   // 6: only one outlet
		storyArticle("v2", "Planet", "2023-01-05", vote),   // 7
		storyArticle("q3", "Herald", "", quake),            // 8: undated, strongly similar
	}
	g := GroupStories(arts, 0)
	want := [][]int{{0, 1, 2}, {3, 4, 8}, {6, 7}}
	var got [][]int
	for _, s := range g.Stories {
		got = append(got, s.Members)
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("stories = %v, want %v", got, want)
	}
	if !slices.Equal(g.Alone, []int{5}) {
		t.Errorf("alone = %v, want [5]", g.Alone)
	}
	comp := g.Comparable()
	if len(comp) != 2 {
		t.Errorf("comparable stories = %d, want 2 (the vote story has one outlet)", len(comp))
	}
	if s := g.Stories[0]; !slices.Equal(s.Outlets, []string{"Planet", "Gazette", "Courier"}) ||
		s.Start.Format("2006-01-02") != "2023-01-04" || s.End.Format("2006-01-02") != "2023-01-06" || s.Cohesion <= 0.2 {
		t.Errorf("flood story = %+v", s)
	}
	if g.Stories[2].Comparable() {
		t.Error("a one-outlet story is marked comparable")
	}
	// A narrower window splits the flood story.
	g = GroupStories(arts, 24*time.Hour)
	for _, s := range g.Stories {
		if slices.Contains(s.Members, 0) && slices.Contains(s.Members, 2) {
			t.Errorf("a 1-day window still joins articles two days apart: %v", s.Members)
		}
	}
}

func TestGroupStoriesEmpty(t *testing.T) {
	g := GroupStories(nil, 0)
	if len(g.Stories) != 0 || len(g.Alone) != 0 {
		t.Errorf("GroupStories(nil) = %+v", g)
	}
	one := []*Article{storyArticle("a", "X", "2023-01-01", "alpha beta gamma")}
	if g := GroupStories(one, 0); !slices.Equal(g.Alone, []int{0}) {
		t.Errorf("single article: %+v", g)
	}
}

func TestPickStory(t *testing.T) {
	flood := "river flood Danube levees breached villages evacuated"
	quake := "earthquake magnitude tremor Anatolia collapsed buildings rescuers"
	few := []*Article{
		storyArticle("f1", "Planet", "2023-01-04", flood),
		storyArticle("f2", "Gazette", "2023-01-05", flood),
		storyArticle("q1", "Planet", "2023-01-05", quake),
		storyArticle("q2", "Gazette", "2023-01-05", quake),
		storyArticle("q3", "Herald", "2023-01-05", quake),
	}
	// many: the same two stories plus unrelated articles, past the limit.
	many := append([]*Article(nil), few...)
	for i := 0; len(many) <= WholeCorpusLimit; i++ {
		many = append(many, storyArticle(fmt.Sprintf("x%d", i), "Planet", "2023-01-05", fmt.Sprintf("topic%c unrelated%c matter%c", 'a'+i, 'a'+i, 'a'+i)))
	}
	lonely := make([]*Article, 0, WholeCorpusLimit+1)
	for i := 0; i <= WholeCorpusLimit; i++ {
		lonely = append(lonely, storyArticle(fmt.Sprintf("l%d", i), "Planet", "2023-01-05", flood))
	}
	ids := func(arts []*Article) []string {
		var out []string
		for _, a := range arts {
			out = append(out, a.ID)
		}
		return out
	}
	tests := []struct {
		name    string
		arts    []*Article
		story   int
		want    []string
		number  int
		stories int
		largest bool
		err     string
	}{
		{name: "a few articles are one story", arts: few, want: ids(few)},
		{name: "a few articles, story asked for", arts: few, story: 2, want: []string{"f1", "f2"}, number: 2, stories: 2},
		{name: "a large corpus opens its largest story", arts: many, want: []string{"q1", "q2", "q3"}, number: 1, stories: 2, largest: true},
		{name: "a large corpus, story asked for", arts: many, story: 2, want: []string{"f1", "f2"}, number: 2, stories: 2},
		{name: "story past the last", arts: many, story: 3, err: "there are 2 stories with two or more outlets; story 3 does not exist"},
		{name: "no comparable story: compare whole", arts: lonely, want: ids(lonely)},
		{name: "no comparable story, story asked for", arts: lonely, story: 1, err: "no story with two or more outlets was found, so there is no story 1"},
		{name: "negative story", arts: few, story: -1, err: "story numbers start at 1, not -1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sel, err := PickStory(tt.arts, tt.story)
			if tt.err != "" {
				if err == nil || err.Error() != tt.err {
					t.Fatalf("error = %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := ids(sel.Articles); !slices.Equal(got, tt.want) {
				t.Errorf("articles = %v, want %v", got, tt.want)
			}
			if sel.Story != tt.number || len(sel.Stories) != tt.stories || sel.Largest != tt.largest {
				t.Errorf("story %d of %d (largest %v), want %d of %d (largest %v)", sel.Story, len(sel.Stories), sel.Largest, tt.number, tt.stories, tt.largest)
			}
		})
	}
}

func TestStoryTitle(t *testing.T) {
	arts := []*Article{{Title: ""}, {Title: "Floods in the valley"}, {Title: "Levees breached"}}
	for _, tt := range []struct {
		members []int
		want    string
	}{
		{[]int{0, 1, 2}, "Floods in the valley"},
		{[]int{2, 1}, "Levees breached"},
		{[]int{0}, ""},
	} {
		if got := (Story{Members: tt.members}).Title(arts); got != tt.want {
			t.Errorf("Title(%v) = %q, want %q", tt.members, got, tt.want)
		}
	}
}

// unrelatedStoryArticles makes n articles on no common story: words drawn
// from a Zipf distribution over an invented vocabulary (a few common, most
// rare, as in news), from four outlets, dated over four weeks.
func unrelatedStoryArticles(n int) []*Article {
	rng := rand.New(rand.NewPCG(7, 7))
	zipf := rand.NewZipf(rand.New(rand.NewPCG(3, 3)), 1.1, 10, 59999)
	syllables := []string{"ka", "lo", "mi", "ren", "to", "sa", "vi", "dor", "pe", "lan", "ti", "mor", "ge", "bra", "nu", "sel", "qua", "fen"}
	word := func() string {
		var w strings.Builder
		for x := zipf.Uint64() + 1000; x > 0; x /= uint64(len(syllables)) {
			w.WriteString(syllables[x%uint64(len(syllables))])
		}
		return w.String()
	}
	outlets := []string{"Daily Planet", "Morning Gazette", "Evening Herald", "City Courier"}
	arts := make([]*Article, n)
	for i := range arts {
		var body []string
		for range 6 + rng.IntN(8) {
			ws := make([]string, 20+rng.IntN(40))
			for k := range ws {
				ws[k] = word()
			}
			body = append(body, strings.Join(ws, " ")+".")
		}
		d := time.Date(2023, 1, 1+i%28, 0, 0, 0, 0, time.UTC)
		doc := &document{id: fmt.Sprint(i), source: fmt.Sprint(i), outlet: outlets[i%len(outlets)], date: d, language: "english", body: body}
		arts[i] = doc.article()
	}
	return arts
}

// benchGroupUnrelated groups articles of which none report one story:
// time must grow linearly with their number.
func benchGroupUnrelated(b *testing.B, n int) {
	arts := unrelatedStoryArticles(n)
	b.ReportAllocs()
	for b.Loop() {
		if g := GroupStories(arts, 0); len(g.Comparable()) != 0 {
			b.Fatalf("%d comparable stories among unrelated articles", len(g.Comparable()))
		}
	}
}

func BenchmarkGroupUnrelated2000(b *testing.B) { benchGroupUnrelated(b, 2000) }
func BenchmarkGroupUnrelated8000(b *testing.B) { benchGroupUnrelated(b, 8000) }

// TestUndatedJoinsByContent: an undated article joins the story it is most
// like, even below the strong threshold, but through one link only, so it
// cannot chain two stories together.
func TestUndatedJoinsByContent(t *testing.T) {
	flood := "river flood Danube levees breached villages evacuated"
	// Shares part of the flood story's words: above the ordinary link
	// threshold, below the strong one.
	partly := "river flood Danube sandbags volunteers pumps"
	quake := "earthquake magnitude tremor Anatolia collapsed buildings rescuers"
	arts := []*Article{
		storyArticle("f1", "Planet", "2023-01-04", flood),  // 0
		storyArticle("f2", "Gazette", "2023-01-05", flood), // 1
		storyArticle("u1", "Herald", "", partly),           // 2: undated, like the flood story
		storyArticle("q1", "Planet", "2023-02-05", quake),  // 3
		storyArticle("q2", "Gazette", "2023-02-05", quake), // 4
	}
	g := GroupStories(arts, 0)
	var got [][]int
	for _, s := range g.Stories {
		got = append(got, s.Members)
	}
	if fmt.Sprint(got) != fmt.Sprint([][]int{{0, 1, 2}, {3, 4}}) {
		t.Fatalf("stories = %v, want the undated article in the flood story", got)
	}
}

// TestSimilarPairsMatchAllPairs: the date-ordered index finds exactly the
// pairs that a comparison of every pair finds, with the same
// similarities, among those grouping can use: dated pairs within the
// window and pairs with an undated article (on a corpus this small the
// undated search is exhaustive).
func TestSimilarPairsMatchAllPairs(t *testing.T) {
	topics := []string{"river flood Danube levees", "earthquake tremor Anatolia rescuers", "election ballots turnout parliament", "drought harvest wheat prices", "strike unions wages railway"}
	var arts []*Article
	for i := range 60 {
		date := ""
		if i%7 != 3 {
			date = fmt.Sprintf("2023-01-%02d", 1+(i*5)%28)
		}
		topic := topics[i%len(topics)] + " " + topics[(i/len(topics))%len(topics)]
		arts = append(arts, storyArticle(fmt.Sprint(i), []string{"Planet", "Gazette", "Herald"}[i%3], date, topic))
	}
	texts := func(i int) string { return arts[i].Text }
	dates := make([]time.Time, len(arts))
	for i, a := range arts {
		dates[i] = a.Date
	}
	mem := newSpill(false)
	defer mem.Close()
	vecs := tfidfVectors(factsOf(arts), texts, mem)
	want := map[uint64]float64{}
	for j := range vecs.len() {
		for i := range j {
			if !dates[i].IsZero() && !dates[j].IsZero() && absDuration(dates[i].Sub(dates[j])) > DefaultStoryWindow {
				continue
			}
			if sim := dot(vecs.vector(j), weights(vecs.vector(i))); sim >= similarityFloor {
				want[pairKey(i, j)] = sim
			}
		}
	}
	if len(want) < 100 {
		t.Fatalf("only %d pairs to find: the fixture is too easy", len(want))
	}
	// The vectors in memory and in a temporary file; the index cut to
	// the window only when it is large, and after every article.
	t.Setenv("TMPDIR", t.TempDir())
	file := newSpill(true)
	defer file.Close()
	for _, tt := range []struct {
		name   string
		store  *spill
		minCut int
	}{
		{"in memory", mem, minPostingsCut},
		{"on file", file, minPostingsCut},
		{"cut after every article", mem, 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			vecs := tfidfVectors(factsOf(arts), texts, tt.store)
			got := similarPairsCut(vecs, dates, DefaultStoryWindow, tt.minCut)
			for k, w := range want {
				if g, ok := got[k]; !ok || g != w {
					t.Errorf("pair %d-%d: got %v (found %v), want %v", k>>32, k&0xffffffff, g, ok, w)
				}
			}
			for k := range got {
				if _, ok := want[k]; !ok {
					t.Errorf("pair %d-%d found but not wanted", k>>32, k&0xffffffff)
				}
			}
		})
	}
	if !file.onFile() {
		t.Error("the vectors were not kept in a temporary file")
	}
}

// TestGroupingSameOnAnyCores: the texts are counted and the vectors
// weighed on all cores, but term ids, vectors and stories must not depend
// on how many there are.
func TestGroupingSameOnAnyCores(t *testing.T) {
	arts := unrelatedStoryArticles(400)
	topics := []string{"river flood Danube levees", "earthquake tremor Anatolia rescuers", "election ballots turnout parliament"}
	for i := range 30 {
		date := ""
		if i%5 != 2 {
			date = fmt.Sprintf("2023-01-%02d", 1+i%6)
		}
		arts = append(arts, storyArticle(fmt.Sprint("s", i), []string{"Planet", "Gazette", "Herald"}[(i/3)%3], date, topics[i%len(topics)]))
	}
	texts := func(i int) string { return arts[i].Text }
	run := func(procs int) (vectors, groups string) {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		store := newSpill(false)
		defer store.Close()
		vecs := tfidfVectors(factsOf(arts), texts, store)
		var b strings.Builder
		for i := range vecs.len() {
			fmt.Fprintln(&b, vecs.vector(i))
		}
		g := GroupStories(arts, 0)
		if len(g.Comparable()) != len(topics) {
			t.Fatalf("with %d cores: %d comparable stories, want one per topic: %v", procs, len(g.Comparable()), g.Stories)
		}
		return b.String(), fmt.Sprint(g)
	}
	wantVectors, wantGroups := run(1)
	for _, procs := range []int{2, 3, 8} {
		vectors, groups := run(procs)
		if vectors != wantVectors {
			t.Errorf("with %d cores the grouping vectors differ from those on one", procs)
		}
		if groups != wantGroups {
			t.Errorf("with %d cores the stories are\n%s\nwant (one core)\n%s", procs, groups, wantGroups)
		}
	}
}

// TestSummaryLineCounts checks the one-line account counts in words a
// user reads: one article, one copy, one input, and more of each.
func TestSummaryLineCounts(t *testing.T) {
	tests := []struct {
		articles, folded, skipped int
		want                      string
	}{
		{1, 0, 0, "1 article"},
		{2, 1, 1, "2 articles (1 near-duplicate copy folded), 1 input skipped"},
		{0, 0, 3, "0 articles, 3 inputs skipped"},
		{5, 2, 0, "5 articles (2 near-duplicate copies folded)"},
	}
	for _, tt := range tests {
		if got := summaryLine(tt.articles, tt.folded, tt.skipped); got != tt.want {
			t.Errorf("summaryLine(%d, %d, %d) = %q, want %q", tt.articles, tt.folded, tt.skipped, got, tt.want)
		}
	}
}
