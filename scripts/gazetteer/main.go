// Command gazetteer writes gazetteer/data/generated.tsv, the generated part
// of framediff's gazetteer, from the unpacked country packages that
// scripts/gazetteer/regen.sh downloads: countries-list (names, aliases,
// capitals), i18n-iso-countries (English names and aliases), iso-codes
// (ISO 3166-1 names), CLDR (English territory names) and i18n-nationality
// (English demonyms). Names two countries both claim are left out, because
// a name that could be either country tells a reader neither; the curated
// table says what to do with the ones that matter.
package main

import (
	"bufio"
	"encoding/json"
	"encoding/xml"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/gazetteer"
)

func main() {
	var dirs packageDirs
	flag.StringVar(&dirs.countriesList, "countries-list", "", "unpacked npm countries-list package folder")
	flag.StringVar(&dirs.isoCountries, "i18n-iso-countries", "", "unpacked npm i18n-iso-countries package folder")
	flag.StringVar(&dirs.nationality, "i18n-nationality", "", "unpacked npm i18n-nationality package folder")
	flag.StringVar(&dirs.isoCodes, "iso-codes", "", "unpacked Debian iso-codes package root")
	flag.StringVar(&dirs.cldr, "cldr", "", "unpacked Debian unicode-cldr-core package root")
	out := flag.String("o", "gazetteer/data/generated.tsv", "file to write")
	flag.Parse()
	if err := run(dirs, *out, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "gazetteer:", err)
		os.Exit(1)
	}
}

// packageDirs are the folders the packages were unpacked into.
type packageDirs struct {
	countriesList, isoCountries, nationality, isoCodes, cldr string
}

func run(dirs packageDirs, out string, report io.Writer) error {
	for name, dir := range map[string]string{"-countries-list": dirs.countriesList, "-i18n-iso-countries": dirs.isoCountries,
		"-i18n-nationality": dirs.nationality, "-iso-codes": dirs.isoCodes, "-cldr": dirs.cldr} {
		if dir == "" {
			return fmt.Errorf("the flag %s is required", name)
		}
	}
	countries, err := readCountriesList(filepath.Join(dirs.countriesList, "countries.min.json"))
	if err != nil {
		return err
	}
	cldrNames, err := readCLDR(filepath.Join(dirs.cldr, "usr/share/unicode/cldr/common/main/en.xml"))
	if err != nil {
		return err
	}
	b := newBuilder()
	for _, code := range sortedKeys(countries) {
		c := countries[code]
		canonical := cleanName(c.Name)
		// CLDR is the reference for English display names: where its name is
		// one of countries-list's aliases ("Turkey" for "Türkiye"), it wins.
		if n := cldrNames[code]; len(n) > 0 && slices.Contains(c.Alias, n[0]) {
			canonical = cleanName(n[0])
		}
		b.canonical[code] = canonical
		b.add(code, c.Name, "country", "countries-list")
		for _, a := range c.Alias {
			b.add(code, a, "country", "countries-list")
		}
		for _, n := range cldrNames[code] {
			b.add(code, n, "country", "cldr")
		}
		// A capital named with an article ("The Valley", Anguilla's) is a
		// common noun to the matcher, which drops the article.
		if c.Capital != "" && !strings.HasPrefix(c.Capital, "The ") {
			b.add(code, c.Capital, "capital", "countries-list")
		}
	}
	if err := readISOCountries(filepath.Join(dirs.isoCountries, "langs/en.json"), b); err != nil {
		return err
	}
	if err := readISOCodes(filepath.Join(dirs.isoCodes, "usr/share/iso-codes/json/iso_3166-1.json"), b); err != nil {
		return err
	}
	if err := readNationalities(filepath.Join(dirs.nationality, "langs/en.json"), b); err != nil {
		return err
	}
	return b.write(out, report)
}

// country is one country of countries-list.
type country struct {
	Name    string   `json:"name"`
	Alias   []string `json:"alias"`
	Capital string   `json:"capital"`
}

