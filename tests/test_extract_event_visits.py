"""A regional delegation's visit told day by day by its own press service, a channel named
by who meets in it, and talks named by their topic in title case. Every text here is
invented; officials are invented.
"""

from __future__ import annotations

from pathlib import Path

from test_extract_events import _rows, _text


def test_a_governors_visit_told_day_by_day(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Government of Tomsk Oblast | Official portal",
        "17.10.2019 | 09:30 | Views: 1 245",
        "Ivan Petrov: Tomsk and Daejeon can do more in science",
        "Governor of Tomsk Oblast Ivan Petrov completed a working visit to the Republic of "
        "Korea, which took place on October 14-16.",
        "On Tuesday, October 15, the Governor met with Mayor of Daejeon Metropolitan City "
        "Kim Sung-ho at Daejeon City Hall.",
        "Taking part in the meeting were Minister of Economy of Tomsk Oblast Oleg Belov and "
        "Deputy Mayor of Daejeon Ryu Ji-won.",
        "The following day the Tomsk delegation visited Daedeok Innopolis.",
        "In the presence of the Governor, Deputy Governor Pavel Sidorov and Director Lee Han-sol "
        "signed a memorandum on joint research.",
        "The delegation also visited KAIST, where it was received by Vice President Moon Jae-ho.",
    ))
    by_day = {r["date"]: r for r in rows}
    assert set(by_day) == {"2019-10-14", "2019-10-15", "2019-10-16"}
    assert {r["place"] for r in rows} == {"Daejeon"}  # the whole stay was in one city
    assert {"Oleg Belov", "Ryu Ji-won"} <= by_day["2019-10-15"]["people"]
    day_after = set().union(*(r["people"] for r in rows if r["date"] == "2019-10-16"))
    assert {"Pavel Sidorov", "Lee Han-sol", "Moon Jae-ho"} <= day_after
    assert "Moon Jae-ho" not in by_day["2019-10-14"]["people"]


def test_consultations_named_by_who_meets_in_them(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Outcome of Korea-Russia Consultations between Special Envoys on the Korean Peninsula",
        "Date 2018-10-31",
        "Special Representative for Korean Peninsula Peace and Security Affairs Lee Do-hyun "
        "held consultations with Special Representative Pavel Gromov in Moscow on October 29.",
        "Ambassador Kim Sun-ah also attended the consultations.",
        "On the following day, Special Representative Lee paid a courtesy call on Deputy "
        "Foreign Minister Oleg Rudin and discussed the follow-up to the summit in June.",
    ))
    channel = "Korea-Russia Consultations between Special Envoys on the Korean Peninsula"
    held = [r for r in rows if r["mechanism"] == channel]
    assert [(r["date"], r["place"]) for r in held] == [("2018-10-29", "Moscow")]
    assert held[0]["people"] == {"Lee Do-hyun", "Pavel Gromov", "Kim Sun-ah"}
    call = [r for r in rows if "Oleg Rudin" in r["people"]]
    assert [(r["date"], r["kind"]) for r in call] == [("2018-10-30", "Talks")]


def test_talks_named_by_a_title_case_topic_are_a_channel(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Eighth Maritime Transport Talks held",
        "Date 2016-11-10",
        "1. Director General Choi Min-ho and Deputy Head Yury Sergeev held the eighth "
        "Korea-Russia Maritime Transport Talks in Busan from November 8 to 9.",
        "2. Following the seventh talks held in St. Petersburg in September 2015, the ninth "
        "talks will be held in Moscow next year.",
    ))
    talks = {(r["ordinal"], r["date"], r["place"]) for r in rows
             if r["mechanism"] == "Korea-Russia Maritime Transport Talks"}
    assert talks == {(8, "2016-11-08", "Busan"), (7, "2015-09", "Saint Petersburg"),
                     (9, "2017", "Moscow")}


def test_an_air_show_that_never_moves_is_where_it_always_is(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Helicopter makers meet at MAKS",
        "28.08.2019 14:37",
        "Director General Han Ji-ho met Deputy Director Oleg Frolov at the 14th International "
        "Aviation and Space Salon MAKS-2019, which opened on August 27.",
    ))
    shows = [r for r in rows if r["mechanism"] == "International Aviation and Space Salon MAKS"]
    assert [(r["ordinal"], r["place"]) for r in shows] == [(14, "Zhukovsky")]
