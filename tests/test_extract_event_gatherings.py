"""Fairs, film weeks, port calls, trips and plans: occasions that are not a channel's
session, on invented sentences.

Every text here is written for this file; officials are invented.
"""

from __future__ import annotations

from pathlib import Path

from test_extract_events import _rows, _text


def test_a_remark_numbers_the_fair_just_told_and_dates_its_earlier_editions(
        tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Seafood makers court Siberian buyers",
        "Date 2019-06-06",
        "TOMSK, June 6. /TASS/. The Busan Seafood Fair, held in Tomsk on June 4-5, drew 40 "
        "exporters. It was the fourth such fair in the city, following ones in 2016 and 2018.",
    ))
    fairs = [(r["ordinal"], r["date"], r["place"]) for r in rows if r["mechanism"]]
    assert (4, "2019-06-04", "Tomsk") in fairs
    assert (None, "2016", "Tomsk") in fairs and (None, "2018", "Tomsk") in fairs
    assert not [f for f in fairs if f[1] in ("2016", "2018") and f[0] is not None]


def test_similar_fairs_planned_in_two_cities_are_two_occasions(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Agency plans roadshows",
        "Date 2021-03-02",
        "KOTRA plans to hold similar fairs in Omsk and Kazan later in 2021.",
    ))
    assert {(r["place"], r["date"]) for r in rows} == {("Omsk", "2021"), ("Kazan", "2021")}


def test_guests_at_the_opening_ceremony_of_a_film_week_take_part_in_it(
        tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Russian films come to Seoul",
        "Date 2019-11-20",
        "SEOUL, Nov. 20 (Yonhap) -- The third Russian Film Week in Seoul ran from Nov. 12 to 18 "
        "at a cinema in Jongno, the organizers said.",
        "Vice Culture Minister Baek Ji-hoon and Ambassador Oleg Markin attended the opening "
        "ceremony on Nov. 12.",
    ))
    assert [(r["ordinal"], r["date"], r["place"], r["people"]) for r in rows] == [
        (3, "2019-11-12", "Seoul", {"Baek Ji-hoon", "Oleg Markin"})]


def test_ships_calling_at_a_port_make_a_visit_with_no_one_named(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Navies to exchange visits",
        "Date 2019-09-03",
        "SEOUL, Sept. 3 (Yonhap) -- The training ship Hanbada visited Vladivostok from Aug. 20 "
        "to 23 with 150 cadets aboard.",
        "The Pacific Fleet plans to send a frigate to the port city of Incheon next year, the "
        "ministry said.",
    ))
    visits = {(r["date"], r["place"]) for r in rows if r["kind"] == "Visit"}
    assert visits == {("2019-08-20", "Vladivostok"), ("2020", "Incheon")}


def test_an_invitation_with_no_date_is_no_trip(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Ministers meet",
        "Date 2020-04-04",
        "SEOUL, April 4 (Yonhap) -- Defense Minister Ahn Tae-soo met Deputy Defense Minister "
        "Pavel Orekhov in Seoul on April 3. Orekhov invited him to visit Moscow at a "
        "convenient time.",
    ))
    assert [r["kind"] for r in rows] == ["Talks"]


def test_a_ceremony_said_after_is_the_signing_already_told(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Agencies sign pact",
        "Date 2020-05-15",
        "MOSCOW, May 15 (Yonhap) -- Director Lim Ha-na and Director Yuri Gusev signed a "
        "memorandum on animation in Moscow on May 14.",
        '"It is a new start," Lim said after the signing ceremony.',
    ))
    assert len(rows) == 1 and rows[0]["date"] == "2020-05-14"


def test_a_trip_announced_then_dated_is_one_trip_with_companions_and_meetings(
        tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Top judge to visit Russia",
        "Date 2018-10-02",
        "SEOUL, Oct. 2 (Yonhap) -- Chief Justice Ko Min-seok will leave for Russia next week "
        "for a five-day trip, the court said Tuesday.",
        "Ko will stay in Moscow from Oct. 8-12, according to the court.",
        "On Oct. 9, he will meet with Ilya Bortnikov, Chairman of the Supreme Court of the "
        "Russian Federation, in Moscow.",
        "Ko will be accompanied by Supreme Court Justice Yang Su-jin.",
    ))
    visits = [r for r in rows if r["kind"] == "Visit"]
    assert [(r["date"], r["place"], r["people"]) for r in visits] == [
        ("2018-10-08", "Moscow", {"Ko Min-seok", "Yang Su-jin"})]
    talks = [r for r in rows if r["kind"] == "Talks"]
    assert [(r["date"], r["people"]) for r in talks] == [
        ("2018-10-09", {"Ko Min-seok", "Ilya Bortnikov"})]


