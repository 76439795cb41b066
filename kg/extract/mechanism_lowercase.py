"""Channels written in lower case: "the Korea-Russia fisheries committee", "their joint
working group on railway cooperation".

Title case names come from ``mechanisms.py``; these are the same channels as their parties
write them in passing, so they reuse its keys and labels.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.context import Context, MechanismMention
from kg.extract.mechanisms import (
    canonical,
    head_of,
    known_label,
    mechanism_key,
    strip_bilateral,
)
from kg.extract.ordinals import ORDINAL
from kg.ids import entity_iri
from kg.namespaces import KGO

_LOWER_BILATERAL = re.compile(
    r"(?<![\w-])(?:(?:Republic of |South )?Korean?|ROK|Russian?)\s*[-–]\s*"
    r"(?:Russian?|(?:Republic of |South )?Korean?|ROK)"
    # "the Korea-Russia vice defense ministerial strategic dialogue": up to four words
    r"\s+(?:(?!(?:at|in|of|the|an?|on|with|by|during)\s)[a-z]+\s+){0,4}?(?:committee|commission|sub-?committee|forum|dialogue|"
    r"consultations?|council|working group)\b"
    r"(?:\s+(?:on|for)\s+(?!(?:the|a|an|this|next|its|their)\b)(?:[a-z-]+\s+){0,2}?[a-z-]+"
    r"(?:\s+in\s+the\s+(?:Far\s+East|Arctic)\b)?"  # "on agriculture in the Far East"
    # the tail ends where the clause goes on: a verb of holding ("took place", "opened",
    # "were chaired by"), a preposition, a relative pronoun or punctuation
    r"(?=\s*(?:[,.;:()]|$|\s(?:in|at|to|with|was|will|and|is|held|next|this|took|are|were|"
    r"has|have|had|would|opened|began|ended|closed|concluded|convened|resumed|continued|"
    r"wrapped|chaired|co-chaired|brought|focused|from|between|under|that|which|where)\b))|"
    # "the Russian-Korean subcommittee for the Far East and Siberia"
    r"\s+(?:on|for)\s+(?:cooperation\s+in\s+)?(?:the\s+)?[A-Z][\w-]*"
    r"(?:\s+(?:and\s+(?:the\s+)?)?[A-Z][\w-]*)*"
    r"(?:\s+(?:issues|affairs|matters|problems))?)?"  # "consultations on Asia-Pacific issues"
)


#: "to hold a Korea-Russia business forum in X": one gathering, no channel named
_ONE_OFF = re.compile(r"\b(?:hold|holding|held|host|hosting|hosted|organi[sz]e|organi[sz]ing|"
                      r"organi[sz]ed|stage|staging|staged)\s+"
                      r"an?\s+$")


#: "the Korea-Russia aviation talks held in Seoul": talks on one subject, held round after
#: round, are a channel; talks told by their level or occasion ("summit talks") are not
_TOPIC_TALKS = re.compile(
    r"(?<![\w-])(?:(?:Republic of |South )?Korean?|ROK|Russian?)\s*[-–]\s*"
    r"(?:Russian?|(?:Republic of |South )?Korean?|ROK)\s+"
    r"(?P<topic>(?!(?:summit|bilateral|high-level|top-level|working-level|peace|ministerial|"
    r"official|formal|informal|direct|further|new|the|these|their)\b)[a-z]+|"
    # "the eighth Korea-Russia Maritime Transport Talks": a topic in title case
    r"(?!(?:Summit|Bilateral|High-Level|Peace|Ministerial|Official|Trade)\b)[A-Z][a-z]+"
    r"(?:\s+[A-Z][a-z]+)?(?=\s+Talks\b))\s+[Tt]alks\b")


#: "held the eighth meeting of their joint working group on railway cooperation": a channel
#: the parties just named share, known by its topic
_THEIR_CHANNEL = (
    r"\b(?:{ordinal})\s+(?:meeting|session|round)\s+of\s+(?:their|its|the)\s+"
    r"(?P<name>joint\s+(?:working group|committee|commission|council)\s+on\s+"
    r"(?:[a-z-]+\s+){{0,3}}?[a-z-]+|"
    # "the seventh round of their competition policy consultations"
    r"(?!(?:regular|annual|bilateral|high-level|working-level|joint|official)\b)"
    r"(?:[a-z-]+\s+){{1,3}}?(?:consultations|dialogue))"
    r"(?=\s*(?:[,.;]|$|\s(?:on|in|at|with|was|will|held|and)\b))")


#: "agreed to set up a joint working group on toll roads and ITS, whose first meeting ...":
#: a channel founded by the release's parties, known by its topic
_SET_UP = re.compile(r"\b(?:set(?:ting)?\s+up|establish\w*|creat\w*|form(?:ed|ing)?|launch\w*)"
                     r"\s+an?\s+"
                     r"(?P<name>joint\s+(?:working group|committee|commission|council|task force)"
                     r"\s+on\s+(?:[a-z-]+|[A-Z]{2,6})(?:\s+(?:[a-z-]+|[A-Z]{2,6})){0,5}?)"
                     r"(?=\s*,\s*(?:whose|which|to|that)\b|\s+(?:to|that|which|whose)\b)")


@lru_cache(maxsize=1)
def _their_channel() -> re.Pattern[str]:
    return re.compile(_THEIR_CHANNEL.format(ordinal=ORDINAL), re.I)


def lowercase_channels(ctx: Context) -> None:
    """"the 29th session of the Korea-Russia fisheries committee": written in lower case,
    named in title case."""
    for m in [*_their_channel().finditer(ctx.text, ctx.body_start),
              *_SET_UP.finditer(ctx.text, ctx.body_start)]:
        if any(s <= m.start("name") < e for s, e in ctx.name_spans):
            continue
        words = m.group("name").split()
        name = " ".join(w if w in ("on", "for", "and", "of", "the", "in") else
                        w[:1].upper() + w[1:] for w in words)
        span = (m.start("name"), m.end("name"))
        key = mechanism_key(ctx, name)
        iri = ctx.out.entity("mechanism", key, KGO.Mechanism, name, span)
        ctx.mechanisms.append(MechanismMention(iri, name, span, head_of(name)))
        ctx.name_spans.append(span)
    # from the title on: "Press release on Russian-Korean consultations on ..." names the
    # story's own channel
    for m in _LOWER_BILATERAL.finditer(ctx.text):
        if any(s <= m.start() < e for s, e in ctx.name_spans):
            continue
        if _ONE_OFF.search(ctx.text, max(0, m.start() - 30), m.start()):
            continue  # "plans to hold a Korea-Russia content business forum": a gathering
        # a channel written in passing goes by the release's own wording, its bilateral
        # prefix as written ("Russian-Korean consultations on phytosanitary issues")
        words = m.group(0).split()
        name = " ".join([words[0]] + [w if w in ("on", "for", "and", "of", "the", "in")
                                      else w[:1].upper() + w[1:] for w in words[1:]])
        span = (m.start(), m.end())
        named = _named_in_full(ctx, name)
        if named is not None:  # "the Korea-Russia interregional forum" of a fuller name
            ctx.out.add(ctx.out.release, KGO.mentions, named.iri, span)
            ctx.mechanisms.append(MechanismMention(named.iri, named.name, span, named.head))
            ctx.name_spans.append(span)
            continue
        key, head = mechanism_key(ctx, name), head_of(name)
        if key in ctx.lex.mechanisms:  # a known channel goes by its name (of the time)
            name = known_label(ctx, key, name, name)
        iri = entity_iri("mechanism", key)
        ctx.out.entity("mechanism", key, KGO.Mechanism, name, span)
        ctx.mechanisms.append(MechanismMention(iri, name, span, head))
        ctx.name_spans.append(span)


def topic_talks(ctx: Context) -> None:
    """"the Korea-Russia aviation talks", then "the previous round of aviation talks": one
    channel, named as the release first wrote it."""
    for m in _TOPIC_TALKS.finditer(ctx.text, ctx.body_start):
        if any(s <= m.start() < e for s, e in ctx.name_spans):
            continue
        name = canonical(" ".join(m.group(0).split()))
        key = mechanism_key(ctx, name)
        iri = ctx.out.entity("mechanism", key, KGO.Mechanism, name, (m.start(), m.end()))
        again = re.compile(rf"(?<![\w-]){re.escape(m.group('topic'))}\s+talks\b")
        for hit in [m, *again.finditer(ctx.text, m.end())]:
            span = (hit.start(), hit.end())
            if hit is not m and any(s <= span[0] < e for s, e in ctx.name_spans):
                continue
            ctx.mechanisms.append(MechanismMention(iri, name, span, "talks"))
            ctx.name_spans.append(span)


def _named_in_full(ctx: Context, name: str) -> MechanismMention | None:
    """The release's mechanism whose name holds every word of ``name`` in order, same head."""
    if ctx.lex.mechanism_id_for(name):
        return None
    words = strip_bilateral(name).lower().split()
    head = head_of(name)
    for mention in ctx.mechanisms:
        if mention.head != head:
            continue
        full = iter(strip_bilateral(mention.name).lower().split())
        if len(words) < len(strip_bilateral(mention.name).split()) and all(
                w in full for w in words):
            return mention
    return None


