"""Signings and the meetings they belong to.

A signing reported with the names of its signers may say where it was only in the
sentence after ("The documents were signed in Suwon"), and one "signed during the
session" or told after "two agreements were also signed at the forum" is part of that
meeting rather than an occasion of its own.
"""

from __future__ import annotations

import re

from kg.extract.agreement_later import COLLECTIVE
from kg.extract.context import Context
from kg.extract.event_cues import main_event
from kg.extract.event_when import venues, weekday_date
from kg.namespaces import KGO

#: "The agreement was signed during the session by X and Y": at the meeting told before
#: the gatherings a signing may be part of, whatever a ministry or institute calls them
_GATHERING = (r"(?:session|meeting|forum|dialogue|event|talks|conference|round|seminar|"
              r"workshop|symposium|consultations|negotiations|summit|sitting)")
_DURING_IT = re.compile(r"\b(?:during|at|on the (?:sidelines|margins) of|at the (?:end|close|"
                        rf"conclusion) of)\s+the\s+(?:\w+\s+)?{_GATHERING}\b|"
                        r"\bon\s+the\s+(?:first|second|third|last|final|opening|closing)\s+day\b",
                        re.I)


def _signed_there_before(ctx: Context, sent) -> bool:
    """"Two agreements were also signed at the forum. The Mayor of A and the Head of B
    signed ...": the signings the sentence before placed at the meeting."""
    for prev in ctx.sentences[max(0, sent.index - 2) : sent.index]:
        if re.search(r"\b(?:were|was)\s+(?:also\s+)?signed\b", prev.text) and \
                _DURING_IT.search(prev.text):
            return True
    return False


def signed_at_a_meeting(ctx: Context, sent, persons: list) -> bool:
    """A signing during the meeting told before is part of it: its signers were there.
    True when the signing was given to that meeting."""
    prev = ctx.sentences[sent.index - 1].text if sent.index else ""
    # "Following the meeting, A and B signed an MOU. The document was signed by X and Y."
    told_before = prev if (DOC_SIGNED_BY.match(sent.text) or _SIGNED_THE.search(sent.text)) \
        and re.search(r"\bsigned\b", prev) else ""
    during = _DURING_IT.search(sent.text) or _DURING_IT.search(told_before)
    after = _AFTER_IT.match(sent.text) or _AFTER_IT.match(told_before)
    if not (during or after or _signed_there_before(ctx, sent)):
        return False
    told = [e for e in ctx.events if e.mechanism is not None and e.sentence < sent.index
            and not e.mechanism.venue_only]
    if not told:
        return False
    main = main_event(ctx)
    host = main if main in told else told[-1]  # the round reported, not one recalled
    if after and not during and \
            not (persons and all(p.spans[0][0] < sent.start for p in persons)):
        return False  # newcomers signing after the session: an occasion of their own
    beside = during is not None and told_before and re.search(r"sidelines|margins", during[0])
    if during and not after and (beside or _own_day(ctx, sent, told_before, host)) and \
            not any(p in host.participants for p in persons):
        return False  # others signing beside the session (bodies on its sidelines whose
        # signers are told after, or on a day of its own): an occasion of their own; "On
        # the sidelines of the meeting, X and Y signed" is still the meeting's

    host.participants += [p for p in persons if p not in host.participants]
    return True


def headline_signing_folded(ctx: Context) -> None:
    """"A and B signed an agreement" over a body telling that signing as part of their talks
    ("Following the talks, the two leaders signed ..."): the headline's signing is the one
    the body folds into the talks, not another occasion; its signers were at the talks."""
    heads = [e for e in ctx.events if e.kind == KGO.Signing and e.mechanism is None and
             _headline(ctx, ctx.sentences[e.sentence])]
    if any(e.kind == KGO.Signing and e not in heads for e in ctx.events):
        return
    for ev in [e for e in heads if not ctx.dates_in(ctx.sentences[e.sentence])]:
        host = _host_of_signing(ctx)
        if host is not None:
            ctx.events.remove(ev)
            host.participants += [p for p in ev.participants if p not in host.participants]


def _headline(ctx: Context, sent) -> bool:
    """A title line: before the story's first full sentence, with no full stop of its own."""
    if sent.start < ctx.body_start:
        return True
    if re.search(r"[.!?\"”]\s*$", sent.text):
        return False
    return not any(len(s.text.split()) >= 12 and re.search(r"[.!?\"”]\s*$", s.text)
                   for s in ctx.sentences[: sent.index])


def _host_of_signing(ctx: Context):
    """The talks or meeting a body sentence says a signing followed or was part of."""
    for sent in ctx.sentences:
        if _headline(ctx, sent) or not re.search(r"\bsigned\b", sent.text) or \
                not (_AFTER_IT.match(sent.text) or _DURING_IT.search(sent.text)):
            continue
        told = [e for e in ctx.events if e.sentence < sent.index and e.kind != KGO.Signing
                and not e.recalled and not _headline(ctx, ctx.sentences[e.sentence])]
        return told[-1] if told else None
    return None


def _own_day(ctx: Context, sent, told_before: str, host) -> bool:
    """"On the sidelines of the meeting on July 4, ...", the meeting dated July 3: a day
    that is not the session's first."""
    sents = [sent] if not told_before else [ctx.sentences[sent.index - 1], sent]
    days = {d.value for s in sents for d in ctx.dates_in(s) if len(d.value) == 10}
    return bool(days) and host.date is not None and host.date.value not in days


#: "X and Y signed the agreement": the one the sentence before told
_SIGNED_THE = re.compile(r"\bsigned\s+(?:the|this|that)\s+(?:agreement|memorandum|document|MOU|MoU|"
                         r"deal|accord|protocol)\b")
