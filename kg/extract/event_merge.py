"""When an event told is one already told: the same channel (or the same talks), no
number or date against it, no other place. A later, fuller telling refines the first:
a finer date, the number, the place, more participants.
"""

from __future__ import annotations

import re

from kg.extract.context import Context, Event
from kg.extract.dates import DateMention
from kg.extract.mechanisms import GATHERING_HEADS
from kg.namespaces import KGO

_NEXT = re.compile(r"\b(?:next|following|previous|preceding|prior|last)\s+(?:[\w-]+\s+)?"
                   r"(?:meeting|session|round|dialogue|forum|consultations?)\b", re.I)


def merge(ctx: Context, ev: Event) -> None:
    """Add an event told, or fold it into the one already told that it repeats."""
    if ev.ordinal is None and ev.mechanism is not None and \
            _NEXT.search(ctx.sentences[ev.sentence].text):
        ctx.events.append(ev)  # "hold the next meeting in X", "its previous meeting": another
        return
    for old in ctx.events:
        if not _same_mechanism(old, ev):
            continue
        if _headline_told(ctx, old, ev):
            old.sentence, old.span = ev.sentence, ev.span  # from now on, the body's telling
        told_on = _talks_told_on(old, ev)
        if told_on:
            old.sentence, old.span = ev.sentence, ev.span  # told in full there
        same_talks = _same_talks(old, ev, ctx.doc_date) or _same_trip(old, ev) or told_on
        if old.mechanism is None and old.sentence != ev.sentence and not same_talks:
            continue
        if old.kind == ev.kind == KGO.Talks and old.participants and ev.participants and \
                not {p.iri for p in old.participants} & {p.iri for p in ev.participants}:
            continue  # "A met B, while C and D talked": two pairs, two talks
        if old.ordinal is not None and ev.ordinal is not None and old.ordinal != ev.ordinal:
            continue
        if old.ordinal is None and ev.ordinal is None or old.ordinal is None or ev.ordinal is None:
            if not _compatible(old, ev):
                continue
        old.ordinal = old.ordinal or ev.ordinal
        old.date = ev.date if old.date and ev.date and _within(old.date, ev.date) and \
            old.mechanism is not None else _finer(old.date, ev.date)  # a round: its first day
        old.place_id = old.place_id or ev.place_id
        if old.mechanism is not None or old.sentence == ev.sentence or same_talks:
            old.participants += [p for p in ev.participants if p not in old.participants]
        return
    ctx.events.append(ev)


def _talks_told_on(old: Event, ev: Event) -> bool:
    """"On 25 August, the talks continued in X. Y met with Z ...": the talks the sentence
    before set, now with who held them."""
    return old.kind == ev.kind == KGO.Talks and not old.participants and not old.recalled \
        and ev.sentence == old.sentence + 1 and (ev.date is None or old.date is None or
                                                 old.date.value == ev.date.value)


def _headline_told(ctx: Context, old: Event, ev: Event) -> bool:
    """"Vice minister visits Khabarovsk" over a body telling the visit with its dates: the
    headline's occasion is the first like it the body tells."""
    return old.span[0] < ctx.body_start <= ev.span[0] and old.kind == ev.kind and \
        old.mechanism is None and _compatible(old, ev)


def _same_talks(old: Event, ev: Event, doc_date: str | None) -> bool:
    """Talks told again ("Baek sat down with X"): the ones told before, when two of their
    people are the same (or the first telling named one of them: "Telephone conversation
    with President X") and the new telling gives no other day. A month before the release's
    own, told only by the new telling, is another occasion's ("... since their summit in
    Vladivostok in 2017")."""
    if old.kind != KGO.Talks or ev.kind != KGO.Talks:
        return False
    before, now = {p.iri for p in old.participants}, {p.iri for p in ev.participants}
    if not (len(before & now) >= 2 or before and before < now):
        return False
    if ev.date is None or old.date is not None and ev.date.value == old.date.value:
        return True
    return old.date is None and not (doc_date and ev.date.value[:7] < doc_date[:7])


def _same_trip(old: Event, ev: Event) -> bool:
    """"X will leave for Russia next week ... X will stay in Moscow from Oct. 9-14": a trip
    told first with no day or city, then with them, by the same traveller."""
    return old.kind == ev.kind == KGO.Visit and old.date is None and old.place_id is None \
        and bool({p.iri for p in old.participants} & {p.iri for p in ev.participants})


