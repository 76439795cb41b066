"""Occasions told by a noun, negotiations in rounds, and people named in lower-case posts,
on invented releases.

Every text here is written for this file; officials are invented.
"""

from __future__ import annotations

from pathlib import Path

from test_extract_events import _graph, _rows, _text

from kg.namespaces import KGO


def _posts(tmp_path: Path, text: str) -> dict[str, set[str]]:
    """person -> the titles of the posts the release gives them."""
    out = _graph(tmp_path, text)
    holder = {o: s for s, p, o, *_ in out.all_triples() if p == KGO.holds}
    posts: dict[str, set[str]] = {}
    for s, p, o, *_ in out.all_triples():
        if p == KGO.positionTitle and s in holder:
            posts.setdefault(out.label_of(holder[s]), set()).add(str(o))
    return posts


def test_recalled_summit_and_talks_are_occasions_but_not_the_main_one(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Exporters eye Russian market",
        "SEOUL, Feb. 3 (Yonhap) -- Shipments of Korean machinery to Russia rose sharply last "
        "year, a trade body said Sunday.",
        "The two countries set a goal of $30 billion in trade at their summit in Sochi last "
        "October.",
        "The issue was also raised during the talks between the trade ministers of the two "
        "countries, held in Busan on November 12.",
        "The association plans to hold a business forum in Seoul on Feb. 20. Ahn Jae-kyu, vice "
        "chairman of the association, will lead the Korean side, and Pyotr Zorin, vice "
        "president of a Russian chamber, will head a 40-member delegation.",
    ))
    summit = [r for r in rows if r["kind"] == "Summit"]
    assert [(r["date"], r["place"], r["people"]) for r in summit] == [("2018-10", "Sochi", set())]
    talks = [r for r in rows if r["date"] == "2018-11-12"]
    assert talks and talks[0]["place"] == "Busan" and not talks[0]["people"]
    forum = [r for r in rows if r["date"] == "2019-02-20"]
    assert forum and forum[0]["people"] == {"Ahn Jae-kyu", "Pyotr Zorin"}


def test_a_bare_summit_without_its_date_is_only_a_back_reference(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Ministers review summit follow-up",
        "Date 2019-07-02",
        "1. Vice Minister Cha Hyun-woo and Deputy Minister Gleb Orlov met in Seoul on July 1 "
        "and reviewed the follow-up to the summit in Moscow.",
    ))
    assert [(r["date"], r["place"]) for r in rows] == [("2019-07-01", "Seoul")]


def test_a_body_holds_a_meeting_and_names_its_chair_after(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Ministry reviews northern projects",
        "Date 2019-05-17",
        "1. The Ministry of Oceans and Fisheries held an inter-agency meeting to review port "
        "projects in the Russian Far East at the Government Complex Sejong on May 16.",
        "The meeting was chaired by Vice Minister Gong Tae-ho and attended by Director "
        "General Yeo Min-ji.",
        "2. The ministry will hold the third review meeting in Busan in August.",
    ))
    held = [r for r in rows if r["date"] == "2019-05-16"][0]
    assert held["place"] == "Sejong" and held["people"] == {"Gong Tae-ho", "Yeo Min-ji"}
    third = [r for r in rows if r["ordinal"] == 3][0]
    assert third["mechanism"] is None and third["date"] == "2019-08"
    assert third["place"] == "Busan"


def test_a_proposal_to_hold_a_presentation_is_no_occasion(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Delegation visits Amur Region",
        "12 March 2020, 10:15",
        "A delegation of Korean firms led by Consul General Hong Seok-jin is on a working "
        "visit to Blagoveshchensk on March 11-12. Deputy Governor Inna Sokolova proposed "
        "to hold a presentation of the region in Busan in the spring.",
    ))
    assert all(r["place"] != "Busan" for r in rows)


def test_fta_negotiations_are_a_channel_with_rounds(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Korea and Russia Wrap Up Third Round of Services FTA Negotiations",
        "Date: 2021-04-16",
        "1. The ministry held the 3rd round of negotiations on the Korea-Russia Services Free "
        "Trade Agreement (FTA) in Moscow from April 12 to 15.",
        "2. The negotiations were launched with the first round in Seoul in May 2020; the "
        "second round took place by video conference in November 2020.",
        "3. The fourth round is scheduled to take place in Seoul in July.",
    ))
    rounds = {r["ordinal"]: r for r in rows if r["mechanism"]}
    assert set(rounds) == {1, 2, 3, 4}
    assert len({r["mechanism"] for r in rounds.values()}) == 1  # headline and body: one
    assert "Services Free Trade Agreement negotiations" in rounds[3]["mechanism"]
    assert rounds[3]["date"] == "2021-04-12" and rounds[3]["place"] == "Moscow"
    assert rounds[1]["place"] == "Seoul"  # the second, unplaced, takes a guess


