"""More shapes of events, on invented releases: habitual meetings, asides, posts named
alone, sessions inside forums, numbers told around the name.

Every text here is written for this file; officials are invented.
"""

from __future__ import annotations

from pathlib import Path

from test_extract_events import _rows, _text


def test_habitual_meeting_and_founding_aside_are_no_occurrence(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Forestry committee meets in Khabarovsk",
        "• Date : 2018-10-12 09:00:00",
        "1. The 11th session of the Korea-Russia Forestry Committee was held in Khabarovsk "
        "on October 10, the Korea Forest Service announced.",
        "o The Committee has met every year since the two governments signed a forestry "
        "agreement in 2005.",
        "2. On the margins of the session, the first meeting of the Korea-Russia Working "
        "Group on Seedlings, set up under the Committee this year, was held on October 11. "
        "Director Lim Sung-ho and Deputy Head Yuri Panin both attended it.",
    ))
    committee = [r for r in rows if r["mechanism"] and "Forestry" in r["mechanism"]]
    assert [r["date"] for r in committee] == ["2018-10-10"]  # nothing dated 2005
    group = [r for r in rows if r["mechanism"] and "Seedlings" in r["mechanism"]][0]
    assert group["ordinal"] == 1 and group["date"] == "2018-10-11"
    assert group["place"] == "Khabarovsk"  # where the session it sits beside was
    assert group["people"] == {"Lim Sung-ho", "Yuri Panin"}


def test_announcer_is_not_at_the_meeting(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Quota talks end",
        "• Date : 2020-12-03 10:00:00",
        "1. The Ministry of Oceans and Fisheries (Minister Oh Jae-min) announced on December "
        "3 that Korea and Russia concluded the 30th session of the Korea-Russia Fisheries "
        "Committee, held in Busan from November 30 to December 2.",
        "o The Korean delegation was led by Director General Seo Kyung-ah and the Russian "
        "delegation by Deputy Head Oleg Rybin.",
    ))
    session = [r for r in rows if r["ordinal"] == 30][0]
    assert session["people"] == {"Seo Kyung-ah", "Oleg Rybin"}


def test_post_alone_stands_for_its_holder(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Governor visits Ulsan",
        "14.05.2019",
        "Ivan Kostin, Governor of Sakhalin Region, and Song Chul-ho, Mayor of Ulsan "
        "Metropolitan City, signed an agreement on cooperation in shipbuilding in Ulsan on "
        "13 May. The Governor was heading the Sakhalin delegation on a three-day visit to "
        "the Republic of Korea on 12-14 May.",
        "Maria Lenskaya, Vice-Governor of Sakhalin Region, was also part of the delegation.",
        "On 14 May the Governor visited the Ulsan port, where the two sides discussed "
        "logistics.",
    ))
    visits = {r["date"]: r for r in rows if r["kind"] == "Visit"}
    assert visits["2019-05-12"]["people"] == {"Ivan Kostin", "Maria Lenskaya"}
    assert visits["2019-05-14"]["people"] == {"Ivan Kostin"}
    assert "logistics" in visits["2019-05-14"]["topics"]
    signing = [r for r in rows if r["kind"] == "Signing"][0]
    assert signing["people"] == {"Ivan Kostin", "Song Chul-ho"}


def test_session_inside_a_forum_and_its_speakers(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Roscongress Foundation",
        "News",
        "Banks discuss Far East projects",
        "3 September 2021",
        "The Russia – Republic of Korea business dialogue took place on 3 September as part "
        "of the business programme of the Sixth Eastern Economic Forum (EEF), which is being "
        "held in Vladivostok on 2–4 September. Participants discussed financing for energy "
        "and shipbuilding projects.",
        "The session was moderated by Irina Sedova, Director of the Centre for Asian Studies. "
        "Speakers included Pavel Zorin, Deputy Chairman of VEB.RF, and Lee Min-jae, Executive "
        "Director of the Export-Import Bank of Korea.",
        "An agreement on a joint fund was signed during the session by Mr. Zorin and Mr. Lee.",
        "Our ministries have met nine times within the Far East and Siberia Subcommittee, "
        "Mr. Lee said.",
    ))
    dialogue = [r for r in rows if r["mechanism"] and "Business Dialogue" in r["mechanism"]][0]
    assert dialogue["date"] == "2021-09-03" and dialogue["place"] == "Vladivostok"
    assert dialogue["people"] == {"Irina Sedova", "Pavel Zorin", "Lee Min-jae"}
    assert {"energy", "shipbuilding"} <= dialogue["topics"]
    forum = [r for r in rows if r["mechanism"] == "Eastern Economic Forum"][0]
    assert forum["ordinal"] == 6 and forum["date"] == "2021-09-02"
    assert not [r for r in rows if r["kind"] == "Signing"]  # part of the dialogue
    assert not [r for r in rows if r["mechanism"] and "Subcommittee" in r["mechanism"]]


