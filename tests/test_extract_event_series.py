"""Series told in lower case, occasions told in passing, and where a day was spent.

Every text here is written for this file (invented officials, invented wording): a
joint conference of two institutes numbered year after year, a week-long fair, a
roadshow in two cities, captions, planned visits, and signings by bodies.
"""

from __future__ import annotations

from pathlib import Path

from test_extract_events import _rows, _text


def test_a_numbered_joint_conference_of_two_institutes_is_their_channel(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Energy economists meet in Seoul",
        "Date 2021-10-14",
        "The sixth annual joint conference of the Korea Energy Economics Institute (KEEI) and "
        "the Energy Research Institute of the Russian Academy of Sciences, better known as "
        "ERIRAS, was held in Seoul on October 14.",
        "Last year's fifth conference took place in Moscow, and the seventh is set for "
        "Moscow next spring.",
        "KEEI President Lim Jae-won said demand for LNG would keep growing.",
        "Deputy Director Pavel Surikov, who addressed the conference by video link, said "
        "Russia was ready to supply more gas.",
    ))
    channel = "KEEI-ERIRAS joint conference"
    numbered = {(r["ordinal"], r["date"], r["place"]) for r in rows if r["mechanism"] == channel}
    assert (6, "2021-10-14", "Seoul") in numbered
    assert (5, "2020", "Moscow") in numbered
    assert (7, "2022", "Moscow") in numbered
    sixth = next(r for r in rows if r["mechanism"] == channel and r["ordinal"] == 6)
    assert {"Lim Jae-won", "Pavel Surikov"} <= sixth["people"]


def test_a_week_long_fair_is_a_channel_told_again_by_its_head(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Labour inspectors compare notes",
        "Date 2019-09-20",
        "The Korean side confirmed it will take part in the All-Russian Mine Rescue Week to "
        "be held in Kemerovo in May 2020.",
        "Korean rescuers took part in the Week for the first time this year, when it was "
        "held in Kemerovo on 14-17 May.",
    ))
    weeks = {(r["date"], r["place"]) for r in rows
             if r["mechanism"] == "All-Russian Mine Rescue Week"}
    assert ("2020-05", "Kemerovo") in weeks
    assert ("2019-05-14", "Kemerovo") in weeks


def test_first_hosted_numbers_the_first_meeting(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Second meeting of the Russian-Korean Working Group on Mine Safety",
        "12 June 2020",
        "The second meeting of the Russian-Korean Working Group on Mine Safety took place "
        "on 10 June in Kemerovo.",
        "Director Choi Min-gyu recalled that the Korean ministry first hosted the working "
        "group in Ulsan in October 2019.",
    ))
    firsts = [r for r in rows if r["ordinal"] == 1]
    assert firsts and firsts[0]["date"] == "2019-10" and firsts[0]["place"] == "Ulsan"


def test_a_roadshow_in_two_cities_then_talks_the_same_afternoon(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Medical devices roadshow in Russia",
        "Date : 2019-06-11",
        "The Korea Health Industry Development Institute held the \"Medical Korea Roadshow\" in "
        "Kazan (June 3-4) and Novosibirsk (June 6), and held regulatory talks with Russian "
        "authorities in Moscow on June 7.",
        "The Korean delegation was headed by Kim Ha-neul, Director General at the Ministry "
        "of Health and Welfare.",
        "On Friday, Director General Kim met Irina Sobolenko, Deputy Head of the Federal "
        "Service for Surveillance in Healthcare.",
        "The same afternoon, she held talks with Oleg Dyatlov, Head of the Department of "
        "Medical Devices.",
        "The institute plans to hold next year's roadshow in Khabarovsk, and to invite "
        "Russian regulators to Daegu for a medical device workshop in the first half of 2020.",
    ))
    seen = {(r["date"], r["place"]) for r in rows}
    assert {("2019-06-03", "Kazan"), ("2019-06-06", "Novosibirsk")} <= seen
    talks = [r for r in rows if r["date"] == "2019-06-07"]
    assert len(talks) == 2 and all(r["place"] == "Moscow" for r in talks)
    assert ("2020", "Khabarovsk") in seen
    assert any(d and d.startswith("2020") and p == "Daegu" for d, p in seen)


