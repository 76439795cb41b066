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


def test_what_a_channel_agreed_where_it_met_is_its_meetings_topic(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Foundations sign memorandum",
        "Date 2019-11-20",
        "Director Pavel Zorin and President Lim Sang-woo signed a memorandum in Daejeon on "
        "November 19. The memorandum follows the 9th meeting of the Korea-Russia Joint "
        "Committee on Forestry Cooperation, held in Moscow on October 17, where the two "
        "ministries agreed to expand joint research.",
    ))
    topics = {r["mechanism"]: r["topics"] for r in rows}
    assert "science-and-technology" in topics[
        "Korea-Russia Joint Committee on Forestry Cooperation"]
    assert "science-and-technology" not in topics[None]


def test_what_a_policy_offers_is_not_discussed(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Ports become partners",
        "Date 2019-04-23",
        "President Lim Sang-woo and Director Pavel Zorin signed a partnership agreement in "
        "Pohang on April 22. Mr. Zorin said the port lies within the Free Port of Vladivostok "
        "regime, which offers tax benefits to residents.",
    ))
    assert all("investment" not in r["topics"] for r in rows)


def test_climate_of_investment_and_cargo_hubs(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Governor meets airport chief",
        "Date 2019-04-17",
        "Governor Pavel Zorin met President Lim Sang-woo in Incheon on April 16. The two "
        "discussed the investment climate, a transit cargo hub and more passenger flights.",
    ))
    assert [r["topics"] for r in rows] == [{"investment", "logistics", "transportation"}]


def test_a_business_delegation_and_a_ministry_list_are_no_sectors(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Governor meets minister",
        "Date 2019-04-17",
        "Governor Pavel Zorin met Vice Minister Lim Sang-woo in Seoul on April 16. The two "
        "discussed a visit of a business delegation to Ulsan and the work of the Ministry of "
        "Science, ICT and Future Planning.",
    ))
    assert [r["topics"] for r in rows] == [set()]


def test_what_a_pronoun_of_patients_does_is_no_talks_topic(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Tourism chiefs meet",
        "Date 2019-09-19",
        "President Lim Sang-woo met Deputy Head Pavel Zorin in Moscow on September 18 to "
        "discuss tourism. Many patients came from the Far East, and they were treated at "
        "Korean hospitals.",
    ))
    assert [r["topics"] for r in rows] == [{"tourism"}]


def test_research_into_another_sectors_matter_is_that_sector(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Railways sign memorandum",
        "Date 2018-06-22",
        "Director Pavel Zorin and President Lim Sang-woo signed a memorandum in Seoul on June "
        "21 on joint research into cross-border rail freight.",
    ))
    assert all("science-and-technology" not in r["topics"] for r in rows)


def test_an_errand_beside_the_meeting_is_not_its_agenda(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Vice minister to co-chair subcommittee",
        "Date 2021-10-12",
        "Vice Minister Lim Sang-woo will co-chair the 3rd meeting of the Korea-Russia Far East "
        "and Arctic Sub-committee in Vladivostok on October 14 with Deputy Minister Pavel "
        "Zorin to discuss shipbuilding. Lim is also scheduled to visit a university to meet "
        "students.",
    ))
    assert all("education" not in r["topics"] for r in rows)


def test_sectors_at_the_channel_named_next_are_that_channels(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Governor meets consul",
        "Date 2019-03-13",
        "Governor Pavel Zorin met Consul General Lim Sang-woo in Kazan on March 12. The sides "
        "agreed to take part in the Kazan Food Expo in November and to hold a meeting with "
        "Korean investors at the Eastern Economic Forum in September.",
    ))
    topics = {r["mechanism"]: r["topics"] for r in rows}
    assert "investment" in topics["Eastern Economic Forum"]
    assert "investment" not in topics.get("Kazan Food Expo", set())



def test_what_the_vehicle_a_signing_sets_up_will_do_is_the_signings_topic(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Banks set up a fund",
        "Date 2019-10-03",
        "Chairman Lim Sang-woo and Director General Pavel Zorin signed an agreement on a "
        "joint fund in Khabarovsk on October 2. The fund will have a target size of "
        "US$200 million. Priority will be given to tourism and fish processing.",
    ))
    assert [(r["kind"], r["topics"]) for r in rows] == [("Signing", {"tourism", "fisheries"})]
