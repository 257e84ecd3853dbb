// Package wcleval scores the actors framediff finds in a story against
// NewsWCL50 (Hamborg, Zhukova, Gipp: "Automated Identification of Media
// Bias by Word Choice and Labeling in News Articles", JCDL 2019), whose
// development events are read from ../shared/eval/newswcl50-dev; the texts
// are never copied into the repository.
//
// Each event's .txt files are built into articles the way a user's
// already-clean text would be: the outlet:/date:/url: header is read as
// metadata, the body is split on blank lines, the first paragraph is the
// title and the rest go to corpus.FromParagraphs. The event's articles are
// compared (framing.Compare) and every tool actor mention is mapped back
// to file byte offsets, the gold's convention (see textmap).
//
// The rules, all on bytes:
//   - A gold mention is covered when some tool mention of its document
//     overlaps it by at least half the shorter of the two spans (so
//     "Trump" covers "President Trump" and "the president" is covered by
//     "the president's first national security adviser").
//     Two stricter figures beside it: covered by one tool mention
//     overlapping at least half the gold mention itself, and covered by a
//     mention of the tool actor that best matches the gold mention's
//     chain (below), that is by the right actor.
//   - A tool mention is right (precision) when at least half of it lies
//     inside one gold mention. By type, a tool mention counts under the
//     type of the gold mention it overlaps most, or "(none)". Of the tool
//     mentions outside the gold, those whose actor best matches some gold
//     chain are counted apart: the gold leaves some mentions of its
//     concepts unmarked, so these are often right.
//   - Labels. A gold chain (one concept of one event) mentioned by two or
//     more outlets has, per outlet, the labels of its mentions. The label
//     of a gold mention is its lower-cased head: the words before the first
//     post-modifier ("of", "to", "who", ...) that follows a common noun
//     are kept; of those, the last that starts with a lower-case letter and
//     is not a function word ("the", "his", "and", ...) is the head ("the
//     former F.B.I. director James Comey": "director"; "tariffs on steel":
//     "tariff"); when every such word is capitalised the mention is a
//     proper name and its label is "(name)"; a mention with no such word
//     (a pronoun) has no label. Labels are lemmatised crudely: a
//     possessive ending and a plural "s" are stripped (not after "ss",
//     "us", "is", nor from words of three letters or fewer).
//   - A label is outlet-specific when exactly one outlet of the event uses
//     it for the chain. It is found when the tool actor that best matches
//     the chain (the one whose mention overlaps a chain mention most, among
//     those covering it, for the most chain mentions) has the same lemma among
//     its labels for that outlet, in any voice. The tool labels a bare
//     place or organisation name by the name itself ("iran"), so a gold
//     "(name)" is also found when a tool mention of that actor and outlet
//     is itself all capitalised words.
package wcleval

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
	"github.com/framediff/framediff/internal/textmap"
	"github.com/framediff/framediff/lexicon"
	"github.com/framediff/framediff/text"
)

// Doc is one article of the gold file.
type Doc struct {
	Event       string `json:"event"`
	OutletCode  string `json:"outlet_code"`
	Outlet      string `json:"outlet"`
	Path        string `json:"path"` // relative to the data folder
	HeaderChars int    `json:"header_chars"`
	URL         string `json:"url"`
	Date        string `json:"date"`
}

// GoldMention is one annotated mention of a concept.
type GoldMention struct {
	Doc   string `json:"doc"`
	Event string `json:"event"`
	// Chain identifies the concept within its event.
	Chain string `json:"chain"`
	Code  string `json:"code"`
	// Type is ACTOR, ACTOR-I, COUNTRY, GROUP, OBJECT, EVENT, ACTION or MISC.
	Type      string `json:"type"`
	Text      string `json:"text"`
	StartByte int    `json:"start_byte"`
	EndByte   int    `json:"end_byte"`
}

// Gold is the mentions.json file.
type Gold struct {
	Docs     map[string]Doc `json:"docs"`
	Mentions []GoldMention  `json:"mentions"`
}

// goldFile is the name of the gold file inside the data folder.
const goldFile = "mentions.json"

// LoadGold reads dir/mentions.json.
func LoadGold(dir string) (*Gold, error) {
	path := filepath.Join(dir, goldFile)
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading the NewsWCL50 gold file: %w", err)
	}
	var g Gold
	if err := json.Unmarshal(data, &g); err != nil {
		return nil, fmt.Errorf("%s is not a NewsWCL50 mentions file: %w", path, err)
	}
	if len(g.Docs) == 0 {
		return nil, fmt.Errorf("%s lists no documents", path)
	}
	for i, m := range g.Mentions {
		if _, ok := g.Docs[m.Doc]; !ok {
			return nil, fmt.Errorf("%s: mention %d (%q) belongs to document %q, which the file does not list", path, i, m.Text, m.Doc)
		}
	}
	return &g, nil
}

