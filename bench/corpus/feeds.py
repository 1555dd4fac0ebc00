"""Writes listings (listings.py dicts) as feed pages in the shapes the real
connectors read, one directory per source:

  linkedevents/page-NNNNNN.json  {"meta": {count, next, previous}, "data": [...]}, the
                                 include=location,keywords shape; a weekly course is a
                                 "recurring" super event followed by its sub-events
  lahella/page-NNNNNN.json       {"items": [...], "total": N, "hasMore": bool}
  tpr/unit.json, tpr/ontologyword.json   the TPR v4 unit array and ontology words

Shapes follow data/demo/linkedevents/ and tests/fixtures/{tpr,lahella}/.
"""
import datetime
import json
import os

from listings import ANCHOR, HELSINKI

LE_BASE = "https://api.hel.fi/linkedevents/v1"
PAGE_SIZE = 100


def iso_utc(seconds):
    return datetime.datetime.fromtimestamp(seconds, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def local_date(seconds):
    return datetime.datetime.fromtimestamp(seconds, HELSINKI).date().isoformat()


def le_place(venue):
    if venue is None:
        return {"id": "helsinki:internet", "name": {"fi": "Internet", "sv": "Internet", "en": "Internet"},
                "@id": f"{LE_BASE}/place/helsinki:internet/", "@type": "Place", "divisions": [], "position": None}
    town = venue["town"]
    return {
        "id": f"tprek:{venue['number']}", "data_source": "tprek",
        "divisions": [{"type": "muni", "ocd_id": "ocd-division/country:fi/kunta:" + town["fi"].lower(),
                       "municipality": None, "name": dict(town)}],
        "email": None, "postal_code": venue["postal_code"],
        "position": {"type": "Point", "coordinates": [venue["lon"], venue["lat"]]},
        "name": venue["name"], "street_address": venue["street"],
        "address_locality": {"fi": town["fi"], "sv": town["sv"], "en": town["fi"]},
        "deleted": False, "@id": f"{LE_BASE}/place/tprek:{venue['number']}/", "@context": "http://schema.org",
        "@type": "Place",
    }


def le_keyword(kw):
    kid, fi, sv, en = kw
    return {"id": kid, "name": {"fi": fi, "sv": sv, "en": en}, "data_source": kid.split(":")[0],
            "@id": f"{LE_BASE}/keyword/{kid}/", "@type": "Keyword"}


def le_event(item, event_id, start, end, date_only, super_event=None, sub_events=None):
    offers = []
    if item["free"] == "yes":
        offers = [{"is_free": True, "price": None, "description": None, "info_url": None}]
    elif item["free"] == "no":
        offers = [{"is_free": False, "price": {"fi": item["price_text"]}, "description": None, "info_url": None}]
    return {
        "id": event_id,
        "location": le_place(item["venue"]),
        "keywords": [le_keyword(kw) for kw in item["keywords"]],
        "audience": [],
        "super_event": {"@id": f"{LE_BASE}/event/{super_event}/"} if super_event else None,
        "super_event_type": "recurring" if sub_events else None,
        "event_status": "EventScheduled", "publication_status": "public",
        "type_id": "Volunteering" if item["kind"] == "volunteering" else "General",
        "offers": offers, "data_source": "bench", "publisher": item["organiser"]["id"],
        "sub_events": [{"@id": f"{LE_BASE}/event/{s}/"} for s in (sub_events or [])],
        "in_language": [{"@id": f"{LE_BASE}/language/{code}/"} for code in item["languages"]],
        "start_time": local_date(start) if date_only else iso_utc(start),
        "end_time": None if date_only else iso_utc(end),
        "audience_min_age": None, "audience_max_age": None,
        "enrolment_start_time": None, "enrolment_end_time": None,
        "last_modified_time": item["modified"], "deleted": False,
        "name": item["name"], "short_description": item["summary"],
        "description": {lang: f"<p>{text}</p>" for lang, text in item["description"].items()},
        "provider": item["organiser"]["name"], "info_url": None,
        "@id": f"{LE_BASE}/event/{event_id}/", "@context": "http://schema.org", "@type": "Event/LinkedEvent",
    }


def le_items(item):
    """The feed items of one Linked Events listing (a course: parent and sub-events)."""
    occ = item["occurrences"]
    if not item.get("recurring"):
        start, end, date_only = occ[0]
        return [le_event(item, item["source_id"], start, end, date_only)]
    children = [f"{item['source_id']}-{n + 1}" for n in range(len(occ))]
    out = [le_event(item, item["source_id"], occ[0][0], occ[-1][1], False, sub_events=children)]
    for child, (start, end, _) in zip(children, occ):
        out.append(le_event(item, child, start, end, False, super_event=item["source_id"]))
    return out


def local_midnight_ms(day):
    d = ANCHOR + datetime.timedelta(days=day)
    return int(datetime.datetime(d.year, d.month, d.day, tzinfo=HELSINKI).timestamp()) * 1000


def lahella_activity(item):
    venue = item["venue"]
    channel = {"id": f"ch-{item['source_id']}", "type": item["channel_types"],
               "accessibility": item["accessibility"] or ["ac_unknow"],
               "registrationRequired": item["registration_required"], "events": []}
    if venue is not None:
        channel["map"] = {"center": {"type": "Point", "coordinates": [venue["lon"], venue["lat"]]}, "zoom": 16}
        channel["translations"] = {
            "fi": {"address": {"street": venue["street"]["fi"], "postalCode": venue["postal_code"],
                               "city": venue["town"]["fi"], "state": "Uusimaa", "country": "FI"}},
            "sv": {"address": {"street": venue["street"]["sv"], "postalCode": venue["postal_code"],
                               "city": venue["town"]["sv"]}}}
    weekly = item.get("weekly")
    if weekly:
        m, dur = weekly["minutes"], weekly["duration"]
        channel["events"] = [{
            "start": local_midnight_ms(weekly["first"]), "timeZone": "Europe/Helsinki", "type": "4",
            "recurrence": {"period": "P1W", "end": local_midnight_ms(weekly["last"]), "exclude": [],
                           "daySpecificTimes": [{"weekday": w, "startTime": "%02d:%02d" % (m // 60, m % 60),
                                                 "endTime": "%02d:%02d" % ((m + dur) // 60, (m + dur) % 60)}
                                                for w in weekly["weekdays"]]}}]
    elif item["occurrences"]:
        start, end, _ = item["occurrences"][0]
        channel["events"] = [{"start": start * 1000, "end": end * 1000, "timeZone": "Europe/Helsinki", "type": "1"}]
    translations = {}
    for lang, name in item["name"].items():
        translations[lang] = {"name": name, "summary": item["summary"][lang],
                              "description": f"<p dir=\"ltr\">{item['description'][lang]}</p>"}
    traits = {"type": item["type"], "translations": translations, "theme": item["theme"], "format": ["hm_ryhmat"],
              "locale": [{"fi": "fi-FI", "sv": "sv-FI"}.get(code, code) for code in item["languages"]],
              "demographic": [], "contacts": [], "channels": [channel]}
    if item["free"] != "unknown":
        traits["pricing"] = ["free" if item["free"] == "yes" else "paid"]
    if item["region"]:
        traits["region"] = ["city/FI/" + item["region"]["fi"]]
    return {"_key": item["source_id"], "status": "published", "traits": traits}


def tpr_unit(item, keyword_number):
    venue = item["venue"]
    unit = {"id": venue["number"], "org_id": "83e74666-0836-4c1d-948a-4b34a8b90301",
            "provider_type": "SELF_PRODUCED",
            "ontologyword_ids": [keyword_number[kw[0]] for kw in item["keywords"]],
            "provided_languages": venue["languages"],
            "latitude": venue["lat"], "longitude": venue["lon"], "address_zip": venue["postal_code"],
            "address_city_fi": venue["town"]["fi"], "address_city_sv": venue["town"]["sv"],
            "address_city_en": venue["town"]["fi"], "modified_time": item["modified"],
            "accessibility_viewpoints": ",".join(["00:unknown"] + [f"{c}:{v}" for c, v in sorted(venue["viewpoints"].items())])}
    for lang in ("fi", "sv", "en"):
        unit[f"name_{lang}"] = venue["name"][lang]
        unit[f"street_address_{lang}"] = venue["street"][lang]
        if lang in item["summary"]:
            unit[f"short_desc_{lang}"] = item["summary"][lang]
            unit[f"desc_{lang}"] = item["description"][lang]
    return unit


def dumps(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def feed_items(item, keyword_number):
    """(source, serialised feed item) pairs of one listing."""
    if item["source"] == "linkedevents":
        return [("linkedevents", dumps(event)) for event in le_items(item)]
    if item["source"] == "lahella":
        return [("lahella", dumps(lahella_activity(item)))]
    return [("tpr", dumps(tpr_unit(item, keyword_number)))]


COUNT_AT = len('{"meta":{"count":')  # where the item count goes (patched when known)
TOTAL_AT = len('{"total":')


class FeedWriter:
    """Takes serialised feed items in corpus order and writes pages of PAGE_SIZE.

    A page is written once the next item exists (so the last one knows it is
    last); counts are left as blanks and patched in at close().
    """

    def __init__(self, out_dir):
        self.out = out_dir
        self.buffers = {"linkedevents": [], "lahella": [], "tpr": []}
        self.pages = {"linkedevents": 0, "lahella": 0}
        self.items = {"linkedevents": 0, "lahella": 0, "tpr": 0}
        for d in self.buffers:
            os.makedirs(os.path.join(out_dir, d), exist_ok=True)

    def add(self, source, text):
        buf = self.buffers[source]
        if source != "tpr" and len(buf) == PAGE_SIZE:
            self._write(source, more=True)
            buf = self.buffers[source]
        buf.append(text)
        self.items[source] += 1

    def _path(self, source, n):
        return os.path.join(self.out, source, f"page-{n:06d}.json")

    def _write(self, source, more):
        buf = self.buffers[source]
        self.pages[source] += 1
        n = self.pages[source]
        blank = " " * 10
        if source == "linkedevents":
            links = dumps({"next": f"page-{n + 1:06d}.json" if more else None,
                           "previous": f"page-{n - 1:06d}.json" if n > 1 else None})
            text = '{"meta":{"count":%s,%s,"data":[%s]}' % (blank, links[1:], ",".join(buf))
        else:
            text = '{"total":%s,"hasMore":%s,"links":{"groups":[]},"items":[%s]}' % (
                blank, "true" if more else "false", ",".join(buf))
        with open(self._path(source, n), "w", encoding="utf-8") as f:
            f.write(text)
        self.buffers[source] = []

    def close(self, keywords):
        for source, at in (("linkedevents", COUNT_AT), ("lahella", TOTAL_AT)):
            if self.buffers[source]:
                self._write(source, more=False)
            for n in range(1, self.pages[source] + 1):
                with open(self._path(source, n), "r+b") as f:
                    f.seek(at)
                    f.write(str(self.items[source]).encode())
        with open(os.path.join(self.out, "tpr", "unit.json"), "w", encoding="utf-8") as f:
            f.write("[" + ",".join(self.buffers["tpr"]) + "]")
        words = [{"id": n + 1, "ontologyword_fi": fi, "ontologyword_sv": sv, "ontologyword_en": en}
                 for n, (_, fi, sv, en) in enumerate(keywords)]
        with open(os.path.join(self.out, "tpr", "ontologyword.json"), "w", encoding="utf-8") as f:
            f.write(dumps(words))
