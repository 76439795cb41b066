"""Short names that refer back to a body the release named in full through a post.

"Minister of Tourism of the Republic of Buryatia Sesegma Badmaeva ... According to the
Ministry of Tourism, 6,200 tourists ...": the bare ministry is the region's, whose minister
the release named; not a federal or a Korean body without a country.
"""

from __future__ import annotations

import re

from kg.extract.context import Context

#: "Ministry of Tourism": a ministry named by its portfolio alone
_BARE_MINISTRY = re.compile(r"^Ministry\s+(?P<portfolio>(?:of|for)\s+[A-Z][\w ,&'-]+)$")
_REGION_KINDS = frozenset({"krai", "oblast", "republic", "province", "autonomous_okrug",
                           "autonomous_oblast", "special_self_governing_province", "city"})


def regional_ministry(ctx: Context, name: str) -> tuple[str, str] | None:
    """The region's ministry a bare "Ministry of X" names, when the release writes a
    "Minister (or Ministry) of X of <region>" for one region only: its full name and state."""
    m = _BARE_MINISTRY.match(name)
    if m is None:
        return None
    portfolio = re.escape(m.group("portfolio"))
    found: dict[str, str] = {}
    for w in re.finditer(rf"\bMinist(?:er|ry)\s+{portfolio}\s+of\s+(?P<region>(?:the\s+)?"
                         rf"[A-Z][\w'-]*(?:\s+(?:of\s+)?[A-Z][\w'-]*){{0,3}})", ctx.text):
        region = w.group("region")
        lead = len(region) - len(re.sub(r"^the\s+", "", region))
        hit = next((h for h in ctx.lex.place_matcher.find(region) if h.start == lead), None)
        rec = ctx.lex.places.get(hit.id) if hit is not None else None
        if rec is None or rec.kind not in _REGION_KINDS:
            continue  # "Minister of Tourism of Korea": a state's, not a region's
        found[f"Ministry {m.group('portfolio')} of {region[: hit.end]}"] = rec.country
    return next(iter(found.items())) if len(found) == 1 else None
