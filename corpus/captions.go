package corpus

import (
	"iter"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// hasCaptionCue reports whether s holds a photo caption's or credit's cue,
// ignoring case as a (?i) regexp does:
//
//	\((?:photo )?credit\s*:  \(photo\b  \bphoto(?:graph)?\s*(?:credit)?\s*:
//	\bimage\s*(?:credit)?\s*:  \bcredit\s*:  getty images  \(ap photo
//	/reuters\)  /afp\)  \bfile photo\b
//
// (the first is a case of "\bcredit\s*:"). It is a hand-written matcher
// because the regexp, with no literal prefix to search for, ran at a few
// MB/s on every paragraph; FuzzCaptionCue checks the two agree.
//
// Every cue but "getty images" and "file photo", which have a space in
// them (hasSpacedCaptionCue hops from space to space), holds a '(', a '/'
// or a ':', and byte searches find those: the '(' and '/' cues start
// there, and the others end at the ':', so they are read backwards from it.
func hasCaptionCue(s string) bool {
	return hasSpacedCaptionCue(s) || hasMarkedCaptionCue(s)
}

// hasMarkedCaptionCue is the part of hasCaptionCue whose cues hang on a
// '(', a '/' or a ':', found by byte searches for those bytes.
func hasMarkedCaptionCue(s string) bool {
	for i := range bytePositions(s, '(') {
		if foldPrefix(s[i+1:], "photo") && !isWordByteAt(s, i+6) || foldPrefix(s[i+1:], "ap photo") {
			return true
		}
	}
	for i := range bytePositions(s, '/') {
		if foldPrefix(s[i+1:], "reuters)") || foldPrefix(s[i+1:], "afp)") {
			return true
		}
	}
	for i := range bytePositions(s, ':') {
		if endsWithColonCue(s[:i]) {
			return true
		}
	}
	return false
}

// bytePositions yields the positions of the byte c in s, found by byte
// searches.
func bytePositions(s string, c byte) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; ; i++ {
			k := strings.IndexByte(s[i:], c)
			if k < 0 || !yield(i+k) {
				return
			}
			i += k
		}
	}
}

// hasSpacedCaptionCue reports whether s holds "getty images" or "\bfile
// photo\b", ignoring case as hasCaptionCue does. "getty", "file" and
// "photo" have no letter whose case folds leave ASCII, so each is as many
// bytes as letters.
func hasSpacedCaptionCue(s string) bool {
	// Both cues put "y " or "e " before an "i" or a "p" (in either case;
	// "images" and "photo" have no other folds in those places): a look
	// at those three bytes turns away nearly every space before foldPrefix.
	for i := 1; i+1 < len(s); i++ {
		if s[i] != ' ' {
			continue
		}
		before, after := s[i-1]|0x20, s[i+1]|0x20
		if before == 'y' && after == 'i' && i >= 5 && foldPrefix(s[i+1:], "images") && foldPrefix(s[i-5:], "getty") ||
			before == 'e' && after == 'p' && i >= 4 && foldPrefix(s[i+1:], "photo") && !isWordByteAt(s, i+6) && foldPrefix(s[i-4:], "file") && !isWordByteAt(s, i-5) {
			return true
		}
	}
	return false
}

// endsWithColonCue reports whether s, the text before a ':', ends with the
// words of a cue that the colon closes: "\bcredit\s*", or
// "\bphoto(?:graph)?\s*(?:credit)?\s*" or "\bimage\s*(?:credit)?\s*". Their
// words have no letter whose case folds leave ASCII (those are "s" and
// "k"), so they are compared byte by byte.
func endsWithColonCue(s string) bool {
	const space = "\t\n\f\r " // a regexp's \s
	j := len(strings.TrimRight(s, space))
	if k := j - len("credit"); k >= 0 && asciiFoldEqual(s[k:j], "credit") {
		if !isWordByteAt(s, k-1) {
			return true
		}
		// "photocredit:": the word before may run into it.
		j = len(strings.TrimRight(s[:k], space))
	}
	for _, w := range []string{"photograph", "photo", "image"} {
		if k := j - len(w); k >= 0 && asciiFoldEqual(s[k:j], w) && !isWordByteAt(s, k-1) {
			return true
		}
	}
	return false
}

