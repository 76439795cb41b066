"""Ordinals ("the eighth session", "its 21st round") as a pattern and a value.

Meetings, events and dates all number their rounds the same way, so the words live in
``ordinals.tsv`` and are compiled here once for every reader.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _words() -> dict[str, int]:
    raw = resources.files("kg.data").joinpath("ordinals.tsv").read_text("utf-8")
    out: dict[str, int] = {}
    for line in raw.splitlines():
        if line.strip() and not line.startswith("#"):
            word, value = line.split("\t")
            out[word] = int(value)
    return out


def ordinal_value(token: str) -> int | None:
    """The number an ordinal token stands for, or None when it is not one."""
    token = token.lower()
    if token in _words():
        return _words()[token]
    m = re.fullmatch(r"(\d{1,3})(?:st|nd|rd|th)", token)
    return int(m.group(1)) if m else None


#: an ordinal in digits or words; longest words first so "twenty-first" beats "twenty"
ORDINAL = (r"(?:\d{1,3}(?:st|nd|rd|th)|"
           + "|".join(w for w in sorted(_words(), key=len, reverse=True)
                      if w not in ("first-ever", "launching")) + ")")
