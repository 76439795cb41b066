"""What later sentences tell of documents already named, and days counted within a
meeting.

A release often names what was signed in one sentence and says where and when in the
next: "The memorandum was signed in Khabarovsk on July 8", "Under the MOU, signed in
the regional capital of X, ...", "The documents were signed in Suwon following talks".
Such a back-reference is no document of its own; it refines the occasion of the ones
just named (of its kind, or all of them for a collective "documents"). "On the second
day" of a meeting told with a span of days ("held on October 14-15") is a day within it.
"""

from __future__ import annotations

import datetime as dt
import re

from kg.extract.context import Context

#: kinds a release calls one document by in turn ("an MOU ... the memorandum")
_SHORT = {"mou": "memorandum", "moc": "memorandum", "pact": "agreement"}
#: "The documents were signed in Suwon", "Both agreements were inked in Moscow by ...";
#: "The document was signed on Monday, April 15, ... in Sochi": the one just named; "The
#: signing ceremony was held at X in Vladivostok": where the documents just named were signed
COLLECTIVE = re.compile(
    r"\W*(?:(?:The|These|Those|All|Both)\s+(?:(?:two|three|four|five|six|seven|eight|nine|"
    r"ten|\d+)\s+)?(?:documents|agreements|memoranda|memorandums|MOUs|MoUs|deals|accords|"
    r"papers|texts|protocols|declarations)|They|Both)\s+(?:were|have\s+been|had\s+been)\s+"
    r"(?:\w+ly\s+)?(?:signed|adopted|inked|concluded|exchanged)\b|"
    r"\W*(?:The|This)\s+(?:document|paper|text)\s+(?:was|has\s+been|had\s+been)\s+"
    r"(?:\w+ly\s+)?(?:signed|adopted|inked|concluded|exchanged)\b|"
    r"\W*The\s+signing(?:\s+ceremony)?\s+(?:was\s+held|took\s+place)\b", re.I)
#: where a signing clause ends: a semicolon or a comma that opens another clause; not the
#: comma of a date ("on Monday, April 15, 2019") nor one before "and"
CLAUSE_END = re.compile(r";|,\s+(?![0-9])(?!and\b)(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|"
                        r"Nov|Dec)[a-z]*\.?\s+\d)|$")
#: what may open a sentence before a back-reference: "The", "Under the", "According to the"
_LEAD = re.compile(r"^\W*(?:(?:under|in|by|according\s+to|with|through)\s+)?"
                   r"(?:the|this|that)\s+$", re.I)
_NTH_DAY = re.compile(r"\b(?:on|during)\s+the\s+(?P<n>first|second|third|fourth|fifth|final|last|"
                      r"closing|opening)\s+day\b", re.I)
_NTH = {"first": 0, "opening": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4}


def family(kind: str) -> str:
    """The kind a document is referred back to by: "memorandum of understanding", "MOU"
    and "memorandum" are one; "agreement of intent" is an agreement."""
    low = kind.lower()
    low = _SHORT.get(low, low)
    words = re.sub(r"\s+of\s+.*$", "", low).split()
    return words[-1] if words else ""  # a document named by its parties' undertaking


#: kinds a release calls any document by ("an MOU ... The deal was signed by A and B"); told
#: after a document was named, "the deal" is that one, however far back
ANY_KIND = frozenset({"deal", "pact"})


def any_kind(kind: str, found: list[list], index: int) -> bool:
    """"The deal was signed by A and B" right after an MOU was named: a word for any
    document refers back to the one just named, whatever its kind."""
    recent = any(0 <= index - f[3] <= 2 for f in found)
    if kind.lower() == "agreement":
        # "signed an MOU on X ... The agreement was signed in Y": with no agreement named
        # yet, "the agreement" is what was just agreed in writing, whatever its kind
        return recent and not any(family(f[0].kind) == "agreement" for f in found)
    return kind.lower() in ANY_KIND and recent


def opens_sentence(ctx: Context, sent, start: int) -> bool:
    """The reference opens its sentence ("The memorandum was ...", "Under the MOU, ..."):
    it is the sentence's topic, so its clause tells of the document named before."""
    return bool(_LEAD.match(ctx.text[sent.start : start]))


