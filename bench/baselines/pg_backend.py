"""PostgreSQL baseline: loads listings.jsonl and answers a Request the way
tarjotin's search does (index/search_request.h), with plain SQL.

Schema: listings (one row per listing; languages/channels as text[]; one
tsvector per text language with the finnish / swedish / english configs;
a PostGIS geography point) and occ (one row per occurrence with its local
weekday). Indexes: GIN on the three tsvectors and the two arrays, btree on
kind, free, municipality and the browse order, GiST on the point, btree on
occ(docid) and occ(s).

Type-ahead (GET /v1/suggest): a 'simple' tsvector of the names in every
language with GIN, prefix tsquery (word:* & word:*), ORDER BY name, LIMIT.

Location filters keep online/phone listings: (strict OR exempt), which
PostgreSQL serves with a BitmapOr of the GiST / btree index and the partial
index on exempt.

A search is two statements: the page (ORDER BY ts_rank / distance / browse
order, LIMIT/OFFSET, count(*) OVER () for the total) and the facets (one
statement: the matching set as a MATERIALIZED CTE, GROUP BY per facet in a
UNION ALL; a facet whose own filter is set gets a CTE of its own without
that filter, so counts are disjunctive like tarjotin's).
"""
import csv
import io
import re
import json
import time

import psycopg2

from request import EARTH_RADIUS_M, EXEMPT_CHANNELS, tidy

POSTGIS_SPHERE_M = 6371008.8  # ST_DWithin(..., use_spheroid => false) radius
CONFIGS = (("fi", "finnish"), ("sv", "swedish"), ("en", "english"))
SCHEMA = """
CREATE EXTENSION IF NOT EXISTS postgis;
DROP TABLE IF EXISTS listings, occ;
CREATE TABLE listings (
  docid int PRIMARY KEY, id text NOT NULL, kind text NOT NULL, name text, name_sort text,
  municipality text NOT NULL, free text NOT NULL, languages text[] NOT NULL, channels text[] NOT NULL,
  exempt boolean NOT NULL, lat double precision, lon double precision, first_start bigint, dated boolean NOT NULL,
  text_fi text, text_sv text, text_en text, names text,
  names_tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(names, ''))) STORED,
  geog geography(Point, 4326) GENERATED ALWAYS AS (
    CASE WHEN lat IS NULL THEN NULL ELSE ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography END) STORED,
  tsv_fi tsvector GENERATED ALWAYS AS (to_tsvector('finnish', coalesce(text_fi, ''))) STORED,
  tsv_sv tsvector GENERATED ALWAYS AS (to_tsvector('swedish', coalesce(text_sv, ''))) STORED,
  tsv_en tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(text_en, ''))) STORED
);
CREATE TABLE occ (docid int NOT NULL, s bigint NOT NULL, e bigint NOT NULL, wd smallint NOT NULL);
"""
INDEXES = """
CREATE INDEX ON listings USING gin (tsv_fi);
CREATE INDEX ON listings USING gin (tsv_sv);
CREATE INDEX ON listings USING gin (tsv_en);
CREATE INDEX ON listings USING gin (languages);
CREATE INDEX ON listings USING gin (channels);
CREATE INDEX ON listings (kind);
CREATE INDEX ON listings (free);
CREATE INDEX ON listings (municipality);
CREATE INDEX ON listings ((first_start IS NULL), first_start, name_sort, docid);
CREATE INDEX ON listings USING gist (geog);
CREATE INDEX ON listings (docid) WHERE exempt;
CREATE INDEX ON listings USING gin (names_tsv);
CREATE INDEX ON occ (docid);
CREATE INDEX ON occ (s);
ANALYZE;
"""


def _rows(path):
    with open(path, encoding="utf-8") as f:
        for docid, line in enumerate(f, 1):
            yield docid, json.loads(line)


def _array(values):
    return "{" + ",".join(values) + "}"


