"""Documents a release names indirectly: by their parties after only counting them ("three
MOUs were signed ... Under the first MOU, A and B ..."), by the undertakings of their
parties ("Under the agreements signed Thursday, A and B will ..."); and mentions that are
not a cooperation document of their own (a title line the body tells again, a country's
own roadmap).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from kg.extract.agreement_later import family
from kg.extract.agreement_topic import topic_stop
from kg.extract.agreement_when import vocab
from kg.extract.context import Context

Span = tuple[int, int]


@dataclass
class Doc:
    """A document kind mentioned in a sentence, and the name(s) it gives (none for a bare
    reference such as "the agreement")."""

    start: int
    end: int
    parts: list[Span]  # the name's words: modifiers and kind, then the topic (no aside)
    names: list[str]
    section: str
    definite: bool
    venue: str | None = None  # a city cut from the end of the name ("... in Chuncheon")
    clause: Span | None = None  # a clause on the document itself ("adopted in Moscow on ...")
    counted: bool = False  # "nine agreements", "six MOUs"
    bare: str | None = None  # the kind alone, for a new one: "signed an MOU", "a joint statement"
    kind: str = ""  # the kind's singular form: "memorandum", "agreement"
    #: a renewed document's first signing ("The MOU was first signed in X in 2013"): a row
    #: of its own beside the renewal's, under the same name
    first_signing: bool = False
    #: "the 1992 intergovernmental agreement": the year the name gives it, when it was made
    year: str | None = None


_UNDER = re.compile(r"^\W*Under the (?:[\w-]+\s+)?(?P<kind>agreements|deals|memoranda|MOUs)\b"
                    r"[^,]*,\s*", re.I)
_PARTY_CLAUSE = re.compile(r"(?:^|,?\s+while\s+|;\s*)(?P<subj>[A-Z][^,;]*?)\s+(?:will|would|are to|"
                           r"agreed to|plan to)\s+(?P<pred>[^,;]+)")


def under_the_agreements(ctx: Context, sent) -> list[Doc]:
    """"Under the agreements signed Thursday, A and B will cooperate in X, while C and D
    agreed to reopen Y": when the documents were only counted, each pair's undertaking
    names one ("agreement on X", "agreement to reopen Y")."""
    m = _UNDER.match(sent.text)
    if not m:
        return []
    kind = vocab().kinds[m.group("kind").lower()][0]
    out = []
    rest = sent.text[m.end():]
    for c in _PARTY_CLAUSE.finditer(rest):
        pred = re.split(r"\s+(?:once|when|after|by|until|as|from)\s|\.$", c.group("pred"))[0]
        topic = re.match(r"cooperate (?:in|on)\s+(.+)", pred)
        name = f"{kind} on {topic.group(1)}" if topic else f"{kind} to {pred}"
        at = sent.start + m.end()
        out.append(Doc(at + c.start("subj"), at + c.end("pred"), [], [name.strip()],
                       "documents", False))
    return out


# -- "the second agreement, between A and B" -----------------------------------------------


_SUBJECT_END = re.compile(r"\s+(?:agreed|agree|will|would|are|plan|plans|pledged|undertook|"
                          r"signed|committed)\b|;|\.(?=\s+[A-Z][a-z]|\s*$)")


def ordinal_documents(ctx: Context, sent, counted_kind: str, by_topic: bool = False) -> list[Doc]:
    """"Under the first MOU, A and B agreed ...", "The second agreement, between A and B,
    covers ...", "In the third, A and B ...": after documents were only counted, each
    ordinal reference names one by its parties (its kind as the reference words it, else
    the counted kind); or, when the release named the others by topic (``by_topic``), by
    what it "concerns"."""
    v = vocab()
    ords = "|".join(sorted(v.ordinals, key=len, reverse=True))
    if not ords:
        return []
    pat = re.compile(rf"\bthe\s+(?:{ords})\b(?:\s+(?P<kind>{v.head.pattern}))?", re.I)
    out: list[Doc] = []
    for m in pat.finditer(ctx.text, sent.start, sent.end):
        kind = " ".join(m.group("kind").split()) if m.group("kind") else counted_kind
        if counted_kind.lower().startswith(kind.lower() + " "):
            kind = counted_kind  # "three agreements of intent ... The third agreement"
        parties = _parties(ctx, m.end(), sent.end)
        if parties:
            topic = _concerns(ctx, sent, parties[1]) if by_topic else None
            name = f"{kind} on {topic[0]}" if topic else f"{kind} between {parties[0]}"
            end = topic[1] if topic else parties[1]
            out.append(Doc(m.start(), end, [(m.start(), end)], [name], "documents", True))
    return out


_CONCERNS = re.compile(r"\s*,?\s*(?:concerns|covers|deals\s+with|relates\s+to|is\s+on)\s+", re.I)


def _concerns(ctx: Context, sent, pos: int) -> tuple[str, int] | None:
    """"The third agreement, between A and B, concerns a cargo terminal in the port of X":
    what it is on, up to where its topic ends."""
    m = _CONCERNS.match(ctx.text, pos, sent.end)
    if not m:
        return None
    stop = topic_stop(ctx, sent, m.end(), m.end(), sent.end)[0]
    topic = " ".join(ctx.text[m.end() : stop].split())
    return (topic, stop) if topic else None


_BETWEEN = re.compile(r"\s*,?\s*between\s+(?P<p>[^,;.]+?\s+and\s+[^,;]+?)\s*"
                      r"(?=[,;]|\.(?:\s|$))")


def _parties(ctx: Context, pos: int, end: int) -> tuple[str, int] | None:
    """", between A and B," right after the reference; else the subject of its clause, read
    as the names of bodies it holds ("state-run X (XC) and Y's largest producer Z": X and
    Z)."""
    text = ctx.text
    m = _BETWEEN.match(text, pos, end)
    if m:
        return " ".join(m.group("p").split()), m.end()
    comma = re.compile(r"\s*,\s*").match(text, pos, end)
    if not comma:
        return None
    stop = _SUBJECT_END.search(text, comma.end(), end)
    hi = stop.start() if stop else end
    asides = [a.span() for a in re.finditer(r"\([^)]*\)", text[comma.end():hi])]
    names = []
    for s, e in sorted(set(ctx.name_spans)):
        if comma.end() <= s and e <= hi and not any(
                a + comma.end() <= s < b + comma.end() for a, b in asides):
            if not any(s2 <= s and e <= e2 and (s2, e2) != (s, e) for s2, e2 in ctx.name_spans):
                names.append(text[s:e])
    if len(names) != 2:
        return None
    return f"{names[0]} and {names[1]}", hi


# -- "an MOU between A and B on X, one between C and D on Y, and another ..." -------------


_ELLIPSIS = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:one|another|the\s+other|"
                       r"a\s+(?:second|third|fourth|fifth))(?=\s+between\s)")


def elliptical(ctx: Context, sent, docs: list[Doc],
               topic: Callable[[int], tuple[int, int, str | None, str]]) -> list[Doc]:
    """"an MOU between A and B on X, one between C and D on Y, and another between E and F
    on Z": each "one"/"another" of a list is a document of the kind named first, named by
    what it is on (``topic`` reads the complement from a position: start, end, venue and
    the cleaned words)."""
    first = next((d for d in docs if d.names and not d.counted), None)
    if first is None:
        return []
    head = " ".join(ctx.text[first.parts[0][0] : first.parts[0][1]].split())
    out: list[Doc] = []
    for m in _ELLIPSIS.finditer(ctx.text, first.end, sent.end):
        if any(d.start <= m.start() < d.end for d in docs):
            continue
        start, end, venue, words = topic(m.end())
        if end > start and words:
            out.append(Doc(m.start(), end, [(m.start(), end)], [f"{head} {words}"],
                           first.section, False, venue, kind=first.kind))
    return out


# -- mentions that are no document of their own ----------------------------------------------


def headline(text: str) -> bool:
    """A title line inside the body ("... Adopt Joint Statement on Far East Cooperation"):
    it names again, in short, what the body tells."""
    words = re.findall(r"[A-Za-z][\w'’-]{3,}", text)
    if not words or re.search(r"[.!?\"”]\s*$", text):
        return False
    return sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def restated(ctx: Context, found: list[list]) -> list[list]:
    """A document named in a line without closing punctuation (a title: "Russia and Korea
    adopt a joint declaration on X at the EEF") that the body names again, as the same
    kind, in full: the title's wording is a summary, not a second document."""
    closed = [s.index for s in ctx.sentences
              if s.start >= ctx.body_start and re.search(r"[.!?\"”:;]\s*$", s.text)]

    def title(index: int) -> bool:  # a line before the first sentence of the body proper
        return bool(closed) and index < closed[0]

    return [f for f in found if not (title(f[3]) and any(
        g[3] > f[3] and family(g[0].kind) == family(f[0].kind) and not title(g[3]) for g in found))]


def one_sided(ctx: Context, doc: Doc) -> bool:
    """"Russia adopted its hydrogen roadmap": a plan one party adopts for itself is its own
    policy, not a document between the parties ("signed its first deal" has a counterpart)."""
    return doc.section == "adopted" and bool(re.search(
        r"\b(?:adopted|adopts|adopt|approved|approves|endorsed|unveiled)\s+(?:its|his|her)\s+"
        r"(?:[\w-]+\s+){0,4}$", ctx.text[max(0, doc.start - 80) : doc.start]))


def subsumed(found: list[list]) -> list[list]:
    """"the Agreement on the Mutual Abolition of Visa Requirements" referred to without an
    occasion, and "the Agreement between A and B on the Mutual Abolition of ..." told in
    full with one: the short title is the full one with words left out, the same document."""
    def words(name: str) -> list[str]:
        return re.findall(r"[a-z0-9]+", name.lower())

    def within(short: list[str], full: list[str]) -> bool:
        rest = iter(full)
        return all(w in rest for w in short)

    return [f for f in found if f[2] != (None, None) or not any(
        g is not f and family(g[0].kind) == family(f[0].kind) and g[2] != (None, None)
        and len(words(g[1])) > len(words(f[1])) and within(words(f[1]), words(g[1]))
        for g in found)]


def titled_later(found: list[list]) -> list[list]:
    """"adopted a joint declaration to expand ... in Busan. ... In the Busan Joint
    Declaration, the participants agreed ...": a title told later, of a document of the
    kind the release signed once, is that document's name; it takes the signing's occasion."""
    out = list(found)
    for f in found:
        words = f[1].split()
        if f[2] != (None, None) or not f[0].definite or len(words) < 2 or \
                not all(w[0].isupper() for w in words if w.lower() not in ("of", "on", "the")):
            continue
        signed = [g for g in found if g[3] < f[3] and g[2] != (None, None)
                  and family(g[0].kind) == family(f[0].kind)]
        if len(signed) == 1 and not signed[0][1][:1].isupper() and signed[0] in out:
            f[2] = signed[0][2]
            out.remove(signed[0])
    return out


#: "Under a bilateral agreement on X, ...": what the parties act under is in force
_UNDER_ONE = re.compile(r"(?<![\w-])[Uu]nder\s+an?\s+$")


def in_force(ctx: Context, doc: Doc) -> bool:
    """"Under a bilateral agreement on preventing illegal fishing, ports refuse ...": a
    named document that rules what is done now was concluded, though not told as new."""
    return doc.section == "documents" and bool(doc.names) and \
        bool(_UNDER_ONE.search(ctx.text, max(0, doc.start - 12), doc.start))


def named_existing(doc: Doc) -> bool:
    """"the visa waiver agreement", "the Agreement between ... on ...": a concluded text
    the release refers to; "a free trade agreement" under discussion is not one."""
    return doc.section == "documents" and doc.definite and bool(doc.names)


