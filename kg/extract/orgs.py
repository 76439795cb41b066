"""Organizations: bodies named in the text, and the ones a title implies.

"Deputy Minister for the Development of the Russian Far East and Arctic"
belongs to the "Ministry for the Development of the Russian Far East and
Arctic": a title of the shape "Minister of/for X" yields "Ministry of/for X".
"""

from __future__ import annotations

import fnmatch
import re

from rdflib import Literal, URIRef

from kg.extract.context import Context, Person, Span
from kg.ids import entity_iri
from kg.namespaces import KGO

_MINISTER_OF = re.compile(
    r"\bMinister\s+(?P<prep>of|for)\s+(?P<x>.+?)(?:\s+of\s+(?:the\s+)?(?:Russian Federation|"
    r"Russia|Republic of Korea|Korea))?$"
)
_ORG_INSIDE = re.compile(
    r"\b(?:of|at)\s+(?:the\s+)?(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:(?:and|of|for|on)\s+)?"
    r"[A-Z][\w&'’.-]*)*)$"
)
_ORG_HEADS = (
    r"Ministry|Agency|Corporation|Company|Bank|Fund|Foundation|Institute|University|Association|"
    r"Chamber of Commerce and Industry|Chamber of Commerce|Group|Holdings|Railways|Railroad|"
    r"Shipbuilding|Heavy Industries|Engineering|Airlines|Port Authority|Administration|Service|"
    r"Embassy|Consulate General|Consulate|Office|Council|Committee|Federation of Korean Industries|"
    r"Co\.|Ltd\.?|Inc\.?|JSC|PJSC|LLC"
)
_ORG_NAME = re.compile(
    r"(?<![\w-])(?:(?:[A-Z][\w&'’.-]*|of|the|and|for|on)\s+){0,8}?(?:" + _ORG_HEADS + r")"
    r"(?:\s+(?:of|for|on)\s+(?:the\s+)?(?:[A-Z][\w'’-]*)(?:\s+(?:and|of|the|[A-Z][\w'’-]*))*)?"
)
_BILATERAL = re.compile(
    r"^(?:the\s+)?(?:Korea|ROK|Russia|Korean|Russian)[-–](?:Russia|Korea)", re.I
)
_DEPUTY_AFFAIRS = "*Minister for * Affairs"


def org_iri(name: str, country: str | None) -> URIRef:
    return entity_iri("organization", f"{country or 'xx'} {name}")


def declare_org(ctx: Context, name: str, country: str | None, span: Span) -> URIRef:
    name = _clean(name)
    ref_id = ctx.lex.org_id_for(name, country)
    if ref_id and not country:
        country = ctx.lex.orgs[ref_id].country or None
    key_name = ctx.lex.orgs[ref_id].name_en if ref_id else name
    iri = org_iri(key_name, country)
    ctx.out.entity("organization", f"{country or 'xx'} {key_name}", KGO.Organization, name, span)
    if country:
        from kg.extract.places import country_iri

        ctx.out.add(iri, KGO.country, country_iri(ctx, country), span)
    return iri


def _clean(name: str) -> str:
    name = re.sub(r"^(?:the)\s+", "", name.strip(" ,."))
    return " ".join(name.split())


_COUNTRY_TAIL = re.compile(r"\s+of\s+(?:the\s+)?(?:Russian Federation|Russia|Republic of Korea|"
                           r"Korea)(?=\s+for\b|$)")
_EXPLICIT_ORG = re.compile(r"\b(?:of|at)\s+(?:the\s+)?(?P<org>(?:Ministry|Embassy|Consulate|Agency|"
                           r"Committee|Government|Office)\b.*)$")


def implied_org(ctx: Context, title: str, country: str | None) -> str | None:
    """The body a title implies: a body named inside it, the titles table, or the
    Minister-of-X shape."""
    implies = ctx.lex.titles.implies
    bare = re.sub(r"^(?:Korean|Russian|South Korean)\s+", "", title)
    leading = ctx.lex.org_matcher.find(bare, 0, len(bare))
    if leading and leading[0].start == 0:  # "KOTRA President", "KITA Chairman"
        return leading[0].surface
    explicit = _EXPLICIT_ORG.search(bare)
    if explicit:
        return _COUNTRY_TAIL.sub("", explicit.group("org"))
    bare = _COUNTRY_TAIL.sub("", bare)
    for (phrase, c), org in implies.items():
        if c and country and c != country:
            continue
        if bare == phrase or fnmatch.fnmatchcase(bare, phrase):
            return org
    if fnmatch.fnmatchcase(bare, _DEPUTY_AFFAIRS) and "Foreign" not in bare:
        return "Ministry of Foreign Affairs"
    m = _MINISTER_OF.search(bare)
    if m:
        x = m.group("x").strip()
        if len(x.split()) >= 1 and x[0].isupper() or x.startswith("the "):
            return f"Ministry {m.group('prep')} {x}"
    m = _ORG_INSIDE.search(bare)
    if m and re.search(rf"(?:{_ORG_HEADS})", m.group("org")):
        return m.group("org")
    return None


