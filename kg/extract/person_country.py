"""The country a person acts for, as the words around a post tell it.

A nationality word or possessive right before the post ("Russian Deputy Prime
Minister", "South Korea's Finance Minister"), a country or place inside the
post ("Governor of Novosibirsk Oblast"), or, last, the shape of the name.
"""

from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.names import is_korean_name, russian_given_names
from kg.extract.person_shapes import TitleMatch


def name_country(words: list[str]) -> str | None:
    if is_korean_name(words):
        return "KR"
    if words[0] in russian_given_names():
        return "RU"
    last = words[-1].lower()
    if re.search(r"(?:ov|ev|yov|in|yn|sky|skiy|ky|ova|eva|ina|aya|enko|uk|ko|ich)$", last):
        return "RU"
    return None


def context_country(ctx: Context, match: TitleMatch) -> str | None:
    """A nationality word right before the title ("Russian Deputy Prime Minister")."""
    start = match.title_span[0]
    before = ctx.text[max(0, start - 40) : start]
    m = re.search(r"([A-Z][\w.]*(?:[^\S\n][A-Z][\w.]*)?(?:'s|’s)?)[^\S\n]*$", before)
    # a headline's "... between Siberia and Korea" on the line above is no nationality
    if m:
        cue = m.group(1).replace("’", "'")
        for candidate in (cue, cue.split()[-1]):
            if candidate in ctx.lex.demonyms:
                return ctx.lex.demonyms[candidate]
    return None


#: "director of the Korea Tourism Organization's office in Moscow": where the office is,
#: not whom its director acts for
_OFFICE_IN = re.compile(r"\b(?:office|branch|bureau|mission|representation|cent(?:er|re))\s+"
                        r"in\s+$", re.I)


def title_country(ctx: Context, match: TitleMatch) -> str | None:
    s, e = match.title_span
    title = ctx.text[s:e]
    if re.search(r"\bAmbassador\b|\bConsul", title):
        return context_country(ctx, match)
    for hit in ctx.country_hits:
        if s <= hit.start and hit.end <= e:
            return hit.id
    for hit in ctx.place_hits:
        if s <= hit.start and hit.end <= e and not _OFFICE_IN.search(ctx.text, s, hit.start):
            c = ctx.lex.place_country(hit.id)
            if c:
                return c
    return context_country(ctx, match)