def load(dsn, listings_path, batch=20000):
    """Creates and fills the tables; returns {"load_s", "index_s", "size_bytes"}."""
    conn = psycopg2.connect(dsn)
    conn.autocommit = True
    cur = conn.cursor()
    began = time.time()
    cur.execute(SCHEMA)
    lbuf, obuf = io.StringIO(), io.StringIO()
    lw, ow = csv.writer(lbuf), csv.writer(obuf)

    def flush():
        for buf, table in ((lbuf, "listings (docid, id, kind, name, name_sort, municipality, free, languages, "
                                  "channels, exempt, lat, lon, first_start, dated, text_fi, text_sv, text_en, names)"),
                           (obuf, "occ (docid, s, e, wd)")):
            buf.seek(0)
            options = ", FORCE_NOT_NULL (municipality)" if table.startswith("listings") else ""
            cur.copy_expert(f"COPY {table} FROM STDIN WITH (FORMAT csv{options})", buf)
            buf.seek(0)
            buf.truncate()

    for docid, rec in _rows(listings_path):
        name = rec["name"].get("fi") or next(iter(rec["name"].values()), "")
        occ = rec["occurrences"]
        lw.writerow([docid, rec["id"], rec["kind"], name, name.lower(), rec["municipality"], rec["free"],
                     _array(rec["languages"]), _array(rec["channels"]),
                     "t" if any(c in EXEMPT_CHANNELS for c in rec["channels"]) else "f",
                     rec["lat"], rec["lon"], min((s for s, _ in occ), default=None), "t" if occ else "f",
                     rec["text"].get("fi"), rec["text"].get("sv"), rec["text"].get("en"),
                     " ".join(rec["name"].values())])
        for (s, e), (wd, _) in zip(occ, rec["local"]):
            ow.writerow([docid, s, e, wd])
        if docid % batch == 0:
            flush()
    flush()
    loaded = time.time()
    cur.execute(INDEXES)
    indexed = time.time()
    cur.execute("SELECT pg_database_size(current_database())")
    size = cur.fetchone()[0]
    conn.close()
    return {"load_s": round(loaded - began, 1), "index_s": round(indexed - loaded, 1), "size_bytes": size}


