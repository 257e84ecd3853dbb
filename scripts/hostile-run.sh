#!/usr/bin/env bash
# Runs a framediff binary through the hostile-input classes of issue 18 and
# prints one line per class. Usage: scripts/hostile-run.sh PATH/TO/framediff
# (from the repository root, with ../shared beside it). Needs bash, grep -P,
# mkfifo and iconv.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
B=$(cd "$(dirname "$1")" && pwd)/$(basename "$1"); W=$(mktemp -d); cd "$W"
unsafe() { LC_ALL=C grep -qP '[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]' "$1"; }
printf 'outlet: Example Wire\n\nThe ceasefire in the Gaza Strip held on Monday, Egypt said, as talks went on.\n' > a.txt
printf 'outlet: Other Wire\n\nThe truce in Gaza held on Monday, mediators in Qatar said, and the ceasefire was welcomed.\n' > b.txt
# 1. rule-file text through kwic, lexicon list/test, report md/json
cp "$top/testdata/hostile/rules.toml" rules.toml
f=0; n=0
for cmd in "kwic ceasefire --no-default-lexicon --lexicon rules.toml a.txt b.txt" "lexicon list rules.toml" "lexicon test rules.toml" "report --no-default-lexicon --lexicon rules.toml a.txt b.txt" "report -f json --no-default-lexicon --lexicon rules.toml a.txt b.txt"; do
  n=$((n+1)); timeout 60 $B $cmd > out 2>&1; unsafe out && f=$((f+1)); done
echo "rule-file escapes: $f/$n outputs carried a control/escape/bidi character"
# 2. file and folder names
mkdir -p "d/Wire"$'\e]0;t\a\u202e'; cp a.txt "d/Wire"$'\e]0;t\a\u202e'/"x"$'\e]0;title\a'".txt"; : > "d/Wire"$'\e]0;t\a\u202e'/"e"$'\e[2J'".txt"; cp b.txt d/
f=0; n=0
for cmd in "report d" "report -f json d" "report -f csv d" "kwic Gaza d"; do n=$((n+1)); timeout 60 $B $cmd > out 2>&1; unsafe out && f=$((f+1)); done
echo "hostile file/folder names: $f/$n outputs (stdout+stderr) carried a control/escape/bidi character"
# 3. special files in a folder
mkdir -p s/W; cp a.txt b.txt s/W/; mkfifo s/W/p.txt; ln -s /dev/zero s/W/z.txt
timeout 20 $B report s > /dev/null 2>&1; rc=$?; [ $rc = 124 ] && echo "FIFO/device in a folder: hung (killed after 20 s)" || echo "FIFO/device in a folder: finished (exit $rc)"
# 4. -o onto an input
cp a.txt in.txt; timeout 60 $B report -o in.txt in.txt b.txt >/dev/null 2>&1; rc=$?; cmp -s in.txt a.txt && echo "report -o onto an input: input intact (exit $rc)" || echo "report -o onto an input: INPUT OVERWRITTEN (exit $rc)"
# 5. SIGTERM/SIGINT during report -o; mode kept
f=0; for i in $(seq 1 10); do timeout 60 $B report -f json -o o.json "$top/../shared/eval/abp-middle-east" >/dev/null 2>&1 & p=$!; sleep 0.$((RANDOM%9+1)); kill -TERM $p 2>/dev/null; wait $p 2>/dev/null; ls -a | grep -q '\.o\.json\.tmp' && f=$((f+1)); rm -f .o.json.tmp-*; done
echo "SIGTERM during report -o: $f/10 runs left a temporary file"
: > m.md; chmod 600 m.md; $B report -o m.md a.txt b.txt >/dev/null 2>&1; echo "report -o over a 0600 file: now $(stat -c %a m.md)"
# 7. manifest with a bad row, UTF-16, exit code
printf 'path,outlet,date\na.txt,A Wire,2023-01-04\nb.txt,B Wire,someday\nnone.txt,C Wire,\n' > manifest.csv
mkdir -p man; cp a.txt b.txt manifest.csv man/; timeout 60 $B report man >/dev/null 2>err; echo "manifest with one bad date: exit $? — $(head -1 err)"
printf '\xff\xfe' > u16.txt; iconv -f utf-8 -t utf-16le a.txt >> u16.txt; timeout 60 $B report -f json u16.txt b.txt > out 2>err; echo "UTF-16 file: exit $? — $(grep -c 'ceasefire' out) mentions of its words; $(head -1 err)"
rm -rf "$W"
