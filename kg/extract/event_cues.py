"""What the event steps share: the verbs that tell a meeting took place, the words that
tell it has not yet, and which event a release is about.

A release reports one occasion (its main event) and mentions others in passing; the
main event is the earliest one told as held, a numbered meeting before an unnumbered
one of the same channel in the same sentence.
"""

from __future__ import annotations

import re

from kg.extract.context import Context, Event
from kg.namespaces import KGO

HOLD = re.compile(
    r"\b(?:held|hold|holds|holding|took place|take place|takes place|taking place|convened|"
    r"opened|was inaugurated|were inaugurated|is underway|was underway|co-chaired|chaired|"
    r"hosted|will host|attended|attend|participated|kicked off|wrapped up|was launched|"
    r"be launched|(?:will|to|would)\s+open|opens\s+(?:in|on|today|tomorrow|next)|"
    r"organized|organised|met|meets|convenes|will meet|would meet|to meet|"
    r"(?:runs|ran|will\s+run)\s+(?:through|until|till|from|on))\b",
    re.I,
)
VIRTUAL = re.compile(r"\b(?:virtual(?:ly)?|video ?conference|videoconference|online|hybrid format|"
                      r"video link|teleconference|(?:tele)?phone (?:talks|call|conversation))\b",
                      re.I)
NOT_PRESENT = re.compile(r"\b(?:to be held|will be held|will host|(?:is|are) due to|"
                          r"(?:is|are) planned|"
                          r"voiced hope|hoped|hopes|expects?|"
                          r"expressed (?:the |his |her |their )?hope|"
                          r"expected|next (?:meeting|session|round)|would be|"
                          r"(?:will|to) be launched|(?:is|are) slated|will take place|"
                          r"to take place|scheduled\s+for|slated\s+for|"
                          r"proposed\s+(?:holding|to\s+hold))\b", re.I)


def main_event(ctx: Context) -> Event | None:
    """The meeting a release is about: the earliest one it reports as held (a numbered
    meeting first when one sentence holds several), else the first. A forum named only as
    the backdrop ("signed on the sidelines of the 4th EEF") is the news only when nothing
    else is."""
    if not ctx.events:
        return None
    told = [e for e in ctx.events if not e.recalled] or ctx.events
    held = [e for e in told if not NOT_PRESENT.search(ctx.sentences[e.sentence].text)]
    if not held:
        return told[0]
    first = min(held, key=lambda e: (_hosting(e), e.sentence,
                                     e.ordinal is None and e.mechanism is not None, e.span[0]))
    if _ahead(ctx, first):  # "will hold a drill on Thursday, as decided at the meeting held
        # yesterday": the news is the meeting just held
        recent = [e for e in held if _days_before(ctx, e) in range(0, 8)]
        return recent[0] if recent else first
    return first


def _ahead(ctx: Context, event: Event) -> bool:
    return bool(ctx.doc_date and event.date and event.date.value[:10] > ctx.doc_date)


def _days_before(ctx: Context, event: Event) -> int:
    """How many days before the release an event with a full date was held (else -1)."""
    import datetime as dt

    if not ctx.doc_date or len(ctx.doc_date) != 10 or not event.date or \
            len(event.date.value) != 10:
        return -1
    return (dt.date.fromisoformat(ctx.doc_date) - dt.date.fromisoformat(event.date.value)).days


def _hosting(event: Event) -> bool:
    """"a business dialogue held on the sidelines of the fifth forum": the dialogue is what
    the sentence reports, the forum only where it took place."""
    return event.mechanism is not None and event.mechanism.venue_only


def first_numbered(ctx: Context) -> Event | None:
    numbered = [e for e in ctx.events if e.mechanism is not None and e.ordinal is not None]
    return numbered[0] if numbered else None


def new_event(ctx, mention, ordinal, date, place_id, span, sent_index, kind) -> Event:
    return Event(iri=None, mechanism=mention, ordinal=ordinal, date=date, place_id=place_id,
                 span=span, sentence=sent_index, kind=kind)


#: words that tell an occasion is still to come
FUTURE = re.compile(r"\b(?:will|to be held|is to be|are to be|scheduled|slated|planned|next|"
                    r"upcoming|would be held|would meet|"
                    r"(?:agreed|plan|plans|planned|intend|intends)\s+to\s+(?:hold|meet|convene))\b",
                    re.I)


def meeting_meant(ctx, sent, told: list):
    """"At the meeting, ...": the release's own meeting when it was told before, else the
    occasion the sentence before told ("... the 18th meeting of X. At the meeting, ...")."""
    main = main_event(ctx)
    if main is not None and main.sentence < sent.index and main.kind != KGO.Signing and \
            re.match(r"\W*(?:[o°◦]\s+)?(?:At|During)\s+the\s+(?:meeting|session|talks)\b",
                     sent.text, re.I):
        return main
    return told[-1] if told else None



#: "Minister X informed the guests about the results of the 28th session": who tells of a
#: session told no one was at it
_BRIEFED_ON = re.compile(r"\b(?:informed|briefed|told|updated|reported\s+to)\b[^.;]{0,40}?"
                         r"\b(?:about|on)\s+(?:the\s+)?(?:results?|outcomes?)\s+of\s+(?:the\s+)?(?:\S+\s+){0,5}$")
#: "Consul Kang recalled the governor's visit to Seoul and his meeting at the forum": the
#: one recalling tells of another's occasions, he was not there
_RECALLED_OTHERS = re.compile(r"\b(?:recalled|recalling|remembered|mentioned)\s+(?:the\s+)?"
                              r"(?:[\w-]+\s+){0,2}?(?!(?:his|her|their|its|our)\b)[\w-]+['’]s\s"
                              r"[^.;]{0,160}$")
#: "the New Northern Policy that Korea announced at the Eastern Economic Forum": what a
#: country did there, not where the speaker was
_A_COUNTRY_DID_AT = re.compile(r"\b(?:that|which)\s+(?:South\s+)?(?:Korea|Russia|Seoul|Moscow)\s+"
                               r"(?:had\s+)?(?:announced|proposed|unveiled|presented|declared|"
                               r"launched)\s+(?:at|during)\s+the\s+(?:\S+\s+){0,3}$")


def told_by_others(ctx: Context, sent, start: int) -> bool:
    """An occasion the sentence's people only tell of (its results, what a country did
    there): they were not at it."""
    return bool(_BRIEFED_ON.search(ctx.text, max(sent.start, start - 120), start) or
                _RECALLED_OTHERS.search(ctx.text, max(sent.start, start - 180), start) or
                _A_COUNTRY_DID_AT.search(ctx.text, max(sent.start, start - 80), start) or
                _INVITED.search(ctx.text, max(sent.start, start - 80), start) and
                _TO_A_GATHERING.match(ctx.text, start))


#: "X invited the Korean side to a joint workshop to be held in Y": an invitation, not
#: a part taken yet
_INVITED = re.compile(r"\binvited\b[^.;]{0,70}$")
_TO_A_GATHERING = re.compile(r"(?:to|at|in)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:workshop|seminar|"
                             r"symposium)\b")