// span is a half-open byte range [start, end) into a .txt file, header
// included.
type span struct{ start, end int }

func (s span) len() int { return max(0, s.end-s.start) }

func overlap(a, b span) int { return max(0, min(a.end, b.end)-max(a.start, b.start)) }

// covers applies the coverage rule: the overlap is at least half the
// shorter span.
func covers(a, b span) bool {
	ov := overlap(a, b)
	return ov > 0 && 2*ov >= min(a.len(), b.len())
}

// Counts are the raw tallies behind the mention scores.
type Counts struct {
	Gold    int // gold mentions
	Covered int // ...covered by a tool mention
	// Strict counts the gold mentions that one tool mention overlaps by at
	// least half of the gold mention, not of the shorter span: "Mr. Comey"
	// covers "Mr. Comey's closely guarded memos" but not strictly.
	Strict int
	// ByBest counts the gold mentions covered by a mention of the tool
	// actor that best matches their chain: covered by the right actor.
	ByBest int
	Tool   int // tool mentions
	Inside int // ...lying at least half inside one gold mention
	// OfChainActor counts the tool mentions outside the gold whose actor
	// is the best match of a gold chain: often a mention of an annotated
	// concept that the gold leaves out ("Mr. Comey" in "Mr. Comey's
	// firing").
	OfChainActor int
}

func (c *Counts) add(o Counts) {
	c.Gold += o.Gold
	c.Covered += o.Covered
	c.Strict += o.Strict
	c.ByBest += o.ByBest
	c.Tool += o.Tool
	c.Inside += o.Inside
	c.OfChainActor += o.OfChainActor
}

// Coverage is the share of gold mentions covered.
func (c Counts) Coverage() float64 { return ratio(c.Covered, c.Gold) }

// Precision is the share of tool mentions inside gold mentions.
func (c Counts) Precision() float64 { return ratio(c.Inside, c.Tool) }

// LabelCounts are the raw tallies behind the label score.
type LabelCounts struct {
	Chains      int // chains mentioned by two or more outlets
	WithLabel   int // ...with at least one outlet-specific label
	ChainsFound int // ...of which at least one label was found
	Specific    int // outlet-specific labels
	Found       int // ...found among the best tool actor's labels
	// Repeated and RepeatedFound count the outlet-specific labels that
	// their outlet uses twice or more, the threshold at which framediff
	// reports a naming difference.
	Repeated, RepeatedFound int
}

func (c *LabelCounts) add(o LabelCounts) {
	c.Chains += o.Chains
	c.WithLabel += o.WithLabel
	c.ChainsFound += o.ChainsFound
	c.Specific += o.Specific
	c.Found += o.Found
	c.Repeated += o.Repeated
	c.RepeatedFound += o.RepeatedFound
}

// Share is the share of outlet-specific labels found.
func (c LabelCounts) Share() float64 { return ratio(c.Found, c.Specific) }

// MentionCase is a missed gold mention or a false tool mention, for a
// developer to read.
type MentionCase struct {
	File string
	Text string // the mention, on one sanitized line
	// Context is the mention with up to contextBytes of the file on either
	// side, on one line, the mention in [brackets].
	Context string
	// Type is the gold mention's type; of a false tool mention, the type
	// of the gold mention it overlaps most, if any.
	Type  string
	Chain string
	// Actor and Label are the tool's: of a false mention, its own; of a
	// missed one, the tool mention overlapping it most, if any.
	Actor, Label, Surface string
}

// SpecificLabel is one outlet-specific label of a chain.
type SpecificLabel struct {
	Outlet, Label string
	Uses          int // the outlet's mentions of the chain with the label
	Found         bool
	// Tool lists the best actor's labels for the outlet.
	Tool []string
}

// ChainMatch is a chain mentioned by two or more outlets and the tool
// actor matching it best.
type ChainMatch struct {
	Event, Chain, Type string
	Mentions, Outlets  int
	// Actor is the best tool actor's name and kind, empty when no tool
	// mention covers any of the chain's; Covered counts the chain
	// mentions its mentions cover.
	Actor, Kind string
	Covered     int
	Labels      []SpecificLabel
}

