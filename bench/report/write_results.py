"""Writes one run's results JSON (bench/run.py) as Markdown:
<results-dir>/<date>-<label>.md, one section per question the benchmark asks.
Ratios compare systems measured in the same run; targets are reported with
the measured value and the factor by which they are met or missed.

  python3 write_results.py RESULTS.json [OUT_DIR]
"""
import json
import os
import sys

CLASSES = ["text_common", "text_rare", "text_two", "text_inflected", "text_filters", "browse_facets",
           "geo_distance", "date_weekday", "deep_page", "suggest", "mixed"]


def ms(v):
    if v is None:
        return "–"
    return f"{v:.1f}" if v >= 10 else f"{v:.2f}"


def qps(stats):
    v = get(stats, "qps")
    return f"{v:,.0f}" if v is not None else "–"


def ratio(a, b):
    return f"{a / b:.1f}x" if a and b else "–"


def mb(n):
    return f"{n / 2**20:,.0f} MiB" if n is not None else "–"


def get(d, *keys):
    for k in keys:
        if not isinstance(d, dict) or k not in d:
            return None
        d = d[k]
    return d


def throughput_level(r):
    levels = r["concurrency"].split(",")
    return "16" if "16" in levels else levels[-1]


def main_table(r):
    t = r["tarjotin"]
    q = throughput_level(r)
    rows = [f"| class | tarjotin p50 | p99 | q/s@{q} | PostgreSQL p50 | p99 | q/s@{q} | SQLite p50 | p99 | q/s@{q} "
            f"| PG ÷ tarjotin (p50) | SQLite ÷ tarjotin (p50) |", "|---" + "|---:" * 11 + "|"]
    for cls in CLASSES:
        tp = get(t, "http", cls, "1")
        if tp is None:
            continue
        pg1, pgq = get(r, "postgres", "drive", cls, "1"), get(r, "postgres", "drive", cls, q)
        sq1, sqq = get(r, "sqlite", "drive", cls, "1"), get(r, "sqlite", "drive", cls, q)
        tq = get(t, "http", cls, q)
        rows.append("| " + " | ".join([
            cls, ms(tp.get("p50_ms")), ms(tp.get("p99_ms")), qps(tq),
            ms(get(pg1, "p50_ms")), ms(get(pg1, "p99_ms")), qps(pgq),
            ms(get(sq1, "p50_ms")), ms(get(sq1, "p99_ms")), qps(sqq),
            ratio(get(pg1, "p50_ms"), tp.get("p50_ms")), ratio(get(sq1, "p50_ms"), tp.get("p50_ms"))]) + " |")
    return "\n".join(rows)


