"""Figures: a value in base units, a unit, a period and what it measures.

"8.1 billion USD this year (from January to September)" is 8100000000 USD
for 2019-01/2019-09; "from about 30,000 in 2015 to 250,000" gives two
observations; "US$12 billion by 2025" is a target, kept but marked so.
A figure's period is the date of its own clause ("Last year trade grew 27
percent, and in January-April it rose 15 percent"); numbers that are parts of
names, ages, phone numbers or compound adjectives ("COVID-19", "a 30-minute
call") are not figures. The sentences around a figure can date it too: an attendance
count takes its event's days, the base of a change "a year earlier" the same months a year
back, and the undated breakdown of a coming year's quota that year (figure_context.py).
"""

from __future__ import annotations

import re

from rdflib import Literal

from kg.extract.context import Context
from kg.extract.dates import shift_years
from kg.extract.figure_context import (
    Story,
    carries_future,
    event_day,
    first_days,
    n_day_event,
    next_story,
    story_period,
    year_back,
)
from kg.extract.figure_days import after_day, launch_month, told_days
from kg.extract.figure_deals import priced_past_year, signing_day
from kg.extract.figure_history import old_year, per_year
from kg.extract.figure_labels import figure_label
from kg.extract.figure_noise import not_a_figure
from kg.extract.figure_periods import clause_start, period_dated, period_of, same_period
from kg.extract.figure_quotes import quoted
from kg.extract.figure_ranges import lower_currency, range_upper
from kg.extract.figure_restated import Found, headline_told, restated
from kg.extract.figure_signs import falling, signed_change
from kg.extract.figure_speech import unquoted
from kg.extract.figure_status import is_target, past_base, present_base
from kg.extract.figure_summary import summary_period
from kg.extract.figure_todate import same_months_back, to_date, year_told
from kg.extract.figure_units import (
    LISTED,
    NAMED,
    THE_N,
    WORDS,
    number_re,
    per_area,
    share_of_count,
    unit_of,
    units,
)
from kg.extract.project_scope import story_end
from kg.namespaces import KGO, RDF, RDFS, XSD

_SCALE = {"trillion": 1e12, "tn": 1e12, "trln": 1e12, "billion": 1e9, "bn": 1e9, "bln": 1e9,
          "million": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6, "thousand": 1e3}


def find_figures(ctx: Context) -> None:
    found: list[Found] = []
    last_period: str | None = None
    #: the period of a coming year the sentence before spoke of, which the next undated
    #: sentences about the same figures share ("... 40,720 tons in 2020. By species, ...")
    carry: str | None = None
    story: Story | None = None
    default = str(ctx.year) if ctx.year else None
    tail = story_end(ctx.text)  # "Related Articles": other stories' headlines
    for idx, sent in enumerate(ctx.sentences):
        if sent.start < ctx.body_start or sent.start >= tail:
            continue
        dates = ctx.dates_in(sent)
        coming: str | None = None
        inherited = False
        told: str | None = None  # the first period the sentence dates a figure to
        continued = undated = False
        for m in number_re().finditer(ctx.text, sent.start, sent.end):
            fig = _figure(ctx, sent, m, dates)
            if fig is None:
                continue
            value, unit, period, target, label, end, dated = fig
            back = same_months_back(ctx, clause_start(ctx, sent, m.start()), sent.end, period,
                                    [f.period for f in found[-4:]])
            if back:
                period = back
            elif last_period and same_period(ctx, sent, m.start(), end, dates):
                period = last_period
            elif not dated and carry and carries_future(ctx, sent, m.start()) and \
                    not _BY_YEAR.match(ctx.text, end):
                period, target, inherited = carry, False, True
            elif not dated and period == default and not target and \
                    year_told(ctx, clause_start(ctx, sent, m.start()), sent.end,
                              [f.period for f in found[-4:]]):
                period = year_told(ctx, clause_start(ctx, sent, m.start()), sent.end,
                                   [f.period for f in found[-4:]])
                told = told or period  # the year it tells of, which later shares go on with
            elif not dated and period == default and not target and \
                    story_period(ctx, story, idx, sent):
                period, continued = story.period, True
            elif period == default and not dated and not target:
                undated = True
            elif period and not target and told is None and not year_back(ctx, m.start(), end):
                told = period
            if dated and not target and period and ctx.year and int(period[:4]) > ctx.year:
                coming = coming or period
            last_period = period or last_period
            found.append(Found(value, unit, period, target, label, m.start(), end,
                               m.group("num"), sent))
            if unit == "percent" and not target and falling(ctx.text, sent.start, m.start(), end):
                found.append(signed_change(found[-1]))
        if coming or not inherited:  # a run of sentences on the coming period's figures
            carry = coming
        counted = frozenset(f.unit for f in found if f.sent is sent and f.unit.isalpha() and
                            f.unit.endswith("s") and f.unit != "persons")
        story = next_story(story, idx, told, continued, undated, counted)
    kept = [f for f in found if not restated(ctx.text, f, found) and
            not headline_told(ctx.text, f, found)]
    for n, fig in enumerate(kept):
        _emit(ctx, n, fig)


