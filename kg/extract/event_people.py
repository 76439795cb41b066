"""Who took part in an event.

The officials named in the sentence that tells the event take part, less those only
named as someone's ("Mr. X's superior"). A report adds more: those who "took part",
"accompanied" or "hosted"; those its lead names one sentence before the meeting
("... agreed Thursday." / "The agreement came at the 18th meeting ..."); and, for a
forum round or a plenary, the officials it quotes.
"""

from __future__ import annotations

import re

from kg.extract.context import Context, Event
from kg.extract.dates import DateMention
from kg.extract.event_cues import (
    HOLD,
    NOT_PRESENT,
    VIRTUAL,
    first_numbered,
    main_event,
    meeting_meant,
    new_event,
)
from kg.extract.event_when import venues
from kg.extract.meetings import MEET
from kg.extract.ordinals import ORDINAL
from kg.namespaces import KGO

_REPORTS = re.compile(r"\b(?:said|noted|stressed|recalled|explained|announced|told \w+|"
                      r"reminded(?: the)? \w+)"
                      r"(?:\s+on\s+(?:\w+\s+)?\w+)?\s+that\b")
_SPEAKS_FOR = re.compile(r"\b(?:[Ss]pokes(?:person|man|woman)|[Pp]ress [Ss]ecretary)\b")


def speaks_for_others(person) -> bool:
    """A spokesperson reports the occasion; only a post of another kind puts them at it."""
    posts = " ".join(person.titles)
    return bool(_SPEAKS_FOR.search(posts)) and not re.search(
        r"\b(?:Minister|President|Ambassador|Governor)\b", _SPEAKS_FOR.sub("", posts))
_INVITED = re.compile(r"\binvited\s+(.{1,80}?)\s+to\s+(?:(?:visit|attend|come|lead|join|"
                      r"take part)\b|the\s+)")  # "invited specialists to the X Committee"


_ROUND_TO_COME = re.compile(r"\b(?:agreed|decided|plans?|planned|proposed)\s+to\s+(?:(?:hold|"
                            r"convene)\s+(?:(?:the|their|a)\s+)?)?$")
#: a numbered round, or a drill or seminar, that is agreed to be held
_NUMBERED_ROUND = re.compile(rf"(?:(?:hold|convene)\s+(?:an?|the|their)\s+)?(?:the\s+)?"
                             rf"(?:(?:{ORDINAL}|next)\s+(?:round|meeting|session)|"
                             r"(?:[\w-]+\s+){0,4}?(?:exercise|drill|seminar|conference|"
                             r"exhibition|fair|roadshow)s?)\b", re.I)


def present(ctx: Context, sent, trigger: int | None = None, at: int | None = None) -> list:
    """Officials named in the sentence, less those only named as someone's ("Mr. X's
    superior"), those who only report it ("X noted that Y and Z had held a summit") and
    those who invite others ("X invited Y to visit Moscow": Y visits)."""
    lo = sent.start
    if trigger is not None and _ROUND_TO_COME.search(ctx.text, max(sent.start, trigger - 40),
                                                     trigger) and \
            _NUMBERED_ROUND.match(ctx.text, trigger):
        return []  # "X and Y signed the minutes and agreed to hold the third round in
        # Moscow": who will sit at the round to come is not told
    if trigger is None and at is not None:  # a channel's meeting: not who announces it
        told = [m.end() for m in _REPORTS.finditer(ctx.text, sent.start, at)]
        lo = told[-1] if told else lo
        invited = _INVITED.search(ctx.text, sent.start, at)  # "invited Y to lead a delegation
        if invited:  # to the forum": Y goes
            return [p for p in ctx.persons
                    if any(invited.start(1) <= s < invited.end(1) for s, _ in p.spans)]
    if trigger is not None:
        told = [m.end() for m in _REPORTS.finditer(ctx.text, sent.start, trigger)]
        accepted = re.search(r"\baccepted\b", ctx.text[sent.start : trigger])
        lo = told[-1] if told and not accepted else lo  # "accepted the invitation": the visitor
        invited = _INVITED.search(ctx.text, sent.start, sent.end)
        if invited and invited.start(1) <= trigger:
            lo, hi = invited.start(1), invited.end(1)
            return [p for p in ctx.persons if any(lo <= s < hi for s, _ in p.spans)]
    out = []
    for person in ctx.persons:
        if speaks_for_others(person):
            continue  # "briefing by Spokesperson X on the talks": who tells, not who talks
        here = [(s, e) for s, e in person.spans if lo <= s < sent.end]
        if not here and trigger is not None:  # talks are among those named at them
            here = _named(ctx, person, lo, sent.end)
        if here and not all(re.match(r"['’]s\b", ctx.text[e : e + 2]) for _, e in here):
            out.append(person)
    return out


