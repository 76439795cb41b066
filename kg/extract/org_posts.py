"""Bodies a post implies through its context rather than its own words.

"Trade, Industry and Energy Minister Yoo" (a title cut to "Energy Minister" still names
MOTIE), "director general at the oceans ministry", a Russian Deputy Prime Minister on a page
that names "The Russian Government", and a governor whose regional government the release
names ("Government of Primorsky Krai" atop the page, "the regional government" in passing).
"""

from __future__ import annotations

import re

from kg.extract import org_governments, org_names, org_portfolios
from kg.extract.context import Context, Span


def exact_table(ctx: Context, title: str, country: str | None) -> str | None:
    """The body the titles table gives this very title, for the holder's state or any."""
    implies = ctx.lex.titles.implies
    return (implies.get((title, country)) if country else None) or implies.get((title, ""))


#: "Trade, Industry and " or "Health and Welfare " right before "Minister": the portfolios
_PORTFOLIO_RUN = re.compile(r"(?:[A-Z][a-z]+(?:,\s+|\s+(?:and|&)\s+|\s+))+$")


def listed_portfolio(ctx: Context, title: str, span: Span, country: str | None) -> str | None:
    """"Trade, Industry and Energy Minister Yoo", "Health and Welfare Minister Ryu": a
    minister of several portfolios, whose title may reach us cut to its last word or to
    "Minister", heads the ministry the titles table gives a minister of any one of them."""
    if not re.fullmatch(r"(?:[A-Z][a-z]+,?\s+(?:(?:and|&)\s+)?)*Minister", title):
        return None
    run = _PORTFOLIO_RUN.search(ctx.text, max(0, span[0] - 80), span[0])
    full = (run.group(0) if run else "") + title
    words = re.findall(r"[A-Z][a-z]+", full.removesuffix("Minister"))
    for candidate in dict.fromkeys([full] + [f"{w} Minister" for w in words]):
        org = exact_table(ctx, candidate, country)
        if org:
            return org
    return None


_AT_PORTFOLIO = re.compile(r"\b(?:at|of|in)\s+the\s+(?P<x>[a-z]+(?:\s+and\s+[a-z]+)?\s+ministry)$")


_AT_PORTFOLIO_AFTER = re.compile(r"\s+(?:at|of|in)\s+the\s+(?P<x>[a-z]+(?:\s+and\s+[a-z]+)?\s+"
                                 r"ministry)\b")


def portfolio_in_title(ctx: Context, title: str, span: Span, country: str | None) -> str | None:
    """"director general for international cooperation at the oceans ministry": the ministry
    the titles table gives that portfolio in the holder's state, in the title or right after
    it."""
    m = _AT_PORTFOLIO.search(title) or _AT_PORTFOLIO_AFTER.match(ctx.text, span[1])
    if not m or not country:
        return None
    name, _ = org_portfolios.portfolio_ministry(ctx, m.group("x"), country)
    return name if name != m.group("x") else None


_PRIME_MINISTER = re.compile(r"^(?:First\s+)?(?:Deputy\s+|Vice\s+)?Prime\s+Minister"
                             r"(?:\s+of\s+(?:the\s+)?(?:Russian Federation|Russia))?$")


_RU_GOVERNMENT = "ru-government"


def cabinet(ctx: Context, title: str, country: str | None) -> str | None:
    """A Russian (Deputy) Prime Minister sits in the Government of the Russian Federation;
    readers count that body only when the page names it ("The Russian Government" atop a
    government.ru page), as they do a governor's regional government."""
    if country != "RU" or not _PRIME_MINISTER.match(title):
        return None
    for hit in ctx.lex.org_matcher.find(ctx.text):  # not as a party in an agreement's name
        if ctx.lex.org_id_for(hit.surface, "RU") == _RU_GOVERNMENT and \
                not org_names.inside_agreement(ctx, hit.start):
            return ctx.lex.orgs[_RU_GOVERNMENT].name_en
    return None


#: "Vice Governor of Primorsky Krai", "Khabarovsk Krai Governor", "Head of the Republic of Sakha"
_GOVERNOR_OF = re.compile(r"^(?:(?:First\s+)?(?:Vice|Deputy|Acting)[\s-]+)?(?:Governor|Head)"
                          r"(?:\s+for\s+[A-Z][\w ]+?)?\s+of\s+(?:the\s+)?(?P<place>.+)$")
_PLACE_GOVERNOR = re.compile(r"^(?P<place>.+?)\s+(?:(?:Vice|Deputy|Acting)[\s-]+)?Governor$")
_PORTFOLIO_TAIL = re.compile(r"\s+for\s+[A-Z][\w ,&-]*$")
#: "according to the regional government": the governor's region's government, named in passing
_REGIONAL_GOV = re.compile(r"\bthe\s+(?:regional|region's|region’s)\s+government\b(?!'s|’s)")
_IN_CHARGE = re.compile(r",?\s+(?:in\s+charge\s+of|responsible\s+for)\s+.*$")
#: kinds of Korean provinces, whose (vice) governors head a provincial government the release
#: may name ("the Government of Gyeongsangbuk-do")
_PROVINCE_KINDS = frozenset({"province", "special_self_governing_province"})
#: kinds of Russian federal subjects, whose governors head a regional government
_SUBJECT_KINDS = frozenset({"krai", "oblast", "republic", "autonomous_okrug", "autonomous_oblast"})


