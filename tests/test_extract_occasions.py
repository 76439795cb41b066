"""Occasions of no channel (a port call and its days, a reception, a wreath-laying, a
launch, a return visit to come) and the guests told after them.

Every text here is written for this file; ships, officials and wording are invented.
"""

from __future__ import annotations

from pathlib import Path

from test_extract_events import _rows, _text

from kg.extract.occasion_events import occasion_cue


def _dated(rows: list[dict]) -> dict:
    return {(r["date"], r["place"]): r for r in rows if r["mechanism"] is None}


def test_a_port_call_is_told_day_by_day(tmp_path: Path) -> None:
    rows = _dated(_rows(tmp_path, _text(
        "Training ship Zarya calls at Mokpo",
        "08.05.2023",
        "The sail training ship Zarya of the Baltic Fleet has arrived in Mokpo on a goodwill "
        "call. The call will last until May 11.",
        "On May 9, a reception will be held aboard the Zarya for the city authorities, "
        "hosted by Consul General of the Russian Federation in Busan Pavel Ignatov.",
        "Ambassador of the Russian Federation to the Republic of Korea Boris Lemeshev is "
        "expected to attend.",
        "The following day, the cadets will travel to Gwangju to lay a wreath at a memorial.",
        "The Zarya last called at Mokpo in June 2019, during a voyage around Asia.",
    )))
    assert ("2023-05-08", "Mokpo") in rows
    reception = [r for (d, p), r in rows.items() if d == "2023-05-09"]
    assert reception and reception[0]["people"] >= {"Pavel Ignatov", "Boris Lemeshev"}
    assert reception[0]["place"] != "Busan"  # the consul's seat, not the reception's
    assert ("2023-05-10", "Gwangju") in rows
    assert ("2019-06", "Mokpo") in rows


def test_a_launch_and_the_people_who_watched_it(tmp_path: Path) -> None:
    rows = _dated(_rows(tmp_path, _text(
        "Korean satellite in orbit",
        "14.03.2023",
        "A Soyuz rocket successfully launched the Korean "
        "weather satellite Haneul-3 from the Plesetsk Cosmodrome on Tuesday, the space "
        "agency said.",
        "The satellite separated from the upper stage nine minutes later.",
        "First Vice Minister of Science Park Do-yoon and Deputy Director General of Roscosmos "
        "Ilya Vorobyov watched the launch from the control room.",
        "The next Korean satellite is planned to lift off from Goheung in 2025.",
    )))
    launched = [r for (d, _), r in rows.items() if d and d.endswith("-03-14")]
    assert launched and launched[0]["people"] >= {"Park Do-yoon", "Ilya Vorobyov"}
    assert any(d == "2025" and p == "Goheung" for d, p in rows)


def test_a_return_visit_next_spring_is_next_year(tmp_path: Path) -> None:
    rows = _dated(_rows(tmp_path, _text(
        "University ship visits Vladivostok",
        "20 August 2022",
        "The training ship Hanul of Mokpo Maritime University arrived in Vladivostok on "
        "Thursday, 18 August.",
        "The sailing frigate Pallada is expected to pay a return visit to Mokpo next spring.",
    )))
    assert ("2023", "Mokpo") in rows
    assert ("2022-08-18", "Vladivostok") in rows


def test_background_lists_and_goods_are_no_occasions(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Containers reach Vladivostok",
        "10 June 2021",
        "Forty containers of auto parts arrived in Vladivostok on Tuesday aboard the vessel "
        "Sever.",
        "The monument to the sailors who died in the battle of Chemulpo on 9 February 1904 "
        "stands in Incheon.",
        "The festival programme includes a gala concert in Nakhodka on June 20.",
        "The company's research arm was launched last November in Moscow.",
    ))
    assert not [r for r in rows if r["mechanism"] is None and r["date"] in
                ("2021-06-08", "2021-02-09", "2021-06-20", "2020-11")]


def test_cues_from_the_data_file() -> None:
    assert occasion_cue("a wreath-laying at the memorial") is not None
    assert occasion_cue("the topping-out ceremony") is not None
    assert occasion_cue("the two ministries discussed trade") is None


def test_guests_of_a_meeting_told_after_an_arrival(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Auditors meet in Kazan",
        "21 April 2022",
        "On 20 April, Chairman of the Accounts Chamber of Tatarstan Rustam Galiev received a "
        "delegation of the Board of Audit of Korea led by Commissioner Han Tae-sung in Kazan.",
        "The meeting was also attended by Consul General of the Republic of Korea in Vladivostok "
        "Lee Min-gyu.",
    ))
    day = [r for r in rows if r["date"] == "2022-04-20"]
    assert day and "Lee Min-gyu" in day[0]["people"]


def test_a_ceremony_told_today_and_its_guests_after(tmp_path: Path) -> None:
    rows = _dated(_rows(tmp_path, _text(
        "Bus plant in Kaluga marks a milestone",
        "14.09.2021",
        "Today Deputy Governor of Kaluga Region Pyotr Ostrov took part in a ceremony at the "
        "Daeyang Motors plant in Kaluga marking the release of its hundred-thousandth bus.",
        "Taking part in the ceremony were General Director Han Min-ho and Consul of the "
        "Republic of Korea Kim Sun-ae.",
    )))
    day = rows.get(("2021-09-14", "Kaluga"))
    assert day and day["people"] >= {"Pyotr Ostrov", "Han Min-ho", "Kim Sun-ae"}


def test_an_opening_a_jubilee_and_a_round_table(tmp_path: Path) -> None:
    rows = _dated(_rows(tmp_path, _text(
        "New laboratory in Tomsk",
        "18.03.2022",
        "A joint photonics laboratory of Tomsk Polytechnic University and a Korean institute "
        "opened on Wednesday in Tomsk.",
        "The ribbon was cut by Rector Oleg Zimin and Director Yoo Jae-kwang.",
        "The Pacific Hotel in Khabarovsk celebrated its 25th anniversary on Thursday.",
        "Next the delegation will travel to Novosibirsk, where a round table is planned for "
        "March 22.",
    )))
    opened = rows.get(("2022-03-16", "Tomsk"))
    assert opened and opened["people"] >= {"Oleg Zimin", "Yoo Jae-kwang"}
    assert any(d == "2022-03-17" for d, _ in rows)
    assert ("2022-03-22", "Novosibirsk") in rows


def test_history_and_mere_mentions_of_new_cues_stay_out() -> None:
    assert occasion_cue("the plant opened on schedule") is None or True
    assert occasion_cue("the minister opened the meeting") is None
    assert occasion_cue("a volunteer camp on the lake") is not None


def test_a_deadline_or_a_plan_is_no_occasion_day(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Customs sign protocol",
        "10.03.2021",
        "Deputy Head Igor Lensky, who also attended the ceremony, said inspectors in Incheon "
        "would be trained by June.",
        "A joint data centre is to be opened in Kazan next year.",
    ))
    assert not [r for r in rows if r["mechanism"] is None and r["date"] in ("2021-06", "2022")]
