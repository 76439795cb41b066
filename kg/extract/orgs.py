"""Organizations: bodies named in the text, and the ones a title implies.

"Deputy Minister for the Development of the Russian Far East and Arctic"
belongs to the "Ministry for the Development of the Russian Far East and
Arctic": a title of the shape "Minister of/for X" yields "Ministry of/for X".
A body is labelled as the release first names it, less a country tail ("Ministry
of Foreign Affairs of the Republic of Korea" is the "Ministry of Foreign Affairs"
of Korea: the country is a fact of its own).
"""

from __future__ import annotations

import fnmatch
import re

from rdflib import Literal, URIRef

from kg.extract import (
    affiliation,
    org_appositions,
    org_before,
    org_context,
    org_dashed,
    org_governments,
    org_headless,
    org_hints,
    org_labels,
    org_missions,
    org_names,
    org_owned,
    org_portfolios,
    org_posts,
    org_publisher,
    org_trims,
    org_units,
)
from kg.extract.context import Context, Person, Span
from kg.ids import entity_iri
from kg.namespaces import KGO, RDF

_MINISTER_OF = re.compile(
    r"\bMinister\s+(?P<prep>of|for)\s+(?P<x>.+?)(?:\s+of\s+(?:the\s+)?(?:Russian Federation|"
    r"Russia|Republic of Korea|Korea))?$"
)
#: "vice minister of health and welfare": a lower-case title still names its ministry
_LOWER_MINISTER_OF = re.compile(r"\bminister\s+(?P<prep>of|for)\s+(?P<x>[a-z][a-z ,&-]+?)"
                                r"(?:\s+of\s+(?P<region>(?:the\s+)?[A-Z][\w()' -]+))?$")
_ORG_INSIDE = re.compile(
    r"\b(?:of|at)\s+(?:the\s+)?(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:(?:and|of|for|on)\s+)?"
    r"[A-Z][\w&'’.-]*)*)$"
)
_DEPUTY_AFFAIRS = "*Minister for * Affairs"
#: never the "of Korea" of "Republic of Korea", a state's name inside a mission's
_COUNTRY_TAIL = re.compile(r"(?<!Republic)\s+of\s+(?:the\s+)?(?:Russian Federation|Russia|"
                           r"Republic of Korea|Korea)(?=\s+for\b|$)")
#: bodies whose name may carry the state's name as a tail that the body's own name lacks
_TAILED = re.compile(r"^(?:Ministry|Presidential|State|Federal)\b")
_EXPLICIT_ORG = re.compile(r"\b(?:of|at)\s+(?:the\s+)?(?P<org>(?:Ministry|Embassy|Consulate|Agency|"
                           r"Committee|Government|Office)\b.*)$")
_SMALL_WORDS = frozenset({"of", "for", "and", "the", "on", "in"})


def org_iri(name: str, country: str | None) -> URIRef:
    return entity_iri("organization", f"{country or 'xx'} {name}")


def declare_org(ctx: Context, name: str, country: str | None, span: Span) -> URIRef:
    name = _clean(name)
    name, country = org_portfolios.portfolio_ministry(ctx, name, country)
    name = org_missions.demonym_mission(ctx, name, country) or name
    third = None if ctx.lex.org_ids_for(name) else org_appositions.third_state_tail(ctx, name)
    if third:  # "Nuclear Power Plants Authority of Egypt"
        name, country = third
    ref_id = ctx.lex.org_id_for(name, country) or ctx.lex.org_id_for(_untailed(name), country) \
        or ctx.lex.org_id_for(_LEGAL_ABBR.sub(_spelt_out, name), country)
    if ref_id and not country:
        country = ctx.lex.orgs[ref_id].country or None
    key_name = ctx.lex.orgs[ref_id].name_en if ref_id else government_key(ctx, name) or \
        org_governments.regional_body_key(ctx, name) or name
    key_name = org_context.owner_canonical(ctx, key_name) if not ref_id else key_name
    iri = org_iri(key_name, country)
    label = org_labels.label(ctx, name, ref_id)
    ctx.out.entity("organization", f"{country or 'xx'} {key_name}", KGO.Organization, label, span)
    if country:
        from kg.extract.places import country_iri

        ctx.out.add(iri, KGO.country, country_iri(ctx, country), span)
    return iri


#: "Korea Trade Insurance Corp.": a legal form cut short, spelt out to find the known body
_LEGAL_ABBR = re.compile(r"\b(Corp|Co)\.?$")