def _emit(ctx: Context, n: int, fig: Found) -> None:
    """One observation node: value, unit, indicator, period, whether it is a target, and
    the place its sentence names."""
    node = ctx.out.local("observation", n)
    span = (fig.start, fig.end)
    ctx.out.add(node, RDF.type, KGO.Observation, span)
    ctx.out.add(node, KGO.value, Literal(_decimal(fig.value), datatype=XSD.decimal), span)
    ctx.out.add(node, KGO.unit, Literal(fig.unit), span)
    ctx.out.add(node, KGO.indicator, Literal(fig.label, lang="en"), span)
    surface = ctx.text[fig.start : fig.end].strip()
    ctx.out.add(node, RDFS.label, Literal(f"{fig.label}: {surface}", lang="en"))
    if fig.period:
        ctx.out.add(node, KGO.period, Literal(fig.period), span)
    ctx.out.add(node, KGO.isTarget, Literal(fig.target), span)
    ctx.out.add(ctx.out.release, KGO.mentions, node, span)
    places = [h for h in ctx.places_in(fig.sent.start, fig.sent.end)
              if not ctx.inside_name(h.start, h.end)]
    if places:
        from kg.extract.places import place_iri

        ctx.out.add(node, KGO.about, place_iri(places[0].id))


#: "reached 14 last year, compared with six in 2016": a number in words may be the base of
#: a change, counting what the figure it is compared with counts
_COMPARED = re.compile(r"\b(?:compared\s+(?:with|to)|up\s+from|down\s+from)\s+$", re.I)
#: the base number stands alone: "compared with six in 2016", not "with two years earlier"
_BARE_BASE = re.compile(r"\s*(?:[,.;)]|$|(?:in|during|a\s+year|the\s+(?:previous|prior|same)|"
                        r"last|one\s+year)\b)")
_BY_YEAR = re.compile(r"\s*(?:by|until|till)\s+(?:the\s+end\s+of\s+)?\d{4}")


#: "the region has attracted over 30 projects": what an event or a place draws in, not who
#: came to it, is no count of the event's days
#: ("the call attracted 118 applications": what was sent in, not who came)
_NOT_ATTENDING = frozenset({"projects", "applications", "submissions", "proposals", "entries",
                            "bids"})
#: "down from $16 billion the previous year": the date finder already counts this year back
_PREVIOUS = re.compile(r"(?:in\s+)?the\s+(?:previous|prior|preceding)\s+year", re.I)


def _dated_back(text: str, dates, end: int) -> bool:
    """The base's "the previous year" is a date of its own, already a year back: the
    period taken from it is not to be shifted again."""
    return any(0 <= d.start - end < 20 and _PREVIOUS.fullmatch(text, d.start, d.end)
               for d in dates)


