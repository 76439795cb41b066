"""Figure periods and targets on invented sentences: the date of what a figure is
compared with is not its own; "since 2015" is an interval; a pledged sum is a fact."""

from __future__ import annotations

from test_extract_orgs_figures import indicators


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
    assert any(v == 3e6 and u == "tonnes" for v, u, _ in rows)


def test_a_records_base_year_is_not_shared_by_the_next_clause() -> None:
    rows = indicators("Freight reached 3.2 mln tonnes in 2020, the highest since the port "
                      "opened in 1994, while the number of people using the ferry surpassed "
                      "90,000.")
    assert (90000.0, "persons", "2020") in rows


def test_market_move_is_of_the_release_day() -> None:
    rows = indicators("Shares of Hanbit Marine closed 1.8 percent higher at 4,200 won.",
                      date="2021-05-20")
    assert (1.8, "percent", "2021-05-20") in rows


def test_scale_joined_to_the_currency_by_a_hyphen() -> None:
    rows = indicators("The shipbuilder won a 1.5 trillion-won order on Monday.",
                      date="2021-05-20")
    assert any(value == 1.5e12 and unit == "KRW" for value, unit, _ in rows)


def test_percent_on_a_year_is_the_base_year() -> None:
    rows = indicators("In 2020, trade between the two regions amounted to USD 2.3 billion, up "
                      "4.5% on 2019.", date="2021-05-20")
    assert (2.3e9, "USD", "2020") in rows
