"""Agreements: declarations, joint statements, agreements, memoranda, with the
date and place they were signed or adopted.

A document is named by its kind, the words before it ("the Pohang Declaration",
"a fisheries agreement") and what it is about ("an MOU on X between A and B").
It is recorded when its sentence signs or adopts it ("signed", "were signed",
"the signing of", "adopted"; not "will sign"), when it lists what was signed
("Among them is ..."), or when a concluded kind is referred to by name ("the
visa waiver agreement"). Bare references ("the agreement", "the deal") and
counts ("nine agreements") name no document.

Documents only counted and then told one by one ("Under the first MOU, A and B ...";
"The agreements include an MOU between A and B on X, one between C and D on Y"), title
lines the body tells again, and a party's own roadmap: ``agreement_refs``. Which
mentions are one document ("the Protocol" after "the Protocol of the 15th meeting"):
``agreement_same``.
Where a topic starts: ``agreement_complement``; where it ends: ``agreement_topic``. Where
and when it was signed: ``agreement_when``; a signing announced for a stated day:
``agreement_planned``
(day arithmetic, meetings of several days: ``agreement_days``); what later sentences add
to that ("The documents were signed in X", "The deal was signed by ..."): ``agreement_later``
and ``agreement_backrefs``.
The vocabulary (kinds of document, signing words, ...) is ``kg/data/agreement_heads.txt``,
read by ``agreement_vocab``. Documents named only by their kind in mid-sentence ("the
intergovernmental agreement signed in X on D") and one contract of a regime named after
its kind: ``agreement_dated``. "the protocol of the meeting" named after the numbered
meeting told before, and placed there: ``agreement_protocols``. Which place is a venue:
``agreement_venues``. A renewed document's first signing ("The MOU was first signed in X
in 2013") is a row of its own under the same name (``agreement_backrefs.first_signing``).
Parties in names, clauses, "the same day", the release's city: ``agreement_parties``,
``agreement_clauses``, ``agreement_sameday``, ``agreement_fallback``.
"""

from __future__ import annotations

import re

from rdflib import Literal

from kg.extract.agreement_amends import amended, amended_when
from kg.extract.agreement_backrefs import back_references, name_bare
from kg.extract.agreement_clauses import earlier_clause, signed_elsewhere
from kg.extract.agreement_complement import complement, topic_at
from kg.extract.agreement_dated import YEAR_BEFORE, instance_of_regime, named_year, signed_title
from kg.extract.agreement_fallback import filled
from kg.extract.agreement_homes import home_place, nearby_place, trip_place
from kg.extract.agreement_later import (
    CLAUSE_END,
    family,
)
from kg.extract.agreement_parties import common_parties, counterparts, with_parties
from kg.extract.agreement_planned import scheduled
from kg.extract.agreement_protocols import full_title
from kg.extract.agreement_refs import Doc as _Doc
from kg.extract.agreement_refs import (
    elliptical,
    headline,
    in_force,
    named_existing,
    one_sided,
    ordinal_documents,
    restated,
    subsumed,
    titled_later,
    under_the_agreements,
)
from kg.extract.agreement_same import short_reference, told_in_full
from kg.extract.agreement_sameday import main_day
from kg.extract.agreement_titled import titled_when
from kg.extract.agreement_topic import clean_topic, title_topic
from kg.extract.agreement_vocab import vocab
from kg.extract.agreement_when import (
    clause_occasion,
    doc_when,
    others_dated,
    sentence_when,
)
from kg.extract.context import Context
from kg.extract.places import declare_place
from kg.ids import entity_iri, release_id
from kg.namespaces import KGO

Span = tuple[int, int]
#: words that end the run of modifiers before a document's kind
_STOP = frozenset("""a an the this that these those its their his her our both each every
    of on in at for with by from to into under between among and or but as than via per
    is are was were be been being has have had will would shall can could may might must
    which who whom whose where when while whereby also including include includes such
    signed sign signing adopted adopt adoption concluded inked endorsed approved exchanged
    reached implement implementing implemented under following after before during since
    regarding concerning about upon within amid two three four five six seven eight nine ten
    eleven twelve several many some all any no one first second third fourth fifth sixth seventh
    eighth ninth tenth last latest previous""".split())
_LISTING = re.compile(r"\b(?:including|among them|among these|among which|such as|"
                      r"these include|they include|the documents include)\b", re.I)
_CONTINUES = re.compile(r"^\W*(?:among (?:them|these|the documents)|these include|they include|"
                        r"the documents include|including|in particular)\b", re.I)
