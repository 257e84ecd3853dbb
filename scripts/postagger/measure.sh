#!/usr/bin/env bash
# Measures the prose v2 part-of-speech tagger (issue 14 asks for its speed and
# accuracy before adopting it): its accuracy and speed on the Penn Treebank
# sample its own tests carry, then its tagging time against framediff's own
# work on the same articles in one run. Usage (from anywhere):
#   scripts/postagger/measure.sh [-story DIR] [-corpus DIR]
# Needs Go; the module proxy serves prose. Prints figures, writes nothing.
set -euo pipefail
cd "$(dirname "$0")"
export GOFLAGS=-mod=mod
echo "== prose's own treebank test (fails below its 95.7% accuracy floor) and tagging benchmark"
go test -count=1 -run '^TestTagTreebank$' -bench '^BenchmarkTag$' -benchtime 3x -benchmem github.com/jdkato/prose/v2
echo "== the same articles through framediff and through prose's tagger"
go run . "$@"
