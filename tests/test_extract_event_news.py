"""News-item shapes of a regional visit: talks told after the news they produced, a
signing with no day of its own, a delegation meeting hosts with no official named, and
the days of the programme still to come. Every text here is invented.
"""

from __future__ import annotations

from pathlib import Path

from test_extract_events import _rows, _text


def test_talks_told_after_the_news_are_where_the_item_is_filed_and_so_is_the_signing(
        tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Korean maker to assemble harvesters in the Amur Region",
        "7 JUN 2018, 14:20",
        "BLAGOVESHCHENSK, June 7. /TASS/. A Korean machinery maker will set up harvester "
        "assembly in the Amur Region, Governor of the Amur Region Pavel Sobolev told "
        "reporters after talks with a company delegation on Wednesday, June 6.",
        "Sobolev and the company's Executive Vice President Kim Tae-ho signed an agreement "
        "on the project.",
    ))
    day = [r for r in rows if r["date"] == "2018-06-06"]
    assert day and {r["place"] for r in day} == {"Blagoveshchensk"}
    assert {"Pavel Sobolev", "Kim Tae-ho"} <= set().union(*(r["people"] for r in day))
    assert not [r for r in rows if r["date"] == "2018-06-07"]


def test_a_delegation_meeting_hosts_at_a_centre_in_a_city_is_an_occasion_there(
        tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Red Cross delegation in Sakhalin",
        "21.09.2016 11:30",
        "Vice Governor of Sakhalin Oblast Oleg Markin held talks in Yuzhno-Sakhalinsk on "
        "September 20 with Secretary General of the Korean Red Cross Han Dong-su.",
        "On September 21, the Korean Red Cross delegation met members of the board of the "
        "Sakhalin Korean Association at the Korean Cultural Centre in Yuzhno-Sakhalinsk.",
        "Mr. Han will also visit Korsakov on September 22 to meet elderly residents.",
    ))
    dated = {(r["date"], r["place"]) for r in rows}
    assert ("2016-09-21", "Yuzhno-Sakhalinsk") in dated
    visit = [r for r in rows if r["date"] == "2016-09-22"]
    assert visit and "Han Dong-su" in visit[0]["people"]


def test_a_delegation_travelling_on_a_later_day_is_a_visit_that_day(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Delegation tour",
        "Date 2019-04-16",
        "Governor of Primorsky Krai Ivan Rudakov met Vice Minister Seo Jin-woo in "
        "Vladivostok on April 15.",
        "The delegation will travel to Nakhodka on April 17 to inspect the port.",
    ))
    assert ("2019-04-17", "Nakhodka") in {(r["date"], r["place"]) for r in rows}


def test_what_he_does_next_on_a_dated_trip_happens_that_day_there(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Minister to visit Moscow",
        "Date 2019-08-16",
        "Minister of Foreign Affairs Lim Sang-woo will visit Moscow on August 20. He will "
        "attend the ceremony marking the anniversary of diplomatic relations together with "
        "Deputy Minister Pavel Zorin.",
    ))
    ceremony = [r for r in rows if r["kind"] != "Visit" and "Pavel Zorin" in r["people"]]
    assert ceremony and (ceremony[0]["date"], ceremony[0]["place"]) == ("2019-08-20", "Moscow")
    assert not [r for r in rows if r["date"] == "2019-08-16"]


def test_a_consulate_in_a_city_does_not_place_a_plan_there(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "S. Korea, Russia to hold talks next week",
        "SEOUL, Oct. 8 (Yonhap) -- Deputy Foreign Minister Lee Sang-min will co-chair the "
        "15th meeting of the Korea-Russia Far East and Arctic Subcommittee with Russian Deputy "
        "Minister Pavel Orlov in Vladivostok on Thursday, the ministry said.",
        "Lee is also scheduled to visit a university to meet students and to attend a "
        "business roundtable hosted by the Korean Consulate General in Vladivostok.",
    ))
    assert [(r["ordinal"], r["place"]) for r in rows] == [(15, "Vladivostok")]
