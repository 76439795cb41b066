"""Bodies a post implies through its context rather than its own words.

"Trade, Industry and Energy Minister Yoo" (a title cut to "Energy Minister" still names
MOTIE), "director general at the oceans ministry", a Russian Deputy Prime Minister on a page
that names "The Russian Government", and a governor whose regional government the release
names ("Government of Primorsky Krai" atop the page, "the regional government" in passing).
"""

from __future__ import annotations

import re

from rdflib import URIRef

from kg.extract import org_dual_posts, org_governments, org_names, org_portfolios, org_publisher
from kg.extract.context import Context, Span
from kg.namespaces import KGO


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
_SUBJECT_KINDS = frozenset({"krai", "oblast", "republic", "autonomous_okrug", "autonomous_oblast",
                            "federal_city"})


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


#: "Vice Governor for Economic Development": a governor's post that names no region
_BARE_GOVERNOR = re.compile(r"^(?:(?:First\s+)?(?:Vice|Deputy|Acting)[\s-]+)?Governor"
                            r"(?:\s+(?:for|in\s+charge\s+of)\s+[A-Z][\w ,&-]*)?$")


def unnamed_region_government(ctx: Context, title: str, span: Span,
                              country: str | None) -> str | None:
    """"a business mission from the Leningrad Region, led by Vice Governor for Economic
    Development X": a Russian governor's post that names no region is in the government of
    the region last named before it, when the release names "the regional government"."""
    if country != "RU" or not _BARE_GOVERNOR.match(title):
        return None
    regions = [h for h in ctx.lex.place_matcher.find(ctx.text, 0, span[0])
               if (rec := ctx.lex.places.get(h.id)) is not None and rec.country == "RU" and
               rec.kind in _SUBJECT_KINDS]
    if not regions:
        return None
    place = regions[-1].surface
    the = "the " if re.search(r"\b(?:Region|Territory)$", place) else ""
    name = f"Government of {the}{place}"
    return name if _REGIONAL_GOV.search(ctx.text) or _government_named(ctx, name) else None


def _government_named(ctx: Context, name: str) -> bool:
    """"Press service of the Governor and Government of Magadan Oblast": the release names
    the region's government itself, under whatever form."""
    from kg.extract.orgs import government_key

    key = government_key(ctx, name)
    return key is not None and any(government_key(ctx, re.sub(r"^(?:the|The)\s+", "", f.name))
                                   == key for f in org_names.mentions(ctx))


#: "Economic Vice Mayor of X", "Deputy Mayor for Economic Affairs of X": a portfolio before
#: or after the rank still makes a mayor's deputy of the city's government
_MAYOR_OF = re.compile(r"^(?:[A-Z][a-z]+\s+)*(?:(?:First\s+)?(?:Vice|Deputy|Acting)[\s-]+)?Mayor"
                       r"(?:\s+for\s+[A-Z][\w ]*?\s+Affairs)?\s+of\s+(?:the\s+)?(?P<place>.+)$")
#: "Ulsan Vice Mayor for Economic Affairs": the portfolio follows the mayor's title
_PLACE_MAYOR = re.compile(r"^(?P<place>.+?)\s+(?:(?:Vice|Deputy|Acting)[\s-]+)?Mayor"
                          r"(?:\s+for\s+[\w ,&-]+)?$")
#: how a city's own government is named: "Busan Metropolitan City", "the Seoul Metropolitan
#: Government", "Vladivostok City Administration", "the Incheon city government", "the
#: Government of Moscow", "the Moscow Government"
_CITY_BODY = re.compile(r"\b(?:Metropolitan\s+City|Metropolitan\s+Government|City\s+Hall|"
                        r"[Cc]ity\s+[Gg]overnment|[Cc]ity\s+[Aa]dministration|Government|"
                        r"Administration)$|^(?:Government|Administration)\s+of\s+")


def city_hall(ctx: Context, title: str) -> str | None:
    """"Mayor of Busan", "Busan Mayor": the city's government, when the release names it
    ("the Busan Metropolitan City signed ..."); a mayor alone names no body."""
    m = _MAYOR_OF.match(title) or _PLACE_MAYOR.match(title)
    if m is None:
        return None
    if _CITY_BODY.search(m.group("place")):  # "Mayor of Ulsan Metropolitan City": named
        return m.group("place")
    place = re.sub(r"\s+(?:in|for)\s+.*$", "", m.group("place"))  # "of Moscow in the ..."
    hits = ctx.lex.place_matcher.find(place)
    if len(hits) != 1 or hits[0].end - hits[0].start != len(place):
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


