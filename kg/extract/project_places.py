"""Where a project is when its own words give no gazetteer place.

Two shapes need more than the mention's place tail:

- a project in a special zone ("a greenhouse complex in the X ASEZ"): the zone is a
  regime, not a place of the gazetteer, but it lies in a federal subject, and a
  release that names such a zone names that subject too ("investment sites in
  Primorsky Krai", "Governor of Primorsky Krai"); the subject named nearest before
  the mention is the zone's, failing that the first one after;
- ships built or ordered: they are where they are built, which the release often
  says in the sentence after ("The vessels have been built at the X shipyard in Y").
"""

from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.lexicon import Hit
from kg.extract.project_phrases import Mention

#: kinds of place a special zone lies in (a federal subject)
_SUBJECT_KINDS = frozenset({"krai", "oblast", "republic", "autonomous_okrug", "autonomous_oblast"})

#: "built at the DSME shipyard in Okpo", "will be assembled in Bolshoy Kamen"
BUILT_AT = re.compile(r"\b(?:built|constructed|assembled|made|produced|ordered)\s+(?:at|in|by)\s+"
                      r"(?P<loc>[^.;]{1,80})")


def zone_region(ctx: Context, pos: int, zone: str | None = None) -> str | None:
    """The federal subject the release places the zone in where it names it ("the X ASEZ
    in Primorsky Krai"), else the one it names nearest before ``pos`` (else first after)."""
    subjects = [h for h in ctx.place_hits if is_subject(ctx, h)]
    stated = _stated_region(ctx, subjects, zone) if zone else None
    if stated:
        return stated
    before = [h for h in subjects if h.end <= pos]
    if before:
        return before[-1].id
    after = [h for h in subjects if h.start >= pos]
    return after[0].id if after else None


def _stated_region(ctx: Context, subjects: list[Hit], zone: str) -> str | None:
    """"a wholesale centre in the X ASEZ in Primorsky Krai": the subject right after the
    zone's name, wherever the release writes it so."""
    words = r"\s+".join(re.escape(w) for w in zone.split())
    for m in re.finditer(rf"{words}\s+in\s+(?:the\s+)?", ctx.text):
        hit = next((h for h in subjects if h.start == m.end()), None)
        if hit:
            return hit.id
    return None


#: "the X special economic zone, where a Korean industrial park is planned": "where" names
#: the project's place, the phrase right before its comma
_WHERE = re.compile(r",\s+where\s+$")
_ZONE_END = re.compile(r"\b(?:zones?|ASEZ|TOR|Free\s+Port(?:\s+of\s+[A-Z][\w-]*)?|regime)\s*$",
                       re.I)


def where_place(ctx: Context, start: int) -> str | None:
    """The place of a mention opening a "where" clause: the place or zone the clause hangs
    on (a zone lies in the federal subject named nearest before it)."""
    m = _WHERE.search(ctx.text, max(0, start - 12), start)
    if m is None:
        return None
    hits = [h for h in ctx.places_in(max(0, m.start() - 80), m.start()) if h.end == m.start()]
    if hits:
        return hits[0].id
    if _ZONE_END.search(ctx.text, max(0, m.start() - 80), m.start()):
        return zone_region(ctx, m.start())
    return None


def is_subject(ctx: Context, hit: Hit) -> bool:
    place = ctx.lex.places.get(hit.id)
    return place is not None and place.kind in _SUBJECT_KINDS and place.country == "RU"


def built_place(ctx: Context, start: int) -> str | None:
    """Ships: the place a "built at ... in X" clause of this sentence or the next names."""
    sent = ctx.sentence_of(start)
    if sent is None:
        return None
    sentences = [sent] + ([ctx.sentences[sent.index + 1]]
                          if sent.index + 1 < len(ctx.sentences) else [])
    for s in sentences:
        lo = start if s is sent else s.start
        for m in BUILT_AT.finditer(ctx.text, lo, s.end):
            hits = [h for h in ctx.places_in(m.start("loc"), m.end("loc"))
                    if not ctx.inside_name(h.start, h.end)]
            if hits:
                return _most_specific(ctx, hits).id
    return None


def _most_specific(ctx: Context, hits: list[Hit]) -> Hit:
    """A city before the region it lies in: "in Okpo on Geoje Island" -> the first city."""
    cities = [h for h in hits if getattr(ctx.lex.places.get(h.id), "kind", "") == "city"]
    return (cities or hits)[0]


def joined_place(ctx: Context, mention: Mention) -> list[Mention]:
    """"joint fish processing projects in Kamchatka and Sakhalin": projects placed in two
    regions are the projects in each; the name is what they are, without the places."""
    if mention.head != "project" or not mention.place_from_tail or \
            not mention.label.lower().split(" in ")[0].endswith("projects"):
        return []
    joined = re.compile(r"\s+and\s+(?:the\s+)?").match(ctx.text, mention.span[1])
    hit = next((h for h in ctx.places_in(joined.end(), joined.end() + 60)
                if h.start == joined.end()), None) if joined else None
    if hit is None or hit.id == mention.place_id:
        return []
    mention.label = re.sub(r"\s+(?:in|at|on|near)\s+[^,;]*$", "", mention.label)
    other = Mention(mention.label, mention.kind, mention.head, mention.mods,
                    (mention.span[0], hit.end), hit.id, True, core=mention.core)
    return [other]


