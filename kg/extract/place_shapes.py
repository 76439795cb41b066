"""Places the gazetteers miss, found by the shape of their names.

Releases name districts, islands and peninsulas that no reference list
holds ("an industrial park in the X-sky District", "the campus on Y
Island"), and routes that join places with hyphens ("the A-B-C ferry
line"), where a dictionary match must not start after a hyphen. Both shapes
are read here; the feature nouns, the name endings that give a country and
the words that are not names are data files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from kg import ids
from kg.extract.lexicon import Hit, Lexicon, _data_rows

#: a chain of capitalised words joined by hyphens: a route or a compound of places
_HYPHEN_CHAIN = re.compile(r"(?<![\w-])[A-Z][a-z]+(?:-[A-Z][a-z]+)+(?![\w-])")
_PART = re.compile(r"[A-Z][a-z]+")


@dataclass(frozen=True)
class ShapedPlace:
    hit: Hit
    name: str
    country: str | None


@dataclass(frozen=True)
class _Shapes:
    feature_re: re.Pattern[str]
    endings: tuple[tuple[str, str], ...]
    stopwords: frozenset[str]


@lru_cache(maxsize=1)
def _shapes() -> _Shapes:
    features = sorted((r["feature"] for r in _data_rows("place_features.tsv")), key=len,
                      reverse=True)
    alt = "|".join(re.escape(f) for f in features)
    feature_re = re.compile(
        r"(?<![\w-])(?P<name>(?:[A-Z][\w']+(?:-[A-Z][\w']+)*\s+){1,3})"
        rf"(?P<feature>{alt}|(?i:district|island))(?![\w-])"
    )
    endings = tuple(
        sorted(((r["ending"], r["country"]) for r in _data_rows("place_name_endings.tsv")),
               key=lambda e: -len(e[0]))
    )
    raw = resources.files("kg.data").joinpath("place_stopwords.txt").read_text("utf-8")
    stopwords = frozenset(
        w for line in raw.splitlines() if not line.startswith("#") for w in line.split()
    )
    return _Shapes(feature_re, endings, stopwords)


def hyphen_chain_hits(lex: Lexicon, text: str, start: int, known: list[Hit]) -> list[Hit]:
    """Known places inside hyphenated chains ("A-B-C route") that the matcher skipped."""
    taken = {(h.start, h.end) for h in known}
    out: list[Hit] = []
    for chain in _HYPHEN_CHAIN.finditer(text, start):
        parts = []
        for part in _PART.finditer(chain.group()):
            place_id = lex.place_matcher.forms.get(part.group())
            if place_id is not None:
                begin = chain.start() + part.start()
                parts.append(Hit(begin, begin + len(part.group()), place_id, part.group()))
        if len(parts) >= 2:  # a route joins places; one known word in a town's name does not
            out.extend(h for h in parts if (h.start, h.end) not in taken)
    return out


#: "the Daejeon-based institute": a body said to sit in a known place
_BASED = re.compile(r"(?<![\w-])(?P<place>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}?)-based\b")


def based_hits(lex: Lexicon, text: str, start: int, known: list[Hit]) -> list[Hit]:
    """Known places written as "<Place>-based", which the matcher reads as one word."""
    taken = {(h.start, h.end) for h in known}
    out: list[Hit] = []
    for m in _BASED.finditer(text, start):
        place_id = lex.place_matcher.forms.get(m.group("place"))
        if place_id is not None and m.span("place") not in taken:
            out.append(Hit(m.start("place"), m.end("place"), place_id, m.group("place")))
    return out


def feature_places(text: str, start: int, known: list[Hit]) -> list[tuple[Hit, str]]:
    """Named features ("X Island", "Y District") outside every gazetteer hit.

    Returns each hit (its id a slug of the name) with the name as written.
    Leading words that are not names ("the", "Federal") are dropped; a name
    made only of such words is not a place.
    """
    shapes = _shapes()
    out: list[tuple[Hit, str]] = []
    for m in shapes.feature_re.finditer(text, start):
        words = m.group("name").split()
        while words and words[0] in shapes.stopwords:
            words.pop(0)
        if not words or any(w in shapes.stopwords for w in words):
            continue
        begin = m.start("name") + m.group("name").index(words[0])
        end = m.end("feature")
        if any(h.start < end and begin < h.end for h in known):
            continue  # a curated place (or part of one) is already there
        feature = m.group("feature")
        name = " ".join([*words, feature[:1].upper() + feature[1:]])
        out.append((Hit(begin, end, ids.slug(name), text[begin:end]), name))
    return out


#: "the Khorolsky, Mikhailovsky and Spassky districts": one feature noun for a list of names
_LISTED = re.compile(r"(?P<names>(?:[A-Z][\w']+,\s+)*[A-Z][\w']+,?\s+and\s+[A-Z][\w']+)\s+"
                     r"(?P<feature>districts|islands|regions|territories)(?![\w-])")


def listed_features(text: str, start: int, known: list[Hit]) -> list[tuple[Hit, str]]:
    """Each name of a list that shares one plural feature noun, as that feature."""
    stop = _shapes().stopwords
    out: list[tuple[Hit, str]] = []
    for m in _LISTED.finditer(text, start):
        feature = m.group("feature")[:-1].capitalize()
        feature = "Territory" if feature == "Territorie" else feature
        for name in re.finditer(r"[A-Z][\w']+", m.group("names")):
            begin, end = m.start("names") + name.start(), m.start("names") + name.end()
            if name.group() in stop or any(h.start < end and begin < h.end for h in known):
                continue
            full = f"{name.group()} {feature}"
            out.append((Hit(begin, end, ids.slug(full), full), full))
    return out


#: "in Ilsan, Gyeonggi Province": a town the gazetteers lack, placed by the region after it
_TOWN_COMMA = re.compile(r"\b(?:in|at|near|to|from)\s+(?P<name>[A-Z][a-z]+(?:-[a-z]+)?),\s+")
_REGION_KINDS = frozenset({"province", "oblast", "krai", "republic", "autonomous_okrug",
                           "special_self_governing_province", "metropolitan_city"})


def town_in_region(lex: Lexicon, text: str, start: int, known: list[Hit]) -> list[tuple[Hit, str]]:
    """A capitalised word after "in" that a known region follows, comma between, is a town
    of that region."""
    stop = _shapes().stopwords
    after = {h.start: h for h in known}
    out: list[tuple[Hit, str]] = []
    for m in _TOWN_COMMA.finditer(text, start):
        region = after.get(m.end())
        rec = lex.places.get(region.id) if region else None
        name = m.group("name")
        if rec is None or rec.kind not in _REGION_KINDS or name in stop or \
                any(h.start < m.end("name") and m.start("name") < h.end for h in known) or \
                name in lex.country_forms or name in lex.demonyms:
            continue
        out.append((Hit(m.start("name"), m.end("name"), ids.slug(name), name), name))
    return out


def country_by_ending(name: str) -> str | None:
    """The country a name's ending gives ("-sky" is Russian); None when it says nothing."""
    first = name.rsplit(" ", 1)[0] if " " in name else name
    for ending, country in _shapes().endings:
        if first.split()[-1].endswith(ending):
            return country
    return None
