// Package polneareval scores the corpus package's attribution finder against
// PolNeAR, the Political News Attribution Relations corpus (Newell, Margolin,
// Ruths: "An attribution relations corpus for political news", LREC 2018),
// whose train and dev splits are read from ../shared/eval/polnear-dev; the
// texts are never copied into the repository.
//
// Each .txt file is built into an article the way a user's already-clean
// text would be: the outlet:/date: header is read as metadata, the body is
// split on blank lines, the first paragraph is the title and the rest go to
// corpus.FromParagraphs. The tool's spans are mapped back to file byte
// offsets, the gold's convention (see offsetMap).
//
// The rules, all on bytes of content:
//   - Tool attributions are the direct, partial and indirect quotations;
//     scare quotes are counted apart, with how many of them lie mostly
//     (>= 50%) inside some gold content: speech the tool called a scare quote.
//   - A tool attribution is right (precision) when at least half its content
//     lies inside one gold attribution's content spans.
//   - A gold attribution is found (recall) when the tool attributions that
//     overlap it together cover at least half its content, so a direct quote
//     the tool splits around "he said" is found.
//   - The speaker of a found gold attribution is right when the tool
//     attribution overlapping it most has a speaker that (a) overlaps the
//     gold source spans, or (b) shares a capitalised word (not a function
//     word or title) with the gold source text, or (c) ends in the same word
//     as the gold source text ("he", "the campaign"). A gold attribution
//     without a source wants a tool attribution without a speaker. Speaker
//     right is counted over all gold attributions.
//   - PolNeAR marks "he" in "he said" as the source and does not say who he
//     is, while the tool names the person; a second figure counts such a
//     speaker right too when it names the source of the gold attribution
//     before it whose source is not a pronoun (previousNamedSource).
package polneareval

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/internal/textmap"
	"github.com/framediff/framediff/text"
)

// Attribution is one gold attribution relation: who (source), the cue, and
// what (content), each a list of byte spans into the document's file.
type Attribution struct {
	ID           string   `json:"id"`
	Type         string   `json:"type"` // "Attribution" or "Attribution-no-source"
	SourceText   string   `json:"source_text"`
	SourceSpans  [][2]int `json:"source_spans"`
	CueText      string   `json:"cue_text"`
	CueSpans     [][2]int `json:"cue_spans"`
	ContentSpans [][2]int `json:"content_spans"`
	Direct       bool     `json:"direct"` // the content holds a double quote mark
}

// Doc is one annotated article of a split.
type Doc struct {
	Filename     string        `json:"filename"`
	Path         string        `json:"path"` // relative to the data folder: "dev/<filename>.txt"
	Outlet       string        `json:"outlet"`
	Date         string        `json:"date"`
	HeaderBytes  int           `json:"header_bytes"`
	Attributions []Attribution `json:"attributions"`
}

// Gold is one split's gold file.
type Gold struct {
	Split string `json:"split"`
	Docs  []Doc  `json:"docs"`
}

// LoadGold reads dir/gold/<split>.json.
func LoadGold(dir, split string) (*Gold, error) {
	path := filepath.Join(dir, "gold", split+".json")
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading the PolNeAR gold file: %w", err)
	}
	var g Gold
	if err := json.Unmarshal(data, &g); err != nil {
		return nil, fmt.Errorf("%s is not a PolNeAR gold file: %w", path, err)
	}
	if len(g.Docs) == 0 {
		return nil, fmt.Errorf("%s lists no documents", path)
	}
	return &g, nil
}