// asciiFoldEqual reports whether s is the lower-case ASCII word w in any
// case.
func asciiFoldEqual(s, w string) bool {
	if len(s) != len(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if s[i]|0x20 != w[i] {
			return false
		}
	}
	return true
}

// foldPrefix reports whether s starts with lit (lower-case ASCII) under
// Unicode simple case folding, as a (?i) regexp compares: "S" and "ſ" both
// match "s". A non-ASCII rune takes more bytes than the letter it folds
// to, so the match may be longer than lit; the cues that use foldPrefix
// for what follows them have no "s" or "k" (the ASCII letters with
// non-ASCII folds).
func foldPrefix(s, lit string) bool {
	i := 0
	for j := 0; j < len(lit); j++ {
		if i >= len(s) {
			return false
		}
		if c := s[i]; c < utf8.RuneSelf {
			if c != lit[j] && !(c|0x20 == lit[j] && 'a' <= lit[j] && lit[j] <= 'z') {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !foldsTo(r, rune(lit[j])) {
			return false
		}
		i += size
	}
	return true
}

// foldsTo reports whether r is in the simple case-folding orbit of c.
func foldsTo(r, c rune) bool {
	for f := unicode.SimpleFold(c); f != c; f = unicode.SimpleFold(f) {
		if f == r {
			return true
		}
	}
	return false
}

// isWordByteAt reports whether s[i] is a regexp word character
// ([0-9A-Za-z_]); outside s, it is not.
func isWordByteAt(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	c := s[i]
	return '0' <= c && c <= '9' || 'a' <= c|0x20 && c|0x20 <= 'z' || c == '_'
}

// trimRegexpSpace drops the leading white space a regexp's \s matches
// ([\t\n\f\r ]).

// galleryControlRe matches the controls a photo gallery leaves in the text
// of a page: "Previous Next", "Hide caption", "Toggle caption", "Enlarge
// this image", "3 of 12".
var galleryControlRe = regexp.MustCompile(`(?i)^(?:previous\s+next|prev\s+next|next\s+previous|hide caption|toggle caption|show caption|enlarge this image|expand image|view gallery|\d+\s*(?:of|/)\s*\d+$)`)

// mediaLabels open the paragraph a page leaves where a photo or video
// stood: the player's fallback line, then the credit and caption labels
// ("Image copyright AFP Image caption The UN has called ...", "Media
// playback is unsupported on your device Media caption ..."). Scraped
// pages of broadcasters carry them as text; prose never opens with them.
var mediaLabels = []string{"image copyright", "image caption", "media caption", "media playback is unsupported"}

// mediaLinkLabels open a link to a gallery, a video, a map or a document
// ("PHOTOS: Crowds await the verdict", "WATCH: The minister's remarks",
// "Map: The border region"): a title, never a paragraph of prose.
var mediaLinkLabels = []string{"photos:", "video:", "videos:", "gallery:", "watch:", "map:", "document:"}

// maxMediaLinkWords bounds such a link's line.
const maxMediaLinkWords = 15

// opensWithMediaLink reports whether a line opens with a media link label.
func opensWithMediaLink(s string) bool {
	s = strings.TrimSpace(s)
	for _, l := range mediaLinkLabels {
		if len(s) >= len(l) && strings.EqualFold(s[:len(l)], l) {
			return true
		}
	}
	return false
}

// maxMediaCaptionWords bounds the paragraph a media label makes a caption:
// a broadcaster's labels and caption come to at most about 30 words, and a
// longer paragraph is a caption a scraper joined to the article's text,
// which is kept rather than lost with it.
const maxMediaCaptionWords = 40

// opensWithMediaLabel reports whether a paragraph opens with one of the
// mediaLabels, whatever the caption after it says.
func opensWithMediaLabel(s string) bool {
	s = strings.TrimSpace(s)
	for _, l := range mediaLabels {
		if len(s) >= len(l) && strings.EqualFold(s[:len(l)], l) && !isWordByteAt(s, len(l)) {
			return true
		}
	}
	return false
}

// slashCreditRe matches a photo credit written as names and agencies
// joined by slashes: "Li Muzi/Xinhua/Landov", "Mahmud Hams/AFP/Getty
// Images", "AP Photo/Khalil Hamra".
var slashCreditRe = regexp.MustCompile(`\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)*/\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)*`)

// videoOpenings open, in capitals, the line an embedded video player
// leaves in the text of a page ("JUST WATCHED <title> Replay More Videos
// ... MUST WATCH <title> 04:04"); videoReplay stands inside it. Prose may
// open with "Just watched" or "Now playing", never in capitals.
var videoOpenings = []string{"JUST WATCHED", "MUST WATCH"}

const videoReplay = "replay more videos"

// videoControl reports whether a line is an embedded video player's
// controls and titles. It reads by byte comparisons, not a regexp: it
// runs on every short paragraph of every article.
func videoControl(s string) bool {
	s = strings.TrimSpace(s)
	for _, o := range videoOpenings {
		if strings.HasPrefix(s, o) && !isWordByteAt(s, len(o)) {
			return true
		}
	}
	return containsFold(s, videoReplay)
}

// maxVideoTeaserWords bounds a video player's teaser: its close button, a
// blurb of a sentence or three and the clip's credit.
const maxVideoTeaserWords = 90

// videoTeaser reports whether a paragraph is the teaser an embedded video
// player leaves in a page's text: its close button "CLOSE" in capitals,
// then the clip's blurb, opening with a capital, and a credit at its end
// ("... the border. (Nov. 18) AP", "... in Tehran. Video provided by Newsy
// Newslook", "... on Saturday. VPC") or none. Prose opens with "Close" in
// capitals only as a heading ("CLOSE TO HOME"), with no sentence after.
// Its button stands before a speaker's name (teaserButton).
func videoTeaser(s string) bool {
	s = strings.TrimSpace(s)
	rest, ok := strings.CutPrefix(s, "CLOSE ")
	if !ok || rest == "" || !unicode.IsUpper([]rune(rest)[0]) {
		return false
	}
	words := strings.Fields(rest)
	if len(words) > maxVideoTeaserWords || len(words) < 6 || isAllCaps(words[0]) && isAllCaps(words[1]) {
		return false // a heading in capitals: "CLOSE TO HOME: ..."
	}
	// The credit after the blurb's last sentence: capitalised words only
	// ("AP", "USA TODAY"), or a provider's line.
	end := len(words)
	for end > 0 && !strings.HasSuffix(words[end-1], ".") && !strings.HasSuffix(words[end-1], ")") && !strings.HasSuffix(words[end-1], ".”") && !strings.HasSuffix(words[end-1], ".\"") {
		end--
	}
	if end == 0 {
		return false // no sentence: not a blurb
	}
	tail := words[end:]
	if len(tail) >= 3 && tail[0] == "Video" && tail[1] == "provided" && tail[2] == "by" {
		return true
	}
	if len(tail) > 4 {
		return false
	}
	for _, w := range tail {
		if r := []rune(w)[0]; !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// teaserButton reports whether speaker phrase np opens with the close
// button of a video teaser (videoTeaser) that stands as its paragraph:
// "CLOSE President Ann Roe says ..." is the president's, the button no
// part of her name. Cleaning keeps the teaser, whose blurb tells what the
// story is about; only its button is no one's.
func (a *attributor) teaserButton(np phrase) bool {
	if np.from != 0 || np.to-np.from < 2 || a.word(0) != "CLOSE" {
		return false
	}
	return videoTeaser(a.text[a.from(0):a.to(len(a.toks)-1)])
}

// galleryCounterRe matches a photo gallery's counter between its captions:
// "Hide Caption 3 of 22".
var galleryCounterRe = regexp.MustCompile(`(?i)\bhide caption \d+ of \d+\b`)

// photoGallery reports whether a paragraph is a photo gallery run into
// one block of text, captions and counters ("Photos: <title> - <caption>.
// Hide Caption 1 of 22 Photos: <title> - <caption>. Hide Caption 2 of 22
// ..."): two counters or more, however much prose the captions hold.
// Prose counting photos ("3 of 12 photos") has no "Hide Caption".
func photoGallery(s string) bool {
	// The regexp has no literal prefix to search for and would run over
	// every paragraph of every article: only a paragraph that holds
	// "caption" is read with it.
	return containsFold(s, "caption") && len(galleryCounterRe.FindAllStringIndex(s, 2)) >= 2
}

// slideshowCaption reports whether a paragraph is one frame of a
// slideshow run into the text: it opens with the caption control and
// ends with the frame controls and the photo's credit ("Hide caption
// Protesters gather in Cairo. ... Previous Next Li Muzi/Xinhua/Landov").
// Prose never opens with "Hide caption".
func slideshowCaption(s string) bool {
	s = strings.TrimSpace(s)
	control := ""
	for _, c := range []string{"hide caption", "toggle caption", "show caption"} {
		if foldPrefix(s, c) {
			control = c
		}
	}
	if control == "" || strings.HasPrefix(strings.TrimLeft(s[len(control):], " "), ":") {
		return false // "Hide caption: the setting ..." is prose about the control
	}
	tail := s[max(0, len(s)-120):]
	if containsFold(tail, "previous next") {
		return true
	}
	// The credit ends the frame: "... on Monday. Li Muzi/Xinhua/Landov".
	locs := slashCreditRe.FindAllStringIndex(tail, -1)
	return len(locs) > 0 && strings.TrimRight(tail[locs[len(locs)-1][1]:], " .") == ""
}

// containsFold reports whether s holds the lower-case ASCII word lit in
// any case, found by byte searches for its first letter.
func containsFold(s, lit string) bool {
	firsts := string([]byte{lit[0], lit[0] &^ 0x20}) // "c" and "C"
	for i := 0; i < len(s); i++ {
		k := strings.IndexAny(s[i:], firsts)
		if k < 0 {
			return false
		}
		if i += k; foldPrefix(s[i:], lit) {
			return true
		}
	}
	return false
}

// galleryCredit reports whether a short line is a gallery's control or a
// photo credit: it opens with a gallery control, or it is mostly a
// slash-joined credit of capitalised names.
func galleryCredit(s string) bool {
	s = strings.TrimSpace(s)
	if galleryControlRe.MatchString(s) {
		return true
	}
	loc := slashCreditRe.FindStringIndex(s)
	return loc != nil && (loc[1]-loc[0])*2 >= len(s)
}

// captionDateRe matches the day a photo was taken where a caption's first
// sentence ends with it: "... in Sanaa on March 20. ", "... on Friday,
// March 20, 2015." The month is written out or abbreviated with a stop.
// Tokenized text ("on Friday , March 20 .") is read as well.
var captionDateRe = regexp.MustCompile(`\bon (?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) ?, )?` +
	`((?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.) \d{1,2})(?: ?, \d{4})? ?\.(?:\s|$)`)

// Dated caption runs: minDatedCaptionRun paragraphs in a row whose first
// sentence, of at most maxCaptionSentenceWords words, ends with one day.
const (
	minDatedCaptionRun      = 3
	maxCaptionSentenceWords = 30
	maxCaptionSentenceBytes = 400 // thirty words and their spaces, with room
)

// captionDay is the day a paragraph's first sentence ends with, as
// written ("March 20"), or "" when it ends otherwise, is too long for a
// caption or tells of the past; present is whether the sentence shows a
// picture in the present ("lies", "is carried"). Only a paragraph's first maxCaptionSentenceBytes holding " on "
// are read with the regexp: a long paragraph costs no more than a caption.
func captionDay(s string) (day string, present bool) {
	s = s[:min(len(s), maxCaptionSentenceBytes)]
	if !strings.Contains(s, " on ") {
		return "", false
	}
	m := captionDateRe.FindStringSubmatchIndex(s)
	if m == nil || strings.Contains(s[:m[0]], ". ") || len(strings.Fields(s[:m[1]])) > maxCaptionSentenceWords {
		return "", false
	}
	if rest := s[m[1]:]; strings.Contains(rest, " said") || strings.Contains(rest, " says") || strings.Contains(rest, " told ") {
		return "", false // "Police said ..." after it: news, which a caption's context line never reports
	}
	words := strings.Fields(s[:m[0]])
	for i, w := range words {
		w = strings.ToLower(strings.Trim(w, ",;:"))
		if pastTenseWords[w] || pastVerbs[w] || i+1 < len(words) && len(w) > 4 && strings.HasSuffix(w, "ed") && opensObject(words[i+1]) {
			// "Roe was arrested in Cairo on June 3.", "Troops killed a
			// fisherman on June 4.": news tells what happened; a caption
			// shows it ("bodies covered with blankets", "Armed men").
			return "", false
		}
		present = present || captionPresent[w]
	}
	return s[m[2]:m[3]], present
}

// captionPresent are the verbs a caption shows its picture with, in the
// present: "A wounded man lies on a bed", "The body is carried to a
// hospital". A run of dated paragraphs is a gallery's only when one of
// its captions says so: prose dated to a day tells what happened, in the
// past ("Protesters marched through the square on June 4").
var captionPresent = fieldSet(`is are lies sits stands walks rises looks holds waits carries gathers watches arrives leaves speaks poses`)

// pastTenseWords tell of a past event, as a caption, written in the
// present of its picture ("A man lies on a bed", "Armed men inspect the
// damage"), does not.
var pastTenseWords = fieldSet(`was were had did said told died shot struck`)

// opensObject reports whether a word opens the object of a verb before it:
// a determiner, a figure or a name ("killed a fisherman", "destroyed
// three homes", "shot Roe").
func opensObject(w string) bool {
	if objectDeterminers[strings.ToLower(w)] {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsDigit(r) || unicode.IsUpper(r)
}

// objectDeterminers open a noun phrase.
var objectDeterminers = fieldSet(`a an the his her their its two three four five several dozens hundreds`)

// markDatedCaptionRuns marks a photo gallery's captions that a page left
// as paragraphs of their own between the article's: a run of paragraphs
// whose first sentences each end with the same day ("People stand amid
// the rubble in Sanaa on March 20.", "A wounded man lies on a bed at a
// hospital ... on March 20."), one of them at least in the present of its
// picture (captionPresent). The pictures of one gallery are of one day's
// events; prose that dates three paragraphs in a row to the same day in
// its first sentences' last words is a timeline, and a timeline gives each
// line its own day. Paragraphs already removed (a caption's repeated copy)
// neither join nor break a run.
func markDatedCaptionRuns(ps []*para) {
	var run []*para
	day, shown := "", false
	flush := func() {
		if len(run) >= minDatedCaptionRun && shown {
			for _, p := range run {
				p.reason = "photo gallery caption"
			}
		}
		run, shown = run[:0], false
	}
	for _, p := range ps {
		if p.reason != "" || len(p.words) == 0 {
			continue
		}
		d, present := captionDay(p.text)
		if d == "" || d != day {
			flush()
		}
		day = d
		if d != "" {
			run = append(run, p)
			shown = shown || present
		}
	}
	flush()
}