// Result is a whole evaluation.
type Result struct {
	Docs, Events int
	Total        Counts
	ByEvent      map[string]Counts
	ByType       map[string]Counts
	ByOutlet     map[string]Counts
	Labels       LabelCounts
	LabelsBy     map[string]LabelCounts // by event
	LabelsByType map[string]LabelCounts
	Chains       []ChainMatch
	Misses       []MentionCase
	False        []MentionCase
	// MissedTexts and GoldTexts count the lower-cased text of missed and of
	// all gold mentions; FalseSurfaces and ToolSurfaces the lower-cased
	// surface of false and of all tool mentions.
	MissedTexts, GoldTexts, FalseSurfaces, ToolSurfaces map[string]int
	// Problems lists documents that could not be scored.
	Problems []string
}

// noType is the type of a tool mention outside every gold mention.
const noType = "(none)"

// doc is one built document of an event.
type doc struct {
	key, path, file string
	article         *corpus.Article
	offsets         *textmap.Map
	gold            []GoldMention
	goldSpans       []span
}

// toolMention is a tool actor mention mapped to its file.
type toolMention struct {
	actor int
	m     framing.Mention
	at    span
}

// Evaluate builds, compares and scores every event the gold lists. A
// document whose file is missing is listed in Problems and its event is
// compared without it; a file that does not match the gold (no header, a
// mention whose bytes are not its text) is an error.
func Evaluate(dir string, g *Gold, set *lexicon.Set) (*Result, error) {
	res := &Result{
		ByEvent: map[string]Counts{}, ByType: map[string]Counts{}, ByOutlet: map[string]Counts{},
		LabelsBy: map[string]LabelCounts{}, LabelsByType: map[string]LabelCounts{},
		MissedTexts: map[string]int{}, GoldTexts: map[string]int{}, FalseSurfaces: map[string]int{}, ToolSurfaces: map[string]int{},
	}
	byDoc := map[string][]GoldMention{}
	for _, m := range g.Mentions {
		byDoc[m.Doc] = append(byDoc[m.Doc], m)
	}
	events := map[string][]string{}
	for key, d := range g.Docs {
		events[d.Event] = append(events[d.Event], key)
	}
	for _, ev := range slices.Sorted(maps.Keys(events)) {
		var docs []*doc
		for _, key := range slices.Sorted(slices.Values(events[ev])) {
			d := g.Docs[key]
			path := filepath.Join(dir, d.Path)
			data, err := os.ReadFile(path)
			if errors.Is(err, fs.ErrNotExist) {
				res.Problems = append(res.Problems, fmt.Sprintf("%s is missing, so its %d gold mentions are not scored", path, len(byDoc[key])))
				continue
			}
			if err != nil {
				return nil, fmt.Errorf("reading a NewsWCL50 document: %w", err)
			}
			bd, err := buildDoc(key, path, string(data), d, byDoc[key])
			if err != nil {
				return nil, err
			}
			docs = append(docs, bd)
		}
		if len(docs) == 0 {
			continue
		}
		res.scoreEvent(ev, docs, set)
	}
	if res.Docs == 0 {
		return nil, fmt.Errorf("none of the %d documents listed in %s was found under %s", len(g.Docs), goldFile, dir)
	}
	return res, nil
}

// buildDoc builds one document's article and checks its gold mentions
// against the file.
func buildDoc(key, path, file string, d Doc, gold []GoldMention) (*doc, error) {
	a, m, header, err := buildArticle(key, path, file)
	if err != nil {
		return nil, err
	}
	if d.HeaderChars > 0 && utf8.RuneCountInString(file[:header]) != d.HeaderChars {
		return nil, fmt.Errorf("%s: the header is %d characters long, the gold says %d: is it the file the gold was made for?",
			path, utf8.RuneCountInString(file[:header]), d.HeaderChars)
	}
	bd := &doc{key: key, path: path, file: file, article: a, offsets: m, gold: gold}
	for _, g := range gold {
		if g.StartByte < 0 || g.StartByte >= g.EndByte || g.EndByte > len(file) {
			return nil, fmt.Errorf("%s: gold mention %q has the bytes [%d, %d), outside the file's %d", path, g.Text, g.StartByte, g.EndByte, len(file))
		}
		if file[g.StartByte:g.EndByte] != g.Text {
			return nil, fmt.Errorf("%s: gold mention %q has the bytes [%d, %d), which hold %q: is it the file the gold was made for?",
				path, g.Text, g.StartByte, g.EndByte, excerpt(file[g.StartByte:g.EndByte]))
		}
		bd.goldSpans = append(bd.goldSpans, span{g.StartByte, g.EndByte})
	}
	return bd, nil
}

