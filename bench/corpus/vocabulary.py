"""Word material for the synthetic corpus, read from the repository's real texts.

- Finnish: sentences and word frequencies from ../shared/seeds next to the repository (reports on
  loneliness, volunteering, NGO wellbeing work: inflected forms and compounds
  as written), plus the Finnish texts of the feed fixtures.
- Swedish and English: the sv/en texts of the feed fixtures (TPR ontology words
  and unit descriptions, Linked Events events and keywords).
- Keywords: concepts with fi/sv/en labels (Linked Events YSO keywords, TPR
  ontology words), later drawn with Zipf-like weights.
- Activities and audiences: a small hand-written fi/sv/en table for names.

Everything is deterministic: the same files give the same Vocabulary.
"""
import glob
import json
import os
import re
from collections import Counter

LANGS = ("fi", "sv", "en")
WORD = re.compile(r"[a-zåäöéü]+")
SENTENCE_OK = re.compile(r"[A-Za-zÅÄÖåäöéü0-9 ,.!?;:()%'\"–-]+")

# (fi, sv, en) activity names: the head of a listing's name.
ACTIVITIES = [
    ("Kuntosaliryhmä", "Gymgrupp", "Gym group"), ("Tuolijumppa", "Stolgymnastik", "Chair exercise"),
    ("Kielikahvila", "Språkcafé", "Language café"), ("Lukupiiri", "Läsecirkel", "Reading circle"),
    ("Vertaistukiryhmä", "Kamratstödsgrupp", "Peer support group"), ("Digituki", "Digistöd", "Digital support"),
    ("Ulkoilutreffit", "Friluftsträff", "Outdoor meetup"), ("Kävelyryhmä", "Promenadgrupp", "Walking group"),
    ("Vesijumppa", "Vattengymnastik", "Aqua aerobics"), ("Laulupiiri", "Sångcirkel", "Singing circle"),
    ("Käsityökahvila", "Handarbetscafé", "Craft café"), ("Kokkikerho", "Matlagningsklubb", "Cooking club"),
    ("Tanssitunti", "Danslektion", "Dance class"), ("Joogatunti", "Yogalektion", "Yoga class"),
    ("Muistikahvila", "Minnescafé", "Memory café"), ("Perhekerho", "Familjeklubb", "Family club"),
    ("Nuorten ilta", "Ungdomskväll", "Youth evening"), ("Shakkikerho", "Schackklubb", "Chess club"),
    ("Maalauskurssi", "Målarkurs", "Painting course"), ("Kirjoituspaja", "Skrivverkstad", "Writing workshop"),
    ("Senioritanssit", "Seniordans", "Senior dance"), ("Lentopallovuoro", "Volleybollpass", "Volleyball session"),
    ("Sulkapallo", "Badminton", "Badminton"), ("Keilailu", "Bowling", "Bowling"),
    ("Uintikoulu", "Simskola", "Swimming school"), ("Luontoretki", "Naturutflykt", "Nature trip"),
    ("Ruokajakelu", "Matutdelning", "Food distribution"), ("Ystäväpiiri", "Vänskapscirkel", "Friendship circle"),
    ("Mielenterveysilta", "Kväll om psykisk hälsa", "Mental health evening"),
    ("Omaishoitajien kahvila", "Närståendevårdarnas café", "Family carers' café"),
    ("Läksykerho", "Läxklubb", "Homework club"), ("Pelikerho", "Spelklubb", "Games club"),
    ("Elokuvailta", "Filmkväll", "Film evening"), ("Konsertti", "Konsert", "Concert"),
    ("Luento", "Föreläsning", "Lecture"), ("Työpaja", "Verkstad", "Workshop"),
    ("Puutarhatalkoot", "Trädgårdstalko", "Community gardening"), ("Avoin kohtaamispaikka", "Öppen mötesplats", "Open meeting place"),
    ("Tietokoneopastus", "Datorhandledning", "Computer guidance"), ("Kuorolaulu", "Körsång", "Choir singing"),
    ("Sählyvuoro", "Innebandypass", "Floorball session"), ("Frisbeegolf", "Discgolf", "Disc golf"),
    ("Kuvataidekerho", "Bildkonstklubb", "Visual arts club"), ("Runoilta", "Poesikväll", "Poetry evening"),
    ("Tarinatuokio", "Sagostund", "Story time"), ("Ensiapukurssi", "Första hjälpen-kurs", "First aid course"),
    ("Kuntokävely", "Motionspromenad", "Fitness walk"), ("Teatteriryhmä", "Teatergrupp", "Theatre group"),
    ("Vapaaehtoisten ilta", "Frivilligkväll", "Volunteers' evening"), ("Ystävätoiminta", "Vänverksamhet", "Befriending"),
]
# (fi, sv, en) who it is for: the tail of a name.
AUDIENCES = [
    ("kaikille", "för alla", "for everyone"), ("ikäihmisille", "för äldre", "for seniors"),
    ("nuorille", "för unga", "for young people"), ("lapsiperheille", "för barnfamiljer", "for families with children"),
    ("maahanmuuttajille", "för invandrare", "for immigrants"), ("työttömille", "för arbetslösa", "for the unemployed"),
    ("omaishoitajille", "för närståendevårdare", "for family carers"), ("naisille", "för kvinnor", "for women"),
    ("miehille", "för män", "for men"), ("opiskelijoille", "för studerande", "for students"),
    ("vammaisille", "för personer med funktionsnedsättning", "for people with disabilities"),
    ("aloittelijoille", "för nybörjare", "for beginners"),
]
FI_STOP = set("ja on ei se ne että tai kuin myös mutta sekä kun niin jos oli ovat olla joka jotka mitä mikä tämä "
              "nämä sen sitä siitä hän he me te sinä minä eli jo vain vielä esim mm voi".split())


