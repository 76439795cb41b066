"""Occasions told by turns of phrase that point back or aside: "a day after", "led the
talks", "At the meeting,", "the two met again", "It first met in ...".

Every text here is written for this file; officials are invented.
"""

from __future__ import annotations

from pathlib import Path

from test_extract_events import _rows, _text


def test_a_round_held_a_day_before_the_signing_is_dated_the_day_before(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Regulators renew pact",
        "SEOUL, May 10 (Yonhap) -- Chairman Jung Dae-ho and Head Ivan Lebedev signed a renewed "
        "memorandum in Seoul on Thursday, the commission said Friday.",
        "The signing came a day after the two agencies held the fifth round of their "
        "consumer policy consultations in Seoul. Director Han Min-seo and Deputy Head Pavel "
        "Orlov led the talks, which focused on online platforms.",
    ))
    rounds = [r for r in rows if r["ordinal"] == 5]
    assert [(r["date"], r["place"]) for r in rounds] == [("2019-05-08", "Seoul")]
    assert rounds[0]["mechanism"] == "Consumer Policy Consultations"
    assert rounds[0]["people"] == {"Han Min-seo", "Pavel Orlov"}


def test_those_named_after_at_the_meeting_were_at_the_meeting_just_told(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Bank opens credit line",
        "Date 2019-06-06",
        "The deal builds on the 11th meeting of the Korea-Russia Joint Commission on Fisheries, "
        "held in Busan on March 4. At the meeting, Director Kang Ho-jin and Deputy Head Ilya "
        "Voronin agreed to cooperate in shipbuilding.",
    ))
    session = [r for r in rows if r["ordinal"] == 11]
    assert session[0]["people"] == {"Kang Ho-jin", "Ilya Voronin"}
    assert "shipbuilding" in session[0]["topics"]


def test_a_pair_that_met_again_elsewhere_had_a_second_meeting(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Ministers meet",
        "Date 2019-09-25",
        "Foreign Minister Park Ji-woo met Foreign Minister Oleg Stepanov in New York on "
        "September 24.",
        "Park visited Moscow on March 14 for talks with Stepanov, and the two met again in "
        "Bangkok on Aug. 2 on the margins of the ASEAN Regional Forum.",
    ))
    pair = {"Park Ji-woo", "Oleg Stepanov"}
    met = {(r["date"], r["place"]) for r in rows if r["people"] == pair}
    assert ("2019-03-14", "Moscow") in met and ("2019-08-02", "Bangkok") in met


def test_a_channel_that_first_met_somewhere_had_its_first_meeting_there(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Standards bodies meet",
        "Date 2018-07-05",
        "The sixth meeting of the Korea-Russia Working Group on Metrology was held in Seoul on "
        "July 3. The working group is affiliated with the Joint Commission. It first met in "
        "Moscow in November 2011.",
    ))
    first = [r for r in rows if r["ordinal"] == 1]
    assert [(r["date"], r["place"]) for r in first] == [("2011-11", "Moscow")]


def test_a_channel_whose_next_meeting_is_slated_somewhere_meets_there(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Standards bodies meet",
        "Date 2018-07-05",
        "The sixth meeting of the Korea-Russia Working Group on Metrology was held in Seoul on "
        "July 3. Its results will be reported to the Korea-Russia Joint Committee on Trade, "
        "whose next meeting is slated for Moscow this fall.",
    ))
    committee = [r for r in rows if r["mechanism"] == "Korea-Russia Joint Committee on Trade"]
    assert [(r["date"], r["place"]) for r in committee] == [("2018", "Moscow")]


def test_talks_told_the_day_before_the_telling_are_that_day(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Education ministries talk",
        "Nov 20, 2020",
        "The Ministry of Education on Nov. 20 said that Vice Minister Yoon Ha-neul held a "
        "video conference with Deputy Minister Irina Belova the previous day.",
    ))
    assert [r["date"] for r in rows if r["people"] == {"Yoon Ha-neul", "Irina Belova"}] == \
        ["2020-11-19"]


def test_the_opening_day_of_a_fair_dates_talks_held_then(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Trade agency at the fair",
        "SEOUL, July 10 (Yonhap) -- Forty firms took part in the 9th Korea-Russia Machinery "
        "Forum, which opened in Kazan on Monday, the agency said Wednesday.",
        "On the opening day, agency President Seo Min-jun met with Rustam Galiev, Governor of "
        "the Republic of Tatarstan, in Kazan.",
        "Deputy Minister Anton Rybin also toured the Korea pavilion.",
    ))
    talks = [r for r in rows if r["people"] == {"Seo Min-jun", "Rustam Galiev"}]
    assert [r["date"] for r in talks] == ["2019-07-08"]
    forum = [r for r in rows if r["ordinal"] == 9]
    assert "Anton Rybin" in forum[0]["people"]
    assert not [r for r in rows if r["kind"] == "Visit"]