func buildArticle(id, path, file string) (*corpus.Article, *textmap.Map, int, error) {
	a, m, header, err := textmap.HeaderArticle(id, path, file, "outlet", "date", "url")
	if err == nil && a.Outlet == "" { // an outlet made only of control characters is none
		return nil, nil, 0, fmt.Errorf("%s names no outlet in its header", path)
	}
	return a, m, header, err
}

// scoreEvent compares one event's articles and adds its scores.
func (r *Result) scoreEvent(ev string, docs []*doc, set *lexicon.Set) {
	arts := make([]*corpus.Article, len(docs))
	for i, d := range docs {
		arts[i] = d.article
	}
	c := framing.Compare(arts, set)
	tools := make([][]toolMention, len(docs)) // by document
	for ai, act := range c.Actors {
		for _, m := range act.Mentions {
			if m.Article < 0 || m.Article >= len(docs) {
				continue
			}
			s, e := docs[m.Article].offsets.Span(m.Start, m.End)
			tools[m.Article] = append(tools[m.Article], toolMention{ai, m, span{s, e}})
		}
	}
	chains := map[string][]goldRef{}
	for i, d := range docs {
		for k, g := range d.gold {
			chains[g.Chain] = append(chains[g.Chain], goldRef{i, k})
		}
	}
	chainActor := map[string]int{} // the tool actor matching each chain best, -1 for none
	matched := map[int]bool{}      // the tool actors matching some chain
	for chain, refs := range chains {
		chainActor[chain] = bestActor(refs, docs, tools)
		matched[chainActor[chain]] = true
	}
	r.Events++
	evCounts := Counts{}
	for i, d := range docs {
		r.Docs++
		dc := Counts{}
		for k, g := range d.gold {
			gs := d.goldSpans[k]
			t := Counts{Gold: 1}
			text := normal(g.Text)
			r.GoldTexts[text]++
			near, nearOv := -1, 0
			for j, tm := range tools[i] {
				ov := overlap(tm.at, gs)
				if covers(tm.at, gs) {
					t.Covered = 1
					if tm.actor == chainActor[g.Chain] {
						t.ByBest = 1
					}
				}
				if 2*ov >= gs.len() {
					t.Strict = 1
				}
				if ov > nearOv {
					near, nearOv = j, ov
				}
			}
			if t.Covered == 0 {
				cs := MentionCase{File: d.path, Text: excerpt(g.Text), Context: context(d.file, gs), Type: g.Type, Chain: g.Chain}
				if near >= 0 {
					tm := tools[i][near]
					cs.Actor, cs.Label, cs.Surface = c.Actors[tm.actor].Name, tm.m.Label, excerpt(tm.m.Surface)
				}
				r.Misses = append(r.Misses, cs)
				r.MissedTexts[text]++
			}
			dc.add(t)
			r.addType(g.Type, t)
		}
		for _, tm := range tools[i] {
			t := Counts{Tool: 1}
			best, bestOv := -1, 0
			for k, gs := range d.goldSpans {
				ov := overlap(tm.at, gs)
				if ov > 0 && 2*ov >= tm.at.len() {
					t.Inside = 1
				}
				if ov > bestOv {
					best, bestOv = k, ov
				}
			}
			typ := noType
			if best >= 0 {
				typ = d.gold[best].Type
			}
			surface := normal(tm.m.Surface)
			r.ToolSurfaces[surface]++
			if t.Inside == 0 && matched[tm.actor] {
				t.OfChainActor = 1
			}
			if t.Inside == 0 {
				act := c.Actors[tm.actor]
				cs := MentionCase{File: d.path, Text: excerpt(tm.m.Surface), Context: context(d.file, tm.at), Type: typ, Actor: act.Name + " (" + act.Kind + ")", Label: tm.m.Label}
				if best >= 0 {
					cs.Chain = d.gold[best].Chain
				}
				r.False = append(r.False, cs)
				r.FalseSurfaces[surface]++
			}
			dc.add(t)
			r.addType(typ, t)
		}
		evCounts.add(dc)
		oc := r.ByOutlet[c.Articles[i].Outlet]
		oc.add(dc)
		r.ByOutlet[c.Articles[i].Outlet] = oc
	}
	r.Total.add(evCounts)
	r.ByEvent[ev] = evCounts
	r.scoreLabels(ev, c, docs, tools, chains, chainActor)
}