#: "The agreements include an MOU between ...": the documents only counted before, told
_INCLUDES = re.compile(r"^\W*(?:The|These|Those)\s+(?:[\w-]+\s+){0,2}?(?:agreements|documents|"
                       r"memorand\w+|MOUs|MoUs|deals|accords)\s+(?:include|included)\b")
_NEGOTIATION = re.compile(r"\b(?:negotiat\w*|draft\w*|proposed|propose|early conclusion)\b", re.I)
#: a day or occasion after "on" is when, not what about: "on the 23rd", "on the second day"
_WHEN_IDIOM = r"(?!the\s+(?:spot|sidelines|occasion|same\s+day|eve|day|(?:first|second|third|" \
    r"last|final|closing|opening)\s+day|\d{1,2}(?:st|nd|rd|th)\b" \
    r"(?!\s+(?!(?:to|and|in|at|by|with|of)\b)[A-Za-z]))\b)"
_TOPIC = re.compile(rf"\s(?:on\s{_WHEN_IDIOM}|(?:for|concerning|regarding|to)\s)")
#: an amount of money before its scale word: "US$500", "$1.5", "500", "KRW 300"
_MONEY = re.compile(r"(?:US\$|\$|€|₩|£|¥)?\d[\d,.]*")
_SCALES = frozenset("million billion trillion mln bln bn".split())
#: "engineering, procurement and" right before a kind's last modifier: a list of its kinds
_MOD_LIST = re.compile(r"(?<![\w-])(?:[a-z][a-z-]+,\s+)+[a-z][a-z-]+,?\s+and\s+$|"
                       # "a licence and production agreement", "an R&D and supply contract"
                       r"(?:(?<=\ba\s)|(?<=\ban\s))(?!(?:signed|adopted|concluded)\b)"
                       r"[a-z][a-z-]+\s+and\s+$")
#: "for the complex": a project told before, what a contract serves, not what it is on
_BACK_FOR = re.compile(r"for\s+the\s+[a-z][a-z-]+|(?:on|regarding|concerning)\s+the\s+(?:project|"
                       r"plant|complex|facility|deal|scheme)")
#: "on Y" in "agreements with X on Y"; not an idiom of time or place ("on the spot")
_ON_TOPIC = re.compile(rf"\s(?:on|concerning|regarding)\s{_WHEN_IDIOM}")
#: words before a kind that say the text is not yet a signed document
_UNSIGNED = frozenset({"draft", "drafts"})
#: "During the same ceremony", "at the same event": the signing told last, however far back
#: "On the same day, C and D signed ...", "Later that day": the day of the signing told last
_SAME_OCCASION = re.compile(r"\b(?:at|during|on)\s+the\s+same\s+(?:ceremony|event|occasion|"
                            r"signing\s+ceremony|day)\b|\b(?:later|on)\s+that\s+(?:same\s+)?day\b|"
                            r"^\W*(?:The|That)\s+same\s+day\b", re.I)
#: a line of a list: "- an MOU on ...", "• an agreement ...", "2) a contract ..."
_ITEM = re.compile(r"\s*(?:[-–•*·]|\d{1,2}[.)])\s+")
_COUNT_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve several "
                         "many some all dozens".split())


# -- the step ---------------------------------------------------------------------------