def test_a_tour_told_day_by_day_keeps_each_days_city(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Governor completes visit",
        "18.10.2019",
        "A delegation headed by Pavel Minin, Governor of Amur Oblast, was on a working visit "
        "to the Republic of Korea from 14 to 17 October.",
        "On 14 October in Seoul the head of the region met with Kim Jae-won, Chairman of the "
        "Northern Committee.",
        "The next day the Governor held talks with Mayor of Busan Lee Sung-ho. Following the "
        "talks, Olga Popova, Minister of Economy of Amur Oblast, and Choi Jin-ho, President of "
        "the Busan Port Authority, signed a memorandum.",
        "On 16 October, Pavel Minin and Han Dae-sung, Governor of Gyeongsangnam-do, signed an "
        "Agreement on Friendly Exchanges in Changwon.",
    ))
    days: dict = {}
    for r in rows:
        if r["kind"] != "Visit":
            days.setdefault((r["date"], r["place"]), set()).update(r["people"])
    assert days[("2019-10-14", "Seoul")] == {"Pavel Minin", "Kim Jae-won"}
    assert {"Pavel Minin", "Lee Sung-ho"} <= days[("2019-10-15", "Busan")]
    signed = [r for r in rows if "Olga Popova" in r["people"]]
    assert [(r["date"], r["place"]) for r in signed] == [("2019-10-15", "Busan")]
    assert ("2019-10-16", "Changwon") in days
    visit = [r for r in rows if r["kind"] == "Visit"]
    assert visit[0]["people"] == {"Pavel Minin"}  # "to Korea": its city a guess


def test_a_forum_numbered_before_of_and_dated_by_its_opening(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Civil forum ends",
        "MOSCOW, October 26. /TASS/. The eighth forum of the Korea-Russia Dialogue wrapped up "
        "in Moscow on Thursday after two days of discussions.",
        "More than 300 people attended the forum, which opened at the university on "
        "October 25. Deputy Minister Ivan Lapin read out a greeting to the forum participants.",
        "The next, ninth, forum will take place in Seoul next autumn. The previous, seventh, "
        "forum was held in Seoul in September 2016.",
    ))
    by_ordinal = {r["ordinal"]: r for r in rows if r["ordinal"]}
    assert (by_ordinal[8]["date"], by_ordinal[8]["place"]) == ("2017-10-25", "Moscow")
    assert "Ivan Lapin" in by_ordinal[8]["people"]
    assert (by_ordinal[9]["date"], by_ordinal[9]["place"]) == ("2018", "Seoul")


def test_the_consultations_a_headline_names_are_the_ones_held(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Press release on Russian-Korean consultations on Arctic issues",
        "15 October 2021",
        "On 15 October, Deputy Minister of Foreign Affairs Ivan Orlov held consultations in "
        "Moscow with Deputy Minister Park Seo-jun. Particular attention was paid to "
        "shipbuilding. The consultations followed the previous round held in Seoul in "
        "November 2019. The sides agreed to hold the next round in Seoul in 2022.",
    ))
    # a channel written in passing keeps the release's own wording, its prefix as written
    channel = [r for r in rows if r["mechanism"] == "Russian-Korean Consultations on Arctic Issues"]
    assert {(r["date"], r["place"]) for r in channel} == {
        ("2021-10-15", "Moscow"), ("2019-11", "Seoul"), ("2022", "Seoul")}
    held = [r for r in channel if r["date"] == "2021-10-15"][0]
    assert held["people"] == {"Ivan Orlov", "Park Seo-jun"}
    assert "shipbuilding" in held["topics"]


def test_talks_after_which_a_minister_spoke_and_an_invitation_to_a_city(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Sports ministers meet",
        "MOSCOW, November 19. /TASS/. The programme was signed, Sports Minister Oleg Frolov "
        "told reporters after talks with Vice Minister Kim Tae-yang in Moscow on Monday.",
        "Kim invited Frolov to Seoul in April 2020 to attend the opening ceremony, and the "
        "Russian minister accepted the invitation. Earlier in 2019, Russian athletes trained "
        "in Korea.",
    ))
    talks = [r for r in rows if r["people"] == {"Oleg Frolov", "Kim Tae-yang"}]
    assert ("2019-11-18", "Moscow") in {(r["date"], r["place"]) for r in talks}
    assert ("2020-04", "Seoul") in {(r["date"], r["place"]) for r in rows}


def test_at_the_meeting_is_the_releases_own_meeting_once_told(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Working group launched",
        "Date 2021-07-08",
        "1. Director Kim Na-ri and Deputy Minister Oleg Frolov held the first meeting of the "
        "Korea-Russia Battery Cooperation Working Group in Seoul on July 7.",
        " o The working group was launched as agreed at the 19th session of the Korea-Russia "
        "Joint Commission on Trade, held in November last year.",
        " o At the meeting, the two sides discussed cooperation in shipbuilding.",
    ))
    group = [r for r in rows if r["ordinal"] == 1][0]
    commission = [r for r in rows if r["ordinal"] == 19][0]
    assert "shipbuilding" in group["topics"] and "shipbuilding" not in commission["topics"]


def test_what_a_forum_worked_on_and_paid_attention_to_are_its_topics(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Civil forum ends",
        "Date 2017-10-26",
        "The eighth forum of the Korea-Russia Dialogue was held in Moscow on October 25.",
        "The forum worked in four sub-sessions: security, culture, education and tourism.",
        "Particular attention was paid to shipbuilding.",
    ))
    forum = [r for r in rows if r["ordinal"] == 8][0]
    assert {"security", "culture", "education", "tourism", "shipbuilding"} <= forum["topics"]
