package framing

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/lexicon"
)

// innermostByScan is innermostQuotes stated plainly: every quotation
// weighed against every span.
func innermostByScan(qs []quoteInfo, spans []corpus.Span) []int {
	out := make([]int, len(spans))
	quoted := quotedReports(qs)
	for k, sp := range spans {
		best := -1
		for i, q := range qs {
			if !quoted[i] && q.Span.Start <= sp.Start && sp.End <= q.Span.End && (best < 0 || q.Span.Len() < qs[best].Span.Len()) {
				best = i
			}
		}
		out[k] = best
	}
	return out
}

// randomQuotes makes n quotations in a text of size bytes: nested,
// overlapping, equal and empty ones among them.
func randomQuotes(rng *rand.Rand, n, size int) []quoteInfo {
	qs := make([]quoteInfo, n)
	for i := range qs {
		st := rng.IntN(size)
		en := min(size, st+rng.IntN(size/4+1))
		if i > 0 && rng.IntN(5) == 0 {
			qs[i].Span = qs[rng.IntN(i)].Span // the same span twice: the first wins
			continue
		}
		qs[i].Span = corpus.Span{Start: st, End: en}
		if rng.IntN(3) == 0 { // someone's words, the speaker named near them
			sp := max(0, st-rng.IntN(30))
			qs[i].Speaker, qs[i].SpeakerSpan = "X", corpus.Span{Start: sp, End: min(size, sp+rng.IntN(8))}
			if rng.IntN(2) == 0 {
				vs := max(0, st-rng.IntN(10))
				qs[i].VerbSpan = corpus.Span{Start: vs, End: min(size, vs+rng.IntN(6))}
			}
			switch rng.IntN(4) {
			case 0:
				qs[i].Kind = corpus.QuoteScare
			case 1:
				qs[i].Kind = corpus.QuoteIndirect // some inside a direct one, whose words hold no span
				qs[i].Speaker = "Y"
			case 2:
				qs[i].Kind = corpus.QuoteDirect
			}
		}
	}
	return qs
}

func TestInnermostQuotesMatchesScan(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for round := range 300 {
		size := 20 + rng.IntN(400)
		qs := randomQuotes(rng, rng.IntN(30), size)
		spans := make([]corpus.Span, rng.IntN(40))
		for k := range spans {
			st := rng.IntN(size)
			spans[k] = corpus.Span{Start: st, End: min(size, st+rng.IntN(12))}
		}
		got, want := innermostQuotes(qs, spans), innermostByScan(qs, spans)
		if !slices.Equal(got, want) {
			t.Fatalf("round %d: quotes %v spans %v: got %v, want %v", round, qs, spans, got, want)
		}
	}
}

// randomSentences cuts a text of size bytes into ordered, disjoint
// sentences with gaps between some, and some empty.
func randomSentences(rng *rand.Rand, size int) []corpus.Span {
	var out []corpus.Span
	for at := 0; at < size; {
		st := at + rng.IntN(3)
		en := min(size, st+rng.IntN(40))
		if st > en {
			break
		}
		out = append(out, corpus.Span{Start: st, End: en})
		at = en
	}
	return out
}

func TestSentenceQuotesMatchesScan(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for round := range 300 {
		size := 20 + rng.IntN(600)
		qs := randomQuotes(rng, rng.IntN(25), size)
		sents := randomSentences(rng, size)
		if round%10 == 0 && len(sents) > 2 {
			sents[0], sents[1] = sents[1], sents[0] // out of order: the plain scan answers
		}
		got := sentenceQuotes("", qs, sents)
		for k, s := range sents {
			if want := mostOverlap("", qs, s); got[k] != want {
				t.Fatalf("round %d: sentence %d %v of %v, quotes %v: got %d, want %d", round, k, s, sents, qs, got[k], want)
			}
		}
	}
}