def _named(ctx: Context, person, lo: int, hi: int) -> list[tuple[int, int]]:
    """The person's full name written in text[lo:hi] though no title marked it there
    ("Alexei Voronov held talks with ...", the title coming only later)."""
    if " " not in person.name:
        return []
    pattern = re.compile(rf"\b{re.escape(person.name)}\b")
    return [(lo + m.start(), lo + m.end()) for m in pattern.finditer(ctx.text[lo:hi])]


def pair(ctx: Context) -> list:
    """The two officials of the first talks told, for "their meeting" later on."""
    for ev in ctx.events:
        if ev.mechanism is None and len(ev.participants) == 2:
            return ev.participants
    return []


_ATTEND = re.compile(r"\b(?:took part|take part|taking part|attended|attending|attend|participated|"
                     r"joined|will join|co-chaired|led the|headed the|delegation|addressed|"
                     r"spoke at|moderated|(?:opening|opened|closing|closed) the (?:discussion|"
                     r"session|forum|conference|seminar)|speakers\s+(?:included|were)|panel(?:ist)?s\s+included|"
                     r"accompanied|accompanying|represented by|"
                     r"presented\s+(?:progress|the\s+results)|briefed\s+the\s+(?:meeting|participants)|"
                     r"(?:toured|visited)\s+the\s+(?:[\w-]+\s+){0,2}(?:pavilion|stand|booth)s?|"
                     r"(?:read\s+out|delivered|conveyed)\s+(?:a|the|his|her)\s+(?:[\w-]+\s+)?"
                     r"(?:greeting|message)s?\s+to\s+the\s+(?:forum|meeting|participants)|"
                     r"told the (?:session|meeting|forum|conference)|"
                     r"hosted|(?:opened|headed|led|chaired|attended|received) by|"
                     # "presented to the guests the region's potential": a host of the visit
                     r"(?:presented|showed|briefed)\s+(?:to\s+)?the\s+(?:guests|visitors|"
                     r"delegation)|"
                     r"(?:opening|welcoming|congratulatory|keynote) "
                     r"(?:speech(?:es)?|remarks|address(?:es)?))\b",
                     re.I)
_LEAD_VERB = re.compile(r"\b(?:agreed|signed|discussed|met|held|launched|opened|inked|"
                        r"reached|adopted)\b")


def _names_itself(ctx: Context, event, noun: str) -> bool:
    """"took part in a business forum ... X and Y opened the forum": the unnamed occasion
    told just before is the forum meant."""
    sent = ctx.sentences[event.sentence]
    return bool(re.search(rf"\b{noun}\b", ctx.text[event.span[0] : sent.end], re.I))


