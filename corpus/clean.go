package corpus

import "time"

// The cleaner turns a sanitized text into an article's metadata and body
// paragraphs in stages, each in its own file:
//
//	header.go      parseHeader: a leading "key: value" header
//	paragraphs.go  splitParagraphs: paragraphs and their words
//	language.go    DetectLanguage: the language, when the header names none
//	chrome.go      classify: prose or page chrome, after jusText
//	captions.go    hasCaptionCue: photo captions and credits
//	shingles.go    markContainedParagraphs, shingleSet: repeated paragraphs
//	               and the shingles the near-duplicate search compares
//	extract.go     extract: headline, standfirst, byline, date, site name

// cleaned is what the text cleaner extracts from one document.
type cleaned struct {
	meta  map[string]string // header fields, lower-case keys
	title string
	// titleRemoved, when not "", is why title would have been removed as
	// page chrome had its place not made it the headline (opensArticle):
	// what becomes of it when the metadata names another headline.
	titleRemoved string
	standfirst   string
	byline       string
	date         time.Time
	dateFrom     Provenance
	outlet       string // a site name found in page chrome
	body         []string
	removed      []Removed
	// stop holds the function words of the text's language: the
	// classifier's measure of prose.
	stop map[string]bool
	// shingles is the body's shingle set, for the near-duplicate search.
	shingles []uint64
	// bodyLang is the language found in body, when the header names none.
	bodyLang string
}

// cleanText turns sanitized text into metadata and body paragraphs.
func cleanText(text string) cleaned {
	c := cleaned{meta: map[string]string{}}
	text = parseHeader(text, c.meta)
	text, cards := stripHoverCards(text)
	lang := languageName(c.meta["language"] + c.meta["lang"])
	paras := splitParagraphs(text, c.meta["title"] != "" || c.meta["headline"] != "")
	// Each paragraph has counted its language evidence: the text's is
	// theirs, up to the detector's cap (DetectLanguage(text), as letters
	// never run from one paragraph into the next), and so is the body's.
	var whole langCounter
	letters, latin := 0, 0
	for _, p := range paras {
		whole.addCounted(&p.lang, p.text)
		letters, latin = letters+p.lang.letters, latin+p.lang.latin
	}
	detect := lang == ""
	if detect {
		lang = whole.language()
	}
	c.stop = stopwordsFor(lang)
	if len(paras) == 0 {
		return c
	}
	classify(paras, c.stop, latinRatio(letters, latin) >= 0.5)
	c.extract(paras)
	c.removed = append(c.removed, cards...)
	var body []*para // the paragraphs of c.body
	for _, p := range paras {
		if p.class == classGood {
			body = append(body, p)
		}
	}
	if detect {
		c.bodyLang = bodyLanguage(c.body, func(i int, lc *langCounter) {
			lc.addCounted(&body[i].lang, body[i].text)
		})
	}
	n := 0
	for _, p := range body {
		n += len(p.hashes)
	}
	hashes := make([]uint64, 0, n) // the body's words, as one run
	for _, p := range body {
		hashes = append(hashes, p.hashes...)
	}
	c.shingles = shingleSetOfHashes(hashes)
	return c
}
