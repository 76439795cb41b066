"""Figure periods and targets on invented sentences: the date of what a figure is
compared with is not its own; "since 2015" is an interval; a pledged sum is a fact."""

from __future__ import annotations

from rdflib import RDF
from test_extract_orgs_figures import _graph, indicators

from kg.namespaces import KGO


def test_the_year_compared_with_is_not_the_period() -> None:
    rows = indicators("In 2019 the island received 12,300 visitors from Korea, 14% more than "
                      "in 2018. Freight reached 3.1 mln tonnes in 2020, up 40% from 2.2 mln "
                      "tonnes in 2019.")
    assert (12300.0, "persons", "2019") in rows
    assert (14.0, "percent", "2019") in rows
    assert (40.0, "percent", "2020") in rows
    assert (2200000.0, "tonnes", "2019") in rows


def test_same_period_of_last_year_is_a_base() -> None:
    rows = indicators("Exports in January-May 2021 amounted to 2.1 billion US dollars, which "
                      "is 8.5% more than in the same period of last year.")
    assert (8.5, "percent", "2021-01/2021-05") in rows


def test_first_half_of_the_year_is_the_release_year() -> None:
    rows = indicators("Trade came to US$4.2 billion in the first half of the year.")
    assert (4.2e9, "USD", "2021-01/2021-06") in rows


def test_since_a_year_runs_to_the_release_year() -> None:
    rows = indicators("The agency said Korean firms have invested about $300 million in the "
                      "region since 2016.")
    assert (3e8, "USD", "2016/2021") in rows


def test_date_in_an_aside_is_not_the_figure_date() -> None:
    rows = indicators("The fair, launched in 2012 to promote exports, drew some 4,000 "
                      "visitors.")
    assert (4000.0, "persons", "2021") in rows


def test_pledged_sum_is_a_fact_not_a_target() -> None:
    rows = indicators("Under the deal, the bank will provide USD 3 billion in loans and will "
                      "pay fees of about 2 billion won.")
    assert (3e9, "USD", "2021") in rows
    assert (2e9, "KRW", "2021") in rows


def test_number_of_people_counts_persons() -> None:
    rows = indicators("The minister said the number of people visiting the island had grown "
                      "from about 120,000 in 2017 to around 310,000 in 2019.")
    assert (120000.0, "persons", "2017") in rows
    assert (310000.0, "persons", "2019") in rows


def test_months_named_as_a_period_of_the_year() -> None:
    rows = indicators("Port traffic came to 41,500 TEUs in the February-July period of this "
                      "year.")
    assert (41500.0, "TEU", "2021-02/2021-07") in rows


def test_over_the_past_years_counts_back_from_the_release() -> None:
    rows = indicators("Over the past three years, the two cities hosted 95 exhibitions.")
    assert (95.0, "exhibitions", "2019/2021") in rows


def test_a_supply_deal_volume_is_a_term_not_a_goal() -> None:
    rows = indicators("Under the contract, the trader will supply up to 3 mln tonnes of grain "
                      "per year to the mill.")
    assert any(v == 3e6 and u == "tonnes per year" for v, u, _ in rows)


def test_a_records_base_year_is_not_shared_by_the_next_clause() -> None:
    rows = indicators("Freight reached 3.2 mln tonnes in 2020, the highest since the port "
                      "opened in 1994, while the number of people using the ferry surpassed "
                      "90,000.")
    assert (90000.0, "persons", "2020") in rows


def test_market_quotes_and_admission_prices_are_not_figures() -> None:
    assert indicators("Shares of Hanbit Marine closed 1.8 percent higher at 4,200 won.") == set()
    assert indicators("Taebaek Steel shares were down 0.9% at 18,450 won in Seoul.") == set()
    assert indicators("Urals crude traded at $61.30 a barrel on Friday.") == set()
    assert indicators("Admission is 12,000 won ($10) for adults.") == set()
    rows = indicators("Shares of Hanbit Marine rose 3 percent after it won a 900 billion won "
                      "order for two tankers.")
    assert any(value == 9e11 and unit == "KRW" for value, unit, _ in rows)


def test_scale_joined_to_the_currency_by_a_hyphen() -> None:
    rows = indicators("The shipbuilder won a 1.5 trillion-won order on Monday.",
                      date="2021-05-20")
    assert any(value == 1.5e12 and unit == "KRW" for value, unit, _ in rows)


def test_percent_on_a_year_is_the_base_year() -> None:
    rows = indicators("In 2020, trade between the two regions amounted to USD 2.3 billion, up "
                      "4.5% on 2019.", date="2021-05-20")
    assert (2.3e9, "USD", "2020") in rows


def test_event_days_are_the_period_of_its_attendance() -> None:
    rows = indicators("The fair is running in Kazan on June 8-9 and has brought together more "
                      "than 2,400 participants from 41 countries.")
    assert (2400.0, "persons", "2021-06-08/2021-06-09") in rows
    assert (41.0, "countries", "2021-06-08/2021-06-09") in rows


