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


def test_flights_codeshare_and_natural_heritage_name_their_sectors(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Regions talk travel",
        "Date 2019-08-16",
        "Governor Pavel Zorin and Governor Lim Sang-woo met in Khabarovsk on August 15 and "
        "discussed direct flights, a codeshare between local carriers, the protection of "
        "natural heritage and the growing flow of travellers between the regions.",
    ))
    assert [r["topics"] for r in rows] == [
        {"transportation", "environment", "people-to-people-exchange"}]


def test_the_programme_of_a_visit_is_the_visits_topic(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Governor visits Korea",
        "Date 2019-06-14",
        "Governor Pavel Zorin is on a working visit to the Republic of Korea from June 10 to "
        "June 14. The programme focused on tourism and direct flights. On Tuesday Governor "
        "Zorin held talks in Seoul with Mayor Lim Sang-woo.",
    ))
    kinds = {r["kind"]: r["topics"] for r in rows}
    assert kinds["Visit"] == {"tourism", "transportation"}
    assert kinds["Talks"] == set()


def test_a_proposal_after_a_festival_thanked_for_is_the_meetings(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Minister meets consul",
        "Date 2019-09-20",
        "Minister Irina Sorina met Consul General Lim Sang-woo in Vladivostok on September 18. "
        "The 5th Amur Autumn Music Festival opens in Vladivostok on September 21. "
        "\"We value our partners,\" Irina Sorina said. She thanked the Korean side for its "
        "support of the festival and proposed joint projects in education and tourism.",
    ))
    topics = {r["kind"]: r["topics"] for r in rows}
    assert {"education", "tourism"} <= topics["Talks"]


def test_who_makes_up_a_delegation_is_not_a_topic(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Governor in Seoul",
        "Date 2019-10-16",
        "Governor Pavel Zorin held talks in Seoul on October 14 with Mayor Lim Sang-woo. The "
        "delegation includes representatives of regional universities and shipyards.",
    ))
    assert [r["topics"] for r in rows] == [set()]


def test_a_channel_to_be_set_up_owns_nothing_agreed_after_it(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Provinces sign agreement",
        "Date 2019-10-16",
        "Governor Pavel Zorin and Governor Lim Sang-woo signed an agreement on cooperation in "
        "Changwon on October 15. The parties agreed to set up a joint working group on "
        "industrial cooperation, whose first meeting will be held in 2020, and to develop "
        "exchanges in shipbuilding and tourism.",
    ))
    signing = [r for r in rows if r["kind"] == "Signing"]
    assert signing and {"shipbuilding", "tourism"} <= signing[0]["topics"]


def test_what_a_festival_features_is_the_festivals_topic(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Festival opens",
        "Date 2019-09-19",
        "Korean films will be among the highlights of the 7th Amur Autumn Film Festival, which "
        "opens in Khabarovsk today.",
    ))
    assert [r["topics"] for r in rows] == [{"culture"}]


def test_what_a_signatory_is_quoted_saying_is_the_signings_topic(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Carriers sign agreement",
        "Date 2018-04-17",
        "The agreement was signed in Moscow on April 16 by Pavel Zorin, Deputy CEO of "
        "Avia Vostok, and Executive Vice President Lim Sang-woo of Hanbit Air. Mr. Lim noted "
        "that demand is growing. \"This agreement opens the Far East for tourism,\" he said.",
    ))
    assert [r["topics"] for r in rows] == [{"tourism"}]


def test_what_signatories_say_after_signing_belongs_to_their_talks(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Vice ministers hold dialogue",
        "Date 2019-06-05",
        "Vice Minister Lim Sang-woo held the 2nd Korea-Russia Customs Dialogue with Deputy "
        "Minister Pavel Zorin in Seoul on June 4. Following the dialogue, Vice Minister Lim "
        "and Deputy Minister Zorin signed a protocol on June 4. Vice Minister Lim noted that "
        "bilateral trade had grown by 20% in 2018.",
    ))
    topics = {r["kind"]: r["topics"] for r in rows}
    assert "trade" in topics["Meeting"] and "trade" not in topics["Signing"]


def test_at_the_meeting_after_an_arrival_is_the_meeting_not_the_visit(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Governors sign agreement",
        "Date 2019-11-13",
        "Governor Pavel Zorin and Governor Lim Sang-woo today signed an agreement on "
        "cooperation in Tomsk. The Korean delegation arrived in Tomsk on Tuesday for a "
        "three-day visit. At the meeting the sides discussed biopharmaceuticals and exchanges "
        "between the two regional governments.",
    ))
    topics = {r["kind"]: r["topics"] for r in rows}
    assert {"health", "interregional-cooperation"} <= topics["Signing"]
    assert not topics.get("Visit")


def test_under_the_contract_tells_what_the_signing_covers(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Companies sign supply contract",
        "Date 2021-04-27",
        "The contract was signed in Moscow on April 23 by Pavel Zorin, general director of "
        "Volga Generation, and Executive Vice President Lim Sang-woo of Hanbit Heavy. The "
        "value of the contract is 14 billion rubles. Under the contract, Hanbit will supply "
        "two boilers for power units of the plant.",
    ))
    assert [r["topics"] for r in rows] == [{"energy"}]


def test_a_business_round_table_is_a_format_not_the_economy(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Governor in Seoul",
        "Date 2019-10-16",
        "Governor Pavel Zorin and Mayor Lim Sang-woo held a business round table in Seoul on "
        "October 16 and discussed shipbuilding.",
    ))
    assert [r["topics"] for r in rows] == [{"shipbuilding"}]


