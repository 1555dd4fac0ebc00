"""SQLite baseline: loads listings.jsonl into one file and answers a Request
the way tarjotin's search does (index/search_request.h), with plain SQL.

Schema: listings (one row per listing), lang / chan (one row per activity
language / channel), occ (one row per occurrence with its local weekday),
fts (FTS5, contentless, columns fi sv en, tokenizer "porter unicode61":
SQLite has no Finnish or Swedish stemmer, so inflected Finnish words match
only themselves) and geo (R*Tree of the points). Indexes: btree on kind,
free, municipality, the browse order, lang/chan (code, docid), occ(docid), occ(s).

Type-ahead (GET /v1/suggest): FTS5 table of the names in every language with
prefix indexes, '"word"* AND "word"*', ORDER BY name, LIMIT.

A search is two statements, as for PostgreSQL: the page (bm25 / distance /
browse order with LIMIT/OFFSET and count(*) OVER ()) and the facets (the
matching set as a MATERIALIZED CTE, GROUP BY per facet in a UNION ALL, a CTE
without its own filter for each facet whose filter is set).
"""
import json
import os
import sqlite3
import time

from request import EARTH_RADIUS_M, EXEMPT_CHANNELS, bounding_box, tidy

SCHEMA = """
CREATE TABLE listings (docid INTEGER PRIMARY KEY, id TEXT NOT NULL, kind TEXT NOT NULL, name TEXT, name_sort TEXT,
  municipality TEXT NOT NULL, free TEXT NOT NULL, exempt INTEGER NOT NULL, lat REAL, lon REAL,
  first_start INTEGER, dated INTEGER NOT NULL, languages TEXT, channels TEXT);
CREATE TABLE lang (docid INTEGER NOT NULL, code TEXT NOT NULL);
CREATE TABLE chan (docid INTEGER NOT NULL, code TEXT NOT NULL);
CREATE TABLE occ (docid INTEGER NOT NULL, s INTEGER NOT NULL, e INTEGER NOT NULL, wd INTEGER NOT NULL);
CREATE VIRTUAL TABLE fts USING fts5(fi, sv, en, content='', tokenize='porter unicode61 remove_diacritics 0');
CREATE VIRTUAL TABLE geo USING rtree(docid, min_lat, max_lat, min_lon, max_lon);
CREATE VIRTUAL TABLE names_fts USING fts5(names, content='', tokenize='unicode61 remove_diacritics 0', prefix='2 3 4 5');
"""
INDEXES = """
CREATE INDEX listings_kind ON listings (kind);
CREATE INDEX listings_free ON listings (free);
CREATE INDEX listings_municipality ON listings (municipality);
CREATE INDEX listings_exempt ON listings (exempt);
CREATE INDEX listings_browse ON listings (first_start IS NULL, first_start, name_sort, docid);
CREATE INDEX lang_code ON lang (code, docid);
CREATE INDEX chan_code ON chan (code, docid);
CREATE INDEX occ_docid ON occ (docid);
CREATE INDEX occ_s ON occ (s);
INSERT INTO fts(fts) VALUES ('optimize');
INSERT INTO names_fts(names_fts) VALUES ('optimize');
ANALYZE;
"""
# Great-circle distance in metres on Xapian's sphere (SQLite's math functions).
DISTANCE = (f"(2 * {EARTH_RADIUS_M} * asin(sqrt(pow(sin(radians(l.lat - :lat) / 2), 2) + "
            "cos(radians(:lat)) * cos(radians(l.lat)) * pow(sin(radians(l.lon - :lon) / 2), 2))))")


def connect(path):
    conn = sqlite3.connect(path, check_same_thread=False)
    conn.execute("PRAGMA cache_size = -262144")  # up to 256 MB of page cache per connection
    conn.execute("PRAGMA mmap_size = 4294967296")
    conn.execute("PRAGMA temp_store = MEMORY")
    return conn


