package corpus

import (
	"strings"
	"testing"
)

func TestAliasesMergeOnlyThroughTheMap(t *testing.T) {
	m, err := ParseAliases("aliases.csv", []byte("# comment\nalias,outlet\nFox Online News,Fox News\n  fox   news online ,Fox News\n"))
	if err != nil {
		t.Fatal(err)
	}
	body := "outlet: %s\n\nThe minister said on Monday that the talks would continue next week, and that both sides had agreed to meet again in the capital %s."
	res, err := Load([]string{"-", "-"}, Options{KeepDuplicates: true, Aliases: m, Stdin: strings.NewReader(strings.Join([]string{
		strings.ReplaceAll(strings.ReplaceAll(body, "outlet: %s", "outlet: FOX  online news"), "%s", "after the holiday")}, ""))})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Articles) != 1 || res.Articles[0].Outlet != "Fox News" {
		t.Fatalf("alias not applied: %+v", res.Articles)
	}
	if len(res.Problems) != 1 || !strings.Contains(res.Problems[0].Error(), "more than once") {
		t.Errorf("a second \"-\" is not reported: %v", res.Problems)
	}
	if !strings.Contains(strings.Join(res.Articles[0].Warnings, " "), "alias map") {
		t.Error("the merge is not reported")
	}
	for _, bad := range []string{"", "name,canonical\nx,y\n", "alias,outlet\nx\n", "alias,outlet\n,Fox\n"} {
		if _, err := ParseAliases("a.csv", []byte(bad)); err == nil || !strings.Contains(err.Error(), "a.csv") {
			t.Errorf("%q: error %v does not name the file", bad, err)
		}
	}
}
