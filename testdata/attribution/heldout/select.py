#!/usr/bin/env python3
"""Reproducible selection of 10 held-out articles from abp-middle-east."""
import glob, hashlib, json, os

DIR = "/work/shared/eval/abp-middle-east"
EXCLUDE = {"1mD5bNwVxCW9PB5K", "2zuAZOkg7WK6aoEe", "1iv1pCODglj1bBaJ", "12fahrgH9WA3mrzA",
           "17XQnzUDqNJCeIsS", "1aoxhNTRIF4w1X8r", "220cuwtBHh5NsEuE", "BynU3kaHGdjtZ055",
           "G3Lu8JlAv74JbgAE", "1jfnNt3tP13MILro"}

ids = [os.path.basename(p)[:-len(".json")] for p in glob.glob(os.path.join(DIR, "*.json"))]
ids.sort(key=lambda i: (hashlib.sha256(i.encode("utf-8")).hexdigest(), i))

taken, outlets = [], set()
for i in ids:
    if i in EXCLUDE:
        continue
    with open(os.path.join(DIR, i + ".json"), encoding="utf-8") as f:
        d = json.load(f)
    c = d.get("content") or ""
    if not (2500 <= len(c) <= 9000):
        continue
    if sum(c.count(q) for q in ('"', "\u201c", "\u201d")) < 4:
        continue
    src = d.get("source")
    if src in outlets:
        continue
    outlets.add(src)
    taken.append((i, src, len(c)))
    if len(taken) == 10:
        break

for i, src, n in taken:
    print(f"{i}\t{src}")
