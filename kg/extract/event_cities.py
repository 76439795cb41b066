"""A region's occasion placed in the city the release names there.

Releases say "the third Film Week in Primorye" or file from "Krasnoyarsk Krai" while the
headline or the forum's own name gives the city ("returns to Vladivostok", "Krasnoyarsk
Economic Forum"). An analyst records the city where one is named: the region is only the
release's looser word for the same place.
"""

from __future__ import annotations

import re
from collections import Counter

from kg.extract.context import Context

#: kinds of place that hold cities; a city or a country is left as told
_REGION_KINDS = frozenset({"krai", "oblast", "republic", "autonomous_okrug", "autonomous_oblast",
                           "province"})


def _cities_named(ctx: Context, region: str) -> Counter[str]:
    """How often each city of the region is named in the release (inside names too:
    "Krasnoyarsk Economic Forum" is in Krasnoyarsk)."""
    seen: Counter[str] = Counter()
    for hit in ctx.lex.place_matcher.find(ctx.text):
        rec = ctx.lex.places.get(hit.id)
        if rec is not None and rec.kind == "city" and rec.parent == region:
            seen[hit.id] += 1
    return seen


def city_over_region(ctx: Context, place_id: str | None) -> str | None:
    """The city the release names most often within the region place_id, else place_id."""
    rec = ctx.lex.places.get(place_id) if place_id else None
    if rec is None:
        return _city_of_district(ctx, place_id)
    if rec.kind not in _REGION_KINDS:
        return place_id
    cities = _cities_named(ctx, place_id).most_common(2)
    if not cities or len(cities) > 1 and cities[0][1] == cities[1][1]:
        return place_id  # no city, or no one city the release is about
    return cities[0][0]


#: "the Primorsky District of St. Petersburg", "the Gangnam district, Seoul": a part of a city
_OF_CITY = re.compile(r"\s*(?:(?:[Dd]istrict|[Gg]u|[Rr]aion)\s+)?"
                      r"(?:of\s+(?:the\s+city\s+of\s+)?|,\s*)")


def _city_of_district(ctx: Context, place_id: str | None) -> str | None:
    """A place outside the gazetteer that the release names as a part of a known city
    ("the Primorsky District of St. Petersburg") is, for an occasion, in that city."""
    if place_id is None:
        return None
    for hit in ctx.place_hits:
        if hit.id != place_id:
            continue
        joint = _OF_CITY.match(ctx.text, hit.end)
        if joint is None:
            continue
        for city in ctx.lex.place_matcher.find(ctx.text, joint.end(), joint.end() + 40):
            rec = ctx.lex.places.get(city.id)
            if city.start == joint.end() and rec is not None and rec.kind in _CITY_KINDS:
                return city.id
    return place_id


_CITY_KINDS = frozenset({"city", "federal_city", "special_city", "metropolitan_city",
                         "special_self_governing_city"})
