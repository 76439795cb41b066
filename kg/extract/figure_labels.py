"""What a figure measures, as a noun phrase ("processing capacity", "bilateral trade"),
not as the clause fragment before the number ("The plant will have a processing
capacity", "it is designed to produce up").

The words before the number are read as subject - verb - object: the object of the last
verb names the measured thing when there is one ("will have a processing capacity of
40,000 tonnes"), else the subject does ("trade rose 12 percent"); a pronoun or nothing
leaves the words after the number to say it ("171,000 Koreans living in Primorsky Krai",
"a US$1 billion credit line").
"""

from __future__ import annotations

import re

_STOP = frozenset(
    "of to from about some nearly around approximately over more than a an the at by "
    "amounting reaching whopping almost up down just only roughly estimated total on for with "
    "totaling totalling worth valued further another additional record".split())
#: ", up 30.2 percent", ", down 4%": a change of the figure told before
_CHANGE = {"up": "growth", "rising": "growth", "growing": "growth", "down": "decline",
           "falling": "decline", "declining": "decline"}
_DETERMINERS = frozenset("a an the its their our his her this that these those some "
                         "about up to".split())
_PRONOUNS = frozenset("it they this that these those he she we which who there".split())
#: verbs and auxiliaries that end the subject of a figure's clause
_VERBS = frozenset(
    "is are was were be been being will would has have had can could may might should shall "
    "must said says say added noted stated announced reported rose fell grew increased "
    "decreased reached totaled totalled amounted stood topped exceeded numbered dropped "
    "declined jumped surged soared plunged climbed hit brought attracted received drew "
    "opens opened signed provided provide produce produced handled invest invested "
    "planned expects expected aims aimed includes included employ employed allocate "
    "allocated designed intended make made reach rise grow exceed held visited welcomed "
    "exported imported shipped supplied delivered create created carried gave give got "
    "become became".split())  # no noun-like forms: "exports", "plans", "visits" are subjects
_WORD = re.compile(r"[\w'’.$-]+")
#: "a US$1 billion credit line", "the 40,000-tonne plant": a noun the amount modifies
_AFTER = re.compile(r"\s*(?P<np>(?:[A-Za-z][\w'’-]*\s+){0,2}?[A-Za-z][\w'’-]*)"
                    r"(?=\s+(?:with|to|for|from|in|at|on|by|and|that|which|was|is|will|has)\b|"
                    r"\s*[,.;:)]|\s*$)")
_STOP_AFTER = frozenset("of and or to for from in at on by with per a the this last next "
                        "year years was were is are will has have".split())


#: "in the first 9 months", "last year", "in 2018": the period is a column of its own
_TIME_TAIL = re.compile(r"\s+(?:(?:in|during|over|for|of)\s+(?:the\s+)?(?:(?:first|last|past|"
                        r"same)\b.*|\d{4}\b.*|(?:this|last|next)\s+year\b.*)|"
                        r"(?:this|last|next)\s+year\b.*)$", re.I)


def figure_label(text: str, sent_start: int, start: int, end: int, sent_end: int,
                 amount: bool = True) -> str:
    """The noun phrase naming what the figure at ``start``..``end`` measures, without the
    time it is of."""
    label = _label(text, sent_start, start, end, sent_end, amount)
    label = _TIME_TAIL.sub("", label) or label
    if _fragment(label):  # "while 37 judges", "including 9 scientists": no noun before it
        better = _counted(text, start, sent_end) or _after(text, end, sent_end)
        if better and not _fragment(better):
            return better
    return label


#: words a noun phrase cannot end with, or be made of alone
_LINKS = frozenset("and or but while whereas that which including included out of to in on "
                   "at for with by as than when where after before since until through "
                   "about some nearly around".split())


def _fragment(label: str) -> bool:
    """A clause fragment, not a noun phrase: "and that", "including", "out", "Alaska on
    July 27 and" (a date or a conjunction left over from the words before the number)."""
    words = label.split()
    return not words or words[-1].lower() in _LINKS | _STOP or \
        all(w.lower() in _LINKS | _STOP | _PRONOUNS for w in words) or \
        any(ch.isdigit() for ch in label)


