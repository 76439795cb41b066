"""Dates whose reach goes past their own clause.

"In 2017, Magadan fishermen caught 296,000 tonnes, and the region produced 41.5 tonnes of
gold": a date fronted before the sentence's first comma frames the whole sentence, so a
later clause with a subject of its own but no date of its own shares it (a clause told in
the present or the future speaks of its own time, not the fronted one).

"The first batch this year, 35,000 tonnes, arrived at the port on 2 March": a day later
in the clause that falls inside the year named before the figure narrows it, however far
after the figure it stands (not the day a source told it on: "..., the ministry said on
2 March").
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.context import Context

#: what may stand before a fronted date: "In", "During", "As of", "By the end of" ...
#: ("o Since 2012, ...": a bullet of a Korean ministry's release may open the sentence)
_FRONT = re.compile(r"\W*(?:[oㅇ]\s+)?(?:(?:In|During|Over|For|Throughout|Through|Since|As\s+of|"
                    r"At\s+the\s+end\s+of|By\s+the\s+end\s+of)\s+)?(?:the\s+)?", re.I)
#: the date closes the fronted phrase: "In 2017, ...", "Last year alone, ..."
#: ("In 2016 Russian plants generated ...": a fronted year may go without its comma)
_CLOSED = re.compile(r"\s*(?:alone\s*)?,|\s+(?=[A-Z][a-z])")
#: a clause that speaks of its own time: "and it now employs", "and the share is", "will"
_OWN_TIME = re.compile(r"[^.;]{0,80}?\b(?:is|are|remains?|now|currently|today|at\s+present|will|"
                       r"would|shall)\b", re.I)

#: words of time the date finder may leave unread ("by the end of October", "since then")
_TIME_WORDS = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|"
                         r"October|November|December|since|until|till|by\s+the\s+end)\b")


def fronted_date(ctx: Context, sent, cs: int, ce: int, dates):
    """The date fronted before the sentence's first comma, which a later clause ``cs``-``ce``
    without a date of its own shares; None when there is none or the clause keeps its own
    time (a date written in it, even one the clause reader set aside, is its own)."""
    if cs <= sent.start or any(cs <= d.start < ce for d in dates) or \
            _TIME_WORDS.search(ctx.text, cs, ce):
        return None
    first = [d for d in dates if sent.start <= d.start < cs]
    if not first:
        return None
    d = first[0]
    if not _FRONT.fullmatch(ctx.text, sent.start, d.start) or not _CLOSED.match(ctx.text, d.end):
        return None
    return None if _OWN_TIME.match(ctx.text, cs) else d


#: "..., the ministry said on 2 March": the day of the telling, not of the fact
_TOLD = re.compile(r"\b(?:said|says|announced|reported|told|noted|added|stated|according)\b")


def narrows(text: str, before, after, end: int) -> bool:
    """The day or month ``after`` the figure lies inside the year named ``before`` it."""
    return before.precision == "year" and after.precision in ("day", "month") and \
        not before.end_value and after.value.startswith(before.value[:4]) and \
        not _TOLD.search(text, end, after.start)


#: "..., compared with 27 voyages and 491,000 tonnes in 2018, an increase of about 42
#: percent": the date of the figures compared with, which a later figure (the change) does
#: not take
_COMPARED_FIGURE = re.compile(r"\b(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+"
                              r"(?:about\s+|some\s+|around\s+|nearly\s+|just\s+)?"
                              r"(?:US\$|[$€₩])?\d[^;()]{0,60}?\s(?:in|during)\s+$", re.I)
#: "In the 2019 navigation season, which closed in late November, 37 ships ...": a
#: relative clause on a thing already dated
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|that|when)\s+[^,;]*$")


def set_aside(text: str, cs: int, d, start: int, dated_before: bool) -> bool:
    """The date ``d`` before the figure at ``start`` is not the figure's: it dates what
    the figures were compared with, or sits in a relative clause on a thing whose own date
    ``dated_before`` came earlier in the clause."""
    if _COMPARED_FIGURE.search(text, max(cs, d.start - 90), d.start):
        return True
    return dated_before and "," in text[d.end : start] and \
        bool(_RELATIVE_ASIDE.search(text, cs, d.start))


#: ", and the overall turnout reached 77.2%": a clause with a subject of its own that goes
#: on in the past tense with a measure reached, of the time of the clause before
_PAST_MEASURE = re.compile(r"the\s+(?:[\w-]+\s+){1,4}?(?:reached|stood\s+at|amounted\s+to|"
                           r"totaled|totalled|topped|exceeded|came\s+to|hit)\b")


def past_measure(text: str, start: int) -> bool:
    """The clause at ``start`` tells, in the past tense, what a measure of its subject
    reached."""
    return bool(_PAST_MEASURE.match(text, start))


_THAT_YEAR = re.compile(r"\b(?:in\s+)?that\s+year\b", re.I)


def that_year(ctx: Context, sent, cs: int, ce: int, dates):
    """"Trade exceeded $24.8 billion in 2018, and visits reached 690,000 that year": the
    year of the last date named before the clause."""
    if not _THAT_YEAR.search(ctx.text, cs, ce):
        return None
    earlier = [d for d in dates if sent.start <= d.start and d.end <= cs]
    return replace(earlier[-1], end_value=None, precision="year") if earlier else None
