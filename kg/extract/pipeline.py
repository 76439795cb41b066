"""The extraction pipeline: named steps over one shared context.

The text analysed is the release title, a blank line, then the body; every
character offset recorded as evidence points into that text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.extract import (
    agreements,
    events,
    figures,
    mechanisms,
    orgs,
    people,
    places,
    policies,
    projects,
    topics,
)
from kg.extract.context import Context
from kg.extract.dates import bare_days, find_dates
from kg.extract.lexicon import lexicon
from kg.extract.release_year import infer_year, release_date_from_text, year_from_weekday
from kg.extract.sentences import split
from kg.loaders.base import Document
from kg.release import ReleaseGraph


def analysed_text(doc: Document) -> tuple[str, int]:
    """Title, blank line, body; returns the text and where the body starts."""
    title = (doc.title or "").strip()
    if not title:
        return doc.text, 0
    head = title + "\n\n"
    return head + doc.text, len(head)


def _dates(ctx: Context) -> None:
    for sent in ctx.sentences:
        found = find_dates(ctx.text, sent.start, sent.end, ctx.year)
        found += bare_days(ctx.text, sent.start, sent.end, ctx.doc_date, found)
        ctx.dates[sent.index] = sorted(found, key=lambda d: d.start)


STEPS: list[tuple[str, Callable[[Context], None]]] = [
    ("dates", _dates),
    ("policies", policies.find_policies),
    ("organizations", orgs.find_organizations),
    ("mechanisms", mechanisms.find_mechanisms),
    ("renames", mechanisms.record_rename),
    ("place hits", places.find_place_hits),
    ("people", people.find_people),
    ("places", places.record_places),
    ("events", events.find_events),
    ("topics", topics.find_topics),
    ("projects", projects.find_projects),
    ("agreements", agreements.find_agreements),
    ("figures", figures.find_figures),
]


def release_date(doc: Document, text: str) -> tuple[str | None, int | None]:
    """The release's date (ISO) and year; the year may come from the text alone."""
    date = doc.date or release_date_from_text(text) or _date_line(text) or \
        _full_dateline(text) or _labelled_date(text) or _date_line(_month_case(text))
    if date:
        return date, int(date[:4])
    dateline = (doc.extra.get("dateline") if doc.extra else None) or _dateline(text)
    if not (dateline and re.fullmatch(r"\d{2}-\d{2}", dateline)):
        dateline = None
    year = infer_year(text, dateline)
    since = _named_since(text)
    if since and (year is None or year < since):
        year = since
    if dateline:
        year = year_from_weekday(text, dateline, year, floor=since)
        if year:
            return f"{year:04d}-{dateline}", year
    return None, year


#: "Department : X    Date : 2016-10-21    Views : 237": a page's labelled date among the
#: other fields of its header line (Korean pages: "작성일 2019-01-24 | 조회수 486")
_LABELLED_DATE = re.compile(r"(?<![\w-])(?:Date|Posted|Published|Registered|Issued|"
                            r"작성일|등록일|게시일|날짜|일자)(?: on)?"
                            r"(?:[ \t]*[:.][ \t]*|(?<=[가-힣])[ \t]+)(?P<d>[^\n|]{6,30}?)"
                            r"(?=[ \t]{2,}|[ \t]*[|\n]|$)",
                            re.M)


def _labelled_date(text: str) -> str | None:
    """A full date after a "Date :" label anywhere on a line near the top."""
    for m in _LABELLED_DATE.finditer(text[:800]):
        found = find_dates(text, m.start("d"), m.end("d"), None)
        if len(found) == 1 and found[0].precision == "day" and not found[0].relative:
            return found[0].value
    return None


def _named_since(text: str) -> int | None:
    """The latest year in which a policy or channel the text names was set up ("Nine
    Bridges": 2017): a release cannot be older than what it speaks of. "The first X, held
    last year" dates the release from the year X first met."""
    lex = lexicon()
    years = [lex.policies[h.id].extra.get("since", "") for h in lex.policy_matcher.find(text)]
    for hit in lex.mechanism_name_matcher.find(text):
        since = lex.mechanisms[hit.id].extra.get("since", "")
        if not since.isdigit():
            continue
        years.append(since)
        first = re.search(r"\b(?:first|inaugural)\s+(?:[\w-]+\s+){0,2}$",
                          text[max(0, hit.start - 40) : hit.start], re.I)
        when = re.match(r"[^.;]{0,80}?\b(this|last)\s+year\b", text[hit.end : hit.end + 100])
        if first and when:
            years.append(str(int(since) + (1 if when.group(1) == "last" else 0)))
        edition = _forum_edition(text, hit.start, lex.mechanisms[hit.id].name_en)
        if edition:  # told ahead ("the sixth forum, next September"), it may be next year's
            years.append(str(int(since) + edition - 2))
    return max((int(y) for y in years if y.isdigit()), default=None)


def _forum_edition(text: str, start: int, name: str) -> int | None:
    """"the fourth Eastern Economic Forum": a forum meets once a year, so its Nth edition
    is held N-1 years after its first, and a release naming it is at most a year older."""
    from kg.extract.ordinals import ORDINAL, ordinal_value

    if "forum" not in name.lower():
        return None
    m = re.search(rf"\b({ORDINAL})\s+(?:annual\s+)?$", text[max(0, start - 30) : start], re.I)
    return ordinal_value(m.group(1)) if m else None


_DATELINE = re.compile(
    r"^[A-Z][A-Z .'-]+(?:,\s+[A-Z][a-z]+|\s*/[^/\n]{1,40}/)?[,.]\s+(?P<mon>[A-Z][a-z]{2,8})\.?\s+"
    r"(?P<day>\d{1,2})"
    r"(?:\s*\((?:Yonhap|Xinhua|AFP|Reuters|AP|Interfax)\)|\.\s*/(?:TASS|ITAR-TASS)/)",
    re.M,
)


