"""Uusimaa towns and the venues (TPR-style units) of the synthetic corpus.

Towns carry fi/sv names, a population weight and a few district centres; a
venue's point is drawn around one district (Gaussian, about a kilometre), so
coordinates cluster the way real listings do. Deterministic given the rng.
"""
import math

# name_fi, name_sv, weight (≈ population / 10k), postal prefix, districts [(name_fi, name_sv, lat, lon)]
TOWNS = [
    ("Helsinki", "Helsingfors", 66, "00", [
        ("Keskusta", "Centrum", 60.1699, 24.9384), ("Kallio", "Berghäll", 60.1841, 24.9501),
        ("Pasila", "Böle", 60.1989, 24.9336), ("Malmi", "Malm", 60.2510, 25.0110),
        ("Kontula", "Gårdsbacka", 60.2356, 25.0829), ("Itäkeskus", "Östra centrum", 60.2100, 25.0810),
        ("Vuosaari", "Nordsjö", 60.2087, 25.1442), ("Kannelmäki", "Gamlas", 60.2397, 24.8776),
        ("Herttoniemi", "Hertonäs", 60.1950, 25.0300), ("Töölö", "Tölö", 60.1820, 24.9200)]),
    ("Espoo", "Esbo", 30, "02", [
        ("Leppävaara", "Alberga", 60.2190, 24.8130), ("Tapiola", "Hagalund", 60.1756, 24.8050),
        ("Espoon keskus", "Esbo centrum", 60.2055, 24.6559), ("Matinkylä", "Mattby", 60.1600, 24.7380),
        ("Espoonlahti", "Esboviken", 60.1480, 24.6580)]),
    ("Vantaa", "Vanda", 24, "01", [
        ("Tikkurila", "Dickursby", 60.2934, 25.0378), ("Myyrmäki", "Myrbacka", 60.2610, 24.8540),
        ("Korso", "Korso", 60.3500, 25.0830), ("Hakunila", "Håkansböle", 60.2770, 25.1050)]),
    ("Kauniainen", "Grankulla", 1, "02", [("Kauniainen", "Grankulla", 60.2104, 24.7290)]),
    ("Kerava", "Kervo", 4, "04", [("Kerava", "Kervo", 60.4034, 25.1050)]),
    ("Järvenpää", "Träskända", 4.5, "04", [("Järvenpää", "Träskända", 60.4737, 25.0899)]),
    ("Tuusula", "Tusby", 4, "04", [("Hyrylä", "Skogby", 60.4030, 25.0290)]),
    ("Porvoo", "Borgå", 5, "06", [("Porvoo", "Borgå", 60.3932, 25.6650)]),
    ("Lohja", "Lojo", 4.6, "08", [("Lohja", "Lojo", 60.2487, 24.0653)]),
    ("Nurmijärvi", "Nurmijärvi", 4.4, "01", [("Klaukkala", "Klövskog", 60.3840, 24.7500)]),
    ("Kirkkonummi", "Kyrkslätt", 4.1, "02", [("Kirkkonummi", "Kyrkslätt", 60.1237, 24.4385)]),
    ("Sipoo", "Sibbo", 2.2, "04", [("Nikkilä", "Nickby", 60.3770, 25.2720)]),
    ("Vihti", "Vichtis", 2.9, "03", [("Nummela", "Nummela", 60.3330, 24.3190)]),
    ("Hyvinkää", "Hyvinge", 4.7, "05", [("Hyvinkää", "Hyvinge", 60.6310, 24.8610)]),
    ("Mäntsälä", "Mäntsälä", 2.1, "04", [("Mäntsälä", "Mäntsälä", 60.6360, 25.3190)]),
    ("Raasepori", "Raseborg", 2.7, "10", [("Tammisaari", "Ekenäs", 59.9750, 23.4370)]),
]

