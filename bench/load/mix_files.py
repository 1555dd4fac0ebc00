#!/usr/bin/env python3
"""Turns the query mix into the inputs of the load tools:

  mix_files.py MIX.jsonl OUT_DIR [--skip-class suggest]

  OUT_DIR/<class>.paths   request paths (/v1/search?... or /v1/suggest?...) of one class, for wrk (paths.lua)
  OUT_DIR/mixed.paths     every query, shuffled (seeded), for the mixed-throughput run
  OUT_DIR/queries.tsv     "<class>\\t<name>=<value>..." for index_timer (in-process; search only)
  OUT_DIR/<class>.tsv     the same, one class
"""
import argparse
import json
import os
import random
import urllib.parse


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mix")
    ap.add_argument("out")
    ap.add_argument("--skip-class", action="append", default=[])
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    by_class, everything, tsv, tsv_by_class = {}, [], [], {}
    with open(args.mix, encoding="utf-8") as f:
        for line in f:
            q = json.loads(line)
            if q["class"] in args.skip_class:
                continue
            endpoint = q.get("endpoint", "search")
            path = f"/v1/{endpoint}?" + urllib.parse.urlencode([tuple(p) for p in q["params"]], safe=",")
            by_class.setdefault(q["class"], []).append(path)
            everything.append(path)
            if endpoint == "search":  # index_timer times Searcher::search only
                tsv.append("\t".join([q["class"]] + [f"{k}={v}" for k, v in q["params"]]))
                tsv_by_class.setdefault(q["class"], []).append(tsv[-1])
    for cls, paths in by_class.items():
        with open(os.path.join(args.out, f"{cls}.paths"), "w") as f:
            f.write("\n".join(paths) + "\n")
    random.Random(3).shuffle(everything)
    with open(os.path.join(args.out, "mixed.paths"), "w") as f:
        f.write("\n".join(everything) + "\n")
    with open(os.path.join(args.out, "queries.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(tsv) + "\n")
    for cls, lines in tsv_by_class.items():
        with open(os.path.join(args.out, f"{cls}.tsv"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
    print(json.dumps({cls: len(p) for cls, p in by_class.items()}))


if __name__ == "__main__":
    main()