def find_agreements(ctx: Context) -> None:
    found: list[list] = []  # [doc, name, (date, place)], declared once all is read
    last: tuple[str | None, str | None] | None = None  # occasion of the last signing sentence
    listing = False  # the sentence before signed a list that follows: "... were signed:"
    #: documents were signed but only counted ("signed 14 agreements"): their kind, occasion
    unnamed: tuple[str, tuple] | None = None
    prior = None  # occasion of the last signing sentence however far back
    for sent in ctx.sentences:
        if sent.start < ctx.body_start or (headline(sent.text) and not listing):
            continue
        if prior and _SAME_OCCASION.search(sent.text):
            last = prior  # "During the same ceremony, A and B signed ...": that signing's
        docs = _documents(ctx, sent)
        docs += elliptical(ctx, sent, docs, lambda pos, s=sent: topic_at(ctx, s, pos))
        told = bool(unnamed and _INCLUDES.match(sent.text))  # "The agreements include ..."
        signing = _signing(ctx, sent, docs) or told or bool(
            last and (listing or _CONTINUES.search(sent.text)))
        negotiating = bool(_NEGOTIATION.search(sent.text)) or _has_future_cue(ctx, sent, docs)
        names = [p for d in docs for p in d.parts]
        when = unnamed[1] if told and unnamed else \
            sentence_when(ctx, sent, names + others_dated(ctx, sent, docs) +
                          earlier_clause(ctx, sent), last) if signing \
            else None
        if signing and not prior:  # "On the same day, A signed ...": the main occasion's day
            when = main_day(ctx, sent, names, when)
        if listing and last and last[0] and _ITEM.match(sent.text):
            when = last  # "- an agreement on a plant in X;" after "... signed:": the plant is in X
        plan = None if signing or _NEGOTIATION.search(sent.text) else \
            scheduled(ctx, sent, docs, names)
        if plan:  # "The two are expected to sign an MOU on X" at a meeting on a stated day
            signing, negotiating, when = True, False, plan
        if signing and not any(d.names for d in docs):
            name_bare(ctx, docs)
        if unnamed and signing and not any(d.names for d in docs):
            docs = under_the_agreements(ctx, sent) or docs
        if unnamed and not any(d.names for d in docs):
            siblings = [f[1] for f in found if family(f[0].kind) == family(unnamed[0])]
            ordinal = ordinal_documents(ctx, sent, unnamed[0],
                                        bool(siblings) and " on " in siblings[-1])
            docs, when = (ordinal, when or unnamed[1]) if ordinal else (docs, when)
            signing = signing or bool(ordinal)
        back_references(ctx, sent, docs, names, found)
        for doc in docs:
            if doc.clause is None and not signing and \
                    (negotiating or not (named_existing(doc) or in_force(ctx, doc))) \
                    or one_sided(ctx, doc) or short_reference(doc, found):
                continue
            own = when or clause_occasion(ctx, sent, doc.clause, names, last)
            if signed_elsewhere(ctx, sent, doc.start):
                own = prior  # "X is the second agreement; in 2016 they signed Y": not Y's day
            for name in doc.names:
                where = doc_when(ctx, sent, doc.clause, doc.venue, names, own)
                if amended(doc, docs):
                    where = amended_when(ctx, doc)
                if where[1] is None and (signing or doc.clause):
                    where = (where[0], home_place(ctx, doc.clause) or trip_place(ctx, where[0])
                             or nearby_place(ctx, sent.index, where[0]))
                where = named_year(doc, where)
                found.append([doc, name, where, sent.index])
        counted = next((d for d in docs if d.counted and not d.names), None)
        if signing and counted:
            unnamed = (counted.kind, when)
        listing = bool(signing and (sent.text.rstrip().endswith(":") or listing and docs))
        last = when if signing else None
        prior = when if signing and when else prior
    seen: set[str] = set()
    for doc, name, where, index in titled_later(subsumed(restated(ctx, told_in_full(found)))):
        if where[0] is None:  # "the X Declaration of September 19", "the Y Convention of 1978"
            where = titled_when(ctx, ctx.sentences[index], doc, name, where)
        name, held = full_title(ctx, doc.start, name)
        name = with_parties(ctx, ctx.sentences[index], doc.start, name, doc.kind)
        _declare(ctx, doc, name, filled(ctx, (where[0], held or where[1])), seen)


def _declare(ctx: Context, doc: _Doc, name: str, when, seen: set[str]) -> None:
    name = " ".join(name.split()).strip(" ,;:\"'“”")
    own = f"{name.lower()} first signed {when[0]}" if doc.first_signing else name.lower()
    if len(name) < 3 or own in seen:
        return
    seen.add(own)
    key = f"{release_id(ctx.out.source_key)} {own}"
    iri = entity_iri("agreement", key)
    span = (doc.start, doc.end)
    ctx.out.entity("agreement", key, KGO.Agreement, name, span)
    ctx.name_spans.append(span)
    date, place, guessed = when
    if date:
        from kg.extract.events import _date_literal

        ctx.out.add(iri, KGO.date, _date_literal(date), span)
    if place:
        ctx.out.add(iri, KGO.place, declare_place(ctx, place, None, mention=False), span)
        if guessed:  # read from the release as a whole, not from the signing's sentence
            ctx.out.add(iri, KGO.placeInferred, Literal(True))


# -- documents named in a sentence --------------------------------------------------------


def _documents(ctx: Context, sent) -> list[_Doc]:
    v = vocab()
    out: list[_Doc] = []
    for m in v.head.finditer(ctx.text, sent.start, sent.end):
        if any(d.start <= m.start() < d.end and d.kind not in v.amends for d in out):
            continue  # "a free trade agreement" inside "an MOU on the study of a free trade ..."
        if any(s <= m.start() < e and s != m.start() for s, e in ctx.name_spans) and \
                not instance_of_regime(ctx, m) and not signed_title(ctx, m):
            continue  # inside the name of a body, mechanism or policy (not one it opens)
        if not _building(ctx.text, m.end()):
            out.append(_document(ctx, sent, m))
    return out


