package corpus

import (
	"regexp"
	"strings"
)

var (
	headerKeyRe  = regexp.MustCompile(`^\s*(?i)(title|headline|outlet|source|site|publisher|url|link|byline|author|authors|date|published|language|lang|standfirst|subtitle|description)\s*:`)
	headerDateRe = regexp.MustCompile(`^\s*(?:date|published)\s+(\d{4}-\d{2}-\d{2})\b[ \t]*`)
)

// maxHeaderLine is the longest line read as a header field: a longer one
// that happens to start with "Source:" is prose.
const maxHeaderLine = 500

// parseHeader consumes a leading metadata header: "key: value" lines, or the
// "date YYYY-MM-DD" prefix some exports put before the body on one line. It
// records the fields in meta (lower-case keys, the first of each) and
// returns the text after the header.
func parseHeader(text string, meta map[string]string) string {
	for {
		if m := headerDateRe.FindStringSubmatchIndex(text); m != nil {
			meta["date"] = text[m[2]:m[3]]
			text = text[m[1]:]
			continue
		}
		line, rest, _ := strings.Cut(text, "\n")
		if len(line) > maxHeaderLine {
			break
		}
		m := headerKeyRe.FindStringSubmatchIndex(line)
		if m == nil {
			break
		}
		value := strings.TrimSpace(line[m[1]:])
		if value == "" {
			break
		}
		key := strings.ToLower(line[m[2]:m[3]])
		if _, dup := meta[key]; dup {
			break
		}
		meta[key] = value
		text = rest
	}
	return text
}