def _spelt_out(m: re.Match[str]) -> str:
    return {"Corp": "Corporation", "Co": "Company"}[m.group(1)]


_GOV_OF_PLACE = re.compile(r"^(?:Government|Administration)\s+of\s+(?:the\s+)?(?P<place>.+)$")
_PLACE_GOV = re.compile(r"^(?P<place>.+?)(?:'s|’s)?\s+(?:[Rr]egional\s+|[Pp]rovincial\s+|"
                        r"[Cc]ity\s+)?(?:[Gg]overnment|[Aa]dministration)$")


_OF_REGION_GOV = re.compile(r"\b(?:of|at)\s+(?:the\s+)?(?P<gov>[A-Z][\w' -]+?\s+(?:[Gg]overnment|"
                            r"[Aa]dministration))$")


def government_key(ctx: Context, name: str) -> str | None:
    """"the Primorye government" and the "Government of Primorsky Krai" a governor's title
    implies are one body: the key is the region's."""
    m = _GOV_OF_PLACE.match(name) or _PLACE_GOV.match(name)
    if not m:
        return None
    place = m.group("place")
    if re.search(r"\b(?:[Rr]egional|[Pp]rovincial)\s", name):  # "the Tver regional government"
        place = org_posts.region_of_stem(ctx, place)
    hits = ctx.lex.place_matcher.find(place)
    if len(hits) == 1 and hits[0].end - hits[0].start == len(place):
        return f"Government of {hits[0].id}"
    return None


def _clean(name: str) -> str:
    """Less a leading "the", a state as possessor ("Russia's Federal Agency for Fishery") and
    a legal form written first ("JSC Atomstroyexport")."""
    name = re.sub(r"^(?:the|The)\s+", "", name.strip(" ,."))
    name = re.sub(r"^(?:South\s+)?(?:Korea|Russia)(?:'s|’s)\s+(?=[A-Z])", "", name)
    name = re.sub(r"^(?:PJSC|OJSC|CJSC|JSC|LLC|OOO|PAO|OAO|ZAO|FSUE|FGUP|FSBI|ANO)\s+(?=[A-Z])",
                  "", name)
    return " ".join(name.split())


def _untailed(name: str) -> str:
    """"Ministry of Foreign Affairs of the Republic of Korea" -> "Ministry of Foreign Affairs"."""
    return _COUNTRY_TAIL.sub("", name) if _TAILED.match(name) else name



def _title_case(words: str) -> str:
    return " ".join(w if w in _SMALL_WORDS else w[:1].upper() + w[1:] for w in words.split())


