"""When and where a document was signed.

The document's own clause comes first ("adopted in Moscow on June 22", ", signed
in Seoul on November 13, 2013"); then its sentence's date and venue, leaving out
relative clauses about someone else ("who is on a visit ... on June 3-4") and
quoted speech; "on Thursday" in a news item is the last Thursday up to its date,
"a day earlier" the day before the last date told; then the sentence's event;
then the occasion it refers back to ("after the talks", "at the summit", "during
the event": the nearest earlier sentence telling of it, not one of a meeting
still to come, nor a round long before unless it is the sentence right before);
a seat of government ("in the Kremlin") stands for its city; then the scene of the
sentence before when the signers are referred back to ("They signed ..."); then the
signing sentence before; then the release's main event (or the city it is named
after); then its dateline or a place line at its head ("The Kremlin, Moscow") and date.
A year long past in a news item's sentence yields to its weekday ("on Tuesday, 25 years
after ... in 1992"); "on the second day" counts within the meeting's days.
"""

from __future__ import annotations

import re

from kg.extract.agreement_asides import _EARLIER, _WHO, _relative_clauses  # noqa: F401
from kg.extract.agreement_days import (
    Days,
    bracketed_until,
    compatible,
    day_of_month,
    later_than_release,
    long_before,
    of_that_year,
    refined,
    relative_day,
    runs_until,
    same_trip,
    weekday,
)
from kg.extract.agreement_later import header_place, named_host, nth_day
from kg.extract.agreement_rounds import adjacent, only_other_rounds, recalled
from kg.extract.agreement_venues import REMOTE, describes, host_city, is_venue, landmark, lies_in
from kg.extract.agreement_vocab import _alt, facility_at, vocab  # noqa: F401 (re-exported)
from kg.extract.context import Context

Span = tuple[int, int]
#: a date after these is no day of signing; "extending the MOU to 2024": the term it runs to
#: "the work plan for 2021-2022": the period a plan covers, either end of it
_NOT_DATE = re.compile(r"(?:(?:ahead of|by|until|till|\bto|before|since|in the run-up to|marks?|"
                       r"anniversary|through|from|\bfor)\s+(?:the\s+)?|"
                       r"\bfor\s+(?:19|20)\d\d\s*[-–/]\s*)$", re.I)


# -- when and where -----------------------------------------------------------------------


def doc_when(ctx: Context, sent, clause: Span | None, venue: str | None, names: list[Span],
             when: tuple | None) -> tuple:
    """The document's own clause and venue first, then its signing sentence's occasion
    (``when``). A document only referred to gets no more than its own clause says."""
    date = place = None
    if clause:
        date, place = _occasion(ctx, sent, names, within=clause)
    place = place or venue
    if when is None:
        return date, place or _same_occasion(ctx, sent, names + [clause] if clause else names, date)
    if date and when[0] and not compatible(date, when[0]):
        return date, place
    return date or when[0], place or when[1]


def back_reference_when(ctx: Context, sent, clause: Span, names: list[Span]) -> tuple:
    """"The document was signed today on the sidelines of the X Forum, which is taking
    place in Y": a back-reference's own clause first, then the event its sentence tells."""
    date, place = doc_when(ctx, sent, clause, None, names, None)
    if date and place:
        return date, place
    d, p = _event_occasion(ctx, sent)
    if date and d and not compatible(date, d):
        return date, place
    if not (place or p):  # "..., on the sidelines of the X forum in Y": the sentence's venue
        p = _occasion(ctx, sent, names + _relative_clauses(ctx, sent))[1]
    return refined(ctx, date or d), place or p


