// Command framediff puts news articles from several outlets side by side and
// shows, with explainable lexicon rules, how each outlet frames the story.
// main.go only wires the packages together; see ARCHITECTURE.md.
package main

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/framing"
	"github.com/framediff/framediff/lexicon"
	"github.com/framediff/framediff/report"
	"github.com/framediff/framediff/text"
	"github.com/framediff/framediff/tui"
)

// demoFS is the embedded demo corpus: the seed articles and their manifest.
//
//go:embed demo
var demoFS embed.FS

// version is set by the build (-ldflags "-X main.version=...").
var version = "dev"

// options are the flags shared by the commands that load articles.
type options struct {
	outlet         string
	manifest       string
	language       string
	maxSize        int64
	keepDuplicates bool
	lexicons       []string
	noDefaults     bool
	story          int
	aliases        string
	fields         map[string]string

	// compiled memoizes lexicon(): a command that needs the set twice
	// (kwic: to compare, then to search) compiles it once.
	compiled *lexicon.Set
	lexDesc  string

	// skipped and read count the last load's skipped inputs and read
	// articles, for the summary and exit code after the command's work.
	skipped, read int
}

func (o *options) addLoadFlags(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringVar(&o.outlet, "outlet", "", "outlet of every input file (overrides manifest, header, folder and page text)")
	f.StringVar(&o.manifest, "manifest", "", "CSV manifest naming each file's outlet, date, title, url (default: manifest.csv in a loaded folder)")
	f.Var(languageValue{&o.language}, "language", "language of every input (english, spanish, french, russian, swedish, norwegian, hungarian)")
	f.Int64Var(&o.maxSize, "max-size", corpus.DefaultMaxBytes, "largest input file to read, in bytes")
	f.BoolVar(&o.keepDuplicates, "keep-duplicates", false, "do not fold near-identical copies of an article into one")
	f.StringSliceVar(&o.lexicons, "lexicon", nil, "extra rule files or folders (TOML), added to the default lexicon")
	f.BoolVar(&o.noDefaults, "no-default-lexicon", false, "use only the --lexicon files, not the embedded default packs")
	f.StringVar(&o.aliases, "aliases", "", "CSV alias map (alias,outlet) merging outlet names, e.g. \"Fox Online News\" into \"Fox News\"")
	f.StringToStringVar(&o.fields, "field", nil, "map JSON/CSV record keys to article fields, e.g. --field text=maincol,outlet=media")
	// The command does its work with what loaded; afterwards a batch that
	// skipped inputs says so in one line and exits with its own code.
	cmd.PostRunE = func(*cobra.Command, []string) error { return o.skippedInputs() }
	f.IntVar(&o.story, "story", 0, "compare only story N of a large corpus (see framediff stories); without it a few files are one story and a larger corpus is taken whole")
}

// languageValue is a --language flag: it takes the names and codes a user
// writes ("English", "es") and refuses an unknown one at parse time, when
// the error can still point at the flag.
type languageValue struct{ name *string }

func (v languageValue) String() string {
	if v.name == nil {
		return ""
	}
	return *v.name
}

func (v languageValue) Set(s string) error {
	name, err := corpus.ParseLanguage(s)
	if err != nil {
		return err
	}
	*v.name = name
	return nil
}

func (languageValue) Type() string { return "language" }

func (o *options) corpusOptions(stdin io.Reader) (corpus.Options, error) {
	opt := corpus.Options{Outlet: o.outlet, Manifest: o.manifest, Language: o.language, MaxBytes: o.maxSize, KeepDuplicates: o.keepDuplicates, Stdin: stdin, Fields: o.fields}
	if o.aliases != "" {
		m, err := corpus.ReadAliases(o.aliases)
		if err != nil {
			return opt, err
		}
		opt.Aliases = m
	}
	return opt, nil
}

// skippedInputs is the error a command ends with when its load skipped
// some inputs but read others: its output is written, and the exit code
// tells a script that the batch was not whole.
func (o *options) skippedInputs() error {
	if o.skipped == 0 {
		return nil
	}
	return &partialLoadError{skipped: o.skipped, read: o.read}
}

// load reads the user's paths, or the embedded demo when there are none.
func (o *options) load(args []string, stdin io.Reader, stderr io.Writer) (*corpus.Result, string, error) {
	var res *corpus.Result
	what, err := o.readInputs(args, stdin, stderr, func(opt corpus.Options) (err error) {
		if len(args) == 0 {
			res, err = corpus.LoadFS(demoFS, "demo", opt)
		} else {
			res, err = corpus.Load(args, opt)
		}
		if err == nil {
			o.reportProblems(stderr, res.Problems, len(res.Articles))
		}
		return err
	})
	if err != nil {
		return nil, "", err
	}
	return res, what, nil
}

