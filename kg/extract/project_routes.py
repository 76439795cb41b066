"""Projects with a name of their own or named by what they join: "Arctic LNG 2", "the
Rajin-Khasan logistics project", "linking the railways of the Korean Peninsula with
the Trans-Siberian Railway", "the ferry service between Donghae and Vladivostok".

A route named by its ends lies at them; a named project without such a name takes
the place its own place tail gives, or, when a sentence opens with it ("Arctic LNG 2,
led by ..., is building a plant on the Gydan Peninsula"), that sentence's place.
"""

from __future__ import annotations

import re

from kg.extract import project_phrases as pp
from kg.extract.context import Context
from kg.extract.lexicon import Hit
from kg.extract.project_phrases import Mention
from kg.extract.project_places import is_subject


def named(ctx: Context) -> list[Mention]:
    out = []
    for m in pp.NAMED.finditer(ctx.text, ctx.body_start):
        if ctx.inside_name(m.start(), m.end()):
            continue
        det = re.match(r"(?:The|A|An|This)\s+", m.group("name"))
        start = m.start("name") + (det.end() if det else 0)
        name = " ".join(ctx.text[start : m.end("name")].split())
        if det and len(name.split()) < 2:  # "The Yamal LNG project": the name less "The"
            continue
        if _commodity(ctx, m, name) or _PREFIXED.match(name):
            continue  # "the Trans-Siberian route": a way goods go, not a project
        if _one_place(ctx, start, name):
            continue  # "the Seoul - Yuzhno-Sakhalinsk route": one end's name is no route
        if _FLOWN_ON.search(ctx.text, max(0, start - 40), start) and \
                re.search(r"(?:route|line)$", name):
            continue  # "charter flights on the A–B route": traffic on it, no route being made
        end = m.end()
        proj = re.match(r"\s+project(?![\w-])", ctx.text[end:])
        end += proj.end() if proj else 0
        for one, first in _numbered_names(ctx, name, start):
            mention = Mention(one, "named", "named",
                              frozenset(w.lower() for w in re.split(r"[\s-]+", one)) -
                              {"project"}, (first, end))
            place_named(ctx, mention, m.start(), end)
            out.append(mention)
        ctx.name_spans.append((m.start(), m.end()))
    _place_by_reference(ctx, out)
    return out


#: "the Primorye-1 and ": numbered names before the last one, sharing its head
_NUMBERED_BEFORE = re.compile(r"(?P<names>(?:[A-Z][a-z]+[-–]\d{1,2}\s*,\s*)*[A-Z][a-z]+[-–]"
                              r"\d{1,2}),?\s+and\s+$")
_PLURAL_ROUTE = re.compile(r"(?P<one>^[A-Z][a-z]+[-–]\d{1,2}\s.*(?:corridor|route|railway|"
                           r"pipeline|bridge))s$")


def _numbered_names(ctx: Context, name: str, start: int) -> list[tuple[str, int]]:
    """"the Primorye-1 and Primorye-2 international transport corridors": one project per
    numbered name under the shared plural head, each named with that head in the singular."""
    plural = _PLURAL_ROUTE.match(name)
    if plural is None:
        return [(name, start)]
    one = plural.group("one")
    rest = one.split(None, 1)[1]
    before = _NUMBERED_BEFORE.search(ctx.text, max(0, start - 80), start)
    if before is None:
        return [(one, start)]
    names = re.split(r"\s*,\s*", before.group("names"))
    return [(f"{n} {rest}", before.start()) for n in names] + [(one, start)]


def _one_place(ctx: Context, start: int, name: str) -> bool:
    """"Yuzhno-Sakhalinsk route": a hyphenated name that is one place, not two ends joined;
    what follows it is a way to or from that place, no route named of its own."""
    compound = re.match(r"[A-Z][a-z]+(?:[-–][A-Z][a-z]+)+", name)
    if not compound or name.endswith("project"):
        return False
    end = start + compound.end()
    return any(h.start == start and h.end == end for h in ctx.places_in(start, end))


