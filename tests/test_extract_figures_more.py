"""More figures on invented sentences: coordinated modifiers before a counted noun, parts
of a count told with "of whom" or "Of the N ...", life stages of counted animals, dates of
an opening phrase, a base already dated a year back, a run up to "the end of" a month, and
numbers that count nothing (the parts of a document, which one of a series)."""

from __future__ import annotations

from test_extract_orgs_figures import indicators


def test_modifiers_joined_by_and_share_the_counted_noun() -> None:
    rows = indicators("Inspectors checked 420 Korean-flagged cargo and passenger vessels at "
                      "the port from January through April, up from 310 during the same period "
                      "a year ago, and detained 9 of them.")
    assert (420.0, "vessels", "2021-01/2021-04") in rows
    assert (310.0, "vessels", "2020-01/2020-04") in rows
    assert (9.0, "vessels", "2021-01/2021-04") in rows


def test_a_count_of_a_mixed_set_has_no_unit() -> None:
    rows = indicators("As of 3 March 2021, 52 Korean fishing vessels and storage plants were "
                      "listed in the register.")
    assert not any(value == 52.0 for value, _, _ in rows)


def test_parts_told_with_of_whom_and_of_the() -> None:
    rows = indicators("The foundation has so far honoured 9,400 persons as veterans, of whom "
                      "310 served abroad. Of the 2,260 descendants the foundation has traced, "
                      "840 live in Kazakhstan.")
    assert (310.0, "persons", "2021") in rows
    assert (2260.0, "persons", "2021") in rows
    assert (840.0, "persons", "2021") in rows


def test_life_stage_counts_the_animals_named() -> None:
    rows = indicators("The number of Amur leopards in the reserve rose from 40 adults in 2015 "
                      "to 62 adults in 2019.")
    assert (40.0, "individuals", "2015") in rows
    assert (62.0, "individuals", "2019") in rows


def test_date_of_an_opening_phrase_is_not_the_figure_date() -> None:
    rows = indicators("Under the accord signed in Busan last November, Korean boats may catch "
                      "some 31,000 tons of squid, saury and other species in the zone this year.")
    assert (31000.0, "tons", "2021") in rows


def test_previous_year_base_is_shifted_once() -> None:
    rows = indicators("Two-way trade came to $9.2 billion in 2019, down from $11 billion the "
                      "previous year, customs data showed.")
    assert (9.2e9, "USD", "2019") in rows
    assert (1.1e10, "USD", "2018") in rows


def test_count_runs_from_a_start_to_the_end_of_a_month() -> None:
    rows = indicators("In March, the carrier resumed flights on the Irkutsk-Busan route; by the "
                      "end of May, they had carried 4,150 passengers.", date="2021-06-10")
    assert (4150.0, "persons", "2021-03/2021-05") in rows


def test_since_a_start_told_by_its_year() -> None:
    rows = indicators("The company has invested more than $90 million in the factory since "
                      "construction began in 2016.")
    assert (9e7, "USD", "2016/2021") in rows


def test_parts_of_a_document_and_one_of_a_series_count_nothing() -> None:
    rows = indicators("The treaty consists of 14 articles. The yard delivered the first of 6 "
                      "ice-class tankers ordered by the company. Annex (3 pages)")
    assert rows == set()


def test_attracted_projects_take_no_event_day() -> None:
    rows = indicators("The forum opened in Kazan on May 12. The republic has attracted over 25 "
                      "Korean-invested projects, the minister said.")
    assert (25.0, "projects", "2021") in rows


def test_cars_are_vehicles_and_a_part_of_which() -> None:
    rows = indicators("The plant assembled 52,000 vehicles in 2019, of which 18,000 were "
                      "compact cars.")
    assert (52000.0, "vehicles", "2019") in rows
    assert (18000.0, "vehicles", "2019") in rows


def test_a_large_number_word_opening_a_sentence_is_a_count() -> None:
    rows = indicators("Fifteen Korean startups pitched to investors in Kazan on May 14. Two "
                      "Korean startups were invited back.")
    assert (15.0, "startups", "2021-05-14") in rows
    assert not any(value == 2.0 for value, _, _ in rows)