def test_a_caption_of_a_signing_is_the_signing_the_body_tells(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Pipeline builders agree to cooperate",
        "21.05.2019 17:10",
        "[Photo: Pyotr Sabanin and Jung Do-hyun exchange the signed memorandum in Kazan. "
        "Photo: press service]",
        "On 20 May, in Kazan, Pyotr Sabanin, General Director of Tatneftegaz, and Jung Do-hyun, "
        "President of Daewon Engineering, signed a Memorandum of Understanding on pipeline "
        "construction.",
    ))
    signings = [r for r in rows if r["kind"] == "Signing"]
    assert [(r["date"], r["place"]) for r in signings] == [("2019-05-20", "Kazan")]


def test_a_joint_working_group_set_up_and_its_first_meeting(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Bridge builders sign MOU",
        "Date 2019-03-05",
        "The parties agreed to set up a joint working group on bridge maintenance, whose "
        "first meeting is to be held in Incheon in the second half of 2019.",
    ))
    meetings = [r for r in rows if r["mechanism"]]
    assert meetings and meetings[0]["mechanism"].lower() == \
        "joint working group on bridge maintenance"
    assert (meetings[0]["ordinal"], meetings[0]["date"][:4], meetings[0]["place"]) == \
        (1, "2019", "Incheon")


def test_a_delegation_visit_the_following_day(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Road agencies sign MOU",
        "Date 2020-02-13",
        "On 12 February, in Kazan, Rustam Minnegaliev, head of Tatavtodor, and Kim Tae-ho, "
        "President of the Korea Road Agency, signed a memorandum on road safety.",
        "The following day the Korean delegation made a working visit to the M-7 motorway "
        "in the Republic of Tatarstan.",
    ))
    assert any(r["date"] == "2020-02-13" and r["kind"] == "Visit" for r in rows)


def test_a_plant_opened_by_officials_and_a_district_of_the_capital(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Korean carmaker opens parts plant",
        "KALUGA. March 3 (Interfax) - A Korean parts maker opened a plant in the region.",
        "The plant was officially opened on Wednesday by Governor Vladislav Shapsha and "
        "Ambassador Lee Sang-min.",
    ))
    opened = [r for r in rows if {"Vladislav Shapsha", "Lee Sang-min"} <= r["people"]]
    assert opened
    rows = _rows(tmp_path, _text(
        "Content agency opens office",
        "Date 2021-05-20",
        "The agency held an opening ceremony for the office in the Tverskoy district of the "
        "Russian capital on May 20, with Director Han Ji-su in attendance.",
    ))
    assert any(r["place"] == "Moscow" for r in rows)


def test_a_business_forum_to_be_held_is_no_channel(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Game makers in Moscow",
        "Date 2021-04-02",
        "An official said the agency plans to hold a Korea-Russia game business forum in "
        "Kazan in the second half of next year.",
    ))
    assert rows and all(r["mechanism"] is None for r in rows)
    assert any(r["place"] == "Kazan" and r["date"].startswith("2022") for r in rows)


def test_bodies_signing_with_guests_named_next_and_a_signing_long_ago(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Water utility signs MOU in Irkutsk",
        "Published 2019.07.12 10:15",
        "The corporation said on July 12 that it had signed a memorandum of understanding "
        "on water quality with Irkutskvodokanal in Irkutsk, Russia, on Thursday.",
        "The signing was attended by CEO Park Jin-woo and Irkutsk Mayor Dmitry Bersenev.",
        "The two companies first signed a memorandum on cooperation in Seoul in May 2015.",
    ))
    signing = next(r for r in rows if r["date"] == "2019-07-11")
    assert signing["place"] == "Irkutsk" and "Park Jin-woo" in signing["people"]
    assert any(r["date"] == "2015-05" and r["place"] == "Seoul" for r in rows)


