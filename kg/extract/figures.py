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
from functools import lru_cache

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
from kg.extract.figure_history import old_year, per_year
from kg.extract.figure_labels import figure_label
from kg.extract.figure_noise import not_a_figure
from kg.extract.figure_periods import clause_start, period_dated, period_of, same_period
from kg.extract.figure_restated import Found, headline_told, restated
from kg.extract.figure_status import is_target
from kg.extract.lexicon import _data_rows
from kg.namespaces import KGO, RDF, RDFS, XSD

_SCALE = {"trillion": 1e12, "tn": 1e12, "trln": 1e12, "billion": 1e9, "bn": 1e9, "bln": 1e9,
          "million": 1e6, "mln": 1e6, "mn": 1e6, "thousand": 1e3}
_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
          "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "dozens of": 24}
#: "the number of exchange agreements between ...": the counted noun of a bare number
#: ("the number of people traveling ..."): "people" is the one common count noun without -s
#: ("the number of customs notifications": a plural before another plural modifies it)
_NUMBER_OF = re.compile(r"\bnumber\s+of\s+(?:[\w-]+\s+){0,3}?(?P<noun>[A-Za-z]+s|people)\b"
                        r"(?!\s+[a-z]+(?:tions|sions|ments|ers|ors|ants|ents|ists|ies|ees|ians)\b)",
                        re.I)
#: words that may stand between a number and its unit ("60 South Korean companies")
#: ("120 first-generation Sakhalin Koreans": a place or people named before the noun too;
#: "1,120 PPH requests", "15 LNG carriers": an acronym naming the kind of thing counted)
_MODIFIER = (r"(?:(?:South\s+)?(?:Korean|Russian)|foreign|[A-Z]{2,5}(?![\w$])|"
             r"(?!(?:of|the|and|or|in|to|for|from|by|"
             r"with|per|a|an|at|on|than|last|this|next|year|years|more|less)\b)[a-z][a-z-]*|"
             r"(?!(?:The|In|On|At|Of|And|For|By|To)\b)[A-Z][a-z]{2,})")
#: durations and other plurals that count no observed thing
_NOT_COUNTS = frozenset(
    "years months weeks days hours minutes seconds times percent sides countries nations "
    "parties leaders ministers points decades centuries this thus was has is its his does plus "
    "less unless news series whereas perhaps always towards afterwards besides".split()
)
_CHANGE_VERB = (r"(?:rose|fell|plunged|dropped|declined|grew|increased|decreased|jumped|surged|"
                r"soared|reached|totaled|totalled|amounted|stood|topped|exceeded|numbered|"
                r"rising|falling|growing|increasing|decreasing|reaching|climbing|jumping)")


@lru_cache(maxsize=1)
def _units() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    before, after, count = {}, {}, {}
    for row in _data_rows("units.tsv"):
        {"currency": before, "after": after, "count": count}[row["kind"]][row["surface"]] = \
            row["unit"]
    return before, after, count


@lru_cache(maxsize=1)
def _number_re() -> re.Pattern[str]:
    before, after, count = _units()
    cur = "|".join(re.escape(c) for c in sorted(before, key=len, reverse=True))
    post = "|".join(re.escape(u) for u in sorted(after, key=len, reverse=True))
    counted = "|".join(re.escape(u) for u in sorted(count, key=len, reverse=True))
    words = "|".join(sorted(_WORDS, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w.,$])(?P<cur>{cur})?\s?(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|"
        rf"(?:{words})(?=[\s-]))(?!\d)(?:\s*(?P<scale>(?i:trillion|billion|million|thousand)|trln|bln|bn|mln|mn|tn)"
        rf"\b)?(?:[\s-](?P<fold>fold)\b|(?:(?<=[a-z])-|\s*)(?P<unit>{post})(?![\w])|"
        rf"\s*(?:{_MODIFIER}\s+){{0,2}}?(?P<count>{counted})(?![\w]))?"
    )