def test_a_delegation_led_abroad_and_the_next_round_of_those_talks(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Port talks",
        "VLADIVOSTOK, Sept 5, 2019. Earlier, on April 9-10, Vice Governor Oleg Rudin led a "
        "delegation of the Primorsky Territory to Busan, where he held talks with the Busan "
        "Port Authority on a container line. The next round of those talks is scheduled for "
        "November in Vladivostok.",
    ))
    assert {(r["kind"], r["date"], r["place"], r["mechanism"]) for r in rows} == {
        ("Visit", "2019-04-09", "Busan", None), ("Talks", "2019-11", "Vladivostok", None)}


def test_a_delegation_touring_on_a_day_and_a_seminar_still_to_come(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Region receives guests",
        "12 May 2019, 10:00",
        "On May 13 the Korean delegation will visit a timber mill in Irkutsk.",
        "The first joint seminar of Russian and Korean foresters is scheduled to take place in "
        "Khabarovsk in 2020.",
    ))
    assert {(r["kind"], r["date"], r["place"]) for r in rows} == {
        ("Visit", "2019-05-13", "Irkutsk"), ("Meeting", "2020", "Khabarovsk")}


def test_launching_the_meeting_somewhere_is_its_first_meeting(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Auditors meet",
        "Date 2019-11-05",
        "The third Korea-Russia Audit Dialogue was held in Seoul on November 4. The two "
        "offices launched the dialogue in Moscow in 2015.",
    ))
    assert {(r["ordinal"], r["date"], r["place"]) for r in rows} == {
        (3, "2019-11-04", "Seoul"), (1, "2015", "Moscow")}


def test_the_next_day_of_the_same_people_is_where_they_were(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Envoys meet",
        "Date 2018-06-08",
        "Ambassador Seo Jin-woo and Ambassador Lev Karpov held the 3rd Korea-Russia Polar "
        "Consultation in Murmansk on June 6.",
        "On June 7, Ambassador Seo visited the Polar Institute and met with its Director Anna "
        "Frolova.",
    ))
    talks = [r for r in rows if r["date"] == "2018-06-07"]
    assert talks and talks[0]["place"] == "Murmansk"


def test_what_the_deal_covers_is_what_its_signing_was_about(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Clinic signs deal",
        "Date 2020-03-04",
        "SEOUL, March 3 (Yonhap) -- Director Han Bo-ra and Minister Ivan Tolstykh signed a "
        "memorandum on film co-production in Seoul on Monday.",
        "Under the deal, the two sides will share digital archives and develop ports of call "
        "for film crews.",
        "Industry watchers welcomed the pact.",
    ))
    assert rows[0]["topics"] == {"culture", "ict", "seaports"}


def test_a_festival_that_opened_the_sentence_before_and_talks_on_its_sidelines(
        tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Artists meet in Khabarovsk",
        "Date 2019-08-20",
        "A four-day festival of music and crafts opened in Khabarovsk on Aug. 16.",
        "The Korea-Russia Youth Arts Festival runs through Aug. 19 on the embankment.",
        "On the sidelines of the festival, Vice Minister Choi Yoon-ah and Deputy Minister Oleg "
        "Zubov held talks on Aug. 17 and discussed cooperation in education and tourism.",
    ))
    festival = [r for r in rows if r["mechanism"]]
    assert [(r["date"], r["place"]) for r in festival] == [("2019-08-16", "Khabarovsk")]
    talks = [r for r in rows if r["kind"] == "Talks"]
    assert [(r["date"], r["place"], r["topics"]) for r in talks] == [
        ("2019-08-17", "Khabarovsk", {"education", "tourism"})]
    assert not festival[0]["topics"]


def test_a_ceremony_attended_after_a_meeting_leaves_the_meeting_its_own(
        tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Culture days open",
        "Date 2019-05-22",
        "The second Korean Culture Days in Russia kicked off on May 20 in Kazan.",
        "Minister Seo Hye-rin and Minister Olga Lyubimova attended the opening ceremony, after "
        "holding a ministerial meeting earlier that day.",
    ))
    assert {(r["ordinal"], r["date"], r["place"]) for r in rows} == {
        (2, "2019-05-20", "Kazan"), (None, "2019-05-20", "Kazan")}


def test_consultations_named_later_with_their_day_told_after_the_lead(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Experts meet on data protection",
        "Date 2019-10-10",
        "SEOUL, Oct. 10 (Yonhap) -- South Korea and Russia held their fourth round of expert "
        "consultations on data protection in Seoul, the ministry said Thursday.",
        "The talks, held Oct. 8 at the agency's office in Seoul, were co-chaired by Director "
        "Baek Su-min and Deputy Minister Roman Ilyin.",
        "The two sides discussed cooperation in digital education and agreed to hold a joint "
        "drill in the first half of 2020.",
        "The Korea-Russia Data Protection Expert Consultation was launched in Moscow in 2016, and "
        "the third round took place in the Black Sea resort of Sochi last year.",
    ))
    rounds = {r["ordinal"]: r for r in rows if r["mechanism"]}
    assert (rounds[4]["date"], rounds[4]["place"]) == ("2019-10-08", "Seoul")
    assert rounds[4]["people"] == {"Baek Su-min", "Roman Ilyin"}
    assert rounds[4]["topics"] == {"ict", "education"}
    assert rounds[3]["place"] == "Sochi"
    assert not [r for r in rows if r["date"] == "2020" and r["topics"]]


