"""Named policies, strategies, initiatives, special zones and regimes, with the
country that runs them: from the gazetteer, or a capitalised name ending in
Policy / Strategy / Initiative / Program(me) / Zone."""

from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.places import country_iri
from kg.ids import entity_iri
from kg.namespaces import KGO

_SHAPE = re.compile(
    r"(?<![\w-])(?:(?:New|Korea's|Russia's)\s+)?(?:[A-Z][\w'’-]*\s+){1,6}"
    r"(?:Policy|Strategy|Initiative|Programme|Program|Doctrine|Special Economic Zones?)(?![\w-])"
)
_LEAD = re.compile(r"^(?:The|This|Korea's|Russia's|Korean|Russian|South Korea's)\s+")


def find_policies(ctx: Context) -> None:
    spans = []
    for hit in ctx.lex.policy_matcher.find(ctx.text, ctx.body_start):
        rec = ctx.lex.policies[hit.id]
        _declare(ctx, hit.id, rec.name_en, rec.extra.get("country") or None, (hit.start, hit.end))
        spans.append((hit.start, hit.end))
    for m in _SHAPE.finditer(ctx.text, ctx.body_start):
        if any(s < m.end() and m.start() < e for s, e in spans):
            continue
        name = _LEAD.sub("", m.group(0))
        if len(name.split()) < 2 or ctx.inside_name(m.start(), m.end()):
            continue
        country = _country_cue(ctx, m.start(), m.group(0))
        _declare(ctx, name.lower(), name, country, (m.start(), m.end()))
        spans.append((m.start(), m.end()))


def _declare(ctx: Context, key: str, name: str, country: str | None, span) -> None:
    iri = entity_iri("policy", key)
    ctx.out.entity("policy", key, KGO.Policy, name, span)
    ctx.name_spans.append(span)
    if country is None:
        country = _country_cue(ctx, span[0], ctx.text[span[0]:span[1]])
    if country:
        ctx.out.add(iri, KGO.runBy, country_iri(ctx, country), span)
        ctx.out.add(iri, KGO.country, country_iri(ctx, country), span)


def _country_cue(ctx: Context, start: int, surface: str) -> str | None:
    before = ctx.text[max(0, start - 60) : start]
    m = re.search(r"(Korea's|Russia's|Korean|Russian|South Korea's)(?:\s+\w+){0,4}\s*$", before)
    if m:
        return ctx.lex.demonyms.get(m.group(1))
    for cue, code in (("Korea", "KR"), ("Russia", "RU")):
        if cue in surface:
            return code
    return None
