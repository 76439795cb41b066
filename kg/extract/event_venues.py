"""Where an occasion was: the cities and regions a sentence names as its venue.

"in Seoul", "visit Khabarovsk", "at the Lotte Hotel Seoul", "in Moscow (Oct. 23-24) and
Yekaterinburg (Oct. 28)", "in the Presnensky district of the Russian capital": a place is
a venue when the words before it say so; a city inside a hall's name is not, when the
sentence goes on to say which city the hall is in; a building known to stand in a city
(``venue_buildings.tsv``) puts the occasion there.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from kg.extract.context import Context
from kg.extract.lexicon import Hit, _data_rows

#: kinds of place a meeting or signing is held in, and that have a government of their own
VENUE_KINDS = {"city", "special_city", "metropolitan_city", "federal_city",
               "special_self_governing_city", "krai", "oblast", "republic", "province",
               "special_self_governing_province", "county", "autonomous_okrug",
               "autonomous_oblast"}
#: words that put a place as the venue: "in Seoul", "visit Khabarovsk", "while in Busan"
#: "at the Lotte Hotel Seoul", "at the Government Complex Sejong": a building, then its city
_VENUE_LEAD = re.compile(r"\b(?:(?:in|at|to)\s+the\s+(?:(?!of\b|the\b)[\w-]+\s+){0,3}?"
                         r"(?:city|port|town|resort|village|settlement|capital)\s+of|"
                         r"at\s+the\s+(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*|"
                         r"in|at|In|At|visit|visits|visited|visiting|trip to|travel(?:l?ed)? to|"
                         # "at the ministry's Gwacheon complex", "at its Busan plant"
                         r"(?:in|at)\s+(?:the\s+(?:[\w-]+\s+){0,2}?[\w-]+['’]s|its|their|his|her)|"
                         r"visit to|(?:district|outskirts|suburbs?|capital) of|"
                         r"in\s+(?:the\s+)?(?:waters|sea|coast)\s+off|"  # a drill "in waters off X"
                         r"(?:planned|scheduled|set|slated) for|"
                         r"invited\s+(?:[A-Z][\w-]*\s+|him\s+|her\s+|them\s+){1,3}to|"
                         r"arrived in|arrives in)\s+(?:the\s+)?(?:city of\s+)?"
                         r"(?:central\s+|downtown\s+)?$")
_BUILDING_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+\s+)?(?:Center|Centre|Hall|Museum|Theatre|"
                             r"Theater|Stadium|Arena|"
                             r"Library|University|Air\s+Base|Airport)\b"
                             # ... when the sentence then says which city it is in
                             r"[\w\s&'’-]{0,30}?\s+in\s+(?:central\s+|downtown\s+)?[A-Z]")
_CITY_HALL = re.compile(r"\s+(?:Metropolitan\s+)?(?:City\s+Hall|City\s+Government\s+(?:Building|"
                        r"Complex)|Government\s+House|"
                        # "at the ministry's Gwacheon government complex": in Gwacheon
                        r"[Gg]overnment\s+(?:[Cc]omplex|[Bb]uilding)|"
                        r"[Rr]egional\s+[Aa]dministration\s+[Bb]uilding)\b")
_ZONE_IN = re.compile(r"\b(?:Economic\s+Zone|ASEZ|SEZ|Industrial\s+Park|Cluster|Territory\s+of\s+"
                      r"Advanced\s+Development)\s+in\s+(?:the\s+)?$")
_LISTED_AFTER = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*(?:,|,?\s+and)\s+")
#: "which Moscow will host in the autumn": the city as host
_HOSTS = re.compile(r"\s+(?:will\s+host|is\s+to\s+host|hosted|hosts|is\s+hosting)\b")

_SEAT = re.compile(r"\b(?:according\s+to|said|says|announced)\s+(?:the\s+)?[A-Z][\w ,&-]{3,40}?"
                   r"\s+in\s+$")


_ON_ISLAND = re.compile(r"\b[Oo]n\s+(?:the\s+island\s+of\s+)?$")


@lru_cache(maxsize=1)
def _islands() -> frozenset[str]:
    """Gazetteer places one is "on" (``place_islands.txt``)."""
    raw = resources.files("kg.data").joinpath("place_islands.txt").read_text(encoding="utf-8")
    return frozenset(ln.strip() for ln in raw.splitlines()
                     if ln.strip() and not ln.startswith("#"))


def venues(ctx: Context, start: int, end: int) -> list[Hit]:
    """Cities and regions named as where something is ("in Moscow", "visit Khabarovsk")."""
    out = []
    for hit in ctx.places_in(start, end):
        if ctx.inside_name(hit.start, hit.end) and not _name_ends_in_place(ctx, hit) and \
                not _CITY_HALL.match(ctx.text, hit.end):
            continue  # "at Daejeon City Hall" is in Daejeon; "the Busan Port Authority" is not
        if any(s <= hit.start and hit.end <= e for s, e in ctx.title_spans):
            continue  # "Consul General in Vladivostok": a post, not a venue
        if _SEAT.search(ctx.text, max(0, hit.start - 50), hit.start):
            continue  # "according to the Ministry of Education in Sejong": where it sits
        rec = ctx.lex.places.get(hit.id)
        if rec is not None and rec.kind not in VENUE_KINDS:
            continue
        if _BUILDING_AFTER.match(ctx.text, hit.end):
            continue  # "at the Sejong Center in central Seoul": a hall named after a city
        if _ZONE_IN.search(ctx.text, max(0, hit.start - 40), hit.start):
            continue  # "a park in the X Special Economic Zone in Primorsky Krai": where the
            # zone lies, not where the agreement on it was signed
        if _VENUE_LEAD.search(ctx.text[max(0, hit.start - 60) : hit.start]) or \
                _HOSTS.match(ctx.text, hit.end):
            out.append(hit)
        elif hit.id in _islands() and _ON_ISLAND.search(ctx.text, max(0, hit.start - 30),
                                                        hit.start):
            out.append(hit)  # "On Thursday, on Jeju, X met Y": an island is "on"
        elif out and _LISTED_AFTER.fullmatch(ctx.text, out[-1].end, hit.start) and \
                not _contains(ctx, hit.id, out[-1].id):
            out.append(hit)  # "in Moscow (Oct. 23-24) and Yekaterinburg (Oct. 28)"; not "in
            # Pohang, North Gyeongsang Province": the province says where Pohang is
    named = {h.id for h in out}
    out += [h for h in _buildings(ctx, start, end) if h.id not in named]
    out.sort(key=lambda h: h.start)
    # "in the Sestroretsk district of St. Petersburg": the city it is a part of
    part_of = re.compile(r"\s+of\s+(?:the\s+)?")
    return [_city_after(ctx, _capital_of(ctx, h)) for h in out
            if not any(part_of.fullmatch(ctx.text, h.end, o.start) for o in out)]


#: "in Seodaemun District, central Seoul": a district, then the city it is a part of
_COMMA_CITY = re.compile(r",\s+(?:(?:central|downtown|(?:north|south|east|west)(?:ern)?)\s+)?")


def _city_after(ctx: Context, hit: Hit) -> Hit:
    """A district the gazetteer does not know, followed by the city it lies in: the
    occasion is placed in the city, as the gold and readers place it."""
    if hit.id in ctx.lex.places or hit.id not in ctx.lex.shaped_places:
        return hit  # "Ruza, Moscow Oblast": a town, then the region it lies in
    m = _COMMA_CITY.match(ctx.text, hit.end)
    if m is None:
        return hit
    for other in ctx.places_in(m.end(), m.end() + 40):
        rec = ctx.lex.places.get(other.id)
        if other.start == m.end() and rec is not None and rec.kind in _CITY_KINDS:
            return other
    return hit


_CITY_KINDS = {"city", "special_city", "metropolitan_city", "federal_city",
               "special_self_governing_city"}


def _contains(ctx: Context, region: str, place: str) -> bool:
    """``region`` is ``place`` or one of the regions it lies in (``places.tsv`` parents)."""
    seen = set()
    while place and place not in seen:
        if place == region:
            return True
        seen.add(place)
        rec = ctx.lex.places.get(place)
        place = rec.parent if rec is not None else ""
    return False


#: "in the Presnensky district of the Russian capital": the capital it is a part of
_OF_CAPITAL = re.compile(r"\s+(?:district|area|quarter)?\s*of\s+the\s+"
                         r"(?P<c>Russian|(?:South\s+)?Korean)\s+"
                         r"capital\b", re.I)


def _capital_of(ctx: Context, hit: Hit) -> Hit:
    m = _OF_CAPITAL.match(ctx.text, hit.end)
    if m is None:
        return hit
    city = "moscow" if m["c"].lower() == "russian" else "seoul"
    return Hit(hit.start, hit.end, city, hit.surface) if city in ctx.lex.places else hit


def _name_ends_in_place(ctx: Context, hit: Hit) -> bool:
    """"at the Korean Cultural Centre in Yuzhno-Sakhalinsk": a building's name that ends
    by saying where it is says where the occasion was."""
    return ctx.text[max(0, hit.start - 4) : hit.start] == " in " and any(
        s < hit.start and e == hit.end and _VENUE_HEAD.search(ctx.text, s, hit.start - 4)
        for s, e in ctx.name_spans)


#: a building's head noun: the "Consulate General in X" is a body, not where things are held
_VENUE_HEAD = re.compile(r"\b(?:Centre|Center|Hall|House|Museum|Gallery|Park|Palace|Hotel|"
                         r"Theatre|Theater|Library|Stadium|Arena|Complex)$")


@lru_cache(maxsize=1)
def _building_re() -> tuple[re.Pattern[str], dict[str, str]]:
    rows = {r["building"]: r["place"] for r in _data_rows("venue_buildings.tsv")}
    names = "|".join(re.escape(b) for b in sorted(rows, key=len, reverse=True))
    # "at the Institute of Asian and African Studies of Lomonosov Moscow State University": a
    # part of the building, named first
    part = r"(?:[A-Z][\w'’-]*\s+(?:(?:of|and|for)\s+)?){1,8}?of\s+(?:the\s+)?"
    return re.compile(rf"\b(?:in|at)\s+(?:the\s+)?(?:{part})?(?P<b>{names})\b"), rows


def venue_buildings() -> dict[str, str]:
    """Building name -> the city it stands in (``venue_buildings.tsv``)."""
    return _building_re()[1]


def _buildings(ctx: Context, start: int, end: int) -> list[Hit]:
    """"Talks were held in the Kremlin": the city the building stands in
    (``venue_buildings.tsv``)."""
    pattern, place_of = _building_re()
    return [Hit(m.start("b"), m.end("b"), place_of[m["b"]], m["b"])
            for m in pattern.finditer(ctx.text, start, end)]


#: "Ulsan Metropolitan City will host the third Forum next year": the host city, named first
_HOST_BEFORE = re.compile(r"\s(?:will|is\s+to|is\s+set\s+to|"
                          r"plans\s+to|is\s+scheduled\s+to)\s+host\s+the\s+(?:[\w-]+\s+)?$")


def host_before(ctx: Context, sent_start: int, start: int) -> str | None:
    """The city a sentence names as the host right before the channel's name."""
    m = _HOST_BEFORE.search(ctx.text, max(sent_start, start - 60), start)
    if m is None:
        return None
    hits = [h for h in ctx.places_in(sent_start, m.start()) if re.fullmatch(
        r"\s*(?:Metropolitan\s+City|City|Province)?", ctx.text[h.end : m.start()])]
    rec = ctx.lex.places.get(hits[-1].id) if hits else None
    return hits[-1].id if rec is not None and rec.kind in VENUE_KINDS else None
