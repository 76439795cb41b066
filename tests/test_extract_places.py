"""The places view on invented sentences: features no gazetteer lists, routes, names.

Each test names places the way releases do and checks the (place, country)
rows, so a rule that stops firing, or fires where it should not, fails here.
"""

from __future__ import annotations

from kg.loaders.base import Document
from rdflib import RDF, RDFS

from kg.extract.pipeline import extract
from kg.namespaces import KGO


def places(body: str) -> set[tuple[str, str | None]]:
    graph = extract(Document(text=body, key="test:places", title="Regional news",
                             date="2022-03-15"))
    triples = list(graph.triples)
    label = {s: str(o) for s, p, o in triples if p == RDFS.label}
    mentioned = {o for s, p, o in triples if p == KGO.mentions}
    rows = set()
    for x in {s for s, p, o in triples if p == RDF.type and o == KGO.Place} & mentioned:
        country = next((label.get(o, str(o)) for s, p, o in triples
                        if s == x and p == KGO.country), None)
        rows.add((label[x], country))
    return rows


def names(body: str) -> set[str]:
    return {name for name, _ in places(body)}


def test_russian_adjective_district_is_a_place_in_russia() -> None:
    rows = places("Korean growers lease farmland in the Chaikinsky District, the governor said.")
    assert ("Chaikinsky District", "Russian Federation") in rows


def test_island_takes_the_country_of_the_city_it_lies_in() -> None:
    rows = places("The new clinic opened on Vorobyov Island in Vladivostok on Monday.")
    assert ("Vorobyov Island", "Russian Federation") in rows
    assert ("Vladivostok", "Russian Federation") in rows


def test_feature_without_a_country_cue_is_left_out() -> None:
    assert not any("Island" in name for name in names(
        "Guests were taken to the Mellow Island resort after the talks."))


def test_qualifier_words_are_not_feature_names() -> None:
    found = names("The envoy discussed the situation on the Korean Peninsula and trade in the "
                  "Far Eastern Federal District.")
    assert "Korean Peninsula" not in found
    assert "Far Eastern Federal District" in found  # the curated name, not a shaped one


def test_places_joined_into_a_route() -> None:
    found = names("Officials agreed to restore the Busan-Vladivostok ferry line next spring.")
    assert {"Busan", "Vladivostok"} <= found


def test_one_known_word_in_a_hyphenated_town_is_not_a_place() -> None:
    found = names("A soybean plant opened in Spassk-Dalny, Primorsky Krai, last week.")
    assert "Primorsky Krai" in found
    assert not found & {"Dalny", "Dalian"}


def test_body_located_in_a_city_names_the_city() -> None:
    found = names("An office of the Consulate General of the Republic of Korea in Khabarovsk "
                  "will open in June.")
    assert "Khabarovsk" in found


def test_place_inside_a_policy_name_is_not_a_place() -> None:
    assert "Vladivostok" not in names(
        "Korean firms are residents of the Free Port of Vladivostok regime.")


def test_ministry_remit_in_a_title_is_not_a_place_but_a_jurisdiction_is() -> None:
    found = names("Deputy Minister for the Development of the Russian Far East and Arctic "
                  "Ivan Petrovsky met Governor of Primorsky Krai Oleg Semenko.")
    assert "Arctic" not in found
    assert "Primorsky Krai" in found


def test_autonomous_district_spelling_finds_the_okrug() -> None:
    found = names("Gas fields in the Yamal-Nenets Autonomous District supply the plant.")
    assert "Yamalo-Nenets Autonomous Okrug" in found


def test_districts_listed_before_one_plural_noun_are_each_a_district() -> None:
    rows = places("Korean growers farm land in the Oktyabrsky, Pogranichny and Lesozavodsky "
                  "districts of Primorye.")
    assert {("Oktyabrsky District", "Russian Federation"),
            ("Lesozavodsky District", "Russian Federation")} <= rows
    assert not any(name in ("Oktyabrsky", "Lesozavodsky") for name, _ in rows)


def test_town_of_a_neighbouring_country_is_a_place_abroad() -> None:
    rows = places("The satellite lifted off from Baikonur on Monday.")
    assert ("Baikonur", "Kazakhstan") in rows


def test_a_town_named_before_its_region_is_a_place_of_that_country() -> None:
    rows = places("Delegates were invited to a safety fair in Dongtan, Gyeonggi Province, "
                  "in May.")
    assert ("Dongtan", "Republic of Korea") in rows


def test_a_body_based_somewhere_names_that_place() -> None:
    found = names("The Busan-based Korea Maritime Institute and the Irkutsk-based Institute "
                  "of Geography signed a memorandum.")
    assert {"Busan", "Irkutsk"} <= found


def test_a_centre_on_an_island_names_the_island() -> None:
    found = names("Forecasts will come from the National Typhoon Center on Jeju Island.")
    assert "Jeju" in found  # the province, as analysts name it


def test_historic_names_of_cities_abroad_are_not_places() -> None:
    found = names("Koreans were deported from the Far East under Stalin in 1937.")
    assert not any("Stalin" in n for n in found)


def test_a_forum_named_after_its_city_names_the_city() -> None:
    rows = names("The contract was signed at the St. Petersburg International Economic Forum "
                 "in June, the company said.")
    assert "Saint Petersburg" in rows


def test_small_towns_of_both_countries_are_known() -> None:
    rows = names("Officials from Gwacheon and Solnechnogorsk compared traffic centres.")
    assert {"Gwacheon", "Solnechnogorsk"} <= rows


def test_a_district_ending_in_skoy_is_a_russian_place() -> None:
    rows = places("The office opened in the Tverskoy District in the centre of Moscow.")
    assert ("Tverskoy District", "Russian Federation") in rows


def test_town_word_before_a_building_head_names_the_building() -> None:
    rows = names("The archive will show the files at the Nara Records Center in Seongnam.")
    assert "Seongnam" in rows and "Nara" not in rows


def test_a_car_model_and_a_pipeline_are_not_places() -> None:
    found = names("The plant builds the Kia Rio, and the region buys gas from the Power of "
                  "Siberia pipeline near Blagoveshchensk.")
    assert "Siberia" not in found and not any("Rio" in n for n in found)
    assert "Blagoveshchensk" in found


def test_launch_sites_and_a_county_are_places_with_their_country() -> None:
    rows = places("The rocket lifted off from Baikonur; seeds are stored in Bonghwa County.")
    assert ("Baikonur", "Kazakhstan") in rows
    assert ("Bonghwa County", "Republic of Korea") in rows
