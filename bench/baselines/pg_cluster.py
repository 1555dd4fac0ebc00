"""A throwaway PostgreSQL 15 cluster for the benchmark: initdb in a directory,
start on 127.0.0.1:PORT, stop and delete. Runs the server as the `postgres`
system user when we are root (initdb refuses root).

Settings (written to postgresql.conf): shared_buffers 2GB, work_mem 64MB,
maintenance_work_mem 1GB, jit off (JIT compiling costs more than it saves on
queries of a few ms), fsync/synchronous_commit off (load speed only; reads are
unaffected), max_connections 120. Everything else is the default, including
2 parallel workers per gather.
"""
import os
import shutil
import subprocess
import time

BIN = "/usr/lib/postgresql/15/bin"
SETTINGS = {
    "listen_addresses": "'127.0.0.1'", "max_connections": "120", "shared_buffers": "2GB",
    "work_mem": "64MB", "maintenance_work_mem": "1GB", "jit": "off", "fsync": "off",
    "synchronous_commit": "off", "full_page_writes": "off", "max_wal_size": "8GB",
    "logging_collector": "off", "unix_socket_directories": "''",
}


def _as_postgres(args, **kw):
    if os.geteuid() == 0:
        args = ["runuser", "-u", "postgres", "--"] + args
    return subprocess.run(args, check=True, **kw)


class Cluster:
    def __init__(self, directory, port):
        self.dir = os.path.abspath(directory)
        self.port = port
        self.dsn = f"host=127.0.0.1 port={port} dbname=bench user=postgres"

    def start(self):
        if os.path.exists(self.dir):
            shutil.rmtree(self.dir)
        os.makedirs(self.dir)
        if os.geteuid() == 0:
            shutil.chown(self.dir, "postgres", "postgres")
        _as_postgres([f"{BIN}/initdb", "-D", self.dir, "-U", "postgres", "--auth=trust", "-E", "UTF8",
                      "--locale=C.UTF-8"], stdout=subprocess.DEVNULL)
        with open(os.path.join(self.dir, "postgresql.conf"), "a") as conf:
            conf.write("\n# tarjotin bench\n" + "".join(f"{k} = {v}\n" for k, v in SETTINGS.items())
                       + f"port = {self.port}\n")
        _as_postgres([f"{BIN}/pg_ctl", "-D", self.dir, "-l", os.path.join(self.dir, "server.log"), "-w", "start"],
                     stdout=subprocess.DEVNULL)
        _as_postgres([f"{BIN}/createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "bench"])
        time.sleep(0.2)

    def pid(self):
        with open(os.path.join(self.dir, "postmaster.pid")) as f:
            return int(f.readline())

    def stop(self):
        if os.path.exists(os.path.join(self.dir, "postmaster.pid")):
            _as_postgres([f"{BIN}/pg_ctl", "-D", self.dir, "-m", "fast", "-w", "stop"], stdout=subprocess.DEVNULL)

    def remove(self):
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)