// Case is one error for a developer to read: a missed gold attribution, a
// false positive, or a found one with the wrong speaker.
type Case struct {
	File       string
	Excerpt    string // the content, on one line, cut to about 100 characters
	GoldSource string
	GoldCue    string
	Kind       corpus.QuoteKind // the tool's quotation, if any
	Speaker    string
	Verb       string
	// Covered is the percentage of the content that the other side covers:
	// of a missed gold content, the tool quotations; of a false positive,
	// the gold attribution overlapping it most (whose source and cue the
	// Case then holds).
	Covered int
	// CueKind is the gold cue's category (cueKind), so that misses can be
	// listed for one kind of cue; Context is the gold attribution's whole
	// extent (source, cue and content) with a little text either side, on
	// one line, so that a miss can be sorted by cause without opening the
	// file. Both are set for misses only.
	CueKind string
	// CueSide says where the gold cue stands against the content
	// (cueSide: "cue before content", ...), for misses only.
	CueSide string
	Context string
	GoldID  string // the gold attribution's id, to find it in the gold file
	// ToolSpans are the contents of the tool attributions that overlap a
	// missed gold content, each on one line with its overlap: what a
	// partly covered miss's span rule cut (set for misses only).
	ToolSpans []ToolSpan
	// Content is the whole gold content, its spans joined by " … " (set
	// for misses only; Excerpt is its first words).
	Content string
}

// ToolSpan is one tool attribution overlapping a missed gold content: its
// content and how many of the gold content's bytes it shares.
type ToolSpan struct {
	Kind    corpus.QuoteKind
	Verb    string
	Text    string
	Overlap int // bytes shared with the gold content
	Len     int // bytes of the tool content
}

// Result is a whole evaluation.
type Result struct {
	Split                                 string
	Total                                 Counts
	ByOutlet                              map[string]Counts
	Misses, FalsePositives, WrongSpeakers []Case
	// PronounCases are the found attributions whose gold source is "he"
	// or "she" and whose tool speaker names someone else than the previous
	// named gold source (see Counts.PersonPronouns).
	PronounCases []SpeakerError
	// SpeakerErrors are the WrongSpeakers again, each with its context and
	// a guessed cause (WriteSpeakerErrors).
	SpeakerErrors []SpeakerError
	// MissedCues and GoldCues count the lower-cased cue text of missed and
	// of all gold attributions.
	MissedCues, GoldCues map[string]int
	// Breakdown counts the gold attributions by category on each axis
	// (kind, cue, cue side, source, coverage of misses), MissBreakdown the
	// missed ones and WrongBreakdown those found with the wrong speaker.
	Breakdown, MissBreakdown, WrongBreakdown breakdown
	// LackedCues counts the missed gold attributions by cue word, for the
	// cue words the finder does not read as cues.
	LackedCues map[string]int
	// ScareSpeech lists the tool scare quotes lying mostly inside a gold
	// content, each with that gold attribution's source, cue and context,
	// and Covered 100 when the gold attribution was found anyway, 0 when it
	// was missed (WriteScare).
	ScareSpeech []Case
	// Problems lists documents that could not be scored.
	Problems []string
}

// Evaluate builds and scores every document of the split that dir holds. A
// document whose file is missing is listed in Problems and the rest go on;
// a file that does not match its gold (no header, a span past its end) is
// an error.
func Evaluate(dir string, g *Gold) (*Result, error) {
	res := &Result{Split: g.Split, Total: newCounts(), ByOutlet: map[string]Counts{}, MissedCues: map[string]int{}, GoldCues: map[string]int{},
		Breakdown: breakdown{}, MissBreakdown: breakdown{}, WrongBreakdown: breakdown{}, LackedCues: map[string]int{}}
	for _, d := range g.Docs {
		path := filepath.Join(dir, d.Path)
		data, err := os.ReadFile(path)
		if errors.Is(err, fs.ErrNotExist) {
			res.Problems = append(res.Problems, fmt.Sprintf("%s is missing, so %d gold attributions are not scored", path, len(d.Attributions)))
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("reading a PolNeAR document: %w", err)
		}
		if err := res.scoreDoc(path, string(data), d); err != nil {
			return nil, err
		}
	}
	if res.Total.Docs == 0 {
		return nil, fmt.Errorf("none of the %d documents of %s was found under %s", len(g.Docs), g.Split, dir)
	}
	return res, nil
}