def concurrency_table(name, data, levels):
    rows = [f"| {name}: class | " + " | ".join(f"q/s@{c} | p50@{c} | p99@{c}" for c in levels) + " |",
            "|---" + "|---:" * (3 * len(levels)) + "|"]
    for cls in CLASSES:
        if cls not in data:
            continue
        cells = []
        for c in levels:
            s = data[cls].get(c)
            cells += [qps(s), ms(get(s, "p50_ms")), ms(get(s, "p99_ms")) + (" (crash)" if get(s, "server_crashed") else "")]
        rows.append(f"| {cls} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def overhead_table(t):
    rows = ["| class | in-process p50 | HTTP p50 (c=1) | HTTP ÷ in-process | in-process p99 | HTTP p99 |",
            "|---|---:|---:|---:|---:|---:|"]
    for cls in CLASSES:
        i, h = get(t, "inproc", cls), get(t, "http", cls, "1")
        if not i or not h:
            continue
        rows.append(f"| {cls} | {ms(i['p50_ms'])} | {ms(h.get('p50_ms'))} | {ratio(h.get('p50_ms'), i['p50_ms'])} | "
                    f"{ms(i['p99_ms'])} | {ms(h.get('p99_ms'))} |")
    return "\n".join(rows)


def agreement_table(r):
    a = get(r, "agreement", "summary")
    if not a:
        return "Not run."
    rows = ["| class | queries | PG total = tarjotin | PG facets = tarjotin | SQLite total = tarjotin | SQLite facets = tarjotin |",
            "|---|---:|---:|---:|---:|---:|"]
    for cls in CLASSES:
        s = a.get(cls)
        if s:
            rows.append(f"| {cls} | {s['queries']} | {s.get('postgres_total_equal', 0)} | {s.get('postgres_facets_equal', 0)} "
                        f"| {s.get('sqlite_total_equal', 0)} | {s.get('sqlite_facets_equal', 0)} |")
    return "\n".join(rows)


def examples(r, system, n=6):
    out = []
    for q in get(r, "agreement", "queries") or []:
        if q.get(system) is not None and q[system] != q["tarjotin"] and len(out) < n:
            params = "&".join(f"{k}={v}" for k, v in q["params"] if k not in ("facets", "page_size"))
            out.append(f"`{params}`: tarjotin {q['tarjotin']}, {system} {q[system]}")
    return "; ".join(out) or "none"


def targets(r):
    t, size = r["tarjotin"], r["size"]
    at = "" if size >= 1_000_000 else f" (target is defined at 1M; this run has {r['label']})"
    rows = ["| target | measured in this run | verdict |", "|---|---|---|"]
    per_class = [c for c in CLASSES if c != "mixed" and get(t, "http", c, "1", "p50_ms")]
    for system, factor in (("postgres", 5), ("sqlite", 3)):
        ratios = {c: get(r, system, "drive", c, "1", "p50_ms") / get(t, "http", c, "1", "p50_ms")
                  for c in per_class if get(r, system, "drive", c, "1", "p50_ms")}
        if ratios:
            worst = min(ratios, key=ratios.get)
            met = sum(v >= factor for v in ratios.values())
            rows.append(f"| median ≥{factor}x lower than {system} per class{at} | {met}/{len(ratios)} classes; "
                        f"lowest {ratios[worst]:.1f}x ({worst}) | {'met' if met == len(ratios) else 'missed'} |")
    p99 = {c: get(t, "http", c, "1", "p99_ms") for c in per_class}
    if p99:
        worst = max(p99, key=p99.get)
        over = [c for c, v in p99.items() if v >= 50]
        rows.append(f"| p99 < 50 ms per class (c=1){at} | worst {ms(p99[worst])} ms ({worst}); "
                    f"{len(over)} classes at or over 50 ms | {'met' if not over else f'missed by {p99[worst] / 50:.1f}x'} |")
    mixed16 = get(t, "http", "mixed", "16", "qps")
    if mixed16 is not None:
        note = "" if size == 100_000 else f" (target is defined at 100k; this run has {r['label']})"
        rows.append(f"| ≥1,000 q/s at 16 connections, mixed{note} | {mixed16:,.0f} q/s | "
                    f"{'met' if mixed16 >= 1000 else f'missed by {1000 / max(mixed16, 0.1):.1f}x'} |")
    reindex = t.get("reindex_s")
    if reindex is None:
        rows.append(f"| reindex 1M < 3 min{at} | not run in this run (--skip-reindex) | see the sync's CPU time |")
    else:
        projected = "" if size >= 1_000_000 else f"; linear projection to 1M: {reindex * 1_000_000 / size / 60:.1f} min"
        rows.append(f"| reindex 1M < 3 min{at} | {reindex:.1f} s for {r['label']}{projected} | "
                    f"{'met' if reindex < 180 and size >= 1_000_000 else ('missed' if size >= 1_000_000 else 'see projection')} |")
    rss = t.get("rss_peak_kib")  # None when the run was interrupted
    if rss:
        rows.append(f"| serve RSS < 1 GiB{at} | peak {rss / 1024:,.0f} MiB (VmHWM after every load run) | "
                    f"{'met' if rss < 2**20 else 'missed'} |")
    over = {c: get(t, "http", c, "1", "p50_ms") / get(t, "inproc", c, "p50_ms")
            for c in per_class if get(t, "inproc", c, "p50_ms")}
    if over:
        worst = max(over, key=over.get)
        rows.append(f"| API overhead ≤ 1.3x over the raw index (p50, c=1) | worst {over[worst]:.2f}x "
                    f"({worst}) | {'met' if over[worst] <= 1.3 else 'missed'} |")
    return "\n".join(rows)


def crash_lines(t):
    crashes = t.get("crashes") or []
    if not crashes:
        return "No crash of tarjotin serve during the load runs.\n"
    where = ", ".join(f"{c['during']} (exit {c['exit']}, {c['time']})" for c in crashes)
    return (f"**tarjotin serve crashed {len(crashes)} time(s) under load**: {where}. The run restarted it and went on; "
            f"the peak RSS above is of the last server process. Core files: build-bench/work/<size>/core*.\n")


def cpu_note(t, size):
    """The CPU time beside the wall time: on a shared machine the wall time also counts waiting for a core."""
    if not t.get("reindex_cpu_s"):
        return ""
    return (f"; CPU {t['reindex_cpu_s']} s = {round(size / t['reindex_cpu_s']):,} docs per CPU-second "
            f"(sync: CPU {t['sync_cpu_s']} s)")


def reindex_cell(t, size):
    if t.get("reindex_s") is None:
        return f"not run (--skip-reindex; sync CPU {t['sync_cpu_s']} s)"
    return f"{t['reindex_s']} s ({t['reindex_docs_per_s']:,} docs/s){cpu_note(t, size)}"


def failed_requests(r):
    """Load runs in which some request failed or was answered other than 200: their latencies do not count."""
    rows = []
    for system, runs in (("tarjotin", get(r, "tarjotin", "http") or {}), ("postgres", get(r, "postgres", "drive") or {}),
                         ("sqlite", get(r, "sqlite", "drive") or {})):
        for cls, levels in runs.items():
            for c, s in levels.items():
                if s.get("non2xx") or s.get("errors"):
                    rows.append(f"{system} {cls} at {c}: {s.get('non2xx', 0)} non-200, {s.get('errors', 0)} errors "
                                f"of {s['requests']}")
    return rows


def render(r):
    t, m, c = r["tarjotin"], r["machine"], r["corpus"]
    levels = r["concurrency"].split(",")
    pg_load, sq_load = get(r, "postgres", "load"), get(r, "sqlite", "load")
    lines = [
        f"# Benchmark {r['date']}: {r['label']} listings (query mix {r['mix']})", "",
        f"Machine: {m['cores']} cores ({m['cpu']}), {m['ram_gib']} GiB RAM, Linux {m['kernel']}; Xapian {m['xapian']}, "
        f"{m['postgres']}, SQLite {m['sqlite']}, {m['wrk']}. Clients run on the same machine as the servers (loopback), "
        f"so every figure includes the client's share of the {m['cores']} cores. One run; each load run lasts "
        f"{r['seconds_per_run']} s. Latencies in ms. Ratios compare systems measured in this run.", "",
        "tarjotin is measured over HTTP (wrk, keep-alive) on `tarjotin serve` as built (it sets TCP_NODELAY). "
        "The baselines are measured "
        "with a Python client per connection process (psycopg2 / sqlite3), query = page + facet statements.", "",
        "## Corpus", "",
        f"{c['size']:,} listings: {c['listings']['linkedevents']:,} Linked Events events "
        f"({c['feed_items']['linkedevents']:,} feed items incl. sub-events of weekly courses, "
        f"{c['pages']['linkedevents']:,} pages), {c['listings']['lahella']:,} Lähellä activities "
        f"({c['pages']['lahella']:,} pages), {c['listings']['tpr']:,} TPR units; seed {c['seed']}, dates from "
        f"{c['anchor']} over one year; generated in {c['seconds']} s.", "",
        "## Indexing and size", "",
        "| system | ingest | docs/s | index build | rebuild (reindex) | on disk |", "|---|---:|---:|---:|---:|---:|",
        f"| tarjotin (sync from file:// feed pages: parse, store in SQLite, index) | {t['sync_s']} s | {t['docs_per_s']:,} | "
        f"(in sync) | {reindex_cell(t, c['size'])} | index {mb(t['index_bytes'])}, store {mb(t['store_bytes'])} |",
    ]
    if pg_load:
        lines.append(f"| PostgreSQL (COPY from JSONL, tsvector generated) | {pg_load['load_s']} s | "
                     f"{c['size'] / max(pg_load['load_s'], 0.1):,.0f} | {pg_load['index_s']} s | – | {mb(pg_load['size_bytes'])} |")
    if sq_load:
        lines.append(f"| SQLite FTS5 + R*Tree (inserts from JSONL) | {sq_load['load_s']} s | "
                     f"{c['size'] / max(sq_load['load_s'], 0.1):,.0f} | {sq_load['index_s']} s | – | {mb(sq_load['size_bytes'])} |")
    loads = [s.get("load1_before") for sys_ in (t.get("http", {}), get(r, "postgres", "drive") or {},
                                                 get(r, "sqlite", "drive") or {})
             for levels_ in sys_.values() for s in levels_.values() if s.get("load1_before") is not None]
    if loads:
        lines += ["", f"Other load on the machine: the 1-minute load average before the load runs was "
                      f"{min(loads):.1f}–{max(loads):.1f} (mean {sum(loads) / len(loads):.1f}) on {m['cores']} cores; "
                      f"the systems ran back to back for each class and concurrency, so it hit them alike."]
    if t.get("reused"):
        lines += ["", f"The sync{'' if t.get('reindex_s') is None else ' and reindex'} figures are from the ingest of "
                      f"{t.get('ingested_at', 'an earlier run')} (same corpus; `--reuse-ingest` measured the queries "
                      f"again on its store and index)."]
    failed = failed_requests(r)
    if failed:
        lines += ["", "**Failed requests** (these runs' latencies are not comparable): " + "; ".join(failed) + "."]
    if r.get("interrupted"):
        lines += ["", f"**This run was interrupted** ({r['interrupted']}): the tables hold what was measured before."]
    lines += ["", "## Latency (1 connection) and throughput per query class", "", main_table(r), "",
              "## Concurrency", "", concurrency_table("tarjotin (HTTP)", t["http"], levels), ""]
    for system in ("postgres", "sqlite"):
        if get(r, system, "drive"):
            lines += [concurrency_table(system, r[system]["drive"], levels), ""]
    lines += ["## API overhead (HTTP vs Searcher::search in process, 1 thread)", "", overhead_table(t), "",
              "## Memory", "",
              f"tarjotin serve VmHWM: {mb(t['rss_idle_kib'] * 1024)} after start, {mb((t.get('rss_peak_kib') or 0) * 1024)} "
              f"after all load runs (index on disk {mb(t['index_bytes'])}; the OS page cache holding it is not counted).", "",
              crash_lines(t),
              "## Agreement of results", "", agreement_table(r), "",
              f"Examples where PostgreSQL differs: {examples(r, 'postgres')}.", "",
              f"Examples where SQLite differs: {examples(r, 'sqlite')}.", "",
              f"Refused queries: {len(t.get('refused', []))}. Suggest: {t.get('suggest', '?')}.", "",
              "## Targets", "", targets(r), ""]
    return "\n".join(lines)


def write(result, out_dir):
    os.makedirs(out_dir, exist_ok=True)
    path = os.path.join(out_dir, f"{result['date']}-{result['label']}.md")
    with open(path, "w", encoding="utf-8") as f:
        f.write(render(result))
    return path


def smoke_problems(r):
    t, problems = r["tarjotin"], []
    if t["docs_per_s"] <= 0:
        problems.append("sync indexed nothing")
    if t.get("refused"):
        problems.append(f"{len(t['refused'])} queries refused, e.g. {t['refused'][0]}")
    for cls, s in t["inproc"].items():
        if s["n"] == 0:
            problems.append(f"in-process class {cls} ran no query")
    if sum(s["total_sum"] for s in t["inproc"].values()) == 0:
        problems.append("every query matched nothing")
    for c, s in t["http"]["mixed"].items():
        if s["requests"] == 0 or s["non2xx"] or s["errors"]:
            problems.append(f"HTTP mixed at {c} connections: {s}")
    return problems


if __name__ == "__main__":
    data = json.load(open(sys.argv[1]))
    print(write(data, sys.argv[2] if len(sys.argv) > 2 else os.path.dirname(sys.argv[1])))