def test_countries_owning_another_count_are_not_counted() -> None:
    rows = indicators("The president received the credentials of the ambassadors of 12 "
                      "countries.")
    assert not any(unit == "countries" for _, unit, _ in rows)


def test_since_a_month_runs_to_the_release_month() -> None:
    rows = indicators("The two cities have held more than 80 joint events since March 2020.")
    assert (80.0, "events", "2020-03/2021-05") in rows


def test_contrast_clause_does_not_share_the_base_date() -> None:
    rows = indicators("The number of interns rose to 900 last year from 300 in 2016, while "
                      "some 450 engineers worked at the plant.")
    assert (900.0, "persons", "2020") in rows
    assert (300.0, "persons", "2016") in rows
    assert (450.0, "persons", "2020") in rows


def test_base_a_year_earlier_is_the_same_months_a_year_back() -> None:
    rows = indicators("The farms shipped 12,400 tons of wheat in the first nine months of 2020, "
                      "up 15 percent from 10,800 tons a year earlier.")
    assert (12400.0, "tons", "2020-01/2020-09") in rows
    assert (15.0, "percent", "2020-01/2020-09") in rows
    assert (10800.0, "tons", "2019-01/2019-09") in rows


def test_grown_to_reach_is_an_observation() -> None:
    rows = indicators("The envoy said exports had grown by 12% in 2020 to reach $3.4 billion.")
    assert (3.4e9, "USD", "2020") in rows


def test_breakdown_of_a_coming_period_shares_it() -> None:
    rows = indicators("Vessels will be allowed to catch 30,100 tons in the zone in 2022. By "
                      "species, the quota includes 15,000 tons of cod and 2,000 tons of crab. "
                      "The quota for herring was kept at 5,000 tons. A total of 30 vessels "
                      "will be permitted to fish there.")
    for value in (30100.0, 15000.0, 2000.0, 5000.0):
        assert (value, "tons", "2022") in rows
    assert (30.0, "vessels", "2022") in rows


def test_undated_sentence_after_a_past_figure_keeps_the_release_year() -> None:
    rows = indicators("Exports reached 2,000 tons in 2019. The quota includes 500 tons of cod.")
    assert (500.0, "tons", "2021") in rows


def test_learners_are_persons() -> None:
    rows = indicators("The centres teach about 1,300 learners in 2020.")
    assert (1300.0, "persons", "2020") in rows


def test_attendance_takes_the_days_of_the_event() -> None:
    rows = indicators("The first Baltic Youth Forum took place in Sokcho from March 3 to 4. "
                      "Some 350 students and teachers attended the forum.")
    assert (350.0, "persons", "2021-03-03/2021-03-04") in rows


def test_attendance_on_a_weekday_before_the_release_date() -> None:
    rows = indicators("Companies signed five deals at an investment forum in Kazan on Tuesday, "
                      "the ministry said. The forum brought together about 260 business "
                      "people.", date="2021-05-20")
    assert (260.0, "persons", "2021-05-18") in rows


def test_filing_day_of_a_dateline_is_not_the_event_day() -> None:
    rows = indicators("KAZAN, May 20 (Yonhap) -- The minister arrived on Tuesday for the fair, "
                      "which runs through Friday. The fair brought together some 9,000 "
                      "participants.", date="2021-05-20")
    assert (9000.0, "persons", "2021") in rows


def test_years_between_are_an_interval() -> None:
    rows = indicators("Some 52,000 Korean tourists visited the island between 2015 and 2019. "
                      "In 2016-2017, two test runs carried about 8,000 tons of grain.")
    assert (52000.0, "persons", "2015/2019") in rows
    assert (8000.0, "tons", "2016/2017") in rows


def test_base_of_a_change_counts_what_the_figure_counts() -> None:
    rows = indicators("In 2020, 9,100 Russian students studied in Korea, up 12 percent from "
                      "8,125 the year before.")
    assert (9100.0, "persons", "2020") in rows
    assert (8125.0, "persons", "2019") in rows


def test_subject_of_an_ing_change_gives_the_unit() -> None:
    rows = indicators("Ties deepened, with mutual visits increasing by 18% to some 230,000 "
                      "in 2019.")
    assert (230000.0, "persons", "2019") in rows


def test_that_year_is_the_year_named_before() -> None:
    rows = indicators("Exports topped $3.1 billion in 2019, and the number of mutual visits "
                      "reached 540,000 that year.")
    assert (540000.0, "persons", "2019") in rows


def test_count_of_a_list_that_follows_is_not_a_figure() -> None:
    rows = indicators("The governor presented three projects: a sawmill in Amursk, a port and "
                      "a hotel. The region hosts 14 Korean companies.")
    assert not any(unit == "projects" for _, unit, _ in rows)
    assert (14.0, "companies", "2021") in rows


