"""Occasions told around a session: talks that are part of it, meetings before and after
it, visits and drills no one is named on, channels named "... Meeting".

Every text here is written for this file; officials are invented.
"""

from __future__ import annotations

from pathlib import Path

from test_extract_event_nouns import _posts
from test_extract_events import _rows, _text
from test_extract_mechanisms import mechanisms


def test_a_numbered_meeting_name_is_a_channel_and_its_repeat_is_the_same() -> None:
    found = mechanisms(
        "The 14th Korea-Russia Heads of Maritime Administrations Meeting was held in Busan on "
        "Oct. 12. The Heads of Maritime Administrations Meeting has been held since 2003.")
    assert found == {"Korea-Russia Heads of Maritime Administrations Meeting"}


def test_a_meeting_name_without_a_number_is_a_one_off_occasion() -> None:
    found = mechanisms("Korea-Russia Trade Ministers' Meeting on the Margins of the G20 "
                       "Summit. The two ministers met in Osaka on June 28.")
    assert found == set()


def test_talks_held_as_part_of_a_session_are_that_session(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Deputy Prime Ministers hold talks",
        "14 May 2022",
        "Pavel Gromov, Deputy Prime Minister of the Russian Federation, held talks in Kazan on "
        "12 May with Seo Jin-ho, Deputy Prime Minister of the Republic of Korea. The talks "
        "were held as part of the 9th meeting of the Russian-Korean Intergovernmental "
        "Commission on Trade, which the two deputy prime ministers co-chair.",
        "The sides agreed to cooperate in shipbuilding and agriculture.",
        "Prior to the talks, Deputy Prime Minister Gromov met with the Ambassador of the "
        "Republic of Korea to the Russian Federation Han Do-yun.",
    ))
    session = [r for r in rows if r["ordinal"] == 9]
    assert len(session) == 1
    assert (session[0]["date"], session[0]["place"]) == ("2022-05-12", "Kazan")
    assert session[0]["people"] == {"Pavel Gromov", "Seo Jin-ho"}
    assert {"shipbuilding", "agriculture"} <= session[0]["topics"]
    envoy = [r for r in rows if "Han Do-yun" in r["people"]]
    assert [(r["date"], r["place"]) for r in envoy] == [("2022-05-12", "Kazan")]


def test_summits_recalled_beside_a_forum_round_are_occasions_too(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Co-chairs meet in Moscow",
        "20 March 2022",
        "Vice Minister Choi Han-sol and Deputy Minister Oleg Trubin met in Moscow on 18 March. "
        "They recalled the agreements reached at the summit talks in Sochi in May 2016 and in "
        "Busan in October 2014, during the second Korea-Russia Arctic Forum.",
    ))
    summits = {(r["date"], r["place"]) for r in rows if r["kind"] == "Summit"}
    assert summits == {("2016-05", "Sochi"), ("2014-10", "Busan")}
    forum = [r for r in rows if r["ordinal"] == 2]
    assert forum and forum[0]["date"] == "2014-10"


def test_the_next_round_told_after_a_channel_is_an_occasion_of_its_own(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Regions to meet again",
        "2 June 2022",
        "Governor Ilya Markov and Governor Yoo Sang-min welcomed the results of the "
        "Korea-Russia Interregional Cooperation Forum, which was held online in May 2021, and "
        "agreed to hold its next round in 2023.",
    ))
    forum = sorted(r["date"] for r in rows if r["mechanism"])
    assert forum == ["2021-05", "2023"]


def test_a_delegation_visit_no_one_is_named_on_dates_the_signing_after(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Shipyard partners sign deal",
        "12 March 2021",
        "A delegation of the Korean shipbuilder Hanjin Heavy Industries visited the Amur "
        "Shipbuilding Plant in Komsomolsk-on-Amur on March 9-10. During the visit, the two "
        "companies signed an agreement on the joint construction of ferries.",
        "The document was signed by Igor Rozhkov, General Director of the plant, and Baek "
        "Seung-ho, Executive Vice President of Hanjin Heavy Industries.",
    ))
    visit = [r for r in rows if r["kind"] == "Visit"]
    assert [(r["date"], r["place"]) for r in visit] == [("2021-03-09", "Komsomolsk-on-Amur")]
    signing = [r for r in rows if r["kind"] == "Signing"]
    assert signing and signing[0]["date"] == "2021-03-09"
    assert signing[0]["people"] == {"Igor Rozhkov", "Baek Seung-ho"}


