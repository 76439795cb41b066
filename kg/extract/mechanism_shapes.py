"""Shapes that tell a named body from a channel between two sides.

"Committee", "Council" and "Commission" name standing bodies far more often than the
channels two countries meet in: the Russian Olympic Committee, a city's Investment Council,
an Organizing Committee. A channel's name says it joins two sides ("Korea-Russia ...",
"KOGAS-Gazprom ...", "Joint ...", "Intergovernmental ..."), that it exists for
cooperation ("Forestry Cooperation Committee") or that a region's states meet in it
("Arctic Council"); a body's name says none of these, unless the text counts its meetings
("the 5th session of the X Committee").
"""

from __future__ import annotations

import re

from kg.extract.ordinals import ORDINAL

_BODY_HEAD = re.compile(r"(?<![\w-])(?:Committee|Council|Commission)$")
#: two parties joined ("Korea-Russia", "ROC-KSOC", "Russian-Korean") or a word of joining
_JOINING = re.compile(
    r"[A-Z][\w&]*\s?[-–/]\s?[A-Z]|\b(?:Joint|Intergovernmental|Inter-[Gg]overnmental|Bilateral|"
    r"Cooperation|Co-operation|Coordinat\w*|Co-ordinat\w*|Mixed|Partnership|Friendship)\b")
#: a region's many members meeting: "Arctic Council", "Pacific Fisheries Council"
_REGIONAL = re.compile(r"\b(?:Arctic|Pacific|Asia|Asian|Asia-Pacific|Eurasian|Northeast|"
                       r"North-East|Barents|Baltic|Tumen|Northern|Far\s+Eastern)\b")
_KOREA = re.compile(r"\b(?:Korea|Korean|ROK)\b")
_RUSSIA = re.compile(r"\b(?:Russia|Russian)\b")
_COUNTED = re.compile(rf"\b(?:{ORDINAL})\s+(?:(?:annual|regular|plenary)\s+)?"
                      r"(?:meeting|session|round|plenary)\s+of\s+(?:the\s+)?$", re.I)


def standing_body(text: str, start: int, end: int) -> bool:
    """True when text[start:end] names a committee or council that is a body, not a
    channel: no joining word, not both countries, and no counted meeting of it just before."""
    name = " ".join(text[start:end].split())
    if not _BODY_HEAD.search(name) or _JOINING.search(name) or _REGIONAL.search(name):
        return False
    if _KOREA.search(name) and _RUSSIA.search(name):
        return False  # "Committee on Trade between Korea and Russia"
    return not _COUNTED.search(text[max(0, start - 60) : start])


_SEMINAR_HEAD = re.compile(r"(?<![\w-])(?:Seminar|Symposium|Colloquium)\b")
_PAIRED = re.compile(r"^(?:Korea-Russia|[A-Z][\w&]*\s?[-–/]\s?[A-Z][\w&]*)\s|\bJoint\b")


def unpaired_seminar(name: str) -> bool:
    """True when a seminar, symposium or colloquium is no channel: one body's event
    ("the Investment Seminar"). A series of two sides says so in its name: "Korea-Russia
    Joint Seminar on X", "KIOST-POI Symposium on Y"."""
    return _SEMINAR_HEAD.search(name) is not None and _PAIRED.search(name) is None


#: "Related news:", "Read also:": what follows lists other stories, not this one's channels
_RELATED = re.compile(r"^(?:Related\s+(?:news|articles|stories)|Read\s+also|See\s+also|"
                      r"More\s+news|Other\s+news)\s*:?[ \t]*$", re.M)
#: "... at the Siberia International Exhibition and Business Centre": a building's name
_BUILDING_REST = re.compile(r"[ \t]+and[ \t]+(?:[A-Z][\w-]*[ \t]+){0,2}(?:Centre|Center|"
                            r"Complex|Hall|Park)\b")


def in_related_list(text: str, start: int) -> bool:
    """True when ``start`` lies after a "Related news:" header: another story's title."""
    m = _RELATED.search(text)
    return m is not None and m.start() < start


def building_name(text: str, end: int) -> bool:
    """True when a gathering's name at text[:end] runs on into a building's ("X Exhibition
    and Business Centre", "X Expo and Convention Center"): a hall, not a fair."""
    return _BUILDING_REST.match(text, end) is not None
