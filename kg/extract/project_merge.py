"""Which project mentions name one project: a fuller and a shorter naming ("the Korean
industrial complex" / "the complex"), a named route and its later short form ("the
Primorye-2 international transport corridor" / "the Primorye-2 corridor"), "the X
construction project" after the X plant it builds, a restatement that only adds whose the
project is ("the first Egyptian nuclear power plant" after "the X nuclear power plant");
and which naming and place the merged project keeps.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.extract.project_links import LINK_HEAD
from kg.extract.project_phrases import Mention, words


def _proper(m: Mention, owner: Callable[[str], bool]) -> set[str]:
    """The capitalised words before the head of a naming that are not a country's ("El
    Dabaa", not "Egyptian"), nor an acronym; a place tail ("in Nakhodka") is not its name."""
    return {w for w in m.label.split() if w[:1].isupper() and not w.isupper() and not owner(w)
            and w.lower() in m.mods}


def _same(a: Mention, b: Mention, owner: Callable[[str], bool] = lambda w: False) -> bool:
    """Does ``b`` (later) name the project ``a`` names?"""
    if a.kind == b.kind == "np" and b.head == "project" and a.head != "project" and \
            _proper(a, owner) and _proper(a, owner) <= _proper(b, owner):
        return True  # "the El Dabaa NPP construction project" after "the El Dabaa ... plant"
    if _same_facility(a, b, owner):
        return True  # "the SKIF synchrotron" and "the SKIF ... synchrotron radiation source"
    if b.place_only and a.head == b.head == "project" and a.place_id == b.place_id:
        return True  # "a pilot project to X in Khabarovsk ... the Khabarovsk project"
    if _restated_project(a, b) or _route_project(a, b) or _route_project(b, a):
        return True
    if "named" in (a.kind, b.kind) and a.label.lower() == b.label.lower():
        return True  # "the construction of the X Ring Road ... is building the X Ring Road"
    if {a.kind, b.kind} == {"named", "service"}:
        return _same_ends(a, b)
    if a.kind != b.kind or a.head != b.head:
        return False
    if a.head == LINK_HEAD:
        return True  # "the power link", "a grid connection": one link between two countries
    if a.kind == "link":
        return a.label == b.label
    if a.place_from_tail and b.place_from_tail and a.place_id != b.place_id:
        return False  # "a plant in Amursk", "a plant in Nakhodka": two plants
    # "a joint medical center" and "the Korean-Russian medical center": "joint" tells
    # no two projects apart
    am, bm = set(a.mods) - {"joint"}, set(b.mods) - {"joint"}
    if am <= bm or bm <= am:
        return True
    # "the first Egyptian nuclear power plant" after "the El Dabaa nuclear power plant": a
    # restatement that adds only whose it is to a naming with a proper name
    own = {w.lower() for w in b.label.split() if owner(w)}
    return bool(_proper(a, owner)) and bool(own) and b.mods - own <= a.mods


def _names(m: Mention, owner: Callable[[str], bool]) -> set[str]:
    """A naming's own proper words, acronyms too ("SKIF", "Zvezda"): not a country's, not a
    term's acronym ("LNG"), not in its place tail."""
    generic = words("generic-acronyms")
    return {w for w in m.label.split() if w[:1].isupper() and not owner(w) and
            w.lower() not in generic and w.lower() in m.mods}


def _same_facility(a: Mention, b: Mention, owner: Callable[[str], bool]) -> bool:
    """"the SKIF synchrotron in X" and "the SKIF fourth-generation synchrotron radiation
    source": two namings with the same proper words, one's head among the other's words,
    are one facility."""
    if a.kind != "np" or b.kind != "np" or "project" in (a.head, b.head):
        return False
    names = _names(a, owner)
    if not names or names != _names(b, owner):
        return False
    return a.head in b.label.lower().split() or b.head in a.label.lower().split()


#: a route named by its two ends: "Rajin-Khasan", "Busan-Vladivostok"
_ENDS = re.compile(r"(?<![\w-])[A-Z][a-z]+[-–][A-Z][a-z]+(?![\w-])")


def _route_project(a: Mention, b: Mention) -> bool:
    """"the A-B logistics project" and "the A-B route": a project and the route it runs,
    named by the same two ends, are one project."""
    if b.label.lower().split()[-1] != "project" or a.label.lower().split()[-1] == "project":
        return False
    if not any(w in _ROUTE_WORDS for w in a.label.lower().split()):
        return False
    ends = {e.replace("–", "-") for e in _ENDS.findall(a.label)}
    return bool(ends) and ends == {e.replace("–", "-") for e in _ENDS.findall(b.label)}


def _restated_project(a: Mention, b: Mention) -> bool:
    """"a hydrogen production project in Sakhalin Oblast ... the Sakhalin hydrogen cluster":
    a definite naming, in the same place, of what a project was said to be about (its
    common words all among the project's; its proper ones only the place) is that project."""
    if not (a.kind == b.kind == "np" and a.head == "project" != b.head and b.definite
            and a.place_id and a.place_id == b.place_id):
        return False
    proper = {w.lower() for w in b.label.split() if w[:1].isupper()}
    common = set(b.mods) - proper - {"joint"}
    return bool(common) and common <= a.mods


def _same_ends(a: Mention, b: Mention) -> bool:
    """"the Busan-Vladivostok ferry line" and "the ferry line between Busan and
    Vladivostok": a route named by its ends and one told by them, of the same kind."""
    named, service = (a, b) if a.kind == "named" else (b, a)
    words = set(named.label.lower().replace("–", "-").replace("-", " ").split())
    ends = [set(place.split("-")) for place in service.mods]
    kind = service.label.lower().split()
    return len(ends) >= 2 and all(e <= words for e in ends) and \
        any(w in words for w in kind[:3] if w in _ROUTE_WORDS)


#: what a route is, as both namings say it
_ROUTE_WORDS = frozenset({"ferry", "line", "route", "railway", "link", "flights", "train",
                          "service", "corridor"})


def merge(mentions: list[Mention], owner: Callable[[str], bool] = lambda w: False) -> list[Mention]:
    """One project per group of mentions naming it; the first full naming gives the label.
    ``owner`` says whether a word only names a country ("Korean", "Egyptian")."""
    projects: list[Mention] = []
    for m in mentions:
        for p in projects:
            if _same(p, m, owner):
                p.group.append(m)
                break
        else:
            m.group = [m]
            projects.append(m)
    for p in projects:
        named = [m for m in p.group if not m.bare] or p.group
        p.label = named[0].label
        p.span = named[0].span
        tails = [m for m in p.group if m.place_from_tail] or [m for m in p.group if m.place_id]
        p.place_id = tails[0].place_id if tails else None
    return projects