def implied_org(ctx: Context, title: str, country: str | None) -> str | None:
    """The body a title implies: a body named inside it, the titles table, or the
    Minister-of-X shape."""
    bare = org_trims.title_of_state(re.sub(r"^(?:Korean|Russian|South Korean)\s+", "", title))
    leading = ctx.lex.org_matcher.find(bare, 0, len(bare))
    if leading and leading[0].start == 0:  # "KOTRA President", "KITA Chairman"
        return leading[0].surface
    child = org_context.child_before_parent(ctx, bare, leading)
    if child:  # "Director General of the State Research Center "Vector" of Rospotrebnadzor"
        return child
    unit = org_owned.owned_unit(ctx, bare)
    if unit:  # "researcher at KITA's Institute for International Trade"
        return unit
    under = _body_under(ctx, bare)
    if under:  # "Commissioner of the Korea Immigration Service under the Ministry of Justice"
        return under
    explicit = _EXPLICIT_ORG.search(bare)
    if explicit and " " not in explicit.group("org").strip():
        return None  # "General Director of the Agency": a body named before, by its head noun
    if explicit:  # "of the Embassy of the Republic of Korea": a bare head keeps its state
        untailed = _COUNTRY_TAIL.sub("", explicit.group("org"))
        return untailed if " " in untailed.strip() else explicit.group("org")
    named = _named_after_of(bare)
    tail = _COUNTRY_TAIL.search(named or "")
    if named and tail and not _TAILED.match(named) and " of " not in named[: tail.start()]:
        return named  # "director of the National Museum of Korea": the state names the body
    whole = _COUNTRY_TAIL.sub("", bare)  # "Industry and Trade Minister" is one post
    bare = _COUNTRY_TAIL.sub("", _first_post(ctx, bare))
    implied = org_posts.exact_table(ctx, whole, country) or _from_table(ctx, bare, country) or \
        org_portfolios.title_ministry(ctx, bare, country) or \
        org_portfolios.post_body(ctx, bare, country) or \
        org_missions.consulate(ctx, bare, country) or org_missions.embassy(ctx, bare, country) or \
        org_missions.embassy(ctx, title, country) or \
        org_missions.trade_mission(ctx, title, country) or \
        org_posts.regional_government(ctx, bare)
    if implied:
        return implied
    unit = org_units.unit_in_title(ctx, bare)
    if unit:  # "head of the EMERCOM main directorate for Primorsky Krai"
        return unit
    named = _named_after_of(bare)
    if leading and named and named.endswith(leading[-1].surface) and \
            org_context.research_body(named):
        return named  # "director of the Institute of X of the Russian Academy of Sciences"
    if leading:  # "chairman of the newly launched Presidential Committee on ..."
        return leading[-1].surface
    gov = _OF_REGION_GOV.search(bare)
    if gov and government_key(ctx, gov.group("gov")):  # "of the Sakhalin Region Government"
        return gov.group("gov")
    named = _named_after_of(bare)
    if named:
        return named
    if fnmatch.fnmatchcase(bare, _DEPUTY_AFFAIRS) and "Foreign" not in bare:
        return "Ministry of Foreign Affairs"
    m = _MINISTER_OF.search(bare)
    if m and _names_a_ministry(ctx, bare, m, country):
        x = _first_post(ctx, m.group("x").strip())
        if _is_state(ctx, x):
            return None
        if len(x.split()) >= 1 and x[0].isupper() or x.startswith("the "):
            return f"Ministry {m.group('prep')} {x}"
    m = _LOWER_MINISTER_OF.search(bare)
    if m and (not m.group("region") or _is_region(ctx, m.group("region"))):
        region = f" of {m.group('region')}" if m.group("region") else ""
        return f"Ministry {m.group('prep')} {_title_case(m.group('x').strip())}{region}"
    m = _ORG_INSIDE.search(bare)
    if m and re.search(rf"(?:{org_names.heads_re()})", m.group("org")) and \
            not re.fullmatch(rf"(?:{org_names.heads_re()})", m.group("org")):
        return m.group("org")  # "head of the Directorate": a body named before, by its head
    return None


#: "... Service under the Ministry of X": what joins a body to the one above it
_UNDER = re.compile(r"\s+(?:under|within|attached\s+to|affiliated\s+with|subordinate\s+to)\s+"
                    r"(?:the\s+)?")


def _body_under(ctx: Context, bare: str) -> str | None:
    """"Commissioner of the Korea Immigration Service under the Ministry of Justice": the
    officer heads the body his title names first; the one it sits under is its parent's."""
    for m in re.finditer(r"\b(?:of|at)\s+(?:the\s+)?", bare):
        hit = next((h for h in ctx.lex.org_matcher.find(bare, m.end()) if h.start == m.end()),
                   None)
        if hit is not None and _UNDER.match(bare, hit.end):
            return hit.surface
    return None


def _names_a_ministry(ctx: Context, bare: str, m: re.Match[str], country: str | None) -> bool:
    """A Prime Minister heads a government, not a "Ministry of the Russian Federation"; a
    Korean "Deputy Minister for Trade Policy" heads an office of a ministry, since Korean
    ministries are all "of X" ("for X" ministries are Russian)."""
    if re.search(r"\bPrime\s+Minister\s*$", bare[: m.start() + len("Minister")]):
        return False
    return not (country == "KR" and m.group("prep") == "for")


def _is_state(ctx: Context, words: str) -> bool:
    """"the Russian Federation": a state's name, not a portfolio."""
    bare = re.sub(r"^the\s+", "", words)
    return bare in ctx.lex.country_forms or bare in ("Russian Federation", "Republic of Korea")


def _is_region(ctx: Context, words: str) -> bool:
    """"Khabarovsk Krai": a whole place name, so "minister of health of Khabarovsk Krai" is a
    regional minister."""
    words = re.sub(r"^the\s+", "", words)
    hits = ctx.lex.place_matcher.find(words)
    return len(hits) == 1 and hits[0].end - hits[0].start == len(words)


