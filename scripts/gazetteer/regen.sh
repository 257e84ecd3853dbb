#!/usr/bin/env bash
# Regenerates gazetteer/data/generated.tsv from the pinned country packages:
# downloads them with npm and apt-get, checks their SHA-256 sums, unpacks
# them into a temporary folder and runs the Go program beside this script.
# Usage (from anywhere): scripts/gazetteer/regen.sh. Needs npm, apt-get
# (after apt-get update), dpkg-deb, sha256sum, tar and go. Change a version
# only together with its sum and the matching line of
# gazetteer/data/LICENSES.md.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

npm_packages=(
  "countries-list 3.4.1 572934a82137ec58a84a3e32635ec589cb9788e8df408f15677c71009d2adff2"
  "i18n-iso-countries 7.14.0 bb418ebfb965789fcfbcce7dee59888d901ef64b03601da78b2e224cd6f5825c"
  "i18n-nationality 1.4.0 4b47e16ebe647c9e77a6ffed4ab075475647e8698f0a4415d4261a0716835a85"
)
deb_packages=(
  "iso-codes 4.15.0-1 b1beb869303229c38288d4ddacfd582c91f594759b5767c9cecebd87f16ff70e"
  "unicode-cldr-core 41-0.1 35d30d5d3bee4d8244e95236259c4c2a0db06e21bad696515751fcfeee4d0260"
)

for p in "${npm_packages[@]}"; do
  read -r name version sum <<<"$p"
  npm pack --silent "$name@$version" >/dev/null
  echo "$sum  $name-$version.tgz" | sha256sum -c --quiet
  mkdir "$name" && tar -xzf "$name-$version.tgz" -C "$name"
done
for p in "${deb_packages[@]}"; do
  read -r name version sum <<<"$p"
  apt-get download -q "$name=$version" >/dev/null 2>&1 || { echo "regen.sh: apt-get download $name=$version failed (run apt-get update; is the version still served?)" >&2; exit 1; }
  echo "$sum  ${name}_${version}_all.deb" | sha256sum -c --quiet
  dpkg-deb -x "${name}_${version}_all.deb" "$name"
done

cd "$top"
go run ./scripts/gazetteer \
  -countries-list "$work/countries-list/package" \
  -i18n-iso-countries "$work/i18n-iso-countries/package" \
  -i18n-nationality "$work/i18n-nationality/package" \
  -iso-codes "$work/iso-codes" \
  -cldr "$work/unicode-cldr-core" \
  -o gazetteer/data/generated.tsv