def test_meetings_to_come_told_in_passing(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Ambassador meets trade minister",
        "17.05.2021",
        "On May 16, Ambassador Pavel Orlovsky met Minister for Trade Lee Ji-hoon in Sejong.",
        "They agreed that the next meeting of the Russian-Korean Intergovernmental Commission "
        "on Trade, scheduled for the autumn in Moscow, should be well prepared.",
        "The first expert meeting under the MOU is scheduled to be held in Gwangju in the "
        "first half of next year.",
        "A joint team of the two agencies will visit Ulsan on May 24.",
        "A return visit of a Gwangju business delegation to Tomsk is planned for June 2022.",
    ))
    seen = {(r["mechanism"], r["ordinal"], (r["date"] or "")[:7], r["place"]) for r in rows}
    assert ("Russian-Korean Intergovernmental Commission on Trade", None, "2021", "Moscow") \
        in seen
    assert any(o == 1 and d.startswith("2022") and p == "Gwangju" for _, o, d, p in seen)
    assert (None, None, "2021-05", "Ulsan") in seen
    assert (None, None, "2022-06", "Tomsk") in seen


def test_reported_to_a_commission_next_year_is_its_meeting(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Heat pilot in Chita",
        "Date 2018-04-12",
        "The two sides will report the results of the pilot to the Korea-Russia Joint "
        "Commission on Economic Cooperation next year.",
    ))
    assert any(r["mechanism"] and r["date"] == "2019" for r in rows)


def test_a_round_table_held_in_a_city(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Governor visits Korea",
        "Date 2018-06-08",
        "On June 6, a Chukotka–Korea business round table was held in Incheon with the "
        "support of KOTRA.",
    ))
    assert any(r["date"] == "2018-06-06" and r["place"] == "Incheon" for r in rows)


def test_fta_negotiations_in_lower_case_held_last_week(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Business council meets",
        "Date 2019-09-20",
        "Participants welcomed the second round of negotiations on a Korea-Russia free trade "
        "agreement in services and investment, which took place in Moscow last week.",
    ))
    fta = [r for r in rows if r["mechanism"]]
    assert fta and fta[0]["mechanism"] == \
        "Korea-Russia FTA negotiations on services and investment"
    assert (fta[0]["ordinal"], fta[0]["date"], fta[0]["place"]) == (2, "2019-09", "Moscow")


def test_a_signing_on_the_sidelines_by_others_is_its_own_occasion(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Business council meets in Busan",
        "Date 2019-05-15",
        "The 12th meeting of the Korea-Russia Shipping Council was held in Busan on May 14, "
        "co-chaired by Chairman Kang Ho-jin and Deputy Minister Boris Lyalin.",
        "On the sidelines of the meeting, the Busan Port Authority and the Port of Vanino "
        "signed a memorandum of understanding on container shipping.",
        "It was signed by Vice President Seo Min-ho and Director Anna Kolesova.",
    ))
    council = next(r for r in rows if r["mechanism"])
    signing = next(r for r in rows if r["kind"] == "Signing")
    assert (signing["date"], signing["place"]) == ("2019-05-14", "Busan")
    assert signing["people"] == {"Seo Min-ho", "Anna Kolesova"}
    assert not council["people"] & signing["people"]


def test_a_ribbon_cut_by_officials_opens_the_building_they_attend(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Korean bank opens branch",
        "SAMARA, May 12. /TASS/. Korea's Hanbit Bank on Friday officially opened its branch in "
        "Samara, the bank said.",
        "The ribbon was cut by Vice-Governor Viktor Kudryashov and Hanbit Bank President "
        "Jung Sang-woo.",
        "Yulia Belova, head of the regional investment agency, also attended the ceremony.",
    ))
    opening = next(r for r in rows if "Viktor Kudryashov" in r["people"])
    assert opening["mechanism"] is None
    assert "Yulia Belova" in opening["people"]


def test_a_committee_of_a_city_is_no_channel(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Tourism agreement signed",
        "Date 2018-07-03",
        "The agreement was signed in Kazan on July 2 by the Committee for Tourism of Kazan "
        "and the Korea Tourism Organization.",
    ))
    assert all(r["mechanism"] is None for r in rows)


def test_online_meetings_and_inspectors_visiting(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Game studios in Kazan",
        "KAZAN, April 8 (Yonhap) -- A Korean game agency opened a showcase in Kazan on Thursday.",
        "On Friday, the agency is set to hold online business meetings with local buyers.",
        "On 10 April, the Korean fire inspectors visited the Emergencies Department in Kazan.",
        "Deputy Head Rustam Galiev accompanied the delegation.",
    ))
    online = [r for r in rows if r["date"] == "2021-04-09" or (r["date"] or "").endswith("-04-09")]
    assert online and online[0]["place"] is None
    visit = next(r for r in rows if r["kind"] == "Visit")
    assert visit["place"] == "Kazan" and visit["people"] == {"Rustam Galiev"}