def test_hours_of_content_deaths_and_a_headcount() -> None:
    rows = indicators("In 2019 the broadcaster sold about 1,500 hours of programmes to Kazakh "
                      "channels. The mill has created 200 jobs, bringing the company's headcount "
                      "in the region to about 900. Korea recorded 871 deaths from road accidents "
                      "in 2020.")
    assert (1500.0, "hours", "2019") in rows
    assert any(value == 900.0 and unit == "persons" for value, unit, _ in rows)
    assert (871.0, "persons", "2020") in rows
    rows = indicators("The talks lasted 6 hours in 2020.")
    assert not any(unit == "hours" for _, unit, _ in rows)


def test_a_model_designation_before_the_counted_noun() -> None:
    rows = indicators("The coast guard operates 14 Mi-8 helicopters in 2021.")
    assert (14.0, "helicopters", "2021") in rows


def test_a_committed_cost_is_a_fact() -> None:
    rows = indicators("The new terminal will cost 40 billion won, the port authority said in "
                      "2021.")
    assert any(value == 4e10 and unit == "KRW" for value, unit, _ in rows)


def test_exports_and_imports_split_the_trade_just_told() -> None:
    rows = indicators("Trade between the two regions reached $1.2 billion in 2019. Korean "
                      "exports came to $400 million, while imports reached $800 million.")
    assert (4e8, "USD", "2019") in rows
    assert (8e8, "USD", "2019") in rows


def test_fall_against_a_base_is_also_a_signed_change() -> None:
    rows = indicators("Shipments of Korean auto parts to Russia slid 7.2 percent on-year to "
                      "$610 million in 2020, and the number of buyers was 14% lower than in "
                      "2019.")
    assert (7.2, "percent", "2020") in rows
    assert (-7.2, "percent", "2020") in rows
    assert any(value == -14.0 for value, _, _ in rows)


def test_fall_named_by_a_noun_or_without_a_base_has_only_its_size() -> None:
    rows = indicators("Freight on the route fell by almost 60 percent in 2020, and a decrease "
                      "of 8.5% compared with 2019 was seen in port calls.")
    assert not any(value < 0 for value, _, _ in rows)


def test_a_yield_is_per_hectare() -> None:
    rows = indicators("Farmers harvested 5.1 tonnes per hectare of barley in 2020.")
    assert (5.1, "tonnes per hectare", "2020") in rows


def test_distance_that_places_a_site_is_no_figure() -> None:
    rows = indicators("The new port lies some 60 kilometres south of Nakhodka and will handle "
                      "80 vessels a year.")
    assert not any(value == 60.0 for value, _, _ in rows)


def test_smes_are_companies_and_a_fronted_since_frames_the_sentence() -> None:
    rows = indicators("Since 2017, the agency has trained 1,240 engineers, and 310 Korean SMEs "
                      "have joined its supplier database.")
    assert (1240.0, "persons", "2017/2021") in rows
    assert (310.0, "companies", "2017/2021") in rows


def test_a_scaled_bare_number_counts_the_subject_of_its_clause() -> None:
    rows = indicators("Tourist trips between the two countries fell from about 2.3 million in "
                      "2019 to fewer than 90,000 in 2020.")
    assert (2.3e6, "persons", "2019") in rows
    assert (90000.0, "persons", "2020") in rows


# -- filing lines, designations, notes and weather count nothing ------------------------------


def test_filing_lines_and_attachment_sizes_are_no_figures() -> None:
    body = ("Exports of Korean pears to Russia reached 4,100 tonnes in 2020.\n\n"
            "Attachments: 1. Summary of the talks (English, 5 pages) 2. Photos 6 copies.\n"
            "Photo gallery (15 photos)\n")
    rows = indicators(body)
    assert rows == {(4100.0, "tonnes", "2020")}


def test_hyphened_designation_and_rate_note_are_no_figures() -> None:
    rows = indicators("The KOMSAT-7 satellite lifts off on Monday, and Nuri-2 follows. "
                      "The deal is worth $40 million.\n\n($1 = 1,250.10 won)")
    assert rows == {(40000000.0, "USD", "2021")}


def test_a_temperature_is_no_figure() -> None:
    rows = indicators("The delegation landed in Norilsk at minus 41 degrees.")
    assert rows == set()


