"""Events outside any mechanism: talks, summits, phone calls, visits, signings.

Releases name these with a verb ("met with", "held talks", "visited") but as
often with a noun only ("at a meeting in Moscow with a delegation", "held
phone talks", "the summit in Vladivostok", "a video conference"), or report
the signing itself as the occasion ("X and Y signed a memorandum in
Chuncheon"). A visit told in a side clause ("Governor X, who is on a visit to
Gangwon-do on June 3-4, signed ...") is its own event when the clause carries
its own date.
"""

from __future__ import annotations

import re

from kg.extract.context import Context, Event
from kg.extract.event_when import VENUE_KINDS, pairs_in, venues, weekday_date, weekday_in_span
from kg.extract.meeting_series import SIDELINES_LEAD, meetings_each_dated, pairs_talking
from kg.extract.meeting_told import SIGNED_ON_DAY, opening_told_before, signing_told_before
from kg.extract.signings import DOC_SIGNED_BY, signed_at_a_meeting
from kg.namespaces import KGO

MEET = re.compile(
    r"\b(?:met(?:\s+bilaterally)?\s+with|met|meets|(?:will|to)\s+(?:also\s+)?meet|held talks|"
    r"holds talks|(?:(?:will|to)\s+(?:also\s+)?(?:continue|resume)|continued|resumed)\s+"
    r"(?:their\s+|the\s+)?talks|"  # "X and Y are to continue talks on Thursday in Z"
    r"(?:held|had|holds|has|(?:will|to)\s+(?:also\s+)?hold)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}?"
    r"(?:meeting|talks|summit|conversation|call|videoconference|video conference|"
    r"consultations)|"
    r"(?<![\w-])(?:held|chaired|hosted)\s+an?\s+(?:[\w-]+\s+){0,2}?round ?table|"
    r"summit talks|paid a courtesy call|called on|held a phone|had talks|sat down with|"
    r"(?:received|receives|will receive)\s+(?:a\s+)?courtesy\s+call|"
    # "received Ambassador ... X at the latter's request": a call on the host
    r"(?:received|receives|will receive)\s+(?=(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}?"
    r"(?:Ambassador|Minister|Deputy|Vice|Governor|Chairman|President|Mayor|Consul|Head|"
    r"Director|Secretary|Speaker|Envoy|CEO)\b)|"
    r"(?:received|receives|welcomed)\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?delegation|"
    # "the delegation was received in Sejong by Vice Minister X"
    r"(?:was|were)\s+received\s+in\s+(?-i:[A-Z])[\w-]*\s+by\b|"  # in a city of its own
    r"(?:spoke|talked)\s+(?:by|over the)\s+(?:tele)?phone|"
    r"(?:phone|telephone)\s+(?:talks|conversation|call)|"
    r"(?:at|during|in)\s+(?:a|the|their)\s+(?:\w+\s+)?(?:meeting|talks|summit)\s+(?:in|with|held|between)|"
    r"(?:after|following)\s+(?:(?:his|her|their)\s+)?(?:talks|a\s+meeting|negotiations)\s+with|"
    # "the governor said after meeting HMMR President X on Monday"
    r"(?:after|following|before)\s+meeting\s+(?:with\s+)?"
    r"(?=(?:the\s+)?(?:[\w-]+['’]s\s+)?(?-i:[A-Z]))|"
    r"the\s+summit\s+in)\b",
    re.I,
)
VISIT = re.compile(r"(?:\b(?:visited|(?:will|would)\s+(?:also\s+)?visit|visits|is visiting|"
                   r"visiting|to visit|toured|inspected|"
                   r"travel\s+next\s+to|paid a visit to|on an? (?:[\w-]+\s+){0,2}?visit to|"
                   r"an official visit to|a working visit to|"
                   r"travel(?:l?ed|s|l?ing)? to|fl(?:y|ew|ies|ying) to|"
                   r"(?:leave|leaves|left|depart|departs|departed)\s+for|"
                   r"(?<=will\s)stay\s+in|"  # "will stay in Moscow and Kazan from May 3-8"
                   # "led a delegation of the region to Busan"
                   r"(?:led|headed|will\s+lead|will\s+head)\s+an?\s+(?:[\w-]+\s+){0,2}?delegation"
                   r"\s+(?:of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,4})?to)|"
                   r"(?:['’]s|\b(?:his|her|their))\s+(?:state\s+|official\s+|working\s+)?"
                   r"visit\s+to)\s+(?:the\s+)?"
                   r"(?!(?:[\w-]+\s+){0,2}(?:pavilion|stand|booth|exposition)s?\b)")  # at a fair
