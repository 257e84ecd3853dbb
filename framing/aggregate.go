package framing

import (
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/lexicon"
)

// Profile aggregates many stories per outlet. Every field is a sum of
// counts, so profiles of shards of a corpus merge by adding (Merge), and a
// corpus never has to be in memory at once to be profiled.
type Profile struct {
	Stories int                       `json:"stories"` // comparable stories (two or more outlets)
	Outlets map[string]*OutletProfile `json:"outlets"`
}

// OutletProfile is one outlet's counts over the stories it appears in.
type OutletProfile struct {
	Outlet   string `json:"outlet"`
	Stories  int    `json:"stories"`
	Articles int    `json:"articles"`
	// Alone counts the articles (of Articles) in no comparable story:
	// their words and highlights count, their voices and claims cannot.
	Alone int `json:"articles_in_no_story"`
	Words int `json:"words"`
	// OwnWords counts highlights in the outlet's own words (narration and
	// paraphrase) by category, and by naming variant (rule id).
	OwnWords map[lexicon.Category]int `json:"own_words_by_category"`
	Quoted   map[lexicon.Category]int `json:"quoted_by_category"`
	Variants map[string]int           `json:"naming_variants_own_words"`
	// GroupStories counts, per actor group, the stories in which the
	// outlet quotes or paraphrases the group.
	GroupStories map[string]int `json:"stories_quoting_group"`
	// ClaimIncluded counts stories where the outlet carries a claim;
	// ClaimOmitted stories where another outlet on the story carries it and
	// this one does not.
	ClaimIncluded map[string]int `json:"claim_included"`
	ClaimOmitted  map[string]int `json:"claim_omitted"`
}

// NewProfile returns an empty profile.
func NewProfile() *Profile { return &Profile{Outlets: map[string]*OutletProfile{}} }

func (p *Profile) outlet(name string) *OutletProfile {
	o, ok := p.Outlets[name]
	if !ok {
		o = &OutletProfile{Outlet: name, OwnWords: map[lexicon.Category]int{}, Quoted: map[lexicon.Category]int{},
			Variants: map[string]int{}, GroupStories: map[string]int{}, ClaimIncluded: map[string]int{}, ClaimOmitted: map[string]int{}}
		p.Outlets[name] = o
	}
	return o
}

// AddStory compares one story's articles and counts them into the
// profile, building only what a profile counts (not a story report's
// naming, actors, unique content, keyness or differences), as
// ProfileStories does.
func (p *Profile) AddStory(arts []*corpus.Article, set *lexicon.Set) {
	p.Add(compareForProfile(arts, set))
}

// Add counts one story's comparison into the profile.
func (p *Profile) Add(c *Comparison) {
	if len(c.Outlets) < 2 {
		return
	}
	p.Stories++
	for _, o := range c.Outlets {
		p.outlet(o).Stories++
	}
	for _, an := range c.Articles {
		p.outlet(an.Outlet).countWords(an)
	}
	for _, row := range c.Voices {
		if strings.HasPrefix(row.Group, affiliationVoicePrefix) {
			// The profile's voices are the rule files' actor groups: a
			// corpus holds hundreds of affiliations, one column each.
			continue
		}
		for outlet, n := range row.Quotes {
			if n > 0 {
				p.outlet(outlet).GroupStories[row.Group]++
			}
		}
	}
	count := func(key string, present map[string][]Evidence) {
		if len(present) == 0 {
			return
		}
		for _, o := range c.Outlets {
			if _, ok := present[o]; ok {
				p.outlet(o).ClaimIncluded[key]++
			} else {
				p.outlet(o).ClaimOmitted[key]++
			}
		}
	}
	for _, row := range c.Claims {
		count(row.RuleID, row.Present)
	}
	for _, cl := range c.Acts {
		count("act:"+cl.Key, cl.Present)
	}
}

// AddArticle counts an article that is in no comparable story: its words
// and highlights, so that an outlet's rates cover all its articles, and a
// corpus where no two outlets meet still has a per-outlet profile. An
// article of no known outlet counts under "unknown outlet".
func (p *Profile) AddArticle(an *Analysis) {
	o := p.outlet(an.Article.DisplayOutlet())
	o.Alone++
	o.countWords(an)
}

// countWords counts an article's words and its highlights by voice.
func (o *OutletProfile) countWords(an *Analysis) {
	o.Articles++
	o.Words += an.Words
	for _, h := range an.Hits {
		if h.Category == lexicon.Actor || h.Cue {
			continue // actors are not wording; cues ("said") are not loaded
		}
		if h.Voice.OutletsWords() || h.Voice.Kind == Scare {
			o.OwnWords[h.Category]++
			if h.Category == lexicon.Naming {
				o.Variants[h.RuleID]++
			}
		} else {
			o.Quoted[h.Category]++
		}
	}
}

