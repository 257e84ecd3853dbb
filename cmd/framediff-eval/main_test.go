package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestEval(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		out  string // a line the output must hold
		err  string // a phrase stderr must hold
	}{
		{"basil on the mini corpus", []string{"basil", "../../testdata/basil-mini"}, 0,
			"| inf spans in listed unique content (recall) | 100.0% | 1 / 1 |", ""},
		{"basil below a floor", []string{"basil", "../../testdata/basil-mini", "--min-covered", "50", "--min-eval-precision", "100.1"}, 1,
			"| evaluative | 1 / 1 (100.0%) |", "evaluative highlight precision 100.0% is below the floor 100.1%"},
		{"basil without data", []string{"basil", "no-such-dir"}, 1,
			"", "BASIL data not found at no-such-dir"},
		{"quotes on the seeds", []string{"quotes", "--set", "seeds", "--gold", "../../testdata/attribution", "--data", "../../testdata"}, 0,
			"| seeds | ", ""},
		{"quotes below a floor", []string{"quotes", "--set", "seeds", "--gold", "../../testdata/attribution", "--data", "../../testdata", "--min-recall", "100.1"}, 1,
			"| all | ", "is below the floor 100.1%"},
		{"polnear on the made-up article", []string{"polnear", "--data", "../../internal/polneareval/testdata/mini", "--errors", "2", "--cues", "3"}, 0,
			"| called | 1 | 1 |", ""},
		{"polnear broken down by category", []string{"polnear", "--data", "../../internal/polneareval/testdata/mini", "--breakdown", "3"}, 0,
			"| cue before content | 3 | 1 | 0 |", ""},
		{"polnear below a floor", []string{"polnear", "--data", "../../internal/polneareval/testdata/mini", "--min-speaker", "90"}, 1,
			"| speaker right, of all gold | 83.3% | 5/6 |", "speaker right 83.3% is below the floor 90.0%"},
		{"polnear on an unknown split", []string{"polnear", "--split", "test"}, 1, "", `--split is "test"`},
		{"polnear without data", []string{"polnear", "--data", "no-such-dir"}, 1, "", "PolNeAR data not found at no-such-dir"},
		{"newswcl on the made-up articles", []string{"newswcl", "--data", "../../internal/wcleval/testdata/mini", "--errors", "3"}, 0,
			"| commuters | 4 | 4 |", ""},
		{"newswcl below a floor", []string{"newswcl", "--data", "../../internal/wcleval/testdata/mini", "--min-coverage", "50", "--min-labels", "60"}, 1,
			"| outlet-specific labels found | 50.0% | 2/4 |", "outlet-specific labels found 50.0% is below the floor 60.0%"},
		{"newswcl without data", []string{"newswcl", "--data", "no-such-dir"}, 1, "", "NewsWCL50 data not found at no-such-dir"},
		{"html on the synthetic pages", []string{"html", "../../internal/htmleval/testdata"}, 0, "| pages |", ""},
		{"html under its floor", []string{"html", "--min-f1", "0.9", "../../internal/htmleval/testdata"}, 1, "| pages |", "below the floor"},
		{"html without data", []string{"html", "no-such-dir"}, 1, "", "HTML extraction data not found at no-such-dir"},
		{"keep on the records fixture", []string{"keep", "--min-articles", "1", "../../testdata/keep"}, 0, "| Daily Planet | 1 |", ""},
		{"keep without JSON files", []string{"keep", "no-such-dir"}, 1, "", "no JSON files in no-such-dir"},
		{"an unknown tool", []string{"html2"}, 1, "", `unknown command "html2"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			code := run(tt.args, &out, &errb)
			if code != tt.code {
				t.Fatalf("exit %d, want %d; stderr: %s", code, tt.code, errb.String())
			}
			if !strings.Contains(out.String(), tt.out) {
				t.Errorf("output lacks %q:\n%s", tt.out, out.String())
			}
			if !strings.Contains(errb.String(), tt.err) {
				t.Errorf("stderr lacks %q: %s", tt.err, errb.String())
			}
		})
	}
}
