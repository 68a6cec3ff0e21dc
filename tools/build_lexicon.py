#!/usr/bin/env python3
"""Derive byline's embedded entity lexicons from shared/data/lexicon.

Usage:
    python3 tools/build_lexicon.py [--src ../shared/data/lexicon] [--out src/lexicon]

Reads the full lexicons (see their SOURCES.md) and writes compact TSVs into
src/lexicon/: only the columns the entity stage reads, one row per lookup key
where the stage needs only one, and without rows whose *only* sources are
share-alike or copyleft-document data (see src/lexicon/ATTRIBUTION.md):

  * given_names: rows sourced only from nam_dict (`nd`, GFDL) are dropped;
    the 1990 US census names (`c90`, public domain) stay, plus our own
    hand-written supplement tools/given_names_extra.txt.
  * organizations: rows sourced only from supraverden (CC BY-SA) are dropped.
  * demonyms: rows sourced only from cartogrify (CC BY-SA) are dropped.

Every output file opens with a `# ...` provenance line, then a header row.
Standard library only; output is deterministic (sorted, LF line ends).
"""

import argparse
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

SHARE_ALIKE = {"nd", "supraverden", "cartogrify"}


def read(path):
    with open(path, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if l.strip()]
    header = lines[0].split("\t")
    return [dict(zip(header, l.split("\t"))) for l in lines[1:]]


def free_sources(row):
    """Sources of the row that are not share-alike / GFDL."""
    return [s for s in row.get("sources", "").split(",") if s and s not in SHARE_ALIKE]


