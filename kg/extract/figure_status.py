"""Whether a figure is a target or a fact: goals, plans and undated futures are targets
("to reach $30 billion by 2030"); a sum pledged or committed, a contracted volume and
anything told as reached are facts of the release ("will provide USD 2 billion", "will
build a terminal for 4.2 bln rubles", "the project will cost 2.5 billion won", "trade
reached $24 billion").
"""

from __future__ import annotations

import re

#: "the terminal, which is to handle up to 20 mln tonnes a year": what a thing still to be
#: built "is to" do is planned, a goal like "is expected to"
_TARGET = re.compile(r"\b(?:targets?|goals?|aims?|aiming|plans?|planned|expected to|projected|"
                     r"(?:is|are)\s+to\s+(?!be\b)[a-z]+|"
                     r"seeks?|hopes?|to reach|to raise|to increase|to expand|"
                     r"to boost|pledged)\b", re.I)
#: a future with a date of its own ("will catch 25,000 tons next year") is a dated fact
_FUTURE = re.compile(r"\b(?:will|would|shall)\b")
_OBSERVED = re.compile(r"\b(?:reached|reaching|amounted|amounting|stood|totaled|totalled|recorded|"
                       r"was|were|increased|rose|grew|continued|topping|topped|hit|exceeded|surpassed|"
                       r"numbered|fell|dropped|declined|decreased|shrank|jumped|surged|climbed|"
                       r"doubled|tripled|"
                       r"(?:had|has|have)\s+(?:grown|risen|increased|climbed|jumped|surged|"
                       r"expanded|fallen|dropped|declined|doubled|tripled))\b")

#: "will provide USD 2 billion in financing", "will pay fees of 6.8 billion won", "facilities
#: worth 2.5 billion won": a sum pledged or committed is a fact of the deal, not a goal to
#: reach; a project's planned investment is the size of the deal, a fact of it too
_COMMITTED = re.compile(
    r"(?:\b(?:invest|provide|allocate|lend|finance|fund|contribute|spend|earmark|commit|pay|"
    r"put|cost)\w*|"
    r"\b(?:worth|valued\s+at|(?:(?<!expected\s)(?<!projected\s)investments?|"
    r"fees?|costs?|loans?|financing|sum|amount)\s+(?:of|is|was|will\s+be|amounts\s+to)))\s+"
    r"(?:(?:up\s+to|about|some|around|nearly|almost|approximately|over|more\s+than|"
    r"a\s+total\s+of|an\s+additional|another)\s+)*$", re.I)


#: "54.3 billion rubles, or about $850 million": the same sum in another currency
_CONVERSION = re.compile(r"(?:US\$|[$€₩]|RUB|USD|KRW)?\s?\d[\d,.]*(?:\s+(?:trillion|billion|"
                         r"million|bn|mln|thousand))?(?:\s+[a-zA-Z]+)?,?\s+or\s+(?:about\s+|around\s+|"
                         r"roughly\s+|some\s+|nearly\s+|approximately\s+|almost\s+)?$")


#: "Novatek will supply up to 2 mln tonnes of LNG per year": the volume a supply deal fixes
#: is a term of the deal, not a goal
_CONTRACTED = re.compile(r"\b(?:supply|supplies|deliver|delivers|receive|receives)\s+"
                         r"(?:(?:up\s+to|about|around|some|approximately|a\s+total\s+of)\s+)*$",
                         re.I)


#: "will build a logistics terminal in the zone for 4.2 bln rubles": the price of what a deal
#: builds or buys is a term of the deal
_PRICED = re.compile(r"\b(?:build|construct|open|create|develop|launch|buy|acquire|purchase|"
                     r"modernize|modernise|renovate|upgrade|order)\w*\b[^.;]{0,100}?\bfor\s+"
                     r"(?:(?:up\s+to|about|some|around|nearly|almost|approximately|over|"
                     r"more\s+than|a\s+total\s+of)\s+)*$", re.I)


#: "the plant will have a capacity of 60,000 tons a year": the size a thing is built to is
#: a fact of it, told in the future or not
_CAPACITY = re.compile(r"\bcapacit(?:y|ies)\s+of\s+(?:(?:up\s+to|about|some|around|nearly|"
                       r"almost|approximately|over|more\s+than)\s+)*$", re.I)


#: "the complex will be able to produce 3 million tonnes a year": what a thing can do is its
#: size, a fact of it like a capacity
_CAPABLE = re.compile(r"\b(?:able\s+to|can|could)\s+(?:produce|process|handle|make|manufacture|"
                      r"store|treat|accommodate|hold|carry)\b[^.;:]{0,80}$", re.I)
#: "the line will ... create 120 new jobs": the jobs a decided project brings are a fact of it
_CREATED = re.compile(r"\b(?:create|creates|creating|generate|generates|generating)\s+"
                      r"(?:(?:up\s+to|about|some|around|nearly|over|more\s+than|"
                      r"approximately)\s+)*$", re.I)
