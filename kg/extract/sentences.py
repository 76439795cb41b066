"""Sentence splitting that keeps character offsets into the release text.

Releases number their paragraphs ("1.") and mark sub-points ("o", "-", "※");
those markers are not part of any sentence. Abbreviations common in releases
(Mr., Dec., U.S.) must not end a sentence.
"""

from __future__ import annotations

import re

from kg.release import SentenceRef

_MARKER = re.compile(r"^\s*(?:\d{1,2}[.)]|[oO°◦•·※\-–*▶■□]|\([a-z0-9]\))\s+")
_ABBREV = {
    "mr", "mrs", "ms", "dr", "prof", "st", "no", "vs", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gen", "col", "lt", "gov", "sen",
    "rep", "co", "corp", "inc", "ltd", "jr", "sr", "u.s", "u.n", "e.g", "i.e", "etc", "approx",
}
_BOUNDARY = re.compile(r"[.!?](?:[\"'”’)\]]*)\s+(?=[\"'“‘(\[]?[A-Z0-9])")


def split(text: str) -> list[SentenceRef]:
    """Lines first (paragraphs), then sentence boundaries inside each line."""
    out: list[SentenceRef] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        start, end = pos, pos + len(line.rstrip("\r\n"))
        pos += len(line)
        m = _MARKER.match(text, start, end) if start < end else None
        if m:
            start = m.end()
        while start < end and text[start].isspace():
            start += 1
        if start >= end:
            continue
        for s, e in _split_line(text, start, end):
            out.append(SentenceRef(len(out), s, e, text[s:e]))
    return out


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces = []
    cur = start
    for m in _BOUNDARY.finditer(text, start, end):
        dot = m.start()
        word = re.search(r"([A-Za-z.]+)$", text[cur:dot])
        if text[dot] == "." and word and word.group(1).lower().rstrip(".") in _ABBREV:
            continue
        if text[dot] == "." and word and re.fullmatch(r"(?:[A-Z]\.)*[A-Z]", word.group(1)):
            continue  # initials: "Ivan I. Petrov", "the D.I. Mendeleyev Institute"
        if text[dot] == "." and word and word.group(1).lower() in ("a.m", "p.m") and \
                text.startswith("(", m.end()):
            continue  # "at 3:07 p.m. (KST) on March 22": the time zone goes with the time
        pieces.append((cur, dot + 1))
        cur = m.end()
    tail_end = end
    while tail_end > cur and text[tail_end - 1].isspace():
        tail_end -= 1
    if tail_end > cur:
        pieces.append((cur, tail_end))
    return pieces
