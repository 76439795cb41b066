"""Rounds, next meetings and channels, on invented releases.

One test per rule: a forum agreed to be launched, the round after the one whose minutes
were signed, drills agreed for next year, "the next chiefs' meeting, the 20th", the next
round of consultations beside a working group, a committee "whose meeting in Seoul in
June" is told, a postponed second meeting, a protocol submitted to another channel's
next meeting, and a company's speaker at a working group. Every text here is written
for this file; officials are invented.
"""

from __future__ import annotations

from pathlib import Path

from test_extract_events import _rows, _text


def test_a_forum_agreed_at_another_forum_is_not_placed_there_and_is_its_first(
        tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Regions to launch forum",
        "Date 2017-12-05",
        "Minister Han Jae-won and Deputy Minister Pavel Zorin recalled the third Eastern "
        "Economic Forum held in Vladivostok in September, where the leaders agreed to launch "
        "the Korea-Russia Interregional Cooperation Forum next year.",
    ))
    new = [r for r in rows if r["mechanism"] == "Korea-Russia Interregional Cooperation Forum"]
    assert [(r["ordinal"], r["date"]) for r in new] == [(1, "2018")]


def test_minutes_of_the_second_round_signed_and_a_third_round_agreed(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Korea, Russia hold services trade talks",
        "Date 2019-04-25",
        "Director-General Yoon Seok-ho and Director Pavel Zorin signed the Minutes of the second "
        "round of negotiations, and agreed to hold the third round in Moscow in the first half "
        "of next year.",
    ))
    assert [(r["ordinal"], r["date"], r["place"], r["people"]) for r in rows] == [
        (3, "2020", "Moscow", set())]


def test_a_drill_agreed_in_waters_off_a_city_has_no_participants_yet(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Coast guards meet",
        "Date 2019-04-25",
        "Commissioner Yoon Seok-ho and Director Pavel Zorin met in Busan on April 24. They also "
        "agreed to hold a joint search-and-rescue exercise in waters off Vladivostok in June "
        "next year.",
    ))
    drill = [r for r in rows if r["date"] == "2020-06"]
    assert [(r["place"], r["people"]) for r in drill] == [("Vladivostok", set())]


def test_the_next_chiefs_meeting_the_20th_is_the_channels(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Border guard chiefs meet",
        "Date 2019-11-20",
        "Commissioner Yoon Seok-ho and General Pavel Zorin held the 19th meeting of the "
        "Korea-Russia Maritime Border Committee in Incheon on November 19 and discussed illegal "
        "fishing. The next chiefs' meeting, the 20th, will be held in Yuzhno-Sakhalinsk next "
        "year.",
    ))
    assert [(r["mechanism"], r["ordinal"], r["date"], r["place"]) for r in rows] == [
        ("Korea-Russia Maritime Border Committee", 19, "2019-11-19", "Incheon"),
        ("Korea-Russia Maritime Border Committee", 20, "2020", "Yuzhno-Sakhalinsk")]


def test_the_next_round_of_consultations_is_not_the_working_groups(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Korea, Russia hold agricultural consultations",
        "Date 2017-11-20",
        "Director-General Lim Sang-woo and Director Pavel Zorin held consultations on "
        "agricultural cooperation in Moscow on November 17. The two sides reviewed the work of "
        "the Korea-Russia Working Group on Agriculture. The next round of consultations is "
        "planned to be held in Gimcheon in the first half of 2018.",
    ))
    assert [(r["mechanism"], r["date"], r["place"]) for r in rows] == [
        (None, "2017-11-17", "Moscow"), (None, "2018", "Gimcheon")]


def test_a_committee_whose_meeting_in_seoul_agreed_is_a_meeting_with_its_topics(
        tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Environment officials meet",
        "Date 2019-08-16",
        "Director-General Lim Sang-woo met Director Pavel Zorin in Khabarovsk on August 15. "
        "Mr. Lim invited Russian specialists to the Korea-Russia Joint Committee on "
        "Environmental Cooperation, whose meeting in Seoul in June agreed to expand joint "
        "research on rare species.",
    ))
    committee = [r for r in rows if r["mechanism"]]
    assert [(r["mechanism"], r["date"], r["place"], r["people"]) for r in committee] == [
        ("Korea-Russia Joint Committee on Environmental Cooperation", "2019-06", "Seoul", set())]
    assert {"environment", "science-and-technology"} <= committee[0]["topics"]


def test_a_first_meeting_that_launched_the_group_keeps_its_date_past_a_postponed_one(
        tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Working group on energy",
        "Date 2021-08-16",
        "The Korea-Russia Working Group on Energy Efficiency was launched at its first meeting "
        "in Moscow in November 2019, and the second meeting, originally planned for Seoul in "
        "2020, was postponed because of the pandemic.",
    ))
    first = [r for r in rows if r["ordinal"] == 1]
    assert [(r["date"], r["place"]) for r in first] == [("2019-11", "Moscow")]


def test_a_protocol_submitted_to_the_next_meeting_of_the_commission(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Working group on transport meets",
        "Date 2020-10-16",
        "Director-General Lim Sang-woo and Director Pavel Zorin held the third meeting of the "
        "Korea-Russia Working Group on Transport by video conference on October 15. The two "
        "sides agreed on a protocol, which will be submitted to the next meeting of the "
        "Intergovernmental Commission in 2021.",
    ))
    later = [r for r in rows if r["date"] == "2021"]
    assert len(later) == 1
    assert later[0]["mechanism"] not in (None, "Korea-Russia Working Group on Transport")
    assert later[0]["kind"] == "Meeting" and later[0]["ordinal"] is None


def test_a_company_officer_who_presented_progress_takes_part_in_the_meeting(
        tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Working group on power equipment meets",
        "Date 2020-10-16",
        "The fourth meeting of the Korea-Russia Working Group on Power Engineering was held in "
        "Seoul on October 15, co-chaired by Director-General Lim Sang-woo and Director Pavel "
        "Zorin. Roman Tikhonov, Deputy General Director of Power Machines, presented progress "
        "on the turbine project.",
    ))
    assert [(r["ordinal"], r["people"]) for r in rows] == [
        (4, {"Lim Sang-woo", "Pavel Zorin", "Roman Tikhonov"})]