def _read(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.read()


def _sentences(text):
    text = re.sub(r"<[^>]+>", " ", text)
    text = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1\2", text)  # hyphenated line breaks in the seed PDFs
    text = re.sub(r"\s+", " ", text)
    out = []
    for s in re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])", text):
        s = s.strip()
        if 5 <= len(s.split()) <= 28 and SENTENCE_OK.fullmatch(s) and sum(c.isdigit() for c in s) < 4:
            out.append(s)
    return out


def _fixture_texts(paths):
    """Strings of the fixtures keyed by language: dict values under fi/sv/en keys or *_fi/_sv/_en keys."""
    texts = {lang: [] for lang in LANGS}
    key = re.compile(r"(?:^|_)(fi|sv|en)$")

    def walk(x):
        if isinstance(x, dict):
            for k, v in x.items():
                m = key.search(k) if isinstance(v, str) else None
                if m:
                    texts[m.group(1)].append(v)
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    for path in paths:
        try:
            walk(json.loads(_read(path)))
        except ValueError:
            pass
    return texts


def _keywords(paths):
    """Keyword concepts (id, fi, sv, en) with all three labels."""
    seen, out = set(), []

    def add(kid, fi, sv, en):
        if kid in seen or not (fi and sv and en) or re.search(r"\d", fi) or len(fi.split()) > 4:
            return
        seen.add(kid)
        out.append((kid, fi, sv, en))

    for path in paths:
        try:
            data = json.loads(_read(path))
        except ValueError:
            continue
        items = data.get("data", [data]) if isinstance(data, dict) else data
        for item in items if isinstance(items, list) else []:
            if not isinstance(item, dict):
                continue
            own = [item] if item.get("@type") == "Keyword" else []
            for kw in (item.get("keywords") or []) + (item.get("audience") or []) + own:
                name = kw.get("name") if isinstance(kw, dict) else None
                if isinstance(name, dict) and isinstance(kw.get("id"), str) and ":" in kw["id"]:
                    add(kw["id"], name.get("fi"), name.get("sv"), name.get("en"))
            if "ontologyword_fi" in item:
                add("tpr:%d" % item["id"], item.get("ontologyword_fi"), item.get("ontologyword_sv"),
                    item.get("ontologyword_en"))
    return out


class Vocabulary:
    """Sentences, word frequency lists and keyword concepts per language."""

    def __init__(self, repo_root, shared_dir=None):
        # shared_dir (../shared next to the repository: seeds/ and fixtures/) is optional: without
        # it (the CI smoke run) the Finnish words come from the repository's own fixtures.
        seeds_dir = os.path.join(shared_dir, "seeds") if shared_dir else "/nonexistent"
        shared_fixtures = os.path.join(shared_dir, "fixtures") if shared_dir else "/nonexistent"
        fixture_paths = sorted(
            glob.glob(os.path.join(repo_root, "tests/fixtures/**/*.json"), recursive=True)
            + glob.glob(os.path.join(repo_root, "data/demo/**/*.json"), recursive=True)
            + glob.glob(os.path.join(shared_fixtures, "**/*.json"), recursive=True))
        texts = _fixture_texts(fixture_paths)
        seed_text = " ".join(_read(p) for p in sorted(glob.glob(os.path.join(seeds_dir, "*.txt"))))
        self.sentences = {lang: [] for lang in LANGS}
        self.sentences["fi"] = _sentences(seed_text)
        for lang in LANGS:
            for t in texts[lang]:
                self.sentences[lang].extend(_sentences(t))
            self.sentences[lang] = sorted(set(self.sentences[lang]))
        # Word frequencies (most common first); the Finnish list is the seeds' own distribution.
        self.words = {}
        for lang in LANGS:
            source = seed_text.lower() if lang == "fi" and seed_text else " ".join(texts[lang]).lower()
            counts = Counter(w for w in WORD.findall(source) if len(w) >= 3 and (lang != "fi" or w not in FI_STOP))
            self.words[lang] = sorted(((w, c) for w, c in counts.items() if c >= 2 or lang != "fi" or not seed_text),
                                      key=lambda wc: (-wc[1], wc[0]))
        self.keywords = _keywords(fixture_paths)
        self.activities = ACTIVITIES
        self.audiences = AUDIENCES

    def summary(self):
        return {lang: {"sentences": len(self.sentences[lang]), "words": len(self.words[lang])} for lang in LANGS} | {
            "keywords": len(self.keywords)}
