"""Meetings told by their noun alone, with nobody named in the sentence.

Two shapes recur in ministry releases and agency copy. A summit recalled as background
("the leaders agreed on it at their summit in Moscow last June", "the Korea-Russia summit
held in Moscow on June 22"), or talks recalled by who held them ("the talks between the
Foreign Ministers of the two countries, held in Seoul on March 25"), is an occasion with a
place and a date even though no leader is named. And a body reports its own meeting first
and its people after ("The Ministry held a working-level meeting ... on October 10. The
meeting was chaired by Vice Minister X"), or numbers a meeting of its own series ("will
hold the second review meeting in Seoul"). A recalled summit needs its own place and date
in the sentence; a bare "at the summit" is only a back-reference. One-off gatherings no
channel holds ("attended the investment roadshow in Seoul") are read here too.
"""

from __future__ import annotations

import re

from kg.extract.context import Context, Event
from kg.extract.dates import DateMention
from kg.extract.event_cues import NOT_PRESENT
from kg.extract.event_editions import edition_events
from kg.extract.event_launches import launch_events
from kg.extract.event_openings import facility_openings
from kg.extract.event_when import event_dates, pairs_in, weekday_date
from kg.extract.meetings import one_event
from kg.extract.ordinals import ORDINAL, ordinal_value
from kg.namespaces import KGO

_SUMMIT = re.compile(
    r"\b(?:their|the|a|an|last\s+year['’]s)\s+"
    r"(?:(?:South\s+)?(?:Korea|ROK|Russia)[\w]*\s*[-–]\s*(?:South\s+)?(?:Korea|ROK|Russia)"
    r"[\w]*\s+|bilateral\s+|two\s+countries['’]\s+)?summit(?:\s+talks)?\b|"
    # "the talks between the Foreign Ministers of the two countries, held in Seoul on March 25"
    r"\b(?:the|their)\s+talks\s+between\s+(?:the\s+)?[^,;.]{3,80}?(?=,\s+held\b)|"
    # "Talks continued in Moscow in November last year"
    # "the previous consultations of the two agencies were held in Moscow in November 2019"
    r"\b(?:talks|negotiations|consultations)(?:\s+(?:of|between)\s+[^,;.]{3,60}?)?\s+"
    r"(?:continued|resumed|were\s+held|took\s+place|"
    # "at veterinary consultations held in Moscow on Tuesday between the ministries"
    r"held\s+(?=(?:in|on|at)\s))\b|"
    # "I remember well the state visit of the President of Korea to Moscow in June last year"
    r"\b(?:the|his|her|their)\s+(?:first\s+)?(?:state|official)\s+visit\b|"
    # "A return visit of a Busan business delegation to Magadan is planned for June 2019"
    r"\b(?:a|the)\s+(?:return|reciprocal)\s+visit\s+(?:of|by)\b",
    re.I)
#: a summit's own setting ends where the sentence moves on ("..., at which the leaders")
_CLAUSE = re.compile(r"[,;:](?!\s+held\b)|\s(?:which|where|when|and\s+(?:agreed|adopted|"
                     r"signed))\b")
_BODY_HELD = re.compile(
    rf"\b(?:held|hosted|convened|organi[sz]ed|will\s+hold|is\s+to\s+hold)\s+"
    rf"(?:an?|the\s+(?P<o>{ORDINAL}))\s+"
    # "held a rectors' meeting", "held a working-level meeting"
    r"(?:[\w'’-]+\s+){0,2}?(?:meeting|consultation|session|briefing)\b", re.I)
_TOLD_AFTER = re.compile(r"\W*(?:The|This)\s+(?:meeting|session|consultation)\s+"
                         r"(?:was|is|will\s+be)\s+(?:also\s+)?"
                         r"(?:co-)?(?:chaired|attended|led|presided\s+over|hosted)\s+by\b")
#: a meeting told as one day of a story: "A day earlier, ...", "The next day, ..."
_RELATIVE_DAY = re.compile(r"\W*(?:On\s+)?(?:an?\s+day\s+(?:earlier|before|later)|the\s+(?:day\s+"
                           r"(?:before|after)|previous\s+day|next\s+day|following\s+day|"
                           r"same\s+day)|later\s+that\s+day|earlier\s+that\s+day)\b", re.I)