def test_numbers_told_around_the_name(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Ministry of Foreign Affairs of the Russian Federation",
        "Consultations on consular issues",
        "15 March 2019",
        "On 14 March, Deputy Minister Anton Gusev and Vice Minister Kang Dong-won held the "
        "ninth round of the Russia-Republic of Korea consular consultations in Moscow.",
        "The previous, eighth, round of the consultations took place in Seoul in March 2018.",
        "The Korean side informed about the Korea-Russia Interregional Cooperation Forum, the "
        "first meeting of which took place online in November last year, and hoped that "
        "the second forum would be held in person in Ulsan in 2020.",
    ))
    rounds = {r["ordinal"]: r for r in rows if r["mechanism"] and "onsular" in r["mechanism"]}
    assert rounds[9]["date"] == "2019-03-14" and rounds[9]["place"] == "Moscow"
    assert rounds[8]["date"] == "2018-03" and rounds[8]["place"] == "Seoul"
    forum = {r["ordinal"]: r for r in rows if r["mechanism"] and "Interregional" in
             r["mechanism"]}
    assert forum[1]["date"] == "2018-11"  # held online: any place is a guess
    assert forum[2]["place"] == "Ulsan"


def test_signing_on_the_sidelines_is_its_own_event(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Korea Herald",
        "Korea, Russia sign on medicine",
        "Published : Sept 5, 2019 - 17:40",
        "VLADIVOSTOK -- South Korea's Health Minister Baek Min-ho and his Russian "
        "counterpart Olga Serova on Wednesday signed a memorandum on cooperation in health "
        "care, on the sidelines of the fifth Eastern Economic Forum held here Sept. 4-6.",
        "The two ministers agreed to meet again in Seoul next spring.",
    ))
    signing = [r for r in rows if r["kind"] == "Signing"][0]
    assert signing["date"] == "2019-09-04" and signing["place"] == "Vladivostok"
    assert signing["people"] == {"Baek Min-ho", "Olga Serova"}
    forum = [r for r in rows if r["mechanism"] == "Eastern Economic Forum"][0]
    assert not forum["people"]  # the forum only hosted the signing
    again = [r for r in rows if r["date"] == "2020"][0]
    assert again["place"] == "Seoul" and again["people"] == {"Baek Min-ho", "Olga Serova"}


def test_release_is_no_older_than_a_channel_it_names(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Senators visit Seoul",
        "SEOUL, April 16. /TASS/. Pavel Orlov, Deputy Chairman of the Federation Council, held "
        "talks with South Korea's National Assembly Speaker Yoo Seung-hwan in Seoul on "
        "Tuesday.",
        "Orlov welcomed the results of the first Korea-Russia Interregional Cooperation "
        "Forum held in Pohang last year.",
        "The National Assembly speaker accepted an invitation to visit Russia next year.",
    ))
    talks = [r for r in rows if r["kind"] == "Talks"][0]
    assert talks["date"] == "2019-04-16"  # a Tuesday in 2019, the year after the first forum
    visit = [r for r in rows if r["kind"] == "Visit"][0]
    assert visit["date"] == "2020" and visit["people"] == {"Yoo Seung-hwan"}