def regional_government(ctx: Context, bare: str) -> str | None:
    """A Russian governor belongs to his region's government ("Government of Primorsky Krai")
    when the release names that government ("the Primorye government", the page's own header,
    or "the regional government" in passing); an unnamed one is left out, as readers do not
    count it among the bodies. A Korean (vice) governor's provincial government is named too
    variously to build, so it counts only when the release names it outright."""
    bare = _IN_CHARGE.sub("", bare)  # "Vice-Governor of X in charge of international relations"
    for title in (bare, _PORTFOLIO_TAIL.sub("", bare)):  # "... of the Leningrad Region for Economy"
        m = _GOVERNOR_OF.match(title) or _PLACE_GOVERNOR.match(title)
        hits = ctx.lex.place_matcher.find(m.group("place")) if m else []
        if len(hits) == 1 and hits[0].end - hits[0].start == len(m.group("place")):
            break
    else:
        return None
    place = m.group("place")
    rec = ctx.lex.places.get(hits[0].id)
    if rec is None or rec.kind not in (_SUBJECT_KINDS if rec.country == "RU" else _PROVINCE_KINDS):
        return None
    the = "the " if re.search(r"\b(?:Region|Territory)$", place) else ""
    name = f"Government of {the}{place}"
    from kg.extract.orgs import government_key

    key = government_key(ctx, name)
    named = any(government_key(ctx, f.name) == key for f in org_names.mentions(ctx)) or \
        org_governments.named_anywhere(ctx, hits[0].id) or \
        rec.country == "RU" and _REGIONAL_GOV.search(ctx.text) is not None
    return name if named else None


#: "head of the KRC's overseas agricultural development team": a unit of a body the release
#: named before and abbreviated in brackets
_ABBR_OWNER = re.compile(r"\b(?:of|at)\s+(?:the\s+)?(?P<abbr>[A-Z][A-Za-z]{1,9})(?:'s|’s)\s")


def abbreviated_owner(ctx: Context, title: str) -> str | None:
    """The body whose bracketed abbreviation ("the Korea Rural Community Corporation (KRC)")
    owns the unit the title heads."""
    m = _ABBR_OWNER.search(title)
    if m is None:
        return None
    abbr = m.group("abbr")
    for f in org_names.mentions(ctx):
        if re.match(rf"\s*\({re.escape(abbr)}\)", ctx.text[f.end : f.end + len(abbr) + 4]):
            return f.name
    return None


_MAYOR_OF = re.compile(r"^(?:(?:First\s+)?(?:Vice|Deputy|Acting)[\s-]+)?Mayor\s+of\s+(?:the\s+)?"
                       r"(?P<place>.+)$")
_PLACE_MAYOR = re.compile(r"^(?P<place>.+?)\s+(?:(?:Vice|Deputy|Acting)[\s-]+)?Mayor$")
#: how a city's own government is named: "Busan Metropolitan City", "the Seoul Metropolitan
#: Government", "Vladivostok City Administration", "the Incheon city government"
_CITY_BODY = re.compile(r"\b(?:Metropolitan\s+City|Metropolitan\s+Government|City\s+Hall|"
                        r"[Cc]ity\s+[Gg]overnment|[Cc]ity\s+[Aa]dministration)$")


def city_hall(ctx: Context, title: str) -> str | None:
    """"Mayor of Busan", "Busan Mayor": the city's government, when the release names it
    ("the Busan Metropolitan City signed ..."); a mayor alone names no body."""
    m = _MAYOR_OF.match(title) or _PLACE_MAYOR.match(title)
    if m is None:
        return None
    hits = ctx.lex.place_matcher.find(m.group("place"))
    if len(hits) != 1 or hits[0].end - hits[0].start != len(m.group("place")):
        return None
    for f in org_names.mentions(ctx):
        if _CITY_BODY.search(f.name) and \
                any(h.id == hits[0].id for h in ctx.lex.place_matcher.find(f.name)):
            return f.name
    return None


_LOWER_MINISTER = re.compile(r"\bminister\s+(?P<prep>of|for)\s+(?P<x>.+)$")
_SMALL = frozenset({"of", "for", "and", "the", "on", "in"})


def known_lower_ministry(ctx: Context, title: str, country: str | None) -> str | None:
    """"Russia's minister for the development of the Far East and Arctic": a title in lower
    case whose ministry, capitalised, is a body the gazetteer knows for that state."""
    m = _LOWER_MINISTER.search(title)
    if m is None or not country:
        return None
    words = " ".join(w if w in _SMALL else w[:1].upper() + w[1:] for w in m.group("x").split())
    name = f"Ministry {m.group('prep')} {words}"
    return name if ctx.lex.org_id_for(name, country) else None
