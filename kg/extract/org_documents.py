"""Bodies named only as parties inside a document's name.

"the Agreement between the Government of the Republic of Korea and the Government of the
Russian Federation on ...": the parties are part of the agreement's name, not bodies the
release names on their own.
"""

from __future__ import annotations

import re

from kg.extract.context import Context


def inside_agreement(ctx: Context, start: int) -> bool:
    """"the Agreement between the Government of the Republic of Korea and the Government of
    the Russian Federation on ...", "the Program of Cultural Cooperation between ...": the
    parties are part of the document's name."""
    before = ctx.text[max(0, start - 160) : start]
    m = re.search(r"\b(?:Agreement|Memorandum|Treaty|Convention|Protocol)\s+between\s+"
                  r"(?P<run>.*)$", before)
    if m and all(w[:1].isupper() or w in ("the", "and", "of", "on", "for")
                 for w in m.group("run").split()):
        return True
    return _state_party(ctx, start)


#: "the Program of Cultural Cooperation between the Government of the Republic of Korea and
#: the Government of ...": a named document before the parties
_DOCUMENT_BETWEEN = re.compile(
    r"\b(?:Agreement|Memorandum|Treaty|Convention|Protocol|Programm?e?|Plan|Arrangement|Accord|"
    r"Declaration)(?:\s+(?:[A-Z][\w-]*,?|of|on|for|in|the|and)){0,8}?\s+between\s+"
    r"(?:the\s+Government\s+of\s+(?:the\s+)?[A-Z][\w ]+?\s+and\s+)?(?:the\s+)?$")


def _state_party(ctx: Context, start: int) -> bool:
    """A state's government as a party to a named document ("Program of Cultural Cooperation
    between the Government of A and the Government of B") is part of the document's name;
    a ministry or a company as a party is a body readers count."""
    if not re.match(r"Government\s+of\b", ctx.text[start : start + 14]):
        return False
    return _DOCUMENT_BETWEEN.search(ctx.text, max(0, start - 200), start) is not None
