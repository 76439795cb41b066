"""What a plant makes, as part of its name: "a plant for galvanized automotive steel",
"a factory for the production of tyres", "a complex for the deep processing of grain".

Releases and readers name a production facility by its product; the bare head ("the
plant") names nothing one could tell from another plant. The product is the lower-case
words after "for" (through "the production of" and the like), up to the place tail or
the end of the phrase; "for Korean companies" (whom a thing serves) is read elsewhere.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract import project_phrases as pp


@lru_cache(maxsize=1)
def _product() -> re.Pattern[str]:
    nouns = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in
                             pp.words("production-nouns")), key=len, reverse=True))
    word = rf"(?!(?:{pp.STOP})\b)[a-z][\w-]*"
    return re.compile(rf"\s+for\s+(?:the\s+)?(?:(?:{nouns})\s+of\s+(?:the\s+)?)?"
                      rf"(?P<words>(?:{word}\s+){{0,3}}{word}(?:\s+and\s+(?:{word}\s+){{0,2}}{word})?)"
                      r"(?![\w'’-])(?!\s+[a-z][\w-]*\s+of\b)")


def product_of(text: str, end: int, head: str) -> str:
    """The "for ..." words after a production head that say what it makes, or ""."""
    if head.split()[-1] not in pp.words("product-heads"):
        return ""
    m = _product().match(text, end)
    if not m:
        return ""
    words = [w for w in m.group("words").split() if w != "and"]
    if words[0] in pp.words("not-products") or words[-1] in pp.words("not-products") or \
            words[-1] in pp.words("beneficiaries"):
        return ""
    nxt = re.match(r"\s*([\w'’-]+)", text[m.end() : m.end() + 30])
    if nxt and nxt.group(1).islower() and not re.fullmatch(pp.STOP, nxt.group(1)):
        return ""  # more lower-case words than a product takes: no name ends here
    return m.group(0)