#: "KIMG President Lee": an abbreviation of two capitals or more opening a title
_LEADING_ABBR = re.compile(r"(?P<abbr>[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*)\s+[A-Z]")
#: "Eximbank Senior Executive Director Moon": a short name coined in brackets may have one capital
_ABBR_BEFORE = re.compile(r"(?<![\w&(-])(?P<abbr>[A-Z][A-Za-z&]+)\s+$")


#: "Executive Vice President of KOEN": the abbreviation ends the title
_TRAILING_ABBR = re.compile(r"\b(?:of|at)\s+(?:the\s+)?(?P<abbr>[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*"
                            r"(?:\s+[A-Z]{2,})?)$")  # "vice president of the CCI RF"


def coined_abbreviation(ctx: Context, title: str, span: Span) -> str | None:
    """"The Korea Institute of Marine Genetics (KIMG) ... KIMG President Lee": a title opened
    by the abbreviation the release coined in brackets after a body's name (or as the name
    it is "better known as") is that body's."""
    m = _LEADING_ABBR.match(title) or _ABBR_BEFORE.search(ctx.text, max(0, span[0] - 14),
                                                          span[0]) or _TRAILING_ABBR.search(title)
    if m is None or len(m.group("abbr")) > 10:
        return None
    abbr = re.escape(m.group("abbr"))
    coined = re.compile(rf"\.?\s*\({abbr}\)|,?\s+(?:(?:better|also|commonly|widely)\s+)?"
                        rf"known\s+as\s+(?:the\s+)?{abbr}(?![\w-])")
    for f in org_names.mentions(ctx):
        if coined.match(ctx.text, f.end, f.end + len(abbr) + 40):
            return f.name
    from kg.extract.org_headless import coined_name

    return coined_name(ctx, m.group("abbr"))  # "Russian Football Union (RFU)": no head noun


_WORD_BEFORE = re.compile(r"(?<![\w&(-])(?P<word>[A-Z][a-z]+[A-Za-z]*)\s+$")


def short_name_before(ctx: Context, span: Span) -> str | None:
    """"Hanbit Medical Foundation will invest ... Hanbit chairman Chung": the first word of a
    body named before, right before a title or opening it, stands for that body (not a
    nationality or a place: "Russian Ambassador", "Primorye Governor")."""
    m = _WORD_BEFORE.search(ctx.text, max(0, span[0] - 20), span[0]) or \
        re.match(r"(?P<word>[A-Z][a-z]+[A-Za-z]*)(?=\s+[A-Za-z])", ctx.text[span[0] : span[1]])
    if m is None:
        return None
    word = m.group("word")
    if any(h.start == span[0] for h in ctx.lex.org_matcher.find(ctx.text, span[0], span[1])):
        return None  # "Supreme Court Justice Noh": the title opens with a known body's name
    if word in ctx.lex.demonyms or ctx.lex.place_matcher.find(word) or \
            ctx.lex.country_matcher.find(word) or ctx.lex.titles.head_re.match(word) or \
            word in ctx.lex.titles.prefixes:
        return None
    named = [f for f in org_names.mentions(ctx)
             if f.end <= span[0] - 1 and f.name.startswith(word + " ")]
    return named[-1].name if named else None


def org_country(ctx: Context, name: str, country: str | None) -> str | None:
    """The country to declare a post's body with: a known body's own, the one the release
    gives it, none when the release names it without one (the holder's is added after, to
    that same body), else the holder's."""
    if ctx.lex.org_id_for(name, country):
        return country
    named = org_names.country_named(ctx, name)
    if named:
        return named
    key = org_names.fold(name)
    if any(org_names.fold(f.name) == key for f in org_names.mentions(ctx)):
        return None
    return country


def give_holder_country(ctx: Context, org: URIRef, country: str | None, span: Span) -> None:
    """"PRIO Director Pavel Volkov": a body the release gives no country to is of the state
    its officer acts for (not a known body, whose country the gazetteer tells)."""
    label = ctx.out.label_of(org)
    if not country or label is None or ctx.lex.org_ids_for(label) or \
            any(s == org and p == KGO.country for s, p, _ in ctx.out.triples):
        return
    from kg.extract.places import country_iri

    ctx.out.add(org, KGO.country, country_iri(ctx, country), span)


def known_parent(ctx: Context, name: str) -> str | None:
    """"KOTRA office in Vladivostok", "EMERCOM main directorate for Primorsky Krai": a unit
    written in lower case after a known body's name; its officer belongs to that body too."""
    hits = ctx.lex.org_matcher.find(name)
    if hits and hits[0].start == 0 and _LOWER_UNIT.match(name, hits[0].end):
        return hits[0].surface
    return None