def test_second_and_third_rounds_are_numbered_in_turn(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Consultations on the Arctic",
        "Date 2020-02-10",
        "1. The fourth round of the Korea-Russia Arctic Consultations was held in Seoul on "
        "February 7.",
        "2. The Consultations first met in Moscow in 2016; the second and third rounds were "
        "held in Busan in 2017 and in Murmansk in 2018.",
    ))
    by_date = {r["date"]: r["ordinal"] for r in rows if r["mechanism"]}
    assert by_date == {"2020-02-07": 4, "2016": 1, "2017": 2, "2018": 3}


def test_previous_numbered_round_and_next_one_after_a_possessive(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "On the meeting of the Deputy Minister with the Ambassador",
        "15 May 2022 12:00",
        "On May 14, Deputy Minister of Foreign Affairs of the Russian Federation Oleg Vetrov "
        "received Ambassador of the Republic of Korea Min Jae-sung at the latter's request.",
        "The sides discussed the preparations for the sixth round of the Russia-Republic of "
        "Korea Strategic Dialogue. O.V. Vetrov recalled that the previous, fifth round, held "
        "in Seoul in June 2019, was productive.",
        "They agreed to review the results at the dialogue's next, sixth round, to be held in "
        "Moscow in 2023.",
    ))
    talks = [r for r in rows if r["date"] == "2022-05-14"][0]
    assert talks["people"] == {"Oleg Vetrov", "Min Jae-sung"} and talks["mechanism"] is None
    fifth = [r for r in rows if r["ordinal"] == 5][0]
    assert fifth["date"] == "2019-06" and fifth["place"] == "Seoul"
    sixth = [r for r in rows if r["ordinal"] == 6]
    assert any(r["date"] == "2023" and r["place"] == "Moscow" for r in sixth)


def test_co_chairs_of_a_commission_hold_a_call_not_a_session(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Co-chairs speak by phone",
        "MOSCOW, March 3. /TASS/. Russian Minister of Energy Nikita Lavrov and South Korea's "
        "Minister of Trade, Industry and Energy Jang Sung-hoon, who co-chair the Russian-Korean "
        "Joint Commission on Energy, held a telephone conversation on Wednesday.",
        "The co-chairs agreed to hold the 12th session of the commission in Busan in the "
        "second half of the year.",
        "They also agreed that the Hydrogen subcommittee, a working body of the commission, "
        "would meet in Ulsan in early June.",
    ))
    call = [r for r in rows if r["mechanism"] is None][0]
    assert call["people"] == {"Nikita Lavrov", "Jang Sung-hoon"}
    session = [r for r in rows if r["ordinal"] == 12][0]
    assert session["place"] == "Busan" and session["date"] and session["date"][:4] != "2021-03"
    assert not session["people"]
    sub = [r for r in rows if r["mechanism"] and "subcommittee" in r["mechanism"].lower()]
    assert sub and sub[0]["place"] == "Ulsan"


def test_last_years_forum_is_dated_last_year(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Traders to meet in Seoul",
        "SEOUL, Jan. 8 (Yonhap) -- The Korea-Russia Trade Forum will be held in Seoul on "
        "March 3, the organisers said Tuesday.",
        "Last year's forum, held in Irkutsk in October on the sidelines of the third "
        "Baikal Economic Forum, drew 120 companies.",
    ))
    forum = {r["date"]: r["place"] for r in rows if r["mechanism"] and "Trade" in r["mechanism"]}
    assert forum == {"2019-03-03": "Seoul", "2018-10": "Irkutsk"}


def test_guests_received_and_briefed_are_at_the_visit(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Korean delegation in Irkutsk",
        "21 May 2019, 11:00",
        "A delegation of Korean companies led by Consul General Yoo Sang-min is on a working "
        "visit to Irkutsk on May 20-21. On Monday the guests were received by Pavel Dronov, "
        "First Deputy Governor of Irkutsk Region.",
        "Regional Minister of Economy Elena Gorina presented to the guests the investment "
        "potential of the region.",
        "The parties discussed cooperation in tourism and education.",
    ))
    visit = [r for r in rows if r["kind"] == "Visit"][0]
    assert visit["people"] == {"Yoo Sang-min", "Pavel Dronov", "Elena Gorina"}
    assert {"tourism", "education"} <= visit["topics"]