def test_share_of_a_named_party_shares_the_period() -> None:
    rows = indicators("Exports of the province grew by 9% in 2019 to $2.3 billion, and Japan "
                      "accounted for about 15% of them.")
    assert (15.0, "percent", "2019") in rows


def test_as_of_the_end_of_a_month_is_that_month() -> None:
    rows = indicators("He said Korean firms were running 14 projects worth US$200 million in "
                      "the zone as of the end of March.")
    assert (14.0, "projects", "2021-03") in rows
    assert (2e8, "USD", "2021-03") in rows


def test_number_before_a_superlative_ranks_and_counts_nothing() -> None:
    rows = indicators("The carrier is one of the world's five biggest shipping companies and "
                      "moved 2,000 containers last month.")
    assert not any(value == 5.0 for value, _, _ in rows)


def test_undated_change_goes_on_with_the_period_just_told() -> None:
    rows = indicators("Two-way trade reached $12.5 billion in 2017, up 8 percent from a year "
                      "earlier. Exports rose 4.1 percent on-year to $5.2 billion, while imports "
                      "climbed 11 percent to $7.3 billion. In November alone, trade came to "
                      "$1.1 billion. Shipments of tyres also grew, rising 20 percent to $300 "
                      "million.", date="2018-02-10")
    for value, unit in ((4.1, "percent"), (5.2e9, "USD"), (11.0, "percent"), (7.3e9, "USD"),
                        (20.0, "percent"), (3e8, "USD")):
        assert (value, unit, "2017") in rows
    assert (1.1e9, "USD", "2017-11") in rows


def test_a_month_after_the_release_told_as_past_is_last_years() -> None:
    rows = indicators("In December alone, exports came to $410 million. Last year's fair, held "
                      "in October, drew about 300 visitors.", date="2018-02-10")
    assert (4.1e8, "USD", "2017-12") in rows
    assert (300.0, "persons", "2017-10") in rows


def test_a_rounded_lead_figure_told_exactly_later_is_one_fact() -> None:
    rows = indicators("Trade jumped more than 20 percent last year. Trade reached $9 billion in "
                      "2020, up 20.4 percent from a year earlier.")
    assert (20.4, "percent", "2020") in rows
    assert not any(value == 20.0 for value, _, _ in rows)


def test_part_of_a_count_counts_the_same_things() -> None:
    rows = indicators("The agency received 48 applications last year and approved 31 of them.")
    assert (31.0, "applications", "2020") in rows


def test_price_of_what_a_deal_builds_is_a_fact() -> None:
    rows = indicators("Under the deal, a Korean firm will build a cold storage warehouse in the "
                      "port for 1.3 bln rubles.")
    assert (1.3e9, "RUB", "2021") in rows


def test_residents_of_a_zone_are_its_firms() -> None:
    rows = indicators("As of May 1, 2021, the Zarechny industrial park has 57 residents. The "
                      "town has 9,000 residents.")
    assert (57.0, "residents", "2021-05-01") in rows
    assert (9000.0, "persons", "2021") in rows


def test_capacity_of_a_plant_to_be_built_is_a_fact() -> None:
    rows = indicators("The terminal, to open in 2024, will have a capacity of 45,000 tons of "
                      "grain per year.")
    assert (45000.0, "tons", "2021") in rows or (45000.0, "tons", "2024") in rows


def test_cubic_meters_are_a_unit() -> None:
    rows = indicators("Exports of timber reached 2.4 million cubic meters in 2020.")
    assert (2.4e6, "cubic meters", "2020") in rows


def test_a_named_people_before_the_counted_noun() -> None:
    rows = indicators("This year 85 elderly Kuril Ainu and their families moved to Hokkaido.")
    assert not any(unit == "persons" for _, unit, _ in rows)  # "families" is no count noun
    rows = indicators("This year 85 elderly Sakhalin Koreans returned to their home towns.")
    assert (85.0, "persons", "2021") in rows


def test_months_followed_by_the_year_they_belong_to() -> None:
    rows = indicators("Exports rose 12.4% on-year to 4.2 trillion won in January-November last "
                      "year.", date="2022-02-15")
    assert (4.2e12, "KRW", "2021-01/2021-11") in rows


def test_months_after_the_release_told_as_past_are_last_years() -> None:
    rows = indicators("In January-September, exports to Russia jumped 37% on-year.",
                      date="2022-02-15")
    assert (37.0, "percent", "2021-01/2021-09") in rows


def test_part_of_the_total_just_told_shares_its_period() -> None:
    rows = indicators("Cargo on the route hit a record 33 million tonnes in 2019. Of this, "
                      "Korean carriers moved about 1.2 million tonnes.")
    assert (1.2e6, "tonnes", "2019") in rows


def test_the_things_just_counted_named_again_share_the_period() -> None:
    rows = indicators("Over the past two years, the partners staged 96 concerts in 14 cities. "
                      "Many moved online, and the concerts drew a total of 1.2 million viewers.")
    assert (1.2e6, "persons", "2020/2021") in rows


