"""The synthetic listings: one plain dict per listing, in normalised terms
(what tarjotin should make of it), from which feeds.py writes the feed items
and flat.py the baseline rows.

Mix per corpus of N listings: TPR units (places, ~10 %, at most 15,000: the
real register is that small and its unit list is one file), Lähellä-style NGO
activities (~22 % of the rest) and Linked Events events (the remainder, 8 % of
them weekly courses of 4-12 dates). Listing i is a pure function of (seed, i),
so any slice can be generated alone and the corpus is the same every run.

Rates (see README): ~35 % free; texts in fi ~97 %, sv ~30 %, en ~40 %;
activity languages fi ~88 %, sv/en ~20 %, others a few %; keywords and
venues Zipf-like; dates over one year from ANCHOR with weekly recurrences;
accessibility mostly unknown.
"""
import bisect
import datetime
import random
from zoneinfo import ZoneInfo

from geography import make_venue

HELSINKI = ZoneInfo("Europe/Helsinki")
ANCHOR = datetime.date(2027, 1, 4)   # a Monday; every date lies in the 52 weeks from here
MAX_TPR = 15_000
LAHELLA_SHARE = 0.22
TPR_SHARE = 0.10
RECURRING_SHARE = 0.08
OTHER_LANGUAGES = [("ru", 3), ("ar", 2), ("so", 1), ("et", 1.5), ("uk", 2), ("fa", 0.7), ("zh", 0.5), ("se", 0.2)]
START_HOURS = [(9, 6), (10, 10), (11, 7), (12, 6), (13, 8), (14, 7), (15, 6), (16, 6), (17, 12), (18, 14), (19, 6)]
LAHELLA_ACCESS = ["ac_wheelchair", "ac_inductionloop", "ac_elevator", "ac_accessible_toilet"]


class Weighted:
    """Draws items with given weights (bisect over cumulative weights)."""

    def __init__(self, items, weights):
        self.items = list(items)
        self.cum, total = [], 0.0
        for w in weights:
            total += w
            self.cum.append(total)
        self.total = total

    def pick(self, rng):
        return self.items[bisect.bisect_right(self.cum, rng.random() * self.total)]


def zipf(items, exponent=1.0):
    return Weighted(items, [1.0 / (rank + 1) ** exponent for rank in range(len(items))])


def composition(n):
    """(Linked Events, Lähellä, TPR) listing counts of a corpus of n."""
    tpr = min(MAX_TPR, round(n * TPR_SHARE))
    lahella = round((n - tpr) * LAHELLA_SHARE)
    return n - tpr - lahella, lahella, tpr