def attendees(ctx: Context) -> None:
    """"From the Russian side, Governor X and Head Y took part": people at the main event."""
    if not ctx.events:
        return
    main = main_event(ctx)
    if NOT_PRESENT.search(ctx.sentences[main.sentence].text):
        return
    for sent in ctx.sentences:
        if sent.start < ctx.body_start or not _ATTEND.search(sent.text) or \
                sent.index in ctx.folded:
            continue
        if any(e.sentence == sent.index for e in ctx.events if e is not main):
            continue
        if NOT_PRESENT.search(sent.text) or _AT_THE_MEETING.match(sent.text):
            continue  # "At the forum's session, X and Y presented ...": at that forum
        told = sorted((e for e in ctx.events if sent.index - 2 <= e.sentence < sent.index),
                      key=lambda e: e.sentence)
        told = [e for e in told if not (e.mechanism and e.mechanism.venue_only)] or told  # not
        # the forum that hosted the talks
        told = [e for e in told if not e.recalled] or told  # nor what the story recalls
        if re.search(r"\bthe\s+signing\b", sent.text):  # "also attended the signing
            # ceremony": the signing, not an exhibition told in between
            told = [e for e in told if e.kind == KGO.Signing and not e.recalled]
            signed = [e for e in ctx.events if e.kind == KGO.Signing and not e.recalled
                      and e.sentence < sent.index]
            main = signed[0] if not told and signed else main
        elif re.search(r"\bthe\s+(?:opening\s+)?ceremony\b", sent.text):  # "also attended the
            # ceremony": the opening told just before, not the forum that opened that day
            told = [e for e in ctx.events if e.mechanism is None and not e.recalled and
                    sent.index - 4 <= e.sentence < sent.index] or told
        it = _ATTENDED_IT.search(sent.text)
        target = told[-1] if told and it else main
        named = it.group(0).split()[-1].lower() if it else ""
        if named in ("conference", "forum", "seminar") and (
                target.mechanism is None or not target.mechanism.head.endswith(named)) and \
                not _names_itself(ctx, target, named):
            same = [e for e in ctx.events if e.mechanism is not None and e.sentence <=
                    sent.index and e.mechanism.head.endswith(named)]  # "who addressed the
            target = main if main in same else same[0] if same else target  # conference":
            # the conference's, told before (not one recalled in the background after)
        visits = [e for e in ctx.events if e.kind == KGO.Visit and e.sentence <= sent.index]
        if target is main and main.mechanism is None and visits and \
                sent.index != main.sentence and re.search(r"\bdelegation\b", sent.text):
            target = visits[0]  # "X and Y were also part of the delegation": on the visit
        for person in ctx.persons:
            if person not in target.participants and not speaks_for_others(person) and any(
                    sent.start <= s < sent.end for s, _ in person.spans):
                target.participants.append(person)


#: "X and Y both attended it": the occasion the sentence before tells
_ATTENDED_IT = re.compile(r"\b(?:(?:attended|took part in|joined|participated in|witnessed|"
                          r"was present at)\s+(?:it|the\s+(?:signing\s+)?ceremony|the signing)|"
                          # "The ceremony was attended by X and Y": the signing just told
                          r"[Tt]he\s+(?:signing\s+)?ceremony\s+was\s+(?:also\s+)?attended\s+by|"
                          # "The consul general attended the meeting", "X and Y opened the
                          # forum": the gathering just told
                          r"(?:attended|opened|addressed|took part in|[Tt]aking part in)\s+the\s+"
                          r"(?:meeting|forum|"
                          r"conference|seminar|talks)\b|"
                          # "X and Y led the talks, which focused on ...": the round just told
                          r"(?:led|headed|co-chaired|chaired)\s+the\s+(?:talks|consultations|"
                          r"discussions|session|round)\b|"
                          r"\b(?:meeting|talks|session|consultations)\s+(?:was|were)\s+(?:also\s+)?"
                          r"(?:attended|co-chaired|chaired|led|headed)\s+by\b)")
_SPEAK = re.compile(r"\b(?:said|says|announced|presented|noted|stressed|proposed|told|"
                    r"reminded|recalled|projected|forecast|predicted|warned|argued|added)\b")


#: channels that are gatherings rather than negotiations: their reports quote speakers
_GATHERINGS = ("forum", "day", "roundtable", "conference", "exhibition", "fair", "expo",
               "businessdialogue")


