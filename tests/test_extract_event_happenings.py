"""Dated happenings told in passing: an opening by officials, an office that opened, talks
agreed for next year, bodies' consultations, a seminar the next day, a signing whose
signers come two sentences on, and where such occasions were.

Every text here is written for this file; officials are invented.
"""

from __future__ import annotations

from pathlib import Path

from test_extract_events import _rows, _text


def test_officials_opening_a_centre_on_a_day_is_an_occasion(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Joint laboratory opens in Kazan",
        "12.05.2021",
        "On 11 May, Governor Pavel Osipov and Mayor Lim Jae-won opened the Korea-Russia "
        "Materials Laboratory in Kazan.",
        "Figures followed for some sentences here to keep the ceremony far away.",
        "Rector Anna Belova also took part in the opening ceremony together with Lim Jae-won.",
    ))
    opened = [r for r in rows if r["date"] == "2021-05-11"]
    assert opened and all(r["place"] == "Kazan" for r in opened)
    assert {"Pavel Osipov", "Lim Jae-won"} <= set().union(*(r["people"] for r in opened))


def test_the_ministers_held_talks_on_a_weekday(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Ministers meet in Moscow",
        "14.03.2019",
        "Minister of Transport Oleg Sidorov and Minister Choi Dong-hyun visited the port of "
        "Ust-Luga on 13 March.",
        "On Thursday the ministers held talks in Moscow and agreed on a rail study.",
    ))
    talks = [r for r in rows if r["date"] == "2019-03-14"]
    assert talks and talks[0]["place"] == "Moscow"
    assert talks[0]["people"] == {"Oleg Sidorov", "Choi Dong-hyun"}


def test_the_sides_agreed_to_hold_the_next_talks_next_year(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Customs services meet",
        "BUSAN, Oct. 2 (Yonhap) -- Commissioner Han Ji-su held talks with Deputy Head Roman "
        "Efimov in Busan on Wednesday.",
        "The two sides agreed to hold the next customs talks in Kazan in the first half of "
        "next year.",
    ))
    assert any(r["date"] == "2020" and r["place"] == "Kazan" and not r["people"] for r in rows)


def test_bodies_held_consultations_with_a_month_and_a_city(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Rail cargo grows",
        "November 20, 2019",
        "Cargo on the line rose by a tenth this year, the operator said.",
        "Earlier this year, in May, the two countries' railway agencies held technical "
        "consultations on gauge standards in Khabarovsk.",
    ))
    assert ("2019-05", "Khabarovsk") in {(r["date"], r["place"]) for r in rows}


def test_an_office_that_opened_in_a_month_is_a_dated_happening(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Bank expands in Asia",
        "03.09.2019",
        "The bank's representative office in Busan opened in March 2016 and serves exporters.",
    ))
    assert ("2016-03", "Busan") in {(r["date"], r["place"]) for r in rows}


def test_a_seminar_the_following_day_and_on_saturday_is_in_the_same_city(
        tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Institutes sign memorandum",
        "Date 2018.10.12",
        "Institute President Kim Do-yeon signed a memorandum with Academy Director Oleg "
        "Lavrov on Thursday, October 11, at the Tomsk State University in Tomsk.",
        "The following day and on Saturday, the Institute co-hosted the conference "
        "\"Siberian Studies Today\" with the university.",
    ))
    assert ("2018-10-12", "Tomsk") in {(r["date"], r["place"]) for r in rows}


def test_signers_told_two_sentences_after_a_bodies_signing(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Banks sign memorandum",
        "15.04.2021",
        "Moscow",
        "Alfa Credit and Hana Trust signed a memorandum of understanding on trade finance on "
        "Thursday, 15 April.",
        "The memorandum was signed in Moscow during a banking conference held from 14 to 16 "
        "April.",
        "The document was signed by Ivan Petrov, Deputy Chairman of Alfa Credit, and Hana "
        "Trust President Yoon Mi-rae.",
        "The signing was witnessed by Vice Minister Kwon Do-hyun.",
    ))
    signed = [r for r in rows if r["date"] == "2021-04-15"]
    assert len(signed) == 1 and signed[0]["place"] == "Moscow"
    assert signed[0]["people"] == {"Ivan Petrov", "Yoon Mi-rae", "Kwon Do-hyun"}
    assert not [r for r in rows if r["date"] == "2021-04-14" and r["people"]]


def test_a_subcommittee_meeting_for_the_nth_time_on_a_weekday_is_to_come(
        tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Arctic shipping on the agenda",
        "December 11, 2019",
        "The route is also on the agenda when the Korea-Russia Far East and Siberia "
        "Sub-committee meets for the 13th time in Seoul on Thursday.",
    ))
    assert ("2019-12-12", "Seoul", 13) in {(r["date"], r["place"], r["ordinal"]) for r in rows}


def test_talks_at_a_ministrys_government_complex_are_in_its_city(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Justice ministries meet",
        "SEOUL, Nov. 5 (Yonhap) -- Vice Minister Park Ji-ho held talks with Deputy Minister "
        "Ilya Sokolov at the ministry's Gwacheon government complex on Tuesday.",
        "Park and Sokolov also signed a memorandum on legal training.",
    ))
    assert {r["place"] for r in rows if r["date"] == "2019-11-05"} == {"Gwacheon"}


def test_a_gathering_the_seminar_was_part_of_is_where_the_seminar_was(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Shipping seminar",
        "October 9, 2019",
        "On Tuesday, Director Petr Savin presented the data at a Korea-Russia seminar on ice "
        "navigation in Ulsan.",
        "The seminar was part of the second Northern Shipping Week, which runs in the port "
        "city from October 7 to 11.",
    ))
    assert ("2019-10-08", "Ulsan") in {(r["date"], r["place"]) for r in rows}


def test_talks_beside_a_forum_held_in_a_known_park_are_in_its_city(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Mayors meet",
        "12 September 2019, 15:00",
        "Kazan Mayor Ilya Fedotov met with Mayor of Daegu Seo Jun-ho on the sidelines of the "
        "fourth Kazan Urban Forum, which opened in Zaryadye Park on 10 September and will run "
        "until 14 September.",
    ))
    talks = [r for r in rows if r["mechanism"] is None]
    assert [r["place"] for r in talks] == ["Moscow"]


def test_a_retold_signing_gives_its_own_day_not_the_statements(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Pipeline maker signs supply deal with Korean utility",
        "12.10.2023",
        "KHABAROVSK. Oct 12 (Interfax) - Amurstal has signed a long-term supply contract "
        "with KEPCO, the Russian company said in a statement on Thursday.",
        "The contract was signed on Tuesday on the sidelines of the regional forum in "
        "Khabarovsk.",
        "It was signed by Igor Vetrov, Director of Sales at Amurstal, and Park Min-gyu, "
        "Vice President of KEPCO.",
    ))
    signed = [r for r in rows if r["people"] >= {"Igor Vetrov", "Park Min-gyu"}]
    assert signed, rows
    assert all(r["date"] != "2023-10-12" for r in signed)
    assert any(r["date"] == "2023-10-10" for r in signed)
