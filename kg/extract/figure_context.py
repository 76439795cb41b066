"""Periods a figure takes from the figures and events around it, not from a date of its own.

- "shipped 41,500 tons in the first 10 months of 2017, up 27 percent from 32,700 tons a
  year earlier": the base figure is of the same months a year before.
- "Korean vessels will be allowed to catch 40,720 tons in 2020. By species, the quota
  includes 20,500 tons of pollack": an undated sentence that goes on about the figures of
  a coming period (a quota, a plan for next year) speaks of that period too.
- "The forum took place from September 13 to 14. Some 500 officials attended": those who
  came to an event are counted on its days ("the week drew 9,800 viewers" too); a voyage
  told by its departure and return days gives those days to the counts of who took part;
  "during a two-day fair that ended on Thursday" is the two days up to that weekday.
- "Two-way trade reached $24.8 billion in 2018. Exports rose 6.5 percent on-year to $7.3
  billion": an undated sentence that goes on with the statistics just told (a change, a
  share, a part of the total, the things just counted named again) is of their period; a
  sub-period ("In December alone, ...") does not end the run.
- "In December alone, ..." in a January release: a month told of as past, written without
  its year, is the last such month before the release.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.context import Context
from kg.extract.dates import last_year_if_after
from kg.extract.figure_days import days_of, event_month, held_before, lead_day
from kg.extract.figure_intervals import voyage_of

#: "from 32,700 tons a year earlier", "from $1.2 billion a year ago", "compared with 900
#: the previous year", "against $9.6 million a year earlier": the figure after "from" is
#: the base of a change a year back
_FROM_BEFORE = re.compile(r"\b(?:from|than|against|versus|vs\.?|compared\s+(?:with|to))\s+"
                          r"(?:about\s+|some\s+|around\s+|"
                          r"nearly\s+|almost\s+)?(?:US\$|[$€₩])?\s?$", re.I)
_YEAR_BACK = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:(?:a|one|the)\s+year\s+(?:earlier|ago|before)|"
                        r"(?:in\s+)?the\s+(?:previous|prior|preceding)\s+year|"
                        r"(?:in\s+)?the\s+same\s+period\s+(?:of\s+)?(?:a\s+year\s+"
                        r"(?:earlier|ago|before)|the\s+previous\s+year))\b", re.I)


def year_back(ctx: Context, num_start: int, end: int) -> bool:
    """The figure is the base of a change, dated "a year earlier" relative to the change."""
    before = ctx.text[max(0, num_start - 40) : num_start]
    return bool(_FROM_BEFORE.search(before)) and bool(_YEAR_BACK.match(ctx.text, end))


#: "By species, the quota includes", "Of this, ...", "including 20,500 tons of pollack": a
#: breakdown of the figure just given
_BREAKDOWN = re.compile(r"\b(?:By\s+(?:species|item|product|type|region|country|sector|category|"
                        r"segment|destination|origin|kind)\b|Of\s+(?:this|that|these|which|them|"
                        r"the\s+total)\b|includ(?:es|ed|ing)|compris(?:es|ed|ing)|"
                        r"consist(?:s|ed)\s+of|broken\s+down)", re.I)
_FUTURE = re.compile(r"\b(?:will|would|shall)\b")
#: "The quota for pollack was kept at 20,000 tons": a part of the allocation spoken of
_ALLOCATION = re.compile(r"\b(?:quotas?|allocations?|shares?|allowances?)\b", re.I)


def carries_future(ctx: Context, sent, start: int) -> bool:
    """An undated clause that breaks down, allots or goes on with a coming period's figures."""
    head = ctx.text[sent.start:start]
    return bool(_BREAKDOWN.search(head) or _ALLOCATION.search(head) or
                _FUTURE.search(ctx.text, sent.start, sent.end))