#: another gathering told between a meeting and "The meeting was attended by ..."
_OTHER_GATHERING = re.compile(r"\b(?:meeting|session|consultations?|talks|forum|summit|"
                              r"conference|seminar)\b", re.I)


def noun_meetings(ctx: Context, sent) -> list[Event]:
    """A summit or talks recalled with their place and date, a body's own meeting, or a
    delegation's visit."""
    from kg.extract.meeting_unnamed import agreed_to_hold, bodies_held_talks  # on one_event

    return _summits(ctx, sent) or _body_held(ctx, sent) or _delegation_visit(ctx, sent) or \
        agreed_to_hold(ctx, sent) or bodies_held_talks(ctx, sent)


#: "A delegation of the shipbuilder X visited the Y complex in Z on December 9-10", "On
#: Friday, the Russian delegation will visit X in Daejeon": a visit no one is named on
_DELEGATION_VISITED = re.compile(r"\b(?:[Aa]|[Tt]he)\s+(?:[\w-]+\s+){0,4}?(?:delegation|team|"
                                 r"inspectors|experts|specialists)\b"
                                 r"(?:\s+(?:of|from)\b[^.;]{0,120}?)?\s+(?P<v>visited|"
                                 r"arrived\s+in|toured|will\s+visit|will\s+tour|met|"
                                 r"(?:was|were|is|are)\s+(?:due\s+)?to\s+visit|"
                                 r"(?:made|paid)\s+an?\s+(?:[\w-]+\s+)?visit\s+to)\b")
#: "The following day the delegation made a visit to X": dated from the day told before
_DAY_AFTER = re.compile(r"\b(?:the\s+following|the\s+next|the\s+same)\s+day\b|"
                        r"\bthe\s+day\s+after\b",
                        re.I)


_ACCOMPANIED = re.compile(r"\b(?:accompanied|escorted|hosted|guided)\s+the\s+"
                          r"(?:Korean\s+|Russian\s+)?(?:delegation|guests|visitors|group|"
                          r"inspectors|experts)\b")


def _delegation_visit(ctx: Context, sent) -> list[Event]:
    m = _DELEGATION_VISITED.search(sent.text)
    if m is None or NOT_PRESENT.search(sent.text):
        return []
    kind = KGO.Talks if m.group("v") == "met" else KGO.Visit  # "the delegation met X"
    ev = one_event(ctx, sent, kind, m, None, sent.start + m.start("v"))  # not where the
    # delegation comes from
    ev.date = ev.date or weekday_date(ctx, sent.start, sent.end) or next(iter(  # "On
        event_dates(ctx, sent, sent.start, sent.start + m.start())), None)  # Friday, the ..."
    if ev.place_id is None:  # "visited the State Labour Inspectorate in Moscow": where the
        # body visited is, told at the end of its name
        at = sent.start + m.end("v")
        ended = [h for h in ctx.places_in(at, min(sent.end, at + 90))
                 if ctx.text[h.start - 4 : h.start] == " in " and h.id in ctx.lex.places]
        ev.place_id = ended[0].id if ended else None
    nxt = ctx.sentences[sent.index + 1] if sent.index + 1 < len(ctx.sentences) else None
    if nxt is not None and _ACCOMPANIED.search(nxt.text):  # "X accompanied the delegation"
        ev.participants = [p for p in ctx.persons
                           if any(nxt.start <= a < nxt.end for a, _ in p.spans)]
    dated = ev.date is not None or _DAY_AFTER.search(sent.text)  # see relative_days
    return [ev] if dated and ev.place_id is not None else []


