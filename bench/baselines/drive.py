#!/usr/bin/env python3
"""Load driver for the baselines: the query mix at fixed concurrency, one
connection per client process, closed loop (each client sends its next query
when the previous one is answered), like wrk does for tarjotin.

  drive.py --backend sqlite --db FILE | --backend postgres --dsn DSN --mix MIX.jsonl

Driven through stdin so the orchestrator can interleave it with the other
systems: after a warm-up pass it prints {"ready": true}; then
"level C" starts C client processes (each warms its connection with two
queries), "run CLASS SECONDS" prints one JSON line of stats, "quit" ends.

A "query" is the whole search: the page statement and the facets statement
(see pg_backend.py / sqlite_backend.py), rows fetched into Python. Latency is
measured around that in the client process. Before measuring, every class
runs once through its queries (warm-up). Stats: {"n", "qps", "p50_ms", "p95_ms", "p99_ms", "max_ms", "mean_ms", "errors"};
CLASS "mixed" is every class, shuffled.
"""
import argparse
import json
import os
import random
import sys
import multiprocessing
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import request as rq  # noqa: E402


def percentiles(ms):
    ms = sorted(ms)
    if not ms:
        return {}

    def p(x):
        return round(ms[min(len(ms) - 1, int(x * (len(ms) - 1) + 0.5))], 3)
    return {"p50_ms": p(0.5), "p95_ms": p(0.95), "p99_ms": p(0.99), "max_ms": round(ms[-1], 3),
            "mean_ms": round(sum(ms) / len(ms), 3)}


def backend(args):
    """(connect(), search(handle, request)) for the chosen baseline."""
    if args.backend == "sqlite":
        import sqlite_backend
        return (lambda: sqlite_backend.connect(args.db)), sqlite_backend.search
    import psycopg2
    import pg_backend

    def connect():
        conn = psycopg2.connect(args.dsn)
        conn.autocommit = True
        return conn.cursor()
    return connect, pg_backend.search


def _client(connect, search, classes, k, pipe):
    """One client process: its own connection for every class of one
    concurrency level; closed loop from start_at to stop_at on each command."""
    handle = connect()
    mixed = classes["mixed"]
    for j in range(2):  # warm this connection's caches
        search(handle, mixed[(k + j) % len(mixed)])
    pipe.send("ready")
    while True:
        command = pipe.recv()
        if command is None:
            return
        cls, start_at, stop_at = command
        requests = classes[cls]
        i = (k * 7919) % len(requests)
        latencies, errors, in_window = [], 0, 0
        while time.time() < start_at:
            time.sleep(0.001)
        while time.time() < stop_at:
            t0 = time.perf_counter()
            try:
                search(handle, requests[i])
            except Exception as e:  # a failed query counts as an error, not a latency
                errors += 1
                print(f"error: {e}", file=sys.stderr)
            latencies.append((time.perf_counter() - t0) * 1000)
            in_window += time.time() <= stop_at
            i = (i + 1) % len(requests)
        pipe.send((latencies, errors, in_window))


class Clients:
    """`concurrency` client processes, each with its own connection (no GIL
    between clients, like wrk's connections), kept for several runs."""

    def __init__(self, connect, search, classes, concurrency):
        ctx = multiprocessing.get_context("fork")
        self.pipes, self.procs = [], []
        for k in range(concurrency):
            parent, child = ctx.Pipe()
            self.procs.append(ctx.Process(target=_client, args=(connect, search, classes, k, child), daemon=True))
            self.pipes.append(parent)
            self.procs[-1].start()
        for pipe in self.pipes:
            pipe.recv()

    def run(self, cls, seconds):
        start_at = time.time() + 0.2
        for pipe in self.pipes:
            pipe.send((cls, start_at, start_at + seconds))
        results = [pipe.recv() for pipe in self.pipes]
        ms = [x for lat, _, _ in results for x in lat]
        done = sum(n for _, _, n in results)  # answered within the window, as wrk counts
        return {"n": len(ms), "qps": round(done / seconds, 1), "errors": sum(e for _, e, _ in results),
                **percentiles(ms)}

    def close(self):
        for pipe in self.pipes:
            pipe.send(None)
        for p in self.procs:
            p.join()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--backend", choices=("sqlite", "postgres"), required=True)
    ap.add_argument("--db")
    ap.add_argument("--dsn")
    ap.add_argument("--mix", required=True)
    ap.add_argument("--warmup-seconds", type=float, default=120,
                    help="the warm-up pass stops after this long (the mix is shuffled, so every class is warmed)")
    args = ap.parse_args()
    connect, search = backend(args)
    classes = {}
    with open(args.mix, encoding="utf-8") as f:
        for line in f:
            q = json.loads(line)
            classes.setdefault(q["class"], []).append(rq.parse(q["params"], q.get("endpoint", "search")))
    mixed = [r for rs in classes.values() for r in rs]
    random.Random(3).shuffle(mixed)
    classes["mixed"] = mixed
    warm = connect()
    began, warmed = time.time(), 0
    for r in mixed:  # one pass over everything: the server's and the OS's caches
        if time.time() - began > args.warmup_seconds:
            break  # at 1M a pass over every slow query would take most of an hour
        search(warm, r)
        warmed += 1
    (getattr(warm, "connection", None) or warm).close()
    print(json.dumps({"ready": True, "warmed": warmed, "of": len(mixed)}), flush=True)
    clients = None
    for line in sys.stdin:
        words = line.split()
        if not words or words[0] == "quit":
            break
        if words[0] == "level":
            if clients:
                clients.close()
            clients = Clients(connect, search, classes, int(words[1]))
            print(json.dumps({"level": int(words[1])}), flush=True)
        elif words[0] == "run":
            print(json.dumps(clients.run(words[1], float(words[2]))), flush=True)
    if clients:
        clients.close()


if __name__ == "__main__":
    main()