@lru_cache(maxsize=1)
def _subject_re() -> re.Pattern[str]:
    """"Korean visitors to the Far East plunged from about 500,000": the counted noun is the
    subject of a verb of change before the bare number."""
    count = _units()[2]
    nouns = "|".join(re.escape(u) for u in sorted(count, key=len, reverse=True))
    return re.compile(rf"\b(?P<noun>{nouns})\b[^.;:]{{0,60}}?\b{_CHANGE_VERB}\b")


def find_figures(ctx: Context) -> None:
    found: list[Found] = []
    last_period: str | None = None
    #: the period of a coming year the sentence before spoke of, which the next undated
    #: sentences about the same figures share ("... 40,720 tons in 2020. By species, ...")
    carry: str | None = None
    story: Story | None = None
    default = str(ctx.year) if ctx.year else None
    for idx, sent in enumerate(ctx.sentences):
        if sent.start < ctx.body_start:
            continue
        dates = ctx.dates_in(sent)
        coming: str | None = None
        inherited = False
        told: str | None = None  # the first period the sentence dates a figure to
        continued = undated = False
        for m in _number_re().finditer(ctx.text, sent.start, sent.end):
            fig = _figure(ctx, sent, m, dates)
            if fig is None:
                continue
            value, unit, period, target, label, end, dated = fig
            if last_period and same_period(ctx, sent, m.start(), end, dates):
                period = last_period
            elif not dated and carry and carries_future(ctx, sent, m.start()) and \
                    not _BY_YEAR.match(ctx.text, end):
                period, target, inherited = carry, False, True
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


def _decimal(value: float) -> str:
    return str(int(value)) if value == int(value) else repr(value)


def _figure(ctx: Context, sent, m: re.Match[str], dates):
    text = ctx.text
    raw = m.group("num")
    if any(d.start <= m.start("num") < d.end for d in dates) or not_a_figure(text, m):
        return None
    unit, end = _unit(ctx, sent, m)
    if unit is None:
        return None
    value = _WORDS[raw.lower()] if raw.lower() in _WORDS else float(raw.replace(",", ""))
    if raw.lower() in _WORDS and not (m.group("unit") or m.group("count") or m.group("fold")) \
            and not (_COMPARED.search(text, max(0, m.start() - 20), m.start()) and
                     _BARE_BASE.match(text, m.end())):
        return None
    if raw.lower() in _WORDS and _THE_N.search(text, max(0, m.start() - 6), m.start()):
        return None  # "the two companies", "the three countries": a reference, not a count
    if raw.lower() in _WORDS and _LISTED.match(text, m.end(), sent.end):
        return None  # "presented two projects: a plant in Amursk and a hub": the list's size
    if m.group("scale"):
        value *= _SCALE[m.group("scale").lower()]
    if 1900 <= value <= 2100 and "," not in raw and \
            not (m.group("cur") or m.group("unit") or m.group("scale")):
        return None
    period = period_of(ctx, sent, m.start(), end, dates)
    dated = period_dated(ctx, sent, m.start(), end, dates)
    cs = clause_start(ctx, sent, m.start())
    history = None if dated else old_year(text, cs, sent.end, m.start(), end)
    if history:
        period, dated = history, True
    if not dated:
        period = first_days(ctx, sent, m.start()) or n_day_event(ctx, sent, m.start()) or \
            event_day(ctx, sent, m.start(), end) or period
    unit = per_year(text, unit, end, sent.end, cs, m.start())
    if period and year_back(ctx, m.start(), end):
        period = shift_years(period, -1)
    target = is_target(text, cs, m, dated=dated)
    label = figure_label(text, sent.start, m.start(), end, sent.end,
                         amount=not m.group("count"))
    return value, unit, period, target, label, end, dated


