"""Trade negotiations held in numbered rounds, read as a channel of their own.

"the 5th round of negotiations on the Korea-Russia Services and Investment Free Trade
Agreement (FTA)" and a headline's "Fifth Round of Services and Investment FTA Negotiations"
tell one recurring channel, the negotiations on that agreement, met round after round like
a committee. The agreement's name is capitalised; the channel noun is not, so the title-case
reader in ``mechanisms.py`` cannot see it. Later "the negotiations" is the same channel.
"""

from __future__ import annotations

import re

from kg.extract.context import Context, MechanismMention
from kg.extract.lexicon import fold
from kg.ids import entity_iri
from kg.namespaces import KGO

_CAPS = r"(?:[A-Z][\w-]*[^\S\n]+(?:and[^\S\n]+|&[^\S\n]+)?)*?"
_FTA = r"(?:Free[^\S\n]+Trade[^\S\n]+Agreement|FTA|Economic[^\S\n]+Partnership[^\S\n]+Agreement)"
#: "negotiations on the X Free Trade Agreement (FTA)"
_ON_THE = re.compile(rf"\b(?:negotiations|talks)[^\S\n]+(?:on|for)[^\S\n]+"
                     rf"(?:the[^\S\n]+|an?[^\S\n]+)?(?P<x>{_CAPS}{_FTA})(?:[^\S\n]+\(FTA\))?")
#: "X FTA negotiations", "Services and Investment FTA Negotiations"
_BEFORE = re.compile(rf"(?<![\w-])(?P<x>(?:[A-Z][\w-]*[^\S\n]+(?:and[^\S\n]+|&[^\S\n]+)?)+?"
                     rf"{_FTA})[^\S\n]+(?:[Nn]egotiations|[Tt]alks)\b")
_LATER = re.compile(r"\b[Tt]he[^\S\n]+(?:FTA[^\S\n]+)?negotiations\b")
_NOT_NAME = re.compile(r"^(?:The|A|An|Hold|Holds|Held|Round|Rounds|Of|On|And|Korea and Russia|"
                       r"Fifth|Sixth|First|Second|Third|Fourth)\s+")


def find_negotiations(ctx: Context) -> None:
    """Each agreement under negotiation becomes one channel; every mention is kept."""
    found: list[MechanismMention] = []
    for pattern in (_ON_THE, _BEFORE):
        for m in pattern.finditer(ctx.text):
            if any(s <= m.start("x") < e for s, e in ctx.name_spans):
                continue
            x = _trim(m.group("x"))
            if x is None:
                continue
            name = f"{x} negotiations"
            key = _key(x)
            iri = entity_iri("mechanism", key)
            known = ctx.out.label_of(iri) or ""
            ctx.out.entity("mechanism", key, KGO.Mechanism, name, m.span())
            if len(name) > len(known) and known:
                ctx.out.replace_label(iri, name)  # the fullest wording the release gives
            found.append(MechanismMention(iri, name, (m.start(), m.end()), "negotiations"))
            ctx.name_spans.append((m.start(), m.end()))
    found += _lower_case(ctx)
    if not found:
        return
    ctx.mechanisms.extend(found)
    for m in _LATER.finditer(ctx.text, ctx.body_start):
        if any(s <= m.start() < e for s, e in ctx.name_spans):
            continue
        told = [f for f in found if f.span[1] <= m.start()] or found
        near = max(told, key=lambda f: f.span[0])
        ctx.mechanisms.append(MechanismMention(near.iri, near.name, m.span(), "negotiations"))


#: "negotiations on a Korea-Russia free trade agreement in services and investment"
_LOWER = re.compile(r"\b(?:negotiations|talks)\s+(?:on|for)\s+(?:an?|the)\s+"
                    r"(?P<x>(?:Korea|ROK|Russia)\s*"
                    r"[-–]\s*(?:Russia|Korea|ROK))\s+free\s+trade\s+agreement\s+(?:on|in)\s+"
                    r"(?P<on>[a-z]+(?:\s+and\s+[a-z]+)?)\b")


def _lower_case(ctx: Context) -> list[MechanismMention]:
    """The agreement written in lower case: the channel is named in short, "Korea-Russia FTA
    negotiations on services and investment"."""
    out = []
    for m in _LOWER.finditer(ctx.text):
        if any(s <= m.start() < e for s, e in ctx.name_spans):
            continue
        x = _trim(f"{m['x']} FTA")
        if x is None:
            continue
        name = f"{x} negotiations on {m['on']}"
        key = _key(f"{x} on {m['on']}")
        iri = ctx.out.entity("mechanism", key, KGO.Mechanism, name, m.span())
        out.append(MechanismMention(iri, name, m.span(), "negotiations"))
        ctx.name_spans.append(m.span())
    return out


def _trim(x: str) -> str | None:
    """The agreement's own name, without a headline's verbs and counts before it."""
    x = " ".join(x.split())
    while True:
        m = _NOT_NAME.match(x)
        if m is None:
            break
        x = x[m.end():]
    x = re.sub(r"^(?:Korea|ROK|South Korea)\s*[-–]\s*Russia\b|^Russia\s*[-–]\s*(?:Korea|ROK)\b",
               "Korea-Russia", x)
    return x if len(x.split()) >= 2 else None


def _key(x: str) -> str:
    """One channel whether the agreement is spelt out or abbreviated."""
    x = re.sub(r"^Korea-Russia\s+", "", x)
    x = re.sub(r"Free Trade Agreement", "FTA", x)
    return "negotiations " + fold(x)
