"""Which place a sentence names is where an occasion was held: "in Seoul", "in the port
city of X", "at the Lotte Hotel Seoul", "visited the X Complex in Y", and a seat of
government that stands for its city ("held in the Kremlin"); not the home of a facility
("an innovation center in Vladivostok") nor a region that is no venue.
"""

from __future__ import annotations

import re

from kg.extract.agreement_vocab import _alt, vocab
from kg.extract.context import Context
from kg.extract.event_when import VENUE_KINDS
from kg.extract.ordinals import ORDINAL


def landmark(ctx: Context, lo: int, hi: int, free) -> str | None:
    """"held in the Kremlin": a seat of government stands for the city it lies in."""
    marks = vocab().landmarks or {}
    if not marks:
        return None
    pat = re.compile(rf"\b(?:in|at)\s+(?:the\s+)?({_alt(list(marks))})\b")
    m = pat.search(ctx.text, lo, hi)
    if not m or not free(m.start(1)):
        return None
    return next(v for k, v in marks.items() if k.lower() == " ".join(m.group(1).split()).lower())


#: "in Seoul", "in the city of X", "in the regional capital of X", "in the Far Eastern port
#: city of X": what may stand between "in" and a venue
_VENUE_LEAD = re.compile(r"(?:(\S+)\s+)?\b(?:in|at)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?"
                         r"(?:city|capital|town|port|seaport|village|resort)\s+of\s+)?$")
#: "at the Government Complex Sejong", "at the Lotte Hotel Seoul": a building whose name
#: ends in its city; the meeting was in that city
_BUILDING_LEAD = re.compile(r"\bat\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}(?:Complex|Hotel|Hall|"
                            r"Center|Centre|Palace|Plaza|Tower)\s+$")
#: "visited the X Shipbuilding Complex in Y", "held at the Z Hotel in Y": a named place
#: visited or met at lies in the city after it, where the occasion was
_VISITED_AT = re.compile(r"\b(?:visited|toured|visit\s+to|held\s+at|met\s+at)\s+(?:the\s+)?"
                         r"(?:[A-Z][\w'’-]*\s+){1,5}(?:in|at)\s+(?:the\s+)?$")


#: "The document was signed at X's head office in Y", "talks took place at the company's
#: headquarters in Y": an occasion at a body's seat is in the city after it
_HELD_AT = re.compile(r"\b(?:signed|held|met|took\s+place|adopted)\s+at\s+(?:the\s+)?"
                      r"(?:[A-Z][\w.-]*\s+){0,4}?(?:[\w.-]+(?:'s|’s)\s+)?(?:head\s+office|headquarters|main\s+office|"
                      r"offices?|premises|residence)\s+in\s+(?:the\s+)?$")


#: a post or office abroad before "in X": where the official or office is based
_POSTED_IN = re.compile(r"\b(?:Consul(?:ate)?[\s-]+General|Consulate|Embassy|Ambassador|office|"
                        r"branch|[Rr]epresentative)\s+(?:of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+(?:of\s+)?){1,4})?"
                        r"in\s+(?:the\s+)?$")


#: "at the ministry's Gwacheon government complex", "at the company's Ulsan headquarters": a
#: body's site named after the city it is in
_OWN_SITE_BEFORE = re.compile(r"\bat\s+(?:the\s+)?[\w-]+(?:'s|’s)\s+$")
_OWN_SITE_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,2}(?:complex|building|headquarters|office|"
                             r"campus|plant|shipyard|centre|center)\b")
#: "travelled on to X, where ...", "visited X, where ...": the place a "where" clause tells of
_WHERE_AFTER = re.compile(r"\s*,?\s*where\b")


def is_venue(ctx: Context, hit) -> bool:
    """A place the text puts an occasion in ("in Seoul", "at the Lotte Hotel Seoul"), not
    the home of a facility ("an innovation center in X") nor a region."""
    rec = ctx.lex.places.get(hit.id)
    if rec is not None and rec.kind not in VENUE_KINDS:
        return False
    before = ctx.text[max(0, hit.start - 70) : hit.start]
    if _OWN_SITE_BEFORE.search(before) and _OWN_SITE_AFTER.match(ctx.text, hit.end):
        return True  # "talks at the ministry's Gwacheon government complex": in Gwacheon
    if _WHERE_AFTER.match(ctx.text, hit.end) and not _POSTED_IN.search(before):
        return True  # "travelled to Changwon, where A and B signed ...": the scene of the clause
    if _BUILDING_LEAD.search(before) or _VISITED_AT.search(before) or _HELD_AT.search(before):
        return True
    if _POSTED_IN.search(before):
        return False  # "the Consul General of Korea in X", "the KOTRA office in X": a home
    m = _VENUE_LEAD.search(before)
    return bool(m) and not (m.group(1) and m.group(1).lower() in vocab().facilities)


#: "held by video conference", "in an online format": an occasion held nowhere
REMOTE = re.compile(r"\b(?:(?:by|via|through|over)\s+(?:an?\s+)?(?:video\s*conference|"
                    r"videoconference|teleconference|video\s+link)|held\s+online|"
                    r"in\s+an?\s+(?:virtual|online|video)\s+(?:format|mode))\b", re.I)


#: "on the sidelines of the St. Petersburg International Economic Forum": an event named
#: after the city that hosts it, its round told or not ("of the eighth X Urban Forum")
_HOSTED = re.compile(r"\b(?:on|at)\s+the\s+(?:sidelines|margins)\s+of\s+(?:the\s+)?"
                     rf"(?:(?:{ORDINAL})\s+)?(?P<name>"
                     r"(?:St\.\s+)?(?:[A-Z][\w.'’-]*\s+){1,6}(?:Forum|Summit|Conference|Congress|"
                     r"Exhibition|Expo|Fair|Week|Show))\b")


def host_city(ctx: Context, sent) -> str | None:
    """The city an event the signing was on the sidelines of is named after: it was held
    there, whatever the dateline of the news item says."""
    m = _HOSTED.search(ctx.text, sent.start, sent.end)
    if not m:
        return None
    hits = ctx.places_in(m.start("name"), m.end("name"))
    return hits[0].id if hits and hits[0].start == m.start("name") else None


#: what may stand between an event's name and the clause describing it: "(EEF)"
_NAME_END = re.compile(r"\s*(?:\([A-Z][\w-]{1,8}\))?\s*$")


def describes(ctx: Context, name_end: int, clause_start: int) -> bool:
    """"on the sidelines of the X Forum (XF), which is taking place in Y from 11 to 13
    September": a "which" clause right after the event's name tells its place and days."""
    return 0 <= clause_start - name_end <= 12 and \
        bool(_NAME_END.fullmatch(ctx.text, name_end, clause_start)) and \
        ctx.text.startswith(", which", clause_start)


def lies_in(ctx: Context, place: str | None, region: str) -> bool:
    """A city within the region a regional government's release is headed by ("Government
    of Primorsky Krai" over talks in Vladivostok): the city says more."""
    rec = ctx.lex.places.get(place) if place else None
    return rec is not None and rec.parent == region
