"""A document told in one clause of a sentence whose other clause signs something else:
"The A-B memorandum is the second agreement between the operators; in November 2016 they
signed a cooperation agreement on IT services". The first clause only refers to a
document; the day and place of the signing told after the semicolon are not its own.
"""

from __future__ import annotations

import re

from kg.extract.agreement_vocab import vocab
from kg.extract.context import Context


def signed_elsewhere(ctx: Context, sent, start: int) -> bool:
    """The clause (between semicolons) holding ``start`` has no signing word, and another
    clause of the sentence has one."""
    if ";" not in sent.text:
        return False
    bounds = [sent.start] + [sent.start + i + 1 for i, c in enumerate(sent.text) if c == ";"] \
        + [sent.end]
    own = next(((a, b) for a, b in zip(bounds, bounds[1:], strict=False) if a <= start < b), None)
    if own is None or vocab().signing.search(ctx.text, *own):
        return False
    return any(vocab().signing.search(ctx.text, a, b)
               for a, b in zip(bounds, bounds[1:], strict=False) if (a, b) != own)


#: "..., and the two universities signed": the clause that signs, after one that tells of
#: something else
_AND_SIGNED = re.compile(r",\s+and\s+(?:[\w'’-]+\s+){1,5}?(?:signed|concluded|inked|adopted)\b")


def earlier_clause(ctx: Context, sent) -> list[tuple[int, int]]:
    """"The idea was first discussed at a forum in X last October, and the two signed an
    agreement on it in Y on December 8": the clause before ", and ... signed" tells of
    another occasion when the signing clause has a day of its own."""
    m = _AND_SIGNED.search(ctx.text, sent.start, sent.end)
    if m is None or vocab().signing.search(ctx.text, sent.start, m.start()):
        return []
    if not any(d.start >= m.end() for d in ctx.dates_in(sent)):
        return []
    return [(sent.start, m.start())]