def collective_clause(ctx: Context, sent) -> tuple[int, int] | None:
    """"The documents were signed in Suwon, ...": the clause telling where and when the
    documents just named were signed (up to the next clause)."""
    m = COLLECTIVE.match(ctx.text, sent.start, sent.end)
    if not m:
        return None
    tail = CLAUSE_END.search(ctx.text[m.end() : sent.end])
    return m.end(), m.end() + tail.start()


def refine(found: list[list], where: tuple, index: int, kind: str | None = None,
           span_end: str | None = None) -> None:
    """Give the documents named up to two sentences before (the last of ``kind``, or all
    the last signing sentence named when ``kind`` is None) the date and place a
    back-reference tells; a date only replaces one it is no coarser than. A span of days
    ("during the visit on 23-25 October", ending ``span_end``) is the occasion, not the
    day: a day already told within it stays."""
    recent = [f for f in found if 0 <= index - f[3] <= 2]
    if kind is not None:
        recent = [f for f in reversed(recent) if family(f[0].kind) == family(kind)][:1]
    elif recent:
        last = max(f[3] for f in recent)
        recent = [f for f in recent if f[3] == last]
    for doc in recent:
        date, place = doc[2]
        new_date, new_place = where
        if new_date and (not date or len(new_date) >= len(date)) and \
                not within(date, new_date, span_end):
            date = new_date
        doc[2] = (date, new_place or place)


def within(date: str | None, start: str, end: str | None) -> bool:
    """Is ``date`` a day of the span from ``start`` to ``end``?"""
    return bool(date and end and len(date) == 10 and start[:10] <= date <= end[:10])


def span_end(ctx: Context, sent, date: str | None) -> str | None:
    """The last day of the span of days in ``sent`` that starts on ``date``, if any."""
    for d in ctx.dates_in(sent) if date else []:
        if d.end_value and d.value == date:
            return d.end_value
    return None


def nth_day(ctx: Context, sent, date: str | None) -> str | None:
    """"On the second day, the co-chairs signed ...": the day within the span of days the
    meeting was told with before ("held on October 14-15"); ``date`` when no such span."""
    m = _NTH_DAY.search(sent.text)
    if not m:
        return date
    for prev in reversed(ctx.sentences[: sent.index + 1]):
        if prev.start < ctx.body_start:
            break
        spans = [d for d in ctx.dates_in(prev) if d.end_value and len(d.value) == 10
                 and len(d.end_value) == 10]
        if not spans:
            continue
        span = spans[0]
        if date and not span.value.startswith(date) and not date.startswith(span.value[:7]):
            return date  # the signing is told of another occasion
        first, last = dt.date.fromisoformat(span.value), dt.date.fromisoformat(span.end_value)
        word = m.group("n").lower()
        day = last if word in ("final", "last", "closing") else \
            first + dt.timedelta(days=_NTH[word])
        return day.isoformat() if day <= last else date
    return date


#: an occasion named after the city that hosts it: "the St. Petersburg International
#: Economic Forum", "the Busan International Film Festival"
_HOSTED = re.compile(r"(?:\s+[A-Z][\w-]*){0,4}\s+(?:Forum|Festival|Expo|Exhibition|Summit|Week|"
                     r"Fair|Games|Biennale)\b")
_HOST_KINDS = {"city", "special_city", "metropolitan_city", "federal_city",
               "special_self_governing_city"}


def named_host(ctx: Context, sent) -> str | None:
    """The city an occasion of the sentence is named after: where it is held, when the
    release says no more."""
    for hit in ctx.places_in(sent.start, sent.end):
        rec = ctx.lex.places.get(hit.id)
        if rec is not None and rec.kind in _HOST_KINDS and _HOSTED.match(ctx.text, hit.end):
            return hit.id
    return None


def header_place(ctx: Context) -> str | None:
    """A line near the top that is only a place: "The Kremlin, Moscow"."""
    head = ctx.text[ctx.body_start : ctx.body_start + 700]
    for line in [ln.strip() for ln in head.splitlines() if ln.strip()][:10]:
        if len(line) > 60 or "." in line:
            continue
        last = line.split(",")[-1].strip()
        hits = ctx.lex.place_matcher.find(last)
        if hits and hits[0].start == 0 and hits[0].end == len(last):
            return hits[0].id
    return None