#: "flights on the", "services along the": what runs on a route that exists already
_FLOWN_ON = re.compile(r"\b(?:flights?|services|sailings|voyages|trips)\s+(?:on|along|over)\s+"
                       r"(?:the\s+)?$", re.I)
#: a compound opened by a prefix, not by a place: "Trans-Siberian", "Pan-Asian"
_PREFIXED = re.compile(r"(?:Trans|Pan|Inter|Intra|Cross|Sub)[-–]")


def place_named(ctx: Context, mention: Mention, start: int, end: int,
                inside: bool = False) -> None:
    """A named project lies at the ends its name joins, where its tail says, where the
    facility it is numbered after is, or where the sentence it opens places it."""
    name = mention.label
    hits = _compound_places(ctx, name)
    if not hits:
        hits = _tail_places(ctx, end)
    if not hits:
        hits = _stem_facility_places(ctx, name)
    if not hits and inside:
        hits = ctx.places_in(start, end)  # "Big Port Zarubino": the place in its name
    if not hits and starts_with_named(ctx, start):
        sent = ctx.sentence_of(start)
        hits = ctx.places_in(end, sent.end) if sent else []
    if hits:
        mention.place_id, mention.place_from_tail = hits[0].id, True


#: "participation in the project on the Gydan Peninsula": "the project" is the one just named
_THE_PROJECT_AT = re.compile(r"\bthe\s+project\s+(?:in|on|at|near)\s+(?:the\s+)?")
_REFERENCE_REACH = 400


def _place_by_reference(ctx: Context, named_: list[Mention]) -> None:
    """A named project without a place of its own takes the place that "the project" gets
    soon after it, when no other project is named in between."""
    for m in _THE_PROJECT_AT.finditer(ctx.text, ctx.body_start):
        hit = next((h for h in ctx.places_in(m.end(), m.end() + 60) if h.start == m.end()), None)
        before = [n for n in named_ if n.span[1] <= m.start()]
        if hit is None or not before:
            continue
        last = before[-1]
        if last.place_id is None and m.start() - last.span[1] < _REFERENCE_REACH:
            last.place_id, last.place_from_tail = hit.id, True


#: what a numbered project may be a unit or stage of: "unit 1 of the Kori nuclear power
#: plant near Busan" for "the Kori-1 project"
_UNIT_OF = r"(?:plant|station|field|deposit|complex|shipyard|site|center|centre|mine|terminal)"


def _stem_facility_places(ctx: Context, name: str) -> list[Hit]:
    """"the Kori-1 project", told earlier as "unit 1 of the Kori nuclear power plant near
    Busan": a project numbered after a facility lies where the release places it."""
    stem = re.match(r"([A-Z][a-z]+)-\d{1,2}$", name.split()[0])
    if stem is None:
        return []
    pat = re.compile(rf"(?<![\w-]){stem.group(1)}(?:\s+[\w-]+){{0,3}}?\s+{_UNIT_OF}\s+"
                     r"(?:in|near|at|on)\s+(?:the\s+)?")
    for m in pat.finditer(ctx.text, ctx.body_start):
        hit = next((h for h in ctx.places_in(m.end(), m.end() + 60) if h.start == m.end()), None)
        if hit is not None:
            return [hit]
    return []


#: a short name in brackets right after a name: "(TsKAD)", "(ESPO)"
_SHORT_NAME = re.compile(r"\s+\([A-Z][\w-]{1,10}\)")


