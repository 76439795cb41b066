"""A lowercase post between its body and a name: "SibMed rector Oleg Kovalenko".

Newswires write a post in lower case after the short name of the body it belongs to
("Gazprom chairman Alexei Miller", "Hyundai Glovis president Kim Jeong-hoon"); the capital
title-before-name reader does not see the head there. Only a plain name is taken (a Korean
one, or one opening with a Russian given name), so "Busan port director general" without a
name, or "the Kremlin chief of staff said", yields nothing.
"""

from __future__ import annotations

import re

from kg.extract.context import Context, Span
from kg.extract.names import is_korean_name, russian_given_names
from kg.extract.person_shapes import TitleMatch, in_gazetteer, overlaps

_WORD = r"[A-Z][\w&'’.-]*"
#: one lowercase post, with a lowercase portfolio of its own ("head of sales")
_POST = (r"(?:(?:first|executive|senior|general|managing)\s+)?(?:(?:vice|deputy)[\s-]+)?"
         r"(?:rector|president|chairman|chairwoman|chairperson|chief\s+executive|ceo|CEO|"
         r"(?:(?:artistic|musical|creative|project|technical)\s+)?director(?:\s+general)?|"
         r"general\s+director|(?:head\s+|chief\s+)?coach|head|dean|governor|mayor|chief)"
         r"(?:\s+(?:of|for)\s+(?!the\b)[a-z]{3,}(?:\s+[a-z]{3,})?)?")
#: "president and CEO", "senior vice president and head of sales": two posts one person holds
_SHAPE = re.compile(
    rf"(?P<owner>{_WORD}(?:\s+{_WORD}){{0,4}})\s+"
    rf"(?P<head>{_POST}(?:\s+and\s+{_POST})?)\s+"
    r"(?P<name>[A-Z][a-z]+(?:-[A-Za-z][a-z]*)?(?:\s+[A-Z][a-z]+(?:-[A-Za-z][a-z]*)?){1,2})\b")
#: sentence-opening and joining words that are not part of the body's name
_LEAD = frozenset({"The", "A", "An", "In", "On", "At", "By", "And", "With", "For", "From",
                   "Under", "After", "Before", "As", "Meanwhile", "Also", "Then", "But"})


def lower_title_before_name(ctx: Context, start: int, end: int,
                            taken: list[Span]) -> list[TitleMatch]:
    """Each "<Body> <lowercase post> <Name>" in the sentence, the body's words kept in the
    title ("SibMed rector") as the release words it."""
    out = []
    for m in _SHAPE.finditer(ctx.text, start, end):
        name_start, name_end = m.span("name")
        if overlaps(taken, name_start, name_end) or in_gazetteer(ctx, name_start):
            continue
        words = m.group("name").split()
        if not (is_korean_name(words) or words[0] in russian_given_names()):
            continue
        owner_start = _owner_start(ctx, m)
        if owner_start is None:
            continue
        tokens = _name_tokens(ctx, words, name_start)
        if re.search(r"['’]s$", m.group("owner")):
            owner_start = m.start("head")  # "Novosibirsk's vice mayor": the post is the
            # vice mayor's; the city is whose it is
        title_span = (owner_start, m.end("head"))
        out.append(TitleMatch(" ".join(ctx.text[owner_start : m.end("head")].split()),
                              title_span, tokens, None))
    return out


#: a post that needs no body before it ("head coach Bae Jin-ho", "artistic director Ivan
#: Orlov"): a team's, a company's or a troupe's own, told after a lower-case word or a
#: sentence's start
_BARE = re.compile(
    r"(?:(?<=^)|(?<=[\s\"“(])(?<![A-Z][\w&'’.-]\s))(?:the\s+)?"
    r"(?P<head>(?:(?:head|chief|assistant)\s+)?coach|(?:artistic|musical|creative|project)\s+"
    r"director|(?:principal\s+|chief\s+)?conductor|choreographer|(?:chief\s+)?designer)\s+"
    r"(?P<name>[A-Z][a-z]+(?:-[A-Za-z][a-z]*)?(?:\s+[A-Z][a-z]+(?:-[A-Za-z][a-z]*)?){1,2})\b",
    re.M)


def bare_post_before_name(ctx: Context, start: int, end: int,
                          taken: list[Span]) -> list[TitleMatch]:
    """Each "<lowercase post> <Name>" whose post names its body by itself, a plain name only."""
    out = []
    for m in _BARE.finditer(ctx.text, start, end):
        name_start, name_end = m.span("name")
        words = m.group("name").split()
        if overlaps(taken, name_start, name_end) or in_gazetteer(ctx, name_start) or \
                not (is_korean_name(words) or words[0] in russian_given_names()):
            continue
        tokens = _name_tokens(ctx, words, name_start)
        out.append(TitleMatch(" ".join(m.group("head").split()), m.span("head"), tokens, None))
    return out


def _name_tokens(ctx: Context, words: list[str], pos: int) -> list[tuple[str, int, int]]:
    """Each word of a name with where it stands, as the name parser wants them."""
    tokens = []
    for word in words:
        start = ctx.text.index(word, pos)
        tokens.append((word, start, start + len(word)))
        pos = start + len(word)
    return tokens


def _owner_start(ctx: Context, m: re.Match) -> int | None:
    """Where the body's name starts, less the words that open the sentence or join it;
    None when no body is left or the words are a nationality ("Russian president")."""
    owner = m.group("owner")
    offset = m.start("owner")
    words = owner.split()
    while words and words[0] in _LEAD:
        skip = owner.index(words[0]) + len(words[0])
        offset += skip + (len(owner[skip:]) - len(owner[skip:].lstrip()))
        owner = owner[skip:].lstrip()
        words = words[1:]
    if not words:
        return None
    if " ".join(words) in ctx.lex.country_forms or ctx.lex.demonyms.get(words[-1]):
        return None
    return offset
