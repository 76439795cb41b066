"""Power links between countries: "the Korea-Russia power grid interconnection", "the
power link", "a grid connection", the "energy bridge".

Such a link exists only as the project (nobody builds two between the same countries),
so any naming of it is the project, with or without a word of building in its sentence,
and every naming in a release is that one link. A release names it by many words in
turn; the naming that says whose it is ("the Korea-Russia power grid interconnection")
is the one readers list, so it is preferred as the project's label (project_merge keeps
the first naming that is not ``bare``). A place after it ("signed ... on the power link
in Seoul") is where something else happened: a link runs between its ends.
"""

from __future__ import annotations

import re

from kg.extract import project_phrases as pp
from kg.extract.lexicon import Lexicon

#: the head every naming of a power link shares, so that project_merge joins them
LINK_HEAD = "power-link"


def is_link(kind: str) -> bool:
    """The head kind ``project_phrases.head_kind`` gives the [power-links] heads."""
    return kind == "links"


def unowned(lex: Lexicon, mods: list[str]) -> bool:
    """No modifier says whose the link is ("Korea-Russia"): a naming readers do not list
    while a fuller one is at hand."""
    return not any(pp.is_owner(lex, w) for w in mods)


#: "an Electric Power Grid Interconnection in Northeast Asia": a title goes on after "in"
_TITLE_TAIL = re.compile(r"\s+in\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?![\w-])")


def title_tail(text: str, end: int, head: str) -> str:
    """A link named in Title Case keeps the capitalised words after "in" as part of its
    title; a link in plain words keeps no place (see above)."""
    if not head[:1].isupper():
        return ""
    m = _TITLE_TAIL.match(text, end)
    return m.group(0) if m else ""