#: "will add up to 90 million packs a year to the plant's output": the capacity a line adds
_ADDED = re.compile(r"\badds?\s+(?:up\s+to\s+|about\s+|some\s+|another\s+)?$", re.I)
_TO_OUTPUT = re.compile(r"[^.;]{0,30}?\bto\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}"
                        r"(?:output|capacity|capacities|production)\b", re.I)
#: "is expected to rise from about 38,000 tonnes in 2018 to 60,000": the base of a planned
#: rise, told for a past year, was reached
_FROM_BASE = re.compile(r"\bfrom\s+(?:(?:about|some|around|nearly|almost|over|roughly)\s+)?$", re.I)


def past_base(text: str, start: int) -> bool:
    """The number is the "from" base of a change (whose past date the caller checks)."""
    return bool(_FROM_BASE.search(text, max(0, start - 30), start))


def present_base(text: str, start: int, end: int) -> bool:
    """"will rise from 120 to 210 next year": the "from" base of a coming change, which
    is the count of the present (the caller checks the change is dated ahead)."""
    return past_base(text, start) and bool(_NOW_TO.match(text[end : end + 30]))


#: "from 120 to 210", "from about 40 researchers now to 150", "up from about 500 at present":
#: the base is the present's count
_NOW_TO = re.compile(r"\s+(?:(?:now|today|currently|at\s+present)\s+)?to\s+(?:about\s+|some\s+)?\d|"
                     r"\s+(?:now|today|currently|at\s+present)\b")


def _built_size(text: str, window: str, m) -> bool:
    """What a facility can do, adds to its output or the jobs it creates: facts of it."""
    if _TARGET.search(window):
        return False
    return bool(_CAPABLE.search(window) or _CREATED.search(window) or
                _ADDED.search(window) and _TO_OUTPUT.match(text, m.end()))


#: "a 1.9 trillion-won oil storage complex": a sum joined to its noun prices the thing named,
#: a fact of it even in a sentence about hopes
_PRICED_THING = re.compile(r"\b(?:a|an)\s+$", re.I)


def _priced_thing(text: str, window: str, m) -> bool:
    """The sum is a compound adjective of the noun after it ("a 1.9 trillion-won complex")."""
    return bool(m.group("unit")) and "-" in m.group(0) and bool(_PRICED_THING.search(window)) \
        and bool(re.match(r"\s+(?:\([^()]*\)\s+)?[a-z]", text[m.end() : m.end() + 60]))


def _before_conversion(window: str) -> str:
    """A sum restated in another currency has the status of the sum it restates: what came
    before that sum decides."""
    m = _CONVERSION.search(window)
    return window[: m.start()].rstrip() + " " if m else window


def is_target(text: str, start: int, m, dated: bool) -> bool:
    """Goals, plans and undated futures; "by 2025" after the number. A committed sum is
    none of these."""
    window_before = _before_conversion(text[max(start, m.start() - 120) : m.start()])
    window_after = text[m.end() : m.end() + 20]
    if re.match(r"\s*(?:by|until|till)\s+(?:the\s+end\s+of\s+)?\d{4}", window_after):
        return True
    if _priced_thing(text, window_before, m):
        return False
    if (m.group("cur") or m.group("unit") and m.group("unit") not in ("%", "percent")) and \
            (_COMMITTED.search(window_before) or _PRICED.search(window_before)):
        return False
    if _OBSERVED.search(window_before) or _CONTRACTED.search(window_before) or \
            _CAPACITY.search(window_before) or _built_size(text, window_before, m):
        return False
    return bool(_TARGET.search(window_before)) or \
        not dated and bool(_FUTURE.search(window_before) or _future_subject(text, start, m))


#: "Sixty Korean SMEs in the fields of food and cosmetics will hold video talks": a count
#: that opens its clause as the subject of a future verb counts who is still to come
_OPENS = re.compile(r"\W*(?:(?:About|Some|More\s+than|Over|Around|Nearly|Up\s+to|A\s+total\s+of)"
                    r"\s+)?$", re.I)
_WILL = re.compile(r"[^.;:!?]{0,100}?\b(?P<v>will|shall|are\s+(?:expected|scheduled|set|due|to))\b")
#: a verb told in the past before the future one: the count is of what happened ("About 300
#: guests attended the opening of the centre, which will serve ...")
_DONE = re.compile(r"\b(?:were|was|have|has|had|did|took|drew|came|met|held|saw|won|made|"
                   r"(?<!-)[a-z]{3,}ed|which|who|where)\b")


def _future_subject(text: str, start: int, m) -> bool:
    """The number opens its clause and the first verb after it is a future one."""
    if not _OPENS.fullmatch(text, start, m.start()):
        return False
    will = _WILL.match(text, m.end())
    return bool(will) and not _DONE.search(text, m.end(), will.start("v"))
