"""Clauses that decide whose agenda a sector word belongs to.

A release often names a channel and then, in a relative clause, tells what it did
there ("the 15th meeting of the X, held in Moscow, where the ministries agreed to expand
joint research"); it names a policy and, in another, what the policy offers ("the Free
Port regime, which offers tax benefits"); or it speaks of "the meeting" the story is
about ("Opening the meeting, the governor recalled ..."). These shapes are read here so
that :mod:`kg.extract.topics` stays about targets.
"""

from __future__ import annotations

import re

from kg.extract.context import Context, Event
from kg.namespaces import KGO

#: ", where the two sides agreed ...", ", at which ...": what happened at the channel
#: just named, so a verb of agreeing after it does not hand the sector to another occasion
_WHERE = re.compile(r",\s+(?:where|at\s+which|during\s+which|in\s+the\s+course\s+of\s+which)\b",
                    re.I)


def where_clause(ctx: Context, mention_end: int, pos: int) -> bool:
    """A relative clause of place opens between the channel named at ``mention_end`` and
    the sector at ``pos``, with no other sentence part (";") in between."""
    m = _WHERE.search(ctx.text, mention_end, pos)
    return m is not None and ";" not in ctx.text[mention_end:pos]


#: "a meeting with Korean investors at the Eastern Economic Forum": the sector's own words
#: run straight into the channel that hosts it
_AT_NEXT = re.compile(r"(?!(?:[\w-]+\s+){0,2}(?:agreements?|memorand\w*|deals?|contracts?|MOUs?)\b)"
                      r"[\w-]+(?:\s+[\w-]+){0,2}?\s+(?:at|during)\s+the\s+(?:\S+\s+){0,2}$")


def at_next_channel(ctx: Context, pos: int, nxt: int) -> bool:
    """The sector at ``pos`` is placed "at the" channel named at ``nxt``."""
    return _AT_NEXT.match(ctx.text, pos, nxt) is not None and \
        _DOCUMENT_BEFORE.search(ctx.text, max(0, pos - 40), pos) is None


#: "adopt a joint declaration on interregional cooperation at the EEF": the document's
#: subject, which the document's own occasion owns
_DOCUMENT_BEFORE = re.compile(r"\b(?:declaration|agreement|memorand\w*|MOU|deal|contract|"
                              r"statement|protocol)s?\b[^,;.]*$", re.I)


#: "the Free Port of Vladivostok regime, which offers customs and tax benefits": what the
#: policy gives, told as background, not an area anyone discussed
_OFFERS = re.compile(r"(?:\s+(?:regime|zone|programme|program|status))?\W{0,3}\s*,?\s*"
                     r"(?:which|that)\s+(?:offers|provides|grants|gives|guarantees|"
                     r"extends)\b")


def policy_offers(ctx: Context, policy_end: int, sent_end: int) -> int | None:
    """Where a clause telling what the policy ending at ``policy_end`` offers begins."""
    m = _OFFERS.match(ctx.text, policy_end, sent_end)
    return m.start() if m else None


#: "Opening the meeting, ...", "During the talks, ...": the occasion the story tells
_THE_MEETING = re.compile(r"\b(?:at|during|opening|closing|in\s+the\s+course\s+of)\s+the\s+"
                          r"(?:meeting|talks|negotiations|conversation)\b", re.I)


def at_the_meeting(sent_text: str) -> bool:
    """The sentence places itself at "the meeting" or "the talks" without naming which."""
    return _THE_MEETING.search(sent_text) is not None


#: "joint research into cross-border rail freight": a study of another sector's matter
_STUDY_OF = re.compile(r"\s+into\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$")  # "research on rare
# species" stays science: "on" names a field, "into" a matter looked at


def study_of_another(ctx: Context, hit) -> bool:
    """"research" whose object is another sector's words is a way of working on that
    sector, not science and technology as an area."""
    if hit.id != "science-and-technology" or hit.surface.lower() not in ("research", "study"):
        return False
    later = ctx.lex.sector_matcher.find(ctx.text, hit.end, min(len(ctx.text), hit.end + 60))
    return any(h.id != hit.id and _STUDY_OF.match(ctx.text, hit.end, h.start) for h in later)


#: "Yoo is also scheduled to visit the university to meet students": an errand of a
#: participant beside the occasion, not what the occasion discusses
_ERRAND = re.compile(r"\b(?:(?:is|are)\s+(?:also\s+)?(?:scheduled|expected|set|due)\s+to|"
                     r"will\s+also|also\s+plans?\s+to)\s+(?:visit|tour|attend|meet)\b")


def errand_aside(sent_text: str) -> bool:
    """The sentence tells an errand of its own (a visit, a tour) to come."""
    return _ERRAND.search(sent_text) is not None


_THEY = re.compile(r"\bthey\b", re.I)
_SPEECH = re.compile(r"[\"“”]|\b(?:said|says|noted|told|added)\b")


def they_in_speech(sent_text: str) -> bool:
    """"Today they work in logistics and agriculture," she said: a speaker at the occasion
    telling what the sides do; "they" in a plain sentence may be anyone (patients, ships)."""
    return _THEY.search(sent_text) is not None and _SPEECH.search(sent_text) is not None


#: "President of Russia Alexei Voronov: Mr Prime Minister, ...": a turn of a transcript
_TURN = re.compile(r"^[^\S\n]*([^\n:]{3,120}?)(?:\s*\([^)\n]*\))?:[^\S\n]", re.M)


def in_speech(ctx: Context, sent, main: Event) -> bool:
    """Inside a transcript, what a participant says at the meeting is what it discussed:
    the sentence lies in a turn whose speaker took part in the main event."""
    turns = [m for m in _TURN.finditer(ctx.text, ctx.body_start, sent.start + 1)]
    if not turns or main.mechanism is not None:
        return False
    if len(turns) == 1 and main.kind == KGO.Visit:
        return False  # a headline "X: ..." over a visit of several occasions: what X says
        # later belongs to the occasion told there, not to the whole trip
    tag = turns[-1]
    return any(tag.start(1) <= s < tag.end(1) for p in main.participants for s, _ in p.spans)


_QUOTE = re.compile(r"[\"“”]")


def quoted_at_forum(ctx: Context, sent, main: Event) -> bool:
    """At a forum, what a participant is quoted saying is what the forum discussed: the
    sentence quotes someone, named in it or in the two before ("..., he said")."""
    if main.kind != KGO.ForumRound or not main.participants or not _QUOTE.search(sent.text):
        return False
    for told in reversed(ctx.sentences[max(0, sent.index - 2) : sent.index + 1]):
        named = [p for p in ctx.persons if any(told.start <= a < told.end for a, _ in p.spans)]
        if named:
            return all(p in main.participants for p in named)
    return False
