"""Which project mentions name one project: a fuller and a shorter naming ("the Korean
industrial complex" / "the complex"), a named route and its later short form ("the
Primorye-2 international transport corridor" / "the Primorye-2 corridor"); and which
naming and place the merged project keeps.
"""

from __future__ import annotations

from kg.extract.project_phrases import Mention


def _same(a: Mention, b: Mention) -> bool:
    if a.kind != b.kind or a.head != b.head:
        return False
    if a.kind == "link":
        return a.label == b.label
    if a.place_from_tail and b.place_from_tail and a.place_id != b.place_id:
        return False  # "a plant in Amursk", "a plant in Nakhodka": two plants
    return a.mods <= b.mods or b.mods <= a.mods


def merge(mentions: list[Mention]) -> list[Mention]:
    """One project per group of mentions naming it; the first full naming gives the label."""
    projects: list[Mention] = []
    for m in mentions:
        for p in projects:
            if _same(p, m):
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
