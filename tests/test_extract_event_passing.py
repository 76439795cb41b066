"""Families of telling an occasion in passing: a channel written in lower case with its
topic, "this week", a signing at the end of a gathering, a weekday inside a trip's days.
Every text here is invented.
"""

from __future__ import annotations

from pathlib import Path

from test_extract_event_families import _mechanisms
from test_extract_events import _rows, _text

from kg.extract.lexicon import fold


def test_a_lower_case_channel_keeps_its_topic_and_wording(tmp_path: Path) -> None:
    text = _text(
        "Veterinary talks in Daegu",
        "Date 2019-04-12",
        "On April 9-10, the fourth round of Russian-Korean consultations on veterinary "
        "issues took place in Daegu. The Russian side was led by Deputy Head of the "
        "Federal Service Ivan Petrov.",
    )
    names = {fold(n) for n in _mechanisms(tmp_path, text)}
    assert fold("Russian-Korean consultations on veterinary issues") in names
    rows = _rows(tmp_path, text)
    assert (4, "2019-04-09", "Daegu") in {(r["ordinal"], r["date"], r["place"]) for r in rows}


def test_a_round_held_this_week_is_of_the_releases_month(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Universities sign agreement",
        "Date 2021-06-10",
        "Khabarovsk State University and Daegu University signed an agreement on student "
        "exchanges in Khabarovsk on June 9.",
        "The third Korea-Russia Youth Cooperation Forum, which brought together students of "
        "both countries, was also held in Khabarovsk this week.",
    ))
    assert (3, "2021-06", "Khabarovsk") in {(r["ordinal"], r["date"], r["place"])
                                           for r in rows}


def test_a_signing_at_the_close_of_a_forum_is_the_forums(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Energy institutes meet in Tomsk",
        "Date 2021-03-05",
        "The fifth Korea-Russia Energy Cooperation Forum was held in Tomsk on March 3. It was "
        "opened by President of the Korea Institute of Energy Research Han Do-yoon.",
        "At the close of the forum, President of the Korea Institute of Energy Research Han "
        "Do-yoon and Rector of Tomsk Polytechnic University Pavel Orlov signed a memorandum "
        "on joint research.",
    ))
    assert not any(r["date"] == "2021-03-05" for r in rows)
    held = [r for r in rows if r["ordinal"] == 5]
    assert held and held[0]["date"] == "2021-03-03"
    assert "Pavel Orlov" in held[0]["people"]


def test_a_weekday_inside_a_trips_days_dates_the_talks(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Governor visits Kazan",
        "Date 2019-05-17",
        "Governor of Gyeonggi Province Lee Jae-kwan paid a four-day visit to Kazan from May "
        "13 to 16 and held talks with President of Tatarstan Rustam Ilyasov on Wednesday.",
    ))
    assert "2019-05-15" in {r["date"] for r in rows}


def test_a_meeting_told_a_day_earlier_and_its_guests_later(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Universities launch joint degree",
        "Date 2020-10-08",
        "Rector of Tomsk State University Pavel Gromov and President of Chungnam National "
        "University Lee Jin-sook signed an agreement on a joint degree in Tomsk on October 7.",
        "A day earlier, the heads of the two universities held a deans' meeting, at which "
        "they discussed summer schools.",
        "Students will spend one year at the partner university.",
        "The meeting was also attended by Vice-Rector for Research Irina Sokolova.",
    ))
    held = [r for r in rows if r["date"] == "2020-10-06"]
    assert held and held[0]["place"] == "Tomsk"
    assert "Irina Sokolova" in held[0]["people"]
