"""Names of a body's shape that, where they are written, name no body of their own.

A section heading in Title Case ("3. Mobile Consular Service in Khabarovsk") names a service
the text also writes in lower case; "the company's Power Service Business Group" is a unit of
a body named before; "a National Olympic Committee in Europe" is a kind of body; "Kremlin,
building 1" opens a postal address.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.context import Context

if TYPE_CHECKING:
    from kg.extract.org_names import Found

#: "the company's": a possessor that refers back to a body named before
_REFERENT_OWNER = re.compile(r"\b(?:(?:the|its|their)\s+(?:company|firm|group|corporation|"
                             r"ministry|agency|bank|university|institute)(?:'s|’s))\s+$")
#: "a", "another": an article before a kind of body, not before one body's name
_CLASS_BEFORE = re.compile(r"\b(?:an?|another|any|every|each)\s+$")
_CLASS_WORDS = frozenset("National Regional State Federal Local Foreign Municipal Provincial "
                         "Public Private International".split())
#: "Kremlin, building 1, Nizhny Novgorod": a name followed by a building's number is an address
_ADDRESS_AFTER = re.compile(r",?\s+(?:building|bldg\.?|block|house|korpus|office|room|floor)\s+"
                            r"\d", re.I)


def in_address(ctx: Context, end: int) -> bool:
    """"Kremlin, building 1, Nizhny Novgorod, 603082": a name written as the first part of a
    postal address names the premises, not a body acting in the news."""
    return _ADDRESS_AFTER.match(ctx.text, end) is not None


def written_as_common_noun(ctx: Context, name: str) -> bool:
    """A heading's Title Case ("Mobile Consular Service") that the release also writes in
    lower case ("will provide a mobile consular service") names an activity, not a body."""
    name = re.sub(r"\s+in\s+.*$", "", name)
    if len(name.split()) < 2 or not re.fullmatch(r"[A-Za-z -]+", name):
        return False
    return re.search(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])", ctx.text) is not None


#: "the Lakhta Center, a mixed-use complex", "the 462-meter X Center": what a building is
_BUILDING = r"(?:complex|building|tower|skyscraper|high-rise|landmark|venue|arena|stadium|" \
    r"(?:metro|subway|railway|rail|tram|bus)\s+line)"
_BUILDING_APPOSED = r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?" + _BUILDING + r"\b"
_HEIGHT_BEFORE = re.compile(r"\b\d[\d,.]*[- ](?:meter|metre|m|storey|story|floor)s?[- ]"
                            r"(?:high\s+|tall\s+)?$")


def is_building(ctx: Context, name: str) -> bool:
    """"the Lakhta Center, a mixed-use complex anchored by a tower", "the Big Circle Line, the
    longest metro line": a name the release describes, anywhere, as a building or a line (in
    apposition, or by its height) is a structure, not
    a body; its name is also the project's, and the body that runs it has a name of its own
    ("Lakhta Center Multifunctional Complex JSC")."""
    named = rf"(?<![\w-]){re.escape(name)}(?![\w-])"
    if re.search(named + _BUILDING_APPOSED, ctx.text):
        return True
    return any(_HEIGHT_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())
               for m in re.finditer(named, ctx.text))


def named_as_kind(ctx: Context, f: Found) -> bool:
    """The name stands for an activity, a unit of a body named before, a kind of body or a
    building."""
    if is_building(ctx, f.name):
        return True  # "the Lakhta Center, a mixed-use complex"
    if written_as_common_noun(ctx, f.name):
        return True  # "3. Mobile Consular Service in Khabarovsk" over "a mobile consular service"
    if _REFERENT_OWNER.search(ctx.text, max(0, f.start - 40), f.start):
        return True  # "head of the company's Power Service Business Group": a unit only
    return _CLASS_BEFORE.search(ctx.text, max(0, f.start - 12), f.start) is not None and \
        f.name.split(" ", 1)[0] in _CLASS_WORDS  # "with a National Olympic Committee in Europe"


#: "(MOEX: GMKN)", "(KRX: 010130)": an exchange's code before a share's ticker
_TICKER_AFTER = re.compile(r"\s*:\s*[A-Z0-9][A-Z0-9.]{0,11}\s*[);]")
#: "Major General of Internal Service", "Colonel of Justice": a rank names its service branch
#: without an article; the branch is no body of the news
_RANK_BEFORE = re.compile(r"\b(?:General|Colonel|Major|Lieutenant|Captain|Admiral|Commander|"
                          r"Sergeant|Counsellor)\s+of\s+$")


def exchange_code(ctx: Context, start: int, end: int) -> bool:
    """"Norilsk Nickel (MOEX: GMKN)": a stock exchange written only to give a listed
    company's ticker is where the shares trade, not a body taking part in the news."""
    return ctx.text[max(0, start - 2) : start].rstrip().endswith("(") and \
        _TICKER_AFTER.match(ctx.text, end) is not None


def rank_branch(ctx: Context, start: int) -> bool:
    """"Major General of Internal Service Ivan Petrov": the words after a rank's bare "of"
    are the service the rank belongs to (police, justice, internal service), not a body."""
    return _RANK_BEFORE.search(ctx.text, max(0, start - 40), start) is not None