_BODY = r"(?:[A-Z][\w.&-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.&-]*){0,5})"
#: "the Bank of Russia and the Bank of Korea held their third high-level meeting": two
#: bodies of the two countries numbering the meetings they hold together
_BODIES_MET = re.compile(
    rf"\b(?:[Tt]he\s+)?(?P<a>{_BODY})\s+and\s+(?:the\s+)?(?P<b>{_BODY})\s+(?:have\s+)?"
    r"(?:held|hold|will\s+hold|convened)\s+their\s+"
    rf"(?:{ORDINAL})\s+(?P<name>(?:(?:high-level|annual|regular|working-level|strategic|"
    r"joint)\s+)?(?:meeting|consultations|dialogue))\b")


def bodies_channel(ctx: Context) -> None:
    """Two known bodies, one of each country, holding their Nth meeting: the channel is
    theirs, named after both ("Bank of Russia-Bank of Korea High-Level Meeting"), and
    "the fourth meeting" later is another of it."""
    for m in _BODIES_MET.finditer(ctx.text, ctx.body_start):
        a, b = _known_body(ctx, m, "a"), _known_body(ctx, m, "b")
        if a is None or b is None or {a.country, b.country} != {"KR", "RU"}:
            continue
        words = [w[:1].upper() + w[1:] for w in m.group("name").split()]
        name = f"{a.name_en}-{b.name_en} {' '.join(words)}"
        key = mechanism_key(ctx, name)
        iri = ctx.out.entity("mechanism", key, KGO.Mechanism, name, m.span("name"))
        ctx.mechanisms.append(MechanismMention(iri, name, m.span("name"), head_of(name)))
        ctx.name_spans.append(m.span("name"))


def _known_body(ctx: Context, m: re.Match, group: str):
    """The gazetteer body a group names whole, if any."""
    hits = ctx.lex.org_matcher.find(ctx.text, m.start(group), m.end(group))
    whole = [h for h in hits if h.start == m.start(group) and h.end == m.end(group)]
    ids = ctx.lex.org_ids_for(whole[0].id) if whole else []
    return ctx.lex.orgs[ids[0]] if len(ids) == 1 else None
