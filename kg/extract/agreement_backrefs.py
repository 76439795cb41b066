"""What a sentence adds to documents named before it, and new documents named only by
their kind.

"The memorandum was signed in Khabarovsk", "Under the MOU, signed in X, ...", "The
documents were signed in Suwon", "The deal was signed by A and B": a back-reference is
no document of its own; it tells where and when the ones just named were signed
(agreement_later.refine). "signed an MOU", "under a contract signed with KARI": a new
document its sentence signs, named by its kind (and its counterpart).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.agreement_dated import dated_name, dated_reference
from kg.extract.agreement_later import (
    ANY_KIND,
    CLAUSE_END,
    any_kind,
    collective_clause,
    family,
    opens_sentence,
    refine,
    span_end,
)
from kg.extract.agreement_refs import Doc
from kg.extract.agreement_same import measured_reference
from kg.extract.agreement_vocab import vocab
from kg.extract.agreement_when import back_reference_when, doc_when, sentence_when
from kg.extract.context import Context


def back_references(ctx: Context, sent, docs: list[Doc], names: list, found: list[list]) -> None:
    """"The memorandum was signed in Khabarovsk", "Under the MOU, signed in X, ...", "The
    documents were signed in Suwon": where and when the documents just named were signed.
    A release that only told of the deal ("won an order to build ...") names the document
    first here ("The contract was signed in Moscow on Wednesday"): it is named by its kind."""
    first_signing(ctx, sent, docs, names, found)
    clause = collective_clause(ctx, sent)
    if clause is not None:
        where = back_reference_when(ctx, sent, clause, names)
        refine(found, where, sent.index, span_end=span_end(ctx, sent, where[0]))
        return
    for doc in docs:
        if doc.clause is not None and measured_reference(doc, found):
            # "Under the five-year contract, signed in X on Thursday": the one named before
            refine(found, doc_when(ctx, sent, doc.clause, doc.venue, names, None), sent.index,
                   doc.kind)
            doc.names = []
            continue
        if dated_reference(ctx, sent, doc, names, found):
            found.append([doc, dated_name(ctx, sent, doc),
                          doc_when(ctx, sent, doc.clause, doc.venue, names, None),
                          sent.index])
            continue
        if doc.clause is not None and not doc.names and doc.definite and \
                opens_sentence(ctx, sent, doc.start):
            where = doc_when(ctx, sent, doc.clause, doc.venue, names, None)
            anyone = any_kind(doc.kind, found, sent.index)
            if not doc.counted and not anyone and vocab().signing.search(ctx.text, *doc.clause) \
                    and not any(_told_as(f[0].kind, doc.kind) for f in found) \
                    and not (found and doc.kind.lower() in ANY_KIND):
                if where == (None, None):  # "signed by the three at the ceremony": today's
                    where = sentence_when(ctx, sent, names, None)
                found.append([doc, dated_name(ctx, sent, doc), where, sent.index])  # first
                continue
            refine(found, where, sent.index, None if doc.counted or anyone else doc.kind,
                   span_end(ctx, sent, where[0]))


#: short kinds a release writes for a full one ("an MOU ... the memorandum of understanding")
_FULL = {"mou": "memorandum of understanding", "moc": "memorandum of cooperation"}


def _told_as(told: str, kind: str) -> bool:
    """May "the <kind>" refer back to a document told as ``told``? "The agreement" may be
    an agreement of intent told before; "the agreement of intent" is no investment
    agreement: a kind with an "of" phrase names only a document of that very kind."""
    full = _FULL.get(kind.lower(), kind.lower())
    if " of " in full:
        return _FULL.get(told.lower(), told.lower()) == full
    return family(told) == family(kind)


#: "The MOU was first signed in Moscow in October 2013": a renewed document's first signing
_FIRST = re.compile(r"\s+(?:was|were|had\s+been|has\s+been)\s+(?:first|originally|initially)\s+"
                    r"(?:signed|adopted|concluded|inked)\b")


def first_signing(ctx: Context, sent, docs: list[Doc], names: list, found: list[list]) -> None:
    """"The MOU was first signed in Moscow in October 2013": the document named before (one
    renewed or updated today) was signed once before; that signing is a row of its own,
    with the same name and the date and place the clause tells."""
    for doc in docs:
        m = _FIRST.match(ctx.text, doc.end, sent.end)
        if not m or not doc.definite or not opens_sentence(ctx, sent, doc.start):
            continue
        told = [f for f in found if family(f[0].kind) == family(doc.kind)
                and not f[0].first_signing]
        if not told:
            continue
        tail = CLAUSE_END.search(ctx.text[m.end() : sent.end])
        date, place = doc_when(ctx, sent, (m.start(), m.end() + tail.start()), None, names, None)
        if date:
            earlier = replace(told[-1][0], first_signing=True)
            words = told[-1][1].split()
            while len(words) > 1 and words[0].lower() in vocab().versions:
                words = words[1:]  # the first signing was of no "renewed" text
            found.append([earlier, " ".join(words), (date, place), sent.index])
        doc.names = []


def name_bare(ctx: Context, docs: list[Doc]) -> None:
    """"adopted a joint statement", "signed an MOU": a new document, named by its kind; "under
    a contract signed with KARI": by its kind and the party its own clause names."""
    for doc in docs:
        if doc.bare:
            party = _SIGNED_WITH.match(ctx.text, *doc.clause) if doc.clause else None
            doc.names = [f"{doc.bare} signed with {party.group(1)}" if party else doc.bare]


#: "a contract signed with KARI in 2018": the counterpart, a proper name
_SIGNED_WITH = re.compile(r"\s*,?\s*signed\s+with\s+((?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)"
                          r"{0,4})(?![\w&-])")