def _summits(ctx: Context, sent) -> list[Event]:
    out = []
    for m in _SUMMIT.finditer(ctx.text, sent.start, sent.end):
        stop = _CLAUSE.search(ctx.text, m.end(), sent.end)
        pairs = pairs_in(ctx, sent, m.end(), stop.start() if stop else sent.end)
        if not pairs:
            continue
        kind = KGO.Summit if "summit" in m.group(0).lower() else \
            KGO.Visit if "visit" in m.group(0).lower() else KGO.Talks
        lead = event_dates(ctx, sent, sent.start, m.start()) if kind == KGO.Talks else []
        if pairs[0][1] is None and lead and re.search(r"\b(?:continued|resumed)\b", m.group(0)):
            pairs = [(pairs[0][0], lead[-1])]  # "The following day, on 25 August, the talks
            # continued in X": the day told before them
        if kind == KGO.Talks and pairs[0][1] is None:
            day = weekday_date(ctx, m.end(), stop.start() if stop else sent.end)
            if day is not None:  # "consultations held in Moscow on Tuesday": this week's,
                pairs, lead = [(pairs[0][0], day)], [day]  # the news itself
        if kind == KGO.Summit and pairs[0][0] is not None and pairs[0][1] is None:
            told = [d for d in event_dates(ctx, sent, sent.start, m.start())
                    if _DURING_WHICH.search(ctx.text, d.end, m.start())]
            pairs = [(pairs[0][0], told[-1])] if told else pairs  # "the state visit in June,
            # during which the leaders held a summit in Moscow": the visit's month
        # "at the summit talks in Moscow in June 2018 and in Vladivostok in September 2017"
        if kind == KGO.Visit and pairs[0][0] is None:  # "the state visit of the President
            # of Korea to Moscow in June last year": where the visit went
            went = [h for h in ctx.places_in(m.end(), stop.start() if stop else sent.end)
                    if re.search(r"\bto\s+(?:the\s+)?$", ctx.text[max(0, h.start - 8) : h.start])
                    and ctx.lex.places.get(h.id) is not None]
            pairs = [(went[0].id if went else None, pairs[0][1])]
        for venue, date in pairs if kind == KGO.Summit else pairs[:1]:
            if date is None or venue is None:
                continue  # "at the summit in Seoul" with no date: the one the release tells
            if any(e.place_id == venue and e.date is not None and e.mechanism is None and
                   (e.date.value.startswith(date.value) or date.value.startswith(e.date.value))
                   for e in ctx.events + out):
                continue  # "since the summit in Moscow last year": the one told before
            out.append(Event(iri=None, mechanism=None, ordinal=None, date=date, place_id=venue,
                             span=(m.start(), m.end()), sentence=sent.index, kind=kind,
                             recalled=not (lead and date is lead[-1])))
    return out


_DURING_WHICH = re.compile(r",\s+(?:during|at)\s+which\b")


def summits_beside(ctx: Context, sent, made: list[Event]) -> list[Event]:
    """"recalled the summit talks in Moscow in June 2018 and in Vladivostok in September
    2017, during the third Eastern Economic Forum": summits told beside a channel's round."""
    return [e for e in _summits(ctx, sent) if e.kind == KGO.Summit and  # "the 10th
            # Consultations took place in Moscow": the channel's round, already told
            not any(m.mechanism is None and m.span[0] == e.span[0] for m in made)]


def _body_held(ctx: Context, sent) -> list[Event]:
    m = _BODY_HELD.search(ctx.text, sent.start, sent.end)
    if m is None:
        return []
    pairs = pairs_in(ctx, sent, m.end(), sent.end)
    venue, date = pairs[0] if pairs else (None, None)
    day_told = _RELATIVE_DAY.match(sent.text)  # "A day earlier, the rectors held a meeting"
    if not _told_after(ctx, sent) and not (m["o"] and (venue or date)) and not day_told:
        return []  # "will hold the second review meeting in Seoul in January": numbered
    return [Event(iri=None, mechanism=None, ordinal=m["o"] and ordinal_value(m["o"]),
                  date=date, place_id=venue, span=(m.start(), m.end()), sentence=sent.index,
                  kind=KGO.Meeting)]


def _told_after(ctx: Context, sent) -> bool:
    """"held a rectors' meeting ... [two sentences on the programme] ... The meeting was
    also attended by X": the meeting's people told a few sentences on, when no other
    gathering is named in between."""
    for nxt in ctx.sentences[sent.index + 1 : sent.index + 12]:
        if _TOLD_AFTER.match(nxt.text):
            return True
        if _OTHER_GATHERING.search(nxt.text):
            return False
    return False