#: " main directorate", " office", " business center": a unit's noun in lower case
_LOWER_UNIT = re.compile(r"\s+(?:(?:main|regional|territorial|local|representative|overseas|"
                         r"liaison|trade|business)\s+)?(?:office|branch|directorate|department|"
                         r"division|bureau|center|centre)\b")


#: ranks before a post's own name: "First Deputy Prosecutor General" serves the Prosecutor General
_RANKS = re.compile(r"^(?:(?:First|Second|Senior|Chief)\s+)?(?:(?:Deputy|Vice|Assistant)\s+)?")
_STATE_TAIL = re.compile(r"\s+of\s+(?:the\s+)?(?:Russian Federation|Russia|Republic of Korea|"
                         r"Korea)$")


def office_of_post(ctx: Context, title: str, country: str | None) -> str | None:
    """"First Deputy Prosecutor General of the Russian Federation" serves in the "Prosecutor
    General's Office": a post whose office the gazetteer names after it ("<post>'s Office")
    implies that office, when nothing else in the title or its context names a body. (Not
    "Office of the <post>": "Office of the President" is no company president's.)"""
    post = _RANKS.sub("", _STATE_TAIL.sub("", title.strip()))
    if not post[:1].isupper() or len(post.split()) > 4:
        return None
    ref = ctx.lex.org_id_for(f"{post}'s Office", country)
    return ctx.lex.orgs[ref].name_en if ref else None


def further_bodies(ctx: Context, title: str, span: Span, country: str | None,
                   org_label: str | None) -> list[str]:
    """Bodies the holder belongs to besides the one the post is in: the publisher, for its
    own staff; a region's government, for a post a dash joins to a post in its ministry."""
    found = [org_publisher.publisher_staff(ctx, title, span, country, org_label),
             org_governments.kind_government(ctx, title, span[0])]
    found += org_dual_posts.other_bodies(ctx, title, country, org_label)
    from kg.extract.org_headless import outer_of_unit

    found = [outer_of_unit(ctx, b, span) if b else b for b in found]  # "X Group at KT"
    return list(dict.fromkeys(b for b in found if b and b != org_label))


#: "Minister of Natural Resources and Ecology of the region": a body of a region the text
#: named before, referred to by its kind
_OF_THE_REGION = re.compile(r"\s+of\s+the\s+(?:region|krai|oblast|territory|province|republic)$")


_OF_THE_REGION_AFTER = re.compile(r"\s+of\s+the\s+(?:region|krai|oblast|territory|province|"
                                  r"republic)\b")


def of_named_region(ctx: Context, name: str, span: Span) -> str:
    """"Ministry of Natural Resources and Ecology of the region" after "the delegation of
    Magadan Oblast": "the region" is the last region named before the title."""
    m = _OF_THE_REGION.search(name)
    written = _OF_THE_REGION.search(ctx.text, span[0], span[1]) or \
        _OF_THE_REGION_AFTER.match(ctx.text, span[1])
    if m is None and written is not None and name.startswith("Ministry "):
        name = name + " of the region"  # the post was cut before "of the region"
        m = _OF_THE_REGION.search(name)
    if m is None:
        return name
    regions = [h for h in ctx.lex.place_matcher.find(ctx.text, 0, span[0])
               if (rec := ctx.lex.places.get(h.id)) is not None and
               rec.kind in _SUBJECT_KINDS | {"province"}]
    return f"{name[: m.start()]} of {regions[-1].surface}" if regions else name


def region_of_stem(ctx: Context, stem: str) -> str:
    """"the Tver regional government" is the government of Tver Region, not of the city of
    Tver: the region named by the stem, when the gazetteer knows one."""
    for kind in ("Region", "Oblast", "Krai", "Province", "Territory"):
        form = f"{stem} {kind}"
        hits = ctx.lex.place_matcher.find(form)
        if len(hits) == 1 and hits[0].end - hits[0].start == len(form):
            return form
    return stem


#: ", where it was received by ": a clause set at the body named right before it
_WHERE_CLAUSE = re.compile(r",\s+where\s+[^.;]{0,80}?\b(?:by|with)\s+(?:the\s+)?$")


def where_clause_body(ctx: Context, title: str, span: Span) -> str | None:
    """"visited KAIST, where it was received by Vice President for International Affairs
    Oh Jae-min": a post that names no body, held by the host in a clause set at a body,
    is a post of that body."""
    for f in org_names.mentions(ctx):
        if f.end < span[0] and _WHERE_CLAUSE.fullmatch(ctx.text, f.end, span[0]):
            return f.name
    return None
