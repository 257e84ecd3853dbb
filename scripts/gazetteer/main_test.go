package main

import (
	"slices"
	"strings"
	"testing"
)

// fixtureDirs are miniature copies of the packages' layouts, written for
// the tests with the cases the real data holds.
var fixtureDirs = packageDirs{
	countriesList: "testdata/countries-list",
	isoCountries:  "testdata/i18n-iso-countries",
	nationality:   "testdata/i18n-nationality",
	isoCodes:      "testdata/iso-codes",
	cldr:          "testdata/cldr",
}

// generateFixture runs the generator on the fixture packages: the lines,
// the rows by name (the rest of each row) and the names it dropped.
func generateFixture(t *testing.T) ([]string, map[string]string, []string) {
	t.Helper()
	lines, dropped, err := generate(fixtureDirs)
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string]string{} // name -> the rest of the row
	for _, l := range lines {
		name, rest, _ := strings.Cut(l, "\t")
		rows[name] = rest
	}
	return lines, rows, dropped
}

func TestGenerate(t *testing.T) {
	lines, rows, dropped := generateFixture(t)
	want := map[string]string{
		"Iran":                     "Iran\tcountry\tIran\t\tcountry\tcountries-list+cldr+i18n-iso-countries+iso-codes",
		"Islamic Republic of Iran": "Iran\tcountry\tIran\t\tname of Iran\ti18n-iso-countries+iso-codes",
		"Persia":                   "Iran\tcountry\tIran\t\tname of Iran\tcountries-list",
		"Tehran":                   "Iran\tcapital\tIran\t\tcapital of Iran\tcountries-list",
		"Iranian":                  "Iran\tdemonym\tIran\t\tdemonym of Iran\ti18n-nationality",
		"Iranians":                 "Iran\tdemonym\tIran\t\tdemonym of Iran\ti18n-nationality+plural",
		"British":                  "United Kingdom\tdemonym\tUnited Kingdom\t\tdemonym of United Kingdom\ti18n-nationality",
		"US":                       "United States\tcountry\tUnited States\tcase\tname of United States\tcountries-list+cldr",
		"U.S.":                     "United States\tcountry\tUnited States\t\tname of United States\ti18n-iso-countries",
		"Türkiye":                  "Turkey\tcountry\tTurkey\t\tname of Turkey\tcountries-list",
		"Turkey":                   "Turkey\tcountry\tTurkey\t\tcountry\tcountries-list+cldr",
		"Myanmar":                  "Myanmar\tcountry\tMyanmar\t\tcountry\tcountries-list+cldr",
		"Singapore":                "Singapore\tcountry\tSingapore\t\tcountry\tcountries-list",
		"Singaporeans":             "Singapore\tdemonym\tSingapore\t\tdemonym of Singapore\ti18n-nationality+plural",
		"Bermuda":                  "Bermuda\tcountry\tBermuda\t\tcountry\tcountries-list",
		"United Kingdom of Great Britain and Northern Ireland": "United Kingdom\tcountry\tUnited Kingdom\t\tname of United Kingdom\tiso-codes",
	}
	for name, rest := range want {
		if rows[name] != rest {
			t.Errorf("row %q is %q, want %q", name, rows[name], rest)
		}
	}
	for _, name := range []string{
		"Congo",                // both Congos claim it
		"The Valley",           // a capital with an article
		"Congolese",            // a disambiguated copy, "Congolese (Republic of the Congo)"
		"Anguillan or Other",   // not one demonym
		"Britishs", "Turkishs", // no plural for -sh
		"Iran, Islamic Republic of", // ISO's inverted form
		"Bolivia",                   // a code countries-list does not know
		"World",                     // a CLDR region, not a country
	} {
		if _, ok := rows[name]; ok {
			t.Errorf("row %q is in the table; it should be left out", name)
		}
	}
	if !slices.Contains(dropped, "Congo (CD CG)") {
		t.Errorf("dropped %q, want Congo (CD CG) among them", dropped)
	}
	if !slices.IsSorted(lines) {
		t.Error("the rows are not sorted, so regenerating would reorder the file")
	}
}

