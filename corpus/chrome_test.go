package corpus

import (
	"strings"
	"testing"
)

func TestIsEndMarker(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Most Read", true},
		{"most read:", true},
		{"Read more: Israel votes", true},
		{"Tags: Israel Iran", true},
		{"Tags Israel Iran Russia", true},
		{"Tags Israel, Iran", false},              // punctuation: not a run of labels
		{"Topics of the day in the north", false}, // function words
		{"Sponsored content", false},
		{"Popularity contest", false},
		{"Related articles", true},
		{"Related coverage:", true},
		{"Related Coverage Can Saudi Arabia Survive the Crisis?", true},
		{"READ MORE Trump Delays Tariffs on Steel", true},
		{"Read more about the talks in our guide.", false}, // prose: the marker in lower case
		{"See also Jane Roe, who spoke on Monday.", false},
		{"The foreign minister said the talks would go on, officials said.", false},
		{"", false},
	}
	for _, tc := range tests {
		if got := isEndMarker(testPara(tc.line), englishStopwords); got != tc.want {
			t.Errorf("isEndMarker(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

// TestClassify checks the classifier's verdict and reason on a page of
// chrome around an article.
func TestClassify(t *testing.T) {
	prose := "The foreign minister said on Tuesday that the talks with the delegation would go on for as long as they were needed, and that he was hopeful of a deal before the end of the month."
	lines := []struct {
		text   string
		class  paraClass
		reason string
		meta   string
	}{
		{"Home News World Sport Business", classShort, "", ""},
		{"By Jane Doe", classBad, "", "byline"},
		{"Photo: Getty Images", classBad, "photo caption or credit", ""},
		{"Image copyright AFP Image caption The council has called the flooding the worst in a century", classBad, "photo caption or credit", ""},
		{"Media playback is unsupported on your device Media caption Residents describe the night the river rose: what we know about the floods", classBad, "photo caption or credit", ""},
		{prose, classGood, "", ""},
		{"Image copyright Reuters Image caption The minister spoke in Brussels. The council met again on Wednesday to agree the budget for the coming year, and members said that the talks had gone on late into the night before a vote was held. " +
			"The opposition said it would take the matter to the courts if the plan went ahead, and that it had the support of many of the towns on the coast.", classGood, "", ""},
		{"He did not say when they would end, or what was on the table.", classGood, "", ""},
		{"Officials in the capital said that the meeting had been arranged by the two sides in the last week, and that it would be held in the city at the end of the week.", classGood, "", ""},
		{"Москва заявила, что США не будут", classBad, "line in another script", ""},
		{"Click here to go back to the top of this post.", classBad, "site service text", ""},
		{"Click here, the minister told the crowd, and you will see why the talks matter to all of us.", classShort, "", ""}, // kept: prose, past the prompt length
		{"Newsletter Sign Up Continue reading the main story Please verify you're not a robot by clicking the box. Invalid email address. Please re-enter. You must select a newsletter to subscribe to. Thank you for subscribing.", classBad, "site service text", ""},
		{"Morning Desk Sign up for our must-read newsletter on what's driving the morning in the capital. Email Sign Up By signing up you agree to receive email newsletters or alerts from THE DESK. You can unsubscribe at any time.", classBad, "site service text", ""},
		{"Follow @deskwatch on Twitter.", classBad, "site service text", ""},
		{"- Check out the Desk Electoral Map and game out your own strategy for November.", classBad, "site service text", ""},
		{"- Check out the Desk Electoral Map and Calculator and game out your own strategy for the vote in November.", classBad, "site service text", ""},
		{"Check out the new harbor and the old quay, the mayor told the residents who came to the opening on Monday.", classShort, "", ""}, // kept: no bullet, past the prompt length
		{"Check out the new harbor, the mayor told residents on Monday.", classShort, "", ""},                                              // kept: a speaker set off
		{"Watch State of the Union with Jane Roe Sundays at 9am ET. For the latest from the show click here.", classBad, "site service text", ""},
		{"Watch the harbor closely, the mayor told the council, because the ferry may leave on Sundays at 9am.", classShort, "", ""}, // kept: prose, a speaker set off
		{"- Follow us on Twitter @TheDesk", classBad, "site service text", ""},
		{"Follow the money, the senator said, and you will find who paid for the campaign.", classShort, "", ""}, // kept: no account named
		{"Daily Courier's Jane Roe and Sam Poe and The Associated Press contributed to this report.", classBad, "contributors' credit", ""},
		{"Additional reporting by Ann Lee in Lagos.", classBad, "contributors' credit", ""},
		{"Officials said several agencies contributed to this report on the flooding, which the council will publish next week.", classShort, "", ""}, // kept: the credit is not the line's end
		{"(We added a new top to this post at 12:40 p.m. ET to round up the latest developments.)", classBad, "editor's note on an update", ""},
		{"(Roe added that this story would not end with the vote.)", classShort, "", ""},                       // kept: news in brackets
		{"Reporting by the Daily Courier in 2019 showed the agency had ignored warnings.", classShort, "", ""}, // kept: a sentence's verb
		{"Follow @Roe, the mayor urged her supporters on Tuesday.", classShort, "", ""},                        // kept: a speaker set off

		{"(This post was last updated at 1:31 p.m. ET.)", classBad, "editor's note on an update", ""},
		{"(We most recently updated this post at 9:10 a.m. ET.)", classBad, "editor's note on an update", ""},
		{"(The council, which met in this story's town hall, has updated its rules.)", classShort, "", ""}, // kept: no post or story of the page's own
		{"Most Read", classBad, "after the end of the article (most section)", ""},
		{"Israel votes on the budget", classBad, "after the end of the article (most section)", ""},
	}
	var ps []*para
	for _, l := range lines {
		ps = append(ps, testPara(l.text))
	}
	classify(ps, englishStopwords, true)
	for i, l := range lines {
		p := ps[i]
		if p.class != l.class || p.reason != l.reason || p.meta != l.meta {
			t.Errorf("%.40q: class %d, reason %q, meta %q; want %d, %q, %q", l.text, p.class, p.reason, p.meta, l.class, l.reason, l.meta)
		}
	}
}

// testPara is newPara without a token buffer to keep.
func testPara(s string) *para {
	p, _ := newPara(s, nil)
	return p
}

// TestAdvertisementSlotsDoNotEndTheArticle: an opinion page with
// "Advertisement" slots (single and doubled, and a "Story Continued
// Below" beside one), "RELATED:" links and a short
// one-sentence paragraph between them keeps all of its prose; a "Related"
// section of link lines at the end still ends it.
func TestAdvertisementSlotsDoNotEndTheArticle(t *testing.T) {
	prose := []string{
		"The agreement that the negotiators reached this week is not the end of the matter, and the members of the committee know that they will be asked to vote on it soon.",
		"What the administration has said about the inspections has changed several times since the spring, which is why so many of the senators are asking for the text.",
		"The first of these claims is a falsehood.",
		"There is a long record of what the regime has done in the region over the last thirty years, and it is the record that the senators should read before they vote.",
		"The late prosecutor, who had spent a decade on the case, wrote that the attack was planned in the capital and carried out by a group that the regime funds.",
		"None of this means that the agreement is worse than no agreement at all, but it does mean that the burden of proof lies with those who are defending it now.",
	}
	page := strings.Join([]string{
		prose[0], "Advertisement", "Story Continued Below", prose[1],
		"RELATED: Why the Deal Is Worse Than We Could Have Imagined", prose[2], "Advertisement", prose[3],
		"Advertisement", "RELATED: Witting or Witless?", prose[4], prose[5],
		"Related", "Five things to know about the talks", "The senators who will decide", "Read the full text here",
	}, "\n\n")
	c := cleanText(page)
	body := strings.Join(c.body, "\n")
	for _, p := range prose {
		if !strings.Contains(body, p) {
			t.Errorf("lost: %q\nbody:\n%s", p, body)
		}
	}
	for _, chrome := range []string{"Advertisement", "Story Continued", "RELATED:", "Five things to know", "Read the full text"} {
		if strings.Contains(body, chrome) {
			t.Errorf("kept %q\nbody:\n%s", chrome, body)
		}
	}
}

// TestLinkTeasers checks which paragraphs read as a link to another story
// ("More: <headline>", "More On This... <headline>") or to a gallery, a
// video or a document ("( PHOTOS: <title>)"), and that a page's teasers
// between paragraphs go while its prose, and a digest item under the same
// label, stay.
func TestLinkTeasers(t *testing.T) {
	for _, tc := range []struct {
		para string
		want bool
	}{
		{"More: Harbour board votes to close the quay after storms", true},
		{"MORE: Senators hold first hearing on the quay", true},
		{"SEE ALSO: Mayor vows to fight closure: 'We will not be moved'", true},
		{"Read more: What we know about the harbour vote.", true},
		{"Related : The quay that nobody wanted", true},
		{"More:", true},
		{"More than 20 people came to the quay, the mayor said.", false},
		{"Moreover: the board has not met since June.", false},
		{"Morell: I think the board was right.", false},
		{"Related: Vote in doubt - Wire: \u201cThe board members say the evidence linking the mayor or his office to the lost contract is thin, and that no vote will be held before the autumn,\u201d the agency reported on Monday.", false},
		{"The harbour board said more: it would close the quay.", false},
		{"More: 41 percent", false},
		{"MORE: 5 things to know about the harbour vote", true},
		{"Related: 3 killed as storm hits the quay", true},
		{"RELATED: We Interrupt Our Harbour Coverage for the Vote", true},
		{"MORE: I think the board was right to close it.", false},
		{"More: We will not close the quay, the mayor said.", false},
		{"( Also on HARBOUR NEWS: Board papers point to the mayor)", true},
		{"Also on Harbour Daily: 5 things to know about the quay vote", true},
		{"Also on Sunday, 36 sailors were rescued off the quay.", false},
		{"(Also on Sunday: the board met.)", false},
		{"(The board, also on Monday, met again.)", false},
		{"More On This...", true},
		{"More On This... Harbour board votes to close the quay", true},
		{"READ MORE\u2026 Why the quay closed", true},
		{"More on this... the board said it would meet again.", false},
		{"More on this later, the mayor said.", false},
		{"( PHOTOS: Scenes from the harbour)", true},
		{"(PHOTOS: 10 quotes about the quay)", true},
		{"( WATCH: Mayor's remarks on the quay vote)", true},
		{"( DOCUMENT: Harbour board minutes on the closure)", true},
		{"WATCH: Can the harbour survive the winter storms?", true},
		{"Map: Harbour region", true},
		{"(Photos of the quay were released by the board on Monday, a spokesman said.)", false},
		{"Watch the harbour, the mayor told the crowd on Monday.", false},
	} {
		if got := IsLinkTeaser(tc.para); got != tc.want {
			t.Errorf("IsLinkTeaser(%q) = %v, want %v", tc.para, got, tc.want)
		}
	}
	prose := []string{
		"The harbour authority said on Tuesday that the new quay would open in the spring, after a year of delays caused by the storms and a dispute over the contract.",
		"The mayor, who had campaigned on the promise of a new quay, said the town would hold a celebration on the day it opened to the first ships of the season.",
		"Officials in the capital said that the cost had risen by a third since the plan was first drawn up, and that the town would have to find the rest of the money itself.",
	}
	teasers := []string{"More: Harbour board votes to close the quay after a winter of storms and a dispute over the sea wall", "More:",
		"More On This... Harbour board votes to close the quay", "( PHOTOS: Scenes from the harbour)"}
	page := strings.Join([]string{prose[0], teasers[0], prose[1], teasers[3], teasers[1], teasers[2], prose[2]}, "\n\n")
	c := cleanText(page)
	body := strings.Join(c.body, "\n")
	for _, p := range prose {
		if !strings.Contains(body, p) {
			t.Errorf("lost: %q\nbody:\n%s", p, body)
		}
	}
	for _, f := range teasers {
		if strings.Contains(body, f+"\n") || strings.HasSuffix(body, f) {
			t.Errorf("kept %q\nbody:\n%s", f, body)
		}
	}
}

// TestCapitalsLinesAndLicenceNotices: inside an article, a line in
// capitals that ends in no full stop (a link to another story), a
// publisher's licence notice and a video player's line are page
// furniture; the prose around them, a short paragraph between prose, a
// capitals question and prose that speaks of a licence stay.
func TestCapitalsLinesAndLicenceNotices(t *testing.T) {
	prose := []string{
		"The harbour authority said on Tuesday that the new quay would open in the spring, after a year of delays caused by the storms and a dispute over the contract.",
		"The mayor, who had campaigned on the promise of a new quay, said the town would hold a celebration on the day it opened to the first ships of the season.",
		"It was not clear when.",
		"The ministry issued a fishing licence to the cooperative last year, and the harbour authority said the licence would be renewed if the quay opened on time for the boats.",
		"WHO PAYS FOR THE QUAY?",
		"Officials in the capital said that the cost had risen by a third since the plan was first drawn up, and that the town would have to find the rest of the money itself.",
	}
	furniture := []string{
		"MAYOR VOWS TO FIGHT HARBOUR CLOSURE, OFFICIALS CLAIM",
		"Content written by the Harbour Times Foundation is available without charge to any eligible news publisher. For licensing opportunities of our original content, please contact the foundation.",
		"JUST WATCHED Who is the man at the quay? Replay More Videos ... MUST WATCH Who is the man at the quay? 01:29",
	}
	page := strings.Join([]string{prose[0], furniture[2], prose[1], prose[2], prose[3], furniture[0], prose[4], prose[5], furniture[1]}, "\n\n")
	c := cleanText(page)
	body := strings.Join(c.body, "\n")
	for _, p := range prose {
		if !strings.Contains(body, p) {
			t.Errorf("lost: %q\nbody:\n%s", p, body)
		}
	}
	for _, f := range furniture {
		if strings.Contains(body, f) {
			t.Errorf("kept %q\nbody:\n%s", f, body)
		}
	}
}

// TestMediaLinkLines checks that a short link line to a gallery or a video
// is furniture, while a paragraph of prose that opens "Video:" stays.
func TestMediaLinkLines(t *testing.T) {
	prose := []string{
		"The harbour authority said on Tuesday that the new quay would open in the spring, after a year of delays caused by the storms and a dispute over the contract.",
		"Video: the mayor, who had campaigned on the promise of a new quay, told the council that the town would hold a celebration on the day it opened to the first ships of the season.",
		"Officials in the capital said that the cost had risen by a third since the plan was first drawn up, and that the town would have to find the rest of the money itself.",
	}
	link := "PHOTOS: Storms batter the old harbour"
	c := cleanText(strings.Join([]string{prose[0], link, prose[1], prose[2]}, "\n\n"))
	body := strings.Join(c.body, "\n")
	for _, p := range prose {
		if !strings.Contains(body, p) {
			t.Errorf("lost: %q\nbody:\n%s", p, body)
		}
	}
	if strings.Contains(body, link) {
		t.Errorf("kept %q", link)
	}
}

// TestDatedCaptionRuns checks that a photo gallery's captions left as
// paragraphs of their own, three or more in a row each dated in its first
// sentence's last words to one day, are furniture (a repeated copy between
// them breaks no run), while prose dating paragraphs to several days, or
// to one day only twice, or telling in the past tense what happened that
// day ("was arrested ... on June 3"), stays.
func TestDatedCaptionRuns(t *testing.T) {
	prose := []string{
		"The harbour authority said on Tuesday that the new quay would open in the spring, after a year of delays caused by the storms and a dispute over the contract.",
		"The first storm reached the coast on March 2. Fishermen had pulled their boats out of the water the night before.",
		"The second storm followed on March 9. It flooded the market square and closed the coast road for three days.",
		"A third storm struck the harbour on March 16. The mayor asked the capital for emergency funds the next morning.",
		"Officials said the sea wall was breached on May 4. The council met on May 4. Engineers came on May 4.",
		"Ana Roe, a harbour pilot, was arrested at her home on June 3. Her lawyer said the charges were false.",
		"Tom Vale, a fisherman, was detained at the quay on June 3. His wife said he had done nothing.",
		"Lena Berg, a union leader, was arrested in the market on June 3. The union called a strike.",
		"Norland troops killed a fisherman near the harbour on June 9. His brother said he was unarmed.",
		"An air strike destroyed three homes in the old town on June 9. Neighbours said no one was inside.",
		"Police shot a protester outside the port office on June 9. The police said he had a knife.",
		"Norland troops killed at least three men near the quay on June 12. Their families said they were fishermen.",
		"Protesters marched through the old town to the harbour on June 12. The police watched.",
		"Dock workers clashed with the police at the gates on June 12. Two were hurt.",
		"The ferry company is planning a strike at the port on June 20. Union leaders said the vote was close.",
		"The mayor arrives in the capital for talks on June 20. Officials said a deal was near.",
		"The council holds a final vote on the harbour plan on June 20. Its chairman said he expected a majority.",
	}
	captions := []string{
		"Fishermen stand on the broken quay after the storm in the old harbour on March 20.",
		"A boat lies on its side in the market square on Friday, March 20, 2015.",
		"Volunteers carry sandbags to the sea wall in the old harbour on March 20. The storm was the worst in decades.",
	}
	page := strings.Join([]string{prose[0], prose[1], prose[2], prose[3], captions[0], captions[1], captions[1], captions[2], prose[4], prose[5], prose[6], prose[7], prose[8], prose[9], prose[10], prose[11], prose[12], prose[13], prose[14], prose[15], prose[16]}, "\n\n")
	c := cleanText(page)
	body := strings.Join(c.body, "\n")
	for _, p := range prose {
		if !strings.Contains(body, p) {
			t.Errorf("lost: %q\nbody:\n%s", p, body)
		}
	}
	for _, f := range captions {
		if strings.Contains(body, f) {
			t.Errorf("kept %q\nbody:\n%s", f, body)
		}
	}
}

// TestNameHeavySentenceAndClosingLineKept: a paragraph of prose that
// names many people has few function words but is no menu, and a short
// sentence closing the text after the body is its last paragraph; a
// prompt to the reader or a note on the page itself closing the text is
// still chrome.
func TestNameHeavySentenceAndClosingLineKept(t *testing.T) {
	body := []string{
		"The foreign minister said on Tuesday that the talks with the delegation would go on for as long as they were needed, and that he was hopeful of a deal before the end of the month.",
		"The crisis was discussed Monday in a joint call involving Ruritanian President Anna Vole. Borduvian Prime Minister Piet Kors, Lattish Chancellor Ilse Brand, Osterlich President Jan Maas, Kalmarian Foreign Minister Rolf Stenberg and Vendish Prime Minister Ola Berg.",
		"Officials in the capital said that the meeting had been arranged by the two sides in the last week, and that it would be held in the city at the end of the week.",
	}
	for _, tc := range []struct {
		closing string
		kept    bool
	}{
		{"Borduvia, Lattia and Vendia also condemned the killing.", true},
		{"Click for more from the Daily Courier.", false},
		{"This report contains material from the Daily Courier.", false},
		{"We will update this post as the day goes on.", false},
		{"Copyright 2014 Daily Courier", false},
	} {
		c := cleanText(strings.Join(append(append([]string{}, body...), tc.closing), "\n\n"))
		got := strings.Join(c.body, "\n")
		if !strings.Contains(got, "joint call involving") {
			t.Errorf("the sentence of names was removed: %q", c.removed)
		}
		if kept := strings.Contains(got, tc.closing); kept != tc.kept {
			t.Errorf("closing %q kept %v, want %v (removed %q)", tc.closing, kept, tc.kept, c.removed)
		}
	}
	// A list of names is still a list.
	c := cleanText(strings.Join(append(body, "Anna Vole, Piet Kors, Ilse Brand, Jan Maas, Ola Berg, Tom Hale, Sam Poe, Ann Lee, Eli Navon and Erik Dahl."), "\n\n"))
	if strings.Contains(strings.Join(c.body, "\n"), "Eli Navon") {
		t.Errorf("a list of names kept as prose: %q", c.body)
	}
}

// TestClosingSentenceBeforeTheFooter: a short last sentence stays before
// the page's footer (a sign-up prompt, a copyright line), a quotation that
// opens with its mark among them; a copyright line, a prompt to the reader
// or a heading without a full stop in that place still goes.
func TestClosingSentenceBeforeTheFooter(t *testing.T) {
	body := []string{
		"The foreign minister said on Tuesday that the talks with the delegation would go on for as long as they were needed, and that he was hopeful of a deal before the end of the month.",
		"Officials in the capital said that the meeting had been arranged by the two sides in the last week, and that it would be held in the city at the end of the week.",
	}
	footer := []string{"Sign up for Daily Newsletters", "Copyright \u00a9 2014 The Daily Courier, LLC. Click here for reprint permission."}
	for _, tc := range []struct {
		closing string
		footer  []string
		kept    bool
	}{
		{"\u201cThis is going to take years,\u201d Mr. Kors said.", footer, true},
		{"\"It breaks every rule of the sea,\" he said.", footer, true},
		{"The harbour board has not commented on the vote.", footer, true},
		{"Copyright \u00a9 2014 The Daily Courier, LLC.", footer[:1], false},
		{"Click for more from the Daily Courier.", footer, false},
		{"Email records show the warning reached the harbour office.", footer, true},
		{"Email us at desk@courier.example with your news.", footer, false},
		{"More on the harbour vote", footer, false},
	} {
		page := append(append(append([]string{}, body...), tc.closing), tc.footer...)
		c := cleanText(strings.Join(page, "\n\n"))
		got := strings.Join(c.body, "\n")
		if kept := strings.Contains(got, tc.closing); kept != tc.kept {
			t.Errorf("closing %q kept %v, want %v (removed %q)", tc.closing, kept, tc.kept, c.removed)
		}
		if strings.Contains(got, "Sign up") || strings.Contains(got, "reprint") {
			t.Errorf("footer kept: %q", got)
		}
	}
}

// TestSentenceOfNamesWithOneFunctionWord: a sentence whose subject is a
// long title and a name has one function word, or none but "also", and
// still a verb and its object, so it is prose; a list of names, a menu or
// a run of capitalised labels with a full stop is not.
func TestSentenceOfNamesWithOneFunctionWord(t *testing.T) {
	stop := stopwordsFor("english")
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Ruritanian National Harbour Council spokeswoman Ana Roe condemned the closure.", true},
		{"Sen. Ola Berg, Vendish Liberal Party, also blasted Mr. Kors\u2019s proposal.", true},
		{"Harbour Minister Piet Kors, Lattish Workers Party, also expressed opposition.", true},
		{"Anna Vole, Piet Kors, Ilse Brand, Jan Maas, Ola Berg, Tom Hale, Sam Poe, Eli Navon and Erik Dahl.", false},
		{"Home World Politics Business Health Entertainment Style Travel Sports Video Features.", false},
		{"Harbour News: Ana Roe, Piet Kors, Ilse Brand and Jan Maas on the Quay Vote", false},
	} {
		if got := sentenceOfNames(tc.s, stop); got != tc.want {
			t.Errorf("sentenceOfNames(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
	prose := []string{
		"The harbour authority said on Tuesday that the new quay would open in the spring, after a year of delays caused by the storms and a dispute over the contract.",
		"Ruritanian National Harbour Council spokeswoman Ana Roe condemned the closure.",
		"Officials in the capital said that the cost had risen by a third since the plan was first drawn up, and that the town would have to find the rest of the money itself.",
	}
	c := cleanText(strings.Join(prose, "\n\n"))
	if body := strings.Join(c.body, "\n"); !strings.Contains(body, prose[1]) {
		t.Errorf("lost %q; removed %q", prose[1], c.removed)
	}
}

// TestVideoPlayersInsideTheArticle: a run of embedded video players
// between two paragraphs is no edge of the article, so the short
// paragraphs right after it stay; the players' lines go, and so do
// short link lines after a player at the page's end.
func TestVideoPlayersInsideTheArticle(t *testing.T) {
	prose := []string{
		"The harbour authority said on Tuesday that the new quay would open in the spring, after a year of delays caused by the storms and a dispute over the contract.",
		"Two of the dead were a father and son, a harbour official said.",
		"The injured pilot is in stable condition, she added.",
		"Officials in the capital said that the cost had risen by a third since the plan was first drawn up, and that the town would have to find the rest of the money itself.",
	}
	players := []string{
		"JUST WATCHED Storm hits the quay Replay More Videos ... MUST WATCH Storm hits the quay 02:57",
		"JUST WATCHED Who pays for the harbour? Replay More Videos ... MUST WATCH Who pays for the harbour? 03:28",
	}
	after := []string{"Harbour storms in pictures", "The week on the coast"}
	page := strings.Join([]string{prose[0], players[0], players[1], prose[1], prose[2], prose[3], players[0], after[0], after[1]}, "\n\n")
	c := cleanText(page)
	body := strings.Join(c.body, "\n")
	for _, p := range prose {
		if !strings.Contains(body, p) {
			t.Errorf("lost: %q\nremoved: %q", p, c.removed)
		}
	}
	for _, f := range append(players, after...) {
		if strings.Contains(body, f) {
			t.Errorf("kept %q\nbody:\n%s", f, body)
		}
	}
}

// TestPlaceholders: a publishing system's placeholder left where a box
// stood ("[sidebar]", "[pullquote]") is a slot, while a transcript's note,
// an editor's insertion and a bracketed line of prose are not.
func TestPlaceholders(t *testing.T) {
	for _, tc := range []struct {
		para string
		want bool
	}{
		{"[sidebar]", true},
		{"[pullquote]", true},
		{" [audio-clip] ", true},
		{"[Applause]", false},
		{"[He] said the quay would close.", false},
		{"[The board declined to comment.]", false},
		{"[]", false},
		{"[2]", false},
	} {
		if got := placeholder(tc.para); got != tc.want {
			t.Errorf("placeholder(%q) = %v, want %v", tc.para, got, tc.want)
		}
	}
	prose := []string{
		"The harbour authority said on Tuesday that the new quay would open in the spring, after a year of delays caused by the storms and a dispute over the contract.",
		"The mayor, who had campaigned on the promise of a new quay, said the town would hold a celebration on the day it opened to the first ships of the season.",
		"Officials in the capital said that the cost had risen by a third since the plan was first drawn up, and that the town would have to find the rest of the money itself.",
	}
	c := cleanText(strings.Join([]string{prose[0], "[sidebar]", prose[1], "[pullquote]", prose[2]}, "\n\n"))
	body := strings.Join(c.body, "\n")
	for _, p := range prose {
		if !strings.Contains(body, p) {
			t.Errorf("lost: %q\nremoved: %q", p, c.removed)
		}
	}
	if strings.Contains(body, "[") {
		t.Errorf("kept a placeholder:\n%s", body)
	}
}

// TestServiceLinesInsideTheArticle: a sign-up prompt or a follow prompt
// set between two paragraphs is no edge of the article, so a short
// paragraph right after it stays; the prompts go, and so does a request
// for tips closing the page.
func TestServiceLinesInsideTheArticle(t *testing.T) {
	prose := []string{
		"The harbour authority said on Tuesday that the new quay would open in the spring, after a year of delays caused by the storms and a dispute over the contract.",
		"But others backed the plan.",
		"According to the Courier:",
		"Officials in the capital said that the cost had risen by a third since the plan was first drawn up, and that the town would have to find the rest of the money itself.",
	}
	service := []string{
		"Get the Courier stories you care about delivered to your inbox. By signing up, you agree to our Privacy Policy.",
		"Follow Jane on Twitter",
		"Send tips to jane@courier.example.",
	}
	page := strings.Join([]string{prose[0], service[0], prose[1], prose[2], prose[3], service[1], service[2]}, "\n\n")
	c := cleanText(page)
	body := strings.Join(c.body, "\n")
	for _, p := range prose {
		if !strings.Contains(body, p) {
			t.Errorf("lost: %q\nremoved: %q", p, c.removed)
		}
	}
	for _, f := range service {
		if strings.Contains(body, f) {
			t.Errorf("kept %q\nbody:\n%s", f, body)
		}
	}
}

// TestShortSentenceBesideNearGoodParagraphs: in an article of short
// paragraphs, whose first ones are near-good and so decide nothing, a
// short sentence between them and good prose stays, as jusText keeps it;
// a link line or a heading in that place, with no sentence of its own,
// still goes.
func TestShortSentenceBesideNearGoodParagraphs(t *testing.T) {
	opening := []string{
		"Image copyright Courier Image caption The quay after the storm",
		"Protesters angered by the harbour closure have attacked the board's offices in the old town.",
		"Police fired tear gas to disperse a crowd that got into the courtyard of the offices on Monday.",
	}
	good := "The harbour board said on Tuesday that the new quay would open in the spring, after a year of delays caused by the storms and a dispute over the contract with the builders."
	for _, tc := range []struct {
		line string
		kept bool
	}{
		{"A guard hut nearby was also set alight.", true},
		{"\u201cIt was chaos,\u201d a fisherman said.", true},
		{"Read more from the Courier:", false},
		{"Harbour board closes the quay", false},
	} {
		page := strings.Join(append(append([]string{}, opening...), tc.line, good), "\n\n")
		c := cleanText(page)
		body := strings.Join(c.body, "\n")
		if kept := strings.Contains(body, tc.line); kept != tc.kept {
			t.Errorf("%q kept %v, want %v; removed %q", tc.line, kept, tc.kept, c.removed)
		}
		if !strings.Contains(body, opening[2]) || !strings.Contains(body, good) {
			t.Errorf("lost prose: %q", c.removed)
		}
	}
}
