package lexicon

// Description says in a line what a category marks, with examples, so the
// views explain a highlight's colour in the lexicon's own terms rather
// than each keeping its own wording. It is "" for an unknown category.
func (c Category) Description() string {
	switch c {
	case Naming:
		return `one referent, different names (Israel / "the Israeli occupation")`
	case Evaluative:
		return "words that judge (brutal, illegal, malign)"
	case Attribution:
		return "reporting verbs, neutral (said) or loaded (claimed, pointed out)"
	case Distancing:
		return `"what they called", so-called, scare quotes`
	case Claim:
		return "sentences carrying a claim rule (actor + predicate)"
	case Hedging:
		return "hedges and boosters (reportedly / clearly)"
	case Frame:
		return "Policy Frames cue words"
	case Actor:
		return "names and titles of an actor group"
	}
	return ""
}