#: "Some 500 officials attended the forum", "the forum brought together about 420 business
#: people": a count of those who came to an event
_ATTENDANCE = re.compile(r"\b(?:attended|attending|brought\s+together|bringing\s+together|"
                         r"gathered|took\s+part|participated|joined|drew|drawing|attracted|"
                         r"attracting)\b", re.I)
#: "at a business forum in Moscow on Thursday": the weekday the event itself was held
_WEEKDAY = re.compile(r"\b(?:forum|meeting|conference|session|ceremony|exhibition|fair|festival|"
                      r"summit|talks|expo|dialogue)\b[^.;,]{0,30}?\bon\s+"
                      r"(?P<d>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", re.I)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_LOOK_BACK = 2  # sentences before the figure's that may tell when the event was held


def event_day(ctx: Context, sent, start: int, end: int) -> str | None:
    """An undated attendance figure is of the event's days: the last day (or days) named in
    its sentence or the sentences just before, or the weekday before the release's date."""
    idx = ctx.sentences.index(sent)
    if not _ATTENDANCE.search(ctx.text, sent.start, sent.end):
        return held_before(ctx, idx, start)
    for prior in reversed(ctx.sentences[max(0, idx - _LOOK_BACK) : idx + 1]):
        voyage = voyage_of(ctx, prior)
        if voyage:
            return voyage
        days = [d for d in ctx.dates_in(prior) if d.precision == "day" and
                not _in_dateline(ctx.text, d.start)]
        if days:
            return days_of(days)
        weekday = _WEEKDAY.search(ctx.text, prior.start, prior.end)
        if weekday and ctx.doc_date and len(ctx.doc_date) == 10:
            return _weekday_before(ctx.doc_date, _WEEKDAYS.index(weekday.group("d")))
    return lead_day(ctx, sent) or event_month(ctx, sent)


#: "During the first two days of the fair, ...": the opening days of an event
_FIRST_DAYS = re.compile(r"\b(?:during|in|over|on|for)\s+(?:the\s+|its\s+)?first\s+(?P<n>two|three|"
                         r"four|[2-4])\s+days\s+of\s+(?:the|its)\s+(?:fair|forum|exhibition|expo|"
                         r"show|conference|festival|congress|event|summit)\b", re.I)
#: "which opened in Yekaterinburg on Monday", "kicked off on Tuesday": the opening weekday
_OPENED = re.compile(r"\b(?:opened|opens|began|begins|started|starts|kicked\s+off|"
                     r"got\s+under\s*way)\b[^.;]{0,40}?\bon\s+(?P<d>Monday|Tuesday|Wednesday|Thursday|Friday|"
                     r"Saturday|Sunday)\b")
_N_DAYS = {"two": 2, "three": 3, "four": 4, "five": 5}


def first_days(ctx: Context, sent, start: int) -> str | None:
    """"During the first two days of the fair, Korean firms reported deals worth $112
    million": the days from the event's opening (a weekday the release told it opened on,
    before the release's date) on."""
    import datetime as dt

    told = list(_FIRST_DAYS.finditer(ctx.text, sent.start, start))
    m = told[-1] if told else None
    if m is None or not ctx.doc_date or len(ctx.doc_date) != 10:
        return None
    n = int(m.group("n")) if m.group("n").isdigit() else _N_DAYS[m.group("n").lower()]
    idx = ctx.sentences.index(sent)
    for prior in reversed(ctx.sentences[max(0, idx - _LOOK_BACK) : idx + 1]):
        opened = _OPENED.search(ctx.text, prior.start, prior.end)
        if opened:
            first = _weekday_before(ctx.doc_date, _WEEKDAYS.index(opened.group("d")))
            last = dt.date.fromisoformat(first) + dt.timedelta(days=n - 1)
            return f"{first}/{last.isoformat()}"
    return None


