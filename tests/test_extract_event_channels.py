"""Channels a release does not name in title case: two bodies numbering the meetings they
hold together, a regional body that only looks like a channel, and the rounds told
around them. Every text here is written for this file; officials are invented.
"""

from __future__ import annotations

from pathlib import Path

from test_extract_events import _rows, _text


def test_two_known_bodies_numbering_their_meetings_make_a_channel(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Central banks compare notes",
        "Date 2021-09-03",
        "On 2 September 2021, on the sidelines of the sixth Eastern Economic Forum (EEF), "
        "held in Vladivostok from 2 to 4 September, the Bank of Russia and the Bank of Korea "
        "held their fourth high-level meeting.",
        "The Russian side was led by Pavel Ostrikov, Deputy Governor of the Bank of Russia.",
        "The previous, third, high-level meeting of the two central banks took place in "
        "Seoul in November 2019.",
    ))
    channel = "Bank of Russia-Bank of Korea High-level Meeting"
    meetings = {(r["ordinal"], r["date"], r["place"]) for r in rows if r["mechanism"] == channel}
    assert (4, "2021-09-02", "Vladivostok") in meetings
    assert (3, "2019-11", "Seoul") in meetings
    fourth = next(r for r in rows if r["mechanism"] == channel and r["ordinal"] == 4)
    assert "Pavel Ostrikov" in fourth["people"]


def test_a_committee_of_a_regional_government_is_no_channel(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Governor goes to Busan",
        "Date 2019-05-14",
        "On Monday, Governor of Khabarovsk Krai Ivan Dorofeev met the Mayor of Busan "
        "Metropolitan City Park Min-gyu in Busan. Chairman of the Fisheries Committee of the "
        "Krai Government Anton Sidorin attended the meeting.",
    ))
    assert not [r for r in rows if r["mechanism"]]
    talks = [r for r in rows if r["date"] == "2019-05-13"]
    assert talks and {"Ivan Dorofeev", "Park Min-gyu", "Anton Sidorin"} <= talks[0]["people"]


def test_a_lower_case_regional_governor_before_his_name_is_an_official(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Carmaker to expand plant",
        "Date 2020-03-12",
        "KALUGA. March 12 (Interfax) - A Korean carmaker will expand its plant in the region, "
        "the region's governor Oleg Shirokov told reporters after meeting its management.",
        "Shirokov met on Wednesday with Lim Dae-ho, vice minister of trade of the Republic of "
        "Korea, and the two discussed new investment.",
    ))
    talks = [r for r in rows if r["date"] == "2020-03-11"]
    assert talks and {"Oleg Shirokov", "Lim Dae-ho"} <= talks[0]["people"]


def test_a_branch_in_a_title_is_not_a_person(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Bankers meet",
        "Date 2018-10-02",
        "On 1 October 2018, Deputy Governor of the Bank of Korea Choi Sang-won held talks in "
        "Vladivostok with Irina Lapina, Head of the Far Eastern Main Branch of the Bank of "
        "Russia.",
    ))
    people = set().union(*(r["people"] for r in rows))
    assert people == {"Choi Sang-won", "Irina Lapina"}


def test_sides_after_an_exhibition_told_in_between_discuss_at_the_talks(
        tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Food fair opens in Omsk",
        "Date 2020-02-12",
        "The Korean Food Fair opened in Omsk on February 11.",
        "On February 11, Governor Yuri Belov and Director Jang Mi-ran held a separate meeting.",
        "On February 12, Director Jang will take part in the Omsk Agro exhibition.",
        "The two sides agreed that the regional ministry of agriculture would draft a "
        "roadmap of joint projects.",
    ))
    assert [r for r in rows if r["date"] == "2020-02-12" and r["place"] == "Omsk"]  # the fair
    talks = next(r for r in rows if r["people"] == {"Yuri Belov", "Jang Mi-ran"})
    assert "agriculture" in talks["topics"]
    fair = [r for r in rows if r["mechanism"]]
    assert all("agriculture" not in r["topics"] for r in fair)
