"""Launches, numbered occasions with no channel, and news-lead shapes of talks and
signings, on invented releases. Every text here is written for this file.
"""

from __future__ import annotations

from pathlib import Path

from test_extract_events import _rows, _text


def test_each_launch_told_is_an_occasion_at_the_site_it_flew_from(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Korean research satellite reaches orbit",
        "Date 2023-06-05",
        "The Ministry announced that the STARLAB-3 satellite was successfully launched aboard "
        "a Soyuz-2.1b rocket from the Baikonur Cosmodrome at 10:15 a.m. (KST) on June 5.",
        "Institute President Ryu Min-seok was at Baikonur for the launch alongside Oleg "
        "Danilov, Director of the launch operator.",
        "Its predecessor STARLAB-2 was launched on a Dnepr rocket from Yasny in Orenburg "
        "Oblast in April 2014.",
    ))
    dated = {(r["date"], r["place"]) for r in rows}
    assert {("2023-06-05", "Baikonur"), ("2014-04", "Yasny")} <= dated
    today = [r for r in rows if r["date"] == "2023-06-05"][0]
    assert {"Ryu Min-seok", "Oleg Danilov"} <= today["people"]


def test_a_numbered_contest_is_an_occasion_and_hosts_talks_on_its_sidelines(
        tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Essay contest",
        "Posted by: Press Team | Date: 2022-05-16 | Views: 310",
        "The seventh Russian Language Essay Contest for Korean students was held on Saturday, "
        "May 14, at Seoul National University.",
        "On the sidelines of the Contest, Consul Ivan Petrov met with Director Park Ji-hoon "
        "to discuss student exchanges.",
    ))
    contest = [r for r in rows if r["ordinal"] == 7]
    assert contest and (contest[0]["date"], contest[0]["place"]) == ("2022-05-14", "Seoul")
    talks = [r for r in rows if "Ivan Petrov" in r["people"]]
    assert talks and (talks[0]["date"], talks[0]["place"]) == ("2022-05-14", "Seoul")


def test_the_verbs_own_weekday_beats_a_stay_told_in_a_clause(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Governor meets consul",
        "14.04.2021, 10:20",
        "Governor of Amur Oblast Pavel Lutsenko met on Tuesday with the Consul General of the "
        "Republic of Korea Lee Jin-ho, who is in Blagoveshchensk on a working visit from 12 "
        "to 15 April.",
    ))
    assert [r["date"] for r in rows if "Lee Jin-ho" in r["people"]] == ["2021-04-13"]


def test_talks_after_meeting_someone_on_a_weekday_and_a_later_visit(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Carmaker to expand",
        "Date 2021-10-08",
        "KALUGA. Oct 8 (Newswire) - The carmaker will add a second shift, Kaluga Governor "
        "Artem Zorin said after meeting the plant's President Han Ji-sung on Wednesday.",
        "The governor said he would visit the company's headquarters in Ulsan in December.",
    ))
    dated = {(r["date"], r["place"]) for r in rows}
    assert ("2021-10-06", "Kaluga") in dated and ("2021-12", "Ulsan") in dated


def test_consultations_held_on_a_weekday_are_the_news(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Quarantine deal",
        "SEJONG, May 17 (Yonhap) -- The two countries agreed on faster checks, the ministry "
        "said Wednesday.",
        "The deal came at plant quarantine consultations held in Moscow on Tuesday between "
        "the two agencies.",
        "The Korean delegation was headed by Vice Minister Ahn Do-yoon.",
    ))
    assert ("Moscow",) in {(r["place"],) for r in rows}


def test_bodies_signing_with_the_signers_told_next(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Exchanges sign pact",
        "Date 2023-03-09",
        "SEOUL, March 9 (Newswire) - The Busan Commodity Exchange and the Kazan Grain Exchange "
        "signed a memorandum of understanding in Seoul on Thursday to share price data.",
        "Under the deal, signed by Chairman Yoon Sang-ho and Rustam Galiev, chief executive of "
        "the Kazan exchange, the two will link their trading systems.",
    ))
    signing = [r for r in rows if r["kind"] == "Signing"]
    assert signing and signing[0]["place"] == "Seoul"
    assert {"Yoon Sang-ho", "Rustam Galiev"} <= signing[0]["people"]


def test_previous_round_numbered_in_brackets_and_a_host_city(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Committee meets",
        "Date 2021-10-20",
        "The 9th Korea-Russia Joint Committee on Fisheries Cooperation was held online on "
        "October 19. The previous (8th) meeting took place in Busan in October 2019.",
        "Daegu will host the fourth Korea-Russia Interregional Cooperation Forum next year, "
        "following the third round, which is to take place in Irkutsk in November.",
    ))
    told = {(r["ordinal"], r["date"], r["place"]) for r in rows}
    assert (8, "2019-10", "Busan") in told
    assert (4, "2022", "Daegu") in told and (3, "2021-11", "Irkutsk") in told


def test_a_numbered_meeting_in_its_own_clause_keeps_its_own_setting(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Water committee",
        "Date 2019-05-20",
        "The Korea-Russia Water Resources Committee was set up under an agreement signed in "
        "Moscow in May 2008; its 9th meeting took place in Irkutsk in June 2017.",
    ))
    assert (9, "2017-06", "Irkutsk") in {(r["ordinal"], r["date"], r["place"]) for r in rows}


def test_talks_continued_in_a_city_received_there_and_an_edition_year(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Governor in Korea",
        "Date 2019-04-18",
        "On April 17, Governor of Tomsk Oblast Sergei Zhvachkin met Mayor Lee Sang-woo in Seoul. "
        "Mr. Zhvachkin and Mayor Lee are to continue talks on Friday in Daejeon.",
        "On April 18, the Tomsk delegation was received in Sejong by Vice Minister Ahn Jin-ho.",
        "The Governor invited Korean firms to the Innoprom-2019 exhibition, which will be held "
        "in Yekaterinburg in early July.",
    ))
    dated = {(r["date"], r["place"]) for r in rows}
    assert ("2019-04-19", "Daejeon") in dated and ("2019-04-18", "Sejong") in dated
    assert not any(d == "2019" and p == "Yekaterinburg" for d, p in dated)


def test_a_workshop_one_is_invited_to_is_an_occasion_without_the_inviter(
        tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Port safety",
        "Date 2021-06-10",
        "Deputy Minister Oleg Sizov met Vice Minister Choi Jae-won in Busan on June 9.",
        "Sizov invited the Korean side to a joint workshop on port safety to be held in "
        "Nakhodka in October.",
    ))
    workshop = [r for r in rows if (r["date"], r["place"]) == ("2021-10", "Nakhodka")]
    assert workshop and "Oleg Sizov" not in workshop[0]["people"]


def test_a_roadshow_staged_on_a_weekday_last_week(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Tourism roadshow",
        "Date 2021-10-11",
        "The Korea Tourism Organization took its partners to Russia last week, staging its "
        "annual Korea Travel Roadshow in Kazan on Wednesday.",
    ))
    assert ("2021-10-06", "Kazan") in {(r["date"], r["place"]) for r in rows}