def test_governor_visit_told_around_its_signing(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Amur Region signs with Chungcheong",
        "SEOUL, October 16. /TASS/. Governor of the Amur Region Pavel Dorin and Governor of "
        "South Korea's North Chungcheong Province Kim Young-hwan on Wednesday signed an "
        "agreement on friendly relations, the regional government told TASS.",
        "The documents were signed in Cheongju following talks between the two governors. "
        "Russia's Ambassador to South Korea Nikita Lavrov attended the ceremony.",
        "Dorin arrived in Seoul on Monday, where he met with the leadership of a Korean "
        "airline to discuss new flights.",
        "The two regions will meet again at the Korea-Russia Interregional Cooperation Forum: "
        "Ulsan hosted its second session in September, and the third is to be held in "
        "Busan next year. Dorin also invited Kim Young-hwan to lead a delegation to the "
        "fifth Eastern Economic Forum in Vladivostok in September 2020.",
    ))
    signing = [r for r in rows if r["kind"] == "Signing"][0]
    assert signing["date"] == "2019-10-16" and signing["place"] == "Cheongju"
    assert signing["people"] == {"Pavel Dorin", "Kim Young-hwan", "Nikita Lavrov"}
    forum = {r["ordinal"]: r for r in rows if r["mechanism"] and "Interregional" in
             r["mechanism"]}
    assert forum[2]["place"] == "Ulsan" and forum[3]["place"] == "Busan"
    assert forum[3]["date"] == "2020"
    eef = [r for r in rows if r["mechanism"] == "Eastern Economic Forum"][0]
    assert eef["people"] == {"Kim Young-hwan"}  # the one invited goes, not the host


def test_side_trip_clause_does_not_date_the_signing(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Hospital group signs with Amur",
        "SEOUL, Oct. 12 (Yonhap) -- A Korean hospital group signed a memorandum with the "
        "government of Russia's Amur Region on Monday, the group said.",
        "Under the memorandum, signed in the regional capital of Blagoveshchensk, the two "
        "sides will exchange doctors.",
        "Group President Oh Se-jin and Ludmila Gerasimova, minister of health of the Amur "
        "Region, inked the agreement in the presence of Vice Health Minister Han Ji-sook, "
        "who is on a four-day trip to the Russian Far East through Thursday.",
        "The group treated 2,300 Russian patients in 2019.",
    ))
    signing = [r for r in rows if r["kind"] == "Signing"][0]
    assert signing["date"] == "2020-10-12" and signing["place"] == "Blagoveshchensk"


def test_forum_round_gathers_its_signers_and_speakers(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Roscongress Foundation",
        "12.09.2023",
        "Regions adopt a declaration at the EEF",
        "The fourth Forum of Interregional Cooperation between Russia and the Republic of "
        "Korea was held on 12 September in Vladivostok as part of the 8th Eastern Economic "
        "Forum.",
        "Lee Sang-hoon, Chairman of the Korean Association of Local Governments, reminded the "
        "participants that the third forum took place online last year.",
        "Two agreements between cities were also signed at the forum. The Mayor of Gimhae "
        "Park Jun-ho and the Head of the Artem City District Igor Sokol signed an agreement "
        "on friendly relations.",
        "On the same day, Yevgeny Tkachev, Deputy Minister for the Development of the Russian "
        "Far East, met with Chairman Lee Sang-hoon, and they discussed the preparation of the "
        "next meeting of the Korea-Russia Far East and Arctic Sub-committee.",
        "Evgeny Tkachev said more Korean investors were expected in Primorye.",
        "The Eastern Economic Forum is held in Vladivostok on 10–13 September 2023.",
    ))
    forum = [r for r in rows if r["mechanism"] and "Interregional" in r["mechanism"]
             and r["ordinal"] == 4][0]
    assert {"Lee Sang-hoon", "Park Jun-ho", "Igor Sokol"} <= forum["people"]
    third = [r for r in rows if r["ordinal"] == 3][0]
    assert not third["people"]  # recalled by a speaker, not attended
    assert not [r for r in rows if r["kind"] == "Signing"]
    talks = [r for r in rows if r["kind"] == "Talks"][0]
    assert talks["date"] == "2023-09-12"
    assert talks["people"] == {"Yevgeny Tkachev", "Lee Sang-hoon"}
    eef = [r for r in rows if r["mechanism"] == "Eastern Economic Forum"]
    assert [(r["ordinal"], r["date"]) for r in eef] == [(8, "2023-09-10")]


