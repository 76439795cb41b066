"""A region's occasion placed in the city the release names there.

Releases say "the third Film Week in Primorye" or file from "Krasnoyarsk Krai" while the
headline or the forum's own name gives the city ("returns to Vladivostok", "Krasnoyarsk
Economic Forum"). An analyst records the city where one is named: the region is only the
release's looser word for the same place.
"""

from __future__ import annotations

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
    if rec is None or rec.kind not in _REGION_KINDS:
        return place_id
    cities = _cities_named(ctx, place_id).most_common(2)
    if not cities or len(cities) > 1 and cities[0][1] == cities[1][1]:
        return place_id  # no city, or no one city the release is about
    return cities[0][0]
