package corpus

import (
	"regexp"
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