def load(path, listings_path):
    """Creates the database file; returns {"load_s", "index_s", "size_bytes"}."""
    if os.path.exists(path):
        os.remove(path)
    conn = connect(path)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    began = time.time()
    conn.executescript(SCHEMA)
    with open(listings_path, encoding="utf-8") as f:
        for docid, line in enumerate(f, 1):
            rec = json.loads(line)
            name = rec["name"].get("fi") or next(iter(rec["name"].values()), "")
            occ = rec["occurrences"]
            conn.execute("INSERT INTO listings VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", (
                docid, rec["id"], rec["kind"], name, name.lower(), rec["municipality"], rec["free"],
                int(any(c in EXEMPT_CHANNELS for c in rec["channels"])), rec["lat"], rec["lon"],
                min((s for s, _ in occ), default=None), int(bool(occ)),
                ",".join(rec["languages"]), ",".join(rec["channels"])))
            conn.executemany("INSERT INTO lang VALUES (?,?)", [(docid, c) for c in rec["languages"]])
            conn.executemany("INSERT INTO chan VALUES (?,?)", [(docid, c) for c in rec["channels"]])
            conn.executemany("INSERT INTO occ VALUES (?,?,?,?)",
                             [(docid, s, e, wd) for (s, e), (wd, _) in zip(occ, rec["local"])])
            t = rec["text"]
            conn.execute("INSERT INTO fts(rowid, fi, sv, en) VALUES (?,?,?,?)", (docid, t.get("fi"), t.get("sv"), t.get("en")))
            conn.execute("INSERT INTO names_fts(rowid, names) VALUES (?,?)", (docid, " ".join(rec["name"].values())))
            if rec["lat"] is not None:
                conn.execute("INSERT INTO geo VALUES (?,?,?,?,?)", (docid, rec["lat"], rec["lat"], rec["lon"], rec["lon"]))
    conn.commit()
    loaded = time.time()
    conn.executescript(INDEXES)
    conn.commit()
    indexed = time.time()
    conn.close()
    return {"load_s": round(loaded - began, 1), "index_s": round(indexed - loaded, 1), "size_bytes": os.path.getsize(path)}


def fts_expression(q):
    """tarjotin's text semantics: all words in one language's text, any language."""
    words = " AND ".join('"' + w.replace('"', '""') + '"' for w in q.split())
    return " OR ".join(f"{col} : ({words})" for col in ("fi", "sv", "en"))