func buildArticle(path, file string) (*corpus.Article, offsetMap, int, error) {
	a, m, header, err := textmap.HeaderArticle(filepath.Base(path), path, file, "outlet", "date")
	return a, offsetMap{m}, header, err
}

type toolQuote struct {
	q                corpus.Quote
	content, speaker fileSpan
}

// scoreDoc builds one document's article and adds its scores and errors to
// the result.
func (r *Result) scoreDoc(path, file string, d Doc) error {
	a, m, header, err := buildArticle(path, file)
	if err != nil {
		return err
	}
	if d.HeaderBytes > 0 && header != d.HeaderBytes {
		return fmt.Errorf("%s: the header is %d bytes long, the gold says %d: is it the file the gold was made for?", path, header, d.HeaderBytes)
	}
	gold := make([][]fileSpan, len(d.Attributions))
	for i, g := range d.Attributions {
		for _, s := range slices.Concat(g.ContentSpans, g.SourceSpans, g.CueSpans) {
			if s[0] < 0 || s[0] > s[1] || s[1] > len(file) {
				return fmt.Errorf("%s: gold attribution %s has the span [%d, %d), outside the file's %d bytes", path, g.ID, s[0], s[1], len(file))
			}
		}
		gold[i] = goldSpans(g.ContentSpans)
	}
	c := newCounts()
	c.Docs++
	var tools []toolQuote
	scareGold := map[int][]Case{}
	for _, q := range a.Quotes {
		t := toolQuote{q: q, content: m.span(q.Span), speaker: m.span(q.SpeakerSpan)}
		if q.Kind == corpus.QuoteScare {
			c.Scare++
			if best, ov := bestGold(t.content, gold); best >= 0 && 2*ov >= t.content.len() {
				c.ScareSpeech++
				g := d.Attributions[best]
				scareGold[best] = append(scareGold[best], Case{File: path, Excerpt: excerpt(a.Slice(q.Span)), GoldSource: g.SourceText, GoldCue: g.CueText,
					CueKind: cueKind(g.CueText), CueSide: cueSide(g), GoldID: g.ID, Content: spansText(file, gold[best]),
					ToolSpans: []ToolSpan{{Kind: q.Kind, Text: a.Slice(q.Span), Overlap: ov, Len: spansLen(gold[best])}},
					Context:   context(file, slices.Concat(g.ContentSpans, g.SourceSpans, g.CueSpans))})
			}
			continue
		}
		tools = append(tools, t)
		c.Tool++
		c.ToolByKind[q.Kind]++
		best, ov := bestGold(t.content, gold)
		right := best >= 0 && t.content.len() > 0 && 2*ov >= t.content.len()
		if q.Speaker == "" {
			c.ToolNoSpeaker++
			if right {
				c.RightNoSpeaker++
			}
		}
		if right {
			c.RightByKind[q.Kind]++
			c.ToolRight++
			continue
		}
		cs := Case{File: path, Excerpt: excerpt(a.Slice(q.Span)), Kind: q.Kind, Speaker: q.Speaker, Verb: q.Verb}
		if best >= 0 {
			g := d.Attributions[best]
			cs.GoldSource, cs.GoldCue, cs.Covered = g.SourceText, g.CueText, 100*ov/t.content.len()
		}
		r.FalsePositives = append(r.FalsePositives, cs)
	}
	for i, g := range d.Attributions {
		c.Gold++
		if g.Direct {
			c.GoldDirect++
		}
		cue := strings.Join(strings.Fields(strings.ToLower(g.CueText)), " ")
		if cue == "" {
			cue = "(no cue)"
		}
		r.GoldCues[cue]++
		var covering []fileSpan
		var spans []ToolSpan
		best, bestOv := -1, 0
		for k, t := range tools {
			if ov := overlap(t.content, gold[i]); ov > 0 {
				covering = append(covering, t.content)
				spans = append(spans, ToolSpan{Kind: t.q.Kind, Verb: t.q.Verb, Text: a.Slice(t.q.Span), Overlap: ov, Len: t.content.len()})
				if ov > bestOv {
					best, bestOv = k, ov
				}
			}
		}
		cs := Case{File: path, Excerpt: excerpt(spansText(file, gold[i])), GoldSource: g.SourceText, GoldCue: g.CueText}
		cs.CueKind, cs.CueSide, cs.GoldID = cueKind(g.CueText), cueSide(g), g.ID
		cs.Context = context(file, slices.Concat(g.ContentSpans, g.SourceSpans, g.CueSpans))
		if best >= 0 {
			cs.Kind, cs.Speaker, cs.Verb = tools[best].q.Kind, tools[best].q.Speaker, tools[best].q.Verb
		}
		covered := 0
		for _, s := range mergeSpans(covering) {
			covered += overlap(s, gold[i])
		}
		total := spansLen(gold[i])
		cs.Covered = 100 * covered / max(1, total)
		missed := total == 0 || 2*covered < total
		for _, sc := range scareGold[i] {
			if !missed {
				sc.Covered = 100
			}
			r.ScareSpeech = append(r.ScareSpeech, sc)
		}
		if missed {
			cs.ToolSpans, cs.Content = spans, spansText(file, gold[i])
			r.Misses = append(r.Misses, cs)
			r.MissedCues[cue]++
			r.categorize(g, true, cs.Covered, false)
			continue
		}
		c.Found++
		c.FoundByKind[tools[best].q.Kind]++
		if g.Direct {
			c.FoundDirect++
		}
		t := tools[best]
		r.categorize(g, false, 0, !speakerRight(g, t))
		switch {
		case speakerRight(g, t):
			c.SpeakerRight++
			c.SpeakerResolved++
			r.checkPronoun(&c, file, cs, d.Attributions, i, t)
			continue
		case len(g.SourceSpans) == 0:
			c.WrongNoSource++
		case t.q.Speaker == "":
			c.WrongNoSpeaker++
		case relativeSource(g):
			c.WrongRelative++
			if antecedentSpeaks(file, g, t) {
				c.RelativeResolved++
			}
		case pronouns[strings.ToLower(strings.TrimSpace(g.SourceText))]:
			c.WrongPronoun++
			if named := previousNamedSource(d.Attributions, i); named != "" && sameName(named, t.q.Speaker) {
				c.SpeakerResolved++
				continue
			}
		}
		r.WrongSpeakers = append(r.WrongSpeakers, cs)
		r.SpeakerErrors = append(r.SpeakerErrors, speakerError(file, cs, g, t))
	}
	r.Total.add(c)
	byOutlet, ok := r.ByOutlet[d.Outlet]
	if !ok {
		byOutlet = newCounts()
	}
	byOutlet.add(c)
	r.ByOutlet[d.Outlet] = byOutlet
	return nil
}

