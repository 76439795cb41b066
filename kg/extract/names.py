"""Person names: what looks like one, which part is the family name, and a key
that lets transliteration variants of one name meet in one IRI."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from kg.extract.lexicon import _data_rows, lexicon

NAME_TOKEN = re.compile(r"[A-Z][a-z]+(?:-[A-Za-z][a-z]*|['’][A-Za-z][a-z]+)*\.?|[A-Z]\.")
@lru_cache(maxsize=1)
def _not_name() -> frozenset[str]:
    """Capitalised words that are never part of a person's name (``not_name_words.txt``)."""
    raw = resources.files("kg.data").joinpath("not_name_words.txt").read_text("utf-8")
    return frozenset(w for line in raw.splitlines() if not line.startswith("#")
                     for w in line.split())


@lru_cache(maxsize=1)
def ranks() -> frozenset[str]:
    """Rank words a name may follow ("Col. Gen. Ivan Orlov"), from ``ranks.txt``."""
    raw = resources.files("kg.data").joinpath("ranks.txt").read_text("utf-8")
    return frozenset(line.strip() for line in raw.splitlines()
                     if line.strip() and not line.startswith("#"))


def skip_ranks(tokens: list[str]) -> int:
    """How many leading tokens are a rank: "Col. Gen.", "Rear Adm.", "Colonel General"."""
    n = 0
    while n < len(tokens):
        bare = tokens[n].rstrip(".")
        if bare in ranks() or (n and bare == "General") or \
                (bare in ("Rear", "Vice") and n + 1 < len(tokens) and
                 tokens[n + 1].rstrip(".") in ("Adm", "Admiral")):
            n += 1
        else:
            break
    return n


def is_name_token(token: str) -> bool:
    if not NAME_TOKEN.fullmatch(token):
        return False
    if re.fullmatch(r"[A-Z]\.", token):
        return True  # an initial ("A. Orlov"), though "A" is a word
    bare = token.rstrip(".")
    if bare in _not_name() or bare in lexicon().korean_surnames:
        return bare in lexicon().korean_surnames
    return True


def is_korean_name(tokens: list[str]) -> bool:
    """Family name first: a known Korean family name followed by a given name."""
    if len(tokens) < 2 or tokens[0] not in lexicon().korean_surnames:
        return False
    given = tokens[1:]
    if len(given) == 1:
        return "-" in given[0] or len(given[0]) <= 7
    if len(given) == 2 and all(_SYLLABLE.fullmatch(t) for t in given):
        return True  # "Chang Myung Soo": the given name's two syllables written apart
    return all(len(t) <= 4 for t in given)


#: one romanised Korean syllable: "Myung", "Hyeon", "Soo", "Gyeong", "Wan", "Eun"
_SYLLABLE = re.compile(r"(?:[BCDGHJKMNPRSTWY][a-z]{0,2}?[aeiouwy]{1,3}|[AEIOU][aeiouwy]{0,2})"
                       r"(?:ng|n|m|k|l|p|t)?")


def family_name(tokens: list[str]) -> str:
    return tokens[0] if is_korean_name(tokens) else tokens[-1]


@lru_cache(maxsize=1)
def _folds() -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(r["pattern"]), r["replacement"]) for r in _data_rows("translit.tsv")]


def person_key(name: str) -> str:
    """Fold spelling variants: Korean given names lose hyphens and spaces; Russian
    names go through the transliteration folds word by word."""
    tokens = [t for t in re.split(r"\s+", name.strip()) if t]
    if is_korean_name(tokens):
        given = "".join(tokens[1:]).replace("-", "").lower()
        for pattern, repl in _korean_given_folds():
            given = pattern.sub(repl, given)
        return korean_family_key(tokens[0]) + "-" + given
    words = []
    for token in tokens:
        word = re.sub(r"[^a-z]", "", token.lower())
        for pattern, repl in _folds():
            word = pattern.sub(repl, word)
        words.append(word)
    return "-".join(w for w in words if w)


@lru_cache(maxsize=1)
def _korean_rows() -> list[dict[str, str]]:
    return _data_rows("korean_romanization.tsv")


@lru_cache(maxsize=1)
def _korean_given_folds() -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(r["pattern"]), r["replacement"]) for r in _korean_rows()
            if r["kind"] == "given"]


def korean_family_key(family: str) -> str:
    """One spelling for a Korean family name written several ways (Suh / Seo)."""
    folds = {r["pattern"]: r["replacement"] for r in _korean_rows() if r["kind"] == "family"}
    low = family.lower()
    return folds.get(low, low)


def resources_ok() -> bool:  # pragma: no cover - import check used by tests
    return resources.files("kg.data").joinpath("translit.tsv").is_file()


@lru_cache(maxsize=1)
def russian_given_names() -> frozenset[str]:
    """Given names that mark a Russian person ("Nikolai" before a family name)."""
    raw = resources.files("kg.data").joinpath("russian_given_names.txt").read_text("utf-8")
    return frozenset(w for line in raw.splitlines() if not line.startswith("#")
                     for w in line.split())
