"""A protocol named after the meeting it closes: "signed the protocol of the meeting on
Friday" after "the 14th meeting of the X Joint Committee on Y took place in Z".

"the meeting" refers back to the numbered meeting the release told of before, so the
document's full name is the one a reader gives it: "protocol of the 14th meeting of the
X Joint Committee on Y", in the release's own words for that meeting; it was signed
where that meeting was held.
"""

from __future__ import annotations

import re

from kg.extract.context import Context

_SHORT = re.compile(r"(?P<kind>.+?)\s+of\s+the\s+(?P<noun>meeting|session)", re.I)
_ORD = (r"\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
        r"tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|"
        r"eighteenth|nineteenth|twentieth|inaugural")
_WORD = r"[A-Z][\w'’-]*"
#: "the 14th meeting of the X Joint Committee on Cooperation in Y": ordinal, noun, body
_TOLD = re.compile(
    rf"(?<![\w-])(?i:the|its)\s+(?P<ord>(?i:{_ORD}))\s+(?P<noun>(?i:meeting|session))\s+of\s+"
    rf"the\s+(?P<body>{_WORD}(?:(?:\s+|\s*,\s*)(?:{_WORD}|of|on|in|and|for|the)){{0,14}})")
_LOOSE_END = re.compile(r"(?:\s*,)?\s+(?:of|on|in|and|for|the)$")
_NOT_YET = re.compile(r"\b(?:next|upcoming|coming|following)\s+$", re.I)


def full_title(ctx: Context, start: int, name: str) -> tuple[str, str | None]:
    """"protocol of the meeting" -> "protocol of the 14th meeting of the X Committee" when
    the release told of that numbered meeting before ``start`` (else ``name`` unchanged),
    and the place of that meeting: where a protocol closing it was signed."""
    short = _SHORT.fullmatch(name)
    if not short:
        return name, None
    told = None
    for m in _TOLD.finditer(ctx.text, ctx.body_start, start):
        if m.group("noun").lower() == short.group("noun").lower() and \
                not _NOT_YET.search(ctx.text, max(0, m.start() - 20), m.start()):
            told = m
    if told is None:
        return name, None
    body = told.group("body")
    while (tail := _LOOSE_END.search(body)) is not None:
        body = body[: tail.start()]  # "... Committee in" before "Vladivostok" was cut off
    if not body[:1].isupper():
        return name, None
    place = next((ev.place_id for ev in ctx.events
                  if told.start() <= ev.span[0] < told.end() and ev.place_id), None)
    return f"{short.group('kind')} of the {told.group('ord')} {short.group('noun')} of the " \
        f"{body}", place
