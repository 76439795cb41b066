"""Affiliations a title does not spell out but its context does.

"The agency's CEO Denis Kovrigin", "its Vice President Kim Soo-bin", "director
general at the ministry", "Hanbit Heavy Industries CEO Ryu Dong-min", "the
committee, headed by Chairman Song Jae-min": the body is one named just before.
"""

from __future__ import annotations

import re

from rdflib import URIRef

from kg.extract import org_names
from kg.extract.context import Context, Span

_BODY_NOUNS = (r"ministry|agency|company|committee|corporation|bank|hospital|university|"
               r"institute|shipyard|embassy|consulate|association|foundation|fund|center|centre|"
               r"government|administration|firm|group|council|service|directorate|department|"
               r"authority|bureau|division")
#: common nouns that refer back to a company of any name
_COMPANY_NOUNS = frozenset("company firm shipbuilder carrier automaker conglomerate operator "
                           "developer manufacturer lender insurer producer supplier "
                           "retailer".split())
#: "a senior vice president at the shipbuilder": the body the title's own noun refers back to
_AT_THE = re.compile(rf"\b(?:at|of|in)\s+the\s+(?P<noun>{_BODY_NOUNS}|"
                     rf"{'|'.join(sorted(_COMPANY_NOUNS))})$", re.I)
_POSSESSIVE = re.compile(rf"\b(?:(?:the|its)\s+(?P<noun>{_BODY_NOUNS})(?:'s|’s)|"
                         rf"(?:^|[.;:]\s+|\bthe\s+)(?P<noun2>{_BODY_NOUNS}))\s+$", re.I)
#: "Committee Chairman Kang": the committee named before
_LEADING_NOUN = re.compile(rf"(?P<noun>{_BODY_NOUNS})\s", re.I)
#: "Kim, a senior vice president at the shipbuilder": the body a common noun after the title
#: refers back to
_AT_THE_AFTER = re.compile(rf"\s+(?:at|of)\s+the\s+(?P<noun>{_BODY_NOUNS}|"
                           rf"{'|'.join(sorted(_COMPANY_NOUNS))})\b(?!\s+(?:of|for)\b)")
#: "the Korean company headed by its Vice President": the noun "its" stands for, however far
#: back the body itself was named
_NOUN_HEADED_BY = re.compile(rf"\bthe\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{_BODY_NOUNS}|"
                             rf"{'|'.join(sorted(_COMPANY_NOUNS))}),?\s+(?:headed|led|represented)"
                             rf"\s+by\s+its\s+$", re.I)
_ITS = re.compile(r"\b(?:its|their)\s+$", re.I)
#: what may stand between a body and its officer's title: "Korea Gas Corp. (KOGAS) CEO", "the
#: Ministry of Oceans and Fisheries (Minister Kang"
_ADJACENT = re.compile(r"[.)]?\s(?:\([A-Za-z&.-]{2,12}\)\s)?\(?|\s\([A-Za-z&.-]{2,12},\s")
#: "the Export-Import Bank of Korea (KEXIM, Chairman Yoon)": a Korean release's bracket holds
#: the body's abbreviation and then its head's title and name
_IN_BRACKET = re.compile(r",\s")
#: "the Korea Rural Community Corporation (KRC) headed by": the abbreviation the release
#: coins may stand between the body and "headed by"
_HEADED_BY = re.compile(r"(?:\s\([A-Za-z&.-]{2,12}\)|\))?,?\s+(?:headed|led|chaired|represented)"
                        r"\s+by\s+(?:its\s+)?$")


def referred_org(ctx: Context, title: str, title_span: Span) -> URIRef | None:
    """The body a title refers back to, declared; None when the context names none."""
    start = title_span[0]
    named = _named_right_after(ctx, title_span[1])
    if named is not None:  # "Kang, chairman of the newly launched Presidential Committee on X"
        from kg.extract.orgs import declare_org

        return declare_org(ctx, named.name, named.country, (named.start, named.end))
    before = ctx.text[max(0, start - 80) : start]
    m = _AT_THE.search(title) or _LEADING_NOUN.match(title)
    noun = m.group("noun") if m else None
    after = _AT_THE_AFTER.match(ctx.text, title_span[1])
    if noun is None and after:  # "a senior vice president at the shipbuilder"
        noun = after.group("noun")
    if noun is None:  # "a delegation of the Korean company headed by its Vice President"
        h = _NOUN_HEADED_BY.search(before)
        noun = h.group("noun") if h else None
    if noun is None:
        p = _POSSESSIVE.search(before)
        noun = (p.group("noun") or p.group("noun2")) if p else None
    found = _latest(ctx, start, noun)
    if found is None:
        return None
    # "Hanbit CEO Kim", "the Ministry of Oceans and Fisheries (Minister Kang)"
    bracket = ctx.text[found.start - 1 : found.start] == "(" and \
        _IN_BRACKET.fullmatch(ctx.text, found.end, start) is not None
    if bracket:  # the body by the name its abbreviation stands for
        found = next((f for f in org_names.mentions(ctx) if f.end == found.start - 2 and
                      ctx.text[f.end : found.start] == " ("), found)
    adjacent = bracket or _ADJACENT.fullmatch(ctx.text, found.end, start) is not None
    its = bool(_ITS.search(before)) and start - found.end < 300
    headed = _HEADED_BY.fullmatch(ctx.text, found.end, start)
    if not (noun or adjacent or its or headed):
        return None
    from kg.extract.orgs import declare_org

    return declare_org(ctx, found.name, found.country, (found.start, found.end))