// Merge adds another profile's counts (of a disjoint shard) into p.
func (p *Profile) Merge(q *Profile) {
	p.Stories += q.Stories
	for name, qo := range q.Outlets {
		o := p.outlet(name)
		o.Stories += qo.Stories
		o.Articles += qo.Articles
		o.Alone += qo.Alone
		o.Words += qo.Words
		addAll(o.OwnWords, qo.OwnWords)
		addAll(o.Quoted, qo.Quoted)
		addAll(o.Variants, qo.Variants)
		addAll(o.GroupStories, qo.GroupStories)
		addAll(o.ClaimIncluded, qo.ClaimIncluded)
		addAll(o.ClaimOmitted, qo.ClaimOmitted)
	}
}

func addAll[K comparable](dst, src map[K]int) {
	for k, v := range src {
		dst[k] += v
	}
}

// Per10k is a count as a rate per 10,000 words of the outlet.
func (o *OutletProfile) Per10k(n int) float64 {
	if o.Words == 0 {
		return 0
	}
	return round2(float64(n) * 10000 / float64(o.Words))
}

// SortedOutlets lists the outlets, most stories first.
func (p *Profile) SortedOutlets() []*OutletProfile {
	out := make([]*OutletProfile, 0, len(p.Outlets))
	for _, o := range p.Outlets {
		out = append(out, o)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Stories != out[j].Stories {
			return out[i].Stories > out[j].Stories
		}
		return out[i].Outlet < out[j].Outlet
	})
	return out
}

// ArticleSource gives a corpus's articles by index. A corpus.Shelf builds
// each when asked, so corpus-scale comparison holds only the stories in
// hand; corpus.Articles serves articles already loaded.
type ArticleSource interface {
	Article(i int) *corpus.Article
}

// ProfileStories compares each comparable story and aggregates them,
// then counts every article in none of them (AddArticle). Progress
// functions, if any, are told how many stories are done.
//
// Every count of a profile is a sum, so the stories and then the articles
// in none are taken by the cores in turn, each counting into a profile of
// its own, and the profiles are merged: the result is the same in any
// order, no core waits to hand a finished story over in turn, and the
// articles in no story start while the last stories are still compared.
func ProfileStories(src Corpus, stories []corpus.Story, set *lexicon.Set, progress ...func(done, total int)) *Profile {
	alone := aloneArticles(src.Len(), stories)
	var mu sync.Mutex // over done and the progress calls, so done only grows
	done := 0
	storyDone := func() {
		mu.Lock()
		defer mu.Unlock()
		done++
		for _, f := range progress {
			f(done, len(stories))
		}
	}
	return countInParts(len(stories)+len(alone), func(p *Profile, k int) {
		if k >= len(stories) {
			p.AddArticle(Analyze(src.Article(alone[k-len(stories)]), set))
			return
		}
		if s := stories[k]; s.Comparable() {
			members := make([]*corpus.Article, len(s.Members))
			for i, m := range s.Members {
				members[i] = src.Article(m)
			}
			p.Add(compareForProfile(members, set))
		}
		storyDone()
	})
}

// countInParts runs count(p, 0) ... count(p, n-1) on all cores, each core
// counting into a profile p of its own, and returns the profiles merged.
// Since a profile holds sums only, the result does not depend on which
// core counted what.
func countInParts(n int, count func(p *Profile, k int)) *Profile {
	parts := make([]*Profile, min(runtime.GOMAXPROCS(0), max(n, 1)))
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := range parts {
		p := NewProfile()
		parts[w] = p
		wg.Go(func() {
			for k := int(next.Add(1)) - 1; k < n; k = int(next.Add(1)) - 1 {
				count(p, k)
			}
		})
	}
	wg.Wait()
	p := NewProfile()
	for _, part := range parts {
		p.Merge(part)
	}
	return p
}

// aloneArticles lists, ascending, the articles of a corpus of n that are
// in none of the comparable stories.
func aloneArticles(n int, stories []corpus.Story) []int {
	inStory := make([]bool, n)
	for _, s := range stories {
		if s.Comparable() {
			for _, m := range s.Members {
				inStory[m] = true
			}
		}
	}
	var alone []int
	for i, in := range inStory {
		if !in {
			alone = append(alone, i)
		}
	}
	return alone
}

// addAlone counts into p the articles of src that are in none of the
// comparable stories, analysed on all cores.
func addAlone(p *Profile, src Corpus, stories []corpus.Story, set *lexicon.Set) {
	alone := aloneArticles(src.Len(), stories)
	p.Merge(countInParts(len(alone), func(q *Profile, k int) { q.AddArticle(Analyze(src.Article(alone[k]), set)) }))
}

