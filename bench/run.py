#!/usr/bin/env python3
"""Runs the benchmark for one corpus size and writes its results JSON (and,
through report/write_results.py, the Markdown table). Called by scripts/bench,
which installs packages and builds the binaries first.

  run.py --size 100k --work DIR --tarjotin BIN --index-timer BIN
         [--seconds 5] [--concurrency 1,4,16,64] [--no-baselines] [--smoke]
         [--reuse-ingest] [--skip-reindex] [--results-dir bench/results]

Steps: generate the corpus (reused when DIR/<size>/corpus.json matches) ->
tarjotin sync (timed, from the file:// feed pages) -> reindex (timed; unless
--skip-reindex; --reuse-ingest keeps an earlier run's store, index and figures) ->
in-process warm-up -> start tarjotin serve -> every query once (refused ones recorded) ->
SQLite and PostgreSQL loads (timed) -> agreement of totals and facets ->
load runs: for each concurrency and class, tarjotin (at 1 connection also
in process, index_timer), PostgreSQL and SQLite back to back (the machine is shared, so whatever else runs hits all three
alike; the 1-minute load average before each run is recorded) -> peak RSS.
"""
import argparse
import datetime
import json
import os
import platform
import resource
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
for sub in ("load", "baselines", "report", "corpus"):
    sys.path.insert(0, os.path.join(HERE, sub))

import http_load  # noqa: E402
from server import Server  # noqa: E402

PY = "/usr/bin/python3"  # Debian's python, which sees python3-psycopg2
MIX = os.path.join(HERE, "queries", "mix-v2.jsonl")


def log(*args):
    print(f"[{datetime.datetime.now():%H:%M:%S}]", *args, flush=True)


def sh(args, **kw):
    return subprocess.run(args, check=True, **kw)


def du(path):
    return int(subprocess.run(["du", "-sb", path], capture_output=True, text=True, check=True).stdout.split()[0])


def machine():
    mem = next(line for line in open("/proc/meminfo") if line.startswith("MemTotal")).split()[1]
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), "?")

    def version(cmd):
        try:
            return subprocess.run(cmd, capture_output=True, text=True).stdout.strip().splitlines()[0]
        except (OSError, IndexError):
            return "not installed"
    return {"cores": os.cpu_count(), "ram_gib": round(int(mem) / 2**20, 1), "cpu": cpu,
            "kernel": platform.release(), "xapian": version(["pkg-config", "--modversion", "xapian-core"]),
            "postgres": version(["/usr/lib/postgresql/15/bin/postgres", "--version"]),
            "sqlite": version(["sqlite3", "--version"]).split(" ")[0],
            "wrk": " ".join(version(["wrk", "-v"]).split()[:2])}


def generate(args, work):
    summary = os.path.join(work, "corpus.json")
    if os.path.exists(summary) and not args.regenerate:
        corpus = json.load(open(summary))
        if corpus["size"] == args.size_n and corpus["seed"] == args.seed and corpus.get("shared", True) != args.smoke:
            log("corpus exists, reused:", summary)
            return corpus
    shutil.rmtree(work, ignore_errors=True)
    log("generating corpus", args.size)
    sh([sys.executable, os.path.join(HERE, "corpus", "generate.py"), "--size", str(args.size_n), "--seed",
        str(args.seed), "--out", work, "--port", str(args.port)] + (["--no-shared"] if args.smoke else []),
       stdout=subprocess.DEVNULL)
    return json.load(open(summary))