def _decimal(value: float) -> str:
    return str(int(value)) if value == int(value) else repr(value)


def _figure(ctx: Context, sent, m: re.Match[str], dates):
    text = ctx.text
    raw = m.group("num")
    if any(d.start <= m.start("num") < d.end for d in dates) or not_a_figure(text, m) or \
            quoted(text, sent, m.start()):
        return None
    unit, end = unit_of(ctx, sent, m)
    upper = range_upper(text, m, number_re())
    sign = lower_currency(text, m)
    if upper is not None and unit is None:  # "10–100 million": the upper end's unit
        unit = unit_of(ctx, sent, upper)[0]
    elif sign and unit is None:  # "100 million" after "$10–": the lower end's currency
        unit = units()[0].get(sign)
    if unit is None:
        return None
    dates = unquoted(text, sent, m.start(), dates)
    value = WORDS[raw.lower()] if raw.lower() in WORDS else float(raw.replace(",", ""))
    if raw.lower() in WORDS and not (m.group("unit") or m.group("count") or m.group("fold")) \
            and not share_of_count(text, m.end(), sent.end) \
            and not (_COMPARED.search(text, max(0, m.start() - 20), m.start()) and
                     _BARE_BASE.match(text, m.end())):
        return None
    if raw.lower() in WORDS and THE_N.search(text, max(0, m.start() - 16), m.start()):
        return None  # "the two companies", "the three countries": a reference, not a count
    if raw.lower() in WORDS and (LISTED.match(text, m.end(), sent.end) or NAMED.match(text, end)):
        return None  # "presented two projects: a plant in Amursk and a hub": the list's size
    if m.group("scale"):
        value *= _SCALE[m.group("scale").lower()]
    elif upper is not None and upper.group("scale"):
        value *= _SCALE[upper.group("scale").lower()]
    value = round(value, 6)  # "16.6 million" is 16600000, not 16600000.000000002
    if 1900 <= value <= 2100 and "," not in raw and \
            not (m.group("cur") or m.group("unit") or m.group("scale")):
        return None
    period = period_of(ctx, sent, m.start(), end, dates)
    dated = period_dated(ctx, sent, m.start(), end, dates)
    cs = clause_start(ctx, sent, m.start())
    history = None if dated else old_year(text, cs, sent.end, m.start(), end)
    if history:
        period, dated = history, True
    if dated and unit != "percent" and priced_past_year(ctx, cs, m.start(), dates):
        period = signing_day(ctx, sent, cs, m.start()) or period
    if not dated:
        period = told_days(ctx, sent, m.start()) or signing_day(ctx, sent, cs, m.start()) or \
            first_days(ctx, sent, m.start()) or launch_month(ctx, sent, cs) or \
            n_day_event(ctx, sent, m.start()) or \
            (unit not in _NOT_ATTENDING and
             after_day(ctx, sent, cs, event_day(ctx, sent, m.start(), end))) or period
    period = to_date(ctx, cs, sent.end, m.start(), period) or period
    unit = per_year(text, unit, end, sent.end, cs, m.start())
    unit = per_area(text, unit, end)
    if period and year_back(ctx, m.start(), end) and not _dated_back(ctx.text, dates, end):
        period = shift_years(period, -1)
    target = is_target(text, cs, m, dated=dated)
    if target and dated and period and ctx.year and int(period[:4]) < ctx.year and \
            past_base(text, m.start()):
        target = False  # "expected to rise from 38,000 tonnes in 2018": the base was reached
    elif dated and period and ctx.year and int(period[:4]) > ctx.year and \
            present_base(text, m.start(), end):
        period, target = str(ctx.year), False  # "will rise from 120 to 210 next year"
    summed = summary_period(text, sent.start, m.start(), dates) if unit == "percent" else None
    if summed:
        period, dated = summed, True
    label = figure_label(text, sent.start, m.start(), end, sent.end,
                         amount=not m.group("count"))
    return value, unit, period, target, label, end, dated