def _first_post(ctx: Context, portfolio: str) -> str:
    """"the Development of the Russian Far East and Arctic and Co-Chairman of the Commission":
    a second post joined by "and" is not part of the ministry's name."""
    spans = [(h.start(), h.end()) for h in ctx.lex.titles.head_re.finditer(portfolio)]
    for m in re.finditer(r"\s+and\s+", portfolio):
        if any(a < m.start() and m.end() < b for a, b in spans):
            continue  # "Deputy Industry and Trade Minister": one post whose name holds "and"
        rest = portfolio[m.end() :]
        if rest.startswith("Co-") or ctx.lex.titles.head_re.match(rest):
            return _COUNTRY_TAIL.sub("", portfolio[: m.start()])
    return portfolio


def _from_table(ctx: Context, bare: str, country: str | None) -> str | None:
    """The titles table, for the title or for it less its portfolio ("Deputy Foreign Minister
    for Political Affairs" is a Deputy Foreign Minister's post)."""
    shorter = re.sub(r"\s+(?:for|in charge of)\s+.*$", "", bare)
    unranked = re.sub(r"^(?:(?:First|Second)\s+)?(?:Vice|Deputy)\s+", "", shorter)
    for candidate in dict.fromkeys((bare, shorter, unranked)):
        for (phrase, c), org in ctx.lex.titles.implies.items():
            if c and country and c != country:
                continue
            if candidate == phrase or fnmatch.fnmatchcase(candidate, phrase):
                return org
    return None


def _named_after_of(bare: str) -> str | None:
    """"deputy head of the Federal Agency for Fishery": a body's name ends the title."""
    for m in re.finditer(r"\b(?:of|at)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}", bare):
        n = org_names.name_re().match(bare, m.end())
        if n and n.end() == len(bare) and n.group(0)[:1].isupper() and len(n.group(0).split()) > 1:
            return n.group(0)
    return None


def _mention_in_title(ctx: Context, span: Span, post: str = "") -> str | None:
    """A body named by its shape inside the title: at its start ("Glavkosmos chief executive")
    or after its last "of"/"at" to its end ("General Director of Khorol Zerno")."""
    title = ctx.text[span[0] : span[1]]
    if post and title.startswith(post):  # the span may run on into the holder's next post
        title, span = post, (span[0], span[0] + len(post))
    for f in org_names.mentions(ctx):
        if title.startswith(f.name + " ") or f.end == span[1] and \
                _OF_CLASSED.search(ctx.text[span[0] : f.start]):
            return f.name
        bare = _LEGAL_TAIL.sub("", f.name)  # "Orion International Euro LLC" named before
        if bare != f.name and re.search(rf"\b(?:of|at)\s+(?:the\s+)?{re.escape(bare)}$", title):
            return f.name
    return None


#: "General Director of", "CEO of the Korean jewellery house": "of"/"at", and perhaps the
#: kind of body the name at the title's end is ("analyst at mobile data firm X")
_OF_CLASSED = re.compile(r"\b(?:of|at)\s+(?:the\s+)?(?:(?:South\s+)?[A-Z][\w-]*\s+)?"
                         r"(?:[a-z][\w-]*\s+){0,3}$")


#: a company's legal form written after its name, which a title may leave out
_LEGAL_TAIL = re.compile(r",?\s+(?:LLC|Ltd\.?|JSC|PJSC|Inc\.?|Co\.,?\s+Ltd\.?|Corp\.?|GmbH)$")