def test_a_year_of_history_dates_its_clause() -> None:
    rows = indicators("In 1944, about 43,000 Koreans were stranded on the island after the war. "
                      "The museum welcomed 2,500 visitors, most of them deported to Central "
                      "Asia in 1937 by rail.")
    assert (43000.0, "persons", "1944") in rows
    assert (2500.0, "persons", "2021") in rows


def test_a_base_of_change_counts_capitalised_people() -> None:
    rows = indicators("The scholarship scheme brought 310 young Koreans to Siberian universities "
                      "this year, up from 120 in 2018.")
    assert (310.0, "persons", "2021") in rows
    assert (120.0, "persons", "2018") in rows


def test_tonnes_per_year_is_a_rate() -> None:
    rows = indicators("The terminal handles 250,000 tonnes of crab, pollock and herring per "
                      "year. Last year it shipped 90,000 tonnes of fish.")
    assert (250000.0, "tonnes per year", "2021") in rows
    assert (90000.0, "tonnes", "2020") in rows


def test_capitalised_scale_of_a_headline() -> None:
    rows = indicators("Bank Signs US$3 Billion Facility With Moscow Lender")
    assert (3e9, "USD", "2021") in rows
    assert (3.0, "USD", "2021") not in rows


def _label(sentence: str, number: str, end_word: str) -> str:
    from kg.extract.figure_labels import figure_label

    start = sentence.index(number)
    end = sentence.index(end_word, start) + len(end_word)
    return figure_label(sentence, 0, start, end, len(sentence), amount=end_word == number or
                        end_word in ("billion", "million", "Billion", "Million"))


def test_indicator_is_a_noun_phrase_not_a_clause() -> None:
    assert _label("The mill will have a drying capacity of 9,000 tonnes.", "9,000",
                  "tonnes") == "drying capacity"
    assert _label("Farm exports to Japan rose 8 percent.", "8", "percent") == \
        "Farm exports to Japan"
    assert _label("The bank said the fund had attracted 300 investors.", "300",
                  "investors") == "fund"
    assert _label("In 1950, more than 9,000 Koreans working in the mines were sent home.",
                  "9,000", "Koreans") == "Koreans working in the mines"
    assert _label("Lender Opens $2 Billion Credit Line with Port", "$2", "Billion") == \
        "Lender Credit Line"
    assert _label("Rosneft agreed a $400 million loan with the bank.", "$400", "million") == \
        "loan"


def test_an_observed_count_after_a_plan_is_a_fact() -> None:
    rows = indicators("The ministers agreed to expand tourism, noting that the number of tourists "
                      "between the two regions exceeded 48,000 last year.")
    assert (48000.0, "persons", "2020") in rows


def test_an_amount_bought_per_year_is_no_capacity() -> None:
    rows = indicators("The utility buys about 800,000 tonnes of coal per year from the mine.")
    assert (800000.0, "tonnes", "2021") in rows


def test_last_year_and_over_the_same_year_are_the_year_before() -> None:
    rows = indicators("Officials said trademark applications filed by Korean firms with the "
                      "office reached 2,310 last year, up 12 percent from 2018, and that Russian "
                      "firms filed 415 applications with the agency over the same year.")
    assert (2310.0, "applications", "2020") in rows
    assert (415.0, "applications", "2020") in rows


def test_as_of_a_month_before_a_comma_is_that_month() -> None:
    rows = indicators("The ministry noted that, as of the end of March, 57 Russian nationals "
                      "were believed to be staying in Korea illegally.")
    assert (57.0, "persons", "2021-03") in rows


def test_count_since_a_start_told_before_runs_to_the_month_it_stands_at() -> None:
    rows = indicators("The scheme has operated as a pilot program since March 2019. As of the "
                      "end of April, the agencies had received a total of 860 PPH requests "
                      "since the pilot program started.")
    assert (860.0, "requests", "2019-03/2021-04") in rows


def test_number_in_words_as_the_base_of_a_change() -> None:
    rows = indicators("The number of joint customs notifications reached 11 last year, "
                      "compared with four in 2018.")
    assert (11.0, "notifications", "2020") in rows
    assert (4.0, "notifications", "2018") in rows
    rows = indicators("The number of joint customs notifications reached 11 last year, "
                      "compared with two years earlier.")
    assert not any(value == 2.0 for value, _, _ in rows)


def test_contrast_told_in_the_present_is_of_the_release_year() -> None:
    rows = indicators("Russian students in Korea numbered 3,100 as of March this year, while "
                      "some 900 Korean students are enrolled at Russian universities.")
    assert (3100.0, "persons", "2021-03") in rows
    assert (900.0, "persons", "2021") in rows


def test_history_aside_since_its_launch_does_not_date_the_figure() -> None:
    rows = indicators("The Harbour Expo, the fifth edition of the show since its launch in "
                      "2015, drew about 350 exhibitors.")
    assert (350.0, "exhibitors", "2021") in rows


