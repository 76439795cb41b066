"""Generate N synthetic Korea-Russia press releases for the benchmark.

Why synthetic: the benchmark needs thousands of releases, and the real
corpus has a few dozen. The generator writes releases in the shapes
``phrasing.md`` describes (MOFA numbered paragraphs under Korean navigation
lines, Yonhap and TASS datelines, Russian name-before-title style, KoreaNet
dates) so that every extraction step has work to do, and it draws from a
realistic spread of entities: people recur across releases with a skewed
(Zipf-like) frequency and with transliteration variants, places, mechanisms,
organizations and policies come from the project's own gazetteers
(``kg/data/*.tsv``) and sectors from ``ontology/sectors.ttl``. Person names are
invented from syllable and word lists written here, never real.

Deterministic: the same ``--seed`` and ``--releases`` give byte-identical
files, and no two releases are the same text.

    python benchmarks/generate.py --releases 1000 --out /tmp/releases --seed 7
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import random
import re
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "kg" / "data"
SECTORS_TTL = ROOT / "ontology" / "sectors.ttl"

# -- invented names --------------------------------------------------------------------------

KO_SURNAMES = ("Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim",
               "Han", "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong",
               "Jeon", "Ko", "Moon", "Yang", "Son", "Bae", "Baek", "Heo", "Nam", "Noh")
KO_SYLLABLES = ("min", "jae", "ji", "won", "hyun", "seung", "jun", "ho", "do", "yun", "tae",
                "sung", "hye", "young", "soo", "kyung", "dong", "hee", "sang", "woo", "jin",
                "eun", "chul", "gyu", "hoon", "seok", "na", "ra", "bin", "yeon", "il", "man")
RU_FIRST = ("Alexander", "Dmitry", "Sergey", "Andrei", "Nikolai", "Pavel", "Ivan", "Mikhail",
            "Yury", "Oleg", "Viktor", "Vladimir", "Anton", "Roman", "Igor", "Maxim", "Denis",
            "Konstantin", "Alexei", "Vasily", "Grigory", "Yevgeny", "Anna", "Elena", "Olga",
            "Tatiana", "Irina", "Svetlana")
RU_FEMALE = frozenset({"Anna", "Elena", "Olga", "Tatiana", "Irina", "Svetlana"})
RU_ROOTS = ("Sok", "Bel", "Orl", "Ser", "Zor", "Kuzn", "Vol", "Mor", "Lav", "Gromyk", "Tarkh",
            "Lebed", "Fyodor", "Sadovn", "Krasn", "Zhuk", "Pankrat", "Yermol", "Sviridov",
            "Chern", "Kozl", "Novik", "Gusev", "Medved", "Sobol", "Rudn", "Shirok", "Dobryn")
RU_ENDINGS = ("ov", "ev", "in", "sky", "enko", "ykh", "ich")
# Spelling variants real releases use for the same Russian given name.
RU_VARIANTS = {"Alexander": ("Alexandr", "Aleksandr"), "Yury": ("Yuri", "Iurii"),
               "Sergey": ("Sergei",), "Dmitry": ("Dmitri", "Dmitriy"), "Andrei": ("Andrey",),
               "Nikolai": ("Nikolay",), "Alexei": ("Alexey", "Aleksei"),
               "Yevgeny": ("Evgeny", "Evgeniy"), "Vasily": ("Vasiliy",)}

KO_TITLES = (
    ("Deputy Foreign Minister for Political Affairs", "Deputy Minister"),
    ("First Vice Foreign Minister", "Vice Minister"),
    ("Second Vice Foreign Minister", "Vice Minister"),
    ("Foreign Minister", "Minister"),
    ("Ambassador to Russia", "Ambassador"),
    ("Minister of Trade, Industry and Energy", "Minister"),
    ("Minister of Oceans and Fisheries", "Minister"),
    ("Vice Minister of Land, Infrastructure and Transport", "Vice Minister"),
    ("Chairman of the Presidential Committee on Northern Economic Cooperation", "Chairman"),
    ("Deputy Prime Minister and Minister of Economy and Finance", "Deputy Prime Minister"),
    ("Director-General for European Affairs", "Director-General"),
)
RU_TITLES = (
    ("Deputy Minister for the Development of the Russian Far East and Arctic", "Deputy Minister"),
    ("Minister for the Development of the Russian Far East and Arctic", "Minister"),
    ("Deputy Foreign Minister", "Deputy Minister"),
    ("Foreign Minister", "Minister"),
    ("Economic Development Minister", "Minister"),
    ("Deputy Minister of Energy", "Deputy Minister"),
    ("Deputy Prime Minister and Presidential Envoy to the Far Eastern Federal District",
     "Deputy Prime Minister"),
    ("Ambassador to the Republic of Korea", "Ambassador"),
    ("Deputy Minister of Transport", "Deputy Minister"),
)
REPORTERS = ("Kim Hye-won", "Park Boram", "Choi Soo-hyang", "Lee Haye-ah", "Yi Wonju",
             "Koh Byung-joon", "Song Sang-ho", "Shin Ji-hye")

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
MONTH_ABBR = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.",
              "Oct.", "Nov.", "Dec.")
ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                 "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
                 "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
                 "twentieth")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
KOREAN_NAV = ("바로가기 메뉴", "본문 바로가기", "주메뉴 바로가기", "검색창 열기")
# Mechanisms invented from a shape, so the extractor meets mechanisms it has no row for.
MECH_SHAPES = ("Korea-Russia Joint Committee on {} Cooperation",
               "Korea-Russia {} Cooperation Committee", "Korea-Russia Working Group on {}",
               "Korea-Russia {} Policy Dialogue", "Korea-Russia {} Forum")
PROJECT_SHAPES = ("the project to build {} in {}", "the construction of {} in {}",
                  "the joint project to develop {} in {}")
PROJECT_OBJECTS = ("an industrial complex", "a shipyard", "a gas chemical plant",
                   "a logistics center", "a medical cluster", "a fish processing complex",
                   "a grain terminal", "a container port", "a wind farm", "a data center")


def ordinal(n: int, words: bool) -> str:
    """'12th' or 'twelfth': releases use both."""
    if words and n <= len(ORDINAL_WORDS):
        return ORDINAL_WORDS[n - 1]
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# -- reference data --------------------------------------------------------------------------


def _rows(path: Path) -> list[dict[str, str]]:
    """A gazetteer TSV without its comment lines."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines()
             if ln and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@dataclass(frozen=True)