func (r *Result) addType(typ string, t Counts) {
	c := r.ByType[typ]
	c.add(t)
	r.ByType[typ] = c
}

// goldRef points at one gold mention of an event.
type goldRef struct{ doc, k int }

// scoreLabels checks the outlet-specific labels of each chain mentioned
// by two or more outlets against its best tool actor.
func (r *Result) scoreLabels(ev string, c *framing.Comparison, docs []*doc, tools [][]toolMention, chains map[string][]goldRef, bestOf map[string]int) {
	evLabels := LabelCounts{}
	for _, chain := range slices.Sorted(maps.Keys(chains)) {
		refs := chains[chain]
		// labels[outlet][label] counts the chain's gold labels per outlet
		// (outlets by article index, which Compare keeps one per outlet).
		labels := map[int]map[string]int{}
		for _, ref := range refs {
			if labels[ref.doc] == nil {
				labels[ref.doc] = map[string]int{}
			}
			if l := HeadLabel(docs[ref.doc].gold[ref.k].Text); l != "" {
				labels[ref.doc][l]++
			}
		}
		if len(labels) < 2 {
			continue
		}
		first := docs[refs[0].doc].gold[refs[0].k]
		cm := ChainMatch{Event: ev, Chain: chain, Type: first.Type, Mentions: len(refs), Outlets: len(labels)}
		best := bestOf[chain]
		if best >= 0 {
			cm.Actor, cm.Kind = c.Actors[best].Name, c.Actors[best].Kind
			for _, ref := range refs {
				gs := docs[ref.doc].goldSpans[ref.k]
				if slices.ContainsFunc(tools[ref.doc], func(tm toolMention) bool { return tm.actor == best && covers(tm.at, gs) }) {
					cm.Covered++
				}
			}
		}
		users := map[string]int{} // outlets using each label
		for _, ls := range labels {
			for l := range ls {
				users[l]++
			}
		}
		for _, i := range slices.Sorted(maps.Keys(labels)) {
			outlet := c.Articles[i].Outlet
			for _, l := range slices.Sorted(maps.Keys(labels[i])) {
				if users[l] != 1 {
					continue
				}
				sl := SpecificLabel{Outlet: outlet, Label: l, Uses: labels[i][l]}
				if best >= 0 {
					sl.Tool = slices.Sorted(maps.Keys(c.Actors[best].Labels[outlet]))
					sl.Found = toolHasLabel(c.Actors[best], outlet, i, l)
				}
				cm.Labels = append(cm.Labels, sl)
			}
		}
		lc := LabelCounts{Chains: 1, Specific: len(cm.Labels)}
		for _, sl := range cm.Labels {
			if sl.Found {
				lc.Found++
			}
			if sl.Uses >= 2 {
				lc.Repeated++
				if sl.Found {
					lc.RepeatedFound++
				}
			}
		}
		if lc.Specific > 0 {
			lc.WithLabel = 1
		}
		if lc.Found > 0 {
			lc.ChainsFound = 1
		}
		evLabels.add(lc)
		bt := r.LabelsByType[cm.Type]
		bt.add(lc)
		r.LabelsByType[cm.Type] = bt
		r.Chains = append(r.Chains, cm)
	}
	r.Labels.add(evLabels)
	r.LabelsBy[ev] = evLabels
}

// bestActor returns the tool actor that most often holds, among the tool
// mentions covering a chain mention, the one overlapping it most (so "the
// UK" inside "Trump's visit to the UK" loses to "Trump's visit", and a
// long name that covers one mention loses to a surname covering five),
// ties broken by overlapping bytes and then by the actor's order; -1 when
// no tool mention covers any.
func bestActor(refs []goldRef, docs []*doc, tools [][]toolMention) int {
	votes, bytes := map[int]int{}, map[int]int{}
	for _, ref := range refs {
		gs := docs[ref.doc].goldSpans[ref.k]
		best, bestOv := -1, 0
		for _, tm := range tools[ref.doc] {
			ov := overlap(tm.at, gs)
			bytes[tm.actor] += ov
			if covers(tm.at, gs) && ov > bestOv {
				best, bestOv = tm.actor, ov
			}
		}
		if best >= 0 {
			votes[best]++
		}
	}
	best := -1
	for _, a := range slices.Sorted(maps.Keys(votes)) {
		if best < 0 || cmp.Or(cmp.Compare(votes[a], votes[best]), cmp.Compare(bytes[a], bytes[best])) > 0 {
			best = a
		}
	}
	return best
}

