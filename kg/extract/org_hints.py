"""The body a person's name is followed by: "Kim, of the Ministry of X", "Choi of MSIT".

The people step hands over the words after a name ("of the Ministry of Foreign Affairs and
Anton Dremov"); the body they open is the person's, less place tails and a second person.
"""

from __future__ import annotations

import re

from kg.extract import org_names
from kg.extract.context import Context


def country_tail() -> re.Pattern[str]:
    """The state's name as a tail of a body's name, as the organizations step cuts it."""
    from kg.extract.orgs import _COUNTRY_TAIL

    return _COUNTRY_TAIL


def hinted_org(ctx: Context, hint: str) -> str | None:
    """"of the Ministry of Foreign Affairs" after a name: that body, without place tails."""
    m = re.match(rf"of\s+(?:the\s+)?(?P<org>(?:(?:[A-Z][\w'’-]*|and|&)\s+)*?"
                 rf"(?:{org_names.heads_re()})\b.*)", hint)
    if not m:
        return _known_after_of(ctx, hint)
    known = ctx.lex.org_matcher.find(hint, m.start("org"), len(hint))
    if known and known[0].start == m.start("org"):  # "Ministry of Trade, Industry and Energy"
        return _untailed(known[0].surface)
    org = re.split(r"\s+(?:in|on|at)\s+|,|\s+\(|\s+and\s+(?=(?:[A-Z][\w-]*\s+){0,3}(?:Minister|"
                   r"Deputy|Vice|President|Director|Chairman|Governor|Ambassador|Head)\b)",
                   m.group("org"))[0]
    shaped = org_names.name_re().match(org)  # "X Agency and Anton Dremov": the name alone
    if shaped and shaped.end() < len(org) and re.match(r"\s+and\s", org[shaped.end() :]):
        org = shaped.group(0)
    return _untailed(org)


def _untailed(name: str) -> str:
    """The name less its state tail, unless that leaves a bare head ("Embassy of the Republic
    of Korea" is that state's embassy, not some "Embassy")."""
    bare = country_tail().sub("", name)
    return bare if " " in bare.strip() else name


def _known_after_of(ctx: Context, hint: str) -> str | None:
    """"Choi Won-ho of MSIT", "Commissioner General Yoo of the KNPA": a known body named by
    a short form or abbreviation right after the name, with no head noun to find it by."""
    m = re.match(r"of\s+(?:the\s+)?", hint)
    if not m:
        return None
    hit = next((h for h in ctx.lex.org_matcher.find(hint, m.end()) if h.start == m.end()), None)
    if hit is None or re.match(r"(?:'s|’s|[\w-])", hint[hit.end :]):
        return None  # "of the KNPA's Cyber Bureau": a unit of that body, not the body
    return hit.surface