def test_what_participants_say_in_a_transcript_is_discussed(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "President of Russia",
        "Meeting with Prime Minister of the Republic of Korea Ahn Jae-won",
        "Pavel Rudin met with Prime Minister of the Republic of Korea Ahn Jae-won.",
        "September 4, 2018",
        "Vladivostok",
        "President of Russia Pavel Rudin: Mr Prime Minister, friends,",
        "Our trade grew last year. We are ready to work together on railways and on the "
        "Northern Sea Route.",
        "Prime Minister of the Republic of Korea Ahn Jae-won (retranslated): Thank you. Korean "
        "shipyards are ready to build more vessels for the Arctic.",
    ))
    talks = [r for r in rows if r["kind"] == "Talks"][0]
    assert {"trade", "railways", "arctic-shipping-routes"} <= talks["topics"]


def test_channels_named_in_short_and_by_their_parties(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Rail companies meet",
        "KHABAROVSK, October 4. /TASS/. Russian Railways and Korail held the sixth meeting of "
        "their joint working group on freight logistics on Thursday in Khabarovsk.",
        "The seventh meeting of the working group will be held in Daejeon next year.",
        "The Korea-Russia Logistics Forum opened in Khabarovsk the same day. The logistics "
        "forum was launched in Busan in 2011 and has since been held in the two countries in "
        "turn. Its fifth edition took place in Irkutsk last year.",
        "The consultations began in 2012. Their first meeting took place in Seoul that year.",
        "Rail freight between the two countries reached 90,000 containers in 2017.",
    ))
    group = {r["ordinal"]: r for r in rows if r["mechanism"] and "Freight" in r["mechanism"]}
    assert group[6]["place"] == "Khabarovsk" and group[6]["date"] == "2018-10-04"
    assert group[7]["place"] == "Daejeon" and group[7]["date"] == "2019"
    forum = {r["ordinal"]: r for r in rows if r["mechanism"] and "Logistics" in r["mechanism"]}
    assert forum[1]["place"] == "Busan" and forum[1]["date"] == "2011"
    assert forum[5]["place"] == "Irkutsk" and forum[5]["date"] == "2017"


def test_a_month_told_for_a_meeting_beats_a_weekday_told_for_talks(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Minister in Moscow",
        "MOSCOW, Nov. 8 (Yonhap) -- On Friday, the trade minister met his Russian "
        "counterpart to prepare the 19th meeting of the Korea-Russia Joint Commission "
        "on Economic, Scientific and Technical Cooperation, set to take place in Seoul in "
        "December.",
        "Trade reached $24 billion in 2018.",
    ))
    commission = [r for r in rows if r["ordinal"] == 19][0]
    assert commission["date"] == "2019-12" and commission["place"] == "Seoul"


def test_a_roadshow_with_its_speakers_and_a_bodies_meeting(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Russia courts investors in Busan",
        "BUSAN, May 14 (Yonhap) -- Russia presented port and resort projects to South Korean "
        "companies on Tuesday, the agency said.",
        "About 90 executives attended the investment roadshow in Busan, organized by KOTRA.",
        '"We are ready to work with every investor," Ivan Gurov, Deputy Minister for the '
        "Development of the Russian Far East, said in a keynote speech.",
        "Oleg Panin, chief executive of the Far East Investment and Export Agency, presented "
        "fish processing and logistics projects.",
        "Trade between the two countries rose to $24 billion in 2018.",
    ))
    show = [r for r in rows if r["kind"] == "Meeting"][0]
    assert show["date"] == "2019-05-14" and show["place"] == "Busan"
    assert show["people"] == {"Ivan Gurov", "Oleg Panin"}
    assert {"fisheries", "logistics"} <= show["topics"]


def test_bodies_meet_and_name_their_people_after(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Rosneft, KNOC talk oil",
        "VLADIVOSTOK. Sept 11 (Interfax) - Rosneft and the Korea National Oil Corporation "
        "discussed crude supplies at a meeting on the sidelines of the fourth Eastern Economic "
        "Forum on Tuesday.",
        "The Russian side was represented by Pavel Kirov, vice president of Rosneft, and the "
        "Korean side by KNOC President Han Min-ho.",
        "The companies last met in Seoul in May.",
        "Also at the forum, which runs from September 11 to 13, the two sides agreed to meet "
        "again next year. Oil supplies reached 3 million tonnes in 2017.",
    ))
    talks = {r["date"]: r for r in rows if r["kind"] == "Talks"}
    assert talks["2018-09-11"]["place"] == "Vladivostok"
    assert talks["2018-09-11"]["people"] == {"Pavel Kirov", "Han Min-ho"}
    assert talks["2018-05"]["place"] == "Seoul"
    forum = [r for r in rows if r["mechanism"] == "Eastern Economic Forum"][0]
    assert forum["ordinal"] == 4 and forum["date"] == "2018-09-11" and not forum["people"]


