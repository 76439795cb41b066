"""One sentence, several meetings: "he met with A on June 29 and with B on June 30".

A visit report often lists its talks in one sentence, each counterpart with its
own day. Each "with ..." stretch that names an official and a date is its own
talks, held by the sentence's subject and that counterpart; a subject given as
"he" or "she" is the official the story was last about.
"""

from __future__ import annotations

import re

from kg.extract.context import Context, Event
from kg.extract.event_when import event_dates, pairs_in
from kg.namespaces import KGO

#: where a further counterpart starts: "..., and with B", "and later with B"
_NEXT_WITH = re.compile(r",?\s+(?:and|as well as)\s+(?:then\s+|later\s+|also\s+)?with\s+")
#: where the list of meetings ends and the sentence goes on ("..., and discussed ways")
_CLAUSE_END = re.compile(r",?\s+and\s+(?!with\b)(?:\w+\s+)?\w+ed\b|;")
_PRONOUN = re.compile(r"\b(?:he|she)\b", re.I)


def meetings_each_dated(ctx: Context, sent, meet: re.Match) -> list[Event]:
    """The separate talks of "met with A on D1 and with B on D2", or [] when the sentence
    tells one meeting (one date, or one counterpart per date missing)."""
    start = sent.start + meet.end()
    end = _list_end(ctx, start, sent.end)
    cuts = [start] + [m.end() for m in _NEXT_WITH.finditer(ctx.text, start, end)]
    if len(cuts) < 2:
        return []
    stretches = list(zip(cuts, cuts[1:] + [end], strict=True))
    counterparts = [_named_in(ctx, a, b) for a, b in stretches]
    dates = [event_dates(ctx, sent, a, b) for a, b in stretches]
    if not all(counterparts) or not all(dates):
        return []
    if len({d[0].value for d in dates}) < len(dates):
        return []  # the same day: one meeting among them all
    subject = _subject(ctx, sent, sent.start + meet.start())
    if not subject:
        return []
    made = []
    for (a, b), people in zip(stretches, counterparts, strict=True):
        pairs = pairs_in(ctx, sent, a, b)
        venue, date = pairs[0] if pairs else (None, None)
        made.append(Event(iri=None, mechanism=None, ordinal=None,
                          date=date or event_dates(ctx, sent, a, b)[0], place_id=venue,
                          span=(a, b), sentence=sent.index, kind=KGO.Talks,
                          participants=subject + [p for p in people if p not in subject]))
    return made


def _list_end(ctx: Context, start: int, end: int) -> int:
    m = _CLAUSE_END.search(ctx.text, start, end)
    return m.start() if m else end


def _named_in(ctx: Context, start: int, end: int) -> list:
    return [p for p in ctx.persons if any(start <= s < end for s, _ in p.spans)]


def _subject(ctx: Context, sent, trigger: int) -> list:
    """Who met: the officials named before the verb, or, for "he met", the first official
    named in the nearest sentence before that names one."""
    named = _named_in(ctx, sent.start, trigger)
    if named or not _PRONOUN.search(ctx.text, sent.start, trigger):
        return named
    for prev in reversed(ctx.sentences[max(0, sent.index - 3) : sent.index]):
        first = sorted((min(s for s, _ in p.spans if prev.start <= s < prev.end), p.key, p)
                       for p in ctx.persons if any(prev.start <= s < prev.end for s, _ in p.spans))
        if first:
            return [first[0][2]]
    return []


#: "..., while X and Y talked about ...": a second pair's talks told in the same sentence
_WHILE = re.compile(r",\s+while\s+")
_TALK_VERB = re.compile(r"\b(?:met|meets|held talks|had talks|talked|discussed|"
                        r"exchanged views)\b")
#: "On the sidelines, the mayor and the governor discussed ...": talks the verb alone tells
SIDELINES_LEAD = re.compile(r"\W*(?:On|At)\s+the\s+(?:sidelines|margins)\b")


def pairs_talking(ctx: Context, sent) -> list[tuple[int, int, list]]:
    """Stretches of a sentence in which two or more officials talk: the sentence itself,
    split at ", while", each stretch naming its own pair and a verb of talking. Only
    sentences told on the sidelines, or split so, qualify: elsewhere "X and Y discussed"
    reports what was said at an occasion told before."""
    cut = _WHILE.search(ctx.text, sent.start, sent.end)
    bounds = [(sent.start, cut.start()), (cut.end(), sent.end)] if cut else \
        [(sent.start, sent.end)]
    if cut is None and not SIDELINES_LEAD.match(sent.text):
        return []
    found = []
    for a, b in bounds:
        named = _named_in(ctx, a, b)
        verb = _TALK_VERB.search(ctx.text, a, b)
        if len(named) >= 2 and verb:
            found.append((verb.start(), verb.end(), named))
    return found if len(found) == len(bounds) else []