def clause_occasion(ctx: Context, sent, clause: Span | None, names: list[Span],
                    last: tuple | None) -> tuple | None:
    """"The agreement on the platform was signed during the session by A and B", "Under
    the main agreement, signed by A and B, ...": a document's own clause that signs it but
    tells no date was signed at the occasion the sentence is about, as a signing sentence
    would be; a clause that dates it, or tells of its first signing, says enough itself."""
    if clause is None or _EARLIER.search(ctx.text, *clause):
        return None
    if _occasion(ctx, sent, names, within=clause)[0]:
        return None
    date, place = sentence_when(ctx, sent, names, last)
    doc = ctx.doc_date
    if date and doc and date[: len(doc)] > doc[: len(date)]:
        # "... will exchange students starting next spring": what the parties will do, not
        # when they signed; the signing told before, or the release's day
        if last and last[0]:
            return last[0], last[1] or place
        date = doc
    return date, place


def others_dated(ctx: Context, sent, docs: list) -> list[Span]:
    """"signed the X Program, which implements the MOU concluded in Seoul in 2013": a named
    document's own clause that dates it tells of that one's signing, not of the sentence's;
    with other documents beside it, its date and place are no occasion of theirs."""
    if sum(1 for d in docs if d.names) < 2:
        return []
    return [d.clause for d in docs if d.names and d.clause and
            _occasion(ctx, sent, [], within=d.clause)[0]]


def _same_occasion(ctx: Context, sent, names: list[Span], date: str | None) -> str | None:
    """"the summit held in Moscow in June 2018 and set out in the Joint Statement signed on
    June 22, 2018": a clause that dates a document but places it not; the sentence's
    occasion of that date is where it was signed."""
    if not date or len(date) < 7:
        return None
    d, p = _occasion(ctx, sent, names + _relative_clauses(ctx, sent))
    return p if d and compatible(date, d) else None


def sentence_when(ctx: Context, sent, names: list[Span], last: tuple | None) -> tuple:
    """Where and when a signing sentence's documents were signed; ``names`` are the spans
    of the documents' names, ``last`` the occasion of the signing sentence before."""
    skip = names + _relative_clauses(ctx, sent)
    date, place = _occasion(ctx, sent, skip)
    if not (date or place):  # "The following day, in X, A met B. ... A and B signed": that day's
        date, place = _narrated(ctx, sent)
    for get in (lambda told: _lead_scene(ctx, sent, *told),
                lambda told: _event_occasion(ctx, sent),
                lambda told: _antecedent(ctx, sent, skip, told[0]),
                lambda told: _scene(ctx, sent),
                lambda told: _narrated(ctx, sent),
                lambda told: last or (None, None),
                lambda told: _main_occasion(ctx)):
        if date and place:
            break
        d, p = get((date, place))
        if date and d and not compatible(date, d):
            continue  # another occasion: its place is not this signing's
        if date and d and len(str(date)) == 4 < len(str(d)) and "this year" in sent.text:
            date = d  # "At this year's meeting, ... adopted": that meeting's day
        date, place = date or d, place or p
    if date and not place:  # "On May 4, the minister visited X and signed ...": the trip's city
        d, p = _main_occasion(ctx)
        place = p if same_trip(date, d) else None
    date = nth_day(ctx, sent, date)
    return (refined(ctx, date) or ctx.doc_date or (str(ctx.year) if ctx.year else None),
            place or host_city(ctx, sent) or ctx.dateline_place or header_place(ctx))


_PLANNED = re.compile(r"\b(?:will|to) be held\b|\bwould be held\b|\bwill (?:hold|meet|visit)\b|"
                      r"\bplans? to hold\b|\bis scheduled\b")

