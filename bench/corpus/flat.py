"""One listing (listings.py dict) as the flat JSON line the baselines load:
the normalised values tarjotin should derive from the feed item, with the
same text fields it indexes per language (index/listing_document.cpp: name,
summary, description, keyword labels, place name, organiser, and for fi/sv/en
the municipality and street address).

  {"id", "kind", "name": {lang: text}, "text": {lang: all indexed text},
   "municipality": facet value ("" when none), "lat", "lon" (or null),
   "languages": [...], "free": yes|no|unknown, "channels": [...],
   "accessibility": [features with value yes], "occurrences": [[start, end], ...] UTC seconds,
   "local": [[iso weekday, local start minute], ...] of each occurrence (Europe/Helsinki)}
"""
import datetime
import json

from listings import HELSINKI

LANGS = ("fi", "sv", "en")


def _location(item):
    """(place name, street, municipality names) as the connector of item's source fills them."""
    venue = item.get("venue")
    if item["source"] == "linkedevents":
        if venue is None:
            return {"fi": "Internet", "sv": "Internet", "en": "Internet"}, {}, {}
        return venue["name"], venue["street"], venue["town"]
    if item["source"] == "lahella":
        if venue is None:
            return {}, {}, ({"fi": item["region"]["fi"]} if item["region"] else {})
        return {}, {"fi": venue["street"]["fi"], "sv": venue["street"]["sv"]}, venue["town"]
    return item["name"], venue["street"], venue["town"]


def flat_record(item):
    place, street, town = _location(item)
    organiser = item.get("organiser", {}).get("name", {})
    text = {}
    for lang in LANGS:
        parts = [item["name"].get(lang), item["summary"].get(lang), item["description"].get(lang)]
        parts += [kw[LANGS.index(lang) + 1] for kw in item["keywords"]] if item["source"] != "lahella" else []
        parts += [place.get(lang), organiser.get(lang), town.get(lang), street.get(lang)]
        parts = [p for p in parts if p]
        if parts:
            text[lang] = " ".join(parts)
    venue = item.get("venue")
    local = []
    for start, _, date_only in item["occurrences"]:
        t = datetime.datetime.fromtimestamp(start, HELSINKI)
        local.append([t.isoweekday(), t.hour * 60 + t.minute])
    return {
        "id": item["id"], "kind": item["kind"], "name": item["name"], "text": text,
        "municipality": town.get("fi", "").lower(),
        "lat": venue["lat"] if venue else None, "lon": venue["lon"] if venue else None,
        "languages": item["languages"], "free": item["free"], "channels": item["channels"],
        "accessibility": item.get("accessibility", []),
        "occurrences": [[s, e] for s, e, _ in item["occurrences"]], "local": local,
    }


def flat_line(item):
    return json.dumps(flat_record(item), ensure_ascii=False, separators=(",", ":"))
