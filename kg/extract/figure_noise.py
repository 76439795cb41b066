"""Numbers that are not figures: parts of names, times, ages, ranks and phone numbers.

"COVID-19", "Arc-7", "Arctic LNG 2", "a 30-minute call", "aged 45", "10:30", "one of the
three largest railway companies", "+7 423 123 4567", "the first of 15 carriers", "(2 pages)",
"40 km from Kazan": a number written in these shapes counts nothing the release reports, so
the figure reader skips it before looking for a unit.
"""

from __future__ import annotations

import re

_PHONE = re.compile(r"(?:\+\d{1,3}[\s-]?)?\(?\d{2,4}\)?[\s-]\d{3,4}[\s-]\d{4}\b")


#: a number before a superlative ranks bodies ("the three largest railway companies"); it
#: counts nothing the release reports
_RANKING = re.compile(r"\s+(?:largest|biggest|greatest|leading|highest|lowest|busiest|richest|"
                      r"fastest|most\s+[a-z]+|best)\b", re.I)


#: "the Arctic LNG 2 volumes", "Baltic LNG 2": a digit after a name that ends in an acronym
#: numbers a project or a plant of that name
_NAMED_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+[A-Z]{2,5}\s+$")


#: "the first of 15 ice-breaking carriers ordered": the count names which one of a series
_ONE_OF = re.compile(r"\b(?:first|second|third|last|latest|one)\s+of\s+(?:the\s+)?$", re.I)
#: "Outline of the MOU (2 pages)": the length of an attached document
_PAGES = re.compile(r"\(\d+\s+pages?\)")


#: "some 40 kilometers from Kazan", "30 km north of the city": where a place lies, told by
#: its distance from another; geography, no fact of the cooperation
_LOCATED = re.compile(r"\s*(?:km|kilomet(?:er|re)s?|miles?)\s+(?:away\s+)?(?:from|"
                      r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of|outside)\s", re.I)


#: "Attachments: 1. Meeting results (4 pages)", "Release date: ... Total 3 pages", "Photo
#: gallery (12 photos)": the lines that file a release list its parts, not facts it reports
_APPARATUS = re.compile(r"[ \t\[(*※-]*(?:Attachments?|Enclosures?|Annex(?:es)?|Release\s+date|"
                        r"Photo\s+gallery)\b", re.I)
#: "(Korean, 4 pages)", "(12 photos)", "Total 3 pages": the size of an attached document
_DOCUMENT_SIZE = re.compile(r"\s+(?:pages?|photos?|copies|copy|sheets?)\s*\)", re.I)
_TOTAL = re.compile(r"\bTotal\s+$", re.I)
#: "($1 = 1,172.30 won)": an exchange-rate note restates no fact of the release
_RATE_NOTE = re.compile(r"\(\s*(?:US)?\$\s?1\s*=\s*[\d,.]+\s*[A-Za-z]*\s*\)")
#: "CAS500-1", "Meteor-M No. 2-2": a number hyphened to a name that holds letters is part of it
_DESIGNATION = re.compile(r"\b[A-Za-z][A-Za-z0-9]*-$")


#: "branches across 11 time zones", "spans nine time zones": a country's breadth, told in
#: a company's or a region's profile, is geography, no fact of the cooperation
_TIME_ZONES = re.compile(r"\s+time\s+zones?\b", re.I)


def _apparatus(text: str, s: int, e: int) -> bool:
    """The number sits on a filing line of the release or gives the size of an attachment."""
    line_start = text.rfind("\n", 0, s) + 1
    if _APPARATUS.match(text, line_start):
        return True
    if _DOCUMENT_SIZE.match(text, e) or _TOTAL.search(text, max(line_start, s - 8), s):
        return True
    return any(r.start() <= s < r.end()
               for r in _RATE_NOTE.finditer(text, max(0, s - 20), e + 30))


def not_a_figure(text: str, m: re.Match[str]) -> bool:
    """"COVID-19", "Arc-7", "Arctic LNG 2", "a 30-minute call", "aged 45", phone numbers,
    the parts of a release's filing lines."""
    s, e = m.start("num"), m.end("num")
    if _apparatus(text, s, e) or _DESIGNATION.search(text, max(0, s - 20), s):
        return True
    if e - s == 1 and not m.group("cur") and _NAMED_BEFORE.search(text, max(0, s - 30), s):
        return True
    if s >= 2 and text[s - 1] == "-" and text[s - 2].isalpha():
        return True
    if s >= 2 and text[s - 1] == ":" and text[s - 2].isdigit():
        return True  # "1:1 business meetings", "10:30": a ratio's or a time's second part
    tail = text[e : e + 12]
    if re.match(r"(?:st|nd|rd|th)\b|:\d|\s*(?:a\.m|p\.m|am\b|pm\b)", tail):
        return True
    if re.match(r"-(?!fold\b)[A-Za-z]", tail) or re.match(r"\s*years?[- ]old\b", tail):
        return True
    if _RANKING.match(text, e) or re.search(r"\btop\s*$", text[max(0, s - 6) : s], re.I):
        return True  # "one of the world's three largest railway companies", "the top 10"
    if re.search(r"\b(?:aged|age of|No\.|number|Nos?\.|Article|Item|Paragraph|Group of)\s*$",
                 text[max(0, s - 12) : s]):
        return True
    if _LOCATED.match(text, e) or _TIME_ZONES.match(text, e):
        return True  # "40 kilometers from Kazan": where a place lies
    if _ONE_OF.search(text, max(0, s - 20), s) or _PAGES.match(text, max(0, s - 1)):
        return True  # "the first of 15 carriers ordered": which one; "(2 pages)": a length
    window_start = max(0, s - 8)
    return any(p.start() <= s < p.end() for p in _PHONE.finditer(text, window_start, e + 12))