def test_its_head_named_after_a_comma_and_a_post_told_alone(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Customs chiefs meet",
        "Date 2021-04-09",
        "1. Commissioner of the Korea Customs Service Nam Jae-sung held the 19th Korea-Russia "
        "Heads of Customs Meeting with Head of the Federal Customs Service Viktor Lazarev in "
        "Seoul on April 7.",
        "2. On April 8, the Commissioner visited the Busan Main Customs in Busan, where he met "
        "its head, Ahn Min-kyu.",
    ))
    met = [r for r in rows if r["date"] == "2021-04-08"]
    assert met and met[0]["people"] == {"Nam Jae-sung", "Ahn Min-kyu"}
    session = [r for r in rows if r["ordinal"] == 19]
    assert session[0]["mechanism"] == "Korea-Russia Heads of Customs Meeting"
    (tmp_path / "posts").mkdir()
    posts = _posts(tmp_path / "posts", _text(
        "Customs chiefs meet", "Date 2021-04-09",
        "On April 8, the Commissioner of Customs Nam Jae-sung visited the Busan Main Customs "
        "in Busan, where he met its head, Ahn Min-kyu."))
    assert posts["Ahn Min-kyu"] == {"head of the Busan Main Customs"}


def test_a_drill_ahead_is_not_the_news_when_a_meeting_was_held_the_day_before(
        tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Russia, Korea to hold joint drill",
        "KHABAROVSK. Oct 15 (Interfax) - Russia's Emergencies Ministry and South Korea's "
        "Ministry of the Interior and Safety will hold a joint rescue exercise in Khabarovsk "
        "on Friday.",
        "The decision was taken at the fifth meeting of the Russian-Korean Joint Commission on "
        "Emergency Situations, held in Khabarovsk on October 14. The Russian delegation was "
        "headed by Deputy Minister Roman Fedin, and the Korean delegation by Director General "
        "Kwak In-soo.",
        "Fewer floods were recorded in the first nine months of 2020. The sixth meeting is "
        "planned for 2022 in Korea.",
    ))
    drill = [r for r in rows if r["mechanism"] is None]
    assert [(r["date"], r["people"]) for r in drill] == [("2020-10-16", set())]
    session = [r for r in rows if r["ordinal"] == 5]
    assert session[0]["people"] == {"Roman Fedin", "Kwak In-soo"}


def test_a_list_inside_a_title_is_no_name_and_a_portfolio_list_leads_one(
        tmp_path: Path) -> None:
    posts = _posts(tmp_path, _text(
        "Ministers meet",
        "Date 2019-09-05",
        "Oleg Savin, Deputy Minister of the Russian Federation for Civil Defence, Emergencies "
        "and Disaster Relief, met Trade, Industry and Energy Minister Yang Ki-tae in Seoul on "
        "September 4.",
    ))
    assert set(posts) == {"Oleg Savin", "Yang Ki-tae"}
    assert posts["Yang Ki-tae"] == {"Trade, Industry and Energy Minister"}


def test_talks_on_one_subject_are_a_channel_met_round_after_round(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Korea, Russia agree on more cargo flights",
        "By Kang Min-ji",
        "Published : Apr 4, 2018 - 10:15    Updated : Apr 4, 2018 - 11:40",
        "The agreement came at the Korea-Russia maritime talks held in Busan on Monday and "
        "Tuesday. The Korean delegation was headed by Director General Jung Hae-won, while "
        "the Russian side was led by Deputy Head Oleg Vakhrin.",
        "The previous round of maritime talks was held in Vladivostok in 2015. The two sides "
        "agreed to meet again in Russia next year.",
    ))
    talks = sorted((r["date"], r["place"]) for r in rows
                   if r["mechanism"] == "Korea-Russia maritime talks")
    assert talks[:2] == [("2015", "Vladivostok"), ("2018-04-02", "Busan")]
    assert [d for d, _ in talks[2:]] == ["2019"]  # "in Russia": its city a guess


def test_a_summit_talks_is_no_channel() -> None:
    assert mechanisms("The Korea-Russia summit talks were held in Moscow on June 22.") == set()


