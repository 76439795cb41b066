"""Person names: what looks like one, which part is the family name, and a key
that lets transliteration variants of one name meet in one IRI."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from kg.extract.lexicon import _data_rows, lexicon

NAME_TOKEN = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Za-z][a-z]+)*\.?|[A-Z]\.")
#: capitalised words that are never part of a person's name
_NOT_NAME = frozenset(
    """The A An And Of For In On At To By With From As This That These Those His Her Their Its
    Our Minister Ministry Deputy Vice First Second Third President Prime Ambassador Governor
    Mayor Chairman Chair Chairwoman Director General Head Chief Envoy Secretary Special Senior
    Republic Korea Korean Russia Russian Federation Federal District Far East Eastern Arctic
    Siberia Siberian Affairs Political Economic Economy Development Foreign Trade Finance
    Industry Energy Committee Commission Sub-committee Subcommittee Forum Council Dialogue
    Government State National International Joint Presidential Office Agency Bank Fund
    Corporation Company University Institute Association Embassy Consulate Mr Ms Mrs Dr Prof
    Meeting Summit Conference Policy Strategy Initiative Zone Port Free Day Investors North South
    Northern Southern New Asian Asia Pacific Cooperation Council Science Technology Culture
    Education Health Agriculture Transport Transportation Land Infrastructure Oceans Fisheries
    Interior Safety Unification Environment Natural Resources Communications ICT SMEs Startups
    Welfare Sports Tourism Ministers Presidents Vladivostok Seoul Moscow Busan Both Also However
    Meanwhile Furthermore Moreover Especially During After Before Under Since Following Ahead
    January February March April May June July August September October November December
    Department Division Bureau Directorate Service Center Centre Headquarters Secretariat Unit
    Section Team Group Overseas Koreans Russians Consular Affairs Cooperation International
    Meetings Talks Session Sessions Ministers' Leaders Officials Delegation Delegations
    Holds Hold Held Meets Meet Met Visits Visit Signs Sign Signed Discuss Discusses Agree Agrees
    Says Said Calls Opens Attends Talks Launch Launches Kicks Wraps Eyes Eye Seeks Vows Urges
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Press Releases Release Date
    Hit Receives Receive Received Hosts Host Hosted Greets Welcomes Courtesy Call Pays Paid
    Addresses Chairs Co-chairs Leads Joins Inaugurates Congratulates Thanks""".split()
)


def is_name_token(token: str) -> bool:
    if not NAME_TOKEN.fullmatch(token):
        return False
    bare = token.rstrip(".")
    if bare in _NOT_NAME or bare in lexicon().korean_surnames:
        return bare in lexicon().korean_surnames
    return True


def is_korean_name(tokens: list[str]) -> bool:
    """Family name first: a known Korean family name followed by a given name."""
    if len(tokens) < 2 or tokens[0] not in lexicon().korean_surnames:
        return False
    given = tokens[1:]
    if len(given) == 1:
        return "-" in given[0] or len(given[0]) <= 7
    return all(len(t) <= 4 for t in given)


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
        return (tokens[0] + "-" + "".join(tokens[1:]).replace("-", "")).lower()
    words = []
    for token in tokens:
        word = re.sub(r"[^a-z]", "", token.lower())
        for pattern, repl in _folds():
            word = pattern.sub(repl, word)
        words.append(word)
    return "-".join(w for w in words if w)


def resources_ok() -> bool:  # pragma: no cover - import check used by tests
    return resources.files("kg.data").joinpath("translit.tsv").is_file()


@lru_cache(maxsize=1)
def russian_given_names() -> frozenset[str]:
    """Given names that mark a Russian person ("Nikolai" before a family name)."""
    raw = resources.files("kg.data").joinpath("russian_given_names.txt").read_text("utf-8")
    return frozenset(w for line in raw.splitlines() if not line.startswith("#")
                     for w in line.split())
