"""Later mentions of a person by family name alone ("Baek sat down with ...") or by
post alone ("The Governor was heading the delegation").

News copy names an official in full once, then by family name only. Such a
mention is the person's when exactly one person of the release has that family
name and the word stands alone: not part of a longer capitalised run ("Gorky
Park", "Kim Il Sung Square") and not inside the name of a body or mechanism.
"""

from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.names import person_key
from kg.namespaces import KGO


def family_mentions(ctx: Context) -> None:
    _full_names(ctx)
    _title_mentions(ctx)
    _family_names(ctx)
    for person in ctx.persons:
        person.spans.sort()


def _family_names(ctx: Context) -> None:
    by_family: dict[str, list] = {}
    for person in ctx.persons:
        by_family.setdefault(person.family, []).append(person)
    for family, people in by_family.items():
        if len(people) != 1 or not family[0].isupper() or len(family) < 2 or \
                len(family) == 2 and (family not in ctx.lex.korean_surnames or
                                      family in _ENGLISH_WORDS):
            continue  # "Ko said" refers back; "No" and "Oh" are words first
        person = people[0]
        pattern = re.compile(rf"(?<![\w-]){re.escape(family)}(?![\w-])")
        for m in pattern.finditer(ctx.text, ctx.body_start):
            if _taken(ctx, m.start(), m.end()) or _in_longer_name(ctx.text, m.start(), m.end()):
                continue
            person.spans.append((m.start(), m.end()))
            ctx.out.add(ctx.out.release, KGO.mentions, person.iri, (m.start(), m.end()))


#: two-letter Korean family names that are English words at the start of a sentence
_ENGLISH_WORDS = frozenset({"No", "Oh", "So", "Go", "Do", "An", "Ha", "Ma", "Ok", "Ye", "Bo"})


def _full_names(ctx: Context) -> None:
    """"On the same day, Oleg Vereshchagin chaired a round table": the full name again,
    with no title this time, in any of its spellings ("Victor Lazarev" for "Viktor
    Lazarev", "Aleksei Semenov" for "Alexey Semyonov")."""
    by_key = {p.key: p for p in ctx.persons if " " in p.name}
    for m in _TWO_WORDS.finditer(ctx.text, ctx.body_start):
        person = by_key.get(person_key(m.group(0)))
        if person is not None and not _taken(ctx, m.start(), m.end()):
            person.spans.append((m.start(), m.end()))
            ctx.out.add(ctx.out.release, KGO.mentions, person.iri, (m.start(), m.end()))
    for person in ctx.persons:
        person.spans.sort()


#: two or three capitalised words: a full name, as written again
_TWO_WORDS = re.compile(r"(?<![\w-])[A-Z][a-z]+(?:-[A-Za-z][a-z]*)?(?:[^\S\n]+[A-Z][a-z]+"
                        r"(?:-[A-Za-z][a-z]*)?){1,2}(?![\w-])")


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


#: "the Governor", "the Deputy Prime Minister", "the mayor of Busan": a post standing for
#: the one official of the release who holds it
_TITLE_REF = re.compile(
    r"\b[Tt]he\s+(?P<post>(?:[A-Z][\w-]+\s+){0,3}?(?:(?:[Ff]irst|[Dd]eputy|[Vv]ice|[Pp]rime|[Ff]oreign|[Hh]ead)\s+)*"
    r"(?:[Gg]overnor|[Mm]ayor|[Mm]inister|[Aa]mbassador|[Pp]remier|[Cc]hairman|[Ee]nvoy|"
    r"[Cc]onsul [Gg]eneral|[Pp]resident|[Ss]peaker|[Cc]ommissioner|[Dd]irector(?: [Gg]eneral)?|"
    r"[Rr]ector|[Aa]dministrator|[Ss]enator))(?![\w-])(?!['’]s\s+(?:office|side)\b)"
    r"(?:\s+of\s+(?P<of>(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*))?")


#: "the head of the region": whoever governs the region the release is about
_REGION_HEAD = re.compile(r"\b[Tt]he\s+(?:[Hh]ead|leader|governor)\s+of\s+the\s+(?:region|"
                          r"[Rr]epublic|territory|krai|oblast|province)\b")
_GOVERNS = re.compile(r"^(?:Acting\s+)?(?:Governor|Head\s+of\s+the\s+Republic)\b", re.I)


def _region_heads(ctx: Context) -> None:
    for m in _REGION_HEAD.finditer(ctx.text, ctx.body_start):
        if _taken(ctx, m.start(), m.end()):
            continue
        holders = [p for p in ctx.persons if p.spans and p.spans[0][0] < m.start() and
                   any(_GOVERNS.match(t) for t in p.titles)]
        if len(holders) == 1:
            holders[0].spans.append((m.start(), m.end()))
            holders[0].spans.sort()
            ctx.out.add(ctx.out.release, KGO.mentions, holders[0].iri, (m.start(), m.end()))


def _title_mentions(ctx: Context) -> None:
    _region_heads(ctx)
    for m in _TITLE_REF.finditer(ctx.text, ctx.body_start):
        a, b = m.start("post"), m.end("post")
        named = [s for p in ctx.persons for s in p.spans] + list(ctx.title_spans) + \
            [(s, e) for s, e in ctx.name_spans if not (a <= s and e < b)]
        if any(s < b and a < e for s, e in named):
            continue  # "the National Assembly speaker": a body's name may open the post
        if re.match(r"\s+[A-Z]", ctx.text[m.end() : m.end() + 2]) and m.group("of") is None:
            continue  # "the Governor Nikolay ...": a title before a name, not a reference
        post = m.group("post").lower().split()
        holders = [p for p in ctx.persons if any(_holds(t, post, m.group("of")) for t in p.titles)]
        if len(holders) > 1:  # "the Governor" before a second governor is named: the first
            holders = [p for p in holders if p.spans and p.spans[0][0] < m.start()]
        if len(holders) != 1:
            continue
        span = (m.start("post"), m.end())
        holders[0].spans.append(span)
        holders[0].spans.sort()
        ctx.out.add(ctx.out.release, KGO.mentions, holders[0].iri, span)


def _holds(title: str, post: list[str], of: str | None) -> bool:
    """The post's words stand in a row in the title ("Deputy Prime Minister" in "Deputy
    Prime Minister of the Russian Federation"), and so does the body it is "of"."""
    words = title.lower().split()  # "Vice-Governor" is no "Governor"
    n = len(post)
    if not any(words[i : i + n] == post for i in range(len(words) - n + 1)):
        return False
    return of is None or of.lower().removeprefix("the ") in title.lower()
