"""A query of the mix (GET /v1/search parameters) as the plain values the
baseline SQL builders need, resolved the way api/search_params.cpp does:
dates are Europe/Helsinki days (start at local midnight, a date-only end at
the last second of that day), several values of a filter are OR.

Only the parameters the mix uses are understood; anything else raises.
"""
import datetime
from dataclasses import dataclass, field
from typing import List, Optional, Tuple
from zoneinfo import ZoneInfo

HELSINKI = ZoneInfo("Europe/Helsinki")
WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
EXEMPT_CHANNELS = ("online", "phone")  # kept by location filters (no channel filter in the mix)
# Xapian::GreatCircleMetric's sphere; the baselines use the same so radius cuts agree.
EARTH_RADIUS_M = 6372797.6


@dataclass
class Request:
    q: str = ""
    kinds: List[str] = field(default_factory=list)
    languages: List[str] = field(default_factory=list)
    free: Optional[str] = None               # "yes" | "no"
    municipalities: List[str] = field(default_factory=list)
    near: Optional[Tuple[float, float, float]] = None   # lat, lon, radius km
    start: Optional[int] = None              # UTC seconds
    end: Optional[int] = None
    weekdays: List[int] = field(default_factory=list)   # ISO 1..7
    sort: str = "auto"                       # auto | distance
    page: int = 1
    page_size: int = 20
    facets: List[str] = field(default_factory=list)
    suggest: bool = False                    # GET /v1/suggest (q = what was typed, page_size = limit)

    def has_location(self):
        return bool(self.municipalities) or self.near is not None

    def has_dates(self):
        return self.start is not None or self.end is not None or bool(self.weekdays)


def _local_midnight(day):
    return int(datetime.datetime(day.year, day.month, day.day, tzinfo=HELSINKI).timestamp())


def _values(value):
    return [v for v in value.split(",") if v]


def parse(params, endpoint="search"):
    r = Request(suggest=endpoint == "suggest")
    for name, value in params:
        if name == "q":
            r.q = value
        elif name == "kind":
            r.kinds += _values(value)
        elif name == "language":
            r.languages += _values(value)
        elif name == "free":
            r.free = "yes" if value == "true" else "no"
        elif name == "municipality":
            r.municipalities += _values(value)
        elif name == "near":
            lat, lon = (float(x) for x in value.split(","))
            r.near = (lat, lon, r.near[2] if r.near else 10.0)
        elif name == "radius_km":
            r.near = (r.near[0], r.near[1], float(value)) if r.near else (0.0, 0.0, float(value))
        elif name == "start":
            r.start = _local_midnight(datetime.date.fromisoformat(value))
        elif name == "end":
            r.end = _local_midnight(datetime.date.fromisoformat(value) + datetime.timedelta(days=1)) - 1
        elif name == "weekday":
            r.weekdays = [WEEKDAYS.index(v) + 1 for v in _values(value)]
        elif name == "sort":
            r.sort = value
        elif name == "page":
            r.page = int(value)
        elif name == "limit" and r.suggest:
            r.page_size = int(value)
        elif name == "lang" and r.suggest:
            pass
        elif name == "page_size":
            r.page_size = int(value)
        elif name == "facets":
            r.facets = _values(value)
        else:
            raise ValueError(f"the baselines do not know parameter {name!r}")
    return r


def bounding_box(lat, lon, radius_km):
    """(south, west, north, east) around the circle, for the R*Tree / GiST pre-filter."""
    import math
    dlat = math.degrees(radius_km * 1000 / EARTH_RADIUS_M) * 1.01
    dlon = dlat / max(0.01, math.cos(math.radians(lat)))
    return lat - dlat, lon - dlon, lat + dlat, lon + dlon


def tidy(facets):
    """Facet counts as tarjotin names them: weekday numbers as codes, zero counts left out."""
    out = {}
    for facet, values in facets.items():
        if facet == "weekday":
            values = {WEEKDAYS[int(v) - 1]: c for v, c in values.items()}
        out[facet] = {str(v): int(c) for v, c in values.items() if c > 0}
    return out
