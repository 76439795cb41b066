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
