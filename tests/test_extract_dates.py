"""Date expressions and the release's own date, on invented lines."""

from __future__ import annotations

import pytest
from kg.loaders.base import Document

from kg.extract.dates import find_dates, last_year_if_after, next_year_if_before
from kg.extract.pipeline import release_date
from kg.extract.release_year import year_from_weekday


def values(text: str, year: int | None = 2019) -> list[str]:
    return [d.value for d in find_dates(text, 0, len(text), year)]


@pytest.mark.parametrize(("text", "expected"), [
    ("signed on 05.09.2019 in Vladivostok", ["2019-09-05"]),  # Russian day.month.year
    ("the 2019.9.5 meeting", ["2019-09-05"]),  # Korean year.month.day
    ("on 2019-09-05", ["2019-09-05"]),
])
def test_numeric_dates(text: str, expected: list[str]) -> None:
    assert values(text) == expected


def test_decimal_figures_are_not_dotted_dates() -> None:
    assert values("trade grew 1.5 percent to 12.3 billion dollars") == []


def test_russian_date_line_dates_the_release() -> None:
    text = ("Ministry news\n\nKorean investors to build a park\n\n05.09.2019\nVladivostok\n\n"
            "An agreement was signed on 4 September on the sidelines of the forum.")
    assert release_date(Document(text=text, key="test:dates"), text) == ("2019-09-05", 2019)


def test_a_named_policy_sets_the_earliest_year() -> None:
    # 8 November fell on a Thursday in 2012 and 2018; the New Northern Policy dates from 2017
    text = ("SEOUL, Nov. 8 (Yonhap) -- Firms signed deals on Thursday under the New Northern "
            "Policy. The forum was launched in 2008.")
    assert release_date(Document(text=text, key="test:dates"), text) == ("2018-11-08", 2018)


def test_a_whole_year_reported_settles_the_weekday() -> None:
    # 14 April was a Tuesday in 2020; "on Tuesday" in a release of Wednesday 14 April 2021
    text = ("MOSCOW, April 14. /TASS/. The ministries met on Tuesday. Supplies amounted to "
            "2.3 million tonnes in 2020.")
    assert release_date(Document(text=text, key="test:dates"), text) == ("2021-04-14", 2021)


def test_the_day_a_ministry_said_it_is_the_datelines_day() -> None:
    # 14 December: a Friday in 2018, a Saturday in 2019; "said Saturday" is the filing day
    text = ("SEOUL, Dec. 14 (Yonhap) -- The two countries agreed Friday on quotas for next "
            "year, the ministry said Saturday. Boats may catch 41,000 tons in 2020.")
    assert release_date(Document(text=text, key="test:dates"), text) == ("2019-12-14", 2019)


@pytest.mark.parametrize(("line", "expected"), [
    ("Published : Sept 7, 2017 - 18:02", "2017-09-07"),
    ("16 April 2019 13:05", "2019-04-16"),
])
def test_a_date_line_with_a_label_or_a_time(line: str, expected: str) -> None:
    text = f"Korea Herald\n\nMinisters meet\n\n{line}\n\nThe ministers met on Wednesday.\n"
    assert release_date(Document(text=text, key="test:dates"), text)[0] == expected


def test_seasons_are_years() -> None:
    assert values("a forum next spring and a meeting last autumn", 2017) == ["2018", "2016"]


def test_sentence_opening_month_is_a_date() -> None:
    assert values("In December alone, exports rose 12 percent.") == ["2019-12"]


def test_numbered_meeting_of_a_channel_launched_long_ago_dates_the_release() -> None:
    text = ("Ministers to meet\n\nSEOUL, Oct. 8 (Yonhap) -- The 15th meeting of the Korea-Russia "
            "Forestry Committee will be held next week, the ministry said Friday.\n\n"
            "The committee, launched in 2003, was renamed last year.\n")
    date, year = release_date(Document(text=text, key="test:year", title="t"), text)
    assert (date, year) == ("2021-10-08", 2021)  # a Friday; 2004 and 2010 fit the weekday too


@pytest.mark.parametrize(
    ("value", "doc_date", "expected"),
    [
        ("2019-11-12", "2019-02-20", "2018-11-12"),  # past day after a February release
        ("2019-12", "2019-01-15", "2018-12"),  # "In December alone" in January
        ("2019-01/2019-09", "2019-02-03", "2018-01/2018-09"),  # a period that ends later
        ("2019-02-01", "2019-02-20", "2019-02-01"),  # same month: left as it is
        ("2019-11-12", None, "2019-11-12"),  # no release date: nothing to compare with
    ],
)
def test_a_past_month_after_the_release_is_last_years(value, doc_date, expected):
    assert last_year_if_after(value, doc_date) == expected


