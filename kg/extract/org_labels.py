"""How a known body is labelled: the name the release writes for it.

"the Ministry of Health of the Russian Federation" written anywhere names the body by that
full name; a short form the release also writes within a fuller one ("Border Service",
"FSB Border Service") goes by the fuller; a body only implied by a title goes by the
reference name, since the title's wording is ours, not the release's.
"""

from __future__ import annotations

import re

from kg.extract import org_names
from kg.extract.context import Context
from kg.refdata import OrgRecord


def untailed(name: str) -> str:
    """The name less a state tail, as the organizations step writes it."""
    from kg.extract.orgs import _untailed

    return _untailed(name)


#: the Russian state's name kept as part of a body's written name
_RU_TAIL = " of the Russian Federation"


_ABBREVIATED = re.compile(r"\s*\([A-Za-z.&-]{2,12}\)$")


def label(ctx: Context, name: str, ref_id: str | None) -> str:
    """How the release names the body. A known body written anywhere under its full name
    ("the Ministry of Health of the Russian Federation") goes by that name; one only implied
    by a title ("Deputy Minister for the Development of the Far East and Arctic") goes by the
    reference name, since the title's wording is ours, not the release's; otherwise the
    release's wording, less a Korean country tail."""
    if ref_id is None:
        return untailed(name)
    ref = ctx.lex.orgs[ref_id]
    full = {ref.name_en, ref.name_en + _RU_TAIL} if ref.country == "RU" else {ref.name_en}
    written = {h.surface for h in ctx.lex.org_matcher.find(ctx.text)} | \
        {m.group(0) for m in re.finditer(re.escape(ref.name_en + _RU_TAIL), ctx.text)} | \
        _reference_written(ctx, ref.name_en)
    best = max(full & written, key=len, default=None) or _fuller_written(ctx, name, ref_id, written)
    if best:
        return best
    from kg.extract.org_publisher import caps_masthead

    head = caps_masthead(ctx)
    if head is not None and head[0] == name:  # "MINISTRY OF DEFENCE OF ..." atop the page
        return name
    titled = _titled_name(ctx, ref)
    if titled:
        return titled
    if _ABBREVIATED.sub("", name) == ref.name_en:  # "Russian Railways (RZD)": the name less
        return ref.name_en  # the abbreviation the release coins for later use
    if _DEMONYM_FORM.match(name) and _STATE_TAILED.search(ref.name_en):
        return ref.name_en  # "the Russian Government": the reference name spells the state
    if ref.name_en.endswith(_RU_TAIL) and ref.name_en.startswith("Ministry ") and \
            org_names.home_country(ctx) == "RU" and \
            ref.name_en.removeprefix("Ministry ") in ctx.text:
        return ref.name_en  # a Russian source's "Deputy Minister of X of the Russian Federation"
    if name.startswith("Ministry") and \
            not re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", ctx.text):
        return ref.name_en.removesuffix(_RU_TAIL)  # the state's name is not written either
    return untailed(name)


def _titled_name(ctx: Context, ref: OrgRecord) -> str | None:
    """"Deputy Minister of Natural Resources and Ecology of the Russian Federation": a Russian
    ministry the release names only through an officer's title written in the state's own style
    goes by the name that title spells, with the state's name, as the ministry writes itself;
    unless the release also writes the post without the state ("Deputy Minister of X"), and so
    names the ministry plainly too."""
    if ref.country != "RU" or ref.name_en.endswith(_RU_TAIL):
        return None  # a reference name spelling the state goes by the source's home (below)
    for name in (ref.name_en, *ref.variants_en):
        portfolio = name.removesuffix(_RU_TAIL).removeprefix("Ministry ")
        if portfolio == name or not portfolio.startswith(("of ", "for ")):
            continue
        if re.search(rf"\bMinister\s+{re.escape(portfolio)}{_RU_TAIL}(?![\w-])", ctx.text):
            plain = rf"\bMinister\s+{re.escape(portfolio)}(?!{_RU_TAIL}|[\w-]| of\b| and\b|,)"
            return None if re.search(plain, ctx.text) else f"Ministry {portfolio}{_RU_TAIL}"
    return None


def _reference_written(ctx: Context, name_en: str) -> set[str]:
    """"the Russian Ministry of Digital Development, Communications and Mass Media": the
    gazetteer matches the shorter "Russian Ministry of Digital Development" first, yet the
    reference name is written in full right after the demonym, so the body goes by it."""
    hits = ctx.lex.org_matcher.find(ctx.text)
    for m in re.finditer(rf"(?<![\w-]){re.escape(name_en)}(?![\w-])", ctx.text):
        if any(h.start < m.end() and m.start() < h.end < m.end() for h in hits):
            return {name_en}  # the matcher stopped short of the name written in full
    return set()


def _fuller_written(ctx: Context, name: str, ref_id: str, written: set[str]) -> str | None:
    """"Border Service" and, elsewhere, "FSB Border Service": a short form the release also
    writes within a fuller name of the same body goes by the fuller one."""
    fuller = [w for w in written if len(w) > len(name) and re.search(
        rf"(?<![\w-]){re.escape(name)}(?![\w-])", w) and ref_id in ctx.lex.org_ids_for(w)]
    return max(fuller, key=lambda w: (len(w), w), default=None)


#: "Russian Government": a state's adjective before a one-word name
_DEMONYM_FORM = re.compile(r"^(?:South\s+)?(?:Russian|Korean)\s+[A-Z][\w-]*$")
_STATE_TAILED = re.compile(r"\bof\s+the\s+(?:Russian Federation|Republic of Korea)$")