def test_sectors_an_agreement_focuses_on_go_to_its_signing_not_the_forum_behind_it(
        tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Funds launch joint platform",
        "Vladivostok, 6 September 2017 - Two sovereign funds have signed an agreement on a "
        "joint investment platform. The document was signed today on the sidelines of the 3rd "
        "Eastern Economic Forum, which is taking place in Vladivostok from 6 to 7 September.",
        "The agreement was signed by Ivan Loskutov, Deputy Chief Executive Officer of the "
        "fund, and Oh Se-hoon, Chief Investment Officer of the corporation.",
        "The Platform will co-invest in the Far East with a focus on healthcare and "
        "agriculture.",
    ))
    signing = [r for r in rows if r["kind"] == "Signing"]
    assert signing and {"health", "agriculture"} <= signing[0]["topics"]
    forum = [r for r in rows if r["ordinal"] == 3]
    assert forum and not forum[0]["topics"]


def test_a_head_of_states_site_names_its_owner_without_a_title(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "President of Russia",
        "News",
        "Telephone conversation with President of the Republic of Korea Ko Min-jae",
        "March 3, 2021",
        "Ilya Vorontsov had a telephone conversation with President of the Republic of Korea "
        "Ko Min-jae.",
        "The leaders recalled their meeting in Vladivostok in September 2019.",
        "The parties agreed to step up the work of the Russian-Korean Joint Commission on "
        "Trade and to continue joint projects in shipbuilding and fisheries. Views were also "
        "exchanged on the situation on the Korean Peninsula.",
    ))
    call = [r for r in rows if r["date"] == "2021-03-03"]
    assert len(call) == 1 and call[0]["people"] == {"Ilya Vorontsov", "Ko Min-jae"}
    assert {"shipbuilding", "fisheries", "security"} <= call[0]["topics"]
    recalled = [r for r in rows if r["date"] == "2019-09"]
    assert recalled and recalled[0]["place"] == "Vladivostok"
    (tmp_path / "posts").mkdir()
    posts = _posts(tmp_path / "posts", _text(
        "President of Russia", "News", "Meeting with the Governor", "March 4, 2021",
        "Ilya Vorontsov met with the Governor of Primorsky Krai Lev Zotov."))
    assert posts["Ilya Vorontsov"] == {"President of Russia"}


def test_what_the_ministers_discussed_belongs_to_their_talks_before(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Shipyards sign deal at forum",
        "VLADIVOSTOK, September 5. /TASS/. Two shipbuilders signed an agreement on Thursday on "
        "the sidelines of the fifth Eastern Economic Forum.",
        "The document was signed by Oleg Pankov, Director General of the yard, and Min Tae-hoon, "
        "President of the Korean company.",
        "On Wednesday, Minister Anton Garin held talks with Minister of Oceans Choi Jae-won. The "
        "ministers discussed shipbuilding and fisheries.",
    ))
    talks = [r for r in rows if r["date"] == "2019-09-04" and r["mechanism"] is None]
    assert talks and talks[0]["topics"] == {"shipbuilding", "fisheries"}


def test_talks_that_opened_the_commissions_numbered_session_are_that_session(
        tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Co-chairs hold the 11th meeting of the Russian-Korean Intergovernmental Commission",
        "12 October 2021",
        "Deputy Prime Minister Lev Antipov met with Deputy Prime Minister Yoon Sang-hee in "
        "Moscow. The two officials co-chair the Russian-Korean Intergovernmental Commission on "
        "Trade, and their meeting opened the Commission's 11th session, which was held on 12 "
        "October.",
        "Minister Oleg Tikhonov also took part in the meeting.",
    ))
    session = [r for r in rows if r["ordinal"] == 11]
    assert len(session) == 1 and len(rows) == 1
    assert (session[0]["date"], session[0]["place"]) == ("2021-10-12", "Moscow")
    assert session[0]["people"] == {"Lev Antipov", "Yoon Sang-hee", "Oleg Tikhonov"}


def test_a_state_visit_and_our_previous_meeting_recalled_in_a_speech(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Talks with the Prime Minister of the Republic of Korea",
        "Date 2019-09-05",
        "Prime Minister Oleg Zuev met Prime Minister Kim Tae-ho in Vladivostok on September 5.",
        "Oleg Zuev: I remember well the state visit of the President of the Republic of Korea "
        "to Moscow in June last year. Our previous meeting took place in Sochi last October.",
    ))
    recalled = {(r["kind"], r["date"], r["place"], r["mechanism"]) for r in rows
                if r["date"] != "2019-09-05"}
    assert recalled == {("Visit", "2018-06", "Moscow", None), ("Talks", "2018-10", "Sochi", None)}


