"""Visits, programme days, ceremonies and gatherings told in passing, on invented releases.

One test per rule: date lines with a view counter, forums told before a channel is
named, "will also hold talks", attendance of the gathering just told, where a visit
began, Korean ministry day notes, port calls, signings with quoted titles, exhibitions
and signings recalled in passing, "Following the consultations", trips within a stay,
wreaths and ceremonies. Every text here is written for this file; officials are invented.
"""

from __future__ import annotations

from pathlib import Path

from test_extract_events import _rows, _text


def _brief(rows: list[dict]) -> list[tuple]:
    return [(r["kind"], r["date"], r["place"], r["people"]) for r in rows]


def test_a_date_line_with_a_view_counter_dates_the_release(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Governor meets Korean consul",
        "15.11.2017 18:40        Views: 1 204",
        "On Monday Governor Pavel Zorin met Consul General Kim Do-hyun in Khabarovsk. They "
        "discussed cooperation in tourism.",
    ))
    assert _brief(rows) == [("Talks", "2017-11-13", "Khabarovsk",
                             {"Pavel Zorin", "Kim Do-hyun"})]


def test_the_forum_opened_is_the_business_forum_told_not_a_channel_named_later(
        tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Regional delegation visits Korea",
        "Date 2019-10-02",
        "Governor Pavel Zorin took part in a business forum on regional cooperation organised "
        "in Seoul on October 1. Vice Minister Kim Do-hyun and Ambassador Ivan Belov opened the "
        "forum.",
        "The governor invited Korean companies to the Eastern Economic Forum in Vladivostok.",
    ))
    assert [r for r in rows if r["mechanism"] == "Eastern Economic Forum"] == []
    forum = [r for r in rows if r["place"] == "Seoul"]
    assert _brief(forum) == [("Meeting", "2019-10-01", "Seoul",
                              {"Pavel Zorin", "Kim Do-hyun", "Ivan Belov"})]


def test_taking_part_in_a_business_forum_is_an_event(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Governor visits Seoul",
        "Date 2019-10-02",
        "Governor Pavel Zorin took part in a business forum on agricultural trade organised in "
        "Seoul on October 1.",
    ))
    assert _brief(rows) == [("Meeting", "2019-10-01", "Seoul", {"Pavel Zorin"})]


def test_he_will_also_hold_talks_joins_the_next_days_occasion(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Governor to meet Korean investors",
        "Date 2021-04-14",
        "Governor Pavel Zorin arrived in Seoul on a working visit.",
        "Tomorrow the governor will meet Ambassador Lee Soo-min. He will also hold talks with "
        "Chairman Park Jin-ho of Hanil Shipbuilding.",
    ))
    talks = [r for r in rows if r["kind"] == "Talks"]
    assert [(r["date"], r["people"]) for r in talks] == [
        ("2021-04-15", {"Pavel Zorin", "Lee Soo-min", "Park Jin-ho"})]


def test_the_consul_who_attended_the_meeting_joins_that_meeting_not_the_visit(
        tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Delegation in Irkutsk",
        "Date 2020-09-10",
        "A Korean delegation led by Vice Minister Han Jae-won visited Irkutsk on September 8.",
        "On September 9, Vice Minister Han Jae-won held a meeting with Governor Pavel Zorin on "
        "trade. The Consul General Oh Min-ji attended the meeting.",
    ))
    assert _brief(rows) == [
        ("Visit", "2020-09-08", "Irkutsk", {"Han Jae-won"}),
        ("Talks", "2020-09-09", "Irkutsk", {"Han Jae-won", "Pavel Zorin", "Oh Min-ji"})]


def test_those_who_opened_the_forum_take_part_in_the_forum_just_told(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Delegation in Seoul",
        "Date 2020-09-10",
        "Governor Pavel Zorin visited Seoul on September 8.",
        "On September 9, the governor attended a business forum on agricultural trade in Seoul. "
        "Minister Han Jae-won and Ambassador Oleg Sitnikov opened the forum.",
    ))
    forum = [r for r in rows if r["kind"] == "Meeting"]
    assert _brief(forum) == [("Meeting", "2020-09-09", "Seoul",
                              {"Pavel Zorin", "Han Jae-won", "Oleg Sitnikov"})]


