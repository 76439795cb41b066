"""Names of a body's shape that hold more or less than one body: two bodies joined by "and"
or "of" ("A University and B State University", "X Hospital of Y University"), or a body
followed by its holder's name ("the Federal Agency for Fishery Nikolai Petrov").
"""

from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.org_names import Found, cues, heads_re


def _has_head(words: str) -> bool:
    return re.search(rf"(?<![\w-])(?:{heads_re()})(?![\w-])", words) is not None


def _has_own_head(right: str) -> bool:
    """"Investment Policy of the Republic of X" has no head of its own before its "of": the
    words after "and" continue the fields of the left body's name, not a second body."""
    return _has_head(re.split(r"\s+of\s+", right, maxsplit=1)[0])


#: "Ministry of Economic Development": a head with an of/for complement naming its fields
_HEAD_OF_FIELDS = re.compile(r"(?:^|\s)(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*$")


def continues_fields(ctx: Context, left: str, right: str) -> bool:
    """"Ministry of Economic Development and Investment Policy of the Republic of X": after a
    head's field list, capitalised words without a head of their own and without "of"-less
    end of a place add one more field to the same body, though the left part alone is a
    gazetteer name."""
    own = re.split(r"\s+of\s+", right, maxsplit=1)[0]
    return _has_head(left) and _HEAD_OF_FIELDS.search(left) is not None and \
        not _has_head(own) and not _names_a_place(ctx, own)


def _names_a_place(ctx: Context, words: str) -> bool:
    """"Primorsky Krai", "Korea": a place or state joined by "and" is no field of a body."""
    hits = ctx.lex.place_matcher.find(words) + ctx.lex.country_matcher.find(words)
    return any(h.start == 0 for h in hits)


def within_fields(ctx: Context, start: int, end: int, shaped: list[Found]) -> bool:
    """A gazetteer name ("Ministry of Economic Development") that a name of a body's shape
    carries on with one more field ("... and Investment Policy of the Republic of X") is
    only the start of that longer name."""
    from kg.extract.org_dashed import inside_dashed

    text = ctx.text
    if inside_dashed(start, end, shaped, text):
        return True  # "Inter RAO" opening "Inter RAO - Electric Generation"
    return any(f.start == start and f.end > end and
               _FIELD_JOINT.match(text[end : f.end]) is not None and
               not _known_whole(ctx, text[start : f.end]) and
               continues_fields(ctx, text[start:end], _FIELD_JOINT.sub("", text[end : f.end]))
               for f in shaped)


def _known_whole(ctx: Context, name: str) -> bool:
    """"Russian Ministry of Digital Development, Communications and Mass Media": the whole is
    a known body's name, which the gazetteer's own labelling writes out."""
    bare = re.sub(r"^(?:South\s+)?(?:Russian|Korean)\s+", "", name)
    return bool(ctx.lex.org_ids_for(bare) or ctx.lex.org_ids_for(name))


#: "Ministry of Agriculture, Food Industry and Trade": "and" or a list's comma after a field
_FIELD_JOINT = re.compile(r"^(?:\s+(?:and|&)\s+|,\s+)")


def _part_heads() -> dict[str, str]:
    """Heads that name a part of the body their "of" complement names (org_shapes.tsv)."""
    return cues().get("part_head", {})


#: a ministry's unit, named by the fields it runs: "Department of Automotive Industry"
_UNIT_OF_FIELDS = re.compile(r"^(?:Department|Directorate|Division|Bureau|Faculty|Chair)\s+"
                             r"(?:of|for)\s")


def _field_after_fields(left: str, right: str) -> bool:
    """"Department of Automotive Industry and Railway Engineering": after a head's field list,
    words ending in a trade's name ("Engineering", "Shipbuilding") are one more field of the
    same unit, not a company of that trade."""
    trades = cues().get("trade_head", {})
    if right.split(" ", 1)[0] in cues().get("brand", {}):
        return False  # "... and Hyundai Engineering": a company of a known family
    fields = _HEAD_OF_FIELDS.search(left)
    return fields is not None and _UNIT_OF_FIELDS.match(left) is not None and \
        _only_trades(fields.group(0), trades) and \
        any(right.endswith(t) for t in trades) and _only_trades(right, trades)


def _only_trades(words: str, trades: dict[str, str]) -> bool:
    """"of Shipbuilding Industry", "Marine Engineering": heads, if any, all name trades."""
    return all(h in trades for h in re.findall(rf"(?<![\w-])(?:{heads_re()})(?![\w-])", words))


def split_pair(f: Found) -> list[Found]:
    """"Busan University of Foreign Studies and Saint Petersburg State University" names two
    bodies, as does "Severance Hospital of Yonsei University" (a named body of another): a
    name whose parts on both sides of "and" (or of "of", after two words or more) each hold
    a head noun is two names. "Ministry of Economy and Finance" has one head."""
    joints = list(re.finditer(r"\s+(?:and|&)\s+", f.name)) + \
        list(re.finditer(r"\s+of(?:\s+the)?\s+", f.name))
    for m in joints:
        left, right = f.name[: m.start()], f.name[m.end() :]
        of = m.group(0).strip().startswith("of")
        if of and len(left.split()) < 2 or not right[:1].isupper() or len(right.split()) < 2:
            continue
        if of and left.split()[-1] in _part_heads():
            continue  # "Sakhalin Regional Branch of the Russian Red Cross": a part of one body
        if not _has_own_head(right) or not of and _field_after_fields(left, right):
            continue  # "Institute of Mathematics and Mechanics of X University": one field list
        if _has_head(left) and re.search(rf"(?<![\w-])(?:{heads_re()})$", right) and \
                (not of or re.search(rf"(?<![\w-])(?:{heads_re()})$", left)):
            r_start = f.start + m.end()
            return split_pair(Found(left, f.start, f.start + len(left), f.country)) + \
                split_pair(Found(right, r_start, r_start + len(right), None))
    return [f]


def without_person(ctx: Context, f: Found) -> Found:
    """"Deputy Head of the Federal Agency for Fishery Nikolai Gavrilenko": the holder's name
    after the body's is not part of it."""
    from kg.extract.names import is_korean_name, russian_given_names

    words = f.name.split()
    for i in range(2, len(words) - 1):
        rest = words[i:]
        if len(rest) <= 3 and (rest[0] in russian_given_names() or is_korean_name(rest)):
            name = " ".join(words[:i])
            return Found(name, f.start, f.start + len(name), f.country)
    return f