#: an opening or a ceremony among named officials ("was opened ..., with X and Y in attendance")
_CEREMONY = re.compile(r"\b(?:in attendance|attended by|"
                       r"(?:opening|signing|launch|inauguration|"
                       r"unveiling) ceremony|(?:at|attended|attending) an? (?:\w+ )?ceremony|"
                       r"(?:will\s+)?attend\s+the\s+(?:\w+\s+)?ceremony|laid\s+(?:a\s+)?wreaths?)\b",
                       re.I)
#: "The plant was officially opened on Tuesday by Governor X and Y": its opening, where
#: "The event was opened by X" is the gathering told before
_OPENED_BY = re.compile(r"\b(?P<what>\w+),?\s+(?:was|were)\s+"
                        r"(?:officially\s+|formally\s+|solemnly\s+)?"
                        r"(?:opened|inaugurated|unveiled)\s+(?:on\s+\w+\s+(?:\d{1,2}\s+)?)?by\b")
_GATHERING_NOUN = re.compile(r"(?:event|meeting|forum|session|conference|day|exhibition|fair|"
                             r"ceremony|festival|week|seminar|roadshow|dialogue)s?$", re.I)


#: "On 19 June, X and Y opened the Innovation Centre in Moscow": officials open a place
_OPENED = re.compile(r"(?<!\bwho\s)(?<!\bwhich\s)(?<!\bthat\s)\b(?:(?:jointly|officially|"
                     r"formally|solemnly|ceremonially)\s+)?(?:opened|inaugurated|unveiled|"
                     r"launched|commissioned)\s+(?:the|a|an|their|its|his|her)\s+")


def _opened_on_day(ctx: Context, sent, persons: list) -> re.Match | None:
    """The opening a sentence tells with a date and the officials who opened it named before
    the verb; "X, who launched the fund in 2010, said" is no occasion."""
    m = _OPENED.search(sent.text)
    if m is None or not ctx.dates_in(sent):
        return None
    at = sent.start + m.start()
    return m if any(sent.start <= s and e <= at for p in persons for s, e in p.spans) else None


def _opened_by(text: str) -> re.Match | None:
    m = _OPENED_BY.search(text)
    return None if m is None or _GATHERING_NOUN.match(m["what"]) else m


_SIGN = re.compile(r"\b(?:signed|inked)\s+(?:an?\s+|the\s+)?[\"“]?(?:[\w-]+\s+){0,4}?(?i:agreement|"
                   r"memorandum|MOU|contract|declaration|statement|protocol|document|deal|accord|"
                   r"pact)s?\b|\b(?:was|were) signed\b")
_VIRTUAL = re.compile(r"\b(?:virtual(?:ly)?|video ?conference|videoconference|online|"
                      r"video link|teleconference|(?:tele)?phone)\b", re.I)
_DURING_STAY = re.compile(r"\W*(?:\d+\.\s*)?(?:(?:during|in the course of)\s+"
                          r"(?:his|her|their|the)\s+(?:stay|visit|trip|meeting|talks|session|"
                          r"forum|conference)\b|"
                          r"while\s+(?:in|staying in|visiting)\s+[A-Z])", re.I)
_NOT_SUBJECT = re.compile(r"\b(?:that|which|and|some|about|\d[\d,.]*)\b(?!\s+(?:will|also))")
_COUNTERPART = re.compile(r"\b(?:counterpart|delegation|ambassador|governor|minister|mayor|"
                          r"president|chairman|head of)\b", re.I)
#: "A delegation of Gangwon Province headed by X held talks at the Government of Y": a
#: delegation talks with its hosts, whom the next sentence may name
_LED_DELEGATION = re.compile(r"\bdelegation\b[^.;]{0,120}?\b(?:headed|led)\s+by\b[^;]*?"
                             r"\b(?:held|hold|holds)\s+talks\b")
