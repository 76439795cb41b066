"""Where and when an event mention happened, read from the words around it.

A sentence often names several events ("review the outcome of the fifth forum
held in A from September 4 to 6 ... prepare the 13th meeting, to be held in B
in December"): each mention owns the stretch of the sentence up to the next
mention, and takes the venue and date written after it there, else the ones
written just before it. News copy dates by weekday ("agreed Thursday", "will
co-chair the meeting on Thursday"): the weekday is resolved against the
release's own date, forwards for what is announced, backwards for what is
reported.
"""

from __future__ import annotations

import datetime as dt
import re

from kg.extract.context import Context
from kg.extract.dates import (
    DateMention,
    last_year_if_after,
    next_year_if_before,
    shift_years,
)
from kg.extract.event_cues import FUTURE
from kg.extract.event_month_days import day_of_month
from kg.extract.event_venues import VENUE_KINDS, venues  # noqa: F401  (re-exported)
from kg.extract.ordinals import ORDINAL

_NOT_EVENT_DATE = re.compile(r"(?:ahead of|by|until|till|before|since|in the run-up to|marks?|"
                             r"anniversary|through|"
                             # "a pact extended to 2024": how long it runs, not an occasion
                             r"(?:extended|prolonged|renewed|valid|effective)\s+(?:to|into)|"
                             r"(?:established|founded|formed|set up) in)"
                             r"\s+(?:the\s+)?$", re.I)
#: "a Plan of Joint Actions for 2020-2022": the period of a document, not when a meeting is;
#: "scheduled for March" still dates one
_FOR_PERIOD = re.compile(r"(?<!scheduled )(?<!planned )(?<!slated )(?<!set )(?<!postponed )"
                         r"(?<!moved )(?<!rescheduled )(?<!back )\bfor\s+(?:the\s+)?"
                         r"(?:period\s+)?(?:\d{4}\s*[-–]\s*)?$", re.I)
