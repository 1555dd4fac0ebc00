#!/usr/bin/env python3
"""Do tarjotin, PostgreSQL and SQLite agree? Runs queries of the mix once on
each and compares result totals and facet counts.

  agree.py --mix bench/queries/mix-v2.jsonl --url http://127.0.0.1:PORT
           [--sqlite FILE] [--pg DSN] [--sample 200] --out agreement.json

Writes per query the three totals, and a summary per class: how many queries
agree exactly on the total, and on every facet count. For the suggest class
the "total" is the number of suggestions (at most the limit).
"""
import argparse
import itertools
import json
import time
import os
import random
import sys
import urllib.parse
import urllib.request
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import request as rq  # noqa: E402


def tarjotin(url, params, endpoint="search"):
    with urllib.request.urlopen(url + f"/v1/{endpoint}?" + urllib.parse.urlencode([tuple(p) for p in params]),
                                timeout=120) as resp:
        body = json.load(resp)
    if endpoint == "suggest":  # compared by the number of suggestions
        return len(body["suggestions"]), {}
    facets = {f: {v["value"]: v["count"] for v in values if v["count"] > 0} for f, values in body["facets"].items()}
    return body["total"], facets


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mix", required=True)
    ap.add_argument("--url", required=True)
    ap.add_argument("--sqlite")
    ap.add_argument("--pg")
    ap.add_argument("--sample", type=int, default=0, help="queries per class (0: all)")
    ap.add_argument("--out", required=True)
    ap.add_argument("--seconds", type=float, default=240, help="stop comparing after this long")
    args = ap.parse_args()
    with open(args.mix, encoding="utf-8") as f:
        mix = [json.loads(line) for line in f]
    if args.sample:
        by_class = defaultdict(list)
        for q in mix:
            by_class[q["class"]].append(q)
        rng = random.Random(7)
        picked = [rng.sample(qs, min(args.sample, len(qs))) for qs in by_class.values()]
        # Round robin over the classes, so that a run cut short by --seconds still covers each.
        mix = [q for round_ in itertools.zip_longest(*picked) for q in round_ if q is not None]
    systems = {}
    if args.sqlite:
        import sqlite_backend
        conn = sqlite_backend.connect(args.sqlite)
        systems["sqlite"] = lambda r: sqlite_backend.search(conn, r)
    if args.pg:
        import psycopg2
        import pg_backend
        cur = psycopg2.connect(args.pg).cursor()
        systems["postgres"] = lambda r: pg_backend.search(cur, r)
    rows, summary = [], defaultdict(lambda: defaultdict(int))
    began = time.time()
    for q in mix:
        if time.time() - began > args.seconds:
            break  # at 1M the slow baseline queries would otherwise take most of an hour
        endpoint = q.get("endpoint", "search")
        total, facets = tarjotin(args.url, q["params"], endpoint)
        row = {"id": q["id"], "class": q["class"], "params": q["params"], "tarjotin": total}
        s = summary[q["class"]]
        s["queries"] += 1
        r = rq.parse(q["params"], endpoint)
        for name, run in systems.items():
            t, _, f = run(r)
            row[name] = t
            s[f"{name}_total_equal"] += int(t == total)
            same_facets = all(f.get(k, {}) == facets.get(k, {}) for k in r.facets)
            s[f"{name}_facets_equal"] += int(same_facets)
            if not same_facets:
                row[f"{name}_facet_diff"] = {k: {"tarjotin": facets.get(k, {}), name: f.get(k, {})}
                                             for k in r.facets if f.get(k, {}) != facets.get(k, {})}
        rows.append(row)
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump({"summary": summary, "queries": rows}, f, ensure_ascii=False, indent=1)
    for cls, s in summary.items():
        print(cls, dict(s))


if __name__ == "__main__":
    main()