def _same_mechanism(a: Event, b: Event) -> bool:
    if a.mechanism is None or b.mechanism is None:
        kinds = a.kind == b.kind or KGO.Visit not in (a.kind, b.kind)  # a visit holds talks
        return a.mechanism is None and b.mechanism is None and kinds
    return a.mechanism.iri == b.mechanism.iri


def _compatible(a: Event, b: Event) -> bool:
    if a.date and b.date and not (a.date.value.startswith(b.date.value)
                                  or b.date.value.startswith(a.date.value)
                                  or _within(a.date, b.date) or _within(b.date, a.date)):
        return False
    return not (a.place_id and b.place_id and a.place_id != b.place_id)


def _within(day: DateMention, span: DateMention) -> bool:
    """"held on 5 September as part of the forum ... The forum runs on 4–6 September"."""
    return bool(span.end_value) and len(day.value) == 10 and \
        span.value <= day.value <= span.end_value


def _finer(a: DateMention | None, b: DateMention | None) -> DateMention | None:
    if a is None:
        return b
    if b is None:
        return a
    return b if len(b.value) > len(a.value) and b.value.startswith(a.value) else a


#: "The talks were held as part of the 20th meeting of the Joint Commission": the talks
#: just told are that meeting, not a second occasion beside it
_PART_OF = re.compile(r"\b(?:The|These|Their|Those|the|their)\s+(?:talks|meeting|negotiations|"
                      r"consultations)\s+(?:(?:were|was)\s+(?:held\s+)?(?:as\s+(?:a\s+)?part\s+of|"
                      r"within(?:\s+the\s+framework\s+of)?)|opened)\s+the\b")


def talks_within_session(ctx: Context) -> None:
    """Fold the talks a sentence tells into the numbered meeting the same or the next
    sentence says they were part of ("their meeting opened the Commission's 19th
    session"): its channel and number, the talks' own day, place and people."""
    for ev in list(ctx.events):
        if ev.mechanism is None or ev.ordinal is None or \
                ev.mechanism.head.endswith(GATHERING_HEADS):
            continue
        told = [s for s in ctx.sentences if s.start >= ctx.body_start and _PART_OF.search(s.text)
                and any(m.iri == ev.mechanism.iri and s.start <= m.span[0] < s.end
                        for m in ctx.mechanisms)]
        if not told:
            continue
        here, prev = told[0], ctx.sentences[max(0, told[0].index - 1)]
        talks = [e for e in ctx.events if e.mechanism is None and e.kind == KGO.Talks and
                 any(prev.start <= at < here.end for at in _told_at(e))]
        if len(talks) != 1:
            continue
        held = talks[0]
        held.mechanism, held.ordinal, held.kind = ev.mechanism, ev.ordinal, ev.kind
        held.place_id = held.place_id or ev.place_id
        held.date = held.date or ev.date
        held.participants += [p for p in ev.participants if p not in held.participants]
        ctx.events.remove(ev)


def _told_at(ev: Event) -> list[int]:
    """Where an event is told: its trigger, and its date (a headline's talks keep the
    headline's trigger while the body gives their day)."""
    return [ev.span[0]] + ([ev.date.start] if ev.date and ev.date.end else [])


_TALKS_TOO = re.compile(r"\b(?:meeting|talks|met|consultations)\b")
_CEREMONY_OF = re.compile(r"\b(?:opening|closing|inaugural)\s+(?:ceremony|session|night)\b", re.I)


def ceremonies_of_gatherings(ctx: Context) -> None:
    """"The fifth Film Week ran from Oct. 6 to 12 ... X and Y attended the opening ceremony
    on Oct. 6": a ceremony of a fair, week or festival held that day is part of it, and
    those there are its participants."""
    gatherings = [e for e in ctx.events if e.mechanism is not None and e.date is not None
                  and e.mechanism.head.endswith(GATHERING_HEADS) and not e.recalled]
    for ev in list(ctx.events):
        if ev.mechanism is not None or ev.date is None or \
                not _CEREMONY_OF.search(ctx.text, ev.span[0], ev.span[1]):
            continue  # told by the ceremony itself
        if _TALKS_TOO.search(ctx.sentences[ev.sentence].text):
            continue  # "attended the opening ceremony, after holding a meeting": talks too
        host = [g for g in gatherings if _compatible(g, ev) and
                (g.date.value == ev.date.value or _within(ev.date, g.date))]
        if len(host) != 1:
            continue
        host[0].participants += [p for p in ev.participants if p not in host[0].participants]
        ctx.events.remove(ev)