def _occasion(ctx: Context, sent, skip: list[Span], within: Span | None = None):
    """The date and venue a sentence (or one clause of it) gives."""
    lo, hi = within or (sent.start, sent.end)

    def free(pos: int) -> bool:
        return lo <= pos < hi and not any(s <= pos < e for s, e in skip)

    date = None
    for d in ctx.dates_in(sent):
        if free(d.start) and not _NOT_DATE.search(ctx.text[max(lo, d.start - 25) : d.start]) \
                and not re.match(r"\s*(?:percent|per cent|%|won|dollars|tons)",
                                 ctx.text[d.end : d.end + 10]):
            date = of_that_year(ctx, sent, d)
            break
    if date is None or len(date) == 4 or later_than_release(ctx, date):
        # "on Tuesday, a quarter century after they forged ties in 1992": a year long past
        # is what the day recalls; "signed the protocol on Friday, setting out a plan for
        # 2022-2023": a year still to come is what it plans; "on Thursday at G-Star 2018":
        # a year in a name is no day; the weekday is the day itself
        date = relative_day(ctx, sent, lo, hi, free) or weekday(ctx, lo, hi, free) or date
    date, place = day_of_month(ctx, sent, date, free), None
    for hit in ctx.places_in(lo, hi):
        if free(hit.start) and not ctx.inside_name(hit.start, hit.end) and is_venue(ctx, hit):
            place = hit.id
            break
    return date, place or landmark(ctx, lo, hi, free)


def _event_occasion(ctx: Context, sent) -> tuple[str | None, str | None]:
    skip = _relative_clauses(ctx, sent)
    for ev in ctx.events:
        if ev.sentence != sent.index or any(s <= ev.span[0] < e for s, e in skip):
            continue  # not told in the sentence's main clause
        own = [(s, e) for s, e in skip if not describes(ctx, ev.span[1], s)]
        if ev.date is not None and any(s <= ev.date.start < e for s, e in own):
            continue
        if ev.date is not None and not sent.start <= ev.date.start < sent.end and \
                later_than_release(ctx, ev.date.value) and \
                vocab().anaphor.search(ctx.text, sent.start, sent.end):
            continue  # "At the ceremony, A and B signed": not the show planned for next year
        hits = [h for h in ctx.places_in(sent.start, sent.end) if h.id == ev.place_id]
        if hits and all(any(s <= h.start < e for s, e in own) for h in hits):
            return _event_date(ctx, ev), None  # its place is where the next round is to be
        return _event_date(ctx, ev), _event_place(ctx, sent, ev.place_id)
    return None, None


def _event_date(ctx: Context, ev) -> str | None:
    """An event's date, unless it is the release's own (not read in the text), or was read
    from another sentence and lies long before the release ("the previous meeting took
    place in December 2019"): another round's date, not the occasion's. A meeting of
    several days keeps its last day, so that a signing on any of them is at it."""
    if ev.date is None or ev.date.start >= ev.date.end or ev.date.start < ctx.body_start:
        return None  # the release's own date, not read in the text: no word on the day
    own = ctx.sentences[ev.sentence]
    if not own.start <= ev.date.start < own.end and long_before(ctx, ev.date.value):
        return None
    return Days(ev.date.value, ev.date.end_value or
                bracketed_until(ctx, ev.date.start, ev.date.end, ev.date.value) or
                runs_until(ctx, ev.date.end, ev.date.value))


def _event_place(ctx: Context, sent, place: str | None) -> str | None:
    """An event's place, unless the sentence names it only as the home of a party or a
    facility ("the X shipbuilding complex in Primorye"): not where anything was signed;
    one its sentence does not name yields to the news item's dateline."""
    hits = [h for h in ctx.places_in(sent.start, sent.end) if h.id == place]
    if not hits and ctx.dateline_place and not lies_in(ctx, place, ctx.dateline_place):
        return ctx.dateline_place  # a news item's dateline over a place read from elsewhere
    return None if hits and not any(is_venue(ctx, h) for h in hits) else place


