"""Diplomatic missions a head-of-mission title implies.

"Consul General of the Republic of Korea in Vladivostok" heads that consulate;
"Ambassador of the Republic of Korea to the Russian Federation" heads his state's
embassy in the host state. Readers name both in the states' long names.
"""

from __future__ import annotations

import re

from kg.extract import org_names
from kg.extract.context import Context

_CONSUL = re.compile(r"\bConsul[- ]General\b(?:\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w ]+?))?\s+in\s+"
                     r"(?P<city>(?:St\.\s+)?[A-Z][\w' -]+)$")


def consulate(ctx: Context, bare: str, country: str | None) -> str | None:
    """"Consul General (of the Republic of Korea) in Vladivostok" heads that consulate."""
    m = _CONSUL.search(bare)
    if not m:
        return None
    hits = ctx.lex.place_matcher.find(m.group("city"))
    if not hits:
        return None
    host = ctx.lex.place_country(hits[0].id)
    home = (ctx.lex.country_forms.get(m.group("of")) if m.group("of") else None) or country or \
        {"RU": "KR", "KR": "RU"}.get(host or "")
    if home not in org_names.LONG_NAME:
        return None
    return f"Consulate General of {org_names.LONG_NAME[home]} in {m.group('city')}"


_AMBASSADOR = re.compile(r"^Ambassador(?:\s+Extraordinary\s+and\s+Plenipotentiary)?(?:\s+of\s+"
                         r"(?:the\s+)?(?P<of>[A-Z][\w .]+?))?\s+to\s+(?:the\s+)?"
                         r"(?P<to>[A-Z][\w .]+)$")


def embassy(ctx: Context, bare: str, country: str | None) -> str | None:
    """"Ambassador (of the Republic of Korea) to the Russian Federation" heads his state's
    embassy in the host state: readers name it "Embassy of A in B" in the states' long names.
    Only the two states of these releases: an envoy elsewhere is not theirs to name."""
    m = _AMBASSADOR.match(bare)
    if not m:
        return None
    forms = {**ctx.lex.country_forms, "Russian Federation": "RU", "Republic of Korea": "KR"}
    host = forms.get(m.group("to"))
    home = forms.get(m.group("of")) if m.group("of") else country or \
        {"RU": "KR", "KR": "RU"}.get(host or "")
    if home not in org_names.LONG_NAME or host not in org_names.LONG_NAME or home == host:
        return None
    return f"Embassy of {org_names.LONG_NAME[home]} in {org_names.LONG_NAME[host]}"
