package corpus

import (
	"regexp"
	"strings"
	"testing"
)

// captionCueRe is the statement of the caption cues that hasCaptionCue
// must match.
var captionCueRe = regexp.MustCompile(`(?i)\((?:photo )?credit\s*:|\(photo\b|\bphoto(?:graph)?\s*(?:credit)?\s*:|\bimage\s*(?:credit)?\s*:|\bcredit\s*:|getty images|\(ap photo|/reuters\)|/afp\)|\bfile photo\b`)

var captionSamples = []string{
	"", "(", "/", "photo", "Photo: AFP", "PHOTOGRAPH CREDIT : Jane Doe", "photograph credit:x", "photographs:",
	"(Photo credit: AP)", "(credit:", "(photo)", "(photos of the day)", "(Photo_1)", "(AP Photo/Ariel Schalit)",
	"An image: the flag", "image credit:", "imagecredit:", "images:", "Credit :", "accredit: no", "discredit:",
	"Getty Images", "GETTY IMAGEſ", "getty imageS", "gettyimages", "(Reuters)", "/REUTERſ)", "/Reuters )",
	"/afp)", "/AFP", "file photo", "A FILE PHOTO.", "file photos", "profile photo", "photo\ncredit\t:",
	"photo\vcredit:", "photo\u00a0credit:", "Kredit:", "ｐhoto:", "\xffphoto:", "é photo:", "2photo:", "_photo:",
	"The minister spoke to reporters in Jerusalem on Tuesday, his office said.",
	"a getty images b", "Getty  Images", "GETTY IMAGES", "xgetty images", "getty imageſ", "ggetty images",
	"A file photo of the site", "profile photo", "file photos", "file photo_", "FILE PHOTO", "the file photo",
	"file photo:", "a file\tphoto", " file photo", "file photo ", "getty images", " images", "photo ",
	"pHOTO:", "cRedit :", "FIle Photo", "IMage:", "p", "ph", "c:", "fi",
	"photocredit:", "Photo Credit :", "image   credit\t:", "xphoto:", "photographcredit:", "photo graph:", ":photo", "credit::",
	"_credit:", "9image:", "(photo", "(photos", "a/reuters)", "/Reuter)", "(AP PHOTO", "photo\vcredit:",
}

func TestHasCaptionCue(t *testing.T) {
	for _, s := range captionSamples {
		if got, want := hasCaptionCue(s), captionCueRe.MatchString(s); got != want {
			t.Errorf("hasCaptionCue(%q) = %v, want %v", s, got, want)
		}
	}
}

func FuzzCaptionCue(f *testing.F) {
	for _, s := range captionSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasCaptionCue(s), captionCueRe.MatchString(s); got != want {
			t.Errorf("hasCaptionCue(%q) = %v, want %v", s, got, want)
		}
	})
}