_SIDE_VISIT = re.compile(r"\b(?:who\s+(?:is|was)\s+)?on\s+an?\s+(?:\w+\s+)?visit\s+to\b[^,;]*",
                         re.I)


def meeting_events(ctx: Context, sent) -> list[Event]:
    """The talks, visit or signing a sentence reports among officials it names."""
    text = ctx.text[sent.start : sent.end]
    persons = [p for p in ctx.persons if any(sent.start <= s < sent.end for s, _ in p.spans)]
    if not persons:
        from kg.extract.meeting_unnamed import unnamed_events  # it builds on one_event

        return unnamed_events(ctx, sent)
    if _THE_MEETING_WAS.match(text) and (_told_again(ctx, sent, persons) or
                                         _BY_WHOM.search(text)):
        return []  # "The meeting was co-chaired by X and Y": who was at the one told before
        # (or at the release's main meeting); "The signing ceremony was held in X" is one
    meet = MEET.search(text) or _CEREMONY.search(text) or _opened_by(text) or \
        _opened_on_day(ctx, sent, persons)
    if meet and not MEET.search(text) and _TOLD_CEREMONY.search(text, 0, meet.start()) and \
            not ctx.dates_in(sent) and not _CUT_RIBBON.search(text):
        return []  # '"...," X said after the signing ceremony': the one already told
    visit = VISIT.search(text)
    sign = None if meet or visit else _SIGN.search(text)
    side = _SIDE_VISIT.search(text)
    if side and visit and (meet or _SIGN.search(text)):
        split = _side_visit(ctx, sent, side)
        if split:
            return split
    talking = pairs_talking(ctx, sent) if not visit else []
    if len(talking) > 1 or talking and not meet:
        return [_pair_talks(ctx, sent, a, b, named) for a, b, named in talking]
    if not (meet or visit or sign):
        return []
    kind = _kind(text, meet, visit, sign)
    if kind == KGO.Signing and signed_at_a_meeting(ctx, sent, persons):
        return []  # "The agreement was signed during the session by X and Y": part of it
    told = next((e for e in ctx.events if e.kind == KGO.Signing and
                 sent.index - 2 <= e.sentence < sent.index and
                 set(map(id, persons)) <= set(map(id, e.participants))), None) \
        if kind == KGO.Signing and DOC_SIGNED_BY.match(text) else None
    if told is not None:  # "A and B signed an MOU on Friday. ... The document was signed by
        # X and Y": the signing told before, whose signers these already are
        _keep_own_day(ctx, told, one_event(ctx, sent, kind, meet or visit or sign, visit))
        return []
    each = meetings_each_dated(ctx, sent, meet) if kind == KGO.Talks and meet else []
    if each:
        return each
    if kind == KGO.Visit and (_DURING_STAY.match(text) or not _visitor(ctx, sent, visit)):
        sign = _SIGN.search(text, visit.end())
        if sign is None or signed_at_a_meeting(ctx, sent, persons):
            return []  # "During his stay, he visited the institute": the same visit
        kind, visit = KGO.Signing, None  # "the delegation travelled to X, where A and B
        # signed ...": no one's visit of its own, but a signing there
    if kind == KGO.Visit and _INVITED.search(text[: visit.start()]) and \
            not any(d.start >= sent.start + visit.end() for d in ctx.dates_in(sent)):
        return []  # "invited him to visit Moscow at a convenient time": no trip told yet
    ceremony = meet is not None and (_CEREMONY.match(meet.group(0)) or re.search(
        r"round ?table$", meet.group(0)))  # its guests are named after it
    if kind == KGO.Talks and len(persons) < 2 and not ceremony and \
            not _COUNTERPART.search(text, meet.end()) and not _LED_DELEGATION.search(text) \
            and not re.search(r"\bdelegation\b", meet.group(0)):  # "received the delegation"
        if not visit or _DURING_STAY.match(text):
            return []  # "also met representatives of the community": nobody to talk with
        kind = KGO.Visit
    trigger = meet or visit or sign
    after = sent.start + meet.start() if meet and re.match(r"(?:after|following)\b",
                                                           meet.group(0), re.I) else None
    ev = one_event(ctx, sent, kind, trigger, visit, after,  # "X will build a plant in A,
                   _stay_clause(ctx, sent, trigger))  # he said after talks with Y on Monday"
    if kind == KGO.Visit and ev.place_id is None and ev.date is None and any(
            p in e.participants for e in ctx.events for p in persons):
        return []  # "The ambassador also visited a plant in the city": on the trip told before
    return [ev]


