"""Dates inside someone's quoted words: the speaker's time, not the narrator's figure's.

'"We can offer year-round navigation from 2022-2023," the director told an audience of
about 150 managers': the years belong to the promise quoted, not to the audience counted
after it. A figure inside the same quotation keeps the quotation's dates.
"""

from __future__ import annotations

import re

#: a quotation in straight or curly double quotes, within one sentence
_QUOTE = re.compile(r"\"[^\"]{3,400}?\"|“[^”]{3,400}?”")


def unquoted(text: str, sent, num_start: int, dates: list) -> list:
    """``dates`` without those inside a quotation of ``sent`` the number at ``num_start``
    stands outside of."""
    spans = [(q.start(), q.end()) for q in _QUOTE.finditer(text, sent.start, sent.end)]
    if not spans:
        return dates
    own = [s for s in spans if s[0] <= num_start < s[1]]
    return [d for d in dates
            if not any(a <= d.start < b for a, b in spans if (a, b) not in own)]