def _hinted_org(hint: str) -> str | None:
    """"of the Ministry of Foreign Affairs" after a name: that body, without place tails."""
    m = re.match(rf"of\s+(?:the\s+)?(?P<org>(?:[A-Z][\w'’-]*\s+)*?(?:{_ORG_HEADS})\b.*)", hint)
    if not m:
        return None
    org = re.split(r"\s+(?:in|on|at)\s+|,|\s+and\s+(?=(?:[A-Z][\w-]*\s+){0,3}(?:Minister|"
                   r"Deputy|Vice|President|Director|Chairman|Governor|Ambassador|Head)\b)",
                   m.group("org"))[0]
    return _COUNTRY_TAIL.sub("", org)


def record_post(
    ctx: Context, person: Person, title: str, title_span: Span, name_span: Span,
    org_hint: str = "",
) -> None:
    country = person.country
    post = entity_iri("post", f"{person.key} {title}")
    ctx.out.add(post, __import__("kg.namespaces", fromlist=["RDF"]).RDF.type, KGO.Post, name_span)
    ctx.out.add(post, KGO.heldBy, person.iri, name_span)
    ctx.out.add(person.iri, KGO.holds, post, name_span)
    ctx.out.add(post, KGO.positionTitle, Literal(title, lang="en"), title_span)
    if country:
        from kg.extract.places import country_iri

        ctx.out.add(post, KGO.country, country_iri(ctx, country), title_span)
    org_name = _hinted_org(org_hint) or implied_org(ctx, title, country)
    if org_name:
        org = declare_org(ctx, org_name, country, title_span)
        ctx.out.add(post, KGO.postIn, org, title_span)
        ctx.out.add(person.iri, KGO.memberOf, org, title_span)


def find_organizations(ctx: Context) -> None:
    """Bodies named outright: gazetteer names and "X Ministry/Agency/Bank" shapes."""
    text = ctx.text
    seen: list[Span] = []
    for hit in ctx.lex.org_matcher.find(text, ctx.body_start):
        countries = {ctx.lex.orgs[i].country for i in ctx.lex.org_ids_for(hit.surface)}
        country = next(iter(countries)) if len(countries) == 1 else \
            _nearby_country(ctx, hit.start, hit.surface) or _home_country(ctx)
        declare_org(ctx, hit.surface, country or None, (hit.start, hit.end))
        seen.append((hit.start, hit.end))
        ctx.name_spans.append((hit.start, hit.end))
    for m in _ORG_NAME.finditer(text, ctx.body_start):
        s, e = m.start(), m.end()
        name = _clean(m.group(0))
        if any(a < e and s < b for a, b in seen) or not name[0].isupper():
            continue
        if _BILATERAL.search(name) or _is_mechanism(name) or len(name.split()) < 2:
            continue
        if name.split()[0] in {"The", "This", "That", "Both", "Each"}:
            continue
        if _is_inside_title(ctx, s):
            continue
        country = _nearby_country(ctx, s, name)
        declare_org(ctx, name, country, (s, e))
        seen.append((s, e))
        ctx.name_spans.append((s, e))


def _home_country(ctx: Context) -> str:
    """Whose ministry "the Ministry of Foreign Affairs" is when the text does not say."""
    publisher = (ctx.publisher or "").lower()
    if any(w in publisher for w in ("tass", "russia", "kremlin", "interfax", "ria")):
        return "RU"
    return "KR"


def _is_mechanism(name: str) -> bool:
    return bool(re.search(r"(?:Joint|Intergovernmental|Sub-?committee|Forum|Dialogue|"
                          r"Consultation|Working Group)", name, re.I))


def _is_inside_title(ctx: Context, offset: int) -> bool:
    before = ctx.text[max(0, offset - 60) : offset]
    return bool(re.search(r"\bMinister\s+(?:of|for)\s+(?:the\s+)?$", before))


def _nearby_country(ctx: Context, start: int, name: str) -> str | None:
    for hit in ctx.country_hits:
        if start <= hit.start < start + len(name):
            return hit.id
    before = ctx.text[max(0, start - 30) : start]
    m = re.search(r"([A-Z][a-z]+(?:'s|’s)?)\s+(?:the\s+)?$", before)
    if m and m.group(1).replace("’", "'") in ctx.lex.demonyms:
        return ctx.lex.demonyms[m.group(1).replace("’", "'")]
    for word, code in (("Korea", "KR"), ("Korean", "KR"), ("Russia", "RU"), ("Russian", "RU")):
        if re.search(rf"\b{word}\b", name):
            return code
    for hit in ctx.place_hits:
        if start <= hit.start < start + len(name):
            return ctx.lex.place_country(hit.id)
    return None
