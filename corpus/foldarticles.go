package corpus

// FoldArticles folds near-duplicate articles that were loaded apart (each
// file on its own, with Options.KeepDuplicates) exactly as loading them
// together folds them: the same pairs, the same copy kept, the same
// metadata filled in from the others. A pipeline that loads its files on
// different machines calls it once, on every article in load order, so a
// copy in one file and its twin in another fold as they do locally.
//
// into[i] is the index of the first article of i's group (i itself for an
// article that stays as it is or heads a group). merged holds, under that
// first index, the article each group of two or more became, structured in
// full, with every source listed. folded counts the articles folded away.
func FoldArticles(arts []*Article) (into []int, merged map[int]*Article, folded int) {
	docs := make([]*document, len(arts))
	for i, a := range arts {
		docs[i] = documentOf(a)
	}
	pairs := duplicatePairs(docShingles(docs))
	into = make([]int, len(arts))
	for i := range into {
		into[i] = i
	}
	merged = map[int]*Article{}
	if len(pairs) == 0 {
		return into, merged, 0
	}
	groups := duplicateGroups(len(docs), pairs)
	keeps, sourceLists, folded := foldDocuments(docs, pairs)
	for k, g := range groups {
		for _, i := range g {
			into[i] = g[0]
		}
		if len(g) > 1 {
			a := keeps[k].article()
			a.Sources = sourceLists[k]
			merged[g[0]] = a
		}
	}
	return into, merged, folded
}

// documentOf turns a loaded article back into the document it was built
// from (plainArticle's inverse): its body is its paragraphs other than the
// headline and the standfirst.
func documentOf(a *Article) *document {
	d := &document{
		source: a.Source, id: a.ID, outlet: a.Outlet, outletFrom: a.OutletFrom,
		title: a.Title, titleFrom: a.TitleFrom, standfirst: a.Standfirst, byline: a.Byline,
		date: a.Date, dateFrom: a.DateFrom, url: a.URL, language: a.Language, langFrom: a.LanguageFrom,
		removed: a.Removed, warnings: a.Warnings,
	}
	for _, p := range a.Paragraphs {
		if a.Title != "" && p == a.TitleSpan || a.Standfirst != "" && p == a.StandfirstSpan {
			continue
		}
		d.body = append(d.body, a.Slice(p))
	}
	return d
}
