"""Channels named "... Meeting": "the 21st Korea-Russia Heads of Customs Meeting".

"Meeting" ends the names of one-off occasions as often as of channels ("Korea-Russia
Foreign Ministers' Meeting on the Sidelines of the UN General Assembly"), so it is no head
of ``mechanisms.HEADS``. A number before the name is what makes it a series: the 21st
of something is held again. Once so named, the same words without the number ("The Heads
of Customs Meeting has been held since 1999") are the same channel.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.context import Context, MechanismMention
from kg.extract.mechanisms import canonical, known_label, mechanism_key, strip_bilateral
from kg.extract.ordinals import ORDINAL
from kg.ids import entity_iri
from kg.namespaces import KGO

_WORD = r"[A-Z][\w'’]*(?:[-–][A-Z][\w'’]*)*"
_NUMBERED = (r"(?<![\w-])(?i:{ordinal})[^\S\n]+(?P<name>(?:{word}[^\S\n]+(?:(?:of|and|for|on)"
             r"[^\S\n]+)?){{1,7}}?Meeting)(?![\w-])")


@lru_cache(maxsize=1)
def _numbered() -> re.Pattern[str]:
    return re.compile(_NUMBERED.format(ordinal=ORDINAL, word=_WORD))


def numbered_meetings(ctx: Context) -> None:
    """Every "<ordinal> <Name> Meeting" of the release, then its unnumbered repeats."""
    found: dict[str, MechanismMention] = {}
    hits = [m for m in _numbered().finditer(ctx.text)
            if not any(s <= m.start("name") < e for s, e in ctx.name_spans)]
    names = [canonical(m.group("name")) for m in hits]
    for m, name in zip(hits, names, strict=True):
        if len(strip_bilateral(name).split()) < 2 or re.match(r"(?i)(?:Meeting|Session)\b", name):
            continue
        # a headline's "11th Heads' Meeting" of the body's "11th KIPO-Rospatent Heads' Meeting"
        name = max((n for n in names if n.endswith(" " + name)), key=len, default=name)
        mention = _mention(ctx, name, (m.start("name"), m.end("name")))
        if len(mention.name) > len(found[mention.iri].name if mention.iri in found else ""):
            found[mention.iri] = mention  # the fullest wording names the repeats
    for mention in found.values():
        words = strip_bilateral(mention.name).split()
        again = re.compile(r"(?<![\w-])" + r"[^\S\n]+".join(map(re.escape, words)) + r"(?![\w-])")
        for m in again.finditer(ctx.text, ctx.body_start):
            if any(s <= m.start() < e for s, e in ctx.name_spans):
                continue
            ctx.mechanisms.append(MechanismMention(mention.iri, mention.name,
                                                   (m.start(), m.end()), "meeting"))
            ctx.name_spans.append((m.start(), m.end()))


def _mention(ctx: Context, name: str, span: tuple[int, int]) -> MechanismMention:
    key = mechanism_key(ctx, name)
    label = known_label(ctx, key, name, name)
    iri = entity_iri("mechanism", key)
    ctx.out.entity("mechanism", key, KGO.Mechanism, label, span)
    known = ctx.out.label_of(iri) or ""
    if len(label) > len(known):
        ctx.out.replace_label(iri, label)  # "Korea-Russia Heads of ..." over the headline's
    mention = MechanismMention(iri, label, span, "meeting")
    ctx.mechanisms.append(mention)
    ctx.name_spans.append(span)
    return mention