def _building(text: str, end: int) -> bool:
    """"the ExpoForum Convention and Exhibition Centre", "Declaration Hall": the kind is
    the first word of a building's name, not a document."""
    m = re.match(r"\s+(?:and\s+[A-Z][\w-]*\s+)?([A-Z][\w-]*)", text[end : end + 60])
    return bool(m) and m.group(1).lower() in vocab().facilities | {"hall", "halls", "palace"}


def _document(ctx: Context, sent, m: re.Match[str]) -> _Doc:
    """The document whose kind ``m`` matched: modifiers before, topic after; plural kinds
    with several topics ("agreements on X and on Y") are one document per topic."""
    singular, section, plural = vocab().kinds[" ".join(m.group(0).lower().split())]
    start, mods, article, counted = _premodifiers(ctx, sent.start, m.start())
    year = YEAR_BEFORE.search(ctx.text, sent.start, start)
    definite = article not in ("", "a", "an")
    head = m.group(0)
    capital = head[0].isupper() and not head.isupper() and m.start() > sent.start + 1
    comp_start, comp_end, venue, tail = complement(ctx, sent, m.end(), capital)
    listed = bool(_LISTING.search(ctx.text, sent.start, start))
    doc = _Doc(start, max(comp_end, m.end()), [(start, m.end()), (comp_start, comp_end)], [],
               section, definite, venue, counted=counted or plural, kind=singular.lower(),
               year=year.group(1) if year else None)
    if tail > comp_end:  # words that place the document's subject: no venue there
        doc.parts.append((comp_end, tail))
    if listed and venue:  # "including ... a project in X": X is the project's, not the venue
        hit = ctx.places_in(comp_end, sent.end)[0]
        doc.parts.append((comp_end, hit.end))
        doc.venue = None
    parties = re.match(r"\s+between\b", ctx.text[doc.end : tail])
    doc.clause = _own_clause(ctx, sent, tail if parties else doc.end)  # after its parties
    comp = ctx.text[comp_start:comp_end] if comp_end > comp_start else ""
    comp = title_topic(comp) if capital else clean_topic(comp).strip()
    if _BACK_FOR.fullmatch(comp) or common_parties(comp):
        comp = ""  # "its contract for the complex": the project told before, not a topic
    each = counterparts(ctx.text, sent.start, start, comp, singular) if plural else []
    if each:  # "memorandums with A and B on X": one with each, named by its parties
        doc.names = each
        return doc
    if comp.startswith("with ") and not _TOPIC.search(comp):
        comp = ""  # "an MOU with the government of X": its counterpart, not what it is on
    topic = _ON_TOPIC.search(comp)
    # "agreements with X on Y", "an MOU with X on Y": they are on Y (X is a party)
    if topic and comp.startswith("with "):
        comp = comp[topic.start() + 1 :]
    split = re.compile(r"\s+and\s+(?=(?:on|for|between|concerning)\s)")
    if plural and (not comp or comp.startswith("with ") or counted and (
            comp.startswith("between ") or "," in comp and not split.search(comp))):
        doc.parts = doc.parts[:1]  # its signing words are the sentence's, not a name's
        return doc  # "nine agreements with Korean companies": a count, not a document
    if any(w.lower() in _UNSIGNED for w in mods):
        return doc  # "will prepare a draft MOU on X": a text still to be agreed, not signed
    if not comp and (counted or not (mods or (capital and definite))):
        if article in ("a", "an") and not mods and not plural:
            doc.bare = head
            if _object_of_signing(ctx, sent, start) and (capital or "joint" in singular):
                doc.names = [head]  # "the presidents adopted a Joint Statement and ..."
        return doc  # "the agreement", "a deal", "six MOUs": a reference, not a name
    prefix = " ".join(mods)
    if plural and split.search(comp):
        doc.names = [f"{prefix} {singular} {part}".strip() for part in split.split(comp)]
    else:
        doc.names = [f"{prefix} {head} {comp}".strip()]
    return doc


def _object_of_signing(ctx: Context, sent, start: int) -> bool:
    """"adopted a Joint Statement": a title or joint text that is what was signed, even
    when other documents of the sentence have names."""
    m = re.compile(rf"(?:{vocab().signing.pattern})\s+an?\s+$", re.I).search(
        ctx.text, sent.start, start)
    return bool(m) and not _future(ctx, sent, m)