def write(out, name, provenance, header, rows):
    # Sorted by code point = UTF-8 byte order, so the loader can binary-search
    # the rows as they are, without building a hash table.
    rows = sorted(set(tuple(r) for r in rows))
    path = os.path.join(out, name)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("# " + provenance + " See src/lexicon/ATTRIBUTION.md.\n")
        f.write("\t".join(header) + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    size = os.path.getsize(path)
    print(f"{name}: {len(rows)} rows, {size} bytes", file=sys.stderr)
    assert size < 1024 * 1024, f"{name} is over 1 MiB"


KIND_RANK = {"continent": 4, "country": 3, "admin1": 2, "region": 1, "water": 1, "city": 0}


def places(src, out, min_city_pop):
    # One row per name: the most important place of that name decides the
    # kind and country (Moscow RU city beats Moscow US city). Local-language
    # ISO subdivision names ("Khersonska oblast") are dropped: news English
    # does not use them.
    best = {}
    for r in read(os.path.join(src, "places.tsv")):
        # ISO country names stay ("Netherlands").
        if not free_sources(r) or (r["name_type"] == "iso" and r["kind"] != "country"):
            continue
        pop = int(r["population"] or 0)
        if r["kind"] == "city" and pop < min_city_pop:
            continue
        key = r["name"]
        rank = (KIND_RANK.get(r["kind"], 0), pop) if r["kind"] != "city" else (0, pop)
        # A large city outranks a region of the same name only by population;
        # countries and continents always win.
        if r["kind"] == "city" and pop >= 1_000_000:
            rank = (2, pop)
        amb = r["ambiguous"]
        prev = best.get(key)
        if prev is None or rank > prev[0]:
            best[key] = (rank, [key, r["kind"], r["cc"], str(pop // 1000) if pop else "", amb])
        elif amb and not prev[1][4]:
            prev[1][4] = amb
    # Cities go to their own file (name, population in thousands): they are
    # most of the rows, and the country column is not needed for them.
    regions = [v[1] for v in best.values() if v[1][1] != "city"]
    cities = [[v[1][0], v[1][3], v[1][4]] for v in best.values() if v[1][1] == "city"]
    write(out, "places.tsv",
          "Derived by tools/build_lexicon.py from shared/data/lexicon/places.tsv "
          "(GeoNames CC BY 4.0, WordNet 3.0, pycountry LGPL-2.1, curated): "
          "countries, continents, first-level divisions, regions, waters.",
          ["name", "kind", "cc", "pop_k", "ambiguous"], regions)
    write(out, "cities.tsv",
          "Derived by tools/build_lexicon.py from shared/data/lexicon/places.tsv "
          f"(GeoNames CC BY 4.0, curated): cities of population >= {min_city_pop}.",
          ["name", "pop_k", "ambiguous"], cities)


def given_names(src, out):
    rows = []
    for r in read(os.path.join(src, "given_names.tsv")):
        if not free_sources(r):
            continue
        rows.append([r["name"], r["gender"], r["us_pct"], r["ambiguous"]])
    seen = {r[0] for r in rows}
    with open(os.path.join(HERE, "given_names_extra.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.split("#")[0].strip()
            if not line:
                continue
            name, gender = line.split()
            if name not in seen:
                rows.append([name, gender, "", ""])
                seen.add(name)
    write(out, "given_names.tsv",
          "Derived by tools/build_lexicon.py from shared/data/lexicon/given_names.tsv "
          "(US Census 1990 first names, public domain; nam_dict GFDL rows dropped) "
          "and tools/given_names_extra.txt (ours).",
          ["name", "gender", "us_pct", "ambiguous"], rows)


def organizations(src, out):
    rows = []
    for r in read(os.path.join(src, "organizations.tsv")):
        if not free_sources(r):
            continue
        rows.append([r["name"], r["type"], r["ambiguous"]])
    # Keep one type per name (the first after sorting is stable enough:
    # prefer the most specific type over "other").
    by_name = {}
    for name, typ, amb in sorted(rows, key=lambda r: (r[0], r[1] == "other", r[1])):
        by_name.setdefault(name, [name, typ, amb])
    write(out, "organizations.tsv",
          "Derived by tools/build_lexicon.py from shared/data/lexicon/organizations.tsv "
          "(GATE ANNIE LGPL-3.0, WordNet 3.0, Xponents Apache-2.0, curated; "
          "supraverden CC BY-SA rows dropped).",
          ["name", "type", "ambiguous"], by_name.values())


def org_keywords(src, out):
    rows = [[r["keyword"], r["position"], r["category"]]
            for r in read(os.path.join(src, "org_keywords.tsv")) if free_sources(r)]
    write(out, "org_keywords.tsv",
          "Derived by tools/build_lexicon.py from shared/data/lexicon/org_keywords.tsv "
          "(GATE ANNIE LGPL-3.0, curated).",
          ["keyword", "position", "category"], rows)


def titles(src, out):
    rows = [[r["title"], r["category"], r["pre_name"]]
            for r in read(os.path.join(src, "titles.tsv"))
            if free_sources(r) and r["category"] not in ("credential",)]
    with open(os.path.join(HERE, "titles_extra.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.split("#")[0].strip()
            if line:
                title, cat, pre = line.split("\t")
                rows.append([title, cat, pre])
    write(out, "titles.tsv",
          "Derived by tools/build_lexicon.py from shared/data/lexicon/titles.tsv "
          "(nameparser LGPL-2.1, GATE ANNIE LGPL-3.0, curated) and tools/titles_extra.txt (ours).",
          ["title", "category", "pre_name"], rows)


def demonyms(src, out):
    rows = [[r["demonym"], r["forms"], r["cc"], r["entity"], r["kind"]]
            for r in read(os.path.join(src, "demonyms.tsv")) if free_sources(r)]
    by_name = {}
    for r in rows:
        # One row per demonym: a country reading wins over others.
        prev = by_name.get(r[0])
        if prev is None or (prev[4] != "country" and r[4] == "country"):
            by_name[r[0]] = r
    write(out, "demonyms.tsv",
          "Derived by tools/build_lexicon.py from shared/data/lexicon/demonyms.tsv "
          "(WordNet 3.0, Xponents Apache-2.0, countryinfo MIT, curated; "
          "cartogrify CC BY-SA rows dropped).",
          ["demonym", "forms", "cc", "entity", "kind"], by_name.values())


def common_words(src, out):
    # The flag is written only when set (saves a byte per row).
    rows = [[r["word"], "1" if r["also_capitalized"] == "1" else ""]
            for r in read(os.path.join(src, "common_words.tsv"))]
    write(out, "common_words.tsv",
          "Derived by tools/build_lexicon.py from shared/data/lexicon/common_words.tsv "
          "(SCOWL via Debian wamerican/wbritish; SCOWL licence).",
          ["word", "also_capitalized"], rows)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", default=os.path.join(HERE, "..", "..", "shared", "data", "lexicon"))
    ap.add_argument("--out", default=os.path.join(HERE, "..", "src", "lexicon"))
    ap.add_argument("--min-city-pop", type=int, default=15000)
    a = ap.parse_args()
    places(a.src, a.out, a.min_city_pop)
    given_names(a.src, a.out)
    organizations(a.src, a.out)
    org_keywords(a.src, a.out)
    titles(a.src, a.out)
    demonyms(a.src, a.out)
    common_words(a.src, a.out)


if __name__ == "__main__":
    main()
