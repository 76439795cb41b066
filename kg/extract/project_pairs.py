"""Named facilities told together under one plural head: "the Denisovsky and Inaglinsky
mining and processing complexes", "the Zvezda and Pella shipyards".

Each proper name before the shared head names one facility of that kind, so each is a
project of its own, named by its proper name, the head's other words and the head in the
singular ("the Denisovsky mining and processing complex"). The sentence must speak of
projects (a cue word, as for any noun phrase); a place after the head ("... complexes in
X") places them all. "residents of" a zone says so as well.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract import project_phrases as pp
from kg.extract.context import Context
from kg.extract.project_phrases import Mention

_NAME = r"[A-Z][a-z][\w'’-]*"
#: "..., both residents of the X zone": facilities a special regime admitted as its projects
_RESIDENTS = re.compile(r"\bresidents?\s+of\b")


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    heads = pp.vocab().get("heads", []) + pp.vocab().get("infrastructure", [])
    plural = "|".join(sorted((_plural(h) for h in heads if h != "project"), key=len,
                             reverse=True))
    return re.compile(
        rf"(?<![\w-])the\s+(?P<names>{_NAME}(?:\s*,\s*{_NAME})*,?\s+and\s+{_NAME})\s+"
        rf"(?P<mods>(?:[a-z][\w-]*\s+(?:and\s+)?){{0,4}}?)"
        rf"(?P<head>(?:{plural}))(?![\w-])")


def _plural(head: str) -> str:
    word = head.split()
    last = word[-1]
    last = last[:-1] + "ies" if last.endswith("y") and last[-2:] != "ay" else \
        last + "es" if last.endswith(("ch", "sh", "x", "s")) else last + "s"
    return r"\s+".join(re.escape(w) for w in [*word[:-1], last])


def named_pairs(ctx: Context, has_cue) -> list[Mention]:
    """One project per proper name coordinated before a plural facility head."""
    out: list[Mention] = []
    for sent in ctx.sentences:
        if sent.end <= ctx.body_start or not (has_cue(sent) or _RESIDENTS.search(sent.text)):
            continue
        for m in _pattern().finditer(ctx.text, max(sent.start, ctx.body_start), sent.end):
            names = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group("names"))
            if any(ctx.lex.place_matcher.find(n) or pp.is_owner(ctx.lex, n) for n in names):
                continue  # "the Primorye and Khabarovsk ports": a region's, not named ones
            head = pp.singular(" ".join(m.group("head").lower().split()))
            rest = " ".join(m.group("mods").split() + head.split())
            tail = pp.TAIL.match(ctx.text, m.end())
            hits = ctx.places_in(tail.start("loc"), tail.end("loc")) if tail else []
            for name in names:
                label = f"{name} {rest}"
                mention = Mention(label, "named", "named",
                                  frozenset(w.lower() for w in label.split()),
                                  (m.start("names"), m.end()))
                if hits:
                    mention.place_id, mention.place_from_tail = hits[0].id, True
                out.append(mention)
    return out
