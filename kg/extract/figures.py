"""Figures: a value in base units, a unit, a period and what it measures.

"8.1 billion USD this year (from January to September)" is 8100000000 USD
for 2019-01/2019-09; "from about 30,000 in 2015 to 250,000" gives two
observations; "US$12 billion by 2025" is a target, kept but marked so.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rdflib import Literal

from kg.extract.context import Context
from kg.extract.lexicon import _data_rows
from kg.namespaces import KGO, RDF, RDFS, XSD

_SCALE = {"trillion": 1e12, "tn": 1e12, "billion": 1e9, "bn": 1e9, "million": 1e6,
          "mln": 1e6, "thousand": 1e3}
_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
          "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "dozens of": 24}
_PEOPLE_SUBJECT = re.compile(
    r"number of\s+(?:\w+\s+){0,2}?(?P<noun>visitors|tourists|Koreans|Russians|people|passengers|"
    r"students|travelers|travellers|companies|firms|enterprises|projects|flights)", re.I
)
_TARGET = re.compile(r"\b(?:target|goal|aim|aims|aiming|plan|plans|expected to|projected|"
                     r"seek|seeks|hope|hopes|will|would|to reach|to raise|to increase|to expand|"
                     r"to boost)\b", re.I)


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
    post = "|".join(re.escape(u) for u in sorted({**after, **count}, key=len, reverse=True))
    words = "|".join(sorted(_WORDS, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w.,$])(?P<cur>{cur})?\s?(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|"
        rf"(?:{words})(?=\s))(?!\d)(?:\s*(?P<scale>trillion|billion|million|thousand|bn|mln|tn)\b)?"
        rf"(?:\s*(?:(?:major|more|new|large|small|Korean|Russian|foreign|joint|"
        rf"investment|additional)\s+){{0,2}}(?P<unit>{post})(?![\w]))?"
    )


def find_figures(ctx: Context) -> None:
    n = 0
    for sent in ctx.sentences:
        if sent.start < ctx.body_start:
            continue
        dates = ctx.dates_in(sent)
        for m in _number_re().finditer(ctx.text, sent.start, sent.end):
            fig = _figure(ctx, sent, m, dates)
            if fig is None:
                continue
            value, unit, period, target, label = fig
            node = ctx.out.local("observation", n)
            n += 1
            span = (m.start(), m.end())
            ctx.out.add(node, RDF.type, KGO.Observation, span)
            ctx.out.add(node, KGO.value, Literal(_decimal(value), datatype=XSD.decimal), span)
            ctx.out.add(node, KGO.unit, Literal(unit), span)
            ctx.out.add(node, KGO.indicator, Literal(label, lang="en"), span)
            ctx.out.add(node, RDFS.label, Literal(f"{label}: {m.group(0).strip()}", lang="en"))
            if period:
                ctx.out.add(node, KGO.period, Literal(period), span)
            ctx.out.add(node, KGO.isTarget, Literal(target), span)
            ctx.out.add(ctx.out.release, KGO.mentions, node, span)
            places = [h for h in ctx.places_in(sent.start, sent.end)
                      if not ctx.inside_name(h.start, h.end)]
            if places:
                from kg.extract.places import place_iri

                ctx.out.add(node, KGO.about, place_iri(places[0].id))


def _decimal(value: float) -> str:
    return str(int(value)) if value == int(value) else repr(value)


def _figure(ctx: Context, sent, m: re.Match[str], dates):
    text = ctx.text
    raw = m.group("num")
    if any(d.start <= m.start("num") < d.end for d in dates):
        return None
    tail = text[m.end("num") : m.end("num") + 4]
    if re.match(r"(?:st|nd|rd|th)\b|:\d|\s*(?:a\.m|p\.m|am\b|pm\b)", tail):
        return None
    before_c, after_c, count_c = _units()
    unit = before_c.get(m.group("cur") or "") or after_c.get(m.group("unit") or "") or \
        count_c.get(m.group("unit") or "")
    value = _WORDS.get(raw.lower()) if raw.lower() in _WORDS else float(raw.replace(",", ""))
    if raw.lower() in _WORDS and not m.group("unit"):
        return None
    if unit is None:
        subject = _PEOPLE_SUBJECT.search(text, sent.start, m.start())
        if subject is None or m.group("scale") is None and value < 10:
            if subject is None:
                return None
        unit = count_c.get(subject.group("noun"), count_c.get(subject.group("noun").lower(),
                                                              "persons"))
    if unit is None:
        return None
    if m.group("scale"):
        value *= _SCALE[m.group("scale").lower()]
    if 1900 <= value <= 2100 and not m.group("cur") and not m.group("unit") and \
            not m.group("scale"):
        return None
    period = _period(ctx, sent, m, dates)
    target = _is_target(text, sent.start, m)
    label = _label(text, sent.start, m.start())
    return value, unit, period, target, label


def _period(ctx: Context, sent, m, dates) -> str | None:
    after = [d for d in dates if d.start >= m.end() and d.start - m.end() < 60]
    before = [d for d in dates if d.end <= m.start() and m.start() - d.end < 80]
    chosen = None
    if after:
        chosen = after[0]
        nxt = [d for d in dates if d.start > chosen.end and d.start - chosen.end < 12 and
               d.end_value and d.precision == "month"]
        if chosen.precision == "year" and nxt:
            chosen = nxt[0]
    elif before:
        chosen = before[-1]
    if chosen is None:
        return str(ctx.year) if ctx.year else None
    if chosen.end_value and chosen.precision == "month":
        return f"{chosen.value}/{chosen.end_value}"
    return chosen.value[:7] if chosen.precision == "month" else chosen.value[:4] \
        if chosen.precision == "year" else chosen.value


def _is_target(text: str, sent_start: int, m) -> bool:
    window_before = text[max(sent_start, m.start() - 60) : m.start()]
    window_after = text[m.end() : m.end() + 20]
    if re.match(r"\s*(?:by|until|till)\s+(?:the\s+end\s+of\s+)?\d{4}", window_after):
        return True
    return bool(_TARGET.search(window_before)) and not re.search(
        r"\b(?:reached|amounted|amounting|stood|totaled|totalled|recorded|was|were|increased|"
        r"rose|grew)\b", window_before)


def _label(text: str, sent_start: int, pos: int) -> str:
    head = text[sent_start:pos]
    head = re.split(r"[,;:]\s*(?=[^,;:]*$)", head)[-1]
    words = re.findall(r"[\w'’-]+", head)
    stop = {"of", "to", "from", "about", "some", "nearly", "around", "approximately", "over",
            "more", "than", "a", "the", "at", "by", "amounting", "reaching", "whopping", "almost"}
    while words and words[-1].lower() in stop:
        words.pop()
    return " ".join(words[-8:]) or "figure"