def town_in_name(ctx: Context, start: int, end: int, region: str) -> str | None:
    """"the modernisation of the port of X in Y Territory": the town the name holds, when
    the place tail only names the region it lies in, is where the project is."""
    for hit in ctx.places_in(start, end):
        rec = ctx.lex.places.get(hit.id)
        if rec is not None and rec.parent == region:
            return hit.id
    return None


def in_zone_named(ctx: Context, mention: Mention, tail: re.Match[str], own: bool) -> None:
    """"a greenhouse complex in the X ASEZ": the zone is part of the name, and the project
    lies in the federal subject the zone lies in."""
    loc = " ".join(tail.group("loc").split())
    mention.label = f"{mention.label} {tail.group('prep')} {loc}"
    if own:
        mention.span = (mention.span[0], tail.end())
    mention.place_id = zone_region(ctx, mention.span[0], loc)
    mention.place_from_tail = True


def in_zone(ctx: Context, tail: re.Match[str] | None) -> bool:
    """"in the X Advanced Special Economic Zone": a zone locates a project as a place does."""
    if tail is None:
        return False
    return bool(ctx.lex.policy_matcher.find(ctx.text, tail.start("loc"), tail.end("loc"))) or \
        zone_name(ctx, " ".join(tail.group("loc").split()))


def zone_name(ctx: Context, loc: str) -> bool:
    """"a plant in Nadezhdinskaya": one word that names a zone the release names in full
    elsewhere ("the Nadezhdinskaya ASEZ"), said without the kind of zone."""
    if not re.fullmatch(r"[A-Z][\w-]+", loc):
        return False
    named = re.compile(rf"(?<![\w-]){re.escape(loc)}\s+$")
    return any(named.search(ctx.text, max(0, h.start - 40), h.start)
               for h in ctx.lex.policy_matcher.find(ctx.text, 0, len(ctx.text)))


#: what may come before the first place of a tail: "the port of", "the city of"
_LOC_LEAD = re.compile(r"(?:the\s+)?(?:(?:port|city|town)\s+of\s+)?")


def first_place(ctx: Context, tail: re.Match[str], hits: list[Hit]) -> str | None:
    """"at the port of X in Y District of Z": the first place is where the project is, the
    rest only says where that place lies; the name keeps the first ("a terminal at the port
    of X"), as it would if the release had stopped there."""
    if tail.group("part") or tail.group("zone") or len(hits) < 2:
        return None
    first = min(hits, key=lambda h: h.start)
    loc = tail.start("loc")
    if not _LOC_LEAD.fullmatch(ctx.text, loc, first.start) or \
            not re.match(r"\s+in\s", ctx.text[first.end : tail.end("loc")]):
        return None
    return " ".join(ctx.text[loc : first.end].split())


#: "a plant in the X industrial park near Y": a named park the project is set up in; the
#: park stays in the name, as a special zone does, and the place after it is where it is
_IN_PARK = re.compile(
    r"\s+in\s+(?P<park>(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?i:industrial\s+park|technopark|"
    r"technology\s+park|science\s+park|industrial\s+zone|industrial\s+estate))(?![\w-])"
    r"(?:\s+(?:near|in|outside|on\s+the\s+outskirts\s+of)\s+(?P<loc>(?:the\s+)?[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*){0,2}))?")


def in_park(ctx: Context, mention: Mention, end: int) -> bool:
    """"a confectionery plant in the X industrial park near Tver": the park is named with
    the plant, the place after it (else the place the park's own name holds) locates it."""
    m = _IN_PARK.match(ctx.text, end)
    if m is None:
        return False
    mention.label = f"{mention.label} in {' '.join(m.group('park').split())}"
    mention.span = (mention.span[0], m.end())
    hits = ctx.places_in(m.start("loc"), m.end("loc")) if m.group("loc") else \
        ctx.places_in(m.start("park"), m.end("park"))
    if hits:
        mention.place_id, mention.place_from_tail = hits[0].id, True
    return True


#: "a greenhouse complex ... in the X district": the head again, then the place it is in
_IN_AFTER = re.compile(r"[^.;\n]{0,60}?\s+in\s+(?:the\s+)?$")
#: "at the complex in the port town of X": the head told again, placed right after it
_RIGHT_IN = re.compile(r"\s+in\s+(?:the\s+)?(?:(?:port\s+)?(?:city|town|village)\s+of\s+)?$")


def later_place(ctx: Context, mention: Mention) -> str | None:
    """"a greenhouse complex near Yakutsk", later "a greenhouse complex ... in the X
    district": "near" a city says it lies outside it, and the place told with "in" for the
    same head later on is where it is; "the Baltic Chemical Complex", told nowhere, and
    later "the complex in the port town of X": the head told again with its place."""
    near = " near " in mention.label
    if not near and (mention.place_id or mention.kind not in ("np", "named")):
        return None
    word = mention.head if mention.kind == "np" else mention.label.split()[-1].lower()
    lead = "" if near else r"the\s+"
    head = re.compile(rf"(?<![\w-]){lead}{re.escape(word)}(?![\w-])", re.I)
    tail = _IN_AFTER if near else _RIGHT_IN
    for occ in head.finditer(ctx.text, mention.span[1]):
        for hit in ctx.places_in(occ.end(), min(len(ctx.text), occ.end() + 90)):
            if tail.fullmatch(ctx.text, occ.end(), hit.start) and \
                    not ctx.inside_name(hit.start, hit.end):
                return hit.id
    return None
