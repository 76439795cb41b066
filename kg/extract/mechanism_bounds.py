"""Where a channel's name begins and ends when the words around it look like more name.

Title-case headlines run their verb into the name ("Korea and Russia Launch Working Group
on Hydrogen"), two gatherings are joined by "and the" ("the East Asia Summit and the ASEAN
Regional Forum"), and a field after "in" is part of a name where a venue is not ("the
Committee on Cooperation in Hydrometeorology" but "the Working Group on Energy in Seoul").
"""

from __future__ import annotations

import re

from kg.extract.context import Context

#: a headline in title case runs its verb into the name: "Korea and Russia Launch Working
#: Group on Hydrogen"
_HEADLINE_VERB = re.compile(r"\b(?:Launch|Hold|Held|Agree|Sign|Open|Discuss|Set\s+Up|Mark|Convene|"
                            r"Attend|Host|Resume|Wrap\s+Up|Kick\s+Off|Begin|Start|Meet|Join)"
                            r"(?:s|es)?\s+(?:the\s+|[\dA-Za-z]+(?:st|nd|rd|th)\s+)?(?=[A-Z])")
#: "the East Asia Summit and the ASEAN Regional Forum": a gathering named before another
_OTHER_GATHERING = re.compile(r"\b(?:Summit|Conference|Congress)\s+and\s+(?:the\s+)?(?=[A-Z])")


def after_headline_verb(text: str, start: int, end: int) -> int:
    """The name's start past a headline's verb, on a title-case line."""
    verb = _HEADLINE_VERB.search(text, start, end) if _title_case_line(text, start) else None
    return verb.end() if verb else start


def after_other_gathering(text: str, start: int, end: int) -> int:
    """The name's start past another gathering it was listed with."""
    m = _OTHER_GATHERING.search(text, start, end)
    return m.end() if m else start


def _title_case_line(text: str, pos: int) -> bool:
    """A headline line: most of its words capitalised, no full stop at its end."""
    lo, hi = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    line = text[lo : hi if hi >= 0 else len(text)].strip()
    words = [w for w in line.split() if w[0].isalpha() and w.lower() not in _SMALL_WORDS]
    caps = sum(w[0].isupper() for w in words)
    return not line.endswith(".") and bool(words) and caps >= 0.8 * len(words)


_SMALL_WORDS = {"and", "of", "on", "for", "the", "in", "to", "at", "with", "a", "an"}


def before_place(ctx: Context, start: int, end: int) -> int:
    """"the Committee on Cooperation in Hydrometeorology" is one name, "the Working Group on
    Energy in Seoul" a name and its venue: the name ends before a known place (or before
    the way it was held, "... on Atomic Energy Online")."""
    for m in re.finditer(r"\s+in\s+(?!the\s)", ctx.text[start:end]):
        at = start + m.end()
        if any(h.start == at for h in ctx.lex.place_matcher.find(ctx.text, at, end)):
            return start + m.start()
    return before_manner(ctx.text, start, end)


#: a title-case headline runs how or when a meeting was held into its name: "Hold the 10th
#: Joint Committee on Atomic Energy Online", "... on Trade via Videoconference Today"
_MANNER_TAIL = re.compile(r"(?:\s+(?:Online|Virtually|Remotely|Today|Tomorrow|Yesterday|"
                          r"This\s+(?:Week|Month|Year)|Next\s+(?:Week|Month)|"
                          r"(?:Via|By|Through)\s+(?:a\s+)?Video[\w-]*(?:\s+(?:Link|Conference|Call))?|"
                          r"In\s+(?:an?\s+)?(?:Virtual|Video|Online|Hybrid|Remote)\s+Format))+$",
                          re.I)


def before_manner(text: str, start: int, end: int) -> int:
    """The name's end before a trailing word of how or when it was held."""
    m = _MANNER_TAIL.search(text, start, end)
    if m and m.start() > start and len(text[start : m.start()].split()) >= 2:
        return m.start()
    return end