def _label(text: str, sent_start: int, start: int, end: int, sent_end: int,
           amount: bool) -> str:
    """The noun phrase naming what the figure at ``start``..``end`` measures; ``amount``
    is false when a counted noun follows the number and is part of the figure."""
    head = re.split(r"[,;:]\s*(?=[^,;:]*$)", text[sent_start:start])[-1]
    words = _WORD.findall(head)
    after = _after(text, end, sent_end) if amount else None
    if after and words and words[-1].lower() in _DETERMINERS - {"about", "up", "to", "some"}:
        return after  # "signed a US$1 billion credit line": the amount's own noun
    if words and words[-1].lower() in _CHANGE:
        return _CHANGE[words[-1].lower()]  # ", up 30.2 percent": the change of the figure
    while words and words[-1].lower() in _STOP:
        words.pop()
    verbs = [i for i, w in enumerate(words) if _is_verb(words, i)]
    if verbs:
        obj = _trim(words[verbs[-1] + 1:])
        if obj and not any(any(c.isdigit() for c in w) for w in obj):
            return " ".join(obj[-8:])
        subject = words[: verbs[-1]]
        while subject and (subject[-1].lower() in _VERBS or subject[-1].lower() == "to"):
            subject.pop()
        cut = max((i for i, w in enumerate(subject) if w.lower() in _VERBS), default=-1)
        subject = _trim(subject[cut + 1:])
        if subject and not (len(subject) == 1 and subject[0].lower() in _PRONOUNS):
            if after and subject[0][:1].isupper() and len(subject) == 1:
                return f"{subject[0]} {after}"
            return " ".join(subject[-8:])
    elif _trim(words):
        return " ".join(_trim(words)[-8:])
    return after or _counted(text, start, sent_end) or "figure"


def _is_verb(words: list[str], i: int) -> bool:
    """A verb of the list, an infinitive after "to", or a past form not after a determiner
    ("agreed a loan"; but "the planned investment" is a noun phrase)."""
    w = words[i]
    if w.lower() in _VERBS:
        return True
    if i and w.islower() and words[i - 1].lower() == "to":
        return True
    return bool(i and w.islower() and w.endswith("ed") and len(w) > 4 and
                words[i - 1].lower() not in _DETERMINERS)


def _trim(words: list[str]) -> list[str]:
    """Leading determiners and a lone pronoun are no part of a noun phrase."""
    words = list(words)
    while words and words[0].lower() in _DETERMINERS:
        words.pop(0)
    if len(words) > 2 and [w.lower() for w in words[:2]] == ["number", "of"]:
        words = words[2:]  # "the number of visitors": the visitors are what is counted
    if len(words) == 1 and words[0].lower() in _PRONOUNS:
        return []
    return words


def _after(text: str, end: int, sent_end: int) -> str | None:
    """The noun right after an amount that it modifies ("US$1 Billion Credit Line")."""
    m = _AFTER.match(text, end, sent_end)
    if not m:
        return None
    words = m.group("np").split()
    if not words or words[0].lower() in _STOP_AFTER or words[-1].lower() in _STOP_AFTER:
        return None
    return " ".join(words)


#: "171,000 Koreans living in Primorsky Krai were deported": the counted phrase itself
_COUNTED = re.compile(r"\s*[\d,.]+\s+(?:(?:million|billion|thousand)\s+)?(?P<np>[A-Za-z][\w'’-]*"
                      r"(?:\s+(?!(?:were|was|are|is|will|had|have|has|per|a|last|this|next)\b)"
                      r"[A-Za-z][\w'’-]*){0,5})")


#: what follows an amount but is no thing counted: its unit or a scale
_NOT_COUNTED = frozenset("percent per cent times fold won rubles roubles dollars euros yuan "
                         "tons tonnes km".split())


def _counted(text: str, start: int, sent_end: int) -> str | None:
    m = _COUNTED.match(text, start, sent_end)
    if not m or m.group("np").split()[0].lower() in _STOP_AFTER | _NOT_COUNTED:
        return None
    words = m.group("np").split()
    cut = next((i for i, w in enumerate(words) if i and (
        w.lower() in _VERBS | _ENDS_COUNTED or w.islower() and w.endswith("ed") and len(w) > 4)),
        len(words))
    return " ".join(words[:cut])


#: "37 Korean judges visited ...", "1,150 consultations with patients there through ...":
#: the counted phrase ends before a verb or a word that opens a clause or a time
_ENDS_COUNTED = frozenset("through during according since until after before as including "
                          "while and but there".split())
