#!/usr/bin/env python3
"""Builds the versioned query mix (mix-v2.jsonl) from a generated corpus's
listings.jsonl, so every text query uses words the corpus really has.

  make_mix.py --listings WORK/10k/listings.jsonl --out bench/queries/mix-v2.jsonl [--per-class 70]

One JSON object per line: {"id", "class", "params": [[name, value], ...]} with
GET /v1/search parameters as README and api/search_params.h document them
(suggest: "endpoint": "suggest" and GET /v1/suggest parameters).
Every query asks for the same facets (FACETS) and page_size 20 unless deep.
Classes:
  text_common     one frequent word (document frequency 2-25 %)
  text_rare       one rare word (0.02-0.1 %)
  text_two        two words of one listing's text (AND)
  text_inflected  a Finnish inflected form (case ending), found through its stem
  text_filters    a word plus 2-3 filters (kind, language, free, municipality)
  browse_facets   no text; 0-3 filters; every facet counted (the browse page)
  geo_distance    near=lat,lon & radius_km, sort=distance, sometimes a word
  date_weekday    a date range (1-13 weeks) and one or two weekdays
  deep_page       a broad word or browse at page 20-200 (within the 10,000 window)
  suggest         GET /v1/suggest: a typed prefix of a listing name (2-6 letters of a
                  word, or a whole word and the start of the next), limit 10
v1 had the nine search classes only (GET /v1/suggest did not exist yet); v2
is v1 with the same search queries plus the suggest class.
"""
import argparse
import datetime
import json
import os
import random
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpus"))
from geography import TOWNS  # noqa: E402
from listings import ANCHOR  # noqa: E402
from vocabulary import FI_STOP  # noqa: E402

VERSION = "v2"
FACETS = "kind,language,free,municipality,channel,weekday"
WORD = re.compile(r"[a-zåäöéü]+")
FI_ENDINGS = ("ssa", "ssä", "sta", "stä", "lle", "lla", "llä", "lta", "ltä", "iden", "ille", "issa", "ista", "ksi", "tta", "ttä")
WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
# Words PostgreSQL's or Snowball's stopword lists drop in some language (kept out of text queries).
EXTRA_STOP = set("och för med som den det att från till inom eller the and for with from into their this that are "
                 "olla ovat kanssa mukaan myös sekä kuin".split())


def document_frequencies(path):
    df = {"fi": Counter(), "sv": Counter(), "en": Counter()}
    n = 0
    docs, names = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            n += 1
            for lang, text in rec["text"].items():
                words = set(w for w in WORD.findall(text.lower()) if len(w) >= 4)
                df[lang].update(words)
            if "fi" in rec["text"]:
                docs.append(rec["text"]["fi"])
            names.extend(rec["name"].values())
    return n, df, docs, names