func TestCountFieldsIsLenFields(t *testing.T) {
	for _, s := range []string{"", " ", "one", " two  words ", "tab\tand\nnewline", "no\u00a0break\u0085next", "bad \xff byte", "\u2003em\u2003space\u2003"} {
		if got, want := countFields(s), len(strings.Fields(s)); got != want {
			t.Errorf("countFields(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestDistancingQuotes checks which quotations become distancing hits: a
// short one with no speaker is a scare quote, a fragment as short with a
// speaker is a quoted fragment in that speaker's voice, and anything
// longer is only a quotation.
func TestDistancingQuotes(t *testing.T) {
	set := defaultSet(t)
	tests := []struct {
		name, text string
		rule       string // "" for no distancing hit on the quoted words
		surface    string
		voice      VoiceKind
		speaker    string
	}{
		{"fragment with a speaker", `Senator Ada Moss said she "respects" the farmers of the state.`, "quoted-fragment", "respects", Quoted, "Senator Ada Moss"},
		{"fragment of four words", `The mayor said the plan was "a very bad idea" for the town.`, "quoted-fragment", "a very bad idea", Quoted, "The mayor"},
		{"fragment of five words", `The mayor said the plan was "a very bad idea indeed" for the town.`, "", "", "", ""},
		{"scare quote", `The "reform" of the courts began on Monday.`, "scare-quote", "reform", Own, ""},
		{"a name in title case", `The troops stay under the "Resolute Support" mission until next year.`, "", "", "", ""},
		{"a lower-case phrase", `The troops stay under the "support" mission until next year.`, "scare-quote", "support", Own, ""},
		{"title case, no name", `The talks revived the "Peace Process" on Monday.`, "scare-quote", "Peace Process", Own, ""},
		{"whole quotation", `"We will rebuild every school in the region," the mayor said.`, "", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			an := Analyze(article(t, "A", filler+tt.text), set)
			var got []Hit
			for _, h := range an.Hits {
				if h.RuleID == "quoted-fragment" || h.RuleID == "scare-quote" {
					got = append(got, h)
				}
			}
			if tt.rule == "" {
				if len(got) > 0 {
					t.Fatalf("distancing hits %+v, want none", got)
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("distancing hits %+v, want one %s", got, tt.rule)
			}
			h := got[0]
			if h.RuleID != tt.rule || h.Surface != tt.surface || h.Voice.Kind != tt.voice || h.Voice.Speaker != tt.speaker || h.Category != lexicon.Distancing {
				t.Errorf("hit %s %q %s/%q (%s), want %s %q %s/%q", h.RuleID, h.Surface, h.Voice.Kind, h.Voice.Speaker, h.Category, tt.rule, tt.surface, tt.voice, tt.speaker)
			}
			if tt.speaker != "" && !strings.Contains(h.Note, tt.speaker) {
				t.Errorf("note %q does not name %s", h.Note, tt.speaker)
			}
		})
	}
}

// TestSentenceVoiceNamesSpeaker checks whose voice a sentence is in: a
// quotation covering half of it, or a third when the sentence names the
// quotation's speaker, or half with its speaker and cue, and otherwise the
// outlet's own.
func TestSentenceVoiceNamesSpeaker(t *testing.T) {
	tests := []struct {
		name, text, want string // want: the speaker, "" for the outlet's own voice
	}{
		{"quote covering most", `"It is over and we will not go back to the table," she said.`, "she"},
		{"quote with a long description of its speaker", `“The other justices should hold an intervention, and tell her to be quiet or step down,” wrote Josh Blackman, a Houston College of Law professor who frequently writes about the high court.`, "Josh Blackman"},
		{"a short quote, then said and a long description of its speaker", `"It is over," said Jane Roe, a former negotiator for the port authority and two of its unions.`, "Jane Roe"},
		{"speaker and partial quote in one sentence", `Dmitry Bam, a professor at the University of Maine School of Law who has written on judicial recusals and ethics, said “there is little question that she has crossed a line.”`, "Dmitry Bam"},
		{"a short report inside the outlet's sentence", `Trump, who said last week that the deal was dead, signed the bill on Tuesday with great fanfare in the Oval Office before flying to Florida for the weekend.`, ""},
		{"no quotation", `The senators met on Tuesday in the old chamber of the Capitol.`, ""},
		{"a long setting, then the speaker and quotation close the sentence", `Asked later in the afternoon whether it was wise to bring the weather into a debate about the harbor budget, the port spokesman Leo Brandt said, "Sure, it was a fair point to make."`, "the port spokesman Leo Brandt"},
		{"a document's words, then the pronoun and cue close the sentence", `Later when the official transcript of the council briefing was released, there was an asterisk, to the clerk's statement, "* This common saying is not found in the city charter," it read.`, "it"},
		{"a long setting, then a reported clause closes the sentence", `Asked on Monday night whether the council would revisit the contested zoning plan for the waterfront district, Mayor Ana Ruiz said that it would not.`, "Mayor Ana Ruiz"},
		{"a short quote opening the sentence, its speaker and cue, then where it was said", `"Wow," one former harbor official told colleagues in an email, as the audit of the port's accounts described it.`, "one former harbor official"},
		{"partial quotations, then the speaker and cue close the sentence", `The ferry company must either "find a buyer for the line" before the spring season "or close it for good," the station's reporter Ana Ruiz tells our news desk.`, "the station's reporter Ana Ruiz"},
		{"reported words, then the speaker, cue and hearer close the sentence", `That's a big mistake for the harbor, Rogers told the station's chief political correspondent Ann Lee on Sunday.`, "Rogers"},
		{"a closing attribution, then a clause of the outlet's own", `"We cut what we could," the mayor said, and the council approved the cuts at its meeting on Monday night after a long debate about the harbor.`, ""},
		{"a quotation in brackets beside the outlet's account", `The regime shelled the harbor district for three days and cut the water to the old town last spring ("we had no choice," its envoy said).`, ""},
		{"a short quotation and attribution after a long account and a colon", `The regime shelled the harbor district for three days, cut the water to the old town and closed every road out of the valley: "We had no choice," its envoy said.`, ""},
		{"a closing attribution, then a semicolon and the outlet's clause", `"It was a fraud," Roe said; the guards kept beating the protesters outside the harbor office all night.`, ""},
		{"a closing attribution, then a clause of time of the outlet's own", `"It was a fraud," Roe said, as thousands of furious protesters stormed the harbor office on Monday night.`, ""},
		{"a clause of the outlet's own, joined by and, then the speech", `The ferry company cut four of its evening crossings to the island last winter and closed the ticket office at the old pier, and its director said, "We had no choice."`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := article(t, "Planet", tt.text)
			qs := make([]quoteInfo, len(a.Quotes))
			for i, q := range a.Quotes {
				qs[i].Quote = q
			}
			if len(a.Sentences) != 1 {
				t.Fatalf("%d sentences, want 1: %q", len(a.Sentences), tt.text)
			}
			got := ""
			if qi := sentenceQuotes(a.Text, qs, a.Sentences)[0]; qi >= 0 {
				got = qs[qi].Speaker
			}
			if got != tt.want {
				t.Errorf("voice %q, want %q (quotes %+v)", got, tt.want, a.Quotes)
			}
		})
	}
}

// TestQuoteWordCounterCountsAsTheSlice checks the word count of many
// overlapping quotations, read from an index of word starts, against a
// count of each quotation's text, spans cut inside a rune included.
func TestQuoteWordCounterCountsAsTheSlice(t *testing.T) {
	text := strings.Repeat("Roe said\u00a0the  talks\u2003would go\non, \u201cfor now\u201d. ", 40)
	a := &corpus.Article{Text: text}
	for start := -2; start < len(text)+2; start += 3 {
		a.Quotes = append(a.Quotes, corpus.Quote{Span: corpus.Span{Start: start, End: len(text) + 1 - start%7}})
		a.Quotes = append(a.Quotes, corpus.Quote{Span: corpus.Span{Start: start, End: start + start%23}})
	}
	words := quoteWordCounter(a)
	for _, q := range a.Quotes {
		if got, want := words(q.Span), len(strings.Fields(a.Slice(q.Span))); got != want {
			t.Fatalf("words(%v) = %d, want %d (%q)", q.Span, got, want, a.Slice(q.Span))
		}
	}
}

// TestNamingComplementIsSubjectsVoice: the complement of consider, deem,
// designate, call, label (and their passives with an agent) is the
// subject's naming, a paraphrase of the subject; the outlet's own naming,
// a passive with no agent and a verb's object stay the outlet's.
func TestNamingComplementIsSubjectsVoice(t *testing.T) {
	set := defaultSet(t)
	tests := []struct {
		sentence, word string
		kind           VoiceKind
		speaker        string
	}{
		{"Norway considers the Harbour Brigade a terrorist group linked to smugglers.", "terrorist", Paraphrase, "Norway"},
		{"The State Department designated the Harbour Brigade a terrorist organization in 2017.", "terrorist", Paraphrase, "the State Department"},
		{"Oslo has long regarded the fighters as terrorists.", "terrorists", Paraphrase, "Oslo"},
		{"The brigade, which Norway and Sweden regard as a terrorist group, denied it.", "terrorist", Paraphrase, "Norway and Sweden"},
		{"The Harbour Brigade is considered a terrorist group by Norway.", "terrorist", Paraphrase, "Norway"},
		{"The Harbour Brigade is a terrorist group based on the coast.", "terrorist", Own, ""},
		{"The Harbour Brigade is considered a terrorist group in the region.", "terrorist", Own, ""},
		{"Norway deems terrorists a threat to the coast.", "terrorists", Own, ""},
		{"Norway considers the brigade, which has raided the coast for years, to be a terrorist group.", "terrorist", Paraphrase, "Norway"},
		{"The brigade, which raided the coast, is a terrorist group.", "terrorist", Own, ""},
		{"The Harbour Brigade was declared a terrorist group in 2002 by Norway.", "terrorist", Paraphrase, "Norway"},
		{"Norway declared the Harbour Brigade a terrorist group in 2002.", "terrorist", Paraphrase, "Norway"},
		{"The brigade, which Norway and much of Europe consider to be a terrorist group, denied it.", "terrorist", Paraphrase, "Europe"},
		{"Officials said they had asked the brigade, which Norway and Sweden regard as a terrorist group, to stop.", "terrorist", Paraphrase, "Norway and Sweden"},
		{"Officials said they regard the brigade as a terrorist group.", "terrorist", Paraphrase, "Officials"},
		{"Norway has called to be a terrorist group's first target.", "terrorist", Own, ""},
	}
	for _, tt := range tests {
		an := Analyze(article(t, "Outlet A", filler+tt.sentence), set)
		start := strings.Index(an.Article.Text, tt.sentence)
		found := false
		for _, h := range an.Hits {
			if h.Start < start || !strings.HasPrefix(strings.ToLower(an.Article.Text[h.Start:]), tt.word) {
				continue
			}
			found = true
			if h.Voice.Kind != tt.kind || h.Voice.Speaker != tt.speaker {
				t.Errorf("%q: %q in voice %+v, want %s by %q", tt.sentence, h.Surface, h.Voice, tt.kind, tt.speaker)
			}
		}
		if !found {
			t.Errorf("%q: no hit on %q: %+v", tt.sentence, tt.word, an.Hits)
		}
	}
}

// TestBareSurnameOfAnotherPerson: a speaker named by a surname the actor
// lists give one official ("Cohen" for Israel's Eli Cohen) takes no group
// when the article names someone else by it in full ("Michael Cohen");
// the listed person, or a surname the article gives no one else, keeps
// the group.
func TestBareSurnameOfAnotherPerson(t *testing.T) {
	set := defaultSet(t)
	tests := []struct {
		text, group string
	}{
		{`The lawyer Michael Cohen testified on Friday. Mr. Cohen said the report was wrong.`, ""},
		{`Israel's foreign minister, Eli Cohen, met envoys on Friday. Cohen said the report was wrong.`, "israel-gov"},
		{`Envoys met on Friday. Cohen said the report was wrong.`, "israel-gov"},
		{`Envoys met on Friday. But Cohen said the report was wrong.`, "israel-gov"},
		{`Eli Cohen and his nephew Dan Cohen met envoys on Friday. Cohen said the report was wrong.`, "israel-gov"},
		{`Envoys met on Friday. His nephew Dan Cohen posted online. Cohen said the report was wrong.`, "israel-gov"},
	}
	for _, tt := range tests {
		an := Analyze(article(t, "Outlet A", filler+tt.text), set)
		got := "(no quotation)"
		for _, q := range an.Quotations {
			if strings.HasSuffix(q.Speaker, "Cohen") {
				got = q.Group
			}
		}
		if got != tt.group {
			t.Errorf("%q: Cohen's group %q, want %q", tt.text, got, tt.group)
		}
	}
}

// TestReportInsideQuotationStaysQuoted: words of a report held inside a
// direct quotation are still the quoting speaker's, in quotation marks,
// never the outlet's own choice.
func TestReportInsideQuotationStaysQuoted(t *testing.T) {
	a := article(t, "Alpha", filler+`"The harbour master said the rumors about the pier were spread by smugglers," Ana Roe wrote.`)
	an := Analyze(a, defaultSet(t))
	found := false
	for _, h := range an.Hits {
		if h.Surface != "rumors" {
			continue
		}
		found = true
		if h.Voice.Kind != Quoted || h.Voice.OutletsWords() {
			t.Errorf("%q is in the voice %+v, want quoted", h.Surface, h.Voice)
		}
	}
	if !found {
		t.Fatalf("no hit on rumors: %+v", an.Hits)
	}
}
