package corpus

import (
	"strings"
	"unicode/utf8"
)

// This file reads a statement an outlet prints whole as one quotation
// over several paragraphs, opened once at its first paragraph and closed
// once at the end of its last ("“America first! / The world is ... /
// ... it is called America first!”"), where the usual convention opens
// every paragraph with a mark of its own. Read paragraph by paragraph,
// only the first paragraph is quoted and the rest reads as the outlet's
// own words.

// maxStatementParagraphs bounds how many paragraphs one quotation opened
// once may run over: a long statement, not the rest of an article after a
// mark left unclosed.
const maxStatementParagraphs = 20

// doubleMarkBalance counts paragraph p's double quotation marks: opening
// ones less closing ones, whether it opens with an opening mark and
// whether it ends with a closing one (past trailing space).
func doubleMarkBalance(text string, p Span, buf []quoteMark) (balance int, opens, closes bool, _ []quoteMark) {
	buf = scanMarks(text, p, buf)
	body := strings.TrimSpace(text[p.Start:p.End])
	for i, m := range buf {
		if !m.double {
			continue
		}
		if m.open {
			balance++
		} else {
			balance--
		}
		if i == 0 && m.open && strings.TrimSpace(text[p.Start:m.pos]) == "" {
			opens = true
		}
		if i == len(buf)-1 && !m.open && m.pos+m.size == p.Start+len(strings.TrimRightFunc(text[p.Start:p.End], isSpaceRune)) && len(body) > 0 {
			closes = true
		}
	}
	return balance, opens, closes, buf
}

func isSpaceRune(r rune) bool { return r == ' ' || r == '\n' || r == '\t' || r == '\r' }

// wholeStatements finds each quotation opened once at the start of a
// paragraph and left open there, whose closing mark ends a later paragraph
// within maxStatementParagraphs, every paragraph between holding its own
// marks in pairs and opening with none: the paragraphs after the first
// are that quotation's words too. Each becomes a direct quotation of the
// first paragraph's speaker, "(continued)", placed in text order; what
// the statement itself reports stays as found, held inside its words.
func (f *quoteFinder) wholeStatements(paras []Span) {
	var buf []quoteMark
	for i := 0; i < len(paras); i++ {
		bal, opens, _, b := doubleMarkBalance(f.text, paras[i], buf)
		buf = b
		if !opens || bal != 1 {
			continue
		}
		end := -1
		for j := i + 1; j < len(paras) && j <= i+maxStatementParagraphs; j++ {
			bal, opens, closes, b := doubleMarkBalance(f.text, paras[j], buf)
			buf = b
			if opens {
				break // the usual convention, or another quotation: read as it is
			}
			if bal == -1 && closes {
				end = j
				break
			}
			if bal != 0 {
				break
			}
		}
		if end < 0 {
			continue
		}
		first := f.quoteOpeningAt(paras[i])
		if first < 0 {
			continue
		}
		head := f.quotes[first]
		for j := i + 1; j <= end; j++ {
			sp := paras[j]
			if j == end {
				sp.End = sp.Start + len(strings.TrimRightFunc(f.text[sp.Start:sp.End], isSpaceRune))
				_, size := utf8.DecodeLastRuneInString(f.text[:sp.End])
				sp.End -= size // the closing mark
			}
			f.insertQuote(Quote{Kind: QuoteDirect, Span: sp, Speaker: head.Speaker, SpeakerSpan: head.SpeakerSpan, Verb: "(continued)"})
		}
		i = end
	}
}

// quoteOpeningAt is the index of the direct quotation that starts the
// paragraph p past its opening mark; -1 when there is none.
func (f *quoteFinder) quoteOpeningAt(p Span) int {
	for k, q := range f.quotes {
		if q.Kind == QuoteDirect && q.Span.Start >= p.Start && q.Span.Start <= p.Start+4 && q.Span.End <= p.End {
			return k
		}
	}
	return -1
}

// insertQuote puts q before the first quotation found that starts after
// it: the quotations stay in text order.
func (f *quoteFinder) insertQuote(q Quote) {
	k := len(f.quotes)
	for k > 0 && f.quotes[k-1].Span.Start > q.Span.Start {
		k--
	}
	f.quotes = append(f.quotes, Quote{})
	copy(f.quotes[k+1:], f.quotes[k:])
	f.quotes[k] = q
}
