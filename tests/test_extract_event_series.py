"""A channel's occasions told in a run: a paired seminar series, a number told by "whose",
an ordinal with its noun left out, "took place there", "that same month", a pact's term,
and a name whose topic runs on with "Response to ...". Every text here is invented.
"""

from __future__ import annotations

from pathlib import Path

from test_extract_event_families import _mechanisms
from test_extract_events import _rows, _text


def _seen(rows: list[dict]) -> set[tuple]:
    return {(r["ordinal"], r["date"], r["place"]) for r in rows if r["mechanism"]}


def test_a_paired_seminar_series_and_its_editions_told_elliptically(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Geologists meet in Irkutsk",
        "Date 2020-08-20",
        "The 5th Korea-Russia Joint Symposium on Baikal Geology opened in Irkutsk on August "
        "19. The sides agreed to hold the 6th symposium in Daejeon in 2022, after the fourth "
        "one took place there in May 2018.",
    ))
    seen = _seen(rows)
    assert (5, "2020-08-19", "Irkutsk") in seen
    assert (4, "2018-05", "Daejeon") in seen


def test_a_seminar_of_one_body_is_no_channel(tmp_path: Path) -> None:
    names = _mechanisms(tmp_path, _text(
        "Bank holds seminar",
        "Date 2020-03-02",
        "The regional bank held its Annual Export Seminar in Tomsk on March 1 for Korean "
        "and Russian exporters.",
    ))
    assert not any("Seminar" in n for n in names)


def test_a_number_told_by_whose_and_of_which(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Fisheries cooperation",
        "Date 2019-02-11",
        "Minister Oh Sang-jin invited Russian companies to the Korea-Russia Timber Cooperation "
        "Council, whose third session will be held in Busan in May.",
    ))
    assert (3, "2019-05", "Busan") in _seen(rows)


def test_ordinals_listed_with_the_noun_left_out(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Students meet in Ulsan",
        "Date 2021-06-03",
        "About 90 students gathered in Ulsan on June 2 for the fourth Korea-Russia Student "
        "Forum. The first forum was held in Tomsk in 2017, the second in Daegu in 2018 and "
        "the third in Kazan in 2019. The fifth is to be held in Omsk in 2022.",
    ))
    seen = _seen(rows)
    assert {(2, "2018", "Daegu"), (3, "2019", "Kazan"), (5, "2022", "Omsk")} <= seen


def test_that_same_month_is_the_month_named_before(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Legislators meet",
        "Date 2021-05-20",
        "The Korea-Russia Interregional Legislators Council met online on May 19.",
        "The council was set up under an accord signed in Omsk in March 2018. It held its "
        "first meeting in Omsk that same month and its second meeting in Daegu in October "
        "2018.",
    ))
    seen = _seen(rows)
    assert {(1, "2018-03", "Omsk"), (2, "2018-10", "Daegu")} <= seen


def test_a_pacts_term_is_no_date_of_the_occasion(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Institutes meet",
        "- 3rd Korea-Russia Joint Seminar on Soil Science held in Tomsk, agreement extended "
        "to 2026",
        "Date 2021-07-09",
        "The two institutes held the 3rd Korea-Russia Joint Seminar on Soil Science in Tomsk "
        "on July 7-8.",
    ))
    dates = {r["date"] for r in rows if r["mechanism"]}
    assert "2026" not in dates


def test_a_topic_with_response_to_stays_in_the_name(tmp_path: Path) -> None:
    names = _mechanisms(tmp_path, _text(
        "Flood commission meets",
        "Date 2020-10-02",
        "The third meeting of the Korea-Russia Joint Commission on Prevention and Response "
        "to Floods was held in Khabarovsk on October 1.",
    ))
    assert "Korea-Russia Joint Commission on Prevention and Response to Floods" in names
