"""Space vehicles a release tells of as Korea's own: "Korea's first space launch vehicle,
Naro-1, whose first stage was built by Russia's X", "Korea's Naro rocket", "Korea's
Compact Advanced Satellite 500, or CAS500-1, was launched ... aboard a Russian rocket".

Korean satellites and rockets built or launched with Russia are cooperation projects,
named by their proper name: the capitalised name of the vehicle ("Compact Advanced
Satellite 500"), the name before its kind ("the Naro rocket"), or the designation set
after a described kind ("first space launch vehicle, Naro-1"). A launcher that only
carries a payload ("aboard a Russian Soyuz rocket") is a service, not a Korean project.
A vehicle lies where it is launched from: the space center or cosmodrome its sentence,
or the one before or after, places ("from the X Space Center in Goheung").
"""

from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.project_phrases import Mention

_KINDS = r"(?:satellite|rocket|space\s+launch\s+vehicle|launch\s+vehicle|spacecraft|orbiter)"
_OWNER = r"(?<![\w-])(?:South\s+)?Korea(?:'s|’s)\s+(?:(?:first|own|new|latest)\s+)?"
#: "Korea's Compact Advanced Satellite 500": a capitalised name holding its kind
_TITLED = re.compile(_OWNER + r"(?P<name>(?:[A-Z][\w-]*\s+){0,3}(?:Satellite|Rocket|Launch\s+"
                     r"Vehicle)(?:\s+\d[\w-]*|-[IVX]+\b|-\d+)?)(?![\w-])")
#: "the Korea Space Launch Vehicle-I (KSLV-I)": a name that says whose it is itself
_OWN_TITLE = re.compile(r"(?<![\w-])(?P<name>(?:South\s+)?Korean?\s+(?:[A-Z][\w-]*\s+){0,3}"
                        r"(?:Satellite|Rocket|Launch\s+Vehicle)(?:\s+\d[\w-]*|-[IVX]+\b|-\d+)?)"
                        r"(?![\w-])")
#: "Korea would build its own 1.5-tonne-class rocket, the KSLV-II": a designation set
#: after the country's own vehicle of a kind
_OWN_DESIGNATED = re.compile(rf"\b(?:its|their)\s+own\s+(?:[\w.-]+\s+){{0,3}}{_KINDS},\s+"
                             r"(?:the\s+)?(?P<name>[A-Z][A-Za-z]*-(?:[IVX]+|\d+)|[A-Z][a-z]+-\d+)"
                             r"(?![\w-])")
#: "Korea's Naro rocket": the name before the kind
_NAMED = re.compile(_OWNER + rf"(?P<name>[A-Z][\w-]*)\s+{_KINDS}(?![\w-])")
#: "Korea's first space launch vehicle, Naro-1,": a designation after the described kind
_DESIGNATED = re.compile(_OWNER + rf"(?:[a-z][\w-]*\s+){{0,3}}{_KINDS},\s+(?:or\s+)?"
                         r"(?P<name>[A-Z][\w]*(?:-[\w]+)*\d[\w-]*|[A-Z][a-z]+-\d+)(?![\w-])")
#: "from the Naro Space Center in Goheung", "at the Baikonur Cosmodrome in X"
_SITE = re.compile(r"(?:Space\s+Cent(?:er|re)|Cosmodrome|[Ss]paceport|launch\s+site)\s+"
                   r"(?:in|near|at)\s+")


#: "the Naro space launch vehicle (KSLV-I) was developed with Russia's X": made together
_BUILT_WITH = re.compile(rf"(?<![\w-])the\s+(?P<name>[A-Z][\w-]*\s+{_KINDS})"
                         r"(?:\s+\([^()]{1,15}\))?\s+(?:was|were)\s+(?:jointly\s+)?(?:developed|built|designed|made)\s+"
                         r"(?:jointly\s+)?with\s+")
#: "developing the CAS500-1 and CAS500-2 satellites": two designations under one kind
_PAIR = re.compile(r"(?<![\w-])(?P<a>[A-Z][A-Za-z]*\d+(?:-\d+)?)\s+and\s+"
                   rf"(?P<name>[A-Z][A-Za-z]*\d+(?:-\d+)?)\s+{_KINDS}s(?![\w-])")


def space_vehicles(ctx: Context) -> list[Mention]:
    """Korea's satellites and rockets named in the body, one mention per naming; one of a
    pair is new only when no longer name was given it before ("... 500-1 (CAS500-1)")."""
    out: list[Mention] = []
    for pattern in (_TITLED, _NAMED, _DESIGNATED, _BUILT_WITH, _PAIR, _OWN_TITLE,
                    _OWN_DESIGNATED):
        for m in pattern.finditer(ctx.text, ctx.body_start):
            span = (m.start("name"), m.end("name"))
            if any(o.span[0] < span[1] and span[0] < o.span[1] for o in out) or \
                    f"({m.group('name')})" in ctx.text:
                continue
            name = " ".join(m.group("name").split())
            rocket = re.search(r"rocket|launch\s+vehicle", m.group(0), re.I)
            site = _launch_site(ctx, span[0]) or (_only_site(ctx) if rocket else None)
            out.append(Mention(name, "named", "named", frozenset({name.lower()}), span,
                               site, True))
    return out


def _launch_site(ctx: Context, pos: int) -> str | None:
    """The place of the launch site told in the vehicle's sentence or next to it."""
    sent = ctx.sentence_of(pos)
    if sent is None:
        return None
    for index in (sent.index, sent.index - 1, sent.index + 1):
        if not 0 <= index < len(ctx.sentences):
            continue
        near = ctx.sentences[index]
        for m in _SITE.finditer(ctx.text, near.start, near.end):
            hit = next((h for h in ctx.places_in(m.end(), near.end) if h.start == m.end()), None)
            if hit is not None:
                return hit.id
    return None


def _only_site(ctx: Context) -> str | None:
    """The one launch site the release names anywhere: a rocket told of far from it is
    launched there all the same (a satellite goes wherever its carrier flies from); with
    several sites named, none is sure."""
    sites = set()
    for m in _SITE.finditer(ctx.text, ctx.body_start):
        hit = next((h for h in ctx.places_in(m.end(), m.end() + 60) if h.start == m.end()), None)
        if hit is not None:
            sites.add(hit.id)
    return sites.pop() if len(sites) == 1 else None