def child_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def tarjotin_ingest(args, work, listings):
    """Sync (and, unless --skip-reindex, reindex) the corpus; the figures are kept
    in <work>/ingest.json so that --reuse-ingest can measure queries again on the same data."""
    config = os.path.join(work, "tarjotin.json")
    saved = os.path.join(work, "ingest.json")
    index = os.path.realpath(os.path.join(work, "data", "index", "current"))
    if args.reuse_ingest and os.path.exists(saved) and os.path.isdir(index):
        log("ingest reused from", saved)
        return dict(json.load(open(saved)), reused=True)
    shutil.rmtree(os.path.join(work, "data"), ignore_errors=True)
    log("tarjotin sync")
    began, cpu = time.time(), child_cpu()
    out = subprocess.run([args.tarjotin, "--config", config, "sync"], capture_output=True, text=True)
    sync_s, sync_cpu = time.time() - began, child_cpu() - cpu
    if out.returncode != 0:
        raise RuntimeError("tarjotin sync failed:\n" + out.stdout + out.stderr)
    result = {"sync_s": round(sync_s, 1), "docs_per_s": round(listings / sync_s), "sync_output": out.stdout.strip(),
              # CPU seconds (user + system) of the process: what the wall times mean on a shared machine.
              "sync_cpu_s": round(sync_cpu, 1), "ingested_at": datetime.datetime.now().isoformat(timespec="minutes")}
    if not args.skip_reindex:
        log("tarjotin reindex")
        began, cpu = time.time(), child_cpu()
        sh([args.tarjotin, "--config", config, "reindex"], stdout=subprocess.DEVNULL)
        reindex_s, reindex_cpu = time.time() - began, child_cpu() - cpu
        result.update({"reindex_s": round(reindex_s, 1), "reindex_docs_per_s": round(listings / reindex_s),
                       "reindex_cpu_s": round(reindex_cpu, 1)})
    index = os.path.realpath(os.path.join(work, "data", "index", "current"))
    result.update({"index_bytes": du(index), "store_bytes": du(os.path.join(work, "data", "tarjotin.sqlite"))})
    with open(saved, "w") as f:
        json.dump(result, f, indent=1, ensure_ascii=False)
    return result


def check_queries(url, mix_dir):
    """Every query once over HTTP (warms the caches too); the refused ones."""
    refused = []
    with open(os.path.join(mix_dir, "mixed.paths")) as f:
        for path in f:
            try:
                urllib.request.urlopen(url + path.strip(), timeout=300).read()
            except urllib.error.HTTPError as e:
                refused.append({"path": path.strip(), "status": e.code, "body": e.read().decode()[:300]})
    return refused


def suggest_status(url):
    try:
        urllib.request.urlopen(url + "/v1/suggest?q=kir", timeout=10).read()
        return "present"
    except urllib.error.HTTPError as e:
        return f"absent (GET /v1/suggest answers {e.code}): suggest class skipped"


def load1():
    return float(open("/proc/loadavg").read().split()[0])


class Driver:
    """A baseline's drive.py, kept running and told what to run over stdin."""

    def __init__(self, name, extra):
        self.name = name
        self.proc = subprocess.Popen([PY, os.path.join(HERE, "baselines", "drive.py"), "--backend", name, "--mix", MIX]
                                     + extra, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self._reply()  # ready after its warm-up pass

    def _reply(self):
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"{self.name} driver ended")
        return json.loads(line)

    def _say(self, text):
        self.proc.stdin.write(text + "\n")
        self.proc.stdin.flush()

    def level(self, c):
        self._say(f"level {c}")
        return self._reply()

    def run(self, cls, seconds):
        self._say(f"run {cls} {seconds}")
        return self._reply()

    def close(self):
        if self.proc.poll() is None:
            self._say("quit")
            self.proc.wait()


def load_baselines(work, result):
    """Loads SQLite and PostgreSQL (timed); returns the running cluster."""
    sys.path.insert(0, os.path.join(HERE, "baselines"))
    import pg_cluster
    listings = os.path.join(work, "listings.jsonl")
    code = "import sys, json; sys.path.insert(0, %r); import {m} as b; print(json.dumps(b.load(%r, %r)))"
    log("SQLite load")
    out = subprocess.run([PY, "-c", code.replace("{m}", "sqlite_backend") % (
        os.path.join(HERE, "baselines"), os.path.join(work, "sqlite.db"), listings)],
        capture_output=True, text=True, check=True)
    result["sqlite"] = {"load": json.loads(out.stdout), "drive": {}}
    cluster = pg_cluster.Cluster(os.path.join(work, "pg"), result["pg_port"])
    log("PostgreSQL load")
    cluster.start()
    out = subprocess.run([PY, "-c", code.replace("{m}", "pg_backend") % (
        os.path.join(HERE, "baselines"), cluster.dsn, listings)], capture_output=True, text=True, check=True)
    result["postgres"] = {"load": json.loads(out.stdout), "drive": {}}
    return cluster