// compareStories compares the comparable stories on all cores with compare
// and hands each comparison to visit on the calling goroutine, in story
// order.
func compareStories(src ArticleSource, stories []corpus.Story, set *lexicon.Set,
	compare func([]*corpus.Article, *lexicon.Set) *Comparison, progress []func(done, total int), visit func(s corpus.Story, members []*corpus.Article, c *Comparison)) {
	type result struct {
		members []*corpus.Article
		c       *Comparison
	}
	inOrder(len(stories), func(k int) result {
		s := stories[k]
		if !s.Comparable() {
			return result{}
		}
		members := make([]*corpus.Article, len(s.Members))
		for i, m := range s.Members {
			members[i] = src.Article(m)
		}
		return result{members, compare(members, set)}
	}, func(k int, r result) {
		for _, f := range progress {
			f(k, len(stories))
		}
		if r.c != nil {
			visit(stories[k], r.members, r.c)
		}
	})
}

// inOrder runs work(0) ... work(n-1) on all cores and hands each result
// to visit on the calling goroutine, in index order. At most twice as
// many results as there are cores are in hand at a time, so a corpus-scale
// job holds a few stories or articles, however many there are.
func inOrder[T any](n int, work func(i int) T, visit func(i int, r T)) {
	results := make([]chan T, n)
	for i := range results {
		results[i] = make(chan T, 1)
	}
	window := make(chan struct{}, 2*runtime.GOMAXPROCS(0))
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		for i := range n {
			select {
			case window <- struct{}{}:
			case <-stop:
				return
			}
			go func() { results[i] <- work(i) }()
		}
	}()
	for i := range n {
		r := <-results[i]
		<-window
		visit(i, r)
	}
}

// CorpusStory is what a corpus report keeps of one story: where it is, who
// covers it, its top differences (with a little evidence each) and its
// per-outlet counts, so a corpus of thousands of stories is reported
// without keeping their comparisons.
type CorpusStory struct {
	Number      int          `json:"number"` // 1-based, as `framediff stories` lists them
	Date        string       `json:"date,omitempty"`
	Headline    string       `json:"headline"`
	Outlets     []string     `json:"outlets"`
	Articles    int          `json:"articles"`
	Differences []Difference `json:"differences"`
	Counts      []StoryCount `json:"counts"`
}

// StoryCount is one outlet's count of one measure in one voice in a
// story, with its denominator: the tidy rows a researcher pivots.
type StoryCount struct {
	Outlet      string `json:"outlet"`
	Measure     string `json:"measure"` // a highlight category, "words" or "quotations"
	Voice       string `json:"voice"`   // own (narration and paraphrase), quoted, or all
	Count       int    `json:"count"`
	Denominator int    `json:"denominator"` // the outlet's words in the story
}

// CompareCorpus compares every comparable story of a corpus, aggregating
// the per-outlet profile and keeping of each story its top keep
// differences (three pieces of evidence each) and its counts, then
// counting every article in none of them into the profile (AddArticle).
// Progress functions, if any, are told how many stories are done.
func CompareCorpus(src Corpus, stories []corpus.Story, set *lexicon.Set, keep int, progress ...func(done, total int)) (*Profile, []CorpusStory) {
	p := NewProfile()
	var out []CorpusStory
	compareStories(src, stories, set, Compare, progress, func(s corpus.Story, members []*corpus.Article, c *Comparison) {
		p.Add(c)
		cs := CorpusStory{Number: len(out) + 1, Headline: members[0].Title, Outlets: c.Outlets, Articles: len(members)}
		if !s.Start.IsZero() {
			cs.Date = s.Start.Format("2006-01-02")
		}
		for k, d := range c.Differences {
			if k == keep {
				break
			}
			d.Evidence = d.Evidence[:min(3, len(d.Evidence))]
			cs.Differences = append(cs.Differences, d)
		}
		cs.Counts = storyCounts(c)
		out = append(out, cs)
	})
	addAlone(p, src, stories, set)
	return p, out
}

// storyCounts are a comparison's per-outlet counts: words, highlights by
// category in the outlet's own words and inside quotations, quotations.
func storyCounts(c *Comparison) []StoryCount {
	var out []StoryCount
	for _, o := range c.Outlets {
		words, quotes := 0, 0
		own, quoted := map[lexicon.Category]int{}, map[lexicon.Category]int{}
		for _, an := range c.ArticlesOf(o) {
			words += an.Words
			for _, q := range an.Quotations {
				if !q.inner && !q.Unasserted {
					quotes++
				}
			}
			for _, h := range an.Hits {
				if h.Cue {
					continue
				}
				if h.Voice.OutletsWords() {
					own[h.Category]++
				} else {
					quoted[h.Category]++
				}
			}
		}
		out = append(out, StoryCount{Outlet: o, Measure: "words", Voice: "all", Count: words, Denominator: words},
			StoryCount{Outlet: o, Measure: "quotations", Voice: "all", Count: quotes, Denominator: words})
		for _, cat := range lexicon.Categories() {
			out = append(out, StoryCount{Outlet: o, Measure: string(cat), Voice: "own", Count: own[cat], Denominator: words},
				StoryCount{Outlet: o, Measure: string(cat), Voice: "quoted", Count: quoted[cat], Denominator: words})
		}
	}
	return out
}