def test_the_first_talks_of_a_visit_are_where_the_visit_began(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Governor tours Korea",
        "Date 2018-05-16",
        "Governor Pavel Zorin is on a working visit to the Republic of Korea. The visit began "
        "in Busan. On Monday the governor met Mayor Kang Min-soo to discuss fisheries "
        "cooperation.",
    ))
    talks = [r for r in rows if r["kind"] == "Talks"]
    assert _brief(talks) == [("Talks", "2018-05-14", "Busan", {"Pavel Zorin", "Kang Min-soo"})]


def test_a_ministry_day_note_dates_the_delegation_received(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Vice Minister receives Russian delegation",
        "2019-06-20",
        "On the 19th (Wed.), Vice Minister Kwon Tae-jin received the Russian delegation at the "
        "Government Complex Sejong and discussed cooperation in shipbuilding.",
    ))
    assert [(r["kind"], r["date"], r["people"]) for r in rows] == [
        ("Talks", "2019-06-19", {"Kwon Tae-jin"})]


def test_a_ship_based_in_one_port_calls_at_another(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Russian patrol ship to visit Busan",
        "Date 2019-11-20",
        "The patrol ship Kamchatka, based in Petropavlovsk-Kamchatsky, will make a port call in "
        "Busan from Friday to Monday.",
    ))
    assert [(r["kind"], r["place"]) for r in rows] == [("Visit", "Busan")]


def test_a_quoted_agreement_signed_and_the_next_days_visit_of_the_delegation(
        tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Archives sign agreement",
        "Date 2019-08-16",
        'Director Kim Hae-won and Director Pavel Zorin signed the "Agreement on the Exchange of '
        'Archival Copies" at the National Archives in Daejeon on August 13. On the following '
        "day, Mr. Zorin and his delegation visited the Presidential Archives in Sejong.",
    ))
    assert _brief(rows) == [("Signing", "2019-08-13", "Daejeon", {"Kim Hae-won", "Pavel Zorin"}),
                            ("Visit", "2019-08-14", "Sejong", {"Pavel Zorin"})]


def test_guests_of_the_signing_ceremony_join_the_signing_past_an_exhibition(
        tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Archives sign agreement",
        "Date 2019-08-16",
        'Director Kim Hae-won and Director Pavel Zorin signed the "Agreement on the Exchange of '
        'Archival Copies" at the National Archives in Daejeon on August 13. The two sides then '
        "opened a joint exhibition of documents on the history of the two countries. Deputy "
        "Director Oh Min-ji and Counsellor Ivan Belov also attended the signing ceremony.",
    ))
    signing = [r for r in rows if r["kind"] == "Signing"]
    assert _brief(signing) == [("Signing", "2019-08-13", "Daejeon",
                                {"Kim Hae-won", "Pavel Zorin", "Oh Min-ji", "Ivan Belov"})]


def test_an_exhibition_held_years_ago_is_an_event(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Museums extend cooperation",
        "Date 2019-08-16",
        'Director Kim Hae-won recalled the joint exhibition "Treasures of the Silk Road" held in '
        "Vladivostok in October 2015.",
    ))
    assert [(r["kind"], r["date"], r["place"]) for r in rows] == [
        ("Meeting", "2015-10", "Vladivostok")]


def test_an_exhibition_to_be_held_next_year_is_an_event(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Museums extend cooperation",
        "Date 2019-08-16",
        "The museums will present their collections at a special exhibition to be held at the "
        "Korea Design Center in Seongnam in March next year.",
    ))
    assert _brief(rows) == [("Meeting", "2020-03", "Seongnam", set())]


