"""Organization classes on invented sentences (third batch).

Bodies named without a head noun but in apposition with a corporate noun, company
family names with an acronym, units of ministries and regions, bodies of third
states, place tails at home and abroad, saints' names, captions, possessed units,
short names that refer back, and the country a name's own words tell.
"""

from __future__ import annotations

from test_extract_orgs_figures import affiliations, organizations


def test_name_in_apposition_with_subsidiary_is_a_body() -> None:
    rows = organizations("The launch was arranged by Orbitalis, a subsidiary of the Russian "
                         "state corporation Roscosmos, under a contract signed in 2019.")
    assert ("Orbitalis", "Russian Federation") in rows


def test_regional_subsidiary_takes_its_owner_or_region_country() -> None:
    rows = organizations("It was attended by Kim Tae-soo, General Director of Amur Niva, the "
                         "Primorye subsidiary of Hanbit Foods, and by farmers.")
    assert any(name == "Amur Niva" and country for name, country in rows)


def test_director_of_an_apposed_body_belongs_to_it() -> None:
    rows = affiliations("It was attended by Kim Tae-soo, General Director of Amur Niva, the "
                        "Primorye subsidiary of Hanbit Foods, and by farmers.")
    assert ("Kim Tae-soo", "Amur Niva") in rows


def test_body_name_opening_a_title_is_the_holders_body() -> None:
    rows = affiliations("The launch was arranged by Orbitalis, a subsidiary of the Russian "
                        "state corporation Roscosmos. Officials met Orbitalis chief executive "
                        "Pavel Lebedev on Monday.")
    assert ("Pavel Lebedev", "Orbitalis") in rows


def test_part_of_a_known_body_gives_its_country() -> None:
    rows = organizations("Izotopika JSC, also part of Rosatom, supplies isotopes to Korean "
                         "hospitals.")
    assert ("Izotopika JSC", "Russian Federation") in rows


def test_brand_and_acronym_name_one_company() -> None:
    rows = organizations("He also informed the guests about Samsung SDS's plan to open a data "
                         "centre in Moscow.")
    assert ("Samsung SDS", "Republic of Korea") in rows


def test_third_state_body_loses_its_state_tail() -> None:
    rows = organizations("The ceremony was attended by Omar Haddad, Chairman of the Electricity "
                         "Regulatory Authority of Egypt, and by engineers.")
    assert ("Electricity Regulatory Authority", "Egypt") in rows


def test_embassy_in_a_third_state_keeps_its_host() -> None:
    rows = organizations("The signing was attended by representatives of the Embassy of the "
                         "Republic of Korea in Egypt.")
    assert ("Embassy of the Republic of Korea in Egypt", "Republic of Korea") in rows


def test_national_institute_at_home_drops_its_city() -> None:
    rows = organizations("The satellite made first contact with the ground station of the "
                         "Korea Polar Science Institute in Incheon.")
    assert ("Korea Polar Science Institute", "Republic of Korea") in rows
    assert not any(name.endswith("in Incheon") for name, _ in rows)


def test_body_named_for_a_russian_is_russian() -> None:
    rows = organizations("The astronaut trained at the Alexei Leonov Space Training Center "
                         "for a year.")
    assert ("Alexei Leonov Space Training Center", "Russian Federation") in rows


def test_state_university_is_russian() -> None:
    rows = organizations("The delegation will visit the Amur State Pedagogical University "
                         "on Friday.")
    assert ("Amur State Pedagogical University", "Russian Federation") in rows


def test_unit_possessed_by_a_known_body_is_the_holders_body() -> None:
    text = ("\"Demand is strong,\" said Lee Min-su, a senior researcher at KITA's Institute for "
            "Trade Studies.")
    assert ("Institute for Trade Studies", "Republic of Korea") in organizations(text)
    assert ("Lee Min-su", "Institute for Trade Studies") in affiliations(text)


def test_saints_name_inside_a_hospital_name() -> None:
    text = ("\"Many patients come back,\" said Jung Ho-seok, head of the cardiology center at "
            "Busan St. Paul's Hospital.")
    assert ("Busan St. Paul's Hospital", "Republic of Korea") in organizations(text)
    assert ("Jung Ho-seok", "Busan St. Paul's Hospital") in affiliations(text)


def test_caption_comma_before_the_body() -> None:
    rows = affiliations("The launch went well.\n[SOUNDBITE] Lee Jae-won, President, Korea Space "
                        "Science Institute\nThe satellite works.")
    assert ("Lee Jae-won", "Korea Space Science Institute") in rows


def test_short_name_refers_back_to_the_full_one() -> None:
    rows = organizations("Officials of the Presidential Committee on Arctic Cooperation "
                         "attended. The roadmap will be announced by the Presidential "
                         "Committee in December.")
    assert any(name == "Presidential Committee on Arctic Cooperation" for name, _ in rows)
    assert not any(name == "Presidential Committee" for name, _ in rows)


def test_regional_ministry_is_not_the_federal_one() -> None:
    rows = organizations("Olga Petrova, Minister of Economic Development of Amur Oblast, "
                         "opened the meeting. According to the regional Ministry of Economic "
                         "Development, trade grew by 12 per cent.")
    assert ("Ministry of Economic Development", "Russian Federation") not in rows
    assert ("Ministry of Economic Development of Amur Oblast", "Russian Federation") in rows


def test_regional_department_is_of_the_regions_state() -> None:
    rows = organizations("The Government of Primorsky Krai hosted the talks. According to the "
                         "regional Department of Fisheries and Forestry, Korean investors now "
                         "farm land in the district.")
    assert ("Department of Fisheries and Forestry", "Russian Federation") in rows


def test_unit_on_a_label_line_is_the_publishers() -> None:
    rows = organizations("Division in charge: Northern Trade Negotiation Division\n\nKorea and "
                         "Russia held talks.")
    assert ("Northern Trade Negotiation Division", "Republic of Korea") in rows
    assert not any("Korea and Russia" in name for name, _ in rows)


def test_unit_named_by_the_regions_it_covers() -> None:
    rows = organizations("Division : Russia and Central Asia Division\n\nThe two sides held "
                         "the 20th meeting of the committee.")
    assert ("Russia and Central Asia Division", "Republic of Korea") in rows


def test_head_of_the_directorate_refers_back() -> None:
    text = ("The Rosselkhoznadzor Directorate for Amur Oblast reports that exports grew. \"All "
            "batches met the requirements,\" said Irina Volkova, head of the Directorate.")
    assert ("Irina Volkova", "Rosselkhoznadzor Directorate for Amur Oblast") in affiliations(text)
    assert not any(name == "Directorate" for name, _ in organizations(text))


def test_state_adjective_before_the_government_is_the_state() -> None:
    rows = organizations("Lee thanked the Russian Government for its support of the plant.")
    assert ("Government of the Russian Federation", "Russian Federation") in rows


def test_possessive_corporate_noun_names_another_body() -> None:
    rows = organizations("The talks were held on the sidelines of the 5th Northern Trade "
                         "Forum, the Russian company's press service said.")
    assert not any(name == "Northern Trade Forum" for name, _ in rows)


def test_unit_of_a_known_body_is_that_body() -> None:
    rows = organizations("The Russian side was led by Pavel Orlov, Director of the Department "
                         "of Regional Cooperation at the Ministry of Economic Development of "
                         "the Russian Federation.")
    assert not any(name.startswith("Department of") for name, _ in rows)
