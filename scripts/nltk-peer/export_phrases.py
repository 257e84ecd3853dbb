#!/usr/bin/python3
"""Write framediff's naming and loaded-language phrases as a TSV file.

Usage (from the repository root):

    /usr/bin/python3 scripts/nltk-peer/export_phrases.py lexicon/packs > scripts/nltk-peer/phrases.tsv

One line per phrase: rule id, category, phrase, in the packs' syntax
(docs/lexicon.md): a plain word matches by its Snowball stem, "=word" the
exact word case folded, "==Word" the exact word with its case, "*" a gap of
0 to 3 words. Only the categories framediff counts as highlights in a
profile are written: naming and evaluative (loaded language); cue rules are
left out, as framediff does not count them.
"""

import pathlib
import sys
import tomllib

CATEGORIES = ("naming", "evaluative")


def main(argv):
    if len(argv) != 2:
        sys.exit("usage: export_phrases.py LEXICON_PACKS_DIR")
    out = sys.stdout
    for path in sorted(pathlib.Path(argv[1]).glob("*.toml")):
        with open(path, "rb") as f:
            pack = tomllib.load(f)
        for rule in pack.get("rule", []):
            if rule.get("category") not in CATEGORIES or rule.get("cue"):
                continue
            for phrase in rule.get("phrases", []):
                out.write(f"{rule['id']}\t{rule['category']}\t{phrase}\n")


if __name__ == "__main__":
    main(sys.argv)