// shelve reads the inputs like load onto a corpus.Shelf, for the
// commands that work through a whole corpus story by story.
func (o *options) shelve(args []string, stdin io.Reader, stderr io.Writer) (*corpus.Shelf, string, error) {
	var s *corpus.Shelf
	what, err := o.readInputs(args, stdin, stderr, func(opt corpus.Options) (err error) {
		if len(args) == 0 {
			s, err = corpus.ShelveFS(demoFS, "demo", opt)
		} else {
			s, err = corpus.Shelve(args, opt)
		}
		if err == nil {
			o.reportProblems(stderr, s.Problems, s.Len())
		}
		return err
	})
	if err != nil {
		return nil, "", err
	}
	return s, what, nil
}

// readInputs runs a loader with the user's options and a progress line, and
// says what was read: the embedded demo or the paths given.
func (o *options) readInputs(args []string, stdin io.Reader, stderr io.Writer, loader func(corpus.Options) error) (string, error) {
	opt, err := o.corpusOptions(stdin)
	if err != nil {
		return "", err
	}
	if len(args) == 0 {
		if err := loader(opt); err != nil {
			return "", err
		}
	} else {
		progress := newProgressLine(stderr, "reading files:")
		opt.Progress = progress.update
		err := loader(opt)
		progress.done()
		if err != nil {
			return "", err
		}
	}
	if o.read == 0 {
		return "", errors.New("no articles could be read")
	}
	if len(args) == 0 {
		return "embedded demo corpus", nil
	}
	return text.SanitizeLine(strings.Join(args, ", ")), nil
}

// reportProblems names every skipped input on stderr and counts what was
// read and skipped for the exit status.
func (o *options) reportProblems(stderr io.Writer, problems []corpus.Problem, articles int) {
	for _, p := range problems {
		fmt.Fprintf(stderr, "framediff: skipped %s\n", p.Error())
	}
	o.skipped, o.read = len(problems), articles
}

// lexicon compiles the default packs plus the user's rule files.
func (o *options) lexicon() (*lexicon.Set, string, error) {
	if o.compiled != nil {
		return o.compiled, o.lexDesc, nil
	}
	set, err := compileLexicon(o.lexicons, !o.noDefaults)
	if err != nil {
		return nil, "", err
	}
	var desc []string
	if !o.noDefaults {
		desc = append(desc, "default packs")
	}
	if len(o.lexicons) > 0 {
		desc = append(desc, strings.Join(o.lexicons, ", "))
	}
	o.compiled, o.lexDesc = set, fmt.Sprintf("%s (%d rules)", strings.Join(desc, " + "), len(set.Lexicon().Rules()))
	return o.compiled, o.lexDesc, nil
}

func (o *options) compare(args []string, stdin io.Reader, stderr io.Writer) (*framing.Comparison, report.Input, error) {
	set, lexDesc, err := o.lexicon()
	if err != nil {
		return nil, report.Input{}, err
	}
	res, what, err := o.load(args, stdin, stderr)
	if err != nil {
		return nil, report.Input{}, err
	}
	return o.compareLoaded(res, what, set, lexDesc, stderr)
}

// compareLoaded compares the story the options pick from a loaded corpus.
func (o *options) compareLoaded(res *corpus.Result, what string, set *lexicon.Set, lexDesc string, stderr io.Writer) (*framing.Comparison, report.Input, error) {
	sel, err := corpus.PickStory(res.Articles, o.story)
	if err != nil {
		return nil, report.Input{}, fmt.Errorf("%w (see framediff stories)", err)
	}
	if sel.Largest {
		fmt.Fprintf(stderr, "framediff: %d articles hold %d stories with two or more outlets; comparing story 1 (the largest). List them with `framediff stories`, pick one with --story N.\n", len(res.Articles), len(sel.Stories))
	}
	if sel.Story > 0 {
		// How far the story's grouping rests on content alone is the
		// reader's to judge, so the header says it.
		note := ""
		if n := report.GroupingNote(sel.Stories[sel.Story-1]); n != "" {
			note = "; " + n
		}
		what += fmt.Sprintf(" (story %d of %d%s)", sel.Story, len(sel.Stories), note)
	}
	c := framing.Compare(sel.Articles, set)
	return c, report.Input{Comparison: c, Corpus: what + ": " + res.Summary(), Load: res, Lexicon: lexDesc}, nil
}