def _venue_kind(ctx: Context, place_id: str) -> bool:
    rec = ctx.lex.places.get(place_id)
    return rec is None or rec.kind in VENUE_KINDS


#: "X and Y cut the ribbon at the opening ceremony on Monday": the ceremony told now
_CUT_RIBBON = re.compile(r"\bcut\s+the\s+(?:ribbon|tape)\b")
_TOLD_CEREMONY = re.compile(r"\b(?:after|at|during|following|also\s+attended)\s+the\s+$")
_INVITED = re.compile(r"\binvit\w*\s+(?:\w+\s+){0,3}(?:to\s+)?$")


def _pair_talks(ctx: Context, sent, start: int, end: int, named: list) -> Event:
    trigger = re.search(re.escape(ctx.text[start:end]), sent.text[start - sent.start :])
    ev = one_event(ctx, sent, KGO.Talks, trigger, None)
    ev.span = (start, end)
    ev.participants = named
    if SIDELINES_LEAD.match(sent.text):
        ev.place_id = None  # where the occasion it sits beside is, not a place it speaks of
    return ev


_TOUR = re.compile(r"\bin\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+and\s+[A-Z][\w-]+\b")
#: "..., who is in Russia on a state visit from June 21 to 23": the stay, told aside
_STAY = re.compile(r",\s*who\s+(?:is|was|will be)\s+"
                   r"(?:in\s+(?:the\s+)?(?:[A-Za-z][\w-]*\s+){1,3}?)?"
                   r"on\s+an?\s+(?:[\w-]+\s+){0,2}(?:visit|trip|tour)\b[^;]*", re.I)


def _stay_clause(ctx: Context, sent, trigger: re.Match) -> int | None:
    """Where a side clause telling the visitor's whole stay begins, after the act told:
    its dates span the stay, not the day of the talks."""
    m = _STAY.search(sent.text, trigger.end())
    return None if m is None else sent.start + m.start()  # "... through Thursday": the stay's


_THE_MEETING_WAS = re.compile(r"[^A-Za-z]*(?:(?:On|From)\s+the\s+\w+\s+side,?\s+)?"
                              r"(?:(?:The|This|That|the)\s+(?:meeting|session|talks|visit|trip|"
                              r"(?:signing\s+)?ceremony|signing|"
                              r"consultations?|dialogue|round|gala|concert|event)\s*(?:(?:in|at)\s+[^,.;]{0,80}?\s+|"
                              # "The talks, held Nov. 20 at X, were ..."
                              r",\s*held\s+[^;]{0,140}?,\s*)?"
                              r"(?:was|were|is)\b|It\s+was\s+(?:also\s+)?(?:attended|chaired|"
                              r"co-chaired|hosted|moderated)\s+by\b)")


_BY_WHOM = re.compile(r"\b(?:attended|chaired|co-chaired|hosted|moderated|led|headed|"
                      r"opened)\s+by\b")


def _of_the_day(ctx: Context, told: list) -> list:
    """"X launched a line on Tuesday. The plant opened in 2006. The ceremony was attended by
    Y": the occasion of the news, not one years before it that the story recalls."""
    if not ctx.doc_date:
        return []
    return [e for e in told if e.date is None or e.date.value[:4] >= ctx.doc_date[:4]]


def _told_again(ctx: Context, sent, persons: list) -> bool:
    """"The meeting in the Government House in Yuzhno-Sakhalinsk was also attended by X":
    where the meeting told just before was, and more of who was there. False when no
    meeting was told just before: then this sentence tells one."""
    told = [e for e in ctx.events if sent.index - 2 <= e.sentence < sent.index
            and e.mechanism is None]
    if not told:
        return False
    ev = (_of_the_day(ctx, told) or told)[-1]
    found = venues(ctx, sent.start, sent.end)
    ev.place_id = ev.place_id or (found[0].id if found else None)
    days = [d for d in ctx.dates_in(sent) if d.precision == "day"]
    if ev.date is None and days:
        ev.date = days[0]  # "The talks, held Nov. 20 at the agency, were co-chaired by ..."
    ev.participants += [p for p in persons if p not in ev.participants]
    return True


