package tui

import (
	"image/color"
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/framediff/framediff/lexicon"
)

// sgr is a precomputed style: an escape prefix and the reset after it.
// Rendering prose span by span with Style.Render is ~30x slower (TUI.md).
type sgr struct{ on, off string }

func sgrOf(s lipgloss.Style) sgr {
	out := s.Render("\x00")
	i := strings.IndexByte(out, 0)
	if i < 0 {
		return sgr{}
	}
	return sgr{out[:i], out[i+1:]}
}

func (s sgr) wrap(text string) string {
	if text == "" {
		return ""
	}
	return s.on + text + s.off
}

// categoryInfo is how a category looks in the legend. Colour is never the
// only signal: each category has its own text attribute too.
type categoryInfo struct {
	cat   lexicon.Category
	key   string // the key that toggles it
	style lipgloss.Style
}

// Styles is every style the UI uses, built for a light or dark background.
type Styles struct {
	categories []categoryInfo
	catSGR     map[lexicon.Category]sgr
	quoted     sgr // text inside quotations: the speaker's voice
	current    sgr // the highlight or evidence in focus
	actor      sgr // the mentions of the selected actor
	search     sgr // the places a search found
	Title      lipgloss.Style
	Dim        lipgloss.Style
	Bold       lipgloss.Style
	Selected   lipgloss.Style
	Focused    lipgloss.Style
	Bar        lipgloss.Style
}

// NewStyles builds the styles; dark says whether the background is dark.
func NewStyles(dark bool) Styles {
	ld := lipgloss.LightDark(dark)
	c := func(light, darkc string) color.Color { return ld(lipgloss.Color(light), lipgloss.Color(darkc)) }
	s := Styles{
		Title:    lipgloss.NewStyle().Bold(true),
		Dim:      lipgloss.NewStyle().Faint(true),
		Bold:     lipgloss.NewStyle().Bold(true),
		Selected: lipgloss.NewStyle().Reverse(true).Bold(true),
		Focused:  lipgloss.NewStyle().Bold(true).Underline(true),
		Bar:      lipgloss.NewStyle().Reverse(true),
	}
	s.categories = []categoryInfo{
		{lexicon.Naming, "1", lipgloss.NewStyle().Bold(true).Underline(true).Foreground(c("#8700af", "#ff87ff"))},
		{lexicon.Evaluative, "2", lipgloss.NewStyle().Italic(true).Bold(true).Foreground(c("#af0000", "#ff5f5f"))},
		{lexicon.Attribution, "3", lipgloss.NewStyle().Underline(true).Foreground(c("#005f87", "#5fd7ff"))},
		{lexicon.Distancing, "4", lipgloss.NewStyle().Reverse(true).Foreground(c("#875f00", "#ffd75f"))},
		{lexicon.Claim, "5", lipgloss.NewStyle().Bold(true).Foreground(c("#005f00", "#87ff87"))},
		{lexicon.Hedging, "6", lipgloss.NewStyle().Underline(true).Italic(true).Foreground(c("#5f5f00", "#d7d787"))},
		{lexicon.Frame, "7", lipgloss.NewStyle().Faint(true).Underline(true)},
	}
	s.catSGR = map[lexicon.Category]sgr{}
	for _, ci := range s.categories {
		s.catSGR[ci.cat] = sgrOf(ci.style)
	}
	s.quoted = sgrOf(lipgloss.NewStyle().Italic(true).Foreground(c("#585858", "#a8a8a8")))
	s.current = sgrOf(lipgloss.NewStyle().Reverse(true).Bold(true))
	// A background of its own: no highlight category uses one, so the
	// selected actor stays apart from every category and from reverse video.
	s.actor = sgrOf(lipgloss.NewStyle().Bold(true).Background(c("#afffff", "#005f5f")))
	s.search = sgrOf(lipgloss.NewStyle().Bold(true).Background(c("#ffff87", "#5f5f00")))
	return s
}