def tarjotin_run(server, paths, c, seconds, result, what):
    """One wrk run; a server that died meanwhile is recorded and restarted
    (the run's numbers are kept with "server_crashed": true)."""
    try:
        stats = http_load.run(server.url, paths, c, seconds)
    except subprocess.CalledProcessError as e:  # wrk cannot connect at all
        stats = {"failed": str(e)}
    if server.crashed():
        stats["server_crashed"] = True
        result["tarjotin"].setdefault("crashes", []).append(
            {"during": what, "exit": server.crashes[-1], "time": datetime.datetime.now().isoformat(timespec="seconds")})
        log("tarjotin serve died during", what, "exit", server.crashes[-1], "- restarting")
        server.start(result["size"])
    return stats


def measure(args, mix_dir, classes, servers, drivers, result):
    """Every class at every concurrency; the systems back to back for each,
    so other load on the machine hits them alike."""
    t = result["tarjotin"]
    t["http"] = {}
    runs = [] if args.smoke else list(classes)
    for c in (int(x) for x in args.concurrency.split(",")):
        for d in drivers.values():
            d.level(c)
        for cls in runs + ["mixed"]:
            paths = os.path.join(mix_dir, f"{cls}.paths")
            tsv = os.path.join(mix_dir, f"{cls}.tsv")
            if c == 1 and not args.smoke and os.path.exists(tsv):  # in process, right before its HTTP run
                out = subprocess.run([args.index_timer, os.path.join(args.work, args.size, "data", "index"), tsv,
                                      str(args.seconds), "nowarm"], capture_output=True, text=True, check=True)
                t["inproc"].update(json.loads(out.stdout))
            before = load1()
            stats = tarjotin_run(servers["tarjotin"], paths, c, args.seconds, result, f"{cls}@{c}")
            stats["load1_before"] = before
            t["http"].setdefault(cls, {})[str(c)] = stats
            log("tarjotin", cls, c, json.dumps(stats))
            for name, d in drivers.items():
                before = load1()
                stats = d.run(cls, args.seconds)
                stats["load1_before"] = before
                result[name]["drive"].setdefault(cls, {})[str(c)] = stats
                log(name, cls, c, json.dumps(stats))


class Interrupted(Exception):
    pass


def on_sigterm(signum, frame):
    raise Interrupted(f"signal {signum}")