// bestGold returns the gold attribution sharing most bytes with s, and how
// many; -1 when none does.
func bestGold(s fileSpan, gold [][]fileSpan) (int, int) {
	best, bestOv := -1, 0
	for i, g := range gold {
		if ov := overlap(s, g); ov > bestOv {
			best, bestOv = i, ov
		}
	}
	return best, bestOv
}

// goldSpans turns gold spans into sorted, disjoint file spans.
func goldSpans(spans [][2]int) []fileSpan {
	out := make([]fileSpan, 0, len(spans))
	for _, s := range spans {
		out = append(out, fileSpan{s[0], s[1]})
	}
	return mergeSpans(out)
}

// mergeSpans sorts spans and joins those that overlap or touch.
func mergeSpans(spans []fileSpan) []fileSpan {
	slices.SortFunc(spans, func(a, b fileSpan) int { return a.start - b.start })
	var out []fileSpan
	for _, s := range spans {
		if n := len(out); n > 0 && s.start <= out[n-1].end {
			out[n-1].end = max(out[n-1].end, s.end)
			continue
		}
		out = append(out, s)
	}
	return out
}

// overlap counts the bytes of s inside the disjoint spans set.
func overlap(s fileSpan, set []fileSpan) int {
	n := 0
	for _, g := range set {
		n += max(0, min(s.end, g.end)-max(s.start, g.start))
	}
	return n
}

