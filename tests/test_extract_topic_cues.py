"""Sector cues on invented releases: phrases that are not sectors, what an agreement
"provides for", a committee meeting told in a relative clause, and sector words added
to the ontology. Every text here is written for this file; officials are invented.
"""

from __future__ import annotations

from pathlib import Path

from test_extract_events import _rows, _text


def test_a_social_security_agreement_is_not_security(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Pension talks held",
        "Date 2019-04-25",
        "Director-General Yoon Seok-ho and Deputy Minister Pavel Zorin held talks in Seoul on "
        "April 24 on a social security agreement between the two countries.",
    ))
    assert [(r["kind"], r["topics"]) for r in rows] == [("Talks", set())]


def test_what_the_agreement_provides_for_is_the_signings_topic(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Regions sign agreement",
        "Date 2019-08-16",
        "Governor Pavel Zorin and Governor Lim Sang-woo signed an agreement on cooperation in "
        "Khabarovsk on August 15. The agreement provides for joint projects in investment.",
    ))
    assert [(r["kind"], r["topics"]) for r in rows] == [("Signing", {"investment"})]


def test_what_a_committee_meeting_agreed_is_that_meetings_topic(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Environment officials meet",
        "Date 2019-08-16",
        "Director-General Lim Sang-woo met Director Pavel Zorin in Khabarovsk on August 15. "
        "Mr. Lim invited Russian specialists to the Korea-Russia Joint Committee on "
        "Environmental Cooperation, whose meeting in Seoul in June agreed to expand joint "
        "research on rare species.",
    ))
    topics = {r["mechanism"]: r["topics"] for r in rows}
    assert topics["Korea-Russia Joint Committee on Environmental Cooperation"] == {
        "environment", "science-and-technology"}
    assert topics[None] == set()


def test_new_sector_words_name_their_sectors(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Provinces agree on cooperation",
        "Date 2019-08-16",
        "Governor Pavel Zorin and Governor Lim Sang-woo met in Khabarovsk on August 15 and "
        "discussed veterinary control, eco-tourism, smart city projects, urban development and "
        "wildlife conservation.",
    ))
    assert [r["topics"] for r in rows] == [
        {"agriculture", "tourism", "ict", "infrastructure", "environment"}]


def test_researchers_livestock_and_historic_sites_name_their_sectors(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Provinces agree on cooperation",
        "Date 2019-08-16",
        "Governor Pavel Zorin and Governor Lim Sang-woo met in Khabarovsk on August 15 and "
        "discussed exchanges of researchers, livestock exports and the restoration of historic "
        "sites.",
    ))
    assert [r["topics"] for r in rows] == [
        {"science-and-technology", "agriculture", "culture", "trade"}]


def test_more_sector_words_name_their_sectors(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Provinces agree on cooperation",
        "Date 2019-08-16",
        "Governor Pavel Zorin and Governor Lim Sang-woo met in Khabarovsk on August 15 and "
        "discussed flood control, occupational safety, joint production of machine parts, "
        "shipping on inland waterways, geoscience, student exchanges and ways to help small "
        "firms enter the Russian market.",
    ))
    assert [r["topics"] for r in rows] == [
        {"environment", "health", "industry", "transportation", "science-and-technology",
         "education", "trade"}]


def test_greenhouse_gas_is_the_environment_not_gas(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Heating pilot agreed",
        "Date 2019-08-16",
        "Governor Pavel Zorin and Governor Lim Sang-woo met in Khabarovsk on August 15 and "
        "agreed to cut greenhouse gas emissions of the city's boiler houses.",
    ))
    assert [r["topics"] for r in rows] == [{"environment"}]


def test_what_the_next_meeting_of_a_channel_should_boost_is_its_topic(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Ambassador meets minister",
        "Date 2021-04-16",
        "On April 15, Ambassador Pavel Zorin met Minister Lim Sang-woo in Seoul. They agreed "
        "that the next meeting of the Korea-Russia Joint Committee on Fisheries Cooperation, "
        "scheduled for the autumn in Moscow, should give a new impulse to cooperation in "
        "aquaculture and fish processing.",
    ))
    topics = {r["mechanism"]: r["topics"] for r in rows}
    assert topics["Korea-Russia Joint Committee on Fisheries Cooperation"] == {"fisheries"}
    assert topics[None] == set()


def test_a_news_lead_speaks_for_the_occasion_told_after_it(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Korean firm opens plant",
        "Date 2021-09-14",
        "Sept 14 (Newswire) - South Korea's Hanil Foods has launched a new noodle factory in an "
        "industrial park near Kaluga, investing 3 billion rubles in the first stage. The plant "
        "was opened on Tuesday by Governor Pavel Zorin and Ambassador Lim Sang-woo.",
    ))
    assert [r["topics"] for r in rows] == [{"industry", "investment"}]


def test_a_business_center_and_an_industry_event_are_no_sectors(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Agency opens office",
        "Date 2021-11-19",
        "Director Lim Sang-woo and Deputy Minister Pavel Zorin met in Kazan on November 18 and "
        "discussed a new business center and the main industry event of the year.",
    ))
    assert [r["topics"] for r in rows] == [set()]


def test_food_oils_and_the_means_of_a_crime_are_no_sectors(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Prosecutors meet",
        "Date 2019-08-16",
        "Prosecutor Pavel Zorin and Prosecutor Lim Sang-woo met in Khabarovsk on August 15 and "
        "discussed joint work against fraud committed using information and communication "
        "technologies and the export of sunflower oil.",
    ))
    assert [r["topics"] for r in rows] == [{"trade"}]


def test_information_technologies_are_ict(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Regions agree",
        "Date 2019-08-16",
        "Governor Pavel Zorin and Governor Lim Sang-woo met in Khabarovsk on August 15 and "
        "agreed to cooperate in information technologies.",
    ))
    assert [r["topics"] for r in rows] == [{"ict"}]


def test_what_photographs_show_is_no_topic(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Exhibition opens",
        "Date 2019-08-16",
        "Governor Pavel Zorin and Governor Lim Sang-woo met in Khabarovsk on August 15 and "
        "opened an exhibition of photographs of shipbuilding and Arctic ports.",
    ))
    assert [r["topics"] for r in rows] == [set()]


def test_a_figure_moving_as_a_reason_is_no_topic(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Insurers meet",
        "Date 2019-08-16",
        "Governor Pavel Zorin and Governor Lim Sang-woo met in Khabarovsk on August 15. Few "
        "projects started as tourism between the two regions declined.",
    ))
    assert [r["topics"] for r in rows] == [set()]
