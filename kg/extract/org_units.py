"""Regional units of a known body, written with a lower-case unit noun.

"the EMERCOM main directorate for Primorsky Krai", "the Rosstat regional office in Khabarovsk
Krai": a federal body's unit for a region is a body of its own, which readers name as the
release does; the federal body alone is a different one. (A unit written in capitals, "the
Rosselkhoznadzor Directorate for Primorsky Krai", is a name of a body's shape already.)
"""

from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.lexicon import Hit
from kg.extract.org_names import Found, place_list

#: " main directorate for ", " regional office in the ": a unit noun and its region's preposition
_UNIT_TAIL = re.compile(r"\s+(?:(?:[Mm]ain|[Rr]egional|[Tt]erritorial|[Ii]nterregional|"
                        r"[Ll]ocal)\s+)?"
                        r"(?:[Dd]irectorate|[Dd]epartment|[Aa]dministration|[Oo]ffice|[Bb]ranch)\s+"
                        r"(?:for|in)\s+(?:the\s+)?")
#: places a body may have a unit for: regions, not cities or states
_REGION_KINDS = frozenset({"krai", "oblast", "republic", "province", "autonomous_okrug",
                           "autonomous_oblast", "federal_district", "macro_region",
                           "special_self_governing_province", "federal_city"})


#: "the Main Directorate of ", "the Regional Office of the ": a capitalised unit before its body
_UNIT_HEAD = re.compile(r"(?<![\w-])(?:(?:Main|Regional|Territorial|Interregional)\s+)?"
                        r"(?:Directorate|Department|Branch|Office|Administration)\s+of\s+"
                        r"(?:the\s+)?$")
#: " for Primorsky Krai" after "the Main Directorate of EMERCOM of Russia"
_FOR_REGION = re.compile(r"\s+(?:for|in)\s+(?:the\s+)?")


def regional_unit(ctx: Context, hit: Hit, places: list[Hit], country: str | None) -> Found | None:
    """The unit for a region a known body's name opens ("EMERCOM main directorate for
    Primorsky Krai") or sits in ("the Main Directorate of EMERCOM of Russia for Primorsky
    Krai"), reaching to the last region it is for; None when the name stands alone."""
    own = regional_ministry(ctx, hit, places)
    if own is not None:
        return own
    start = hit.start
    m = _UNIT_TAIL.match(ctx.text, hit.end)
    if m is None:
        head = _UNIT_HEAD.search(ctx.text, max(0, hit.start - 50), hit.start)
        m = _FOR_REGION.match(ctx.text, hit.end) if head else None
        if m is None:
            return None
        start = head.start()
    regions = place_list(ctx, m.end(), places)
    if not regions or not all(_is_region(ctx, h) for h in regions):
        return None
    end = regions[-1].end
    return Found(ctx.text[start:end], start, end, country)


#: " of Sakhalin Oblast", " of the Khabarovsk Territory": a region after a ministry's name
_OF_REGION = re.compile(r"\s+of\s+(?:the\s+)?")
#: regions that have their own ministries (a federal district or a city has none)
_MINISTRY_REGIONS = frozenset({"krai", "oblast", "republic", "autonomous_okrug",
                               "autonomous_oblast", "federal_city"})


def regional_ministry(ctx: Context, hit: Hit, places: list[Hit]) -> Found | None:
    """"the Ministry of Health of Sakhalin Oblast" is the region's own ministry, a body of its
    own: a federal subject names its ministries like the federal ones, with the region as a
    tail. A state's name as the tail ("of the Russian Federation") is no region."""
    if not any(ctx.lex.orgs[i].kind == "ministry" for i in ctx.lex.org_ids_for(hit.surface)):
        return None
    m = _OF_REGION.match(ctx.text, hit.end)
    if m is None:
        return None
    region = next((h for h in places if h.start == m.end()), None)
    rec = ctx.lex.places.get(region.id) if region else None
    if region is None or rec is None or rec.kind not in _MINISTRY_REGIONS:
        return None
    return Found(ctx.text[hit.start : region.end], hit.start, region.end, rec.country or None)


def unit_in_title(ctx: Context, title: str) -> str | None:
    """"head of the EMERCOM main directorate for Primorsky Krai": the unit that ends the title."""
    for hit in ctx.lex.org_matcher.find(title):
        start = hit.start
        m = _UNIT_TAIL.match(title, hit.end)
        if m is None:  # "head of the Main Directorate of EMERCOM of Russia for Primorsky Krai"
            head = _UNIT_HEAD.search(title, 0, hit.start)
            m = _FOR_REGION.match(title, hit.end) if head else None
            start = head.start() if head else start
        if m is None or not re.search(r"\b(?:of|at)\s+(?:the\s+)?$", title[:start]):
            continue
        rest = title[m.end() :]
        hits = [h for h in ctx.lex.place_matcher.find(rest) if h.start == 0]
        if hits and re.fullmatch(r"(?:[A-Z][\w()-]*\s*|and\s+)+", rest):
            return _as_named(ctx, title[start:])
    return None


_STATE = re.compile(r"\s+of\s+(?:the\s+)?(?:Russian Federation|Russia|Republic of Korea|Korea)\b")


def _as_named(ctx: Context, unit: str) -> str:
    """The unit as the release names it in full, when a title leaves out a state it names
    ("of EMERCOM for X" in the title, "of EMERCOM of Russia for X" in the text)."""
    from kg.extract.org_names import fold, mentions

    key = fold(_STATE.sub("", unit))
    return next((f.name for f in mentions(ctx) if fold(_STATE.sub("", f.name)) == key), unit)


def _is_region(ctx: Context, hit: Hit) -> bool:
    rec = ctx.lex.places.get(hit.id)
    return rec is not None and rec.kind in _REGION_KINDS