func readCountriesList(path string) (map[string]country, error) {
	var m map[string]country
	if err := readJSON(path, &m); err != nil {
		return nil, err
	}
	if len(m) < 200 {
		return nil, fmt.Errorf("%s lists only %d countries; is it the right file?", path, len(m))
	}
	return m, nil
}

func readISOCountries(path string, b *builder) error {
	var f struct {
		Countries map[string]json.RawMessage `json:"countries"`
	}
	if err := readJSON(path, &f); err != nil {
		return err
	}
	for code, raw := range f.Countries {
		var names []string
		var one string
		if json.Unmarshal(raw, &one) == nil {
			names = []string{one}
		} else if err := json.Unmarshal(raw, &names); err != nil {
			return fmt.Errorf("%s: the names of %s are neither a string nor a list: %w", path, code, err)
		}
		for _, n := range names {
			b.add(code, n, "country", "i18n-iso-countries")
		}
	}
	return nil
}

func readISOCodes(path string, b *builder) error {
	var f struct {
		Countries []struct {
			Alpha2     string `json:"alpha_2"`
			Name       string `json:"name"`
			CommonName string `json:"common_name"`
			Official   string `json:"official_name"`
		} `json:"3166-1"`
	}
	if err := readJSON(path, &f); err != nil {
		return err
	}
	for _, c := range f.Countries {
		for _, n := range []string{c.Name, c.CommonName, c.Official} {
			if n != "" {
				b.add(c.Alpha2, n, "country", "iso-codes")
			}
		}
	}
	return nil
}

// readCLDR returns CLDR's English names of each two-letter territory, the
// main name first, then the short and variant ones.
func readCLDR(path string) (map[string][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var doc struct {
		Territories []struct {
			Type string `xml:"type,attr"`
			Alt  string `xml:"alt,attr"`
			Name string `xml:",chardata"`
		} `xml:"localeDisplayNames>territories>territory"`
	}
	d := xml.NewDecoder(bufio.NewReader(f))
	d.Strict = false // the file names a DTD that is not beside it
	if err := d.Decode(&doc); err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	m := map[string][]string{}
	for _, t := range doc.Territories {
		if len(t.Type) != 2 || unicode.IsDigit(rune(t.Type[0])) {
			continue
		}
		if t.Alt == "" {
			m[t.Type] = append([]string{t.Name}, m[t.Type]...)
		} else {
			m[t.Type] = append(m[t.Type], t.Name)
		}
	}
	if len(m) < 200 {
		return nil, fmt.Errorf("%s names only %d territories; is it CLDR's en.xml?", path, len(m))
	}
	return m, nil
}

func readNationalities(path string, b *builder) error {
	var f struct {
		Nationalities map[string]string `json:"nationalities"`
	}
	if err := readJSON(path, &f); err != nil {
		return err
	}
	for code, n := range f.Nationalities {
		// The list mixes demonyms with place names ("Bermuda") and
		// disambiguated copies ("French (French Guiana)"): only a plain
		// word or two that names no country is a demonym.
		if strings.ContainsAny(n, "(),") || strings.Contains(n, " - ") || strings.Contains(n, " or ") || b.isCountryName(n) {
			continue
		}
		b.add(code, n, "demonym", "i18n-nationality")
		if p, ok := plural(n); ok {
			b.add(code, p, "demonym", "i18n-nationality+plural")
		}
	}
	return nil
}

// plural returns the plural of a demonym that has one: "Iranians",
// "Israelis", "North Koreans"; "British", "Chinese" and "Swiss" have none.
func plural(demonym string) (string, bool) {
	last, _ := utf8.DecodeLastRuneInString(demonym)
	if strings.ContainsRune("nirtko", last) {
		return demonym + "s", true
	}
	return "", false
}

func readJSON(path string, v any) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("reading %s: %w", path, err)
	}
	return nil
}

// row is one name of one country.
type row struct {
	code, name, kind string
	sources          []string
}

// builder gathers the names of every country by their lower-case key.
type builder struct {
	canonical map[string]string // ISO code -> canonical name
	rows      map[string]*row   // key -> row
	claims    map[string]map[string]bool
}

