"""When and where an act told without its own date happened: the sentence before tells it.

"Under a memorandum signed in Seoul on Monday, ..." is followed by who signed it; "The
center opened on June 10. ... At the opening ceremony, X said" dates the ceremony by the
opening.
"""

from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.event_when import pairs_in, venues, weekday_date
from kg.namespaces import KGO

SIGNED_ON_DAY = re.compile(r"\bsigned\s+(?:[\w-]+\s+){0,4}?(?:here\s+)?(?:on\s+)?(?:today|"
                           r"yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                           r"Sunday)\b")


_FIRST_SIGNED = re.compile(r"\b(?:first|originally|initially)\s+signed\s+(?:in|on)\s+(?:the\s+)?$")
_DURING_VISIT = re.compile(r"\W*During\s+(?:the|his|her|their)\s+(?:visit|stay|trip)\b", re.I)


_ASIDE_OF_IT = re.compile(r"\W*(?:On|At)\s+the\s+(?:sidelines|margins?)\s+of\s+the\s+"
                          r"(?:meeting|session|talks|forum|conference|consultations)\s*,")


def signing_told_before(ctx: Context, sent, venue: str | None) -> tuple:
    """"Under a memorandum signed in Seoul on Monday, ..." / "The MOU was signed by X, Y
    and Z": who signed is told after where and when."""
    if sent.index == 0:
        return venue, None
    prev = ctx.sentences[sent.index - 1]
    if not re.search(r"\bsigned\b", prev.text) and sent.index > 1 and \
            not ctx.dates_in(prev) and not ctx.places_in(prev.start, prev.end):
        prev = ctx.sentences[sent.index - 2]  # "... signed on 21 May in Moscow. The value
        # was not disclosed. The contract was signed by X and Y": an aside between
    if not re.search(r"\bsigned\b", prev.text):
        return venue, None
    pairs = [(v, d) for v, d in pairs_in(ctx, prev, prev.start, prev.end)
             if d is None or not _FIRST_SIGNED.search(ctx.text, max(0, d.start - 40), d.start)]
    date = pairs[0][1] if pairs else None  # "a memorandum first signed in 2012": another
    said = [d for d in ctx.dates_in(prev) if re.search(
        r"\bsigned\s+(?:\w+\s+){0,2}?on\s+$", ctx.text[max(0, d.start - 30) : d.start])]
    date = said[0] if said and said[0].precision == "day" else date  # "signed on September 5
    # on the sidelines of the forum, running from September 4 to 6": the day it says
    stay = [e for e in ctx.events if e.kind == KGO.Visit and e.date is not None]
    if date is None and stay and _DURING_VISIT.match(prev.text):
        return venue or stay[-1].place_id, stay[-1].date  # "During the visit, X and Y signed
        # an agreement. The document was signed by ...": on the visit's days, where it was
    if date is None and _ASIDE_OF_IT.match(prev.text):  # "On the sidelines of the meeting,
        # A and B signed an MOU. It was signed by X and Y": on the meeting's day, where it was
        from kg.extract.event_cues import main_event

        main = main_event(ctx)
        if main is not None and main.sentence < prev.index and main.date is not None:
            return venue or main.place_id, main.date
    if date is None or len(date.value) < 10 or SIGNED_ON_DAY.search(prev.text):
        # "first signed in 2012": another; "signed today on the sidelines of the forum,
        # which runs on September 11-13": the day it says, not the forum's first
        date = weekday_date(ctx, prev.start, prev.end) or date
    signed_in = [h.id for h in venues(ctx, prev.start, prev.end) if re.search(
        r"\bsigned\s+(?:by\s+[^.;]{3,120}?\s+|(?:[\w-]+\s+){0,3}?)(?:in|at)\s+"
        r"(?:the\s+(?:regional\s+)?capital\s+of\s+)?$",
        ctx.text[max(0, h.start - 160) : h.start])]
    if not signed_in and _PAPER_SIGNED.match(prev.text):  # "The document was signed on 21
        found = {h.id for h in venues(ctx, prev.start, prev.end)}  # May, at the opening of
        signed_in = list(found) if len(found) == 1 else []  # the fair at X Expo in Moscow"
    return venue or (signed_in[0] if signed_in else None), date


#: a sentence that is all about the paper's signing: where it names one place, it was there
_PAPER_SIGNED = re.compile(r"\W*(?:The|This|That)\s+(?:document|contract|agreement|memorandum|"
                           r"MOU|MoU|deal|protocol)s?\s+(?:was|were)\s+signed\b")


def opening_told_before(ctx: Context, sent, venue: str | None) -> tuple:
    """"The center opened in Vladivostok on June 10. ... At the opening ceremony, X said":
    the ceremony is the opening told just before, on its day and where it was."""
    for prev in reversed(ctx.sentences[max(0, sent.index - 4) : sent.index]):
        if not re.search(r"\b(?:opened|inaugurated|launched|unveiled)\b", prev.text):
            continue
        days = [d for d in ctx.dates_in(prev) if d.precision == "day"]
        day = None if days else weekday_date(ctx, prev.start, prev.end)  # "opened on Monday"
        days = days or ([day] if day is not None else [])
        found = venues(ctx, prev.start, prev.end)
        venue = venue or (found[0].id if found else None)  # "The lab was launched at X
        # University in Innopolis": told after the lead that gave the day
        if days:
            return venue, days[0]
    return _opening_event_told(ctx, sent, venue)


def _opening_event_told(ctx: Context, sent, venue: str | None) -> tuple:
    """"On 19 June, X and Y opened the centre in Moscow. ... [quotes, figures] ... Z also took
    part in the opening ceremony": the opening told further up, however far."""
    told = [e for e in ctx.events if e.sentence < sent.index and e.date is not None
            and e.mechanism is None and _OPENING_VERB.match(ctx.text, e.span[0], e.span[1])]
    if not told:
        return venue, None
    return venue or told[-1].place_id, told[-1].date


_OPENING_VERB = re.compile(r"(?:\w+\s+)?(?:opened|inaugurated|launched|unveiled|commissioned)\b")