#: "The deal was signed by X and Y": the signing the sentence before told
DOC_SIGNED_BY = re.compile(r"\W*(?:o\s+)?(?:(?:The|This|That)\s+[\w-]+|It)\s+(?:was|were)\s+"
                           r"signed\s+by\b")
#: "Following the meeting, X and Y signed ...": the co-chairs closing their own session
_AFTER_IT = re.compile(r"\W*(?:Following|After|At\s+the\s+(?:end|close|conclusion)\s+of|"
                       r"(?:Up)?on\s+(?:the\s+)?conclusion\s+of)\s+the\s+(?:session|meeting|talks|"
                       r"round|seminar|workshop|symposium|sitting)\s*,", re.I)


#: a ceremony by video link is in no one city: each side is in its own
_REMOTE = re.compile(r"\b(?:virtual(?:ly)?|video\s*(?:link|conference)|videoconference|online|"
                     r"remotely)\b", re.I)
_ONE_SIGNED = re.compile(r"\W*(?:The|This)\s+(?:document|agreement|memorandum|MOU|MoU|deal|accord|"
                         r"contract)\s+was\s+signed\b")


def signed_where(ctx: Context) -> None:
    """"X and Y signed an agreement on Tuesday." / "The documents were signed in Suwon ...":
    the sentence after a signing may say where it was, over a news item's dateline."""
    for ev in ctx.events:
        if ev.kind == KGO.Signing:
            _told_before(ctx, ev)
        if ev.kind != KGO.Signing or ev.sentence + 1 >= len(ctx.sentences):
            continue
        nxt = ctx.sentences[ev.sentence + 1]
        m = COLLECTIVE.match(nxt.text) or _ONE_SIGNED.match(nxt.text)
        if m is None:
            continue
        told = venues(ctx, nxt.start + m.end(), nxt.end)
        if _REMOTE.search(nxt.text):
            told = []  # "held in a virtual format, connecting X in Jinju and Y in Moscow"
        if told:
            ev.place_id = told[0].id
        ev.participants += [p for p in _present_in(ctx, nxt) if p not in ev.participants]


#: "... in Moscow on November 22": a place told with the day is where the signing was
_IN_PLACE_ON_DAY = re.compile(r"\bin\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?"
                              r"(?=,?\s+on\s+(?:[A-Z][a-z]+\.?\s+)?\d)")


def _told_before(ctx: Context, ev) -> None:
    """"On the sidelines of the meeting on July 4, A and B signed an MOU. X and Y signed the
    document": the day and place of the signing are those of the sentence that told it,
    one or two sentences before."""
    sent = ctx.sentences[ev.sentence]
    before = ctx.sentences[max(0, ev.sentence - 2) : ev.sentence]
    prev = next((s for s in reversed(before) if re.search(r"\bsigned\b", s.text)), None)
    if prev is None or not (_SIGNED_THE.search(sent.text) or DOC_SIGNED_BY.match(sent.text)) \
            or ctx.dates_in(sent):
        return
    signed = re.search(r"\bsigned\b[^.;]{0,60}", prev.text)  # "signed in Yakutsk on Thursday"
    clause = (prev.start + signed.start(), prev.start + signed.end())
    days = [d for d in ctx.dates_in(prev) if len(d.value) == 10]
    if not days:
        day = weekday_date(ctx, *clause)
        days = [day] if day is not None else []
    if len(days) == 1 and (ev.date is None or not ev.date.end):  # none, or the release's
        ev.date = days[0]
    told = venues(ctx, *clause)
    dated = _IN_PLACE_ON_DAY.search(prev.text, signed.start())
    if not told and dated:  # "signed an MOU on ... district heating in Moscow on November 22"
        told = venues(ctx, prev.start + dated.start(), prev.start + dated.end())
    if ev.place_id is None and told:
        ev.place_id = told[0].id
    host = [e for e in ctx.events if e.mechanism is not None and e.sentence < prev.index
            and e.place_id]
    main = main_event(ctx)
    if ev.place_id is None and _DURING_IT.search(prev.text) and host:
        ev.place_id = (main if main in host else host[-1]).place_id  # beside the session


def _present_in(ctx: Context, sent) -> list:
    """Officials said to have attended ("Ambassador X attended the ceremony")."""
    if not re.search(r"\b(?:attended|was present|were present|witnessed)\b", sent.text):
        return []
    return [p for p in ctx.persons if any(sent.start <= s < sent.end for s, _ in p.spans)]


def signing_of_talks(ctx: Context) -> None:
    """"X told reporters after talks with a delegation on Wednesday ... X and Y signed an
    agreement in A": a signing with no day of its own, told just after talks its signer
    held (or right after any occasion of the day), was signed there, on that day."""
    for ev in ctx.events:
        if ev.kind != KGO.Signing or ev.date is not None or ev.mechanism is not None:
            continue
        told = [e for e in ctx.events if e.date is not None and e.mechanism is None
                and not e.recalled and ev.sentence - 3 <= e.sentence < ev.sentence]
        talks = [e for e in told if e.kind == KGO.Talks and
                 {p.iri for p in e.participants} & {p.iri for p in ev.participants}]
        just = [e for e in told if e.sentence == ev.sentence - 1 and  # "The following day the
                # delegation visited X. In the presence of the governor, A and B signed ...":
                # that day; not a show still to come, told in passing
                not (ctx.doc_date and e.date.value[:10] > ctx.doc_date)]
        host = just[-1] if just else talks[-1] if talks else None
        if host is not None:
            ev.date = host.date
            ev.place_id = ev.place_id or host.place_id