class Gazetteer:
    ru_cities: tuple[str, ...]
    ko_cities: tuple[str, ...]
    ru_regions: tuple[str, ...]
    ko_regions: tuple[str, ...]
    mechanisms: tuple[tuple[str, ...], ...]  # name and its variants
    orgs_ko: tuple[str, ...]
    orgs_ru: tuple[str, ...]
    policies: tuple[str, ...]
    sectors: tuple[str, ...]


def _names(row: dict[str, str]) -> list[str]:
    return [row["name_en"]] + [v for v in (row.get("variants_en") or "").split("|") if v]


def load_gazetteer() -> Gazetteer:
    """Places, mechanisms, bodies and policies from the project's data files."""
    places = _rows(DATA / "places.tsv")
    cities = {"city", "federal_city", "special_city", "metropolitan_city",
              "special_self_governing_city"}
    regions = {"krai", "oblast", "republic", "autonomous_okrug", "autonomous_oblast",
               "province", "special_self_governing_province"}
    ru_cities, ko_cities, ru_regions, ko_regions = [], [], [], []
    for p in places:
        if p["kind"] in cities:
            (ru_cities if p["country"] == "RU" else ko_cities).append(p["name_en"])
        elif p["kind"] in regions:
            (ru_regions if p["country"] == "RU" else ko_regions).extend(_names(p)[:3])
    mechs = tuple(tuple(_names(m)) for m in _rows(DATA / "mechanisms.tsv"))
    orgs = _rows(DATA / "organizations.tsv")
    orgs_ko = tuple(o["name_en"] for o in orgs if o["id"].startswith("kr-"))
    orgs_ru = tuple(o["name_en"] for o in orgs if o["id"].startswith("ru-"))
    policies = tuple(p["name_en"] for p in _rows(DATA / "policies.tsv"))
    ttl = SECTORS_TTL.read_text(encoding="utf-8")
    sectors = sorted(set(re.findall(r'(?:prefLabel|altLabel) "([^"]+)"@en', ttl))
                     - {"Korea-Russia cooperation sectors"})
    return Gazetteer(tuple(ru_cities), tuple(ko_cities), tuple(ru_regions), tuple(ko_regions),
                     mechs, orgs_ko, orgs_ru, policies, tuple(sectors))