// TestSubdivisions checks which first-level subdivisions become places of
// their country, and every rule that leaves one out.
func TestSubdivisions(t *testing.T) {
	_, rows, dropped := generateFixture(t)
	for name, rest := range map[string]string{
		"Ohio":                 "Ohio\tsubdivision\tUnited States\t\tstate of United States\tiso-codes",
		"District of Columbia": "District of Columbia\tsubdivision\tUnited States\t\tdistrict of United States\tiso-codes",
		"Wales":                "Wales\tsubdivision\tUnited Kingdom\t\tcountry of United Kingdom\tiso-codes", // its bracketed Welsh name dropped
		"New South Wales":      "New South Wales\tsubdivision\tAustralia\t\tstate of Australia\tiso-codes",
		"Gujarāt":              "Gujarāt\tsubdivision\tIndia\t\tstate of India\tiso-codes",
		"Coahuila de Zaragoza": "Coahuila de Zaragoza\tsubdivision\tMexico\t\tstate of Mexico\tiso-codes",
		"Coahuila":             "Coahuila\tsubdivision\tMexico\t\tstate of Mexico\tiso-codes", // its dedication dropped
		"Ciudad de México":     "Ciudad de México\tsubdivision\tMexico\t\tfederal district of Mexico\tiso-codes",
		"Guangdong":            "Guangdong\tsubdivision\tChina\t\tprovince of China\tiso-codes",        // pinyin "Sheng" dropped
		"Shanghai":             "Shanghai\tsubdivision\tChina\tcase\tmunicipality of China\tiso-codes", // "to shanghai"
		"Bayern":               "Bayern\tsubdivision\tGermany\t\tland of Germany\tiso-codes",
	} {
		if rows[name] != rest {
			t.Errorf("row %q is %q, want %q", name, rows[name], rest)
		}
	}
	for name, why := range map[string]string{
		"Georgia":                "a country's name",
		"México":                 "a country's name (its alias), kept as the country",
		"Beijing":                "a capital",
		"Berlin":                 "a capital",
		"Punjab":                 "a subdivision of two countries",
		"Washington":             "listed in skippedSubdivisions",
		"Victoria":               "listed in skippedSubdivisions",
		"Hidalgo":                "listed in skippedSubdivisions",
		"Guam":                   "an outlying area, a country of ISO 3166-1",
		"Xinjiang Uygur Zizhiqu": "a Chinese autonomous region, curated under its English name",
		"Xinjiang Uygur":         "a Chinese autonomous region, curated under its English name",
		"Aberdeen City":          "not first-level",
		"Eşfahān":                "a country whose subdivisions are not taken",
		"Nowhere":                "a country countries-list does not know",
		"Guangdong Sheng":        "written with the pinyin suffix",
	} {
		if r, ok := rows[name]; ok && !strings.HasPrefix(r, "Mexico\tcountry") && !strings.HasPrefix(r, "Georgia\tcountry") &&
			!strings.Contains(r, "\tcapital\t") {
			t.Errorf("row %q is %q; it should be left out as %s", name, r, why)
		}
	}
	for _, d := range []string{"Georgia (state of US, country of GE)", "Punjab (IN PK)", "Berlin (land of DE, capital of DE)"} {
		if !slices.Contains(dropped, d) {
			t.Errorf("dropped %q, want %q among them", dropped, d)
		}
	}
	for name, why := range skippedSubdivisions {
		if why == "" || name != cleanName(name) {
			t.Errorf("skippedSubdivisions[%q] = %q: each name needs a reason and must be written as cleanName writes it", name, why)
		}
	}
}

func TestRunRefusesASmallTable(t *testing.T) {
	var report strings.Builder
	err := run(fixtureDirs, t.TempDir()+"/out.tsv", &report)
	if err == nil || !strings.Contains(err.Error(), "fewer than 500") {
		t.Errorf("run over the miniature packages gives %v, want a refusal: a real package gives over 1000 names", err)
	}
	if err := run(packageDirs{}, t.TempDir()+"/out.tsv", &report); err == nil || !strings.Contains(err.Error(), "is required") {
		t.Errorf("run without folders gives %v, want a missing-flag error", err)
	}
}

func TestCleanNameAndPlural(t *testing.T) {
	for in, want := range map[string]string{
		"Bolivia (Plurinational State of)": "Bolivia",
		"Cocos (Keeling) Islands":          "Cocos Islands",
		"Côte d’Ivoire":                    "Côte d'Ivoire",
		"  Viet   Nam ":                    "Viet Nam",
		"Broken (paren":                    "Broken",
		"Wales [Cymru GB-CYM]":             "Wales",
	} {
		if got := cleanName(in); got != want {
			t.Errorf("cleanName(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{"Iranian": "Iranians", "Israeli": "Israelis", "Filipino": "Filipinos", "Greek": "Greeks", "Swiss": "", "Chinese": "", "Dutch": "", "Polish": ""} {
		got, ok := plural(in)
		if got != want || ok != (want != "") {
			t.Errorf("plural(%q) = %q, %v, want %q", in, got, ok, want)
		}
	}
}
