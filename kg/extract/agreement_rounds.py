"""Which earlier sentences tell of the occasion a signing refers back to: the one right
before in its paragraph, not one that only recalls other rounds of a meeting, nor a clause
that tells of a document signed long ago.
"""

from __future__ import annotations

from kg.extract.agreement_asides import _WHO
from kg.extract.agreement_days import long_before
from kg.extract.agreement_vocab import vocab
from kg.extract.context import Context

Span = tuple[int, int]


def recalled(ctx: Context, sent) -> list[Span]:
    """"At this year's meeting, they reviewed the Convention ..., which was signed in Seoul
    in November 1992": a clause that signs a document long ago tells where that one was
    signed, not where the occasion a later signing refers back to was held."""
    out = []
    for m in _WHO.finditer(ctx.text, sent.start, sent.end):
        if vocab().signing.search(m.group(0)) and any(
                m.start() <= d.start < m.end() and long_before(ctx, d.value)
                for d in ctx.dates_in(sent)):
            out.append(m.span())
    return out


def adjacent(ctx: Context, prev, sent) -> bool:
    """"Talks were held in the Kremlin on June 22, 2018. Following the talks, ...": the
    sentence right before, in the same paragraph, is the occasion referred to, however
    long ago it was."""
    return prev.index == sent.index - 1 and "\n" not in ctx.text[prev.end : sent.start]


def only_other_rounds(ctx: Context, sent) -> bool:
    """A sentence whose every meeting is dated long before or after the release ("the
    14th meeting, held in December last year"): the one it recalls is not the occasion of
    a signing told today, and its places belong to what was discussed there."""
    evs = [e for e in ctx.events if e.sentence == sent.index]
    return bool(evs) and all(
        e.date is not None and (long_before(ctx, e.date.value)
                                or bool(ctx.doc_date and e.date.value[:7] > ctx.doc_date[:7]))
        for e in evs)