def test_other_stories_after_related_articles_are_not_read() -> None:
    rows = indicators("Trade rose 12 percent in 2020.\n\nRelated Articles\n"
                      "- Busan ferry bookings up 40%\n")
    assert rows == {(12.0, "percent", "2020")}


# -- units ---------------------------------------------------------------------------------


def test_measures_of_rain_ice_power_and_air() -> None:
    rows = indicators("The storm dropped 212 mm of rain on Nakhodka in 2020. Lake ice covered "
                      "1.2 million square kilometres in 2019. The plants generated 88.5 billion "
                      "kWh in 2018. The PM2.5 level fell to 21 ㎍/㎥ in 2020.")
    assert (212.0, "mm", "2020") in rows
    assert (1200000.0, "square kilometers", "2019") in rows
    assert (88500000000.0, "kWh", "2018") in rows
    assert (21.0, "µg/m3", "2020") in rows


def test_people_counted_by_their_role_are_persons() -> None:
    rows = indicators("Some 410 contestants and 35 finalists took part in 2019, and 1,900 "
                      "applicants sat the exam in 2018.")
    assert (1900.0, "persons", "2018") in rows


def test_a_bare_count_takes_the_subject_of_its_change() -> None:
    rows = indicators("Parcels are growing fast. Outbound items from Busan totalled more than "
                      "240 thousand last year.")
    assert (240000.0, "items", "2020") in rows


def test_the_base_of_a_multiple_counts_what_the_figure_counts() -> None:
    rows = indicators("Some 52,000 Koreans visited Kazan in 2019, almost double the 27,000 "
                      "recorded in 2016.")
    assert (27000.0, "persons", "2016") in rows


# -- facts in sentences about plans ----------------------------------------------------------


def test_what_a_facility_can_do_and_the_jobs_it_creates_are_facts() -> None:
    rows = indicators("Once finished, the mill will be able to produce 400,000 tonnes of pulp "
                      "a year. The new kiln will add up to 30 million bricks a year to the "
                      "plant's output and create 85 new jobs.")
    assert any(v == 400000.0 for v, _, _ in rows)
    assert any(v == 30000000.0 and u == "bricks" for v, u, _ in rows)
    assert any(v == 85.0 and u == "jobs" for v, u, _ in rows)


def test_the_past_base_of_a_planned_rise_was_reached() -> None:
    rows = indicators("Output is expected to rise from about 21,000 tonnes in 2019 to 35,000 "
                      "tonnes a year.")
    assert (21000.0, "tonnes", "2019") in rows


def test_a_sum_joined_to_its_noun_prices_the_thing() -> None:
    rows = indicators("The port hopes to grow as its hub, a 2.3 trillion-won storage complex, "
                      "comes on stream.")
    assert any(v == 2.3e12 and u == "KRW" for v, u, _ in rows)


def test_a_past_change_told_by_a_name_holding_plan_is_a_fact() -> None:
    rows = indicators("The ministry presented the Master Plan on Clean Air, noting that the "
                      "PM10 level fell to 36 ㎍/㎥ in 2020 from 41 ㎍/㎥ in 2019.")
    assert (36.0, "µg/m3", "2020") in rows


# -- periods ---------------------------------------------------------------------------------


def test_a_change_summing_up_a_move_spans_its_years() -> None:
    rows = indicators("Joint patents rose from 220 in 2015 to 410 in 2019, an increase of "
                      "about 86 percent. The level fell to 18 ㎍/㎥ in 2020 from 22 ㎍/㎥ in "
                      "2019, a 18.2% decrease.")
    assert (86.0, "percent", "2015/2019") in rows
    assert (18.2, "percent", "2020") in rows


def test_months_with_a_year_of_their_own_do_not_narrow_the_year_before() -> None:
    rows = indicators("The number of parcels reached 3.1 million in 2019, and in January-May "
                      "2020 the flow grew by 12% year-on-year.")
    assert not any(p == "2019-01/2019-05" for _, _, p in rows)
    assert (3100000.0, "parcels", "2019") in rows


def test_a_share_of_the_total_takes_the_period_of_the_total() -> None:
    rows = indicators("Builders won orders worth $9.1 billion in January-May. Orders from "
                      "Central Asia accounted for 14 percent of the total.")
    assert (14.0, "percent", "2021-01/2021-05") in rows


