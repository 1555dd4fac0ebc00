"""Starts and stops `tarjotin serve --no-sync` for a benchmark run and reads
its peak memory (VmHWM from /proc/<pid>/status). Core dumps are enabled and
written to the log's directory, so a crash under load leaves a core file to
read with gdb; crashed() / restart() let the run record it and go on.

The port must be free: cpp-httplib binds with SO_REUSEPORT, so a second
server on the same port would silently share the load; start() refuses.
"""
import json
import os
import resource
import signal
import socket
import subprocess
import time
import urllib.request


def port_in_use(port):
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


class Server:
    def __init__(self, binary, config, port, log_path):
        self.binary, self.config, self.port = binary, config, port
        self.log_path = log_path
        self.proc = None
        self.crashes = []   # exit statuses of servers that died under load

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def start(self, expect_listings=None):
        if port_in_use(self.port):
            raise RuntimeError(f"port {self.port} is already in use; stop that server first")
        log = open(self.log_path, "a")

        def allow_core():
            resource.setrlimit(resource.RLIMIT_CORE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
        self.proc = subprocess.Popen([self.binary, "--config", self.config, "serve", "--no-sync"],
                                     stdout=log, stderr=log, preexec_fn=allow_core,
                                     cwd=os.path.dirname(os.path.abspath(self.log_path)))
        for _ in range(300):
            time.sleep(0.1)
            if self.proc.poll() is not None:
                raise RuntimeError(f"tarjotin serve exited with {self.proc.returncode}; see {self.log_path}")
            try:
                with urllib.request.urlopen(self.url + "/health", timeout=2) as resp:
                    health = json.load(resp)
                if expect_listings is None or health.get("listings") == expect_listings:
                    return health
            except OSError:
                pass
        raise RuntimeError("tarjotin serve did not answer /health within 30 s")

    def crashed(self):
        """True (and recorded) when the server has died since start()."""
        if self.proc is None or self.proc.poll() is None:
            return False
        self.crashes.append(self.proc.returncode)
        self.proc = None
        return True

    def vm_hwm_kib(self):
        with open(f"/proc/{self.proc.pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
        return None

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None