def _tail_places(ctx: Context, end: int) -> list[Hit]:
    """"Yamal LNG in X", "the Y LNG 2 project of Novatek on the X Peninsula", "the Z LNG
    project, which ships gas from the port of X": the place the name's tail gives."""
    short = _SHORT_NAME.match(ctx.text, end)  # "the Central Ring Road (TsKAD) in X"
    end = short.end() if short else end
    facility = _FACILITY.match(ctx.text, end) or _INVESTMENT_PROJECT.match(ctx.text, end)
    end = facility.end() if facility else end
    owner = _OWNER.match(ctx.text, end)
    tail = pp.TAIL.match(ctx.text, owner.end() if owner else end)
    if tail:
        return _subject_first(ctx, ctx.places_in(tail.start("loc"), tail.end("loc")))
    rel = _WHICH_AT.match(ctx.text, end) or _WHICH_UNITES.match(ctx.text, end)
    if rel:
        return [h for h in ctx.places_in(rel.end(), rel.end() + 60) if h.start == rel.end()]
    return []


def _subject_first(ctx: Context, hits: list[Hit]) -> list[Hit]:
    """"on the X Peninsula in the Y Autonomous Okrug": a landform no gazetteer lists, told
    with the federal subject it lies in, is placed by that subject (a landform alone, or
    one told in a macro-region, keeps its own name)."""
    if len(hits) < 2 or ctx.lex.places.get(hits[0].id) is not None or \
            not is_subject(ctx, hits[1]) or \
            not _IN_THE.fullmatch(ctx.text, hits[0].end, hits[1].start):
        return hits
    return [hits[1], hits[0], *hits[2:]]


_IN_THE = re.compile(r"\s+in\s+(?:the\s+)?")


#: "the Polar LNG plant in the port of X": the facility the name is given to, before its place
_FACILITY = re.compile(r"\s+(?:plant|terminal|facility|facilities|complex|field|deposit)(?![\w-])")
#: "the X integrated investment project": what the name is the name of
_INVESTMENT_PROJECT = re.compile(r"\s+(?:integrated|comprehensive|complex)\s+investment\s+project"
                                 r"(?![\w-])")
#: ", which unites Krasnoyarsk Krai, ...": the regions a project spans, the first its place
_WHICH_UNITES = re.compile(r",\s+which\s+(?:unites|covers|spans|includes|embraces|comprises|"
                           r"brings\s+together)\s+(?:the\s+)?")
#: "of Novatek": the company that runs it, between a name and its place
_OWNER = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2}"
                    r"(?=\s+(?:in|at|on|near)\s)")
#: ", which ships liquefied natural gas from the port of X"
_WHICH_AT = re.compile(r",\s+which\s+[^,.;()]{0,60}?\b(?:from|in|at|on|near)\s+(?:the\s+)?"
                       r"(?:(?:sea)?port\s+(?:city\s+)?of\s+|city\s+of\s+|town\s+of\s+)?")


def _commodity(ctx: Context, m: re.Match[str], name: str) -> bool:
    """"buyer of Sakhalin LNG", "Russian LNG supplies": the gas, not a plant; a
    "Korea-Russia project" is named by its partners, not by places."""
    if pp.COMMODITY_BEFORE.search(ctx.text[max(0, m.start() - 30) : m.start()]):
        return True
    if pp.COMMODITY_AFTER.match(ctx.text, m.end()):
        return True
    if " LNG" not in name:  # "the Korea-Russia joint project" is no route between places
        return pp.is_owner(ctx.lex, name.split()[0])
    return pp.is_owner(ctx.lex, name.rsplit(" LNG", 1)[0])


def _compound_places(ctx: Context, name: str) -> list[Hit]:
    """"Rajin-Khasan": a route named by its ends lies at them."""
    first = re.sub(r"\s?([-–])\s?", r"\1", name).split()[0]  # "Sokcho - Vladivostok"
    hits: list[Hit] = []
    for part in re.split(r"[-–]", first) if re.search(r"[-–]", first) else []:
        found = ctx.lex.place_matcher.find(part)
        if found and found[0].surface == part:
            hits.append(found[0])
    return hits


