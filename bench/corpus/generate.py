#!/usr/bin/env python3
"""Generates a benchmark corpus: feed pages for tarjotin, a flat JSONL of the
same listings for the baselines, and a tarjotin config that reads the pages.

  generate.py --size 10k|100k|1M|N --seed 1 --out DIR [--port 18480] [--jobs 2] [--no-shared]

Words come from the repository's fixtures and ../shared/{seeds,fixtures} next to
the repository (--no-shared: the repository's fixtures only, as in CI).

Writes DIR/feeds/{linkedevents,lahella,tpr}/, DIR/listings.jsonl,
DIR/tarjotin.json (data_dir DIR/data) and DIR/corpus.json (counts, seed, anchor).
The same size and seed give byte-identical files.
"""
import argparse
import json
import multiprocessing
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from feeds import FeedWriter, feed_items  # noqa: E402
from flat import flat_line  # noqa: E402
from listings import ANCHOR, Corpus  # noqa: E402
from vocabulary import Vocabulary  # noqa: E402

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
CHUNK = 2000
_corpus = None
_keyword_number = None


def parse_size(text):
    text = text.strip()
    scale = {"k": 1_000, "K": 1_000, "m": 1_000_000, "M": 1_000_000}.get(text[-1], 1)
    return int(float(text[:-1] if scale > 1 else text) * scale)


SHARED = os.path.join(os.path.dirname(REPO), "shared")


def _init(size, seed, shared):
    global _corpus, _keyword_number
    _corpus = Corpus(Vocabulary(REPO, SHARED if shared else None), size, seed)
    _keyword_number = {kw[0]: n + 1 for n, kw in enumerate(_corpus.v.keywords)}


def _chunk(begin):
    feed, flat = [], []
    for i in range(begin, min(begin + CHUNK, _corpus.size)):
        item = _corpus.listing(i)
        feed.extend(feed_items(item, _keyword_number))
        flat.append(flat_line(item))
    return feed, flat


def write_config(out, port):
    sources = [
        {"name": "linkedevents", "type": "linkedevents", "url": "file://feeds/linkedevents", "interval_minutes": 10080},
        {"name": "lahella", "type": "lahella", "url": "file://feeds/lahella", "interval_minutes": 10080},
        {"name": "tpr", "type": "tpr", "url": "file://feeds/tpr", "interval_minutes": 10080},
    ]
    # Benchmarks and the load test drive the server from one address: no per-address rate limit.
    config = {"data_dir": "data", "listen": f"127.0.0.1:{port}", "sources": sources,
              "limits": {"requests_per_second": 0}}
    with open(os.path.join(out, "tarjotin.json"), "w") as f:
        json.dump(config, f, indent=2)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    ap.add_argument("--port", type=int, default=18480)
    ap.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
    ap.add_argument("--no-shared", action="store_true")
    args = ap.parse_args()
    size = parse_size(args.size)
    os.makedirs(args.out, exist_ok=True)
    began = time.time()
    shared = not args.no_shared and os.path.isdir(SHARED)
    _init(size, args.seed, shared)
    writer = FeedWriter(os.path.join(args.out, "feeds"))
    starts = range(0, size, CHUNK)
    with open(os.path.join(args.out, "listings.jsonl"), "w", encoding="utf-8") as flat_out:
        if args.jobs > 1:
            with multiprocessing.Pool(args.jobs, _init, (size, args.seed, shared)) as pool:
                results = pool.imap(_chunk, starts)
                for feed, flat in results:
                    for source, text in feed:
                        writer.add(source, text)
                    flat_out.write("\n".join(flat) + "\n")
        else:
            for begin in starts:
                feed, flat = _chunk(begin)
                for source, text in feed:
                    writer.add(source, text)
                flat_out.write("\n".join(flat) + "\n")
    writer.close(_corpus.v.keywords)
    write_config(args.out, args.port)
    summary = {"size": size, "seed": args.seed, "shared": shared, "anchor": ANCHOR.isoformat(),
               "listings": {"linkedevents": _corpus.n_events, "lahella": _corpus.n_lahella, "tpr": _corpus.n_tpr},
               "feed_items": writer.items, "pages": writer.pages, "seconds": round(time.time() - began, 1)}
    with open(os.path.join(args.out, "corpus.json"), "w") as f:
        json.dump(summary, f, indent=2)
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
