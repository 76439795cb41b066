"""Where a document's topic starts and what it covers: "an MOU on X", "a Protocol amending
Y", "a contract to build Z for W", "an MOU between A and B on X" (the MOU on X), with an
aside skipped between the kind and its topic ("an MOU at the ceremony on training ...").
Where the topic ends is ``agreement_topic``.
"""

from __future__ import annotations

import re

from kg.extract.agreement_topic import ACRONYM_PAREN, clean_topic, topic_stop
from kg.extract.agreement_vocab import vocab
from kg.extract.context import Context

#: what opens a document's topic: a preposition, an opener from the vocabulary ("a Protocol
#: amending ..."), or "to" and a verb; not an idiom of time or place ("signed letters of
#: intent on the spot", "an MOU on the sidelines of the forum")
_COMP_START = re.compile(r"\s+(?!on\s+the\s+(?:spot|sidelines|occasion|same\s+day|eve|day|"
                         r"(?:first|second|third|last|final|closing|opening)\s+day|"
                         r"\d{1,2}(?:st|nd|rd|th)\b(?!\s+(?!(?:to|and|in|at|by|with|of)\b)[A-Za-z]))\b)"
                         # "55 agreements for a total of 618 billion rubles": their sum
                         r"(?!for\s+a\s+total\b)"
                         # "the agreements of the visit": the occasion they were reached on
                         r"(?!of\s+(?:the|this|that|his|her|their|its)\s+(?:[\w-]+\s+)?"
                         r"(?:visit|trip|tour|stay)\b)"
                         r"(?:on|for|between|among|with|concerning|regarding|covering|of|"
                         + "".join(f"{w}|" for w in sorted(vocab().openers))
                         + r"to\s+(?!the\b|an?\b|be\b)[a-z]+)\b")
_BY = re.compile(r"\s+by\b")
#: "a memorandum of cooperation in tourism and medicine": the fields it covers
_IN_FIELD = re.compile(r"\s+in\s+(?=[a-z])")


_ADJUNCT = re.compile(r"\s+(?:at\s+the\s+(?:[\w-]+\s+)?(?:ceremony|event|forum|meeting|session)|"
                      r"on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
                      r"today|yesterday|(?:was|were)\s+(?:also\s+)?(?:signed|adopted|concluded))"
                      r"(?=\s+(?:on|for|between|concerning|regarding)\b)")


#: "on exchanges between military schools", "on Exchanges between Naval Academies": a bare
#: plural of one sort is what the topic relates, not the two parties (those are joined by
#: "and", or are "the two ...")
_GROUP_BETWEEN = re.compile(r"\s+between\s+(?!(?:the|their|its|our|both|two|these|those)\b)"
                            r"(?:(?!(?:and|or)\b)[A-Za-z][\w-]*\s+){0,3}[A-Za-z][\w-]*s")


#: "an MOU on cooperation between A and B in the field of X", "the Agreement on Friendship and
#: Cooperation between A and B": a topic that is bare cooperation names the document only
#: with its parties (and the field after them), so they stay in its name
_BARE_COOPERATION = re.compile(
    r"\s*(?:(?:trade|economic|friendship|friendly|exchanges?|comprehensive|mutual|bilateral|"
    r"strategic|partnership|scientific|technical|cultural|humanitarian|and|,)\s*)*"
    r"cooperation\s*(?=\s+between\s+(?!(?:the\s+)?(?:two|both)\b))", re.I)


_SIGNED_ASIDE = re.compile(r"\s*\((?:signed|concluded|adopted|ratified|inked)\b")


def complement(ctx: Context, sent, pos: int, capital: bool) -> tuple[int, int, str | None, int]:
    """What the document is about: where it starts and stops, and a city cut from its end.
    An aside between kind and topic is skipped: "an MOU at the ceremony on training ...",
    "an agreement was signed between A and B on X"."""
    text = ctx.text
    bare = pos  # where the kind ends: an adjunct with no topic after it is no part of it
    m = ACRONYM_PAREN.match(text, pos, sent.end)
    pos = m.end() if m else pos
    m = _ADJUNCT.match(text, pos, sent.end)
    bare, pos = (bare, m.end()) if m else (pos, pos)
    c = _COMP_START.match(text, pos, sent.end) or (capital and _BY.match(text, pos, sent.end)) \
        or (text[max(0, pos - 11) : pos].lower() == "cooperation"
            and _IN_FIELD.match(text, pos, sent.end))
    if not c:
        return bare, bare, None, bare
    stop, venue, tail = topic_stop(ctx, sent, pos, c.end(), sent.end)
    aside = _SIGNED_ASIDE.search(text, c.end(), stop)
    if aside:  # "... on Cooperation in Science (signed in 1990)": when, not what about
        stop = aside.start()
    if stop <= c.end():
        # "The agreement was signed on Monday at X": no topic at all; the signing clause
        # after the kind is its own, so it keeps its day and place
        return bare, bare, None, bare
    lead = c.group(0).split()[0]
    if lead in (("on", "of", "for") if capital else ("on",)):
        # a formal title ("Agreement on X between A and B") names its parties apart; so
        # does "an MOU on X between A and B": it is the MOU on X
        parties = re.compile(r"\s+between\b").search(text, c.end(), stop)
        if parties and not _GROUP_BETWEEN.fullmatch(text, parties.start(), stop) and \
                not _BARE_COOPERATION.match(text, c.end(), stop):
            return pos, parties.start(), venue, max(tail, stop)
    if not capital and lead == "between":
        # "an MOU between A and B on X" is the MOU on X, as when the parties come last
        topic = re.compile(r"\s+and\s+.+?(\s+on\s+)").search(text, c.end(), stop)
        if topic:
            return topic.start(1), stop, venue, tail
    if not capital and lead in ("to", "for"):
        # "a contract to build ten tankers for the X project": what it buys, not for whom
        # "a contract to supply crude oil to refiner X": to whom, not what it is on
        purpose = re.compile(r"\s+for\s|\s+to\s+(?=[A-Z]|(?:the|an?)\s)" if lead == "to" else
                             r"\s+for\s").search(text, c.end(), stop)
        if purpose:
            return pos, purpose.start(), venue, max(tail, stop)
    both = _BOTH_TAIL.search(text, c.end(), stop)
    if lead != "between" and both:
        return pos, both.start(), venue, max(tail, stop)
    return pos, stop, venue, tail


#: "... between the two universities" at a topic's end: the parties only referred to,
#: which no reader writes into the name ("an agreement renewing X between the two sides")
_BOTH_TAIL = re.compile(r"\s+between\s+(?:the\s+)?(?:two|both)\s+(?:[a-z][\w-]*\s+)?"
                        r"[a-z][\w-]*s\s*$")


def topic_at(ctx: Context, sent, pos: int) -> tuple[int, int, str | None, str]:
    """The complement right after ``pos`` ("one between C and D on Y"), cleaned."""
    start, end, venue, _ = complement(ctx, sent, pos, False)
    return start, end, venue, clean_topic(ctx.text[start:end]).strip() if end > start else ""
