"""Companies named in a list the text calls companies.

"Russian producers, first of all PhosAgro and Uralkali", "Korean importers, including Namhae
Chemical and ...", "A, B and C were among 35 Korean companies taking part", "met the
management of A and B. The Korean companies showed interest ...": names without a head noun
are bodies when the sentence says what they are, in the plural of a corporate noun; the
nationality before that noun is their country.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract import org_countries
from kg.extract.context import Context
from kg.extract.lexicon import Hit
from kg.extract.org_names import TOK, Found, _alt, cues

#: one listed name: "the Korea Agro-Fisheries & Food Trade Corporation", "Voronezh-based X"
_NAME = rf"(?:the\s+)?(?:[A-Z][\w.'’-]*-based\s+)?{TOK}(?:\s+(?:{TOK}|&)){{0,5}}"
#: an abbreviation the release gives a listed name in brackets: "Chelyabinsk Pipe Plant (ChelPipe)"
_ABBR = r"(?:\s+\([A-Z][\w&-]{1,11}\))?"
#: two names or more: "A, B and C", "A and B", "A or B"
_LIST = rf"{_NAME}{_ABBR}(?:,\s+{_NAME}{_ABBR})*,?\s+(?:and|or)\s+{_NAME}"
#: lower-case words between the plural noun and the examples: "30 Korean companies attended
#: the round table, including A and B"
_GAP = r"(?:\s+(?!(?:and|or)\b)[a-z][\w-]*){0,6}?"
_ADJ = r"(?:South\s+)?Korean|Russian|foreign|local|domestic"
#: what introduces the examples after the plural noun
_INTRO = (r"such\s+as|including|notably|like|led\s+by|first\s+of\s+all|in\s+particular|"
          r"primarily|mainly|among\s+them|namely|especially")


def _plural(noun: str) -> str:
    if noun.endswith("y") and not noun.endswith(("ay", "ey", "oy")):
        return noun[:-1] + "ies"
    return noun + "s"


@lru_cache(maxsize=1)
def _nouns() -> str:
    """Plural corporate nouns: the company nouns of org_shapes.tsv, in the plural."""
    return _alt({_plural(n) for n in cues()["company_noun"]})


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    nouns = _nouns()
    head = rf"(?P<adj>{_ADJ})?\s*(?:[a-z-]+\s+(?:and\s+)?){{0,3}}(?:{nouns})"
    return (
        # "Russian producers, first of all A and B"; "metallurgical and machine-building
        # enterprises, among them A, B and C"; "companies attended the fair, including A and B"
        re.compile(rf"\b{head}(?:{_GAP},)?\s*,?\s+(?:{_INTRO})\s*,?\s+(?P<list>{_LIST})"),
        # "A, B and C, the producer of X, were among 35 Korean companies"
        re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<list>{_LIST})(?:,\s+(?:the|a|an)\s+[^.]{{0,80}}?)?"
                   rf",?\s+(?:were|are)\s+(?:among|some\s+of)\s+(?:the\s+)?(?:\d+\s+|[a-z]+\s+)?"
                   rf"{head}\b", re.M),
        # "the management of A and B. The Korean companies ..."
        re.compile(rf"\b(?:of|with|by|from|between|and)\s+(?P<list>{_LIST})\.\s+The\s+"
                   rf"(?:two\s+|both\s+)?{head}\b"),
    )


def listed_companies(ctx: Context, places: list[Hit]) -> list[Found]:
    """Every name in a list the sentence calls companies, leftmost first."""
    out: list[Found] = []
    for pattern in _patterns():
        for m in pattern.finditer(ctx.text, ctx.body_start):
            adj = m.group("adj") or ""
            country = ctx.lex.demonyms.get(" ".join(adj.split())) if adj else None
            for s, e in _members(m.group("list"), m.start("list")):
                name = ctx.text[s:e]
                if _is_company_name(ctx, name, s, places):
                    out.append(Found(name, s, e, country or org_countries.country_of(
                        ctx, name, s, places)))
    return sorted(out, key=lambda f: f.start)


def _members(run: str, at: int) -> list[tuple[int, int]]:
    """Offsets of each name of the list, less "the" and a "-based" seat."""
    out = []
    for m in re.finditer(rf"{_NAME}", run):
        lead = re.match(r"(?:the\s+)?(?:[A-Z][\w.'’-]*-based\s+)?", m.group(0))
        s = at + m.start() + (lead.end() if lead else 0)
        out.append((s, at + m.end()))
    return out


def _is_company_name(ctx: Context, name: str, start: int, places: list[Hit]) -> bool:
    """Not a person, a place, a state or a post."""
    from kg.extract.org_appositions import _is_person

    words = name.split()
    if _is_person(words) or ctx.lex.titles.head_re.search(name) or name in ctx.lex.demonyms:
        return False
    if ctx.lex.country_matcher.find(name):
        return False
    return not any(h.start == start and h.end >= start + len(name) for h in places)