def test_first_days_of_a_fair_run_from_its_opening_weekday() -> None:
    rows = indicators("The fair opened in Kazan on Monday and runs through Friday. During the "
                      "first three days of the fair, Korean exhibitors signed deals worth "
                      "US$45 million, the agency said Thursday.")
    assert (4.5e7, "USD", "2021-05-17/2021-05-19") in rows


def test_what_a_planned_terminal_is_to_handle_is_a_target() -> None:
    rows = indicators("Talks covered a coal terminal in Vanino, which is to handle up to 5 mln "
                      "tonnes of coal per year. KOTRA brought 30 local manufacturers.")
    assert not any(value == 5e6 for value, _, _ in rows)
    assert any(value == 30.0 and unit == "companies" for value, unit, _ in rows)
    rows = indicators("Korean yards have built 12 ice-class LNG carriers for the project.")
    assert any(value == 12.0 and unit == "vessels" for value, unit, _ in rows)
    rows = indicators("Buyers see the firm as a key partner for the Baltic LNG 2 volumes.")
    assert not any(value == 2.0 for value, _, _ in rows)


# -- spans written as two dates ---------------------------------------------------------------


def test_between_a_year_and_last_year_is_a_span() -> None:
    rows = indicators("Between 2015 and last year, 62 Russian lawyers completed internships in "
                      "Seoul, while 21 Korean lawyers studied in Kazan.", date="2019-04-02")
    assert (62.0, "persons", "2015/2018") in rows
    assert (21.0, "persons", "2015/2018") in rows


def test_from_a_month_to_a_month_is_a_span() -> None:
    rows = indicators("From March 2016 to October 2018, the two customs services handled 2,340 "
                      "requests.", date="2019-01-10")
    assert (2340.0, "requests", "2016-03/2018-10") in rows


def test_since_a_start_through_the_end_of_last_year() -> None:
    rows = indicators("Since the clinic opened a branch in Tomsk in May 2016, its staff have "
                      "treated 3,400 patients through the end of last year.", date="2019-02-11")
    assert (3400.0, "persons", "2016-05/2018-12") in rows


def test_a_base_figure_between_two_years_is_no_span() -> None:
    rows = indicators("Shipments rose from 2,100 tons in 2015 to 3,900 tons in 2018.",
                      date="2019-02-11")
    assert (2100.0, "tons", "2015") in rows
    assert (3900.0, "tons", "2018") in rows


def test_voyage_told_by_departure_and_return_dates() -> None:
    rows = indicators("The icebreaker left Murmansk on June 3 and returned there on June 30 "
                      "after sailing some 7,500 km. In all, 42 scientists took part in the "
                      "voyage.", date="2020-07-15")
    assert (7500.0, "km", "2020-06-03/2020-06-30") in rows
    assert (42.0, "persons", "2020-06-03/2020-06-30") in rows


def test_the_same_year_of_the_sentence_before() -> None:
    rows = indicators("Exports of Korean ramen to Russia reached $31 million in 2017. Exports of "
                      "Korean snacks came to $12.5 million in the same year.", date="2018-05-02")
    assert (12500000.0, "USD", "2017") in rows


def test_more_than_a_number_of_days_is_no_base() -> None:
    rows = indicators("About 6,200 Koreans were living in Russia for more than 180 days as of "
                      "the end of 2017.", date="2018-06-01")
    assert (6200.0, "persons", "2017") in rows


def test_an_event_that_drew_visitors_is_of_its_days() -> None:
    rows = indicators("The festival ran in Kazan from Sept. 9 to 15. It drew about 12,000 "
                      "visitors over the week.", date="2020-10-01")
    assert (12000.0, "persons", "2020-09-09/2020-09-15") in rows


def test_an_n_day_fair_that_ended_on_a_weekday() -> None:
    # 2019-03-14 was a Thursday
    rows = indicators("Exporters signed deals worth $2.3 million during a three-day food fair "
                      "that ended in Omsk on Thursday.", date="2019-03-15")
    assert (2300000.0, "USD", "2019-03-12/2019-03-14") in rows


def test_counted_occupations_are_persons() -> None:
    rows = indicators("Some 120 sailors, 14 judges and 25 auditors took part in 2019.",
                      date="2020-01-10")
    assert (120.0, "persons", "2019") in rows
    assert (14.0, "persons", "2019") in rows
    assert (25.0, "persons", "2019") in rows


def test_a_deck_line_restating_a_count_in_other_words_is_dropped() -> None:
    rows = indicators("Clinic reports its pilot logged 800 remote sessions\n\nThe clinic said "
                      "its doctors held 800 remote consultations in 2020.", date="2021-02-01")
    assert rows == {(800.0, "consultations", "2020")}


