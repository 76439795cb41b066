"""Market quotes and prices of admission: numbers a release reports in passing that are no
fact of the cooperation it tells of.

"Shares of POSCO closed 1.4 percent higher at 357,000 won", "Rosneft shares were up 0.6%
at 325.4 rubles", "the KOSPI's 0.6 percent rise", "Brent crude traded at $54.20 a barrel",
"Admission is 15,000 won ($13) for adults": readers leave them out (or at most let them
pass). A figure the same sentence gives as the cause of the move ("... rose 3 percent
after the company won a 1.1 trillion won order") is a fact of its own and stays.
"""

from __future__ import annotations

import re

#: a sentence that quotes a share or an index: "Shares of X closed ...", "X shares were up"
_MARKET = re.compile(r"\b(?:[Ss]hares|[Ss]tocks|KOSPI|KOSDAQ|MOEX|RTS\s+[Ii]ndex|"
                     r"(?:stock|share)\s+price)\b[^.;]{0,60}?\b(?:were|was|is|are|closed|ended|"
                     r"opened|rose|fell|gained|lost|jumped|slid|dropped|traded|finished|edged|"
                     r"climbed|added|shed|surged|plunged)\b")
#: "traded at $54.20 a barrel", "closed at 325 rubles per share"
_PRICE = re.compile(r"\b(?:traded|trading|stood|closed|was|sold)\s+at\s+(?:US\$|[$€₩])?\s?\d[\d,.]*"
                    r"(?:\s+[a-z]+)?\s+(?:a|per)\s+(?:barrel|share|ounce)\b")
#: "Admission is 15,000 won", "Tickets cost 20,000 won"
_ADMISSION = re.compile(r"\W*(?:Admission|Entrance|Entry|Tickets?)\b[^.;]{0,30}?\b(?:is|are|costs?|"
                        r"priced)\b")
#: what the sentence gives as the cause of the move is a fact of its own
_CAUSE = re.compile(r"\b(?:after|following|on\s+news|amid|because|as)\b")


def quoted(text: str, sent, num_start: int) -> bool:
    """The number is a market quote or a price of admission, not a fact of the release."""
    cause = _CAUSE.search(text, sent.start, sent.end)
    if cause and cause.start() < num_start:
        return False
    return bool(_MARKET.search(text, sent.start, sent.end) or
                _PRICE.search(text, sent.start, sent.end) or
                _ADMISSION.match(text, sent.start, sent.end))
