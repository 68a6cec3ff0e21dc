#!/usr/bin/env python3
"""Copy a few GUM news articles into tests/data/gum_news_sample.jsonl.

Usage: python3 tools/gum_sample.py [--src ../shared/eval/dev/gum_news.jsonl]

Keeps, per article, its id, source URL, text and the gold name mentions the
scorer uses (person / organization / place mentions that are proper nouns or
linked to Wikipedia), with offsets converted from code points to UTF-8 bytes
so the Rust test can slice the text directly. Licences: Wikinews text
CC BY 2.5, GUM annotations CC BY 4.0 (see tests/data/README.md).
"""

import argparse
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = ["GUM_news_afghan", "GUM_news_asylum", "GUM_news_election", "GUM_news_soccer",
            "GUM_news_korea", "GUM_news_taxes"]
LABELS = {"person": "PER", "organization": "ORG", "place": "LOC"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", default=os.path.join(HERE, "..", "..", "shared", "eval", "dev",
                                                  "gum_news.jsonl"))
    ap.add_argument("--out", default=os.path.join(HERE, "..", "tests", "data",
                                                  "gum_news_sample.jsonl"))
    a = ap.parse_args()
    out = []
    with open(a.src, encoding="utf-8") as f:
        for line in f:
            g = json.loads(line)
            if g["id"] not in ARTICLES:
                continue
            text = g["text"]
            byte = lambda i: len(text[:i].encode("utf-8"))
            ents = sorted({(byte(e["start"]), byte(e["end"]), LABELS[e["label"]])
                           for e in g["entities"]
                           if e["label"] in LABELS and (e.get("identity") or e.get("proper"))})
            out.append({"id": g["id"], "source_url": g["source_url"], "text": text,
                        "entities": [list(e) for e in ents]})
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