def _labels(body: str, date: str = "2021-05-20") -> dict[float, str]:
    """The indicator label of each figure, by value."""
    triples = _graph(body, date=date)
    obs = {s for s, p, o in triples if p == RDF.type and o == KGO.Observation}
    values = {s: float(o) for s, p, o in triples if s in obs and p == KGO.value}
    return {values[s]: str(o) for s, p, o in triples if s in obs and p == KGO.indicator}


def test_label_names_what_is_counted_not_a_clause_fragment() -> None:
    labels = _labels("Last year 64 Russian nurses trained in Daegu, while 23 Korean nurses "
                     "worked in Kazan. A total of 48 researchers joined the voyage, including "
                     "11 scientists from Tomsk.")
    assert labels[23.0] == "Korean nurses"
    assert labels[11.0] == "scientists from Tomsk"


def test_fronted_date_frames_every_clause_of_its_sentence() -> None:
    rows = indicators("In 2019, Sakhalin farmers harvested about 12,000 tonnes of potatoes, and "
                      "the island exported 3.2 tonnes of caviar.")
    assert (3.2, "tonnes", "2019") in rows
    rows = indicators("In 2019, the port handled 3,000 vessels, and the region now hosts 35 "
                      "Korean companies.")
    assert (35.0, "companies", "2021") in rows


def test_percent_on_a_year_written_per_cent() -> None:
    rows = indicators("Port revenue in 2019 amounted to 4.5 billion roubles, up 12 per cent on "
                      "2018.")
    assert (4.5e9, "RUB", "2019") in rows
    assert (12.0, "percent", "2019") in rows


def test_a_day_later_in_the_clause_narrows_the_year() -> None:
    rows = indicators("The first shipment of Korean rice this year, 2,000 tonnes, reached the "
                      "port of Nakhodka aboard the carrier Ocean Star on 4 March.")
    assert (2000.0, "tonnes", "2021-03-04") in rows
    rows = indicators("This year the mill produced 5,000 tonnes of pulp for export markets "
                      "across Asia and Europe, the ministry said on 4 March.")
    assert (5000.0, "tonnes", "2021") in rows


def test_years_told_by_length_and_first_year() -> None:
    rows = indicators("The programme will cost about 3.1 billion won over four years from "
                      "2022, the agency said.")
    assert (3.1e9, "KRW", "2022/2025") in rows
    rows = indicators("The survey will be funded with KRW 1.2 billion over three years "
                      "(2021-2023), while the institute will provide data.")
    assert (1.2e9, "KRW", "2021/2023") in rows


def test_counts_of_those_who_came_take_the_event_days() -> None:
    rows = indicators("The agency held trade missions in Kazan (May 11-12) and Samara (May 14). "
                      "A total of 25 Korean food companies took part.")
    assert (25.0, "companies", "2021-05") in rows
    rows = indicators("On May 12, a Korea-Tatarstan investment seminar was held in Kazan. More "
                      "than 30 Korean companies heard presentations on the region.")
    assert (30.0, "companies", "2021-05-12") in rows
    rows = indicators("Investment bankers from Seoul and Moscow met Tuesday to discuss new ways "
                      "of financing joint projects in the Far East. The bankers also toured the "
                      "exchange. About 80 bankers attended the one-day event.")
    assert (80.0, "persons", "2021-05-18") in rows


def test_two_months_joined_by_and_are_one_span() -> None:
    rows = indicators("In March and April, timber exports to Korea reached 41,000 tonnes, a 12 "
                      "percent rise from the same period a year earlier.")
    assert (41000.0, "tonnes", "2021-03/2021-04") in rows
    assert (12.0, "percent", "2021-03/2021-04") in rows


def test_fronted_as_of_month_frames_the_contrasting_clause() -> None:
    rows = indicators("As of the end of April, 52 Korean nationals were registered in the "
                      "program, while 17 Russian engineers were working in Ulsan.")
    assert (52.0, "persons", "2021-04") in rows
    assert (17.0, "persons", "2021-04") in rows


def test_change_after_the_compared_figures_keeps_the_main_period() -> None:
    rows = indicators("In the 2020 fishing season, which ended in late October, the fleet "
                      "landed 88,000 tonnes, compared with 62,000 tonnes in 2019, an increase "
                      "of about 42 percent.")
    assert (88000.0, "tonnes", "2020") in rows
    assert (62000.0, "tonnes", "2019") in rows
    assert (42.0, "percent", "2020") in rows


def test_this_week_is_the_release_month() -> None:
    rows = indicators("A box of Sakhalin scallops sold for 40,000 won this week, down from "
                      "about 52,000 won a year ago.")
    assert (40000.0, "KRW", "2021-05") in rows
    assert (52000.0, "KRW", "2020-05") in rows


def test_a_date_inside_a_quotation_does_not_date_the_count_after_it() -> None:
    rows = indicators('"We opened the new terminal in 2019," the director told some 120 '
                      "shipping managers at the meeting.")
    assert (120.0, "managers", "2021") in rows


