"""Later mentions of a person by family name alone ("Baek sat down with ...").

News copy names an official in full once, then by family name only. Such a
mention is the person's when exactly one person of the release has that family
name and the word stands alone: not part of a longer capitalised run ("Gorky
Park", "Kim Il Sung Square") and not inside the name of a body or mechanism.
"""

from __future__ import annotations

import re

from kg.extract.context import Context
from kg.namespaces import KGO


def family_mentions(ctx: Context) -> None:
    _full_names(ctx)
    by_family: dict[str, list] = {}
    for person in ctx.persons:
        by_family.setdefault(person.family, []).append(person)
    for family, people in by_family.items():
        if len(people) != 1 or len(family) < 3 or not family[0].isupper():
            continue
        person = people[0]
        pattern = re.compile(rf"(?<![\w-]){re.escape(family)}(?![\w-])")
        for m in pattern.finditer(ctx.text, ctx.body_start):
            if _taken(ctx, m.start(), m.end()) or _in_longer_name(ctx.text, m.start(), m.end()):
                continue
            person.spans.append((m.start(), m.end()))
            ctx.out.add(ctx.out.release, KGO.mentions, person.iri, (m.start(), m.end()))


def _full_names(ctx: Context) -> None:
    """"On the same day, Oleg Vereshchagin chaired a round table": the full name again,
    with no title this time."""
    for person in ctx.persons:
        if " " not in person.name:
            continue
        pattern = re.compile(rf"(?<![\w-]){re.escape(person.name)}(?![\w-])")
        for m in pattern.finditer(ctx.text, ctx.body_start):
            if not _taken(ctx, m.start(), m.end()):
                person.spans.append((m.start(), m.end()))
                ctx.out.add(ctx.out.release, KGO.mentions, person.iri, (m.start(), m.end()))
        person.spans.sort()


def _taken(ctx: Context, start: int, end: int) -> bool:
    spans = [s for p in ctx.persons for s in p.spans] + list(ctx.name_spans) + \
        list(ctx.title_spans)
    return any(a < end and start < b for a, b in spans)


def _in_longer_name(text: str, start: int, end: int) -> bool:
    before = re.search(r"([A-Z][\w'’-]*)[^\S\n]+$", text[max(0, start - 30) : start])
    after = re.match(r"[^\S\n]+(?:[A-Z][\w-]*|of\s+[A-Z])", text[end : end + 30])
    if after:
        return True
    return bool(before) and not _sentence_start(text, start - len(before.group(0)))


def _sentence_start(text: str, pos: int) -> bool:
    """A capitalised word that only opens the sentence ("Minister Baek" is taken already;
    "Later Baek said" is rare): a word after a full stop or at a line start."""
    return bool(re.search(r"(?:^|[.!?:\n]\s*)$", text[max(0, pos - 3) : pos]))