def _unit(ctx: Context, sent, m: re.Match[str]) -> tuple[str | None, int]:
    """The unit written with the number, a counted plural after it, or the counted subject."""
    before_c, after_c, count_c = _units()
    if m.group("fold"):
        return "fold", m.end()
    unit = before_c.get(m.group("cur") or "") or after_c.get(m.group("unit") or "") or \
        count_c.get(m.group("count") or "")
    if m.group("count") == "residents" and _ZONE.search(ctx.text, sent.start, sent.end):
        return "residents", m.end()
    if unit:
        return unit, m.end()
    raw = m.group("num")
    if raw[0].isdigit():
        plural = re.match(rf"\s+(?:{_MODIFIER}\s+){{0,2}}?(?P<noun>[a-z]{{3,}}s)\b",
                          ctx.text[m.end() : sent.end])
        if plural and (_counts(plural.group("noun")) or _countries_taking_part(ctx, m, plural)) \
                and not _MIXED.match(ctx.text, m.end() + plural.end()):
            return plural.group("noun"), m.end() + plural.end()
    text = ctx.text
    elided = _elided_noun(text, sent, m) or _base_noun(text, sent, m) or \
        _part_of(text, sent, m, after_c)
    if elided:
        return count_c.get(elided, elided), m.end()
    subjects = [s for s in _NUMBER_OF.finditer(text, sent.start, m.start())
                if _counts(s.group("noun").lower())]
    if not subjects and _PRONOUN.search(text, sent.start, m.start()):
        subjects = _previous_subjects(ctx, sent)
    if subjects:
        noun = subjects[-1].group("noun")
        return count_c.get(noun, count_c.get(noun.lower(), noun.lower())), m.end()
    if raw[0].isdigit() and float(raw.replace(",", "")) >= 10:
        window = text[clause_start(ctx, sent, m.start()) : m.start()]
        found = list(_subject_re().finditer(window))
        if found:
            return count_c[found[-1].group("noun")], m.end()
    return None, m.end()


#: "the ASEZ has 91 residents", "the free port's 1,500 residents": the companies registered
#: in a special regime are its residents, not people
_ZONE = re.compile(r"\b(?:ASEZs?|[Zz]ones?|[Ff]ree\s+[Pp]ort|[Ii]ndustrial\s+[Pp]ark|[Tt]echnopark|"
                   r"[Cc]luster|[Tt]erritor(?:y|ies)\s+of\s+[Aa]dvanced)\b")


#: "participants from 72 countries", "representing 60 countries": the countries an event
#: drew are counted; "the ambassadors of 17 countries" counts the ambassadors
_FROM_N = re.compile(r"\b(?:from|representing)\s+(?:(?:more\s+than|over|about|some|nearly|"
                     r"around|almost)\s+)?$", re.I)


def _countries_taking_part(ctx: Context, m: re.Match[str], plural: re.Match[str]) -> bool:
    return plural.group("noun") == "countries" and plural.start("noun") == 1 and \
        bool(_FROM_N.search(ctx.text, max(0, m.start() - 30), m.start()))


#: the clause ends in a colon that opens the list of the things just counted
_LISTED = re.compile(r"[^.;:\d]{0,120}:(?:\s|$)")
_THE_N = re.compile(r"\b(?:the|these|those|both)\s+$", re.I)

#: "... the number of Koreans travelling to Russia has doubled. Last year it exceeded
#: 340,000.": the pronoun stands for the number spoken of in the sentence before
_PRONOUN = re.compile(r"\b(?:it|the\s+figure|this\s+figure|that\s+figure)\b")


def _previous_subjects(ctx: Context, sent) -> list[re.Match[str]]:
    """The counted nouns of "the number of X" in the sentence right before ``sent``."""
    before = [s for s in ctx.sentences if s.end <= sent.start]
    if not before:
        return []
    prev = before[-1]
    return [s for s in _NUMBER_OF.finditer(ctx.text, prev.start, prev.end)
            if _counts(s.group("noun").lower())]