def record_post(
    ctx: Context, person: Person, title: str, title_span: Span, name_span: Span,
    org_hint: str = "",
) -> None:
    country = person.country
    post = entity_iri("post", f"{person.key} {title}")
    ctx.out.add(post, RDF.type, KGO.Post, name_span)
    ctx.out.add(post, KGO.heldBy, person.iri, name_span)
    ctx.out.add(person.iri, KGO.holds, post, name_span)
    ctx.out.add(post, KGO.positionTitle, Literal(title, lang="en"), title_span)
    if country:
        from kg.extract.places import country_iri

        ctx.out.add(post, KGO.country, country_iri(ctx, country), title_span)
    clause = org_trims.title_of_state(org_owned.title_clause(ctx, title_span))
    org_name = org_owned.owned_unit(ctx, clause) or \
        org_hints.hinted_org(ctx, org_hint) or \
        org_posts.coined_abbreviation(ctx, title, title_span) or \
        org_posts.short_name_before(ctx, title_span) or \
        org_headless.owner_before(ctx, title_span[0]) or \
        org_headless.proper_kind(ctx, title, title_span[0]) or \
        org_before.named_right_before(ctx, title_span) or \
        org_dashed.dashed_in_title(ctx, title_span) or implied_org(ctx, title, country) or \
        _mention_in_title(ctx, title_span, title) or \
        org_posts.listed_portfolio(ctx, title, title_span, country) or \
        org_posts.cabinet(ctx, title, country) or \
        org_posts.portfolio_in_title(ctx, title, title_span, country) or \
        org_posts.abbreviated_owner(ctx, title) or org_posts.city_hall(ctx, title) or \
        org_posts.unnamed_region_government(ctx, title, title_span, country) or \
        org_posts.known_lower_ministry(ctx, title, country) or \
        org_missions.consulate_continued(ctx, title, title_span, country) or \
        org_missions.embassy_staff(ctx, title, country) or \
        org_posts.where_clause_body(ctx, title, title_span) or \
        org_headless.headless_body(ctx, title) or org_headless.owner_after(ctx, title_span[1]) or \
        affiliation.ministry_after(ctx, title_span[1], country)
    if org_name:
        org_name = org_context.kind_referent(
            ctx, org_posts.of_named_region(ctx, org_name, title_span))
        org_name = org_headless.outer_of_unit(ctx, org_name, title_span)
        org = declare_org(ctx, org_name, org_posts.org_country(ctx, org_name, country), title_span)
        parent = org_posts.known_parent(ctx, _clean(org_name)) or \
            org_owned.owner_of_unit(ctx, clause)
        if parent:  # "head of the KOTRA office in Vladivostok" is KOTRA's too
            ctx.out.add(person.iri, KGO.memberOf, declare_org(ctx, parent, country, title_span),
                        title_span)
    else:
        from kg.extract.affiliation import bracketed_head, referred_org

        org = referred_org(ctx, title, title_span) or bracketed_head(ctx, person.name)
        office = None if org is not None else org_posts.office_of_post(ctx, title, country)
        if office:  # "First Deputy Prosecutor General": the gazetteer's "<post>'s Office"
            org = declare_org(ctx, office, country, title_span)
    if org is not None:
        org_posts.give_holder_country(ctx, org, country, title_span)
        ctx.out.add(post, KGO.postIn, org, title_span)
        ctx.out.add(person.iri, KGO.memberOf, org, title_span)
    for body in org_posts.further_bodies(ctx, title, title_span, country,
                                         None if org is None else ctx.out.label_of(org)):
        ctx.out.add(person.iri, KGO.memberOf, declare_org(ctx, body, country, title_span),
                    title_span)


#: "co-chaired by Korea's Deputy Prime Minister and Minister of Economy and Finance and
#: Russia's Minister for the Development of the Russian Far East": a post named without its
#: holder still implies its ministry
_POST_OF_STATE = re.compile(
    r"\b(?P<c>(?:South\s+)?Korea's|Russia's|Korean|Russian)\s+(?:(?:First\s+)?Deputy\s+Prime\s+"
    r"Minister\s+and\s+)?(?P<title>(?:Deputy\s+|Vice\s+|First\s+Deputy\s+)?Minister\s+(?:of|for)\s+"
    r"(?:the\s+)?[A-Z][\w-]*(?:,?\s+(?:(?:and|of|for|the)\s+)*[A-Z][\w-]*(?![\w'’-]))*)")


def _posts_of_state(ctx: Context) -> None:
    """Ministries implied by posts the release names without a holder ("Korea's Minister
    of X and Russia's Minister for Y"); a post with its holder is also the people step's."""
    for m in _POST_OF_STATE.finditer(ctx.text, ctx.body_start):
        country = "KR" if m.group("c").startswith(("Korea", "South")) else "RU"
        title = _first_post(ctx, m.group("title"))
        if ctx.lex.titles.head_re.search(title, len("Minister")):
            continue  # the words run on into another post
        org = implied_org(ctx, title, country)
        # a known ministry only: the words may run on into the holder's name
        if org and org.startswith("Ministry") and ctx.lex.org_id_for(org, country):
            declare_org(ctx, org, country, (m.start("title"), m.start("title") + len(title)))


def find_organizations(ctx: Context) -> None:
    """Bodies named outright: gazetteer names, then names of a body's shape."""
    for f in org_names.mentions(ctx):
        declare_org(ctx, f.name, f.country, (f.start, f.end))
        ctx.name_spans.append((f.start, f.end))
    org_publisher.declare_caps_masthead(ctx)
    _posts_of_state(ctx)
    org_portfolios.portfolio_mentions(ctx)