# (fi, sv, en) kinds of venue; "{d}" is the district's name.
VENUE_KINDS = [
    ("{d} kirjasto", "{d} bibliotek", "{d} library"), ("{d} nuorisotalo", "{d} ungdomsgård", "{d} youth centre"),
    ("{d} liikuntahalli", "{d} idrottshall", "{d} sports hall"), ("{d} asukastalo", "{d} invånarhus", "{d} residents' house"),
    ("{d} palvelukeskus", "{d} servicecentral", "{d} service centre"), ("{d} seurakuntatalo", "{d} församlingshem", "{d} parish hall"),
    ("{d} uimahalli", "{d} simhall", "{d} swimming hall"), ("{d} kulttuuritalo", "{d} kulturhus", "{d} cultural centre"),
    ("{d} työväenopisto", "{d} arbetarinstitut", "{d} adult education centre"), ("{d} perhekeskus", "{d} familjecenter", "{d} family centre"),
    ("{d} leikkipuisto", "{d} lekpark", "{d} playground"), ("{d} järjestötalo", "{d} föreningshus", "{d} NGO house"),
]
STREETS = [("Koulu", "Skol"), ("Kirkko", "Kyrko"), ("Asema", "Stations"), ("Puisto", "Park"), ("Mylly", "Kvarn"),
           ("Koivu", "Björk"), ("Kuusi", "Gran"), ("Mänty", "Tall"), ("Ranta", "Strand"), ("Kallio", "Berg"),
           ("Metsä", "Skogs"), ("Pelto", "Åker"), ("Tori", "Torg"), ("Kauppa", "Handels"), ("Sepän", "Smeds"),
           ("Pajan", "Smedje"), ("Myllymäen", "Kvarnbacks"), ("Lähde", "Käll"), ("Sillan", "Bro"), ("Harju", "Ås")]


def pick_weighted(rng, items, cumulative):
    """One of items, by precomputed cumulative weights."""
    x = rng.random() * cumulative[-1]
    lo, hi = 0, len(cumulative) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if cumulative[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return items[lo]


def cumulative(weights):
    total, out = 0.0, []
    for w in weights:
        total += w
        out.append(total)
    return out


TOWN_CUMULATIVE = cumulative([t[2] for t in TOWNS])


def make_venue(rng, number):
    """A venue (TPR unit shape, normalised): id, names, address, town, point, languages, accessibility."""
    town = pick_weighted(rng, TOWNS, TOWN_CUMULATIVE)
    town_fi, town_sv, _, postal, districts = town
    district = districts[rng.randrange(len(districts))]
    d_fi, d_sv, lat0, lon0 = district
    kind = VENUE_KINDS[rng.randrange(len(VENUE_KINDS))]
    km = 0.4 + rng.random() * 1.2
    lat = lat0 + rng.gauss(0, km) / 111.2
    lon = lon0 + rng.gauss(0, km) / (111.2 * math.cos(math.radians(lat0)))
    street_fi, street_sv = STREETS[rng.randrange(len(STREETS))]
    suffix_fi, suffix_sv = ("tie", "vägen") if rng.random() < 0.6 else ("katu", "gatan")
    house = rng.randint(1, 60)
    # TPR viewpoints: most units have not been surveyed ("unknown").
    surveyed = rng.random() < 0.2
    access = {}
    if surveyed:
        for code, feature in (("11", "wheelchair"), ("31", "rollator"), ("41", "stroller"),
                              ("51", "visually_impaired"), ("61", "hearing_aid")):
            access[code] = "green" if rng.random() < 0.55 else "red"
    return {
        "number": number,
        "name": {"fi": kind[0].format(d=d_fi), "sv": kind[1].format(d=d_sv), "en": kind[2].format(d=d_fi)},
        "street": {"fi": f"{street_fi}{suffix_fi} {house}", "sv": f"{street_sv}{suffix_sv} {house}",
                   "en": f"{street_fi}{suffix_fi} {house}"},
        "postal_code": f"{postal}{rng.randint(100, 990):03d}",
        "town": {"fi": town_fi, "sv": town_sv},
        "lat": round(lat, 5),
        "lon": round(lon, 5),
        "languages": ["fi"] + (["sv"] if rng.random() < 0.35 else []) + (["en"] if rng.random() < 0.3 else []),
        "viewpoints": access,
    }
