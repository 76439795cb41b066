"""The agreements extractor's vocabulary (``kg/data/agreement_heads.txt``) compiled, and
where a document's topic gives way to a facility it is about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass
class Vocab:
    """``kg/data/agreement_heads.txt`` compiled: kinds of document, signing and planning
    words, the occasions a sentence may refer back to."""

    kinds: dict[str, tuple[str, str, bool]]  # lower form -> (singular, section, plural)
    head: re.Pattern[str]
    generic: frozenset[str]
    facilities: frozenset[str]
    occasions: dict[str, re.Pattern[str]]
    anaphor: re.Pattern[str]
    signing: re.Pattern[str]
    future: frozenset[str]
    located: frozenset[str] = frozenset()
    ordinals: frozenset[str] = frozenset()
    openers: frozenset[str] = frozenset()
    landmarks: dict[str, str] | None = None
    #: words after which "to" is a preposition, not a purpose ("responding to forest fires")
    to_words: frozenset[str] = frozenset()
    #: participles that tell which version of a document it is ("the renewed agreement")
    versions: frozenset[str] = frozenset()
    #: kinds whose topic is another document, itself a row ("an addendum to the 2007 agreement")
    amends: frozenset[str] = frozenset()


def _alt(forms: list[str]) -> str:
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len,
                                                                        reverse=True))


@lru_cache(maxsize=1)
def vocab() -> Vocab:
    """Read once per process; every form of a kind maps to (singular, section, plural?)."""
    raw = resources.files("kg.data").joinpath("agreement_heads.txt").read_text("utf-8")
    sections: dict[str, list[list[str]]] = {}
    current: list[list[str]] = []
    for line in raw.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            current = sections.setdefault(line.strip("[]"), [])
        else:
            current.append([f.strip() for f in line.split("|")])
    kinds: dict[str, tuple[str, str, bool]] = {}
    for sec in ("documents", "adopted"):
        for forms in sections[sec]:
            for i, form in enumerate(forms):
                plural = i > 0 and bool(re.search(r"(?:s|memoranda)(?: of \w+)?$", form.lower()))
                kinds.setdefault(form.lower(), (forms[0], sec, plural))
    cased = [f for forms in sections["documents"] + sections["adopted"] for f in forms
             if f != f.lower()]
    plain = [f for forms in sections["documents"] + sections["adopted"] for f in forms
             if f == f.lower()]
    head = re.compile(rf"(?<![\w-])(?:{_alt(cased)}|(?i:{_alt(plain)}))(?![\w-])")
    occasions = {forms[0]: re.compile(rf"\b(?:{_alt(forms[1:])})", re.I)
                 for forms in sections["occasions"]}
    # "at the summit", "At that session": a demonstrative refers back as the article does
    anaphor = re.compile(rf"\b(?:the|that|this)\s+(?:[\w-]+\s+){{0,3}}?"
                         rf"(?P<occ>{_alt(list(occasions))})\b", re.I)
    signing = re.compile(rf"\b(?:{_alt([f[0] for f in sections['signing']])})\b", re.I)
    return Vocab(kinds, head, frozenset(f[0] for f in sections["generic"]),
                  frozenset(f[0] for f in sections["facilities"]), occasions, anaphor, signing,
                  frozenset(f[0] for f in sections["future"]),
                  frozenset(f[0] for f in sections.get("located", [])),
                  frozenset(f[0] for f in sections.get("ordinals", [])),
                  frozenset(f[0] for f in sections.get("openers", [])),
                  {f[0]: f[1] for f in sections.get("landmarks", []) if len(f) > 1},
                  frozenset(f[0].lower() for f in sections.get("to-words", [])),
                  frozenset(f[0].lower() for f in sections.get("versions", [])),
                  frozenset(f[0].lower() for f in sections.get("amends", [])))


_HARD = re.compile(r"\s*[,;:\"”]|\.(?:\s|$)|\s+(?:which|that|while|and\s+(?:the|a)\b)")


def facility_at(text: str, first: int, stop: int) -> tuple[int, None, int] | None:
    """"a memorandum on training welders at Samsung's shipyard on Geoje Island": the
    topic ends before "at" a facility, unless it is a facility or project itself ("a joint
    project at the X shipyard"); what follows places the facility."""
    for m in re.finditer(r"([\w-]+)\s+at\s+(?=[A-Z]|the\s|its\s|their\s)", text[first:stop]):
        if m.group(1).lower() in vocab().facilities | vocab().located:
            continue  # "a joint project at the X shipyard": the project's own place
        hard = _HARD.search(text, first + m.end(), stop)
        tail = hard.start() if hard else stop
        words = re.findall(r"[a-z]+", text[first + m.end() : tail].lower())
        if any(w in vocab().facilities for w in words[:6]):
            return first + m.start(1) + len(m.group(1)), None, tail
    return None
