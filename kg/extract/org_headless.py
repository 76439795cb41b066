"""Bodies named after an officer's post by a name that has no head noun.

"Chairman of GL Rapha", "Head of the Moscow Metro", "President and CEO of Seoul Metro",
"Commander of the Republic of Korea Fleet": a company's, an operator's or a union's own name
often lacks "Company" or "Corporation", so no shape finds it; but after a post that only a
body's officer holds, the capitalised name the title ends with is that body, unless it is a
place, a state, a person or a channel ("Co-Chairman of the Joint Commission"). The posts and
the channel words are data (org_officer_posts.tsv).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.context import Context
from kg.extract.lexicon import _data_rows
from kg.extract.org_names import Found

#: rank words a post may carry before its head ("Executive Vice President")
_RANK = r"(?:(?:First|Senior|Executive|Deputy|Vice|Acting|Honorary)[\s-]+)*"
#: one word of a body's name: capitalised, or an acronym, or "&"
_WORD = r"(?:[A-Z][\w&'’.-]*|&)"
#: the small words a name may hold between capitalised ones ("Republic of Korea Fleet")
_JOIN = r"(?:of|and|for|de|the)"


@lru_cache(maxsize=1)
def _vocab() -> dict[str, frozenset[str]]:
    """Posts and non-body words of org_officer_posts.tsv, by kind."""
    out: dict[str, set[str]] = {}
    for row in _data_rows("org_officer_posts.tsv"):
        out.setdefault(row["kind"], set()).add(row["word"])
    return {k: frozenset(v) for k, v in out.items()}


def _alt(words: frozenset[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _title_re() -> re.Pattern[str]:
    """"<post>( and <post>)* of [the] <Name>[ (ABBR)]": the whole title, anchored."""
    post = rf"(?i:{_RANK}(?:{_alt(_vocab()['post'])}))"
    return re.compile(  # a first post joined by "and" may come before: "minister and president"
        rf"^(?:[^,]*?\s+and\s+)?(?:{post})(?:\s*(?:,|and|&)\s*(?:{post}))*\s+of\s+(?:the\s+)?"
        rf"(?P<name>{_WORD}(?:\s+(?:{_JOIN}\s+)*{_WORD})*)(?:\s+\([A-Z][\w&.-]{{1,11}}\))?$"
    )


def headless_body(ctx: Context, title: str) -> str | None:
    """The body a "<officer post> of <Name>" title names, when that name has no head noun
    and is neither a place, a state, a person nor a channel; None otherwise."""
    from kg.extract.org_appositions import _is_person
    from kg.extract.org_names import heads_re

    m = _title_re().match(title.strip())
    if not m:
        return None
    name = m.group("name")
    owner = re.match(r"(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)(?:'s|’s)\s", name)
    if owner:  # "head of POI's Laboratory of X": a unit of the body that owns it
        return owner_body(ctx, owner.group("owner"))
    words = name.split()
    if re.search(rf"(?<![\w-])(?:{heads_re()})(?![\w-])", name):
        return None  # a headed name is the shapes' to find, with their safeguards
    if any(w in _vocab()["not_body"] for w in words) or _is_person(words) or \
            words[-1] in _vocab()["place_end"]:  # "head of Aleysky District": a place's head
        return None
    if ctx.lex.titles.head_re.search(name) or _is_place_or_state(ctx, name):
        return None
    if len(words) == 1 and not ctx.lex.org_ids_for(name) and not _named_elsewhere(ctx, name):
        return None  # "Head of Sales": one word, named nowhere else, may be a portfolio
    return name


def _is_place_or_state(ctx: Context, name: str) -> bool:
    """"President of the Russian Federation", "Head of Primorsky Krai": a state or a place
    the whole name is, or opens with ("Governor of Moscow Region of ...")."""
    if name in ctx.lex.country_forms or name in ctx.lex.demonyms:
        return True
    if ctx.lex.country_matcher.find(name) and any(
            h.start == 0 and h.end == len(name) for h in ctx.lex.country_matcher.find(name)):
        return True
    return any(h.start == 0 and h.end == len(name) for h in ctx.lex.place_matcher.find(name))


def _named_elsewhere(ctx: Context, name: str) -> bool:
    """A one-word name counts when the release names it more than once (a body's own name
    recurs; a portfolio in a title does not)."""
    return len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", ctx.text)) > 1


#: words that may stand inside a body's long name between its capitalised words
_INNER = frozenset({"of", "for", "in", "under", "the", "named", "after", "and", "&", "on"})


def coined_name(ctx: Context, abbr: str) -> str | None:
    """"the Gyeonggi Business & Science Accelerator (GBSA)": the long name a release coins an
    abbreviation for, read back from the bracket over capitalised words and the small words
    a name holds, and cut to open with the abbreviation's first letter; None when the release
    coins no such name. A name without a head noun is no shape's, yet the bracket vouches
    for it."""
    m = re.search(rf"\s\({re.escape(abbr)}\)", ctx.text[ctx.body_start :])
    if m is None:
        return None
    end = ctx.body_start + m.start()
    words = re.findall(r"\S+", ctx.text[max(ctx.body_start, end - 160) : end])
    keep: list[str] = []
    for w in reversed(words):
        if w.endswith((",", ";", ":", ".")) and not re.fullmatch(r"(?:[A-Z]\.)+", w):
            break  # a clause ends before the name ("On 6 March, the ...")
        if not (w[:1].isupper() or w in _INNER):
            break
        keep.insert(0, w)
    keep = keep[_opening(keep, abbr):]
    while keep and keep[-1] in _INNER:
        keep.pop()
    if len(keep) < 2 or not any(w[:1].isupper() for w in keep[1:]):
        return None
    return " ".join(keep)


def _opening(words: list[str], abbr: str) -> int:
    """Where the long name opens: the last word with the abbreviation's first letter from
    which the capitals spell the abbreviation ("the X Centre and the Korea International Trade
    Association (KITA)" opens at "Korea"); else the first word with that letter (a Russian
    body's abbreviation may spell its Russian name: "RCOIT")."""
    starts = [i for i, w in enumerate(words) if w[:1] == abbr[:1] and w not in _INNER]
    for i in reversed(starts):
        initials = "".join(w[0] for w in words[i:] if w[:1].isupper())
        it = iter(initials.upper())
        if all(ch in it for ch in abbr.upper() if ch.isalpha()):
            return i
    return starts[0] if starts else len(words)


#: the rest of a long name after the words a shape found, up to the abbreviation coined for
#: it: "[Russian Centre for Training] in Electoral Technologies under the CEC of Russia (RCOIT)"
_REST_TO_BRACKET = re.compile(r"(?:\s+(?:(?:[A-Z]\.)+(?:[A-Z][\w'’-]*)?|[A-Z][\w'’-]*|of|for|in|"
                              r"under|the|named|after|and|&|on)){1,10}"
                              r"(?=\s\((?P<abbr>[A-Z][\w&-]{1,11})\))")


#: "of the Republic of Korea": the state a body belongs to, no part of its own name
_STATE_TAIL = re.compile(r"\s+of\s+(?:the\s+)?(?:Russian Federation|Russia|Republic of Korea|"
                         r"Korea)")


def extend_to_coined(ctx: Context, f: Found) -> Found:
    """A shape cut short at a small word ("Maritime State University" of "Maritime State
    University named after Admiral G.I. Nevelskoy (MSUN)") is the whole name the release
    coins its abbreviation for."""
    if ctx.lex.org_ids_for(f.name):
        return f  # a known body's name, which a state tail may follow ("... of Korea (NSSC)")
    m = _REST_TO_BRACKET.match(ctx.text, f.end)
    if m is None or "\n" in m.group(0) or _STATE_TAIL.fullmatch(m.group(0)):
        return f
    whole = ctx.text[f.start : m.end()]
    if coined_name(ctx, m.group("abbr")) != whole:
        return f
    return Found(whole, f.start, m.end(), f.country)


#: "KOTRA's Director General", "the Mariinsky's artistic director", "KTO Vladivostok Office
#: Director": a body's short name owning the post, by a possessive or through its office
_OWNER_BEFORE = re.compile(r"(?<![\w&'’-])(?P<word>[A-Z][\w&-]*)(?:(?:'s|’s)|\s+(?:[A-Z][a-z]+\s+)?"
                           r"(?:Office|Branch|Representative\s+Office|Bureau))\s+$")


def owner_before(ctx: Context, start: int) -> str | None:
    """The body whose short name owns the post written right after it: a known body of that
    very name ("KOTRA"), or the last body the release named that opens with that word ("the
    Mariinsky's" is the Mariinsky Theatre's); never a state, a place or a nationality."""
    from kg.extract import org_names

    m = _OWNER_BEFORE.search(ctx.text, max(0, start - 60), start)
    if m is None:
        return None
    word = m.group("word")
    if word in ctx.lex.demonyms or f"{word}'s" in ctx.lex.demonyms or \
            ctx.lex.country_matcher.find(word) or ctx.lex.place_matcher.find(word) or \
            ctx.lex.titles.head_re.match(word):
        return None
    if ctx.lex.org_ids_for(word):
        return word
    named = [f for f in org_names.mentions(ctx) if f.start < start and
             (f.name == word or f.name.startswith(word + " "))]
    return named[-1].name if named else None


#: "of the Khrunichev center": a body's first word and its head noun, in lower case
_PROPER_KIND = re.compile(r"\b(?:of|at)\s+the\s+(?P<word>[A-Z][\w-]+)\s+(?P<kind>[a-z]+)$")


def proper_kind(ctx: Context, title: str, start: int) -> str | None:
    """"Director General of the Khrunichev center": a body named in full before ("Khrunichev
    State Research and Production Space Center"), recalled by its first word and its head
    noun written in lower case."""
    from kg.extract import org_names

    m = _PROPER_KIND.search(title)
    if m is None:
        return None
    word, kind = m.group("word"), m.group("kind")
    named = [f for f in org_names.mentions(ctx) if f.start < start + len(title) and
             f.name.startswith(word + " ") and
             re.search(rf"\b{re.escape(kind)}\b", f.name, re.I)]
    return named[-1].name if named else None


def owner_body(ctx: Context, owner: str) -> str | None:
    """The body a short name stands for: a known body of that name, the body the release
    named right before coining it in brackets ("... Academy of Sciences (POI)"), or the long
    name read back from that bracket."""
    from kg.extract import org_names

    if ctx.lex.org_ids_for(owner):
        return owner
    coined = re.compile(rf"\s*\({re.escape(owner)}\)")
    for f in org_names.mentions(ctx):
        if coined.match(ctx.text, f.end):
            return f.name
    return coined_name(ctx, owner)


#: "lecturer at HSE's Faculty of Computer Science": a unit of an owner, right after the post
_OWNER_UNIT_AFTER = re.compile(r",?\s+(?:at|of|in)\s+(?:the\s+)?(?P<owner>[A-Z][\w&.-]*)"
                               r"(?:'s|’s)\s+[A-Z]")


def owner_after(ctx: Context, end: int) -> str | None:
    """The body that owns the unit written right after a post that names no body: "Dmitry
    Petrov, a lecturer at HSE's Faculty of Law" works for HSE."""
    m = _OWNER_UNIT_AFTER.match(ctx.text, end)
    return owner_body(ctx, m.group("owner")) if m else None


#: a unit's head: "head of the Global Business Group" is a unit's officer
_UNIT_HEAD = re.compile(r"\b(?:Division|Department|Bureau|Directorate|Group|Team|Unit|Office|"
                        r"Sector)$")
_AT_AFTER = re.compile(r",?\s+at\s+(?:the\s+)?")


def outer_of_unit(ctx: Context, org_name: str, span: tuple[int, int]) -> str:
    """"president of the X Systems Performance Group at Hyosung Heavy Industries": the officer
    of a unit written "at" a known body (after the title, or as its last words) belongs to
    that body, the one readers count."""
    if not _UNIT_HEAD.search(org_name):
        return org_name
    inside = ctx.text.find(org_name, span[0], span[1])
    end = inside + len(org_name) if inside >= 0 else span[1]
    m = _AT_AFTER.match(ctx.text, end)
    if m is None:
        return org_name
    hit = next((h for h in ctx.lex.org_matcher.find(ctx.text, m.end(), m.end() + 120)
                if h.start == m.end()), None)
    return hit.surface if hit is not None else org_name
