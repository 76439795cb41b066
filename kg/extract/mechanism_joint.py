"""Channels two bodies hold together, told in lower case: "the ninth annual joint
conference of the Korea Institute of X and the Institute of Y, better known as IMEMO".

A numbered (or annual) joint conference, seminar or symposium of two named bodies is their
series; it is named after the bodies' short forms when both have one ("KIEP-IMEMO joint
conference"), else after the bodies in full. Later "the eighth conference" or "the 10th"
is the same channel (see ``series`` and ``event_numbers``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.context import Context, MechanismMention
from kg.extract.mechanisms import mechanism_key
from kg.extract.ordinals import ORDINAL
from kg.namespaces import KGO

_KINDS = r"conference|seminar|symposium|workshop|colloquium"
_JOINT = (r"(?<![\w-])(?:(?i:{ordinal})\s+(?:annual\s+|regular\s+)?|annual\s+)"
          r"(?P<kind>joint\s+(?:academic\s+|scientific\s+|research\s+)?(?:{kinds}))\s+of\s+"
          r"(?:the\s+)?(?=[A-Z])")
#: capitalised words of a body's name, "of the", "for", "and" inside it
_BODY_WORDS = re.compile(r"[A-Z][\w.&'’-]*(?:\s+(?:(?:of|for|on|and|in)\s+(?:the\s+)?)?"
                         r"[A-Z][\w.&'’-]*)*")
#: "(IMEMO)", ", better known as IMEMO", ", also known as IMEMO": the body's short form
_SHORT_AFTER = re.compile(r"\s*(?:\(|,\s+(?:better\s+|also\s+|commonly\s+)?known\s+as\s+"
                          r"(?:the\s+)?)(?P<acr>[A-Z][A-Z&-]{1,9})\b")


@lru_cache(maxsize=1)
def _joint() -> re.Pattern[str]:
    return re.compile(_JOINT.format(ordinal=ORDINAL, kinds=_KINDS))


def joint_gatherings(ctx: Context) -> None:
    """Every "Nth joint conference of A and B" of the release becomes A and B's channel."""
    for m in _joint().finditer(ctx.text, ctx.body_start):
        if any(s <= m.start("kind") < e for s, e in ctx.name_spans):
            continue
        bodies = _two_bodies(ctx, m.end())
        if bodies is None:
            continue
        (a, short_a), (b, short_b) = bodies
        kind = " ".join(m.group("kind").split())
        name = f"{short_a}-{short_b} {kind}" if short_a and short_b else f"{kind} of {a} and {b}"
        span = (m.start("kind"), m.end("kind"))
        key = mechanism_key(ctx, name)
        iri = ctx.out.entity("mechanism", key, KGO.Mechanism, name, span)
        ctx.mechanisms.append(MechanismMention(iri, name, span, kind.split()[-1]))
        ctx.name_spans.append(span)
        _told_again(ctx, MechanismMention(iri, name, span, kind.split()[-1]))


def _told_again(ctx: Context, mention: MechanismMention) -> None:
    """"the conference", "last year's eighth conference" after the channel is named: the
    same channel, its head noun standing for it (a conference is no head of HEADS)."""
    again = re.compile(rf"\b(?i:the|this|(?:last|this|next)\s+year['’]s)\s+"
                       rf"(?:(?i:{ORDINAL})\s+)?(?:annual\s+|joint\s+)*"
                       rf"(?P<head>{re.escape(mention.head)})\b")
    for m in again.finditer(ctx.text, mention.span[1]):
        span = m.span("head")
        if any(s <= span[0] < e for s, e in ctx.name_spans):
            continue
        ctx.mechanisms.append(MechanismMention(mention.iri, mention.name, span, mention.head))
        ctx.name_spans.append(span)


def _two_bodies(ctx: Context, at: int) -> tuple[tuple[str, str | None], ...] | None:
    """The two bodies named from ``at`` on ("A and (the) B"), each with its short form."""
    first = _body(ctx, at, stop_at_and=True)
    if first is None:
        return None
    joint = re.match(r"\s+and\s+(?:the\s+)?(?=[A-Z])", ctx.text[first[2]:])
    if joint is None:
        return None
    second = _body(ctx, first[2] + joint.end(), stop_at_and=False)
    if second is None:
        return None
    return (first[0], first[1]), (second[0], second[1])


def _body(ctx: Context, at: int, *, stop_at_and: bool) -> tuple[str, str | None, int] | None:
    """A body's name starting at ``at``: a known one whole, else its capitalised words (the
    first of two stops at "and"); with its short form and where it ends."""
    hits = [h for h in ctx.lex.org_matcher.find(ctx.text, at, at + 200) if h.start == at]
    if hits:
        hit = max(hits, key=lambda h: h.end)
        end, name = hit.end, ctx.text[hit.start:hit.end]
    else:
        m = _BODY_WORDS.match(ctx.text, at)
        if m is None:
            return None
        name = m.group(0)
        if stop_at_and:
            name = re.split(r"\s+and\s+", name)[0]
        end = at + len(name)
    if len(name.split()) < 2 and not name.isupper():
        return None
    told = _SHORT_AFTER.match(ctx.text, end)
    short = _short_form(ctx, name, end)
    if told:  # "A (KEEI) and B": the pair goes on after the short form
        end = told.end() + (1 if ctx.text.startswith(")", told.end()) else 0)
    return " ".join(name.split()), short, end


def _short_form(ctx: Context, name: str, end: int) -> str | None:
    """The body's acronym: told right after it, or a known body's short name."""
    told = _SHORT_AFTER.match(ctx.text, end)
    if told:
        return told.group("acr")
    if name.isupper():
        return name
    for oid in ctx.lex.org_ids_for(name):
        shorts = [v for v in ctx.lex.orgs[oid].variants_en if re.fullmatch(r"[A-Z][A-Z&-]{1,9}", v)]
        if shorts:
            return shorts[0]
    return None