def _antecedent(ctx: Context, sent, skip: list[Span],
                day: str | None = None) -> tuple[str | None, str | None]:
    """"After the talks", "at the summit", "during the event": the earlier sentence that
    tells of that occasion. A signing dated ``day`` ("On August 27, ... at the pavilion")
    refers past a sentence of another day ("At the opening of the pavilion on August 26")
    to the one that tells where the occasion is."""
    v = vocab()
    m = next((a for a in v.anaphor.finditer(ctx.text, sent.start, sent.end)
              if not any(s <= a.start() < e for s, e in skip)), None)
    if m is None:
        return None, None
    cue = v.occasions[next(k for k in v.occasions if k.lower() == m.group("occ").lower())]
    date = place = None
    for prev in reversed(ctx.sentences[: sent.index]):
        if prev.start < ctx.body_start:
            break
        told = [t for t in cue.finditer(prev.text)
                if not re.search(r"\b(?:next|upcoming|coming|future)\s+$", prev.text[: t.start()])]
        next_to = adjacent(ctx, prev, sent)
        if not told or _PLANNED.search(prev.text) or \
                only_other_rounds(ctx, prev) and not next_to:
            continue
        d, p = _occasion(ctx, prev, _relative_clauses(ctx, prev) + recalled(ctx, prev))
        ed, ep = _event_occasion(ctx, prev)
        d, p = d or ed, p or ep or _lead_place(ctx, prev, d)
        if REMOTE.search(prev.text):  # "held by video conference": held nowhere; a place the
            return date or d, None  # sentence names is a participant's home
        if d and ctx.doc_date and d[: len(ctx.doc_date)] > ctx.doc_date[: len(d)]:
            continue  # a meeting still to come
        if d and long_before(ctx, d) and not next_to:
            continue  # an earlier round the release recalls, not today's occasion
        if (date or day) and d and not compatible(date or day, d):
            continue
        if date and d and len(date) < len(d):
            date = d  # "At this year's meeting" after "held the meeting ... on October 16"
        date, place = date or d, place or p
        if date and place and len(date) > 4:
            break
    return date, place


def _lead_place(ctx: Context, told, date: str | None) -> str | None:
    """"... presented projects to investors in Seoul on 14 November. The presentation
    session was organized with KOTRA": an occasion told without a place continues the
    sentence before it in its paragraph, which says where it was."""
    if told.index == 0:
        return None
    lead = ctx.sentences[told.index - 1]
    if lead.start < ctx.body_start or not adjacent(ctx, lead, told):
        return None
    d, p = _occasion(ctx, lead, _relative_clauses(ctx, lead))
    return p if p and not (date and d and not compatible(date, d)) else None


#: a signing sentence whose subject refers back to the people of the sentence before ("He
#: attended the signing of ..." after "On May 3, the minister visited X")
_ANAPHORIC = re.compile(r"\W*(?:They|He|She|Both\b|The\s+two\s+[\w-]+|"
                        r"The\s+(?:sides|parties|ministers|leaders|officials|governors|mayors|co-chairs|delegations|heads))\b")
#: an occasion within a longer one: "on the sidelines of the festival", "during the forum"
_CONTAINER = re.compile(r"\b(?:(?:on|at)\s+the\s+(?:sidelines|margins)\s+of|during|as\s+part\s+of|"
                        r"in\s+the\s+framework\s+of)\s+the\b", re.I)


def _scene(ctx: Context, sent) -> tuple[str | None, str | None]:
    """"The two vice ministers held talks on Sept. 6 ... They signed a memorandum ...": a
    signing whose subject refers back to the sentence before happened at the occasion
    that sentence tells (and in the place of the longer occasion that one was part of:
    "on the sidelines of the festival")."""
    if sent.index == 0 or not _ANAPHORIC.match(sent.text):
        return None, None
    prev = _scene_sentence(ctx, sent)
    if prev.start < ctx.body_start or not adjacent(ctx, ctx.sentences[sent.index - 1], sent) or \
            _PLANNED.search(prev.text) or not any(
                c.search(prev.text) for c in vocab().occasions.values()):
        return None, None
    skip = _relative_clauses(ctx, prev)
    date, place = _occasion(ctx, prev, skip)
    for d, p in (_event_occasion(ctx, prev), _antecedent(ctx, prev, skip)):
        if date and d and not compatible(date, d):
            d = None
            if not _CONTAINER.search(prev.text):
                continue
        date, place = date or d, place or p
    # "The visit began in X. On Monday the governor met the mayor. They signed ...": the
    # paragraph's opening sentence places the meeting
    return date, place or _lead_place(ctx, prev, date)