def starts_with_named(ctx: Context, start: int) -> bool:
    """Does the sentence holding ``start`` open with a named project, in apposition or as
    the subject a predicate noun describes ("Arctic LNG 2 is Novatek's second LNG
    project")?"""
    sent = ctx.sentence_of(start)
    if sent is None:
        return False
    m = pp.NAMED.match(ctx.text, sent.start)
    return bool(m and _DESCRIBED.match(ctx.text, m.end(), sent.end))


#: ", ..." or "is the/a/X's ...": what follows a named project that only describes it
_DESCRIBED = re.compile(r",|\s+(?:is|was|remains|will\s+be)\s+(?:the|an?|[A-Z][\w-]*['’]s)\s")


def links(ctx: Context) -> list[Mention]:
    """Joining railways: named as the joining ("linking X with Y", "connection of X and Y")."""
    out = []
    for m in pp.LINK.finditer(ctx.text, ctx.body_start):
        if not re.search(r"railway|railroad", m.group("a"), re.I):
            continue
        verb = "linking" if "link" in m.group("verb") else "connection of"
        label = " ".join(f"{verb} {m.group('a')} {m.group('conj')} {m.group('b')}".split())
        out.append(Mention(label, "link", "link", frozenset(label.lower().split()),
                           (m.start(), m.end())))
    return out


def services(ctx: Context) -> list[Mention]:
    """Routes between places; the places are the route's ends."""
    out = []
    for m in pp.service_pattern().finditer(ctx.text, ctx.body_start):
        ends = [g for g in ("a", "b", "c", "d", "e", "f") if m.group(g)]
        hits = [h for g in ends for h in ctx.places_in(m.start(g), m.end(g))]
        if not hits:
            continue  # "between the two countries": a route needs a place at one end at least
        if _by_air(ctx, m):
            continue  # passenger flights are an airline's timetable, not a joint project
        before = ctx.text[max(0, m.start() - 40) : m.start("head")]
        if _plural_head(m.group("head")) and not _OPENED.search(before):
            continue  # flights, routes: a project only when opened or resumed
        mods = pp.strip_weak(m.group("mods").split(), keep=_SERVICE_KINDS)
        joined = "between" if m.group("a") else "from" if m.group("e") else "linking"
        second = "and" if m.group("a") else "to" if m.group("e") else m.group("conj")
        first, rest = m.group(ends[0]), m.group(ends[1])
        label = " ".join(f"{' '.join(mods)} {m.group('head')} {joined} {first} {second} {rest}"
                         .split())
        if m.group("cargo"):  # "a delivery line for parcels between A and B": named by its load
            label = " ".join(f"{' '.join(mods)} {m.group('head')} for {m.group('cargo')}".split())
        start = m.start("head") - sum(len(w) + 1 for w in mods) if mods else m.start("head")
        out.append(Mention(label, "service", "service", frozenset(h.id for h in hits),
                           (start, m.end()), hits[0].id, True))
    return out


def _by_air(ctx: Context, m: re.Match[str]) -> bool:
    """"direct flights between A and B", "a route from A to B with two flights a week": a
    flight, or a bare route or line in a sentence about flying (the vocabulary's
    [air-words]); a ferry or cargo route is named by its kind and stays."""
    head = " ".join(m.group("head").lower().split())
    if head.startswith("flight"):
        return True
    if head.rstrip("s") not in ("route", "line", "service"):
        return False
    sent = ctx.sentence_of(m.start())
    words = set(re.findall(r"[a-z]+", (sent.text if sent else "").lower()))
    return not words.isdisjoint(pp.words("air-words"))


#: weak words that tell one service from another: "a pilot container train"
_SERVICE_KINDS = frozenset({"pilot"})


def _plural_head(head: str) -> bool:
    """"flights", "the routes from A to B": traffic that runs, not one route being made."""
    return head.lower().startswith("flight") or head.lower().endswith(("routes", "lines",
                                                                         "services"))


_OPENED = re.compile(r"\b(?:resum|launch|open|expan|introduc|establish|increas)\w*\s+"
                     r"(?:the\s+)?(?:[\w-]+\s+){0,3}$")
