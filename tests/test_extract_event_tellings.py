"""How a release tells its occasions: a day written "on the 23rd", a signing told inside
talks under a headline that names it, guests of a launch, greetings sent from afar, a
ceremony by video link. Every text here is invented.
"""

from __future__ import annotations

from pathlib import Path

from test_extract_events import _rows, _text


def test_bare_day_of_the_month_dates_the_signing_not_the_announcement(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Agency signs export MOU",
        "Date 2021-04-15 | Hit 120",
        "The Ministry of Trade announced on April 15 that the Korea Export Support Agency "
        "(President Park Min-ho) signed a memorandum of understanding with the Russian "
        "Export Promotion Agency (General Director Ivan Sokolov) on the 14th.",
        "The signing ceremony was held online, connecting offices in Daejeon and Moscow.",
    ))
    signed = [r for r in rows if r["kind"] == "Signing"]
    assert signed and signed[0]["date"] == "2021-04-14"
    assert signed[0]["place"] is None  # a ceremony by video link is in no one city


def test_headline_signing_folded_into_the_talks_the_body_tells(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Regional portal",
        "Pavel Orlov and Mayor of Gimhae Seo Jin-ho signed an agreement on cooperation",
        "12 May 2021, 10:15 | Kazan | Views: 311",
        "Yesterday, in Gimhae, Pavel Orlov, Head of the Republic of Tatarstan, held talks "
        "with Gimhae Mayor Seo Jin-ho.",
        "Following the talks, the two leaders signed an agreement on trade and cultural "
        "cooperation.",
    ))
    assert not [r for r in rows if r["kind"] == "Signing"]
    talks = [r for r in rows if r["date"] == "2021-05-11"]
    assert talks and talks[0]["place"] == "Gimhae"


def test_launch_on_a_weekday_is_the_occasion_its_guests_attend(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Korean maker expands plant near Kaluga",
        "15 Jun 2017, 09:10",
        "A Korean tyre maker on Wednesday launched a new production line at its plant in "
        "Kaluga, the regional government said.",
        "The launch marked the fifth anniversary of the plant, which opened in June 2012.",
        "The ceremony was attended by Oleg Zimin, Deputy Governor of the Kaluga Region, and "
        "Choi Dong-hun, General Director of the company's Russian subsidiary.",
    ))
    day = [r for r in rows if r["date"] == "2017-06-14"]
    assert day and day[0]["place"] == "Kaluga"
    assert {"Oleg Zimin", "Choi Dong-hun"} <= day[0]["people"]
    assert not [r for r in rows if r["date"] == "2012-06" and r["people"]]


def test_gala_guests_who_only_sent_greetings_were_not_there(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Cultural centre marks anniversary",
        "05.10.2021",
        "On 4 October, the Russian Cultural Centre in Busan held a festive gala evening.",
        "The gala was opened by Consul General of the Russian Federation in Busan Ivan "
        "Gromov.",
        "Greetings were also sent by Vice Minister of Culture Kim Hae-won.",
        'Vice Minister Kim stressed that "culture brings our peoples together."',
    ))
    gala = [r for r in rows if r["date"] == "2021-10-04"]
    assert gala and "Ivan Gromov" in gala[0]["people"]
    assert "Kim Hae-won" not in gala[0]["people"]


def test_consultations_attended_from_one_side_are_the_ones_told(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "On consultations between the two health agencies",
        "20.04.2021",
        "On 19 April, Anna Belova, Head of the Federal Health Service, held consultations "
        "with Commissioner of the Korea Health Agency Lee Ji-won by videoconference.",
        "From the Russian side the consultations were attended by Oleg Markov, Director of "
        "the Institute of Virology.",
        "The previous consultations of the two agencies were held in Seoul in October 2019.",
    ))
    assert len([r for r in rows if r["date"] and r["date"].startswith("2021")]) == 1
    assert "Oleg Markov" in [r for r in rows if r["date"] == "2021-04-19"][0]["people"]
    assert [r for r in rows if r["date"] == "2019-10" and r["place"] == "Seoul"]


def test_signing_on_the_sidelines_of_the_meeting_is_part_of_it(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Korea and Russia hold third fisheries committee",
        "Date 2020-10-08",
        "Vice Minister Han Sung-ho and Deputy Head Ilya Shestov co-chaired the third meeting "
        "of the Korea-Russia Fisheries Committee in Busan on October 7.",
        "On the sidelines of the meeting, Director Kang Min-su of the Fisheries Inspection "
        "Agency and Pavel Bykov, Head of the Fish Inspection Service, signed a protocol on "
        "catch certificates.",
    ))
    assert not [r for r in rows if r["kind"] == "Signing"]


def test_opening_ceremony_is_where_the_launch_told_after_the_lead_was(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Institute opens joint lab in Innopolis",
        "Posted : 2020-03-10 15:00",
        "The Korea Robot Institute opened a joint laboratory with a Russian university on "
        "Tuesday.",
        "The lab was launched at the university's campus in Innopolis.",
        "Attending the opening ceremony were Vice Minister Yoon Ha-jin and Deputy Minister "
        "Sergei Lapin.",
    ))
    day = [r for r in rows if r["date"] == "2020-03-10"]
    assert day and day[0]["place"] == "Innopolis"
