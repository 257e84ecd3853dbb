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

func TestGenerate(t *testing.T) {
	lines, dropped, err := generate(fixtureDirs)
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string]string{} // name -> the rest of the row
	for _, l := range lines {
		name, rest, _ := strings.Cut(l, "\t")
		rows[name] = rest
	}
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
