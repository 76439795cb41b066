"""People spellings, titles, towns and places on invented releases: -ie- and -ye-
Russian spellings, Korean family-name and given-name romanizations, "Commissioner
General", and towns GeoNames knows but the curated places lack. Every text here is
written for this file; officials are invented.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import RDF
from test_extract_event_nouns import _posts
from test_extract_events import _graph, _text
from test_extract_places import names, places

from kg.namespaces import KGO


def _persons(tmp_path: Path, text: str) -> set[str]:
    out = _graph(tmp_path, text)
    return {out.label_of(s) for s, p, o, *_ in out.all_triples()
            if p == RDF.type and o == KGO.Person}


def test_ignatyeva_and_director_ignatieva_are_one_person(tmp_path: Path) -> None:
    persons = _persons(tmp_path, _text(
        "Library delegation visits Korea",
        "Date 2019-03-12",
        "Svetlana Ignatyeva, Director of the Russian State Library, met President Cho Hyun-woo "
        "of the National Library of Korea in Seoul on March 11. Director Ignatieva invited "
        "Korean librarians to Moscow.",
    ))
    assert persons == {"Svetlana Ignatyeva", "Cho Hyun-woo"}


def test_seo_and_suh_and_hyeong_and_hyung_spell_one_person(tmp_path: Path) -> None:
    persons = _persons(tmp_path, _text(
        "Environment officials meet",
        "Date 2019-04-25",
        "Vice Minister Seo Young-ho and Director Choi Jae-hyeong met Deputy Minister Pavel "
        "Zorin in Seoul on April 24.",
        "Vice Minister Suh Young-ho said the talks were useful. Director Choi Jae-hyung "
        "presented a plan.",
    ))
    assert persons == {"Seo Young-ho", "Choi Jae-hyeong", "Pavel Zorin"}


def test_a_commissioner_general_is_an_official(tmp_path: Path) -> None:
    posts = _posts(tmp_path, _text(
        "Coast guards meet",
        "Date 2019-04-25",
        "Korea Coast Guard Commissioner General Jin Yong-cheol held talks with Director Pavel "
        "Zorin in Incheon on April 24.",
    ))
    # the body glued before the post is his employer, not a word of the post
    assert posts == {"Jin Yong-cheol": {"Commissioner General"},
                     "Pavel Zorin": {"Director"}}


def test_home_towns_from_geonames_are_places_with_their_country() -> None:
    assert ("Obninsk", "Russian Federation") in places(
        "Scientists from Obninsk visited a nuclear research institute in Seoul last week.")
    assert ("Voronezh", "Russian Federation") in places(
        "A Korean food company opened a plant in Voronezh, the governor said.")
    assert ("Gimcheon", "Republic of Korea") in places(
        "The delegation from Gimcheon toured the industrial park in Ulsan.")
    # ... but not a street named after a town, nor an old reading in a people's name
    assert names("The new Korean restaurant on Kirov Street in Khabarovsk opened on "
                 "Monday.") == {"Khabarovsk"}
    assert names("The festival of Koryo-saram culture was held in Tashkent on Monday.") == {
        "Tashkent"}
    assert "Vladimir" not in names("Deputy Governor Vladimir Gerasimenko met investors in "
                                   "Obninsk on Monday.")
    assert "Vladimir" not in names("According to Vladimir Gerasimenko, the plant in Obninsk "
                                   "will open in 2020.")
    assert "Vladimir" in names("The delegation travelled to Vladimir on Tuesday.")


def test_armenia_is_the_country_not_a_town_in_colombia() -> None:
    assert ("Armenia", "Colombia") not in places(
        "The minister flew from Armenia to Seoul on Monday.")
    # ... while a city-state's city is still the city where talks are held
    assert ("Singapore", "Singapore") in places(
        "The two ministers met again in Singapore on Aug. 3.")


def test_a_researcher_and_a_centre_chairman_named_after_its_post_are_officials(
        tmp_path: Path) -> None:
    posts = _posts(tmp_path, _text(
        "Minister visits Ussuriysk",
        "Date 2019-08-13",
        "The minister visited the Korean Heritage Center in Ussuriysk and thanked its "
        "chairman Pavel Tsoi for keeping the archive.",
        "Contact: Researcher Lee Min-ji (044-202-0000)",
    ))
    assert posts["Pavel Tsoi"] == {"chairman of the Korean Heritage Center"}
    assert posts["Lee Min-ji"] == {"Researcher"}


def test_boo_is_a_korean_family_name(tmp_path: Path) -> None:
    names_found = _persons(tmp_path, _text(
        "Governors meet", "Date 2019-05-17",
        "Governor Pavel Zorin met Vice Governor for Administrative Affairs Boo Min-ho in Jeju. "
        "Vice Governor Boo proposed a youth exchange."))
    assert names_found == {"Pavel Zorin", "Boo Min-ho"}


def test_zh_and_j_spell_one_russian_family_name() -> None:
    from kg.extract.names import person_key

    assert person_key("Pavel Zhemchugov") == person_key("Pavel Jemchugov")
