"""Gazetteers compiled into fast matchers, once per process.

Every list here comes from a data file (``kg/data/*.tsv``, ``ontology/sectors.ttl``);
this module only turns them into regular expressions and lookup tables.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from kg import refdata

WORLD_CITY_MIN_POPULATION = 250_000
#: neighbours whose smaller towns Korea-Russia releases name (ports, border crossings)
NEIGHBOUR_TOWNS = {"KP": 15_000, "KZ": 50_000, "MN": 50_000}
#: Russian and Korean towns outside places.tsv are taken from GeoNames above this size
HOME_TOWN_MIN_POPULATION = 100_000
#: English words that are also city names somewhere; never taken as places abroad
_CITY_STOPWORDS = frozenset(
    "Of Most Mobile Nice Split Bath Reading Sale Union Victoria Marine Police Temple Male "
    "Ocean Page Hope Mission Independence Commerce Progress Mirny Bar Gaza Kim Lima Ra "
    "Salem Jackson Columbia Sofia Georgia Vitoria Ibadan Enterprise Asia Chita Stalin Lenin "
    # towns named after people, whose names are people's far more often in releases
    "Engels Korolev Pushkin Chekhov Severnyy Oktyabrsky Centralniy".split()
)


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    id: str
    surface: str


class Matcher:
    """Dictionary matcher for surface forms, leftmost-longest, with word boundaries.

    The text is cut once into tokens (runs of word characters and single other
    characters); a match is a run of consecutive tokens, tried longest first at
    each token, whose text (other white space read as a plain space) is a form.
    A match never starts after a word character or '-' and never ends before a
    word character, like ``(?<![\\w-])(?:form|...)(?!\\w)``.
    """

    def __init__(self, forms: dict[str, str], *, ignore_case: bool = False) -> None:
        self.ignore_case = ignore_case
        self.forms = {
            (" ".join(k.split()).lower() if ignore_case else " ".join(k.split())): v
            for k, v in forms.items() if k.strip()
        }
        #: first token of a form -> token counts of the forms starting with it, longest first
        by_first: dict[str, set[int]] = {}
        for form in self.forms:
            toks = _TOKEN.findall(form)
            by_first.setdefault(toks[0], set()).add(len(toks))
        self._sizes = {t: sorted(ns, reverse=True) for t, ns in by_first.items()}

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Hit]:
        end = len(text) if end is None else min(end, len(text))
        tokens = _tokens(text, start, end)
        text, spans = tokens.text, tokens.spans
        key_text = tokens.lower() if self.ignore_case else text
        sizes, forms = self._sizes, self.forms
        out = []
        n_tok = len(spans)
        i = 0
        while i < n_tok:
            s, e1 = spans[i]
            i += 1
            ns = sizes.get(key_text[s:e1])
            if ns is None or (s and (text[s - 1] == "-" or _is_word(text[s - 1]))):
                continue
            for n in ns:
                j = i + n - 2
                if j >= n_tok:
                    continue
                e = spans[j][1]
                if e < end and _is_word(text[e]):
                    continue
                form_id = forms.get(key_text[s:e])
                if form_id is not None:
                    out.append(Hit(s, e, form_id, text[s:e]))
                    i = j + 1
                    break
        return out


class _Tokens:
    """A text with other white space made plain spaces, and its token spans in a range."""

    __slots__ = ("text", "spans", "_lower")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = _OTHER_SPACE.sub(" ", text)  # same length: offsets stay valid
        self.spans = [m.span() for m in _TOKEN.finditer(self.text, start, end)]
        self._lower: str | None = None

    def lower(self) -> str:
        if self._lower is None:
            low = self.text.lower()
            if len(low) != len(self.text):  # a letter whose lower case is longer
                low = "".join(c.lower() if len(c.lower()) == 1 else c for c in self.text)
            self._lower = low
        return self._lower


#: the last few tokenisations: extraction runs several matchers over the same text and range
_TOKEN_CACHE: dict[tuple[str, int, int], _Tokens] = {}


def _tokens(text: str, start: int, end: int) -> _Tokens:
    key = (text, start, end)
    found = _TOKEN_CACHE.get(key)
    if found is None:
        if len(_TOKEN_CACHE) >= 16:
            _TOKEN_CACHE.clear()
        found = _TOKEN_CACHE[key] = _Tokens(text, start, end)
    return found


def _is_word(char: str) -> bool:
    """What ``\\w`` matches in a ``str`` pattern."""
    return char.isalnum() or char == "_"


#: a run of word characters, or any single character that is neither a word character nor space
_TOKEN = re.compile(r"\w+|[^\w\s]")


#: white space other than a plain space (releases use NBSP, tabs, line breaks)
_OTHER_SPACE = re.compile(r"[^\S ]")


def fold(text: str) -> str:
    """Comparison key: accents, case, punctuation and spacing dropped."""
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_ = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[^0-9a-zа-яё가-힣]+", "", ascii_.casefold())


def _okrug_variants(name: str) -> list[str]:
    """English renders "avtonomny okrug" three ways; a gazetteer lists one or two."""
    for word in ("Okrug", "District", "Area"):
        if name.endswith(f"Autonomous {word}"):
            stem = name[: -len(word)]
            return [stem + other for other in ("Okrug", "District", "Area") if other != word]
    return []


def _data_rows(name: str) -> list[dict[str, str]]:
    raw = resources.files("kg.data").joinpath(name).read_text(encoding="utf-8")
    lines = [ln for ln in raw.splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


@dataclass(frozen=True)
class Record:
    """A gazetteer entry of ours (mechanism, policy) with its labels."""

    id: str
    name_en: str
    variants: tuple[str, ...]
    name_ko: str
    name_ru: str
    extra: dict


@dataclass(frozen=True)
class Titles:
    heads: frozenset[str]
    plurals: frozenset[str]
    prefixes: frozenset[str]
    implies: dict[tuple[str, str], str]  # (title, country or "") -> organization name
    head_re: re.Pattern[str]


def _home_towns(curated) -> dict[str, refdata.WorldCity]:
    """GeoNames towns of Russia and Korea that the curated places lack. A town GeoNames
    also files under a curated name is that place already; alternate names far from the
    town's own spelling ("Koryo" for Gangneung, an old Japanese reading) are dropped."""
    from dataclasses import replace
    from difflib import SequenceMatcher

    taken = {n for p in curated for n in (p.name_en, *p.variants_en)}
    out = {}
    for town in refdata.home_towns(HOME_TOWN_MIN_POPULATION):
        if town.name in _CITY_STOPWORDS or {town.name, *town.alternate_names} & taken:
            continue
        close = tuple(a for a in town.alternate_names
                      if SequenceMatcher(None, a.lower(), town.name.lower()).ratio() >= 0.7)
        out[f"gn{town.geonames_id}"] = replace(town, alternate_names=close)
    return out