def talks_before_channel(ctx: Context, sent, channel_start: int) -> list[Event]:
    """"X also held a bilateral meeting with Y on November 28 and invited him to the 19th
    meeting of the committee, which will take place in Seoul": the talks, told before the
    channel's meeting, with their own date and place."""
    m = MEET.search(ctx.text, sent.start, channel_start)
    persons = [p for p in ctx.persons if any(sent.start <= s < channel_start for s, _ in p.spans)]
    if m is None or len(persons) < 2:
        return []
    trigger = re.search(re.escape(m.group(0)), sent.text)
    talks = one_event(ctx, sent, KGO.Talks, trigger, None, sent.start, channel_start)
    talks.participants = persons
    return [talks]


def _visitor(ctx: Context, sent, visit: re.Match) -> bool:
    """A named official makes the visit ("Minister X visited"), not "140,000 tourists"."""
    at = sent.start + visit.start()
    if re.search(r"\binvit\w*\s+(?:\w+\s+){0,3}$", ctx.text[max(sent.start, at - 40) : at]):
        return True  # "accepted the invitation to visit Seoul": the one invited visits
    for person in ctx.persons:
        for s, e in person.spans:
            gap = _COMPANY.sub("", _without_titles(ctx, e, at))
            if sent.start <= s and e <= at and len(gap) < 80 and not _NOT_SUBJECT.search(gap):
                return True
    return False


#: "X and his delegation visited": the official still leads the visit
_COMPANY = re.compile(r"^\s+and\s+(?:his|her|their|the)\s+(?:delegation|party|team|entourage)\b")


def _without_titles(ctx: Context, start: int, end: int) -> str:
    """text[start:end] less the posts written there: "X, Deputy Prime Minister and Envoy to
    Y, paid a visit" has X as its subject."""
    text = ctx.text[start:end]
    for s, e in sorted(ctx.title_spans, reverse=True):
        if start <= s and e <= end:
            text = text[: s - start] + text[e - start :]
    return text


def _kind(text: str, meet, visit, sign):
    trigger = meet or visit or sign
    if re.search(r"\bsummit\b", text[: trigger.end()] if trigger else text, re.I):
        return KGO.Summit  # not "... and discussed the follow-up to the summit in June"
    if visit and not meet:
        return KGO.Visit
    if sign:
        return KGO.Signing
    return KGO.Talks


#: the side clause of the gathering an occasion sat beside, telling its own days
_ASIDE_OF_HOST = re.compile(r"\b(?:sidelines|margins)\s+of\s+[^,;]{3,120}?(?P<which>,\s+which\s+"
                            r"(?:opened|began|started|kicked\s+off|runs|is\s+running|"
                            r"will\s+run)\b)")
_WEEKDAY_AFTER = re.compile(r"\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                            r"Sunday)\b")


def _keep_own_day(ctx: Context, told: Event, again: Event) -> None:
    """"Rosneft has signed a contract, the company said on Thursday. The contract was
    signed on Wednesday ... It was signed by X and Y": the lead took the day of the
    statement (the release's), the retelling gives the signing's own day."""
    day = again.date
    if day is not None and len(day.value) == 10 and not day.end_value and \
            (told.date is None or told.date.value == ctx.doc_date):  # not "a forum held
        # from 14 to 16 April", whose first day is no signing's
        told.date = day
        told.place_id = told.place_id or again.place_id