#: "supported 11 projects last year; this year we have 17": a parallel clause leaves the
#: counted noun of the clause before unsaid
_COUNTED_BEFORE = re.compile(r"\b\d[\d,.]*\s+(?P<noun>[a-z]{3,}s)\b(?=[^;]*(?:;|,\s+(?:and|but|"
                             r"while)\s)[^;]*$)")
_CLAUSE_ENDS = re.compile(r"\s*(?:[,.;\"”)]|$)")


def _elided_noun(text: str, sent, m: re.Match[str]) -> str | None:
    """The noun a bare number at the end of its clause shares with a count before it."""
    if not m.group("num")[0].isdigit() or not _CLAUSE_ENDS.match(text, m.end(), sent.end):
        return None
    found = [c for c in _COUNTED_BEFORE.finditer(text[sent.start : m.start()])
             if _counts(c.group("noun"))]
    return found[-1].group("noun") if found else None


#: "received 37 requests and resolved 29 of them": a part of a count told before it
_OF_THEM = re.compile(r"\s+of\s+(?:them|these|those|which)\b")


def _part_of(text: str, sent, m: re.Match[str], units: dict[str, str]) -> str | None:
    """The counted noun of the count a bare "N of them" takes its part from."""
    if not m.group("num")[0].isdigit() or not _OF_THEM.match(text, m.end(), sent.end):
        return None
    counted = re.compile(rf"\b\d[\d,.]*\s+(?:{_MODIFIER}\s+){{0,2}}?(?P<noun>[a-z]{{3,}}s)\b")
    found = [c.group("noun") for c in counted.finditer(text, sent.start, m.start())
             if _counts(c.group("noun")) and c.group("noun") not in units]
    return found[-1] if found else None


_FROM = re.compile(r"(?:%|\b(?:percent|up|down|rose|fell|grew|increased|decreased|dropped|"
                   r"declined|jumped))\b[^.;]{0,30}\bfrom\s+(?:about\s+|some\s+|around\s+|"
                   r"nearly\s+)?$")


def _clause(text: str, sent, pos: int) -> int:
    """Where the clause of ``pos`` begins: after the last ", and" / ";" before it."""
    cut = [b.end() for b in re.finditer(r",\s+(?:and|but|while|whereas)\s+|;\s*", text[:pos])
           if b.start() >= sent.start]
    return cut[-1] if cut else sent.start


def _base_noun(text: str, sent, m: re.Match[str]) -> str | None:
    """"32,400 patients visited, up 17.1 percent from 27,670 the year before": the base of
    a change counts what the figure it is compared with counts."""
    if not m.group("num")[0].isdigit() or not _FROM.search(text, max(0, m.start() - 60),
                                                             m.start()):
        return None
    counted = re.compile(rf"\b\d[\d,.]*\s+(?:{_MODIFIER}\s+){{0,2}}?(?P<noun>[a-z]{{3,}}s|"
                         rf"{_count_nouns()})\b")
    found = [c for c in counted.finditer(text, _clause(text, sent, m.start()), m.start())
             if _counts(c.group("noun"))]
    return found[-1].group("noun") if found else None


@lru_cache(maxsize=1)
def _count_nouns() -> str:
    """The count nouns of the unit table as one alternation ("Koreans", "young Russians"
    count persons though they are capitalised)."""
    return "|".join(re.escape(u) for u in sorted(_units()[2], key=len, reverse=True))


#: "17 provinces and metropolitan cities": a count of a mixed set has no one unit
_MIXED = re.compile(r"\s+(?:and|or)\s+(?:[a-z-]+\s+)?[a-z]{3,}s\b")


def _counts(noun: str) -> bool:
    """A plural that counts things: not a duration, not a word that merely ends in s."""
    return noun not in _NOT_COUNTS and not noun.endswith(("ss", "us", "is"))
