"""Periods written as two dates: where a span opens and where it closes.

"Between 2013 and last year, 84 judges completed courses" runs 2013/2017 (in a 2018
release); "from April 2017 to December 2019" is that run of months; "Since the clinic
launched the service in April 2017, its doctors have held 1,150 consultations through the
end of last year" runs from that month to the last month of that year; "the ship left
Nome on July 27 and returned on August 24 after covering some 11,000 km" is a voyage whose
figures belong to its days. A figure whose clause picks either end of such a span as its
date takes the whole span; the date finder reads each end as a date of its own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.context import Context

#: the opening end: "between 2013", "from April 2017", "since ... in April 2017" (a since-
#: clause that tells when a thing began), "starting in March 2018"
_OPENS = re.compile(r"(?:\b(?i:between|from|starting(?:\s+(?:in|on|from))?|"
                    r"beginning(?:\s+(?:in|on))?)\s+(?:the\s+(?:start|beginning)\s+of\s+)?|"
                    r"\b[Ss]ince\s+|\b[Ss]ince\b[^,.;:]{0,80}?\b(?:in|on)\s+)$")
#: the closing end, right before the second date: "and last year", "to December 2019",
#: "through the end of last year", "until 2020"
_CLOSES = re.compile(r"\b(?:and|to|till|until|through|thru|up\s+to)\s+(?P<end>(?:the\s+end|"
                     r"the\s+close)\s+of\s+)?$", re.I)
#: a voyage or a run told by its two ends: "left Nome, Alaska on July 27", "set sail on
#: July 3", "opened on May 5" ... "and returned there on August 24", "closed on May 9"
_LEFT = re.compile(r"\b(?:left|departed|set\s+(?:sail|off|out)|sailed|embarked|began|started|"
                   r"opened|kicked\s+off)\b[^.;:]{0,40}?\bon\s+$")
_RETURNED = re.compile(r"\band\s+(?:then\s+)?(?:returned|came\s+back|arrived\s+back|"
                       r"got\s+back|ended|closed|finished|wrapped\s+up|concluded)\b[^.;:,]{0,30}?"
                       r"\bon\s+$")
#: what may stand between two ends read as one span ("between 2013 and last year")
_GAP = 200


def interval_of(ctx: Context, sent, chosen, dates) -> str | None:
    """The span ``chosen`` opens or closes, at the precision of its opening end."""
    if chosen is None:
        return None
    for first, last, end_of in _spans(ctx, sent, dates):
        if chosen is first or chosen is last:
            return _join(first, last, end_of)
    return None


def voyage_of(ctx: Context, sent) -> str | None:
    """The days of a voyage or run the sentence tells by its departure and return: the
    period of the figures of those who took part in it ("A total of 56 researchers took part
    in the expedition" after "The ship left ... on July 27 and returned on August 24")."""
    for first, last, _ in _spans(ctx, sent, ctx.dates_in(sent)):
        if first.precision == last.precision == "day" and \
                _LEFT.search(ctx.text, max(sent.start, first.start - 60), first.start):
            return _join(first, last, False)
    return None


def _spans(ctx: Context, sent, dates):
    """Pairs of dates in ``sent`` written as the two ends of one span."""
    text = ctx.text
    inside = [d for d in dates if sent.start <= d.start and d.end <= sent.end and
              not d.end_value]
    for i, first in enumerate(inside):
        lo = max(sent.start, first.start - 100)
        #: "in April 2017": the date finder may take the preposition into the date
        lead = re.match(r"(?:in|on)\s+", text[first.start : first.end], re.I)
        opens = _OPENS.search(text[lo : first.start] + (lead.group(0) if lead else ""))
        left = _LEFT.search(text, max(sent.start, first.start - 60), first.start)
        if not (opens or left):
            continue
        for last in inside[i + 1 :]:
            if last.start - first.end > _GAP:
                break
            closes = _CLOSES.search(text, max(first.end, last.start - 25), last.start)
            returned = left and _RETURNED.search(text, first.end, last.start)
            if opens and closes and closes.start() - first.end < 3 or \
                    opens and closes and opens.group(0)[:5].lower() == "since" or \
                    returned:
                if last.value[:10] > first.value[:10] or \
                        last.value[:4] > first.value[:4]:
                    yield first, last, bool(closes and closes.group("end"))
                break


def _join(first, last, end_of: bool) -> str:
    """"April 2017" .. "the end of 2019" is 2017-04/2019-12; years stay years."""
    a = first.value[: {"year": 4, "month": 7}.get(first.precision, 10)]
    b = last.value[: {"year": 4, "month": 7}.get(last.precision, 10)]
    if len(a) == 7 and len(b) == 4:
        b = f"{b}-12" if end_of else b
    if len(a) == 4 and len(b) > 4:
        b = b[:4]
    return f"{a}/{b}"


def same_year_before(ctx: Context, sent, chosen, is_base):
    """"Exports of cosmetics came to $171.2 million in the same year": with no year before
    it in its own sentence, the year of the last date the sentence before told (not that of
    a base it was compared with)."""
    idx = ctx.sentences.index(sent)
    for prior in reversed(ctx.sentences[max(0, idx - 1) : idx]):
        told = [d for d in ctx.dates_in(prior) if not is_base(ctx, prior.start, d)]
        if told:
            return replace(told[-1], start=chosen.start, end=chosen.end, end_value=None,
                           precision="year", value=told[-1].value[:4])
    return chosen


_MONTH_NAMES = ("january february march april may june july august september october "
                "november december").split()
#: "In January and February, imports reached ...", "in March and April 2019": two months
#: in a row told as one stretch; the date finder reads the first alone
_AND_MONTH = re.compile(r"\s*(?:and|&)\s+(?P<mon>" + "|".join(_MONTH_NAMES) + r")\b"
                        r"(?!\s+\d{1,2}\b)(?:,?\s+(?P<y>(?:19|20)\d\d))?", re.I)


def month_pair(ctx: Context, chosen):
    """The month ``chosen`` and the next one written right after it with "and": one span of
    two months (``chosen`` with the second as its end); ``chosen`` itself otherwise. Only
    consecutive months read as a span ("in March and May" are two separate months)."""
    if chosen is None or chosen.precision != "month" or chosen.end_value:
        return chosen
    m = _AND_MONTH.match(ctx.text, chosen.end)
    if not m:
        return chosen
    first = int(chosen.value[5:7])
    second = _MONTH_NAMES.index(m.group("mon").lower()) + 1
    if second != first + 1:
        return chosen
    year = m.group("y") or chosen.value[:4]
    return replace(chosen, value=f"{year}-{first:02d}", end_value=f"{year}-{second:02d}",
                   end=m.end(), relative=chosen.relative and not m.group("y"))