_OPENED_BEFORE = re.compile(r"\b(?:festival|fair|week|expo|exhibition|days)\b[^.;]{0,120}?"
                            r"\b(?:opened|began|kicked\s+off|started|got\s+under\s+way)\b", re.I)


def gathering_opened_before(ctx: Context) -> None:
    """"A five-day festival ... opened in Vladivostok on Sept. 5 ... The X Festival ... runs
    through Sept. 9": the gathering named with no start of its own began where and when the
    sentence before says."""
    from kg.extract.event_when import venues

    for ev in ctx.events:
        if ev.mechanism is None or ev.date is not None or not ev.sentence or \
                not ev.mechanism.head.endswith(GATHERING_HEADS):
            continue
        prev = ctx.sentences[ev.sentence - 1]
        if not _OPENED_BEFORE.search(prev.text):
            continue
        days = [d for d in ctx.dates_in(prev) if d.precision == "day"]
        if days:
            found = venues(ctx, prev.start, prev.end)
            ev.date = days[0]
            ev.place_id = ev.place_id or (found[0].id if found else None)


_GOES_ON = re.compile(r"\W*(?:He|She|They|The\s+(?:[\w-]+\s+)?delegation)\s+"
                      r"(?:will\s+|would\s+|is\s+to\s+|then\s+)?(?P<also>also\b)?")


def also_that_day(ctx: Context) -> None:
    """"Tomorrow the governor will meet X. He will also hold talks with Y": talks with no
    day of their own, told as more of the programme just told, belong to that occasion
    (only those the sentence names join it); "He will visit A on August 20. He will attend
    the ceremony ...": an occasion of that day, where it was."""
    for ev in list(ctx.events):
        sent = ctx.sentences[ev.sentence]
        goes_on = _GOES_ON.match(sent.text)
        if ev.mechanism is not None or ev.date is not None or ev.place_id is not None or \
                goes_on is None or ctx.dates_in(sent):
            continue
        before = [e for e in ctx.events if e.mechanism is None and e is not ev and
                  ev.sentence - 4 <= e.sentence < ev.sentence and e.date is not None]
        before = [e for e in before if e.sentence == max(b.sentence for b in before)]
        if len(before) != 1:
            continue
        if ev.kind != KGO.Talks or not goes_on.group("also"):
            ev.date, ev.place_id = before[0].date, before[0].place_id
            continue
        named = [p for p in ev.participants
                 if any(sent.start <= s < sent.end for s, _ in p.spans)]
        before[0].participants += [p for p in named if p not in before[0].participants]
        ctx.events.remove(ev)
        ctx.folded.add(ev.sentence)


def one_telling_people(ctx: Context) -> None:
    """"held the roadshow in Moscow (Oct. 23-24) and Yekaterinburg (Oct. 28)": one gathering
    told in turn in several places within days is held by the same people in each."""
    for ev in ctx.events:
        if ev.mechanism is not None or ev.kind != KGO.Meeting or ev.date is None:
            continue
        for other in ctx.events:
            if other is ev or other.span != ev.span or other.date is None or \
                    other.date.value[:7] != ev.date.value[:7]:
                continue
            ev.participants += [p for p in other.participants if p not in ev.participants]


_CAPTION = re.compile(r"\W*(?:Photo|Photos|Picture|Caption|Image)\b(?:\s+caption)?\s*"
                      r"(?:\d+\s*)?[:\]]", re.I)


def fold_captions(ctx: Context) -> None:
    """"[Photo: X and Y exchange the signed memorandum in Moscow]": a caption shows an
    occasion the body tells (on the caption's own day, if it gives one); it is that
    occasion, not one more on the day of the release."""
    for ev in list(ctx.events):
        sent = ctx.sentences[ev.sentence]
        if not _CAPTION.match(sent.text):
            continue
        told = [e for e in ctx.events if e is not ev and e.kind == ev.kind and
                e.mechanism == ev.mechanism and not _CAPTION.match(ctx.sentences[e.sentence].text)
                and (ev.date is None or not ctx.dates_in(sent) or e.date is not None and
                     e.date.value[:10] == ev.date.value[:10])]
        if not told:
            continue
        body = told[0]
        body.place_id = body.place_id or ev.place_id
        body.participants += [p for p in ev.participants if p not in body.participants]
        ctx.events.remove(ev)