class Lexicon:
    """All gazetteers a release is matched against."""

    def __init__(self) -> None:
        self.places = {p.id: p for p in refdata.load_places()}
        self.cities_abroad = {
            f"gn{c.geonames_id}": c
            for c in refdata.world_cities(min(WORLD_CITY_MIN_POPULATION,
                                              *NEIGHBOUR_TOWNS.values()))
            if c.name not in _CITY_STOPWORDS
            and c.population >= NEIGHBOUR_TOWNS.get(c.country, WORLD_CITY_MIN_POPULATION)
        }
        # towns at home that the curated places leave out ("Obninsk", "Gimcheon"), matched
        # like cities abroad
        self.cities_abroad.update(_home_towns(self.places.values()))
        #: places found by shape in some release (id -> name, country); see place_shapes
        self.shaped_places: dict[str, tuple[str, str | None]] = {}
        self.place_matcher = Matcher(self._place_forms())
        self.orgs = {o.id: o for o in refdata.load_organizations()}
        #: one English name may belong to bodies of both countries ("Ministry of Foreign Affairs")
        self.org_by_fold: dict[str, list[str]] = {}
        for o in self.orgs.values():
            for n in (o.name_en, *o.variants_en):
                ids = self.org_by_fold.setdefault(fold(n), [])
                if o.id not in ids:
                    ids.append(o.id)
        self.org_matcher = Matcher(
            {n: n for o in self.orgs.values() for n in (o.name_en, *o.variants_en)}
        )
        self.country_forms = self._country_forms()
        self.country_matcher = Matcher(self.country_forms)
        self.demonyms = {r["cue"]: r["country"] for r in _data_rows("demonyms.tsv")}
        self.demonym_matcher = Matcher(self.demonyms)
        self.mechanisms = self._records("mechanisms.tsv")
        self.mechanism_by_fold = {
            fold(n): r.id for r in self.mechanisms.values() for n in (r.name_en, *r.variants)
        }
        self.mechanism_matcher = Matcher({
            n: r.id for r in self.mechanisms.values() for n in (r.name_en, *r.variants)
            if not re.search(r"(?:Committee|Commission|Forum|Dialogue|Consultations?|Council|"
                             r"Group|Day|Sub-committee|Subcommittee)$", n)
        })
        #: every name of a known channel, to date a release by what it names
        self.mechanism_name_matcher = Matcher({
            n: r.id for r in self.mechanisms.values() for n in (r.name_en, *r.variants)})
        self.policies = self._records("policies.tsv")
        self.policy_matcher = Matcher(
            {n: r.id for r in self.policies.values() for n in (r.name_en, *r.variants)},
            ignore_case=True,
        )
        self.titles = self._titles()
        self.korean_surnames = self._surnames()
        from kg.extract.sectors_vocab import sector_forms

        self.sector_matcher = Matcher(sector_forms(), ignore_case=True)

    # -- builders ------------------------------------------------------------

    def _place_forms(self) -> dict[str, str]:
        forms: dict[str, str] = {}
        countries = self._country_forms()  # "Armenia" is the country, not a Colombian town;
        # "Singapore" is both, and stays a city
        for city in self.cities_abroad.values():
            for name in (city.name, *city.alternate_names):
                if name not in _CITY_STOPWORDS and len(name) > 2 and \
                        countries.get(name, city.country) == city.country:
                    forms.setdefault(name, f"gn{city.geonames_id}")
        for place in self.places.values():  # curated data wins over GeoNames
            for name in (place.name_en, *place.variants_en):
                forms[name] = place.id
                for variant in _okrug_variants(name):
                    forms.setdefault(variant, place.id)
        return forms

    def _country_forms(self) -> dict[str, str]:
        from kg.refdata import country  # pycountry names the rows that leave name_en empty

        forms: dict[str, str] = {}
        for row in _data_rows("countries.tsv"):
            english = row["name_en"] or country(row["alpha2"]).name_en
            for name in (english, *_split(row.get("variants_en"))):
                forms[name] = row["alpha2"]
        for name in ("the Russian Federation",):
            forms[name] = "RU"
        return forms

    def _records(self, name: str) -> dict[str, Record]:
        out = {}
        for row in _data_rows(name):
            out[row["id"]] = Record(
                row["id"], row["name_en"], tuple(_split(row.get("variants_en"))),
                row.get("name_ko", ""), row.get("name_ru", ""), dict(row),
            )
        return out

    def _titles(self) -> Titles:
        rows = _data_rows("titles.tsv")
        heads = frozenset(r["phrase"] for r in rows if r["kind"] == "head")
        plurals = frozenset(r["phrase"] for r in rows if r["kind"] == "plural")
        prefixes = frozenset(r["phrase"] for r in rows if r["kind"] == "prefix")
        implies = {(r["phrase"], r["country"]): r["org"] for r in rows if r["kind"] == "implies"}
        prefix_alt = "|".join(re.escape(p) for p in sorted(prefixes, key=len, reverse=True))
        head_alt = "|".join(re.escape(h) for h in sorted(heads | plurals, key=len, reverse=True))
        head_re = re.compile(
            rf"(?<![\w-])(?:(?:{prefix_alt})[\s-]+)*(?:{head_alt})(?![\w-])"
        )
        return Titles(heads, plurals, prefixes, implies, head_re)

    def _surnames(self) -> frozenset[str]:
        raw = resources.files("kg.data").joinpath("korean_surnames.txt").read_text("utf-8")
        words: list[str] = []
        for line in raw.splitlines():
            if not line.startswith("#"):
                words.extend(line.split())
        return frozenset(words)

    # -- lookups -------------------------------------------------------------

    def place_country(self, place_id: str) -> str | None:
        if place_id in self.places:
            return self.places[place_id].country or None
        city = self.cities_abroad.get(place_id)
        if city:
            return city.country
        return self.shaped_places.get(place_id, ("", None))[1]

    def place_name(self, place_id: str) -> str:
        if place_id in self.places:
            return self.places[place_id].name_en
        if place_id in self.cities_abroad:
            return self.cities_abroad[place_id].name
        return self.shaped_places[place_id][0]

    def org_ids_for(self, name: str) -> list[str]:
        return self.org_by_fold.get(fold(name), [])

    def org_id_for(self, name: str, country: str | None = None) -> str | None:
        """The reference body of that name; when several countries have one, the one of
        ``country`` (None when no country decides it)."""
        ids = self.org_ids_for(name)
        if country:
            ids = [i for i in ids if self.orgs[i].country == country]
        return ids[0] if len(ids) == 1 else None

    def mechanism_id_for(self, name: str) -> str | None:
        return self.mechanism_by_fold.get(fold(name))

    def country_names(self) -> Iterable[str]:
        return self.country_forms


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon()