@pytest.mark.parametrize(
    ("value", "doc_date", "expected"),
    [
        ("2019-04-14", "2019-11-21", "2020-04-14"),  # "will host it from April 14" in November
        ("2019-12-02", "2019-11-21", "2019-12-02"),  # still ahead this year
        ("2019-11", "2019-11-21", "2019-11"),  # the release's own month
    ],
)
def test_a_coming_month_before_the_release_is_next_years(value, doc_date, expected):
    assert next_year_if_before(value, doc_date) == expected


def test_a_weekday_told_as_still_to_come_lies_after_the_dateline() -> None:
    text = ("VLADIVOSTOK. Aug 28 (Interfax) - The two ministries will hold a joint exercise on "
            "Thursday. The decision was taken at a meeting held on Tuesday.")
    assert year_from_weekday(text, "08-28", 2019) == 2019  # Wednesday then; 2025's is Thursday


def test_a_weekday_of_the_telling_is_the_datelines_own() -> None:
    text = ("MOSCOW, October 22. The yard will deliver the hull next year, its director told "
            "reporters on Friday.")
    assert year_from_weekday(text, "10-22", 2020) == 2021  # October 22 was a Friday in 2021


def test_an_anniversary_year_written_out_does_not_move_the_release_year() -> None:
    from kg.extract.release_year import infer_year

    text = ("SEOUL, Nov. 21 (Yonhap) -- The two sides last met in Moscow in October last year. "
            "They agreed to meet in Kazan in 2020, which marks the 30th anniversary of "
            "diplomatic relations between the two countries.")
    assert infer_year(text) == 2019


def test_a_weekday_the_day_before_the_dateline_keeps_the_years_told() -> None:
    # 20 March was a Monday in 2017 and a Tuesday in 2018; camps "in 2018" are over, and the
    # visit to which the minister is invited is the next year's
    text = ("MOSCOW, March 20. /TASS/. The ministers met on Monday. Some 900 athletes trained "
            "abroad in 2018. He invited his counterpart to Kazan in May 2019.")
    assert release_date(Document(text=text, key="test:dates"), text) == ("2018-03-20", 2018)


def test_a_past_month_later_than_the_datelines_puts_the_release_in_a_later_year() -> None:
    # 2 March fell on a Friday in 2018; a memorandum signed "in September 2017" is behind
    # a release of 2 March, so the release is of 2018, though 2017 has a Thursday 2 March
    text = ("YAKUTSK. March 2 (Interfax) - The firms signed a contract on Thursday. They will "
            "ship 1.5 million tonnes a year starting in 2019. It follows a memorandum signed "
            "in September 2017.")
    assert release_date(Document(text=text, key="test:dates"), text) == ("2018-03-02", 2018)


def test_a_numbered_forum_bounds_the_year_from_below() -> None:
    # 5 September: a Thursday in 2013 and 2019, a Friday in 2014; the Eastern Economic
    # Forum first met in 2015, so its fifth edition puts the release in 2018 or later
    text = ("VLADIVOSTOK, September 5. /TASS/. Two shipbuilders signed an agreement on "
            "Thursday on the sidelines of the fifth Eastern Economic Forum.")
    assert release_date(Document(text=text, key="test:dates"), text) == ("2019-09-05", 2019)


def test_a_newswire_stamp_without_a_space_after_the_comma() -> None:
    assert values("Mar 07,2017") == ["2017-03-07"]


def test_a_date_field_inside_a_byline_dates_the_release() -> None:
    text = ("Consulate news\n\nPosted by: Press Office | Date: 2020-02-11 | Views: 88\n\n"
            "The exhibition opened on Monday.")
    assert release_date(Document(text=text, key="test:dates"), text) == ("2020-02-11", 2020)


def test_a_date_and_clock_time_before_a_byline_date_the_release() -> None:
    text = ("Regional portal\n\nGovernor meets investors\n\n"
            "9 June 2020, 11:05    Press Office of the Governor\n\n"
            "The governor met investors today.")
    assert release_date(Document(text=text, key="test:dates"), text) == ("2020-06-09", 2020)


def test_an_abbreviation_dot_does_not_cut_a_plan_from_its_year() -> None:
    from kg.extract.release_year import infer_year

    text = ("Profits rose in 2020. Unit No. 3 is due to restart in May 2025, and unit No. 4 "
            "in 2026.")
    assert infer_year(text) == 2021


def test_a_labelled_date_among_other_header_fields() -> None:
    text = ("Notice board\nSection : Trade    Date : 2018-07-03    Views : 12\n\n"
            "The agency held a seminar.")
    assert release_date(Document(text=text, key="t"), text)[0] == "2018-07-03"
    korean = "공지\n작성일 2020-02-11 | 조회수 40\n\nThe consulate held a briefing."
    assert release_date(Document(text=korean, key="t"), korean)[0] == "2020-02-11"
