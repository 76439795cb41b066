"""Plain-text releases: strip site navigation, read title and date, keep the body verbatim.

Text copies of ministry pages start with skip-links, breadcrumbs, a section
heading and hit counters; news-agency copies carry a byline and "(END)". Those
are not part of the release and would become bogus statements. The body
itself is kept line for line: the extractor records character offsets into
it, and paragraph numbers and sub-point markers carry structure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.loaders.dates import month_number, parse_date_text
from kg.loaders.lang import guess_language

MOFA_PUBLISHER = "Ministry of Foreign Affairs, Republic of Korea"

_KOREAN_NAV = re.compile(
    r"^(?:바로가기 메뉴|본문 바로가기|주메뉴 바로가기|검색창 (?:열기|닫기)|전체메뉴(?: 열기| 닫기)?"
    r"|메뉴 (?:열기|닫기)|\S+ 바로가기|.{0,30}상세보기)$"
)
_ENGLISH_NAV = re.compile(
    r"^(?:skip (?:navigation|to (?:main )?(?:content|menu))|go to (?:main )?content"
    r"|press releases?|보도자료)$",
    re.IGNORECASE,
)
_BREADCRUMB = re.compile(r"^home\s*(?:[>/›»|]\s*\S.*)?$", re.IGNORECASE)
_HIT = re.compile(r"^[•·*\-\s]*(?:hits?|views?|조회수?)\s*[:：]?\s*[\d,]+$", re.IGNORECASE)
_HEADER_DATE = re.compile(
    r"^[•·*\-\s]*(?:date|posted|published|registration date|작성일|등록일)\s*[:：]?\s*"
    r"(?P<date>.+?)(?:\s+[•·|]?\s*(?:hits?|views?|조회수?)\s*[:：]?\s*[\d,]+)?$",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^By\s+(?P<name>[A-Z][\w.'-]*(?:[ -][A-Z][\w.'-]*){0,4})$")
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'/ -]*[A-Z]),\s+(?P<month>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2})"
    r"(?:\s+\((?P<yonhap>Yonhap)\)\s*(?:--|—|–)|\.?\s*/(?P<tass>TASS)/\.?)"
)
_NUMBERED = re.compile(r"^(?:\d{1,2}[.)]|[o°◦※*\-•]\s)")
_TRAILER = re.compile(
    r"^(?:list|prev|previous|next|목록|이전글|다음글)(?:\s*$|\s*[:|\t]|\s{2,})", re.IGNORECASE
)
_END_MARK = re.compile(r"\s*\(END\)\s*$")
_TRAILER_WINDOW = 12


@dataclass
class ParsedText:
    """What a text loader learned: the verbatim body and the metadata found around it."""

    body: str
    title: str | None = None
    date: str | None = None
    publisher: str | None = None
    language: str | None = None
    extra: dict[str, str] = field(default_factory=dict)
    url: str | None = None


@dataclass
class _Header:
    start: int = 0
    title: str | None = None
    date: str | None = None
    mofa: bool = False
    byline: str | None = None


def parse_release_text(text: str, *, find_title: bool = True) -> ParsedText:
    """Split a text release into title, date and body; ``find_title=False`` keeps line one."""
    lines = normalise_newlines(text).split("\n")
    header = _read_header(lines, find_title)
    end = _trailer_start(lines, header.start)
    body, extra, publisher = tidy_body("\n".join(lines[header.start : end]))
    if not body and header.title and find_title:
        # A one-line release: its only line is the text, not a headline over nothing.
        return parse_release_text(text, find_title=False)
    if header.byline:
        extra["byline"] = header.byline
    if header.mofa:
        publisher = MOFA_PUBLISHER
    language = guess_language(f"{header.title or ''}\n{body}")
    return ParsedText(body, header.title, header.date, publisher, language, extra)


def normalise_newlines(text: str) -> str:
    """One newline convention and no BOM, so offsets mean the same on every platform."""
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def tidy_body(body: str) -> tuple[str, dict[str, str], str | None]:
    """Drop a leading byline and a closing "(END)"; read the agency dateline.

    Returns the body, extras (``byline``, ``dateline`` as MM-DD, ``dateline_place``)
    and the publisher the dateline names. The dateline stays in the text: it is
    the first words of the first sentence.
    """
    extra: dict[str, str] = {}
    lines = body.strip("\n").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    if lines and (byline := _BYLINE.match(lines[0].strip())):
        extra["byline"] = byline.group("name")
        lines = _drop_leading_blanks(lines[1:])
    text = _END_MARK.sub("", "\n".join(lines)).rstrip()
    publisher = _read_dateline(text, extra)
    return text, extra, publisher


def is_navigation_line(line: str) -> bool:
    """Skip-links, breadcrumbs, section headings and hit counters of news sites."""
    return bool(
        _KOREAN_NAV.match(line)
        or _ENGLISH_NAV.match(line)
        or _BREADCRUMB.match(line)
        or _HIT.match(line)
    )


def _read_header(lines: list[str], find_title: bool) -> _Header:
    """Consume navigation, title, date, hit and byline lines until the body starts."""
    header = _Header()
    index = 0
    while index < len(lines) and _consume(lines[index].strip(), header, find_title):
        index += 1
    header.start = index
    return header


def _consume(line: str, header: _Header, find_title: bool) -> bool:
    """Record what a header line tells us; ``False`` when the line belongs to the body."""
    if not line:
        return True
    if is_navigation_line(line):
        header.mofa = header.mofa or _is_mofa_marker(line)
        return True
    date = _header_date(line)
    if date is not None:
        header.date = header.date or date
        return True
    byline = _BYLINE.match(line)
    if byline and header.byline is None:
        header.byline = byline.group("name")
        return True
    if find_title and header.title is None and looks_like_title(line):
        header.title = line.lstrip("#").strip() if line.startswith("# ") else line
        return True
    return False


def _is_mofa_marker(line: str) -> bool:
    """The ministry site's own furniture: Korean skip-links, "상세보기", its breadcrumb."""
    if _KOREAN_NAV.match(line):
        return True
    return bool(_BREADCRUMB.match(line) and "press" in line.lower())