class Query:
    def __init__(self, r):
        self.r = r
        self.p = {}
        if r.q:
            self.p["match"] = fts_expression(r.q)
        if r.near:
            lat, lon, km = r.near
            s, w, n, e = bounding_box(lat, lon, km)
            self.p.update(lat=lat, lon=lon, metres=km * 1000, s=s, w=w, n=n, e=e)

    def _in(self, name, values):
        keys = []
        for i, v in enumerate(values):
            self.p[f"{name}{i}"] = v
            keys.append(f":{name}{i}")
        return "(" + ",".join(keys) + ")"

    def strict_location(self, skip_municipality=False, alias="l"):
        parts = []
        if self.r.municipalities and not skip_municipality:
            parts.append(f"{alias}.municipality IN " + self._in("mun", self.r.municipalities))
        if self.r.near:
            parts.append(f"{alias}.docid IN (SELECT docid FROM geo WHERE min_lat >= :s AND max_lat <= :n "
                         f"AND min_lon >= :w AND max_lon <= :e) AND {DISTANCE.replace('l.', alias + '.')} <= :metres")
        return " AND ".join(parts)

    def where(self, skip=None):
        r, parts = self.r, []
        if r.q:
            parts.append("l.docid IN (SELECT rowid FROM fts WHERE fts MATCH :match)")
        if r.kinds and skip != "kind":
            parts.append("l.kind IN " + self._in("kind", r.kinds))
        if r.languages and skip != "language":
            parts.append("l.docid IN (SELECT docid FROM lang WHERE code IN " + self._in("lang", r.languages) + ")")
        if r.free and skip != "free":
            parts.append("l.free = :free")
            self.p["free"] = r.free
        strict = self.strict_location(skip_municipality=skip == "municipality", alias="x")
        if strict:
            # (strict OR exempt) as a union, so the R*Tree / btree indexes serve each side
            parts.append(f"l.docid IN (SELECT x.docid FROM listings x WHERE {strict} "
                         f"UNION ALL SELECT docid FROM listings WHERE exempt)")
        weekdays = r.weekdays if skip != "weekday" else []
        if r.start is not None or r.end is not None or weekdays:
            occ = ["o.docid = l.docid"]
            if r.end is not None:
                occ.append("o.s <= :end")
                self.p["end"] = r.end
            if r.start is not None:
                occ.append("o.e >= :start")
                self.p["start"] = r.start
            if weekdays:
                occ.append("o.wd IN " + self._in("wd", weekdays))
            parts.append(f"(NOT l.dated OR EXISTS (SELECT 1 FROM occ o WHERE {' AND '.join(occ)}))")
        return " AND ".join(parts) or "1"

    def page_sql(self):
        r = self.r
        browse = "l.first_start IS NULL, l.first_start, l.name_sort, l.docid"
        source = "listings l"
        if r.sort == "distance" and r.near:
            order = f"l.lat IS NULL, {DISTANCE}, l.name_sort"
        elif r.q:
            source = "listings l JOIN (SELECT rowid, bm25(fts) AS score FROM fts WHERE fts MATCH :match) t ON t.rowid = l.docid"
            order = f"t.score, {browse}"  # bm25: lower is better
        else:
            order = browse
        self.p.update(limit=r.page_size, offset=(r.page - 1) * r.page_size)
        return (f"SELECT l.docid, l.id, l.name, l.municipality, l.lat, l.lon, count(*) OVER () FROM {source} "
                f"WHERE {self.where()} ORDER BY {order} LIMIT :limit OFFSET :offset")

    def facets_sql(self):
        r = self.r
        own = {"kind": bool(r.kinds), "language": bool(r.languages), "free": bool(r.free),
               "municipality": bool(r.municipalities), "weekday": bool(r.weekdays)}
        ctes, parts = {"m": self.where()}, []
        for facet in r.facets:
            src = "m"
            if own.get(facet):
                src = f"m_{facet}"
                ctes[src] = self.where(skip=facet)
            if facet in ("kind", "free"):
                parts.append(f"SELECT '{facet}', {facet}, count(*) FROM {src} GROUP BY 2")
            elif facet == "language":
                parts.append(f"SELECT 'language', x.code, count(*) FROM {src} JOIN lang x USING (docid) GROUP BY 2")
            elif facet == "channel":
                strict = self.strict_location()
                inside = f" WHERE ({strict}) OR x.code IN ('online', 'phone')" if strict else ""
                parts.append(f"SELECT 'channel', x.code, count(*) FROM {src} l JOIN chan x USING (docid){inside} GROUP BY 2")
            elif facet == "municipality":
                parts.append(f"SELECT 'municipality', municipality, sum(NOT exempt) + "
                             f"(SELECT count(*) FROM {src} WHERE exempt) FROM {src} WHERE municipality <> '' GROUP BY 2")
            elif facet == "weekday":
                occ = ["o.docid = d.docid"]
                if r.end is not None:
                    occ.append("o.s <= :end")
                if r.start is not None:
                    occ.append("o.e >= :start")
                parts.append(f"SELECT 'weekday', w, count(*) FROM (SELECT DISTINCT o.docid, o.wd AS w FROM {src} d "
                             f"JOIN occ o ON {' AND '.join(occ)}) GROUP BY 2 UNION ALL SELECT 'weekday', column1, "
                             f"(SELECT count(*) FROM {src} WHERE NOT dated) FROM (VALUES (1),(2),(3),(4),(5),(6),(7))")
        columns = "l.docid, l.kind, l.free, l.municipality, l.exempt, l.dated, l.lat, l.lon"
        with_sql = ", ".join(f"{name} AS MATERIALIZED (SELECT {columns} FROM listings l WHERE {where})"
                             for name, where in ctes.items())
        return f"WITH {with_sql} " + " UNION ALL ".join(parts)


def suggest(conn, r):
    """Type-ahead: listings whose names (any language) have a word starting with each typed word."""
    words = [w for w in r.q.lower().split() if w]
    match = " AND ".join('"' + w.replace('"', '""') + '"*' for w in words)
    rows = conn.execute("SELECT l.id FROM listings l WHERE l.docid IN (SELECT rowid FROM names_fts WHERE names_fts MATCH ?) "
                        "ORDER BY l.name_sort, l.docid LIMIT ?", (match, r.page_size)).fetchall()
    return len(rows), [row[0] for row in rows], {}


def search(conn, r):
    if r.suggest:
        return suggest(conn, r)
    q = Query(r)
    rows = conn.execute(q.page_sql(), q.p).fetchall()
    total = rows[0][6] if rows else None
    facets = {}
    if r.facets:
        for facet, value, count in conn.execute(q.facets_sql(), q.p).fetchall():
            facets.setdefault(facet, {})
            facets[facet][value] = facets[facet].get(value, 0) + count
    if total is None:
        total = conn.execute(f"SELECT count(*) FROM listings l WHERE {q.where()}", q.p).fetchone()[0]
    return total, [row[1] for row in rows], tidy(facets)