#: "chairman of the newly launched ...": what may stand between a title and its body's name
_OF_AFTER = re.compile(r"\s+(?:of|at)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}")


#: "head of the international healthcare center at X Hospital": a unit named in lower case
_UNIT_AT = re.compile(r"\s+of\s+(?:the|its|an?)\s+(?:[a-z-]+\s+){1,4}(?:at|of)\s+(?:the\s+)?")
#: "Park, President, Korea Space Institute": a caption's comma before the body
_CAPTION = re.compile(r",\s+(?=[A-Z])")
#: "Member of the Board (Minister) in charge of Trade of the Eurasian Economic Commission": a
#: bracketed rank and a portfolio between the title and its body
_PORTFOLIO_OF = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?,?\s*(?:in\s+charge\s+of|"
                           r"responsible\s+for)\s+[\w ,&-]{1,60}?\s+(?:of|at)\s+(?:the\s+)?")


def _named_right_after(ctx: Context, end: int) -> org_names.Found | None:
    """A body named right after the title ("chairman of the newly launched Presidential
    Committee on ...", "head of the international center at X Hospital", a caption's
    "President, X Institute"), when the title as found stops short of it."""
    for pattern in (_OF_AFTER, _UNIT_AT, _CAPTION, _PORTFOLIO_OF):
        m = pattern.match(ctx.text, end)
        if m is None:
            continue
        starts = _word_starts(ctx, end, m.end()) if pattern is _OF_AFTER else {m.end()}
        f = next((f for f in org_names.mentions(ctx) if f.start in starts), None)
        if f is not None and (pattern is not _CAPTION or
                              re.match(r"\s*(?:\n|$|[,.;)])", ctx.text[f.end : f.end + 2])):
            return f
    return None


_WORD_START = re.compile(r"(?<=\s)\w")


def _word_starts(ctx: Context, start: int, end: int) -> set[int]:
    """Where each word between ``start`` and ``end`` begins, and ``end``: "deputy chairman of
    the government of ...": a body's name may begin at a lower-case word the pattern took."""
    return {m.start() for m in _WORD_START.finditer(ctx.text, start, end)} | {end}


def _latest(ctx: Context, pos: int, noun: str | None) -> org_names.Found | None:
    """The last body named before ``pos`` (whose name holds ``noun``, when given)."""
    best = described = None
    for f in org_names.mentions(ctx):
        if f.end > pos:
            break
        if noun is None or noun.lower() in f.name.lower() or \
                noun.lower() in _COMPANY_NOUNS and _is_company(f.name):
            best = f
            if noun and _described_as(ctx, f, noun.lower()):
                described = f
    return described or best


def _described_as(ctx: Context, f: org_names.Found, noun: str) -> bool:
    """"Samsung Heavy Industries Co., South Korea's No. 2 shipbuilder": the body the release
    itself calls by the noun ("the shipbuilder") is the one it refers back to."""
    after = re.sub(r"^\s*(?:Co|Corp|Inc|Ltd)\.", "", ctx.text[f.end : f.end + 80])
    after = re.split(r"[.;]\s+(?=[A-Z\"“])", after, maxsplit=1)[0]  # not "No. 2 shipbuilder"
    before = ctx.text[max(0, f.start - 40) : f.start]
    return re.search(rf"\b{re.escape(noun)}\b", after) is not None or \
        re.search(rf"\b{re.escape(noun)}\s+(?:the\s+)?$", before) is not None


def _is_company(name: str) -> bool:
    """"the company's CEO" may be Daehan Energy Corporation, not a ministry or an agency."""
    return not re.search(r"^(?:Ministry|Government|Embassy|Consulate|Office)\b|\b(?:Agency|"
                         r"Committee|Council|Administration|Service)\b", name)


def bracketed_head(ctx: Context, name: str) -> URIRef | None:
    """"The Korea Customs Service (KCS, Commissioner Noh Seung-hwan) announced ...": a Korean
    release names the body's head in a bracket after the body's name, wherever else (a photo
    caption, first) it gives him only his bare title."""
    from kg.extract.orgs import declare_org

    person = re.escape(name)
    for f in org_names.mentions(ctx):
        if re.match(rf"\s\((?:[A-Za-z&.-]{{2,12}},\s)?(?:[A-Z][\w-]*\s+){{1,4}}{person}[,)]",
                    ctx.text[f.end : f.end + 120]):
            return declare_org(ctx, f.name, f.country, (f.start, f.end))
    return None


#: "director general for international policy at the defense ministry": a lower-case ministry
#: by its portfolio right after the title
_MINISTRY_AFTER = re.compile(r",?\s+(?:at|of|in)\s+(?:the|its|his|her)\s+"
                             r"(?P<portfolio>[a-z]+(?:\s+(?:and\s+)?[a-z]+){0,2})\s+ministry\b")


def ministry_after(ctx: Context, end: int, country: str | None) -> str | None:
    """The ministry a lower-case phrase after the title names by its portfolio, as the titles
    gazetteer knows it ("at the defense ministry" is where a "Defense Minister" works)."""
    m = _MINISTRY_AFTER.match(ctx.text, end)
    if m is None:
        return None
    from kg.extract.orgs import implied_org

    portfolio = " ".join(w if w == "and" else w.capitalize() for w in m.group("portfolio").split())
    name = implied_org(ctx, f"{portfolio} Minister", country)
    return name if name and ctx.lex.org_id_for(name, country) else None