def test_agenda_items_speak_for_the_meeting(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Ministry of Economic Development of the Russian Federation",
        "17.10.2018",
        "On 16 October, Moscow hosted the 17th meeting of the Russian-Korean Intergovernmental "
        "Commission on Economic, Scientific and Technical Cooperation.",
        "The agenda of the Commission included the following items:",
        "- trade and investment;",
        "- agriculture and fisheries;",
        "- healthcare.",
        "The sides noted that the 9th meeting of the Far East and Siberia Subcommittee was "
        "held in Khabarovsk on 22 November last year.",
    ))
    commission = [r for r in rows if r["ordinal"] == 17][0]
    assert {"trade", "investment", "agriculture", "fisheries", "health"} <= commission["topics"]
    assert [r["date"] for r in rows if r["ordinal"] == 9] == ["2017-11-22"]


def test_kremlin_layout_place_line_after_the_summary(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "President of Russia",
        "Russian-Korean talks",
        "Ivan Sorokin held talks with President of the Republic of Korea Park Min-jae, who is "
        "in Russia on a state visit to strengthen relations.",
        "June 21, 2018",
        "14:00",
        "The Kremlin, Moscow",
        "The talks began in a restricted format and continued with the delegations.",
    ))
    talks = [r for r in rows if r["kind"] == "Talks"][0]
    assert talks["place"] == "Moscow" and talks["date"] == "2018-06-21"


def test_a_seminar_is_what_was_hosted_not_where_something_was_signed(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "korea.net",
        "Oct 02, 2019",
        "KOTRA and the Far East Investment and Export Agency on Oct. 1 co-hosted the Far East "
        "Investment Seminar at a hotel in Seoul.",
        "Among the memorandums signed at the seminar:",
        "- an MOU on support for investors.",
        "KOTRA plans to host a similar seminar in Busan in December.",
    ))
    meetings = sorted((r["date"], r["place"]) for r in rows if r["kind"] == "Meeting")
    assert meetings == [("2019-10-01", "Seoul"), ("2019-12", "Busan")]


def test_a_delegation_received_then_the_meeting_told_again(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Governor meets Red Cross",
        "14.09.2017",
        "Today Governor of the Amur Region Pavel Dorin received a delegation of the Korean Red "
        "Cross led by its Vice President Lim Su-jin.",
        "The meeting in the regional Government House in Blagoveshchensk was also attended by "
        "Olga Titova, Chairperson of the Amur Branch of the Russian Red Cross.",
        "The Governor recalled his visit to Ansan in October last year.",
        "Following the meeting, Pavel Dorin and Lim Su-jin signed an agreement on humanitarian "
        "projects.",
    ))
    talks = [r for r in rows if r["kind"] == "Talks"][0]
    assert talks["date"] == "2017-09-14" and talks["place"] == "Blagoveshchensk"
    assert talks["people"] == {"Pavel Dorin", "Lim Su-jin", "Olga Titova"}
    visit = [r for r in rows if r["kind"] == "Visit"][0]
    assert visit["date"] == "2016-10" and visit["people"] == {"Pavel Dorin"}
    signing = [r for r in rows if r["kind"] == "Signing"][0]
    assert signing["place"] == "Blagoveshchensk"


def test_the_spokesperson_who_briefs_is_not_at_the_talks(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Written briefing by Spokesperson Lee Da-som on phone talks between President Moon "
        "Ji-ho and Russian President Boris Lavrin",
        "Date 2020-04-02",
        "President Moon Ji-ho held phone talks with Russian President Boris Lavrin today, "
        "Spokesperson Lee Da-som said.",
    ))
    talks = [r for r in rows if r["kind"] == "Talks"][0]
    assert talks["people"] == {"Moon Ji-ho", "Boris Lavrin"}
