"""Documents of one kind signed with several counterparts at once: "A signed memorandums
of understanding with B and C on X" is one memorandum between A and B and another between
A and C, each named by its parties, as readers tell them apart.

The topic they share does not tell the two apart; the counterpart does. Without a named
signer before the verb, each is the kind "with" its counterpart.
"""

from __future__ import annotations

import re

_NAME = r"(?:[Tt]he\s+)?[A-Z][\w&.'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w&.'’-]*){0,5}"
#: "with Skoltech and HSE", "with the X University, Y Institute and Z": named counterparts
_WITH = re.compile(rf"with\s+(?P<list>{_NAME}(?:\s*,\s*{_NAME})*\s*,?\s+and\s+{_NAME})"
                   r"(?=\s+(?:on|in|for|concerning|regarding)\b|\s*[,.;]|$)")
#: "Samsung signed", "On Monday, the X Corporation has signed": the signer right before
_SIGNER = re.compile(rf"(?:^|[,;]\s+|\b(?:and|then|also)\s+)(?P<name>{_NAME})\s+(?:has\s+|have\s+|"
                     r"also\s+|then\s+)?(?:signed|concluded|inked)\s+$")
_NOT_NAMES = frozenset({"The", "They", "It", "He", "She", "We", "On", "In", "At"})


def counterparts(text: str, sent_start: int, doc_start: int, comp: str,
                 singular: str) -> list[str]:
    """One name per counterpart of a plural document signed "with A and B", or []."""
    m = _WITH.match(comp)
    if not m:
        return []
    parties = [p.strip() for p in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group("list"))
               if p.strip()]
    if len(parties) < 2:
        return []
    signer = _SIGNER.search(text[sent_start:doc_start])
    who = signer.group("name") if signer else ""
    if who.split(" ")[0] in _NOT_NAMES and len(who.split()) == 1:
        who = ""
    if who:
        return [f"{singular} between {who} and {p}" for p in parties]
    return [f"{singular} with {p}" for p in parties]


#: "between the operators", "between the two sides": parties only referred to
_COMMON_PARTIES = re.compile(r"between\s+(?:the\s+)?(?:two\s+|both\s+)?[a-z][\w-]*s")


def common_parties(comp: str) -> bool:
    """"the second agreement between the operators": parties told by a common noun name
    no document; the text refers to one named elsewhere."""
    return bool(_COMMON_PARTIES.fullmatch(comp.strip()))


#: a name that says no more than the kind: "agreement on cooperation", "cooperation
#: agreement", "memorandum of cooperation", "partnership agreement"
_BARE = re.compile(r"(?:(?:cooperation|partnership|friendship)\s+)?(?P<kind>[\w\s]+?)"
                   r"(?:\s+(?:on|of)\s+(?:(?:friendship|partnership|strategic|mutual)\s+and\s+)?"
                   r"(?:cooperation|partnership|friendship))?", re.I)
#: "The X Metro and Y Metro have signed": two bodies as the subject of the signing
_PAIR_SIGNED = re.compile(rf"(?:^|[,;]\s+|\b(?:day|week|month|year),?\s+)(?P<a>{_NAME})\s+and\s+"
                          rf"(?P<b>{_NAME})\s+(?:have\s+|has\s+|also\s+)?(?:signed|concluded)\s+"
                          r"(?:an?|the)\s+$")


#: a title or a name's shape that says the subject is people, not the bodies they lead
_PERSONAL = re.compile(r"\b(?:Mr|Ms|Mrs|Dr|Prof|Governor|Mayor|President|Rector|Minister|"
                       r"Director|Chairman|Chair|Head|Ambassador|CEO)\b|\b[A-Z][a-z]+-[a-z]{2,}\b")


def with_parties(ctx, sent, doc_start: int, name: str, kind: str) -> str:
    """"The X Metro and Y Metro have signed an agreement on cooperation": a name that
    is only its kind is told apart by the two bodies that signed it, as readers name it
    ("agreement on cooperation between the X Metro and Y Metro"). People who sign are
    not the parties."""
    bare = _BARE.fullmatch(name)
    if name.lower() != kind.lower() and \
            (bare is None or bare.group("kind").lower() != kind.lower()):
        return name
    if name.lower() == kind.lower() and re.match(
            rf"(?:[\w-]+\s+){{0,3}}?{re.escape(kind)}\s+(?:on|for|concerning|regarding)\s",
            ctx.text[doc_start : sent.end], re.I):
        return name  # "an agreement of intent on the project": its topic, told before, names it
    m = _PAIR_SIGNED.search(ctx.text[sent.start : doc_start])
    if m is None:
        return name
    lo, hi = sent.start + m.start("a"), sent.start + m.end("b")
    if any(s < hi and lo < e for p in ctx.persons for s, e in [p.first_span, *p.spans]) or \
            any(p.family and p.family in m.group(0) for p in ctx.persons) or \
            _PERSONAL.search(m.group(0)):
        return name
    first = re.sub(r"^The\s", "the ", m.group("a"))
    return f"{name} between {first} and {m.group('b')}"