def test_a_wreath_laid_and_the_next_days_meeting(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Sailors remembered",
        "Mar 4, 2015",
        "A Russian delegation laid a wreath at the memorial to the sailors in Busan on March 2.",
        "The ceremony was attended by Consul General Pavel Zorin and Rear Admiral Gleb Utkin, "
        "deputy commander of the Pacific Fleet.",
        "On the following day, Vice Minister Kim Ha-eun met Consul General Zorin in Seoul.",
    ))
    assert {(r["date"], r["place"], frozenset(r["people"])) for r in rows} == {
        ("2015-03-02", "Busan", frozenset({"Pavel Zorin", "Gleb Utkin"})),
        ("2015-03-03", "Seoul", frozenset({"Kim Ha-eun", "Pavel Zorin"}))}


def test_a_launch_whose_ceremony_the_next_sentence_names_and_a_contract_signed_by_bodies(
        tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Plant starts production",
        "KAZAN. Mar 3 (Interfax) - The carmaker on Tuesday launched engine production at its "
        "plant in Kazan, the regional government said.",
        "The ceremony was attended by Rustam Galeev, Deputy Prime Minister of Tatarstan, and Lee "
        "Joon-ho, Vice President of the Korean partner.",
        "The plant was built under a contract signed by the ministry, the republic and the "
        "carmaker in Moscow in May 2019. Galeev and Lee signed the contract in the presence of "
        "officials.",
    ))
    launch = [r for r in rows if r["date"] == "2020-03-03"]
    assert launch and launch[0]["place"] == "Kazan"
    assert launch[0]["people"] == {"Rustam Galeev", "Lee Joon-ho"}
    assert [r["place"] for r in rows if r["date"] == "2019-05"] == ["Moscow"]


def test_a_classroom_opened_after_a_caption_and_a_forum_session_told_later(
        tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Center opens classroom",
        "Nov 12, 2019",
        "Photo: Students take part in a calligraphy class at the center in Moscow today.",
        "The Korean Cultural Center on Nov. 8 opened a new classroom at its building in central "
        "Moscow.",
        "Ambassador Choi Do-yun and Deputy Minister Olga Ryabova cut the ribbon together with "
        "students.",
        "Language teaching was also on the agenda at the ninth Korea-Russia Dialogue forum, held "
        "in Moscow on Oct. 10-11. At the forum's education session, Director Kang Se-ra and Ivan "
        "Lobov, rector of the university, presented a plan for teachers.",
        "The forum, launched in 2010, will hold its 10th session in Seoul next year.",
    ))
    opening = [r for r in rows if r["date"] == "2019-11-08"]
    assert opening and opening[0]["people"] == {"Choi Do-yun", "Olga Ryabova"}
    assert opening[0]["place"] == "Moscow"
    forum = {r["ordinal"]: r for r in rows if r["mechanism"]}
    assert forum[9]["people"] == {"Kang Se-ra", "Ivan Lobov"}
    assert (forum[10]["date"], forum[10]["place"]) == ("2020", "Seoul")


def test_a_numbered_demo_day_and_the_one_that_took_place_online(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Startups pitch",
        "Published 2021.06.21",
        "Ten startups pitched at the 3rd Korea-Russia Startup Demo Day, held in Moscow on June "
        "17.",
        "The first Korea-Russia Startup Demo Day was held in Moscow in December 2019, and the "
        "second took place online in November last year.",
    ))
    # the one held online takes the best guess of a place (no place is owed for it)
    assert {(r["ordinal"], r["date"], r["place"]) for r in rows if r["ordinal"] != 2} == {
        (3, "2021-06-17", "Moscow"), (1, "2019-12", "Moscow")}
    assert {(r["ordinal"], r["date"]) for r in rows} >= {(2, "2020-11")}


def test_what_the_parties_discussed_on_a_visit_belongs_to_its_talks(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Press service",
        "16 October 2019, 18:20",
        "Rustam Nabiullin: \"Korean partners are welcome\"",
        "From 14 to 16 October, Rustam Nabiullin, President of the Republic of Tatarstan, is on "
        "a working visit to the Republic of Korea.",
        "On 15 October, in Seoul, the President met with Cho Min-gyu, Vice Minister of Trade, "
        "Industry and Energy. The parties discussed cooperation in shipbuilding and "
        "agriculture.",
    ))
    talks = [r for r in rows if r["kind"] == "Talks"]
    assert talks and talks[0]["topics"] == {"shipbuilding", "agriculture"}
    assert not [r for r in rows if r["kind"] == "Visit" and r["topics"]]
