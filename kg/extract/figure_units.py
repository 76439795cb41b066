"""The unit of a figure: a currency or unit written with the number, a counted plural
after it ("213 Russian-flagged fishing and transport vessels"), or the counted noun the
sentence gives a bare number ("the number of visitors ... 340,000", "11 of them").

Durations, words that merely end in s and counts of mixed sets have no unit, so the
number is no figure.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.context import Context
from kg.extract.figure_periods import clause_start
from kg.extract.lexicon import _data_rows

WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
          "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
          "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
          "eighty": 80, "ninety": 90, "hundred": 100, "dozens of": 24}
#: "the number of exchange agreements between ...": the counted noun of a bare number
#: ("the number of people traveling ..."): "people" is the one common count noun without -s
#: ("the number of customs notifications": a plural before another plural modifies it)
_NUMBER_OF = re.compile(r"\bnumber\s+of\s+(?:[\w-]+\s+){0,3}?(?P<noun>[A-Za-z]+s|people)\b"
                        r"(?!\s+[a-z]+(?:tions|sions|ments|ers|ors|ants|ents|ists|ies|ees|ians)\b)",
                        re.I)
#: words that may stand between a number and its unit ("60 South Korean companies")
#: ("120 first-generation Sakhalin Koreans": a place or people named before the noun too;
#: "1,120 PPH requests", "15 LNG carriers": an acronym naming the kind of thing counted;
#: "60 Ka-32 helicopters": a model designation too)
_MODIFIER = (r"(?:(?:South\s+)?(?:Korean|Russian)|foreign|[A-Z]{2,5}(?![\w$])|"
             r"[A-Z][A-Za-z]{0,3}-\d{1,4}[A-Z]?(?![\w-])|"
             # "10.2 million pay-TV subscribers", "100,000 5G subscribers": a kind of service
             r"[a-z]+-[A-Z]{2,4}(?![\w-])|\d[A-Z]{1,2}\+?(?![\w+-])|"
             r"(?!(?:of|the|and|or|in|to|for|from|by|"
             r"with|per|a|an|at|on|than|last|this|next|year|years|more|less)\b)[a-z][a-z-]*|"
             r"(?!(?:The|In|On|At|Of|And|For|By|To)\b)[A-Z][a-z]{2,}(?:-[a-z]+)?)")
#: "213 Russian-flagged fishing and transport vessels": up to two modifiers, each of which
#: may be a pair joined by "and" / "or" before the one counted noun they share
_MODS = rf"(?:{_MODIFIER}\s+(?:(?:and|or)\s+{_MODIFIER}\s+)?){{0,2}}?"
#: durations and other plurals that count no observed thing
_NOT_COUNTS = frozenset(
    "years months weeks days hours minutes seconds times percent sides countries nations "
    "parties leaders ministers points decades centuries this thus was has is its his does plus "
    "less unless news series whereas perhaps always towards afterwards besides "
    # the parts of a document ("the agreement consists of 9 articles") are no observed thing
    "articles clauses chapters paragraphs "
    # "arrived at minus 38 degrees": a temperature is weather, no fact of the cooperation
    "degrees".split()
)
_CHANGE_VERB = (r"(?:rose|fell|plunged|dropped|declined|grew|increased|decreased|jumped|surged|"
                r"soared|reached|totaled|totalled|amounted|stood|topped|exceeded|numbered|"
                r"rising|falling|growing|increasing|decreasing|reaching|climbing|jumping)")


@lru_cache(maxsize=1)
def units() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    before, after, count = {}, {}, {}
    for row in _data_rows("units.tsv"):
        kinds = {"currency": before, "after": after, "count": count}
        if row["kind"] in kinds:
            kinds[row["kind"]][row["surface"]] = row["unit"]
    return before, after, count


@lru_cache(maxsize=1)
def stages() -> frozenset[str]:
    """Nouns of a life stage ("adults", "females"): they count whatever kind the sentence
    counts, people or animals, so they have no unit of their own (units.tsv kind=stage)."""
    return frozenset(row["surface"] for row in _data_rows("units.tsv") if row["kind"] == "stage")


@lru_cache(maxsize=1)
def number_re() -> re.Pattern[str]:
    before, after, count = units()
    cur = "|".join(re.escape(c) for c in sorted(before, key=len, reverse=True))
    post = "|".join(re.escape(u) for u in sorted(after, key=len, reverse=True))
    counted = "|".join(re.escape(u) for u in sorted(count, key=len, reverse=True))
    words = "|".join(sorted(WORDS, key=len, reverse=True))
    #: "Twelve Korean startups presented ...": a number of ten or more spelled out only
    #: because it opens its sentence stands for the digits ("Two Korean projects" does not)
    cap = "|".join(w.capitalize() for w in sorted(WORDS, key=len, reverse=True)
                   if " " not in w and WORDS[w] >= 10)
    #: "$14.5m", "€2M": a bare m after a currency-led number is "million" (alone it is metres)
    return re.compile(
        rf"(?<![\w.,$])(?P<cur>{cur})?\s?(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|"
        rf"(?:{words}|(?<![^\n.!?] )(?:{cap}))(?=[\s-]))(?!\d)"
        rf"(?:\s*(?P<scale>(?i:trillion|billion|million|thousand)|trln|bln|bn|mln|mn|tn|"
        rf"(?(cur)[mM]|(?!)))\b)?(?:[\s-](?P<fold>fold)\b|(?:(?<=[a-z])-|\s*)(?P<unit>{post})(?![\w])|"
        rf"\s*{_MODS}(?P<count>{counted})(?![\w]))?"
    )


@lru_cache(maxsize=1)
def _subject_re() -> re.Pattern[str]:
    """"Korean visitors to the Far East plunged from about 500,000": the counted noun is the
    subject of a verb of change before the bare number."""
    count = units()[2]
    nouns = "|".join(re.escape(u) for u in sorted(count, key=len, reverse=True))
    return re.compile(rf"\b(?P<noun>{nouns})\b[^.;:]{{0,60}}?\b{_CHANGE_VERB}\b")

def unit_of(ctx: Context, sent, m: re.Match[str]) -> tuple[str | None, int]:
    """The unit written with the number, a counted plural after it, or the counted subject."""
    before_c, after_c, count_c = units()
    if m.group("fold"):
        return "fold", m.end()
    unit = before_c.get(m.group("cur") or "") or after_c.get(m.group("unit") or "") or \
        count_c.get(m.group("count") or "")
    if m.group("count") == "residents" and _ZONE.search(ctx.text, sent.start, sent.end):
        return "residents", m.end()
    if m.group("count") and _mixed_set(ctx.text, m.end(), count_c, unit):
        return None, m.end()
    if unit == "cars" and _AND_VEHICLES.match(ctx.text, m.end()):
        unit = "vehicles"  # "1.8 million passenger cars and light commercial vehicles"
    if m.group("count") and _VERB_BETWEEN.search(m.group(0)):
        # "of which 18,000 were compact cars": a part counts what its whole counts
        whole = _part_of(ctx.text, sent, m, after_c)
        unit = count_c.get(whole, whole) if whole else unit
    if unit in ("vessels", "ships") and _TRIPS.match(ctx.text, m.end(), sent.end):
        return "voyages", m.end()  # "37 ships made full transits": a count of voyages
    if unit:
        return unit, m.end()
    raw = m.group("num")
    if raw[0].isdigit():
        # "1,180 business consultations": a modifier ending in -ss is no counted noun
        plural = re.match(rf"\s+{_MODS}(?P<noun>[a-z]{{2,}}[a-hj-rtv-z]s)\b",
                          ctx.text[m.end() : sent.end])
        staged = plural and _stage_of(ctx.text, sent, m, plural.group("noun"))
        if staged:
            return staged, m.end() + plural.end()
        if plural and (_counts(plural.group("noun")) or _countries_taking_part(ctx, m, plural)
                       or _content_hours(ctx.text, m.end() + plural.end(), plural)) \
                and not _MIXED.match(ctx.text, m.end() + plural.end()):
            return plural.group("noun"), m.end() + plural.end()
    text = ctx.text
    elided = _elided_noun(text, sent, m) or _base_noun(text, sent, m) or \
        _part_of(text, sent, m, after_c)
    if elided:
        return count_c.get(elided, elided), m.end()
    if raw[0].isdigit() and _STAFF.search(text, clause_start(ctx, sent, m.start()), m.start()):
        return "persons", m.end()
    subjects = [s for s in _NUMBER_OF.finditer(text, sent.start, m.start())
                if _counts(s.group("noun").lower())]
    if not subjects and _PRONOUN.search(text, sent.start, m.start()):
        subjects = _previous_subjects(ctx, sent)
    if subjects:
        noun = subjects[-1].group("noun")
        return count_c.get(noun, count_c.get(noun.lower(), noun.lower())), m.end()
    if raw[0].isdigit() and (float(raw.replace(",", "")) >= 10 or m.group("scale")):
        window = text[clause_start(ctx, sent, m.start()) : m.start()]
        found = list(_subject_re().finditer(window))
        if found:
            return count_c[found[-1].group("noun")], m.end()
    return None, m.end()


#: "37 ships made full transits", "12 vessels completed voyages": what the ships made
_TRIPS = re.compile(r"\s+(?:made|completed|performed|undertook|carried\s+out)\s+(?:[a-z-]+\s+)?"
                    r"(?:transits|voyages|passages|trips|crossings|round\s+trips)\b")
#: "bringing the company's headcount in the region to about 1,000": a bare number a
#: workforce comes to counts persons
_STAFF = re.compile(r"\b(?:headcount|head\s+count|workforce|payroll|staff\s+numbers?)\b"
                    r"[^.;:]{0,50}?\b(?:to|of|at|reached|exceeds?|exceeded|tops?|topped|totals?|totaled|"
                    r"totalled|numbers?|numbered)\s+(?:(?:about|some|around|nearly|almost|over|"
                    r"more\s+than|roughly|approximately)\s+)?$", re.I)
#: "sold 1,200 hours of programmes": hours of content are an amount of it, not a duration
_CONTENT = re.compile(r"\s+of\s+(?:[\w-]+\s+){0,2}?(?:programm\w*|content|video|footage|"
                      r"broadcasts?|broadcasting|airtime|television|TV|animation|dramas?|films?|"
                      r"recordings?|music)\b", re.I)


def _content_hours(text: str, end: int, plural: re.Match[str]) -> bool:
    return plural.group("noun") == "hours" and bool(_CONTENT.match(text, end))


#: "the ASEZ has 91 residents", "the free port's 1,500 residents": the companies registered
#: in a special regime are its residents, not people
_ZONE = re.compile(r"\b(?:ASEZs?|SEZs?|[Zz]ones?|[Ff]ree\s+[Pp]ort|[Ii]ndustrial\s+[Pp]ark|"
                   r"[Tt]echnopark|[Cc]luster|[Tt]erritor(?:y|ies)\s+of\s+[Aa]dvanced)\b")


#: "participants from 72 countries", "representing 60 countries": the countries an event
#: drew are counted; "the ambassadors of 17 countries" counts the ambassadors
_FROM_N = re.compile(r"\b(?:from|representing)\s+(?:(?:more\s+than|over|about|some|nearly|"
                     r"around|almost)\s+)?$", re.I)


def _countries_taking_part(ctx: Context, m: re.Match[str], plural: re.Match[str]) -> bool:
    return plural.group("noun") == "countries" and plural.start("noun") == 1 and \
        bool(_FROM_N.search(ctx.text, max(0, m.start() - 30), m.start()))


#: the clause ends in a colon that opens the list of the things just counted
LISTED = re.compile(r"[^.;:\d]{0,120}:(?:\s|$)")
#: "Korea's three major battery makers, LG Energy Solution, Samsung SDI and SK Innovation,":
#: the members named right after the count; the number sizes a list of names
_NAME = r"[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|&|of|de))*"
NAMED = re.compile(rf",\s+{_NAME}(?:,\s+{_NAME})*,?\s+and\s+[A-Z]")
#: ("the first two ships will be named ...": which of them, not how many)
THE_N = re.compile(r"\b(?:(?:the|these|those|both)|the\s+(?:first|last|next|other|remaining))\s+$",
                   re.I)

#: "... the number of Koreans travelling to Russia has doubled. Last year it exceeded
#: 340,000.": the pronoun stands for the number spoken of in the sentence before
_PRONOUN = re.compile(r"\b(?:it|the\s+figure|this\s+figure|that\s+figure)\b")


def _previous_subjects(ctx: Context, sent) -> list[re.Match[str]]:
    """The counted nouns of "the number of X" in the sentence right before ``sent``."""
    before = [s for s in ctx.sentences if s.end <= sent.start]
    if not before:
        return []
    prev = before[-1]
    return [s for s in _NUMBER_OF.finditer(ctx.text, prev.start, prev.end)
            if _counts(s.group("noun").lower())]


#: "supported 11 projects last year; this year we have 17": a parallel clause leaves the
#: counted noun of the clause before unsaid
_COUNTED_BEFORE = re.compile(r"\b\d[\d,.]*\s+(?P<noun>[a-z]{3,}s)\b(?=[^;]*(?:;|,\s+(?:and|but|"
                             r"while)\s)[^;]*$)")
_CLAUSE_ENDS = re.compile(r"\s*(?:[,.;\"”)]|$)")


def _elided_noun(text: str, sent, m: re.Match[str]) -> str | None:
    """The noun a bare number at the end of its clause shares with a count before it."""
    if not m.group("num")[0].isdigit() or not _CLAUSE_ENDS.match(text, m.end(), sent.end):
        return None
    found = [c for c in _COUNTED_BEFORE.finditer(text[sent.start : m.start()])
             if _counts(c.group("noun"))]
    return found[-1].group("noun") if found else None


#: "cars and light commercial vehicles": cars counted with other vehicles are vehicles
_AND_VEHICLES = re.compile(r"\s+(?:and|or)\s+(?:[\w-]+\s+){0,3}?vehicles\b")
#: "18,000 were compact cars": a verb between the number and the noun it is told as
_VERB_BETWEEN = re.compile(r"\s(?:were|was|are|is)\s")
#: "received 37 requests and resolved 29 of them": a part of a count told before it
_OF_THEM = re.compile(r"\s+of\s+(?:them|these|those|which|whom)\b")
#: "designated 15,180 persons, of whom 198 were active in ...": the part told after
#: "57,000 foreign nationals entered, including some 9,400 in December": a part too
_OF_WHOM = re.compile(r"\b(?:of\s+(?:whom|which|them|these)|among\s+them|including)\s+"
                      r"(?:about\s+|some\s+|around\s+|nearly\s+|over\s+|more\s+than\s+)?$",
                      re.I)


#: "Only four of this year's 37 transits", "three of the 12 projects": a part of a count
#: told right after it, counting what that count counts (spelled out or in digits)
_OF_N = re.compile(rf"\s+of\s+(?:the|these|those|its|their|our|all|(?:this|last)\s+year['’]s)\s+"
                   rf"\d[\d,]*\s+{_MODS}(?P<noun>[a-z]{{3,}}s)\b")


def share_of_count(text: str, end: int, sent_end: int) -> str | None:
    """The counted noun of the count that the number ending at ``end`` is a part of."""
    m = _OF_N.match(text, end, sent_end)
    return m.group("noun") if m and _counts(m.group("noun")) else None


def _part_of(text: str, sent, m: re.Match[str], units: dict[str, str]) -> str | None:
    """The counted noun of the count a bare "N of them" ("of whom N") takes its part from,
    or of the "Of the N X ..., " the sentence opens with."""
    share = share_of_count(text, m.end(), sent.end)
    if share:
        return share
    if not m.group("num")[0].isdigit():
        return None
    opening = _OF_THE_N.match(text[sent.start : m.start()])
    if opening and _counts(opening.group("noun")):
        return opening.group("noun")
    if not (_OF_THEM.match(text, m.end(), sent.end) or
            _OF_WHOM.search(text, max(sent.start, m.start() - 20), m.start())):
        return None
    counted = re.compile(rf"\b\d[\d,.]*\s+{_MODS}(?P<noun>[a-z]{{3,}}s)\b")
    found = [c.group("noun") for c in counted.finditer(text, sent.start, m.start())
             if _counts(c.group("noun")) and c.group("noun") not in units]
    return found[-1] if found else None


#: "Of the 1,172 descendants the ministry has found, 437 live in Russia": the part after it
_OF_THE_N = re.compile(rf"\W*Of\s+(?:the|these|those|all)\s+(?:about\s+|some\s+)?\d[\d,.]*\s+"
                       rf"{_MODS}(?P<noun>[a-z]{{3,}}s)\b[^.;]*,\s+(?:about\s+|some\s+|around\s+|"
                       rf"nearly\s+|over\s+)?$")


_FROM = re.compile(r"(?:%|\b(?:percent|up|down|rose|fell|grew|increased|decreased|dropped|"
                   r"declined|jumped)\b)[^.;]{0,30}\bfrom\s+(?:about\s+|some\s+|around\s+|"
                   r"nearly\s+)?$|"
                   # "341,300 Russians visited, almost double the 175,000 recorded in 2013"
                   r"\b(?:double|twice|triple|treble|\w+\s+times)\s+(?:the\s+)?(?:about\s+|"
                   r"some\s+|around\s+|nearly\s+)?$")


def _clause(text: str, sent, pos: int) -> int:
    """Where the clause of ``pos`` begins: after the last ", and" / ";" before it."""
    cut = [b.end() for b in re.finditer(r",\s+(?:and|but|while|whereas)\s+|;\s*", text[:pos])
           if b.start() >= sent.start]
    return cut[-1] if cut else sent.start


def _base_noun(text: str, sent, m: re.Match[str]) -> str | None:
    """"32,400 patients visited, up 17.1 percent from 27,670 the year before": the base of
    a change counts what the figure it is compared with counts."""
    if not m.group("num")[0].isdigit() or not _FROM.search(text, max(0, m.start() - 60),
                                                             m.start()):
        return None
    counted = re.compile(rf"\b\d[\d,.]*\s+{_MODS}(?P<noun>[a-z]{{3,}}s|"
                         rf"{_count_nouns()})\b")
    found = [c for c in counted.finditer(text, _clause(text, sent, m.start()), m.start())
             if _counts(c.group("noun"))]
    return found[-1].group("noun") if found else None


@lru_cache(maxsize=1)
def _count_nouns() -> str:
    """The count nouns of the unit table as one alternation ("Koreans", "young Russians"
    count persons though they are capitalised)."""
    return "|".join(re.escape(u) for u in sorted(units()[2], key=len, reverse=True))


#: "17 provinces and metropolitan cities": a count of a mixed set has no one unit
_MIXED = re.compile(r"\s+(?:and|or)\s+(?:[a-z-]+\s+)?[a-z]{3,}s\b")
#: "38 fish-processing vessels and shore plants": the second noun of a pair counted as one
#: ("their families" is a noun of its own, not a second kind of thing counted)
_PAIRED = re.compile(r"\s+(?:and|or)\s+(?!(?:their|its|his|her|our|the|other)\b)"
                     r"(?:[a-z-]+\s+)?(?P<noun>[a-z]{3,}s)\b")


def _mixed_set(text: str, end: int, count_c: dict[str, str], unit: str | None) -> bool:
    """The counted noun is paired with a noun of another kind ("vessels and shore plants"):
    the number counts a mixed set, which has no one unit ("students and teachers" are
    persons both)."""
    pair = _PAIRED.match(text, end)
    return bool(pair) and count_c.get(pair.group("noun")) != unit


def _stage_of(text: str, sent, m: re.Match[str], noun: str) -> str | None:
    """"the number of Far Eastern leopards ... has grown from 57 adults": a life stage
    counts the kind the sentence's "number of" names, in that kind's unit."""
    if noun not in stages():
        return None
    count_c = units()[2]
    kinds = [count_c.get(s.group("noun")) for s in _NUMBER_OF.finditer(text, sent.start,
                                                                       m.start())]
    kinds = [k for k in kinds if k]
    return kinds[-1] if kinds else None


def _counts(noun: str) -> bool:
    """A plural that counts things: not a duration, not a word that merely ends in s."""
    return noun not in _NOT_COUNTS and not noun.endswith(("ss", "us", "is"))


#: "4.2 tonnes per hectare", "6 t/ha": a yield, an amount for each unit of land
_PER_AREA = re.compile(r"\s*(?:per\s+(?:hectare|ha)\b|/\s*ha\b)")


def per_area(text: str, unit: str, end: int) -> str:
    """A yield ("4.2 tonnes per hectare") is a rate per hectare, not an amount of tonnes."""
    if unit in ("tonnes", "tons", "centners", "kg") and _PER_AREA.match(text, end):
        return f"{unit} per hectare"
    return unit