def main():
    signal.signal(signal.SIGTERM, on_sigterm)  # clean up (servers, cluster) and keep what was measured
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--work", required=True)
    ap.add_argument("--tarjotin", required=True)
    ap.add_argument("--index-timer", required=True)
    ap.add_argument("--port", type=int, default=18480)
    ap.add_argument("--pg-port", type=int, default=18490)
    ap.add_argument("--seconds", type=float, default=5)
    ap.add_argument("--concurrency", default="1,4,16,64")
    ap.add_argument("--no-baselines", action="store_true")
    ap.add_argument("--smoke", action="store_true")
    ap.add_argument("--regenerate", action="store_true")
    # Keep the synced store and index of an earlier run of this size (its figures from ingest.json).
    ap.add_argument("--reuse-ingest", action="store_true")
    # Time the sync only (a 1M reindex takes about as long as the indexing inside the sync).
    ap.add_argument("--skip-reindex", action="store_true")
    ap.add_argument("--results-dir", default=os.path.join(HERE, "results"))
    args = ap.parse_args()
    from generate import parse_size
    args.size_n = parse_size(args.size)
    work = os.path.join(args.work, args.size)
    os.makedirs(work, exist_ok=True)
    result = {"size": args.size_n, "label": args.size, "date": datetime.date.today().isoformat(),
              "mix": os.path.basename(MIX), "seconds_per_run": args.seconds, "concurrency": args.concurrency,
              "machine": machine(), "smoke": args.smoke}
    result["corpus"] = corpus = generate(args, work)
    # The server's config is the generator's current one even for a reused corpus
    # (an older corpus would otherwise keep, e.g., the per-address rate limit).
    from generate import write_config
    write_config(work, args.port)
    listings = corpus["size"]
    tarjotin = result["tarjotin"] = tarjotin_ingest(args, work, listings)
    log("ingest", json.dumps({k: v for k, v in tarjotin.items() if k != "sync_output"}))

    mix_dir = os.path.join(work, "mix")
    sh([sys.executable, os.path.join(HERE, "load", "mix_files.py"), MIX, mix_dir], stdout=subprocess.DEVNULL)
    classes = sorted(f[:-6] for f in os.listdir(mix_dir) if f.endswith(".paths") and f != "mixed.paths")
    log("in-process index timings (warm-up; each class is timed again right before its HTTP run)")
    out = subprocess.run([args.index_timer, os.path.join(work, "data", "index"), os.path.join(mix_dir, "queries.tsv"),
                          "0.2"], capture_output=True, text=True, check=True)
    tarjotin["inproc"] = json.loads(out.stdout)

    result["pg_port"] = args.pg_port
    servers, drivers, cluster = {}, {}, None
    try:
        servers["tarjotin"] = Server(args.tarjotin, os.path.join(work, "tarjotin.json"), args.port,
                                     os.path.join(work, "serve.log"))
        servers["tarjotin"].start(listings)
        tarjotin["rss_idle_kib"] = servers["tarjotin"].vm_hwm_kib()
        url = servers["tarjotin"].url
        tarjotin["suggest"] = suggest_status(url)
        tarjotin["refused"] = check_queries(url, mix_dir)
        if tarjotin["refused"] and not args.smoke:
            raise RuntimeError(f"tarjotin refused {len(tarjotin['refused'])} queries of the mix, e.g. "
                               f"{tarjotin['refused'][0]}: the measurements would not compare like with like")
        if not args.no_baselines:
            cluster = load_baselines(work, result)
            log("agreement check")
            agree_out = os.path.join(work, "agreement.json")
            sh([PY, os.path.join(HERE, "baselines", "agree.py"), "--mix", MIX, "--url", url, "--sqlite",
                os.path.join(work, "sqlite.db"), "--pg", cluster.dsn, "--sample", "20", "--out", agree_out],
               stdout=subprocess.DEVNULL)
            result["agreement"] = json.load(open(agree_out))
            log("warming the baselines")
            drivers["postgres"] = Driver("postgres", ["--dsn", cluster.dsn])
            drivers["sqlite"] = Driver("sqlite", ["--db", os.path.join(work, "sqlite.db")])
        try:
            measure(args, mix_dir, classes, servers, drivers, result)
        except (Interrupted, KeyboardInterrupt, RuntimeError, subprocess.CalledProcessError) as e:
            result["interrupted"] = f"{type(e).__name__}: {e} at {datetime.datetime.now():%H:%M:%S}"
            log("measurements interrupted:", result["interrupted"], "- writing what was measured")
        if servers["tarjotin"].proc:
            tarjotin["rss_peak_kib"] = servers["tarjotin"].vm_hwm_kib()
    finally:
        for d in drivers.values():
            d.close()
        for server in servers.values():
            server.stop()
        if cluster:
            cluster.remove()
    out_json = os.path.join(work, "results.json")
    with open(out_json, "w") as f:
        json.dump(result, f, indent=1, ensure_ascii=False)
    import write_results
    target_dir = work if args.smoke else args.results_dir
    md = write_results.write(result, target_dir)
    log("results:", out_json, md)
    if args.smoke:
        problems = write_results.smoke_problems(result)
        if problems:
            print("SMOKE FAILED:\n  " + "\n  ".join(problems), file=sys.stderr)
            sys.exit(1)
        log("smoke ok")


if __name__ == "__main__":
    main()
