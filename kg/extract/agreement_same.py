"""Which mentions of documents are one document: a definite kind after the document was
named in full ("the Protocol", "the hydrogen MOU"), a document named by its kind alone
beside the one of its family named in full at the same occasion.
"""

from __future__ import annotations

import re

from kg.extract.agreement_later import family
from kg.extract.agreement_refs import Doc as _Doc


def short_reference(doc: _Doc, found: list[list]) -> bool:
    """"The Protocol updates ...", "Under the Protocol, ...": the kind alone, definite, after
    a document of that kind was named in full, refers back to it."""
    return doc.definite and [n.lower() for n in doc.names] == [doc.kind] and any(
        f[0].kind == doc.kind for f in found) or modified_reference(doc, found)


def told_in_full(found: list[list]) -> list[list]:
    """"The sides signed a protocol following the meeting. ... signed the Protocol of the
    15th meeting": a document named by its kind alone is the one of that family the release
    names in full with the same date and place; "signed a package of agreements on X ...
    Under the main agreement, ...": one of several named together is not all of them."""
    def bare(f: list) -> bool:
        """The kind alone ("protocol", "a Joint Statement"); "investment agreement" is one
        of its own beside "an agreement on X" of the same day."""
        return f[1].lower().split() == f[0].kind.lower().split() and \
            family_of(f[1]) == family_of(f[0].kind)

    return [f for f in found if not bare(f) or family_of(f[0].kind) is None or not any(
        g is not f and not bare(g) and not g[0].counted and
        family_of(g[0].kind) == family_of(f[0].kind) and g[2] == f[2] for g in found)]


def family_of(name: str) -> str | None:
    """The family of a name's last kind word; a name that is all "of ..." has none."""
    return family(name) if re.sub(r"\s+of\s+.*$", "", " " + name.lower()).split() else None


def _one_kind_name(doc: _Doc) -> tuple[list[str], str] | None:
    """The words of a definite document's one name and its kind's family, when the name
    ends in a word of that family ("the hydrogen MOU")."""
    if not doc.definite or len(doc.names) != 1:
        return None
    words = doc.names[0].split()
    kind = family_of(doc.kind)
    if len(words) < 2 or kind is None or family_of(words[-1]) != kind:
        return None
    return words, kind


def modified_reference(doc: _Doc, found: list[list]) -> bool:
    """"the hydrogen MOU would open the way ...": a definite kind with only words before it,
    all of them in the name of a document of that family named before, is that document."""
    named = _one_kind_name(doc)
    if named is None:
        return False
    words, kind = named
    mods = {w.lower() for w in words[:-1]}
    return any(family_of(f[0].kind) == kind and f[1] != doc.names[0] and
               (mods <= {w.lower() for w in re.findall(r"[\w-]+", f[1])} or
                _version_of(mods, f[1])) for f in found)


def _version_of(mods: set[str], name: str) -> bool:
    """"the renewed agreement" after "an agreement renewing the X": the version word is
    what the document named before does ("renewing", "amending", "extending")."""
    return len(mods) == 1 and bool(re.fullmatch(r"[a-z]+ed", next(iter(mods)))) and \
        re.search(rf"\b{next(iter(mods))[:-2]}(?:e)?ing\b", name.lower()) is not None


#: words before a kind that only measure the document: "the five-year contract", "the 10-year
#: deal", "the long-term agreement", "the $2 billion contract"
_MEASURE = re.compile(r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|"
                      r"twenty-five|thirty|fifty|multi|long|short|medium)-(?:year|month|term)|"
                      r"(?:US)?\$?\d[\d,.]*(?:-(?:million|billion))?|million|billion", re.I)


def measured_reference(doc: _Doc, found: list[list]) -> bool:
    """"Under the five-year contract, signed in X on Thursday, ...": a definite kind whose
    only words before it measure its term or sum, after a document of that family was
    named in full, is that document told again; its clause says when and where it was
    signed, not that another was."""
    named = _one_kind_name(doc)
    if named is None:
        return False
    words, kind = named
    return all(_MEASURE.fullmatch(w) for w in words[:-1]) and \
        any(family_of(f[0].kind) == kind and f[1] != doc.names[0] for f in found)
