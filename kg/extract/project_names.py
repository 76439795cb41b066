"""Projects whose proper name is not where the noun-phrase reader looks for it.

- A numbered name after its description: "the international transport corridor
  Primorye-2" is the "Primorye-2 international transport corridor", as the release says
  it again later ("the Primorye-2 corridor") and as readers name it: the name first.
- A name in quotes that the release calls a project: "the "Trans-Siberian in 7 Days"
  project" (not a policy so quoted: "the "Nine Bridges" project").
- A named facility that is the object of a project: "the project of the Big Port
  Zarubino in the Khasansky district", "the construction of the Eastern Petrochemical
  Complex": capitalised words holding a facility noun. A port or plant so named exists
  only as the project until it is built, so the name alone is the project.

Both are kind "named", so later shorter namings ("the Primorye-2 corridor") merge
into them (projects._same).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract import project_phrases as pp
from kg.extract.context import Context
from kg.extract.project_phrases import Mention

#: heads a numbered name may follow: "the international transport corridor Primorye-2"
_ROUTE_HEADS = r"(?:corridor|route|railway|pipeline|bridge|highway|link)"
_DESCRIBED_NAME = re.compile(
    rf"(?<![\w-])(?P<desc>(?:(?!(?:{pp.STOP})\b)[a-z][\w-]*\s+){{0,3}}{_ROUTE_HEADS})\s+"
    r"(?P<name>[A-Z][a-z]+[-–]\d{1,2})(?![\w-])")
#: "the project of the Big Port Zarubino", "the construction of the X Petrochemical Complex"
_OBJECT_OF = re.compile(
    r"(?<![\w-])(?:project|projects|construction|development|building|creation)\s+"
    r"(?:of|for)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){1,4})(?![\w-])")


#: "the "Trans-Siberian in 7 Days" project": a name in quotes the release calls a project
_QUOTED = re.compile(r"[\"“](?P<name>[A-Z][^\"“”\n]{2,60}?)[\"”]\s+project(?![\w-])")


@lru_cache(maxsize=1)
def facility_words() -> frozenset[str]:
    """The last word of every facility head ("Port", "Complex", "Terminal"), capitalised
    in a proper name."""
    v = pp.vocab()
    heads = v.get("heads", []) + v.get("infrastructure", [])
    return frozenset(h.split()[-1].lower() for h in heads) - {"project", "facilities"}


def named_facilities(ctx: Context) -> list[Mention]:
    """Both shapes above, each placed as named projects are (project_routes.place_named)."""
    from kg.extract.project_routes import place_named

    out: list[Mention] = []
    for m in _DESCRIBED_NAME.finditer(ctx.text, ctx.body_start):
        desc = pp.strip_weak(m.group("desc").split())
        name = m.group("name")
        label = " ".join([name, *desc])
        start = m.start("desc") + m.group("desc").find(desc[0]) if desc else m.start("name")
        mention = Mention(label, "named", "named",
                          frozenset(w.lower() for w in re.split(r"[\s-]+", label)),
                          (start, m.end()))
        place_named(ctx, mention, m.start("name"), m.end(), inside=True)
        out.append(mention)
    for m in _OBJECT_OF.finditer(ctx.text, ctx.body_start):
        words = m.group("name").split()
        if not any(w.lower() in facility_words() for w in words) or \
                words[0].lower() in facility_words():
            continue  # "Port of X" is the place's port; it needs a name before the noun
        if ctx.lex.policy_matcher.find(ctx.text, m.start("name"), m.end("name")):
            continue  # "the development of the X Advanced Special Economic Zone": a policy
        name = " ".join(words)
        mention = Mention(name, "named", "named",
                          frozenset(w.lower() for w in re.split(r"[\s-]+", name)),
                          (m.start("name"), m.end("name")))
        place_named(ctx, mention, m.start("name"), m.end("name"), inside=True)
        out.append(mention)
    for m in _QUOTED.finditer(ctx.text, ctx.body_start):
        if ctx.lex.policy_matcher.find(ctx.text, m.start("name"), m.end("name")):
            continue  # "the "Nine Bridges" project": a policy the release calls a project
        name = " ".join(m.group("name").split())
        mention = Mention(name, "named", "named",
                          frozenset(w.lower() for w in re.split(r"[\s-]+", name)),
                          (m.start("name"), m.end()))
        place_named(ctx, mention, m.start("name"), m.end(), inside=True)
        out.append(mention)
    return out
