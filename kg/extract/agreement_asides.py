"""What in a signing sentence does not tell its own occasion: a relative clause about
someone else (", who is on a visit to X on June 3-4"), quoted speech, a news dateline
("SEOUL, June 20 (Yonhap) --"), where the next round is to be, the source a news item
cites ("according to the ministry in Sejong"), and the day the news was told ("said on
Nov. 22 that it had signed ... on Thursday").
"""

from __future__ import annotations

import re

from kg.extract.agreement_vocab import vocab
from kg.extract.context import Context

Span = tuple[int, int]
_WHO = re.compile(r",\s*(?:who|whose|which|where|whereby|(?:under|in|by|through|according to)"
                  r"\s+which)\b[^,;]*")
#: "according to the Ministry of Education in Sejong": who told the news, not where
_SOURCE = re.compile(r"\baccording\s+to\s+(?!which\b)[^,;]*")
_DATELINE = re.compile(r"[A-Z][A-Z .'-]+,[^\n]{0,40}?(?:\(\w+\)\s*)?(?:--|—|/TASS/\.?)|"
                       # "Sept 7 (Interfax) -" after "VLADIVOSTOK." split off as a sentence
                       r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?\s*\([\w .-]+\)\s*[-–—]")
#: "K-water said on Nov. 22 that it had signed ... on Thursday": the day the news was told
_REPORTED_ON = re.compile(r"\b(?:said|says|announced|announces|reported|reports|stated|states|"
                          r"revealed|disclosed)(?:\s+in\s+an?\s+(?:statement|press\s+release|"
                          r"release|report|post|message))?\s+(?:on|last)\s+")
#: a renewed document's first signing ("first signed in 2012"): not this signing's date;
#: "A and B first signed an MOU in X in 2013" signs the document it names, though
#: "renewing the sister relationship that the two first established in 1997": the tie's start
_EARLIER = re.compile(r"\b(?:first|originally|initially|previously|earlier)\s+(?:signed|adopted|"
                      r"concluded|established|forged|founded|formed|set\s+up)\b"
                      r"(?!\s+(?:an?|the|their|its)\s)[^,;]*", re.I)
_QUOTE = re.compile(r"[\"“][^\"“”]{3,}(?:[\"”]|$)")
#: "..., and agreed to hold the next forum in X": where a later meeting is to be, not here
_NEXT_TIME = re.compile(r"\b(?:agreed|agree|decided|plan|plans|planned|promised|pledged|vowed)\s+"
                        r"to\s+(?:hold|host|convene|organi[sz]e|meet)\b[^;]*|"
                        r"\b(?:to|will)\s+be\s+held\b[^;]*", re.I)


def _relative_clauses(ctx: Context, sent) -> list[Span]:
    """", who is on a visit to Gangwon-do on June 3-4,": not the signing's date; nor what
    someone is quoted as saying, nor a news dateline, nor where the next round is to be,
    nor the source a news item cites ("according to the ministry in Sejong"), nor the day
    it says it told the news on ("said on Nov. 22 that it had signed ...")."""
    out = [m.span() for m in _QUOTE.finditer(ctx.text, sent.start, sent.end)]
    out += [m.span() for m in _EARLIER.finditer(ctx.text, sent.start, sent.end)]
    out += [m.span() for m in _NEXT_TIME.finditer(ctx.text, sent.start, sent.end)]
    out += [m.span() for m in _SOURCE.finditer(ctx.text, sent.start, sent.end)]
    out += [(m.start(), m.end() + 1)
            for m in _REPORTED_ON.finditer(ctx.text, sent.start, sent.end)]
    lead = _DATELINE.match(ctx.text, sent.start, sent.end)
    if lead:  # "SEOUL, June 20 (Yonhap) --": when the news was filed, not when it happened
        out.append(lead.span())
    for m in _WHO.finditer(ctx.text, sent.start, sent.end):
        if not vocab().signing.search(m.group(0)):
            out.append(m.span())
    return out