def test_the_areas_a_policy_covers_are_no_topics_of_the_signing(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Utilities agree on grid study",
        "SEOUL, Oct. 17 (Yonhap) -- KEPCO President Ahn Jae-won and Rosseti Director General "
        "Pavel Lomov signed a memorandum on a power grid link in Seoul on Wednesday.",
        "Electricity and gas are among the \"Nine Bridges\" that South Korea has proposed to "
        "Russia to deepen cooperation in nine areas, including railways, ports and "
        "shipbuilding.",
    ))
    signing = [r for r in rows if r["kind"] == "Signing"]
    assert signing and signing[0]["topics"] == {"electricity", "gas"}  # not the nine areas


def test_sectors_of_a_document_go_to_the_signing_told_next(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Regions sign tourism memorandum",
        "15 June 2019",
        "Deputy Chairman Alexei Tumanov held talks with Director Kim Dae-ho in "
        "Yuzhno-Sakhalinsk on Thursday. They discussed new air routes.",
        "On Friday, Sakhalin Region and Gangwon Province signed a memorandum of understanding "
        "on cooperation in tourism and culture in Yuzhno-Sakhalinsk. The document was signed "
        "by Alexei Tumanov and Vice Governor Yoo Hae-jin.",
    ))
    signing = [r for r in rows if r["kind"] == "Signing"]
    assert signing and signing[0]["topics"] == {"tourism", "culture"}
    talks = [r for r in rows if r["kind"] == "Talks"]
    assert talks and talks[0]["topics"] == {"transportation"}


def test_what_a_forum_participant_is_quoted_saying_is_what_the_forum_discussed(
        tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Regions meet at the forum",
        "06.09.2020",
        "The third Korea-Russia Interregional Cooperation Forum was held on 5 September in "
        "Ulsan. Governor Song Chul-ho and Governor Oleg Kozhin took part in it.",
        "Song Chul-ho reminded the participants that the second forum took place in "
        "Vladivostok last year. \"Our regions are close neighbours. Shipbuilding and fisheries "
        "can only grow if we work together,\" he said.",
    ))
    forum = [r for r in rows if r["ordinal"] == 3]
    assert forum and {"shipbuilding", "fisheries"} <= forum[0]["topics"]
    earlier = [r for r in rows if r["ordinal"] == 2]
    assert earlier and not earlier[0]["topics"]


def test_a_signing_on_the_forums_first_day_is_part_of_the_forum(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Regions meet in Busan",
        "Date 2021-10-15",
        "The fourth Korea-Russia Interregional Cooperation Forum opened in Busan on October 14. "
        "Mayor Park Jin-soo and Governor Ivan Glebov attended the opening session.",
        "On the first day, Busan and Sakhalin Oblast signed an agreement on friendly "
        "cooperation, and two provinces renewed a memorandum first signed in 2012. Governor "
        "Ivan Glebov and Mayor Park Jin-soo signed the agreement.",
    ))
    assert [(r["kind"], r["date"]) for r in rows] == [("ForumRound", "2021-10-14")]
    assert rows[0]["people"] == {"Park Jin-soo", "Ivan Glebov"}


def test_deputy_ministers_held_consultations_on_the_day_told_not_the_stay(
        tmp_path: Path) -> None:
    rows = _rows(tmp_path, _text(
        "Press release on consultations",
        "15 October 2021",
        "On 15 October, Deputy Minister of Foreign Affairs of the Russian Federation Pavel "
        "Ignatov held consultations in Moscow with Deputy Minister for Political Affairs Seo "
        "Min-jun, who was in the Russian capital on a working visit on 14-16 October.",
        "The sides exchanged views on the preparations for the 21st meeting of the "
        "Russian-Korean Intergovernmental Commission on Trade, scheduled to take place in Seoul "
        "in 2022, and on joint projects in energy and healthcare.",
    ))
    talks = [r for r in rows if r["mechanism"] is None]
    assert [(r["date"], r["place"]) for r in talks] == [("2021-10-15", "Moscow")]
    assert {"energy", "health"} <= talks[0]["topics"]
    session = [r for r in rows if r["ordinal"] == 21]
    assert session and not session[0]["topics"]