def test_a_pronoun_going_on_in_the_past_keeps_the_date() -> None:
    rows = indicators("About 12,400 Russian patients were treated in Busan in 2019, and they "
                      "spent an average of KRW 2.9 million each.")
    assert (2900000.0, "KRW", "2019") in rows


def test_a_fronted_year_without_its_comma_frames_the_sentence() -> None:
    rows = indicators("In 2019 Korean reactors generated 146 billion kWh, and the regulator "
                      "carried out 830 inspections at nuclear sites.")
    assert (830.0, "inspections", "2019") in rows


def test_the_base_of_a_coming_rise_is_the_present_count() -> None:
    rows = indicators("The number of buoys sharing data will rise from 80 to 140 next year.")
    assert (80.0, "buoys", "2021") in rows


def test_a_near_hedged_count_that_is_no_rounding_is_kept() -> None:
    rows = indicators("Some 52,300 Koreans visited Kazan in 2020. The number of Russian "
                      "travellers to Busan grew faster, reaching some 51,000 last year.")
    assert (52300.0, "persons", "2020") in rows
    assert (51000.0, "persons", "2020") in rows
    rows = indicators("Trade reached $24.84 billion in 2020. At nearly $25 billion in 2020, "
                      "it was a record.")
    assert not any(v == 25e9 for v, _, _ in rows)


def test_a_range_gives_both_ends_with_the_shared_scale_and_currency() -> None:
    rows = indicators("The fund backed projects with a ticket of $5–40 million each. A "
                      "bottle sold for 12,000-15,000 won.")
    assert (5e6, "USD", "2021") in rows
    assert (4e7, "USD", "2021") in rows
    assert (12000.0, "KRW", "2021") in rows
    assert (15000.0, "KRW", "2021") in rows


def test_ships_that_made_transits_count_voyages() -> None:
    rows = indicators("Last year 21 vessels completed transit voyages on the route. Only three "
                      "of last year's 21 transits called at a Korean port.")
    assert (21.0, "voyages", "2020") in rows
    assert (3.0, "voyages", "2020") in rows
    assert not any(unit == "vessels" for _, unit, _ in rows)


def test_time_zones_of_a_profile_are_no_figure() -> None:
    rows = indicators("The carrier serves 3 million retail clients across nine time zones and "
                      "8 time zones of its network.")
    assert (3e6, "persons", "2021") in rows
    assert not any(unit == "zones" for _, unit, _ in rows)


# -- pass 25: bases after a percent sign, parts, modifiers in -ss, spelled teens ----------


def test_base_after_a_percent_sign_counts_the_same_noun() -> None:
    rows = indicators("Last year the embassy issued 12,340 permits to Korean engineers, up "
                      "9.5% from 11,270 in 2019.")
    assert (11270.0, "permits", "2019") in rows


def test_including_a_bare_number_is_a_part_of_the_count() -> None:
    rows = indicators("Between May 2019 and March 2021, about 48,000 foreign nationals crossed "
                      "the border at Pogranichny, including some 6,100 in March 2021 alone.")
    assert (6100.0, "persons", "2021-03") in rows


def test_a_modifier_ending_in_ss_is_not_the_counted_noun() -> None:
    rows = indicators("In April 2021 the Korean delegates held 640 business negotiations with "
                      "buyers from Kazan.")
    assert (640.0, "negotiations", "2021-04") in rows


def test_a_spelled_teen_opening_the_sentence_is_a_count() -> None:
    rows = indicators("The Tomsk region welcomes Korean investors. Seventeen companies with "
                      "Korean capital operate in the region.")
    assert (17.0, "companies", "2021") in rows


def test_makers_and_suppliers_are_companies() -> None:
    rows = indicators("In March 2021 the pavilion hosted 38 Korean machine-tool makers and the "
                      "fair hosted 120 Russian suppliers.")
    assert (38.0, "companies", "2021-03") in rows
    assert (120.0, "companies", "2021-03") in rows


def test_a_count_whose_members_are_named_after_it_is_no_figure() -> None:
    rows = indicators("Korea's three largest-capacity steel producers, Alpha Steel, Beta Metal "
                      "and Gamma Works, signed the letter in 2020.")
    assert not any(value == 3.0 for value, _, _ in rows)