def test_a_memorandum_signed_years_ago_is_a_signing_nobody_named_took_part_in(
        tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Museums extend cooperation",
        "Date 2019-08-16",
        "Director Kim Hae-won and Director Pavel Zorin met in Seoul on August 15. The two "
        "museums have exchanged curators every year since signing a Memorandum of "
        "Understanding on cooperation in Moscow in June 2012.",
    ))
    signing = [r for r in rows if r["kind"] == "Signing"]
    assert _brief(signing) == [("Signing", "2012-06", "Moscow", set())]


def test_a_protocol_signed_following_the_consultations_is_dated_and_placed_like_them(
        tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Consular consultations held",
        "Date 2019-08-16",
        "Korea-Russia consular consultations were held in Seoul on August 14. Director-General "
        "Lim Sang-woo and Director Pavel Zorin headed the delegations. Following the "
        "consultations, Mr. Lim and Mr. Zorin signed a Protocol on consular cooperation.",
    ))
    signing = [r for r in rows if r["kind"] == "Signing"]
    assert [(r["date"], r["place"]) for r in signing] == [("2019-08-14", "Seoul")]


def test_a_day_trip_during_a_stay_is_where_they_travelled_to(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Korean delegation in Russia",
        "Date 2019-11-18",
        "A delegation of Gyeongsangbuk-do led by Vice Governor Han Jae-won arrived in Moscow on "
        "November 12. During their stay in Moscow, the delegation visited the Skolkovo "
        "Innovation Center, and on 15 November travelled to Vladimir to meet Governor Pavel "
        "Zorin.",
    ))
    assert [r["place"] for r in rows if r["date"] == "2019-11-15"] == ["Vladimir"]


def test_laying_a_wreath_together_is_an_occasion(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Minister visits Moscow",
        "Date 2019-08-16",
        "Minister Lim Sang-woo and Deputy Minister Pavel Zorin laid a wreath at the Tomb of the "
        "Unknown Soldier in Moscow on August 15.",
    ))
    assert [(r["date"], r["place"], r["people"]) for r in rows] == [
        ("2019-08-15", "Moscow", {"Lim Sang-woo", "Pavel Zorin"})]


def test_an_afternoon_of_a_numbered_day_dates_the_talks(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Vice Minister visits Vladivostok",
        "2019-08-13",
        "On the afternoon of the 12th (Mon.), Vice Minister Kwon Tae-jin met Governor Pavel "
        "Zorin in Vladivostok and discussed cooperation in fisheries.",
    ))
    assert [(r["date"], r["place"]) for r in rows] == [("2019-08-12", "Vladivostok")]


def test_the_opening_year_of_a_centre_visited_does_not_date_the_visit(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Ambassador visits Primorye",
        "Date 2019-08-16",
        "Ambassador Lim Sang-woo visited the Korean Cultural Center in Ussuriysk, opened in "
        "2009, on August 15 and met its director Pavel Zorin.",
    ))
    assert [r["date"] for r in rows] == ["2019-08-15"]


def test_the_two_men_last_met_is_an_earlier_occasion_of_both(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Leaders to meet in Moscow",
        "Date 2019-11-20",
        "President Lee Dong-hwan will meet President Pavel Zorin in Moscow next week. The two "
        "men last met in September on the sidelines of the Eastern Economic Forum in "
        "Vladivostok.",
    ))
    earlier = [r for r in rows if r["date"] == "2019-09"]
    assert [(r["kind"], r["people"]) for r in earlier] == [
        ("Talks", {"Lee Dong-hwan", "Pavel Zorin"})]


def test_the_head_of_the_republic_named_before_meets_tomorrow(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Head of Buryatia visits Korea",
        "Date 2019-08-16",
        "Head of the Republic of Buryatia Pavel Zorin arrived in Seoul on August 16 and met "
        "Minister Lim Sang-woo. Tomorrow the Head of the Republic will meet with Chairman Park "
        "Jin-ho of KOGAS.",
    ))
    assert [(r["date"], r["people"]) for r in rows if r["date"] == "2019-08-17"] == [
        ("2019-08-17", {"Pavel Zorin", "Park Jin-ho"})]