func newBuilder() *builder {
	return &builder{canonical: map[string]string{}, rows: map[string]*row{}, claims: map[string]map[string]bool{}}
}

// kindRank orders the kinds a name can have for one country: a name that
// is both the country and its capital ("Singapore") is the country.
var kindRank = map[string]int{"country": 0, "capital": 1, "demonym": 2}

func (b *builder) add(code, name, kind, source string) {
	name = cleanName(name)
	if name == "" || strings.Contains(name, ",") {
		return // "Korea, Republic of": an inverted index form, never written in prose
	}
	if _, ok := b.canonical[code]; !ok {
		return // a code countries-list does not have: not a country it knows
	}
	key := gazetteer.Key(name)
	if b.claims[key] == nil {
		b.claims[key] = map[string]bool{}
	}
	b.claims[key][code] = true
	r := b.rows[key]
	switch {
	case r == nil:
		b.rows[key] = &row{code: code, name: name, kind: kind, sources: []string{source}}
	case r.code == code && kindRank[kind] < kindRank[r.kind]:
		r.kind, r.name, r.sources = kind, name, []string{source}
	case r.code == code && kind == r.kind && !slices.Contains(r.sources, source):
		r.sources = append(r.sources, source)
	}
}

func (b *builder) isCountryName(name string) bool {
	r := b.rows[gazetteer.Key(cleanName(name))]
	return r != nil && r.kind == "country"
}

// cleanName drops a parenthetical ("Bolivia (Plurinational State of)",
// "Cocos (Keeling) Islands") and extra spaces, and folds the curly
// apostrophe the way framediff's text does.
func cleanName(name string) string {
	for {
		i := strings.Index(name, "(")
		j := strings.Index(name, ")")
		if i < 0 {
			break
		}
		if j < i {
			name = name[:i]
			break
		}
		name = name[:i] + " " + name[j+1:]
	}
	name = strings.ReplaceAll(name, "’", "'")
	return strings.Join(strings.Fields(name), " ")
}

func (b *builder) write(out string, report io.Writer) error {
	var lines []string
	var dropped []string
	for key, r := range b.rows {
		if len(b.claims[key]) > 1 {
			codes := sortedKeys(b.claims[key])
			dropped = append(dropped, fmt.Sprintf("%s (%s)", r.name, strings.Join(codes, " ")))
			continue
		}
		canonical := b.canonical[r.code]
		var flags []string
		if isShortCapitals(r.name) {
			flags = append(flags, "case") // "US", "UK": "us" is a pronoun
		}
		via := map[string]string{"country": "name of ", "capital": "capital of ", "demonym": "demonym of "}[r.kind] + canonical
		if r.name == canonical && r.kind == "country" {
			via = "country"
		}
		lines = append(lines, strings.Join([]string{r.name, canonical, r.kind, canonical, strings.Join(flags, ","), via, strings.Join(r.sources, "+")}, "\t"))
	}
	sort.Strings(lines)
	sort.Strings(dropped)
	if len(lines) < 500 {
		return errors.New("fewer than 500 names came out: a package's layout must have changed")
	}
	var w strings.Builder
	w.WriteString("# Generated by scripts/gazetteer/regen.sh from countries-list, i18n-iso-countries, i18n-nationality,\n")
	w.WriteString("# iso-codes and CLDR (versions and licences: LICENSES.md). Do not edit: correct it in curated.tsv.\n")
	w.WriteString("# name\tcanonical\tkind\taffiliation\tflags\tvia\tsource\n")
	for _, l := range lines {
		w.WriteString(l)
		w.WriteByte('\n')
	}
	if err := os.WriteFile(out, []byte(w.String()), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(report, "wrote %d names to %s; left out %d names two countries claim: %s\n", len(lines), out, len(dropped), strings.Join(dropped, "; "))
	return nil
}

// isShortCapitals reports whether a name is two or three capital letters.
func isShortCapitals(name string) bool {
	if len(name) < 2 || len(name) > 3 {
		return false
	}
	for _, c := range name {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