def _header_date(line: str) -> str | None:
    match = _HEADER_DATE.match(line)
    if match:
        return parse_date_text(match.group("date"))
    return parse_date_text(line)


def looks_like_title(line: str) -> bool:
    """A headline: short, not a numbered paragraph or dateline, not a finished sentence."""
    if len(line) > 250 or _NUMBERED.match(line) or _DATELINE.match(line):
        return False
    words = line.split()
    if line.endswith(".") and len(words) > 12:
        return False
    return any(ch.isalpha() for ch in line)


def _trailer_start(lines: list[str], start: int) -> int:
    """Index where "list / prev / next" page furniture begins at the end of the copy."""
    end = len(lines)
    while end > start and not lines[end - 1].strip():
        end -= 1
    window = [i for i in range(start, end) if lines[i].strip()][-_TRAILER_WINDOW:]
    for index in window:
        if _TRAILER.match(lines[index].strip()) and _all_short(lines[index:end]):
            return index
    return end


def _all_short(lines: list[str]) -> bool:
    return all(len(line) <= 200 for line in lines)


def _drop_leading_blanks(lines: list[str]) -> list[str]:
    while lines and not lines[0].strip():
        lines = lines[1:]
    return lines


def _read_dateline(text: str, extra: dict[str, str]) -> str | None:
    """Yonhap "SEOUL, March 14 (Yonhap) --" / TASS "KHABAROVSK, July 9. /TASS/." openers."""
    match = _DATELINE.match(text)
    if not match:
        return None
    month = month_number(match.group("month"))
    if month is not None:
        extra["dateline"] = f"{month:02d}-{int(match.group('day')):02d}"
    extra["dateline_place"] = match.group("place").title()
    return "Yonhap" if match.group("yonhap") else "TASS"