def utc(day, minutes):
    """UTC seconds of local Helsinki time `minutes` after midnight of ANCHOR + day."""
    d = ANCHOR + datetime.timedelta(days=day)
    local = datetime.datetime(d.year, d.month, d.day, minutes // 60, minutes % 60, tzinfo=HELSINKI)
    return int(local.timestamp())


class Corpus:
    """Everything needed to generate listing i of a corpus of `size` with `seed`."""

    def __init__(self, vocabulary, size, seed):
        self.v = vocabulary
        self.size, self.seed = size, seed
        self.n_events, self.n_lahella, self.n_tpr = composition(size)
        venue_rng = random.Random(seed * 7919 + 1)
        self.venues = [make_venue(venue_rng, k + 1) for k in range(max(self.n_tpr, 50))]
        self.venue_pick = zipf(range(len(self.venues)), 0.8)
        self.keyword_pick = zipf(range(len(self.v.keywords)), 1.0)
        self.activity_pick = zipf(self.v.activities, 0.7)
        self.audience_pick = zipf(self.v.audiences, 0.9)
        self.word_pick = {lang: Weighted([w for w, _ in ws], [c for _, c in ws]) for lang, ws in self.v.words.items()}
        self.hour_pick = Weighted([h for h, _ in START_HOURS], [w for _, w in START_HOURS])
        self.other_language = Weighted([c for c, _ in OTHER_LANGUAGES], [w for _, w in OTHER_LANGUAGES])
        self.organisers = [("ahjo:u%07d" % (4800000 + k), self.v.activities[k % len(self.v.activities)])
                           for k in range(60)]

    def rng(self, i):
        return random.Random(self.seed * 1_000_003 + i)

    # Texts ----------------------------------------------------------------
    def sentence(self, rng, lang):
        pool = self.v.sentences[lang]
        return pool[rng.randrange(len(pool))]

    def word_salad(self, rng, lang, n):
        words = [self.word_pick[lang].pick(rng) for _ in range(n)]
        return words[0].capitalize() + " " + " ".join(words[1:]) + "."

    def texts(self, rng, langs, keywords):
        """name/summary/description per language (description plain text)."""
        activity = self.activity_pick.pick(rng)
        audience = self.audience_pick.pick(rng)
        style = rng.random()
        name, summary, description = {}, {}, {}
        for lang in langs:
            k = ("fi", "sv", "en").index(lang)
            if style < 0.6 or not keywords:
                name[lang] = f"{activity[k]} {audience[k]}"
            else:
                name[lang] = f"{activity[k]}: {keywords[0][k + 1]}"
            summary[lang] = self.sentence(rng, lang)
            parts = [self.sentence(rng, lang) for _ in range(rng.randint(1, 3))]
            parts.append(self.word_salad(rng, lang, rng.randint(6, 12)))
            description[lang] = " ".join(parts)
        return name, summary, description

    def text_languages(self, rng):
        r = rng.random()
        langs = ["fi"] if r < 0.97 else (["sv"] if r < 0.99 else ["en"])
        if "sv" not in langs and rng.random() < 0.30:
            langs.append("sv")
        if "en" not in langs and rng.random() < 0.40:
            langs.append("en")
        return langs

    def activity_languages(self, rng):
        out = []
        if rng.random() < 0.88:
            out.append("fi")
        if rng.random() < 0.18:
            out.append("sv")
        if rng.random() < 0.22:
            out.append("en")
        if rng.random() < 0.10:
            code = self.other_language.pick(rng)
            if code not in out:
                out.append(code)
        return out or ["fi"]

    def keywords(self, rng, n):
        chosen, seen = [], set()
        for _ in range(n):
            k = self.keyword_pick.pick(rng)
            if k not in seen:
                seen.add(k)
                chosen.append(self.v.keywords[k])
        return chosen

    # Dates ----------------------------------------------------------------
    def day_and_time(self, rng):
        day = rng.randrange(358)
        minutes = self.hour_pick.pick(rng) * 60 + (30 if rng.random() < 0.25 else 0)
        return day, minutes, rng.choice((60, 90, 120, 120, 180))

    # Listings -------------------------------------------------------------
    def listing(self, i):
        """Listing i: events first, then Lähellä activities, then TPR units."""
        if i < self.n_events:
            return self.event(i)
        if i < self.n_events + self.n_lahella:
            return self.activity(i)
        return self.unit(i - self.n_events - self.n_lahella)

    def common(self, rng, kind, source, source_id, n_keywords):
        keywords = self.keywords(rng, n_keywords)
        langs = self.text_languages(rng)
        name, summary, description = self.texts(rng, langs, keywords)
        return {"source": source, "source_id": source_id, "id": f"{source}:{source_id}", "kind": kind,
                "name": name, "summary": summary, "description": description,
                "keywords": keywords, "languages": self.activity_languages(rng)}

    def event(self, i):
        rng = self.rng(i)
        volunteering = rng.random() < 0.04
        item = self.common(rng, "volunteering" if volunteering else "event", "linkedevents", f"bench:{i}",
                           rng.randint(1, 5))
        org_id, org = self.organisers[rng.randrange(len(self.organisers))]
        item["organiser"] = {"id": org_id, "name": {"fi": f"{org[0]} ry", "sv": f"{org[1]} rf", "en": f"{org[2]} association"}}
        r = rng.random()
        if r < 0.38:
            item["free"], item["price_text"] = "yes", None
        elif r < 0.93:
            low = rng.choice((3, 5, 8, 10, 12, 15))
            item["free"], item["price_text"] = "no", (f"{low} €" if rng.random() < 0.6 else f"{low}-{low + 10} €")
        else:
            item["free"], item["price_text"] = "unknown", None
        if rng.random() < 0.05:
            item["venue"] = None  # the Linked Events place helsinki:internet
            item["channels"] = ["online"]
        else:
            item["venue"] = self.venues[self.venue_pick.pick(rng)]
            item["channels"] = ["in_person"]
        day, minutes, duration = self.day_and_time(rng)
        if rng.random() < RECURRING_SHARE:
            count = rng.randint(4, 12)
            day = min(day, 357 - 7 * (count - 1))
            item["recurring"] = True
            item["occurrences"] = [(utc(day + 7 * w, minutes), utc(day + 7 * w, minutes + duration), False)
                                   for w in range(count)]
        elif rng.random() < 0.04:
            item["occurrences"] = [(utc(day, 0), utc(day + 1, 0), True)]  # date-only: the whole local day
        else:
            item["occurrences"] = [(utc(day, minutes), utc(day, minutes + duration), False)]
        item["modified"] = "2026-%02d-%02dT%02d:00:00Z" % (rng.randint(1, 10), rng.randint(1, 28), rng.randint(6, 18))
        return item

    def activity(self, i):
        rng = self.rng(i)
        t = rng.random()
        kind_type = "hobby" if t < 0.6 else ("support" if t < 0.85 else "voluntary")
        item = self.common(rng, None, "lahella", f"act-{i}", 0)
        item["type"] = kind_type
        item["theme"] = [rng.choice(("ht_liikunta", "ht_kulttuuri", "ht_hyvinvointi", "ht_osallisuus", "ht_oppiminen"))]
        p = rng.random()
        item["free"] = "yes" if p < 0.55 else ("no" if p < 0.80 else "unknown")
        c = rng.random()
        channel_types = [["place"], ["online"], ["phone"], ["hybrid"]][0 if c < 0.70 else 1 if c < 0.85 else 2 if c < 0.90 else 3]
        item["channel_types"] = channel_types
        item["channels"] = {"place": ["in_person"], "online": ["online"], "phone": ["phone"],
                            "hybrid": ["in_person", "online"]}[channel_types[0]]
        has_place = channel_types[0] in ("place", "hybrid")
        item["venue"] = self.venues[self.venue_pick.pick(rng)] if has_place else None
        item["region"] = None
        if not has_place and rng.random() < 0.5:
            item["region"] = self.venues[self.venue_pick.pick(rng)]["town"]
        item["accessibility"] = [a for a in LAHELLA_ACCESS if rng.random() < 0.08] if has_place else []
        item["registration_required"] = rng.random() < 0.3
        s = rng.random()
        if s < 0.75:  # weekly, on one or two weekdays, for 8-40 weeks (expanded up to 26 weeks)
            first = rng.randrange(300)
            weeks = rng.randint(8, 40)
            last = first + 7 * weeks - 1
            weekdays = sorted(set(rng.choice((1, 1, 2, 2, 3, 3, 4, 4, 5, 6, 7)) for _ in range(rng.randint(1, 2))))
            _, minutes, duration = self.day_and_time(rng)
            item["weekly"] = {"first": first, "last": last, "weekdays": weekdays, "minutes": minutes, "duration": duration}
            until = min(first + 7 * 26, last + 1)
            item["occurrences"] = [(utc(d, minutes), utc(d, minutes + duration), False) for d in range(first, until)
                                   if (ANCHOR + datetime.timedelta(days=d)).isoweekday() in weekdays]
        elif s < 0.85:
            day, minutes, duration = self.day_and_time(rng)
            item["single"] = (day, minutes, duration)
            item["occurrences"] = [(utc(day, minutes), utc(day, minutes + duration), False)]
        else:
            item["occurrences"] = []
        if kind_type == "support":
            item["kind"] = "service"
        elif kind_type == "voluntary":
            item["kind"] = "volunteering"
        else:
            item["kind"] = "event" if item["occurrences"] else "service"
        return item

    def unit(self, k):
        venue = self.venues[k]
        rng = self.rng(self.size + k)
        keywords = self.keywords(rng, rng.randint(1, 4))
        langs = ["fi"] + [lang for lang in ("sv", "en") if rng.random() < 0.7]
        summary = {lang: self.sentence(rng, lang) for lang in langs}
        description = {lang: " ".join([self.sentence(rng, lang), self.word_salad(rng, lang, rng.randint(6, 12))])
                       for lang in langs}
        features = {"11": "wheelchair", "31": "rollator", "41": "stroller", "51": "visually_impaired", "61": "hearing_aid"}
        return {"source": "tpr", "source_id": str(venue["number"]), "id": f"tpr:{venue['number']}", "kind": "place",
                "name": dict(venue["name"]), "summary": summary, "description": description,
                "keywords": keywords, "languages": list(venue["languages"]), "free": "unknown",
                "venue": venue, "channels": ["in_person"], "occurrences": [],
                "accessibility": sorted(features[c] for c, colour in venue["viewpoints"].items() if colour == "green"),
                "modified": "2026-0%d-1%dT08:00:00" % (rng.randint(1, 9), rng.randint(0, 9))}