func newRootCmd() *cobra.Command {
	o := &options{}
	blind := false
	root := &cobra.Command{
		Use:   "framediff [FILE|DIR|-]...",
		Short: "See how news outlets frame the same story, side by side",
		Long: `framediff loads articles from several outlets about one story and shows them side by side,
highlighting naming, evaluative words, reporting verbs, distancing and claims with explainable
lexicon rules, and ranks the differences between the outlets.

With no arguments it opens the embedded demo corpus.`,
		Example: `  framediff                                  # the demo corpus
  framediff a.txt b.txt --outlet "Example News"
  framediff articles/                         # folder-per-outlet or manifest.csv
  framediff report --format json -o out.json articles/`,
		Args: cobra.ArbitraryArgs,
		// Errors are printed once, by printError, and a failed load or a
		// skipped input is no reason to print the usage.
		SilenceErrors: true,
		SilenceUsage:  true,
		RunE: func(cmd *cobra.Command, args []string) (runErr error) {
			if o.story == 0 && len(args) > 0 {
				// A corpus of many stories opens on its story list.
				shelf, what, stories, err := o.shelveCorpus(args, cmd.InOrStdin(), cmd.ErrOrStderr())
				if err != nil {
					return err
				}
				defer closeShelf(shelf, &runErr)
				set, lexDesc, err := o.lexicon()
				if err != nil {
					return err
				}
				if len(stories) > 0 {
					return tui.RunBrowser(what, storyEntries(shelf, stories), storyOpener(shelf, stories, set), tui.WithBlind(blind))
				}
				c, in, err := o.compareLoaded(shelf.Result(), what, set, lexDesc, cmd.ErrOrStderr())
				if err != nil {
					return err
				}
				return tui.Run(c, in.Corpus, tui.WithBlind(blind))
			}
			c, in, err := o.compare(args, cmd.InOrStdin(), cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			return tui.Run(c, in.Corpus, tui.WithBlind(blind))
		},
	}
	o.addLoadFlags(root)
	root.Flags().BoolVar(&blind, "blind", false, "hide the outlets behind letters (Outlet A, B, ...) in a random order until b reveals them, so a class judges the framing first")
	root.AddCommand(newReportCmd(), newLexiconCmd(), newStoriesCmd(), newKWICCmd())
	return root
}

// storyEntries lists the comparable stories for the story browser: first
// date, the first article's headline, the outlets and the size.
func storyEntries(shelf *corpus.Shelf, stories []corpus.Story) []tui.StoryEntry {
	var out []tui.StoryEntry
	for _, s := range stories {
		e := tui.StoryEntry{Headline: shelf.Meta(s.Members[0]).Title, Outlets: s.Outlets, Articles: len(s.Members), Undated: s.Undated}
		if !s.Start.IsZero() {
			e.Date = s.Start.Format("2006-01-02")
		}
		out = append(out, e)
	}
	return out
}

// storyOpener compares story i of storyEntries' list when the browser
// asks for it, building its articles from the shelf.
func storyOpener(shelf *corpus.Shelf, stories []corpus.Story, set *lexicon.Set) tui.Opener {
	return func(i int) (*framing.Comparison, error) {
		if i < 0 || i >= len(stories) {
			return nil, fmt.Errorf("there is no story %d", i+1)
		}
		members := make([]*corpus.Article, len(stories[i].Members))
		for k, m := range stories[i].Members {
			members[k] = shelf.Article(m)
		}
		return framing.Compare(members, set), nil
	}
}

// closeShelf closes a shelf when a command is done with it (removing its
// temporary file), setting *err to its failure when the command had none.
func closeShelf(shelf *corpus.Shelf, err *error) {
	if cerr := shelf.Close(); cerr != nil && *err == nil {
		*err = cerr
	}
}

// shelveCorpus shelves the inputs (keeps them compactly) and, when they
// are a corpus of many stories (more than corpus.WholeCorpusLimit
// articles, and stories that two outlets cover), returns those stories:
// such a corpus is browsed or reported story by story. Otherwise stories
// is empty and the inputs are compared whole, as corpus.PickStory does.
func (o *options) shelveCorpus(args []string, stdin io.Reader, stderr io.Writer) (*corpus.Shelf, string, []corpus.Story, error) {
	shelf, what, err := o.shelve(args, stdin, stderr)
	if err != nil {
		return nil, "", nil, err
	}
	if shelf.Len() <= corpus.WholeCorpusLimit {
		return shelf, what, nil, nil
	}
	return shelf, what, shelf.Stories(0).Comparable(), nil
}

// inputPaths lists every file the run read or tried to read, for the
// output writer to refuse overwriting one: the arguments, the rule,
// manifest and alias files, and each article's sources and skipped path.
func (o *options) inputPaths(args []string, res *corpus.Result) []string {
	paths := append([]string(nil), args...)
	paths = append(paths, o.lexicons...)
	if o.manifest != "" {
		paths = append(paths, o.manifest)
	}
	if o.aliases != "" {
		paths = append(paths, o.aliases)
	}
	if res != nil {
		for _, a := range res.Articles {
			paths = append(paths, a.Sources...)
		}
		for _, p := range res.Problems {
			paths = append(paths, p.Path)
		}
	}
	return paths
}

func newReportCmd() *cobra.Command {
	o := &options{}
	var format, out string
	cmd := &cobra.Command{
		Use:   "report [FILE|DIR|-]...",
		Short: "Write the differences as Markdown, JSON, HTML or CSV",
		Long: `report writes the same ranked differences the terminal UI shows, with every table
(naming, voices, claims, content only one outlet carries, keyness). With no files it reports
on the embedded demo corpus. A corpus of many stories is reported whole: an index of its
stories, each story's top differences and the per-outlet profile (--story N reports one
story). -o writes the file atomically.`,
		Example: `  framediff report                          # Markdown on the demo corpus
  framediff report --format json -o demo.json
  framediff report --format html -o report.html articles/`,
		RunE: func(cmd *cobra.Command, args []string) (runErr error) {
			// A format no writer knows is refused before the corpus is
			// read and compared, which may take a while.
			if err := report.CheckFormat(format); err != nil {
				return &usageError{command: cmd.CommandPath(), err: err}
			}
			if o.story == 0 && len(args) > 0 {
				// A corpus of many stories is reported whole: every
				// story, and the per-outlet profile.
				// The corpus is shelved (kept compactly) and its stories
				// are compared a few at a time, so memory stays flat.
				shelf, what, groups, err := o.shelveCorpus(args, cmd.InOrStdin(), cmd.ErrOrStderr())
				if err != nil {
					return err
				}
				defer closeShelf(shelf, &runErr)
				set, lexDesc, err := o.lexicon()
				if err != nil {
					return err
				}
				if len(groups) > 0 {
					progress := newProgressLine(cmd.ErrOrStderr(), "comparing stories:")
					profile, stories := framing.CompareCorpus(shelf, groups, set, corpusDifferences, progress.update)
					progress.done()
					catalog := shelf.Catalog()
					in := report.CorpusInput{Corpus: what + ": " + shelf.Summary(), Lexicon: lexDesc, Stories: stories, Profile: profile, Load: catalog}
					if out != "" && out != "-" {
						return report.WriteCorpusFile(out, in, format, o.inputPaths(args, catalog))
					}
					return report.WriteCorpus(cmd.OutOrStdout(), in, format)
				}
				_, in, err := o.compareLoaded(shelf.Result(), what, set, lexDesc, cmd.ErrOrStderr())
				if err != nil {
					return err
				}
				return o.writeReport(cmd, args, in, format, out)
			}
			_, in, err := o.compare(args, cmd.InOrStdin(), cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			return o.writeReport(cmd, args, in, format, out)
		},
	}
	o.addLoadFlags(cmd)
	cmd.Flags().StringVarP(&format, "format", "f", "md", "report format: "+strings.Join(report.Formats(), ", "))
	cmd.Flags().StringVarP(&out, "output", "o", "", "write to this file (atomically) instead of standard output")
	return cmd
}

// corpusDifferences is how many differences a corpus report keeps of each
// story: the top of its ranked list.
const corpusDifferences = 8

// writeReport writes one story's report to out (atomically) or stdout.
func (o *options) writeReport(cmd *cobra.Command, args []string, in report.Input, format, out string) error {
	if out != "" && out != "-" {
		return report.WriteFile(out, in, format, o.inputPaths(args, in.Load))
	}
	return report.Write(cmd.OutOrStdout(), in, format)
}

func main() {
	os.Exit(execute(context.Background(), newRootCmd()))
}