def test_people_named_after_lower_case_posts(tmp_path: Path) -> None:
    posts = _posts(tmp_path, _text(
        "Launch preparations reviewed",
        "Date 2021-06-02",
        "1. Vice Minister Noh Jin-ho held a video conference with Glavkosmos chief executive "
        "Sergei Panov on June 1.",
        "2. The delegation included the head of the Moscow office of the Korea Trade-"
        "Investment Promotion Agency (KOTRA), Bae Ji-won.",
        '3. "Demand is rising," said Jung Min-kyu, a senior researcher at the Korea '
        "Institute for Industrial Economics and Trade.",
        "4. He was accompanied by Roman Gusev, Vice-Governor of St. Petersburg.",
    ))
    assert posts["Sergei Panov"] == {"Glavkosmos chief executive"}
    assert posts["Bae Ji-won"] == {"head of the Moscow office of the Korea Trade-Investment "
                                   "Promotion Agency"}
    assert posts["Jung Min-kyu"] == {"senior researcher at the Korea Institute for "
                                     "Industrial Economics and Trade"}
    assert posts["Roman Gusev"] == {"Vice-Governor of St. Petersburg"}


def test_an_institution_name_is_not_a_person(tmp_path: Path) -> None:
    posts = _posts(tmp_path, _text(
        "Contract signed",
        "Date 2022-03-01",
        "The contract was signed in Cairo on February 28. The ceremony was attended by "
        "Karim Mansour, Chairman of the Nuclear Power Plants Authority of Egypt.",
    ))
    assert set(posts) == {"Karim Mansour"}


def test_shortened_title_is_not_a_second_post(tmp_path: Path) -> None:
    posts = _posts(tmp_path, _text(
        "On the meeting of Deputy Minister V.P. Sorin with Ambassador of the Republic of Korea "
        "to the Russian Federation Cho Young-ho",
        "2 March 2020 17:10",
        "On March 1, Deputy Minister of Foreign Affairs of the Russian Federation Viktor "
        "Sorin received Ambassador Extraordinary and Plenipotentiary of the Republic of Korea "
        "to the Russian Federation Cho Young-ho.",
    ))
    assert posts["Cho Young-ho"] == {"Ambassador Extraordinary and Plenipotentiary of the "
                                     "Republic of Korea to the Russian Federation"}


def test_regional_agency_dateline_gives_the_release_date(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Korean farmers expand fields",
        "KHABAROVSK, May 22, 2019. PrimaMedia. Korean farming companies will sow 30,000 "
        "hectares this year. This was announced at a meeting held in the regional government "
        "building in Khabarovsk on May 21. The meeting was chaired by Deputy Chairman Oleg "
        "Sitnikov. It was attended by Consul General Ryu Ji-hoon.",
    ))
    meeting = [r for r in rows if r["place"] == "Khabarovsk"][0]
    assert meeting["date"] == "2019-05-21"
    assert meeting["people"] == {"Oleg Sitnikov", "Ryu Ji-hoon"}


def test_sectors_discussed_at_a_meeting_named_after_them(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Plant visit",
        "Date 2019-04-10",
        "1. Ambassador Kang Tae-joon recalled that the supply of automotive components was "
        "among the issues discussed at the 16th meeting of the Korea-Russia Joint Committee "
        "on Industry, held in Moscow on 2 April 2019.",
        "2. Minister Petr Ilyin met Ambassador Kang in Kaluga on April 9. His counterpart "
        "raised cooperation in telecommunications and the resumption of air traffic.",
        "3. Minister Ilyin said Moscow hopes to discuss joint agriculture projects at the "
        "17th meeting of the Korea-Russia Joint Committee on Industry in Seoul next year.",
    ))
    sixteenth = [r for r in rows if r["ordinal"] == 16][0]
    assert "industry" in sixteenth["topics"]
    talks = [r for r in rows if r["date"] == "2019-04-09"][0]
    assert {"ict", "transportation"} <= talks["topics"]
    assert "agriculture" not in talks["topics"]
    seventeenth = [r for r in rows if r["ordinal"] == 17][0]
    assert "agriculture" in seventeenth["topics"]