// TestGalleryCredit: gallery controls and slash-joined photo credits are
// chrome wherever they stand; prose with a slash is not.
func TestGalleryCredit(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Previous Next Li Muzi/Xinhua/Landov", true},
		{"Li Muzi/Xinhua/Landov", true},
		{"Mahmud Hams/AFP/Getty Images", true},
		{"AP Photo/Khalil Hamra", true},
		{"Hide caption Protesters gather in the square on Friday.", true},
		{"3 of 12", true},
		{"The talks on the Israel/Gaza ceasefire resumed in Cairo on Tuesday, officials said.", false},
		{"Prices rose 3 percent in the year to June, the ministry said.", false},
		{"He said the plan was a 24/7 operation.", false},
		{"3 of 12 hostages were released on Friday.", false},
	}
	for _, tc := range tests {
		if got := galleryCredit(tc.line); got != tc.want {
			t.Errorf("galleryCredit(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

// TestPhotoGallery: a gallery run into one paragraph, counters between
// its captions, is chrome; prose with a count is not.
func TestPhotoGallery(t *testing.T) {
	tests := []struct {
		para string
		want bool
	}{
		{"Photos: Floods in the valley Floods in the valley – Water covers the main road on Monday. Hide Caption 1 of 12 Photos: Floods in the valley Floods in the valley – A boat carries residents to the school. Hide Caption 2 of 12", true},
		{"The flood covered 3 of 12 districts, and photos of the main road spread online on Monday.", false},
		{"The jury saw 3 of 12 photos on Monday and 4 of 10 photos on Tuesday, the clerk said.", false},
		{"Hide Caption 1 of 12", false}, // one counter: the short-line rule (galleryCredit) takes it
	}
	for _, tc := range tests {
		if got := photoGallery(tc.para); got != tc.want {
			t.Errorf("photoGallery(%q) = %v, want %v", tc.para, got, tc.want)
		}
	}
}

// TestSlideshowCaption: one frame of a slideshow run into the text, the
// caption control, the caption and the frame controls with the credit,
// is chrome; prose that mentions a caption is not.
func TestSlideshowCaption(t *testing.T) {
	tests := []struct {
		para string
		want bool
	}{
		{"Hide caption Fishermen mend their nets in the harbour on Monday. The mayor said the pier would close. Previous Next Ann Lee/Island Press/Harbour Photos", true},
		{"Hide caption A ferry leaves the pier at dawn. Previous Next", true},
		{"The mayor read the caption aloud and moved to the next photo.", false},
		{"Hide caption", false}, // a lone control: the short-line rule (galleryCredit) takes it
		{"Toggle caption: the setting hides the text under each photo by Lee/Island Press for readers.", false},
		{"Hide caption A ferry leaves the pier at dawn. Ann Lee/Island Press", true},
	}
	for _, tc := range tests {
		if got := slideshowCaption(tc.para); got != tc.want {
			t.Errorf("slideshowCaption(%q) = %v, want %v", tc.para, got, tc.want)
		}
	}
	c := cleanText(strings.Join([]string{
		"The harbour reopened on Monday after a week of storms, officials said, and the first boats were out by noon.",
		"Hide caption Fishermen mend their nets in the harbour on Monday. The mayor said the pier would close. Previous Next Ann Lee/Island Press/Harbour Photos",
		"The ferry is due to resume on Friday, the company said, once the pier has been checked by engineers.",
	}, "\n\n"))
	if body := strings.Join(c.body, "\n"); strings.Contains(body, "Previous Next") || !strings.Contains(body, "The ferry is due") {
		t.Errorf("want the slideshow frame out and the prose kept; body:\n%s", body)
	}
}

// TestSignupAndMediaLinks: a newsletter sign-up box and a link to a
// gallery or a video ("PHOTOS: Crowds await the verdict") are chrome;
// prose about photos or a newsletter is not.
func TestSignupAndMediaLinks(t *testing.T) {
	for _, tc := range []struct {
		line    string
		signup  bool
		labeled bool
	}{
		{"Get the stories you care about delivered to your inbox.", true, false},
		{"By signing up, you agree to our Privacy Policy.", true, false},
		{"PHOTOS: Crowds await the verdict outside the court", false, true},
		{"Video: The mayor speaks at the harbour", false, true},
		{"The mayor said the photos showed the harbour before the storm.", false, false},
		{"The council's newsletter reached every household in the town, the mayor said.", false, false},
	} {
		if got := signupNotice(tc.line); got != tc.signup {
			t.Errorf("signupNotice(%q) = %v, want %v", tc.line, got, tc.signup)
		}
		if got := opensWithMediaLink(tc.line); got != tc.labeled {
			t.Errorf("opensWithMediaLink(%q) = %v, want %v", tc.line, got, tc.labeled)
		}
	}
}

// TestVideoControl: an embedded player's controls and titles are chrome;
// prose about watching is not.
func TestVideoControl(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"JUST WATCHED Flood waters reach the old town Replay More Videos ... MUST WATCH Flood waters reach the old town 02:17", true},
		{"Residents just watched as the water rose over the bridge on Monday night.", false},
		{"Now playing the mayor in the town's pageant, Jane Roe said she was nervous.", false},
		{"Up next for the council is the budget, the mayor said.", false},
		{"Voters must watch the debate closely, the mayor said.", false},
	}
	for _, tc := range tests {
		if got := videoControl(tc.line); got != tc.want {
			t.Errorf("videoControl(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

// TestVideoTeaser: the teaser an embedded player leaves ("CLOSE", a blurb,
// a credit) is chrome; a heading or a sentence opening with "Close" is
// not.
func TestVideoTeaser(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"CLOSE Mayor Ann Lutz says the ferry will run again by spring, but the council says it has no money for the repairs. (Mar. 4) AP", true},
		{"CLOSE Floods cut off two villages in the north on Sunday. Video provided by Harbour Wire Newslook", true},
		{"CLOSE The council voted to keep the old bridge open for another year. VPC", true},
		{"CLOSE TO HOME: the council votes on the bridge", false},
		{"Close to 300 people marched to the town hall on Sunday, the mayor said.", false},
		{"CLOSE Mayor Ann Lutz says the ferry will run again by spring, her office told the local paper on Tuesday in a long interview about the council", false},
	}
	for _, tc := range tests {
		if got := videoTeaser(tc.line); got != tc.want {
			t.Errorf("videoTeaser(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

// TestTeaserButtonIsNoSpeaker: the close button of a video teaser is no
// part of the speaker the blurb names; a capitalised word that opens a
// speaker's name in prose stays.
func TestTeaserButtonIsNoSpeaker(t *testing.T) {
	checkSpeakers(t, []attributionCase{
		{paragraph: "CLOSE Mayor Ann Lutz says the ferry will run again by spring, but the council says it has no money. (Mar. 4) AP", content: "the ferry will run again", speaker: "Mayor Ann Lutz"},
		{paragraph: "NATO Secretary General Ann Lutz says the alliance will meet again by spring.", content: "the alliance will meet", speaker: "NATO Secretary General Ann Lutz"},
	})
}
