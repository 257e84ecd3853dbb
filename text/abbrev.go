package text

import "strings"

// abbreviations are the words whose full stop does not end a sentence,
// lower-case and without their stops; dotted ones ("u.s") are listed for
// the sentence splitter, which looks words up with their inner stops.
var abbreviations = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`mr mrs ms dr prof gen lt col sgt capt cpt adm maj cmdr gov sen sens rep reps rev st jr sr
sec secs cpl pvt brig cdr msgr
hon pres amb atty supt insp det fr messrs mt ft no nos vol vs etc al inc corp co ltd llc dept univ est approx
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
u.s u.k u.n e.u u.s.a d.c a.m p.m i.e e.g`) {
		m[w] = true
	}
	return m
}()

// capitalOnly are abbreviations that are also plain words in lower case:
// "Sens." and "Reps." before names are titles, but "40 new sales reps."
// ends a sentence.
var capitalOnly = map[string]bool{"sens": true, "reps": true, "rep": true, "sec": true, "secs": true, "brig": true}

// notAllCaps are titles whose all-capital spelling is an acronym that
// ends sentences: "Sec. Clinton" is the Secretary, "filed with the SEC."
// is the commission.
var notAllCaps = map[string]bool{"sec": true}

// Abbreviation reports whether w, without its final stop, is a known
// abbreviation ("Gen", "No", "U.S", "etc"), in any case, except a title
// that in lower case is a plain word ("Reps", not "reps").
func Abbreviation(w string) bool {
	lower := strings.ToLower(w)
	if capitalOnly[lower] && w == lower || notAllCaps[lower] && w == strings.ToUpper(w) {
		return false
	}
	return abbreviations[lower]
}