#: an occasion still to come, told in reported speech: no scene of a signing told today
_TO_COME = re.compile(r"\b(?:would|will)\s+(?:also\s+)?(?:send|hold|host|visit|attend|travel|go|"
                      r"take\s+part|come)\b")


def _lead_scene(ctx: Context, sent, date: str | None, place: str | None) -> tuple:
    """"On Monday, the governor held talks in Seoul with X. In the presence of Y, A and B
    signed ...": a signing that names no place, told right after an occasion (of its day,
    if either is dated), took place there, wherever the news item is filed from; a wire
    story gives each sentence a paragraph of its own, so the break is no new scene."""
    if place or sent.index == 0:
        return None, None
    prev = ctx.sentences[sent.index - 1]
    if prev.start < ctx.body_start or _PLANNED.search(prev.text) or \
            vocab().signing.search(prev.text) or \
            not any(c.search(prev.text) for c in vocab().occasions.values()):
        return None, None
    d, p = _occasion(ctx, prev, _relative_clauses(ctx, prev))
    if p is None or date and d and not compatible(date, d) or later_than_release(ctx, d) or \
            _TO_COME.search(prev.text):
        return None, None  # "Korea would send a delegation to the forum in X in September"
    return d, p


#: a sentence that opens on the day a step of a trip took: "The following day the
#: delegation visited X", "On the second day, ...", "Later that day ..."
_DAY_OPENER = re.compile(r"\W*(?:On\s+)?(?:the\s+(?:following|next)\s+day|the\s+day\s+after|"
                         r"later\s+that\s+day|the\s+(?:second|third|last|final)\s+day)\b", re.I)


def _narrated(ctx: Context, sent) -> tuple[str | None, str | None]:
    """"The following day the delegation visited X. In the presence of ..., A and B signed an
    MOU": a signing told right after the day's step of a trip, in its paragraph, took place
    on that day."""
    later = sent
    for _ in range(2):  # "The following day, in X, A met B. B's firm already ... . A and B
        if later.index == 0:  # signed ...": an undated aside may stand between
            return None, None
        prev = ctx.sentences[later.index - 1]
        if prev.start < ctx.body_start or not adjacent(ctx, prev, later):
            return None, None
        if _DAY_OPENER.match(prev.text):
            return _occasion(ctx, prev, _relative_clauses(ctx, prev))
        if ctx.dates_in(prev) or ctx.places_in(prev.start, prev.end):
            return None, None
        later = prev
    return None, None


def _scene_sentence(ctx: Context, sent):
    """The sentence before; or, when that one also only goes on of the same people ("They
    discussed ..."), the one before it that tells of their occasion."""
    prev = ctx.sentences[sent.index - 1]
    for _ in range(2):
        if prev.index == 0 or not _ANAPHORIC.match(prev.text) or any(
                c.search(prev.text) for c in vocab().occasions.values()):
            break
        before = ctx.sentences[prev.index - 1]
        if not adjacent(ctx, before, prev):
            break
        prev = before
    return prev


def _main_occasion(ctx: Context) -> tuple[str | None, str | None]:
    from kg.extract.events import main_event

    ev = main_event(ctx)
    if ev is None:
        return None, None
    skip = _relative_clauses(ctx, ctx.sentences[ev.sentence])
    if any(s <= ev.span[0] < e for s, e in skip) or ev.date is not None and (
            any(s <= ev.date.start < e for s, e in skip)
            or ctx.doc_date and ev.date.value > ctx.doc_date):
        return None, None  # told in an aside, or still to come: not where anything was signed
    own = ctx.sentences[ev.sentence]
    return _event_date(ctx, ev), _event_place(ctx, own, ev.place_id) or named_host(ctx, own)
