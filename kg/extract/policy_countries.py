"""The country that runs a policy found by its shape, from the words around its name.

"Korea's 2050 Carbon Neutrality Strategy", "the Russian Energy Strategy": a demonym
before the name; "the New Eastern Policy of Russia": the country after it; "the
K-Battery Development Strategy announced by the Korean government last week": the
government told as the one that announced (adopted, unveiled) it. Korea brands its
national strategies with a "K-" prefix ("K-Semiconductor Strategy", "K-New Deal"), so a
name that opens with it is Korea's.
"""

from __future__ import annotations

import re

from kg.extract.context import Context

#: "the New Eastern Policy of Russia": the country after the name
_OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?(?P<c>Russian\s+Federation|Russia|Republic\s+of\s+"
                         r"Korea|South\s+Korea|Korea)\b")
_DEMONYM_BEFORE = re.compile(r"(Korea's|Russia's|Korean|Russian|South Korea's)(?:\s+\w+){0,4}\s*$")
#: ", announced by the Korean government", "adopted by the Russian government in 2019"
_BY_GOVERNMENT = re.compile(
    r",?\s+(?:(?:which|that)\s+(?:was|were)\s+)?(?:(?:recently|officially|newly)\s+)?"
    r"(?:announced|adopted|unveiled|approved|launched|introduced|released|drawn\s+up|"
    r"published)\s+(?:\w+\s+)?by\s+(?:the\s+)?(?P<who>South\s+Korean|Korean|Russian)\s+"
    r"(?:government|cabinet|president|administration)\b", re.I)
#: "K-Battery", "K-New Deal": Korea's brand for its national strategies
_K_BRAND = re.compile(r"^K-[A-Z]")


def country_cue(ctx: Context, start: int, surface: str, end: int | None = None) -> str | None:
    """The country of the policy named ``surface`` at ``start``..``end``, or None."""
    if "Russian Federation" in surface:  # "Strategy for ... of the Russian Federation"
        return "RU"
    m = _DEMONYM_BEFORE.search(ctx.text[max(0, start - 60) : start])
    if m:
        return ctx.lex.demonyms.get(m.group(1))
    for cue, code in (("Korea", "KR"), ("Russia", "RU")):
        if cue in surface:
            return code
    if end is None:
        return None
    after = _OF_COUNTRY.match(ctx.text, end)
    if after:
        return "RU" if after.group("c").startswith("Russia") else "KR"
    return _announced_by(ctx, end) or ("KR" if _K_BRAND.match(surface.strip()) else None)


def _announced_by(ctx: Context, end: int) -> str | None:
    """The government told right after the name as the one that announced it."""
    m = _BY_GOVERNMENT.match(ctx.text, end)
    if not m:
        return None
    return "RU" if m.group("who").lower() == "russian" else "KR"
