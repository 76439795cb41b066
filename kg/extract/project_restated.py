"""Project mentions that only restate another: "X's project to build an engine plant"
(the plant is the project), a noun phrase in apposition (", the first Korean-run medical
facility in Y"), and which words only say whose a project is ("Egyptian"), so that a
restatement by nationality merges into the named project (project_merge).
"""

from __future__ import annotations

import re

from kg.extract import project_phrases as pp
from kg.extract.context import Context
from kg.extract.project_phrases import Mention


def nationality(ctx: Context, word: str) -> bool:
    """"Korean", "Korea-Russia", "Egyptian": a word that only says whose a project is (a
    country's adjective the lexicon lacks by its ending, not a region's: "Siberian")."""
    if pp.is_owner(ctx.lex, word):
        return True
    return bool(re.fullmatch(r"[A-Z][a-z]+(?:ian|ean|ese|ish)", word)) and \
        word.lower() not in pp.words("regional-modifiers") and \
        not ctx.lex.place_matcher.find(word)


#: "a Korean investor's project to build a fish-processing plant": what the project makes
_TO_MAKE = re.compile(r"\s+to\s+(?:build|construct|establish|create|open|set\s+up|launch)\s+")


def without_umbrellas(ctx: Context, mentions: list[Mention]) -> list[Mention]:
    """"X's project to build an engine plant in Y": the plant is the project; the word
    "project" before it only says someone pursues it, so it is no second project. A noun
    phrase in apposition to the project before it (", the first ... in Z") restates it."""
    starts = [m.span[0] for m in mentions]
    out = []
    for m in mentions:
        make = _TO_MAKE.match(ctx.text, m.span[1]) if m.kind == "np" and m.head == "project" \
            else None
        if make and any(make.end() <= s <= make.end() + 4 for s in starts):
            continue
        if out and _APPOSITIVE.match(ctx.text, m.span[0]) and \
                ctx.text[max(0, m.span[0] - 3) : m.span[0]].rstrip().endswith(",") and \
                _sentence_index(ctx, out[-1].span[0]) == _sentence_index(ctx, m.span[0]):
            continue  # "a screening center set up by X, the first Korean-run facility in Y"
        out.append(m)
    return out


def _sentence_index(ctx: Context, offset: int) -> int:
    sent = ctx.sentence_of(offset)
    return -1 if sent is None else sent.index


#: a noun phrase that restates the one before it in apposition: ", the first ...", ", the
#: only ...", ", the largest ..."
_APPOSITIVE = re.compile(r"the\s+(?:first|only|largest|biggest|newest|latest|second|third)\s",
                         re.I)


#: a sentence that closes like one: the body proper starts with the first
_CLOSED = re.compile(r"[.!?\"”:;]\s*$")


def headline_restated(ctx: Context, mentions: list[Mention]) -> list[Mention]:
    """"Korean investors to build noodle plant ... in X ASEZ" as a headline, then "Paldo will
    build a production plant in X" in the body: a headline's project that the body names
    again with the same head in the same place is that one, told in full there; one the
    headline gives a proper name ("Hyundai plant in X") is that facility, not another."""
    closed = [s.index for s in ctx.sentences
              if s.start >= ctx.body_start and _CLOSED.search(s.text)]
    if not closed:
        return mentions

    def headline(m: Mention) -> bool:
        return m.span[0] < ctx.body_start or 0 <= _sentence_index(ctx, m.span[0]) < closed[0]

    def common(m: Mention) -> bool:  # "noodle plant", not "Hyundai plant": a kind, no name
        return not pp.has_proper_name(ctx.lex, re.split(r"\s+(?:in|at|on|near)\s+", m.label)[0])

    return [m for m in mentions if not (
        m.kind == "np" and m.place_id and headline(m) and common(m) and any(
            b.kind == "np" and b.head == m.head and b.place_id == m.place_id and not headline(b)
            for b in mentions))]