def test_he_who_co_chairs_is_the_one_just_named(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Health officials to meet",
        "SEOUL, March 7 (Yonhap) -- Vice Health Minister Oh Sung-min will visit Irkutsk from "
        "March 14 to 16, the ministry said Monday.",
        "In Irkutsk, Oh will open a Korean clinic. He will then co-chair the fifth meeting of "
        "the Korea-Russia Working Group on Medical Cooperation with Deputy Minister Anna "
        "Titova on March 16.",
    ))
    fifth = [r for r in rows if r["ordinal"] == 5][0]
    assert fifth["people"] == {"Oh Sung-min", "Anna Titova"}


def test_talks_in_the_kremlin_are_in_moscow(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Telephone conversation with President of the Republic of Korea",
        "March 3, 2021 15:00",
        "Vladimir Orlov had a telephone conversation with President of the Republic of Korea "
        "Choi Dong-wook.",
        "During the state visit of President Choi Dong-wook to Russia, Russian-Korean talks "
        "were held in the Kremlin on June 22, 2019.",
    ))
    kremlin = [r for r in rows if r["date"] == "2019-06-22"]
    assert kremlin and kremlin[0]["place"] == "Moscow"


def test_a_series_told_in_one_sentence_from_its_launch(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Business leaders meet online",
        "SEOUL, Oct. 6 (Yonhap) -- The sixth Korea-Russia Energy Dialogue opened in Seoul on "
        "Tuesday.",
        "Launched in Moscow in 2015, the dialogue was held in Busan in 2016, in Vladivostok on "
        "the sidelines of the Eastern Economic Forum in 2017 and in Irkutsk last year.",
    ))
    series = sorted((r["date"], r["place"], r["ordinal"]) for r in rows
                    if r["mechanism"] and "Energy" in r["mechanism"])
    assert series[:4] == [("2015", "Moscow", 1), ("2016", "Busan", None),
                          ("2017", "Vladivostok", None), ("2019", "Irkutsk", None)]


def test_talks_on_what_was_agreed_at_an_earlier_forum(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Vice minister in Moscow",
        "Date 2019-11-14",
        "1. Vice Minister Seo Jin-ho also met with Anton Belov, Deputy Minister for the "
        "Development of the Russian Far East, in Moscow on November 13 to discuss projects "
        "agreed upon at the Eastern Economic Forum in Vladivostok in September.",
    ))
    talks = [r for r in rows if r["date"] == "2019-11-13"][0]
    assert talks["mechanism"] is None and talks["place"] == "Moscow"
    assert talks["people"] == {"Seo Jin-ho", "Anton Belov"}
    forum = [r for r in rows if r["mechanism"] == "Eastern Economic Forum"]
    assert all(not r["people"] for r in forum)


def test_signed_on_a_named_day_at_a_forum_of_several_days(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Gas deal signed",
        "Irkutsk, 14 June 2019 - The companies signed the agreement today on the sidelines of "
        "the Baikal Energy Forum, which is taking place in Irkutsk on June 12-15.",
        "The agreement was signed by Oleg Tarasov, Deputy Chairman of the Management Board of "
        "Irkutskgaz, and Kim Jae-won, Chief Investment Officer of Korea Gas Corporation.",
    ))
    signing = [r for r in rows if r["date"] == "2019-06-14"]
    assert signing and signing[0]["people"] == {"Oleg Tarasov", "Kim Jae-won"}


def test_a_two_day_forum_told_after_its_number(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "University heads meet",
        "Nov 12, 2019",
        "University presidents gathered in Irkutsk over the weekend for the fourth "
        "Korea-Russia University Presidents' Forum, ahead of the 30th anniversary of "
        "diplomatic ties next year.",
        "The two-day forum, held Nov. 9 to 10, drew 40 universities, according to the "
        "Ministry of Education in Sejong.",
        "Vice Education Minister Han Seo-yeon and Oleg Zotov, deputy minister of science of "
        "the Russian Federation, delivered congratulatory speeches.",
    ))
    fourth = [r for r in rows if r["ordinal"] == 4]
    assert len(fourth) == 1 and fourth[0]["date"] == "2019-11-09"
    assert fourth[0]["place"] == "Irkutsk"
    assert fourth[0]["people"] == {"Han Seo-yeon", "Oleg Zotov"}