def test_artificial_intelligence_and_software_are_ict(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Institutes open lab",
        "Date 2019-06-19",
        "Director Pavel Zorin and President Lim Sang-woo met in Kazan on June 18 and discussed "
        "artificial intelligence and software for robots.",
    ))
    assert [r["topics"] for r in rows] == [{"ict"}]


def test_a_ships_call_at_a_port_is_not_seaports(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Broadcasters sign agreement",
        "Date 2019-11-19",
        "The first joint film will follow the training ship Nadezhda and its call at the port of "
        "Busan. Director Pavel Zorin and President Lim Sang-woo signed an agreement on "
        "co-production in Seoul on November 19.",
    ))
    assert all("seaports" not in r["topics"] for r in rows)


def test_a_programme_listing_meetings_with_business_associations_is_no_topic(
        tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Governor visits Korea",
        "Date 2019-10-16",
        "Governor Pavel Zorin is on a working visit to the Republic of Korea from October 14 to "
        "October 16. The programme included talks in Seoul and meetings with business "
        "associations.",
    ))
    assert all(not r["topics"] for r in rows)


def test_a_firms_own_business_and_a_need_for_imports_are_no_topics(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Companies sign contract",
        "Date 2021-03-10",
        "Director Lim Sang-woo and Director Pavel Zorin met in Kazan on March 9. Korea depends "
        "on imports for most of its titanium, and the deal is key for our aircraft parts "
        "business, Mr. Lim said.",
    ))
    assert [r["topics"] for r in rows] == [set()]


def test_a_supply_contract_and_entering_a_market_are_trade(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Companies sign contract",
        "Date 2021-03-10",
        "Director Lim Sang-woo and Director Pavel Zorin met in Kazan on March 9 and signed a "
        "supply contract, with which the Korean firm entered the Russian market.",
    ))
    assert [r["topics"] for r in rows] == [{"trade"}]


def test_agri_food_rolling_stock_and_nuclear_industries_name_their_sectors(
        tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Operators meet",
        "Date 2020-06-11",
        "Director Lim Sang-woo and Director Pavel Zorin met in Kazan on June 10 and discussed "
        "agri-food exports, the repair of rolling stock and their nuclear industries.",
    ))
    assert [r["topics"] for r in rows] == [{"agriculture", "transportation", "energy", "trade"}]


def test_what_was_on_a_channels_agenda_is_that_channels_topic(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Officials meet",
        "Date 2020-06-11",
        "Director Lim Sang-woo met Director Pavel Zorin in Kazan on June 10. Mr. Zorin recalled "
        "that renewable energy had been on the agenda of the Korea-Russia Joint Committee on "
        "Energy Cooperation, which met in Seoul last November.",
    ))
    topics = {r["mechanism"]: r["topics"] for r in rows}
    assert "energy" in topics["Korea-Russia Joint Committee on Energy Cooperation"]
    assert "energy" not in topics[None]


def test_a_climate_scientific_data_and_ports_of_call_are_no_sectors(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Officials meet",
        "Date 2020-06-11",
        "Director Lim Sang-woo and Director Pavel Zorin met in Kazan on June 10. They praised "
        "work done in a climate where winters are long, judged the vaccine on scientific data "
        "and recalled a voyage around the ports of the region, rather than shipping the grain "
        "by rail.",
    ))
    assert [r["topics"] for r in rows] == [{"health", "railways"}]


def test_nuclear_medicine_is_health_and_a_sister_relationship_interregional(
        tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Officials meet",
        "Date 2020-06-11",
        "Governor Lim Sang-woo and Governor Pavel Zorin met in Kazan on June 10 and discussed "
        "nuclear medicine and their sister relationship.",
    ))
    assert [r["topics"] for r in rows] == [{"health", "interregional-cooperation"}]


def test_a_ships_business_call_is_no_economy(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Ships visit",
        "Date 2020-06-11",
        "Governor Pavel Zorin and Commander Lim Sang-woo met in Busan on June 10 and "
        "discussed maritime security. The detachment is in Busan on a business call.",
    ))
    assert [r["topics"] for r in rows] == [{"security"}]


def test_what_a_policy_is_the_framework_for_is_no_topic(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Officials meet",
        "Date 2020-06-11",
        "Director Lim Sang-woo and Director Pavel Zorin met in Kazan on June 10 and discussed "
        "investment. Mr. Zorin noted that the New Northern Policy remains the main framework "
        "for projects from shipbuilding to fisheries.",
    ))
    assert [r["topics"] for r in rows] == [{"investment"}]


def test_the_field_a_degree_teaches_is_no_topic(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Universities sign agreement",
        "Date 2020-06-11",
        "Rector Lim Sang-woo and Rector Pavel Zorin signed an agreement on cooperation in "
        "education in Kazan on June 10. The universities will open a double-degree program in "
        "international trade and logistics.",
    ))
    assert [r["topics"] for r in rows] == [{"education"}]


def test_digital_technologies_and_electronic_voting_are_ict_alone(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Election bodies meet",
        "Date 2020-06-11",
        "Chairman Lim Sang-woo and Chairman Pavel Zorin met in Kazan on June 10 and discussed "
        "the use of digital technologies and electronic voting.",
    ))
    assert [r["topics"] for r in rows] == [{"ict"}]


def test_what_a_channel_meeting_endorsed_is_that_meetings_topic(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Foresters plant trees",
        "Date 2019-05-20",
        "Director Pavel Zorin and President Lim Sang-woo planted trees in Yuzhno-Sakhalinsk on "
        "May 18. Waste recycling was endorsed at the 8th meeting of the Korea-Russia "
        "Joint Committee on Forestry Cooperation, held in Seoul in March 2019.",
    ))
    topics = {r["mechanism"]: r["topics"] for r in rows}
    assert "environment" in topics["Korea-Russia Joint Committee on Forestry Cooperation"]
