"""Sector words a sentence uses without speaking of the sector.

The means of an offence ("fraud committed using information technologies"), what a
photograph shows, and a figure's motion given as a reason ("as trade slumped") name a
sector's word but not an area anyone discussed.
"""

from __future__ import annotations

import re

#: "crimes committed with the use of information technologies": the means of an offence;
#: "presents photographs and archival documents: ... shipbuilding orders": what a picture
#: shows. Neither is an area the occasion speaks of.
_MEANS_OR_DEPICTION = re.compile(
    r"\b(?:(?:crimes?|offen[cs]es?|fraud)\s+(?:committed\s+)?(?:with\s+the\s+use\s+of|using|"
    r"through|via)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$|"
    r"(?:photographs|photos|pictures|images|archival\s+documents)\b[^.;]*$)", re.I)
#: "..., as trade between the two countries slumped": a figure's motion told as a reason
_AS_CLAUSE = re.compile(r"\b(?:as|while|since|because|when)\s+(?:the\s+)?(?:bilateral\s+)?$",
                        re.I)
_MOVED = re.compile(r"(?:\s+[\w-]+){0,5}?\s+(?:slump|fell|fall|declin|grew|grow|rose|rise|"
                    r"increas|decreas|drop|shrank|shrink|collaps|recover|plung|soar)\w*")


#: "our battery materials business", "the company's core business": a firm's own line of
#: work, not the economy as an area the sides discuss
_OWNED = re.compile(r"\b(?:our|its|their|his|her|whose|[\w&-]+['’]s)\s+(?:[\w-]+\s+){0,3}$")


#: "rather than shipping raw grain out of the region", "shipping them to China": the
#: gerund is a verb with its object, a firm moving goods, not shipping as an area
_VERB_OBJECT = re.compile(r"\s+(?:it|them|the|this|these|those|its|their|our|raw|out|back|"
                          r"abroad|directly)\b", re.I)


#: "a joint master's programme in port logistics", "a double-degree program in trade and
#: logistics": the field a degree teaches, an area of study rather than of cooperation
_DEGREE_FIELD = re.compile(r"\b(?:master['’]?s|bachelor['’]?s|doctoral|PhD|(?:double-|dual-)?"
                           r"degree|undergraduate|postgraduate|graduate)\s+(?:programmes?|"
                           r"programs?|courses?|degrees?|studies)?\s*in\s+(?:[\w'’-]+\s+){0,4}$",
                           re.I)


def told_aside(text: str, sent_start: int, start: int, end: int) -> bool:
    """Whether the sector word at ``start:end`` is a means, a depiction, a firm's own line
    of work, a verb with its object or a background motion rather than a topic."""
    if _MEANS_OR_DEPICTION.search(text, sent_start, start):
        return True
    if text[start:end].lower() == "shipping" and _VERB_OBJECT.match(text, end):
        return True
    if _DEGREE_FIELD.search(text, max(sent_start, start - 80), start):
        return True
    if text[start:end].lower() in ("business", "businesses") and \
            _OWNED.search(text, max(sent_start, start - 60), start):
        return True
    return bool(_AS_CLAUSE.search(text, max(sent_start, start - 30), start)
                and _MOVED.match(text, end))


#: "the Ministry of Science, ICT and Future Planning": a capitalised word in a list that
#: follows a body's head is a word of the body's name, even when no name was found for it
_IN_BODY_NAME = re.compile(r"\b(?:Ministry|Minister|Department|Committee|Commission|Agency|"
                           r"Service|Council)\s+(?:of|for|on)\s+(?:the\s+)?"
                           r"(?:[A-Z][\w-]*,?\s+(?:and\s+|&\s+)?)*$")


def in_body_name(text: str, sent_start: int, start: int) -> bool:
    """Whether the capitalised sector word at ``start`` continues a body's name."""
    return text[start:start + 1].isupper() and \
        _IN_BODY_NAME.search(text, max(sent_start, start - 80), start) is not None