def one_event(ctx: Context, sent, kind, trigger, visit, start: int | None = None,
              end: int | None = None) -> Event:
    """The occasion a trigger word tells, with the place and date its stretch of text gives."""
    lo, hi = start or sent.start, end or sent.end
    aside = _ASIDE_OF_HOST.search(ctx.text, sent.start + trigger.end() if trigger else lo, hi)
    hosts = pairs_in(ctx, sent, lo, hi) if aside and end is None else []
    hi = aside.start("which") if aside and end is None else hi  # "met Y on the sidelines
    # of the forum, which opened in X on 17 July": the forum's day (not the talks'), its place
    text = ctx.text[lo:hi]
    pairs = pairs_in(ctx, sent, lo, hi)
    venue, date = pairs[0] if pairs else (None, None)
    venue = venue or next((v for v, _ in hosts if v), None)
    if visit is not None and venue is None:
        at = sent.start + visit.end()
        after = [h for h in ctx.places_in(at, min(sent.end, at + 30))  # "visited Yakutsk",
                 if not ctx.inside_name(h.start, h.end) and  # not "the yard", nor "the Arctic
                 _venue_kind(ctx, h.id)]  # and Antarctic Research Institute"
        venue = after[0].id if after else None
    if date is not None and len(date.value) < 10:  # "Earlier this year, X held a webinar
        finer = [d for d in ctx.dates_in(sent) if lo <= d.start < hi and  # on 8 September":
                 len(d.value) == 10 and d.value.startswith(date.value)]  # the day in it
        date = finer[0] if len(finer) == 1 else date
    if date is None or len(date.value) < 10 or SIGNED_ON_DAY.search(text):
        date = weekday_date(ctx, lo, hi) or date  # "on Friday" beats "later this year";
        # "signed on Thursday on the sidelines of the forum (September 4-6)": Thursday
    elif _WEEKDAY_AFTER.match(ctx.text, sent.start + trigger.end()):
        at = sent.start + trigger.end()  # "met on Tuesday with X, who are in Y from 11 to 13
        date = weekday_date(ctx, at, at + 16) or date  # March": the verb's own day
    else:
        date = weekday_in_span(ctx, lo, hi, date)
    if date is None and (kind == KGO.Signing or re.search(r"\bsigning ceremony\b", text)):
        venue, date = signing_told_before(ctx, sent, venue)
    elif kind == KGO.Signing and DOC_SIGNED_BY.match(text):  # "The deal was signed by X and Y
        # on the sidelines of the forum, which opened on Wednesday": the lead's day, not
        # the forum's
        told_venue, told = signing_told_before(ctx, sent, venue)
        venue, date = (told_venue, told) if told is not None else (venue, date)
    if (date is None or venue is None) and \
            re.search(r"\b(?:opening|inauguration|launch)\s+ceremony\b", text):
        told_venue, told = opening_told_before(ctx, sent, venue)  # "cut the ribbon at the
        venue, date = told_venue, date or told  # opening ceremony on Monday": where it opened
    if venue is None and re.search(r"\b(?:held|signed|met|meeting)\s+here\b", text):
        venue = ctx.dateline_place  # "VLADIVOSTOK -- ... at the forum held here"
    if _VIRTUAL.search(text) or kind == KGO.Visit and _TOUR.search(text) and \
            date is not None and date.end_value:
        venue = None  # "a working visit, which took place from October 22 to 25 in Busan and
        # Seoul": a tour of two cities is held in neither alone
    span = (sent.start + trigger.start(), sent.start + trigger.end())
    return Event(iri=None, mechanism=None, ordinal=None, date=date, place_id=venue, span=span,
                 sentence=sent.index, kind=kind)


def _side_visit(ctx: Context, sent, side: re.Match) -> list[Event]:
    """"X, who is on a visit to A on June 3-4, signed ... in B": the visit, then the act."""
    a, b = sent.start + side.start(), sent.start + side.end()
    if not pairs_in(ctx, sent, a, b) or not any(d for _, d in pairs_in(ctx, sent, a, b)):
        return []
    visit = one_event(ctx, sent, KGO.Visit, side, None, a, b)
    places = ctx.places_in(a, b)
    visit.place_id = visit.place_id or (places[0].id if places else None)
    rest = re.search(MEET.pattern + "|" + _SIGN.pattern, ctx.text[b : sent.end], re.I)
    if rest is None:
        return [visit]
    kind = KGO.Signing if _SIGN.match(rest.group(0)) else KGO.Talks
    trigger = re.search(re.escape(rest.group(0)), ctx.text[sent.start : sent.end])
    act = one_event(ctx, sent, kind, trigger, None, b, sent.end)
    return [visit, act]

