"""Which occasion a sector sentence speaks for, in shapes the main rules in ``topics`` miss.

Kept apart from ``topics`` so that each shape is one small, testable predicate: the
programme of a visit, a proposal made in a new clause after a channel named as an object,
the make-up of a delegation, and a channel named only as what is to be set up.
"""

from __future__ import annotations

import re

from kg.extract.context import Context, Event
from kg.namespaces import KGO

_BULLET = r"\W*(?:[o°◦]\s+)?"
#: "The programme focused on tourism ...", "The agenda of the visit covered ...", "The trip
#: centred on ...": what the whole visit was about, told before its talks are
_VISIT_PROGRAMME = re.compile(
    rf"{_BULLET}(?:The|Its|His|Her)\s+(?:(?:visit|trip|delegation)'s\s+)?"
    r"(?:(?:working|official|two-day|three-day|four-day|five-day)\s+)?"
    r"(?:programme|program|agenda|itinerary|visit|trip)\s+"
    r"(?:of\s+the\s+(?:[\w-]+\s+)?(?:visit|trip|delegation)\s+)?(?:also\s+)?"
    r"(?:focused|focussed|centred|centered|concentrated|covered|"
    r"was\s+devoted|was\s+dedicated|was\s+focused|is\s+focused)\b", re.I)


def visit_programme(sent_text: str) -> bool:
    """Whether the sentence tells what the programme of a visit was about, which belongs
    to the visit as a whole rather than to the first talks told after it."""
    return _VISIT_PROGRAMME.match(sent_text) is not None


#: "She thanked the Korean side for its support of the festival and proposed expanding
#: joint projects in culture": the channel is what was thanked for; the proposal is a new
#: clause whose subject is the speaker
_NEW_PROPOSAL = re.compile(r"\b(?:and|,)\s+(?:also\s+)?(?:proposed|suggested|offered|invited|"
                           r"called\s+for|urged|put\s+forward|proposes|suggests|offers)\b")


def proposal_after(text: str, mention_end: int, pos: int) -> bool:
    """Whether a proposing verb opens a new clause between a channel and the sector."""
    return _NEW_PROPOSAL.search(text, mention_end, pos) is not None


#: "The delegation includes the Minister of Industry and representatives of regional
#: universities": who travels, not what anyone discussed
_DELEGATION_OF = re.compile(r"\b(?:delegation|party|entourage)\s+(?:also\s+)?(?:includes|included|"
                            r"comprises|comprised|consists\s+of|consisted\s+of|"
                            r"(?:is|was)\s+(?:made\s+up|composed)\s+of|"
                            r"(?:is|was)\s+accompanied\s+by)\b", re.I)


def delegation_make_up(text: str, sent_start: int, pos: int) -> bool:
    """Whether the sector word at ``pos`` lies in a list of who makes up a delegation."""
    found = _DELEGATION_OF.search(text, sent_start, pos)
    return found is not None and not re.search(r"[;]|\b(?:discuss|agree)\w*", text[found.end():pos])


#: "agreed to set up a joint working group on X, ...": a channel named as what is to be
#: created, which owns nothing the sentence goes on to
_TO_CREATE = re.compile(r"\bto\s+(?:hold|host|make|set\s+up|establish|create|form|launch)\s+"
                        r"(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}$")


def to_be_created(lead: str) -> bool:
    """Whether the text just before a channel's name says it is to be held or set up."""
    return _TO_CREATE.search(lead) is not None


def planned_aside(ctx: Context, mention, pos: int) -> bool:
    """"agreed to hold the forum next year ..., and to raise bilateral trade": a channel
    named as what is to be held does not own what the sentence goes on to."""
    lead = ctx.text[max(0, mention.span[0] - 60) : mention.span[0]]
    planned = to_be_created(lead) or (
        re.search(r"\b(?:preparations?\s+for|preparing)\s+the\s+(?:\S+\s+){0,4}$", lead)
        and _SET_FOR.match(ctx.text, mention.span[1]))  # "on the preparations for the 20th
    # meeting of the X, scheduled to take place in Seoul in 2022, and on projects in Y"
    if not planned:
        return False
    return bool(re.search(r",?\s+and\s+(?:to\s+|on\s+)?\w+", ctx.text[mention.span[1] : pos]))


_SET_FOR = re.compile(r",?\s+(?:scheduled|planned|set|due|to\s+be\s+held|which\s+will)\b")


