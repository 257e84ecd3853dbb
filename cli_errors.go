package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/charmbracelet/fang"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/framediff/framediff/lexicon"
)

// Exit codes, as the README documents them.
const (
	exitOK      = 0
	exitFailure = 1
	// exitSkipped: the command did its work, but some inputs could not be
	// read and were left out.
	exitSkipped = 3
)

// partialLoadError ends a command whose load skipped some inputs.
type partialLoadError struct{ skipped, read int }

func (e *partialLoadError) Error() string {
	inputs := "inputs were"
	if e.skipped == 1 {
		inputs = "input was"
	}
	articles := "articles"
	if e.read == 1 {
		articles = "article"
	}
	return fmt.Sprintf("%d %s skipped (listed above); the results cover the %d %s read", e.skipped, inputs, e.read, articles)
}

// execute runs the command line through fang (styled help, completion, the
// man page) and returns the process's exit code: exitOK on success,
// exitSkipped when some inputs were skipped, exitFailure on any other
// error. Errors are printed by printError, not by fang, whose handler
// title-cases the first word (a path "my.toml" would print as "My.toml")
// and wraps every problem into one padded paragraph.
func execute(ctx context.Context, root *cobra.Command) int {
	root.SetFlagErrorFunc(flagError)
	markUsageErrors(root)
	err := fang.Execute(ctx, root, fang.WithVersion(version), fang.WithErrorHandler(printError))
	var partial *partialLoadError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &partial):
		return exitSkipped
	}
	return exitFailure
}

// printError writes err to w as plain lines. Rule-file problems print one
// per line as "file:line:col: message", exactly as a compiler's, so editors
// and terminals can jump to them; any other error is one
// "framediff: message" line. A usage error adds where to find the usage.
func printError(w io.Writer, _ fang.Styles, err error) {
	var positioned lexicon.Errors
	if errors.As(err, &positioned) && err.Error() == positioned.Error() {
		for _, e := range positioned {
			fmt.Fprintln(w, e.Error())
		}
		return
	}
	for line := range strings.SplitSeq(err.Error(), "\n") {
		fmt.Fprintf(w, "framediff: %s\n", line)
	}
	var ue *usageError
	if errors.As(err, &ue) {
		fmt.Fprintf(w, "Run '%s --help' for usage.\n", ue.command)
	}
}

// usageError is a command line that does not fit the command's usage: a
// bad flag value, an unknown flag, a wrong number of arguments.
type usageError struct {
	command string // "framediff report"
	err     error
}

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

// flagError rewrites the flag parser's errors as sentences: pflag's
// `invalid argument "abc" for "--max-size" flag: strconv.ParseInt: parsing
// "abc": invalid syntax` becomes `--max-size "abc": not a whole number`.
func flagError(cmd *cobra.Command, err error) error {
	var bad *pflag.InvalidValueError
	if errors.As(err, &bad) {
		err = fmt.Errorf("--%s %q: %s", bad.GetFlag().Name, bad.GetValue(), valueProblem(bad.Unwrap()))
	}
	return &usageError{command: cmd.CommandPath(), err: err}
}

// valueProblem says what is wrong with a flag's value, without naming the
// Go function that parsed it.
func valueProblem(err error) string {
	var num *strconv.NumError
	if !errors.As(err, &num) {
		return err.Error()
	}
	switch {
	case errors.Is(num.Err, strconv.ErrRange):
		return "the number is too large"
	case strings.HasPrefix(num.Func, "ParseBool"):
		return "not true or false"
	case strings.HasPrefix(num.Func, "ParseFloat"):
		return "not a number"
	}
	return "not a whole number"
}

// markUsageErrors makes every command's argument-count error a usageError,
// so it names the command and points at its --help.
func markUsageErrors(cmd *cobra.Command) {
	if check := cmd.Args; check != nil {
		cmd.Args = func(c *cobra.Command, args []string) error {
			if err := check(c, args); err != nil {
				if c.HasParent() {
					err = fmt.Errorf("%s: %w", strings.TrimPrefix(c.CommandPath(), c.Root().Name()+" "), err)
				}
				return &usageError{command: c.CommandPath(), err: err}
			}
			return nil
		}
	}
	for _, sub := range cmd.Commands() {
		markUsageErrors(sub)
	}
}