#: "during a two-day buyers' fair that ended in Novosibirsk on Thursday": an event told by its
#: length and the weekday it closed (or opened) on
_N_DAY_EVENT = re.compile(r"\b(?P<n>two|three|four|five|[2-5])-day\s+(?:[\w'’-]+\s+){0,3}?"
                          r"(?:fair|forum|exhibition|expo|show|conference|festival|congress|"
                          r"summit|session|meeting|talks|visit|mission|tour|event)\b[^.;]{0,50}?"
                          r"\b(?P<how>ended|closed|wrapped\s+up|concluded|finished|opened|began|"
                          r"started|kicked\s+off)\b[^.;]{0,30}?\bon\s+(?P<d>Monday|Tuesday|"
                          r"Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def n_day_event(ctx: Context, sent, start: int) -> str | None:
    """"signed contracts worth $4.5 million during a two-day fair that ended on Thursday":
    the event's days, counted back from the last such weekday up to the release's date (or
    on from the one it opened on)."""
    import datetime as dt

    m = _N_DAY_EVENT.search(ctx.text, sent.start, sent.end)
    if m is None or not ctx.doc_date or len(ctx.doc_date) != 10:
        return None
    n = int(m.group("n")) if m.group("n").isdigit() else _N_DAYS[m.group("n").lower()]
    day = dt.date.fromisoformat(_weekday_before(ctx.doc_date, _WEEKDAYS.index(m.group("d"))))
    if m.group("how") in ("opened", "began", "started", "kicked off"):
        return f"{day.isoformat()}/{(day + dt.timedelta(days=n - 1)).isoformat()}"
    return f"{(day - dt.timedelta(days=n - 1)).isoformat()}/{day.isoformat()}"


_DATELINE = re.compile(r"[A-Z][A-Z .'-]+,\s*$")


def _in_dateline(text: str, pos: int) -> bool:
    """"VLADIVOSTOK, Sept. 4 (Yonhap) --": the day the news was filed, not the event's."""
    line_start = text.rfind("\n", 0, pos) + 1
    return bool(_DATELINE.match(text, line_start, pos))


def _weekday_before(doc_date: str, wanted: int) -> str:
    """The last ``wanted`` weekday on or before the release's date."""
    import datetime as dt

    day = dt.date.fromisoformat(doc_date)
    return (day - dt.timedelta(days=(day.weekday() - wanted) % 7)).isoformat()


_MONTH_NAMES = ("January February March April May June July August September October "
                "November December").split()
#: "In December alone, trade came to $2.41 billion": a month written without its year
_BARE_MONTH = re.compile(r"\b[Ii]n\s+(?:early\s+|mid-|late\s+)?(?P<m>" + "|".join(_MONTH_NAMES) +
                         r")\b(?!\s*,?\s*\d)")
#: a clause that speaks of what is still to come keeps a month in the release's year
_AHEAD = re.compile(r"\b(?:will|would|shall|to\s+be\s+held|plans?|planned|expected|scheduled|"
                    r"upcoming|next|due)\b", re.I)


def bare_month(ctx: Context, cs: int, ce: int) -> str | None:
    """"In December alone, trade came to $2.41 billion" in a January release: a month told
    of as past, without a year, is the last such month up to the release's own."""
    m = _BARE_MONTH.search(ctx.text, cs, ce)
    if not m or not ctx.year or _AHEAD.search(ctx.text, cs, ce):
        return None
    month = _MONTH_NAMES.index(m.group("m")) + 1
    return last_year_if_after(f"{ctx.year:04d}-{month:02d}", ctx.doc_date)


def past_month(ctx: Context, value: str, cs: int, ce: int) -> str:
    """A month the date finder put in the release's year although it lies after the
    release ("last year's forum, held in September, drew 150" in a January release), in a
    clause that tells of the past: that month a year before. So for months written without
    their year ("exports jumped 37% in January-September" in a February release)."""
    if len(value.split("/")[-1]) != 7 or _AHEAD.search(ctx.text, cs, ce):
        return value
    return last_year_if_after(value, ctx.doc_date)


#: "Two-way trade reached $24.8 billion in 2018. Exports rose 6.5 percent on-year to $7.3
#: billion, while imports soared 44 percent": an undated sentence that goes on with the
#: statistics just told (a change, a share) is of their period
_GOES_ON = re.compile(r"\b(?:rose|grew|soared|jumped|surged|climbed|increased|fell|dropped|"
                      r"declined|decreased|slid|plunged|slumped|rising|growing|falling|"
                      r"increasing|decreasing|accounting\s+for|accounted\s+for|accounts\s+for|"
                      r"(?:make|makes)\s+up|"
                      r"(?:up|down)\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+)?\d|"
                      r"(?:year-)?on-year|"
                      # "Aeroflot alone flew 318,500 of them": a part of the total just told
                      r"(?<!\bleave\s)(?<!\blet\s)alone)\b", re.I)
#: "Of this, Korean carriers moved 1.2 million tonnes": a part of the total just told
_PART_OF_TOTAL = re.compile(r"\s*(?:Of\s+(?:this|that|these|which|them|the\s+total)|"
                            r"Among\s+them)\b")
#: sentences without figures that may stand between the story's last one and the next
_STORY_GAP = 2


@dataclass(frozen=True)
class Story:
    """The period of the statistics a run of sentences is telling, and the last sentence
    that told of it."""

    period: str
    index: int
    #: the things its figures count ("events", "projects"), which a later "the events" names
    nouns: frozenset[str] = frozenset()


def story_period(ctx: Context, story: Story | None, idx: int, sent) -> str | None:
    """The period an undated figure in sentence ``idx`` shares with the run it goes on."""
    if story is None or idx - story.index > _STORY_GAP:
        return None
    goes_on = _GOES_ON.search(ctx.text, sent.start, sent.end) or \
        _PART_OF_TOTAL.match(ctx.text, sent.start) or _names_back(ctx, story, sent) or \
        _trade_parts(ctx, story, sent)
    return story.period if goes_on else None


#: "Trade reached $24.8 billion last year. Korean exports came to $7.3 billion, while
#: imports reached $17.5 billion": exports and imports are the two parts of the trade just told
_TRADE = re.compile(r"\b(?:trade|turnover)\b", re.I)
_TRADE_PARTS = re.compile(r"\b(?:exports?|imports?)\b", re.I)


def _trade_parts(ctx: Context, story: Story, sent) -> bool:
    """The sentence splits the trade the run's last sentence told into exports and imports."""
    told = ctx.sentences[story.index]
    return bool(_TRADE_PARTS.search(ctx.text, sent.start, sent.end) and
                _TRADE.search(ctx.text, told.start, told.end))


def _names_back(ctx: Context, story: Story, sent) -> bool:
    """"Over the two years, they held 172 events. ... the events drew 3.8 million
    participants": the sentence names again, with "the", what the run's figures counted."""
    if not story.nouns:
        return False
    nouns = "|".join(re.escape(n) for n in sorted(story.nouns))
    back = re.compile(rf"\b(?:the|these|those|such)\s+(?:{nouns})\b", re.I)
    return bool(back.search(ctx.text, sent.start, sent.end))


def next_story(story: Story | None, idx: int, dated: str | None, continued: bool,
               undated: bool, nouns: frozenset[str] = frozenset()) -> Story | None:
    """The run after sentence ``idx``: a dated figure opens one (or goes on with it, when its
    period lies inside the run's: "In December alone, ..." in a year's statistics); a
    sentence that took the run's period goes on with it; undated figures of another kind
    end it."""
    if dated:
        if story and story.period != dated and _inside(dated, story.period):
            return Story(story.period, idx, story.nouns | nouns)
        return Story(dated, idx, nouns)
    if continued and story:
        return Story(story.period, idx, story.nouns)
    return None if undated else story


def _inside(inner: str, outer: str) -> bool:
    """"2018-12" lies inside "2018"; "2018-01/2018-06" inside "2018"."""
    return len(outer) == 4 and all(p.startswith(outer) for p in inner.split("/"))
