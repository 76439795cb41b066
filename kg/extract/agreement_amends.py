"""Documents that change another ("an addendum to their 2007 investment agreement"): the
other document is a row of its own, signed when its own year says, not at the occasion that
signs the addendum; the addendum takes the sentence's occasion.
"""

from __future__ import annotations

import re

from kg.extract.agreement_refs import Doc
from kg.extract.agreement_vocab import vocab
from kg.extract.context import Context

#: "their 2007 ": the year the document named next was signed
_OWN_YEAR = re.compile(r"(?<![\w-])((?:19|20)\d\d)\s+(?:[\w-]+\s+){0,3}$")


def amended(doc: Doc, docs: list[Doc]) -> bool:
    """The document is named inside the topic of one that amends it."""
    return any(o is not doc and o.kind in vocab().amends and o.start < doc.start < o.end
               for o in docs)


def amended_when(ctx: Context, doc: Doc) -> tuple[str | None, str | None]:
    """An amended document's own year, told right before its name ("their 2007 investment
    agreement"); where it was signed is not told there."""
    m = _OWN_YEAR.search(ctx.text, max(0, doc.start - 40), doc.start)
    return (m.group(1) if m else None), None
