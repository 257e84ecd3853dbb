package lexicon

import (
	"errors"
	"slices"
	"strings"

	"github.com/framediff/framediff/text"
)

// MaxStrength is the top of the strength scale: the scale of the rated
// word lists the generated packs come from (VADER rates -4 to +4).
const MaxStrength float64 = 4

// polarities and partsOfSpeech are the values polarity and pos may take.
var (
	polarities    = []string{"negative", "positive"}
	partsOfSpeech = []string{"noun", "verb", "adj", "adv"}
)

// Settings are the effective settings of one category after every file.
type Settings struct {
	Enabled     bool
	MinStrength float64
}

// Settings returns each rule category's effective settings: on, with no
// strength threshold, unless a file says otherwise (later files win).
func (lx *Lexicon) Settings() map[Category]Settings {
	out := make(map[Category]Settings, len(categories))
	for _, c := range categories {
		out[c] = Settings{Enabled: true}
	}
	for _, f := range lx.Files {
		for name, cs := range f.Category {
			c := Category(name)
			s, ok := out[c]
			if !ok {
				continue // checkFile has reported it
			}
			if cs.Enabled != nil {
				s.Enabled = *cs.Enabled
			}
			if cs.MinStrength != nil {
				s.MinStrength = *cs.MinStrength
			}
			out[c] = s
		}
	}
	return out
}

// active reports whether a rule takes part in matching under the settings:
// its category is on and, if it is rated, it is strong enough.
func active(r *Rule, settings map[Category]Settings) bool {
	s, ok := settings[r.Category]
	if !ok {
		return true
	}
	return s.Enabled && (r.Strength == 0 || r.Strength >= s.MinStrength)
}

// context is one compiled when/unless pattern: the words that must stand
// right before the match (in order) and right after it.
type context struct {
	before, after []elem
}

// compileContext reads a context pattern such as "_ to" or "will _": one
// "_" stands for the matched words; the words around it use the phrase
// syntax without gaps.
func compileContext(pattern string, an *text.Analyzer) (context, error) {
	fields := strings.Fields(pattern)
	at := slices.Index(fields, "_")
	if at < 0 {
		return context{}, errors.New(`it needs "_" for the matched words, like "_ to" or "will _"`)
	}
	if slices.Contains(fields[at+1:], "_") {
		return context{}, errors.New(`"_" may appear once`)
	}
	if slices.Contains(fields, "*") {
		return context{}, errors.New("a context pattern takes no gap (*)")
	}
	var c context
	var err error
	if c.before, err = compilePhrase(strings.Join(fields[:at], " "), an); err != nil {
		return c, err
	}
	if c.after, err = compilePhrase(strings.Join(fields[at+1:], " "), an); err != nil {
		return c, err
	}
	if len(c.before)+len(c.after) == 0 {
		return c, errors.New(`it needs a word besides "_"`)
	}
	return c, nil
}
