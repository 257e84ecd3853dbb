#!/usr/bin/python3
"""Count framediff's naming and loaded-language phrases per outlet with NLTK.

A comparison peer for `framediff stories --profile`, not part of framediff:
it reads the same folder of JSON article files, tokenizes each article's
title and text with NLTK's RegexpTokenizer, stems the words with NLTK's
Snowball (English) stemmer, counts the phrases listed in phrases.tsv (made
by export_phrases.py from framediff's default packs) per outlet, and
prints one JSON object: per outlet, its articles, its words and its count
per rule.

Usage:

    /usr/bin/python3 scripts/nltk-peer/profile.py [--phrases FILE] DIR_OR_FILE...
"""

import argparse
import functools
import json
import os
import re
import sys
from collections import Counter, defaultdict

from nltk.stem.snowball import SnowballStemmer
from nltk.tokenize import RegexpTokenizer

# The record fields framediff reads, in its order of preference
# (corpus/records.go): content_original before content, because the
# Article-Bias-Prediction "content" is a space-tokenised copy.
TEXT_FIELDS = ("content_original", "text", "body", "content", "article",
               "maintext", "main_text", "full_text", "fulltext", "story")
OUTLET_FIELDS = ("outlet", "source", "site", "media_name", "publisher",
                 "sitename", "site_name", "source_name", "media")

MAX_GAP = 3  # a "*" in a phrase stands for 0 to 3 words

tokenizer = RegexpTokenizer(r"\w+(?:['’]\w+)*")
stem = functools.lru_cache(maxsize=None)(SnowballStemmer("english").stem)


def compile_phrase(phrase):
    """Turn a phrase into a list of (kind, value) steps; kind is stem, exact, case or gap."""
    steps = []
    for word in phrase.split():
        if word == "*":
            steps.append(("gap", None))
        elif word.startswith("=="):
            steps.extend(("case", t) for t in tokenizer.tokenize(word[2:]))
        elif word.startswith("="):
            steps.extend(("exact", t.lower()) for t in tokenizer.tokenize(word[1:]))
        else:
            steps.extend(("stem", stem(t.lower())) for t in tokenizer.tokenize(word))
    return steps


def load_phrases(path):
    """Index each category's phrases by their first step, so a word looks up only the phrases it can start."""
    indexes = defaultdict(lambda: defaultdict(list))
    with open(path, encoding="utf-8") as f:
        for line in f:
            rule, category, phrase = line.rstrip("\n").split("\t")
            steps = compile_phrase(phrase)
            if steps:
                indexes[category][steps[0]].append((rule, steps))
    return list(indexes.values())


def match_at(steps, words, lowers, stems, i):
    """Return the end of a match of steps starting at word i, or -1."""
    if not steps:
        return i
    kind, value = steps[0]
    if kind == "gap":
        for skip in range(MAX_GAP + 1):
            end = match_at(steps[1:], words, lowers, stems, i + skip)
            if end >= 0:
                return end
        return -1
    if i >= len(words):
        return -1
    if kind == "stem":
        ok = stems[i] == value
    elif kind == "exact":
        ok = lowers[i] == value
    else:
        ok = words[i] == value
    return match_at(steps[1:], words, lowers, stems, i + 1) if ok else -1


def count_phrases(text, indexes, counts):
    """Add the phrases of text to counts and return its word count.

    Within a category the longest phrase starting at a word wins and
    matches do not overlap; categories may overlap ("illegal" is
    evaluative inside the naming "illegal aliens"), as in framediff.
    """
    words = tokenizer.tokenize(text)
    lowers = [w.lower() for w in words]
    stems = [stem(w) for w in lowers]
    for index in indexes:
        i = 0
        while i < len(words):
            best_end, best_rule = -1, None
            for key in (("stem", stems[i]), ("exact", lowers[i]), ("case", words[i])):
                for rule, steps in index.get(key, ()):
                    end = match_at(steps, words, lowers, stems, i)
                    if end > best_end:
                        best_end, best_rule = end, rule
            if best_rule is None:
                i += 1
            else:
                counts[best_rule] += 1
                i = best_end
    return len(words)


def first(record, fields):
    for name in fields:
        value = record.get(name)
        if isinstance(value, str) and value.strip():
            return value
    return ""


def records(path):
    """Yield the article records of one JSON file (an object, or a list of objects)."""
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if isinstance(data, dict):
        data = [data]
    for record in data:
        if isinstance(record, dict):
            yield record


def files(paths):
    for path in paths:
        if os.path.isdir(path):
            for root, dirs, names in os.walk(path):
                dirs.sort()
                for name in sorted(names):
                    if name.endswith(".json") and not name.startswith("."):
                        yield os.path.join(root, name)
        else:
            yield path


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--phrases", default=os.path.join(here, "phrases.tsv"))
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args()

    indexes = load_phrases(args.phrases)
    outlets = defaultdict(lambda: {"articles": 0, "words": 0, "counts": Counter()})
    for path in files(args.paths):
        try:
            batch = list(records(path))
        except (OSError, ValueError) as err:
            print(f"{path}: {err}", file=sys.stderr)
            continue
        for record in batch:
            body = first(record, TEXT_FIELDS)
            if not body:
                continue
            outlet = outlets[first(record, OUTLET_FIELDS) or "(unknown)"]
            outlet["articles"] += 1
            outlet["words"] += count_phrases(first(record, ("title",)) + "\n" + body,
                                             indexes, outlet["counts"])
    result = {name: {"articles": o["articles"], "words": o["words"],
                     "counts": dict(sorted(o["counts"].items()))}
              for name, o in sorted(outlets.items())}
    json.dump(result, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