def _premodifiers(ctx: Context, floor: int, pos: int) -> tuple[int, list[str], str, bool]:
    """The words before a kind that belong to its name: start, words, the article or
    determiner before them ("the", "a", "" for none), counted?"""
    words: list[str] = []
    start = pos
    article, counted = "", False
    for tok in reversed(list(re.finditer(r"\S+", ctx.text[floor:pos]))):
        word = tok.group(0)
        low = word.lower()
        if low in ("the", "this", "these", "those") or low.endswith(("'s", "’s", "s'")) or \
                re.fullmatch(r"(?:19|20)\d\d", word):  # "the 2013 visa agreement"
            article = "the"
            break
        if words and _MONEY.fullmatch(word) and words[0].lower() in _SCALES:
            words.insert(0, word)  # "a US$500 million framework agreement": its amount
            start = floor + tok.start()
            continue
        if low in _COUNT_WORDS or re.fullmatch(r"\d[\d,.]*", word):
            counted = True
            break
        if low in _STOP or not re.fullmatch(r"[A-Za-z][\w'’-]*", word) or len(words) >= 4 \
                or (word.islower() and low.endswith(("ly", "ed")) and low not in
                    vocab().versions):
            article = low if low in ("a", "an") else ""
            break
        words.insert(0, word)
        start = floor + tok.start()
    listed = _MOD_LIST.search(ctx.text, floor, start) if words and article == "" else None
    if listed:  # "its engineering, procurement and construction contract": one list of kinds
        words[:0] = listed.group(0).split()
        start = listed.start()
    while words and words[0].lower() in vocab().generic:
        words.pop(0)
        start = ctx.text.index(words[0], start) if words else pos
    return start, words, article, counted


#: "The agreement on the new route was reached on Thursday at a meeting in X": concluded
_REACHED = re.compile(r"\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?reached\b")


def _own_clause(ctx: Context, sent, end: int) -> Span | None:
    """A clause right after the name that signs it: ", signed in Seoul on ...", "was reached",
    "adopted in Moscow", "was signed in X on Y", "the two countries signed in 1991"."""
    m = re.compile(r"\s*[,(]?\s*(?:which\s+)?(?:(?:was|were|had been|has been|is|are)\s+"
                   r"(?:\w+ly\s+)?|(?:the\s+two\s+\w+|they|both\s+\w+)\s+)?"
                   rf"(?:{vocab().signing.pattern})", re.I).match(ctx.text, end, sent.end) \
        or _REACHED.match(ctx.text, end, sent.end)
    if not m:
        return None
    tail = CLAUSE_END.search(ctx.text[m.end() : sent.end])
    return end, m.end() + tail.start()


# -- is it signed here? ------------------------------------------------------------------


def _cues(ctx: Context, sent, docs: list[_Doc]):
    for m in vocab().signing.finditer(ctx.text, sent.start, sent.end):
        own = [d.clause for d in docs if d.clause and d.names] + [p for d in docs for p in d.parts]
        if not any(s <= m.start() < e for s, e in own):  # not a clause on a named document
            yield m


def _future(ctx: Context, sent, cue: re.Match[str]) -> bool:
    """A planning word among the three before the signing word; the month in "on May 12
    signed" or "In May, the company signed" is no "may" (the modal is lower-case)."""
    lead = re.sub(r"\bMay\b", " ", ctx.text[max(sent.start, cue.start() - 40) : cue.start()])
    before = re.findall(r"[A-Za-z]+", lead)
    return any(w.lower() in vocab().future for w in before[-3:])


_MAIN_PASSIVE = re.compile(r"\s+(?:was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?\w+"
                           r"\s*(?:[.;]|$)")


def _signing(ctx: Context, sent, docs: list[_Doc]) -> bool:
    """A signing word not on a named document's own clause; or the document is the subject
    of a passive that ends the clause ("Following the talks, a Joint Statement was
    adopted."): the sentence's occasion is its signing."""
    return any(not _future(ctx, sent, c) for c in _cues(ctx, sent, docs)) or any(
        d.names and d.clause and _MAIN_PASSIVE.match(ctx.text, d.clause[0], d.clause[1] + 1)
        for d in docs)


def _has_future_cue(ctx: Context, sent, docs: list[_Doc]) -> bool:
    return any(_future(ctx, sent, c) for c in _cues(ctx, sent, docs))