def forum_speakers(ctx: Context) -> None:
    """A report of a forum round quotes the officials who spoke at it: they took part."""
    main = main_event(ctx)
    if main is None or main.date is None and not (main.mechanism and ctx.doc_date):
        return  # an undated channel's main meeting is the release's day (see event_emit)
    when = main.date.value if main.date else ctx.doc_date
    forumish = main.kind == KGO.ForumRound or main.mechanism is not None and \
        main.mechanism.head.endswith(_GATHERINGS) or \
        main.mechanism is None and main.kind == KGO.Meeting  # a roadshow, a seminar
    if not forumish and (main.mechanism is not None or main.participants):
        return  # talks name their parties; a forum or a plenary quotes its speakers
    if NOT_PRESENT.search(ctx.sentences[main.sentence].text):
        return
    if ctx.doc_date and when > ctx.doc_date:
        return  # a forum still to come has no speakers yet
    if ctx.doc_date and when[:7] < ctx.doc_date[:7] and main.sentence > 1:
        return  # a forum told in passing, long before the release
    for sent in ctx.sentences[main.sentence + 1 :]:
        if any(e.sentence == sent.index and not _recalled(e, main, when) for e in ctx.events
               if e is not main):
            break  # the story has moved on to another occasion
        said = re.sub(r"[\"“][^\"”]*[\"”]", "", sent.text)  # what is quoted may look ahead
        if not _SPEAK.search(said) or NOT_PRESENT.search(said) or \
                _AT_THE_MEETING.match(sent.text):
            continue  # "At the forum's session, X presented ...": at that other occasion
        for person in ctx.persons:
            if person not in main.participants and not speaks_for_others(person) and any(
                    sent.start <= s < sent.end for s, _ in person.spans) and \
                    not _sent_greetings(ctx, person):
                main.participants.append(person)


#: "Greetings were also sent by X", "X sent a congratulatory message": not there in person
_GREETINGS_SENT = re.compile(r"\b(?:greetings|messages?|letters?|telegrams?)\s+(?:were|was)\s+"
                             r"(?:also\s+)?sent\s+by\b|\bsent\s+(?:a\s+|his\s+|her\s+)?"
                             r"(?:congratulatory\s+)?(?:greetings|message|letter|telegram)\b", re.I)


def _sent_greetings(ctx: Context, person) -> bool:
    """Someone told as sending greetings to the gathering spoke from afar: what they
    "stressed" is their message, not a speech at it."""
    return any(_GREETINGS_SENT.search(s.text) for s in ctx.sentences
               if any(s.start <= a < s.end for a, _ in person.spans))


def _recalled(event: Event, main: Event, when: str | None = None) -> bool:
    """"He recalled that the initiative was proposed at the third forum in 2017": an
    occasion from before the one reported does not end its report."""
    if event.mechanism is not None and main.mechanism is not None and \
            event.mechanism.iri == main.mechanism.iri and event.ordinal != main.ordinal:
        return True  # "the 10th is set for Moscow": the next one of the series, in passing
    when = main.date.value if main.date else when
    return event.date is not None and when is not None and event.date.value[:7] < when[:7]


def dateline_event(ctx: Context) -> None:
    """A news item with no meeting named still reports one: where and when its dateline
    says, among the officials its lead sentence names."""
    if ctx.dateline_place is None or ctx.doc_date is None:
        return
    body = [s for s in ctx.sentences if s.start >= ctx.body_start][:2]
    for sent in body:
        people = [p for p in ctx.persons if any(sent.start <= a < sent.end for a, _ in p.spans)]
        if people and _LEAD_VERB.search(sent.text) and not NOT_PRESENT.search(sent.text):
            ev = new_event(ctx, None, None, DateMention(0, 0, ctx.doc_date), ctx.dateline_place,
                        (sent.start, sent.end), sent.index, KGO.Talks)
            ev.participants = people
            ctx.events.append(ev)
            return


_PLURAL_REF = re.compile(r"\b(?:the two|both|co-chaired by|co-chairs|the two sides|"
                         r"the ministers|the vice ministers)\b", re.I)


def lead_participants(ctx: Context) -> None:
    """News leads name the officials first and the meeting one sentence later
    ("... agreed Thursday." / "The agreement came at the 18th meeting ...")."""
    main = first_numbered(ctx)
    if main is None or main is not main_event(ctx):
        return  # the numbered meeting is one spoken of, not the one reported
    _lead_place(ctx, main)
    if len(main.participants) >= 2:
        return
    sent = ctx.sentences[main.sentence]
    if main.participants and not _PLURAL_REF.search(sent.text):
        return
    for earlier in ctx.sentences[: main.sentence + 1]:
        if earlier.start < ctx.body_start or NOT_PRESENT.search(earlier.text):
            continue
        if not (HOLD.search(earlier.text) or MEET.search(earlier.text)
                or re.search(r"\b(?:agreed|discussed|co-chaired)\b", earlier.text)):
            continue
        lo = earlier.start
        if earlier is sent:  # "The Ministry (Minister X) announced that ... the 29th session"
            told = [m.end() for m in _REPORTS.finditer(ctx.text, sent.start, main.span[0])]
            lo = told[-1] if told else lo
        for person in ctx.persons:
            if person not in main.participants and not speaks_for_others(person) and any(
                    lo <= s < earlier.end for s, _ in person.spans):
                main.participants.append(person)


