"""Where a project mention without a place tail of its own lies: the known place of the
facility it names ("carriers ordered at Zvezda" -> where Zvezda is said to be), where
ships are built, a place inside its name ("the Khabarovsk airport"), the project it is
inside ("a rehabilitation center inside the cluster"), then the places of its sentence
or of the sentence before.
"""

from __future__ import annotations

import re

from kg.extract import project_phrases as pp
from kg.extract import project_places as pplaces
from kg.extract.context import Context
from kg.extract.lexicon import Hit
from kg.extract.project_phrases import Mention

#: a place's kind -> how specific it is (lower is more specific)
_RANK = {"city": 0, "county": 0, "federal_city": 0, "special_city": 0, "metropolitan_city": 0,
         "federal_district": 2, "macro_region": 3}


#: a power plant by its own name: "Kostromskaya GRES", "the Kursk NPP", "Shatura Power Plant"
PLANT = r"(?:[A-Z][\w-]*\s+){1,3}?(?:GRES|TPP|CHP|NPP|HPP|SDPP|(?i:power\s+(?:plant|station)))"
#: "the modernization of two power units at Kostromskaya GRES": the plant the units are of
AT_PLANT = re.compile(rf"\s+at\s+(?:the\s+)?(?P<plant>{PLANT})(?![\w-])")
#: "Kostromskaya GRES, located in Volgorechensk in Kostroma Oblast": where a plant lies (a
#: town the gazetteer lacks may stand before the region it is in)
PLANT_PLACE = re.compile(rf"(?P<name>{PLANT}),?\s+(?:which\s+is\s+)?(?:located|situated)\s+"
                         r"in\s+(?:[A-Z][\w-]+\s+in\s+)?(?:the\s+)?$")


_BASED = re.compile(r"-based\b")
#: "tankers for the Arctic": where the thing is for, not where it is made
_FOR = re.compile(r"\bfor\s+(?:the\s+)?$")


def most_specific(ctx: Context, hits: list[Hit]) -> Hit:
    def rank(h: Hit) -> int:
        place = ctx.lex.places.get(h.id)
        return 0 if place is None else _RANK.get(place.kind, 1)
    return min(hits, key=rank)


def facility_places(ctx: Context) -> dict[str, str]:
    """"the Zvezda shipyard in Bolshoy Kamen": where a named facility lies."""
    out: dict[str, str] = {}
    for hit in ctx.place_hits:
        m = pp.FACILITY_PLACE.search(ctx.text[max(0, hit.start - 60) : hit.start]) or \
            PLANT_PLACE.search(ctx.text[max(0, hit.start - 90) : hit.start])
        if m:
            out.setdefault(" ".join(m.group("name").split()), hit.id)
        named = _PLACE_FACILITY.match(ctx.text, hit.end)
        if named and not ctx.places_in(named.start("name"), named.end("name")):
            out.setdefault(named.group("name"), hit.id)
    return out


#: "Novosibirsk Tolmachevo airport", "Vladivostok's Knevichi Airport": a facility's own
#: name after the place it serves; "a terminal at Tolmachevo" then lies in that place
_PLACE_FACILITY = re.compile(r"(?:'s|’s)?\s+(?P<name>[A-Z][\w-]+)\s+(?i:airport|seaport|port|"
                             r"railway\s+station|station)(?![\w-])")


def facility_after(text: str, end: int) -> str | None:
    """"carriers ordered at Zvezda": the facility a participle names."""
    m = re.match(r"\s+(?:ordered|built|made)\s+(?:at|by)\s+(?:the\s+)?([A-Z][\w-]+)", text[end:])
    if m:
        return m.group(1)
    built = pp.BUILT_FACILITY.match(text, end)
    return built.group("fac") if built else None


#: "a rehabilitation center inside the cluster": the project it is part of
_INSIDE = re.compile(r"\s+(?:inside|within|on\s+the\s+(?:site|grounds|territory)\s+of)\s+"
                     r"the\s+([\w-]+)\b")


def fallback_place(ctx: Context, m: Mention, facilities: dict[str, str],
                   earlier: list[Mention] | None = None) -> None:
    """No place tail: the facility's known place, the place of the project it lies inside,
    a place in the name, then the sentence's."""
    if m.facility and m.facility in facilities:
        m.place_id = facilities[m.facility]
        return
    inside = _INSIDE.match(ctx.text, m.span[1])
    host = next((e for e in reversed(earlier or []) if inside and e.place_id and
                 e.head == pp.singular(inside.group(1).lower())), None)
    if host is not None:
        m.place_id = host.place_id
        return
    if m.head in pp.words("vessels"):  # ships are where they are built
        m.place_id = pplaces.built_place(ctx, m.span[1])
        if m.place_id:
            return
    own = [h for h in ctx.places_in(*m.span) if not _in_other_name(ctx, h, m.span)]
    if own:  # "the modernisation of the Khabarovsk airport": the name says where
        m.place_id = most_specific(ctx, own).id
        return
    m.place_id = pplaces.where_place(ctx, m.span[0])
    sent = ctx.sentence_of(m.span[0])
    if sent is None or m.place_id:
        return
    hits = [h for h in ctx.places_in(sent.start, sent.end) if not ctx.inside_name(h.start, h.end)
            and not _BASED.match(ctx.text, h.end)  # "Seoul-based hospitals": whose, not where
            and not _FOR.search(ctx.text, max(0, h.start - 10), h.start)]
    if not hits and sent.index > 0:  # the place the sentence before ended on
        before = ctx.sentences[sent.index - 1]
        hits = [h for h in ctx.places_in(before.start, before.end)
                if not ctx.inside_name(h.start, h.end)][-1:]
    if hits:
        m.place_id = hits[0].id


def _in_other_name(ctx: Context, hit, span: tuple[int, int]) -> bool:
    """A place inside some other name ("the X University in ..."), not inside the project's
    own ("the Pohang Marine Bio Industrial Complex" is in Pohang, though the complex's name
    is a name span)."""
    return any(s <= hit.start and hit.end <= e and (s, e) != (hit.start, hit.end) and
               not (span[0] <= s and e <= span[1]) for s, e in ctx.name_spans)