func spansLen(set []fileSpan) int {
	n := 0
	for _, s := range set {
		n += s.len()
	}
	return n
}

func spansText(file string, set []fileSpan) string {
	parts := make([]string, len(set))
	for i, s := range set {
		parts[i] = file[s.start:s.end]
	}
	return strings.Join(parts, " … ")
}

// context returns the text from the first to the last of spans, with up to
// 60 bytes either side (cut at a paragraph break), on one sanitized line.
func context(file string, spans [][2]int) string {
	if len(spans) == 0 {
		return ""
	}
	start, end := spans[0][0], spans[0][1]
	for _, s := range spans[1:] {
		start, end = min(start, s[0]), max(end, s[1])
	}
	from, to := max(0, start-60), min(len(file), end+60)
	for from > 0 && !utf8.RuneStart(file[from]) {
		from--
	}
	for to < len(file) && !utf8.RuneStart(file[to]) {
		to++
	}
	before, after := file[from:start], file[end:to]
	if k := strings.LastIndex(before, "\n\n"); k >= 0 {
		before = before[k+2:]
	}
	if k := strings.Index(after, "\n\n"); k >= 0 {
		after = after[:k]
	}
	line := func(s string) string { return strings.Join(strings.Fields(text.SanitizeLine(s)), " ") }
	return line(before) + " [[" + line(file[start:end]) + "]] " + line(after)
}

// excerpt puts s on one sanitized line of at most about 100 characters.
func excerpt(s string) string {
	s = strings.Join(strings.Fields(text.SanitizeLine(s)), " ")
	if utf8.RuneCountInString(s) > 100 {
		s = string([]rune(s)[:100]) + "…"
	}
	return s
}

// speakerRight applies the package's speaker rule to a found gold
// attribution and the tool attribution overlapping it most.
func speakerRight(g Attribution, t toolQuote) bool {
	if len(g.SourceSpans) == 0 {
		return t.q.Speaker == ""
	}
	if t.q.Speaker == "" {
		return false
	}
	for _, s := range g.SourceSpans {
		if t.speaker.start < s[1] && s[0] < t.speaker.end {
			return true
		}
	}
	return sameName(g.SourceText, t.q.Speaker)
}

// sameName reports whether a speaker string names the gold source: a
// capitalised word in common, or the same last word.
func sameName(source, speaker string) bool {
	gw, tw := nameWords(source), nameWords(speaker)
	if len(gw) == 0 || len(tw) == 0 {
		return false
	}
	for _, w := range tw {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) && !notNames[strings.ToLower(w)] && slices.ContainsFunc(gw, func(x string) bool { return strings.EqualFold(x, w) }) {
			return true
		}
	}
	return strings.EqualFold(gw[len(gw)-1], tw[len(tw)-1])
}

// pronouns are the gold sources whose speaker PolNeAR does not name.
var pronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "i": true, "we": true, "you": true}

// previousNamedSource returns the source text of the gold attribution whose
// source comes last before gold attribution i's, among those not a pronoun:
// what a reader takes "he" to be in most news prose.
func previousNamedSource(gold []Attribution, i int) string {
	at, best, named := gold[i].SourceSpans[0][0], -1, ""
	for _, g := range gold {
		if len(g.SourceSpans) == 0 || pronouns[strings.ToLower(strings.TrimSpace(g.SourceText))] {
			continue
		}
		if st := g.SourceSpans[0][0]; st < at && st > best {
			best, named = st, g.SourceText
		}
	}
	return named
}

// notNames are capitalised words that say nothing about who spoke: a
// sentence's first word, a pronoun, a title.
var notNames = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "and": true, "for": true, "in": true, "on": true,
	"he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "you": true, "his": true, "her": true, "their": true,
	"mr": true, "mrs": true, "ms": true, "dr": true, "sen": true, "rep": true, "gov": true,
}