def _lead_place(ctx: Context, main: Event) -> None:
    """"Korea and Russia will hold talks ... in Vladivostok next week." / "X will co-chair
    the 15th meeting ... on Thursday": the lead says where the meeting is."""
    if main.place_id is not None or VIRTUAL.search(ctx.sentences[main.sentence].text):
        return
    for earlier in ctx.sentences[: main.sentence]:
        if earlier.start < ctx.body_start or VIRTUAL.search(earlier.text):
            continue
        if any(e.sentence == earlier.index for e in ctx.events):
            continue
        if HOLD.search(earlier.text) or MEET.search(earlier.text):
            found = venues(ctx, earlier.start, earlier.end)
            if found:
                main.place_id = found[0].id
                return


#: "He will then co-chair the third meeting of the X with Y": the one just named takes part
_HE_CHAIRS = re.compile(r"\W*(?:(?:On|Later|Then|Afterwards|Next|Earlier)\b[^,]{0,30},\s*)?"
                        r"(?:He|She|he|she)\s+(?:will\s+)?(?:then\s+|also\s+)?(?:co-chairs?|"
                        r"co-chaired|chairs?|chaired|leads?|led|heads?|headed|attends?|attended|"
                        r"meets?|met|(?:hold|holds|held)\s+talks)\b")


def pronoun_chairs(ctx: Context) -> None:
    """A sentence that opens with "He" or "She" and a verb of taking part adds the person
    last named before it to the meeting it tells."""
    for ev in ctx.events:
        sent = ctx.sentences[ev.sentence]
        if not _HE_CHAIRS.match(sent.text):
            continue
        before = [(s, p) for p in ctx.persons for s, _ in p.spans if s < sent.start]
        if before:
            person = max(before, key=lambda sp: sp[0])[1]
            if person not in ev.participants and not speaks_for_others(person):
                ev.participants.append(person)


_ACCOMPANIED = re.compile(r"\s+(?:will\s+be|was|is|were|are)\s+(?:also\s+)?accompanied\s+by\b")


def companions(ctx: Context) -> None:
    """"X will be accompanied by Y and Z": those with X are on X's trip (or at the talks
    X was last told at)."""
    for sent in ctx.sentences:
        m = _ACCOMPANIED.search(ctx.text, sent.start, sent.end)
        if m is None:
            continue
        lead = [p for p in ctx.persons if any(sent.start <= s and e <= m.start() + 1 and
                                              not ctx.text[e : m.start()].strip(" ,")
                                              for s, e in p.spans)]
        if len(lead) != 1:
            continue
        theirs = [e for e in ctx.events if lead[0] in e.participants]
        trips = [e for e in theirs if e.kind == KGO.Visit] or theirs
        if not trips:
            continue
        for person in ctx.persons:
            if person not in trips[0].participants and any(
                    m.end() <= s < sent.end for s, _ in person.spans):
                trips[0].participants.append(person)


_AT_THE_MEETING = re.compile(r"\W*(?:At|During)\s+(?:the|that|this)\s+(?:meeting|session|talks|"
                             r"round|consultations|forum|dialogue)(?:['’]s\s+(?:[\w-]+\s+){0,2}"
                             r"(?:session|panel|plenary))?\s*,", re.I)


def at_the_meeting(ctx: Context) -> None:
    """"... the 18th meeting of the X, held in Moscow. At the meeting, A and B agreed ...":
    those named were at the occasion the sentence before told."""
    for sent in ctx.sentences[1:]:
        if not _AT_THE_MEETING.match(sent.text) or any(
                e.sentence == sent.index for e in ctx.events):
            continue
        target = meeting_meant(ctx, sent, [e for e in ctx.events
                                           if e.sentence == sent.index - 1])
        if target is None:
            continue
        for person in ctx.persons:
            if person not in target.participants and any(
                    sent.start <= s < sent.end for s, _ in person.spans):
                target.participants.append(person)