def test_a_ratio_is_no_count() -> None:
    rows = indicators("In May 2021 Korean firms held 1:1 video meetings with Russian buyers.")
    assert not any(value == 1.0 for value, _, _ in rows)


def test_a_count_opening_a_clause_with_a_future_verb_is_no_observation() -> None:
    rows = indicators("The agency will hold the third online fair from June 7 to 11. Forty "
                      "Korean SMEs in the fields of food and cosmetics will meet Russian buyers.")
    assert not any(value == 40.0 for value, _, _ in rows)


def test_a_count_of_what_happened_before_a_future_relative_clause_stays() -> None:
    rows = indicators("About 300 guests attended the opening of the centre in May 2021, which "
                      "will serve Korean patients.")
    assert (300.0, "persons", "2021-05") in rows


def test_bare_m_after_a_currency_is_million() -> None:
    rows = indicators("In March alone, deliveries amounted to $12.5m, while the wall is 5m high.")
    assert (12.5e6, "USD", "2021-03") in rows
    assert not any(unit == "USD" and value == 12.5 for value, unit, _ in rows)


def test_a_fall_from_a_base_amount_is_also_a_signed_change() -> None:
    rows = indicators("Fish exports to Japan reached $4.2 bn in 2020, down 12.5% from $4.8 bn "
                      "in 2019.")
    assert (-12.5, "percent", "2020") in rows
    assert (12.5, "percent", "2020") in rows


def test_the_value_of_a_deal_signed_on_a_weekday_or_in_a_month() -> None:
    rows = indicators("The order, worth 98.4 billion won, was signed in Busan on Monday, the "
                      "shipyard said.", date="2021-05-20")
    assert (98400000000.0, "KRW", "2021-05-17") in rows
    rows = indicators("The builder signed the contract with the port authority in March 2016. "
                      "The contract was worth about $310 million.", date="2021-05-20")
    assert (310000000.0, "USD", "2016-03") in rows


def test_ships_and_cars_keep_their_noun() -> None:
    rows = indicators("The yard delivered 12 ships and the plant built 56,000 cars in 2020.")
    assert (12.0, "ships", "2020") in rows
    assert (56000.0, "cars", "2020") in rows


def test_a_game_drew_spectators_on_the_weekday_of_the_lead() -> None:
    rows = indicators("The home side beat the visitors 3-1 in a friendly in Kazan on Saturday, "
                      "extending its unbeaten run to seven games in all competitions. The "
                      "match drew 21,300 spectators.", date="2021-05-20")
    assert (21300.0, "persons", "2021-05-15") in rows


def test_the_value_of_a_deal_over_a_term_of_years_is_for_that_term() -> None:
    rows = indicators("The utility signed a long-term contract for the supply of pellets in "
                      "2023-2027. The document was signed at the fair. The parties met the "
                      "press. The ceremony was brief. The total value of the contract is "
                      "estimated at $85 million.", date="2021-05-20")
    assert (85000000.0, "USD", "2023/2027") in rows


def test_the_first_two_of_a_series_is_no_count() -> None:
    rows = indicators("The yard will build six tankers in 2022. The first two tankers will be "
                      "named after polar explorers.")
    assert not any(value == 2.0 for value, _, _ in rows)
    assert (6.0, "tankers", "2022") in rows or any(v == 6.0 for v, _, _ in rows)


def test_a_rounded_figure_right_after_an_exact_one_is_another_subjects() -> None:
    rows = indicators("The Kazan airport served 4.12 million passengers in 2019. The Samara "
                      "airport, for its part, served about 4.1 million passengers in 2019.")
    # told of the same party, the rounded figure is a retelling (see the test above)
    values = {round(value) for value, unit, period in rows if period == "2019"}
    assert {4120000, 4100000} <= values


def test_service_kinds_before_the_counted_noun() -> None:
    rows = indicators("The operator had 4.1 million pay-TV subscribers and 900,000 5G "
                      "subscribers in 2020.")
    values = {round(v) for v, unit, p in rows if unit == "subscribers" and p == "2020"}
    assert {4100000, 900000} <= values


def test_cars_counted_with_other_vehicles_are_vehicles() -> None:
    rows = indicators("Some 640,000 new passenger cars and light commercial vehicles were sold "
                      "in the region in 2020.")
    assert (640000.0, "vehicles", "2020") in rows
