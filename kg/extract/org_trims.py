"""Trimming a name found by its shape down to the body's own name.

A run of capitalised words ending in a head noun often carries words that are not the
body's: a seat written before it ("the Daejeon-based ..."), a site after it ("... on Jeju
Island"), a date ("... on Wednesday"), a title that opens the next phrase ("Ministry of X and
Deputy Minister Y"), or a law named after it ("the Medical Service Act"). These cuts are one
concern, kept apart from the finding of names (org_names).
"""

from __future__ import annotations

import re

from kg.extract.context import Context


def _openers() -> frozenset[str]:
    """org_names' sentence openers, read at call time (org_names imports this module)."""
    from kg.extract.org_names import _OPENERS

    return _OPENERS


#: "the Medical Service Act", "the Foreign Trade Bank Law": a law named after a body's shape
_LAW_AFTER = re.compile(r"\s+(?:Act|Law|Code|Bill|Decree|Ordinance)\b")


def names_a_law(ctx: Context, end: int) -> bool:
    """The capitalised words end in "Act" or "Law": they name a statute, not a body."""
    return _LAW_AFTER.match(ctx.text, end) is not None

#: "Daejeon-based", "St. Petersburg-headquartered": a seat written before the name
PLACE_BASED = re.compile(r"^(?:[A-Z][\w.'’]*\s+){0,3}[A-Z][\w.'’]*-(?:based|headquartered)\s+"
                          r"(?=[A-Z])")
#: "the National Typhoon Center on Jeju Island": an island or peninsula is where, not whose
_SITE_TAIL = re.compile(r"\s+on\s+(?:the\s+)?(?P<site>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})$")
_SITE_WORDS = re.compile(r"\b(?:Island|Islands|Peninsula)$")


def without_site_tail(ctx: Context, name: str) -> str:
    """"X Center on Jeju Island" is the "X Center": a complement after "on" that is a place
    (a known one, or one called an island or a peninsula) locates the body; "Committee on
    Northern Economic Cooperation" keeps its subject."""
    m = _SITE_TAIL.search(name)
    if m and (_SITE_WORDS.search(m.group("site")) or _is_place(ctx, m.group("site"))):
        return name[: m.start()]
    return name


def _is_place(ctx: Context, words: str) -> bool:
    """The whole of ``words`` is one known place."""
    return any(h.start == 0 and h.end == len(words) for h in ctx.lex.place_matcher.find(words))


_DEMONYM_TAIL = re.compile(r"\s+(?:and|&)\s+(?:South\s+)?(?P<dem>[A-Z][a-z]+)$")


def without_demonym_tail(ctx: Context, name: str, start: int) -> str:
    """"the Korea Institute of Energy Research and Russian research institutes": a state's
    adjective before a lower-case noun opens another phrase, not a field of the name."""
    m = _DEMONYM_TAIL.search(name)
    if m and (m.group("dem") in ctx.lex.demonyms or m.group("dem") in ("Korean", "Russian")) \
            and re.match(r"\s+[a-z]", ctx.text[start + len(name) : start + len(name) + 2]):
        return name[: m.start()]
    return name


#: "the Asia Culture Center on Sept. 27": a month written short after "on" is a date too
_MONTH_ABBR = frozenset("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())
_DATE_COMPLEMENT = re.compile(r"\s+(?:on|of|for)\s+(?:the\s+)?(?P<w>[A-Z][a-z]+)\b")


def cut_at_date(raw: str) -> str:
    """"the X Association on Wednesday": a weekday or a month after "on" is when, not a
    complement of the name."""
    for m in _DATE_COMPLEMENT.finditer(raw):
        if m.group("w") in _openers() or m.group("w") in _MONTH_ABBR and \
                m.group(0).split()[0] == "on":
            return raw[: m.start()]
    return raw


def cut_at_title(ctx: Context, raw: str) -> str:
    """"Ministry of Foreign Affairs and Deputy Minister X": a title after the head word ends
    the name; a title right after "of the" names the body's owner, and stays."""
    from kg.extract.org_names import heads_re

    head = re.search(rf"(?<![\w-])(?:{heads_re()})(?![\w-])", raw)
    if head:
        title = ctx.lex.titles.head_re.search(raw, head.end())
        if title and re.search(r"\bof\s+(?:the\s+)?$", raw[: title.start()]):
            return raw  # "Press Service of the Governor and Government of X": the owner's post
        if title:
            raw = re.sub(r"(?:\s+(?:and|of|for|on|the|&))+\s*$", "", raw[: title.start()].rstrip())
    return raw




#: "Border Service of Russia's Federal Security Service": a state as the possessor of the body
#: a part is "of"
_OF_STATE = re.compile(r"^(?P<part>.+?)\s+of\s+(?P<state>(?:South\s+)?Korea|Russia)$")
_OF_STATE_IN_TITLE = re.compile(r"\bof\s+(?:South\s+)?(?:Korea|Russia)(?:'s|’s)\s+(?=[A-Z])")


def of_state_possessor(possessor: str, rest: str) -> tuple[str, str] | None:
    """"Border Service of Russia's" + "Federal Security Service": the state owns the body the
    part is of, so the name is "Border Service of the Federal Security Service"; (name, the
    state's form) or None."""
    m = _OF_STATE.match(possessor)
    if m is None or not m.group("part")[:1].isupper():
        return None
    return f"{m.group('part')} of the {rest}", m.group("state").removeprefix("South ")


def title_of_state(title: str) -> str:
    """"head of the Border Service of Russia's Federal Security Service": the title with the
    state as possessor written "of the", the way the body's name goes."""
    return _OF_STATE_IN_TITLE.sub("of the ", title)


#: "the Moscow Department of Information Technologies and Seoul's digital agencies": a
#: possessor after "and" opens the next phrase; no name ends in one
_POSSESSOR_TAIL = re.compile(r"\s+(?:and|&)\s+[A-Z][\w.-]*(?:'s|’s)$")


def without_possessor_tail(name: str) -> str:
    """The name less a trailing "and <owner>'s"."""
    return _POSSESSOR_TAIL.sub("", name)


def opens_with_trade(name: str) -> bool:
    """"Shipping on the Northern Sea Route", "Shipping and Logistics Policy": a trade's head
    ("Shipping", "Logistics") names a company only after the company's own name; opening the
    words it is the activity itself."""
    from kg.extract.org_names import cues, heads_re

    first = re.match(r"[\w&.-]+(?:\s+[\w&.-]+)?", name)
    trades = cues().get("trade_head", {})
    if first is None or not (first.group(0).split()[0] in trades or first.group(0) in trades):
        return False  # "Marine Biology Institute": a body's own head later keeps the name
    heads = re.findall(rf"(?<![\w-])(?:{heads_re()})(?![\w-])", name)
    return all(h in trades or h.split()[0] in trades for h in heads)