#: one-off gatherings no channel holds: "attended the investment roadshow in Seoul", "will
#: hold a joint search-and-rescue exercise in the gulf on Thursday"
_GATHERING = re.compile(r"\b(?:hold|holds|held|organi[sz]ed?|host|hosted)\s+(?:online|virtual|"
                        # "to hold online business meetings between the firms and buyers"
                        r"one-on-one|B2B)\s+(?:business\s+)?(?:meetings|consultations|sessions)\b|"
                        r"\b(?:attended|attending|(?:co-)?hosted|(?:co-)?host|held|hold|"
                        r"(?:co-)?organi[sz]ed|opened|(?:took|take|takes|taking)\s+part\s+in|"
                        r"participated\s+in|spoke\s+at|addressed|staged|staging)\s+"
                        # "staging its annual Korea Tourism Roadshow in Moscow on Tuesday"
                        r"(?:the|an?|its|their|(?P<rel>next|this)\s+year['’]s)\s+[\"“]?"
                        r"(?:[\w-]+\s+){0,4}?"
                        r"(?:[Rr]oadshow|[Rr]oad [Ss]how|[Cc]onference|[Ss]eminar|[Ss]ymposium|"
                        r"[Ee]xhibition|[Ff]air|[Ee]xpo|[Pp]resentation|[Bb]usiness [Ff]orum|"
                        r"[Ii]nvestment [Ff]orum|[Gg]ala(?:\s+(?:evening|concert|dinner))?|"
                        r"[Cc]oncert|[Ee]xercise|[Dd]rill|[Ss]howcase)\b|"
                        # "The first joint seminar of auditors is scheduled to take place in X"
                        r"\b(?:[Tt]he|[Aa]n?)\s+(?:[\w–-]+\s+){0,3}?(?:seminar|conference|symposium|"
                        r"workshop|roadshow|round\s+table|roundtable|business\s+forum)\s+(?:of\s+(?:[\w-]+\s+){1,4})?(?:is|was|will\s+be)\s+"
                        r"(?:(?:scheduled|planned|set|slated|due|expected)\s+to\s+(?:take\s+place|be\s+"
                        r"held)|held|to\s+be\s+held)\b|"
                        # "X presented the figures at a Korea-Russia seminar on Arctic shipping
                        # in Busan": a new gathering, told by what someone did at it
                        r"\b(?:at|during)\s+an?\s+(?:[\w-]+\s+){0,3}?(?:seminar|conference|"
                        r"symposium|workshop|round\s?table)\s+(?:on\s+(?:[\w-]+\s+){1,4}?)?"
                        r"(?:in|at|held|hosted|co-hosted|organi[sz]ed)\s+(?-i:[A-Z])|"
                        # "invited them to a joint workshop on cybercrime to be held in X"
                        r"\b(?:to|at|in)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:workshop|seminar|symposium)"
                        r"\s+(?:on\s+(?:[\w-]+\s+){1,4}?)?(?:to\s+be|that\s+will\s+be|which\s+will\s+be)"
                        r"\s+held\b")


#: "plans to hold similar fairs in Tomsk and Omsk later this year": one in each place
_GATHERINGS = re.compile(r"\b(?:hold|holds|held|organi[sz]e|stage)\s+(?:(?:similar|more|further|"
                         r"two|three|four|such)\s+)?(?:[\w-]+\s+){0,2}?(?:roadshows|road shows|"
                         r"seminars|exhibitions|fairs|expos|presentations|conferences)\s+in\s+")


#: "the joint exhibition "X" held in Vladivostok in October 2015", "at a special exhibition
#: to be held at the Y Center in Seongnam in March next year"; "since signing an MOU in
#: Moscow in June 2012": occasions told in passing, each with its own place or date
_HELD_IN_PASSING = re.compile(
    r"\b(?:the|an?)\s+(?:[\w-]+\s+){0,3}?(?:exhibition|festival|seminar|symposium|workshop)\s+"
    r"(?:[\"“][^\"”]{1,80}[\"”]\s+)?(?:(?:was|is|will\s+be|to\s+be)\s+)?held\s+(?:in|at)\b|"
    r"\b(?:since|after)\s+(?P<sign>signing)\s+(?:an?|the)\s+", re.I)