// nameWords are the words of a speaker string, possessive endings dropped.
func nameWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ReplaceAll(s, "’", "'"), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '\'')
	}) {
		if w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'"); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// Counts are the raw tallies behind the scores.
type Counts struct {
	Docs         int
	Gold         int // gold attributions
	GoldDirect   int // ...whose content holds a double quote mark
	Found        int // ...found (content covered >= 50%)
	FoundDirect  int
	FoundByKind  map[corpus.QuoteKind]int // found, by the kind of the tool attribution overlapping most
	SpeakerRight int                      // found with the right speaker
	// SpeakerResolved adds to SpeakerRight the pronoun sources ("he said")
	// whose tool speaker names the previous named gold source.
	SpeakerResolved int
	WrongNoSource   int // found, speaker wrong: the gold has no source, the tool names one
	WrongNoSpeaker  int // ...the tool has no speaker
	WrongPronoun    int // ...the gold source is a pronoun
	// WrongRelative counts the found attributions whose gold source is a
	// relative pronoun ("who", "which") and whose tool speaker is another
	// phrase; RelativeResolved those whose tool speaker is the phrase the
	// relative pronoun stands for ("Sen. Roe, who said", see
	// antecedentSpeaks): right by what the text says, wrong by the rule.
	WrongRelative, RelativeResolved int
	// PersonPronouns counts the found gold attributions whose source is
	// "he" or "she", read by the tool as a name at that pronoun and with a
	// named gold source before; PronounAgrees those whose name is that
	// previous named source: a check of the tool's pronoun resolution.
	PersonPronouns, PronounAgrees int
	Tool                          int // tool attributions (direct, partial, indirect)
	ToolRight                     int // ...lying mostly inside one gold attribution
	ToolByKind                    map[corpus.QuoteKind]int
	RightByKind                   map[corpus.QuoteKind]int
	// ToolNoSpeaker counts the tool attributions without a speaker (direct
	// or partial quotes nobody was found to say), RightNoSpeaker the right ones.
	ToolNoSpeaker, RightNoSpeaker int
	Scare                         int // tool scare quotes
	ScareSpeech                   int // ...lying mostly inside gold content
}

func newCounts() Counts {
	return Counts{FoundByKind: map[corpus.QuoteKind]int{}, ToolByKind: map[corpus.QuoteKind]int{}, RightByKind: map[corpus.QuoteKind]int{}}
}

func (c *Counts) add(o Counts) {
	c.Docs += o.Docs
	c.Gold += o.Gold
	c.GoldDirect += o.GoldDirect
	c.Found += o.Found
	c.FoundDirect += o.FoundDirect
	c.SpeakerRight += o.SpeakerRight
	c.SpeakerResolved += o.SpeakerResolved
	c.WrongNoSource += o.WrongNoSource
	c.WrongNoSpeaker += o.WrongNoSpeaker
	c.WrongPronoun += o.WrongPronoun
	c.WrongRelative += o.WrongRelative
	c.RelativeResolved += o.RelativeResolved
	c.PersonPronouns += o.PersonPronouns
	c.PronounAgrees += o.PronounAgrees
	c.Tool += o.Tool
	c.ToolRight += o.ToolRight
	c.ToolNoSpeaker += o.ToolNoSpeaker
	c.RightNoSpeaker += o.RightNoSpeaker
	c.Scare += o.Scare
	c.ScareSpeech += o.ScareSpeech
	for _, k := range attributionKinds {
		c.FoundByKind[k] += o.FoundByKind[k]
		c.ToolByKind[k] += o.ToolByKind[k]
		c.RightByKind[k] += o.RightByKind[k]
	}
}

// Recall is the share of gold attributions found.
func (c Counts) Recall() float64 { return ratio(c.Found, c.Gold) }

// Precision is the share of tool attributions that are right.
func (c Counts) Precision() float64 { return ratio(c.ToolRight, c.Tool) }

// SpeakerRecall is the share of all gold attributions found with the right
// speaker.
func (c Counts) SpeakerRecall() float64 { return ratio(c.SpeakerRight, c.Gold) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
