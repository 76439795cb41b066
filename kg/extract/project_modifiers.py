"""The words before a project noun phrase's head that name it: leading weak words go,
"joint" stays where it tells a facility two sides run from others, and a name told in
apposition before the phrase ("Zvezda, the shipbuilding complex in X") is its modifier,
unless that name is a place's ("the minister of X Oblast, the project will ...").
"""

from __future__ import annotations

import re

from kg.extract import project_phrases as pp
from kg.extract.context import Context

#: "a pilot project to X" is told from the project to X it tries out: "pilot" stays
_PILOT = frozenset({"pilot"})


#: a locative right before a phrase's modifiers: its first capitalised word is a place
_PLACED = re.compile(r"\b(?:in|near|at)\s+$")


def modifiers(ctx: Context, m: re.Match[str], singular: str) -> list[str]:
    """The name's words before the head: what tells this facility from others of its kind."""
    # "a joint rehabilitation center", "a joint youth camp": a facility two sides run
    # together is told from others by "joint", which stays in its name ("three joint
    # research centers" are told one by one where they are, project_lists.py)
    one = singular == " ".join(m.group("head").lower().split())
    mods = pp.strip_weak([w.strip("\"“”") for w in m.group("mods").split()
                          if not re.fullmatch(pp.ACRONYM, w)],
                         keep_joint=singular == "project" or one,
                         keep=_PILOT if singular == "project" else frozenset())
    # "Hyundai Motor's car plant" is the Hyundai Motor car plant: a firm's name of several
    # words, its possessive closing it, names the plant as its plain modifier would
    mods = [w[:-2] if i and w[:1].isupper() and w.endswith(("'s", "’s")) else w
            for i, w in enumerate(mods)]
    if len(mods) > 2 and mods[1].lower() == "and" and mods[0][:1].isupper() and \
            not m.group("det") and _PLACED.search(ctx.text, max(0, m.start() - 8), m.start()):
        # "a plant in Lesosibirsk and greenhouse projects near X": the town (one the
        # gazetteer may lack) ends the phrase before; the next one starts after "and"
        mods = mods[2:]
    lo = max(0, m.start() - 40)
    appos = re.search(r"(?<![\w-])([A-Z][\w-]+),\s+$", ctx.text[lo : m.start()])
    if appos and not mods and (m.group("det") or "").lower() == "the " and \
            not _ends_place(ctx, lo + appos.end(1)):
        return [appos.group(1)]  # "Zvezda, the shipbuilding complex in X": Zvezda's
    return mods


def _ends_place(ctx: Context, end: int) -> bool:
    """"the minister of X Oblast, the project will ...": a place's name ends at the comma,
    so what follows is no apposition of a facility's name."""
    return any(h.end == end for h in ctx.places_in(max(0, end - 60), end))