# -- people ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    given: str
    family: str
    korean: bool
    title: str
    short_title: str

    def full(self, rng: random.Random) -> str:
        """The name as a release writes it; Russian given names vary in spelling."""
        if self.korean:
            if rng.random() < 0.1 and "-" in self.given:  # "Lee Jun Ho"
                return f"{self.family} {self.given.replace('-', ' ').title()}"
            return f"{self.family} {self.given}"
        given = self.given
        if given in RU_VARIANTS and rng.random() < 0.25:
            given = rng.choice(RU_VARIANTS[given])
        return f"{given} {self.family}"


def _korean_person(rng: random.Random) -> Person:
    a, b = rng.sample(KO_SYLLABLES, 2)
    given = a.title() if rng.random() < 0.08 else f"{a.title()}-{b}"
    title, short = rng.choice(KO_TITLES)
    return Person(given, rng.choice(KO_SURNAMES), True, title, short)


def _russian_person(rng: random.Random) -> Person:
    given = rng.choice(RU_FIRST)
    family = rng.choice(RU_ROOTS) + rng.choice(RU_ENDINGS)
    if given in RU_FEMALE and family.endswith(("ov", "ev", "in")):
        family += "a"
    title, short = rng.choice(RU_TITLES)
    return Person(given, family, False, title, short)


class Pool:
    """A fixed population drawn with a skewed weight, so some names recur a lot."""

    def __init__(self, items: Sequence, rng: random.Random, skew: float = 1.1) -> None:
        self.items = list(items)
        self.weights = [1.0 / (i + 1) ** skew for i in range(len(self.items))]
        self.rng = rng

    def pick(self, k: int = 1) -> list:
        out: list = []
        while len(out) < min(k, len(self.items)):
            item = self.rng.choices(self.items, self.weights)[0]
            if item not in out:
                out.append(item)
        return out


# -- one release -----------------------------------------------------------------------------


@dataclass
class Facts:
    """What one release is about; every style renders the same kind of facts."""

    ko: Person
    ru: Person
    extra: Person
    mechanism: str
    round_no: int
    year: int
    month: int
    day: int
    place: str
    virtual: bool
    sectors: list[str]
    region: str
    ko_region: str
    policy: str
    org_ko: str
    org_ru: str
    trade: float
    visitors: tuple[int, int]
    project: str
    next_place: str