def test_a_tour_of_two_cities_is_held_in_neither_alone(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Governor back from Korea",
        "12 May 2019, 10:00",
        "The delegation of Sakhalin Oblast headed by Governor Oleg Kozhin has completed a "
        "working visit to the Republic of Korea, which took place from May 6 to 9 in Ulsan "
        "and Incheon.",
    ))
    visit = next(r for r in rows if r["kind"] == "Visit")
    assert visit["date"] == "2019-05-06" and visit["place"] is None


def test_a_ribbon_cut_at_the_opening_ceremony_and_a_meeting_of_a_forum_long_ago(
        tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Tretyakov icons in Busan",
        "Nov 12, 2019",
        "An exhibition of Russian icons opened on Monday at the Busan Museum of Art in Busan.",
        "Vice Minister Kang Eun-ji and Russian Deputy Minister of Culture Pavel Zinoviev cut "
        "the ribbon at the opening ceremony on Monday afternoon.",
        "Zinoviev announced that Russia plans to hold a return exhibition in Kazan next year.",
        "At the ceremony, Kang and Zinoviev signed a memorandum on museum exchanges.",
        "The idea goes back to a meeting of the Korea-Russia Dialogue, a civilian forum "
        "launched in 2010, held in Moscow in October 2018.",
    ))
    seen = {(r["kind"], r["date"], r["place"]) for r in rows}
    assert ("Signing", "2019-11-11", "Busan") in seen
    assert any(k != "Signing" and d == "2019-11-11" and p == "Busan" for k, d, p in seen)
    assert any(r["mechanism"] == "Korea-Russia Dialogue" and r["date"] == "2018-10" and
               r["place"] == "Moscow" for r in rows)


def test_a_round_told_beside_a_state_visit_and_its_summit(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Outcome of Korea-Russia Consultations on Arctic Shipping",
        "2019-11-06",
        "Ambassador Han Dong-min held consultations with Deputy Minister Yuri Varnov in Moscow "
        "on November 5 within the Korea-Russia Consultations on Arctic Shipping.",
        "The consultations followed the consultations held in Busan in April, and took place "
        "five months after the state visit to Russia by the President of Korea in June, "
        "during which the leaders held a summit in Moscow.",
    ))
    seen = {(r["mechanism"], r["date"], r["place"]) for r in rows}
    assert (None, "2019-06", "Moscow") in seen
    assert not any(m and d in ("2019-06", None) for m, d, _ in seen)


def test_who_addressed_the_conference_was_at_the_conference_not_the_round_before(
        tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Economists meet in Seoul",
        "Date 2021-10-14",
        "The fourth annual joint conference of the Korea Maritime Institute (KMI) and the "
        "Central Research Institute of Maritime Fleet, better known as CNIIMF, was held in "
        "Seoul on October 14.",
        "Director Lee Ha-rin noted that the first round of negotiations on a fisheries "
        "agreement, held in Busan in June, had gone well.",
        "Deputy Minister Pavel Surikov, who addressed the conference by video link, said "
        "shipping along the Arctic route would double.",
    ))
    fourth = next(r for r in rows if r["ordinal"] == 4)
    assert "Pavel Surikov" in fourth["people"]
    assert not any("Pavel Surikov" in r["people"] for r in rows if r is not fourth)


def test_a_city_then_its_province_is_one_venue_not_two(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Governors gather for a fourth round",
        "Date 2022-09-06",
        "The fourth Korea-Russia Interregional Cooperation Forum opened in Yakutsk on "
        "September 6.",
        "The forum first met in 2019 in Gyeongju, North Gyeongsang Province, and its second "
        "round was held in Ulan-Ude the following year.",
    ))
    channel = "Korea-Russia Interregional Cooperation Forum"
    numbered = {(r["ordinal"], r["date"], r["place"]) for r in rows if r["mechanism"] == channel}
    assert (2, "2020", "Ulan-Ude") in numbered
    assert not any(p == "North Gyeongsang Province" for _, _, p in numbered)
