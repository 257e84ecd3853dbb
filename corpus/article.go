// Package corpus turns the documents people have (plain text, scraped pages,
// manifests, folders) into clean, structured Articles. It is the only place
// untrusted input is sanitized; everything downstream may trust Article.Text.
package corpus

import "time"

// Span is a half-open byte range [Start, End) into Article.Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether the byte offset lies inside the span.
func (s Span) Contains(off int) bool { return off >= s.Start && off < s.End }

// Overlaps reports whether two spans share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Provenance says where a metadata value came from, so the UI can explain why
// it believes, say, that an article is from a given outlet.
type Provenance string

// The places a metadata value can come from.
const (
	FromNone     Provenance = ""
	FromHeader   Provenance = "header"    // a metadata header at the top of the file
	FromManifest Provenance = "manifest"  // the user's manifest file
	FromFolder   Provenance = "folder"    // the folder-per-outlet layout
	FromFlag     Provenance = "flag"      // a command-line flag
	FromPageText Provenance = "page text" // chrome or byline lines in a scraped page
	FromLayout   Provenance = "layout"    // position in the document (headline line)
	FromRecord   Provenance = "record"    // a field of a JSON/CSV record
	FromHTMLMeta Provenance = "html meta" // HTML metadata
)

// QuoteKind distinguishes the ways a text can carry someone else's words.
type QuoteKind string

// Quote kinds, from the outlet's point of view.
const (
	QuoteDirect   QuoteKind = "direct"   // a quoted sentence with a speaker
	QuotePartial  QuoteKind = "partial"  // a quoted fragment inside the outlet's sentence, with a speaker
	QuoteScare    QuoteKind = "scare"    // a short quoted span with no speaker: distancing
	QuoteIndirect QuoteKind = "indirect" // reported speech: "according to X", "X said that ..."
)

// ScareQuoteMaxWords is the most words a quotation with no speaker may
// have and still be a scare quote; a longer one is somebody's words whose
// speaker was not found.
const ScareQuoteMaxWords = 4

// Quote is someone else's words inside an article.
type Quote struct {
	Kind QuoteKind `json:"kind"`
	// Span covers the quoted words (without the quote marks for direct
	// quotes; the reported clause for indirect ones).
	Span Span `json:"span"`
	// Speaker is the attributed speaker as written ("Price", "the White
	// House"), empty when none was found.
	// SpeakerSpan is where this attribution names the speaker: the "he"
	// of "he said" whose Speaker is "Ned Price", or, for a quotation that
	// continues an earlier one, where that one named the speaker.
	Speaker     string `json:"speaker,omitempty"`
	SpeakerSpan Span   `json:"speaker_span"`
	// Verb is the reporting verb ("said", "pointed out", "according to").
	Verb string `json:"verb,omitempty"`
	// VerbSpan locates Verb in the text (a zero span for a quotation that
	// continues an earlier one's speaker).
	VerbSpan Span `json:"verb_span"`
	// Act is what the speaker does with the words (say, deny, accuse...);
	// empty for scare quotes. Negated marks a cue the text negates ("did
	// not deny"), whose act is then ActOther.
	Act     Act  `json:"act,omitempty"`
	Negated bool `json:"negated,omitempty"`
	// Target is the actor the act is aimed at, as written ("Israel" in
	// "accused Israel of"), when the text names one right after the cue.
	Target     string `json:"target,omitempty"`
	TargetSpan Span   `json:"target_span"`
}

// Removed is a piece of the input that cleaning dropped, kept so a user can
// check that nothing of the article was lost.
type Removed struct {
	Text   string `json:"text"`
	Reason string `json:"reason"`
}

// Article is one cleaned, structured document.
type Article struct {
	ID string `json:"id"`
	// Source is the path (or "-" for stdin, or "embedded:NAME") it was read from.
	Source string `json:"source"`
	// Sources lists every input that turned out to be this article
	// (near-duplicates folded into it), Source first.
	Sources []string `json:"sources"`

	Outlet     string     `json:"outlet"`
	OutletFrom Provenance `json:"outlet_from"`
	Title      string     `json:"title"`
	TitleFrom  Provenance `json:"title_from"`
	Standfirst string     `json:"standfirst,omitempty"`
	Byline     string     `json:"byline,omitempty"`
	// Opinion says why the article is an opinion piece ("its address is in
	// an opinion section (/opinion/)"), "" for news: reports tell the
	// reader that its words are its author's opinion.
	Opinion      string     `json:"opinion,omitempty"`
	Date         time.Time  `json:"date"`
	DateFrom     Provenance `json:"date_from"`
	URL          string     `json:"url,omitempty"`
	Language     string     `json:"language"`
	LanguageFrom Provenance `json:"language_from"`

	// Text is the sanitized body: paragraphs separated by one blank line.
	Text       string  `json:"text"`
	Paragraphs []Span  `json:"paragraphs"`
	Sentences  []Span  `json:"sentences"`
	Quotes     []Quote `json:"quotes"`

	// TitleSpan and StandfirstSpan locate the headline and standfirst
	// paragraphs inside Text (zero spans when the article has none).
	TitleSpan      Span `json:"title_span"`
	StandfirstSpan Span `json:"standfirst_span"`

	Removed  []Removed `json:"removed,omitempty"`
	Warnings []string  `json:"warnings,omitempty"`
}

// Slice returns the text of a span, clamped to the article so a stale span
// can never panic.
func (a *Article) Slice(s Span) string {
	st, en := max(0, s.Start), min(len(a.Text), s.End)
	if st >= en {
		return ""
	}
	return a.Text[st:en]
}

// SentenceAt returns the index of the sentence holding the byte offset, or -1.
func (a *Article) SentenceAt(off int) int {
	lo, hi := 0, len(a.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		switch {
		case a.Sentences[m].End <= off:
			lo = m + 1
		case a.Sentences[m].Start > off:
			hi = m
		default:
			return m
		}
	}
	return -1
}

// Body returns the text after the headline and standfirst.
func (a *Article) Body() string {
	return a.Text[min(len(a.Text), max(a.TitleSpan.End, a.StandfirstSpan.End)):]
}

// WordCount counts whitespace-separated words of the body.
func (a *Article) WordCount() int {
	n, in := 0, false
	for i := 0; i < len(a.Text); i++ {
		sp := a.Text[i] == ' ' || a.Text[i] == '\n'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// DisplayOutlet is the outlet name, or a placeholder that says it is unknown.
func (a *Article) DisplayOutlet() string {
	if a.Outlet == "" {
		return "unknown outlet"
	}
	return a.Outlet
}

// Articles are articles already loaded, served by index (as a Shelf
// serves them) to code that reads a corpus either way.
type Articles []*Article

// Article returns article i.
func (a Articles) Article(i int) *Article { return a[i] }

// Len is the number of articles.
func (a Articles) Len() int { return len(a) }