def test_a_programme_total_runs_from_the_year_it_began() -> None:
    rows = indicators("The institute has run an exchange programme with Tomsk State University "
                      "since 2008. A total of 415 students have been trained under that "
                      "programme.")
    assert (415.0, "persons", "2008/2021") in rows


def test_a_count_of_those_at_the_forum_is_of_the_release_month() -> None:
    rows = indicators("Korean firms signed 12 contracts at the trade fair in Kazan. The forum, "
                      "organised by the regional government, brought together more than 3,000 "
                      "participants.")
    assert (3000.0, "persons", "2021-05") in rows


# -- pass 25: origins, the days of an event, deals, parts of a total, first weekends -------


def test_where_participants_came_from_is_no_base() -> None:
    rows = indicators("The expo, known until 2019 as Agro Siberia, brought together more than "
                      "900 exhibitors from 25 countries this year.")
    assert (900.0, "exhibitors", "2021") in rows


def test_over_the_n_days_takes_the_event_span() -> None:
    rows = indicators("The agency ran the Korean stand at the Kazan food fair from April 12 to "
                      "14. Over the three days, the exhibitors held 410 business talks and "
                      "signed 9 contracts worth $2.4 million.")
    assert (410.0, "talks", "2021-04-12/2021-04-14") in rows
    assert (9.0, "contracts", "2021-04-12/2021-04-14") in rows
    assert (2400000.0, "USD", "2021-04-12/2021-04-14") in rows


def test_a_deal_value_takes_the_signing_day() -> None:
    rows = indicators("The supply contract was signed on May 11 in Ulsan. The order covers "
                      "four gas turbines. The value of the contract is 3.1 billion rubles, "
                      "the buyer said.", date="2021-05-14")
    assert (3100000000.0, "RUB", "2021-05-11") in rows


def test_a_year_of_the_buyers_revenue_does_not_date_the_deal() -> None:
    rows = indicators("The deal was signed on May 11. The shipyard put the order at 95 "
                      "billion won, equal to 2.2% of its 2020 sales.", date="2021-05-14")
    assert (95000000000.0, "KRW", "2021-05-11") in rows
    assert (2.2, "percent", "2020") in rows


def test_a_part_told_alone_keeps_the_period_of_the_total() -> None:
    rows = indicators("In 2019 the two ferry lines carried 88,000 passengers between Sokcho "
                      "and Vladivostok. The larger line alone carried 51,000 passengers.")
    assert (51000.0, "persons", "2019") in rows


def test_the_first_weekend_after_a_launch_day_is_that_month() -> None:
    rows = indicators("The app went live in Korea on March 3. It drew more than 90,000 "
                      "users at its peak on the first weekend.", date="2021-03-20")
    assert (90000.0, "users", "2021-03") in rows


def test_more_than_is_an_approximation_not_a_base() -> None:
    rows = indicators("She said the organisers had hired some 4,000 stewards and that more than "
                      "600,000 tickets had been sold for the championship in 2018.")
    assert (4000.0, "stewards", "2018") in rows


def test_years_of_a_plan_and_an_academic_year_are_intervals() -> None:
    rows = indicators("The utility's capital programme for 2021-2025 envisages 40.2 billion "
                      "rubles of spending on substations. The college says 85 students from "
                      "Korea are enrolled in the 2020/2021 academic year.")
    assert (40.2e9, "RUB", "2021/2025") in rows
    assert (85.0, "persons", "2020/2021") in rows


def test_month_run_with_period_word_takes_the_year() -> None:
    rows = indicators("Ferry traffic kept growing. In the January-March period this year, "
                      "shipments stood at 7,300 tonnes, up 12 percent on-year.")
    assert (7300.0, "tonnes", "2021-01/2021-03") in rows
    assert (12.0, "percent", "2021-01/2021-03") in rows


def test_base_against_a_year_earlier_is_a_year_back() -> None:
    rows = indicators("Contracts signed at the fair in 2020 totalled $8.8 million, against "
                      "$5.1 million a year earlier.")
    assert (5.1e6, "USD", "2019") in rows


def test_base_year_between_is_not_a_later_shares_date() -> None:
    rows = indicators("In 2020, exports of the province to Korea amounted to $90.5 million, "
                      "up 4.1% on 2019, with timber accounting for more than 60 percent.")
    assert (60.0, "percent", "2020") in rows


def test_what_a_regime_has_since_last_year_is_counted_now() -> None:
    rows = indicators("The island's free port regime has been in force since last year and "
                      "already has 35 residents.")
    assert (35.0, "residents", "2021") in rows


def test_base_figure_right_after_its_date_keeps_it() -> None:
    rows = indicators("The 2022 quota is 900 tonnes (5%) larger than this year's 18,000 tonnes.")
    assert (18000.0, "tonnes", "2021") in rows


def test_a_year_told_next_to_a_figure_beats_a_later_month_run() -> None:
    rows = indicators("The two sides noted that exports rose to US$7.4 "
                      "billion in 2018 and kept growing, reaching US$3.1 billion in "
                      "January-April.")
    assert (7400000000.0, "USD", "2018") in rows
    assert (3100000000.0, "USD", "2021-01/2021-04") in rows


