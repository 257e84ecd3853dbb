package corpus

import (
	"errors"
	"fmt"
	"github.com/framediff/framediff/text"
	"io"
	"os"
	"strings"
)

// ReadAliases reads an outlet alias map: CSV with the header alias,outlet;
// each row says that articles credited to alias are from outlet ("Fox
// Online News" -> "Fox News"). Lines starting with # are comments. Names
// compare ignoring case and spacing.
func ReadAliases(path string) (map[string]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, sanitizeError(fmt.Errorf("aliases %s: %w", path, cleanErr(err)))
	}
	return ParseAliases(path, data)
}

// ParseAliases parses the alias map format of ReadAliases; name is used in
// errors, which are safe to print.
func ParseAliases(name string, data []byte) (map[string]string, error) {
	m, err := parseAliases(name, data)
	return m, sanitizeError(err)
}

func parseAliases(name string, data []byte) (map[string]string, error) {
	r, head, err := readCSVHeader(name, data, "alias,outlet")
	if err != nil {
		return nil, err
	}
	if len(head) != 2 || OutletKey(strings.TrimPrefix(head[0], "\ufeff")) != "alias" || OutletKey(head[1]) != "outlet" {
		return nil, fmt.Errorf("%s:1: the header must be alias,outlet", name)
	}
	out := map[string]string{}
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, csvError(name, err)
		}
		line, _ := r.FieldPos(0)
		if len(rec) != 2 {
			return nil, fmt.Errorf("%s:%d: want two columns, alias and outlet", name, line)
		}
		alias, _ := text.Sanitize([]byte(rec[0]))
		canon, _ := text.Sanitize([]byte(rec[1]))
		if NormalizeOutlet(alias) == "" || NormalizeOutlet(canon) == "" {
			return nil, fmt.Errorf("%s:%d: empty alias or outlet", name, line)
		}
		out[OutletKey(alias)] = NormalizeOutlet(canon)
	}
}