class Query:
    """The SQL of one Request (parameters bound client-side by psycopg2)."""

    def __init__(self, r):
        self.r = r
        self.p = {"q": r.q}
        if r.near:
            lat, lon, km = r.near
            self.p.update(lat=lat, lon=lon, metres=km * 1000 * POSTGIS_SPHERE_M / EARTH_RADIUS_M)

    def text(self):
        return "(" + " OR ".join(f"tsv_{lang} @@ plainto_tsquery('{cfg}', %(q)s)" for lang, cfg in CONFIGS) + ")"

    def rank(self):
        return " + ".join(f"ts_rank(tsv_{lang}, plainto_tsquery('{cfg}', %(q)s))" for lang, cfg in CONFIGS)

    def strict_location(self, skip_municipality=False):
        parts = []
        if self.r.municipalities and not skip_municipality:
            parts.append("municipality = ANY(%(municipalities)s)")
            self.p["municipalities"] = self.r.municipalities
        if self.r.near:
            parts.append("ST_DWithin(geog, ST_SetSRID(ST_MakePoint(%(lon)s, %(lat)s), 4326)::geography, %(metres)s, false)")
        return " AND ".join(parts)

    def where(self, skip=None):
        """The filters of the request except the one of facet `skip`."""
        r, parts = self.r, []
        if r.q:
            parts.append(self.text())
        if r.kinds and skip != "kind":
            parts.append("kind = ANY(%(kinds)s)")
            self.p["kinds"] = r.kinds
        if r.languages and skip != "language":
            parts.append("languages && %(languages)s::text[]")
            self.p["languages"] = r.languages
        if r.free and skip != "free":
            parts.append("free = %(free)s")
            self.p["free"] = r.free
        strict = self.strict_location(skip_municipality=skip == "municipality")
        if strict:
            # PostgreSQL serves (strict OR exempt) with a BitmapOr of the GiST / btree index and the
            # partial index on exempt. (Written as docid IN (strict UNION ALL exempt) the planner
            # misjudged ST_DWithin's selectivity and chose a nested loop: 35 s per query at 100k.)
            parts.append(f"({strict} OR exempt)")
        weekdays = r.weekdays if skip != "weekday" else []
        if r.start is not None or r.end is not None or weekdays:
            occ = ["o.docid = l.docid"]
            if r.end is not None:
                occ.append("o.s <= %(end)s")
                self.p["end"] = r.end
            if r.start is not None:
                occ.append("o.e >= %(start)s")
                self.p["start"] = r.start
            if weekdays:
                occ.append("o.wd = ANY(%(weekdays)s)")
                self.p["weekdays"] = weekdays
            parts.append(f"(NOT dated OR EXISTS (SELECT 1 FROM occ o WHERE {' AND '.join(occ)}))")
        return " AND ".join(parts) or "true"

    def page_sql(self):
        r = self.r
        if r.sort == "distance" and r.near:
            order = "geog <-> ST_SetSRID(ST_MakePoint(%(lon)s, %(lat)s), 4326)::geography NULLS LAST, name_sort"
        elif r.q:
            order = f"{self.rank()} DESC, first_start IS NULL, first_start, name_sort, docid"
        else:
            order = "first_start IS NULL, first_start, name_sort, docid"
        self.p.update(limit=r.page_size, offset=(r.page - 1) * r.page_size)
        return (f"SELECT docid, id, name, municipality, lat, lon, count(*) OVER () FROM listings l "
                f"WHERE {self.where()} ORDER BY {order} LIMIT %(limit)s OFFSET %(offset)s")

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
            strict = self.strict_location()
            if facet in ("kind", "free"):
                parts.append(f"SELECT '{facet}', {facet}, count(*) FROM {src} GROUP BY 2")
            elif facet == "language":
                parts.append(f"SELECT 'language', v, count(*) FROM {src}, unnest(languages) v GROUP BY 2")
            elif facet == "channel":
                inside = f" WHERE ({strict}) OR v IN ('online', 'phone')" if strict else ""
                parts.append(f"SELECT 'channel', v, count(*) FROM {src}, unnest(channels) v{inside} GROUP BY 2")
            elif facet == "municipality":
                parts.append(f"SELECT 'municipality', municipality, count(*) FILTER (WHERE NOT exempt) + "
                             f"(SELECT count(*) FROM {src} WHERE exempt) FROM {src} WHERE municipality <> '' GROUP BY 2")
            elif facet == "weekday":
                occ = ["o.docid = d.docid"]
                if r.end is not None:
                    occ.append("o.s <= %(end)s")
                if r.start is not None:
                    occ.append("o.e >= %(start)s")
                parts.append(f"SELECT 'weekday', w::text, count(*) FROM ("
                             f"SELECT DISTINCT o.docid, o.wd AS w FROM {src} d JOIN occ o ON {' AND '.join(occ)}) x GROUP BY 2 "
                             f"UNION ALL SELECT 'weekday', w::text, (SELECT count(*) FROM {src} WHERE NOT dated) "
                             f"FROM generate_series(1, 7) w")
        columns = "docid, kind, free, languages, channels, municipality, exempt, dated, geog"
        with_sql = ", ".join(f"{name} AS MATERIALIZED (SELECT {columns} FROM listings l WHERE {where})"
                             for name, where in ctes.items())
        return f"WITH {with_sql} " + " UNION ALL ".join(parts)


def suggest(cur, r):
    """Type-ahead: listings whose names (any language) have a word starting with each typed word."""
    words = [w for w in (re.sub(r"[^\w]", " ", w) for w in r.q.lower().split()) if w.strip()]
    tsquery = " & ".join(f"{w.strip()}:*" for w in words)
    cur.execute("SELECT id, name FROM listings WHERE names_tsv @@ to_tsquery('simple', %s) "
                "ORDER BY name_sort, docid LIMIT %s", (tsquery, r.page_size))
    rows = cur.fetchall()
    return len(rows), [row[0] for row in rows], {}


def search(cur, r):
    """total, page ids, facets {name: {value: count}} for Request r."""
    if r.suggest:
        return suggest(cur, r)
    q = Query(r)
    cur.execute(q.page_sql(), q.p)
    rows = cur.fetchall()
    total = rows[0][6] if rows else None
    facets = {}
    if r.facets:
        cur.execute(q.facets_sql(), q.p)
        for facet, value, count in cur.fetchall():
            facets.setdefault(facet, {})
            facets[facet][value] = facets[facet].get(value, 0) + count
    if total is None:  # a page past the end: count separately
        cur.execute(f"SELECT count(*) FROM listings l WHERE {q.where()}", q.p)
        total = cur.fetchone()[0]
    return total, [row[1] for row in rows], tidy(facets)