def test_a_total_so_far_runs_from_january_to_the_release_month() -> None:
    rows = indicators("The carmaker has so far sold 48,000 cars this year, or 40 percent of its "
                      "annual goal of 120,000 cars, the company said. In the same period last "
                      "year, it had sold 39,500 cars.", date="2021-05-20")
    assert (48000.0, "cars", "2021-01/2021-05") in rows
    assert (40.0, "percent", "2021-01/2021-05") in rows
    assert (39500.0, "cars", "2020-01/2020-05") in rows


def test_for_the_year_is_the_year_just_told() -> None:
    rows = indicators("Cargo handled at the terminal rose to 2.1 million tonnes as of the end of "
                      "2020. Transit cargo for the year amounted to 310,000 tonnes.",
                      date="2021-05-20")
    assert (310000.0, "tonnes", "2020") in rows


def test_as_of_a_weekday_is_that_day() -> None:
    rows = indicators("As of Monday, the agency had registered 2,340 observers.",
                      date="2021-05-20")
    assert (2340.0, "persons", "2021-05-17") in rows


def test_a_past_measure_after_and_shares_the_clause_date() -> None:
    rows = indicators("At the local elections in June last year 31.5% of voters used the "
                      "mobile app, and the overall turnout reached 64.2%.", date="2021-05-20")
    assert (64.2, "percent", "2020-06") in rows


def test_a_bracketed_base_keeps_its_year_to_itself() -> None:
    rows = indicators("Arrivals at the resort in 2020 reached 52,300, which is 18% more than a "
                      "year earlier (44,300 in 2019), the agency said.", date="2021-05-20")
    assert (18.0, "percent", "2020") in rows


def test_first_weeks_after_a_launch_are_of_the_launch_month() -> None:
    rows = indicators("The operator launched its new tariff on March 9. It signed up more than "
                      "48,000 subscribers in the first two weeks.", date="2021-05-20")
    assert (48000.0, "subscribers", "2021-03") in rows


def test_at_the_end_of_a_month_and_a_present_base() -> None:
    rows = indicators("The bank had 3.4 million card holders at the end of April. It plans to "
                      "grow its staff from about 60 engineers now to 200 by 2024.",
                      date="2021-05-20")
    assert (3400000.0, "persons", "2021-04") in rows or \
        any(v == 3400000.0 and p == "2021-04" for v, _, p in rows)
    assert (60.0, "persons", "2021") in rows


# -- runs of months in words, parts of a year, falls told with where they landed ---------


def test_run_of_months_told_with_from_and_to_takes_this_year() -> None:
    rows = indicators("From March to May this year, 2,450 Koreans visited the reserve, a 9% "
                      "increase on the same period of last year.")
    assert (2450.0, "persons", "2021-03/2021-05") in rows


def test_run_of_months_between_and_with_its_year() -> None:
    rows = indicators("Between February and June 2019 the yard delivered 14 tugboats.")
    assert (14.0, "tugboats", "2019-02/2019-06") in rows


def test_run_of_months_across_a_year_end_in_brackets() -> None:
    rows = indicators("In the 2019/20 season (August 2019 – March 2020) the port handled "
                      "3.4 million tonnes of coal.")
    assert (3400000.0, "tonnes", "2019-08/2020-03") in rows


def test_part_of_year_in_a_reason_clause_is_not_the_figures() -> None:
    rows = indicators("Japan's imports from Tatarstan dropped 6.4 percent to $1.2 billion in "
                      "2020, as chemical deliveries slumped in the first half.")
    assert (1200000000.0, "USD", "2020") in rows
    assert (-6.4, "percent", "2020") in rows


def test_quarter_not_yet_begun_is_the_year_before() -> None:
    rows = indicators("Honey sales rose 8 percent last year. In the fourth quarter alone they "
                      "jumped 19 percent.", date="2021-02-03")
    assert (19.0, "percent", "2020-10/2020-12") in rows


def test_fall_told_with_where_it_landed_is_also_a_signed_change() -> None:
    rows = indicators("Timber shipments fell by 13% to 410 thousand tonnes in 2020.")
    assert (-13.0, "percent", "2020") in rows
    assert (13.0, "percent", "2020") in rows


def test_scaled_decimal_is_a_whole_number_and_holidaymakers_are_persons() -> None:
    rows = indicators("The krai received 16.6 million holidaymakers in 2019.")
    assert (16600000.0, "persons", "2019") in rows


def test_a_month_run_after_a_second_figure_is_that_figures() -> None:
    rows = indicators("The number of Korean students at the institute has grown from about 400 "
                      "in 2017 to 1,200 this year (from January to June).", date="2021-07-02")
    assert (400.0, "persons", "2017") in rows
    assert (1200.0, "persons", "2021-01/2021-06") in rows
