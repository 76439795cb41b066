"""Historic buildings restored as a project: "the Kim House in Ussuriysk, the former home
of ..., which the Ministry restored and opened as a museum", "which is being restored with
Korean support". The building's own name is the project; its place tail places it. A
building only visited or named is none (the restoration verb in its relative clause is
what makes it one).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract import project_phrases as pp
from kg.extract.context import Context
from kg.extract.project_phrases import Mention

#: the relative clause that restores the building told before it (an apposition between)
_RESTORED = re.compile(r"[^.;]{0,160}?\bwhich\s+(?:is\s+being\s+|was\s+|has\s+been\s+|"
                       r"(?:the\s+)?(?:[A-Z][\w-]*\s+){1,4})(?:restored|renovated|rebuilt)\b")


@lru_cache(maxsize=1)
def _building() -> re.Pattern[str]:
    """"the X House", "the Y Memorial Hall": capitalised words ending in a building word."""
    ends = "|".join(sorted(pp.vocab().get("heritage-buildings", []), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])[Tt]he\s+(?P<name>(?:[A-Z][\w'’-]*\s+){{1,4}}(?:{ends}))"
                      rf"(?![\w-])")


def restored_buildings(ctx: Context) -> list[Mention]:
    """Each named building a relative clause after it restores, placed by its tail."""
    from kg.extract.project_routes import place_named

    out: list[Mention] = []
    for m in _building().finditer(ctx.text, ctx.body_start):
        if not _RESTORED.match(ctx.text, m.end()) or \
                any(m.group("name") == o.label for o in out):
            continue
        name = " ".join(m.group("name").split())
        mention = Mention(name, "named", "named",
                          frozenset(w.lower() for w in re.split(r"[\s-]+", name)),
                          (m.start("name"), m.end("name")))
        place_named(ctx, mention, m.start("name"), m.end("name"))
        out.append(mention)
    return out