def band(df, n, low, high, stop):
    return sorted(w for w, c in df.items() if low * n <= c <= high * n and w not in stop)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--listings", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--per-class", type=int, default=70)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    n, df, docs, names = document_frequencies(args.listings)
    stop = FI_STOP | EXTRA_STOP
    common = {lang: band(df[lang], n, 0.02, 0.25, stop) for lang in df}
    rare = {lang: band(df[lang], n, 0.0002, 0.001, stop) for lang in df}
    inflected = [w for w in band(df["fi"], n, 0.001, 0.2, stop) if w.endswith(FI_ENDINGS) and len(w) >= 7]
    municipalities = [t[0].lower() for t in TOWNS]
    districts = [(d[2], d[3]) for t in TOWNS for d in t[4]]

    def word(pool_by_lang):
        lang = rng.choices(["fi", "sv", "en"], [0.75, 0.1, 0.15])[0]
        return rng.choice(pool_by_lang[lang] or pool_by_lang["fi"])

    def two_words():
        while True:
            words = [w for w in WORD.findall(rng.choice(docs).lower()) if len(w) >= 5 and w not in stop
                     and df["fi"][w] >= 0.005 * n]
            if len(set(words)) >= 2:
                a, b = rng.sample(sorted(set(words)), 2)
                return f"{a} {b}"

    def filters(k):
        options = [
            ("kind", lambda: rng.choices(["event", "service", "place", "volunteering"], [6, 2, 1, 1])[0]),
            ("language", lambda: ",".join(rng.sample(["fi", "sv", "en", "ru", "ar"], rng.choice((1, 1, 2))))),
            ("free", lambda: rng.choice(("true", "true", "false"))),
            ("municipality", lambda: ",".join(rng.sample(municipalities[:9], rng.choice((1, 1, 2))))),
        ]
        return [(name, make()) for name, make in rng.sample(options, k)]

    def date_range():
        first = rng.randrange(0, 330)
        weeks = rng.choice((1, 2, 4, 4, 8, 13))
        start = ANCHOR + datetime.timedelta(days=first)
        end = start + datetime.timedelta(days=7 * weeks - 1)
        return [("start", start.isoformat()), ("end", end.isoformat())]

    def point():
        lat, lon = rng.choice(districts)
        return f"{lat + rng.uniform(-0.01, 0.01):.4f},{lon + rng.uniform(-0.02, 0.02):.4f}"

    makers = {
        "text_common": lambda: [("q", word(common))],
        "text_rare": lambda: [("q", word(rare))],
        "text_two": lambda: [("q", two_words())],
        "text_inflected": lambda: [("q", rng.choice(inflected))],
        "text_filters": lambda: [("q", word(common))] + filters(rng.choice((2, 2, 3))),
        "browse_facets": lambda: filters(rng.choice((0, 1, 1, 2, 2, 3))),
        "geo_distance": lambda: ([("q", word(common))] if rng.random() < 0.3 else []) + [
            ("near", point()), ("radius_km", str(rng.choice((1, 2, 3, 5, 5, 10)))), ("sort", "distance")],
        "date_weekday": lambda: ([("q", word(common))] if rng.random() < 0.25 else []) + date_range() + [
            ("weekday", ",".join(sorted(rng.sample(WEEKDAYS, rng.choice((1, 1, 2))), key=WEEKDAYS.index)))],
        "deep_page": lambda: ([("q", word(common))] if rng.random() < 0.5 else []) + [
            ("page", str(rng.randint(20, 200))), ("page_size", "50")],
    }
    lines, seen = [], set()
    for cls, make in makers.items():
        made = 0
        while made < args.per_class:
            params = make()
            if not any(k == "page_size" for k, _ in params):
                params.append(("page_size", "20"))
            params.append(("facets", FACETS))
            key = json.dumps(params, ensure_ascii=False)
            if key in seen:
                continue
            seen.add(key)
            made += 1
            lines.append({"id": f"{VERSION}-{len(lines) + 1:04d}", "class": cls, "params": params})
    srng = random.Random(args.seed + 100)  # its own generator: the search queries stay those of v1
    made = 0
    while made < args.per_class:
        words = [w for w in WORD.findall(srng.choice(names).lower()) if len(w) >= 3]
        if not words:
            continue
        r = srng.random()
        if r < 0.6:
            typed = words[0][:srng.randint(2, 6)]
        elif r < 0.85 and len(words) >= 2:
            typed = words[0] + " " + words[1][:srng.randint(2, 4)]
        else:
            typed = srng.choice(words)[:srng.randint(3, 6)]
        params = [("q", typed), ("limit", "10")]
        key = json.dumps(params, ensure_ascii=False)
        if key in seen:
            continue
        seen.add(key)
        made += 1
        lines.append({"id": f"{VERSION}-{len(lines) + 1:04d}", "class": "suggest", "endpoint": "suggest",
                      "params": params})
    with open(args.out, "w", encoding="utf-8") as f:
        for line in lines:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"{len(lines)} queries, {len(makers) + 1} classes -> {args.out}")


if __name__ == "__main__":
    main()
