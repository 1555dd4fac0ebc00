"""HTTP load on tarjotin: one closed-loop run of a paths file at a fixed
number of connections, with wrk (bench/load/paths.lua) when it is installed,
else a small Python client (keep-alive http.client, one thread per
connection; only for the smoke test: it cannot load a server the way wrk can).

Both return {"requests", "qps", "p50_ms", "p95_ms", "p99_ms", "max_ms", "mean_ms",
"non2xx", "errors", "client"}.
"""
import http.client
import json
import os
import shutil
import subprocess
import threading
import time

LUA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "paths.lua")


def run(url, paths_file, connections, seconds):
    if shutil.which("wrk"):
        return _wrk(url, paths_file, connections, seconds)
    return _python(url, paths_file, connections, seconds)


def _wrk(url, paths_file, connections, seconds):
    threads = 1 if connections < 2 else 2  # 2 cores: the server needs the rest
    out = subprocess.run(["wrk", f"-t{threads}", f"-c{connections}", f"-d{max(1, round(seconds))}s", "--timeout", "30s",
                          "-s", LUA, url, "--", os.path.abspath(paths_file)],
                         check=True, capture_output=True, text=True).stdout
    result = json.loads(out.strip().splitlines()[-1])
    result["client"] = "wrk"
    return result


def _python(url, paths_file, connections, seconds):
    host, port = url.split("//")[1].split(":")
    with open(paths_file) as f:
        paths = [line.strip() for line in f if line.strip()]
    latencies, counts = [], {"non2xx": 0, "errors": 0, "done": 0}
    lock = threading.Lock()
    stop_at = time.time() + seconds

    def client(k):
        conn = http.client.HTTPConnection(host, int(port), timeout=30)
        i, mine = (k * 7919) % len(paths), []
        while time.time() < stop_at:
            t0 = time.perf_counter()
            try:
                conn.request("GET", paths[i])
                resp = conn.getresponse()
                resp.read()
                with lock:
                    counts["non2xx"] += resp.status != 200
            except OSError:
                with lock:
                    counts["errors"] += 1
                conn.close()
                conn = http.client.HTTPConnection(host, int(port), timeout=30)
            mine.append((time.perf_counter() - t0) * 1000)
            i = (i + 1) % len(paths)
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=client, args=(k,)) for k in range(connections)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    ms = sorted(latencies) or [0.0]

    def p(x):
        return round(ms[min(len(ms) - 1, int(x * (len(ms) - 1) + 0.5))], 3)
    return {"requests": len(latencies), "qps": round(len(latencies) / seconds, 1), "p50_ms": p(0.5),
            "p95_ms": p(0.95), "p99_ms": p(0.99), "max_ms": round(ms[-1], 3),
            "mean_ms": round(sum(ms) / len(ms), 3), "non2xx": counts["non2xx"], "errors": counts["errors"],
            "client": "python"}