def _held_in_passing(ctx: Context, sent) -> list[Event]:
    found = list(_HELD_IN_PASSING.finditer(sent.text))
    out = []
    for i, m in enumerate(found):
        end = sent.start + (found[i + 1].start() if i + 1 < len(found) else len(sent.text))
        kind = KGO.Signing if m.group("sign") else KGO.Meeting
        ev = one_event(ctx, sent, kind, m, None, sent.start + m.start(), end)
        if ev.date is not None and (ev.place_id is not None or kind == KGO.Meeting):
            ev.recalled = kind == KGO.Signing  # a paper signed long ago: nobody named signed it
            out.append(ev)
    return out


def _gatherings(ctx: Context, sent) -> list[Event]:
    m = _GATHERINGS.search(sent.text)
    if m is None or _PROPOSED.search(sent.text, 0, m.end()):
        return []
    from kg.extract.event_when import event_dates, venues

    start = sent.start + m.end()
    listed = re.match(r"[^,;.]*?(?=\s+(?:in|on|by|later|next|this|early|late)\b|[,;.]|$)",
                      ctx.text[start : sent.end])  # "in A, B and C later this year"
    stop = start + (listed.end() if listed else 0)
    places = [h for h in ctx.places_in(start, stop) if not ctx.inside_name(h.start, h.end)]
    dates = event_dates(ctx, sent, start, sent.end)
    if len(places) < 2 or not venues(ctx, start, stop):
        return []
    span = (sent.start + m.start(), sent.start + m.end())
    return [Event(iri=None, mechanism=None, ordinal=None, date=dates[0] if dates else None,
                  place_id=p.id, span=span, sentence=sent.index, kind=KGO.Meeting)
            for p in places]


_VESSEL = (r"(?:destroyers?|frigates?|cruisers?|corvettes?|warships?|tankers?|submarines?|"
           r"(?:training|naval|patrol|hospital|research)\s+(?:ships?|vessels?)|icebreakers?|"
           r"squadron|flotilla|naval\s+task\s+group)")
#: "the destroyer X visited Vladivostok", "the fleet plans to send a frigate to Busan": a
#: port call is a visit that ships, not people, make
_PORT_CALL = re.compile(
    rf"\b{_VESSEL}\b[^.;]{{0,80}}?\b(?P<v>visited|will\s+visit|(?:will\s+)?(?:paid|pay|made|make)\s+an?\s+"
    rf"(?:port\s+)?call|called\s+at|arrived\s+in)\b|"
    rf"\b(?:send|sends|sent|dispatch|dispatches|dispatched)\s+(?:[\w-]+\s+){{0,3}}?{_VESSEL}\b"
    rf"[^.;]{{0,60}}?\bto\b", re.I)


def _port_call(ctx: Context, sent) -> list[Event]:
    m = _PORT_CALL.search(sent.text)
    if m is None:
        return []
    at = m.start("v") if m.group("v") else m.start()
    ev = one_event(ctx, sent, KGO.Visit, m, None, sent.start + at)  # not the home
    # port told before ("the patrol ship X, based in A, will make a port call in B")
    return [ev] if ev.place_id is not None else []


#: "X on Tuesday launched a new production line at its plant in Ruza", "the company
#: opened its second factory in Kaluga on May 3": a launch told with its day is a ceremony
_LAUNCH = re.compile(r"\b(?:launched|opened|inaugurated|unveiled|commissioned)\s+(?:a|an|the|"
                     r"its|their)\s+(?:new\s+|second\s+|third\s+)?(?:[\w-]+\s+){0,3}?"
                     r"(?:production\s+line|assembly\s+line|line|plant|factory|facility|"
                     r"terminal|shop)\b")


def _launch(ctx: Context, sent) -> list[Event]:
    """A launch the release reports as news: on its day (a weekday or a date told with it),
    where the sentence says."""
    m = _LAUNCH.search(sent.text)
    if m is None or NOT_PRESENT.search(sent.text) or _PROPOSED.search(sent.text, 0, m.end()):
        return []
    ev = one_event(ctx, sent, KGO.Meeting, m, None)
    if ev.date is None or len(ev.date.value) < 10:
        return []  # "opened a plant in 2006": background, not the occasion told
    if ev.date.start < sent.start + m.start() - 30:
        return []  # "Sept 14 (Newswire) - X has launched ...": the day filed, not the launch's
    return [ev]


