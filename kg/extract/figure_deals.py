"""The value of a deal is dated to the day the deal was signed.

"The contract was signed on April 23 by video link. The value of the contract is 14.2
billion rubles, the company said": a contract's price is no statistic of the release's
year but a fact of the signing, and readers give it the signing's day. So for "the deal
is worth", "the order was valued at", "put the order at 208 billion won" in a clause
without a date of its own, when the release named, in that sentence or just before, the
single day on which the contract, deal or order was signed.
"""

from __future__ import annotations

import datetime as dt
import re

from kg.extract.context import Context

_THING = r"(?:contract|deal|order|agreement|transaction)"
#: the clause before the figure says it prices a deal
_PRICED = re.compile(
    rf"\b(?:(?:total\s+)?(?:value|price|cost|amount|sum)\s+of\s+the\s+(?:[\w-]+\s+){{0,2}}?{_THING}|"
    rf"{_THING},?\s+(?:is|was|will\s+be)?\s*(?:worth|valued\s+at|priced\s+at)|"
    rf"{_THING}['’]s\s+(?:value|price|amount)|"
    rf"put\s+(?:the|its)\s+(?:[\w-]+\s+){{0,2}}?{_THING}\s+at)\b(?:[^.;]|(?<=\d)\.(?=\d))*$",
    re.I)
#: the sentence that tells the deal was signed (or concluded, clinched)
_SIGNED = re.compile(rf"\b{_THING}s?\b(?:[^.;]|(?<=\d)\.(?=\d))*?\b(?:was|were|has\s+been|"
                     r"had\s+been)\s+"
                     r"(?:signed|concluded|clinched|sealed|inked)\b|\b(?:signed|concluded|"
                     rf"clinched|sealed|inked)\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?{_THING}\b",
                     re.I)
_LOOK_BACK = 3


def signing_day(ctx: Context, sent, cs: int, start: int) -> str | None:
    """The day the deal a figure prices was signed, told in its sentence or the three before;
    None unless the clause prices a deal and exactly one such day is named."""
    if not _PRICED.search(ctx.text, cs, start):
        return None
    idx = ctx.sentences.index(sent)
    for prior in reversed(ctx.sentences[max(0, idx - _LOOK_BACK) : idx + 1]):
        if not _SIGNED.search(ctx.text, prior.start, prior.end):
            continue
        term = _term(ctx, prior)
        if term:
            return term
        days = [d for d in ctx.dates_in(prior) if d.precision == "day" and not d.end_value]
        if len({d.value for d in days}) == 1:
            return days[0].value
        told = _signed_when(ctx, prior, days)
        if told:
            return told
    # "signed a contract for supplies in 2022-2031. ... The total value of the contract is
    # $600 million": the deal's term, told further back
    return next((t for t in map(lambda p: _term(ctx, p), reversed(ctx.sentences[:idx]))
                 if t), None)


#: "a long-term contract for the supply of enrichment services in 2022-2031": the years the
#: deal runs over, which its value is for
_TERM = re.compile(rf"\b{_THING}\b[^.;]{{0,120}}?\b(?:in|for|over|during)\s+(?:the\s+(?:period|"
                   r"years)\s+)?(?P<a>(?:19|20)\d\d)\s*(?:[-–—]|to|through)\s*(?P<b>(?:19|20)\d\d)\b",
                   re.I)


def _term(ctx: Context, prior) -> str | None:
    """The span of years the deal of the signing sentence ``prior`` runs over, if it names
    one."""
    m = _TERM.search(ctx.text, prior.start, prior.end)
    return f"{m.group('a')}/{m.group('b')}" if m and m.group("a") < m.group("b") else None


#: "was signed in Moscow on Monday": the weekday of a news item's signing
_ON_WEEKDAY = re.compile(r"\bon\s+(?P<d>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                         r"Sunday)\b")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _signed_when(ctx: Context, prior, days) -> str | None:
    """A signing told by the month alone ("signed ... in November 2012") or, in a news item,
    by its weekday ("signed in Moscow on Monday", the last such day up to the release)."""
    if days:
        return None
    months = {d.value[:7] for d in ctx.dates_in(prior) if d.precision == "month" and
              not d.end_value and re.search(r"\d{4}", ctx.text[d.start : d.end])}
    if len(months) == 1:
        return months.pop()
    m = _ON_WEEKDAY.search(ctx.text, prior.start, prior.end)
    if m and ctx.doc_date and len(ctx.doc_date) == 10:
        day = dt.date.fromisoformat(ctx.doc_date)
        lag = (day.weekday() - _WEEKDAYS.index(m.group("d"))) % 7
        return (day - dt.timedelta(days=lag)).isoformat()
    return None


#: "equivalent to 1.4% of its 2020 consolidated revenue": a year that qualifies a noun of
#: the company's, after the price, dates that noun and not the deal
_POSSESSED = re.compile(r"\b(?:its|their|our|his|her)\s+$", re.I)


def priced_past_year(ctx: Context, cs: int, start: int, dates) -> bool:
    """Every date of the clause from ``cs`` on comes after the figure at ``start`` and
    qualifies a thing of the company's ("its 2020 revenue"), not the figure."""
    own = [d for d in dates if d.start >= cs]
    return bool(own) and all(d.start > start and
                             _POSSESSED.search(ctx.text, max(0, d.start - 8), d.start)
                             for d in own)