def _dateline(text: str) -> str | None:
    """"DA NANG, Vietnam, Nov. 9 (Yonhap) --" or "KHABAROVSK, July 9. /TASS/." as MM-DD."""
    from kg.extract.dates import MONTHS

    m = _DATELINE.search(text[:3000])
    if not m or m["mon"].lower().rstrip(".") not in MONTHS:
        return None
    return f"{MONTHS[m['mon'].lower()]:02d}-{int(m['day']):02d}"


_FULL_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z .'-]+|[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)(?:,\s+[A-Z][a-z]+)?,\s+"
    r"(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4})"
    r"(?:\.|\s*[-–—])", re.M)


def _full_dateline(text: str) -> str | None:
    """"VLADIVOSTOK, June 14, 2018. PrimaMedia." or "Vladivostok, 12 September 2018 - The
    fund ...": a dateline with the year, as regional agencies and press offices write it."""
    m = _FULL_DATELINE.search(text[:3000])
    if m is None:
        return None
    found = find_dates(text, m.start("date"), m.end("date"), None)
    return found[0].value if len(found) == 1 and found[0].precision == "day" else None


def _date_line(text: str) -> str | None:
    """A line near the top that is only a full date ("14 October 2021", "Sep 07, 2017")."""
    # "Published : Sept 7, 2017 - 18:02": a label before it and a time after it may go, and
    # so may the "Updated : ..." stamp or a page's view counter that follows on the line,
    # and the city the page files from ("14 November 2019, 09:40 | Ufa | Views: 1 906")
    line = r"^[ \t•]*(?:(?:Date|Posted|Published|Updated)(?: on)?\s*[:.]?\s*)?(.{6,40}?)" \
        r"(?:\s*[-|,]?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:KST|MSK|GMT|UTC))?)?" \
        r"(?:[ \t]*[|•][ \t]*[A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*){0,2})?" \
        r"(?:[ \t|]+(?:Updated|Modified|Views?|Hits?|Reads?)\b[^\n]*)?[ \t]*$"
    for m in re.finditer(line, text[:800], re.M):
        found = find_dates(text, m.start(1), m.end(1), None)
        if len(found) == 1 and found[0].precision == "day" and not found[0].relative:
            d = found[0]
            if d.end - d.start >= len(m.group(1)) - 8:
                return d.value
    return _stamped_line(text)


#: "21 November 2019, 17:40    Press Service of the Head": a date and a time open the line,
#: whatever byline follows them
_STAMP = re.compile(r"^[ \t]*(.{6,30}?),?[ \t]+\d{1,2}:\d{2}\b", re.M)


#: "9 NOV 2019, 12:40": an agency's stamp spells its month in capitals
_CAPS_MONTH = re.compile(r"\b(?:JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|"
                         r"AUG(?:UST)?|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)\b")


def _month_case(text: str) -> str:
    """The text's top with capitalised month names in title case, offsets kept, so a
    stamp in capitals reads as the date it is."""
    top = _CAPS_MONTH.sub(lambda m: m.group(0).title(), text[:800])
    return top + text[800:]


def _stamped_line(text: str) -> str | None:
    """A full date with a clock time at the start of a line near the top: a page's stamp."""
    for m in _STAMP.finditer(text[:800]):
        found = find_dates(text, m.start(1), m.end(1), None)
        if len(found) == 1 and found[0].precision == "day" and not found[0].relative and \
                found[0].end - found[0].start >= len(m.group(1).strip()) - 2:
            return found[0].value
    return None


def extract(doc: Document) -> ReleaseGraph:
    text, body_start = analysed_text(doc)
    sentences = split(text)
    out = ReleaseGraph(doc.key, text, sentences)
    doc_date, year = release_date(doc, text)
    out.describe_release(doc, year=year)
    ctx = Context(text=text, sentences=sentences, body_start=body_start, doc_date=doc_date,
                  year=year, lex=lexicon(), out=out, publisher=doc.publisher)
    ctx.dateline_place = _dateline_place(ctx, doc)
    for _name, step in STEPS:
        step(ctx)
    return out


#: "Moscow, 18 October. The ROC ..." / "Vladivostok, Sept. 5 -": an agency's dateline in
#: title case; only a known place that fills the whole name counts (checked below)
_TITLE_DATELINE = re.compile(
    r"^([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}),\s+(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|"
    r"[A-Z][a-z]{2,8}\.?\s+\d{1,2})(?:,?\s+\d{4})?(?:\s+\([^()\n]{2,30}\))?"
    r"\s*(?:[.:]|--|—|–|-)\s+[A-Z\"]", re.M)


def _dateline_place(ctx: Context, doc: Document) -> str | None:
    name = (doc.extra or {}).get("dateline_place")
    if not name:
        m = re.search(r"^([A-Z][A-Z .'-]+?)(?:,\s+[A-Z][a-z]+|\s*/[^/\n]{1,40}/)?[,.]\s+"
                      r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}",
                      ctx.text[ctx.body_start : ctx.body_start + 3000], re.M)
        # "VLADIVOSTOK -- South Korea's ...": a newspaper's dateline names only the city
        m = m or re.search(r"^([A-Z][A-Z .'-]+?)\s+(?:--|—|–)\s+[A-Z]",
                           ctx.text[ctx.body_start : ctx.body_start + 3000], re.M)
        m = m or _TITLE_DATELINE.search(ctx.text[ctx.body_start : ctx.body_start + 3000])
        name = m.group(1).title() if m else None
    if not name:
        return None
    hits = ctx.lex.place_matcher.find(name.title())
    return hits[0].id if hits and hits[0].end - hits[0].start == len(name) else None