#: "..., whose first meeting will be held in spring 2020, and to develop exchanges in X":
#: the whose-clause has ended and the sentence goes back to what was agreed
_AND_TO = re.compile(r",\s+and\s+(?:also\s+)?to\s+\w+")


def whose_clause_closed(text: str, mention_end: int, pos: int) -> bool:
    """Whether ", and to <verb>" closes a clause about the channel before the sector."""
    return _AND_TO.search(text, mention_end, pos) is not None


#: "Korean films will be among the highlights of the 17th X Festival", "robotics will be
#: showcased at the Y Forum", "energy had been on the agenda of the Z Commission": the
#: sector is what the occasion named after it presents or takes up
_FEATURED_AT = re.compile(r"\b(?:highlights?|focus|theme|centrepiece|centerpiece|featured|"
                          r"showcased|presented|shown|screened|exhibited|displayed|on\s+show|"
                          r"on\s+display|on\s+the\s+(?:programme|program)|"
                          r"(?:on|topp?(?:ed|s)?|dominat(?:ed|es)|head(?:ed|s)?)\s+the\s+agendas?|"
                          r"among\s+the\s+(?:topics|issues|subjects|items))\s+(?:of|at|during|in)"
                          r"\s+the\s+(?:\S+\s+){0,4}$")


def featured_at(text: str, pos: int, mechanism_start: int) -> bool:
    """Whether the text between a sector word and a channel named after it says the
    channel's occasion features the sector."""
    return _FEATURED_AT.search(text, pos, mechanism_start) is not None


_QUOTE = re.compile(r"[\"“”]")
_PRONOUN_SAID = re.compile(r"\b(?:(?:he|she)\s+(?:said|says|noted|added|stressed|explained|"
                           r"emphasi[sz]ed|told)|(?:said|added|noted)\s+(?:he|she))\b")


def quoted_participant(ctx: Context, sent, main: Event) -> bool:
    """What a participant of the occasion is quoted saying, in the sentence or the two
    before it ("..., he said"), is what the occasion was about: the whole quote must come
    from people who took part."""
    if main.kind == KGO.Visit or not main.participants or not _QUOTE.search(sent.text):
        return False
    here = [p for p in ctx.persons if any(sent.start <= a < sent.end for a, _ in p.spans)]
    if not here and not _PRONOUN_SAID.search(sent.text):
        return False  # "..., an industry source said": someone outside the occasion
    for told in reversed(ctx.sentences[max(0, sent.index - 2) : sent.index + 1]):
        named = [p for p in ctx.persons if any(told.start <= a < told.end for a, _ in p.spans)]
        if named:
            return all(p in main.participants for p in named)
    return False


#: what a sentence says of a signed document: "the memorandum provides", "signed"
_DOCUMENT = re.compile(r"\b(?:memorand\w+|agreements?|protocols?|MOUs?|MoUs?|deals?|contracts?|"
                       r"documents?|accords?|signed|signing|convention)\b", re.I)


def talks_over_their_signing(ctx: Context, sent, told: list[Event]) -> Event | None:
    """"Following the dialogue, X and Y signed the protocol." then "X noted that trade
    had grown ...": a signing is a ceremony, so what the same people say, in a sentence
    not about the document, was said at the talks they signed it after. The talks are the
    last non-signing occasion told before the signing among the same people."""
    latest = max(told, key=lambda e: e.sentence)
    if latest.kind != KGO.Signing or _DOCUMENT.search(sent.text):
        return None
    talks = [e for e in told if e.kind != KGO.Signing and e.sentence < latest.sentence
             and e.date is not None and latest.date is not None
             and e.date.value[:7] == latest.date.value[:7]
             and {p.iri for p in latest.participants} <= {p.iri for p in e.participants}]
    return max(talks, key=lambda e: e.sentence) if talks else None


def meeting_not_visit(ctx: Context, sent, meant: Event | None) -> Event | None:
    """"At the meeting the sides discussed ...": a visit is no meeting; the meeting meant
    is the last occasion with people at it told in the three sentences before, when the
    one found is the visit itself."""
    if meant is None or meant.kind != KGO.Visit:
        return meant
    near = [e for e in ctx.events if sent.index - 3 <= e.sentence < sent.index
            and e.kind != KGO.Visit and e.participants]
    return max(near, key=lambda e: e.sentence) if near else meant