_NOT_A_DAY = re.compile(r"\s*(?:percent|per cent|%|won|dollars|tons)")
_DATELINE_TAIL = re.compile(r"\s*(?:\((?:Yonhap|Xinhua|AFP|Reuters|AP|Interfax|TASS)\)|"
                            r"\.\s*/(?:TASS|ITAR-TASS)/)")
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WEEKDAY = re.compile(r"\b(?:on\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_AHEAD = re.compile(r"\b(?:will|to be held|is to|are to|was to|were to|scheduled|plans? to|"
                    r"next week|upcoming|"
                    r"is set to|are set to|would|"
                    # "when the Sub-committee meets for the 13th time on Thursday": to come
                    r"when\s+[^,.;]{0,80}?\b(?:meets|convenes|gathers|opens))\b", re.I)
#: "a memorandum signed in Seoul on Monday": done, whatever else the sentence announces
_DONE = re.compile(r"\b(?:signed|held|met|took place|was|were|had|opened|adopted|agreed)\b"
                   r"[^,.;]{0,40}$", re.I)
#: a body set up is no meeting; a forum "launched in Pohang in 2018" met there then
_FOUNDED_ASIDE = re.compile(r",\s*(?:which\s+was\s+|that\s+was\s+)?(?:set up|established|"
                            r"created|formed|founded|launched)\b[^,;]*$", re.I)
#: "the Cultural Center in Ussuriysk, opened in 2009": when the place opened, not the visit
_OPENED_IN = re.compile(r",\s*(?:which\s+was\s+)?opened\s+in\s+$")


def founding_date(ctx: Context, sent, d: DateMention) -> bool:
    """The date sits in an aside that tells when the channel was set up."""
    return d.end > d.start and bool(_FOUNDED_ASIDE.search(ctx.text, sent.start, d.start))


_SAID = re.compile(r"\b(?:said|says|announced|told|reported)\s+(?:on\s+)?$")


def event_dates(ctx: Context, sent, start: int, end: int) -> list[DateMention]:
    """Dates in text[start:end] that can date an event (not "by 2020", not "5 percent")."""
    out, founded = [], []
    for d in ctx.dates_in(sent):
        if not (start <= d.start < end):
            continue
        if _FOUNDED_ASIDE.search(ctx.text, sent.start, d.start):
            founded.append(d)  # "the working group, set up this year, was held on May 2"
            continue
        if d.precision == "year" and _OPENED_IN.search(ctx.text, max(sent.start, d.start - 30),
                                                       d.start):
            continue
        if _NOT_EVENT_DATE.search(ctx.text[max(sent.start, d.start - 25) : d.start]):
            continue
        if re.search(r"\banniversary\b[^,;]{0,50}$", ctx.text[max(sent.start, d.start - 70) :
                                                               d.start]):
            continue  # "ahead of the 30th anniversary of diplomatic ties next year"
        if _FOR_PERIOD.search(ctx.text[max(sent.start, d.start - 25) : d.start]):
            continue
        if _NOT_A_DAY.match(ctx.text[d.end : d.end + 10]):
            continue
        if re.search(r"\(\s*[A-Z]{2,8}[\s-]*$", ctx.text[max(0, d.start - 12) : d.start]):
            continue  # "(SPIEF 2019)": the edition's name, not when something happened
        if _DATELINE_TAIL.match(ctx.text, d.end):
            continue  # "SEOUL, March 2 (Yonhap) --": when the story was filed
        if _told_day_before_own(ctx, sent, d, end):
            continue
        if len(d.value) == 10 and _TOLD_THEN.match(ctx.text, d.end) and \
                re.search(r"\b(?:the previous day|a day earlier|the day before)\b",
                          ctx.text[d.end : sent.end]):  # "said on Nov. 20 that ... met X the
            day = dt.date.fromisoformat(d.value) - dt.timedelta(days=1)  # previous day"
            d = DateMention(d.start, d.end, day.isoformat())
        if d.end_value and re.search(r"\b(?:half|quarter)\b", ctx.text[d.start : d.end]):
            d = DateMention(d.start, d.end, d.value[:4], None, "year")  # "in the first half
            # of 2020": a meeting some day of that year, not its first month
        out.append(_of_years_occasion(ctx, sent, d))
    out += _that_year(ctx, sent, start, end) + _relative_month(ctx, sent, start, end) + \
        _step_before(ctx, sent, start, end)
    return sorted(out or founded, key=lambda d: d.start)


_STEP_BEFORE = re.compile(r"\b(?:the\s+(?P<u1>month|year)\s+before|an?\s+(?P<u2>month|year)\s+"
                          r"(?:earlier|before)|the\s+previous\s+(?P<u3>month|year))\b")


def _step_before(ctx: Context, sent, start: int, end: int) -> list[DateMention]:
    """"his visit to Seoul in October 2018 and his meeting at the forum in Vladivostok the
    month before": a month (or year) before the date the sentence last named."""
    out = []
    for m in _STEP_BEFORE.finditer(ctx.text, max(start, sent.start), min(end, sent.end)):
        told = [d for d in ctx.dates_in(sent) if d.end <= m.start() and len(d.value) in (4, 7)]
        if not told:
            continue
        last = told[-1].value
        y, mo = int(last[:4]), int(last[5:7]) if len(last) == 7 else 0
        if (m["u1"] or m["u2"] or m["u3"]) == "year":
            out.append(DateMention(m.start(), m.end(), f"{y - 1:04d}" + last[4:], None,
                                   "month" if mo else "year"))
        elif mo:
            y, mo = (y - 1, 12) if mo == 1 else (y, mo - 1)
            out.append(DateMention(m.start(), m.end(), f"{y:04d}-{mo:02d}", None, "month"))
    return out


def _told_day_before_own(ctx: Context, sent, d: DateMention, end: int) -> bool:
    """"The Ministry announced on June 24 that X signed an MOU with Y on the 23rd": the day
    of the telling, when the clause told goes on to give a day of its own."""
    if not _SAID.search(ctx.text, max(sent.start, d.start - 20), d.start) or \
            not re.match(r"\s*,?\s+that\b", ctx.text[d.end : d.end + 8]):
        return False
    return any(o.start > d.end and o.start < end and o.precision == "day"
               for o in ctx.dates_in(sent))


#: "The ministry on Nov. 20 said that ...": the day of the telling
_TOLD_THEN = re.compile(r"\s*,?\s*(?:said|announced|reported|disclosed)\b")
_YEARS_OCCASION = re.compile(r"\b(last|next)\s+year['’]s\s+[a-z]", re.I)


def _of_years_occasion(ctx: Context, sent, d: DateMention) -> DateMention:
    """"Last year's forum, held in Vladivostok in September": September of last year,
    though the month alone would be read in the release's own year. So is a day told as
    past that would fall after the release ("held in Busan on November 12" in February),
    and one told as still to come that would fall before it is next year's."""
    if ctx.year is None or re.search(r"\d{4}", ctx.text[d.start : d.end]) or \
            not d.value.startswith(str(ctx.year)) or d.precision == "year":
        return d
    m = _YEARS_OCCASION.search(ctx.text, sent.start, d.start)
    if m is None:
        if _told_ahead(ctx, sent, d):
            value = next_year_if_before(d.value, ctx.doc_date)
            return d if value == d.value else _shifted(d, 1)
        if not _TOLD_PAST.search(ctx.text, sent.start, d.start) or FUTURE.search(sent.text):
            return d
        value = last_year_if_after(d.value, ctx.doc_date)
        return d if value == d.value else _shifted(d, -1)
    return _shifted(d, -1 if m.group(1).lower() == "last" else 1)


def _told_ahead(ctx: Context, sent, d: DateMention) -> bool:
    """The date's own clause speaks of what is still to come ("the Hermitage will host an
    exhibition from April 14"), not the sentence at large ("will continue their dialogue at
    the forum: Vladivostok hosted its second session in September")."""
    lo = max(sent.start, d.start - 90)
    cut = max(ctx.text.rfind(":", lo, d.start), ctx.text.rfind(";", lo, d.start))
    clause = ctx.text[max(lo, cut + 1) : d.start]
    return bool(FUTURE.search(clause)) and not _PAST_VERB.search(clause)


_PAST_VERB = re.compile(r"\b(?<!be\s)(?:hosted|held|opened|visited|signed)\b|"
                        r"\b(?:took\s+place|was|were|met)\b")
_TOLD_PAST = re.compile(r"\b(?:was|were)\s+held\b|,\s+held\b|\btook\s+place\b")


def _shifted(d: DateMention, by: int) -> DateMention:
    return DateMention(d.start, d.end, shift_years(d.value, by),
                       d.end_value and shift_years(d.end_value, by), d.precision)


#: "Last month's second forum in Vladivostok": a sentence may open with it
_REL_MONTH = re.compile(r"\b([Ll]ast|[Tt]his|[Nn]ext) month\b")


def _relative_month(ctx: Context, sent, start: int, end: int) -> list[DateMention]:
    """"The second forum was held in Vladivostok last month": the month before the
    release's own."""
    if ctx.doc_date is None or len(ctx.doc_date) < 7:
        return []
    out = []
    for m in _REL_MONTH.finditer(ctx.text, max(start, sent.start), min(end, sent.end)):
        y, mo = int(ctx.doc_date[:4]), int(ctx.doc_date[5:7])
        mo += {"last": -1, "this": 0, "next": 1}[m.group(1).lower()]
        y, mo = (y - 1, 12) if mo == 0 else (y + 1, 1) if mo == 13 else (y, mo)
        out.append(DateMention(m.start(), m.end(), f"{y:04d}-{mo:02d}", None, "month"))
    # "took place in Seoul last week": the month of that week; "was held in Vladivostok
    # this week": the release's own month
    for m in _REL_WEEK.finditer(ctx.text, max(start, sent.start), min(end, sent.end)):
        back = 7 if m.group(1).lower() == "last" else 0
        if back and len(ctx.doc_date) < 10:
            continue
        day = dt.date.fromisoformat(ctx.doc_date) - dt.timedelta(days=back) if back else None
        month = day.isoformat()[:7] if day else ctx.doc_date[:7]
        out.append(DateMention(m.start(), m.end(), month, None, "month"))
    return out


#: a week past or the release's own: "will leave next week" is dated by the days told after it
_REL_WEEK = re.compile(r"\b([Ll]ast|[Tt]his) week\b")


_THAT_YEAR = re.compile(r"\bthat (?:same )?year\b")
#: "in Moscow that same month", "later the same month", "in the same month"
_THAT_MONTH = re.compile(r"\b(?:that|the) (?:same )?month\b(?! (?:before|earlier|after))")


def _that_year(ctx: Context, sent, start: int, end: int) -> list[DateMention]:
    """"The consultation was launched in 2014. Its first meeting took place in Moscow that
    year": the year last named before; "that same month" the month last named."""
    out = []
    for m in _THAT_MONTH.finditer(ctx.text, max(start, sent.start), min(end, sent.end)):
        told = [d for i in range(max(0, sent.index - 2), sent.index + 1)
                for d in ctx.dates.get(i, []) if d.end <= m.start() and len(d.value) >= 7]
        if told and not m.group(0).startswith("the") or told and \
                re.search(r"\b(?:in|later|during)\s+$", ctx.text[m.start() - 8 : m.start()]):
            out.append(DateMention(m.start(), m.end(), told[-1].value[:7], None, "month"))
    for m in _THAT_YEAR.finditer(ctx.text, max(start, sent.start), min(end, sent.end)):
        years = re.findall(r"(?<![\d$.,])((?:19|20)\d\d)(?![\d%])",
                           ctx.text[max(0, m.start() - 400) : m.start()])
        if years:
            out.append(DateMention(m.start(), m.end(), years[-1], None, "year"))
    return out


def pairs_in(ctx: Context, sent, start: int, end: int) -> list[tuple]:
    """(venue id, date) pairs in one stretch; "in A in 2018 and in B in 2019" gives two."""
    vs = venues(ctx, start, end)
    ds = event_dates(ctx, sent, start, end)
    if len(vs) >= 2 and len(vs) == len(ds):  # "in 2018 in A, and in B the following year"
        return [(v.id, d) for v, d in zip(vs, ds, strict=True)]
    if len(vs) >= 2 and len(ds) >= 2:
        pairs = []
        for v in vs:
            following = [d for d in ds if d.start > v.end]
            pairs.append((v.id, following[0] if following else None))
        last = max((d.start for _, d in pairs if d is not None), default=end)
        # "first held in A in 2018, then in B in 2019, and its third round took place in a
        # virtual format in October 2021": a date told after the last place is one more
        pairs += [(None, d) for d in ds if d.start > last]
        return pairs
    if not vs and not ds:
        return []
    if len(vs) >= 2 and len(ds) == 1:  # "during their stay in A, ..., and on 15 November
        # travelled to B": the day is the trip's
        went = [v for v in vs if v.start > ds[0].end and _WENT_TO.fullmatch(
            ctx.text, ds[0].end, v.start)]
        if went:
            return [(went[0].id, ds[0])]
    if vs and ds:  # "postponed this year ..., in Ulsan in 2021": the date told with the place
        following = [d for d in ds if d.start > vs[0].end]
        first = following[0] if following else ds[0]
        # "the 8th round was held in Seoul in 2019, while the 9th round took place online in
        # December": a later round told with its own date
        more = [(None, d) for d in ds if d.start > first.end and
                _ANOTHER_ROUND.search(ctx.text, first.end, d.start)]
        return [(vs[0].id, first)] + more
    return [(vs[0].id if vs else None, ds[0] if ds else None)]


_WENT_TO = re.compile(r"\s*,?\s*(?:[\w-]+\s+){0,3}?(?:travell?ed|went|flew|moved\s+on|headed)\s+"
                      r"(?:on\s+)?to\s+(?:the\s+)?(?:city\s+of\s+)?")


_ANOTHER_ROUND = re.compile(r"\b(?:\d{1,3}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|"
                            r"seventh|eighth|ninth|tenth)\s+(?:round|meeting|session|edition)\b",
                            re.I)


def mention_pairs(ctx: Context, sent, span: tuple[int, int], others: list[tuple[int, int]]):
    """The venue/date pairs a mention owns: from its end to the next mention, else the
    stretch since the previous mention; venue and date may come from either side."""
    s, e = span
    prev_end = max([o[1] for o in others if o[1] <= s], default=sent.start)
    next_start = min([o[0] for o in others if o[0] >= e], default=sent.end)
    clause = _NEW_CLAUSE.search(ctx.text, e, next_start)
    next_start = clause.start() if clause else next_start
    after = _postponed(ctx, sent, e, next_start) or pairs_in(ctx, sent, e, next_start)
    before = pairs_in(ctx, sent, prev_end, s)
    if prev_end > sent.start and _SETTING_OF_PREVIOUS.match(ctx.text, prev_end, s) and \
            not _AND_THE.search(ctx.text, prev_end, s):
        # "the third EEF held in Vladivostok in September, where the leaders agreed to launch
        # the X next year": Vladivostok is the EEF's, not X's; "On 5 September, on the
        # sidelines of the EEF, held in A from 4 to 6 September, X and Y held ...": the
        # sentence's own opening day is the meeting's
        opening = [d for d in event_dates(ctx, sent, sent.start, sent.start + 12)]
        before = [(None, opening[0])] if opening else []
    if len(after) > 1:
        return after
    if not after:
        return before[-1:] if before else []
    venue, date = after[0]
    if before:
        venue = venue or before[-1][0]
        date = date or before[-1][1]
    return [(venue, date)]


#: "the EEF, held in A, and the second X", "last year's forum, held in A in September on
#: the sidelines of the fourth X": a setting shared with the channel listed or hosting
_AND_THE = re.compile(r",?\s+and\s+(?:the\s+)?(?:[\w-]+\s+)?$|"
                      r"\b(?:sidelines|margins)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?$")
_SETTING_OF_PREVIOUS = re.compile(r"[\s,)]*(?:held|which|that\s+(?:was|took)|took\s+place|"
                                  r"(?:in|at)\s+[A-Z])")


#: "... hold the 14th meeting in November and noted that the centre opened in Moscow last
#: year": a new clause of saying tells of something else
_NEW_CLAUSE = re.compile(r"\b(?:and|while|but)\s+(?:also\s+)?(?:noted|said|stressed|added|"
                         r"welcomed|pointed out|underlined|emphasi[sz]ed|recalled|mentioned|"
                         r"praised|hailed)\b|"
                         # "took place four months after the state visit ... in June": the visit's
                         r"\b(?:after|before|following)\s+the\s+(?:state\s+|official\s+)?"
                         r"(?:visit|summit)\b|"
                         # "the eighth took place in A, and the 10th is set for B": the next one's
                         rf",\s+(?:and|while)\s+the\s+(?:{ORDINAL})(?=\s+(?:is|was|will|would|took|takes)\b)",
                         re.I)


_POSTPONED = re.compile(r"\b(?:postponed|put off|rescheduled|delayed|pushed back)\b", re.I)


def _postponed(ctx: Context, sent, start: int, end: int) -> list[tuple]:
    """"scheduled in Ulsan this year but postponed ..., would be held next year": the last
    date told, and a place only if told after the postponement."""
    m = _POSTPONED.search(ctx.text, start, end)
    ds = event_dates(ctx, sent, start, end)
    if m is None or len(ds) < 2 or _ANOTHER_ROUND.search(ctx.text, start, m.start()):
        return []  # "launched at its first meeting in A in 2019, and the second meeting,
        # planned for B in 2020, was postponed": the second one was put off
    later = venues(ctx, m.end(), end)
    return [(later[0].id if later else None, ds[-1])]


def weekday_date(ctx: Context, start: int, end: int) -> DateMention | None:
    """"on Thursday" in text[start:end], as a date near the release's own date: the next
    such day for what is announced, the last one (or the day itself) for what happened."""
    if ctx.doc_date is None or len(ctx.doc_date) != 10:
        return None
    for m in _WEEKDAY.finditer(ctx.text, start, end):
        if _SAID.search(ctx.text[max(start, m.start() - 20) : m.start()]) and \
                not re.match(r"\s+(?:at|during)\s+(?:the|an?)\b",
                             ctx.text[m.end() : m.end() + 12]):
            continue  # "the ministry said Friday": when it was said, not when it happened;
            # "said on Thursday at the dialogue": said there, that day
        wanted = _WEEKDAYS.index(m.group(1).lower())
        base = dt.date.fromisoformat(ctx.doc_date)
        lag = (wanted - base.weekday()) % 7
        if re.search(r"\bnext\s+$", ctx.text[max(start, m.start() - 6) : m.start()], re.I):
            day = base + dt.timedelta(days=7 - base.weekday() + wanted)  # "next Wednesday":
            # the Wednesday of next week
        elif _AHEAD.search(ctx.text[start:end]) and not _DONE.search(
                ctx.text[max(start, m.start() - 40) : m.start()]):
            day = base + dt.timedelta(days=lag or 7)
        else:
            day = base - dt.timedelta(days=(base.weekday() - wanted) % 7)
        return DateMention(m.start(1), m.end(1), day.isoformat())
    m = _NEAR_DAY.search(ctx.text, start, end)
    if m:  # "Yesterday I attended the forum": the day before the release's
        shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[m.group(0).lower()]
        day = dt.date.fromisoformat(ctx.doc_date) + dt.timedelta(days=shift)
        return DateMention(m.start(), m.end(), day.isoformat())
    return day_of_month(ctx, start, end, bool(_AHEAD.search(ctx.text[start:end])))


def weekday_in_span(ctx: Context, lo: int, hi: int, date: DateMention) -> DateMention:
    """"paid a visit from February 26 to 28 and held talks with X on Tuesday": a weekday
    falling inside the stretch of days told is the day of the talks themselves."""
    if not date.end_value:
        return date
    day = weekday_date(ctx, lo, hi)
    if day is not None and date.value <= day.value <= date.end_value:
        return day
    return date


_NEAR_DAY = re.compile(r"\b(?:yesterday|today|tomorrow)\b", re.I)


_ANCHORED = re.compile(r"(?:the\s+)?(?P<rel>following|next|previous|preceding)\s+year|"
                       r"a\s+year\s+(?P<dir>later|earlier)", re.I)


def anchor_relative_years(ctx: Context) -> None:
    """"inaugurated in 2018 ..., and its second round took place the following year":
    "the following year" counts from the year just told, not from the release's."""
    for sent in ctx.sentences:
        found = ctx.dates.get(sent.index, [])
        for i, d in enumerate(found):
            m = _ANCHORED.fullmatch(ctx.text[d.start : d.end].strip()) if d.end > d.start \
                else None
            told = [x for x in found[:i] if not x.relative and x.end <= d.start]
            if m is None or not told or re.match(r"next\b", ctx.text[d.start : d.end], re.I):
                continue
            back = (m.group("rel") or "").lower() in ("previous", "preceding") or \
                (m.group("dir") or "").lower() == "earlier"
            year = int(told[-1].value[:4]) + (-1 if back else 1)
            found[i] = DateMention(d.start, d.end, str(year), precision="year", relative=True)
