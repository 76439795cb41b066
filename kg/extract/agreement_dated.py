"""Documents a release names only by their kind: a definite kind its own clause signs and
dates in mid-sentence ("the intergovernmental agreement signed in Seoul on 13 November
2013"), and one document of a regime named after its kind ("signed a special investment
contract for the plant": the regime is the special investment contract).
"""

from __future__ import annotations

import re

from kg.extract.agreement_days import compatible
from kg.extract.agreement_later import family, opens_sentence
from kg.extract.agreement_refs import Doc
from kg.extract.agreement_topic import clean_topic
from kg.extract.agreement_vocab import vocab
from kg.extract.agreement_when import doc_when
from kg.extract.context import Context


def dated_reference(ctx: Context, sent, doc: Doc, names: list, found: list[list]) -> bool:
    """"the visa-free regime established by the intergovernmental agreement signed in Seoul
    on 13 November 2013": a definite kind whose own clause signs and dates it is a concluded
    document even in mid-sentence, named by its kind, unless one of its family signed at
    that date was named before (then it refers back to that one)."""
    if doc.clause is None or doc.names or not doc.definite or doc.counted or \
            opens_sentence(ctx, sent, doc.start) or \
            not vocab().signing.search(ctx.text, *doc.clause):
        return False
    date, _ = doc_when(ctx, sent, doc.clause, None, names, None)
    if not date:
        return False
    # "a memorandum on X" signed today, then "based on the memorandum of understanding signed
    # in Seoul in 2010": a kind its clause dates to another occasion is another document
    return not any(family(f[0].kind) == family(doc.kind) and
                   (f[2][0] is None or compatible(f[2][0], date)) for f in found)


#: "the visa-free regime in force since 2014 under the agreement": the regime it set up
_REGIME = re.compile(r"\bthe\s+((?:[\w-]+\s+){1,3}?regime)\b[^.;:]{0,80}?\b(?:under|by)\s+"
                     r"the\s+$")
#: "concluded in 2020 between A (X) and the Korean company B": its parties, in its clause
_PARTIES = re.compile(r"\bbetween\s+((?:the\s+)?[A-Z][^,;]*?\s+and\s+(?:the\s+)?[A-Z][\w&.-]*"
                      r"(?:\s+[A-Z][\w&.-]*){0,5})")
#: "the Korean company GL Rapha": what the party is, before its name
_DESCRIBED = re.compile(r"\bthe\s+(?:[A-Z][a-z]+\s+)?(?:company|firm|group|bank|fund|"
                        r"corporation|carrier|operator|university|institute)\s+(?=[A-Z])")


def dated_name(ctx: Context, sent, doc: Doc) -> str:
    """The name of a document told only by its kind and its signing clause: "the agreement
    concluded in 2020 between A and B" is the agreement between A and B; "the visa-free
    regime in force under the agreement signed in 2013" is the agreement on that regime;
    a kind that says more than "agreement" ("the intergovernmental agreement") is kept."""
    if doc.clause is not None:
        parties = _PARTIES.search(_DESCRIBED.sub("", ctx.text[doc.clause[0] : doc.clause[1]]))
        if parties:
            return f"{doc.kind} between {' '.join(clean_topic(parties.group(1)).split())}"
    if " " not in doc.kind.strip():
        regime = _REGIME.search(ctx.text, sent.start, doc.start)
        if regime and regime.end() == doc.start:
            return f"{doc.kind} on the {' '.join(regime.group(1).split())}"
    return doc.kind


def instance_of_regime(ctx: Context, m: re.Match[str]) -> bool:
    """"signed a special investment contract for the plant": a regime named after the kind
    of document it is made of ends with that kind; "a" before it, or a clause right after
    it that signs it ("the special investment contract (SPIC) signed by A and B"), makes it
    one such document, signed by its parties, not the regime."""
    for hit in ctx.lex.policy_matcher.find(ctx.text, max(0, m.start() - 60), m.end()):
        if hit.end == m.end() and hit.start < m.start() and (
                re.search(r"(?<![\w-])(?:a|an)\s+$", ctx.text[max(0, hit.start - 4) : hit.start])
                or _SIGNED_AFTER.match(ctx.text, hit.end)):
            return True
    return False


#: "the special investment contract (SPIC) signed by A and B": its own clause signs it
#: "the special investment contract (SPIC) it signed with X": a relative clause too
_SIGNED_AFTER = re.compile(r"(?:\s*\([^()]{1,15}\))?,?\s+(?:was\s+|were\s+|(?:that\s+|which\s+)?"
                           r"(?:it|they|the\s+(?:company|two\s+\w+|sides|parties))\s+(?:has\s+|"
                           r"have\s+|had\s+)?)?(?:signed|concluded|inked)\b")


def signed_title(ctx: Context, m: re.Match[str]) -> bool:
    """"the two heads signed the Statistical Cooperation Program for 2020-2021": a name read
    as a programme or policy that ends with a kind of document and is what a signing verb
    right before it signs is that document, whatever else reads it as a name."""
    for s, e in ctx.name_spans:
        if e == m.end() and s < m.start() and re.search(
                rf"(?:{vocab().signing.pattern})\s+(?:the|an?)\s+$",
                ctx.text[max(0, s - 30) : s], re.I):
            return True
    return False


#: "the 1992 intergovernmental agreement", "Under the 1994 Korea-Russia agreement": the year
#: right before a document's modifiers
YEAR_BEFORE = re.compile(r"(?<![\w-])the\s+((?:19|20)\d\d)\s+$", re.I)


def named_year(doc: Doc, where: tuple) -> tuple:
    """"the 1992 agreement on X" was made in 1992, whatever day the sentence that recalls
    it tells; that sentence's place is not where it was signed either."""
    if doc.year is None or where[0] and str(where[0]).startswith(doc.year):
        return where
    return doc.year, None