def gathering_events(ctx: Context, sent) -> list[Event]:
    """A roadshow, seminar or conference the release reports, with no channel behind it:
    a meeting of its own, where and when the sentence says (else the dateline's); a port
    call by ships; fairs held in several places."""
    m = _GATHERING.search(sent.text)
    if m is None:
        return edition_events(ctx, sent) or _held_in_passing(ctx, sent) or \
            _gatherings(ctx, sent) or \
            _port_call(ctx, sent) or _launch(ctx, sent) or launch_events(ctx, sent) or \
            facility_openings(ctx, sent)
    if NOT_GATHERING.search(sent.text) or _PROPOSED.search(sent.text, 0, m.end()):
        return []
    several = _in_turn(ctx, sent, m)
    if several:
        return several + _invited_for(ctx, sent, m.end())
    invited = _INVITED_FOR.search(sent.text, m.end())
    ev = one_event(ctx, sent, KGO.Meeting, m, None, None,
                   sent.start + invited.start() if invited else None)
    if ev.date is None and m["rel"] and ctx.year:  # "to hold next year's roadshow in X"
        ev.date = DateMention(0, 0, str(ctx.year + (m["rel"].lower() == "next")))
    if ev.date is None and ctx.doc_date and len(ctx.doc_date) == 10 and \
            not NOT_PRESENT.search(sent.text):
        ev.date = DateMention(0, 0, ctx.doc_date)  # news of the day: held the day it is told
    return [ev] + _invited_for(ctx, sent, m.end())


#: "and to invite Russian regulators to Seoul for a regulatory workshop in 2020": a
#: gathering planned where the guests are asked to come
_INVITED_FOR = re.compile(r"\binvit\w*\s+(?:[\w-]+\s+){1,4}?to\s+(?P<p>(?:[A-Z][\w-]+\s+){1,2})"
                          r"for\s+an?\s+(?:[\w-]+\s+){0,3}?(?:workshop|seminar|conference|"
                          r"symposium|roadshow|exhibition|fair)\b")


def _invited_for(ctx: Context, sent, after: int) -> list[Event]:
    m = _INVITED_FOR.search(sent.text, after)
    if m is None:
        return []
    place = [h for h in ctx.places_in(sent.start + m.start("p"), sent.start + m.end("p"))
             if ctx.lex.places.get(h.id) is not None]
    dates = event_dates(ctx, sent, sent.start + m.end(), sent.end)
    if not place or not dates:
        return []
    span = (sent.start + m.start(), sent.start + m.end())
    return [Event(iri=None, mechanism=None, ordinal=None, date=dates[0], place_id=place[0].id,
                  span=span, sentence=sent.index, kind=KGO.Meeting)]


#: "..., and held talks with X in Moscow on Oct. 25": another occasion of the same sentence
_OTHER_CLAUSE = re.compile(r",?\s+and\s+(?:also\s+)?(?:held|hold|signed|met|visited|toured)\b")


def _in_turn(ctx: Context, sent, m: re.Match) -> list[Event]:
    """"held the roadshow in Moscow (Oct. 23-24) and Yekaterinburg (Oct. 28)": one
    gathering in each place, on its own days."""
    other = _OTHER_CLAUSE.search(ctx.text, sent.start + m.end(), sent.end)
    pairs = pairs_in(ctx, sent, sent.start + m.end(), other.start() if other else sent.end)
    if len(pairs) < 2 or any(p is None or d is None for p, d in pairs):
        return []
    span = (sent.start + m.start(), sent.start + m.end())
    return [Event(iri=None, mechanism=None, ordinal=None, date=d, place_id=p, span=span,
                  sentence=sent.index, kind=KGO.Meeting) for p, d in pairs]


#: "She proposed to hold a presentation in Seoul": an idea, not an occasion
_PROPOSED = re.compile(r"\b(?:proposed|suggested|offered|invited\s+\w+\s+to)\s+(?:to\s+)?"
                       r"hold(?:ing)?\b", re.I)
NOT_GATHERING = re.compile(r"\b(?:press conference|news conference|video conference|"
                           r"videoconference|teleconference)\b", re.I)