class Generator:
    """Draws facts from skewed pools and renders them in one of several styles."""

    def __init__(self, seed: int, releases: int) -> None:
        self.rng = random.Random(seed)
        self.gaz = load_gazetteer()
        rng = self.rng
        people = max(40, releases // 6)
        self.ko_people = Pool([_korean_person(rng) for _ in range(people)], rng)
        self.ru_people = Pool([_russian_person(rng) for _ in range(people)], rng)
        invented = [shape.format(s[:1].upper() + s[1:]) for shape in MECH_SHAPES
                    for s in rng.sample(self.gaz.sectors, min(12, len(self.gaz.sectors)))]
        self.mechanisms = Pool([rng.choice(m) for m in self.gaz.mechanisms] + invented, rng, 0.8)
        self.ru_places = Pool(self.gaz.ru_cities, rng, 0.7)
        self.ko_places = Pool(self.gaz.ko_cities, rng, 0.7)
        self.ru_regions = Pool(self.gaz.ru_regions, rng, 0.6)
        self.ko_regions = Pool(self.gaz.ko_regions, rng, 0.6)
        self.sectors = Pool(self.gaz.sectors, rng, 0.5)
        self.styles: list[Callable[[Facts], tuple[str, str]]] = [
            self.mofa, self.yonhap, self.tass, self.russian_order, self.koreanet]

    def facts(self) -> Facts:
        rng = self.rng
        ko, = self.ko_people.pick()
        ru, extra = self.ru_people.pick(2)
        korea_hosts = rng.random() < 0.5
        place = (self.ko_places if korea_hosts else self.ru_places).pick()[0]
        next_place = (self.ru_places if korea_hosts else self.ko_places).pick()[0]
        obj = rng.choice(PROJECT_OBJECTS)
        region = self.ru_regions.pick()[0]
        return Facts(
            ko=ko, ru=ru, extra=extra, mechanism=self.mechanisms.pick()[0],
            round_no=rng.randint(1, 25), year=rng.randint(2005, 2024),
            month=rng.randint(1, 12), day=rng.randint(1, 26), place=place,
            virtual=rng.random() < 0.1, sectors=self.sectors.pick(rng.randint(2, 6)),
            region=region, ko_region=self.ko_regions.pick()[0],
            policy=rng.choice(self.gaz.policies), org_ko=rng.choice(self.gaz.orgs_ko),
            org_ru=rng.choice(self.gaz.orgs_ru), trade=round(rng.uniform(5, 30), 1),
            visitors=(rng.randrange(10, 90) * 1000, rng.randrange(100, 400) * 1000),
            project=rng.choice(PROJECT_SHAPES).format(obj, region), next_place=next_place,
        )

    # -- shared phrases --

    def _sector_list(self, sectors: list[str]) -> str:
        if len(sectors) == 1:
            return sectors[0]
        return ", ".join(sectors[:-1]) + (", and " if len(sectors) > 2 else " and ") + sectors[-1]

    def _when(self, f: Facts) -> str:
        rng = self.rng
        month = MONTHS[f.month - 1]
        shape = rng.randrange(5)
        if shape == 0:
            return f"on {month} {f.day}"
        if shape == 1:
            return f"on the afternoon of {month} {f.day}"
        if shape == 2:
            return f"from {month} {f.day} to {f.day + rng.randint(1, 2)}"
        if shape == 3:
            return f"on {MONTH_ABBR[f.month - 1]} {f.day}"
        return f"{month} {f.day}-{f.day + 1}"

    def _trade(self, f: Facts) -> str:
        shape = self.rng.randrange(3)
        if shape == 0:
            return (f"bilateral trade volume amounting to {f.trade} billion USD this year "
                    f"(from January to {MONTHS[max(f.month - 1, 0)]})")
        if shape == 1:
            return f"trade of US${f.trade} billion in {f.year - 1}"
        return f"trade turnover of ${f.trade} billion, some {self.rng.randint(5, 40)}% up on-year"

    def _meeting_sentence(self, f: Facts, ko: str, ru: str) -> str:
        where = "in a virtual format" if f.virtual else f"in {f.place}"
        nth = ordinal(f.round_no, self.rng.random() < 0.4)
        return (f"{f.ko.title} {ko}, together with {f.ru.title} {ru}, held the {nth} meeting "
                f"of the {f.mechanism} {where} {self._when(f)}.")

    # -- styles --

    def mofa(self, f: Facts) -> tuple[str, str]:
        """MOFA: Korean navigation lines, a date line, numbered paragraphs, 'o' points."""
        rng = self.rng
        ko, ru = f.ko.full(rng), f.ru.full(rng)
        title = f"{f.mechanism} Holds its {ordinal(f.round_no, False)} Meeting"
        date = (f"Date {f.year}-{f.month:02d}-{f.day:02d}" if rng.random() < 0.5 else
                f"• Date : {f.year}-{f.month:02d}-{f.day:02d} {rng.randint(8, 18):02d}:"
                f"{rng.choice((0, 10, 30, 45)):02d}:00")
        paras = [
            f"1. {self._meeting_sentence(f, ko, ru)} In the meeting, the two sides discussed "
            f"cooperation in the Far East in {self._sector_list(f.sectors)}, as well as "
            f"cooperation between {f.ko_region} and {f.region}.",
            f"2. The two sides welcomed the expansion of trade and people-to-people exchanges, "
            f"as seen from {self._trade(f)}, and the number of Koreans visiting {f.region} "
            f"growing from about {f.visitors[0]:,} in {f.year - 2} to {f.visitors[1]:,} "
            f"this year.",
            f"o Deputy Minister {f.ru.family} expressed hope for Korean companies' "
            f"participation in {f.project}.",
            f"o {f.ko.short_title} {f.ko.family} took note of the {f.policy} and stressed the "
            f"role of the {f.org_ko} and the {f.org_ru}.",
            f"3. The two sides agreed to hold the next meeting in {f.next_place} next year.",
        ]
        if rng.random() < 0.5:
            paras.append(f"※ The {f.mechanism} was set up in {MONTHS[rng.randrange(12)]} "
                         f"{f.year - f.round_no}.")
        body = "\n\n\n".join(paras) + "\n\n\n* unofficial translation"
        return title, "\n".join(KOREAN_NAV) + f"\n\nPress Releases\n\n{title}\n\n{date}\n\n{body}"

    def yonhap(self, f: Facts) -> tuple[str, str]:
        """Yonhap: byline, 'SEOUL, Oct. 8 (Yonhap) --' dateline, '(END)'."""
        rng = self.rng
        ko, ru = f.ko.full(rng), f.ru.full(rng)
        title = f"S. Korea, Russia to hold talks on {f.sectors[0]} cooperation in {f.place}"
        city = rng.choice(("SEOUL", "SEOUL", "BUSAN", "VLADIVOSTOK", "MOSCOW"))
        text = [
            title, f"By {rng.choice(REPORTERS)}",
            f"{city}, {MONTH_ABBR[f.month - 1]} {f.day} (Yonhap) -- South Korea and Russia "
            f"will hold talks on cooperation in the Russian Far East in {f.place} next week, "
            f"Seoul's foreign ministry said {rng.choice(WEEKDAYS)}.",
            f"{f.ko.title} {ko} will co-chair the {ordinal(f.round_no, False)} meeting of the "
            f"{f.mechanism} with Russian {f.ru.title} {ru} on {rng.choice(WEEKDAYS)}, the "
            f"ministry said. The two sides are expected to discuss "
            f"{self._sector_list(f.sectors)}.",
            f"South Korea's {f.ko.short_title.lower()} {f.ko.family} is also scheduled to "
            f"visit {f.region} and to meet officials of the {f.org_ru}.",
            f"Trade between South Korea and Russia rose {rng.randint(3, 40)} percent to "
            f"US${f.trade} billion last year, according to the "
            f"{rng.choice(('Korea International Trade Association', f.org_ko))}.",
            "(END)",
        ]
        return title, "\n\n".join(text)

    def tass(self, f: Facts) -> tuple[str, str]:
        """TASS: 'MOSCOW, November 9. /TASS/.' dateline, quotes, name-after-quote."""
        rng = self.rng
        ru = f.ru.full(rng)
        city = rng.choice(("MOSCOW", "VLADIVOSTOK", "KHABAROVSK"))
        title = f"Russia, South Korea discuss {f.sectors[0]} projects in {f.region}"
        text = [
            title,
            f"{city}, {MONTHS[f.month - 1]} {f.day}. /TASS/. Russia and South Korea held the "
            f"{ordinal(f.round_no, False)} meeting of the {f.mechanism} "
            f"{'via videoconference' if f.virtual else 'in ' + f.place} on "
            f"{rng.choice(WEEKDAYS)}, Russian {f.ru.title} {ru} told reporters.",
            f"\"Our trade turnover this year amounted to ${f.trade} billion. We expect "
            f"{f.project} to start next year,\" {f.ru.family} said.",
            f"He co-chaired the meeting with South Korea's {f.ko.title} {f.ko.full(rng)}. "
            f"The sides discussed projects in {self._sector_list(f.sectors)}.",
            f"According to the {f.org_ru}, {rng.randint(5, 60)} Korean companies work in "
            f"{f.region}. The next meeting is scheduled to take place in {f.next_place} in "
            f"{f.year + 1}.",
        ]
        return title, "\n\n".join(text)

    def russian_order(self, f: Facts) -> tuple[str, str]:
        """MinVR: 'Name: quote' title, '18 April 2019', name before title."""
        rng = self.rng
        ru = f.ru.full(rng)
        title = f"{ru}: Korean business is a key partner in the development of {f.region}"
        text = [
            title, f"{f.day} {MONTHS[f.month - 1]} {f.year}",
            f"{ru}, {f.ru.title} of the Russian Federation, said that Korea remained one of "
            f"the key investors in the Russian Far East at a meeting in {f.place} with a Korean "
            f"delegation led by {f.ko.full(rng)}, {f.ko.title}.",
            f"\"The {f.policy} is open to Korean companies, and we will personally accompany "
            f"every large project,\" {ru} said.",
            f"{f.extra.full(rng)}, {f.extra.title}, who also took part in the meeting, noted "
            f"that {rng.randint(5, 60)} investment projects with Korean participation are being "
            f"implemented in {f.region}, with total investment of {rng.randint(5, 90)} billion "
            f"roubles.",
            f"The parties discussed cooperation in {self._sector_list(f.sectors)}. "
            f"Mr. {f.ko.family} said that Korea would send a delegation to the "
            f"{ordinal(f.round_no + 1, True)} meeting of the {f.mechanism} in {f.next_place}.",
            f"Following the meeting, the {f.org_ru} and the {f.org_ko} signed a memorandum of "
            f"understanding on {f.sectors[-1]}.",
        ]
        return title, "\n\n".join(text)

    def koreanet(self, f: Facts) -> tuple[str, str]:
        """KoreaNet: 'Sep 14, 2018' date line, a forum round with regions and governors."""
        rng = self.rng
        nth = ordinal(f.round_no, False)
        title = f"{nth} {f.mechanism} opens in {f.place}"
        text = [
            title, f"{MONTH_ABBR[f.month - 1].rstrip('.')[:3]} {f.day}, {f.year}",
            f"The {ordinal(f.round_no, True)} {f.mechanism} took place in {f.place} "
            f"{self._when(f)}, bringing together officials of {f.ko_region} and {f.region}.",
            f"{f.ko.title} {f.ko.full(rng)} said the meeting would turn the {f.policy} into "
            f"partnerships between regions. {f.ru.title} {f.ru.full(rng)} also attended.",
            f"The participants discussed {self._sector_list(f.sectors)}. Some "
            f"{rng.randint(100, 900)} officials and business people attended.",
            f"{f.ko_region} and {f.region} signed a memorandum of understanding on "
            f"{f.sectors[0]}. The next round will be held in {f.next_place} next year.",
        ]
        return title, "\n\n".join(text)

    def release(self, index: int) -> tuple[str, str]:
        """One release: (style name, text)."""
        style = self.styles[index % len(self.styles)] if index < len(self.styles) else \
            self.rng.choice(self.styles)
        _title, text = style(self.facts())
        return style.__name__, text + "\n"


def generate(releases: int, out: Path, seed: int = 7) -> list[Path]:
    """Write ``releases`` distinct .txt files into ``out`` (emptied first)."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    gen = Generator(seed, releases)
    seen: set[bytes] = set()
    paths = []
    i = 0
    while len(paths) < releases:
        style, text = gen.release(i)
        i += 1
        digest = hashlib.sha256(text.encode()).digest()
        if digest in seen:  # never the same release twice
            continue
        seen.add(digest)
        path = out / f"{len(paths):06d}_{style}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--releases", "-n", type=int, default=1000)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    paths = generate(args.releases, args.out, args.seed)
    print(f"wrote {len(paths)} releases to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