// toolHasLabel reports whether the actor carries the gold label (a
// lemma) in the outlet's article.
func toolHasLabel(a framing.Actor, outlet string, article int, label string) bool {
	for l := range a.Labels[outlet] {
		if lemma(l) == label {
			return true
		}
	}
	if label != nameLabel {
		return false
	}
	return slices.ContainsFunc(a.Mentions, func(m framing.Mention) bool {
		return m.Article == article && HeadLabel(m.Surface) == nameLabel
	})
}

// nameLabel is the label of a mention whose words are all capitalised.
const nameLabel = "(name)"

// functionWords are never a mention's head.
var functionWords = setOf("a an the this that these those his her its their our my your whose which who whom what " +
	"he she it they we i you him them us me one ones some any each every all both either neither no other another such " +
	"and or but nor of to in into on onto for with from about by at over under against between among as after before " +
	"during since until than through across upon within without via per also not only just very so too " +
	"is are was were be been being has have had do does did will would can could may might shall should must 's " +
	"many more most much few several own up off out down here there then now " +
	"two three four five six seven eight nine ten dozen hundred thousand million billion")

// postModifiers end a noun phrase's head when a common noun precedes them:
// "the leader of North Korea", "tariffs on steel", "officials who spoke".
var postModifiers = setOf("of to in into on onto for with from about by at over under against between among as after before " +
	"during since until than through across upon within without via that who whom which whose where when while")

func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// HeadLabel is the package's gold label of a mention text (see the package
// documentation): the lemma of its common-noun head, "(name)" for a proper
// name, or "" when it has neither.
func HeadLabel(mention string) string {
	var words []string
	for _, w := range strings.Fields(mention) {
		w = strings.TrimFunc(w, func(r rune) bool {
			return !(unicode.IsLetter(r) || unicode.IsDigit(r)) && r != '.' && r != '\'' && r != '’'
		})
		w = strings.TrimRight(strings.TrimLeft(w, ".'’"), "'’")
		if strings.Count(w, ".") == 1 {
			w = strings.TrimSuffix(w, ".") // a sentence's full stop, not an abbreviation's ("U.S.", "Mr.")
		}
		if w != "" {
			words = append(words, w)
		}
	}
	content := func(w string) bool {
		return strings.IndexFunc(w, unicode.IsLetter) >= 0 && !functionWords[strings.ToLower(stripPossessive(w))]
	}
	lower := func(w string) bool {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsLower(r)
	}
	seenNoun := false
	for i, w := range words {
		if seenNoun && postModifiers[strings.ToLower(w)] {
			words = words[:i]
			break
		}
		if content(w) && lower(w) {
			seenNoun = true
		}
	}
	label := ""
	for _, w := range words {
		switch {
		case !content(w):
		case lower(w):
			label = lemma(w)
		case label == "":
			label = nameLabel
		}
	}
	return label
}

// stripPossessive drops a final "'s", "’s" or "'".
func stripPossessive(w string) string {
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if t, ok := strings.CutSuffix(w, suf); ok {
			return t
		}
	}
	return w
}

// lemma lower-cases a label and strips a possessive and a plural "s".
func lemma(w string) string {
	w = stripPossessive(strings.ToLower(strings.TrimSpace(w)))
	if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") {
		w = w[:len(w)-1]
	}
	return w
}

// contextBytes is how much of the file a case shows on either side of its
// mention.
const contextBytes = 50

// context shows the span s of the file with some text on either side, on
// one sanitized line, the span in brackets.
func context(file string, s span) string {
	from, to := max(0, s.start-contextBytes), min(len(file), s.end+contextBytes)
	for from > 0 && !utf8.RuneStart(file[from]) {
		from--
	}
	for to < len(file) && !utf8.RuneStart(file[to]) {
		to++
	}
	line := func(t string) string { return strings.Join(strings.Fields(text.SanitizeLine(t)), " ") }
	return "…" + line(file[from:s.start]) + " [" + line(file[s.start:s.end]) + "] " + line(file[s.end:to]) + "…"
}

// normal lower-cases s and puts it on one sanitized line.
func normal(s string) string { return strings.ToLower(excerpt(s)) }

// excerpt puts s on one sanitized line of at most about 100 characters.
func excerpt(s string) string {
	s = strings.Join(strings.Fields(text.SanitizeLine(s)), " ")
	if utf8.RuneCountInString(s) > 100 {
		s = string([]rune(s)[:100]) + "…"
	}
	return s
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
