"""The words of a project noun phrase besides its head: what comes after the head and
belongs to the name ("the port of Zarubino" when it is modernised, "a project to produce
hydrogen" where it is placed, "carriers at Zvezda"), and whether the phrase names one
thing at all ("a joint project" does not; "Arc7 ice-class tankers" do; "the construction
of smart terminals" is a kind of thing).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract import project_phrases as pp
from kg.extract.lexicon import Lexicon
from kg.extract.project_fallback import facility_after
from kg.extract.project_products import product_of


def names_something(lex: Lexicon, text: str, m: re.Match[str], mods: list[str],
                     complement: str, kind: str, singular: str, end: int) -> bool:
    """A ship order needs a type and an order, a yard or a count; "a project" needs more."""
    if kind == "vessels":
        first = (m.group("mods").split() or [""])[0]
        ordered = re.match(r"order", m.group("dropped") or m.group("kept") or "", re.I)
        anchored = m.group("kept") or ordered or complement or facility_after(text, end) \
            or pp.NUMBER.match(first) or any(_SHIP_CLASS.fullmatch(w) for w in mods)
        # "orders for 26 vessels" counts orders; "experience in building carriers" is no order
        return bool((mods or complement) and anchored)
    if singular == "project":  # "a joint project", "the Korea-Russia project" name nothing
        weak = pp.words("weak-modifiers")
        return bool(complement or [w for w in mods
                                   if w.lower() not in weak and not pp.is_owner(lex, w)])
    return True


@lru_cache(maxsize=1)
def _on_subject() -> re.Pattern[str]:
    """"on an integrated urban control center": a new thing of a kind the project is on,
    said in common words (a proper name after "on" is where the project lies)."""
    heads = "|".join(sorted(pp.words("project-subjects"), key=len, reverse=True))
    return re.compile(rf"\s+on\s+an?\s+(?:[a-z][\w-]*\s+){{0,4}}(?:{heads})(?![\w-])")


#: an ice class or design code among a ship's modifiers: "Arc7", "Arc4", "Ice3"
_SHIP_CLASS = re.compile(r"[A-Z][a-z]{1,4}\d{1,2}(?:-class)?")


def uncounted_kind(m: re.Match[str], mods: list[str]) -> bool:
    """"the construction of smart terminals": plural things of a kind, neither counted nor
    named by a proper word, nor placed, are that kind of thing, not a project."""
    first = (m.group("mods").split() or [""])[0]
    return not pp.NUMBER.match(first) and not m.group("det") and \
        all(w[:1].islower() for w in mods)


def uncounted_orders(m: re.Match[str]) -> bool:
    """"won orders for Arc7 ice-class LNG carriers": orders for a type of ship name the
    ships; "orders for 15 ice-class LNG carriers" (counted) and "an order for ..." name
    the order, as releases and readers do."""
    if not re.match(r"orders\s", m.group("kept") or "", re.I):
        return False
    first = (m.group("mods").split() or [""])[0]
    return not pp.NUMBER.match(first)


#: an event's name: "the Eastern Economic Forum", "Innoprom-2019 exhibition"
EVENT_NAME = re.compile(r"(?:the\s+)?(?:[A-Z][\w'’&.-]*\s+){0,5}(?:Forum|Summit|Conference|"
                        r"Congress|Exhibition|Expo|Fair|Festival|Week|Show|Assembly)(?![\w-])")


def complement_of(text: str, end: int, kind: str, head: str, kept: bool,
                dropped: bool = False) -> str:
    """The words after the head that belong to the name ("the port of Zarubino" when it
    is modernised or developed; "a project to produce hydrogen" where it is placed)."""
    if head == "project":
        purpose = pp.PURPOSE.match(text, end)
        if purpose and not pp.np_pattern().search(purpose.group(0)):
            return purpose.group(0)
        subject = _on_subject().match(text, end)
        if subject:
            return subject.group(0)  # "a pilot project on an integrated control center"
        field = pp.BASED_ON_FIELD.match(text, end)
        if field:
            return field.group(0)  # "gas processing projects based on the X field"
    if kind == "vessels" or head == "project":
        fac = pp.AT_FACILITY.match(text, end)
        if fac and not EVENT_NAME.match(text, fac.start("fac")):  # "at the X Forum": shown
            return fac.group(0)
        named = pp.FOR_NAMED.match(text, end)
        if named and not kept and kind == "vessels":
            return named.group(0)
        built = pp.BUILT_FACILITY.match(text, end)
        if built and kind == "vessels":
            return f" at {built.group('fac')}"
        link = pp.LINKING.match(text, end) if head == "project" else None
        return link.group(0) if link else ""  # "a gas project linking Russia and Korea"
    if (kept or dropped) and kind == "infrastructure":
        obj = pp.OF_OBJECT.match(text, end)
        if obj:
            return obj.group(0)
    if kind == "infrastructure":
        to = pp.TO_PORT.match(text, end)
        if to:
            return to.group(0)
    ben = _beneficiary(text, end) or product_of(text, end, head)
    if ben:
        return ben
    link = pp.LINKING.match(text, end)
    if link:
        return re.split(r"\s+via\s+", link.group(0))[0]
    return ""


#: "for instructors in X": the beneficiary right after "for", no modifier before it
_FOR_BARE_BENEFICIARY = re.compile(r"\s+for\s+(?P<ben>[a-z]+)\b")


def _beneficiary(text: str, end: int) -> str:
    """"for Korean companies", "for instructors in X": whom the thing is for, read with or
    without a modifier before it (with one, "instructors in" would read "in" as the noun)."""
    for pattern in (pp.FOR_BENEFICIARY, _FOR_BARE_BENEFICIARY):
        ben = pattern.match(text, end)
        if ben and ben.group("ben") in pp.words("beneficiaries"):
            return ben.group(0)
    return ""


#: "the construction of the new X": "new" stops the modifiers the phrase reader takes, so
#: the making-action is read here; the thing is new, being made
_MADE_NEW = re.compile(r"\b(?:construction|building|creation)\s+of\s+the\s+new\s+$", re.I)


#: "the new terminal of X Airport, due in 2021", "scheduled for completion by 2024": a thing
#: still being made, with the year it is to be ready
DUE = re.compile(r"\b(?:due|scheduled|slated|set)\s+(?:for\s+(?:completion|commissioning|"
                  r"opening|launch)\s+|to\s+(?:open|be\s+(?:completed|commissioned|built|"
                  r"opened|ready))\s+)?(?:in|by)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?"
                  r"(?:19|20)\d\d\b")


def made_new(text: str, m: re.Match[str]) -> bool:
    """"the construction of the new international terminal of X airport", "the new terminal
    of X Airport, due in 2021": being made."""
    if m.group("kept") or m.group("dropped") or m.group("det"):
        return False
    if _MADE_NEW.search(text, max(0, m.start() - 40), m.start()):
        return True
    return bool(re.search(r"\bthe\s+new\s+$", text[max(0, m.start() - 10) : m.start()], re.I)) \
        and bool(DUE.search(text, m.end(), m.end() + 90))


def developed(m: re.Match[str], kind: str, complement: str) -> bool:
    """"the development of the port of Zarubino": a place's port that exists is developed,
    and the development is the project, as releases and readers name it (a new facility's
    "development" only says it is being made: "the development of a logistics hub")."""
    dropped = (m.group("dropped") or "").lower()
    return kind == "infrastructure" and dropped.startswith("development") and \
        bool(m.group("det")) and m.group("det").lower().startswith("the") and \
        complement.lstrip().startswith("of ")
